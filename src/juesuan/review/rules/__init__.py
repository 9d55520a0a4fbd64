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

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ...core.codes import CODES
from ...core.findings import LEVEL_ORDER, Level
from ...core.runner import describe, run_checks
from ..base import ReviewFinding
from ..extract import Block
from ..grid import model
from ..levels import leveled
from ..places import placed
from .beside import rule_text_beside_table
from .blanks import rule_blanks
from .cash import rule_cash_without_balance
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
    rule_basic_items,
    rule_basic_text,
    rule_cover,
    rule_flat_changes,
    rule_flat_reasons,
    rule_fund_tables,
    rule_no_running_cost,
    rule_purposes,
    rule_running_cost,
    rule_zero_base,
)
from .econ import rule_economic_lists, rule_template_rows
from .flat_context import rule_flat_context
from .funds import rule_fund_section, rule_fund_totals
from .items import (
    rule_class_tables,
    rule_item_basic,
    rule_item_budget_words,
    rule_item_names,
    rule_item_rate_zero,
    rule_item_tables,
    rule_procurement,
    rule_rate_after_list,
    rule_sangong_table,
)
from .lists import rule_paragraph_lists
from .names import rule_format, rule_typos, rule_verify
from .numbers import rule_parts, rule_same
from .opener_shares import rule_opener_shares
from .parts import rule_wrong_part
from .placeholders import rule_name_placeholders
from .rates import rule_changes_in_scope, rule_rate_direction, rule_rates_in_scope
from .reading import rule_reading
from .reasons import rule_reasons
from .respective import rule_respective
from .sangong import rule_sangong_zero_budget
from .share_groups import rule_share_groups
from .shares import rule_shares
from .stated_rates import rule_rates_of_stated_amounts
from .table_words import rule_total_header_words
from .tables import rule_tables
from .text_table import rule_charts, rule_public_tables, rule_text_tables
from .unit_name import rule_unit_name
from .wording import (
    rule_base_that_is_a_change,
    rule_broken_words,
    rule_change_without_word,
    rule_doubled_words,
    rule_missing_unit,
    rule_template_notes,
    rule_template_words,
    rule_unit_slips,
)
from .years import rule_wrong_year

__all__ = ["RULES", "ReviewFinding", "run"]

Rule = Callable[[list[Block]], Iterable[ReviewFinding]]

RULES: list[tuple[str, Rule]] = [
    ("同一数字前后一致", rule_same),
    ("原因说明的方向", rule_reasons),
    ("数字格式", rule_format),
    ("笔误", rule_typos),
    ("增减额、增减率、执行率", rule_comparisons),
    ("总数与各项之和", rule_parts),
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
    ("类级科目的金额与公开表", rule_class_tables),
    ("“三公”经费与三公经费表", rule_sangong_table),
    ("无政府性基金、国有资本经营收支与总表", rule_fund_totals),
    ("政府采购中的中小企业金额", rule_procurement),
    ("项级科目决算与预算的大小（跨段）", rule_item_budget_words),
    ("项级科目年初预算为0的完成率（跨句）", rule_item_rate_zero),
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
    ("增减方向与完成率", rule_rate_direction),
    ("增减率与其科目的上年数", rule_changes_in_scope),
    ("重复的字", rule_doubled_words),
    ("增减额缺少方向", rule_change_without_word),
    ("增减额误作上年数", rule_base_that_is_a_change),
    ("词语残缺", rule_broken_words),
    ("单位名称", rule_unit_name),
    ("机关运行经费不大于公用经费", rule_running_cost),
    ("无机关运行经费与行政运行", rule_no_running_cost),
    ("政府性基金、国有资本经营的空表说明", rule_fund_tables),
    ("两张公开表的同一合计", rule_cross_tables),
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
    found = run_checks(RULES, shaped, internal)
    seen, out = set(), []
    for f in sorted(found, key=lambda x: (x.block, x.quote.find(x.figure) if x.figure else 0)):
        key = (f.code, f.block, f.quote, f.figure, f.expected)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return placed(leveled(_forced_to_hundred(_tables_decide(_consequences_dropped(_wan_slips(out))), shaped)), shaped)


# a rounding remainder the text declares and assigns: 「（尾差已计入人员经费）」
_TAIL = re.compile(r"尾差[^。）)]{0,6}?(?:计入|调整至|调整到|计在|归入|列入)([^。，,；;）)]{2,20})")


def off_by_cent(f: ReviewFinding) -> bool:
    from decimal import Decimal, InvalidOperation

    try:
        return abs(Decimal(_amount(f.expected)) - Decimal(_amount(f.figure))) == Decimal("0.01")
    except InvalidOperation:
        return False


# the shares of one sentence: "占69.81%", "占本年支出合计的6.08%"
_SHARE = re.compile(r"占[^，,；;。%\d]{0,20}(\d+(?:\.\d+)?)\s*%")


def _forced_to_hundred(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """A share 0.01 point off its amounts in a sentence whose shares add to exactly 100.00%: the
    writer rounded it to make the list add up (尾差). Still not the amounts' share — said as a 提示."""
    from decimal import Decimal, InvalidOperation

    out = []
    for f in found:
        if f.code == "R-SHARE" and f.level != Level.INFO and f.figure.endswith("%") and 0 <= f.block < len(blocks):
            try:
                off = abs(Decimal(_amount(f.expected)) - Decimal(_amount(f.figure)))
            except InvalidOperation:
                off = Decimal(1)
            text = blocks[f.block].text
            sentence = next((x for x in re.split(r"[。\n]", text) if f.figure in x), "")
            shares = [Decimal(x) for x in _SHARE.findall(sentence)]
            at = text.find(sentence) + len(sentence) if sentence else -1
            declared = _TAIL.search(sentence + text[at : at + 60]) if sentence else None
            clause = re.split(r"[；;]", sentence[: sentence.find(f.figure)])[-1]
            # 「（尾差已计入人员经费）」: the writer says so, naming that item, and the shares add to 100.00%: it may
            # take the whole remainder of the list's roundings (at most 0.005 point per share printed)
            if declared and declared.group(1).strip("“”") in clause and (
                    off_by_cent(f) or (sum(shares) == 100 and 0 < off <= Decimal("0.005") * len(shares))):
                continue
            if off == Decimal("0.01") and len(shares) >= 3 and sum(shares) == 100:
                f = replace(f, level=Level.INFO, message=f.message.removesuffix("。")
                            + "（本句各项占比合计恰为100.00%，可能是为凑足100%而调整的尾差）。")
        out.append(f)
    return out


# a finding that follows from another in the same block: one problem, one finding
_FOLLOWS = {"R-SHARE-SUM": ("R-SHARE",)}


_DERIVED = re.compile(r"[^；]*?为([\d,]+(?:\.\d+)?) [−+] [\d,.]+ = [^；]*；")
_DIVISOR = re.compile(r"÷\s*\(?\s*([\d,]+(?:\.\d+)?)")


def _amount(text: str) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0).replace(",", "") if m else ""


def _wan_slips(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """A figure in 元 that another rule holds wrong by exactly ten thousand times (「本年收入合计4,733.14元」
    over parts in 万元 adding to 4,733.14万元): the 万 was left out — said as that (R-UNIT-MISSING, with
    the figure in 万元), not as a sum or a difference at the wrong scale."""
    from decimal import Decimal, InvalidOperation

    out = []
    for f in found:
        if f.code in ("R-SUM", "R-SAME", "R-TEXT-TABLE") and f.figure.endswith("元") and not f.figure.endswith("万元") \
                and f.expected.endswith("元") and not f.expected.endswith("万元"):
            try:
                slip = Decimal(_amount(f.expected)) == Decimal(_amount(f.figure)) * 10000 != 0
            except InvalidOperation:
                slip = False
            if slip:
                number = f.figure.removesuffix("元").strip()
                why = re.sub(r"=\s*[\d,.]+元$", f"= {number}万元", f.why)
                f = replace(f, code="R-UNIT-MISSING", level=CODES["R-UNIT-MISSING"].level, expected=f"{number}万元",
                            why=why, message=f"“{f.figure}”漏写“万”：按同句所列各项（万元）计算，应为“{number}万元”。")
        out.append(f)
    return out


def _consequences_dropped(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Without the findings that another in their block explains (the shares do not add to 100%
    because one share is wrong: the wrong share is the finding)."""
    codes: dict[int, set[str]] = {}
    for f in found:
        codes.setdefault(f.block, set()).add(f.code)
    kept = [f for f in found if not set(_FOLLOWS.get(f.code, ())) & codes[f.block]]
    # a figure written without its unit (「4,733.14元」 among 万元) is read at the wrong scale: every other
    # rule's finding on that figure follows from the missing unit, which is the one problem
    unitless = {(f.block, f.figure) for f in kept if f.code == "R-UNIT-MISSING" and f.figure}
    kept = [f for f in kept if f.code == "R-UNIT-MISSING" or (f.block, f.figure) not in unitless]
    # a share or rate divided by a total that another finding holds wrong follows from that finding
    # (not by a 提示: "如无未列出的项目" does not hold the total wrong)
    wrong = {_amount(f.figure) for f in kept if f.code in ("R-SAME", "R-SUM", "R-TEXT-TABLE") and f.figure
             and f.level != Level.INFO}
    kept = [f for f in kept if not (f.code in ("R-SHARE", "R-RATE", "R-PERCENT")
                                     and {_amount(x) for x in _DIVISOR.findall(f.why)} & wrong)]
    # ... and a rate whose base is derived from an amount another finding holds wrong
    # ("2023年度为28.39 + 2.00 = 30.39万元；…"): the amount it is derived from is the problem
    kept = [f for f in kept if not (f.code == "R-PERCENT" and (m := _DERIVED.match(f.why))
                                     and _amount(m.group(1)) in wrong)]
    # a list's wrong item (R-PART): the total it makes look wrong, and its share, follow from it
    parted = {f.block: _amount(f.figure) for f in kept if f.code == "R-PART"}
    kept = [f for f in kept if not (f.block in parted and (f.code == "R-SUM" or (
        f.code == "R-SHARE" and _amount(f.why) == parted[f.block])))]
    # ... and said once: where another check (the tables) names the same figure and value, that one
    said = {(f.block, f.figure, f.expected) for f in kept if f.code != "R-PART"}
    kept = [f for f in kept if not (f.code == "R-PART" and (f.block, f.figure, f.expected) in said)]
    # a figure that contradicts its other statements (R-SAME) and, by another rule, the arithmetic
    # with one correct value (a total that neither adds up nor matches them): one finding — the
    # arithmetic one, at the graver level — with both reasons
    same: dict[tuple[int, str, str], list[ReviewFinding]] = {}
    for f in kept:
        if f.figure and f.expected:
            same.setdefault((f.block, f.figure, f.expected), []).append(f)
    out = []
    for f in kept:
        group = same.get((f.block, f.figure, f.expected), [f]) if f.figure and f.expected else [f]
        if not any(x.code == "R-SAME" for x in group):
            group = [f]  # checks of one table cell each say what they found
        first = min(group, key=lambda x: (x.code == "R-SAME", LEVEL_ORDER[x.level]))
        if f is not first:
            continue
        level = min((x.level for x in group), key=lambda v: LEVEL_ORDER[v])
        whys = list(dict.fromkeys(x.why for x in [first, *group] if x.why))
        out.append(replace(first, level=level, why="；".join(whys)) if len(group) > 1 else first)
    return out


def _tables_decide(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Where a 公开 table settles which figure is wrong (an R-TEXT-TABLE on a part, or on one of two
    statements), the findings that took the other side go: an R-SUM that blames the total by exactly
    the part's error, an R-SAME that "corrects" a figure to the value the table refutes, an R-PERCENT /
    R-DIFF on the same figure with another value (its base guessed from the text)."""
    from decimal import Decimal, InvalidOperation

    def value(text: str) -> Decimal | None:
        try:
            return Decimal(_amount(text)) if _amount(text) else None
        except InvalidOperation:
            return None

    settled = [(f.block, value(f.figure), value(f.expected)) for f in found
               if f.code == "R-TEXT-TABLE" and f.figure and f.expected]
    if not settled:
        return found
    by_table = {(f.block, f.figure) for f in found if f.code == "R-TEXT-TABLE" and f.figure and f.expected}
    out = []
    for f in found:
        fig, exp = value(f.figure), value(f.expected)
        if f.code in ("R-PERCENT", "R-DIFF") and (f.block, f.figure) in by_table:
            continue  # the table beside the text gives the operands: its finding is the one
        if f.code == "R-SUM" and fig is not None and exp is not None and any(
                w is not None and r is not None and fig - exp == r - w for _, w, r in settled):
            continue  # the total is right: the part the table corrects (here or in a paragraph below) is the difference
        if f.code == "R-SAME" and exp is not None and any(w == exp and r == fig for _, w, r in settled):
            continue  # it would put back the value the table refutes
        out.append(f)
    return out
