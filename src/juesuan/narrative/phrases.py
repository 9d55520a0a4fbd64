"""The writing rules, as pure functions over exact amounts (shared by every text juesuan writes).

- direction words follow the sign: 增加/减少 for amounts, 增长/下降 for percentages; equal → 持平;
- 同比 only year on year; a comparison with the budget says 比预算 or 完成预算的 X%;
- no percentage over a zero base ("上年无此项支出");
- lines sharing one reason are named together in one sentence.

``unit`` is the report's money unit ("元" or "万元").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..core import fmt
from ..core.compare import diff, pct_change, rate, tail_adjusted
from ..core.compare import shares as shares  # one 尾差 rule (core.compare) for every writer's share list
from ..core.model import Line

Amount = Decimal | None
HUNDRED = Decimal(100)
# (reason text, label of the line it explains, the line's change, the comparison as words
# (比预算 / 比上年, or "")) — the input of ``grouped_reasons``.
Explained = tuple[str, str, Decimal, str]


def money(value: Decimal, unit: str = "元") -> str:
    return fmt.money(value, unit)


def up_down(d: Decimal) -> str:
    """增加 / 减少 by the sign of an amount change (0 reads as 减少: callers handle 持平 first)."""
    return "增加" if d > 0 else "减少"


def grow_fall(d: Decimal) -> str:
    """增长 / 下降 by the sign of a change, for percentages."""
    return "增长" if d > 0 else "下降"


def sentence_end(text: str) -> str:
    """A reason or text as one sentence: trimmed, ending with 。 (a trailing ； or ， becomes 。)."""
    text = text.strip()
    if not text:
        return text
    if text[-1] in "；;，,":
        text = text[:-1]
    if not text:
        return text
    if text[-1] not in "。！？!?…":
        text += "。"
    return text


# the words a writer prints before a reason (主要原因：, 的主要原因是), when the unit typed them too
_REASON_LEAD = re.compile(r"^\s*(?:(?:其|的)?主要原因(?:主要)?(?:是|为|系|在于)?|原因(?:主要)?(?:是|为|系|在于)"
                          r"|主要(?:是|系|为))\s*[：:，,]?\s*|^\s*主要(?=由于|因为|因)")


def reason_body(text: str) -> str:
    """A typed reason as the writers print it after their own 「主要原因：」: its own lead words dropped
    (「主要是…」, 「主要原因是：…」, 「主要由于」 → 「由于」), as one sentence."""
    text = text.strip()
    body = _REASON_LEAD.sub("", text, count=1)
    return sentence_end(body if body.strip("。；;，, ") else text)


def delta(current: Amount, base: Amount, *, yoy: bool, base_word: str = "上年", noun: str = "",
          unit: str = "元") -> str:
    """``增加X元，同比增长Y%`` / ``持平`` / ``增加X元（上年无此项支出）``; "" when not comparable."""
    d = diff(current, base)
    if d is None or not (current or base):  # 0 = 0 is no comparison: the unit has no such item
        return ""
    if d == 0:
        return "持平"
    text = f"{up_down(d)}{money(abs(d), unit)}"
    p = pct_change(current, base)
    if p is None:
        return text + f"（{base_word}无此项{noun}）"
    return text + f"，{'同比' if yoy else ''}{grow_fall(d)}{fmt.change_percent(p)}"


def change(current: Amount, base: Amount, *, yoy: bool, base_word: str = "上年", noun: str = "",
           show_base: bool = False, unit: str = "元") -> str:
    """``比上年(X元)增加Y元，同比增长Z%`` / ``与上年持平``; "" when not comparable."""
    d = delta(current, base, yoy=yoy, base_word=base_word, noun=noun, unit=unit)
    if not d:
        return ""
    if d == "持平":
        return f"与{base_word}持平"
    shown = money(base, unit) if show_base and base is not None else ""
    return f"比{base_word}{shown}{d}"


def vs_budget(final: Amount, plan: Amount, *, word: str = "执行率", show_base: bool = False,
              unit: str = "元", budget_word: str = "预算") -> str:
    """``比预算(X元)增加Y元，执行率Z%`` / ``…，完成预算的Z%``; the rate is omitted over a zero budget."""
    d = diff(final, plan)
    if d is None or plan is None:
        return ""
    if plan == 0:  # no budget: said once, never as 「比预算0.00元增加X元」
        return unbudgeted(budget_word)
    r = rate(final, plan)
    base = money(plan, unit) if show_base else ""
    text = f"与{budget_word}持平" if d == 0 else f"比{budget_word}{base}{up_down(d)}{money(abs(d), unit)}"
    if r is None:
        return text + f"（{unbudgeted(budget_word)}）"
    if shows_zero(plan, unit):
        rate_word = "完成率" if word == "完成预算" else word.removeprefix("预算")
        return text + f"（{budget_word}{under_cent(unit)}，不计算{rate_word}）"
    if word == "完成预算":
        return text + f"，完成{budget_word}的{fmt.percent(r)}"
    return text + f"，{word}{fmt.percent(r)}"


def unbudgeted(budget_word: str = "预算") -> str:
    """``未安排预算``: the one wording for a line with no budget (a budget of 0 is not stated as an
    amount beside it)."""
    return f"未安排{budget_word}"


def stated(line: Line, *columns: str) -> bool:
    """Whether a sentence stating these columns of the line says anything: not 0 (or blank) in every
    one. The template: 「不涉及的不列」 — an item the unit does not have is left out, never listed as
    0.00 or called 持平."""
    return any(line.get(column) for column in columns)


def plan_and_final(plan: Amount, final: Amount, *, unit: str = "元", budget_word: str = "预算",
                   rate_word: str = "执行率") -> str:
    """``预算X元、决算Y元，执行率Z%`` (``rate_word``: 完成率 of an income line) / ``决算Y元（未安排预算）`` /
    either figure alone; "" with neither."""
    if plan is not None and final is not None and plan == 0:
        return f"决算{money(final, unit)}（{unbudgeted(budget_word)}）" if final else ""
    bits = []
    if plan is not None:
        bits.append(f"{budget_word}{money(plan, unit)}")
    if final is not None:
        bits.append(f"决算{money(final, unit)}")
    return "、".join(bits) + rate_clause(final, plan, unit, rate_word)


def shows_zero(amount: Amount, unit: str) -> bool:
    """A non-zero amount printed as 0.00 in ``unit`` (a budget of a few 元 in 万元): a rate beside it
    would read as a rate of a zero budget."""
    if not amount:
        return False
    return fmt.money(abs(amount), unit) == fmt.money(Decimal(0), unit)


def under_cent(unit: str) -> str:
    """``不足0.01万元``: what a budget that :func:`shows_zero` is."""
    return f"不足0.01{unit}"


def rate_clause(final: Amount, plan: Amount, unit: str = "元", word: str = "执行率") -> str:
    """``，执行率X%`` (or ``word``) / ``（未安排预算）`` over a zero budget with spending / ""."""
    r = rate(final, plan)
    if r is not None and shows_zero(plan, unit):
        return f"（预算{under_cent(unit)}，不计算{word}）"
    if r is not None:
        return f"，{word}{fmt.percent(r)}"
    return f"（{unbudgeted()}）" if plan == 0 and final else ""


def share(part: Amount, whole: Amount, of: str = "") -> str:
    """``，占X%`` / ``，占本年收入合计的X%``; "" over a zero or missing whole."""
    r = rate(part, whole)
    return "" if r is None else f"，占{of}{fmt.percent(r)}"


def tail_note(parts: Sequence[Decimal], whole: Decimal, names: Sequence[str]) -> str:
    """``（各项占比四舍五入后的尾差已计入工资福利支出。）`` after a share list whose largest share took the
    尾差 (``shares``); "" otherwise. A reader adding the shares gets 100.00% and knows which moved."""
    i = tail_adjusted(parts, whole)
    return "" if i is None else f"（各项占比四舍五入后的尾差已计入{names[i]}。）"


def listing(lines: Iterable[Line], column: str, *, unit: str = "元", prefix: str = "其中：") -> str:
    """``其中：A X元，B Y元。`` over the lines with an amount in the column (0 is not listed); "" when
    none has."""
    parts = [f"{x.name}{money(v, unit)}" for x in lines if (v := x.get(column))]
    return prefix + "，".join(parts) + "。" if parts else ""


def joined(parts: Sequence[str], *, prefix: str = "其中：", sep: str = "；") -> str:
    """``其中：a；b。`` or "" when there is no part."""
    return prefix + sep.join(parts) + "。" if parts else ""


def placeholder(what: str) -> str:
    """The visible mark of an input the unit has not given yet: ``【待填写：主要职能】``."""
    return f"【待填写：{what}】"


def plain(name: str) -> str:
    """A 科目 name with full-width brackets, the spelling of the published tables: 因公出国（境）费."""
    return name.replace("(境)", "（境）")


def grouped_reasons(explained: Iterable[Explained], said: dict[str, str] | None = None, here: str = "") -> str:
    """One sentence per distinct reason, naming every line that shares it with its direction.

    ``公用经费增加、项目支出减少的主要原因是：…。``; with comparison words (the 4th field):
    ``公务用车运行维护费比上年、比预算减少的主要原因是：…。`` A line explained by the same text
    twice is named once. With ``said`` (reason text → the heading where it was printed), a text
    printed before is referred back to (``原因同上`` in the same section, ``主要原因见二（一）`` from
    another one; printed again under a section that holds ``here``); each new one is recorded.
    """
    grouped: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for reason, label, d, basis in explained:
        word = "持平" if d == 0 else up_down(d)
        by_label = grouped.setdefault(reason_body(reason), {})
        moves = by_label.setdefault(label, [])
        if (basis, word) not in moves:
            moves.append((basis, word))
    out: list[tuple[str, str]] = []  # (the parent every line of the sentence is under, or "", sentence)
    for reason, by_label in grouped.items():
        parent, by_child = _one_parent(by_label)
        subject = _subject(by_child)
        where = None if said is None else said.get(reason)
        if where is None or _within(here, where):
            # new, or printed in a section that holds this one (a reference to it would point
            # back at the reader's own section): printed in full
            out.append((parent, f"{subject}的主要原因是：{reason}"))
            if said is not None and where is None:
                said[reason] = here
        elif where == here:
            out.append((parent, f"{subject}的原因同上。"))
        else:
            out.append((parent, f"{subject}的主要原因见{where}。"))
    return _by_parent(out)


def _one_parent(by_label: dict[str, list[tuple[str, str]]]) -> tuple[str, dict[str, list[tuple[str, str]]]]:
    """The parent all labels are under and the labels without it; ("", the labels) otherwise."""
    parents = {label.partition(WITHIN)[0] for label in by_label}
    if len(parents) != 1 or not all(WITHIN in label for label in by_label):
        return "", by_label
    return parents.pop(), {label.partition(WITHIN)[2]: moves for label, moves in by_label.items()}


def _by_parent(sentences: list[tuple[str, str]]) -> str:
    """Consecutive sentences about one parent's children name it once: ``社会保障和就业支出中，
    甲增加的主要原因是：…；乙减少的主要原因是：…。`` (a sentence of several sentences stays apart)."""
    out: list[str] = []
    run: list[str] = []
    run_parent = ""

    def flush() -> None:
        if run:
            out.append(f"{run_parent}中，" + "；".join(x[:-1] for x in run) + "。" if len(run) > 1
                       else f"{run_parent}中{run[0]}")
            run.clear()

    for parent, text in sentences:
        single = text.count("。") == 1 and text.endswith("。") and "；" not in text
        if parent and single and parent == run_parent:
            run.append(text)
            continue
        flush()
        if parent and single:
            run_parent = parent
            run.append(text)
        else:
            run_parent = ""
            out.append(f"{parent}中{text}" if parent else text)
    flush()
    return "".join(out)


def _within(here: str, where: str) -> bool:
    """Whether heading ``here`` (``二（二）1（2）``) lies under heading ``where`` (``二（二）``)."""
    if len(here) <= len(where) or not where or not here.startswith(where):
        return False
    return not (where[-1].isdigit() and here[len(where)].isdigit())  # 1 is not above 10


def _moves(moves: list[tuple[str, str]]) -> str:
    """``比上年、比预算减少`` / ``比上年增加、比预算减少`` / ``增加``."""
    if len({w for _, w in moves}) == 1:
        return "、".join(b for b, _ in moves if b) + moves[0][1]
    return "、".join(b + w for b, w in moves)


# joins a line's label to its parent's (``within``): the subject names the parent once
WITHIN = "\x1f"


def within(parent: str, child: str) -> str:
    """The label of ``child`` under ``parent`` (a 款/项 under its 类): ``社会保障和就业支出中…``,
    with the parent named once however many of its children share a reason."""
    return f"{parent}{WITHIN}{child}"


def _subject(by_label: dict[str, list[tuple[str, str]]]) -> str:
    """``甲、乙增加`` / ``甲增加、乙减少``; children of one parent after it, the parent named once:
    ``社会保障和就业支出中机关事业单位基本养老保险缴费支出、职业年金缴费支出增加``."""
    shown = {label: _moves(moves) for label, moves in by_label.items()}
    same = len(set(shown.values())) == 1
    kids: dict[str, list[str]] = {}
    for label in shown:
        parent, _, child = label.partition(WITHIN)
        kids.setdefault(parent, []).append(child)
    parts = []
    for parent, children in kids.items():
        def move(child: str, parent: str = parent) -> str:
            return "" if same else shown[within(parent, child) if child else parent]
        named = [f"{c}{move(c)}" for c in children if c]
        head = f"{parent}{move('')}" if "" in children else ""
        if not named:
            parts.append(head)
        else:
            parts.append((f"{head}及其中" if head else f"{parent}中") + "、".join(named))
    return "、".join(parts) + (next(iter(shown.values())) if same else "")


USED_FOR = ("主要用于", "主要用来", "用于", "用来")  # how a unit's own text may begin what 主要用于 leads


def without_lead(text: str, leads: tuple[str, ...] = USED_FOR) -> str:
    """``text`` without a lead the template prints before it (the unit typed 「主要用于公务用车燃料费」
    in a cell labelled 主要用于): the lead is said once."""
    for lead in leads:
        if text.startswith(lead):
            return text[len(lead):].lstrip("：:，, ")
    return text


def used_for(purpose: str) -> str:
    """``主要用于：…。`` once, whether or not the unit's text itself begins with 用于 / 主要用于."""
    text = without_lead(sentence_end(purpose))
    return f"主要用于：{text}" if text else ""


# -- 决算公开 情况说明: amounts in 万元, changes vs last year, completion of the 年初预算 -------------

def wan(amount: Decimal) -> str:
    """``4677326.79`` → ``467.73万元`` (rounded half-up once, here)."""
    return f"{wan_number(amount)}万元"


def wan_number(amount: Decimal) -> str:
    return f"{fmt.round2(amount / fmt.TEN_THOUSAND):.2f}"


def share_of(part: Decimal, whole: Decimal) -> str | None:
    """``86.61%``: ``part``'s share of ``whole``; None over a zero whole."""
    r = rate(part, whole)
    return None if r is None else fmt.percent(r)


def change_wan(current: Decimal, prior: Decimal | None, *, subject: str = "", base: str = "上年") -> str:
    """``与上年相比，增加X万元，增长Y%`` / ``与上年持平`` / ``…增加X万元（上年为0）``; "" without a prior."""
    if prior is None:
        return ""
    d = current - prior
    if d == 0:
        return f"与{base}持平"
    text = f"与{base}相比，{subject}{up_down(d)}{wan(abs(d))}"
    p = pct_change(current, prior)
    if p is None:
        return text + f"（{base}为0）"
    return text + f"，{grow_fall(d)}{fmt.change_percent(p)}"


def completion(final: Decimal, budget: Decimal | None, *, word: str = "完成年初预算的") -> str:
    """``完成年初预算的X%``; "" where there is no 年初预算 (none, or 0.00万元 as shown)."""
    if budget is None or fmt.round2(budget / fmt.TEN_THOUSAND) == 0:
        return ""
    r = rate(final, budget)
    return "" if r is None else f"{word}{fmt.percent(r)}"


def more_less(final: Decimal, budget: Decimal) -> str:
    """大于 / 小于, for 决算 against 预算 (callers handle equality first)."""
    return "大于" if final > budget else "小于"


def class_label(name: str) -> str:
    """``一般公共服务支出`` → ``一般公共服务``: the 类 name as written before （类）."""
    return name[:-2] if name.endswith("支出") and len(name) > 2 else name
