"""The blank template prints as the one sheet specification (``workbook/sheet_spec``) says, read
from the file's own XML (what Excel reads, not a library's model of it): on every visible sheet the
orientation, A4, fit to one page wide (or the fixed scale of a sheet with manual column breaks) and
the rows and columns repeated on every page."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from juesuan.sources import layout as L
from juesuan.workbook.sheet_spec import look

TEMPLATE = Path(__file__).resolve().parent.parent / "workbook" / "juesuan.xlsm"


def _sheets() -> list[tuple[int, str, str]]:
    """(position, name, sheet XML) of every visible sheet."""
    with zipfile.ZipFile(TEMPLATE) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = {re.search(r'Id="(rId\d+)"', r).group(1): re.search(r'Target="([^"]+)"', r).group(1)
                   for r in re.findall(r"<Relationship [^>]*/>", rels)}
        out = []
        for i, tag in enumerate(re.findall(r"<sheet [^>]*/>", book)):
            if 'state="hidden"' in tag:
                continue
            name = re.search(r'name="([^"]+)"', tag).group(1)
            rid = re.search(r'r:id="(rId\d+)"', tag).group(1)
            out.append((i, name, z.read("xl/" + targets[rid].removeprefix("/xl/")).decode()))
        return out


def _defined(name: str, position: int) -> str | None:
    with zipfile.ZipFile(TEMPLATE) as z:
        book = z.read("xl/workbook.xml").decode()
    found = re.search(rf'<definedName name="{name}" localSheetId="{position}"[^>]*>([^<]+)</definedName>', book)
    return found.group(1) if found else None


def _attr(xml: str, element: str, attribute: str) -> str | None:
    tag = re.search(rf"<{element}\b[^>]*/?>", xml)
    found = tag and re.search(rf'\b{attribute}="([^"]*)"', tag.group(0))
    return found.group(1) if found else None


SHEETS = _sheets()


def test_every_visible_sheet_has_a_specification():
    assert [name for _, name, _ in SHEETS if look(name) is None] == []
    assert {name for _, name, _ in SHEETS} >= {*L.INPUT_SHEETS, L.ANALYSIS, L.FINDINGS, L.DISCLOSURE}


@pytest.mark.parametrize(("position", "name", "xml"), SHEETS, ids=[name for _, name, _ in SHEETS])
def test_the_template_prints_as_its_sheet_specification(position, name, xml):
    spec = look(name)
    assert spec is not None
    page = spec.page
    assert _attr(xml, "pageSetup", "orientation") == ("landscape" if page.landscape else "portrait")
    assert _attr(xml, "pageSetup", "paperSize") == str(page.paper)
    if page.scale:  # manual column breaks hold only at a fixed scale
        assert _attr(xml, "pageSetup", "scale") == str(page.scale)
        assert _attr(xml, "pageSetUpPr", "fitToPage") in (None, "0")
    else:
        assert _attr(xml, "pageSetUpPr", "fitToPage") == "1"
        assert (_attr(xml, "pageSetup", "fitToWidth") or "1") == str(page.fit_width)  # 1 is the default
        assert (_attr(xml, "pageSetup", "fitToHeight") or "1") == str(page.fit_height)
    titles = _defined("_xlnm.Print_Titles", position)
    parts = [] if titles is None else titles.split(",")
    rows = [p for p in parts if re.search(r"!\$\d+:\$\d+$", p)]
    cols = [p for p in parts if re.search(r"!\$[A-Z]+:\$[A-Z]+$", p)]
    want_rows = [] if spec.title_rows is None else [f"${spec.title_rows[0] + 1}:${spec.title_rows[1] + 1}"]
    want_cols = [] if spec.title_cols is None else [
        f"${L.column_letter(spec.title_cols[0])}:${L.column_letter(spec.title_cols[1])}"]
    assert [p.split("!")[1] for p in rows] == want_rows
    assert [p.split("!")[1] for p in cols] == want_cols
    assert _defined("_xlnm.Print_Area", position) is not None  # never the whole sheet of blank cells
