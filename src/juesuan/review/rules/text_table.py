"""Rules between the text and its tables and charts: a chart's values against the text."""
from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ...core.fmt import number, round2
from ..base import LIST_MARK, ReviewFinding, finding, iv, iv_neg, iv_sum, meets, show
from ..blocks import table_unit
from ..extract import Block
from ..figures import Figure, find_figures
from ..grid import PUBLIC_TABLES
from ..places import numbered
from ..sentences import context_of, label_start, report_year, sentences
from ..subjects import find_chains, heading, sections


def rule_charts(blocks: list[Block]) -> list[ReviewFinding]:
    """A chart's values (万元) against the same amounts in the text (year, 预算/决算, line)."""
    year = report_year(blocks)
    stated: dict[tuple[int | None, str, str], set[Decimal]] = {}
    for b in blocks:
        if b.is_table:
            continue
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            m = LIST_MARK.search(s.text)
            ctx_text = (
                s.text[: m.start()]
                if m and find_figures(s.text[: m.start()])
                else (sents[k - 1].text if m and k else "")
            )
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                label = re.split(r"[，,。；;：:、]", g.pre)[-1]
                y, kind = context_of(ctx_text + label, year)
                for name in _LINES:
                    if name in label:
                        stated.setdefault((y, kind, name), set()).add(g.f.yuan())
    out = []
    for bi, b in enumerate(blocks):
        if not (b.is_table and b.text.startswith("图：")):
            continue
        header = b.rows[0]
        for row in b.rows[1:]:
            y, kind = context_of(row[0], year)
            if not kind:
                kind = context_of(b.text, year)[1] or ("预算" if "年初" in b.text else "")
            for c, cell in enumerate(row[1:], start=1):
                line = next((n for n in _LINES if c < len(header) and header[c].startswith(n[:4])), None)
                figs = find_figures(cell, bare_money=True)
                if line is None or len(figs) != 1:
                    continue
                vals = stated.get((y, kind, line))
                if not vals or len(vals) != 1:
                    continue
                text_value = next(iter(vals))
                shown = figs[0].value
                h = Decimal(5).scaleb(-figs[0].decimals - 1)
                if abs(text_value / 10000 - shown) > h:
                    exp = round2(text_value / 10000)
                    out.append(
                        ReviewFinding(
                            Level.ERROR,
                            "R-CHART",
                            f"图中“{row[0]} {header[c]}”为{cell}万元，正文为{number(text_value)}元（{exp}万元）。",
                            quote=f"{b.text[2:]}：{row[0]} {header[c]} {cell}",
                            place=b.place,
                            expected=f"{exp}",
                            why=f"{number(text_value)} ÷ 10,000 = {exp}万元",
                            block=bi,
                            figure=cell,
                        )
                    )
    return out


_LINES = (
    "人员经费",
    "公用经费",
    "项目支出",
    "一般公共服务",
    "社会保障和就业",
    "卫生健康",
    "住房保障",
    "教育",
    "科学技术",
    "文化旅游体育与传媒",
    "节能环保",
    "城乡社区",
    "农林水",
    "交通运输",
)




# --- rule: the 情况说明 against the nine 公开 tables -------------------------------------------

_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[、.．]?)")


def _plain(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’]", "", text)


def table_kind(b: Block) -> str:
    """Which of the nine 公开 tables a table is (grid.model's kind), else by the name in its caption."""
    if b.kind:
        return b.kind
    caption = _plain(b.caption or b.title)
    names = [n for n in PUBLIC_TABLES if _plain(n) in caption]
    return max(names, key=len) if names else ""


def _cell_value(text: str, unit: str) -> Figure | None:
    figs = find_figures(text, bare_money=True)
    if len(figs) != 1 or figs[0].raw.strip() != text.strip() or figs[0].is_percent:
        return None
    f = figs[0]
    return f if f.unit else Figure(f.value, unit, f.raw, f.start, f.end, f.decimals)


def _table_values(b: Block) -> dict[str, list[Figure]]:
    """A 公开 table's amounts by the name a text would give them: each row's label on each side (its
    first amount right of it: 公开06's 人员经费合计 | … | 公用经费合计 | …), and each column header at the
    合计 row."""
    unit = table_unit(b)
    out: dict[str, list[Figure]] = {}
    carry = ""  # a 结转和结余 row: the numbered rows under it are its parts (公开04's 「二、政府性基金预算财政拨款」)
    for n, row in enumerate(b.rows):
        first, after = True, -1
        for c, cell in enumerate(row):
            name = _ORDINAL.sub("", _plain(cell))
            if c <= after or not name or re.search(r"\d", name) or _cell_value(cell, unit):
                continue
            if first:
                if "结转" in name:
                    carry = name
                elif carry and name != _plain(cell) and not re.search(r"收入|支出|合计|总计", name):
                    name = f"{carry}中{name}"  # not the fund's own 收入 or 支出 a text names by the same words
                else:
                    carry = ""
            found = next(((k, v) for k in range(c + 1, min(c + 3, len(row))) if (v := _cell_value(row[k], unit))),
                         None)
            if found is not None:
                out.setdefault(name, []).append(found[1])
                after = found[0]
            # the header of a 合计 row: the nearest row above it with as many cells (merged cells differ)
            header = next((h for h in reversed(b.rows[:n]) if len(h) == len(row)), None)
            if first and name in ("合计", "总计") and header is not None:
                for h, x in zip(header, row, strict=True):
                    if (v := _cell_value(x, unit)) and _plain(h) and not re.search(r"\d", h):
                        out.setdefault(_plain(h), []).append(v)
                break
            first = False
    return out


_ANOTHER_YEAR = re.compile(r"((?:19|20)\d\d)年|上一?年(?!末?结转|末?结余)|去年")


def _text_label(text: str, pos: int, year: int | None = None) -> str:
    """The words naming the amount at ``pos`` as a table would ("收入、支出总计"); "" for another year's amount
    ("2023年度收入、支出总计均为A", "上年支出A": not this year's table's; "上年结转" is a row of it)."""
    label = text[label_start(text, pos) : pos]
    if any(not m.group(1) or (year and int(m.group(1)) != year) for m in _ANOTHER_YEAR.finditer(label)):
        return ""
    label = re.sub(r"^.*?(?:19|20)\d\d年度?", "", _plain(label))
    return re.sub(r"(?:均|各|共|分别)?(?:为|是|共|达)$", "", label)  # "收入、支出总计均为"


def rule_text_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """An amount of the 情况说明 against the same line of the table its section describes
    ("一、收入支出决算总体情况说明" ↔ 收入支出决算总表): 总计, 本年收入合计, 基本支出 …"""
    tables = {k: _table_values(b) for b in blocks if b.is_table and (k := table_kind(b))}
    if not tables:
        return []
    out = []
    secs = sections(blocks)  # the table each section describes, by the words of its title
    year = report_year(blocks)
    for bi, b in enumerate(blocks):
        section = secs[bi].table
        if b.is_table or section not in tables or heading(b.text):
            continue
        values = tables[section]
        for s in sentences(b.text):
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money or g.kind == "预算":
                    continue
                label = _text_label(s.text, g.f.start, year)
                if len(label) < 2:
                    continue
                keys = [k for k in values if k == label or k == label + "合计"
                        or (len(k) >= 2 and label.endswith(k) and k in ("总计", "合计"))]
                cells = {v.yuan(): v for k in keys for v in values[k]}
                if len(cells) != 1:
                    continue
                cell = next(iter(cells.values()))
                if meets(iv(cell), iv(g.f)):
                    continue
                in_table = f"{cell.raw}{'' if cell.raw.endswith(cell.unit) else cell.unit}"
                why = f"{section}中为{in_table}"
                if g.f.yuan() * 10000 == cell.yuan() or g.f.yuan() == cell.yuan() * 10000:
                    why += "：相差一万倍，多为“元”与“万元”写混"
                out.append(finding(
                    CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                    f"正文{label}{g.f.raw}与{numbered(section, '')}的{in_table}不符："
                    f"{_gap_named(s.figs, g, cell, values)}应为{show(cell.yuan(), g.f)}。",
                    bi, b, s.text, g.f, show(cell.yuan(), g.f), why,
                ))
    return out


def _gap_named(figs: list, g, cell: Figure, values: dict[str, list[Figure]] | None = None) -> str:
    """The base the writer plainly used, when the gap to the table is an amount the same sentence names
    (「总计8,637.76万元，其中年初财政拨款结转和结余210.35万元」 against 8,848.11): 「未含年初财政拨款结转和结余
    210.35万元，」 (「多计入…」 the other way); else when the text's figure is another line of the table (``values``)
    and the gap exactly a third: 「正文所写为本年收入合计，未含年初结转和结余1,200.00万元，」; "" otherwise."""
    gap = iv_sum([iv(cell), iv_neg(iv(g.f))])
    said = _table_gap(g, cell, gap, values or {})
    for x in figs:
        if x is g or not x.f.is_money or not x.f.value:
            continue
        short = meets(gap, iv(x.f))
        if short or meets(iv_neg(gap), iv(x.f)):
            name = re.sub(r"^(?:其中|含|包括)[：:]?|(?:为|是|共)$", "", re.split(r"[，,；;：:。]", x.pre)[-1].strip())
            if len(name) >= 2 and not re.search(r"\d", name):
                return f"{'未含' if short else '多计入'}{name}{x.f.raw}，"
    return said


def _table_gap(g, cell: Figure, gap, values: dict[str, list[Figure]]) -> str:
    """「正文所写为本年收入合计，未含年初结转和结余1,200.00万元，」: the text's figure is exactly the table's line
    ``written`` and the gap to ``cell`` exactly its line ``left``."""
    def line(test) -> str:
        names = [k for k, vs in values.items() if any(v.yuan() != cell.yuan() and test(v) for v in vs)]
        return names[0] if len(names) == 1 else ""

    written = line(lambda v: v.yuan() == g.f.yuan())
    short = gap[0] > 0
    left = line(lambda v: v.yuan() and meets(iv(v), gap if short else iv_neg(gap)))
    if not written or not left or written == left:
        return ""
    amount = next(v for v in values[left] if meets(iv(v), gap if short else iv_neg(gap)))
    return f"正文所写为{written}，{'未含' if short else '多计入'}{left}{show(amount.yuan(), g.f)}，"


_ITEM_FINAL = re.compile(r"(?:支出)?决算(?:数)?(?:为|是)?$")
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


def _coded_totals(blocks: list[Block], kind: str) -> dict[str, tuple[str, Figure]]:
    """code → (name, its first amount: the row's 合计) of a 公开 table's coded rows."""
    out: dict[str, tuple[str, Figure]] = {}
    for b in blocks:
        if not b.is_table or table_kind(b) != kind:
            continue
        unit = table_unit(b)
        for row in b.rows:
            cells = [x.strip() for x in row]
            if len(cells) < 3 or not _CODE.match(cells[0]):
                continue
            if (v := _cell_value(cells[2], unit)) is not None:
                out.setdefault(cells[0], (_plain(cells[1]), v))
    return out


def _item_row(rows: dict[str, tuple[str, Figure]], kuan: str, xiang: str) -> str | None:
    """The code of the 项 row named ``xiang`` under the 款 named ``kuan`` (one, or None)."""
    kuans = [c for c, (n, _) in rows.items() if len(c) == 5 and n == _plain(kuan)]
    codes = [c for c, (n, _) in rows.items() if len(c) == 7 and n == _plain(xiang) and c[:5] in kuans]
    return codes[0] if len(codes) == 1 else None


def rule_item_finals(blocks: list[Block]) -> list[ReviewFinding]:
    """ "…（款）…（项）。…支出决算为Y万元" in the 一般公共预算 part of the 情况说明 against that 项's row of the
    一般公共预算财政拨款支出决算表 (公开05). A figure the 支出决算表 (公开03) gives for the row is not
    questioned: which of the two tables is off is then not known."""
    t5 = _coded_totals(blocks, "一般公共预算财政拨款支出决算表")
    if not t5:
        return []
    t3 = _coded_totals(blocks, "支出决算表")
    out = []
    fund = ""
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        if m := re.search(r"一般公共预算|政府性基金|国有资本经营", b.text):
            fund = m.group(0) if not find_chains(blocks, b.text[: m.start()]) else fund
        chains = find_chains(blocks, b.text)  # the model's 类/款/项 chains
        if fund != "一般公共预算" or not chains:
            continue
        for n, c in enumerate(chains):
            end = chains[n + 1].start() if n + 1 < len(chains) else len(b.text)
            code = _item_row(t5, c.group("kuan"), c.group("xiang"))
            if code is None:
                continue
            cell = t5[code][1]
            for s in sentences(b.text[c.end() : end]):
                finals = [g for g in s.figs if g.role == "level" and g.f.is_money and not g.paren
                          and _ITEM_FINAL.search(s.text[label_start(s.text, g.f.start) : g.f.start])]
                for g in finals[:1]:
                    other = t3.get(code)
                    if meets(iv(cell), iv(g.f)) or (other is not None and meets(iv(other[1]), iv(g.f))):
                        continue
                    out.append(finding(
                        CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                        f"“{c.group('xiang')}（项）”支出决算正文为{g.f.raw}，与一般公共预算财政拨款支出决算表"
                        f"（{code}）不符：应为{show(cell.yuan(), g.f)}。",
                        bi, b, s.text, g.f, show(cell.yuan(), g.f), f"表中{code} {t5[code][0]}为{cell.raw}",
                    ))
    return out


def rule_public_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """A 决算公开 (five or more of the nine tables present) has all nine, in their order."""
    kinds = [(bi, k) for bi, b in enumerate(blocks) if b.is_table and (k := table_kind(b))]
    seen = list(dict.fromkeys(k for _, k in kinds))
    if len(seen) < 5:
        return []
    out = []
    first = kinds[0][0]
    # a table whose title is there (after the first table: not the 目录) but whose grid was not read
    titled = {k for b in blocks[first:] if not b.is_table and len(b.text) < 60 for k in PUBLIC_TABLES
              if _plain(b.text).endswith(_plain(k)) or re.search(re.escape(_plain(k)) + r"公开0?\d表$", _plain(b.text))}
    # printed, its grid not read (the reader folded its lines): a title in the 目录 alone is no table printed
    unread = {b.kind for b in blocks if b.unread}
    missing = [k for k in PUBLIC_TABLES if k not in seen and k not in titled and k not in unread]
    if missing:
        out.append(ReviewFinding(
            CODES["R-TABLES"].level, "R-TABLES",
            f"部门决算公开应有九张表，缺少：{'、'.join(missing)}（没有数据的表也应保留表样并说明）。",
            quote="、".join(seen), place="全文", expected="、".join(missing),
        ))
    order = [PUBLIC_TABLES.index(k) for k in seen]
    if order != sorted(order):
        first = next(i for i in range(1, len(order)) if order[i] < order[i - 1])
        bi = next(bi for bi, k in kinds if k == seen[first])
        out.append(ReviewFinding(
            CODES["R-TABLES"].level, "R-TABLES",
            f"公开表的顺序不对：“{seen[first]}”应在“{seen[first - 1]}”之前。",
            quote="、".join(seen), place=blocks[bi].place, block=bi,
            expected="、".join(k for k in PUBLIC_TABLES if k in seen),
        ))
    return out


def table_changes(blocks: list[Block]) -> dict[Decimal, list[tuple[str, Figure, Figure]]]:
    """Every table row that states a change with its operands — cells A, B and C = A − B
    ("公用经费 | 812,766.17 | 752,300.00 | 60,466.17 | 8.04%") — by the change (元):
    (row label, A, B). A text's "公用经费增加C元，增长D%" finds its A and B here."""
    out: dict[Decimal, list[tuple[str, Figure, Figure]]] = {}
    for b in blocks:
        if not b.is_table:
            continue
        unit = table_unit(b)
        for row in b.rows:
            if not row or _cell_value(row[0], unit):
                continue
            label = _ORDINAL.sub("", re.sub(r"^\d{3,7}", "", _plain(row[0])))
            cells = [f for x in row[1:] if (f := _cell_value(x, unit))]
            for c in cells:
                if not c.value:
                    continue
                for a in cells:
                    for base in cells:
                        if len({id(a), id(base), id(c)}) == 3 and meets(iv_sum([iv(a), iv_neg(iv(base))]), iv(c)):
                            out.setdefault(abs(c.yuan()), []).append((label, a, base))
    return out


def change_operands(
    changes: dict[Decimal, list[tuple[str, Figure, Figure]]], line: str, c: Figure, sign: int
) -> tuple[Figure, Figure] | None:
    """(A, B) of the one table row named ``line`` whose change is the text's C (with its sign)."""
    if not line:
        return None
    found = {
        (a.yuan(), base.yuan()): (a, base)
        for label, a, base in changes.get(c.yuan(), [])
        if (label == line or label.endswith(line) or line.endswith(label)) and len(label) >= 2
        and (a.yuan() > base.yuan()) == (sign > 0)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def opening_balances(blocks: list[Block]) -> dict[str, tuple[Figure, str]]:
    """The opening balances the tables state by their row's name (「年初结转和结余」 of the 收入支出决算总表,
    「年初财政拨款结转和结余」 of the 财政拨款收入支出决算总表), each with its table's name: what a text's
    「年末结转和结余A，比年初增加C」 is compared with. A name the tables give two amounts is left out."""
    found: dict[str, dict[Decimal, tuple[Figure, str]]] = {}
    for b in blocks:
        if not b.is_table:
            continue
        for name, figs in _table_values(b).items():
            if name.startswith("年初"):
                for f in figs:
                    found.setdefault(name, {})[f.yuan()] = (f, table_kind(b) or "表")
    return {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}
