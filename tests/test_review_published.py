"""审阅 on whole published documents of one district (tests/data/published/*.txt: the PDF's text,
line-broken as extracted): the publishers' own errors found with their correct values, and
nothing else (docs/published-comparison.md lists the errors, checked by hand)."""

from __future__ import annotations

from pathlib import Path

from juesuan.review import review_path
from juesuan.review.extract import read_text

HERE = Path(__file__).parent / "data" / "published"


def _found(name: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected.split("（")[0]) for f in review_path(HERE / f"{name}.txt")]


def test_pdf_lines_are_joined_into_paragraphs() -> None:
    """A figure on the line after its 项 belongs to that 项's paragraph; headings stay alone."""
    text = (HERE / "putuo_wenlv_2025.txt").read_text(encoding="utf-8")
    blocks = read_text(text)
    item = next(b for b in blocks if b.text.startswith("8、"))
    assert "807.09万元，支出决算为841.30万元" in item.text
    assert any(b.text == "（一）一般公共预算财政拨款支出决算总体情况" for b in blocks)
    assert any(b.text == "第三部分上海市普陀区文化和旅游局2025年度部门决算情况说明" for b in blocks)


def test_sthj_rate_of_change() -> None:
    found = _found("putuo_sthj_2025")
    assert ("R-PERCENT", "2.60%", "2.59%") in found


def test_wenlv_share_and_no_cross_item_same() -> None:
    found = _found("putuo_wenlv_2025")
    assert ("R-SHARE", "6.08%", "6.09%") in found
    assert not [f for f in found if f[0] == "R-SAME"]


def test_wenlv_with_its_nine_tables() -> None:
    """上海市普陀区文化和旅游局 2025: the text and the tables as printed (zeros blank). Every finding
    is one of the publisher's own errors (docs/published-comparison.md, "P2's own mistakes")."""
    import tomllib

    from juesuan.review import review_blocks
    from juesuan.review.extract import Block, read

    tables = tomllib.loads((HERE / "putuo_wenlv_2025.expected.toml").read_text(encoding="utf-8"))["tables"]
    blocks = read(HERE / "putuo_wenlv_2025.txt")
    for key, table in tables.items():
        rows = [list(r) for r in ([table["header"]] if "header" in table else []) + table["rows"]]
        blocks.append(Block("", key, rows, title="单位：万元", caption=f"{table['title']} 单位：万元"))
    found = review_blocks(blocks)
    errors = {(f.code, f.figure, f.expected) for f in found if f.level.value != "提示"}
    assert errors == {
        ("R-ECON-LIST", "", "删去“奖金”"),  # 六: 人员经费 lists 奖金 (blank in 公开06)
        ("R-ECON-LIST", "", "删去“水费”"),  # 六: 公用经费 lists 水费 (blank)
        # (七(二) 3 「0.40万（含外宾接待支出0万元）」 is as the official template writes it: no finding since hab16)
        ("R-WORD-SLIP", "支出收入", "支出"),  # 八 "…收入 2002.80 万元，支出收入2002.80 万元" (the template's typo)
        # 七(一) 公务接待费 "增加0.40万元，增长100%" from 0
        ("R-PERCENT", "100%", "删去“，增长100%”"),
        # 七(一) "完成预算的0%", 公开07 预算 0
        ("R-RATE-ZERO", "0%", "删去“，完成预算的0%”"),
        # 公开05: rows carry other rows' figures (one finding, at its 合计, naming 20709 and 公开04's 合计)
        # ... and 公开05 合计 against the text's 一般公共预算 支出: the same problem, folded into it
        ("R-TABLE-PARENT", "1,700.57", "24,535.67"),
    }, errors
    shifted = next(f for f in found if f.code == "R-TABLE-PARENT")
    # the folded check said as what backs the 应为, not as the check that doubted the table
    # (the text writes 24535.67 without separators: the message quotes it as written)
    assert "；正文的一般公共预算财政拨款支出24535.67万元，与此相符。" in shifted.message
    assert any("奖金" in f.message for f in found) and any("22处" in f.message for f in found)
    assert any("从“20709 旅游发展基金支出”行起" in f.message for f in found)
    # 五(二) 社会保障和就业支出 1,493.32 ÷ 24,535.67 = 6.09%, printed 6.08% so that the shares add to 100.00%: a 提示
    assert [(f.level.value, f.expected.split("（")[0]) for f in found if f.code == "R-SHARE"] == [("提示", "6.09%")]
