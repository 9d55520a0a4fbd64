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

# The names a face goes by on different systems (Chinese and English family names).
ALIASES = {
    XIAOBIAOSONG: ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
    HEI: ("黑体", "SimHei"),
    KAI: ("楷体_GB2312", "KaiTi_GB2312"),
    FANGSONG: ("仿宋_GB2312", "FangSong_GB2312"),
    SONG: ("宋体", "SimSun"),
}
# When a face is missing, the closest installed one, in order: the same face under its newer name
# (Windows has 仿宋/楷体, not the _GB2312 ones), then a face of the same kind (serif 宋/仿宋, sans 黑).
_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "思源宋体", "AR PL UMing CN", "Songti SC")
SUBSTITUTES = {
    XIAOBIAOSONG: ("方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", *_SERIF),
    HEI: ("SimHei", "Microsoft YaHei", "微软雅黑", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "思源黑体",
          "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"),
    KAI: ("楷体", "KaiTi", "STKaiti", "华文楷体", "Kaiti SC", "AR PL UKai CN", "AR PL KaitiM GB", *_SERIF),
    FANGSONG: ("仿宋", "FangSong", "STFangsong", "华文仿宋", *_SERIF),
    SONG: ("SimSun", "NSimSun", "新宋体", *_SERIF),
}
