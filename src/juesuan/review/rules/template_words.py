"""Template alternatives left in a filled-in text (「增加（减少）」, 「大小于」): which word the figures take,
said as the 应为 where they decide it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ..alternatives import ALTERNATIVE as _ALTERNATIVE
from ..alternatives import PAIRS as _PAIRS
from ..alternatives import WORDS as _WORDS
from ..base import DIR, UP, ReviewFinding, finding
from ..blocks import Block
from ..figures import find_figures
from ..sentences import sentence_at, sentences
from .wording import _SOLVING, filled_in

# alternatives run together or offered with 或: "大小于", "（或与预算数持平）"
_MERGED = re.compile(r"大小于|高低于|[（(]\s*或\s*(?:与[^（()）]{0,8})?(?:持平|大于|小于|高于|低于|增加|减少|增长|下降)"
                     r"[^（()）]{0,8}[）)]")


# the 或 of a template's 「增加或减少」 left where one of the words was deleted: 「比2022年或减少9.53万元」
_STRANDED_OR = re.compile(rf"(?P<against>(?:比|较)[^，,。；;（()）或]{{1,12}}?)或(?P<word>{_WORDS})(?=\s*\d)")


# a template's choice of what the unit is, both offered: 「…工作的区政府(区委)组成部门(直属机构)」 — the unit's own
# sentence (its name filled in, no placeholder) keeps one of each
_INSTITUTION = re.compile(r"[区县市旗]政府\s*[（(]\s*[区县市旗]委\s*[）)]|[区县市旗]委\s*[（(]\s*[区县市旗]政府\s*[）)]"
                          r"|组成部门\s*[（(]\s*(?:直属机构|派出机构)\s*[）)]|直属机构\s*[（(]\s*组成部门\s*[）)]")
_UNFILLED = re.compile(r"XX|xx|××|ＸＸ")


def _institution_choices(bi: int, b: Block) -> list[ReviewFinding]:
    """A filled-in sentence that still offers the template's choices of what the unit is (_INSTITUTION): one finding
    on the run of them; which to keep the text does not say."""
    out = []
    for s in sentences(b.text):
        found = list(_INSTITUTION.finditer(s.text))
        if not found or _UNFILLED.search(s.text):
            continue
        span = s.text[found[0].start(): found[-1].end()]
        words = "”“".join(m.group(0) for m in found)
        out.append(replace(finding(
            CODES["R-TEMPLATE"].level, "R-TEMPLATE",
            f"模板中的备选写法“{words}”未删除：按本单位的实际性质只保留一种（看不出是哪一种，未给出应为值）。",
            bi, b, s.text,
        ), figure=span))
    return out


def rule_template_words(blocks: list[Block]) -> list[ReviewFinding]:
    """ "增加（减少）XXX万元" is the template; with real figures beside it, one word must go. The template's choices
    of what the unit is (「区政府(区委)组成部门(直属机构)」) left in its filled-in sentence (_institution_choices)."""
    out = []
    written = filled_in(blocks)
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        out += _institution_choices(bi, b)
        if not written and not any(f.is_money or f.is_percent for f in find_figures(b.text)):
            continue  # the template itself (XXX万元): nothing filled in yet
        for s in sentences(b.text):
            for m in _MERGED.finditer(s.text):  # "决算数大小于预算数", "决算数小于预算数（或与预算数持平）"
                word = m.group(0)
                out.append(replace(finding(  # which to keep the figures do not say here: nothing to paste
                    CODES["R-TEMPLATE"].level, "R-TEMPLATE",
                    f"模板中的备选说法“{word}”未删除：按数字只保留一种说法。",
                    bi, b, s.text,
                ), figure=word))
            for m in _STRANDED_OR.finditer(s.text):
                if re.search(_WORDS, m.group("against")):
                    continue  # 「比上年增加或减少」: both words left (the alternative itself)
                right = m.group("against") + m.group("word")
                out.append(replace(finding(
                    CODES["R-TEMPLATE"].level, "R-TEMPLATE",
                    f"模板中的备选说法只删去了一个词，留下了“或”：“{m.group(0)}”应为“{right}”。",
                    bi, b, s.text, expected=right,
                ), figure=m.group(0)))
            found = [m for m in _ALTERNATIVE.finditer(s.text) if frozenset((m.group(1), m.group(2))) in _PAIRS]
            if found and (span := _no_change(s.text, found)):
                words = "”“".join(m.group(0) for m in found)
                out.append(replace(finding(
                    CODES["R-TEMPLATE"].level, "R-TEMPLATE",
                    f"模板中的备选词“{words}”未删除；增减为0，两个词都不对：应为“持平”。",
                    bi, b, s.text, expected="持平",
                ), figure=span))
            elif len(found) == 1:
                m = found[0]
                kept, said = _kept_word(s.text, m)
                before = blocks[bi - 1] if bi and not blocks[bi - 1].is_table else None
                if not kept and (kept := _kept_by_reading(b, s.start + m.start(), s.start + m.end(), m, before)):
                    other = m.group(2) if kept == m.group(1) else m.group(1)
                    said = f"读作“{kept}”时数字相符，读作“{other}”时不符"
                elif kept:
                    said = f"本句写“{said}”"
                out.append(replace(finding(
                    CODES["R-TEMPLATE"].level, "R-TEMPLATE",
                    f"模板中的备选词“{m.group(0)}”未删除；{said}，只保留“{kept}”。" if kept
                    else f"模板中的备选词“{m.group(0)}”未删除：按数字只保留“{m.group(1)}”或“{m.group(2)}”其中之一。",
                    bi, b, s.text, expected=kept,
                ), figure=m.group(0) if kept else ""))
            elif found:
                out.append(_alternatives(bi, b, s.start, s.text, found))
    return out


_MORE = (*UP, "大于", "高于", "多于")


def _word(m: re.Match[str], sign: int) -> str:
    """The word of a template alternative that says ``sign`` (1: up, −1: down)."""
    return next(w for w in (m.group(1), m.group(2)) if (1 if w in _MORE else -1) == sign)


def _alternatives(bi: int, b: Block, start: int, text: str, found: list[re.Match[str]]) -> ReviewFinding:
    """One finding on a sentence with several template alternatives (「增加（减少）174.25万元，增长（下降）3.4%」): each
    said with the word the sentence's figures take — the direction its other words say, else the one reading (every
    alternative up, or every one down) with which the other rules find nothing in the sentence where they find
    something with the other — as 「“增加（减少）”改为“增加”，“增长（下降）”改为“增长”」."""
    words = "”“".join(m.group(0) for m in found)
    kept_words = [k for m in found if (k := _kept_word(text, m))[0]]
    signs = {1 if k in _MORE else -1 for k, _ in kept_words}
    sign, basis, why = (signs.pop(), f"本句写“{kept_words[0][1]}”", "") if len(signs) == 1 else (0, "", "")
    if not sign:
        sign, basis, why = _sign_by_reading(b, start, found)
    if not sign and (joined := _with_amounts_before(b, start, text)) is not None:
        # the sentence names only its change (「本年比上年增加（减少）44.90万元…」): read it with the amounts the
        # paragraph gives before it (「…总计913.40万元。上年决算数为868.50万元。」), which decide the direction
        b2, start2 = joined
        sign, basis, why = _sign_by_reading(b2, start2, found)
    if not sign:  # the figures do not settle it: what the sentence's reason says rose or fell (「…经费增加」)
        by_reason = [k for m in found if (k := _kept_word(text, m, reason=True))[0]]
        if len({1 if k in _MORE else -1 for k, _ in by_reason}) == 1:
            sign = 1 if by_reason[0][0] in _MORE else -1
            basis = f"数字定不出方向，按本句所说原因（“{by_reason[0][1]}”）"
    if not sign:
        return finding(CODES["R-TEMPLATE"].level, "R-TEMPLATE",
                       f"模板中的备选词“{words}”未删除：按数字每处只保留一个词。", bi, b, text)
    kept = "”“".join(dict.fromkeys(_word(m, sign) for m in found))
    # 原文数字 the span from the first alternative to the figure after the last, 应为 that span as it should read
    end = found[-1].end()
    if after := _FIGURE_AFTER.match(text, end):
        end = after.end()
    span, right = text[found[0].start(): end], text[found[0].start(): end]
    for m in reversed(found):
        at = m.start() - found[0].start()
        right = right[:at] + _word(m, sign) + right[at + len(m.group(0)):]
    message = f"模板中的备选词“{words}”未删除；{basis}，只保留“{kept}”。"
    return replace(finding(CODES["R-TEMPLATE"].level, "R-TEMPLATE", message, bi, b, text, expected=right, why=why),
                   figure=span)


def _no_change(text: str, found: list[re.Match[str]]) -> str:
    """The span of alternatives that each state a change of 0, one after the other (「增加(减少)0万元,增长(下降)0%」):
    neither word is right, the comparison is 持平; "" otherwise."""
    ends = []
    for m in found:
        after = _FIGURE_AFTER.match(text, m.end())
        if after is None or Decimal(re.sub(r"[^\d.]", "", after.group(0)) or "1") != 0:
            return ""
        ends.append(after.end())
    if any(text[e: m.start()].strip(" ，,、") for e, m in zip(ends[:-1], found[1:], strict=True)):
        return ""
    return text[found[0].start(): ends[-1]]


# the figure right after a template alternative: 「增长（下降）3.4%」 → 「3.4%」
_FIGURE_AFTER = re.compile(r"\s*\d[\d,.]*\s*(?:万元|亿元|元|%|％|个百分点)?")


def _with_amounts_before(b: Block, start: int, text: str) -> tuple[Block, int] | None:
    """The paragraph's sentences before a change's sentence run into it as one (「。」 read as 「，」), where that
    sentence names no amount but its change and the ones before name amounts: (the block read so, where the sentence
    starts in it); None otherwise."""
    figs = [f for f in find_figures(text) if f.is_money]
    head = b.text[:start].rstrip()
    if len(figs) != 1 or not head.endswith("。"):
        return None
    head = re.sub(r"[。；;]", "，", head[:-1])
    if not any(f.is_money for f in find_figures(head)):
        return None
    joined = head + "，" + text
    return replace(b, text=joined), len(head) + 1


def _sign_by_reading(b: Block, start: int, found: list[re.Match[str]]) -> tuple[int, str, str]:
    """The direction a sentence's figures take when its alternatives are all read up, then all down: (sign, why
    the other reading fails, its 计算); (0, "", "") when both readings pass or both fail."""
    if _SOLVING.get():
        return 0, "", ""
    from .. import review_blocks  # the runner, as for a blank

    failed: dict[int, ReviewFinding | None] = {}
    for sign in (1, -1):
        text = b.text
        for m in reversed(found):
            text = text[: start + m.start()] + _word(m, sign) + text[start + m.end():]
        sent = sentence_at(text, start + found[0].start()).strip()
        token = _SOLVING.set(True)
        try:
            failed[sign] = next((f for f in review_blocks([replace(b, text=text)])
                                 if f.expected and f.quote.strip() == sent), None)
        finally:
            _SOLVING.reset(token)
    if (failed[1] is None) == (failed[-1] is None):
        return 0, "", ""
    sign = 1 if failed[1] is None else -1
    wrong = failed[-sign]
    assert wrong is not None
    other, kept = ("”“".join(dict.fromkeys(_word(m, s) for m in found)) for s in (-sign, sign))
    head, colon, _ = wrong.message.partition("：")
    # what contradicts the other reading: its amounts where they say it (「本年913.40万元多于上年868.50万元」)
    said = head if colon and re.search(r"\d", head) else re.sub(r"：(.*)$", r"（\1）", wrong.message.rstrip("。"),
                                                                 count=1)
    return (sign, f"读作“{kept}”时数字相符；若读作“{other}”，{said}",
            f"读作“{other}”：{wrong.why}" if wrong.why else "")


def _kept_by_reading(b: Block, start: int, end: int, m: re.Match[str], before: Block | None = None) -> str:
    """Which word of a template alternative the figures take: the paragraph read with each word in its
    place, the one word with which the other rules find nothing in the sentence where they find
    something with the other (「支出决算为320.00万元。决算数大于（小于）预算数」 → 「大于」); read after the
    paragraph ``before`` it, whose amounts a paragraph of words only is about (「…支出决算小于（大于）预算数的主要
    情况：」)."""
    if _SOLVING.get():
        return ""
    said = []
    for word in (m.group(1), m.group(2)):
        text = b.text[:start] + word + b.text[end:]
        sent = sentence_at(text, start).strip()
        token = _SOLVING.set(True)
        try:
            from .. import review_blocks  # the runner, as for a blank

            # (a quote may run from the figures' sentence before to this one)
            read = [replace(b, text=text)] if before is None else [before, replace(b, text=text)]
            said.append(any(f.expected and f.quote.strip().endswith(sent) and f.block == len(read) - 1
                            for f in review_blocks(read)))
        finally:
            _SOLVING.reset(token)
    return m.group(1) if said == [False, True] else m.group(2) if said == [True, False] else ""


def _kept_word(text: str, m: re.Match[str], reason: bool = False) -> tuple[str, str]:
    """Which word of a template alternative (「减少（增加）19.66万元，下降86.61%」) the rest of its
    comparison says, and the words that say it (「下降86.61%」): the direction words of the same part of the
    sentence (before 「其中」, a semicolon or the reason: 「主要原因是…经费增加」 says what rose, not which way the
    figures go; with ``reason``, up to the end of the sentence, its reason too), outside the alternative, when
    they all agree; ("", "") when they do not or there are none."""
    start = max(text.rfind(ch, 0, m.start()) for ch in "。；;：:") + 1
    stops = ("。", "；", ";", "其中") + (() if reason else ("原因", "主要是", "由于"))
    ends = [k for k in (text.find(ch, m.end()) for ch in stops) if k >= 0]
    part = text[start: m.start()] + "，" + text[m.end(): min(ends, default=len(text))]
    part = _ALTERNATIVE.sub("，", part)  # another alternative of the sentence says nothing either
    said = list(re.finditer(rf"(?:{DIR})(?:{_FIGURE_AFTER.pattern})?", part))
    signs = {1 if x.group(0)[:2] in UP else -1 for x in said}
    if len(signs) != 1:
        return "", ""
    sign = signs.pop()
    word = next((w for w in (m.group(1), m.group(2)) if (1 if w in UP else -1) == sign), "")
    return (word, said[0].group(0).strip()) if word else ("", "")
