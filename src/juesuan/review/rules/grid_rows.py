"""The rows of small tables typed in the text (review/text_grids.py: a 项 list, a 三公 table inside the 情况说明),
each read as its sentence would be: its 完成率 against its own 决算 ÷ 预算 (none on a 预算 of 0: the cell is 「-」),
and the words of its 原因 cell (「决算数小于年初预算数，主要是…」) against its figures; the total the paragraph that
announces the table states (「项目支出共计582.70万元，具体如下：」) against the table's 合计 row, else its rows' sum."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..blocks import Block
from ..elsewhere import stated_elsewhere
from ..figures import Figure, find_figures
from ..levels import SLIP
from ..places import quoted
from ..subjects import full_chain
from ..text_grids import GridRow, grid_rows, line_tables


def _name(r: GridRow, blocks: list[Block]) -> str:
    """The row's subject as a message names it: a 项 by its own name, else the label."""
    c = full_chain(blocks, r.label.strip())
    return f"{c.group('xiang').strip()}（项）" if c else r.label.strip()


def _rate(r: GridRow, blocks: list[Block]) -> list[ReviewFinding]:
    from .disclosure import _reachable

    rate, fin = r.cells.get("rate"), r.cells.get("final")
    bud = r.cells.get("budget") or r.cells.get("full")
    if rate is None or fin is None or bud is None:
        return []
    b = blocks[r.block]
    word = "年初预算" if "budget" in r.cells else "预算"
    if not bud.value:
        if _reachable(fin, bud, rate):
            return []
        return [finding(
            CODES["R-RATE-ZERO"].level, "R-RATE-ZERO",
            f"“{_name(r, blocks)}”{word}为{bud.raw}，不计算完成率：表中完成率{rate.raw}应填“-”。",
            r.block, b, r.quote, rate, f"删去“{rate.raw}”，改填“-”（不计算完成率）", f"{word}{bud.raw}，决算{fin.raw}",
            nature=SLIP if not (rate.value or fin.value) else "",
        )]
    return []  # a rate on a budget: the table rules (tables.rule_tables, on line_tables for a PDF's lines)


def _words(r: GridRow, blocks: list[Block]) -> list[ReviewFinding]:
    from .disclosure import _VERSUS, budget_word

    fin, bud = r.cells.get("final"), r.cells.get("budget") or r.cells.get("full")
    if fin is None or bud is None:
        return []
    out = []
    for m in _VERSUS.finditer(r.words):
        found = budget_word(m.group("word") or "持平", fin, bud, _name(r, blocks), r.block, blocks[r.block], r.quote,
                            m.group(0))
        if found is not None:
            out.append(found)
    return out


def _as_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """What the table rules (合计 rows, 完成率 and 增减 columns) find in the small tables a PDF prints as lines, read
    as the table a Word table is; each finding on the line its row starts on."""
    from .tables import rule_tables

    lines = {r.table for r in grid_rows(blocks) if not blocks[r.table].is_table}
    if not lines:
        return []
    out = []
    for f in rule_tables(line_tables(blocks)):
        if f.block not in lines:
            continue
        row = next((r for r in grid_rows(blocks) if r.table == f.block and f.quote.startswith(r.label)), None)
        at = row.block if row else f.block
        # the row and column the table rule names kept (「，“X”行，“完成率”栏」), on the line the row starts on
        rest = f.place[len(blocks[f.block].place):] if f.place.startswith(blocks[f.block].place) else ""
        out.append(replace(f, block=at, place=blocks[at].place + rest))
    return out


# a table's own total row (「合计」, 「“三公”经费合计」); a row that is a part of the one above (「其中：…」)
_TOTAL_ROW = re.compile(r"(?:合计|总计|共计)$")
_PART_ROW = re.compile(r"^\s*(?:其中|[（(]\d+[）)]|\d+[.、．](?!\d))")
# the paragraph announces the table, all of it: 「…具体如下：」 「各项支出决算情况见下表：」 — not 「主要项目如下：」
_ANNOUNCES = re.compile(r"(?:如下|下表|见表|详见表|列示)\S{0,4}[：:。]?\s*$|[：:]\s*$")
_SOME = re.compile(r"主要|重点|部分|较大|以上")
_UNIT_LINE = re.compile(r"\s*[（(]?\s*(?:金额)?单位[：:]\s*(?:万元|元)\s*[）)]?\s*")
# the words before a paragraph's figure that make it no column's total: a change, a share, a balance
_NO_TOTAL = re.compile(r"增加|减少|增长|下降|增减|节约|超支|结余|结转|差额|相比|较上年|比上年|占|平均|人均")
_FUND_NAMES = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|预算绩效|预算单位|预算管理")


def _said_role(label: str) -> str:
    """The column a paragraph's money figure totals, by the words before it in its clause (「支出预算为」 →
    budget, 「支出决算为」 「项目支出共计」 → final); "" for none (a change, a share)."""
    label = _FUND_NAMES.sub("", label)
    if _NO_TOTAL.search(label):
        return ""
    if re.search(r"上年|去年", label):
        return "prior"
    if "预算" in label:
        return "full" if re.search(r"全年预算|调整(?:后)?预算", label) else "budget"
    return "final" if re.search(r"决算|支出|共计|合计|总计|执行|实际|使用|金额|费用?$", label) else ""


def _intro(blocks: list[Block], at: int) -> int | None:
    """The paragraph announcing the table at ``at`` (a 「单位：万元」 line between them left out), when it says the
    table lists all (「具体如下：」, not 「主要项目如下：」)."""
    k = at - 1
    while k >= 0 and not blocks[k].is_table and _UNIT_LINE.fullmatch(blocks[k].text):
        k -= 1
    if k < 0 or blocks[k].is_table:
        return None
    last = re.split(r"(?<=[。；;])", blocks[k].text.strip().rstrip("。").strip())
    tail = next((x for x in reversed(last) if x.strip()), "")
    return k if _ANNOUNCES.search(tail) and not _SOME.search(tail) else None


def _nested(values: list[Figure | None]) -> bool:
    """Whether a column holds a row and the rows after it that add up to it (a whole above its parts: the rows'
    sum counts it twice)."""
    for i, whole in enumerate(values):
        if whole is None:
            continue
        summed: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))
        for n, f in enumerate(values[i + 1 :], 1):
            if f is None:
                break
            summed = iv_sum([summed, iv(f)])
            if n >= 2 and meets(summed, iv(whole)):
                return True
    return False


def _column_total(rows: list[GridRow], role: str) -> tuple[Figure | None, list[Figure], GridRow | None]:
    """(the 合计 row's cell, the body rows' cells, the 合计 row) of a column; the body empty where a row is a part
    of another or a cell is not a figure (blank, 「-」 is 0)."""
    totals = [r for r in rows if _TOTAL_ROW.search(r.label.strip())]
    total = totals[0] if len(totals) == 1 else None
    body = [r for r in rows if r is not total]
    cells = [r.cells.get(role) for r in body]
    if (totals and total is None) or any(_PART_ROW.match(r.label) for r in body) or _nested(cells) \
            or any(c is None and role not in r.dash for c, r in zip(cells, body, strict=True)):
        cells = []
    return (total.cells.get(role) if total else None), [c for c in cells if c is not None], total


def _stated_totals(blocks: list[Block]) -> list[ReviewFinding]:
    """The total a paragraph states just before the table that lists it (「项目支出共计582.70万元，具体如下：」 /
    「“三公”经费财政拨款支出预算为91.20万元，支出决算为85.17万元，具体如下表：」) against the table: its 合计 row,
    else the sum of its rows, column by column (the column the words before the figure name). The paragraph's
    figure is the one to fix (应为 the table's), unless the document states it elsewhere too: then a row is (a
    警告 naming both, with no 应为 — the text does not say which row)."""
    tables: dict[int, list[GridRow]] = {}
    for r in grid_rows(blocks):
        tables.setdefault(r.table, []).append(r)
    out: list[ReviewFinding] = []
    for at, rows in tables.items():
        k = _intro(blocks, at)
        if k is None:
            continue
        b = blocks[k]
        columns = {r for r, _ in _roles(rows[0])}
        said: dict[str, list[tuple[Figure, str]]] = {}
        for f in find_figures(b.text):
            sentence = b.text[max(b.text.rfind(c, 0, f.start) for c in "。！？") + 1: f.start]
            if not f.is_money or re.search(r"其中|包括", sentence):
                continue  # a part of the total the sentence states before it
            label = re.split(r"[，,。；;：:（(]", b.text[: f.start])[-1]
            if (role := _said_role(label)) and role in columns:
                said.setdefault(role, []).append((f, label))
        for role, stated in said.items():
            # any of them the table's total: it agrees (「支出决算为A，完成预算的…；较上年…」 may state two); else
            # the last, the one nearest the table
            found = [_against(blocks, k, f, label, rows, role) for f, label in stated]
            if found and all(x is not None for x in found):
                out.append(found[-1])  # type: ignore[arg-type]
    return out


_COLUMN = {"budget": "预算数", "full": "预算数", "final": "决算数", "prior": "上年决算数"}


def _against(blocks: list[Block], k: int, f: Figure, label: str, rows: list[GridRow],
             role: str) -> ReviewFinding | None:
    total, cells, total_row = _column_total(rows, role)
    if total is None and not cells:
        return None
    b = blocks[k]
    summed = iv_sum([iv(c) for c in cells]) if cells else None
    exact = sum((c.yuan() for c in cells), Decimal(0))
    column = next((h for h, (r, _) in zip(rows[0].head[1:], _roles(rows[0]), strict=False) if r == role), "")
    column = re.sub(r"\s|[（(].*$", "", column) or _COLUMN[role]
    begin = max(b.text.rfind(c, 0, f.start) for c in "。！？") + 1
    sentence = re.split(r"(?<=[。！？])", b.text[begin:], maxsplit=1)[0]
    if total is not None:
        if meets(iv(f), iv(total)) or (summed is not None and meets(summed, iv(f))):
            return None  # agrees; or the 合计 row is the one wrong (its rows agree with the text): R-TABLE-SUM
        right, shown = total.yuan(), f"下表{quoted(total_row.label if total_row else '合计')}行{column}{amt(total)}"
        why = f"下表合计 {amt(total)}"
    else:
        if summed is None or meets(summed, iv(f)):
            return None
        right, shown = exact, f"下表各行{column}之和{show(exact, f)}"
        why = " + ".join(amt(c) for c in cells) + f" = {show(exact, f)}"
    subject = label.strip() or "总数"
    if (elsewhere := stated_elsewhere(blocks, k, f"{f.value:,.{max(f.decimals, 0)}f}", f.unit)):
        # the paragraph's figure is the document's: a row of the table is wrong, which one the text does not say
        return finding(
            Level.WARNING, "R-SUM",
            f"{quoted(subject + f.raw)}与{shown}不符；{f.raw}与{elsewhere}所列一致，应是表中某行有误，请核对"
            "（从文中无法判断是哪一行，未给出应为值）。",
            k, b, sentence, f, "", why)
    return finding(
        CODES["R-SUM"].level, "R-SUM",
        f"{quoted(subject + f.raw)}与{shown}不符：应为{show(right, f)}（也可能是表中某行有误，请核对）。",
        k, b, sentence, f, show(right, f), why)




def _roles(r: GridRow) -> list[tuple[str, str]]:
    from ..text_grids import _header

    return _header(list(r.head)) or []


def rule_grid_rows(blocks: list[Block]) -> list[ReviewFinding]:
    """Each row of a small table in the text: a 完成率 on a 预算 of 0, its 决算-vs-预算 words against its figures;
    the table rules on the tables printed as lines; the total the paragraph announcing a table states."""
    out = _as_tables(blocks) + _stated_totals(blocks)
    for r in grid_rows(blocks):
        out += _rate(r, blocks) + _words(r, blocks)
    return out
