"""A total whose parts follow as paragraphs of their own: "基本支出911.7万元，其中：" closing its
paragraph, then "人员经费489.18万元，主要包括：…" and "公用经费46.89万元，主要包括：…" — the parts are
the first amount of each following paragraph that opens with a line's name and amount."""
from __future__ import annotations

import re

from ..base import LIST_MARK, ReviewFinding
from ..extract import Block
from ..sentences import classify, levels_of, sentences
from .numbers import _check_parts

MAX_ITEMS = 12
# a paragraph that opens a section or is a note ends the list: "七、…", "（二）…", "(注：…)"
_ENDS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[（(]?注[：:])")


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
