"""Charts never show boxes: a CJK font is found even when matplotlib's font cache predates it,
and where none exists the export says so."""

from __future__ import annotations

import warnings

import pytest
from matplotlib import font_manager

from juesuan.export import chart_images
from juesuan.export.document import export_report

CJK_WORDS = ("CJK", "Hei", "YaHei", "PingFang", "WenQuanYi", "Han Sans")


@pytest.fixture
def stale_cache(monkeypatch):
    """matplotlib's font list as it was before the CJK fonts were installed."""
    kept = [f for f in font_manager.fontManager.ttflist if not any(w in f.name for w in CJK_WORDS)]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", kept)
    chart_images.cjk_font.cache_clear()
    yield
    chart_images.cjk_font.cache_clear()


def test_fonts_installed_after_the_cache_are_found(stale_cache, sample_report):
    if not chart_images._font_files():
        pytest.skip("no CJK font file on this machine (.ci/run installs fonts-noto-cjk)")
    assert chart_images._known_font() is None  # the stale cache indeed has none
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would raise here
        png = chart_images.render(sample_report.charts[0], dpi=50)
    assert png.startswith(b"\x89PNG")
    assert chart_images.cjk_font() is not None
    assert chart_images.font_message() == ""


def test_no_cjk_font_at_all_is_said(stale_cache, monkeypatch, sample_report, tmp_path):
    monkeypatch.setattr(chart_images, "_font_files", lambda: [])
    assert chart_images.cjk_font() is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the boxes this test provokes on purpose
        result = export_report(sample_report, docx=tmp_path / "r.docx")
    assert "中文字体" in result.font_message and result.font_message in result.messages
    assert result.docx.exists()


def test_a_pie_of_amounts_that_show_as_zero_wan_still_draws():
    from decimal import Decimal

    from juesuan.core.charts import Chart, ChartKind, Series

    chart = Chart("income_structure", "收入结构", ChartKind.PIE, ("一般公共预算财政拨款收入", "其他收入"),
                  (Series("本年决算", (Decimal("0.00"), Decimal("0.00"))),),
                  shares=(Decimal("66.666666"), Decimal("33.333334")))
    assert chart_images.render(chart, dpi=40).startswith(b"\x89PNG")
