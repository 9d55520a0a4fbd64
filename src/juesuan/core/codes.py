"""The registry of finding codes: every code the tool can report, its level and what it means.

The README's table of codes is generated from this registry (``markdown_table``) and a test
keeps the two equal, so no code goes undocumented.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import Level


@dataclass(frozen=True)
class Code:
    code: str
    level: Level
    meaning: str  # one line, Chinese, for the README and the 审核结果 legend


_E, _W, _I = Level.ERROR, Level.WARNING, Level.INFO

_TABLE: tuple[tuple[str, Level, str], ...] = (
    # reading the data file / workbook
    ("E-SCHEMA", _E, "数据文件版本不对或缺少 `schema = 1`"),
    ("E-UNKNOWN-KEY", _E, "无法识别的键（给出最接近的正确名称）"),
    ("E-UNKNOWN-ITEM", _E, "无法识别的项目名称（给出最接近的正确名称）"),
    ("E-ITEM-MISSING", _E, "一行缺少项目名称"),
    ("E-NAME-MISSING", _E, "科目缺少名称"),
    ("E-DUPLICATE", _E, "同一项目或科目填了两行"),
    ("E-CODE", _E, "科目编码无效（应为 3/5/7 位数字）"),
    ("E-NOT-NUMBER", _E, "金额或人数不是数字"),
    ("E-DECIMALS", _E, "金额超过两位小数"),
    ("E-NEGATIVE", _E, "金额或人数为负数"),
    ("E-NOT-INTEGER", _E, "人数、车辆数等不是整数"),
    ("E-TOO-LARGE", _E, "数值超出合理范围（多为单位填错）"),
    ("E-NOT-TEXT", _E, "应为文字的位置填了别的内容"),
    ("E-NOT-TABLE", _E, "数据文件中某一节的格式不对"),
    ("E-SETTING", _E, "设置项（金额单位、重要性标准）无法识别"),
    ("E-UNIT-MISSING", _E, "缺少单位信息"),
    ("E-UNIT-NAME", _E, "缺少单位名称"),
    ("E-UNIT-YEAR", _E, "缺少或无法识别决算年度"),
    ("E-UNIT-KIND", _E, "单位类型无法识别"),
    ("E-UNIT-EDITION", _E, "报告版本暂不支持"),
    ("E-SHEET-MISSING", _E, "工作簿缺少输入表（被删除或改名）"),
    # checks of the figures
    ("E-BALANCE", _E, "收入总计 ≠ 支出总计（各预算/决算列分别核对）"),
    ("E-BALANCE-SPLIT", _E, "结转结余分资金来源的合计与年初/年末结转和结余不等"),
    ("E-PARENT-SUM", _E, "上级科目 ≠ 下级合计"),
    ("E-FUNCTION-TOTAL", _E, "功能分类合计 ≠ 本年支出合计"),
    ("E-FISCAL-PART", _E, "其中财政拨款大于该行合计"),
    ("E-INTERNAL", _E, "某项审核程序内部出错：该项未完成，其余照常；请把日志发给技术支持"),
    ("W-REASON-MISSING", _W, "差异超过重要性标准（`threshold_pct`/`threshold_amount`）但没有原因说明"),
    ("W-REASON-ORPHAN", _W, "原因说明找不到对应项目（说明保留，不写入报告）"),
    ("W-PROJECT-ZERO", _W, "项目支出有预算、决算为 0"),
    ("W-CASH-UP-NO-BALANCE", _W, "货币资金明显增加而年末结转结余为 0"),
    ("W-CAR-NO-VEHICLE", _W, "公务用车运行维护费有支出而保有量为 0"),
    ("W-RECEPTION-NO-BATCH", _W, "公务接待费有支出而接待批次或人次为 0"),
    ("W-ABROAD-NO-GROUP", _W, "因公出国（境）费有支出而团组数为 0"),
    ("W-OPENING-MISMATCH", _W, "年初结转结余 ≠ 上年年末"),
    ("I-KIND-MISSING", _I, "未填单位类型，财务分析指标两类都列出"),
    ("I-STAFF-AVERAGE-MISSING", _I, "未填年平均在职人数，不计算人均"),
    ("I-COLUMN-INCOMPLETE", _I, "某列有行未填，该列合计及相关对比不计算"),
    ("I-NO-PRIOR", _I, "功能分类未填上年决算，不作上下年对比"),
    ("I-NO-ASSETS", _I, "未填资产负债，该节写为“无”"),
    ("I-QUANTITY-MISSING", _I, "有支出但未填实物量，不作实物量分析"),
)

CODES: dict[str, Code] = {code: Code(code, level, meaning) for code, level, meaning in _TABLE}


def markdown_table() -> str:
    """The README's table of codes, in registry order."""
    rows = ["| 代码 | 级别 | 含义 |", "|---|---|---|"]
    rows += [f"| `{x.code}` | {x.level.value} | {x.meaning} |" for x in CODES.values()]
    return "\n".join(rows)
