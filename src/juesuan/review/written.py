"""原文 and 原文数字 as the document writes them, so that the reader finds them with Ctrl-F and pastes 应为
over them.

The rules read the text normalised (blocks.normalize: spaces beside Chinese characters dropped, full-width digits as
ASCII); a finding quotes that. The runner's last steps give it back as written:

- ``whole``: a quote that starts after a paragraph's own list number (「1.住房保障支出（类）…」 quoted from
  「.住房保障…」, the 「.」 read as part of a name) starts at the number: before the places are named, so that the
  place's opening words start there too.
- ``whole`` too: a quote that starts on a sentence after its paragraph's opening name (「1.教育支出（类）普通教育
  （款）学前教育（项）。年初预算为…」, the 科目 named in a sentence of its own; also after the sentences that go on
  about it, 「…（项）。主要用于：…。年初预算为…」) starts at the name: the quote says whose figures these are, as the
  same words after 「：」 would; so does one after a numbered run-in heading
  (「（一）内设机构设置。某某院内设机构包括…」), the heading the reader looks for.
- ``written``: the quote, and 原文数字 inside it, as the paragraph is written (``Block.raw``: a .docx paragraph as
  python-docx reads it; ``Block.as_printed``: a PDF paragraph as its glyphs print it, 「⽀出」 with the Kangxi radical
  a font maps its glyph to, 「１２３．４５」) — 「2024 年度“三公”经费…」, 「0.86 元」 — in
  ``ReviewFinding.written_quote`` and ``written_figure``, which the outputs print; ``quote`` and ``figure`` stay as
  the rules read them, the same in every form of a document (and so do the places). Nothing is written where the
  block keeps no such text (a text copy) or the quote is not one piece of it (a quote put together).
- ``printed_row``: a PDF table finding's quote (its row's cells, 「21004：公共卫生、6,661.66、…」) with each cell as
  the page prints it (「公共卫⽣」, 「６，６６１．６６」), taken from the row's printed line (the line of the table's
  page, or of its ruled cells, that holds the quote's first cell and the figure; a cell's words wrapped onto other
  lines from anywhere the table's pages print them), and its 原文数字 the figure's cell so; a cell's line breaks
  left out. Where the row's line is not found, the 原文数字 as the pages print the figure, if not as read."""

from __future__ import annotations

import re
from dataclasses import replace

from .base import ReviewFinding
from .blocks import Block, radicals
from .places import _key, as_written

# a paragraph's own list number, cut from what follows it: 「1.」 「12．」 at a sentence's start
_NUMBER = re.compile(r"(?:^|(?<=[。；;！？!?\n]))\s*\d{1,3}$")


# a paragraph's opening sentence that only names its 科目: 「1.教育支出（类）普通教育（款）学前教育（项）。」
_NAME_SENTENCE = re.compile(r"\s*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?"
                            r"([^。；;！？!?\n]{2,80}?[（(][类款项][）)])\s*。\s*")


# a paragraph's opening run-in heading, numbered: 「（一）内设机构设置。」 「2.决算单位构成。」 — a title, no figure
_RUN_IN = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
                     r"\s*[\u4e00-\u9fff]{2,16}\s*。\s*")
# a sentence that names a 科目 of its own (「…（项）」): a paragraph's later sentences are no longer the opening one's
_NAMES = re.compile(r"[（(][类款项][）)]")


def _named_from(text: str, at: int) -> int:
    """Where the paragraph starts when the quote at ``at`` starts on a sentence after its opening name sentence
    (right after it, or after the sentences that go on about that 科目: 「…（项）。主要用于：…。年初预算为…」) and
    names no 科目 of its own, or right after its numbered run-in heading; else ``at``."""
    m = _NAME_SENTENCE.match(text)
    named = m is not None and m.end() <= at and not re.search(r"\d", re.sub(r"[（(]\d{3,7}[）)]", "", m.group(1)))
    if named and m is not None and (m.end() == at or (re.search(r"[。！？!?]\s*$", text[:at])
                                                     and not _NAMES.search(text, m.end(), at))):
        return 0
    return 0 if (h := _RUN_IN.match(text)) and h.end() == at else at


def _block(f: ReviewFinding, blocks: list[Block]) -> Block | None:
    b = blocks[f.block] if 0 <= f.block < len(blocks) else None
    return b if b is not None and not b.is_table and f.quote else None


def whole(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each finding whose quote starts on the 「.」 after its sentence's list number with the quote from the number,
    and one that starts right after its paragraph's opening name sentence with the quote from the name (module doc)."""
    out = []
    for f in found:
        b = _block(f, blocks)
        at = b.text.find(f.quote) if b is not None and f.quote[:1] in ".．" else -1
        m = _NUMBER.search(b.text[:at]) if b is not None and at > 0 else None
        if b is not None and m:
            f = replace(f, quote=b.text[m.start():at].lstrip() + f.quote)
        elif b is not None and (at := b.text.find(f.quote)) > 0 and (start := _named_from(b.text, at)) < at:
            f = replace(f, quote=b.text[start:at].lstrip() + f.quote)
        out.append(f)
    return out


def radicals_named(f: ReviewFinding) -> ReviewFinding:
    """``f`` whose 原文 as the PDF prints it holds radical forms (「⽀出」: kept, so that Ctrl-F finds it in the PDF)
    with each named beside its character at its message's end: 「（PDF原文中的“⽀”即“支”）」, so that a reader who
    retypes or searches the normal form knows it. (The runner's very last step: after one habit's findings are
    folded, which read their messages.)"""
    forms = radicals(f.written_quote + f.written_figure)
    if not forms:
        return f
    said = "，".join(f"“{k}”即“{v}”" for k, v in forms.items())
    return replace(f, message=f"{f.message}（PDF原文中的{said}）")


def written(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each paragraph finding's quote and 原文数字 as its paragraph is written (module doc)."""
    out = []
    for f in found:
        t = blocks[f.block] if 0 <= f.block < len(blocks) else None
        if t is not None and t.is_table and t.as_printed:
            out.append(printed_row(f, t.as_printed))
            continue
        b = _block(f, blocks)
        raw = (b.raw or b.as_printed) if b is not None else ""
        if b is None or not raw:
            out.append(f)
            continue
        quote = as_written(f.quote, raw)
        if quote == f.quote:
            out.append(f)
            continue
        figure = as_written(f.figure, quote) if f.figure else ""
        out.append(replace(f, written_quote=quote, written_figure=figure if figure != f.figure else ""))
    return out


_CELLS = re.compile(r"([：、])")  # how the rules join a table row's cells in a quote


def _keyed(text: str) -> str:
    return "".join(_key(c) for c in text if not c.isspace())


def _printed(words: str, raw: str, start: int = 0) -> tuple[str, int] | None:
    """``words`` as ``raw`` prints them from its ``start``-th printed character on (line breaks and tabs between
    cells left out) and where they end there; None where it does not print them."""
    keep = [i for i, c in enumerate(raw) if not c.isspace()]
    bare = "".join(_key(raw[i]) for i in keep)
    want = _keyed(words)
    at = bare.find(want, start) if want else -1
    if at < 0:
        return None
    return re.sub(r"[\n\t]", "", raw[keep[at]: keep[at + len(want) - 1] + 1]), at + len(want)


def printed_row(f: ReviewFinding, as_printed: str) -> ReviewFinding:
    """A PDF table finding with its quote and figure as the table's pages print them (module doc)."""
    lines = as_printed.split("\n")
    parts = _CELLS.split(f.quote) if f.quote else []
    first = f.quote.split("：")[0] if "：" in f.quote else next((x for x in parts[::2] if x.strip()), "")
    row = next((ln for ln in lines if first and _keyed(first) in (key := _keyed(ln)) and _keyed(f.figure) in key), None)
    if row is None:
        alone = _printed(f.figure, as_printed) if f.figure and f.figure not in as_printed else None
        return replace(f, written_figure=alone[0]) if alone and alone[0] != f.figure else f
    at = lines.index(row)
    near = "\n".join(lines[max(at - 2, 0):at + 3])  # (a name wrapped in its cell: its pieces on the lines around)
    cells: list[str] = []
    start, figure = 0, ""
    for k, x in enumerate(parts):
        found = None if k % 2 or not x.strip() else _printed(x, row, start)
        if found is not None:
            start = found[1]  # (the row's cells in order: a figure printed twice is each its own)
        elif not k % 2 and x.strip():  # (words wrapped in their cell: from the lines around, or the pages)
            found = _printed(x, near) or (None if re.search(r"\d", x) else _printed(x, as_printed))
        cells.append(found[0] if found else x)
        if found and not figure and x == f.figure:
            figure = found[0]
    quote = "".join(cells)
    return replace(f, written_quote=quote if quote != f.quote else "",
                   written_figure=figure if figure and figure != f.figure else "")
