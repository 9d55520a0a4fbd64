"""A change and its rate whose amount was stated in a sentence before: 「“三公”经费财政拨款支出年初预算为
20.00万元，支出决算为15.00万元…。2024年度“三公”经费财政拨款支出决算数比2023年度减少2.00万元，下降11.67%」
— the 11.67% is 2.00 ÷ (15.00 + 2.00), the 决算 of the same subject stated in the sentence before. Each change of
the sentence is one (「…其中：公务接待费支出决算同比减少0.12万元，下降8.70%」: the item's 决算 stated before, in a
「其中：」 list too), 「同比」 naming last year as 「比上年」 does."""

from __future__ import annotations

import re

from ..base import ReviewFinding
from ..blocks import Block
from ..sentences import Fig, Sentence, report_year, sentences
from .shares import check_pct

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_YEARS = re.compile(r"(?:19|20)\d\d年度?|本年度?|当年")
_KIND = re.compile(r"(?:支出)?(?:决算)(?:数)?$")


def _subject(head: str) -> str:
    """「2024年度“三公”经费财政拨款支出决算数」 → 「“三公”经费财政拨款」: the name, without year and kind."""
    words = _YEARS.sub("", re.split(r"[，,；;：:。]", head)[-1]).strip()
    return _KIND.sub("", words).strip()


# the two totals said as one: 「收、支总计」「收支总计」「收入、支出总计」
_BOTH_TOTALS = re.compile(r"收入?[、和与及]?支出?(?P<t>总计|合计)")


def _both_totals(sents: list[Sentence], which: str) -> list[Fig]:
    """The one amount 收入``which`` and 支出``which`` (总计 or 合计) are both stated as in ``sents`` (「收入总计A，支出
    总计A」), none where they differ or either is stated otherwise or not at all; not last year's."""
    said: dict[str, dict] = {"收入": {}, "支出": {}}
    for t in sents:
        for g in t.figs:
            label = re.split(r"[，,；;：:。]", g.pre)[-1].strip()
            m = re.search(rf"(收入|支出){which}(?:为|是|共)?$", label)
            if m and g.role == "level" and not g.paren and g.f.is_money and not re.search(r"上年|去年|比|较", label):
                said[m.group(1)][g.f.yuan()] = g
    if len(said["收入"]) != 1 or said["收入"].keys() != said["支出"].keys():
        return []
    return list(said["支出"].values())


def _stated(sents: list[Sentence], name: str) -> list[Fig]:
    """The 决算 amounts of ``name`` stated in ``sents``: a sentence that opens with the name, and in it
    an amount labelled 决算 (「…支出决算为15.00万元」), not last year's; for the two totals said as one (「收、支
    总计」), their one amount."""
    if both := _BOTH_TOTALS.fullmatch(name):
        return _both_totals(sents, both.group("t"))
    out = []
    for t in sents:
        opener = t.text[: t.figs[0].f.start] if t.figs else ""
        opens = name in opener and not re.search(r"上年|去年|比|较", opener)
        for g in t.figs:
            label = re.split(r"[，,；;：:]", g.pre)[-1].strip()  # "支出决算为", not "其中：因公出国（境）费决算为"
            if (g.role == "level" and not g.paren and g.f.is_money
                    and ((opens and re.fullmatch(r"(?:本年|当年)?(?:支出)?决算(?:数)?(?:为|是)?", label))
                         or (re.match(rf"{re.escape(name)}(?:支出)?决算(?:数)?(?:为|是)?$", label)
                             and (opens or not re.search(r"上年|去年|比|较|同期", label))))):
                out.append(g)
    return out


def rule_rates_of_stated_amounts(blocks: list[Block]) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    year = report_year(blocks)
    section: list[Sentence] = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        if _HEADING.match(b.text):
            section = []
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            before = [*section, *sents[:k]]
            for diff in (g for g in s.figs if g.role == "diff" and g.f.is_money and not g.paren):
                if any(x.role in ("level", "base") and x.clause == diff.clause and x.f.start < diff.f.start
                       for x in s.figs):
                    continue
                out.extend(_checked(bi, b, s, diff, before, year))
        section.extend(sents)
    return out


def _checked(bi: int, b: Block, s: Sentence, diff: Fig, before: list[Sentence], year: int | None
             ) -> list[ReviewFinding]:
    """One change of ``s`` and its rate against the 决算 of its subject stated ``before``."""
    target = diff.target.strip()
    same = re.search(r"同比[^，,；;。：:\d]{0,4}$", diff.pre)  # 「…支出决算同比减少」: against last year
    prior = bool(re.match(r"上年|去年", target)) or bool(year and re.match(rf"{year - 1}年", target)) or (
        not target and bool(same))
    pct = next((g for g in s.figs if g.role == "pct" and g.clause == diff.clause and g.f.start > diff.f.start), None)
    if not prior or pct is None:
        return []
    head = (s.text[: s.text.rfind(target, 0, diff.f.start) - 1] if target
            else s.text[: diff.f.start - len(diff.pre) + same.start()] if same else "")
    name = _subject(head)
    if len(name) < 4:
        return []
    found = {g.f.yuan(): g for g in _stated(before, name)}
    if len(found) != 1:
        return []  # not stated, or stated twice with two amounts: which one is meant is not known
    a = next(iter(found.values()))
    cur = {"A": a.f, "B": None, "C": diff.f, "Csign": diff.sign, "target": target or "上年", "clause": diff.clause}
    # the rate's finding, or the change's where it is the slip (change_slips: one digit off the rate's)
    return [f for f in check_pct(bi, b, s.text, cur, pct) if f.code == "R-PERCENT"
            or (f.code == "R-DIFF" and f.figure == diff.f.raw)]
