"""An average written after the values it is of: 「自评得分分别为：甲94.5分、乙91.0分、丙88.5分，平均得分92.75分」
— the values listed in one sentence (after 「分别为」「依次为」 or a colon) in the unit of the average, the average
their sum ÷ their number. One shown to its decimals that is not that mean (rounded either way) is an 错误, 应为 the
mean shown to the same decimals. A list left open (「…等」) or with values of another unit between them is not read."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..sentences import text_sentences

_NUM = r"\d+(?:\.\d+)?"
# the average: 「平均得分92.75分」「平均分为88.0分」「平均完成率为96.5%」 (not 「年平均」「人均」「平均每人」)
_MEAN = re.compile(rf"(?<![年月日人户])平均(?:得分|分数|分值|分|值|数|完成率|执行率|得分率)?(?:为|是|达到?)?\s*"
                   rf"(?P<num>{_NUM})\s*(?P<unit>分|%|％)")
# where the list of values opens
_OPEN = re.compile(r"分别(?:为|是|得)?|依次为|[：:]")


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


def rule_averages(blocks: list[Block]) -> list[ReviewFinding]:
    """Each average against the mean of the values listed before it in its sentence (see the module's docstring)."""
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        for m in _MEAN.finditer(s.text):
            opens = list(_OPEN.finditer(s.text, 0, m.start()))
            if not opens:
                continue
            body = s.text[opens[-1].end(): m.start()]
            unit = m.group("unit").replace("％", "%")
            values = re.findall(rf"(?<![\d.])({_NUM})\s*(分|%|％|万元|元|人|个|项|次)", body)
            if len(values) < 2 or any(u.replace("％", "%") != unit for _, u in values):
                continue
            if re.search(r"等(?:[，,；;]|\s*$)", body.rstrip()):
                continue  # examples, not the whole list
            mean = sum((Decimal(v) for v, _ in values), Decimal(0)) / len(values)
            stated = Decimal(m.group("num"))
            step = Decimal(1).scaleb(-_decimals(m.group("num")))
            if abs(stated - mean) < step:
                continue  # the mean rounded (either way) to the decimals shown
            right = mean.quantize(step, rounding=ROUND_HALF_UP)
            raw = m.group(0)[m.start("num") - m.start():]
            listed = "、".join(v + u for v, u in values)
            out.append(replace(finding(
                Level.ERROR, "R-SUM",
                f"平均数与所列各项不符：{listed}共{len(values)}项，平均为{right}{unit}，不是{raw.strip()}。",
                bi, b, s.text, None, f"{right}{unit}",
                f"({' + '.join(v for v, _ in values)}) ÷ {len(values)} = {right}{unit}",
            ), figure=raw.strip()))
    return out

