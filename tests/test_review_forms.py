"""审阅 of one opened stand-in (tests/data/review_adv) under the export options real offices use (benchmarks/
bench_review_forms.py runs them all): its tables in 元 under 「单位：元」 while the text is in 万元, zero cells blank or
「-」, a small 三公 table typed into the 情况说明 (Layout.text_grid), and the page layouts of tests/test_review_adv.py
(landscape, 续表, headers once, a running header, 「本年收入」 band, roster). The same findings in every form; none on
the clean copy."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import fields, replace
from decimal import ROUND_HALF_UP, Decimal

from tests import test_review_adv as adv
from tests.review_corpus import Score, score

MONEY = re.compile(r"-?\d{1,3}(,\d{3})*\.\d{2}")
ZERO = "0.00"


def _cells(doc: adv.AdvDocument, change: Callable[[str], str]) -> adv.AdvDocument:
    tables = {k: {**t, "rows": [[change(c) for c in r] for r in t["rows"]]} for k, t in doc.tables.items()}
    return replace(doc, tables=tables)


def _yuan(cell: str) -> str:
    """An amount in 万元 as the office's 元 table prints it (two decimals, thousands separated)."""
    if not MONEY.fullmatch(cell):
        return cell
    return f"{Decimal(cell.replace(',', '')) * 10000:,.2f}"


def _three_public_grid(doc: adv.AdvDocument, change: bool = False) -> adv.AdvDocument:
    """The 三公 figures of 公开07 as a small table typed under the 三公 总体情况 paragraph (cells split by 「　」);
    ``change``: a column 比上年增减 with the changes the next paragraph states, each with its unit (「-0.79万元」)."""
    row = [Decimal(c.replace(",", "") or "0") for c in doc.tables["公开07"]["rows"][0]]

    def rate(budget: Decimal, final: Decimal) -> str:
        if not budget:
            return "-"
        return f"{(final / budget * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"

    paragraphs = list(doc.paragraphs)
    head = next((k for k, p in enumerate(paragraphs) if "三公" in p and "总体情况" in p and len(p) < 40), None)
    if head is None or "　" in paragraphs[head + 2]:
        return doc  # (an office that types its own small 三公 table there: qinglan-jiguanju)
    # in the unit the paragraph above it writes (an office stating its 三公 in 元 tables them in 元)
    scale = 10000 if re.search(r"\d元", paragraphs[head + 1]) and "万元" not in paragraphs[head + 1] else 1
    lines = ["项目　预算数　决算数　完成率" + ("　比上年增减" if change else "")]
    said = paragraphs[head + 2] if head + 2 < len(paragraphs) else ""
    for name, at in (("合计", 0), ("因公出国（境）费", 2), ("公务用车购置及运行维护费", 4), ("公务接待费", 10)):
        budget, final = row[at] * scale, row[at + 1] * scale
        lines.append(f"{name}　{budget:,.2f}　{final:,.2f}　{rate(budget, final)}")
        if change:
            words = "决算(?:数)?(?:同比|比|较)" if name == "合计" else re.escape(name)
            m = re.search(rf"{words}[^，；。]*?(增加|减少)([\d,]+\.\d+)(万元|元)", said)
            lines[-1] += f"　{('-' if m.group(1) == '减少' else '') + m.group(2) + m.group(3)}" if m else "　-"
    paragraphs[head + 2:head + 2] = lines
    return replace(doc, paragraphs=tuple(paragraphs))


def data(name: str, doc: adv.AdvDocument) -> adv.AdvDocument:
    """The document's text and tables as option ``name`` prints them."""
    if name in ("grid", "yuan_grid", "yuan_all", "grid_change"):  # in the text's unit: before the tables turn to 元
        doc = _three_public_grid(doc, change=name == "grid_change")
    if name in ("yuan", "yuan_grid", "yuan_all"):
        doc = _cells(doc, _yuan)
    if name in ("blank0", "yuan_all"):
        doc = _cells(doc, lambda c: "" if c == ZERO else c)
    if name == "dash0":
        doc = _cells(doc, lambda c: "-" if c == ZERO else c)
    return doc


def measure(doc_id: str, name: str, findings) -> Score:
    """``findings`` scored against the document's errors as option ``name`` prints them (an error in a table
    cell in 元 where the tables are: its figure and correct value ×10,000)."""
    doc = adv.load(doc_id)
    if name in ("yuan", "yuan_grid", "yuan_all"):
        errors = [{k: v for k, v in e.items() if k != "calc"} | {"figure": _yuan(e["figure"]),
                                                                  "correct": _yuan(e["correct"])}
                  if e.get("where") == "table" else e for e in doc.expected["errors"]]
        doc = replace(doc, expected={**doc.expected, "errors": errors})
    s = Score()
    score(doc.passage(), findings, s)
    return s


def _layout(name: str, layout: adv.Layout) -> adv.Layout:
    return {
        "yuan": replace(layout, yuan=True),
        "grid": replace(layout, text_grid=True, glyphs_follow=True),
        "yuan_grid": replace(layout, yuan=True, text_grid=True, glyphs_follow=True),
        "yuan_all": replace(layout, yuan=True, text_grid=True, glyphs_follow=True),
        "grid_change": replace(layout, text_grid=True, glyphs_follow=True),
        "landscape": replace(layout, landscape=("公开01", "公开02", "公开03", "公开06"), glyphs_follow=True),
        "continued": replace(layout, continued=(("公开01", 14), ("公开06", 18))),
        "running": replace(layout, running=True, footer=("第", "页 共"), of_pages="页"),
        "band": replace(layout, band=True),
        "roster": replace(layout, roster=True),
        "leaders": replace(layout, leaders=True),
        "code": adv.CodeLayout(**{f.name: getattr(layout, f.name) for f in fields(adv.Layout)}),
    }.get(name, layout)


# the glyph PDF renders the data, the tables' unit, the landscape pages and the small tables typed into the text
# (Layout.glyphs_follow): its copy is the base one for the others
GLYPHS_CHANGE = ("base", "yuan", "blank0", "dash0", "grid", "yuan_grid", "yuan_all", "grid_change", "landscape")
OPTIONS = (*GLYPHS_CHANGE, "continued", "once", "running", "band", "roster", "leaders", "code")


@contextmanager
def option(name: str, doc_id: str):
    """Option ``name`` in force for ``doc_id`` while building (test_review_adv's layout tables are per id)."""
    layouts, styles = dict(adv.LAYOUTS), dict(adv.TABLE_STYLES)
    adv.LAYOUTS[doc_id] = _layout(name, adv.LAYOUTS.get(doc_id, adv.Layout()))
    if name == "once":
        size, _, _, gap = adv.TABLE_STYLES.get(doc_id, (8.0, 8.0, True, 0))
        adv.TABLE_STYLES[doc_id] = (size, 11.5, False, gap)
    try:
        yield
    finally:
        adv.LAYOUTS.clear()
        adv.LAYOUTS.update(layouts)
        adv.TABLE_STYLES.clear()
        adv.TABLE_STYLES.update(styles)




def render(tmp_path, doc_id: str, name: str, *, clean: bool = False, form: str = "docx"):
    """The document (or its clean copy) in option ``name`` as .docx or glyph PDF, reviewed."""
    doc = data(name, adv.clean(doc_id) if clean else adv.load(doc_id))
    with option(name, doc_id):
        path = (adv.build_docx(doc, tmp_path / f"{doc_id}.{name}.docx") if form == "docx"
                else adv.build_glyphs(doc, tmp_path / f"{doc_id}.{name}.pdf"))
    return adv.review(path)


def test_yuan_ledger_export_the_same_in_both_forms(tmp_path):
    """二中 as a 元-ledger export prints it (tables in 元 with blank zero cells, a small 三公 table in 万元 in the
    情况说明): the .docx and the glyph PDF raise the same alarms, none misvalued, the 基本支出's 应为 in 万元."""
    seen = {form: render(tmp_path, "fenglin-erzhong-2024", "yuan_all", form=form) for form in ("docx", "glyphs")}
    alarms = {form: {(f.code, f.figure, f.expected) for f in found if f.level.value in ("错误", "警告")}
              for form, found in seen.items()}
    assert alarms["docx"] == alarms["glyphs"]
    assert ("R-TEXT-TABLE", "4,831.19万元", "4,813.19万元") in alarms["docx"]
    for found in seen.values():
        s = measure("fenglin-erzhong-2024", "yuan_all", found)
        assert s.misvalued == 0 and s.false_alarms == 0 and s.found >= 6, s.alarms
