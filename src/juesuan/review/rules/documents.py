"""Rules on a 决算公开 as a whole document: what one part states against another part or
table — 机关运行经费 within 公用经费, a fund the text says is empty while its table is not,
the same total in two tables, the cover's year against the body's, 持平 said of a change."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ...core.codes import CODES
from ...core.findings import Level
from ..base import LIST_MARK, ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..blocks import Block, table_unit
from ..figures import Figure
from ..levels import SLIP
from ..rewrite import deleted_span, flat_fix, flat_or_change
from ..sentences import (
    FUNDS,
    YEAR,
    against,
    head_of,
    item_named,
    label_start,
    last_match,
    levels_of,
    raw_label,
    report_year,
    sentence_at,
    sentence_lists,
    text_sentences,
)
from ..subjects import T4, cell_amount
from .cross import _T5, _T6, _broken, _cross, _table_total, _total_amounts
from .named_before import named_before
from .shifted import t4_spending
from .text_table import _cell_value, table_kind
from .years import stale_heading_blocks

# --- 机关运行经费 ≤ 公用经费 ------------------------------------------------------------


def _this_year(blocks: list[Block], word: str, year: int | None) -> list[tuple[int, str, Figure]]:
    """This year's 决算 amounts the text states for ``word`` (not a budget, not last year's)."""
    out = []
    for bi, s, g, label in _stated(blocks):
        # 「其中机关运行经费支出为」, and under the unit's name and year: 「上海市南湖区档案馆2024年度机关运行经费支出」
        own = rf"^(?:其中|[^，,；;：:、和及与]*?(?:(?:19|20)\d\d年度?|本年度))?{word}(?:支出|决算|合计)?(?:为|是)?$"
        if not label.endswith(word) and not re.match(own, label):
            continue
        years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", s.text[: g.f.start])]
        if g.kind in ("预算", "年初") or "上年" in label or (years and year and years[-1] != year):
            continue
        out.append((bi, s.text, g.f))
    return out


def _stated(blocks: list[Block]) -> Iterator[tuple[int, Any, Any, str]]:
    """Each amount the text (not a table) states: block index, sentence, level figure, its label."""
    for bi, _b, s in text_sentences(blocks):
        for g in levels_of(s.figs):
            yield bi, s, g, raw_label(s.text, g.f.start)


# the clause right after the amount says it is the 公用经费 itself (「…元，即一般公共预算财政拨款基本支出中的
# 公用经费」), not a part of it (「…的一部分」)
_IS_COMMON = re.compile(r"^[^。；;]{0,3}?(?:即|也就是|就是)[^。；;，,]{0,30}?公用经费(?![^。；;，,]*(?:的一部分|之一))")


def _said_same(sentence: str, f: Figure) -> bool:
    """The sentence names ``f`` (a 机关运行经费) as the 公用经费 itself (「即…基本支出中的公用经费」)."""
    return bool(_IS_COMMON.match(sentence[f.end:]))


def rule_running_cost(blocks: list[Block]) -> list[ReviewFinding]:
    """机关运行经费 (the 日常公用经费 of 行政 units) cannot exceed the 公用经费 of the
    一般公共预算 基本支出 (the text's, else the 基本支出决算表's 公用经费合计)."""
    year = report_year(blocks)
    running = _this_year(blocks, "机关运行经费", year)
    own = {f.yuan() for _, _, f in _this_year(blocks, "公用经费", year)}
    common = [f for _, _, f in _this_year(blocks, "公用经费", year)]
    if len(own) != 1:
        table = _table_total(blocks, "一般公共预算财政拨款基本支出决算表", "公用经费合计")
        common = [table] if table is not None else []
    if not common:
        return []
    whole = common[0]
    out = []
    for bi, quote, f in running:
        if _said_same(quote, f) and not meets(iv(f), iv(whole)):
            out.append(finding(
                CODES["R-RUNNING-COST"].level, "R-RUNNING-COST",
                f"机关运行经费{show(f.yuan(), f)}与公用经费{amt(whole)}不符：句中说它即是公用经费，两者应相等。",
                bi, blocks[bi], quote, f, show(whole.yuan(), f), f"公用经费{amt(whole)} = {show(whole.yuan(), f)}",
            ))
        elif f.yuan() > whole.yuan() and not meets(iv(f), iv(whole)):
            out.append(finding(
                CODES["R-RUNNING-COST"].level, "R-RUNNING-COST",
                f"机关运行经费{amt(f)}大于公用经费{amt(whole)}：机关运行经费是基本支出中公用经费的一部分，"
                f"不能更大。",
                bi, blocks[bi], quote, f, f"≤{amt(whole)}", f"{amt(f)} > {amt(whole)}",
            ))
    return out


_NO_RUNNING = re.compile(r"无机关运行经费(?:支出)?")


def rule_no_running_cost(blocks: list[Block]) -> list[ReviewFinding]:
    """ "无机关运行经费支出" while a 行政运行 项 shows 基本支出 in the 一般公共预算 table (公开05, else 公开03
    when the unit spends only 一般公共预算) and the 公用经费 is not 0: 机关运行经费 is the 日常公用经费 of
    行政单位 and 参公 units, which a 行政运行 项 with 基本支出 has. A 警告 (a 行政运行 paid as 人员经费 only is
    possible in principle), naming the line."""
    from ..subjects import T5, coded_rows

    said = [(bi, sentence_at(b.text, m.start())) for bi, b in enumerate(blocks)
            if not b.is_table for m in _NO_RUNNING.finditer(b.text)]
    if not said:
        return []
    rows = [r for r in coded_rows(blocks, T5).values() if r.name == "行政运行" and len(r.amounts) >= 2
            and r.amounts[1] is not None and r.amounts[1].value > 0]
    common = _table_total(blocks, _T6, "公用经费合计")
    if not rows or (common is not None and not common.value):
        return []
    row = rows[0]
    basic = row.amounts[1]
    assert basic is not None
    bi, quote = said[0]
    return [finding(
        CODES["R-RUNNING-NONE"].level, "R-RUNNING-NONE",
        f"正文说无机关运行经费支出，而{_T5}中“{row.code} 行政运行”有基本支出{amt(basic)}：机关运行经费是行政单位"
        f"（含参公单位）基本支出中的日常公用经费，请核实。",
        bi, blocks[bi], quote, expected="写明机关运行经费支出金额",
        why=f"{_T5}：{row.code} 行政运行 基本支出 {basic.raw}",
    )]


# --- funds the text says are empty ---------------------------------------------------------

_FUNDS = (("政府性基金", "政府性基金预算财政拨款收入支出决算表"),
          ("国有资本经营", "国有资本经营预算财政拨款收入支出决算表"))
_NONE = re.compile(r"(?:无|没有|未(?:安排|发生|使用)?)(?P<fund>政府性基金|国有资本经营)(?:预算)?(?:财政拨款)?"
                   r"(?:安排的)?(?:收入|支出|收支)")


def _fund_amounts(blocks: list[Block], fund: str) -> list[tuple[int, str, Figure]]:
    """Non-zero amounts the text states for the fund (its 收入 or 支出)."""
    return [(bi, s.text, g.f) for bi, s, g, label in _stated(blocks)
            if fund in label and re.search(r"财政拨款(?:收入|支出)", label) and g.f.value]


def _table_amounts(blocks: list[Block], kind: str) -> tuple[int, list[Figure]] | None:
    for bi, b in enumerate(blocks):
        if b.is_table and table_kind(b) == kind:
            unit = table_unit(b)
            return bi, [v for row in b.rows for x in row if (v := _cell_value(x, unit)) is not None and v.value]
    return None


def rule_fund_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """ "本单位无政府性基金预算财政拨款收入和支出" against the fund's table (or an amount of that
    fund stated elsewhere in the text); and a table with no figures against an amount in the text."""
    out = []
    for fund, kind in _FUNDS:
        said_none = [(bi, sentence_at(b.text, m.start())) for bi, b in enumerate(blocks)
                     if not b.is_table for m in _NONE.finditer(b.text) if m.group("fund") == fund]
        stated = _fund_amounts(blocks, fund)
        table = _table_amounts(blocks, kind)
        for bi, quote in said_none[:1]:
            if table is not None and table[1]:
                v = table[1][0]
                out.append(finding(
                    CODES["R-FUND-EMPTY"].level, "R-FUND-EMPTY",
                    f"正文说没有{fund}预算财政拨款收支，而{kind}中有金额（{amt(v)}）：两处应一致。",
                    bi, blocks[bi], quote, expected=f"按{kind}说明{fund}预算财政拨款收支",
                ))
            elif stated:
                f = stated[0][2]
                out.append(finding(
                    CODES["R-FUND-EMPTY"].level, "R-FUND-EMPTY",
                    f"正文说没有{fund}预算财政拨款收支，而另一处写了{fund}预算财政拨款{amt(f)}：两处应一致。",
                    bi, blocks[bi], quote, expected=f"按{amt(f)}说明，或删去该金额",
                ))
        if table is not None and not table[1] and stated:
            bi, quote, f = stated[0]
            out.append(finding(
                CODES["R-FUND-EMPTY"].level, "R-FUND-EMPTY",
                f"正文写了{fund}预算财政拨款{amt(f)}，而{kind}没有金额：两处应一致。",
                bi, blocks[bi], quote, f, f"按表为0，或在表中填列{amt(f)}",
            ))
    return out


# --- the cover against the body -------------------------------------------------------------

_YEAR_OF = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年度")
_SHORT_YEAR = re.compile(r"(?<![\d.])(20\d|19\d)\s*年度")


def rule_cover(blocks: list[Block]) -> list[ReviewFinding]:
    """The year on the cover (the title before the first section) against the year the body
    reports on; and a year written with three digits ("202年度")."""
    out = []
    cover = next(((bi, b, m) for bi, b in enumerate(blocks[:3]) if not b.is_table
                  and (m := _YEAR_OF.search(b.text)) and "决算" in b.text), None)
    start = cover[0] + 1 if cover else 0
    body = Counter(int(m.group(1)) for b in blocks[start:] if not b.is_table for m in _YEAR_OF.finditer(b.text)
                   if not re.search(r"比|较|与|上年|相比", b.text[max(0, m.start() - 3) : m.start()]))
    if cover and body and cover[0] not in stale_heading_blocks(blocks):  # a heading's year is told there
        year, count = body.most_common(1)[0]
        bi, b, m = cover
        if int(m.group(1)) != year and count >= 3 and body[int(m.group(1))] < count / 3:
            out.append(replace(finding(
                CODES["R-COVER"].level, "R-COVER",
                f"标题的年度（{m.group(1)}年度）与正文说明的年度（{year}年度，{count}处）不一致。",
                bi, b, b.text, expected=f"{year}年度",
            ), figure=m.group(0)))
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _SHORT_YEAR.finditer(b.text):
            right = body.most_common(1)[0][0] if body else None
            out.append(finding(
                CODES["R-TYPO-YEAR"].level, "R-TYPO-YEAR",
                f"“{m.group(0)}”的年份少了一位数字" + (f"：应为“{right}年度”。" if right else "。"),
                bi, b, sentence_at(b.text, m.start()), expected=f"{right}年度" if right else "",
            ))
    return out


# --- 持平 said of a change -------------------------------------------------------------------

# a change ("增加5.07万元"; "减少为0.00万元": a level it changed to), not a change of 0 ("增长0%": 持平 in figures)
_CHANGE = re.compile(r"(增加|减少|增长|下降|上升|降低)(?:(?:为|至|到)\s*\d|了?\s*(?!0(?:\.0+)?\s*(?:%|万元|元|$))\d)")
_FLAT = re.compile(r"与[^，,。；;\d]{0,10}持平|保持持平|基本持平|(?<![与])持平")


def rule_flat_changes(blocks: list[Block]) -> list[ReviewFinding]:
    """ "减少为0.00万元，与2024年持平": one statement both changes and stays the same (the 持平
    in the change's own words, or in the next words when they have no subject of their own). A change
    of 0 ("增长0%，与上年持平") says the same as 持平."""
    out = []
    for bi, b, s in text_sentences(blocks):
        for clause in re.split(r"[；;：:]", s.text):
            parts = re.split(r"，|,(?!\d{3})", clause)  # not a thousands comma ("2,061,935.16元")
            for k, part in enumerate(parts):
                flat = _FLAT.search(part)
                if not flat or re.search(r"持平[^，,。]{0,4}原因", part):
                    continue
                own = _CHANGE.search(part[: flat.start()])
                change = own or (_CHANGE.search(parts[k - 1]) if k and part.startswith("与") else None)
                if change is None:
                    continue
                if not own and {against(flat.group(0)), against(parts[k - 1])} == {"预算", "上年"}:
                    continue  # "比上年增加C，与预算持平": two comparisons against two bases
                fix, why, calc = flat_fix(clause, change.group(1), s.text)  # settled by the sentence's sums
                out.append(finding(
                    CODES["R-FLAT"].level, "R-FLAT",
                    f"同一处既说“{change.group(1)}”又说“持平”：{why or '二者只能有一个（按上年数核对）'}。",
                    bi, b, clause, expected=fix or flat_or_change(clause, change.group(1), s.text)
                    or f"“{change.group(1)}…”或“持平”其中之一", why=calc,
                ))
    return out


# --- 持平 with a reason that says the amount moved -------------------------------------------

_FLAT_SAID = re.compile(r"与(?:(?:19|20)\d\d年度?)?[^，,。；;\d]{0,10}持平|持平")  # 「与2023年度持平」
# a reason opening its sentence or clause: 「主要原因是」「主要是」「主要由于」「由于」
_BECAUSE = re.compile(r"\s*[，,]?\s*(?:主要(?:原因|是由于|是|由于)|原因|(?:是)?由于)")
_MOVES = {-1: re.compile(r"减少|调减|下降|降低|压减|缩减|核减"), 1: re.compile(r"增加|追加|调增|增长|新增|提高|增多")}


def rule_flat_reasons(blocks: list[Block]) -> list[ReviewFinding]:
    """ "决算数与预算数持平，主要原因是年中调减项目经费": the reason for a 持平 says the amount moved."""
    out = []
    for bi, b, sents in sentence_lists(blocks):
        for k, s in enumerate(sents):
            flat = _FLAT_SAID.search(s.text)
            if not flat or _CHANGE.search(s.text[: flat.start()].split("，")[-1]) or "基本持平" in flat.group(0):
                continue  # (「基本持平」 with a small move is what it says)
            if len(levels_of(s.figs)) + (len(levels_of(sents[k - 1].figs)) if k else 0) >= 2:
                continue  # the two amounts are stated: they decide (R-DIRECTION, R-FLAT)
            rest, quote = s.text[flat.end() :], s.text
            if "原因" not in rest and k + 1 < len(sents) and _BECAUSE.match(sents[k + 1].text):
                # "…与上年持平。主要原因是…", "…与2023年度持平。主要是…相应增加。": the quote runs through the reason
                rest, quote = sents[k + 1].text, s.text + sents[k + 1].text
            reason = re.search(r"原因(?:是|为|：|:)?", rest) or _BECAUSE.match(rest)
            if not reason:
                continue
            why = rest[reason.end() :]
            moves = [d for d, word in _MOVES.items() if word.search(why)]
            if len(moves) != 1 or re.search(r"持平|相当|抵|基本不变|但|虽", why):
                continue
            said = "减少" if moves[0] < 0 else "增加"
            out.append(replace(finding(  # on the words 「与2023年度持平」; no amount to give: an instruction
                Level.WARNING, "R-REASON-DIRECTION",
                f"说“持平”，而原因说的是{said}：请核对数字是否真的持平，或改写原因。",
                bi, b, quote, expected=f"（按数字写“{said}”，或说明持平的原因）",
            ), figure=flat.group(0)))
    return out


# --- the 一般公共预算 基本支出 of the text against the tables ---------------------------------

def _basic_total(blocks: list[Block], kind: str) -> Figure | None:
    if any(b.is_table and table_kind(b) == kind and _broken(b) for b in blocks):
        return None
    amounts = _total_amounts(blocks, kind)
    return amounts[1] if len(amounts) >= 2 else None


_GENERAL = re.compile(r"^(?:本年度?)?一般公共预算财政拨款支出(?:决算)?(?:为|是)?$")
# "一般公共预算财政拨款支出年初预算为A万元，支出决算为B万元": B is the 支出 the sentence is about
_GENERAL_SENTENCE = re.compile(r"^(?:本年度?|(?:19|20)\d\d年度?)?一般公共预算财政拨款支出(?:年初|全年|调整)?预算")
_FINAL = re.compile(r"^(?:支出)?决算(?:数)?(?:为|是)?$")


def _t4_general(blocks: list[Block]) -> tuple[Figure, int] | None:
    """公开04's 本年支出合计 in its 一般公共预算财政拨款 column (合计 | 一般公共预算 | 政府性基金 | 国有资本经营)."""
    return t4_spending(blocks, 1)


def _general_total_text(blocks: list[Block], t5: Figure, bi5: int, kind: str = _T5) -> list[ReviewFinding]:
    """ "一般公共预算财政拨款支出X万元" against the 合计 of 公开05: one value however often the text states
    it — when they differ, the table's 合计 is questioned with the text's value; two values, one of
    them the table's — the other statements are questioned with the table's."""
    stated: dict[Decimal, list[tuple[int, str, Figure]]] = {}
    for bi, _b, s in text_sentences(blocks):
        for g in levels_of(s.figs):
            label = raw_label(s.text, g.f.start)
            if (_GENERAL.search(label) or (_FINAL.search(label) and _GENERAL_SENTENCE.match(s.text[: g.f.start])
                                           and not LIST_MARK.search(s.text[: g.f.start]))) and g.kind != "预算":
                stated.setdefault(g.f.yuan(), []).append((bi, s.text, g.f))
    if len(stated) == 1:
        text = next(iter(stated.values()))[0][2]
        if meets(iv(text), iv(t5)):
            return []
        if kind != _T5:
            return []  # 公开04's cell is questioned by its own table's checks, not here
        if backing := _t5_backing(blocks, bi5, t5):
            # the table's 合计 is what its 类 rows add up to (and no other table says otherwise): the text is off
            return [finding(CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                            f"一般公共预算财政拨款支出正文为{f.raw}，与{_T5}的合计{amt(t5)}不符（{backing}）："
                            f"应为{show(t5.yuan(), f)}。",
                            bi, blocks[bi], quote, f, show(t5.yuan(), f), f"{_T5}的合计为{t5.raw}；{backing}")
                    for where in stated.values() for bi, quote, f in where]
        garbled = ("该表上级科目与下级之和也不符（数字与科目错行），合计应按正文和其他表核对。"
                   if _broken(blocks[bi5]) else "")
        # the text's amount with its unit, the cell's 应为 in the table's unit (a text in 元 over a 万元 table)
        return [_cross(CODES["R-TEXT-TABLE"].level, f"{_T5}的合计{amt(t5)}与正文的一般公共预算财政拨款支出"
                       f"{show(text.yuan(), text)}不一致：两处应相同。{garbled}", blocks, bi5, t5,
                       show(text.yuan(), t5),
                       f"正文：一般公共预算财政拨款支出{text.raw}", "R-TEXT-TABLE")]
    agree = [v for v, where in stated.items() if meets(iv(where[0][2]), iv(t5))]
    if len(agree) != 1 or (kind == _T5 and _broken(blocks[bi5])):
        return []
    what = f"{_T5}的合计" if kind == _T5 else f"{kind}本年支出合计的一般公共预算财政拨款"
    return [finding(CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                    f"一般公共预算财政拨款支出正文为{f.raw}，与{what}及正文其他各处不符："
                    f"应为{show(t5.yuan(), f)}。",
                    bi, blocks[bi], quote, f, show(t5.yuan(), f), f"{what}为{t5.raw}")
            for v, where in stated.items() if v not in agree for bi, quote, f in where]


def _t5_backing(blocks: list[Block], bi5: int, t5: Figure) -> str:
    """What confirms 公开05's 合计 against a text that states another value: its 类 rows add up to it and
    公开04's 一般公共预算财政拨款 column, when read, is the same; "" when not (then the table is questioned)."""
    b = blocks[bi5]
    if _broken(b):
        return ""
    unit = table_unit(b)
    classes = [cell_amount(r[2], unit) for r in b.rows if len(r) > 2 and re.fullmatch(r"\d{3}", r[0].strip())]
    values = [c for c in classes if c is not None]
    if not values or len(values) != len(classes) or not meets(iv_sum([iv(c) for c in values]), iv(t5)):
        return ""
    said = [f"表中各类之和为{amt(t5)}"]
    if (t4 := _t4_general(blocks)) is not None:
        if not meets(iv(t4[0]), iv(t5)):
            return ""
        said.append(f"{T4}本年支出合计中的一般公共预算财政拨款也为{amt(t4[0])}")
    return "，".join(said)


def _basic_parts(blocks: list[Block]) -> Figure | None:
    """公开06's 人员经费合计 + 公用经费合计 (the 基本支出 of 公开05 by its parts), None when not read."""
    if not any(b.is_table and table_kind(b) == _T6 and not _broken(b) for b in blocks):
        return None
    parts = [_table_total(blocks, _T6, p) for p in ("人员经费合计", "公用经费合计")]
    if parts[0] is None or parts[1] is None:
        return None
    total = parts[0].yuan() + parts[1].yuan()
    unit, decimals = parts[0].unit, max(parts[0].decimals, parts[1].decimals)
    value = total / 10000 if unit == "万元" else total
    return Figure(value, unit, f"{value:,.{decimals}f}", 0, 0, decimals)


def rule_basic_text(blocks: list[Block]) -> list[ReviewFinding]:
    """ "一般公共预算财政拨款基本支出X万元" against the 合计 基本支出 of the 一般公共预算财政拨款支出决算表
    (公开05); when X is the 支出决算表's (all funds, 公开03) the text took the wrong table."""
    out = []
    where = [bi for bi, b in enumerate(blocks) if b.is_table and table_kind(b) == _T5]
    total = _total_amounts(blocks, _T5)
    if where and total:
        out.extend(_general_total_text(blocks, total[0], where[0]))
    if (not where or not total or _broken(blocks[where[0]])) and (t4 := _t4_general(blocks)) is not None:
        out.extend(_general_total_text(blocks, *t4, kind="财政拨款收入支出决算总表"))  # 公开05 not to be trusted
    t5 = _basic_total(blocks, _T5)
    source = f"{_T5}合计行基本支出"
    if t5 is None:  # 公开05 not read (or not adding up): its 基本支出 is 公开06's two 合计
        t5, source = _basic_parts(blocks), f"{_T6}人员经费合计与公用经费合计之和"
    if t5 is None:
        return out
    t3 = _basic_total(blocks, "支出决算表")
    for bi, b, s in text_sentences(blocks):
        for g in levels_of(s.figs):
            label = raw_label(s.text, g.f.start)
            if not re.search(r"一般公共预算(?:财政拨款)?基本支出(?:决算)?(?:为|是)?$", label) or "上年" in label:
                continue
            if meets(iv(g.f), iv(t5)):
                continue
            why = f"{source}为{t5.raw}"
            if t3 is not None and meets(iv(g.f), iv(t3)):
                why += f"；正文的{g.f.raw}是支出决算表（含全部资金）的基本支出"
            right = show(t5.yuan(), g.f)  # in the text's unit (a table in 元 beside a text in 万元)
            out.append(finding(
                CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                f"一般公共预算财政拨款基本支出正文为{g.f.raw}，与{source}不符：应为{right}。",
                bi, b, s.text, g.f, right, why,
            ))
    return out


# --- a growth rate from a zero base ------------------------------------------------------------

_SUBJECT_TAIL = re.compile(r"(?:比|较|与)[^，,；;]*$|(?:为|是|的)$")


def _subject(text: str) -> str:
    text = re.sub(r"^.*?(?:其中|如下)[：:]", "", text)
    text = re.sub(r"^(?:本年度?|(?:19|20)\d\d年度?)", "", text.strip(" ，,"))
    return _SUBJECT_TAIL.sub("", text).strip(" ，,")


_KIND_WORD = re.compile(FUNDS.pattern + r"|(预算|决算)")  # a fund's name is no 预算 amount


def rule_zero_base(blocks: list[Block]) -> list[ReviewFinding]:
    """ "公务接待费支出决算增加0.40万元，增长100%" where the text states this year's 公务接待费 as
    0.40万元: last year was 0, and there is no growth rate of a zero base."""
    year = report_year(blocks)
    stated: dict[str, Figure] = {}
    out = []
    for bi, b, sents in sentence_lists(blocks):
        for k, s in enumerate(sents):
            for clause_no in sorted({g.clause for g in s.figs}):
                figs = [g for g in s.figs if g.clause == clause_no]
                diff = next((g for g in figs if g.role == "diff" and g.f.is_money and g.sign > 0), None)
                pct = next((g for g in figs if g.role == "pct" and diff and g.f.start > diff.f.start), None)
                unsaid = _NO_RATE.match(s.text, diff.f.end) if diff is not None and pct is None else None
                if diff is None or not diff.f.value or (unsaid is None and (pct is None or not pct.f.value)):
                    continue
                start = max(s.text.rfind(x, 0, diff.f.start) for x in "；;。") + 1
                words = re.sub(r"(?:增加|增长|上升|提高)了?$", "", s.text[start : diff.f.start].strip())
                level = stated.get(_subject(words))
                if level is None:  # "总计A万元，与上年相比，增加A万元，增长100%": the amount the clause compares
                    # — not when the clause states last year's amount itself (「本年末A，上年末B，比上年末增加C」)
                    at = figs.index(diff)
                    before = [g for g in figs[max(0, at - 3) : at] if g.role in ("level", "diff", "base")]
                    prior = any(re.search(r"上年|去年|上一年", s.text[label_start(s.text, g.f.start) : g.f.start])
                                for g in before)
                    if before and before[-1].role == "level" and before[-1].f.is_money and not before[-1].paren \
                            and not prior:
                        level = before[-1].f
                if level is None and k:  # 「…支出总计135.19万元。收、支与2023年度相比，增加135.19万元」
                    level = named_before(sents[k - 1], s.text, diff)
                if unsaid is not None and level is not None:
                    out += _base_not_zero(bi, b, s, level, diff.f, unsaid)
                    continue
                if level is None or pct is None or not meets(iv(level), iv(diff.f)):
                    continue
                top = iv(level)[1] - iv(diff.f)[0]  # the largest base the rounding allows
                if top > 0 and iv(pct.f)[1] >= iv(diff.f)[0] / top * 100:
                    continue  # a base of a few 元 shown as 0.00 could give this rate
                # the 应为 is the span to delete, as R-RATE-ZERO's (「删去“，增长100%”」)
                span = deleted_span(s.text, pct.f.start)
                out.append(finding(
                    CODES["R-PERCENT"].level, "R-PERCENT",
                    f"上年为0（本年{_item(s.text, level)}{amt(level)}，增加{amt(diff.f)}），不能计算增长率："
                    f"“{span.strip('，,；;。 ')}”应删去。",
                    bi, b, s.text, pct.f, f"删去“{span}”",
                    f"上年 = {amt(level)} − {amt(diff.f)} = 0", nature=SLIP,  # no rate of nothing: a convention
                ))
            head: str | None = None
            for g in levels_of(s.figs):
                years = last_match(YEAR, s.text, g.f.start)
                label = raw_label(s.text, g.f.start)
                kind = last_match(_KIND_WORD, s.text, g.f.start, 1)
                if kind is None:
                    head = head_of(s.text, sents, k) if head is None else head
                    kind = last_match(_KIND_WORD, head, len(head), 1)
                if kind and kind.group(1) == "预算":
                    continue  # "年初预算为A。其中：甲0.00万元": a budget, not what was spent
                if "上年" not in label and not (years and year and int(years.group(1)) != year):
                    stated[_subject(label)] = g.f
    return out


# 「增加0.16万元，增长--（基数为0，不可比）」: the rate left out as of a zero base
_NO_RATE = re.compile(r"\s*[，,]\s*(?:增长|增幅|上升|提高)(?:率)?\s*(?:[-－—–/]{1,2}|为)?\s*[（(][^（()）]{0,12}?"
                      r"(?:基数为(?:0|零)|不可比|无法比较|无法计算)[^（()）]{0,12}?[）)]")


def _item(text: str, level: Figure) -> str:
    """The line this year's amount ``level`` is of, where ``text`` names it (「公务接待费」); else ""."""
    return item_named(text, level.start) if text[level.start:level.end] == level.raw else ""


def _base_not_zero(bi: int, b: Block, s: Any, level: Figure, diff: Figure, unsaid: re.Match) -> list[ReviewFinding]:
    """A rise whose rate is left out as of a zero base (「增长--（基数为0，不可比）」) while this year's amount is more
    than the rise: last year was not 0, the rate is this year's rise over it (to the sentence's other rates'
    decimals)."""
    if iv(level)[0] - iv(diff)[1] <= 0:
        return []  # last year 0 (or a few 元): the words are right
    base = level.yuan() - diff.yuan()
    places = Counter(g.f.decimals for g in s.figs if g.role == "pct" and g.f.value)
    rate = (diff.yuan() / base * 100).quantize(Decimal(1).scaleb(-max(places, key=lambda d: places[d], default=2)))
    said = unsaid.group(0).strip("，, ")
    right = f"{re.match(r'增长|增幅|上升|提高', said).group(0)}{rate}%"  # type: ignore[union-attr]
    return [ReviewFinding(
        CODES["R-PERCENT"].level, "R-PERCENT",
        f"{_item(s.text, level)}上年决算数为{show(base, level)}（{amt(level)} − {amt(diff)}），并非0，增长率可以计算："
        f"“{said}”应为“{right}”。",
        quote=s.text.strip(), place=b.place, expected=right,
        why=f"{amt(diff)} ÷ ({amt(level)} − {amt(diff)}) × 100% = {rate}%", block=bi, figure=said)]
