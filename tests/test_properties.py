"""Properties over random valid units: exact totals and differences, shares, clean text."""

from __future__ import annotations

import os
import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings

from juesuan.core import fmt
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import to_document
from tests.units import documents

# JUESUAN_EXAMPLES=1000 for a longer search than the default run's
EXAMPLES = int(os.environ.get("JUESUAN_EXAMPLES", 60))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_totals_are_exact_sums_and_differences_exact(doc):
    data, findings = parse(doc)
    assert findings == []
    report = analyze(data)
    fig = report.figures
    for g in (fig.income, fig.spending, fig.functions, fig.three_public):
        for column, value in g.total.values.items():
            assert value == sum((x.get(column) for x in g.lines), Decimal(0))
    for table in report.tables.values():
        for row in table.rows:
            for col in table.columns:
                if col.op and col.op[0] == "sub":
                    a, b = row.values.get(col.op[1]), row.values.get(col.op[2])
                    expected = None if a is None or b is None else a - b
                    assert row.values[col.key] == expected


@SETTINGS
@given(documents())
def test_displayed_shares_add_to_100_and_the_text_quotes_the_table(doc):
    """One figure, one rounding: the 占比 column adds to exactly 100.00% (the 尾差 on the largest part)
    and 2(1)'s sentence gives each item the table's share."""
    report = analyze(parse(doc)[0])
    table = report.tables["structure_spending"]
    detail = [r for r in table.rows if not r.total]
    text = report.text()
    for column, share in (("final", "s_final"), ("prior_final", "s_prior")):
        shown = [r.values[share] for r in detail]
        if not detail or any(v is None for v in shown):
            continue
        assert all(v == fmt.round2(v) for v in shown)  # type: ignore[arg-type]
        assert sum(shown) == 100, (column, shown)  # type: ignore[arg-type]
        listed = [r for r in detail if r.values[column]]
        for r in listed if column == "final" and len(listed) > 1 else ():
            quoted = f"{re.escape(r.label)}[^，；。]*，占本年支出合计的{re.escape(fmt.percent(r.values[share]))}"
            assert re.search(quoted, text), (r.label, r.values[share])


BANNED = ("nan", "NaN", "inf", "Infinity", "None", "%%", "-0.00", "E+", "E-")


@SETTINGS
@given(documents())
def test_text_is_clean(doc):
    report = analyze(parse(doc)[0])
    text = report.text()
    for token in BANNED:
        assert token not in text
    # no signed amounts or changes: direction words carry the sign
    assert not re.search(r"(增加|减少|增长|下降|持平|占)-", text)
    spending = report.figures.spending
    for line in spending.lines if spending.total.get("prior_final") is not None else ():
        a, b = line.get("final"), line.get("prior_final")
        if b == 0 and a:
            said = f"增加{fmt.money(a, report.data.settings.report_unit)}（上年无此项支出）"
            assert f"{line.name}比上年{said}" in text or f"{line.name}{said}" in text  # 与上年相比，X增加…


@SETTINGS
@given(documents())
def test_data_file_round_trip(doc):
    data, _ = parse(doc)
    again, findings = parse(to_document(data))
    assert findings == []
    assert again == data


# -- anything at all in the file: findings, never an exception --------------------------------------

from hypothesis import strategies as st  # noqa: E402

from juesuan.core import catalog as cat  # noqa: E402

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.text(max_size=8),
                    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**9, max_value=10**9),
                    st.sampled_from(["人员经费", "201", "2080505", "１２３", "1.2万", "合计", ""]))
keys = st.sampled_from(["item", "code", "name", "final", "budget", "prior_final", "prior_budget", "adjusted_budget",
                        "opening", "closing", "year_end", "prior_year_end", "fiscal_final", "x", *cat.TEXT_KEYS[:3]])
rows = st.dictionaries(keys, scalars, max_size=6)
anything = st.fixed_dictionaries({}, optional={
    "schema": st.sampled_from([1, 2, "1", None]),
    "unit": st.one_of(scalars, st.dictionaries(st.sampled_from(["name", "year", "kind", "edition", "x"]), scalars)),
    "people": st.one_of(scalars, st.dictionaries(st.sampled_from([*cat.PEOPLE_INT_KEYS, "office_area_m2", "y"]),
                                                 scalars)),
    "settings": st.dictionaries(st.sampled_from(["report_unit", "threshold_pct", "threshold_amount"]), scalars),
    **{name: st.one_of(scalars, st.lists(st.one_of(rows, scalars), max_size=5))
       for name in ("income", "spending", "functions", "economics", "controlled", "balances", "assets")},
    "quantities": st.dictionaries(st.sampled_from([*cat.QUANTITY_KEYS[:4], "z"]),
                                  st.one_of(scalars, st.dictionaries(st.sampled_from(["final", "prior_final", "q"]),
                                                                     scalars))),
    "reasons": st.dictionaries(st.sampled_from([*cat.REASON_COMPARISONS, "w"]),
                               st.one_of(scalars, st.dictionaries(st.text(max_size=4), scalars))),
    "text": st.one_of(scalars, st.dictionaries(st.sampled_from([*cat.TEXT_KEYS[:3], "v"]), scalars)),
})


@SETTINGS
@given(anything)
def test_any_document_gives_findings_not_exceptions(doc):
    data, findings = parse(doc)
    report = analyze(data, findings)
    assert report.text().startswith(data.unit.name)
    # every problem is a finding with a level, a code and a place
    assert all(f.code and f.level and (f.path or f.code.startswith("I-")) for f in report.findings)
