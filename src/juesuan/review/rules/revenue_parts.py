"""税收收入 + 非税收入 = 地方财政收入 (一般公共预算收入), stated in different sentences of one text.

「累计完成地方财政收入6717万元…」 then 「税收收入4575万元…；非税收入累计完成12142万元，较上年同期减收1304万元，下降
37.8%」: the parts do not add up to the total. Which figure is wrong is decided by the figures' own changes: the one
whose stated rate disagrees with its amount as written, and agrees with the amount the other two give (6717 − 4575 =
2142: 1304 ÷ (2142 + 1304) = 37.8%), is the slip — blamed with that 应为 (its rate then follows from the fix). When
no figure is decided, nothing is said: a text may state the three for different scopes or periods."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ..base import HUNDRED, ReviewFinding, finding, iv, iv_ratio, meets, show
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import text_sentences

_TOTAL, _TAX, _NONTAX = "total", "tax", "nontax"
_LABEL = re.compile(r"(?<!上级)(?P<w>地方财政收入|一般公共预算收入|非税收入|税收收入)(?:累计)?(?:完成|实现)?(?:了)?"
                    r"(?:为|是)?\s*(?=\d)")
# its own change right after it: 「，较上年同期减收1304万元，下降37.8%」
_CHANGE = re.compile(r"^\s*[，,]\s*(?:较|比)(?:上年|去年)(?:同期)?(?P<w>增收|减收|增加|减少)\s*(?=\d)")
_RATE = re.compile(r"^\s*[，,]\s*(?:增长|下降)\s*(?=\d)")


def _kind(word: str) -> str:
    return _NONTAX if word == "非税收入" else _TAX if word == "税收收入" else _TOTAL


def _figure_at(figs: list[Figure], pos: int) -> Figure | None:
    return next((f for f in figs if f.start == pos), None)


def _rate_of(text: str, figs: list[Figure], amount: Figure) -> tuple[Figure, int, Figure] | None:
    """The amount's own change and rate: (change, sign, rate)."""
    m = _CHANGE.match(text[amount.end:])
    change = _figure_at(figs, amount.end + m.end()) if m else None
    if m is None or change is None or not change.is_money:
        return None
    r = _RATE.match(text[change.end:])
    rate = _figure_at(figs, change.end + r.end()) if r else None
    if rate is None or not rate.is_percent:
        return None
    return change, (1 if m.group("w") in ("增收", "增加") else -1), rate


def _agrees(level: tuple[Decimal, Decimal], said: tuple[Figure, int, Figure]) -> bool:
    """Whether a level (range in 元) agrees with its stated change and rate: C ÷ (A ∓ C)."""
    change, sign, rate = said
    c = iv(change)
    base = (level[0] - sign * c[1], level[1] - sign * c[0]) if sign > 0 else (level[0] + c[0], level[1] + c[1])
    r = iv_ratio(c, base)
    return r is not None and base[0] > 0 and meets(r, iv(rate))


def rule_revenue_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """The one of 地方财政收入, 税收收入, 非税收入 (each stated once) that does not add up with the others, where its
    own change and rate decide it."""
    stated: dict[str, list[tuple[int, Block, str, Figure, tuple[Figure, int, Figure] | None]]] = {}
    for bi, b, s in text_sentences(blocks):
        figs = find_figures(s.text)
        for m in _LABEL.finditer(s.text):
            amount = _figure_at(figs, m.end())
            if amount is not None and amount.is_money:
                said = _rate_of(s.text, figs, amount)
                stated.setdefault(_kind(m.group("w")), []).append((bi, b, s.text, amount, said))
    if any(len(stated.get(k, [])) != 1 for k in (_TOTAL, _TAX, _NONTAX)):
        return []
    (total, tax, nontax) = (stated[k][0] for k in (_TOTAL, _TAX, _NONTAX))
    if len({x[3].unit for x in (total, tax, nontax)}) != 1:
        return []
    t, a, n = iv(total[3]), iv(tax[3]), iv(nontax[3])
    if meets(t, (a[0] + n[0], a[1] + n[1])):
        return []
    # the one whose rate disagrees as written and agrees with what the other two give
    right = {id(total): (a[0] + n[0], a[1] + n[1]), id(tax): (t[0] - n[1], t[1] - n[0]),
             id(nontax): (t[0] - a[1], t[1] - a[0])}
    blamed = [x for x in (total, tax, nontax)
              if x[4] is not None and not _agrees(iv(x[3]), x[4]) and _agrees(right[id(x)], x[4])]
    if len(blamed) != 1:
        return []
    bi, b, quote, amount, said = blamed[0]
    assert said is not None  # a blamed figure is one whose rate decides it
    change, sign, rate = said
    others = [x for x in (total, tax, nontax) if x is not blamed[0]]
    value = (right[id(blamed[0])][0] + right[id(blamed[0])][1]) / 2
    exp = show(value, amount)
    if blamed[0] is total:
        calc = f"{show(others[0][3].yuan(), amount)} + {show(others[1][3].yuan(), amount)} = {exp}"
    else:
        calc = f"{show(others[0][3].yuan(), amount)} − {show(others[1][3].yuan(), amount)} = {exp}"
    base = value + change.yuan() if sign < 0 else value - change.yuan()
    calc += (f"；{show(change.yuan(), amount)} ÷ {show(base, amount)} × 100% = "
             f"{(change.yuan() / base * HUNDRED).quantize(Decimal('0.01'))}%")
    return [finding(
        CODES["R-SUM"].level, "R-SUM",
        f"税收收入与非税收入之和应等于地方财政收入（一般公共预算收入）：按另两个数应为{exp}，"
        f"本句的{rate.raw}也与{exp}相符，而与{amount.raw}不符。",
        bi, b, quote, amount, exp, calc,
    )]
