"""Counts and their parts: 「共有车辆5辆，其中：机要通信用车2辆，执法执勤用车3辆，应急保障用车1辆」 — parts that
add up to more than their total are wrong whatever else the list leaves out (国有资产 车辆/设备, 人员, 项目 counts)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..sentences import Sentence, sentences, split_top

_UNITS = "辆|台（套）|台\\(套\\)|台|套|人|个|项|家|批次|人次|次"
# the total: 「共有车辆5辆」「共计12个」「合计3台（套）」, then 其中 right after it
# — or named as a count: 「年末实有人数3人，其中：在职人员3人，离休人员0人，退休人员3人」
_TOTAL = re.compile(rf"(?:(?:共有|共计|共|合计|总计)[^，,；;。\d]{{0,12}}?|(?:实有|编制|总)人数|总数)"
                    rf"(\d+)\s*({_UNITS})\s*[，,]?\s*其中\s*[：:]?")
# — or a count whose parts follow in parentheses: 「绩效自评的项目3个（其中，评级为“优”的项目2个；“良”的项目2个）」
_PAREN_TOTAL = re.compile(rf"(\d+)\s*({_UNITS})[^；;。（()]{{0,60}}?[（(]\s*其中\s*[，,：:]?")
_PART = re.compile(rf"(\d+)\s*({_UNITS})")
# a remark in parentheses without a count of its own (「（洒水车、高空作业车）」), not the unit's 「（套）」; a remark
# with one (「（含新购1辆）」) stays, so that the item is not read as a part of the list
_REMARK = re.compile(r"[（(](?!套[）)])[^（）()\d]*[）)]")


def rule_count_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """A count whose 其中 parts, each in the total's own unit, add up to more than it."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for s in sentences(b.text):
            for m in [*_TOTAL.finditer(s.text), *_PAREN_TOTAL.finditer(s.text)]:
                total, unit = int(m.group(1)), m.group(2)
                paren = m.re is _PAREN_TOTAL
                body = re.split(r"[）)]" if paren else r"[。；;]", s.text[m.end() :])[0]
                # items split outside parentheses, a remark in parentheses left out: 「特种专业技术用车3辆（洒水车、
                # 高空作业车）」 is one item of one count
                items = [_REMARK.sub("", x) for x in (re.split(r"[，,、；;]", body) if paren
                                                      else [t for _, t in split_top(body, "，,、")])]
                items = [x for x in items if x.strip(" 。")]
                parts = [_PART.search(x) for x in items]
                # every item states one count in the total's unit (a remark or another unit: not this list)
                if len(parts) < 2 or any(p is None or p.group(2) != unit or len(_PART.findall(x)) != 1
                                         for p, x in zip(parts, items, strict=True)):
                    continue
                summed = sum(int(p.group(1)) for p in parts if p is not None)
                if summed > total or (summed < total and _complete(items)):
                    said = f"{total}{unit}"
                    shown = " + ".join(f"{p.group(1)}{unit}" for p in parts if p is not None)
                    message = (f"总数小于所列各项之和：“其中”各项合计{summed}{unit}，多于总数{said}" if summed > total
                               else f"总数大于所列各项之和：所列各类已含“其他”，各类合计{summed}{unit}，少于总数{said}")
                    if confirmed := _confirmed(blocks, bi, s, m, said):
                        out.append(_undecided(bi, b, s.text, message, confirmed, (items, parts), summed - total,
                                              (said, f"{shown} = {summed}{unit}")))
                        continue
                    out.append(finding(
                        CODES["R-SUM"].level, "R-SUM", f"{message}。",
                        bi, b, s.text, None, f"{summed}{unit}", f"{shown} = {summed}{unit}",
                    ))
                    out[-1] = replace(out[-1], figure=said)  # the total as written: 「5辆」
    return out


# an item for the rest (「其他用车1辆」): the list names every kind, its parts add up to the total
_REST = re.compile(r"\s*(?:其他|其余)")


def _complete(items: list[str]) -> bool:
    """Whether a 其中 list names every kind of what it counts: one of its items is the rest (其他…)."""
    return any(_REST.match(x) for x in items)


# the words a count is of, right before it: 「编报绩效目标的2024年度项目3个」 → 项目
_NOUN = re.compile(r"([\u4e00-\u9fff]{2})\s*$")


def _confirmed(blocks: list[Block], bi: int, s: Sentence, m: re.Match[str], said: str) -> list[str]:
    """Other statements of the total's count (the same count of the same unit, said of the total's noun: a
    character of it in the words before): in the sentence, 「编报绩效目标的项目3个；绩效跟踪评价的项目3个；绩效自评
    的项目3个（其中…）」; elsewhere, 「共有车辆8辆，其中…」 and 七's 「公务用车保有量为8辆」 — the total is right."""
    noun = _NOUN.search(s.text[: m.start(1)])
    if noun is None:
        return []
    number, unit = m.group(1), m.group(2)
    count = re.compile(rf"(?<![\d.]){re.escape(number)}\s*{re.escape(unit)}")
    out = []
    for k, b in enumerate(blocks):
        if b.is_table:
            continue
        for x in count.finditer(b.text):
            if k == bi and s.start <= x.start() < s.start + len(s.text) and x.start() >= s.start + m.start(1) - 2:
                continue  # the total itself and its parts
            head = re.split(r"[，,；;。：:（(]", b.text[: x.start()])[-1].strip()
            if head and set(noun.group(1)) & set(head) and not head.endswith(("其中", "含")):
                where = "同句" if k == bi and s.start <= x.start() < s.start + len(s.text) else b.place.split("（")[0]
                out.append(f"{where}：{head}{x.group(0)}")
    return out


def _undecided(bi: int, b: Block, quote: str, message: str, confirmed: list[str], listed: tuple[list[str], list],
               excess: int, said_why: tuple[str, str]) -> ReviewFinding:
    """A count total the sentence confirms, its parts adding to more: which part is wrong is not known — the
    parts that could be (each at least the excess) are named, no 应为; the figure is theirs when they read
    alike, else the total's."""
    (items, parts), (said, why) = listed, said_why
    could = [(x, p) for x, p in zip(items, parts, strict=True) if p is not None and int(p.group(1)) >= excess] \
        if excess > 0 else []  # too few: any part may be short
    figure = could[0][1].group(0) if could and len({p.group(0) for _, p in could}) == 1 else said
    which = "或".join(x.strip(" 。") for x, _ in could) if could else "各项"
    return replace(finding(
        CODES["R-SUM"].level, "R-SUM",
        f"{message}；总数与他处所说相符（{'；'.join(confirmed)}），应是某项有误：{which}，请逐项核对"
        "（无法判断是哪一项，未给出应为值）。",
        bi, b, quote, None, "", f"{why}；{'、'.join(confirmed)}",
    ), figure=figure)

