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
    assert doc["summary"] == {"errors": 0, "warnings": 2, "notes": 9}
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
