"""One count of one thing stated twice with two values (R-SAME): 七's 「开支财政拨款的公务用车保有量为36辆」 against
十一's 「共有车辆38辆，其中：…」, 编制 or 实有人数 in 概况 and again later. The same count is the same words before it
(``KEYS``) at the report year's end; 公务用车保有量 (cars paid from 财政拨款) is the unit's 车辆 count when all its
income is 财政拨款 (else it may be fewer: cars run on 事业收入). Which value is right: a table that states the count,
else the one statement whose 其中 kinds add up to it, else the value most statements give; when nothing decides,
a 警告 names both places and gives no 应为."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..places import named
from ..sentences import report_year, text_sentences
from .cross import _fiscal_only
from .text_table import table_kind

_AT = r"\s*(?:为|是|共|共计|合计|总数为|总计)?\s*"
# (the count's name in messages, the words before it, the unit)
KEYS = (
    ("公务用车保有量", r"公务用车(?:实有|保有)(?:量|数)?", "辆"),
    ("车辆", r"(?:共有|实有|现有|拥有|占有)车辆|车辆(?=\s*(?:共|总数为|合计))", "辆"),
    ("行政编制", r"行政编制(?:人数|数)?", "人|名"),
    ("事业编制", r"(?<!公)(?<!管理)事业编制(?:人数|数)?", "人|名"),  # not 「参公事业编制」: another count
    ("实有人数", r"(?<!在职)(?<!在编)(?<!退休)(?<!离休)(?<!编外)实有人(?:数|员)", "人|名"),
)
_STATED = [(name, re.compile(rf"(?:{words}){_AT}(\d+)\s*({unit})")) for name, words, unit in KEYS]
# the words that make a count another year's, or a change rather than a count
_OTHER_TIME = re.compile(r"上年|去年|上一年|年初|同期")
_LIST = re.compile(r"^[，,]?\s*其中\s*[：:，,]?(?P<body>[^。；;]*)")
_PART = re.compile(r"(\d+)\s*(辆|人|名)")
_ALL_FISCAL = re.compile(r"收入[^。；;]{0,30}(?:均|全部)(?:为|是|来自)财政拨款|无(?:上级补助收入、)?事业收入、经营收入")


@dataclass(frozen=True)
class Count:
    key: str
    n: int
    said: str  # as written: 「36辆」
    block: int
    sentence: str
    parts: int | None  # what its 其中 kinds add up to (None: no list)

    @property
    def listed(self) -> bool:
        return self.parts == self.n


def _counts(blocks: list[Block]) -> list[Count]:
    year = report_year(blocks)
    out = []
    for bi, _, s in text_sentences(blocks):
        for key, pattern in _STATED:
            for m in pattern.finditer(s.text):
                before = re.split(r"[；;。]", s.text[: m.start()])[-1]
                years = re.findall(r"((?:19|20)\d\d)\s*年", before)
                if _OTHER_TIME.search(before) or (years and year and int(years[-1]) != year):
                    continue
                parts = None
                if (lst := _LIST.match(s.text[m.end() :])) and len(found := _PART.findall(lst.group("body"))) >= 2:
                    parts = sum(int(n) for n, _ in found)
                out.append(Count(key, int(m.group(1)), s.text[m.start(1) : m.end(2)], bi, s.text, parts))
    # a name said twice in one sentence counts two things (「行政编制0人，实有人数0人；事业编制334人，实有人数301人」)
    return [c for c in out if sum(1 for x in out if (x.key, x.block, x.sentence) == (c.key, c.block, c.sentence)) == 1]


def _all_fiscal(blocks: list[Block]) -> bool:
    """All the year's income is 财政拨款 (公开02's 合计 row, or the text says so): every car is paid from it."""
    where = {k: bi for bi, b in enumerate(blocks) if b.is_table and (k := table_kind(b))}
    return _fiscal_only(blocks, where) or any(_ALL_FISCAL.search(b.text) for b in blocks if not b.is_table)


def _table_count(blocks: list[Block], key: str) -> tuple[int, str] | None:
    """A table row naming the count (「公务用车保有量（辆）| 38」) with one whole number: (the number, where)."""
    label = {"公务用车保有量": r"保有量|车辆数", "车辆": r"车辆(?:数|总数)?|保有量"}.get(key, re.escape(key))
    for b in blocks:
        if not b.is_table:
            continue
        for row in b.rows:
            cells = [re.sub(r"\s+", "", c) for c in row]
            counts = [c for c in cells if re.fullmatch(r"\d{1,5}", c)]
            if len(counts) == 1 and any(re.search(label, c) for c in cells if not c.isdigit()):
                return int(counts[0]), f"{named(b)}为{counts[0]}"
    return None


_ONE_COUNT = "本单位收入均为财政拨款，车辆都由财政拨款开支，公务用车保有量即车辆数"


def rule_counts_twice(blocks: list[Block]) -> list[ReviewFinding]:
    """A count stated twice with two values: the wrong one with 应为 where the table, a 其中 list that adds up or
    the majority decides; else a 警告 on the later naming the earlier."""
    counts = _counts(blocks)
    merged = any(c.key == "公务用车保有量" for c in counts) and _all_fiscal(blocks)
    if merged:
        counts = [replace(c, key="车辆") if c.key == "公务用车保有量" else c for c in counts]
    out = [] if merged else _fleet_exceeded(blocks, counts)
    for key in dict.fromkeys(c.key for c in counts):
        group = [c for c in counts if c.key == key]
        values = {c.n for c in group}
        if len(values) < 2:
            continue
        right, why = _decide(blocks, key, group)
        name = "车辆数" if key == "车辆" else key
        if merged and key == "车辆":  # why 保有量 and 共有车辆 are one count here
            why = "；".join(x for x in (why, _ONE_COUNT) if x)
        if right is None:
            first = group[0]
            for c in (c for c in group if c.n != first.n):
                out.append(replace(finding(
                    Level.WARNING, "R-SAME",
                    f"同一数量前后不一致：年末{name}在{named(blocks[first.block])}为{first.said}，此处为{c.said}，"
                    "请核对哪一处正确（表格、所列各类之和与他处所说都不能判断，未给出应为值）。",
                    c.block, blocks[c.block], c.sentence, why=f"前文：{first.sentence[:60]}"),
                    figure=c.said))
            continue
        good = next(c for c in group if c.n == right) if right in values else None
        # a count whose own kinds add up to the right value: R-SUM says it there (rule_count_parts)
        for c in (c for c in group if c.n != right and c.parts != right):
            shown = re.sub(r"\d+", str(right), c.said)
            other = "，".join(x for x in (f"{named(blocks[good.block])}为{good.said}" if good else "", why) if x)
            out.append(replace(finding(
                Level.ERROR, "R-SAME", f"同一数量前后不一致：年末{name}此处为{c.said}，{other}：应为{shown}。",
                c.block, blocks[c.block], c.sentence, expected=shown,
                why=f"另见：{good.sentence.strip()[:60]}" if good else why), figure=c.said))
    return out


def _fleet_exceeded(blocks: list[Block], counts: list[Count]) -> list[ReviewFinding]:
    """公务用车保有量 (the cars paid from 财政拨款) more than the unit's 车辆 in all: a part larger than its whole. The
    保有量 is the one to fix where the 车辆 count's own 其中 kinds add up to it (an 错误 saying the bound, the text
    giving no value); else a 警告 naming both places. A 车辆 count whose kinds add up to more: R-SUM says it
    (rule_count_parts)."""
    fleets = [c for c in counts if c.key == "车辆"]
    keeps = [c for c in counts if c.key == "公务用车保有量"]
    if len({c.n for c in fleets}) != 1 or any(c.parts is not None and not c.listed for c in fleets):
        return []
    fleet = next((c for c in fleets if c.listed), fleets[0])
    out = []
    for keep in (c for c in keeps if c.n > fleet.n):
        where = f"{named(blocks[fleet.block])}：{fleet.sentence.strip()[:40]}"
        if fleet.listed:
            message = (f"公务用车保有量{keep.said}多于单位共有车辆{fleet.said}（其中所列各类合计也是{fleet.said}）："
                       f"开支财政拨款的公务用车是单位车辆的一部分，保有量应不多于{fleet.said}，请核对"
                       "（从文中无法确定应为值）。")
            level = Level.ERROR
        else:
            message = (f"公务用车保有量{keep.said}多于单位共有车辆{fleet.said}（{named(blocks[fleet.block])}）："
                       "保有量不能多于车辆总数，两处必有一处有误，请核对（从文中无法判断是哪一处，未给出应为值）。")
            level = Level.WARNING
        out.append(replace(finding(level, "R-SUBSET", message, keep.block, blocks[keep.block], keep.sentence,
                                   why=f"{keep.said} > {fleet.said}（{where}）"), figure=keep.said))
    return out


def _decide(blocks: list[Block], key: str, group: list[Count]) -> tuple[int | None, str]:
    """(the right value, what says so): a table, else the one value whose statement lists kinds that add up to it,
    else the value most statements give; (None, "") when nothing decides."""
    if (table := _table_count(blocks, key)) is not None and table[0] in {c.n for c in group}:
        return table[0], f"表中{table[1]}"
    # a value some statement's 其中 kinds add up to (its own, or another's whose total is the slip)
    listed = {c.parts for c in group if c.parts is not None} & {c.n for c in group}
    if len(listed) == 1:
        n = listed.pop()
        return n, f"其中所列各类合计也是{n}{next(c.said for c in group if c.n == n).lstrip('0123456789')}"
    tally = sorted(((sum(1 for c in group if c.n == n), n) for n in {c.n for c in group}), reverse=True)
    if tally[0][0] > tally[1][0]:
        return tally[0][1], f"其他{tally[0][0]}处都是{tally[0][1]}"
    return None, ""
