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


# what in a block's place a reader finds again: a page of a PDF, a line of a text copy (not 「第116段」 of a
# Word file, which nobody counts)
_FINDABLE = re.compile(r"^第\d+(?:页|行)")


def named(b: Block, place: str = "") -> str:
    """A block as another finding's message names it: its section (「八、政府性基金预算财政拨款收入支出决算情况
    说明」) or a table's name, with the page (or a text copy's line) where there is one — never a paragraph's
    number; the block's place (``place``: the finding's, else the block's) where neither is known."""
    place = place or b.place
    page = m.group(0) if (m := _FINDABLE.match(place)) else ""
    name = table_name(b).split("，")[0] if b.is_table else (b.section if b.section != b.text else "")
    if not name:
        return place
    return f"{name}（{page}）" if page else name


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def row_labels(f: ReviewFinding) -> list[str]:
    """What names a table finding's row: the place's 「“X”行」, the quote's first word (a code: "2080505 …"),
    its words before "：" ("合计：471.44、…") and after it ("…决算表：合计 1,367.75")."""
    out = [m.group(1)] if (m := re.search(r"“([^”]+)”行$", f.place)) else []
    quote = f.quote.strip()
    if quote:
        out.append(quote.split()[0].split("：")[0])
        head, _, tail = quote.partition("：")
        out += [head, tail.split()[0] if tail.split() else ""]
    return [_bare(x) for x in dict.fromkeys(out) if _bare(x)]


def _code(cells: list[str] | tuple[str, ...]) -> str:
    """A row's 科目编码: a cell of digits, or the leading 类 | 款 | 项 cells joined ("208" "05" "05")."""
    digits = ""
    for text in cells:
        if not re.fullmatch(r"\d{2,7}", text):
            break
        digits += text
    return digits


def row_of(rows: list[list[str]] | list[tuple[str, ...]], f: ReviewFinding) -> tuple[int, int] | None:
    """(row, column of its label) of the row a table finding names among ``rows`` (cell texts): by its code or
    a cell reading as its label, the one holding the finding's figure first (not a header's "合计" column); a
    row left out of the table: the row of the code before it, where it belongs. None when none is named."""
    rows = [[_bare(x) for x in r] for r in rows]
    figure = _bare(f.figure)
    for label in row_labels(f):
        named = [(i, c) for i, cells in enumerate(rows) for c, x in enumerate(cells)
                 if x == label or (c == 0 and _code(cells) == label)]
        if not named and label.isdigit():
            before = [(x, i, c) for i, cells in enumerate(rows) for c, x in enumerate(cells)
                      if x.isdigit() and len(x) == len(label) and x[:3] == label[:3] and x < label]
            named = [max(before)[1:]] if before else []
        if named:
            return min(named, key=lambda ic: (figure not in rows[ic[0]], ic[1], ic[0]))
    return None


def _row_place(b: Block, f: ReviewFinding) -> str:
    """The line or page where a table finding's row is printed, when the reader kept it; else ""."""
    if not b.row_places:
        return ""
    at = row_of([cells for _, cells in b.row_places], f)
    return b.row_places[at[0]][0] if at else ""


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
        if b.is_table:
            head = _row_place(b, f) or head  # a table over pages or lines: where its row is printed
        where = table_name(b) if b.is_table else b.section if b.section != b.text else ""
        message = f.message.replace("此表", f"“{where.split('，')[0]}”") if b.is_table and where else f.message
        place = f"{head}（{where}）{rest}" if where else f"{head}{rest}"
        out.append(replace(f, place=place, message=message) if (place, message) != (f.place, f.message) else f)
    return out
