"""Rules on shares and rates: 增减率, 执行率 / 完成率, "占X%" and shares adding to 100%."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    DIR,
    HUNDRED,
    LIST_MARK,
    ReviewFinding,
    amt,
    finding,
    iv,
    iv_neg,
    iv_ratio,
    iv_sum,
    last_year_line,
    meets,
    mid,
    pct,
    point,
    result,
    show,
)
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import PREFIX, Fig, classify, item_named, levels_of, reason_sign, sentence_lists, word_of
from .change_slips import change_finding
from .rate_words import rate_message, rate_term
from .reversed_words import reversed_message
from .share_bases import OWNER, share_message, stated_amounts
from .share_groups import unit_slip
from .turned_rates import OPPOSITE, turned
from .two_readings import with_second_reading


def check_pct(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    """A percentage of a comparison in progress (``cur``: A, B, C): 增减率 or 执行率."""
    a, base, c, sign = cur["A"], cur["B"], cur["C"], cur["Csign"]
    budget = "预算" in (cur["target"] or g.target)
    a_iv = iv(a) if a else None
    b_iv = iv(base) if base else None
    c_iv = None if c is None else (iv(c) if sign > 0 else iv_neg(iv(c)))
    if b_iv is None and a_iv is not None and c_iv is not None:
        b_iv = iv_sum([a_iv, iv_neg(c_iv)])
    if a_iv is None and b_iv is not None and c_iv is not None:
        a_iv = iv_sum([b_iv, c_iv])
    if c_iv is None and a_iv is not None and b_iv is not None:
        c_iv = iv_sum([a_iv, iv_neg(b_iv)])
    if g.role == "pct":
        # the direction A − B shows when both amounts are written (not derived from C)
        truth = _sign(iv_sum([a_iv, iv_neg(b_iv)])) if a is not None and base is not None else 0
        if c is not None and sign and g.sign and g.sign != sign and not truth:
            return _said_both(bi, b, quote, g, cur, a_iv)
        if c is not None and (both_turned := turned(bi, b, quote, g, cur, a_iv, _word_before(quote, c))):
            return both_turned  # 「增加C，增长R%」 with R the rate of a decrease: the words are the slip
        found = _check_change(bi, b, quote, g, c, sign, budget, a_iv, b_iv, c_iv, truth, c or a or base,
                              cur["target"] or g.target or "")
        slip = (change_finding(bi, b, quote, a, c, sign, g.f) if base is None and a is not None and c is not None
                and any(f.code == "R-PERCENT" and f.figure == g.f.raw for f in found) else None)
        if slip is not None:  # the change is the slip, not the rate (change_slips)
            return [f for f in found if not (f.code == "R-PERCENT" and f.figure == g.f.raw)] + [slip]
        if base is None and a is not None and c is not None and b_iv is not None:  # say where the base comes from
            base_note = last_year_line(cur["target"], _digits(a), sign, _digits(c), show(mid(b_iv), c))
            found = [with_second_reading(replace(f, why=base_note + f.why) if f.code == "R-PERCENT" and f.why else f,
                                         a, c, sign, g.f, quote) for f in found]
        return found
    return _check_rate(bi, b, quote, g, a_iv, b_iv, a or base)


def _said_both(bi, b, quote, g: Fig, cur: dict, a_iv) -> list[ReviewFinding]:
    """ "比上年减少C，增长R%" with no base amount to tell the direction: the rate is checked both ways
    (C ÷ (A − C) for an increase, C ÷ (A + C) for a decrease); the one it fits, or else the reason
    told right after (「主要原因是…增加」), decides which word is wrong, and the corrected clause is
    given; a rate that fits neither way is reported too."""
    c, sign, base = cur["C"], cur["Csign"], cur["B"]
    bases = {d: iv_sum([a_iv, iv_neg(iv(c)) if d > 0 else iv(c)]) for d in (1, -1)} if a_iv and base is None else {}
    if base is not None:
        bases = {d: iv(base) for d in (1, -1)}
    rates = {d: r for d, x in bases.items() if x[0] > 0 and (r := iv_ratio(iv(c), x))}
    fits = [d for d, r in rates.items() if meets(r, iv(g.f))]
    at = b.text.find(quote)
    reason = reason_sign(b.text[at + g.f.end:] if at >= 0 else quote[g.f.end:])
    right, by = (fits[0], "rate") if len(fits) == 1 and len(rates) == 2 and base is None else (reason, "reason")

    def calc(d: int) -> str:
        x = bases[d]
        head = "" if base is not None else last_year_line(cur["target"], _digits(cur["A"]), d, _digits(c),
                                                           show(mid(x), c), by=d)
        return f"{head}{show(abs(mid(iv(c))), c)} ÷ {show(mid(x), c)} × 100% = {number(point(iv(c), x))}%"

    out: list[ReviewFinding] = []
    cword = _word_before(quote, c)
    if right:
        wrong_c = right != sign
        target = c if wrong_c else g.f
        word = cword if wrong_c else word_of(g)
        new = OPPOSITE.get(word.rstrip("了 ")) or (
            ("增加" if right > 0 else "减少") if wrong_c else ("增长" if right > 0 else "下降"))
        why = (f"{g.f.raw}正是按{'增加' if right > 0 else '减少'}算得的幅度" if by == "rate"
               else f"其后的原因说明写的是“{'增加' if right > 0 else '减少'}”")
        out.append(finding(
            Level.ERROR, "R-DIRECTION",
            f"同一比较中既说“{cword.rstrip('了 ') or ('增加' if sign > 0 else '减少')}”又说“{word_of(g)}”："
            f"{why}，应为“{new}”。",
            bi, b, quote, replace(target, raw=word + target.raw),
            new + target.raw,
            calc(right) if by == "rate" else "",
        ))
    else:
        out.append(finding(
            Level.ERROR, "R-DIRECTION",
            f"同一比较中既说“{'增加' if sign > 0 else '减少'}”又说“{word_of(g)}”，请核对哪一个正确。",
            bi, b, quote, _with_word(g),
        ))
    if not rates or fits:
        return out
    if right and right in rates:
        exact = point(iv(c), bases[right])
        out.append(finding(
            Level.ERROR, "R-PERCENT", f"增减幅度与金额不符：应为{pct(exact, g.f)}%，不是{g.f.raw}。",
            bi, b, quote, g.f, f"{pct(exact, g.f)}%", calc(right),
        ))
    elif len(rates) == 2:
        up, down = (pct(point(iv(c), bases[d]), g.f) for d in (1, -1))
        out.append(finding(
            Level.ERROR, "R-PERCENT",
            f"增减幅度与金额不符：按增加算为{up}%，按减少算为{down}%，都不是{g.f.raw}（方向确定后改正）。"
            if up != down else f"增减幅度与金额不符：应为{up}%，不是{g.f.raw}。",
            bi, b, quote, g.f, "" if up != down else f"{up}%", "；".join(calc(d) for d in (1, -1)),
        ))
    return out


def _word_before(quote: str, f: Figure) -> str:
    """The direction word written right before a figure ("减少4.68万元" → "减少", "减支4.68万元" → "减支"), as
    written."""
    m = (re.search(rf"(?:{DIR}|增收|减收|增支|减支|增|减|降)了?\s*$", quote[max(0, f.start - 6): f.start])
         if quote[f.start: f.end] == f.raw else None)
    return m.group(0) if m else ""


def _digits(f: Figure) -> str:
    """A figure as written, without its unit: "185.41"."""
    return re.sub(r"[^\d.,，-]", "", f.raw)


def _with_word(g: Fig) -> Figure:
    """The figure with its direction word when the word is written against it ("增0.01%"): what a
    finding that cannot tell which of the two is wrong points at."""
    w = word_of(g)
    return replace(g.f, raw=w + g.f.raw) if w and g.pre.endswith(w) else g.f


_OTHER_BASIS = re.compile(r"同口径|可比口径|按可比|可比价|扣除[^，,；;。]*后")


def _sign(i) -> int:
    return 1 if i[0] > 0 else -1 if i[1] < 0 else 0


def _check_change(bi, b, quote, g: Fig, c, sign, budget, a_iv, b_iv, c_iv, truth: int = 0,
                  like: Figure | None = None, cur_target: str = "") -> list[ReviewFinding]:
    """ "增长D%" against C ÷ B, its direction, and 同比 used for a budget comparison."""
    out: list[ReviewFinding] = []
    if c is not None and sign and g.sign != sign:
        if truth and truth == g.sign:
            return out  # the 增加/减少 of C is the wrong word: said once, at C
        right = truth or sign  # with no A − B, which word is wrong is not known: the contradiction only
        word = "增长" if right > 0 else "下降"
        out.append(
            finding(
                Level.ERROR,
                "R-DIRECTION",
                reversed_message(_shown(mid(a_iv), like), _shown(mid(b_iv), like), truth > 0, word, word_of(g),
                                 cur_target, budget) if truth
                else f"同一比较中既说“{'增加' if sign > 0 else '减少'}”又说“{word_of(g)}”，请核对哪一个正确。",
                bi,
                b,
                quote,
                g.f if truth else _with_word(g),
                word + g.f.raw if truth else "",
                f"{_shown(mid(a_iv), like)} − {_shown(mid(b_iv), like)} = {_result(mid(a_iv) - mid(b_iv), like)}"
                if truth else "",
            )
        )
        return out
    if g.tongbi and budget and a_iv is not None and b_iv is not None:
        r = iv_ratio(a_iv, b_iv)
        done = f"完成预算的{number(mid(r))}%" if r else "与预算比较"
        out.append(
            finding(
                Level.WARNING,
                "R-WORD-TONGBI",
                f"“同比”只用于与上年同期比较；与预算比较应写“{done}”。",
                bi,
                b,
                quote,
                g.f,
                done,
                f"{mid(a_iv):,.2f} ÷ {mid(b_iv):,.2f} × 100% = {number(mid(r))}%" if r else "",
            )
        )
        return out
    if c_iv is None or b_iv is None or _OTHER_BASIS.search(g.pre):
        return out  # "同口径增长X%": a rate on a comparable base the text does not state
    r = iv_ratio(
        (abs(c_iv[0]), abs(c_iv[1])) if c_iv[0] >= 0 or c_iv[1] <= 0 else (Decimal(0), max(-c_iv[0], c_iv[1])), b_iv
    )
    if r is None or b_iv[0] < 0:
        return out
    if not meets(r, iv(g.f)):
        exact = point((abs(mid(c_iv)), abs(mid(c_iv))), b_iv)
        if c is not None:
            why = f"{show(abs(mid(c_iv)), c)} ÷ {show(mid(b_iv), c)} × 100% = {number(exact)}%"
        else:
            why = f"{number(abs(mid(c_iv)))} ÷ {number(mid(b_iv))} × 100% = {number(exact)}%"
        out.append(
            finding(
                Level.ERROR,
                "R-PERCENT",
                f"增减幅度与金额不符：应为{pct(exact, g.f)}%，不是{g.f.raw}{_after_base(g.f, b_iv, c_iv, c or like)}。",
                bi,
                b,
                quote,
                g.f,
                f"{pct(exact, g.f)}%",
                why,
            )
        )
    direction = 1 if mid(c_iv) > 0 else -1 if mid(c_iv) < 0 else 0
    if not sign and direction and direction != g.sign and not meets(c_iv, (Decimal(0), Decimal(0))):
        right = "增长" if direction > 0 else "下降"
        out.append(
            finding(
                Level.ERROR,
                "R-DIRECTION",
                reversed_message(_shown(mid(a_iv), like), _shown(mid(b_iv), like), direction > 0, right, word_of(g),
                                 cur_target, budget),
                bi,
                b,
                quote,
                g.f,
                right + g.f.raw,
                f"{_shown(mid(a_iv), like)} − {_shown(mid(b_iv), like)} = {_result(mid(c_iv), like)}",
            )
        )
    return out


def _check_rate(bi, b, quote, g: Fig, a_iv, b_iv, like: Figure | None = None) -> list[ReviewFinding]:
    """ "执行率X%" against 决算 ÷ 预算 (the arithmetic shown in the amounts' own unit, ``like``'s)."""
    out: list[ReviewFinding] = []
    if a_iv is None or b_iv is None:
        return out
    r = iv_ratio(a_iv, b_iv)
    if r is None or b_iv[0] < 0:
        return out
    if not meets(r, iv(g.f)):
        exact = point(a_iv, b_iv)
        inverted = iv_ratio(b_iv, a_iv) if a_iv[0] > 0 else None
        # 「119.16%」 = 预算 ÷ 决算: the writer divided the other way — said, as R-PERCENT says a base after the change
        term = rate_term(quote, g.f.start)  # the document's own word for the rate
        why = (f"（{g.f.raw}是用预算除以决算：{_shown(mid(b_iv), like)} ÷ {_shown(mid(a_iv), like)}；"
               f"{term}应是决算除以预算）" if inverted is not None and meets(inverted, iv(g.f)) else "")
        out.append(
            finding(
                Level.ERROR,
                "R-RATE",
                rate_message(term, f"{pct(exact, g.f)}%", g.f.raw, why),
                bi,
                b,
                quote,
                g.f,
                f"{pct(exact, g.f)}%",
                f"{_shown(mid(a_iv), like)} ÷ {_shown(mid(b_iv), like)} × 100% = {number(exact)}%",
            )
        )
    # the line the rate is of, named where the sentence names one (「公务用车运行维护费的执行率…」)
    item = item_named(quote, g.f.start) if quote[g.f.start:g.f.end] == g.f.raw else ""
    return [replace(f, message=f"{item}的{f.message}") if item else f for f in out]


def _result(value: Decimal, like: Figure | None) -> str:
    """A 计算 result in 元 shown signed (−) in the unit of the text's figure, as written when there is none."""
    if like is not None and like.is_money:
        return result(value, like)
    return ("−" if value < 0 else "") + number(abs(value))


def _after_base(rate: Figure, b_iv, c_iv, like: Figure | None) -> str:
    """Why a rate is wrong when it was taken of the amount after the change (C ÷ (B + C), the usual slip): said
    with both bases; "" when the rate is not that."""
    after = (b_iv[0] + c_iv[0], b_iv[1] + c_iv[1])
    r = iv_ratio((abs(c_iv[0]), abs(c_iv[1])) if c_iv[0] >= 0 or c_iv[1] <= 0 else (Decimal(0), max(-c_iv[0], c_iv[1])),
                 after)
    if r is None or after[0] <= 0 or not meets(r, iv(rate)):
        return ""
    return (f"（{rate.raw}是按增减后的{_shown(mid(after), like)}计算的，增减幅度应以增减前的"
            f"{_shown(mid(b_iv), like)}为基数）")


def _shown(value: Decimal, like: Figure | None) -> str:
    """An amount in 元 shown in the unit of the text's figure ("4,733.14万元"), as written when there is none."""
    return show(value, like) if like is not None and like.is_money else number(value)


def rate_from_labels(bi, b, quote, figs: list[Fig], i: int, seen: dict[str, Figure]) -> list[ReviewFinding]:
    """ "财政拨款支出预算执行率X%" after "财政拨款支出预算A元。…财政拨款支出决算B元。"."""
    g = figs[i]
    m = re.search(r"([^，,；;：:。]*?)(?:预算)?(?:执行率|完成率)$", g.pre.strip().rstrip("为是达：:"))
    if not m or figs[:i]:
        return []
    line = PREFIX.sub("", m.group(1))
    fin, bud = seen.get(line + "决算"), seen.get(line + "预算")
    if not line or fin is None or bud is None:
        return []
    cur = {"A": fin, "B": bud, "C": None, "Csign": 0, "target": "预算", "clause": g.clause}
    return check_pct(bi, b, quote, cur, g)


def rate_from_kinds(bi, b, quote, figs: list[Fig], i: int) -> list[ReviewFinding] | None:
    """ "预算A元、决算B元，执行率X%" with no 比: the 决算 and 预算 amounts of the clause."""
    clause = figs[i].clause
    levels = [g for g in figs[:i] if g.role == "level" and g.clause == clause and not g.paren and g.f.is_money]
    fin = [g for g in levels if g.kind == "决算"]
    bud = [g for g in levels if g.kind == "预算"]
    # 「支出决算为A万元，完成年初（全年）预算B万元的X%」: the budget the rate names, of the 决算 just before it
    named = figs[i - 1] if i else None
    if named is not None and named.role == "budget" and named.f.is_money and named.clause == clause \
            and named.f.value and not bud and quote[named.f.end : figs[i].f.start].strip() == "的":
        bud = [named]
        spent = figs[i - 2] if i > 1 else None
        if spent is not None and spent in levels and spent.kind in ("决算", ""):
            fin = [spent]
    if len(fin) != 1 or len(bud) != 1:
        return None if not levels else []
    cur = {"A": fin[0].f, "B": bud[0].f, "C": None, "Csign": 0, "target": "预算", "clause": clause}
    return check_pct(bi, b, quote, cur, figs[i])


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
            for i, g in enumerate(figs):
                if g.role != "share" or _share_list(figs, i):
                    continue
                part = next(
                    (
                        x
                        for x in reversed(figs[:i])
                        if x.role == "level" and not x.paren and x.f.is_money and x.clause == g.clause
                    ),
                    None,
                )
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
            out.extend(_listed_shares(bi, b, s.text, orphans, [f for f in named.values() if f is not AMBIGUOUS]))
    return out


# the year a whole is of, and the unit's (short) name written before it: 「区医保局2024年度」, 「本年度」
_THIS_YEAR = re.compile(r"^(?:[^\d，,。；;：:、（(]{0,15}?(?:19|20)\d\d年度?|本年度?)")


def _bare(label: str) -> str:
    """A whole's name without the year it is of, nor whose it is (the unit's name before that year, 「本园」 after
    it: 「区医保局2024年度政府采购支出总额」, 「2024年度本园政府采购支出总额」 are the 「政府采购支出总额」 a share
    names) nor 合计 (「2023年度收入合计」 is the 「本年收入」 a share names); "" when nothing is left to name it."""
    bare = label.strip()
    for _ in range(2):  # 「区医保局2024年度本年收入合计」 → 「本年收入合计」 → 「收入合计」
        bare = _THIS_YEAR.sub("", bare)
    bare = re.sub(r"(?<=..)合计$", "", OWNER.sub("", bare))
    return bare if len(bare) >= 2 else ""


def whole_names(label: str) -> tuple[str, ...]:
    """The names an amount stated under ``label`` may be named by as a share's whole (「…占政府采购支出总额的…」),
    the name as written first."""
    return tuple(dict.fromkeys(x for x in (label, _bare(label)) if x))


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
    for part, share in wrong:
        exact = point(iv(part), iv(whole))
        said = share_message(part, share, whole, pct(exact, share), list(stated), list(blocks))
        out.append(finding(
            Level.ERROR, "R-SHARE", said or f"占比与金额不符：应为{pct(exact, share)}%，不是{share.raw}。", bi, b,
            quote, share, f"{pct(exact, share)}%", f"{amt(part)} ÷ {amt(whole)} × 100% = {number(exact)}%",
        ))
    return out




def _listed_shares(bi, b, quote: str, pairs: list[tuple[Figure, Figure]], stated=()) -> list[ReviewFinding]:
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
                Level.ERROR, "R-SHARE", f"占比与金额不符：应为{pct(exact, share)}%，不是{share.raw}。", bi, b, quote,
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
