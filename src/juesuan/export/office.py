"""LibreOffice, headless: find it and convert files (each run with its own profile)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

CANDIDATES = ("soffice", "libreoffice")
MAC_PATH = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def find_soffice() -> str | None:
    """The LibreOffice executable, or None. ``JUESUAN_SOFFICE`` overrides the search."""
    override = os.environ.get("JUESUAN_SOFFICE")
    if override:
        return override if Path(override).exists() or shutil.which(override) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    for path in (MAC_PATH, *WINDOWS_PATHS):
        if Path(path).exists():
            return path
    return None


class ConversionError(Exception):
    """LibreOffice ran but gave no output file (message in Chinese)."""


def convert(source: Path, target_ext: str, outdir: Path, *, profile_xcu: str | None = None,
            timeout: int = 180) -> Path:
    """Convert ``source`` to ``target_ext`` (e.g. "pdf") in ``outdir``; return the new file.

    A fresh user profile per run lets conversions run side by side; ``profile_xcu`` is the
    text of a registrymodifications.xcu to put in it (e.g. to recalculate on load).
    """
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError("未找到 LibreOffice（soffice），无法转换。")
    with tempfile.TemporaryDirectory(prefix="juesuan-lo-") as profile:
        if profile_xcu:
            user = Path(profile) / "user"
            user.mkdir(parents=True)
            (user / "registrymodifications.xcu").write_text(profile_xcu, encoding="utf-8")
        cmd = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               "--convert-to", target_ext, "--outdir", str(outdir), str(source)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice 转换超时（{timeout}秒）。") from None
    produced = outdir / f"{source.stem}.{target_ext.split(':')[0]}"
    if not produced.exists():
        raise ConversionError(f"LibreOffice 未能生成 {produced.name}：{(done.stderr or done.stdout).strip()[:300]}")
    return produced


RECALC_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated_copy(book: Path, outdir: Path, target_ext: str = "xlsx") -> Path:
    """``book`` opened by LibreOffice with every formula recalculated, saved as ``target_ext``."""
    return convert(book, target_ext, outdir, profile_xcu=RECALC_ON_LOAD)


def _end(proc: subprocess.Popen) -> None:
    """A timed-out LibreOffice ended with every process it started (its process group on POSIX)."""
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    proc.wait()


def convert_many(sources: list[Path], target_ext: str, outdir: Path, *, profile: Path | None = None,
                 profile_xcu: str | None = None, timeout: int = 600) -> dict[Path, Path | None]:
    """Convert many files in ONE LibreOffice run (its ~1.5 s start paid once); each source → its
    new file in ``outdir``, or None where LibreOffice made none. ``profile`` is a user-profile folder
    to reuse across calls (one per concurrent process); a temporary one otherwise. ``profile_xcu`` as
    for ``convert``."""
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError("未找到 LibreOffice（soffice），无法转换。")
    if not sources:
        return {}
    with tempfile.TemporaryDirectory(prefix="juesuan-lo-") as temporary:
        user = Path(profile) if profile is not None else Path(temporary)
        if profile_xcu:
            (user / "user").mkdir(parents=True, exist_ok=True)
            (user / "user" / "registrymodifications.xcu").write_text(profile_xcu, encoding="utf-8")
        cmd = [soffice, f"-env:UserInstallation={user.as_uri()}", "--headless", "--norestore",
               "--convert-to", target_ext, "--outdir", str(outdir), *map(str, sources)]
        # its own process group: on a timeout soffice.bin goes too, not only the launcher
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _end(proc)
            raise ConversionError(f"LibreOffice 转换超时（{timeout}秒）。") from None
        except BaseException:  # Ctrl-C: LibreOffice, in a session of its own, would go on
            _end(proc)
            raise
    ext = target_ext.split(":")[0]
    return {s: (outdir / f"{s.stem}.{ext}") if (outdir / f"{s.stem}.{ext}").exists() else None for s in sources}
