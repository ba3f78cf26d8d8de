"""Peak memory of importing a document at the size caps (issue 21): .docx, .odt, .rtf and .pdf
files made as large as the caps allow (the file size, what the XML parts of a .docx or .odt may
unpack to, the characters of one document), each imported by the real command line in a child process, which reports its
peak memory (RUSAGE_CHILDREN). Prints the peak beside the bare limit: 1 GB.

    python benchmarks/bench_memory_caps.py [docx docx-text odt rtf pdf pdf-text]

Each file is made in a temporary folder and imported into a new project; expect minutes (the
largest documents take a while to read, and to make). Timings on a loaded machine are noisy;
the peaks are not.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qdacoder.importers import MAX_FILE_SIZE, MAX_TEXT  # noqa: E402
from qdacoder.importers.archive import MAX_XML  # noqa: E402

MiB = 1024 * 1024
LIMIT = 1024 * MiB
WORDS = ("ik woonde bij mijn opa in Zwolle en ging daar naar school de mentor zei dat de hulp "
         "pas na de wachtlijst kwam thuis was het onrustig").split()


def sentences(seed: int):
    """Endless varied Dutch-looking sentences (a repeated line would look like a ZIP bomb)."""
    pick = random.Random(seed).choice
    while True:
        yield " ".join(pick(WORDS) for _ in range(10))


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def make_docx(path: Path, *, run_per_word: bool = True) -> None:
    """document.xml as large as the XML parts may be, every word its own run (the most
    elements per character: the worst case for the parser), or one run per paragraph (the
    most text: the worst case for the rest), the text under MAX_TEXT."""
    import docx

    document = docx.Document()
    document.add_paragraph("leeg")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    head = members["word/document.xml"].decode()
    start, end = head.index("<w:body>") + len("<w:body>"), head.index("</w:body>")
    budget = MAX_XML - sum(len(v) for k, v in members.items() if k != "word/document.xml") - 64 * 1024
    chunks, size, characters = [], len(head) - (end - start), 0
    for n, sentence in enumerate(sentences(1)):
        label = "I: " if n % 2 == 0 else "R: "
        words = (label + sentence).split() if run_per_word else [label + sentence]
        runs = "".join(f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{xml_text(word)} </w:t></w:r>'
                       for word in words)
        chunk = f"<w:p>{runs}</w:p>"
        if size + len(chunk) > budget or characters + len(sentence) + 4 > MAX_TEXT:
            break
        chunks.append(chunk)
        size += len(chunk)
        characters += len(sentence) + 4
    members["word/document.xml"] = (head[:start] + "".join(chunks) + head[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def make_odt(path: Path) -> None:
    """content.xml as large as the archive may unpack to, every word in its own span."""
    head = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:text>')
    tail = "</office:text></office:body></office:document-content>"
    budget = MAX_XML - 64 * 1024
    chunks, size, characters = [], len(head) + len(tail), 0
    for n, sentence in enumerate(sentences(2)):
        label = "I: " if n % 2 == 0 else "R: "
        spans = "".join(f'<text:span text:style-name="T1">{xml_text(word)} </text:span>'
                        for word in (label + sentence).split())
        chunk = f'<text:p text:style-name="P1">{spans}</text:p>'
        if size + len(chunk) > budget or characters + len(sentence) + 4 > MAX_TEXT:
            break
        chunks.append(chunk)
        size += len(chunk)
        characters += len(sentence) + 4
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", head + "".join(chunks) + tail)
        archive.writestr("META-INF/manifest.xml", manifest)


def make_rtf(path: Path) -> None:
    """An RTF file at the file size cap: plain paragraphs, so it holds far more text than one
    document may (the reader must refuse it without first holding all of it)."""
    budget = MAX_FILE_SIZE - 1024
    with open(path, "w", encoding="ascii") as out:
        out.write(r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0\fs22 ")
        size = 0
        for n, sentence in enumerate(sentences(3)):
            line = ("I: " if n % 2 == 0 else "R: ") + sentence + "\\par\n"
            if size + len(line) > budget:
                break
            out.write(line)
            size += len(line)
        out.write("}")


def make_pdf(path: Path, *, characters: int | None = None) -> None:
    """A PDF at the file size cap (or with just under ``characters`` of text): pages of
    uncompressed text, written by hand (the objects, then the cross-reference table)."""
    budget = MAX_FILE_SIZE - 4 * 1024 * 1024
    page_text = 70 * 66  # about: 70 lines of a label and ten words
    pages_wanted = characters // page_text - 1 if characters else None
    lines = sentences(4)
    with open(path, "wb") as out:
        offsets = []

        def obj(number: int, body: bytes) -> None:
            offsets.append((number, out.tell()))
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

        out.write(b"%PDF-1.4\n")
        obj(1, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        pages = []
        number = 10
        while out.tell() < budget and (pages_wanted is None or len(pages) < pages_wanted):
            text = b"BT /F1 9 Tf 40 800 Td 11 TL " + b" ".join(
                b"(%s: %s) '" % (b"I" if k % 2 == 0 else b"R", next(lines).encode()) for k in range(70)) + b" ET"
            obj(number, b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
            obj(number + 1, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 1 0 R >> >> >>" % number)
            pages.append(number + 1)
            number += 2
        obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in pages), len(pages)))
        obj(3, b"<< /Type /Catalog /Pages 2 0 R >>")
        start = out.tell()
        table = dict(offsets)
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % number)
        for n in range(1, number):
            out.write(b"%010d 00000 n \n" % table[n] if n in table else b"0000000000 65535 f \n")
        out.write(b"trailer\n<< /Size %d /Root 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (number, start))


MAKERS = {"docx": make_docx, "docx-text": lambda path: make_docx(path, run_per_word=False), "odt": make_odt,
          "rtf": make_rtf, "pdf": make_pdf, "pdf-text": lambda path: make_pdf(path, characters=MAX_TEXT)}


def measured(*args: str) -> tuple[int, str, int, float]:
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run([sys.executable, '-m', 'qdacoder', *sys.argv[1:]], capture_output=True, text=True)\n"
        "took = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
        "print(json.dumps([done.returncode, done.stdout + done.stderr, peak, took]))\n"
    )
    result = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    return tuple(json.loads(result.stdout))


def main(kinds: list[str]) -> int:
    worst = 0
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print(f"{'file':9} {'size':>9} {'peak':>9} {'limit':>9} {'time':>8}  result")
        for kind in kinds:
            target = folder / f"groot.{kind.split('-')[0]}"
            MAKERS[kind](target)
            project = folder / f"{kind}.qdacoder"
            subprocess.run([sys.executable, "-m", "qdacoder", "new", str(project)], check=True, capture_output=True,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
            code, output, peak, took = measured("import", str(project), str(target))
            worst = max(worst, peak)
            result = (output.strip().splitlines() or ["?"])[-1 if code else 0][:90]
            print(f"{kind:9} {target.stat().st_size / MiB:7.0f}MB {peak / MiB:7.0f}MB {LIMIT / MiB:7.0f}MB "
                  f"{took:7.1f}s  {'imported' if code == 0 else 'refused'}: {result}", flush=True)
            target.unlink()
    return 0 if worst < LIMIT else 1


if __name__ == "__main__":
    started = time.perf_counter()
    status = main(sys.argv[1:] or list(MAKERS))
    print(f"({time.perf_counter() - started:.0f} s in all)")
    sys.exit(status)
