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

The parts: pdf_lines (characters into lines), pdf_tables / pdf_unruled / pdf_overleaf (ruled and unruled
tables), pdf_assemble (lines and tables into blocks), pdf_coverage (what could not be checked),
pdf_marks (sidebars and watermarks); this module opens the file and reads it page by page.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

from .blocks import Blocks, ReadError, normalize
from .grid import PUBLIC_TABLES, plain
from .pdf_assemble import _assemble, _margins
from .pdf_assemble import _Page as _Page
from .pdf_coverage import (
    MIN_COVERAGE,
    MIN_MENTIONS,
    _coverage_note,
    _drawn,
    _lacking,
    _ranges,
    amountless,
    coverage,
    unread,
)
from .pdf_indent import ruled
from .pdf_lines import Line, _celltext, group_lines
from .pdf_marks import marks, slanted
from .pdf_tables import spanned

__all__ = ["MAX_PAGES", "MIN_COVERAGE", "MIN_MENTIONS", "Line", "_assemble", "coverage", "group_lines", "read_pdf"]

MAX_PAGES = 300  # beyond this the review reads the first MAX_PAGES pages and says so


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


def _upright(pdf, page):
    """The page as it is read: turned a quarter when most of its characters run up or down it (a landscape
    table printed sideways, its content drawn turned by the page's matrix without a /Rotate); else itself."""
    chars = [c for c in page.chars if c["text"].strip()]
    up = sum(1 for c in chars if abs(c["matrix"][0]) < 0.05 * abs(c["matrix"][1]) and c["matrix"][1] > 0)
    down = sum(1 for c in chars if abs(c["matrix"][0]) < 0.05 * abs(c["matrix"][1]) and c["matrix"][1] < 0)
    if len(chars) < 5 or max(up, down) < 0.6 * len(chars):
        return page
    from pdfplumber.page import Page

    obj = page.page_obj
    obj.rotate = (page.rotation + (90 if up > down else 270)) % 360
    obj.attrs["Rotate"] = obj.rotate
    page.flush_cache()
    return Page(pdf, obj, page.page_number, page.initial_doctop)


def _titled(lines: list[Line]) -> tuple[str, float]:
    """(the one 公开 table a page's title names, the title's bottom), or ("", 0.0): none, or several (a 目录). A title
    wrapped over two lines is read joined; a page with none names its table by its number line (「公开05表」)."""
    short = [(plain(normalize(ln.text)), ln.bottom) for ln in lines if len(ln.text) < 60]
    titles = short + [(a + b, bottom) for (a, _), (b, bottom) in pairwise(short)]
    names = {n: bottom for t, bottom in titles for n in PUBLIC_TABLES if t.endswith(plain(n))}
    longest = {n for n in names if not any(n != m and m.endswith(n) for m in names)}  # 财政拨款收入支出… not 收入支出…
    if len(longest) == 1:
        name = max(names, key=len)
        return name, names[name]
    numbers = {int(m.group(1)): bottom for t, bottom in short if (m := re.fullmatch(r"公开0?([1-9])表", t))}
    if not longest and len(numbers) == 1:
        n, bottom = numbers.popitem()
        return PUBLIC_TABLES[n - 1], bottom
    return "", 0.0


def _pictured(page, lines: list[Line]) -> str:
    """The 公开 table whose title stands on a page with no table, over a picture of a fifth of the
    page or more (a table pasted as a screenshot); "" when none. A page's background picture (nine
    tenths of it or more) and a 目录 (several table names) are no such page."""
    area = float(page.width) * float(page.height)
    pictures = [im for im in page.images if area / 5 <= (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) < area * 0.9]
    name, bottom = _titled(lines)
    if not pictures or not name:
        return ""
    return name if any(im["top"] >= bottom - 2 for im in pictures) else ""


def _blank(grid: list[list[str | None]]) -> bool:
    """A ruled grid of two rows and two columns or more with no character in any cell: a table whose text is not
    there (a scan without its picture, the text layer left out), not an empty table (its header has words)."""
    return len(grid) >= 2 and max(len(r) for r in grid) >= 2 and not any((c or "").strip() for r in grid for c in r)


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
    blank: list[tuple[int, str]] = []  # (page, table name or ""): ruled grids with no text in any cell
    flush: list[float] = []  # where names not indented start in their ruled cells (pdf_indent.ruled)
    with pdfplumber.open(str(path)) as pdf:
        total = len(pdf.pages)
        for number, whole in enumerate(pdf.pages[:MAX_PAGES], start=1):
            whole = _upright(pdf, whole)
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
            lines = group_lines([c for c in chars if outside(c) and not slanted(c)])
            # (a name's indent, the hierarchy an uncoded table shows by it, given back as leading 「　」)
            cells = []
            for t in tables:  # (each with its cells as printed, for 原文数字: review.written)
                grid = t.extract()
                if _blank(grid):  # (untitled on the page after one: that table going on overleaf)
                    name = _titled(lines)[0] or (blank[-1][1] if blank and blank[-1][0] >= number - 1 else "")
                    blank.append((number, name))
                    continue
                texts = spanned([r.cells for r in t.rows], [[None if c is None else _celltext(c) for c in r]
                                                             for r in grid])
                cells.append((t.bbox[1], ruled([r.cells for r in t.rows], texts, chars, flush),
                              sorted({round(c[0], 1) for c in t.cells} | {round(t.bbox[2], 1)}),
                              "\n".join("\t".join(c or "" for c in r) for r in grid)))
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
    _unread_notes(blocks, scanned, pictured, blank, garbled, partly)
    if (lost := amountless(blocks, drawn)):
        blocks.notes.append(f"{'、'.join(lost)}没有读出金额（金额可能是图形或无法解码的文字）：这些表未能核对。")
    blocks = unread(blocks)
    blocks.coverage = coverage(blocks)
    if (note := _coverage_note(blocks.coverage)) and not set(_lacking(blocks.coverage)) <= set(partly):
        blocks.notes.append(note)
    if total > MAX_PAGES:
        blocks.notes.append(f"文件共{total}页，超过{MAX_PAGES}页的上限：只审阅了前{MAX_PAGES}页。")
    blocks.pages = min(total, MAX_PAGES)
    return blocks


def _unread_notes(blocks: Blocks, scanned: list[int], pictured: list[tuple[int, str]], blank: list[tuple[int, str]],
                  garbled: list[int], partly: list[int]) -> None:
    """The reader's notes on pages and tables it could not read: scans, pictures of tables, grids without text,
    fonts without a character map."""
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
    if blank:
        by_name: dict[str, list[int]] = {}  # (a table going on overleaf: its pages under its one name)
        for n, name in blank:
            if n not in by_name.setdefault(name, []):
                by_name[name].append(n)
        named = "、".join(f"第{_ranges(pages)}页的{name or '表格'}" for name, pages in by_name.items())
        blocks.notes.append(f"{named}只有框线、没有可读的文字（表格可能是扫描图像或转为图形，文字层缺失）："
                            "这些表未审阅，需要先做文字识别（OCR）或提供原表。")
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
