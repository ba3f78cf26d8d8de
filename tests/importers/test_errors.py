"""Bad input: every problem is an ImportFailed that names the file in plain words."""

import errno
import pathlib
import random
import subprocess
import sys
import zipfile

import docx
import pytest

import qdacoder.importers as importers
from qdacoder.core.errors import ImportFailed
from qdacoder.importers import SUPPORTED_EXTENSIONS, read_file
from qdacoder.importers import archive


def zip_bytes(tmp_path, members: dict[str, bytes]) -> bytes:
    path = tmp_path / "gemaakt.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as handle:
        for name, data in members.items():
            handle.writestr(zipfile.ZipInfo(name), data)
    return path.read_bytes()


def test_public_api():
    assert SUPPORTED_EXTENSIONS == (".txt", ".md", ".docx", ".odt", ".rtf", ".pdf")
    assert set(importers.__all__) == {
        "ImportedText", "ReadOptions", "SUPPORTED_EXTENSIONS", "Turn", "find_turns", "read_file"
    }


def test_corrupt_docx(write):
    data = random.Random(1).randbytes(4000)
    with pytest.raises(ImportFailed, match=r"kapot\.docx: this is not a valid Word document"):
        read_file(write("kapot.docx", data))


def test_zip_that_is_not_a_docx(write, tmp_path):
    data = zip_bytes(tmp_path, {"foto.jpg": b"\xff\xd8\xff", "lees mij.txt": b"hallo"})
    with pytest.raises(ImportFailed, match=r"archief\.docx: this is not a valid Word document"):
        read_file(write("archief.docx", data))


def test_zip_that_is_not_an_odt(write, tmp_path):
    data = zip_bytes(tmp_path, {"foto.jpg": b"\xff\xd8\xff"})
    with pytest.raises(ImportFailed, match=r"archief\.odt: this is not a valid OpenDocument text"):
        read_file(write("archief.odt", data))


@pytest.mark.parametrize("extension", [".docx", ".odt"])
@pytest.mark.parametrize(
    "member", ["../evil", "word/../../evil", "/etc/evil", "C:/evil", "..\\evil"]
)
def test_zip_members_that_leave_the_archive_are_refused(write, tmp_path, extension, member):
    data = zip_bytes(tmp_path, {"content.xml": b"<a/>", member: b"boem"})
    message = r"pad\.\w+: the file contains an item whose name points outside"
    with pytest.raises(ImportFailed, match=message):
        read_file(write(f"pad{extension}", data))


def test_zip_bomb_is_refused(write, tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED", 10_000)
    data = zip_bytes(tmp_path, {"content.xml": b"<a/>" + b" " * 20_000})
    with pytest.raises(ImportFailed, match=r"bom\.odt: the file unpacks to more than"):
        read_file(write("bom.odt", data))


def test_binary_txt(write):
    message = r"programma\.txt: this looks like a binary file, not text\."
    with pytest.raises(ImportFailed, match=message):
        read_file(write("programma.txt", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256))))


@pytest.mark.parametrize("extension", SUPPORTED_EXTENSIONS)
def test_empty_file(write, extension):
    with pytest.raises(ImportFailed, match=rf"leeg\{extension}: the file is empty\."):
        read_file(write(f"leeg{extension}", b""))


@pytest.mark.parametrize("extension", [".txt", ".md"])
def test_whitespace_only(write, extension):
    with pytest.raises(ImportFailed, match=rf"wit\{extension}: the file contains no text\."):
        read_file(write(f"wit{extension}", " \r\n\t\n   \n"))


def test_unknown_extension(write):
    with pytest.raises(ImportFailed) as caught:
        read_file(write("tabel.xyz", "a;b"))
    assert str(caught.value) == (
        "tabel.xyz: files of type .xyz cannot be imported. "
        "Supported: .txt, .md, .docx, .odt, .rtf, .pdf"
    )
    assert caught.value.params["file"] == "tabel.xyz"


def test_missing_file(tmp_path):
    with pytest.raises(ImportFailed, match=r"weg\.txt: the file does not exist"):
        read_file(tmp_path / "weg.txt")


def test_directory(tmp_path):
    (tmp_path / "map.docx").mkdir()
    with pytest.raises(ImportFailed, match=r"map\.docx: this is a folder, not a file\."):
        read_file(tmp_path / "map.docx")
    with pytest.raises(ImportFailed, match=rf"{tmp_path.name}: this is a folder"):
        read_file(tmp_path)


def test_os_error_while_reading(write, monkeypatch):
    path = write("schijf.txt", "tekst")

    def fail(self):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(pathlib.Path, "read_bytes", fail)
    with pytest.raises(ImportFailed) as caught:
        read_file(path)
    assert str(caught.value) == "schijf.txt: the file cannot be read (Input/output error)."


def test_unexpected_errors_still_become_import_failed(write, monkeypatch):
    def broken(data, file, options):
        raise KeyError("bug")

    monkeypatch.setitem(importers._READERS, ".txt", broken)
    with pytest.raises(ImportFailed, match=r"fout\.txt: .*unexpected problem \(KeyError\)"):
        read_file(write("fout.txt", "tekst"))


def _valid_files(tmp_path) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("I: Hallo\nR: Dag")
    document.save(tmp_path / "geldig.docx")
    return {
        ".docx": (tmp_path / "geldig.docx").read_bytes(),
        ".rtf": rb"{\rtf1\ansi Hallo\par}",
        ".pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF",
        ".txt": "Hallo één".encode(),
        ".md": b"# Kop\n*Hallo*",
        ".odt": zip_bytes(tmp_path, {"mimetype": b"application/vnd.oasis.opendocument.text",
                                     "content.xml": b"<a/>"}),
    }


@pytest.mark.parametrize("extension", SUPPORTED_EXTENSIONS)
def test_garbage_never_escapes_as_another_exception(write, tmp_path, extension):
    """Random bytes and cut-off files: only ImportFailed (or a result) comes out."""
    rng = random.Random(extension)
    valid = _valid_files(tmp_path)[extension]
    samples = [rng.randbytes(rng.randint(1, 3000)) for _ in range(15)]
    samples += [valid[: rng.randint(1, len(valid))] for _ in range(15)]
    samples += [bytes(b ^ 0xFF if rng.random() < 0.02 else b for b in valid) for _ in range(10)]
    for number, data in enumerate(samples):
        name = f"rommel{number}{extension}"
        try:
            read_file(write(name, data))
        except ImportFailed as error:
            assert str(error).startswith(f"{name}: ")
            assert "unexpected problem" not in str(error)  # the format module converts it


def test_importers_never_import_qt():
    code = (
        "import sys, qdacoder.importers; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "sys.exit(1 if bad else 0)"
    )
    root = pathlib.Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_a_document_above_the_character_cap_is_refused_before_its_turns(tmp_path, monkeypatch):
    import qdacoder.importers as importers
    from qdacoder.core.errors import ImportFailed

    monkeypatch.setattr(importers, "MAX_TEXT", 1000)  # the real cap is 40 million characters
    path = tmp_path / "lang interview.txt"
    path.write_text("I: Hoe gaat het?\nR: Goed, dank je.\n" * 40, encoding="utf-8")
    with pytest.raises(ImportFailed, match="lang interview.txt: the document holds more than 0 million"):
        importers.read_file(path)
    path.write_text("I: Hoe gaat het?\nR: Goed.\n" * 10, encoding="utf-8")
    assert importers.read_file(path).text.startswith("I: Hoe gaat het?")
