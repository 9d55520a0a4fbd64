"""The 情况说明's building blocks: its sections, the figures it claims, and the writer every section
module (text_income, text_spending, text_three_public, text_other) writes into.

The words are the 2024 Shanghai template's (anchors/shanghai-2024-department-final-template.pdf):
"与2023年度相比" (the prior year by number), "主要原因：", one sentence where a part is empty. A part
the data does not give is written "未填报…" and named in a finding with the key to fill (``blank``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..core import reason_keys as rk
from ..core.findings import Finding, Level
from ..core.model import WORKBOOK
from ..core.rounding import slack
from ..narrative import phrases as ph
from ..narrative.outline import HEADING_STYLES, Node, render
from ..narrative.phrases import reason_body
from .books import ZERO, Books
from .tables import PublicTable, Tables

NOT_REPORTED = "未填报"  # never 没有: data not given is not data that is zero


def unreported(lead: str) -> str:
    """A template blank the unit has not filled, kept visible: ``主要原因：未填报。`` (``lead`` is the
    template's words before the blank; ``主要原因是`` reads ``主要原因：``)."""
    return f"{lead.removesuffix('是').removesuffix('：')}：{NOT_REPORTED}。"


def unexplained(lead: str) -> str:
    """A reason the unit has not given, as a sentence that reads the same after a given reason's
    ``主要原因是…`` (the template's words) or ``主要原因：…``: ``…的主要原因未填报。``"""
    return f"{lead.removesuffix('是').removesuffix('：')}{NOT_REPORTED}。"


@dataclass(frozen=True)
class Claim:
    """A figure the text states (万元 as shown) and the table cell it comes from."""

    section: str
    shown: str
    table: str
    match: tuple[str, str]  # (column, value) that finds the row; ("", "") = the first row
    column: str


@dataclass
class Section:
    """One heading of the 情况说明 and its paragraphs. ``heading`` is the title until ``numbered``
    gives it the number its place in the outline computes (一、 （一）)."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    level: int = 1  # 1 = 一、…; 2 = （一）…


def numbered(sections: list[Section]) -> list[str]:
    """Number ``sections`` in place from their levels, by ``narrative.outline``; the new headings."""
    roots: list[tuple[int, list[int]]] = []
    for i, sec in enumerate(sections):
        if sec.level == 1 or not roots:
            roots.append((i, []))
        else:
            roots[-1][1].append(i)
    tree: tuple[Node[None], ...] = tuple(
        Node(sections[i].heading, children=tuple(Node[None](sections[k].heading) for k in kids))
        for i, kids in roots)
    headings = [p.text for p in render(tree, None) if p.style in HEADING_STYLES]
    order = [k for i, kids in roots for k in (i, *kids)]
    for k, heading in zip(order, headings, strict=True):
        sections[k].heading = heading
    return [sec.heading for sec in sections]


@dataclass
class DisclosureText:
    overview: list[Section] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    glossary: list[tuple[str, str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    shares: list[tuple[str, list[str]]] = field(default_factory=list)  # (section, shown percentages)
    findings: list[Finding] = field(default_factory=list)

    def plain(self) -> str:
        """The 情况说明 as plain text (the golden files)."""
        out = []
        for s in self.sections:
            out.append(s.heading)
            out.extend(s.paragraphs)
        return "\n".join(out) + "\n"


Key = str | tuple[str, str]  # a key of the table a finding is about, or (another table, its key)


ARRAYS = ("controlled", "functions", "economics", "disclosure.lines", "disclosure.basic_economics", "disclosure.units")


def table_ref(where: str) -> str:
    """How the data file heads ``where``: ``[[controlled]]`` for an array of tables, ``[disclosure.prior]``."""
    return f"[[{where}]]" if where in ARRAYS else f"[{where}]"


def _file_words(where: str, key: str) -> str:
    """A key of a data file's table to fill, by what it is first and then the key to type: a writer's
    「total（上年收入支出总计）」 as 「上年收入支出总计（total）」, a 公开说明 row by its label
    (「“正在整改的问题个数”（problems_fixing）」); a key that is itself Chinese, or already worded, as it is."""
    from ..sources.layout import field_label

    bare, _, gloss = key.partition("（")
    if gloss and bare.isascii() and bare.isidentifier():
        return f"{gloss.removesuffix('）')}（{bare}）"
    label = field_label(where, key)
    return key if label.strip("“”") in (key, bare) else f"{label}（{bare}）"


def key_path(where: str, key: str) -> tuple[str, ...] | None:
    """The key path of ``key`` (its gloss 「（…）」 dropped) in the data-file table ``where`` when it
    names one value there (a 公开说明 row, a 三公 quantity); ``None`` for a description of several."""
    from ..core.catalog import QUANTITY_KEYS
    from ..sources.layout import PUBLIC_FIELDS

    bare = key.split("（", 1)[0].strip()
    head, _, table = where.partition(".")
    if (head == "disclosure" and (table, bare) in PUBLIC_FIELDS) or (where == "quantities" and bare in QUANTITY_KEYS):
        return (*where.split("."), bare)
    return None


def direction(current: Decimal, base: Decimal | None) -> int:
    """+1 up, -1 down, 0 level or no base."""
    if base is None or current == base:
        return 0
    return 1 if current > base else -1


class Writer:
    """The 情况说明 being written: the unit's books and tables, the sections so far, the claims."""

    def __init__(self, b: Books, t: Tables):
        self.b, self.t = b, t
        self.name = b.data.unit.name
        self.year = b.data.unit.year
        self.who = f"{self.name}{self.year}年度"
        self.base = f"{self.year - 1}年度"  # the template: 与2023年度相比, never 与上年相比
        self.kind = "部门" if b.d.department else "单位"
        self.out = DisclosureText()
        self.section = ""
        self.claim_at: list[int] = []  # the section index of each claim and share list
        self.share_at: list[int] = []

    # -- figures with their source ---------------------------------------------------------------

    def fig(self, table: str, match: tuple[str, str], column: str) -> str:
        """The amount of one table cell as the text shows it (``X万元``), recorded as a claim."""
        value = self.cell(self.t[table], match, column)
        shown = ph.wan_number(value)
        self.claim(Claim(self.section, shown, table, match, column))
        return f"{shown}万元"

    def claim(self, claim: Claim) -> None:
        self.out.claims.append(claim)
        self.claim_at.append(len(self.out.sections) - 1)

    @staticmethod
    def cell(table: PublicTable, match: tuple[str, str], column: str) -> Decimal:
        row = table.rows[0] if not match[0] and table.rows else table.find(*match)
        return row.amount(column) if row is not None else ZERO

    def shares(self, parts: list[tuple[str, Decimal]], whole: Decimal, of: str) -> list[str]:
        """``<label>，占X%`` for each part of ``whole`` (called ``of``), each share rounded on its own
        (as published texts: never forced to add to 100.00%, no note). Parts that are not the whole —
        their sum differs from it by more than their rounding — are a D-SHARES 错误 naming the gap."""
        shown = []
        out = []
        for label, amount in parts:
            sh = ph.share_of(amount, whole) or "0.00%"
            shown.append(sh)
            out.append(f"{label}，占{sh}")
        gap = whole - sum((a for _, a in parts), ZERO)
        if abs(gap) > slack(self.b.tolerance, len(parts)):  # each part and the whole rounded
            self.out.findings.append(Finding(
                Level.ERROR, "D-SHARES",
                f"情况说明“{self.section}”所列各项合计{ph.wan(whole - gap)}，与{of}{ph.wan(whole)}相差"
                f"{ph.wan(abs(gap))}：有未列出的部分，所列占比合计不是100%。"
                f"请检查{'工作簿' if self.b.data.origin == WORKBOOK else '数据文件'}中相应的决算数。",
                ("情况说明", self.section)))
        elif len(parts) > 1:
            self.out.shares.append((self.section, [s.rstrip("%") for s in shown]))
            self.share_at.append(len(self.out.sections) - 1)
        return out

    # -- reasons ---------------------------------------------------------------------------------

    def reason(self, comparison: str, *keys: str) -> str:
        """The first reason given under ``keys`` (the keys name the sentence's own subject)."""
        for key in keys:
            text = self._given(comparison, key)
            if text:
                return reason_body(text)
        return ""

    def _given(self, comparison: str, key: str) -> str | None:
        """A reason typed under ``key`` or any spelling the one registry (``core.reason_keys``),
        which ``analyze`` reads too, accepts for it."""
        return self.b.figures.reason(comparison, rk.canonical(key)) or self.b.data.reason(comparison, key)

    def reasons_along(self, comparison: str, keys: list[tuple[str, int]], way: int) -> str:
        """The reasons of ``keys`` (key, the direction of that key's own change) that move the same
        way as the sentence (``way``): a reason for a fall never explains a rise."""
        texts: list[str] = []
        for key, moved in keys:
            text = self._given(comparison, key)
            if text and moved == way and reason_body(text) not in texts:
                texts.append(reason_body(text))
        return "".join(texts)

    def explain(self, comparison: str, what: str, keys: tuple[str, ...], lead: str = "主要原因：") -> str:
        """``主要原因：…`` from the first of ``keys`` given; without one, ``主要原因未填报。`` and a
        finding naming the key."""
        r = self.reason(comparison, *keys)
        if r:
            return f"{lead}{r}"
        self.missing_reason(what, comparison, keys[0])
        return unexplained(lead)

    def missing_reason(self, what: str, comparison: str, key: str) -> None:
        typed = rk.to_type_as(key)
        self.out.findings.append(Finding(
            Level.WARNING, "D-REASON-MISSING",
            f"情况说明：{what}需要说明原因。{rk.ask(comparison, key)}"
            + ("。" if self.b.data.origin == WORKBOOK  # the sheet's words only: the data file is not theirs
               else f"（数据文件 [reasons.{comparison}] \"{typed}\" = \"…\"）。"), ("reasons", comparison, key)))

    def field(self, where: str, column: str, gloss: str = "", spaced: bool = False) -> str:
        """A key of ``where`` to fill, in the words of the unit's source (``books.field_words``)."""
        from .books import field_words

        return field_words(self.b.data, where, column, gloss, spaced)

    def row_label(self, where: str, key: str) -> str:
        """An item as the row label of its input sheet reads (因公出国（境）费), for a unit from a workbook;
        the data file's key otherwise (因公出国(境)费)."""
        from ..core.catalog import display_name

        return display_name(key) if self.on_sheet(where) else key

    def on_sheet(self, where: str) -> bool:
        """Whether the unit came from a workbook with an input sheet for ``where`` (its columns by head)."""
        from .books import column_head

        return column_head(self.b.data, where, "code" if where.startswith("disclosure.") else "final") is not None

    # -- blanks ----------------------------------------------------------------------------------

    def blank(self, what: str, where: str, keys: tuple[Key, ...], *, partly: bool = False,
              at: tuple[str | int, ...] = (), shown: str = "") -> None:
        """A part of the text the data does not give: 警告 when it is written 未填报 (the whole part, or
        ``shown``: the 未填报 words printed in it, 「主要用于：未填报」 — they would be published), 提示 when
        only some of its figures are missing; either names the keys to fill — a key of ``where``, or
        (another table, its key) — in the words of the unit's source (a sheet's row labels, or the data
        file's keys), and points at the cell of the first (``at``: a key path, where it is not one key)."""
        from ..sources.layout import field_label
        from .books import workbook_place

        what = what.replace("“", "‘").replace("”", "’")  # quoted inside “…”
        pairs = [(where, k) if isinstance(k, str) else k for k in keys]
        at_sheet, how = workbook_place(self.b.data, where) or ("", "")
        sheet = bool(at_sheet) and not how
        tables = list(dict.fromkeys(t for t, _ in pairs))
        if sheet:  # a sheet's own labels, in one list
            listed = "、".join(field_label(t, k) for t, k in pairs)
            fill = f"{at_sheet}中填写：{listed}"
        else:  # the data file's keys, table by table, each by what it is (a 公开说明 row's label)
            fill = "；".join(f"{'数据文件 ' if not i else ''}{table_ref(t)} 中填写："
                             + "、".join(_file_words(u, k) for u, k in pairs if u == t) for i, t in enumerate(tables))
        path = at or key_path(*pairs[0]) or (*where.split("."),)
        if partly and not shown:
            self.out.findings.append(Finding(
                Level.INFO, "D-TEXT-INCOMPLETE",
                f"情况说明“{what}”缺少部分内容，已按所填写的内容撰写。如需按模板写全，请在{fill}。{how}", path))
        else:
            source = "工作簿中" if how else "输入表中" if at_sheet else "数据文件中"
            said = f"“{what}”中写了“{shown}”" if shown else f"写了“{NOT_REPORTED}{what}”"
            self.out.findings.append(Finding(
                Level.WARNING, "D-TEXT-BLANK",
                f"情况说明{said}：{source}没有这部分内容。"
                f"请在{fill}{'' if shown else '（确实没有的填0）'}。{how}", path))

    def line_at(self, codes: list[str], column: str) -> tuple[str | int, ...]:
        """The cell of ``column`` on the first of ``codes`` typed as a [[disclosure.lines]] line;
        without one, the table (its first free row: where the line is typed)."""
        typed = {x.code: x.index for x in self.b.d.lines}
        return next((("disclosure", "lines", typed[x], column) for x in codes if x in typed), ("disclosure", "lines"))

    # -- wording ---------------------------------------------------------------------------------

    def change(self, current: Decimal, prior: Decimal | None, subject: str = "") -> str:
        """``与2023年度相比，X增加…`` / ``X与2023年度持平``; "" without a prior."""
        text = ph.change_wan(current, prior, subject=subject, base=self.base)
        if text == f"与{self.base}持平" and subject:
            return f"{subject}与{self.base}持平"
        return text

    def add(self, heading: str, *paragraphs: str, level: int = 1) -> None:
        self.section = heading
        self.out.sections.append(Section(heading, [p for p in paragraphs if p], level))

    def para(self, text: str) -> None:
        if text:
            self.out.sections[-1].paragraphs.append(text)
