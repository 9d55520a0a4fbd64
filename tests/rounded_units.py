"""Units as real ones are kept: every figure in 元 with cents, several funds (一般公共预算, 政府性基金, 事业收入,
其他收入), 年初/年末结转 — and the nine tables as they are published from them: each cell rounded on its own
to 0.01万元 (so a 合计 and its parts show the natural 尾差), typed as text 「24,306.11」, zeros left blank."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")
LINES = {  # 项 → name; the 款 and 类 come from KUAN / the year's class list
    "2010101": "行政运行", "2010150": "事业运行", "2070101": "行政运行", "2070104": "图书馆",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "2101101": "行政单位医疗", "2101102": "事业单位医疗", "2210201": "住房公积金",
    "2296003": "用于体育事业的彩票公益金",
}
KUAN = {"20101": "人大事务", "20701": "文化和旅游", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗",
        "22102": "住房改革支出", "22960": "彩票公益金安排的支出"}
FUND = {"2296003"}  # 政府性基金 lines
ECONOMIC = {"30101": "基本工资", "30102": "津贴补贴", "30107": "绩效工资", "30108": "机关事业单位基本养老保险缴费",
            "30302": "退休费",
            "30201": "办公费", "30211": "差旅费", "30299": "其他商品和服务支出", "31002": "办公设备购置"}


def _yuan(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


def unit_document(seed: int, name: str = "上海市某某区某某局", year: int = 2024) -> dict[str, Any]:
    """A consistent unit (data-file document) in 元, drawn from ``seed``."""
    rng = random.Random(seed)
    codes = sorted(rng.sample(sorted(set(LINES) - FUND), rng.randint(4, 9)) + (["2296003"] if seed % 2 == 0 else []))
    lines: list[dict[str, Any]] = [{"code": k, "name": n} for k, n in KUAN.items()
                                   if any(c.startswith(k) for c in codes)]
    s = dict.fromkeys(("gb", "gp", "bus", "other", "fund_in", "fund_open", "fund_spend", "fund_close"), Decimal(0))
    for code in codes:
        row: dict[str, Any] = {"code": code, "name": LINES[code]}
        if code in FUND:
            opening, income = _yuan(rng, 10_000, 2_000_000), _yuan(rng, 100_000, 9_000_000)
            spend = _yuan(rng, 0, int(opening + income))
            row.update({"fund": income, "fund_opening": opening, "fund_project": spend, "project": spend,
                        "fund_closing": opening + income - spend, "basic": Decimal(0)})
            s["fund_in"] += income
            s["fund_open"] += opening
            s["fund_spend"] += spend
            s["fund_close"] += opening + income - spend
        else:
            gb = _yuan(rng, 50_000, 30_000_000)
            gp = _yuan(rng, 10_000, 90_000_000) if rng.random() < 0.6 else Decimal(0)
            bus = _yuan(rng, 10_000, 8_000_000) if rng.random() < 0.3 else Decimal(0)
            other = _yuan(rng, 10_000, 3_000_000) if rng.random() < 0.3 else Decimal(0)
            row.update({"general": gb + gp, "basic": gb + bus, "project": gp + other, "general_basic": gb,
                        "general_project": gp})
            row.update({k: x for k, x in (("business", bus), ("other", other)) if x})
            s["gb"] += gb
            s["gp"] += gp
            s["bus"] += bus
            s["other"] += other
        lines.append(row)
    economics = _economics(rng, s["gb"])
    personnel_general = sum((x["final"] for x in economics if x["code"][:3] in ("301", "303")), Decimal(0))
    personnel = personnel_general + s["bus"]
    income = [{"item": "一般公共预算财政拨款收入", "final": s["gb"] + s["gp"]},
              {"item": "政府性基金预算财政拨款收入", "final": s["fund_in"]},
              {"item": "事业收入", "final": s["bus"]}, {"item": "其他收入", "final": s["other"]},
              {"item": "年初结转和结余", "final": s["fund_open"]}]
    return {
        "schema": 1,
        "unit": {"name": name, "year": year, "kind": "行政单位"},
        "income": [x for x in income if x["final"]],
        "spending": [
            {"item": "人员经费", "final": personnel},
            {"item": "公用经费", "final": s["gb"] - personnel_general},
            {"item": "项目支出", "final": s["gp"] + s["other"] + s["fund_spend"]},
            {"item": "年末结转和结余", "final": s["fund_close"]},
        ],
        "balances": [{"item": "财政拨款结转结余", "opening": s["fund_open"], "closing": s["fund_close"]}],
        "controlled": [{"item": item, "budget": _yuan(rng, 10_000, 300_000), "final": _yuan(rng, 0, 200_000)}
                       for item in ("因公出国(境)费", "公务用车运行维护费", "公务接待费")],
        "disclosure": {"lines": lines, "basic_economics": economics},
    }


def _economics(rng: random.Random, basic: Decimal) -> list[dict[str, Any]]:
    """一般公共预算财政拨款基本支出 split over ECONOMIC at random (cents), adding to ``basic``."""
    codes = list(ECONOMIC)
    weights = [rng.randint(1, 100) for _ in codes]
    out, left = [], basic
    for code, w in zip(codes[:-1], weights, strict=False):
        part = (basic * w / sum(weights)).quantize(CENT)
        out.append({"code": code, "name": ECONOMIC[code], "final": part})
        left -= part
    out.append({"code": codes[-1], "name": ECONOMIC[codes[-1]], "final": left})
    return out


def printed(value: Any, zero: str = "") -> Any:
    """A table cell as published: a figure rounded on its own to 0.01万元, as text with thousands commas."""
    if isinstance(value, Decimal):
        q = value.quantize(CENT, rounding=ROUND_HALF_UP)
        return zero if q == 0 else f"{q:,}"
    return value
