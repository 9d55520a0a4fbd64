"""pdf_rows.homes: each piece of a wrapped cell goes to its own row, however the table sets its cells."""

from __future__ import annotations

import pytest

from juesuan.review.pdf_rows import homes

NAME, CODE = frozenset({1}), frozenset({0, 1, 2})  # a piece's columns; a row's line: code, name, amount
LEAD, PAD = 13.0, 4.0  # a cell's lines apart; the padding between rows


def _table(lines: list[int], setting: str) -> tuple[list, list, list[int]]:
    """Rows whose names take ``lines`` lines, each cell's lines set at the top/middle/foot of its row:
    (anchors, pieces, each piece's true row)."""
    anchors, pieces, truth = [], [], []
    top = 0.0
    for r, n in enumerate(lines):
        height = n * LEAD + PAD
        first = {"top": top + 2, "bottom": top + height - 2 - n * LEAD}.get(setting, top + (height - n * LEAD) / 2)
        anchor = {"top": first, "bottom": first + (n - 1) * LEAD}.get(setting, top + (height - LEAD) / 2)
        name_on_anchor = False
        for k in range(n):
            at = first + k * LEAD
            if abs(at - anchor) < 1:
                name_on_anchor = True
            else:
                pieces.append((at, NAME))
                truth.append(r)
        anchors.append((anchor, CODE if name_on_anchor else frozenset({0, 2})))
        top += height
    order = sorted(range(len(pieces)), key=lambda k: pieces[k][0])
    return anchors, [pieces[k] for k in order], [truth[k] for k in order]


@pytest.mark.parametrize("setting", ["top", "center", "bottom"])
def test_pieces_go_to_their_rows_whatever_the_setting(setting):
    anchors, pieces, truth = _table([1, 4, 1, 2, 3, 1, 2, 2, 1], setting)
    assert homes(anchors, pieces, 10.0) == truth


def test_a_long_centred_name_beside_short_ones_is_not_split_by_nearness():
    """The four-line name's first line stands nearer the row above's line than its own."""
    anchors, pieces, truth = _table([1, 4, 1], "center")
    first = pieces[0]
    assert abs(first[0] - anchors[0][0]) < abs(first[0] - anchors[1][0])
    assert homes(anchors, pieces, 10.0) == truth == [1, 1, 1, 1]
