"""The amount a change names in the sentence before it: 「…收入支出总计A万元。与上年相比，收入支出总计增加C万元」
(moved out of directions.py, which reads comparisons with it)."""
from __future__ import annotations

import re

from ..base import DIR, LIST_MARK
from ..figures import Figure
from ..sentences import CMP, Fig, Sentence, label_start


def named_before(prev: Sentence, quote: str, g: Fig) -> Figure | None:
    """ "…收入支出总计A万元。与上年相比，收入支出总计增加C万元": the amount the sentence before
    states under the words this change is about (one amount, named the same, in that sentence)."""
    # 「…收入支出总计增长6.86%，增加C」: the change's words are those of its rate said first (「…总计增加C」)
    head = _RATE_FIRST.sub("", quote[: g.f.start])
    words = re.split(r"[，,；;：:]", head)[-1]
    levels = [x for x in prev.figs if x.role == "level" and not x.paren and x.f.is_money]
    before = _AMOUNT.sub("", head[: len(head) - len(words)])  # "与上年的B相比，": the base's amount left out
    if (lead := _AGAINST_ONLY.match(words)) and lead.end():  # "较上年决算数增加C": the comparison opens the clause
        before, words = before + words[: lead.end()], words[lead.end() :]
    if re.fullmatch(rf"(?:各|均|分别)?(?:{DIR}|{_BUDGET_WORDS})了?", words.strip()) \
            and (_AGAINST_ONLY.fullmatch(before) or not before.strip()):
        # "…收入总计A万元。与上年相比，增加C万元": no subject of its own — the one amount of the sentence before
        # (「收入总计A，支出总计A。收、支与2023年度相比…」: one amount twice), when that is not last year's
        # (「…总计均为A。比2023年度增加C」: the year compared with is not the amount's own); also a sentence that
        # opens on the change, the year compared with said once for the text (「比2023年度（下同）」): 「…支出A万元，
        # 占…%。减支C万元，增长R%」
        one = levels[0] if levels and len({x.f.value for x in levels}) == 1 else None
        years = re.findall(r"(?:19|20)\d\d(?=年)", before)
        return one.f if one is not None and one.f.unit == g.f.unit and not _PRIOR.search(one.pre) \
            and not any(y + "年" in one.pre for y in years) else None
    m = re.match(rf"^(.{{2,40}}?)(?:{DIR})了?$", words.strip())
    if not m:
        return None
    # "2018年“三公”经费预算数比2017年预算数减少C": the subject is what comes before 比, without its year
    subject = _core(re.split(CMP, m.group(1))[0])
    if len(subject) < 2 or re.search(r"\d", subject):
        return None

    def label(x: Fig) -> str:
        return _core(prev.text[label_start(prev.text, x.f.start) : x.f.start])

    named = [x for x in levels if label(x).endswith(subject)]
    if len(named) != 1 or named[0].f.unit != g.f.unit:
        return None
    if label(named[0]) != subject and _list_item(prev, named[0], levels):
        # 「收入预算A，其中：…国有资本经营预算收入0。收入较去年增加C」: the bare 收入 is the head's, the item only
        # ends with the word
        return None
    return named[0].f


def _list_item(prev: Sentence, x: Fig, levels: list[Fig]) -> bool:
    """Whether the amount ``x`` is an item of a 其中 list whose head amount the sentence states before it."""
    mark = LIST_MARK.search(prev.text, 0, x.f.start)
    return mark is not None and any(y.f.end <= mark.start() for y in levels)


def opens_with_base(quote: str, base: Figure) -> bool:
    """Whether the sentence opens with its comparison's base and nothing before it: "与上年的B相比，…"."""
    return _AGAINST_ONLY.match(quote[: base.start] + "相比") is not None


# a clause that only says what the change is against: "与2022年度相比，", "同比", "较上年" ("与上年的B相比" with its
# base amount taken out)
_AGAINST_ONLY = re.compile(r"\s*(?:(?:收、支|收支|收入、支出|收入和支出)(?:总计)?(?:均|都)?)?"
                           r"(?:与(?:上年度?|去年|上年同期|(?:19|20)\d\d年度?)(?:决算数?)?的?(?:相比|比较)|同比"
                           r"|(?:比|较)(?:上年度?|去年|(?:19|20)\d\d年度?)(?:决算数?)?)\s*[，,]?\s*")
_PRIOR = re.compile(r"上年|去年|上一年")
# a rate said before its change, in the clause before it: 「增长6.86%，」 before 「增加C」
_RATE_FIRST = re.compile(rf"(?:同比)?(?:{DIR})了?\s*[-−]?\d[\d.]*\s*[%％]\s*[，,]\s*(?=(?:{DIR})了?\s*$)")
_BUDGET_WORDS = "增收|减收|增支|减支"  # a change of 收入/支出 in one word (「增收C万元」「减支C万元」)
_AMOUNT = re.compile(r"\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元)")


def _core(label: str) -> str:
    """A line's name without its year, fund scope and the words around an amount ("2018年财政拨款“三公”经费
    预算总额为" → "“三公”经费预算")."""
    label = re.sub(r"(?:19|20)\d\d年度?|本年度?|财政拨款|的", "", label.strip())
    label = re.sub(r"(?:均|各|分别|共)?(?:为|是|达)?$", "", label)  # "收、支总计均为", "收、支总计各增加"
    return re.sub(r"(?:总额|合计|总计|数)?$", "", label)
