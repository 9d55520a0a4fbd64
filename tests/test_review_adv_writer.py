"""The stand-ins' one expected-file writer (tests/data/review_adv/expected_writer.py) and one home of the error
records (slips.py), on invented records of their own: no district's expected file is read here (each writer's
output is checked against its committed files by test_fourth_and_later_district_expected_files_are_computed)."""

from __future__ import annotations

import sys
import tomllib
from dataclasses import replace
from types import SimpleNamespace

import pytest

from tests.test_review_adv import DATA


@pytest.fixture(scope="module")
def w():
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import expected_writer
        import slips
    finally:
        sys.path[:] = path
    return SimpleNamespace(ew=expected_writer, slips=slips)


def _unit(w, opened: bool = False):
    s = w.slips
    mod = SimpleNamespace(
        __name__="unit_zz_test",
        FIGURES={"id": "zz-test-2024", "name": "上海市某区测试局"},
        CHECKED="checked by hand",
        SLIPS=[
            s.Slip("a", "b", "12.00万元", "sum", "13.00万元", "一加二", "一、总体情况", calc="6.00 + 7.00",
                   also=(("1.00", "2.00"),)),
            s.TableSlip("公开02", "20799", 3, "3.00", "sum", "4.00", "款不等于项之和", "公开02 收入决算表"),
        ],
        TOLERATED=[s.Tolerated("5.00%", "对")],
    )
    return mod, ({"zz-test-2024": "2026-12-07"} if opened else {})


def test_records_take_their_hands_positional_order(w):
    s = w.slips
    figure_first = s.Slip("old", "new", "1.00", "sum", "2.00", "why", "一、", context="ctx")
    section_first = s.SectionSlip("old", "new", "一、", "1.00", "sum", "2.00", "why", context="ctx")
    assert figure_first == s.Slip(**{f: getattr(section_first, f) for f in ("old", "new", "section", "figure", "kind",
                                                                              "correct", "why", "context")})
    assert section_first.section == "一、" and section_first.figure == "1.00" and section_first.calc == ""
    table = s.SectionTableSlip("公开05", "2010301", 2, "9.00", "公开05", "name", "8.00", "why", rows=("2010301",))
    assert table.figure == "9.00" and isinstance(table, s.TableSlip)
    assert s.split([figure_first, table]) == ([("old", "new")], [("公开05", "2010301", 2, "9.00")])
    with pytest.raises(TypeError):
        s.Slip("old", "new", "1.00", "sum", "2.00", "why", "一、", "calc?")  # more than its positional fields
    with pytest.raises(TypeError):
        s.Slip("old", "new", "1.00", "sum", "2.00", "why")  # no section
    with pytest.raises(TypeError):
        s.Slip("old", "new", "1.00", "sum", "2.00", "why", "一、", figure="1.00")  # given twice
    with pytest.raises(TypeError):
        s.Slip("old", "new", "1.00", "sum", "2.00", "why", "一、", where="table")  # no such field


@pytest.mark.parametrize("opened", [False, True])
def test_writer_renders_the_corpus_schema(w, opened):
    mod, opened_ids = _unit(w, opened)
    style = w.ew.Style(comment=("# {name}: the errors put in ({script}, {module}.py). {seal}",),
                       seal=("OPENED {opened}.", "SEALED."), source="invented: {module}.py", complete=True,
                       checked="{checked}")
    text = w.ew.Writer("zz", [mod], opened_ids, style).render(mod)
    assert text.startswith("# 上海市某区测试局: the errors put in (unit_zz_expected.py, unit_zz_test.py). "
                           + ("OPENED 2026-12-07." if opened else "SEALED.") + "\nid = ")
    doc = tomllib.loads(text)
    assert doc["held_out"] is True and doc["complete"] is True and doc["checked"] == "checked by hand"
    assert doc.get("opened") == ("2026-12-07" if opened else None)
    assert list(doc)[:8] == ["id", "title", "source", "unit", "year", "doc", "held_out", "opened" if opened else
                             "complete"]
    text_error, table_error = doc["errors"]
    assert list(text_error) == ["section", "figure", "kind", "correct", "calc", "also", "why"]
    assert text_error["also"] == [{"figure": "1.00", "correct": "2.00"}]
    assert list(table_error) == ["section", "figure", "kind", "correct", "where", "rows", "why"]
    assert table_error["rows"] == ["20799"]  # the cell's own row where the slip names none
    assert doc["tolerated"] == [{"figure": "5.00%", "why": "对"}]


def test_writer_styles_the_hands_differ_in(w):
    mod, opened = _unit(w, True)
    style = replace(w.ew.SLIPS_NOTE, order=w.ew.SECTION_LAST, opened_last=True, also_tables=True, table_in_rows=True)
    mod.SLIPS[0] = replace(mod.SLIPS[0], also=(("1.00", "2.00", "0.50 + 0.50"),))
    text = w.ew.Writer("zz", [mod], opened, style).render(mod)
    doc = tomllib.loads(text)
    assert list(doc)[-4:] == ["checked", "opened", "errors", "tolerated"]
    text_error, table_error = doc["errors"]
    assert list(text_error) == ["figure", "kind", "correct", "calc", "section", "why", "also"]
    assert text_error["also"] == [{"figure": "1.00", "correct": "2.00", "calc": "0.50 + 0.50"}]
    assert "[[errors.also]]" in text
    assert table_error["rows"] == ["公开02 20799"]
    on_purpose = w.ew.Writer("zz", [mod], opened, w.ew.ON_PURPOSE, district="上海市某区", ordinal="first")
    with pytest.raises(ValueError, match="also"):  # a key the hand's order has no place for is not dropped
        on_purpose.render(mod)
    mod.SLIPS[0] = replace(mod.SLIPS[0], also=())
    doc = tomllib.loads(on_purpose.render(mod))
    assert doc["source"] == "invented stand-in (上海市某区, first hand): tests/data/review_adv/unit_zz_test.py"
    assert list(doc["errors"][0]) == ["section", "figure", "kind", "correct", "calc", "why"]
