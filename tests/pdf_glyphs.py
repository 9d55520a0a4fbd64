"""The 普陀 部门决算 PDFs of tests/pdf_docs.py as a second kind of producer writes them: glyph by glyph.

LibreOffice (tests/pdf_docs.py) writes each line as a few text runs in reading order. Word, WPS and
PDF printer drivers write what is seen on published 决算 PDFs instead, and this writer reproduces
those structures directly in the PDF's content stream (no layout engine in between):

- **Type0 fonts with Identity-H encoding** (2-byte glyph ids) and a ``ToUnicode`` map, the 中文 in
  one font and the figures in another (宋体 + Times New Roman), each **glyph placed on its own**
  (``Tm`` per glyph): justified lines spread their glyphs, so no space character is written
  between them.
- **Content-stream order is not reading order**: each page draws the table rules first, then the
  Chinese glyphs of the page, then the Latin ones (one text object per font), the page header and
  footer last.
- **Kangxi radicals in ToUnicode**: fonts whose glyph for 一 支 入 用 … is shared with the Kangxi
  radical ⼀ ⽀ ⼊ ⽤ map it to the radical's code point (U+2F00–U+2FD5), so text extraction gives
  "⽀出" and "⼀般公共预算" (a well-known problem of text extracted from Chinese office PDFs).
- **Bold drawn twice**: headings in a font without a bold face are made bold by printing each glyph
  twice, a fraction of a point apart (pdfplumber's ``dedupe_chars`` exists for this).
- **Tables**: every cell's border drawn on its own as a thin filled rectangle, figures right-aligned,
  spaces typed to spread a two-character label ("合  计", "项  目"), a figure too wide for its narrow
  cell broken inside the cell ("1,493.3" / "2"), wide tables on **landscape pages** (written as a
  portrait page turned by ``/Rotate 90``, as printer drivers do), long tables going on overleaf
  **without repeated header rows** (公开02, and the two-sided 公开06: its 公用经费 side is longer than
  its 人员经费 side, so the rows overleaf fill the right half only) or under its title "（续）", unit
  line and header rows printed again (公开03, a spreadsheet's print titles), the unit line
  "单位：万元" in the table's first (merged) row.
- **Titles as units vary them**: the nine tables titled with the unit's name and year, and under
  names other than the template's ("部门收支决算总表", "财政拨款收支决算总表").
- A page header with the unit's name, one for each part (the tables, the 情况说明: Word sections), none
  on the cover; the footer 「第 n 页 共 m 页」.

``python -m tests.pdf_glyphs OUTDIR`` writes them for a look.
"""

from __future__ import annotations

import functools
import io
import math
import subprocess
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tests import pdf_docs

A4 = (595.28, 841.89)
CM = 28.3465
KANGXI = {"一": "⼀", "支": "⽀", "入": "⼊", "用": "⽤", "生": "⽣", "行": "⾏", "金": "⾦", "人": "⼈",
          "工": "⼯", "大": "⼤", "文": "⽂", "方": "⽅", "日": "⽇", "十": "⼗", "力": "⼒", "子": "⼦"}
# a font (a WPS/Word export's) whose glyphs for the simplified 门 长 见 … are the CJK Radicals Supplement's (U+2E80–
# U+2EFF: ⻔ ⻓ ⻅) and for 不 利 六 … CJK compatibility ideographs (U+F900–U+FAFF) maps them to those code points
SUPPLEMENT = {"门": "\u2ed4", "长": "\u2ed3", "见": "\u2ec5", "车": "\u2ecb", "马": "\u2ee2", "页": "\u2eda",
              "风": "\u2edb", "飞": "\u2edc", "黄": "\u2ee9", "青": "\u2ed8", "龙": "\u2ef0", "齐": "\u2eec",
              "贝": "\u2ec9", "西": "\u2ec4", "角": "\u2ec6", "民": "\u2ea0", "鱼": "\u2ee5", "食": "\u2edd",
              "不": "\uf967", "利": "\uf9dd", "六": "\uf9d1", "料": "\uf9be", "理": "\uf9e4", "率": "\uf961",
              "度": "\ufa01", "例": "\uf9b5", "數": "\uf969", "量": "\uf97e", "年": "\uf98e"}
# titles as units print them: with their name and year, and two under other names
TITLES = {"公开01": "{unit}{year}年度部门收支决算总表", "公开04": "{unit}{year}年度财政拨款收支决算总表"}


def _wide(ch: str) -> bool:
    return ord(ch) >= 0x2000


def width(text: str, size: float) -> float:
    return sum(size if _wide(ch) else size * 0.5 for ch in text)


@dataclass
class Page:
    width: float
    height: float
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top0, x1, top1
    glyphs: list[tuple[str, float, float, float]] = field(default_factory=list)  # char, x, top, size
    margin: list[tuple[str, float, float, float]] = field(default_factory=list)  # header/footer glyphs
    outlines: list[tuple[float, float]] = field(default_factory=list)  # glyphs drawn as paths (x, top)
    pictures: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, top, width, height
    watermark: str = ""  # large grey text at 45° across the page (drawn after the text, as Word does)
    italic: bool = False  # the page's glyphs sheared (an italic faked for a font without one)
    # red round seals (公章): the unit's name on a circle, each glyph turned to face out, at (x, top) of its middle
    seals: list[tuple[float, float, str]] = field(default_factory=list)
    fills: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x0, top0, x1, top1, grey
    stroked: bool = False  # the rules stroked as lines of 0.5 pt (a spreadsheet's grid), not filled rectangles

    lowered: float = 0.0  # Latin glyphs (figures) set this many points below the Chinese (a run's baseline)

    def text(self, s: str, x: float, top: float, size: float, *, gap: float = 0.0, bold: bool = False,
             into: list | None = None, stretch: float = 1.0) -> float:
        """Glyph by glyph from ``x``; ``gap`` extra points after each glyph (justification), or each glyph's
        advance ``stretch`` times its width (a justified line whose figures spread as wide as its Chinese)."""
        out = self.glyphs if into is None else into
        for ch in s:
            if ch != " ":
                y = top + (self.lowered if into is None and not _wide(ch) else 0.0)
                out.append((ch, x, y, size))
                if bold:
                    out.append((ch, x + 0.3, y, size))  # a bold face faked by a second print
            x += width(ch, size) * stretch + gap
        return x

    def box(self, x0: float, top0: float, x1: float, top1: float) -> None:
        self.rules += [(x0, top0, x1, top0), (x0, top1, x1, top1), (x0, top0, x0, top1), (x1, top0, x1, top1)]


class Writer:
    """Pages filled from the top: paragraphs (justified, first line indented) and ruled tables."""

    def __init__(self, borders: bool = True, lowered: float = 0.0, distributed: bool = False,
                 split_rows: bool = False, valign: str = "center", short_first: bool = False,
                 shift: float = 0.0, ragged: str = "", rules: str = "", text_width: float = 0.0,
                 split_figures: bool = False) -> None:
        self.pages: list[Page] = []
        # how a ruled table is drawn: "" every cell's border ("stroked": as lines, not rectangles); "three" a
        # three-line table (rules over and under the header and under the table, on each page it stands on, no
        # verticals); "filled" each cell a filled grey rectangle, a hairline of white between them (no rules)
        self.rules = rules
        self.text_width = text_width  # points: paragraphs set in a column this wide (0: the page's)
        # a figure broken at a line's end after its "," or "." (「1,234.」 / 「56万元」), as Word does in narrow columns
        self.split_figures = split_figures
        self._spans: dict[int, list[float]] = {}  # page → a three-line table's extent there (x0, t0, x1, t1, header)
        # figures set at their cells' left ("left"), or right-aligned with a few typed spaces after some
        # ("uneven": a column's figures not ending at one edge), else right-aligned
        self.ragged = ragged
        self.shift = shift  # points a table's columns stand off overleaf (its rest laid out again, by hand)
        # a cell's lines set at the middle of its row (WPS, a 决算 template's cells), its top (Word's default)
        # or its foot (a spreadsheet's default)
        self.valign = valign
        # a name wrapped in its cell with its first line the short one (broken by hand, or a spreadsheet's
        # text filled from the foot), not its last
        self.short_first = short_first
        self.borders = borders  # tables ruled (else printed without rules: a spreadsheet's borders off)
        # a body row that does not fit broken across the pages, as Word, WPS and LibreOffice do by default
        # (the lines of its cells that fit at the page's foot, the rest overleaf); else moved overleaf whole
        self.split_rows = split_rows
        self.splits: list[tuple[list[str], int]] = []  # the rows broken so, each with its lines kept on the page
        self.lowered = lowered  # figures set lower than the Chinese, in points (ONLYOFFICE-like runs)
        self.distributed = distributed  # text 分散对齐 (WPS): every line spread to the full width, the last too
        self.top = 0.0
        self.new_page()

    def new_page(self, landscape: bool = False) -> None:
        w, h = A4
        self.pages.append(Page(h, w) if landscape else Page(w, h))
        self.pages[-1].lowered = self.lowered
        self.pages[-1].stroked = self.rules == "stroked"
        self.top = 2.4 * CM

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _bottom(self) -> float:
        return self.page.height - 2.4 * CM

    def paragraph(self, text: str, size: float, *, indent: bool = True, center: bool = False,
                  right: bool = False, bold: bool = False, lead: float | None = None) -> None:
        lead = lead or size * 1.75
        left, avail = 2.2 * CM, self.text_width or self.page.width - 4.4 * CM
        for n, (line, last) in enumerate(_lines(text, size, avail, 2 * size if indent else 0.0,
                                                self.split_figures)):
            if self.top + lead > self._bottom():
                self.new_page(self.page.width > self.page.height)
            x = left + (2 * size if indent and n == 0 else 0.0)
            used = width(line, size)
            room = left + avail - x - used
            if center:
                x += room / 2
            elif right:
                x += room
            spread = not (center or right) and (self.distributed or not last)
            gap = room / (len(line) - 1) if spread and len(line) > 1 else 0.0
            if self.text_width and spread and len(line) > 1 and n % 2:  # each glyph's advance widened in proportion
                self.page.text(line, x, self.top + (lead - size) / 2, size, bold=bold,
                               stretch=1 + room / (used - width(line[-1], size)))
            else:  # (every other line: the same gap after each glyph, a figure's digits as far apart as its Chinese)
                self.page.text(line, x, self.top + (lead - size) / 2, size, gap=gap, bold=bold)
            self.top += lead

    def pair(self, left: str, right: str, size: float) -> None:
        """One line, ``left`` at the left margin, ``right`` at the right one (「编制单位：…」, 「单位：万元」)."""
        lead = size * 1.75
        if self.top + lead > self._bottom():
            self.new_page(self.page.width > self.page.height)
        top = self.top + (lead - size) / 2
        self.page.text(left, 2.2 * CM, top, size)
        self.page.text(right, self.page.width - 2.2 * CM - width(right, size), top, size)
        self.top += lead

    def _figure_at(self, x0: float, room: float, line: str, size: float) -> float:
        """Where a figure's line starts in its cell (``room``: the space it leaves)."""
        if self.ragged == "left":
            return x0 + 1.5
        if self.ragged == "uneven":  # 0 to 2 typed spaces after the figure, by the figure
            return x0 + 1.5 + max(0.0, room - width(" ", size) * (sum(map(ord, line)) % 3))
        return x0 + 1.5 + room

    def table(self, grid: pdf_docs.Grid, size: float, unit_row: str, overleaf: tuple[str, ...] = (),
              repeat: bool = False) -> None:
        """The grid ruled cell by cell; overleaf the body goes on without its header rows, or, given
        ``overleaf`` lines (a spreadsheet's print titles: the title "（续）" and the unit; a 「续表」 line), under
        those lines, and the header rows again when there are lines or ``repeat``."""
        scale = min(1.0, (self.page.width - 3.0 * CM) / (sum(grid.widths) * CM))
        widths = [w * CM * scale for w in grid.widths]
        left = (self.page.width - sum(widths)) / 2
        xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
        n = len(widths)
        if unit_row:  # the unit in the table's first row, one cell across the table, right-aligned
            self._row([[unit_row, *[None] * (n - 1)]], [(0, 0, 0, n - 1)], xs, size, right_text=True)
        self._row(grid.header, grid.merges, xs, size, header=True)

        def titles() -> None:
            for k, line in enumerate(overleaf):
                self.paragraph(line, 15 if k == 0 else 9, center=k == 0, right=k > 0, bold=k == 0)
            if overleaf[1:] or repeat or not overleaf:
                self._row(grid.header, grid.merges, xs, size, header=True)

        for r, row in enumerate(grid.body):
            cells: list[str | None] = list(row)
            merges = []
            for c0, c1 in sorted((c0, c1) for k, c0, c1 in grid.body_merges if k == r):  # a row may have two
                cells = [*cells[:c0], _spread(cells[c0] or ""), *[None] * (c1 - c0), *cells[c1 + 1:]]
                merges.append((0, c0, 0, c1))
            self._row([cells], merges, xs, size, overleaf=titles if overleaf or repeat else None, turn=True)
        self._three_lines()

    def _cell(self, x0: float, t0: float, x1: float, t1: float, header: bool) -> None:
        """A cell's border as ``rules`` draws it (a three-line table's rules are drawn by ``_three_lines``)."""
        if not self.borders:
            return
        if self.rules == "filled":
            self.page.fills.append((x0 + 0.4, t0 + 0.4, x1 - 0.4, t1 - 0.4, 0.8 if header else 0.93))
        elif self.rules == "three":
            span = self._spans.setdefault(len(self.pages) - 1, [x0, t0, x1, t1, 0.0])
            span[:4] = [min(span[0], x0), min(span[1], t0), max(span[2], x1), max(span[3], t1)]
            if header:
                span[4] = max(span[4], t1)
        else:
            self.page.box(x0, t0, x1, t1)

    def _three_lines(self) -> None:
        """A three-line table's rules on each page it stands on: over it, under its header, under it."""
        for k, (x0, t0, x1, t1, head) in self._spans.items():
            self.pages[k].rules += [(x0, t, x1, t) for t in (t0, head, t1) if t]
        self._spans = {}

    def _row(self, rows: list[list], merges: list[tuple[int, int, int, int]], xs: list[float], size: float,
             header: bool = False, right_text: bool = False, overleaf=None, turn: bool = False) -> None:
        """One band of rows (a header with its merges, or one body row), overleaf when it does not fit
        (a body row's, ``turn``, there with the columns ``shift`` points off)."""
        lead = size * 1.3
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        spans = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in merges}
        cells = []
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in covered and (r, c) not in spans:
                    continue
                r1, c1 = spans.get((r, c), (r, c))
                text = _spread(value) if header and value in ("项目", "合计") else (value or "")
                cells.append((r, c, r1, c1, _cell_lines(text, size, xs[c1 + 1] - xs[c] - 3,
                                                        self.short_first and not header)))
        heights = [max([len(ls) for r0, _, r1, _, ls in cells if r0 == r1 == r] + [1]) * lead + 4
                   for r in range(len(rows))]
        fit = int((self._bottom() - self.top - 4) // lead)
        if self.split_rows and not header and len(rows) == 1 and self.top + heights[0] > self._bottom() \
                and 1 <= fit < max(len(ls) for *_, ls in cells):
            self.splits.append(([c or "" for c in rows[0]], fit))
            for k, part in enumerate(([(*c[:4], c[4][:fit]) for c in cells], [(*c[:4], c[4][fit:]) for c in cells])):
                if k:
                    self.new_page(self.page.width > self.page.height)
                    xs[:] = [x + self.shift for x in xs]
                t0 = self.top
                t1 = t0 + max([len(ls) for *_, ls in part] + [1]) * lead + 4
                for _, c0, _, c1, lines in part:
                    self._cell(xs[c0], t0, xs[c1 + 1], t1, header)
                    for n, line in enumerate(lines):  # top-aligned, as a broken row prints
                        figure = bool(line) and (line[0].isdigit() or line[0] in "-(—")
                        room = xs[c1 + 1] - xs[c0] - 3 - width(line, size)
                        at = self._figure_at(xs[c0], room, line, size) if figure else xs[c0] + 1.5
                        self.page.text(line, at, t0 + 2 + n * lead, size)
                self.top = t1
            return
        if self.top + sum(heights) > self._bottom():
            self.new_page(self.page.width > self.page.height)
            if turn:
                xs[:] = [x + self.shift for x in xs]
            if overleaf is not None:
                overleaf()
        tops = [self.top + sum(heights[:r]) for r in range(len(rows) + 1)]
        for r0, c0, r1, c1, lines in cells:
            x0, x1, t0, t1 = xs[c0], xs[c1 + 1], tops[r0], tops[r1 + 1]
            self._cell(x0, t0, x1, t1, header)
            y = (t0 + 2 if self.valign == "top" else t1 - 2 - len(lines) * lead if self.valign == "bottom"
                 else (t0 + t1) / 2 - len(lines) * lead / 2) + (lead - size) / 2
            for line in lines:
                figure = bool(line) and (line[0].isdigit() or line[0] in "-(—")
                room = x1 - x0 - 3 - width(line, size)
                at = (self._figure_at(x0, room, line, size) if figure and not header else
                      x0 + 1.5 + (room if figure or right_text else room / 2 if header else 0.0))
                self.page.text(line, at, y, size, bold=header)
                y += lead
        self.top = tops[-1]


def _spread(label: str) -> str:
    """A two-character label spread with typed spaces, as tables print 合计 and 项目."""
    return "  ".join(label) if len(label) == 2 else label


_NO_START = "，。、；：？！）》”’%％"
_NO_END = "（《“‘"


def _lines(text: str, size: float, avail: float, indent: float, split: bool = False) -> list[tuple[str, bool]]:
    """Greedy line breaking: a figure is never broken (with ``split`` it may be after its "," or "."),
    closing punctuation never starts a line."""
    pieces: list[str] = []
    for ch in text:
        if pieces and ((not _wide(ch) and not _wide(pieces[-1][-1]) and ch != " "
                        and not (split and pieces[-1][-1] in ",." and ch.isdigit())) or ch in _NO_START
                       or pieces[-1][-1] in _NO_END):
            pieces[-1] += ch
        else:
            pieces.append(ch)
    out, line, room = [], "", avail - indent
    for piece in pieces:
        if line and width(line + piece, size) > room:
            out.append(line)
            line, room = "", avail
        line += piece if line else piece.lstrip(" ")  # a space at a line's break is not printed
    out.append(line)
    return [(x, k == len(out) - 1) for k, x in enumerate(out)]


def _cell_lines(text: str, size: float, room: float, short_first: bool = False) -> list[str]:
    """A cell's text broken at its width, figures too (a long figure goes on below in its cell); with
    ``short_first`` words are spread evenly over as many lines (the first line the short one), figures not."""
    if short_first and text and not (text[0].isdigit() or text[0] == "-"):
        n = len(_cell_lines(text, size, room))
        cut = [len(text) * k // n for k in range(n + 1)]  # balanced: the first line the short one
        return [text[cut[k]:cut[k + 1]] for k in range(n)]
    out, line = [], ""
    for ch in text:
        if line and width(line + ch, size) > room:
            out.append(line)
            line = ""
        line += ch
    return [*out, line] if line or not out else out


# --- the PDF file ------------------------------------------------------------------------------

def _tounicode(codes: dict[str, int], radicals: dict[str, str]) -> bytes:
    pairs = [(cid, radicals.get(ch, ch)) for ch, cid in codes.items()]
    body = []
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        body.append(f"{len(chunk)} beginbfchar")
        body += [f"<{cid:04X}> <{''.join(f'{b:02X}' for b in u.encode('utf-16-be'))}>" for cid, u in chunk]
        body.append("endbfchar")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange", *body,
        "endcmap CMapName currentdict /CMapResource defineresource pop end end",
    ]).encode()


@functools.cache
def cjk_font() -> tuple[str, int] | None:
    """(file, index in the collection) of a CJK font with CID-keyed CFF outlines (Noto CJK SC), or None."""
    for name in ("Noto Serif CJK SC", "Noto Sans CJK SC"):
        try:
            out = subprocess.run(["fc-match", "-f", "%{file}:%{index}", name], capture_output=True, text=True,
                                 timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        file, _, index = out.rpartition(":")
        if "CJK" in file and Path(file).exists():
            return file, int(index or 0)
    return None


_SUBSET: list[tuple[frozenset[str], bytes, dict[str, int]]] = []  # the one subset made so far (see _subset)


def _subset(chars: str) -> tuple[bytes, dict[str, int]] | None:
    """The CFF of a subset of the CJK font holding ``chars``, and each char's CID in it (the font is
    CID-keyed: a subset keeps its CIDs, so the page's codes are those CIDs); None without the font or
    a glyph. Subsetting takes seconds: the subset made last serves every later call whose characters it
    holds, and a call it does not serve subsets its characters with those (documents of a run share most).
    The CIDs given are the subset's, for ``chars`` and any others it holds (one font and map for a run's
    documents: their pages alike byte for byte, tests/peer_doc's cache)."""
    want = set(chars)
    if _SUBSET and want <= _SUBSET[0][0]:
        return _SUBSET[0][1], _SUBSET[0][2]
    made = _subsetted("".join(sorted(want | _SUBSET[0][0]))) if _SUBSET else None
    if made is None and (made := _subsetted(chars)) is None:
        return None
    _SUBSET[:] = [(frozenset(made[1]), *made)]
    return made


def _subsetted(chars: str) -> tuple[bytes, dict[str, int]] | None:
    found = cjk_font()
    if found is None:
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(found[0], fontNumber=found[1])
    cmap = font.getBestCmap()
    if any(ord(ch) not in cmap for ch in chars):
        return None
    options = subset.Options()
    options.desubroutinize, options.hinting, options.layout_features, options.name_IDs = True, False, [], []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in chars])
    subsetter.subset(font)
    names = font.getBestCmap()
    cids = {ch: int(names[ord(ch)].removeprefix("cid")) for ch in chars}
    if len(set(cids.values())) < len(cids):
        return None
    data = io.BytesIO()
    font["CFF "].cff.compile(data, font)
    return data.getvalue(), cids


def write_pdf(pages: list[Page], path: Path, *, kangxi: bool = True, unmapped: frozenset[int] = frozenset(),
              rotate: bool = False, embed: bool = True, latin_unmapped: frozenset[int] = frozenset(),
              turned: str = "", order: str = "", supplement: bool = False) -> Path:
    """The pages as a PDF: two Type0/Identity-H fonts (中文, Latin) with ToUnicode maps. With ``embed``
    (and a CJK font on the machine) a subset of the font is embedded in each, as office suites embed
    theirs (so the pages can be rendered and looked at), else none is (glyph ids 1, 2, …).
    The pages numbered in ``unmapped`` (from 1) set their 中文 in a third font without a ToUnicode map
    (text extraction gives "(cid:12)"), those in ``latin_unmapped`` their figures in a Latin font
    without one (a subset font whose map was dropped: the Chinese read, the figures not); a page's
    ``outlines`` are glyphs drawn as curved paths. With
    ``rotate``, a landscape page is written as printer drivers write it: a portrait page turned by
    ``/Rotate 90``, its content drawn turned the other way; ``turned`` "270" turns it by ``/Rotate 270``,
    "ctm" leaves the page portrait with no ``/Rotate``, its content drawn turned by the page's matrix (a
    landscape table printed sideways: read by turning the page). ``order`` "columns" writes each page's
    glyphs column by column (a producer writing a table's cells down its columns), not line by line.
    A page's ``seals`` are drawn over everything in red: a circle, a star and the name round it, each glyph
    turned to face out. ``kangxi`` maps the 中文 font's 一 支 入 … to Kangxi radicals in its ToUnicode, and
    ``supplement`` its 门 长 见 … to the CJK Radicals Supplement and 不 利 率 … to compatibility ideographs."""
    radicals = ({**KANGXI, **(SUPPLEMENT if supplement else {})} if kangxi else {})
    chars = sorted({g[0] for p in pages for g in p.glyphs + p.margin} | {ch for p in pages for ch in p.watermark}
                   | {ch for p in pages for *_, name in p.seals for ch in name})
    embedded = _subset("".join(chars)) if embed else None
    if embedded is not None:
        cjk = {ch: cid for ch, cid in sorted(embedded[1].items()) if _wide(ch)}
        latin = {ch: cid for ch, cid in sorted(embedded[1].items()) if not _wide(ch)}
    else:
        cjk = {ch: k + 1 for k, ch in enumerate(c for c in chars if _wide(c))}
        latin = {ch: k + 1 for k, ch in enumerate(c for c in chars if not _wide(c))}
    objects: list[bytes] = []

    def add(data: bytes) -> int:
        objects.append(data)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> int:
        packed = zlib.compress(data)
        return add(f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + packed
                   + b"\nendstream")

    fonts = {}
    program = f"/FontFile3 {stream(embedded[0], '/Subtype /CIDFontType0C ')} 0 R " if embedded else ""
    kind = "/CIDFontType0" if embedded else "/CIDFontType2"  # CFF outlines, or TrueType by glyph id
    for name, base, codes, w in (("F1", "SimSun", cjk, 1000), ("F2", "TimesNewRomanPSMT", latin, 500),
                                 ("F3", "FangSong", cjk, 1000), ("F4", "TimesNewRoman", latin, 500)):
        desc = add(f"<< /Type /FontDescriptor /FontName /{base} /Flags 6 /FontBBox [0 -141 1000 859] "
                   f"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 {program}>>".encode())
        gids = "" if embedded else "/CIDToGIDMap /Identity "
        cid = add(f"<< /Type /Font /Subtype {kind} /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) "
                  f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW {w} {gids}>>".encode())
        mapped = _tounicode(codes, radicals if name == "F1" else {})
        uni = f"/ToUnicode {stream(mapped)} 0 R" if name in ("F1", "F2") else ""
        fonts[name] = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                          f"/DescendantFonts [{cid} 0 R] {uni} >>".encode())
    picture = add(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    page_ids = []
    parent = len(objects) + 1 + 2 * len(pages)  # the Pages object comes after every page and its content
    for number, p in enumerate(pages, start=1):
        # each border a thin filled rectangle (as Word draws them), not a stroked line
        ops = [f"{grey:g} g {x0:.2f} {p.height - t1:.2f} {x1 - x0:.2f} {t1 - t0:.2f} re f 0 g"
               for x0, t0, x1, t1, grey in p.fills]  # cells shaded, no rules
        if p.stroked:  # (one path a rule, each stroked: as spreadsheets print their cells' borders)
            ops += ["0.5 w 0 G", *(f"{x0:.2f} {p.height - t0:.2f} m {x1:.2f} {p.height - t1:.2f} l S"
                                   for x0, t0, x1, t1 in p.rules)]
        else:
            ops += [f"{x0 - 0.25:.2f} {p.height - max(t0, t1) - 0.25:.2f} {x1 - x0 + 0.5:.2f} {abs(t1 - t0) + 0.5:.2f} "
                    "re f" for x0, t0, x1, t1 in p.rules]
        for x, top in p.outlines:  # one closed path of four curves a glyph
            y = p.height - top
            ops.append(f"{x:.2f} {y:.2f} m {x + 3:.2f} {y + 6:.2f} {x + 9:.2f} {y + 6:.2f} {x + 12:.2f} {y:.2f} c "
                       f"{x + 9:.2f} {y - 6:.2f} {x + 3:.2f} {y - 6:.2f} {x:.2f} {y:.2f} c h f")
        for x, top, wide, high in p.pictures:  # a picture (a screenshot pasted in) scaled to its box
            ops.append(f"q {wide:.2f} 0 0 {high:.2f} {x:.2f} {p.height - top - high:.2f} cm /Im1 Do Q")
        if p.watermark:
            ops.append("BT 0.8 g")
            for k, ch in enumerate(p.watermark):
                x, y = 150 + 70 * k, 250 + 70 * k
                ops.append(f"/F1 60 Tf 0.7071 0.7071 -0.7071 0.7071 {x:.2f} {y:.2f} Tm <{cjk[ch]:04X}> Tj")
            ops.append("0 g ET")
        for glyphs in (p.glyphs, p.margin):
            for font, codes in (("F3" if number in unmapped else "F1", cjk),
                                ("F4" if number in latin_unmapped else "F2", latin)):
                mine = [g for g in glyphs if g[0] in codes]
                if order == "columns":
                    mine.sort(key=lambda g: (round(g[1] / 40), g[2]))
                if not mine:
                    continue
                ops.append("BT")
                for ch, x, top, size in mine:
                    base = p.height - top - size * 0.859
                    shear = 0.21 if p.italic else 0
                    ops.append(f"/{font} {size:g} Tf 1 0 {shear:g} 1 {x:.2f} {base:.2f} Tm <{codes[ch]:04X}> Tj")
                ops.append("ET")
        for cx, top, name in p.seals:
            ops += _seal(cx, p.height - top, name, cjk)
        media = f"/MediaBox [0 0 {p.width:.2f} {p.height:.2f}]"
        if rotate and p.width > p.height and turned == "270":  # display (X, Y) drawn at (Y, w - X)
            ops = [f"q 0 -1 1 0 0 {p.width:.2f} cm", *ops, "Q"]
            media = f"/MediaBox [0 0 {p.height:.2f} {p.width:.2f}] /Rotate 270"
        elif rotate and p.width > p.height:  # display (X, Y) drawn at (h - Y, X) of a portrait page
            ops = [f"q 0 1 -1 0 {p.height:.2f} 0 cm", *ops, "Q"]
            media = f"/MediaBox [0 0 {p.height:.2f} {p.width:.2f}]" + ("" if turned == "ctm" else " /Rotate 90")
        content = stream("\n".join(ops).encode())
        resources = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
        page_ids.append(add(f"<< /Type /Page /Parent {parent} 0 R {media} "
                            f"/Resources << /Font << {resources} >> /XObject << /Im1 {picture} 0 R >> >> "
                            f"/Contents {content} 0 R >>".encode()))
    assert len(objects) + 1 == parent
    add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in page_ids)}] /Count {len(pages)} >>".encode())
    catalog = add(f"<< /Type /Catalog /Pages {parent} 0 R >>".encode())
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, data in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + data + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def _seal(cx: float, cy: float, name: str, cjk: dict[str, int], radius: float = 60.0, size: float = 15.0) -> list[str]:
    """A red round seal centred at (cx, cy) (PDF coordinates): a circle, a five-pointed star, and ``name`` set
    round the upper arc from -120° to 120°, each glyph turned to face out (the middle one upright)."""
    k = 0.5523 * radius
    ops = ["q 1 0 0 RG 1 0 0 rg 2.5 w",
           f"{cx - radius:.2f} {cy:.2f} m {cx - radius:.2f} {cy + k:.2f} {cx - k:.2f} {cy + radius:.2f} "
           f"{cx:.2f} {cy + radius:.2f} c {cx + k:.2f} {cy + radius:.2f} {cx + radius:.2f} {cy + k:.2f} "
           f"{cx + radius:.2f} {cy:.2f} c {cx + radius:.2f} {cy - k:.2f} {cx + k:.2f} {cy - radius:.2f} "
           f"{cx:.2f} {cy - radius:.2f} c {cx - k:.2f} {cy - radius:.2f} {cx - radius:.2f} {cy - k:.2f} "
           f"{cx - radius:.2f} {cy:.2f} c S"]
    star = [(cx + r * math.sin(math.radians(36 * n)), cy + r * math.cos(math.radians(36 * n)))
            for n, r in ((n, 16.0 if n % 2 == 0 else 6.5) for n in range(10))]
    ops.append(" ".join(f"{x:.2f} {y:.2f} {'m' if n == 0 else 'l'}" for n, (x, y) in enumerate(star)) + " h f")
    ops.append("BT")
    n = len(name)
    for j, ch in enumerate(name):
        theta = math.radians(-120 + 240 * j / max(n - 1, 1))  # clockwise from the top
        r = radius - size * 0.9
        px, py = cx + r * math.sin(theta), cy + r * math.cos(theta)  # the glyph's middle
        cos, sin = math.cos(-theta), math.sin(-theta)
        ox, oy = px - (cos * size / 2 - sin * size * 0.35), py - (sin * size / 2 + cos * size * 0.35)
        ops.append(f"/F1 1 Tf {size * cos:.4f} {size * sin:.4f} {-size * sin:.4f} {size * cos:.4f} "
                   f"{ox:.2f} {oy:.2f} Tm <{cjk[ch]:04X}> Tj")
    return [*ops, "ET", "Q"]


# --- the document ----------------------------------------------------------------------------

LANDSCAPE = ("公开07", "公开08", "公开09")  # the widest tables, on landscape pages unless told which


def build(unit: pdf_docs.Unit, path: Path, borders: bool = True, lowered: float = 0.0,
          distributed: bool = False, money: str = "万元", landscape: tuple[str, ...] = LANDSCAPE,
          text_grid: bool = False) -> Path:
    """The document of pdf_docs.build_docx (cover, 目录, nine tables, 情况说明), written glyph by glyph; ``money``:
    the tables' amount unit in their 「单位：…」 line (「元」 for an office whose tables are in 元); ``landscape`` the
    tables set on landscape pages (spread over the page's width, as the .docx of tests/test_review_adv.py sets
    them); ``text_grid``: the 情况说明's lines whose cells are split at 「　」 printed as small ruled tables (a Word
    table typed into the text), not as lines."""
    w = Writer(borders, lowered, distributed)
    for _ in range(6):
        w.paragraph("", 16)
    w.paragraph(unit.name, 26, center=True, bold=True)
    w.paragraph(f"{unit.year}年度部门决算", 26, center=True, bold=True)
    w.new_page()
    w.paragraph("目  录", 18, center=True, bold=True)
    for line in (f"第一部分 {unit.name}概况", "一、主要职能", "二、部门决算单位构成",
                 f"第二部分 {unit.name}{unit.year}年度部门决算表", *pdf_docs._CONTENTS,
                 f"第三部分 {unit.name}{unit.year}年度部门决算情况说明", "第四部分 名词解释"):
        w.paragraph(line, 12, indent=not line.startswith("第"))
    w.new_page()
    tables_from = len(w.pages)
    w.paragraph(f"第二部分 {unit.name}{unit.year}年度部门决算表", 16, center=True, bold=True)
    for k, (key, grid, notes) in enumerate(pdf_docs.grids(unit)):
        turned = key in landscape
        if k or turned:
            w.new_page(turned)
        if turned and landscape != LANDSCAPE:  # spread over the landscape page's width
            room = (w.page.width - 3.0 * CM) / CM
            grid = pdf_docs.Grid(grid.header, grid.merges, grid.body, grid.body_merges,
                                 [x * room / sum(grid.widths) for x in grid.widths])
        title = TITLES.get(key, "{unit}{year}年度" + unit.tables[key]["title"])
        w.paragraph(title.format(unit=unit.name, year=unit.year), 15, center=True, bold=True)
        w.paragraph(f"{key}表", 9, indent=False)
        in_grid = key in ("公开02", "公开05")  # these print their unit inside the table's first row
        if not in_grid:
            w.paragraph(f"单位：{money}", 9, right=True)
        # 公开03 goes on overleaf under its title again, as a spreadsheet's print titles repeat it
        again = (f"{unit.tables[key]['title']}（续）", f"单位：{money}") if key == "公开03" else ()
        w.table(grid, 11.0 if key in ("公开02", "公开06") else 8.0, f"单位：{money}" if in_grid else "", again)
        for note in notes:
            w.paragraph(note, 9, indent=False)
    w.new_page()
    text_from = len(w.pages)
    explained = next((k for k, p in enumerate(unit.paragraphs) if p.startswith("第三部分")), 0)
    typed: list[list[str]] = []
    for n, text in enumerate(unit.paragraphs):
        if text_grid and n > explained and "　" in text:  # a row of a small table typed into the 情况说明
            typed.append(text.split("　"))
            continue
        if typed:
            _text_grid(w, typed)
            typed = []
        heading = pdf_docs._HEADING.match(text)
        if text.startswith("第") and heading:
            w.paragraph(text, 16, center=True, bold=True, lead=28)
        else:
            w.paragraph(text, 16, bold=bool(heading and len(text) < 30 and not text.endswith("。")), lead=28)
    if typed:
        _text_grid(w, typed)
    total = len(w.pages)
    for n, page in enumerate(w.pages, start=1):
        # each part its own page header (Word sections), none on the cover
        head = f"{unit.name}{unit.year}年度部门决算" + ("表" if tables_from <= n < text_from else
                                                      "情况说明" if n >= text_from else "")
        if n > 1:
            page.text(head, (page.width - width(head, 9)) / 2, 1.2 * CM, 9, into=page.margin)
        foot = f"第 {n} 页 共 {total} 页"
        page.text(foot, (page.width - width(foot, 9)) / 2, page.height - 1.5 * CM, 9, into=page.margin)
    return write_pdf(w.pages, path, rotate=True)


def _text_grid(w: Writer, rows: list[list[str]]) -> None:
    """A small ruled table in the text (the first row its header), 15.8 cm wide, its columns as wide as their
    longest body cell (a Chinese character two figures wide), between 13 and 26 figures, in 10.5 pt: as
    tests/test_review_adv.py's .docx sets it."""
    longest = [min(max(13, *(sum(1 + _wide(c) for c in r[k]) for r in rows[1:] if k < len(r))), 26)
               for k in range(len(rows[0]))]
    body = [[*r, *[""] * (len(rows[0]) - len(r))] for r in rows[1:]]
    w.top += 4
    w.table(pdf_docs.Grid([rows[0]], [], body, [], [15.8 * n / sum(longest) for n in longest]), 10.5, "")
    w.top += 8


def build_all(outdir: Path, units=pdf_docs.UNITS) -> dict[str, Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    return {u: build(pdf_docs.load(u), outdir / f"{u}.glyphs.pdf") for u in units}


if __name__ == "__main__":
    for unit, pdf in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "review_pdfs")).items():
        print(unit, pdf)
