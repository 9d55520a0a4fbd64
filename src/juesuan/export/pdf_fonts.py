"""The 公文 faces a PDF is made with. LibreOffice replaces a face that is not installed without
a word (often one sans face for the title, every heading and the body); here a missing face is
named in a Chinese message and replaced on purpose by the closest installed one
(``fonts.SUBSTITUTES``), through the conversion's own LibreOffice profile."""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from xml.sax.saxutils import escape

from . import fonts

FACES = (*fonts.OFFICIAL, fonts.SONG)


@cache
def installed_families() -> frozenset[str]:
    """The font family names on this machine (fontconfig's, else matplotlib's list)."""
    names: set[str] = set()
    if shutil.which("fc-list") and sys.platform != "win32":
        try:
            out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, timeout=20,
                                 check=False).stdout
            names = {n.strip() for line in out.splitlines() for n in line.split(",") if n.strip()}
        except (OSError, subprocess.SubprocessError):
            names = set()
    if not names:
        try:
            from matplotlib import font_manager

            names = {f.name for f in font_manager.fontManager.ttflist}
        except Exception:  # no font list at all: nothing can be said to be installed
            names = set()
    return frozenset(names)


def missing(installed: frozenset[str] | None = None) -> list[str]:
    """The 公文 faces not installed under any of their names."""
    have = installed_families() if installed is None else installed
    return [face for face in FACES if not any(name in have for name in fonts.ALIASES[face])]


def substitutes(installed: frozenset[str] | None = None) -> dict[str, str | None]:
    """Each missing face → the installed face used in its place (None: LibreOffice's own choice)."""
    have = installed_families() if installed is None else installed
    return {face: next((s for s in fonts.SUBSTITUTES[face] if s in have), None) for face in missing(have)}


def message(installed: frozenset[str] | None = None) -> str:
    """A sentence for the person making a PDF when 公文 faces are missing, else ''."""
    subs = substitutes(installed)
    if not subs:
        return ""
    used = "、".join(f"{face}→{sub}" for face, sub in subs.items() if sub)
    return (f"本机没有公文字体{'、'.join(subs)}，PDF 中已用相近字体代替"
            + (f"（{used}）" if used else "") + "，字形与正式公文不同。"
            "正式报送前请安装这些字体后重新生成 PDF，或在装有这些字体的电脑上用 Word/WPS 另存为 PDF。")


def profile_xcu(installed: frozenset[str] | None = None) -> str | None:
    """A LibreOffice registrymodifications.xcu whose font replacement table maps each missing
    face to its substitute (None when nothing is missing or nothing can stand in)."""
    pairs = [(face, sub) for face, sub in substitutes(installed).items() if sub]
    if not pairs:
        return None
    nodes = "".join(
        '<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs">'
        f'<node oor:name="_{i}" oor:op="replace">'
        '<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>'
        '<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>'
        f'<prop oor:name="ReplaceFont" oor:op="fuse"><value>{escape(face)}</value></prop>'
        f'<prop oor:name="SubstituteFont" oor:op="fuse"><value>{escape(sub)}</value></prop></node></item>\n'
        for i, (face, sub) in enumerate(pairs))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '<item oor:path="/org.openoffice.Office.Common/Font/Substitution">'
            '<prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>\n'
            + nodes +
            '</oor:items>\n')
