"""Every file juesuan writes goes through ``write_atomic``: temporary file beside the target,
fsync, rename; the old file kept as ``.bak``; the old file's permission bits kept (a new file
gets the umask default); a symbolic link is written through (its target changes, the link
stays). A failure leaves the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TEMP_PREFIX = ".juesuan-tmp-"  # every temporary file of ours starts so: stale ones are removed
STALE_SECONDS = 3600  # a temporary file older than this is left over from a killed run
MAX_NAME_BYTES = 240  # file systems allow 255 bytes a name; room for "(2)", ".bak" and a suffix


class WriteError(Exception):
    """A file could not be written (message in Chinese); the old file, if any, is unchanged."""


def os_message(path: Path, exc: OSError) -> str:
    """A Chinese message for an ``OSError`` while writing ``path``."""
    reasons = {
        errno.ENOSPC: "磁盘空间不足",
        errno.EFBIG: "文件超过了允许的大小（文件系统或系统设置的上限）",
        errno.EDQUOT: "磁盘配额已满",
        errno.EROFS: "所在磁盘为只读",
        errno.EACCES: "没有写入权限（文件可能正在 Excel/Word/WPS 中打开，或文件夹不允许写入）",
        errno.EPERM: "没有写入权限（文件可能正在 Excel/Word/WPS 中打开，或文件夹不允许写入）",
        errno.ENOTDIR: "路径中的某一级不是文件夹",
        errno.EEXIST: "路径中的某一级是文件，不是文件夹",
        errno.ENAMETOOLONG: "文件名太长",
        errno.EISDIR: "同名的文件夹已存在",
        errno.ENOENT: "文件夹不存在",
    }
    reason = reasons.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"无法写入 {_short(path)}：{reason}。原文件（如有）未改动。"


def _short(path: Path) -> str:
    text = str(path)
    return text if len(text) <= 200 else f"{text[:120]}…{text[-60:]}"


def resolve_target(path: Path) -> Path:
    """The file a write to ``path`` changes: a symbolic link's target (the link is kept)."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


FORBIDDEN = set('\\/:*?"<>|')  # not allowed in a Windows file name (and "/" nowhere)
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_name(stem: str, suffix: str = "", limit: int = MAX_NAME_BYTES) -> str:
    """``stem + suffix`` cut (at a character boundary) to fit a file system's name limit."""
    budget = limit - len(suffix.encode("utf-8"))
    raw = stem.encode("utf-8")
    if len(raw) > budget:
        stem = raw[:budget].decode("utf-8", errors="ignore").rstrip() + "…"
        while len(stem.encode("utf-8")) > budget:
            stem = stem[:-2] + "…"
    return stem + suffix


def output_name(stem: str, suffix: str = "", *, fallback: str = "单位", limit: int = MAX_NAME_BYTES) -> str:
    """The one rule for a file name made from user text (a unit's name, a department's …):
    forbidden and control characters dropped, no leading dot or space, no trailing dot or
    space, not a Windows device name, and ``stem + suffix`` at most ``limit`` bytes (UTF-8;
    240 leaves room for "(2)" and ".bak" under the 255 bytes every file system allows)."""
    text = "".join(ch for ch in str(stem) if ch not in FORBIDDEN and ch >= " " and ch != "\x7f")
    text = text.strip().lstrip(".").strip().rstrip(". ") or fallback
    if text.split(".")[0].strip().upper() in RESERVED:
        text = f"_{text}"
    name = safe_name(text, suffix, limit)
    return name


def free_path(path: Path) -> Path:
    """``path`` if free, else ``name(2).ext``, ``name(3).ext`` … (each within 255 bytes)."""
    path = Path(path)
    if not (path.exists() or path.is_symlink()):
        return path
    n = 2
    while True:
        mark = f"({n}){path.suffix}"
        candidate = path.with_name(safe_name(path.stem, mark, 255))
        if not (candidate.exists() or candidate.is_symlink()):
            return candidate
        n += 1


class SameFileError(WriteError):
    """An output named one of its own inputs: refused, nothing written."""


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (links, relative paths and case-folding file systems)."""
    a, b = Path(a), Path(b)
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    with contextlib.suppress(OSError, RuntimeError):
        return a.resolve() == b.resolve()
    return False


def refuse_input(out: str | Path, inputs) -> None:
    """Raise ``SameFileError`` when ``out`` is one of ``inputs`` (writing would replace an input)."""
    for source in inputs:
        if same_file(out, source):
            raise SameFileError(f"输出文件 {_short(Path(out))} 就是输入文件，未写入（否则会覆盖输入）。"
                                "请换一个输出文件名。")


def output_path(path: str | Path, *, overwrite: bool, inputs=()) -> Path:
    """Where an output goes: never over one of ``inputs`` (``SameFileError``); an existing file
    is kept and a free name ``name(2).ext`` chosen, unless ``overwrite`` (then the old one is .bak)."""
    refuse_input(path, inputs)
    return Path(path) if overwrite else free_path(Path(path))


def internal_error_message(details: str) -> str:
    """The message for an unexpected error: details in a log file (or, failing that, shown)."""
    try:
        where = f"错误详情已写入：{write_log(details)}\n请把该文件发给技术支持。"
    except OSError:
        where = "错误详情（无法写入日志文件）：\n" + details[-1500:]
    return f"juesuan 运行出错，未完成操作。输入表没有被修改。\n{where}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _legacy(target: Path):
    """Earlier versions' temporary names for ``target``: ``.{stem}.{8 random}{suffix}[.tmp]``."""
    import re

    return re.compile(rf"^\.{re.escape(target.stem)}\.[a-z0-9_]{{8}}{re.escape(target.suffix)}(\.tmp)?$")


def clean_stale(folder: Path, *, older_than: float = STALE_SECONDS, target: Path | None = None) -> int:
    """Remove our own temporary files left in ``folder`` by a killed run; the count removed."""
    removed = 0
    legacy = _legacy(target) if target is not None else None
    with contextlib.suppress(OSError):
        now = time.time()
        for entry in Path(folder).iterdir():
            ours = entry.name.startswith(TEMP_PREFIX) or (legacy is not None and legacy.match(entry.name))
            if not ours or not entry.is_file() or entry.is_symlink():
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime >= older_than:
                    entry.unlink()
                    removed += 1
    return removed


def write_log(text: str) -> Path:
    """An error's details in a log file (temp folder), for the message a person sends on."""
    import datetime as dt

    folder = Path(tempfile.gettempdir()) / "juesuan-logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"juesuan-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.log"
    path.write_text(text, encoding="utf-8")
    return path


def _produce(tmp: Path, data: bytes | Callable[[Path], None]) -> None:
    """Write the temporary file. A writer that fails mid-way (a full disk, Ctrl-C) leaves open
    objects behind (a zip archive, an XML stream): they are closed here, quietly, rather than
    printing "Exception ignored … Traceback" when collected later; an I/O failure reported by a
    library as its own exception (lxml's ``IO_ENOSPC``) becomes the ``OSError`` it is."""
    try:
        if callable(data):
            data(tmp)
        else:
            tmp.write_bytes(data)
    except BaseException as exc:
        _release(exc)
        code = None if isinstance(exc, OSError) or not isinstance(exc, Exception) else _io_errno(exc)
        if code is not None:
            raise OSError(code, os.strerror(code)) from None
        raise


def _io_errno(exc: Exception) -> int | None:
    import re

    m = re.search(r"\bIO_(E[A-Z]+)\b", str(exc))
    return getattr(errno, m.group(1), None) if m else None


def _release(exc: BaseException) -> None:
    import gc
    import sys
    import traceback
    import zipfile

    tb, snapshots = exc.__traceback__, []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename != __file__:  # not this module's own (running) frames
            snapshots.append(tb.tb_frame.f_locals)
            for value in snapshots[-1].values():
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    with contextlib.suppress(Exception):
                        value.fp.close()
                    value.fp = None  # ZipFile.__del__ → close() is now a no-op
        tb = tb.tb_next
    traceback.clear_frames(exc.__traceback__)
    for snapshot in snapshots:
        snapshot.clear()
    hook = sys.unraisablehook
    sys.unraisablehook = lambda *_: None  # the abandoned objects' own clean-up errors
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def write_atomic(path: str | Path, data: bytes | Callable[[Path], None]) -> Path | None:
    """Write ``data`` (bytes, or a function that writes a given path) to ``path`` atomically.

    An old file is always kept as ``.bak``. Returns the backup's path (``None`` when there was none).
    Raises ``WriteError`` with a Chinese message; then nothing has changed on disk.
    """
    link = Path(path)
    target = resolve_target(link)
    folder = target.parent
    if target.is_dir():
        raise WriteError(f"无法写入 {_short(link)}：同名的文件夹已存在。")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(os_message(link, exc)) from None
    clean_stale(folder, target=target)
    old_mode = None
    with contextlib.suppress(OSError):
        old_mode = stat.S_IMODE(target.stat().st_mode)
    if old_mode is not None and not os.access(target, os.W_OK):
        raise WriteError(f"无法写入 {_short(link)}：文件是只读的。原文件未改动。")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix[:16], dir=folder)
        tmp = Path(name)
        os.close(fd)
        _produce(tmp, data)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, old_mode if old_mode is not None else 0o666 & ~_umask())
        bak = None
        if old_mode is not None:
            bak = target.with_name(safe_name(target.name, ".bak", 255))
            shutil.copy2(target, bak)
        os.replace(tmp, target)
        tmp = None
        with contextlib.suppress(OSError, AttributeError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        return bak
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(os_message(link, exc)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
