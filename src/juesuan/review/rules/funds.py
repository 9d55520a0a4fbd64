"""The 政府性基金 and 国有资本经营 sections (八、九) against their tables (公开08/09): the 本年收入 and
本年支出 the section states outside its 项 paragraphs, against the table's 合计 row; a fund said to be
empty while the 总表 (公开01/04) shows it."""

from __future__ import annotations

import re

from ...core.codes import CODES
from ..base import ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..blocks import Block
from ..figures import Figure
from ..sentences import levels_of, raw_label, sentence_at, sentences
from ..subjects import T1, T4, T8, T9, cell_amount, find_chains, plain, sections

# --- the 政府性基金 / 国有资本经营 section's 收入 and 支出 against its table ------------------------------

def _fund_total(blocks: list[Block], kind: str) -> tuple[Figure, Figure] | None:
    """(本年收入, 本年支出合计) of the 合计 row of 公开08/09 — read only when the row holds together:
    支出合计 = 基本 + 项目 and 年初结转 + 收入 − 支出 = 年末结转 (so its columns are the template's)."""
    for b in blocks:
        if not b.is_table or b.kind != kind:
            continue
        unit = b.unit or "万元"
        for row in b.rows:
            at = next((i for i, x in enumerate(row[:3]) if plain(x) == "合计"), None)
            if at is None:
                continue
            read = [cell_amount(x, unit) for x in row[at + 1 :]]
            values = [v for v in read if v is not None]
            if len(values) != len(read):
                continue
            if len(values) == 7 and not values[0].raw:
                values = values[1:]  # "合计" in the code column, the name column blank
            if len(values) != 6:
                continue
            opening, income, spent, basic, project, closing = values
            if meets(iv_sum([iv(basic), iv(project)]), iv(spent)) and meets(
                    iv_sum([iv(opening), iv(income), (-iv(spent)[1], -iv(spent)[0])]), iv(closing)):
                return income, spent
    return None


_FUND_INCOME = re.compile(r"财政拨款收入(?:为|是)?$")
_FUND_SPENT = re.compile(r"(?:^|财政拨款)支出(?:为|是)?$")


def rule_fund_section(blocks: list[Block]) -> list[ReviewFinding]:
    """ "政府性基金预算财政拨款收入A万元，支出B万元" (八 / 九, outside its 项 paragraphs) against the 合计 row of
    the fund's table (本年收入, 本年支出)."""
    out = []
    secs = sections(blocks)
    for kind in (T8, T9):
        total = _fund_total(blocks, kind)
        if total is None:
            continue
        for bi, b in enumerate(blocks):
            if b.is_table or secs[bi].table != kind or find_chains(blocks, b.text):
                continue
            for s in sentences(b.text):
                for g in levels_of(s.figs):
                    label = raw_label(s.text, g.f.start)
                    cell, what = ((total[0], "本年收入") if _FUND_INCOME.search(label) and "结转" not in label
                                  else (total[1], "本年支出") if _FUND_SPENT.search(label) else (None, ""))
                    if cell is None or meets(iv(cell), iv(g.f)):
                        continue
                    out.append(finding(
                        CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                        f"{what}正文为{g.f.raw}，与{kind}不符：应为{show(cell.yuan(), g.f)}。",
                        bi, b, s.text, g.f, show(cell.yuan(), g.f), f"{kind}合计行{what}为{cell.raw or '0'}",
                    ))
    return out


# --- a fund the text says is empty, against the 总表 -----------------------------------------------

def _fund_row(blocks: list[Block], fund: str) -> tuple[int, Figure] | None:
    """The first non-zero amount of the 收入支出决算总表 / 财政拨款收入支出决算总表 row of ``fund``'s
    财政拨款 ("二、政府性基金预算财政拨款收入 | 2,002.80")."""
    from .text_table import _cell_value

    for bi, b in enumerate(blocks):
        if not b.is_table or b.kind not in (T1, T4):
            continue
        for row in b.rows:
            for c, cell in enumerate(row[:-1]):
                if re.sub(r"^[一二三四五六七八九十]+、", "", plain(cell)).startswith(f"{fund}预算财政拨款"):
                    value = _cell_value(row[c + 1], b.unit or "万元")
                    if value is not None and value.value:
                        return bi, value
    return None


def rule_fund_totals(blocks: list[Block]) -> list[ReviewFinding]:
    """ "本单位无政府性基金预算财政拨款收入和支出" while the 总表 (公开01/04) shows that fund's 财政拨款
    (the fund's own table missing or empty: with figures there, rule_fund_tables says it)."""
    from .documents import _NONE, _table_amounts

    out = []
    for fund, kind in (("政府性基金", T8), ("国有资本经营", T9)):
        own = _table_amounts(blocks, kind)
        if own is not None and own[1]:
            continue
        row = _fund_row(blocks, fund)
        said = next(((bi, sentence_at(b.text, m.start())) for bi, b in enumerate(blocks) if not b.is_table
                     for m in _NONE.finditer(b.text) if m.group("fund") == fund), None)
        if row is None or said is None:
            continue
        bi, quote = said
        out.append(finding(
            CODES["R-FUND-EMPTY"].level, "R-FUND-EMPTY",
            f"正文说没有{fund}预算财政拨款收支，而{blocks[row[0]].kind}中{fund}预算财政拨款为{amt(row[1])}：两处应一致。",
            bi, blocks[bi], quote, expected=f"按{blocks[row[0]].kind}说明{fund}预算财政拨款收支",
        ))
    return out
