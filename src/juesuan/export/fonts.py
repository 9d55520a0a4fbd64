"""Every font juesuan names, once: the 公文 faces of GB/T 9704 for documents and sheets, and
the CJK sans faces charts are drawn with (the first one installed is used)."""

from __future__ import annotations

XIAOBIAOSONG = "方正小标宋简体"  # the title
HEI = "黑体"  # level-1 headings (一、)
KAI = "楷体_GB2312"  # level-2 headings (（一）)
FANGSONG = "仿宋_GB2312"  # body text
SONG = "宋体"  # tables, page numbers, sheets
DENGXIAN = "等线"  # the 汇总 lists (Excel's default look)

TITLE, H1, H2, BODY, TABLE = XIAOBIAOSONG, HEI, KAI, FANGSONG, SONG
OFFICIAL = (XIAOBIAOSONG, HEI, KAI, FANGSONG)  # a PDF without them falls back to other faces

# Charts (matplotlib): Windows, macOS, then Linux CJK sans faces; the first one installed is used.
CHART = ("Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Noto Sans CJK SC",
         "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans CJK JP")
