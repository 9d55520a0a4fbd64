"""Charts never show boxes: a CJK font is found even when matplotlib's font cache predates it,
and where none exists the export says so."""

from __future__ import annotations

import warnings

import pytest
from matplotlib import font_manager

from juesuan.core.charts import ChartKind
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


def test_a_reused_figure_draws_every_chart_as_a_new_figure_would(sample_report):
    """Charts share one figure and axes per kind and thread: a chart drawn after others is byte
    for byte the chart drawn on a thread's first, new figure."""
    import threading

    charts = list(sample_report.charts)
    assert {c.kind for c in charts} == set(ChartKind)  # both kinds, interleaved
    after_others = {}
    for chart in [*charts, *reversed(charts)]:
        after_others.setdefault(chart.key, []).append(chart_images.render(chart, dpi=50))
    fresh = {}

    def first_on_a_new_thread(chart):
        fresh[chart.key] = chart_images.render(chart, dpi=50)

    for chart in charts:
        t = threading.Thread(target=first_on_a_new_thread, args=(chart,))
        t.start()
        t.join()
    for chart in charts:
        assert after_others[chart.key] == [fresh[chart.key]] * 2, chart.key


def test_a_title_placed_without_the_search_is_where_the_search_puts_it(sample_report, monkeypatch):
    charts = list(sample_report.charts)
    assert all(chart_images._title_fixed(c) for c in charts)
    placed = [chart_images.render(c, dpi=50) for c in charts]
    monkeypatch.setattr(chart_images, "PLAIN_TICKS_BELOW", 0.0)  # every bar chart searched
    assert [chart_images.render(c, dpi=50) for c in charts] == placed


def test_large_amounts_leave_the_title_to_matplotlib():
    from decimal import Decimal

    from juesuan.core.charts import Chart, Series

    chart = Chart("spending", "支出", ChartKind.BAR, ("基本支出", "项目支出"),
                  (Series("本年决算", (Decimal("2500000"), Decimal("1200000"))),))
    assert not chart_images._title_fixed(chart)
    assert chart_images.render(chart, dpi=40).startswith(b"\x89PNG")


def test_layouts_and_glyphs_from_the_memo_draw_what_matplotlib_draws(sample_report, monkeypatch):
    """Text layouts and glyph layouts kept from chart to chart: every chart byte for byte the
    chart matplotlib draws without them (the second round answered from the memo)."""
    import contextlib

    charts = list(sample_report.charts)
    kept = [chart_images.render(c, dpi=50) for c in charts * 2]
    assert chart_images._LOCAL.kept and chart_images._LOCAL.kept_glyphs  # the memo was used
    monkeypatch.setattr(chart_images, "_layouts_kept", contextlib.nullcontext)
    assert kept == [chart_images.render(c, dpi=50) for c in charts] * 2


def test_memos_only_where_this_matplotlib_has_their_private_pieces(monkeypatch):
    """pyproject allows matplotlib 3.8+: a version without a private piece the memos use is left
    unpatched (charts drawn by matplotlib alone), never an AttributeError at draw time."""
    from matplotlib.backends.backend_agg import RendererAgg

    assert chart_images._memo_fits() == chart_images.MEMOS_IN_USE
    monkeypatch.delattr(RendererAgg, "_draw_text_glyphs_and_boxes", raising=False)
    assert chart_images._memo_fits() is False
