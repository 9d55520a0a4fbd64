"""The report's charts drawn as PNG images (matplotlib), the same figures as the workbook's.

Imported only by the export: matplotlib is heavy and a button that does not export must not
pay for it.
"""

from __future__ import annotations

import contextlib
import shutil
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import matplotlib
import numpy
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.figure import Figure
from matplotlib.gridspec import SubplotParams
from matplotlib.text import Text

from ..core import fmt
from ..core.charts import Chart, ChartKind
from . import fonts
from .sheet_style import CHART

CJK_FONTS = list(fonts.CHART)
# zlib level of the PNGs: 1 is several times faster than 6 and, for charts, about as small.
PNG_LEVEL = 1
COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"]


# Where the fonts of CJK_FONTS live when fontconfig cannot be asked (Windows, macOS).
FONT_FILES = ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyh.ttf", "C:/Windows/Fonts/simhei.ttf",
              "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Medium.ttc",
              "/Library/Fonts/Microsoft/SimHei.ttf")
NO_CJK_FONT = ("本机没有中文字体，报告中的图表文字会显示为方框。请安装中文字体"
               "（Windows：微软雅黑；Linux：fonts-noto-cjk 或文泉驿）后重新导出。")


def _known_font() -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _font_files() -> list[str]:
    """CJK font files on this machine: fontconfig's list where it exists, else the usual places."""
    files: list[str] = []
    if shutil.which("fc-list") and sys.platform != "win32":
        try:
            out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                                 timeout=20, check=False).stdout
            files = [line.split(":")[0].strip() for line in out.splitlines() if line.strip()]
        except (OSError, subprocess.SubprocessError):
            files = []
    files += [f for f in FONT_FILES if Path(f).is_file()]
    return sorted(set(files), key=lambda f: (".ttc" not in f, "Bold" in f, f))


@cache
def cjk_font() -> str | None:
    """The first CJK font matplotlib can use, or None (the images would show boxes).

    matplotlib caches its font list on first import; fonts installed later are invisible to it.
    When none of ours is in that list, the font files found on the machine are added to it.
    """
    name = _known_font()
    if name is None:
        for path in _font_files():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
        name = _known_font()
    return name


def font_message() -> str:
    """A sentence for the person exporting when no CJK font exists, else ''."""
    return "" if cjk_font() else NO_CJK_FONT


def _style() -> dict:
    found = cjk_font()
    # the installed ones only: matplotlib skips the others, but looks each one up for every text
    installed = {f.name for f in font_manager.fontManager.ttflist}
    cjk = [name for name in dict.fromkeys([*([found] if found else []), *CJK_FONTS]) if name in installed]
    return {
        "font.sans-serif": [*cjk, "DejaVu Sans"],
        "font.family": "sans-serif",
        "axes.unicode_minus": False,
        "font.size": 10,
        "svg.hashsalt": "juesuan",
    }


def _label(value: Decimal | None) -> str:
    return "" if value is None else fmt.number(value)


_LOCAL = threading.local()  # figures per thread: matplotlib figures are not thread-safe


def _axes(kind: ChartKind, dpi: int, fixed: bool) -> tuple[Figure, Axes, FigureCanvasAgg]:
    """This thread's figure and axes for charts of ``kind`` at ``dpi`` with their title placed
    (``fixed``) or searched for by matplotlib, emptied of the last chart.

    One figure per kind instead of one per chart, its canvas attached up front (``tight_layout``
    measures text with the canvas's renderer instead of drawing the figure once more), and the
    axes kept: clearing or making an axes rebuilds its tick, spine and title objects, which cost
    as much as drawing the chart. Only the last chart's artists are removed; every property a
    chart sets is set again by the next chart of the same kind."""
    figures = _LOCAL.__dict__.setdefault("figures", {})
    if (kind, dpi, fixed) not in figures:
        fig = Figure(figsize=(6.4, 3.6), dpi=dpi)  # no pyplot: no global figure state
        figures[kind, dpi, fixed] = (fig, fig.subplots(), FigureCanvasAgg(fig))
    fig, ax, canvas = figures[kind, dpi, fixed]
    if ax.legend_ is not None:
        ax.legend_.remove()
    for container in list(ax.containers):
        container.remove()
    for artist in list(ax._children):  # bars, wedges, labels; not the spines, axes or title
        artist.remove()
    ax.ignore_existing_data_limits = True  # the next artists set the data limits afresh
    new = SubplotParams()  # the margins tight_layout starts from: rcParams', not the last chart's
    fig.subplots_adjust(new.left, new.bottom, new.right, new.top, new.wspace, new.hspace)
    return fig, ax, canvas


def _png(canvas: FigureCanvasAgg, dpi: int) -> bytes:
    """The figure drawn once on its Agg canvas (``savefig`` would draw it a second time after
    ``tight_layout``) and encoded as an 8-bit RGB PNG: rows unfiltered, zlib level ``PNG_LEVEL``.

    Charts are large flat areas, which zlib compresses as well without PNG's row filters; this
    encoder is over twice as fast as Pillow's for the same size. No text chunks: the bytes depend
    on the chart only."""
    canvas.draw()
    width, height = canvas.get_width_height()
    rgba = numpy.asarray(canvas.buffer_rgba())
    raw = numpy.empty((height, width * 3 + 1), numpy.uint8)
    raw[:, 0] = 0  # a filter byte (0 = none) per row
    # the figure is opaque: alpha dropped, copied once straight into the rows
    numpy.copyto(raw[:, 1:].reshape(height, width, 3), rgba[:, :, :3])
    ppm = round(dpi / 0.0254)
    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)),
        _chunk(b"IDAT", zlib.compress(raw.data, PNG_LEVEL)),
        _chunk(b"IEND", b""),
    ))


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


# Text._get_layout answered from a memo while this module draws a chart. matplotlib lays out each
# text three or four times per chart (tight_layout, the axis labels' placement, drawing, the
# legend), each time looking up its fonts and their metric tables. The layout is relative to the
# text's anchor: it depends only on what ``_layout_key`` holds (the text, its font properties and
# the fonts they resolve to, the resolution, line spacing, alignment, rotation). Texts that wrap,
# use TeX or math ($), or turn with their transform are laid out by matplotlib every time, and
# so is every text outside ``render`` (the memo is this thread's, set only while it draws).
_TEXT_LAYOUT = getattr(Text, "_get_layout")  # noqa: B009 (a private method)
LAYOUTS_KEPT = 4096  # annotations differ from chart to chart: the memo is emptied when this full


def _memo_layout(text: Any, renderer: Any) -> Any:
    memo: dict | None = getattr(_LOCAL, "layouts", None)
    key = None if memo is None else _layout_key(text, renderer, memo)
    if memo is None or key is None:
        return _TEXT_LAYOUT(text, renderer)
    found = memo.get(key)
    if found is None:
        if len(memo) >= LAYOUTS_KEPT:
            fonts = memo.pop("fonts")
            memo.clear()
            memo["fonts"] = fonts
        found = memo[key] = _TEXT_LAYOUT(text, renderer)
    bbox, lines, box = found
    return bbox.frozen(), lines, box  # a copy: the caller may move it


def _layout_key(text: Any, renderer: Any, memo: dict) -> tuple | None:
    s = text.get_text()
    if text.get_wrap() or text.get_usetex() or "$" in s or text.get_transform_rotates_text():
        return None
    fp = text._fontproperties
    return (s, tuple(fp.get_family()), fp.get_style(), fp.get_variant(), fp.get_weight(), fp.get_stretch(),
            fp.get_size(), fp.get_file(), fp.get_math_fontfamily(), text.get_parse_math(),
            text.get_figure(root=True).dpi, type(renderer), getattr(renderer, "dpi", None), text._linespacing,
            text._get_multialignment(), text._rotation, text._rotation_mode, text._horizontalalignment,
            text._verticalalignment, memo["fonts"])


# Agg's draw_text with the glyph layout of a text in a font at a size (FreeType's layout with the
# fallback fonts: about 0.3 ms a text, the same for every chart's ticks, titles and legends)
# answered from a memo while this module draws; the glyphs are then drawn as matplotlib draws them.
_AGG_DRAW_TEXT = RendererAgg.draw_text


def _memo_draw_text(self: Any, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                    ismath: Any = False, mtext: Any = None) -> None:
    memo = getattr(_LOCAL, "glyphs", None)
    if memo is None or ismath:
        return _AGG_DRAW_TEXT(self, gc, x, y, s, prop, angle, ismath, mtext)
    font = self._prepare_font(prop)
    flags = get_hinting_flag()
    features = mtext.get_fontfeatures() if mtext is not None else None
    language = mtext.get_language() if mtext is not None else None
    size = prop.get_size_in_points()
    key = (font, size, self.dpi, s, flags, features, language if isinstance(language, str | None) else repr(language))
    items = memo.get(key)
    if items is None:
        if len(memo) >= LAYOUTS_KEPT:
            memo.clear()
        items = memo[key] = font._layout(s, flags=flags, features=features, language=language)
    self._draw_text_glyphs_and_boxes(
        gc, x, y, angle, ((item.ft_object, size, item.glyph_index, 0, 1, item.x, item.y) for item in items), [])
    return None


def _memo_fits() -> bool:
    """Whether this matplotlib has every private piece the memos stand in for (3.11 does; older
    ones, which pyproject allows, draw exactly as before without the memos)."""
    from matplotlib.ft2font import FT2Font

    try:
        Text().get_figure(root=True)
    except TypeError:
        return False
    return (all(hasattr(RendererAgg, name) for name in ("_prepare_font", "_draw_text_glyphs_and_boxes"))
            and hasattr(FT2Font, "_layout")
            and all(hasattr(Text, name) for name in ("_get_layout", "get_fontfeatures", "get_language",
                                                     "get_parse_math", "get_transform_rotates_text")))


MEMOS_IN_USE = _memo_fits()
if MEMOS_IN_USE:
    setattr(Text, "_get_layout", _memo_layout)  # noqa: B010 (a private method)
    setattr(RendererAgg, "draw_text", _memo_draw_text)  # noqa: B010


@contextlib.contextmanager
def _layouts_kept() -> Iterator[None]:
    """This thread's layout memo in use (and the font lists of the rcParams now in force)."""
    from matplotlib import rcParams

    memo: dict = _LOCAL.__dict__.setdefault("kept", {})
    fonts = tuple(tuple(rcParams[key]) for key in
                  ("font.family", "font.serif", "font.sans-serif", "font.cursive", "font.fantasy", "font.monospace"))
    if memo.get("fonts") != fonts:
        memo.clear()
        memo["fonts"] = fonts
    _LOCAL.layouts = memo
    _LOCAL.glyphs = _LOCAL.__dict__.setdefault("kept_glyphs", {})
    try:
        yield
    finally:
        _LOCAL.layouts = _LOCAL.glyphs = None


def render(chart: Chart, dpi: int = 200) -> bytes:
    """PNG bytes of one chart: Chinese title, 万元, data labels on every bar and slice."""
    with matplotlib.rc_context(_style()), _layouts_kept():
        fixed = _title_fixed(chart)
        fig, ax, canvas = _axes(chart.kind, dpi, fixed)
        if chart.kind is ChartKind.PIE:
            _pie(ax, chart)
        else:
            _bars(ax, chart, _top(chart))
        ax.set_title(chart.title, fontsize=13, fontweight="bold", y=1.0 if fixed else None)
        if chart.kind is ChartKind.PIE:
            ax.set_position(CHART.pie_box)  # one size for every pie: not shrunk by a long legend
        else:
            fig.tight_layout()
        return _png(canvas, dpi)


def _top(chart: Chart) -> float:
    return max((float(v) for s in chart.series for v in s.values if v is not None), default=0.0)


# Below this top of the value axis its ticks stay under 10^6, where the tick labels would get a
# multiplier ("1e6") drawn above the axes.
PLAIN_TICKS_BELOW = 1e5


def _title_fixed(chart: Chart) -> bool:
    """True when the title's place is known without measuring: nothing but the axes' frame is
    above the axes (ticks below, and no multiplier atop the value axis, which the limit 0 keeps
    free of an offset). matplotlib then skips the search for a higher place, which measures the
    value axis once more each time; where it would find one, the search is left to it."""
    return chart.kind is ChartKind.PIE or _top(chart) * 1.18 < PLAIN_TICKS_BELOW


def _bars(ax, chart: Chart, top: float) -> None:
    n = len(chart.series)
    width = 0.8 / max(n, 1)
    positions = range(len(chart.categories))
    for i, series in enumerate(chart.series):
        xs = [p - 0.4 + width * (i + 0.5) for p in positions]
        heights = [0.0 if v is None else float(v) for v in series.values]
        bars = ax.bar(xs, heights, width * 0.92, label=series.name, color=COLORS[i % len(COLORS)])
        for bar, value in zip(bars, series.values, strict=True):
            if value is not None:
                ax.annotate(_label(value), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                            xytext=(0, 2), textcoords="offset points", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(list(positions), chart.categories, fontsize=9)
    ax.set_ylabel(f"单位：{chart.unit}")
    ax.set_ylim(0, top * 1.18 if top > 0 else 1)
    ax.spines[["top", "right"]].set_visible(False)
    # inside the axes wherever "best" puts it: tight_layout need not look for that place too
    legend = ax.legend(fontsize=9, frameon=False)
    legend.set_in_layout(False)
    _searched_once(legend)


def _searched_once(legend) -> None:
    """A "best" legend's place is searched twice in one drawing (its frame's bounds, then its
    contents), each search measuring every bar and label of the axes: the second is answered by
    the first (same legend size, axes box and limits: the same chart in the same state)."""
    find = legend._findoffset
    memo: dict[tuple, tuple] = {}

    def offset(width, height, xdescent, ydescent, renderer):
        ax = legend.axes
        key = (width, height, xdescent, ydescent, id(renderer), ax.bbox.bounds, ax.viewLim.bounds)
        if key not in memo:
            memo.clear()
            memo[key] = find(width, height, xdescent, ydescent, renderer)
        return memo[key]

    legend._legend_box.set_offset(offset)


def _pie(ax, chart: Chart) -> None:
    slices = [v for v in chart.series[0].values if v is not None]  # a pie has no empty slice
    # wedges from the shares (the figures the text and the 占比 column print): an amount under 50元
    # shows as 0.00万元 but keeps its share
    wedges, _ = ax.pie([float(s) for s in chart.shares], colors=COLORS[: len(slices)], startangle=90,
                       counterclock=False, wedgeprops={"linewidth": 1, "edgecolor": "white"})
    legend = ax.legend(wedges, pie_labels(chart, "\n"), loc="center left", bbox_to_anchor=(1.05, 0.5),
                       frameon=False, fontsize=9, labelspacing=0.8)
    legend.set_in_layout(False)
    ax.axis("equal")


def pie_labels(chart: Chart, sep: str = " ") -> list[str]:
    """Each slice as the legend states it: name, 万元 and the share the text quotes (``Chart.shares``:
    the 尾差 on the largest part, two decimals), as the workbook's pie labels its 占比 cells."""
    slices = [v for v in chart.series[0].values if v is not None]
    return [f"{name}{sep}{fmt.number(value)}{chart.unit}（{fmt.percent(share)}）"
            for name, value, share in zip(chart.categories, slices, chart.shares, strict=True)]
