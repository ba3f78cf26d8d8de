"""What a word is for the word analyses: tokens, stop words, stems and what is never counted.

Design rules (why):
- A word is a run of letters, with inner hyphens and apostrophes kept ("jeugd-ggz", "zo'n",
  "auto's"), compared in lower case. A token with a digit ("12", "3e", "2019") is a number;
  text in square brackets ("[naam jongere]", "[lacht]") is a placeholder or a transcriber's
  note. Numbers, placeholders and one-letter words are left out, and break a phrase.
- A listed name (the placeholder list of ``core.names``) counts as the placeholder it stands
  for: it and every part of it (but the particles "van", "de", ...) are left out, so no word
  list or word cloud can carry a name, and window and files count the same words. As the
  names filter does, a name matches as listed and in capitals ("Roos", "ROOS": the word
  "roos" still counts) unless the list says "any case".
- Stop words: the standard lists of the ``stop-words`` package (Dutch: the Snowball list;
  English, off by default: a long list that also holds "kind", "help" and "case"), with a
  few spoken fillers ("uh", "ehm", "nou") that transcripts are full of, edited per project
  (``core.word_lists``). A stop word is recognised in any case, before stemming.
- Stems: the Snowball Dutch stemmer (``snowballstemmer``), once per distinct token (cached):
  a text has some thousands of distinct words and millions of tokens.
- Phrases of 2 or 3 words never cross punctuation, a line break, a number, a placeholder or
  a name, and neither start nor end with a stop word ("gebrek aan vertrouwen" counts,
  "op de wachtlijst" does not: "wachtlijst" does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..core.project import Project
from ..core.names import list_placeholders
from ..core.word_lists import normal, word_lists

# a placeholder or note in brackets, or a word; for phrases also the punctuation that ends one
WORD = re.compile(r"\[[^\[\]\n]{0,80}\]|[^\W_]+(?:['’\-][^\W_]+)*")
PHRASE_TOKEN = re.compile(r"\[[^\[\]\n]{0,80}\]|[^\W_]+(?:['’\-][^\W_]+)*|[.,;:!?…()\"“”„\n]")
FILLERS = frozenset("uh uhm eh ehm ehh hm hmm hmhm mm mhm nou tja oké ok hè".split())
PARTICLES = frozenset("van de der den het ten ter te 't la le von di da du op in".split())
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4)
def standard_list(language: str) -> frozenset[str]:
    """The shipped stop words of ``language`` ("nl", "en"), lower case."""
    from stop_words import get_stop_words

    words = frozenset(normal(w) for w in get_stop_words({"nl": "dutch", "en": "english"}[language]))
    return words | FILLERS if language == "nl" else words


def stop_words(project: Project) -> frozenset[str]:
    """The stop words that apply in ``project``: its standard lists, plus its own, less those it keeps."""
    lists = word_lists(project)
    standard = frozenset().union(*(standard_list(language) for language in sorted(lists.languages)))
    return (standard | lists.added) - lists.kept


def name_parts(project: Project) -> tuple[frozenset[str], frozenset[str]]:
    """Every word of every listed name but name particles: (as listed and in capitals, for
    names matched that way; lower case, for names listed as "any case")."""
    exact, any_case = set(), set()
    for placeholder in list_placeholders(project):
        for word in WORD.findall(placeholder.name):
            if normal(word) in PARTICLES:
                continue
            if placeholder.any_case:
                any_case.add(normal(word))
            else:
                exact.update((word, word.upper()))
    return frozenset(exact), frozenset(any_case)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Dutch stem of a lower-case word."""
    return _stemmer().stemWord(word)


STOP, GONE = 1, 2  # kinds of token that are not counted: a stop word, a left-out item


class Vocabulary:
    """Turns raw tokens into what is counted, once per distinct token.

    ``classify(token)`` gives (key, form, kind): ``key`` groups the token (its stem, or the
    lower-case word), ``form`` is the lower-case word as written, ``kind`` is 0 for a counted
    word, ``STOP`` or ``GONE``."""

    def __init__(self, stops: Iterable[str], names: tuple[Iterable[str], Iterable[str]] = ((), ()), *,
                 stemmed: bool = False) -> None:
        self.stops, self.stemmed = frozenset(stops), stemmed
        self.names, self.names_any_case = frozenset(names[0]), frozenset(names[1])
        self._seen: dict[str, tuple[str, str, int]] = {}

    @classmethod
    def of(cls, project: Project, *, stemmed: bool = False) -> Vocabulary:
        return cls(stop_words(project), name_parts(project), stemmed=stemmed)

    def classify(self, token: str) -> tuple[str, str, int]:
        found = self._seen.get(token)
        if found is None:
            form = token.lower()
            if (token[0] == "[" or len(form) < 2 or _DIGIT.search(form) or token in self.names
                    or form in self.names_any_case):
                found = ("", form, GONE)
            elif form in self.stops:
                found = (form, form, STOP)
            else:
                found = (stem(form) if self.stemmed else form, form, 0)
            self._seen[token] = found
        return found


def phrases(tokens: list[str], n: int, vocabulary: Vocabulary) -> list[tuple[str, ...]]:
    """The phrases of ``n`` words in one stretch's ``tokens`` (``PHRASE_TOKEN`` matches), as
    tuples of lower-case forms: no break inside, no stop word at either end."""
    found: list[tuple[str, ...]] = []
    run: list[tuple[str, int]] = []  # (form, kind) since the last break
    classify = vocabulary.classify
    for token in tokens:
        if len(token) == 1 and not token.isalnum():
            run = []  # punctuation or a line break
            continue
        _key, form, kind = classify(token)
        if kind == GONE:
            run = []
            continue
        run.append((form, kind))
        if len(run) >= n and run[-1][1] != STOP and run[-n][1] != STOP:
            found.append(tuple(f for f, _k in run[-n:]))
    return found
