"""R-PURPOSE: what a 项 may be said to pay for.

Each common 项 of the 支出功能分类 has a meaning the 政府收支分类科目 fixes (2024): 住房公积金（2210201） the
住房公积金 the unit pays in for its staff, 行政单位医疗（2101101） the 行政单位's 基本医疗保险 contributions,
机关事业单位基本养老保险缴费支出（2080505） the 养老保险 contributions, 行政运行 a 行政单位's 基本支出, 事业运行 a
事业单位's, and so on (``KINDS``). The 情况说明 says for each 项 what it 主要用于; a purpose copied from the line
above names the other 项's matter. A finding when the purpose of one 项

- names another 项's unmistakable matter (医疗保险, 住房公积金, 职业年金 …) and none of its own words
  (住房公积金 「主要用于在职职工基本医疗保险单位缴费」) — 应为 its own matter said the same way; a 项 whose words are
  free (一般行政管理事务, 机关服务, 事业运行, a 项 not in ``KINDS``) only when its purpose is that matter alone;
- names the other side of a 行政/事业 pair and not its own (事业单位医疗 「主要用于局机关在职人员基本医疗保险缴费」).

The purpose is read wherever the 项's paragraph says it: right after the name, or in a later sentence or clause
(「…决算数为年初预算的102.29%。主要用于…」, 「该科目主要用于…」, 「…，主要用于…，决算数大于…」), never in a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..sentences import sentence_at


@dataclass(frozen=True)
class Matter:
    """A matter only one 项 pays for: how a purpose names it (``phrase``, with its payer and verb after it), and
    how the 项's own purpose says it (``noun`` + ``verb``)."""

    key: str
    phrase: str
    noun: str
    verb: str = ""


MATTERS = {m.key: m for m in (
    Matter("住房公积金", r"(?:职工)?住房公积金|公积金", "住房公积金", "缴存"),
    Matter("提租补贴", r"提租补贴", "提租补贴"),
    Matter("购房补贴", r"购房补贴", "购房补贴"),
    Matter("医疗", r"(?:职工|在职人员)?(?:基本)?医疗保险(?:费)?|医保", "基本医疗保险", "缴费"),
    Matter("公务员医疗补助", r"公务员医疗补助", "公务员医疗补助", "缴费"),
    Matter("养老", r"(?:机关事业单位)?(?:基本)?养老保险(?:费)?", "基本养老保险", "缴费"),
    Matter("职业年金", r"职业年金", "职业年金", "缴费"),
    Matter("离退休", r"离退休费|退休费|离休费", "离退休费"),
    Matter("抚恤", r"抚恤(?:金|费)?", "抚恤金"),
)}


@dataclass(frozen=True)
class Kind:
    """A 项 by its code (a 7-digit code, or a 2-digit ending under any 款) or, failing that, words of its name:
    its own ``matter`` (a key of MATTERS), the words its purpose may use (``own``: any one makes the purpose its
    own; "" = free wording), its ``side`` of a 行政/事业 pair, and the purpose its meaning gives (``meaning``, the
    应为 where the wrong words are not one phrase)."""

    name: str
    codes: tuple[str, ...]
    named: str
    own: str
    matter: str = ""
    side: str = ""
    meaning: str = ""


KINDS = (
    Kind("住房公积金", ("2210201",), "住房公积金", "公积金", "住房公积金", meaning="按规定为在职职工缴存的住房公积金"),
    Kind("提租补贴", ("2210202",), "提租补贴", "提租|租金补贴|租房补贴", "提租补贴", meaning="按规定发放的提租补贴"),
    Kind("购房补贴", ("2210203",), "购房补贴", "购房|住房补贴", "购房补贴", meaning="按规定发放的购房补贴"),
    Kind("行政单位医疗", ("2101101",), "行政单位医疗", "医疗|医保", "医疗", "行政",
         "行政单位在职人员基本医疗保险单位缴费"),
    Kind("事业单位医疗", ("2101102",), "事业单位医疗", "医疗|医保", "医疗", "事业",
         "事业单位在职人员基本医疗保险单位缴费"),
    Kind("公务员医疗补助", ("2101103",), "公务员医疗补助", "医疗", "公务员医疗补助", meaning="公务员医疗补助缴费"),
    Kind("基本养老保险缴费", ("2080505",), "基本养老保险", "养老", "养老", meaning="机关事业单位基本养老保险单位缴费"),
    Kind("职业年金缴费", ("2080506",), "职业年金", "年金", "职业年金", meaning="机关事业单位职业年金单位缴费"),
    Kind("行政单位离退休", ("2080501",), "行政单位离退休", "离退休|退休|离休", "离退休", "行政",
         "行政单位离退休人员的离退休费及补贴"),
    Kind("事业单位离退休", ("2080502",), "事业单位离退休", "离退休|退休|离休", "离退休", "事业",
         "事业单位离退休人员的离退休费及补贴"),
    Kind("抚恤", ("2080801", "2080802"), "抚恤", "抚恤", "抚恤"),
    Kind("行政运行", ("01",), "行政运行", "工资|人员|运转|运行|基本支出|公用|日常|办公|经费|津贴|福利", side="行政",
         meaning="在职人员工资福利和机关日常运转"),
    Kind("事业运行", ("50",), "事业运行", "", side="事业"),
    Kind("一般行政管理事务", ("02",), "一般行政管理事务", ""),
    Kind("机关服务", ("03",), "机关服务", ""),
)
FREE = Kind("", (), "", "")


def kind_of(code: str, name: str) -> Kind:
    """The 项's kind by its code, else by its name; FREE when neither is known."""
    for k in KINDS:
        if code and any(code == c if len(c) == 7 else (len(code) == 7 and code.endswith(c)) for c in k.codes):
            return k if len(k.codes[0]) == 7 or k.named in name or not name else FREE
    return next((k for k in KINDS if k.named and k.named in name), FREE)


# the side of a 行政/事业 pair a purpose names: 机关/行政单位 people, or 事业单位 ones (「机关事业单位」 is both)
_SIDES = {
    "行政": re.compile(r"行政单位|机关(?=在职|在编|工作人员|人员|公务员|干部|离退休|退休|本级|本部)|参公|公务员"
                     r"|(?:本|我)(?:局|委|办|院)|局(?:本级|本部)"),
    "事业": re.compile(r"(?<!机关)(?<!参公)(?<!公务员管理的)事业单位"),
}
# words that say whose or how, not what: what is left of a purpose after them and one matter shows whether the
# purpose says anything but that matter
_FILLER = re.compile(r"按规定|按照规定|为|的|在职|在编|职工|干警|教职工|工作人员|人员|单位|部分|支出|缴费|缴存|缴纳"
                     r"|支付|发放|机关事业|机关|事业|所属|本局|本级|本馆|本院|本单位|局|中心|和|及|、|等|各项|相关|费用|经费")
_PAID = r"(?P<payer>单位)?(?P<verb>缴费|缴存|缴纳)?"


def _matters_in(use: str) -> list[str]:
    return [key for key, m in MATTERS.items() if re.search(m.phrase, use)]


def _other(kind: Kind, use: str) -> str:
    """The one other matter the purpose names instead of the 项's own, or ""."""
    if kind.own and re.search(kind.own, use):
        return ""
    others = [m for m in _matters_in(use) if m != kind.matter]
    if kind.matter == "医疗":
        others = [m for m in others if m != "公务员医疗补助"]
    if len(others) != 1:
        return ""
    if not kind.own:  # free wording: only a purpose that is the other matter alone
        rest = re.sub(rf"(?:{MATTERS[others[0]].phrase}){_PAID}", "", use)
        if re.sub(r"[\W\d]", "", _FILLER.sub("", rest)):
            return ""
    return others[0]


def _named(kind: Kind, name: str, use: str, names: dict[str, str]) -> str:
    """Another 项's name the purpose gives in place of anything of its own (「职业年金缴费支出（项），主要用于支付其他
    行政事业单位养老支出」), or "". Names of six characters or more only: shorter ones (文化活动, 大气) are words."""
    if (kind.own and re.search(kind.own, use)) or name in use:
        return ""
    found = {n for c, n in names.items() if len(c) == 7 and len(n) >= 6 and n in use and n not in name
             and name not in n}
    found = {n for n in found if not any(n != m and n in m for m in found)}  # the longest of nested names
    if len(found) != 1:
        return ""
    other = found.pop()
    if not kind.own and re.sub(r"[\W\d]", "", _FILLER.sub("", use.replace(other, ""))):
        return ""  # free wording: only a purpose that is that 项 alone
    return other


def _own_words(use: str, kind: Kind, other: str) -> tuple[str, str]:
    """(the other matter's phrase as the purpose writes it, the 项's own matter said the same way) —
    「基本医疗保险单位缴费」 → 「住房公积金单位缴存」; ("", "") when not one phrase or the 项 has no matter."""
    found = list(re.finditer(rf"(?:{MATTERS[other].phrase}){_PAID}", use))
    if len(found) != 1 or not kind.matter:
        return "", ""
    m, own = found[0], MATTERS[kind.matter]
    paid = (m.group("payer") or "") + ((own.verb or m.group("verb")) if m.group("verb") else "")
    return m.group(0), own.noun + paid


_PEOPLE = r"(?:在职|在编)?(?:工作人员|人员|职工|干部|公务员)?"


def _side(kind: Kind, use: str) -> tuple[str, str]:
    """(the other side's people as the purpose names them 「机关在职人员」, the 项's own side said the same way
    「事业单位在职人员」) when the purpose names only the other side of the 项's 行政/事业 pair, or ("", "")."""
    if not kind.side:
        return "", ""
    mine, theirs = _SIDES[kind.side], _SIDES["事业" if kind.side == "行政" else "行政"]
    found = theirs.search(use)
    if found is None or mine.search(use):
        return "", ""
    people = re.match(_PEOPLE, use[found.end() :]).group(0)  # type: ignore[union-attr]
    return found.group(0) + people, kind.side + "单位" + people


def _finding(name: str, kind: Kind, use: str, bi: int, b: Block, sent: str,
             names: dict[str, str]) -> ReviewFinding | None:
    level = CODES["R-PURPOSE"].level
    if other := _other(kind, use):
        said, right = _own_words(use, kind, other)
        if said:
            msg = f"：“{said}”应为“{right}”"
        else:  # the whole purpose is the other matter's: the 项's meaning in its place, where it is fixed
            said, right = use, kind.meaning
            msg = f"：应写{name}的用途" + (f"（{right}）" if right else "")
        msg = f"“{name}（项）”的用途写成了{MATTERS[other].noun}方面的支出{msg}，或核对科目。"
        out = finding(level, "R-PURPOSE", msg, bi, b, sent, expected=right)
        return replace(out, figure=said)
    if other := _named(kind, name, use, names):
        msg = f"“{name}（项）”的用途写成了另一项级科目“{other}”：“{other}”应为“{name}”，或核对科目。"
        return replace(finding(level, "R-PURPOSE", msg, bi, b, sent, expected=name), figure=other)
    said, right = _side(kind, use)
    if said:
        out = finding(level, "R-PURPOSE",
                      f"“{name}（项）”反映{kind.side}单位的支出，用途却写成{said}的：“{said}”应为“{right}”，或核对科目。",
                      bi, b, sent, expected=right)
        return replace(out, figure=said)
    return None


# a purpose clause at a sentence's or clause's start (「该项」「该科目」「为基本支出，」 before it), not after 原因
_USE = re.compile(r"(?:^|[，,：:；;])\s*(?:(?:该|此|本)(?:项|科目)(?:支出|经费|资金)?|为(?:基本|项目)支出[，,]?)?\s*"
                  r"(?:主要|全部|均)?用于[：:]?\s*(?P<use>[^。；;]{2,120})")
# where the purpose ends and the figures or the reason begin
_END = re.compile(r"[，,](?=(?:年初|全年|调整|当年)?(?:预算|支出决算|决算)|较|比上年|比年初|完成|与年初|(?:主要)?原因)")
# 「住房公积金（项）主要用于…」 with no 类 or 款 before it (the model's items are 类/款/项 chains or code-led)
_BARE_ITEM = re.compile(r"(?P<name>[^（(）)。，,：:；;\d]{2,30})[（(]项[）)][。，,：:]?\s*主要用于[：:]?"
                        r"(?P<use>[^。；;]{2,80})")


def purposes_of(text: str) -> list[str]:
    """The purposes a 项's sentence states (clauses after 用于, up to its figures or reason)."""
    out = []
    for m in _USE.finditer(text):
        if "原因" in text[: m.start()]:
            break
        out.append(_END.split(m.group("use"))[0])
    return out


def _quote(blocks: list[Block], found: list, n: int, bi: int, sent: str) -> str:
    """The 项's words in its own paragraph, from its name on (its purpose sentence alone does not say which 项 it
    is about, and a copied purpose reads the same in two places); the sentence when it is in a later paragraph."""
    item = found[n]
    if bi != item.block:
        return sent
    nxt = found[n + 1] if n + 1 < len(found) and found[n + 1].block == bi else None
    first = n == 0 or found[n - 1].block != bi  # from the paragraph's start: its list number 「9.」 too
    return blocks[bi].text[0 if first else item.start : nxt.start if nxt else None]


def rule_purposes(blocks: list[Block]) -> list[ReviewFinding]:
    """A 项 whose stated purpose is another 项's matter (see the module's docstring); 应为 the 项's own."""
    from ..subjects import code_names, items

    names = code_names(blocks)
    out: list[ReviewFinding] = []
    seen: set[tuple[int, str]] = set()
    found = items(blocks)
    for n, item in enumerate(found):
        kind = kind_of(item.code, item.xiang)
        for bi, s in item.sentences:
            for use in purposes_of(s.text) if (bi, s.text) not in seen else ():
                quote = _quote(blocks, found, n, bi, s.text)
                if (f := _finding(item.xiang, kind, use, bi, blocks[bi], quote, names)) is not None:
                    seen.add((bi, s.text))
                    out.append(f)
    for bi, b in enumerate(blocks):
        starts = [item.start for item in found if item.block == bi]
        for m in [] if b.is_table else _BARE_ITEM.finditer(b.text):
            if any(start <= m.start("use") for start in starts):
                continue  # inside an item of the model: read above
            use = _END.split(m.group("use"))[0]
            sent = sentence_at(b.text, m.start("use"))
            if (f := _finding(m.group("name"), kind_of("", m.group("name")), use, bi, b, sent, names)) is not None:
                out.append(f)
    return out
