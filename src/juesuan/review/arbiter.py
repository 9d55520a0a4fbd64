"""One finding per real problem, blaming the right figure: the post-steps of the review runner.

The rules each say what they found; several may find one problem (a total that does not add up
because one part is mistyped, a share computed of that total, the same table cell by two checks),
and one may blame the figure that other statements confirm. ``arbitrate`` runs once over all the
findings of a document: a wrong scale said as the missing 万, of two findings that blame each other's
figure the one on the better confirmed figure folded into the other, consequences dropped, a table that
settles which side is wrong, a list's part blamed where its total is confirmed elsewhere, findings
of one cause folded into one, a declared 尾差 accepted; last, each 应为 in the document's number style and
at most one note on amounts that break it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from ..core.codes import CODES
from ..core.findings import LEVEL_ORDER, Level
from .arith import holds, recomputed, restated, turned
from .base import ReviewFinding
from .blamed import amount as _amount
from .blamed import bare_value as _bare_value
from .blamed import figures_of as _figures_of
from .blamed import parts_blamed as _parts_blamed
from .blamed import value as _value
from .blocks import table_unit
from .elsewhere import stated_elsewhere
from .extract import Block
from .figures import MONEY_UNITS, find_figures, in_yuan, stated_unit, usual_unit
from .levels import CONTRADICTION
from .one_cause import changes_backed, text_backs
from .one_cause import one_cause as _one_cause
from .one_problem import flat_reasons_folded, settles_bound, swapped
from .places import named, opening_words, row_of
from .style import restyled, with_format_note
from .tails import forced_to_hundred


def _unit_at(blocks: list[Block], bi: int) -> str:
    """The unit of a table's bare amounts where the table says it ("" for a paragraph or a table that does not)."""
    b = blocks[bi] if 0 <= bi < len(blocks) else None
    return table_unit(b) if b is not None and b.is_table and (b.unit or "元" in b.caption + b.title) else ""


def arbitrate(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """The findings of one document (in document order, duplicates gone) as one per problem."""
    unit = usual_unit([b.text for b in blocks if not b.is_table])
    found = _consequences_dropped(_follows_from_fix(_mirrors(_wan_slips(found, unit, blocks), blocks), blocks))
    found = _follows_from_fix(_parts_blamed(_tables_decide(flat_reasons_folded(found)), blocks), blocks, sums=True)
    found = restyled(forced_to_hundred(_one_cause(_duplicates(found)), blocks), blocks)
    return with_format_note(found, blocks, _row_cells(found, blocks))


def _row_cells(found: list[ReviewFinding], blocks: list[Block]) -> dict[tuple[int, str], ReviewFinding]:
    """One cell, one finding: each table cell (its block, its text) in a row a finding names (「“合计”行」) and
    quotes, with that finding — what another 提示 on the cell (its separators) is said in."""
    out: dict[tuple[int, str], ReviewFinding] = {}
    for f in found:
        b = blocks[f.block] if 0 <= f.block < len(blocks) else None
        if b is None or not b.is_table or not _NAMED_ROW.search(f.place) or (at := row_of(b.rows, f)) is None:
            continue
        quoted = set(re.split(r"[：、\s]+", f.quote))
        for cell in b.rows[at[0]]:
            if cell.strip() and cell.strip() in quoted:
                out.setdefault((f.block, cell.strip()), f)
    return out


_NAMED_ROW = re.compile(r"“[^”]+”行")


def _duplicates(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """One finding per (code, place, figure, 应为): several rules that reach the same slip by different routes
    (「3.26元」 by its sentence's sum, by the table, by the same amount elsewhere) say it once — the one whose 计算
    computes (「a + b = c」), else the one with the least in its 计算 line (its reason is in its message)."""
    best: dict[tuple, ReviewFinding] = {}
    for f in found:
        if f.figure and f.expected:
            key = (f.code, f.block, f.figure, f.expected)
            had = best.get(key)
            if had is None or (" = " in f.why, -len(f.why)) > (" = " in had.why, -len(had.why)):
                best[key] = f
    kept = [f for f in found if not (f.figure and f.expected) or best[(f.code, f.block, f.figure, f.expected)] is f]
    # a 提示 that says what a finding of a higher level says of the same figure (「如无未列出的项目，总数应为8,002.54」
    # beside the 错误 「与决算表不符：应为8,002.54」): its arithmetic joins that finding's 计算
    said = {(f.block, _value(f.figure), _value(f.expected)): f for f in kept
            if f.level != Level.INFO and f.figure and f.expected}
    extra: dict[int, list[str]] = {}
    out = []
    for f in kept:
        g = said.get((f.block, _value(f.figure), _value(f.expected))) if f.level == Level.INFO and f.figure else None
        if g is None or not f.expected:
            out.append(f)
        elif f.why:
            extra.setdefault(id(g), []).append(f.why)
    return [replace(f, why="；".join([f.why, *extra[id(f)]]) if f.why else "；".join(extra[id(f)]))
            if id(f) in extra else f for f in out]


# a finding that follows from another in the same block: one problem, one finding
_FOLLOWS = {"R-SHARE-SUM": ("R-SHARE",)}


_DERIVED = re.compile(r"[^；]*?为([\d,]+(?:\.\d+)?) [−+] [\d,.]+ = [^；]*；")
_DERIVED_FROM = re.compile(r"([\d,]+(?:\.\d+)?)(亿元|万元|元) [−+] ")
_DIVISOR = re.compile(r"÷\s*\(?\s*(?:“[^”]*”)?([\d,]+(?:\.\d+)?)")  # its label read past: 「÷ “本年收入合计”19,447.56」


# the table a text figure was compared with: 「…正文为0.86元，与财政拨款“三公”经费支出决算表不符」
_AGAINST_TABLE = re.compile(r"与(?:公开\d\d\s?)?([^，,：；。]{2,40}?表)(?:的[^，,：；。]*)?不符")


def _wan_slips(found: list[ReviewFinding], unit: str = "万元",
               blocks: list[Block] | None = None) -> list[ReviewFinding]:
    """A figure in 元 that another rule holds wrong by exactly ten thousand times (「本年收入合计4,733.14元」
    over parts in 万元 adding to 4,733.14万元): the 万 was left out — said as that (R-UNIT-MISSING, with
    the figure in 万元; in the text's own unit, ``unit``: 「32,600.00元」 where the text writes its amounts in 元),
    not as a sum or a difference at the wrong scale."""
    out = []
    for f in found:
        if f.code in ("R-SUM", "R-SAME", "R-TEXT-TABLE") and f.figure.endswith("元") and not f.figure.endswith("万元") \
                and f.expected.endswith("元") and not f.expected.endswith("万元"):
            try:
                slip = Decimal(_amount(f.expected)) == Decimal(_amount(f.figure)) * 10000 != 0
            except InvalidOperation:
                slip = False
            if slip:
                number = f.figure.removesuffix("元").strip()
                # the reason as the check that found it: the sentence's parts, the table, the amount elsewhere
                right = f"{number}万元" if unit == "万元" else f"{Decimal(_amount(f.figure)) * 10000:,.2f}元"
                why = re.sub(r"=\s*[\d,.]+元$", f"= {right}", f.why) if f.code == "R-SUM" else ""
                table = m.group(1) if (m := _AGAINST_TABLE.search(f.message)) else ""
                # where else the amount is written, named one way (section and list number, tables by name)
                where = stated_elsewhere(blocks or [], f.block, number, table=table) if unit == "万元" else ""
                reason = {"R-SUM": f"按同句所列各项（{unit}）计算"}.get(f.code, f"{where}中为{right}" if where else {
                    "R-TEXT-TABLE": f"{table or '表'}中为{number}万元"}.get(f.code, f"同一金额别处为{right}"))
                f = replace(f, code="R-UNIT-MISSING", level=CODES["R-UNIT-MISSING"].level, expected=right,
                            nature=CONTRADICTION,  # an amount ten thousand times off: 错误
                            why=why, message=f"“{f.figure}”漏写“万”：{reason}，应为“{right}”。")
        out.append(f)
    return out


# checks that compare a figure with another statement: their 应为 is that statement, already counted as one
_RESTATED = frozenset({"R-TEXT-TABLE", "R-TABLES", "R-TABLE-CROSS", "R-SAME"})
# ... each with the line of its own name in another block (a table's, the text's against one): two of them on two
# figures of one block never compared the one with the other
_ELSEWHERE = frozenset({"R-TEXT-TABLE", "R-TABLE-CROSS"})


def _mirrors(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Two findings that blame each other's figure (「本年支出合计2,459.18应为2,495.18」 and 「总计2,495.18应为
    2,459.18」; a 公开 table's 合计 row that does not add up and the text that states what its lines add to):
    the figure more independent relations confirm — each other statement of it in the document, each other
    check that computes it — is right, and the finding that blames it is a consequence of the other one,
    folded into it; a check that fails with one figure and holds with it read as its 应为 (the row's 合计 with
    the cell a parent row blames the child for) refutes that figure. A text figure against a table cell that the
    table's own arithmetic refutes: the check with the text only restates the cell, so the cell is blamed. Even
    counts leave both; so do two blocks each of whose own arithmetic holds only with its own finding's 应为 (the
    text's 经营支出 written as the 经营收入 figure and the table's 经营收入 as the 经营支出 one: two slips)."""
    def value(f: ReviewFinding, text: str) -> Decimal | None:  # in 元: a text in 万元 over tables in 元 mirrors too
        # a bare cell in a table that names no unit: in the unit of the finding's other side (「1,520.00」 → 万元)
        return in_yuan(text, _unit_at(blocks, f.block) or stated_unit(f.figure) or stated_unit(f.expected))

    live = [f for f in found if f.level != Level.INFO and f.figure and f.expected
            and value(f, f.figure) and value(f, f.expected) and value(f, f.figure) != value(f, f.expected)]
    by_pair: dict[tuple, list[ReviewFinding]] = {}
    for f in live:
        by_pair.setdefault((value(f, f.figure), value(f, f.expected)), []).append(f)
    pairs = [(f, g) for f in live for g in by_pair.get((value(f, f.expected), value(f, f.figure)), [])]
    if not pairs:
        return found
    stated: dict[Decimal, int] = {}
    for bi, x in _figures_of(blocks):
        key = x.yuan() if x.unit else x.value * MONEY_UNITS.get(_unit_at(blocks, bi), Decimal(1))
        stated[key] = stated.get(key, 0) + 1

    def support(f: ReviewFinding) -> int:
        amount = value(f, f.figure) or Decimal(0)
        return stated.get(amount, 0) + sum(1 for h in live if value(h, h.expected) == amount
                                           and h.code not in _RESTATED)

    def refuted(g: ReviewFinding, f: ReviewFinding) -> int:
        """The other findings in ``g``'s block (not its mirror ``f``) that hold once g's figure reads as its 应为:
        each a check that computed with g's figure and failed (the row's 合计 with its mistyped 基本支出)."""
        x, y = _value(g.figure), _value(g.expected)
        if x is None or y is None or x == y:
            return 0  # a unit fix (12,600.00万元 → 12,600.00元): no arithmetic reads it
        room = next((h.half * 2 for h in find_figures(g.figure)), Decimal(0))
        return sum(1 for h in found if h is not g and h is not f and h.block == g.block and h.why
                   and (hv := _value(h.figure)) is not None and hv != x
                   and (got := recomputed(h.why, x, (y - room, y + room))) is not None
                   and holds(hv, _amount(h.figure), got))

    folded: dict[int, list[ReviewFinding]] = {}  # id of the finding kept: the ones folded into it
    gone: set[int] = set()
    found = list(found)
    order = {id(f): k for k, f in enumerate(found)}
    for f, g in pairs:  # two cells of one row, each checked down its column, each the other's value: written swapped
        first, second = sorted((f, g), key=lambda x: order[id(x)])
        if id(f) not in gone and id(g) not in gone and (swap := swapped(first, second)) is not None:
            gone.add(id(second))
            found[order[id(first)]] = swap
    for f, g in pairs:  # f blames g's figure (f's 应为 is g's figure) and g blames f's
        if f.block != g.block and refuted(g, f) and refuted(f, g):
            continue  # each block's own arithmetic holds only with its own finding's 应为: two slips, not one
        if f.block == g.block and {f.code, g.code} <= _ELSEWHERE:
            continue  # two figures of one block, each against its own line elsewhere: written swapped, two slips
        if id(f) not in gone and id(g) not in gone and support(f) + refuted(g, f) > support(g) + refuted(f, g):
            gone.add(id(f))
            folded.setdefault(id(g), []).append(f)
    # in the reviewer's terms: the other statement that agrees with the 应为 (not the check that doubted it)
    return _folded(found, gone, folded, lambda h, g: _also(h, g, blocks))


# what a check that compares a text figure with a table says it is: 「正文本年收入1,600.00万元与…」 (「“本年收入”正文为
# 1,600.00万元，…」 of some checks)
_SUBJECT = re.compile(r"^(?:[^：:]{0,30}[：:])?(?:“([^”]{2,20})”正文为|正文([^\d，,：:]{2,20}?)[\d])")


def _also(h: ReviewFinding, kept: ReviewFinding, blocks: list[Block]) -> str:
    """The other statement that agrees with ``kept``'s 应为, in the reviewer's terms: where it stands and what it
    says (「八、政府性基金预算财政拨款收入支出决算情况说明（第17页）写本年收入1,600.00万元」)."""
    figure = f"{h.figure}{_unit_of(h.figure, kept.expected)}"
    m = _SUBJECT.match(h.message)
    return f"{_where(h, kept, blocks)}写{m.group(1) or m.group(2)}{figure}" if m else \
        f"{_where(h, kept, blocks)}也是{figure}"


def _follows_from_fix(found: list[ReviewFinding], blocks: list[Block], sums: bool = False) -> list[ReviewFinding]:
    """A finding whose arithmetic holds once a figure another finding corrects is read as that finding's 应为
    (a parent row computed from a wrong child, a 合计 from a wrong 类 line, a change computed with a wrong
    amount): one problem — folded into the finding on the wrong figure. A text's R-SUM is a fix only in the
    second pass (``sums``), after _parts_blamed: until then its total may yet be found right and a part blamed
    instead; a total still blamed then, whose corrected value a rate written with it agrees with (「减少1.07万元，
    下降6.15%」 where the items' changes add to 0.97), takes that rate's finding in."""
    # a missing 万 (「161.05元」 among 万元) is a fix of the same number at another scale: a check that computed
    # with it at the wrong scale holds once its 计算 reads every number as written, in one unit
    fixes = [(g, x, y) for g in found if (g.level == Level.ERROR or g.code == "R-UNIT-MISSING")
             and g.figure and g.expected and (g.code == "R-SUM") == sums and (x := _value(g.figure)) is not None
             and (y := _value(g.expected)) is not None and (x != y or g.code == "R-UNIT-MISSING")]
    if not fixes:
        return found
    gone: set[int] = set()
    folded: dict[int, list[ReviewFinding]] = {}
    for f in found:
        fv = _value(f.figure) if f.figure and f.why else None
        if fv is None or id(f) in folded:
            continue
        for g, x, y in fixes:
            if g is f or id(g) in gone or g.block != f.block:
                continue  # one table, one paragraph
            room = next((h.half * 2 for h in find_figures(g.figure)), Decimal(0))
            if x == fv and g.code != "R-UNIT-MISSING":
                # the figure's own direction word (「决算数小于年初预算数」) that its 应为 turns right
                if f.code == "R-DIRECTION" and turned(f.why, x, (y - room, y + room)):
                    gone.add(id(f))
                    folded.setdefault(id(g), []).append(f)
                    break
                continue
            if _holds_with(f, fv, x, (y - room, y + room), y):
                gone.add(id(f))
                folded.setdefault(id(g), []).append(f)
                break
    return _recomputed(found, gone, folded, blocks)


def _holds_with(f: ReviewFinding, fv: Decimal, x: Decimal, new: tuple[Decimal, Decimal], y: Decimal) -> bool:
    """Whether ``f``'s figure holds with ``x`` read as ``new``: by its whole 计算, or by one of its steps (a 计算
    folded from an earlier pass says several: 「186.40 × 88.00% = 164.03；164.03 ÷ 186.40 × 100% = 88.00%」, the
    first the figure's own)."""
    for why in dict.fromkeys([f.why, *f.why.split("；")]):
        got = recomputed(why, x, new) or _share_of_fixed_sum(why, x, y)
        if got is not None and holds(fv, _amount(f.figure), got):
            return True
    return False


_COMPARED = re.compile(r"大于|小于|高于|低于|多于|少于")  # 「决算数大于预算数」: a comparison, not a change


def _recomputed(found: list[ReviewFinding], gone: set[int], folded: dict[int, list[ReviewFinding]],
                blocks: list[Block]) -> list[ReviewFinding]:
    """``found`` without the findings in ``gone``; each one they were folded into says which figures its 应为
    makes right (「以703.73万元计算，本段的1114.58万元、63.14%都相符」) and shows their arithmetic, recomputed
    with it, in its 计算 (「703.73万元 + 410.85万元 = 1114.58万元」)."""
    out = []
    for f in found:
        if id(f) in gone:
            continue
        if id(f) in folded:
            fix, old = _bare_value(f.expected), _value(f.figure)
            # a table's bare 应为 (typed into the cell) said with the unit its message gives it: 「以18.40万元计算」
            fix += _unit_at(blocks, f.block) if re.fullmatch(r"[\d,.]+", fix) else ""
            where: dict[str, list[str]] = {}
            lines = []
            own = [h for h in folded[id(f)] if h.code == "R-DIRECTION" and _value(h.figure) == old]
            for h in folded[id(f)]:
                if any(h is x for x in own):
                    continue  # the figure's own direction word: said after the figures
                where.setdefault(_where(h, f, blocks), []).append(h.figure)
                if old is not None and (line := restated(h.why, old, fix, h.figure)):
                    lines.append(line)
            said = "，".join(f"{w}的{'、'.join(dict.fromkeys(figs))}" for w, figs in where.items())
            words = "大小关系" if any(_COMPARED.search(h.expected) for h in own) else "增减方向"
            said = "及".join(x for x in (said, f"所写的{words}" if own else "") if x)
            also = "都" if sum(len(x) for x in where.values()) + len(own) > 1 else "也"
            shown = "（见计算）" if lines else ""
            f = replace(f, message=f"{f.message.rstrip('。')}；以{fix}计算，{said}{also}相符{shown}。",
                        why="；".join(dict.fromkeys(x for x in [f.why, *lines] if x)))
        out.append(f)
    return out


# a share of the sum of a list's parts: 「354,200.00 ÷ 354,203.26元（所列各项之和）× 100%」
_OF_SUM = re.compile(r"^(?P<a>[\d,]+(?:\.\d+)?)(?:万元|元)? ÷ (?P<s>[\d,]+(?:\.\d+)?)(?:万元|元)?"
                     r"（所列各项之和）× 100%")


def _share_of_fixed_sum(why: str, old: Decimal, new: Decimal) -> tuple[Decimal, Decimal] | None:
    """A share of a list's sum (``why``) with the part written ``old`` read as ``new``: the sum changes with it (and
    the share's own amount, when it is that part). None for any other 计算."""
    m = _OF_SUM.match(why)
    if m is None:
        return None
    a, total = (Decimal(m.group(k).replace(",", "")) for k in ("a", "s"))
    total += new - old
    if total <= 0 or old > a + total:
        return None
    share = (new if a == old else a) / total * 100
    return share, share


def _folded(found: list[ReviewFinding], gone: set[int], folded: dict[int, list[ReviewFinding]],
            clause: Callable[[ReviewFinding, ReviewFinding], str]) -> list[ReviewFinding]:
    """``found`` without the findings in ``gone``; each one they were folded into says of each, in ``clause``
    (of the folded finding and the one kept)."""
    out = []
    for f in found:
        if id(f) in gone:
            continue
        if id(f) in folded:
            also = "".join(f"；{clause(h, f)}" for h in folded[id(f)])
            f = replace(f, message=f"{f.message.rstrip('。')}{also}。")
        out.append(f)
    return out


# a place's part after its block (「第5个表格（…），“204”行」 → 「“204”行」)
_ROW = re.compile(r"，(“[^”]+”(?:行|列).*)$")


def _where(h: ReviewFinding, kept: ReviewFinding, blocks: list[Block]) -> str:
    """Where ``h`` is, said from the finding ``kept``: 「本表“204”行」, 「本段」, else its section or table by name
    (with its page where it has one: places.named)."""
    b = blocks[h.block] if 0 <= h.block < len(blocks) else None
    # another paragraph of the finding's own section, or another sentence of its paragraph: by its opening words
    own = b is not None and not b.is_table and 0 <= kept.block < len(blocks)
    words = opening_words(b, h) if own and b and b.section == blocks[kept.block].section else ""
    if h.block != kept.block:
        return named(b, h.place) + words if b is not None else h.place
    row = _ROW.search(h.place)
    mine = opening_words(b, kept) if own and b else ""
    return f"本表{row.group(1)}" if row else ("本表" if "表格" in h.place else f"本段{words if words != mine else ''}")


def _unit_of(figure: str, expected: str) -> str:
    """The unit a table cell's ``figure`` is in, as its 应为 states it: "" when the figure states its own."""
    m = re.search(r"(?:万元|亿元|元|%)$", expected)
    return "" if re.search(r"[元%]$", figure) or m is None else m.group(0)


def _consequences_dropped(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Without the findings that another in their block explains (the shares do not add to 100%
    because one share is wrong: the wrong share is the finding)."""
    codes: dict[int, set[str]] = {}
    for f in found:
        codes.setdefault(f.block, set()).add(f.code)
    kept = [f for f in found if not set(_FOLLOWS.get(f.code, ())) & codes[f.block]]
    # a figure written without its unit (「4,733.14元」 among 万元) is read at the wrong scale: every other
    # rule's finding on that figure follows from the missing unit, which is the one problem
    unitless = {(f.block, f.figure) for f in kept if f.code == "R-UNIT-MISSING" and f.figure}
    kept = [f for f in kept if f.code == "R-UNIT-MISSING" or (f.block, f.figure) not in unitless]
    # ... and so is a finding that compared another figure with it at that scale (「小微企业的418.60万元不能大于
    # 中小企业的612.35元」: 计算 「418.60万元 > 612.35元」)
    kept = [f for f in kept if f.code == "R-UNIT-MISSING" or not any(
        b == f.block and re.search(rf"(?<![\d.,]){re.escape(x.replace(' ', '').removesuffix('元'))}\s*元", f.why)
        for b, x in unitless if x.endswith("元") and not x.endswith("万元"))]
    # a share or rate divided by a total that another finding holds wrong follows from that finding
    # (not by a 提示: "如无未列出的项目" does not hold the total wrong)
    # — when that finding's 应为 makes it hold: a rate wrong of the total either way is a problem of its own
    held = [f for f in kept if f.code in ("R-SAME", "R-SUM", "R-TEXT-TABLE") and f.figure and f.level != Level.INFO]
    wrong = {_amount(f.figure) for f in held}
    kept = [f for f in kept if not (f.code in ("R-SHARE", "R-RATE", "R-PERCENT") and any(
        _follows(f, a, held) for a in {_amount(x) for x in _DIVISOR.findall(f.why)} & wrong))]
    # ... and a rate whose base is derived from an amount another finding holds wrong
    # ("2023年度为28.39 + 2.00 = 30.39万元；…"): the amount it is derived from is the problem
    # (the same digits in another unit are another amount: 「12,600.00万元」 held wrong is not 12,600.00元)
    units = {(_amount(f.figure), _unit(f.figure)) for f in kept if f.code in ("R-SAME", "R-SUM", "R-TEXT-TABLE")
             and f.figure and f.level != Level.INFO}
    kept = [f for f in kept if not (f.code == "R-PERCENT" and (m := _DERIVED.match(f.why))
                                     and _amount(m.group(1)) in wrong
                                     and any(a == _amount(m.group(1)) and u in ("", _unit(m.group(0)))
                                             for a, u in units)
                                     and _follows(f, _amount(m.group(1)), held))]
    # ... and a direction inferred from a level another finding holds wrong (「按“增加25.50万元”推算，比较基数为
    # 负数」 of a 决算 the table says is 44.93, not 19.43): the level is the problem
    derived = [f for f in kept if f.code == "R-DIRECTION" and "推算" in f.message
               and (m := _DERIVED_FROM.match(f.why)) and (_amount(m.group(1)), m.group(2)) in units]
    kept = changes_backed([f for f in kept if not any(f is d for d in derived)], derived)
    # a list's wrong item (R-PART): the total it makes look wrong, and its share, follow from it
    parted = {f.block: _amount(f.figure) for f in kept if f.code == "R-PART"}
    kept = [f for f in kept if not (f.block in parted and (f.code == "R-SUM" or (
        f.code == "R-SHARE" and _amount(f.why) == parted[f.block])))]
    # ... and said once: where another check (the tables) names the same figure and value, that one — with what
    # the list's own figures say of that value (「以768.08万元计算，本段的1227.18万元、62.6%都相符」, their 计算)
    said = {(f.block, f.figure, f.expected) for f in kept if f.code != "R-PART"}
    kept = text_backs(kept, [f for f in kept if f.code == "R-PART" and (f.block, f.figure, f.expected) in said])
    # a figure that contradicts its other statements (R-SAME) and, by another rule, the arithmetic
    # with one correct value (a total that neither adds up nor matches them): one finding — the
    # arithmetic one, at the graver level — with both reasons
    same: dict[tuple[int, str, str], list[ReviewFinding]] = {}
    for f in kept:
        if f.figure and f.expected:
            same.setdefault((f.block, f.figure, f.expected), []).append(f)
    out = []
    for f in kept:
        group = same.get((f.block, f.figure, f.expected), [f]) if f.figure and f.expected else [f]
        if not any(x.code == "R-SAME" for x in group):
            group = [f]  # checks of one table cell each say what they found
        first = min(group, key=lambda x: (x.code == "R-SAME", LEVEL_ORDER[x.level]))
        if f is not first:
            continue
        level = min((x.level for x in group), key=lambda v: LEVEL_ORDER[v])
        whys = list(dict.fromkeys(x.why for x in [first, *group] if x.why))
        out.append(replace(first, level=level, why="；".join(whys)) if len(group) > 1 else first)
    return out


def _follows(f: ReviewFinding, amount: str, held: list[ReviewFinding]) -> bool:
    """Whether ``f`` (a rate computed with ``amount``) follows from a finding in ``held`` that holds that amount
    wrong: it holds once the amount is read as that finding's 应为 (by any step of its 计算). A finding that gives
    no figure to read it as (「≥510.00」, 未给出应为值), or a 计算 no step of which is read here, leaves the question
    open: the rate follows, as said."""
    fv = _value(f.figure)
    fixes = [(x, y, g) for g in held if _amount(g.figure) == amount and g.expected[:1] not in ("≥", "≤")
             and (x := _value(g.figure)) is not None and (y := _value(g.expected)) is not None and x != y]
    if fv is None or not fixes:
        return True
    for x, y, g in fixes:
        room = next((h.half * 2 for h in find_figures(g.figure)), Decimal(0))
        steps = dict.fromkeys([f.why, *f.why.split("；")])
        if _holds_with(f, fv, x, (y - room, y + room), y) or not any(
                recomputed(w, x, (x, x)) is not None or _share_of_fixed_sum(w, x, x) is not None for w in steps):
            return True
    return False


def _unit(text: str) -> str:
    """The money unit ``text`` ends on (「12,600.00万元」 → 万元; 「… = 13,800.00元；」 → 元), else ""."""
    m = re.search(r"(亿元|万元|元)[；。]?$", text.strip())
    return m.group(1) if m else ""


def _tables_decide(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Where a 公开 table settles which figure is wrong (an R-TEXT-TABLE on a part, or on one of two
    statements), the findings that took the other side go: an R-SUM that blames the total by exactly
    the part's error, an R-SAME that "corrects" a figure to the value the table refutes, an R-PERCENT /
    R-DIFF on the same figure with another value (its base guessed from the text)."""
    def value(text: str) -> Decimal | None:
        try:
            return Decimal(_amount(text)) if _amount(text) else None
        except InvalidOperation:
            return None

    settled = [(f.block, value(f.figure), value(f.expected)) for f in found
               if f.code == "R-TEXT-TABLE" and f.figure and f.expected]
    if not settled:
        return found
    by_table = {(f.block, f.figure) for f in found if f.code == "R-TEXT-TABLE" and f.figure and f.expected}
    out = []
    for f in found:
        fig, exp = value(f.figure), value(f.expected)
        if f.code in ("R-PERCENT", "R-DIFF") and (f.block, f.figure) in by_table:
            continue  # the table beside the text gives the operands: its finding is the one
        if f.code == "R-SUM" and fig is not None and exp is not None and any(
                w is not None and r is not None and fig - exp == r - w for _, w, r in settled):
            continue  # the total is right: the part the table corrects (here or in a paragraph below) is the difference
        if f.code == "R-SAME" and exp is not None and any(w == exp and r == fig for _, w, r in settled):
            continue  # it would put back the value the table refutes
        if f.code == "R-SUM" and not f.expected and settles_bound(f, [s for s in settled if s[0] == f.block]):
            continue  # a part above its total (neither named): the table corrects one of the two
        out.append(f)
    return out
