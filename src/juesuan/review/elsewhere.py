"""Where else a document writes an amount, named one way for every finding that cites it: the section number with
the paragraph's own list number, and the tables by name — 「七（二）3.及财政拨款“三公”经费支出决算表」."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

from .blocks import Block, table_unit
from .places import kind_name, sections, table_name

# a section's numbers: 「七、」 「七（二）」 (its words left out), and a paragraph's own list number: 「3.」 「（1）」
_SECTION_NO = re.compile(r"^\s*[一二三四五六七八九十]+(?:、|(?=[（(]))(?:[（(][一二三四五六七八九十]+[）)])?")
_PART_NO = re.compile(r"^\s*[一二三四五六七八九十]+(?=、|[（(])")
_ITEM_NO = re.compile(r"^\s*(?:\d+[.、．](?!\d)|[（(]\d+[）)])")


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return None


def _section(section: str, text: str) -> str:
    """A paragraph as 「七（二）3.」: its section's numbers and its own list number; the section's words where its
    number is a part's alone (「六、一般公共预算财政拨款基本支出决算情况说明」)."""
    m = _SECTION_NO.match(section)
    own = m2.group(0).strip() if (m2 := _ITEM_NO.match(text)) else ""
    if m is None or (m.group(0).endswith("、") and not own):
        return section
    return m.group(0).rstrip("、") + own


def _shared(a: str, b: str) -> int:
    """The length of the longest run of characters two names share (「“三公”经费」)."""
    return SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b)).size


def stated_elsewhere(blocks: list[Block], bi: int, number: str, unit: str = "万元", table: str = "") -> str:
    """Where besides block ``bi`` the document writes ``number`` (as 「3.26」) in ``unit``, named one way: one
    paragraph by section and list number — in the block's own section first, then its part, then the nearest — and
    one table by name (``table`` where it is one of them, else the one whose name is most like the block's section):
    「七（二）3.及财政拨款“三公”经费支出决算表」; "" for none."""
    value = _value(number)
    if value is None:
        return ""
    secs = sections(blocks) if not any(b.section for b in blocks) else [b.section for b in blocks]
    said = re.compile(rf"(?<![\d.,]){re.escape(number)}\s*{unit}")
    here = secs[bi] if 0 <= bi < len(secs) else ""
    part = m.group(0) if (m := _PART_NO.match(here)) else here  # 「七」
    text: list[tuple[int, int, int, str]] = []
    tables: list[str] = []
    for j, b in enumerate(blocks):
        if j == bi:
            continue
        if b.is_table:
            if table_unit(b) == unit and any(_value(c) == value for r in b.rows for c in r if re.search(r"\d", c)):
                tables.append(kind_name(b) or table_name(b))
        elif said.search(b.text) and (name := _section(secs[j], b.text)):
            other_part = (m.group(0) if (m := _PART_NO.match(secs[j])) else None) != part
            text.append((secs[j] != here, other_part, abs(j - bi), name))
    names = [min(text)[-1]] if text else []
    if tables:
        names.append(table if table in tables else max(tables, key=lambda t: (_shared(t, here), -tables.index(t))))
    return "及".join(x for x in names if x)
