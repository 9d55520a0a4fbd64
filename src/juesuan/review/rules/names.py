"""Rules on how figures and words are written: digit grouping, full-width characters, "%%",
decimals, "2021度", per-head formulas; and facts to verify."""
from __future__ import annotations

import re
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

FORMAT_MESSAGES = {
    "R-FORMAT-GROUP": "数字的千位分隔符位置不对",
    "R-FORMAT-WIDTH": "数字中混用全角与半角字符",
    "R-FORMAT-PERCENT": "百分号重复",
    "R-FORMAT-DECIMALS": "金额超过两位小数",
}


def rule_format(blocks: list[Block]) -> list[ReviewFinding]:
    """Malformed figures: digit grouping, full-width characters, "%%", three decimals in 元."""
    out: list[ReviewFinding] = []
    # tables and running text are counted apart: tables conventionally group digits
    # ("1,068.64") where the text of the same document writes "1068.64万元"
    grouped = {True: 0, False: 0}
    ungrouped = {True: 0, False: 0}
    all_figs: list[tuple[int, Block, str, Figure]] = []
    for i, b in enumerate(blocks):
        if b.is_table:
            for row in b.rows:
                for cell in row:
                    for f in find_figures(cell, bare_money=True):
                        all_figs.append((i, b, cell, f))
        else:
            for s in sentences(b.text):
                for f in find_figures(s.text):
                    all_figs.append((i, b, s.text, f))
    for _, b, _, f in all_figs:
        if not f.is_percent and abs(f.value) >= 1000 and f.decimals == 2:
            if "," in f.raw or "，" in f.raw:
                grouped[b.is_table] += 1
            else:
                ungrouped[b.is_table] += 1
    for i, b, sent, f in all_figs:
        for code, fixed in f.problems:
            out.append(
                finding(
                    CODES[code].level,
                    code,
                    f"{FORMAT_MESSAGES[code]}：“{f.raw}”应写作“{fixed}”。",
                    i,
                    b,
                    sent,
                    f,
                    fixed,
                )
            )
        if (
            grouped[b.is_table] > ungrouped[b.is_table]
            and not f.is_percent
            and abs(f.value) >= 1000
            and f.decimals == 2
            and "," not in f.raw
            and "，" not in f.raw
        ):
            fixed = f"{f.value:,.2f}{f.unit}"
            out.append(
                finding(
                    Level.INFO,
                    "R-FORMAT-GROUP",
                    f"金额没有千位分隔符，与{'表格' if b.is_table else '正文'}中其他金额的写法不一致："
                    f"“{f.raw}”应写作“{fixed}”。",
                    i,
                    b,
                    sent,
                    f,
                    fixed,
                )
            )
    return out


# a year run into the noun after it: not a count or amount ("2000元", "2024人次"), a 文号 ("〔2024〕"),
# an identifier ("2025-00034") or a date
_PROSE = re.compile(r"[，,；;：:]|\d[\d.,]*\s*(?:亿元|万元|元|%)")
_COUNTED = "年度届号月日期版元万亿千百多余个人名次批辆台套件项户家所张份条篇部平米吨公斤天小"
_BARE_YEAR = re.compile(rf"(?<![\d〔\[［(（/\-－.年])((?:19|20)\d\d)(?!(?!部门)[\d{_COUNTED}])"
                        r"([\u4e00-\u9fff][^\d，,。；;：:、（(]*)")


# a numbered heading or 目录 line: "（四）", "二、", "3.", "第二部分"
_NUMBERED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．]"
                       r"|第[一二三四五六七八九十]+部分)")
# a year written with 年 (not inside a longer number): what the document's years are
_YEAR_SAID = re.compile(r"(?<![\d.])((?:19|20)\d\d)年(度?)")
# a stray digit glued to a year ("22017年预算数": the line number before it): no year has five digits; not a
# table's or an annex's number run into its title ("表12024年…平衡表")
_GLUED_YEAR = re.compile(r"(?<![\d.,，、表图件号第])(\d{1,2})((?:19|20)\d\d)年(?:度)?"
                         r"[\u4e00-\u9fff][^\d，,。；;：:、（(]*")


def rule_typos(blocks: list[Block]) -> list[ReviewFinding]:
    """ "2021度" for 2021年度, "2024区…" for 2024年区… (the year written with 年 elsewhere); per-head
    formulas multiplied by 100%."""
    out = []
    years_said = {m.group(1) for b in blocks if not b.is_table for m in _YEAR_SAID.finditer(b.text)}
    # how the document's own headings write a year ("第二部分 2018年度部门决算表"): a heading that leaves 年 out
    # is the slip, not a house style
    in_heads: dict[str, str] = {}
    for b in blocks:
        if not b.is_table and not _PROSE.search(b.text):
            for m in _YEAR_SAID.finditer(b.text):
                in_heads.setdefault(m.group(1), m.group(2))
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
        for m in _BARE_YEAR.finditer(b.text) if years_said else ():
            prose = bool(_PROSE.search(sentence_at(b.text, m.start())))
            numbered = bool(_NUMBERED.match(b.text)) and m.start() < 12
            if m.group(1) not in years_said or not (prose or (numbered and m.group(1) in in_heads)):
                continue  # a title may write "2024财政决算" short: running text, and numbered headings of a document
                # whose headings write 年, are held to 年
            said = Figure(Decimal(m.group(1)), "", m.group(0), m.start(), m.end(),
                          0)
            # a title's or a heading's short style: a question ("2024北京…"; "一、2024财政决算情况")
            headline = not prose or ("。" not in b.text and len(b.text.strip()) <= 60)
            word = "年度" if not prose and in_heads[m.group(1)] else "年"
            lacks = f"“{word}”字" if word == "年" else f"“{word}”"
            out.append(finding(
                Level.WARNING, "R-TYPO-YEAR", f"“{m.group(0)}”缺少{lacks}，应为“{m.group(1)}{word}{m.group(2)}”"
                + ("（标题中也可能是有意的简写）。" if headline else "。"),
                i, b, sentence_at(b.text, m.start()), said, expected=f"{m.group(1)}{word}{m.group(2)}",
                nature=QUESTION if headline else "",
            ))
        for m in _GLUED_YEAR.finditer(b.text):
            if m.group(2) not in years_said:
                continue
            said = Figure(Decimal(m.group(1) + m.group(2)), "", m.group(0), m.start(), m.end(), 0)
            right = m.group(0)[len(m.group(1)):]
            out.append(finding(
                Level.WARNING, "R-TYPO-YEAR",
                f"“{m.group(1)}{m.group(2)}年”不是年份，多了“{m.group(1)}”：应为“{right}”。",
                i, b, sentence_at(b.text, m.start()), said, expected=right,
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
