"""The template's field name left where the unit's name belongs: "第一部分 部门名称概况",
"第二部分 部门名称2023年度部门决算表" in a document whose title names the unit, or 「第一部分 XX部门(单位)概况」 in a
filled-in text whose window gives no title (the name to write is then not known). The template itself (its title
holds the placeholder: "上海市XX局2024年度部门决算") is left alone."""
from __future__ import annotations

import re
from dataclasses import replace

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at

_PLACE = (r"(?:部门|单位)(?:（单位）|\(单位\))?名称|[\u4e00-\u9fff]{0,6}(?:XX+|xx+|××+|ＸＸ+)"
          r"(?:中心|[局委办厅处室院所站校]|(?:部门|单位)(?:（单位）|\(单位\))?)?")
# a name slot: before 概况, before the year of the 决算 it heads, before 部门决算/决算情况说明
_SLOT = re.compile(rf"(?P<name>{_PLACE})(?=\s*(?:概况|(?:19|20)\d\d\s*年度?|年度部门|部门决算|单位决算|决算情况))")
_TITLE = re.compile(r"^\s*(?:关于)?(?P<unit>[\u4e00-\u9fff（）()]{4,40}?)\s*(?:(?:19|20)\d\d\s*年度?|本级)")
# a part's number before the slot, not of the name: 「第一部分XX局概况」
_PART = re.compile(r"^第[一二三四五六七八九十]+部分")


def name_slots(blocks: list[Block]) -> list[tuple[int, int, int, str]]:
    """(block, start, end, the placeholder as written) of each name slot, a part's number left out."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for s in _SLOT.finditer(b.text):
            cut = _PART.match(s.group("name"))
            start = s.start() + (cut.end() if cut else 0)
            if start < s.end():
                out.append((bi, start, s.end(), b.text[start: s.end()]))
    return out


def rule_name_placeholders(blocks: list[Block]) -> list[ReviewFinding]:
    """A placeholder standing for the unit's name where the title gives the name — or where no title is given, in a
    filled-in text."""
    from .wording import filled_in  # (wording asks this rule which placeholders are its own)

    title = next((b for b in blocks[:3] if not b.is_table and b.text.strip()), None)
    m = _TITLE.match(title.text) if title else None
    if title is None or re.search(_PLACE, title.text) or (m is not None and "名称" in m.group("unit")):
        return []  # the template's own title
    if m is None and not filled_in(blocks):
        return []  # no title naming the unit, and not a text of its own
    places = name_slots(blocks)
    if not places:
        return []
    bi, start, _, name = places[0]  # one problem: said once, at its first place, with how many there are
    b = blocks[bi]
    more = f"（共{len(places)}处）" if len(places) > 1 else ""
    unit = m.group("unit") if m is not None else ""
    return [replace(finding(
        Level.WARNING, "R-TEMPLATE", f"模板的“{name}”未换成单位名称{more}：应为“{unit}”。" if unit
        else f"模板的“{name}”未换成单位名称{more}：应填入本单位名称。",
        bi, b, sentence_at(b.text, start).strip(), expected=unit,
    ), figure=name)]
