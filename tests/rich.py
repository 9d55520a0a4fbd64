"""A richer unit than the sample: 行政单位, staff and vehicles, two income sources, function lines
at 款/项 level, quantities, balances and 财政拨款 parts: every kind of formula the workbook writes."""

from __future__ import annotations

from decimal import Decimal as D

from juesuan.core.parse import parse
from juesuan.sources.datafile import load_sample, to_document


def rich_document() -> dict:
    doc = to_document(load_sample()[0])
    doc["unit"]["kind"] = "行政单位"
    doc["people"] = {"authorized_posts": 80, "staff_year_end": 75, "staff_average": 70, "retirees": 5,
                     "vehicles": 3, "office_area_m2": D("1500.5"), "retiree_expense": D("120000.00")}
    doc["income"] = [
        {"item": "一般公共预算财政拨款收入", "budget": D("2556000.00"), "final": D("4577326.79"),
         "prior_final": D("2515391.63"), "prior_budget": D("1104328.55")},
        {"item": "事业收入", "budget": D("100000.00"), "final": D("100000.00"), "prior_final": D("100000.00"),
         "prior_budget": D("100000.00")},
    ]
    for row in doc["spending"]:
        if row["item"] == "人员经费":
            row["fiscal_final"] = D("3949552.76")
            row["fiscal_budget"] = D("2084200.00")
    doc["functions"] = [
        {"code": "201", "name": "一般公共服务支出", "budget": D("2007100.00"), "final": D("4051166.71")},
        {"code": "2080505", "name": "机关事业单位基本养老保险缴费支出", "budget": D("270600.00"),
         "final": D("408612.28")},
        {"code": "2080506", "name": "机关事业单位职业年金缴费支出", "budget": D("100000.00"), "final": D("100000.00")},
        {"code": "210", "name": "卫生健康支出", "budget": D("143700.00"), "final": D("117547.80")},
        {"code": "221", "name": "住房保障支出", "budget": D("134600.00"), "final": D("0.00")},
    ]
    doc["quantities"] = {"公务用车保有量": {"final": 3, "prior_final": 3}, "接待批次": {"final": 0},
                         "会议次数": {"final": 2}, "会议人次": {"final": 60}}
    doc["controlled"].append({"item": "公务用车购置费", "final": D("0.00"), "prior_final": D("0.00")})
    doc["controlled"] = [r for r in doc["controlled"] if r["item"] != "会议费"] + [
        {"item": "会议费", "budget": D("5000.00"), "final": D("4200.00"), "prior_final": D("3000.00")}]
    order = ["因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费"]
    doc["controlled"].sort(key=lambda r: order.index(r["item"]))
    doc["balances"] = [{"item": "财政拨款结转结余", "opening": D("0.00"), "closing": D("0.00"),
                        "prior_closing": D("0.00")},
                       {"item": "非财政拨款结转结余", "opening": D("0.00"), "closing": D("0.00")}]
    return doc


def rich_unit():
    data, findings = parse(rich_document())
    assert findings == [], findings
    return data
