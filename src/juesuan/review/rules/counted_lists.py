"""A list that says how many items it has: 「2017年中央彩票公益金用途包括10个项目，其中用于甲318.24亿元，…、用于其他
社会公益事业103.72亿元」 — ten amounts for ten items is the whole list, so they add up to the total the text states
elsewhere for the same year and subject (「2017年彩票公益金安排支出466.29亿元」). When they do not, the list's rest
item (其他…) is the figure to fix, 应为 the total less the other items; without one, the total is 应为 the sum."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, finding, iv, iv_sum, meets, show
from ..extract import Block
from ..figures import Figure, find_figures
from ..sentences import label_start, split_top, text_sentences

_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNTED = re.compile(r"(?P<year>(?:19|20)\d\d)年(?:度)?的?(?P<subj>[\u4e00-\u9fff]{2,20}?)(?:的)?(?:用途|资金|支出)?"
                      r"(?:包括|分为|涉及|共有|共)(?P<n>\d{1,2}|[两二三四五六七八九十])(?:个|项|类|方面)(?:项目|用途|方面)?")
_REST = re.compile(r"(?:用于)?其他")


def rule_counted_lists(blocks: list[Block]) -> list[ReviewFinding]:
    """The amounts of a list that says how many items it has, against the total stated elsewhere; a count of units
    or offices against the names listed (rule_counted_names)."""
    out: list[ReviewFinding] = rule_counted_names(blocks)
    for bi, b, s in text_sentences(blocks):
        m = _COUNTED.search(s.text)
        if m is None:
            continue
        n = int(m.group("n")) if m.group("n").isdigit() else _CN[m.group("n")]
        text, on = s.text, (bi, b, s.text)
        if _broken(b.text, text) and bi + 1 < len(blocks) and not blocks[bi + 1].is_table:
            # a list broken off at its paragraph's end goes on in the next (a page or window cut mid-word)
            following = re.split(r"(?<=[。；;])", blocks[bi + 1].text, maxsplit=1)[0]
            text, on = text.rstrip().removesuffix("。") + following, (bi + 1, blocks[bi + 1], following)
        body = text[m.end():]
        amounts = [f for f in find_figures(body) if f.is_money]
        if n < 2 or len(amounts) != n or len({f.unit for f in amounts}) != 1:
            continue
        total = _total(blocks, bi, s.start, m.group("year"), m.group("subj"), amounts[0].unit)
        summed = iv_sum([iv(f) for f in amounts])
        if total is None or meets(summed, iv(total)):
            continue
        rest = [f for f in amounts if _REST.match(body[label_start(body, f.start): f.start])]
        exact = sum((f.yuan() for f in amounts), Decimal(0))
        terms = " + ".join(f.raw for f in amounts)
        if len(rest) == 1:
            right = total.yuan() - (exact - rest[0].yuan())
            at = (bi, b, s.text) if m.end() + rest[0].end <= len(s.text) else on
            out.append(finding(
                CODES["R-SUM"].level, "R-SUM",
                f"所列{n}项之和为{show(exact, total)}，与总数{total.raw}不符；按总数，“其他”一项应为"
                f"{show(right, total)}（也可能是其他某项有误，请核对）。",
                *at, rest[0], show(right, total),
                f"{terms} = {show(exact, total)}；{total.raw} − {show(exact - rest[0].yuan(), total)} = "
                f"{show(right, total)}"))
        else:
            out.append(finding(
                CODES["R-SUM"].level, "R-SUM",
                f"所列{n}项之和为{show(exact, total)}，与总数{total.raw}不符：总数或所列某项有误，请核对"
                "（所列各项中没有“其他”一项，从文中无法判断是哪一个，未给出应为值）。",
                bi, b, s.text, None, "", f"{terms} = {show(exact, total)}"))
    return out


def _broken(text: str, quote: str) -> bool:
    """Whether ``quote`` is its paragraph's last sentence and the paragraph ends with no 。；！？ (the splitter may
    have closed it with 「。」)."""
    body = text.rstrip()
    return not body.endswith(("。", "；", ";", "！", "!", "？", "?", "：", ":")) and body.endswith(
        quote.rstrip().removesuffix("。").rstrip())


def _total(blocks: list[Block], bi: int, start: int, year: str, subj: str, unit: str) -> Figure | None:
    """The total stated elsewhere for the year and subject: an amount whose words name the year and the subject's
    last four characters (or all of it, if shorter); the most precise of them, when they agree."""
    core = subj[-4:]
    found: list[Figure] = []
    for k, b in enumerate(blocks):
        if b.is_table:
            continue
        for f in find_figures(b.text):
            if not f.is_money or f.unit != unit or (k == bi and f.start >= start):
                continue
            label = b.text[label_start(b.text, f.start): f.start]
            if year + "年" in label and core in label:
                found.append(f)
    if not found or any(not meets(iv(f), iv(g)) for f in found for g in found):
        return None
    return max(found, key=lambda f: f.decimals)


# --- a count of named things and the names listed: 「内设6个部门，分别为A、B、…」, 「下设3个事业单位：A、B、C」,
# 「设A、B、…、G7个部门」, 「…单位共2个，具体如下：」 and the 单位构成 table after it

def _number(text: str) -> int | None:
    """「12」, 「十二」, 「两」 as a number; None for another word."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _CN for c in text):
        return None
    if "十" not in text:
        return _CN[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    return (_CN[tens] if tens else 1) * 10 + (_CN[ones] if ones else 0)


_NUM = r"\d{1,3}|[一二两三四五六七八九十]{1,3}"
_WHAT = r"[^，,。；;：:、\d（()）“”]{0,12}?"
# a count, then its names: 「内设6个部门，分别为」 「有内设机构5个，即：」 「下属3个财政补助事业单位，分别为：」
# 「单位共2家：」 「共设置6个科室(」
_COUNT_FIRST = re.compile(
    rf"(?:下设|内设|设有|设置|设立|下属|下辖|所属|包括|包含|共有|共计|共|有)(?P<pre>{_WHAT})(?P<n>{_NUM})\s*"
    rf"(?P<unit>个|家|所)(?P<noun>{_WHAT})\s*"
    r"(?P<intro>[，,]\s*(?:分别(?:为|是)|即|具体(?:为|是|如下)|包括|如下)\s*[：:]?|[：:]|(?=[（(]))")
# names, then their count: 「本馆设办公室、采编部、…、总分馆建设部7个部门」 「…和统战理论研究室共计9个科室」
_COUNT_AFTER = re.compile(rf"(?:共计|合计|共|等)?(?P<n>{_NUM})\s*(?P<unit>个|家|所)(?P<noun>{_WHAT})(?=[。；;，,]|$)")
_JOIN = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:以及|和|及)(?=[\u4e00-\u9fff])")
# the last character of a name of an office or a unit: 「办公室」 「后勤科」 「服务中心」 「民政局」
_NAME_END = "室科部处股组队站所局院馆校会委心办庭团社园厅台"
# what is counted: offices and units (「内设机构」 「科室」 「部门」 「事业单位」 「二级预算单位」), not 项目 or 人
_OFFICES = re.compile(r"机构|科|处|室|部门|部|单位|中心|所|站|队|办|股|院|馆|校|团|委员会")
# the last character of an office's name, where two names run together when a 、 is lost: 「综合科财务科」,
# 「火化车间治丧服务部业务接待部驾驶组」 (车间 too)
_GLUE_END = "科室部处股组队站所间"


def _glued(name: str) -> int:
    """How many names more than one ``name`` may be, its 、 lost: the most pieces of at least three characters, each
    ending as an office's name ends (「火化车间治丧服务部业务接待部驾驶组后勤保障部」: 5 names, 4 more), less one."""
    most = [0] + [-1] * len(name)  # the most pieces the first i characters part into; -1: none
    for i in range(3, len(name) + 1):
        if name[i - 1] in _GLUE_END:
            most[i] = max((most[j] + 1 for j in range(i - 2) if most[j] >= 0), default=-1)
    return max(most[-1] - 1, 0)


# what a unit is, said after its name in a list parted by 「，」: not a name of its own
_KIND = re.compile(r"^(?:行政|(?:参照公务员法管理|参公管理|公益[一二三]类|全额拨款|差额拨款|自收自支)?的?事业)单位$")


def _names(body: str, n: int | None = None) -> list[str] | None:
    """The names a list gives, apart at 、，; outside parentheses (「平安建设办公室（加挂司法所牌子）」 one name), the
    last two joined by 和/及 parted; None when it is no list of names (a figure, 「等」, a name too long). A 和 whose
    left part ends unlike every other name (「办公室、权益部、家庭和儿童工作部」: 「家庭」 is a word, not an office)
    parts the last item only when the count ``n`` does not say it is one name."""
    items = [t.strip() for _, t in split_top(body.strip().rstrip("。；;"), "、，,")]
    bare = [re.sub(r"[（(][^（()）]*[）)]", "", x).strip() for x in items]
    if bare and len(parts := _JOIN.split(bare[-1])) == 2 and all(len(p) >= 2 and p[-1] in _NAME_END for p in parts):
        # 「社区教育科和统战理论研究室」: two names; 「绿化和市容管理局」: one
        unlike = parts[0][-1] not in {x[-1] for x in [*bare[:-1], parts[1]] if x}
        if not (unlike and n == len(bare)):
            bare[-1:] = parts
    if any(_KIND.match(x) for x in bare) and not all(_KIND.match(x) for x in bare):
        bare = [x for x in bare if not _KIND.match(x)]  # 「A（本级），行政单位，B，公益二类事业单位」: what each is
    if not bare or any(not 2 <= len(x) <= 30 or not re.fullmatch(r"[\u4e00-\u9fff]+", x)
                       or re.search(r"等|[一二两三四五六七八九十]个", x) for x in bare):
        return None
    return bare


def _own_level(body: str) -> int:
    """How many of a list's names are the department itself (「（本级，行政单位）」 after it): a list of 「所属1家」
    units may name the 本级 first, not one of those counted."""
    return sum(1 for _, t in split_top(body.strip().rstrip("。；;"), "、，,") if re.search(r"[（(][^（()）]*本级", t))


def _roster(blocks: list[Block], at: int) -> tuple[int, int, int] | None:
    """(how many units, how many of them are the department's own level (「（本级）」), the block) the 单位构成 list
    after paragraph ``at`` gives: a table's rows under a header naming 名称 (序号 | 单位名称 | 单位性质), or the lines
    numbered 1, 2, … after such a header printed as a line."""
    if at + 1 >= len(blocks):
        return None
    nxt = blocks[at + 1]
    if nxt.is_table:
        rows = [r for r in nxt.rows if any(c.strip() for c in r)]
        if not rows or not any("名称" in c for c in rows[0]):
            return None
        body = ["".join(r) for r in rows[1:] if not re.search(r"合计|总计", "".join(r))]
        return len(body), sum("本级" in r for r in body), at + 1
    if "名称" not in nxt.text or len(nxt.text) > 30:
        return None
    n = 0
    while at + 2 + n < len(blocks) and not blocks[at + 2 + n].is_table \
            and re.match(rf"\s*{n + 1}(?!\d)\s*\S", blocks[at + 2 + n].text):
        n += 1
    return (n, sum("本级" in blocks[at + 2 + k].text for k in range(n)), at + 2) if n else None


def _beside_own_level(said: str, m: re.Match[str]) -> bool:
    """Whether a count of units is of those under the department, its own level named beside them: 「由委机关本级和
    所属1家事业单位的决算组成」 — the 单位构成 list then names the 本级 too, one more than the count."""
    return bool(re.search(r"本级(?:和|及|以及|与|、)$", said[: m.start()])) and \
        bool(re.match(r"下设|下属|所属|下辖", said[m.start():])) and "共" not in m.group("pre")  # 「…单位共3家」: all


def rule_counted_names(blocks: list[Block]) -> list[ReviewFinding]:
    """A count of units or offices against the names listed with it (in the sentence, or the 单位构成 table the
    paragraph announces): 应为 the names' count."""
    out: list[ReviewFinding] = []
    for bi, b, s in text_sentences(blocks):
        for m in _COUNT_FIRST.finditer(s.text):
            n = _number(m.group("n"))
            before = re.split(r"[，,。；;：:]", s.text[: m.start()])[-1][-8:]  # 「…编制范围的单位」共2个
            if n is None or re.search(r"等$", m.group("pre")) or \
                    not _OFFICES.search(before + m.group("pre") + m.group("noun")):
                continue
            rest = s.text[m.end():]
            if rest.startswith(("（", "(")):
                close = re.search(r"[）)]", rest)
                body = rest[1: close.start()] if close else ""
            else:
                body = re.split(r"[。；;]", rest)[0]
                clauses = [x for x in re.split(r"[；;]", re.split(r"[。]", rest)[0]) if x.strip()]
                if len(clauses) > 1 and all(re.search(r"[，,]", x) for x in clauses):
                    # 「分别为：A（本级），行政单位；B，事业单位」: a clause a name, what it is after its comma
                    body = "、".join(re.split(r"[，,]", x)[0] for x in clauses)
            listed: int | None = None
            where = ""
            if body.strip() and not re.search(r"[。；;）)]", b.text[s.start + m.end():]):
                continue  # the paragraph breaks off in the list (a page or window cut): its names are not all there
            if body.strip():
                names = _names(body, n)
                listed = len(names) if names is not None and (len(names) > 1 or n <= 1) else None
                if listed is not None and listed - _own_level(body) == n:
                    listed = None  # 「所属1家事业单位，具体为：局（本级，行政单位），中心（…）」: 本级 listed beside
                if names is not None and n > len(names) and \
                        n - len(names) <= sum(_glued(x) for x in names):
                    listed = None  # a 、 lost between two names: not a miscount
            elif (b.text.rstrip().endswith(("：", ":")) and s.start + len(s.text.rstrip(" 。")) >= len(b.text.rstrip())
                  and (roster := _roster(blocks, bi)) is not None):
                # the paragraph ends announcing the list: 「…的单位共2个，具体如下：」, then the 单位构成 table
                listed, own, where = roster[0], roster[1], "下表"
                if _beside_own_level(s.text, m):  # 「本级和所属1家」: the list names the 本级 besides
                    listed -= max(own, 1)
                elif own and listed - own == n:
                    listed = None  # 「所属1家事业单位」 and the list naming the 本级 first
            if listed is not None and listed != n:
                out.append(_miscount(bi, b, s.text, m, n, listed, where))
        for m in _COUNT_AFTER.finditer(s.text):
            n = _number(m.group("n"))
            clause = re.split(r"[，,。；;：:]", s.text[: m.start()])[-1]
            # the names right before their count, after the verb that sets them up (「本馆设办公室、…、总分馆建设部7个
            # 部门」): not kinds (「机关、事业单位共5个」), not a list the count is one more item of (「…、业务科和2个
            # 中心」)
            opener = re.match(r"^[^、]*?(?:下设|内设|设有|设置|设立|设|包括|下辖|下属)", clause)
            if not _OFFICES.search(m.group("noun")) or opener is None or not clause.rstrip() \
                    or clause.rstrip()[-1] not in _NAME_END + "）)":
                continue
            listed_here = "、" in clause and not s.text[m.start():m.end()].startswith("等")
            names = _names(clause[opener.end():], n) if listed_here else None
            if n is None or names is None or len(names) < 2 or len(names) == n or \
                    (n > len(names) and n - len(names) <= sum(_glued(x) for x in names)):
                continue
            out.append(_miscount(bi, b, s.text, m, n, len(names), ""))
    return out


def _miscount(bi: int, b: Block, text: str, m: re.Match[str], n: int, listed: int, where: str) -> ReviewFinding:
    said = text[m.start("n"): m.end("unit")]
    right = f"{listed}{m.group('unit')}"
    pre = re.sub(r"^(?:下设|内设|设有|设置|设立|设|置)", "", (m.groupdict().get("pre") or "").strip())
    noun = m.group("noun").strip() or pre or "单位"
    found = finding(
        CODES["R-SUM"].level, "R-SUM",
        f"{noun}的个数与{where or '所列'}名称数不符：写“{said}”，{where}列出的名称是{listed}个；"
        f"应为{right}（也可能是名称漏列或多列，请核对）。",
        bi, b, text, None, right, f"{where or '所列'}名称{listed}个，写作{said}")
    return replace(found, figure=said)
