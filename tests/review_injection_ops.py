"""The operators of tests/review_injections.py: one per error class of issue 17, each finding its eligible
places in a sentence by parsing it (``juesuan.review.figures``, the document's tables and names), and the
document model they use (table values, 类/款/项 names, the 公开06 lines that are zero or not)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from juesuan.review.figures import Figure, find_figures
from tests.review_corpus import calc_interval

if TYPE_CHECKING:
    from tests.review_injections import Source

SEED = 20261205  # the bench may set another
_SENT = re.compile(r"[^。！？]+[。！？]?")

UP_DOWN = {"增加": "减少", "减少": "增加", "增长": "下降", "下降": "增长"}
COMPARE = {"大于": "小于", "小于": "大于", "高于": "低于", "低于": "高于", "超过": "未达到", "未达到": "超过"}
TEMPLATE = {"增加": "增加（减少）", "减少": "增加（减少）", "增长": "增长（下降）", "下降": "下降（增长）"}
# 2024 政府支出经济分类 款 names the documents use in their lists of 基本支出 (人员经费 / 公用经费)
ECON_NAMES = ("基本工资", "津贴补贴", "奖金", "伙食补助费", "绩效工资", "机关事业单位基本养老保险缴费",
              "职业年金缴费", "职工基本医疗保险缴费", "其他社会保障缴费", "住房公积金", "医疗费",
              "其他工资福利支出", "离休费", "退休费", "抚恤金", "生活补助", "医疗费补助", "奖励金",
              "办公费", "印刷费", "咨询费", "手续费", "水费", "电费", "邮电费", "取暖费", "物业管理费",
              "差旅费", "因公出国（境）费用", "维修（护）费", "租赁费", "会议费", "培训费", "公务接待费",
              "专用材料费", "劳务费", "委托业务费", "工会经费", "福利费", "公务用车运行维护费",
              "其他交通费用", "税金及附加费用", "其他商品和服务支出", "办公设备购置", "专用设备购置")
_TOTAL_WORDS = re.compile(r"总计|合计|一般公共预算财政拨款支出|基本支出|项目支出|人员经费|公用经费|三公|"
                          r"因公出国|公务用车|公务接待|财政拨款收入|机关运行经费")


# --- parsing helpers ---------------------------------------------------------------------------


def sentences_of(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _SENT.finditer(text):
        if m.group().strip("。！？ "):
            yield m.start(), m.end(), m.group()


def _rng(*key) -> random.Random:
    return random.Random(":".join(map(str, (SEED, *key))))


def _number(f: Figure) -> str:
    """The figure's number as written, without its unit (「5.25亿元」 → 「5.25」, 「0.55萬元」 → 「0.55」: a value
    written back keeps the unit it had)."""
    return re.sub(r"(万元|萬元|亿元|元|%|％|万|萬|亿)$", "", f.raw.replace(" ", "")).strip()


def _show(value: Decimal, like: Figure) -> str:
    body = f"{value:,.{max(like.decimals, 0)}f}" if "," in like.raw else f"{value:.{max(like.decimals, 0)}f}"
    return body + like.raw.replace(" ", "")[len(_number(like)):]


def _moved(f: Figure, rng: random.Random, percent: bool = False) -> Decimal:
    """A clearly wrong value for ``f``: 6–30 % off (or 3–15 points for a percentage)."""
    step = Decimal(1).scaleb(-max(f.decimals, 0))
    if percent:
        delta = Decimal(rng.randint(300, 1500)) / 100
        value = f.value - delta if f.value - delta > 0 and rng.random() < 0.5 else f.value + delta
    else:
        delta = max(abs(f.value) * Decimal(rng.randint(6, 30)) / 100, Decimal(rng.randint(3, 40)))
        value = f.value + delta if rng.random() < 0.6 or f.value - delta <= 0 else f.value - delta
    return value.quantize(step)


def _amounts(figs: list[Figure]) -> list[Figure]:
    return [f for f in figs if f.unit in ("万元", "元")]


def _clause(s: str, pos: int) -> tuple[int, int]:
    """The clause (between ；/; and sentence ends) around ``pos``."""
    start = max(s.rfind("；", 0, pos), s.rfind(";", 0, pos)) + 1
    ends = [i for i in (s.find("；", pos), s.find(";", pos)) if i >= 0]
    return start, min(ends) if ends else len(s)


def _levels(figs: list[Figure], s: str) -> list[Figure]:
    """Amounts that are levels, not changes ("增加X万元")."""
    return [f for f in _amounts(figs) if not re.search(r"(增加|减少|增长|下降|增减|变动)[了为]?$", s[:f.start])]


def _sub(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# --- operators: each yields (sentence start, sentence end, new sentence, written, correct, kind, expect,
# also, context) for one paragraph; the document context gives tables, names and the unit ------------


@dataclass
class Doc:
    source: Source
    table_values: set = field(default_factory=set)
    names: dict = field(default_factory=dict)  # level (类/款/项) -> names written with it
    zero_lines: set = field(default_factory=set)  # 经济分类 names the tables show as 0
    live_lines: set = field(default_factory=set)  # 经济分类 names the tables show non-zero
    split: dict = field(default_factory=dict)  # 项 name -> (基本支出, 项目支出) from a 合计|基本|项目 table row
    para: str = ""  # the paragraph of the sentence an operator is given (set by ``injections``)
    unit_said: int = 0  # how often the text writes the unit's name


# new sentence, written, correct, kind, expect, also, context[, calc: the exact expression of the correct value]
Edit = tuple
Op = Callable[[Doc, str], Iterator[Edit]]


def op_text_table(doc: Doc, s: str) -> Iterator[Edit]:
    """A total / 基本支出 / 三公 figure the tables also state, changed in the text."""
    for f in _amounts(find_figures(s)):
        if f.value and f.value in doc.table_values and _TOTAL_WORDS.search(s[: f.start]):
            new = _show(_moved(f, _rng("tt", s, f.start)), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "text-table", "finding", (), ""


def op_direction(doc: Doc, s: str) -> Iterator[Edit]:
    """The direction word of a comparison flipped, where the text states the direction another way (``checked``):
    a word alone over a figure nothing else checks (「支出4835亿元，增长1.2%」) is no error a reader can see."""
    for m in re.finditer("|".join(UP_DOWN), s):
        figs = [f for f in find_figures(s[m.end():m.end() + 16]) if f.start <= 2 and f.value]
        if figs and direction_checked(s, m, m.end() + figs[0].start, doc.para):
            word = UP_DOWN[m.group()]
            yield _sub(s, m.start(), m.end(), word), figs[0].raw.replace(" ", ""), "", "direction", "finding", (), \
                word + s[m.end():m.end() + figs[0].end]


_DIR = r"增加|减少|增长|下降|增收|减收|增支|减支|上升|降低|增幅|减幅|降幅|涨幅"
# what may stand between the two words of one comparison: 「增加C，增长R%」, 「增加C，同口径比2018年下降R%」
_BETWEEN = r"\s*[，,、]?\s*(?:同口径)?(?:同比|[比较]上年度?|与上年相比|[比较](?:19|20)\d\d年度?)?\s*"
_LAST = re.compile(r"(?:上年|去年|上年度|上一年)(?:同期)?(?:决算|预算|实际)?(?:数|支出|收入)?(?:为|是|的|[：:])?\s*$")
_RATE_OF_BUDGET = re.compile(r"(?:完成|为|占)了?(?:年初|全年|调整)?预算数?的?\s*$|(?:执行率|完成率)(?:为|是|达)?\s*$")


def direction_checked(s: str, m: re.Match[str], at: int, para: str = "") -> str:
    """How ``s`` (in its paragraph ``para``) states the direction of the comparison whose word ``m`` stands before
    the figure at ``at`` another way than that word; "" when it does not (a flip of the word is then no error a
    reviewer can see): the comparison's other word beside it (「增加C，增长R%」); last year's amount written (「比上年
    的B增加C」, 「上年为B」); both amounts that differ by C (or whose change is R) before it; a comparison with the
    budget beside its completion rate; a decrease that, turned, would exceed its amount (the base below 0); the
    changes of a list adding up, signed, to their total's."""
    a, b = _clause(s, m.start())
    figs = [g for g in find_figures(s) if a <= g.start and g.end <= b]
    fig = next(g for g in figs if g.start == at)
    for g in figs:
        if g.start == at or not g.value or (g.unit == "%") == (fig.unit == "%"):
            continue
        if g.start > fig.end and re.fullmatch(rf"{_BETWEEN}(?:{_DIR})(?:了|率|为)?\s*[（(]?", s[fig.end:g.start]):
            return "pair"
        if g.end < m.start() and re.search(rf"(?:{_DIR})(?:了|率|为)?\s*[（(]?$", s[a:g.start]) \
                and re.fullmatch(_BETWEEN, s[g.end:m.start()]):
            return "pair"
    piece = max(s.rfind(c, a, m.start()) for c in "，,、") + 1 or a
    mark = max(s.rfind(c, piece, m.start()) for c in "比较")
    if mark >= 0 and any(mark < g.start < m.start() and g.is_money for g in figs):
        return "base"
    levels = [g for g in _levels(figs, s) if g.start != at]
    if any(_LAST.search(s[max(a, g.start - 10):g.start]) for g in levels):
        return "base"
    before = [g for g in levels if g.end <= m.start() and g.is_money]
    for x in before:
        for y in before:
            if x is y or x.unit != y.unit or not y.value:
                continue
            d = abs(x.value - y.value)
            if fig.is_money and fig.unit == x.unit and abs(d - fig.value) <= Decimal(1).scaleb(-max(x.decimals, 0)):
                return "levels"
            if fig.unit == "%" and abs(d / y.value * 100 - fig.value) <= Decimal(1).scaleb(-max(fig.decimals, 0)):
                return "levels"
    mark = max(s.rfind(c, piece, m.start()) for c in "比较与")
    if mark >= 0 and "预算" in s[mark:m.start()] and any(
            g.unit == "%" and _RATE_OF_BUDGET.search(s[max(a, g.start - 12):g.start]) for g in figs):
        return "completion"
    if fig.is_money and m.group() in ("减少", "下降") and before and before[-1].unit == fig.unit \
            and before[-1].value < fig.value:
        return "below-zero"
    return "items" if fig.is_money and _in_a_sum(para or s, s, fig) else ""


def _signed_changes(text: str) -> list[tuple[int, Figure]]:
    out = []
    for g in find_figures(text):
        w = re.search(rf"({_DIR})了?\s*[（(]?$", text[max(g.start - 6, 0):g.start])
        if g.is_money and g.value and w and "幅" not in w.group(1):
            out.append((1 if re.match("增|上升|涨", w.group(1)) else -1, g))
    return out


def _in_a_sum(para: str, s: str, fig: Figure) -> bool:
    """Whether the change ``fig`` of the sentence ``s`` is a total's or an item's of a run of changes in ``para``
    whose items add up, signed, to their total (「支出较去年增加31.79万元，主要是基本支出增加49.13万元，项目支出减少
    17.34万元」)."""
    base = para.find(s)
    if base < 0:
        para, base = s, 0
    ch = _signed_changes(para)
    at = next((k for k, (_, g) in enumerate(ch) if g.start == base + fig.start), None)
    if at is None:
        return False
    for t in range(len(ch)):
        for end in range(t + 3, len(ch) + 1):
            if not t <= at < end:
                continue
            run = ch[t + 1:end]
            tol = sum((g.half_yuan() for _, g in ch[t:end]), Decimal(0))
            if abs(sum(sg * g.yuan() for sg, g in run) - ch[t][0] * ch[t][1].yuan()) <= tol:
                return True
    return False


def op_flat(doc: Doc, s: str) -> Iterator[Edit]:
    """持平 where the figures differ: "决算数大于预算数" → "决算数与预算数持平" (both figures stated); "增加X万元"
    → "持平" where the clause still states both levels."""
    figs = _amounts(find_figures(s))
    m = re.search(r"决算数?(大于|小于|高于|低于)(年初|全年)?预算数?", s)
    if m and len({f.value for f in figs}) >= 2:
        yield _sub(s, m.start(), m.end(), "决算数与预算数持平"), "与预算数持平", "", "flat", "finding", (), ""
    for m in _CHANGE.finditer(s):
        new = _sub(s, m.start(), m.end(), "持平")
        a, b = _clause(new, m.start())
        if len({f.value for f in _levels(find_figures(new[a:b]), new[a:b])}) >= 2:
            yield new, "持平", "", "flat", "finding", (), ""


def op_flat_appended(doc: Doc, s: str) -> Iterator[Edit]:
    """"比上年增加X万元，增长Y%，与上年持平" (as in a published "减少为0.00万元，与2024年持平"): 持平 against
    the same base the change is stated against."""
    for m in _CHANGE.finditer(s):
        a, _ = _clause(s, m.start())
        head = s[max(s.rfind("。", 0, m.start()) + 1, 0) if "相比" in s[:m.start()] else a: m.start() + 2]
        bases = list(_BASE.finditer(head))
        base = next((g for g in bases[-1].groups() if g), "") if bases else ""
        if base and Decimal(m.group(2).rstrip("万元 ").replace(",", "")):
            words = f"与{base}持平"
            yield _sub(s, m.end(), m.end(), "，" + words), words, "", "flat", "finding", (), ""


_BASE = re.compile(r"与([^，,；;。]*?)相比|[比较]([^，,；;。]*?)(?=增加|减少|\d[\d,]*(?:\.\d+)?\s*万?元)")
_CHANGE = re.compile(r"(增加|减少)(\d[\d,]*(?:\.\d+)?\s*万?元)([，,](?:增长|下降)\d+(?:\.\d+)?\s*%)?")


def op_compare(doc: Doc, s: str) -> Iterator[Edit]:
    if len(_amounts(find_figures(s))) < 2 and "预算" not in s:
        return
    for m in re.finditer(r"(决算数?)(大于|小于|高于|低于|超过|未达到)((?:年初|全年|调整)?预算数?)", s):
        new = m.group(1) + COMPARE[m.group(2)] + m.group(3)
        yield _sub(s, m.start(), m.end(), new), new, "", "compare", "finding", (), ""


_COMPLETION = re.compile(r"完成(?:了)?(?:年初|全年|调整)?预算(?:数)?的(\d+(?:\.\d+)?)\s*[%％]")


def op_completion(doc: Doc, s: str) -> Iterator[Edit]:
    for m in _COMPLETION.finditer(s):
        f = next(f for f in find_figures(s) if f.start >= m.start(1))
        calc = _rate_calc(s, f)
        if calc:
            new = _show(_moved(f, _rng("cp", s), percent=True), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "completion", "finding", (), "", calc


def _moved_rate(doc: Doc, s: str, wrong: bool) -> Iterator[Edit]:
    """The rate clause taken out of its sentence and written as a sentence of its own two sentences later
    (the 决算 two sentences before it); the paragraph's next sentence comes between."""
    m = _COMPLETION.search(s)
    if not m:
        return
    f = next(f for f in find_figures(s) if f.start >= m.start(1))
    calc = _rate_calc(s, f)
    if not calc:
        return
    value = _show(_moved(f, _rng("mv", s), percent=True), f) if wrong else f.raw.replace(" ", "")
    clause = re.search(r"[，,]?" + re.escape(m.group()), s)
    assert clause
    rest = s[: clause.start()] + s[clause.end():]
    tail = "" if rest.endswith("。") else "。"
    moved = m.group().replace(f.raw, value).replace(" ", "")
    # "@NEXT@" is filled with the paragraph's next sentence by ``inject`` (no next sentence: not eligible)
    yield rest + tail + "@NEXT@" + moved + "。", value, f.raw.replace(" ", "") if wrong else "", "completion", \
        "finding" if wrong else "none", (), "", calc


def op_moved_rate(doc: Doc, s: str) -> Iterator[Edit]:
    yield from _moved_rate(doc, s, True)


def op_moved_rate_right(doc: Doc, s: str) -> Iterator[Edit]:
    yield from _moved_rate(doc, s, False)


def op_percent(doc: Doc, s: str) -> Iterator[Edit]:
    for f in find_figures(s):
        if f.unit == "%" and re.search(r"(增长|下降|占|的|为)\s*$", s[max(f.start - 4, 0): f.start]):
            body = _number(f)
            yield _sub(s, f.start, f.end, body), body, body + "%", "unit", "finding", (), ""


def op_template(doc: Doc, s: str) -> Iterator[Edit]:
    for m in re.finditer("|".join(TEMPLATE), s):
        if s[m.end():m.end() + 1] != "（" and s[max(m.start() - 1, 0):m.start()] != "（":
            alt = TEMPLATE[m.group()]
            yield _sub(s, m.start(), m.end(), alt), alt, "", "template", "finding", (), ""
    for f in _amounts(find_figures(s))[:1]:
        new = "XX" + f.raw.replace(" ", "")[len(_number(f)):]
        yield _sub(s, f.start, f.end, new), new, "", "template", "finding", (), ""


_LEVEL = re.compile(r"([\u4e00-\u9fa5（）()]{2,30}?)[（(](类|款|项)[）)]")


def op_code_name(doc: Doc, s: str) -> Iterator[Edit]:
    """A 类/款/项 name replaced by another name of the same level the document uses."""
    for m in _LEVEL.finditer(s):
        name = re.split(r"[（）()]", m.group(1))[-1] or m.group(1)
        others = sorted(n for n in doc.names.get(m.group(2), ()) if n != name and name not in n and n not in name)
        if not others or len(name) < 2:
            continue
        other = _rng("nm", s, m.start()).choice(others)
        start = m.start(1) + m.group(1).rfind(name)
        new = other + s[m.end(1):m.end()]
        yield _sub(s, start, m.end(), new), new, "", "name", "finding", (), ""


def op_purpose(doc: Doc, s: str) -> Iterator[Edit]:
    """A 项's purpose naming another 项's matter: "住房公积金（项），主要用于…住房公积金" → "…职工基本医疗保险"."""
    use = s.find("主要用于")
    if use < 0:
        return
    for m in _LEVEL.finditer(s[:use]):
        name = re.split(r"[（）()]", m.group(1))[-1]
        if m.group(2) != "项" or len(name) < 3 or name not in s[use:]:
            continue
        others = sorted(n for n in doc.names.get("项", ()) if n != name and name not in n and n not in name)
        if others:
            other = _rng("pu", s, name).choice(others)
            at = s.index(name, use)
            yield _sub(s, at, at + len(name), other), other, name, "name", "finding", (), ""


def op_basic_project(doc: Doc, s: str) -> Iterator[Edit]:
    """A 项 the tables show only as 项目支出 described as 基本支出 (and the reverse)."""
    for m in _LEVEL.finditer(s):
        basic, project = doc.split.get(re.split(r"[（）()]", m.group(1))[-1], (None, None))
        if m.group(2) != "项" or basic is None or (basic and project):
            continue
        said, other = (("项目", "基本") if basic == 0 else ("基本", "项目"))
        for w in re.finditer(said + "(支出|经费)", s[m.end():]):
            at = m.end() + w.start()
            yield _sub(s, at, at + 2, other), other + w.group(1), said + w.group(1), "wording", "finding", (), ""


def op_unit_name(doc: Doc, s: str) -> Iterator[Edit]:
    """The unit's name with a character of its own part left out (not a place's level: 「黔南中医医院」 for
    「黔南州中医医院」 is the customary short form; not the bracket of a scope 「（本级）」, no part of the name),
    where the document writes it once more at least: a name written once in all leaves nothing to tell the right
    spelling by."""
    unit = _unit_of(doc)
    if len(unit) < 5 or doc.unit_said < 2:
        return
    core = max(unit.rfind(c) for c in "省市区县旗州") + 1
    cut = core + (len(unit) - core) // 2
    if cut >= len(unit) - 1:
        return
    wrong = unit[:cut] + unit[cut + 1:]
    for m in re.finditer(re.escape(unit), s):
        yield _sub(s, m.start(), m.end(), wrong), wrong, unit, "name", "finding", (), ""


def _unit_of(doc: Doc) -> str:
    """The unit's name without the scope its documents write after it (「（本级）」, 「(汇总)」, 「（部门）」)."""
    return re.sub(r"\s*[（(](?:本级|汇总|部门|单位)[)）]$", "", doc.source.unit)


def _parts(s: str) -> tuple[Figure, list[Figure]] | None:
    """The total before "其中" and the amounts after it, in one sentence."""
    m = re.search(r"其中[：:，,]?", s)
    if not m:
        return None
    before = _levels(find_figures(s[: m.start()]), s)
    after = [f for f in _levels(find_figures(s), s) if f.start >= m.end()]
    if not before or not after or before[-1].unit != after[0].unit:
        return None
    return before[-1], after


def op_part_larger(doc: Doc, s: str) -> Iterator[Edit]:
    got = _parts(s)
    if not got:
        return
    total, after = got
    for f in after:
        if f.unit == total.unit and total.value > 0:
            new = _show((total.value * Decimal("1.1") + 1).quantize(Decimal(1).scaleb(-max(f.decimals, 0))), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "sum", "finding", \
                ((total.raw.replace(" ", ""), ""),), ""


def op_sum_part(doc: Doc, s: str) -> Iterator[Edit]:
    got = _parts(s)
    if not got:
        return
    total, after = got
    if len(after) < 2 or abs(sum(f.value for f in after) - total.value) > Decimal("0.01") * len(after):
        return
    for f in after:
        new_value = _moved(f, _rng("sp", s, f.start))
        new = _show(new_value, f)
        total_should = _show(sum(g.value for g in after) - f.value + new_value, total)
        yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "sum", "finding", \
            ((total.raw.replace(" ", ""), total_should),), ""


def op_share(doc: Doc, s: str) -> Iterator[Edit]:
    for f in find_figures(s):
        calc = _rate_calc(s, f)
        if f.unit == "%" and "占" in s[max(f.start - 14, 0): f.start] and 0 < f.value < 100 and calc:
            new = _show(_moved(f, _rng("sh", s, f.start), percent=True), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "share", "finding", (), "", calc


def op_blank(doc: Doc, s: str) -> Iterator[Edit]:
    for f in find_figures(s):
        if f.unit == "%" and s[max(f.start - 1, 0): f.start] == "占":
            yield _sub(s, f.start, f.end, "%"), "占%", f.raw.replace(" ", ""), "blank", "finding", (), ""
    for m in re.finditer(r"第([一二三四五六七八九十\d]+)(届|次)", s):
        yield _sub(s, m.start(1), m.end(1), ""), "第" + m.group(2), "", "blank", "finding", (), ""
    for f in _amounts(find_figures(s))[:1]:
        if f.start >= 3:
            new = f.raw.replace(" ", "")[len(_number(f)):]
            yield _sub(s, f.start, f.end, new), s[f.start - 3: f.start] + new, "", "blank", "finding", (), ""


def op_econ_swap(doc: Doc, s: str) -> Iterator[Edit]:
    """One 经济分类 name inside a list ("主要包括：基本工资、…、住房公积金…") replaced by another."""
    items = [m for m in re.finditer("|".join(map(re.escape, sorted(ECON_NAMES, key=len, reverse=True))), s)
             if s[m.start() - 1: m.start()] in "、：:" and s[m.end(): m.end() + 1] in "、，,。；;等"]
    if len(items) < 3 or "、" not in s:
        return
    present = {m.group() for m in items}
    for m in items:
        others = sorted(n for n in ECON_NAMES if n not in present and n not in doc.live_lines)
        other = _rng("ec", s, m.start()).choice(others)
        yield _sub(s, m.start(), m.end(), other), other, "", "list", "finding", (), ""


def op_list_lines(doc: Doc, s: str) -> Iterator[Edit]:
    """Against the 公开06 table: the list names a zero line, or omits a non-zero one."""
    if not doc.live_lines or not re.search(r"人员经费|公用经费", s):
        return
    items = [m for m in re.finditer("|".join(map(re.escape, sorted(doc.live_lines, key=len, reverse=True))), s)]
    if len(items) < 3:
        return
    for name in sorted(doc.zero_lines - {m.group() for m in items})[:3]:
        last = items[-1]
        yield _sub(s, last.end(), last.end(), "、" + name), name, "", "list", "finding", (), ""
    for m in items[1:]:
        cut = s[m.start() - 1: m.start()] == "、"
        yield _sub(s, m.start() - cut, m.end(), ""), "", "", "list", "finding", (), s[max(items[0].start() - 8, 0):
                                                                                    items[0].start()]


def _rate_calc(s: str, f: Figure, growth: bool = False) -> str:
    """"part/whole*100" for a share (占) or completion rate (完成…预算的) whose two amounts stand in its own
    clause before it — with ``growth`` also a 增长/下降 rate after "C万元，比上年增加D万元" (D/(C−D)) — when the
    written rate agrees with them within rounding; else ""."""
    a, _ = _clause(s, f.start)
    seg = s[a:f.start]
    before = _levels(find_figures(seg), seg)
    pre = s[max(f.start - 16, 0): f.start]
    change = [g for g in _amounts(find_figures(seg)) if re.search(r"(增加|减少)$", seg[:g.start])]
    if growth and change and re.search(r"(增长|下降)$", pre) and before and before[-1].end <= change[-1].start:
        level, d = before[-1], change[-1]
        op = "-" if seg[: d.start].endswith("增加") else "+"
        calc = f"{d.value}/({level.value}{op}{d.value})*100"
    elif len(before) < 2 or before[-1].unit != before[0].unit:
        return ""
    elif "占" in pre:
        calc = f"{before[-1].value}/{before[0].value}*100"
    elif _COMPLETION.search(s[max(f.start - 16, 0): f.end]):
        calc = f"{before[-1].value}/{before[-2].value}*100"
    else:
        return ""
    try:
        lo, hi = calc_interval(calc)
    except ZeroDivisionError:
        return ""
    return calc if lo - Decimal("0.005") <= f.value <= hi + Decimal("0.005") else ""


def op_rounding(doc: Doc, s: str) -> Iterator[Edit]:
    """A share or completion rate moved by 0.01 point that rounding of its figures explains: no 错误. Amounts in 元
    to the 分 are exact (README: 以元显示到分的金额按精确值核对): a rate of them has one right rounding, none moved."""
    for f in find_figures(s):
        calc = _rate_calc(s, f, growth=True) if f.unit == "%" and f.decimals >= 2 else ""
        if not calc or any(g.unit == "元" for g in find_figures(s[_clause(s, f.start)[0]:f.start])):
            continue
        lo, hi = calc_interval(calc)
        for step in (Decimal("0.01"), Decimal("-0.01")):
            v = f.value + step
            if lo - Decimal("0.005") <= v <= hi + Decimal("0.005"):
                new = _show(v, f)
                yield _sub(s, f.start, f.end, new), new, "", "share", "none", (), "", calc
                break


OPERATORS: dict[str, Op] = {
    "text-table": op_text_table, "direction": op_direction, "flat": op_flat, "flat-appended": op_flat_appended,
    "compare": op_compare,
    "completion": op_completion, "moved-rate": op_moved_rate, "moved-rate-right": op_moved_rate_right,
    "percent-dropped": op_percent, "template": op_template, "code-name": op_code_name,
    "unit-name": op_unit_name, "purpose": op_purpose,
    "basic-project": op_basic_project, "part-larger": op_part_larger, "econ-swap": op_econ_swap,
    "list-lines": op_list_lines, "share": op_share, "sum-part": op_sum_part, "blank": op_blank,
    "rounding": op_rounding,
}


# --- the document model the operators use, and the injections ----------------------------------

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


def table_code_names(doc: Doc, rows: list[list[str]]) -> Iterator[tuple[int, int, str, str]]:
    """A 功能分类 row's name replaced by the name of another code of the same level (类/款/项) the document
    uses: (row, column, new name, old name)."""
    levels = {3: "类", 5: "款", 7: "项"}
    for r, row in enumerate(rows):
        code = "".join(c for c in row[:3] if c.strip().isdigit())
        col = next((k for k, c in enumerate(row) if c.strip() and not c.strip().isdigit()
                    and _cell_value(c) is None), None)
        if col is None or not _CODE.match(code) or len(code) not in levels or code.startswith("30"):
            continue
        old = row[col].strip()
        others = sorted(n for n in doc.names.get(levels[len(code)], ()) if n != old and old not in n
                        and n not in old)
        if others:
            yield r, col, _rng("tn", code, r, old).choice(others), old


def _cell_value(cell: str) -> Decimal | None:
    body = cell.replace(",", "").replace("，", "").strip()
    return Decimal(body) if re.fullmatch(r"-?\d+(?:\.\d+)?", body) else None


def _full_width(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")


def document_of(source: Source) -> Doc:
    doc = Doc(source)
    if source.unit:
        doc.unit_said = sum(b.text.count(_unit_of(doc)) for b in source.blocks if not b.is_table)
    levels = {3: "类", 5: "款", 7: "项"}
    for b in source.blocks:
        if not b.is_table:
            for m in _LEVEL.finditer(b.text):
                doc.names.setdefault(m.group(2), set()).add(re.split(r"[（）()]", m.group(1))[-1])
            continue
        econ = "基本支出" in f"{b.kind}{b.title}{b.caption}"
        for row in b.rows:
            values = [_cell_value(c) for c in row]
            doc.table_values |= {v for v in values if v is not None}
            code = "".join(c for c in row[:3] if c.strip().isdigit())
            names = [c for c in row if c.strip() and _cell_value(c) is None]
            if _CODE.match(code) and names and len(code) in levels and not econ and not code.startswith("30"):
                doc.names.setdefault(levels[len(code)], set()).add(names[0].strip())
                at = row.index(names[0])
                amounts = [v for v in values[at + 1:] if v is not None]
                if len(code) == 7 and len(amounts) == 3:
                    doc.split[names[0].strip()] = (amounts[1], amounts[2])
            for k, cell in enumerate(row[:-1]):
                if econ and _cell_value(cell) is None and "合计" not in cell and cell.strip():
                    amount = next((v for v in values[k + 1:k + 2] if v is not None), None)
                    if amount is not None:
                        (doc.live_lines if amount else doc.zero_lines).add(_full_width(cell.strip()))
    return doc
