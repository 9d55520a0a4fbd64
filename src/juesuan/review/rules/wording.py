"""Rules on wording left wrong in a filled-in text: a figure without its unit ("增长13.95"), template notes and
blanks (template alternatives, "增加（减少）": template_words)."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ...core.fmt import number
from ..base import DIR, ReviewFinding, finding, iv, iv_neg, iv_ratio, iv_sum, meets, point
from ..blocks import Block, table_unit
from ..elsewhere import stated_elsewhere
from ..figures import MONEY_UNITS, Figure, find_figures, usual_unit
from ..sentences import sentence_at, sentences, text_sentences
from .counts import count_blank

# a change or a rate whose figure has no unit: "增长13.95，" "完成预算的95.5。"
_NO_UNIT = re.compile(
    r"(?P<word>增长率|下降率|增幅|降幅|涨幅|减幅|增长|下降|上升|降低|提高|增加|减少|执行率|完成率|"
    r"(?:完成|为)(?:年初|全年|调整)?预算(?:调整)?(?:数)?(?:\d[\d,.]*\s*万?元)?的|占比|比重|占(?:[^，,。；;\d]{0,20}的)?)"
    r"了?(?:幅度)?(?:为|是|达)?\s*(?P<num>\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*"
    # (a dash before words ends it too: 「占3.32——主要为」; so does a bracket opening words: 「上升2.31（主要原因：」)
    r"(?=[，,](?!\d)|[。；;）)]|$|[\u4e00-\u9fff]|(?:[—–－]+|-{2,})(?!\s*\d)"
    r"|[（(](?=[\u4e00-\u9fff])(?![万元亿个]))"
)
# a percentage of a list written without its %, beside others with it: "比重分别为10.0和3.3%", "由上年的
# 66.08上升至86.58%", "占…的8.1%和91.9。"
_LIST_NO_PCT = re.compile(
    r"(?<![\d.,])(?P<num>\d+\.\d+)(?=[和、及与]\d+(?:\.\d+)?\s*[%％]|(?:上升|下降|提高|降低)(?:至|到)\d+(?:\.\d+)?\s*[%％])"
    r"|(?<=[%％][和、及与])(?P<last>\d+\.\d+)(?=[，,。；;]|$)"
)
# after a figure, words that take a count or a unit of their own: "增长1.5倍", "增加2人", "增长3个百分点"
_MEASURE = set("个倍次年元万亿人名辆台件项家所批套天月日份点位百千")
# an amount with no unit after the words that name an amount, in a sentence of amounts with theirs:
# "支出决算为1,234.56，比上年增加12.34万元"
_LEVEL_NO_UNIT = re.compile(
    r"(?P<word>(?:预算|决算|支出|收入|经费|费|合计|总计|资金)(?:数)?(?:为|是|达)?)\s*"
    r"(?P<num>(?<![\d.])\d+(?:,\d{3})*\.\d{1,2})\s*(?=[，,。；;](?!\d)|$)"
)
def rule_missing_unit(blocks: list[Block]) -> list[ReviewFinding]:
    """A change, rate or share written without % (or an amount without 元/万元)."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _NO_UNIT.finditer(b.text):
            word, num = m.group("word"), m.group("num")
            after = b.text[m.end() : m.end() + 1]
            run_on = after and "\u4e00" <= after <= "\u9fff"
            bracket = bool(after) and after in "（("  # 「上升2.31（主要原因：…）」
            if (run_on or bracket) and ("." not in num or after in _MEASURE or word in ("增加", "减少")):
                continue  # "增加2人", "增长1.5倍", an amount run into words: not a rate whose % is missing
            if m.end() == len(b.text) and _unit_opens(blocks, bi):
                continue  # "增加 223,120.50" / "元，…": a line break before the unit (text copied from a PDF)
            if _STRAY_CLOSE.match(b.text, m.end()):
                continue  # "增长29.1)%": the % is written, after a stray bracket — no unit is missing
            sent = sentence_at(b.text, m.start())
            if word in ("增加", "减少"):
                # the paragraph's unit when the sentence names none (「…收入总计3874.92万元。收支较上年减少484.05，」)
                unit = "万元" if "万元" in sent or ("万元" in b.text and not re.search(r"\d\s*元", b.text)) else "元"
                if "%" in sent[sent.find(num) :][: len(num) + 8] and not _OWN_RATE.match(b.text, m.end()):
                    continue  # 「增加2.1，达35.6%」: a change in points, maybe; not 「减少484.05，降低11.1%」
            else:
                unit = "%"
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{word}{num}”缺少单位：应写作“{word}{num}{unit}”。",
                bi, b, sent, _bare(m), expected=f"{num}{unit}",
            ))
        out.extend(_levels_without_unit(bi, b))
        for m in _LIST_NO_PCT.finditer(b.text):
            num = m.group("num") or m.group("last")
            key = "num" if m.group("num") else "last"
            bare = Figure(Decimal(num), "", num, m.start(key), m.end(key), len(num.partition(".")[2]))
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{num}”缺少“%”：同列的其他比率都带“%”，应写作“{num}%”。",
                bi, b, sentence_at(b.text, m.start()), bare, expected=f"{num}%",
            ))
        if "万元" in b.text:
            for m in _WAN.finditer(b.text):
                read = _wan_read(blocks, b, m)
                if read == "plain":
                    continue  # 「国内公务接待支出0.52万（含外宾接待支出0万元）」: as the template writes it
                shown = Figure(Decimal(m.group(1).replace(",", "")), "", m.group(0), m.start(), m.end(), 2)
                if read == "slip":
                    wan = shown.value / MONEY_UNITS["万元"]
                    exp = wan.normalize().as_tuple().exponent
                    places = -exp if isinstance(exp, int) and exp < 0 else 0
                    right = f"{wan:,.{max(2, places)}f}万元"  # 5,236元: 0.5236万元
                    out.append(finding(
                        CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                        f"“{m.group(0)}”按万元读比同段、全文的其他金额大上千倍，疑是按元填列的数字写了“万”："
                        f"{m.group(1)}元即{right}，应为“{right}”（元与万元写混，请核对）。",
                        bi, b, sentence_at(b.text, m.start()), shown, expected=right,
                    ))
                    continue
                out.append(finding(
                    CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                    f"“{m.group(0)}”缺少“元”字：应写作“{m.group(1)}万元”。",
                    bi, b, sentence_at(b.text, m.start()), shown, expected=f"{m.group(1)}万元",
                ))
    return out


def _wan_read(blocks: list[Block], b: Block, m: re.Match[str]) -> str:
    """"plain" where an amount in 万 without 元 (「0.52万」) is a 万元 amount beyond doubt, as the official 2024
    template itself writes one (「国内公务接待支出XX万（含外宾接待支出XX万元）」): its sentence (or, with no other,
    its paragraph) writes its other amounts in 万元, none in 元; and its magnitude is theirs — within 1,000 times
    the largest amount written with 万元 in its paragraph (else in the text). "slip" where it is beyond that (a 元
    amount given 万 is 10,000 times too large: 「5,200.00万」 for 5,200元 beside 0.52万元); "" where the sentence
    says no unit or nothing measures it."""
    value = Decimal(m.group(1).replace(",", "")) * MONEY_UNITS["万元"]
    near = [f for f in find_figures(sentence_at(b.text, m.start())) if f.is_money] or [
        f for f in find_figures(b.text) if f.is_money]  # each amount of the sentence in 万: its paragraph's
    if not near or any(f.unit != "万元" for f in near):
        return ""

    def written(texts: list[str]) -> Decimal:  # the largest amount written with 万元 (not in 万 as it is)
        return max((f.yuan() for t in texts for f in find_figures(t) if f.raw.endswith("万元")), default=Decimal(0))

    largest = written([b.text]) or written([x.text for x in blocks if not x.is_table])
    if not largest:
        return ""  # nothing to measure it by
    return "plain" if value <= 1000 * largest else "slip"


def _bare(m: re.Match[str]) -> Figure:
    """The figure written without its unit, as written."""
    num = m.group("num")
    clean = num.replace(",", "").replace("，", "")
    return Figure(Decimal(clean), "", num, m.start("num"), m.end("num"), len(clean.partition(".")[2]))


def _levels_without_unit(bi: int, b: Block) -> list[ReviewFinding]:
    """ "支出决算为1,234.56，比上年增加12.34万元": an amount named as one, with no unit, beside amounts
    that all carry the same unit — that unit was left out."""
    out = []
    for m in _LEVEL_NO_UNIT.finditer(b.text):
        sent = sentence_at(b.text, m.start())
        units = {f.unit for f in find_figures(sent) if f.is_money}
        if len(units) != 1 or m.end() == len(b.text):
            continue
        unit = next(iter(units))
        out.append(finding(
            CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
            f"“{m.group('num')}”缺少单位：同句金额均以“{unit}”为单位，应写作“{m.group('num')}{unit}”。",
            bi, b, sent, _bare(m), expected=f"{m.group('num')}{unit}",
        ))
    return out


def rule_unit_slips(blocks: list[Block]) -> list[ReviewFinding]:
    """ "公务接待费1.58元" where the same amount is written 1.58万元 elsewhere and its paragraph's other
    amounts are all in 万元: the 万 was left out (a ten-thousandfold slip). In a text that writes its amounts in
    元 the slip is a 元 figure whose ten thousand times is the amount stated elsewhere (「机关运行经费161.05元」
    where the text says 公用经费1,610,500.00元, or a 公开 table 161.05万元): its 应为 is in 元."""
    if usual_unit([b.text for b in blocks if not b.is_table]) == "元":
        return _unit_slips_in_yuan(blocks)
    wan: set[str] = set()
    for b in blocks:
        if not b.is_table:
            wan.update(f.raw.replace(" ", "").removesuffix("万元") for f in find_figures(b.text) if f.unit == "万元")
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        figs = [f for f in find_figures(b.text) if f.is_money]
        yuan = [f for f in figs if f.unit == "元"]
        if len(yuan) != 1 or len(figs) < 2 or not wan:
            continue
        f = yuan[0]
        number_ = f.raw.replace(" ", "").removesuffix("元")
        if f.value and f.decimals >= 1 and number_ in wan:
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{f.raw}”漏写“万”：{where}中为{number_}万元，本段其余金额也以万元为单位。"
                if (where := stated_elsewhere(blocks, bi, number_)) else
                f"“{f.raw}”漏写“万”：同一金额别处写作“{number_}万元”，本段其余金额也以万元为单位。",
                bi, b, sentence_at(b.text, f.start), f, expected=f"{number_}万元",
            ))
        elif f.value and f.decimals >= 1 and (fit := _share_in_wan(b.text, f)) is not None:
            said, why = fit
            out.append(finding(
                CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                f"“{f.raw}”漏写“万”：本段{said}按{number_}万元计算才相符，本段其余金额也以万元为单位。",
                bi, b, sentence_at(b.text, f.start), f, expected=f"{number_}万元", why=why,
            ))
    return out


def _share_in_wan(text: str, f: Figure) -> tuple[str, str] | None:
    """(the share as written, its arithmetic) of a share of paragraph ``text`` that holds with ``f`` (its one amount
    in 元) read in 万元 and not as written: its own share of a whole the paragraph states (「授予中小企业合同金额
    612.35元，占政府采购支出总额的83.15%」 after 「政府采购支出总额736.48万元」), or a part's share of it (「其中：
    授予小微企业合同金额418.60万元，占授予中小企业合同金额的68.36%」); None when no share says so."""
    from .share_bases import whole_names

    wan = replace(f, unit="万元", raw=f"{f.raw.replace(' ', '').removesuffix('元')}万元")
    sents = sentences(text)
    named: dict[str, Figure] = {}
    at = {id(g.f): s.start + g.f.start for s in sents for g in s.figs}  # each figure's place in the paragraph
    for s in sents:
        for g in s.figs:
            if g.role == "level" and not g.paren and g.f.is_money:
                for key in whole_names(re.split(r"[，,。；;：:、]", g.pre)[-1].strip().rstrip("为是")):
                    named.setdefault(key, g.f)
    for s in sents:
        for i, g in enumerate(s.figs):
            if g.role != "share" or not g.f.value:
                continue
            part = next((x.f for x in reversed(s.figs[:i]) if x.role == "level" and not x.paren and x.f.is_money
                         and x.clause == g.clause), None)
            whole = g.share_base or next((named[k] for k in whole_names(g.share_of) if k in named), None)
            if part is None or whole is None or part is whole:
                continue
            mine = [x for x in (part, whole) if at.get(id(x), s.start + x.start) == f.start]
            if not mine:
                continue
            part_, whole_ = (wan if part is mine[0] else part), (wan if whole is mine[0] else whole)
            as_written, as_wan = iv_ratio(iv(part), iv(whole)), iv_ratio(iv(part_), iv(whole_))
            if as_wan is not None and meets(as_wan, iv(g.f)) and (as_written is None or not meets(as_written, iv(g.f))):
                return (f"“{g.pre.lstrip('，,；; ')}{g.f.raw}”",
                        f"{part_.raw} ÷ {whole_.raw} × 100% = {number(point(iv(part_), iv(whole_)))}%")
    return None


def _unit_slips_in_yuan(blocks: list[Block]) -> list[ReviewFinding]:
    from .text_table import table_kind

    stated: dict[Decimal, str] = {}  # amount (元) → where it is stated
    for b in blocks:
        if b.is_table:
            unit = table_unit(b) if b.unit or "元" in b.caption + b.title else ""
            for cell in (c for row in b.rows for c in row if unit):
                for f in find_figures(cell, bare_money=True):
                    if f.value and (f.is_money or not f.unit) and "." in f.raw:  # an amount, not a code
                        stated.setdefault(f.value * MONEY_UNITS[f.unit or unit],
                                          f"{table_kind(b) or '公开表'}中为{f.raw}{'' if f.unit else unit}")
        else:
            for f in find_figures(b.text):
                if f.is_money and f.value:
                    stated.setdefault(f.yuan(), f"别处为{f.raw}")
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for f in find_figures(b.text):
            where = stated.get(f.yuan() * 10000) if f.unit == "元" and f.value and f.decimals == 2 else None
            if where:
                right = f"{f.yuan() * 10000:,.2f}元"
                out.append(finding(
                    CODES["R-UNIT-MISSING"].level, "R-UNIT-MISSING",
                    f"“{f.raw}”漏写“万”：同一金额{where}，应为“{right}”。",
                    bi, b, sentence_at(b.text, f.start), f, expected=right,
                ))
    return out


def _unit_opens(blocks: list[Block], bi: int) -> bool:
    """The block after ``bi`` opens with a unit: the figure ending ``bi`` goes on in it."""
    nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
    return nxt is not None and not nxt.is_table and nxt.text.lstrip().startswith(("元", "万元", "%", "个百分点"))


# the rate of the change just written, in the clause after it: 「减少484.05，降低11.1%」
_OWN_RATE = re.compile(rf"\s*[，,]\s*(?:{DIR}|降幅|增幅|增长率|下降率)了?(?:为)?\s*\d+(?:\.\d+)?\s*[%％]")
# a bracket between a rate and its %: "增长29.1)%"
_STRAY_CLOSE = re.compile(r"\s*[)）]\s*[%％]")
# an amount in 万 without 元 where the text writes 万元 elsewhere: "0.40万（含…"
_WAN = re.compile(r"(?<![\d.])(\d+(?:,\d{3})*\.\d{2})\s*万(?=[（(，,。；;）)、])")


# the template's notes to the writer, in parentheses: "（不涉及的不列）", "（如持平作持平表述）",
# "（仅有一个单位的部门，本部分内容为“机构设置”）", a request to the writer ("（注:请单位根据实际注明页码）"), what to
# write by ("（参照批准的“三定”方案）"), a field to fill ("（部门名称）", "（部门简称）"); and its placeholders: "XX局",
# "XXX万元"
_NOTE = re.compile(r"[（(][^（）()]{0,30}?(?:不涉及的不列|如持平|作[^（）()]{0,6}表述|本部分内容为|以下同|仅有一个单位|"
                   r"请填|按实际填|请(?:各|本)?(?:单位|部门)|根据实际(?:情况)?(?:注明|填写|填列|选择)|"
                   r"参照(?:批准|核定|审定|印发)的|(?:名称|简称|全称)(?=[）)]))[^（）()]{0,40}[）)]")
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:XX+|xx+|××+|＊＊+)(?![A-Za-z])")
# what a writer or a generator leaves where the content should be: 「主要用于：未填报。」, 「【待填写：主要职能】」,
# 「（略）」; not the word used of others (「未填报的单位」) nor explained (「留空表示未填报」, 「写“未填报”」,
# 「整列都未填才是未填报」)
_FILLER = re.compile(r"(?<![示写指为是“\"「])(?:未填报|未填写|待填写|待补充|待完善)(?![的单位人”\"」])"
                     r"|[（(]\s*略\s*[）)]|(?<=[：:])\s*略(?=\s*[。；;]|$)")


def filled_in(blocks: list[Block]) -> bool:
    """Whether the text is written (amounts filled in, far more than placeholders left), not the
    template itself."""
    texts = [b.text for b in blocks if not b.is_table]
    filled = sum(1 for t in texts for f in find_figures(t) if f.is_money)
    left = sum(len(_PLACEHOLDER.findall(t)) for t in texts)
    # a text of its own with one or two placeholders left ("2023年度XX项目绩效评价报告" in a 目录) is filled in
    written = left <= 2 and sum(len(t) for t in texts) >= 300
    return written or (filled >= 3 and left * 2 <= filled)


def _what_to_write(text: str, m: re.Match[str]) -> str:
    """What a filler stands for, in the sentence's own words: 「主要用于：未填报」 → 写明主要用于的内容;
    「2024年度未填报预算绩效管理情况」 → 写明预算绩效管理情况; 「【待填写：主要职能】」 → 写明主要职能."""
    after = re.match(r"[：:]?\s*([^。；;，,：:【】（）()]{2,20}?)\s*(?:】|[。；;]|$)", text[m.end():])
    before = re.search(r"([^。；;，,：:【】\d]{2,16})[：:]\s*$", text[: m.start()].rstrip("【"))
    if after and not before:
        return f"写明{after.group(1)}"
    if before:
        return f"写明{before.group(1).strip()}的内容"
    # "…决算数小于预算数的主要原因未填报": what is named right before it
    named = re.search(r"(?:的|^)([^。；;，,：:【】\d的]{2,12})$", text[: m.start()])
    return f"写明{named.group(1)}" if named else "填入实际内容"


_SOLVING: ContextVar[bool] = ContextVar("solving_blank", default=False)
_BLANK_UNIT = re.compile(r"\s*(%|％|亿元|万元|元)")


def _probe(b: Block, m: re.Match[str], value: str) -> list[ReviewFinding]:
    """The paragraph's findings with the placeholder ``m`` written as ``value``, in its sentence."""
    from .. import review_blocks  # the runner: a rule that asks what the other rules say of a filled-in blank

    text = b.text[: m.start()] + value + b.text[m.end():]
    sent = sentence_at(text, m.start())
    token = _SOLVING.set(True)
    try:
        return [f for f in review_blocks([replace(b, text=text)]) if f.quote.strip() == sent.strip()]
    finally:
        _SOLVING.reset(token)


def _amount(text: str) -> Figure | None:
    figs = find_figures(text)
    return figs[0] if len(figs) == 1 and figs[0].raw == text.strip() else None


def solve_blank(b: Block, m: re.Match[str]) -> tuple[str, str, str]:
    """What a placeholder in a figure's place (「增长XX%」, 「货物采购金额XX万元」) must be for its
    paragraph to agree with itself, as (the placeholder with its unit, the value): the other rules are
    asked with a trial figure there; one that states the figure's correct value (a rate from its amounts)
    gives it, one that corrects another figure by exactly as much as the trial one moves (a total of
    parts) gives it by solving; the value is kept only when, written in, no rule objects. With it, how it
    is computed; ("", "", "") when the paragraph does not settle it."""
    unit = _BLANK_UNIT.match(b.text, m.end())
    if unit is None:
        return _count_slot(b, m)
    written, u = b.text[m.start(): unit.end()], unit.group(1)
    first = _probe(b, m, "1.00")
    candidates = [(f.expected, f.why if "1.00" not in f.why else "")
                  for f in first if f.figure.strip() == f"1.00{u}" and _amount(f.expected)]
    if not candidates:
        second = {(f.code, f.figure): f.expected for f in _probe(b, m, "2.00")}
        for f in first:
            e1, e2 = _amount(f.expected), _amount(second.get((f.code, f.figure), ""))
            said = _amount(f.figure)
            if e1 is None or e2 is None or said is None or e1.unit != said.unit or said.unit != u:
                continue
            slope = e2.value - e1.value
            if slope in (1, -1):  # the corrected figure moves with the trial one: a sum of parts
                value = Decimal(1) + (said.value - e1.value) / slope
                rest = abs(e1.value - 1)
                if value >= 0:
                    candidates.append((f"{number(value)}{u}", f"{said.raw} {'−' if slope > 0 else '+'} "
                                       f"{number(rest)}{u}（同句其余各项） = {number(value)}{u}"))
    for answer, why in dict.fromkeys(candidates):
        if (shown := _amount(answer)) is not None and shown.unit == u and not any(
                f.expected for f in _probe(b, m, answer.removesuffix(u))):
            return written, answer, why
    return written, "", ""


def _count_slot(b: Block, m: re.Match[str]) -> tuple[str, str, str]:
    """A count's placeholder in a 其中 list of a count total (「（其中，…“良”的项目4个；…“合格”的项目XX个；…）」): the
    count the total leaves it (counts.count_blank), kept when, written in, no rule objects."""
    value, why = count_blank(b.text, m.start(), m.end())
    count = re.match(r"\d+", value)
    if count is None or any(f.expected for f in _probe(b, m, count.group(0))):
        return "", "", ""
    return b.text[m.start(): m.end() + len(value) - count.end()], value, why


def rule_template_notes(blocks: list[Block]) -> list[ReviewFinding]:
    """A filled-in text (amounts with their 分 stated, far more than placeholders) still carrying the
    template's notes to the writer or its placeholders. The empty template itself is left alone."""
    if not filled_in(blocks):
        return []  # the template itself ("XXX万元"; its one fixed amount, "单价100万元以上") or mostly unfilled
    from .placeholders import name_slots, rule_name_placeholders  # the unit's name left as XX: said there, once

    named = {(bi, k) for bi, start, end, _ in name_slots(blocks) for k in range(start, end)} \
        if rule_name_placeholders(blocks) else set()
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _NOTE.finditer(b.text):
            note = m.group(0)
            out.append(finding(
                Level.WARNING, "R-TEMPLATE",
                f"模板给填写人的说明“{note}”未删除（删去前按此说明核对本句）。", bi, b, sentence_at(b.text, m.start()),
                expected=f"删去“{note}”",
            ))
        for m in _PLACEHOLDER.finditer(b.text):
            if (bi, m.start()) in named:
                continue
            written, value, why = solve_blank(b, m) if not _SOLVING.get() else ("", "", "")
            out.append(replace(finding(
                Level.WARNING, "R-TEMPLATE",
                f"模板的占位符“{m.group(0)}”未填写：按同段的数字应为{value}。" if value
                else f"模板的占位符“{m.group(0)}”未填写：同段的数字算不出它，请填入实际内容。",
                bi, b, sentence_at(b.text, m.start()), expected=value, why=why,
            ), figure=written))
        for m in _FILLER.finditer(b.text):
            sent = sentence_at(b.text, m.start())
            out.append(finding(
                Level.WARNING, "R-TEMPLATE",
                f"正文留有占位文字“{m.group(0).strip()}”：“{sent.strip()[:40]}”一句的内容未填写，不应公开。",
                bi, b, sent, expected=_what_to_write(b.text, m),
            ))
    return out


def rule_change_without_word(blocks: list[Block]) -> list[ReviewFinding]:
    """ "较上年决算数B万元C万元，增长D%": the change C follows its base with no 增加/减少 (the template's
    word left empty). The word it needs comes from the subject A − B, else from the 增长/下降 after it."""
    out = []
    for bi, b, s in text_sentences(blocks):
        figs = s.figs
        for i in range(1, len(figs)):
            base, c = figs[i - 1], figs[i]
            if not (base.role == "base" and c.f.is_money and base.f.is_money and c.role == "level"
                    and not s.text[base.f.end : c.f.start].strip() and c.clause == base.clause):
                continue
            subject = next((g for g in reversed(figs[: i - 1]) if g.role == "level" and g.f.is_money
                            and not g.paren and g.clause == base.clause), None)
            after = next((g for g in figs[i + 1 :] if g.role == "pct" and g.clause == c.clause), None)
            if subject is not None and subject.f.yuan() != base.f.yuan():
                word = "增加" if subject.f.yuan() > base.f.yuan() else "减少"
            elif after is not None and after.sign:
                word = "增加" if after.sign > 0 else "减少"
            else:
                word = "增加或减少"
            out.append(finding(
                Level.INFO, "R-WORDING",
                f"“{base.f.raw}{c.f.raw}”之间缺少“{word}”：增减额没有方向。",
                bi, b, s.text, c.f, f"{_compared_to(base.pre)}{base.f.raw}{word}{c.f.raw}",
            ))
    return out


def read_as_change(figs: list, i: int) -> tuple[int, Figure | None]:
    """ "A，较上年决算数X，下降R%": the sign X has when it is the change, not the base — when an amount A
    before it makes R exactly C ÷ (A ∓ C) while X as the base of A gives another rate; and that A."""
    base = figs[i]
    after = figs[i + 1] if i + 1 < len(figs) else None
    if not (base.role == "base" and base.f.is_money and after is not None and after.role == "pct" and after.sign
            and after.clause == base.clause):
        return 0, None
    subjects = [g.f for g in figs[:i] if g.role == "level" and g.f.is_money and not g.paren]
    c = iv(base.f)
    fits = []
    for a in subjects:
        as_base = iv_ratio(iv_sum([iv(a), iv_neg(c)]), c)
        if as_base is not None and meets((abs(as_base[0]), abs(as_base[1])) if as_base[0] >= 0
                                         else (-as_base[1], -as_base[0]), iv(after.f)):
            return 0, None  # X read as last year's amount agrees with the rate: nothing is missing
        before = iv_sum([iv(a), c if after.sign < 0 else iv_neg(c)])
        r = iv_ratio(c, before)
        if r is not None and before[0] > 0 and meets(r, iv(after.f)):
            fits.append(a)
    return (after.sign, fits[-1]) if fits else (0, None)


def rule_base_that_is_a_change(blocks: list[Block]) -> list[ReviewFinding]:
    """ "本年支出568.5万元，较2023年度决算数38.31万元，下降6.31%": the amount after 较 is the change
    (38.31 ÷ (568.5 + 38.31) = 6.31%), not last year's amount — its 增加/减少 is missing."""
    out = []
    for bi, b, s in text_sentences(blocks):
        for i, g in enumerate(s.figs):
            sign, a = read_as_change(s.figs, i)
            if not sign or a is None:
                continue
            word = "增加" if sign > 0 else "减少"
            out.append(finding(
                Level.WARNING, "R-WORDING",
                f"“{_compared_to(g.pre)}{g.f.raw}”缺少“{word}”：{g.f.raw}是增减额（与其后的增减幅度相符），"
                f"不是上年的金额。",
                bi, b, s.text, g.f, f"{_compared_to(g.pre)}{word}{g.f.raw}",
                f"{_digits(g.f)} ÷ ({_digits(a)} {'+' if sign < 0 else '−'} {_digits(g.f)}) × 100% = "
                f"{number(point(iv(g.f), iv_sum([iv(a), iv(g.f) if sign < 0 else iv_neg(iv(g.f))])))}%",
            ))
    return out


def _digits(f: Figure) -> str:
    return re.sub(r"[^\d.,-]", "", f.raw)


def _compared_to(pre: str) -> str:
    """ "较上年决算数" of the words before a base: from its 较/比 on."""
    k = max(pre.rfind("较"), pre.rfind("比"))
    return pre[k:] if k >= 0 else pre.lstrip("，, ")


# a comparison whose 与 / 同 / 比 is missing: "，2023年度相比，减少…" (the clause opens with the year)
_NO_WITH = re.compile(r"(?:^|(?<=[，,。；;：:]))\s*((?:19|20)\d\d年度?|上年度?|去年)(?:同期)?相比"
                      r"(?=\s*[，,]|\s*(?:增加|减少|增长|下降))")
# two opposite budget words run together before an amount: "支出收入2002.80万元"
_BOTH_WORDS = re.compile(r"(?<![收支])(支出收入|收入支出)(?:为|是)?\s*(?=\d[\d,，.]*\s*(?:亿元|万元|元))")
# a budget word cut to its first character and run into 「其中」: "减少新冠疫情防控经费支其中："
_CUT_WORD = re.compile(r"(?<=[\u4e00-\u9fff])([支收])(其中\s*[：:，,])")
_WHOLE = {"支": "支出", "收": "收入"}
# a vertical bar typed for the 、 of a list of names, in a sentence that parts its other names with 、:
# 「省委、省政府，市委|市政府和区委、区政府」 (the words each side, to the list's next joint)
_BAR = re.compile(r"([\u4e00-\u9fff]{1,6})\s*[|｜]\s*([\u4e00-\u9fff]{1,6}?)(?=[和与及、，,；;。]|$)")


def rule_word_slips(blocks: list[Block]) -> list[ReviewFinding]:
    """Words left out or run together in running text: 「，2023年度相比，」 without its 与; 「支出收入2002.80万元」
    (the clause before says 收入: 支出 is meant); 「经费支其中：」 (支出 cut, and the sentence runs into 其中);
    「市委|市政府」 (a bar for the 、 the sentence parts its other names with)."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for s in sentences(b.text):
            bars = list(_BAR.finditer(s.text))
            if len(bars) != 1 or s.text.count("|") + s.text.count("｜") != 1 or "、" not in s.text \
                    or not s.text.rstrip().endswith(("。", "；", ";")):
                continue  # a sentence of its own with one bar, not a row of cells or a page's links
            m, written = bars[0], bars[0].group(0)
            right = f"{m.group(1)}、{m.group(2)}"
            out.append(replace(finding(
                CODES["R-WORD-SLIP"].level, "R-WORD-SLIP", f"“{written}”中的“|”应为顿号：应为“{right}”。",
                bi, b, s.text, expected=right), figure=written))
        for m in _NO_WITH.finditer(b.text):
            written = m.group(0).strip()
            out.append(replace(finding(
                CODES["R-WORD-SLIP"].level, "R-WORD-SLIP", f"“{written}”缺少“与”：应为“与{written}”。",
                bi, b, sentence_at(b.text, m.start(1)), expected=f"与{written}"), figure=written))
        for m in _BOTH_WORDS.finditer(b.text):
            before = b.text[max(0, b.text.rfind("。", 0, m.start()) + 1) : m.start()]
            said = re.findall(r"(收入|支出)[^，,；;。]{0,6}?\d", before)
            keep = ("支出" if said[-1] == "收入" else "收入") if said else "收入”或“支出"
            out.append(replace(finding(
                CODES["R-WORD-SLIP"].level, "R-WORD-SLIP",
                f"“{m.group(1)}”两个词连在一起：应为“{keep}”。", bi, b, sentence_at(b.text, m.start()),
                expected=keep), figure=m.group(1)))
        for m in _CUT_WORD.finditer(b.text):
            whole = _WHOLE[m.group(1)]
            written = b.text[max(0, m.start() - 2) : m.start()] + m.group(1) + "其中"
            out.append(replace(finding(
                CODES["R-WORD-SLIP"].level, "R-WORD-SLIP",
                f"“{written}”：“{whole}”少了一个字，句子未结束就接“其中”：应为“{written[:-3]}{whole}。其中”。",
                bi, b, sentence_at(b.text, m.start()), expected=f"{written[:-3]}{whole}。其中"), figure=written))
    return out
