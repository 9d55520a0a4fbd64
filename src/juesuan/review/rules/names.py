"""Rules on how figures and words are written: digit grouping, full-width characters, "%%",
decimals, "2021度", per-head formulas; and facts to verify."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    ReviewFinding,
    finding,
)
from ..extract import Block
from ..figures import Figure, find_figures
from ..levels import QUESTION
from ..sentences import (
    sentence_at,
    sentences,
)
from ..subjects import sections
from .unit_name import PLACE
from .years import titles

FORMAT_MESSAGES = {
    "R-FORMAT-GROUP": "数字的千位分隔符位置不对",
    "R-FORMAT-WIDTH": "数字中混用全角与半角字符",
    "R-FORMAT-PERCENT": "百分号重复",
    "R-FORMAT-DECIMALS": "金额超过两位小数",
}


def _parts(b: Block) -> list[str]:
    return [cell for row in b.rows for cell in row] if b.is_table else [s.text for s in sentences(b.text)]


def _wide_percent_habit(blocks: list[Block]) -> list[bool]:
    """Per block: its percents' 「％」 is the writer's habit, not a slip in each. That is so where the document writes
    at least half its percents with 「％」, or the block's section does with at least two (an office that writes
    「％」 in 二 and 三 and 「%」 elsewhere); a lone 「％」 among 「%」 stays a slip."""
    key = [(s.number, s.title) if s.number else (s.sub, s.sub_title) for s in sections(blocks)]  # （一） heads parts
    signs: dict[tuple[str, str], list[bool]] = {}
    for i, b in enumerate(blocks):
        signs.setdefault(key[i], []).extend(f.raw.endswith("％") for part in _parts(b)
                                            for f in find_figures(part, bare_money=b.is_table) if f.is_percent)
    every = [s for v in signs.values() for s in v]
    if every and 2 * sum(every) >= len(every):
        return [True] * len(blocks)
    habit = {k for k, v in signs.items() if sum(v) >= 2 and 2 * sum(v) >= len(v)}
    return [k in habit for k in key]


def rule_format(blocks: list[Block]) -> list[ReviewFinding]:
    """Malformed figures: digit grouping, full-width characters, "%%", three decimals in 元. (Amounts that leave
    out the separators the others use are one note of the arbiter's: style.with_format_note.) A 「％」 is a slip
    only where the writer's percents are mostly 「%」 (_wide_percent_habit)."""
    out: list[ReviewFinding] = []
    wide = _wide_percent_habit(blocks)
    for i, b in enumerate(blocks):
        for part in _parts(b):
            for f in find_figures(part, bare_money=b.is_table):
                for code, fixed in f.problems:
                    if code == "R-FORMAT-WIDTH" and wide[i] and "，" not in f.raw:
                        continue  # only its 「％」, the writer's own
                    out.append(finding(CODES[code].level, code, f"{FORMAT_MESSAGES[code]}：“{f.raw}”应写作“{fixed}”。",
                                       i, b, part, f, fixed))
    return out


# a year run into the noun after it: not a count or amount ("2000元", "2024人次"), a 文号 ("〔2024〕"),
# an identifier ("2025-00034") or a date
_PROSE = re.compile(r"[，,；;：:]|\d[\d.,]*\s*(?:亿元|万元|元|%)")
_COUNTED = "年度届号月日期版元万亿千百多余个人名次批辆台套件项户家所张份条篇部平米吨公斤天小"
# 年 typed twice after a year: 「2022年度年政府决算」 (not 「2022年年初」, 「年度年终」, 「年年金」: words of their own)
_YEAR_TWICE = re.compile(r"((?:19|20)\d\d)(年度?)年(?![度终末初底中内均报鉴检薪金])")
# a year without 年 before 以来, also across the break of a title printed over two lines: 「及2023」 / 「以来…」
_SINCE = re.compile(r"(?<![\d〔\[［(（/\-－.])((?:19|20)\d\d)\s*以来")
_BARE_YEAR = re.compile(rf"(?<![\d〔\[［(（/\-－.年])((?:19|20)\d\d)(?![\d{_COUNTED}])"
                        r"([\u4e00-\u9fff][^\d，,。；;：:、（(]*)")


# a numbered heading (a 目录 line or a section's title): "(四)2018部门整体支出绩效自评报告",
# "第二部分 2018年度部门决算表"
_NUMBERED = re.compile(r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|"
                       r"[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*")
# a year with a digit too many: "22017年预算数" (the line's number run into it), "20177年"
# (not a table's or a figure's number before a year: "表12024年全区…" is 表1 and 2024年 set together)
_LONG_YEAR = re.compile(r"(?<![\d.,，表图件])(\d?)((?:19|20)\d\d)(\d?)年(?!\d)")


def _headings(blocks: list[Block]) -> list[tuple[int, str]]:
    """The numbered headings of the text (目录 lines, section titles): short lines with no sentence in them."""
    return [(i, b.text) for i, b in enumerate(blocks) if not b.is_table and len(b.text) <= 60
            and _NUMBERED.match(b.text) and not re.search(r"[。；;，,]", b.text)]


def rule_typos(blocks: list[Block]) -> list[ReviewFinding]:
    """ "2021度" for 2021年度, "2024区…" for 2024年区… (the year written with 年 elsewhere); a numbered
    heading's "2018部门整体支出…" where the other headings write "2018年度"; "22017年" (a digit too many);
    "2022年度年" (年 twice); "2023以来" (also over a title's line break); per-head formulas multiplied by 100%."""
    out = _heading_years(blocks)
    years_said = {m.group(1) for b in blocks if not b.is_table for m in re.finditer(r"((?:19|20)\d\d)年", b.text)}
    headed = {(f.block, f.figure[:4]) for f in out}  # the block and year of each
    out.extend(_since(blocks))
    for i, b in enumerate(blocks):
        for m in _LONG_YEAR.finditer(b.text) if not b.is_table else ():
            if bool(m.group(1)) == bool(m.group(3)) or m.group(2) not in years_said - {m.group(0)[:-1]}:
                continue  # one digit too many, before or after a year the text writes as such
            written = re.sub(r"[\d，,。；;：:、（(].*$", "", b.text[m.end():m.end() + 6])
            written = m.group(0) + written
            out.append(replace(finding(
                Level.WARNING, "R-TYPO-YEAR", f"“{m.group(0)}”多了一位数字：应为“{m.group(2)}年”。",
                i, b, sentence_at(b.text, m.start()), expected=f"{m.group(2)}年"), figure=written))
    for i, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in re.finditer(r"(?<![\d年])((?:19|20)\d\d)度", b.text):
            out.append(
                finding(
                    Level.WARNING,
                    "R-TYPO-YEAR",
                    f"“{m.group(0)}”缺少“年”字，应为“{m.group(1)}年度”。",
                    i,
                    b,
                    sentence_at(b.text, m.start()),
                    expected=f"{m.group(1)}年度",
                )
            )
        for m in _YEAR_TWICE.finditer(b.text):
            out.append(replace(finding(
                Level.WARNING, "R-TYPO-YEAR", f"“{m.group(0)}”的“年”字重复：应为“{m.group(1)}{m.group(2)}”。",
                i, b, sentence_at(b.text, m.start()), expected=f"{m.group(1)}{m.group(2)}"), figure=m.group(0)))
        for m in _BARE_YEAR.finditer(b.text):
            if m.group(2).startswith("以来") or (i, m.group(1)) in headed:
                continue  # _SINCE's, _heading_years'
            # before 全年 or a place's name (「2016全年」, 「2015晋中市…」) a year has no other reading, in a title too
            named = re.match(rf"全年|{PLACE.pattern}", m.group(2))
            if not named and (m.group(1) not in years_said or not _PROSE.search(sentence_at(b.text, m.start()))):
                continue  # a heading or title may write "2024财政决算" short: only running text is held to 年
            said = Figure(Decimal(m.group(1)), "", m.group(0), m.start(), m.end(),
                          0)
            headline = "。" not in b.text and len(b.text.strip()) <= 60  # a title's press style: a question only
            out.append(finding(
                Level.WARNING, "R-TYPO-YEAR", f"“{m.group(0)}”缺少“年”字，应为“{m.group(1)}年{m.group(2)}”"
                + ("（标题中也可能是有意的简写）。" if headline else "。"),
                i, b, sentence_at(b.text, m.start()), said, expected=f"{m.group(1)}年{m.group(2)}",
                nature=QUESTION if headline else "",
            ))
        for m in re.finditer(r"(人均[^＝=，。]{0,12})[＝=]([^。\n]*?)[×x*]\s*100\s*[%％]", b.text):
            out.append(
                finding(
                    Level.WARNING,
                    "R-FORMULA-UNIT",
                    f"“{m.group(1)}”是每人金额（元/人），公式不应乘以100%。",
                    i,
                    b,
                    sentence_at(b.text, m.start()),
                    expected=f"{m.group(1)}＝{m.group(2)}（元/人）",
                )
            )
    return out


# a year run into the words after it in a heading: right after its number, or after the unit's name
_HEAD_YEAR = re.compile(rf"((?:19|20)\d\d)(?![\d{_COUNTED.replace('部', '')}])([\u4e00-\u9fff]\S*)")
_INNER_YEAR = re.compile(rf"(?<=[\u4e00-\u9fff]){_HEAD_YEAR.pattern}")


def _heading_years(blocks: list[Block]) -> list[ReviewFinding]:
    """A numbered heading whose year has no 年 ("(四)2018部门整体支出绩效自评报告") where at least two other
    headings write that year with it ("第二部分 2018年度部门决算表"): the writer's own convention; or, after the
    unit's name too, in a numbered heading or a title line ("第二部分 某某局2024部门决算表", "合肥市科技馆2022三公经费
    预算"), where the text writes that year with 年 after the same name before the same words ("某某局2024年度部门
    决算", "合肥市科技馆2022年“三公”经费预算": quotation marks do not part the words). A numbered heading's year
    right after its number with 年 nowhere but in the text ("一、2024财政决算情况"): a short title's way."""
    heads = _headings(blocks)
    numbered = {i for i, _ in heads}
    lines = [(i, text) for i, j, text in titles(blocks) if i == j and i not in numbered]
    whole = _QUOTES.sub("", "\n".join(b.text for b in blocks if not b.is_table))
    out = []
    for i, text in heads + lines:
        at = _NUMBERED.match(text).end() if i in numbered else 0  # type: ignore[union-attr]
        first = _HEAD_YEAR.match(text[at:]) if i in numbered else None
        m = first or _INNER_YEAR.search(text, at)
        if not m:
            continue
        others = [re.search(rf"{m.group(1)}(年度?)", t) for k, t in heads if k != i]
        said = [x.group(1) for x in others if x] if first else []
        where = "其他标题"
        if len(said) < 2 and not first:  # between the name and its words: as the text writes them with 年
            around = rf"{re.escape(text[m.start() - 1])}{m.group(1)}(年度?){re.escape(_QUOTES.sub('', m.group(2))[:2])}"
            said, where = re.findall(around, whole), "文中其他处"
        if len(said) < 2 and (first or not said):
            continue
        word = "年度" if said.count("年度") * 2 >= len(said) else "年"
        out.append(replace(finding(
            Level.WARNING, "R-TYPO-YEAR",
            f"“{m.group(0)}”缺少“{word}”{'字' if word == '年' else ''}：{where}写作“{m.group(1)}{word}”，"
            f"应为“{m.group(1)}{word}{m.group(2)}”。",
            i, blocks[i], text, expected=f"{m.group(1)}{word}{m.group(2)}"), figure=m.group(0)))
    return out


_QUOTES = re.compile("[“”\"‘’]")


def _since(blocks: list[Block]) -> list[ReviewFinding]:
    """「2023以来」 (also 「…及2023」 / 「以来预算执行情况的报告」, a title over two lines): 以来 after a year
    needs its 年 in a title as in running text."""
    heads = {i: text for i, _, text in titles(blocks)}
    within = {k for i, j, _ in titles(blocks) for k in range(i + 1, j + 1)}  # read with the title's first line
    out = []
    for i, b in enumerate(blocks):
        text = heads.get(i, "" if b.is_table or i in within else b.text)
        for m in _SINCE.finditer(text):
            out.append(replace(finding(
                Level.WARNING, "R-TYPO-YEAR", f"“{m.group(0)}”缺少“年”字：应为“{m.group(1)}年以来”。",
                i, b, text if i in heads else sentence_at(text, m.start()), expected=f"{m.group(1)}年以来"),
                figure=m.group(0)))
    return out


def rule_verify(blocks: list[Block]) -> list[ReviewFinding]:
    """项目支出 budgeted but nothing spent, while the text says the project targets were met."""
    budget = final = None
    for b in blocks:
        if not b.is_table or b.text.startswith("图："):
            continue
        header = b.rows[0]
        for c, h in enumerate(header):
            if "项目支出" not in h:
                continue
            for row in b.rows[1:]:
                figs = find_figures(row[c], bare_money=True) if c < len(row) else []
                if len(figs) != 1:
                    continue
                if "预算" in row[0]:
                    budget = figs[0].value
                elif "决算" in row[0]:
                    final = figs[0].value
    if not budget or final is None or final != 0:
        return []
    out = []
    for bi, b in enumerate(blocks):
        if not b.is_table and re.search(r"项目绩效目标.{0,6}(100%|全部)完成", b.text):
            out.append(
                finding(
                    Level.WARNING,
                    "R-VERIFY-PROJECT",
                    f"项目支出预算{number(budget)}元而决算为0，却称项目绩效目标已完成：请核实并说明。",
                    bi,
                    b,
                    b.text,
                )
            )
    return out
