"""The “三公” section against the 三公 table (公开07): each item's 预算 and 决算 as the text writes them, and a small
三公 table typed in the section."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, finding, iv, meets, show
from ..blocks import Block
from ..figures import MONEY_UNITS, Figure, yuan_rounding
from ..places import numbered
from ..sentences import levels_of, sentences
from ..subjects import T7, cell_amount, plain, sections
from ..text_grids import grid_rows

# the 12 amounts of the 三公 table's data row, in the template's order of items
_T7_ITEMS = ("合计", "因公出国", "公务用车", "购置", "运行", "公务接待")


def _t7(blocks: list[Block]) -> dict[tuple[str, str], Figure] | None:
    """(item, "预算"/"决算") → the 三公 table's amount; None when its row is not read sanely (as
    sangong.table_budgets: each 预算 then 决算, or all 预算 then all 决算, whichever adds up)."""
    from .sangong import _sane
    from .text_table import _cell_value

    for b in blocks:
        if not b.is_table or b.kind != T7:
            continue
        for row in b.rows:
            values = [v for x in row if (v := _cell_value(x, b.unit or "万元")) is not None]
            if len(values) != 12 and len(row) >= 12 and values:
                # a zero printed blank (the 2024 template): the row's last 12 cells, blank as 0
                last = [cell_amount(x, b.unit or "万元") for x in row[-12:]]
                values = [v for v in last if v is not None] if all(v is not None for v in last) else []
            if len(values) != 12:
                continue
            read = [(bud, fin) for bud, fin in ((values[0::2], values[1::2]), (values[:6], values[6:]))
                    if _sane(bud, fin)]
            if not read or any(x.yuan() != y.yuan() for x, y in zip(read[0][0] + read[0][1],
                                                                    read[-1][0] + read[-1][1], strict=True)):
                return None
            bud, fin = read[0]
            return {**{(k, "预算"): v for k, v in zip(_T7_ITEMS, bud, strict=True)},
                    **{(k, "决算"): v for k, v in zip(_T7_ITEMS, fin, strict=True)}}
    return None


_LAST_YEAR = re.compile(r"上年|(?:19|20)\d\d年度?(?:相比|比)|比(?:19|20)\d\d")
_T7_WORDS = re.compile(r"三公|因公出国|公务用车(?:购置)?及运行(?:维护)?|公务用车(?:购置|运行(?:维护)?)?|公务接待")
_BUDGET_END = re.compile(r"预算(?:数)?(?:为|是)?\s*$")
_FINAL_END = re.compile(r"(?:决算(?:数)?|支出|费)(?:为|是)?\s*$")


# a part of a 三公 item (国内 / 外事 公务接待), and an amount named by words of its own that are no 三公 item
_SUB_ITEM = re.compile(r"(?:国内|外事|国[（(]境[）)]外|境外)(?:公务)?接待")
_OTHER_LINE = re.compile(r"[\u4e00-\u9fff]{2,}(?:支出|费)(?:决算)?(?:数)?(?:为|是)?$")


def label_of(clause: str) -> str:
    """The words right before a figure: from the last comma or list mark of its clause."""
    return re.split(r"[，,：:]", clause)[-1]


# the 三公 items by their names in the 决算 (the message names the item, not 「“三公”经费运行」)
_T7_NAMES = {"合计": "“三公”经费", "因公出国": "因公出国（境）费", "公务用车": "公务用车购置及运行维护费",
             "购置": "公务用车购置费", "运行": "公务用车运行维护费", "公务接待": "公务接待费"}


def _t7_item(words: str) -> str:
    """The 三公 item the words before a figure name (the last named)."""
    found = []
    for m in _T7_WORDS.finditer(words):
        w = m.group(0)
        found.append("合计" if w == "三公" else "因公出国" if w == "因公出国" else "公务接待" if w == "公务接待"
                     else "公务用车" if "及" in w or w == "公务用车" else "购置" if "购置" in w else "运行")
    return found[-1] if found else ""


_T7_PARTS = {"合计": ("因公出国", "公务用车", "公务接待"), "公务用车": ("购置", "运行")}


def _parts_as_shown(table: dict[tuple[str, str], Figure], item: str, kind: str, f: Figure) -> bool:
    """Whether ``f`` is the sum of the item's parts each rounded as ``f`` is shown (a 万元 text over a table in
    元: 84.32万元 + 0.85万元 = 85.17万元 where 851,612.40元 rounds to 85.16万元)."""
    parts = _T7_PARTS.get(item, ())
    if not parts or f.unit not in MONEY_UNITS or f.decimals < 0:
        return False
    step = Decimal(1).scaleb(-f.decimals)
    if grain := yuan_rounding(f) * 2:  # 851,700.00元 in a 万元 text written in 元: each part to its 100元
        shown = ((table[p, kind].yuan() / grain).quantize(Decimal(1), ROUND_HALF_UP) * grain for p in parts)
        return sum(shown) == f.value
    return sum((table[p, kind].yuan() / MONEY_UNITS[f.unit]).quantize(step, ROUND_HALF_UP) for p in parts) == f.value


def in_printed_row(text: str, figs: list, g) -> bool:
    """Whether another figure stands right beside ``g`` (nothing but spaces or a 「-」 cell between): a table
    row printed as a line of text (「公务用车购置费38.00万元35.68万元-35.68万元」), whose columns no words name."""
    return any(h is not g and (text[h.f.end:g.f.start] if h.f.end <= g.f.start else text[g.f.end:h.f.start]
                               if g.f.end <= h.f.start else "x").strip(" \u3000\t-") == "" for h in figs)


def t7_statements(blocks: list[Block]) -> Iterator[tuple[str, str, Figure, int, Block, str]]:
    """What the 三公 section states of each item's 预算 and 决算 this year: (item — 合计 for the “三公” total, 因公出国
    …, "预算"/"决算", the figure, its block's index, the block, the sentence). The item carries over the clauses that
    name none (「“三公”经费…年初预算为A万元，支出决算为B万元」: B is the 合计's 决算)."""
    secs = sections(blocks)
    for bi, b in enumerate(blocks):
        if b.is_table or secs[bi].table != T7:
            continue
        for s in sentences(b.text):
            # a comparison with last year: the levels from it on are not this year's table's (those before
            # it are: 「…支出决算为A万元，较上年决算数增加B万元」)
            last_year = _LAST_YEAR.search(s.text)
            item = ""
            for g in levels_of(s.figs):
                if last_year and g.f.start >= last_year.start():
                    continue
                clause = re.split(r"[；;。]", s.text[: g.f.start])[-1]
                own = label_of(clause)
                if _SUB_ITEM.search(own) or (not _t7_item(own) and _OTHER_LINE.search(own)):
                    continue  # 「其中：国内公务接待支出a；外事接待支出b」: a part of an item, or a line of its own
                if in_printed_row(s.text, s.figs, g):
                    continue
                item = _t7_item(clause) or item
                kind = "预算" if _BUDGET_END.search(clause) else "决算" if _FINAL_END.search(clause) else ""
                if not item or not kind or "外宾" in clause[-8:]:
                    continue
                yield item, kind, g.f, bi, b, s.text


def rule_sangong_table(blocks: list[Block]) -> list[ReviewFinding]:
    """The “三公” section's 预算 and 决算 of each item (合计, 因公出国（境）费, 公务用车 and its 购置 and
    运行维护, 公务接待费) against the 三公 table."""
    table = _t7(blocks)
    if table is None:
        return []
    secs = sections(blocks)
    out = []
    for item, kind, f, bi, b, quote in t7_statements(blocks):
        out += _against_t7(table, item, kind, f, bi, b, quote)
    for r in grid_rows(blocks):  # a small 三公 table typed in the section: 「公务接待费　4.00　3.20　80.00%」
        if secs[r.block].table == T7 and (item := "合计" if plain(r.label) in ("合计", "总计") else _t7_item(r.label)):
            for role, kind in (("budget", "预算"), ("final", "决算")):
                if role in r.cells:
                    out += _against_t7(table, item, kind, r.cells[role], r.block, blocks[r.block], r.quote)
    return out


def _against_t7(table: dict[tuple[str, str], Figure], item: str, kind: str, f: Figure, bi: int, b: Block,
                quote: str) -> list[ReviewFinding]:
    """R-TEXT-TABLE when the text's ``f`` for the 三公 item's 预算 or 决算 is not the table's."""
    cell = table[(item, kind)]
    if meets(iv(cell), iv(f)) or _parts_as_shown(table, item, kind, f):
        return []
    name = _T7_NAMES.get(item, item)
    in_table = f"{cell.raw}{'' if cell.raw.endswith(cell.unit) else cell.unit}"
    if cell.unit != f.unit:  # 「6.84万元＝68,400.00元」: in the sentence's unit too
        in_table += f"＝{show(cell.yuan(), f)}"
    return [finding(
        CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
        f"正文{name}{kind}{f.raw}与{numbered(T7, '')}的{in_table}不符：应为{show(cell.yuan(), f)}。",
        bi, b, quote, f, show(cell.yuan(), f), f"{T7}中{name}{kind}为{in_table}",
    )]


# a 三公 item's completion rate: 「完成（年初）预算的」 right before it
_DONE_RATE = re.compile(r"完成(?:年初|全年)?预算(?:数)?的$")


def rule_sangong_rates(blocks: list[Block]) -> list[ReviewFinding]:
    """ "公务用车购置及运行维护费支出决算A万元，完成预算的R%" where the clause states no 预算: R against A ÷ the item's
    预算 in the 三公 table (shares' one rate check), where the table's 决算 is the text's A (else the amount is off:
    rule_sangong_table) and the 预算 is not 0 (rule_sangong_zero_budget)."""
    from .shares import _check_rate

    table = _t7(blocks)
    if table is None:
        return []
    out = []
    for item, kind, f, bi, b, quote in t7_statements(blocks):
        budget = table[(item, "预算")]
        if kind != "决算" or not budget.value or not meets(iv(table[(item, "决算")]), iv(f)):
            continue
        s = next((x for x in sentences(b.text) if x.text == quote), None)
        if s is None:
            continue
        at = next((k for k, g in enumerate(s.figs) if g.f.start == f.start), None)
        if at is None or at + 1 >= len(s.figs):
            continue
        g = s.figs[at + 1]  # the figure right after the 决算, in its clause: its rate, no amount between
        if g.clause != s.figs[at].clause or g.role != "rate" or not g.f.is_percent \
                or not _DONE_RATE.search(re.split(r"[，,；;。]", s.text[: g.f.start])[-1]) \
                or any(h.clause == g.clause and h.f.is_money and h is not s.figs[at] for h in s.figs):
            continue
        out += _check_rate(bi, b, quote, g, iv(f), iv(budget), f)
    return out
