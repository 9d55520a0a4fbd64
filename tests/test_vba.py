"""The VBA project writer: MS-OVBA compression and the compound file, read back by oletools."""

from __future__ import annotations

import io

import olefile
from hypothesis import given, settings
from hypothesis import strategies as st
from oletools.olevba import VBA_Parser, decompress_stream

from juesuan.sources import layout
from juesuan.workbook import cfb
from juesuan.workbook.build import macros_dir
from juesuan.workbook.vba import compress, decompress, macro_modules, workbook_project
from tests.conftest import examples


@settings(max_examples=examples(80), deadline=None)
@given(st.one_of(st.binary(max_size=9000), st.text(alphabet="Sub End Dim x=1\r\n()'\"", max_size=20000)
                 .map(lambda s: s.encode())))
def test_compression_round_trips_through_oletools(data):
    packed = compress(data)
    theirs = bytes(decompress_stream(bytearray(packed)))
    assert decompress(packed) == theirs
    # exact, except that an incompressible last chunk is a raw chunk zero-padded to 4096 (MS-OVBA)
    assert theirs == data or (theirs[: len(data)] == data and not theirs[len(data):].strip(b"\0"))


def test_large_module_compresses_and_shrinks():
    source = ("Public Sub Foo()\r\n    RunPython \"import x\"\r\nEnd Sub\r\n" * 400).encode()
    packed = compress(source)
    assert len(packed) < len(source) // 5
    assert bytes(decompress_stream(bytearray(packed))) == source


def test_compound_file_read_by_olefile():
    tree = {"A": b"x" * 10, "S": {"big": bytes(range(256)) * 40, "small": b"abc", "empty": b""}}
    ole = olefile.OleFileIO(io.BytesIO(cfb.write(tree)))
    assert ole.openstream("S/big").read() == tree["S"]["big"]
    assert ole.openstream("S/small").read() == b"abc"
    assert ole.get_size("S/empty") == 0
    assert ole.openstream("A").read() == tree["A"]


def test_project_holds_exactly_our_macros_and_xlwings():
    macros = macro_modules(macros_dir())
    raw, _modules = workbook_project([layout.CODENAMES[n] for n in layout.SHEETS], macros)
    parser = VBA_Parser("vbaProject.bin", data=raw)
    found = {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}
    documents = {"ThisWorkbook", *layout.CODENAMES.values()}
    assert set(found) == documents | {m.name for m in macros} | {"xlwings", "Dictionary"}
    for m in macros:
        body = (macros_dir() / f"{m.name}.bas").read_text(encoding="ascii")
        def code(text: str) -> list[str]:
            return [x for x in text.splitlines() if not x.startswith("Attribute ")]

        assert code(found[m.name]) == code(body)
    assert "Function RunPython" in found["xlwings"]
    ole = olefile.OleFileIO(raw)
    assert ole.openstream("VBA/_VBA_PROJECT").read() == b"\xcc\x61\xff\xff\x00\x00\x00"


def test_macros_are_ascii_and_call_fixed_entry_points():
    for path in macros_dir().glob("*.bas"):
        text = path.read_bytes()
        assert text.isascii()
        for call in (b"juesuan.excel.recalculate()", b"juesuan.excel.check()",
                     b"juesuan.excel.export_report()", b"juesuan.excel.roll_over()"):
            assert call in text


def test_unused_directory_slots_are_free_entries():
    """MS-CFB 2.6.3: a free entry is all zeros except left, right and child = NOSTREAM."""
    import struct

    data = cfb.write({"A": b"x", "B": b"y"})  # root + 2 streams: one sector of 4 slots, 1 unused
    start = struct.unpack_from("<I", data, 48)[0]  # the header's first directory sector
    sector = data[512 * (start + 1): 512 * (start + 2)]
    assert [sector[128 * i + 66] for i in range(4)] == [5, 2, 2, 0]  # root, 2 streams, unallocated
    assert sector[384:] == cfb.FREE_ENTRY
    assert cfb.FREE_ENTRY[68:80] == b"\xff" * 12 and not (cfb.FREE_ENTRY[:68] + cfb.FREE_ENTRY[80:]).strip(b"\0")
    assert olefile.OleFileIO(io.BytesIO(data)).openstream("B").read() == b"y"


def test_project_keeps_the_template_id_its_protection_lines_are_keyed_to():
    """CMG/DPB/GC are encrypted with a key derived from the project ID (MS-OVBA 2.4.3.2): the
    template's ID must stay with them."""
    from juesuan.workbook.vba import xlwings_template

    raw, _modules = workbook_project([layout.CODENAMES[n] for n in layout.SHEETS], macro_modules(macros_dir()))
    project = olefile.OleFileIO(raw).openstream("PROJECT").read().decode("cp1252")
    template = xlwings_template()
    assert f'ID="{{{template.project_id}}}"' in project.splitlines()[0]
    assert all(line in project.splitlines() for line in template.protection) and len(template.protection) == 3


def _decoded_messages(text: str) -> list[str]:
    """The Chinese messages of a macro module: runs of U("hex ...") pieces joined with &."""
    import re

    out = []
    for run in re.findall(r'(?:U\("[0-9A-F ]+"\)(?:\s*&\s*_?\s*)?)+', text):
        codes = " ".join(re.findall(r'U\("([0-9A-F ]+)"\)', run)).split()
        out.append("".join(chr(int(c, 16)) for c in codes))
    return out


def test_buttons_say_in_chinese_when_python_is_not_set_up():
    """An empty interpreter must not fall back to "python" on the PATH (the Microsoft Store stub
    on Windows): every button checks first and says what to do."""
    text = (macros_dir() / "Juesuan.bas").read_text(encoding="ascii")
    messages = _decoded_messages(text)
    assert any("未找到 Python" in m and "juesuan setup" in m for m in messages)
    assert any(m.startswith("找不到工作簿设置的 Python") for m in messages)
    publics = text.count("Public Sub ")
    assert text.count('    JuesuanRun "import juesuan.excel; juesuan.excel.') == publics and "RunPython command" in text
    assert text.count("RunPython command") == 1  # only through Run, after the check


def test_building_a_workbook_leaves_xlwings_unimported():
    """The build read xlwings' VBA through ``importlib.resources.files("xlwings")``, which imports xlwings —
    without the license key that registers its remote engine (``excel.remote.enable``), and xlwings registers it
    at its first import only: a later button test in the same process (the 汇总 button after test_cli's
    summary-template) failed with xlwings.LicenseError. Building reads the files without importing xlwings."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from juesuan.workbook.build import build\n"
            "from juesuan.workbook.summary_book import build_summary_template\n"
            "build(None, None); build_summary_template()\n"
            "print('xlwings' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
