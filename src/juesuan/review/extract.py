"""Read a report (.txt, .docx, .pdf) into blocks: paragraphs and tables, each with its place.

Places are what a reviewer finds again: 第N行 (text file), 第N段 / 第N个表格 (Word),
第N页 (PDF); a finding's place adds the section heading or the 公开 table's name
(review/places.py). PDF text is read with pdfplumber: lines are joined back into paragraphs,
tables are read as cells (a cell wrapped across lines is one cell), and a table split
across pages is joined again.
"""

from __future__ import annotations

import re
from pathlib import Path

from .blocks import Block, Blocks, ReadError, normalize
from .pdf_coverage import unread
from .text_columns import column_table
from .text_tables import pipe_table, row_table

__all__ = ["Block", "Blocks", "ReadError", "normalize", "read", "read_text"]


def caption_of(blocks: list[Block], short: int = 60) -> str:
    """The short paragraphs just before a table (its name, 单位), nearest last."""
    out: list[str] = []
    for b in reversed(blocks[-3:]):
        if b.is_table or len(b.text) > short:
            break
        out.insert(0, b.text)
    return " ".join(out)


MAX_TEXT_BYTES = 20 * 1024 * 1024  # a .txt beyond this is read up to here, and the review says so
MAX_BLOCKS = 10_000  # paragraphs and tables of one document (a 决算 report has a few hundred)
MAX_DOCX_BYTES = 200 * 1024 * 1024  # a .docx's parts, uncompressed (a report with pictures: a few MB)
# what each encoding a Chinese report may come in must show: the commonest characters of these
# texts (simplified and traditional forms alike); a wrong decoding yields others
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
              "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去"
              "把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
              "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设"
              "及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取"
              "据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转"
              "单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传"
              "土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青"
              "省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易"
              "置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严預算決說資費總機關經與"
              "预算决说资费总机关经")


def _decode(raw: bytes) -> tuple[str, str]:
    """The text of a .txt file and the encoding it was read in: a BOM names it; else UTF-8 if it
    decodes, else the candidate (GB18030, Big5, UTF-16) whose text is most like a Chinese report."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc, errors="replace"), enc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score, best_text = "", -1.0, ""
    for enc in ("gb18030", "big5", "utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = [c for c in text[:20000] if not c.isspace()]
        score = sum(1 for c in sample if c in _COMMON or c.isascii()) / max(len(sample), 1)
        if score > best_score:
            best, best_score, best_text = enc, score, text
    if best_score < 0.5:
        raise ReadError("无法识别文字编码（试过 UTF-8、GB18030、Big5、UTF-16）：请另存为 UTF-8 文本或 Word 文件。")
    return best_text, best


_NAMES = {"gb18030": "GB18030（GBK）", "big5": "Big5（繁体）", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
          "utf-16-be": "UTF-16"}


def _read_text_file(path: Path) -> Blocks:
    size = path.stat().st_size
    with path.open("rb") as fh:
        raw = fh.read(MAX_TEXT_BYTES)
    if size > MAX_TEXT_BYTES and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw[: raw.rfind(b"\n") + 1] or raw  # up to the last whole line read
    text, encoding = _decode(raw)
    blocks = Blocks(read_text(text))
    blocks = unread(blocks, text=True)  # a PDF's text copy: its tables became lines
    if encoding in _NAMES:
        blocks.notes.append(f"文字编码不是 UTF-8：按 {_NAMES[encoding]} 读取，如有乱码请另存为 UTF-8 后再审。")
    if size > MAX_TEXT_BYTES:
        blocks.notes.append(f"文件有 {size / 1024 / 1024:.0f} MB，超过 {MAX_TEXT_BYTES // 1024 // 1024} MB 的上限："
                            f"只审阅了开头的 {MAX_TEXT_BYTES // 1024 // 1024} MB。")
    return _capped(blocks)


def _capped(blocks: Blocks) -> Blocks:
    if len(blocks) <= MAX_BLOCKS:
        return blocks
    out = Blocks(blocks[:MAX_BLOCKS])
    out.notes = [*blocks.notes,
                 f"文件有 {len(blocks):,} 个段落和表格，超过 {MAX_BLOCKS:,} 个的上限：只审阅了前 {MAX_BLOCKS:,} 个。"]
    out.pages = blocks.pages
    return out


def read(path: Path) -> list[Block]:
    """Blocks of a .txt, .docx or .pdf file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ReadError(f"找不到文件：{path}")
    try:
        if suffix == ".docx":
            return read_docx(path)
        if suffix == ".pdf":
            from .pdf import read_pdf

            return read_pdf(path)
        if suffix in (".txt", ".text", ".md", ""):
            return _read_text_file(path)
    except ReadError:
        raise
    except Exception as exc:  # a damaged file of a known type
        raise ReadError(f"无法读取 {path.name}：{exc}") from None
    raise ReadError(f"不支持的文件类型：{suffix}（支持 .txt、.docx、.pdf）")


# --- text -----------------------------------------------------------------

_CHART_SERIES = re.compile(
    r"(?P<series>[^\t\n]+)\t\s*(?P<cats>(?:[^\t\n]+\t)+?)单位：(?P<unit>万元|元)\t"
    r"(?P<vals>(?:[-\d.,]+\t)+)"
)


def _without_banners(text: str) -> str:
    """A text copy of a PDF (pdftotext: pages parted by form feeds) without the lines that stand at
    the top or bottom of three pages or more (a quarter of them at least): a running header, a
    banner printed on every page ("【存在1项审核错误，仅供核对】"), which else splice into the
    sentence running over the page. Each such line left empty (line numbers kept)."""
    pages = text.split("\f")
    if len(pages) < 4:
        return text
    edges: list[list[int]] = []
    counts: dict[str, int] = {}
    split = [page.split("\n") for page in pages]
    for lines in split:
        filled = [k for k, ln in enumerate(lines) if ln.strip()]
        at = sorted({*filled[:2], *filled[-2:]})
        edges.append(at)
        for key in {re.sub(r"\s+", "", lines[k]) for k in at}:
            counts[key] = counts.get(key, 0) + 1
    banners = {k for k, n in counts.items() if n >= max(3, len(pages) // 4) and len(k) <= 60
               and not re.fullmatch(r"[\d—\-–－\s]*", k)  # (page numbers: _unwrap's)
               and not re.search(r"[。；;，,]$", k)}  # a sentence repeated is text
    if not banners:
        return text
    for lines, at in zip(split, edges, strict=True):
        for k in at:
            if re.sub(r"\s+", "", lines[k]) in banners:
                lines[k] = ""
    return "\f".join("\n".join(lines) for lines in split)


def editor_lines(text: str) -> list[str]:
    """The lines as a text editor numbers them: parted by line breaks only (\n, \r\n, \r), a page's
    form feed (pdftotext's \f) no line of its own and no character of one (``str.splitlines`` parts at
    \f, \v and others too, so 第N行 would run ahead by a line a page)."""
    return [ln.replace("\f", "").replace("\v", "") for ln in re.split(r"\r\n|\r|\n", text.removesuffix("\n"))]


def read_text(text: str) -> list[Block]:
    """Plain text: one paragraph a line; tab-indented rows (Word's text export) and tables printed one
    cell a line (text_tables) are tables."""
    lines = editor_lines(_without_banners(text))
    blocks: list[Block] = []
    i = 0
    last_text = ""
    while i < len(lines):
        line = lines[i]
        if ("|" in line or (i + 1 < len(lines) and lines[i + 1].strip() == "|")) \
                and (table := pipe_table(lines, i) or row_table(lines, i)) is not None:  # one cell (row) a line
            rows, end = table
            caption = re.sub(r"\s*\|[|\s]*", " ", caption_of(blocks)).strip()  # its lines' own pipes, "…统计表 | ||"
            blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{i + 1}行", rows,
                                title=re.sub(r"\s*\|[|\s]*", " ", last_text).strip(), caption=caption,
                                row_places=_row_places(lines, i, end)))
            i = end
            continue
        if line.strip() and not line.startswith("\t") and (table := column_table(lines, i)) is not None:
            rows, end = table  # set in whitespace columns (pdftotext -layout)
            blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{i + 1}行", rows, title=last_text,
                                caption=caption_of(blocks), row_places=_row_places(lines, i, end)))
            i = end
            continue
        if line.startswith("\t"):
            start, rows, row = i, [], []
            while i < len(lines):
                cur = lines[i]
                if cur.startswith("\t"):
                    row.append(normalize(cur))
                elif cur.strip() == "" and i + 1 < len(lines) and lines[i + 1].startswith("\t"):
                    rows.append(row)
                    row = []
                else:
                    break
                i += 1
            rows = [r for r in [*rows, row] if any(r)]
            if len(rows) > 1:
                blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{start + 1}行", rows, title=last_text,
                                    caption=caption_of(blocks), row_places=_row_places(lines, start, i)))
            continue
        stripped = normalize(line)
        if stripped:
            blocks.append(Block(stripped, f"第{i + 1}行", index=i))
            last_text = stripped
        i += 1
    return _charts_from_text(text, _unwrap(blocks))


def _row_places(lines: list[str], start: int, end: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each line of a table read from ``lines[start:end]`` with its words (cells parted by "|", tabs or
    spaces), so that a finding on a row gives the line the row is printed on."""
    return tuple((f"第{j + 1}行", tuple(normalize(x) for x in re.split(r"[|\t\s]+", lines[j].strip()) if x))
                 for j in range(start, end) if lines[j].strip())


_OPENS = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d))"
)
_ENDS = ("。", "！", "？", "!", "?")


def _width(text: str) -> int:
    """Display width: a Chinese character takes two columns, a digit or letter one."""
    return sum(1 if ch.isascii() else 2 for ch in text)


def _prose(text: str, width: int) -> bool:
    """A line of prose, not a table's row: a table keeps its columns apart by runs of spaces."""
    return (width >= 40 or bool(_PUNCT.search(_GROUPS.sub("", text)))) and not _COLUMNS.search(text)


_COLUMNS = re.compile(r"\S {3,}\S")
_GROUPS = re.compile(r"(?<=\d),(?=\d{3})")  # a figure's thousands commas: no punctuation of prose


def _unwrap(blocks: list[Block]) -> list[Block]:
    """Text copied out of a PDF has a line break every 30-odd characters: when most lines are
    about as wide as the widest, a full line goes on in the next one unless the next opens a
    heading or an item. A line ending its sentence (。！？) ends its paragraph unless it is quite
    full; a heading ("一、…", "（二）…") goes on only into a short line without punctuation (its
    own last characters). Widths count a Chinese character as two columns, so a line of
    digits is not taken for a short one."""
    # a table copied out of a PDF gives one short line a cell: only lines of prose (with
    # punctuation, or long) tell whether the text is a wrapped copy
    widths = sorted(w for b in blocks if not b.is_table and _prose(b.text, w := _width(b.text)))
    if len(widths) < 10:
        return blocks
    full = widths[int(len(widths) * 0.9)]
    if full > 160 or sum(1 for n in widths if n >= full * 0.8) < len(widths) * 0.5:
        return blocks  # one paragraph a line (Word's text export), not a wrapped copy
    if sum(1 for n in widths if n < full * 0.75) < len(widths) * 0.05:
        return blocks  # no short lines (a paragraph's last, a heading): lines of one length, not wrapped
    out: list[Block] = []
    last = 0  # the width of the last line joined into out[-1]
    heading = False  # out[-1] is a heading so far
    line = -1  # the number of the last line joined into out[-1]
    for b in blocks:
        prev = out[-1] if out else None
        w = _width(b.text)
        after, line = line, b.index
        if prev is not None and prev.text.endswith(_ENDS) and b.index > after + 1 >= 1:
            out.append(b)  # a sentence ended, then empty lines: a new paragraph (a table's title overleaf)
            last, heading = w, bool(_HEADING.match(b.text)) and not _PUNCT.search(b.text)
            continue
        if prev is not None and not prev.is_table and not b.is_table and _page_number(b.text, last >= full * 0.75):
            continue  # a page's footer ("— 18 —") inside a paragraph that goes on on the next page
        if prev is not None and not prev.is_table and not b.is_table and not _OPENS.match(b.text):
            if heading:
                joins = last >= full * 0.75 and w < full * 0.5 and not _PUNCT.search(b.text)
            else:
                joins = last >= (full * 0.92 if prev.text.endswith(_ENDS) else full * 0.75)
            if joins:
                prev.breaks = (*prev.breaks, (len(prev.text), b.place))  # a sentence is placed at its line
                prev.text += b.text
                last = w
                continue
        out.append(b)
        last = w
        heading = bool(_HEADING.match(b.text)) and not _PUNCT.search(b.text)
    return out


_PUNCT = re.compile(r"[。，,；;：:！？]")
_PAGE_NO = re.compile(r"^(?:[—\-–－]+\s*\d{1,4}\s*[—\-–－]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)$")


def _page_number(text: str, after_full: bool) -> bool:
    """A page's number as a copy of a PDF keeps it: "— 18 —", "第18页"; a bare "18" only after a
    full line (a paragraph going on)."""
    return bool(_PAGE_NO.match(text)) or (after_full and text.isdigit() and len(text) <= 4)
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _charts_from_text(text: str, blocks: list[Block]) -> list[Block]:
    """Word's text export of a chart: title, then series name, categories, 单位, values."""
    lines = editor_lines(text)
    n = 0
    while n < len(lines):
        if not ("单位：" in lines[n] and "\t" in lines[n]) or n < 2:
            n += 1
            continue
        start, title = n, lines[n - 2].strip()
        end = n
        while end + 1 < len(lines) and "单位：" in lines[end + 1]:
            end += 1
        joined = "\n".join(lines[n - 1 : end + 1])
        rows, header = [], []
        for m in _CHART_SERIES.finditer(joined):
            cats = [c.strip() for c in m.group("cats").split("\t") if c.strip()]
            vals = [v for v in m.group("vals").split("\t") if v.strip()]
            if len(vals) >= len(cats):
                rows.append([m.group("series").strip(), *vals[: len(cats)]])
                header = ["", *cats]
        if rows:
            blocks.append(
                Block(f"图：{title}", f"第{start - 1}行（图表）", [header, *rows], title=f"图 {title} 单位：万元")
            )
        n = end + 1
    return blocks


# --- docx -----------------------------------------------------------------


def check_docx(path: Path) -> None:
    """Refuse, before unpacking, a .docx whose parts would unpack beyond ``MAX_DOCX_BYTES`` (a zip
    bomb, or no report at all). The sizes are the zip's own: reading never unpacks more than them."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            total = sum(info.file_size for info in z.infolist())
    except zipfile.BadZipFile:
        raise ReadError(f"无法读取 {path.name}：不是 Word（.docx）文件或文件已损坏。") from None
    if total > MAX_DOCX_BYTES:
        raise ReadError(f"{path.name} 解压后有 {total / 1024 / 1024:,.0f} MB，超过 {MAX_DOCX_BYTES // 1024 // 1024} MB "
                        "的上限，未审阅：请另存为新的 Word 文件（或删去大图片）后再审。")


def read_docx(path: Path) -> list[Block]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_docx(path)
    doc = Document(str(path))
    blocks = Blocks()
    p_index = t_index = 0
    direct = {"p": 0, "t": 0}  # body paragraphs and tables outside content controls: doc.paragraphs/tables
    last_text = ""
    goes_on: list = []  # [the table a 「续表」 may continue, the blocks read since it, whether one said 续]
    for item, top in _inner(doc):
        if len(blocks) >= MAX_BLOCKS:
            blocks.notes.append(f"文件的段落和表格超过 {MAX_BLOCKS:,} 个的上限：只审阅了前 {MAX_BLOCKS:,} 个。")
            break
        key = "p" if isinstance(item, Paragraph) else "t"
        direct[key] += top
        index = direct[key] - 1 if top else -1  # a paragraph in a content control gets no comment
        if isinstance(item, Paragraph):
            p_index += 1
            raw = shown_text(item._p)
            text = normalize(raw)
            if text:
                blocks.append(Block(text, f"第{p_index}段", index=index, raw=raw))
                last_text = text
                if goes_on and ((_CONTINUED.search(text) and len(text) < 40) or text in goes_on[0].caption
                                or text.startswith("单位")):
                    goes_on[1].append(blocks[-1])
                    goes_on[2] = goes_on[2] or bool(_CONTINUED.search(text))
                else:
                    goes_on = []
            blocks += [Block(t, f"第{p_index}段的文本框", index=index) for t in box_texts(item._p)]
        elif isinstance(item, Table):
            t_index += 1
            rows = _docx_rows(item)
            if rows and goes_on and goes_on[2] and len(rows[0]) == len(goes_on[0].rows[0]):
                _continue(blocks, goes_on, rows)  # a table cut by hand: its rest under 「续表」
            elif rows:
                blocks.append(
                    Block(
                        "\n".join("\t".join(r) for r in rows),
                        f"第{t_index}个表格",
                        rows,
                        index=index,
                        title=last_text,
                        caption=caption_of(blocks),
                    )
                )
                goes_on = [blocks[-1], [], False]
    return blocks


_CONTINUED = re.compile(r"续表|[（(]续[）)]")


def _continue(blocks: Blocks, goes_on: list, rows: list[list[str]]) -> None:
    """``rows``, a table under 「续表」 (its title and unit again, or not), as the rest of the table before:
    its header rows printed again dropped, the 「续表」 lines no paragraphs of the report."""
    table, between, _ = goes_on
    header = table.rows[:4]
    while rows and rows[0] in header:
        rows = rows[1:]
    table.rows += rows
    table.text = "\n".join("\t".join(r) for r in table.rows)
    blocks[:] = [b for b in blocks if all(b is not x for x in between)]
    goes_on[1:] = [[], False]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _inner(doc):
    """The body's paragraphs and tables in order, with those inside block content controls (w:sdt,
    as templates wrap fill-in sections) and custom XML: (item, outside any: python-docx's own lists)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(element, top: bool):
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                yield Paragraph(child, doc._body), top
            elif child.tag == f"{_W}tbl":
                yield Table(child, doc._body), top
            elif child.tag == f"{_W}sdt":
                for content in child.iterchildren(f"{_W}sdtContent"):
                    yield from walk(content, False)
            elif child.tag == f"{_W}customXml":
                yield from walk(child, False)

    yield from walk(doc.element.body, True)


def shown_text(element) -> str:
    """The text of a paragraph (or cell) as Word shows it with tracked changes accepted:
    insertions in (python-docx's ``text`` leaves runs inside ``w:ins`` out), deletions and
    moved-away text out."""
    out = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if _hidden(node, element):
            continue
        out.append(node.text or "" if node.tag == f"{_W}t" else "\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(out)


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# text of another place: deleted or moved away, a text box (read as paragraphs of its own), the
# fallback copy of a drawing (Word writes each text box twice: DrawingML and, for old readers, VML)
_ELSEWHERE = (f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback")


def _hidden(node, element) -> bool:
    for a in node.iterancestors():
        if a is element:
            return False
        if a.tag in _ELSEWHERE:
            return True
    return False


def box_texts(element) -> list[str]:
    """The paragraphs of the text boxes (frames, sidebars) anchored in a paragraph, in order, each
    box once (not its fallback copy), a box inside a box after it."""
    out = []
    for box in element.iter(f"{_W}txbxContent"):
        if any(a.tag == f"{_MC}Fallback" for a in box.iterancestors()):
            continue
        out += [t for p in box.iter(f"{_W}p") if not _hidden_in_box(p, box) and (t := normalize(shown_text(p)))]
    return out


def _hidden_in_box(p, box) -> bool:
    """A paragraph of a box inside ``box`` (read with that box)."""
    return any(a.tag == f"{_W}txbxContent" for a in p.iterancestors() if a is not box and box in a.iterancestors())


def _docx_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a cell merged across columns: its text once, the columns kept
                cells.append("")
                continue
            seen.add(id(cell._tc))
            text = shown_text(cell._tc).replace("\n", "")
            indent = len(text) - len(text.lstrip("\u3000"))  # a name indented by 「　」: its level (grid.outline)
            cells.append("\u3000" * indent + normalize(text) if normalize(text) else "")
        rows.append(cells)
    return rows
