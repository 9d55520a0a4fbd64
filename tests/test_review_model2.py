"""Session 4 of the document model: a last digit two 公开 tables disagree on, the 经济分类 lists of
人员经费/公用经费 (with and without the 基本支出决算表), 五(三) totals, 机关运行经费. Texts and tables in
the words and layout of the Shanghai 2024 部门决算 template."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, title=title,
                 caption=f"{title} 单位：万元")


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]


def _found(blocks: list[Block], code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == code]


TITLE = "上海市普陀区生态环境局2024年度部门决算"


def _split_tables(t5_project: str, t3_project: str = "1,367.76") -> list[Block]:
    head = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    body = [["211", "节能环保支出", "4,733.14", "3,365.38", t3_project],
            ["21101", "环境保护管理事务", "4,733.14", "3,365.38", t3_project],
            ["2110101", "行政运行", "3,365.38", "3,365.38", ""],
            ["2110199", "其他环境保护管理事务支出", t3_project, "", t3_project]]
    t3 = [head, ["", "合计", "4,733.14", "3,365.38", t3_project], *body]
    t5 = [head, ["", "合计", "4,733.14", "3,365.38", t5_project], *body]
    return [*_paragraphs(TITLE), _table("支出决算表", t3, 1), _table("一般公共预算财政拨款支出决算表", t5, 2)]


def test_a_last_digit_two_tables_disagree_on_goes_to_the_one_that_does_not_add_up() -> None:
    # 公开05's 合计 row: 3,365.38 + 1,367.75 ≠ 4,733.14; 公开03's adds up with 1,367.76 (普陀 生态环境局 2025)
    assert _found(_split_tables("1,367.75"), "R-TABLE-CROSS") == [("1,367.75", "1,367.76")]
    assert _found(_split_tables("1,367.76"), "R-TABLE-CROSS") == []
    # both rows add up to a rounded 合计 neither way: a 尾数, not an error
    assert _found(_split_tables("1,367.75", "1,367.75"), "R-TABLE-CROSS") == []
