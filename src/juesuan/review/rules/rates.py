"""Completion rates tied to what they measure across sentences, and against the direction stated
beside them.

A "完成年初预算的X%" whose own sentence states no amount is the rate of the 决算 and the (年初/全年)
预算 stated under the same subject — the nearest 类/款/项 or numbered heading, or the named quantity
(收入/支出 …) the rate's clause names. It is checked only when that assignment is unambiguous: one
决算 and one budget of the rate's kind in scope. "比预算减少C元，完成预算的105.10%" contradicts
itself whatever the amounts: a decrease against the budget is a rate under 100%."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, LIST_MARK, ReviewFinding, finding, iv
from ..extract import Block
from ..figures import Figure
from ..sentences import YEAR, Fig, Sentence, last_match, norm_label, report_year, sentences, text_sentences
from .shares import check_pct

# a heading that opens a new subject: numbered ("（一）", "1、", "一、"), or naming a 类/款/项
_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．](?!\d))")
_ITEM = re.compile(r"[（(](?:类|款|项)[）)]")
_RATE = re.compile(r"(?:完成|为)(?P<kind>年初|全年|调整后?)?预算(?:数)?的$")
_OTHER_YEAR = re.compile(r"上年|上一年|去年|(?:19|20)\d\d年")


@dataclass
class _Stated:
    f: Figure
    kind: str  # 决算, or the budget's kind: 年初, 全年, "" (预算 unqualified)
    label: str


def rule_rates_in_scope(blocks: list[Block]) -> list[ReviewFinding]:
    """A completion rate with no amount in its sentence, against the 决算 and budget of its subject."""
    out: list[ReviewFinding] = []
    year = report_year(blocks)
    scope: list[_Stated] = []
    between = False  # an amount of another line stated since (甲项目X万元): whose rate it is, is not known
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        if _HEADING.match(b.text) or _ITEM.search(b.text[:60]):
            scope, between = [], False
        for s in sentences(b.text):
            if _ITEM.search(s.text) and s.start:
                scope, between = [], False
            stated = _stated(s, year)
            mark = LIST_MARK.search(s.text)
            if mark:
                # "其中：甲支出决算为a元…": the items of the amount before; with no budget of their own, a
                # rate after them is still the head's, so they neither join nor close the scope
                items = [x for x in stated if x.f.start >= mark.end()]
                if any(x.kind != "决算" for x in items):
                    between = True
                stated = [x for x in stated if x.f.start < mark.end()]
            # a clause stating amounts answers its rate itself — unless all it states is the budget (「财政拨款支出年初
            # 预算数B万元，完成年初预算的X%」 a sentence after the 决算): the 决算 is the scope's
            with_money = {x.clause for x in s.figs if x.f.is_money and not (x.role == "level" and x.kind == "预算")}
            for g in s.figs:
                m = _RATE.search(g.pre.strip()) if g.role == "rate" else None
                if m and not between and g.clause not in with_money:
                    here = [x for x in stated if x.f.start < g.f.start]
                    out.extend(_check(bi, b, s, g, m.group("kind") or "", scope + here))
            scope.extend(stated)
            if stated:
                between = False
            elif any(g.role == "level" and g.f.is_money and not g.paren and not (mark and g.f.start >= mark.end())
                     for g in s.figs):
                between = True
    return out


# 「支出总计X万元」「本年支出合计X万元」 with no 预算/决算 word: what was spent, the 决算 a completion rate is of
_SPENT_TOTAL = re.compile(r"支出(?:总计|合计)(?:为|是)?$")


def _stated(s: Sentence, year: int | None) -> list[_Stated]:
    """The 决算 and 预算 amounts of this year a sentence states, with the words naming them."""
    out = []
    for g in s.figs:
        if g.role != "level" or g.paren or not g.f.is_money:
            continue
        if g.kind not in ("预算", "决算", "年初") and not (not g.kind and _SPENT_TOTAL.search(g.pre)):
            continue
        label = re.split(r"[，,；;：:。]", g.pre)[-1]
        years = last_match(YEAR, s.text, g.f.start)
        if _OTHER_YEAR.search(label) and not (year and years and int(years.group(1)) == year):
            continue  # last year's amount: not this rate's
        if g.kind == "决算" or (not g.kind and _SPENT_TOTAL.search(label)):
            kind = "决算"
        else:
            kind = "年初" if "年初" in label else "全年" if re.search("全年|调整", label) else ""
        out.append(_Stated(g.f, kind, label))
    return out


def _check(bi: int, b: Block, s: Sentence, g: Fig, kind: str, scope: list[_Stated]) -> list[ReviewFinding]:
    said = re.split(r"[，,；;：:]", g.pre)[-1]
    side = next((w for w in ("收入", "支出") if w in said), "")
    pool = [x for x in scope if not side or side in x.label or not re.search("收入|支出", x.label)]
    finals = [x for x in pool if x.kind == "决算"]
    budgets = [x for x in pool if x.kind != "决算" and (not kind or (x.kind == "年初") == (kind == "年初"))]
    if len(budgets) > 1 and not kind:
        budgets = []  # 年初 and 全年 both stated, the rate names neither: which one is not known
    if len({x.f.yuan() for x in finals}) != 1 or len({x.f.yuan() for x in budgets}) != 1:
        return []
    cur = {"A": finals[-1].f, "B": budgets[-1].f, "C": None, "Csign": 0, "target": "预算", "clause": g.clause}
    return check_pct(bi, b, s.text, cur, g)


_AGAINST_BUDGET = re.compile(r"(?:比|较)(?:年初|全年|调整后?)?预算(?:数)?$")


def rule_rate_direction(blocks: list[Block]) -> list[ReviewFinding]:
    """ "比预算减少C元，完成预算的105.10%": the word against the budget and the rate disagree."""
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        for i, g in enumerate(s.figs):
            if g.role != "diff" or not g.sign or not _AGAINST_BUDGET.search(_before_word(g.pre)):
                continue
            rate = next((x for x in s.figs[i + 1 :] if x.role == "rate" and x.clause == g.clause), None)
            if rate is None or any(x.role in ("diff", "base") for x in s.figs[i + 1 : s.figs.index(rate)]):
                continue
            lo, hi = iv(rate.f)
            above = 1 if lo > HUNDRED else -1 if hi < HUNDRED else 0
            if not above or above == g.sign:
                continue
            right = "增加" if above > 0 else "减少"
            out.append(finding(
                Level.ERROR, "R-DIRECTION",
                f"方向与完成率矛盾：完成预算的{rate.f.raw}{'超过' if above > 0 else '不足'}100%，"
                f"决算比预算应为“{right}”，不是“{'增加' if g.sign > 0 else '减少'}”。",
                bi, b, s.text, g.f, f"{right}{g.f.raw}",
                f"{number(rate.f.value)}% {'>' if above > 0 else '<'} 100%",
            ))
    return out


def _before_word(pre: str) -> str:
    return re.sub(r"(?:增加|减少|增长|下降|上升|降低|多|少)了?\s*$", "", pre.strip().rstrip("为是达：:")).strip()



@dataclass
class _Level:
    f: Figure
    line: str  # the line it is of, without its year words ("支出", "人员经费")
    kind: str  # 预算 / 决算 / ""
    prior: bool  # last year's


def rule_changes_in_scope(blocks: list[Block]) -> list[ReviewFinding]:
    """ "上年支出决算为B万元。本年支出决算为A万元，比上年增长X%": a rate of change with no 比B or 增加C
    of its own, against last year's amount of the same line stated under the same subject."""
    out: list[ReviewFinding] = []
    year = report_year(blocks)
    scope: list[_Level] = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        if _HEADING.match(b.text) or _ITEM.search(b.text[:60]):
            scope = []
        for s in sentences(b.text):
            if _ITEM.search(s.text) and s.start:
                scope = []
            levels = _levels(s, year)
            for i, g in enumerate(s.figs):
                if g.role != "pct" or not g.sign or (g.target and not re.match(r"上年|去年|同期", g.target)):
                    continue
                if any(x.role in ("diff", "base") for x in s.figs[:i] if x.clause == g.clause):
                    continue
                here = [x for x in levels if x.f.start < g.f.start]
                mine = [x for x in here if not x.prior and s.figs[i - 1].clause == g.clause]
                if not mine or any(x.f.start > mine[-1].f.start for x in here if x.line != mine[-1].line):
                    continue
                a = mine[-1]
                before = {x.f.yuan(): x.f for x in [*scope, *here] if x.prior and x.line == a.line and x.kind == a.kind}
                if len(before) == 1:
                    cur = {"A": a.f, "B": next(iter(before.values())), "C": None, "Csign": 0, "target": "上年",
                           "clause": g.clause}
                    out.extend(check_pct(bi, b, s.text, cur, g))
            scope.extend(levels)
    return out


def _levels(s: Sentence, year: int | None) -> list[_Level]:
    out = []
    for g in s.figs:
        if g.role != "level" or g.paren or not g.f.is_money:
            continue
        label = re.split(r"[，,；;：:。]", g.pre)[-1]
        years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", label)]
        prior = bool(re.search("上年|去年", label)) or bool(year and years and years[-1] == year - 1)
        if years and year and years[-1] not in (year, year - 1):
            continue
        kind = "预算" if "预算" in label else "决算" if "决算" in label else ""
        line = norm_label(re.sub(r"上年度?|去年|本年度?|年初|年末|预算|决算|数|(?:19|20)\d\d年度?", "", label))
        if line:
            out.append(_Level(g.f, line, kind, prior))
    return out


# --- a completion rate whose budget was stated in an earlier part (「预算调整方案」 … 「决算情况」) ----------

# a heading paragraph (no amount) naming the budget its amounts are: 「2.…批准的预算调整方案。」, 「1.…年初预算草案」
_BUDGET_PART = {"调整": re.compile(r"预算调整|调整预算|调整后预算"), "年初": re.compile(r"年初预算")}
# a heading on the 决算 against a budget (「财政拨款收支与年初预算数对比情况」): its amounts are the 决算
_COMPARED = re.compile(r"对比|比较|相比|执行|完成|决算")
_ADJUSTED = re.compile(r"调整(?:后)?(?:预算)?(?:数)?(?:为|至|到)?$|调整后|调整预算")
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．](?!\d))")


def _line_of(label: str) -> str:
    """The line an amount is of, without its numbering, year and budget words: 「(1)收入总计调整为」 → 收入总计."""
    label = _NUMBERING.sub("", label.strip())
    label = re.sub(r"^(?:其中|含|包含)[：:]?", "", label)
    label = re.sub(r"调整(?:后)?(?:预算)?(?:数)?(?:为|至|到)?$|(?:19|20)\d\d年度?|本年度?", "", label)
    return norm_label(label)


def rule_rates_of_earlier_budgets(blocks: list[Block]) -> list[ReviewFinding]:
    """ "收入总计10855万元，完成调整预算的109.9%" whose 调整预算 (年初预算) is stated in the part of the report
    on that budget (「预算调整方案。收入总计调整为9877万元。其中：本级收入1597万元…」): the rate is the clause's
    amount ÷ the budget of the same line, where that line has one such budget."""
    budgets = _earlier_budgets(blocks)
    if not budgets:
        return []
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        for i, g in enumerate(s.figs):
            m = _RATE.search(g.pre.strip()) if g.role == "rate" and i else None
            kind = next((k for k in _BUDGET_PART if m and (m.group("kind") or "").startswith(k)), "")
            # the amount before it, past other rates of the same amount (「完成调整预算的a%，完成年初预算的b%」)
            a = next((x for x in reversed(s.figs[:i]) if not x.f.is_percent), None) if kind else None
            if (a is None or a.role != "level" or not a.f.is_money or a.paren or a.clause != g.clause or a.kind
                    or any(x.role in ("budget", "diff", "base") or x.kind == "预算"
                           for x in s.figs if x.clause == g.clause)):
                continue  # the budget (or the gap to it) is in the clause: the sentence's own check
            found = budgets.get((kind, _line_of(re.split(r"[，,；;：:。]", a.pre)[-1])), [])
            if len({x.yuan() for x in found}) != 1 or any(x is a.f for x in found):
                continue
            cur = {"A": a.f, "B": found[0], "C": None, "Csign": 0, "target": "预算", "clause": g.clause}
            out.extend(check_pct(bi, b, s.text, cur, g))
    return out


def _earlier_budgets(blocks: list[Block]) -> dict[tuple[str, str], list[Figure]]:
    """(调整 / 年初, line) → the amounts stated as that budget: labelled so (「收入总计调整为A」), or stated
    without a 预算/决算 word in the paragraphs under a heading on that budget (「2.…预算调整方案。」)."""
    out: dict[tuple[str, str], list[Figure]] = {}
    year = report_year(blocks)
    part = ""
    for b in blocks:
        if b.is_table:
            continue
        sents = sentences(b.text)
        if not any(g.f.is_money for s in sents for g in s.figs):
            if _NUMBERING.match(b.text):  # a numbered heading: the part it opens is on the budget it names
                part = "" if _COMPARED.search(b.text) else next(
                    (k for k, p in _BUDGET_PART.items() if p.search(b.text)), "")
            continue
        for s in sents:
            for g in s.figs:
                if g.role != "level" or not g.f.is_money or g.paren:
                    continue
                label = re.split(r"[，,；;：:。]", g.pre)[-1]
                if _OTHER_YEAR.search(label) and not (year and str(year) in label):
                    continue  # another year's amount
                kind = "调整" if _ADJUSTED.search(label) else "" if g.kind else part
                if kind and (line := _line_of(label)):
                    out.setdefault((kind, line), []).append(g.f)
    return out


# the budget a rate of a zero 年初预算 is rightly taken on, as the sentence names it before its amount
_FULL_WORD = re.compile(r"(全年预算|调整后预算|调整预算)(?:数)?\s*(?:为|是|:|：)?\s*$")


def on_full_budget(head: str, written: str, rate: Figure, fin: Figure, full: Figure, said: str) -> tuple[str, str, str]:
    """(message, 应为, 计算) for ``written`` (「完成年初预算的98.50%」), the rate ``rate`` of 决算 ``fin`` on a zero
    年初预算, where the sentence ``said`` states the full budget ``full``: its words as the document writes them
    (调整预算, not an invented 全年预算); where the rate already is the full budget's, only the budget words change
    (「98.50%是按调整预算3,200,000.00元算的：“完成年初预算的”应为“完成调整预算的”」). ``head``: 「年初预算为0.00元」."""
    from ..base import iv_ratio, meets, point, show

    m = _FULL_WORD.search(said[: full.start]) if 0 <= full.start <= len(said) else None
    word = m.group(1) if m else "全年预算"
    value = point(iv(fin), iv(full))
    why = f"{show(fin.yuan(), fin)} ÷ {show(full.yuan(), full)} × 100% = {number(value)}%"
    at = written.rfind(rate.raw)
    words = written[:at] if at >= 0 else written
    turned = re.sub(r"(?:年初)?预算", word, words, count=1) if "预算" in words else f"完成{word}的"
    if at >= 0 and meets(iv(rate), iv_ratio(iv(fin), iv(full)) or (value, value)):
        message = (f"{head}，不能算完成年初预算的比例；{rate.raw}是按{word}{full.raw}算的："
                   f"“{words}”应为“{turned}”。")
        return message, turned + written[at:], why
    expected = f"{turned}{number(value)}{'％' if rate.raw.endswith('％') else '%'}"
    return f"{head}，“{written}”应按{word}{full.raw}计算：应为“{expected}”。", expected, why
