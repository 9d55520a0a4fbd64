"""The template's field name left where the unit's name belongs: "第一部分 部门名称概况",
"第二部分 部门名称2023年度部门决算表" in a document whose title names the unit. The template itself
(its title holds the placeholder: "上海市XX局2024年度部门决算") is left alone."""
from __future__ import annotations

import re
from dataclasses import replace

from ...core.findings import Level
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at

_PLACE = r"(?:部门|单位)(?:（单位）|\(单位\))?名称|[\u4e00-\u9fff]{0,6}(?:XX+|xx+|××+|ＸＸ+)[局委办厅处室中心院所站校]?"
# a name slot: before 概况, before the year of the 决算 it heads, before 部门决算/决算情况说明
_SLOT = re.compile(rf"(?P<name>{_PLACE})(?=\s*(?:概况|(?:19|20)\d\d\s*年度?|年度部门|部门决算|单位决算|决算情况))")
_TITLE = re.compile(r"^\s*(?:关于)?(?P<unit>[\u4e00-\u9fff（）()]{4,40}?)\s*(?:(?:19|20)\d\d\s*年度?|本级)")


def rule_name_placeholders(blocks: list[Block]) -> list[ReviewFinding]:
    """A placeholder standing for the unit's name where the title gives the name."""
    title = next((b for b in blocks[:3] if not b.is_table and b.text.strip()), None)
    m = _TITLE.match(title.text) if title else None
    if title is None or m is None or re.search(_PLACE, title.text) or "名称" in m.group("unit"):
        return []  # no title naming the unit, or the template's own title
    unit = m.group("unit")
    places = [(bi, b, s) for bi, b in enumerate(blocks) if not b.is_table for s in _SLOT.finditer(b.text)]
    if not places:
        return []
    bi, b, s = places[0]  # one problem: said once, at its first place, with how many there are
    more = f"（共{len(places)}处）" if len(places) > 1 else ""
    return [replace(finding(
        Level.WARNING, "R-TEMPLATE", f"模板的“{s.group('name')}”未换成单位名称{more}：应为“{unit}”。",
        bi, b, sentence_at(b.text, s.start()).strip(), expected=unit,
    ), figure=s.group("name"))]
