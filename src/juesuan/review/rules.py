"""The checks: what the text itself asserts, recomputed with exact decimals.

Each rule is a pure function of the blocks (paragraphs and tables) and returns
``ReviewFinding`` s. A figure is only questioned when it is tied to other figures that
contradict it beyond display rounding; what cannot be tied is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..core.findings import Level
from ..core.fmt import round2
from .extract import Block
from .figures import Figure, find_figures

HUNDRED = Decimal(100)
# where a list of parts begins: "其中：", and in 决算公开 "主要用于以下方面：", "主要包括："
LIST_MARK = re.compile(r"(?:其中|主要用于以下方面|主要用于以下几个方面|主要包括)\s*[：:，,]?\s*")
UP = ("增加", "增长", "上升", "提高")
DOWN = ("减少", "下降", "降低")
_DIR = "|".join(UP + DOWN)


@dataclass(frozen=True)
class ReviewFinding:
    """One contradiction or malformed figure found in a report."""

    level: Level
    code: str
    message: str
    quote: str
    place: str
    expected: str = ""
    why: str = ""
    block: int = -1  # index of the block (paragraph or table) it refers to
    figure: str = ""  # the figure as written

    def as_dict(self) -> dict[str, str]:
        return {
            "level": self.level.value,
            "code": self.code,
            "message": self.message,
            "quote": self.quote,
            "place": self.place,
            "figure": self.figure,
            "expected": self.expected,
            "why": self.why,
        }


# --- formatting helpers ------------------------------------------------------


def _n(value: Decimal) -> str:
    return f"{round2(value):,.2f}"


def _show(value: Decimal, like: Figure) -> str:
    """``value`` (元 or %) shown in ``like``'s unit."""
    if like.unit == "万元":
        return f"{round2(value / 10000):,.2f}万元"
    if like.unit == "%":
        return f"{round2(value):,.2f}%"
    return f"{round2(value):,.2f}{like.unit}"


def _amt(f: Figure) -> str:
    return f"{f.value:,.{max(f.decimals, 0)}f}" if f.unit != "万元" else f"{f.value:,.{f.decimals}f}万元"


def _iv(f: Figure) -> tuple[Decimal, Decimal]:
    """The range a shown figure stands for, in 元 (or percentage points)."""
    v = f.yuan()
    h = Decimal(0) if f.unit in ("元", "") and f.decimals <= 2 else f.half_yuan()
    return v - h, v + h


def _sum(ivs) -> tuple[Decimal, Decimal]:
    return sum((a for a, _ in ivs), Decimal(0)), sum((b for _, b in ivs), Decimal(0))


def _neg(i):
    return -i[1], -i[0]


def _ratio(a, b) -> tuple[Decimal, Decimal] | None:
    if b[0] <= 0 <= b[1]:
        return None
    vals = [x / y * HUNDRED for x in a for y in b]
    return min(vals), max(vals)


def _meets(i, j) -> bool:
    return i[0] <= j[1] and j[0] <= i[1]


def _mid(i) -> Decimal:
    return (i[0] + i[1]) / 2


# --- sentences and figures in context ---------------------------------------


@dataclass
class Fig:
    f: Figure
    role: str  # level, base, diff, pct, rate, share, from, to, other
    sign: int = 0
    pre: str = ""
    clause: int = 0
    paren: bool = False
    tongbi: bool = False
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


def _depth_at(text: str, pos: int) -> int:
    d = 0
    for ch in text[:pos]:
        if ch in "（(":
            d += 1
        elif ch in "）)":
            d = max(d - 1, 0)
    return d


@lru_cache(maxsize=4096)
def classify(text: str) -> list[Fig]:
    """Figures of one sentence with their role in what it asserts."""
    figs: list[Fig] = []
    prev_end = 0
    clause = 0
    for f in find_figures(text):
        pre_full = text[prev_end : f.start]
        clause += pre_full.count("；") + pre_full.count(";")
        pre = re.split(r"[；;]", pre_full)[-1]
        p = pre.strip().rstrip("为是达：:约共计").strip()
        paren = _depth_at(text, f.start) > 0
        fig = Fig(f, "other", pre=pre, clause=clause, paren=paren)
        if (
            f.is_percent
            and figs
            and figs[-1].paren
            and re.match(r"^\s*[）)]\s*的?\s*$", pre)
            and (m := re.search(r"占([^，,；;]*?)[（(]\s*$", figs[-1].pre))
        ):
            fig.role, fig.share_of, fig.share_base = "share", m.group(1), figs[-1].f
            figs[-1].role = "whole"
        elif f.is_percent:
            if re.search(r"(执行率|完成率|完成(?:年初)?预算的|为(?:年初)?预算的)$", p):
                fig.role = "rate"
            elif m := re.search(rf"(同比)?({_DIR})了?(?:幅度)?$", p):
                fig.role, fig.sign, fig.tongbi = "pct", 1 if m.group(2) in UP else -1, bool(m.group(1))
                fig.target = _target(pre)
            elif re.search(r"由(?:上年的?|年初的?)?$", p):
                fig.role = "from"
            elif m := re.search(rf"({_DIR})(?:至|到)$", p):
                fig.role, fig.sign = "to", 1 if m.group(1) in UP else -1
            elif re.search(r"持平[（(]$", p):
                fig.role = "same"
            elif (m := re.search(r"占(.*?)(?:的|比重|比例|比重为)?$", p)) and not re.search(r"[，,]", m.group(1)):
                fig.role, fig.share_of = "share", m.group(1).rstrip("的")
        elif f.is_money or (f.unit == "" and paren):
            if m := re.search(rf"({_DIR})了?$", p):
                fig.role, fig.sign = "diff", 1 if m.group(1) in UP else -1
                fig.target = _target(pre)
            elif (m := re.search(r"(?<![对相占])[比较]([^，,；;：:]*)$", p)) and not paren:
                fig.role, fig.target = "base", m.group(1)
            else:
                fig.role = "level"
                kinds = re.findall(r"预算|决算|年初|年末|上年末|本年末", pre)
                fig.kind = kinds[-1] if kinds else ""
        figs.append(fig)
        prev_end = f.end
    return figs


def _target(pre: str) -> str:
    m = re.search(r"(?<![对相占])[比较]([^，,；;：:]*?)(?:同比)?(?:" + _DIR + ")", pre)
    return m.group(1) if m else ""


# --- findings helpers ---------------------------------------------------------


def _finding(
    level, code, message, block_i, block: Block, sent: str, fig: Figure | None = None, expected: str = "", why: str = ""
) -> ReviewFinding:
    return ReviewFinding(
        level, code, message, sent.strip(), block.place, expected, why, block_i, fig.raw if fig else ""
    )


# --- rule: malformed figures and typos ---------------------------------------

FORMAT_MESSAGES = {
    "R-FORMAT-GROUP": "数字的千位分隔符位置不对",
    "R-FORMAT-WIDTH": "数字中混用全角与半角字符",
    "R-FORMAT-PERCENT": "百分号重复",
    "R-FORMAT-DECIMALS": "金额超过两位小数",
}


def rule_format(blocks: list[Block]) -> list[ReviewFinding]:
    """Malformed figures: digit grouping, full-width characters, "%%", three decimals in 元."""
    out: list[ReviewFinding] = []
    # tables and running text are counted apart: tables conventionally group digits
    # ("1,068.64") where the text of the same document writes "1068.64万元"
    grouped = {True: 0, False: 0}
    ungrouped = {True: 0, False: 0}
    all_figs: list[tuple[int, Block, str, Figure]] = []
    for i, b in enumerate(blocks):
        if b.is_table:
            for row in b.rows:
                for cell in row:
                    for f in find_figures(cell, bare_money=True):
                        all_figs.append((i, b, cell, f))
        else:
            for s in sentences(b.text):
                for f in find_figures(s.text):
                    all_figs.append((i, b, s.text, f))
    for _, b, _, f in all_figs:
        if not f.is_percent and abs(f.value) >= 1000 and f.decimals == 2:
            if "," in f.raw or "，" in f.raw:
                grouped[b.is_table] += 1
            else:
                ungrouped[b.is_table] += 1
    for i, b, sent, f in all_figs:
        for code, fixed in f.problems:
            out.append(
                _finding(
                    Level.ERROR if code != "R-FORMAT-WIDTH" else Level.WARNING,
                    code,
                    f"{FORMAT_MESSAGES[code]}：“{f.raw}”应写作“{fixed}”。",
                    i,
                    b,
                    sent,
                    f,
                    fixed,
                )
            )
        if (
            grouped[b.is_table] > ungrouped[b.is_table]
            and not f.is_percent
            and abs(f.value) >= 1000
            and f.decimals == 2
            and "," not in f.raw
            and "，" not in f.raw
        ):
            fixed = f"{f.value:,.2f}{f.unit}"
            out.append(
                _finding(
                    Level.INFO,
                    "R-FORMAT-GROUP",
                    f"金额没有千位分隔符，与全文写法不一致：“{f.raw}”应写作“{fixed}”。",
                    i,
                    b,
                    sent,
                    f,
                    fixed,
                )
            )
    return out


def rule_typos(blocks: list[Block]) -> list[ReviewFinding]:
    """ "2021度" for 2021年度; per-head formulas multiplied by 100%."""
    out = []
    for i, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in re.finditer(r"(?<![\d年])((?:19|20)\d\d)度", b.text):
            out.append(
                _finding(
                    Level.WARNING,
                    "R-TYPO-YEAR",
                    f"“{m.group(0)}”缺少“年”字，应为“{m.group(1)}年度”。",
                    i,
                    b,
                    _sentence_at(b.text, m.start()),
                    expected=f"{m.group(1)}年度",
                )
            )
        for m in re.finditer(r"(人均[^＝=，。]{0,12})[＝=]([^。\n]*?)[×x*]\s*100\s*[%％]", b.text):
            out.append(
                _finding(
                    Level.WARNING,
                    "R-FORMULA-UNIT",
                    f"“{m.group(1)}”是每人金额（元/人），公式不应乘以100%。",
                    i,
                    b,
                    _sentence_at(b.text, m.start()),
                    expected=f"{m.group(1)}＝{m.group(2)}（元/人）",
                )
            )
    return out


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind("。", 0, pos) + 1, 0)
    end = text.find("。", pos)
    return text[start : end + 1 if end >= 0 else len(text)]


# --- rule: comparisons in running text ----------------------------------------


def rule_comparisons(blocks: list[Block]) -> list[ReviewFinding]:
    """ "比 B 增加 C" against A − B; "增长 D%" against C ÷ B; 执行率 against A ÷ B; 同比 for budgets."""
    out: list[ReviewFinding] = []
    year = _report_year(blocks)
    ctx = _amounts_by_context(blocks, year)
    seen: dict[str, Figure] = {}  # the latest amount stated under each label
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        prev: Sentence | None = None
        for s in sentences(b.text):
            out.extend(_comparisons(bi, b, s, prev, year, seen, ctx))
            for g in s.figs:
                if g.role == "level" and not g.paren and g.f.is_money:
                    seen[_raw_label(s.text, g.f.start)] = g.f
            prev = s
    return out


def _label_start(text: str, pos: int) -> int:
    """Where the words naming the figure at ``pos`` begin (after the last separator)."""
    for k in range(pos - 1, -1, -1):
        ch = text[k]
        if ch in "；;：:。，" or (ch == "," and not (text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit())):
            return k + 1
        if ch == "、" and text[k - 1 : k] in ("元", "%"):
            return k + 1
    return 0


def _head_of(text: str, sents: list[Sentence], k: int) -> str:
    """The sentence a "其中" list hangs from (its own words before 其中, else the sentence before)."""
    m = LIST_MARK.search(text)
    if not m:
        return ""
    before = text[: m.start()]
    return before if find_figures(before) else (sents[k - 1].text if k else "")


_BARE = re.compile(r"^(?:收入|支出)?(?:年初预算|预算|决算)?(?:数|总额)?(?:均)?(?:为|是)?$")
_ITEM_START = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．])")
_COUNTED = re.compile(r"\d+(?:个|项|辆|台|家|批次|人次|人)[，,]")
_KIND_TAIL = re.compile(r"(?:年初预算|预算|决算)(?:数)?(?:均)?(?:为|是)?$")


_FUND = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算")


def _carried(sents: list[Sentence], k: int, pos: int, raw: str, lead: str = "") -> str:
    """The label of an amount whose own words name no subject ("支出决算为X"): the subject
    carries over from the clause that opens its sentence or list item ("“三公”经费财政拨款
    支出年初预算为A，支出决算为B"; "其中：因公出国（境）费支出年初预算为C，支出决算为D"),
    or, for a sentence opening with such words, from the sentence that opens its paragraph
    ("1、社会保障和就业（类）…（项）。…年初预算为E，支出决算为F") — an item of the list that
    ``lead`` (the paragraph before the items) opens, whose fund (一般公共预算 …) it keeps."""
    text = sents[k].text
    item = max(text.rfind(x, 0, pos) for x in "；;：:") + 1
    opening = text[item : _label_start(text, pos)]
    if (m := _COUNTED.search(opening)) and not find_figures(opening):
        # "设定绩效目标的项目12个，涉及预算资金A": the amount of those projects
        return re.sub(r"^.*?(?:19|20)\d\d年度?", "", opening[: m.start()]).strip() + raw
    if not _BARE.match(_PREFIX.sub("", raw)) or not raw:
        return raw
    subject = ""
    first = next((f for f in find_figures(text[item:pos]) if f.is_money), None)
    if first is not None:
        subject = text[item : item + first.start]
        subject = _KIND_TAIL.sub("", subject[_label_start(subject, len(subject)) :].strip())
    if not _PREFIX.sub("", subject) and k > 0:
        subject = _ITEM_START.sub("", sents[0].text).rstrip("。：: ")
        if figs := find_figures(subject):
            subject = subject[: figs[0].start]
            subject = _KIND_TAIL.sub("", subject[_label_start(subject, len(subject)) :].strip())
        if _ITEM_START.match(sents[0].text) and (fund := _FUND.search(lead)):
            subject = fund.group(0) + subject if subject else ""
    subject = subject.strip()
    core = re.sub(r"^.*?(?:19|20)\d\d年度?", "", subject)
    if not _PREFIX.sub("", core) or _BARE.match(core):
        return raw  # "2023年度支出年初预算为A，支出决算为B": the total itself
    own = re.sub(r"^(?:收入|支出)", "", raw) if re.search(r"(?:收入|支出)$", subject) else raw
    year = re.match(r"^(?:本年度|本年|上年度|上年|(?:19|20)\d\d年度?)+", own)
    if year and core != subject:  # the subject names its own year
        own = own[year.end() :]
    return subject + own


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


def _statements(blocks: list[Block], year: int | None) -> list[tuple[tuple, Figure, int, str]]:
    """Amounts with what they are: (year, 预算/决算, scope, line) — a named line ("人员经费"),
    or a total ("收入", "支出") — with the block and sentence that state them."""
    out = []
    # "单位收入全部为财政拨款，财政拨款支出即本年支出": the text itself says the totals are one
    all_fiscal = any(re.search(r"收入全部为财政拨款|财政拨款支出即本年支出", b.text) for b in blocks if not b.is_table)
    lead = ""  # the paragraph a list of item paragraphs ("1、…（项）。…") hangs from
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        sents = sentences(b.text)
        if not _ITEM_START.match(b.text) and find_figures(b.text):
            lead = b.text
        for k, s in enumerate(sents):
            head = _head_of(s.text, sents, k)
            in_list = bool(head)
            last_line = ""
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                cut = _label_start(s.text, g.f.start)
                raw = s.text[cut : g.f.start].strip()
                raw = _carried(sents, k, g.f.start, raw, lead)
                scope = "财政拨款" if "财政拨款" in head + s.text[: g.f.start] else ""
                m = re.search(r"((?:19|20)\d\d)年", raw)
                y = int(m.group(1)) if m else None
                bare = _PREFIX.sub("", raw).replace("财政拨款", "", 1) if scope else _PREFIX.sub("", raw)
                if not in_list:
                    for pattern, kind in _TOTAL:
                        t = pattern.match(bare.replace("本年", ""))
                        if t and "比" not in raw:
                            yy = y or (year - 1 if "上年" in raw and year else year)
                            sides = ("收入", "支出") if t.group("side") == "收入、支出" else (t.group("side"),)
                            for side in sides:
                                k2 = kind or t.group("kind")
                                total_scope = "" if all_fiscal and k2 == "决算" else scope
                                out.append(((yy, kind or t.group("kind"), total_scope, side), g.f, bi, s.text))
                            break
                words = re.sub(
                    r"预算|决算|年初|年末|本年末|上年末|均为|为|的|(?:19|20)\d\d年度?",
                    "",
                    re.split(r"(?<![对相占])[比较]|与", raw)[0],
                )
                line = _norm_label(words) if words.strip() else last_line
                last_line = line
                if not line or re.search(r"收入|支出合计|总额|合计|总计|^支出$|[，,：:]|人均", line + raw):
                    continue
                yh, kind = _context(head + s.text[:cut], year)
                own = re.findall(r"年初预算|预算|决算", raw)
                if own:
                    kind = own[-1]
                if kind:
                    out.append(((y or yh, kind, scope, line), g.f, bi, s.text))
    return out


def _amounts_by_context(blocks: list[Block], year: int | None) -> dict[tuple, dict[Decimal, Figure]]:
    """Amounts of named lines by (year, 预算/决算, line): "2020年度…预算…。其中：人员经费X元"."""
    out: dict[tuple, dict[Decimal, Figure]] = {}
    for (y, kind, scope, line), f, _, _ in _statements(blocks, year):
        if not scope:
            out.setdefault((y, kind, line), {})[f.yuan()] = f
    return out


def rule_same(blocks: list[Block]) -> list[ReviewFinding]:
    """The same quantity (year, 预算/决算, line or total) stated twice with two values. Where most
    statements agree, the others are wrong; two that disagree are shown as a warning at the later."""
    groups: dict[tuple, list[tuple[Figure, int, str]]] = {}
    for key, f, bi, quote in _statements(blocks, _report_year(blocks)):
        groups.setdefault(key, []).append((f, bi, quote))
    out = []
    for key, items in groups.items():
        clusters: list[list[tuple[Figure, int, str]]] = []
        for item in items:
            home = next((c for c in clusters if _meets(_iv(c[0][0]), _iv(item[0]))), None)
            if home is None:
                clusters.append([item])
            else:
                home.append(item)
        if len(clusters) < 2:
            continue
        y, kind, scope, line = key
        what = f"{y}年度{scope}{line}{kind}" if y else f"{scope}{line}{kind}"
        clusters.sort(key=len, reverse=True)
        if len(clusters[0]) > len(clusters[1]):
            right = clusters[0][0]
            for wrong in (x for c in clusters[1:] for x in c):
                f, bi, quote = wrong
                out.append(
                    _finding(
                        Level.ERROR,
                        "R-SAME",
                        f"同一数字前后不一致：{what}其他{len(clusters[0])}处为{right[0].raw}，此处为{f.raw}。",
                        bi,
                        blocks[bi],
                        quote,
                        f,
                        _show(right[0].yuan(), f),
                        f"另见：{right[2].strip()[:60]}",
                    )
                )
        else:
            first = min((c[0] for c in clusters), key=lambda x: (x[1], x[0].start))
            for c in clusters:
                for f, bi, quote in c:
                    if (f, bi) == (first[0], first[1]):
                        continue
                    out.append(
                        _finding(
                            Level.WARNING,
                            "R-SAME",
                            f"同一数字前后不一致：{what}前文为{first[0].raw}，此处为{f.raw}，请核对哪一处正确。",
                            bi,
                            blocks[bi],
                            quote,
                            f,
                            _show(first[0].yuan(), f),
                            f"前文：{first[2].strip()[:60]}",
                        )
                    )
    return out


def _from_context(cur: dict, g: Fig, quote: str, year: int, ctx: dict) -> None:
    """ "人员经费预算比上年增加C元": this year's and last year's amounts stated elsewhere."""
    line = _clause_subject(quote, g.f.start)
    if not line:
        return
    cut = _label_start(quote, g.f.start)
    raw = quote[cut : g.f.start]
    own = re.findall(r"预算|决算", raw.split("比")[0])
    target = cur["target"] or ""

    def get(y: int, kind: str) -> dict:
        if kind == "决算":
            return ctx.get((y, kind, line), {})
        return {**ctx.get((y, "预算", line), {}), **ctx.get((y, "年初预算", line), {})}

    if target in ("上年", "上年度"):
        kind = own[-1] if own else "决算"
        now, before = get(year, kind), get(year - 1, kind)
    elif target in ("预算", "年初预算"):
        now, before = get(year, "决算"), get(year, "预算")
    else:
        return
    if now and before and len(now) == 1 and len(before) == 1:
        cur["A"], cur["B"] = next(iter(now.values())), next(iter(before.values()))


def _raw_label(text: str, pos: int) -> str:
    cut = _label_start(text, pos)
    return _PREFIX.sub("", text[cut:pos].strip()).removesuffix("为").removesuffix("均")


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
            return g
        if g.role in ("diff",) and g.clause == figs[i].clause:
            return None
    return None


def _comparisons(
    bi: int,
    b: Block,
    s: Sentence,
    prev: Sentence | None = None,
    year: int | None = None,
    seen: dict[str, Figure] | None = None,
    ctx: dict | None = None,
) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    figs = s.figs
    quote = s.text
    cur = None  # the comparison in progress: dict(A, B, C, target)
    for i, g in enumerate(figs):
        if g.role == "base":
            subj = _subject(figs, i, quote)
            cur = {
                "A": subj.f if subj else None,
                "B": g.f,
                "C": None,
                "target": g.target,
                "clause": g.clause,
                "Csign": 0,
            }
        elif g.role == "diff" and g.f.is_money:
            if (
                cur is not None
                and cur["C"] is None
                and cur["clause"] == g.clause
                and figs[i - 1] is not None
                and figs[i - 1].role == "base"
                and not re.search(r"[比较]", g.pre)
            ):
                cur["C"], cur["Csign"] = g.f, g.sign
            else:
                subj = _subject(figs, i, quote)
                cur = {
                    "A": subj.f if subj else None,
                    "B": None,
                    "C": g.f,
                    "target": g.target,
                    "clause": g.clause,
                    "Csign": g.sign,
                }
                # "本年末A元，上年末B元，比上年末增加C元": two amounts, the base named
                levels = [
                    x for x in figs[:i] if x.role == "level" and x.clause == g.clause and not x.paren and x.f.is_money
                ]
                if len(levels) == 2 and g.target:
                    named = [x for x in levels if _names(x.pre, g.target)]
                    if len(named) == 1:
                        other = levels[0] if named[0] is levels[1] else levels[1]
                        cur["A"], cur["B"] = other.f, named[0].f
            if cur["A"] is None and cur["B"] is None and prev is not None and g.target in ("上年", "上年度"):
                # "2020年度决算为B元。本年度决算比上年增加C元": the base in the sentence before
                before = [x for x in prev.figs if x.role == "level" and not x.paren and x.f.is_money]
                if len(before) == 1 and len(prev.figs) == 1:
                    label = before[0].pre
                    m = re.search(r"((?:19|20)\d\d)年", label)
                    if "上年" in label or (m and year and int(m.group(1)) == year - 1):
                        cur["B"] = before[0].f
            if cur["A"] is None and cur["B"] is None and ctx and year:
                _from_context(cur, g, quote, year, ctx)
            if cur["B"] is None and re.match(
                r"\s*[（(](?:未安排预算|上年无此项|上年末无此项|年初无此项)", quote[g.f.end :]
            ):
                cur["B"] = Figure(Decimal(0), g.f.unit, "0", g.f.end, g.f.end, g.f.decimals)
            out.extend(_check_diff(bi, b, quote, cur, g) or _check_derived(bi, b, quote, cur, g))
        elif g.role in ("pct", "rate"):
            if cur is None or cur["clause"] != g.clause:
                if g.role == "rate":
                    found = _rate_from_kinds(bi, b, quote, figs, i)
                    if found is None and seen is not None:
                        found = _rate_from_labels(bi, b, quote, figs, i, seen)
                    out.extend(found or [])
                continue
            out.extend(_check_pct(bi, b, quote, cur, g))
        elif g.role == "level" and not g.paren and cur is not None and g.clause != cur["clause"]:
            cur = None
    # "由A%上升至B%"
    for i, g in enumerate(figs):
        if g.role == "to" and i > 0 and figs[i - 1].role == "from":
            a, c = figs[i - 1].f, g.f
            if _meets(_iv(a), _iv(c)):
                if a.value != c.value:
                    continue
                right = "持平"
            else:
                right = "上升" if c.value > a.value else "下降"
            if (g.sign > 0) != (right == "上升") or right == "持平":
                out.append(
                    _finding(
                        Level.ERROR,
                        "R-DIRECTION",
                        f"由{a.raw}到{c.raw}应为“{right}”。",
                        bi,
                        b,
                        quote,
                        c,
                        right,
                        f"{_n(c.value)}% {'>' if c.value > a.value else '<'} {_n(a.value)}%"
                        if right != "持平"
                        else f"{_n(c.value)}% = {_n(a.value)}%",
                    )
                )
    # "与上年持平" (or a direction word with no amount) after two amounts
    for m in re.finditer(r"与[^，,。；;\d]{0,8}?(持平|增加|减少|增长|下降)(?=[，,。；;]|$)", quote):
        before = [g for g in figs if g.f.end <= m.start() and g.role == "level" and not g.paren and g.f.is_money]
        if len(before) < 2 or before[-1].clause != before[-2].clause:
            continue
        if quote[before[-1].f.end : m.start()].strip("，, 元") != "":
            continue
        x, y = before[-2].f, before[-1].f
        equal = _meets(_iv(x), _iv(y))
        d = x.yuan() - y.yuan()
        said = m.group(1)
        why = f"{_amt(x)} − {_amt(y)} = {_n(d)}"
        if said == "持平" and not equal:
            word = "增加" if d > 0 else "减少"
            out.append(
                _finding(
                    Level.ERROR,
                    "R-FLAT",
                    f"两个金额不相等，不能说“持平”：{x.raw}与{y.raw}。",
                    bi,
                    b,
                    quote,
                    y,
                    f"{word}{_show(abs(d), x)}",
                    why,
                )
            )
        elif said != "持平" and equal:
            out.append(
                _finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"两个金额相等，应为“持平”而不是“{said}”。",
                    bi,
                    b,
                    quote,
                    y,
                    "持平",
                    why,
                )
            )
        elif said != "持平" and (d > 0) != (said in UP):
            right = (
                ("增加" if said in ("增加", "减少") else "增长")
                if d > 0
                else ("减少" if said in ("增加", "减少") else "下降")
            )
            out.append(
                _finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"方向说反了：应为“{right}”，不是“{said}”。",
                    bi,
                    b,
                    quote,
                    y,
                    right,
                    why,
                )
            )
    for m in re.finditer(r"与(上年|上年末|年初|预算|年初预算)(增加|减少|增长|下降)(?=[，,。；;（(]|$)", quote):
        out.append(
            _finding(
                Level.INFO,
                "R-WORDING",
                f"“{m.group(0)}”没有增减金额，无法核对：应写“比{m.group(1)}"
                f"{m.group(2)}…元”，相等时写“与{m.group(1)}持平”。",
                bi,
                b,
                quote,
                None,
                f"与{m.group(1)}持平",
            )
        )
    # shares cannot pass 100%; "占比由a%…至b%" lists add to at most 100%
    for g in figs:
        if (
            g.f.is_percent
            and (g.role == "share" or (g.role in ("from", "to") and "占比" in g.pre))
            and _iv(g.f)[0] > HUNDRED
        ):
            out.append(_finding(Level.ERROR, "R-SHARE-RANGE", f"占比不能超过100%：{g.f.raw}。", bi, b, quote, g.f))
    lists = {role: [g.f for g in figs if g.role in (role, "same") and g.f.is_percent] for role in ("from", "to")}
    whole = {
        role: len(xs) >= 2 and _meets(_sum([_iv(x) for x in xs]), (HUNDRED, HUNDRED)) for role, xs in lists.items()
    }
    for role in ("from", "to"):
        xs = lists[role]
        opposite = "to" if role == "from" else "from"
        if len(xs) >= 2 and "占比" in quote and len(lists[opposite]) == len(xs):
            lo, _ = _sum([_iv(x) for x in xs])
            if lo > HUNDRED or (whole[opposite] and not whole[role]):
                total = sum((x.value for x in xs), Decimal(0))
                out.append(
                    _finding(
                        Level.ERROR,
                        "R-SHARE-SUM",
                        f"各项占比之和为{total}%，应为100%。",
                        bi,
                        b,
                        quote,
                        xs[-1],
                        "100.00%",
                        " + ".join(f"{x.value}%" for x in xs) + f" = {total}%",
                    )
                )
    return out


def _names(pre: str, target: str) -> bool:
    """Whether the label before an amount names the comparison's base ("上年末…" for 比上年末)."""
    label = re.split(r"[，,；;：:、]", pre)[-1]
    return label.startswith(target) or label.endswith(target)


def _check_diff(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    a, base, c = cur["A"], cur["B"], cur["C"]
    if a is None or base is None or c is None:
        return []
    d = _sum([_iv(a), _neg(_iv(base))])
    if _meets(d, _iv(c) if g.sign > 0 else _neg(_iv(c))):
        return []
    exact = a.yuan() - base.yuan()
    why = f"{_amt(a)} − {_amt(base)} = {_n(exact) if c.unit != '万元' else _n(exact / 10000) + '万元'}"
    if _meets(d, (Decimal(0), Decimal(0))) or exact == 0:
        return [
            _finding(
                Level.ERROR,
                "R-DIRECTION",
                f"两数相等，应为“持平”而不是“{_word(g)}{c.raw}”。",
                bi,
                b,
                quote,
                c,
                "持平",
                why,
            )
        ]
    if (exact > 0) != (g.sign > 0):
        right = "增加" if exact > 0 else "减少"
        if _meets(_sum([_iv(a), _neg(_iv(base))]), _iv(c) if exact > 0 else _neg(_iv(c))):
            return [
                _finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"方向说反了：应为“{right}”，不是“{_word(g)}”。",
                    bi,
                    b,
                    quote,
                    c,
                    f"{right}{c.raw}",
                    why,
                )
            ]
        return [
            _finding(
                Level.ERROR,
                "R-DIFF",
                f"增减额与两数之差不符（方向也不对）：应为{right}{_show(abs(exact), c)}。",
                bi,
                b,
                quote,
                c,
                f"{right}{_show(abs(exact), c)}",
                why,
            )
        ]
    return [
        _finding(
            Level.ERROR,
            "R-DIFF",
            f"增减额与两数之差不符：应为{_show(abs(exact), c)}，不是{c.raw}。",
            bi,
            b,
            quote,
            c,
            _show(abs(exact), c),
            why,
        )
    ]


def _check_derived(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    """An amount left out of "A元，比预算增加C元" cannot come out negative."""
    a, base, c = cur["A"], cur["B"], cur["C"]
    if c is None or (a is None) == (base is None) or c.value == 0:
        return []
    signed = _iv(c) if g.sign > 0 else _neg(_iv(c))
    if a is not None:
        other = _sum([_iv(a), _neg(signed)])
        what = "比较基数"
    else:
        other = _sum([_iv(base), signed])
        what = "本期金额"
    if other[1] >= 0:
        return []
    right = "减少" if g.sign > 0 else "增加"
    why = (
        f"{_amt(a)} {'−' if g.sign > 0 else '+'} {_amt(c)} = {_n(_mid(other))}"
        if a is not None
        else f"{_amt(base)} {'+' if g.sign > 0 else '−'} {_amt(c)} = {_n(_mid(other))}"
    )
    return [
        _finding(
            Level.ERROR,
            "R-DIRECTION",
            f"按“{_word(g)}{c.raw}”推算，{what}为负数：方向应为“{right}”。",
            bi,
            b,
            quote,
            c,
            f"{right}{c.raw}",
            why,
        )
    ]


def _word(g: Fig) -> str:
    m = re.search(rf"({_DIR})了?$", g.pre.strip().rstrip("为是达：:"))
    return m.group(1) if m else ""


def _check_pct(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    out = []
    a, base, c, sign = cur["A"], cur["B"], cur["C"], cur["Csign"]
    budget = "预算" in (cur["target"] or g.target)
    a_iv = _iv(a) if a else None
    b_iv = _iv(base) if base else None
    c_iv = None if c is None else (_iv(c) if sign > 0 else _neg(_iv(c)))
    if b_iv is None and a_iv is not None and c_iv is not None:
        b_iv = _sum([a_iv, _neg(c_iv)])
    if a_iv is None and b_iv is not None and c_iv is not None:
        a_iv = _sum([b_iv, c_iv])
    if c_iv is None and a_iv is not None and b_iv is not None:
        c_iv = _sum([a_iv, _neg(b_iv)])
    if g.role == "pct":
        if c is not None and sign and g.sign != sign:
            out.append(
                _finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"同一比较中既说“{'增加' if sign > 0 else '减少'}”又说“{_word(g)}”。",
                    bi,
                    b,
                    quote,
                    g.f,
                    ("增长" if sign > 0 else "下降") + g.f.raw,
                )
            )
            return out
        if g.tongbi and budget and a_iv is not None and b_iv is not None:
            r = _ratio(a_iv, b_iv)
            done = f"完成预算的{_n(_mid(r))}%" if r else "与预算比较"
            out.append(
                _finding(
                    Level.WARNING,
                    "R-WORD-TONGBI",
                    f"“同比”只用于与上年同期比较；与预算比较应写“{done}”。",
                    bi,
                    b,
                    quote,
                    g.f,
                    done,
                    f"{_mid(a_iv):,.2f} ÷ {_mid(b_iv):,.2f} × 100% = {_n(_mid(r))}%" if r else "",
                )
            )
            return out
        if c_iv is None or b_iv is None:
            return out
        r = _ratio(
            (abs(c_iv[0]), abs(c_iv[1])) if c_iv[0] >= 0 or c_iv[1] <= 0 else (Decimal(0), max(-c_iv[0], c_iv[1])), b_iv
        )
        if r is None or b_iv[0] < 0:
            return out
        if not _meets(r, _iv(g.f)):
            exact = _mid(r)
            why = f"{_n(_mid(c_iv).copy_abs())} ÷ {_n(_mid(b_iv))} × 100% = {_n(exact)}%"
            out.append(
                _finding(
                    Level.ERROR,
                    "R-PERCENT",
                    f"增减幅度与金额不符：应为{_n(exact)}%，不是{g.f.raw}。",
                    bi,
                    b,
                    quote,
                    g.f,
                    f"{_n(exact)}%",
                    why,
                )
            )
        direction = 1 if _mid(c_iv) > 0 else -1 if _mid(c_iv) < 0 else 0
        if not sign and direction and direction != g.sign and not _meets(c_iv, (Decimal(0), Decimal(0))):
            right = "增长" if direction > 0 else "下降"
            out.append(
                _finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"方向说反了：应为“{right}”，不是“{_word(g)}”。",
                    bi,
                    b,
                    quote,
                    g.f,
                    right + g.f.raw,
                    f"{_n(_mid(a_iv))} − {_n(_mid(b_iv))} = {_n(_mid(c_iv))}",
                )
            )
    else:  # rate
        if a_iv is None or b_iv is None:
            return out
        r = _ratio(a_iv, b_iv)
        if r is None or b_iv[0] < 0:
            return out
        if not _meets(r, _iv(g.f)):
            exact = _mid(r)
            out.append(
                _finding(
                    Level.ERROR,
                    "R-RATE",
                    f"执行率（完成率）与金额不符：应为{_n(exact)}%，不是{g.f.raw}。",
                    bi,
                    b,
                    quote,
                    g.f,
                    f"{_n(exact)}%",
                    f"{_n(_mid(a_iv))} ÷ {_n(_mid(b_iv))} × 100% = {_n(exact)}%",
                )
            )
    return out


def _rate_from_labels(bi, b, quote, figs: list[Fig], i: int, seen: dict[str, Figure]) -> list[ReviewFinding]:
    """ "财政拨款支出预算执行率X%" after "财政拨款支出预算A元。…财政拨款支出决算B元。"."""
    g = figs[i]
    m = re.search(r"([^，,；;：:。]*?)(?:预算)?(?:执行率|完成率)$", g.pre.strip().rstrip("为是达：:"))
    if not m or figs[:i]:
        return []
    line = _PREFIX.sub("", m.group(1))
    fin, bud = seen.get(line + "决算"), seen.get(line + "预算")
    if not line or fin is None or bud is None:
        return []
    cur = {"A": fin, "B": bud, "C": None, "Csign": 0, "target": "预算", "clause": g.clause}
    return _check_pct(bi, b, quote, cur, g)


def _rate_from_kinds(bi, b, quote, figs: list[Fig], i: int) -> list[ReviewFinding] | None:
    """ "预算A元、决算B元，执行率X%" with no 比: the 决算 and 预算 amounts of the clause."""
    clause = figs[i].clause
    levels = [g for g in figs[:i] if g.role == "level" and g.clause == clause and not g.paren and g.f.is_money]
    fin = [g for g in levels if g.kind == "决算"]
    bud = [g for g in levels if g.kind == "预算"]
    if len(fin) != 1 or len(bud) != 1:
        return None if not levels else []
    cur = {"A": fin[0].f, "B": bud[0].f, "C": None, "Csign": 0, "target": "预算", "clause": clause}
    return _check_pct(bi, b, quote, cur, figs[i])


# --- rule: totals and their parts (其中), shares --------------------------------


def _split_top(text: str, seps: str) -> list[tuple[int, str]]:
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


def rule_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """A total against the parts listed with it ("其中：…"), amounts and signed changes."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            m = LIST_MARK.search(s.text)
            if not m:
                continue
            head_text = s.text[: m.start()]
            head = classify(head_text) if find_figures(head_text) else (sents[k - 1].figs if k else [])
            head_quote = (
                (head_text if find_figures(head_text) else (sents[k - 1].text if k else "")) + s.text[m.start() :]
                if find_figures(head_text)
                else ((sents[k - 1].text if k else "") + s.text)
            )
            body = s.text[m.end() :].rstrip("。")
            seps = "；;" if re.search(r"[；;]", body) else "，,、"
            items = [classify(t) for _, t in _split_top(body, seps)]
            texts = [t for _, t in _split_top(body, seps)]
            out.extend(_check_parts(bi, b, head_quote, head, items, texts))
            out.extend(_check_item_shares(bi, b, head_quote, head, items, texts))
        for s in sents:  # nested parts in parentheses: "基本支出A元（人员经费x元，公用经费y元）"
            out.extend(_check_paren_parts(bi, b, s))
    return out


def _levels(figs: list[Fig]) -> list[Fig]:
    return [g for g in figs if g.role == "level" and not g.paren and g.f.is_money]


def _check_parts(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts: list[str]) -> list[ReviewFinding]:
    out: list[ReviewFinding] = []
    if not items:
        return out
    single = len(items) == 1  # one part: it may be all or only some of the total
    head_levels = _levels(head)
    item_levels = [_levels(it) for it in items]
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
        s_iv = _sum([_iv(p) for p in parts])
        if _meets(s_iv, _iv(total)):
            continue
        exact = sum((p.yuan() for p in parts), Decimal(0))
        why = " + ".join(_amt(p) for p in parts) + f" = {_show(exact, total)}"
        if single and exact <= total.yuan():
            continue
        if single:
            out.append(
                _finding(
                    Level.ERROR,
                    "R-SUM",
                    f"“其中”一项{parts[0].raw}大于总数{total.raw}。",
                    bi,
                    b,
                    quote,
                    total,
                    f"≥{_show(exact, total)}",
                    f"{_amt(parts[0])} > {_amt(total)}",
                )
            )
        elif exact > total.yuan():
            out.append(
                _finding(
                    Level.ERROR,
                    "R-SUM",
                    f"总数小于所列各项之和：应为{_show(exact, total)}，不是{total.raw}。",
                    bi,
                    b,
                    quote,
                    total,
                    _show(exact, total),
                    why,
                )
            )
        else:
            out.append(
                _finding(
                    Level.WARNING,
                    "R-SUM",
                    f"所列各项之和{_show(exact, total)}小于总数{total.raw}：如无未列出的项目，"
                    f"总数应为{_show(exact, total)}。",
                    bi,
                    b,
                    quote,
                    total,
                    _show(exact, total),
                    why,
                )
            )
    # signed changes: "总体增加C。其中：甲增加c1；乙减少c2；丙持平"
    head_diffs = [g for g in head if g.role == "diff" and g.f.is_money]
    if len(head_diffs) == 1 and not single:
        signed: list[tuple[int, Figure | None]] = []
        for it, t in zip(items, texts, strict=True):
            d = [g for g in it if g.role == "diff" and g.f.is_money and not g.paren]
            if len(d) >= 1:
                signed.append((d[0].sign, d[0].f))
            elif "持平" in t:
                signed.append((0, None))
            elif re.search(_DIR, t) and not find_figures(t):
                signed.append((2, None))  # a change without its amount
            else:
                signed = []
                break
        if signed and any(f for _, f in signed):
            head_diff = head_diffs[0]
            s_iv = _sum([(_iv(f) if sg > 0 else _neg(_iv(f))) for sg, f in signed if f])
            t_iv = _iv(head_diff.f) if head_diff.sign > 0 else _neg(_iv(head_diff.f))
            bare = [k for k, (sg, _) in enumerate(signed) if sg == 2]
            if len(bare) == 1 and _meets(s_iv, t_iv):
                t = texts[bare[0]]
                m = re.search(_DIR, t)
                assert m is not None  # a bare item is one whose text matches _DIR
                word = m.group(0)
                out.append(
                    _finding(
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
            elif not _meets(s_iv, t_iv):
                exact = sum(((f.yuan() if sg > 0 else -f.yuan()) for sg, f in signed if f), Decimal(0))
                terms = ""
                for sg, f in signed:
                    if f:
                        terms += (" + " if sg > 0 else " − ") + _amt(f)
                terms = terms[3:] if terms.startswith(" + ") else "−" + terms[3:]
                word = "增加" if exact > 0 else "减少" if exact < 0 else "持平"
                exp = f"{word}{_show(abs(exact), head_diff.f)}" if exact else "持平"
                out.append(
                    _finding(
                        Level.ERROR,
                        "R-SUM",
                        f"总的增减额与各项增减之和不符：应为{exp}。",
                        bi,
                        b,
                        quote,
                        head_diff.f,
                        exp,
                        f"{terms} = {_n(exact)}",
                    )
                )
    return out


def _check_item_shares(bi, b, quote, head: list[Fig], items: list[list[Fig]], texts) -> list[ReviewFinding]:
    """Shares listed under one whole add to 100%."""
    shares = [[g for g in it if g.role == "share"] for it in items]
    if len(items) < 2 or not all(len(s) == 1 for s in shares):
        return []
    named = {s[0].share_of for s in shares}
    if len(named) > 1:
        return []
    vals = [s[0].f for s in shares]
    lo, hi = _sum([_iv(v) for v in vals])
    total = sum((v.value for v in vals), Decimal(0))
    head_levels = _levels(head)
    item_levels = [_levels(it) for it in items]
    complete = (
        len(head_levels) == 1
        and all(len(x) == 1 for x in item_levels)
        and _meets(_sum([_iv(x[0].f) for x in item_levels]), _iv(head_levels[0].f))
    )
    if hi < HUNDRED - Decimal("0.000001") and not complete:
        return []
    if lo <= HUNDRED <= hi:
        return []
    why = " + ".join(f"{v.value}%" for v in vals) + f" = {total}%"
    return [
        _finding(
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


def _check_paren_parts(bi, b, s: Sentence) -> list[ReviewFinding]:
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
        if not parts or len(parts) != len(inner):
            continue
        s_iv = _sum([_iv(p) for p in parts])
        if _meets(s_iv, _iv(g.f)):
            continue
        exact = sum((p.yuan() for p in parts), Decimal(0))
        if len(parts) == 1 and exact <= g.f.yuan():
            continue
        out.append(
            _finding(
                Level.ERROR if exact > g.f.yuan() else Level.WARNING,
                "R-SUM",
                f"金额与括号内各项之和不符：应为{_show(exact, g.f)}，不是{g.f.raw}。",
                bi,
                b,
                s.text,
                g.f,
                _show(exact, g.f),
                " + ".join(_amt(p) for p in parts) + f" = {_show(exact, g.f)}",
            )
        )
    return out


SPENDING_WORDS = ("人员经费", "公用经费", "项目支出", "基本支出", "经费", "支出")


def rule_shares(blocks: list[Block]) -> list[ReviewFinding]:
    """ "占X%" against part ÷ whole, the whole found by its name or in parentheses; and the name of
    the whole: a spending line's share of 收入 is a wrong label."""
    out: list[ReviewFinding] = []
    named: dict[str, Figure] = {}
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        sents = sentences(b.text)
        for s in sents:
            for g in s.figs:
                if g.role == "level" and not g.paren and g.f.is_money:
                    label = re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是")
                    if label:
                        named[label] = g.f
        for k, s in enumerate(sents):
            figs = s.figs
            in_list = LIST_MARK.search(s.text)
            head = []
            if in_list:
                ht = s.text[: in_list.start()]
                head = _levels(classify(ht)) if find_figures(ht) else (_levels(sents[k - 1].figs) if k else [])
            for i, g in enumerate(figs):
                if g.role != "share":
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
                    whole = named.get(g.share_of)
                if whole is None and in_list and in_list.start() < g.f.start and len(head) == 1 and not g.share_of:
                    whole = head[0].f
                if whole is not None and whole is not part.f:
                    r = _ratio(_iv(part.f), _iv(whole))
                    if r is not None and _iv(whole)[0] > 0 and not _meets(r, _iv(g.f)):
                        exact = _mid(r)
                        out.append(
                            _finding(
                                Level.ERROR,
                                "R-SHARE",
                                f"占比与金额不符：应为{_n(exact)}%，不是{g.f.raw}。",
                                bi,
                                b,
                                s.text,
                                g.f,
                                f"{_n(exact)}%",
                                f"{_amt(part.f)} ÷ {_amt(whole)} × 100% = {_n(exact)}%",
                            )
                        )
                label = re.split(r"[，,。；;：:、]", part.pre)[-1]
                if (
                    g.share_of
                    and "收入" in g.share_of
                    and "支出" not in g.share_of
                    and any(w in label for w in ("人员经费", "公用经费", "项目支出", "基本支出"))
                ):
                    out.append(
                        _finding(
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
    return out


# --- rule: tables ---------------------------------------------------------------

_CODE = re.compile(r"^(\d{3}(?:\d{2}){0,2})(?!\d)")


def _cells(b: Block) -> list[list[Figure | None]]:
    out = []
    for row in b.rows:
        line = []
        for cell in row:
            figs = find_figures(cell, bare_money=True)
            line.append(figs[0] if len(figs) == 1 and figs[0].raw.strip() == cell.strip() else None)
        out.append(line)
    return out


def _table_unit(b: Block) -> str:
    return "万元" if "万元" in b.title else "元"


def _as_unit(f: Figure | None, unit: str) -> Figure | None:
    if f is None or f.unit:
        return f
    return Figure(f.value, unit, f.raw, f.start, f.end, f.decimals, f.problems)


def _total_level(label: str) -> int:
    """小计 1, 合计 2, 总计 3; 0 for a line that is no total."""
    if "总计" in label:
        return 3
    if "合计" in label:
        return 2
    return 1 if "小计" in label else 0


def _without_parts(figs: list[Figure]) -> list[list[Figure]]:
    """The lines to add when a line is followed, at the end, by two or more lines that are its parts."""
    out = []
    for i in range(len(figs) - 2):
        parts = figs[i + 1 :]
        if _meets(_sum([_iv(f) for f in parts]), _iv(figs[i])):
            out.append(figs[: i + 1])
    return out


def rule_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """Inside a table: 合计 rows, 增减额 / 增减率 / 执行率 / 占比 columns, parent = sum of children."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if not b.is_table or len(b.rows) < 2 or b.text.startswith("图："):
            continue
        unit = _table_unit(b)
        cells = [[_as_unit(c, unit) for c in row] for row in _cells(b)]
        width = max(len(r) for r in b.rows)
        # header rows: the rows above the first figure ("收入 | 支出" over "项目 | 决算数 | …")
        top = next((r for r in range(len(b.rows)) if any(c is not None for c in cells[r])), len(b.rows))
        top = max(top, 1)
        header = b.rows[0]
        if top > 1 and len(b.rows[top - 1]) == width:
            header = b.rows[top - 1]
        body = list(range(top, len(b.rows)))

        def cell(r, c, cells=cells):
            return cells[r][c] if c < len(cells[r]) else None

        # a two-sided table (收入 | 支出): a second name column right of an amount column;
        # each amount column belongs to the name column on its left
        sides = [0]
        for c in range(1, width):
            filled = [r for r in body if c < len(b.rows[r]) and b.rows[r][c].strip()]
            texts = [b.rows[r][c] for r in filled]
            words = [r for r in filled if cell(r, c) is None]
            if (
                texts
                and len(words) * 2 > len(texts)
                and any(cell(r, x) is not None for r in body for x in range(sides[-1] + 1, c))
            ):
                sides.append(c)

        def label(r, c=0, b=b, sides=sides):
            row = b.rows[r]
            side = max(x for x in sides if x <= c) if c else 0
            if side:
                return row[side] if side < len(row) else ""
            if not row:
                return ""
            if not row[0] and len(row) > 1 and not find_figures(row[1], bare_money=True):
                return row[1]  # "合计" written in the name column, the code column left empty
            return row[0]

        def emit(code, msg, r, fig, expected, why, level=Level.ERROR, b=b, bi=bi, col=0):
            out.append(
                ReviewFinding(
                    level,
                    code,
                    msg,
                    f"{label(r, col)}：" + "、".join(x for x in b.rows[r][1:] if x),
                    f"{b.place}，“{label(r, col)}”行",
                    expected,
                    why,
                    bi,
                    fig.raw if fig else "",
                )
            )

        def percent_cell(code, what, r, num, base, p, emit=emit):
            """A percentage cell against num ÷ base × 100 (an increase rate, 执行率 or share)."""
            if num is None or base is None or p is None or not p.is_percent:
                return
            rr = _ratio(_iv(num), _iv(base))
            if rr is not None and _iv(base)[0] > 0 and not _meets(rr, _iv(p)):
                shown = f"{_n(_mid(rr))}%"
                emit(code, f"{what}：应为{shown}。", r, p, shown, f"{_amt(num)} ÷ {_amt(base)} × 100% = {shown}")

        # columns of a comparison table
        kinds = {c: h for c, h in enumerate(header)}
        numeric = {c for c in range(1, width) if any(cell(r, c) is not None for r in body)}
        amount_cols = [
            c for c in range(1, width) if c in numeric and not re.search(r"增减|率|占比|人均|比重", kinds.get(c, ""))
        ]
        for c in range(1, width):
            h = kinds.get(c, "")
            if re.search(r"增减额|比.*增减$|^增减$", h):
                before = [x for x in amount_cols if x < c][-2:]
                if len(before) != 2:
                    continue
                m = re.search(r"比(.+)增减", h)
                tgt = m.group(1) if m else ""
                base_col = next((x for x in before if tgt and tgt in kinds[x]), None) or next(
                    (x for x in before if re.search(r"上年|年初", kinds[x])), None
                )
                if base_col is None:
                    continue
                cur_col = before[0] if base_col == before[1] else before[1]
                for r in body:
                    a, bb, d = cell(r, cur_col), cell(r, base_col), cell(r, c)
                    if a is None or bb is None or d is None:
                        continue
                    if not _meets(_sum([_iv(a), _neg(_iv(bb))]), _iv(d)):
                        exact = a.yuan() - bb.yuan()
                        emit(
                            "R-TABLE-DIFF",
                            f"“{h}”列与两列之差不符：应为{_show(exact, d)}。",
                            r,
                            d,
                            _show(exact, d),
                            f"{_amt(a)} − {_amt(bb)} = {_show(exact, d)}",
                        )
                kinds[c] = "__diff__:" + f"{cur_col},{base_col}"
            elif re.search(r"增减率|增长率", h):
                dcol = next((x for x in range(c - 1, 0, -1) if str(kinds.get(x, "")).startswith("__diff__")), None)
                if dcol is None:
                    continue
                base_col = int(kinds[dcol].split(":")[1].split(",")[1])
                for r in body:
                    percent_cell("R-TABLE-PERCENT", f"“{h}”与增减额和基数不符", r, cell(r, dcol),
                                 cell(r, base_col), cell(r, c))
            elif re.search(r"执行率|完成率", h):
                fin = next((x for x in amount_cols if x < c and "决算" in kinds[x]), None)
                bud = next((x for x in amount_cols if x < c and "预算" in kinds[x]), None)
                if fin is None or bud is None:
                    continue
                for r in body:
                    percent_cell("R-TABLE-RATE", f"“{h}”与决算÷预算不符", r, cell(r, fin), cell(r, bud), cell(r, c))
            elif re.search(r"占比|比重", h) and c > 1:
                src = c - 1
                tot = next((r for r in body if re.search(r"合计|总计", label(r, src))), None)
                if tot is None or cell(tot, src) is None:
                    continue
                for r in body:
                    if r != tot:
                        percent_cell("R-TABLE-SHARE", f"“{h}”与金额÷合计不符", r, cell(r, src), cell(tot, src),
                                     cell(r, c))
            elif "人均" in h and c > 1:
                for r in body:
                    a, p = cell(r, c - 1), cell(r, c)
                    if a is not None and p is not None and p.value == 0 and a.value > 0:
                        emit(
                            "R-PER-HEAD-ZERO",
                            f"有支出（{a.raw}）而“{h}”为0：人均支出应为支出÷平均在职人数；缺少人数时应注明未计算。",
                            r,
                            p,
                            "支出÷平均在职人数",
                            "",
                            Level.WARNING,
                        )
        # totals: rows and parent codes
        codes = {r: m.group(1) for r in body if (m := _CODE.match(label(r).replace(" ", "")))}
        additive = amount_cols + [c for c in range(1, width) if str(kinds.get(c, "")).startswith("__diff__")]
        for c in additive:
            if "人均" in kinds.get(c, ""):
                continue
            start = top
            named_rows = [r for r in body if not re.search(r"合计|总计|小计", label(r))]
            # some lines coded, some not: levels (类/款/项) cannot be told apart, totals not checked
            mixed = bool(codes) and len(codes) != len(named_rows) and not any(x > 0 for x in sides)
            subtotals: list[tuple[int, int]] = []  # (row, level) of the totals above
            for r in body if not mixed else ():
                lab = label(r, c).replace(" ", "")
                level = _total_level(lab)
                if not level:
                    continue
                # a blank line of one side of a two-sided table is no line (not 0)
                rows = [x for x in range(start, r) if label(x, c).strip() or b.rows[x][c : c + 1] != [""]]
                detail = [
                    x
                    for x in rows
                    if x not in codes or len(codes[x]) == min((len(v) for v in codes.values()), default=3)
                ]
                # "总计" = "本年收入合计" + the lines after it ("年初结转和结余" …)
                below = [x for x, lv in subtotals if lv < level]
                if below:
                    detail = below + detail
                    subtotals = [(x, lv) for x, lv in subtotals if lv >= level]
                subtotals.append((r, level))
                start = r + 1
                figs = [cell(x, c) for x in detail]
                tot = cell(r, c)
                if tot is None or not figs or not all(f is not None for f in figs):
                    continue
                if _meets(_sum([_iv(f) for f in figs]), _iv(tot)):
                    continue
                if any(_meets(_sum([_iv(f) for f in alt]), _iv(tot)) for alt in _without_parts(figs)):
                    continue  # a line followed by its own parts ("年初结转和结余" → by fund)
                exact = sum((f.yuan() for f in figs), Decimal(0))
                emit(
                    "R-TABLE-SUM",
                    f"“{label(r, c)}”的“{header[c] if c < len(header) else ''}”与上方各行之和不符："
                    f"应为{_show(exact, tot)}。",
                    r,
                    tot,
                    _show(exact, tot),
                    " + ".join(_amt(f) for f in figs) + f" = {_show(exact, tot)}",
                    col=c,
                )
            for r, code in codes.items():
                kids = [x for x, k in codes.items() if k.startswith(code) and len(k) == len(code) + 2]
                if not kids:
                    continue
                tot, figs = cell(r, c), [cell(x, c) for x in kids]
                if tot is None or not all(f is not None for f in figs):
                    continue
                if not _meets(_sum([_iv(f) for f in figs]), _iv(tot)):
                    exact = sum((f.yuan() for f in figs), Decimal(0))
                    emit(
                        "R-TABLE-PARENT",
                        f"上级科目{code}与下级科目之和不符：应为{_show(exact, tot)}。",
                        r,
                        tot,
                        _show(exact, tot),
                        " + ".join(_amt(f) for f in figs) + f" = {_show(exact, tot)}",
                    )
        # a 合计 column first among amounts: the columns after it are its parts (公开 tables 2, 3, 5)
        if (
            amount_cols
            and re.search(r"合计", kinds.get(amount_cols[0], ""))
            and len(amount_cols) >= 3
            and not any(re.search(r"增减|率|占比|预算|上年", kinds.get(x, "")) for x in range(1, width))
        ):
            tc, parts = amount_cols[0], amount_cols[1:]
            for r in body:
                tot, figs = cell(r, tc), [cell(r, x) for x in parts]
                figs = [f for f in figs if f is not None]
                if tot is None or not figs:
                    continue
                if not _meets(_sum([_iv(f) for f in figs]), _iv(tot)):
                    exact = sum((f.yuan() for f in figs), Decimal(0))
                    emit(
                        "R-TABLE-SUM",
                        f"“{kinds[tc]}”与各列之和不符：应为{_show(exact, tot)}。",
                        r,
                        tot,
                        _show(exact, tot),
                        " + ".join(_amt(f) for f in figs) + f" = {_show(exact, tot)}",
                    )
    return out


# --- rule: charts and text state the same quantity ------------------------------


def _report_year(blocks: list[Block]) -> int | None:
    for b in blocks[:5]:
        m = re.search(r"((?:19|20)\d\d)年度", b.text)
        if m:
            return int(m.group(1))
    return None


def _context(text: str, year: int | None) -> tuple[int | None, str]:
    y = None
    m = re.findall(r"((?:19|20)\d\d)年", text)
    if m:
        y = int(m[-1])
    elif "上年" in text and year:
        y = year - 1
    elif year:
        y = year
    kinds = re.findall(r"年初预算|预算|决算", text)
    return y, kinds[-1] if kinds else ""


def rule_charts(blocks: list[Block]) -> list[ReviewFinding]:
    """A chart's values (万元) against the same amounts in the text (year, 预算/决算, line)."""
    year = _report_year(blocks)
    stated: dict[tuple[int | None, str, str], set[Decimal]] = {}
    for b in blocks:
        if b.is_table:
            continue
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            m = LIST_MARK.search(s.text)
            ctx_text = (
                s.text[: m.start()]
                if m and find_figures(s.text[: m.start()])
                else (sents[k - 1].text if m and k else "")
            )
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                label = re.split(r"[，,。；;：:、]", g.pre)[-1]
                y, kind = _context(ctx_text + label, year)
                for name in _LINES:
                    if name in label:
                        stated.setdefault((y, kind, name), set()).add(g.f.yuan())
    out = []
    for bi, b in enumerate(blocks):
        if not (b.is_table and b.text.startswith("图：")):
            continue
        header = b.rows[0]
        for row in b.rows[1:]:
            y, kind = _context(row[0], year)
            if not kind:
                kind = _context(b.text, year)[1] or ("预算" if "年初" in b.text else "")
            for c, cell in enumerate(row[1:], start=1):
                line = next((n for n in _LINES if c < len(header) and header[c].startswith(n[:4])), None)
                figs = find_figures(cell, bare_money=True)
                if line is None or len(figs) != 1:
                    continue
                vals = stated.get((y, kind, line))
                if not vals or len(vals) != 1:
                    continue
                text_value = next(iter(vals))
                shown = figs[0].value
                h = Decimal(5).scaleb(-figs[0].decimals - 1)
                if abs(text_value / 10000 - shown) > h:
                    exp = round2(text_value / 10000)
                    out.append(
                        ReviewFinding(
                            Level.ERROR,
                            "R-CHART",
                            f"图中“{row[0]} {header[c]}”为{cell}万元，正文为{_n(text_value)}元（{exp}万元）。",
                            f"{b.text[2:]}：{row[0]} {header[c]} {cell}",
                            b.place,
                            f"{exp}",
                            f"{_n(text_value)} ÷ 10,000 = {exp}万元",
                            bi,
                            cell,
                        )
                    )
    return out


_LINES = (
    "人员经费",
    "公用经费",
    "项目支出",
    "一般公共服务",
    "社会保障和就业",
    "卫生健康",
    "住房保障",
    "教育",
    "科学技术",
    "文化旅游体育与传媒",
    "节能环保",
    "城乡社区",
    "农林水",
    "交通运输",
)


# --- rule: facts to verify (核实) -----------------------------------------------


def rule_verify(blocks: list[Block]) -> list[ReviewFinding]:
    """项目支出 budgeted but nothing spent, while the text says the project targets were met."""
    budget = final = None
    for b in blocks:
        if not b.is_table or b.text.startswith("图："):
            continue
        header = b.rows[0]
        for c, h in enumerate(header):
            if "项目支出" not in h:
                continue
            for row in b.rows[1:]:
                figs = find_figures(row[c], bare_money=True) if c < len(row) else []
                if len(figs) != 1:
                    continue
                if "预算" in row[0]:
                    budget = figs[0].value
                elif "决算" in row[0]:
                    final = figs[0].value
    if not budget or final is None or final != 0:
        return []
    out = []
    for bi, b in enumerate(blocks):
        if not b.is_table and re.search(r"项目绩效目标.{0,6}(100%|全部)完成", b.text):
            out.append(
                _finding(
                    Level.WARNING,
                    "R-VERIFY-PROJECT",
                    f"项目支出预算{_n(budget)}元而决算为0，却称项目绩效目标已完成：请核实并说明。",
                    bi,
                    b,
                    b.text,
                )
            )
    return out


_PREFIX = re.compile(r"^(?:本年度|本年|上年度|上年|(?:19|20)\d\d年度?|单位)+")
_SUFFIX = re.compile(r"(?:均为|为|的|本年末|上年末|年末|年初|预算|决算|支出)$")


def _norm_label(text: str) -> str:
    label = _PREFIX.sub("", text.strip(" ，,、"))
    while True:
        new = _SUFFIX.sub("", label)
        if new == label or len(new) < 2:
            return label
        label = new


WORDS = {1: "增加", -1: "减少", 0: "持平"}
_REASON = re.compile(r"([^。：:；;，,（）]{2,60}?)(?:的主要原因是|主要是由于|是由于|是因为|的原因是)")


def _clause_subject(text: str, pos: int) -> str:
    """The line a clause is about: its words before the first figure, 比 or 与."""
    cut = max(text.rfind(c, 0, pos) + 1 for c in "；;：:。")
    marks = [m.end() for m in LIST_MARK.finditer(text[:pos])]
    if marks:
        cut = max(cut, marks[-1])
    clause = text[cut:pos].lstrip("，, ")
    return _norm_label(re.split(r"[\d（(]|(?<![对相占])[比较]|与", clause)[0])


def _directions(b: Block) -> dict[str, set[int]]:
    """For each line named in a paragraph, the directions its figures give (+1, −1, 0)."""
    found: dict[str, set[int]] = {}
    if b.is_table:
        return found
    for s in sentences(b.text):
        for g in s.figs:
            if g.role in ("diff", "pct") and g.sign:
                key = _clause_subject(s.text, g.f.start)
                if key:
                    found.setdefault(key, set()).add(g.sign)
        for m in re.finditer(r"持平", s.text):
            key = _clause_subject(s.text, m.start())
            if key and not re.search(r"占比", s.text[max(0, m.start() - 12) : m.start()]):
                found.setdefault(key, set()).add(0)
        for i, g in enumerate(s.figs):  # "X预算A元、决算B元": the direction of B − A
            if g.role == "level" and g.kind == "决算" and g.f.is_money:
                bud = [
                    x
                    for x in s.figs[:i]
                    if x.role == "level" and x.kind == "预算" and x.clause == g.clause and x.f.is_money
                ]
                if len(bud) == 1:
                    key = _clause_subject(s.text, bud[0].f.start)
                    d = g.f.yuan() - bud[0].f.yuan()
                    if key and not _meets(_iv(g.f), _iv(bud[0].f)):
                        found.setdefault(key, set()).add(1 if d > 0 else -1)
    return found


def rule_reasons(blocks: list[Block]) -> list[ReviewFinding]:
    """ "X增加的主要原因是" against the direction the figures gave X just before."""
    stated = [_directions(b) for b in blocks]
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _REASON.finditer(b.text):
            segs = re.split(r"[、和及]", m.group(1))
            said: list[tuple[str, int]] = []
            pending: list[str] = []
            for seg in segs:
                w = re.search(r"(增加|减少|持平|增长|下降|上升|提高|降低)$", seg)
                if not w:
                    pending.append(seg)
                    continue
                sign = 0 if w.group(1) == "持平" else 1 if w.group(1) in UP else -1
                for name in [*pending, seg[: w.start()]]:
                    said.append((name, sign))
                pending = []
            for name, sign in said:
                key = _norm_label(name)
                if not key:
                    continue
                # every direction the last few paragraphs give this line (vs 预算 and vs 上年 alike):
                # only when they all agree can the reason's word be wrong
                signs = set().union(*(stated[k].get(key, set()) for k in range(max(bi - 3, 0), bi + 1)))
                if len(signs) == 1 and sign not in signs:
                    right = WORDS[next(iter(signs))]
                    out.append(
                        _finding(
                            Level.ERROR,
                            "R-REASON-DIRECTION",
                            f"“{name}”前文为“{right}”，原因说明却写“{WORDS[sign]}”。",
                            bi,
                            b,
                            _sentence_at(b.text, m.start()),
                            expected=f"{name}{right}",
                        )
                    )
    return out


RULES = (
    rule_same,
    rule_reasons,
    rule_format,
    rule_typos,
    rule_comparisons,
    rule_parts,
    rule_shares,
    rule_tables,
    rule_charts,
    rule_verify,
)


def run(blocks: list[Block]) -> list[ReviewFinding]:
    """All rules, in the order of the document; one finding per (code, place, figure)."""
    found: list[ReviewFinding] = []
    for rule in RULES:
        found.extend(rule(blocks))
    seen, out = set(), []
    for f in sorted(found, key=lambda x: (x.block, x.quote.find(x.figure) if x.figure else 0)):
        key = (f.code, f.block, f.quote, f.figure, f.expected)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
