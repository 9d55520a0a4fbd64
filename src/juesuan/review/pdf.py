"""Read a PDF as a person sees it: lines, paragraphs and tables in reading order.

What real exports need (seen on published 决算 PDFs):

- **Lines by vertical overlap.** Office suites set digits a few points lower than the Chinese
  around them (a run's baseline position); grouping characters by the top of their box puts
  every number on a line of its own. Characters that overlap a line's band by half their
  height belong to it, whatever their baseline.
- **Page headers and footers** (the same line at the top or bottom of most pages, page numbers)
  are not text of the report.
- **Tables continued across pages** are joined (a repeated header row dropped); tables are read
  by their cells.
- **Scanned pages** (images, no characters) are counted and named, never reviewed as "clean".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from .blocks import Block, Blocks, ReadError, normalize
from .grid import PUBLIC_TABLES, kind_of, plain
from .pdf_marks import marks
from .pdf_tables import Raw, tidy
from .pdf_unruled import overleaf

MAX_PAGES = 300  # beyond this the review reads the first MAX_PAGES pages and says so
_PAGE_NUMBER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
# a line that opens a heading or a numbered item starts a new paragraph
_OPENS = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))"
)
_MARGIN = 0.09  # share of the page height at top and bottom where headers and footers live


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the width of one character, to judge indents and short lines
    lead: float = 0.0  # the width of the first word (a number runs on): what a short line before could not fit
    chars: list[dict] = field(default_factory=list, repr=False)  # its glyphs, left to right


@dataclass
class _Band:
    top: float
    bottom: float
    chars: list[dict] = field(default_factory=list)


def group_lines(chars: list[dict]) -> list[Line]:
    """Characters into lines by vertical overlap, each line read left to right.

    A character joins the line whose band it overlaps by at least half of the smaller height
    (so digits set lower than the Chinese beside them stay on their line); bands are kept in
    order, so the work is linear in the characters of a page.
    """
    bands: list[_Band] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if not c["text"].strip():
            continue
        top, bottom = c["top"], c["bottom"]
        height = max(bottom - top, 0.1)
        home = None
        for band in reversed(bands[-4:]):
            overlap = min(band.bottom, bottom) - max(band.top, top)
            if overlap >= 0.5 * min(height, band.bottom - band.top):
                home = band
                break
        if home is None:
            bands.append(_Band(top, bottom, [c]))
        else:
            home.chars.append(c)
            # the band keeps the extent of its tallest characters, not the union of offsets
            if height > home.bottom - home.top:
                home.top, home.bottom = top, bottom
    lines = []
    for band in sorted(bands, key=lambda b: b.top):
        row = sorted(band.chars, key=lambda c: c["x0"])
        widths = sorted(c["x1"] - c["x0"] for c in row)
        size = widths[len(widths) // 2] if widths else 10.0
        text = _spaced(row, size)
        word = 1
        while word < len(row) and re.match(r"[\w,.%％()（）]", row[word]["text"]) and row[0]["text"].isascii() \
                and row[word]["text"].isascii():
            word += 1
        lead = row[word - 1]["x1"] - row[0]["x0"]
        lines.append(Line(text, row[0]["x0"], max(c["x1"] for c in row), band.top, band.bottom, size, lead, row))
    return lines


_FIGURE = re.compile(r"[\d.,%％\-．]")


def _spaced(row: list[dict], size: float) -> str:
    """A line's characters as text, a space where a gap wider than 0.6 of a character parts them,
    none between the glyphs of a figure spread by character spacing (WPS 分散对齐, a justified
    line: "1 2 . 5 0"): two figure characters whose gap equals a gap beside it (character spacing
    adds the same to every glyph) and is no wider than 2.5 characters (columns are wider)."""
    gaps = [b["x0"] - a["x1"] for a, b in pairwise(row)]
    text = row[0]["text"] if row else ""
    even = _distributed(row, gaps, size)
    # a row of words in cells (two gaps of two characters or more, no sentence, no figure): the cells
    # kept apart, "本年收 | 入合计" (a table's header left as text is no "收入入")
    columns = sum(1 for g in gaps if g >= 2 * size and abs(g - even) > max(0.5, 0.05 * g)) >= 2 \
        and not any(c["text"] in "。，；：,;" or c["text"].isdigit() for c in row)
    for k, gap in enumerate(gaps):
        a, b = row[k], row[k + 1]
        if columns and gap >= 2 * size and abs(gap - even) > max(0.5, 0.05 * gap):
            text += " | "
        elif gap > 0.6 * size and not (abs(gap - even) <= max(0.5, 0.05 * gap)) and not (
            _FIGURE.fullmatch(a["text"]) and _FIGURE.fullmatch(b["text"]) and gap <= 2.5 * size
            and any(abs(g - gap) <= max(0.5, 0.05 * gap) for g in (gaps[k - 1] if k else -99.0,
                                                                   gaps[k + 1] if k + 1 < len(gaps) else -99.0))
        ):
            text += " "
        text += b["text"]
    return text


def _distributed(row: list[dict], gaps: list[float], size: float) -> float:
    """The gap of a line set 分散对齐 (WPS: every glyph, Chinese and figures alike, a same extra
    space apart, a paragraph's short last line spread over the whole width): -1 when the line is
    not one. Four gaps or more, nine in ten of them equal and none narrower, Chinese among the
    glyphs (a table's row parts its cells by columns, not evenly)."""
    if len(gaps) < 4 or not any(not c["text"].isascii() for c in row):
        return -1.0
    even = sorted(gaps)[len(gaps) // 2]
    same = sum(1 for g in gaps if abs(g - even) <= max(0.5, 0.05 * even))
    if even <= 0.6 * size or same < 0.9 * len(gaps) or min(gaps) < even - max(0.5, 0.05 * even):
        return -1.0
    return even


_SPREAD = re.compile(r"-?[\d.,%％](?: +[\d.,%％])+")


def _celltext(text: str) -> str:
    """A cell's text: its lines joined (a long name broken in its cell), a figure spread across the
    cell by character spacing (分散对齐: "1 , 2 3 4 . 5 0") one figure again."""
    text = normalize(text.replace("\n", ""))
    return text.replace(" ", "") if _SPREAD.fullmatch(text) else text


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


def _deduped(page):
    """The page without the second print of a glyph printed twice a fraction of a point apart (a
    bold face faked so): the same character less than 1 pt (and half its width) from another. The
    page itself when there is none."""
    seen: dict[tuple[str, int, int], list[dict]] = {}
    drop: set[int] = set()
    for c in page.chars:
        x, y = round(c["x0"]), round(c["top"])
        near = min(1.0, (c["x1"] - c["x0"]) / 2)
        if c["text"].strip() and any(
            abs(o["x0"] - c["x0"]) < near and abs(o["top"] - c["top"]) < 1.0
            for dx in (-1, 0, 1) for dy in (-1, 0, 1) for o in seen.get((c["text"], x + dx, y + dy), ())
        ):
            drop.add(id(c))
            continue
        seen.setdefault((c["text"], x, y), []).append(c)
    if not drop:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in drop)


def _slanted(c: dict) -> bool:
    """A character drawn turned (its text matrix rotates its baseline): on no line of the text. A
    sheared one (an italic faked by slanting the glyphs) keeps its baseline and its line."""
    a, b = c.get("matrix", (1, 0))[:2]
    return abs(b) > 0.05 * (abs(a) + abs(b))


def _pictured(page, lines: list[Line]) -> str:
    """The 公开 table whose title stands on a page with no table, over a picture of a fifth of the
    page or more (a table pasted as a screenshot); "" when none. A page's background picture (nine
    tenths of it or more) and a 目录 (several table names) are no such page."""
    area = float(page.width) * float(page.height)
    pictures = [im for im in page.images if area / 5 <= (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) < area * 0.9]
    titles = [(plain(normalize(ln.text)), ln.bottom) for ln in lines if len(ln.text) < 60]
    names = {n: bottom for t, bottom in titles for n in PUBLIC_TABLES if t.endswith(plain(n))}
    longest = {n for n in names if not any(n != m and m.endswith(n) for m in names)}  # 财政拨款收入支出… not 收入支出…
    if not pictures or len(longest) != 1:
        return ""
    name = max(names, key=len)
    return name if any(im["top"] >= names[name] - 2 for im in pictures) else ""


def read_pdf(path: Path) -> Blocks:
    try:
        import pdfplumber
    except ImportError:
        raise ReadError("读取 PDF 需要 pdfplumber：pip install 'juesuan[review]'") from None
    pages: list[_Page] = []
    blocks = Blocks()
    scanned: list[int] = []
    garbled: list[int] = []
    partly: list[int] = []  # pages with some characters that cannot be decoded
    drawn: set[int] = set()  # pages with shapes or pictures inside a table (figures turned to outlines)
    pictured: list[tuple[int, str]] = []  # (page, table name): a 公开 table's title over a picture of it
    with pdfplumber.open(str(path)) as pdf:
        total = len(pdf.pages)
        for number, whole in enumerate(pdf.pages[:MAX_PAGES], start=1):
            page = _deduped(whole)
            if drop := marks(page.chars):  # sidebars and watermarks: neither text nor a table's cells
                page = page.filter(lambda obj, drop=drop: obj.get("object_type") != "char" or id(obj) not in drop)
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            if any(_drawn(page, box) for box in boxes):
                drawn.add(number)

            def outside(c, boxes=boxes) -> bool:
                x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            chars = page.chars
            texts = [c["text"] for c in chars if c["text"].strip()]
            undecoded = sum(t.startswith("(cid:") for t in texts)
            if len(texts) >= 5 and undecoded > len(texts) * 0.3:
                garbled.append(number)  # glyphs without a character map: "(cid:123)"
            elif undecoded >= 5:
                partly.append(number)  # one font without a map (the figures' Latin font, as a rule)
            elif len(texts) < 5 and (page.images or len(page.curves) > 100):
                scanned.append(number)  # an image, or text drawn as outlines
            # text set at a slant (a watermark "内部资料" across the page) is no line of the report
            lines = group_lines([c for c in chars if outside(c) and not _slanted(c)])
            cells = [(t.bbox[1], [[None if c is None else _celltext(c) for c in r] for r in t.extract()])
                     for t in tables]
            spans = [(ln.top, ln.bottom) for ln in lines] + [(b[1], b[3]) for b in boxes]  # what is printed
            pages.append((number, float(page.height), lines, cells, spans))
            if not tables and (name := _pictured(page, lines)):
                pictured.append((number, name))
            whole.flush_cache()
        # headers and footers: the same outermost margin line on 3 pages or more
        counts: Counter[str] = Counter()
        for _, height, lines, _, _ in pages:
            counts.update(set(_margins(lines, height).values()))
        # (a part's own header, as Word sections give them, stands on a quarter of the pages or more)
        repeated = {k for k, n in counts.items() if n >= max(3, len(pages) // 4)}
        _assemble(pages, repeated, blocks)
    if scanned:
        blocks.notes.append(
            f"第{_ranges(scanned)}页是扫描图像或转为图形的文字（没有可读的文字），共{len(scanned)}页：这些页未审阅，"
            "需要先做文字识别（OCR）或提供 Word 原稿。"
        )
    if pictured:
        blocks.notes.append(
            f"第{_ranges([n for n, _ in pictured])}页的{'、'.join(dict.fromkeys(t for _, t in pictured))}是图片"
            "（表中没有可读的文字）：这些表未审阅，需要先做文字识别（OCR）或提供原表。"
        )
    if garbled:
        blocks.notes.append(
            f"第{_ranges(garbled)}页的文字无法解码（PDF 字体缺少字符编码表），共{len(garbled)}页：这些页未审阅，"
            "请重新导出 PDF（嵌入字体）或提供 Word 原稿。"
        )
    if partly:
        blocks.notes.append(
            f"第{_ranges(partly)}页有无法解码的字符（PDF 中某一字体缺少字符编码表，多为数字）：这些页的数字未能核对，"
            "请重新导出 PDF（嵌入字体）或提供 Word 原稿。"
        )
    if (lost := amountless(blocks, drawn)):
        blocks.notes.append(f"{'、'.join(lost)}没有读出金额（金额可能是图形或无法解码的文字）：这些表未能核对。")
    blocks.coverage = coverage(blocks)
    if (note := _coverage_note(blocks.coverage)) and not set(_lacking(blocks.coverage)) <= set(partly):
        blocks.notes.append(note)
    if total > MAX_PAGES:
        blocks.notes.append(f"文件共{total}页，超过{MAX_PAGES}页的上限：只审阅了前{MAX_PAGES}页。")
    blocks.pages = min(total, MAX_PAGES)
    return blocks


# 万元, % or 元 (ending a phrase: not 元旦, 多元化) and what stands before it: a figure, or something
# that is no figure lost (a placeholder XX, a Chinese numeral, a unit caption "单位：万元", "以万元为
# 单位", 亿元, 美元, 单元, 多元, 公元)
_MENTION = re.compile(r"(?:(\d)|([Xx×＊*○〇零一二三四五六七八九十百千两亿美单多公纪币：:位为以按（(的])|)\s*"
                      r"(?:万元|%|％|元(?=[，。；、）)]|$))")
MIN_MENTIONS = 5
MIN_COVERAGE = 0.8


def coverage(blocks: Blocks) -> dict[int, tuple[int, int]]:
    """By page: (mentions of 万元, 元 or % in the text, those with digits beside them); tables left out."""
    out: dict[int, tuple[int, int]] = {}
    for b in blocks:
        if b.is_table or not (m := re.match(r"第(\d+)页", b.place)):
            continue
        page = int(m.group(1))
        for x in _MENTION.finditer(b.text):
            if x.group(2) is None:
                seen, read = out.get(page, (0, 0))
                out[page] = (seen + 1, read + (x.group(1) is not None))
    return out


_AMOUNTS = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _drawn(page, box: tuple) -> bool:
    """Curved shapes (three or more) or a picture inside a table's box: what figures turned to
    outlines or pasted as a picture leave (rules are lines and rectangles)."""
    def inside(o: dict) -> bool:
        return o["x0"] >= box[0] - 1 and o["x1"] <= box[2] + 1 and o["top"] >= box[1] - 1 and o["bottom"] <= box[3] + 1

    return sum(1 for c in page.curves if inside(c)) >= 3 or any(inside(im) for im in page.images)


def amountless(blocks: Blocks, drawn: set[int]) -> list[str]:
    """The tables read without their amounts ("第3页的支出决算表"): three cells or more undecoded
    ("(cid:17)"), or rows of codes (two or more), hardly an amount (fewer than one for four code
    rows) and shapes drawn in the table (on a page of ``drawn``): the figures printed as outlines or
    pictures. Cells left blank (the template, an empty table) draw nothing: no such table."""
    out = []
    for b in blocks:
        if not b.is_table:
            continue
        page = int(m.group(1)) if (m := re.match(r"第(\d+)页", b.place)) else 0
        cells = [c for r in b.rows for c in r]
        codes = sum(1 for r in b.rows if r and re.fullmatch(r"\d{3,7}", r[0]))
        amounts = sum(1 for c in cells if _AMOUNTS.fullmatch(c.replace(" ", "")) and not re.fullmatch(r"\d{3,7}", c))
        if sum("(cid:" in c for c in cells) >= 3 or (codes >= 2 and amounts <= codes // 4 and page in drawn):
            out.append(f"{b.place}的{kind_of(b) or '表格'}")
    return out


def _lacking(by_page: dict[int, tuple[int, int]]) -> list[int]:
    return [p for p, (n, r) in sorted(by_page.items()) if r < n]


def _coverage_note(by_page: dict[int, tuple[int, int]]) -> str:
    """A note when many 万元/% mentions have no figure beside them (the figures lost in reading)."""
    seen = sum(n for n, _ in by_page.values())
    read = sum(r for _, r in by_page.values())
    if seen < MIN_MENTIONS or read >= seen * MIN_COVERAGE:
        return ""
    pages = _lacking(by_page)
    return (f"全文{seen}处“万元”或“%”中只有{read}处读出了旁边的数字（{read / seen:.0%}），"
            f"未读出的在第{_ranges(pages)}页：多为 PDF 排版使数字与文字分离，这些句子的数字未能核对。")


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and "-" not in out[-1] and int(out[-1]) == n - 1:
            out[-1] = f"{out[-1]}-{n}"
        elif out and "-" in out[-1] and int(out[-1].split("-")[1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return "、".join(out)


class _Writer:
    """Lines and tables into blocks: paragraphs joined across lines and pages, tables across pages."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.para: list[str] = []
        self.para_page = 0
        self.recent: list[str] = []  # the last text lines: a table's title and unit
        self.open_table: Block | None = None
        self.caption: list[str] = []  # the open table's title lines: overleaf they may be printed again
        self.raw: list[tuple[Block, Raw]] = []  # each table's cells as read (merged cells None), joined

    def finish(self) -> None:
        """Each table's cells tidied (split codes joined, header rows made one, halves stacked)."""
        self.flush()
        for block, raw in self.raw:
            block.rows = tidy(raw) or [[x or "" for x in r] for r in raw]
            block.text = "\n".join("\t".join(r) for r in block.rows)

    def flush(self) -> None:
        text = normalize("".join(self.para))
        if text:
            self.blocks.append(Block(text, f"第{self.para_page}页"))
        if text.endswith(("。", "；")):
            self.recent = []  # a sentence ended: what follows is a table's title, if any
        self.para = []

    def line(self, text: str, number: int) -> None:
        if not self.para:
            self.para_page = number
        self.para.append(text)
        line = normalize(text)
        self.recent = [*self.recent[-3:], line]  # a title may take two lines
        if not (line in self.caption or (len(line) < 40 and re.search(r"续表|[（(]续[）)]", line))):
            self.open_table = None  # text between: the next table is another (its title and unit printed again
            # overleaf, or "续表", and the table goes on)

    def table(self, rows: Raw, number: int, first_on_page: bool) -> None:
        """A table read on a page; ``first_on_page``: no other table above it there (it may go on
        the table the page before ended with)."""
        self.flush()
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        prev = self.open_table
        width = len(self.raw[-1][1][0]) if prev is not None else 0
        if prev is not None and first_on_page and all(len(r) < width and any(_FIGURES.fullmatch(x or "") for x in r)
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
            if first_on_page and rows and not rows[0][0] \
                    and not any(re.fullmatch(r"[\d,.\-]+", x) for x in rows[0] if x):
                last = raw[-1]  # a row broken across the pages goes on
                raw[-1] = [None if a is None and b is None else (a or "") + (b or "")
                           for a, b in zip(last, rows[0], strict=False)]
                rows = rows[1:]
            raw.extend(rows)
            return
        # title and unit lines printed in the table's own first rows (a spreadsheet's: one cell across
        # the table, "收入支出决算总表"; or "公开01表" left and "单位：万元" right)
        inside: list[str] = []
        while len(rows) > 1 and _caption_row(rows[0]):
            inside += [x for x in rows[0] if x]
            rows = rows[1:]
        self.caption = [*self.recent, *inside]
        title = " ".join(self.caption)
        self.open_table = Block("", f"第{number}页", [["\t"]], title=title, caption=title)
        self.raw.append((self.open_table, rows))
        self.blocks.append(self.open_table)


_FIGURES = re.compile(r"-?[\d,]+\.\d{2}")
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


# number, height, lines, tables (top, cells), the vertical extents of what is printed (lines and tables)
_Page = tuple[int, float, list[Line], list[tuple[float, Raw]], list[tuple[float, float]]]


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


def _assemble(pages: list[_Page], repeated: set[str], blocks: Blocks) -> None:
    w = _Writer(blocks)
    prepared = []
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page[2]:
            sizes[round(ln.size, 1)] += len(ln.chars)
    em = sizes.most_common(1)[0][0] if sizes else 0.0  # the running text's
    texts = []
    for _, height, lines, _, spans in pages:
        edges = _margins(lines, height)
        texts.append([
            ln for i, ln in enumerate(lines)
            if not _PAGE_NUMBER.match(ln.text.strip()) and not _header(edges.get(i), repeated)
            and not (i in edges and _apart(ln, spans, em))
        ])
    for (number, _, _, tables, _), (lines, borderless) in zip(pages, overleaf(texts), strict=True):
        # tables printed without rules (a table reaching a page's foot read with its rows overleaf)
        tables = tables + [(top, [[_celltext(c or "") for c in r] for r in rows]) for top, rows in borderless]
        items: list[tuple[float, Line | Raw]] = [(ln.top, ln) for ln in lines]
        items += [(top, rows) for top, rows in tables]
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
                w.table(obj, number, first_on_page)
                first_on_page = False
                continue
            text = normalize(obj.text) if obj.text.strip() else ""
            if not text:
                continue
            indented = obj.x0 > left + obj.size * 1.2
            if _OPENS.match(text) or indented:
                w.flush()
            w.line(text, number)
            nxt = (items[i + 1:] or following or [(0.0, [])])[0][1]
            fits = nxt.lead + obj.size if isinstance(nxt, Line) else 0.0
            short = obj.x1 < right - max(obj.size * 1.5, fits) and not _runs_on(obj, nxt, left, right, em)
            if short:
                w.flush()  # a short line ends its paragraph (a full one ending "：" goes on)
    w.finish()
