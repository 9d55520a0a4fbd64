"""A PDF's lines and tables, page by page, into blocks: headers and footers dropped, paragraphs
joined across lines and pages, tables continued across pages joined."""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block, Blocks, normalize
from .grid import PUBLIC_TABLES, kind_of
from .pdf_lines import Line, _celltext
from .pdf_overleaf import overleaf
from .pdf_tables import Raw, tidy

_PAGE_NUMBER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
# a line that opens a heading or a numbered item starts a new paragraph
_OPENS = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))"
)
_MARGIN = 0.09  # share of the page height at top and bottom where headers and footers live


def _margins(lines: list[Line], height: float) -> dict[int, str]:
    """The page's outermost lines (two at the top, two at the bottom) in its top or bottom margin,
    by index, each with its digits masked (page numbers vary): where headers and footers stand."""
    out = {}
    for i in {*range(min(2, len(lines))), *range(max(len(lines) - 2, 0), len(lines))}:
        line = lines[i]
        if (line.top < height * _MARGIN or line.bottom > height * (1 - _MARGIN)) \
                and not re.search(r"单位[：:]", line.text):  # a table's unit line is never a header
            out[i] = re.sub(r"\d+", "#", line.text.replace(" ", ""))
    return out


class _Writer:
    """Lines and tables into blocks: paragraphs joined across lines and pages, tables across pages."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.para: list[str] = []
        self.printed: list[str] = []  # the paragraph's lines as their glyphs print them (Line.raw)
        self.pages_printed: dict[int, str] = {}  # each page's lines and ruled cells as printed: a table's 原文数字
        self.para_page = 0
        self.turns: list[tuple[int, int]] = []  # (line of the paragraph, page) where it goes on overleaf
        self.recent: list[str] = []  # the last text lines: a table's title and unit
        self.open_table: Block | None = None
        self.caption: list[str] = []  # the open table's title lines: overleaf they may be printed again
        self.raw: list[tuple[Block, Raw]] = []  # each table's cells as read (merged cells None), joined
        self.pages: dict[int, list[tuple[int, list[str | None]]]] = {}  # by table: each row read, with its page
        self.edges: list[float] = []  # the open table's column rules (x), when known
        self.last_text = ""  # the last paragraph: the title of a table printed with none of its own

    def finish(self) -> None:
        """Each table's cells tidied (split codes joined, header rows made one, halves stacked)."""
        self.flush()
        for block, raw in self.raw:
            block.rows = tidy(raw) or [[x or "" for x in r] for r in raw]
            block.text = "\n".join("\t".join(r) for r in block.rows)
            pages = self.pages.get(id(block), [])
            block.as_printed = "\n".join(self.pages_printed.get(n, "") for n in sorted({n for n, _ in pages}))
            if len({page for page, _ in pages}) > 1:  # over pages: where each row is printed
                block.row_places = tuple((f"第{page}页", tuple(normalize(x or "") for x in r)) for page, r in pages)
            # in a table of 科目编码 (a 类 with its 款), a code of no 类/款/项 length: a row broken across a
            # page whose pieces could not be joined (a 序号 column is no code)
            codes = {r[0] for r in block.rows if r[0].isdigit()}
            coded = any(len(c) == 5 and c[:3] in codes for c in codes)
            broken = [r for r in block.rows if coded and r[0].isdigit() and len(r[0]) not in _CODE_LENGTHS]
            if broken:
                block.unread_rows = tuple(" ".join(x for x in r[:2] if x) for r in broken)
                kind = kind_of(block)
                name = f"{kind}（公开{PUBLIC_TABLES.index(kind) + 1:02d}表）" if kind else "表格"
                self.blocks.notes.append(
                    f"{block.place}的{name}有{len(broken)}行未能完整读出（"
                    + "、".join(f"“{x}”" for x in block.unread_rows[:5]) + ("等" if len(broken) > 5 else "")
                    + "，多为跨页断开的表格行）：这些行所属的上级科目与合计未作核对。")

    def flush(self) -> None:
        text = normalize("".join(self.para))
        if text:
            breaks = tuple((len(normalize("".join(self.para[:k]))), f"第{page}页") for k, page in self.turns)
            printed = "".join(self.printed).strip()
            self.blocks.append(Block(text, f"第{self.para_page}页", breaks=breaks,
                                     as_printed=printed if printed != text else ""))
            self.last_text = text
        if text.endswith(("。", "；")):
            self.recent = []  # a sentence ended: what follows is a table's title, if any
        self.para = []
        self.printed = []
        self.turns = []

    def line(self, text: str, number: int, printed: str = "") -> None:
        if not self.para:
            self.para_page = number
        elif number != (self.turns[-1][1] if self.turns else self.para_page):
            self.turns.append((len(self.para), number))
        self.para.append(text)
        self.printed.append(printed or text)
        line = normalize(text)
        self.recent = [*self.recent[-3:], line]  # a title may take two lines
        if not (line in self.caption or (len(line) < 40 and re.search(r"续表|[（(]续[）)]", line))):
            self.open_table = None  # text between: the next table is another (its title and unit printed again
            # overleaf, or "续表", and the table goes on)

    def table(self, rows: Raw, number: int, first_on_page: bool, edges: list[float] | None = None) -> None:
        """A table read on a page; ``first_on_page``: no other table above it there (it may go on
        the table the page before ended with); ``edges``: the x of its column rules, when known."""
        self.flush()
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        prev = self.open_table
        width = len(self.raw[-1][1][0]) if prev is not None else 0
        placed = _placed(rows, edges or [], self.edges, width) if prev is not None and first_on_page else None
        if placed is not None:
            rows = placed  # rows overleaf with merged cells (a two-sided 合计 row): under the columns they span
        elif prev is not None and first_on_page and all(len(r) < width and any(_FIGURES.fullmatch(x or "") for x in r)
                                                        for r in rows):
            # rows overleaf whose label spans the code and name cells (a lone 合计: its table has no
            # column between them): the amounts stay right, the label left
            rows = [[r[0], *[None] * (width - len(r)), *r[1:]] for r in rows]
        # nothing but its title again between this table and the one before, as wide: that one goes
        # on (overleaf, or on the same page where a gap in the rules split it from its header rows)
        if prev is not None and len(rows[0]) == width:
            raw = self.raw[-1][1]
            header = raw[:4]
            while rows and rows[0] in header:
                rows = rows[1:]  # repeated header
            if first_on_page and rows and goes_on(raw[-1], rows[0]):
                last = raw[-1]  # a row broken across the pages goes on
                raw[-1] = [None if a is None and b is None else (a or "") + (b or "")
                           for a, b in zip(last, rows[0], strict=False)]
                rows = rows[1:]
            raw.extend(rows)
            self.pages.setdefault(id(prev), []).extend((number, r) for r in rows)
            return
        # title and unit lines printed in the table's own first rows (a spreadsheet's: one cell across
        # the table, "收入支出决算总表"; or "公开01表" left and "单位：万元" right)
        inside: list[str] = []
        while len(rows) > 1 and _caption_row(rows[0]):
            inside += [x for x in rows[0] if x]
            rows = rows[1:]
        self.caption = [*self.recent, *inside]
        self.edges = edges or []
        caption = " ".join(self.caption)
        # no title lines of its own (a small table typed into the 情况说明 after a sentence): the paragraph
        # before it is its title, as the .docx reader takes it (its 万元 the table's unit: grid.unit_of)
        self.open_table = Block("", f"第{number}页", [["\t"]], title=caption or self.last_text, caption=caption)
        self.raw.append((self.open_table, rows))
        self.pages[id(self.open_table)] = [(number, r) for r in rows]
        self.blocks.append(self.open_table)


_FIGURES = re.compile(r"-?[\d,]+\.\d{2}")


def _placed(rows: Raw, edges: list[float], above: list[float], width: int) -> Raw | None:
    """Rows overleaf with fewer cells than the table above (cells merged across its columns, no
    header rows printed again to show them), each cell under the columns whose rules it spans; None
    when the rules are not known or do not line up."""
    if not edges or len(above) != width + 1 or len(edges) != len(rows[0]) + 1 or len(rows[0]) >= width:
        return None
    at = []
    for x in edges:
        k = min(range(len(above)), key=lambda k: abs(above[k] - x))
        if abs(above[k] - x) > 2.0:
            return None
        at.append(k)
    out: Raw = []
    for r in rows:
        cells: list[str | None] = [None] * width
        for i, value in enumerate(r):
            cells[at[i]] = value or ""
        out.append(cells)
    return out
_CODE_LENGTHS = (3, 5, 7)  # 类, 款, 项
_NEW_LABEL = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|合\s*计|总\s*计|注")


def goes_on(last: list[str | None], first: list[str | None]) -> bool:
    """Whether ``first``, a table's first row overleaf, is the rest of ``last``, the row the page before
    ended with (Word, WPS and LibreOffice break a row across pages by default: the lines of its cells
    that did not fit go on overleaf): no cell of it a whole figure (a figure's last digits may go on:
    "1,543.2" + "2"; the figures of a row with none above may stand overleaf), its code cell blank or
    the rest of the code above (together a code's length, the piece overleaf no code of its own:
    "211010" + "4", "20701" + "99"), or its label cell the rest of the label above (no numbering, 合计
    or 注 of a new row; beside figures above, or under a numbered label whose row has none, its zeros blank,
    the rest of the row overleaf words alone). A code split into 类|款|项 cells may be broken in each ("21|0|9"
    + "1|1|9"): the digits overleaf in the cells before the name go on those above."""
    cells = [x or "" for x in first]
    above = [x or "" for x in last] + [""] * max(0, len(cells) - len(last))
    if not any(cells):
        return False
    figures_above = any(_FIGURES.fullmatch(x) for x in above[1:])
    named = next((k for k, (a, b) in enumerate(zip(above, cells, strict=False)) if (a + b) and not (a + b).isdigit()),
                 0)
    for k, (a, b) in enumerate(zip(above[1:], cells[1:], strict=False), start=1):
        if k < named and a.isdigit() and (b.isdigit() or not b) and len(a + b) <= 2:
            continue  # a 款 or 项 code piece
        if (_FIGURES.fullmatch(b) and (a or figures_above)) or (re.fullmatch(r"[\d,.\-]+", b) and not (
                _FIGURES.fullmatch(a + b) and not _FIGURES.fullmatch(a))):
            return False  # a figure of its own: a new row (figures overleaf only under a row with none)
    if any(_NEW_LABEL.match(b) for a, b in zip(above[1:], cells[1:], strict=False) if a and b):
        return False  # the other side's label a new row's (公开01: 「十五、…」 under 「十四、…」, its 收入 side blank)
    head, top = cells[0], above[0]
    if not head:
        return True
    if head.isdigit():
        return top.isdigit() and len(top + head) in _CODE_LENGTHS and (
            len(head) < 3 or len(top) not in _CODE_LENGTHS)
    # (a numbered row whose zeros are blank, its label alone overleaf: 「二、政府性基金预算」 + 「财政拨款」)
    return bool(top) and not top.isdigit() and not _NEW_LABEL.match(head) and (any(
        _FIGURES.fullmatch(x) for x in above[1:]) or (bool(_NEW_LABEL.match(top)) and not any(above[1:] + cells[1:])))
_CAPTION = re.compile(r"单位[：:]|公开\s*\d+\s*表|编制单位")


def _caption_row(row: list[str | None]) -> bool:
    """A table row that is a caption: one cell across a wide table (a title without figures), or a
    few cells each a caption's ("公开01表", "单位：万元", "编制单位：…")."""
    cells = [x for x in row if x]
    if len(row) < 2 or not cells:
        return False
    if all(_CAPTION.search(x) for x in cells) and len(cells) <= 3:
        return True
    return len(cells) == 1 and not re.search(r"\d", cells[0]) and len(cells[0]) < 60


_ASCII = re.compile(r"[0-9A-Za-z,.%％+\-/]+")
_OPENING = "（(《〈「【"
_CLOSING = "，。、；：,;:）)》〉」】%％！？!?"
_QUOTES = "“”‘’\"'"


def _first_piece(text: str) -> str:
    """What line breaking keeps together at the start of a line: an opening bracket with what
    follows, a figure whole, closing brackets and punctuation with what precedes, a quote with
    both sides ("（项），", "为“良”的", "（类）3742.47")."""
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in _OPENING + _QUOTES:
            i += 1
        if i < n:
            m = _ASCII.match(text, i)
            i = m.end() if m else i + 1
        while i < n and text[i] in _CLOSING:
            i += 1
        if not (i < n and (text[i] in _QUOTES or (text[i - 1] in "）)" and _ASCII.match(text, i)))):
            break
    return text[:i]


def _runs_on(line: Line, nxt: object, left: float, right: float, em: float) -> bool:
    """A short line of left-aligned (ragged) text whose paragraph goes on: the next line is not
    indented and its first unbreakable piece (a figure with its unit and punctuation) would not
    have fitted after this one."""
    if not isinstance(nxt, Line) or nxt.x0 > left + nxt.size * 1.2 or _OPENS.match(nxt.text.strip()):
        return False
    piece = _first_piece(normalize(nxt.text).strip())
    width = sum(0.6 if ch.isascii() else 1.0 for ch in piece) * em
    # ``right`` may include punctuation hanging in the margin; figures get a little space beside them
    return line.x1 + width > right - em


def _text_right(lines: list[Line]) -> float:
    """Where full lines of running text end: the upper quartile of the right edges of the lines
    reaching past the middle (a heading or a caption further right does not move it)."""
    edges = sorted(ln.x1 for ln in lines)
    if not edges:
        return 0.0
    wide = [x for x in edges if x > edges[-1] / 2] or edges
    return wide[(len(wide) * 3) // 4 - (1 if len(wide) % 4 == 0 else 0)]


# number, height, lines, tables (top, cells[, the x of its column rules]), the vertical extents of what is
# printed (lines and tables)
_Page = tuple[int, float, list[Line], list[tuple], list[tuple[float, float]]]


def _apart(line: Line, spans: list[tuple[float, float]], em: float) -> bool:
    """A margin line standing apart from the page's text: set smaller than the document's running
    text, and as far from anything printed as two of its own heights (a header or footer printed
    once, as a short document's first page has none and its second one)."""
    height = max(line.bottom - line.top, 1.0)
    if not em or line.size > 0.75 * em:
        return False
    return not any(s != (line.top, line.bottom) and s[0] < line.bottom + 2 * height and s[1] > line.top - 2 * height
                   for s in spans)


def _header(key: str | None, repeated: set[str]) -> bool:
    """A margin line that is a header: repeated, or one part's header on too few pages to count,
    told by its words (the others' with a word more or less: "…部门决算" beside "…部门决算表")."""
    if key is None:
        return False
    return key in repeated or any(
        (r.startswith(key) or key.startswith(r)) and min(len(r), len(key)) >= 0.75 * max(len(r), len(key)) >= 6
        for r in repeated
    )


def _code(line: Line, edge: bool, left: float) -> bool:
    """A bare number that is a table's code on a line of its own ("208": its row's figures and name
    wrapped onto the lines around it), not a page number: three digits or more, at the page's left
    edge (a page number stands centred or right), not among the page's outermost margin lines."""
    text = line.text.strip()
    return not edge and text.isdigit() and 3 <= len(text) <= 7 and line.x0 < left + 3 * line.size


def _tail(lines: list[Line], i: int, edge: bool) -> bool:
    """A bare number that is the tail of a figure wrapped in its table cell (「４７１．４」 over 「４」: the row's
    line between them), not a page number: within a line's height of the line above it (a page number stands
    apart from the text), that line a table's (a figure with its point in it) when it is among the page's
    outermost margin lines (a table's last row at the page's foot)."""
    height = max(lines[i].bottom - lines[i].top, 1.0)
    return i > 0 and lines[i].top - lines[i - 1].top < 1.2 * height \
        and (not edge or re.search(r"\d[.．]", lines[i - 1].text) is not None)


def _assemble(pages: list[_Page], repeated: set[str], blocks: Blocks) -> None:
    w = _Writer(blocks)
    prepared = []
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page[2]:
            sizes[round(ln.size, 1)] += len(ln.chars)
    em = sizes.most_common(1)[0][0] if sizes else 0.0  # the running text's
    texts = []
    rules_of: dict[int, list[float]] = {}  # by a table's rows: the x of its column rules
    for _, height, lines, _, spans in pages:
        edges = _margins(lines, height)
        left = min((ln.x0 for ln in lines), default=0.0)
        texts.append([
            ln for i, ln in enumerate(lines)
            if not (_PAGE_NUMBER.match(ln.text.strip()) and not _code(ln, i in edges, left)
                    and not _tail(lines, i, i in edges))
            and not _header(edges.get(i), repeated)
            and not (i in edges and _apart(ln, spans, em))
        ])
    for number, _, lines, tables, _ in pages:
        w.pages_printed[number] = "\n".join([*(ln.raw for ln in lines), *(t[3] for t in tables if len(t) > 3)])
    for (number, _, _, tables, _), (lines, borderless) in zip(pages, overleaf(texts), strict=True):
        # tables printed without rules (a table reaching a page's foot read with its rows overleaf)
        tables = tables + [(top, [[_celltext(c or "") for c in r] for r in rows]) for top, rows in borderless]
        items: list[tuple[float, Line | Raw]] = [(ln.top, ln) for ln in lines]
        items += [(top, rows) for top, rows, *_ in tables]
        for _, rows, *rules in tables:
            rules_of[id(rows)] = rules[0] if rules else []
        items.sort(key=lambda it: it[0])
        prepared.append((number, lines, items))
    for p, (number, lines, items) in enumerate(prepared):
        left = min((ln.x0 for ln in lines), default=0.0)
        right = _text_right(lines)
        em = Counter(round(ln.size, 1) for ln in lines).most_common(1)[0][0] if lines else 0.0  # a 汉字's width
        following = prepared[p + 1][2][:1] if p + 1 < len(prepared) else []  # a paragraph may go on overleaf
        first_on_page = True
        for i, (_, obj) in enumerate(items):
            if not isinstance(obj, Line):
                w.table(obj, number, first_on_page, rules_of.get(id(obj)))
                first_on_page = False
                continue
            text = normalize(obj.text) if obj.text.strip() else ""
            if not text:
                continue
            indented = obj.x0 > left + obj.size * 1.2
            if _OPENS.match(text) or indented:
                w.flush()
            w.line(text, number, obj.raw)
            nxt = (items[i + 1:] or following or [(0.0, [])])[0][1]
            fits = nxt.lead + obj.size if isinstance(nxt, Line) else 0.0
            short = obj.x1 < right - max(obj.size * 1.5, fits) and not _runs_on(obj, nxt, left, right, em)
            if short:
                w.flush()  # a short line ends its paragraph (a full one ending "：" goes on)
    w.finish()
