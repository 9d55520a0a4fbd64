"""A probe of 审阅 across amount units: our own documents re-written as offices often publish them, the 情况说明 in
元 while the nine tables are in 万元 (「支出决算为1,234,567.89元」 over 「单位：万元」), or the reverse.

Each opened stand-in of tests/data/review_adv (and the 普陀 published documents, tests/data/published) is transformed
into variants (``VARIANTS``):

- ``yuan-text``: every 万元 amount of the text (not the tables) written in 元, ×10,000, grouped, two decimals;
- ``yuan-text-plain``: the same without thousands separators (「1234567.89元」);
- ``yuan-tables``: the tables in 元 (every amount cell ×10,000, 「单位：元」), the text as it was (万元).

The expected errors are transformed the same way (the figure as written, its correct value, the calc, the context,
the tolerated figures), so the measure stays exact; the clean documents (make.py's, before the errors) are
transformed too: every alarm on them is false. ``benchmarks/bench_review_units.py`` prints the whole probe.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from tests.review_corpus import Score, score
from tests.test_review_adv import AdvDocument, build_docx, clean, load, open_ids, review

VARIANTS = ("yuan-text", "yuan-text-plain", "yuan-tables")
TEN_THOUSAND = Decimal(10000)
# an amount in 万元 as the text writes it: 「1,234.56万元」, 「1234.56 万元」
_WAN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(\s*)万元")
_CELL = re.compile(r"-?\d[\d,]*\.\d+")  # an amount cell (codes have no decimals)


def _yuan(body: str, grouped: bool) -> str:
    value = Decimal(body.replace(",", "")) * TEN_THOUSAND
    return f"{value:,.2f}" if grouped else f"{value:.2f}"


def text_in_yuan(text: str, grouped: bool = True) -> str:
    """Every 万元 amount of ``text`` written in 元 (×10,000, two decimals; grouped or not)."""
    return _WAN.sub(lambda m: f"{_yuan(m.group(1), grouped)}{m.group(2)}元", text)


_YUAN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(\s*)(?<!万)元")


def text_in_wan(text: str) -> str:
    """The reverse: every 元 amount of ``text`` written in 万元 (÷10,000; two decimals where they are exact, else as
    many as it takes)."""
    def wan(m: re.Match[str]) -> str:
        value = Decimal(m.group(1).replace(",", "")) / TEN_THOUSAND
        places = max(2, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
        return f"{value:,.{places}f}{m.group(2)}万元"

    return _YUAN.sub(wan, text)


def cell_in_yuan(cell: str) -> str:
    """A table cell's amount in 元 (a code or a label as it is)."""
    text = str(cell).strip()
    if not _CELL.fullmatch(text):
        return cell
    value = Decimal(text.replace(",", "")) * TEN_THOUSAND
    return f"{value:,.2f}"


def tables_in_yuan(tables: dict) -> dict:
    return {key: {**t, "rows": [[cell_in_yuan(c) for c in row] for row in t["rows"]]} for key, t in tables.items()}


def _calc_in_yuan(calc: str) -> str:
    return f"({calc}) * 10000" if calc else calc


def _error_in_yuan(error: dict, variant: str) -> dict:
    """An expected error as the variant writes it: text errors' figures in 元 (text variants), table errors' cells in
    元 (``yuan-tables``); a money correct value and its calc follow the place the figure stands in."""
    e = dict(error)
    in_table = e.get("where") == "table"
    if variant == "yuan-tables":
        if not in_table:
            return e
        e["figure"] = cell_in_yuan(e["figure"])
        correct = e.get("correct", "")
        if _CELL.fullmatch(correct.strip()):
            e["correct"] = cell_in_yuan(correct)
        elif _WAN.fullmatch(correct.strip()):
            e["correct"] = text_in_yuan(correct)
        else:
            return e
        e["calc"] = _calc_in_yuan(e.get("calc", ""))
        return e
    if in_table:
        return e
    grouped = variant == "yuan-text"
    for key in ("figure", "context", "sentence"):
        if e.get(key):
            e[key] = text_in_yuan(e[key], grouped)
    correct = e.get("correct", "")
    if _WAN.fullmatch(correct.strip()):
        e["correct"] = text_in_yuan(correct, grouped)
        e["calc"] = _calc_in_yuan(e.get("calc", ""))
    elif correct:
        e["correct"] = text_in_yuan(correct, grouped)
    if e.get("also"):
        e["also"] = [
            {**a, "figure": text_in_yuan(a["figure"], grouped),
             **({"correct": text_in_yuan(a["correct"], grouped), "calc": _calc_in_yuan(a.get("calc", ""))}
                if _WAN.fullmatch(a.get("correct", "").strip()) else {})}
            for a in e["also"]
        ]
    return e


def _error_in_wan(error: dict) -> dict:
    """An expected error of a text in 元 as the text written in 万元 writes it (``wan-text``)."""
    e = dict(error)
    if e.get("where") == "table":
        return e
    for key in ("figure", "context", "sentence"):
        if e.get(key):
            e[key] = text_in_wan(e[key])
    correct = e.get("correct", "")
    if _YUAN.fullmatch(correct.strip()) and e.get("calc"):
        e["calc"] = f"({e['calc']}) / 10000"
    e["correct"] = text_in_wan(correct)
    e["also"] = [{**a, "figure": text_in_wan(a["figure"]), "correct": text_in_wan(a.get("correct", "")),
                  **({"calc": f"({a['calc']}) / 10000"} if a.get("calc") and _YUAN.fullmatch(a.get("correct", ""))
                     else {})} for a in e.get("also", [])]
    return e


def variant(doc: AdvDocument, kind: str) -> AdvDocument:
    """``doc`` (and its expected errors) as the variant ``kind`` writes it."""
    expected = dict(doc.expected)
    if kind == "wan-text":  # the reverse, for a text in 元: its amounts in 万元
        expected["errors"] = [_error_in_wan(e) for e in doc.expected.get("errors", [])]
        expected["tolerated"] = [{**t, "figure": text_in_wan(t["figure"])} for t in doc.expected.get("tolerated", [])]
        return replace(doc, paragraphs=tuple(text_in_wan(p) for p in doc.paragraphs), expected=expected)
    expected["errors"] = [_error_in_yuan(e, kind) for e in doc.expected.get("errors", [])]
    if kind == "yuan-tables":
        return replace(doc, tables=tables_in_yuan(doc.tables), expected=expected)
    grouped = kind == "yuan-text"
    expected["tolerated"] = [{**t, "figure": text_in_yuan(t["figure"], grouped)}
                             for t in doc.expected.get("tolerated", [])]
    return replace(doc, paragraphs=tuple(text_in_yuan(p, grouped) for p in doc.paragraphs), expected=expected)


def build(doc: AdvDocument, kind: str, path: Path) -> Path:
    """The variant as a .docx (build_docx's; the tables' 「单位：万元」 line says 元 in ``yuan-tables``)."""
    build_docx(doc, path)
    if kind == "yuan-tables":
        from docx import Document as Docx

        word = Docx(str(path))
        for par in word.paragraphs:
            if par.text == "单位：万元":
                for run in par.runs:
                    run.text = run.text.replace("万元", "元")
        word.save(str(path))
    return path


def measure_variant(doc_id: str, kind: str, folder: Path) -> tuple[Score, list]:
    """(the score of the variant against its transformed errors, the alarms on its clean document)."""
    doc = variant(load(doc_id), kind) if kind != "original" else load(doc_id)
    s = Score()
    score(doc.passage(), review(build(doc, kind, folder / f"{doc_id}.{kind}.docx")), s)
    plain = clean(doc_id)
    plain = variant(plain, kind) if kind != "original" else plain
    found = review(build(plain, kind, folder / f"{doc_id}.{kind}.clean.docx"))
    return s, [f for f in found if f.level.value in ("错误", "警告")]


def probe_ids() -> list[str]:
    """The opened stand-ins (the sealed ones are never transformed here)."""
    return open_ids()


# --- the 普陀 published documents (tests/data/published: the PDF's text and the nine tables typed) ---------------

PUBLISHED = Path(__file__).parent / "data" / "published"
PUBLISHED_IDS = ("putuo_wenlv_2025", "putuo_sthj_2025")


def published_blocks(name: str, kind: str = "original") -> list:
    """The published document's blocks (text, then its tables as printed) as the variant ``kind`` writes them."""
    import tomllib

    from juesuan.review.extract import Block, read_text

    text = (PUBLISHED / f"{name}.txt").read_text(encoding="utf-8")
    if kind in ("yuan-text", "yuan-text-plain"):
        text = text_in_yuan(text, kind == "yuan-text")
    tables = tomllib.loads((PUBLISHED / f"{name}.expected.toml").read_text(encoding="utf-8"))["tables"]
    unit = "元" if kind == "yuan-tables" else "万元"
    blocks = read_text(text)
    for key, table in tables.items():
        rows = [list(r) for r in ([table["header"]] if "header" in table else []) + table["rows"]]
        if kind == "yuan-tables":
            rows = [[cell_in_yuan(c) for c in r] for r in rows]
        blocks.append(Block("", key, rows, title=f"单位：{unit}", caption=f"{table['title']} 单位：{unit}"))
    return blocks


def _key(f, kind: str) -> tuple[str, str]:
    """A finding's code and figure as the original document writes it (the variant's figure turned back)."""
    figure = _norm_figure(f.figure)
    if kind in ("yuan-text", "yuan-text-plain") and figure.endswith("元") and not figure.endswith("万元"):
        value = Decimal(figure[:-1])
        figure = f"{value / TEN_THOUSAND:.2f}万元" if value % 100 == 0 else figure
    elif kind == "yuan-tables" and _CELL.fullmatch(figure) and Decimal(figure) % 100 == 0:
        figure = f"{Decimal(figure) / TEN_THOUSAND:.2f}"
    return f.code, figure


def _norm_figure(figure: str) -> str:
    return re.sub(r"[\s,]", "", figure)


def published_alarms(name: str, kind: str) -> list:
    from juesuan.review import review_blocks

    return [f for f in review_blocks(published_blocks(name, kind)) if f.level.value in ("错误", "警告")]


def published_diff(name: str, kind: str) -> tuple[int, list, list]:
    """(alarms on the original, the original's alarms the variant lacks, the variant's alarms the original lacks),
    findings compared by code and figure (turned back into the original's unit)."""
    before = published_alarms(name, "original")
    after = published_alarms(name, kind)
    keys = {_key(f, "original") for f in before}
    new_keys = {_key(f, kind) for f in after}
    return (len(before), [f for f in before if _key(f, "original") not in new_keys],
            [f for f in after if _key(f, kind) not in keys])
