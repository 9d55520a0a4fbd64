"""Rules on the document model (review/subjects.py): each 项 the text describes against its row in
the table of its fund, its names against the codes the tables give, the 类 amounts of a structure
paragraph against their rows, and the “三公” figures against the 三公 table."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, amt, finding, iv, meets, show
from ..blocks import Block
from ..figures import MONEY_UNITS, Figure, yuan_rounding
from ..levels import SLIP
from ..sentences import levels_of, report_year, sentence_lists, sentences
from ..subjects import (
    FUND_TABLE,
    T3,
    T4,
    T5,
    T7,
    Row,
    cell_amount,
    class_amounts,
    code_names,
    coded_rows,
    items,
    memo,
    names_code,
    plain,
    sections,
    t4_classes,
)
from ..text_grids import grid_rows
from .rate_words import rate_message, rate_term

# the column of a fund table that holds a row's 本年支出 (合计): 公开05 code | name | 合计 | 基本 | 项目;
# 公开08/09 code | name | 年初结转和结余 | 本年收入 | 本年支出 合计 | 基本 | 项目 | 年末结转和结余
_SPENT = {T5: 0, T3: 0}


def _spent(kind: str, row: Row) -> Figure | None:
    at = _SPENT.get(kind, 2)
    return row.amounts[at] if len(row.amounts) > at else None


@memo
def _table_rows(blocks: list[Block]) -> dict[str, dict[str, Row]]:
    """The coded rows of 公开03/05/08/09, without a table that does not add up in itself (its rows
    are not to be trusted: that table is the finding, rules/tables.py)."""
    from .cross import _broken

    ok = [b if b.is_table and not _broken(b) else Block(b.text, b.place) for b in blocks]
    return {kind: rows for kind in (T3, *FUND_TABLE.values()) if (rows := coded_rows(ok, kind))}


def rule_item_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """ "…（款）…（项）。…支出决算为Y万元" against that 项's row of its fund's table (一般公共预算 公开05,
    政府性基金 公开08, 国有资本经营 公开09; the 本年支出). A figure the 支出决算表 (公开03, all funds) gives
    for the row is not questioned where that row is no larger than the fund's (which table is off is then not
    known); where it is larger — the 项 spends other money too — the text gave the 项's whole spending for its
    fund's part, and is said so."""
    tables = _table_rows(blocks)
    names = code_names(blocks)
    out = []
    described = [it.code for it in items(blocks)]
    for it in items(blocks):
        kind = FUND_TABLE.get(it.fund, "")
        if not it.code or it.final is None or kind not in tables:
            continue
        if it.code not in tables[kind]:  # a 项 the table does not have, named with its 决算 of another row
            if renamed := _named_for_another(blocks, it, tables[kind], kind, names, described):
                out.append(renamed)
            continue
        cell = _spent(kind, tables[kind][it.code])
        if cell is None or meets(iv(cell), iv(it.final.figure)):
            continue
        other = tables.get(T3, {}).get(it.code)
        whole = x if other is not None and (x := _spent(T3, other)) is not None \
            and meets(iv(x), iv(it.final.figure)) else None
        if whole is not None and whole.yuan() <= cell.yuan():
            continue
        if renamed := _named_for_another(blocks, it, tables[kind], kind, names, described):
            out.append(renamed)
            continue
        f = it.final.figure
        # 「…（是支出决算表中该项的全部支出，含其他资金）」: the figure's source, where the all-funds table gives it
        source = f"（{f.raw}是{T3}中该项的全部支出，含其他资金）" if whole is not None else ""
        out.append(finding(
            CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
            f"“{it.name}”支出决算正文为{f.raw}，与{kind}（{it.code}）不符：应为{show(cell.yuan(), f)}{source}。",
            it.final.block, blocks[it.final.block], it.final.sentence, f, show(cell.yuan(), f),
            f"表中{it.code} {tables[kind][it.code].name}为{cell.raw or '0'}",
        ))
    return out


def _named_for_another(blocks: list[Block], it, rows: dict[str, Row], kind: str, names: dict[str, str],
                       described: list[str]) -> ReviewFinding | None:
    """The item's 决算 is the one amount of another 项 row that no other item of the text describes: the
    figure is that row's, the name is wrong (a 类/款/项 name of another row) — R-CODE-NAME on the name."""
    f = it.final.figure
    rows7 = [c for c, r in rows.items() if len(c) == 7 and c != it.code and c not in described
             and (x := _spent(kind, r)) is not None and x.value and meets(iv(x), iv(f))]
    if len(rows7) != 1:
        return None
    code = rows7[0]
    chain = ((it.lei, 3, "类"), (it.kuan, 5, "款"), (it.xiang, 7, "项"))
    wrong = [(w, n, level) for w, n, level in chain if w and not names_code(names, code[:n], w)]
    if len(wrong) != 1:
        return None
    w, n, level = wrong[0]
    right = f"{names[code[:n]]}（{level}）"
    # the quote runs from the item's name to its 决算 (the name is what is wrong)
    quote = _from_name(blocks, it, it.final.block, it.final.sentence)
    return replace(finding(
        CODES["R-CODE-NAME"].level, "R-CODE-NAME",
        f"“{w}（{level}）”的支出决算{f.raw}是表中{code} {names[code]}的金额：科目名称应为“{right}”。",
        it.final.block, blocks[it.final.block], quote, expected=right,
        why=f"{kind}中{code} {names[code]}为{f.raw}",
    ), figure=f"{w}（{level}）")


def _from_name(blocks: list[Block], it, bi: int, sentence: str, other: str = "") -> str:
    """The text from the item's names to the end of ``sentence`` (one of its sentences, in block ``bi``): the whole
    clause of a 项 in a paragraph of 项 joined by 「；」 (its sentence, cut at the next 项's names, closed by the
    splitter's 「。」, is not the paragraph's as written); ``other`` (else the sentence) in another paragraph."""
    text = blocks[it.block].text
    said = sentence.strip()
    k = text.find(said, it.start) if bi == it.block else -1
    if k < 0 and bi == it.block and said.endswith("。"):
        said = said.removesuffix("。")
        k = text.find(said, it.start)
    return text[it.start: k + len(said)] if k >= 0 else other or sentence


_BASIC_WORDS = re.compile(r"基本支出|基本经费|人员经费|公用经费|人员和公用|日常运转|在职人员工资")


_PROJECT_WORDS = re.compile(r"项目支出|项目经费|专项经费|专项资金|专项支出")


def rule_item_basic(blocks: list[Block]) -> list[ReviewFinding]:
    """A 项 whose purpose is 基本支出 ("维持日常运转的人员和公用支出", "…等基本经费"), or whose reason speaks of
    its 基本经费 / 人员经费, while its row of the fund's table (else the 支出决算表) has 项目支出 only — the
    row found by the 项's whole 类/款/项 chain, so that "行政运行（项）" under one 款 is not taken for another's;
    and the other way round: a 项 said to be 项目支出 (专项资金) whose row has 基本支出 only."""
    tables = _table_rows(blocks)
    out = []
    for it in items(blocks):
        if not it.code:
            continue
        kind = FUND_TABLE.get(it.fund, "")
        row = tables.get(kind, {}).get(it.code)
        if row is None:
            kind, row = T3, tables.get(T3, {}).get(it.code)
        if row is None:
            continue
        at = _SPENT.get(kind, 2)
        basic, project = (*row.amounts[at + 1 : at + 3], None, None)[:2]
        if basic is None or project is None or bool(basic.value) == bool(project.value):
            continue
        only_project = bool(project.value)
        words, other = (_BASIC_WORDS, "项目") if only_project else (_PROJECT_WORDS, "基本")
        said = []  # (the words, the sentence they are in)
        # a purpose naming 基本支出 itself (「…等基本支出」) is rules/basic_items' 错误 with its 应为
        named = only_project and "基本支出" in it.purpose
        if (m := words.search(it.purpose)) and other not in it.purpose and not named:
            said.append((m.group(0), _sentence_of(blocks[it.block].text, it.purpose), it.block))
        for bi, s in it.sentences:
            reason = re.search(r"原因[^。]*", s.text)
            if reason and (m := (_REASON_WORDS if only_project else _PROJECT_WORDS).search(reason.group(0))):
                said.append((m.group(0), s.text, bi))
        for found, quote, bi in said:
            # 「信息化建设专项资金」 names a fund, not a kind: only a kind's own words, or any after 等 / in a reason
            right = _KIND_WORDS.get(found, "") if (found not in _FUND_WORDS or f"等{found}" in quote
                                                   or "原因" in quote) else ""
            fix = f"“{found}”应为“{right}”" if right else f"应写{'项目' if only_project else '基本'}支出的用途，请核对"
            code = "R-BASIC-PROJECT" if only_project else "R-PROJECT-BASIC"
            has = f"项目支出{amt(project)}、没有基本支出" if only_project else f"基本支出{amt(basic)}、没有项目支出"
            out.append(replace(finding(
                CODES[code].level, code, f"“{it.name}”在表中只有{has}，正文却说“{found}”：{fix}。",
                bi, blocks[bi], quote, expected=right,
            ), figure=found if right else ""))
    return out


# the words that name a kind of spending, as the other kind (the row's) is said in their place: 「专项经费」 of a row
# with 基本支出 only is 「基本经费」; words that name no kind as such (人员经费, 日常运转) have none
_KIND_WORDS = {
    "项目支出": "基本支出", "项目经费": "基本经费", "专项经费": "基本经费", "专项资金": "基本经费",
    "专项支出": "基本支出",
    "基本支出": "项目支出", "基本经费": "项目经费",
}
_FUND_WORDS = ("专项经费", "专项资金")


_REASON_WORDS = re.compile(r"基本支出|基本经费|人员经费|公用经费")


def _sentence_of(text: str, part: str) -> str:
    pos = text.find(part)
    if pos < 0:
        return text
    start = text.rfind("。", 0, pos) + 1
    end = text.find("。", pos)
    return text[start : end + 1 if end >= 0 else len(text)]


# --- names against codes ----------------------------------------------------------------------

def _close(name: str, candidates: dict[str, str]) -> str:
    """The code of the one candidate name close to ``name`` (a slip, not another 科目)."""
    best = difflib.get_close_matches(plain(name), list(candidates.values()), n=2, cutoff=0.6)
    if len(best) != 1:
        return ""
    codes = [c for c, n in candidates.items() if n == best[0]]
    return codes[0] if len(codes) == 1 else ""


def _slip(it, names: dict[str, str], tabled: dict[str, str], tables: dict[str, dict[str, Row]]) -> tuple[str, bool]:
    """The code of the unit's tables an unresolved item is, read by two of its three names (the third
    the slip) and, where two or more rows could be it, by its 决算 (the row with that amount; True then)."""
    said = {3: it.lei, 5: it.kuan, 7: it.xiang}
    levels = (3, 5, 7) if it.lei else (5, 7)
    found = set()
    for wrong in levels:
        keep = [n for n in levels if n != wrong]
        found |= {c for c in tabled if len(c) == 7 and all(names_code(names, c[:n], said[n]) for n in keep)}
    by_final = len(found) > 1 and it.final is not None
    if by_final:
        kind = FUND_TABLE.get(it.fund, "")

        def spent(c: str) -> Figure | None:
            row = tables.get(kind, {}).get(c) or tables.get(T3, {}).get(c)
            return _spent(kind if c in tables.get(kind, {}) else T3, row) if row else None

        found = {c for c in found if (x := spent(c)) is not None and meets(iv(x), iv(it.final.figure))}
    return (next(iter(found)), by_final) if len(found) == 1 else ("", False)


def rule_item_names(blocks: list[Block]) -> list[ReviewFinding]:
    """ "X（类）Y（款）Z（项）" whose names the tables do not give under each other: a 类, 款 or 项 name
    that is another's. A name is questioned only by the rows of the unit's own tables (every 款 and 项
    it spends on is there; the catalog knows only some): the row the other two names (and its 决算) make
    it, else the row whose name the slip is close to."""
    year = report_year(blocks)
    if year is not None and year < 2019:
        return []  # the catalog's names are those of the 2019 onwards 政府收支分类科目
    names = code_names(blocks)
    tables = _table_rows(blocks)
    tabled = {c: names.get(c, r.name) for rows in tables.values() for c, r in rows.items()}
    if not any(len(c) == 7 for c in tabled):
        return []  # no 项 rows read: nothing to name them by
    out = []
    for it in items(blocks):
        if it.code:
            continue
        said, right, where = "", "", ""
        code, by_final = _slip(it, names, tabled, tables)
        if code:
            chain = ((it.lei, 3), (it.kuan, 5), (it.xiang, 7))
            wrong = [(w, n) for w, n in chain if w and not names_code(names, code[:n], w)]
            if len(wrong) == 1:
                w, n = wrong[0]
                level = {3: "类", 5: "款", 7: "项"}[n]
                said, right, where = f"{w}（{level}）", f"{names[code[:n]]}（{level}）", code
        if not said:
            said, right, where = _close_slip(it, names, tabled)
        if not said:
            continue
        b = blocks[it.block]
        # a row of a small table in the text: the row (its label is the name)
        quote, why = it.sentences[0][1].text if it.row else _sentence_of(b.text, it.xiang), ""
        if by_final and where == code and it.final is not None and it.final.block == it.block:
            # the row told by the 决算: the quote runs from the name to it, the why says so
            quote = _from_name(blocks, it, it.final.block, it.final.sentence, quote)
            why = f"表中{code}的决算与本项支出决算{it.final.figure.raw}相同"
        out.append(replace(finding(
            CODES["R-CODE-NAME"].level, "R-CODE-NAME",
            f"“{said}”与公开表的科目不符：{_where_named(where, right, names)}。",
            it.block, b, quote, expected=right, why=why,
        ), figure=said))
    return out


def _where_named(code: str, right: str, names: dict[str, str]) -> str:
    """Where the table puts the name: 「学前教育（2050201）在表中属于20502普通教育（款）」 for a 款 named wrong
    above a 项 code, 「表中2050201为“学前教育（项）”」 for the code's own name."""
    level = {"类": 3, "款": 5, "项": 7}.get(right[-2:-1], len(code))
    if level < len(code) and code in names:
        return f"{names[code]}（{code}）在表中属于{code[:level]}{right}"
    return f"表中{code}为“{right}”"


def _close_slip(it, names: dict[str, str], tabled: dict[str, str]) -> tuple[str, str, str]:
    """(said, right, code) of a 款 or 项 name close to one row of the unit's tables under the others."""
    leis = [c for c in names if len(c) == 3 and names_code(names, c, it.lei)] if it.lei else []
    kuan = [c for c, n in names.items() if len(c) == 5 and n == plain(it.kuan) and (not leis or c[:3] in leis)]
    if not kuan and leis:
        kuans = {c: n for c, n in tabled.items() if len(c) == 5 and c[:3] in leis}
        if code := _close(it.kuan, kuans):
            return f"{it.kuan}（款）", f"{tabled[code]}（款）", code
    elif len(kuan) == 1:
        xiangs = {c: n for c, n in tabled.items() if len(c) == 7 and c[:5] == kuan[0]}
        if xiangs and (code := _close(it.xiang, xiangs)):
            return f"{it.xiang}（项）", f"{tabled[code]}（项）", code
    return "", "", ""


# --- 类 amounts of the structure paragraph ------------------------------------------------------

_T4_COLUMN = {"一般公共预算": 1, "政府性基金": 2, "国有资本经营": 3}  # 公开04's 支出 columns after 合计


def rule_class_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """ "文化旅游体育与传媒支出（类）X万元，占Y%" in the 一般公共预算 section against that 类's row of
    公开05 (政府性基金: 公开08); the all-funds figure of 公开02/03 there is the wrong table's. Where that
    table does not add up (or is not there), against the fund's column of 公开04."""
    tables = _table_rows(blocks)
    t4 = t4_classes(blocks)
    out = []
    for bi, sent, code, f, sec in class_amounts(blocks):
        kind = FUND_TABLE.get(sec.fund, "")
        row = tables.get(kind, {}).get(code)
        if "上年" in sent[: sent.find(f.raw)]:
            continue
        if row is not None:
            cell, name, source = _spent(kind, row), row.name, kind
        elif code in t4 and sec.fund in _T4_COLUMN:
            cell, name, source = t4[code][_T4_COLUMN[sec.fund]], code_names(blocks).get(code, code), T4
        else:
            continue
        if cell is None or meets(iv(cell), iv(f)):
            continue
        why = (f"{source}中{code} {name}为{cell.raw or '0'}" if row
               else f"{source}中{name}的{sec.fund}财政拨款为{cell.raw or '0'}")
        every = [r for k in (T3,) if (r := tables.get(k, {}).get(code))]
        if any((x := r.amounts[0]) is not None and meets(iv(x), iv(f)) for r in every):
            why += f"；正文的{f.raw}是含全部资金的支出决算表的数"
        out.append(finding(
            CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
            f"“{name}（类）”正文为{f.raw}，与{source}不符：应为{show(cell.yuan(), f)}。",
            bi, blocks[bi], sent, f, show(cell.yuan(), f), why,
        ))
    return out


# --- the “三公” figures against the 三公 table ----------------------------------------------------

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


def rule_sangong_table(blocks: list[Block]) -> list[ReviewFinding]:
    """The “三公” section's 预算 and 决算 of each item (合计, 因公出国（境）费, 公务用车 and its 购置 and
    运行维护, 公务接待费) against the 三公 table."""
    table = _t7(blocks)
    if table is None:
        return []
    secs = sections(blocks)
    out = []
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
                out += _against_t7(table, item, kind, g.f, bi, b, s.text)
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
        f"{name}{kind}正文为{f.raw}，与{T7}不符：应为{show(cell.yuan(), f)}。",
        bi, b, quote, f, show(cell.yuan(), f), f"{T7}中{name}{kind}为{in_table}",
    )]



# --- an item's 决算 against its 预算, and its 完成率, where they are not in one paragraph -------------

def rule_item_budget_words(blocks: list[Block]) -> list[ReviewFinding]:
    """ "决算数大于（小于）预算数" / "与预算数持平" of a 项 against its own 年初预算 and 决算, where the
    three are not in one paragraph (a page break, a table between; in one paragraph
    disclosure.rule_budget_words reads them) or its sentence holds other 项's figures too (every 项 of 五(三) in
    one paragraph, a clause each joined by 「；」: no one 预算 and 决算 for that rule, the clause's are the 项's)."""
    from .disclosure import _VERSUS, budget_word, pairs_at

    out = []
    for it in items(blocks):
        if it.budget is None or it.final is None:
            continue
        bud, fin = it.budget.figure, it.final.figure
        for bi, s in it.sentences:
            text = blocks[bi].text
            at = text.find(s.text.strip().removesuffix("。"), it.start if bi == it.block else 0)
            for m in _VERSUS.finditer(s.text):
                if bi == it.budget.block == it.final.block and (it.row or at < 0 or pairs_at(text, at + m.start())):
                    continue  # in one paragraph (a row of a small table too): disclosure.rule_budget_words, grid_rows
                quote = _from_name(blocks, it, bi, s.text) if bi == it.block else s.text
                found = budget_word(m.group("word") or "持平", fin, bud, it.name, bi, blocks[bi], quote, m.group(0))
                if found is not None:
                    out.append(found)
    return out


def _rate(fin: Figure, budget: Figure) -> tuple:
    from ..base import iv_ratio

    return iv_ratio(iv(fin), iv(budget)) or (Decimal(-1), Decimal(-1))


def rule_item_rate_zero(blocks: list[Block]) -> list[ReviewFinding]:
    """ "年初预算为0万元。…完成年初预算的X%" of one 项 in two sentences (in one sentence
    disclosure.rule_rate_of_zero reads it): no rate of a zero budget; the 全年预算's where it is stated."""
    from .disclosure import _phrase, _reachable, zero_rate

    out = []
    for it in items(blocks):
        if it.rate is None or it.budget is None or it.final is None or it.budget.figure.value:
            continue
        if it.rate.sentence == it.budget.sentence:
            continue  # in one sentence (a row of a small table too): disclosure.rule_rate_of_zero, grid_rows
        rate, fin = it.rate.figure, it.final.figure
        before = it.rate.sentence[: it.rate.sentence.find(rate.raw)]
        if re.search(r"(?:全年|调整(?:后)?)预算(?:数)?的$", before) or _reachable(fin, it.budget.figure, rate):
            continue
        if it.full is not None and "年初" not in before[-8:] and meets(iv(rate), _rate(fin, it.full.figure)):
            continue  # "完成预算的X%": the 全年预算's, rightly
        at = it.rate.sentence.find(rate.raw)
        message, expected = zero_rate(it.rate.sentence, replace(rate, start=at), it.budget.figure)
        why = ""
        if it.full is not None and it.full.figure.value:
            from .rates import on_full_budget

            message, expected, why = on_full_budget(message.split("，")[0],
                                                    _phrase(it.rate.sentence, replace(rate, start=at)), rate, fin,
                                                    it.full.figure, it.full.sentence)
        out.append(finding(
            CODES["R-RATE-ZERO"].level, "R-RATE-ZERO", f"“{it.name}”{message}",
            it.rate.block, blocks[it.rate.block], it.rate.sentence, rate, expected,
            why, nature=SLIP if not (rate.value or fin.value) else "",
        ))
    return out


# --- a 完成率 in a sentence of its own, after the 其中 list of its total ----------------------------

def rule_rate_after_list(blocks: list[Block]) -> list[ReviewFinding]:
    """ "年初预算为A万元，支出决算为B万元，其中：…；公务接待费支出决算为C万元。完成预算的X%。": a rate with no
    amount in its own sentence is the total's of the sentence before (its 预算 and the 决算 before its
    其中 list) — unless it is the rate of an item of that list with both amounts."""
    from ...core.fmt import number
    from ..base import iv_ratio, point
    from .disclosure import _pair

    out = []
    for bi, b, sents in sentence_lists(blocks):
        for k in range(1, len(sents)):
            s, prev = sents[k], sents[k - 1]
            rates = [g for g in s.figs if g.role == "rate" and not g.paren]
            if len(rates) != 1 or any(g.f.is_money for g in s.figs) or not re.match(r"\s*完成", s.text):
                continue
            pair = _pair(prev.figs, prev.text)
            if pair is None or not pair[0].value:
                continue
            bud, fin = pair
            rate = rates[0].f
            ratio = iv_ratio(iv(fin), iv(bud))
            if ratio is None or meets(ratio, iv(rate)):
                continue
            exact = point(iv(fin), iv(bud))
            out.append(finding(
                CODES["R-RATE"].level, "R-RATE",
                rate_message(rate_term(s.text, rate.start), f"{number(exact)}%", rate.raw),
                bi, b, s.text, rate, f"{number(exact)}%",
                f"{show(fin.yuan(), fin)} ÷ {show(bud.yuan(), bud)} × 100% = {number(exact)}%（前一句的预算与决算）",
            ))
    return out

