"""Issue 19 acceptance: real published 部门决算公开 typed from their 万元 tables.

上海市普陀区生态环境局 2025年度部门决算 (tests/data/published/putuo_sthj_2025.*: one fund, all
一般公共预算财政拨款) and 上海市普陀区文化和旅游局 2025年度部门决算 (putuo_wenlv_2025.*: 一般公共预算 and
政府性基金, a 非财政拨款 结转, zero cells published blank); sources and every difference in
docs/published-comparison.md. The data file holds the figures as an accountant types
them from the published tables (万元 × 10,000); the expected file holds the published cells as
printed. juesuan's nine tables must equal the published values cell by cell in 万元, except the
cells listed in the expected file's ``[[corrections]]`` / ``[[missing_rows]]`` — the publisher's own
mistakes, whose arithmetic ``test_publisher_mistakes_are_mistakes`` checks.

Tests that fail on today's code are strict xfails naming the defect: they flip (and must then lose
their mark) when issue 19 is fixed.
"""

from __future__ import annotations

import functools
import re
import shutil
import tomllib
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from juesuan.cli import main
from juesuan.core.findings import Level
from juesuan.disclosure.api import disclose
from juesuan.disclosure.grid import grid
from juesuan.disclosure.spec import ROUNDING_NOTE
from juesuan.report import analyze
from juesuan.sources.datafile import load

HERE = Path(__file__).parent / "data" / "published"
UNITS = ("putuo_sthj_2025", "putuo_wenlv_2025")
DATA = HERE / "putuo_sthj_2025.toml"
EXPECTED = HERE / "putuo_sthj_2025.expected.toml"
PUBLISHED_TEXT = HERE / "putuo_sthj_2025.txt"
CENT = Decimal("0.01")
MONEY = re.compile(r"^-?[\d,]+\.\d{2}$|^0$")  # "0": how one publisher prints a zero in 公开07/08
BLANK = None  # a blank cell; equal to 0.00 (the published tables print 0.00, the template's form is empty)


@functools.cache
def expected_of(unit: str) -> dict:
    with (HERE / f"{unit}.expected.toml").open("rb") as f:
        return tomllib.load(f)


@functools.cache
def disclosed(unit: str):
    return disclose(*load(HERE / f"{unit}.toml"))


@pytest.fixture(scope="module")
def expected() -> dict:
    return expected_of("putuo_sthj_2025")


@pytest.fixture(scope="module")
def result():
    return disclosed("putuo_sthj_2025")


def _published_cell(text: str) -> Decimal | str | None:
    text = re.sub(r"\s+", "", text)
    if not text:
        return BLANK
    return Decimal(text.replace(",", "")) if MONEY.match(text) else text


def _printed_cell(value: object) -> Decimal | str | None:
    if value is None:
        return BLANK
    if isinstance(value, Decimal):
        return value.quantize(CENT, rounding=ROUND_HALF_UP)
    return _published_cell(str(value))


def _figure(value: object) -> Decimal | str | None:
    return _published_cell(value) if isinstance(value, str) else value  # type: ignore[return-value]


def _same(a: Decimal | str | None, b: Decimal | str | None) -> bool:
    zero = Decimal(0)
    a = zero if a is BLANK or a == "" else a
    b = zero if b is BLANK or b == "" else b
    return a == b


def _row_key(row: list) -> str:
    """A row's name for messages and corrections: its code, else its first label."""
    return next((str(c) for c in row if isinstance(c, str) and c), "?")


def corrected_rows(expected: dict, key: str, cell=None) -> list[list]:
    """The published rows of table ``key`` with the publisher's mistakes corrected (each cell read
    by ``cell``, by default as a figure)."""
    cell = cell or _published_cell
    if key in expected.get("replaced", {}):  # a table the publisher got wrong as a whole
        return [[cell(c) for c in row] for row in expected["replaced"][key]["rows"]]
    rows = [[cell(c) for c in row] for row in expected["tables"][key]["rows"]]
    for fix in expected.get("corrections", []):
        if fix["table"] != key:
            continue
        row = next(r for r in rows if _row_key(r) == fix["row"] or (len(r) > 1 and r[1] == fix["row"]))
        assert _same(_figure(row[fix["column"]]), _published_cell(fix["published"])), fix
        row[fix["column"]] = cell(fix["correct"])
    for miss in expected.get("missing_rows", []):
        if miss["table"] != key:
            continue
        # two panels of three columns side by side (公开06): insert into the panel holding ``after``
        footer, body = rows[-1], rows[:-1]
        panels = [[r[:3] for r in body], [r[3:] for r in body]]
        side = next(i for i, p in enumerate(panels) if any(c[0] == miss["after"] for c in p))
        panel = [c for c in panels[side] if any(x is not BLANK for x in c)]
        at = next(i for i, c in enumerate(panel) if c[0] == miss["after"]) + 1
        panel.insert(at, [cell(miss["code"]), cell(miss["name"]), cell(miss["amount"])])
        other = [c for c in panels[1 - side] if any(x is not BLANK for x in c)]
        n = max(len(panel), len(other))
        pad = [[BLANK, BLANK, BLANK]] * n
        left, right = (panel, other) if side == 0 else (other, panel)
        rows = [(left + pad)[i] + (right + pad)[i] for i in range(n)] + [footer]
    return rows


def printed_rows(result, key: str) -> list[list]:
    return [[_printed_cell(c) for c in row] for row in grid(result.tables[key]).body]


def differences(want: list[list], got: list[list]) -> list[str]:
    out = []
    if len(want) != len(got):
        out.append(f"{len(got)} rows, published {len(want)}")
    for i, (w, g) in enumerate(zip(want, got, strict=False)):
        if len(w) != len(g):
            out.append(f"row {i} ({_row_key(w)}): {len(g)} cells, published {len(w)}")
            continue
        for j, (a, b) in enumerate(zip(w, g, strict=True)):
            if not _same(a, b):
                out.append(f"row {i} ({_row_key(w)}) cell {j}: juesuan {b}, published {a}")
    return out


# -- the material itself ----------------------------------------------------------------------------

UNIT_FACTS = {  # name, 项 lines typed, figures the 情况说明 states from the tables
    "putuo_sthj_2025": ("上海市普陀区生态环境局", 20, ("4733.14", "3365.38", "1367.76", "471.44", "109.34",
                                                  "3742.47", "409.89", "2949.02", "416.36", "21.00", "16.95")),
    "putuo_wenlv_2025": ("上海市普陀区文化和旅游局", 26, ("26591.08", "26538.47", "9800.36", "16738.11", "24535.67",
                                                   "17127.62", "4948.72", "8055.07", "1745.29", "11.49", "3.04",
                                                   "2002.80")),
}


@pytest.mark.parametrize("unit", UNITS)
def test_data_file_parses_without_errors(unit):
    data, findings = load(HERE / f"{unit}.toml")
    name, leaves, _ = UNIT_FACTS[unit]
    assert data.unit.name == name and data.unit.year == 2025
    assert not [f for f in findings if f.level is Level.ERROR], findings
    assert len([x for x in data.functions if len(x.key) == 7]) == leaves


@pytest.mark.parametrize("unit", UNITS)
def test_expected_tables_agree_with_the_published_text(unit):
    """The amounts the published 情况说明 states from the tables are in the transcribed tables."""
    text = re.sub(r"\s+", "", (HERE / f"{unit}.txt").read_text(encoding="utf-8")).replace(",", "")
    expected = expected_of(unit)
    cells = {c.replace(",", "") for t in expected["tables"].values() for row in t["rows"] for c in row
             if MONEY.match(c)}
    for figure in UNIT_FACTS[unit][2]:
        assert figure in text and figure in cells, figure
    for code, name, total, *_ in _t3_leaves(expected):
        assert f"{total.replace(',', '')}万元" in text, (code, name)


def _t3_leaves(expected: dict) -> list[list[str]]:
    return [r for r in expected["tables"]["公开03"]["rows"] if len(r[0]) == 7]


@pytest.mark.parametrize("unit", UNITS)
def test_typed_figures_are_the_published_ones_times_ten_thousand(unit):
    data, _ = load(HERE / f"{unit}.toml")
    finals = {x.key: x.get("final") for x in data.functions}
    for code, _name, total, *_ in _t3_leaves(expected_of(unit)):
        assert finals[code] == Decimal(total.replace(",", "")) * 10000, code


def test_publisher_mistakes_are_mistakes(expected):
    """上海市普陀区生态环境局: the publisher's errors, checked with exact arithmetic on the printed figures."""
    d = Decimal
    t3 = {_row_key(r) if r[0] else r[1]: r for r in expected["tables"]["公开03"]["rows"]}
    t5 = {_row_key(r) if r[0] else r[1]: r for r in expected["tables"]["公开05"]["rows"]}
    # 公开05 合计: the row does not add and differs from 公开03 (all spending is 一般公共预算财政拨款)
    total, basic, project = (d(x.replace(",", "")) for x in t5["合计"][2:5])
    assert basic + project != total and total - basic == d("1367.76")
    assert d(t3["合计"][4].replace(",", "")) == d("1367.76") != project
    # 十一(一) 机关运行经费 185.41, +4.68 → 上年 180.73: 增长2.59%, not the published 2.60%;
    # no rounding of the underlying 元 figures can give 2.60% (largest possible ratio < 2.595%)
    assert (d("4.68") / d("180.73") * 100).quantize(CENT, ROUND_HALF_UP) == d("2.59")
    assert d("4.685") / (d("185.405") - d("4.685")) * 100 < d("2.595")
    text = PUBLISHED_TEXT.read_text(encoding="utf-8")
    assert "增长 2.60%" in text
    # 七(一): 因公出国（境）费 预算 0.00 yet "完成预算的 0.00%" (no ratio to a zero budget)
    assert "因公出国（境）费决\n算为 0.00 万元，完成预算的 0.00%" in text
    t7 = expected["tables"]["公开07"]["rows"][0]
    assert t7[2] == "0.00"  # 因公出国（境）费 预算数
    # 七(一): "公务接待费支出决算减少为 0.00 万元，与 2024 年持平" — both 减少 and 持平
    assert "减少为 0.00\n万元，与 2024 年持平" in text
    # 六: lists zero or absent items (咨询费 not in 公开06; 手续费 专用材料费 劳务费 委托业务费 0.00;
    # 其他对个人和家庭的补助 0.00) and leaves out 其他工资福利支出 (81.77)
    six = re.sub(r"\s+", "", text.split("六、一般公共预算财政拨款基本支出决算情况说明")[1].split("七、")[0])
    econ = {r[1]: r[2] for r in expected["tables"]["公开06"]["rows"]} | {
        r[4]: r[5] for r in expected["tables"]["公开06"]["rows"]}
    for zero in ("手续费", "专用材料费", "劳务费", "委托业务费", "其他对个人和家庭的补助"):
        assert zero in six and econ[zero] == "0.00", zero
    assert "咨询费" in six and "咨询费" not in econ
    assert "其他工资福利支出" not in six and econ["其他工资福利支出"] == "81.77"


def test_publisher_mistakes_are_mistakes_wenlv():
    """上海市普陀区文化和旅游局: the publisher's errors, checked on the printed figures."""
    d = Decimal
    expected = expected_of("putuo_wenlv_2025")
    text = (HERE / "putuo_wenlv_2025.txt").read_text(encoding="utf-8")
    flat = re.sub(r"\s+", "", text)
    # 公开05 misaligned: the 合计 row's printed figures are not the sum of the 类 rows, and a 政府性基金 row
    # (20709, none of whose spending is 一般公共预算) carries 2,369.56
    t5 = {(r[0] or r[1]): r for r in expected["tables"]["公开05"]["rows"]}
    classes = sum((d(r[2].replace(",", "")) for c, r in t5.items() if len(c) == 3 and r[2]), d(0))
    assert d(t5["合计"][2].replace(",", "")) == d("1700.57") != classes
    assert t5["20709"][2] == "2,369.56" and t5["2150899"][2:5] == ["24,535.67", "9,800.36", "14,735.31"]
    # 五(二): 1493.32 / 24535.67 is 6.09% whatever the rounding (6.0862%–6.0863%), published 6.08% —
    # the shares were forced to add to 100.00% (with 6.09 they add to 100.01%)
    low = d("1493.315") / d("24535.675") * 100
    high = d("1493.325") / d("24535.665") * 100
    assert low.quantize(CENT, ROUND_HALF_UP) == high.quantize(CENT, ROUND_HALF_UP) == d("6.09")
    assert "社会保障和就业支出（类）1493.32万元，占6.08%" in flat
    # 七(一): "完成预算的 0%" for a 0 budget; "增长 100%" for a rise from 0; 八: "支出收入" (the template's typo)
    assert "因公出国（境）费决算为0万元，完成预算的0%" in flat
    assert "公务接待费支出决算增加0.40万元，增长100%" in flat and expected["tables"]["公开07"]["rows"][0][10] == "2.11"
    assert "支出收入2002.80万元" in flat
    # 六: lists 奖金 and 水费, both blank in 公开06
    six = flat.split("六、一般公共预算财政拨款基本支出决算情况说明")[1].split("七、")[0]
    econ = {r[1]: r[2] for r in expected["tables"]["公开06"]["rows"]} | {
        r[4]: r[5] for r in expected["tables"]["公开06"]["rows"]}
    assert "奖金" in six and econ["奖金"] == "" and "水费" in six and econ["水费"] == ""
    # 公开08: the 合计 row cannot show its 本年支出 (the template's sub-headers sit on that row)
    assert expected["tables"]["公开08"]["rows"][0][4:7] == ["合计", "基本支出", "项目支出"]


TABLE_CASES = [(u, f"公开0{i}") for u in UNITS for i in range(1, 10)]


@pytest.mark.parametrize(("unit", "key"), TABLE_CASES)
def test_table_equals_the_published_values(unit, key):
    """The 2024 上海 template's rows (class list, 公开06's fixed list, 合计 places) and the typed figures
    as printed, never recomputed from rounded parts."""
    want = corrected_rows(expected_of(unit), key)
    got = printed_rows(disclosed(unit), key)
    diffs = differences(want, got)
    assert not diffs, f"{key}: " + "; ".join(diffs[:12])


@pytest.mark.parametrize("unit", UNITS)
def test_titles_and_notes_are_the_templates(unit):
    wrong = []
    result = disclosed(unit)
    for key, table in expected_of(unit)["tables"].items():
        g = grid(result.tables[key])
        if g.title != table["title"]:
            wrong.append(f"{key} title {g.title!r}")
        notes = [n for n in g.notes if n != ROUNDING_NOTE]  # juesuan's 尾数 note (tests/test_disclosure_tables.py)
        if notes != table["notes"]:
            wrong.append(f"{key} notes {g.notes!r}")
    assert not wrong, wrong


ROUNDED_ROWS = {"putuo_sthj_2025": {"2111101"}, "putuo_wenlv_2025": {"2070101", "2070109"}}


@pytest.mark.parametrize("unit", UNITS)
def test_rounded_rows_print_the_typed_total_with_a_hint(unit):
    """A 项 whose typed 基本 + 项目 miss its typed 本年支出合计 by the publisher's rounding prints the typed
    total (as published), and a D-ROUNDING 提示 names the line — never an 错误, never a recomputed total."""
    result = disclosed(unit)
    t3 = {str(r[0]): r for r in printed_rows(result, "公开03") if r[0]}
    data, _ = load(HERE / f"{unit}.toml")
    finals = {x.key: x.get("final") for x in data.functions}
    hints = " ".join(f.message for f in result.findings if f.code == "D-ROUNDING")
    for code in ROUNDED_ROWS[unit]:
        total, basic, project = t3[code][2:5]
        assert total == finals[code] / 10000 and total != basic + project, code
        assert f"功能分类{code}" in hints, code


@pytest.mark.parametrize("unit", UNITS)
def test_disclose_accepts_published_figures(unit):
    errors = [f"{f.code} {f.message}" for f in disclosed(unit).findings if f.level is Level.ERROR]
    assert not errors, errors


@pytest.mark.parametrize("unit", UNITS)
def test_disclose_writes_its_documents(unit, tmp_path):
    src = tmp_path / f"{unit}.toml"
    shutil.copy(HERE / f"{unit}.toml", src)
    assert main(["disclose", str(src), "--xlsx"]) == 0
    assert len(list(tmp_path.glob("*部门决算公开.docx"))) == 1
    assert len(list(tmp_path.glob("*部门决算公开.xlsx"))) == 1


@pytest.mark.parametrize("unit", UNITS)
def test_disclose_force_writes_its_documents(unit, tmp_path):
    src = tmp_path / f"{unit}.toml"
    shutil.copy(HERE / f"{unit}.toml", src)
    main(["disclose", str(src), "--xlsx", "--force"])
    assert [p.name for p in tmp_path.glob("*.docx")] == [f"{UNIT_FACTS[unit][0]}2025年度部门决算公开.docx"]
    assert len(list(tmp_path.glob("*部门决算公开.xlsx"))) == 1


@pytest.mark.parametrize("unit", UNITS)
def test_every_reason_typed_is_used_by_analyze(unit):
    data, findings = load(HERE / f"{unit}.toml")
    codes = [f.code for f in analyze(data, findings).findings]
    assert not {"W-REASON-ORPHAN", "W-REASON-UNUSED"} & set(codes), codes


@pytest.mark.parametrize("unit", UNITS)
def test_analyze_accepts_published_figures(unit):
    data, findings = load(HERE / f"{unit}.toml")
    errors = [f.code for f in analyze(data, findings).findings if f.level is Level.ERROR]
    assert not errors, errors


# -- the 情况说明 in the template's words, with this unit's correct figures ------------------------------
# Each phrase is the 2024 template's sentence (anchors/shanghai-2024-department-final-template.pdf)
# filled with this unit's figures as the publisher filled it, except where the publisher's figure is
# wrong (十一(一) 2.59%, not 2.60%). Compared without whitespace.
PHRASES_TODAY_WRONG = {
    "一": ("上海市普陀区生态环境局2025年度收入支出总计4733.14万元。与2024年度相比，收入支出总计增加90.09万元，"
          "增长1.94%。主要原因：基本支出增加。",
          None),
    "四": ("上海市普陀区生态环境局2025年度财政拨款收入支出总计4733.14万元。与2024年度相比，财政拨款收入支出总计"
          "增加90.09万元，增长1.94%。主要原因：基本支出增加。", None),
    "五(一)": ("一般公共预算财政拨款支出4733.14万元，占本年支出合计的100.00%。与2024年度相比，一般公共预算财政拨款"
              "支出增加90.09万元，增长1.94%。主要原因：基本支出增加。",
              None),
    "五(三)": ("支出决算为4733.14万元，完成年初预算的102.27%。决算数大于预算数的主要原因：因人员变动、职务职级变动、"
              "调标等因素，年中追加了基本经费；因工作需要，年中追加了项目经费。其中：",
              None),
    "五(三)1": ("1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：支付机关本部及"
               "参公单位退休人员补贴、退休人员福利费。年初预算为51.50万元，支出决算为51.98万元。决算数大于预算数的"
               "主要原因：年中人员退休。",
               None),
    "五(三)17": ("17、节能环保支出（类）污染减排（款）生态环境监测与信息（项）。主要用于：监测站基本工资、津贴补贴等"
                 "人员"
                "支出，公用支出及项目支出。年初预算为1464.65万元，支出决算为1493.39万元。决算数大于预算数的主要原因："
                "事业在职人员增加。", None),
    "六": ("一般公共预算财政拨款基本支出3365.38万元。其中：人员经费2949.02万元，主要包括：基本工资、津贴补贴、伙食"
          "补助费、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、"
          "住房公积金、其他工资福利支出、退休费；公用经费416.36万元，主要包括：办公费、印刷费、水费、电费、邮电费、"
          "物业管理费、差旅费、维修（护）费、培训费、工会经费、福利费、公务用车运行维护费、其他交通费用、其他商品和"
          "服务支出、办公设备购置、专用设备购置。", None),
    "七(一)": ("“三公”经费财政拨款支出年初预算为21.00万元，支出决算为16.95万元，完成预算的80.71%，其中：",
              None),
    "七(一)车": ("公务用车购置及运行维护费支出决算为16.95万元，完成预算的82.68%；公务接待费支出决算为0.00万元，完成预"
                 "算的"
                "0.00%。2025年度“三公”经费支出决算数小于预算数的主要原因：公务用车运行维护费、公务接待费等支出小于预"
                "算数。",
                None),
    "七(一)上年": ("2025年度“三公”经费财政拨款支出决算数比2024年度增加5.07万元，增长42.68%，其中：",
                  None),
    "七(一)原因": ("公务用车购置及运行维护费支出增加的主要原因是公务用车运行维护费支出增加。",
                  None),
    "七(二)1": ("1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个、累计0人次。",
               None),
    "七(二)2": ("2025年，上海市普陀区生态环境局所属各预算单位开支财政拨款的公务用车保有量为9辆。",
               None),
    "八": ("上海市普陀区生态环境局2025年度无政府性基金预算财政拨款收入和支出。", None),
    "九": ("上海市普陀区生态环境局2025年度无国有资本经营预算财政拨款收入和支出。", None),
    "十": ("编报绩效目标的2025年度项目28个，涉及预算金额1354.13万元；绩效跟踪评价的2025年度项目28个，涉及预算金额"
          "1354.13万元；绩效自评的2025年度项目28个，涉及预算金额1354.13万元，平均得分99.86分（其中，绩效评级为“优”"
          "的项目28个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中"
          "共发现问题3个，已经完成整改的3个，正在整改的0个）。",
          None),
    "十一(一)": ("机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.59%。主要原因是人员变动，导致福利费、其他"
                "交通费等增加；公务用车运行维护费支出增加。", None),
    "十一(二)": ("上海市普陀区生态环境局2025年度政府采购金额（以合同签订为准）为372.34万元，其中：货物采购金额8.57万"
                 "元、"
                "工程采购金额0.00万元、服务采购金额363.77万元。", None),
    "十一(二)中小": ("2025年度本部门面向中小企业预留政府采购项目预算金额372.34万元，面向小微企业预留政府采购项目预算"
                     "金额"
                    "152.92万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额372.34万元；"
                    "在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额152.92万元；",
                    None),
    "十一(三)": ("共有车辆9辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车1辆、执法"
                 "执勤"
                "用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车8辆。单价100万元（含）以上设备（不含车辆）"
                "6台（套）。", None),
}
PHRASES_TODAY_RIGHT = {
    "二": "本年收入合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。",
    "三": "本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。",
    "五(二)": "一般公共预算财政拨款支出4733.14万元，主要用于以下方面：社会保障和就业支出（类）471.44万元，占9.96%；"
              "卫生健康支出（类）109.34万元，占2.31%；节能环保支出（类）3742.47万元，占79.07%；住房保障支出（类）"
              "409.89万元，占8.66%。",
    "七(二)": "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出"
             "决算16.95万元，占100.00%；公务接待费支出决算0.00万元，占0.00%。具体情况如下：",
}


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("where", sorted(PHRASES_TODAY_WRONG))
def test_text_in_the_templates_words(result, where, request):
    phrase, today = PHRASES_TODAY_WRONG[where]
    if today is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"issue 19: 情况说明 {where} — {today}"))
    assert _squeeze(phrase) in _squeeze(result.text.plain())


@pytest.mark.parametrize("where", sorted(PHRASES_TODAY_RIGHT))
def test_text_already_in_the_templates_words(result, where):
    assert _squeeze(PHRASES_TODAY_RIGHT[where]) in _squeeze(result.text.plain())


# Where the publisher did not follow the template (see docs/published-comparison.md).
PUBLISHER_DEVIATES = {
    "五(三)1": "published “1.社会保障和就业支出（类）…（项），主要用于支付…” (template: “1、…（项）。主要用于：…”)",
    "五(三)17": "published “17.节能环保支出（类）…（项），主要用于监测站…，年初预算为…，当年支出决算为…”",
    "六": "published list names 咨询费 and four 0.00 公用经费 items, 其他对个人和家庭的补助 (0.00), and leaves out "
          "其他工资福利支出 (81.77)",
}


def test_published_text_holds_the_phrases():
    """The phrases are the publisher's sentences (bar the corrected figure): a check of the transcription."""
    published = _squeeze(PUBLISHED_TEXT.read_text(encoding="utf-8")).replace("1,293.60", "1293.60")
    for where, (phrase, _) in PHRASES_TODAY_WRONG.items():
        phrase = _squeeze(phrase)
        if where == "十一(一)":
            phrase = phrase.replace("2.59%", "2.60%")  # the publisher's wrong rate
        assert (phrase in published) is (where not in PUBLISHER_DEVIATES), where


TEMPLATE_HEADINGS = (
    "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明",
    "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
    "（一）一般公共预算财政拨款支出决算总体情况", "（二）一般公共预算财政拨款支出决算结构情况",
    "（三）一般公共预算财政拨款支出决算具体情况", "六、一般公共预算财政拨款基本支出决算情况说明",
    "七、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明",
    "（二）“三公”经费财政拨款支出决算具体情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
    "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、预算绩效管理情况", "十一、其他重要事项的情况说明",
    "（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况说明",
)


def test_headings_are_the_templates(result):
    assert tuple(s.heading.rstrip("。") for s in result.text.sections) == TEMPLATE_HEADINGS


def test_published_headings_are_the_templates():
    lines = [x.strip().rstrip("。") for x in PUBLISHED_TEXT.read_text(encoding="utf-8").splitlines()]
    for heading in TEMPLATE_HEADINGS:
        assert heading in lines, heading


PUBLISHED_GLOSSARY = {
    "财政拨款收入": "指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有"
                    "资本"
                    "经营预算财政拨款。",
    "事业收入": "指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "经营收入": "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "其他收入": "指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
    "年初结转和结余": "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "年末结转和结余": "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续"
                      "使用的资金。",
    "基本支出": "指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
    "项目支出": "指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    "经营支出": "指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
}


def test_published_glossary_transcribed():
    published = _squeeze(PUBLISHED_TEXT.read_text(encoding="utf-8"))
    for i, (term, text) in enumerate(PUBLISHED_GLOSSARY.items()):
        assert _squeeze(f"{'一二三四五六七八九'[i]}、{term}：{text}") in published, term


def test_glossary_is_the_templates(result):
    got = dict(result.text.glossary)
    assert {k: got.get(k) for k in PUBLISHED_GLOSSARY} == PUBLISHED_GLOSSARY
    assert list(got)[:9] == list(PUBLISHED_GLOSSARY)
