"""Which clauses of a 「其中」 list are its items: a remark after them (「比上年增加13%」「具体…如下：」) is
none, a rate said after an item's change is that item's, and a 「；」 clause stating the total's own line for another
scope ends the list."""

from __future__ import annotations

import re

from ..figures import find_figures
from ..sentences import Fig, levels_of, split_top
from .statements import figures_of

# a line left blank in a list (「项目支出。」) is a line's name: it ends as one does
_LINE_NAME = re.compile(r"^[\u4e00-\u9fff（）()“”\"、]{2,24}(?:支出|收入|经费|费用?|结余|资金|补助|拨款)\s*$")


def remark(text: str) -> bool:
    """Whether a clause of a 「其中」 list says something about the list rather than being one of its items: no amount
    of money and not a line's name left blank — 「比2013年增加13%」, 「主要因为两个方面」, 「具体支出预算如下：」,
    「与2013年对比」, 「接待费下降9%」 after the last item. Such a clause is no item: the items around it are the
    list."""
    if any(f.is_money for f in figures_of(text)):
        return False
    return not _LINE_NAME.match(text.strip().rstrip("。：:"))


_RATE_ONLY = re.compile(r"^\s*(?:同比|比上年|较上年)?(?:增长|下降|上升|降低|增加|减少)了?\s*[-−]?\d")


def rates_joined(texts: list[str]) -> list[str]:
    """Items parted by 「，」 where the template has 「；」: a rate said after its item's change (「公务用车…减少
    0.84万元，    下降5.52%，公务接待费…」) is that item's, not an item of its own."""
    out: list[str] = []
    for t in texts:
        if out and _RATE_ONLY.match(t) and all(x.is_percent for x in figures_of(t)):
            out[-1] = f"{out[-1]}，{t}"
        else:
            out.append(t)
    return out


def _suffix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their ends."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def own_clauses(body: str, head: list[Fig]) -> str:
    """A list's body up to the first 「；」 clause that states the total's own line for another scope: in 「预留项目中…
    采购金额A，其中小微企业B；其他政府采购项目中…采购金额C」 C is no part of A but its sibling. Such a clause names the
    total's line (four characters or more shared at the end) with a qualifier of its own where the head has another
    (「其他项目支出」 under 「项目支出」 is an item; so is 「公务用车运行维护支出」 under
    「公务用车购置及运行维护支出」, whose qualifier the head's name holds), and shares more of it than the list's
    first item does."""
    total = levels_of(head)
    clauses = split_top(body, "；;")
    if len(total) != 1 or len(clauses) < 2:
        return body
    name = re.split(r"[，,。；;：:、]", total[0].pre)[-1].strip()

    def shared(text: str) -> tuple[int, str]:
        first = next(iter(find_figures(text)), None)
        label = re.split(r"[，,：:、]", text[: first.start] if first else text)[-1].strip()
        return _suffix(name, label), label

    first, _ = shared(clauses[0][1])
    for at, text in clauses[1:]:
        n, label = shared(text)
        if n >= 4 and n > first and n < len(name) and n < len(label) and label[: len(label) - n] not in name:
            return body[:at].rstrip("；;")
    return body
