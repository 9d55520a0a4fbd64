"""Two findings of one problem said as one (arbiter's helpers): two cells of a row written in each other's place, a
part above its total that a table settles, a 持平 whose last-year amount and whose reason both say it moved."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .base import ReviewFinding

# a table cell checked down its column: 「“合计”的“事业收入”为10.00万元，与下方各类级科目之和不符：…」
_CELL = re.compile(r"^“([^”]+)”的“([^”]+)”为[^，]+，与([^，：]+?)不符")


def _unit(figure: str, expected: str) -> str:
    """The unit a bare table cell ``figure`` is in, as its 应为 states it ("" when the figure states its own)."""
    m = re.search(r"(?:万元|亿元|元|%)$", expected)
    return "" if re.search(r"[元%]$", figure) or m is None else m.group(0)


def swapped(f: ReviewFinding, g: ReviewFinding) -> ReviewFinding | None:
    """Two cells of one row (``f`` the first) each checked down its column by one check and each holding the
    other's 应为: the two columns' figures written in each other's place — one finding, both 应为 said."""
    if f.block != g.block or f.code != g.code or f.place != g.place or f.code != "R-TABLE-SUM":
        return None
    a, b = _CELL.match(f.message), _CELL.match(g.message)
    if a is None or b is None or a.group(1) != b.group(1) or a.group(2) == b.group(2) or a.group(3) != b.group(3):
        return None
    return replace(f, message=(
        f"“{a.group(1)}”行的“{a.group(2)}”{f.figure}{_unit(f.figure, f.expected)}与“{b.group(2)}”{g.figure}"
        f"{_unit(g.figure, g.expected)}两列的数写反了：按{a.group(3)}，“{a.group(2)}”应为{f.expected}，"
        f"“{b.group(2)}”应为{g.expected}。"), why=f"{f.why}；{g.why}")


def settles_bound(f: ReviewFinding, settled: list[tuple[int, Decimal | None, Decimal | None]]) -> bool:
    """Whether a table's correction (its block, wrong value, right value) of the part or the total of a one-item
    其中 larger than its total (``f``'s 计算 「part > total」) puts the two in order: that finding names the figure."""
    m = re.fullmatch(r"([\d,.]+)\S*元 > ([\d,.]+)\S*元", f.why)
    if m is None:
        return False
    part, total = (Decimal(x.replace(",", "")) for x in m.groups())
    return any(w is not None and r is not None and ((w == part and r <= total) or (w == total and r >= part))
               for _, w, r in settled)


def flat_reasons_folded(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """A 持平 that last year's amount stated elsewhere refutes (R-FLAT, 应为 「增加C」) and whose reason says the same
    move (R-REASON-DIRECTION, an instruction): one problem, the R-FLAT's amount its 应为, the reason said in it."""
    out = list(found)
    for r in found:
        if r.code != "R-REASON-DIRECTION":
            continue
        # the reason found against a 持平 said above it (「“公务接待费支出”前文为“持平”，原因说明却写“减少”」): one
        # problem with the R-FLAT on that line's 持平 that gives it the same move
        line = re.match(r"“(.+?)”前文为“持平”", r.message)
        said = re.search(r"写“(增加|减少)”", r.expected) or (
            re.search(r"却写“(增加|减少)”", r.message) if line else None)
        if said is None:
            continue
        flat = next((k for k, f in enumerate(out) if f.code == "R-FLAT" and f.block == r.block and f.quote
                     and (f.quote in r.quote if line is None else _named(line.group(1), f.figure))
                     and f.expected.startswith(said.group(1))), None)
        if flat is not None:
            f = out[flat]
            out[flat] = replace(f, message=f"{f.message.rstrip('。')}；其后的原因说明写的也是{said.group(1)}。")
            out = [x for x in out if x is not r]
    return out


def _named(line: str, words: str) -> bool:
    """Whether the R-FLAT's words (「公务接待费支出决算与上年持平」) are of the line a reason names
    (「公务接待费支出」)."""
    stem = re.sub(r"(?:支出|决算|财政拨款)+$", "", line)
    return len(stem) >= 2 and words.startswith(stem)
