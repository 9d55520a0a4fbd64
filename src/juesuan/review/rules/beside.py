"""The text against a table printed beside it with its items as rows and 预算数 | 决算数 columns (a 三公
table set above its 说明, often printed one cell a line): the same item's 决算 in text and table, and what
the text says of it against its 预算 ("与2021年度预算相比，减少0.1万元，下降0.006%"; "…无变化") by the
table's two figures."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...core.codes import CODES
from ..base import ReviewFinding, amt, finding, iv, iv_neg, iv_ratio, iv_sum, meets, point, show
from ..blocks import Block, table_unit
from ..figures import Figure, find_figures
from ..grid import PUBLIC_TABLES
from ..sentences import head_of, report_year, sentence_lists
from ..subjects import cell_amount, plain
from .text_table import table_kind

_ORDINAL = re.compile(r"^(?:其中[:：]?|[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)+")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_CMP = re.compile(r"(?:与|比|较)\s*(?:(?:19|20)\d\d年度?)?(?P<kind>年初|全年|调整)?预算(?:数)?(?:相比|比较)?")
_FLAT = re.compile(r"^[,，]?\s*(?:无变化|无增减|持平|没有变化|基本持平)")
_MOVE = re.compile(r"^[,，]?\s*(增加|减少|节约|超支|增长|下降)(?:了)?\s*")
_RATE = re.compile(r"(增长|下降|减少|增加|节约|超支)(?:了)?\s*(?=[\d.]+\s*%)")
_UP = ("增加", "超支", "增长")
# the 公开 tables the 情况说明's sections describe (rule_text_tables reads them by section; a total's name
# there means that table's scope only); the 三公 table's items mean one thing wherever they are named
_SECTION_TABLES = tuple(t for t in PUBLIC_TABLES if "三公" not in t)


@dataclass(frozen=True)
class Line:
    """An item's row of a table beside the text: its name, 预算数 and 决算数 (a blank cell is 0)."""

    name: str
    budget: Figure
    final: Figure
    block: int
    kind: str = ""  # the 预算 column's kind: 年初, 调整 (全年), "" for a plain 预算数
    funds: frozenset[str] = frozenset()  # the funds its title names (财政拨款, 一般公共预算…): else all money


# the money a figure may be limited to; a sentence on one fund is not about a table of all money
_FUNDS = re.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营")


def _funds(words: str) -> frozenset[str]:
    return frozenset(_FUNDS.findall(plain(words)))


def _kind(words: str) -> str:
    """年初 or 调整 for a budget named so (全年预算 is the 调整预算), else ""."""
    return "年初" if "年初" in words else "调整" if re.search(r"调整|全年", words) else ""


def _agrees(said: str, column: str) -> bool:
    """Whether the budget a text names can be the table's column: any, where the column says 预算数 only;
    else the same kind (a text's plain 预算 beside a 调整预算 column may mean the 年初 one)."""
    return not column or said == column


def _header(b: Block) -> tuple[int, int, int, str] | None:
    """(header row, 预算数 column, 决算数 column) of a table headed 预算数 | 决算数."""
    for r, row in enumerate(b.rows[:3]):
        cells = [plain(x) for x in row]
        budget = next((c for c, x in enumerate(cells) if "预算" in x and "决算" not in x), None)
        final = next((c for c, x in enumerate(cells) if "决算" in x and "预算" not in x), None)
        if budget is not None and final is not None and budget > 0 and final > 0:
            return r, budget, final, _kind(cells[budget])
    return None


def lines(blocks: list[Block]) -> dict[str, Line]:
    """Item name → its line, over the tables headed 预算数 | 决算数 with items as rows (a name in two tables:
    neither)."""
    out: dict[str, Line] = {}
    twice: set[str] = set()
    for bi, b in enumerate(blocks):
        if not b.is_table or table_kind(b) in _SECTION_TABLES or (head := _header(b)) is None:
            continue
        r0, cb, cf, kind = head
        unit, funds = table_unit(b), _funds(f"{b.title} {b.caption}")
        for row in b.rows[r0 + 1 :]:
            name = _ORDINAL.sub("", plain(row[0])) if row else ""
            if len(name) < 3 or re.search(r"\d|合计|总计", name) or max(cb, cf) >= len(row):
                continue
            budget, final = cell_amount(row[cb], unit), cell_amount(row[cf], unit)
            if budget is None or final is None or not (budget.raw or final.raw):
                continue
            if name in out:
                twice.add(name)
            out[name] = Line(name, budget, final, bi, kind, funds)
    return {k: v for k, v in out.items() if k not in twice}


def _mentions(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each item name in a sentence, longest first where two overlap."""
    found: list[tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), name))
    return sorted(found)


def rule_text_beside_table(blocks: list[Block]) -> list[ReviewFinding]:
    """Each sentence naming an item of a 预算数 | 决算数 table beside the text: its 决算 amount right after the
    name against the table's, and a comparison with the 预算 (amount, rate, 无变化) against the two cells."""
    table = lines(blocks)
    if not table:
        return []
    year = report_year(blocks)
    out: list[ReviewFinding] = []
    for bi, b, sents in sentence_lists(blocks):
        for k, s in enumerate(sents):
            text = plain(s.text)
            head = plain(head_of(s.text, sents, k))  # the sentence a "其中" list hangs from
            if not head and re.match(r"^\W*其中", text):
                continue  # parts of what another paragraph said: not known which figures
            spots = _mentions(text, list(table))
            for n, (start, end, name) in enumerate(spots):
                stop = spots[n + 1][0] if n + 1 < len(spots) else len(text)
                clause = re.split(r"[；;。]", text[end:stop])[0]
                if not _funds(head + text[:start]) <= table[name].funds:
                    continue  # a figure of one fund (财政拨款支出 …) against a table of another or of all money
                scope = (head + text[:start]).replace("一般公共预算", "")
                years = _YEAR.findall(scope)
                if re.search(r"上年|同期|增加|减少|增长|下降", scope) or (years and year and int(years[-1]) != year):
                    continue  # last year's figure, another year's, or a change's part
                # what the figures are: the last 预算/决算 word, not one of a comparison or a remark in brackets
                bare = re.sub(r"[（(][^）)]*[）)]|(?:比|与|较|完成|未安排)[^，,；;。]*?预算", "", scope)
                kinds = re.findall(r"(?:年初|全年|调整)?预算|决算", bare)
                said = kinds[-1] if kinds and kinds[-1] != "决算" else None
                if said is not None and not _agrees(_kind(said), table[name].kind):
                    continue  # another budget than the table's column
                out.extend(_item(bi, b, s.text, table[name], clause, said is not None))
    return out


def _item(bi: int, b: Block, sentence: str, line: Line, clause: str, budget: bool) -> list[ReviewFinding]:
    said = re.match(r"(?:支出)?(?:决算)?(?:数)?(?:为|是|共)?\s*", clause)
    figs = find_figures(clause)
    first = figs[0] if figs else None
    if first is None or said is None or first.start != said.end() or not first.is_money:
        return []
    if re.search(r"上年|同期|(?:19|20)\d\d年", clause[: first.start]):
        return []  # last year's figure, or another year's
    out = []
    level = CODES["R-TEXT-TABLE"].level
    why = f"表中“{line.name}”预算数{_shown(line.budget)}，决算数{_shown(line.final)}"
    cell, column = (line.budget, "预算数") if budget else (line.final, "决算数")
    if not meets(iv(first), iv(cell)):
        out.append(finding(level, "R-TEXT-TABLE", f"“{line.name}”正文为{first.raw}，与表中{column}不符："
                           f"应为{show(cell.yuan(), first)}。", bi, b, sentence, first,
                           show(cell.yuan(), first), why))
        return out  # the comparisons below rest on the 决算: one finding
    if budget:
        return out
    cmp = _CMP.search(clause, first.end)
    if cmp is None or not _agrees(_kind(cmp.group("kind") or ""), line.kind):
        return out
    rest = clause[cmp.end() :]
    diff = iv_sum([iv(line.final), iv_neg(iv(line.budget))])
    exact = line.final.yuan() - line.budget.yuan()
    word = "增加" if exact > 0 else "减少"
    gap = Figure(abs(exact) / (10000 if first.unit == "万元" else 1), first.unit, "", 0, 0, 2)
    if (flat := _FLAT.match(rest)) and not meets(diff, (0, 0)):
        phrase = clause[cmp.start() : cmp.end() + flat.end()].lstrip("，,")
        out.append(finding(level, "R-TEXT-TABLE", f"“{line.name}”与预算相比并非“{flat.group(0).strip('，, ')}”："
                           f"表中决算比预算{word}{amt(gap)}。", bi, b, sentence, None,
                           f"与预算相比{word}{amt(gap)}", why))
        out[-1] = _with_figure(out[-1], phrase)
        return out
    move = _MOVE.match(rest)
    if move and (figs := find_figures(rest[move.end() :])) and figs[0].start == 0 and figs[0].is_money:
        stated = figs[0]
        sign = 1 if move.group(1) in _UP else -1
        if not meets(iv(stated), _abs(diff)) or (exact and (sign > 0) != (exact > 0)):
            out.append(finding(level, "R-TEXT-TABLE", f"“{line.name}”与预算的差额与表中不符：应为{word}"
                               f"{show(abs(exact), stated)}。", bi, b, sentence, stated,
                               show(abs(exact), stated), why + f"：{_shown(line.final)} − {_shown(line.budget)}"))
    rate = _RATE.search(rest)
    pct = find_figures(rest[rate.end() :]) if rate else []
    if rate and pct and pct[0].is_percent and pct[0].start == 0 and line.budget.value:
        ratio = iv_ratio(_abs(diff), iv(line.budget))
        if ratio is not None and not meets(ratio, iv(pct[0])):
            shown = show(point((abs(exact), abs(exact)), iv(line.budget)), pct[0])
            out.append(finding(level, "R-TEXT-TABLE", f"“{line.name}”与预算相比的增减幅度与表中不符：应为{shown}。",
                               bi, b, sentence, pct[0], shown,
                               why + f"：|{_shown(line.final)} − {_shown(line.budget)}| ÷ {_shown(line.budget)}"))
    return out


def _abs(i: tuple) -> tuple:
    """The range of |x| for x in ``i``."""
    if i[0] >= 0:
        return i
    return (-i[1], -i[0]) if i[1] <= 0 else (type(i[0])(0), max(-i[0], i[1]))


def _shown(f: Figure) -> str:
    return f.raw or "0"


def _with_figure(f: ReviewFinding, words: str) -> ReviewFinding:
    from dataclasses import replace

    return replace(f, figure=words)
