"""Read a report (.txt, .docx, .pdf) into blocks: paragraphs and tables, each with its place.

Places are what a reviewer finds again: 第N行 (text file), 第N段 / 第N个表格 (Word),
第N页 (PDF). PDF text is read with pdfplumber: lines are joined back into paragraphs,
tables are read as cells (a cell wrapped across lines is one cell), and a table split
across pages is joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…·・"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK}])[ \t]+|[ \t]+(?=[{CJK}])")
_PAGE_FOOTER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")


class ReadError(Exception):
    """The file could not be read at all (message in Chinese)."""


@dataclass
class Block:
    """A paragraph (``rows`` empty) or a table (``rows`` of cell texts)."""

    text: str
    place: str
    rows: list[list[str]] = field(default_factory=list)
    index: int = -1  # docx: body paragraph index, or table index for tables
    title: str = ""  # tables: the nearest caption/title before them

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


def normalize(text: str) -> str:
    """Drop spaces a PDF or a justified line puts between Chinese characters and figures."""
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    return _SPACE_NEAR_CJK.sub("", text).strip()


def read(path: Path) -> list[Block]:
    """Blocks of a .txt, .docx or .pdf file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ReadError(f"找不到文件：{path}")
    try:
        if suffix == ".docx":
            return read_docx(path)
        if suffix == ".pdf":
            return read_pdf(path)
        if suffix in (".txt", ".text", ".md", ""):
            raw = path.read_bytes()
            for enc in ("utf-8-sig", "gb18030"):
                try:
                    return read_text(raw.decode(enc))
                except UnicodeDecodeError:
                    continue
            raise ReadError(f"无法识别 {path.name} 的文字编码（应为 UTF-8 或 GBK）。")
    except ReadError:
        raise
    except Exception as exc:  # a damaged file of a known type
        raise ReadError(f"无法读取 {path.name}：{exc}") from None
    raise ReadError(f"不支持的文件类型：{suffix}（支持 .txt、.docx、.pdf）")


# --- text -----------------------------------------------------------------

_CHART_SERIES = re.compile(
    r"(?P<series>[^\t\n]+)\t\s*(?P<cats>(?:[^\t\n]+\t)+?)单位：(?P<unit>万元|元)\t"
    r"(?P<vals>(?:[-\d.,]+\t)+)"
)


def read_text(text: str) -> list[Block]:
    """Plain text: one paragraph a line; tab-indented rows (Word's text export) are tables."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    last_text = ""
    while i < len(lines):
        line = lines[i]
        if line.startswith("\t"):
            start, rows, row = i, [], []
            while i < len(lines):
                cur = lines[i]
                if cur.startswith("\t"):
                    row.append(normalize(cur))
                elif cur.strip() == "" and i + 1 < len(lines) and lines[i + 1].startswith("\t"):
                    rows.append(row)
                    row = []
                else:
                    break
                i += 1
            rows = [r for r in [*rows, row] if any(r)]
            if len(rows) > 1:
                blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{start + 1}行", rows, title=last_text))
            continue
        stripped = normalize(line)
        if stripped:
            blocks.append(Block(stripped, f"第{i + 1}行", index=i))
            last_text = stripped
        i += 1
    return _charts_from_text(text, blocks)


def _charts_from_text(text: str, blocks: list[Block]) -> list[Block]:
    """Word's text export of a chart: title, then series name, categories, 单位, values."""
    lines = text.splitlines()
    n = 0
    while n < len(lines):
        if not ("单位：" in lines[n] and "\t" in lines[n]) or n < 2:
            n += 1
            continue
        start, title = n, lines[n - 2].strip()
        end = n
        while end + 1 < len(lines) and "单位：" in lines[end + 1]:
            end += 1
        joined = "\n".join(lines[n - 1 : end + 1])
        rows, header = [], []
        for m in _CHART_SERIES.finditer(joined):
            cats = [c.strip() for c in m.group("cats").split("\t") if c.strip()]
            vals = [v for v in m.group("vals").split("\t") if v.strip()]
            if len(vals) >= len(cats):
                rows.append([m.group("series").strip(), *vals[: len(cats)]])
                header = ["", *cats]
        if rows:
            blocks.append(
                Block(f"图：{title}", f"第{start - 1}行（图表）", [header, *rows], title=f"图 {title} 单位：万元")
            )
        n = end + 1
    return blocks


# --- docx -----------------------------------------------------------------


def read_docx(path: Path) -> list[Block]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    blocks: list[Block] = []
    p_index = t_index = 0
    last_text = ""
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            p_index += 1
            text = normalize(item.text)
            if text:
                blocks.append(Block(text, f"第{p_index}段", index=p_index - 1))
                last_text = text
        elif isinstance(item, Table):
            t_index += 1
            rows = _docx_rows(item)
            if rows:
                blocks.append(
                    Block(
                        "\n".join("\t".join(r) for r in rows),
                        f"第{t_index}个表格",
                        rows,
                        index=t_index - 1,
                        title=last_text,
                    )
                )
    return blocks


def _docx_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(normalize(cell.text.replace("\n", "")))
        rows.append(cells)
    return rows


# --- pdf ------------------------------------------------------------------


def read_pdf(path: Path) -> list[Block]:
    try:
        import pdfplumber
        from pdfplumber.table import Table
    except ImportError:
        raise ReadError("读取 PDF 需要 pdfplumber：pip install 'juesuan[review]'") from None
    blocks: list[Block] = []
    para: list[str] = []
    para_page = 0
    last_text = ""
    open_table: Block | None = None  # a table that may go on at the top of the next page

    def flush() -> None:
        nonlocal para, last_text
        text = normalize("".join(para))
        if text:
            blocks.append(Block(text, f"第{para_page}页"))
            last_text = text
        para = []

    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                x = (obj["x0"] + obj["x1"]) / 2
                y = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            lines = (
                page.filter(outside).extract_text_lines(return_chars=False)
                if boxes
                else page.extract_text_lines(return_chars=False)
            )
            lines = [ln for ln in lines if not _PAGE_FOOTER.match(ln["text"].strip())]
            items = [("line", ln["top"], ln) for ln in lines] + [("table", t.bbox[1], t) for t in tables]
            items.sort(key=lambda it: it[1])
            left = min((ln["x0"] for ln in lines), default=0)
            right = max((ln["x1"] for ln in lines), default=page.width)
            first_on_page = True
            for _, _, obj in items:
                if isinstance(obj, Table):
                    flush()
                    rows = [[normalize((c or "").replace("\n", "")) for c in r] for r in obj.extract()]
                    rows = [r for r in rows if any(r)]
                    if not rows:
                        continue
                    if first_on_page and open_table is not None and len(rows[0]) == len(open_table.rows[0]):
                        if not rows[0][0] and open_table.rows:  # a wrapped row goes on
                            prev = open_table.rows[-1]
                            open_table.rows[-1] = [a + b for a, b in zip(prev, rows[0], strict=False)]
                            rows = rows[1:]
                        if rows and rows[0] == open_table.rows[0]:
                            rows = rows[1:]  # repeated header
                        open_table.rows.extend(rows)
                        open_table.text = "\n".join("\t".join(r) for r in open_table.rows)
                    else:
                        open_table = Block(
                            "\n".join("\t".join(r) for r in rows), f"第{number}页", rows, title=last_text
                        )
                        blocks.append(open_table)
                    first_on_page = False
                    continue
                text = obj["text"]
                size = (obj["x1"] - obj["x0"]) / max(len(text), 1)
                indented = obj["x0"] > left + size * 1.2
                if first_on_page and not indented and para:
                    pass  # a paragraph going on from the previous page
                elif indented or not para:
                    flush()
                    para_page = number
                if not para:
                    para_page = number
                para.append(text)
                if obj["x1"] < right - size * 1.5 or text.rstrip().endswith(("：", ":")):
                    flush()  # a short line ends its paragraph
                open_table = None
                first_on_page = False
            if not items:
                first_on_page = False
        flush()
    return blocks
