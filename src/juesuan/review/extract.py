"""Read a report (.txt, .docx, .pdf) into blocks: paragraphs and tables, each with its place.

Places are what a reviewer finds again: 第N行 (text file), 第N段 / 第N个表格 (Word),
第N页 (PDF). PDF text is read with pdfplumber: lines are joined back into paragraphs,
tables are read as cells (a cell wrapped across lines is one cell), and a table split
across pages is joined again.
"""

from __future__ import annotations

import re
from pathlib import Path

from .blocks import Block, Blocks, ReadError, normalize

__all__ = ["Block", "Blocks", "ReadError", "normalize", "read", "read_text"]


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
            from .pdf import read_pdf

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
