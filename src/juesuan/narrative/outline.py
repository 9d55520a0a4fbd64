"""The heading tree of a report and its paragraphs.

A heading's number is computed from its depth among numbered headings and its position among
its siblings, never typed: 一、 （一） 1． （1）. An unnumbered heading (``附：…``) restarts the
numbering of its children at the first level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

CHINESE_DIGITS = "零一二三四五六七八九"


class Style(StrEnum):
    """How a paragraph is laid out (the Word writer and the 分析报告 sheet map these)."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    H1 = "h1"
    H2 = "h2"
    H3 = "h3"
    H4 = "h4"
    BODY = "body"
    TABLE = "table"
    CHART = "chart"


HEADING_STYLES = (Style.H1, Style.H2, Style.H3, Style.H4)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a heading, body text, or the place of a table or chart (``ref``)."""

    style: Style
    text: str = ""
    ref: str = ""

    def as_dict(self) -> dict[str, str]:
        out = {"style": str(self.style), "text": self.text}
        if self.ref:
            out["ref"] = self.ref
        return out


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (up to 99)."""
    if not 0 < n < 100:
        raise ValueError(f"heading number out of range: {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CHINESE_DIGITS[ones]
    head = "" if tens == 1 else CHINESE_DIGITS[tens]
    return head + "十" + (CHINESE_DIGITS[ones] if ones else "")


def number(level: int, n: int) -> str:
    """The label of the n-th heading (1-based) at a numbering level (1-based)."""
    if level == 1:
        return f"{chinese_number(n)}、"
    if level == 2:
        return f"（{chinese_number(n)}）"
    if level == 3:
        return f"{n}．"
    if level == 4:
        return f"（{n}）"
    raise ValueError(f"headings nest at most four numbered levels, not {level}")


C = TypeVar("C")
Body = Callable[[C], list[Paragraph]]


@dataclass(frozen=True)
class Node(Generic[C]):
    """A heading, the body written under it (a function of the context) and its sub-headings."""

    title: str
    body: Body[C] | None = None
    children: tuple[Node[C], ...] = ()
    numbered: bool = True
    tail: Body[C] | None = None  # written after the sub-headings


def render(nodes: Iterable[Node[C]], context: C, on_heading: Callable[[str], None] | None = None) -> list[Paragraph]:
    """Headings (numbered by position) and bodies of a tree, in reading order.

    ``on_heading`` hears each heading's reference (``二（一）``, ``二（二）1（2）``) before the text
    under it is written.
    """
    return list(_walk(tuple(nodes), context, 1, 1, "", on_heading))


def reference(label: str) -> str:
    """A heading label as text refers to it: ``二、`` → ``二``, ``1．`` → ``1``."""
    return label.rstrip("、．")


def _walk(nodes: tuple[Node[C], ...], context: C, depth: int, level: int, path: str,
          on_heading: Callable[[str], None] | None) -> Iterator[Paragraph]:
    n = 0
    for node in nodes:
        if node.numbered:
            n += 1
            label = number(level, n)
        else:
            label = ""
        here = path + reference(label) if label else node.title
        yield Paragraph(HEADING_STYLES[depth - 1], label + node.title)
        if on_heading is not None:
            on_heading(here)
        if node.body is not None:
            yield from node.body(context)
        yield from _walk(node.children, context, depth + 1, level + 1 if node.numbered else 1,
                         here if label else "", on_heading)
        if node.tail is not None:
            if on_heading is not None:
                on_heading(here)
            yield from node.tail(context)
