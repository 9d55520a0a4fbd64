"""A finding's arithmetic read back: the 计算 line ("11.8万元 − 23.13万元 = -11.33万元", "上年为10.65 − 0.01 =
10.64万元；0.01万元 ÷ 10.64万元 × 100% = 0.09%") evaluated again with one operand read as another value,
in intervals (each figure as written stands for its display rounding). The arbiter asks whether a
correction one finding proposes also settles another finding that computed with the figure."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Interval = tuple[Decimal, Decimal]

_TOKEN = re.compile(r"\s*(?:(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|%)?|([-+−×÷()（）]))")
_RESULT = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
# what a step's value is named before it: "上年为", "2023年度为" (a year is a word here, not an operand)
_NAMED = re.compile(r"^(?:(?:19|20)\d\d\s*年度?)?[^\d(（−-]*?为")


def _half(text: str) -> Decimal:
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Decimal(5).scaleb(-decimals - 1)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _mul(a: Interval, b: Interval) -> Interval:
    p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return min(p), max(p)


def _div(a: Interval, b: Interval) -> Interval | None:
    if b[0] <= 0 <= b[1]:
        return None
    return _mul(a, (1 / b[1], 1 / b[0]))


class _Parser:
    """expr := term (± term)*; term := factor (×÷ factor)*; factor := [−] (number | (expr))."""

    def __init__(self, tokens: list[tuple[str, str]], given: dict[Decimal, Interval]):
        self.tokens, self.given, self.at, self.used = tokens, given, 0, False

    def peek(self) -> str:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else ""

    def expr(self) -> Interval | None:
        left = self.term()
        while left is not None and self.peek() in ("+", "-", "−"):
            op = self.tokens[self.at][1]
            self.at += 1
            right = self.term()
            if right is None:
                return None
            left = (left[0] + right[0], left[1] + right[1]) if op == "+" else (left[0] - right[1], left[1] - right[0])
        return left

    def term(self) -> Interval | None:
        left = self.factor()
        while left is not None and self.peek() in ("×", "÷"):
            op = self.tokens[self.at][1]
            self.at += 1
            right = self.factor()
            if right is None:
                return None
            left = _mul(left, right) if op == "×" else _div(left, right)
        return left

    def factor(self) -> Interval | None:
        if self.at >= len(self.tokens):
            return None
        number, op = self.tokens[self.at]
        self.at += 1
        if op in ("-", "−"):
            inner = self.factor()
            return None if inner is None else (-inner[1], -inner[0])
        if op in ("(", "（"):
            inner = self.expr()
            if self.peek() not in (")", "）"):
                return None
            self.at += 1
            return inner
        if not number:
            return None
        value = _number(number)
        if op == "%":  # 「292.97万元 × 82.41%」: a share of an amount, as a fraction; never the figure another finding
            # corrects (a share is computed of the amounts: a wrong share is no cause of a wrong amount)
            return (value - _half(number)) / 100, (value + _half(number)) / 100
        if value in self.given:
            self.used = True
            return self.given[value]
        return value - _half(number), value + _half(number)


# an operand's label, read past (「“30201”6.84万元」: the row it stands in)
LABEL = re.compile(r"“[^”]*”")


def _tokens(text: str) -> list[tuple[str, str]] | None:
    out, at = [], 0
    text = LABEL.sub("", text).rstrip()
    while at < len(text):
        m = _TOKEN.match(text, at)
        if not m or m.end() == at:
            return None
        number = m.group(1) or ""
        out.append(("100.000000" if number == "100" and m.group(2) == "%" else number,
                    m.group(3) or ("%" if m.group(2) == "%" and number != "100" else "")))
        at = m.end()
    # a percentage is a number of points, except as a factor of a product (「a × 82.41%」, 「a ÷ 70.00%」): a fraction
    return [(n, "" if op == "%" and not any(0 <= j < len(out) and out[j][1] in ("×", "÷") for j in (k - 1, k + 1))
             else op) for k, (n, op) in enumerate(out)]


def recomputed(why: str, old: Decimal, new: Interval) -> Interval | None:
    """The interval the last result of ``why`` takes with the operand written as ``old`` read as ``new``
    (a result an earlier step computed is carried into the later steps); None when ``why`` is no
    arithmetic read here or ``old`` is none of its operands."""
    given: dict[Decimal, Interval] = {old: new}
    result: Interval | None = None
    used = False
    for step in why.split("；"):
        if " = " not in step:
            break
        left, right = step.rsplit(" = ", 1)
        left = _NAMED.sub("", left)  # "上年为10.65 − 0.01", "2024年度为185.41 − 4.68"
        tokens = _tokens(left)
        stated = _RESULT.match(right.strip())
        if not tokens or not stated:
            return None
        parser = _Parser(tokens, given)
        try:
            result = parser.expr()
        except (InvalidOperation, ZeroDivisionError):
            return None
        if result is None or parser.at != len(tokens):
            return None
        used = used or parser.used
        if parser.used:
            given[abs(_number(stated.group(0).lstrip("-−")))] = (abs(result[0]), abs(result[1])) \
                if result[0] >= 0 or result[1] <= 0 else (Decimal(0), max(-result[0], result[1]))
    return result if used else None


def turned(why: str, old: Decimal, new: Interval) -> bool:
    """Whether the difference ``why`` computes changes sign with the operand written as ``old`` read as ``new``: a
    direction word held wrong by it (「决算数小于年初预算数」 beside a larger 决算) was written for the right figure."""
    was, got = recomputed(why, old, (old, old)), recomputed(why, old, new)
    return was is not None and got is not None and (was[0] > 0 > got[1] or was[1] < 0 < got[0])


def holds(figure: Decimal, figure_text: str, got: Interval) -> bool:
    """Whether ``figure`` (as written: its display rounding) may be the magnitude of ``got``."""
    lo, hi = (abs(got[0]), abs(got[1])) if got[0] >= 0 or got[1] <= 0 else (Decimal(0), max(-got[0], got[1]))
    lo, hi = min(lo, hi), max(lo, hi)
    h = _half(figure_text)
    return lo - h <= figure <= hi + h


def restated(why: str, old: Decimal, new: str, last: str) -> str:
    """``why`` written again with the operand written as ``old`` read as ``new`` (a figure with its unit, the
    correction another finding makes: 「703.73万元」 for 「703.73」): each step recomputed at the values as written,
    its result shown in the decimals it was stated in, the last one as ``last`` (the figure the step was checking,
    which it now makes); "" when ``why`` is no arithmetic read here or ``old`` is none of its operands."""
    m = _RESULT.search(new)
    if m is None:
        return ""
    fixed = _number(m.group(0))
    given: dict[Decimal, Interval] = {old: (fixed, fixed)}
    steps = why.split("；")
    out = []
    used = False
    for k, step in enumerate(steps):
        if " = " not in step:
            return ""
        left, right = step.rsplit(" = ", 1)
        head = _NAMED.match(left)
        body = left[head.end():] if head else left
        tokens = _tokens(body)
        stated = _RESULT.match(right.strip())
        if not tokens or not stated:
            return ""
        exact = {v: given.get(v, (v, v)) for n, _ in tokens if n for v in (_number(n),)}
        parser = _Parser(tokens, exact)
        try:
            got = parser.expr()
        except (InvalidOperation, ZeroDivisionError):
            return ""
        if got is None or parser.at != len(tokens):
            return ""
        uses = any(n and _number(n) in given for n, _ in tokens)
        used = used or uses
        unit = right.strip()[stated.end():].strip()
        text = stated.group(0)
        places = len(text.split(".")[1]) if "." in text else 0
        value = got[0].quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if uses:
            given[abs(_number(text.lstrip("-−")))] = (abs(value), abs(value))
        shown = last if k == len(steps) - 1 else (f"{'−' if value < 0 else ''}{abs(value):,f}{unit}")
        body = _OPERAND.sub(lambda t: _as_given(t, old, new, given), body)
        out.append(f"{head.group(0) if head else ''}{body} = {shown}")
    return "；".join(out) if used else ""


_OPERAND = re.compile(r"(?<![\d.,“])(\d[\d,]*(?:\.\d+)?)(\s*(?:万元|亿元|元))?")


def _as_given(m: re.Match, old: Decimal, new: str, given: dict[Decimal, Interval]) -> str:
    """An operand as the restated line writes it: ``old`` as ``new``, a result an earlier step recomputed as
    that step now gives it (in its unit), any other as it was."""
    value = _number(m.group(1))
    if value == old:
        return new
    if value in given and given[value][0] != value:
        places = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        shown = given[value][0].quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{shown:,f}{m.group(2) or ''}"
    return m.group(0)
