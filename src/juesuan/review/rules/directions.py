"""Rules on comparisons and directions: "比B增加C" against A − B, direction words, 持平,
and "X增加的主要原因是" against the direction stated before."""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import chain
from typing import Any

from ..base import (
    DIR,
    LIST_MARK,
    ReviewFinding,
    amt,
    iv,
    iv_neg,
    iv_sum,
    meets,
)
from ..extract import Block
from ..figures import Figure
from ..sentences import (
    CMP,
    LAST_YEARS,
    Fig,
    Sentence,
    against,
    bracketed_prior,
    budget_pair,
    classify,
    clause_subject,
    label_start,
    levels_of,
    norm_label,
    raw_label,
    report_year,
    sentences,
)
from .change_checks import check_derived, check_diff
from .flat import flat_against_base, flat_bracket_base, flat_said, from_to, share_lists
from .named_before import named_before, opens_with_base
from .odd_base import odd_base
from .share_totals import rates_from_gaps
from .shares import check_pct, rate_from_kinds, rate_from_labels
from .statements import amounts_by_context
from .text_table import change_operands, opening_balances, table_changes
from .wording import read_as_change


def rule_comparisons(blocks: list[Block]) -> list[ReviewFinding]:
    """ "比 B 增加 C" against A − B; "增长 D%" against C ÷ B; 执行率 against A ÷ B; 同比 for budgets."""
    out: list[ReviewFinding] = []
    year = report_year(blocks)
    ctx = amounts_by_context(blocks, year)
    seen: dict[str, Figure] = {}  # the latest amount stated under each label
    changes = table_changes(blocks)
    opening = opening_balances(blocks)
    last: Sentence | None = None  # the last sentence of the paragraph before (tables end it)
    for bi, b in enumerate(blocks):
        if b.is_table:
            last = None
            continue
        # the sentence before, across a paragraph break: "…预算总额为A万元。" ¶ "…预算数比上年减少C万元"
        prev: Sentence | None = last if last is not None and last.figs else None
        pair: tuple[Fig, Fig] | None = None  # the paragraph's latest (预算, 决算) sentence
        for s in sentences(b.text):
            out.extend(_comparisons(bi, b, s, prev, year, seen, ctx, pair, changes, opening))
            pair = budget_pair(s.figs) if levels_of(s.figs) else pair
            for g in s.figs:
                if g.role == "level" and not g.paren and g.f.is_money:
                    seen[raw_label(s.text, g.f.start)] = g.f
            prev = s
        last = prev
    return out


def _from_context(cur: dict, g: Fig, quote: str, year: int, ctx: dict) -> None:
    """ "人员经费预算比上年增加C元": this year's and last year's amounts stated elsewhere."""
    line = norm_label(re.sub(rf"(?:{DIR})了?$", "", clause_subject(quote, g.f.start)))
    if not line:
        return
    cut = label_start(quote, g.f.start)
    raw = quote[cut : g.f.start]
    own = re.findall(r"预算|决算", raw.split("比")[0])
    target = cur["target"] or _list_target(quote, g)
    if (m := re.fullmatch(r"((?:19|20)\d\d)年度?(?:决算数?)?", target)) and int(m.group(1)) == year - 1:
        target = "上年"  # "比2024年度" in a 2025 report

    scope = "财政拨款" if "财政拨款" in quote[: g.f.start] else ""

    def get(y: int, kind: str) -> dict:
        kinds = (kind,) if kind == "决算" else ("预算", "年初预算")
        return {k: v for x in kinds for k, v in ctx.get((y, x, line, scope) if scope else (y, x, line), {}).items()}

    if re.fullmatch(r"上年度?(?:同期)?", target):
        # no kind of its own: the one the sentence's subject names ("2022年度“三公”经费预算较2021年度增加C，其中
        # 公务接待较上年同期减少C1"), last year's amount then of whichever kind the text states, when one
        subject = re.findall(r"预算|决算", re.split(CMP, quote[:cut])[0])
        kind = own[-1] if own else subject[-1] if subject else "决算"
        now, before = get(year, kind), get(year - 1, kind)
        if not own and subject and not before:
            before = {**get(year - 1, "决算"), **get(year - 1, "预算")}
    elif target in ("预算", "年初预算"):
        now, before = get(year, "决算"), get(year, "预算")
    else:
        return
    if now and before and len(now) == 1 and len(before) == 1:
        cur["A"], cur["B"] = next(iter(now.values())), next(iter(before.values()))
    elif len(now) == 1 and not before and not cur["target"]:
        cur["A"] = next(iter(now.values()))  # an item of a list compared as its head is: last year's is A − C


def _list_target(quote: str, g: Fig) -> str:
    """ "总额比2024年度增加C，其中：甲增加c1，增长r1": an item of a 其中 list with no 比 of its own is compared
    with what its head is compared with."""
    mark = LIST_MARK.search(quote, 0, g.f.start)
    if mark is None:
        return ""
    heads = [x for x in classify(quote[: mark.start()]) if x.role == "diff" and x.target]
    return heads[-1].target if len(heads) == 1 else ""


_WORD = re.compile(r"[\u4e00-\u9fff]")


# a clause naming what it compares before its 比/较 ("其中税收收入比上年…"), not only when ("同比", "与上年相比")
_OWN_SUBJECT = re.compile(r"^(?!(?:并|且|同时|总体|整体|共|合计|累计|全年|本年|今年|当年)?(?:比|较|与|同比|相比))"
                          r"[^比较]{2,}?" + CMP)


def _commas(text: str, start: int, end: int) -> str:
    """The clause-ending commas between two figures (not a thousands separator)."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", text[start:end])


def _subject(figs: list[Fig], i: int, sent: str) -> Fig | None:
    """The amount a comparison at figs[i] is about: the nearest level before it in its clause,
    or before the clause when the clause starts with 比 (the subject is left out)."""
    clause = figs[i].clause
    for j in range(i - 1, -1, -1):
        g = figs[j]
        if g.clause != clause:
            head = figs[i].pre.strip().lstrip("，,")
            if not head.startswith(("比", "较")):
                return None
            clause = g.clause
        if g.role == "level" and not g.paren and g.f.is_money:
            # a figure with no word before it ("…比上年\n17,290.00元减少…", a line break of a
            # PDF copy) is not known to be the subject: this year's amount, last year's or a base
            between = _commas(sent, g.f.end, figs[i].f.start)
            if figs[i].role == "base" and re.search(r"[，,；;]", between):
                others = (x for x in reversed(figs[:j]) if x.role == "level" and x.f.is_money and not x.paren
                          and x.clause == g.clause)
                kind = "决算" if "决算" in figs[i].target else "预算" if "预算" in figs[i].target else ""
                first = next(others, None)
                if first and kind and g.kind == kind and all(x.kind != kind for x in chain((first,), others)):
                    return g  # "预算数为P，决算支出数为A，较2022年决算数B…": the one 决算 of the clause
                if first or _OWN_SUBJECT.match(re.split(r"[，,；;]", between)[-1].strip()):
                    # "A、B和C，比上年D…", "X，其中甲a，比上年D…": which amount D is of is unsaid; "X，其中乙比上年
                    # D…": the comparison names a subject of its own, whose amount is not written
                    return None
            return g if _WORD.search(g.pre) else None
        if g.role in ("diff",) and g.clause == figs[i].clause:
            if _chained(figs[i], g):
                continue  # "A，较上年减少C1，下降R1%，较预算减少C2": the next comparison of the same A
            return None
    return None


def _chained(g: Fig, before: Fig) -> bool:
    """Whether the comparison at ``g`` follows one against another base with no subject of its own:
    "…，较上年减少C1，下降R1%，较年初预算减少C2" compares the same amount a second time."""
    own, theirs = against(g.target or ""), against(before.target or "")
    return bool(own and theirs and own != theirs) and g.pre.strip().lstrip("，, ").startswith(("比", "较"))


def _comparisons(
    bi: int,
    b: Block,
    s: Sentence,
    prev: Sentence | None = None,
    year: int | None = None,
    seen: dict[str, Figure] | None = None,
    ctx: dict | None = None,
    pair: tuple[Fig, Fig] | None = None,
    changes: dict | None = None,
    opening: dict | None = None,
) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    figs = s.figs
    quote = s.text
    cur: dict[str, Any] | None = None  # the comparison in progress: dict(A, B, C, target)
    waiting: Fig | None = None  # a rate written before its change ("同比增长R%，增收C万元")
    for i, g in enumerate(figs):
        if g.role == "base":
            subj = _subject(figs, i, quote)
            as_change, _ = read_as_change(figs, i)  # "A，较上年X，下降R%": X is the change (rule_base_that_is_a_change)
            cur = {"A": subj.f if subj else None, "B": None if as_change else g.f, "C": g.f if as_change else None,
                   "target": g.target, "clause": g.clause, "Csign": as_change}
        elif g.role == "diff" and g.f.is_money:
            if waiting is not None and LIST_MARK.search(quote, waiting.f.end, g.f.start):
                waiting = None  # 「…下降R%，其中：甲减少c」: the rate is the total's, 甲's change not
            if (
                cur is not None
                and cur["C"] is None
                and cur["clause"] == g.clause
                and figs[i - 1] is not None
                # 「与上年的B相比，…增长R%，增加C」: the rate said first, between the base and its change
                and (figs[i - 1].role == "base" or (i >= 2 and figs[i - 1] is waiting and figs[i - 2].f is cur["B"]))
                and not re.search(r"[比较]", re.sub(r"^\s*(?:相比|比较)", "", g.pre))  # "与上年的B相比，增加C"
            ):
                cur["C"], cur["Csign"] = g.f, g.sign
            else:
                subj = _subject(figs, i, quote)
                cur = {"A": subj.f if subj else None, "B": None, "C": g.f, "target": g.target, "clause": g.clause,
                       "Csign": g.sign}
                _clause_operands(cur, figs, i, subj, quote, prev, year)
            _fill_operands(cur, g, quote, prev, year, seen, ctx, changes)
            if cur["B"] is None and cur["A"] is not None and (got := _opening(cur["A"], g, quote, seen or {},
                                                                              opening or {})):
                cur["B"], cur["from"] = got
            # C and the rate after it agree with A, not with the base: the base is the slip (the rate then read
            # against A ∓ C)
            out.extend(odd_base(bi, b, quote, cur, figs, i, waiting) or _any_subject(
                cur, lambda c, g=g: check_diff(bi, b, quote, c, g) or check_derived(bi, b, quote, c, g)))
            # (A, B from the clause or from this year's amount before it: 「上年为B，同比增长R%，增加C」)
            # (A said before the rate, or in the sentence before: 「…总计A。比2023年度增长R%，增加C」)
            if waiting is not None and cur["A"] is not None and waiting.clause == g.clause \
                    and (cur["A"].end < waiting.f.start or quote[cur["A"].start:cur["A"].end] != cur["A"].raw
                         or (cur["B"] is not None and cur["B"].end < waiting.f.start)) \
                    and waiting.sign * g.sign > 0:
                out.extend(check_pct(bi, b, quote, cur, waiting))
            waiting = None
        elif g.role in ("pct", "rate"):
            if g.role == "rate" and cur is not None and "预算" not in (cur["target"] or ""):
                cur = None  # "较2022年决算数B万元…，完成年初预算的X%": a completion rate is not of last year's base
            if _RESPECTIVE.search(quote[: g.f.start].split("，")[-1].split(",")[-1] + g.pre):
                cur = None  # "分别增长X%和Y%": each of a list against its own amounts (rule_respective)
                continue
            if cur is not None and cur.get("open") and figs[i - 1].f is cur["C"]:
                cur["clause"] = g.clause  # 「…；对比减少C；减少率D」: the rate of the comparison its clause goes on
            if cur is not None and cur["C"] is not None and g.role == "pct" and (any(
                    x.role == "level" and not x.paren and x.f.start > cur["C"].end for x in figs[:i])
                    or LIST_MARK.search(quote, cur["C"].end, g.f.start)):
                cur = None  # 「…增加C，其中：甲a（2023年度：b），增长R%，增加c」: 甲's rate, said before its own change
            if cur is not None and g.role == "pct" and _other_target(cur, g):
                continue  # "比年初预算B增收C，比上年增长X%": a rate of its own comparison, whose base is not written
            if cur is None or cur["clause"] != g.clause:
                # a rate against last year waits for its change (「较2023年度增长12.00%，增加100.00万元」)
                waiting = g if g.role == "pct" and g.sign and against(g.target or "") in ("", "上年") else None
                if g.role == "rate":
                    found = rate_from_kinds(bi, b, quote, figs, i)
                    if found is None and pair is not None and _rate_of(g, pair[0]) and not levels_of(figs):
                        # "年初预算为A，支出决算为B。…。完成年初预算的X%": the rate of the paragraph's pair
                        found = check_pct(bi, b, quote, {"A": pair[1].f, "B": pair[0].f, "C": None, "Csign": 0,
                                                         "target": "预算", "clause": g.clause}, g)
                    if found is None and seen is not None:
                        found = rate_from_labels(bi, b, quote, figs, i, seen)
                    out.extend(found or [])
                continue
            if g.role == "pct" and g.sign and cur["C"] is None and i + 1 < len(figs) and _its_change(g, figs[i + 1]):
                waiting = g  # 「比上年的B，下降R%，减少C」: read with its change, said right after it (odd_base)
                continue
            out.extend(_any_subject(cur, lambda c, g=g: check_pct(bi, b, quote, c, g)))
            if g.role == "pct" and g.sign and cur["A"] is None and cur["C"] is None:
                waiting = g  # 「与上年的B相比，…增长R%，增加C」: read once its change gives this year's amount
        elif g.role == "level" and not g.paren and cur is not None and g.clause != cur["clause"]:
            cur = None
    out.extend(rates_from_gaps(bi, b, quote, figs))
    out.extend(from_to(bi, b, quote, figs))
    out.extend(flat_said(bi, b, quote, figs))
    out.extend(flat_against_base(bi, b, quote, figs))
    out.extend(flat_bracket_base(bi, b, quote, figs))
    out.extend(share_lists(bi, b, quote, figs))
    return out


_RESPECTIVE = re.compile(r"分别|依次|各自")


def _its_change(rate: Fig, nxt: Fig) -> bool:
    """Whether ``nxt`` is the change the rate said before it is of: 「下降R%，减少C」, the same way, in its clause."""
    return nxt.role == "diff" and nxt.f.is_money and nxt.clause == rate.clause and nxt.sign == rate.sign \
        and re.fullmatch(rf"[，,]\s*(?:{DIR})了?", nxt.pre) is not None


def _other_target(cur: dict, g: Fig) -> bool:
    """Whether the rate ``g`` names a comparison other than the one in progress (同比 after 比预算, 比上年
    after a budget's 超收), or is a second rate after one already read against it ("较预算增长X%，同比增长Y%")."""
    own = against(g.target or "")
    theirs = against(cur["target"] or "")
    if cur.get("rated") and g.tongbi and theirs == "预算":
        return True
    cur["rated"] = True
    return bool(own and theirs and own != theirs)


def _any_subject(cur: dict, check) -> list[ReviewFinding]:
    """``check(cur)``; where other amounts of the clause could be the subject (``cur["alts"]``), nothing
    when the change agrees with any of them, else what it says with the first (the sentence's head)."""
    found = check(cur)
    c = cur["C"]
    # a subject the change cannot be of (its base would be 0 or less) is none
    signed = Decimal(0) if c is None else c.yuan() if cur["Csign"] > 0 else -c.yuan()
    alts = [a for a in cur.get("alts") or [] if a.yuan() - signed > 0]
    if not found or not alts:
        return found
    for a in alts:
        if not check({**cur, "A": a}):
            return []
    return check({**cur, "A": alts[0]})


def _fill_operands(cur: dict, g: Fig, quote: str, prev, year, seen, ctx, changes) -> None:
    """A comparison's amounts not written in its clause: last year's in the sentence before, this
    year's named before, in the text's context or in a table row that states the change."""
    if cur["A"] is None and cur["B"] is None and prev is not None and g.target in ("上年", "上年度"):
        # "2020年度决算为B元。本年度决算比上年增加C元": the base in the sentence before
        before = [x for x in prev.figs if x.role == "level" and not x.paren and x.f.is_money]
        if len(before) == 1 and len(prev.figs) == 1:
            label = before[0].pre
            m = re.search(r"((?:19|20)\d\d)年", label)
            if "上年" in label or (m and year and int(m.group(1)) == year - 1):
                cur["B"] = before[0].f
    if cur["A"] is None and prev is not None and (cur["B"] is None or opens_with_base(quote, cur["B"])):
        # "…总计A万元。与上年的B万元相比，总计增加C万元": the subject in the sentence before, also when the base is
        # written in this one (an amount other than the base, and not last year's)
        a = named_before(prev, quote, g)
        cur["A"] = a if a is None or cur["B"] is None or a.value != cur["B"].value else None
    if cur["A"] is None and cur["B"] is None and ctx and year:
        _from_context(cur, g, quote, year, ctx)
    if cur["A"] is None and cur["B"] is None and changes and g.sign:
        # "公用经费增加C元，增长D%" with A and B only in a table row of the same document
        line = re.sub(rf"(?:{DIR})了?$", "", clause_subject(quote, g.f.start))
        if ops := change_operands(changes, line, g.f, g.sign):
            cur["A"], cur["B"] = ops
    if cur["A"] is None and cur["B"] is None and seen and g.target in ("预算", "年初预算"):
        # "财政拨款支出预算B元。…财政拨款支出决算A元。…财政拨款支出决算比预算增加C元": both named before
        line = re.sub(r"(?:决算|预算)(?:数)?$", "", clause_subject(quote, g.f.start))
        side = re.search(r"支出|收入", quote[: g.f.start])
        for name in dict.fromkeys((line, line + (side.group(0) if side else ""))) if line else ():
            if (a := seen.get(name + "决算")) is not None and (bb := seen.get(name + "预算")) is not None:
                cur["A"], cur["B"] = a, bb
                break
    base_f = cur["B"]
    if cur["A"] is None and isinstance(base_f, Figure) and seen and g.sign:
        # "公务接待费8,640.00元…。公务接待费比上年9,350.00元减少710.00元": the amount named before
        a = seen.get(clause_subject(quote, g.f.start))
        if a is not None and meets(_size(iv_sum([iv(a), iv_neg(iv(base_f))])), iv(g.f)):
            cur["A"] = a  # only when A − B has C's size: the amount named is this line's
    if cur["B"] is None and re.match(
        r"\s*[（(](?:未安排预算|上年无此项|上年末无此项|年初无此项)", quote[g.f.end :]
    ):
        cur["B"] = Figure(Decimal(0), g.f.unit, "0", g.f.end, g.f.end, g.f.decimals)


# what a closing balance is compared with when its opening one is not written: 「比年初增加C」, 「较上年末减少C」
_OPENING = re.compile(r"年初数?|(?:上年|上一年)年?末|期初")


def _opening(a: Figure, g: Fig, quote: str, seen: dict[str, Figure], opening: dict) -> tuple[Figure, str] | None:
    """ "年末结转和结余A万元，比年初增加C万元": the base is the opening balance of that name (「年初结转和结余」), as
    the text states it before, else as the tables do (收入支出决算总表's row); with where it is said."""
    if not _OPENING.fullmatch(g.target or "") or quote[a.start : a.end] != a.raw:
        return None  # (an amount of another sentence: named before, or in the text's context)
    label = raw_label(quote, a.start)
    if "年末" not in label:
        return None
    name = label.replace("年末", "年初", 1)
    if (said := seen.get(name)) is not None:
        return (said, f"{name}为{amt(said)}，见前文") if said.is_money else None

    def plain(x: str) -> str:  # 「年初结转结余」 names 「年初结转和结余」 too
        return re.sub(r"[\s“”\"'‘’和]", "", x)

    got = [(f, f"{k}为{amt(f)}，见{where}") for k, (f, where) in opening.items() if plain(k) == plain(name)]
    return got[0] if len(got) == 1 and got[0][0].is_money else None


_VERSUS = re.compile(r"^(?:与上年|和上年)?(?:对比|相比|比较)(?:增加|减少|增长|下降)")


def _clause_operands(cur: dict, figs: list[Fig], i: int, subj: Fig | None, quote: str, prev,
                     year: int | None = None) -> None:
    """A change's amounts from the other amounts of its clause."""
    g = figs[i]
    if subj is not None and cur["A"] is subj.f and against(g.target or "上年") == "上年" \
            and (prior := bracketed_prior(figs, subj, year)) is not None:
        cur["B"], cur["alts"] = prior, []  # 「A（2023年度：B），增加C」: the base is the bracket's
        return
    # "本年末A元，上年末B元，比上年末增加C元": two amounts, the base named
    levels = [x for x in figs[:i] if x.role == "level" and x.clause == g.clause and not x.paren and x.f.is_money]
    pair = levels or [x for x in figs[:i] if x.role == "level" and x.clause == g.clause - 1 and not x.paren
                      and x.f.is_money]
    if len(pair) == 2 and not g.target and _VERSUS.match(g.pre.strip(" ，,；;")) and (years := _years_of(quote, pair)):
        # 「2016年预算A，2015年预算B；对比减少C」: the two amounts of its clause, or of the one before when it has none
        later = pair[0] if years[0] > years[1] else pair[1]
        cur["A"], cur["B"], cur["alts"], cur["open"] = later.f, (pair[1] if later is pair[0] else pair[0]).f, [], True
        return
    if len(levels) == 2 and g.target:
        named = [x for x in levels if _names(x.pre, g.target)]
        if len(named) == 1:
            other = levels[0] if named[0] is levels[1] else levels[1]
            cur["A"], cur["B"] = other.f, named[0].f
        elif (not named and (against(g.target) == "上年" or "上一年" in g.target)
              and (years := _years_of(quote, levels)) is not None):
            # 「2016年的执行数是B，2017年的预算数是A，比上一年度增加C」: the later year's amount against the earlier's
            later = levels[0] if years[0] > years[1] else levels[1]
            earlier = levels[1] if later is levels[0] else levels[0]
            cur["A"], cur["B"], cur["alts"] = later.f, earlier.f, []
            return
    if cur["B"] is None and subj is not None and cur["A"] is subj.f:
        # "总额X元，其中：甲a元，乙b元，同比增加C元": the change may be the head's, not the last item's
        # (a 预算 beside the 决算 is no subject of a change against last year) — its part's amounts, the items a
        # comma parts included
        cur["alts"] = [x.f for x in figs[:i] if x.role == "level" and x.part == g.part and not x.paren
                       and x.f.is_money and x is not subj
                       and not (x.kind == "预算" and subj.kind == "决算" and against(g.target) == "上年")]
    # 「同比增长R%，增加C」: a change right after its rate is compared as the rate is
    said = figs[i - 1] if i and figs[i - 1].role == "pct" and figs[i - 1].clause == g.clause else None
    if subj is not None and cur["A"] is subj.f and _of_base_year(quote, subj, g, said):
        # 「2023年度收入、支出总计均为B，较2023年度增加C」: the amount is the base year's, this
        # year's is in the sentence before (when A − B there is C's size)
        cur["A"], cur["B"], cur["alts"] = _this_years(prev, subj.f, g), subj.f, []


def _years_of(quote: str, levels: list[Fig]) -> tuple[int, int] | None:
    """The years two amounts are labelled with, one apart (「2016年…B，2017年…A」); None otherwise."""
    years = []
    for x in levels:
        found = set(re.findall(r"((?:19|20)\d\d)\s*年", quote[label_start(quote, x.f.start): x.f.start]))
        if len(found) != 1:
            return None
        years.append(int(found.pop()))
    return (years[0], years[1]) if abs(years[0] - years[1]) == 1 else None


def _of_base_year(quote: str, subj: Fig, g: Fig, rate: Fig | None = None) -> bool:
    """Whether the amount a change is read against is labelled with the year the change is against (``rate``: the
    rate said just before the change, whose comparison it shares: 「同比增长R%，增加C」)."""
    target = g.target or (rate.target if rate is not None else "")
    m = re.search(r"((?:19|20)\d\d)\s*年", target)
    label = quote[label_start(quote, subj.f.start): subj.f.start]
    tongbi = "同比" in g.pre or (rate is not None and (rate.tongbi or "同比" in rate.pre))
    if m is None and "预算" not in target and (against(target) == "上年" or tongbi):
        # 「上年决算数（调整后）为B，同比增加C」: the amount labelled last year's, compared with last year
        return re.search(r"上年(?!末)|去年|上一年", label) is not None
    if not target:
        # 「上年决算数为B，增加C，增长R%」: a change that names no base, after an amount that is only last year's
        # figure (a sentence of its own after this year's), is the change from it
        return LAST_YEARS.fullmatch(label.strip()) is not None
    if m is None or "预算" in target:
        return False  # 「2013年决算数A，比2013年年初预算数减少C」: the budget of the same year, A is the subject
    return re.search(rf"{m.group(1)}\s*年", label) is not None


def _this_years(prev: Sentence | None, base: Figure, g: Fig) -> Figure | None:
    """This year's amount in the sentence before, for a change whose clause states the base year's: the
    one amount there (in the change's unit) whose difference from the base is the change's size."""
    if prev is None:
        return None
    fits = [x.f for x in prev.figs if x.role == "level" and not x.paren and x.f.unit == g.f.unit
            and meets(_size(iv_sum([iv(x.f), iv_neg(iv(base))])), iv(g.f))]
    return fits[0] if len({f.value for f in fits}) == 1 else None


def _size(d):
    """The range of |x| for x in the range ``d``."""
    lo, hi = abs(d[0]), abs(d[1])
    return (Decimal(0) if d[0] <= 0 <= d[1] else min(lo, hi)), max(lo, hi)


def _rate_of(g: Fig, budget: Fig) -> bool:
    """Whether a "完成…预算的X%" with no amounts of its own is the rate of ``budget`` (the same
    kind of budget: 年初, or 全年/调整)."""
    m = re.search(r"完成(年初|全年|调整)?预算(?:数)?的$", g.pre.strip())
    if not m:
        return False
    said = re.split(r"[，,；;。]", budget.pre)[-1]
    return not m.group(1) or (m.group(1) == "年初") == ("年初" in said or not re.search("全年|调整", said))


def _names(pre: str, target: str) -> bool:
    """Whether the label before an amount names the comparison's base ("上年末…" for 比上年末)."""
    label = re.sub(r"(?:数)?(?:均)?(?:为|是|达)?\s*$", "", re.split(r"[，,；;：:、]", pre)[-1])  # "本年支出年初预算为"
    return label.startswith(target) or label.endswith(target)
