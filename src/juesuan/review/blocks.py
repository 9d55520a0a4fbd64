"""What a document is read into: blocks (paragraphs and tables, each with its place) and what
the reader could not read (``Blocks.notes``: scanned pages, a guessed encoding, a limit hit)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…·・"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK}])[ \t]+|[ \t]+(?=[{CJK}])")


class ReadError(Exception):
    """The file could not be read at all (message in Chinese)."""


@dataclass
class Block:
    """A paragraph (``rows`` empty) or a table (``rows`` of cell texts)."""

    text: str
    place: str
    rows: list[list[str]] = field(default_factory=list)
    index: int = -1  # docx: body paragraph index, or table index for tables
    title: str = ""  # tables: the nearest caption/title before them
    caption: str = ""  # tables: the short paragraphs just before them ("收入支出决算总表 单位：万元")

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


class Blocks(list[Block]):
    """The blocks of one document, with the reader's notes on what it could not read."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.notes: list[str] = []  # Chinese sentences: each becomes an R-UNREAD finding
        self.pages = 0  # PDF: pages read
        self.coverage: dict[int, tuple[int, int]] = {}  # PDF, by page: (万元/% mentions, with digits beside)


def normalize(text: str) -> str:
    """Drop spaces a PDF or a justified line puts between Chinese characters and figures."""
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    return _SPACE_NEAR_CJK.sub("", text).strip()
