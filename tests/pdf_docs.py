"""Published-looking 部门决算 PDFs for 审阅, made from the two 普陀 units of tests/data/published.

Each document is laid out like the published one: a cover, the 目录, 第二部分 with the nine tables
(the template's merged header cells, 功能分类 codes split into 类|款|项 columns, the two-sided 公开06
with a code column on each side, long tables going on overleaf with their header rows repeated,
each table's 单位 line and 注), then 第三部分 情况说明 and 第四部分 名词解释 (the published text,
paragraph by paragraph: tests/data/review_pdf/*.paragraphs.txt), a page header with the unit and
year and the page number in the footer. The tables' cells are the published ones, the publisher's
own mistakes included (tests/data/published/*.expected.toml ``tables``).

The 情况说明 is set as a 公文 is: 三号 (16 pt) 仿宋, fixed 28-point lines, headings in 黑体; left-aligned
(ragged right) in the clean variant, justified in the lowered one. Variants: ``clean`` sets every
run on its baseline, numbers its pages "— n —"; ``lowered``
sets the figures in Times New Roman runs of their own, 3 to 6 half-points (``w:position``) lower
than the Chinese beside them (what ONLYOFFICE-style exports do: with top-based line grouping every
number lands on a line of its own), numbers its pages "第 n 页 共 m 页" and sets 公开06 larger, so
that the two-sided table goes on overleaf.

The .docx are written with python-docx and converted to PDF by LibreOffice (``soffice``), all in one
call with a private profile (so a concurrent LibreOffice does not swallow the conversion).
``python -m tests.pdf_docs OUTDIR`` writes them for a look (``pdftoppm -r 50``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent
PUBLISHED = ROOT / "data" / "published"
SOURCES = ROOT / "data" / "review_pdf"
UNITS = ("putuo_sthj_2025", "putuo_wenlv_2025")
VARIANTS = {"clean": 0, "lowered": -6}  # the lowest w:position of the figures, in half-points
_FIGURE = re.compile(r"(\d[\d,.]*%?)")
_HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_CONTENTS = (
    "一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表",
    "五、一般公共预算财政拨款支出决算表", "六、一般公共预算财政拨款基本支出决算表",
    "七、财政拨款“三公”经费支出决算表", "八、政府性基金预算财政拨款收入支出决算表",
    "九、国有资本经营预算财政拨款收入支出决算表",
)


@dataclass(frozen=True)
class Unit:
    stem: str
    name: str
    year: int
    paragraphs: tuple[str, ...]
    tables: dict[str, dict]


def load(stem: str) -> Unit:
    raw = tomllib.loads((PUBLISHED / f"{stem}.expected.toml").read_text(encoding="utf-8"))
    paragraphs = (SOURCES / f"{stem}.paragraphs.txt").read_text(encoding="utf-8").splitlines()
    return Unit(stem, raw["unit"], raw["year"], tuple(p for p in paragraphs if p), raw["tables"])


# --- runs ------------------------------------------------------------------------------------------

def _fonts(run, east: str = "宋体", latin: str = "Times New Roman") -> None:
    run.font.name = latin
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east)


def _text(par, text: str, size: float, lowered: int, bold: bool = False, east: str = "宋体") -> None:
    """``text`` into ``par``: the figures in Latin runs of their own, ``lowered`` half-points down."""
    for part in _FIGURE.split(text) if lowered else [text]:
        if not part:
            continue
        run = par.add_run(part)
        run.font.size = Pt(size)
        run.bold = bold
        _fonts(run, east)
        if lowered and part[0].isdigit():
            pos = OxmlElement("w:position")  # -3 … ``lowered`` half-points, varying from figure to figure
            pos.set(qn("w:val"), str(max(lowered, -3 - len(part) % 4)))
            run._r.get_or_add_rPr().append(pos)


def _field(par, instr: str, size: float) -> None:
    run = par.add_run()
    run.font.size = Pt(size)
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


# --- tables ----------------------------------------------------------------------------------------

def _split_code(code: str, parts: int) -> list[str]:
    """A 功能分类 / 经济分类 code into its 类|款(|项) cells, as the published tables print it."""
    cells = [code[:3], code[3:5], code[5:7]][:parts]
    return [c for c in cells] if code.isdigit() else [code, *[""] * (parts - 1)]


@dataclass
class Grid:
    """A table to write: header rows (cell text, or None under a merge), merges, body rows."""

    header: list[list[str]]
    merges: list[tuple[int, int, int, int]]  # (row0, col0, row1, col1) within the header
    body: list[list[str]]
    body_merges: list[tuple[int, int, int]]  # (body row, col0, col1): a label over code + name cells
    widths: list[float]  # cm


def _coded(rows: list[list[str]], parts: int, values: int, lead: list[str], widths: list[float]) -> Grid:
    """Tables with a code (类|款|项) and a name column, then ``values`` amounts."""
    body, merges = [], []
    for r in rows:
        code, name, *amounts = r
        amounts = [*amounts, *[""] * values][:values]
        if not code and name:  # 合计: the label over the code and name cells
            body.append([name, *[""] * parts, *amounts])
            merges.append((len(body) - 1, 0, parts))
        else:
            body.append([*_split_code(code, parts), name, *amounts])
    n = parts + 1 + values
    head = [["项目", *[""] * parts, *lead], ["功能分类科目编码", *[""] * (parts - 1), "科目名称", *[""] * values],
            [*["类", "款", "项"][:parts], "", *[""] * values]]
    hm = [(0, 0, 0, parts), (1, 0, 1, parts - 1), (1, parts, 2, parts)]
    hm += [(0, parts + 1 + k, 2, parts + 1 + k) for k in range(values)]
    return Grid([h[:n] for h in head], hm, body, merges, widths)


def grids(unit: Unit) -> list[tuple[str, Grid, list[str]]]:
    t = unit.tables
    out: list[tuple[str, Grid, list[str]]] = []
    name_w = 3.4
    g1 = Grid([["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]], [(0, 0, 0, 1), (0, 2, 0, 3)],
              [list(r) for r in t["公开01"]["rows"]], [], [5.8, 2.5, 5.8, 2.5])
    out.append(("公开01", g1, t["公开01"].get("notes", [])))
    lead2 = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
    out.append(("公开02", _coded(t["公开02"]["rows"], 3, 7, lead2, [0.8, 0.6, 0.6, name_w, *[1.6] * 7]),
                t["公开02"].get("notes", [])))
    lead3 = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
    out.append(("公开03", _coded(t["公开03"]["rows"], 3, 6, lead3, [0.8, 0.6, 0.6, name_w, *[1.85] * 6]),
                t["公开03"].get("notes", [])))
    g4 = Grid([["收入", "", "支出", "", "", "", ""],
               ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                "国有资本经营预算财政拨款"]],
              [(0, 0, 0, 1), (0, 2, 0, 6)], [list(r) for r in t["公开04"]["rows"]], [],
              [4.0, 1.9, 4.0, 1.65, 1.65, 1.65, 1.65])
    out.append(("公开04", g4, t["公开04"].get("notes", [])))
    g5 = _coded(t["公开05"]["rows"], 3, 3, ["合计", "基本支出", "项目支出"], [1.0, 0.8, 0.8, 6.0, 2.6, 2.6, 2.6])
    g5.header[0][4:7] = ["一般公共预算财政拨款支出决算数", "", ""]  # the template's band over the amounts
    g5.header[1][4:7] = ["合计", "基本支出", "项目支出"]
    g5.merges = [(0, 0, 0, 3), (1, 0, 1, 2), (1, 3, 2, 3), (0, 4, 0, 6), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6)]
    out.append(("公开05", g5, t["公开05"].get("notes", [])))
    out.append(("公开06", _two_sided(t["公开06"]["rows"]), t["公开06"].get("notes", [])))
    out.append(("公开07", _three_public(t["公开07"]["rows"]), t["公开07"].get("notes", [])))
    for key in ("公开08", "公开09"):
        lead = ["年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"]
        g = _coded(t[key]["rows"], 3, 6, lead, [0.8, 0.6, 0.6, 3.4, *[1.85] * 6])
        g.header[1][6:9] = ["合计", "基本支出", "项目支出"]
        g.merges = [(0, 0, 0, 3), (1, 0, 1, 2), (1, 3, 2, 3), (0, 4, 2, 4), (0, 5, 2, 5), (0, 6, 0, 8),
                    (1, 6, 2, 6), (1, 7, 2, 7), (1, 8, 2, 8), (0, 9, 2, 9)]
        out.append((key, g, t[key].get("notes", [])))
    return out


def _two_sided(rows: list[list[str]]) -> Grid:
    """公开06: 人员经费 left, 公用经费 right, each with its own 经济分类 code (类|款) column."""
    body, merges = [], []
    for r in rows:
        cells: list[str] = []
        for k, (code, name, amount) in enumerate((r[0:3], r[3:6])):
            if not code and name.endswith("合计"):
                cells += [name, "", "", amount]
                merges.append((len(body), 4 * k, 4 * k + 2))
            else:
                cells += [*(_split_code(code, 2) if code else ["", ""]), name, amount]
        body.append(cells)
    head = [["经济分类科目编码", "", "科目名称", "决算数"] * 2, ["类", "款", "", ""] * 2]
    hm = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    return Grid(head, hm, body, merges, [1.0, 0.8, 4.4, 2.0] * 2)


def _three_public(rows: list[list[str]]) -> Grid:
    """公开07: the template's three header bands over (预算数, 决算数) pairs."""
    head = [["财政拨款“三公”经费", *[""] * 11],
            ["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6]
    hm = [(0, 0, 0, 11), (1, 0, 2, 1), (1, 2, 2, 3), (1, 4, 1, 9), (2, 4, 2, 5), (2, 6, 2, 7), (2, 8, 2, 9),
          (1, 10, 2, 11)]
    return Grid(head, hm, [list(r) for r in rows], [], [1.38] * 12)


def _cell_text(cell, text: str, size: float, lowered: int, bold: bool = False, center: bool = False,
               left: bool = False) -> None:
    par = cell.paragraphs[0]
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif text and _FIGURE.fullmatch(text) and not left:
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _text(par, text, size, lowered, bold)


def _write_grid(doc, grid: Grid, lowered: int, size: float = 8.0, *, repeat: bool = True, cant_split: bool = False,
                margin: int = 45, borders: bool = True, valign: str = "top", left: bool = False) -> None:
    """``grid`` as a Word table: its header rows repeated overleaf (``repeat``), a row never broken across
    pages (``cant_split``), ``margin`` twips of padding left and right in each cell, ruled or not
    (``borders``), each cell's text at the top, middle or foot of its row (``valign``), figures at their
    cells' left (``left``) or right."""
    n = len(grid.widths)
    table = doc.add_table(rows=len(grid.header) + len(grid.body), cols=n)
    if borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = table._cells  # table.cell(r, c) as a list: table.cell recomputes it on every call (O(cells²))
    for r, row in enumerate(grid.header):
        for c, value in enumerate(row):
            _cell_text(cells[r * n + c], value, size, lowered, bold=True, center=True)
        if repeat:
            table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated overleaf
    for r0, c0, r1, c1 in grid.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    top = len(grid.header)
    cells = table._cells  # again after the merges
    for r, row in enumerate(grid.body):
        for c, value in enumerate(row):
            _cell_text(cells[(top + r) * n + c], value, size, lowered, center=value.endswith("合计") and c == 0,
                       left=left)
    for r, c0, c1 in grid.body_merges:
        table.cell(top + r, c0).merge(table.cell(top + r, c1))
    if valign != "top":
        where = {"center": WD_CELL_VERTICAL_ALIGNMENT.CENTER, "bottom": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}[valign]
        for cell in table._cells:
            cell.vertical_alignment = where
    if cant_split:
        for row in table.rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")  # narrow cell padding, as the published tables have
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(margin))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), grid.widths, strict=True):
        col.set(qn("w:w"), str(int(width * 567)))  # twips
    for tr in table._tbl.tr_lst:  # each cell as wide as the grid columns it spans
        at = 0
        for tc in tr.tc_lst:
            tc.width = Cm(sum(grid.widths[at:at + tc.grid_span]))
            at += tc.grid_span


# --- the document ----------------------------------------------------------------------------------

def _para(doc, text: str, size: float, lowered: int, *, bold=False, center=False, right=False, indent=True,
          east="宋体", justify=False, ragged=False):
    par = doc.add_paragraph()
    fmt = par.paragraph_format
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(size * 1.75) if justify else 1.25  # 公文: fixed 28-point lines at 三号
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif justify and not ragged:
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif justify:
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if indent and not center and not right:
        fmt.first_line_indent = Pt(size * 2)
    _text(par, text, size, lowered, bold, east)
    return par


def _page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_docx(unit: Unit, variant: str, path: Path) -> Path:
    lowered = VARIANTS[variant]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.4)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _text(header, f"{unit.name}{unit.year}年度部门决算", 9, 0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if lowered:  # the two ways page numbers are printed
        _text(footer, "第 ", 9, 0)
        _field(footer, "PAGE", 9)
        _text(footer, " 页 共 ", 9, 0)
        _field(footer, "NUMPAGES", 9)
        _text(footer, " 页", 9, 0)
    else:
        _text(footer, "— ", 9, 0)
        _field(footer, "PAGE", 9)
        _text(footer, " —", 9, 0)

    for _ in range(6):
        doc.add_paragraph()
    _para(doc, unit.name, 26, lowered, bold=True, center=True, east="黑体")
    _para(doc, f"{unit.year}年度部门决算", 26, lowered, bold=True, center=True, east="黑体")
    _page_break(doc)
    _para(doc, "目  录", 18, 0, bold=True, center=True, east="黑体")
    for line in (f"第一部分 {unit.name}概况", "一、主要职能", "二、部门决算单位构成",
                 f"第二部分 {unit.name}{unit.year}年度部门决算表", *_CONTENTS,
                 f"第三部分 {unit.name}{unit.year}年度部门决算情况说明", "第四部分 名词解释"):
        _para(doc, line, 12, lowered, indent=not line.startswith("第"))
    _page_break(doc)
    _para(doc, f"第二部分 {unit.name}{unit.year}年度部门决算表", 16, lowered, bold=True, center=True, east="黑体")
    for k, (key, grid, notes) in enumerate(grids(unit)):
        if k:
            _page_break(doc)
        _para(doc, unit.tables[key]["title"], 15, lowered, bold=True, center=True, east="黑体")
        _para(doc, f"{key}表", 9, 0, indent=False)
        _para(doc, "单位：万元", 9, 0, right=True)
        # the lowered variant sets 公开06 larger, so the two-sided table goes on overleaf too
        _write_grid(doc, grid, lowered, 11.0 if lowered and key == "公开06" else 8.0)
        for note in notes:
            _para(doc, note, 9, lowered, indent=False)
    _page_break(doc)
    for text in unit.paragraphs:
        if text.startswith("第") and _HEADING.match(text):
            _para(doc, text, 16, lowered, bold=True, center=True, east="黑体")
        elif _HEADING.match(text) and len(text) < 30 and not text.endswith("。"):
            _para(doc, text, 16, lowered, east="黑体", justify=True, ragged=not lowered)
        else:
            _para(doc, text, 16, lowered, east="仿宋", justify=True, ragged=not lowered)
    doc.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def build_all(outdir: Path, units=UNITS, variants=tuple(VARIANTS)) -> dict[tuple[str, str], Path]:
    """Every (unit, variant) as a PDF in ``outdir``, converted in one LibreOffice call."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    docs = {(u, v): build_docx(load(u), v, outdir / f"{u}.{v}.docx") for u in units for v in variants}
    return dict(zip(docs, convert(list(docs.values()), outdir, exe), strict=True))


def convert(docs: list[Path], outdir: Path, exe: str | None = None) -> list[Path]:
    """The .docx files as PDFs in ``outdir``, in one LibreOffice call with a private profile; a long batch that
    LibreOffice stops writing part-way (it exits 0) is finished by calling it again on the files it left."""
    exe = exe or soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    profile = (outdir / "lo-profile").resolve().as_uri()
    out = [outdir / path.with_suffix(".pdf").name for path in docs]
    pending = list(docs)
    for _ in range(3):
        subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                        str(outdir), *map(str, pending)], check=True, capture_output=True, timeout=1200)
        pending = [d for d, p in zip(docs, out, strict=True) if not p.exists()]
        if not pending:
            break
    missing = [p.name for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out


if __name__ == "__main__":
    for key, pdf in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "review_pdfs")).items():
        print(*key, pdf)
