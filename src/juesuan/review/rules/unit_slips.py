"""Amounts written in the other of 元 and 万元 (a ten-thousandfold slip): 「公务接待费1.58元」 where the same amount
is 1.58万元 elsewhere, or a 元 amount whose ten thousand times the text states."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ...core.fmt import number
from ..base import ReviewFinding, finding, iv, iv_ratio, meets, point
from ..blocks import Block, table_unit
from ..elsewhere import stated_elsewhere
from ..figures import MONEY_UNITS, Figure, find_figures, usual_unit
from ..levels import CONTRADICTION
from ..sentences import sentence_at, sentences


def rule_unit_slips(blocks: list[Block]) -> list[ReviewFinding]:
    """ "公务接待费1.58元" where the same amount is written 1.58万元 elsewhere and its paragraph's other
    amounts are all in 万元: the 万 was left out (a ten-thousandfold slip). In a text that writes its amounts in
    元 the slip is a 元 figure whose ten thousand times is the amount stated elsewhere (「机关运行经费161.05元」
    where the text says 公用经费1,610,500.00元, or a 公开 table 161.05万元): its 应为 is in 元."""
    too_many = _wan_for_yuan(blocks)
    slips = {(f.block, f.figure) for f in too_many}
    if usual_unit([b.text for b in blocks if not b.is_table]) == "元":
        return too_many + _unit_slips_in_yuan(blocks, slips)
    wan: set[str] = set()
    for bi, b in enumerate(blocks):
        if not b.is_table:
            wan.update(f.raw.replace(" ", "").removesuffix("万元") for f in find_figures(b.text)
                       if f.unit == "万元" and (bi, f.raw) not in slips)
    out = too_many
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        figs = [f for f in find_figures(b.text) if f.is_money]
        yuan = [f for f in figs if f.unit == "元"]
        if len(yuan) != 1 or len(figs) < 2 or not wan:
            continue
        f = yuan[0]
        number_ = f.raw.replace(" ", "").removesuffix("元")
        if f.value and f.decimals >= 1 and number_ in wan:
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{f.raw}”漏写“万”：{where}中为{number_}万元，本段其余金额也以万元为单位。"
                if (where := stated_elsewhere(blocks, bi, number_)) else
                f"“{f.raw}”漏写“万”：同一金额别处写作“{number_}万元”，本段其余金额也以万元为单位。",
                bi, b, sentence_at(b.text, f.start), f, expected=f"{number_}万元",
            ))
        elif f.value and f.decimals >= 1 and (fit := _share_in_wan(b.text, f)) is not None:
            said, why = fit
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{f.raw}”漏写“万”：本段{said}按{number_}万元计算才相符，本段其余金额也以万元为单位。",
                bi, b, sentence_at(b.text, f.start), f, expected=f"{number_}万元", why=why,
            ))
    return out


def _share_in_wan(text: str, f: Figure) -> tuple[str, str] | None:
    """(the share as written, its arithmetic) of a share of paragraph ``text`` that holds with ``f`` (its one amount
    in 元) read in 万元 and not as written: its own share of a whole the paragraph states (「授予中小企业合同金额
    612.35元，占政府采购支出总额的83.15%」 after 「政府采购支出总额736.48万元」), or a part's share of it (「其中：
    授予小微企业合同金额418.60万元，占授予中小企业合同金额的68.36%」); None when no share says so."""
    from .share_bases import whole_names

    wan = replace(f, unit="万元", raw=f"{f.raw.replace(' ', '').removesuffix('元')}万元")
    sents = sentences(text)
    named: dict[str, Figure] = {}
    at = {id(g.f): s.start + g.f.start for s in sents for g in s.figs}  # each figure's place in the paragraph
    for s in sents:
        for g in s.figs:
            if g.role == "level" and not g.paren and g.f.is_money:
                for key in whole_names(re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是")):
                    named.setdefault(key, g.f)
    for s in sents:
        for i, g in enumerate(s.figs):
            if g.role != "share" or not g.f.value:
                continue
            part = next((x.f for x in reversed(s.figs[:i]) if x.role == "level" and not x.paren and x.f.is_money
                         and x.clause == g.clause), None)
            whole = g.share_base or next((named[k] for k in whole_names(g.share_of) if k in named), None)
            if part is None or whole is None or part is whole:
                continue
            mine = [x for x in (part, whole) if at.get(id(x), s.start + x.start) == f.start]
            if not mine:
                continue
            part_, whole_ = (wan if part is mine[0] else part), (wan if whole is mine[0] else whole)
            as_written, as_wan = iv_ratio(iv(part), iv(whole)), iv_ratio(iv(part_), iv(whole_))
            if as_wan is not None and meets(as_wan, iv(g.f)) and (as_written is None or not meets(as_written, iv(g.f))):
                return (f"“{g.pre.lstrip('，,；; ')}{g.f.raw}”",
                        f"{part_.raw} ÷ {whole_.raw} × 100% = {number(point(iv(part_), iv(whole_)))}%")
    return None


def _unit_slips_in_yuan(blocks: list[Block], slips: set[tuple[int, str]]) -> list[ReviewFinding]:
    """The 元 amounts whose ten thousand times the text states elsewhere (not by one of ``slips``: a 万元 amount
    itself written for 元, 「采购金额2,186,400.00万元」 beside 2,186,400.00元)."""
    from .text_table import table_kind

    stated: dict[Decimal, str] = {}  # amount (元) → where it is stated
    for sbi, b in enumerate(blocks):
        if b.is_table:
            unit = table_unit(b) if b.unit or "元" in b.caption + b.title else ""
            for cell in (c for row in b.rows for c in row if unit):
                for f in find_figures(cell, bare_money=True):
                    if f.value and (f.is_money or not f.unit) and "." in f.raw:  # an amount, not a code
                        stated.setdefault(f.value * MONEY_UNITS[f.unit or unit],
                                          f"{table_kind(b) or '公开表'}中为{f.raw}{'' if f.unit else unit}")
        else:
            for f in find_figures(b.text):
                if f.is_money and f.value and (sbi, f.raw) not in slips:
                    stated.setdefault(f.yuan(), f"别处为{f.raw}")
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for f in find_figures(b.text):
            where = stated.get(f.yuan() * 10000) if f.unit == "元" and f.value and f.decimals == 2 else None
            if where:
                right = f"{f.yuan() * 10000:,.2f}元"
                out.append(finding(
                    CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                    f"“{f.raw}”漏写“万”：同一金额{where}，应为“{right}”。",
                    bi, b, sentence_at(b.text, f.start), f, expected=right,
                ))
    return out


def _wan_for_yuan(blocks: list[Block]) -> list[ReviewFinding]:
    """「采购金额2,186,400.00万元」 in a paragraph whose other amounts (two or more) are in 元: the one 万元 amount (of
    decimals; 「100万元以上」 is a bound) is a 元 amount given 万 when its paragraph writes the same number in 元
    (「预留…预算金额2,186,400.00元」), or when in 万元 it is more than a hundred times every other amount the document
    states while in 元 it is not above the largest of them (its 支出总计, say) — in 元 is the only reading that fits.
    Beside one 元 amount only, it takes both: that amount's number and the magnitude."""
    amounts = _amounts(blocks)
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        figs = [f for f in find_figures(b.text) if f.unit in ("元", "万元") and f.value and "." in f.raw]
        wan = [f for f in figs if f.unit == "万元"]
        yuan = [f for f in figs if f.unit == "元"]
        if len(wan) != 1 or not yuan:
            continue
        f = wan[0]
        digits = f.raw.replace(" ", "").removesuffix("万元")
        right = f"{digits}元"
        same = next((y for y in yuan if y.value == f.value), None)
        others = [(v, raw) for v, raw, at in amounts if at != (bi, f.start)]
        largest = max(others, default=None)
        over = largest is not None and f.yuan() > 100 * largest[0] and f.value <= largest[0]
        if not ((same is not None and over) if len(yuan) < 2 else (same is not None or over)):
            continue  # beside one 元 amount: its number in 元 and a magnitude nothing else has, both
        said = f"同段“{same.raw}”与它同数" if same is not None else ""
        read = f"{f.yuan():,.{f.decimals}f}元"
        why = f"{f.raw} = {read}"
        if over and largest is not None:
            said += ("；" if said else "") + f"按万元读为{read}，远超文中其余金额（最大为{largest[1]}）"
            why += f" > {largest[1]}"
        out.append(finding(
            CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
            f"“{f.raw}”多写了“万”：本段其余金额均以元为单位，{said}，应为“{right}”（元与万元写混）。",
            bi, b, sentence_at(b.text, f.start), f, expected=right, why=why, nature=CONTRADICTION,
        ))
    return out


def _amounts(blocks: list[Block]) -> list[tuple[Decimal, str, tuple[int, int]]]:
    """Each amount the document states (元; as written, with its unit; (block, place) in a paragraph, else (-1, -1)):
    its paragraphs' amounts and its tables' cells of decimals in the table's unit."""
    out: list[tuple[Decimal, str, tuple[int, int]]] = []
    for bi, b in enumerate(blocks):
        if not b.is_table:
            out.extend((f.yuan(), f.raw, (bi, f.start)) for f in find_figures(b.text) if f.is_money and f.value)
            continue
        unit = table_unit(b) if b.unit or "元" in b.caption + b.title else ""
        for cell in (c for row in b.rows for c in row if unit):
            for f in find_figures(cell, bare_money=True):
                if f.value and not f.unit and "." in f.raw:
                    out.append((f.value * MONEY_UNITS[unit], f"{f.raw}{unit}", (-1, -1)))
    return out
