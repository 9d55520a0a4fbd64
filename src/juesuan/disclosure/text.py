"""The 情况说明 (sections 一 to 十一 of disclosure.md), the 概况 and the 名词解释, from the tables.

Every figure in the text is taken from the public tables (or the unit's inputs for the parts no
table holds) and recorded as a ``Claim``; ``check_text`` compares each claim with the tables,
and every list of shares of one whole with 100%. The sections are written by text_income (一–四),
text_spending (五, 六), text_three_public (七) and text_other (八–十一, 名词解释), in the words of
the 2024 Shanghai template.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ..core.findings import Finding, Level
from ..core.runner import run_checks
from ..narrative import phrases as ph
from .books import ZERO, Books
from .checks import internal_finding
from .tables import Tables
from .text_income import s1_total, s2_income, s3_spending, s4_fiscal
from .text_other import glossary, s8_fund, s10_performance, s11_other
from .text_spending import s5_general, s6_basic
from .text_three_public import s7_three_public
from .text_writer import NOT_REPORTED, Claim, DisclosureText, Section, Writer, numbered

__all__ = ["NOT_REPORTED", "Claim", "DisclosureText", "Section", "check_text", "numbered", "write"]


def _overview(w: Writer) -> None:
    """一、主要职能; 二、部门决算单位构成 (a 部门 of several units: the template's sentence, then the
    table word.py draws — the units are not listed again here) or 二、机构设置 (a single unit)."""
    data = w.b.data
    out = w.out.overview
    out.append(Section("主要职能", [data.text.get("主要职能", "").strip() or "（未填写主要职能）"]))
    org = data.text.get("机构情况", "").strip()
    units = w.b.d.units
    if not w.b.d.department or len(units) == 1:  # the template: 仅有一个单位的部门…为“机构设置”
        out.append(Section("机构设置", [org or "（未填写机构情况）"]))
        return
    paragraphs = [org] if org else []
    if units:
        paragraphs.append(f"从预算单位构成看，{w.name}部门决算包括：{w.name}本级决算、下属行政事业单位决算。")
        paragraphs.append(f"纳入{w.name}{w.year}年度部门决算编制范围的单位包括：")
    else:
        paragraphs.append(f"{w.who}{NOT_REPORTED}部门决算单位构成。")
        from .books import workbook_place

        sheet, how = workbook_place(w.b.data, "disclosure.units") or ("", "")  # a workbook: where to fill it
        on_sheet = f"请在{sheet}“部门决算单位构成”中逐行填写纳入部门决算的单位：单位名称、备注（可不填）。"
        fill = on_sheet if sheet and not how else (f"请在{'数据文件 ' if how else ' '}[[disclosure.units]] 中"
                                                   f"逐个填写纳入部门决算的单位：name（单位名称）、note（备注，可不填）。{how}")
        w.out.findings.append(Finding(
            Level.WARNING, "D-TEXT-BLANK",
            f"概况写了“{NOT_REPORTED}部门决算单位构成”：{'工作簿' if sheet else '数据文件'}中没有这部分内容。{fill}",
            ("disclosure", "units")))
    out.append(Section("部门决算单位构成", paragraphs))


def write(b: Books, t: Tables) -> DisclosureText:
    """The 概况, the 情况说明 一 to 十一 and the 名词解释 of ``b`` and its tables ``t``."""
    w = Writer(b, t)
    _overview(w)
    for section in (s1_total, s2_income, s3_spending, s4_fiscal, s5_general, s6_basic, s7_three_public):
        section(w)
    s8_fund(w, "fund", "政府性基金预算财政拨款收入支出决算情况说明", "政府性基金预算", "公开08")
    s8_fund(w, "capital", "国有资本经营预算财政拨款收入支出决算情况说明", "国有资本经营预算", "公开09")
    s10_performance(w)
    s11_other(w)
    glossary(w)
    numbered(w.out.overview)
    headings = numbered(w.out.sections)
    out = w.out
    out.claims = [replace(x, section=headings[i]) for x, i in zip(out.claims, w.claim_at, strict=True)]
    out.shares = [(headings[i], x[1]) for x, i in zip(out.shares, w.share_at, strict=True)]
    return out


def _claims(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """Every claimed figure equals its cell and stands in its section's text."""
    text, t = subject
    out: list[Finding] = []
    by_heading = {s.heading: " ".join(s.paragraphs) for s in text.sections}
    for claim in text.claims:
        value = Writer.cell(t[claim.table], claim.match, claim.column)
        if ph.wan_number(value) != claim.shown:
            out.append(Finding(Level.ERROR, "D-TEXT-FIGURE",
                               f"情况说明“{claim.section}”中的{claim.shown}万元与{claim.table}的"
                               f"{ph.wan_number(value)}万元不一致。", ("情况说明", claim.section)))
        elif f"{claim.shown}万元" not in by_heading.get(claim.section, ""):
            out.append(Finding(Level.ERROR, "D-TEXT-FIGURE",
                               f"情况说明“{claim.section}”未写出{claim.table}的{claim.shown}万元（文字与表格不一致）。",
                               ("情况说明", claim.section)))
    return out


def _shares(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """Every list of shares of one whole adds to 100.00% within display rounding."""
    out: list[Finding] = []
    for section, shown in subject[0].shares:
        total = sum((Decimal(x.replace(",", "")) for x in shown), ZERO)
        if abs(total - 100) > Decimal("0.005") * len(shown):
            out.append(Finding(Level.ERROR, "D-SHARES",
                               f"情况说明“{section}”所列占比合计为{total}%，超出四舍五入范围（应为100.00%）。",
                               ("情况说明", section)))
    return out


def _zero_budget_rates(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """No 完成年初预算的 X% over a 年初预算 of 0."""
    out: list[Finding] = []
    for s in subject[0].sections:
        for p in s.paragraphs:
            clauses = re.split("[；。]", p)
            if any("年初预算为0.00万元" in x and re.search("完成(年初)?预算的", x) for x in clauses):
                out.append(Finding(Level.ERROR, "D-RATE-ZERO",
                                   f"情况说明“{s.heading}”在年初预算为0时写了完成年初预算的百分比。",
                                   ("情况说明", s.heading)))
    return out


TEXT_CHECKS: tuple[tuple[str, Callable[[tuple[DisclosureText, Tables]], list[Finding]]], ...] = (
    ("情况说明数字与表格", _claims),
    ("情况说明占比合计", _shares),
    ("情况说明零预算完成率", _zero_budget_rates),
)


def check_text(text: DisclosureText, t: Tables) -> list[Finding]:
    """Text = tables (``TEXT_CHECKS``, each isolated by core.runner)."""
    return run_checks(TEXT_CHECKS, (text, t), internal_finding)
