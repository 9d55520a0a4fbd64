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
    section: str = ""  # paragraphs: the section heading it stands under, set by grid.model (places.sections)
    # PDF: where a paragraph goes on overleaf, (offset in ``text``, the place from there: "第17页")
    breaks: tuple[tuple[int, str], ...] = ()
    # tables: rows the reader could not read whole, as printed ("211010 生态环境": a row broken across a
    # page whose pieces could not be joined); no parent or total is corrected from the rows that were read
    unread_rows: tuple[str, ...] = ()
    # a 公开 table the reader could not read (its title printed, its amounts left as lines of text: a PDF's
    # text copy, a layout no grid was found in): ``rows`` and ``text`` empty, so no rule reads it — as a
    # table or as sentences; its printed lines kept in ``printed``, its name in ``kind``
    unread: bool = False
    printed: tuple[str, ...] = ()
    # tables read from a text copy's lines or over a PDF's pages: each row as printed (its cells) with where it
    # stands ("第392行", "第8页"), so that a finding on a row gives the row's own line or page (places.placed)
    row_places: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # tables: each row's level in a hierarchy its names show by indentation only (1 类, 2 款, 3 项; 0 for a row
    # outside it: the header, a total), set by grid.model (grid.outline); () where none is shown so (or codes show it)
    levels: tuple[int, ...] = ()
    raw: str = ""  # .docx paragraphs: the text as written (its spaces, full-width figures): what a place quotes
    # PDF paragraphs: the text as its glyphs print it (Kangxi radicals 「⽀」, full-width figures, its space glyphs):
    # what 原文 quotes (review.written), the place keeping the words as read; "" when the same as ``text``
    as_printed: str = ""

    @property
    def is_table(self) -> bool:
        return bool(self.rows)

    def may_lack(self, code: str) -> bool:
        """Whether a row under ``code`` may be among the rows not read: one of its 类 (or of no code
        that can be told)."""
        for row in self.unread_rows:
            digits = row[: len(row) - len(row.lstrip("0123456789"))]
            if len(digits) < 3 or digits[:3] == code[:3]:
                return True
        return False


class Blocks(list[Block]):
    """The blocks of one document, with the reader's notes on what it could not read."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.notes: list[str] = []  # Chinese sentences: each becomes an R-UNREAD finding
        self.pages = 0  # PDF: pages read
        self.coverage: dict[int, tuple[int, int]] = {}  # PDF, by page: (万元/% mentions, with digits beside)
        self.unread: list[str] = []  # PDF: the 公开 tables whose title is printed but whose grid was not read


# Kangxi radicals, CJK radicals and compatibility ideographs: a PDF font whose glyph for 一 支 入 …
# is also the radical's maps it to the radical (⼀ ⽀ ⼊), so "⽀出" is read for 支出. NFKC unifies the
# Kangxi radicals (U+2F00–U+2FD5) and the compatibility ideographs; the CJK Radicals Supplement (U+2E80–
# U+2EFF: "部⻔", "增⻓") has no such decomposition but two, so its radicals that are characters of their
# own (Unicode's EquivalentUnifiedIdeograph.txt, those a 决算 writes) are told here.
_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_SUPPLEMENT = dict(zip(
    "\u2e81\u2e84\u2e85\u2e89\u2e8c\u2e96\u2e98\u2e9d\u2ea0\u2ea1\u2ea3\u2ea9\u2ead\u2eb0\u2ebe\u2ebf"
    "\u2ec0\u2ec1\u2ec2\u2ec4\u2ec5\u2ec6\u2ec8\u2ec9\u2ecb\u2ecc\u2ecd\u2ece\u2ecf\u2ed0\u2ed1\u2ed3"
    "\u2ed4\u2ed6\u2ed8\u2ed9\u2eda\u2edb\u2edc\u2edd\u2ee0\u2ee2\u2ee3\u2ee4\u2ee5\u2ee6\u2ee7\u2ee8"
    "\u2ee9\u2eea\u2eec\u2eee\u2ef0\u2ef3",
    "厂乙亻刂小忄扌月民氵灬王礻纟艹艹艹虎衤西见角讠贝车辶辶辶阝钅長长门阝青韦页风飞食饣马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
    strict=True))


def _unified(m: re.Match[str]) -> str:
    return _SUPPLEMENT.get(m.group()) or unicodedata.normalize("NFKC", m.group())


def radicals(text: str) -> dict[str, str]:
    """The radical forms ``text`` holds (a PDF font's glyphs: 「⽀」) with the characters they stand for (「支」), in
    order."""
    return {m.group(): u for m in _RADICALS.finditer(text) if (u := _unified(m)) != m.group()}


def table_unit(b: Block) -> str:
    """The unit of a table's amounts: as grid.model read it, else "万元" when its caption says so."""
    return b.unit or ("万元" if "万元" in (b.caption + b.title) else "元")


# full-width digits and Latin letters (typed in a Chinese input method's full-width mode: "２０１０１０１",
# "１２３．４５", "ＸＸ万元") as ASCII. Only a figure written wholly in full-width characters: in it "．"
# is a decimal point and "，" a thousands separator where groups of three run up to a decimal point or a unit
# ("１，２３４．５６", "８５，０００元"; "１００，２００" stays a list). A figure mixing the two widths
# ("442，400.00") stays as written: that is a format error the rules report (R-FORMAT-WIDTH).
_WIDE = str.maketrans({chr(0xFF10 + k): chr(0x30 + k) for k in range(10)} | {"．": "."})
_LETTERS = str.maketrans({chr(0xFF21 + k): chr(0x41 + k) for k in range(26)}
                         | {chr(0xFF41 + k): chr(0x61 + k) for k in range(26)})
_RUN = re.compile(r"[0-9０-９][0-9０-９.,．，]*")
_WIDE_GROUPED = re.compile(r"[０-９]{1,3}(?:，[０-９]{3})+．[０-９]+")
# ... or whole, where its unit follows at once (「８５，０００元」: a list is not written with its unit glued on)
_WIDE_WHOLE = re.compile(r"[０-９]{1,3}(?:，[０-９]{3})+")
_MONEY_AFTER = re.compile(r"\s*(?:亿元|万元|元)")


def _figure(m: re.Match[str]) -> str:
    run = m.group()
    body = run.rstrip("．，")  # a sentence's "，" or a "．" after the figure is punctuation
    if re.search(r"[0-9.,]", body):
        return run  # ASCII in it: as written (mixed widths are the rules' to report)
    if _WIDE_GROUPED.fullmatch(body) or (
            body == run and _WIDE_WHOLE.fullmatch(body) and _MONEY_AFTER.match(m.string, m.end())):
        body = body.replace("，", ",")
    return body.translate(_WIDE) + run[len(body):]


# a year in Chinese numerals (「二〇二三年度」, 「二零二四年」, a title's habit) as its digits: the rules read 2023年
_CN_YEAR = re.compile(r"(?<![一二三四五六七八九十〇零○])(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")
_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _figures(text: str) -> str:
    if "年" in text and _CN_YEAR.search(text):
        text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)
    if not any("\uff10" <= ch <= "\uff5a" for ch in text):
        return text
    return _RUN.sub(_figure, text).translate(_LETTERS)


def normalize(text: str) -> str:
    """Drop spaces a PDF or a justified line puts between Chinese characters and figures; radicals
    and compatibility ideographs as the characters they stand for, full-width digits and letters as
    ASCII (only those: NFKC would also turn the full-width "，" and "％" the rules read into ASCII)."""
    text = _RADICALS.sub(_unified, _figures(text.replace("\u00a0", " ").replace("\u3000", " ")))
    return _SPACE_NEAR_CJK.sub("", text).strip()
