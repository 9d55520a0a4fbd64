"""Amounts with what they are: (year, 预算/决算, scope, line) for every amount the text names — the
statements rule_same compares and the context a comparison's missing operands are looked up in."""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache

from ..base import LIST_MARK
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import (
    CMP,
    PREFIX,
    Sentence,
    classify,
    comma_items,
    context_at,
    head_of,
    label_start,
    norm_label,
    sentence_lists,
)
from .breakdowns import ITEM_START as _ITEM_START

_BARE = re.compile(r"^(?:收入|支出)?(?:年初预算|预算|决算)?(?:收入|支出)?(?:数|总额)?(?:均)?(?:为|是)?$")
# a count closing the clause before an amount (「项目12个，」「项目五个，」); a count in words only right after what it
# counts, 「项目三个，」 (「一」「两」 are in words of their own, 「统一」)
_COUNTED = re.compile(r"(?:\d+|(?<=项目|单位|机构|部门)[零一二两三四五六七八九十百]+)"
                      r"(?:个|项|辆|台|家|批次|人次|人)[，,]")
_KIND_TAIL = re.compile(r"(?:年初预算|预算|决算)(?:数)?(?:均)?(?:为|是)?$")
# a clause opening a list item with what it is and no amount (「因公出国（境）费年初未安排预算，」「…本年无预算，」)
_NO_AMOUNT = re.compile(r"([^，,\d]{2,}?)(?:本年|当年|年初|全年)?(?:未安排|无)(?:年初)?预算[^，,\d]*[，,]\s*$")


# the parts of spending by structure, each with its own 经济分类 list
_PARENT = re.compile(r"基本支出|项目支出")
# an amount named by what was spent, and its budget stated next in the same clause
_SPENT = re.compile(r"(?:支出|开支|费用?)(?:数|金额)?(?:为|是)?$")
_BUDGET_NEXT = re.compile(r"[^；;。，,]*[，,][^；;。，,\d]*?(?:年初|全年|调整)?预算(?:数)?(?:为|是)?\s*\d")
_FUND = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算")


@lru_cache(maxsize=256)
def _starts(text: str) -> list[int]:
    return [g.f.start for g in classify(text)]


@lru_cache(maxsize=1024)
def figures_of(text: str) -> tuple[Figure, ...]:
    """``find_figures`` of a label or an opening sentence, read once however many figures ask."""
    return tuple(find_figures(text))


SUBJECT = re.compile(r"[（(](?:类|款|项)[）)]")
_AFTER_MARK = re.compile(r"^.*(?:其中|如下)\s*[：:]\s*")


_SECTION = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _heading(text: str, sents: list[Sentence], heading: str) -> str:
    """The 类/款/项 heading in force after a paragraph: a paragraph naming one with no amount
    opens it; a section heading, or a paragraph naming one with its amounts, closes it."""
    if SUBJECT.search(text):
        named = next(s.text for s in sents if SUBJECT.search(s.text))
        return "" if any(g.f.is_money for s in sents for g in s.figs) else named
    return "" if _SECTION.match(text) else heading


def _opener(sents: list[Sentence], k: int, heading: str, lead: str) -> tuple[str, str]:
    """The sentence whose subject an amount with no subject of its own carries, and the text that
    names its fund: the nearest sentence before it naming a 类/款/项 ("…（项）。年初预算为X…"
    in one paragraph however many 项 it lists), else the 项 heading paragraph just before this
    one, else the paragraph's first sentence."""
    for j in range(k - 1, -1, -1):
        if SUBJECT.search(sents[j].text):
            return _AFTER_MARK.sub("", sents[j].text), (lead if j == 0 else sents[0].text)
    if heading and not SUBJECT.search(sents[0].text) and not _ITEM_START.match(sents[0].text):
        return heading, lead
    return sents[0].text, lead


def _named_before(text: str, colon: int) -> str:
    """The 类/款/项 (by marker or by code) a clause names just before the colon at ``colon``."""
    before = text[label_start(text, colon) : colon].strip()
    before = re.sub(r"^(?:其中|如下)", "", before)
    if SUBJECT.search(before) or _CODED.match(before):
        return before
    return ""


_CODED = re.compile(r"^\d{3}(?:\d\d){0,2}\s*[\u4e00-\u9fff]")


def _carried(sents: list[Sentence], k: int, pos: int, raw: str, lead: str = "", heading: str = "") -> str:
    """The label of an amount whose own words name no subject ("支出决算为X"): the subject
    carries over from the clause that opens its sentence or list item ("“三公”经费财政拨款
    支出年初预算为A，支出决算为B"; "其中：因公出国（境）费支出年初预算为C，支出决算为D"),
    or, for a sentence opening with such words, from the sentence that opens its paragraph
    ("1、社会保障和就业（类）…（项）。…年初预算为E，支出决算为F") — an item of the list that
    ``lead`` (the paragraph before the items) opens, whose fund (一般公共预算 …) it keeps;
    ``heading`` is the 类/款/项 paragraph just before, when the amounts follow in a paragraph
    of their own."""
    text = sents[k].text
    # (an item of a list parted by commas begins after its comma: 「…，公务用车…费年初预算C，支出决算D」; the first
    # after the list's mark, with its colon or not: 「其中，因公出国（境）费未安排预算，决算为0万元」)
    item = max([text.rfind(x, 0, pos) for x in "；;：:"] + [c for c in comma_items(text) if c < pos]
               + [m.end() - 1 for m in LIST_MARK.finditer(text, 0, pos)]) + 1
    opening = text[item : label_start(text, pos)]
    cut = item + len(opening)
    starts = _starts(text)
    lo, hi = bisect.bisect_left(starts, item), bisect.bisect_left(starts, cut)
    # the clause after the last amount before it, where a 「，」 parts the counted clauses as well (「项目3个，涉及预算
    # 金额A，绩效跟踪评价的项目1个，涉及预算金额B」)
    counted = opening
    if hi > lo:
        comma = text.find("，", sents[k].figs[hi - 1].f.end, cut)
        counted = text[comma + 1: cut] if comma >= 0 else ""
    if m := _COUNTED.search(counted):
        # "设定绩效目标的项目12个，涉及预算资金A": the amount of those projects
        # what the projects are ("编报绩效目标的", "绩效自评的") stays: they are different projects
        return re.sub(r"(?:19|20)\d\d年度?的?", "", counted[: m.start()]).strip() + raw
    if not _BARE.match(PREFIX.sub("", raw)) or not raw:
        return raw
    subject = ""
    first = next((g.f for g in sents[k].figs if item <= g.f.start < pos and g.f.is_money), None)
    if first is not None:
        subject = text[item : first.start]
        subject = _KIND_TAIL.sub("", subject[label_start(subject, len(subject)) :].strip())
    elif (said := _NO_AMOUNT.match(opening)) and said.group(1).strip():
        subject = said.group(1).strip()  # "其中：因公出国（境）费年初未安排预算，决算为0": the clause's own subject
    if not PREFIX.sub("", subject) and item and (named := _named_before(text, item - 1)):
        subject = named  # "…（款）…（项）：支出决算为X": the 类/款/项 the clause names before its colon
    if not PREFIX.sub("", subject) and (colon := max(text.rfind("：", 0, item), text.rfind(":", 0, item))) > 0 \
            and not LIST_MARK.search(text, 0, colon + 1) \
            and _CODED.match(named := _ITEM_START.sub("", text[label_start(text, colon): colon]).strip()):
        # "（1）2060701机构运行：年初预算A，支出决算B": each clause after the colon is the 项's (named code first)
        subject = named
    if not PREFIX.sub("", subject) and (k > 0 or heading):
        opener, fund_of = _opener(sents, k, heading, lead)
        subject = _ITEM_START.sub("", opener).rstrip("。：: ")
        if figs := figures_of(subject):
            subject = subject[: figs[0].start]
            subject = _KIND_TAIL.sub("", subject[label_start(subject, len(subject)) :].strip())
        if _ITEM_START.match(opener) and (fund := _FUND.search(fund_of)):
            subject = fund.group(0) + subject if subject else ""
    # "…财政拨款年初结转和结余A，本年收入B": the measure of the first amount is not the subject the next carry
    subject = _BALANCE.sub("", subject.strip()) if raw and not _BALANCE.search(raw) else subject.strip()
    core = re.sub(r"^.*?(?:19|20)\d\d年度?", "", subject)
    if not PREFIX.sub("", core) or _BARE.match(PREFIX.sub("", core)):
        return raw  # "2023年度支出年初预算为A，支出决算为B", "本年度单位收入决算为A，支出决算为B": the totals
    side = re.match(r"^(?:收入|支出)", raw)
    if side and (end := re.search(r"(?:收入|支出)$", subject)) and end.group(0) != side.group(0):
        subject = subject[: end.start()]  # "…收入决算为A，支出决算为B": the measure next to B overrides
    own = re.sub(r"^(?:收入|支出)", "", raw) if re.search(r"(?:收入|支出)$", subject) else raw
    year = re.match(r"^(?:本年度|本年|上年度|上年|(?:19|20)\d\d年度?)+", own)
    if year and core != subject:  # the subject names its own year
        own = own[year.end() :]
    return subject + own


def all_fiscal(blocks: list[Block]) -> bool:
    """Whether the text gives 财政拨款收入 as the whole 收入 (「收入全部为财政拨款」, 「其中：财政拨款收入X万元，
    占100.00%」): then a 决算 line of 财政拨款 and the same line of the unit are one amount."""
    return any(re.search(r"收入全部为财政拨款|财政拨款支出即本年支出", b.text) or _ALL_FISCAL.search(b.text)
               for b in blocks if not b.is_table)


_ALL_FISCAL = re.compile(
    r"财政拨款收入[^。；;，,]{0,4}\d[\d,.]*\s*万?元[，,]\s*占(?:本年收入(?:合计)?的?)?100(?:\.0+)?\s*%")
_BALANCE = re.compile(r"(?:年初|年末|上年)?结转和?结余(?:资金)?$")
_TOTAL = (
    (
        re.compile(
            r"^(?:单位)?(?P<side>收入、支出|收入|支出)(?P<kind>年初预算|预算|决算)(?:总额|总计|合计)?(?:均)?(?:为)?$"
        ),
        None,
    ),
    (re.compile(r"^(?P<kind>年初预算|预算|决算)(?P<side>收入|支出)(?:总额|合计)?(?:为)?$"), None),
    (re.compile(r"^(?P<side>收入|支出)合计(?:为)?$"), "决算"),
)


# an amount named only as a difference ("差值为0.95万元"): no line of its own
_DIFFERENCE = re.compile(r"差(?:值|额|异)(?:数)?")
_YEAR_OF = re.compile(r"((?:19|20)\d\d)年")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d年|上年(?!末)|去年|本年")


def _parent_after(s: Sentence, mark, parent: str, listing: bool) -> tuple[str, bool]:
    """The 基本支出 / 项目支出 whose amount a sentence states before any list of its own (or leaves blank:
    "2.项目支出XX元，同比减少…"), and whether the sentences after are its list's lines ("…。其中：甲a。乙b。",
    until the next numbered item)."""
    for g in s.figs:
        if g.role == "level" and g.f.is_money and not (mark and g.f.start > mark.start()):
            named = _PARENT.findall(s.text[label_start(s.text, g.f.start) : g.f.start])
            parent = named[-1] if named else parent
    if (opens := _PARENT.match(_ITEM_START.sub("", s.text).lstrip())) and not any(
            g.role == "level" and g.f.is_money for g in s.figs):
        parent = opens.group(0)
    if _ITEM_START.match(s.text):
        listing = False
    return parent, listing or bool(parent and mark)


def _statements(blocks: list[Block], year: int | None) -> list[tuple[tuple, Figure, int, str, bool]]:
    """Amounts with what they are: (year, 预算/决算, scope, line) — a named line ("人员经费"),
    or a total ("收入", "支出") — with the block and sentence that state them."""
    out = []
    doc_kind, mixed = _doc_kind(blocks), False  # mixed: the section sets a 预算 beside its amounts
    # "单位收入全部为财政拨款，财政拨款支出即本年支出": the text itself says the totals are one
    all_fiscal = any(re.search(r"收入全部为财政拨款|财政拨款支出即本年支出", b.text) for b in blocks if not b.is_table)
    lead = ""  # the paragraph a list of item paragraphs ("1、…（项）。…") hangs from
    heading = ""  # the 类/款/项 paragraph whose amounts follow in the next paragraphs
    tier = ""  # 全区 / 区本级 …: whose amounts a 政府决算 passage states, until another is named
    section = ""  # 预算 / 决算 the section heading names
    parent = ""  # 基本支出 / 项目支出: whose 经济分类 list the next 其中 is
    listing = False  # in the list 「其中：」 opened after naming ``parent``, until the next numbered item
    for bi, b, sents in sentence_lists(blocks):
        tiers = [(m.start(), m.group(0)) for m in _TIER.finditer(b.text)]
        if not _ITEM_START.match(b.text) and find_figures(b.text):
            lead = b.text
        heading = _heading(b.text, sents, heading)
        if _SECTION.match(b.text):
            parent, listing = "", False
        opened = bi > 0 and bool(re.search(r"其中\s*[：:]?\s*$", blocks[bi - 1].text))  # the list goes on here
        if _SECTION.match(b.text) and not find_figures(b.text):
            mixed = _budget_in_section(blocks, bi)
            # "二、2021年“三公”经费决算情况": the amounts under a heading naming their year and kind, with no
            # 预算/决算 of their own, are of its kind — not under a fund's heading ("（四）政府性基金预算支出决算
            # 情况说明"): the same line of two funds is two amounts
            named = re.findall(r"预算|决算", b.text)
            # without a year: 「三、支出决算情况说明」 is this year's 决算 only where its section names no 预算 at all
            # (「（二）收入支出预算执行情况」, a 决算 section that sets 预算 beside it: which amount is which is unsaid)
            section = named[-1] if named and not _FUND.search(b.text) and (
                _YEAR_OF.search(b.text) or (named[-1] == "决算" and not _budget_in_section(blocks, bi))) else ""
        for k, s in enumerate(sents):
            head = head_of(s.text, sents, k)
            in_list = bool(head)
            heads = [x.kind for x in classify(head) if x.role == "level" and x.f.is_money and not x.paren
                     and x.kind in ("预算", "决算")] if in_list else []
            mark = LIST_MARK.search(s.text)
            parent, listing = _parent_after(s, mark, parent, listing)
            last_line = ""
            for i, g in enumerate(s.figs):
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                if i and not g.pre.strip():
                    continue  # "247.21万元2.08万元": a figure with no words of its own (text lost)
                cut = label_start(s.text, g.f.start)
                raw = s.text[cut : g.f.start].strip()
                own_words, raw = raw, _carried(sents, k, g.f.start, raw, lead, heading)
                # the subject read from another sentence (a heading, a list's lead, the 项 named before)
                carried = own_words != raw and raw[:4] not in s.text
                scope = "财政拨款" if "财政拨款" in head + s.text[: g.f.start] else ""
                scope = _tier_at(tiers, s.start + g.f.start, tier) + scope
                if parent and (in_list or opened or listing):
                    scope += parent  # "项目支出X元，其中：商品和服务支出…": not the 基本支出 list's line of that name
                m = _YEAR_OF.search(own_words) or _YEAR_OF.search(raw)  # the year of its own words first
                y = int(m.group(1)) if m else None
                # last year's amount by its own words ("上年支出决算为"); -1 when the report's year is unknown
                own_year = re.split(CMP, raw)[0]
                prior = ((year or 0) - 1 or -1) if re.search("上年|去年", own_year) else None
                said = [w.group(0) for w in _YEAR_WORD.finditer(re.split(CMP, own_words)[0])]
                if said and re.match("上年|去年", said[-1]):
                    # 「2024年度…支出A，上年为B」: the year word nearest B is its own, not the carried subject's
                    y, prior = None, (year or 0) - 1 or -1
                bare = PREFIX.sub("", raw).replace("财政拨款", "", 1) if scope else PREFIX.sub("", raw)
                if not in_list:
                    for pattern, kind in _TOTAL:
                        t = pattern.match(bare.replace("本年", ""))
                        if t and "比" not in raw:
                            yy = y or prior or year
                            sides = ("收入", "支出") if t.group("side") == "收入、支出" else (t.group("side"),)
                            for side in sides:
                                k2 = kind or t.group("kind")
                                total_scope = "" if all_fiscal and k2 == "决算" else scope
                                out.append(((yy, kind or t.group("kind"), total_scope, side), g.f, bi, s.text, False))
                            break
                words = re.sub(
                    # (「年初结转和结余」 and 「年末结转和结余」 are two balances: the date stays in their name)
                    r"预算|决算|(?:年初|年末|本年末|上年末)(?!结转|结余)|均为|为|的|(?:19|20)\d\d年度?",
                    "",
                    re.split(CMP + r"|与(?=上年|预算|年初|本年|去年|同期|(?:19|20)\d\d)", raw)[0],
                )
                line = norm_label(_SELF.sub("", words.strip())) if words.strip() else last_line
                last_line, line = line, _item_part(line, head, sents, k) if in_list else line
                if (not line or re.search(r"收入|支出合计|总额|合计|总计|^支出$|[，,：:]|人均", line + raw)
                        or _DIFFERENCE.fullmatch(line) or _ADJUSTED.fullmatch(line)):
                    continue
                yh, kind = context_at(head, s.text, cut, year)
                own = re.findall(r"年初预算|预算|决算", _FUND.sub("", raw))  # not a fund's name (一般公共预算)
                if own:
                    kind = own[-1]
                elif heads and not re.search(r"预算|决算", s.text[: cut].split("其中")[-1]):
                    kind = heads[-1]  # "预算为B，决算为A，比预算增加C。其中：甲a": the parts of the last amount stated
                elif kind and kind != "决算" and _SPENT.search(raw) and _BUDGET_NEXT.match(s.text[g.f.end :]):
                    kind = "决算"  # "甲支出0万元，年初预算为0.95万元": what was spent, beside its budget
                kind = kind or section
                if not (kind or mixed) and _this_or_last(y or prior or yh, year) and _spent(own_words, s.text[:cut]):
                    kind = doc_kind  # 「2024年度本局机关运行经费支出A」 in a 决算 (a section with no 预算): the 决算
                if kind:
                    out.append(((y or prior or yh, kind, scope, line), g.f, bi, s.text, carried))
        tier = tiers[-1][1] if tiers else tier
    return out


# a budget's adjustment named by itself (「年中追加预算A」「调整预算A」 with 预算 taken off): no line of its own — each
# 项 paragraph states its own, so two of them are two amounts, not one said twice
_ADJUSTED = re.compile(r"(?:年中|年内|当年|本年)?(?:追加|追减|调整|调增|调减|调整后|全年)")


# the parts of spending every 类/款/项 has (基本支出, 项目支出 …): in a 「其中：」 list hung from a sentence naming
# one, the parts of that one
_STRUCTURE = re.compile(r"(?:基本|项目)(?:支出)?|(?:人员|公用)(?:经费)?")  # as norm_label leaves them


def _item_part(line: str, head: str, sents: list[Sentence], k: int) -> str:
    """A part every 类/款/项 has (基本支出 …) in a 「其中：」 list whose head names one (「…（款）城市社区卫生机构
    （项）：年初预算…。其中：基本支出a」): that one's (「城市社区卫生机构（项）基本」), not the 部门's line. A head
    naming none (「…（项）。年初预算为A，支出决算为B。其中：基本支出a」) is of the 项 a sentence before it names."""
    head = head if SUBJECT.search(head) else _opener(sents, k, "", "")[0]
    named = list(SUBJECT.finditer(head))
    if not named or not _STRUCTURE.fullmatch(line):
        return line
    start = named[-2].end() if len(named) > 1 else 0
    return _ITEM_START.sub("", head[start : named[-1].end()]).strip(" ：:，,") + line


# the unit naming itself before a line: 「本局机关运行经费」 is the 机关运行经费 said elsewhere
_SELF = re.compile(r"^(?:本|我)(?:局|单位|部门|院|馆|委|办|中心|所|站|校|园|会|处|队)")
# an amount named as what was spent (「机关运行经费支出A」「支出为A」), not planned or arranged
_SPENT_OWN = re.compile(r"(?:支出|开支)(?:金额|数)?(?:为|是|了)?$")
_PLANNED = re.compile(r"预算|预计|计划|安排|拟")


def _this_or_last(y: int | None, year: int | None) -> bool:
    """Whether an amount of year ``y`` is this year's or last year's (what a 决算 document's year spent, and the year
    before, are 决算: 「2023年度机关运行经费支出A」 is last year's 决算)."""
    return y == year or (year is not None and y == year - 1)


def _spent(words: str, before: str) -> bool:
    """An amount named as what was spent (its own words), in a sentence that plans or budgets nothing before it."""
    return bool(_SPENT_OWN.search(words)) and not _PLANNED.search(before)


def _doc_kind(blocks: list[Block]) -> str:
    """"决算" for a 决算 document (its title 「…2024年度部门决算」), where an amount the report year spent is a 决算
    whatever its section's heading says; "" otherwise (a passage without a title, a 预算)."""
    for b in [b for b in blocks if not b.is_table][:5]:
        if re.search(r"(?:19|20)\d\d\s*年度?[^。；;，,]{0,12}决算", b.text) and "预算" not in b.text:
            return "决算"
    return ""


# an amount's change and rate said right after it: 「A，较2023年度增加C万元，增长R%」
_CHANGE_RATE = re.compile(r"^[^。；;]{0,24}?(?P<dir>增加|减少)\s*(?P<c>\d[\d,]*(?:\.\d+)?\s*万?元)[，,]?\s*"
                          r"(?:同比)?(?P<rdir>增长|下降|减少)\s*(?P<r>\d+(?:\.\d+)?)\s*[%％]")


def change_agrees(quote: str, f: Figure) -> str:
    """What the amount ``f``'s own sentence confirms it by: the change and rate said right after it agree with it
    (C ÷ (A ∓ C) is R, each figure standing for what rounds to it; a digit slip in A breaks that) — "" else."""
    at = quote.find(f.raw)
    m = _CHANGE_RATE.match(quote[at + len(f.raw) :]) if at >= 0 else None
    if m is None:
        return ""
    c = next(iter(find_figures(m.group("c"))), None)
    r = Decimal(m.group("r"))
    if c is None or not c.is_money or not f.is_money or (m.group("rdir") == "增长") != (m.group("dir") == "增加"):
        return ""
    sign = -1 if m.group("dir") == "增加" else 1
    half_a, half_c = f.half_yuan(), c.half_yuan()
    lo_c, hi_c = c.yuan() - half_c, c.yuan() + half_c
    bases = [f.yuan() + sign * c.yuan() + d for d in (-half_a - half_c, half_a + half_c)]
    if min(bases) <= 0:
        return ""
    lo, hi = lo_c / max(bases) * 100, hi_c / min(bases) * 100
    half_r = Decimal(1).scaleb(-len(m.group("r").partition(".")[2])) / 2
    return "与同句的增减额、增减率相符" if lo <= r + half_r and r - half_r <= hi else ""


def _budget_in_section(blocks: list[Block], bi: int) -> bool:
    """Whether the section the heading at ``bi`` opens names a 预算 (a fund's name is not one)."""
    for b in blocks[bi + 1 :]:
        if b.is_table:
            continue
        if _SECTION.match(b.text) and not find_figures(b.text):
            return False
        if "预算" in _FUND.sub("", b.text):
            return True
    return False


# the level of government a passage is about: the same line of 全区 and of 区本级 are two amounts
# — named as a subject: at the start of a sentence, heading or clause ("1.全区一般公共预算…", "中央一般公共
# 预算收入"), not inside another name ("补充中央预算稳定调节基金")
_TIER = re.compile(
    r"(?:^|(?<=[\s。；;.）)]))(?:(?:全国|中央本级|中央|全[省市区县旗州盟]|[省市区县旗州盟]本级)"
    r"(?=一般|政府|国有|社会|财政|公共|本级|[\s，,])|地方(?=一般公共|政府性基金|国有资本|本级|财政))"
)


def _tier_at(tiers: list[tuple[int, str]], pos: int, carried: str) -> str:
    at = bisect.bisect_left(tiers, (pos, ""))
    return tiers[at - 1][1] if at else carried


def amounts_by_context(blocks: list[Block], year: int | None) -> dict[tuple, dict[Decimal, Figure]]:
    """Amounts of named lines by (year, 预算/决算, line): "2020年度…预算…。其中：人员经费X元"."""
    out: dict[tuple, dict[Decimal, Figure]] = {}
    for (y, kind, scope, line), f, _, _, _ in _statements(blocks, year):
        # a scoped amount ("“三公”经费财政拨款支出…") under a key of its own: read only by a sentence of that scope
        out.setdefault((y, kind, line, scope) if scope else (y, kind, line), {})[f.yuan()] = f
    return out
