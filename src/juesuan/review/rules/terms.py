"""Fixed words of the 部门决算 template typed with one character wrong (R-WORD-SLIP): 「内室机构」 for 内设机构,
「病编制」 for 病床编制; a standard part's heading one character off (「第一部分 部门概括」, 「名称解释」,
「只要职责有：」).

The words are the template's own names for what a unit reports on its organisation and staff. A written string is
one of them with an inner character changed or left out — never the first or the last, which make other words
(「下设机构」, 「内设机关」) — and is not itself a word of the trade (``_TERMS``' words).

A heading is read where a heading stands — the title of a numbered part or section (「第一部分 …」, 「一、…」) or a
lead-in before its colon (「…。主要职责有：」) — and there any one character of the template's heading may be the
wrong one; the headings' other names (「部门概述」, 「主要职能」) are not slips."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at

# the template's words, each with the strings one edit away that are words of their own
_TERMS: dict[str, tuple[str, ...]] = {
    "内设机构": ("内部机构", "内设科室"),
    "病床编制": ("病床编号",),
    "二级预算单位": ("一级预算单位", "三级预算单位", "二级预算部门"),
}
_HAN = "[\u4e00-\u9fff]"


def _variants(term: str) -> re.Pattern[str]:
    """The term with one inner character changed or left out (as a pattern)."""
    inner = range(1, len(term) - 1)
    changed = [f"{re.escape(term[:i])}(?!{re.escape(term[i])}){_HAN}{re.escape(term[i + 1:])}" for i in inner]
    dropped = [re.escape(term[:i] + term[i + 1:]) for i in inner]
    return re.compile("|".join(changed + dropped))


_PATTERNS = [(term, _variants(term), words) for term, words in _TERMS.items()]

# the standard parts' and sections' headings, each with its other names one character away
_HEADINGS: dict[str, tuple[str, ...]] = {
    "部门概况": ("部门概述", "部门概要", "部门简况", "部门情况", "单位概况"),
    "单位概况": ("单位概述", "单位概要", "单位简况", "单位情况", "部门概况"),
    "名词解释": (),
    "部门职责": ("部门职能", "单位职责"),
    "单位职责": ("单位职能", "部门职责"),
    "主要职责": ("主要职能",),
    "机构设置": ("机构设立", "机构配置"),
}
_OTHER_NAMES = {w for term, names in _HEADINGS.items() for w in (term, *names)}


def _changed(term: str) -> str:
    """The heading with any one character changed (as a pattern)."""
    return "|".join(f"{re.escape(term[:i])}(?!{re.escape(term[i])}){_HAN}{re.escape(term[i + 1:])}"
                    for i in range(len(term)))


# a heading's words where a heading stands: after a part's or a section's number (and the unit's name), to the
# line's end or a colon; or a lead-in opening a sentence, before 有/如下 and a colon
_NUMBER = r"第[一二三四五六七八九十]+部分"
_HEADING = re.compile(rf"(?:^\s*{_NUMBER}[：:\s]*{_HAN}{{0,30}}?|(?:^|(?<=[。；;]))\s*)"
                      rf"(?P<word>{'|'.join(_changed(t) for t in _HEADINGS)})"
                      r"(?=\s*(?:[：:]|$)|(?:有|如下|是)[：:])")


def rule_template_terms(blocks: list[Block]) -> list[ReviewFinding]:
    """A template word typed with one inner character wrong or missing."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for term, pattern, words in _PATTERNS:
            for m in pattern.finditer(b.text):
                written = m.group(0)
                if written in words or term in b.text[max(0, m.start() - 1): m.end() + 1]:
                    continue
                out.append(replace(finding(
                    CODES["R-WORD-SLIP"].level, "R-WORD-SLIP", f"“{written}”疑为“{term}”：写错或漏了一个字。",
                    bi, b, sentence_at(b.text, m.start()), expected=term), figure=written))
        out.extend(_headings(bi, b))
    return out


def _simplified(text: str) -> bool:
    """Whether ``text`` is written in the characters a pinyin input method types (GB 2312): a heading with another
    form of a character (「概況」 of a traditional copy, 「槪」 of a PDF's font) has its variant, not a slip."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _headings(bi: int, b: Block) -> list[ReviewFinding]:
    """A standard heading with one character wrong where a heading stands (「第一部分 部门概括」)."""
    out = []
    for m in _HEADING.finditer(b.text):
        written = m.group("word")
        if written in _OTHER_NAMES or not _simplified(written):
            continue
        term = next(t for t in _HEADINGS if re.fullmatch(_changed(t), written))
        out.append(replace(finding(
            CODES["R-WORD-SLIP"].level, "R-WORD-SLIP", f"标题“{written}”疑为“{term}”：模板的标题写错了一个字。",
            bi, b, sentence_at(b.text, m.start("word")), expected=term), figure=written))
    return out
