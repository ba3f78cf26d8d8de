"""Suggested placeholders: the names, places, institutions and other identifying details
(streets, dates, phone numbers, e-mail addresses, BSN numbers) found in the documents, grouped
by distinct form with a count and a few contexts, for the researcher to accept or reject.

Design rules (why):
- ``deduce`` (Dutch de-identification, LGPL-3+) does the finding with the lookup lists that ship
  in its wheel: nothing is downloaded and no text leaves the machine. Its lookup structures take
  a minute or two to build; they are built once and kept in the user's cache folder (never in
  site-packages, which a non-root install or the bundle cannot write to).
- Three rules of our own where deduce is clearly short (measured on
  tests/analysis/data/namen_testtekst.txt, see the README):
  1. a speaker label that deduce's first-name list holds (and that is not a common word:
     "Moeder", "Vader") is a person;
  2. a person's form found anywhere, or already on the placeholder list, is a person wherever
     it appears again in the project, also in lower case ("jayden"), unless the lower-case
     word is a common Dutch word (roos, mark);
  3. school names ("Basisschool De Regenboog", "het Vechtdal College", "OBS De Wieken") and
     youth-care organisations named after what they do ("Jeugdbescherming Overijssel",
     "Veilig Thuis", "Travers Welzijn").
- What the placeholder list already hides completely, and what was rejected, is not suggested.
- Finding runs on texts read beforehand (``NameInputs``), so the window can run it on a worker
  thread: a SQLite connection belongs to the thread that made it.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import QT_TRANSLATE_NOOP, QdaError
from ..core.names import Placeholder, NameFilter, fold, list_placeholders, rejected_forms
from ..core.project import Project

# deduce's tags -> the placeholder list's categories; tags not named here are not suggested
# (ages are not names)
CATEGORY_OF_TAG = {
    "persoon": "person", "patient": "person",
    "locatie": "place", "straat": "place", "huisnummer": "place", "postcode": "place", "postbus": "place",
    "instelling": "institution", "ziekenhuis": "institution", "zorginstelling": "institution",
    "datum": "other", "telefoonnummer": "other", "emailadres": "other", "url": "other", "bsn": "other",
    "id": "other",
}
OWN_RULES = ("known name", "school or care")  # what found a hit besides deduce
CACHE_FAILED = QT_TRANSLATE_NOOP(
    "qdacoder", "The name lists could not be prepared in {folder} ({reason}). Set QDACODER_CACHE_DIR to a folder "
    "you can write to.")
CONTEXTS = 3  # contexts kept per form
CONTEXT_CHARS = 50  # characters either side of a hit in a context


@dataclass(frozen=True)
class Context:
    document: str
    start: int
    end: int
    before: str
    text: str
    after: str


@dataclass
class Suggestion:
    form: str  # as written in the text
    category: str  # person, place, institution, other
    kind: str  # what found it: deduce's tag or one of our rules (speaker, known name, school)
    count: int = 0
    documents: set[str] = field(default_factory=set)
    contexts: list[Context] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    category: str
    kind: str


@dataclass(frozen=True)
class DocumentText:
    name: str
    text: str
    speakers: tuple[str, ...]  # the speaker labels of its turns


@dataclass(frozen=True)
class NameInputs:
    documents: tuple[DocumentText, ...]
    listed: tuple[Placeholder, ...]
    rejected: frozenset[str]  # folded


class Cancelled(Exception):
    """The user stopped the search."""


# --- deduce and its cache ------------------------------------------------------------------------
def cache_folder() -> Path:
    """Where qdacoder keeps what it builds once for this user: QDACODER_CACHE_DIR when set, else
    the platform's user cache folder (what platformdirs would give)."""
    if os.environ.get("QDACODER_CACHE_DIR"):
        return Path(os.environ["QDACODER_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "qdacoder" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "qdacoder"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "qdacoder"


def _deduce_cache() -> Path:
    from deduce import __version__

    return cache_folder() / f"deduce-{__version__}"


def _cache_file() -> Path:
    return _deduce_cache() / "cache" / "lookup_structs.pickle"  # where deduce writes it under cache_path


def deduce_ready() -> bool:
    """Whether deduce's lookup structures are built (the first search prepares for a minute or two)."""
    return _cache_file().is_file()


_lock = threading.Lock()


@functools.cache
def _deduce_unlocked():
    import gc
    import logging
    import pickle

    from deduce import Deduce

    folder = _deduce_cache()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise QdaError(CACHE_FAILED, folder=str(folder), reason=error.strerror or str(error)) from error
    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))  # deduce logs "please wait"
    # The lookup structures are millions of small objects: with the garbage collector running
    # while they are unpickled, loading took 63 s here instead of 3 s; frozen afterwards, later
    # collections in the app do not walk them again.
    gc.disable()
    try:
        try:
            found = Deduce(cache_path=folder)
        except OSError as error:  # a cache folder that cannot be written: say where and why
            raise QdaError(CACHE_FAILED, folder=str(folder), reason=error.strerror or str(error)) from error
        except (pickle.UnpicklingError, EOFError):  # a cache left half written by a stopped build: build it again
            _cache_file().unlink(missing_ok=True)
            found = Deduce(cache_path=folder, build_lookup_structs=True)
    finally:
        gc.enable()
    gc.freeze()
    return found


def deduce():
    """The one Deduce of this process (loading it takes seconds, building it minutes)."""
    with _lock:
        return _deduce_unlocked()


@functools.cache
def _first_names() -> frozenset[str]:
    """deduce's first names, less its common words (Moeder, Vader, Wil...)."""
    from deduce.deduce import _LOOKUP_LIST_PATH  # the lists inside deduce's wheel

    source = Path(_LOOKUP_LIST_PATH) / "src"

    def items(name: str) -> set[str]:
        path = source / name / "items.txt"
        return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}

    common = {w.casefold() for w in items("whitelist/lst_common_word") | items("whitelist/lst_stop_word")}
    return frozenset(n for n in items("names/lst_first_name") if n.casefold() not in common)


@functools.cache
def _common_words() -> frozenset[str]:
    from deduce.deduce import _LOOKUP_LIST_PATH

    from ..core.names import _dutch_words

    path = Path(_LOOKUP_LIST_PATH) / "src" / "whitelist" / "lst_common_word" / "items.txt"
    return frozenset(w.strip().casefold() for w in path.read_text(encoding="utf-8").splitlines()) | _dutch_words()


# --- our own rules --------------------------------------------------------------------------------
_SCHOOL = re.compile(
    # the word school and at least one capitalised word after it ("school de" alone is no name)
    r"\b(?:(?:[Bb]asisschool|OBS|CBS|RKBS|[Ss]cholengemeenschap|[Ss]chool)(?: de| het| van| a)?(?: [A-Z][\w'-]*)"
    r"(?: [A-Z][\w'-]*| de| het| van| a){0,3}"
    r"|(?:[A-Z][\w'-]* (?:a |van |de )?){1,3}(?:College|Lyceum|Gymnasium|Academie)"
    # youth-care organisations named after what they do (deduce lists care institutions by name)
    r"|(?:Jeugdbescherming|Veilig Thuis|Leger des Heils|William Schrikker)(?: [A-Z][\w'-]*){0,2}"
    r"|[A-Z][\w'-]* (?:Welzijn|Jeugdzorg|Jeugdhulp))\b")
_SCHOOL_TRIM = re.compile(r"(?: de| het| van| a)+$")


class _KnownNames:
    """Whole-word occurrences of known person names in one pass over the words of a text (a
    regular expression per name would read 10 M characters once per name). A name matches in
    any case unless every part of it is a common Dutch word (Roos, Mark): then only as written."""

    def __init__(self, names: Iterable[str], common: frozenset[str]) -> None:
        self.by_first: dict[str, list[re.Pattern]] = {}
        for name in sorted(names, key=len, reverse=True):  # longest first: "Kevin van Dijk" before "Kevin"
            any_case = not all(part.casefold() in common for part in name.split())
            pattern = re.compile(r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE if any_case else 0)
            self.by_first.setdefault(name.split()[0].casefold(), []).append(pattern)

    def find(self, text: str) -> list[tuple[int, int]]:
        found = []
        for word in _WORD.finditer(text):
            for pattern in self.by_first.get(word.group().casefold(), ()):
                match = pattern.match(text, word.start())
                if match:
                    found.append((match.start(), match.end()))
                    break
        return found


_WORD = re.compile(r"\w+")


def _deduce_hits(text: str) -> list[Hit]:
    found = []
    for annotation in deduce().deidentify(text, disabled={"redactor"}).annotations:
        category = CATEGORY_OF_TAG.get(annotation.tag.split("+")[0].split("_")[0])
        if category is None:
            category = next((c for t, c in CATEGORY_OF_TAG.items() if t in annotation.tag), None)
        if category is not None:
            found.append(Hit(annotation.start_char, annotation.end_char, category, annotation.tag))
    return found


def _speaker_names(labels: Iterable[str]) -> set[str]:
    first = _first_names()
    return {label for label in labels if label.split()[0] in first}


# --- finding --------------------------------------------------------------------------------------
def read_inputs(project: Project, documents: Sequence[str] | None = None) -> NameInputs:
    """The texts to search (all documents, or those named) with what the project already knows."""
    rows = project.rows("SELECT id, name, text FROM documents ORDER BY name COLLATE NOCASE, id")
    if documents:
        from ..core.documents import find_document
        from ..core.errors import NotFoundError

        wanted = []
        for name in documents:
            document = find_document(project, name)
            if document is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no document “{name}”."), name=name)
            wanted.append(document.id)
        rows = [r for r in rows if r["id"] in wanted]
    speakers: dict[int, set[str]] = {}
    for r in project.rows("SELECT DISTINCT document_id, speaker FROM speaker_turns"):
        speakers.setdefault(r["document_id"], set()).add(r["speaker"])
    return NameInputs(
        tuple(DocumentText(r["name"], r["text"], tuple(sorted(speakers.get(r["id"], ())))) for r in rows),
        tuple(list_placeholders(project)), frozenset(fold(f) for f in rejected_forms(project)))


def find_hits(inputs: NameInputs, progress: Callable[[int, int], bool] | None = None) -> list[list[Hit]]:
    """Every hit in each document of ``inputs`` (in order), one per stretch of text: a hit
    inside a longer one is the same name. ``progress(done, total)`` is called after each
    document (total = documents + 1 for the pass of our own rules); when it returns False the
    search stops with ``Cancelled``."""
    total = len(inputs.documents) + 1
    per_document: list[list[Hit]] = []
    for number, document in enumerate(inputs.documents):
        hits = _deduce_hits(document.text)
        hits += [Hit(m.start(), m.start() + len(_SCHOOL_TRIM.sub("", m.group())), "institution", "school or care")
                 for m in _SCHOOL.finditer(document.text)]
        per_document.append(hits)
        if progress is not None and progress(number + 1, total) is False:
            raise Cancelled()
    # rules 1 and 2: persons known anywhere are persons everywhere
    persons = {document.text[h.start:h.end] for document, hits in zip(inputs.documents, per_document)
               for h in hits if h.category == "person"}
    persons |= _speaker_names(s for d in inputs.documents for s in d.speakers)
    persons |= {p.name for p in inputs.listed if p.category == "person"}
    persons = {" ".join(p.split()) for p in persons if p[:1].isupper()}
    known = _KnownNames(persons, _common_words())
    for document, hits in zip(inputs.documents, per_document):
        hits += [Hit(start, end, "person", "known name") for start, end in known.find(document.text)]
    if progress is not None and progress(total, total) is False:
        raise Cancelled()
    return [_distinct(hits) for hits in per_document]


def _distinct(hits: list[Hit]) -> list[Hit]:
    """Longer hits first, deduce before our rules; a hit inside a kept one is dropped."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.kind in OWN_RULES, h.start)):
        if not any(k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_suggestions(inputs: NameInputs, progress: Callable[[int, int], bool] | None = None) -> list[Suggestion]:
    """The suggestions for ``inputs`` grouped by form, most frequent first; what the placeholder
    list hides already and what was rejected is left out."""
    per_document = find_hits(inputs, progress)
    hidden = NameFilter(inputs.listed)
    placeholders = [p.placeholder for p in inputs.listed]
    by_form: dict[str, Suggestion] = {}
    for document, hits in zip(inputs.documents, per_document):
        text = document.text
        for hit in hits:
            form = " ".join(text[hit.start:hit.end].split())
            if not form or fold(form) in inputs.rejected or _covered(form, hidden, placeholders):
                continue
            suggestion = by_form.setdefault(form, Suggestion(form, hit.category, hit.kind))
            suggestion.count += 1
            suggestion.documents.add(document.name)
            if len(suggestion.contexts) < CONTEXTS:
                suggestion.contexts.append(Context(
                    document.name, hit.start, hit.end, _line(text[max(0, hit.start - CONTEXT_CHARS):hit.start]),
                    text[hit.start:hit.end], _line(text[hit.end:hit.end + CONTEXT_CHARS])))
    return sorted(by_form.values(), key=lambda s: (-s.count, s.category, s.form.casefold()))


def _line(text: str) -> str:
    """A context on one line: every run of white space one space (the edges kept)."""
    return re.sub(r"\s+", " ", text)


def _covered(form: str, hidden: NameFilter, placeholders: list[str]) -> bool:
    """Whether the placeholder list already replaces every letter of ``form``."""
    if not hidden:
        return False
    rest = hidden(form)
    if rest == form:
        return False
    for placeholder in sorted(placeholders, key=len, reverse=True):
        rest = rest.replace(placeholder, "")
    return not any(c.isalpha() for c in rest.replace("'s", ""))


def suggest(project: Project, documents: Sequence[str] | None = None,
            progress: Callable[[int, int], bool] | None = None) -> list[Suggestion]:
    """The suggestions for all documents of ``project`` (or those named)."""
    return find_suggestions(read_inputs(project, documents), progress)


def suggestion_json(suggestion: Suggestion) -> dict:
    return {"form": suggestion.form, "category": suggestion.category, "found_by": suggestion.kind,
            "count": suggestion.count, "documents": sorted(suggestion.documents),
            "contexts": [{"document": c.document, "start": c.start, "end": c.end,
                          "text": f"{c.before}[{c.text}]{c.after}"} for c in suggestion.contexts]}
