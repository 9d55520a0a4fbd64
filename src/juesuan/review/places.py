"""Places a person finds again in the document they hold: a Word paragraph's number means
nothing in Word, a page alone is a search. Each place also names the section heading it stands
under ("第112段（六、一般公共预算财政拨款基本支出决算情况说明）") or, for a table, which of the nine
公开 tables it is ("第5个表格（一般公共预算财政拨款支出决算表，公开05表）"); a finding in a PDF
paragraph running over two pages gives the page where its figure stands."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .blocks import Block
from .grid import PUBLIC_TABLES, kind_of

if TYPE_CHECKING:
    from .base import ReviewFinding

# a section's heading: "六、…情况说明", "第三部分 …"; not a 目录 line ("一、收入支出决算总表……3")
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")


def _heading(text: str) -> bool:
    return bool(_HEADING.match(text)) and len(text) <= 50 and not re.search(r"[。；，]|…|\.{3}|\d+$", text)


def locate(blocks: list[Block]) -> None:
    """Each block's place with the heading it stands under (a paragraph) or its 公开 table's name
    and number (a table) added, in place. A heading keeps its own place."""
    heading = ""
    for k, b in enumerate(blocks):
        if b.is_table:
            if kind := kind_of(b):
                blocks[k] = replace(b, place=f"{b.place}（{kind}，公开{PUBLIC_TABLES.index(kind) + 1:02d}表）")
        elif _heading(b.text):
            heading = b.text
        elif heading:
            blocks[k] = replace(b, place=f"{b.place}（{heading}）")


def placed(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """The findings in a paragraph that runs over to another page placed at the page where their
    figure (or, without one, their sentence) stands."""
    out = []
    for f in found:
        b = blocks[f.block] if 0 <= f.block < len(blocks) else None
        if b is not None and b.breaks and f.place.startswith(b.place.split("（")[0]):
            at = b.text.find(f.quote[:30]) if f.quote else -1
            if at >= 0 and f.figure and (k := b.text.find(f.figure, at)) >= 0:
                at = k
            page = next((p for off, p in reversed(b.breaks) if at >= off), "")
            if page:
                f = replace(f, place=re.sub(r"^第\d+页", page, f.place, count=1))
        out.append(f)
    return out
