"""审阅 on stand-in 2024 部门决算 no rule author wrote (tests/data/review_adv): whole documents of three units
in each of five imaginary Shanghai districts (written by five different hands), in the 2024 template's words and
order, each with 7–8 errors of the kinds people make, put in on purpose and listed in ``<id>.expected.toml``.
The documents are rendered to .docx (real Word tables; the second district's tables in larger type, running
over pages, headers repeated or not) and to PDF by LibreOffice, and reviewed the way ``juesuan review`` reads them.

In the first two districts one document is sealed (``held_out``: first byte of sha256(id) divisible by 3), in the
third (上海市西岭区), the fourth (上海市北岸区) and the fifth (上海市南湖区) all three are: the rules are
not tuned on it and its findings are not listed anywhere (benchmarks/bench_review_adv.py prints its totals
only). The floors here are on the open documents: what the review finds today, so that they fail only on a
regression.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

from tests import pdf_docs
from tests.review_corpus import (
    DOC_KINDS,
    Passage,
    Score,
    _errors,
    _norm,
    calc_value,
    held_out_rule,
    parse_value,
    rounded_like,
    score,
)

DATA = Path(__file__).parent / "data" / "review_adv"
DISTRICTS = {  # stand-in districts by three hands: the first two with one sealed document each, the third all sealed
    "上海市临江区": ("linjiang-jiaoyu-2024", "linjiang-binhe-2024", "linjiang-jikong-2024"),
    "上海市东滩区": ("dongtan-fayuan-2024", "dongtan-lvrong-2024", "dongtan-tushuguan-2024", "dongtan-minzhengju-2024"),
    "上海市西岭区": ("xiling-chengguan-2024", "xiling-tuijun-2024", "xiling-rongmeiti-2024"),
    "上海市北岸区": ("beian-renshe-2024", "beian-tiyu-2024", "beian-shenji-2024"),  # a fourth hand, all sealed
    "上海市南湖区": ("nanhu-sifaju-2024", "nanhu-danganguan-2024", "nanhu-xinqiao-2024"),  # fifth hand; 档案馆 opened
    "上海市云溪区": ("yunxi-fagaiwei-2024", "yunxi-yingji-2024", "yunxi-tongjiju-2024"),  # sixth; 统计局, 应急 opened
    "上海市枫林区": ("fenglin-sthj-2024", "fenglin-kewei-2024", "fenglin-erzhong-2024"),  # seventh hand; 二中 opened
    "上海市鹤湾区": ("hewan-guihua-2024", "hewan-shangwu-2024", "hewan-jiaoyi-2024"),  # ninth hand, all sealed
}
# written sealed after the rules were tuned on the others (two of 西岭's opened since)
ALL_SEALED = ("上海市西岭区", "上海市北岸区", "上海市南湖区", "上海市云溪区", "上海市枫林区")
# the eighth hand (adv8): 上海市松岚区, all sealed when written (unit_sl_*.py, unit_sl_expected.py);
# 市场监管局, 文化馆 opened
DISTRICTS["上海市松岚区"] = ("songlan-shichang-2024", "songlan-shuiwu-2024", "songlan-wenhuaguan-2024")
ALL_SEALED += ("上海市松岚区",)
ALL_SEALED += ("上海市鹤湾区",)  # the ninth hand's (unit_hw_*), written sealed
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES = {  # how each unit's office sets its 情况说明: body font, size (pt), justified
    "linjiang-jiaoyu-2024": ("仿宋_GB2312", 16.0, True),
    "linjiang-binhe-2024": ("仿宋_GB2312", 15.0, False),
    "linjiang-jikong-2024": ("宋体", 14.0, True),
    "dongtan-fayuan-2024": ("仿宋_GB2312", 16.0, True),
    "dongtan-lvrong-2024": ("仿宋", 15.0, True),
    "dongtan-tushuguan-2024": ("宋体", 12.0, False),
    "dongtan-minzhengju-2024": ("仿宋_GB2312", 14.0, True),
    "xiling-chengguan-2024": ("仿宋_GB2312", 15.0, True),
    "xiling-tuijun-2024": ("仿宋", 16.0, False),
    "xiling-rongmeiti-2024": ("宋体", 13.0, True),
    "beian-renshe-2024": ("仿宋_GB2312", 16.0, True),
    "beian-tiyu-2024": ("宋体", 14.0, False),
    "beian-shenji-2024": ("仿宋", 15.0, True),
    "nanhu-sifaju-2024": ("仿宋_GB2312", 16.0, True),
    "nanhu-danganguan-2024": ("宋体", 14.0, True),
    "nanhu-xinqiao-2024": ("仿宋", 15.0, False),
    "yunxi-fagaiwei-2024": ("仿宋_GB2312", 16.0, True),
    "yunxi-yingji-2024": ("宋体", 12.0, True),
    "yunxi-tongjiju-2024": ("仿宋", 14.0, False),
    "fenglin-sthj-2024": ("仿宋_GB2312", 16.0, True),
    "fenglin-kewei-2024": ("仿宋", 15.0, True),
    "fenglin-erzhong-2024": ("宋体", 13.0, False),
    "hewan-guihua-2024": ("仿宋_GB2312", 16.0, True),
    "hewan-shangwu-2024": ("仿宋", 15.0, True),
    "hewan-jiaoyi-2024": ("宋体", 14.0, False),
}
# how each office sets its nine tables: font size (pt), the size of the wide two-sided ones (公开01, 公开06: larger
# type wraps long 科目名称, rows grow to two lines and the table runs over a page, a row breaking where the page
# ends, Word's default), whether the header rows are repeated overleaf, and empty lines under those tables'
# titles; the first district's: 8 pt, repeated, none
TABLE_STYLES = {
    "dongtan-fayuan-2024": (10.0, 10.0, True, 0),
    "dongtan-lvrong-2024": (9.0, 11.0, False, 0),
    "dongtan-tushuguan-2024": (9.0, 11.5, False, 2),
    "dongtan-minzhengju-2024": (9.0, 10.0, True, 0),
    "xiling-chengguan-2024": (7.5, 9.5, True, 1),
    "xiling-tuijun-2024": (9.0, 11.0, False, 3),
    "xiling-rongmeiti-2024": (8.5, 11.0, True, 1),
    "beian-renshe-2024": (8.0, 10.5, False, 0),
    "beian-tiyu-2024": (9.5, 11.0, False, 2),
    "beian-shenji-2024": (10.0, 10.0, True, 0),
    "nanhu-sifaju-2024": (9.0, 10.5, False, 0),
    "nanhu-danganguan-2024": (10.0, 10.0, True, 1),
    "nanhu-xinqiao-2024": (8.5, 9.5, False, 2),
    "yunxi-fagaiwei-2024": (9.0, 10.0, False, 0),
    "yunxi-yingji-2024": (8.0, 9.0, True, 1),
    "yunxi-tongjiju-2024": (10.0, 11.0, False, 0),
    "fenglin-sthj-2024": (9.0, 11.5, True, 1),  # 公开01/06 in larger type, running over pages, header again
    "fenglin-kewei-2024": (9.0, 7.5, False, 0),  # 公开01 and 公开06 in smaller type, headers printed once
    "fenglin-erzhong-2024": (9.0, 9.5, True, 2),
    "hewan-guihua-2024": (9.0, 10.0, True, 0),  # 公开02 banded, headers repeated
    "hewan-shangwu-2024": (9.5, 7.5, False, 1),  # 公开01/06 on landscape pages in smaller type, headers once
    "hewan-jiaoyi-2024": (10.0, 10.5, False, 2),  # 公开05's 合计 row first, headers once
}
WIDE = ("公开01", "公开06")


@dataclass(frozen=True)
class Layout:
    """How an office lays its pages out beyond type sizes: the page-number form in the footer, the tables set on
    landscape pages of their own (a section each, as Word does), and tables cut by hand into two with 「续表」 over
    the second part (the header printed again under it), after this many body rows."""

    footer: tuple[str, str] = ("— ", " —")
    landscape: tuple[str, ...] = ()
    continued: tuple[tuple[str, int], ...] = ()
    leaders: bool = False  # the 目录 with dotted leaders to a page number on each line
    band: bool = False  # 公开02's income columns under one merged 「本年收入」 header cell
    running: bool = False  # a page header repeating the unit's name and the year on every page
    of_pages: str = ""  # the page count after the page number, then this: 「第 3 页 共 24 页」
    roster: bool = False  # the 单位构成 lines (「序号　单位名称　…」, cells split at 「　」) set as a Word table
    yuan: bool = False  # the nine tables in 元 (「单位：元」), the text in 万元
    text_grid: bool = False  # lines of the 情况说明 with cells split at 「　」 set as small Word tables
    # the glyph PDF follows landscape and text_grid too (off: it sets 公开07/08/09 on landscape pages and the
    # 「　」-split lines as lines, as it always has for the documents written before this option)
    glyphs_follow: bool = False
    title_unit: bool = False  # 「单位：万元」 at the right of the table's title line (Excel), 「公开0N表」 under it
    column_numbers: bool = False  # a 「栏次」 row closing the header, the amount columns numbered 1, 2, …


LANDSCAPE_WIDTH = 24.0  # cm: A4 across, less the margins
LAYOUTS = {  # the fifth district's offices (the others: portrait pages, 「— N —」)
    "nanhu-sifaju-2024": Layout(("- ", " -"), landscape=("公开02", "公开03", "公开07")),
    "nanhu-danganguan-2024": Layout(("- ", " -"), landscape=("公开07",), continued=(("公开06", 20),)),
    "nanhu-xinqiao-2024": Layout(("- ", " -"), landscape=("公开02", "公开03", "公开04", "公开08", "公开09"),
                                 continued=(("公开05", 22),)),
    # the sixth district's: 发改委 a 目录 with dotted leaders and page numbers, landscape 公开02 (「本年收入」 over its
    # income columns)/03/04, 公开06 cut by hand; 应急 「第 N 页」, 公开07 landscape; 统计局 dotted 目录, 公开01 and
    # 公开06 cut by hand with 「续表」, headers printed once
    "yunxi-fagaiwei-2024": Layout(("- ", " -"), landscape=("公开02", "公开03", "公开04"), continued=(("公开06", 18),),
                                  leaders=True, band=True),
    "yunxi-yingji-2024": Layout(("第 ", " 页"), landscape=("公开07",)),
    "yunxi-tongjiju-2024": Layout(("- ", " -"), continued=(("公开01", 16), ("公开06", 24)), leaders=True),
    # the seventh district's: 生态环境局 and 科委 repeat the unit's name in a page header; 科委 「第 N 页」; 二中
    # 公开02/03 landscape, 「- N -」 (all three print 公开05's 合计 row first: unit_fl_common.Unit)
    "fenglin-sthj-2024": Layout(running=True),
    "fenglin-kewei-2024": Layout(("第 ", " 页"), running=True),
    "fenglin-erzhong-2024": Layout(("- ", " -"), landscape=("公开02", "公开03")),
    # the ninth district's: 规划资源局 and 交易中心 repeat the unit's name in a page header, 规划资源局's 公开02 with
    # 「本年收入」 over two header rows; 商务委 「第 N 页」, 公开01 and 公开06 on landscape pages in 7.5 pt
    "hewan-guihua-2024": Layout(("- ", " -"), running=True, band=True),
    "hewan-shangwu-2024": Layout(("第 ", " 页"), landscape=("公开01", "公开06")),
    "hewan-jiaoyi-2024": Layout(running=True),
}
# the eighth district's offices (adv8): 市场监管局 「第 N 页 共 M 页」, its 单位构成 as a table, 公开06 in larger type
# over two pages with its header repeated; 水务局 「- N -」, 公开02/03 landscape, 公开05 cut by hand with 「续表」,
# headers printed once; 文化馆 「第N页 共M页」, headers repeated
STYLES |= {
    "songlan-shichang-2024": ("仿宋_GB2312", 16.0, True),
    "songlan-shuiwu-2024": ("仿宋", 15.0, True),
    "songlan-wenhuaguan-2024": ("宋体", 12.0, True),
}
TABLE_STYLES |= {
    "songlan-shichang-2024": (8.0, 10.0, True, 4),
    "songlan-shuiwu-2024": (8.0, 9.5, False, 0),
    "songlan-wenhuaguan-2024": (9.0, 10.5, True, 0),
}
LAYOUTS |= {
    "songlan-shichang-2024": Layout(("第 ", " 页 共 "), of_pages=" 页", roster=True),
    "songlan-shuiwu-2024": Layout(("- ", " -"), landscape=("公开02", "公开03"), continued=(("公开05", 14),)),
    "songlan-wenhuaguan-2024": Layout(("第", "页 共"), of_pages="页"),
}

# the tenth hand (adv10): 上海市青澜区, all sealed when written (unit_ql_*.py, unit_ql_expected.py); 农业农村委 and
# 机关事务局 opened 2026-12-07 by rev28. 农业农村委 「第N页 共M页」,
# its 单位构成 and 五(三)'s 项 as Word tables, 公开06 in larger type over two pages, header repeated; 机关事务局
# tables in 元 (blank zero cells, 「单位：元」), 公开02/03 landscape, the 三公 as a small table, headers once,
# 「- N -」; 青少年活动中心 zero cells 「-」, a running page header, 「第 N 页」, headers repeated
DISTRICTS["上海市青澜区"] = ("qinglan-nongye-2024", "qinglan-jiguanju-2024", "qinglan-qingshaonian-2024")
ALL_SEALED += ("上海市青澜区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "qinglan-nongye-2024": ("仿宋_GB2312", 16.0, True),
    "qinglan-jiguanju-2024": ("仿宋", 14.0, True),
    "qinglan-qingshaonian-2024": ("宋体", 12.0, False),
}
TABLE_STYLES |= {
    "qinglan-nongye-2024": (9.0, 11.5, True, 0),
    "qinglan-jiguanju-2024": (8.0, 8.5, False, 1),
    "qinglan-qingshaonian-2024": (9.0, 10.0, True, 2),
}
LAYOUTS |= {
    "qinglan-nongye-2024": Layout(("第", "页 共"), of_pages="页", roster=True, text_grid=True),
    "qinglan-jiguanju-2024": Layout(("- ", " -"), landscape=("公开02", "公开03"), yuan=True, text_grid=True),
    "qinglan-qingshaonian-2024": Layout(("第 ", " 页"), running=True),
}


@dataclass(frozen=True)
class CodeLayout(Layout):
    """A Layout whose coded tables (公开02/03/05/08/09) print the 功能分类 code whole in one column of its own
    (「2210106」, header 「科目编码」) instead of split into 类|款|项 cells (the eleventh district's 区残联)."""

    whole_code: bool = True


@dataclass(frozen=True)
class MoneyLayout(Layout):
    """A Layout whose tables carry 「金额单位：万元」 on the line above them (the thirteenth district's offices)."""

    money: str = "金额单位：万元"
    grid_size: float = 9.0  # the type of the small tables typed into the 情况说明 (Layout.text_grid)


# the thirteenth hand (adv13): 上海市濠泾区, all sealed when written (unit_hj_*.py, unit_hj_expected.py); 泾南街道
# opened 2026-12-07 by rev32 (6/8, 3 false alarms while sealed). The texts in 元 (「1,234,567.89元」) over tables
# in 万元, each table under 「金额单位：万元」, a 绩效 table of the 项目 in the
# 情况说明 (Layout.text_grid). 泾南街道 a page header with the document's title and 「- N -」, its 单位构成 as a Word
# table, 公开01/06 in larger type over two pages with their headers repeated; 信访办 「第N页 共M页」, headers repeated;
# 社会福利院 the title header and 「- N -」, 公开02/03 on landscape pages, headers printed once
DISTRICTS["上海市濠泾区"] = ("haojing-jingnan-2024", "haojing-xinfang-2024", "haojing-fuliyuan-2024")
ALL_SEALED += ("上海市濠泾区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "haojing-jingnan-2024": ("仿宋_GB2312", 16.0, True),
    "haojing-xinfang-2024": ("仿宋", 15.0, True),
    "haojing-fuliyuan-2024": ("宋体", 12.0, False),
}
TABLE_STYLES |= {
    "haojing-jingnan-2024": (9.0, 11.5, True, 0),
    "haojing-xinfang-2024": (9.0, 10.0, True, 1),
    "haojing-fuliyuan-2024": (8.5, 10.0, False, 0),
}
LAYOUTS |= {
    "haojing-jingnan-2024": MoneyLayout(("- ", " -"), running=True, roster=True, text_grid=True),
    "haojing-xinfang-2024": MoneyLayout(("第", "页 共"), of_pages="页", text_grid=True),
    "haojing-fuliyuan-2024": MoneyLayout(("- ", " -"), landscape=("公开02", "公开03"), running=True, text_grid=True),
}


# the eleventh hand (adv11): 上海市柳港区, all sealed when written (unit_lg_*.py, unit_lg_expected.py); 房管局 opened
# 2026-12-07 by rev28
DISTRICTS["上海市柳港区"] = ("liugang-fangguan-2024", "liugang-canlian-2024", "liugang-dashuju-2024")
ALL_SEALED += ("上海市柳港区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
# the eleventh district's offices (adv11): 房管局 「第N页 共M页」, 公开06 in larger type over two pages with its header
# repeated, the 单位构成 a sentence list; 区残联 the code in a column of its own and 款/项 names indented (all three
# indent them: unit_lg_common.Unit), headers once, long names wrapping in narrow cells, 「- N -」; 大数据中心
# 公开02/03 landscape, headers repeated
STYLES |= {
    "liugang-fangguan-2024": ("仿宋_GB2312", 16.0, True),
    "liugang-canlian-2024": ("仿宋", 15.0, True),
    "liugang-dashuju-2024": ("宋体", 12.0, False),
}
TABLE_STYLES |= {
    "liugang-fangguan-2024": (8.5, 11.0, True, 1),
    "liugang-canlian-2024": (8.5, 9.0, False, 0),
    "liugang-dashuju-2024": (9.5, 10.0, True, 2),
}
LAYOUTS |= {
    "liugang-fangguan-2024": Layout(("第", "页 共"), of_pages="页"),
    "liugang-canlian-2024": CodeLayout(("- ", " -")),
    "liugang-dashuju-2024": Layout(landscape=("公开02", "公开03")),
}

# the twelfth hand (adv12): 上海市澄浦区, all sealed when written (unit_cp_*.py, unit_cp_expected.py): Excel-like
# exports — 交通委 「- N -」, 「单位：万元」 on the title line, zero cells 「-」, its 单位构成 as a Word table,
# 公开06 in larger type over two pages with its header printed once; 红十字会 「第N页 共M页」, 公开06 over two
# pages with its header repeated; 博物馆 「- N -」, 「单位：万元」 on the title line, zero cells 「-」, headers repeated
DISTRICTS["上海市澄浦区"] = ("chengpu-jiaowei-2024", "chengpu-hongshizihui-2024", "chengpu-bowuguan-2024")
ALL_SEALED += ("上海市澄浦区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "chengpu-jiaowei-2024": ("仿宋_GB2312", 16.0, True),
    "chengpu-hongshizihui-2024": ("仿宋", 15.0, True),
    "chengpu-bowuguan-2024": ("宋体", 14.0, False),
}
TABLE_STYLES |= {
    "chengpu-jiaowei-2024": (9.0, 11.5, False, 0),
    "chengpu-hongshizihui-2024": (9.0, 11.0, True, 1),
    "chengpu-bowuguan-2024": (9.5, 10.0, True, 0),
}
LAYOUTS |= {
    "chengpu-jiaowei-2024": Layout(("- ", " -"), roster=True, title_unit=True),
    "chengpu-hongshizihui-2024": Layout(("第", "页 共"), of_pages="页"),
    "chengpu-bowuguan-2024": Layout(("- ", " -"), title_unit=True),
}

# the fourteenth hand (adv14): 上海市苇塘区, all sealed when written (unit_wt_*.py, unit_wt_expected.py): 区建管委 a
# WPS export — 「第N页 共M页」, its 单位构成 as a Word table, the coded tables with the code whole in a 「科目编码」
# column and 款/项 told apart only by indentation (unit_wt_jianguanwei.Unit), 公开06 in larger type over two pages
# with its header repeated; 区总工会 「第 N 页 共 M 页」, 公开01 in larger type over two pages, header repeated; 区职校
# 「第N页 共M页」, 公开02/03 landscape, headers repeated; empty tables noted 「本表无数据。」 in all three
DISTRICTS["上海市苇塘区"] = ("weitang-jianguanwei-2024", "weitang-zonggonghui-2024", "weitang-zhixiao-2024")
ALL_SEALED += ("上海市苇塘区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "weitang-jianguanwei-2024": ("仿宋_GB2312", 16.0, True),
    "weitang-zonggonghui-2024": ("仿宋", 15.0, True),
    "weitang-zhixiao-2024": ("宋体", 12.0, False),
}
TABLE_STYLES |= {
    "weitang-jianguanwei-2024": (8.0, 11.5, True, 0),
    "weitang-zonggonghui-2024": (9.0, 11.5, True, 1),
    "weitang-zhixiao-2024": (9.0, 10.0, True, 0),
}
LAYOUTS |= {
    "weitang-jianguanwei-2024": CodeLayout(("第", "页 共"), of_pages="页", roster=True),
    "weitang-zonggonghui-2024": Layout(("第 ", " 页 共 "), of_pages=" 页"),
    "weitang-zhixiao-2024": Layout(("第", "页 共"), of_pages="页", landscape=("公开02", "公开03")),
}

# the fifteenth hand (adv15): 上海市芦汀区, all sealed when written (unit_lt_*.py, unit_lt_expected.py); 国资委 opened
# 2026-12-07 by rev33:
# the 总体情况 in whole 万元, 「本部门无…」 typed inside the empty 公开08/09 (unit_lt_common.Unit).
# 区国资委 「第N页 共M页」, its 单位构成 as a Word table, the 三公 as a small table with a 备注 column
# (Layout.text_grid), 公开06 in larger type over two pages with its header repeated;
# 区人大常委会办公室 「第 N 页 共 M 页」, 公开01 over two pages with its header repeated;
# 区委党校 「第N页 共M页」, 公开02/03 landscape, headers printed once
DISTRICTS["上海市芦汀区"] = ("luting-guoziwei-2024", "luting-renda-2024", "luting-dangxiao-2024")
ALL_SEALED += ("上海市芦汀区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "luting-guoziwei-2024": ("仿宋_GB2312", 16.0, True),
    "luting-renda-2024": ("仿宋", 16.0, True),
    "luting-dangxiao-2024": ("宋体", 14.0, True),
}
TABLE_STYLES |= {
    "luting-guoziwei-2024": (9.0, 11.5, True, 0),
    "luting-renda-2024": (9.0, 12.0, True, 1),
    "luting-dangxiao-2024": (9.5, 10.0, False, 0),
}
LAYOUTS |= {
    "luting-guoziwei-2024": Layout(("第", "页 共"), of_pages="页", roster=True, text_grid=True),
    "luting-renda-2024": Layout(("第 ", " 页 共 "), of_pages=" 页"),
    "luting-dangxiao-2024": Layout(("第", "页 共"), of_pages="页", landscape=("公开02", "公开03")),
}

# the sixteenth hand (adv16): 上海市桐溪区, all sealed when written (unit_tx_*.py, unit_tx_expected.py; its export
# test in tests/test_review_adv_tongxi.py); 区卫健委 opened 2026-12-07 by rev37 (5/8 found, 4 false alarms while
# sealed): 区卫健委 「第 N 页」, 单位构成 a Word table, 「编制单位：…　金额单位：万元」
# over each table, 公开06 over two pages, header repeated; 区妇联 dotted 目录, 「- N -」, headers once; 实验幼儿园
# Excel-like 「单位：万元」 on the title line, a running page header, 「第N页 共M页」, 公开07 landscape. 实验幼儿园
# opened 2026-12-07 by rev38 (4/7 found, 2 false alarms while sealed); 区妇联 opened 2026-12-07 by rev40 (4/7 found,
# 3 false alarms while sealed)
DISTRICTS["上海市桐溪区"] = ("tongxi-weijian-2024", "tongxi-fulian-2024", "tongxi-youeryuan-2024")
ALL_SEALED += ("上海市桐溪区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"tongxi-weijian-2024": ("仿宋_GB2312", 16.0, True), "tongxi-fulian-2024": ("仿宋", 14.0, False),
           "tongxi-youeryuan-2024": ("宋体", 12.0, True)}
TABLE_STYLES |= {"tongxi-weijian-2024": (7.5, 11.0, True, 0), "tongxi-fulian-2024": (9.0, 9.0, False, 1),
                 "tongxi-youeryuan-2024": (8.5, 10.0, True, 0)}
LAYOUTS |= {
    "tongxi-weijian-2024": MoneyLayout(("第 ", " 页"), roster=True,
                                       money="编制单位：上海市桐溪区卫生健康委员会　　　　金额单位：万元"),
    "tongxi-fulian-2024": Layout(("- ", " -"), leaders=True),
    "tongxi-youeryuan-2024": Layout(("第", "页 共"), of_pages="页", running=True, title_unit=True,
                                    landscape=("公开07",)),
}

# the seventeenth hand (adv17): 上海市雁滨区, all sealed when written (unit_yb_*.py, unit_yb_expected.py; exports in
# tests/test_review_adv_yanbin.py); 殡葬管理所 opened 2026-12-07 by rev35 (4/7 found, 3 false alarms while sealed)
DISTRICTS["上海市雁滨区"] = ("yanbin-caizheng-2024", "yanbin-jianchayuan-2024", "yanbin-binzang-2024")
ALL_SEALED += ("上海市雁滨区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"yanbin-caizheng-2024": ("仿宋_GB2312", 16.0, True), "yanbin-jianchayuan-2024": ("仿宋", 15.0, True),
           "yanbin-binzang-2024": ("宋体", 12.0, False)}
TABLE_STYLES |= {"yanbin-caizheng-2024": (9.0, 11.0, True, 0), "yanbin-jianchayuan-2024": (9.0, 8.0, False, 1),
                 "yanbin-binzang-2024": (9.0, 10.0, True, 0)}
LAYOUTS |= {
    "yanbin-caizheng-2024": Layout(("第 ", " 页"), roster=True, leaders=True),
    "yanbin-jianchayuan-2024": Layout(("- ", " -"), landscape=("公开01", "公开06"), running=True),
    "yanbin-binzang-2024": Layout(("第", "页 共"), of_pages="页", landscape=("公开02", "公开03"),
                                  continued=(("公开06", 18),)),
}

# the eighteenth hand (adv18): 上海市梅岙区, all sealed when written (unit_ma_*.py, unit_ma_expected.py); 医保局
# opened 2026-12-07 by rev36 (4/8 found, 2 false alarms while sealed): 区医保局
# 「- N -」, 公开03 and 公开05 on landscape pages, headers repeated; 区科协 zero cells 「-」, a running page header,
# 「第 N 页」, 「单位：万元」 on the title line, headers once; 区中医医院 the code whole in a 「科目编码」 column,
# 「第N页 共M页」, 公开01/06 in larger type over two pages with their headers repeated
DISTRICTS["上海市梅岙区"] = ("meiao-yibao-2024", "meiao-kexie-2024", "meiao-zhongyiyuan-2024")
ALL_SEALED += ("上海市梅岙区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {
    "meiao-yibao-2024": ("仿宋_GB2312", 16.0, True),
    "meiao-kexie-2024": ("仿宋", 14.0, True),
    "meiao-zhongyiyuan-2024": ("宋体", 12.0, True),
}
TABLE_STYLES |= {
    "meiao-yibao-2024": (9.0, 10.5, True, 0),
    "meiao-kexie-2024": (9.5, 10.0, False, 1),
    "meiao-zhongyiyuan-2024": (8.5, 11.0, True, 0),
}
LAYOUTS |= {
    "meiao-yibao-2024": Layout(("- ", " -"), landscape=("公开03", "公开05")),
    "meiao-kexie-2024": Layout(("第 ", " 页"), running=True, title_unit=True),
    "meiao-zhongyiyuan-2024": CodeLayout(("第", "页 共"), of_pages="页"),
}

# the nineteenth hand (adv19): 上海市杏浦区, all sealed when written (unit_xp_*.py, unit_xp_expected.py; exports in
# tests/test_review_adv_xingpu.py); 文旅局 opened 2026-12-07 by rev44 (3/8 found, 4 false alarms while sealed),
# 区妇幼保健院 by rev45 (3/7 found, 3 false alarms while sealed):
# 文旅局 「第 N 页 共 M 页」, 单位构成 a Word table, 公开02 banded, 公开06 cut by hand
# with 「续表」; 政协办 dotted 目录, 「— N —」, 公开04 landscape, headers once; 妇幼保健院 the code whole in a
# 「科目编码」 column, a running page header, 「- N -」, 公开02/03 landscape
DISTRICTS["上海市杏浦区"] = ("xingpu-wenlv-2024", "xingpu-zhengxie-2024", "xingpu-fuyou-2024")
ALL_SEALED += ("上海市杏浦区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"xingpu-wenlv-2024": ("仿宋_GB2312", 16.0, True), "xingpu-zhengxie-2024": ("仿宋", 15.0, True),
           "xingpu-fuyou-2024": ("宋体", 12.0, True)}
TABLE_STYLES |= {"xingpu-wenlv-2024": (9.0, 10.5, True, 0), "xingpu-zhengxie-2024": (9.5, 9.5, False, 1),
                 "xingpu-fuyou-2024": (8.0, 10.0, True, 0)}
LAYOUTS |= {
    "xingpu-wenlv-2024": Layout(("第 ", " 页 共 "), of_pages=" 页", roster=True, band=True,
                                continued=(("公开06", 20),)),
    "xingpu-zhengxie-2024": Layout(leaders=True, landscape=("公开04",)),
    "xingpu-fuyou-2024": CodeLayout(("- ", " -"), running=True, landscape=("公开02", "公开03")),
}

# the twentieth hand (adv20): 上海市榆泾区, all sealed when written (unit_yj_*.py, unit_yj_expected.py; exports in
# tests/test_review_adv_yujing.py): 区公安分局 「第 N 页 共 M 页」, a running page header, 公开04/07 landscape,
# 公开06 in larger type over two pages, header repeated; 区地方志办 「- N -」, dotted 目录, 「单位：万元」 on the
# title line, amounts without separators, headers once; 区动物疫控中心 the code whole in a 「科目编码」 column,
# 「第N页」, zero cells blank, names cut at twelve characters, 公开01 cut by hand with 「续表」. 区地方志办 opened
# 2026-12-07 by rev43 (3/7 found, 4 false alarms, 1 misvalued while sealed); 区动物疫控中心 opened 2026-12-07 by
# rev47 (5/7 found, 3 false alarms while sealed)
DISTRICTS["上海市榆泾区"] = ("yujing-gongan-2024", "yujing-fangzhi-2024", "yujing-dongfang-2024")
ALL_SEALED += ("上海市榆泾区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"yujing-gongan-2024": ("仿宋_GB2312", 16.0, True), "yujing-fangzhi-2024": ("仿宋", 15.0, True),
           "yujing-dongfang-2024": ("宋体", 12.0, False)}
TABLE_STYLES |= {"yujing-gongan-2024": (8.5, 11.0, True, 0), "yujing-fangzhi-2024": (10.0, 10.0, False, 0),
                 "yujing-dongfang-2024": (9.0, 9.5, True, 1)}
LAYOUTS |= {
    "yujing-gongan-2024": Layout(("第 ", " 页 共 "), of_pages=" 页", running=True, landscape=("公开04", "公开07")),
    "yujing-fangzhi-2024": Layout(("- ", " -"), leaders=True, title_unit=True),
    "yujing-dongfang-2024": CodeLayout(("第", "页"), continued=(("公开01", 18),)),
}

# the twenty-first hand (adv21): 上海市荻洲区, all sealed (unit_dz_*.py, unit_dz_expected.py; exports and the writer
# check in tests/test_review_adv_dizhou.py): 区委组织部 a bare page number, a dotted 目录, 公开01/06 landscape;
# 区工商联 「第N页」, 「单位：万元」 on the title line, headers once (opened 2026-12-07 by rev46 (4/7 found, 4 false
# alarms while sealed)); 区环卫所 the code whole in a 「科目编码」 column,
# a running page header, 「— N —」, 公开02/03 landscape
DISTRICTS["上海市荻洲区"] = ("dizhou-zuzhibu-2024", "dizhou-gongshanglian-2024", "dizhou-huanwei-2024")
ALL_SEALED += ("上海市荻洲区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"dizhou-zuzhibu-2024": ("仿宋_GB2312", 16.0, True), "dizhou-gongshanglian-2024": ("仿宋", 14.0, True),
           "dizhou-huanwei-2024": ("宋体", 12.0, False)}
TABLE_STYLES |= {"dizhou-zuzhibu-2024": (9.0, 9.0, True, 0), "dizhou-gongshanglian-2024": (10.0, 10.5, False, 1),
                 "dizhou-huanwei-2024": (8.5, 10.0, True, 0)}
LAYOUTS |= {
    "dizhou-zuzhibu-2024": Layout(("", ""), leaders=True, landscape=("公开01", "公开06")),
    "dizhou-gongshanglian-2024": Layout(("第", "页"), title_unit=True),
    "dizhou-huanwei-2024": CodeLayout(("— ", " —"), running=True, landscape=("公开02", "公开03")),
}

# the twenty-third hand (adv23): 上海市蕴川区, all sealed (unit_yc_*.py, unit_yc_expected.py; exports and the
# writer check in tests/test_review_adv_yunchuan.py): 区建管委 「第 N 页」, its 单位构成 as a Word table,
# 公开02/03/08 landscape, 公开05 cut by hand with 「续表」 (opened 2026-12-07 by rev53 (5/8 found, 2 false alarms
# while sealed)); 区人防办 「第N页」, a dotted 目录, 公开07 landscape, headers once (opened 2026-12-07 by rev50 (3/7
# found, 5 false alarms while sealed)); 区特教学校 the code whole in a 「科目编码」 column, a running page header,
# 「— N —」, 公开06 cut by hand with 「续表」
DISTRICTS["上海市蕴川区"] = ("yunchuan-jianguanwei-2024", "yunchuan-renfang-2024", "yunchuan-tejiao-2024")
ALL_SEALED += ("上海市蕴川区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"yunchuan-jianguanwei-2024": ("仿宋_GB2312", 16.0, True), "yunchuan-renfang-2024": ("仿宋", 15.0, False),
           "yunchuan-tejiao-2024": ("宋体", 12.0, True)}
TABLE_STYLES |= {"yunchuan-jianguanwei-2024": (8.5, 10.0, True, 0), "yunchuan-renfang-2024": (10.0, 10.5, False, 1),
                 "yunchuan-tejiao-2024": (9.0, 10.0, True, 0)}
LAYOUTS |= {
    "yunchuan-jianguanwei-2024": Layout(("第 ", " 页"), roster=True, landscape=("公开02", "公开03", "公开08"),
                                        continued=(("公开05", 16),)),
    "yunchuan-renfang-2024": Layout(("第", "页"), leaders=True, landscape=("公开07",)),
    "yunchuan-tejiao-2024": CodeLayout(("— ", " —"), running=True, continued=(("公开06", 16),)),
}

# the twenty-fourth hand (adv24): 上海市漕湾区, all sealed (unit_cw_*.py, unit_cw_expected.py; exports and the writer
# check in tests/test_review_adv_caowan.py): 区委统战部 「第 N 页」, running header, 单位构成 a Word table, 公开02/03
# landscape; 仲裁院 「第N页 共M页」, 「单位：万元」 on the title line, headers once, 公开06 cut with 「续表」;
# 青少年科技活动中心 the code whole in a 「科目编码」 column, running header, 「- N -」, 公开01 cut with 「续表」
# (opened 2026-12-07 by rev51 (5/7 found, 3 false alarms while sealed))
DISTRICTS["上海市漕湾区"] = ("caowan-tongzhan-2024", "caowan-zhongcaiyuan-2024", "caowan-keji-2024")
ALL_SEALED += ("上海市漕湾区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"caowan-tongzhan-2024": ("仿宋_GB2312", 16.0, True), "caowan-zhongcaiyuan-2024": ("仿宋", 15.0, False),
           "caowan-keji-2024": ("宋体", 12.0, True)}
TABLE_STYLES |= {"caowan-tongzhan-2024": (9.0, 10.5, True, 0), "caowan-zhongcaiyuan-2024": (9.5, 10.0, False, 0),
                 "caowan-keji-2024": (8.5, 10.5, True, 1)}
LAYOUTS |= {
    "caowan-tongzhan-2024": Layout(("第 ", " 页"), running=True, roster=True, landscape=("公开02", "公开03")),
    "caowan-zhongcaiyuan-2024": Layout(("第", "页 共"), of_pages="页", title_unit=True, continued=(("公开06", 16),)),
    "caowan-keji-2024": CodeLayout(("- ", " -"), running=True, continued=(("公开01", 20),)),
}

# the twenty-second hand (adv22): 上海市潮塘区, all sealed (unit_ct_*.py, unit_ct_expected.py; exports and the writer
# check in tests/test_review_adv_chaotang.py): 区委宣传部 「第 N 页」, dotted 目录, 公开06 cut by hand with 「续表」
# (opened 2026-12-07 by rev52 (3/8 found, 4 false alarms while sealed));
# 区气象局 「- N -」, 「单位：万元」 on the title line, 公开02/03 landscape, headers once; 区社区卫生服务中心 the code
# whole in a 「科目编码」 column, a running page header, 「第N页 共M页」
DISTRICTS["上海市潮塘区"] = ("chaotang-xuanchuan-2024", "chaotang-qixiang-2024", "chaotang-shequweisheng-2024")
ALL_SEALED += ("上海市潮塘区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"chaotang-xuanchuan-2024": ("仿宋_GB2312", 16.0, True), "chaotang-qixiang-2024": ("仿宋", 14.0, True),
           "chaotang-shequweisheng-2024": ("宋体", 12.0, False)}
TABLE_STYLES |= {"chaotang-xuanchuan-2024": (9.0, 10.0, True, 0), "chaotang-qixiang-2024": (9.5, 9.0, False, 1),
                 "chaotang-shequweisheng-2024": (8.0, 10.5, True, 0)}
LAYOUTS |= {
    "chaotang-xuanchuan-2024": Layout(("第 ", " 页"), leaders=True, continued=(("公开06", 22),)),
    "chaotang-qixiang-2024": Layout(("- ", " -"), title_unit=True, landscape=("公开02", "公开03")),
    "chaotang-shequweisheng-2024": CodeLayout(("第", "页 共"), of_pages="页", running=True),
}

# the twenty-seventh hand (adv27): 上海市石埭区, all sealed (unit_sd_*.py, unit_sd_expected.py; exports and the writer
# check in tests/test_review_adv_shidai.py): 区政府办 「- N -」, dotted 目录, 单位构成 a Word table, 公开07 landscape;
# 区精神卫生中心 the code whole in a 「科目编码」 column, a running header, 「第N页 共M页」, 公开02/03 landscape,
# headers once; 区投资促进服务中心 「第 N 页」, 「单位：万元」 on the title line, 公开06 cut by hand with 「续表」
DISTRICTS["上海市石埭区"] = ("shidai-zhengfuban-2024", "shidai-jingwei-2024", "shidai-touzicu-2024")
ALL_SEALED += ("上海市石埭区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"shidai-zhengfuban-2024": ("仿宋_GB2312", 16.0, True), "shidai-jingwei-2024": ("宋体", 12.0, True),
           "shidai-touzicu-2024": ("仿宋", 15.0, False)}
TABLE_STYLES |= {"shidai-zhengfuban-2024": (9.0, 10.0, True, 0), "shidai-jingwei-2024": (8.0, 9.5, False, 1),
                 "shidai-touzicu-2024": (9.5, 10.5, True, 0)}
LAYOUTS |= {
    "shidai-zhengfuban-2024": Layout(("- ", " -"), roster=True, leaders=True, landscape=("公开07",)),
    "shidai-jingwei-2024": CodeLayout(("第", "页 共"), of_pages="页", running=True, landscape=("公开02", "公开03")),
    "shidai-touzicu-2024": Layout(("第 ", " 页"), title_unit=True, continued=(("公开06", 18),)),
}

# the twenty-sixth hand (adv26): 上海市竹屿区, all sealed (unit_zy_*.py, unit_zy_expected.py; exports and the writer
# check in tests/test_review_adv_zhuyu.py): 沙港街道 「- N -」, a running page header, 公开02/03 landscape, 公开05 cut
# by hand with 「续表」 (opened 2026-12-07 by rev56 (7/8 found, 20 false alarms while sealed)); 区城运中心 「第N页」,
# 「单位：万元」 on the title line, a 「栏次」 row under every table's header (Layout.column_numbers), headers once;
# 区业余体校 the code whole in a 「科目编码」 column, a dotted 目录, 「— N —」. 区城运中心 opened 2026-12-07 by rev57
# (6/7 found, 13 false alarms while sealed on the docx and LibreOffice's PDF, 1 on the glyphs: the 「栏次」 row
# read as a row of figures; grid.unnumbered drops it)
DISTRICTS["上海市竹屿区"] = ("zhuyu-jiedao-2024", "zhuyu-chengyun-2024", "zhuyu-tixiao-2024")
ALL_SEALED += ("上海市竹屿区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"zhuyu-jiedao-2024": ("仿宋_GB2312", 16.0, True), "zhuyu-chengyun-2024": ("仿宋", 15.0, True),
           "zhuyu-tixiao-2024": ("宋体", 14.0, False)}
TABLE_STYLES |= {"zhuyu-jiedao-2024": (8.5, 10.5, True, 0), "zhuyu-chengyun-2024": (9.0, 9.5, False, 1),
                 "zhuyu-tixiao-2024": (9.5, 10.0, True, 0)}
LAYOUTS |= {
    "zhuyu-jiedao-2024": Layout(("- ", " -"), running=True, landscape=("公开02", "公开03"),
                                continued=(("公开05", 18),)),
    "zhuyu-chengyun-2024": Layout(("第", "页"), title_unit=True, column_numbers=True),
    "zhuyu-tixiao-2024": CodeLayout(("— ", " —"), leaders=True),
}


# the twenty-fifth hand (adv25): 上海市菱湖区, all sealed (unit_lh_*.py, unit_lh_expected.py; exports and the writer
# check in tests/test_review_adv_linghu.py): 区纪委监委 「- N -」, a dotted 目录, 单位构成 a Word table, 公开05 cut by
# hand with 「续表」; 区急救中心 「第N页 共M页」, 「单位：万元」 on the title line, 公开02/03 landscape, headers once;
# 区教师进修学院 「— N —」, a running page header, 公开06 cut by hand with 「续表」
DISTRICTS["上海市菱湖区"] = ("linghu-jiwei-2024", "linghu-jijiu-2024", "linghu-jinxiu-2024")
ALL_SEALED += ("上海市菱湖区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"linghu-jiwei-2024": ("仿宋_GB2312", 16.0, True), "linghu-jijiu-2024": ("宋体", 12.0, True),
           "linghu-jinxiu-2024": ("仿宋", 14.0, False)}
TABLE_STYLES |= {"linghu-jiwei-2024": (9.0, 10.5, True, 0), "linghu-jijiu-2024": (8.5, 9.5, False, 1),
                 "linghu-jinxiu-2024": (9.5, 10.0, True, 0)}
LAYOUTS |= {
    "linghu-jiwei-2024": Layout(("- ", " -"), leaders=True, roster=True, continued=(("公开05", 14),)),
    "linghu-jijiu-2024": Layout(("第", "页 共"), of_pages="页", title_unit=True, landscape=("公开02", "公开03")),
    "linghu-jinxiu-2024": Layout(("— ", " —"), running=True, continued=(("公开06", 18),)),
}

# the twenty-eighth hand (adv28): 上海市沙洲区, all sealed (unit_sz_*.py, unit_sz_expected.py; exports and the writer
# check in tests/test_review_adv_shazhou.py): 区委政法委 「- N -」, 「单位：万元」 on the title line and a 「栏次」 row
# under every table's header, as the 决算 software exports them; 芦泾镇 「第 N 页」, 公开02/03/04 landscape, 公开01
# cut by hand with 「续表」, headers once; 区牙防所 the code whole in a 「科目编码」 column, a running header,
# 「第N页 共M页」
DISTRICTS["上海市沙洲区"] = ("shazhou-zhengfawei-2024", "shazhou-zhen-2024", "shazhou-yafang-2024")
ALL_SEALED += ("上海市沙洲区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"shazhou-zhengfawei-2024": ("仿宋_GB2312", 16.0, True), "shazhou-zhen-2024": ("宋体", 14.0, True),
           "shazhou-yafang-2024": ("仿宋", 15.0, False)}
TABLE_STYLES |= {"shazhou-zhengfawei-2024": (9.0, 10.0, True, 0), "shazhou-zhen-2024": (8.5, 10.5, False, 1),
                 "shazhou-yafang-2024": (9.5, 10.0, True, 0)}
LAYOUTS |= {
    "shazhou-zhengfawei-2024": Layout(("- ", " -"), title_unit=True, column_numbers=True),
    "shazhou-zhen-2024": Layout(("第 ", " 页"), landscape=("公开02", "公开03", "公开04"), continued=(("公开01", 18),)),
    "shazhou-yafang-2024": CodeLayout(("第", "页 共"), of_pages="页", running=True),
}

# the thirtieth hand (adv30): 上海市金塘区, all sealed (unit_jt_*.py, unit_jt_expected.py; exports and the writer
# check in tests/test_review_adv_jintang.py): 区委老干部局 「- N -」, a dotted 目录, 单位构成 a Word table,
# 公开01/06 in larger type running over two pages with their header rows repeated; 区动防中心 「第 N 页」,
# 「单位：万元」 on the title line, 公开01 cut by hand with 「续表」, headers once; 区人民医院 「第N页 共M页」,
# a running header, 公开02/03 landscape, a 「栏次」 row under every table's header
DISTRICTS["上海市金塘区"] = ("jintang-laoganbu-2024", "jintang-dongfang-2024", "jintang-renmin-yiyuan-2024")
ALL_SEALED += ("上海市金塘区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"jintang-laoganbu-2024": ("仿宋_GB2312", 16.0, True), "jintang-dongfang-2024": ("宋体", 12.0, True),
           "jintang-renmin-yiyuan-2024": ("仿宋", 14.0, False)}
TABLE_STYLES |= {"jintang-laoganbu-2024": (9.0, 12.5, True, 1), "jintang-dongfang-2024": (9.0, 10.0, False, 0),
                 "jintang-renmin-yiyuan-2024": (8.0, 9.5, True, 0)}
LAYOUTS |= {
    "jintang-laoganbu-2024": Layout(("- ", " -"), leaders=True, roster=True),
    "jintang-dongfang-2024": Layout(("第 ", " 页"), title_unit=True, continued=(("公开01", 16),)),
    "jintang-renmin-yiyuan-2024": Layout(("第", "页 共"), of_pages="页", running=True, landscape=("公开02", "公开03"),
                                         column_numbers=True),
}

# the thirty-first hand (adv31): 上海市麦浦区, all sealed when written, 团区委 and 救助管理站 opened by rev61
# (unit_mp_*.py, unit_mp_expected.py; exports and the writer check in tests/test_review_adv_maipu.py): 区粮储局 its
# nine tables in 元 under 「单位：元」 (the 决算 software's export), 公开02/03/04 landscape (the glyph PDF too), a
# running page header, 「- N -」; 团区委 a dotted 目录, 「第 N 页」, 公开06 cut by hand with 「续表」, headers
# repeated; 区救助管理站 the code whole in a 「科目编码」 column, 「单位：万元」 on the title line, 「第N页 共M页」,
# headers printed once
DISTRICTS["上海市麦浦区"] = ("maipu-liangchu-2024", "maipu-tuanqu-2024", "maipu-jiuzhu-2024")
ALL_SEALED += ("上海市麦浦区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"maipu-liangchu-2024": ("仿宋_GB2312", 16.0, True), "maipu-tuanqu-2024": ("仿宋", 15.0, True),
           "maipu-jiuzhu-2024": ("宋体", 12.0, False)}
TABLE_STYLES |= {"maipu-liangchu-2024": (8.0, 9.0, False, 0), "maipu-tuanqu-2024": (9.5, 10.5, True, 1),
                 "maipu-jiuzhu-2024": (9.0, 10.0, False, 0)}
LAYOUTS |= {
    "maipu-liangchu-2024": Layout(("- ", " -"), yuan=True, running=True, landscape=("公开02", "公开03", "公开04"),
                                  glyphs_follow=True),
    "maipu-tuanqu-2024": Layout(("第 ", " 页"), leaders=True, continued=(("公开06", 16),)),
    "maipu-jiuzhu-2024": CodeLayout(("第", "页 共"), of_pages="页", title_unit=True),
}

# the twenty-ninth hand (adv29): 上海市白沙区, all sealed (unit_bs_*.py, unit_bs_expected.py; exports and the writer
# check in tests/test_review_adv_baisha.py): 区民宗委 「- N -」, a dotted 目录, 单位构成 a Word table;
# 区就业促进中心 「第N页 共M页」, 「单位：万元」 on the title line, 公开02/03/05 landscape, headers once; 区实验小学
# 「— N —」, a running page header, a 「栏次」 row, 公开06 (人员经费 left, 公用经费 right, each with its code
# column) cut by hand with 「续表」. 区民宗委 (7/8 found, 2 false alarms while sealed) and 区就业促进中心 (6/7, 2 false
# alarms) opened 2026-12-07 by rev63
DISTRICTS["上海市白沙区"] = ("baisha-minzong-2024", "baisha-jiuye-2024", "baisha-xiaoxue-2024")
ALL_SEALED += ("上海市白沙区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"baisha-minzong-2024": ("仿宋_GB2312", 16.0, True), "baisha-jiuye-2024": ("仿宋", 15.0, True),
           "baisha-xiaoxue-2024": ("宋体", 14.0, False)}
TABLE_STYLES |= {"baisha-minzong-2024": (9.0, 10.0, True, 0), "baisha-jiuye-2024": (8.5, 9.5, False, 1),
                 "baisha-xiaoxue-2024": (9.0, 10.5, True, 0)}
LAYOUTS |= {
    "baisha-minzong-2024": Layout(("- ", " -"), leaders=True, roster=True),
    "baisha-jiuye-2024": Layout(("第", "页 共"), of_pages="页", title_unit=True,
                                landscape=("公开02", "公开03", "公开05")),
    "baisha-xiaoxue-2024": Layout(("— ", " —"), running=True, column_numbers=True, continued=(("公开06", 16),)),
}

# the thirty-second hand (adv32): 上海市岚桥区, all sealed (unit_lq_*.py, unit_lq_expected.py; exports and the writer
# check in tests/test_review_adv_lanqiao.py): 区体育局 「第N页」, a running page header, 「单位：万元」 on the
# title line and a 「栏次」 row under every table's header; 区外办 「- N -」, the code whole in a 「科目编码」 column,
# 公开02/03/07 landscape; 区公共法律服务中心 「— N —」, a dotted 目录, 公开01 and 公开06 cut by hand with 「续表」,
# headers printed once
DISTRICTS["上海市岚桥区"] = ("lanqiao-tiyu-2024", "lanqiao-waiban-2024", "lanqiao-falv-2024")
ALL_SEALED += ("上海市岚桥区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"lanqiao-tiyu-2024": ("仿宋_GB2312", 16.0, True), "lanqiao-waiban-2024": ("仿宋", 15.0, True),
           "lanqiao-falv-2024": ("宋体", 14.0, False)}
TABLE_STYLES |= {"lanqiao-tiyu-2024": (9.0, 10.0, True, 0), "lanqiao-waiban-2024": (8.5, 9.5, True, 1),
                 "lanqiao-falv-2024": (9.0, 10.5, False, 0)}
LAYOUTS |= {
    "lanqiao-tiyu-2024": Layout(("第", "页"), running=True, title_unit=True, column_numbers=True),
    "lanqiao-waiban-2024": CodeLayout(("- ", " -"), landscape=("公开02", "公开03", "公开07")),
    "lanqiao-falv-2024": Layout(("— ", " —"), leaders=True, continued=(("公开01", 14), ("公开06", 20))),
}

# the thirty-sixth hand (adv36): 上海市泖湖区, all sealed (unit_mh_*.py, unit_mh_expected.py; exports and the writer
# check in tests/test_review_adv_maohu.py): 区委办 the code whole in a 「科目编码」 column, 「第 N 页」, a running page
# header, 公开05 cut by hand with 「续表」, headers printed once; 区文联 「金额单位：万元」 above each table, a dotted
# 目录, 「— N —」, headers repeated; 区公园管理所 「- N -」, 公开01/06/07 on landscape pages, 公开02's income columns
# under one 「本年收入」 cell, headers repeated
DISTRICTS["上海市泖湖区"] = ("maohu-weiban-2024", "maohu-wenlian-2024", "maohu-gongyuan-2024")
ALL_SEALED += ("上海市泖湖区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"maohu-weiban-2024": ("仿宋_GB2312", 16.0, True), "maohu-wenlian-2024": ("宋体", 14.0, True),
           "maohu-gongyuan-2024": ("仿宋", 15.0, False)}
TABLE_STYLES |= {"maohu-weiban-2024": (8.5, 10.0, False, 0), "maohu-wenlian-2024": (10.0, 10.5, True, 1),
                 "maohu-gongyuan-2024": (9.0, 8.5, True, 2)}
LAYOUTS |= {
    "maohu-weiban-2024": CodeLayout(("第 ", " 页"), running=True, continued=(("公开05", 16),)),
    "maohu-wenlian-2024": MoneyLayout(("— ", " —"), leaders=True),
    "maohu-gongyuan-2024": Layout(("- ", " -"), landscape=("公开01", "公开06", "公开07"), band=True),
}

# the thirty-fourth hand (adv34): 上海市鹭洲区, all sealed (unit_lz_*.py, unit_lz_expected.py; exports and the writer
# check in tests/test_review_adv_luzhou.py): 区府办 「第 N 页」, a running page header, 公开02/03 landscape, 公开05 cut
# by hand with 「续表」, headers repeated; 区侨联 the code whole in a 「科目编码」 column, 「单位：万元」 on the title
# line, 「- N -」, headers printed once; 区精神卫生中心 「第N页 共M页」, a dotted 目录, 公开01/06 landscape, a 「栏次」
# row under every table's header, headers repeated
DISTRICTS["上海市鹭洲区"] = ("luzhou-fuban-2024", "luzhou-qiaolian-2024", "luzhou-jingwei-2024")
ALL_SEALED += ("上海市鹭洲区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"luzhou-fuban-2024": ("仿宋_GB2312", 16.0, True), "luzhou-qiaolian-2024": ("宋体", 12.0, True),
           "luzhou-jingwei-2024": ("仿宋", 14.0, False)}
TABLE_STYLES |= {"luzhou-fuban-2024": (8.5, 10.0, True, 1), "luzhou-qiaolian-2024": (10.0, 10.0, False, 0),
                 "luzhou-jingwei-2024": (8.0, 9.0, True, 2)}
LAYOUTS |= {
    "luzhou-fuban-2024": Layout(("第 ", " 页"), running=True, landscape=("公开02", "公开03"),
                                continued=(("公开05", 14),)),
    "luzhou-qiaolian-2024": CodeLayout(("- ", " -"), title_unit=True),
    "luzhou-jingwei-2024": Layout(("第", "页 共"), of_pages="页", leaders=True, landscape=("公开01", "公开06"),
                                  column_numbers=True),
}

# the thirty-fifth hand (adv35): 上海市桂塘区, all sealed (unit_gt_*.py, unit_gt_expected.py; exports and the writer
# check in tests/test_review_adv_guitang.py): 区经委 「— N —」, 公开02's income columns under one 「本年收入」 band,
# 公开02/03 landscape, a 「栏次」 row, 公开05 cut by hand with 「续表」; 区委网信办 「第N页」, 「金额单位：万元」
# above every table, a dotted 目录, a running page header, headers printed once; 区科技馆 「- N -」, the code whole in
# a 「科目编码」 column, 公开04 landscape, 公开06 cut by hand with 「续表」
DISTRICTS["上海市桂塘区"] = ("guitang-jingwei-2024", "guitang-wangxin-2024", "guitang-kejiguan-2024")
ALL_SEALED += ("上海市桂塘区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"guitang-jingwei-2024": ("仿宋_GB2312", 16.0, True), "guitang-wangxin-2024": ("宋体", 14.0, True),
           "guitang-kejiguan-2024": ("仿宋", 15.0, False)}
TABLE_STYLES |= {"guitang-jingwei-2024": (8.5, 10.0, True, 2), "guitang-wangxin-2024": (10.0, 10.5, False, 0),
                 "guitang-kejiguan-2024": (9.0, 9.5, True, 1)}
LAYOUTS |= {
    "guitang-jingwei-2024": Layout(("— ", " —"), band=True, landscape=("公开02", "公开03"), column_numbers=True,
                                   continued=(("公开05", 14),)),
    "guitang-wangxin-2024": MoneyLayout(("第", "页"), leaders=True, running=True),
    "guitang-kejiguan-2024": CodeLayout(("- ", " -"), landscape=("公开04",), continued=(("公开06", 18),)),
}

# the thirty-third hand (adv33): 上海市枣泾区, all sealed (unit_zj_*.py, unit_zj_expected.py; exports and the writer
# check in tests/test_review_adv_zaojing.py): 区纪委监委 「第 N 页 共 M 页」, 公开02 with 「本年收入」 banded over its
# income columns, 公开02/03 landscape, headers printed once; 区社区学院 「- N -」, 「金额单位：万元」 over each table,
# a running page header, 公开06 cut by hand with 「续表」; 区医疗急救中心 「第N页」, a dotted 目录, a 「栏次」 row,
# 公开05 and 公开07 landscape, headers repeated
DISTRICTS["上海市枣泾区"] = ("zaojing-jiwei-2024", "zaojing-shequxueyuan-2024", "zaojing-jijiu-2024")
ALL_SEALED += ("上海市枣泾区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"zaojing-jiwei-2024": ("仿宋", 16.0, True), "zaojing-shequxueyuan-2024": ("宋体", 12.0, True),
           "zaojing-jijiu-2024": ("仿宋_GB2312", 14.0, False)}
TABLE_STYLES |= {"zaojing-jiwei-2024": (8.0, 9.0, False, 0), "zaojing-shequxueyuan-2024": (9.5, 10.5, True, 2),
                 "zaojing-jijiu-2024": (8.5, 11.0, True, 1)}
LAYOUTS |= {
    "zaojing-jiwei-2024": Layout(("第 ", " 页 共 "), of_pages=" 页", band=True, landscape=("公开02", "公开03")),
    "zaojing-shequxueyuan-2024": MoneyLayout(("- ", " -"), running=True, continued=(("公开06", 18),)),
    "zaojing-jijiu-2024": Layout(("第", "页"), leaders=True, column_numbers=True, landscape=("公开05", "公开07")),
}

# the thirty-seventh hand (adv37): 上海市碧汀区, all sealed (unit_bt_*.py, unit_bt_expected.py; exports and the writer
# check in tests/test_review_adv_biting.py): 区供销社 「— N —」, the code whole in a 「科目编码」 column, 「单位：万元」
# on the title line, 公开03 landscape; 区中心血站 「第 N 页」, a running page header, a 「栏次」 row, 公开05 cut by
# hand with 「续表」; 区工人文化宫 「- N -」, 「金额单位：万元」 over each table, a dotted 目录, 公开02 (「本年收入」
# banded over its income columns) and 公开03 landscape
DISTRICTS["上海市碧汀区"] = ("biting-gongxiaoshe-2024", "biting-xuezhan-2024", "biting-wenhuagong-2024")
ALL_SEALED += ("上海市碧汀区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"biting-gongxiaoshe-2024": ("仿宋_GB2312", 15.0, True), "biting-xuezhan-2024": ("宋体", 14.0, False),
           "biting-wenhuagong-2024": ("仿宋", 12.0, True)}
TABLE_STYLES |= {"biting-gongxiaoshe-2024": (9.0, 10.0, True, 0), "biting-xuezhan-2024": (8.0, 10.5, False, 1),
                 "biting-wenhuagong-2024": (9.5, 11.0, True, 2)}
LAYOUTS |= {
    "biting-gongxiaoshe-2024": CodeLayout(("— ", " —"), title_unit=True, landscape=("公开03",)),
    "biting-xuezhan-2024": Layout(("第 ", " 页"), running=True, column_numbers=True, continued=(("公开05", 8),)),
    "biting-wenhuagong-2024": MoneyLayout(("- ", " -"), leaders=True, band=True, landscape=("公开02", "公开03")),
}

# the thirty-eighth hand (adv38): 上海市蓼浦区, all sealed (unit_lp_*.py, unit_lp_expected.py; exports and the writer
# check in tests/test_review_adv_liaopu.py): 区合作交流办 「— N —」, 公开01/04 landscape, 公开02 with 「本年收入」
# banded, 公开06 cut by hand with 「续表」, headers repeated; 区委编办 「第 N 页 共 M 页」, the code whole in a
# 「科目编码」 column, a dotted 目录, headers printed once; 区教育考试院 「- N -」, 「金额单位：万元」 over each table,
# a running page header, a 「栏次」 row, 公开02 landscape, headers repeated
DISTRICTS["上海市蓼浦区"] = ("liaopu-hezuo-2024", "liaopu-bianban-2024", "liaopu-kaoshi-2024")
ALL_SEALED += ("上海市蓼浦区",)
IDS = tuple(i for ids in DISTRICTS.values() for i in ids)
STYLES |= {"liaopu-hezuo-2024": ("仿宋_GB2312", 16.0, True), "liaopu-bianban-2024": ("宋体", 14.0, True),
           "liaopu-kaoshi-2024": ("仿宋", 15.0, False)}
TABLE_STYLES |= {"liaopu-hezuo-2024": (8.0, 9.5, True, 1), "liaopu-bianban-2024": (10.0, 10.5, False, 0),
                 "liaopu-kaoshi-2024": (8.5, 10.0, True, 2)}
LAYOUTS |= {
    "liaopu-hezuo-2024": Layout(("— ", " —"), landscape=("公开01", "公开04"), band=True, continued=(("公开06", 16),)),
    "liaopu-bianban-2024": CodeLayout(("第 ", " 页 共 "), of_pages=" 页", leaders=True),
    "liaopu-kaoshi-2024": MoneyLayout(("- ", " -"), running=True, column_numbers=True, landscape=("公开02",)),
}


@dataclass(frozen=True)
class AdvDocument:
    id: str
    unit: str
    year: int
    held_out: bool
    paragraphs: tuple[str, ...]
    tables: dict
    expected: dict

    @property
    def opened(self) -> str:
        """The date a sealed document was opened (its findings read): tuning material since."""
        return str(self.expected.get("opened", ""))

    @property
    def sealed(self) -> bool:
        return self.held_out and not self.opened

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def passage(self) -> Passage:
        """The document as the corpus scorer takes it: every error, those in the tables too."""
        errors = _errors(self.expected)
        return Passage(
            id=self.id,
            title=self.expected["title"],
            source=self.expected["source"],
            year=self.year,
            doc="决算",
            section="whole document",
            held_out=self.held_out,
            opened=self.opened,
            clean=not errors,
            text=self.text,
            errors=errors,
            tolerated=tuple(t["figure"] for t in self.expected.get("tolerated", [])),
        )


@cache
def load(doc_id: str) -> AdvDocument:
    raw = tomllib.loads((DATA / f"{doc_id}.toml").read_text(encoding="utf-8"))
    expected = tomllib.loads((DATA / f"{doc_id}.expected.toml").read_text(encoding="utf-8"))
    paragraphs = tuple(p for p in raw["paragraphs"].splitlines() if p)
    return AdvDocument(raw["id"], raw["unit"], raw["year"], expected["held_out"], paragraphs, raw["tables"], expected)


def _made(doc_id: str):
    """make.py's unit module for ``doc_id`` and the clean (text, tables) it computes."""
    sys.path[:0] = [str(DATA)]
    try:
        import make
        import units

        mod = next(m for m in units.ALL if m.FIGURES["id"] == doc_id)
        unit = getattr(mod, "Unit", make.Unit)(mod.FIGURES)
        tables = unit.tables()
        return mod, tuple(mod.text(unit)), tables
    finally:
        sys.path.remove(str(DATA))


def clean(doc_id: str) -> AdvDocument:
    """The document before its errors were put in (make.py's text and tables): every alarm on it is false."""
    _, paragraphs, tables = _made(doc_id)
    doc = load(doc_id)
    return replace(doc, paragraphs=paragraphs, tables=tables, expected={**doc.expected, "errors": []})


def open_ids() -> list[str]:
    return [i for i in IDS if not load(i).sealed]


# --- rendering ----------------------------------------------------------------------------------------


def build_docx(doc: AdvDocument, path: Path) -> Path:
    """The document as its office would publish it: cover, 目录, 第一部分, the nine tables, 情况说明, 名词解释."""
    east, size, justify = STYLES[doc.id]
    table_size, wide_size, repeat, gap = TABLE_STYLES.get(doc.id, (8.0, 8.0, True, 0))
    layout = LAYOUTS.get(doc.id, Layout())
    unit = pdf_docs.Unit(doc.id, doc.unit, doc.year, doc.paragraphs, doc.tables)
    word = Docx()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.6)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pdf_docs._text(footer, layout.footer[0], 10, 0)
    pdf_docs._field(footer, "PAGE", 10)
    pdf_docs._text(footer, layout.footer[1], 10, 0)
    if layout.of_pages:  # 「第 N 页 共 M 页」: the page count after the page number
        pdf_docs._field(footer, "NUMPAGES", 10)
        pdf_docs._text(footer, layout.of_pages, 10, 0)
    if layout.running:
        head = section.header.paragraphs[0]
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pdf_docs._text(head, f"{doc.unit}{doc.year}年度部门决算", 9, 0)
    for _ in range(5):
        word.add_paragraph()
    pdf_docs._para(word, f"{doc.unit}", 24, 0, center=True, east="方正小标宋简体")
    pdf_docs._para(word, f"{doc.year}年度部门决算", 24, 0, center=True, east="方正小标宋简体")
    pdf_docs._page_break(word)
    pdf_docs._para(word, "目  录", 18, 0, center=True, east="黑体")
    contents = (
        f"第一部分 {doc.unit}概况",
        "一、主要职能",
        next((p for p in doc.paragraphs if p.startswith("二、")), "二、部门决算单位构成"),
        f"第二部分 {doc.unit}{doc.year}年度部门决算表",
        *pdf_docs._CONTENTS,
        f"第三部分 {doc.unit}{doc.year}年度部门决算情况说明",
        "第四部分 名词解释",
    )
    pages = _contents_pages(doc) if layout.leaders else [None] * len(contents)
    for line, page in zip(contents, pages, strict=True):
        par = pdf_docs._para(word, line, 14, 0, indent=not line.startswith("第"), east=east)
        if page is not None:  # 「一、收入支出决算总表……………… 4」: a right tab stop with a dotted leader
            par.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pdf_docs._text(par, f"\t{page}", 14, 0, east=east)
    pdf_docs._page_break(word)
    tables_at = next(k for k, p in enumerate(doc.paragraphs) if p.startswith("第三部分"))

    def paragraph(text: str) -> None:
        if text.startswith("第") and "部分" in text[:5]:
            pdf_docs._para(word, text, 16, 0, center=True, east="黑体")
        elif pdf_docs._HEADING.match(text) and len(text) < 40 and not text.endswith("。"):
            pdf_docs._para(word, text, size, 0, east="黑体" if text[0] != "（" else "楷体_GB2312", justify=True)
        else:
            pdf_docs._para(word, text, size, 0, east=east, justify=True, ragged=not justify)

    roster: list[list[str]] = []
    for text in doc.paragraphs[:tables_at]:
        if layout.roster and (text.startswith("序号　") or (roster and text[:1].isdigit() and "　" in text)):
            roster.append(text.split("　"))
            continue
        if roster:
            _roster(word, roster)
            roster = []
        paragraph(text)
    if roster:  # the roster last in 第一部分
        _roster(word, roster)
    pdf_docs._page_break(word)
    pdf_docs._para(word, f"第二部分 {doc.unit}{doc.year}年度部门决算表", 16, 0, center=True, east="黑体")
    for k, (key, grid, notes) in enumerate(pdf_docs.grids(unit)):
        if _orient(word, key in layout.landscape):
            pass  # a new section: it starts a page of its own
        elif k:
            pdf_docs._page_break(word)
        if layout.title_unit:  # the title centred, 「单位：万元」 on its line at the right
            par = pdf_docs._para(word, "\t" + doc.tables[key]["title"], 15, 0, indent=False, east="黑体")
            par.paragraph_format.tab_stops.add_tab_stop(Cm(7.9), WD_TAB_ALIGNMENT.CENTER)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), WD_TAB_ALIGNMENT.RIGHT)
            pdf_docs._text(par, "\t单位：万元", 9, 0)
            pdf_docs._para(word, f"{key}表", 9, 0, indent=False)
        else:
            pdf_docs._para(word, doc.tables[key]["title"], 15, 0, center=True, east="黑体")
        for _ in range(gap if key in WIDE else 0):  # empty lines under the title, as some offices leave
            word.add_paragraph()
        if not layout.title_unit:
            pdf_docs._para(word, f"{key}表", 9, 0, indent=False)
            money = "单位：元" if layout.yuan else getattr(layout, "money", "单位：万元")
            pdf_docs._para(word, money, 9, 0, right=True)
        before = len(word.tables)
        size = wide_size if key in WIDE else table_size
        if layout.band and key == "公开02":
            grid = _banded(grid)
        if getattr(layout, "whole_code", False) and key in WHOLE_CODE:
            grid = _whole_code(grid)
        if layout.column_numbers:
            grid = _column_numbers(grid)
        if key in layout.landscape:  # the table spread over the landscape page's width
            grid = replace(grid, widths=[w * LANDSCAPE_WIDTH / sum(grid.widths) for w in grid.widths])
        cut = dict(layout.continued).get(key)
        if cut:  # cut by hand: the first rows here, 「续表」 and the rest on the next page
            first, rest = _cut(grid, cut)
            pdf_docs._write_grid(word, first, 0, size)
            pdf_docs._page_break(word)
            pdf_docs._para(word, "续表", 9, 0, indent=False)
            pdf_docs._write_grid(word, rest, 0, size)
        else:
            pdf_docs._write_grid(word, grid, 0, size)
        if not repeat:  # header rows printed once, not again overleaf
            for table in word.tables[before:]:
                for mark in table._tbl.xpath(".//w:tblHeader"):
                    mark.getparent().remove(mark)
        for note in notes:
            pdf_docs._para(word, note, 9, 0, indent=False)
    if not _orient(word, False):
        pdf_docs._page_break(word)
    typed: list[list[str]] = []
    for text in doc.paragraphs[tables_at:]:
        if layout.text_grid and "　" in text:  # a row of a small table typed into the 情况说明
            typed.append(text.split("　"))
            continue
        if typed:
            _text_grid(word, typed, getattr(layout, "grid_size", 10.5))
            typed = []
        paragraph(text)
    word.save(str(path))
    return path


def _text_grid(word, rows: list[list[str]], size: float = 10.5) -> None:
    """A small table inside the 情况说明 (the first row its header), columns as wide as their longest body cell (a
    Chinese character two figures wide), between 13 and 26 figures."""
    longest = [min(max(13, *(sum(1 + (ord(c) > 0x2E80) for c in r[k]) for r in rows[1:])), 26)
               for k in range(len(rows[0]))]
    grid = pdf_docs.Grid([rows[0]], [], rows[1:], [], [15.8 * n / sum(longest) for n in longest])
    pdf_docs._write_grid(word, grid, 0, size)


def _roster(word, rows: list[list[str]]) -> None:
    """The 单位构成 table: 序号, 单位名称, 单位性质 (the first row its header)."""
    grid = pdf_docs.Grid([rows[0]], [], rows[1:], [], [1.6, 8.6, 5.6])
    pdf_docs._write_grid(word, grid, 0, 12.0)


def _orient(word, landscape: bool) -> bool:
    """Start a new section (on a new page) when the page must turn; True when one was started."""
    last = word.sections[-1]
    if (last.orientation == WD_ORIENT.LANDSCAPE) == landscape:
        return False
    section = word.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long = sorted((last.page_width, last.page_height))
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    return True


def _contents_pages(doc: AdvDocument) -> list[int]:
    """The page numbers an office types into its 目录 (counted from the cover): 第一部分 on page 3, a page for each
    table (two for the wide 公开01 and 公开06), then the 情况说明 at about 1,100 characters a page."""
    explain = next(k for k, p in enumerate(doc.paragraphs) if p.startswith("第三部分"))
    notes = next(k for k, p in enumerate(doc.paragraphs) if p.startswith("第四部分"))
    tables, at = [], 4
    for key in sorted(doc.tables):
        tables.append(at)
        at += 2 if key in WIDE else 1
    return [3, 3, 3, 4, *tables, at, at + sum(len(p) for p in doc.paragraphs[explain:notes]) // 1100 + 1]


def _banded(grid: pdf_docs.Grid) -> pdf_docs.Grid:
    """公开02 with the columns after 本年收入合计 under one merged 「本年收入」 cell (each name over two header
    rows)."""
    header = [list(r) for r in grid.header]
    total = next(c for c, v in enumerate(header[0]) if v == "本年收入合计")
    names = header[0][total + 1:]
    header[0][total + 1:] = ["本年收入", *[""] * (len(names) - 1)]
    header[1][total + 1:] = names
    merges = [m for m in grid.merges if m[1] <= total] + [(0, total + 1, 0, len(header[0]) - 1)]
    merges += [(1, c, 2, c) for c in range(total + 1, len(header[0]))]
    return replace(grid, header=header, merges=merges)


WHOLE_CODE = ("公开02", "公开03", "公开05", "公开08", "公开09")
_AMOUNT = re.compile(r"^-?[\d,]*\.\d{2}$")
_LABELS = ("类", "款", "项", "科目名称", "科目编码", "项目")  # header cells over label columns (an empty table's too)


def _column_numbers(grid: pdf_docs.Grid) -> pdf_docs.Grid:
    """The header closed by a 「栏次」 row, as the 决算 software exports it: each run of label columns (a column with
    any text that is not an amount or headed 类/款/项/科目名称/…, and the columns left of the first such) merged under
    「栏次」, the amount columns numbered 1, 2, … from left to right."""
    n = len(grid.widths)
    label = [any(r[c] and not _AMOUNT.match(r[c]) for r in grid.body) or any(h[c] in _LABELS for h in grid.header)
             for c in range(n)]
    first = label.index(True) if any(label) else 0
    label = [k < first or v for k, v in enumerate(label)]
    row, merges, number, at = [], [], 0, len(grid.header)
    for c in range(n):
        if not label[c]:
            number += 1
            row.append(str(number))
        elif c and label[c - 1]:  # a label run goes on: one merged 「栏次」 cell over it
            row.append("")
            merges[-1] = (at, merges[-1][1], at, c)
        else:
            row.append("栏次")
            merges.append((at, c, at, c))
    merges = [m for m in merges if m[1] != m[3]]
    return replace(grid, header=[*grid.header, row], merges=[*grid.merges, *merges])


def _whole_code(grid: pdf_docs.Grid) -> pdf_docs.Grid:
    """A coded table with its 类|款|项 cells as one 「科目编码」 column holding the whole code, the 类/款/项 header
    row dropped (cells merged down to it end a row higher)."""
    col = [0, 0, 0, *range(1, len(grid.widths) - 2)]
    header = [[row[0], *row[3:]] for row in grid.header[:-1]]
    header[1][0], header[1][1] = "科目编码", "科目名称"
    merges = {(min(r0, 1), col[c0], min(r1, 1), col[c1]) for r0, c0, r1, c1 in grid.merges}
    merges = sorted(m for m in merges if (m[0], m[1]) != (m[2], m[3]))
    body = [["".join(row[:3]), *row[3:]] for row in grid.body]
    body_merges = [(r, col[c0], col[c1]) for r, c0, c1 in grid.body_merges if col[c0] != col[c1]]
    return pdf_docs.Grid(header, merges, body, body_merges, [sum(grid.widths[:3]), *grid.widths[3:]])


def _cut(grid: pdf_docs.Grid, rows: int) -> tuple[pdf_docs.Grid, pdf_docs.Grid]:
    """A table's grid cut after ``rows`` body rows: both parts with the header, each with its own merged rows."""
    first = replace(grid, body=grid.body[:rows], body_merges=[m for m in grid.body_merges if m[0] < rows])
    rest = replace(grid, body=grid.body[rows:],
                   body_merges=[(r - rows, c0, c1) for r, c0, c1 in grid.body_merges if r >= rows])
    return first, rest


def build_glyphs(doc: AdvDocument, path: Path) -> Path:
    """The document as Word/WPS-like producers write a PDF, glyph by glyph (tests/pdf_glyphs.py: content
    stream not in reading order, Kangxi radicals in ToUnicode, landscape tables, rows overleaf without headers)."""
    from tests import pdf_glyphs

    layout = LAYOUTS.get(doc.id, Layout())
    follow = {"landscape": layout.landscape or pdf_glyphs.LANDSCAPE,
              "text_grid": layout.text_grid} if layout.glyphs_follow else {}
    return pdf_glyphs.build(pdf_docs.Unit(doc.id, doc.unit, doc.year, doc.paragraphs, doc.tables), path,
                            money="元" if layout.yuan else "万元", **follow)


def build_all(outdir: Path, ids=IDS, pdf: bool = True) -> dict[tuple[str, str], Path]:
    """Each document as .docx, as a glyph-by-glyph PDF, and (``pdf``) as LibreOffice's PDF, all converted in one
    LibreOffice call, in ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    docs = {i: build_docx(load(i), outdir / f"{i}.docx") for i in ids}
    out = {(i, "docx"): p for i, p in docs.items()}
    out |= {(i, "glyphs"): build_glyphs(load(i), outdir / f"{i}.glyphs.pdf") for i in ids}
    if pdf:
        out |= {(i, "pdf"): p for i, p in zip(ids, pdf_docs.convert(list(docs.values()), outdir), strict=True)}
    return out


def review(path: Path):
    """What ``juesuan review FILE`` finds (cli/review.py: read, then the rules)."""
    from juesuan.review.extract import read
    from juesuan.review.rules import run

    return run(read(path))


def measure(doc_id: str, findings) -> Score:
    s = Score()
    score(load(doc_id).passage(), findings, s)
    return s


# --- the expected files -------------------------------------------------------------------------------


@pytest.mark.parametrize("district", list(DISTRICTS))
def test_three_documents_one_sealed_by_the_rule(district):
    ids = DISTRICTS[district]
    assert len({load(i).unit for i in ids}) == len(ids) >= 3
    # every unit of the district, a 群团 or 党委 office named as it is (「共青团上海市麦浦区委员会」,
    # 「中共…区委…」) too
    assert all(load(i).unit.removeprefix("共青团").removeprefix("中共").startswith(district) for i in ids)
    if district in ALL_SEALED:  # all sealed when written; some (上海市桐溪区: all, by 2026-12-07) opened since
        assert all(load(i).held_out for i in ids)
        assert all(load(i).sealed or load(i).expected.get("opened") for i in ids)
        return
    assert [load(i).held_out for i in ids] == [held_out_rule(i) for i in ids]
    assert sum(load(i).held_out for i in ids) == 1


@pytest.mark.parametrize("doc_id", IDS)
def test_expected_file_schema(doc_id):
    doc = load(doc_id)
    raw = doc.expected
    for key in ("id", "title", "source", "unit", "year", "doc", "held_out", "complete", "no_errors_found", "checked"):
        assert key in raw, key
    assert raw["id"] == doc_id and raw["unit"] == doc.unit and raw["year"] == doc.year
    assert 5 <= len(raw["errors"]) <= 8  # 7–8 in the six district documents, 6 in the later 区民政局
    if doc_id in DISTRICTS["上海市东滩区"]:  # the second set puts an error in a table of each document
        assert any(e.get("where") == "table" for e in raw["errors"])
    cells = {_norm(str(c)) for t in doc.tables.values() for r in t["rows"] for c in r}
    text = _norm(doc.text)
    assert all(_norm(t["figure"]) in text for t in raw.get("tolerated", []))
    for e in raw["errors"]:
        assert e["kind"] in DOC_KINDS and e["why"] and e["section"] and e["correct"], e
        if e.get("where") == "table":
            assert _norm(e["figure"]) in cells and e.get("rows"), e
        else:
            assert _norm(e["figure"]) in text, e["figure"]
            if e.get("context"):
                assert any(
                    _norm(e["context"]) in _norm(p) and _norm(e["figure"]) in _norm(p) for p in doc.paragraphs
                ), e  # the figure with its context, in one paragraph
        if e.get("calc"):  # the correct value is the calc's, rounded as it is shown
            value, _ = calc_value(e["calc"])
            shown = parse_value(e["correct"])
            assert shown is not None and rounded_like(value, e["correct"]) == shown[0], e


@pytest.mark.parametrize("doc_id", IDS)
def test_documents_are_what_make_writes(doc_id):
    """The committed documents are make.py's output: the tables agree with one another and the text was
    changed only where ERRORS say."""
    mod, paragraphs, tables = _made(doc_id)
    doc = load(doc_id)
    text = "\n".join(paragraphs)
    for old, new in mod.ERRORS:
        text = text.replace(old, new)
    assert text == doc.text
    for key, row, col, value in getattr(mod, "TABLE_ERRORS", []):
        hit = next(r for r in tables[key]["rows"] if row in (r[0], r[1]))
        hit[col] = value
    assert {k: t["rows"] for k, t in tables.items()} == {k: t["rows"] for k, t in doc.tables.items()}
    assert len(mod.ERRORS) + len(getattr(mod, "TABLE_ERRORS", [])) == len(doc.expected["errors"])


@pytest.mark.parametrize("doc_id", DISTRICTS["上海市西岭区"])
def test_third_district_expected_files_are_computed(doc_id):
    """The third hand's expected files are unit_xl_expected.py's output: every correct value computed in Decimal
    from the unit's figures, none typed by hand."""
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import unit_xl_expected
    finally:
        sys.path[:] = path
    _, errors, _ = unit_xl_expected.HEAD[doc_id]
    expected = load(doc_id).expected
    assert expected["errors"] == errors() and expected["held_out"]
    assert expected.get("opened") == unit_xl_expected.OPENED.get(doc_id)
    assert [t["figure"] for t in expected["tolerated"]] == [f for f, _ in unit_xl_expected.TOLERATED[doc_id]]


@pytest.mark.parametrize(("doc_id", "writer"), [(d, "unit_ba_expected") for d in DISTRICTS["上海市北岸区"]]
                         + [(d, "unit_nh_expected") for d in DISTRICTS["上海市南湖区"]]
                         + [(d, "unit_yx_expected") for d in DISTRICTS["上海市云溪区"]]
                         + [(d, "unit_fl_expected") for d in DISTRICTS["上海市枫林区"]]
                         + [(d, "unit_sl_expected") for d in DISTRICTS["上海市松岚区"]]
                         + [(d, "unit_hw_expected") for d in DISTRICTS["上海市鹤湾区"]]
                         + [(d, "unit_ql_expected") for d in DISTRICTS["上海市青澜区"]]
                         + [(d, "unit_lg_expected") for d in DISTRICTS["上海市柳港区"]]
                         + [(d, "unit_cp_expected") for d in DISTRICTS["上海市澄浦区"]]
                         + [(d, "unit_wt_expected") for d in DISTRICTS["上海市苇塘区"]]
                         + [(d, "unit_lt_expected") for d in DISTRICTS["上海市芦汀区"]]
                         + [(d, "unit_yb_expected") for d in DISTRICTS["上海市雁滨区"]]
                         + [(d, "unit_ma_expected") for d in DISTRICTS["上海市梅岙区"]]
                         + [(d, "unit_xp_expected") for d in DISTRICTS["上海市杏浦区"]])
def test_fourth_and_later_district_expected_files_are_computed(doc_id, writer):
    """The fourth and fifth hands' expected files are their writer's output (each error and its correct value
    computed in Decimal from the unit's figures; the fifth's in the same record as the replacement make.py puts
    in), every document sealed when written unless OPENED."""
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        expected = importlib.import_module(writer)
    finally:
        sys.path[:] = path
    mod = next(m for m in expected.MODULES if m.FIGURES["id"] == doc_id)
    assert (DATA / f"{doc_id}.expected.toml").read_text(encoding="utf-8") == expected.render(mod)
    doc = load(doc_id)
    assert doc.held_out and doc.opened == expected.OPENED.get(doc_id, "")
    assert 7 <= len(doc.expected["errors"]) <= 8
    if writer == "unit_nh_expected":  # the fifth hand writes each error and its replacement in one record
        assert [(s.old, s.new) for s in mod.SLIPS] == mod.ERRORS
    if writer not in ("unit_ba_expected", "unit_nh_expected"):  # so do the sixth and later, table errors too
        assert [(s.old, s.new) for s in mod.SLIPS if hasattr(s, "old")] == mod.ERRORS
        assert [(s.table, s.row, s.col, s.value) for s in mod.SLIPS if hasattr(s, "table")] == mod.TABLE_ERRORS


def test_fifth_district_pages_as_offices_set_them(tmp_path):
    """The fifth district's page layouts: footers 「- N -」, the wide tables on landscape sections, a table cut by hand
    with 「续表」 over its second part (header again), headers not repeated where the office does not."""
    word = Docx(str(build_docx(load("nanhu-xinqiao-2024"), tmp_path / "xinqiao.docx")))
    turns = [s.orientation for s in word.sections]
    assert turns[0] == WD_ORIENT.PORTRAIT and WD_ORIENT.LANDSCAPE in turns and turns[-1] == WD_ORIENT.PORTRAIT
    assert all(s.page_width > s.page_height for s in word.sections if s.orientation == WD_ORIENT.LANDSCAPE)
    assert "".join(r.text for r in word.sections[0].footer.paragraphs[0].runs).startswith("- ")
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert len(word.tables) == 10 and not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(build_docx(load("nanhu-danganguan-2024"), tmp_path / "danganguan.docx")))
    cut = [t for t in word.tables if "30101" in "".join(c.text for c in t._cells) or "人员经费合计" in
           "".join(c.text for c in t._cells)]
    assert len(cut) == 2 and all(t.rows[0].cells[0].text == "经济分类科目编码" for t in cut)


def test_sixth_district_contents_and_banded_header(tmp_path):
    """The sixth district's 目录 with dotted leaders to page numbers (where the office sets one) and 公开02's income
    columns under one merged 「本年收入」 cell (发改委 only)."""
    word = Docx(str(build_docx(load("yunxi-fagaiwei-2024"), tmp_path / "fagaiwei.docx")))
    toc = [p for p in word.paragraphs if p.paragraph_format.tab_stops and "\t" in p.text]
    assert len(toc) == 15 and all(p.text.rsplit("\t", 1)[1].isdigit() for p in toc)
    assert all(t.leader == WD_TAB_LEADER.DOTS for p in toc for t in p.paragraph_format.tab_stops)
    pages = [int(p.text.rsplit("\t", 1)[1]) for p in toc]
    assert pages == sorted(pages) and pages[0] == 3
    income = next(t for t in word.tables if {"本年收入合计", "本年收入"} <= {c.text for c in t.rows[0].cells})
    band = [c for c in income.rows[0].cells if c.text == "本年收入"]
    assert len(band) == 6 and len({id(c._tc) for c in band}) == 1  # one cell merged over six columns
    assert [c.text for c in income.rows[1].cells][-6:] == ["财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                                                          "附属单位上缴收入", "其他收入"]
    word = Docx(str(build_docx(load("yunxi-yingji-2024"), tmp_path / "yingji.docx")))
    assert not any("\t" in p.text for p in word.paragraphs)
    heads = [{c.text for c in t.rows[0].cells} for t in word.tables]
    assert not any({"本年收入合计", "本年收入"} <= h for h in heads)  # 公开02 as the template sets it


def test_seventh_district_running_header_and_total_first(tmp_path):
    """The seventh district's exports: the unit's name in a page header where the office sets one (生态环境局, 科委;
    not the school), and 公开05 with its 合计 row above the 类 rows in all three."""
    for doc_id, running in (("fenglin-sthj-2024", True), ("fenglin-erzhong-2024", False)):
        word = Docx(str(build_docx(load(doc_id), tmp_path / f"{doc_id}.docx")))
        head = "".join(p.text for p in word.sections[0].header.paragraphs)
        assert (head == f"{load(doc_id).unit}2024年度部门决算") == running, head
    for doc_id in DISTRICTS["上海市枫林区"]:
        rows = load(doc_id).tables["公开05"]["rows"]
        assert rows[0][1] == "合计" and all(r[1] != "合计" for r in rows[1:])


def test_ninth_district_exports(tmp_path):
    """The ninth district's exports: the unit's name in a page header (规划资源局, 交易中心; not 商务委), 公开02's
    「本年收入」 over its income columns (规划资源局), 公开01/06 on landscape pages (商务委), 公开05's 合计 row first
    (交易中心 only), the 部门's 单位构成 as a 序号/单位名称/备注 list."""
    for doc_id, running in (("hewan-guihua-2024", True), ("hewan-shangwu-2024", False), ("hewan-jiaoyi-2024", True)):
        word = Docx(str(build_docx(load(doc_id), tmp_path / f"{doc_id}.docx")))
        head = "".join(p.text for p in word.sections[0].header.paragraphs)
        assert (head == f"{load(doc_id).unit}2024年度部门决算") == running, head
        turned = [s for s in word.sections if s.orientation == WD_ORIENT.LANDSCAPE]
        assert len(turned) == (2 if doc_id == "hewan-shangwu-2024" else 0)
        heads = [{c.text for c in t.rows[0].cells} for t in word.tables]
        assert any({"本年收入合计", "本年收入"} <= h for h in heads) == (doc_id == "hewan-guihua-2024")
        rows = load(doc_id).tables["公开05"]["rows"]
        assert (rows[0][1] == "合计") == (doc_id == "hewan-jiaoyi-2024")
    assert "序号　单位名称　备注" in load("hewan-guihua-2024").paragraphs


def test_eighth_district_pages_as_offices_set_them(tmp_path):
    """The eighth district's exports: 「第 N 页 共 M 页」 footers (a NUMPAGES field after the page number), the
    市场监管局's 单位构成 as a Word table and its 公开06 header repeated overleaf; the 水务局's 公开05 cut by hand
    with 「续表」, headers printed once."""
    word = Docx(str(build_docx(load("songlan-shichang-2024"), tmp_path / "shichang.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第 ") and footer.text.endswith(" 页")
    roster = word.tables[0]
    assert [c.text for c in roster.rows[0].cells] == ["序号", "单位名称", "单位性质"] and len(roster.rows) == 3
    assert not any(p.text.startswith("序号") for p in word.paragraphs)
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:])
    word = Docx(str(build_docx(load("songlan-shuiwu-2024"), tmp_path / "shuiwu.docx")))
    assert "NUMPAGES" not in word.sections[0].footer.paragraphs[0]._p.xml
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)


def test_tenth_district_exports(tmp_path):
    """The tenth district's exports: 机关事务局's tables in 元 under 「单位：元」 (zero cells blank) in the .docx
    and the glyph PDF, the 情况说明's 「　」-split lines as small Word tables (农业农村委's 项 table, 机关事务局's
    三公 table; not in 青少年活动中心, whose zero cells print 「-」); other offices keep 「单位：万元」."""
    yuan = Docx(str(build_docx(load("qinglan-jiguanju-2024"), tmp_path / "jiguanju.docx")))
    units = [p.text for p in yuan.paragraphs if p.text.startswith("单位：")]
    assert len(units) == 9 and set(units) == {"单位：元"}
    assert any(r[2] == "27,848,473.75" for r in load("qinglan-jiguanju-2024").tables["公开05"]["rows"])
    assert "" in load("qinglan-jiguanju-2024").tables["公开05"]["rows"][2]
    three = [t for t in yuan.tables if t.rows[0].cells[0].text == "项目" and len(t.columns) == 5
             and t.rows[0].cells[4].text == "比上年增减"]
    assert len(three) == 1 and len(three[0].rows) == 7 and three[0].rows[5].cells[4].text.startswith("-")
    assert not any("　" in p.text for p in yuan.paragraphs)
    word = Docx(str(build_docx(load("qinglan-nongye-2024"), tmp_path / "nongye.docx")))
    assert {p.text for p in word.paragraphs if p.text.startswith("单位：")} == {"单位：万元"}
    items = [t for t in word.tables if t.rows[0].cells[0].text == "项名称"]
    assert len(items) == 1 and [c.text for c in items[0].rows[0].cells][-2:] == ["完成率", "原因"]
    assert word.tables[0].rows[0].cells[1].text == "单位名称"  # the 单位构成 roster
    word = Docx(str(build_docx(load("qinglan-qingshaonian-2024"), tmp_path / "qsn.docx")))
    assert len(word.tables) == 9  # the nine 公开 tables only
    assert any(c == "-" for r in load("qinglan-qingshaonian-2024").tables["公开01"]["rows"] for c in r)
    import pdfplumber

    for doc_id, line in (("qinglan-jiguanju-2024", "单位：元"), ("qinglan-nongye-2024", "单位：万元")):
        with pdfplumber.open(build_glyphs(load(doc_id), tmp_path / f"{doc_id}.pdf")) as pdf:
            lines = [x.strip() for page in pdf.pages for x in (page.extract_text() or "").splitlines()]
        assert sum(x.endswith(line) for x in lines) >= 9, doc_id


def test_eleventh_district_exports(tmp_path):
    """The eleventh district's exports: 房管局 「第N页 共M页」 footers, headers repeated, its 单位构成 a sentence list
    (no table before the nine), 款/项 names indented by full-width spaces in all three; 区残联's coded tables with
    the whole code in one 「科目编码」 column (the others split it into 类|款|项), headers printed once."""
    word = Docx(str(build_docx(load("liugang-fangguan-2024"), tmp_path / "fangguan.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第") and footer.text.endswith("页")
    assert len(word.tables) == 9 and all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    assert [c.text for c in word.tables[1].rows[2].cells][:3] == ["类", "款", "项"]
    for doc_id in DISTRICTS["上海市柳港区"]:
        names = {r[0]: r[1] for r in load(doc_id).tables["公开05"]["rows"]}
        assert names["2210201"] == "　　住房公积金" and names["22102"] == "　住房改革支出"
        assert names["221"] == "住房保障支出"
    word = Docx(str(build_docx(load("liugang-canlian-2024"), tmp_path / "canlian.docx")))
    income = word.tables[1]
    assert [c.text for c in income.rows[1].cells][:2] == ["科目编码", "科目名称"] and len(income.columns) == 9
    rows = {r.cells[0].text: r.cells[1].text for r in income.rows[2:]}
    assert rows["2081104"] == "　　残疾人康复" and rows["合计"] == "合计"
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)


def test_twelfth_district_exports(tmp_path):
    """The twelfth district's Excel-like exports: 交通委 and 博物馆 put 「单位：万元」 on each table's title line
    (the title centred by a tab, 「公开0N表」 under it), print zero cells 「-」, 「- N -」 footers; 交通委's 单位构成
    is a Word table and its headers are printed once; 红十字会 prints 0.00, 「第N页 共M页」, headers repeated."""
    word = Docx(str(build_docx(load("chengpu-jiaowei-2024"), tmp_path / "jiaowei.docx")))
    texts = [p.text for p in word.paragraphs]
    assert "\t收入支出决算总表\t单位：万元" in texts and "公开01表" in texts and "单位：万元" not in texts
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"  # 「- N -」 around the PAGE field
    assert len(word.tables) == 10 and [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "单位性质"]
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:])
    cells = [c for r in load("chengpu-jiaowei-2024").tables["公开06"]["rows"] for c in r]
    assert "-" in cells and "0.00" not in cells
    word = Docx(str(build_docx(load("chengpu-hongshizihui-2024"), tmp_path / "hongshizihui.docx")))
    assert "单位：万元" in [p.text for p in word.paragraphs] and len(word.tables) == 9
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    assert "0.00" in [c for r in load("chengpu-hongshizihui-2024").tables["公开06"]["rows"] for c in r]

# --- the floors on the open documents ----------------------------------------------------------------

# measured 2026-12-06 on main @ a18fd35 (benchmarks/bench_review_adv.py): (found with the right value, at most
# this many false alarms), the same on the .docx, the glyph-by-glyph PDF and LibreOffice's PDF
FLOORS = {  # re-measured 2026-12-06 16:40 on rev6 (benchmarks/bench_review_adv.py): the same on all three forms
    **{(doc, form): floor for form in ("docx", "glyphs", "pdf") for doc, floor in (
        ("linjiang-jiaoyu-2024", (8, 0)),
        ("linjiang-jikong-2024", (8, 0)),
        ("dongtan-fayuan-2024", (8, 0)),
        ("dongtan-lvrong-2024", (7, 0)),  # opened 2026-12-06
        ("dongtan-tushuguan-2024", (7, 0)),
        ("dongtan-minzhengju-2024", (6, 0)),
        ("xiling-tuijun-2024", (7, 0)),  # opened 2026-12-06 (written sealed by a third hand)
        ("xiling-rongmeiti-2024", (7, 0)),  # opened 2026-12-06 (9 false alarms while sealed)
        ("beian-shenji-2024", (7, 0)),  # opened 2026-12-06 by rev6 (written sealed by a fourth hand; 2 false alarms)
        ("nanhu-danganguan-2024", (7, 0)),  # opened 2026-12-06 by rev7 (fifth hand; 4/7, 1 false alarm while sealed)
        ("yunxi-tongjiju-2024", (6, 1)),  # opened 2026-12-06 by rev10 (sixth hand; 6/7, 2 false alarms while sealed)
        ("yunxi-yingji-2024", (7, 0)),  # opened 2026-12-06 by rev18 (sixth hand; 4/7, 0 false alarms while sealed)
        ("fenglin-erzhong-2024", (6, 0)),  # opened 2026-12-06 by rev17 (seventh hand; 2/7, 4 false alarms while sealed)
        ("songlan-shichang-2024", (8, 0)),  # opened 2026-12-07 by rev23 (eighth hand; 7/8, 25 false alarms sealed)
        ("songlan-wenhuaguan-2024", (7, 0)),  # opened 2026-12-07 by rev26 (eighth hand; 6/7, 3 false alarms sealed)
        ("qinglan-jiguanju-2024", (7, 0)),  # opened 2026-12-07 by rev28 (tenth hand; 5/7, 6 FA on glyphs); rev30 7/7
        ("qinglan-nongye-2024", (8, 0)),  # opened 2026-12-07 by rev28 (tenth hand; 4/8 docx, 5/8 glyphs while sealed)
        ("liugang-fangguan-2024", (8, 0)),  # opened 2026-12-07 by rev28 (eleventh hand; 5/8, 3 false alarms sealed)
        ("haojing-jingnan-2024", (8, 0)),  # opened 2026-12-07 by rev32 (thirteenth hand; 6/8, 3 false alarms sealed)
        ("luting-guoziwei-2024", (8, 0)),  # opened 2026-12-07 by rev33 (fifteenth hand; 4/8 while sealed)
        ("yanbin-binzang-2024", (7, 0)),  # opened 2026-12-07 by rev35 (seventeenth hand; 4/7, 3 false alarms sealed)
        ("tongxi-weijian-2024", (8, 0)),  # opened 2026-12-07 by rev37 (sixteenth hand; 5/8, 4 false alarms sealed)
        ("tongxi-youeryuan-2024", (7, 0)),  # opened 2026-12-07 by rev38 (sixteenth hand; 4/7, 2 false alarms sealed)
        ("tongxi-fulian-2024", (7, 0)),  # opened 2026-12-07 by rev40 (sixteenth hand; 4/7, 3 false alarms sealed)
        ("meiao-yibao-2024", (8, 0)),  # opened 2026-12-07 by rev36 (eighteenth hand; 4/8, 2 false alarms sealed)
        ("xingpu-wenlv-2024", (8, 0)),  # opened 2026-12-07 by rev44 (nineteenth hand; 3/8, 4 false alarms sealed)
        ("xingpu-fuyou-2024", (7, 0)),  # opened 2026-12-07 by rev45 (nineteenth hand; 3/7, 3 false alarms sealed)
        # opened 2026-12-07 by rev46 (twenty-first hand; 4/7, 4 false alarms sealed); 「0.52万」 without 元, as the
        # template writes it, is no alarm since hab16 (the expected file lists it not)
        ("dizhou-gongshanglian-2024", (7, 0)),
        ("yujing-fangzhi-2024", (7, 0)),  # opened 2026-12-07 by rev43 (twentieth hand; 3/7, 4 false alarms sealed)
        ("yujing-dongfang-2024", (7, 0)),  # opened 2026-12-07 by rev47 (twentieth hand; 5/7, 3 false alarms sealed)
        # opened 2026-12-07 by rev52 (twenty-second hand; 3/8, 4 false alarms sealed); the one alarm left is R-PERCENT
        # on 机关运行经费 「342.16万元，比上年…减少15.58万元，下降4.6%」 (4.6% = 15.58 ÷ 342.16: the rate taken of the
        # amount after the change, R-PERCENT's reading since eyes10) where the expected file lists 342.16 as last
        # year's amount written for this year's (326.58): the text alone does not tell the two apart — the finding
        # names both since rev54 (rules/two_readings.py; a table stating either amount decides it)
        ("chaotang-xuanchuan-2024", (7, 1)),
        # opened 2026-12-07 by rev50 (twenty-third hand; 3/7, 5 false alarms sealed); the eighth error (机关运行经费
        # 增加的主要情况 after a decrease) found in its own text by read18, recorded by rev60
        ("yunchuan-renfang-2024", (8, 0)),
        ("yunchuan-jianguanwei-2024", (8, 0)),  # opened 2026-12-07 by rev53 (twenty-third hand; 5/8, 2 FA sealed)
        ("caowan-keji-2024", (7, 0)),  # opened 2026-12-07 by rev51 (twenty-fourth hand; 5/7, 3 false alarms sealed)
        ("zhuyu-jiedao-2024", (8, 0)),  # opened 2026-12-07 by rev56 (twenty-sixth hand; 7/8, 20 false alarms sealed)
        # opened 2026-12-07 by rev57 (twenty-sixth hand; 6/7, 13 false alarms sealed); the alarm left is 公开06's 302
        # off its children by 18.00, two of which (电费 86.40, 维修（护）费 64.80) are one swap away: neither chosen
        ("zhuyu-chengyun-2024", (6, 1)),
        ("baisha-minzong-2024", (8, 0)),  # opened 2026-12-07 by rev63 (twenty-ninth hand; 7/8, 2 false alarms sealed)
        ("baisha-jiuye-2024", (7, 0)),  # opened 2026-12-07 by rev63 (twenty-ninth hand; 6/7, 2 false alarms sealed)
        # opened 2026-12-07 by rev61 (thirty-first hand; 3/7, 3 false alarms sealed); left: 机关运行经费 given as 302
        # alone (61.80 for 公开06's 公用经费合计 64.60); the 项 code 2012950 of 「2.一般行政管理事务（2012950）：」
        # found since rev66 (a 项 named with its code after the name: subjects.CODED_AFTER)
        ("maipu-tuanqu-2024", (6, 0)),
        ("maipu-jiuzhu-2024", (7, 0)),  # opened 2026-12-07 by rev61 (thirty-first hand; 5/7, 2 FA sealed)
        # opened 2026-12-07 by rev62 (thirtieth hand; 6/7, 2 false alarms sealed); R-RATE-ZERO on 因公出国（境）费's
        # 「完成预算的0.00%」 where its 预算 and 决算 are both 0 is tolerated (the hand did not plant it; as 麦浦's)
        ("jintang-renmin-yiyuan-2024", (7, 0)),
        ("jintang-dongfang-2024", (7, 0)),  # opened 2026-12-07 by rev62 (thirtieth hand; 7/7, 2 FA sealed); as above
        ("luzhou-fuban-2024", (8, 0)),  # opened 2026-12-08 by rev66 (thirty-fourth hand; 4/8, 0 FA sealed)
        ("luzhou-qiaolian-2024", (7, 0)),  # opened 2026-12-08 by rev66 (thirty-fourth hand; 6/7, 0 FA sealed)
    )},
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("review_adv")
    return build_all(folder, tuple(open_ids()), pdf=pdf_docs.soffice() is not None)


@pytest.mark.parametrize(("doc_id", "form"), list(FLOORS))
def test_floor_on_open_documents(rendered, doc_id, form):
    if (doc_id, form) not in rendered:
        pytest.skip("LibreOffice (soffice) missing: no PDF")
    s = measure(doc_id, review(rendered[doc_id, form]))
    least, most = FLOORS[doc_id, form]
    assert s.found >= least, (s.found, s.missed)
    assert s.false_alarms <= most, s.alarms


# the same documents with their errors taken out: every alarm is false (measured as above)
CLEAN_FLOORS = {  # re-measured 2026-12-06 16:40 on rev6: no alarm on any of them
    "linjiang-jiaoyu-2024": 0,
    "linjiang-jikong-2024": 0,
    "dongtan-fayuan-2024": 0,
    "dongtan-tushuguan-2024": 0,
    "dongtan-minzhengju-2024": 0,
    "dongtan-lvrong-2024": 0,  # opened 2026-12-06 (it drew 14 false alarms while sealed)
    "xiling-tuijun-2024": 0,  # opened 2026-12-06
    "xiling-rongmeiti-2024": 0,  # opened 2026-12-06 (9 false alarms while sealed)
    "beian-shenji-2024": 0,  # opened 2026-12-06
    "nanhu-danganguan-2024": 0,  # opened 2026-12-06 by rev7
    "yunxi-tongjiju-2024": 0,  # opened 2026-12-06 by rev10
    "yunxi-yingji-2024": 0,  # opened 2026-12-06 by rev18
    "fenglin-erzhong-2024": 0,  # opened 2026-12-06 by rev17 (1 false alarm while sealed)
    "songlan-shichang-2024": 0,  # opened 2026-12-07 by rev23
    "songlan-wenhuaguan-2024": 0,  # opened 2026-12-07 by rev26 (5 false alarms while sealed)
    "qinglan-jiguanju-2024": 0,  # opened 2026-12-07 by rev28
    "qinglan-nongye-2024": 0,  # opened 2026-12-07 by rev28
    "liugang-fangguan-2024": 0,  # opened 2026-12-07 by rev28
    "haojing-jingnan-2024": 0,  # opened 2026-12-07 by rev32
    "luting-guoziwei-2024": 0,  # opened 2026-12-07 by rev33
    "yanbin-binzang-2024": 0,  # opened 2026-12-07 by rev35
    "tongxi-weijian-2024": 0,  # opened 2026-12-07 by rev37 (2 false alarms while sealed)
    "tongxi-youeryuan-2024": 0,  # opened 2026-12-07 by rev38
    "tongxi-fulian-2024": 0,  # opened 2026-12-07 by rev40 (1 false alarm while sealed)
    "meiao-yibao-2024": 0,  # opened 2026-12-07 by rev36
    "xingpu-wenlv-2024": 0,  # opened 2026-12-07 by rev44 (1 false alarm while sealed)
    "xingpu-fuyou-2024": 0,  # opened 2026-12-07 by rev45
    "dizhou-gongshanglian-2024": 0,  # opened 2026-12-07 by rev46 (「0.52万」 without 元: no alarm since hab16)
    "yujing-fangzhi-2024": 0,  # opened 2026-12-07 by rev43 (3 false alarms while sealed)
    "yujing-dongfang-2024": 0,  # opened 2026-12-07 by rev47 (3 false alarms while sealed)
    "chaotang-xuanchuan-2024": 0,  # opened 2026-12-07 by rev52 (3 false alarms while sealed)
    "yunchuan-renfang-2024": 0,  # opened 2026-12-07 by rev50 (3 false alarms while sealed)
    "yunchuan-jianguanwei-2024": 0,  # opened 2026-12-07 by rev53
    "caowan-keji-2024": 0,  # opened 2026-12-07 by rev51 (3 false alarms while sealed)
    "zhuyu-jiedao-2024": 0,  # opened 2026-12-07 by rev56 (19 false alarms while sealed)
    "zhuyu-chengyun-2024": 0,  # opened 2026-12-07 by rev57 (12 false alarms while sealed: the 「栏次」 row)
    # opened 2026-12-07 by rev61: the one alarm is R-RATE-ZERO on 「完成预算的0.00%」 (0%) of a zero budget, the
    # template's blank filled with zeros — tolerated in the expected files (a reviewer may question it either way)
    "maipu-tuanqu-2024": 1,
    "maipu-jiuzhu-2024": 1,
    # opened 2026-12-07 by rev62: the one alarm is R-RATE-ZERO on a 0/0 「完成预算的0.00%」 (rev59's class)
    "jintang-renmin-yiyuan-2024": 1,
    "jintang-dongfang-2024": 1,
    "luzhou-fuban-2024": 0,  # opened 2026-12-08 by rev66
    "luzhou-qiaolian-2024": 0,  # opened 2026-12-08 by rev66
}


@pytest.mark.parametrize("doc_id", list(CLEAN_FLOORS))
def test_few_alarms_on_the_clean_documents(tmp_path, doc_id):
    assert not load(doc_id).sealed
    findings = review(build_docx(clean(doc_id), tmp_path / f"{doc_id}.clean.docx"))
    alarms = [(f.code, f.figure, f.quote) for f in findings if f.level.value in ("错误", "警告")]
    assert len(alarms) <= CLEAN_FLOORS[doc_id], alarms


def test_second_district_tables_as_offices_set_them(tmp_path, rendered):
    """The second district's tables: headers repeated overleaf only where the office does; in LibreOffice's PDF
    of 区图书馆 公开06 runs over a page and its two-line row 31007 breaks there (Word's default)."""
    for doc_id, repeated in (("dongtan-fayuan-2024", True), ("dongtan-tushuguan-2024", False)):
        word = Docx(str(build_docx(load(doc_id), tmp_path / f"{doc_id}.docx")))
        assert all(bool(t._tbl.xpath(".//w:tblHeader")) == repeated for t in word.tables), doc_id
    if ("dongtan-tushuguan-2024", "pdf") not in rendered:
        pytest.skip("LibreOffice (soffice) missing: no PDF")
    pdf = rendered["dongtan-tushuguan-2024", "pdf"]
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    end = next(k for k, p in enumerate(pages) if "人员经费合计" in p)  # 公开06's last row
    assert "一般公共预算财政拨款基本支出决算表" in pages[end - 1] and "基本支出决算表" not in pages[end]
    first = next(line.strip() for line in pages[end].splitlines() if line.strip())
    assert first == "新" and "信息网络及软件购置更" in pages[end - 1]  # the row 31007's second line overleaf


@pytest.mark.parametrize("doc_id", DISTRICTS["上海市濠泾区"])
def test_thirteenth_district_expected_files_are_computed(doc_id):
    """The thirteenth hand's expected files are unit_hj_expected.py's output (each correct value computed in
    Decimal in the same record as the replacement make.py puts in), all three sealed when written; 泾南 opened since."""
    test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_hj_expected")
    assert load(doc_id).sealed == (doc_id != "haojing-jingnan-2024")


def test_thirteenth_district_exports(tmp_path):
    """The thirteenth district's exports: 「金额单位：万元」 over each of the nine tables, the 绩效 table of the 项目
    as a Word table inside the 情况说明 (its 执行率 column), the text's amounts in 元; 泾南街道's 单位构成 as a Word
    table, a page header with the document's title and 「- N -」 footers, headers repeated; 信访办 「第N页 共M页」;
    社会福利院 公开02/03 on a landscape section, headers printed once, its 绩效 table with a 合计 row."""
    doc = load("haojing-jingnan-2024")
    word = Docx(str(build_docx(doc, tmp_path / "jingnan.docx")))
    assert [p.text for p in word.paragraphs if p.text.endswith("万元") and "单位" in p.text] == ["金额单位：万元"] * 9
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "备注"]
    marks = [t for t in word.tables if t.rows[0].cells[0].text == "项目名称"]
    assert len(marks) == 1 and [c.text for c in marks[0].rows[0].cells][-2:] == ["执行率", "自评得分"]
    assert "".join(p.text for p in word.sections[0].header.paragraphs) == f"{doc.unit}2024年度部门决算"
    assert word.sections[0].footer.paragraphs[0].text.startswith("- ")
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:10])
    assert "收入支出总计88,114,240.00元" in doc.text and doc.tables["公开01"]["rows"][-1][1] == "8,811.42"
    word = Docx(str(build_docx(load("haojing-xinfang-2024"), tmp_path / "xinfang.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第") and footer.text.endswith("页")
    assert not word.sections[0].header.paragraphs[0].text and len(word.tables) == 10  # nine + the 绩效 table
    word = Docx(str(build_docx(load("haojing-fuliyuan-2024"), tmp_path / "fuliyuan.docx")))
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1  # 公开02 and 公开03 together
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables[:9])
    marks = next(t for t in word.tables if t.rows[0].cells[0].text == "项目名称")
    assert marks.rows[-1].cells[0].text == "合计"


def test_fourteenth_district_exports(tmp_path):
    """The fourteenth district's exports: 区建管委's WPS sheet — 「第N页 共M页」, its 单位构成 a Word table, the coded
    tables with the whole code in a 「科目编码」 column and the 款/项 names indented by full-width spaces, headers
    repeated; 区总工会 and 区职校 split the code into 类|款|项 (职校's 公开02/03 on one landscape section); every empty
    公开08/09 noted 「本表无数据。」; all three sealed."""
    doc = load("weitang-jianguanwei-2024")
    word = Docx(str(build_docx(doc, tmp_path / "jianguanwei.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第") and footer.text.endswith("页")
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "单位性质"] and len(word.tables) == 10
    income = word.tables[2]
    assert [c.text for c in income.rows[1].cells][:2] == ["科目编码", "科目名称"]
    rows = {r.cells[0].text: r.cells[1].text for r in income.rows[2:]}
    assert rows["212"] == "城乡社区支出" and rows["21203"] == "　城乡社区公共设施"
    assert rows["2120399"] == "　　其他城乡社区公共设施支出"
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:])
    word = Docx(str(build_docx(load("weitang-zhixiao-2024"), tmp_path / "zhixiao.docx")))
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert [c.text for c in word.tables[1].rows[2].cells][:3] == ["类", "款", "项"]
    for doc_id in DISTRICTS["上海市苇塘区"]:
        assert load(doc_id).sealed
        tables = load(doc_id).tables
        assert tables["公开09"]["notes"][-1] == "本表无数据。"
        assert all(not r[1].startswith("　") for r in tables["公开05"]["rows"]) == (doc_id != doc.id)


def test_fifteenth_district_exports(tmp_path):
    """The fifteenth district's exports: 区国资委 「第N页 共M页」, its 单位构成 a Word table and the 三公 a small table
    with a 备注 column inside the 情况说明; 区委党校's 公开02/03 on one landscape section, headers printed once; every
    empty 公开08/09 says 「本部门无…」 in a row of the table, no note under it; all three sealed."""
    doc = load("luting-guoziwei-2024")
    word = Docx(str(build_docx(doc, tmp_path / "guoziwei.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第") and footer.text.endswith("页")
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "单位性质"]
    assert [c.text for c in word.tables[-1].rows[0].cells] == ["项目", "年初预算（万元）", "决算数（万元）", "备注"]
    assert word.tables[-1].rows[1].cells[3].text == "未发生" and len(word.tables) == 11
    word = Docx(str(build_docx(load("luting-dangxiao-2024"), tmp_path / "dangxiao.docx")))
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    for doc_id in DISTRICTS["上海市芦汀区"]:
        d = load(doc_id)
        # (luting-guoziwei opened 2026-12-07 by rev33; its sisters stay sealed)
        assert (d.sealed or doc_id == "luting-guoziwei-2024") and "2024年" not in "".join(
            p for p in d.paragraphs if not p.startswith("第三部分"))
        for key in ("公开08", "公开09"):
            assert d.tables[key]["rows"][1][1].startswith("本部门无") and len(d.tables[key]["notes"]) == 1
