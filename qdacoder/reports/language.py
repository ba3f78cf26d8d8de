"""The language of the texts qdacoder writes into files (reports, quotes, tables) from the
command line. The window translates through the translator Qt installs for the user's language;
the command line stays free of Qt, so it reads the same translations from the translation
source file that ships beside the compiled one (resources/translations/qdacoder_<language>.ts,
Qt Linguist's XML), taking the finished translations of the context "qdacoder", which is where
every text written into a file lives."""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..resources import resources_dir

LANGUAGES = ("en", "nl")  # English is the language of the texts themselves
NO_TRANSLATION = QT_TRANSLATE_NOOP("qdacoder", "There is no translation into “{language}” in this installation.")


def output_language(project, language: str | None = None) -> str:
    """The language a project's reports, tables, charts and quotes are written in: ``language``
    when asked (``--language``), otherwise the project's setting; Dutch for a project made
    before there was one."""
    return language or project.setting("output_language") or "nl"


def project_translator(project, language: str | None = None) -> Callable[[str], str]:
    """The translator of the project's output language: what every file written from the
    window or the command line goes through (the window's own labels stay in its language)."""
    return translator(output_language(project, language))


def translator(language: str) -> Callable[[str], str]:
    """A function giving a text of qdacoder (context "qdacoder") in ``language``; a text
    without a translation stays as it is."""
    if language == "en":
        return lambda text: text
    texts = _translations(language)
    return lambda text: texts.get(text, text)


@functools.cache
def _translations(language: str) -> dict[str, str]:
    path = resources_dir() / "translations" / f"qdacoder_{language}.ts"
    if not path.is_file():
        raise ValidationError(NO_TRANSLATION, language=language)
    from lxml import etree  # here, not at the top: every command imports LANGUAGES, few translate

    # our own file, but read like any XML: no entities, no network
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(path), parser).getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "qdacoder":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[message.findtext("source")] = translation.text
    return found
