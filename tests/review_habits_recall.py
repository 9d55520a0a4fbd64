"""What a typing habit costs in finds: an opened stand-in with its errors in, typed with a habit
(tests/review_habits.py), and each established error said the habit's way, so that the corpus matcher
(tests/review_corpus.py ``matches``/``score``, the one benchmarks/bench_review_adv.py scores with) still knows it.

The matcher knows an error by its figure as written and the words of its sentence (``context``); a habit rewrites
both (「较2023年度减少438.71万元」 → 「较上年减少438.71万元」, 「1,234.56万元」 → 「12,345,600.00元」). Each error is
therefore found again in the habit's text by its figure's value: the figure of the same value (in 元 for an amount)
and the same rank among the figures of that value in its paragraph, its words as the habit types them, its context
as the habit types it (else the habit's line that holds the figure). An error whose wrong figure the habit changes
in value (「近446万元」 for 445.93, 12.3% for 12.34%) is not the same error any more: it is kept in the passage (a
finding on it is neither found nor false) but counted apart (``applicable`` False). Errors in the tables are as they
were (habits never touch a table)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from juesuan.review.blocks import normalize
from juesuan.review.figures import Figure, find_figures
from tests.review_corpus import Error, Passage, _norm
from tests.review_habits import BLOCK_HABITS, HABITS, year_text


def paragraph_habit(name: str, year: int) -> Callable[[str], str]:
    """The habit ``name`` as it types one paragraph's text (lines joined): a text habit as it is; of the habits on
    the document's blocks only 「本年度」 rewrites a paragraph (the others add paragraphs)."""
    if name == "none":
        return lambda t: t
    if name in HABITS:
        return HABITS[name]
    if name == "bennian":
        return lambda t: year_text(t, year)
    assert name in BLOCK_HABITS, name
    return lambda t: t


def _typed(habit: Callable[[str], str], text: str) -> str:
    """``text`` typed with ``habit`` and read back as the reader reads it (lines joined)."""
    return "".join(normalize(line) for line in habit(normalize(text)).split("\n"))


def _key(f: Figure) -> tuple[Decimal, str]:
    return (f.yuan(), "money") if f.is_money else (f.value, f.unit)


@dataclass(frozen=True)
class Typed:
    """An error as the habit types it; ``applicable`` False: the habit changed the wrong figure's value."""

    error: Error
    applicable: bool


def _rounded(paragraph: str, typed: str, figure: str, context: str) -> str:
    """The figure the habit put where ``figure`` was (its value changed): the same place among the figures."""
    norm = normalize(figure)
    at = paragraph.find(normalize(context)) if context else -1
    pos = paragraph.find(norm, max(at, 0))
    figs, said = find_figures(paragraph), find_figures(typed)
    k = next((k for k, f in enumerate(figs) if f.start >= pos), None)
    return typed[said[k].start:said[k].end] if k is not None and len(said) == len(figs) else figure


def _figure_in(paragraph: str, typed: str, figure: str, context: str, habit: Callable[[str], str]) -> str | None:
    """``figure`` (of ``paragraph``, near ``context``) as ``typed`` (the paragraph typed with ``habit``) says it:
    the figure of the same value and rank, with its words as the habit types them; None when no figure there has
    its value (the habit rounded or bounded it); "" when ``figure`` is words, not a figure."""
    norm = normalize(figure)
    at = paragraph.find(normalize(context)) if context else -1
    pos = paragraph.find(norm, max(at, 0))
    if pos < 0:
        pos = paragraph.find(norm)
    if pos < 0:
        return ""
    figs = find_figures(paragraph)
    own = [f for f in figs if f.start >= pos and f.end <= pos + len(norm)]
    if not own:
        return ""
    mine = own[-1]
    rank = sum(1 for f in figs if _key(f) == _key(mine) and f.start < mine.start)
    said = find_figures(typed)
    same = [f for f in said if _key(f) == _key(mine)]
    if len(same) <= rank:
        return None
    span = typed[same[rank].start:same[rank].end]
    whole = _typed(habit, figure)
    return whole if _norm(whole).endswith(_norm(span)) and _norm(whole) in _norm(typed) else span


def _words_in(typed: str, words: str, habit: Callable[[str], str]) -> str | None:
    """Words (a name, a date, a context) as the habit types them, where the typed paragraph holds them; else their
    longest piece between marks the typed paragraph still holds (「群众文化（项）」 typed 「2070109群众文化：」: the
    name)."""
    for said in (_typed(habit, words), normalize(words)):
        if _norm(said) in _norm(typed):
            return said
    pieces = [p for p in re.split(r"[（）()【】，,。；;：:、\s]|[类款项](?=）)", normalize(words)) if len(p) >= 2]
    return max((p for p in pieces if _norm(p) in _norm(typed)), key=len, default=None)


def _context(lines: list[str], said: str | None, figure: str) -> str:
    """The error's context in its paragraph typed (``lines``: a paragraph a habit broke into lines): its words as
    the habit types them where one line holds them, else the line that holds the figure (the matcher looks for a
    context in a finding's quote or in the one line that holds it)."""
    if said and any(_norm(said) in _norm(line) for line in lines):
        return said
    return next((line for line in lines if _norm(figure) in _norm(line)), lines[0])


def typed_passage(passage: Passage, habit: Callable[[str], str]) -> tuple[Passage, list[Typed]]:
    """``passage`` (an opened stand-in with its errors in) typed with ``habit``: its text a line a paragraph as the
    reader reads it, and each error said the habit's way (see the module's doc)."""
    paragraphs = [p for p in passage.text.split("\n") if p]
    split = [[normalize(line) for line in habit(normalize(p)).split("\n")] for p in paragraphs]
    lines = [line for own in split for line in own]
    pairs = [(normalize(p), "".join(own), own) for p, own in zip(paragraphs, split, strict=True)]
    out: list[Typed] = []
    for e in passage.errors:
        if e.where == "table" or e.rows:
            out.append(Typed(e, True))
            continue
        holding = [(p, t, o) for p, t, o in pairs if _norm(e.figure) in _norm(p) and _norm(e.context) in _norm(p)]
        if not holding:
            out.append(Typed(e, True))  # not in the text (a table's words): as it was
            continue
        paragraph, typed, own = holding[0]
        figure = _figure_in(paragraph, typed, e.figure, e.context, habit)
        if figure == "":
            figure = _words_in(typed, e.figure, habit)
        applicable = figure is not None
        figure = figure or _rounded(paragraph, typed, e.figure, e.context)
        context = e.context and _context(own, _words_in(typed, e.context, habit), figure)
        also = []
        for a in e.also:
            other = _figure_in(paragraph, typed, a.figure, "", habit)
            if other is None:
                applicable = False
            also.append(replace(a, figure=other or _words_in(typed, a.figure, habit) or a.figure))
        correct = e.correct if applicable else ""
        out.append(Typed(replace(e, figure=figure, context=context, also=tuple(also), correct=correct,
                                 calc=e.calc if applicable else ""), applicable))
    tolerated = tuple(_typed(habit, t) for t in passage.tolerated)
    return replace(passage, text="\n".join(lines), errors=tuple(t.error for t in out), tolerated=tolerated), out

