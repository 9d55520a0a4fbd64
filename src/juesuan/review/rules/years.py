"""The year of a sentence against the year the document reports on: a sentence that states this
year's total or its change against last year ("2015年…支出决算同比下降的原因" in a 2016 document)
written with last year's number."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...core.codes import CODES
from ..base import DIR, ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at, text_sentences

_YEAR = re.compile(r"((?:19|20)\d\d)年(?!度?(?:以来|至|到|—|－|-|~|～|相比|比|的?(?:决算|预算)?数?相比))")
# a year that is the base or the end of a comparison, not the statement's own: "比2015年", "与2015年"
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|从|由|至|到|和|、|及|上|截至|—|－|-|~|～)\s*$")
# the sentence compares with the year before its own: what it says is the year's change
_AGAINST_LAST = re.compile(r"同比|比上年|较上年|比去年|较去年|与上年相比|与去年相比|比上年度|较上年度")


def _bracketed(text: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` labels an amount in brackets beside this year's (「支出528.65万元（2023年度：512.30
    万元）」): the base of the comparison, not the statement's own year."""
    return text[: m.start()].rstrip().endswith(("（", "(")) and bool(re.match(r"度?\s*[：:]", text[m.end():]))


def _report_year(blocks: list[Block]) -> int | None:
    """The year most of the document speaks of (its own, not a comparison's), when it is clear."""
    years: Counter[int] = Counter()
    for b in blocks:
        if b.is_table:
            continue
        for m in _YEAR.finditer(b.text):
            if not _BASE_BEFORE.search(b.text[max(0, m.start() - 3) : m.start()]):
                years[int(m.group(1))] += 1
    if not years:
        return None
    (year, count), *rest = years.most_common(2)
    return year if count >= 2 and (not rest or rest[0][1] < count) else None


# the year's 决算 against its own 预算 (「决算数小于预算数的主要原因」, 「完成年初预算的」): one year's figures
_AGAINST_BUDGET = re.compile(r"决算数?(?:小于|大于|低于|高于|超过|与)[^。；;，,]{0,12}?预算数?|完成(?:年初)?预算的")

# a comparison with a named year: "比2023年度增加", "与2023年相比"
_BASE_YEAR = re.compile(r"(?:比|较|与|同)\s*((?:19|20)\d\d)\s*年度?")


# a heading line that has not ended: it stops on a joining word or on a year's digits (「…执行情况和」, 「…及2023」)
_GOES_ON = re.compile(r"(?:[和及与暨、]|(?:19|20)\d\d)$")
# a 「关于…」 title ends with what it is: 「…的报告」, 「…的说明」
_ABOUT = re.compile(r"^(?:[一二三四五六七八九十]+、)?关于")
_TITLE_END = re.compile(r"的(?:报告|说明|通知|决定|决议|意见|批复|函|请示|公告|议案)$")


def titles(blocks: list[Block], stops: str = "。；;，,：:") -> list[tuple[int, int, str]]:
    """The heading lines of the text (a title, a 目录 line, a part's title: short lines with none of ``stops``),
    each with the lines it goes on in joined to it: a title printed over two lines (「关于合川区2021年预算执行
    情况」 / 「2022年预算草案的报告」, 「南开区2023年预算执行情况和」 / 「2024年预算草案的报告」) is one title. A
    line goes on when it ends on a joining word or a year's digits; a 「关于…」 line, into the next two lines
    when one of them ends the title (「…的报告」). Each with the indexes of its first and last line."""
    def heading(k: int) -> bool:
        b = blocks[k]
        return not b.is_table and len(b.text) <= 60 and not any(c in b.text for c in stops)

    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(blocks):
        if not heading(i):
            i += 1
            continue
        j = i
        while j + 1 < len(blocks) and heading(j + 1) and _GOES_ON.search(blocks[j].text):
            j += 1
        if _ABOUT.match(blocks[i].text) and not _TITLE_END.search(blocks[j].text):
            j = next((k for k in range(j + 1, min(j + 3, len(blocks))) if heading(k) and _TITLE_END.search(
                blocks[k].text) and all(heading(n) for n in range(j + 1, k))), j)
        out.append((i, j, "".join(b.text for b in blocks[i : j + 1])))
        i = j + 1
    return out


def _title(blocks: list[Block]) -> tuple[int, str] | None:
    """The year and kind (决算 / 预算) of the cover or the title (「…2025年度部门决算」 in a short line
    among the first ones; a title printed over two lines read as one)."""
    for _, _, text in titles(blocks[:8], "。；;，,"):
        if (m := _PART_YEAR.search(text)) and len(re.findall(r"(?:19|20)\d\d", text)) == 1:
            return int(m.group(1)), m.group(2)
    return None


# the date a 决算 states its assets and people at: the end of its own year
_YEAR_END = re.compile(r"(?:截至|截止|截止到|截至到)\s*((?:19|20)\d\d)\s*"
                       r"(?:年\s*12\s*月\s*31\s*日|[-/.]12[-/.]31(?!\d))")
# (the date typed ISO or with slashes: 「截至2023-12-31」「截至2023/12/31」)


def _stale_year_ends(blocks: list[Block], year: int) -> list[ReviewFinding]:
    """「截至2023年12月31日，本中心共有车辆2辆」 in a 2024 决算: the year-end not updated (the sentence names
    no other year)."""
    out = []
    for bi, b, s in text_sentences(blocks):
        for m in _YEAR_END.finditer(s.text):
            if int(m.group(1)) == year - 1 and set(re.findall(r"(?:19|20)\d\d", s.text)) == {m.group(1)}:
                date = s.text[m.start(1) : m.end()]  # the date is what is wrong, not 「截至」
                out.append(replace(finding(
                    CODES["R-YEAR"].level, "R-YEAR",
                    f"年份疑误：{year}年度决算说明的是{year}年末的情况，此句却写“{m.group(0)}”。",
                    bi, b, s.text, None, date.replace(m.group(1), str(year), 1), f"全文的年度为{year}年",
                ), figure=date))
    return out


def _stale_bases(blocks: list[Block], year: int) -> list[ReviewFinding]:
    """A change against a named year two years before the document's (「比2023年度增加」 in a 2025
    document that elsewhere compares with 2024年度): the base year was not updated; with the sentence's
    own year one behind as well (「2024年度…比2023年度增加…」), the whole sentence is last year's."""
    bases: Counter[int] = Counter()
    found: list[tuple[int, Block, str, re.Match[str]]] = []
    for bi, b, s in text_sentences(blocks):
        # a sentence naming its base twice (「与2022年相比，…减少C，与2022年持平」) is one comparison: counted once
        bases.update({int(m.group(1)) for m in _BASE_YEAR.finditer(s.text)})
        for m in _BASE_YEAR.finditer(s.text):
            if int(m.group(1)) == year - 2 and re.search(rf"(?:{DIR})", s.text[m.end():]):
                found.append((bi, b, s.text, m))
    if bases[year - 1] <= bases[year - 2]:
        return []  # the document does not compare with the year before its own: no year is known wrong
    out = []
    for bi, b, text, m in found:
        own = [o for o in _YEAR.finditer(text[: m.start()])
               if not _BASE_BEFORE.search(text[max(0, o.start() - 3): o.start()])]
        if any(int(o.group(1)) not in (year, year - 1) for o in own) or len(own) > 1:
            continue  # a sentence about another year
        behind = bool(own) and int(own[0].group(1)) == year - 1
        # what to replace: the base year ("2023年度": 比 is right), or the span from the sentence's own year to it
        start = own[0].start() if behind else m.start(1)
        written = text[start: m.end()]
        fixed = written.replace(m.group(1), str(year - 1)) if not behind else (
            str(year) + written[4: m.start(1) - start] + str(year - 1) + written[m.end(1) - start:])
        own_year = written[:4] + ("年度" if "年度" in written[:6] else "年")
        message = (f"此句写成了上一年：全文说明的是{year}年（与{year - 1}年比较），此句却是“{own_year}”与"
                   f"“{m.group(0)[1:].strip()}”比较；请一并核对句中数字是否为{year}年的。" if behind
                   else f"比较的年份疑误：全文说明的是{year}年，与上年即{year - 1}年比较，此句却写“{m.group(0)}”。")
        out.append(replace(finding(
            CODES["R-YEAR"].level, "R-YEAR", message, bi, b, text, None, fixed,
            f"全文的年度为{year}年，上年为{year - 1}年",
        ), figure=written))
    return out


# two years side by side, one after the other: 「2021年和2020年」, 「2022年及2021年」
_PAIR = re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:和|与|及|、)\s*((?:19|20)\d\d)\s*年度?")


def _stale_pairs(blocks: list[Block], year: int | None) -> list[ReviewFinding]:
    """「与2021年相比持平，主要原因是2021年和2020年公务接待任务相同」 in a 2022 document: a reason naming two years
    side by side, both one year behind the two the sentence compares (its own year and the year it names, the year
    before the document's where its title gives the year) — last year's reason, its years kept."""
    out = []
    for bi, b, s in text_sentences(blocks):
        against = re.search(r"(?:与|比|较|同)\s*((?:19|20)\d\d)\s*年度?", s.text)
        if against is None or (year is not None and int(against.group(1)) != year - 1):
            continue
        base = int(against.group(1))
        for m in _PAIR.finditer(s.text, against.end()):
            if {int(m.group(1)), int(m.group(2))} != {base, base - 1} or not re.search(
                    r"原因|由于|因为", s.text[against.end(): m.start()]):
                continue
            right = (f"{int(m.group(1)) + 1}{s.text[m.end(1): m.start(2)]}{int(m.group(2)) + 1}"
                     f"{s.text[m.end(2): m.end()]}")
            out.append(replace(finding(
                CODES["R-YEAR"].level, "R-YEAR",
                f"年份疑误：此句是{base + 1}年与{base}年比较，说明原因却写“{m.group(0)}”（上一年的说明未改年份），"
                f"应为“{right}”。",
                bi, b, s.text, None, right, f"此句比较的是{base + 1}年与{base}年",
            ), figure=m.group(0)))
    return out


def rule_wrong_year(blocks: list[Block]) -> list[ReviewFinding]:
    """A sentence comparing a year with the one before it, where that year is the one before the
    document's: the document compares its year with the year before, so the sentence's year is wrong."""
    title = _title(blocks)
    year = title[0] if title else _report_year(blocks)
    out: list[ReviewFinding] = _stale_pairs(blocks, title[0] if title else None)  # (the sentence names its base)
    if year is None:
        return out
    out += _stale_bases(blocks, year)
    own_budget = bool(title and title[1] == "决算")  # a 决算 compares its year's 决算 with that year's 预算
    if own_budget:
        out += _stale_year_ends(blocks, year) + _stale_openers(blocks, year)
        out += [f for f in _stale_statements(blocks, year) if (f.block, f.figure) not in {(o.block, o.figure)
                                                                                           for o in out}]
    for bi, b, s in text_sentences(blocks):
        own = [m for m in _YEAR.finditer(s.text)
               if not _BASE_BEFORE.search(s.text[max(0, m.start() - 3) : m.start()]) and not _bracketed(s.text, m)]
        if {int(m.group(1)) for m in re.finditer(r"((?:19|20)\d\d)", s.text)} != {year - 1} or len(own) != 1:
            continue  # one year only, once, as the statement's own
        m = own[0]
        if own_budget and _AGAINST_BUDGET.search(s.text[m.end() :]) and not _AGAINST_LAST.search(s.text):
            out.append(replace(finding(
                CODES["R-YEAR"].level, "R-YEAR",
                f"年份疑误：全文是{year}年度决算，此句比较的是同一年度的决算数与预算数，却写“{m.group(1)}年”，"
                f"应为“{year}年”。",
                bi, b, s.text, None, f"{year}年", f"全文的年度为{year}年",
            ), figure=m.group(0)))
            continue
        if not _AGAINST_LAST.search(s.text[m.end() :]) or "执行" in s.text:
            continue  # no comparison of its own year; or last year's budget execution, told in a 预算 text
        if re.search(rf"(?:比|较|与|同){m.group(1)}年", s.text[m.end():]):
            continue  # 「2023年度…为A，较2023年度增加C，同比增长R」: the base year named — the 2023 amount is the base
        written = s.text[m.start() : m.end() + 3]
        out.append(replace(finding(
            CODES["R-YEAR"].level, "R-YEAR",
            f"年份疑误：全文说明的是{year}年（与{year - 1}年比较），此句与上年比较却写“{m.group(1)}年”，"
            f"应为“{year}年”。",
            bi, b, s.text, None, f"{year}年{written[len(m.group(0)):]}", f"全文的年度为{year}年",
        ), figure=written))
    return out


# a comparison anywhere in the sentence: its year may be the base's; so is this year said in words against the
# named one (「2023年度未安排…，本年恢复…」; not a line's name: 「本年收入合计」)
_COMPARED = re.compile(rf"{_AGAINST_LAST.pattern}|上年|去年|比|较|相比|同期|增加|减少|增长|下降"
                       r"|(?:本年|今年)(?!度?(?:收入|支出))")


def _stale_openers(blocks: list[Block], year: int) -> list[ReviewFinding]:
    """「<unit>2023年度政府采购金额…为X元」 in a 2024 决算 whose other sentences open 「<unit>2024年度…」: a sentence
    where the document names itself with its year, stating that year's figures and comparing nothing, written with
    the year before (the template's year not updated)."""
    from .unit_name import unit_name

    name = unit_name(blocks)
    if len(name) < 4:
        return []
    opener = re.compile(rf"(?:^|(?<=[。；;]))\s*{re.escape(name)}\s*((?:19|20)\d\d)\s*年度?")
    said = [(bi, b, s.text, m) for bi, b, s in text_sentences(blocks) if (m := opener.match(s.text))]
    if not any(int(m.group(1)) == year for *_, m in said):
        return []  # the document does not name itself with its own year there
    out = []
    for bi, b, text, m in said:
        if (int(m.group(1)) != year - 1 or set(re.findall(r"(?:19|20)\d\d", text)) != {m.group(1)}
                or _COMPARED.search(text)):
            continue
        written = text[m.start(1): m.end()]
        out.append(replace(finding(
            CODES["R-YEAR"].level, "R-YEAR",
            f"年份疑误：全文是{year}年度决算，此句说明本单位当年的情况，未作比较，却写“{name}{written}”，"
            f"应为{year}年。",
            bi, b, text, None, written.replace(m.group(1), str(year), 1), f"全文的年度为{year}年",
        ), figure=written))
    return out


# what makes a year no statement of its own: the year of a 决算/预算 figure named as such (「2023年决算数」), a point
# of time before the year (「2023年末」「2023年以前」), last year's balances (「2023年度结转」), last year's projects
# (a 绩效 section evaluates them: 「对2023年度项目开展绩效评价」), a label of last year's figure given beside this
# year's (「本年收入合计300.00万元（2023年度：280.00万元）」)
_NOT_OWN_AFTER = re.compile(r"度?\s*(?:的)?(?:部门|单位)?(?:决算|预算|末|底|以前|之前|前|结转|结余|同期|水平|基础"
                            r"|(?:\S{0,4})?项目)|度?\s*[：:]\s*\d")
_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|元|%|批次|人次|辆|个|人|次|项|台|套|家|户)")


def _own_years(text: str) -> list[re.Match[str]]:
    """The years a sentence states as its own: not after a comparison's word (「比」「较」「与」…)."""
    return [m for m in _YEAR.finditer(text) if not _BASE_BEFORE.search(text[max(0, m.start() - 3): m.start()])]


def _stale_statements(blocks: list[Block], year: int) -> list[ReviewFinding]:
    """「2023年度国内公务接待6批次、41人次」 in a 2024 决算 whose same subsection states its figures with 2024
    (「我委2024年度未安排因公出国（境）团组」): a sentence of this year's figures that names the year before as its
    own and compares nothing (no 上年, 比, 较, 增加…; its year no 「2023年决算数」 or 「2023年末」) — the year of last
    year's sentence kept when the figures were updated."""
    from ..subjects import sections

    secs = sections(blocks)
    said = [(bi, b, s) for bi, b, s in text_sentences(blocks)]
    current = {(secs[bi].number, secs[bi].sub) for bi, _, s in said
               if any(int(m.group(1)) == year for m in _own_years(s.text))}
    out = []
    for bi, b, s in said:
        own = _own_years(s.text)
        if ({int(y) for y in re.findall(r"(?:19|20)\d\d", s.text)} != {year - 1} or len(own) != 1
                or not secs[bi].number or (secs[bi].number, secs[bi].sub) not in current):
            continue
        m = own[0]
        if _COMPARED.search(s.text) or _NOT_OWN_AFTER.match(s.text, m.end()) or not _STATED.search(
                s.text[m.end():]):
            continue
        written = s.text[m.start(1): m.end()] + ("度" if s.text[m.end(): m.end() + 1] == "度" else "")
        out.append(replace(finding(
            CODES["R-YEAR"].level, "R-YEAR",
            f"年份疑误：全文是{year}年度决算，本部分其他句子以{year}年说明当年情况，此句说明的也是当年数字、未作比较，"
            f"却写“{written}”，应为“{written.replace(m.group(1), str(year), 1)}”。",
            bi, b, s.text, None, written.replace(m.group(1), str(year), 1), f"全文的年度为{year}年",
        ), figure=written))
    return out


# the year of a part of the document named in a heading: "第三部分 2024年度部门决算情况说明", "2024年度部门决算表"
_PART_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:部门|单位)?(决算|预算)")
_AGAINST = re.compile(r"比|较|与|对比|相比|以来|至|到")


def rule_heading_years(blocks: list[Block]) -> list[ReviewFinding]:
    """A heading (a title, a 目录 line, a part's title, its lines joined: ``titles``) that names the
    document's 决算 (预算) with another year than the title and the other headings do: "第三部分
    2023年度部门决算情况说明" in a 2024 document whose title and other headings say 2024年度. A heading with
    two years (「2021年预算执行情况和2022年预算草案的报告」) or a comparison is left alone."""
    named = _named_headings(blocks)
    out = [f for kind, scope in _SCOPE_YEAR.items()
           for f in _stale_scopes(blocks, Counter(m.group(1) for _, _, m in named if m.group(2) == kind), scope, kind)]
    for bi, text, m, year, count in _stale_headings(named):
        right = text[: m.start(1)] + year + text[m.end(1):]
        out.append(replace(finding(
            CODES["R-COVER"].level, "R-COVER",
            f"标题“{text.strip()}”的年度（{m.group(1)}年）与文件的年度不一致：文件标题和其他标题"
            f"共{count}处都是{year}年，应为“{right.strip()}”。",
            bi, blocks[bi], text, expected=right.strip(), why=f"{count}处标题为{year}年"), figure=m.group(0)))
    return out


def _named_headings(blocks: list[Block]) -> list[tuple[int, str, re.Match[str]]]:
    """The headings (``titles``) that name the document's 决算 (预算) with one year and compare nothing."""
    named: list[tuple[int, str, re.Match[str]]] = []
    for bi, _, text in titles(blocks):
        if _AGAINST.search(text):
            continue  # a comparison; a title naming two years (「2021年预算执行情况和2022年预算草案」) is skipped below
        if len(re.findall(r"(?:19|20)\d\d", text)) == 1 and (m := _PART_YEAR.search(text)):
            named.append((bi, text, m))
    return named


def _stale_headings(named: list[tuple[int, str, re.Match[str]]]):
    """Each heading whose year is another than the one the other headings (at least two, no other year as
    often) give: (block, text, match, the headings' year, how many say it)."""
    for kind in ("决算", "预算"):
        years = Counter(m.group(1) for _, _, m in named if m.group(2) == kind)
        if len(years) < 2:
            continue
        (year, count), (_, second) = years.most_common(2)
        if count < 2 or second >= count:
            continue
        for bi, text, m in named:
            if m.group(2) == kind and m.group(1) != year and years[m.group(1)] == 1:
                yield bi, text, m, year, count


def stale_heading_blocks(blocks: list[Block]) -> set[int]:
    """The blocks rule_heading_years reports (R-COVER): the cover's year against the body's (documents.rule_cover)
    is not told a second time there."""
    return {bi for bi, *_ in _stale_headings(_named_headings(blocks))}


# the template's sentence on what the document covers: 「纳入…2024年度部门决算编制范围的二级预算单位包括」, a 预算's
# 「纳入2020年部门预算编报的单位共1个」
_SCOPE_YEAR = {
    "决算": re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:部门|单位)?决算编制范围"),
    "预算": re.compile(r"纳入[^。；;，,\d]{0,12}?((?:19|20)\d\d)\s*年度?\s*(?:部门|单位)?预算编(?:制|报)"),
}


def _stale_scopes(blocks: list[Block], headings: Counter[str], scope: re.Pattern[str], kind: str,
                  ) -> list[ReviewFinding]:
    """「纳入…2022年度部门决算编制范围的…」 in a document whose headings name its 决算 2023年度 (at least twice, no
    other year as often): the template's year not updated (R-YEAR); the same of a 预算's 「纳入2019年部门预算编报的
    单位」 under 2020年部门预算 headings."""
    ranked = headings.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return []
    year, count = ranked[0]
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in scope.finditer(b.text):
            if m.group(1) != year:
                right = m.group(0).replace(m.group(1), year, 1)
                out.append(replace(finding(
                    CODES["R-YEAR"].level, "R-YEAR",
                    f"年份疑误：文件标题{count}处都是{year}年度{kind}，此处却写“{m.group(0)}”，应为“{right}”。",
                    bi, b, sentence_at(b.text, m.start()), expected=right, why=f"{count}处标题为{year}年"),
                    figure=m.group(0)))
    return out
