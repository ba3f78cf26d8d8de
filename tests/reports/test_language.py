"""The command line's translations (read from the .ts without Qt) are the window's (the
compiled .qm that Qt loads), so a report reads the same from either."""

import pytest
from PySide6.QtCore import QLocale, QTranslator

from qdacoder.core.errors import ValidationError
from qdacoder.resources import resources_dir
from qdacoder.reports.language import _translations, translator


def test_every_text_reads_the_same_as_in_the_window():
    compiled = QTranslator()
    assert compiled.load(QLocale(QLocale.Language.Dutch), "qdacoder", "_", str(resources_dir() / "translations"))
    texts = _translations("nl")
    assert len(texts) > 300
    stale = [source for source, dutch in texts.items() if compiled.translate("qdacoder", source) != dutch]
    assert stale == [], "run `make translations`: the .qm is older than the .ts"


def test_english_is_the_text_itself_and_unknown_texts_stay():
    assert translator("en")("Method") == "Method"
    dutch = translator("nl")
    assert dutch("Method") == "Methode"
    assert dutch("Een zin die niet vertaald hoeft te worden") == "Een zin die niet vertaald hoeft te worden"


def test_a_language_without_a_translation_is_refused():
    with pytest.raises(ValidationError, match="“fr”"):
        translator("fr")
