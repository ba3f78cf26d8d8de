"""How fast the document view opens, re-highlights and scrolls a big transcript.

A ~1 MB Dutch-like interview (I:/R: turns, accents, a few emoji) with 5,000 random codings
(some overlapping, 20-2,000 characters, 30 codes). Targets: opening (set_document + first
paint) well under 0.3 s; re-highlighting after one new coding well under 30 ms.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_document_view.py [--save shot.png]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

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


def median_time(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(2024)
    text = transcript(1_000_000, rng)
    highlights = codings(text, 5000, rng)
    view = DocumentView()
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    def open_document():
        view.set_document(1, text, highlights)
        view.repaint()
        app.processEvents()

    extra = iter(codings(text, 10, random.Random(7), first_id=100_000))
    current = list(highlights)

    def add_coding():
        current.append(next(extra))
        view.set_highlights(current)
        view.repaint()

    bar = view.text_edit.verticalScrollBar()
    positions = iter([0, bar.maximum()] * 10)

    def scroll_to_middle():
        bar.setValue(next(positions))  # from elsewhere, so each run really scrolls
        app.processEvents()
        started = time.perf_counter()
        bar.setValue(bar.maximum() // 2)
        view.repaint()
        app.processEvents()
        return time.perf_counter() - started

    started = time.perf_counter()
    open_document()  # the first time: nothing laid out or cached yet
    cold = time.perf_counter() - started
    results = [
        ("open, first time", cold, 0.3),
        ("open: set_document + first paint", median_time(open_document), 0.3),
        ("set_highlights after one new coding", median_time(add_coding), 0.03),
        ("scroll to the middle + repaint", statistics.median(scroll_to_middle() for _ in range(5)), 0.05),
    ]
    print(f"text {len(text):,} characters, {len(highlights):,} codings, view 1200x800, median of 5 runs")
    print(f"{'measure':40} {'time':>9} {'target':>9}")
    for name, seconds, target in results:
        print(f"{name:40} {seconds * 1000:7.1f}ms {target * 1000:7.0f}ms {'ok' if seconds < target else 'SLOW'}")
    print(f"extra selections now: {len(view.text_edit.extraSelections())}, margin bars: {len(view.margin.bars())}")
    if "--save" in sys.argv:
        view.grab().save(sys.argv[sys.argv.index("--save") + 1])


if __name__ == "__main__":
    main()
