"""A total whose parts follow as paragraphs of their own: "基本支出911.7万元，其中：" closing its
paragraph, then "人员经费489.18万元，主要包括：…" and "公用经费46.89万元，主要包括：…" — the parts are
the first amount of each following paragraph that opens with a line's name and amount."""
from __future__ import annotations

import re

from ..base import LIST_MARK, ReviewFinding
from ..extract import Block
from ..sentences import classify, levels_of, sentences
from .numbers import _check_parts, _check_signed

MAX_ITEMS = 12
# a paragraph that opens a section or is a note ends the list: "七、…", "（二）…", "(注：…)"
_ENDS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[（(]?注[：:])")
# "主要变动原因如下：" then numbered paragraphs, each a line's change: the total change's parts
_LEAD = re.compile(r"如下\s*[：:]?\s*$")
_NUMBERED = re.compile(r"^\s*(?:\d+\s*[.、．](?!\d)|[（(]\d+[）)])")


def rule_paragraph_lists(blocks: list[Block]) -> list[ReviewFinding]:
    """The total of a paragraph ending "其中：" against the parts the next paragraphs open with."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        sents = sentences(b.text)
        if not sents:
            continue
        last = sents[-1]
        m = LIST_MARK.search(last.text)
        if _LEAD.search(last.text.rstrip("。 ")) and not m:
            out.extend(_changes_below(blocks, bi, b, sents))
            continue
        if not m or last.text[m.end() :].strip(" 。") or "主要包括" in m.group(0):
            continue
        head = classify(last.text[: m.start()])
        if len(levels_of(head)) != 1:
            continue
        items, texts = [], []
        for nb in blocks[bi + 1 : bi + 1 + MAX_ITEMS]:
            if nb.is_table or _ENDS.match(nb.text):
                break
            first = sentences(nb.text)[0].text if sentences(nb.text) else ""
            clause = re.split(r"[，,；;：:。]", first, maxsplit=1)[0]
            figs = classify(clause)
            if len(levels_of(figs)) != 1 or not figs or figs[0].role != "level" or not figs[0].pre.strip():
                break
            items.append(figs)
            texts.append(clause)
        if len(items) >= 2:
            out.extend(f for f in _check_parts(bi, b, last.text, head, items, texts) if f.code == "R-SUM")
    return out


def _changes_below(blocks: list[Block], bi: int, b: Block, sents) -> list[ReviewFinding]:
    """ "基本支出较上年增17.1万元。主要变动原因如下：" and numbered paragraphs "1.工资福利支出较上年增
    18.67万元…": the total change against the sum of the signed changes listed."""
    head_s = sents[-1] if any(g.role == "diff" for g in sents[-1].figs) else sents[-2] if len(sents) > 1 else None
    if head_s is None or len([g for g in head_s.figs if g.role == "diff" and g.f.is_money]) != 1:
        return []
    items, texts = [], []
    for nb in blocks[bi + 1 : bi + 1 + MAX_ITEMS]:
        if nb.is_table or not _NUMBERED.match(nb.text):
            break
        clause = re.split(r"[，,；;：:。]", _NUMBERED.sub("", nb.text), maxsplit=1)[0]
        figs = classify(clause)
        if len([g for g in figs if g.role == "diff" and g.f.is_money]) != 1 or levels_of(figs):
            return []  # a numbered item that is not one change (its amount left blank, a reason): not a list of parts
        items.append(figs)
        texts.append(clause)
    return _check_signed(bi, b, head_s.text, head_s.figs, items, texts) if len(items) >= 2 else []
