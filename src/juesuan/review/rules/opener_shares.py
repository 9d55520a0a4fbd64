"""Shares of a total stated in an earlier section: "（一）…“三公”经费财政拨款支出决算为A万元…" then
"（二）…“三公”经费财政拨款支出决算中，甲a万元，占x%；乙b万元，占y%" — the sentence opens by naming the
whole ("…决算中"), the shares are of that total, whose amount the earlier sentence states."""
from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, ReviewFinding, amt, finding, iv, iv_ratio, iv_sum, meets, pct, point, show
from ..extract import Block
from ..figures import Figure
from ..places import quoted
from ..sentences import label_start, text_sentences
from .share_bases import Stated, plain_share, share_message, stated_amounts

# the opening that names the whole the shares are of: "2023年“三公”经费财政拨款支出决算中，"
_OPENER = re.compile(r"^(?P<whole>[^，,；;。：:]{4,40}?)中\s*[，,：:]")
AMBIGUOUS = Figure(Decimal(-1), "", "", 0, 0, 0)  # a name two different amounts go by


def _core(label: str) -> str:
    """A total's name without its year, fund scope and the words around an amount."""
    label = re.sub(r"(?:19|20)\d\d年度?|本年度?|财政拨款|的|\s", "", label)
    return re.sub(r"(?:总额|合计|总计|数)?(?:为|是|达)?$", "", label)


def rule_opener_shares(blocks: list[Block]) -> list[ReviewFinding]:
    """Shares in a sentence that opens with the name of a total stated before, against that total."""
    named: dict[str, Figure] = {}
    said: dict[int, tuple[int, str]] = {}  # where each total is stated: (block, sentence), by id of its figure
    out: list[ReviewFinding] = []
    stated = stated_amounts(blocks)  # the bases a wrong share may have been taken of
    for bi, b, s in text_sentences(blocks):
        m = _OPENER.match(s.text.strip())
        whole = named.get(_core(m.group("whole"))) if m else None
        if whole is not None and whole is not AMBIGUOUS and whole.yuan() > 0:
            out.extend(_against(bi, b, s.text, s.figs, whole, stated, blocks, said.get(id(whole))))
        subject = ""  # "“三公”经费财政拨款支出年初预算为A，支出决算为B": B is the 三公's 支出决算 too
        for g in s.figs:
            if g.role == "level" and not g.paren and g.f.is_money:
                label = s.text[label_start(s.text, g.f.start) : g.f.start]
                keys = [_core(label)]
                if subject and re.match(r"(?:支出|收入)", label):
                    keys.append(_core(subject + label))
                elif not subject and (m := re.match(r"^(.{4,30}?)(?=支出|收入)", label)):
                    subject = m.group(1)
                for key in keys:
                    if len(key) >= 4:
                        named[key] = g.f if named.get(key, g.f).yuan() == g.f.yuan() else AMBIGUOUS
                        said.setdefault(id(named[key]), (bi, s.text))
    return out


def _against(bi, b, quote: str, figs, whole: Figure, stated: list[Stated], blocks: list[Block],
             where: tuple[int, str] | None = None) -> list[ReviewFinding]:
    """The parts' sum against the total stated before (said at the total's sentence, ``where``: the figure 应为
    replaces), and each share against it."""
    pairs = []
    for i, g in enumerate(figs):
        if g.role != "share" or g.share_of or g.share_base is not None:
            continue
        part = next((x for x in reversed(figs[:i]) if x.role == "level" and not x.paren and x.f.is_money
                     and x.clause == g.clause), None)
        if part is not None:
            pairs.append((part.f, g.f))
    if len(pairs) < 2 or meets(iv_sum([iv(sh) for _, sh in pairs]), (HUNDRED, HUNDRED)):
        return []  # shares adding to 100% are of the parts' own sum (shares.rule_shares checks them)
    out = []
    levels = [g for g in figs if g.role == "level" and not g.paren and g.f.is_money]
    parts = iv_sum([iv(p) for p, _ in pairs])
    if len(levels) == len(pairs) and not meets(parts, iv(whole)):
        total = sum((p.yuan() for p, _ in pairs), Decimal(0))
        shown = show(total, whole)
        over = total > whole.yuan()
        at, sentence = where or (bi, quote)
        words = quote.strip()[:12]
        parts_said = (f"后文{quoted(words + '…')}所列各项之和" if where
                      else "所列各项之和")
        out.append(finding(
            Level.ERROR if over else Level.INFO, "R-SUM",
            f"{parts_said}{shown}与{'此处' if where else '前文'}的总数{whole.raw}不符"
            + ("。" if over else f"：如无未列出的项目，总数应为{shown}。"),
            at, blocks[at], sentence, whole, shown, " + ".join(amt(p) for p, _ in pairs) + f" = {shown}",
        ))
    for part, share in pairs:
        r = iv_ratio(iv(part), iv(whole))
        if r is None or meets(r, iv(share)):
            continue
        exact = point(iv(part), iv(whole))
        said = share_message(part, share, whole, pct(exact, share), stated, blocks, "前文的总数")
        out.append(finding(
            Level.ERROR, "R-SHARE",
            said or plain_share(part, share, pct(exact, share), stated, f"（以前文的总数{whole.raw}为基数）"),
            bi, b, quote, share, f"{pct(exact, share)}%", f"{amt(part)} ÷ {amt(whole)} × 100% = {number(exact)}%",
        ))
    return out
