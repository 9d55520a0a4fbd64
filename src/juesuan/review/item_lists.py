"""Several 项 of one 款 described in one sentence (review/subjects.py's items): 「X（类）Y（款）下A（项）、B（项）、
C（项）年初预算分别为a1、a2、a3，支出决算分别为b1、b2、b3，A（项）、B（项）分别完成年初预算的r1、r2，C（项）年初未安排
预算」 and after it 「A（项）主要用于…，决算数大于预算数…；B（项）主要用于…」.

The text from the list on is cut where a run of names (「A（项）」, or 「A（项）、B（项）」) opens a stretch; a stretch
belongs to the 项 its run names. A figure of a stretch of one 项 is that 项's; in a stretch of several, the k-th
figure of a 「分别…」 list as long as the run is the k-th 项's (a list as long as the run, and only that: a list of
another length is read by no one)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .sentences import Fig, Sentence, classify

if TYPE_CHECKING:
    from .subjects import Item

# the words that join a 款 to the 项 under it: 「档案事务（款）下行政运行（项）」「…（款）中的…（项）」
JOINED = re.compile(r"^(?:下属?的?|中的|项下的?)")
# what joins two names of a list, and the figures of a 「分别」 list
_AND = r"\s*(?:、|和|及|与|以及)\s*"


def unjoined(xiang: str, known: set[str]) -> str:
    """A 项 name without the word that joined it to its 款 (「下行政运行」 → 「行政运行」), where the tables name
    the 项 without it and not with it."""
    from .subjects import plain

    m = JOINED.match(xiang)
    if m and plain(xiang) not in known and plain(xiang[m.end():]) in known:
        return xiang[m.end():]
    return xiang


def more_names(text: str, at: int, name: str) -> list[tuple[int, str]]:
    """The names of the 项 listed after the first one (ending at ``at``): (start, name) each."""
    out = []
    pattern = re.compile(rf"{_AND}(?P<x>{name}{{2,40}}?)[（(]项[）)]")
    while m := pattern.match(text, at):
        out.append((m.start("x"), m.group("x").strip()))
        at = m.end()
    return out


def _runs(text: str, names: list[str]) -> list[tuple[int, int, list[int]]]:
    """(start, end, the 项 it names by index) of each run of the ``names`` in ``text``, in order."""
    alts = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    one = rf"(?:{alts})[（(]项[）)]"
    out = []
    for m in re.finditer(rf"{one}(?:{_AND}{one})*", text):
        said = re.findall(rf"({alts})[（(]项[）)]", m.group(0))
        out.append((m.start(), m.end(), [names.index(n) for n in said]))
    return out


def _lists(figs: list[Fig], text: str) -> list[list[Fig]]:
    """The 「分别…」 lists of a stretch: figures joined by 、/和/及 only, 分别 (or 各) in the words before them."""
    out: list[list[Fig]] = []
    for g in figs:
        if out and re.fullmatch(_AND, text[out[-1][-1].f.end:g.f.start]) and g.f.unit == out[-1][0].f.unit:
            out[-1].append(g)
        else:
            out.append([g])
    return [run for run in out if len(run) > 1 and re.search(r"(?:分别|各)", re.split(r"[，,；;。]", run[0].pre)[-1])]


def fill(group: list[Item], parts: list[tuple[int, str]], assign) -> None:
    """The figures and sentences of each 项 of ``group`` (listed in one sentence) from ``parts`` (block, text: the
    list's paragraph from its first name on, and the paragraphs after it that belong to it)."""
    names = [it.xiang for it in group]
    for k, text in parts:
        runs = _runs(text, names)
        for n, (start, _, who) in enumerate(runs):
            end = runs[n + 1][0] if n + 1 < len(runs) else len(text)
            stretch = text[start:end]
            s = Sentence(stretch, start)
            s.figs = classify(stretch)
            owners = [group[i] for i in dict.fromkeys(who)]
            for it in owners:
                it.sentences.append((k, s))
            if len(owners) == 1:
                it = owners[0]
                rest = re.sub(r"^.*?[（(]项[）)]\s*[，,：:]?", "", stretch, count=1)
                if not it.purpose and (m := re.match(r"主要用于[：:]?(?P<use>[^。；;]{2,120})", rest)):
                    it.purpose = re.split(r"[，,](?=(?:年初|全年|调整|当年)?(?:预算|支出决算|决算))", m.group("use"))[0]
                for g in s.figs:
                    assign(it, k, s, g)
                continue
            for run in _lists(s.figs, stretch):
                if len(run) != len(owners):
                    continue
                head = run[0]
                for it, g in zip(owners, run, strict=True):
                    assign(it, k, s, replace(g, role=head.role, pre=head.pre, kind=head.kind, sign=head.sign))
