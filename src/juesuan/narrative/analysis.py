"""The 部门决算分析报告 (基层单位版): its heading tree, in the reference report's order, and ``write``."""

from __future__ import annotations

from ..core.figures import Figures
from ..core.indicators import Indicator
from .context import Context, own
from .outline import Node, Paragraph, Style, render
from .sections import budget, economic, other, structure

N = Node[Context]


def outline(ctx: Context) -> tuple[N, ...]:
    """The headings of the report, each with the body written under it."""
    return (
        N("单位情况", children=(
            N("基本情况。", children=(
                N("主要职能", own("主要职能")),
                N("机构情况", own("机构情况")),
                N("人员情况", other.people),
            )),
            N("当年取得的主要事业成效。", own("事业成效")),
        )),
        N("收入支出预算执行情况分析", children=(
            N("收入支出预算安排情况。", budget.arrangement),
            N("收入支出预算执行情况。", budget.execution, children=(
                N("收入支出与预算对比分析。", children=(
                    N("预、决算差异情况。", budget.differences),
                    N("差异原因分析。", budget.difference_reasons),
                )),
                N("收入支出结构分析。", children=(
                    N("各项收入占本年收入合计的比重，各项支出占本年支出合计的比重。", structure.shares),
                    N("收入支出与上年度对比情况及原因分析。", structure.year_on_year),
                )),
                N("支出按经济分类科目分析。", children=(
                    N("“三公”经费支出情况。", economic.three_public),
                    N("会议费支出情况。", economic.meeting),
                    N("培训费支出情况。", economic.training),
                    N("其他对单位影响较大的支出情况。", economic.other_large),
                    N("重点经济分类支出中存在的问题及改进措施。", own("经济分类问题及改进措施")),
                )),
                N("财政拨款收入、支出分析。", structure.fiscal),
                N("非财政拨款收入分析。", structure.nonfiscal),
            )),
            N("年末结转和结余情况。", children=(
                N("结转和结余总体情况。", other.balances),
                N("消化结转和结余的对策。", own("结转结余对策")),
            )),
            N("与预算支出相关的其他指标分析。", other.assets),
            N("绩效目标完成情况。", own("绩效目标完成情况")),
            N("当年预算执行及绩效管理中存在问题、原因及改进措施。", own("问题及改进措施")),
        )),
        N("本年度部门决算等财务工作开展情况", children=(
            N("本单位财务管理、绩效管理、决算组织、编报、审核情况。", own("财务工作开展情况")),
            N("本单位决算及绩效信息公开工作开展情况。", own("信息公开情况")),
            N("对部门决算管理工作的意见和建议。", own("意见和建议")),
        )),
        N("附：财务分析指标", numbered=False, children=other.indicator_families(ctx), tail=other.indicator_table),
    )


def front_matter(ctx: Context) -> list[Paragraph]:
    u = ctx.data.unit
    return [Paragraph(Style.TITLE, f"{u.name}{ctx.year}"), Paragraph(Style.TITLE, "部门决算分析报告"),
            Paragraph(Style.SUBTITLE, f"（{u.edition}）")]


def write(fig: Figures, indicators: list[Indicator], charts: set[str], tables: set[str]) -> list[Paragraph]:
    """The paragraphs of one unit's 分析报告."""
    ctx = Context(fig, tuple(indicators), frozenset(charts), frozenset(tables))
    return front_matter(ctx) + render(outline(ctx), ctx, ctx.ledger.enter)
