"""Rules inside a table: 合计 rows and columns, parent codes, 增减额 / 增减率 / 执行率 /
占比 columns."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.findings import Level
from ..base import (
    HUNDRED,
    ReviewFinding,
    amt,
    iv,
    iv_neg,
    iv_sum,
    meets,
    show,
)
from ..extract import Block
from ..figures import Figure, find_figures
from .shifted import describe
from .table_blame import amounts_by_label, blame_child, blame_line, blame_unbalanced, confirmed
from .table_grid import Grid, code_of, total_level, without_parts


def rule_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """Inside a table: 合计 rows, 增减额 / 增减率 / 执行率 / 占比 columns, parent = sum of children."""
    out: list[ReviewFinding] = []
    said = amounts_by_label(blocks)
    for bi, b in enumerate(blocks):
        if not b.is_table or len(b.rows) < 2 or b.text.startswith("图："):
            continue
        g = Grid(bi, _aligned(b))
        g.said = said
        kinds = dict(enumerate(g.header))
        numeric = {c for c in range(1, g.width) if any(g.cell(r, c) is not None for r in g.body)}
        amount_cols = [
            c for c in range(1, g.width) if c in numeric and not re.search(r"增减|率|占比|人均|比重", kinds.get(c, ""))
        ]
        _comparison_columns(g, kinds, amount_cols)
        _total_rows(g, kinds, amount_cols)
        _part_rows(g, amount_cols)
        _total_column(g, kinds, amount_cols)
        found = _garbled(g.out, blocks, bi)
        out.extend(found)
    return out


def _aligned(b: Block) -> Block:
    """Short rows of figures right-aligned: a label merged over the 编码 and 名称 columns ("合计" over
    both) leaves a row one cell short, its figures belong under the last columns."""
    width = max(len(r) for r in b.rows)
    rows = []
    for r in b.rows:
        figures = [x for x in r[1:] if x.strip()]
        if 1 < len(r) < width and figures and r[0].strip() and all(
            (f := find_figures(x, bare_money=True)) and f[0].raw.strip() == x.strip() for x in figures
        ) and not find_figures(r[0], bare_money=True):
            r = [r[0], *[""] * (width - len(r)), *r[1:]]
        rows.append(r)
    return b if rows == b.rows else replace(b, rows=rows)


GARBLED = 4  # this many parents not adding up in one table: its figures are out of line, one finding


def _garbled(found: list[ReviewFinding], blocks: list[Block], bi: int) -> list[ReviewFinding]:
    """A table whose figures slipped against its labels (rows carrying other rows' figures) breaks
    every parent and total: one finding for the table at its 合计, naming the first row out of line
    and the right 合计 from another table where the document has them (``shifted``), never a sum of
    the lines out of place."""
    parents = [f for f in found if f.code == "R-TABLE-PARENT"]
    if len(parents) < GARBLED:
        return found
    sums = [f for f in found if f.code in ("R-TABLE-PARENT", "R-TABLE-SUM")]
    # the table's 合计 when it is among them (what the other tables and the text compare), else the first
    first = next((f for f in sums if f.code == "R-TABLE-SUM" and "“合计”行" in f.place), parents[0])
    text, total = describe(blocks, bi, len(sums))
    expected = ""
    if total is not None and "“合计”行" in first.place:
        expected = amt(total) if re.search(r"[元%]", first.figure) else f"{total.value:,.{total.decimals}f}"
    else:
        text = text.replace("请逐行核对", f"请逐行核对（如：{_example(first.message).rstrip('。')}）")
    one = ReviewFinding(first.level, "R-TABLE-PARENT", text, quote=first.quote, place=first.place,
                        expected=expected, why=first.why if not expected else "", block=first.block,
                        figure=first.figure)
    return [one, *[f for f in found if f not in sums]]


def _example(message: str) -> str:
    """A line of a garbled table named without its 应为: a sum of lines out of place is no value."""
    return re.sub(r"：应为[^。]*。?$", "", message).rstrip("。") + "。"


def _comparison_columns(g: Grid, kinds: dict[int, str], amount_cols: list[int]) -> None:
    """增减额, 增减率, 执行率, 占比 and 人均 columns against the amount columns they derive from."""
    for c in range(1, g.width):
        h = kinds.get(c, "")
        if re.search(r"增减额|比.*增减$|^增减$", h):
            _diff_column(g, kinds, amount_cols, c)
        elif re.search(r"增减率|增长率", h):
            dcol = next((x for x in range(c - 1, 0, -1) if str(kinds.get(x, "")).startswith("__diff__")), None)
            if dcol is None:
                continue
            base_col = int(kinds[dcol].split(":")[1].split(",")[1])
            for r in g.body:
                g.percent_cell("R-TABLE-PERCENT", f"“{h}”与增减额和基数不符", r, g.cell(r, dcol),
                               g.cell(r, base_col), g.cell(r, c))
        elif re.search(r"执行率|完成率", h):
            fin = next((x for x in amount_cols if x < c and "决算" in kinds[x]), None)
            bud = next((x for x in amount_cols if x < c and "预算" in kinds[x]), None)
            if fin is None or bud is None:
                continue
            for r in g.body:
                g.percent_cell("R-TABLE-RATE", f"“{h}”与决算÷预算不符", r, g.cell(r, fin), g.cell(r, bud),
                               g.cell(r, c))
        elif re.search(r"占比|比重", h) and c > 1:
            src = c - 1
            tot = next((r for r in g.body if re.search(r"合计|总计", g.label(r, src))), None)
            if tot is None or g.cell(tot, src) is None:
                continue
            shown = [x for r in g.body if r != tot and g.cell(r, src) is not None and (x := g.cell(r, c)) is not None]
            # shares forced to add to 100% (a 尾差 put on one line, as our writers and many units do): a share
            # within the list's whole rounding of its exact value is that adjustment, not an error
            forced = len(shown) > 1 and sum((x.value for x in shown), Decimal(0)) == HUNDRED
            total = g.cell(tot, src)
            whole = total.yuan() if total is not None else Decimal(0)
            for r in g.body:
                if r == tot:
                    continue
                share, part = g.cell(r, c), g.cell(r, src)
                if forced and share is not None and part is not None and whole and \
                        abs(part.yuan() / whole * HUNDRED - share.value) <= len(shown) * share.half:
                    continue
                g.percent_cell("R-TABLE-SHARE", f"“{h}”与金额÷合计不符", r, part, g.cell(tot, src), share)
        elif "人均" in h and c > 1:
            for r in g.body:
                a, p = g.cell(r, c - 1), g.cell(r, c)
                if a is not None and p is not None and p.value == 0 and a.value > 0:
                    spent = str(kinds.get(c - 1, "")).split(":")[0].strip() or "支出"  # the column it divides
                    g.emit(
                        "R-PER-HEAD-ZERO",
                        f"“{spent}”为{a.raw}，其“{h}”却为0：应为{spent}÷平均在职人数；缺少人数时应注明未计算，不写0。",
                        r,
                        p,
                        f"{spent}{amt(a)} ÷ 平均在职人数（缺人数时注明“未计算”）",
                        "",
                        Level.WARNING,
                    )
                    # the row quoted with its column heads ("2021年度：公务接待费 0、人均支出 0、…")
                    cells = [f"{kinds.get(x, '').strip()} {v}".strip() for x, v in enumerate(g.b.rows[r]) if x and v]
                    g.out[-1] = replace(g.out[-1], quote=f"{g.label(r)}：" + "、".join(cells))


def _diff_column(g: Grid, kinds: dict[int, str], amount_cols: list[int], c: int) -> None:
    """An 增减额 column against the two amount columns before it; marks the column for 增减率."""
    h = kinds.get(c, "")
    before = [x for x in amount_cols if x < c][-2:]
    if len(before) != 2:
        return
    m = re.search(r"比(.+)增减", h)
    tgt = m.group(1) if m else ""
    base_col = next((x for x in before if tgt and tgt in kinds[x]), None) or next(
        (x for x in before if re.search(r"上年|年初", kinds[x])), None
    )
    if base_col is None:
        return
    cur_col = before[0] if base_col == before[1] else before[1]
    for r in g.body:
        a, bb, d = g.cell(r, cur_col), g.cell(r, base_col), g.cell(r, c)
        if a is None or bb is None or d is None:
            continue
        if not meets(iv_sum([iv(a), iv_neg(iv(bb))]), iv(d)):
            exact = a.yuan() - bb.yuan()
            g.emit(
                "R-TABLE-DIFF",
                f"“{h}”列与两列之差不符：应为{show(exact, d)}。",
                r,
                d,
                show(exact, d),
                f"{amt(a)} − {amt(bb)} = {show(exact, d)}",
            )
    kinds[c] = "__diff__:" + f"{cur_col},{base_col}"


def _total_rows(g: Grid, kinds: dict[int, str], amount_cols: list[int]) -> None:
    """合计 / 总计 / 小计 rows against the lines above them, and parent codes against their children."""
    additive = amount_cols + [c for c in range(1, g.width) if str(kinds.get(c, "")).startswith("__diff__")]
    by_side = {}
    for side in g.sides:
        codes = {r: code for r in g.body if (code := code_of(g.label(r, side)))}
        if not codes and side == g.sides[0] and g.b.levels:
            codes = _outline(g)  # (a hierarchy its names show by indentation alone)
        named_rows = [r for r in g.body if g.label(r, side) and not re.search(r"合计|总计|小计", g.label(r, side))]
        # some lines coded, some not: levels (类/款/项) cannot be told apart, totals not checked
        mixed = bool(codes) and len(codes) != len(named_rows) and (len(g.sides) == 1 or side in g.code_cols)
        mixed = mixed or bool(g.b.unread_rows)  # rows not read whole (Block.unread_rows): totals not checked
        by_side[side] = codes, mixed
    for c in additive:
        if "人均" in kinds.get(c, ""):
            continue
        codes, mixed = by_side[g.side_of(c)]
        if not mixed:
            _total_rows_in(g, codes, c)
            _top_total(g, codes, c)
        _parents_in(g, codes, c)


def _outline(g: Grid) -> dict[int, str]:
    """Stand-in codes for the rows of a table whose names show its hierarchy by indentation alone (Block.levels,
    grid.outline): each row numbered under the row it stands under (类 3 digits, 款 5, 项 7, nested as codes
    are), so that its 合计 and parents are checked as a coded table's; a message names each by its row's name."""
    out: dict[int, str] = {}
    chain: list[str] = []  # the codes of the rows it stands under, by level
    count: dict[str, int] = {}
    for r in g.body:
        level = g.b.levels[r] if r < len(g.b.levels) else 0
        if not level or level > len(chain) + 1:
            continue
        parent = chain[level - 2] if level > 1 else ""
        count[parent] = count.get(parent, 0) + 1
        out[r] = parent + f"{count[parent]:0{3 if level == 1 else 2}d}"
        chain = [*chain[:level - 1], out[r]]
        g.named[out[r]] = f"“{g.label(r)}”"
    return out


def _named(g: Grid, text: str) -> str:
    """``text`` with an outline's stand-in codes (「上级科目00101」) as the rows' names."""
    for code in sorted(g.named, key=len, reverse=True):
        text = text.replace(f"科目{code}", f"科目{g.named[code]}")
    return text


def _total_rows_in(g: Grid, codes: dict[int, str], c: int) -> None:
    start = g.top
    subtotals: list[tuple[int, int]] = []  # (row, level) of the totals above
    for r in g.body:
        lab = g.label(r, c).replace(" ", "")
        level = total_level(lab)
        if not level:
            continue
        # a blank line of one side of a two-sided table is no line (not 0)
        rows = [x for x in range(start, r) if g.label(x, c).strip() or g.b.rows[x][c : c + 1] != [""]]
        detail = [
            x for x in rows if x not in codes or len(codes[x]) == min((len(v) for v in codes.values()), default=3)
        ]
        # "总计" = "本年收入合计" + the lines after it ("年初结转和结余" …)
        below = [x for x, lv in subtotals if lv < level]
        if below:
            detail = below + detail
            subtotals = [(x, lv) for x, lv in subtotals if lv >= level]
        subtotals.append((r, level))
        start = r + 1
        figs = [g.cell(x, c) for x in detail]
        tot = g.cell(r, c)
        if tot is None or not figs or not all(f is not None for f in figs):
            continue
        known = [f for f in figs if f is not None]
        if meets(iv_sum([iv(f) for f in known]), iv(tot)):
            g.summed.add((r, c))
            continue
        if any(meets(iv_sum([iv(f) for f in alt]), iv(tot)) for alt in without_parts(known)):
            g.summed.add((r, c))
            continue  # a line followed by its own parts ("年初结转和结余" → by fund)
        if blame_line(g, r, c, detail, tot):
            continue  # the other side holds the total (收入总计 = 支出总计): a line is off
        header = g.header[c].strip() if c < len(g.header) else ""
        what = f"“{g.label(r, c)}”的“{header}”" if header and header != g.label(r, c) else f"“{g.label(r, c)}”行"
        g.sum_finding("R-TABLE-SUM", f"{what}为{{written}}，与上方各行之和不符：应为{{}}。", r, tot, known, col=c,
                      named=[g.label(x, c).strip() for x in detail])


_PART = re.compile(r"^\s*(?:其中[:：]?\s*)?[（(]?\d{1,2}[)）]|^\s*其中")


def _part_rows(g: Grid, amount_cols: list[int]) -> None:
    """A row followed by its "其中：(1)… (2)…" rows is at least their sum, column by column (a part larger
    than its whole: the whole is wrong where the table's 合计 adds up only with the parts' sum in its place)."""
    body = g.body
    for n, r in enumerate(body):
        kids: list[int] = []
        for x in body[n + 1 :]:
            if not _PART.match(g.label(x)) or (not kids and not g.label(x).strip().startswith("其中")):
                break
            kids.append(x)
        if not kids or _PART.match(g.label(r)):
            continue
        for c in amount_cols:
            whole, parts = g.cell(r, c), [g.cell(x, c) for x in kids]
            known = [f for f in parts if f is not None]
            if whole is None or len(known) != len(parts) or iv_sum([iv(f) for f in known])[0] <= iv(whole)[1]:
                continue
            exact = sum((f.yuan() for f in known), Decimal(0))
            sure = _confirmed(g, r, c, exact)
            # the table's 合计 says nothing of it: the row or one of its parts is wrong — both said, no bound as 应为
            said = (f"应为{show(exact, whole)}{sure}" if sure else
                    f"本行的{amt(whole)}与其中各项之和{show(exact, whole)}必有一处有误，表中合计不能判断是哪一处"
                    f"（未给出应为值）")
            g.emit("R-SUBSET", f"“{g.label(r)}”小于其中各项之和：{said}。", r, whole,
                   show(exact, whole) if sure else "", " + ".join(amt(f) for f in known) + f" = {show(exact, whole)}",
                   col=c)


def _confirmed(g: Grid, r: int, c: int, exact: Decimal) -> str:
    """"（以此代入，合计相加无误）" where the table's one 合计 row (above its lines or below them) is the sum of
    the lines (the parts left out) with the parts' sum in place of row ``r``."""
    totals = [x for x in g.body if total_level(g.label(x)) >= 2]
    if len(totals) != 1 or g.cell(totals[0], c) is None:
        return ""
    lines = [x for x in g.body if x not in (r, totals[0]) and not _PART.match(g.label(x))
             and not total_level(g.label(x))]
    figs = [g.cell(x, c) for x in lines]
    total = g.cell(totals[0], c)
    if total is None or any(f is None for f in figs):
        return ""
    got = iv_sum([*(iv(f) for f in figs if f is not None), (exact, exact)])
    return "（以此代入，合计相加无误）" if meets(got, iv(total)) else ""


_ZERO = Figure(Decimal(0), "", "0", 0, 0, 2)


def _top_total(g: Grid, codes: dict[int, str], c: int) -> None:
    """A 合计 row above the coded lines (the template's 公开02/03/05/08 print it first) is the sum of the
    类 lines (3-digit codes) below it."""
    if not codes:
        return
    first = min(codes)
    tops = [r for r in g.body if r < first and total_level(g.label(r, c).replace(" ", "")) >= 2]
    classes = [r for r, code in codes.items() if len(code) == 3]
    if len(tops) != 1 or not classes or any(x < first for x in codes):
        return
    tot = g.cell(tops[0], c)
    # a blank cell of a 类 line is 0 (the template prints zeros blank) where the column is filled on other 类
    # lines; a column blank on every 类 line was not filled in
    if all(g.cell(r, c) is None for r in classes):
        return
    figs = [g.cell(r, c) or (_ZERO if c < len(g.b.rows[r]) and g.b.rows[r][c].strip() in ("", "-", "—") else None)
            for r in classes]
    known = [f for f in figs if f is not None]
    if tot is None or len(known) != len(figs) or meets(iv_sum([iv(f) for f in known]), iv(tot)):
        return
    header = g.header[c].strip() if c < len(g.header) else ""
    what = f"“{g.label(tops[0], c)}”的“{header}”" if header else f"“{g.label(tops[0], c)}”行"
    against = f"下方唯一的类级科目“{g.label(classes[0])}”" if len(classes) == 1 else "下方各类级科目之和"
    g.sum_finding("R-TABLE-SUM", f"{what}为{{written}}，与{against}不符：应为{{}}。", tops[0], tot, known, col=c,
                  rows=classes)


def _parents_in(g: Grid, codes: dict[int, str], c: int) -> None:
    """Each parent against its children (a parent computed from a wrong child: the arbiter folds its finding
    into the child's)."""
    kids_of = {r: [x for x, k in codes.items() if k.startswith(code) and len(k) == len(code) + 2]
               for r, code in codes.items()}
    for r, code in codes.items():
        kids = kids_of[r]
        if not kids or g.b.may_lack(code):
            continue
        tot, figs = g.cell(r, c), [g.cell(x, c) for x in kids]
        known = [f for f in figs if f is not None]
        if tot is None or len(known) != len(figs):
            continue
        if meets(iv_sum([iv(f) for f in known]), iv(tot)):
            continue
        if blame_unbalanced(g, g.named.get(code, code), r, c, kids):  # the rows' own columns tell the child
            continue
        if held := confirmed(g, codes, c, r, total_level):  # the table holds the parent: a child is wrong
            blame_child(g, g.named.get(code, code), r, c, kids, _named(g, held))
            continue
        against = f"唯一的下级科目{codes[kids[0]]}" if len(kids) == 1 else "下级科目之和"
        g.sum_finding("R-TABLE-PARENT", _named(g, f"上级科目{code}为{{written}}，与{against}不符：应为{{}}。"), r, tot,
                      known, col=c, rows=kids)  # (the row's side of a two-sided table: its quote and label)


def _total_column(g: Grid, kinds: dict[int, str], amount_cols: list[int]) -> None:
    """A 合计 column first among amounts: the columns after it are its parts (公开 tables 2, 3, 5)."""
    if not (
        amount_cols
        and re.search(r"合计", kinds.get(amount_cols[0], ""))
        and len(amount_cols) >= 3
        and not any(re.search(r"增减|率|占比|预算|上年", kinds.get(x, "")) for x in range(1, g.width))
    ):
        return
    tc, parts = amount_cols[0], amount_cols[1:]
    for r in g.body:
        tot = g.cell(r, tc)
        cols = [x for x in parts if g.cell(r, x) is not None]
        figs = [f for f in (g.cell(r, x) for x in cols) if f is not None]
        if tot is None or not figs:
            continue
        if not meets(iv_sum([iv(f) for f in figs]), iv(tot)):
            # the row's own columns by their headers: 「本行基本支出＋项目支出」, not 「各列」
            msg = f"“{kinds[tc]}”为{{written}}，与本行{g.column_names(parts, r)}不符：应为{{}}。"
            g.sum_finding("R-TABLE-SUM", msg, r, tot, figs, named=[kinds[x].strip() for x in cols])
