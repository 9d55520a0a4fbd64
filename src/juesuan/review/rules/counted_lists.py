"""A list that says how many items it has: 「2017年中央彩票公益金用途包括10个项目，其中用于甲318.24亿元，…、用于其他
社会公益事业103.72亿元」 — ten amounts for ten items is the whole list, so they add up to the total the text states
elsewhere for the same year and subject (「2017年彩票公益金安排支出466.29亿元」). When they do not, the list's rest
item (其他…) is the figure to fix, 应为 the total less the other items; without one, the total is 应为 the sum."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, finding, iv, iv_sum, meets, show
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import label_start, text_sentences

_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNTED = re.compile(r"(?P<year>(?:19|20)\d\d)年(?:度)?的?(?P<subj>[\u4e00-\u9fff]{2,20}?)(?:的)?(?:用途|资金|支出)?"
                      r"(?:包括|分为|涉及|共有|共)(?P<n>\d{1,2}|[两二三四五六七八九十])(?:个|项|类|方面)(?:项目|用途|方面)?")
_REST = re.compile(r"(?:用于)?其他")


def rule_counted_lists(blocks: list[Block]) -> list[ReviewFinding]:
    """The amounts of a list that says how many items it has, against the total stated elsewhere."""
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        m = _COUNTED.search(s.text)
        if m is None:
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else _CN[m.group("n")]
        text, on = s.text, (bi, b, s.text)
        if _broken(b.text, text) and bi + 1 < len(blocks) and not blocks[bi + 1].is_table:
            # a list broken off at its paragraph's end goes on in the next (a page or window cut mid-word)
            following = re.split(r"(?<=[。；;])", blocks[bi + 1].text, maxsplit=1)[0]
            text, on = text.rstrip().removesuffix("。") + following, (bi + 1, blocks[bi + 1], following)
        body = text[m.end():]
        amounts = [f for f in find_figures(body) if f.is_money]
        if n < 2 or len(amounts) != n or len({f.unit for f in amounts}) != 1:
            continue
        total = _total(blocks, bi, s.start, m.group("year"), m.group("subj"), amounts[0].unit)
        summed = iv_sum([iv(f) for f in amounts])
        if total is None or meets(summed, iv(total)):
            continue
        rest = [f for f in amounts if _REST.match(body[label_start(body, f.start): f.start])]
        exact = sum((f.yuan() for f in amounts), Decimal(0))
        terms = " + ".join(f.raw for f in amounts)
        if len(rest) == 1:
            right = total.yuan() - (exact - rest[0].yuan())
            at = (bi, b, s.text) if m.end() + rest[0].end <= len(s.text) else on
            out.append(finding(
                CODES["R-SUM"].level, "R-SUM",
                f"所列{n}项之和为{show(exact, total)}，与总数{total.raw}不符；按总数，“其他”一项应为"
                f"{show(right, total)}（也可能是其他某项有误，请核对）。",
                *at, rest[0], show(right, total),
                f"{terms} = {show(exact, total)}；{total.raw} − {show(exact - rest[0].yuan(), total)} = "
                f"{show(right, total)}"))
        else:
            out.append(finding(
                CODES["R-SUM"].level, "R-SUM",
                f"所列{n}项之和为{show(exact, total)}，与总数{total.raw}不符，请核对。",
                bi, b, s.text, None, "", f"{terms} = {show(exact, total)}"))
    return out


def _broken(text: str, quote: str) -> bool:
    """Whether ``quote`` is its paragraph's last sentence and the paragraph ends with no 。；！？ (the splitter may
    have closed it with 「。」)."""
    body = text.rstrip()
    return not body.endswith(("。", "；", ";", "！", "!", "？", "?", "：", ":")) and body.endswith(
        quote.rstrip().removesuffix("。").rstrip())


def _total(blocks: list[Block], bi: int, start: int, year: str, subj: str, unit: str) -> Figure | None:
    """The total stated elsewhere for the year and subject: an amount whose words name the year and the subject's
    last four characters (or all of it, if shorter); the most precise of them, when they agree."""
    core = subj[-4:]
    found: list[Figure] = []
    for k, b in enumerate(blocks):
        if b.is_table:
            continue
        for f in find_figures(b.text):
            if not f.is_money or f.unit != unit or (k == bi and f.start >= start):
                continue
            label = b.text[label_start(b.text, f.start): f.start]
            if year + "年" in label and core in label:
                found.append(f)
    if not found or any(not meets(iv(f), iv(g)) for f in found for g in found):
        return None
    return max(found, key=lambda f: f.decimals)
