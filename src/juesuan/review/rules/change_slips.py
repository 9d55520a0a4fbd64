"""Which figure of 「A，比上年增加C，增长R%」 (no last year's amount written) is wrong when C ÷ (A ∓ C) is not R.

With last year's amount not written, the amount A, the change C and the rate R are three figures for two facts:
either C or R is off. The usual answer is R (its finding, R-PERCENT, in shares.check_pct). But when the change the
rate gives (A × R ÷ (100 ± R)) is C with one slip of the pen (a digit changed, left out or added, two beside each
other swapped) in a leading digit (it lies 5% of C or more away) — and R is not such a slip of the rate C gives —
the change was mistyped: C is blamed, with that value. A low digit apart, R is as likely rounded or computed
otherwise (「增加5,185.53万元，增长46.34%」 for 46.41%): R-PERCENT stays; so it does beside a rate to one
decimal (「326.7亿元，比上年增加12.5亿元，增长6.3%」: 19.5 is one of three changes 6.3% allows, one digit from 12.5
by chance), and where R is C ÷ A (「512.36万元，减少35.84万元，降低7.00%」: 35.84 ÷ 512.36, this year's amount taken
for the base — 38.54 one swap from 35.84 by chance).

So may A be, the same way (``slipped_amount``): the amount C and R give (C ÷ R ± C) is A with a leading digit
slipped (「非税收入12142万元，较上年减收1304万元，下降37.8%」: 2142) — A is blamed, with that value.

The document may tell too (``stated_changes``, ``twin_change``): where another comparison states the same amount A
with the same rate R and a change C' that R fits (「财政拨款收入支出总计A，增加C'，增长R%」 beside 「收入支出总计A，
增加C，增长R%」), two places agree on A and R: C is the slip, 应为 C' — however far C lies from C'."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, ReviewFinding, finding, iv, iv_neg, iv_ratio, iv_sum, last_year_line, meets, show
from ..blocks import Block
from ..figures import MONEY_UNITS, Figure
from ..sentences import sentence_lists

_DIGITS = 3  # significant digits C needs for one changed digit to tell a slip (not two round amounts)
_FAR = Decimal("0.05")  # how far (of C) the rate's change must be: a slipped leading digit moves the rate far
_MOST = 200  # candidates of C's precision the rate's rounding leaves: more, and no digit is telling
# the comparisons the document states whose rate fits their change (``stated_changes``): (A, C, sign, R), 元 and %
_STATED: ContextVar[tuple[tuple[Decimal, Decimal, int, Decimal], ...]] = ContextVar("_STATED", default=())


def slipped_change(a: Figure, c: Figure, sign: int, rate: Figure) -> tuple[Decimal, str] | None:
    """The change (元) the rate ``rate`` gives, when it is ``c`` with one slip of the pen and the rate is no slip
    of the rate ``c`` gives; with its 计算 line. None else (or when several values would do)."""
    from .digit_slips import one_edit as _one_edit
    from .digit_slips import written_digits as _written

    if not (a.is_money and c.is_money and sign and rate.value and c.value and a.value) or rate.decimals < 2:
        return None  # a rate to one decimal (「增长6.3%」) leaves C's precision too many values to tell a slip by
    (a_lo, a_hi), (r_lo, r_hi) = iv(a), iv(rate)
    if r_lo <= 0 or (sign < 0 and r_hi >= HUNDRED):
        return None
    lo, hi = a_lo * r_lo / (HUNDRED + sign * r_lo), a_hi * r_hi / (HUNDRED + sign * r_hi)
    step = Decimal(1).scaleb(-max(c.decimals, 0)) * MONEY_UNITS.get(c.unit, 1)
    first, last = (lo / step).to_integral_value(ROUND_CEILING), (hi / step).to_integral_value(ROUND_FLOOR)
    if last < first or last - first > _MOST:
        return None
    written = _written(c.yuan(), c)
    if len(written.strip("0")) < _DIGITS:
        return None  # 「10.00」 and 「20.00」 are one digit apart as any round amounts are: no sign of a slip
    hits = [k * step for k in range(int(first), int(last) + 1)
            if k * step != c.yuan() and _one_edit(_written(k * step, c), written)]
    if len(hits) != 1 or abs(hits[0] - c.yuan()) < c.yuan() * _FAR:
        return None  # a low digit apart: the rate near C's own, as likely its rounding or its own slip
    given = c.yuan() / (a.yuan() - sign * c.yuan()) * HUNDRED if a.yuan() != sign * c.yuan() else None
    if given is None or given <= 0 or _one_edit(_digits_of(given, rate), _digits_of(rate.value, rate)):
        return None  # the rate may as well be the slip: which one is off is not known
    if (on_a := iv_ratio(iv(c), iv(a))) is not None and meets(on_a, iv(rate)):
        return None  # the rate is C on A itself (this year's amount taken for the base): the rate is the slip
    right = hits[0]
    base = a.yuan() - sign * right
    calc = (last_year_line(None, show(a.yuan(), c), sign, show(right, c), show(base, c))
            + f"{show(right, c)} ÷ {show(base, c)} × 100% = {number(right / base * HUNDRED)}%，与{rate.raw}相符")
    return right, calc


def slipped_amount(a: Figure, c: Figure, sign: int, rate: Figure) -> tuple[Decimal, str] | None:
    """The amount (元) the change ``c`` and the rate ``rate`` give (C ÷ R + C for a rise, C ÷ R − C for a fall),
    when it is ``a`` with one slip of the pen in a leading digit (「非税收入12142万元，较上年减收1304万元，下降37.8%」:
    1304 and 37.8% make 2142, a 1 put before it) and the rate is no slip of the rate A and C give; with its 计算
    line. None else (a low digit apart, several values, or the rate C on A itself)."""
    from .digit_slips import one_edit as _one_edit
    from .digit_slips import written_digits as _written

    if not (a.is_money and c.is_money and sign and rate.value and c.value and a.value):
        return None
    (c_lo, c_hi), (r_lo, r_hi) = iv(c), iv(rate)
    if r_lo <= 0 or (sign < 0 and r_hi >= HUNDRED):
        return None
    lo, hi = c_lo * (HUNDRED / r_hi + sign), c_hi * (HUNDRED / r_lo + sign)
    step = Decimal(1).scaleb(-max(a.decimals, 0)) * MONEY_UNITS.get(a.unit, 1)
    first, last = (lo / step).to_integral_value(ROUND_CEILING), (hi / step).to_integral_value(ROUND_FLOOR)
    written = _written(a.yuan(), a)
    if last < first or last - first > _MOST or len(written.strip("0")) < _DIGITS:
        return None
    hits = [k * step for k in range(int(first), int(last) + 1)
            if k * step != a.yuan() and _one_edit(_written(k * step, a), written)]
    if len(hits) != 1 or abs(hits[0] - a.yuan()) < a.yuan() * _FAR:
        return None
    base_now = a.yuan() - sign * c.yuan()
    given = c.yuan() / base_now * HUNDRED if base_now > 0 else None
    if given is None or _one_edit(_digits_of(given, rate), _digits_of(rate.value, rate)):
        return None  # the rate may as well be the slip: which one is off is not known
    if (on_a := iv_ratio(iv(c), iv(a))) is not None and meets(on_a, iv(rate)):
        return None  # the rate is C on A itself (this year's amount taken for the base): the rate is the slip
    right = hits[0]
    base = right - sign * c.yuan()
    calc = (f"{show(right, a)} {'−' if sign > 0 else '+'} {show(c.yuan(), a)} = {show(base, a)}；"
            f"{show(c.yuan(), a)} ÷ {show(base, a)} × 100% = {number(c.yuan() / base * HUNDRED)}%，与{rate.raw}相符")
    return right, calc


def _digits_of(value: Decimal, like: Figure) -> str:
    """A percentage's digits at ``like``'s decimals."""
    return "".join(ch for ch in f"{value:.{max(like.decimals, 0)}f}" if ch.isdigit())


def _fits(a: Figure, c: Figure, sign: int, rate: Figure) -> bool:
    """Whether C ÷ (A ∓ C) is R, within the figures' rounding."""
    base = iv_sum([iv(a), iv_neg(iv(c)) if sign > 0 else iv(c)])
    r = iv_ratio(iv(c), base) if base[0] > 0 else None
    return r is not None and meets(r, iv(rate))


def _comparisons(blocks: list[Block]) -> tuple[tuple[Decimal, Decimal, int, Decimal], ...]:
    """Each 「A…，比上年增加C，增长R%」 of the text whose rate fits (A the last amount stated before the change in
    its paragraph, C the change in R's clause): (A, C, sign, R)."""
    out = []
    for _, _, sents in sentence_lists(blocks):
        a: Figure | None = None
        for s in sents:
            c = None
            for g in s.figs:
                if g.role == "level" and g.f.is_money and not g.paren:
                    a, c = g.f, None
                elif g.role == "diff" and g.f.is_money and g.sign:
                    c = g
                elif g.role == "pct" and g.sign and c is not None and a is not None and c.clause == g.clause \
                        and c.sign == g.sign and g.f.value:
                    if _fits(a, c.f, g.sign, g.f):
                        out.append((a.yuan(), c.f.yuan(), g.sign, g.f.value))
                    c = None
    return tuple(out)


@contextmanager
def stated_changes(blocks: list[Block]) -> Iterator[None]:
    """Review with the document's fitting comparisons at hand (``twin_change``)."""
    token = _STATED.set(_comparisons(blocks))
    try:
        yield
    finally:
        _STATED.reset(token)


def twin_change(a: Figure, c: Figure, sign: int, rate: Figure) -> Decimal | None:
    """The change (元) another comparison of the document states for the same amount ``a`` and the same rate, which
    the rate fits; None where there is none, or more than one."""
    hits = {cc for aa, cc, sg, r in _STATED.get() if aa == a.yuan() and sg == sign and r == rate.value
            and cc != c.yuan()}
    return next(iter(hits)) if len(hits) == 1 else None


def change_finding(bi, b, quote: str, a: Figure, c: Figure, sign: int, rate: Figure) -> ReviewFinding | None:
    """The R-DIFF on a change mistyped beside its rate (``slipped_change``, or the change another place states for
    the same amount and rate: ``twin_change``); None when it is not one."""
    slip = slipped_change(a, c, sign, rate)
    if slip is None:
        twin = twin_change(a, c, sign, rate)
        if twin is None:
            return amount_finding(bi, b, quote, a, c, sign, rate)
        base = a.yuan() - sign * twin
        return finding(
            Level.ERROR, "R-DIFF",
            f"增减额与增减幅度不符：按{rate.raw}算，增减额应为{show(twin, c)}，不是{c.raw}（文中另一处同为{a.raw}、"
            f"{rate.raw}的比较写的也是{show(twin, c)}）。",
            bi, b, quote, c, show(twin, c),
            last_year_line(None, show(a.yuan(), c), sign, show(twin, c), show(base, c))
            + f"{show(twin, c)} ÷ {show(base, c)} × 100% = {number(twin / base * HUNDRED)}%，与{rate.raw}相符")
    right, calc = slip
    return finding(
        Level.ERROR, "R-DIFF",
        f"增减额与增减幅度不符：按{rate.raw}算，增减额应为{show(right, c)}，不是{c.raw}（两者只差一个数字）。",
        bi, b, quote, c, show(right, c), calc,
    )


def amount_finding(bi, b, quote: str, a: Figure, c: Figure, sign: int, rate: Figure) -> ReviewFinding | None:
    """The R-DIFF on this year's amount mistyped beside its change and rate (``slipped_amount``); None else."""
    slip = slipped_amount(a, c, sign, rate)
    if slip is None:
        return None
    right, calc = slip
    return finding(
        Level.ERROR, "R-DIFF",
        f"本年数与增减额、增减幅度不符：按“{'增加' if sign > 0 else '减少'}{c.raw}”和{rate.raw}算，本年数应为"
        f"{show(right, a)}，不是{a.raw}（两者只差一个数字）。",
        bi, b, quote, a, show(right, a), calc,
    )
