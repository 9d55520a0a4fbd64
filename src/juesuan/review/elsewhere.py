"""Where else a document writes an amount, named one way for every finding that cites it: the section number with
the paragraph's own list number, and the tables by name — 「七（二）3.及财政拨款“三公”经费支出决算表」."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .blocks import Block, table_unit
from .places import sections, table_name

# a section's numbers: 「七、」 「七（二）」 (its words left out), and a paragraph's own list number: 「3.」 「（1）」
_SECTION_NO = re.compile(r"^\s*[一二三四五六七八九十]+(?:、|(?=[（(]))(?:[（(][一二三四五六七八九十]+[）)])?")
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


def stated_elsewhere(blocks: list[Block], bi: int, number: str, unit: str = "万元") -> str:
    """Where besides block ``bi`` the document writes ``number`` (as 「3.26」) in ``unit``: the nearest paragraph by
    section and list number, then the tables by name (「七（二）3.及财政拨款“三公”经费支出决算表」); "" for none."""
    value = _value(number)
    if value is None:
        return ""
    secs = sections(blocks) if not any(b.section for b in blocks) else [b.section for b in blocks]
    said = re.compile(rf"(?<![\d.,]){re.escape(number)}\s*{unit}")
    text: list[tuple[int, str]] = []
    tables: list[str] = []
    for j, b in enumerate(blocks):
        if j == bi:
            continue
        if b.is_table:
            if table_unit(b) == unit and any(_value(c) == value for r in b.rows for c in r if re.search(r"\d", c)):
                tables.append(table_name(b).split("，")[0])
        elif said.search(b.text) and (name := _section(secs[j], b.text)):
            text.append((abs(j - bi), name))
    near = [min(text)[1]] if text else []
    return "及".join(near + ["、".join(x for x in dict.fromkeys(tables) if x)][: 1 if any(tables) else 0])
