"""An average written after the values it is of: 「自评得分分别为：甲94.5分、乙91.0分、丙88.5分，平均得分92.75分」
— the values listed in one sentence (after 「分别为」「依次为」 or a colon) in the unit of the average, the average
their sum ÷ their number. One shown to its decimals that is not that mean (rounded either way) is an 错误, 应为 the
mean shown to the same decimals. A list left open (「…等」) or with values of another unit between them is not read.

Also an amount per thing counted in the same sentence: 「运行维护费22.83万元，公务用车保有量11辆，平均每辆2.08万元」 —
the amount ÷ the count. Read only where the sentence states one count in that measure word before it, and either one
amount before that count or several of which none gives the average (then nothing is said)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..figures import find_figures
from ..sentences import text_sentences

_NUM = r"\d+(?:\.\d+)?"
# the average: 「平均得分92.75分」「平均分为88.0分」「平均完成率为96.5%」 (not 「年平均」「人均」「平均每人」)
_MEAN = re.compile(rf"(?<![年月日人户])平均(?:得分|分数|分值|分|值|数|完成率|执行率|得分率)?(?:为|是|达到?)?\s*"
                   rf"(?P<num>{_NUM})\s*(?P<unit>分|%|％)")
# an amount per thing counted: 「平均每辆2.08万元」「平均每批次费用0.25万元」「平均每人次120元」
_PER = re.compile(rf"平均每(?P<word>辆|批次|人次|团组|次|人|台|套)(?:车|费用|支出|成本|经费|运行费用?)?(?:为|约)?\s*"
                  rf"(?P<num>{_NUM})\s*(?P<unit>万元|元)")
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



def rule_per_unit(blocks: list[Block]) -> list[ReviewFinding]:
    """Each 「平均每辆/每批次…X万元」 against the amount ÷ the count stated before it (see the module's docstring)."""
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        for m in _PER.finditer(s.text):
            before = s.text[: m.start()]
            counts = [c for c in re.finditer(rf"(?<![\d.])(\d+)\s*{m.group('word')}(?!次)", before)
                      if int(c.group(1)) > 0]
            if len(counts) != 1:
                continue
            n = int(counts[0].group(1))
            amounts = [f for f in find_figures(before[: counts[0].start()]) if f.is_money and f.value > 0]
            if not amounts:
                continue
            scale = Decimal(10000) if m.group("unit") == "万元" else Decimal(1)
            stated = Decimal(m.group("num"))
            step = Decimal(1).scaleb(-_decimals(m.group("num")))
            means = [a.yuan() / scale / n for a in amounts]
            if any(abs(stated - x) < step for x in means) or len(amounts) > 1:
                continue  # it is one of them (rounded either way), or which amount it is of is not said
            if step == 1 and abs(stated - means[0]) < means[0] / 20:
                continue  # a whole number near the mean: 「平均每人次200元」 said roughly
            right = means[0].quantize(step, rounding=ROUND_HALF_UP)
            raw = m.group(0)[m.start("num") - m.start():].strip()
            out.append(replace(finding(
                Level.ERROR, "R-SUM",
                f"平均数与金额、数量不符：{amounts[0].raw}÷{n}{m.group('word')}，平均每{m.group('word')}应为"
                f"{right}{m.group('unit')}，不是{raw}。",
                bi, b, s.text, None, f"{right}{m.group('unit')}",
                f"{amounts[0].raw} ÷ {n} = {right}{m.group('unit')}",
            ), figure=raw))
    return out
