"""Sentences of a paragraph and the role of each figure in what it asserts (level, base,
diff, pct, rate, share …), with the labels that name what a figure is."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .base import DIR, LIST_MARK, UP
from .extract import Block
from .figures import Figure, find_figures

# 比/较 opening a comparison ("比上年", "较预算"); not 对比, 相比, 占比, nor the verb 比较 ("经比较")
CMP = r"(?<![对相占比])[比较](?!较)"


@dataclass
class Fig:
    f: Figure
    role: str  # level, base, diff, pct, rate, share, from, to, average, approx, other
    sign: int = 0
    pre: str = ""
    clause: int = 0  # the clause: parted by 「；」, and by the comma before each item of a list parted by commas
    paren: bool = False
    tongbi: bool = False
    part: int = 0  # the clause by 「；」 only: a list's head and its comma-parted items are one part
    target: str = ""  # what a comparison is against ("上年", "预算" …)
    kind: str = ""  # 预算 / 决算 for levels
    share_of: str = ""  # the whole a share names
    share_base: Figure | None = None


@dataclass
class Sentence:
    text: str
    start: int
    figs: list[Fig] = field(default_factory=list)


_SENT_END = re.compile(r"[。！？]")


@lru_cache(maxsize=4096)
def sentences(text: str) -> list[Sentence]:
    """The sentences of a paragraph with their figures classified (cached: treat as read-only)."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text + "。"):
        chunk = (text + "。")[pos : m.end()]
        if chunk.strip("。 "):
            out.append(Sentence(chunk, pos))
        pos = m.end()
    for s in out:
        s.figs = classify(s.text)
    return out


# where a sentence breaks off: 「…体制及专项上解1782万元,为调整预算的」, 「…其中：甲10万元，乙20万元，」
# (not 「其中：」: its list follows in the next paragraph)
_CUT_END = re.compile(r"(?:的|为|是|[，,、和及与])\s*$")


# a 「；」 clause that opens a statement of its own: its total named as one (「…；支出总计Y万元，其中：…」) or its year
_OWN_HEAD = re.compile(r"总计|合计|总额|共计|总收入|总支出|^\s*20\d\d年")


def list_statements(sents: list[Sentence]) -> list[Sentence]:
    """The sentences with each 「；」 clause that opens a list of its own split off as a sentence of its own: in
    「收入总计X，其中：本年收入A，年初结转B；支出总计Y，其中：本年支出C，年末结转D。」 the second list is Y's, not
    more of X's items. Such a clause has its own 「其中」 (outside brackets), an amount before it and a head that names
    a total or a year; an item's own list (「…；乙b，其中：丙c，丁d；…」) has neither and stays."""
    out: list[Sentence] = []
    for s in sents:
        cuts = []
        for at, clause in split_top(s.text, "；;")[1:]:
            m = LIST_MARK.search(clause)
            if m and not depth_at(clause, m.start()) and find_figures(clause[: m.start()]) and _OWN_HEAD.search(
                    clause[: m.start()]) and LIST_MARK.search(s.text[: at]):
                cuts.append(at)
        if not cuts:
            out.append(s)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(s.text)], strict=True):
            piece = Sentence(s.text[a:b], s.start + a)
            piece.figs = classify(piece.text)
            out.append(piece)
    return out


def sentence_lists(blocks: list[Block]) -> Iterator[tuple[int, Block, list[Sentence]]]:
    """Each text block (tables left out) with its index and its sentences: the loop head the text rules share."""
    for bi, b in enumerate(blocks):
        if not b.is_table:
            yield bi, b, sentences(b.text)


def text_sentences(blocks: list[Block]) -> Iterator[tuple[int, Block, Sentence]]:
    """Every sentence of every text block, in document order, with its block and the block's index."""
    for bi, b, sents in sentence_lists(blocks):
        for s in sents:
            yield bi, b, s


def cut_short(text: str, quote: str) -> bool:
    """Whether ``quote`` (a sentence of ``text``, maybe closed with the splitter's 「。」) is the paragraph's last and
    breaks off mid-sentence — no 。；！ after 「的」/「为」/a comma: a window cut or a PDF page lost in conversion. What
    it lists is not known to be all."""
    body = text.rstrip()
    return bool(_CUT_END.search(body)) and body.endswith(quote.rstrip().removesuffix("。").rstrip())


def depth_at(text: str, pos: int) -> int:
    d = 0
    for ch in text[:pos]:
        if ch in "（(":
            d += 1
        elif ch in "）)":
            d = max(d - 1, 0)
    return d


# what a comma-clause of a list goes on with, not a new item: a comparison, a rate, a share, a reason, the other kind
# of the same line (「…费年初预算A，支出决算B，完成预算的X%」)
_GOES_ON = re.compile(r"(?:比|较|与|同比|相比|增|减|下降|降低|上升|提高|占|完成|主要|其中|均|分别|为|是|系|共|合计|"
                      r"累计|全年|涉及|包括|含|具体|用于|决算|预算|支出决算|收入决算|年初|年末|本年|上年|其|该|此|并|且|"
                      r"同时|以及|及|和|但|按|由于|因|全部|已|无|未|达|约|近|超|计|即|执行|结转|结余)")
_COMMA = re.compile(r"[，,](?!\d{3})")


@lru_cache(maxsize=4096)
def comma_items(text: str) -> tuple[int, ...]:
    """Where the items of a list parted by commas begin — the comma before each (「其中：因公出国（境）费年初预算A，
    支出决算B，公务用车购置及运行维护费年初预算C，…」, a 「，」 where the template has 「；」): a list after 「其中：」
    with no 「；」 in it, each comma followed by a subject of its own and an amount (not by a comparison, a rate or
    the same line's other amount)."""
    cuts = []
    for m in LIST_MARK.finditer(text):
        end = text.find("。", m.end())
        body = text[m.end() : end if end >= 0 else len(text)]
        if "；" in body or ";" in body:
            continue
        for c in _COMMA.finditer(body):
            after = body[c.end() :]
            nxt = _COMMA.search(after)
            part = after[: nxt.start() if nxt else len(after)].lstrip()
            if not _GOES_ON.match(part) and re.match(r"[^\d，,（(]{2,}?\d", part):
                cuts.append(m.end() + c.start())
    return tuple(cuts)


@lru_cache(maxsize=4096)
def classify(text: str) -> list[Fig]:
    """Figures of one sentence with their role in what it asserts."""
    figs: list[Fig] = []
    prev_end = 0
    clause = part = 0
    cuts = comma_items(text)
    depth, scanned = 0, 0  # parenthesis depth, kept as the figures go right: linear in the text
    for f in find_figures(text):
        for ch in text[scanned : f.start]:
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth = max(depth - 1, 0)
        scanned = max(scanned, f.start)
        pre_full = text[prev_end : f.start]
        clause += pre_full.count("；") + pre_full.count(";")
        part += pre_full.count("；") + pre_full.count(";")
        pre = re.split(r"[；;]", pre_full)[-1]
        if items := [c for c in cuts if prev_end <= c < f.start]:
            clause += len(items)  # a new item of a list parted by commas
            pre = text[max(items[-1], f.start - len(pre)) : f.start]
        p = pre.strip().rstrip("为是达：:约共计").strip()
        paren = depth > 0
        fig = Fig(f, "other", pre=pre, clause=clause, paren=paren, part=part)
        if _APPROX.search(pre):
            fig.role = "approx"  # 「增加近446万元」「增长约4.4%」: a bound or a rounding, no figure to check against
        elif (
            f.is_percent
            and figs
            and figs[-1].paren
            and re.match(r"^\s*[）)]\s*的?\s*$", pre)
            and (m := re.search(r"占([^，,；;]*?)[（(]\s*$", figs[-1].pre))
        ):
            fig.role, fig.share_of, fig.share_base = "share", m.group(1), figs[-1].f
            figs[-1].role = "whole"
        elif f.is_percent:
            # "占调整预算105.47%" is 决算 ÷ 预算 like "完成预算的X%", not a share of a whole
            if re.search(_RATE_OF_BUDGET, p):
                fig.role = "rate"
            elif p.strip() == "的" and figs and figs[-1].role == "budget" and figs[-1].clause == clause:
                fig.role = "rate"  # "完成年初（全年）预算B万元的X%": the rate of the clause's 决算 on B
            elif re.search(rf"(?:年均|平均每年|年平均)(?:{DIR}|增幅|增速|增长率)?了?(?:幅度)?$", p):
                fig.role = "average"  # a yearly average over several years, not A ÷ B
            elif m := re.search(rf"(同比)?({DIR})了?(?:幅度)?$", p):
                fig.role, fig.sign, fig.tongbi = "pct", 1 if m.group(2) in UP else -1, bool(m.group(1))
                fig.target = target_of(pre)
            elif p.lstrip("，, ") in ("增", "减", "降") and figs and figs[-1].role == "diff":  # "减0.04万元，增0.01%"
                fig.role, fig.sign, fig.target = "pct", 1 if p.endswith("增") else -1, figs[-1].target
            elif m := (_RATE_WORD.search(p) or _SHORT_WORD.search(p)):
                # "增幅17.18%", "降幅3%", "较上年减0.04万元，增0.01%"
                fig.role, fig.sign = "pct", 1 if m.group("w")[0] in "增涨" else -1
                fig.target = m.group("t") or ""
            elif re.search(r"由(?:上年的?|年初的?)?$", p):
                fig.role = "from"
            elif m := re.search(rf"({DIR})(?:至|到)$", p):
                fig.role, fig.sign = "to", 1 if m.group(1) in UP else -1
            elif re.search(r"持平[（(]$", p):
                fig.role = "same"
            elif (m := re.search(r"占(.*?)(?:的|比重|比例|比重为)?$", p)) and not re.search(r"[，,]", m.group(1)):
                # 「占收入合计3.65%」: the 计 ``p`` lost with 共计's strip is the whole's name's own
                whole = m.group(1) + ("计" if pre.strip().endswith(f"{m.group(1)}计") else "")
                fig.role, fig.share_of = "share", whole.rstrip("的")
        elif f.is_money or (f.unit == "" and paren):
            if re.search(rf"(?:{DIR})\s*[（(]\s*(?:{DIR})\s*[）)]$", p):
                pass  # "比上年增加（减少）50.00万元": the template's two words left in — no known direction, no base
            elif m := re.search(rf"({DIR})了?\s*(?:为|至|到)\s*$", pre):
                fig.role, fig.sign = "to", 1 if m.group(1) in UP else -1  # "减少为3.00万元": the level reached
            elif m := re.search(rf"({DIR})了?(?:支出|收入|开支|经费)?$", p):  # "比上年减少支出C万元": a change too
                fig.role, fig.sign = "diff", 1 if m.group(1) in UP else -1
                fig.target = target_of(pre)
            elif m := _GAP_WORD.search(p):  # "决算数大于预算数C": the gap to the budget
                fig.role, fig.sign, fig.target = "diff", 1 if m.group("w") in _ABOVE else -1, m.group("t")
            elif m := _SHORT_WORD.search(p):  # "较上年增17.1万元", "较上年(减少)16.23万元"
                fig.role, fig.sign, fig.target = "diff", 1 if m.group("w")[0] in "增涨" else -1, m.group("t")
            elif m := _REVENUE_WORD.search(p):  # "比上年增收C万元", "较预算超收C亿元", "比上年多C元", "，增收C万元"
                w = m.group("w") or m.group("w2")
                fig.role, fig.sign, fig.target = "diff", 1 if w[0] in "增超多" else -1, m.group("t") or ""
            elif p in ("和", "、", "及", "与") and figs and figs[-1].role in ("base", "diff") and figs[-1].f.is_money:
                # "较上年的B1亿元和B2亿元", "分别增加C1万元、C2万元": the next of a list of bases or changes
                fig.role, fig.sign, fig.target = figs[-1].role, figs[-1].sign, figs[-1].target
            elif p in ("少", "多") and figs and figs[-1].role == "base":  # "比上年A元少C元"
                fig.role, fig.sign, fig.target = "diff", 1 if p == "多" else -1, figs[-1].target
            elif (m := re.search(CMP + r"([^，,；;：:]*)$", p)) and not paren:
                fig.role, fig.target = "base", m.group(1)
            elif (m := _WITH_BASE.search(p)) and not paren and _THEN_CMP.match(text, f.end):
                fig.role, fig.target = "base", m.group(1)  # "与上年的B相比": B is the base, as in "比上年的B"
            elif re.search(r"完成(?:全年|年初|调整)?预算(?:数)?$", p) and re.match(r"\s*的", text[f.end :]):
                fig.role = "budget"  # "完成全年预算B万元的X%": the base of a rate, not a line's amount
            else:
                fig.role = "level"
                kinds = re.findall(r"预算|决算|年初|年末|上年末|本年末", FUNDS.sub("", pre))
                fig.kind = kinds[-1] if kinds else ""
        if fig.role == "pct" and fig.sign and f.value < 0:  # 「增长-3.2%」: a fall of 3.2% (an office's habit)
            fig.f, fig.sign = replace(f, value=-f.value), -fig.sign
        figs.append(fig)
        prev_end = f.end
    return figs


# a figure said approximately (「约」「近」「超过」「逾」「不足」 before it; not 节约, 最近): no statement to check
_APPROX = re.compile(r"(?:(?<![节制合签预契条])约(?:为|占比?)?|大约|(?<![最附邻亲接将])近|将近|接近|超过|逾|不足"
                     r"|不到|多于|少于)\s*$")
# a change named by what it does to revenue or spending, after 比/较 ("比2017年增收C万元")
_REVENUE_WORD = re.compile(
    r"(?:" + CMP + r"(?P<t>[^，,；;：:]{0,12}?)(?P<w>增收|超收|多收|增支|多支|减收|短收|少收|减支|节支|少支|多|少)"
    r"|(?:^|(?<=[，,；;])|(?<=[出入数算费额]))\s*(?P<t2>)(?P<w2>增收|减收|增支|减支|超收|短收))了?$"
)  # (bare, at a clause's start or right after its line's name — 「…支出决算数增支C万元」, the year compared with
# said once for the text: 「比2023年度（下同）」)
# "与上年的B相比", "同2023年度决算数B比较": the amount between 与 and 相比 is what the comparison is against
_WITH_BASE = re.compile(r"(?:^|[，,])\s*(?:与|同|和)((?:上年|去年|上期|(?:19|20)\d\d\s*年)(?:同期)?"
                        r"[^，,；;：:与同和]{0,10}?)的?$")  # 「与上年同期的B相比」
_THEN_CMP = re.compile(r"\s*(?:相比|比较)")
# a completion rate: 执行率, "完成（年初）预算的X%", "完成年初预算X%" (的 left out), "占调整预算X%"
_RATE_OF_BUDGET = re.compile(
    r"(执行率|完成率|为(?:年初|全年|调整后?)?预算(?:数)?的|(?:完成|占)(?:年初|全年|调整后?)?预算(?:数)?的?)$"
)
# a rate of change named by its noun, and 增/减 written alone after 比/较 ("较上年增17.1万元")
_RATE_WORD = re.compile(r"(?P<t>)(?P<w>增幅|涨幅|减幅|降幅|增长率|下降率|增加率|减少率|降低率)$")
_SHORT_WORD = re.compile(CMP + r"(?P<t>[^，,；;：:（(\d]{1,12}?)[（(]?(?P<w>增|减)(?:少)?[）)]?$")


# "决算数大于预算数C", "支出决算小于年初预算C": a gap to the budget named by its comparison word
_ABOVE = ("大于", "高于", "超过", "超出", "多于")
_GAP_WORD = re.compile(r"(?:决算数?)?(?P<w>大于|高于|超过|超出|多于|小于|低于|少于)"
                       r"(?P<t>(?:年初|全年|调整后?)?预算)(?:数)?$")


def against(target: str) -> str:
    """What a comparison is against: 预算, 上年 (any earlier period) or as written."""
    if "预算" in target:
        return "预算"
    return "上年" if re.search(r"上年|去年|同期|上期|(?:19|20)\d\d", target) else target


def target_of(pre: str) -> str:
    m = re.search(CMP + r"([^，,；;：:]*?)(?:同比)?(?:" + DIR + ")", pre)
    return m.group(1) if m else ""


# --- findings helpers ---------------------------------------------------------


@lru_cache(maxsize=256)
def _match_ends(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[re.Match[str]]]:
    found = list(pattern.finditer(text))
    return [m.end() for m in found], found


def last_match(pattern: re.Pattern[str], text: str, pos: int, group: int = 0) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` that ends by ``pos`` (what ``findall(text[:pos])[-1]`` finds for a
    pattern without look-around), with ``group`` taking part; in log time, so a rule asking it of every figure of a
    long paragraph stays linear."""
    ends, found = _match_ends(pattern, text)
    for k in range(bisect.bisect_right(ends, pos) - 1, -1, -1):
        if found[k].group(group) is not None:
            return found[k]
    return None


def last_clause(text: str, pos: int) -> str:
    """The words from the last 「；」 before ``pos`` up to it."""
    return text[max(text.rfind("；", 0, pos), text.rfind(";", 0, pos)) + 1 : pos]


def sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind("。", 0, pos) + 1, 0)
    end = text.find("。", pos)
    return text[start : end + 1 if end >= 0 else len(text)]



def label_start(text: str, pos: int) -> int:
    """Where the words naming the figure at ``pos`` begin (after the last separator)."""
    for k in range(pos - 1, -1, -1):
        ch = text[k]
        if ch in "；;：:。，" or (ch == "," and not (text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit())):
            return k + 1
        if ch == "、" and text[k - 1 : k] in ("元", "%"):
            return k + 1
    return 0


def head_of(text: str, sents: list[Sentence], k: int) -> str:
    """The sentence a "其中" list hangs from (its own words before 其中, else the sentence before)."""
    m = LIST_MARK.search(text)
    if not m:
        return ""
    before = text[: m.start()]
    if find_figures(before):
        return before
    back = k - 1  # "…支出决算为A…。决算数小于预算数的主要原因：…。其中：…": the amount before the reason
    while back > 0 and "原因" in sents[back].text and not find_figures(sents[back].text):
        back -= 1
    return sents[back].text if k else ""


def report_year(blocks: list[Block]) -> int | None:
    """The year the report is of: its title's 「2024年度」, else a title written 「2024年部门决算」 (a habit)."""
    for pattern in (r"((?:19|20)\d\d)年度", r"((?:19|20)\d\d)年(?:部门|单位)?决算"):
        for b in blocks[:5]:
            if m := re.search(pattern, b.text):
                return int(m.group(1))
    return None


YEAR = re.compile(r"((?:19|20)\d\d)年")
# the words naming an amount that say it is last year's figure and nothing more: 「上年决算数为」,
# 「上年度决算数（调整后）为」
LAST_YEARS = re.compile(
    r"(?:上年|去年|上一年)度?(?:同期)?(?:决算|实际)?(?:数|额)?(?:[（(]调整后[）)])?(?:为|是|[：:])?")
_KIND = re.compile(r"年初预算|预算|决算")


@lru_cache(maxsize=512)
def _marks(text: str) -> tuple[list[int], list[str], list[int], list[str], int]:
    """Where years and 预算/决算 words end in ``text``, and where "上年" first begins."""
    years = [(m.end(), m.group(1)) for m in YEAR.finditer(text)]
    masked = FUNDS.sub(lambda m: "·" * len(m.group(0)), text)  # a fund's name (一般公共预算) is no 预算 amount
    kinds = [(m.end(), m.group(0)) for m in _KIND.finditer(masked)]
    first = text.find("上年")
    return [e for e, _ in years], [y for _, y in years], [e for e, _ in kinds], [k for _, k in kinds], first


def context_at(head: str, text: str, cut: int, year: int | None) -> tuple[int | None, str]:
    """``context_of(head + text[:cut])`` in logarithmic time for each figure of a long sentence."""
    ye, ys, ke, ks, first = _marks(text)
    n, m = bisect.bisect_right(ye, cut), bisect.bisect_right(ke, cut)
    hy, hk = context_of(head, None)
    y: int | None = int(ys[n - 1]) if n else hy
    if y is None:
        if ("上年" in head or 0 <= first <= cut - 2) and year:
            y = year - 1
        elif year:
            y = year
    return y, ks[m - 1] if m else hk


def context_of(text: str, year: int | None) -> tuple[int | None, str]:
    y = None
    m = re.findall(r"((?:19|20)\d\d)年", text)
    if m:
        y = int(m[-1])
    elif "上年" in text and year:
        y = year - 1
    elif year:
        y = year
    kinds = re.findall(r"年初预算|预算|决算", FUNDS.sub("", text))
    return y, kinds[-1] if kinds else ""


PREFIX = re.compile(r"^(?:本年度|本年|上年度|上年|(?:19|20)\d\d年度?|单位)+")
SUFFIX = re.compile(r"(?:均为|为|的|本年末|上年末|年末|年初|预算|决算|支出)$")


def norm_label(text: str) -> str:
    label = PREFIX.sub("", text.strip(" ，,、"))
    while True:
        new = SUFFIX.sub("", label)
        if new == label or len(new) < 2:
            return label
        label = new


def clause_subject(text: str, pos: int) -> str:
    """The line a clause is about: its words before the first figure, 比 or 与."""
    cut = max([text.rfind(c, 0, pos) + 1 for c in "；;：:。"] + [c + 1 for c in comma_items(text) if c < pos])
    ends = _list_marks(text)
    n = bisect.bisect_right(ends, pos)
    if n and ends[n - 1] >= cut:
        cut = ends[n - 1]
    clause = text[cut:pos].lstrip("，, ")
    end = _SUBJECT_END.search(clause)
    return norm_label(clause[: end.start()] if end else clause)


# a clause that names no line: a comparison, a rate, a budget (「完成全年预算4.50万元的」, 「比上年决算数减少」)
_NO_LINE = re.compile(r"^(?:比|较|与|同比|完成|占|增|减|下降|上升|主要|其中|全年|年初|预算|决算数|调整)")


def item_named(text: str, pos: int) -> str:
    """The line the figure at ``pos`` belongs to: the subject of the nearest clause up to it that names one
    (「公务用车运行维护费支出决算为3.86万元，完成全年预算4.50万元的67.7%」: 公务用车运行维护费); "" when none does."""
    clauses = re.split(r"[，,；;：:。]", text[:pos])
    for clause in reversed(clauses):
        end = _SUBJECT_END.search(clause)
        words = norm_label(clause[: end.start()] if end else clause)
        if len(words) >= 2 and not _NO_LINE.match(words) and not _NO_NAME.match(words):
            return words
    return ""


# a clause's subject that is no line's name: 「支出决算为…」 in a 项's paragraph (the 项 is named before it)
# — nor a budget's adjustment (「年中追加预算50.00万元，支出决算…」: the 项's, not a line 「年中追加」)
_NO_NAME = re.compile(r"^(?:本年)?(?:支出|收入)(?:决算数?|合计|总计)?$"
                      r"|^(?:年中|年内|当年|本年)?(?:追加|追减|调增|调减|调整后?)(?:预算)?数?$")


@lru_cache(maxsize=512)
def _list_marks(text: str) -> list[int]:
    """Where each "其中：" (a list mark) of ``text`` ends, in order."""
    return [m.end() for m in LIST_MARK.finditer(text)]


_SUBJECT_END = re.compile(r"[\d（(]|" + CMP + "|与")


def raw_label(text: str, pos: int) -> str:
    cut = label_start(text, pos)
    return PREFIX.sub("", text[cut:pos].strip()).removesuffix("为").removesuffix("均")


def split_top(text: str, seps: str) -> list[tuple[int, str]]:
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(depth - 1, 0)
        elif (
            ch in seps
            and depth == 0
            and not (ch in ",，" and 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1 : k + 4].isdigit())
        ):
            out.append((start, text[start:k]))
            start = k + 1
    out.append((start, text[start:]))
    return [(p, t) for p, t in out if t.strip()]


def levels_of(figs: list[Fig]) -> list[Fig]:
    return [g for g in figs if g.role == "level" and not g.paren and g.f.is_money]


def word_of(g: Fig) -> str:
    m = re.search(rf"({DIR}|增幅|涨幅|减幅|降幅|增|减|降)了?[）)]?$", g.pre.strip().rstrip("为是达：:"))
    return m.group(1) if m else ""


# a reason told right after a change: 「，主要原因是…」「。主要是由于…」「。其原因为…」
_REASON_OPEN = re.compile(r"^[，,；;。\s]*(?:其|这|该项|此项)?(?:主要)?(?:原因(?:是|为|系|在于|：|:)|是由于|由于|系)")


def opens_reason(text: str) -> bool:
    """Whether ``text`` opens with a reason (「主要原因是…」, 「由于…」)."""
    return _REASON_OPEN.match(text) is not None


def reason_sign(after: str) -> int:
    """The direction a reason right after a change gives (+1, −1), when every direction word in it
    agrees (「主要原因是人员变动，导致福利费等增加；公务用车运行维护费支出增加」 → +1); 0 otherwise."""
    m = _REASON_OPEN.match(after)
    if not m:
        return 0
    text = after[m.end():]
    text = text[: min((k for k in (text.find(ch) for ch in "。！？\n") if k >= 0), default=len(text))]
    if find_figures(text):
        return 0  # a reason with amounts of its own tells other changes
    words = {1 if w in UP else -1 for w in re.findall(DIR, text)}
    return words.pop() if len(words) == 1 else 0


def budget_pair(figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """(预算, 决算) when a sentence states exactly one amount of each."""
    levels = levels_of(figs)
    bud = [g for g in levels if g.kind == "预算"]
    fin = [g for g in levels if g.kind == "决算"]
    return (bud[0], fin[0]) if len(bud) == 1 and len(fin) == 1 else None


# names with 预算 inside that are no 预算 amount: the three funds, and the reserve funds of a government's budget
# (「动用预算稳定调节基金2354万元」 is an item of a 收入 list, not that year's budget), and a rate of a budget's
# execution (「…费A万元，预算执行比例为R%，…费B万元」: B is what was spent, as A is, not a 预算)
FUNDS = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|预算稳定调节基金|预算周转金"
                   r"|预算(?=(?:执行|完成)(?:比例|比率|率|进度))")


# a bracket that labels the figure in it with a period (「1,921.17万元（2023年度：1,856.40万元）」「（上年：…）」
# 「（上年为…）」): the amount before it in another year — a comparison's base, not a part of that amount
_PERIOD_LABEL = re.compile(r"\s*[（(]\s*(?:(?P<y>(?:19|20)\d\d)\s*年度?|上年度?|去年|上年同期)(?:决算数?)?"
                           r"\s*(?:[：:]|为|数为)?\s*")


def period_label(g: Fig) -> int | None:
    """The year a bracketed figure's label names (0 for 上年/去年); None when the bracket labels no period."""
    m = _PERIOD_LABEL.fullmatch(g.pre) if g.paren else None
    return None if m is None else int(m.group("y")) if m.group("y") else 0


def bracketed_prior(figs: list[Fig], subj: Fig, year: int | None) -> Figure | None:
    """Last year's amount in brackets right after this year's ``subj`` (「A万元（2023年度：B万元），增加C万元」)."""
    k = next((i for i, x in enumerate(figs) if x is subj), -1)
    nxt = figs[k + 1] if 0 <= k < len(figs) - 1 else None
    if nxt is None or nxt.role != "level" or nxt.f.unit != subj.f.unit:
        return None
    y = period_label(nxt)
    return nxt.f if y == 0 or (y and year and y == year - 1) else None
