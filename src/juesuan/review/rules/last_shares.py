"""Last year's share where the text does not state it (rules.points): 「财政拨款收入4,781.99万元，占92.32%，比上年
提高1.74个百分点」 — last year's 财政拨款收入 and its whole each read from a statement of this year's amount with its
change against last year (「本年收入合计5,179.89万元，增收828.49万元」: 4,351.40; 「财政拨款收入支出总计4,781.99万元，
增加833.44万元」: 3,948.55), the share of the two (90.74%) the base of the points. Where either is not stated once,
nothing."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ...core.codes import CODES
from ..base import HUNDRED, ReviewFinding, finding, show
from ..extract import Block
from ..sentences import Sentence, against, sentence_lists

_DOWN = ("下降", "减少", "降低", "回落", "下滑")
_OWNER = re.compile(r"^(?:其中|本年度?|本单位|本部门|本局|本会|本院|本中心|全年|年度)+")
_GENERIC = re.compile(r"本年度?|本单位|本部门|本局|全年|(?:19|20)\d\d年度?|支出|收入|决算|合计|总计|为|是|共|计")


def _subject(text: str, pos: int) -> str:
    """The Han words naming the amount at ``pos`` (its clause before it)."""
    clause = re.split(r"[，,；;：:。]", text[:pos])[-1]
    return "".join(re.findall(r"[\u4e00-\u9fff]", clause))


def last_years(blocks: list[Block]) -> dict[Decimal, list[tuple[str, Decimal]]]:
    """Each text amount (元) stated with its change against last year right after it (「A，比上年增加C」「A，增收C」):
    (its subject, last year's amount A ∓ C in 元)."""
    out: dict[Decimal, list[tuple[str, Decimal]]] = {}
    for _, _b, sents in sentence_lists(blocks):
        for s in sents:
            for k, g in enumerate(s.figs[:-1]):
                c = s.figs[k + 1]
                if g.role != "level" or not g.f.is_money or g.paren or g.kind == "预算" or c.role != "diff" \
                        or not c.f.is_money or not c.sign or c.clause != g.clause or c.paren \
                        or (c.target and against(c.target) != "上年"):
                    continue
                out.setdefault(g.f.yuan(), []).append((_subject(s.text, g.f.start), g.f.yuan() - c.sign * c.f.yuan()))
    return out


def _last(lasts: dict[Decimal, list[tuple[str, Decimal]]], value: Decimal, subject: str) -> Decimal | None:
    """Last year's amount of this year's ``value`` named ``subject``: the one the statements of that amount whose
    subject shares its own words give (「财政拨款收入」 and 「财政拨款收入支出总计」: 财政拨款)."""
    own, key = _OWNER.sub("", subject), _GENERIC.sub("", subject)[:4]

    def same(named: str) -> bool:  # 「本年收入合计」 and 「收入合计」; 「财政拨款收入」 in 「财政拨款收入支出总计」
        other = _OWNER.sub("", named)
        return (min(len(own), len(other)) >= 2 and (own in other or other in own)) or (
            len(key) >= 2 and key in _GENERIC.sub("", named))

    found = {x for named, x in lasts.get(value, []) if same(named)}
    return found.pop() if len(found) == 1 and next(iter(found)) > 0 else None


def derived(bi: int, b: Block, s: Sentence, m: re.Match[str], start: int, blocks: list[Block],
             lasts: dict[Decimal, list[tuple[str, Decimal]]]) -> ReviewFinding | None:
    """The finding on points ``m`` of the share just before it, last year's share computed from last year's part
    and whole; None where the share, its part, its whole or either's last year is not read once."""
    figs = [g for g in s.figs if start <= g.f.start < m.start()]
    if len(figs) < 2 or figs[-1].role != "share" or figs[-2].role != "level" or not figs[-2].f.is_money:
        return None
    share, part = figs[-1].f, figs[-2].f
    half = Decimal(5).scaleb(-max(share.decimals, 0) - 1)
    # the whole: the one amount of this sentence or the one before whose share the part is, as written
    sents = next(x for i, _, x in sentence_lists(blocks) if i == bi)
    k = next(i for i, x in enumerate(sents) if x.start == s.start)
    wholes = {g.f.yuan(): (g.f, x.text) for x in sents[max(k - 1, 0):k + 1] for g in x.figs
              if g.role == "level" and g.f.is_money and g.f.yuan() > part.yuan()
              and abs(part.yuan() / g.f.yuan() * HUNDRED - share.value) <= half}
    if len(wholes) != 1:
        return None
    whole, text = next(iter(wholes.values()))
    p0 = _last(lasts, part.yuan(), _subject(s.text, part.start))
    w0 = _last(lasts, whole.yuan(), _subject(text, whole.start))
    if p0 is None or w0 is None or p0 >= w0:
        return None
    before = p0 / w0 * HUNDRED
    exact = share.value - before
    said = Decimal(m.group("n"))
    places = len(m.group("n").split(".")[1]) if "." in m.group("n") else 0
    if abs(abs(exact) - said) <= Decimal(5).scaleb(-places - 1) + half + Decimal("0.001"):
        return None
    shown = abs(exact).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    right = f"{shown}个百分点"
    word = "下降" if exact < 0 else "增长"
    last = before.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return replace(finding(
        CODES["R-DIFF"].level, "R-DIFF",
        f"百分点变化与两年占比之差不符：上年为{show(p0, part)} ÷ {show(w0, whole)} = {last}%（按文中所写本年数与比上年"
        f"的增减额推算），{share.raw} − {last}% = {exact:+.2f}个百分点，应为{right}，不是{m.group('n')}个百分点。",
        bi, b, s.text, None, right if (exact < 0) == (m.group("word") in _DOWN) else f"{word}{right}",
        f"上年占比 {show(p0, part)} ÷ {show(w0, whole)} × 100% = {last}%；{share.raw} − {last}% = {exact:+.2f}个百分点",
    ), figure=f"{m.group('n')}个百分点")
