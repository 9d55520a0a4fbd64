"""Trial W2: a command that only reads (``extract``: a workbook to a data file; ``import-tables``: the
published tables into one) labels its count for what it counts — 读取检查, not 审核结果, which names the
checks ``analyze`` and ``disclose`` run."""

from __future__ import annotations

from juesuan.cli import main
from juesuan.sources.datafile import load
from juesuan.workbook.build import build
from tests.test_published_unit import HERE, corrected_rows, expected_of


def test_extract_counts_read_problems_as_such(tmp_path, capsys):
    data, _ = load(HERE / "putuo_wenlv_2025.toml")
    book = tmp_path / "u.xlsm"
    book.write_bytes(build(data, None))
    assert main(["extract", str(book), str(tmp_path / "u.toml")]) == 0
    out = capsys.readouterr().out
    assert "读取检查（只核对能否完整、准确地读出，不是表内表间审核；" in out
    assert "）：错误0项，警告0项，提示0项" in out
    assert "审核结果" not in out
    assert main(["disclose", str(tmp_path / "u.toml")]) == 0
    assert "审核结果：错误0项" in capsys.readouterr().out  # the audit is disclose's


def test_import_tables_counts_read_problems_as_such(tmp_path, capsys):
    from tests.official_book import build as tables_book
    from tests.test_import_published import _without_table_figures

    expected = expected_of("putuo_sthj_2025")
    tables = {key: (t["title"], corrected_rows(expected, key)) for key, t in expected["tables"].items()}
    book = tables_book(tmp_path / "公开表.xlsx", tables, "万元", True)
    skeleton = _without_table_figures((HERE / "putuo_sthj_2025.toml").read_text(encoding="utf-8"))
    (tmp_path / "u.toml").write_text(skeleton, encoding="utf-8")
    assert main(["import-tables", str(book), str(tmp_path / "u.toml")]) == 0
    out = capsys.readouterr().out
    assert "读取检查（" in out and "审核结果" not in out
