"""Rules on totals and the shares of their parts: 「其中」 lists with shares, "占X%" of a named whole, shares adding
to 100%, and rates read from the gaps of a list (the rates themselves: shares.py)."""

import re
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    HUNDRED,
    LIST_MARK,
    ReviewFinding,
    amt,
    finding,
    iv,
    iv_ratio,
    iv_sum,
    meets,
    pct,
    point,
    show,
)
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import Fig, classify, levels_of, sentence_lists, sentences
from .rate_words import rate_message, rate_term
from .share_bases import Stated, plain_share, share_message, stated_amounts, whole_names
from .share_bases import bare_name as _bare
from .share_groups import unit_slip

# --- rule: totals and their parts (其中), shares --------------------------------


def check_item_shares(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts) -> list[ReviewFinding]:
    """Shares listed under one whole add to 100%."""
    shares = [[g for g in it if g.role == "share"] for it in items]
    if len(items) < 2 or not all(len(s) == 1 for s in shares):
        return []
    named = {s[0].share_of for s in shares}
    if len(named) > 1:
        return []
    vals = [s[0].f for s in shares]
    lo, hi = iv_sum([iv(v) for v in vals])
    total = sum((v.value for v in vals), Decimal(0))
    head_levels = levels_of(head)
    item_levels = [levels_of(it) for it in items]
    complete = (
        len(head_levels) == 1
        and all(len(x) == 1 for x in item_levels)
        and meets(iv_sum([iv(x[0].f) for x in item_levels]), iv(head_levels[0].f))
    )
    if hi < HUNDRED - Decimal("0.000001") and not complete:
        return []
    if lo <= HUNDRED <= hi:
        return []
    why = " + ".join(f"{v.value}%" for v in vals) + f" = {total}%"
    return [
        finding(
            Level.ERROR,
            "R-SHARE-SUM",
            f"同一总数下各项占比之和为{total}%，应为100%。",
            bi,
            b,
            quote,
            vals[-1],
            "100.00%",
            why,
        )
    ]


SPENDING_WORDS = ("人员经费", "公用经费", "项目支出", "基本支出", "经费", "支出")


AMBIGUOUS = Figure(Decimal(-1), "", "", 0, 0, 0)  # a name that two different amounts go by


def _plausible_whole(part: Figure, share: Figure, whole: Figure) -> bool:
    """Whether a whole found by its name elsewhere can be the one a share means: the whole the share
    implies (part ÷ share) within a factor of two of it — a wrong share is a slip, not another scale."""
    if not share.value or whole.yuan() <= 0:
        return True
    implied = part.yuan() / share.value * 100
    return whole.yuan() / 2 <= implied <= whole.yuan() * 2


def rule_shares(blocks: list[Block]) -> list[ReviewFinding]:
    """ "占X%" against part ÷ whole, the whole found by its name or in parentheses; and the name of
    the whole: a spending line's share of 收入 is a wrong label."""
    out: list[ReviewFinding] = []
    named: dict[str, Figure] = {}
    stated = stated_amounts(blocks)  # the bases a wrong share may have been taken of
    for bi, b, sents in sentence_lists(blocks):
        for s in sents:
            for g in s.figs:
                if g.role == "level" and not g.paren and g.f.is_money:
                    label = re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是")
                    # a name stated with two amounts (two years, 全区 and 区本级) names no one whole
                    for key in whole_names(label):
                        named[key] = g.f if named.get(key, g.f).yuan() == g.f.yuan() else AMBIGUOUS
        for k, s in enumerate(sents):
            figs = s.figs
            in_list = LIST_MARK.search(s.text)
            head = []
            if in_list:
                ht = s.text[: in_list.start()]
                head = levels_of(classify(ht)) if find_figures(ht) else (levels_of(sents[k - 1].figs) if k else [])
            orphans: list[tuple[Figure, Figure]] = []  # (part, share) with no whole found
            groups: dict[int, tuple[Figure, list[tuple[Figure, Figure]]]] = {}  # whole → its (part, share)
            if in_list and not s.text[in_list.end():].strip(" 。") and k == len(sents) - 1 and len(head) == 1:
                out.extend(_shares_below(blocks, bi, head[0].f, stated))  # 「…其中：」, then a part a paragraph
            for i, g in enumerate(figs):
                if g.role != "share" or _share_list(figs, i):
                    continue
                part = _part_of(figs, i)
                if part is None:
                    continue
                whole = g.share_base
                if whole is None and g.share_of:
                    whole = named.get(g.share_of, named.get(_bare(g.share_of)))
                    if whole is AMBIGUOUS or (whole is not None and not _plausible_whole(part.f, g.f, whole)):
                        whole = None  # the name is another scope's, or another year's
                if whole is None and in_list and in_list.start() < g.f.start and len(head) == 1 and not g.share_of:
                    whole = head[0].f
                if whole is None and not g.share_of:
                    orphans.append((part.f, g.f))
                if whole is not None and whole is not part.f:
                    groups.setdefault(id(whole), (whole, []))[1].append((part.f, g.f))
                label = re.split(r"[，,。；;：:、]", part.pre)[-1]
                if (
                    g.share_of
                    and "收入" in g.share_of
                    and "支出" not in g.share_of
                    and any(w in label for w in ("人员经费", "公用经费", "项目支出", "基本支出"))
                ):
                    out.append(
                        finding(
                            Level.WARNING,
                            "R-SHARE-BASE",
                            f"“{label.strip()}”是支出，其比重应以本年支出合计为基数，而不是“{g.share_of}”。",
                            bi,
                            b,
                            s.text,
                            g.f,
                            f"占本年支出合计的{g.f.raw.replace('%%', '%')}",
                        )
                    )
            for whole, pairs in groups.values():
                out.extend(_shares_of(bi, b, s.text, whole, pairs, stated, blocks))
            out.extend(_listed_shares(bi, b, s.text, orphans, [f for f in named.values() if f is not AMBIGUOUS],
                                      stated))
    return out


def _part_of(figs: list[Fig], i: int) -> Fig | None:
    """The amount the share ``figs[i]`` is of: the last amount before it in its clause (「A万元，占x%」)."""
    g = figs[i]
    return next((x for x in reversed(figs[:i])
                 if x.role == "level" and not x.paren and x.f.is_money and x.clause == g.clause), None)


def _shares_below(blocks: list[Block], bi: int, whole: Figure, stated) -> list[ReviewFinding]:
    """The shares of a 其中 list a paragraph a part (breakdowns.parts_below: 「本年收入合计8,007.78万元。其中：」, then
    「财政拨款收入7,357.23万元，占89.47%；」 …) against the head's total, where each part states its share and the parts
    add up to the total (a part off it: which figure is off the one-paragraph reading asks the tables, R-PART), as
    one paragraph's list is read: none where the shares add to 100% and fit the parts' own sum; else each wrong share
    at its own paragraph."""
    from .breakdowns import parts_below

    below = len(parts_below(blocks, bi))
    found: list[tuple[int, Block, str, list[tuple[Figure, Figure]]]] = []
    for k in range(bi + 1, bi + 1 + below):
        for s in sentences(blocks[k].text):
            pairs = [(part.f, g.f) for i, g in enumerate(s.figs) if g.role == "share" and not g.share_of
                     and g.share_base is None and not _share_list(s.figs, i) and (part := _part_of(s.figs, i))]
            if pairs:
                found.append((k, blocks[k], s.text, pairs))
    every = [p for *_, pairs in found for p in pairs]
    if len(every) < below or not meets(iv_sum([iv(p) for p, _ in every]), iv(whole)):
        return []  # parts left unshared, or a part's amount off the total: which figure is off the tables tell
    if not _shares_of(bi, blocks[bi], "", whole, every):
        return []  # none wrong, or the shares are of the parts' own sum (the whole is the odd figure: R-SUM)
    return [f for k, b, quote, pairs in found for f in _shares_of(k, b, quote, whole, pairs, stated, blocks)]


def _share_list(figs: list[Fig], i: int) -> bool:
    """ "…分别为a、b和c，占…比例为x%、y%和z%": the first share of a list, each of its own amount of the list
    before (rule_respective), not the share of the last amount only."""
    nxt = figs[i + 1] if i + 1 < len(figs) else None
    return nxt is not None and nxt.f.is_percent and nxt.pre.strip() in ("、", "和", "及", "与", ",", "，")


def _shares_of(bi, b, quote: str, whole: Figure, pairs: list[tuple[Figure, Figure]], stated=(),
               blocks=()) -> list[ReviewFinding]:
    """Each share against part ÷ whole; none when the shares add to 100% and fit the parts' own
    sum: then the whole is the odd figure (R-SUM says so), not the shares. The message names the base the
    writer took where another total the text states gives the share (share_bases)."""
    if iv(whole)[0] <= 0:
        return []
    wrong = [(p, sh) for p, sh in pairs if (r := iv_ratio(iv(p), iv(whole))) is not None and not meets(r, iv(sh))]
    if not wrong:
        return []
    parts = iv_sum([iv(p) for p, _ in pairs])
    if len(pairs) >= 2 and parts[0] > 0:
        shares = iv_sum([iv(sh) for _, sh in pairs])
        if shares[0] <= HUNDRED <= shares[1] and all(
            (r := iv_ratio(iv(p), parts)) is not None and meets(r, iv(sh)) for p, sh in pairs
        ):
            return []
    out = []
    # the whole by its name where the text states it under one (「本年收入合计19,447.56万元」), as share_groups says it
    named = next((f"“{a.name}”" for a in stated
                  if a.name and a.figure.yuan() == whole.yuan() and a.figure.unit == whole.unit), "")
    for part, share in wrong:
        exact = point(iv(part), iv(whole))
        said = share_message(part, share, whole, pct(exact, share), list(stated), list(blocks))
        out.append(finding(
            Level.ERROR, "R-SHARE", said or plain_share(part, share, pct(exact, share), list(stated)), bi, b,
            quote, share, f"{pct(exact, share)}%", f"{amt(part)} ÷ {named}{amt(whole)} × 100% = {number(exact)}%",
        ))
    return out




def _listed_shares(bi, b, quote: str, pairs: list[tuple[Figure, Figure]], stated=(),
                   amounts: list[Stated] | None = None) -> list[ReviewFinding]:
    """ "…决算中，A a万元，占x%；B b万元，占y%" with no whole named: when the shares add to 100%, or the
    parts add up to a total stated before (the "三公" total they are the parts of), the parts are the
    whole, and each share is its part ÷ their sum (shares swapped, or copied from another rate)."""
    whole = iv_sum([iv(p) for p, _ in pairs])
    mine = {id(p) for p, _ in pairs}
    stated_total = any(id(f) not in mine and f.yuan() > 0 and meets(iv(f), whole) for f in stated)
    if len(pairs) < 2 or sum(1 for p, _ in pairs if p.value) < 2:
        return []
    if not stated_total and not (lambda r: r[0] <= HUNDRED <= r[1])(iv_sum([iv(sh) for _, sh in pairs])):
        return []
    if whole[0] <= 0 or unit_slip(pairs):
        return []  # 「…35.42万元，占91.57%；…3.26元，占8.43%」: the 元 is the slip (R-UNIT-MISSING), not the shares
    out = []
    for part, share in pairs:
        r = iv_ratio(iv(part), whole)
        if r is not None and not meets(r, iv(share)):
            exact = point(iv(part), whole)
            total = sum((p.yuan() for p, _ in pairs), Decimal(0))
            out.append(finding(
                Level.ERROR, "R-SHARE", plain_share(part, share, pct(exact, share), amounts or []), bi, b, quote,
                share, f"{pct(exact, share)}%",
                f"{amt(part)} ÷ {show(total, part)}（所列各项之和）× 100% = {number(exact)}%",
            ))
    return out


_DONE = re.compile(r"完成(?:年初|全年|调整)?预算(?:数)?的?$")
_GAP_WORDS = "大于|小于|高于|低于|超出|超过|增加|减少|多|少"
# "比年初预算减少C", "决算数大于预算数C"
_GAP = re.compile(rf"(?:(?:比|较)?(?:年初)?预算(?:数)?(?P<word>{_GAP_WORDS})了?"
                  rf"|(?P<word2>{_GAP_WORDS})(?:年初)?预算(?:数)?)$")


def rates_from_gaps(bi, b, quote, figs: list[Fig]) -> list[ReviewFinding]:
    """ "支出决算A万元，完成年初预算X%，决算数大于预算数C万元": the budget is A ∓ C, so X is A ÷ (A ∓ C)
    — for a rate whose budget is written only as the gap after it."""
    out: list[ReviewFinding] = []
    for i, g in enumerate(figs):
        if not g.f.is_percent or not _DONE.search(g.pre.strip().lstrip("，,;；")):
            continue
        gap = next((x for x in figs[i + 1 :] if x.f.is_money and x.clause == g.clause and not x.paren), None)
        m = _GAP.search(re.split(r"[，,]", gap.pre)[-1].replace("决算数", "").replace("决算", "")) if gap else None
        if gap is None or m is None:
            continue
        before = [x for x in figs[:i] if x.role == "level" and x.f.is_money and not x.paren]
        if not before or any(x.kind == "预算" or x.role == "base" for x in figs[:i]):
            continue  # the budget is written before the rate: the other rules check it
        a = before[-1]
        sign = 1 if (m.group("word") or m.group("word2")) in ("大于", "高于", "超出", "超过", "增加", "多") else -1
        lo, hi = iv(gap.f)
        budget = iv_sum([iv(a.f), (-hi, -lo) if sign > 0 else (lo, hi)])
        r = iv_ratio(iv(a.f), budget)
        if r is None or budget[0] <= 0 or meets(r, iv(g.f)):
            continue
        exact = point(iv(a.f), budget)
        out.append(finding(
            Level.ERROR, "R-RATE", rate_message(rate_term(quote, g.f.start), f"{pct(exact, g.f)}%", g.f.raw),
            bi, b, quote, g.f, f"{pct(exact, g.f)}%",
            f"{amt(a.f)} ÷ ({amt(a.f)} {'−' if sign > 0 else '+'} {amt(gap.f)}) × 100% = {number(exact)}%",
        ))
    return out
