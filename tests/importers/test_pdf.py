"""PDF files made with Qt (QPdfWriter) inside the tests."""

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from qdacoder.core.errors import ImportFailed
from qdacoder.importers import ReadOptions, read_file

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



@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_pdf_with_only_an_owner_password_is_read(text_pdf, tmp_path, algorithm):
    """Copy and print restrictions with AES, as Acrobat and Word write them; needs the
    cryptography package."""
    target = tmp_path / "beperkt-aes.pdf"
    writer = PdfWriter(clone_from=PdfReader(text_pdf))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm=algorithm,
                   permissions_flag=0)  # nothing allowed: no copying, no printing
    writer.write(target)
    assert PdfReader(target).is_encrypted
    assert read_file(target).text == TRANSCRIPT


def test_aes_pdf_that_needs_a_password(text_pdf, tmp_path):
    target = tmp_path / "geheim-aes.pdf"
    writer = PdfWriter(clone_from=PdfReader(text_pdf))
    writer.encrypt(user_password="open", owner_password="eigenaar", algorithm="AES-256")
    writer.write(target)
    with pytest.raises(ImportFailed, match=r"geheim-aes\.pdf: this PDF is protected with a password"):
        read_file(target)


PAGES = [
    ["I: Hoe begon de hulp?", "R: Met een gesprek bij het wijkteam."],
    ["I: En toen?", "R: Toen kwam de jeugdbeschermer."],
    ["I: Hoe was dat?", "R: Spannend, maar het hielp."],
]


@pytest.fixture
def report_pdf(qapp, tmp_path):
    """Three pages, each with a running header and a footer with the page number, drawn the
    way a word processor's PDF export puts them: header first, then the text, then the footer."""
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "rapport.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number, lines in enumerate(PAGES, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(200, 300, "Vertrouwelijk")
        for row, line in enumerate(lines):
            painter.drawText(200, 1500 + row * 400, line)
        painter.drawText(200, 12000, f"Rapportage gezin (fictief) - pagina {number} van {len(PAGES)}")
    painter.end()
    del writer
    return path


def test_running_headers_and_footers_are_left_out_and_counted(report_pdf):
    result = read_file(report_pdf)
    assert result.text == "\n".join(line for lines in PAGES for line in lines)
    footer = "Rapportage gezin (fictief) - pagina 1 van 3"
    assert [(i.what, i.items, i.characters) for i in result.left_out] == [
        ("running", 6, 3 * len("Vertrouwelijk") + 3 * len(footer))
    ]
    assert "6 repeated page header/footer line(s)" in result.summary()
    assert result.kind == "transcript" and len(result.turns) == 6


def test_running_lines_kept_when_asked(report_pdf):
    result = read_file(report_pdf, ReadOptions(running_lines=True))
    assert result.text.count("Vertrouwelijk") == 3
    assert "pagina 3 van 3" in result.text
    assert result.left_out == ()


def test_a_line_on_one_page_only_is_kept(qapp, tmp_path):
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "twee.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(200, 300, "Inleiding")
    painter.drawText(200, 1500, "Eerste pagina.")
    writer.newPage()
    painter.drawText(200, 300, "Vervolg")
    painter.drawText(200, 1500, "Tweede pagina.")
    painter.end()
    del writer
    result = read_file(path)
    assert result.text == "Inleiding\nEerste pagina.\nVervolg\nTweede pagina."
    assert result.left_out == ()


def test_speaker_lines_that_open_pages_by_chance_are_kept(qapp, tmp_path):
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "kort.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number, lines in enumerate([["R: Ja.", "I: Echt?"], ["R: Ja.", "I: Goed."], ["R: Ja."]]):
        if number:
            writer.newPage()
        for row, line in enumerate(lines):
            painter.drawText(200, 300 + row * 400, line)
    painter.end()
    del writer
    result = read_file(path)
    assert result.text.count("R: Ja.") == 3 and result.left_out == ()


def test_wrapped_text_lines_near_the_footer_stay_even_when_they_recur(qapp, tmp_path):
    """Measured on a LibreOffice PDF: every page ended with a turn wrapped onto a last line
    "vullen." just above the footer; only the header and the footer are running lines."""
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "gelijk.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for number in range(1, 4):
        if number > 1:
            writer.newPage()
        painter.drawText(200, 300, "Vertrouwelijk")
        for row, line in enumerate([f"I: Vraag {number} over de hulp, met woorden om de regel te",
                                    "vullen.", f"R: Antwoord {number} over de hulp, met woorden om de regel te",
                                    "vullen."]):
            painter.drawText(200, 1500 + row * 400, line)
        painter.drawText(200, 12000, f"Pagina {number}")
    painter.end()
    del writer
    result = read_file(path)
    assert result.text.count("vullen.") == 6
    assert [(i.what, i.items) for i in result.left_out] == [("running", 6)]


def test_a_pdf_with_more_text_than_one_document_holds_is_refused_page_by_page(qapp, tmp_path, monkeypatch):
    """A PDF at the 200 MB file cap can hold four times MAX_TEXT: the reader stops at the first
    page past the cap instead of holding all of it first (issue 21; the memory this saves is
    measured by benchmarks/bench_memory_caps.py)."""
    import qdacoder.importers.pdf as pdf
    from PySide6.QtGui import QPdfWriter, QTextDocument

    path = tmp_path / "dossier.pdf"
    writer = QPdfWriter(str(path))
    document = QTextDocument()
    document.setPlainText("\n".join(f"R: Op dag {n} ging ik weer naar mijn opa in Zwolle." for n in range(300)))
    document.print_(writer)
    del writer
    assert len(PdfReader(path).pages) > 3
    monkeypatch.setattr(pdf, "MAX_TEXT", 2000)  # the real cap is 40 million characters
    with pytest.raises(ImportFailed, match=r"dossier\.pdf: the document holds more than 0 million characters"):
        read_file(path)


def test_pypdf_is_loaded_only_when_a_pdf_is_read():
    """The window imports the importers at start; pypdf (23 MB with what it loads) waits for
    the first PDF (checked in a fresh interpreter)."""
    script = ("import sys\nimport qdacoder.importers\nprint('pypdf' in sys.modules)\n"
              "from qdacoder.importers.pdf import read_pdf\n"
              "try:\n    read_pdf(b'%PDF-1.4 kapot', 'kapot.pdf')\nexcept Exception:\n    pass\n"
              "print('pypdf' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["False", "True"], out.stderr
