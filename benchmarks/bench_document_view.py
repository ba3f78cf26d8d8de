"""How fast the document view opens, re-highlights and scrolls a big transcript.

A ~1 MB Dutch-like interview (I:/R: turns, accents, a few emoji) with 5,000 random codings
(some overlapping, 20-2,000 characters, 30 codes). Targets: opening (set_document + first
paint) well under 0.3 s; re-highlighting after one new coding well under 30 ms.

Each figure beside its bare limit (Qt's own QPlainTextEdit with the same text, nothing
highlighted), the two alternated run by run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_document_view.py [--runs N]
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from qdacoder.ui.document.view import DocumentView  # noqa: E402
from qdacoder.ui.document.highlights import Highlight  # noqa: E402

WORDS = (
    "ik de het een en van dat niet je was er op met mentor school thuis gewoon echt wel "
    "jeugdzorg hulpverlener gesprek luisterde vertrouwen begeleiding wachtlijst gezin moeder "
    "vader broertje zus afspraak meedenken café geëvalueerd ideeën privé één coördinator "
    "financiën zorgplan onderwijs wonen toekomst participatie beslissen samen later eerst"
).split()
EMOJI = ["😊", "👩‍👧", "🙂"]
CODES = [
    ("Mentor", "Steun/Mentor"), ("Vertrouwen", "Relatie/Vertrouwen"), ("Wachtlijst", "Zorg/Wachtlijst"),
    ("Participatie", "Participatie"), ("Gezin", "Context/Gezin"), ("School", "Context/School"),
    ("Wonen", "Context/Wonen"), ("Beslissen", "Participatie/Beslissen"), ("Luisteren", "Steun/Luisteren"),
    ("Overgang 18-", "Zorg/Overgang 18-"), ("Diagnose", "Zorg/Diagnose"), ("Hulpverlener", "Relatie/Hulpverlener"),
    ("Boosheid", "Emotie/Boosheid"), ("Hoop", "Emotie/Hoop"), ("Angst", "Emotie/Angst"),
    ("Vrienden", "Context/Vrienden"), ("Geld", "Context/Geld"), ("Regels", "Zorg/Regels"),
    ("Meedenken", "Participatie/Meedenken"), ("Zorgplan", "Zorg/Zorgplan"), ("Crisis", "Zorg/Crisis"),
    ("Toekomst", "Toekomst"), ("Verandering", "Toekomst/Verandering"), ("Stem", "Participatie/Stem"),
    ("Eenzaamheid", "Emotie/Eenzaamheid"), ("Trots", "Emotie/Trots"), ("Werk", "Context/Werk"),
    ("Gezondheid", "Context/Gezondheid"), ("Samenwerking", "Zorg/Samenwerking"), ("Informatie", "Zorg/Informatie"),
]
COLORS = [f"#{random.Random(i).randrange(0x404040, 0xF0F0F0):06x}" for i in range(len(CODES))]


def transcript(size: int, rng: random.Random) -> str:
    turns, length = [], 0
    while length < size:
        speaker = "I" if len(turns) % 2 == 0 else "R"
        words = rng.choices(WORDS, k=rng.randint(8, 20) if speaker == "I" else rng.randint(20, 160))
        if rng.random() < 0.05:
            words.insert(rng.randrange(len(words)), rng.choice(EMOJI))
        turn = f"{speaker}: " + " ".join(words).capitalize() + "."
        turns.append(turn)
        length += len(turn) + 1
    return "\n".join(turns)


def codings(text: str, count: int, rng: random.Random, first_id: int = 1) -> list[Highlight]:
    result = []
    for coding_id in range(first_id, first_id + count):
        length = rng.randint(20, 2000)
        start = rng.randrange(0, len(text) - length)
        code = rng.randrange(len(CODES))
        name, path = CODES[code]
        result.append(Highlight(coding_id, start, start + length, name, path, COLORS[code], "Anna de Vries"))
    return result


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.scale import alternate, arguments, header, line, load

    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(2024)
    text = transcript(1_000_000, rng)
    highlights = codings(text, 5000, rng)
    view = DocumentView()
    view.resize(1200, 800)
    view.show()
    plain = QPlainTextEdit()  # the limit: the same text in Qt's own text view, nothing highlighted
    plain.resize(1200, 800)
    plain.show()
    app.processEvents()

    def open_document():
        view.set_document(1, text, highlights)
        view.repaint()
        app.processEvents()

    def bare_open():
        plain.setPlainText(text)
        plain.repaint()
        app.processEvents()

    def away(name: str) -> None:
        (view.set_document(None, "", []) if name == "app" else plain.setPlainText(""))
        app.processEvents()

    started = time.perf_counter()
    open_document()  # the first time: nothing laid out or cached yet
    cold = time.perf_counter() - started
    opens = alternate({"app": open_document, "bare": bare_open}, args.runs, before=away)
    open_document()
    bare_open()

    extra = iter(codings(text, 100, random.Random(7), first_id=100_000))

    def add_coding():
        view.update_highlights([], [next(extra)])
        view.repaint()
        app.processEvents()

    def bare_repaint():  # the repaint a change of highlights needs anyway
        view.text_edit.viewport().update()
        view.repaint()
        app.processEvents()

    changes = alternate({"app": add_coding, "bare": bare_repaint}, args.runs)

    def scroll(widget):
        bar = widget.verticalScrollBar() if isinstance(widget, QPlainTextEdit) else widget.text_edit.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        widget.repaint()
        app.processEvents()

    def to_top(name: str) -> None:
        edit = view.text_edit if name == "app" else plain
        edit.verticalScrollBar().setValue(0)
        app.processEvents()

    scrolls = alternate({"app": lambda: scroll(view), "bare": lambda: scroll(plain)}, args.runs, before=to_top)
    print(f"\ntext {len(text):,} characters, {len(highlights):,} codings, view 1200x800; median of {args.runs} runs "
          "(spread), app and its bare limit alternated")
    header("the document view")
    print(f"{'open, first time':52} {cold * 1000:8.1f}")
    line("open: set_document + first paint", opens["app"], opens["bare"])
    line("one new coding: update + repaint", changes["app"], changes["bare"])
    line("scroll to the middle + repaint", scrolls["app"], scrolls["bare"])
    print("bare limits: the text put into a plain QPlainTextEdit and painted; a repaint of the view; the plain "
          "QPlainTextEdit scrolled to the middle and painted")
    print(f"extra selections now: {len(view.text_edit.extraSelections())}, margin bars: {len(view.margin.bars())}")
    print(load())


if __name__ == "__main__":
    main()
