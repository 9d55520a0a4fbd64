"""A 项 the text calls 基本支出 or 项目支出 against its row of the 支出决算表: "审计业务主要用于…，全部为基本支出"
("伤残抚恤（项），属于基本支出", "档案馆（项）主要用于：本馆基本支出，…") for a row with 基本支出 0 — an 错误 with the
other word as 应为 (the text names the column, the table shows the other: one rule for the word, here and not in
rules/items.rule_item_basic); a purpose that only reads as 基本支出 ("…（项）主要用于：维持日常运转的人员和公用支出")
for a row with 项目支出 only is a 警告 without 应为 (which purpose is right the table does not say)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, amt, finding
from ..blocks import Block, table_unit
from ..figures import Figure
from ..places import numbered
from ..sentences import sentence_at
from ..subjects import CODED_AFTER, find_chains, items
from .text_table import _cell_value, _plain, table_kind

_BASIC_WORDS = re.compile(r"人员经费|公用经费|人员和公用|日常运转|在职人员工资")
# a 项 opening what is said of it: "X（项）", or a row's name opening a clause before 主要用于 (the 项 listed in a
# table of their own, then described: "上表中，行政运行主要用于…；审计业务主要用于…")
_ITEM_NAME = re.compile(r"(?P<name>[^（(）)、，,。；;：:]{2,30})(?:[（(]项[）)]|(?=主要用于))")
# ... or by its code and name, the code first, opening what is said of it: 「（1）2060701机构运行：年初预算…」
_CODED = re.compile(r"(?<!\d)(?P<code>\d{7})\s*(?P<name>[\u4e00-\u9fff][^（(）)、，,。；;：:\d]{1,29})(?=[：:])")
_CLAUSE_START = re.compile(r"(?:^|[。；;：:，,])\s*(?:上表中|其中)?[，,]?\s*$")
# the 项 said to be one kind of spending, in a clause of its own: "全部为基本支出", "均为项目支出", "属于基本支出"
_WHOLLY = re.compile(r"(?<=[，,])\s*(?:全部|均|都)?(?:为|是|属于|列为|列入)(?P<kind>基本支出|项目支出)"
                     r"(?=\s*(?:[，,]|$))")

# ... or in a sentence of its own later in the 项's words: 「该项均为基本支出」「此项全部为项目支出」
_THIS_ITEM = re.compile(r"(?<=[。；;])\s*(?:该|此|本)项(?:支出)?(?:全部|均|都)?(?:为|是|属于|列为|列入)"
                        r"(?P<kind>基本支出|项目支出)(?=\s*(?:[，,。；;]|$))")
# ... or as a tag on its amount: 「（1）行政运行（2010301）：决算1,862.45万元（基本支出）」
_TAGGED = re.compile(r"^[：:]?[^。；;，,]{0,12}?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)\s*"
                     r"[（(](?P<kind>基本支出|项目支出)[）)]")
_NEXT_ITEM = re.compile(r"[（(]项[）)]|(?<!\d)\d{7}\s*[\u4e00-\u9fff][^（(）)、，,。；;：:\d]{1,29}[：:]")

Pair = tuple[Figure | None, Figure | None]


def _next_item(text: str, pos: int) -> int:
    """Where the sentence naming the next 「（项）」 after ``pos`` begins (the text's end for none)."""
    nxt = _NEXT_ITEM.search(text, pos)
    return len(text) if nxt is None else text.rfind("。", pos, nxt.start()) + 1 or pos


def _basic_project(blocks: list[Block]) -> tuple[str, dict[str, list[Pair]]]:
    """(the table read, (基本支出, 项目支出) of each 项 row by name and by code (「2010804」)), from the 一般公共预算
    支出决算表 (公开05), else the 支出决算表 (公开03); a blank cell of a row with figures is 0."""
    for kind in ("一般公共预算财政拨款支出决算表", "支出决算表"):
        out: dict[str, list[Pair]] = {}
        for b in blocks:
            if not b.is_table or table_kind(b) != kind:
                continue
            unit = table_unit(b)
            header = next((r for r in b.rows if any("基本支出" in x for x in r)), None)
            cols = ([i for i, x in enumerate(header) if "基本支出" in x][:1] + [i for i, x in enumerate(header)
                    if "项目支出" in x][:1]) if header else [3, 4]
            if len(cols) != 2:
                continue
            zero = Figure(Decimal(0), unit, "", 0, 0, 2)
            for row in b.rows:
                if len(row) <= max(cols) or not re.fullmatch(r"\d{7}", row[0].strip()):
                    continue
                basic, project = (_cell_value(row[c], unit) or (zero if not row[c].strip() else None) for c in cols)
                out.setdefault(_plain(row[1]), []).append((basic, project))
                out[row[0].strip()] = [(basic, project)]
        if out:
            return kind, out
    return "", {}


def rule_basic_items(blocks: list[Block]) -> list[ReviewFinding]:
    """Each 项 the text names (by "（项）", or by its row's name opening a clause before 主要用于) whose row has one
    kind of spending only, against what its clause says of it (see the module's docstring)."""
    kind, rows = _basic_project(blocks)
    table = numbered(kind, "")
    if not rows:
        return []
    # the 项 the text names in a whole 类/款/项 chain: its row by code (a name some rows share, 「行政运行」, is
    # then known) — the last chain of that 项 name opened before the name
    chains = [(it.block, it.start, _plain(it.xiang), it.code) for it in items(blocks) if it.code]
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        # each 项 named: (where its name starts, where the naming ends, the name, named as a 项, its code)
        named: list[tuple[int, int, str, bool, str]] = []
        for m in _ITEM_NAME.finditer(b.text):
            name = m.group("name")
            marked = m.group(0).endswith(("项）", "项)"))
            if not marked:
                # a bare name: the row's whole name, opening its clause
                name = next((n for n in rows if name.endswith(n) and _CLAUSE_START.search(
                    b.text[: m.start() + len(name) - len(n)])), "")
            named.append((m.start("name"), m.end(), name, marked, ""))
        # 「2060701机构运行：」: the row of that code, when it bears that name
        named += [(m.start("name"), m.end(), m.group("name"), True, m.group("code")) for m in _CODED.finditer(b.text)
                  if m.group("code") in rows and rows.get(_plain(m.group("name"))) is not None]
        # 「（1）行政运行（2010301）：」: the row of that code, when it is one of the name's rows
        named += [(m.start("xiang"), m.end(), m.group("xiang"), True, m.group("code"))
                  for m in CODED_AFTER.finditer(b.text)
                  if m.group("code") in rows and rows[m.group("code")][0] in rows.get(_plain(m.group("xiang")), [])]
        # a 项 the model reads by its name alone after its 款 (「…（款）城乡社区环境卫生。主要用于…」)
        named += [(c.start("xiang"), c.end(), c.group("xiang"), True, "") for c in find_chains(blocks, b.text)
                  if not c.group(0).endswith(("项）", "项)"))
                  and all(c.end() <= at or c.start("xiang") >= end for at, end, x, _, _ in named if x)]
        named.sort(key=lambda x: x[0])
        for k, (at, end, name, marked, code) in enumerate(named):
            # what is said of it ends where the next 项 is named (items parted by 「，」, not 「；」)
            upto = next((n for n, _, x, _, _ in named[k + 1 :] if x), len(b.text))
            found = rows.get(code or _plain(name), [])
            if len(found) != 1 and (codes := [c for k, start, x, c in chains
                                              if k == bi and start <= at and x == _plain(name)]):
                found = rows.get(codes[-1], [])
            basic, project = found[0] if len(found) == 1 else (None, None)
            if basic is None or project is None or bool(basic.value) == bool(project.value):
                continue  # one row of that name, with one kind of spending only
            clause = re.match(r"[^。；;]*", b.text[end:upto]).group(0)  # type: ignore[union-attr]
            said = _WHOLLY.search(clause) or _TAGGED.search(clause)
            if said is None and marked:
                # 「…（项）：年初预算为A…。该项均为基本支出，主要用于…」: a sentence of its own, before the next 项
                said = _THIS_ITEM.search(b.text[end : _next_item(b.text, end)])
            has, lacks = ("项目支出", "基本支出") if project.value else ("基本支出", "项目支出")
            if said and said.group("kind") == lacks:
                wrong = said.group("kind") if said.re is _TAGGED else said.group(0).strip()
                right = wrong.replace(lacks, has)
                out.append(replace(finding(
                    CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                    f"“{name}（项）”在表中只有{has}{amt(project if project.value else basic)}、没有{lacks}，正文却说"
                    f"“{wrong}”：应为“{right}”。",
                    bi, b, sentence_at(b.text, end + said.start()), expected=right,
                    why=f"{table}中{name}：基本支出{amt(basic)}，项目支出{amt(project)}",
                ), figure=wrong))
                continue
            use = re.match(r"[。，,]?[^。；;]*?主要用于[：:]?(?P<use>[^。；;]{2,80})", b.text[end:upto])
            if use is None or has in use.group("use"):
                continue
            # the column named: 「…等基本支出」 of a row with 项目支出 only (a purpose naming 项目支出 of a row read
            # with 基本支出 only is not taken: a table whose blank 项目支出 column was lost reads so)
            if project.value and (word := re.search(lacks, use.group("use"))):
                at = end + use.start("use") + word.start()
                out.append(replace(finding(
                    CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
                    f"“{name}（项）”在表中只有{has}{amt(project if project.value else basic)}、没有{lacks}，"
                    f"正文却说用于"
                    f"“{re.split(r'[，,、]', use.group('use')[: word.end()])[-1].strip()}”："
                    f"应为“{has}”。",
                    bi, b, sentence_at(b.text, at), expected=has,
                    why=f"{table}中{name}：基本支出{amt(basic)}，项目支出{amt(project)}",
                ), figure=lacks))
            elif project.value and "项目" not in use.group("use") and (words := _BASIC_WORDS.search(use.group("use"))):
                out.append(finding(
                    CODES["R-BASIC-PROJECT"].level, "R-BASIC-PROJECT",
                    f"“{name}（项）”在表中只有项目支出{amt(project)}、没有基本支出，正文却说用于“{words.group(0)}”："
                    "应写项目支出的用途，请核对。",
                    bi, b, sentence_at(b.text, end + use.start("use")),
                ))
    return out
