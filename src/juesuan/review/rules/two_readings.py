"""A rate that is its change over the amount the sentence states — 「机关运行经费支出342.16万元，比上年决算数减少
15.58万元，下降4.6%」, 4.6% = 15.58 ÷ 342.16, last year's amount not written — reads two ways: the rate was taken
of the amount after the change (R-PERCENT's reading: 15.58 ÷ 357.74 = 4.4%), or the amount is last year's written
for this year's (this year 342.16 − 15.58 = 326.58, and the change and the rate stand). The sentence alone cannot
tell them apart: the one finding says both (``with_second_reading``). The document may (``decided``): where another
place (a table row, another sentence) states this year's amount under the same name as written, the rate's reading
alone stands; where it states the amount after the change, the amount is the slip and is the finding's 应为, the
rate's reading said beside."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ..base import DIR, ReviewFinding, iv, iv_ratio, meets, show
from ..blocks import Block, table_unit
from ..figures import Figure, find_figures
from ..sentences import raw_label, sentences

# the second reading as the message says it (written and read back here only)
_SECOND = re.compile(r"；也可能(?P<a>[\d,.]+(?:万元|亿元|元))是上年数误写作本年数："
                     r"本年应为(?P<t>[\d,.]+(?:万元|亿元|元))"
                     r"（按此“(?P<said>[^”]*)”都成立）")
# a table column that does not hold this year's amount
_OTHER_COLUMN = re.compile(r"上年|去年|上一年|增减|变动|比上|率|预算|占比|比重")
_SCALE = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def with_second_reading(f: ReviewFinding, a: Figure, c: Figure, sign: int, rate: Figure, quote: str) -> ReviewFinding:
    """R-PERCENT's finding on ``rate`` where it is the change ``c`` over the stated amount ``a`` (last year's amount not
    written), with the other reading in its message: ``a`` is last year's, this year's is ``a`` ± ``c``."""
    this = a.yuan() + (c.yuan() if sign > 0 else -c.yuan())
    r = iv_ratio(iv(c), iv(a))
    if f.code != "R-PERCENT" or this <= 0 or not a.is_money or r is None or not meets(r, iv(rate)):
        return f
    word = re.search(rf"(?:{DIR})了?\s*$", quote[: c.start])
    said = quote[word.start() if word else c.start: rate.end]  # 「减少15.58万元，下降4.6%」
    shown = show(this, a)
    return replace(f, message=f"{f.message.rstrip('。')}；也可能{a.raw}是上年数误写作本年数：本年应为{shown}"
                              f"（按此“{said}”都成立）。")


def decided(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each finding naming two readings (``with_second_reading``) as the rest of the document decides it: the rate's
    reading alone where another place states the amount as written, the amount's (on the amount, R-DIFF) where one
    states this year's amount after the change; both said otherwise."""
    out = []
    for f in found:
        m = _SECOND.search(f.message) if f.code == "R-PERCENT" else None
        at = f.quote.find(m.group("a")) if m else -1
        if m is None or at < 0:
            out.append(f)
            continue
        written, this = _yuan(m.group("a")), _yuan(m.group("t"))
        stated = _stated(blocks, f.block, _key(raw_label(f.quote, at)))
        if written in stated and this not in stated:
            out.append(replace(f, message=f.message[: m.start()] + f.message[m.end():]))
        elif this in stated and written not in stated:
            rate_said = f.message[: m.start()].rstrip("）").split("（", 1)
            like = find_figures(m.group("a"))[0]
            out.append(replace(
                f, code="R-DIFF", level=CODES["R-DIFF"].level, figure=m.group("a"), expected=m.group("t"),
                message=f"本年数与增减额、增减幅度不符：{m.group('a')}是上年数误写作本年数，本年应为{m.group('t')}"
                        f"（按此“{m.group('said')}”都成立，他处所写的本年数也是{m.group('t')}）；也可能是增减幅度算错，"
                        f"{rate_said[0].split('：', 1)[-1]}（{rate_said[-1]}）。",
                why=f"{m.group('a')} {'−' if this < written else '+'} {show(abs(written - this), like)} = "
                    f"{m.group('t')}"))
        else:
            out.append(f)
    return out


def _yuan(text: str) -> Decimal:
    unit = next(u for u in ("万元", "亿元", "元") if text.endswith(u))
    return Decimal(text.removesuffix(unit).replace(",", "")) * _SCALE[unit]


def _key(label: str) -> str:
    """The name an amount is stated under, without its year and the words around it: 「2024年度机关运行经费支出」 →
    「机关运行经费」."""
    label = re.sub(r"^.*?(?:19|20)\d\d\s*年度?|[\s“”\"]", "", label)
    return re.sub(r"(?:支出|收入)?(?:决算数?|合计|总额)?(?:为|是)?$", "", label) or label


def _named(label: str, key: str) -> bool:
    plain = re.sub(r"[\s“”\"]|^(?:[一二三四五六七八九十]+、|\d+[、.．])", "", label)
    return len(key) >= 2 and (key in plain or (len(plain) >= 2 and plain in key))


def _stated(blocks: list[Block], skip: int, key: str) -> set[Decimal]:
    """The amounts (元) other blocks state under the name ``key``: a table row's, a sentence's."""
    out: set[Decimal] = set()
    for i, b in enumerate(blocks):
        if i == skip:
            continue
        if b.is_table:
            scale = _SCALE.get(table_unit(b), Decimal(10000))
            head = b.rows[0] if b.rows else []
            for row in b.rows[1:]:
                # this year's amounts: not a column of last year's, a change or a rate
                if any(_named(x, key) for x in row if x.strip() and not find_figures(x, bare_money=True)):
                    out |= {f.yuan() if f.unit else f.value * scale for k, x in enumerate(row)
                            if not _OTHER_COLUMN.search(head[k] if k < len(head) else "")
                            for f in find_figures(x, bare_money=True)[:1] if f.unit in ("", "元", "万元", "亿元")}
            continue
        for s in sentences(b.text):
            out |= {x.f.yuan() for x in s.figs if x.role == "level" and x.f.is_money and not x.paren
                    and _named(_key(raw_label(s.text, x.f.start)), key)}
    return out
