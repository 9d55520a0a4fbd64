"""Shares of one named whole stated in several sentences ("1. 基本支出…占一般公共预算支出的84.06%" …
"2. 项目支出…占一般公共预算支出的19.62%"), the whole's amount written nowhere under that name.

The parts listed under one whole are its parts when their shares add to 100% (then each share is its
part ÷ their sum), or when all shares but one agree with part ÷ their sum (then the odd one is wrong:
the others confirm the whole). A run of items after a "其中：" is tried on its own as well, since the
sentence it hangs from shares the name. Nothing is said where the parts do not make up the whole."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, LIST_MARK, ReviewFinding, finding, iv, iv_ratio, iv_sum, meets, pct, point, show
from ..extract import Block
from ..figures import Figure
from ..sentences import sentences
from .share_bases import bare_name, plain_share, share_message, stated_amounts, whole_names

_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+、")


@dataclass
class _Item:
    part: Figure
    share: Figure
    block: int
    quote: str
    run: int  # which "其中" list of the section it is in


def rule_share_groups(blocks: list[Block]) -> list[ReviewFinding]:
    """Shares of a whole named in several sentences, against the parts' sum."""
    named: set[str] = set()
    groups: dict[str, list[_Item]] = {}
    out: list[ReviewFinding] = []
    run = 0
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        if _SECTION.match(b.text):
            out.extend(_judge_all(blocks, groups))
            groups, run = {}, 0
        sents = sentences(b.text)
        for s in sents:
            for g in s.figs:
                if g.role == "level" and not g.paren and g.f.is_money:
                    named.update(whole_names(re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是")))
        for s in sents:
            marks = [m.end() for m in LIST_MARK.finditer(s.text)]
            for i, g in enumerate(s.figs):
                if g.role != "share" or not g.share_of or g.share_base is not None:
                    continue
                name = re.sub(r"\s+", "", g.share_of).removesuffix("的")
                if name in named or bare_name(name) in named:
                    continue  # the whole is stated (by the names rule_shares finds it by): that rule checks against it
                part = next((x for x in reversed(s.figs[:i]) if x.role == "level" and not x.paren
                             and x.f.is_money and x.clause == g.clause), None)
                if part is not None:
                    k = run + sum(1 for e in marks if e <= g.f.start)
                    groups.setdefault(name, []).append(_Item(part.f, g.f, bi, s.text, k))
            run += len(marks)
    out.extend(_judge_all(blocks, groups))
    return out


def _judge_all(blocks: list[Block], groups: dict[str, list[_Item]]) -> list[ReviewFinding]:
    out = []
    for items in groups.values():
        runs = [[x for x in items if x.run == r] for r in dict.fromkeys(x.run for x in items)]
        for cand in [items, *[r for r in runs if len(r) < len(items)]]:
            found = _judge(blocks, cand)
            if found is not None:
                out.extend(found)
                break
    return out


def unit_slip(pairs: list[tuple[Figure, Figure]]) -> bool:
    """(part, share) pairs whose parts mix money units (one in 元 among 万元) and, each part read in the
    unit most of them have, every share fits its part's share of their sum: the unit is the slip."""
    units = Counter(p.unit for p, _ in pairs if p.is_money)
    if len(units) < 2:
        return False
    major = units.most_common(1)[0][0]
    parts = [replace(p, unit=major) if p.is_money else p for p, _ in pairs]
    whole = iv_sum([iv(p) for p in parts])
    return whole[0] > 0 and all((r := iv_ratio(iv(p), whole)) is not None and meets(r, iv(sh))
                                for p, (_, sh) in zip(parts, pairs, strict=True))


def _judge(blocks: list[Block], items: list[_Item]) -> list[ReviewFinding] | None:
    """Findings for one group (maybe none), or None when the group says nothing about its whole."""
    if len(items) < 2 or sum(1 for x in items if x.part.value) < 2 or len({id(x.part) for x in items}) < len(items):
        return None
    whole = iv_sum([iv(x.part) for x in items])
    if whole[0] <= 0:
        return None
    if unit_slip([(x.part, x.share) for x in items]):
        return []  # 「…35.42万元，占91.57%；…3.26元，占8.43%」: the 元 is the slip (R-UNIT-MISSING), not the shares
    shares = iv_sum([iv(x.share) for x in items])
    wrong = [x for x in items if (r := iv_ratio(iv(x.part), whole)) is None or not meets(r, iv(x.share))]
    complete = shares[0] <= HUNDRED <= shares[1]
    if complete:
        if len(wrong) * 2 > len(items):
            return None
    elif len(wrong) != 1 or len(items) - len(wrong) < 1:
        return None
    total = sum((x.part.yuan() for x in items), start=items[0].part.yuan() * 0)
    # the parts' sum where the text states it (「本年收入合计19,447.56万元」): the whole by its name and amount
    stated = stated_amounts(blocks)
    sums = [a for a in stated if a.name and a.figure.yuan() == total and a.figure.unit == items[0].part.unit]
    out = []
    for x in wrong:
        exact = point(iv(x.part), whole)
        b = blocks[x.block]
        right = pct(exact, x.share)
        said = share_message(x.part, x.share, sums[0].figure, right, stated, blocks) if sums else ""
        base = f"“{sums[0].name}”{sums[0].figure.raw}" if sums else f"{show(total, x.part)}（所列各项之和）"
        out.append(finding(
            Level.ERROR, "R-SHARE", said or plain_share(x.part, x.share, right, stated), x.block, b,
            x.quote, x.share, f"{right}%",
            f"{show(x.part.yuan(), x.part)} ÷ {base} × 100% = {number(exact)}%",
        ))
    return out
