"""政府采购: an amount reserved for (or won by) 中小企业 larger than what bounds it — the 预留 budget of the projects
it was won in, the year's whole 政府采购 — named as the document names it and where it says it; and the
授予中小企业合同金额 the old template states against what the new one lists it is made of (``_awarded``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, meets, show
from ..blocks import Block
from ..figures import Figure
from ..sentences import Fig, levels_of, sentences

_PROCUREMENT_PART = re.compile(r"(?:中小企业|小微企业)(?:预留|供应商)|中标|成交|授予(?:中小|小微)企业")
_NUMBERED_HEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．](?!\d))")
_TOTAL = re.compile(r"政府采购(?:支出)?(?:总)?金?额")
_RESERVED = re.compile(r"面向(中小企业|小微企业)预留")  # 「面向中小企业预留（的）政府采购项目…」
_WON = re.compile(r"中标|成交|授予")
_OTHERS = re.compile(r"其他(?:政府)?采购项目")
_AWARDED = re.compile(r"授予中小企业(?:的)?合同")


@dataclass(frozen=True)
class _Said:
    """An amount that bounds others, its name as written and where: block and sentence (0-based)."""

    figure: Figure
    name: str
    block: int
    sentence: int


def _reserved(clause: str) -> str:
    """For whom the projects a clause speaks of last are reserved (「…，面向小微企业预留…预算金额」 → 小微企业)."""
    found = _RESERVED.findall(clause)
    return found[-1] if found else ""


def _named(clause: str) -> str:
    """The 企业 a clause's amount went to as it names them, the last named outside 「面向…预留」 (「…由小微企业供应商
    中标或成交的」 → 小微企业); "" when none is."""
    found = re.findall(r"中小企业|小微企业", _RESERVED.sub("", clause))
    return found[-1] if found else ""


def _where(said: _Said, bi: int, k: int) -> str:
    """Where ``said`` is, seen from sentence ``k`` of block ``bi``: 「本句」「上一句」「本段第1句」「上一段第2句」."""
    if said.block == bi:
        return "本句" if said.sentence == k else "上一句" if said.sentence == k - 1 else f"本段第{said.sentence + 1}句"
    return f"{'上一段' if said.block == bi - 1 else '前文'}第{said.sentence + 1}句"


def rule_procurement(blocks: list[Block]) -> list[ReviewFinding]:
    """ "政府采购金额为T万元 … 面向中小企业预留政府采购项目预算金额M万元 … 在面向中小企业预留的政府采购项目中，由
    中小企业供应商中标或成交的，采购金额C万元": an amount reserved for (or won by) 中小企业 larger than the whole
    政府采购金额 T. A contract won is part of the contracts (错误); a reserved budget is compared with contracts
    (警告). The message names the closest bound C exceeds (M for a contract won in the projects M reserves, else T);
    the 应为 is empty — the text bounds C but does not decide it — unless a share the sentence gives
    (「占政府采购支出总额的66.52%」) says what C is."""
    out = []
    bound = Decimal(0)  # the total, or its 货物/工程/服务 added up when they say more (the total is the slip then)
    total: _Said | None = None  # the section's 政府采购金额, for its paragraphs that follow
    reserved: dict[str, _Said] = {}  # 中小企业 / 小微企业 → the 预留 budget stated
    wins: dict[str, Figure] = {}  # 中小企业 / 小微企业 / 其他 → the amount won in those projects
    for bi, b in enumerate(blocks):
        if b.is_table or _NUMBERED_HEAD.match(b.text):
            total, reserved, wins = None, {}, {}
        if b.is_table or "政府采购" not in b.text:
            continue
        for k, s in enumerate(sentences(b.text)):
            for g in levels_of(s.figs):
                clause = re.split(r"[。；;]", s.text[: g.f.start])[-1]
                label = re.split(r"[，,]", clause)[-1]
                won = bool(_WON.search(clause))  # 「授予中小企业合同金额」: contracts signed
                if total is None:
                    if (m := _TOTAL.search(label)) and not _PROCUREMENT_PART.search(clause):
                        total = _Said(g.f, m.group(0), bi, k)
                        bound = max(g.f.yuan(), _kinds_sum(s.text, s.figs, g))
                    continue
                if (kind := _reserved(clause)) and not won and "预算" in clause:
                    reserved[kind] = _Said(g.f, "预留项目预算", bi, k)
                if won and "授予" not in clause and (key := "其他" if _OTHERS.search(clause) else _reserved(clause)):
                    wins[key] = g.f
                elif won and _AWARDED.search(clause) and (off := _awarded(g, s.figs, wins, total, bi, b, s.text)):
                    out.append(off)
                if not _PROCUREMENT_PART.search(clause) or g.f.yuan() <= total.figure.yuan() \
                        or meets(iv(g.f), iv(total.figure)) or g.f.yuan() <= bound:
                    continue
                out.append(_exceeds(g, s.figs, clause, won, total, reserved, bi, b, k, s.text))
    return out


def _kinds_sum(text: str, figs: list[Fig], total: Fig) -> Decimal:
    """The 货物, 工程 and 服务 amounts the total's sentence gives after it, added up (0 without two of them): when they
    say more than the total (「总额15.1万元，其中：货物8.6万元、工程0万元、服务42.5万元」), the total is what is
    wrong, not an amount bounded by it."""
    after = [g for g in levels_of(figs) if g.f.start > total.f.start]
    kinds = [g for g in after if re.search(r"(?:货物|工程|服务)(?:类)?(?:支出|采购)?(?:金额)?(?:为|是)?[：:]?$",
                                          re.split(r"[，,、；;：:]", text[: g.f.start])[-1])]
    return sum((g.f.yuan() for g in kinds), Decimal(0)) if len(kinds) >= 2 else Decimal(0)


def _exceeds(g: Fig, figs: list[Fig], clause: str, won: bool, total: _Said, reserved: dict[str, _Said], bi: int,
             b: Block, k: int, text: str) -> ReviewFinding:
    """The finding on ``g``, larger than the year's 政府采购 ``total`` (and perhaps its 预留 budget too)."""
    own = reserved.get(_reserved(clause)) if won else None
    bounds = [x for x in (own, total) if x is not None and g.f.yuan() > x.figure.yuan()
              and not meets(iv(g.f), iv(x.figure))]
    closest = bounds[0]
    said = "和".join(f"{x.name}{x.figure.raw}（{_where(x, bi, k)}）" for x in bounds)
    kind = _reserved(clause) or "中小企业"
    winner = _named(clause) or kind  # whom the amount went to, as the clause names them
    what = (f"授予{winner}的合同金额" if "授予" in clause else
            f"在面向{kind}预留的项目中由{winner}中标或成交的采购金额" if own is not None else
            f"{winner}中标或成交的采购金额") if won else f"预留给{kind}的采购项目预算"
    # the text bounds the amount but does not say what it is: no 应为 (a bound pasted is no figure), the bound and
    # that the value is not known said in the message, as the count R-SUM does
    expected, why = "", f"{g.f.raw} > {closest.figure.raw}"
    verdict = f"{'金额有误' if won else '请核对'}，应不大于{closest.figure.raw}（从文中无法确定应为值）"
    if (share := _share_after(figs, g)) is not None and share.value < 100:
        # 「…合同金额724.18万元，占政府采购支出总额的66.52%」: the share says what the part is
        right = total.figure.yuan() * share.value / 100
        expected = show(right, g.f)
        why = f"{amt(total.figure)} × {share.raw} = {expected}"
        verdict = f"按本句的占比{share.raw}，应为{expected}"
    return finding(
        CODES["R-SUBSET"].level if won else Level.WARNING, "R-SUBSET",
        f"{what}{g.f.raw}，大于{said}{'；' if verdict.startswith('按') else '：'}{verdict}。",
        bi, b, text, g.f, expected, why,
    )


def _share_after(figs: list[Fig], g: Fig) -> Figure | None:
    """The share stated right after the amount ``g`` in its clause, of no whole named or of 政府采购."""
    k = next(i for i, x in enumerate(figs) if x is g)
    nxt = figs[k + 1] if k + 1 < len(figs) else None
    if nxt is None or nxt.role != "share" or nxt.clause != g.clause or not nxt.f.value:
        return None
    return nxt.f if not nxt.share_of or "政府采购" in nxt.share_of else None


def _awarded(g: Fig, figs: list[Fig], wins: dict[str, Figure], total: _Said, bi: int, b: Block,
             text: str) -> ReviewFinding | None:
    """「授予中小企业合同金额X，占政府采购支出总额的Y%」 after the new template's list of what 中小企业 won (in the
    projects reserved for them, C1; in those reserved for 小微企业, C2; in the others, C3): X is C1 + C3 (小微企业 are
    中小企业, their reserved projects among theirs) or, written as separate, C1 + C2 + C3. Where it is neither and the
    share said with X makes one of them and not X, X is the slip: 应为 that sum. Nothing where the share does not
    decide (a part may be the slip)."""
    if "中小企业" not in wins or "其他" not in wins or (share := _share_after(figs, g)) is None:
        return None
    parts = [wins["中小企业"], wins["其他"]]
    sums = [parts, [*parts, wins["小微企业"]]] if "小微企业" in wins else [parts]
    if any(meets(_sum(p), iv(g.f)) for p in sums):
        return None
    lo, hi = iv(share)
    whole = total.figure.yuan()
    said = (whole * lo / 100, whole * hi / 100)
    if meets(said, iv(g.f)):
        return None
    fits = [p for p in sums if meets(_sum(p), said)]
    if len(fits) != 1:
        return None
    right = sum((x.yuan() for x in fits[0]), Decimal(0))
    named = "、".join(x.raw for x in fits[0])
    return finding(
        CODES["R-SUM"].level, "R-SUM",
        f"授予中小企业合同金额{g.f.raw}与前文所列中小企业中标、成交的采购金额（{named}）之和不符，同句的占比{share.raw}"
        f"也是按其和算的：应为{show(right, g.f)}。",
        bi, b, text, g.f, show(right, g.f),
        " + ".join(amt(x) for x in fits[0]) + f" = {show(right, g.f)}；{amt(total.figure)} × {share.raw} ≈ "
        f"{show(whole * share.value / 100, g.f)}",
    )


def _sum(parts: list[Figure]) -> tuple[Decimal, Decimal]:
    return sum((iv(x)[0] for x in parts), Decimal(0)), sum((iv(x)[1] for x in parts), Decimal(0))
