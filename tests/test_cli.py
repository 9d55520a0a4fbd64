"""The command line: report text, --json with stable keys, exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from juesuan.sources.datafile import sample_path


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "juesuan", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd)


def test_analyze_sample_prints_report_and_findings():
    out = run("analyze", str(sample_path()))
    assert out.returncode == 0, out.stderr
    assert "奈曼旗政务服务中心2021年度" in out.stdout
    assert "审核结果：错误0项，警告2项" in out.stdout


def test_analyze_json_has_stable_keys():
    out = run("analyze", str(sample_path()), "--json")
    doc = json.loads(out.stdout)
    assert set(doc) == {"unit", "summary", "groups", "function_detail", "tables", "indicators",
                        "charts", "findings", "narrative"}
    assert doc["groups"]["spending"]["total"]["final"] == "4677326.79"
    # 2 of them I-INDICATOR-INPUT; the 三公 items of 0 with blank budget / 上年 are rows that do not apply; the
    # sample gives its 其他重要支出 and 经济分类问题及改进措施 (「无。」, as the reference report); a 三公 row left
    # blank is 0 by the one blank rule (core/blanks), not 未填报
    assert doc["summary"] == {"errors": 0, "warnings": 2, "notes": 6}
    assert {"level", "code", "message", "location"} == set(doc["findings"][0])


def test_exit_1_with_errors(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\n[unit]\nname = "x"\n[[spending]]\nitem = "人员经费"\nfinal = "abc"\n',
                   encoding="utf-8")
    out = run("analyze", str(bad))
    assert out.returncode == 1
    assert "E-UNIT-YEAR" in out.stdout and "E-NOT-NUMBER" in out.stdout
    assert "Traceback" not in out.stderr


def test_exit_2_when_unreadable(tmp_path: Path):
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"PK\x03\x04 not toml at all \xff")
    for target in (str(bad), str(tmp_path / "missing.toml"), str(tmp_path)):
        out = run("analyze", target)
        assert out.returncode == 2
        assert out.stderr.startswith("错误：")
        assert "Traceback" not in out.stderr


# -- one command line: exit codes, refusals, file names (issue 16) -------------------------------

SRC = Path(__file__).resolve().parents[1] / "src" / "juesuan"


def _sample_named(path: Path, name: str) -> Path:
    import re

    text = sample_path().read_text(encoding="utf-8")
    path.write_text(re.sub(r'^name = ".*"', f'name = "{name}"', text, count=1, flags=re.M), encoding="utf-8")
    return path


def test_every_command_that_refuses_to_overwrite_exits_3(tmp_path, capsys):
    from juesuan.cli import EXIT_NOT_WRITTEN, main

    data = tmp_path / "unit.toml"
    data.write_text(sample_path().read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "units").mkdir()
    (tmp_path / "units" / "a.toml").write_text(data.read_text(encoding="utf-8"), encoding="utf-8")
    existing = {name: tmp_path / name for name in ("t.xlsm", "s.xlsm", "b.xlsm", "dept.toml")}
    for path in existing.values():
        path.write_bytes(b"mine")
    commands = [["template", str(existing["t.xlsm"])],
                ["summary-template", str(existing["s.xlsm"])],
                ["build", str(data), str(existing["b.xlsm"])],
                ["consolidate", str(tmp_path / "units"), "--name", "某局", "--out", str(existing["dept.toml"])]]
    for argv in commands:
        assert main(argv) == EXIT_NOT_WRITTEN, argv
        assert "--force" in capsys.readouterr().err
    assert all(p.read_bytes() == b"mine" for p in existing.values())


def test_consolidate_out_naming_one_of_its_inputs_is_refused(tmp_path, capsys):
    from juesuan.cli import EXIT_NOT_WRITTEN, main

    a = tmp_path / "a.toml"
    a.write_text(sample_path().read_text(encoding="utf-8"), encoding="utf-8")
    before = a.read_bytes()
    assert main(["consolidate", str(a), "--name", "某局", "--out", str(a), "--force"]) == EXIT_NOT_WRITTEN
    assert "输入文件" in capsys.readouterr().err and a.read_bytes() == before
    # the same file reached through its folder
    assert main(["consolidate", str(tmp_path), "--name", "某局", "--out", str(a), "--force"]) == EXIT_NOT_WRITTEN
    assert a.read_bytes() == before and not list(tmp_path.glob("*.bak"))


def test_disclose_writes_its_files_for_a_121_character_unit_name(tmp_path, capsys):
    from juesuan.cli import main

    name = "某" * 115 + "政务服务中心"
    assert len(name) == 121
    source = _sample_named(tmp_path / "long.toml", name)
    assert main(["disclose", str(source), "--xlsx"]) == 0, capsys.readouterr().err
    written = sorted(p for p in tmp_path.iterdir() if p.suffix in (".docx", ".xlsx"))
    assert [p.suffix for p in written] == [".docx", ".xlsx"]
    assert all(len(p.name.encode("utf-8")) <= 255 and p.name.startswith("某某") for p in written)
    assert main(["export", str(source)]) == 0  # the report: the same rule
    assert all(len(p.name.encode()) <= 255 for p in tmp_path.iterdir())


def test_the_command_line_imports_no_button_code_and_nothing_imports_it():
    """cli is the outer shell: it never imports excel.live; no package imports cli (no circle)."""
    import re

    for path in (SRC / "cli").glob("*.py"):
        assert not re.search(r"^\s*from \.\.excel|^\s*import juesuan\.excel", path.read_text(), re.M), path
    for path in SRC.rglob("*.py"):
        if path.parent.name == "cli" or path.name == "__main__.py":
            continue
        assert not re.search(r"^\s*from \.+cli\b|juesuan\.cli", path.read_text(), re.M), path
    assert not list(SRC.glob("*/cli.py")), "one module per sub-command lives in juesuan/cli/"


def test_every_sub_command_has_its_module_and_raises_rather_than_returns_a_code():
    import ast

    from juesuan.cli.main import COMMANDS, build_parser

    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(choices) == sorted(c.replace("_", "-") for c in COMMANDS)
    for name in COMMANDS:
        tree = ast.parse((SRC / "cli" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant):
                assert node.value.value is None, f"cli/{name}.py returns a bare code {node.value.value}"
            if isinstance(node, ast.Attribute) and node.attr in ("UNREADABLE", "NOT_WRITTEN", "INTERNAL"):
                raise AssertionError(f"cli/{name}.py decides an exit code ({node.attr}) that only run decides")


def test_one_loader_chooses_between_data_file_and_workbook(tmp_path):
    from juesuan.batch import worker
    from juesuan.load import load_unit

    data, findings, locator, wb = worker._read(sample_path())
    loaded = load_unit(sample_path())
    assert (data, findings, locator, wb) == (loaded.data, loaded.findings, None, None)
    folder = tmp_path / "unit.xlsm"
    folder.mkdir()
    with __import__("pytest").raises(worker.ReadError):
        worker._read(folder)


def test_findings_are_printed_by_one_function():
    import re

    printers = sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                      if re.search(r"print\(f\"\s*\[\{f", p.read_text(encoding="utf-8")))
    assert printers == ["cli/common.py"]
    defs = [p for p in SRC.rglob("*.py") if re.search(r"^def _?print_findings\(",
                                                      p.read_text(encoding="utf-8"), re.M)]
    assert [p.relative_to(SRC).as_posix() for p in defs] == ["cli/common.py"]
