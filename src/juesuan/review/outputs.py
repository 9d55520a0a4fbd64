"""What a reviewer uses: findings as terminal text, JSON, an .xlsx list, and a copy of the
Word file with each finding as a comment anchored at its paragraph."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from ..core.codes import check_name
from .base import ReviewFinding
from .extract import Block
from .places import PAUSE, column_name, row_of
from .tally import checked_line, clean_line, tally

AUTHOR = "juesuan 审阅"
# what says the review read only part of the document (an unread table, a scanned page, a limit hit)
INCOMPLETE = frozenset({"R-UNREAD", "R-INCOMPLETE"})


QUOTE_WIDTH = 160  # the longest 原文 the terminal prints: a longer one is a window around the figure
MARK = "-审阅"  # a review output's name ends in it: 「<原名>-审阅.docx」, 「<文件夹名>-审阅.xlsx」


def beside(reviewed: Path, suffix: str) -> Path:
    """Where a review output goes when no path is given: beside what was reviewed (a document, or a folder of
    them), named 「<its name>-审阅<suffix>」 by export.files.output_name (the one rule for names from user text)."""
    from ..export.files import output_name

    reviewed = Path(reviewed)
    if reviewed.is_dir():  # 「.」 too: by its real name
        reviewed = reviewed.absolute()
        return reviewed.with_name(output_name(reviewed.resolve().name, f"{MARK}{suffix}"))
    return reviewed.with_name(output_name(reviewed.stem, f"{MARK}{suffix}"))


def incomplete(findings: list[ReviewFinding]) -> bool:
    """Whether part of the document was not read, so not checked (``juesuan review`` exits 5 without 错误)."""
    return any(f.code in INCOMPLETE for f in findings)


COLUMNS = (  # a finding's columns in every .xlsx: one document's list, and a batch's 明细 after its 文件 and 单位
    ("level", "级别", 8),
    ("place", "位置", 32),  # a section and a sentence's opening words, a table's name, row and column
    ("figure", "原文数字", 16),
    ("expected", "应为", 24),
    ("message", "说明", 60),
    ("why", "计算／依据", 48),  # arithmetic, or what the finding rests on (why_label: the terminal's and comments')
    ("quote", "原文", 80),  # the terminal's 「原文：」
    ("code", "检查项", 22),  # the check's name, its code after it for whoever maintains the rules: so last
)


# what makes a 计算 line arithmetic: an equation, a comparison, an operator; anything else (a list of 科目 names,
# a figure quoted from elsewhere) is what the finding rests on: 「依据」
_ARITHMETIC = re.compile(r"[=＝≠<>≈÷×]|\d\s*[+−]\s*\d")


def why_label(why: str) -> str:
    """The label of a finding's 计算 line: 「计算」 where it computes, else 「依据」."""
    return "计算" if _ARITHMETIC.search(why) else "依据"




def window(quote: str, figure: str, width: int = QUOTE_WIDTH) -> str:
    """A long 原文 cut to ``width`` characters around the finding's figure (its last clause before it and what
    follows), 「…」 where cut; a quote that does not hold the figure, from its start. Never a head that misses
    the figure the finding is about."""
    if len(quote) <= width:
        return quote
    bare = figure.strip()
    at = quote.find(bare) if bare else -1
    if at < 0:
        return quote[:width - 1] + "…"
    # begin at a clause boundary before the figure (the words it belongs to), of those that leave the figure inside
    # the window: the last one a third of the width or more before it, else the nearest; with none, a third of the
    # width before it
    lead = width // 3
    start = max(0, at - lead)
    cut = [m.end() for m in PAUSE.finditer(quote, max(0, at + len(bare) + 2 - width), at)]
    if cut and start > 0:
        start = max(before) if (before := [c for c in cut if c <= start]) else min(cut)
    start = 0 if start <= 1 else start
    end = min(len(quote), start + width - (1 if start else 0))
    if end < len(quote):
        end -= 1  # room for the closing 「…」
    end = max(end, at + len(bare))
    return ("…" if start else "") + quote[start:end] + ("…" if end < len(quote) else "")


def text(findings: list[ReviewFinding], source: str = "", verbose: bool = False,
         blocks: list[Block] | None = None) -> str:
    """Terminal text: one block per finding — the level and the place, the message, 应为, how it
    was reckoned, the sentence — then a count by level; with none, what was checked (``blocks``, the
    document read: review/tally.py). The rule's code (R-…) is for whoever maintains the rules: after
    the message, in parentheses, and only with ``verbose``."""
    lines = []
    for f in findings:
        lines.append(f"[{f.level.value}] {f.place}")
        lines.append(f"  {f.message}" + (f"（{f.code}）" if verbose else ""))
        if f.expected:
            lines.append(f"  应为：{f.expected}")
        if f.why:
            lines.append(f"  {why_label(f.why)}：{f.why}")
        quote = f.written_quote or f.quote  # as the document writes it
        if quote and not f.message.endswith(f.quote):  # (a reader's note is its message's end: not again)
            lines.append(f"  原文：{window(quote, f.written_figure or f.figure)}")
        lines.append("")
    counts = {lv: sum(1 for f in findings if f.level.value == lv) for lv in ("错误", "警告", "提示")}
    head = f"{source}：" if source else ""
    if not findings:
        lines.append(head + (clean_line(tally(blocks)) if blocks is not None else "未发现相互矛盾的数字。"))
    else:
        lines.append(f"{head}错误 {counts['错误']} 条，警告 {counts['警告']} 条，提示 {counts['提示']} 条。")
        if blocks is not None:  # what was checked, as a clean review says it
            lines.append(f"{checked_line(tally(blocks))}。")
        if incomplete(findings):  # the last word: not all of it was read
            lines.append("审阅不完整：有未能读取核对的部分（见“审阅可能不完整”）。")
    return "\n".join(lines)


def as_json(findings: list[ReviewFinding], source: str = "", blocks: list[Block] | None = None) -> str:
    """The findings and their count by level; with ``blocks``, what was checked ("checked": the text's
    figures, the tables' amounts, the 公开 tables read by number)."""
    counts = {lv: sum(1 for f in findings if f.level.value == lv) for lv in ("错误", "警告", "提示")}
    summary: dict[str, object] = {"errors": counts["错误"], "warnings": counts["警告"], "notes": counts["提示"],
                                  "incomplete": incomplete(findings)}
    if blocks is not None:
        t = tally(blocks)
        summary["checked"] = {"figures": t.figures, "table_amounts": t.cells, "tables": t.tables,
                              "public_tables": [f"公开{n:02d}" for n in t.public],
                              "empty_public_tables": [f"公开{n:02d}" for n in t.empty]}
    return json.dumps(
        {
            "file": source,
            "summary": summary,
            "findings": [f.as_dict() for f in findings],
        },
        ensure_ascii=False,
        indent=2,
    )


def xlsx(findings: list[ReviewFinding], source: str = "") -> bytes:
    """An .xlsx list of the findings (one row each) under a title naming the document: ``findings_sheet``."""
    from ..export.escape import xlsx_workbook
    from ..export.sheet_style import REVIEW_STYLES, xlsxwriter_formats

    buf = BytesIO()
    book = xlsx_workbook(buf)  # a quoted sentence or file name that starts with "=" stays text
    formats = xlsxwriter_formats(book, REVIEW_STYLES)
    sheet = book.add_worksheet("审阅结果")
    sheet.write_string(0, 0, f"审阅：{source}" if source else "审阅结果", formats["title"])
    findings_sheet(sheet, formats, [((), f) for f in findings], top=1)
    book.close()
    return buf.getvalue()


def findings_sheet(sheet, formats: dict, rows: list[tuple[tuple[str, ...], ReviewFinding]],
                   lead: tuple[tuple[str, int], ...] = (), top: int = 0) -> None:
    """A list of findings on ``sheet`` from row ``top``, the one form of every review .xlsx: the header (``lead``'s
    columns — (header, width) — then COLUMNS), a row a finding (its ``lead`` values first), 错误 rows filled,
    the header frozen, filtered and repeated on every printed page (``formats``: sheet_style.REVIEW_STYLES)."""
    from xlsxwriter.utility import xl_col_to_name

    from ..export.sheet_style import SUMMARY_PAGE, page_xlsxwriter

    heads = [*lead, *((label, width) for _, label, width in COLUMNS)]
    for c, (label, width) in enumerate(heads):
        sheet.write_string(top, c, label, formats["header"])
        sheet.set_column(c, c, width)
    for r, (values, f) in enumerate(rows, start=top + 1):
        d = f.as_dict() | {"code": check_name(f.code)}
        for c, value in enumerate([*values, *(d[key] for key, _, _ in COLUMNS)]):
            sheet.write_string(r, c, value, formats["wrap"])
    last = top + len(rows)
    if rows:
        level = f"${xl_col_to_name(len(lead))}{top + 2}"
        sheet.conditional_format(top + 1, 0, last, len(heads) - 1,
                                 {"type": "formula", "criteria": f'={level}="错误"', "format": formats["error"]})
    sheet.autofilter(top, 0, max(last, top + 1), len(heads) - 1)
    sheet.freeze_panes(top + 1, 1)
    sheet.repeat_rows(top)
    page_xlsxwriter(sheet, SUMMARY_PAGE)


def comment_text(f: ReviewFinding) -> str:
    out = f"【{f.level.value}】{f.message}"
    if f.expected:
        out += f"\n应为：{f.expected}"
    if f.why:
        out += f"\n{why_label(f.why)}：{f.why}"
    return out


def _anchor(table, f: ReviewFinding):
    """The cell a table finding's comment is anchored on: in the row the finding names (by its code, or a
    cell reading as its label; a row left out of the table: the row of the code before it), the amount cell
    the finding names, else the row's name cell; the table's first cell when no row is named."""
    rows = [[_bare(c.text) for c in r.cells] for r in table.rows]
    if "行" not in f.place and (cell := _by_column(table, rows, f)) is not None:
        return cell  # a table of one data row (公开07): the column its place names
    found = row_of(rows, f)
    if found is None:
        return table.rows[0].cells[0]
    at, start = found
    figure = _bare(f.figure)
    cells, texts = table.rows[at].cells, rows[at]
    hits = [c for c, x in enumerate(texts) if figure and x == figure]
    if hits:
        return cells[min(hits, key=lambda c: (c < start, abs(c - start)))]
    name = next((c for c in range(start, len(texts)) if texts[c] and not re.fullmatch(r"[\d.,%-]+", texts[c])), start)
    return cells[name]


def _by_column(table, rows: list[list[str]], f: ReviewFinding):
    """The cell holding a table finding's figure in the column its place names by its headers (「，公务接待费决算数栏」:
    a table of one data row, 公开07, has no row to name); None where no one cell is."""
    column = re.search(r"，([^，]+)栏$", f.place)
    figure = _bare(f.figure)
    if column is None or not figure:
        return None
    want = re.sub(r"[“”]", "", column.group(1))
    hits = [(r, c) for r, texts in enumerate(rows) for c, x in enumerate(texts)
            if x == figure and re.sub(r"[“”]|栏$", "", column_name(rows, c)) == want]
    cells = {id(table.rows[r].cells[c]): table.rows[r].cells[c] for r, c in hits}
    return next(iter(cells.values())) if len(cells) == 1 else None


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def _split(para, k: int, at: int) -> None:
    """Run ``k`` of ``para`` cut in two at character ``at`` (the second half a copy of its formatting)."""
    from copy import deepcopy

    run = para.runs[k]
    text = run.text
    if not 0 < at < len(text):
        return
    twin = deepcopy(run._r)
    run._r.addnext(twin)
    run.text = text[:at]
    para.runs[k + 1].text = text[at:]


def _key(c: str) -> str:
    """A character as the reader reads it (full-width digits and radicals as ASCII and the characters they stand
    for), one for one: what a paragraph's runs are matched by."""
    k = unicodedata.normalize("NFKC", c)
    return k if len(k) == 1 else c


def _target(f: ReviewFinding) -> str:
    """What a paragraph finding's comment is anchored on: its anchor (the parts that could be wrong), else its figure;
    for one that names no figure, the words its
    应为 deletes or replaces (「删去“印刷费”」, 「“合计”改为2,002.80」)."""
    if f.anchor or f.figure:
        return f.anchor or f.figure
    m = re.search(r"删去“([^”]+)”|“([^”]+)”改为", f.expected)
    return (m.group(1) or m.group(2)) if m else ""


def _span(para, f: ReviewFinding) -> tuple[int, int] | None:
    """(start, end) in the paragraph's run text of ``f``'s figure where its sentence quotes it — spaces between its
    characters skipped (「0.86 元」 for 「0.86元」), the runs' characters read as the reader reads them; else of its
    quote's start; None when neither is found."""
    whole = "".join(r.text for r in para.runs)
    keep = [i for i, c in enumerate(whole) if not c.isspace()]
    bare = "".join(_key(whole[i]) for i in keep)

    def find(text: str, after: int = 0) -> int:
        return bare.find("".join(_key(c) for c in text if not c.isspace()), after) if text.strip() else -1

    quote = f.quote.strip()[:40]
    at = find(quote)
    target = "".join(c for c in _target(f) if not c.isspace())
    start = find(target, max(at, 0)) if target else -1
    start = find(target) if start < 0 and target else start
    if start >= 0:
        return keep[start], keep[start + len(target) - 1] + 1
    if at >= 0 and quote:  # no figure to find: the quoted sentence's start
        short = "".join(c for c in quote if not c.isspace())
        return keep[at], keep[at + len(short) - 1] + 1
    return None


def _figure_runs(para, f: ReviewFinding) -> list:
    """The runs that hold exactly ``f``'s figure where its sentence quotes it, across run boundaries and the spaces
    in it (runs cut at its edges): what a paragraph finding's comment is anchored on; [] when it is not found."""
    span = _span(para, f)
    if span is None:
        return []
    start, end = span
    for edge in (end, start):  # the end first: the start's offsets stay as they were
        pos = 0
        for k, r in enumerate(para.runs):
            if pos < edge < pos + len(r.text):
                _split(para, k, edge - pos)
                break
            pos += len(r.text)
    out, pos = [], 0
    for r in para.runs:
        if start <= pos < end and r.text:
            out.append(r)
        pos += len(r.text)
    return out


def commented_docx(source: Path, blocks: list[Block], findings: list[ReviewFinding]) -> bytes:
    """A copy of ``source`` (.docx) with each finding as a Word comment at its paragraph
    (on the figure where its paragraph holds it, the runs cut at its edges; table findings at their row's cell:
    the amount the finding names, else the row's name); a finding said once for many places, at each of them."""
    from docx import Document

    doc = Document(str(source))
    paragraphs = doc.paragraphs
    tables = doc.tables
    # a finding said once for many places (a habit): the same comment at each place
    for f in (g for one in findings for g in (one, *(replace(x, message=one.message, expected=one.expected,
                                                             why=one.why) for x in one.others))):
        if not 0 <= f.block < len(blocks):
            continue
        b = blocks[f.block]
        if b.is_table:
            if not 0 <= b.index < len(tables):
                continue
            para = _anchor(tables[b.index], f).paragraphs[0]
        else:
            if not 0 <= b.index < len(paragraphs):
                continue
            para = paragraphs[b.index]
        runs = (_figure_runs(para, f) if not b.is_table else []) or \
            [r for r in para.runs if f.figure and f.figure in r.text] or para.runs
        if not runs:
            runs = [para.add_run("")]
        doc.add_comment(runs, text=comment_text(f), author=AUTHOR, initials="JS")
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()
