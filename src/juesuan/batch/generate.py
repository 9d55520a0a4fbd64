"""Random but realistic units, reproducible from a seed: for tests and benchmarks.

Every unbroken unit is internally consistent: 收入总计 = 支出总计 in every column, 功能分类
类 = Σ 款 = Σ 项 and Σ 类 = 本年支出合计, 结转结余 by funding = the carried totals, quantities
that match the 三公 spending. Some units leave optional data out (as real units do), most
explain most of their variances, and a department's units book their internal transfers
(上级补助收入 ↔ 对附属单位补助支出, 上缴上级支出 ↔ 附属单位上缴收入) on both sides. A few units
can be broken on purpose, each in one known way (``BROKEN_KINDS``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from ..core import catalog as c
from ..core.model import Line, Settings, Unit, UnitData

CENT = Decimal("0.01")
GRANT_IN, REMIT_IN = "上级补助收入", "附属单位上缴收入"
GRANT_OUT, REMIT_OUT = "对附属单位补助支出", "上缴上级支出"

# 类 → 款 → 项 with their official names (a small real subset of the 支出功能分类科目)
FUNCTION_TREE: dict[str, tuple[str, dict[str, tuple[str, dict[str, str]]]]] = {
    "201": ("一般公共服务支出", {
        "20103": ("政府办公厅（室）及相关机构事务", {"2010301": "行政运行", "2010350": "事业运行"}),
        "20105": ("统计信息事务", {"2010501": "行政运行", "2010507": "专项普查活动"}),
    }),
    "205": ("教育支出", {
        "20501": ("教育管理事务", {"2050101": "行政运行"}),
        "20502": ("普通教育", {"2050201": "学前教育", "2050202": "小学教育", "2050203": "初中教育"}),
    }),
    "208": ("社会保障和就业支出", {
        "20805": ("行政事业单位养老支出", {"2080505": "机关事业单位基本养老保险缴费支出",
                                           "2080506": "机关事业单位职业年金缴费支出"}),
    }),
    "210": ("卫生健康支出", {
        "21011": ("行政事业单位医疗", {"2101101": "行政单位医疗", "2101102": "事业单位医疗"}),
    }),
    "213": ("农林水支出", {
        "21301": ("农业农村", {"2130101": "行政运行", "2130104": "事业运行"}),
    }),
    "221": ("住房保障支出", {
        "22102": ("住房改革支出", {"2210201": "住房公积金", "2210203": "购房补贴"}),
    }),
}
ECONOMIC_TREE = {
    "301": ("工资福利支出", {"30101": "基本工资", "30102": "津贴补贴", "30108": "机关事业单位基本养老保险缴费"}),
    "302": ("商品和服务支出", {"30201": "办公费", "30211": "差旅费", "30216": "培训费"}),
    "303": ("对个人和家庭的补助", {"30302": "退休费"}),
}
REASONS = {
    "budget_yoy": ("本年新增人员，人员经费预算相应增加。", "按照过紧日子要求压减一般性支出。",
                   "新增专项工作任务，安排项目预算。"),
    "final_vs_budget": ("年中追加人员工资调整及绩效奖励资金。", "部分项目未完工，资金结转下年使用。",
                        "严格执行厉行节约规定，实际支出少于预算。", "年中追加专项资金。"),
    "final_yoy": ("人员增加及工资标准调整。", "上年一次性项目本年未再安排。", "业务量增加，相关支出增加。"),
    "assets": ("购置办公设备。", "年末尚未支付的款项增加。", "固定资产报废处置。"),
}
BROKEN_KINDS = ("unbalanced", "parent-sum", "not-a-number", "unreadable")
DEPARTMENT_WORDS = ("学校", "中心", "站", "所", "服务中心", "管理所")


@dataclass(frozen=True)
class Generated:
    """One generated unit: its file stem, its data (None when unreadable) and its file text."""

    stem: str
    data: UnitData | None
    text: str
    broken: str | None = None


def _cents(rng: random.Random, low: float, high: float) -> Decimal:
    """A random amount in 元 between ``low`` and ``high``, to the cent."""
    return Decimal(rng.randint(round(low * 100), round(high * 100))).scaleb(-2)


def _scale(rng: random.Random, amount: Decimal, low: float, high: float) -> Decimal:
    return (amount * Decimal(str(round(rng.uniform(low, high), 4)))).quantize(CENT)


def split(rng: random.Random, amount: Decimal, parts: int) -> list[Decimal]:
    """``amount`` split into ``parts`` random non-negative amounts that add up to it to the cent."""
    weights = [rng.uniform(0.2, 1.0) for _ in range(parts)]
    total = sum(weights)
    out = [(amount * Decimal(str(w / total))).quantize(CENT, rounding="ROUND_DOWN") for w in weights]
    out[-1] += amount - sum(out, Decimal(0))
    return out


def unit(seed: int, *, name: str | None = None, code: str | None = None, parent: str | None = None,
         year: int = 2023, kind: str | None = None, columns: tuple[str, ...] | None = None,
         grant_in: dict[str, Decimal] | None = None, remit_out: dict[str, Decimal] | None = None,
         grant_out: dict[str, Decimal] | None = None, remit_in: dict[str, Decimal] | None = None,
         complete: bool = False) -> UnitData:
    """One consistent unit. Internal transfers default to none; ``complete`` keeps every optional
    block (no missing data)."""
    rng = random.Random(seed)
    kind = kind or rng.choice(c.UNIT_KINDS)
    name = name or f"样例{rng.choice(DEPARTMENT_WORDS)}{seed}"
    if columns is None:
        columns = ("budget", "final", "prior_final")
        if complete or rng.random() < 0.8:
            columns = ("prior_budget", *columns)
    missing = set() if complete else {k for k, p in (("staff_average", 0.12), ("assets", 0.15),
                                                    ("economics", 0.5), ("quantities", 0.15),
                                                    ("text", 0.5)) if rng.random() < p}
    staff = rng.randint(8, 160)
    base = {"人员经费": Decimal(staff) * _cents(rng, 90_000, 160_000)}
    base["公用经费"] = _scale(rng, base["人员经费"], 0.06, 0.3)
    base["项目支出"] = Decimal("0.00") if rng.random() < 0.2 else _scale(rng, base["人员经费"], 0.05, 1.2)
    own = sum(base.values(), Decimal(0))
    service_share = rng.uniform(0.05, 0.3) if kind == "事业单位" else 0.0
    other_share = rng.uniform(0, 0.03) if rng.random() < 0.3 else 0.0

    income: dict[str, dict[str, Decimal]] = {}
    spending: dict[str, dict[str, Decimal]] = {}
    for column in columns:
        factor = {"final": (1.0, 1.0), "budget": (0.85, 1.08), "prior_budget": (0.8, 1.05),
                  "adjusted_budget": (0.95, 1.1), "prior_final": (0.8, 1.1)}[column]
        sp = {k: (v if column == "final" else _scale(rng, v, *factor)) for k, v in base.items()}
        for item, given in ((GRANT_OUT, grant_out), (REMIT_OUT, remit_out)):
            if given and given.get(column) is not None:
                sp[item] = given[column]
        inc: dict[str, Decimal] = {}
        for item, given in ((GRANT_IN, grant_in), (REMIT_IN, remit_in)):
            if given and given.get(column) is not None:
                inc[item] = given[column]
        current = sum(sp.values(), Decimal(0))
        if service_share:
            inc["事业收入"] = _scale(rng, current, service_share * 0.9, service_share)
        if other_share:
            inc["其他收入"] = _scale(rng, current, other_share * 0.5, other_share)
        carried = column == "final"
        opening = _scale(rng, own, 0, 0.12) if carried else Decimal(0)
        closing = _scale(rng, own, 0, 0.12) if carried else Decimal(0)
        fiscal = current + closing - opening - sum(inc.values(), Decimal(0))
        if fiscal < 0:  # transfers from subordinates exceed the unit's own spending: it keeps a balance
            closing -= fiscal
            fiscal = Decimal(0)
        inc = {"一般公共预算财政拨款收入": fiscal, **inc}
        if column == "final":
            inc[c.OPENING_BALANCE], sp[c.CLOSING_BALANCE] = opening, closing
        for table, values in ((income, inc), (spending, sp)):
            for item, amount in values.items():
                table.setdefault(item, {})[column] = amount

    def lines(values: dict[str, dict[str, Decimal]], order: tuple[str, ...]) -> tuple[Line, ...]:
        keys = [k for k in order if k in values]
        return tuple(Line(k, k, i, dict(values[k])) for i, k in enumerate(keys))

    income_lines = lines(income, c.INCOME_ITEMS)
    spending_lines = lines(spending, c.SPENDING_ITEMS)
    totals = {col: sum((spending[k][col] for k in c.SPENDING_CURRENT if col in spending.get(k, {})), Decimal(0))
              for col in columns}
    functions = _functions(rng, totals)
    economics = () if "economics" in missing else _economics(rng, base)

    vehicles = rng.choice((0, 0, 1, 2, 3, 5))
    controlled_values = {
        c.ABROAD: Decimal("0.00"),
        c.CAR_PURCHASE: Decimal("0.00") if rng.random() < 0.9 or not vehicles else _cents(rng, 150_000, 250_000),
        c.CAR_RUNNING: vehicles * _cents(rng, 8_000, 20_000),
        c.RECEPTION: Decimal("0.00") if rng.random() < 0.3 else _cents(rng, 2_000, 40_000),
        c.MEETING: _cents(rng, 0, 30_000),
        c.TRAINING: _cents(rng, 0, 50_000),
    }
    controlled = []
    for i, (item, final) in enumerate(controlled_values.items()):
        values = {"final": final, "prior_final": _scale(rng, final, 0.7, 1.2)}
        if final or complete:
            values["budget"] = _scale(rng, final, 1.0, 1.25)
        controlled.append(Line(item, c.display_name(item), i, values))
    quantities: dict[str, dict[str, int]] = {}
    if "quantities" not in missing:
        reception = controlled_values[c.RECEPTION]
        batches = int(reception / 1500) + (1 if reception else 0)
        quantities = {
            "出国团组数": {"final": 0, "prior_final": 0}, "出国人次": {"final": 0, "prior_final": 0},
            "公务用车购置数": {"final": 1 if controlled_values[c.CAR_PURCHASE] else 0},
            "公务用车保有量": {"final": vehicles, "prior_final": vehicles},
            "接待批次": {"final": batches}, "接待人次": {"final": batches * rng.randint(3, 8)},
        }
    balance_lines = []
    opening, closing = income[c.OPENING_BALANCE]["final"], spending[c.CLOSING_BALANCE]["final"]
    fiscal_open, fiscal_close = _scale(rng, opening, 0.4, 1.0), _scale(rng, closing, 0.4, 1.0)
    for i, (item, o, cl) in enumerate((("财政拨款结转结余", fiscal_open, fiscal_close),
                                       ("非财政拨款结转结余", opening - fiscal_open, closing - fiscal_close))):
        balance_lines.append(Line(item, item, i, {"opening": o, "closing": cl, "prior_closing": o}))
    assets: tuple[Line, ...] = ()
    if "assets" not in missing:
        cash = closing + _cents(rng, 10_000, 200_000)
        fixed = _scale(rng, own, 0.2, 0.8)
        assets = tuple(Line(item, item, i, {"prior_year_end": _scale(rng, v, 0.85, 1.1), "year_end": v})
                       for i, (item, v) in enumerate((("货币资金", cash), ("固定资产", fixed),
                                                      ("负债总额", _scale(rng, cash, 0.05, 0.3)))))
    people: dict[str, int | Decimal] = {"authorized_posts": staff + rng.randint(0, 10), "staff_year_end": staff,
                                        "retirees": rng.randint(0, staff // 2), "vehicles": vehicles,
                                        "office_area_m2": Decimal(staff * rng.randint(8, 20))}
    if "staff_average" not in missing:
        people["staff_average"] = max(1, staff - rng.randint(0, 3))
    if kind == "事业单位":
        people["retiree_expense"] = _scale(rng, base["人员经费"], 0.0, 0.1)
    text = {}
    if "text" not in missing:
        text = {"主要职能": f"{name}主要负责本领域的公共服务和日常管理工作。",
                "机构情况": f"{name}内设{rng.randint(2, 8)}个科室。"}
    data = UnitData(
        unit=Unit(name=name, year=year, kind=kind, code=code, parent=parent),
        people=people, settings=Settings(),
        income=income_lines, spending=spending_lines, functions=functions, economics=economics,
        controlled=tuple(controlled), quantities=quantities, balances=tuple(balance_lines), assets=assets,
        text=text,
    )
    return _with_reasons(rng, data)


def _functions(rng: random.Random, totals: dict[str, Decimal]) -> tuple[Line, ...]:
    """类/款/项 lines (parents given and equal to their children) adding up to ``totals``."""
    classes = rng.sample(sorted(FUNCTION_TREE), rng.randint(2, 4))
    leaves = []
    for code in classes:
        kuans = FUNCTION_TREE[code][1]
        for kuan in rng.sample(sorted(kuans), rng.randint(1, len(kuans))):
            items = kuans[kuan][1]
            leaves += rng.sample(sorted(items), rng.randint(1, len(items)))
    leaves.sort()
    leaf_values: dict[str, dict[str, Decimal]] = {leaf: {} for leaf in leaves}
    for column, amount in totals.items():
        for leaf, part in zip(leaves, split(rng, amount, len(leaves)), strict=True):
            leaf_values[leaf][column] = part
    out: dict[str, dict[str, Decimal]] = {}
    for leaf, values in leaf_values.items():
        for code in (leaf[:3], leaf[:5], leaf):
            row = out.setdefault(code, {})
            for column, v in values.items():
                row[column] = row.get(column, Decimal(0)) + v
    return tuple(Line(code, _function_name(code), i, out[code]) for i, code in enumerate(sorted(out)))


def _function_name(code: str) -> str:
    name, kuans = FUNCTION_TREE[code[:3]]
    if len(code) == 3:
        return name
    kuan_name, items = kuans[code[:5]]
    return kuan_name if len(code) == 5 else items[code]


def _economics(rng: random.Random, base: dict[str, Decimal]) -> tuple[Line, ...]:
    personnel = split(rng, base["人员经费"], 4)
    goods = split(rng, base["公用经费"] + base["项目支出"], 3)
    values = dict(zip(("30101", "30102", "30108", "30302"), personnel, strict=True))
    values.update(zip(("30201", "30211", "30216"), goods, strict=True))
    rows: dict[str, Decimal] = {}
    for code, v in values.items():
        rows[code] = v
        rows[code[:3]] = rows.get(code[:3], Decimal(0)) + v
    return tuple(Line(code, ECONOMIC_TREE[code[:3]][0] if len(code) == 3 else ECONOMIC_TREE[code[:3]][1][code], i,
                      {"final": rows[code]}) for i, code in enumerate(sorted(rows)))


def _with_reasons(rng: random.Random, data: UnitData) -> UnitData:
    """Reasons for most of the variances the checks ask about (as a diligent accountant writes)."""
    from ..report import analyze

    reasons: dict[str, dict[str, str]] = {}
    for f in analyze(data).findings:
        if f.code == "W-REASON-MISSING" and rng.random() < 0.8:
            _, comparison, key = f.path  # ("reasons", comparison, line key)
            if not isinstance(comparison, str) or not isinstance(key, str):
                raise TypeError(f"W-REASON-MISSING names no comparison and line: {f.path}")
            reasons.setdefault(comparison, {})[key] = rng.choice(REASONS[comparison])
    return replace(data, reasons=reasons)


def break_unit(data: UnitData, how: str) -> UnitData:
    """``data`` broken in one known way that the checks report as 错误."""
    if how == "unbalanced":  # 公用经费 决算 typed 1,000.00 too high
        spending = tuple(replace(x, values={**x.values, "final": x.values["final"] + 1000})
                         if x.key == c.PUBLIC else x for x in data.spending)
        return replace(data, spending=spending)
    if how == "parent-sum":  # a 款 that no longer equals its 项
        kuan = next(x for x in data.functions if len(x.key) == 5)
        functions = tuple(replace(x, values={**x.values, "final": x.values["final"] + Decimal("500.00")})
                          if x is kuan else x for x in data.functions)
        return replace(data, functions=functions)
    raise ValueError(how)


def department(seed: int, units: int, *, name: str = "某某县教育局", broken: int = 0, year: int = 2023,
               complete: bool = False) -> list[Generated]:
    """A 部门: its 本级 (first) and ``units - 1`` 所属单位 that name it as 上级, with internal
    transfers booked on both sides; the last ``broken`` units are broken (kinds in turn)."""
    rng = random.Random(seed)
    columns = ("prior_budget", "budget", "final", "prior_final")
    top_code = f"{rng.randint(100, 999)}001"
    children: list[UnitData] = []
    for i in range(1, units):
        child_seed = rng.randrange(2**31)
        crng = random.Random(child_seed)
        grant = {col: _cents(crng, 50_000, 900_000) for col in columns} if crng.random() < 0.6 else None
        remit = {col: _cents(crng, 10_000, 200_000) for col in columns} if crng.random() < 0.3 else None
        children.append(unit(child_seed, name=f"{name}所属{rng.choice(DEPARTMENT_WORDS)}{i:04d}",
                             code=f"{top_code[:3]}{i + 1:03d}", parent=top_code, year=year,
                             columns=columns, grant_in=grant, remit_out=remit, complete=complete))

    def total(item: str, table: str) -> dict[str, Decimal] | None:
        sums: dict[str, Decimal] = {}
        for child in children:
            for line in getattr(child, table):
                if line.key == item:
                    for col, v in line.values.items():
                        sums[col] = sums.get(col, Decimal(0)) + v
        return sums or None

    top = unit(rng.randrange(2**31), name=f"{name}（本级）", code=top_code, year=year, kind="行政单位",
               columns=columns, grant_out=total(GRANT_IN, "income"), remit_in=total(REMIT_OUT, "spending"),
               complete=complete)
    out = []
    for i, data in enumerate([top, *children]):
        how = BROKEN_KINDS[(units - 1 - i) % len(BROKEN_KINDS)] if i >= units - broken else None
        out.append(make(f"unit{i:04d}", data, how))
    return out


def make(stem: str, data: UnitData, how: str | None = None) -> Generated:
    """The file text of ``data`` (broken as ``how`` says)."""
    from ..sources.datafile import dumps

    if how == "unreadable":
        return Generated(stem, None, dumps(data)[:200] + "\n[[income\nitem = 断行\n", how)
    if how == "not-a-number":  # 人员经费 typed as “12万”
        text = dumps(data)
        head, _, tail = text.partition('item = "人员经费"\n')
        first, _, rest = tail.partition("\n")
        key = first.split("=")[0].strip()
        return Generated(stem, data, f'{head}item = "人员经费"\n{key} = "12万"\n{rest}', how)
    if how is not None:
        data = break_unit(data, how)
    return Generated(stem, data, dumps(data), how)


def write(folder: str | Path, units: list[Generated]) -> list[Path]:
    """Write every unit as ``folder/stem.toml``; the paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for g in units:
        path = folder / f"{g.stem}.toml"
        path.write_text(g.text, encoding="utf-8")
        paths.append(path)
    return paths
