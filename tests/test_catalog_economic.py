"""The 经济分类 款 dictionary (core.catalog.ECONOMIC_ITEMS) agrees with every real published 基本支出决算表
the project holds (the two 普陀 units' tables as printed and as imported) and with the official 2024 template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from juesuan.core import catalog

DATA = Path(__file__).parent / "data"
TEMPLATE = (Path(__file__).resolve().parents[1].parent / "shared" / "anchors"
            / "shanghai-2024-department-final-template.pdf")
# "301xx" beside its name: a printed row (["30101", "基本工资", …]) or an imported line (code = …, name = …)
PAIR = re.compile(r"(?<!\d)\"?(3\d{4})\"?(?!\d)[\"\s,=]*(?:name\s*=\s*\")?([\u4e00-\u9fff（）()]{2,30})")


def _plain(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")


def _published() -> dict[str, set[str]]:
    pairs: dict[str, set[str]] = {}
    for path in (DATA / "published").glob("*.toml"):
        for m in PAIR.finditer(path.read_text(encoding="utf-8")):
            pairs.setdefault(m.group(1), set()).add(_plain(m.group(2)))
    return pairs


def test_every_item_under_a_known_class_and_group() -> None:
    for code, name in catalog.ECONOMIC_ITEMS.items():
        assert len(code) == 5 and code[:3] in catalog.ECONOMIC_CLASSES, code
        assert name and not re.search(r"[\d\s]", name), (code, name)
    assert catalog.economic_group("办公费") == catalog.PUBLIC
    assert catalog.economic_group("维修(护)费") == catalog.PUBLIC  # brackets of either width
    assert catalog.economic_group("退休费") == catalog.PERSONNEL
    assert catalog.economic_group("办公设备购置") == catalog.PUBLIC  # 309 (基本建设) is no 基本支出 half
    assert catalog.economic_group("工资福利支出") == catalog.PERSONNEL
    assert catalog.economic_group("基本支出") == ""


def test_items_agree_with_published_basic_spending_tables() -> None:
    pairs = _published()
    checked = 0
    for code, names in pairs.items():
        right = catalog.ECONOMIC_ITEMS.get(code) or catalog.ECONOMIC_CLASSES.get(code)
        assert right is not None, (code, names)  # every code a real table prints is known
        assert _plain(right) in names, (code, right, names)
        checked += 1
    assert checked >= 40, checked  # both units' 公开06, each half


def test_items_agree_with_the_official_template() -> None:
    pdfplumber = pytest.importorskip("pdfplumber")
    assert TEMPLATE.exists(), f"reference file missing: {TEMPLATE} (the repository expects ../shared beside it)"
    with pdfplumber.open(TEMPLATE) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    rows = {m.group(1): _plain(m.group(2)) for m in PAIR.finditer(text) if len(m.group(1)) == 5}
    assert len(rows) >= 55
    for code, name in rows.items():
        right = _plain(catalog.ECONOMIC_ITEMS[code])
        assert right == name or right.endswith(name), (code, right, name)  # a cell wrapped over two lines
