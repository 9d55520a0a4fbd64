"""Places a person finds again in the document they hold, derived once per finding from the document
model (grid.model gives each paragraph the section heading it stands under, ``Block.section``, and each table its
公开 kind). A PDF's or a text copy's place is its page or line with the section or table after it ("第17页（八、
政府性基金预算财政拨款收入支出决算情况说明）"); a Word file's counted place (「第88段」, 「第4个表格」, which
nobody counts) gives way to what the reader sees: a paragraph's section and the opening words of the sentence
where the figure stands ("二、收入决算情况说明，“其中：财政拨款收入2,495.18…”"), a table's 公开 number and name
("公开04 财政拨款收入支出决算总表"). A table finding names its row and, where its figure is a cell of that row,
the cell's column by its headers ("，“本年支出合计”行，支出“合计”栏"). A finding in a PDF paragraph running over
two pages gives the page where its figure stands; one in a text copy's paragraph joined from its lines, the line
where its sentence starts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from .blocks import _SUPPLEMENT, Block

if TYPE_CHECKING:
    from .base import ReviewFinding

# a section's heading: "六、…情况说明", "第三部分 …"; not a 目录 line ("一、收入支出决算总表……3"), not a sentence
_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")
# a heading run into its first paragraph (a PDF's lines joined): its words up to 情况说明/概况
_RUN_ON = re.compile(r"^\s*[一二三四五六七八九十]+、[^。；;，,\d]{2,30}?(?:情况说明|说明|概况|情况)")
_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_SUB_RUN_ON = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)][^。；;，,\d]{2,30}?(?:情况说明|说明|情况)")
_UNIT_NOTE = re.compile(r"\s*[（(]?\s*(?:金额)?单位[：:]\s*(?:万元|元)\s*[）)]?")


def _heading(text: str) -> bool:
    return bool(_HEADING.match(text)) and len(text) <= 50 and not re.search(r"[。；，]|…|\.{3}|\d+$", text)


def _sub_heading(text: str) -> str:
    """A sub-heading's words ("（三）一般公共预算财政拨款支出决算具体情况"): the line itself, or the words
    run into its first paragraph up to 情况/说明; "" for none."""
    if not _SUB.match(text):
        return ""
    if len(text) <= 50 and not re.search(r"[。；，]|…|\.{3}|\d+$", text):
        return text
    run_on = _SUB_RUN_ON.match(text)
    return run_on.group(0).strip() if run_on else ""


def sections(blocks: list[Block]) -> list[str]:
    """The section heading each block stands under ("" where none is known), a heading under itself;
    under a sub-heading both, as the document numbers them ("五（三）一般公共预算财政拨款支出决算具体
    情况"). A numbered paragraph that is no heading ("二、本年收入100.00万元。…") starts a section of its
    own: the heading run into it (its words up to 情况说明/概况), else an unknown one under its part
    (第X部分): never the section before."""
    part = section = sub = ""
    out = []
    for b in blocks:
        if not b.is_table and _heading(b.text):
            if _PART.match(b.text):
                part, section = b.text, ""
            else:
                section = b.text
            sub = ""
        elif not b.is_table and _HEADING.match(b.text) and not _PART.match(b.text):
            run_on = _RUN_ON.match(b.text)
            section, sub = (run_on.group(0).strip() if run_on else ""), ""
        elif not b.is_table and _SUB.match(b.text):
            sub = _sub_heading(b.text)
        top = section.split("、", 1)[0] if section and not _PART.match(section) else ""
        out.append(f"{top}{sub}" if sub and top else section or part)
    return out


def table_name(b: Block) -> str:
    """A table as the document names it: its 公开 number and kind (「公开05 一般公共预算财政拨款支出决算表」), else its
    caption without the unit; "" where it has neither."""
    if kind := kind_name(b):
        return numbered(kind)
    name = _UNIT_NOTE.sub("", b.caption or b.title).strip()
    return name if 2 <= len(name) <= 40 else ""


def numbered(kind: str, gap: str = " ") -> str:
    """A 公开 table's name with its number (「公开05 一般公共预算财政拨款支出决算表」); ``kind`` as it is for
    another."""
    from .grid import PUBLIC_TABLES

    return f"公开{PUBLIC_TABLES.index(kind) + 1:02d}{gap}{kind}" if kind in PUBLIC_TABLES else kind


def kind_name(b: Block) -> str:
    """Which of the nine 公开 tables ``b`` is, by its official name; "" for another table."""
    from .grid import kind_of

    return b.kind or kind_of(b)


# what in a block's place a reader finds again: a page of a PDF, a line of a text copy (not 「第116段」 of a
# Word file, which nobody counts)
_FINDABLE = re.compile(r"^第\d+(?:页|行)")
_PAGE = re.compile(r"^第\d+页")


def named(b: Block, place: str = "") -> str:
    """A block as another finding's message names it: its section (「八、政府性基金预算财政拨款收入支出决算情况
    说明」) or a table's name, with the page (or a text copy's line) where there is one — never a paragraph's
    number; the block's place (``place``: the finding's, else the block's) where neither is known."""
    place = place or b.place
    page = m.group(0) if (m := _FINDABLE.match(place)) else ""
    name = (kind_name(b) or table_name(b)) if b.is_table else (b.section if b.section != b.text else "")
    if not name:
        return place
    return f"{name}（{page}）" if page else name


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def row_labels(f: ReviewFinding) -> list[str]:
    """What names a table finding's row: the place's 「“X”行」, the quote's first word (a code: "2080505 …"),
    its words before "：" ("合计：471.44、…") and after it ("…决算表：合计 1,367.75")."""
    out = [m.group(1)] if (m := re.search(r"“([^”]+)”行(?:，[^，]*栏)?$", f.place)) else []
    quote = f.quote.strip()
    if quote:
        out.append(quote.split()[0].split("：")[0])
        head, _, tail = quote.partition("：")
        out += [head, tail.split()[0] if tail.split() else ""]
    return [_bare(x) for x in dict.fromkeys(out) if _bare(x)]


def _code(cells: list[str] | tuple[str, ...]) -> str:
    """A row's 科目编码: a cell of digits, or the leading 类 | 款 | 项 cells joined ("208" "05" "05")."""
    digits = ""
    for text in cells:
        if not re.fullmatch(r"\d{2,7}", text):
            break
        digits += text
    return digits


def row_of(rows: list[list[str]] | list[tuple[str, ...]], f: ReviewFinding) -> tuple[int, int] | None:
    """(row, column of its label) of the row a table finding names among ``rows`` (cell texts): by its code or
    a cell reading as its label, the one holding the finding's figure first (not a header's "合计" column); a
    row left out of the table: the row of the code before it, where it belongs. None when none is named."""
    rows = [[_bare(x) for x in r] for r in rows]
    figure = _bare(f.figure)
    for label in row_labels(f):
        named = [(i, c) for i, cells in enumerate(rows) for c, x in enumerate(cells)
                 if x == label or (c == 0 and _code(cells) == label)]
        if not named and label.isdigit():
            before = [(x, i, c) for i, cells in enumerate(rows) for c, x in enumerate(cells)
                      if x.isdigit() and len(x) == len(label) and x[:3] == label[:3] and x < label]
            named = [max(before)[1:]] if before else []
        if named:
            return min(named, key=lambda ic: (figure not in rows[ic[0]], ic[1], ic[0]))
    return None


def _row_place(b: Block, f: ReviewFinding) -> str:
    """The line or page where a table finding's row is printed, when the reader kept it; else ""."""
    if not b.row_places:
        return ""
    at = row_of([cells for _, cells in b.row_places], f)
    return b.row_places[at[0]][0] if at else ""


# an amount cell (「2,495.18」, 「-3.5」, 「12.5%」), not a header's words nor a 科目编码's digits alone
_AMOUNT = re.compile(r"[-−]?\d[\d,]*\.\d+%?|[-−]?\d{1,3}(?:,\d{3})+|0")
# a header's word that says which column of a group, not which group: 「合计」 under 「本年支出」
_GENERIC = frozenset({"合计", "小计", "决算数", "预算数", "金额"})


def cell_of(rows: list[list[str]] | list[tuple[str, ...]], f: ReviewFinding) -> tuple[int, int] | None:
    """(row, column) of the cell holding a table finding's figure in the row it names: of the cells reading as the
    figure, the one on the row label's side nearest it; None when the row is not named or holds no such cell."""
    found = row_of(rows, f)
    figure = _bare(f.figure)
    if found is None or not figure:
        return None
    at, start = found
    hits = [c for c, x in enumerate(rows[at]) if c != start and _bare(x) == figure]
    return (at, min(hits, key=lambda c: (c < start, abs(c - start)))) if hits else None


def column_name(rows: list[list[str]] | list[tuple[str, ...]], col: int) -> str:
    """Column ``col`` by its headers — the rows above the first amount, a header cell merged over the columns to its
    right (left empty there) read as theirs: 「“本年收入”栏」, the group over a generic head: 「支出“合计”栏」,
    「公务用车购置及运行维护费小计“决算数”栏」; "" where no header names it."""
    chain: list[str] = []
    for row in rows:
        cells = [_bare(x) for x in row]
        if any(_AMOUNT.fullmatch(x) for x in cells):
            break
        head = next((x for x in reversed(cells[: col + 1]) if x), "") if col < len(cells) else ""
        if head and head not in chain:
            chain.append(head)
    if not chain or _AMOUNT.fullmatch(chain[-1]):
        return ""
    leaf, groups = chain[-1], chain[:-1]
    if leaf not in _GENERIC or not groups:
        return f"“{leaf}”栏"
    group = groups[-1] if groups[-1] not in _GENERIC or len(groups) < 2 else groups[-2] + groups[-1]
    return f"{group}“{leaf}”栏"


def _grid(blocks: list[Block], f: ReviewFinding, rest: str, under: list[str]) -> tuple[str, str] | None:
    """(「五（三）…具体情况的表格」, 「，“X”行，“原因”栏」) for a finding on a row of a small table typed in a section
    (review/text_grids.py): the row by the label its quote starts with, the column by the cell holding its figure;
    None for a finding elsewhere."""
    from .text_grids import grid_rows

    b = blocks[f.block]
    rows = [r for r in grid_rows(blocks) if f.block in r.blocks or (b.is_table and f.block == r.table)]
    if not rows or (b.is_table and kind_name(b)):
        return None
    quote = _bare(f.quote)
    row = next((r for r in rows if _bare(r.label) and quote.startswith(_bare(r.label))), None) \
        or next((r for r in rows if _bare(r.label) and _bare(r.label) in quote), None)
    section = under[rows[0].table] if 0 <= rows[0].table < len(under) else ""
    if row is None or not section:
        return None
    column = ""
    if "栏" not in rest:
        grid = [list(row.head), [row.label, *row.texts]]
        figure = _bare(f.figure)
        cols = [k for k, x in enumerate(grid[1]) if k and figure and _bare(x) == figure] or \
               [k for k, x in enumerate(grid[1]) if k and figure and figure in _bare(x)]
        column = f"，{name}" if cols and (name := column_name(grid, cols[0])) else ""
    if re.search(r"“[^”]+”行$", rest):  # a table rule named the row: its column after it
        return f"{section}的表格", rest + column
    if not re.search(r"“[^”]+”行", rest):
        rest = f"，“{row.label.strip()}”行{column}{rest}"
    return f"{section}的表格", rest


# a Word file's place as the reader counted it: 「第88段」, 「第88段的文本框」, 「第4个表格」
_COUNTED = re.compile(r"^第\d+(?:段|个表格)")
_SENTENCE_END = "。！？!?\n"


def quoted(words: str) -> str:
    """Words of the document quoted in a message or a place, the one way every finding quotes them: “…” — 「…」 where
    they hold “” themselves (「2024年度“三公”经费…」), their own marks kept as written so that Ctrl-F finds them
    (an inner ‘’ would not be found)."""
    return f"「{words}」" if re.search("[“”]", words) else f"“{words}”"


# what ends a figure begun on the line before: its unit and the pause after it (「元，」, 「万元）、」)
_CONTINUED = re.compile(r"^(?:亿元|万元|元|%|个百分点)?[）)]?[，,、；;：:]")


def opening(text: str, at: int, start: int = -1, raw: str = "", doc: Document | None = None) -> str:
    """The opening words of the sentence of ``text`` that holds offset ``at`` (from ``start`` where the finding's
    quote starts the sentence there), quoted as a reader finds them: up to its first pause after six characters
    (within twenty), else about fifteen characters, a figure left whole (「“其中：财政拨款收入2,495.18万元…”」); as
    ``raw`` (the paragraph as written) has them — its spaces, its figures' widths, its quote marks — in ``quoted``'s
    marks (「2024年度“三公”经费…」). Words that Ctrl-F finds more than once in ``doc`` (the document, where given) give
    way to words it finds once (``_unique``)."""
    begin = max(text.rfind(c, 0, max(at, 0)) for c in _SENTENCE_END) + 1
    begin = max(begin, start)
    words = re.split(r"[。！？!?\n]", text[begin:].strip())[0]
    begin += len(text[begin:]) - len(text[begin:].lstrip())
    # a paragraph that begins inside a figure (a PDF line: 「元，主要用于…」): its own words after that tail
    tail_cut = len(words) - len(_CONTINUED.sub("", words) or words)
    words, begin = words[tail_cut:], begin + tail_cut
    end = next((k for k, c in enumerate(words) if c in "，,；;：:" and k >= 6), len(words))
    end = end if end <= 20 else 15
    if m := re.match(r"[\d,.]*(?:\d|%)?(?:亿元|万元|元|%|个|项|人|辆|次)?", words[end:]):
        end += len(m.group(0))
    first, occurrence = 0, 0
    if doc is not None and doc.count(words[:end]) > 1:
        first, end, occurrence = _unique(words, end, at - begin, doc, text[: begin + end])
    cut = end < len(words)
    shown = as_written(words[first:end].rstrip("，,；;：:。、"), raw)
    return quoted(shown + ("…" if cut else "")) + (f"（全文第{occurrence}处）" if occurrence else "")


class Document:
    """The words of a document as Ctrl-F searches them (spaces left out): each block's text, a table's cells; one
    block's text where a finding stands (``at``), to count the places before it."""

    def __init__(self, blocks: list[Block], at: int = -1, texts: list[str] | None = None) -> None:
        self.texts = texts if texts is not None else [
            _bare(" ".join(" ".join(r) for r in b.rows) if b.is_table else b.text) for b in blocks]
        self.at = at

    def of(self, at: int) -> Document:
        """The same document, its words counted from block ``at``'s."""
        return Document([], at, self.texts)

    def count(self, words: str) -> int:
        want = _bare(words)
        return sum(t.count(want) for t in self.texts) if want else 0

    def upto(self, words: str, head: str) -> int:
        """How many times Ctrl-F finds ``words`` in the blocks before block ``at`` and in ``head`` (its text up to
        and with them)."""
        want = _bare(words)
        return sum(t.count(want) for t in self.texts[: max(self.at, 0)]) + _bare(head).count(want)


def _unique(words: str, end: int, at: int, doc: Document, head: str) -> tuple[int, int, int]:
    """(first, end, occurrence) of words of a sentence (``words``, its figure at offset ``at``) that Ctrl-F finds
    once in ``doc``: the clause holding the figure where it does not open the sentence (「绩效评级为“良”的项目2个」),
    else the opening words run on to a later pause (at most forty characters); else the opening words with which of
    their places in the document it is (occurrence ≥ 1; ``head``: the paragraph up to and with them)."""
    pauses = [k for k, c in enumerate(words) if c in "，,；;：:、（）()"]
    if 0 < at < len(words):
        c0 = max((k + 1 for k in pauses if k < at), default=0)
        c1 = min((k for k in pauses if k > at), default=len(words))
        if c0 > 0 and c1 - c0 >= 4 and doc.count(words[c0:c1]) == 1:
            return c0, c1, 0
    for k in [*(k for k in pauses if end < k <= 40), min(len(words), 40)]:
        if k > end and doc.count(words[:k]) == 1:
            return 0, k, 0
    return 0, end, doc.upto(words[:end], head) if doc.at >= 0 else 0


def _key(c: str) -> str:
    """A character as the reader reads it (full-width figures, radicals as the characters they stand for: the
    CJK Radicals Supplement too, 「⻔」 as 「门」, as blocks.normalize reads them)."""
    k = _SUPPLEMENT.get(c) or unicodedata.normalize("NFKC", c)
    return k if len(k) == 1 else c


def as_written(words: str, raw: str) -> str:
    """``words`` (of a paragraph as the reader normalized it) as ``raw`` (the paragraph as written) has them: the
    spaces it sets between a figure and its unit kept, its full-width figures as they are; ``words`` where ``raw``
    does not hold them."""
    keep = [i for i, c in enumerate(raw) if not c.isspace()]
    bare = "".join(_key(raw[i]) for i in keep)
    want = "".join(_key(c) for c in words if not c.isspace())
    at = bare.find(want) if want else -1
    return raw[keep[at]: keep[at + len(want) - 1] + 1] if at >= 0 else words


def _word_place(b: Block, f: ReviewFinding, doc: Document | None = None) -> str:
    """Where a Word paragraph's finding stands, as its reader sees it: the section, the sentence's opening words
    (where the figure stands; the quote's start where the quote starts within that sentence), a text box said as
    one; the counted place where the paragraph holds no words to quote."""
    words = opening_words(b, f, doc=doc)
    if not words:
        return b.place
    box = "文本框" if "文本框" in b.place else ""
    section = b.section if b.section != b.text else ""
    return "，".join(x for x in (section, f"{box}{words}") if x)


def opening_words(b: Block, f: ReviewFinding, page: int = 0, doc: Document | None = None) -> str:
    """The opening words of the sentence where ``f``'s figure (else its quote) stands in paragraph ``b``; from
    offset ``page`` (where the page the place names begins) where the sentence starts on a page before; words Ctrl-F
    finds once in ``doc`` where given (``opening``)."""
    start = b.text.find(f.quote[:30]) if f.quote else -1
    at = b.text.find(f.figure, max(start, 0)) if f.figure else -1
    at = at if at >= 0 else max(start, 0)
    if start < page <= at:
        start = max(start, clause_start(b.text, page, at))
    return opening(b.text, at, start if 0 <= start <= at else -1, b.raw, doc) if b.text.strip() else ""


def clause_start(text: str, cut: int, at: int) -> int:
    """Where a clause begins at or after ``cut`` (a page's or a line's first character, inside a sentence that
    began before it) and not after ``at``: after the first pause there; with none, the start of the clause ``cut``
    falls in (across the break) — never the cut-off words a page's first line opens with."""
    if cut <= 0 or PAUSE.match(text, cut - 1):
        return cut
    if m := PAUSE.search(text, cut, at):
        return m.end()
    return max((m.end() for m in PAUSE.finditer(text, 0, cut)), default=0)


# a pause a clause ends at (not the thousands comma of a figure: 「2,167.80」)
PAUSE = re.compile(r"[，；;：:。！？!?\n]|,(?!\d)")


def _column(b: Block, f: ReviewFinding, rest: str) -> str:
    """「，支出“合计”栏」: the column of a table finding's figure where its place names the row and the figure is a
    cell of it; "" otherwise."""
    if not rest.endswith("行"):
        return ""
    cell = cell_of(b.rows, f)
    name = column_name(b.rows, cell[1]) if cell else ""
    return f"，{name}" if name else ""


def _code_named(b: Block, f: ReviewFinding, rest: str) -> str:
    """「，“2120803”行」 → 「，“2120803 城市建设支出”行」: a row a rule named by its code alone is named as the table
    prints it, code and name (the reader looks for the name; a code repeats across the tables); ``rest`` as it is
    where the row is not found or has no name after its code."""
    m = re.match(r"，“(\d{3,7})”行", rest)
    at = row_of(b.rows, f) if m else None
    if m is None or at is None:
        return rest
    after = [x.strip() for x in b.rows[at[0]][at[1] + 1:]]
    name = next((x for x in after if x and not re.fullmatch(r"\d{2}", x)), "")  # past the 款|项 cells of a split code
    if not re.search(r"[\u4e00-\u9fff]", name):
        return rest
    return f"，“{m.group(1)} {name}”行{rest[m.end():]}"


def placed(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each finding's place as printed: its block's place (the page where its figure, or else its
    sentence, stands in a PDF paragraph running overleaf) with the block's section or table name
    after it (and 「此表」 in a table's message by its name); a Word file's counted place as what its reader
    sees (a paragraph's section and sentence, a table's name, else the section it stands in: 「五（三）…的表格」); a
    table row's column where the figure is its cell.
    A place of the rule's own making (not its block's) stays as it is."""
    out = []
    under: list[str] = []  # the section each block stands under, tables too (for a table of no name)
    doc = Document(blocks)
    for f in found:
        b = blocks[f.block] if 0 <= f.block < len(blocks) else None
        if b is None or not f.place.startswith(b.place):
            out.append(f)
            continue
        head, rest, begins = b.place, f.place[len(b.place):], 0
        if b.breaks:
            at = b.text.find(f.quote[:30]) if f.quote else -1
            # a page: where the figure stands; a line (a text copy's paragraph): where its sentence starts
            if at >= 0 and f.figure and not b.breaks[0][1].endswith("行") and (k := b.text.find(f.figure, at)) >= 0:
                at = k
            head, begins = next(((page, off) for off, page in reversed(b.breaks) if at >= off), (head, 0))
        if b.is_table:
            head = _row_place(b, f) or head  # a table over pages or lines: where its row is printed
            rest = _code_named(b, f, rest + _column(b, f, rest))
        where = table_name(b) if b.is_table else b.section if b.section != b.text else ""
        kind = (kind_name(b) or where) if b.is_table else ""
        message = f.message.replace("此表", f"“{kind}”") if kind else f.message
        if not kind_name(b) and (grid := _grid(blocks, f, rest, under or (under := sections(blocks)))) is not None:
            # a small table typed in a section, one way in every form: its section, row and column, and the page
            # where the form has pages (a Word table, a PDF's ruled grid, a PDF's lines alike)
            where, rest = grid
            page = head if _FINDABLE.match(head) else ""
            place = f"{page}（{where}）{rest}" if page else f"{where}{rest}"
        elif _COUNTED.match(head) and not b.is_table:
            place = f"{_word_place(b, f, doc.of(f.block))}{rest}"
        elif _COUNTED.match(head) and where:
            place = f"{where}{rest}"
        elif _COUNTED.match(head) and (section := (under or (under := sections(blocks)))[f.block]):
            place = f"{section}的表格{rest}"  # a small table typed in a section: by the section and its row
        else:
            place = f"{head}（{where}）{rest}" if where else f"{head}{rest}"
            if _PAGE.match(head) and not b.is_table and not rest and \
                    (words := opening_words(b, f, begins, doc.of(f.block))):
                place += f"，{words}"  # two findings on one page: each at its sentence
        out.append(replace(f, place=place, message=message) if (place, message) != (f.place, f.message) else f)
    return out
