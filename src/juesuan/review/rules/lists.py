"""A total whose parts follow as paragraphs of their own: "基本支出911.7万元，其中：" closing its
paragraph, then "人员经费489.18万元，主要包括：…" and "公用经费46.89万元，主要包括：…" — the parts are
the first amount of each following paragraph that opens with a line's name and amount."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.findings import Level
from ..base import LIST_MARK, ReviewFinding, iv, iv_ratio, meets
from ..extract import Block
from ..figures import find_figures
from ..sentences import Fig, classify, levels_of, sentence_lists, sentences
from .breakdowns import TEMPLATE_WORD
from .numbers import _check_parts, _check_signed, which_total

MAX_ITEMS = 12
# a paragraph that opens a section or is a note ends the list: "七、…", "（二）…", "(注：…)"
_ENDS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[（(]?注[：:])")
# "主要变动原因如下：" then numbered paragraphs, each a line's change: the total change's parts
_LEAD = re.compile(r"如下\s*[：:]?\s*$")
_NUMBERED = re.compile(r"^\s*(?:\d+\s*[.、．](?!\d)|[（(]\d+[）)])")


def rule_paragraph_lists(blocks: list[Block]) -> list[ReviewFinding]:
    """The total of a paragraph ending "其中：" against the parts the next paragraphs open with."""
    out: list[ReviewFinding] = []
    for bi, b, sents in sentence_lists(blocks):
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
        if not levels_of(head):
            out.extend(_budget_lines_below(blocks, bi, b, b.text[: b.text.rfind(m.group(0))]))
            continue
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
            if _closes(nb.text, blocks[bi + 1: bi + len(items)]):
                break
        if len(items) >= 2:
            out.extend(f for f in _check_parts(bi, b, last.text, head, items, texts) if f.code == "R-SUM")
    return out


def _closes(text: str, before: list[Block]) -> bool:
    """Whether the part ``text`` is a list's last: it ends with 「。」 where the parts ``before`` it each ended with
    「；」 (「①货物支出168.35万元；」「②工程支出86.20万元；」「③服务支出124.62万元。」, then a paragraph of its own)."""
    return bool(before) and text.rstrip().endswith("。") and all(
        nb.text.rstrip().endswith(("；", ";")) for nb in before)


def _budget_lines_below(blocks: list[Block], bi: int, b: Block, text: str) -> list[ReviewFinding]:
    """ "…年初预算为A万元，支出决算为B万元…。其中：" then a paragraph per 项, each "年初预算为a万元，支出决算为
    b万元" (the Shanghai template's 五(三)): the 预算 and the 决算 each against the sum of the 项's."""
    head = [g for g in levels_of(classify(text)) if g.kind in ("预算", "决算")]
    if sorted(g.kind for g in head) != ["决算", "预算"]:
        return []
    items, texts = [], []
    for nb in blocks[bi + 1 : bi + 1 + MAX_ITEMS * 4]:
        if nb.is_table or _ENDS.match(nb.text):
            break
        # the 项's own 预算 and 决算, not the parts of its 决算 a 「其中：」 of its own lists (「其中：基本支出a万元，
        # 项目支出b万元」)
        listed = [(m.start(), _sentence_end(nb.text, m.start())) for m in LIST_MARK.finditer(nb.text)]
        figs = [g for g in levels_of(classify(nb.text)) if g.kind in ("预算", "决算")]
        own = [g for g in figs if not any(start <= g.f.start < end for start, end in listed)]
        if sorted(g.kind for g in own) == ["决算", "预算"]:
            figs = own
        if several := respective_lines(nb.text):  # 「A（项）、B（项）年初预算分别为a1、a2，支出决算分别为b1、b2」
            items += several
            texts += [f"{nb.text.split('。')[0]}（{k + 1}）" for k in range(len(several))]
            continue
        if sorted(g.kind for g in figs) != ["决算", "预算"] or TEMPLATE_WORD.search(nb.text):
            if not find_figures(nb.text):
                continue  # a 项's heading or its words on a line of their own
            break
        items.append(figs)
        texts.append(nb.text.split("。")[0])
    names = [re.sub(r"^\s*\d+\s*[、.．]\s*", "", t) for t in texts]
    if len(items) < 2 or len(set(names)) < len(names):
        return []  # a 项 said twice is not two parts
    quote = sentences(b.text)[0].text
    found = [f for f in _check_parts(bi, b, quote, head, items, texts) if f.code == "R-SUM"]
    return [_by_rate(f, head, items, text, found) for f in found]


def _by_rate(found: ReviewFinding, head: list[Fig], items: list[list[Fig]], text: str,
             every: list[ReviewFinding]) -> ReviewFinding:
    """A 预算 total the 项 below do not add up to, held only a question (some 项 may be left out), while their
    决算 add up to the 决算 total and the paragraph's own 完成率 is that 决算 over the 项's 预算, not over the total:
    nothing is left out — the total is the slip (「年初预算为532.63万元，支出决算为540.34万元，完成年初预算的
    111.63%」 over 项 of 484.03 and 540.34)."""
    bud = next((g.f for g in head if g.kind == "预算"), None)
    fin = next((g.f for g in head if g.kind == "决算"), None)
    rates = [g.f for g in classify(text) if g.role == "rate" and not g.paren]
    if found.level != Level.INFO or bud is None or fin is None or found.figure != bud.raw or len(rates) != 1 \
            or any(f.figure == fin.raw for f in every):
        return found
    parts = [g.f for it in items for g in it if g.kind == "预算"]
    exact = sum((p.yuan() for p in parts), Decimal(0))
    by_parts, as_written = iv_ratio(iv(fin), (exact, exact)), iv_ratio(iv(fin), iv(bud))
    if by_parts is None or not meets(by_parts, iv(rates[0])) or (as_written and meets(as_written, iv(rates[0]))):
        return found
    return replace(found, level=Level.ERROR, message=(
        f"总数{which_total(head, bud)}与所列各项之和不符：应为{found.expected}，不是{bud.raw}（所列各项的决算之和正是"
        f"{fin.raw}；"
        f"同句的完成率{rates[0].raw}也是按{found.expected}计算的）。"))


_JOIN = re.compile(r"\s*(?:万元|亿元|元)?\s*(?:、|和|及|与|以及)\s*")


def respective_lines(text: str) -> list[list[Fig]]:
    """The 项 of a paragraph that states several in 「分别」 lists — 「年初预算分别为a1、a2、a3，支出决算分别为b1、b2、
    b3」 — each as its (预算, 决算): the k-th of each list; [] when the paragraph has no such pair of lists (of one
    length, nothing else of their kinds beside them)."""
    runs: list[list[Fig]] = []
    for g in levels_of(classify(text)):
        if runs and not g.kind and _JOIN.fullmatch(text[runs[-1][-1].f.end: g.f.start]):
            runs[-1].append(g)
        else:
            runs.append([g])
    said = [r for r in runs if r[0].kind in ("预算", "决算")]
    lists = [r for r in said if len(r) > 1 and "分别" in re.split(r"[，,；;。]", r[0].pre)[-1]]
    if len(lists) != 2 or len(said) != 2 or {r[0].kind for r in lists} != {"预算", "决算"} \
            or len(lists[0]) != len(lists[1]):
        return []
    return [[replace(a, kind=lists[0][0].kind), replace(b, kind=lists[1][0].kind)]
            for a, b in zip(*lists, strict=True)]


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 「。」, else the text's end)."""
    end = text.find("。", pos)
    return len(text) if end < 0 else end


def _changes_below(blocks: list[Block], bi: int, b: Block, sents) -> list[ReviewFinding]:
    """ "基本支出较上年增17.1万元。主要变动原因如下：" and numbered paragraphs "1.工资福利支出较上年增
    18.67万元…": the total change against the sum of the signed changes listed."""
    head_s = sents[-1] if any(g.role == "diff" for g in sents[-1].figs) else sents[-2] if len(sents) > 1 else None
    if head_s is None:
        return []
    heads: dict[str, list] = {}  # the paragraph's changes by what they are of (收入 / 支出)
    for st in sents:
        for g in st.figs:
            if g.role == "diff" and g.f.is_money:
                heads.setdefault(_measure(st.text, g.f.start), []).append(g)
    if len(heads) > 1 and "" not in heads and all(len(v) == 1 for v in heads.values()):
        return _measures_below(blocks, bi, b, heads)
    if len([g for g in head_s.figs if g.role == "diff" and g.f.is_money]) != 1:
        return []
    items, texts = [], []
    for nb in blocks[bi + 1 : bi + 1 + MAX_ITEMS]:
        if nb.is_table or not _NUMBERED.match(nb.text):
            break
        clause, *rest = re.split(r"[，,；;：:。]", _NUMBERED.sub("", nb.text), maxsplit=2)
        figs = classify(clause)
        if len([g for g in figs if g.role == "diff" and g.f.is_money]) != 1 or levels_of(figs):
            return []  # a numbered item that is not one change (its amount left blank, a reason): not a list of parts
        rate = classify(f"{clause}，{rest[0]}") if rest and "%" in rest[0] else []
        if len(rate) == len(figs) + 1 and rate[-1].role == "pct":
            figs = rate  # its rate too (「减0.04万元，增0.01%」: a change said both ways)
        items.append(figs)
        texts.append(clause)
    return _check_signed(bi, b, head_s.text, head_s.figs, items, texts) if len(items) >= 2 else []


_MEASURE = re.compile(r"收入|支出")


def _measure(text: str, pos: int) -> str:
    """收入 or 支出: what the change at ``pos`` is of (the last of the two named in its clause)."""
    clause = re.split(r"[；;。]", text[:pos])[-1]
    found = _MEASURE.findall(clause)
    return found[-1] if found else ""


def _measures_below(blocks: list[Block], bi: int, b: Block, heads: dict[str, list]) -> list[ReviewFinding]:
    """ "财政拨款本年收入A，比上年增加C1；本年支出B，增加C2。具体情况如下：" and paragraphs each giving a
    fund's 收入 and 支出 changes: each total change against the sum of the paragraphs' changes of its measure."""
    parts: dict[str, list] = {m: [] for m in heads}
    texts: dict[str, list] = {m: [] for m in heads}
    for nb in blocks[bi + 1 : bi + 1 + MAX_ITEMS]:
        if nb.is_table or _ENDS.match(nb.text):
            break
        sent = sentences(nb.text)
        mine: dict[str, list] = {m: [] for m in heads}
        for st in sent:
            for g in st.figs:
                if g.role == "diff" and g.f.is_money and (m := _measure(st.text, g.f.start)) in mine:
                    mine[m].append((g, st.text))
        if any(len(v) != 1 for v in mine.values()) or TEMPLATE_WORD.search(nb.text):
            break  # a paragraph that is not one change of each measure (or leaves its direction open) ends the list
        for m, ((g, text),) in mine.items():
            parts[m].append([g])
            texts[m].append(text[: g.f.end])
    out: list[ReviewFinding] = []
    for m, (g,) in heads.items():
        if len(parts[m]) >= 2:
            # which side is wrong the text cannot say: a warning
            quote = next((st.text for st in sentences(b.text) if any(x is g for x in st.figs)), b.text)
            out.extend(replace(f, level=Level.WARNING)
                       for f in _check_signed(bi, b, quote, [g], parts[m], texts[m]))
    return out
