"""rev59: a 元 amount given 万 (「采购金额2,186,400.00万元」 in a paragraph of 元 amounts) said as the unit slip it
is, with the 元 reading as its 应为 — by the same number in 元 beside it or by a magnitude nothing else in the document
has."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text

_HEAD = ("上海市某区某中心2024年度部门决算\n第三部分 上海市某区某中心2024年度部门决算情况说明\n"
         "一、收入支出决算总体情况说明\n2024年度收入总计3,493.50万元，较上年增加256.66万元，增长7.93%；"
         "支出总计3,493.50万元，较上年增加256.66万元，增长7.93%。\n")
_PROCUREMENT = ("十一、（二）政府采购支出情况\n2024年度本部门面向中小企业预留政府采购项目预算金额6,840,000.00元，"
                "面向小微企业预留政府采购项目预算金额2,186,400.00元。在面向中小企业预留的政府采购项目中，由中小企业"
                "供应商中标或成交的，采购金额6,840,000.00元；在面向小微企业预留政府采购项目中，由小微企业供应商中标"
                "或成交的，采购金额2,186,400.00{unit}；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额"
                "3,125,800.00元。\n")


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level != Level.INFO]


def test_a_procurement_amount_given_wan_beside_its_number_in_yuan_is_the_slip():
    found = review_text(_HEAD + _PROCUREMENT.format(unit="万元"))
    slips = [f for f in found if f.figure == "2,186,400.00万元"]
    assert [(f.code, f.expected) for f in slips] == [("R-UNIT-MISSING", "2,186,400.00元")]
    assert slips[0].level == Level.ERROR and "多写了“万”" in slips[0].message
    assert "21,864,000,000.00元" in slips[0].why  # the amount as written, in 元: beyond anything in the document
    assert _alarms(_HEAD + _PROCUREMENT.format(unit="元")) == []


def test_in_a_text_of_yuan_the_yuan_amount_is_not_blamed_for_the_slip_beside_it():
    # the paragraph alone (its amounts in 元): the 万元 one is the slip, not the 元 amount of the same number
    assert _alarms(_PROCUREMENT.format(unit="万元")) == [("R-UNIT-MISSING", "2,186,400.00万元", "2,186,400.00元")]


def test_an_asset_value_in_wan_beyond_every_amount_of_the_document_is_in_yuan():
    assets = ("十二、国有资产占有使用情况\n截至2024年12月31日，本单位资产总额12,345,678.90元，其中：固定资产原值"
              "8,765,432.10元；单位价值100万元以上专用设备1台，原值1,560,000.00{unit}。\n")
    assert _alarms(_HEAD + assets.format(unit="万元")) == [
        ("R-UNIT-MISSING", "1,560,000.00万元", "1,560,000.00元")]
    assert _alarms(_HEAD + assets.format(unit="元")) == []


def test_a_sangong_amount_given_wan_in_a_text_of_yuan_is_one_finding():
    text = ("七、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费财政拨款支出决算为123,400.00元，其中：公务接待费"
            "23,400.00元，公务用车运行维护费100,000.00{unit}。\n")
    assert _alarms(text.format(unit="万元")) == [("R-UNIT-MISSING", "100,000.00万元", "100,000.00元")]
    assert _alarms(text.format(unit="元")) == []


def test_a_plausible_wan_amount_among_yuan_amounts_is_no_slip():
    # 56.78万元 is 567,800元: within the paragraph's magnitudes, and no 元 amount of its number — said as written
    text = _HEAD + ("十一、（二）政府采购支出情况\n2024年度本部门面向中小企业预留政府采购项目预算金额684,000.00元，"
                    "由中小企业供应商中标或成交的采购金额612,345.00元，政府采购合同金额合计56.78万元。\n")
    assert [a for a in _alarms(text) if a[0] == "R-UNIT-MISSING"] == []


# --- 「完成预算的0%」 of a 0 budget: a rate of nothing budgeted is an 错误 (real corpus documents list it), whatever
# the 决算; 「完成年初预算的X%」 of a 0 年初预算 is the 全年/调整预算's ---

_ITEM = ("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
         "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：{said}\n")


def _rates(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.code, f.level.value, f.figure, f.expected) for f in review_text(_HEAD + text)
            if f.code.startswith("R-RATE")]


def test_zero_percent_of_a_zero_budget_is_an_error_even_with_nothing_spent():
    for said in ("年初预算为0万元，支出决算为0万元，完成年初预算的0.00%。",
                 "预算为0.00万元，支出决算为0.00万元，完成预算的0%。"):
        found = _rates(_ITEM.format(said=said))
        assert [(c, lv) for c, lv, _, _ in found] == [("R-RATE-ZERO", "错误")], said


def test_zero_percent_of_a_sangong_item_the_table_says_had_no_budget_is_an_error():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block, read_text

    cells = ["6.00", "5.00", "0.00", "0.00", "5.00", "4.40", "0.00", "0.00", "5.00", "4.40", "1.00", "0.60"]
    text = ("七、财政拨款“三公”经费支出决算情况说明\n本办2024年度“三公”经费财政拨款支出决算为5.00万元，"
            "完成预算的83.33%。其中：因公出国（境）费支出决算为0万元，完成预算的{rate}；公务用车购置及运行维护费支出决算为4.40万元，完成预算的"
            "88.00%；公务接待费支出决算为0.60万元，完成预算的60.00%。\n")

    def found(rate: str) -> list[tuple[str, str]]:
        blocks = read_text(_HEAD + text.format(rate=rate))
        blocks.append(Block("\t".join(cells), "第1个表格", [cells], title="财政拨款“三公”经费支出决算表",
                            caption="财政拨款“三公”经费支出决算表 单位：万元"))
        return [(f.level.value, f.figure) for f in review_blocks(blocks) if f.code == "R-RATE-ZERO"]

    assert found("0%") == [("错误", "0%")]
    assert found("100%") == [("错误", "100%")]


def test_a_rate_of_a_zero_opening_budget_is_the_full_budgets_wherever_it_is_said():
    one = "年初预算为0万元，调整预算为120.00万元，支出决算为96.00万元，完成年初预算的75.00%。"
    two = "年初预算为0万元，全年预算为120.00万元。支出决算为96.00万元，完成年初预算的80.00%。"
    assert [(c, lv, e) for c, lv, _, e in _rates(_ITEM.format(said=one))] == [
        ("R-RATE-ZERO", "错误", "完成调整预算的80.00%")]
    assert [(c, lv, e) for c, lv, _, e in _rates(_ITEM.format(said=two))] == [
        ("R-RATE-ZERO", "错误", "完成全年预算的80.00%")]


# --- a PDF paragraph running overleaf: the place's words open at a clause, not at the page's cut-off first line ------

def test_a_place_overleaf_opens_at_a_clause_start_not_at_the_pages_first_line():
    from juesuan.review.base import ReviewFinding
    from juesuan.review.extract import Block
    from juesuan.review.places import placed

    sentence = ("2024年度一般公共预算财政拨款支出年初预算为3,487.50万元，支出决算为3,445.90万元，其中用于城运平台"
                "运维服务和网格化巡查服务的支出决算为2,167.80万元，完成年初预算的98.81%。")
    overleaf = sentence.index("运维服务")  # the page breaks inside a clause with no pause for 20 characters
    b = Block(sentence, "第15页", breaks=((0, "第15页"), (overleaf, "第16页")), section="五（三）具体情况")
    f = ReviewFinding(Level.ERROR, "R-RATE", "完成率有误。", quote=sentence, place="第15页", figure="98.81%", block=0)
    place = placed([f], [b])[0].place
    assert place.startswith("第16页（五（三）具体情况），") and "运维服务和网格" not in place, place
    # the clause the figure stands in, after the last pause before it on the page
    assert place.endswith("“完成年初预算的98.81%”"), place


def test_a_place_overleaf_inside_the_figures_clause_opens_where_that_clause_does():
    from juesuan.review.places import clause_start

    text = "年初预算为3,487.50万元，支出决算为3,445.90万元，完成年初预算的98.81%。"
    cut, at = text.index("初预算的"), text.index("98.81%")
    assert text[clause_start(text, cut, at):].startswith("完成年初预算的")  # no pause after the cut: across it
    assert clause_start(text, text.index("支出决算"), at) == text.index("支出决算")  # a clause's own start stays


def test_a_long_quotes_window_opens_at_a_clause_even_a_long_way_before_the_figure():
    from juesuan.review.outputs import QUOTE_WIDTH, window

    quote = ("其中：" + "城运平台视频资源整合二期运维及网格化巡查服务外包项目" * 5
             + "支出决算为2,167.80万元，增长7.93%，主要原因是平台运维量增加。")
    shown = window(quote, "7.93%")
    assert "7.93%" in shown and len(shown) <= QUOTE_WIDTH + 1
    # not a thousands comma (「2,|167.80」), not mid-word: the clause after the last pause that lets the figure fit
    assert shown.startswith("…城运平台") or shown.startswith("…支出决算") or shown.startswith("其中："), shown


def test_beside_one_yuan_amount_of_its_number_the_magnitude_decides_which_is_the_slip():
    one = ("十一、（二）政府采购支出情况\n本部门面向小微企业预留政府采购项目预算金额2,186,400.00元，"
           "由小微企业供应商中标或成交的采购金额2,186,400.00万元。\n")
    assert _alarms(_HEAD + one) == [("R-UNIT-MISSING", "2,186,400.00万元", "2,186,400.00元")]
    # 12.40万元 beside 12.40元 in a text of 万元: the 元 one is the slip (its 万 left out), as before
    small = "其他收入12.40万元，为数据接口服务收费；其中上半年收取12.40元。\n"
    assert ("R-UNIT-MISSING", "12.40万元", "12.40元") not in _alarms(_HEAD + small)
