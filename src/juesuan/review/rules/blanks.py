"""Number slots left empty in a filled-in text: a unit or a measure word where the grammar needs a
number before it and none is there — "占 %", "减少万元", "第次", "区十届人大次会议", "共计人，".

The check is on the shape, not on phrases: a unit (万元/亿元/元/%/个百分点) after a word that takes an
amount, or after a noun with nothing between; a measure word (次/届/人/辆 …) after 第, after a counting
verb, or between two nouns of a numbered session. Never on the template itself (no figures filled in)
or where a PDF's reading lost the figures (R-UNREAD / R-INCOMPLETE say that)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, ReviewFinding, finding, iv, iv_sum, point, show
from ..blocks import Block
from ..sentences import classify, levels_of, sentence_at, sentences
from .reading import MIN_COVERAGE, MIN_SENTENCES, coverage

NUMERALS = "0-9０-９零〇一二三四五六七八九十百千万亿两XxＸ×＊*"
# words that take a count's place before a measure word: "本次", "历届", "首次", "换届", "人次" …
_DETERMINERS = "本此该这那上下前后首末历每各当同往应换再初多数几屡逐累依其渐层档批班名人架车频席位主某干哪次届"
_NOT_AFTER = "(?![\u4e00-\u9fff]{0,2}为单位)"
# a unit right after the word that takes its figure: "占 %", "比上年减少 万元", "支出决算为万元"
_AFTER_WORD = re.compile(
    r"(?<!单位)(?P<word>占比|比重|增幅|降幅|增长率|下降率|执行率|完成率|占|增加|减少|增长|下降|上升|降低|为|达到?|"
    r"共计|合计|总计|累计|完成(?:年初|全年|调整)?预算的)了?(?:为|是|达)?(?P<gap>\s*)"
    r"(?P<unit>万元|亿元|%|％|个百分点|元(?![\u4e00-\u9fff]))" + _NOT_AFTER
)
# a unit right after a noun ("人员经费万元，"): not after a numeral, an estimate word ("数万元", "上万元",
# "近万元") or the words of a unit caption ("单位万元", "以万元为单位", "按万元计")
_AFTER_NOUN = re.compile(
    rf"(?<=[\u4e00-\u9fff）)])(?<![{NUMERALS}数几上近逾超约位以按的为计])(?<![{NUMERALS}]余)(?<!算数)"
    r"(?P<unit>万元|亿元)(?=[，,。；;、（(])"
)
# after 预算数/决算数 ("公务接待费预算数万元，"; not "节约数万元") or a label's colon ("因公出国（境）费：万元。";
# not "单位：万元")
_AFTER_LABEL = re.compile(
    r"(?:(?<=算数)|(?<=[\u4e00-\u9fff）)][：:])(?<!位[：:]))(?P<unit>万元|亿元|元)(?=[，,。；;、（(])"
)
# 元 alone only after the words of an amount ("基本支出元，", "结余元，"), never "美元", "单元", "公元" …
_YUAN_AFTER_NOUN = re.compile(r"(?<=[出入算余费金额款资购计])(?P<unit>元)(?=[，,。；;、（(])")
_PERCENT_AFTER_NOUN = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![{NUMERALS}])(?P<unit>%|％)(?=[，,。；;、])")
# an ordinal with no number: "第次", "第季度" (not "次第", "府第", "门第" …)
_ORDINAL = re.compile(r"(?<![次府门落及宅等科甲])第(?P<unit>次|届|季度|个|项|批|期|条|号|章|节|轮)")
# a session numbered by measure words: "区十届人大次会议" (次 between two nouns, no count)
_SESSION = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![{NUMERALS}{_DETERMINERS}])(?P<unit>届|次)"
    r"(?=人大|人民代表大会|代表大会|政协|党代会|常委会|全会|会议|全体会议)"
)
# a count with no number: "共计人，", "保有量为辆。"
_COUNT = re.compile(
    r"(?:共计|合计|总计|总共|累计|共有|保有量为?|人数为?|数量为?)"
    r"(?P<unit>人次|批次|个团组|团组|人|批|次|辆|台|个|项|家|所|件|套|名)(?=[，,。；;、（(]|$)"
)
# a total with no amount at all before the list of its parts: 「2020年度收入总计 ,其中:财政拨款收入6160234.82元;占100%」
_TOTAL_BEFORE_PARTS = re.compile(r"(?P<word>(?:收入|支出|收支|经费|资金)?(?:总计|合计|共计|总额))(?P<unit>)"
                                 r"(?=\s*[，,；;]\s*其中)")
# the list after such a total states amounts (to the sentence's end)
_PARTS_STATED = re.compile(r"[^。]*?\d\s*(?:亿元|万元|元)")
_SHAPES = (_AFTER_WORD, _AFTER_NOUN, _AFTER_LABEL, _YUAN_AFTER_NOUN, _PERCENT_AFTER_NOUN, _ORDINAL, _SESSION, _COUNT,
           _TOTAL_BEFORE_PARTS)
_COUNTED = (_ORDINAL, _SESSION, _COUNT)  # slots of a count or an ordinal: the same words elsewhere fill them
_COUNT_NUMERALS = "0-9０-９零〇一二三四五六七八九十百千两"
_FILLED = re.compile(r"\d\.\d+\s*(?:万元|亿元|元|%|％)")
_WHOLE = re.compile(r"\d\s*(?:万元|亿元|元|%|％)")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def rule_blanks(blocks: list[Block]) -> list[ReviewFinding]:
    """A figure left blank in a text whose figures were otherwise read: the writer's gap, not the
    reader's loss. Where the document writes the same words with their numbers elsewhere ("区十七届人大
    五次会议"), that is the value to fill in."""
    texts = [b.text for b in blocks if not b.is_table]
    # filled in: figures to the 分 (or at least three whole ones), not the template's one fixed amount
    filled = max(sum(len(_FILLED.findall(t)) for t in texts), sum(len(_WHOLE.findall(t)) for t in texts) - 1)
    measured = getattr(blocks, "coverage", None) or {}
    if filled < 2 or getattr(blocks, "notes", None) or any(seen != read for seen, read in measured.values()):
        return []
    total, lost = coverage(blocks)
    if total >= MIN_SENTENCES and len(lost) > total * (1 - MIN_COVERAGE):
        return []  # figures lost in reading: R-INCOMPLETE
    whole = "\n".join(texts)
    out, seen = [], set()
    for bi, b in enumerate(blocks):
        if b.is_table or re.search(r"[|\t]", b.text):
            continue  # a table read as text: its headers ("增减%", "金额万元") have no figures of their own
        for shape in _SHAPES:
            for m in shape.finditer(b.text):
                at = m.start("unit")
                if (bi, at) in seen or (shape is _TOTAL_BEFORE_PARTS and not _PARTS_STATED.match(b.text, at)):
                    continue  # (a total named before a list of words: no amount left out)
                seen.add((bi, at))
                # the slot with the whole word that takes its figure (「完成年初预算的%」, not 「年初预算的%」)
                slot, _ = _slot(b.text, at, max(5, at - m.start("word")) if shape is _AFTER_WORD else 5, 3) \
                    if shape is not _TOTAL_BEFORE_PARTS else (m.group("word"), 0)
                fill = _filled_elsewhere(whole, b.text, at) if shape in _COUNTED else ""
                rate, said, why = _rate_of_clause(b.text, m.start("word"), at) if shape is _AFTER_WORD else \
                    _whole_of_parts(b.text, slot, at) if shape is _TOTAL_BEFORE_PARTS else ("", "", "")
                found = finding(
                    Level.WARNING, "R-TEMPLATE",
                    f"“{slot}”缺少数字：{f'按本句的{said}，应为“{rate}”' if rate else '空位未填写'}。", bi, b,
                    sentence_at(b.text, m.start()), expected=rate or fill or f"在“{slot}”中填入数字",
                    why=why or (f"本文另处写作“{fill}”" if fill else ""),
                )
                out.append(replace(found, figure=slot) if shape is _TOTAL_BEFORE_PARTS and rate else found)
    return out


_RATE_WORD = re.compile(r"(?:完成(?:年初|全年|调整)?预算的|执行率|完成率)$")
_AMOUNT_LABEL = re.compile(r"[\u4e00-\u9fff]{0,2}(?:预算|决算)(?:数)?(?=[为是：:]?$)")


def _rate_of_clause(text: str, word: int, at: int) -> tuple[str, str, str]:
    """A blank 完成率 (its words from ``word``, its % at ``at``) whose clause states the one 预算 it names (年初,
    全年 or none) and one 决算 before it: (the words with the rate filled in 「完成年初预算的95.99%」, the two
    amounts as the clause names them, the 计算); empty where the clause does not give them."""
    words = text[word:at].rstrip()
    if not _RATE_WORD.search(words):
        return "", "", ""
    s = next((x for x in sentences(text) if x.start <= at < x.start + len(x.text)), None)
    if s is None:
        return "", "", ""
    pos = at - s.start
    start = max(s.text.rfind(ch, 0, pos) for ch in "；;。")  # the clause of the slot
    named = m.group(0) if (m := re.search(r"年初|全年|调整", words)) else ""
    levels = [g for g in levels_of(s.figs) if start < g.f.start < pos and g.f.is_money]
    bud = [g for g in levels if g.kind == "预算" and named in g.pre[-8:]]
    fin = [g for g in levels if g.kind == "决算"]
    if len(bud) != 1 or len(fin) != 1 or bud[0].f.value <= 0:
        return "", "", ""
    b, f = bud[0].f, fin[0].f
    rate = number(point(iv(f), iv(b)))
    said = "、".join(f"{m.group(0) if (m := _AMOUNT_LABEL.search(g.pre.strip())) else g.kind}{g.f.raw}"
                    for g in (bud[0], fin[0]))
    return f"{words}{rate}%", said, f"{show(f.yuan(), f)} ÷ {show(b.yuan(), b)} × 100% = {rate}%"


def _whole_of_parts(text: str, slot: str, at: int) -> tuple[str, str, str]:
    """A total left blank before 其中 whose parts, each with its share, make up 100%: (the words with the sum of the
    parts filled in, what says so, the 计算); empty where the parts do not settle it (a list that may leave items
    out)."""
    s = next((x for x in sentences(text) if x.start <= at < x.start + len(x.text)), None)
    if s is None:
        return "", "", ""
    figs = classify(s.text[at - s.start:])
    parts = [g.f for g in levels_of(figs) if g.f.is_money]
    shares = [g.f for g in figs if g.role == "share"]
    lo, hi = iv_sum([iv(f) for f in shares]) if shares else (Decimal(0), Decimal(0))
    if not parts or len(shares) != len(parts) or len({f.unit for f in parts}) != 1 or not lo <= HUNDRED <= hi:
        return "", "", ""
    total = show(sum((f.yuan() for f in parts), Decimal(0)), parts[0])
    if not any("," in f.raw for f in parts):
        total = total.replace(",", "")  # in the text's own way of writing its amounts
    return (f"{slot}{total}", "所列各项（占比合计100%）之和",
            f"{' + '.join(f.raw for f in parts)} = {total}" if len(parts) > 1 else f"{parts[0].raw}占{shares[0].raw}")


_STOP = re.compile(r"[，,。；;：:、\n（(）)\s]")


def _slot(text: str, at: int, left: int = 5, right: int = 4) -> tuple[str, int]:
    """The words around the empty slot at ``at`` (to the nearest punctuation, ``left`` and ``right``
    characters at most) and where in them the number is missing."""
    start = at
    while start > 0 and at - start < left and (start == at or not _STOP.match(text[start - 1])):
        start -= 1
    end = at
    while end < len(text) and end - at < right and not _STOP.match(text[end]):
        end += 1
    return text[start:end], at - start


def _filled_elsewhere(whole: str, text: str, at: int) -> str:
    """The one place the document writes the words around the slot at ``at`` with a number in it (and
    their numerals perhaps longer): "区十届人大次会议" ← "区十七届人大五次会议". The widest context
    that is found once wins."""
    for left, right in ((x, y) for x in range(8, 1, -1) for y in range(4, 0, -1)):
        slot, gap = _slot(text, at, left, right)
        if gap < 2 or not _CJK_RUN.fullmatch(slot):
            continue
        num = f"[{_COUNT_NUMERALS}]"
        parts, k = [], 0
        while k < len(slot):
            if k == gap:
                parts.append(f"{num}+")
            if re.match(num, slot[k]):
                while k < len(slot) and re.match(num, slot[k]):
                    k += 1
                parts.append(f"{num}+")
                continue
            parts.append(re.escape(slot[k]))
            k += 1
        found = set(re.findall("".join(parts), whole))
        if len(found) == 1:
            return next(iter(found))
        if found:
            return ""
    return ""
