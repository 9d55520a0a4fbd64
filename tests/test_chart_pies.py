"""Every pie of the report is drawn at one size (``sheet_style.CHART.pie_box``), whatever its
legend holds: a legend of long names (政府性基金预算财政拨款收入) no longer shrinks its pie."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest

from juesuan.core.charts import Chart, ChartKind, Series

pytest.importorskip("matplotlib")


def _pie(names: tuple[str, ...], values: tuple[str, ...], shares: tuple[str, ...]) -> Chart:
    return Chart("income_structure", "收入结构", ChartKind.PIE, names,
                 (Series("本年决算", tuple(D(v) for v in values), "final"),), "万元", tuple(D(s) for s in shares))


def _pie_box(png: bytes) -> tuple[int, int, int, int]:
    """The box of the pie's coloured pixels in the picture's left half, below the title."""
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    w, h = img.size
    left = img.crop((0, h // 6, w // 2, h))
    mask = left.point(lambda v: 255 if v < 200 else 0).convert("L")
    # a pixel of a slice has some channel well below white; the legend's text is right of the middle
    box = mask.getbbox()
    assert box is not None
    return box


def test_pies_with_short_and_long_legends_are_the_same_size():
    from juesuan.export.chart_images import render

    short = _pie(("人员经费", "公用经费"), ("1236.85", "185.42"), ("86.96", "13.04"))
    long = _pie(("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"),
                ("4123.69", "185.00", "4.52"), ("95.61", "4.29", "0.10"))
    a, b = _pie_box(render(short, dpi=80)), _pie_box(render(long, dpi=80))
    assert abs((a[2] - a[0]) - (b[2] - b[0])) <= 2 and abs((a[3] - a[1]) - (b[3] - b[1])) <= 2
    assert (a[2] - a[0]) > 150  # about two fifths of the 6.4-inch picture at 80 dpi
