"""The 经济分类 lists of the 人员经费 and 公用经费 sentences ("人员经费X万元，主要包括：基本工资、…"):
against the 基本支出决算表 where it is printed (a line named that shows 0 or is not there, a line with an
amount left out), and against the 经济分类 itself where it is not (an item of 公用经费 listed under 人员经费).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from ...core import catalog
from ...core.codes import CODES
from ..base import ReviewFinding, finding, show
from ..blocks import Block, table_unit
from ..figures import Figure, find_figures
from ..sentences import cut_short


def _norm(name: str) -> str:
    return name.replace(" ", "").replace("（", "(").replace("）", ")")


_ECONOMIC = re.compile(r"^(30[1-9]|31\d|399)(\d{2})$")
_PERSONNEL = ("301", "303")  # 人员经费: 工资福利支出, 对个人和家庭的补助; the rest is 公用经费
# "人员经费X万元，主要包括：A、B" (the template), "…。主要用于：A、B", "…，包括A、B"; the amount in 元 where the text
# writes its amounts so (「人员经费1,234,567.89元，主要包括：…」); its share between them (「…万元，占Y%，主要包括：
# …」); or no amount, stated the sentence before (「其中：人员经费A，公用经费B。人员经费主要包括：…；公用经费主要
# 包括：…」)
_LIST = re.compile(r"(人员经费|公用经费)"
                   r"(?:(?P<mid>[^，。；;]*?)(?:万元|元|万)(?:[，,]\s*占[^，。；;%]{0,12}%)?[，,。]?\s*)?"
                   r"(?:主要)?(?:包括|用于|有)[：:]?"
                   r"(?P<items>(?:(?!人员经费|公用经费)[^；;。])+)")
# (「…万」 as the official template writes an amount; the items up to the other half's name where 「，」 parts
# the two lists: 「…、退休费，公用经费8,746.05万元，主要包括…」)
_CLASS_LINE = re.compile(r"^(30[1-9]|31\d|399)$")
_OTHER = {catalog.PERSONNEL: catalog.PUBLIC, catalog.PUBLIC: catalog.PERSONNEL}
_NAMES = {**catalog.ECONOMIC_ITEMS, **catalog.ECONOMIC_CLASSES}


def _economic_lines(blocks: list[Block]) -> list[tuple[str, str, Figure]]:
    """(code, name, amount) of the 类 and 款 lines of the 基本支出决算表 (both halves)."""
    from .text_table import _cell_value, table_kind

    out = []
    for b in blocks:
        if not b.is_table or table_kind(b) != "一般公共预算财政拨款基本支出决算表":
            continue
        unit = table_unit(b)
        for row in b.rows:
            for c in range(len(row) - 2):
                if not (_ECONOMIC.match(row[c].strip()) or _CLASS_LINE.match(row[c].strip())):
                    continue
                value = _cell_value(row[c + 2], unit)
                if value is None and not row[c + 2].strip() and row[c + 1].strip():
                    value = Figure(Decimal(0), unit, "", 0, 0, 2)  # a blank amount of a named line: 0
                if value is not None:
                    out.append((row[c].strip(), _whole_name(row[c].strip(), _norm(row[c + 1])), value))
    return out


def _whole_name(code: str, printed: str) -> str:
    """A line's name as the 经济分类 writes it for its code where the table printed it cut short by a narrow column
    (「机关事业单位基本养老保险」 for 30108 机关事业单位基本养老保险缴费); else as printed."""
    right = _norm(_NAMES.get(code, ""))
    return right if len(printed) >= 4 and right != printed and right.startswith(printed) else printed


# a line of the 基本支出决算表 printed without rules, read as text: "301 01基本工资405.36 302 01办公费92.11"
# (类 and 款 columns apart; a name wrapped onto the lines around it left out: "301 08 229.67"; a zero
# printed blank: "301 03奖金302 03咨询费")
_CODE_AT = re.compile(r"(?:(?<=\.\d\d)|(?<![\d.,]))(30\d|31\d|399)(?:\s?(\d{2}))?(?!\d)")
_CELL_REST = re.compile(r"^\s*([^\d\s]{0,30}?)\s*(-?\d{1,3}(?:,\d{3})+\.\d{2}|-?\d+\.\d{2})?\s*$")


def _text_cells(text: str) -> list[tuple[str, str, str]]:
    """(code, printed name, printed amount) of each cell of one such line; [] when it is no such line."""
    starts = list(_CODE_AT.finditer(text))
    if not starts or text[: starts[0].start()].strip():
        return []
    out = []
    for m, end in zip(starts, [*(x.start() for x in starts[1:]), len(text)], strict=True):
        rest = _CELL_REST.match(text[m.end() : end])
        if rest is None:
            return []
        out.append((m.group(1) + (m.group(2) or ""), _norm(rest.group(1)), rest.group(2) or ""))
    return out


def _economic_text_lines(blocks: list[Block]) -> list[tuple[str, str, Figure]]:
    """(code, name, amount) of a 基本支出决算表 the reader left as lines of text (no table found): the lines
    after its title, each cell's name the 经济分类's for its code (a printed name must agree with it)."""
    from ..subjects import cell_amount

    names = {**catalog.ECONOMIC_ITEMS, **catalog.ECONOMIC_CLASSES}
    out: list[tuple[str, str, Figure]] = []
    recent, inside = "", False
    for b in blocks:
        text = b.text.strip()
        if b.is_table:
            if out:
                break
            recent, inside = "", False
            continue
        if not inside:
            recent = (recent + re.sub(r"\s", "", text))[-80:]
            inside = "基本支出决算表" in recent  # a title wrapped over two lines
            continue
        cells = _text_cells(text)
        if not cells:
            if out and (re.search(r"\d", text) or text.startswith("注")):
                break  # the table's end (a name wrapped onto its own line has no digits)
            continue
        for code, printed, amount in cells:
            right = _norm(names.get(code, ""))
            agrees = bool(right) and (right.startswith(printed) or right.endswith(printed))
            value = cell_amount(amount, "万元") if amount or printed else None  # blank: 0 when named
            if agrees and value is not None:
                out.append((code, right, value))
    return out if sum(1 for c, _, _ in out if len(c) == 5) >= 5 else []


# an item's amount in brackets after its name: 「（342.60万元）」, 「(1,234.56元)」
_AMOUNT_SAID = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]")


_NEXT_MARK = re.compile(r"[，,]\s*(?:[①-⑳]|[（(]?\d{1,2}(?:[）)、]|[．.](?!\d))|[（(][一二三四五六七八九十]+[）)]"
                        r"|[一二三四五六七八九十]+、)")


def _known(name: str) -> bool:
    return bool(catalog.economic_group(name))


def _lists(blocks: list[Block]) -> Iterator[tuple[int, Block, re.Match[str], list[str]]]:
    """Each 人员经费/公用经费 list of the text: (block, its match, the names listed). Not a list: a joint
    statement ("人员经费和公用经费合计…"), a change explained ("人员经费增加…万元，主要有…")."""
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _LIST.finditer(b.text):
            if re.search(r"人员经费|公用经费|增加|减少|增长|下降", m.group("mid") or ""):
                continue
            text = re.split(r"人员经费|公用经费|基本支出|项目支出", m.group("items"))[0]
            # the next item's mark after a 「，」 where the template has 「；」: 「…、退休费，②公用经费…」
            text = _NEXT_MARK.split(text)[0]
            # each item with its amount in brackets (「基本工资（342.60万元）、津贴补贴（268.44万元）」): the names
            bare = re.sub(r"(?:……|…|等)+$|（[^）]*）$|\([^)]*\)$", "", _AMOUNT_SAID.sub("", text).strip())
            named = []
            for x in (_norm(x) for x in re.split(r"[、，,]", bare) if x):
                parts = x.split("和")  # "办公设备购置和专用设备购置": the last two joined by 和
                named.extend(parts if not _known(x) and len(parts) > 1 and all(map(_known, parts)) else [x])
            yield bi, b, m, named


def rule_economic_lists(blocks: list[Block]) -> list[ReviewFinding]:
    """ "人员经费…主要包括：A、B…" against the 基本支出决算表: the lines named are those with an
    amount, and (unless the list ends in "……"/"等") every line with an amount is named. Without the
    table: no item of the other half (公用经费's 办公费 among 人员经费)."""
    every = _economic_lines(blocks) or _economic_text_lines(blocks)
    if not any(len(c) == 5 for c, _, _ in every):
        return _wrong_half(blocks)
    out = []
    for bi, b, m, named in _lists(blocks):
        found = _against_table(every, bi, b, m, named)
        if found is not None:
            out.append(found)
        out.extend(_amounts_against_table(every, bi, b, m.group("items"), m.group(0), m.group(1)))
    for bi, b in enumerate(blocks):  # 「…财政拨款基本支出X万元，主要包括：工资福利支出（A万元）、…」: the 类 lines
        for m in () if b.is_table else _BASIC_LIST.finditer(b.text):
            out.extend(_amounts_against_table(every, bi, b, m.group("items"), m.group(0), "基本支出"))
    return out


# the 财政拨款 基本支出 of 公开06 listed by its 类 (or 款) lines, each with its amount in brackets
_BASIC_LIST = re.compile(r"财政拨款基本支出[^，。；;]*?(?:万元|元)[，,。]?\s*(?:其中|(?:主要)?(?:包括|用于))[：:]?"
                         r"(?P<items>[^；;。]+)")
# the items of a list, split at its separators outside brackets (「（1,234.56万元）」 keeps its comma)
_ITEM_SPLIT = re.compile(r"[、，,](?![^（(]*[）)])")
_BRACKETED = re.compile(r"^\s*(?P<name>.+?)\s*(?P<amount>[（(][^（）()]*\d[^（）()]*[）)])\s*(?:等|……|…)*\s*$")


def _amounts_against_table(every: list[tuple[str, str, Figure]], bi: int, b: Block, items: str,
                           quote: str, whole: str) -> list[ReviewFinding]:
    """Each item of a list written with its amount in brackets (「基本工资（342.60万元）」, 「工资福利支出
    （1,206.00万元）」) against the 基本支出决算表's line of that name: an amount the line's figure does not allow
    (beyond the rounding of the two) is the text's slip — 应为 the table's figure, in the text's unit. Only a list
    of the table's money: its head (``whole``: 人员经费, 公用经费, 基本支出, as ``quote`` states it) is the table's
    (its 类 lines' sum); a list of all the 人员经费 of a unit with other income is other money."""
    from ..base import iv, iv_sum, meets

    head = next((f for f in find_figures(quote.split("包括")[0].split("其中")[0]) if f.is_money and f.unit), None)
    half = [v for c, _, v in every if len(c) == 3
            and (whole == "基本支出" or (c in _PERSONNEL) == (whole == "人员经费"))]
    if head is None or not half or not meets(iv_sum([iv(v) for v in half]), iv(head)):
        return []
    by_name: dict[str, set[Decimal]] = {}
    lines: dict[str, tuple[str, Figure]] = {}
    for code, name, value in every:
        by_name.setdefault(name, set()).add(value.yuan())
        lines[name] = (code, value)
    out = []
    for piece in _ITEM_SPLIT.split(re.split(r"人员经费|公用经费|项目支出", items)[0]):
        m = _BRACKETED.match(piece)
        name = _norm(m.group("name")).lstrip("：:") if m else ""
        if m is None or len(by_name.get(name, ())) != 1:
            continue
        said = [f for f in find_figures(m.group("amount")) if f.is_money]
        if len(said) != 1 or not said[0].unit:
            continue
        code, cell = lines[name]
        if meets(iv(said[0]), iv(cell)):
            continue
        right = show(cell.yuan(), said[0])
        out.append(finding(
            CODES["R-TEXT-TABLE"].level, "R-TEXT-TABLE",
            f"“{_shown(name)}”正文为{said[0].raw}，与一般公共预算财政拨款基本支出决算表（{code}）不符：应为{right}。",
            bi, b, quote, said[0], right, f"基本支出决算表中{code} {_shown(name)}为{cell.raw}"))
    return out


def _against_table(every: list[tuple[str, str, Figure]], bi: int, b: Block, m: re.Match[str],
                   named: list[str]) -> ReviewFinding | None:
    classes = {n: c for c, n, _ in every if len(c) == 3}
    group = [(c, n, v) for c, n, v in every if len(c) == 5 and (c[:3] in _PERSONNEL) == (m.group(1) == "人员经费")]
    by_name = {n: v for _, n, v in group}
    if not any(v.value for v in by_name.values()):
        return None  # every line shows 0 (amounts under the 万元 shown): nothing to compare
    if sum(1 for n in named if n in by_name or n in classes) * 2 < len(named) or not named:
        return None  # mostly not 经济分类 names: a purpose ("主要用于保障机关运转"), not a list of lines
    # a 类 named ("工资福利支出") stands for its 款
    named = [*(n for n in named if n not in classes),
             *(n for c, n, v in group if v.value and c[:3] in {classes[x] for x in named if x in classes})]
    zero = [n for n in named if n in by_name and by_name[n].value == 0]
    other = _OTHER[m.group(1)]
    wrong = [n for n in named if n not in by_name and catalog.economic_group(n) == other]
    missing = {name: gap for code, name in _missing_rows(every) if (gap := _gap(every, code)) is not None}
    # a template line the table left out: 0 when its 类 line is the sum of the lines shown (then naming it
    # is the text's error), else it holds the difference (named rightly)
    dropped = [n for n in named if n in missing and missing[n] == 0]
    named = [n for n in named if n not in missing or missing[n] == 0]
    absent = [n for n in named if n not in by_name and n not in wrong and n not in dropped]
    # a list that ends in 「等」, or that breaks off with its paragraph (「…办公费、印刷费、」: a page lost), is not all
    cut = re.search(r"……|…|等$", m.group("items")) or cut_short(b.text, m.group(0))
    left = [] if cut else [n for _, n, v in group if v.value and n not in named]
    if not (zero or absent or left or wrong or dropped):
        return None
    half = _half_width(b.text)

    def q(names: list[str]) -> str:
        return _quoted(names, half)

    said = []
    if wrong:
        said.append(f"{q(wrong)}属于{other}，不是{m.group(1)}")
    if zero:
        said.append(f"所列{q(zero)}在基本支出决算表中为0")
    if dropped:
        said.append(f"所列{q(dropped)}表中缺行（模板有此行），按所属类级合计为0")
    if absent:
        said.append(f"{q(absent)}在表中没有")
    if left:
        said.append(f"表中有金额的{q(left)}未列")
    out_of_list = [n for n in dict.fromkeys(named) if n in {*wrong, *zero, *absent, *dropped}]  # in the list's order
    edit = [f"删去{q(out_of_list)}" if out_of_list else "",
            f"补列{q(left)}" if left else ""]
    found = finding(
        CODES["R-ECON-LIST"].level, "R-ECON-LIST",
        f"{m.group(1)}“主要包括”的科目与基本支出决算表不符：{'；'.join(said)}。",
        bi, b, m.group(0), expected="；".join(x for x in edit if x),
        why=f"基本支出决算表中{m.group(1)}有金额的科目：{q([n for _, n, v in group if v.value])}",
    )
    if len(left) == 1 and not out_of_list and (put := _put_in(m, group, named, left[0], half)) is not None:
        found = replace(found, figure=put[0], expected=put[1])
    return found


def _item_at(items: str, name: str, half: bool) -> re.Match[str] | None:
    """Where the list ``items`` writes ``name`` (with the amount it may give in brackets after it)."""
    return re.search(rf"(?:^|(?<=[、，,：:]))\s*{re.escape(_shown(name, half))}(?P<amount>{_AMOUNT_SAID.pattern})?"
                     r"(?=\s*(?:[、，,；;。]|等|$))", items)


def _put_in(m: re.Match[str], group: list[tuple[str, str, Figure]], named: list[str], name: str,
            half: bool) -> tuple[str, str] | None:
    """(原文, 应为) that put the one line ``name`` the list left out in its place by the table's order, between
    the lines listed around it as the list writes them (with its amount in brackets where they have theirs:
    「机关事业单位基本养老保险缴费（186.42万元）、职工基本医疗保险缴费（52.30万元）」 → 「…（186.42万元）、职业年金缴费
    （78.15万元）、职工基本医疗保险缴费（52.30万元）」); None where the list is not in the table's order."""
    order = [n for _, n, _ in sorted(group, key=lambda x: x[0])]
    listed = [n for n in order if n in named]
    at = {n: x for n in [*listed, name] if n in order and (x := _item_at(m.group("items"), n, half)) is not None}
    if name in at or len(at) != len(listed) or sorted(listed, key=lambda n: at[n].start()) != listed:
        return None
    k = order.index(name)
    before = [at[n] for n in listed if order.index(n) < k]
    after = [at[n] for n in listed if order.index(n) > k]
    if not before and not after:
        return None
    first, last = (before or after)[-1 if before else 0], (after or before)[0 if after else -1]
    new = _shown(name, half)
    if amount := first.group("amount"):  # written as its neighbours are: 「（78.15万元）」
        said = next(iter(find_figures(amount)), None)
        if said is None:
            return None
        shown = show(next(v for _, n, v in group if n == name).yuan(), said)
        new += amount[0] + (shown if "," in amount else shown.replace(",", "")) + amount[-1]
    items = m.group("items")
    span = items[first.start():last.end()].strip()
    if before and after:  # between the two, with the list's own separator
        sep = items[first.end():last.start()]
        return span, items[first.start():first.end()].strip() + sep + new + sep + items[last.start():last.end()].strip()
    return span, (span + "、" + new) if before else (new + "、" + span)


def _shown(name: str, half: bool = False) -> str:
    """A 科目 name as the template prints it (full-width brackets: 维修（护）费), or with half-width ones
    where the document writes its names so (``half``)."""
    name = name.replace("(", "（").replace(")", "）")
    return name.replace("（", "(").replace("）", ")") if half else name


def _quoted(names: list[str], half: bool = False) -> str:
    return "、".join(f"“{_shown(n, half)}”" for n in names)


def _half_width(text: str) -> bool:
    """Whether a text brackets the words inside a name half-width ("维修(护)费") and never full-width."""
    han = r"[\u4e00-\u9fff]"
    return bool(re.search(rf"{han}\({han}{{1,3}}\)", text)) and not re.search(rf"{han}（{han}{{1,3}}）", text)


def _wrong_half(blocks: list[Block]) -> list[ReviewFinding]:
    """Without the 基本支出决算表: an item the 经济分类 puts in the other half, in a list whose other
    items (at least two, and more than those) are this half's."""
    out = []
    for bi, b, m, named in _lists(blocks):
        half, other = m.group(1), _OTHER[m.group(1)]
        own = [n for n in named if catalog.economic_group(n) == half]
        wrong = [n for n in named if catalog.economic_group(n) == other]
        if not wrong or len(own) < 2 or len(wrong) >= len(own):
            continue
        for name in wrong:
            out.append(replace(finding(
                CODES["R-ECON-LIST"].level, "R-ECON-LIST",
                f"{half}所列的“{name}”属于{other}（经济分类{_class_of(name)}），不是{half}：应列在{other}中，"
                f"或核对是否写错了科目。",
                bi, b, m.group(0), expected=f"删去“{_shown(name)}”（属于{other}）"), figure=name))
    return out


def _class_of(name: str) -> str:
    plain = _norm(name)
    codes = [*catalog.ECONOMIC_ITEMS.items(), *catalog.ECONOMIC_CLASSES.items()]
    code = next((c for c, n in codes if _norm(n) == plain and c[:3] in catalog.ECONOMIC_GROUPS), "")
    return f"“{catalog.ECONOMIC_CLASSES[code[:3]]}”" if code else ""


# --- a row of the template's 基本支出决算表 left out ---------------------------------------------

MISSING_AT_MOST = 3  # more template rows missing: the table follows another list, not this template


def _printed_codes(blocks: list[Block], every: list[tuple[str, str, Figure]]) -> set[str]:
    """The 经济分类 codes the 基本支出决算表 prints (a row whose amount was not read counts too)."""
    from .text_table import table_kind

    codes = {c for c, _, _ in every}
    for b in blocks:
        if b.is_table and table_kind(b) == "一般公共预算财政拨款基本支出决算表":
            codes |= {x.strip() for row in b.rows for x in row
                      if _ECONOMIC.match(x.strip()) or _CLASS_LINE.match(x.strip())}
    return codes


def _missing_rows(every: list[tuple[str, str, Figure]], printed: set[str] | None = None) -> list[tuple[str, str]]:
    """(code, name) of the rows of a template's fixed list (catalog.BASIC_TABLE_ROWS) the table does not
    print, when it prints nearly all the others (it follows that template) and nothing outside it."""
    codes = printed if printed is not None else {c for c, _, _ in every}
    for rows in catalog.BASIC_TABLE_ROWS.values():
        listed = {c for c, _ in rows}
        gone = [(c, _norm(n)) for c, n in rows if c not in codes]
        if codes and codes <= listed and 0 < len(gone) <= MISSING_AT_MOST:
            return gone
    return []


def _gap(every: list[tuple[str, str, Figure]], code: str) -> Decimal | None:
    """What the 类 line of ``code`` holds beyond its 款 lines shown (in 元; 0 within their rounding),
    None when the 类 line was not read."""
    from ..base import iv, iv_sum, meets

    whole = next((v for c, _, v in every if c == code[:3]), None)
    parts = [v for c, _, v in every if len(c) == 5 and c.startswith(code[:3])]
    if whole is None or not parts:
        return None
    if meets(iv_sum([iv(v) for v in parts]), iv(whole)):
        return Decimal(0)
    return whole.yuan() - sum((v.yuan() for v in parts), Decimal(0))


def rule_template_rows(blocks: list[Block]) -> list[ReviewFinding]:
    """A 基本支出决算表 printed in a template's fixed layout (every 款, used or not) that leaves out a row
    of it: a 提示 at the table, naming the row and what its 类 line says it held."""
    from .text_table import table_kind

    every = _economic_lines(blocks) or _economic_text_lines(blocks)
    if not any(len(c) == 5 for c, _, _ in every):
        return []
    at = next((bi for bi, b in enumerate(blocks)
               if b.is_table and table_kind(b) == "一般公共预算财政拨款基本支出决算表"), None)
    out = []
    for code, name in _missing_rows(every, _printed_codes(blocks, every)):
        gap = _gap(every, code)
        whole = next((v for c, _, v in every if c == code[:3]), None)
        held = "" if gap is None or whole is None else ("（按所属类级合计，该行为0）" if gap == 0 else
                                                         f"（所属类级合计比所列各款多{show(gap, whole)}）")
        where = blocks[at] if at is not None else blocks[0]
        out.append(replace(finding(
            CODES["R-TABLE-ROW-MISSING"].level, "R-TABLE-ROW-MISSING",
            f"一般公共预算财政拨款基本支出决算表缺少模板的“{code} {_shown(name)}”行{held}："
            f"模板列出全部经济分类款级科目，未发生的也应列出。",
            at if at is not None else 0, where, f"{code} {_shown(name)}",
            expected=f"补列“{code} {_shown(name)}”"), figure=_shown(name)))
    return out
