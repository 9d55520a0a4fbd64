"""持平 with no figures of its own: "X支出决算为A万元，比上年决算数持平" where last year's amount of X
is stated elsewhere in the document (one amount, under the same line and kind)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, meets, result, show
from ..extract import Block
from ..sentences import Sentence, levels_of, raw_label, report_year, sentences, text_sentences
from .statements import _statements

# 持平 against last year, the base not written: "比上年决算数持平", "与上年持平", "较上年度持平"
_FLAT_LAST = re.compile(r"(?:比|较|与)(?:上年|去年|上年度|(?P<y>(?:19|20)\d\d)年度?)(?:同期)?(?:相比)?"
                        r"(?P<kind>决算|预算)?数?(?:基本)?持平")


def rule_flat_context(blocks: list[Block]) -> list[ReviewFinding]:
    """The amount a 持平 is said of against last year's amount of the same line stated elsewhere."""
    year = report_year(blocks)
    if year is None:
        return []
    keys: dict[int, tuple] = {}  # each stated amount's (year, 预算/决算, scope, line)
    values: dict[tuple, dict] = {}
    for key, f, _, _, _ in _statements(blocks, year):
        keys[id(f)] = key
        values.setdefault(key, {})[f.yuan()] = f
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if b.is_table or "持平" not in b.text:
            continue
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            for m in _FLAT_LAST.finditer(s.text):
                if m.group("y") and int(m.group("y")) != year - 1:
                    continue  # 「与2022年度持平」 in a 2024 report: not last year
                clause_start = max(s.text.rfind(c, 0, m.start()) for c in "；;。") + 1
                mine = [g for g in s.figs if clause_start <= g.f.start < m.start() and g.f.is_money and not g.paren
                        and g.role != "budget"]  # "完成全年预算B万元的X%": the rate's base, not a line's amount
                if not mine and k and "基本" not in m.group(0):
                    out += flat_of_before(blocks, bi, b, s.text, m, sents[k - 1], year)
                    continue
                if len(mine) != 1 or mine[0].role != "level" or "基本" in m.group(0):
                    continue  # the base is in the clause (flat.flat_said), or which amount is meant is unclear
                a = mine[0]
                own = keys.get(id(a.f))
                if own is None or own[0] != year or (m.group("kind") and m.group("kind") != own[1]):
                    continue
                line = own[3]
                before = values.get((year - 1, *own[1:]), {})
                if len(before) != 1:
                    continue
                prior = next(iter(before.values()))
                if meets(iv(a.f), iv(prior)):
                    continue
                d = a.f.yuan() - prior.yuan()
                word = "增加" if d > 0 else "减少"
                out.append(finding(
                    Level.ERROR, "R-FLAT",
                    f"“持平”与上年数不符：上年{line}为{prior.raw}，本年{a.f.raw}，应为“{word}{show(abs(d), a.f)}”。",
                    bi, b, s.text, a.f, f"{word}{show(abs(d), a.f)}",
                    f"{amt(a.f)} − {amt(prior)} = {result(d, a.f)}",
                ))
    return out


# an amount's change against last year said right after it: 「支出总计A，比2023年度增加C」
_CHANGE_AFTER = re.compile(r"^[，,]\s*(?:比|较|与)(?:上年|去年|上年度|(?P<y>(?:19|20)\d\d)年度?)(?:同期)?(?:相比)?"
                           r"[，,]?(?P<dir>增加|减少|增长|下降)\s*(?=\d)")
# the 收入 the text says is all 财政拨款: its totals and the 财政拨款 totals are one
_ALL_FISCAL = re.compile(r"收入[^。；;]{0,20}?全部(?:为|是|来自)财政拨款")


def flat_of_before(blocks: list[Block], bi: int, b: Block, quote: str, m: re.Match[str], before: Sentence,
                   year: int) -> list[ReviewFinding]:
    """ "收入总计A，支出总计A。收、支总计均与2023年度持平": a 持平 whose clause has no amount, said of the amounts of
    the sentence before, against the change another paragraph states for the same line and amount (「财政拨款…支出
    总计A，比2023年度增加C」: last year was A − C). The 财政拨款 totals stand for the whole only where the text says
    the 收入 is all 财政拨款."""
    subject = re.split(r"[，,；;。]", quote[: m.start()])[-1]
    if len(subject) > 12 or re.search(r"\d", subject):
        return []
    fiscal = any(_ALL_FISCAL.search(x.text) for x in blocks if not x.is_table)
    for g in levels_of(before.figs):
        label = raw_label(before.text, g.f.start)
        scope = "财政拨款" in before.text[: g.f.start]
        rest = re.sub(r"均|都|两者|二者|以上|上述|[收支、，,\s]|总计|合计|总额", "", subject)
        if len(label) < 2 or (rest and label[-2:] not in subject):
            continue  # 「…。人员编制与上年持平」: not the amounts of the sentence before
        for bj, _, s in text_sentences(blocks):
            if s.text == before.text and bj == bi:
                continue
            for h in levels_of(s.figs):
                said = _CHANGE_AFTER.match(s.text[h.f.end:])
                if said is None or h.f.yuan() != g.f.yuan() or not raw_label(s.text, h.f.start).endswith(label) \
                        or (said.group("y") and int(said.group("y")) != year - 1) \
                        or (("财政拨款" in s.text[: h.f.start]) != scope and not fiscal):
                    continue
                c = next((x for x in s.figs if x.f.start == h.f.end + said.end() and x.f.is_money), None)
                if c is None or meets(iv(c.f), (0, 0)):
                    continue
                word = "增加" if said.group("dir") in ("增加", "增长") else "减少"
                right = f"{word}{show(c.f.yuan(), c.f)}"
                prior = g.f.yuan() - c.f.yuan() if word == "增加" else g.f.yuan() + c.f.yuan()
                found = finding(
                    Level.ERROR, "R-FLAT",
                    f"“持平”与上年数不符：{label}{g.f.raw}，另一处写明比{year - 1}年度{word}{c.f.raw}（上年为"
                    f"{show(prior, g.f)}）；应为“{right}”。",
                    bi, b, quote, None, right, f"{amt(g.f)} − {show(prior, g.f)} = {result(g.f.yuan() - prior, c.f)}")
                return [replace(found, figure=m.group(0))]
    return []
