"""Rules on numbers and sums: the same quantity stated twice (R-SAME) and a total against
the parts listed with it (R-SUM)."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ..base import (
    LIST_MARK,
    ReviewFinding,
    amt,
    complete_parts,
    finding,
    iv,
    iv_sum,
    meets,
    show,
)
from ..blamed import adds_up
from ..blocks import table_unit
from ..extract import Block
from ..figures import Figure, find_figures
from ..levels import CONTRADICTION
from ..sentences import (
    LAST_YEARS,
    Fig,
    Sentence,
    classify,
    cut_short,
    depth_at,
    levels_of,
    list_statements,
    report_year,
    sentence_lists,
    sentences,
    split_top,
)
from .breakdowns import check_paren_parts as _check_paren_parts
from .breakdowns import check_signed as _check_signed
from .breakdowns import parts_below as _parts_below
from .breakdowns import sibling_parts as _sibling_parts
from .digit_slips import by_share as _by_share
from .list_clauses import own_clauses as _own_clauses
from .list_clauses import rates_joined as _rates_joined
from .list_clauses import remark as _remark
from .share_totals import check_item_shares
from .statements import _statements, all_fiscal, change_agrees, figures_of

# a sentence giving the reason for the change before it
_REASON_SENT = re.compile(r"\s*(?:主要(?:原因)?是|主要原因|原因是|原因为|主要由于|主要用于)")


# a line that is only 「数」 and a qualifier: the words left of 「上年决算数（调整后）」, no line of their own
_NO_LINE = re.compile(r"数?[（(][^）)]*[）)]|数")


def _clusters(items: list[tuple[Figure, int, str]]) -> list[list[tuple[Figure, int, str]]]:
    """Items grouped by value: each joins the first group whose first figure meets it (within
    display rounding). Groups are found by bisection on their lower bounds, so many distinct
    values cost n log n, not n²."""
    spans = [iv(item[0]) for item in items]
    width = max((hi - lo for lo, hi in spans), default=Decimal(0))
    clusters: list[list[tuple[Figure, int, str]]] = []
    los: list[Decimal] = []  # the first figure's lower bound of each group, sorted
    reps: list[tuple[Decimal, int]] = []  # (upper bound, group index) in the order of ``los``
    for item, (lo, hi) in zip(items, spans, strict=True):
        j0, j1 = bisect.bisect_left(los, lo - width), bisect.bisect_right(los, hi)
        home = min((k for up, k in reps[j0:j1] if up >= lo), default=None)
        if home is not None:
            clusters[home].append(item)
            continue
        at = bisect.bisect_right(los, lo)
        los.insert(at, lo)
        reps.insert(at, (hi, len(clusters)))
        clusters.append([item])
    return clusters


def rule_same(blocks: list[Block]) -> list[ReviewFinding]:
    """The same quantity (year, 预算/决算, line or total) stated twice with two values. Where most
    statements agree, the others are wrong; two that disagree are shown as a warning at the later."""
    groups: dict[tuple, list[tuple[Figure, int, str]]] = {}
    carried: set[int] = set()  # amounts whose subject was carried over from another clause
    one_scope = all_fiscal(blocks)
    for key, f, bi, quote, by_context in _statements(blocks, report_year(blocks)):
        if _NO_LINE.fullmatch(key[3]):
            continue  # 「上年决算数（调整后）为X」: 「数（调整后）」 names no line (the total said before it)
        if one_scope and key[1] == "决算":
            key = (key[0], key[1], key[2].replace("财政拨款", ""), key[3])
        groups.setdefault(key, []).append((f, bi, quote))
        if by_context:
            carried.add(id(f))
    out = []
    for key, items in groups.items():
        clusters = _clusters(items)
        if len(clusters) < 2:
            continue
        y, kind, scope, line = key
        what = f"{y}年度{scope}{line}{kind}" if y else f"{scope}{line}{kind}"
        clusters.sort(key=len, reverse=True)
        if len(clusters) > 2 and len(clusters[0]) <= len(clusters[1]):
            continue  # three or more values and none agreed on: what they stand for is unclear
        if len(clusters[0]) > len(clusters[1]):
            right = clusters[0][0]
            for wrong in (x for c in clusters[1:] for x in c):
                f, bi, quote = wrong
                out.append(
                    finding(
                        Level.ERROR,
                        "R-SAME",
                        f"同一数字前后不一致：{what}其他{len(clusters[0])}处为{right[0].raw}，此处为{f.raw}。",
                        bi,
                        blocks[bi],
                        quote,
                        f,
                        show(right[0].yuan(), f),
                        f"另见：{right[2].strip()[:60]}",
                    )
                )
        else:
            if any(id(f) in carried for c in clusters for f, _, _ in c):
                continue  # two values, no majority, a subject read from context: which line each is, is unsure
            backed = [_support(c[0][0], c, blocks) for c in clusters]
            if len(clusters) == 2 and sum(1 for x in backed if x) == 1:
                # one value the other figures support (a sum that checks with it, a table that states it)
                k = 0 if backed[0] else 1
                right = clusters[k][0]
                for f, bi, quote in clusters[1 - k]:
                    out.append(finding(
                        Level.ERROR, "R-SAME",
                        f"同一数字前后不一致：{what}在{blocks[right[1]].place}为{right[0].raw}（{backed[k]}），"
                        f"此处为{f.raw}。",
                        bi, blocks[bi], quote, f, show(right[0].yuan(), f), f"另见：{right[2].strip()[:60]}"))
                continue
            first = min((c[0] for c in clusters), key=lambda x: (x[1], blocks[x[1]].text.find(x[2]), x[0].start))
            for c in clusters:
                for f, bi, quote in c:
                    if (f, bi) == (first[0], first[1]):
                        continue
                    out.append(
                        finding(
                            Level.WARNING,
                            "R-SAME",
                            f"同一数字前后不一致：{what}前文为{first[0].raw}，此处为{f.raw}，请核对哪一处正确。",
                            bi,
                            blocks[bi],
                            quote,
                            f,
                            show(first[0].yuan(), f),
                            f"前文：{first[2].strip()[:60]}",
                        )
                    )
    return out


def _support(value: Figure, cluster: list[tuple[Figure, int, str]], blocks: list[Block]) -> str:
    """What else supports an amount stated in ``cluster``: a sentence stating it where it adds up with the
    other amounts, a 公开 table that states it. "" when nothing does."""
    for f, _, quote in cluster:
        if adds_up(find_figures(quote), next((g for g in find_figures(quote) if g.value == f.value), f)):
            return "与同句其他金额相加相符"
        if agrees := change_agrees(quote, f):
            return agrees
    for b in blocks:
        unit = table_unit(b) if b.unit or "元" in b.caption + b.title else ""  # "": not said
        if b.is_table and any(_same_amount(g, value, unit)
                              for row in b.rows for cell in row for g in find_figures(cell, bare_money=True)):
            return f"{b.caption or b.place or '表'}也为此数"
    return ""


def _same_amount(cell: Figure, value: Figure, unit: str) -> bool:
    """A table's amount (a bare cell in ``unit``, its table's) is ``value``: the same amount in 元, each within
    its display rounding (「1,234,567.89元」 in a text is a 万元 table's 「123.46」), not the same digits in
    another unit (「3.26元」 is not a 万元 table's 「3.26」), nor a zero cell. A table that does not say its unit:
    the same digits."""
    if (cell.unit and not cell.is_money) or not value.is_money:
        return False
    if not unit and not cell.unit:
        return cell.value == value.value
    if not cell.unit:
        cell = replace(cell, unit=unit)
    return bool(cell.value) and meets(iv(cell), iv(value))  # a 0.00万元 cell states no amount under 50元


def rule_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """A total against the parts listed with it ("其中：…"), amounts and signed changes."""
    out: list[ReviewFinding] = []
    for bi, b, whole in sentence_lists(blocks):
        sents = list_statements(whole)
        for k, s in enumerate(sents):
            # a list in parentheses ("A亿元（其中…）") is the amount's own breakdown (check_paren_parts)
            m = next((x for x in LIST_MARK.finditer(s.text) if not depth_at(s.text, x.start())), None)
            if not m:
                continue
            head_text = s.text[: m.start()]
            back = k - 1
            while back > 0 and ((not sents[back].figs and _REASON_SENT.match(sents[back].text))
                                or _last_years(sents[back])):
                back -= 1  # "…下降2.2%。主要是严控一般性支出。其中：…": the list is of the amount before the reason
            before = sents[back] if k else _paragraph_before(blocks, bi, head_text)
            head = _clause_head(classify(head_text)) if find_figures(head_text) else (before.figs if before else [])
            head_quote = (
                head_text + s.text[m.start() :]
                if find_figures(head_text)
                else ((before.text if before else "") + s.text)
            )
            body = _own_clauses(s.text[m.end() :].rstrip("。；; "), head)  # a paragraph may end with 「；」
            below = _parts_below(blocks, bi) if not body.strip() and k == len(sents) - 1 else []
            if below:  # a part a paragraph: its changes (its shares are each paragraph's: rule_shares)
                body, head_quote = "；".join(below), head_quote + "；".join(below) + "。"
            more = _sibling_parts(body, sents[k + 1 :])
            if more:
                body, head_quote = "；".join([body, *more]), head_quote + "".join(x + "。" for x in more)
            seps = "；;" if re.search(r"[；;]", body) else "，,、"
            # "人员经费X万元，主要包括：基本工资、津贴补贴": an item's list of names without amounts is a remark
            tops = [t[: x.start()].rstrip("，,") if (x := LIST_MARK.search(t)) and not find_figures(t[x.end():]) else t
                    for _, t in split_top(body, seps)]
            if any(LIST_MARK.search(t) for t in tops) and (seps == "，,、" or not all(_inner_closed(t) for t in tops)):
                continue  # a list inside the list: where the inner one ends is not written
            # "…；乙b，其中：丙c，丁d；…": an item's own list of two or more ends with the item: the item is
            # what precedes it
            texts = _nested([t[: x.start()] if (x := LIST_MARK.search(t)) else t for t in tops])
            inner = texts != _nested(tops)
            if seps == "，,、" and len(texts) > 1:
                # "其中：购置支出3.22万元，购置数0辆": a count is a remark, not an item (a line with no number at all,
                # "项目支出。", is an item left blank: it stays, and the list is not read)
                # — and 「，占本年支出合计的70.00%」 after an item is its share, not an item
                texts = _rates_joined([t for t in texts if (figures_of(t) or not re.search(r"\d", t)) and not (
                    t.lstrip().startswith("占") and all(x.is_percent for x in figures_of(t)))] or texts)
                texts = [t for t in texts if not _remark(t)] or texts
            context = [*s.figs, *(g for x in more for g in classify(x))]
            items = [_in_context(classify(t), context) for t in texts]
            if inner:  # lists within the list: only the items' stated changes are read
                out.extend(_check_signed(bi, b, head_quote, head, items, texts) if len(items) > 1 else [])
                continue
            # "主要包括：甲a万元、乙b万元等": examples, not the whole — parts only bound the total from below
            # (not the 等 of the last item's own use: 「…运行维护费2.46万元，主要用于燃料费、维修费、保险费等」)
            examples = "主要包括" in m.group(0) or bool(re.search(r"等(?:等|支出|费用|方面|项目)?$",
                                                                 _USE_TAIL.sub("", body)))
            # (a part a paragraph: its changes only — which amount is off the table tells in one paragraph alone)
            found = [] if below else _check_parts(bi, b, head_quote, head, items, texts, examples, changes=False)
            joined = [x for t in texts for x in _joined_items(t)]
            if found and joined != texts:
                # read with every named amount as an item ("；甲a万元，乙b万元；"): no finding when the list then
                # adds up; else the reading whose sum is nearer the total says what it should be
                j_items = [_in_context(classify(t), context) for t in joined]  # (「0万元」 read as items are)
                alt = _check_parts(bi, b, head_quote, head, j_items, joined, examples, changes=False)
                if not alt or _gap(head, j_items) < _gap(head, items):
                    found = alt
            out.extend(found)
            if len(items) > 1 and not examples:
                out.extend(_changes(bi, b, head_quote, head, items, texts, joined))
            out.extend([] if below else check_item_shares(bi, b, head_quote, head, items, texts))
        for s in sents:  # nested parts in parentheses: "基本支出A元（人员经费x元，公用经费y元）"
            out.extend(_check_paren_parts(bi, b, s))
    return out


# the use an item's amount is followed by, closing the list (「，主要用于燃料费、维修费、保险费等」)
_USE_TAIL = re.compile(r"[，,]\s*(?:主要)?用于[^；;，,]*$")


def _clause_head(head: list[Fig]) -> list[Fig]:
    """The figures a list hangs from when the words before its mark state amounts in several 「；」 clauses
    (「甲a，比上年增长x%；乙b，比上年下降y%；丙c，比上年下降z%，其中：丙1 c1；丙2 c2」): the last clause's, where it
    states one amount (the clause the mark is in, or the one before when 「；其中：」 opens a clause of its own)."""
    levels = levels_of(head)
    if len({g.part for g in levels}) < 2:
        return head
    mine = [g for g in head if g.part == levels[-1].part]
    return mine if len(levels_of(mine)) == 1 else head


def _last_years(s: Sentence) -> bool:
    """Whether a sentence opens with last year's figure, nothing more naming it (「上年决算数为B。」, 「上年决算数为B，
    增加C，增长R%。」 between this year's amount and its 其中 list): a remark on the amount before, not the list's
    head."""
    text = s.text.strip()
    m = LAST_YEARS.match(text)
    first = next((g for g in s.figs if g.f.is_money), None)
    return bool(m and m.end() and first is not None and text[m.end():].startswith(first.f.raw))


def _changes(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts: list[str], joined: list[str]):
    """The total's changes against the items' (check_signed); when every named amount of the list read as an
    item states a change of its own ("；甲a，比上年减少c1，乙b，比上年减少c2；"), that reading decides."""
    found = _check_signed(bi, b, quote, head, items, texts)
    if found and len(joined) != len(texts):
        j_items = [classify(t) for t in joined]
        if all(any(g.role == "diff" and g.f.is_money for g in it) for it in j_items):
            return _check_signed(bi, b, quote, head, j_items, joined)
    return found


def _in_context(figs: list[Fig], sentence: list[Fig]) -> list[Fig]:
    """An item's figures read with its sentence's precision: "0万元" beside "2.02万元" is 0.00万元 (as
    ``figures.find_figures`` reads a whole amount among amounts to the 分), not a rounded 0 to 0.5万元."""
    shown: dict[str, int] = {}
    for g in sentence:
        if g.f.is_money:
            shown[g.f.unit] = max(shown.get(g.f.unit, 0), g.f.decimals)
    return [replace(g, f=replace(g.f, decimals=shown[g.f.unit]))
            if g.f.is_money and g.f.decimals == 0 and shown.get(g.f.unit, 0) > 0 else g for g in figs]


def _inner_closed(item: str) -> bool:
    """Whether an item's own "其中" list is whole inside it (two amounts or more after the mark); a list
    of one there goes on past the item's end ("…，其中：丙c；丁d。")."""
    m = LIST_MARK.search(item)
    return m is None or len(levels_of(classify(item[m.end() :]))) >= 2


def _paragraph_before(blocks: list[Block], bi: int, head_text: str) -> Sentence | None:
    """The sentence a paragraph opening with "其中：" hangs from: the last of the paragraph before."""
    if not bi or blocks[bi - 1].is_table or head_text.strip(" 　\t（(）)0123456789.、一二三四五六七八九十"):
        return None
    prev = sentences(blocks[bi - 1].text)
    return prev[-1] if prev else None


_BREAKDOWN = re.compile(r"^\s*(?:主要|具体)?(?:用于|包括|含)")


def _nested(texts: list[str]) -> list[str]:
    """Items of a list, with a breakdown of an item ("甲30万元，主要用于A 10万元，B 20万元") kept in
    that item: from a clause opening with 用于/包括/含 on, the clauses are the item's, not the list's."""
    out: list[str] = []
    inside = False
    for t in texts:
        inside = inside or bool(out and _BREAKDOWN.match(t))
        if inside:
            out[-1] += "，" + t
        else:
            out.append(t)
    return out


def _gap(head: list[Fig], items: list[list[Fig]]) -> Decimal:
    """|total − the sum of each item's first amount| (what a reading of a list leaves unexplained)."""
    total = levels_of(head)
    parts = [levels_of(it) for it in items]
    if len(total) != 1 or not all(parts):
        return Decimal("Infinity")
    return abs(total[0].f.yuan() - sum((p[0].f.yuan() for p in parts), Decimal(0)))


def _joined_items(text: str) -> list[str]:
    """An item of a "；" list read as the items its "，" clauses name ("上级补助收入A万元，债务转贷收入B
    万元"; "购置及运行维护费5万元，比上年减少0.28万元，公务接待费30万元"): a clause with an amount of
    its own starts an item, a clause without one (a change, a share) stays with the item before."""
    if re.search(r"其中|含|包括|用于", text):
        return [text]
    out: list[str] = []
    has_level = False
    for _, t in split_top(text, "，,"):
        lv = levels_of(classify(t))
        if lv and has_level and not any(g.kind for g in lv):
            out.append(t)
        elif out:
            out[-1] += "，" + t
        else:
            out.append(t)
        has_level = has_level or bool(lv)
        if lv and len(out) > 1:
            has_level = True
    return out


def _scale_slip(total: Figure, parts: list[Figure], text: str) -> Figure | None:
    """The one figure of a list written at the other scale than most amounts of its paragraph ``text``
    (「工程采购金额2,806,450.00万元」 among amounts in 元, 「150.00元」 among 万元; the total 「12,600.00万元」 over
    「其中：…12,600.00元」): read in that unit the list adds up, as written it does not."""
    units = Counter(f.unit for f in find_figures(text) if f.unit in ("元", "万元"))
    usual = max(units, key=lambda u: units[u]) if len(set(units.values())) == 2 else ""
    other = {"元": "万元", "万元": "元"}.get(usual, "")
    hits = [p for k, p in enumerate(parts) if p.unit == other and meets(
        iv_sum([iv(replace(p, unit=usual) if j == k else q) for j, q in enumerate(parts)]), iv(total))]
    if total.unit == other and meets(iv_sum([iv(p) for p in parts]), iv(replace(total, unit=usual))):
        hits.append(total)
    if not hits and set(units) == {"万元"} and total.unit == "万元":
        # all in 万元, one part's number the amount in 元 (「货物采购金额864,000.00万元」 for 86.40万元): read in 元,
        # the list adds up (a number under 1,000 read in 元 is under 0.1万元: its slip would not show, 「…48万元」 is no
        # 元; 「7400.00万元」 under a total of 0.74万元 is 0.74万元 in 元)
        least = max(total.value, Decimal(999))
        hits = [p for k, p in enumerate(parts) if p.unit == "万元" and p.value > least and meets(
            iv_sum([iv(replace(p, unit="元") if j == k else q) for j, q in enumerate(parts)]), iv(total))]
    return hits[0] if len(hits) == 1 else None


def slip_finding(bi, b, quote, total: Figure, parts: list[Figure], slip: Figure) -> ReviewFinding:
    """The figure of ``_scale_slip`` said as the unit it lacks or has too many of, with the list's arithmetic."""
    unit = "元" if slip.unit == "万元" else "万元"
    right = f"{slip.raw.replace(' ', '').removesuffix(slip.unit)}{unit}"
    said = "漏写“万”" if slip.unit == "元" else "多写了“万”"
    if slip is not total and slip.unit == total.unit == "万元" and slip.value > total.value:
        right = show(slip.value, slip)  # the number in 元 under 万元: in 万元, as the paragraph writes its amounts
        why = " − ".join([amt(total), *(amt(p) for p in parts if p is not slip)]) + f" = {right}"
        read = f"{slip.value:,.{max(slip.decimals, 0)}f}元 ÷ 10,000 = {right}"  # the number read in 元
        why = f"{why}；{read}" if len(parts) > 1 else read
        rest = f"同句总数{total.raw}减去其余各项为{right}" if len(parts) > 1 else f"按元读正是同句总数{total.raw}"
        message = f"“{slip.raw}”是按元填列的数字却写了“万元”：{rest}，应为“{right}”（元与万元写混）。"
        return finding(CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING", message, bi, b, quote, slip, right, why,
                       nature=CONTRADICTION)  # an amount ten thousand times off
    if slip is total:
        why = " + ".join(amt(p) for p in parts) + f" = {right}"
        said += f"：所列各项之和为{right}" if len(parts) > 1 else f"：其中所列“{parts[0].raw}”与它同数"
        message = f"“{slip.raw}”{said}，应为“{right}”（元与万元写混）。"
    else:
        why = " − ".join([amt(total), *(amt(p) for p in parts if p is not slip)]) + f" = {right}"
        message = f"“{slip.raw}”{said}：同句总数{total.raw}减去其余各项为{right}，应为“{right}”（元与万元写混）。"
    return finding(CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING", message, bi, b, quote, slip, right, why,
                   nature=CONTRADICTION)


def _point_for_comma(total: Figure, parts: tuple[Decimal, Decimal]) -> str:
    """"（千分位的逗号写成了小数点）" when the total read with its point as a thousands comma
    ("4.647万元" as 4,647万元) is the parts' sum."""
    if total.decimals != 3 or "," in total.raw or "，" in total.raw:
        return ""
    whole = total.yuan() * 1000
    return "（千分位的逗号写成了小数点）" if parts[0] <= whole <= parts[1] else ""


def _label(head: list[Fig], total: Figure) -> str:
    g = next((x for x in head if x.f is total), None)
    return re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是") if g else ""


def which_total(head: list[Fig], total: Figure) -> str:
    """Which total a list's sum is checked against, as a message names it: 「（年初预算）」, 「（全年预算）」,
    「（决算数）」 for a total of a kind (the head's 预算 or 决算); "" for a total of no kind."""
    g = next((x for x in head if x.f is total), None)
    if g is None or g.kind not in ("预算", "决算"):
        return ""
    label = _label(head, total)
    named = next((k for k in ("年初预算", "全年预算", "调整预算") if k in label), g.kind + "数")
    return f"（{named}）"


def _check_parts(
    bi, b, quote, head: list[Fig], items: list[list[Fig]], texts: list[str], examples: bool = False,
    changes: bool = True,
) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    if not items:
        return out
    single = len(items) == 1 or examples  # some of the total: it may be all or only some of it
    head_levels = levels_of(head)
    item_levels = [levels_of(it) for it in items]
    # amounts: by kind when the head has several (预算 / 决算), else one each
    pairs: list[tuple[Figure, list[Figure]]] = []
    if (
        len(head_levels) == 1
        and all(len(x) >= 1 for x in item_levels)
        and all(len(x) == 1 or (x[0].kind == "" or x[0].kind == head_levels[0].kind) for x in item_levels)
    ):
        pairs.append((head_levels[0].f, [x[0].f for x in item_levels]))
    elif len(head_levels) > 1:
        for h in head_levels:
            if not h.kind:
                continue
            of_kind = [[g for g in x if g.kind == h.kind] for x in item_levels]
            if all(len(p) == 1 for p in of_kind) and sum(1 for g in head_levels if g.kind == h.kind) == 1:
                pairs.append((h.f, [p[0].f for p in of_kind]))
    for total, parts in pairs:
        s_iv = iv_sum([iv(p) for p in parts])
        if meets(s_iv, iv(total)):
            continue
        if (slip := _scale_slip(total, parts, b.text)) is not None:  # not the sum: one figure's 元 / 万元
            out.append(slip_finding(bi, b, quote, total, parts, slip))
            continue
        exact = sum((p.yuan() for p in parts), Decimal(0))
        why = " + ".join(amt(p) for p in parts) + f" = {show(exact, total)}"
        if (single or cut_short(b.text, quote)) and exact <= total.yuan():
            continue  # some of the total, or a list cut off mid-sentence: not known to be all of it
        if len(parts) == 1 and (mended := _by_share(total, parts[0], classify(quote))) is not None:
            wrong, right, why = mended
            out.append(finding(
                Level.ERROR, "R-SUM",
                f"“其中”一项{parts[0].raw}大于总数{total.raw}；按所写占比，{'此项' if wrong is parts[0] else '总数'}"
                f"应为{show(right, wrong)}。", bi, b, quote, wrong, show(right, wrong), why))
        elif len(parts) == 1:
            # nothing in the sentence decides which of the two is the slip: both said, no bound as 应为 (a table
            # that does decide corrects one of them, R-TEXT-TABLE, and this finding goes: arbiter._tables_decide)
            out.append(finding(
                Level.ERROR, "R-SUM",
                f"“其中”一项{parts[0].raw}大于总数{total.raw}：总数{total.raw}与此项{parts[0].raw}必有一处有误"
                f"（从文中无法判断是哪一处，未给出应为值）。",
                bi, b, quote, total, "", f"{amt(parts[0])} > {amt(total)}"))
        elif exact > total.yuan():
            out.append(
                finding(
                    Level.ERROR,
                    "R-SUM",
                    f"总数{which_total(head, total)}小于所列各项之和：应为{show(exact, total)}，不是{total.raw}"
                    f"{_point_for_comma(total, s_iv)}。",
                    bi,
                    b,
                    quote,
                    total,
                    show(exact, total),
                    why,
                )
            )
        elif complete_parts(_label(head, total), texts):  # 基本支出 = 人员经费 + 公用经费: nothing left out
            out.append(finding(Level.ERROR, "R-SUM",
                               f"总数{which_total(head, total)}与所列各项之和不符：应为{show(exact, total)}，"
                               f"不是{total.raw}。",
                               bi, b, quote, total, show(exact, total), why))
        else:
            out.append(
                finding(
                    Level.INFO,  # real lists often leave lines out: a smaller sum is a question, not an alarm
                    "R-SUM",
                    f"所列各项之和{show(exact, total)}小于总数{which_total(head, total)}{total.raw}：如无未列出的项目，"
                    f"总数应为{show(exact, total)}。",
                    bi,
                    b,
                    quote,
                    total,
                    show(exact, total),
                    why,
                )
            )
    if not single and changes:
        out.extend(_check_signed(bi, b, quote, head, items, texts))
    return out
