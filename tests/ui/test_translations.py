"""A Dutch translation can be added without touching the code: Qt Linguist files compiled
with lrelease and installed as a translator change the window's words and the core's messages."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from qdacoder.core.errors import ImportFailed
from qdacoder.ui.common.errors import message_for
from qdacoder.ui.main_window import MainWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context><name>MainWindow</name>
  <message><source>&amp;Documents</source><translation>&amp;Documenten</translation></message>
</context>
<context><name>qdacoder</name>
  <message><source>{file}: the file is empty.</source><translation>{file}: het bestand is leeg.</translation></message>
</context>
</TS>
"""


def test_a_compiled_dutch_translation_changes_menus_and_core_messages(qtbot, tmp_path, settings):
    ts = tmp_path / "qdacoder_nl.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "qdacoder_nl.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "qdacoder_nl.qm"))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Documenten" in titles and "&Codes" in titles  # untranslated words stay English
        error = ImportFailed("{file}: the file is empty.", file="leeg.txt")
        assert message_for(error) == "leeg.txt: het bestand is leeg."
        assert str(error) == "leeg.txt: the file is empty."  # the command line stays as it was
    finally:
        app.removeTranslator(translator)


def test_the_shipped_translation_file_lists_the_window_and_core_strings():
    ts = (Path(__file__).resolve().parents[2] / "resources" / "translations" / "qdacoder_nl.ts").read_text("utf-8")
    for source in ("&amp;Documents", "Code in &amp;vivo", "{file}: the file is empty."):
        assert f"<source>{source}</source>" in ts


def test_the_shipped_dutch_translation_writes_the_draft_report_in_dutch(window, tmp_path):
    import docx

    from qdacoder.resources import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "qdacoder_nl.qm"))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        # the report follows the project's language: this project was made in English
        window.codebook.add_code("Steun")
        out = tmp_path / "concept.docx"
        assert window.quotes.draft_report(str(out))
        assert "Method" in [p.text for p in docx.Document(str(out)).paragraphs]
        # a project made in a window running in Dutch writes Dutch
        assert window.projects.new_project(tmp_path / "nieuw")
        assert window.project.setting("output_language") == "nl"
        window.codebook.add_code("Steun")
        assert window.quotes.draft_report(str(out))
        texts = [p.text for p in docx.Document(str(out)).paragraphs]
        assert "Methode" in texts and "Conceptrapport" in texts and "Bijlage A. Codeboek" in texts
    finally:
        app.removeTranslator(translator)


SHIPPED_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "qdacoder_nl.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")


def _mnemonics(text: str) -> int:
    """The & marks in a menu or button text (&& is a literal ampersand)."""
    return len(re.findall(r"&(?!\s)", text.replace("&&", "")))


def _shipped_messages():
    """(context, source, [translations], finished) for every message in the shipped .ts."""
    from lxml import etree

    for context in etree.parse(str(SHIPPED_TS)).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            finished = translation.get("type") != "unfinished" and all(forms)
            yield context.findtext("name"), message.findtext("source"), forms, finished


def test_the_shipped_dutch_translations_keep_placeholders_mnemonics_and_ellipses():
    problems = []
    for context, source, forms, finished in _shipped_messages():
        if not finished:
            continue
        for dutch in forms:
            if set(PLACEHOLDER.findall(dutch)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {dutch!r}")
            if _mnemonics(source) == 1 and _mnemonics(dutch) != 1:
                problems.append(f"{context}: one & expected: {source!r} -> {dutch!r}")
            if source.endswith("...") and not dutch.endswith("..."):
                problems.append(f"{context}: ... dropped: {source!r} -> {dutch!r}")
    assert problems == []


def test_nearly_every_message_is_translated_into_dutch():
    messages = list(_shipped_messages())
    finished = [m for m in messages if m[3]]
    assert len(messages) > 900
    assert len(finished) >= 0.95 * len(messages), f"{len(finished)} of {len(messages)} translated"


def test_the_app_installs_the_shipped_dutch_translation_for_a_dutch_system(qtbot, settings):
    from PySide6.QtCore import QLocale

    from qdacoder.ui.app import install_translations

    app = QCoreApplication.instance()
    translators = install_translations(app, QLocale(QLocale.Language.Dutch))
    try:
        assert translators, "no Dutch translation was loaded"
        window = MainWindow(settings)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Project", "B&ewerken", "&Documenten"]
        assert "C&asussen" in titles and "A&nalyse" in titles
        assert window.undo_action.text() == "&Ongedaan maken"
        assert "Kenmerken" in [dock.windowTitle() for dock in window.docks]
        error = ImportFailed("{file}: the file is empty.", file="leeg.txt")
        assert message_for(error) == "leeg.txt: het bestand is leeg."
        # words that go into a message ("a number") are translated with it; the user's own
        # value and the attribute's name are not
        from qdacoder.core.attributes import Variable, parse_value
        from qdacoder.core.errors import ValidationError

        age = Variable(1, "", "case", "Leeftijd", "number", (), "", 0)
        with pytest.raises(ValidationError) as refused:
            parse_value(age, "number")
        assert message_for(refused.value) == "“number” past niet bij “Leeftijd”: verwacht een getal."
        assert str(refused.value) == "“number” is not a number, as “Leeftijd” needs."
    finally:
        for translator in translators:
            app.removeTranslator(translator)
