"""The checks: what the text itself asserts, recomputed with exact decimals.

Each rule is a pure function of the blocks (paragraphs and tables) and returns
``ReviewFinding`` s. A figure is only questioned when it is tied to other figures that
contradict it beyond display rounding; what cannot be tied is left alone.

``RULES`` is a plain list of ``(name, rule)`` entries run through the one isolating runner
(``core.runner.run_checks``): a rule that raises gives one R-INTERNAL finding naming it and
the other rules still run. A new rule is one function in the module of its family and one
entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...core.findings import Level
from ...core.runner import describe, run_checks
from ..alternatives import hidden
from ..arbiter import arbitrate
from ..base import ReviewFinding
from ..extract import Block
from ..figures import wan_grain, yuan_of_wan
from ..grid import model
from ..levels import leveled
from ..places import placed
from ..repeated import one_per_habit
from ..spans import all_spanned
from ..written import radicals_named, whole, written
from .averages import rule_averages, rule_per_unit
from .balances import rule_balances
from .basic_items import rule_basic_items
from .beside import rule_text_beside_table
from .blanks import rule_blanks
from .cash import rule_cash_without_balance
from .change_slips import stated_changes
from .count_twice import rule_counts_twice
from .counted_lists import rule_counted_lists
from .counts import rule_count_parts
from .cross import rule_cross_tables
from .directions import rule_comparisons
from .disclosure import (
    rule_budget_words,
    rule_code_names,
    rule_code_names_agree,
    rule_rate_of_zero,
    rule_subsets,
)
from .documents import (
    rule_basic_text,
    rule_cover,
    rule_flat_changes,
    rule_flat_reasons,
    rule_fund_tables,
    rule_no_running_cost,
    rule_running_cost,
    rule_zero_base,
)
from .doubled import rule_doubled_words
from .econ import rule_economic_lists, rule_template_rows
from .flat_context import rule_flat_context
from .funds import rule_fund_section, rule_fund_totals
from .grid_rows import rule_grid_rows
from .items import (
    rule_class_tables,
    rule_item_basic,
    rule_item_budget_words,
    rule_item_codes,
    rule_item_names,
    rule_item_rate_zero,
    rule_item_tables,
    rule_rate_after_list,
)
from .lists import rule_paragraph_lists
from .names import rule_format, rule_typos, rule_verify
from .numbers import rule_parts, rule_same
from .opener_shares import rule_opener_shares
from .parts import rule_wrong_part
from .performance import rule_performance_budget
from .placeholders import rule_name_placeholders
from .points import rule_points
from .procurement import rule_procurement
from .purposes import rule_purposes
from .rates import rule_changes_in_scope, rule_rate_direction, rule_rates_in_scope, rule_rates_of_earlier_budgets
from .reading import rule_reading
from .reasons import rule_reason_amounts, rule_reasons
from .respective import rule_respective
from .revenue_parts import rule_revenue_parts
from .sangong import rule_sangong_zero_budget
from .sangong_table import rule_sangong_sums
from .sangong_text import rule_sangong_rates, rule_sangong_table
from .share_groups import rule_share_groups
from .share_totals import rule_shares
from .stated_rates import rule_rates_of_stated_amounts
from .table_words import rule_total_header_words
from .tables import rule_tables
from .template_words import rule_template_words
from .terms import rule_template_terms
from .text_table import rule_charts, rule_public_tables, rule_text_tables
from .two_readings import decided
from .unit_name import rule_unit_name
from .unit_slips import rule_unit_slips
from .wording import (
    rule_base_that_is_a_change,
    rule_change_without_word,
    rule_missing_unit,
    rule_template_notes,
    rule_word_slips,
)
from .years import rule_heading_years, rule_wrong_year

__all__ = ["RULES", "ReviewFinding", "run"]

Rule = Callable[[list[Block]], Iterable[ReviewFinding]]

RULES: list[tuple[str, Rule]] = [
    ("同一数字前后一致", rule_same),
    ("百分点变化", rule_points),
    ("原因说明的方向", rule_reasons),
    ("原因所列增减额之和", rule_reason_amounts),
    ("数字格式", rule_format),
    ("笔误", rule_typos),
    ("增减额、增减率、执行率", rule_comparisons),
    ("总数与各项之和", rule_parts),
    ("总计与所加各项之和", rule_balances),
    ("税收收入与非税收入之和", rule_revenue_parts),
    ("说明项数的列举之和", rule_counted_lists),
    ("列举中与占比不符的一项", rule_wrong_part),
    ("总数与其后各段所列之和", rule_paragraph_lists),
    ("分别、各列出的增减率", rule_respective),
    ("占比", rule_shares),
    ("同一总数下分句列出的占比", rule_share_groups),
    ("表格", rule_tables),
    ("图表与正文", rule_charts),
    ("需核实的事项", rule_verify),
    ("正文与公开表", rule_text_tables),
    ("项级科目的决算与公开表", rule_item_tables),
    ("项级科目的基本支出（按类款项）", rule_item_basic),
    ("类款项名称与公开表", rule_item_names),
    ("项级科目编码与名称", rule_item_codes),
    ("类级科目的金额与公开表", rule_class_tables),
    ("“三公”经费与三公经费表", rule_sangong_table),
    ("“三公”经费各项的完成率与三公经费表的预算", rule_sangong_rates),
    ("无政府性基金、国有资本经营收支与总表", rule_fund_totals),
    ("政府采购中的中小企业金额", rule_procurement),
    ("项级科目决算与预算的大小（跨段）", rule_item_budget_words),
    ("项级科目年初预算为0的完成率（跨句）", rule_item_rate_zero),
    ("文中小表各行的完成率、决算与预算的大小", rule_grid_rows),
    ("其中各项之后单独一句的完成率", rule_rate_after_list),
    ("政府性基金、国有资本经营的收支与其表", rule_fund_section),
    ("九张公开表", rule_public_tables),
    ("经济分类科目的列举", rule_economic_lists),
    ("基本支出决算表缺少模板行", rule_template_rows),
    ("合计行写成表头文字", rule_total_header_words),
    ("正文与旁边的表格", rule_text_beside_table),
    ("决算与预算的大小", rule_budget_words),
    ("年初预算为0的完成率", rule_rate_of_zero),
    ("部分不大于整体", rule_subsets),
    ("科目编码与名称", rule_code_names),
    ("同一科目编码的名称", rule_code_names_agree),
    ("模板备选词", rule_template_words),
    ("模板说明与占位符", rule_template_notes),
    ("数字缺少单位", rule_missing_unit),
    ("金额漏写“万”", rule_unit_slips),
    ("完成率与其科目的决算、预算", rule_rates_in_scope),
    ("完成率与前文所说的调整预算、年初预算", rule_rates_of_earlier_budgets),
    ("增减方向与完成率", rule_rate_direction),
    ("增减率与其科目的上年数", rule_changes_in_scope),
    ("重复的字", rule_doubled_words),
    ("增减额缺少方向", rule_change_without_word),
    ("增减额误作上年数", rule_base_that_is_a_change),
    ("单位名称", rule_unit_name),
    ("机关运行经费不大于公用经费", rule_running_cost),
    ("无机关运行经费与行政运行", rule_no_running_cost),
    ("政府性基金、国有资本经营的空表说明", rule_fund_tables),
    ("两张公开表的同一合计", rule_cross_tables),
    ("“三公”经费表的合计与小计", rule_sangong_sums),
    ("标题与正文的年度", rule_cover),
    ("增减与持平", rule_flat_changes),
    ("项级科目的用途", rule_purposes),
    ("持平与原因", rule_flat_reasons),
    ("项级科目的基本支出与项目支出", rule_basic_items),
    ("正文的基本支出与公开表", rule_basic_text),
    ("上年为0的增长率", rule_zero_base),
    ("“三公”经费预算为0的完成率", rule_sangong_zero_budget),
    ("读取完整性", rule_reading),
    ("未填的数字", rule_blanks),
    ("货币资金增加而无结转结余", rule_cash_without_balance),
    ("与上年比较的句子的年份", rule_wrong_year),
    ("持平与前后文的上年数", rule_flat_context),
    ("单位名称处的模板字样", rule_name_placeholders),
    ("以前文总数为基数的分项占比", rule_opener_shares),
    ("增减率与前句所说的决算数", rule_rates_of_stated_amounts),
    ("数量与其中各项", rule_count_parts),
    ("同一数量前后两处", rule_counts_twice),
    ("漏字或串字", rule_word_slips),
    ("模板用词写错一个字", rule_template_terms),
    ("标题中的年度", rule_heading_years),
    ("绩效目标涉及的预算金额", rule_performance_budget),
    ("平均数与所列各项", rule_averages),
    ("平均每辆（批次）金额", rule_per_unit),
]


def internal(name: str, exc: BaseException) -> ReviewFinding:
    """A rule that failed: named, so the reviewer knows which checks did not run."""
    return ReviewFinding(
        Level.ERROR,
        "R-INTERNAL",
        f"审阅规则“{name}”内部出错，该项未完成，其余照常（{describe(exc)}）；请把文件发给技术支持。",
        quote=f"审阅规则：{name}",
        place="全文",
    )


def run(blocks: list[Block]) -> list[ReviewFinding]:
    """All rules, in the order of the document; one finding per (code, place, figure)."""
    shaped = model(blocks)
    # 万元 figures written in 元; the comparisons the text states, for a change another one tells mistyped
    with wan_grain(yuan_of_wan(b.text for b in shaped if not b.is_table)), stated_changes(shaped):
        found = run_checks(RULES, shaped, internal)
        found += hidden(found, shaped, lambda blocks: run_checks(RULES, blocks, internal))
        seen, out = set(), []
        for f in sorted(found, key=lambda x: (x.block, x.quote.find(x.figure) if x.figure else 0)):
            key = (f.code, f.block, f.quote, f.figure, f.expected)
            if key not in seen:
                seen.add(key)
                out.append(f)
        out = decided(out, shaped)  # a rate's two readings as the rest of the document decides them
        return [radicals_named(f) for f in one_per_habit(written(placed(whole(all_spanned(leveled(arbitrate(
            out, shaped))), shaped), shaped), shaped))]
