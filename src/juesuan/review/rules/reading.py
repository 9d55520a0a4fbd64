"""What the reader could not read: scanned pages, a guessed encoding, limits; and a coverage
measure — sentences that carry 万元 or % with no digits beside them mean the figures were lost
in reading (a PDF's layout), so the review may be incomplete rather than clean."""

from __future__ import annotations

import re

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..figures import MAX_DIGITS, find_figures
from ..sentences import sentence_at, sentences

# a unit whose figure is not there: not after a digit, a placeholder (XXX) or a unit caption
_ORPHAN = re.compile(r"(?<![\dXx×＊*○〇零一二三四五六七八九十百千两：:位为以按（(的])(?:万元|%|％)")
_UNIT = re.compile(r"万元|%|％")
_NUMBER = re.compile(r"\d(?:[\d,，]*\d)?")
_SPACED = re.compile(r"\s+(?=万元|%|％)")
# a long digit run is an amount only with a unit after it; else an identifier (索引号, 信用代码, 文号)
_AMOUNT_AFTER = re.compile(r"(?:\.\d+)?\s*(?:万元|亿元|元)")
MIN_SENTENCES = 5
MIN_COVERAGE = 0.8


def coverage(blocks: list[Block]) -> tuple[int, list[str]]:
    """(sentences with 万元 or %, those of them whose figures were not read)."""
    total, lost = 0, []
    for b in blocks:
        if b.is_table:
            continue
        for s in sentences(b.text):
            if _UNIT.search(s.text):
                total += 1
                # lost in reading: no digit left in the sentence; a slot left empty beside figures that
                # were read ("…1.52万元，占%；…0万元，占0%") is the writer's blank (rule_blanks)
                if _ORPHAN.search(_SPACED.sub("", s.text)) and not find_figures(s.text):
                    lost.append(s.text)
    return total, lost


def rule_reading(blocks: list[Block]) -> list[ReviewFinding]:
    out = [
        ReviewFinding(Level.WARNING, "R-UNREAD", f"审阅可能不完整：{note}", quote=note, place="全文")
        for note in getattr(blocks, "notes", [])
    ]
    if not out and not any(b.text.strip() or b.rows for b in blocks):
        note = "文件中没有读到任何文字（空文件，或只有图片），没有可核对的数字。"
        out.append(ReviewFinding(Level.WARNING, "R-UNREAD", f"审阅可能不完整：{note}", quote="", place="全文"))
    long = [(bi, b, m) for bi, b in enumerate(blocks) for m in _NUMBER.finditer(b.text)
            if len(re.sub(r"[,，]", "", m.group(0))) > MAX_DIGITS and _AMOUNT_AFTER.match(b.text, m.end())]
    if long:
        bi, b, m = long[0]
        out.append(finding(
            Level.WARNING, "R-UNREAD",
            f"审阅可能不完整：{len(long)}处数字超过{MAX_DIGITS}位（如“{m.group(0)[:20]}…”），不是金额，未核对。",
            bi, b, sentence_at(b.text, m.start())[:200],
        ))
    if getattr(blocks, "coverage", None):
        return out  # the PDF reader measured its coverage page by page and said so in its notes
    total, lost = coverage(blocks)
    if total >= MIN_SENTENCES and len(lost) > total * (1 - MIN_COVERAGE):
        example = lost[0].strip()[:60]
        out.append(
            ReviewFinding(
                Level.WARNING,
                "R-INCOMPLETE",
                f"审阅可能不完整：含“万元”或“%”的{total}句中有{len(lost)}句没有读出数字（如“{example}”），"
                "多为 PDF 排版使数字与文字分离；这些句子未能核对，请用 Word 原稿或文字版再审。",
                quote=example,
                place="全文",
                expected=f"读出数字的句子占 {1 - len(lost) / total:.0%}",
            )
        )
    return out
