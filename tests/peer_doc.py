"""A whole 2024 部门决算 of our own figures for the peer-rule audit (tests/test_review_peer.py): 上海市白沙区民政局
(行政单位 with a 社会福利院: 事业收入, a 彩票公益金 政府性基金 line with its carry-over, no 国有资本经营 money), its
nine tables computed by tests/data/review_adv/make.py from the figures below and its 情况说明 in the words of the
opened 东滩 民政局 stand-in (unit_dt_minzhengju.text), rendered as a .docx and as a glyph-by-glyph PDF the way
tests/test_review_adv.py renders the stand-ins."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

DATA = Path(__file__).parent / "data" / "review_adv"
UNIT = "上海市白沙区民政局"
FIGURES = {
    "id": "dongtan-minzhengju-2024",  # rendered in that stand-in's styles (fonts, table sizes, layout)
    "name": UNIT,
    "items": {
        "2080201": {"fb": "1032.75", "budget": "1010.00"},
        "2080208": {"fp": "1186.40", "budget": "1250.00"},
        "2080501": {"fb": "156.30", "budget": "150.00"},
        "2080505": {"fb": "207.84", "budget": "207.84"},
        "2080506": {"fb": "103.92", "budget": "105.00"},
        "2081002": {"fp": "3518.60", "budget": "3400.00", "sy": "242.80", "op": "242.80"},
        "2081004": {"fp": "296.45", "budget": "310.00"},
        "2101101": {"fb": "70.18", "budget": "68.00"},
        "2210201": {"fb": "131.52", "budget": "128.00"},
        "2296002": {"fp": "1320.00", "budget": "1450.00", "fund": "gf", "c0": "185.60", "c1": "315.60"},
    },
    "carry0": "185.60",
    "carry1": "315.60",
    "economic": {
        "30101": "336.20", "30102": None, "30103": "70.15", "30107": "201.64", "30108": "207.84", "30109": "103.92",
        "30110": "70.18", "30112": "9.35", "30113": "131.52", "30302": "156.30", "30201": "26.15", "30205": "4.05",
        "30206": "28.30", "30207": "10.25", "30209": "61.70", "30211": "4.65", "30213": "13.40", "30215": "2.10",
        "30216": "3.95", "30217": "0.82", "30228": "19.85", "30229": "12.05", "30231": "11.26", "30239": "38.40",
        "30299": "5.55",
    },
    "sangong": {"出国": ("0.00", "0.00"), "购置": ("0.00", "0.00"), "运行": ("13.00", "11.26"),
                "接待": ("1.20", "0.82")},
}
PREV = {"total": Decimal("7912.30"), "fin": Decimal("7105.44"), "gf": Decimal("1240.00"), "运行": Decimal("12.05"),
        "接待": Decimal("0.71"), "机关": Decimal("281.60")}


@dataclass
class Doc:
    """The document: paragraphs and the nine tables (make.py's layout), changed in place by a slip."""

    paragraphs: list[str]
    tables: dict
    unit: str = UNIT
    year: int = 2024
    order: list[str] = field(default_factory=list)  # the tables printed, in this order (empty: all nine in order)
    cover: tuple[str, str] | None = None  # the cover's two lines when they differ from the unit's name and year

    def replace(self, old: str, new: str, count: int = 1) -> None:
        """Replace ``old`` in the text; it must occur exactly ``count`` times."""
        text = "\n".join(self.paragraphs)
        assert text.count(old) == count, (old, text.count(old))
        self.paragraphs = text.replace(old, new).split("\n")

    def cell(self, key: str, row: str, col: int, value: str) -> None:
        """Set a table cell: the row whose code or name is ``row``."""
        hits = [r for r in self.tables[key]["rows"] if row in (r[0], r[1])]
        assert len(hits) == 1, (key, row, len(hits))
        hits[0][col] = value


def _module():
    sys.path[:0] = [str(DATA)]
    try:
        import make
        import unit_dt_minzhengju
    finally:
        sys.path.remove(str(DATA))
    return make, unit_dt_minzhengju


def document(no_budget: str = "") -> Doc:
    """The clean document (a fresh copy each call); ``no_budget``: a 项 whose 年初预算 is 0 (its paragraph states
    the two amounts and no rate)."""
    make, mz = _module()
    saved = mz.FIGURES, mz.PREV, mz.pct
    figures = copy.deepcopy(FIGURES)
    if no_budget:
        figures["items"][no_budget]["budget"] = "0.00"
    mz.FIGURES, mz.PREV = figures, PREV
    mz.pct = lambda a, b: "" if not b else make.pct(a, b)
    try:
        unit = make.Unit(mz.FIGURES)
        tables = unit.tables()
        paragraphs = [p.replace("上海市东滩区", "上海市白沙区").replace("6930.00", "6,930.00") for p in mz.text(unit)]
    finally:
        mz.FIGURES, mz.PREV, mz.pct = saved
    paragraphs = [p.replace("，完成年初预算的。", "。") for p in paragraphs]
    return Doc(paragraphs, copy.deepcopy(tables))


_PARSED: dict[bytes, dict[str, list[dict]]] = {}  # a page's objects by what determines them (see _parsed)


def _digest(obj, h, depth: int = 0) -> None:
    """Feed ``h`` with a PDF object as resolved: dictionaries, arrays and streams' data down to their leaves."""
    from pdfminer.pdftypes import PDFStream, resolve1

    obj = resolve1(obj)
    if depth > 8:
        h.update(repr(obj).encode())
    elif isinstance(obj, PDFStream):
        _digest(obj.attrs, h, depth + 1)
        h.update(obj.get_data())
    elif isinstance(obj, dict):
        for key in sorted(obj, key=str):
            h.update(str(key).encode())
            _digest(obj[key], h, depth + 1)
    elif isinstance(obj, list | tuple):
        for item in obj:
            _digest(item, h, depth + 1)
    else:
        h.update(repr(obj).encode())


def _parsed(parse):
    """pdfplumber's ``Page.parse_objects`` remembered by the page's content streams, resources, box, turn, number
    and place in the document: a slip changes one page or two of the peer document's twenty, the others are
    the clean document's byte for byte (tests/pdf_glyphs subsets the font once for all), so their objects are
    parsed once a session. Each call gets its own copies of the objects."""
    import hashlib

    def cached(page):
        h = hashlib.sha1(repr((page.page_number, page.initial_doctop, page.rotation, page.bbox,
                               page.page_obj.mediabox)).encode())
        for stream in page.page_obj.contents:
            _digest(stream, h)
        _digest(page.page_obj.resources, h)
        key = h.digest()
        if key not in _PARSED:
            _PARSED[key] = parse(page)
        return {kind: [dict(o) for o in objs] for kind, objs in _PARSED[key].items()}

    return cached


def render(doc: Doc, path: Path, form: str):
    """``doc`` as .docx (``form`` "docx") or as a glyph PDF ("glyphs"), reviewed as ``juesuan review`` reads it
    (a glyph PDF's pages parsed once a session: ``_parsed``)."""
    from pdfplumber.page import Page

    from tests import pdf_docs
    from tests.test_review_adv import AdvDocument, build_docx, build_glyphs, review

    adv = AdvDocument(FIGURES["id"], doc.unit, doc.year, False, tuple(doc.paragraphs), doc.tables, {"errors": []})
    grids = pdf_docs.grids

    def printed(unit):
        made = {key: (key, grid, notes) for key, grid, notes in grids(unit)}
        return [made[key] for key in doc.order or made]

    pdf_docs.grids = printed
    try:
        if form == "docx":
            made = build_docx(adv, path.with_suffix(".docx"))
            if doc.cover:
                _cover(made, doc)
        else:
            made = build_glyphs(adv, path.with_suffix(".pdf"))
    finally:
        pdf_docs.grids = grids
    parse = Page.parse_objects
    Page.parse_objects = _parsed(parse)  # type: ignore[method-assign]
    try:
        return review(made)
    finally:
        Page.parse_objects = parse  # type: ignore[method-assign]


def _cover(path: Path, doc: Doc) -> None:
    """Write ``doc.cover`` over the cover's two lines (the unit's name, then 「<year>年度部门决算」)."""
    from docx import Document as Docx

    word = Docx(str(path))
    assert doc.cover is not None
    lines = iter(doc.cover)
    want = [doc.unit, f"{doc.year}年度部门决算"]
    for par in word.paragraphs:
        if want and par.text == want[0]:
            want.pop(0)
            for run in par.runs[1:]:
                run.text = ""
            par.runs[0].text = next(lines)
        if not want:
            break
    word.save(str(path))


Slip = Callable[[Doc], None]
