"""The document model the document-level rules stand on: what each part of a 决算公开 is about.

- **Sections** (``sections``): each paragraph's 一…十一 section and （一）… subsection, the fund it
  speaks of (一般公共预算 / 政府性基金 / 国有资本经营) and the 公开 table it describes, by the words of
  its title ("五、一般公共预算财政拨款支出决算情况说明" ↔ 一般公共预算财政拨款支出决算表), not by its number.
- **Coded rows** (``coded_rows``): the 类/款/项 rows of a typed 公开 table (``grid.model``), code → name
  and amounts (a blank cell of a row with figures is 0).
- **Items** (``items``): each "X（类）Y（款）Z（项）" the text describes, its code resolved by the names
  against the tables' rows (names alone are how real texts name a 项: "行政运行（项）" is under dozens of
  款), the fund of its section, and the figures stated for it up to the next item or heading: 年初预算,
  全年(调整)预算, 决算 and 完成率 — each with the sentence it is in.
- **Classes** (``class_amounts``): "X（类）A万元，占B%" of a structure paragraph, with the 类's code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from ..core import catalog
from .blocks import Block, table_unit
from .figures import Figure, find_figures
from .grid import PUBLIC_TABLES
from .item_lists import fill, more_names, unjoined
from .sentences import Sentence, sentences

T1, T2, T3, T4, T5, T6, T7, T8, T9 = PUBLIC_TABLES
FUNDS = ("一般公共预算", "政府性基金", "国有资本经营")
FUND_TABLE = {"一般公共预算": T5, "政府性基金": T8, "国有资本经营": T9}

_NUM = "一二三四五六七八九十"
_HEAD = re.compile(rf"^(?:第[{_NUM}]+部分\s*)?([{_NUM}]+)[、.．]\s*(?P<title>[^。；;]{{2,40}}?)[。.]?$")
_SUB = re.compile(rf"^[（(]([{_NUM}]+)[）)]\s*(?P<title>[^。；;]{{2,40}}?)[。.]?$")
_PART = re.compile(rf"^第[{_NUM}]+部分")
# the table a section's title describes, by its words (most specific first)
_TITLE_TABLES = (
    ("三公", T7), ("基本支出", T6), ("政府性基金", T8), ("国有资本经营", T9), ("一般公共预算", T5),
    ("财政拨款收入支出", T4), ("收入支出决算", T1), ("收入决算", T2), ("支出决算", T3),
)


R = TypeVar("R")
_MEMO: dict[tuple[str, int], tuple[list[Block], int, Any]] = {}


def memo(fn: Callable[[list[Block]], R]) -> Callable[[list[Block]], R]:
    """``fn(blocks)`` once for the document the rules are reading (several rules read the same model):
    the last document's result per function, kept with the list itself (so its id is not reused)."""

    def wrapper(blocks: list[Block]) -> R:
        key = (fn.__qualname__, id(blocks))
        hit = _MEMO.get(key)
        if hit is not None and hit[0] is blocks and hit[1] == len(blocks):
            return hit[2]
        for k in [k for k in _MEMO if k[0] == fn.__qualname__]:
            del _MEMO[k]
        value = fn(blocks)
        _MEMO[key] = (blocks, len(blocks), value)
        return value

    wrapper.__doc__, wrapper.__name__, wrapper.__qualname__ = fn.__doc__, fn.__name__, fn.__qualname__
    return wrapper


@dataclass(frozen=True)
class Section:
    """Where a paragraph stands: its section's number and title, its subsection's, the fund and table."""

    number: str = ""
    title: str = ""
    sub: str = ""
    sub_title: str = ""
    fund: str = ""
    table: str = ""


def plain(text: str) -> str:
    """A name compared as words: no spaces or quotes, half-width brackets as full-width."""
    return re.sub(r"[\s“”\"'‘’]", "", text).replace("(", "（").replace(")", "）")


def heading(text: str) -> tuple[str, str, str] | None:
    """("section" | "sub", number, title) when ``text`` is a heading line, else None."""
    if len(text) > 46:
        return None
    if m := _HEAD.match(text):
        return "section", m.group(1), m.group("title")
    if m := _SUB.match(text):
        return "sub", m.group(1), m.group("title")
    return None


def _table_of(title: str) -> str:
    if not re.search(r"决算|三公", title):
        return ""
    return next((t for word, t in _TITLE_TABLES if word in title), "")


@memo
def sections(blocks: list[Block]) -> list[Section]:
    """Each block's section (tables too: the section they stand in); a "第N部分" heading ends them."""
    out: list[Section] = []
    cur = top = Section()  # top: the section a sub-heading stands in (none where （一） heads the 情况说明's parts)
    for b in blocks:
        if not b.is_table:
            text = b.text.strip()
            h = heading(text)
            if _PART.match(text) and (h is None or "说明" not in text):
                cur = top = Section()
            elif h and h[0] == "section":
                title = h[2]
                fund = next((f for f in FUNDS if f in title), "")
                cur = top = Section(h[1], title, fund=fund, table=_table_of(title))
            elif h and h[0] == "sub":  # its own fund and table where its title names them (no section heading)
                fund = top.fund or next((f for f in FUNDS if f in h[2]), "")
                cur = Section(top.number, top.title, h[1], h[2], fund, top.table or _table_of(h[2]))
        out.append(cur)
    return out


# --- the tables' coded rows ------------------------------------------------------------------

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


@dataclass(frozen=True)
class Row:
    """A 类/款/项 row of a 公开 table: its name and amounts in column order (blank = 0)."""

    code: str
    name: str
    amounts: tuple[Figure | None, ...]
    block: int


def cell_amount(cell: str, unit: str) -> Figure | None:
    cell = cell.strip()
    if not cell or cell in ("-", "—", "－"):
        return Figure(Decimal(0), unit, cell, 0, 0, 2)
    figs = find_figures(cell, bare_money=True)
    if len(figs) != 1 or figs[0].raw.strip() != cell or figs[0].is_percent:
        return None
    f = figs[0]
    return f if f.unit else Figure(f.value, unit, f.raw, f.start, f.end, f.decimals)


def coded_rows(blocks: list[Block], kind: str) -> dict[str, Row]:
    """code → its row in the table(s) of ``kind`` (the first table's row where two give one)."""
    out: dict[str, Row] = {}
    for bi, b in enumerate(blocks):
        if not b.is_table or b.kind != kind:
            continue
        unit = table_unit(b)
        for row in b.rows:
            cells = [x.strip() for x in row]
            if len(cells) < 3 or not _CODE.match(cells[0]) or not cells[1] or re.search(r"\d", cells[1]):
                continue
            amounts = tuple(cell_amount(x, unit) for x in cells[2:])
            if any(a is not None and a.raw for a in amounts):
                out.setdefault(cells[0], Row(cells[0], plain(cells[1]), amounts, bi))
    return out


def classes_add_up(b: Block) -> bool:
    """Whether a coded table's 合计 row is, column by column, the sum of its 类 rows within their
    rounding (True when it has no such row: nothing to say)."""
    from .base import iv, iv_sum, meets

    unit = table_unit(b)
    total = next(([cell_amount(x, unit) for x in r[2:]] for r in b.rows if len(r) > 2 and not r[0].strip()
                  and plain(r[1]) in ("合计", "总计")), None)
    classes = [[cell_amount(x, unit) for x in r[2:]] for r in b.rows
               if len(r) > 2 and re.fullmatch(r"\d{3}", r[0].strip())]
    if total is None or not classes:
        return True
    for col, cell in enumerate(total):
        parts = [c[col] for c in classes if col < len(c)]
        if cell is None or not cell.raw or any(p is None for p in parts):
            continue
        if not meets(iv_sum([iv(p) for p in parts if p is not None]), iv(cell)):
            return False
    return True


def t4_classes(blocks: list[Block]) -> dict[str, tuple[Figure, ...]]:
    """类 code → its 支出 amounts in the 财政拨款收入支出决算总表 (公开04: 合计, 一般公共预算, 政府性基金,
    国有资本经营; a blank is 0), found by the 类 name ("七、文化旅游体育与传媒支出") on the 支出 side."""
    names = {plain(n): c for c, n in catalog.CLASS_NAMES.items()}
    out: dict[str, tuple[Figure, ...]] = {}
    for b in blocks:
        if not b.is_table or b.kind != T4:
            continue
        unit = table_unit(b)
        for row in b.rows:
            for c, cell in enumerate(row):
                code = names.get(plain(re.sub(rf"^[{_NUM}]+[、.．]", "", cell.strip())))
                amounts = [cell_amount(x, unit) for x in row[c + 1 : c + 5]]
                if code and len(amounts) == 4 and all(a is not None for a in amounts):
                    out.setdefault(code, tuple(a for a in amounts if a is not None))
    return out


@memo
def code_names(blocks: list[Block]) -> dict[str, str]:
    """Every code's name: the catalog's 类/款/项 (the 政府收支分类科目: a table naming one otherwise is
    R-CODE-NAME's finding, not the name), else the name most of the tables (公开02/03/05/08/09) give
    it, the 一般公共预算 table's among equals. A table's "事业运行（…所属事业单位）" is 事业运行."""
    from collections import Counter

    catalogued = {**catalog.FUNCTION_ITEMS, **catalog.FUNCTION_SECTIONS, **catalog.CLASS_NAMES}
    names: dict[str, str] = {c: plain(n) for c, n in catalogued.items()}
    seen: dict[str, Counter[str]] = {}
    for rank, kind in enumerate((T5, T3, T2, T8, T9)):
        for c, r in coded_rows(blocks, kind).items():
            seen.setdefault(c, Counter())[qualified(r.name, names.get(c, ""))] += 10 - rank  # ties: 公开05 first
    for c, counts in seen.items():
        if c not in catalogued:
            names[c] = counts.most_common(1)[0][0]
    return names


def qualified(name: str, right: str) -> str:
    """``right`` when ``name`` is it with a bracketed qualifier ("事业运行（…所属事业单位）"), else ``name``."""
    return right if right and name.startswith(right + "（") and name.endswith("）") else name


def names_code(names: dict[str, str], code: str, said: str) -> bool:
    """Whether ``said`` is ``code``'s name: as the tables give it, or a 类's without the 支出 that closes each
    (「一般公共服务（类）行政运行（项）」 for 201 一般公共服务支出)."""
    name, said = names.get(code), plain(said)
    return name is not None and (name == said or (len(code) == 3 and name == said + "支出"))


def resolve(names: dict[str, str], lei: str, kuan: str, xiang: str) -> str:
    """The one 项 code named ``xiang`` under a 款 named ``kuan`` (under a 类 named ``lei``), else ""."""
    leis = [c for c in names if len(c) == 3 and names_code(names, c, lei)] if lei else None
    kuans = [c for c, n in names.items() if len(c) == 5 and n == plain(kuan)
             and (leis is None or c[:3] in leis)]
    codes = [c for c, n in names.items() if len(c) == 7 and n == plain(xiang) and c[:5] in kuans]
    return codes[0] if len(codes) == 1 else ""


# --- the items the text describes ------------------------------------------------------------

# a character of a 科目 name, or a short bracket that is part of it: "政府办公厅（室）", "维修（护）费"; a 项
# name may hold a "、" ("环境保护法规、规划及标准") that opens no other 类 or 款
_NAME = r"(?:[^（）()，,。；;：:、\d]|[（(](?![类款项][）)])[^（）()，,。；;\d]{1,3}[）)])"
CHAIN = re.compile(rf"(?:(?P<lei>{_NAME}{{2,30}})[（(]类[）)])?\s*(?P<kuan>{_NAME}{{2,40}})[（(]款[）)]\s*"
                   rf"(?P<xiang>{_NAME}(?:{_NAME}|、(?!{_NAME}{{0,30}}[（(][类款][）)])){{1,40}})[（(]项[）)]")


def _written(name: str) -> str:
    """A 科目 name as a pattern over the text: its brackets either width (「政府办公厅(室)」)."""
    return re.escape(name).replace("（", "[（(]").replace("）", "[）)]")


@lru_cache(maxsize=8)
def _bare_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    """A chain whose 项 is written by its name alone (「…（类）普通教育（款）学前教育。主要用于…」, no 「（项）」): the
    name one of ``names`` (the 项 names of the catalog and the tables), ending where the name does (a stop, a
    colon, 主要用于 or the figures' words follow); the longest name first."""
    if not names:
        return None
    alts = "|".join(_written(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:(?P<lei>{_NAME}{{2,30}})[（(]类[）)])?\s*(?P<kuan>{_NAME}{{2,40}})[（(]款[）)]\s*"
                      rf"(?P<xiang>{alts})(?=\s*(?:[。，,：:；;]|主要用于|(?:年初|全年|调整)?预算|(?:支出)?决算|$))")


@memo
def _item_names(blocks: list[Block]) -> frozenset[str]:
    return frozenset(n for c, n in code_names(blocks).items() if len(c) == 7)


def find_chains(blocks: list[Block], text: str) -> list[re.Match[str]]:
    """Each 类/款/项 chain of ``text`` in order: 「X（类）Y（款）Z（项）」 (CHAIN), and one whose 项 is named by its
    name alone after its 款 — a name the document's tables or the catalog give a 项 (_bare_pattern)."""
    out = list(CHAIN.finditer(text))
    if "款" in text and (bare := _bare_pattern(_item_names(blocks))) is not None:
        out += [m for m in bare.finditer(text) if not any(c.start() < m.end() and m.start() < c.end() for c in out)]
    return sorted(out, key=lambda m: m.start())


def full_chain(blocks: list[Block], text: str) -> re.Match[str] | None:
    """The chain ``text`` is, whole (a row's label in a small table typed in the text), else None."""
    return next((m for m in find_chains(blocks, text) if m.span() == (0, len(text))), None)


# a 项 paragraph led by its code (「（2013804）市场主体管理：主要用于…」, 「2101101行政单位医疗：…」, a list number, a
# bracketed one or 「第3项：」 before it; or after a 「；」 that ends the 项 before it in one paragraph)
CODED = re.compile(rf"(?:^|(?<=[；;。]))\s*(?:[{_NUM}\d]{{1,3}}[、.．]\s*|[（(][{_NUM}\d]{{1,3}}[）)]\s*"
                   rf"|第[{_NUM}\d]{{1,3}}项[：:]\s*)?"
                   r"(?:[（(](?P<code>\d{7})[）)]|(?P<bare>\d{7}))\s*"
                   r"(?P<xiang>[^（）()，,。；;：:、\d\s]{2,40})(?=\s*[：:。，,]|\s*主要用于)")
# ... or led by its name, its code in brackets after it (「（1）行政运行（2010301）：决算…」,
# 「2.一般行政管理事务（2012950）：年初预算…」; a name's own short bracket, 「政府办公厅（室）」, kept)
CODED_AFTER = re.compile(rf"(?:^|(?<=[；;。]))\s*(?:[{_NUM}\d]{{1,3}}[、.．]\s*|[（(][{_NUM}\d]{{1,3}}[）)]\s*"
                         rf"|第[{_NUM}\d]{{1,3}}项[：:]\s*)?"
                         r"(?P<xiang>(?:[^（）()，,。；;：:、\d\s]|[（(][\u4e00-\u9fff]{1,2}[）)]){2,40}?)"
                         r"[（(](?P<code>\d{7})[）)](?=\s*[：:。，,]|\s*主要用于)")


def coded(text: str) -> list[re.Match[str]]:
    """Each 项 of ``text`` led by its code (CODED) or with its code after its name (CODED_AFTER), in order."""
    return sorted([*CODED.finditer(text), *CODED_AFTER.finditer(text)], key=lambda m: m.start())


def coded_at(text: str) -> re.Match[str] | None:
    """The code-led or code-after-name 项 that opens ``text``, else None."""
    return CODED.match(text) or CODED_AFTER.match(text)


_OPENS = re.compile(rf"^(?:第[{_NUM}]+部分|[{_NUM}]+、|[（(][{_NUM}\d]+[）)]|\d+[、．.](?!\d))")


@dataclass
class Stated:
    """A figure stated for an item: the block, the sentence and the figure."""

    block: int
    sentence: str
    figure: Figure


@dataclass
class Item:
    """A 项 the text describes, with what it states for it."""

    block: int
    start: int
    lei: str
    kuan: str
    xiang: str
    code: str
    section: Section
    purpose: str = ""  # the words after 主要用于
    budget: Stated | None = None  # 年初预算
    full: Stated | None = None  # 全年预算 / 调整(后)预算
    final: Stated | None = None  # 支出决算
    rate: Stated | None = None  # 完成(年初)预算的X%
    sentences: list[tuple[int, Sentence]] = field(default_factory=list)
    row: bool = False  # a row of a small table typed in the text (review/text_grids.py): its cells, no words
    listed: bool = False  # one of several 项 said in one sentence, its figures the k-th of 「分别」 lists (item_lists)
    written: str = ""  # the code written with the name (「（2013804）市场主体管理：」), whatever it names

    @property
    def fund(self) -> str:
        return self.section.fund

    @property
    def name(self) -> str:
        return f"{self.xiang}（项）"


def _spans(blocks: list[Block]) -> list[tuple[int, re.Match[str], list[tuple[int, str]]]]:
    """Each chain with the text that belongs to it, by block: up to the next chain or heading (its own
    paragraph, and the paragraphs after it that open no item or heading)."""
    from .text_grids import row_blocks

    out: list[tuple[int, re.Match[str], list[tuple[int, str]]]] = []
    rows = row_blocks(blocks)
    for bi, b in enumerate(blocks):
        if b.is_table or bi in rows:
            continue
        # 项 named by their chain and by their code in one paragraph (「…（款）参政议政（项）…；2080505…：…」)
        named = find_chains(blocks, b.text)
        chains = sorted(named + [m for m in coded(b.text)
                                 if not any(c.start() <= m.start("xiang") < c.end() for c in named)],
                        key=lambda m: m.start())
        for n, c in enumerate(chains):
            end = chains[n + 1].start() if n + 1 < len(chains) else len(b.text)
            parts = [(bi, b.text[c.end() : end])]
            if n + 1 == len(chains):
                for k in range(bi + 1, min(bi + 4, len(blocks))):
                    nxt = blocks[k]
                    if (nxt.is_table or k in rows or _OPENS.match(nxt.text) or find_chains(blocks, nxt.text)
                            or coded_at(nxt.text) or heading(nxt.text)):
                        break
                    parts.append((k, nxt.text))
            out.append((bi, c, parts))
    return out


def _cut(name: str) -> str:
    """A chain's first name without the words before it ("其中：1、" …) and without the paragraph's own number
    ("（一）社会保障和就业支出（类）…", "①…": a short bracket is part of a name only after it, "政府办公厅（室）")."""
    name = re.sub(r"^.*?(?:[。：:；;]|\d+[、．.])", "", name).strip().lstrip("、．.，, ")
    return _OWN_NUMBER.sub("", name)


# a paragraph's own number before a chain: 「（一）」「(1)」「1）」「①」「⑴」「⒈」「一、」
_OWN_NUMBER = re.compile(rf"^(?:[（(](?:[{_NUM}]{{1,3}}|\d{{1,2}})[）)]|\d{{1,2}}[）)]|[\u2460-\u249b\u3251-\u325f]"
                         rf"|[{_NUM}]{{1,3}}[、．.])\s*")


@memo
def items(blocks: list[Block]) -> list[Item]:
    """Every 项 the text describes (see the module's docstring)."""
    secs = sections(blocks)
    names = code_names(blocks)
    out = []
    known = {n for c, n in names.items() if len(c) == 7}
    for bi, c, parts in _spans(blocks):
        named = c.groupdict()
        lei, kuan = _cut(named.get("lei") or ""), _cut(named.get("kuan") or "")
        xiang = unjoined(c.group("xiang").strip(), known)
        sec = secs[bi]
        if not sec.fund and (fund := _fund_before(blocks, bi, c.start())):
            sec = Section(sec.number, sec.title, sec.sub, sec.sub_title, fund, FUND_TABLE[fund])
        if more := more_names(blocks[bi].text, c.end(), _NAME):  # 「…（款）下A（项）、B（项）…分别为…」
            group = [Item(bi, at, lei, kuan, x, resolve(names, lei, kuan, x), sec, listed=True)
                     for at, x in [(c.start(), xiang), *more]]
            fill(group, [(bi, blocks[bi].text[c.start("xiang"): c.end() + len(parts[0][1])]), *parts[1:]], _assign)
            out += group
            continue
        # a code-led 项 is its code where the tables or the catalog name it so
        led = named.get("code") or named.get("bare")
        code = led if led and names.get(led) == plain(xiang) else ""
        item = Item(bi, c.start(), lei, kuan, xiang, code or resolve(names, lei, kuan, xiang), sec, written=led or "")
        opener = r"\s*[。，,：:]?" if code else r"[。，,]?"  # 「（2013804）市场主体管理：主要用于…」
        if m := re.match(rf"{opener}\s*主要用于[：:]?(?P<use>[^。；;]{{2,120}})", parts[0][1]):
            # the purpose, without the figures that follow it in the same sentence ("…，年初预算为…")
            item.purpose = re.split(r"[，,](?=(?:年初|全年|调整|当年)?(?:预算|支出决算|决算))", m.group("use"))[0]
        for k, text in parts:
            for s in sentences(text):
                item.sentences.append((k, s))
                for g in s.figs:
                    _assign(item, k, s, g)
        out.append(item)
    return sorted(out + _row_items(blocks, secs, names), key=lambda it: (it.block, it.start))


def _row_items(blocks: list[Block], secs: list[Section], names: dict[str, str]) -> list[Item]:
    """The 项 of small tables typed in the text (「X（类）Y（款）Z（项）　年初预算　支出决算　完成率　原因」): each row
    an item with its cells as its 年初预算, 全年预算, 决算 and 完成率, the row its one sentence."""
    from .text_grids import grid_rows

    out = []
    for r in grid_rows(blocks):
        c = full_chain(blocks, r.label.strip()) or coded_at(r.label.strip() + "：")
        if c is None:
            continue
        named = c.groupdict()
        lei, kuan, xiang = _cut(named.get("lei") or ""), _cut(named.get("kuan") or ""), c.group("xiang").strip()
        led = named.get("code") or named.get("bare")
        code = led if led and names.get(led) == plain(xiang) else ""
        item = Item(r.block, 0, lei, kuan, xiang, code or resolve(names, lei, kuan, xiang), secs[r.block], row=True,
                    written=led or "")
        for role, attr in (("budget", "budget"), ("full", "full"), ("final", "final"), ("rate", "rate")):
            if role in r.cells:
                setattr(item, attr, Stated(r.block, r.quote, r.cells[role]))
        item.sentences.append((r.block, Sentence(r.quote, 0)))
        out.append(item)
    return out


def _fund_before(blocks: list[Block], bi: int, pos: int) -> str:
    """A text without section headings: the fund last named before the item, outside any item."""
    for k in range(bi, -1, -1):
        b = blocks[k]
        if b.is_table:
            continue
        text = b.text[:pos] if k == bi else b.text
        if chain := find_chains(blocks, text):
            text = text[: chain[0].start()]
        found = [m.group(0) for m in _FUND.finditer(text)]
        if found:
            return found[-1]
    return ""


_FUND = re.compile("|".join(FUNDS))


_SPENT = re.compile(r"(?:实际|当年|全年)?支出(?:数)?(?:为|是|了)?\s*$")


def _assign(item: Item, bi: int, s: Sentence, g) -> None:
    """A figure of an item's sentence in its role (the first of each)."""
    if g.paren:
        return
    if g.role == "rate" and item.rate is None:
        item.rate = Stated(bi, s.text, g.f)
        return
    if g.role != "level" or not g.f.is_money:
        return
    pre = re.split(r"[，,；;。]", g.pre)[-1]
    if re.search(r"全年预算|调整(?:后)?预算", pre):
        if item.full is None:
            item.full = Stated(bi, s.text, g.f)
    elif "预算" in pre and "决算" not in pre:
        if item.budget is None:
            item.budget = Stated(bi, s.text, g.f)
    elif item.final is None and ("决算" in pre or _SPENT.search(pre)):
        item.final = Stated(bi, s.text, g.f)


# --- 类 amounts of a structure paragraph ----------------------------------------------------------

_CLASS_AMOUNT = re.compile(rf"(?P<lei>{_NAME}{{2,30}})[（(]类[）)]\s*(?:支出)?(?:为|是)?\s*$")


def class_amounts(blocks: list[Block]) -> list[tuple[int, str, str, Figure, Section]]:
    """(block, sentence, 类 code, amount, section) for each "X（类）A万元" of the text."""
    secs = sections(blocks)
    names = {n: c for c, n in code_names(blocks).items() if len(c) == 3}
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for s in sentences(b.text):
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                m = _CLASS_AMOUNT.search(re.split(r"[，,；;：:]", g.pre)[-1])
                if m and (code := names.get(plain(_cut(m.group("lei"))))):
                    out.append((bi, s.text, code, g.f, secs[bi]))
    return out
