"""A fidelity bench for the PDF reader: documents whose true text and table grids are known, rendered
the ways units' offices export their 部门决算, read back by ``juesuan review``'s reader and compared cell
by cell and sentence by sentence.

The truth is a 普陀 unit's published document (tests/pdf_docs.py: the template's nine tables with their
merged header cells, split 类|款|项 codes, the two-sided 公开06; the 情况说明 paragraph by paragraph).
A ``Variant`` says how it is printed, one parameter for each thing real exports do: landscape table
pages, a narrow 科目名称 column (names wrapped to two or three lines inside their cell), larger table
type (tables going on overleaf) with or without the header rows repeated and with a 「续表」 line, the
page header (unit and year) and footer (「- 3 -」 or 「第3页 共20页」) between a table's rows, empty 公开08/09
with 「本部门无…」 inside, amounts with or without thousands separators and 「-」 or blank for zero,
figures set lower than the Chinese, 仿宋 16 pt text at 1.5 lines with a first-line indent (paragraphs
broken across pages), rows allowed to break across pages or not, cell margins, tables ruled or not, each
cell's lines at the top, middle or foot of its row, wrapped names with their first or their last line the
short one, a table's rest overleaf with its columns a few points off, the amounts' heads under a band merged
over two header rows (「本年收入」 over 小计 | 财政拨款收入 | …), 合计 rows printed first, a 「编制单位：…」 line
beside the unit, figures left-aligned in their cells or right-aligned unevenly (zeros a 「—」 there too), the 款/项
hierarchy shown by indenting the 科目名称 with 「　」 (codes in their cells, or none). Producers: LibreOffice from a
python-docx .docx (``lo``) and the glyph writer (``glyphs``: tests/pdf_glyphs.py).

The measure (tests/pdf_measure.py, ``measure``): of the true figures, the share read into the right cell
(same row by its label, same column counted from the right) or the right sentence (same wording, figures aside), a row
without figures counting its label (read as a row of its own); false figures are figures read where the
truth has none or another. The pages a variant prints without a character map must be named by the
review's 「审阅可能不完整」 findings (``Score.unsaid``: those not named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from docx import Document as Docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from tests import pdf_docs, pdf_glyphs, pdf_sides

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?%?")
_AMOUNT = re.compile(r"-?\d[\d,]*\.\d+|\(\d[\d,]*\.\d+\)|[-—]|0")  # "0": a zero printed bare; "(12.34)" negative
_DASH = ("-", "—")  # a zero printed as a dash: no figure


@dataclass(frozen=True)
class Variant:
    """How one document is printed."""

    name: str
    producer: str = "lo"  # "lo": python-docx + LibreOffice; "glyphs": tests/pdf_glyphs.Writer
    unit: str = "putuo_sthj_2025"
    landscape: bool = False  # the tables' pages turned
    name_width: float = 0.0  # cm: the 科目名称 columns this narrow (0: as published)
    table_size: float = 8.0  # pt
    repeat_header: bool = True  # the header rows again overleaf
    continued: bool = False  # a 「续表」 line over the table's part overleaf (a table split by hand)
    footer: str = "dash"  # "dash": 「- 3 -」; "of": 「第3页 共20页」
    thousands: bool = True
    zero: str = "0.00"  # a zero amount printed "0.00", "-" or ""; "mixed": 「-」「—」「0」「0.00」 and blank in turn
    negative: bool = False  # every seventh amount negative, printed 「-12.34」 and 「(12.34)」 in turn
    lowered: int = 0  # half-points (lo) the figures sit below the Chinese; glyphs: points = half of it
    empty_inside: bool = False  # 公开08/09 with 「本部门无…」 in a row across the table
    spacing: float = 0.0  # the text's line spacing as a multiple (0: fixed 28 pt, as 公文)
    cant_split: bool = False  # a row never broken across pages (lo)
    margin: int = 45  # cell padding, twips (lo)
    borders: bool = True  # tables ruled
    valign: str = ""  # where a cell's lines stand in its row: "top", "center", "bottom"; "": the producer's
    # default (lo: python-docx's "top"; glyphs: "center")
    short_first: bool = False  # glyphs: a name wrapped in its cell has its first line the short one
    shift: float = 0.0  # glyphs: points a table's columns stand off on each page it goes on to
    band: bool = False  # 公开02/03/05: the amounts' heads under a band (「本年收入」) merged over two header rows,
    # their own heads (「小计」, 「基本支出」, …) in the row of 类 | 款 | 项
    ragged: str = ""  # figures "left"-aligned in their cells, or (glyphs) right-aligned "uneven"ly (typed spaces)
    totals_first: bool = False  # 公开05/06 print their 合计 row first, under the header
    maker: bool = False  # glyphs: 「编制单位：…」 left on the unit line over each table
    # glyphs, what real exports do besides: landscape pages turned by /Rotate 270 ("270") or drawn turned by the
    # page's matrix on a portrait page without /Rotate ("ctm"; printed sideways)
    turned: str = ""
    seal: bool = False  # a red round seal (the unit's name round a circle, each glyph turned) on every page
    watermark: str = ""  # large grey characters at 45° across every page, over text and tables
    order: str = ""  # "columns": each page's glyphs written column by column (a table's cells down its columns)
    rules: str = ""  # ruled tables drawn "three"-line (no verticals), as "filled" cell rectangles (no lines) or
    # "stroked" (each rule a line, as spreadsheets print their grid)
    text_width: float = 0.0  # cm: the text set in a column this narrow, justified lines spread glyph by glyph
    split_figures: bool = False  # a figure broken at a line's end after its "," or "." (「1,234.」 / 「56万元」)
    unmapped: bool = False  # the Chinese of a table page and a text page in a font without ToUnicode
    fullwidth: bool = False  # some figures in full-width digits (「１２３．４５」) or with 「，」 (「1，234.56」)
    # glyphs: the 中文 font maps 门 长 见 … to the CJK Radicals Supplement (⻔ ⻓ ⻅) and 不 利 率 … to compatibility
    # ideographs in its ToUnicode, besides the Kangxi radicals (⼀ ⽀ ⼊) every glyph variant's font maps
    supplement: bool = False
    # the 科目名称 of the coded tables indented by 「　」 per level (款 one, 项 two): "codes" with the codes in their
    # 类|款|项 cells, "nocode" without them (the hierarchy shown by indentation only, as some units print it)
    indent: str = ""
    # 公开06's halves as two tables side by side, rows on their own (tests/pdf_sides.py): "split" its codes in 类|款
    # cells, "whole" in one 科目编码 column (glyphs; right-aligned, close before the name, as a spreadsheet sets them),
    # "mixed" / "mixed-right" the left / right half's only
    apart: str = ""


@dataclass
class Truth:
    tables: list[tuple[str, pdf_docs.Grid]]  # (公开 key, grid) as printed
    paragraphs: list[str]  # every paragraph printed, in order (titles, captions, notes, 续表, text)
    text: list[str]  # the 情况说明 paragraphs: the sentences measured


_ZEROS = ("-", "—", "0", "0.00", "")


def _amount(text: str, v: Variant, k: int = 0) -> str:
    """A body cell as ``v`` prints it (``k``: the cell's place in the table, for what varies cell by cell)."""
    if not _AMOUNT.fullmatch(text) or text in ("-", "0"):
        return text
    value = Decimal(text.replace(",", ""))
    if value == 0:
        return _ZEROS[k % len(_ZEROS)] if v.zero == "mixed" else v.zero
    printed = f"{value:,.2f}" if v.thousands else f"{value:.2f}"
    if v.negative and k % 7 == 3:
        return f"({printed})" if k % 2 else f"-{printed}"
    return printed


# the band over a table's amounts and their own heads under it, as 公开 tables print them
_BANDS = {"公开02": ("本年收入", ["小计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
                              "其他收入"]),
          "公开03": ("本年支出", ["小计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]),
          "公开05": ("一般公共预算财政拨款支出决算数", ["小计", "基本支出", "项目支出"])}


def _banded(grid: pdf_docs.Grid, band: tuple[str, list[str]]) -> tuple[list[list[str]], list]:
    """The header of a coded table (项目 | 类 款 项 | 科目名称 over three rows) with its amounts' heads under
    one band merged over the first two rows, their own heads in the third."""
    label, heads = band
    n = len(grid.widths)
    first = n - len(heads)  # the amounts' first column
    header = [list(r) for r in grid.header]
    header[0][first:] = [label, *[""] * (len(heads) - 1)]
    header[1][first:] = [""] * len(heads)
    header[2][first:] = heads
    merges = [m for m in grid.merges if m[3] < first] + [(0, first, 1, n - 1)]
    return header, merges


def truth(v: Variant) -> Truth:
    unit = pdf_docs.load(v.unit)
    tables: list[tuple[str, pdf_docs.Grid]] = []
    for key, grid, _notes in pdf_docs.grids(unit):
        body = [[_amount(c, v, r * len(row) + k) for k, c in enumerate(row)] for r, row in enumerate(grid.body)]
        if v.fullwidth:
            body = [[_wide(c, r + k) if re.fullmatch(r"\d[\d,]*\.\d+", c) else c for k, c in enumerate(row)]
                    for r, row in enumerate(body)]
        merges = list(grid.body_merges)
        if v.empty_inside and key in ("公开08", "公开09"):
            what = "政府性基金" if key == "公开08" else "国有资本经营"
            body = [[f"本部门无{what}预算财政拨款收入支出", *[""] * (len(grid.widths) - 1)]]
            merges = [(0, 0, len(grid.widths) - 1)]
        widths = list(grid.widths)
        if v.name_width:
            for c, head in enumerate(grid.header[0] + grid.header[-1]):
                if head == "科目名称" and c < len(widths):
                    widths[c] = v.name_width
            for c in (1, 2):  # the 科目名称 of 公开02/03/05/08/09 stands in the second header row
                if len(grid.header) > 1 and c < len(grid.header[1]) and grid.header[1][c + 1:c + 2] == ["科目名称"]:
                    widths[c + 1] = v.name_width
        header, head_merges = grid.header, grid.merges
        if v.band and key in _BANDS:
            header, head_merges = _banded(grid, _BANDS[key])
        if v.totals_first and key in ("公开05", "公开06") and body:
            last = len(body) - 1
            body = [body[-1], *body[:-1]]
            merges = [(0 if r == last else r + 1, c0, c1) for r, c0, c1 in merges]
        if v.indent and grid.header[-1][:3] == ["类", "款", "项"]:
            header, head_merges, body, merges, widths = _indented(header, head_merges, body, merges, widths,
                                                                  v.indent == "nocode")
        tables.append((key, pdf_docs.Grid(header, head_merges, body, merges, widths)))
    paragraphs = [f"第二部分 {unit.name}{unit.year}年度部门决算表"]
    for key, _grid in tables:
        paragraphs += [unit.tables[key]["title"], "单位：万元", *unit.tables[key].get("notes", [])]
    text = [_widened(p) for p in unit.paragraphs] if v.fullwidth else list(unit.paragraphs)
    paragraphs += text
    if v.continued:
        paragraphs.append("续表")
    return Truth(tables, paragraphs, text)


def _indented(header, head_merges, body, merges, widths, drop: bool):
    """A coded table's 科目名称 indented by 「　」 per level (款 one, 项 two); ``drop``: without its 类|款|项
    cells (two header rows: the name column headed 项目 over 科目名称; the 合计 row's label in it)."""
    body = [[*r[:3], "　" * (bool(r[1]) + bool(r[2])) + r[3], *r[4:]] if r[0].isdigit() else list(r) for r in body]
    if not drop:
        return header, head_merges, body, merges, widths
    header = [[("项目", "科目名称")[k], *r[4:]] for k, r in enumerate(header[:2])]  # the 类|款|项 row goes
    head_merges = [(r0, max(c0 - 3, 0), min(r1, 1), c1 - 3) for r0, c0, r1, c1 in head_merges if c1 >= 3 and r0 < 2]
    head_merges = [m for m in head_merges if (m[0], m[1]) != (m[2], m[3])]
    body = [[r[3] if r[0].isdigit() else r[0], *r[4:]] for r in body]
    return header, head_merges, body, [], [sum(widths[:4]) * 0.8, *widths[4:]]


_WIDE = str.maketrans({chr(0x30 + k): chr(0xFF10 + k) for k in range(10)} | {".": "．", ",": "，"})


def _wide(figure: str, k: int) -> str:
    """The ``k``-th figure as typed in a Chinese input method's full-width mode: every third wholly
    (「１，２３４．５６」), the next with its thousands separator only (「1，234.56」), the rest as they are."""
    if k % 3 == 0:
        return figure.translate(_WIDE)
    return figure.replace(",", "，") if k % 3 == 1 else figure


def _widened(text: str) -> str:
    count = iter(range(10**6))
    return re.sub(r"\d[\d,]*\.\d+", lambda m: _wide(m.group(), next(count)), text)


_FOLD = str.maketrans({chr(0xFF10 + k): chr(0x30 + k) for k in range(10)} | {"．": "."})


def _fold(text: str) -> str:
    """Figures as ASCII: full-width digits and points, a 「，」 between a figure's groups of three (what is
    read is compared by what it says, not by the width it is typed in)."""
    return re.sub(r"(?<=\d)，(?=\d{3}(?:\D|$))", ",", text.translate(_FOLD))


# --- LibreOffice ------------------------------------------------------------------------------------

def _orient(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = Cm(21.0), Cm(29.7)
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.4)


def _footer(section, v: Variant) -> None:
    par = section.footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if v.footer == "of":
        pdf_docs._text(par, "第", 9, 0)
        pdf_docs._field(par, "PAGE", 9)
        pdf_docs._text(par, "页 共", 9, 0)
        pdf_docs._field(par, "NUMPAGES", 9)
        pdf_docs._text(par, "页", 9, 0)
    else:
        pdf_docs._text(par, "- ", 9, 0)
        pdf_docs._field(par, "PAGE", 9)
        pdf_docs._text(par, " -", 9, 0)


def _text_para(doc, text: str, v: Variant, heading: bool):
    par = doc.add_paragraph()
    fmt = par.paragraph_format
    fmt.space_after = Pt(0)
    fmt.line_spacing = v.spacing if v.spacing else Pt(28)
    par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if not heading:
        fmt.first_line_indent = Pt(32)
    pdf_docs._text(par, text, 16, v.lowered, east="黑体" if heading else "仿宋")


def _split(grid: pdf_docs.Grid, at: int, repeat: bool) -> tuple[pdf_docs.Grid, pdf_docs.Grid]:
    """A table split by hand at body row ``at``: the part overleaf with its header rows or without."""
    first = replace(grid, body=grid.body[:at], body_merges=[m for m in grid.body_merges if m[0] < at])
    rest = [(r - at, c0, c1) for r, c0, c1 in grid.body_merges if r >= at]
    second = replace(grid, body=grid.body[at:], body_merges=rest)
    if not repeat:
        second = replace(second, header=[], merges=[])
    return first, second


def build_docx(v: Variant, path: Path) -> Path:
    unit, t = pdf_docs.load(v.unit), truth(v)
    doc = Docx()
    section = doc.sections[0]
    _orient(section, v.landscape)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pdf_docs._text(head, f"{unit.name}{unit.year}年度部门决算", 9, 0)
    _footer(section, v)
    pdf_docs._para(doc, f"第二部分 {unit.name}{unit.year}年度部门决算表", 16, v.lowered, bold=True, center=True,
                   east="黑体")
    options = {"repeat": v.repeat_header, "cant_split": v.cant_split, "margin": v.margin, "borders": v.borders,
               "valign": v.valign or "top", "left": v.ragged == "left"}
    for k, (key, grid) in enumerate(t.tables):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        pdf_docs._para(doc, unit.tables[key]["title"], 15, v.lowered, bold=True, center=True, east="黑体")
        pdf_docs._para(doc, "单位：万元", 9, 0, right=True)
        if v.continued and len(grid.body) > 12:
            first, second = _split(grid, len(grid.body) // 2, v.repeat_header)
            pdf_docs._write_grid(doc, first, v.lowered, v.table_size, **options)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            pdf_docs._para(doc, "续表", 9, 0, indent=False)
            pdf_docs._write_grid(doc, second, v.lowered, v.table_size, **options)
        elif v.apart and key == "公开06":
            pdf_sides.apart_docx(doc, grid, v.lowered, v.table_size, v.name_width, **options)
        else:
            pdf_docs._write_grid(doc, grid, v.lowered, v.table_size, **options)
        for note in unit.tables[key].get("notes", []):
            pdf_docs._para(doc, note, 9, v.lowered, indent=False)
    if v.landscape:
        text = doc.add_section(WD_SECTION.NEW_PAGE)
        _orient(text, False)
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for p in unit.paragraphs:
        _text_para(doc, p, v, bool(pdf_docs._HEADING.match(p)) and len(p) < 40 and not p.endswith("。"))
    doc.save(str(path))
    return path


# --- glyphs -----------------------------------------------------------------------------------------

def build_glyphs(v: Variant, path: Path) -> Path:
    unit, t = pdf_docs.load(v.unit), truth(v)
    w = pdf_glyphs.Writer(v.borders, v.lowered / 2, split_rows=not v.cant_split, valign=v.valign or "center",
                          short_first=v.short_first, shift=v.shift, ragged=v.ragged, rules=v.rules,
                          text_width=v.text_width * pdf_glyphs.CM, split_figures=v.split_figures)
    w.paragraph(f"第二部分 {unit.name}{unit.year}年度部门决算表", 16, center=True, bold=True)
    for k, (key, grid) in enumerate(t.tables):
        if k or v.landscape:
            w.new_page(v.landscape)
        w.paragraph(unit.tables[key]["title"], 15, center=True, bold=True)
        if v.maker:
            w.pair(f"编制单位：{unit.name}", "单位：万元", 9)
        else:
            w.paragraph("单位：万元", 9, right=True)
        overleaf = ("续表",) if v.continued else ()
        if v.apart and key == "公开06":
            pdf_sides.apart(w, grid, v.table_size, v.name_width, v.apart)
        else:
            w.table(grid, v.table_size, "", overleaf, repeat=v.repeat_header)
        for note in unit.tables[key].get("notes", []):
            w.paragraph(note, 9, indent=False)
    w.new_page()
    lead = 16 * v.spacing * 1.2 if v.spacing else 28
    for p in t.text:
        heading = bool(pdf_docs._HEADING.match(p)) and len(p) < 40 and not p.endswith("。")
        w.paragraph(p, 16, bold=heading, lead=lead)
    total = len(w.pages)
    for n, page in enumerate(w.pages, start=1):
        head = f"{unit.name}{unit.year}年度部门决算"
        page.text(head, (page.width - pdf_glyphs.width(head, 9)) / 2, 1.2 * pdf_glyphs.CM, 9, into=page.margin)
        foot = f"第{n}页 共{total}页" if v.footer == "of" else f"- {n} -"
        page.text(foot, (page.width - pdf_glyphs.width(foot, 9)) / 2, page.height - 1.5 * pdf_glyphs.CM, 9,
                  into=page.margin)
        page.watermark = v.watermark
        if v.seal:  # over the page's right half, a third of the way down
            page.seals.append((page.width - 2.2 * pdf_glyphs.CM - 70, page.height * 0.4, unit.name))
    return pdf_glyphs.write_pdf(w.pages, path, rotate=True, turned=v.turned, order=v.order,
                                unmapped=frozenset(unmapped(v, total)), supplement=v.supplement)


def unmapped(v: Variant, pages: int) -> list[int]:
    """The pages whose Chinese ``v`` sets in a font without ToUnicode: the third (a table) and the last but one."""
    return [3, pages - 1] if v.unmapped else []


def build(variants: list[Variant], outdir: Path) -> dict[str, Path]:
    """Each variant as a PDF in ``outdir`` (reused when there); the LibreOffice ones in one call."""
    outdir.mkdir(parents=True, exist_ok=True)
    out, pending = {}, {}
    for v in variants:
        pdf = outdir / f"{v.name}.pdf"
        if pdf.exists():
            out[v.name] = pdf
        elif v.producer == "glyphs":
            out[v.name] = build_glyphs(v, pdf)
        else:
            pending[v.name] = build_docx(v, pdf.with_suffix(".docx"))
    if pending:
        out |= dict(zip(pending, pdf_docs.convert(list(pending.values()), outdir), strict=True))
    return out


BASE = Variant("lo")
VARIANTS = [
    BASE,
    Variant("lo-landscape", landscape=True),
    Variant("lo-narrow-names", name_width=1.6, table_size=10.5),
    Variant("lo-big-norepeat", table_size=12.0, repeat_header=False),
    Variant("lo-big-repeat-cantsplit", table_size=12.0, cant_split=True, footer="of"),
    Variant("lo-continued", continued=True, repeat_header=False),
    Variant("lo-continued-repeat", continued=True, footer="of"),
    Variant("lo-plain-dash", thousands=False, zero="-"),
    Variant("lo-blank-zero", zero=""),
    Variant("lo-empty-inside", empty_inside=True),
    Variant("lo-lowered", lowered=-6, footer="of"),
    Variant("lo-1.5-lines", spacing=1.5, margin=108),
    Variant("lo-all", landscape=True, name_width=1.6, table_size=10.5, repeat_header=False, footer="of",
            zero="-", lowered=-5, empty_inside=True, spacing=1.5),
    Variant("glyphs", producer="glyphs"),
    Variant("glyphs-landscape-narrow", producer="glyphs", landscape=True, name_width=1.6, table_size=10.5),
    Variant("glyphs-big-norepeat", producer="glyphs", table_size=12.0, repeat_header=False, footer="of"),
    Variant("glyphs-continued", producer="glyphs", table_size=12.0, continued=True),
    Variant("glyphs-lowered-dash", producer="glyphs", lowered=-5, zero="-", thousands=False),
    Variant("glyphs-blank-empty", producer="glyphs", zero="", empty_inside=True, spacing=1.5),
    Variant("glyphs-unruled", producer="glyphs", borders=False),
    Variant("glyphs-wenlv", producer="glyphs", unit="putuo_wenlv_2025", landscape=True, name_width=1.6,
            table_size=10.5, footer="of"),
    Variant("lo-wenlv", unit="putuo_wenlv_2025", name_width=1.6, table_size=10.5, repeat_header=False),
    Variant("glyphs-all", producer="glyphs", landscape=True, name_width=1.6, table_size=10.5, repeat_header=False,
            footer="of", zero="-", lowered=-5, empty_inside=True, spacing=1.5),
    Variant("glyphs-unruled-narrow", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero=""),
    Variant("lo-wenlv-all", unit="putuo_wenlv_2025", landscape=True, name_width=1.4, table_size=12.0,
            continued=True, footer="of", zero="-", thousands=False, lowered=-5, empty_inside=True, spacing=1.5),
    Variant("glyphs-narrow-blank-norepeat", producer="glyphs", name_width=1.4, table_size=11.0, repeat_header=False,
            zero="", lowered=-4, footer="of"),
    Variant("lo-narrow-blank-norepeat", name_width=1.4, table_size=11.0, repeat_header=False, zero="", lowered=-4),
    Variant("lo-continued-landscape", landscape=True, continued=True, table_size=10.5, name_width=2.0, zero=""),
    # unruled tables (a spreadsheet's or Word table's borders off): zeros blank, names wrapped in middle rows
    # with either line the short one, each cell's lines at the middle, top or foot of its row
    Variant("glyphs-unruled-blank", producer="glyphs", borders=False, zero=""),
    Variant("glyphs-unruled-short-first", producer="glyphs", borders=False, name_width=1.6, table_size=10.5,
            short_first=True),
    Variant("glyphs-unruled-bottom", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="",
            valign="bottom"),
    Variant("glyphs-unruled-top", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, valign="top",
            short_first=True, footer="of"),
    Variant("lo-unruled", borders=False),
    Variant("lo-unruled-center", borders=False, name_width=1.6, table_size=9.0, zero="", valign="center"),
    # a table's rest overleaf laid out again by hand: its columns a few points off
    Variant("glyphs-continued-shift", producer="glyphs", table_size=12.0, continued=True, shift=4.0),
    Variant("glyphs-norepeat-shift", producer="glyphs", table_size=12.0, repeat_header=False, shift=-3.0,
            footer="of"),
    Variant("glyphs-unruled-shift", producer="glyphs", borders=False, table_size=10.5, zero="", shift=5.0),
    Variant("glyphs-unruled-big", producer="glyphs", borders=False, table_size=12.0, zero=""),
    # the amounts' heads under a band merged over two header rows, 合计 rows first, 「编制单位」 on the unit line
    Variant("glyphs-band", producer="glyphs", band=True, totals_first=True, maker=True),
    Variant("glyphs-unruled-band", producer="glyphs", borders=False, band=True, totals_first=True, maker=True,
            zero=""),
    Variant("lo-band", band=True, totals_first=True, table_size=10.5, name_width=2.0),
    # figures not right-aligned at one edge: at their cells' left, or with a typed space or two after some
    Variant("glyphs-ragged-left", producer="glyphs", ragged="left", name_width=1.6, table_size=10.5),
    Variant("glyphs-unruled-left", producer="glyphs", borders=False, ragged="left"),
    Variant("glyphs-unruled-uneven", producer="glyphs", borders=False, ragged="uneven", zero=""),
    Variant("lo-unruled-left", borders=False, ragged="left", zero="", table_size=9.0),
    # blank zeros with cells at the top of their rows (two-sided tables read from their header)
    Variant("glyphs-unruled-top-blank", producer="glyphs", borders=False, name_width=1.6, table_size=10.5,
            valign="top", zero="", short_first=True),
    # what real exports do besides: landscape pages turned the other way or printed sideways (a CTM turn)
    Variant("glyphs-turned-270", producer="glyphs", landscape=True, turned="270", name_width=1.6, table_size=10.5),
    Variant("glyphs-sideways", producer="glyphs", landscape=True, turned="ctm", name_width=1.6, table_size=10.5),
    # a red round seal and a diagonal 「公开」 watermark over the text and the tables
    Variant("glyphs-seal-watermark", producer="glyphs", seal=True, watermark="公开"),
    Variant("glyphs-unruled-seal", producer="glyphs", borders=False, seal=True, watermark="公开", zero=""),
    # glyphs written down the columns, not along the lines
    Variant("glyphs-column-order", producer="glyphs", order="columns"),
    Variant("glyphs-unruled-column-order", producer="glyphs", borders=False, order="columns", zero=""),
    # the text in a narrow column: lines spread glyph by glyph (figures too), figures broken at a line's end
    Variant("glyphs-narrow-text", producer="glyphs", text_width=7.0, split_figures=True),
    Variant("glyphs-narrower-text", producer="glyphs", text_width=4.5, split_figures=True, lowered=-3),
    # three-line tables (no verticals) and tables of shaded cells (no rules)
    Variant("glyphs-three-line", producer="glyphs", rules="three"),
    Variant("glyphs-three-line-blank", producer="glyphs", rules="three", zero="", name_width=1.6, table_size=10.5),
    Variant("glyphs-filled", producer="glyphs", rules="filled"),
    # a font without ToUnicode on two pages: their figures lost, the pages named as not reviewed
    Variant("glyphs-unmapped", producer="glyphs", unmapped=True),
    # figures typed in full width, wholly or their thousands separator only, in the text and the cells
    Variant("glyphs-fullwidth", producer="glyphs", fullwidth=True),
    Variant("glyphs-fullwidth-unruled", producer="glyphs", fullwidth=True, borders=False, zero=""),
    # the CJK Radicals Supplement and compatibility ideographs in the ToUnicode (「部⻔」「增⻓」「⽀出」)
    Variant("glyphs-radicals", producer="glyphs", supplement=True),
    # zeros 「-」「—」「0」「0.00」 and blank in one table, negative amounts 「-12.34」 and 「(12.34)」
    Variant("glyphs-zeros-negative", producer="glyphs", zero="mixed", negative=True),
    Variant("glyphs-unruled-zeros-negative", producer="glyphs", borders=False, zero="mixed", negative=True),
    Variant("lo-zeros-negative", zero="mixed", negative=True, name_width=1.6, table_size=10.5),
    # text pages portrait, the tables' pages landscape exported from a spreadsheet: their grid stroked as lines, their
    # rest overleaf without the header, zeros 「-」
    Variant("glyphs-excel-landscape", producer="glyphs", landscape=True, rules="stroked", repeat_header=False,
            table_size=10.5, name_width=1.6, zero="-"),
    Variant("glyphs-radicals-unruled", producer="glyphs", supplement=True, borders=False, name_width=1.6,
            table_size=10.5),
    # the 款/项 hierarchy shown by indenting the 科目名称 with 「　」: codes in their cells, or no codes at all
    Variant("glyphs-indented", producer="glyphs", indent="codes"),
    Variant("glyphs-indented-nocode", producer="glyphs", indent="nocode"),
    Variant("glyphs-unruled-indented-nocode", producer="glyphs", indent="nocode", borders=False, zero=""),
    Variant("lo-indented-nocode", indent="nocode"),
    # zeros a text 「—」 set at the left of its cell like the figures, in tables without rules
    Variant("glyphs-unruled-left-dash", producer="glyphs", borders=False, ragged="left", zero="—"),
    # 公开06's halves as two tables side by side (WPS/ONLYOFFICE), each half's rows as tall as its own cells: rows
    # of the halves not level (tests/pdf_sides.py); ruled, and without rules with cells at the middle, top, foot
    Variant("glyphs-apart", producer="glyphs", apart="split"),
    Variant("glyphs-unruled-apart", producer="glyphs", borders=False, apart="split"),
    Variant("glyphs-unruled-apart-top-blank", producer="glyphs", borders=False, apart="split", valign="top", zero=""),
    Variant("glyphs-unruled-apart-lowered", producer="glyphs", borders=False, apart="split", lowered=-5,
            valign="bottom"),
    Variant("glyphs-unruled-apart-whole", producer="glyphs", borders=False, apart="whole", zero="-"),
    # one half's code in one column, the other's in 类|款 cells: halves of different columns
    Variant("glyphs-unruled-apart-mixed", producer="glyphs", borders=False, apart="mixed", valign="top"),
    Variant("glyphs-unruled-apart-mixed-right", producer="glyphs", borders=False, apart="mixed-right", lowered=-5),
    # (LibreOffice: the halves in the two cells of a table without rules, going on overleaf, each half's header again)
    Variant("lo-unruled-apart", borders=False, apart="split"),
    Variant("lo-unruled-apart-lowered", borders=False, apart="split", lowered=-6, zero="", valign="center"),
    Variant("lo-unruled-left-dash", borders=False, ragged="left", zero="—", table_size=9.0),
]
