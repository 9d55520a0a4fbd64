"""What a document is read into: blocks (paragraphs and tables, each with its place) and what
the reader could not read (``Blocks.notes``: scanned pages, a guessed encoding, a limit hit)."""

from __future__ import annotations

import re
import unicodedata
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
    kind: str = ""  # tables: which of the nine 公开 tables (its official name), set by grid.model
    unit: str = ""  # tables: the unit of its amounts ("元" or "万元"), set by grid.model

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


# Kangxi radicals, CJK radicals and compatibility ideographs: a PDF font whose glyph for 一 支 入 …
# is also the radical's maps it to the radical (⼀ ⽀ ⼊), so "⽀出" is read for 支出
_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def _unified(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def table_unit(b: Block) -> str:
    """The unit of a table's amounts: as grid.model read it, else "万元" when its caption says so."""
    return b.unit or ("万元" if "万元" in (b.caption + b.title) else "元")


def normalize(text: str) -> str:
    """Drop spaces a PDF or a justified line puts between Chinese characters and figures; radicals
    and compatibility ideographs as the characters they stand for (only those: NFKC would also
    turn the full-width "，" and "％" the rules read into ASCII)."""
    text = _RADICALS.sub(_unified, text.replace("\u00a0", " ").replace("\u3000", " "))
    return _SPACE_NEAR_CJK.sub("", text).strip()
