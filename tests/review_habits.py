"""Typing habits real offices have, each applied document-wide to a document's text (its paragraphs, never its
tables, never a figure's value): what benchmarks/bench_review_habits.py applies to documents with no error in
them, where every alarm is false. One habit no earlier hand had once gave 25 false alarms in one document."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from juesuan.review.blocks import Block, Blocks, normalize, table_unit

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
_AMOUNT = re.compile(r"(?<![\d.,])(\d[\d,]*)(\.\d+)?(?=\s*(?:亿元|万元|元))")
_PERCENT = re.compile(r"(?<![\d.,])(\d[\d,]*\.\d\d)(?=%)")
_SMALL = re.compile(r"(?<![\d.,年月])([1-9]|10)(?=[个项辆人家次名所台套批处])")
_CN = "零一两三四五六七八九十"  # 「两个」, never 「二个」
_LISTED = re.compile(r"^\s*(?:\d+[.、．]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")


def _grouped(m: re.Match) -> str:
    whole = m.group(1).replace(",", "")
    return f"{int(whole):,}{m.group(2) or ''}"


def _one_decimal(m: re.Match) -> str:
    """A percentage with two decimals shown with one, rounded right where its two decimals settle it (12.34 →
    12.3); a 5 in the second place (12.35: 12.345 … 12.355) cannot be rounded right from the text and stays."""
    text = m.group(1)
    if text.endswith("5"):
        return text
    return str(Decimal(text.replace(",", "")).quantize(Decimal("0.1"), ROUND_HALF_UP))


_WAN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)万元")


def _in_yuan(m: re.Match) -> str:
    """An amount in 万元 written in 元, grouped, with two decimals (「1,234.56万元」 → 「12,345,600.00元」); one
    rounded coarser than 百元 stays (「1,729万元」 is 17,286,900元 in the table: 「17,290,000.00元」 would not hold)."""
    if len(m.group(1).partition(".")[2]) < 2:
        return m.group()
    return f"{Decimal(m.group(1).replace(',', '')) * 10000:,.2f}元"


def _wan_without_yuan(text: str) -> str:
    """「0.52万（含外宾接待支出0万元）」 as the official 2024 template writes it: the amounts of a sentence on 接待, and
    an amount with a bracket after it, in 万 without 元 (a few of a document's)."""
    def one(m: re.Match) -> str:
        start = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1
        end = text.find("。", m.end())
        return m.group(1) + "万" if "接待" in text[start: end if end >= 0 else len(text)] or \
            text[m.end():m.end() + 1] in "（(" else m.group()
    return re.sub(r"(?<![\d.,])(\d[\d,]*\.\d\d)万元(?=[（(，,。；;）)、])", one, text)


def _full_width(text: str) -> str:
    # the thousands comma of a figure typed as 「，」 too: 「１，２３４．５６万元」
    return re.sub(r"(?<=\d),(?=\d{3})", "，", text).translate(_FULL) if re.search(r"\d", text) else text


_FIG = r"\d[\d,]*(?:\.\d+)?"
_CNS = "一二三四五六七八九十"


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _yi(m: re.Match, beside: bool) -> str:
    """An amount of 1亿元 or more in 亿元 with two decimals (「10644.55万元」 → 「1.06亿元」, right to its own
    precision); ``beside``: after the 万元 in brackets (「10644.55万元（1.06亿元）」)."""
    wan = _dec(m.group(1))
    if wan < 10000:
        return m.group()
    yi = f"{(wan / 10000).quantize(Decimal('0.01'), ROUND_HALF_UP)}亿元"
    return f"{m.group()}（{yi}）" if beside else yi


def _about(m: re.Match) -> str:
    """「增长4.37%」 → 「增长约4.4%」, 「占83.13%」 → 「约占83.1%」: a percentage said to one decimal with 约."""
    one = _dec(m.group(2)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"约占{one}" if m.group(1) == "占" else f"{m.group(1)}约{one}"


def _bound(m: re.Match, word: str) -> str:
    """A change of 10万元 or more that is not whole said by a bound that holds: 「增加近446万元」 (445.93 is near
    446, below it), 「增加超过445万元」."""
    value = _dec(m.group(2))
    if value < 10 or value == value.to_integral_value():
        return m.group()
    whole = value.quantize(Decimal("1"), ROUND_CEILING if word == "近" else ROUND_FLOOR)
    return f"{m.group(1)}{word}{whole}万元"


def _reasons(m: re.Match) -> str:
    """「主要原因：A，B；C。」 → 「主要原因：一是A；二是B；三是C。」 (clauses of two or more; one reason stays)."""
    parts = [p for p in re.split(r"[，；]", m.group(2)) if p]
    if len(parts) < 2 or len(parts) > len(_CNS) or "一是" in m.group(2):
        return m.group()
    return m.group(1) + "：" + "；".join(f"{_CNS[k]}是{p}" for k, p in enumerate(parts)) + m.group(3)


def _levels(t: str) -> str:
    """Headings one level down under 第X部分: 「一、」 → 「（一）」, 「（一）」 → 「1.」, 「1、」 → 「（1）」."""
    m = re.match(r"^(\s*)(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\d+)[、.．])", t)
    if not m:
        return t
    if m.group(2):
        head = f"（{m.group(2)}）"
    elif m.group(3):
        cn = m.group(3)
        n = 10 + (_CNS.index(cn[-1]) + 1 if len(cn) > 1 else 0) if cn.startswith("十") else _CNS.index(cn[0]) + 1
        head = f"{n}."
    else:
        head = f"（{m.group(4)}）"
    return m.group(1) + head + t[m.end():]


def _list_lines(t: str) -> str:
    """「…，其中：A；B；C。…」 as lines: the sentence up to 「其中：」, then one part a line (a paragraph each)."""
    m = re.search(r"其中[：:]", t)
    if not m:
        return t
    end = t.find("。", m.end())
    body, rest = (t[m.end():], "") if end < 0 else (t[m.end():end], t[end + 1:])
    parts = body.split("；")
    if len(parts) < 2:
        return t
    lines = [t[:m.end()], *(p + "；" for p in parts[:-1]), parts[-1] + ("。" if end >= 0 else "")]
    return "\n".join([*lines, rest] if rest else lines)


def _last(text: str, m: re.Match, word: str) -> str:
    """``word`` for the year named in ``m`` — unless its sentence has that year's own amount before it
    (「2023年度收入、支出总计均为A，较2023年度增加C」: 较上年 would compare 2023 with 2022)."""
    year = m.group("y") or m.group("y2")
    own = re.search(rf"(?<![比较与同]){year}年", text[text.rfind("。", 0, m.start()) + 1:m.start()])
    return m.group() if own else word


def _tongbi(text: str, m: re.Match) -> str:
    """「同比增长」 — unless the rate's comparison is with a 预算 (「比年初预算减少744万元，下降28.94%」: 同比 is only
    for last year)."""
    before = re.split(r"[。；;]", text[:m.start()])[-1]
    against = re.findall(r"(?:比|较|与)([^，,。；]{0,8})", before)
    return m.group() if against and "预算" in against[-1] else "同比" + m.group()


_YEAR_BEFORE = re.compile(r"与(?P<y>\d{4})年度?相比|(?:比|较)(?P<y2>\d{4})年度?(?:决算数?)?")


HABITS: dict[str, Callable[[str], str]] = {
    "space-unit": lambda t: re.sub(r"(?<=\d)(?=(?:亿元|万元|元|%))", " ", t),  # 「12.34 万元」
    "fullwidth-percent": lambda t: t.replace("%", "％"),
    "fullwidth-digits": lambda t: _full_width(t),
    "no-separators": lambda t: re.sub(r"(?<=\d),(?=\d{3})", "", t),
    "separators-everywhere": lambda t: _AMOUNT.sub(_grouped, t),
    "wan-space-yuan": lambda t: t.replace("万元", "万 元"),
    "zengzhang-le": lambda t: re.sub(r"(增长|增加|减少|下降)(?=\d)", r"\1了", t),
    "zengfu-wei": lambda t: re.sub(r"(增长|下降)(?=\d[\d.]*%)", lambda m: "增幅为" if m[1] == "增长" else "降幅为", t),
    "bi-shangnian": lambda t: t.replace("较上年", "比上年"),
    "tongbi": lambda t: re.sub(r"较上年度?(?:决算数?)?", "同比", t),
    "ascii-comma-lists": lambda t: re.sub(r"(?<=[元%])，", ",", t),
    "percent-one-decimal": lambda t: _PERCENT.sub(_one_decimal, t),
    "chinese-small-counts": lambda t: _SMALL.sub(lambda m: _CN[int(m.group(1))], t),
    "no-xiang-mark": lambda t: t.replace("（项）", ""),
    "no-final-stop-in-lists": lambda t: t[:-1] if _LISTED.match(t) and t.endswith("。") else t,
    "ascii-brackets": lambda t: t.replace("（", "(").replace("）", ")"),
    "ascii-colon": lambda t: t.replace("：", ":"),
    "enum-dot": lambda t: re.sub(r"^(\s*\d+)、", r"\1.", t),
    "shangnian-words": lambda t: re.sub(r"与\d{4}年度?相比", "与上年相比", t),
    "nian-not-niandu": lambda t: re.sub(r"(?<=\d{4})年度", "年", t),
    "yuan-text": lambda t: _WAN.sub(_in_yuan, t),
    # session 13: habits of real offices none of the above covers
    "yi-totals": lambda t: _WAN.sub(lambda m: _yi(m, beside=False), t),
    "yi-beside": lambda t: _WAN.sub(lambda m: _yi(m, beside=True), t),
    # the year before said 「较上年」「较2023年」「上年同期」 (「与2023年度相比」「比2023年度决算数」 as written before)
    "jiao-shangnian": lambda t: _YEAR_BEFORE.sub(lambda m: _last(t, m, "较上年"), t),
    "jiao-year": lambda t: _YEAR_BEFORE.sub(lambda m: f"较{m.group('y') or m.group('y2')}年", t),
    "shangnian-tongqi": lambda t: re.sub(r"(?<=[较比与])上年(?!同期)", "上年同期", _YEAR_BEFORE.sub(
        lambda m: _last(t, m, "与上年同期相比" if m.group().startswith("与") else "较上年同期"), t)),
    "zengjian-bianhua": lambda t: re.sub(r"(?<=[。；])主要原因", "增减变化的主要原因", t),
    "juesuan-wei-yusuan": lambda t: re.sub(r"完成(年初|调整)?预算数?的(?=\s*\d)", r"决算数为\1预算数的", t),
    "execution-rate": lambda t: re.sub(r"完成(年初|调整)?预算数?的(?=\s*\d)",
                                       lambda m: f"{'调整' if m.group(1) == '调整' else ''}预算执行率为", t),
    "approx-yue": lambda t: re.sub(r"(增长|下降|占)(\d+\.\d{2})(?=%)", _about, t),
    "approx-jin": lambda t: re.sub(rf"(增加|减少)({_FIG})万元", lambda m: _bound(m, "近"), t),
    "approx-chaoguo": lambda t: re.sub(rf"(增加|减少)({_FIG})万元", lambda m: _bound(m, "超过"), t),
    "yi-er-reasons": lambda t: re.sub(r"(主要原因)(?:是|：|:)([^。]+)(。|$)", _reasons, t),
    "part-levels": _levels,
    "tongbi-zengzhang": lambda t: re.sub(r"(?<!同比)(增长|下降)(?=\s*\d[\d.]*%)", lambda m: _tongbi(t, m), t),
    "growth-rate": lambda t: re.sub(r"(增长|下降)(?=\s*\d[\d.]*%)",
                                    lambda m: "增长率为" if m.group(1) == "增长" else "降幅", t),
    "negative-growth": lambda t: re.sub(r"下降(\s*)(?=\d[\d.]*%)", r"增长\1-", t),
    "qizhong-lines": _list_lines,
}
# session 14: habits read in published texts of other provinces (the search tool's "pages": 四川, 广西, 云南, 湖南,
# 甘肃, 重庆, 财政部), none of which the habits above cover
_RATE_AHEAD = r"(?=\s*\d[\d.,]*\s*%)"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN_DIGITS = "〇一二三四五六七八九"


def _trimmed(m: re.Match) -> str:
    """「31.00%」 → 「31%」, 「10.80%」 → 「10.8%」: a percentage without its trailing zeros (the same value)."""
    return m.group(1) + (f".{m.group(2).rstrip('0')}" if m.group(2).rstrip("0") else "")


def _whole_wan(m: re.Match) -> str:
    """An amount in 万元 said in whole 万元, rounded half-up (「1,234.56万元」 → 「1,235万元」, grouped as written)."""
    whole = _dec(m.group(1)).quantize(Decimal(1), ROUND_HALF_UP)
    return f"{whole:,}万元" if "," in m.group(1) else f"{whole}万元"


def _numbered_reasons(m: re.Match) -> str:
    """「主要原因：A，B。」 → 「主要原因：（1）A；（2）B。」 (two or more clauses; one reason stays)."""
    parts = [p for p in re.split(r"[，；]", m.group(2)) if p]
    if len(parts) < 2 or "一是" in m.group(2) or "（1）" in m.group(2):
        return m.group()
    return m.group(1) + "：" + "；".join(f"（{k}）{p}" for k, p in enumerate(parts, 1)) + m.group(3)


def _cn_year(m: re.Match) -> str:
    return "".join(_CN_DIGITS[int(c)] for c in m.group(1))


HABITS.update({
    "jiangdi": lambda t: re.sub(r"下降" + _RATE_AHEAD, "降低", t),  # 「降低3.71%」
    "rate-zengjian": lambda t: re.sub(r"(增长|下降)" + _RATE_AHEAD, lambda m: "增加" if m[1] == "增长" else "减少", t),
    "percent-trim": lambda t: re.sub(r"(?<![\d.,])(\d+)\.(\d+)(?=\s*%)", _trimmed, t),  # 「下降31%」
    # 「完成年初预算100%」
    "wancheng-no-de": lambda t: re.sub(r"(完成(?:年初|调整|全年)?预算数?)的(?=\s*\d)", r"\1", t),
    "zhanbi": lambda t: re.sub(r"占(?=\s*\d)", "占比", t),  # 「占比85.09%」
    "zero-bare": lambda t: re.sub(r"(?<![\d.,])0\.0+(?=\s*(?:万元|亿元|元|%))", "0", t),  # 「0万元」「占0%」
    "wei-before-amount": lambda t: re.sub(r"(?<=[入出费金计额])(?=\d[\d,]*(?:\.\d+)?\s*(?:万元|元))", "为", t),
    # a PDF export's text: a space either side of each figure (「较 2022 年度决算数增加 0.78 万元」)
    "spaced-figures": lambda t: re.sub(r"(?<![\d.,\-−－])([-−－]?\d[\d,]*(?:\.\d+)?)(?=\s*(?:万元|亿元|元|%|年))",
                                       r" \1 ", t),
    "sangong-plain": lambda t: t.replace("“三公”", "三公"),  # 「三公经费」
    "ascii-quotes": lambda t: t.replace("“", '"').replace("”", '"'),
    "shangnian-juesuanshu": lambda t: re.sub(r"(?<=[较比])上年度?(?!同期|末|初|结转|决算|的)", "上年决算数", t),
    "zhuyao-shi-yinwei": lambda t: re.sub(r"(?<!的)主要原因(?:是|：|:)", "主要是因为", t),
    "reasons-numbered": lambda t: re.sub(r"(主要原因)(?:是|：|:)([^。]+)(。|$)", _numbered_reasons, t),
    # 「同比增长10.85%，增收2,798万元」: the rate before the amount
    "rate-before-amount": lambda t: re.sub(rf"(增加|减少)({_FIG}万元)，(增长|下降)({_FIG}%)", r"\3\4，\1\2", t),
    "qizhong-no-colon": lambda t: re.sub(r"其中[：:]", "其中，", t),
    "comma-lists": lambda t: t.replace("；", "，"),
    "wan-whole": lambda t: _WAN.sub(_whole_wan, t),  # 「3328万元」: whole 万元 throughout
    "shu-words": lambda t: re.sub(r"支出决算(?:为)?(?=\s*\d)", "决算数为", re.sub(r"年初预算(?:为)?(?=\s*\d)",
                                                                            "年初预算数为", t)),
    "gaoyu-diyu": lambda t: t.replace("大于", "高于").replace("小于", "低于"),
    "yizhi-chiping": lambda t: re.sub(r"(?<=预算数)一致", "持平", t),
    "date-iso": lambda t: re.sub(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日",
                                 lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", t),
    "cn-year": lambda t: re.sub(r"(?<!\d)((?:19|20)\d\d)(?=年)", _cn_year, t),  # 「二〇二四年度」
    "circled-paren": lambda t: re.sub(f"[{_CIRCLED}]", lambda m: f"（{_CIRCLED.index(m.group()) + 1}）", t),
    # session 16: the official 2024 template's own 「国内公务接待支出XX万（含外宾接待支出XX万元）」, copied
    "wan-without-yuan": _wan_without_yuan,
})

# session 17: the phrasings the opened stand-ins of sessions 14–16 taught the rules, tried on every other document
_WAN_FIG = rf"{_FIG}万元"
_COMPLETION = re.compile(
    rf"(?:支出)?(年初预算|预算)数?(?:为|是)?({_WAN_FIG})，((?:支出)?决算数?(?:为|是)?{_WAN_FIG})，"
    rf"完成(年初|调整)?预算数?的(?=\s*{_FIG}%)")


def _budget_in_completion(m: re.Match) -> str:
    """「年初预算为1,402.00万元，支出决算为1,387.12万元，完成年初预算的98.94%」 → 「支出决算为1,387.12万元，完成年初预算
    1,402.00万元的98.94%」: the budget said inside the completion words (where the sentence states both)."""
    spent = m.group(3) if m.group(3).startswith("支出") else "支出" + m.group(3)
    return f"{spent}，完成{m.group(4) or ''}预算{m.group(2)}的"


_ITEM = re.compile(r"(?:[^，。；：:（）\d.、\s]+（类）)?([^，。；：:（）\s]+)（款）([^，。；：:（）\s]+)（项）"
                   r"(?:（(\d{7})）)?[。：:]?")


def _code_first(m: re.Match) -> str:
    """「…（类）行政事业单位医疗（款）行政单位医疗（项）。」 → 「2101101行政单位医疗：」: a 项 named by its code first
    (the code the catalog gives its 款 and 项, or the one the text writes after it); one the catalog does not know
    stays."""
    from juesuan.core.catalog import FUNCTION_ITEMS, FUNCTION_SECTIONS

    code = m.group(3) or next((c for c, name in FUNCTION_ITEMS.items()
                               if name == m.group(2) and FUNCTION_SECTIONS.get(c[:5]) == m.group(1)), None)
    return f"{code}{m.group(2)}：" if code else m.group()


_LAST_YEAR_SAID = re.compile(rf"({_WAN_FIG})([，。；])(?:上年|20\d\d年度?)(?:决算数?)?(?:为|是)({_WAN_FIG})[，。；]?")


def _bracketed(m: re.Match) -> str:
    """「财政拨款收入支出总计4,877.69万元，2023年度为4,465.37万元，较…」 → 「…4,877.69万元（上年：4,465.37万元），
    较…」."""
    return f"{m.group(1)}（上年：{m.group(3)}）{m.group(2)}"


HABITS.update({
    "budget-in-completion": lambda t: _COMPLETION.sub(_budget_in_completion, t),
    "code-first-items": lambda t: re.sub(r"（(\d{7})）([^，。；：:（）\s]+)[：:]", r"\1\2：", re.sub(
        r"([^，。；：:（）\s]+)（项）（(\d{7})）[。：:]?", r"\2\1：", _ITEM.sub(_code_first, t))),
    "last-year-bracketed": lambda t: _LAST_YEAR_SAID.sub(_bracketed, t).replace("（上年为", "（上年："),
})

# habits on the document's blocks, not on one paragraph's text
TABLE_NOTE = "注：1.本表金额单位为{unit}。2.因四舍五入，合计数与各分项之和可能存在尾差。"


def _noted(blocks: list[Block]) -> list[Block]:
    """A 注： note under every table (its unit; rounding), as a paragraph of the table's section."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        out.append(b)
        if b.is_table:
            near = next((n for n in [*blocks[k + 1:], *reversed(blocks[:k])] if not n.is_table), None)
            note = TABLE_NOTE.format(unit=table_unit(b))
            if near is not None:
                out.append(replace(near, text=normalize(note), raw=note))
    return out


def _paragraph(near: Block, text: str) -> Block:
    return replace(near, text=normalize(text), raw=text)


def _year_words(blocks: list[Block]) -> list[Block]:
    """「本年度」「上年度」 for the report's year and the year before in the text (the title keeps its year)."""
    from juesuan.review.sentences import report_year

    year = report_year(blocks)
    if year is None:
        return blocks
    out = []
    for k, b in enumerate(blocks):
        if b.is_table or k < 2 or ("决算" in b.text and len(b.text) < 40):
            out.append(b)
            continue
        out.append(_paragraph(b, year_text(b.text, year)))
    return out


def year_text(text: str, year: int) -> str:
    """「本年度」 for ``year`` and 「上年度」 for the year before in one paragraph's text."""
    text = re.sub(rf"(?<!\d){year}年度?", "本年度", text)
    return re.sub(rf"(?<!\d){year - 1}年度(?!决算)", "上年度", text)


def _captions(blocks: list[Block]) -> list[Block]:
    """A chart's caption after each paragraph of shares (「（图1：收入决算结构图）」), as the office's Word had it."""
    out, k = [], 0
    for b in blocks:
        out.append(b)
        if not b.is_table and len(re.findall(r"占\d", b.text)) >= 2:
            k += 1
            out.append(_paragraph(b, f"（图{k}：决算结构图）"))
    return out


def _page_numbers(blocks: list[Block]) -> list[Block]:
    """A page footer 「— 5 —」 kept as a paragraph every ten blocks (a PDF's text pasted into Word)."""
    out = []
    for k, b in enumerate(blocks, 1):
        out.append(b)
        if k % 10 == 0 and not b.is_table:
            out.append(_paragraph(b, f"— {k // 10 + 1} —"))
    return out


def _page_header(blocks: list[Block]) -> list[Block]:
    """The site's header above the title: an index number, the date it was published."""
    first = next((b for b in blocks if not b.is_table), None)
    if first is None:
        return blocks
    head = ["索引号：11310115MB2F41234X/2025-00034", "发布日期：2025-09-18 16:08:34"]
    return [*(_paragraph(first, h) for h in head), *blocks]


_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)")


def _contents(blocks: list[Block]) -> list[Block]:
    """A 目录 whose lines end in dots and a page (「一、收入支出决算总体情况说明……3」): the document's own 目录's
    lines (up to the first heading said again, where the body begins), else one made of its headings, put just
    above the first of them (the title stays above)."""
    at = next((k for k, b in enumerate(blocks) if not b.is_table and b.text.replace(" ", "") == "目录"), None)
    out = list(blocks)
    if at is not None:
        seen: set[str] = set()
        for k in range(at + 1, len(blocks)):
            b = blocks[k]
            if b.is_table or b.text in seen:
                break
            seen.add(b.text)
            out[k] = _paragraph(b, f"{b.text}……{len(seen) + 1}")
        return out
    heads = [k for k, b in enumerate(blocks) if not b.is_table and _HEADING.match(b.text) and len(b.text) < 40]
    if not heads:
        return out
    first = blocks[heads[0]]
    toc = [_paragraph(first, "目录"), *(_paragraph(blocks[k], f"{blocks[k].text}……{n + 2}") for n, k in
                                          enumerate(heads))]
    return [*blocks[:heads[0]], *toc, *blocks[heads[0]:]]


def _unit_lines(blocks: list[Block]) -> list[Block]:
    """「单位：万元」 as a paragraph just above every table."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if b.is_table:
            near = next((n for n in [*reversed(blocks[:k]), *blocks[k + 1:]] if not n.is_table), None)
            if near is not None:
                out.append(_paragraph(near, f"单位：{table_unit(b)}"))
        out.append(b)
    return out


BLOCK_HABITS: dict[str, Callable[[list[Block]], list[Block]]] = {
    "table-notes": _noted,
    "bennian": _year_words,
    "chart-captions": _captions,
    "page-numbers": _page_numbers,
    "page-header": _page_header,
    "contents": _contents,
    "unit-lines": _unit_lines,
}


def with_habit(blocks: list[Block], name: str) -> list[Block]:
    """``blocks`` with the habit ``name`` applied to each paragraph's text as typed, read as the reader reads it
    (blocks.normalize: full-width digits as ASCII, spaces beside Chinese dropped); a paragraph the habit breaks
    into lines becomes one paragraph a line; "none": as they are."""
    if name == "none":
        return blocks
    if name in BLOCK_HABITS:
        out = Blocks(BLOCK_HABITS[name](blocks))
    else:
        habit = HABITS[name]
        out = Blocks(b if b.is_table else replace(b, text=normalize(line), raw=line)
                     for b in blocks for line in ([""] if b.is_table else habit(b.text).split("\n")))
    for key in ("notes", "pages", "coverage", "unread"):
        if hasattr(blocks, key):
            setattr(out, key, getattr(blocks, key))
    return out
