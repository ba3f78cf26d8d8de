"""PDF files made with Qt (QPdfWriter) inside the tests."""

import pytest
from pypdf import PdfReader, PdfWriter

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import read_file

TRANSCRIPT = (
    "Interview gezinsvoogd (fictief)\n"
    "I: Hoe is het plan geëvalueerd?\n"
    "R: In het café, met één collega. Het kostte €12.\n"
    "I: En daarna?\n"
    "R: Rust."
)


@pytest.fixture
def text_pdf(qapp, tmp_path):
    from PySide6.QtGui import QPdfWriter, QTextDocument

    path = tmp_path / "gezinsvoogd.pdf"
    writer = QPdfWriter(str(path))
    document = QTextDocument()
    document.setPlainText(TRANSCRIPT)
    document.print_(writer)
    del writer  # the PDF is completed when the writer goes away
    return path


@pytest.fixture
def drawing_pdf(qapp, tmp_path):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawRect(QRect(200, 200, 3000, 2000))
    painter.end()
    del writer
    return path


def test_text_layer_with_diacritics_and_turns(text_pdf):
    result = read_file(text_pdf)
    assert result.format == "pdf"
    # Qt's tab-separated words come back with spaces; the page number "1" is dropped
    assert result.text == TRANSCRIPT
    assert [t.speaker for t in result.turns] == ["I", "R", "I", "R"]
    last = result.turns[-1]
    assert result.text[last.content_start:last.end] == "Rust."


def test_pdf_without_text_is_probably_a_scan(drawing_pdf):
    message = r"scan\.pdf: this PDF has no text layer; it is probably a scan"
    with pytest.raises(ImportFailed, match=message):
        read_file(drawing_pdf)


def _encrypted_copy(source, target, user_password: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="RC4-128")
    with open(target, "wb") as handle:
        writer.write(handle)


def test_pdf_that_needs_a_password(text_pdf, tmp_path):
    _encrypted_copy(text_pdf, tmp_path / "geheim.pdf", user_password="geheim")
    with pytest.raises(ImportFailed, match=r"geheim\.pdf: this PDF is protected with a password"):
        read_file(tmp_path / "geheim.pdf")


def test_pdf_with_only_an_owner_password_is_read(text_pdf, tmp_path):
    _encrypted_copy(text_pdf, tmp_path / "beperkt.pdf", user_password="")
    assert read_file(tmp_path / "beperkt.pdf").text == TRANSCRIPT


def test_damaged_pdf(write):
    with pytest.raises(ImportFailed, match=r"stuk\.pdf: this PDF is damaged"):
        read_file(write("stuk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4))


def test_truncated_pdf_gives_import_failed(text_pdf, write):
    data = text_pdf.read_bytes()
    with pytest.raises(ImportFailed, match=r"half\.pdf: "):
        read_file(write("half.pdf", data[: len(data) // 3]))


def test_not_a_pdf(write):
    with pytest.raises(ImportFailed, match=r"brief\.pdf: this is not a PDF file"):
        read_file(write("brief.pdf", b"Dit is gewoon tekst."))

