"""Hypothesis strategies for random valid units (as data-file documents)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from juesuan.core import catalog as c

cents = st.integers(min_value=0, max_value=10**11).map(lambda n: Decimal(n).scaleb(-2))
small_cents = st.integers(min_value=0, max_value=10**6).map(lambda n: Decimal(n).scaleb(-2))
amount = st.one_of(cents, small_cents, st.just(Decimal(0)))
COLUMNS = ("prior_budget", "budget", "adjusted_budget", "final", "prior_final")


@st.composite
def columns(draw, names=COLUMNS, required=("final",)):
    out = {}
    for name in names:
        if name in required or draw(st.booleans()):
            out[name] = draw(amount)
    return out


@st.composite
def item_rows(draw, items, min_size=1, required=("final",), canonical=False):
    chosen = draw(st.lists(st.sampled_from(items), min_size=min_size, max_size=len(items), unique=True))
    if canonical:  # the order of the workbook's fixed rows
        chosen.sort(key=items.index)
    return [{"item": item, **draw(columns(required=required))} for item in chosen]


@st.composite
def function_rows(draw, max_size=6):
    codes = draw(st.lists(st.sampled_from(sorted(c.FUNCTION_CLASSES)), min_size=1, max_size=max_size,
                          unique=True))
    return [{"code": code, "name": c.FUNCTION_CLASSES[code], **draw(columns())} for code in codes]


@st.composite
def documents(draw, canonical=False):
    doc = {
        "schema": 1,
        "unit": {"name": draw(st.sampled_from(["测试单位", "某某局", "某某中心"])),
                 "year": draw(st.integers(2000, 2100)),
                 "kind": draw(st.sampled_from(c.UNIT_KINDS))},
        "settings": {"report_unit": draw(st.sampled_from(c.REPORT_UNITS))},
        "income": draw(item_rows(c.INCOME_CURRENT, canonical=canonical)),
        "spending": draw(item_rows(c.SPENDING_CURRENT, canonical=canonical)),
        "controlled": draw(item_rows(c.CONTROLLED_ITEMS, min_size=0, canonical=canonical)),
        "assets": [{"item": name, "prior_year_end": draw(amount), "year_end": draw(amount)}
                   for name in draw(st.lists(st.sampled_from(["货币资金", "固定资产", "负债总额"]),
                                             unique=True))],
    }
    if draw(st.booleans()):
        doc["functions"] = draw(function_rows())
    if draw(st.booleans()):
        doc["people"] = {"staff_average": draw(st.integers(0, 500)),
                         "staff_year_end": draw(st.integers(0, 500)),
                         "vehicles": draw(st.integers(0, 20))}
    if draw(st.booleans()):
        doc["reasons"] = {"final_vs_budget": {row["item"]: draw(st.sampled_from(["原因甲", "原因乙；"]))
                                              for row in doc["spending"]}}
    return doc
