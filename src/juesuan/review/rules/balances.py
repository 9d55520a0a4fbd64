"""The balance sentences of a 政府决算 / 财力 report (R-SUM): a total stated as an amount plus what is added to it —

- 「一般公共预算收入A，加上级补助收入B、上年结转C，收入总计X」 (the additions may open a sentence of their own:
  「…收入A，为年初预算的…。加上…等B，收入总计X。」), and
- 「支出总计X，由一般公共预算支出A，加上解支出、结转下年等B构成」 (the total may close the sentence before:
  「财力X。由…A，加…B构成。」).

X must be A + B + C within the rounding of the figures shown. Only amounts that are all there are added: every
item named must carry its amount, or share one with the items after it (「上级补助收入、上年结余、…等B」); a list
with a 「其中」, a 减 or a change in it is left alone (its amounts are not all terms of the sum)."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..extract import Block
from ..figures import Figure
from ..sentences import Fig, Sentence, sentence_lists

# a clause opening with 加 / 加上 (not 加强, 加快 …: verbs of their own)
_ADD = re.compile(r"(?:^|(?<=[，,；;：:%\s]))加(?:上)?(?![强快大紧速深以入班工油剧重固码之])")
# the words right before the total an addition arrives at: 「收入总计」, 「可用财力总计为」, 「收入合计」
_TOTAL = re.compile(r"(?:总计|合计)(?:为|是|达)?\s*$")
_MADE_OF = re.compile(r"构成")
_NOT_TERMS = re.compile(r"其中|减")


def rule_balances(blocks: list[Block]) -> list[ReviewFinding]:
    """A total against the amount and the additions it is stated to be made of."""
    out: list[ReviewFinding] = []
    for bi, b, sents in sentence_lists(blocks):
        for k, s in enumerate(sents):
            # the sentence an addition opening a sentence goes on from: before the 「其中」 breakdown of its amount
            before = next((x for x in reversed(sents[:k]) if not re.match(r"\s*其中", x.text)), None)
            for m in _ADD.finditer(s.text):
                got = _made_of(s, before, m) or _added_up(s, before, m)
                if got is None:
                    continue
                total, terms = got
                if meets(iv_sum([iv(t) for t in terms]), iv(total)):
                    continue
                exact = sum((t.yuan() for t in terms), Decimal(0))
                why = " + ".join(amt(t) for t in terms) + f" = {show(exact, total)}"
                out.append(finding(
                    Level.ERROR, "R-SUM", f"总计与所加各项之和不符：应为{show(exact, total)}，不是{total.raw}。",
                    bi, b, s.text, total, show(exact, total), why))
    return out


def _money(figs: list[Fig]) -> list[Fig]:
    return [g for g in figs if g.f.is_money and not g.paren]


def _first_level(s: Sentence | None, end: int | None = None) -> Figure | None:
    g = next((g for g in _money(s.figs) if end is None or g.f.start < end), None) if s else None
    return g.f if g is not None and g.role == "level" else None


def _made_of(s: Sentence, before: Sentence | None, m: re.Match[str]) -> tuple[Figure, list[Figure]] | None:
    """「X，由A，加B构成」 / 「X。由A，加B构成。」: (X, [A, B])."""
    of = s.text.rfind("由", 0, m.start())
    done = _MADE_OF.search(s.text, m.end())
    if of < 0 or done is None or _ADD.search(s.text, m.end(), done.start()):
        return None
    base = _first_level(Sentence(s.text, s.start, [g for g in s.figs if g.f.start > of]), m.start())
    stated = [g for g in _money(s.figs) if g.f.start < of]
    if stated:
        total = stated[-1].f if stated[-1].role == "level" else None
    elif not s.text[:of].strip() and before is not None and (mine := _money(before.figs)):
        total = mine[-1].f if mine[-1].role == "level" else None
    else:
        total = None
    terms = _terms(s, m.end(), done.start())
    if total is None or base is None or terms is None:
        return None
    return total, [base, *terms]


def _added_up(s: Sentence, before: Sentence | None, m: re.Match[str]) -> tuple[Figure, list[Figure]] | None:
    """「A…，加B、C，收入总计X」 / 「A…。加B，收入总计X。」: (X, [A, B, C])."""
    after = [g for g in _money(s.figs) if g.f.start > m.end()]
    at = next((i for i, g in enumerate(after) if _TOTAL.search(g.pre)), None)
    if at is None or after[at].role != "level":
        return None
    total = after[at].f
    clause = max(s.text.rfind(c, m.end(), total.start) for c in "，,；;")
    if clause < 0 or _ADD.search(s.text, m.end(), total.start):
        return None
    base = _first_level(s, m.start()) if s.text[: m.start()].strip() else _first_level(before)
    terms = _terms(s, m.end(), clause)
    if base is None or terms is None:
        return None
    return total, [base, *terms]


def _terms(s: Sentence, start: int, end: int) -> list[Figure] | None:
    """The amounts added between ``start`` and ``end``: None unless every item named has one (or shares the
    「…等B」 after it) and nothing but additions is listed."""
    part = s.text[start:end]
    if _NOT_TERMS.search(re.sub(r"[（(][^）)]*[）)]", "", part)):
        return None
    figs = [g for g in s.figs if start <= g.f.start < end and not g.paren]
    if not figs or any(not g.f.is_money or g.role != "level" for g in figs):
        return None
    pending = False  # items named so far without an amount
    for item in re.split(r"[、，；;]|,(?!\d{3})", re.sub(r"[（(][^）)]*[）)]", "", part)):
        if not item.strip():
            continue
        has = re.search(r"\d", item) is not None
        if has and pending and "等" not in item:
            return None  # 「加A、B 5万元」: whether 5万元 is B's alone or both is unsaid
        pending = not has
    if pending:
        return None
    return [g.f for g in figs]
