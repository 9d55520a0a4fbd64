"""部门汇总: sums to the cent, internal transfers offset, mismatches and excluded units reported."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from juesuan.batch import consolidate as cs
from juesuan.batch import generate as g
from juesuan.cli import main
from juesuan.core import catalog as c
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import load, loads_document
from tests.conftest import examples

NAME = "某某县教育局"
FLOW_PAIRS = ((("income", cs.GRANT_IN), ("spending", cs.GRANT_OUT)),
              (("spending", cs.REMIT_OUT), ("income", cs.REMIT_IN)))


def _units(seed: int, n: int) -> list:
    return [u.data for u in g.department(seed, n, complete=True)]


def _plain(units, table: str) -> dict[tuple[str, str], Decimal]:
    sums: dict[tuple[str, str], Decimal] = {}
    for u in units:
        for line in getattr(u, table):
            for column, v in line.values.items():
                sums[(line.key, column)] = sums.get((line.key, column), Decimal(0)) + v
    return sums


def _offsets(units) -> dict[tuple[str, str, str], Decimal]:
    """Computed here from the definition: the smaller of the two sides, for the 本级 (first unit)."""
    top, children = units[0], units[1:]
    out: dict[tuple[str, str, str], Decimal] = {}
    for (child_table, child_item), (top_table, top_item) in FLOW_PAIRS:
        for column in c.SCENARIOS:
            kids = sum((x.get(column) or Decimal(0) for u in children for x in getattr(u, child_table)
                        if x.key == child_item), Decimal(0))
            own = sum((x.get(column) or Decimal(0) for x in getattr(top, top_table) if x.key == top_item),
                      Decimal(0))
            out[(child_table, child_item, column)] = out[(top_table, top_item, column)] = min(kids, own)
    return out


def _consolidate(units):
    return cs.consolidate([(u, analyze(u).errors, u.unit.name) for u in units], NAME)


@settings(max_examples=examples(25), deadline=None)
@given(seed=st.integers(0, 10**6), n=st.integers(2, 7))
def test_totals_are_the_plain_sums_minus_the_offsets(seed, n):
    units = _units(seed, n)
    done = _consolidate(units)
    data = done.data
    offsets = _offsets(units)
    for table in ("income", "spending"):
        plain = _plain(units, table)
        got = {(x.key, col): v for x in getattr(data, table) for col, v in x.values.items()}
        assert set(got) <= set(plain)
        for (key, column), value in plain.items():  # a flow offset to zero is left out
            expected = value - offsets.get((table, key, column), Decimal(0))
            assert got.get((key, column), Decimal(0)) == expected, (table, key, column)
    for table in ("controlled", "balances", "assets", "economics"):
        got = {(x.key, col): v for x in getattr(data, table) for col, v in x.values.items()}
        assert got == _plain(units, table), table
    for key in ("authorized_posts", "staff_average", "staff_year_end", "vehicles"):
        assert data.people[key] == sum(u.people[key] for u in units)
    report = analyze(data, list(done.findings))
    fig = report.figures
    assert report.errors == 0
    for column in ("budget", "final", "prior_final", "prior_budget"):  # Σ 功能分类 = 本年支出 (offset) holds
        assert fig.functions.total.get(column) == fig.spending.total.get(column)
        plain_spending = sum(v for (k, col), v in _plain(units, "spending").items()
                             if col == column and k in c.SPENDING_CURRENT)
        offset = offsets[("spending", cs.GRANT_OUT, column)] + offsets[("spending", cs.REMIT_OUT, column)]
        assert fig.spending.total.get(column) == plain_spending - offset
    # ratios recomputed from the sums, never averaged
    per_capita = next(i for i in report.indicators if i.key == "spending_per_capita")
    assert per_capita.value == fig.spending.total.get("final") / data.people["staff_average"]
    assert not [f for f in done.findings if f.code == "W-INTERNAL-MISMATCH"]


def test_a_mismatched_transfer_is_a_finding_and_the_smaller_side_is_offset():
    units = _units(5, 4)
    top = units[0]
    grant = next(x for x in top.spending if x.key == cs.GRANT_OUT)
    extra = Decimal("12345.67")

    def bump(lines, key):
        return tuple(replace(x, values={**x.values, "final": x.values["final"] + extra}) if x.key == key else x
                     for x in lines)

    # the 上级 booked 12,345.67 more 对附属单位补助支出 than its units received (and kept it balanced)
    top = replace(top, spending=bump(top.spending, cs.GRANT_OUT), income=bump(top.income, "一般公共预算财政拨款收入"))
    functions = tuple(replace(x, values={**x.values, "final": x.values["final"] + extra})
                      if x.key in (top.functions[0].key, top.functions[1].key, top.functions[2].key)
                      and top.functions[2].key.startswith(x.key) else x for x in top.functions)
    top = replace(top, functions=functions)
    assert analyze(top).errors == 0
    done = _consolidate([top, *units[1:]])
    mismatch = [f for f in done.findings if f.code == "W-INTERNAL-MISMATCH"]
    assert len(mismatch) == 1
    assert "相差12,345.67元" in mismatch[0].message and top.unit.name in mismatch[0].message
    offset = next(o for o in done.offsets if o.parent_item == cs.GRANT_OUT and o.column == "final")
    assert offset.parent_amount == grant.values["final"] + extra
    assert offset.amount == offset.children_amount == grant.values["final"]
    left = next(x for x in done.data.spending if x.key == cs.GRANT_OUT)
    assert left.values["final"] == extra  # the unmatched part stays in the 部门's figures
    assert analyze(done.data).errors == 0


def test_units_with_errors_are_listed_not_summed():
    units = _units(7, 4)
    broken = g.break_unit(units[3], "unbalanced")
    done = _consolidate([*units[:3], broken])
    out = [m for m in done.members if not m.included]
    assert [m.name for m in out] == [broken.unit.name] and "错误" in out[0].reason
    assert any(f.code == "W-UNIT-EXCLUDED" and broken.unit.name in f.message for f in done.findings)
    assert done.data.people["staff_year_end"] == sum(u.people["staff_year_end"] for u in units[:3])
    assert "未纳入汇总的单位1个" in done.composition()


def test_missing_columns_are_left_out_not_zero():
    units = _units(9, 3)
    lacking = replace(units[2], income=tuple(replace(x, values={k: v for k, v in x.values.items()
                                                                if k != "prior_budget"}) for x in units[2].income),
                      spending=tuple(replace(x, values={k: v for k, v in x.values.items() if k != "prior_budget"})
                                     for x in units[2].spending))
    done = _consolidate([*units[:2], lacking])
    assert all("prior_budget" not in x.values for x in done.data.income)
    assert any(f.code == "I-COLUMN-OMITTED" and lacking.unit.name in f.message for f in done.findings)
    assert analyze(done.data).errors == 0


def test_consolidate_command_writes_a_unit_data_file(tmp_path):
    folder = tmp_path / "units"
    g.write(folder, g.department(2, 4))
    out = tmp_path / "部门.toml"
    assert main(["consolidate", str(folder), "--name", NAME, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 某某县教育局") and "部门决算单位构成" in text
    data, findings = load(out)
    assert findings == [] and data.unit.name == NAME and data.text == {} and data.reasons == {}
    assert parse(loads_document(text.encode()))[0] == data
    assert main(["consolidate", str(folder), "--name", NAME, "--out", str(out)]) == 3  # exists: refused (exit 3)


def test_the_same_unit_twice_is_an_error_not_a_silent_double_count():
    from juesuan.batch.consolidate import Accumulator
    from juesuan.sources.datafile import load_sample

    data, _ = load_sample()
    acc = Accumulator()
    acc.add(data, source="sample.toml")
    acc.add(data, source="naiman-2021.toml")
    done = acc.finish("某县汇总")
    dup = [f for f in done.findings if f.code == "E-DUPLICATE-UNIT"]
    assert len(dup) == 1 and "sample.toml" in dup[0].message and "naiman-2021.toml" in dup[0].message


def _scaled(data, factor: Decimal):
    """``data`` with every amount multiplied by ``factor`` (every sum and balance still holds)."""
    def lines(table):
        return tuple(replace(x, values={k: v * factor for k, v in x.values.items()}) for x in table)

    return replace(data, **{t: lines(getattr(data, t)) for t in
                            ("income", "spending", "functions", "economics", "controlled", "balances", "assets")})


def test_a_sum_over_an_input_limit_is_refused_with_a_finding(tmp_path):
    """Each unit under 1000万亿元, their sum over it: no data file juesuan would not read back."""
    import math

    from juesuan.core.parse import MAX_AMOUNT
    from juesuan.sources.datafile import dumps as dump_unit

    unit = _units(9, 1)[0]
    top = max(v for t in ("income", "spending", "balances", "assets") for x in getattr(unit, t)
              for v in x.values.values())
    low = MAX_AMOUNT * Decimal("0.4")  # three units of at least 0.4 × the limit: the sum is over it
    k = math.floor((low / top).log10())
    factor = Decimal(math.ceil(low / (top * Decimal(10) ** k))) * Decimal(10) ** k  # few digits: not too precise
    big = [replace(_scaled(unit, factor), unit=replace(unit.unit, name=f"单位{i}", code=f"00{i}", parent=None))
           for i in range(3)]
    for u in big:
        assert analyze(u).errors == 0
    done = _consolidate(big)
    assert not done.writable
    assert {f.code for f in done.limits} == {"E-TOO-LARGE"}
    assert set(done.limits) <= set(done.findings)
    assert _consolidate(big[:1]).writable  # one of them alone: written
    folder = tmp_path / "units"
    folder.mkdir()
    for i, u in enumerate(big):
        (folder / f"u{i}.toml").write_text(dump_unit(u), encoding="utf-8")
    out = tmp_path / "部门.toml"
    assert main(["consolidate", str(folder), "--name", NAME, "--out", str(out)]) == 1
    assert not out.exists()


def test_consolidate_out_naming_one_of_its_inputs_is_refused(tmp_path):
    folder = tmp_path / "units"
    g.write(folder, g.department(2, 3))
    target = folder / "unit0001.toml"
    before = target.read_bytes()
    for out in (target, folder / "." / "unit0001.toml"):
        assert main(["consolidate", str(folder), "--name", NAME, "--out", str(out), "--force"]) == 3
        assert main(["consolidate", str(target), str(folder / "unit0000.toml"), "--name", NAME, "--out",
                     str(out), "--force"]) == 3
    assert target.read_bytes() == before and not list(folder.glob("*.bak"))


def test_department_header_stays_a_comment():
    """A name with line breaks or control characters cannot write TOML lines of its own."""
    units = _units(4, 2)
    evil = "某局\nschema = 2\r\n[unit]\u2028x\x01"
    units[1] = replace(units[1], unit=replace(units[1].unit, name=evil))
    done = _consolidate(units)
    text = cs.dumps(done)
    doc = loads_document(text.encode("utf-8"))
    assert doc["schema"] == 1
    assert parse(doc)[0] == done.data


def test_batch_lists_a_department_over_a_limit_as_failed(tmp_path):
    from juesuan.batch.consolidate import Accumulator
    from juesuan.batch.run import BatchResult, _department
    from juesuan.batch.worker import FAILED, Options

    unit = _units(9, 1)[0]
    acc = Accumulator()
    for i in range(3):  # three units each at 0.4 × the limit in one line
        line = replace(unit.income[0], values={"final": Decimal("4E14")})
        acc.add(replace(unit, income=(line,), unit=replace(unit.unit, name=f"单位{i}", code=f"0{i}", parent=None)),
                source=f"u{i}.toml")
    result = BatchResult([], [])
    done = _department(acc, NAME, "部门", tmp_path, Options(out=str(tmp_path)), result)
    assert not done.writable and not (tmp_path / "部门.toml").exists()
    assert [r["status"] for r in result.failed] == [FAILED]
    assert any(f["code"] == "E-TOO-LARGE" for f in result.findings)
