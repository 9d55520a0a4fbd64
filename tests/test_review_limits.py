"""审阅 says what it could not read: encodings guessed and named, limits on size and paragraphs,
numbers too long to be amounts, tracked changes read as Word shows them."""

from __future__ import annotations

import subprocess
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from juesuan.review import extract, review_path
from juesuan.review.extract import read

TEXT = "本年支出合计100.00万元，其中：基本支出60.00万元，项目支出30.00万元。\n"


def _codes(path):
    return [(f.code, f.expected) for f in review_path(path)]


def test_encodings_are_guessed_and_named(tmp_path):
    for encoding, name in (("gb18030", "GB18030"), ("big5", "Big5"), ("utf-16", "UTF-16")):
        path = tmp_path / f"{encoding}.txt"
        text = TEXT.replace("计", "計").replace("万", "萬").replace("项", "項") if encoding == "big5" else TEXT
        path.write_bytes(text.encode(encoding))
        found = review_path(path)
        assert ("R-SUM", "90.00万元") in [(f.code, f.expected) for f in found], encoding
        note = [f for f in found if f.code == "R-UNREAD"]
        assert len(note) == 1 and name in note[0].message, encoding
    plain = tmp_path / "utf8.txt"
    plain.write_text(TEXT, encoding="utf-8")
    assert [c for c, _ in _codes(plain)] == ["R-SUM"]


def test_big5_is_not_read_as_gbk_garbage(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("本年支出合計100.00萬元，其中：基本支出60.00萬元，項目支出30.00萬元。\n".encode("big5"))
    assert "本年支出合計" in read(path)[0].text


def test_numbers_too_long_to_be_amounts_do_not_crash(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("本年支出合计" + "9" * 400 + ".00万元，比上年增加1.00万元，增长" + "7" * 60 + "%。\n",
                    encoding="utf-8")
    found = review_path(path)
    assert [f.code for f in found] == ["R-UNREAD"] and "超过15位" in found[0].message
    run = subprocess.run([sys.executable, "-m", "juesuan", "review", str(path)], capture_output=True, text=True)
    assert run.returncode == 5 and "Traceback" not in run.stderr  # not all read: an incomplete review


def test_a_text_file_over_the_size_limit_is_read_in_part_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_TEXT_BYTES", 2000)
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 200, encoding="utf-8")
    notes = [f for f in review_path(path) if f.code == "R-UNREAD"]
    assert len(notes) == 1 and "只审阅了开头" in notes[0].message


def _docx(tmp_path, paragraphs: int = 1):
    doc = Document()
    par = doc.add_paragraph("本年支出合计100.00万元，其中：基本支出60.00万元，项目支出")
    for tag, text in (("w:ins", "40.00万元"), ("w:del", "30.00万元")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1" if tag == "w:ins" else "2")
        change.set(qn("w:author"), "审核人")
        run = OxmlElement("w:r")
        node = OxmlElement("w:t" if tag == "w:ins" else "w:delText")
        node.text = text
        run.append(node)
        change.append(run)
        par._p.append(change)
    par.add_run("。")
    for k in range(paragraphs - 1):
        doc.add_paragraph(f"第{k}段。")
    path = tmp_path / "tracked.docx"
    doc.save(str(path))
    return path


def test_tracked_changes_are_read_as_word_shows_them(tmp_path):
    path = _docx(tmp_path)
    assert read(path)[0].text == "本年支出合计100.00万元，其中：基本支出60.00万元，项目支出40.00万元。"
    assert _codes(path) == []


def test_paragraph_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_BLOCKS", 50)
    found = review_path(_docx(tmp_path, paragraphs=200))
    assert [f.code for f in found] == ["R-UNREAD"] and "50" in found[0].message


def test_a_docx_that_unpacks_beyond_the_limit_is_refused_before_unpacking(tmp_path, monkeypatch):
    """A zip bomb: a small .docx whose parts unpack to far more than any report."""
    import zipfile

    import pytest

    from juesuan.review import ReadError

    doc = Document()
    doc.add_paragraph(TEXT.strip())
    path = tmp_path / "bomb.docx"
    doc.save(str(path))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/padding.bin", b"\0" * 3_000_000)  # a few KB compressed
    assert path.stat().st_size < 100_000
    assert [c for c, _ in _codes(path)] == ["R-SUM"]  # under the limit: read as usual
    monkeypatch.setattr(extract, "MAX_DOCX_BYTES", 2_000_000)
    with pytest.raises(ReadError, match=r"解压后有 \d+ MB，超过 1 MB 的上限，未审阅"):
        review_path(path)
    run = subprocess.run([sys.executable, "-c", "import sys; from juesuan.review import extract; "
                          "extract.MAX_DOCX_BYTES = 2_000_000; from juesuan.cli import main; "
                          f"sys.exit(main(['review', {str(path)!r}]))"], capture_output=True, text=True)
    assert run.returncode == 2 and "上限" in run.stdout + run.stderr and "Traceback" not in run.stderr
