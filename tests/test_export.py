"""导出报告: the .docx read back against the engine, safe file writing, and the PDF."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from juesuan.export.document import export_report
from juesuan.export.word import STYLE_OF, build
from juesuan.sources.datafile import sample_path


@pytest.fixture(scope="module")
def docx_path(sample_report, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(build(sample_report))
    return path


def test_headings_in_reference_order(sample_report, docx_path):
    doc = Document(str(docx_path))
    got = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    want = [(STYLE_OF[p.style], p.text) for p in sample_report.paragraphs if p.style.startswith("h")]
    assert got == want
    tops = [text for style, text in got if style == "Heading 1"]
    assert tops == ["一、单位情况", "二、收入支出预算执行情况分析", "三、本年度部门决算等财务工作开展情况",
                    "附：财务分析指标"]


def test_narrative_equals_the_engine(sample_report, docx_path):
    doc = Document(str(docx_path))
    styles = set(STYLE_OF.values())
    got = [p.text for p in doc.paragraphs if p.style.name in styles and p.text]
    want = [p.text for p in sample_report.paragraphs if p.text]
    assert got == want


def test_tables_and_images(sample_report, docx_path):
    doc = Document(str(docx_path))
    charts = [p for p in sample_report.paragraphs if p.style == "chart"]
    with zipfile.ZipFile(docx_path) as z:
        images = [n for n in z.namelist() if n.startswith("word/media/")]
    assert len(doc.inline_shapes) == len(charts) == 6  # no 收入结构 pie: all income is 财政拨款
    assert len(images) == 6
    # by nature (budget; 决算 vs 预算; vs 上年), by function (1: no prior year), structure,
    # 三公 (2), 财政拨款, 结转结余, 资产, 指标; by income only with more than one source
    assert len(doc.tables) == 11
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    for figure in ("4,677,326.79", "2,021,326.79", "176.10%", "86.58%", "-10,151.83", "-58.72%",
                   "35.69%", "212,170.14", "1,536.72%", "201 一般公共服务支出", "201.84%"):
        assert figure in cells, figure


def test_fonts_set_on_the_east_asian_slot(docx_path):
    doc = Document(str(docx_path))
    for name, font in (("Normal", "仿宋_GB2312"), ("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312"),
                       ("Title", "方正小标宋简体")):
        rfonts = doc.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")) == font
        assert rfonts.get(qn("w:eastAsiaTheme")) is None
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer


def test_never_overwrites_silently(sample_report, tmp_path):
    first = export_report(sample_report, next_to=tmp_path / "book.xlsm")
    assert first.docx.name == "奈曼旗政务服务中心2021年度部门决算分析报告.docx"
    second = export_report(sample_report, next_to=tmp_path / "book.xlsm")
    assert second.docx.name == "奈曼旗政务服务中心2021年度部门决算分析报告(2).docx"
    first.docx.write_bytes(b"old")
    third = export_report(sample_report, docx=first.docx, overwrite=True)
    assert third.docx == first.docx
    assert (tmp_path / (first.docx.name + ".bak")).read_bytes() == b"old"
    assert not list(tmp_path.glob(".*tmp"))


def test_pdf_without_libreoffice_says_so(sample_report, tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_SOFFICE", str(tmp_path / "no-such-soffice"))
    result = export_report(sample_report, docx=tmp_path / "r.docx", pdf=True)
    assert result.docx.exists() and result.pdf is None
    assert "只生成了 Word" in result.pdf_message


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler are installed by .ci/run")
def test_pdf_has_the_report(sample_pdf):
    result = sample_pdf  # export_report(sample_report, pdf=True), once a session (tests/conftest.py)
    assert result.pdf is not None and result.pdf.stat().st_size > 50_000
    text = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    text = "".join(text.split())
    for figure in ("奈曼旗政务服务中心2021年度", "4,677,326.79", "176.10%", "1,536.72%", "—3—"):
        assert figure in text, figure


def test_cli_export_from_data_file(tmp_path):
    data = tmp_path / "unit.toml"
    data.write_bytes(sample_path().read_bytes())
    out = subprocess.run([sys.executable, "-m", "juesuan", "export", str(data)], capture_output=True,
                         text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "奈曼旗政务服务中心2021年度部门决算分析报告.docx").exists()
    assert "已生成 Word 报告" in out.stdout


def test_text_pasted_from_word_with_control_characters(sample, tmp_path):
    """Word's manual line break (\\v) and stray control characters: every writer still works."""
    from dataclasses import replace

    from juesuan.core.parse import parse
    from juesuan.report import analyze
    from juesuan.sources.datafile import to_document
    from juesuan.workbook.build import build
    from juesuan.workbook.edit import recalc

    doc = to_document(sample)
    doc["text"]["意见和建议"] = "第一条\x0b第二条\x01\x07结束"
    doc["reasons"]["assets"]["货币资金"] = "由于\x0c新增人员\x1f较多"
    data, findings = parse(doc)
    assert findings == []
    assert data.text["意见和建议"] == "第一条\n第二条结束"
    report = analyze(replace(data))
    assert "第二条结束" in report.text()
    build_path = tmp_path / "w.xlsm"
    build_path.write_bytes(build(data, report))
    recalc(build_path)
    assert export_report(report, docx=tmp_path / "r.docx").docx.exists()


# -- one output convention: file names, fonts, table cells (issue 16) ---------------------------

def test_output_name_is_the_one_rule_for_names_made_from_user_text():
    from juesuan.export.files import output_name

    assert output_name('a/b\\c:d*e?f"g<h>i|j\x01k\x7f', ".docx") == "abcdefghijk.docx"
    assert output_name("  ..隐藏. ", ".toml") == "隐藏.toml"  # no leading dot, no trailing dot/space
    assert output_name("///", ".docx") == "单位.docx"
    assert output_name("", "部门汇总", fallback="部门") == "部门部门汇总"
    for reserved in ("CON", "nul", "Com1", "LPT9.txt"):
        assert output_name(reserved).split(".")[0].upper() not in ("CON", "NUL", "COM1", "LPT9")
    long = output_name("某" * 300, "2021年度单位决算公开.docx")
    assert long.endswith("…2021年度单位决算公开.docx") and len(long.encode("utf-8")) <= 240
    assert len(output_name("a" * 1000, ".xlsx", limit=255).encode()) == 255


def test_free_path_keeps_a_long_name_within_255_bytes(tmp_path):
    from juesuan.export.files import free_path, output_name

    first = tmp_path / output_name("某" * 300, ".docx", limit=255)
    first.write_bytes(b"x")
    second = free_path(first)
    assert second != first and second.name.endswith("(2).docx") and len(second.name.encode()) <= 255
    second.write_bytes(b"y")  # the name is valid on this file system


def test_no_file_name_sanitizer_outside_output_name():
    """The forbidden-character set appears once, in export/files.py."""
    src = Path(__file__).resolve().parents[1] / "src" / "juesuan"
    hits = [p for p in src.rglob("*.py") if '\\\\/:*?"<>|' in p.read_text(encoding="utf-8")]
    assert [p.relative_to(src).as_posix() for p in hits] == ["export/files.py"]


def test_fonts_are_named_once_and_the_docx_uses_the_official_faces(docx_path):
    import re

    from juesuan.export import fonts

    src = Path(__file__).resolve().parents[1] / "src" / "juesuan"
    named = re.compile(r'["\'](方正小标宋简体|黑体|楷体(_GB2312)?|仿宋(_GB2312)?|宋体|等线|Microsoft YaHei)["\']')
    holders = sorted(p.relative_to(src).as_posix() for p in src.rglob("*.py") if named.search(p.read_text()))
    assert holders == ["export/fonts.py"]
    doc = Document(str(docx_path))
    east = {s.name: s.element.rPr.rFonts.get(qn("w:eastAsia")) for s in doc.styles
            if s.name in ("Title", "Heading 1", "Heading 2", "Normal")}
    assert east == {"Title": fonts.TITLE, "Heading 1": fonts.H1, "Heading 2": fonts.H2, "Normal": fonts.BODY}
    assert fonts.KAI == "楷体_GB2312"


def test_one_table_cell_writer_for_both_documents():
    src = Path(__file__).resolve().parents[1] / "src" / "juesuan"
    defs = [p.relative_to(src).as_posix() for p in src.rglob("*.py")
            if "def fill_cell(" in p.read_text() or "def _cell(" in p.read_text()]
    assert defs == ["export/word.py"]
    assert "base.fill_cell(" in (src / "disclosure" / "word.py").read_text()


# -- text stays text in every writer (issue 20: INJECT) ------------------------------------------

INJECTED = ("=1+1+1", '=HYPERLINK("http://example.com","点我")', "+2-1", "@SUM(A1)", "http://example.com/x")


def _text_cells(path):
    """Every cell's (value, data_type) in every sheet, read back with openpyxl."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return [(c.value, c.data_type) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def test_xlsx_workbook_keeps_every_string_a_string(tmp_path):
    from juesuan.export.escape import xlsx_workbook

    path = tmp_path / "t.xlsx"
    book = xlsx_workbook(str(path))
    ws = book.add_worksheet()
    for i, text in enumerate((*INJECTED, "00123")):
        ws.write(i, 0, text)
    book.close()
    assert _text_cells(path) == [(t, "s") for t in (*INJECTED, "00123")]


def test_no_xlsxwriter_workbook_is_made_outside_the_escaping_module():
    src = Path(__file__).resolve().parents[1] / "src" / "juesuan"
    makers = sorted(p.relative_to(src).as_posix() for p in src.rglob("*.py")
                    if "xlsxwriter.Workbook(" in p.read_text() or "ExcelWriter(" in p.read_text())
    assert makers == ["batch/summary.py", "export/escape.py"]
    assert "XLSX_OPTIONS" in (src / "batch" / "summary.py").read_text()


def test_unit_and_file_names_stay_text_in_the_summary_workbook(tmp_path):
    """单位一览 and 审核汇总 carry the unit's name and its file's name: never a live formula."""
    import re

    from juesuan.batch.run import summarize_workbooks

    text = sample_path().read_text(encoding="utf-8")
    paths = []
    for i, name in enumerate(INJECTED[:3]):
        path = tmp_path / f"{name.replace('/', '_')}{i}.toml"
        path.write_text(re.sub(r'^name = ".*"', f"name = '{name}'", text, count=1, flags=re.M) + "\n",
                        encoding="utf-8")
        paths.append(path)
    target = summarize_workbooks(paths, tmp_path / "汇总.xlsx", name="=9*9")
    cells = _text_cells(target)
    for name in [*INJECTED[:3], "=9*9"]:
        kinds = {kind for value, kind in cells if isinstance(value, str) and name in value}
        assert kinds == {"s"}, (name, kinds)
    assert not [v for v, kind in cells if kind == "f" and ("HYPERLINK" in str(v) or "1+1" in str(v))]


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice not installed")
def test_libreoffice_shows_the_names_as_typed(tmp_path):
    from juesuan.batch.run import summarize_workbooks
    from juesuan.export.office import convert

    text = sample_path().read_text(encoding="utf-8").replace('name = "奈曼旗政务服务中心"', "name = '=1+1+1'", 1)
    (tmp_path / "u.toml").write_text(text, encoding="utf-8")
    target = summarize_workbooks([tmp_path / "u.toml"], tmp_path / "汇总.xlsx")
    csv = convert(target, "csv", tmp_path / "csv").read_text(encoding="utf-8", errors="replace")
    assert "=1+1+1" in csv and ",3," not in csv.replace(" ", "")


def test_a_line_break_in_a_department_name_stays_in_the_header_comment(tmp_path, capsys):
    from juesuan.cli import main
    from juesuan.sources.datafile import load

    (tmp_path / "units").mkdir()
    (tmp_path / "units" / "a\nschema = 9.toml").write_text(sample_path().read_text(encoding="utf-8"),
                                                            encoding="utf-8")
    out = tmp_path / "部门.toml"
    name = '某局\n[unit]\nname = "注入"\x01'
    assert main(["consolidate", str(tmp_path / "units"), "--name", name, "--out", str(out)]) in (0, 1)
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("# 某局\\n[unit]\\nname") and "\\u0001" in text
    assert all(line.startswith("#") for line in text.split("\nschema")[0].splitlines())
    data, findings = load(out)  # one [unit] table: the name did not open a second one
    assert data.unit.name.startswith("某局") and "注入" in data.unit.name
    assert not [f for f in findings if f.level.value == "错误"]


def test_comment_text_and_set_text():
    import openpyxl

    from juesuan.export.escape import comment_text, set_text, typed

    assert comment_text("a\r\nb\nc\rd\u2028e\x00\tf") == "a\\nb\\nc\\nd\\ne\\u0000\tf"
    cell = openpyxl.Workbook().active["A1"]
    set_text(cell, "=1+1\x02")
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    assert typed("=x") == "'=x" and typed("x=") == "x=" and typed(3) == 3


# -- the report's layout (issue 19 item 6) -------------------------------------------------------

def test_body_text_is_left_aligned_without_widow_control_and_titles_are_not_letter_spaced(docx_path):
    doc = Document(str(docx_path))
    normal = doc.styles["Normal"].paragraph_format
    assert normal.alignment == 0 and normal.widow_control is False  # 0: WD_ALIGN_PARAGRAPH.LEFT
    for name in ("Title", "Subtitle"):
        rpr = doc.styles[name].element.rPr
        assert rpr.find(qn("w:spacing")) is None and rpr.find(qn("w:kern")) is None, name
        assert doc.styles[name].element.pPr.find(qn("w:numPr")) is None, name
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    control = doc.settings.element.find(qn("w:characterSpacingControl"))
    assert control.get(qn("w:val")) == "compressPunctuation"


def test_headings_follow_gb9704_and_level_1_is_bold(docx_path):
    """一、 bold 黑体 (issue 19: it was plain beside the （一） headings), （一） 楷体, 1． bold 仿宋."""
    from juesuan.export import fonts

    doc = Document(str(docx_path))
    faces = {n: (doc.styles[n].font.bold, doc.styles[n].element.rPr.rFonts.get(qn("w:eastAsia")))
             for n in ("Heading 1", "Heading 2", "Heading 3")}
    assert faces == {"Heading 1": (True, fonts.HEI), "Heading 2": (False, fonts.KAI), "Heading 3": (True, fonts.BODY)}
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1 and all(r.bold is not False for p in h1 for r in p.runs)  # no run undoes the style


def test_a_missing_official_face_is_named_and_replaced_on_purpose():
    from juesuan.export import fonts, pdf_fonts

    have = frozenset({"黑体", "宋体", "FangSong", "Noto Serif CJK SC", "DejaVu Sans"})
    assert pdf_fonts.missing(have) == [fonts.XIAOBIAOSONG, fonts.KAI, fonts.FANGSONG]
    assert pdf_fonts.substitutes(have) == {fonts.XIAOBIAOSONG: "宋体", fonts.KAI: "Noto Serif CJK SC",
                                           fonts.FANGSONG: "FangSong"}
    said = pdf_fonts.message(have)
    assert "本机没有公文字体方正小标宋简体、楷体_GB2312、仿宋_GB2312" in said and "仿宋_GB2312→FangSong" in said
    xcu = pdf_fonts.profile_xcu(have)
    assert xcu.count("<node ") == 3 and "<value>仿宋_GB2312</value>" in xcu and "<value>FangSong</value>" in xcu
    everything = frozenset(name for face in pdf_fonts.FACES for name in fonts.ALIASES[face][:1])
    assert pdf_fonts.message(everything) == "" and pdf_fonts.profile_xcu(everything) is None


def test_the_pdf_has_no_letter_spaced_lines_and_a_full_first_page(sample_pdf):
    import re

    text = subprocess.run(["pdftotext", "-layout", str(sample_pdf.pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    spread = [line for line in text.splitlines() if re.search(r"[一-鿿] [一-鿿] [一-鿿]", line)]
    assert spread == []
    first = text.split("\f")[0]
    assert "（7）" in first  # the body runs on to the foot of page 1, no paragraph pushed over


def test_the_pdf_says_which_official_faces_it_replaced(sample_pdf):
    from juesuan.export import fonts, pdf_fonts

    if not pdf_fonts.missing():
        assert fonts.FANGSONG not in sample_pdf.font_message
        return
    assert "本机没有公文字体" in sample_pdf.font_message
    sub = pdf_fonts.substitutes()[fonts.FANGSONG]
    if sub:  # the body's replacement is the one named, not LibreOffice's silent choice
        used = subprocess.run(["pdffonts", str(sample_pdf.pdf)], capture_output=True, text=True).stdout
        assert sub.replace(" ", "").split("CJK")[0] in used.replace(" ", "")


def test_a_formula_like_unit_name_stays_text_through_build_recalc_and_disclose(tmp_path, capsys):
    import re

    from juesuan.cli import main

    name = "=1+1+1"
    text = re.sub(r'^name = ".*"', f"name = '{name}'", sample_path().read_text(encoding="utf-8"), count=1,
                  flags=re.M)
    data = tmp_path / "u.toml"
    data.write_text(text, encoding="utf-8")
    book = tmp_path / "u.xlsm"
    assert main(["build", str(data), str(book)]) == 0
    assert main(["recalc", str(book)]) == 0  # the openpyxl writer
    assert main(["disclose", str(book), "--xlsx"]) == 0  # the public tables' writer
    written = [book, *tmp_path.glob("*.xlsx")]
    assert len(written) == 2, capsys.readouterr()
    for path in written:
        cells = _text_cells(path)
        holding = {kind for value, kind in cells if isinstance(value, str) and name in value}
        assert holding == {"s"}, (path.name, holding)


def test_many_pdfs_in_one_run_replace_missing_faces_too(sample_pdf, tmp_path):
    """The batch's one-LibreOffice-run conversion takes the same replacement table."""
    from juesuan.export import fonts, pdf_fonts
    from juesuan.export.office import convert_many

    sub = pdf_fonts.substitutes().get(fonts.FANGSONG)
    if not sub:
        pytest.skip("仿宋_GB2312 installed, or nothing can stand in for it")
    profile = tmp_path / "profile"
    made = convert_many([sample_pdf.docx], "pdf", tmp_path, profile=profile, profile_xcu=pdf_fonts.profile_xcu())
    used = subprocess.run(["pdffonts", str(made[sample_pdf.docx])], capture_output=True, text=True).stdout
    assert sub.replace(" ", "").split("CJK")[0] in used.replace(" ", "")
    assert (profile / "user" / "registrymodifications.xcu").exists()


def _spans(lines):
    """What a page prints, top to bottom: here only its lines (no table boxes)."""
    return [(ln.top, ln.bottom) for ln in lines]


def test_the_pdf_reader_keeps_a_ragged_left_aligned_paragraph_whole():
    """Left-aligned text ends lines short before a long figure: the line is not a paragraph's end
    when the next line's first piece would not have fitted; it is when it would have."""
    from juesuan.review.blocks import Blocks
    from juesuan.review.pdf import Line, _assemble

    em, left = 16.0, 80.0  # the right margin: the longest line's end

    def line(text, top, indent=0, width=None):
        x0 = left + indent * em
        return Line(text, x0, x0 + (width if width is not None else len(text) * em), top, top + em, em)

    lines = [line("本年支出预算370,600.00元、决算508,612.28元，执行率", 100, 2, 22 * em),
             line("137.24%；卫生健康支出预算143,700.00元。", 130),  # "137.24%；" would not fit: same paragraph
             line("第二段首行。", 160, 2),
             line("短行结束", 190, 0, 4 * em),
             line("下一段从左边起，第一个字本可以放在上一行。", 220)]
    blocks = Blocks()
    _assemble([(1, 800.0, lines, [], _spans(lines))], set(), blocks)
    texts = [b.text for b in blocks]
    assert texts[0] == "本年支出预算370,600.00元、决算508,612.28元，执行率137.24%；卫生健康支出预算143,700.00元。"
    assert texts[1:] == ["第二段首行。", "短行结束", "下一段从左边起，第一个字本可以放在上一行。"]


def test_the_pdf_reader_carries_a_ragged_paragraph_over_the_page():
    from juesuan.review.blocks import Blocks
    from juesuan.review.pdf import Line, _assemble

    em, left = 16.0, 80.0

    def line(text, top, indent=0, width=None):
        x0 = left + indent * em
        return Line(text, x0, x0 + (width if width is not None else len(text) * em), top, top + em, em)

    page1 = [line("首段，公务用车购置及运行维护费支出年初预算为38.00万元，", 100, 2),
             line("支出决算为", 130, 0, 29 * em)]  # ends 3 em short: "36.00万元，" did not fit
    page2 = [line("36.00万元，完成年初预算的94.74%。此后还有一些文字，行很长。", 100),
             line("次段另起。", 130, 2)]
    blocks = Blocks()
    _assemble([(1, 800.0, page1, [], _spans(page1)), (2, 800.0, page2, [], _spans(page2))], set(), blocks)
    assert [b.text for b in blocks][:1] == ["首段，公务用车购置及运行维护费支出年初预算为38.00万元，支出决算为"
                                            "36.00万元，完成年初预算的94.74%。此后还有一些文字，行很长。"]


def test_only_headings_captions_and_table_heads_keep_with_the_next(docx_path):
    """Issue 19 (page 1 left 60% blank): a keep-with-next chain through body text or a chart moves
    whole pages of text. Only a heading, a table caption or unit note, and a table's header and
    first row keep with what follows — every row but the last in a small table (trial A3: never split
    over two pages); no page break anywhere."""
    from juesuan.export import word

    doc = Document(str(docx_path))
    headings = {f"Heading {i}" for i in range(1, 5)}
    keepers = {word.TABLE_CAPTION, word.TABLE_NOTE} | headings
    for p in doc.paragraphs:
        keeps = p.paragraph_format.keep_with_next
        if keeps is None:
            keeps = bool(p.style.paragraph_format.keep_with_next)
        assert not keeps or p.style.name in keepers, (p.style.name, p.text[:20])
        assert p.style.paragraph_format.page_break_before is not True, p.style.name
    body = doc.element.body
    assert all(br.get(qn("w:type")) != "page" for br in body.iter(qn("w:br")))
    for table in doc.tables:  # the last row never keeps with what follows the table
        kept = [i for i, row in enumerate(table.rows)
                if any(c.paragraphs[0].paragraph_format.keep_with_next for c in row.cells)]
        last = len(table.rows) - 1
        small = last <= word.SMALL_TABLE
        assert kept == (list(range(last)) if small else [0, 1]), kept


def test_a_one_row_table_does_not_keep_with_the_chart_after_it():
    """Issue 19: a table of one line kept its only row with the next paragraph, so heading, caption,
    table and the chart after it moved over the page together."""
    from decimal import Decimal

    from docx import Document as new_document

    from juesuan.core.tables import Column, ColumnKind, Row, Table
    from juesuan.export import word

    doc = new_document()
    word._styles(doc)
    cols = (Column("name", "项目", ColumnKind.TEXT), Column("budget", "本年预算"))
    one = {"name": "合计", "budget": Decimal(1)}
    for rows in ((Row("合计", one, total=True),), (Row("甲", {**one, "name": "甲"}), Row("合计", one, total=True))):
        word._table(doc, Table("t", "表", cols, rows))
    keeps = [[any(c.paragraphs[0].paragraph_format.keep_with_next for c in row.cells) for row in t.rows]
             for t in doc.tables]
    assert keeps == [[True, False], [True, True, False]]


def test_a_column_of_dashes_only_is_left_out_and_said():
    """trial A3: 上年预算 not given made 上年预算, 增减额, 增减率 three columns of 「—」; they are left out and
    a note under the table says why."""
    from decimal import Decimal

    from docx import Document as new_document

    from juesuan.core.tables import Column, ColumnKind, Row, Table
    from juesuan.export import word

    doc = new_document()
    word._styles(doc)
    cols = (Column("name", "项目", ColumnKind.TEXT), Column("prior_budget", "上年预算"), Column("budget", "本年预算"),
            Column("d_budget", "增减额", op=("sub", "budget", "prior_budget")))
    rows = (Row("甲", {"name": "甲", "budget": Decimal(1)}), Row("合计", {"name": "合计", "budget": Decimal(1)}, True))
    word._table(doc, Table("t", "表", cols, rows))
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["项目", "本年预算"]
    assert "注：未填报上年预算，表中不列上年预算、增减额。" in [p.text for p in doc.paragraphs]
    rate = Column("rate", "执行率", ColumnKind.PCT, ("rate", "final", "budget"))  # every budget 0: no rate
    word._table(doc, Table("u", "表", (cols[0], cols[2], rate), rows))
    assert [c.text for c in doc.tables[1].rows[0].cells] == ["项目", "本年预算", "执行率"]


def test_the_indicator_table_keeps_its_family_on_one_line(docx_path):
    """The 财务分析指标 table's 类别 wrapped 「行政单位」 (the column took its label's width only): its columns
    take the style specification's shares (the workbook sheet's widths), each at least what its figures need."""
    from docx.shared import Cm, Pt

    from juesuan.export.sheet_style import REPORT_TABLE_WIDTHS
    from juesuan.export.word import TEXT_WIDTH

    doc = Document(str(docx_path))
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["项目", "类别", "计算公式", "数值"])
    widths = [col.width for col in table.columns]
    size = next(r.font.size for r in table.rows[1].cells[1].paragraphs[0].runs)
    for family in ("行政单位", "事业单位"):  # four 汉字 and both cell margins (0.06 cm each)
        assert widths[1] >= len(family) * size + Cm(0.12) + Pt(2), family
    shares = REPORT_TABLE_WIDTHS["indicators"]
    assert abs(sum(widths) - TEXT_WIDTH) <= Cm(0.05)
    assert widths[1] / widths[2] == pytest.approx(shares["family"] / shares["formula"], rel=0.01)
