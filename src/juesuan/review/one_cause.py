"""One cause, one finding (a post-step of arbiter.arbitrate): findings that question one figure and give it one right
value, or the columns of one table row, folded into the one a table settles, the others said in its text."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..core.findings import Level
from .arith import LABEL
from .base import ReviewFinding
from .blamed import bare_value as _bare_value
from .blamed import value as _value

# checks a 公开 table settles: of findings of one cause, the one kept
_DIGIT = Decimal("0.01")  # a last digit apart: one value rounded two ways
_BY_TABLE = frozenset({"R-TABLE-SUM", "R-TABLE-PARENT", "R-TABLE-CROSS", "R-TEXT-TABLE", "R-TABLES"})


def one_cause(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Findings of one cause as one, the others said in its text: the columns of one table row that
    do not add up (a row missing below gives one per column), and two checks that question one figure
    of one block and give it the same right value (a shifted table's 合计 by its rows and by the text; a
    total by its parts and by its table) — or one a last digit off the value a 公开 table gives (a paragraph's
    total by the small table below it, 85.17, and by 公开07 in 元, 85.16: the table's). The one kept is the one a
    table settles, else the first."""
    groups: list[list[ReviewFinding]] = []
    by_key: dict[tuple, list[ReviewFinding]] = {}
    anchors: dict[tuple, set] = {}  # the right values the 公开 tables give each figure
    for f in found:
        if f.code in _BY_TABLE and f.figure and f.expected and f.level == Level.ERROR \
                and (v := _value(f.expected)) is not None:
            anchors.setdefault((f.block, _value(f.figure)), set()).add(v)

    def right(f: ReviewFinding) -> Decimal | None:
        v = _value(f.expected)
        near = [a for a in anchors.get((f.block, _value(f.figure)), ()) if v is not None and 0 < abs(a - v) <= _DIGIT]
        return near[0] if len(near) == 1 and f.code not in _BY_TABLE else v

    # the right values other checks give each figure: one that states none (its value is in a table left
    # unread) joins the one that does
    values: dict[tuple, set] = {}
    for f in found:
        if f.figure and f.expected and f.level == Level.ERROR and _value(f.expected) is not None:
            values.setdefault((f.block, _value(f.figure)), set()).add(_value(f.expected))
    for f in found:
        keys: list[tuple] = []
        if f.code == "R-TABLE-PARENT" and f.quote:
            keys.append(("row", f.block, f.quote))
        if f.figure and f.expected and f.level == Level.ERROR and _value(f.expected) is not None:
            keys.append(("same", f.block, _value(f.figure), right(f)))
        elif f.figure and not f.expected and f.level == Level.ERROR \
                and len(given := values.get((f.block, _value(f.figure)), set())) == 1:
            keys.append(("same", f.block, _value(f.figure), *given))
        group = next((by_key[k] for k in keys if k in by_key), None)
        if group is None or group[0].level != f.level:
            group = []
            groups.append(group)
        group.append(f)
        for k in keys:
            by_key.setdefault(k, group)
    out = []
    for group in groups:
        at = min(range(len(group)), key=lambda i: group[i].code not in _BY_TABLE)
        lead, others = group[at], group[:at] + group[at + 1:]
        if not lead.expected and (stated := [g.expected for g in others if g.expected]):
            lead = replace(lead, expected=stated[0])
        out.append(_with_folded(lead, others))
    return out


# what a check compares its figure with: 「“合计”与各列之和不符」 → 「各列之和」
_AGAINST = re.compile(r"与((?:[^与，,：；]|(?<=\d),(?=\d)){2,40}?)(?:不符|不一致)$")


_CHINESE = "零一二三四五六七八九十"


def _count_terms(why: str) -> int:
    """The number of terms of a sum's first step (「a + b + c = s」: 3; zeros left out, as the 计算 line shows
    them); 0 for anything else."""
    left = LABEL.sub("", why.split("；")[0].split(" = ")[0]) if " = " in why.split("；")[0] else ""
    if not left or re.search(r"[÷×]", left):
        return 0
    return sum(1 for x in re.findall(r"\d[\d,]*(?:\.\d+)?", left) if any(c in x for c in "123456789"))


def _with_folded(f: ReviewFinding, others: list[ReviewFinding]) -> ReviewFinding:
    if not others:
        return f
    said = []
    for g in others:
        if g.code == f.code:
            said.append(f"同一行另一列也不符，应为{g.expected}")
        elif (m := _AGAINST.search(_head(g))) and g.expected:
            # what else gives the 应为: 「各列之和也是8,608.03万元」, 「正文的…支出24,535.67万元，与此相符」
            other = m.group(1)
            said.append(f"{other}，与此相符" if _bare_value(g.expected) in other else f"{other}也是{g.expected}")
        elif g.code == "R-SUM" and g.expected and (n := _count_terms(g.why)) >= 2:
            said.append(f"本句所列{_CHINESE[n] if n < len(_CHINESE) else n}项之和也是{g.expected}")
        else:
            said.append(f"{_head(g)}，也得出{g.expected}" if g.expected else _head(g))
    whys = "；".join(dict.fromkeys(x.why for x in [f, *others] if x.why))
    return replace(f, message=f"{f.message.rstrip('。')}；{'；'.join(said)}。", why=whys)


def _head(f: ReviewFinding) -> str:
    return f.message.split("：")[0].rstrip("。")


# what a folded finding's consequences clause says (arbiter._recomputed):
# 「以768.08万元计算，本段的62.6%也相符（见计算）」
_BACKED = re.compile(r"；(以[^；]+计算，[^；]+相符(?:（见计算）)?)。$")


def text_backs(found: list[ReviewFinding], dropped: list[ReviewFinding]) -> list[ReviewFinding]:
    """``found`` without ``dropped`` (findings another check says already: the same figure, the same 应为), the
    finding that says it taking what each dropped one's own figures showed (「以768.08万元计算，本段的62.6%也相符」)
    and the 计算 that shows it: the text backs the table."""
    gone = {id(f) for f in dropped}
    out = []
    for f in found:
        if id(f) in gone:
            continue
        for d in dropped:
            if (d.block, d.figure, d.expected) != (f.block, f.figure, f.expected) or f.code == d.code:
                continue
            if (m := _BACKED.search(d.message)) and m.group(1) not in f.message:
                f = replace(f, message=f"{f.message.rstrip('。')}；{m.group(1)}。",
                            why="；".join(dict.fromkeys(x for x in (f.why, d.why) if x)))
        out.append(f)
    return out


def changes_backed(found: list[ReviewFinding], derived: list[ReviewFinding]) -> list[ReviewFinding]:
    """``found`` with what each change in ``derived`` (a direction inferred from a level another finding corrects:
    「按“增加25.50万元”推算，比较基数为负数」 of a 19.43 the table says is 44.93) says of that correction, where the
    corrected level gives the change a positive base: 「以44.93万元计算，“增加25.50万元”“增长131.24%”也相符」, with its
    计算 — the text's own change and rate back the table."""
    out = []
    for f in found:
        for d in derived:
            if d.block != f.block or f.code != "R-TEXT-TABLE" or _value(d.why) != _value(f.figure):
                continue
            right, change = _value(f.expected), _value(d.figure)
            if right is None or change is None or right - change <= 0 or not f.expected.endswith(d.figure[-2:]):
                continue
            unit = re.sub(r"[\d,.\s]", "", d.figure)
            base = right - change
            said, whys = [f"增加{d.figure}"], [f"{f.expected} − {d.figure} = {base:,}{unit}（上年）"]
            at = d.quote.find(d.figure)
            rate = re.match(r"[^，。；]{0,4}[，,]\s*(增长|上升|提高)(\d+(?:\.(\d+))?)%", d.quote[at + len(d.figure):])
            if at >= 0 and rate:
                places = len(rate.group(3) or "")
                exact = (change / base * 100).quantize(Decimal(1).scaleb(-places))
                if exact == Decimal(rate.group(2)):
                    said.append(f"{rate.group(1)}{rate.group(2)}%")
                    whys.append(f"{d.figure} ÷ {base:,}{unit} × 100% = {exact}%")
            words = "”“".join(said)
            before = re.search(rf"；以{re.escape(f.expected)}计算，(.+?)[也都]相符(（见计算）)?。$", f.message)
            message = (f"{f.message[: before.start()]}；以{f.expected}计算，{before.group(1)}及所写的“{words}”都相符"
                       "（见计算）。" if before else
                       f"{f.message.rstrip('。')}；以{f.expected}计算，所写的“{words}”也相符（见计算）。")
            f = replace(f, message=message, why="；".join([f.why, *whys]))
        out.append(f)
    return out
