"""The unit's own name written two ways ("上海市普陀区文化旅游局" once, "…文化和旅游局" everywhere else).

The name is taken from where documents name their unit — the title ("<name>2024年度部门决算",
"2024年度<name>部门决算"), the 概况 heading ("第一部分 <name>概况"), a page's 发布机构 / 编制单位 line —
and, of those, the one the document writes most often (a title typed wrong is outvoted by the body).
A string that is the name with one character changed, left out or added is the finding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at
from .digit_slips import slip_kind

_HAN = r"[\u4e00-\u9fff]"
_NAME = rf"{_HAN}(?:{_HAN}|[（(](?:本级|汇总)?[)）]){{3,29}}"
# 「（本级）」, 「本级」, and the 机关 of a 局/委/… said by its own suffix: 「…交通运输局局本级」 is the 局's own level
_SCOPE = r"(?:\s*[（(]?(?:(?:局|委|办|院|馆|所|站|部|中心)?本级|汇总)[)）]?)?"
_YEAR = r"(?:19|20)\d\d\s*年?度?"
# a suffix a unit's name ends with (the title shape that has no other boundary)
_SUFFIX = (r"(?:局|委员会|办公室|中心|院|所|站|厅|馆|队|学校|医院|政府|办事处|基地|中学|小学|学院|大学|集团|公司|"
           r"委|部|会|社|园|场|室|处|台|团|校|宫)")
_PLACES = (
    # "2024年度<name>部门决算", "2023年<name>一般公共预算…"
    re.compile(rf"{_YEAR}\s*(?P<name>{_NAME}?{_SUFFIX}){_SCOPE}\s*(?:部门|单位)?(?:决算|预算|一般公共预算)"),
    # "<name>2024年度…" at the start of a line (title, or the 情况说明's opening sentence)
    re.compile(rf"(?:^|\n|[：:]|第[一二三四五六七八九十]+部分[：:\s]*)\s*(?P<name>{_NAME}?{_SUFFIX}){_SCOPE}\s*{_YEAR}"),
    # "第一部分 <name>概况", "一、<name>概况"
    re.compile(rf"(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)[：:\s]*(?P<name>{_NAME}?{_SUFFIX})"
               r"(?:部门[（(]单位[)）]|部门|单位)?(?:基本)?概况"),
    # "发布机构 丰都县林业局", "编制单位：…"
    re.compile(rf"(?:发布机构|发布单位|发文机关|编制单位|单位名称)\s*[：:\]|】]?[\s|]*(?P<name>{_NAME}?{_SUFFIX})"
               rf"(?={_SCOPE}(?:\s|$|[|，,。\d]))"),
)


def unit_name(blocks: list[Block]) -> str:
    """The unit's name as the document writes it most often among the places it names its unit."""
    whole = "\n".join(b.text for b in blocks)
    names = _named(whole)
    return max(names, key=lambda n: (whole.count(n), len(n)), default="")


def _full_name(name: str, whole: str) -> str:
    """The unit's name with its place (「上海市青澜区农业农村委员会」) where the one written most often is its short
    form (「区农业农村委」): the longest name of the title places that contains it; ``name`` when none does."""
    if _PLACE.match(name):
        return name
    return max((n for n in dict.fromkeys(_found(whole)) if name in n and _PLACE.match(n)), key=len, default=name)


def _named(whole: str) -> list[str]:
    names = list(dict.fromkeys(_found(whole)))
    # a name inside another written at least half as often is a cut of it ("州中医医院" of "贵州省黔南州中医医院")
    return [n for n in names if not any(n != m and n in m and 2 * whole.count(m) >= whole.count(n) for m in names)]


def _found(whole: str) -> list[str]:
    found: list[str] = []
    for place in _PLACES:
        for m in place.finditer(whole):
            name = re.sub(r"[（(]?(?:本级|汇总)[)）]?$|[（(][)）]$", "", m.group("name"))
            if len(name) >= 5 and not re.match(r"第[一二三四五六七八九十]+部分", name):
                found.append(_undoubled(name))
    return found


def _undoubled(name: str) -> str:
    """The name with a place written twice in a row said once (「汨罗市汨罗市发展和改革局」: a repeated word, the
    repeats' rule says so — not another unit's name to take for the document's own)."""
    at = 0
    while m := _PLACE.match(name, at):
        if name.startswith(m.group(), m.end()):
            return name[: m.end()] + name[m.end() + len(m.group()):]
        at = m.end()
    return name


def rule_unit_name(blocks: list[Block]) -> list[ReviewFinding]:
    """The unit's own name (``unit_name``) typed once with one character different."""
    name = unit_name(blocks)
    # a name this short is checked only against a longer spelling the text writes more often (「遂宁市统局」 in the
    # title, 「遂宁市统计局」 three times in the text): the title's name is the slip
    short = len(name) < 6
    if len(name) < 5:
        return _cut_title_names(blocks)
    out: list[ReviewFinding] = []
    seen: set[str] = set()
    whole = "\n".join(b.text for b in blocks)
    for form in (name, *([] if short else _short_forms(name, whole))):
        found, odd = _misspellings(blocks, form, whole, seen, short)
        if odd is not None and form == name:
            return odd
        # (of a short form, a character added is no slip to say: 「南湖新区二湖幼儿园」 beside 「南湖新区二幼儿园」 may
        # name another unit as well)
        out += [f for f in found if form == name or len(f.figure) <= len(form)] if odd is None else []
    if short:
        return _cut_title_names(blocks)
    others = [f for f in _other_names(blocks, _full_name(name, whole), whole) if f.figure not in seen]
    parts = [f for f in _part_headings(blocks) if f.figure.removesuffix("概况") not in seen]
    higher = [f for f in _higher_names(blocks, _full_name(name, whole)) if f.block not in {p.block for p in parts}]
    return (out + others + parts + higher + _cover_name(blocks, name, whole) + _cut_title_names(blocks)
            + _opening_twice(blocks, name))


def _misspellings(blocks: list[Block], name: str, whole: str, seen: set[str], short: bool
                  ) -> tuple[list[ReviewFinding], list[ReviewFinding] | None]:
    """The places that write ``name`` with one character different; with, second, the one finding that ``name``
    itself is the odd spelling (the text writes the other more often), or None."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        text = b.text
        for end, other in _misspelt(text, name):
            if not other or other in seen or not re.fullmatch(r"[\u4e00-\u9fff]+", other) or _short_form(other, name):
                continue
            if short and len(other) < 6:
                continue
            if other[:-1] == name and _word_after(text, end - 1, name, whole):
                continue  # 「…工作部部门决算」: the name, then a word that opens with its last character
            seen.add(other)
            said = whole.count(other) - (whole.count(name) if other in name else 0)  # not inside the name itself
            if (said, len(other)) > (whole.count(name), len(name)):
                # the name taken is the odd spelling: the document's own majority says how it is written (as
                # often each: the longer, a name being cut short more often than lengthened)
                at = next(k for k, x in enumerate(blocks) if name in x.text)
                t = blocks[at].text
                return out, [replace(finding(
                    CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
                    f"单位名称前后写法不一：此处为“{name}”，正文{said}处为“{other}”。",
                    at, blocks[at], sentence_at(t, t.find(name)) if not blocks[at].is_table else name,
                    expected=other,
                ), figure=name)]
            if short:
                continue
            out.append(replace(finding(  # 原文数字: the name as written here, which 应为 replaces
                CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
                f"单位名称前后写法不一：此处为“{other}”，其他{whole.count(name)}处为“{name}”。",
                bi, b, sentence_at(text, end - 1) if not b.is_table else other, expected=name,
            ), figure=other))
    return out, None


def _short_forms(name: str, whole: str) -> list[str]:
    """The name without the places it opens with, as the text writes it on its own at least twice (「万宁市教育局」 of
    「海南省万宁市教育局」): its own slips are checked against it too. Still opening with a place (not 「教育局」)."""
    out, at = [], 0
    while (m := _PLACE.match(name, at)) and _PLACE.match(name, m.end()):
        rest = name[m.end():]
        if len(rest) >= 6 and whole.count(rest) - whole.count(name) >= 2:
            out.append(rest)
        at = m.end()
    return out


def _higher_names(blocks: list[Block], name: str) -> list[ReviewFinding]:
    """「第二部分 上海市绿化和市容管理局2017年度决算表」 in the 决算 of 「上海市青浦区绿化和市容管理局」: where the
    document names its unit (a title, a part's heading, before its year), the unit's name with one of its places
    left out after the first — the higher level's own office of the same name (the city's bureau for the
    district's), copied from its template or its text."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for place in _PLACES:
            for m in place.finditer(b.text):
                other = re.sub(r"^第[一二三四五六七八九十]+部分[：:\s]*", "", m.group("name"))
                if not _dropped_place(other, name):
                    continue
                out.append(replace(finding(
                    CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
                    f"单位名称少了一级地名：此处为“{other}”（上级同名机关的名称），本单位是“{name}”。",
                    bi, b, b.text.strip() if len(b.text.strip()) <= 60 else sentence_at(b.text, m.start("name")),
                    expected=name,
                ), figure=other))
                break
    return list({(f.block, f.figure): f for f in out}.values())


def _dropped_place(other: str, name: str) -> bool:
    """Whether ``other`` is ``name`` with one of its places after the first left out (「上海市绿化和市容管理局」 of
    「上海市青浦区绿化和市容管理局」), a unit's name left after it."""
    at = 0
    while (m := _PLACE.match(name, at)) and (after := _PLACE.match(name, m.end())):
        if other == name[: m.end()] + name[after.end():] and re.search(rf"{_SUFFIX}$", other):
            return True
        at = m.end()
    return False


def _opening_twice(blocks: list[Block], name: str) -> list[ReviewFinding]:
    """「中共辽宁省朝阳市中共朝阳县委统一战线工作部」: the name opens with a word (「中共」), its places, then the same
    word again with a place of its own — the unit's own name (「中共朝阳县委…」) with a template's or a higher level's
    prefix put before it. Not a place's name written twice in its own way (「吉林省吉林市…」: nothing but places
    between the two). Said once, where the document presents its unit (its 概况 heading), else where it is first
    written."""
    for k in (2, 3, 4):
        j = name.find(name[:k], k)
        if j < 0 or not re.fullmatch(rf"(?:{_PLACE.pattern})+", name[k:j]) or not _PLACE.match(name, j + k):
            continue
        right = name[j:]
        at = [(bi, b) for bi, b in enumerate(blocks) if not b.is_table and name in b.text]
        heads = [(bi, b) for bi, b in at if _PLACES[2].search(b.text) and len(b.text.strip()) <= 60]
        bi, b = (heads or at)[0]
        quote = b.text.strip() if len(b.text.strip()) <= 60 else sentence_at(b.text, b.text.find(name))
        return [replace(finding(
            CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
            f"单位名称中“{name[:k]}”重复：“{name}”是在本单位名称“{right}”前又加了“{name[:j]}”，应为“{right}”。",
            bi, b, quote, expected=right,
        ), figure=name)]
    return []


# a part's 概况 heading, the whole line: 「第一部分 县殡仪服务中心概况」 (in the 目录 and again over the part)
_PART_HEADING = re.compile(rf"\s*第(?P<n>[一二三四五六七八九十]+)部分[：:\s]*(?P<name>{_HAN}{{2,30}}?)"
                           r"(?P<tail>(?:部门|单位)?(?:基本)?概况)\s*")


def _part_headings(blocks: list[Block]) -> list[ReviewFinding]:
    """The same part's 概况 heading naming two units (the 目录's 「第一部分 县殡仪服务中心概况」, the body's 「第一部分
    县殡葬管理所概况」): the one that is the title's unit (or its end: 「县殡仪服务中心」 of 「南昌县殡仪服务中心」) is
    right, the other — another unit's name left from copied text — is the finding."""
    title = next((m for b in blocks[:3] if not b.is_table and (m := _TITLE_NAME.match(b.text))), None)
    if title is None:
        return []
    name = title.group("name")
    heads: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for bi, b in enumerate(blocks):
        if not b.is_table and (m := _PART_HEADING.fullmatch(b.text)):
            heads.setdefault(m.group("n"), []).append((bi, m))
    out = []
    for written in heads.values():
        names = {m.group("name") for _, m in written}
        right = [n for n in names if name.endswith(n) and len(n) >= 3]
        if len(names) != 2 or len(right) != 1:
            continue
        for bi, m in written:
            other = m.group("name")
            if other == right[0] or other in name or not re.search(rf"{_SUFFIX}$", other) or _one_edit(other, right[0]):
                continue
            out.append(replace(finding(
                CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
                f"第{m.group('n')}部分标题的单位名称与目录及本单位名称不符：此处为“{other}”，目录为“{right[0]}”"
                f"（其他单位的名称？）。",
                bi, blocks[bi], blocks[bi].text.strip(), expected=right[0] + m.group("tail"),
            ), figure=other + m.group("tail")))
    return out


# a title naming its unit at the start of its line, before the year: the name as written, whatever it ends with
_TITLE_NAME = re.compile(rf"^\s*(?P<name>{_HAN}{{5,30}}?)(?P<scope>{_SCOPE})\s*{_YEAR}\s*(?:部门|单位)?(?:决算|预算)")


def _cut_title_names(blocks: list[Block]) -> list[ReviewFinding]:
    """A title whose unit's name stops one character short of its kind (「…綦江区委员(本级)2023年度部门决算」) where
    the text writes the name whole (「共青团重庆市綦江区委员会」): its last character lost."""
    whole = "\n".join(b.text for b in blocks if not b.is_table)
    out = []
    for bi, b in enumerate(blocks[:6]):
        m = None if b.is_table else _TITLE_NAME.match(b.text)
        if m is None or re.search(rf"{_SUFFIX}$", name := m.group("name")):
            continue
        tail = name[-6:]
        ends = {c for c in re.findall(rf"{re.escape(tail)}({_HAN})", whole) if re.search(rf"{_SUFFIX}$", tail + c)}
        if len(ends) != 1:
            continue
        right = name + ends.pop()
        out.append(replace(finding(
            CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
            f"标题中的单位名称“{name}”少了最后一个字：正文写作“{right[-len(tail) - 1:]}”，应为“{right}”。",
            bi, b, b.text, expected=right + m.group("scope"),
        ), figure=name + m.group("scope")))
        break
    return out


def _cover_name(blocks: list[Block], name: str, whole: str) -> list[ReviewFinding]:
    """The cover (the lines before the 目录 or the first part) naming another unit than the one the document names
    everywhere else — a template's or last year's cover not changed: written there only, the unit's own name not
    on the cover at all. A name the unit's contains, or inside it (「…（汇总）」, a 部门 of its 单位), is left alone;
    one edit away is rule_unit_name's."""
    cover: list[tuple[int, Block]] = []
    for bi, b in enumerate(blocks[:6]):
        if b.is_table or re.match(r"\s*(?:目\s*录|第[一二三四五六七八九十]+部分)", b.text):
            break
        cover.append((bi, b))
    if whole.count(name) < 3 or any(name in b.text for _, b in cover):
        return []
    title = rf"{_YEAR}\s*(?:部门|单位)?决算"
    for k, (bi, b) in enumerate(cover):
        m = re.fullmatch(rf"\s*({_NAME}?{_SUFFIX}){_SCOPE}\s*({title})?\s*", b.text)
        after = cover[k + 1][1].text if k + 1 < len(cover) else ""
        # the title: the name and its year's 决算 on one line, or the year's 决算 on the line under it
        other = m.group(1) if m and (m.group(2) or re.fullmatch(rf"\s*{title}\s*", after)) else ""
        if not other or other in name or name in other or whole.count(other) != 1 or _one_edit(other, name):
            continue
        return [replace(finding(
            CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
            f"封面的单位名称“{other}”与正文不符：全文其他{whole.count(name)}处本单位名称都是“{name}”。",
            bi, b, b.text, expected=name,
        ), figure=other)]
    return []


def _other_names(blocks: list[Block], name: str, whole: str) -> list[ReviewFinding]:
    """「上海市云溪区安全生产监督管理局2024年度机关运行经费…」 in the 应急管理局's 决算: where a sentence names the
    document's unit with the year, another name of the same place and the same kind of unit (an old name from
    before a reorganisation, a template's unit), written once only — the unit's own name was not put in."""
    place, at = "", 0
    while m := _PLACE.match(name, at):
        place, at = name[: m.end()], m.end()
    kind = re.search(rf"{_SUFFIX}$", name)
    if not place or not kind or whole.count(name) < 3:
        return []
    opener = re.compile(rf"(?:^|(?<=[。；;]))\s*({re.escape(place)}{_HAN}{{2,20}}?{re.escape(kind.group(0))})"
                        rf"{_SCOPE}\s*{_YEAR}")
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in opener.finditer(b.text):
            other = m.group(1)
            if other == name or other in name or name in other or whole.count(other) != 1 or _one_edit(other, name):
                continue
            out.append(replace(finding(
                CODES["R-UNIT-NAME"].level, "R-UNIT-NAME",
                f"单位名称疑误：此处写“{other}”，全文其他{whole.count(name)}处本单位名称都是“{name}”"
                f"（全称、旧称或其他单位的名称？全文应统一）。",
                bi, b, sentence_at(b.text, m.end(1) - 1), expected=name,
            ), figure=other))
    return out


# what a sentence says its unit does, right after its name
_DOES = r"(?:隶属|下设|内设|设有|成立|位于|坐落|负责|主要职责|共有|现有)"


def _misspelt(text: str, name: str) -> Iterator[tuple[int, str]]:
    """Where ``text`` writes ``name`` with one edit: ending as it does (one character changed, left out or added
    before its last), or beginning as it does with another kind of unit at its end (「…档案局」 for 「…档案馆」) where
    a document names itself, before its year (「…档案局2024年度预算绩效管理…」): elsewhere that is as likely another
    unit of the same trade (a 体育局's 体育馆)."""
    for end in (m.end() for m in re.finditer(re.escape(name[-1]), text)):
        if text.startswith("本级", end) and text[: end - 1].endswith(name):
            continue  # 「…交通运输局局本级」: the name, then its own level (局本级), not the name with a 局 added
        yield end, next((o for n in (len(name), len(name) - 1, len(name) + 1, len(name) - 2)
                         if len(o := text[max(end - n, 0) : end]) == n and o[0] == name[0]
                         and (_one_edit(o, name) or _word_cut(o, name))), "")
    # the name with its last character lost, before what the unit does (「北京市植物园管理隶属于」 for 「…管理处」):
    # not a short form where the cut name is a unit's name itself (「…园」)
    if not re.search(rf"{_SUFFIX}$", name[:-1]):
        for m in re.finditer(rf"{re.escape(name[:-1])}(?={_DOES})", text):
            yield m.end(), m.group(0)
    for start in (m.start() for m in re.finditer(re.escape(name[:-1]), text)):
        o = text[start : start + len(name)]
        end = start + len(name)
        if (len(o) == len(name) and o != name and re.search(rf"{_SUFFIX}$", o) and not re.search(rf"{_SUFFIX}$", o[:-1])
                and re.match(rf"{_SCOPE}\s*{_YEAR}", text[end:])):
            yield end, o


# the places a unit's name opens with: 「台前县」, 「上海市普陀区」 (two to four characters and the level each)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县区旗州]")
# for the rules on other words: a place's name, the kinds a unit's name ends with
PLACE, UNIT_KINDS = _PLACE, _SUFFIX


def _short_form(other: str, name: str) -> bool:
    """「台前第一高级中学」 for 「台前县第一高级中学」, 「上海普陀区…」 for 「上海市普陀区…」: the name with the level
    of one of the places it opens with left out — the customary short form, not a misspelling."""
    if len(other) != len(name) - 1:
        return False
    at = 0
    while m := _PLACE.match(name, at):
        at = m.end()
        if other == name[: at - 1] + name[at:]:
            return True
    return False


def _word_after(text: str, at: int, name: str, whole: str) -> bool:
    """Whether the character at ``at``, right after the name written whole, opens a word of the text's own rather
    than doubling the name's last (「…统一战线工作部部门决算」, 「…财政局局长」, 「…委员会会计」): the two characters
    from there are written elsewhere in the document apart from the name, or are the 部门 / 单位 of its title
    (「<name>部门决算」)."""
    word = text[at : at + 2]
    if len(word) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", word):
        return False
    return bool(re.match(r"(?:部门|单位)(?:决算|预算)", text[at:])) or whole.count(word) > whole.count(name + word)


def _word_cut(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with a two-character word left out inside it (「国有资产管理委员会」 for
    「国有资产监督管理委员会」), of a name long enough to tell (not a short form 「区农业农村委」); not 「人民」
    (「区政府办公室」 for 「区人民政府办公室」: the customary short form)."""
    return len(b) - len(a) == 2 and len(b) >= 8 and any(
        b[:k] + b[k + 2 :] == a and b[k : k + 2] != "人民" for k in range(1, len(a)))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one character changed, left out or added (the digit slips' engine, a swap not
    counted: two characters of a name swapped is another name as often as a slip)."""
    return slip_kind(a, b) not in ("", "两位数字颠倒")
