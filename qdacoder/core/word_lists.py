"""The project's own stop words: what the word analyses leave out besides the standard lists.

Design rules (why):
- The standard lists (Dutch, English) ship with the app (``analysis.words``); the project
  stores only its edits: words added as stop words, words of a standard list that do count
  in this study ("keep": "kind" is a stop word in English and the subject in Dutch youth
  care), and which standard lists apply. So a newer standard list still reaches old projects.
- Words are stored as the analyses compare them: trimmed and casefolded.
- Every edit is one transaction, so one undo step however many words it touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal
from .project import Project

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class WordLists:
    languages: frozenset[str]  # the standard lists that apply
    added: frozenset[str]  # the project's own stop words
    kept: frozenset[str]  # words of the standard lists that count in this project


def normal(word: str) -> str:
    """A word as stop words are compared: one space between parts, casefolded."""
    return " ".join(word.split()).casefold()


def word_lists(project: Project) -> WordLists:
    rows = project.rows("SELECT list, word FROM word_lists")
    of = {kind: frozenset(r["word"] for r in rows if r["list"] == kind) for kind in ("language", "stop", "keep")}
    return WordLists(of["language"], of["stop"], of["keep"])


def _words(words: Iterable[str]) -> list[str]:
    found = list(dict.fromkeys(w for w in (normal(word) for word in words) if w))
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Give one or more words."))
    return found


def _row(project: Project, kind: str, word: str) -> int | None:
    return project.scalar("SELECT id FROM word_lists WHERE list = ? AND word = ?", [kind, word])


def add_stop_words(project: Project, words: Iterable[str]) -> Journal:
    """Leave ``words`` out of the word analyses (a word that was kept from a standard list is
    simply no longer kept). ``result``: the words as stored."""
    found = _words(words)
    with project.transaction("add stop words") as tx:
        for word in found:
            kept = _row(project, "keep", word)
            if kept is not None:
                tx.delete("word_lists", kept)
            if _row(project, "stop", word) is None:
                tx.insert("word_lists", {"list": "stop", "word": word})
        tx.result = found
    return tx.journal


def remove_stop_words(project: Project, words: Iterable[str]) -> Journal:
    """Count ``words`` again: a word the project added is taken off its list, a word of a
    standard list is kept. ``result``: the words as stored."""
    found = _words(words)
    with project.transaction("remove stop words") as tx:
        for word in found:
            added = _row(project, "stop", word)
            if added is not None:
                tx.delete("word_lists", added)
            if _row(project, "keep", word) is None:
                tx.insert("word_lists", {"list": "keep", "word": word})
        tx.result = found
    return tx.journal


def set_languages(project: Project, languages: Iterable[str]) -> Journal:
    """Which standard stop-word lists apply (``LANGUAGES``; none at all is allowed)."""
    wanted = set(languages)
    unknown = sorted(wanted - set(LANGUAGES))
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "There is no standard stop-word list for “{language}”."),
                              language=unknown[0])
    with project.transaction("stop-word lists") as tx:
        for row in project.rows("SELECT id, word FROM word_lists WHERE list = 'language'"):
            if row["word"] not in wanted:
                tx.delete("word_lists", row["id"])
        for language in LANGUAGES:
            if language in wanted and _row(project, "language", language) is None:
                tx.insert("word_lists", {"list": "language", "word": language})
    return tx.journal


def set_word_lists(project: Project, languages: Iterable[str], added: Iterable[str], kept: Iterable[str]) -> Journal:
    """Make the project's lists exactly these (the window's stop-word dialog): one undo step."""
    wanted = {"language": set(languages), "stop": {w for w in map(normal, added) if w},
              "keep": {w for w in map(normal, kept) if w}}
    unknown = sorted(wanted["language"] - set(LANGUAGES))
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "There is no standard stop-word list for “{language}”."),
                              language=unknown[0])
    both = sorted(wanted["stop"] & wanted["keep"])
    if both:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "“{word}” cannot be both a stop word and a word that counts."), word=both[0])
    with project.transaction("stop words") as tx:
        for row in project.rows("SELECT id, list, word FROM word_lists ORDER BY id"):
            if row["word"] not in wanted[row["list"]]:
                tx.delete("word_lists", row["id"])
        for kind in ("language", "stop", "keep"):
            for word in sorted(wanted[kind]):
                if _row(project, kind, word) is None:
                    tx.insert("word_lists", {"list": kind, "word": word})
    return tx.journal
