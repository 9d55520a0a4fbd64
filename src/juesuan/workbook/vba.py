"""A source-only VBA project (vbaProject.bin) built from ``.bas`` text, as MS-OVBA describes.

The project holds the document modules, our macros (``macros/*.bas``), and xlwings' standalone
module and its Dictionary class, both taken from the installed xlwings package. Its
``_VBA_PROJECT`` stream is the 7-byte header of version 0xFFFF, so Office compiles the
project from source on first open (the layout of xlwings' own ``quickstart_standalone.xlsm``).
"""

from __future__ import annotations

import importlib.util
import math
import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import cfb

VBA_PROJECT_HEADER = b"\xcc\x61\xff\xff\x00\x00\x00"
CODEPAGE = "cp1252"  # sources are ASCII; the project's PROJECTCODEPAGE says 1252
WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"
SHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"


# -- MS-OVBA 2.4.1 compression ------------------------------------------------------------------

def compress(data: bytes) -> bytes:
    """CompressedContainer of ``data`` (signature byte, then one chunk per 4096 bytes)."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        out += _chunk(data[start:start + 4096])
    return bytes(out)


def _bit_count(position: int) -> int:
    return max(math.ceil(math.log2(position)), 4) if position > 1 else 4


def _chunk(chunk: bytes) -> bytes:
    body = bytearray()
    pos, n = 0, len(chunk)
    heads: dict[bytes, list[int]] = {}
    while pos < n:
        flags, tokens = 0, bytearray()
        for bit in range(8):
            if pos >= n:
                break
            length, offset = 0, 0
            if pos > 0:
                bits = _bit_count(pos)
                max_len = (0xFFFF >> bits) + 3
                for cand in reversed(heads.get(chunk[pos:pos + 3], [])[-64:]):
                    if pos - cand > (1 << bits):
                        break
                    size = 0
                    limit = min(max_len, n - pos)
                    while size < limit and chunk[cand + size] == chunk[pos + size]:
                        size += 1
                    if size > length:
                        length, offset = size, pos - cand
                        if size == limit:
                            break
            if length >= 3:
                bits = _bit_count(pos)
                token = ((offset - 1) << (16 - bits)) | (length - 3)
                tokens += struct.pack("<H", token)
                flags |= 1 << bit
                step = length
            else:
                tokens.append(chunk[pos])
                step = 1
            for p in range(pos, pos + step):
                heads.setdefault(chunk[p:p + 3], []).append(p)
            pos += step
        body.append(flags)
        body += tokens
    if len(body) > 4096:  # incompressible: a raw chunk, zero-padded to 4096 as MS-OVBA 2.4.1.3.10 says
        return struct.pack("<H", 0x3000 | 4095) + chunk.ljust(4096, b"\0")
    return struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + bytes(body)


# -- the project --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Module:
    name: str
    source: str  # with its Attribute lines
    kind: str  # "document" | "module" | "class"


def _record(rid: int, data: bytes) -> bytes:
    return struct.pack("<HI", rid, len(data)) + data


def _module_record(m: Module) -> bytes:
    name, uname = m.name.encode(CODEPAGE), m.name.encode("utf-16-le")
    return b"".join([
        _record(0x19, name), _record(0x47, uname),
        _record(0x1A, name), _record(0x32, uname),
        _record(0x1C, b""), _record(0x48, b""),
        _record(0x31, struct.pack("<I", 0)),  # source at offset 0: no performance cache
        _record(0x1E, struct.pack("<I", 0)),
        _record(0x2C, struct.pack("<H", 0xFFFF)),
        _record(0x21 if m.kind == "module" else 0x22, b""),
        _record(0x2B, b""),
    ])


def _info_and_references(template_dir: bytes) -> bytes:
    """PROJECTINFORMATION and PROJECTREFERENCES of xlwings' standalone project, verbatim."""
    i = 0
    while i < len(template_dir):
        rid, size = struct.unpack_from("<HI", template_dir, i)
        if rid == 0x0F:  # PROJECTMODULES
            return template_dir[:i]
        i += 6 + (6 if rid == 0x09 else size)  # PROJECTVERSION has a fixed 6-byte body
    raise ValueError("no PROJECTMODULES record in the template dir stream")


def project_bin(modules: list[Module], template: XlwingsTemplate) -> bytes:
    """The vbaProject.bin bytes for ``modules``."""
    dir_stream = (
        _info_and_references(template.dir)
        + _record(0x0F, struct.pack("<H", len(modules)))
        + _record(0x13, struct.pack("<H", 0xFFFF))
        + b"".join(_module_record(m) for m in modules)
        + _record(0x10, b"")
    )
    # the template's own ID: CMG/DPB/GC below are encrypted with a key derived from it (MS-OVBA 2.4.3)
    lines = [f'ID="{{{template.project_id}}}"']
    for m in modules:
        lines.append({"document": f"Document={m.name}/&H00000000", "module": f"Module={m.name}",
                      "class": f"Class={m.name}"}[m.kind])
    lines += ['Name="VBAProject"', 'HelpContextID="0"', 'VersionCompatible32="393222000"',
              *template.protection, "", "[Host Extender Info]",
              "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000", "", "[Workspace]"]
    lines += [f"{m.name}=0, 0, 0, 0, C" for m in modules]
    project = ("\r\n".join(lines) + "\r\n").encode(CODEPAGE)
    wm = b"".join(m.name.encode(CODEPAGE) + b"\0" + m.name.encode("utf-16-le") + b"\0\0"
                  for m in modules) + b"\0\0"
    vba = {"_VBA_PROJECT": VBA_PROJECT_HEADER, "dir": compress(dir_stream)}
    for m in modules:
        vba[m.name] = compress(m.source.replace("\r\n", "\n").replace("\n", "\r\n").encode(CODEPAGE))
    return cfb.write({"PROJECT": project, "PROJECTwm": wm, "VBA": vba})


# -- what comes from the installed xlwings ------------------------------------------------------

@dataclass(frozen=True)
class XlwingsTemplate:
    dir: bytes  # decompressed dir stream of the standalone project
    project_id: str
    protection: tuple[str, ...]  # CMG/DPB/GC lines: "not protected"
    xlwings_bas: str
    dictionary_cls: str


def decompress(data: bytes) -> bytes:
    """Inverse of ``compress`` (MS-OVBA 2.4.1.3.1), for reading xlwings' project."""
    if not data or data[0] != 1:
        raise ValueError("not a compressed VBA container")
    out = bytearray()
    pos = 1
    while pos < len(data):
        header = struct.unpack_from("<H", data, pos)[0]
        size = (header & 0x0FFF) + 3
        end = min(pos + size, len(data))
        start = len(out)
        pos += 2
        if not header & 0x8000:
            out += data[pos:pos + 4096]
            pos += 4096
            continue
        while pos < end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags & (1 << bit):
                    out.append(data[pos])
                    pos += 1
                    continue
                token = struct.unpack_from("<H", data, pos)[0]
                pos += 2
                bits = _bit_count(len(out) - start)
                length = (token & (0xFFFF >> bits)) + 3
                offset = (token >> (16 - bits)) + 1
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


def xlwings_files() -> Path:
    """The installed xlwings package's folder, found without importing xlwings: xlwings registers its remote
    engine only at its first import and only with the license key set (``excel.remote.enable``), so a build
    that imported it would leave the rest of the process without the engine the buttons' tests run on."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("xlwings is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def xlwings_template() -> XlwingsTemplate:
    """Read the VBA that the installed xlwings package ships."""
    import olefile

    package = xlwings_files()
    bas = package.joinpath("xlwings.bas").read_text(encoding="utf-8")
    with zipfile.ZipFile(package / "quickstart_standalone.xlsm") as z:
        ole = olefile.OleFileIO(z.read("xl/vbaProject.bin"))
    try:
        dir_stream = decompress(ole.openstream("VBA/dir").read())
        project = ole.openstream("PROJECT").read().decode(CODEPAGE)
        offsets = _module_offsets(dir_stream)
        raw = ole.openstream("VBA/Dictionary").read()
        dictionary = decompress(raw[offsets["Dictionary"]:]).decode(CODEPAGE)
    finally:
        ole.close()
    found = re.search(r'ID="\{([0-9A-F-]+)\}"', project)
    if found is None:
        raise ValueError("xlwings' template VBA project has no project ID")
    project_id = found.group(1)
    protection = tuple(line for line in project.splitlines() if line.split("=")[0] in ("CMG", "DPB", "GC"))
    return XlwingsTemplate(dir_stream, project_id, protection, bas, dictionary)


def _module_offsets(dir_stream: bytes) -> dict[str, int]:
    out, name, i = {}, None, 0
    while i < len(dir_stream):
        rid, size = struct.unpack_from("<HI", dir_stream, i)
        body = dir_stream[i + 6:i + 6 + (6 if rid == 0x09 else size)]
        if rid == 0x19:
            name = body.decode(CODEPAGE)
        elif rid == 0x31 and name:
            out[name] = struct.unpack("<I", body)[0]
        i += 6 + (6 if rid == 0x09 else size)
    return out


def document_module(name: str, base: str) -> Module:
    attrs = [f'Attribute VB_Name = "{name}"', f'Attribute VB_Base = "{base}"',
             "Attribute VB_GlobalNameSpace = False", "Attribute VB_Creatable = False",
             "Attribute VB_PredeclaredId = True", "Attribute VB_Exposed = True",
             "Attribute VB_TemplateDerived = False", "Attribute VB_Customizable = True"]
    return Module(name, "\r\n".join(attrs) + "\r\n", "document")


def macro_modules(folder: Path) -> list[Module]:
    """Every ``*.bas`` of ``folder`` (ASCII), named by its ``Attribute VB_Name``."""
    out = []
    for path in sorted(folder.glob("*.bas")):
        text = path.read_text(encoding="ascii")
        match = re.search(r'Attribute VB_Name = "([A-Za-z0-9_]+)"', text)
        if not match:
            raise ValueError(f"{path} has no Attribute VB_Name line")
        out.append(Module(match.group(1), text, "module"))
    return out


def workbook_project(sheet_codenames: list[str], macros: list[Module]) -> tuple[bytes, list[Module]]:
    """The vbaProject.bin for a workbook with these sheets, and the modules it holds."""
    t = xlwings_template()
    modules = [document_module("ThisWorkbook", WORKBOOK_BASE)]
    modules += [document_module(name, SHEET_BASE) for name in sheet_codenames]
    modules += macros
    modules.append(Module("xlwings", t.xlwings_bas, "module"))
    modules.append(Module("Dictionary", t.dictionary_cls, "class"))
    return project_bin(modules, t), modules


def embedded_xlwings_version(project: bytes) -> str | None:
    """The xlwings version whose VBA module a vbaProject.bin holds (its ``XLWINGS_VERSION``): on
    macOS the buttons call ``xlwings-<that version>.applescript``, so it must be the installed one."""
    import olefile

    try:
        ole = olefile.OleFileIO(project)
        try:
            offsets = _module_offsets(decompress(ole.openstream("VBA/dir").read()))
            raw = ole.openstream("VBA/xlwings").read()
        finally:
            ole.close()
        source = decompress(raw[offsets["xlwings"]:]).decode(CODEPAGE, "replace")
    except (OSError, KeyError, ValueError):
        return None
    found = re.search(r'XLWINGS_VERSION As String = "([^"]+)"', source)
    return found.group(1) if found else None


def installed_xlwings_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("xlwings")
    except PackageNotFoundError:
        return None
