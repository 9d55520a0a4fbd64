"""Error injection into CLEAN real documents, for 审阅 (issue 17): one operator per error class the issue
lists, applied at every eligible place found by parsing the document as the review reads it (its blocks);
each injection is reviewed and scored with the corpus's own matching (tests/review_corpus.py).

Sources: the two 普陀 documents with their nine tables (as .docx made by tests/pdf_docs.py, and as PDF
through LibreOffice), the corpus's documents and passages (their hand-established errors excluded: no
injection in a sentence that is already wrong), the seed report (its sentences the review flags excluded),
and juesuan's own 决算公开 and 分析报告 for a few units. Everything is deterministic for a seed.

An injection records its document, operator, place (the mutated sentence), the figure or words written,
the correct value (what a finding must state) and whether a finding is expected at all (a rounding-only
change must raise no 错误). ``found``: a new finding matching the injection (``review_corpus.matches``,
with the injection's words as context); ``with value``: it also states the correct value (wording
classes: it names the place); ``false alarm``: an alarm-level finding absent on the clean document and
not about the mutated sentence (for ``expect = "none"``: any 错误 on the mutated sentence too).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from juesuan.review.figures import Figure, find_figures
from tests.review_corpus import ALARM_LEVELS, Error, _norm, _same_value, calc_interval, matches

SEED = 20261205
_SENT = re.compile(r"[^。！？]+[。！？]?")
_UNIT_OF_TITLE = re.compile(r"^(?:第[一二三四]部分)?(.{4,30}?)\d{4}年度?")
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


@dataclass
class Source:
    """A clean document as the review reads it (its blocks), with the places known to be wrong."""

    name: str
    group: str  # "tuning" or "held-out"
    form: str  # "text", "docx", "pdf"
    blocks: list
    unit: str = ""
    skip: tuple[str, ...] = ()  # normalized pieces of sentences already wrong: no injection there
    clean: list = field(default_factory=list)  # the review's findings on the clean document


@dataclass(frozen=True)
class Injection:
    source: str
    group: str
    operator: str
    block: int
    sentence: str  # the mutated sentence as written after the injection
    written: str  # the figure or words written
    correct: str  # what a finding must state ("" for wording classes: it must name the place)
    kind: str  # the corpus kind the matching uses
    expect: str  # "finding" or "none"
    text: str = ""  # the block's new text (paragraphs)
    rows: tuple[tuple[str, ...], ...] = ()  # the block's new rows (tables)
    also: tuple[tuple[str, str], ...] = ()  # other (figure, correct) the same error may be reported on
    context: str = ""


@dataclass
class Outcome:
    injection: Injection
    found: bool = False
    with_value: bool = False
    false_alarms: list = field(default_factory=list)
    said: list = field(default_factory=list)  # what the review said on the mutated sentence


# --- parsing helpers ---------------------------------------------------------------------------


def sentences_of(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _SENT.finditer(text):
        if m.group().strip("。！？ "):
            yield m.start(), m.end(), m.group()


def _rng(*key) -> random.Random:
    return random.Random(":".join(map(str, (SEED, *key))))


def _number(f: Figure) -> str:
    return re.sub(r"(万元|元|%|％|万)$", "", f.raw.replace(" ", "")).strip()


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


Edit = tuple[str, str, str, str, str, tuple, str]  # new sentence, written, correct, kind, expect, also, context
Op = Callable[[Doc, str], Iterator[Edit]]


def op_text_table(doc: Doc, s: str) -> Iterator[Edit]:
    """A total / 基本支出 / 三公 figure the tables also state, changed in the text."""
    for f in _amounts(find_figures(s)):
        if f.value and f.value in doc.table_values and _TOTAL_WORDS.search(s[: f.start]):
            new = _show(_moved(f, _rng("tt", s, f.start)), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "text-table", "finding", (), ""


def op_direction(doc: Doc, s: str) -> Iterator[Edit]:
    for m in re.finditer("|".join(UP_DOWN), s):
        figs = [f for f in find_figures(s[m.end():m.end() + 16]) if f.start <= 2 and f.value]
        if figs:
            word = UP_DOWN[m.group()]
            yield _sub(s, m.start(), m.end(), word), figs[0].raw.replace(" ", ""), "", "direction", "finding", (), \
                word + s[m.end():m.end() + figs[0].end]


def op_flat(doc: Doc, s: str) -> Iterator[Edit]:
    """持平 where the figures differ: "决算数大于预算数" → "决算数与预算数持平"; "增加X万元" → "持平"."""
    figs = _amounts(find_figures(s))
    m = re.search(r"决算数?(大于|小于|高于|低于)(年初|全年)?预算数?", s)
    if m and len({f.value for f in figs}) >= 2:
        yield _sub(s, m.start(), m.end(), "决算数与预算数持平"), "与预算数持平", "", "flat", "finding", (), ""
    for m in re.finditer(r"(增加|减少)(\d[\d,]*(?:\.\d+)?\s*万?元)(，(?:增长|下降)\d+(?:\.\d+)?%)?", s):
        if Decimal(m.group(2).rstrip("万元 ").replace(",", "")):
            yield _sub(s, m.start(), m.end(), "持平"), "持平", "", "flat", "finding", (), ""


def op_compare(doc: Doc, s: str) -> Iterator[Edit]:
    if len(_amounts(find_figures(s))) < 2 and "预算" not in s:
        return
    for m in re.finditer(r"(决算数?)(大于|小于|高于|低于|超过|未达到)((?:年初|全年|调整)?预算数?)", s):
        new = m.group(1) + COMPARE[m.group(2)] + m.group(3)
        yield _sub(s, m.start(), m.end(), new), new, "", "compare", "finding", (), ""


_COMPLETION = re.compile(r"完成(?:了)?(?:年初|全年|调整)?预算(?:数)?的(\d+(?:\.\d+)?)\s*[%％]")


def op_completion(doc: Doc, s: str) -> Iterator[Edit]:
    if len(_amounts(find_figures(s))) < 2:
        return
    for m in _COMPLETION.finditer(s):
        f = next(f for f in find_figures(s) if f.start >= m.start(1))
        new = _show(_moved(f, _rng("cp", s), percent=True), f)
        yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "completion", "finding", (), ""


def _moved_rate(doc: Doc, s: str, wrong: bool) -> Iterator[Edit]:
    """The rate clause taken out of its sentence and written as a sentence of its own two sentences later
    (the 决算 two sentences before it); the paragraph's next sentence comes between."""
    m = _COMPLETION.search(s)
    if not m or len(_amounts(find_figures(s))) < 2:
        return
    f = next(f for f in find_figures(s) if f.start >= m.start(1))
    value = _show(_moved(f, _rng("mv", s), percent=True), f) if wrong else f.raw.replace(" ", "")
    clause = re.search(r"[，,]?" + re.escape(m.group()), s)
    assert clause
    rest = s[: clause.start()] + s[clause.end():]
    tail = "" if rest.endswith("。") else "。"
    moved = m.group().replace(f.raw, value).replace(" ", "")
    # "@NEXT@" is filled with the paragraph's next sentence by ``inject`` (no next sentence: not eligible)
    yield rest + tail + "@NEXT@" + moved + "。", value, f.raw.replace(" ", "") if wrong else "", "completion", \
        "finding" if wrong else "none", (), ""


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


_LEVEL = re.compile(r"([\u4e00-\u9fa5、（）()]{2,30}?)[（(](类|款|项)[）)]")


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


def op_unit_name(doc: Doc, s: str) -> Iterator[Edit]:
    unit = doc.source.unit
    if len(unit) < 5:
        return
    for m in re.finditer(re.escape(unit), s):
        core = max(unit.rfind("区"), unit.rfind("市"), unit.rfind("县"), unit.rfind("旗")) + 1
        cut = core + (len(unit) - core) // 2
        if cut >= len(unit) - 1:
            continue
        wrong = unit[:cut] + unit[cut + 1:]
        yield _sub(s, m.start(), m.end(), wrong), wrong, unit, "name", "finding", (), ""


def _parts(s: str) -> tuple[Figure, list[Figure]] | None:
    """The total before "其中" and the amounts after it, in one sentence."""
    m = re.search(r"其中[：:，,]?", s)
    if not m:
        return None
    before = _amounts(find_figures(s[: m.start()]))
    after = [f for f in _amounts(find_figures(s)) if f.start >= m.end()]
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
        if f.unit == "%" and "占" in s[max(f.start - 14, 0): f.start] and 0 < f.value < 100:
            new = _show(_moved(f, _rng("sh", s, f.start), percent=True), f)
            yield _sub(s, f.start, f.end, new), new, f.raw.replace(" ", ""), "share", "finding", (), ""


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
    items = [m for m in re.finditer("|".join(map(re.escape, sorted(ECON_NAMES, key=len, reverse=True))), s)]
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


def op_rounding(doc: Doc, s: str) -> Iterator[Edit]:
    """A share or completion rate moved by 0.01 point that rounding of its figures explains: no 错误."""
    figs = find_figures(s)
    amounts = _amounts(figs)
    for f in figs:
        if f.unit != "%" or f.decimals < 2:
            continue
        pre = s[max(f.start - 14, 0): f.start]
        before = [a for a in amounts if a.end <= f.start]
        if "占" in pre and len(before) >= 2:
            part, whole = before[-1], before[0]
        elif _COMPLETION.search(s[max(f.start - 16, 0): f.end]) and len(before) >= 2:
            part, whole = before[-1], before[-2]
        else:
            continue
        if not whole.value or part.unit != whole.unit:
            continue
        lo, hi = calc_interval(f"{part.value}/{whole.value}*100")
        if not lo <= f.value <= hi:  # the figure is not right to begin with
            continue
        for step in (Decimal("0.01"), Decimal("-0.01")):
            v = f.value + step
            if lo - Decimal("0.005") <= v <= hi + Decimal("0.005"):
                new = _show(v, f)
                yield _sub(s, f.start, f.end, new), new, "", "share", "none", (), ""
                break


OPERATORS: dict[str, Op] = {
    "text-table": op_text_table, "direction": op_direction, "flat": op_flat, "compare": op_compare,
    "completion": op_completion, "moved-rate": op_moved_rate, "moved-rate-right": op_moved_rate_right,
    "percent-dropped": op_percent, "template": op_template, "code-name": op_code_name,
    "unit-name": op_unit_name, "part-larger": op_part_larger, "econ-swap": op_econ_swap,
    "list-lines": op_list_lines, "share": op_share, "sum-part": op_sum_part, "blank": op_blank,
    "rounding": op_rounding,
}


# --- the document model the operators use, and the injections ----------------------------------

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


def _cell_value(cell: str) -> Decimal | None:
    body = cell.replace(",", "").replace("，", "").strip()
    return Decimal(body) if re.fullmatch(r"-?\d+(?:\.\d+)?", body) else None


def _full_width(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")


def document_of(source: Source) -> Doc:
    doc = Doc(source)
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
            if _CODE.match(code) and names and len(code) in levels:
                doc.names.setdefault(levels[len(code)], set()).add(names[0].strip())
            for k, cell in enumerate(row[:-1]):
                if econ and _cell_value(cell) is None and "合计" not in cell and cell.strip():
                    amount = next((v for v in values[k + 1:k + 2] if v is not None), None)
                    if amount is not None:
                        (doc.live_lines if amount else doc.zero_lines).add(_full_width(cell.strip()))
    return doc


def _skipped(source: Source, sentence: str) -> bool:
    s = _norm(sentence)
    return any(piece and piece in s for piece in source.skip)


def injections(source: Source, operators: list[str] | None = None) -> Iterator[Injection]:
    """Every injection of ``operators`` (default all) at every eligible place of ``source``."""
    doc = document_of(source)
    for bi, b in enumerate(source.blocks):
        if b.is_table:
            continue
        sents = list(sentences_of(b.text))
        for k, (start, end, s) in enumerate(sents):
            if _skipped(source, s):
                continue
            for name in operators or OPERATORS:
                for new, written, correct, kind, expect, also, context in OPERATORS[name](doc, s):
                    stop = end
                    if "@NEXT@" in new:
                        if k + 1 >= len(sents) or _skipped(source, sents[k + 1][2]):
                            continue
                        new, stop = new.replace("@NEXT@", sents[k + 1][2]), sents[k + 1][1]
                    yield Injection(source.name, source.group, name, bi, new, written, correct, kind, expect,
                                    b.text[:start] + new + b.text[stop:], also=also, context=context)


# --- review and score ----------------------------------------------------------------------------


def review(blocks) -> list:
    from juesuan.review import review_blocks

    return review_blocks(blocks)


def _with_block(blocks, index: int, block):
    out = type(blocks)(blocks)
    for attr in ("notes", "pages", "coverage"):
        if hasattr(blocks, attr):
            setattr(out, attr, getattr(blocks, attr))
    out[index] = block
    return out


def key(f) -> tuple:
    return f.code, f.figure, f.expected, f.block


def _on_place(f, inj: Injection) -> bool:
    if f.block != inj.block:
        return False
    q, s = _norm(f.quote), _norm(inj.sentence)
    return bool(q) and (q[:10] in s or s[:10] in q or (bool(inj.written) and _norm(inj.written) in q))


def expected_error(inj: Injection) -> Error:
    from tests.review_corpus import Alternative

    return Error(inj.written, inj.kind, "", inj.correct, also=tuple(Alternative(f, c) for f, c in inj.also),
                 context=inj.context)


def _value_ok(f, err: Error) -> bool:
    from tests.review_corpus import _points_at

    return any(_points_at(f, form.figure, err.kind) and (not form.correct or (bool(f.expected) and
               _same_value(f.expected, form.correct))) for form in err.forms())


def score_one(source: Source, inj: Injection, findings: list) -> Outcome:
    clean: dict[tuple, int] = {}
    for f in source.clean:
        clean[key(f)] = clean.get(key(f), 0) + 1
    new = []
    for f in findings:
        if clean.get(key(f), 0):
            clean[key(f)] -= 1
        else:
            new.append(f)
    out = Outcome(inj)
    err = expected_error(inj)
    for f in new:
        hit = inj.expect == "finding" and matches(f, err)
        if hit:
            out.found = True
            out.with_value = out.with_value or _value_ok(f, err)
        place = _on_place(f, inj)
        if hit or place:
            out.said.append(f)
        if f.level.value not in ALARM_LEVELS:
            continue
        if inj.expect == "none" and place and f.level.value == "错误":
            out.false_alarms.append(f)
        elif not hit and not place:
            out.false_alarms.append(f)
    return out


def run_injection(source: Source, inj: Injection) -> Outcome:
    b = source.blocks[inj.block]
    return score_one(source, inj, review(_with_block(source.blocks, inj.block, replace(b, text=inj.text))))


def prepare(source: Source) -> Source:
    source.clean = review(source.blocks)
    return source


def select(items: list[Injection], sample: int | None, seed: int = SEED) -> list[Injection]:
    """``sample`` injections per operator and source (chosen with ``seed``), or all."""
    if not sample:
        return items
    groups: dict[tuple[str, str], list[Injection]] = {}
    for inj in items:
        groups.setdefault((inj.operator, inj.source), []).append(inj)
    out = []
    for k in sorted(groups):
        out += random.Random(f"{seed}:{k}").sample(groups[k], min(sample, len(groups[k])))
    return out


def run(sources: list[Source], operators: list[str] | None = None, sample: int | None = None
        ) -> tuple[list[Outcome], float]:
    t0 = time.perf_counter()
    out = []
    for source in sources:
        for inj in select(list(injections(source, operators)), sample):
            out.append(run_injection(source, inj))
    return out, time.perf_counter() - t0


@dataclass
class Tally:
    injections: int = 0
    found: int = 0
    with_value: int = 0
    false_alarms: int = 0  # injections with at least one new false alarm
    expect_none: int = 0

    def add(self, o: Outcome) -> None:
        self.injections += 1
        self.found += o.found
        self.with_value += o.with_value
        self.false_alarms += bool(o.false_alarms)
        self.expect_none += o.injection.expect == "none"

    def row(self) -> str:
        findable = self.injections - self.expect_none
        rate = f"{self.with_value / findable:6.1%}" if findable else "     –"
        return (f"{self.injections:>5} {self.found:>6} {self.with_value:>7} {rate} {self.false_alarms:>6}")


HEADER = f"{'':<40}{'inj':>5} {'found':>6} {'w/value':>7} {'recall':>6} {'FA':>6}"


def family(source: str) -> str:
    """The column a source is reported under."""
    for prefix in ("putuo", "seed", "own"):
        if source.startswith(prefix):
            return source.split(":")[0] if prefix == "putuo" else prefix
    return "corpus-doc" if source.startswith("doc:") else "corpus-passage"


def tally(outcomes: list[Outcome], by: Callable[[Outcome], str]) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for o in outcomes:
        out.setdefault(by(o), Tally()).add(o)
    return dict(sorted(out.items()))
