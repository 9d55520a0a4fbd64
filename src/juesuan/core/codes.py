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
    lower: tuple[Level, ...] = ()  # levels below ``level`` at which cases the meaning names are reported

    @property
    def levels(self) -> tuple[Level, ...]:
        """Every level a finding of this code may have: the registered one and the lower cases'."""
        return (self.level, *self.lower)


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
    ("E-CODE-MISSING", _E, "科目缺少编码（只填名称的行须是本表下级科目的上级科目，并用其官方名称）"),
    ("E-NOT-NUMBER", _E, "金额或人数不是数字"),
    ("E-DECIMALS", _E, "金额超过两位小数"),
    ("E-NEGATIVE", _E, "金额或人数为负数"),
    ("E-NOT-INTEGER", _E, "人数、车辆数等不是整数"),
    ("E-TOO-LARGE", _E, "数值超出合理范围（多为单位填错）"),
    ("E-TOO-PRECISE", _E, "金额超过 15 位有效数字（Excel 存不下）"),
    ("E-TEXT-TOO-LONG", _E, "文字超过 32,767 个字符（Excel 单元格上限，不读入、不截断）"),
    ("E-NAME-TOO-LONG", _E, "名称超过 200 个字符"),
    ("E-ROW-LABEL", _E, "固定标签的行被删除、插入或移动（该行不读入）"),
    ("E-OUTSIDE-BLOCK", _E, "输入区域最后一行之下还填了内容（未读入）"),
    ("E-TOO-MANY-LINES", _E, "行数超过工作簿输入表的容量（`build` 拒绝生成）"),
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
    ("E-PARENT-SUM", _E, "填了金额的上级科目 ≠ 下级合计（只填编码和名称的上级科目由下级汇总）"),
    ("E-FUNCTION-TOTAL", _E, "功能分类合计 ≠ 本年支出合计"),
    ("E-FISCAL-PART", _E, "其中财政拨款大于该行合计"),
    ("E-INTERNAL", _E, "某项审核程序内部出错：该项未完成，其余照常；请把日志发给技术支持"),
    ("W-REASON-MISSING", _W, "差异超过重要性标准（`threshold_pct`/`threshold_amount`）但没有原因说明"),
    ("W-REASON-ORPHAN", _W, "原因说明找不到对应项目，或名称对应多个科目（说明保留，不写入报告）"),
    ("W-REASON-UNUSED", _W,
     "原因说明对应的项目在该对比中不分析或缺少所需金额，决算公开情况说明也不用它（说明保留，不写入报告）"),
    ("W-PROJECT-ZERO", _W, "项目支出有预算、决算为 0"),
    ("W-CASH-UP-NO-BALANCE", _W, "货币资金明显增加而年末结转结余为 0"),
    ("W-CAR-NO-VEHICLE", _W, "公务用车运行维护费有支出而保有量为 0"),
    ("W-RECEPTION-NO-BATCH", _W, "公务接待费有支出而接待批次或人次为 0"),
    ("W-ABROAD-NO-GROUP", _W, "因公出国（境）费有支出而团组数为 0"),
    ("W-OPENING-MISMATCH", _W, "年初结转结余 ≠ 上年年末"),
    ("W-INTERNAL-MISMATCH", _W, "部门汇总：上下级内部往来两方金额不一致"),
    ("W-UNIT-EXCLUDED", _W, "部门汇总：单位有错误，未纳入汇总"),
    ("W-SEQUENCE", _W, "部门决算单位构成的序号有空号、重号或次序颠倒（决算公开按行序编号）"),
    ("W-OUTSIDE-BLOCK", _W, "输入表上输入区域以外的单元格有内容（未读入；自己的备注可忽略）"),
    ("I-KIND-MISSING", _I, "未填单位类型，财务分析指标两类都列出"),
    ("I-STAFF-AVERAGE-MISSING", _I, "未填年平均在职人数，不计算人均"),
    ("I-INDICATOR-INPUT", _I, "财务分析指标因缺少单位信息（如离退休人员支出、年末在职人数）未计算：指出应填的键"),
    ("I-COLUMN-INCOMPLETE", _I, "某列有行未填，该列合计及相关对比不计算"),
    ("I-FISCAL-SPENDING", _I,
     "有非财政拨款收入而支出表“其中财政拨款”两列未填：报告不分析财政拨款支出的构成（指出单元格）"),
    ("I-BLANK-AS-ZERO", _I, "某列已填而某行留空：按 0 计算（官方决算表对 0 留空），有其他金额的行指出留空的格子；"
                            "整列留空为未填报"),
    ("I-ROUNDING", _I, "按万元填列的数字：上级科目与下级之和相差在 0.01 万元以内，属四舍五入"),
    ("I-NO-PRIOR", _I, "功能分类未填上年决算，不作上下年对比"),
    ("I-NO-ASSETS", _I, "未填资产负债，报告该处显示“【待填写】”"),
    ("I-NO-BALANCES", _I, "未填结转结余，报告该处显示“【待填写】”"),
    ("I-TEXT-MISSING", _I, "文字材料未填，报告该处显示“【待填写：…】”（留空不等于“无”）"),
    ("I-CONTROLLED-MISSING", _I, "会议费、培训费或“三公”经费未填本年决算（留空表示未填报，不是 0）；"
     "“三公”某项整行未填而其他项填了本年决算的，像官方表那样按 0（不涉及）处理，不提示"),
    ("I-ADJUSTED-MISSING", _I, "决算远超年初预算而未填调整预算"),
    ("I-REASON-TAUTOLOGY", _I, "原因说明只是复述变动本身（如“支出增加”）"),
    ("I-QUANTITY-MISSING", _I, "有支出但未填实物量，不作实物量分析"),
    ("I-ROUNDED", _I, "金额带有第 15 位有效数字之后的计算误差，已按显示的金额取到分"),
    # 部门汇总 (juesuan consolidate / batch --consolidate)
    ("E-DUPLICATE-UNIT", _E, "部门汇总：同一单位出现两次（两份文件），汇总数重复计算"),
    ("I-TABLE-OMITTED", _I, "部门汇总：部分单位未填某张表，汇总不列该表（缺少不等于 0）"),
    ("I-COLUMN-OMITTED", _I, "部门汇总：部分单位未填某列，汇总不列该列"),
    ("I-FIELD-OMITTED", _I, "部门汇总：部分单位未填实物量等，汇总不列"),
    ("I-DETAIL-OMITTED", _I, "部门汇总：部分单位科目未细化到下级，汇总只列合计"),
    ("I-PARENT-OUTSIDE", _I, "部门汇总：单位的上级不在本次汇总中，与上级的往来不抵销"),
    ("I-OFFSET-FUNCTIONS", _I, "部门汇总：内部往来抵销额按功能分类各项比例扣除"),
    # 决算公开 inputs ([disclosure] of the data file)
    ("E-NOT-BOOL", _E, "决算公开：应为 true 或 false 的项填了别的内容"),
    ("E-SCORE", _E, "决算公开：绩效评价分数不在 0 到 100 之间"),
    ("E-REGION", _E, "决算公开：地区（region）未收录公开模板（可不填，按全国科目表）"),
    ("E-LAYOUT", _E, "决算公开：表样式设置无法识别（公开07只可增加会议费、培训费列；zeros 只可为 blank、0.00、0）"),
    # 决算公开: the nine tables and the 情况说明 (locations such as 公开03.201.基本支出)
    ("D-T1-SUM", _E, "公开01：本年收入/支出合计 ≠ 各项之和"),
    ("D-T1-TOTAL", _E, "公开01：收入/支出总计 ≠ 本年合计＋结转结余"),
    ("D-T1-BALANCE", _E, "公开01：收入总计 ≠ 支出总计"),
    ("D-T1-T2", _E, "公开01 的各项收入 ≠ 公开02 合计行"),
    ("D-T1-T3", _E, "公开01 的各类支出 ≠ 公开03"),
    ("D-T2-ROW", _E, "公开02：一行的合计 ≠ 各列之和"),
    ("D-T3-ROW", _E, "公开03：一行的合计 ≠ 各列之和"),
    ("D-T4-ROW", _E, "公开04：一行的合计 ≠ 三项资金之和"),
    ("D-T4-SUM", _E, "公开04：合计 ≠ 各项之和"),
    ("D-T4-TOTAL", _E, "公开04：总计 ≠ 本年＋结转结余"),
    ("D-T4-BALANCE", _E, "公开04：收入总计 ≠ 支出总计"),
    ("D-T4-FUND", _E, "公开04：分资金的年初＋收入 ≠ 支出＋年末"),
    ("D-T4-T1", _E, "公开04 的财政拨款收入 ≠ 公开01"),
    ("D-T4-T5", _E, "公开05 ≠ 公开04 的一般公共预算列"),
    ("D-T4-T8", _E, "公开08/09 ≠ 公开04 的政府性基金/国有资本经营列"),
    ("D-T5-ROW", _E, "公开05：一行的合计 ≠ 基本支出＋项目支出"),
    ("D-T5-T6", _E, "公开05 基本支出 ≠ 公开06 人员经费＋公用经费"),
    ("D-T6-SUM", _E, "公开06：合计 ≠ 各科目之和"),
    ("D-T7-SUM", _E, "公开07：三公合计 ≠ 出国＋车小计＋接待，或小计 ≠ 购置＋运行"),
    ("D-T8-ROW", _E, "公开08/09：一行的合计 ≠ 基本支出＋项目支出"),
    ("D-T8-BALANCE", _E, "公开08/09：一行的年初＋收入 ≠ 支出＋年末"),
    ("D-PARENT", _E, "公开表：上级科目 ≠ 下级之和（每一列）"),
    ("D-LINE-NATURE", _E, "公开表：科目决算数 ≠ 按性质分列之和"),
    ("D-TEXT-FIGURE", _E, "情况说明中的数字 ≠ 表中数字"),
    ("D-SHARES", _E, "情况说明中同一整体的占比合计不是 100.00%（四舍五入范围内）"),
    ("D-RATE-ZERO", _E, "年初预算为 0 却写了完成率"),
    ("D-LINES-NEEDED", _E,
     "数据定不出按科目分列的数字：列出需在 [[disclosure.lines]]（工作簿：“公开科目”表）中填写的科目和键"),
    ("D-REASON-MISSING", _W,
     "情况说明：决算与年初预算或上年有差异但没有原因（指出“原因说明”表的对比和项目；数据文件另给 [reasons] 的键）"),
    ("D-TEXT-BLANK", _W,
     "情况说明写了“未填报…”：数据缺这部分内容（指出应填的键；工作簿：输入表和栏目，没有输入表的说明怎样填）"),
    ("D-PROCUREMENT", _W, "政府采购：中标金额大于预留预算、小微预留大于中小企业预留，或中小企业所得大于采购总额"),
    ("D-WAN-IN-YUAN", _W,
     "决算公开的元金额（机关运行经费、政府采购、绩效、上年数）不足0.1万元而单位本年支出逾百万元：似按万元填入了元单元格"),
    ("D-TEXT-INCOMPLETE", _I,
     "情况说明某段缺模板要求的部分内容（如上年数、车辆分类），按已填内容撰写（指出应填的键；工作簿：输入表和栏目）"),
    ("D-NAME-MISSING", _W, "款级科目缺名称"),
    ("D-ECONOMICS-MISSING", _W,
     "财政拨款基本支出不为 0 却没有经济分类科目（指出 [[disclosure.basic_economics]]；工作簿：“公开经济分类”表）"),
    ("D-ROUNDING", _I, "其他软件按万元填写的表，差 0.01 万元以内属四舍五入"),
    ("D-IMPORT-MISSING", _W, "导入公开表时缺某张表"),
    ("D-IMPORT-CELL", _E, "导入公开表时某单元格无法确定地读出金额（文字、无计算结果的公式、超出规模），未写入数据文件"),
    ("D-IMPORT-UNIT", _E, "导入公开表时表头的金额单位（单位：元/万元等）互相矛盾，未写入数据文件"),
    ("D-IMPORT-ROUNDING", _I, "导入公开表时某行或某栏与各项之和的差额在四舍五入范围内（尾数差异），按表中数字导入"),
    ("D-IMPORT-SUM", _E, "导入公开表时某行或某栏与各项之和不符且超出四舍五入（列、行错位或录错），未写入数据文件"),
    ("D-IMPORT-TWICE", _E, "导入公开表时同一张表出现在两个工作表中且内容不同，未写入数据文件"),
    ("D-IMPORT-UNIT-MIXED", _W, "导入公开表时某张表的金额单位与其他表不同，按该表表头读入，请核对"),
    ("D-IMPORT-UNIT-ASSUMED", _W, "导入公开表时表头没有写金额单位，按其他表的单位（都没写时按万元）读入"),
    ("D-IMPORT-BASIC", _W, "导入公开表时基本支出与人员经费＋公用经费不符（保留数据文件原数），"
                           "或数据文件没有人员经费、公用经费（九张表不含，说明在哪里填写）"),
    # 审阅 (juesuan review): a report someone else wrote; the level is the highest the code is
    # raised at — a case the meaning names at a lower level is registered in _LOWER, and no finding
    # has a level its code does not register (review/levels.py applies this registry last)
    ("R-SUM", _E, "总数与“其中：…”（公开文本的“主要用于以下方面：…”）所列各项之和，含带方向的增减额"
                  "（增加为正、减少为负）和括号内的细项；各项之和小于总数时为提示（可能另有未列项目），"
                  "说不清是总数还是某项有误时为警告；总数在另一部分由同一科目的同一数字或相加相符的另一组数字印证、"
                  "又无法判断哪一项有误时，写“总数或某项有误”，不给应为值；增减的原因所列各项同向增减额之和"
                  "大于总增减额时为提示；“分别为…，平均得分X分”的平均数与所列各值之和 ÷ 个数；“平均每辆（批次、人次）"
                  "X万元”与同句所写金额 ÷ 数量"),
    ("R-DIFF", _E, "“A，比B增加/减少C”：C 与 A − B"),
    ("R-PERCENT", _E, "“增长/下降D%”：D 与 C ÷ B（B 未写出时由 A 和 C 推出，或取前文所写的上年数、预算数）；"
                      "上年为 0 却写增长率（“增长100%”，应写上年无此项支出）为警告；D 正是 C ÷ A（按增减后的数算）"
                      "而上年数未写出时，同时说明另一种读法（A 是上年数误写作本年数），他处写明本年数时按他处所写判断"),
    ("R-RATE", _E, "“执行率 / 完成预算的X%”：X 与 决算 ÷ 预算"),
    ("R-PART", _E, "“其中”所列某项与总数不符，而总数由各项的占比、同句的完成率或增减率、另一处的同一数字印证，"
                   "或另一项核对（该项自身的核对、他处用该数算出的增减额/增减率）改正此项后也相符"
                   "（其余各项与总数相符，此项应为总数减其余各项；由此数而起的其他核对并入此条）"),
    ("R-SHARE", _E, "“占X%”与部分 ÷ 整体（整体按名称或括号内数字找到）；正文所说的另一个总数（如含年初结转和结余的"
                    "收入总计）恰好算得此占比时，指明是按哪个数算的；各项占比合计恰为100.00%、"
                    "某项只差0.01个百分点时为提示（可能是为凑足100%调整的尾差）"),
    ("R-SHARE-SUM", _E, "同一整体下的占比合计不是 100%"),
    ("R-SHARE-RANGE", _E, "占比超过 100%"),
    ("R-SHARE-BASE", _W, "支出项目的比重写成“占总收入”"),
    ("R-DIRECTION", _E, "方向词与符号不符（减少写成增加、相等却写增减，由 a% 上升至 b% 而 b < a）"),
    ("R-FLAT", _E, "“持平”而两数不等，或同一处既说增减（“减少为0.00万元”）又说“持平”"),
    ("R-REASON-DIRECTION", _E, "“X增加的主要原因是”与前文 X 的增减方向不符；说“持平”而原因说的是增减时为警告"),
    ("R-WORD-TONGBI", _W, "与预算比较却写“同比”（应写“完成预算的X%”）"),
    ("R-WORDING", _W, "“较上年X，下降R%”中 X 是增减额（与增减幅度相符）却缺“增加/减少”；"
                      "“与上年增加”之类没有金额的增减说法为提示"),
    ("R-SAME", _E, "同一数量（年度、预算/决算、项目或收入/支出总额；车辆数、编制、实有人数）前后写成两个数："
                   "多数一致时指出少数；两处各一时，其他数字（同句相加相符、同句增减额与增减率相符、公开表所列、"
                   "其中各类合计）支持的一处为准，"
                   "指出另一处，都不支持时为警告；财政拨款收入占收入100%时，财政拨款与本单位的同一决算数视为一数"),
    ("R-CHART", _E, "图表数据（万元）与正文金额不符"),
    ("R-TABLE-SUM", _E, "表格合计行、合计列（本年支出合计 = 基本支出 + 项目支出 …）与各项之和不符"),
    ("R-TABLE-PARENT", _E, "表格中上级科目（类 ⊇ 款 ⊇ 项）与下级之和不符（某一下级本身有误、改正后上级即相符时，"
                           "只报该下级，上级并入其说明；凡以另一条发现改正的数字代入即相符的核对，同样并入那一条）"),
    ("R-TABLE-DIFF", _E, "表格中的增减额列与两列之差不符"),
    ("R-TABLE-PERCENT", _E, "表格中的增减率列与增减额 ÷ 基数不符"),
    ("R-TABLE-RATE", _E, "表格中的执行率列与决算 ÷ 预算不符"),
    ("R-TABLE-SHARE", _E, "表格中的占比列与金额 ÷ 合计不符"),
    ("R-PER-HEAD-ZERO", _W, "有支出而“人均支出”为 0"),
    ("R-FORMAT-GROUP", _W, "千位分隔符错位（54,7,774.03）；同处同单位的金额四分之三以上用分隔符而少数缺失时，"
     "全文一条提示列出这些金额（已有错误/警告的数字除外）"),
    ("R-FORMAT-WIDTH", _W, "数字中混用全角字符（442，400.00）"),
    ("R-FORMAT-PERCENT", _W, "百分号重复（“%%”）"),
    ("R-FORMAT-DECIMALS", _W, "元金额超过两位小数"),
    ("R-TYPO-YEAR", _W, "“2021度”“2023以来”缺“年”字，“2022年度年”“年”字重复；"
                        "标题中的简写（“2024北京”）可能是有意的，为提示"),
    ("R-YEAR", _W, "与上年比较的一句写成了上一年（全文说明2016年，此句“2015年…同比下降”）；编制范围的一句沿用上年"
     "（“纳入2019年部门预算编报的单位”在2020年预算中）"),
    ("R-FORMULA-UNIT", _W, "人均指标公式乘以 100%"),
    ("R-VERIFY-PROJECT", _W, "项目支出有预算、决算为 0，却称项目绩效目标已 100% 完成"),
    ("R-TEXT-TABLE", _E, "情况说明中的金额与该节所说明的公开表不符（总计、本年收入合计、基本支出 …；含元与万元写混），"
     "或与旁边列有预算数、决算数的表格中同一项目的数不符（决算数、与预算相比的增减额、增减率、“无变化”）"),
    ("R-TABLES", _W, "部门决算公开缺少九张公开表中的某张，或顺序不对"),
    ("R-ECON-LIST", _W, "人员经费、公用经费“主要包括”所列科目与基本支出决算表不符"
                        "（列了为 0 或表中没有的，漏了有金额的）"),
    ("R-RATE-ZERO", _E, "预算为 0（公开07 印出，或由正文推出）却写“完成（年初）预算的X%”，含决算也为 0 时的"
                        "“完成预算的0%”：0 的完成率不存在，应为删去这几个字（删去“，完成年初预算的100.00%”），"
                        "或按句中的全年预算计算"),
    ("R-SUBSET", _E, "部分的金额大于它所属的整体（面向小微企业预留 > 面向中小企业预留；中小企业中标、成交或授予的"
                     "金额 > 政府采购金额）：应为最近的上限（预留项目中标的，为该预留项目预算），并说明各上限在哪一句，"
                     "句中占比能定出金额时按占比给出；预留给中小企业的项目预算大于政府采购金额时为警告"),
    ("R-CODE-NAME", _W, "科目名称与编码不符（功能分类类、款级，按 2019 年起的科目名称），"
                        "或正文的“X（类）”不是类级科目名称；同一编码在几张公开表中名称不一（编码与金额无误，名称宜统一）为提示"),
    ("R-TEMPLATE", _W, "模板备选词未删除（“增加（减少）”“大于（小于）”），而句中已填了数字；模板说明、占位符或占位文字"
     "（“××”“未填报”“【待填写】”“（略）”）留在已填写的正文中；数字空位未填（“完成年初预算的%”），句中有预算和决算时"
     "给出算得的值；总数空着而“其中”各项占比合计100%时给出各项之和；“增加或减少”只删去一个词（“比2022年或减少”）"),
    ("R-TABLE-ROW-MISSING", _I, "基本支出决算表按模板逐款列示，却缺少模板中的一行（未发生的款也应列出）"),
    ("R-TABLE-HEADER-CELL", _I, "合计行的金额栏写成了表头文字（“合计”“基本支出”“项目支出”），没有合计金额"),
    ("R-RUNNING-COST", _E, "机关运行经费大于公用经费（机关运行经费是基本支出中公用经费的一部分），"
                           "或正文说它即是公用经费而两者不等"),
    ("R-RUNNING-NONE", _W, "正文说无机关运行经费支出，而一般公共预算财政拨款支出决算表中“行政运行”有基本支出"
                           "（行政单位和参公单位的日常公用经费即机关运行经费）"),
    ("R-FUND-EMPTY", _E, "正文说没有政府性基金（国有资本经营）预算财政拨款收支，而该表或正文另一处有金额；或反之"),
    ("R-TABLE-CROSS", _E, "两张公开表中同一个合计不一致（公开01 本年收入合计与公开02 合计 …）；"
     "一个合计与另一表各项之和的差额在四舍五入以内时属尾数，不报"),
    ("R-COVER", _E, "标题（封面）的年度与正文说明的年度不一致"),
    ("R-BASIC-PROJECT", _W, "正文把项级科目说成基本支出（人员和公用支出），而支出决算表中该项只有项目支出"),
    ("R-PROJECT-BASIC", _W, "正文把项级科目说成项目支出（项目经费、专项资金），而支出决算表中该项只有基本支出"),
    ("R-CASH-BALANCE", _W, "货币资金比上年明显增加，而正文说年末结转和结余为“无”（请核实应付未付款项或结转结余漏报）"),
    ("R-PURPOSE", _W, "项级科目的用途说明写成另一科目的事项（住房公积金写成医疗保险、写成另一项级科目的名称，"
                      "事业单位医疗写成机关人员的）"),
    ("R-UNIT-MISSING", _E, "金额漏写或多写“万”（元与万元写混，金额差一万倍：同一金额别处的写法、"
     "同句总数与其余各项定出它的单位）；增减率、完成率、占比或增减额缺少单位（“增长13.95”）时为警告"),
    ("R-UNIT-NAME", _W, "单位名称前后写法不一（与标题中的名称只差一个字；标题中的名称少了末字，正文写全）"),
    ("R-REPEAT", _W, "字词重复（“的的”“万元万元”“单位单位”“主要原因是主要原因”）"),
    ("R-WORD-SLIP", _W, "漏字或串字：比较句缺“与”（“，2023年度相比，”）、两个收支词连着金额（“支出收入2002.80万元”）、"
                        "截断的词连着“其中”（“经费支其中”）、模板用词错一个字（“内室机构”“病编制”），"
                        "模板的标题错一个字（“部门概括”“名称解释”“只要职责有：”）"),
    ("R-UNREAD", _W, "审阅可能不完整：扫描页（没有文字）、猜测的文字编码、超过页数或段落上限而未读的部分"),
    ("R-INCOMPLETE", _W, "审阅可能不完整：许多含“万元”或“%”的句子没有读出数字（PDF 排版），这些句子未核对"),
    ("R-INTERNAL", _E, "某条审阅规则内部出错：该项未完成，其余照常；请把文件发给技术支持"),
)

# the lower levels of the cases a code's meaning names ("…时为提示")
_LOWER: dict[str, tuple[Level, ...]] = {
    "R-SUM": (_W, _I), "R-PERCENT": (_W,), "R-SHARE": (_I,), "R-REASON-DIRECTION": (_W,), "R-WORDING": (_I,),
    "R-SAME": (_W,), "R-FORMAT-GROUP": (_I,), "R-TYPO-YEAR": (_I,), "R-SUBSET": (_W,), "R-CODE-NAME": (_I,),
    "R-UNIT-MISSING": (_W,),
}

# each review check's short name, for the lists a reviewer reads (the .xlsx 「检查项」 column): what was checked
CHECK_NAMES: dict[str, str] = {
    "R-SUM": "合计与各项", "R-DIFF": "增减额", "R-PERCENT": "增减幅度", "R-RATE": "完成率（执行率）",
    "R-PART": "所列某项", "R-SHARE": "占比", "R-SHARE-SUM": "占比合计", "R-SHARE-RANGE": "占比超过100%",
    "R-SHARE-BASE": "占比的基数", "R-DIRECTION": "增减方向", "R-FLAT": "持平", "R-REASON-DIRECTION": "原因说明的方向",
    "R-WORD-TONGBI": "“同比”用词", "R-WORDING": "比较用语", "R-SAME": "同一数字前后一致", "R-CHART": "图表数据",
    "R-TABLE-SUM": "表格合计", "R-TABLE-PARENT": "表格上下级科目", "R-TABLE-DIFF": "表格增减额",
    "R-TABLE-PERCENT": "表格增减率", "R-TABLE-RATE": "表格执行率", "R-TABLE-SHARE": "表格占比",
    "R-PER-HEAD-ZERO": "人均支出", "R-FORMAT-GROUP": "千位分隔符", "R-FORMAT-WIDTH": "全角数字",
    "R-FORMAT-PERCENT": "百分号", "R-FORMAT-DECIMALS": "小数位数", "R-TYPO-YEAR": "漏写“年”字",
    "R-YEAR": "比较年份", "R-FORMULA-UNIT": "公式单位", "R-VERIFY-PROJECT": "有预算无决算的项目",
    "R-TEXT-TABLE": "正文与公开表", "R-TABLES": "公开表齐全", "R-ECON-LIST": "经济分类科目列举",
    "R-RATE-ZERO": "预算为0的完成率", "R-SUBSET": "部分大于整体", "R-CODE-NAME": "科目名称与编码",
    "R-TEMPLATE": "模板用语未删", "R-TABLE-ROW-MISSING": "表格缺行", "R-TABLE-HEADER-CELL": "表格合计行",
    "R-RUNNING-COST": "机关运行经费", "R-RUNNING-NONE": "无机关运行经费的说法", "R-FUND-EMPTY": "无政府性基金的说法",
    "R-TABLE-CROSS": "两表合计一致", "R-COVER": "标题与单位", "R-BASIC-PROJECT": "基本支出的说法",
    "R-PROJECT-BASIC": "项目支出的说法", "R-CASH-BALANCE": "货币资金", "R-PURPOSE": "科目用途",
    "R-UNIT-MISSING": "金额单位（万元/元）", "R-UNIT-NAME": "单位名称", "R-REPEAT": "字词重复",
    "R-WORD-SLIP": "漏字串字",
    "R-UNREAD": "审阅完整性", "R-INCOMPLETE": "审阅完整性", "R-INTERNAL": "规则内部错误",
}


def check_name(code: str) -> str:
    """A check as a reviewer reads it: its short Chinese name with the code after it (「占比（R-SHARE）」), for whoever
    maintains the rules; the code alone where it has no name."""
    return f"{CHECK_NAMES[code]}（{code}）" if code in CHECK_NAMES else code


# The README's generated tables: marker name → the code prefixes it lists.
README_TABLES = {"codes": ("E-", "W-", "I-"), "codes-disclosure": ("D-",), "codes-review": ("R-",)}

CODES: dict[str, Code] = {code: Code(code, level, meaning, _LOWER.get(code, ())) for code, level, meaning in _TABLE}


def markdown_table(prefixes: tuple[str, ...] = ("E-", "W-", "I-")) -> str:
    """A README table of the codes starting with ``prefixes``, in registry order."""
    rows = ["| 代码 | 级别 | 含义 |", "|---|---|---|"]
    rows += [f"| `{x.code}` | {'／'.join(lv.value for lv in x.levels)} | {x.meaning} |" for x in CODES.values()
             if x.code.startswith(prefixes)]
    return "\n".join(rows)


def readme_with_tables(text: str) -> str:
    """``text`` (the README) with each generated table (between its markers) made from the registry."""
    for name, prefixes in README_TABLES.items():
        start, end = f"<!-- {name}:start", f"<!-- {name}:end -->"
        head, rest = text.split(start, 1)
        marker, _, rest = rest.partition("-->")
        _, tail = rest.split(end, 1)
        text = f"{head}{start}{marker}-->\n{markdown_table(prefixes)}\n{end}{tail}"
    return text
