"""原文数字 is the span of the document that 应为 replaces: pasting 应为 over it gives the sentence as it should
read, and the Word comment sits on it.

A rule names the figure it checked and states what the sentence should say; the two need not cover the same words.
Here they are made to: a word 应为 repeats unchanged leaves it (「减少0.65万元」: 原文数字 「0.65万元」, 应为
「0.56万元」, not 「减少0.56万元」); a word it changes joins 原文数字 (a reversed direction: 「减少438.71万元」 →
「增加438.71万元」, the words with their amount, one rule for every such finding; 「完成年初预算的98.50%」 →
「完成调整预算的98.50%」); words that replace words elsewhere in the sentence take those words as 原文数字
(决算 against 预算: 「决算数大于预算数」 → 「决算数小于预算数」, not the 决算 amount). An instruction (「删去“…”」,
「补列“…”」) names its own words and stays as it is.

Where a rule names no figure, or one 应为 does not cover (a whole heading for its year: 「2023年度部门决算」 →
「2024年度部门决算情况说明」), the span is found by reading 应为 against the sentence: the words of the sentence
that 应为 is with one piece changed (``edit_of``) — 「上海市东滩区绿化市容管理局」 for 「…绿化和市容管理局」, the
blank 「完成年初预算的%」 for 「完成年初预算的95.99%」 — and 应为 is cut to the span the figure and that piece
cover (「2023年度部门决算」 → 「2024年度部门决算」)."""

from __future__ import annotations

import re
from dataclasses import replace

from .base import ReviewFinding

# the words that say which way a figure moved
_DIRECTION = ("增加", "减少", "增长", "下降", "上升", "降低", "增", "减", "持平")
# an 应为 that says what to do rather than what to write
_INSTRUCTION = re.compile(r"^(?:删去|删除|补列|补充|补写|补记|列出|写明|改为|改成|应|请)|^[（(]|“")
# 决算 against 预算: who (决算数), how (大于 … / 与 … 持平), against what (年初预算数)
_COMPARE = re.compile(r"(?P<who>(?:支出)?决算数?)(?P<how>大于|小于|高于|低于|超过|多于|少于|等于|与)"
                      r"(?P<base>(?:年初|调整后?|全年)?预算数?)(?P<tail>基本持平|持平|相等|一致|基本一致"
                      r"|无增减变化|无增减|无变化)?")
# 预算 and 决算 said together: 「预决算持平」 (its 应为 the whole comparison, 「决算小于预算」)
_BOTH = re.compile(r"预决算数?(?:基本持平|持平|相等|基本一致|一致|无增减变化|无增减|无变化)")
_FIGURE = re.compile(r"[−-]?\d")


def _direction_before(text: str, end: int) -> str:
    """The direction word that ends at ``end`` in ``text`` (the longest), "" for none."""
    return next((d for d in sorted(_DIRECTION, key=len, reverse=True) if text[:end].endswith(d)), "")


def _compared(quote: str, at: int, expected: str) -> tuple[str, str] | None:
    """(原文数字, 应为) for a 决算/预算 comparison 应为 (「决算数小于预算数」): the sentence's own comparison words
    (the first at or after the figure, else the first) and them with the relation 应为 states — or, where it has none,
    its 「预决算持平」 and 应为 whole; None where either has none."""
    want = _COMPARE.fullmatch(expected)
    if want is None:
        return None
    stated = list(_COMPARE.finditer(quote))
    if not stated:
        both = [s for s in _BOTH.finditer(quote)]
        pick = next((s for s in both if s.start() >= at), both[0]) if both else None
        return (pick.group(0), want.group(0)) if pick else None
    m = next((s for s in stated if s.start() >= at), stated[0])
    how, tail = want.group("how"), want.group("tail") or ""
    return m.group(0), f"{m.group('who')}{how}{m.group('base')}{tail}"


def _words_before(quote: str, at: int, words: str) -> int:
    """Where in ``quote`` the words that ``words`` replace start, ending at ``at``: a direction word for a direction
    word, else the nearest start of its first two characters within a few characters of its length; -1 for none."""
    if words in _DIRECTION:
        d = _direction_before(quote, at)
        return at - len(d) if d else -1
    a = quote.rfind(words[:2], max(0, at - len(words) - 4), at)
    return a if a >= 0 and not re.search(r"[\d。；;，,]", quote[a:at]) else -1


# a character of a number; a figure alone, with its unit (「30.99%」, 「1,234.56万元」)
_NUMERAL = re.compile(r"[\d.,]")
_BARE_FIGURE = re.compile(r"[−-]?\d[\d,.]*\s*(?:亿元|万元|元|%|％|个百分点|个|项|人|辆|次)?")


def whole_at(quote: str, figure: str) -> int:
    """Where ``figure`` stands in ``quote`` as a figure of its own (「25.00万元」 not inside 「125.00万元」), else where
    it first stands; -1 where it does not."""
    for m in re.finditer(re.escape(figure), quote) if figure else ():
        if not (figure[:1].isdigit() and re.search(r"[\d.,]$", quote[: m.start()])):
            return m.start()
    return quote.find(figure)


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def edit_of(text: str, expected: str) -> tuple[int, int, int, int] | None:
    """Where ``text`` holds ``expected`` with one piece changed (written otherwise, left out or put in): (start, end)
    of those words in ``text`` and (start, end) of the changed piece in them; the reading that keeps most of
    ``expected`` as written, at least half of it and a word before the piece; None where there is none."""
    best: tuple[tuple[int, int], tuple[int, int, int, int]] | None = None
    for a in range(len(text)):
        head = _common(expected, text[a:])
        if not head or (head < 2 and _NUMERAL.match(text[a])) or (
                a and _NUMERAL.match(text[a]) and _NUMERAL.match(text[a - 1])):
            continue  # (not from inside a number: 「3万元」 of 「0.53万元」; one word before is enough where a figure
            # follows: 「占总收入的86.58%」 for 「占本年支出合计的86.58%」)
        if head == len(expected):
            return None  # written as 应为 says: nothing to change
        rest = expected[head:]
        for b in range(a + head, min(len(text), a + len(expected) + 12) + 1):
            tail = _common(rest[::-1], text[a + head: b][::-1])
            # most of 应为 kept; then a piece changed for one as long (局 for 馆) before one left out or put in
            score = (head + tail, -abs((b - tail - a - head) - (len(rest) - tail)))
            if head + tail < max(2, (len(expected) + 1) // 2) or (best and score <= best[0]) or (
                    head < 2 and not re.search(r"\d", expected[len(expected) - tail:])) or (
                    b < len(text) and _NUMERAL.match(text[b]) and _NUMERAL.match(text[b - 1])):
                continue
            if text[a + head: b - tail] != rest[: len(rest) - tail]:
                best = (score, (a, b, a + head, b - tail))
    return best[1] if best else None


def _fitted(f: ReviewFinding, at: int) -> ReviewFinding:
    """``f`` whose 原文数字 (at ``at`` in its quote; -1: none) 应为 does not fit: 原文数字 the words the figure and the
    piece 应为 changes cover, 应为 those words as they should read (module doc); ``f`` where the sentence holds no
    such words."""
    expected, quote = f.expected.strip(), f.quote
    edit = edit_of(quote, expected)
    if edit is None:
        return f
    a, b, lo, hi = edit
    if at < 0:
        return replace(f, figure=quote[a:b]) if quote[a:b].strip() else f
    start, end = min(at, lo), max(at + len(f.figure), hi)
    if start < a or end > b:
        return f
    return replace(f, figure=quote[start:end], expected=expected[start - a: len(expected) - (b - end)])


def _fits(figure: str, expected: str) -> bool:
    """Whether 应为 reads as a replacement of 原文数字: a figure for a figure, or as many figures and words not far
    longer."""
    if _BARE_FIGURE.fullmatch(figure) and _BARE_FIGURE.fullmatch(expected):
        return True
    figures = len(re.findall(r"\d[\d,.]*", figure)), len(re.findall(r"\d[\d,.]*", expected))
    return figures[0] == figures[1] and len(expected) <= len(figure) + 2


def spanned(f: ReviewFinding) -> ReviewFinding:
    """``f`` with 原文数字 the span its 应为 replaces (module doc); as it is where the two already agree, where it has
    no 应为, an instruction, or no such span is found in its sentence."""
    figure, expected = f.figure, f.expected.strip()
    if not expected or _INSTRUCTION.search(expected) or figure == expected:
        return f
    if not figure:
        return _fitted(f, -1)
    out = _joined(f, figure, expected, whole_at(f.quote, figure))
    if (at := whole_at(out.quote, out.figure)) >= 0 and _FIGURE.search(out.figure) and not _fits(out.figure,
                                                                                                 out.expected):
        return _fitted(out, at)
    return out


def _joined(f: ReviewFinding, figure: str, expected: str, at: int) -> ReviewFinding:
    """``f`` with the words 应为 changes joined to 原文数字, or left out of 应为 where they stay (module doc)."""
    quote = f.quote
    if not _FIGURE.search(expected):  # words for a figure: a direction word, a comparison
        if _FIGURE.search(figure) is None:
            return f
        if expected in _DIRECTION and at >= 0 and (d := _direction_before(quote, at)):
            return replace(f, figure=d + figure)
        pair = _compared(quote, max(at, 0), expected)
        return replace(f, figure=pair[0], expected=pair[1]) if pair and pair[0] != pair[1] else f
    if at < 0:
        return f
    m = re.match(r"(\D*?)([−-]?\d.*)$", expected)
    words, rest = (m.group(1), m.group(2)) if m else ("", expected)
    if not words or _FIGURE.match(figure) is None:
        return f
    if quote[:at].endswith(words):  # the words stay as written: 应为 is the figure alone
        return replace(f, expected=rest)
    start = _words_before(quote, at, words)
    return replace(f, figure=quote[start:at] + figure) if start >= 0 else f


def all_spanned(found: list[ReviewFinding]) -> list[ReviewFinding]:
    return [spanned(f) for f in found]
