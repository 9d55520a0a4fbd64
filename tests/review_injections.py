"""Error injection into CLEAN real documents, for 审阅 (issue 17): one operator per error class the issue
lists, applied at every eligible place found by parsing the document as the review reads it (its blocks);
each injection is reviewed and scored with the corpus's own matching (tests/review_corpus.py).

Sources: the two 普陀 documents with their nine tables (as .docx made by tests/pdf_docs.py, and as PDF
through LibreOffice), the corpus's documents and passages (their hand-established errors excluded: no
injection in a sentence that is already wrong), the seed report (its sentences the review flags excluded),
and juesuan's own 决算公开 and 分析报告 for a few units. Everything is deterministic for a seed.

An injection records its document, operator, place (the mutated sentence), the figure or words written,
the correct value (what a finding must state) and whether a finding is expected at all (a rounding-only
change must raise no 错误). ``found``: a new finding matching the injection (``review_corpus.matches``,
with the injection's words as context); ``with value``: it also states the correct value (wording
classes: it names the place); ``false alarm``: an alarm-level finding absent on the clean document and
not about the mutated sentence (for ``expect = "none"``: any 错误 on the mutated sentence too), nor one of the
document's own hand-established errors found (``Source.known``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from tests import review_injection_ops as ops
from tests.review_corpus import ALARM_LEVELS, Error, _norm, _same_value, matches
from tests.review_injection_ops import OPERATORS, document_of, sentences_of, table_code_names

# classes whose error is in words: a finding must name the place, no value to state
WORDING = ("direction", "flat", "compare", "template", "name", "list", "wording")


@dataclass
class Source:
    """A clean document as the review reads it (its blocks), with the places known to be wrong."""

    name: str
    group: str  # "tuning" or "held-out"
    form: str  # "text", "docx", "pdf"
    blocks: list
    unit: str = ""
    skip: tuple[str, ...] = ()  # normalized pieces of sentences already wrong: no injection there
    clean: list = field(default_factory=list)  # the review's findings on the clean document
    known: tuple = ()  # the document's hand-established errors (tests/review_corpus ``Error``)


@dataclass(frozen=True)
class Injection:
    source: str
    group: str
    operator: str
    block: int
    sentence: str  # the mutated sentence as written after the injection
    written: str  # the figure or words written
    correct: str  # what a finding must state ("" for wording classes: it must name the place)
    kind: str  # the corpus kind the matching uses
    expect: str  # "finding" or "none"
    text: str = ""  # the block's new text (paragraphs)
    rows: tuple[tuple[str, ...], ...] = ()  # the block's new rows (tables)
    also: tuple[tuple[str, str], ...] = ()  # other (figure, correct) the same error may be reported on
    context: str = ""
    calc: str = ""  # the exact expression of the correct value (a reviewer may state any value it allows)


@dataclass
class Outcome:
    injection: Injection
    found: bool = False
    with_value: bool = False
    false_alarms: list = field(default_factory=list)
    said: list = field(default_factory=list)  # what the review said on the mutated sentence
    wrong_side: list = field(default_factory=list)  # findings elsewhere that take the injected figure as right

def _skipped(source: Source, sentence: str) -> bool:
    s = _norm(sentence)
    return any(piece and piece in s for piece in source.skip)


def _table_injections(source: Source, doc, bi: int, b) -> Iterator[Injection]:
    for r, col, new, old in table_code_names(doc, b.rows):
        rows = [list(row) for row in b.rows]
        rows[r][col] = new
        yield Injection(source.name, source.group, "code-name-table", bi, "".join(rows[r]), new, old, "name",
                        "finding", "\n".join("\t".join(row) for row in rows), rows=tuple(map(tuple, rows)))


def injections(source: Source, operators: list[str] | None = None) -> Iterator[Injection]:
    """Every injection of ``operators`` (default all) at every eligible place of ``source``."""
    doc = document_of(source)
    for bi, b in enumerate(source.blocks):
        if b.is_table:
            if (operators is None or "code-name-table" in operators) and "基本支出" not in f"{b.kind}{b.title}":
                yield from _table_injections(source, doc, bi, b)
            continue
        sents = list(sentences_of(b.text))
        doc.para = b.text
        for k, (start, end, s) in enumerate(sents):
            if _skipped(source, s):
                continue
            for name in [o for o in operators or OPERATORS if o in OPERATORS]:
                for new, written, correct, kind, expect, also, context, *calc in OPERATORS[name](doc, s):
                    stop = end
                    if "@NEXT@" in new:
                        if k + 1 >= len(sents) or _skipped(source, sents[k + 1][2]):
                            continue
                        # the next sentence ends before what follows it (the paragraph's last may lack its 「。」)
                        nxt = sents[k + 1][2]
                        nxt += "" if nxt.rstrip().endswith(("。", "！", "？")) else "。"
                        new, stop = new.replace("@NEXT@", nxt), sents[k + 1][1]
                    yield Injection(source.name, source.group, name, bi, new, written, correct, kind, expect,
                                    b.text[:start] + new + b.text[stop:], also=also, context=context,
                                    calc=calc[0] if calc else "")


# --- review and score ----------------------------------------------------------------------------


def review(blocks) -> list:
    from juesuan.review import review_blocks

    return review_blocks(blocks)


def _with_block(blocks, index: int, block):
    out = type(blocks)(blocks)
    for attr in ("notes", "pages", "coverage"):
        if hasattr(blocks, attr):
            setattr(out, attr, getattr(blocks, attr))
    out[index] = block
    return out


def key(f) -> tuple:
    return f.code, f.figure, f.expected, f.block


def _on_place(f, inj: Injection) -> bool:
    if f.block != inj.block:
        return False
    q, s = _norm(f.quote), _norm(inj.sentence)
    return bool(q) and (q[:10] in s or s[:10] in q or (bool(inj.written) and _norm(inj.written) in q))


def expected_error(inj: Injection) -> Error:
    from tests.review_corpus import Alternative

    return Error(inj.written, inj.kind, "", inj.correct, inj.calc, also=tuple(Alternative(f, c) for f, c in inj.also),
                 context=inj.context)


def _value_ok(f, err: Error) -> bool:
    from tests.review_corpus import _points_at

    return any(_points_at(f, form.figure, err.kind) and (not form.correct or (bool(f.expected) and
               _same_value(f.expected, form.correct, form.calc))) for form in err.forms())


def _names_place(f, inj: Injection) -> bool:
    """Beyond the corpus's matching: a finding on the mutated sentence that names no figure of its own
    but quotes what was written and states the correct value ("“占71.10”缺少单位：应写作“占71.10%”");
    for a wording class (no correct value), any new finding on the mutated sentence names the place."""
    if inj.kind in WORDING and f.figure and _norm(f.figure) == _norm(inj.written):
        return True  # it names the words written, wherever it quotes (a 项 heading and its amounts apart)
    if not _on_place(f, inj):
        return False
    if inj.kind in WORDING:
        return True
    said = _norm(f.message + f.quote)
    return not f.figure and _norm(inj.written) in said and (not inj.correct or (
        bool(f.expected) and _same_value(f.expected, inj.correct, inj.calc)))


def _known(source: Source, f) -> bool:
    """Whether ``f`` is one of the document's own hand-established errors, found (with its correct value where it
    states one): the injection may change how the review reaches it (another rule, another place of the same
    error), never a false alarm."""
    if not source.known:
        return False
    text = "\n".join(b.text for b in source.blocks if not b.is_table)
    return any(matches(f, err, text) for err in source.known)


def score_one(source: Source, inj: Injection, findings: list) -> Outcome:
    clean: dict[tuple, int] = {}
    for f in source.clean:
        clean[key(f)] = clean.get(key(f), 0) + 1
    new = []
    for f in findings:
        if clean.get(key(f), 0):
            clean[key(f)] -= 1
        else:
            new.append(f)
    out = Outcome(inj)
    err = expected_error(inj)
    for f in new:
        hit = inj.expect == "finding" and (matches(f, err) or _names_place(f, inj))
        if hit:
            out.found = True
            out.with_value = out.with_value or inj.kind in WORDING or _value_ok(f, err) or _names_place(f, inj)
        place = _on_place(f, inj) or f.block == inj.block  # the mutated paragraph explains it
        if hit or place:
            out.said.append(f)
        if f.level.value not in ALARM_LEVELS:
            continue
        if inj.expect == "none" and place and f.level.value == "错误":
            out.false_alarms.append(f)
        elif not hit and not place and not _known(source, f):
            written = _norm(inj.written)
            wrong = len(written) >= 2 and written in _norm(f.expected)  # the other place "corrected" to it
            (out.wrong_side if wrong else out.false_alarms).append(f)
    return out


def run_injection(source: Source, inj: Injection) -> Outcome:
    b = source.blocks[inj.block]
    new = replace(b, text=inj.text, rows=[list(r) for r in inj.rows]) if inj.rows else replace(b, text=inj.text)
    return score_one(source, inj, review(_with_block(source.blocks, inj.block, new)))


def prepare(source: Source) -> Source:
    source.clean = review(source.blocks)
    return source


def select(items: list[Injection], sample: int | None, seed: int | None = None, by_source: bool = True
           ) -> list[Injection]:
    """``sample`` injections per operator and source (per operator only without ``by_source``), chosen
    with ``seed``; all without ``sample``."""
    if not sample:
        return items
    groups: dict[tuple[str, str], list[Injection]] = {}
    for inj in items:
        groups.setdefault((inj.operator, inj.source if by_source else ""), []).append(inj)
    out = []
    for k in sorted(groups):
        rng = random.Random(f"{ops.SEED if seed is None else seed}:{k}")
        out += rng.sample(groups[k], min(sample, len(groups[k])))
    return out


def run(sources: list[Source], operators: list[str] | None = None, sample: int | None = None
        ) -> tuple[list[Outcome], float]:
    t0 = time.perf_counter()
    out = []
    for source in sources:
        for inj in select(list(injections(source, operators)), sample):
            out.append(run_injection(source, inj))
    return out, time.perf_counter() - t0
