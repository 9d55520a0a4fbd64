"""A minimal writer of Compound File Binary (MS-CFB version 3) files, for vbaProject.bin.

Storages and streams are given as a nested mapping ``{name: bytes | mapping}``. Streams under
4096 bytes go in the mini stream, as the format requires. olefile and oletools read the result.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
STORAGE, STREAM, ROOT = 1, 2, 5

Tree = Mapping[str, "bytes | Tree"]


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    sid: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = ENDOFCHAIN
    size: int = 0


def _key(entry: _Entry) -> tuple[int, str]:
    """CFB sibling order: shorter names first, then by upper-cased name."""
    return len(entry.name), entry.name.upper()


def _flatten(root: _Entry) -> list[_Entry]:
    entries = [root]

    def visit(node: _Entry) -> None:
        for child in node.children:
            entries.append(child)
        for child in node.children:
            visit(child)

    visit(root)
    for i, e in enumerate(entries):
        e.sid = i
    for e in entries:
        if e.children:
            e.child = _balanced(sorted(e.children, key=_key))
    return entries


def _balanced(siblings: list[_Entry]) -> int:
    """Link sorted siblings as a balanced binary tree; return the root's id."""
    if not siblings:
        return NOSTREAM
    mid = len(siblings) // 2
    node = siblings[mid]
    node.left = _balanced(siblings[:mid])
    node.right = _balanced(siblings[mid + 1:])
    return node.sid


def _build(name: str, tree: Tree, kind: int) -> _Entry:
    entry = _Entry(name, kind)
    for child_name, value in tree.items():
        if len(child_name) > 31:
            raise ValueError(f"CFB name too long: {child_name}")
        if isinstance(value, bytes | bytearray):
            entry.children.append(_Entry(child_name, STREAM, bytes(value)))
        else:
            entry.children.append(_build(child_name, value, STORAGE))
    return entry


def _pad(data: bytes, size: int) -> bytes:
    return data + b"\0" * (-len(data) % size)


def write(tree: Tree) -> bytes:
    """The bytes of a compound file holding ``tree``."""
    root = _build("Root Entry", tree, ROOT)
    entries = _flatten(root)
    streams = [e for e in entries if e.kind == STREAM]

    # mini stream: every small stream, each padded to 64 bytes
    mini_data, minifat = bytearray(), []
    for e in streams:
        e.size = len(e.data)
        if e.size and e.size < CUTOFF:
            first = len(mini_data) // MINI
            n = math.ceil(e.size / MINI)
            e.start = first
            minifat += [first + i + 1 for i in range(n - 1)] + [ENDOFCHAIN]
            mini_data += _pad(e.data, MINI)

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes, marker: int | None = None) -> int:
        if not data:
            return ENDOFCHAIN
        first = len(sectors)
        chunk = _pad(data, SECTOR)
        n = len(chunk) // SECTOR
        for i in range(n):
            sectors.append(chunk[i * SECTOR:(i + 1) * SECTOR])
            fat.append(marker if marker is not None else (first + i + 1 if i < n - 1 else ENDOFCHAIN))
        return first

    root.start = place(bytes(mini_data))
    root.size = len(mini_data)
    for e in streams:
        if e.size >= CUTOFF:
            e.start = place(e.data)
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    minifat_start = place(minifat_bytes)
    minifat_count = math.ceil(len(minifat_bytes) / SECTOR)

    directory = b"".join(_dir_entry(e) for e in entries)
    directory += FREE_ENTRY * (-len(entries) % (SECTOR // ENTRY))  # the sector's unused slots
    dir_start = place(directory)

    # FAT sectors describe themselves too
    n_fat = 1
    while math.ceil((len(sectors) + n_fat) / (SECTOR // 4)) > n_fat:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("compound file too large for a header-only DIFAT")
    fat_first = len(sectors)
    fat += [FATSECT] * n_fat
    fat += [FREESECT] * (n_fat * SECTOR // 4 - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    sectors += [fat_bytes[i * SECTOR:(i + 1) * SECTOR] for i in range(n_fat)]

    difat = [fat_first + i for i in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = (
        SIGNATURE + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF,
                      minifat_start if minifat else ENDOFCHAIN, minifat_count, ENDOFCHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + b"".join(sectors)


ENTRY = 128
# an unused directory slot (MS-CFB 2.6.3): all zeros but left, right and child = NOSTREAM
FREE_ENTRY = b"\0" * 68 + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48


def _dir_entry(e: _Entry) -> bytes:
    name = (e.name + "\0").encode("utf-16-le")
    return (
        name.ljust(64, b"\0")
        + struct.pack("<HBB", len(name), e.kind, 1)  # colour: black
        + struct.pack("<III", e.left, e.right, e.child)
        + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
        + struct.pack("<IQ", e.start if (e.size or e.kind == ROOT) else ENDOFCHAIN if e.kind == STREAM else 0,
                      e.size)
    )
