"""A share a rounding remainder (尾差) explains: the post-step of the arbiter that says a share 0.01 point off its
amounts, in a list whose shares add to exactly 100.00%, as a 提示 — and lets one go where the text declares the
remainder and the item that takes it (「（尾差已计入人员经费）」)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from ..core.findings import Level
from .base import ReviewFinding
from .blamed import amount as _amount
from .extract import Block

# a rounding remainder the text declares and assigns: 「（尾差已计入人员经费）」
_TAIL = re.compile(r"尾差[^。）)]{0,6}?(?:计入|调整至|调整到|计在|归入|列入)([^。，,；;）)]{2,20})")


def off_by_cent(f: ReviewFinding) -> bool:
    try:
        return abs(Decimal(_amount(f.expected)) - Decimal(_amount(f.figure))) == Decimal("0.01")
    except InvalidOperation:
        return False


# the shares of one sentence: "占69.81%", "占本年支出合计的6.08%"
_SHARE = re.compile(r"占[^，,；;。%\d]{0,20}(\d+(?:\.\d+)?)\s*%")


def forced_to_hundred(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """A share 0.01 point off its amounts in a sentence whose shares add to exactly 100.00%: the
    writer rounded it to make the list add up (尾差). Still not the amounts' share — said as a 提示."""
    out = []
    for f in found:
        if f.code == "R-SHARE" and f.level != Level.INFO and f.figure.endswith("%") and 0 <= f.block < len(blocks):
            try:
                off = abs(Decimal(_amount(f.expected)) - Decimal(_amount(f.figure)))
            except InvalidOperation:
                off = Decimal(1)
            text = blocks[f.block].text
            sentence = next((x for x in re.split(r"[。\n]", text) if f.figure in x), "")
            shares = [Decimal(x) for x in _SHARE.findall(sentence)]
            at = text.find(sentence) + len(sentence) if sentence else -1
            declared = _TAIL.search(sentence + text[at : at + 60]) if sentence else None
            clause = re.split(r"[；;]", sentence[: sentence.find(f.figure)])[-1]
            # 「（尾差已计入人员经费）」: the writer says so, naming that item, and the shares add to 100.00%: it may
            # take the whole remainder of the list's roundings (at most 0.005 point per share printed)
            if declared and declared.group(1).strip("“”") in clause and (
                    off_by_cent(f) or (sum(shares) == 100 and 0 < off <= Decimal("0.005") * len(shares))):
                continue
            if off == Decimal("0.01") and len(shares) >= 3 and sum(shares) == 100:
                f = replace(f, level=Level.INFO, message=f.message.removesuffix("。")
                            + "（本句各项占比合计恰为100.00%，可能是为凑足100%而调整的尾差）。")
        out.append(f)
    return out
