"""Breakdowns of a total that rule_parts reads besides its 其中 list: the signed changes of the
items against the total's change, and the parts in parentheses after an amount."""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    DIR,
    LIST_MARK,
    ReviewFinding,
    amt,
    finding,
    iv,
    iv_neg,
    iv_ratio,
    iv_sum,
    meets,
    mid,
    pct,
    result,
    show,
)
from ..figures import Figure, find_figures
from ..sentences import Fig, Sentence, against, depth_at, period_label
from .flat import flat_slip

# both years' amounts zero: 「与上年均为0万元」「两年均为0.00万元」
_BOTH_ZERO = re.compile(
    r"均为\s*0(?:\.0+)?\s*(?:万元|元)|(?:两年|两个年度|与上年|同上年)均未(?:发生|安排|开支)|两年均无")
# where an item's reason begins: "因公出国(境)费用没有,原因是减少压缩开支" says no change
_REASON = re.compile(r"原因|主要是|主要由于|由于|因为")
# a direction left as the template's alternative: "增加（减少）", "增长(下降)"
TEMPLATE_WORD = re.compile(r"(?:增加|减少|增长|下降)[（(](?:增加|减少|增长|下降)[）)]")


def check_signed(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts: list[str]) -> list[ReviewFinding]:
    """Signed changes: "总体增加C。其中：甲增加c1；乙减少c2；丙持平"."""
    if _partial(head, items):
        return []
    head_diffs = [g for g in head if g.role == "diff" and g.f.is_money]
    if not head_diffs:
        return _total_rate(bi, b, quote, head, items, texts)
    if len(head_diffs) == 1:
        rate = [g for g in head if g.role == "pct"]
        return _signed(bi, b, quote, head_diffs[0], items, texts, lambda d: d, rate[0] if len(rate) == 1 else None)
    # "总额A，较上年减少C1，较年初预算减少C2。其中：甲a，较上年减少c1，较年初预算减少c2；…": each change against
    # the items' changes against the same base
    bases = [against(g.target) for g in head_diffs]
    if "" in bases or len(set(bases)) != len(bases):
        return []
    out: list[ReviewFinding] = []
    for g, base in zip(head_diffs, bases, strict=True):
        out.extend(_signed(bi, b, quote, g, items, texts,
                           lambda d, base=base: [x for x in d if against(x.target) == base]))
    return out


# a 持平 item's line: the words before 「与上年持平」 without what names the comparison and the amount
_FLAT_ITEM = re.compile(r"^(?P<name>.+?)(?:支出)?(?:决算)?数?(?:与|较|同|比)(?:上年|去年|上一年|(?:19|20)\d\d年度?)"
                        r"(?:相比)?(?:基本)?持平$")
_MOVED = {1: "增加|增长|上升|提高", -1: "减少|下降|降低"}


def _flat_item_moved(bi, b, quote, head_diff: Fig, signed: list[tuple[int, Figure | None]],
                     texts: list[str]) -> ReviewFinding | None:
    """「总额减少C，其中：甲持平；乙减少c；丙持平。…丙减少的主要原因是…」: the changes do not add up, and the one
    item said 持平 whose reason (later in the paragraph) says it moved is the slip (flat.flat_slip's verdict: 应为 the
    gap, not the total, which the reason confirms)."""
    at = b.text.find(quote)
    if at < 0:
        return None
    after = b.text[at + len(quote):]
    hits = []
    for (sg, f), t in zip(signed, texts, strict=True):
        m = _FLAT_ITEM.match(t.strip(" ，,；;。"))
        if sg or f or m is None:
            continue
        name = re.sub(r"^(?:其中[：:]?)", "", m.group("name")).strip()
        said = [s for s, words in _MOVED.items()
                if len(name) >= 2 and re.search(rf"{re.escape(name)}[^。；;，,]{{0,8}}?(?:{words})了?的?(?:主要)?原因",
                                                after)]
        if len(said) == 1:
            hits.append((t.strip(" ，,；;。"), said[0]))
    if len(hits) != 1:
        return None
    item, sign = hits[0]
    flat = re.search(r"(?:与|较|同|比)[^，,。；;]*持平$", item)
    assert flat is not None  # _FLAT_ITEM matched it
    return flat_slip(bi, b, item, flat.group(0), head_diff.f, head_diff.sign, signed, sign)


def _partial(head: list[Fig], items: list[list[Fig]]) -> bool:
    """A 其中 list that names only some parts: every item's amount and change stated, and the items together less than
    the total in both years (「收入6140万元，较上年减收4294万元…其中：出让收入5613万元，较上年减收3777万元…；配套费收入
    294万元，较上年减收305万元…」: 5907 < 6140 and 9989 < 10434) — its changes need not add to the total's. A list
    short in one year only has a wrong figure in it: its changes are checked."""
    def level(figs: list[Fig]) -> tuple[Decimal, Decimal] | None:
        f = next((g.f for g in figs if g.role == "level" and g.f.is_money and not g.paren), None)
        return None if f is None else iv(f)

    def before(figs: list[Fig]) -> tuple[Decimal, Decimal] | None:
        now = level(figs)
        d = [g for g in figs if g.role == "diff" and g.f.is_money and not g.paren]
        if now is None or len(d) != 1:
            return None
        return iv_sum([now, iv_neg(iv(d[0].f)) if d[0].sign > 0 else iv(d[0].f)])

    for of in (level, before):
        whole, parts = of(head), [of(it) for it in items]
        if whole is None or not parts or any(p is None for p in parts):
            return False
        if not iv_sum([p for p in parts if p is not None])[1] < whole[0]:
            return False
    return True


def _signed(bi, b, quote, head_diff: Fig, items: list[list[Fig]], texts: list[str], pick,
            head_rate: Fig | None = None) -> list[ReviewFinding]:
    """The total's one change ``head_diff`` against the items' changes ``pick`` chooses of theirs."""
    out: list[ReviewFinding] = []
    signed = signed_items(items, texts, pick)
    if signed and any(f for _, f in signed):
        s_iv = iv_sum([(iv(f) if sg > 0 else iv_neg(iv(f))) for sg, f in signed if f])
        t_iv = iv(head_diff.f) if head_diff.sign > 0 else iv_neg(iv(head_diff.f))
        bare = [k for k, (sg, _) in enumerate(signed) if sg == 2]
        if len(bare) == 1 and meets(s_iv, t_iv):
            t = texts[bare[0]]
            m = re.search(DIR, t)
            assert m is not None  # a bare item is one whose text matches DIR
            word = m.group(0)
            out.append(
                finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"“{t.strip()}”：其余各项增减之和已等于总的增减额，此项应为“持平”而不是“{word}”。",
                    bi,
                    b,
                    quote,
                    head_diff.f,
                    "持平",
                )
            )
        elif bare:
            pass
        elif not meets(s_iv, t_iv) and (moved := _flat_item_moved(bi, b, quote, head_diff, signed, texts)):
            out.append(moved)
        elif not meets(s_iv, t_iv) and head_rate is not None and (
                blamed := _item_by_bases(bi, b, quote, head_diff, head_rate, items, texts, signed, t_iv)):
            out.extend(blamed)
        elif not meets(s_iv, t_iv) and not _one_reading_adds(signed, items, t_iv):
            exact = sum(((f.yuan() if sg > 0 else -f.yuan()) for sg, f in signed if f), Decimal(0))
            terms = ""
            for sg, f in signed:
                if f:
                    terms += (" + " if sg > 0 else " − ") + amt(f)
            terms = terms[3:] if terms.startswith(" + ") else "−" + terms[3:]
            word = "增加" if exact > 0 else "减少" if exact < 0 else "持平"
            exp = f"{word}{show(abs(exact), head_diff.f)}" if exact else "持平"
            unsure = [_upto(texts[k], f) for k in _two_ways(items) if (f := signed[k][1])]
            out.append(
                finding(
                    Level.ERROR,
                    "R-SUM",
                    f"总的增减额与各项增减之和不符：应为{exp}。" if not unsure else
                    f"总的增减额与各项增减之和不符：按各项所写方向合计为{exp}，但{'、'.join(f'“{t}”' for t in unsure)}"
                    "本身增减方向前后不一，方向核定后才能确定总数。",
                    bi,
                    b,
                    quote,
                    head_diff.f,
                    "" if unsure else exp,
                    f"{terms} = {'−' if exact < 0 else ''}{show(abs(exact), head_diff.f)}",
                )
            )
    return out


def signed_items(items: list[list[Fig]], texts: list[str], pick=lambda d: d) -> list[tuple[int, Figure | None]]:
    """Each item's change as its clause states it: (sign, amount), (0, None) for 持平 (or both years 0), (2, None)
    for a direction without its amount; [] when one item's change is not read (no change said, the template's
    「增加（减少）」, 「减少为C」 a level it changed to)."""
    signed: list[tuple[int, Figure | None]] = []
    for it, t in zip(items, texts, strict=True):
        d = pick([g for g in it if g.role == "diff" and g.f.is_money and not g.paren])
        if TEMPLATE_WORD.search(t) or any(g.role == "to" for g in it):
            # "增加（减少）C": the direction left as the template's choice; "减少为3.00万元": the level it
            # changed to, not by how much — the sum is not known
            return []
        if len(d) >= 1:
            signed.append((_own_sign(it, d[0]), d[0].f))
        elif "持平" in t or _BOTH_ZERO.search(t):  # "因公出国（境）费与2023年度均为0万元": no change
            signed.append((0, None))
        elif re.search(DIR, _REASON.split(t)[0]) and not find_figures(t):
            signed.append((2, None))  # a change without its amount (said of the item, not in its reason)
        else:
            return []
    return signed


def _own_sign(it: list[Fig], d: Fig) -> int:
    """The direction of an item's change ``d``: the one its own two years show where it states both and they make the
    change's size (「甲8.74万元（2023年度：7.96万元），减少0.78万元」 is up — the word is the slip, R-DIRECTION's), else
    its word's."""
    for g, nxt in pairwise(it):
        if g.role == "level" and not g.paren and g.f.is_money and nxt.f.unit == g.f.unit \
                and period_label(nxt) is not None and nxt.f.end <= d.f.start:
            gap = iv_sum([iv(g.f), iv_neg(iv(nxt.f))])
            if gap[0] * gap[1] > 0 and meets(_magnitude(gap), iv(d.f)):
                return 1 if gap[0] > 0 else -1
    return d.sign


def _two_ways(items: list[list[Fig]]) -> list[int]:
    """The items whose change is said both ways in their own clause (「减0.04万元，增0.01%」): their sign is not
    known."""
    out = []
    for k, it in enumerate(items):
        diffs = [g.sign for g in it if g.role == "diff" and g.f.is_money and not g.paren]
        rates = [g.sign for g in it if g.role == "pct" and g.sign]
        if diffs and rates and diffs[0] != rates[0]:
            out.append(k)
    return out


def _one_reading_adds(signed: list[tuple[int, Figure | None]], items: list[list[Fig]], t_iv) -> bool:
    """Whether the items' changes add to the total's with some reading of the items said both ways."""
    unsure = [k for k in _two_ways(items) if k < len(signed) and signed[k][1] is not None]
    for flips in range(1, 2 ** min(len(unsure), 4)):
        terms = [(-sg if k in unsure and flips >> unsure.index(k) & 1 else sg, f) for k, (sg, f) in enumerate(signed)]
        if meets(iv_sum([(iv(f) if sg > 0 else iv_neg(iv(f))) for sg, f in terms if f]), t_iv):
            return True
    return False


def _base(c, r) -> tuple[Decimal, Decimal] | None:
    """Last year's amount a change (a positive range, 元) and its rate (%) imply: c ÷ r × 100."""
    return None if r[0] <= 0 else (c[0] * 100 / r[1], c[1] * 100 / r[0])


def _upto(text: str, f: Figure) -> str:
    """An item's words up to and with its figure: 「公务用车购置及运行维护费减少0.65万元」."""
    k = text.find(f.raw)
    return (text[: k + len(f.raw)] if k >= 0 else text).strip(" ，,；;。：:")


def _gap(a, b) -> Decimal:
    """How far apart two amounts' middles are, relative to the second."""
    return abs(mid(a) - mid(b)) / mid(b) if mid(b) else Decimal(0)


def _magnitude(i) -> tuple[Decimal, Decimal]:
    return (i[0], i[1]) if i[0] >= 0 else (-i[1], -i[0])


def _item_by_bases(bi, b, quote, head_diff: Fig, head_rate: Fig, items, texts, signed, t_iv) -> list[ReviewFinding]:
    """Which item's change is wrong when the items' changes do not add up to the total's: with every
    change beside its rate, each implies last year's amount (change ÷ rate), and the items' last-year
    amounts add up to the total's. The one item whose change, set to what the sum leaves for it, makes
    them add up is the wrong one: 「比上年减少0.50万元，下降4.55%。其中：…甲减少0.65万元，下降5.37%；乙增加
    0.06万元，增长10.34%」 → 甲 0.56 (0.56 ÷ 5.37% + 0.06 ÷ 10.34% = 0.50 ÷ 4.55%). An item with no change
    counts only when it had nothing either year (「两年均未发生」)."""
    total_base = _base(_magnitude(t_iv), iv(head_rate.f))
    rates: list[Fig | None] = []
    for it, t, (_, f) in zip(items, texts, signed, strict=True):
        pcts = [g for g in it if g.role == "pct"]
        if (f is not None and len(pcts) != 1) or (f is None and not _BOTH_ZERO.search(t)):
            return []  # a change without its rate, or an item whose last-year amount is not known
        rates.append(pcts[0] if f is not None else None)
    zero = (Decimal(0), Decimal(0))
    bases = [_base(iv(f), iv(r.f)) if f is not None and r is not None else zero
             for (_, f), r in zip(signed, rates, strict=True)]
    if total_base is None or any(x is None for x in bases) or meets(iv_sum(bases), total_base):
        return []
    # every reading that makes the last-year amounts add up, with how far apart they are as written: the
    # total's change set to the items' sum (the total wrong), or one item's set to what the sum leaves for it
    s_iv = iv_sum([iv(g) if sg > 0 else iv_neg(iv(g)) for sg, g in signed if g])
    alone = _base(_magnitude(s_iv), iv(head_rate.f)) if s_iv[0] * s_iv[1] > 0 else None
    total_fit = _gap(alone, iv_sum(bases)) if alone is not None and meets(alone, iv_sum(bases)) else None
    fits = []
    for k, ((sg, f), r) in enumerate(zip(signed, rates, strict=True)):
        if f is None or r is None:
            continue
        others = iv_sum([iv(g) if s2 > 0 else iv_neg(iv(g)) for j, (s2, g) in enumerate(signed) if g and j != k])
        left = iv_sum([t_iv, iv_neg(others)])
        if left[0] * left[1] <= 0 or (1 if left[0] > 0 else -1) != sg:
            continue  # what the sum leaves for this item is of the other direction, or none
        new = _base(_magnitude(left), iv(r.f))
        added = iv_sum([x for j, x in enumerate(bases) if j != k and x] + [new]) if new is not None else None
        if added is not None and meets(added, total_base):
            fits.append((_gap(added, total_base), k, f, r, (left[0] + left[1]) / 2))
    gaps = sorted([x[0] for x in fits] + ([total_fit] if total_fit is not None else []))
    if not fits or (len(gaps) > 1 and gaps[0] * 2 > gaps[1]) or min(fits)[0] != gaps[0]:
        return []  # no item, or no one reading clearly nearer than the others (the total's among them)
    _, k, f, r, value = min(fits)
    right = f"{'增加' if value > 0 else '减少'}{show(abs(value), f)}"
    # in plain arithmetic: the items' changes as written, and last year's amounts their rates give
    known = [(g, x, mid(bases[j] or (Decimal(0), Decimal(0)))) for j, ((_, g), x)
              in enumerate(zip(signed, rates, strict=True)) if g is not None and x is not None and j != k]
    own = mid(total_base) - sum((y for _, _, y in known), Decimal(0))
    terms = " ".join(f"{'−' if sg < 0 else '+'} {amt(g)}" for sg, g in signed if g is not None)
    said = f"{'增加' if mid(t_iv) > 0 else '减少'}{amt(head_diff.f)}"
    # plain arithmetic first (the total's change less the other items' is this item's), the rates as the reason
    rest = [(_upto(texts[j], g), sg, g) for j, (sg, g) in enumerate(signed) if g is not None and j != k]
    subject = re.split(DIR, _upto(texts[k], f))[0]
    minus = " + ".join(f"{'−' if sg < 0 else ''}{amt(g)}" for _, sg, g in rest)
    rates_said = "和".join([f"总数的{head_rate.f.raw}", *(f"{re.split(DIR, t)[0]}的{x.f.raw}" for (t, _, _), (_, x, _)
                                                          in zip(rest, known, strict=False))])
    return [finding(
        Level.ERROR, "R-SUM",
        f"各项增减之和与总的增减额不符，错在“{_upto(texts[k], f)}”：各项相加为{'增加' if mid(s_iv) > 0 else '减少'}"
        f"{show(abs(mid(s_iv)), f)}，不是总的{said}。总的{said}、{'、'.join(t for t, _, _ in rest)}，"
        f"{subject}应{right}；{rates_said}都与此相符（按各项的增减幅度倒推，各项上年数之和等于上年总数）。",
        bi, b, quote, f, right,
        "；".join([f"{result(mid(t_iv), f)} − ({minus}) = {result(value, f)}",
                   f"各项增减 {terms.removeprefix('+ ').replace('− ', '−', terms.startswith('−'))} = "
                   f"{result(mid(s_iv), f)}",
                   f"上年总数 {amt(head_diff.f)} ÷ {head_rate.f.raw} ≈ {show(mid(total_base), f)}",
                   *(f"{amt(g)} ÷ {x.f.raw} ≈ {show(y, f)}" for g, x, y in known),
                   f"此项上年 ≈ {show(own, f)}，× {r.f.raw} ≈ {show(own * r.f.value / 100, f)}"]),
    )]


def _item_changes(items: list[list[Fig]], texts: list[str]) -> tuple[Decimal, Decimal] | None:
    """The sum of the items' signed changes (an interval), when every item states its own (持平 as 0)."""
    ivs = []
    for it, t in zip(items, texts, strict=True):
        d = [g for g in it if g.role == "diff" and g.f.is_money and not g.paren]
        if len(d) == 1 and not TEMPLATE_WORD.search(t):  # no template alternative
            ivs.append(iv(d[0].f) if d[0].sign > 0 else iv_neg(iv(d[0].f)))
        elif not d and "持平" in t and not re.search(DIR, t):
            ivs.append((Decimal(0), Decimal(0)))
        else:
            return None
    return iv_sum(ivs) if ivs else None


def _total_rate(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts: list[str]) -> list[ReviewFinding]:
    """ "合计X，增长D%（与上年持平）。其中：甲比上年增加c1；乙持平…": the total's change is the items' sum;
    its rate is that sum ÷ (X − the sum)."""
    levels = [g for g in head if g.role == "level" and g.f.is_money and not g.paren]
    pcts = [g for g in head if g.role == "pct"]
    if len(levels) != 1 or len(pcts) > 1 or (not pcts and "持平" not in quote.split("其中")[0]):
        return []
    change = _item_changes(items, texts)
    if change is None:
        return []
    total = levels[0].f
    base = iv_sum([iv(total), iv_neg(change)])
    if base[0] <= 0:
        return []  # the total itself is wrong (R-SUM says so): no base to divide by
    exact = (change[0] + change[1]) / 2
    word = "增长" if exact > 0 else "下降"
    if pcts:
        g = pcts[0]
        signed = iv(g.f) if g.sign > 0 else iv_neg(iv(g.f))
        rate = iv_ratio(change, base)
        if rate is None or meets(rate, signed):
            return []
        value = exact / ((base[0] + base[1]) / 2) * 100
        shown = f"{word}{pct(abs(value), g.f)}%" if exact else "持平"
        return [finding(Level.ERROR, "R-PERCENT", f"总数的增减幅度与各项的增减额不符：应为{shown}，不是{g.f.raw}。",
                        bi, b, quote, g.f, shown,
                        f"各项增减之和{show(exact, total)} ÷ 上年{show((base[0] + base[1]) / 2, total)} × 100%"
                        f" = {number(value)}%")]
    if meets(change, (Decimal(0), Decimal(0))):
        return []
    shown = f"{'增加' if exact > 0 else '减少'}{show(abs(exact), total)}"
    parts = [[g for g in it if g.role == "level" and g.f.is_money and not g.paren] for it in items]
    if not all(len(p) == 1 for p in parts) or not meets(iv_sum([iv(p[0].f) for p in parts]), iv(total)):
        # the items are not all of the total: their changes say it moved, not by how much (no amount guessed)
        return [finding(Level.ERROR, "R-FLAT", f"总数说“持平”，而所列各项的增减之和为{shown}（所列各项不是总数的全部，"
                        f"无法确定总的增减额）：与上年相比应有变化，请核对。", bi, b, quote, total,
                        "与上年相比应有变化", "各项增减之和 ≠ 0")]
    return [finding(Level.ERROR, "R-FLAT", f"总数说“持平”，而所列各项的增减之和为{shown}。", bi, b, quote, total,
                    shown, "各项增减之和 ≠ 0")]


def check_paren_parts(bi, b, s: Sentence) -> list[ReviewFinding]:
    out = []
    figs = s.figs
    for i, g in enumerate(figs):
        if g.role != "level" or g.paren:
            continue
        rest = s.text[g.f.end :]
        if not re.match(r"\s*[（(]", rest):
            continue
        close = re.search(r"[）)]", rest)
        inner = [x for x in figs[i + 1 :] if x.paren and x.f.start < g.f.end + (close.start() if close else 0)]
        parts = [x.f for x in inner if x.role == "level" and x.f.is_money]
        if not parts or len(parts) != len(inner) or any(period_label(x) is not None for x in inner):
            # (「A（2023年度：B）」: another year's amount, no part of A)
            continue
        s_iv = iv_sum([iv(p) for p in parts])
        if meets(s_iv, iv(g.f)) or _closed_late(s.text, parts, g.f):
            continue
        exact = sum((p.yuan() for p in parts), Decimal(0))
        if len(parts) == 1 and exact <= g.f.yuan():
            continue
        if _listed_whole(s.text, figs, g):
            out.extend(_part_of_confirmed(bi, b, s.text, g.f, parts))
            continue
        out.append(
            finding(
                Level.ERROR if exact > g.f.yuan() else Level.WARNING,
                "R-SUM",
                f"金额与括号内各项之和不符：应为{show(exact, g.f)}，不是{g.f.raw}。",
                bi,
                b,
                s.text,
                g.f,
                show(exact, g.f),
                " + ".join(amt(p) for p in parts) + f" = {show(exact, g.f)}",
            )
        )
    return out


def _listed_whole(text: str, figs: list[Fig], g: Fig) -> bool:
    """Whether amount ``g`` is an item of the sentence's 「其中」 list that adds up to the total before the mark
    (「“三公”经费41万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费21万元（…），公务接待费20万元」):
    the total and the other items confirm it, so what disagrees in its brackets is there."""
    m = next((x for x in LIST_MARK.finditer(text) if not depth_at(text, x.start())), None)
    if m is None or g.f.start < m.end():
        return False
    head = [x for x in figs if x.role == "level" and not x.paren and x.f.is_money and x.f.end <= m.start()]
    items = [x for x in figs if x.role == "level" and not x.paren and x.f.is_money and x.f.start >= m.end()]
    return len(head) == 1 and len(items) >= 2 and meets(iv_sum([iv(x.f) for x in items]), iv(head[0].f))


def _part_of_confirmed(bi, b, quote: str, head: Figure, parts: list[Figure]) -> list[ReviewFinding]:
    """The bracketed parts of an amount its list confirms (``_listed_whole``): the one part larger than the amount
    is the wrong figure, its right value the amount less the other parts; else which part is wrong is not known
    (the amount is not, so no value for it)."""
    over = [p for p in parts if p.yuan() > head.yuan()]
    rest = head.yuan() - sum((p.yuan() for p in parts if p not in over), Decimal(0))
    if len(over) == 1 and rest >= 0:
        part = over[0]
        why = f"{amt(head)} − ({' + '.join(amt(p) for p in parts if p is not part) or '0'}) = {show(rest, part)}"
        return [finding(Level.ERROR, "R-SUM",
                        f"括号内一项{part.raw}大于其所属金额{head.raw}（该金额与同句所列各项之和相符）："
                        f"应为{show(rest, part)}。", bi, b, quote, part, show(rest, part), why)]
    total = sum((p.yuan() for p in parts), Decimal(0))
    return [finding(Level.WARNING, "R-SUM",
                    f"金额{head.raw}与括号内各项之和{show(total, head)}不符：该金额与同句所列各项之和相符，"
                    f"应是括号内某项有误，请逐项核对（未给出应为值）。", bi, b, quote, head, "",
                    " + ".join(amt(p) for p in parts) + f" = {show(total, head)}")]


def _closed_late(text: str, parts: list, head) -> bool:
    """ "一般转移支付收入1478万元（含甲166万元、乙968万元、丙132万元、丁212万元，专项转移支付收入406万元）": the
    parts listed with 、 make the amount, and what follows a comma is the next line of the sentence, its
    parenthesis closed too late — not a contradiction."""
    for k in range(1, len(parts)):
        gap = text[parts[k - 1].end : parts[k].start]
        if re.search(r"[，,；;]", gap) and meets(iv_sum([iv(p) for p in parts[:k]]), iv(head)):
            return True
    return False


# a numbered item opening a sentence: 「2、」「（三）」「3.」
ITEM_START = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．])")


def sibling_parts(body: str, after: list) -> list[str]:
    """The template breaks a 其中 list into sentences, a part each: 「…支出10.00万元。其中：公务用车购置支出为
    0万元。公务用车运行维护支出10.50万元。主要用于…」. After a list of one part, the sentences right after it
    that begin with the same words as that part (a sibling: 公务用车…) and state one amount are its further
    parts — up to the amount; a numbered item, another list or other words end them."""
    if len(find_figures(body)) != 1 or re.search(r"[；;，,、]", body):
        return []
    stem = re.match(r"[\u4e00-\u9fff]{4}", body.strip())
    out: list[str] = []
    for s in after[:3]:
        text = s.text.strip()
        money = [f for f in find_figures(text) if f.is_money]
        if (stem is None or not text.startswith(stem.group(0)) or ITEM_START.match(text) or LIST_MARK.search(text)
                or not money):
            break
        part = text[: money[0].end]
        if len(find_figures(part)) != 1:
            break
        out.append(part)
    return out


def parts_below(blocks: list, bi: int) -> list[str]:
    """A 其中 list a paragraph a part: 「本年收入合计8,007.78万元。其中：」 closing its paragraph, then 「财政拨款收入
    7,357.23万元，占91.88%；」, 「事业收入612.40万元，占7.65%；」 … up to the part that closes with 「。」 — the parts
    (each without its stop), where two or more follow; none else (a heading, a table or a paragraph that is no part
    ends them unread)."""
    out: list[str] = []
    for b in blocks[bi + 1: bi + 13]:
        text = b.text.strip()  # (a part may state no figure: 「因公出国（境）费两年均未发生；」)
        if b.is_table or not text or ITEM_START.match(text) or LIST_MARK.search(text):
            return []
        out.append(text.rstrip("；;。"))
        if text.endswith("。"):
            return out if len(out) > 1 and any(find_figures(x) for x in out) else []
        if not text.endswith(("；", ";")):
            return []
    return []
