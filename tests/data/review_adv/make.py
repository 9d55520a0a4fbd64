"""Writes the stand-in 2024 部门决算 of the imaginary 上海市临江区 and 上海市东滩区 (``<id>.toml``: the
nine tables cell by cell, in the tests/data/published/*.expected.toml layout, and the document's paragraphs) from
the figures below. The tables are computed from the figures (so they agree with one another); the 情况说明 is written
per unit, in that unit's own words; then each unit's ``ERRORS`` are put in (each replacement must hit
exactly one place). What the errors are, and their correct values, is in ``<id>.expected.toml``.

Run: ``python tests/data/review_adv/make.py`` (rewrites every ``<id>.toml``).
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CENT = Decimal("0.01")
YEAR = 2024

NAMES = {  # 功能分类 2024 (类 / 款 / 项)
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "204": "公共安全支出",
    "20405": "法院",
    "2040501": "行政运行",
    "2040502": "一般行政管理事务",
    "2040504": "案件审判执行",
    "2040599": "其他法院支出",
    "205": "教育支出",
    "20501": "教育管理事务",
    "2050101": "行政运行",
    "2050199": "其他教育管理事务支出",
    "20502": "普通教育",
    "2050201": "学前教育",
    "2050202": "小学教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "20599": "其他教育支出",
    "2059999": "其他教育支出",
    "207": "文化旅游体育与传媒支出",
    "20701": "文化和旅游",
    "2070104": "图书馆",
    "2070108": "文化活动",
    "2070109": "群众文化",
    "2070199": "其他文化和旅游支出",
    "208": "社会保障和就业支出",
    "20802": "民政管理事务",
    "2080201": "行政运行",
    "2080208": "基层政权建设和社区治理",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20810": "社会福利",
    "2081002": "老年福利",
    "2081004": "殡葬",
    "210": "卫生健康支出",
    "21004": "公共卫生",
    "2100401": "疾病预防控制机构",
    "2100409": "重大公共卫生服务",
    "2100410": "突发公共卫生事件应急处理",
    "2100499": "其他公共卫生支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "212": "城乡社区支出",
    "21201": "城乡社区管理事务",
    "2120101": "行政运行",
    "2120104": "城管执法",
    "2120199": "其他城乡社区管理事务支出",
    "21205": "城乡社区环境卫生",
    "2120501": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "2120803": "城市建设支出",
    "213": "农林水支出",
    "21302": "林业和草原",
    "2130204": "事业机构",
    "2130205": "森林资源培育",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金",
}
CLASSES = [
    "一般公共服务支出",
    "外交支出",
    "国防支出",
    "公共安全支出",
    "教育支出",
    "科学技术支出",
    "文化旅游体育与传媒支出",
    "社会保障和就业支出",
    "卫生健康支出",
    "节能环保支出",
    "城乡社区支出",
    "农林水支出",
    "交通运输支出",
    "资源勘探工业信息等支出",
    "商业服务业等支出",
    "金融支出",
    "援助其他地区支出",
    "自然资源海洋气象等支出",
    "住房保障支出",
    "粮油物资储备支出",
    "国有资本经营预算支出",
    "灾害防治及应急管理支出",
    "其他支出",
    "抗疫特别国债安排的支出",
]
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else ("十" + CN[n - 11] if n < 20 else "二十" + (CN[n - 21] if n > 20 else ""))


PERSONNEL = [
    ("301", "工资福利支出"),
    ("30101", "基本工资"),
    ("30102", "津贴补贴"),
    ("30103", "奖金"),
    ("30106", "伙食补助费"),
    ("30107", "绩效工资"),
    ("30108", "机关事业单位基本养老保险缴费"),
    ("30109", "职业年金缴费"),
    ("30110", "职工基本医疗保险缴费"),
    ("30111", "公务员医疗补助缴费"),
    ("30112", "其他社会保障缴费"),
    ("30113", "住房公积金"),
    ("30114", "医疗费"),
    ("30199", "其他工资福利支出"),
    ("303", "对个人和家庭的补助"),
    ("30301", "离休费"),
    ("30302", "退休费"),
    ("30303", "退职（役）费"),
    ("30304", "抚恤金"),
    ("30305", "生活补助"),
    ("30306", "救济费"),
    ("30307", "医疗费补助"),
    ("30308", "助学金"),
    ("30309", "奖励金"),
    ("30310", "个人农业生产补贴"),
    ("30311", "代缴社会保险费"),
    ("30399", "其他对个人和家庭的补助"),
]
PUBLIC = [
    ("302", "商品和服务支出"),
    ("30201", "办公费"),
    ("30202", "印刷费"),
    ("30203", "咨询费"),
    ("30204", "手续费"),
    ("30205", "水费"),
    ("30206", "电费"),
    ("30207", "邮电费"),
    ("30208", "取暖费"),
    ("30209", "物业管理费"),
    ("30211", "差旅费"),
    ("30212", "因公出国（境）费用"),
    ("30213", "维修（护）费"),
    ("30214", "租赁费"),
    ("30215", "会议费"),
    ("30216", "培训费"),
    ("30217", "公务接待费"),
    ("30218", "专用材料费"),
    ("30224", "被装购置费"),
    ("30225", "专用燃料费"),
    ("30226", "劳务费"),
    ("30227", "委托业务费"),
    ("30228", "工会经费"),
    ("30229", "福利费"),
    ("30231", "公务用车运行维护费"),
    ("30239", "其他交通费用"),
    ("30240", "税金及附加费用"),
    ("30299", "其他商品和服务支出"),
    ("310", "资本性支出"),
    ("31001", "房屋建筑物购建"),
    ("31002", "办公设备购置"),
    ("31003", "专用设备购置"),
    ("31007", "信息网络及软件购置更新"),
    ("31013", "公务用车购置"),
    ("31019", "其他交通工具购置"),
    ("31021", "文物和陈列品购置"),
    ("31022", "无形资产购置"),
    ("31099", "其他资本性支出"),
]


def d(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT)


def pct(a: Decimal, b: Decimal) -> str:
    return str((a / b * 100).quantize(CENT, ROUND_HALF_UP)) + "%"


def cell(x: Decimal) -> str:
    return f"{x:,.2f}"


INCOME_KEYS = ("sj", "sy", "jy", "fs", "qt")  # 公开02's columns after 财政拨款收入, as item keys


class Unit:
    """One unit's figures and the tables computed from them."""

    def __init__(self, raw: dict):
        self.raw = raw
        self.id, self.name = raw["id"], raw["name"]
        # items: code -> dict(fb fin basic, fp fin project, budget, sy 事业收入, qt 其他收入, ob, op other-money spending,  # noqa: E501
        # fund 'gf' for 政府性基金; c0, c1 a 政府性基金 line's 年初/年末结转和结余: its 收入 = 支出 + c1 - c0;
        # optional, zero unless given: sj 上级补助收入, jy 经营收入, fs 附属单位上缴收入, oj 经营支出)
        self.items = {c: {k: d(v) if k != "fund" else v for k, v in it.items()} for c, it in raw["items"].items()}
        for it in self.items.values():
            for k in ("fb", "fp", "sy", "qt", "ob", "op", "c0", "c1", "sj", "jy", "fs", "oj"):
                it.setdefault(k, Decimal("0.00"))
            it.setdefault("fund", "gp")
        self.carry0, self.carry1 = d(raw.get("carry0", 0)), d(raw.get("carry1", 0))
        assert self.income() + self.carry0 == self.spend() + self.carry1, self.id

    # --- sums ------------------------------------------------------------------------------------------
    def codes(self, fund: str | None = None) -> list[str]:
        return [c for c, it in self.items.items() if fund is None or it["fund"] == fund]

    def s(self, key: str, prefix: str = "", fund: str | None = None) -> Decimal:
        out = Decimal("0.00")
        for c in self.codes(fund):
            if c.startswith(prefix):
                it = self.items[c]
                out += sum((it[k] for k in key.split("+")), Decimal("0.00"))
        return out

    def fin(self, prefix: str = "", fund: str | None = None) -> Decimal:
        return self.s("fb+fp", prefix, fund)

    def fin_in(self, prefix: str = "", fund: str | None = None) -> Decimal:
        """财政拨款收入 (what was spent, plus what was carried to next year, less what came from last year)."""
        return self.s("fb+fp+c1", prefix, fund) - self.s("c0", prefix, fund)

    def income(self, prefix: str = "") -> Decimal:
        return self.s("fb+fp+sj+sy+jy+fs+qt+c1", prefix) - self.s("c0", prefix)

    def basic(self, prefix: str = "") -> Decimal:
        return self.s("fb+ob", prefix)

    def project(self, prefix: str = "") -> Decimal:
        return self.s("fp+op", prefix)

    def spend(self, prefix: str = "") -> Decimal:  # 本年支出合计: 基本 + 项目 + 经营支出
        return self.basic(prefix) + self.project(prefix) + self.s("oj", prefix)

    def total(self) -> Decimal:  # 收入支出总计
        return self.income() + self.carry0

    def heads(self, fund: str | None = None) -> list[str]:
        """类, 款, 项 codes in table order."""
        out: list[str] = []
        for c in sorted(self.codes(fund)):
            for p in (c[:3], c[:5], c):
                if p not in out:
                    out.append(p)
        return out

    # --- the tables ------------------------------------------------------------------------------------
    def tables(self) -> dict:
        z = Decimal("0.00")
        gp, gf = self.fin(fund="gp"), self.fin(fund="gf")
        gp_in, gf_in = self.fin_in(fund="gp"), self.fin_in(fund="gf")
        fc0, fc1 = self.s("c0"), self.s("c1")
        sy, qt = self.s("sy"), self.s("qt")
        sj, jy, fs = self.s("sj"), self.s("jy"), self.s("fs")
        by_class = {NAMES[c]: self.spend(c) for c in {c[:3] for c in self.items}}
        left = [
            ("一、一般公共预算财政拨款收入", gp_in),
            ("二、政府性基金预算财政拨款收入", gf_in),
            ("三、国有资本经营预算财政拨款收入", z),
            ("四、上级补助收入", sj),
            ("五、事业收入", sy),
            ("六、经营收入", jy),
            ("七、附属单位上缴收入", fs),
            ("八、其他收入", qt),
        ]
        t1 = []
        for k, name in enumerate(CLASSES):
            lab, val = left[k] if k < len(left) else ("", None)
            t1.append([lab, "" if val is None else cell(val), f"{cn(k + 1)}、{name}", cell(by_class.get(name, z))])
        t1 += [
            ["本年收入合计", cell(self.income()), "本年支出合计", cell(self.spend())],
            ["使用非财政拨款结余", "0.00", "结余分配", "0.00"],
            ["年初结转和结余", cell(self.carry0), "年末结转和结余", cell(self.carry1)],
            ["总计", cell(self.total()), "总计", cell(self.spend() + self.carry1)],
        ]
        t2 = [["", "合计", *map(cell, (self.income(), self.fin_in(), sj, sy, jy, fs, qt))]]
        t2 += [
            [h, NAMES[h], *map(cell, (self.income(h), self.fin_in(h), *(self.s(k, h) for k in INCOME_KEYS)))]
            for h in self.heads()
        ]
        t3 = [["", "合计", *map(cell, (self.spend(), self.basic(), self.project(), z, self.s("oj"), z))]]
        t3 += [
            [h, NAMES[h], *map(cell, (self.spend(h), self.basic(h), self.project(h), z, self.s("oj", h), z))]
            for h in self.heads()
        ]
        fin_class = {NAMES[c]: (self.fin(c, "gp"), self.fin(c, "gf")) for c in {c[:3] for c in self.items}}
        t4 = []
        for k, name in enumerate(CLASSES):
            lab, val = left[k] if k < 3 else ("", None)
            a, b = fin_class.get(name, (z, z))
            t4.append(
                [lab, "" if val is None else cell(val), f"{cn(k + 1)}、{name}", cell(a + b), cell(a), cell(b), "0.00"]
            )
        t4 += [
            ["本年收入合计", cell(self.fin_in()), "本年支出合计", cell(self.fin()), cell(gp), cell(gf), "0.00"],
            ["年初财政拨款结转和结余", cell(fc0), "年末财政拨款结转和结余", cell(fc1), "0.00", cell(fc1), "0.00"],
            ["一、一般公共预算财政拨款", "0.00", "", "", "", "", ""],
            ["二、政府性基金预算财政拨款", cell(fc0), "", "", "", "", ""],
            ["三、国有资本经营预算财政拨款", "0.00", "", "", "", "", ""],
            ["总计", cell(self.fin_in() + fc0), "总计", cell(self.fin() + fc1), cell(gp), cell(gf + fc1), "0.00"],
        ]
        t5 = [
            [h, NAMES[h], *map(cell, (self.fin(h, "gp"), self.s("fb", h, "gp"), self.s("fp", h, "gp")))]
            for h in self.heads("gp")
        ]
        t5.append(["", "合计", cell(gp), cell(self.s("fb", fund="gp")), cell(self.s("fp", fund="gp"))])
        eco = {k: d(v) for k, v in self.raw["economic"].items() if v is not None}
        for k, v in self.raw["economic"].items():  # the one line left to make 人员 + 公用 equal the 基本支出
            if v is None:
                eco[k] = self.s("fb", fund="gp") - sum(eco.values(), z)
        pers = [(c, n, eco.get(c, z)) for c, n in PERSONNEL]
        pub = [(c, n, eco.get(c, z)) for c, n in PUBLIC]
        for rows in (pers, pub):
            for i, (c, n, _) in enumerate(rows):
                if len(c) == 3:
                    rows[i] = (c, n, sum((v for cc, _, v in rows if len(cc) == 5 and cc.startswith(c)), z))
        p_total = sum((v for c, _, v in pers if len(c) == 3), z)
        u_total = sum((v for c, _, v in pub if len(c) == 3), z)
        assert p_total + u_total == self.s("fb", fund="gp"), (self.id, p_total + u_total, self.s("fb", fund="gp"))
        t6 = []
        for k in range(max(len(pers), len(pub))):
            lc = [pers[k][0], pers[k][1], cell(pers[k][2])] if k < len(pers) else ["", "", ""]
            t6.append([*lc, pub[k][0], pub[k][1], cell(pub[k][2])])
        t6.append(["", "人员经费合计", cell(p_total), "", "公用经费合计", cell(u_total)])
        sg = self.raw["sangong"]  # (budget, actual) for 出国, 购置, 运行, 接待
        b = [d(x[0]) for x in sg.values()]
        a = [d(x[1]) for x in sg.values()]
        t7 = [
            [
                cell(sum(b, z)),
                cell(sum(a, z)),
                cell(b[0]),
                cell(a[0]),
                cell(b[1] + b[2]),
                cell(a[1] + a[2]),
                cell(b[1]),
                cell(a[1]),
                cell(b[2]),
                cell(a[2]),
                cell(b[3]),
                cell(a[3]),
            ]
        ]
        tables = {
            "公开01": {
                "title": "收入支出决算总表",
                "rows": t1,
                "notes": ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
            },
            "公开02": {"title": "收入决算表", "rows": t2, "notes": ["注：本表反映部门本年度取得的各项收入情况。"]},
            "公开03": {"title": "支出决算表", "rows": t3, "notes": ["注：本表反映部门本年度各项支出情况。"]},
            "公开04": {
                "title": "财政拨款收入支出决算总表",
                "rows": t4,
                "notes": ["注：本表反映部门本年度财政拨款总收支和结转结余情况。"],
            },
            "公开05": {
                "title": "一般公共预算财政拨款支出决算表",
                "rows": t5,
                "notes": ["注：本表反映部门本年度一般公共预算财政拨款支出情况。"],
            },
            "公开06": {
                "title": "一般公共预算财政拨款基本支出决算表",
                "rows": t6,
                "notes": ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"],
            },
            "公开07": {
                "title": "财政拨款“三公”经费支出决算表",
                "rows": t7,
                "notes": ["注：本表反映部门本年度“三公”经费支出预决算情况。"],
            },
        }
        for key, title, fund, word in (
            ("公开08", "政府性基金预算财政拨款收入支出决算表", "gf", "政府性基金"),
            ("公开09", "国有资本经营预算财政拨款收入支出决算表", "gk", "国有资本经营"),
        ):
            heads = self.heads(fund)
            note = [f"注：本表反映部门本年度{word}预算财政拨款收入支出及结转和结余情况。"]
            if heads:
                rows = [
                    [
                        "",
                        "合计",
                        cell(self.s("c0", fund=fund)),
                        cell(self.fin_in(fund=fund)),
                        cell(self.fin(fund=fund)),
                        cell(self.s("fb", fund=fund)),
                        cell(self.s("fp", fund=fund)),
                        cell(self.s("c1", fund=fund)),
                    ]
                ]
                rows += [
                    [
                        h,
                        NAMES[h],
                        cell(self.s("c0", h, fund)),
                        cell(self.fin_in(h, fund)),
                        cell(self.fin(h, fund)),
                        cell(self.s("fb", h, fund)),
                        cell(self.s("fp", h, fund)),
                        cell(self.s("c1", h, fund)),
                    ]
                    for h in heads
                ]
            else:
                rows = [["", "合计", "", "", "", "", "", ""]]
                note.append(f"说明：{self.name}本年度没有{word}预算财政拨款收入和支出，故本表无数据。")
            tables[key] = {"title": title, "rows": rows, "notes": note}
        self.eco = {c: v for c, _, v in pers + pub}
        self.p_total, self.u_total = p_total, u_total
        return tables


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write(
    unit: Unit,
    paragraphs: list[str],
    errors: list[tuple[str, str]],
    tables: dict,
    table_errors: list[tuple[str, str, int, str]],
) -> None:
    text = "\n".join(paragraphs)
    for old, new in errors:
        assert text.count(old) == 1, (unit.id, old, text.count(old))
        text = text.replace(old, new)
    for key, row, col, value in table_errors:
        hits = [r for r in tables[key]["rows"] if row in (r[0], r[1])]
        assert len(hits) == 1, (unit.id, key, row)
        hits[0][col] = value
    out = [
        f"# {unit.name} {YEAR}年度部门决算 — an invented stand-in document (tests/data/review_adv/make.py wrote it;",
        "# the errors put in are listed in the .expected.toml beside it). Tables cell by cell as printed (万元),",
        "# in the layout of tests/data/published/*.expected.toml; paragraphs one a line, in document order.",
        f"id = {toml_str(unit.id)}",
        f"unit = {toml_str(unit.name)}",
        f"year = {YEAR}",
        f"paragraphs = '''\n{text}\n'''",
        "",
    ]
    for key, t in tables.items():
        out.append(f'[tables."{key}"]')
        out.append(f"title = {toml_str(t['title'])}")
        out.append("rows = [")
        out += ["  [" + ", ".join(toml_str(c) for c in r) + "]," for r in t["rows"]]
        out.append("]")
        out.append("notes = [" + ", ".join(toml_str(n) for n in t["notes"]) + "]")
        out.append("")
    (HERE / f"{unit.id}.toml").write_text("\n".join(out), encoding="utf-8")


def main() -> None:
    sys.path[:0] = [str(HERE)]
    import units

    for mod in units.ALL:
        unit = getattr(mod, "Unit", Unit)(mod.FIGURES)  # a unit module may lay its tables out its own way
        tables = unit.tables()
        write(unit, mod.text(unit), mod.ERRORS, tables, getattr(mod, "TABLE_ERRORS", []))
        print("wrote", unit.id)


if __name__ == "__main__":
    main()
