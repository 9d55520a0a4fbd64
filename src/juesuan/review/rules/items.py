"""Rules on the document model (review/subjects.py): each 项 the text describes against its row in
the table of its fund, its names against the codes the tables give, the 类 amounts of a structure
paragraph against their rows (the “三公” figures against the 三公 table: sangong_table.py)."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, amt, finding, iv, meets, show
from ..blocks import Block
from ..figures import Figure
from ..levels import SLIP
from ..places import numbered
from ..sentences import report_year, sentence_lists
from ..subjects import (
    FUND_TABLE,
    T3,
    T4,
    T5,
    Row,
    class_amounts,
    code_names,
    coded_rows,
    items,
    memo,
    names_code,
    plain,
    t4_classes,
)
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
            why = f"表中{code}的决算与正文本项支出决算{it.final.figure.raw}相同"  # 正文: as the text writes it
        out.append(replace(finding(
            CODES["R-CODE-NAME"].level, "R-CODE-NAME",
            f"“{said}”与{_table_of(where, it.fund, tables)}的科目不符：{_where_named(where, right, names)}。",
            it.block, b, quote, expected=right, why=why,
        ), figure=said))
    return out


def _table_of(code: str, fund: str, tables: dict) -> str:
    """The 公开 table a code's row is read from, by its number and name (the fund's own table first); 「公开表」
    where none is known."""
    kinds = [k for k in (FUND_TABLE.get(fund, ""), *tables) if k and code in tables.get(k, {})]
    return numbered(kinds[0], "") if kinds else "公开表"


def rule_item_codes(blocks: list[Block]) -> list[ReviewFinding]:
    """ "（2012950）一般行政管理事务：…": a 项 written with a code that names another 项 (the catalog's or the tables'
    name of the code is not the one written beside it) while the unit's tables have one row of that name (under the
    written code's 款 where several): the code is the slip, that row's code what it should be."""
    names = code_names(blocks)
    tables = _table_rows(blocks)
    tabled = {c for rows in tables.values() for c in rows if len(c) == 7}
    out = []
    for it in items(blocks):
        w = it.written
        if not w or names_code(names, w, it.xiang):
            continue
        rows = [c for c in tabled if names_code(names, c, it.xiang)]
        rows = [c for c in rows if c[:5] == w[:5]] if len(rows) > 1 else rows
        if len(rows) != 1:
            continue
        b, right = blocks[it.block], rows[0]
        shown = f"{w}是“{names[w]}”的编码" if w in names else f"{w}不是政府收支分类科目中的编码"
        table = _table_of(right, it.fund, tables)  # the table that row is read from, by number and name (rev60)
        out.append(replace(finding(
            CODES["R-CODE-NAME"].level, "R-CODE-NAME",
            f"“{it.xiang}”的科目编码{w}与{table}不符：{shown}，“{it.xiang}”为{right}。",
            it.block, b, _sentence_of(b.text[it.start:], w), expected=right,
            why=f"{table}中{right} {names.get(right, it.xiang)}",
        ), figure=w))
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

