"""The 项 name dictionary agrees with every real published table the project holds."""

from __future__ import annotations

import re
from pathlib import Path

from juesuan.core import catalog

DATA = Path(__file__).parent / "data"
PAIR = re.compile(r"(?<!\d)(2\d{6})(?!\d)[\"\s|,=:\t]*(?:name\s*=\s*\")?([\u4e00-\u9fff（）()]{2,40})")


def _published_pairs() -> dict[str, set[str]]:
    """code → the names real published tables (and the corpus transcriptions) print beside it."""
    pairs: dict[str, set[str]] = {}
    for path in [*(DATA / "published").glob("*.toml"), *(DATA / "review_corpus").rglob("*.txt")]:
        for m in PAIR.finditer(path.read_text(encoding="utf-8")):
            pairs.setdefault(m.group(1), set()).add(m.group(2))
    return pairs


def test_every_item_belongs_to_a_known_section() -> None:
    assert catalog.FUNCTION_ITEMS
    for code, name in catalog.FUNCTION_ITEMS.items():
        assert len(code) == 7 and code[:5] in catalog.FUNCTION_SECTIONS, code
        assert name and not re.search(r"[\d\s]", name), (code, name)


def test_items_agree_with_published_tables() -> None:
    pairs = _published_pairs()
    checked = 0
    for code, names in pairs.items():
        if code not in catalog.FUNCTION_ITEMS:
            continue
        right = catalog.FUNCTION_ITEMS[code]
        # a table prints the name (perhaps qualified "事业运行（…）"); a sentence may follow it
        assert any(n.startswith(right) for n in names), (code, right, names)
        checked += 1
    assert checked >= 15, checked  # the published units hold at least this many of them
