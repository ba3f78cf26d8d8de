"""Render the Word files qdacoder writes with LibreOffice, to look at them: `make report-check`.

    python tools/report_check.py [OUT_FOLDER]   (default: build/report-check)

Builds the demo project, writes the coded documents of a case (with line numbers) and of one
document, and the code frequency chart and heat map as PNG, converts each .docx to PDF with
LibreOffice (comments exported as PDF notes) and to one PNG per page with pdftoppm, and checks
what a machine can: every coding of the file is a note in the PDF, the document names are
printed as headings, no listed name of the demo reaches the PDF. Then look at the PNGs.
Needs soffice and pdftoppm on PATH. Exit code 1 on the first failure.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

PYTHON = sys.executable
# listed here (the demo has no list): words inside coded passages, in any case, so a coding
# boundary near them is tried too
LISTED = {"crisisopvang": "[opvang]", "pleeggezin": "[gezin X]"}


def run(*arguments: str, cwd: Path | None = None) -> str:
    result = subprocess.run(arguments, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"FAILED: {' '.join(arguments)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def qdacoder(*arguments: str) -> str:
    return run(PYTHON, "-m", "qdacoder", *arguments)


def render(docx: Path) -> Path:
    """The PDF of ``docx`` (LibreOffice, comments as notes) and a PNG per page beside it."""
    options = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    run("soffice", "--headless", "--convert-to", options, "--outdir", str(docx.parent), str(docx))
    pdf = docx.with_suffix(".pdf")
    run("pdftoppm", "-r", "70", "-png", str(pdf), str(docx.with_suffix("")))
    return pdf


def check_coded_document(docx: Path) -> None:
    pdf = render(docx)
    comments = len(re.findall(rb"<w:comment ", zipfile.ZipFile(docx).read("word/comments.xml")))
    notes = len(re.findall(rb"/Subtype\s*/Text\b", pdf.read_bytes()))
    if comments == 0 or notes != comments:
        sys.exit(f"FAILED: {docx.name}: {comments} comment(s) in Word, {notes} note(s) in the PDF")
    text = run("pdftotext", "-layout", str(pdf), "-")
    for name in LISTED:
        if name in text.casefold():
            sys.exit(f"FAILED: {pdf.name} shows the listed name {name!r}")
    print(f"{docx.name}: {comments} coding(s) as notes, {len(list(docx.parent.glob(docx.stem + '-*.png')))} page(s)")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/report-check").resolve()
    for tool, package in (("soffice", "libreoffice-writer-nogui"), ("pdftoppm", "poppler-utils"),
                          ("pdftotext", "poppler-utils")):
        if shutil.which(tool) is None:
            sys.exit(f"FAILED: {tool} is not installed: sudo apt-get install {package}")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    demo = out / "demo.qdacoder"
    qdacoder("demo", str(demo))
    for name, placeholder in LISTED.items():
        qdacoder("placeholders", "add", str(demo), name, placeholder, "--any-case")
    qdacoder("export", str(demo), str(out / "casus-1.docx"), "--what", "coded-document", "--case", "Casus 1",
             "--line-numbers")
    qdacoder("export", str(demo), str(out / "moeder.docx"), "--what", "coded-document",
             "--document", "Interview moeder casus 2", "--coder", "Anna de Vries")
    qdacoder("chart", str(demo), str(out / "frequenties.png"), "--type", "frequencies")
    qdacoder("chart", str(demo), str(out / "heatmap.png"), "--type", "matrix", "--columns", "cases")
    for docx in sorted(out.glob("*.docx")):
        check_coded_document(docx)
    print(f"Look at the pages and charts in {out}")


if __name__ == "__main__":
    main()
