"""What the reader could not read: scanned pages, a guessed encoding, limits; and a coverage
measure — sentences that carry 万元 or % with no digits beside them mean the figures were lost
in reading (a PDF's layout), so the review may be incomplete rather than clean."""

from __future__ import annotations

import re

from ...core.findings import Level
from ..base import ReviewFinding
from ..blocks import Block
from ..sentences import sentences

# a unit whose figure is not there: not after a digit, a placeholder (XXX) or a unit caption
_ORPHAN = re.compile(r"(?<![\dXx×＊*○〇零一二三四五六七八九十百千两：:位为以按（(的])(?:万元|%|％)")
_UNIT = re.compile(r"万元|%|％")
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
                if _ORPHAN.search(s.text):
                    lost.append(s.text)
    return total, lost


def rule_reading(blocks: list[Block]) -> list[ReviewFinding]:
    out = [
        ReviewFinding(Level.WARNING, "R-UNREAD", f"审阅可能不完整：{note}", quote=note, place="全文")
        for note in getattr(blocks, "notes", [])
    ]
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
