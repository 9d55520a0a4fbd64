"""One definition per figure: the engine's value and the Excel formula come from the same expression."""

from __future__ import annotations

from decimal import Decimal as D

from juesuan.core.expr import PctChange, Rate, Ratio, Ref, Sub, Sum, formula
from juesuan.core.indicators import compute, definitions, printed_formula, values


def test_values_and_formulas_of_one_expression():
    e = Ratio(Sub(Sum((Ref("a"), Ref("b"))), Ref("c")), Ref("n"))
    assert e.evaluate({"a": D("10"), "b": D("5"), "c": D("3"), "n": D("4")}) == D("3")
    assert e.evaluate({"a": D("10"), "b": None, "c": D("3"), "n": D("4")}) is None
    assert e.evaluate({"a": D("10"), "b": D("5"), "c": D("3"), "n": D("0")}) is None
    cells = {"a": "S!A1", "b": "S!A2", "c": "S!A3", "n": "S!A4"}
    assert formula(e, cells.get) == (
        'IF(OR(NOT(ISNUMBER(S!A1)),NOT(ISNUMBER(S!A2)),NOT(ISNUMBER(S!A3)),NOT(ISNUMBER(S!A4)),S!A4=0),"",'
        "((S!A1+S!A2)-S!A3)/S!A4)")
    assert formula(e, {"a": "S!A1"}.get) is None  # an input without a cell: no formula
    assert formula(Rate(Ref("a"), Ref("z")), {"a": "S!A1", "z": "0"}.get) == 'IF(OR(NOT(ISNUMBER(S!A1)),0=0),"",S!A1/0)'


def test_percentages_are_hundredths_in_the_engine():
    env = {"a": D("150"), "b": D("120")}
    assert Rate(Ref("a"), Ref("b")).evaluate(env) == D("125")
    assert PctChange(Ref("a"), Ref("b")).evaluate(env) == D("25")
    assert Sum(()).evaluate({}) == 0


def test_every_indicator_is_its_definition(sample_report):
    fig = sample_report.figures
    env = values(fig)
    defs = {d.key: d for d in definitions(fig)}
    for ind in compute(fig):
        assert ind.value == defs[ind.key].expr.evaluate(env)
        assert ind.formula == printed_formula(fig, defs[ind.key])  # the definition's, naming the budget used
