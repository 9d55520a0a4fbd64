"""Rules for 决算公开 texts: "决算数大于预算数" against the figures, a 完成率 of a 年初预算 that
is 0, a part larger than the whole it belongs to (小微企业 ⊂ 中小企业), 科目 names against their
codes (the 功能分类 catalog)."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from ...core import catalog
from ...core.codes import CODES
from ...core.findings import Level
from ..base import LIST_MARK, ReviewFinding, finding, iv, meets, show
from ..blocks import Block
from ..figures import Figure
from ..levels import SLIP
from ..rewrite import deleted_span
from ..sentences import Fig, Sentence, opens_reason, reason_sign, report_year, sentence_at, sentences, text_sentences

_VERSUS = re.compile(
    r"决算(?:数)?(?:(?P<word>大于|小于|高于|低于|多于|少于)(?:年初|全年|调整)?预算(?:数)?(?![（(])"
    r"|与(?:年初|全年|调整)?预算(?:数)?(?:基本)?(?P<flat>持平|无增减变化|无增减|无变化|相等|一致))"
    r"|预决算(?:数)?(?:基本)?(?P<both>持平|无增减变化|无增减|无变化|相等|一致)"
)  # (the same said many ways: 「决算数与预算数持平」「决算数与预算数无增减变化」「决算数与年初预算数一致」, and
# 「预决算持平」: 预算 and 决算 said together)
_MORE, _LESS = ("大于", "高于", "多于"), ("小于", "低于", "少于")


def _amounts(figs: list[Fig]) -> list[Fig]:
    return [g for g in figs if g.role == "level" and not g.paren and g.f.is_money]


def _pair(figs: list[Fig], text: str = "") -> tuple[Figure, Figure] | None:
    """(预算, 决算) when a sentence states exactly one of each — or one 预算 and, before its "其中" list
    of parts, one 决算 ("“三公”经费…年初预算为A，支出决算为B，完成预算的C%，其中：因公出国（境）费决算为…")."""
    levels = _amounts(figs)
    bud = [g.f for g in levels if g.kind == "预算"]
    fin = [g.f for g in levels if g.kind == "决算"]
    if len(bud) == 1 and len(fin) == 1:
        return bud[0], fin[0]
    if not bud:
        # "支出决算为A，完成年初预算B万元的X%": B is the 年初预算 (of the head, before a 其中 list of parts)
        mark = LIST_MARK.search(text)
        said = [(g.f, g.role) for g in figs if (mark is None or g.f.start < mark.start()) and g.f.is_money
                and not g.paren and ((g.role == "budget" and re.search(r"完成(?:年初)?预算$", g.pre)) or g in levels)]
        rated = [f for f, role in said if role == "budget"]
        done = [f for f, role in said if role != "budget" and f in fin]
        return (rated[0], done[0]) if len(rated) == 1 and len(done) == 1 and len(said) == 2 else None
    if len(bud) != 1 or len(fin) < 2 or not (mark := LIST_MARK.search(text)) or bud[0].start > mark.start():
        return None
    head = [f for f in fin if bud[0].start < f.start < mark.start()]
    return (bud[0], head[0]) if len(head) == 1 else None


def _budget_words(written: str, right: str) -> str:
    """The words 「决算数…预算数」 as written (``written``, a _VERSUS match), said with ``right``:
    「决算数与年初预算数持平」 → 「决算数小于年初预算数」; 「决算大于预算」 → 「决算与预算持平」."""
    fin = "决算数" if written.startswith("决算数") else "决算"
    kind = m.group(0) if (m := re.search(r"年初|全年|调整", written)) else ""
    bud = f"{kind}预算数" if re.search(r"预算数", written) else f"{kind}预算"
    return f"{fin}与{bud}持平" if right == "持平" else f"{fin}{right}{bud}"


def budget_word(said: str, fin: Figure, bud: Figure, name: str, bi: int, b: Block,
                text: str, written: str = "", subject: tuple[str, str] = ("", "")) -> ReviewFinding | None:
    """The one verdict on "决算数大于（小于、与…持平）预算数" (``said``) against the 决算 and 预算 written
    (``name``: the 项 they belong to, "" where the sentence says it; ``subject``: what else they are of,
    said before the message — 「“三公”经费财政拨款支出：」 — and the budget as its sentence names it); None
    where the word agrees. The finding is on the 决算, the figure the words are wrong about; its 应为 is those
    words (``written``, as the text has them) said right."""
    said_dir = 1 if said in _MORE else -1 if said in _LESS else 0
    diff = fin.yuan() - bud.yuan()
    actual = 0 if diff == 0 else (1 if diff > 0 else -1)  # as written
    if said_dir == actual or (said_dir == 0 and meets(iv(fin), iv(bud))):
        return None
    if actual == 0 and any(x.unit in ("万元", "亿元") and x.decimals <= 0 for x in (fin, bud)):
        return None  # 「预算43万元，决算43万元，决算数大于预算数」: rounded to the 万, the two may differ unseen
    family = next((f for f in zip(_MORE, _LESS, strict=True) if said in f), ("大于", "小于"))
    right = "持平" if actual == 0 else family[0] if actual > 0 else family[1]
    who, budget = (f"“{name}”", "年初预算") if name else (f"{subject[0]}：" if subject[0] else "", subject[1] or "预算")
    gap = fin.yuan() - bud.yuan()
    words = _budget_words(written, right) if written else right
    return finding(
        CODES["R-DIRECTION"].level, "R-DIRECTION",  # the message quotes the 应为 as the text words it
        f"{who}决算{fin.raw}{right}{budget}{bud.raw}，应为“{words if written else f'决算数{right}预算数'}”，"
        f"不是“{written or f'决算数{said}预算数'}”。"
        if right != "持平" else f"{who}决算{fin.raw}与预算{bud.raw}相等：应为“持平”，不是“{said}”",
        bi, b, text, fin, words,
        f"{show(fin.yuan(), fin)} − {show(bud.yuan(), bud)} = {'−' if gap < 0 else ''}{show(abs(gap), fin)}",
    )


def pairs_at(text: str, pos: int) -> bool:
    """Whether rule_budget_words reads the words at ``pos`` of paragraph ``text`` against a 预算 and a 决算 (its
    sentence's, or an earlier sentence's of the paragraph): not in a sentence of several 项's clauses joined by 「；」
    with no sentence before it (each clause's figures are its 项's: rules/items.rule_item_budget_words)."""
    pair = None
    for s in sentences(text):
        pair = _pair(s.figs, s.text) or pair
        if s.start <= pos < s.start + len(s.text):
            return pair is not None
    return False


def rule_budget_words(blocks: list[Block]) -> list[ReviewFinding]:
    """ "决算数大于（小于、与…持平）预算数" against the 预算 and 决算 stated just before."""
    out = []
    # the paragraph before's last pair, its subject and the lines it is of (what names the 决算, what the 预算 is of)
    carried: tuple[tuple[Figure, Figure], tuple[str, str], set[str]] | None = None
    for bi, b in enumerate(blocks):
        if b.is_table:
            carried = None
            continue
        pair, subject, at = None, ("", ""), 0
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            if (here := _pair(s.figs, s.text)) is not None:
                pair, subject, at = here, _subject(s.text, here[0]), s.start
                carried = (here, subject, {w for w in (_line(s.text[: here[1].start]), _line(subject[0]))
                                           if len(w) >= 2})
            elif pair is None and carried is not None and not s.figs and (m := _VERSUS.search(s.text)) \
                    and _line(s.text[: m.start()]) in carried[2]:
                # 「“三公”经费支出决算小于预算数的主要情况：」 in its own paragraph after the one stating the amounts
                # (after the parts of its 「其中：」 list, a paragraph each: 「…支出决算为B，其中：」「公务接待费…；」…)
                pair, subject, at = carried[0], carried[1], s.start
            if pair is None:
                continue
            bud, fin = pair
            # words a sentence or more after the figures: the quote runs from the figures' sentence to them
            quote = b.text[at: s.start + len(s.text)] if at < s.start else s.text
            for m in _VERSUS.finditer(s.text):
                said = m.group("word") or "持平"
                found = budget_word(said, fin, bud, "", bi, b, quote, m.group(0), subject)
                if found is not None:
                    out.append(_with_reason(found, said, s.text[m.end():], sents[k + 1] if k + 1 < len(sents) else None,
                                            b.text[at:]))
    return out


def _line(words: str) -> str:
    """The line a 决算 (or a 「决算数大于预算数」) is of, as the words before it name it: 「2024年度“三公”经费财政拨款
    支出决算为」 → 「三公经费支出」, as 「2024年度“三公”经费支出」 is."""
    w = _OPENER.sub("", re.split(r"[，,；;。：:]", words)[-1], count=1)
    w = re.sub(r"^(?:19|20)\d\d\s*年度?|(?:决算|预算)(?:数)?\s*(?:为|是)?\s*$", "", w.strip())
    return re.sub(r"财政拨款|[“”\"\s]", "", w)


def _with_reason(found: ReviewFinding, said: str, rest: str, nxt: Sentence | None, text: str) -> ReviewFinding:
    """A 「持平」 the figures refute, whose next sentence gives the reason for it (「决算数与年初预算数持平。主要原因是
    部分人员调出，缴费人数减少。」: a 持平 needs no reason, the reason says which way the amount moved): the quote
    runs on through that reason, and a reason that says the direction the figures do is said in the message."""
    if said != "持平" or "原因" in rest or nxt is None or not opens_reason(nxt.text):
        return found
    quote = text[: text.find(nxt.text) + len(nxt.text)].strip() if nxt.text in text else found.quote
    right = "小于" if "小于" in found.expected else "大于" if "大于" in found.expected else ""
    agrees = right and reason_sign(nxt.text) == (1 if right == "大于" else -1)
    message = found.message + (f"其后的原因说明写的也是{'增加' if right == '大于' else '减少'}。" if agrees else "")
    return replace(found, quote=quote, message=message)


# what opens a sentence before its subject: the unit (「本局」), the year, a list number
_OPENER = re.compile(r"^\s*(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)?\s*"
                     r"(?:.{0,30}?(?:19|20)\d\d\s*年度?|本(?:局|单位|部门|委|院|中心))?")


def _subject(text: str, budget: Figure) -> tuple[str, str]:
    """What the 预算 of a sentence is the budget of, as its clause names it before the budget words, and those
    words: 「本局2024年度“三公”经费财政拨款支出年初预算为23.50万元」 → (「“三公”经费财政拨款支出」, 「年初预算」); no
    subject where the clause names a 类/款/项 (said by its name elsewhere) or nothing."""
    clause = re.split(r"[，,；;。：:]", text[: budget.start])[-1]
    if m := re.fullmatch(r"\s*完成((?:年初)?预算)(?:数)?\s*", clause):
        return "", m.group(1)  # 「支出决算为A，完成年初预算B的X%」: the budget inside the rate's words names nothing
    kind = re.search(r"((?:年初|全年|调整后?)?预算)(?:数)?\s*(?:为|是)?\s*$", clause)
    words = _OPENER.sub("", clause[: kind.start()] if kind else clause, count=1).strip()
    named = kind.group(1) if kind else ""
    if len(words) < 2 or re.search(r"\d|[（(](?:类|款|项)[）)]", words):
        return "", named
    return words, named


# the budget a completion rate names right before it: 「完成预算0万元的100%」
_RATE_OF = re.compile(r"完成(?:年初|全年|调整后?)?预算(?:数)?\s*$")


def _rate_of_named_zero(bi: int, b: Block, s: Sentence, levels: list[Fig]) -> list[ReviewFinding]:
    """ "支出决算为0万元，完成预算0万元的100%": the rate names its budget, 0, and its 决算 is 0 too — 0 of 0 has no
    rate;
    「支出决算为96.30万元，完成年初预算0.00万元的100.00%」: no rate of a budget under half its last digit can be it (a
    0 budget the rate could be of — shown as 0 but a few 元, or a whole 「0万元」 — is left alone: s11's real
    「完成预算0万元的100%」); 「0万元的0%」 is the “三公” system's print of an item with neither, the budget said 0
    beside it: no rate claimed)."""
    out = []
    for p, g in zip(s.figs, s.figs[1:], strict=False):
        if not (p.role == "budget" and p.f.is_money and p.f.value == 0 and g.f.is_percent and _RATE_OF.search(p.pre)
                and s.text[p.f.end : g.f.start].strip() == "的"):
            continue
        fin = [x.f for x in levels if x.kind == "决算" and x.clause == g.clause and x.f.start < p.f.start]
        if len(fin) != 1 or (fin[0].value == 0 and g.f.value == 0) or (
                fin[0].value != 0 and ("." not in p.f.raw or _reachable(fin[0], p.f, g.f))):
            continue  # 「完成预算0万元的0%」: 0 of a budget named 0, as the “三公” system prints it — no rate claimed
        message, expected = zero_rate(s.text, g.f, p.f)
        out.append(finding(CODES["R-RATE-ZERO"].level, "R-RATE-ZERO", message, bi, b, s.text, g.f, expected, "",
                           nature=SLIP))
    return out


def rule_rate_of_zero(blocks: list[Block]) -> list[ReviewFinding]:
    """ "年初预算为0 … 完成年初预算的X%": no rate of a zero budget (the X is another budget's); 「完成预算0万元的
    100%」 of a 决算 of 0 (_rate_of_named_zero)."""
    out = []
    for bi, b, s in text_sentences(blocks):
        levels = _amounts(s.figs)
        out += _rate_of_named_zero(bi, b, s, levels)
        if not any(g.kind == "预算" and g.f.value == 0 for g in levels):
            continue
        for g in s.figs:
            if g.role != "rate":
                continue
            named = re.search(r"年初|全年|调整", g.pre)  # the budget the rate names, else the last one
            before = [x for x in levels if x.kind == "预算" and x.clause == g.clause and x.f.start < g.f.start
                      and (not named or named.group(0) in x.pre)]
            if not before or before[-1].f.value != 0:
                continue  # the 预算 of this rate's own clause is not 0
            fin = [x.f for x in levels if x.kind == "决算" and x.clause == g.clause]
            naught = len(fin) == 1 and fin[0].value == 0 and g.f.value == 0  # "0 of 0 is 0%": no rate
            if not fin or (len(fin) == 1 and _reachable(fin[0], before[-1].f, g.f) and not naught):
                continue  # a budget shown as 0 may be a few 元: the rate could be its own
            full = [x.f for x in levels if re.search(r"全年预算|调整预算|调整后预算", x.pre) and x.f.value]
            message, expected = zero_rate(s.text, g.f, before[-1].f)
            why = ""
            if len(fin) == 1 and len(full) == 1:
                from .rates import on_full_budget

                message, expected, why = on_full_budget(message.split("，")[0], _phrase(s.text, g.f), g.f, fin[0],
                                                        full[0], s.text)
            out.append(finding(
                CODES["R-RATE-ZERO"].level, "R-RATE-ZERO", message,
                bi, b, s.text, g.f, expected, why, nature=SLIP if naught else "",
            ))
    return out


def _phrase(text: str, rate: Figure) -> str:
    """The words of ``text`` that state ``rate`` (its comma part, as written): 「完成年初预算的100.00%」."""
    return deleted_span(text, rate.start).strip("，,；;。 ")


def zero_rate(text: str, rate: Figure, budget: Figure) -> tuple[str, str]:
    """(message, 应为) for a 完成率 ``rate`` (at its place in ``text``) of a ``budget`` written as 0: the words that
    state the rate are to go, named as the text writes them — 「年初预算为0万元，不计算完成率：“完成年初预算的
    100.00%”应删去。」 and 「删去“，完成年初预算的100.00%”」."""
    phrase = _phrase(text, rate)
    word = m.group(0) if (m := re.search(r"(?:年初|全年|调整(?:后)?)?预算", phrase)) else "预算"
    return f"{word}为{budget.raw}，不计算完成率：“{phrase}”应删去。", f"删去“{deleted_span(text, rate.start)}”"


def _reachable(fin: Figure, bud: Figure, rate: Figure) -> bool:
    """Whether ``rate`` can be 决算 ÷ 预算 for a 预算 shown as 0 (so under half its last digit)."""
    lo, _ = iv(fin)
    _, top = iv(bud)
    if top <= 0:
        return False
    return lo <= 0 or iv(rate)[1] >= lo / top * 100


_PART_OF = (("小微企业", "中小企业"),)  # (part, whole) named in one paragraph's amounts


def rule_subsets(blocks: list[Block]) -> list[ReviewFinding]:
    """An amount for a part larger than the amount for its whole (小微企业 within 中小企业): the part's share of the
    whole, where the sentence gives it, may say which of the two is the slip (digit_slips.by_share, as for a list of
    one); else both are said."""
    from .digit_slips import by_share as _by_share

    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for part_word, whole_word in _PART_OF:
            found: dict[str, list[tuple[Figure, str, str, list[Fig]]]] = {part_word: [], whole_word: []}
            for s in sentences(b.text):
                for g in _amounts(s.figs):
                    label = re.split(r"[，,；;。]", g.pre)[-1]
                    after = next((x for x in s.figs[s.figs.index(g) + 1:] if x.clause == g.clause), None)
                    # 「…300.10万元，占授予中小企业合同金额的68.80%」: its share of the whole, which may tell
                    shared = [g, after] if after is not None and whole_word in after.share_of else []
                    for word in (part_word, whole_word):
                        if word in label:  # what of it: "预留政府采购项目预算金额"
                            found[word].append((g.f, label[label.index(word) + len(word) :], s.text, shared))
            for part, kind, quote, shared in found[part_word]:
                whole = [(w, q) for w, k, q, _ in found[whole_word] if k == kind]
                if len(whole) != 1 or part.yuan() <= whole[0][0].yuan() or meets(iv(part), iv(whole[0][0])):
                    continue
                w, w_quote = whole[0]
                decided = _by_share(w, part, shared)
                if decided is not None:
                    share = shared[1].f
                    wrong, right, why = decided
                    what = f"{part_word}的金额" if wrong is part else f"{whole_word}的金额"
                    out.append(finding(
                        CODES["R-SUBSET"].level, "R-SUBSET",
                        f"{part_word}是{whole_word}的一部分：{part_word}的{part.raw}不能大于{whole_word}的{w.raw}；"
                        f"按{part_word}占{whole_word}的{share.raw}，是{what}写错了，应为{show(right, wrong)}。",
                        bi, b, quote if wrong is part else w_quote, wrong, show(right, wrong), why))
                    continue
                # nothing in the text decides which: both figures and where they are, no bound as 应为
                out.append(finding(
                    CODES["R-SUBSET"].level, "R-SUBSET",
                    f"{part_word}是{whole_word}的一部分：本段{part_word}的{part.raw}不能大于{whole_word}的"
                    f"{w.raw}，两处金额必有一处有误（从文中无法判断是哪一处，未给出应为值）。",
                    bi, b, quote, part, "", f"{part.raw} > {w.raw}",
                ))
    return out


def _norm(name: str) -> str:
    return name.replace(" ", "").replace("（", "(").replace("）", ")")


def _qualified(name: str, right: str, code: str) -> bool:
    """A 项 name with a bracketed qualifier ("事业运行（政府办公厅（室）及相关机构事务所属事业单位）"), or
    cut short where the table's cell is narrow ("机关事业单位职业年金缴费"): the same 项 (two tables naming
    one code two ways is R-CODE-NAME's 提示, rule_code_names_agree)."""
    n, r = _norm(name), _norm(right)
    return (n.startswith(r + "(") and n.endswith(")")) or (len(code) == 7 and r.startswith(n) and len(n) >= 4)


def rule_code_names(blocks: list[Block]) -> list[ReviewFinding]:
    """科目 names against their codes: a table's 类 and 款 lines, and a 类 named in the text."""
    year = report_year(blocks) or 0
    known = dict(catalog.FUNCTION_CLASSES) if year >= 2019 else {}
    if year >= 2022:
        known |= catalog.FUNCTION_SECTIONS | catalog.FUNCTION_ITEMS
    if not known:
        return []
    out = []
    names = {_norm(n): n for n in catalog.FUNCTION_CLASSES.values()}
    for bi, b in enumerate(blocks):
        if b.is_table:
            for row in b.rows:
                cells = [c for c in row if c.strip()]
                m = re.match(r"^(\d{3}(?:\d{2}){0,2})(?!\d)\s*(.*)$", cells[0].strip()) if cells else None
                if not m or m.group(1) not in known:
                    continue
                name = m.group(2) or (cells[1] if len(cells) > 1 else "")
                right = known[m.group(1)]
                same = _norm(name) == _norm(right) or _qualified(name, right, m.group(1))
                if name and not re.search(r"\d", name) and not same:
                    out.append(ReviewFinding(
                        CODES["R-CODE-NAME"].level, "R-CODE-NAME",
                        f"科目编码{m.group(1)}的名称应为“{right}”，不是“{name}”。",
                        quote="、".join(cells[:3]), place=f"{b.place}，“{m.group(1)}”行", expected=right,
                        block=bi, figure=name,
                    ))
            continue
        for m in re.finditer(r"([\u4e00-\u9fff]{2,20}?)[（(]类[）)]", b.text):
            name = re.sub(r"^.*?[、：:，,。]", "", m.group(1))
            if _norm(name) in names or _norm(name) + "支出" in names or year < 2019:
                continue
            code = catalog.FORMER_CLASS_NAMES.get(_norm(name), catalog.FORMER_CLASS_NAMES.get(_norm(name) + "支出"))
            if code:  # 「医疗卫生与计划生育支出（类）」: the name 210 had until 2018
                right = catalog.CLASS_NAMES[code]
                out.append(replace(finding(
                    CODES["R-CODE-NAME"].level, "R-CODE-NAME",
                    f"“{name}（类）”是2019年以前的类级科目名称：科目{code}自2019年起名为“{right}”，应为“{right}（类）”。",
                    bi, b, sentence_at(b.text, m.start()), expected=right,
                ), figure=name))  # the name as written is what 应为 replaces
                continue
            best = difflib.get_close_matches(_norm(name), list(names), n=1, cutoff=0.75)
            if best:
                out.append(finding(
                    CODES["R-CODE-NAME"].level, "R-CODE-NAME",
                    f"“{name}（类）”不是功能分类的类级科目名称：应为“{names[best[0]]}”。",
                    bi, b, b.text[max(0, m.start() - 20) : m.end() + 20], expected=names[best[0]],
                ))
        out += _class_codes(bi, b)
    return out


def _class_codes(bi: int, b: Block) -> list[ReviewFinding]:
    """A 类 named with its code (「一般公共服务支出（201类）」) where the code is another 类's: the name says which
    code it is (「文化旅游体育与传媒支出（208类）」 → 207类; 208 is 社会保障和就业支出)."""
    out = []
    for m in re.finditer(r"[（(](\d{3})类[）)]", b.text):
        before = _norm(b.text[max(0, m.start() - 20): m.start()])
        right = next((c for c, n in catalog.CLASS_NAMES.items() if before.endswith(_norm(n))), "")
        if not right or right == m.group(1):
            continue
        said = catalog.CLASS_NAMES.get(m.group(1))
        out.append(replace(finding(
            CODES["R-CODE-NAME"].level, "R-CODE-NAME",
            f"“{catalog.CLASS_NAMES[right]}”的类级科目编码是{right}，不是{m.group(1)}"
            + (f"（{m.group(1)}是{said}）" if said else "") + f"：应为“{right}类”。",
            bi, b, sentence_at(b.text, m.start()), expected=f"{right}类",
        ), figure=f"{m.group(1)}类"))
    return out


def rule_code_names_agree(blocks: list[Block]) -> list[ReviewFinding]:
    """One 科目编码, one name: the same code named two ways in the tables (公开02 "机关事业单位基本
    养老保险" for 2080505, 公开03 "…缴费支出"). The name most tables give is taken as right."""
    names: dict[str, dict[str, list[int]]] = {}
    for bi, b in enumerate(blocks):
        if not b.is_table:
            continue
        for row in b.rows:
            for c in range(len(row) - 1):
                code, name = row[c].strip(), _norm(row[c + 1].strip())
                # a 科目名称 is never a sentence (a reasons table's 原因说明 beside a code is none)
                if re.fullmatch(r"\d{3}(?:\d{2}){0,2}", code) and name and not re.search(r"[\d，。；,;！？]", name):
                    names.setdefault(code, {}).setdefault(name, []).append(bi)
    out = []
    rights = {code: max(seen, key=lambda n: (len(seen[n]), len(n))) for code, seen in names.items()}
    for code, seen in names.items():
        if len(seen) < 2:
            continue
        right = rights[code]
        others = "、".join(dict.fromkeys(_table_name(blocks[x]) for x in seen[right])) or "其他表"
        for name, where in seen.items():
            if name == right:
                continue
            bi = where[0]
            # the name the tables give another code (2080805 义务兵优待 printed at 2080803): a wrong row, not a
            # name cut short or reworded — a 警告; else a 提示: which table cut or changed the name is for the reader
            taken = next((c for c, n in rights.items() if c != code and n == name), "")
            out.append(ReviewFinding(
                Level.WARNING if taken else Level.INFO, "R-CODE-NAME",
                f"科目编码{code}在{_table_name(blocks[bi])}中名为“{name}”，{others}中为“{right}”"
                + (f"；“{name}”是科目{taken}的名称" if taken else "") + "：同一科目应同名。",
                quote=f"{code} {name}", place=f"{blocks[bi].place}，“{code}”行", expected=right, block=bi,
                figure=name,
            ))
    return out


def _table_name(b: Block) -> str:
    """A 公开 table by its name and number ("收入决算表（公开02表）"), else where it stands."""
    from ..grid import PUBLIC_TABLES
    from .text_table import table_kind

    kind = table_kind(b)
    return f"{kind}（公开{PUBLIC_TABLES.index(kind) + 1:02d}表）" if kind in PUBLIC_TABLES else f"{b.place}的表格"
