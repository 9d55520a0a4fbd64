"""Which figure of a list that does not add up is wrong, where the list's shares say.

"一般公共预算财政拨款支出4733.14万元，主要用于以下方面：A（类）584.59万元，占9.96%；B（类）109.34万元，
占2.31%；…" — the shares are of the total: when every other item's share is its amount ÷ the total, the
shares add to 100% and one item's amount disagrees with its share, that amount is the wrong figure (the
total is confirmed by the others), and its right value is the total less the other items — when that value
agrees with the item's share. Then the total is not blamed (R-SUM on it follows from this finding). When every share
agrees with the items' own sum as well, either figure could be the typo: the document decides — the items' sum said
elsewhere and the total as written nowhere else (「1521.49」 for the 1521.94 of every other section), the total is
the one out of line and no item is blamed."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from ...core.codes import CODES
from ...core.fmt import number
from ..base import HUNDRED, LIST_MARK, ReviewFinding, amt, finding, iv, iv_ratio, iv_sum, meets, show
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import classify, depth_at, levels_of, split_top, text_sentences
from .share_bases import names_whole

# a list's mark: 「其中：」「主要用于以下方面：」…, or 「包括」 opening a clause after its total (「本年收入合计X万元；
# 包括财政拨款收入A万元，占收入合计的a%；…」)
_MARK = re.compile(rf"{LIST_MARK.pattern}|(?<=[；;，,：:])\s*包括\s*[：:]?\s*")


def rule_wrong_part(blocks: list[Block]) -> list[ReviewFinding]:
    """The one item of a 其中 / 主要用于以下方面 list whose amount its share and the total disprove."""
    out: list[ReviewFinding] = []
    stated = _amounts(b.text for b in blocks if not b.is_table)
    for bi, b, s in text_sentences(blocks):
        m = next((x for x in _MARK.finditer(s.text) if not depth_at(s.text, x.start())), None)
        if not m:
            continue
        head = levels_of(classify(s.text[: m.start()]))
        if len(head) != 1:
            continue
        label = re.split(r"[，,。；;：:、]", head[0].pre)[-1].strip().rstrip("为是")
        items = [_item(t, label) for _, t in split_top(s.text[m.end() :].rstrip("。"), "；;")]
        if len(items) < 2 or any(x is None for x in items):
            continue
        found = _odd_one(head[0].f, [x for x in items if x is not None], stated - _amounts([s.text]))
        if found is not None:
            part, right, why = found
            out.append(finding(
                CODES["R-PART"].level, "R-PART",
                f"{part.raw}与其占比、总数不符：其余各项与总数相符，此项应为{show(right, part)}。",
                bi, b, s.text, part, show(right, part), why,
            ))
    return out


def _item(text: str, whole: str) -> tuple[Figure, Figure] | None:
    """An item's amount and its share — a bare 「占X%」 or one naming the list's total (「占收入合计的X%」 under
    「本年收入合计」: ``whole`` is the total's name)."""
    figs = [g for g in classify(text) if not g.paren]  # (a breakdown in brackets is the item's own: 「（其中，…）」)
    levels = levels_of(figs)
    shares = [g for g in figs if g.role == "share" and (not g.share_of or names_whole(g.share_of, whole))]
    return (levels[0].f, shares[0].f) if len(levels) == 1 and len(shares) == 1 else None


def _amounts(texts) -> Counter[Decimal]:
    """How often each amount (in 元) is written in ``texts``."""
    return Counter(g.yuan() for t in texts for g in find_figures(t) if not g.is_percent)


def _odd_one(total: Figure, items: list[tuple[Figure, Figure]], elsewhere: Counter[Decimal]):
    """The item to blame, its right value and the arithmetic; ``elsewhere``: the amounts said outside the list's
    sentence."""
    t = iv(total)
    if t[0] <= 0 or not (lambda r: r[0] <= HUNDRED <= r[1])(iv_sum([iv(sh) for _, sh in items])):
        return None  # the shares do not make up the whole: the list may leave items out
    agree = [(r := iv_ratio(iv(p), t)) is not None and meets(r, iv(sh)) for p, sh in items]
    if agree.count(False) != 1 or len(items) - 1 < 1:
        return None
    # the shares agree with the items' own sum too (a total typed 1063.15 for 1063.51 tips only the largest item's
    # share over a rounding edge): the total is the odd figure where the document says the sum and not it
    whole = iv_sum([iv(p) for p, _ in items])
    if all((r := iv_ratio(iv(p), whole)) is not None and meets(r, iv(sh)) for p, sh in items) \
            and elsewhere[sum((p.yuan() for p, _ in items), start=Decimal(0))] and not elsewhere[total.yuan()]:
        return None
    k = agree.index(False)
    part, share = items[k]
    others = [p for i, (p, _) in enumerate(items) if i != k]
    rest = iv_sum([t, *[(-iv(p)[1], -iv(p)[0]) for p in others]])
    r = iv_ratio(rest, t)
    if rest[1] <= 0 or r is None or not meets(r, iv(share)) or meets(rest, iv(part)):
        return None
    right = total.yuan() - sum((p.yuan() for p in others), start=total.yuan() * 0)
    why = f"{amt(total)} − ({' + '.join(amt(p) for p in others)}) = {show(right, part)}；" \
          f"{show(right, part)} ÷ {amt(total)} × 100% = {number(right / total.yuan() * HUNDRED)}%，与{share.raw}相符"
    return part, right, re.sub(r"\s+", " ", why)
