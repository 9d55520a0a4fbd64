"""Random consistent units for the 决算公开 round trip (as data-file documents)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

CODES = {  # 项 → (类 name, 款 code, 款 name, 项 name)
    "2010101": "行政运行", "2010102": "一般行政管理事务", "2080505": "机关事业单位基本养老保险缴费支出",
    "2101101": "行政单位医疗", "2130101": "行政运行", "2130106": "科技转化与推广服务",
    "2210201": "住房公积金", "2120804": "农村基础设施建设支出", "2230105": "国有企业退休人员社会化管理补助支出",
}
KUAN = {"20101": "人大事务", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "21301": "农业农村",
        "22102": "住房改革支出", "21208": "国有土地使用权出让收入安排的支出",
        "22301": "国有资本经营预算补充社保基金支出"}
money = st.integers(min_value=0, max_value=10**9).map(lambda n: Decimal(n).scaleb(-2))


@st.composite
def disclosure_documents(draw) -> dict:
    codes = draw(st.lists(st.sampled_from(sorted(CODES)), min_size=1, max_size=5, unique=True))
    lines = [{"code": k, "name": n} for k, n in KUAN.items() if any(c.startswith(k) for c in codes)]
    sums = dict.fromkeys(("gb", "gp", "bus", "fund_in", "fund_open", "fund_spend", "fund_close", "capital_in",
                          "capital_open", "capital_spend", "capital_close"), Decimal(0))
    for code in codes:
        gb, gp, bus = draw(money), draw(money), draw(money)
        row = {"code": code, "name": CODES[code], "general": gb + gp, "business": bus, "basic": gb + bus,
               "project": gp, "general_basic": gb, "general_project": gp, "general_budget": draw(money)}
        fund = {"212": "fund", "223": "capital"}.get(code[:3])
        if fund:
            opening, income = draw(money), draw(money)
            spend = Decimal(draw(st.integers(0, int((opening + income) * 100)))).scaleb(-2)
            row.update({fund: income, f"{fund}_opening": opening, f"{fund}_project": spend,
                        f"{fund}_closing": opening + income - spend, "project": gp + spend})
            sums[f"{fund}_in"] += income
            sums[f"{fund}_open"] += opening
            sums[f"{fund}_spend"] += spend
            sums[f"{fund}_close"] += opening + income - spend
        sums["gb"] += gb
        sums["gp"] += gp
        sums["bus"] += bus
        lines.append(row)
    personnel_general = (sums["gb"] * Decimal(draw(st.integers(0, 100))) / 100).quantize(Decimal("0.01"))
    personnel = personnel_general + sums["bus"]
    controlled = [{"item": item, "budget": draw(money), "final": draw(money), "prior_final": draw(money)}
                  for item in ("因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费")]
    return {
        "schema": 1,
        "unit": {"name": draw(st.sampled_from(["测试局", "某某中心"])), "year": draw(st.integers(2019, 2030)),
                 "kind": "行政单位"},
        "income": [
            {"item": "一般公共预算财政拨款收入", "final": sums["gb"] + sums["gp"]},
            {"item": "政府性基金预算财政拨款收入", "final": sums["fund_in"]},
            {"item": "国有资本经营预算财政拨款收入", "final": sums["capital_in"]},
            {"item": "事业收入", "final": sums["bus"]},
            {"item": "年初结转和结余", "final": sums["fund_open"] + sums["capital_open"]},
        ],
        "spending": [
            {"item": "人员经费", "final": personnel},
            {"item": "公用经费", "final": sums["gb"] - personnel_general},
            {"item": "项目支出", "final": sums["gp"] + sums["fund_spend"] + sums["capital_spend"]},
            {"item": "年末结转和结余", "final": sums["fund_close"] + sums["capital_close"]},
        ],
        "balances": [{"item": "财政拨款结转结余", "opening": sums["fund_open"] + sums["capital_open"],
                      "closing": sums["fund_close"] + sums["capital_close"]}],
        "controlled": controlled,
        "disclosure": {
            "lines": lines,
            "basic_economics": [{"code": "30101", "name": "基本工资", "final": personnel_general},
                                {"code": "30201", "name": "办公费", "final": sums["gb"] - personnel_general}],
        },
    }
