"""Places a person finds again in the document they hold, derived once per finding from the document
model: a block's own place (第N行 / 第N段 / 第N个表格 / 第N页) stays as the reader set it, the model
(grid.model) gives each paragraph the section heading it stands under (``Block.section``) and each
table its 公开 kind; a finding's place is that block's place with the section or the table's name
after it ("第112段（六、一般公共预算财政拨款基本支出决算情况说明）", "第5个表格（一般公共预算财政拨款支出
决算表，公开05表），“合计”行"). A finding in a PDF paragraph running over two pages gives the page
where its figure stands; one in a text copy's paragraph joined from its lines, the line where its sentence
starts."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .blocks import Block

if TYPE_CHECKING:
    from .base import ReviewFinding

# a section's heading: "六、…情况说明", "第三部分 …"; not a 目录 line ("一、收入支出决算总表……3"), not a sentence
_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")
# a heading run into its first paragraph (a PDF's lines joined): its words up to 情况说明/概况
_RUN_ON = re.compile(r"^\s*[一二三四五六七八九十]+、[^。；;，,\d]{2,30}?(?:情况说明|说明|概况|情况)")
_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_SUB_RUN_ON = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)][^。；;，,\d]{2,30}?(?:情况说明|说明|情况)")
_UNIT_NOTE = re.compile(r"\s*[（(]?\s*(?:金额)?单位[：:]\s*(?:万元|元)\s*[）)]?")


def _heading(text: str) -> bool:
    return bool(_HEADING.match(text)) and len(text) <= 50 and not re.search(r"[。；，]|…|\.{3}|\d+$", text)


def _sub_heading(text: str) -> str:
    """A sub-heading's words ("（三）一般公共预算财政拨款支出决算具体情况"): the line itself, or the words
    run into its first paragraph up to 情况/说明; "" for none."""
    if not _SUB.match(text):
        return ""
    if len(text) <= 50 and not re.search(r"[。；，]|…|\.{3}|\d+$", text):
        return text
    run_on = _SUB_RUN_ON.match(text)
    return run_on.group(0).strip() if run_on else ""


def sections(blocks: list[Block]) -> list[str]:
    """The section heading each block stands under ("" where none is known), a heading under itself;
    under a sub-heading both, as the document numbers them ("五（三）一般公共预算财政拨款支出决算具体
    情况"). A numbered paragraph that is no heading ("二、本年收入100.00万元。…") starts a section of its
    own: the heading run into it (its words up to 情况说明/概况), else an unknown one under its part
    (第X部分): never the section before."""
    part = section = sub = ""
    out = []
    for b in blocks:
        if not b.is_table and _heading(b.text):
            if _PART.match(b.text):
                part, section = b.text, ""
            else:
                section = b.text
            sub = ""
        elif not b.is_table and _HEADING.match(b.text) and not _PART.match(b.text):
            run_on = _RUN_ON.match(b.text)
            section, sub = (run_on.group(0).strip() if run_on else ""), ""
        elif not b.is_table and _SUB.match(b.text):
            sub = _sub_heading(b.text)
        top = section.split("、", 1)[0] if section and not _PART.match(section) else ""
        out.append(f"{top}{sub}" if sub and top else section or part)
    return out


def table_name(b: Block) -> str:
    """A table as the document names it: its 公开 kind and number, else its caption without the unit."""
    from .grid import PUBLIC_TABLES, kind_of

    if kind := b.kind or kind_of(b):
        return f"{kind}，公开{PUBLIC_TABLES.index(kind) + 1:02d}表"
    name = _UNIT_NOTE.sub("", b.caption or b.title).strip()
    return name if 2 <= len(name) <= 40 else ""


def placed(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each finding's place as printed: its block's place (the page where its figure, or else its
    sentence, stands in a PDF paragraph running overleaf) with the block's section or table name
    after it (and 「此表」 in a table's message by its name). A place of the rule's own making (not
    its block's) stays as it is."""
    out = []
    for f in found:
        b = blocks[f.block] if 0 <= f.block < len(blocks) else None
        if b is None or not f.place.startswith(b.place):
            out.append(f)
            continue
        head, rest = b.place, f.place[len(b.place):]
        if b.breaks:
            at = b.text.find(f.quote[:30]) if f.quote else -1
            # a page: where the figure stands; a line (a text copy's paragraph): where its sentence starts
            if at >= 0 and f.figure and not b.breaks[0][1].endswith("行") and (k := b.text.find(f.figure, at)) >= 0:
                at = k
            head = next((page for off, page in reversed(b.breaks) if at >= off), head)
        where = table_name(b) if b.is_table else b.section if b.section != b.text else ""
        message = f.message.replace("此表", f"“{where.split('，')[0]}”") if b.is_table and where else f.message
        place = f"{head}（{where}）{rest}" if where else f"{head}{rest}"
        out.append(replace(f, place=place, message=message) if (place, message) != (f.place, f.message) else f)
    return out
