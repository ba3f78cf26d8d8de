"""ZIP bombs in every compression method (issue 21).

Each attack file is made here the way the issue describes: a member compressed with bzip2
(or LZMA) whose local and central headers are patched to say it unpacks to 100 bytes, while
it really unpacks to 1 GiB (512 MiB for LZMA, which is slow to pack). Before the fix
``zipfile`` unpacked such a member in one go and took gigabytes before comparing sizes. The
real command runs in a child process, which reports its own peak memory.
"""

from __future__ import annotations

import bz2
import io
import lzma
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from tests.measured import MiB, new_project, run_measured

PEAK_LIMIT = 300 * MiB
_ZEROS = b"\0" * MiB


@pytest.fixture(scope="module")
def bzip2_bomb() -> bytes:
    """1 GiB of zeros packed with bzip2: under a kilobyte."""
    packer = bz2.BZ2Compressor(9)
    return b"".join([packer.compress(_ZEROS) for _ in range(1024)] + [packer.flush()])


@pytest.fixture(scope="module")
def lzma_bomb() -> bytes:
    """512 MiB of zeros as a ZIP LZMA member: its own small header, then raw LZMA1."""
    filters = [{"id": lzma.FILTER_LZMA1, "preset": 0}]
    packer = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=filters)
    body = b"".join([packer.compress(_ZEROS) for _ in range(512)] + [packer.flush()])
    properties = lzma._encode_filter_properties(filters[0])  # noqa: SLF001 - as zipfile does
    return struct.pack("<BBH", 9, 4, len(properties)) + properties + body


def with_bomb(members: dict[str, bytes], bomb_name: str, packed: bytes, method: int) -> bytes:
    """A ZIP with ``members`` (deflated) and ``bomb_name`` holding the already packed bytes;
    its method is set to ``method`` and its size to 100 bytes in both headers."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != bomb_name:
                archive.writestr(name, data)
        archive.writestr(zipfile.ZipInfo(bomb_name), packed, compress_type=zipfile.ZIP_STORED)
        offset = archive.getinfo(bomb_name).header_offset
    data = bytearray(buffer.getvalue())
    assert data[offset:offset + 4] == b"PK\x03\x04"
    struct.pack_into("<H", data, offset + 8, method)
    struct.pack_into("<I", data, offset + 22, 100)
    end = data.rindex(b"PK\x05\x06")  # the end record says where the central directory starts
    central = struct.unpack_from("<I", data, end + 16)[0]
    while True:  # find the central entry of the bomb by its name
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_length]) == bomb_name.encode():
            break
        extra, comment = struct.unpack_from("<HH", data, central + 30)
        central += 46 + name_length + extra + comment
    struct.pack_into("<H", data, central + 10, method)
    struct.pack_into("<I", data, central + 24, 100)
    reread = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(bomb_name)
    assert (reread.file_size, reread.compress_type) == (100, method)
    return bytes(data)


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Interviewer: Hoe gaat het op school?")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def an_odt() -> dict[str, bytes]:
    return {"mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content/>",
            "META-INF/manifest.xml": b"<manifest:manifest/>"}


def an_xlsx(tmp_path: Path) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["path", "description"])
    workbook.active.append(["Wonen", "Waar de jongere woont"])
    workbook.save(tmp_path / "codebook.xlsx")
    return (tmp_path / "codebook.xlsx").read_bytes()


def a_qdpx() -> dict[str, bytes]:
    return {"project.qde": b"<Project/>"}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return new_project(tmp_path / "studie.qdacoder")


@pytest.mark.parametrize("kind", ["docx", "odt", "xlsx", "qdpx"])
@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_bomb_in_any_method_is_refused_in_little_memory(kind, method, tmp_path, request):
    packed = request.getfixturevalue("bzip2_bomb" if method == zipfile.ZIP_BZIP2 else "lzma_bomb")
    if kind == "docx":
        data = with_bomb(members_of(a_docx()), "word/document.xml", packed, method)
        target, command = tmp_path / "interview.docx", ["import"]
    elif kind == "xlsx":
        data = with_bomb(members_of(an_xlsx(tmp_path)), "xl/worksheets/sheet1.xml", packed, method)
        target, command = tmp_path / "codeboek.xlsx", ["codebook", "import"]
    elif kind == "odt":
        data = with_bomb(an_odt(), "content.xml", packed, method)
        target, command = tmp_path / "interview.odt", ["import"]
    else:
        data = with_bomb(a_qdpx(), "project.qde", packed, method)
        target, command = tmp_path / "studie.qdpx", ["qdpx", "new"]
    assert len(data) < 200_000
    target.write_bytes(data)
    if kind == "qdpx":
        args = [*command, str(tmp_path / "nieuw.qdacoder"), str(target)]
    else:
        args = [*command, str(request.getfixturevalue("project")), str(target)]
    done, peak = run_measured(*args)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert target.name in done.stderr + done.stdout
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    if kind == "qdpx":
        assert not (tmp_path / "nieuw.qdacoder").exists()


@pytest.mark.parametrize("name", ["word/document.xml", "word/media/image1.png"])
def test_xml_parts_larger_than_the_parser_holds_are_refused_by_what_they_hold(tmp_path, name):
    """A parsed XML tree takes some 14 bytes a byte (2.9 GB for a 200 MB document.xml with a run
    per word): the XML parts together may unpack to MAX_XML, counted by their content, so an
    XML part named as a picture counts too."""
    from qdacoder.core.errors import ImportFailed
    from qdacoder.importers import read_file
    from qdacoder.importers.archive import MAX_XML

    members = members_of(a_docx())
    paragraph = b"<w:p><w:r><w:t>R: Bij mijn opa, in Zwolle.</w:t></w:r></w:p>"
    filler = paragraph * (MAX_XML // len(paragraph) + 1)
    if name == "word/document.xml":
        head, tail = members[name].split(b"<w:body>")
        members[name] = head + b"<w:body>" + filler + tail
    else:
        members[name] = b"\xef\xbb\xbf  <?xml version='1.0'?><lijst>" + filler + b"</lijst>"
    path = tmp_path / "te veel opmaak.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    with pytest.raises(ImportFailed, match=r"te veel opmaak\.docx: the document's text and layout unpack to "
                                           r"more than 50 MB"):
        read_file(path)
