"""What a PDF's reading could not check, said once: mentions of 万元/% without digits beside them,
tables read without their amounts."""

from __future__ import annotations

import re

from .blocks import Block, Blocks
from .grid import PUBLIC_TABLES, kind_of

# 万元, % or 元 (ending a phrase: not 元旦, 多元化) and what stands before it: a figure, or something
# that is no figure lost (a placeholder XX, a Chinese numeral, a unit caption "单位：万元", "以万元为
# 单位", 亿元, 美元, 单元, 多元, 公元)
_MENTION = re.compile(r"(?:(\d)|([Xx×＊*○〇零一二三四五六七八九十百千两亿美单多公纪币：:位为以按（(的])|)\s*"
                      r"(?:万元|%|％|元(?=[，。；、）)]|$))")
MIN_MENTIONS = 5
MIN_COVERAGE = 0.8


def coverage(blocks: Blocks) -> dict[int, tuple[int, int]]:
    """By page: (mentions of 万元, 元 or % in the text, those with digits beside them); tables left out."""
    out: dict[int, tuple[int, int]] = {}
    for b in blocks:
        if b.is_table or not (m := re.match(r"第(\d+)页", b.place)):
            continue
        page = int(m.group(1))
        for x in _MENTION.finditer(b.text):
            if x.group(2) is None:
                seen, read = out.get(page, (0, 0))
                out[page] = (seen + 1, read + (x.group(1) is not None))
    return out


_AMOUNTS = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _drawn(page, box: tuple) -> bool:
    """Curved shapes (three or more) or a picture inside a table's box: what figures turned to
    outlines or pasted as a picture leave (rules are lines and rectangles)."""
    def inside(o: dict) -> bool:
        return o["x0"] >= box[0] - 1 and o["x1"] <= box[2] + 1 and o["top"] >= box[1] - 1 and o["bottom"] <= box[3] + 1

    return sum(1 for c in page.curves if inside(c)) >= 3 or any(inside(im) for im in page.images)


def amountless(blocks: Blocks, drawn: set[int]) -> list[str]:
    """The tables read without their amounts ("第3页的支出决算表"): three cells or more undecoded
    ("(cid:17)"), or rows of codes (two or more), hardly an amount (fewer than one for four code
    rows) and shapes drawn in the table (on a page of ``drawn``): the figures printed as outlines or
    pictures. Cells left blank (the template, an empty table) draw nothing: no such table."""
    out = []
    for b in blocks:
        if not b.is_table:
            continue
        page = int(m.group(1)) if (m := re.match(r"第(\d+)页", b.place)) else 0
        cells = [c for r in b.rows for c in r]
        codes = sum(1 for r in b.rows if r and re.fullmatch(r"\d{3,7}", r[0]))
        amounts = sum(1 for c in cells if _AMOUNTS.fullmatch(c.replace(" ", "")) and not re.fullmatch(r"\d{3,7}", c))
        if sum("(cid:" in c for c in cells) >= 3 or (codes >= 2 and amounts <= codes // 4 and page in drawn):
            out.append(f"{b.place}的{kind_of(b) or '表格'}")
    return out


def _lacking(by_page: dict[int, tuple[int, int]]) -> list[int]:
    return [p for p, (n, r) in sorted(by_page.items()) if r < n]


def _coverage_note(by_page: dict[int, tuple[int, int]]) -> str:
    """A note when many 万元/% mentions have no figure beside them (the figures lost in reading)."""
    seen = sum(n for n, _ in by_page.values())
    read = sum(r for _, r in by_page.values())
    if seen < MIN_MENTIONS or read >= seen * MIN_COVERAGE:
        return ""
    pages = _lacking(by_page)
    return (f"全文{seen}处“万元”或“%”中只有{read}处读出了旁边的数字（{read / seen:.0%}），"
            f"未读出的在第{_ranges(pages)}页：多为 PDF 排版使数字与文字分离，这些句子的数字未能核对。")


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and "-" not in out[-1] and int(out[-1]) == n - 1:
            out[-1] = f"{out[-1]}-{n}"
        elif out and "-" in out[-1] and int(out[-1].split("-")[1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return "、".join(out)


# an amount as a table prints it, not in a sentence's "1,200.00万元" or "12.50%"
_CELL = re.compile(r"(?<![\d.])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d%％])(?!\s*(?:万|元|亿))")
_TITLE_NUMBER = re.compile(r"公开\s*0?[1-9]\s*表")
MIN_CELLS = 4  # amounts in the lines under a title that make a table left unread


def _title(b: Block) -> str:
    """The 公开 table a short line names as its title ("…2024年度收入决算表", "公开02表"), or ""."""
    text = re.split(r"[。，；]", b.text.replace(" ", "")[:100])[0]  # (the lines under it may have joined it)
    if b.is_table or re.search(r"……|\.{3}|…", text):
        return ""  # a 目录 line
    m = _TITLE_NUMBER.search(text) or re.search(r"^.{0,40}?决算(?:总)?表", text)
    if not m:
        return ""
    return kind_of(Block("", b.place, title=text[:m.end()], caption=text[:m.end()]), heads=False)


def _spans(blocks: list[Block]) -> list[tuple[int, int, str, bool]]:
    """Each 公开 table title and what stands under it up to the next title or the next paragraph of prose:
    (the title's index, the index after its last line with an amount, its name, whether a table was read
    there). A table's title printed again overleaf ("（续）") goes on."""
    out = []
    k = 0
    while k < len(blocks):
        kind = _title(blocks[k])
        if not kind:
            k += 1
            continue
        start, last, cells, table = k, k + 1, 0, False
        k += 1
        while k < len(blocks):
            b = blocks[k]
            if (other := _title(b)) and other != kind:
                break  # the next table's title
            if b.is_table:
                table = True
            elif len(b.text) > 120 and "，" in b.text[:120]:
                break  # prose: the 情况说明
            elif (n := sum(len(_CELL.findall(part)) for part in re.split(r"。", b.text) if "，" not in part)):
                cells, last = cells + n, k + 1
            k += 1
        out.append((start, last, kind, table, cells))
    return [(start, last if cells >= MIN_CELLS else start + 1, kind, table) for start, last, kind, table, cells in out]


def unread_tables(blocks: Blocks) -> list[tuple[str, str, bool]]:
    """The 公开 tables whose title is printed but whose grid was not read (no table under the
    title before the next one or the next paragraph of prose): (page, table name, whether amounts
    stand in the lines under it — the table's figures left as text, unchecked). A 目录 (titles one
    under another) has none; an empty table (its title, 合计, a note) has no amounts."""
    read = {kind for _, _, kind, table in _spans(blocks) if table}
    out: dict[str, tuple[str, str, bool]] = {}
    for start, last, kind, table in _spans(blocks):
        amounts = last > start + 1
        if not table and (kind not in out or (amounts and not out[kind][2])):
            out[kind] = (blocks[start].place, kind, amounts)  # (a 目录 line names it first, without amounts)
    return [v for kind, v in out.items() if kind not in read]


def fold_unread(blocks: Blocks) -> Blocks:
    """The lines of each 公开 table left unread (its title printed, amounts in the lines under it, no grid
    read) folded into one block marked ``unread``: no rule reads its cells as a table, nor as sentences
    (a wrapped name, a row split over lines, would be read wrong). The title and what follows the table's
    last amount (a note, the next heading) stay as they are."""
    read = {kind for _, _, kind, table in _spans(blocks) if table}
    spans = [(start, last, kind) for start, last, kind, table in _spans(blocks)
             if not table and kind not in read and last > start + 1]
    if not spans:
        return blocks
    out = Blocks()
    k = 0
    for start, last, kind in spans:
        out.extend(blocks[k : start + 1])
        lines = blocks[start + 1 : last]
        out.append(Block("", lines[0].place, kind=kind, title=blocks[start].text, unread=True,
                         printed=tuple(b.text for b in lines)))
        k = last
    out.extend(blocks[k:])
    out.notes, out.pages, out.coverage, out.unread = blocks.notes, blocks.pages, blocks.coverage, blocks.unread
    return out


def unread_note(tables: list[tuple[str, str]], text: bool = False) -> str:
    """One note for the 公开 tables (place, name) whose title is printed but whose grid was not read;
    ``text``: in a text copy (pdftotext, copied out of a PDF), where a table's cells became lines of text."""
    named = "、".join(f"{place}的{kind}（公开{PUBLIC_TABLES.index(kind) + 1:02d}表）" for place, kind in tables)
    count = f"共{len(tables)}张表" if len(tables) > 1 else ""
    why = "文字版中表格成为逐行文字" if text else "表格没有框线、或排版使数字与科目分离"
    again = "请用 Excel/Word 原表或 PDF 再审" if text else "请用 Excel/Word 原表或有框线的 PDF 再审"
    return f"{named}{count}未能按表格读取（{why}），表内数字未核对：{again}。"


def unread(blocks: Blocks, text: bool = False) -> Blocks:
    """Name the 公开 tables left unread (``blocks.unread``, one note for those with amounts) and fold their
    lines away (``fold_unread``)."""
    tables = unread_tables(blocks)
    blocks.unread.extend(kind for _, kind, _ in tables)
    if (named := [(place, kind) for place, kind, amounts in tables if amounts]):
        blocks.notes.append(unread_note(named, text))
    return fold_unread(blocks)
