"""Shared fixtures: the built-in sample unit and its report; hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from juesuan.report import analyze
from juesuan.sources.datafile import load_sample

pytest_plugins = ("pytester",)  # tests/test_suite_settings.py runs a small suite under pytest-xdist

# Properties run derandomized in the suite: the same examples every run, so CI never fails on a rare
# class one run happens to draw. benchmarks/bench_random_units.py runs them with random seeds and
# ``examples(n)`` at least NIGHTLY examples each (JUESUAN_HYPOTHESIS=nightly), printing what fails.
NIGHTLY = 400
settings.register_profile("suite", derandomize=True, database=None, deadline=None)
settings.register_profile("nightly", derandomize=False, database=None, deadline=None, print_blob=True)
PROFILE = os.environ.get("JUESUAN_HYPOTHESIS", "suite")
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """A property's max_examples: ``n`` in the suite; at least NIGHTLY (or JUESUAN_EXAMPLES) otherwise."""
    floor = int(os.environ.get("JUESUAN_EXAMPLES", NIGHTLY if PROFILE == "nightly" else 0))
    return max(n, floor)


@pytest.fixture(scope="session")
def sample():
    data, findings = load_sample()
    assert findings == []
    return data


@pytest.fixture(scope="session")
def sample_report(sample):
    return analyze(sample)


# The reference material lives beside the repository (``../shared``), on every developer's machine
# and in CI. A missing seed is a broken checkout, so tests that need it fail rather than skip.
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_bc0a8bbd7780701e.txt"
TEMPLATE_PDF = SHARED / "anchors" / "shanghai-2024-department-final-template.pdf"


def shared_file(path: Path) -> Path:
    """``path`` under ../shared, or a failing test that says where it was looked for."""
    if not path.exists():
        pytest.fail(f"reference file missing: {path} (the repository expects ../shared beside it)")
    return path


@pytest.fixture(scope="session")
def sample_pdf(sample_report, tmp_path_factory):
    """The sample's report exported as Word and PDF (LibreOffice) once a session: its ``ExportResult``."""
    import shutil

    from juesuan.export.document import export_report

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    result = export_report(sample_report, docx=tmp_path_factory.mktemp("sample_pdf") / "r.docx", pdf=True)
    assert result.pdf is not None, result.pdf_message
    return result


@pytest.fixture(scope="session")
def putuo_glyphs(tmp_path_factory):
    """``(unit, borders=True) -> (pdf, blocks, findings)``: a 普陀 document of tests/pdf_docs.py written
    glyph by glyph (tests/pdf_glyphs.py), read and reviewed once a session for every test that reads it."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import read
    from tests import pdf_docs, pdf_glyphs

    folder = tmp_path_factory.mktemp("putuo_glyphs")
    made: dict[tuple[str, bool], tuple] = {}

    def get(unit: str, borders: bool = True) -> tuple:
        if (unit, borders) not in made:
            pdf = pdf_glyphs.build(pdf_docs.load(unit), folder / f"{unit}.{borders}.pdf", borders=borders)
            blocks = read(pdf)
            made[unit, borders] = (pdf, blocks, review_blocks(blocks))
        return made[unit, borders]

    return get

