"""Which base a wrong share was taken of. A share that is not its part ÷ its whole is most often the part ÷ another
total the document states (收入总计 with 年初结转和结余 for 本年收入合计, 支出总计 with 年末结转和结余, last year's
total, a 年初预算 for a 决算): the amounts the text states are tried as bases, and the one that gives the share, when
only one does, is named — with what makes it differ from the right base where a table row or the text states that
difference — so the reviewer sees where the writer's figure came from:
「17.52%是按收入支出总计9,134.61万元（含年初结转和结余210.35万元）计算的；占比应以本年收入合计8,924.26万元为基数：
应为17.93%。」"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..base import iv, iv_ratio, meets, show
from ..blocks import Block, table_unit
from ..figures import Figure
from ..sentences import sentences

# a label's words that say whose or which year's it is, not what it is: 「上海市某某局2024年度」「本单位」「本园」
OWNER = re.compile(r"^(?:.*?(?:19|20)\d\d年度?)?(?:本(?:单位|部门|局|院|委|办|馆|中心|园|所|站|校|会|队))?")
_MONEY_UNITS = {"元": Decimal(1), "万元": Decimal(10000)}


# the year a whole is of, and the unit's (short) name written before it: 「区医保局2024年度」, 「本年度」
_THIS_YEAR = re.compile(r"^(?:[^\d，,。；;：:、（(]{0,15}?(?:19|20)\d\d年度?|本年度?)")


def bare_name(label: str) -> str:
    """A whole's name without the year it is of, nor whose it is (the unit's name before that year, 「本园」 after
    it: 「区医保局2024年度政府采购支出总额」, 「2024年度本园政府采购支出总额」 are the 「政府采购支出总额」 a share
    names) nor 合计 (「2023年度收入合计」 is the 「本年收入」 a share names); "" when nothing is left to name it."""
    bare = label.strip()
    for _ in range(2):  # 「区医保局2024年度本年收入合计」 → 「本年收入合计」 → 「收入合计」
        bare = _THIS_YEAR.sub("", bare)
    bare = re.sub(r"(?<=..)合计$", "", OWNER.sub("", bare))
    return bare if len(bare) >= 2 else ""


def whole_names(label: str) -> tuple[str, ...]:
    """The names an amount stated under ``label`` may be named by as a share's whole (「…占政府采购支出总额的…」),
    the name as written first."""
    # a section's heading run into the sentence (「（二）收入决算情况说明本年收入合计」): the name after it
    after = re.sub(r"^.*?(?:情况说明|说明)(?=[\u4e00-\u9fff]{2})", "", label)
    return tuple(dict.fromkeys(x for x in (label, bare_name(label), after, bare_name(after)) if x))


def names_whole(share_of: str, label: str) -> bool:
    """Whether a share's whole as it names it (「占收入合计的」) is the amount stated under ``label``
    (「本年收入合计」): the names they go by meet (rule_shares finds a share's whole by the same names)."""
    mine = set(whole_names(label))
    return bool(mine) and bool({share_of.strip(), bare_name(share_of)} & mine)


@dataclass(frozen=True)
class Stated:
    """An amount the text states, with its name as written (「收入支出总计」)."""

    figure: Figure
    name: str


def _name(pre: str) -> str:
    """The name the words before an amount give it: 「2024年度收入、支出总计均为」 → 「收入、支出总计」 (a 「、」 after
    an amount parts list items: 「货物采购金额300.00万元、服务采购金额」 → 「服务采购金额」; a note in brackets
    left out: 「政府采购金额（以合同签订为准）为」 → 「政府采购金额」)."""
    pre = re.sub(r"[（(][^（()）]{1,20}[）)](?=(?:均|分别|合计|共计)?(?:为|是|达到?)$)", "", pre)
    label = re.sub(r"(?:均|分别|合计|共计)?(?:为|是|达到?)$", "", re.split(r"[，,。；;：:（(）)]", pre)[-1].strip())
    pieces = OWNER.sub("", label).strip().split("、")
    k = len(pieces) - 1
    while k > 0 and pieces[k - 1] and not re.search(r"\d", pieces[k - 1]):
        k -= 1
    label = "、".join(pieces[k:])
    return label if 2 <= len(label) <= 20 and not re.search(r"\d", label) else ""


def stated_amounts(blocks: list[Block]) -> list[Stated]:
    """Every amount of money the text states as a level, with its name (none where the words before it name none)."""
    out = []
    for b in blocks:
        if b.is_table:
            continue
        for s in sentences(b.text):
            out += [Stated(g.f, _name(g.pre)) for g in s.figs
                    if g.role == "level" and not g.paren and g.f.is_money and g.f.value > 0]
    return out


def name_of(whole: Figure, stated: list[Stated], like: str = "") -> str:
    """The name the text gives ``whole`` where it states it (「本年收入合计」): the name of that very statement, else of
    the statements of the same amount the one nearest ``like`` in words (the base the writer used: a 支出 total's
    share is of a 支出 total, not of a 收入 line that happens to print the same figure), the first on a tie; "" where
    it names it nowhere."""
    named = [x.name for x in stated if x.name and x.figure is whole] or [
        x.name for x in stated if x.name and x.figure.raw == whole.raw and x.figure.yuan() == whole.yuan()]
    return max(named, key=lambda n: len(_pairs(n) & _pairs(like))) if named else ""


def _cells(blocks: list[Block]) -> list[tuple[str, Decimal, int]]:
    """Every amount a table prints, in 元, with the words of its row before it (its line's name) and its table."""
    out = []
    for bi, b in enumerate(blocks):
        if not b.is_table or (scale := _MONEY_UNITS.get(table_unit(b))) is None:
            continue
        for row in b.rows:
            label = ""
            for cell in row:
                text = cell.strip().replace(",", "")
                try:
                    out.append((label, Decimal(text) * scale, bi))
                except InvalidOperation:
                    label = re.sub(r"^[一二三四五六七八九十]+、", "", cell.strip()) or label
    return out


def _difference(gap: Decimal, base: Figure, whole: Figure, stated: list[Stated], blocks: list[Block]) -> str:
    """What the gap between the base used and the right one is, where a table that prints both totals prints the gap
    on a line of its own (「年初结转和结余」), else where the text names an amount of that size; "" otherwise."""
    cells = _cells(blocks)
    both = {bi for _, v, bi in cells if v == base.yuan()} & {bi for _, v, bi in cells if v == whole.yuan()}
    named = list(dict.fromkeys(label for label, v, bi in cells if bi in both and v == abs(gap) and label)) or \
        list(dict.fromkeys(x.name for x in stated if x.name and x.figure.yuan() == abs(gap)))
    if len(named) != 1:
        return ""
    return f"{'含' if gap > 0 else '未含'}{named[0]}{show(abs(gap), base)}"


def base_used(part: Figure, share: Figure, whole: Figure, stated: list[Stated],
              blocks: list[Block]) -> tuple[str, str]:
    """「17.52%是按收入支出总计9,134.61万元（含年初结转和结余210.35万元）计算的」: the one amount the text states,
    other than ``whole`` and within a factor of four of it (a 采购 share of the year's 本年支出合计), that ``share`` is
    ``part`` ÷ of, with that amount's name; "" where none or more than one is."""
    if share.value <= 0 or whole.yuan() <= 0:
        return "", ""
    fits = [x for x in stated if x.name and x.figure.yuan() not in (whole.yuan(), part.yuan())
            and whole.yuan() / 4 <= x.figure.yuan() <= whole.yuan() * 4
            and (r := iv_ratio(iv(part), iv(x.figure))) is not None and meets(r, iv(share))]
    if len({x.figure.yuan() for x in fits}) != 1:
        return "", ""
    # one amount stated under two names (「收入总计…，支出总计…」): the name nearer the right base's
    like = _pairs(name_of(part, stated) or name_of(whole, stated))  # the part's kind (支出/收入) first
    used = max(fits, key=lambda x: len(_pairs(x.name) & like))
    base = used.figure
    gap = _difference(base.yuan() - whole.yuan(), base, whole, stated, blocks)
    return f"{share.raw}是按{used.name}{base.raw}{f'（{gap}）' if gap else ''}计算的", used.name


def _pairs(name: str) -> set[str]:
    return {name[k : k + 2] for k in range(len(name) - 1)}


def share_message(part: Figure, share: Figure, whole: Figure, right: str, stated: list[Stated], blocks: list[Block],
                  whole_name: str = "") -> str:
    """The message of a share that is not ``part`` ÷ ``whole`` (``right``: the share it should be, as shown): the
    part by its name, the base the writer used, where it can be told, and the base to use; "" otherwise (the plain
    statement: ``plain_share``)."""
    used, used_name = base_used(part, share, whole, stated, blocks)
    if not used:
        return ""
    name = whole_name or name_of(whole, stated, name_of(part, stated) or used_name)
    own = name_of(part, stated)
    return f"{own + '的占比' if own else ''}{used}；占比应以{name}{whole.raw}为基数：应为{right}%。"


def plain_share(part: Figure, share: Figure, right: str, stated: list[Stated], base: str = "") -> str:
    """The message of a wrong share whose base the writer used cannot be told: the part by its name where the text
    states it (「事业收入的占比与金额不符：应为50.68%，不是49.35%。」), ``base`` after the wrong share."""
    name = name_of(part, stated)
    return f"{name + '的' if name else ''}占比与金额不符：应为{right}%，不是{share.raw}{base}。"
