"""What every review rule shares: the finding type, display through ``core.fmt``, and the
interval arithmetic that lets a shown figure stand for the range its rounding allows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..core import fmt
from ..core.findings import Finding
from ..core.fmt import number
from .extract import Block
from .figures import Figure, yuan_rounding

HUNDRED = Decimal(100)
# where a list of parts begins: "其中：", and in 决算公开 "主要用于以下方面：", "主要包括："
LIST_MARK = re.compile(r"(?:其中|主要用于以下方面|主要用于以下几个方面|主要包括)\s*[：:，,]?\s*")
UP = ("增加", "增长", "上升", "提高")
DOWN = ("减少", "下降", "降低")
DIR = "|".join(UP + DOWN)


# a hyphen written as a minus: before a digit, not inside a code or a date ("2080505-1", "2024-12")
_HYPHEN_MINUS = re.compile(r"(?<![\w.,）)])-(?=\d)")


@dataclass(frozen=True)
class ReviewFinding(Finding):
    """One contradiction or malformed figure found in a report: a ``Finding`` with the sentence
    it quotes, its place in the document, the value it should have and the arithmetic why."""

    quote: str = ""
    place: str = ""
    expected: str = ""
    why: str = ""
    block: int = -1  # index of the block (paragraph or table) it refers to
    figure: str = ""  # the figure as written
    nature: str = ""  # what was found (review.levels: contradiction, slip, rounding); decides the level
    # a finding said once for many places (review.repeated: one habit, one alarm): the others, each with its own
    # block and figure, so that the Word copy bears the comment at every place
    others: tuple[ReviewFinding, ...] = ()
    # 原文 and 原文数字 as the document writes them (review.written: a .docx paragraph's spaces and widths), which
    # the reader finds with Ctrl-F: what the outputs print; ``quote`` and ``figure`` stay as the rules read them
    # (the same in every form of a document)
    written_quote: str = ""
    written_figure: str = ""
    # the words a Word comment sits on where the figure alone would single out one of the parts that could be wrong
    # (a count list 「优2个、良2个」 of one excess): the whole span of them
    anchor: str = ""

    def __post_init__(self) -> None:
        # the arithmetic is shown with the minus sign (−), never a hyphen: "= −120.00万元", "(−0.65万元"
        if "-" in self.why:
            object.__setattr__(self, "why", _HYPHEN_MINUS.sub("−", self.why))

    def as_dict(self) -> dict[str, str]:
        return {
            "level": self.level.value,
            "code": self.code,
            "message": self.message,
            "quote": self.written_quote or self.quote,
            "place": self.place,
            "figure": self.written_figure or self.figure,
            "expected": self.expected,
            "why": self.why,
        }


# --- formatting (through core.fmt) ------------------------------------------------


def result(value: Decimal, like: Figure) -> str:
    """The result of a 计算 line (``value`` in 元) in ``like``'s unit, signed with −: "−0.10万元"."""
    return ("−" if value < 0 else "") + show(abs(value), like)


def show(value: Decimal, like: Figure) -> str:
    """``value`` (元 or %) shown in ``like``'s unit — at its grain where it is written in whole 万元 (「1,729万元」
    for 1,728.69万元 where the text writes 「1,728万元」, rounded half-up: what a reviewer pastes over it), unless that
    grain would show a non-zero amount as 0; a bare 0 (「0万元」, a table's 「0」) shows no grain."""
    if like.unit == "万元":
        if like.decimals == 0 and like.value and (whole := (value / 10000).quantize(Decimal(1),
                                                                                    rounding=ROUND_HALF_UP)):
            return f"{whole:,}万元"
        return fmt.wan(value)
    if like.unit == "亿元":  # in the text's own precision, rounded half-up (a format rounds half-even): "36,970.6亿元"
        places = Decimal(1).scaleb(-max(like.decimals, 0))
        return f"{(value / 100000000).quantize(places, rounding=ROUND_HALF_UP):,}亿元"
    if like.unit == "%":
        return fmt.percent(value)
    return f"{number(value)}{like.unit}"


def pct(value: Decimal, like: Figure) -> str:
    """A percentage (without "%") in the precision ``like`` is written in: "1.5" for a text that
    writes "1.6%"; two decimals otherwise (a whole "100%" is no statement of precision). A fall written as a
    negative growth (「增长-3.2%」, read as 下降3.2%) is given back with its minus."""
    minus = "-" if like.value > 0 and like.raw.startswith("-") and value > 0 else ""
    if like.decimals == 1:
        shown = value.quantize(Decimal(1).scaleb(-like.decimals), rounding=ROUND_HALF_UP)
        if shown and shown != like.value:  # else the precision cannot show the difference
            return f"{minus}{shown:,}"
    return minus + number(value)


def amt(f: Figure) -> str:
    if f.unit in ("万元", "亿元"):
        return f"{f.value:,.{f.decimals}f}{f.unit}"
    return f"{f.value:,.{max(f.decimals, 0)}f}"


def iv(f: Figure) -> tuple[Decimal, Decimal]:
    """The range a shown figure stands for, in 元 (or percentage points)."""
    v = f.yuan()
    h = yuan_rounding(f) if f.unit in ("元", "") and f.decimals <= 2 else f.half_yuan()
    return v - h, v + h


def iv_sum(ivs) -> tuple[Decimal, Decimal]:
    return sum((a for a, _ in ivs), Decimal(0)), sum((b for _, b in ivs), Decimal(0))


def iv_neg(i):
    return -i[1], -i[0]


def point(num: tuple[Decimal, Decimal], base: tuple[Decimal, Decimal]) -> Decimal:
    """num ÷ base × 100 at the values as written (the middle of each range): the value a
    finding states, while the ranges decide whether there is one."""
    return mid(num) / mid(base) * HUNDRED if mid(base) else Decimal(0)


def iv_ratio(a, b) -> tuple[Decimal, Decimal] | None:
    if b[0] <= 0 <= b[1]:
        return None
    vals = [x / y * HUNDRED for x in a for y in b]
    return min(vals), max(vals)


def meets(i, j) -> bool:
    return i[0] <= j[1] and j[0] <= i[1]


def last_year_line(target: str | None, a: str, sign: int, c: str, base: str, by: int = 0) -> str:
    """The 计算 step that derives the amount a change is measured from (「上年为A − C = B；」): this year's ``a``
    less the change ``c`` for an increase (``sign`` > 0), plus it for a decrease, ``base`` the result — each as the
    caller shows it; the year named as the sentence compares with it (``target``: 「2023年度」, 「上年」), else 上年;
    ``by`` (±1) heads it with the direction it is computed by where the words disagree (「按增加：」)."""
    label = target if target and re.search(r"\d{4}年|上年|去年", target) else "上年"
    head = f"按{'增加' if by > 0 else '减少'}：" if by else ""
    return f"{head}{label}为{a} {'−' if sign > 0 else '+'} {c} = {base}；"


def mid(i) -> Decimal:
    return (i[0] + i[1]) / 2


# wholes whose parts the template defines completely: a smaller sum of these parts is a contradiction,
# not a list that leaves lines out
_COMPLETE = (
    ("基本支出", ("人员经费", "公用经费")),
    ("公务用车购置及运行维护费", ("购置", "运行维护")),
    ("三公", ("因公出国", "公务用车", "公务接待")),
    ("采购", ("货物", "工程", "服务")),
    # a 财政拨款 (一般公共预算) 支出 is 基本支出 and 项目支出 by definition (a unit's 支出合计 may also hold 经营支出)
    ("拨款支出", ("基本支出", "项目支出")),
    ("一般公共预算支出", ("基本支出", "项目支出")),
)


def complete_parts(head: str, items: list[str]) -> bool:
    """Whether ``items`` are, by the template's definition, all the parts of the whole ``head`` names
    (基本支出 = 人员经费 + 公用经费)."""
    for whole, parts in _COMPLETE:
        if whole in head:
            return len(items) == len(parts) and all(any(p in t for t in items) for p in parts)
    return False


def finding(
    level, code, message, block_i, block: Block, sent: str, fig: Figure | None = None, expected: str = "",
    why: str = "", nature: str = "",
) -> ReviewFinding:
    return ReviewFinding(level, code, message, quote=sent.strip(), place=block.place, expected=expected, why=why,
                         block=block_i, figure=fig.raw if fig else "", nature=nature)

