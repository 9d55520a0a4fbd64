"""The fidelity bench's measure: what a reader read (blocks) against a variant's truth (tests/pdf_bench.py) —
tables cell by cell, the 情况说明's sentences and figures, and the pages the review says it could not read."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from tests import pdf_docs
from tests.pdf_bench import _AMOUNT, _DASH, _NUMBER, Truth, Variant, _fold, truth, unmapped


def _squash(text: str) -> str:
    return _fold(re.sub(r"\s+", "", text))


def _label(row: list[str], true: bool = True) -> str:
    """A row's words and codes, cell by cell ("2080501|行政单位离退休"): a true row's code printed in 类|款|项
    cells as one code, a read row's cells as read (a code read in two cells, "20805|01", is no code)."""
    parts: list[str] = []
    digits = False  # the last cell a code's piece
    for cell in map(_squash, row):
        if _AMOUNT.fullmatch(cell):
            digits = False
        elif cell:
            if true and digits and cell.isdigit():
                parts[-1] += cell
            else:
                parts.append(cell)
            digits = cell.isdigit()
    return "|".join(parts)


def _read(row: list[str]) -> str:
    return _label(row, true=False)


def _figures(text: str) -> Counter:
    return Counter(_NUMBER.findall(_squash(text)))


def _sentences(paragraphs: list[str]) -> list[str]:
    out = []
    for p in paragraphs:
        out += [s for s in re.split(r"(?<=[。；])", _squash(p)) if s]
    return out


@dataclass
class Score:
    """One variant read back: true figures read right of all, false figures, and what went wrong."""

    variant: str
    pages: int = 0
    seconds: float = 0.0
    cells: list[int] = field(default_factory=lambda: [0, 0])  # [read right, true]
    words: list[int] = field(default_factory=lambda: [0, 0])
    false_cells: int = 0
    false_words: int = 0
    lost: list[str] = field(default_factory=list)  # examples
    invented: list[str] = field(default_factory=list)
    # the pages the review says it could not read whole (its 「审阅可能不完整」 findings), and those it should say
    unsaid: list[int] = field(default_factory=list)  # pages that should be said and are not
    said: list[int] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        right, true = self.cells[0] + self.words[0], self.cells[1] + self.words[1]
        return right / true if true else 1.0

    @property
    def false(self) -> int:
        return self.false_cells + self.false_words


def _sides(grid: pdf_docs.Grid, r: int) -> list[list[str]]:
    """Body row ``r`` as its sides, the cells a merge covers left out: 公开06 prints two tables side by
    side (the same header twice), which a reader may stack."""
    row, head = grid.body[r], grid.header[0] if grid.header else []
    merged = {c for k, c0, c1 in grid.body_merges if k == r for c in range(c0 + 1, c1 + 1)}
    n = len(row) // 2
    cuts = [(0, n), (n, len(row))] if len(row) % 2 == 0 and head and head[:n] == head[n:] else [(0, len(row))]
    return [[_squash(row[k]) for k in range(a, b) if k not in merged] for a, b in cuts]


def _name(cell: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", cell))


def _aligned(row: list[str], other: list[str], by_name: bool = True) -> dict[int, int]:
    """Where each cell of ``row`` stands in ``other``: by the nearest name before it (the same offset
    from the same name, names found in order), else counted from the right."""
    out, found, start = {}, {}, 0
    for k, c in enumerate(row):
        if by_name and _name(c) and c in other[start:]:
            found[k] = other.index(c, start)
            start = found[k] + 1
    for i in range(len(row)):
        a = next((k for k in range(i, -1, -1) if _name(row[k])), None)
        j = found[a] + i - a if a in found else len(other) - len(row) + i
        if 0 <= j < len(other):
            out[i] = j
    return out


def _owners(t: Truth, tables: list[list[list[str]]]) -> list[int]:
    """Which true table each read table is (a part of): in order, the one from the last's on sharing
    the most row labels with it not yet read (公开02, 03 and 05 share their labels)."""
    true = [({_label(x) for r in range(len(g.body)) for x in [*_sides(g, r), [c for x in _sides(g, r) for c in x]]}
             | {_label([c or "" for c in h]) for h in g.header}) - {""} for _, g in t.tables]
    out, at = [], 0
    for rows in tables:
        labels = {_read(r) for r in rows}
        best = max(range(at, len(true)), key=lambda k: (len(labels & true[k]), -k), default=at)
        if labels & true[best]:
            at = best
            true[best] = true[best] - labels
        out.append(best)
    return out


def _tables(t: Truth, blocks, s: Score) -> None:
    tables = [[[_squash(c) for c in r] for r in b.rows] for b in blocks if b.is_table]
    owners = _owners(t, tables)
    read_rows = [r for rows in tables for r in rows]
    owner = [o for o, rows in zip(owners, tables, strict=True) for _ in rows]
    labels = [_read(r) for r in read_rows]
    for n, (key, g) in enumerate(t.tables):
        unused = {k for k in range(len(read_rows)) if owner[k] == n}
        _rows(key, g, read_rows, labels, unused, s)
        for k in sorted(unused):
            if labels[k] not in _labels(t):
                for c in read_rows[k]:
                    if _AMOUNT.fullmatch(c) and c not in _DASH:
                        s.false_cells += 1
                        s.invented.append(f"{key} row {labels[k][:20]}: {c}")


def _rows(key: str, g: pdf_docs.Grid, read_rows: list[list[str]], labels: list[str], unused: set[int],
          s: Score) -> None:
    """The body rows of true table ``g`` found among the ``unused`` read rows, cell by cell."""
    figures = any(_AMOUNT.fullmatch(_squash(c)) for row in g.body for c in row)
    for r in range(len(g.body)):
        sides = _sides(g, r)
        whole = [c for side in sides for c in side]
        if not any(_AMOUNT.fullmatch(c) for c in whole):
            if not figures:  # (a table without a figure, its zeros all blank, cannot be told from lines of words)
                continue
            at = next((k for k in sorted(unused) if labels[k] == _label(whole)), None)
            for row in [whole] if at is not None or len(sides) == 1 else sides:  # (a two-sided table read stacked)
                _bare(key, _label(row), read_rows, labels, unused, s)
            continue
        at = next((k for k in sorted(unused) if labels[k] == _label(whole)), None)
        for row in [whole] if at is not None else sides:
            label = _label(row)
            if row is not whole or at is None:
                at = next((k for k in sorted(unused) if labels[k] == label), None)
            amounts = [i for i, c in enumerate(row) if _AMOUNT.fullmatch(c)]
            s.cells[1] += len(amounts)
            if at is None:
                s.lost += [f"{key} row {label[:20]}: not read"] * bool(amounts)
                continue
            unused.discard(at)
            got = read_rows[at]
            # by the name before each amount, or counted from the right (a label merged over the code and
            # name cells may be read in either): whichever puts more of the row's amounts in place
            there = max(_aligned(row, got), _aligned(row, got, by_name=False),
                        key=lambda m: sum(i in m and got[m[i]] == row[i] for i in amounts))
            for i in amounts:
                if i in there and got[there[i]] == row[i]:
                    s.cells[0] += 1
                else:
                    s.lost.append(f"{key} {label[:20]}: {row[i]} read {got[there[i]] if i in there else '—'}")
            back = {j: i for i, j in there.items()}
            for j, c in enumerate(got):
                if _AMOUNT.fullmatch(c) and c not in _DASH and (j not in back or row[back[j]] != c):
                    s.false_cells += 1
                    s.invented.append(f"{key} {label[:20]}: {c}")


def _bare(key: str, label: str, read_rows: list[list[str]], labels: list[str], unused: set[int], s: Score) -> None:
    """A row (or a side of a two-sided one) without figures (its zeros blank, 「本部门无…」): its label counts as
    one cell, read right when a row of that label alone is read (not run into another row, not lost);
    figures read in it are false."""
    if not label:
        return
    s.cells[1] += 1
    at = next((k for k in sorted(unused) if labels[k] == label), None)
    if at is None:
        s.lost.append(f"{key} row {label[:20]}: label not read as a row")
        return
    unused.discard(at)
    s.cells[0] += 1
    for c in read_rows[at]:
        if _AMOUNT.fullmatch(c) and c not in _DASH:
            s.false_cells += 1
            s.invented.append(f"{key} {label[:20]}: {c}")


def _labels(t: Truth) -> set[str]:
    sides = [x for _, g in t.tables for r in range(len(g.body)) for x in _sides(g, r)]
    return {_label(r) for _, g in t.tables for r in g.header} | {_label(x) for x in sides}


def _words(t: Truth, blocks, s: Score) -> None:
    true = _sentences(t.text)
    everything = Counter(_sentences(t.paragraphs))
    read = _sentences([b.text for b in blocks if not b.is_table])
    skeleton = [_NUMBER.sub("#", x) for x in read]
    unused = list(range(len(read)))
    pairs: list[tuple[str, str | None]] = []
    for sentence in true:
        key = _NUMBER.sub("#", sentence)
        at = next((k for k in unused if skeleton[k] == key), None)
        if at is None:  # a sentence read with something in it or lacking: the nearest left over
            near = [(SequenceMatcher(None, key, skeleton[k]).ratio(), k) for k in unused[:400]]
            best = max(near, default=(0.0, -1))
            at = best[1] if best[0] > 0.6 else None
        if at is not None:
            unused.remove(at)
        pairs.append((sentence, None if at is None else read[at]))
    for sentence, got in pairs:
        want, have = _figures(sentence), _figures(got or "")
        s.words[1] += sum(want.values())
        s.words[0] += sum((want & have).values())
        if want - have:
            s.lost.append(f"「{sentence[:30]}」 lacks {sorted((want - have).elements())}" if got else
                          f"「{sentence[:30]}」 not read")
        if have - want:
            s.false_words += sum((have - want).values())
            s.invented.append(f"「{got[:30] if got else ''}」 has {sorted((have - want).elements())}")
    for k in unused:  # read sentences of no 情况说明 sentence: titles, notes, or what a header added
        if read[k] not in everything and not any(read[k] in x for x in everything):  # (or a piece of one: a title
            # set in lines of its own)
            extra = _figures(read[k]) - sum((_figures(x) for x in everything if _squash(x) in read[k]), Counter())
            if extra:
                s.false_words += sum(extra.values())
                s.invented.append(f"「{read[k][:30]}」 has {sorted(extra.elements())}")


def compare(v: Variant, blocks, s: Score | None = None) -> Score:
    """``blocks`` (what a reader read) against the truth of ``v``."""
    s = s or Score(v.name)
    t = truth(v)
    _tables(t, blocks, s)
    _words(t, blocks, s)
    return s


def measure(v: Variant, pdf: Path) -> Score:
    from juesuan.review import review_blocks
    from juesuan.review.extract import read

    s = Score(v.name)
    t0 = time.perf_counter()
    blocks = read(pdf)
    findings = review_blocks(blocks)
    s.seconds = time.perf_counter() - t0
    s.pages = blocks.pages
    s.said = said(findings)
    s.unsaid = sorted(set(unmapped(v, blocks.pages)) - set(s.said))
    return compare(v, blocks, s)


def said(findings) -> list[int]:
    """The pages named by the review's 「审阅可能不完整」 findings (「第3、9-10页」)."""
    out: set[int] = set()
    for f in findings:
        if f.message.startswith("审阅可能不完整"):
            for span in re.findall(r"第([\d、\-]+)页", f.message):
                for part in filter(None, span.split("、")):
                    a, _, b = part.partition("-")
                    out |= set(range(int(a), int(b or a) + 1))
    return sorted(out)


