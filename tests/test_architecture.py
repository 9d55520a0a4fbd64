"""The house rules: dependencies point inward, every finding code is registered and documented,
and one failing check does not cost the rest of the report."""

from __future__ import annotations

import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import juesuan
import juesuan.core
from juesuan.core import checks
from juesuan.core.codes import CODES, README_TABLES, markdown_table
from juesuan.report import analyze

SRC = Path(juesuan.__file__).parent
README = Path(__file__).resolve().parent.parent / "README.md"


def _core_modules() -> list[str]:
    return sorted(f"juesuan.core.{m.name}" for m in pkgutil.iter_modules(juesuan.core.__path__))


def test_core_imports_only_the_standard_library():
    """Every core module, imported in a fresh interpreter, loads nothing but the standard library."""
    script = (
        "import sys\n"
        "before = set(sys.modules)\n"
        f"for name in {_core_modules()!r}:\n"
        "    __import__(name)\n"
        "stdlib = sys.stdlib_module_names\n"
        "bad = sorted(m for m in set(sys.modules) - before\n"
        "             if m.split('.')[0] not in stdlib and not m.startswith(('juesuan.core', '_'))\n"
        "             and m != 'juesuan')\n"
        "print('\\n'.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert out.stdout.strip() == "", f"core imports outside the standard library: {out.stdout}"
    assert len(_core_modules()) >= 12


@pytest.mark.parametrize("package", ["core", "narrative"])
def test_inner_packages_do_not_import_outer_ones(package):
    """core imports nothing of juesuan outside core; narrative only core (and itself)."""
    allowed = {"core": ("core",), "narrative": ("core", "narrative")}[package]
    for path in (SRC / package).rglob("*.py"):
        here = list(path.relative_to(SRC).parts[:-1])  # e.g. ["narrative", "sections"]
        for match in re.finditer(r"^\s*from (\.+)([\w.]*) import", path.read_text(), re.M):
            dots, target = match.groups()
            base = here[: len(here) - (len(dots) - 1)] + [t for t in target.split(".") if t]
            top = base[0] if base else ""
            assert top in allowed, f"{path.relative_to(SRC)} imports {dots}{target}"
        assert not re.search(r"^\s*(from|import) juesuan", path.read_text(), re.M), path


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name == "codes.py":
            continue
        found |= set(re.findall(r"[\"']([EWIDR]-[A-Z][A-Z0-9-]+)[\"']", path.read_text()))
    return found


def test_every_code_in_the_source_is_registered():
    assert _codes_in_source() - set(CODES) == set()


def test_every_registered_code_is_used():
    assert set(CODES) - _codes_in_source() - {"E-INTERNAL"} == set()


def test_codes_level_matches_prefix():
    for code, info in CODES.items():
        if code[0] in "EWI":
            assert {"E": "错误", "W": "警告", "I": "提示"}[code[0]] == info.level.value


@pytest.mark.parametrize("name", sorted(README_TABLES))
def test_readme_tables_are_generated_from_the_registry(name):
    text = README.read_text()
    block = text.split(f"<!-- {name}:start", 1)[1].split("-->", 1)[1].split(f"<!-- {name}:end -->")[0]
    want = markdown_table(README_TABLES[name])
    if os.environ.get("JUESUAN_UPDATE_GOLDEN"):
        README.write_text(text.replace(f"-->{block}<!-- {name}:end", f"-->\n{want}\n<!-- {name}:end"))
        return
    assert block.strip() == want


def test_every_code_is_in_a_readme_table():
    listed = {code for prefixes in README_TABLES.values() for code in CODES if code.startswith(prefixes)}
    assert listed == set(CODES)


def test_reported_findings_use_registered_codes_with_their_level(sample_report):
    for f in sample_report.findings:
        assert CODES[f.code].level is f.level


def test_an_exception_inside_one_check_leaves_the_rest_of_the_report(sample, monkeypatch):
    def broken(fig):
        raise ZeroDivisionError("boom")
        yield  # pragma: no cover

    patched = tuple((t, broken if t == "原因说明" else c) for t, c in checks.CHECKS)
    monkeypatch.setattr(checks, "CHECKS", patched)
    report = analyze(sample)
    internal = [f for f in report.findings if f.code == "E-INTERNAL"]
    assert len(internal) == 1
    assert "原因说明" in internal[0].message and "ZeroDivisionError" in internal[0].message
    # the other checks and the whole report are still there
    assert {f.code for f in report.findings} >= {"W-PROJECT-ZERO", "W-CASH-UP-NO-BALANCE"}
    assert report.text() and report.tables and report.charts
    assert report.errors == 1


def test_codes_are_raised_at_their_registered_level():
    """Where the source names a level next to a code, it is the registered one."""
    levels = {"ERROR": "错误", "WARNING": "警告", "INFO": "提示"}
    seen = 0
    for path in SRC.rglob("*.py"):
        text = path.read_text()
        for level, code in re.findall(r"Level\.(ERROR|WARNING|INFO),\s*\"([EWID]-[A-Z0-9-]+)\"", text):
            assert CODES[code].level.value == levels[level], (path.name, code)
            seen += 1
        for code in re.findall(r"\.error\(\s*\"([A-Z]-[A-Z0-9-]+)\"", text):
            if code[0] in "EWI":  # the reader's error() takes a level for 提示 such as I-ROUNDED
                assert code.startswith(("E-", "I-")), (path.name, code)
    assert seen > 30


def test_every_review_code_is_in_the_readme():
    """审阅's codes (R-…) have levels that depend on the case; README's review table lists each."""
    text = README.read_text()
    table = text.split("## 审阅他人编写的报告", 1)[1]
    used = set()
    for path in (SRC / "review").rglob("*.py"):
        used |= set(re.findall(r"[\"'](R-[A-Z][A-Z0-9-]+)[\"']", path.read_text()))
    assert used and {code for code in used if f"`{code}`" not in table} == set()
