"""审阅: proofread a report someone else wrote (.txt, .docx, .pdf) and show every figure that
contradicts another, with the value it should have and the arithmetic why.

Entry points for the command line and (later) a workbook button:
``review_text(text)`` and ``review_path(path)`` return ``ReviewFinding`` s.
"""

from __future__ import annotations

from pathlib import Path

from .base import ReviewFinding
from .extract import Block, ReadError, read, read_text
from .rules import run

__all__ = ["Block", "ReadError", "ReviewFinding", "review_blocks", "review_path", "review_text"]


def review_blocks(blocks: list[Block]) -> list[ReviewFinding]:
    return run(blocks)


def review_text(text: str) -> list[ReviewFinding]:
    """Findings for a report's text (one paragraph a line, as pasted or saved as .txt)."""
    return run(read_text(text))


def review_path(path: Path | str) -> list[ReviewFinding]:
    """Findings for a .txt, .docx or .pdf file; raises ``ReadError`` when it cannot be read."""
    return run(read(Path(path)))
