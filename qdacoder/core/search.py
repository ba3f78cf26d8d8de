"""Full-text search over the project's documents, with keyword-in-context hits that can be
coded in one step.

Design rules:
- SQLite FTS5 (``documents_fts``, kept in step with the documents by triggers; see schema
  migration 0004) only says *which* documents match. Where the words are is found here, in
  the original text, so every position is a code point of the stored text, exactly as codings
  use them (an emoji before a hit does not shift it).
- Matching ignores case and accents on both sides: the text and the query are folded
  (NFKD, combining marks dropped, casefolded) and the folded text keeps a map back to the
  original positions. "cafe" finds "café", "geevalueerd" finds "geëvalueerd".
- The query is parsed here, never handed to FTS5 as is: words (all must occur), "quoted
  phrases" and a trailing ``*`` for a prefix (``wacht*``). A word with inner punctuation
  ("één-op-één") is a phrase, as FTS5 tokenizes it. A query that cannot be read gives a
  ValidationError in plain words, never an sqlite error.
- Coding all hits is one transaction, so one undo step; spans that already carry the code by
  this coder are skipped, so running it twice codes nothing new.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .codes import get_code
from .codings import insert_coding, trim_passage
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal
from .project import Project

UNITS = ("hit", "sentence", "paragraph")
CONTEXT = 60  # characters of context on each side of a hit
_TOKEN = re.compile(r"[^\W_]+")  # a run of letters and digits, as FTS5's unicode61 sees a token
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_QUERY = re.compile(r'"([^"]*)"(\*?)|([^\s"]+)')


@dataclass(frozen=True)
class Hit:
    document_id: int
    document: str  # the document's name
    start: int  # code points in the original text
    end: int
    before: str  # context, cut at a word boundary
    match: str  # the text found, as written in the document
    after: str


@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]  # folded
    prefix: bool = False  # the last token may continue ("wacht*")


# -- folding ----------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character without accents and case: "É" -> "e", "ß" -> "ss", a combining mark -> ""."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def folded_with_map(text: str) -> tuple[str, "Origin | None"]:
    """The folded text and, for each folded character, the index of the original character
    it came from (None when every character folds to exactly one: the positions are equal)."""
    table = {c: fold_char(c) for c in set(text)}
    folded = text.translate(str.maketrans(table))
    uneven = "".join(c for c, f in table.items() if len(f) != 1)
    if not uneven:
        return folded, None
    return folded, Origin(text, uneven, table)


class Origin:
    """Folded position -> original position, kept only at the few characters that fold to
    more or fewer than one ("…" to "...", "ß" to "ss", a combining accent to nothing), found by
    one regular expression instead of a loop over every character of a long transcript."""

    def __init__(self, text: str, uneven: str, table: dict[str, str]) -> None:
        self.starts: list[int] = []  # folded position where each uneven character's folding starts
        self.lengths: list[int] = []
        self.indexes: list[int] = []  # its original position
        self.shifts: list[int] = []  # folded minus original, just after it
        shift = 0
        for match in re.finditer("[" + re.escape(uneven) + "]", text):
            index, length = match.start(), len(table[match.group()])
            self.starts.append(index + shift)
            self.lengths.append(length)
            self.indexes.append(index)
            shift += length - 1
            self.shifts.append(shift)

    def __getitem__(self, folded: int) -> int:
        k = bisect.bisect_right(self.starts, folded) - 1  # the last uneven character at or before it
        if k >= 0 and folded < self.starts[k] + self.lengths[k]:
            return self.indexes[k]
        return folded - (self.shifts[k] if k >= 0 else 0)


def _original_span(text: str, origin: Origin | None, start: int, end: int) -> tuple[int, int]:
    if origin is None:
        return start, end
    first, last = origin[start], origin[end - 1] + 1
    while last < len(text) and fold_char(text[last]) == "":  # a trailing accent belongs to the letter
        last += 1
    return first, last


# -- the query ----------------------------------------------------------------------------------
def parse_query(query: str) -> list[Term]:
    """Words, "phrases" and prefix* terms of a query, folded; ValidationError when unreadable."""
    if query.count('"') % 2:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "The search has an opening quote without a closing one: put the phrase between two quotes."))
    terms: list[Term] = []
    for match in _QUERY.finditer(query):
        phrase, phrase_star, word = match.groups()
        raw, prefix = (phrase, bool(phrase_star)) if word is None else (word.rstrip("*"), word.endswith("*"))
        tokens = tuple(_TOKEN.findall(fold(raw)))
        if tokens and Term(tokens, prefix) not in terms:
            terms.append(Term(tokens, prefix))
    if not terms:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Type one or more words to search for."))
    return terms


def fts_expression(terms: Iterable[Term]) -> str:
    """The FTS5 MATCH expression: every term, quoted (tokens are letters and digits only)."""
    return " AND ".join(f'"{" ".join(t.tokens)}"' + ("*" if t.prefix else "") for t in terms)


def _pattern(term: Term) -> re.Pattern:
    body = r"[\W_]+".join(re.escape(t) for t in term.tokens)
    return re.compile(r"(?<![^\W_])" + body + ("" if term.prefix else r"(?![^\W_])"))


def locate(text: str, terms: Iterable[Term]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of every term in the original ``text``, in order."""
    terms = list(terms)
    if len(text) > LONG:
        unusual = frozenset(_ASCII_RUNS.sub("", text))  # few in any text
        if not any(map(_folds_to_several, unusual)):
            return _locate_near_candidates(text, terms, unusual)
    return _locate_folded(text, terms)


@lru_cache(maxsize=4096)
def _folds_to_several(char: str) -> bool:
    """Whether ``char`` folds to several letters or digits (ß, ligatures, ½)."""
    return len(f := fold_char(char)) > 1 and any(x.isalnum() for x in f)


_ASCII_RUNS = re.compile("[\x00-\x7f]+")  # removed, what is left is the few characters that could fold oddly
LONG = 2000  # characters: below this, folding the whole text is as quick as looking for candidates
WINDOW = 80  # characters of text folded around each candidate, enough to see its word's edges


def _locate_folded(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    folded, origin = folded_with_map(text)
    spans = set()
    for term in terms:
        for m in _pattern(term).finditer(folded):
            end = m.end()
            if term.prefix:  # the whole word, not just the prefix typed
                while end < len(folded) and (folded[end].isalnum()):
                    end += 1
            spans.add(_original_span(text, origin, m.start(), end))
    return sorted(spans)


def _locate_near_candidates(text: str, terms: list[Term],
                            unusual: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """``_locate_folded`` without folding a long transcript whole: the places a term could be
    (``_candidates``) are found in the original text, and only the text around those places is
    folded and matched exactly. Used when no character of the text folds to several letters or
    digits (ß, ligatures, ½), so a loose match is there wherever an exact one is.
    ``unusual``: the characters of the text other than plain ASCII."""
    if unusual is None:
        unusual = frozenset(_ASCII_RUNS.sub("", text))
    spans = set()
    lowered: list[str] = []  # the text in lower case, made once for all terms that need it
    for term in terms:
        for candidate in _candidates(text, term, unusual, lowered):
            start, end = candidate
            if term.prefix:  # the match runs to the end of its word, however long
                end = _WORD_REST.match(text, end).end()
            if text[max(0, start - 1):end + 1].isascii():
                # plain letters around it (the usual case): folding would change nothing but case,
                # so the match stands when it begins and ends a word
                if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    spans.add((start, end))
                continue
            # fold the whole word around it and some text beyond: a word longer than the window
            # would be cut, and a cut word can match where the whole one does not
            word_start = start
            while word_start > 0 and _WORD_REST.fullmatch(text, word_start - 1, word_start):
                word_start -= 1
            lo, hi = max(0, word_start - WINDOW), min(len(text), _WORD_REST.match(text, end).end() + WINDOW)
            for start, end in _locate_folded(text[lo:hi], [term]):
                if lo + start <= candidate[0] < lo + end or candidate[0] <= lo + start < candidate[1]:
                    if (start > 0 or lo == 0) and (end < hi - lo or hi == len(text)):
                        spans.add((lo + start, lo + end))
    return sorted(spans)


def _candidates(text: str, term: Term, unusual: frozenset[str], lowered: list[str]) -> Iterable[tuple[int, int]]:
    """Every place ``term`` could be: a superset, each checked exactly by the caller. For one
    plain word, the usual query, a literal search of the lowered text (quick: no pattern tried
    at every character) finds it in plain letters, and the loose pattern (each letter with its
    accented forms, either case, accents written apart allowed) runs only in small windows around
    the characters that could be an odd form of one of its letters. Anything else runs the loose
    pattern over the whole text."""
    token = term.tokens[0] if len(term.tokens) == 1 else ""
    loose = _loose_pattern(term)
    marks = not unusual.isdisjoint(_MARKS)
    if not (token.isascii() and token.isalnum()) or (marks and _MARK_RUN.search(text)):
        return ((m.start(), m.end()) for m in loose.finditer(text))
    if not lowered:
        lowered.append(text.lower())
    if len(lowered[0]) != len(text):  # a character that lowers to two ("İ"): positions would shift
        return ((m.start(), m.end()) for m in loose.finditer(text))
    # the literal is found in C; a word character right after it ends it there, before any Python
    found = {m.span() for m in _literal(token, term.prefix).finditer(lowered[0])}
    odd = unusual & _odd_letters(token)
    if odd:
        reach = 4 * len(token)  # a match: its letters, each with at most 3 accents written apart
        for place in re.finditer("[" + re.escape("".join(sorted(odd))) + "]", text):
            p = place.start()
            found.update((m.start(), m.end()) for m in loose.finditer(text, max(0, p - reach), p + reach + 1)
                         if m.start() <= p < m.end())
    return found


@lru_cache(maxsize=256)
def _literal(token: str, prefix: bool) -> re.Pattern:
    # no look-behind before the literal: it would keep the regex engine from searching for the
    # literal as a whole; the caller checks the start of the word
    return re.compile(re.escape(token) + ("" if prefix else r"(?![^\W_])"))


_MARKS = frozenset(map(chr, range(0x300, 0x370)))  # accents written apart, as the loose pattern takes them
_MARK_RUN = re.compile("[\u0300-\u036f]{4,}")  # more than 3 in a row: no small window holds the word


@lru_cache(maxsize=256)
def _odd_letters(token: str) -> frozenset[str]:
    """The characters other than plain ASCII that the loose pattern of ``token`` takes for one
    of its letters (é for e, K for k, ſ for s), and accents written apart."""
    others = "".join(chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    loose = re.compile("|".join(_LOOSE.get(c, re.escape(c)) for c in dict.fromkeys(token)), re.IGNORECASE)
    return frozenset(m.group() for m in loose.finditer(others)) | _MARKS


@lru_cache(maxsize=256)
def _loose_pattern(term: Term) -> re.Pattern:
    def letters(token: str) -> str:
        return "".join(_LOOSE.get(c, re.escape(c)) + "[\u0300-\u036f]*" for c in token)
    body = r"[\W_]+".join(letters(t) for t in term.tokens)
    # the same word edges as the exact pattern, so a near miss inside a word never hides the
    # match that follows it
    return re.compile(r"(?<![^\W_])" + body + ("" if term.prefix else r"(?![^\W_])"), re.IGNORECASE)


def _loose_letters() -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = fold_char(char)
        if len(base) == 1 and base.isascii() and base.isalpha():
            found.setdefault(base, {base}).add(char)
    return {base: "[" + re.escape("".join(sorted(chars))) + "]" for base, chars in found.items()}


_LOOSE = _loose_letters()
_WORD_REST = re.compile(r"(?:[^\W_]|[\u0300-\u036f])*")


# -- context and units ----------------------------------------------------------------------
def context_around(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """Up to ``width`` characters before and after start..end. A word cut in half at the far
    end is dropped, unless the context is that one word."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and text[lo - 1].isalnum() and before[:1].isalnum():
        cut = next((i for i, c in enumerate(before) if c.isspace()), None)
        if cut is not None:
            before = before[cut + 1:]
    if hi < len(text) and text[hi].isalnum() and after[-1:].isalnum():
        cut = next((i for i in range(len(after) - 1, -1, -1) if after[i].isspace()), None)
        if cut is not None:
            after = after[:cut]
    return before, after


def expand(text: str, start: int, end: int, unit: str) -> tuple[int, int]:
    """The span to code for a hit: the hit itself, its sentence (between sentence-ending
    punctuation or line breaks) or its paragraph (a line: transcripts have one turn per
    line), without surrounding whitespace."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")  # a programming error
    if unit == "hit":
        return start, end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if unit == "sentence":
        ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, start)]
        line_start = ends[-1] if ends else line_start
        found = _SENTENCE_END.search(text, end, line_end)
        line_end = found.end() if found else line_end
    return trim_passage(text, line_start, line_end) or (start, end)


# -- searching and coding ----------------------------------------------------------------------
def search(project: Project, query: str, *, limit: int = 500, context: int = CONTEXT) -> list[Hit]:
    """Every place where the query's words occur, documents in name order, at most ``limit``."""
    terms = parse_query(query)
    try:
        cursor = project.db.execute(
            "SELECT d.id, d.name, d.text FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY d.name COLLATE NOCASE, d.id",
            [fts_expression(terms)],
        )
    except sqlite3.OperationalError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "The search “{query}” cannot be read ({reason})."),
            query=query, reason=str(error),
        ) from error
    hits: list[Hit] = []
    try:
        for document_id, name, text in cursor:  # one text at a time, not every matching text at once
            for start, end in locate(text, terms):
                before, after = context_around(text, start, end, context)
                hits.append(Hit(document_id, name, start, end, before, text[start:end], after))
                if len(hits) >= limit:
                    return hits
    finally:
        cursor.close()
    return hits


def code_hits(project: Project, hits: Iterable[Hit], code_id: int, coder_id: int, unit: str = "hit") -> Journal:
    """Code every hit (or its sentence or paragraph) with ``code_id`` as one undoable step.
    A span that already has this code by this coder, or that an earlier hit already gave, is
    skipped. A span is kept out of a speaker label ("R: "). ``result``: the number coded."""
    get_code(project, code_id)
    texts: dict[int, str] = {}
    spans: list[tuple[int, int, int]] = []
    for hit in hits:
        if hit.document_id not in texts:
            texts[hit.document_id] = project.scalar("SELECT text FROM documents WHERE id = ?", [hit.document_id])
        text = texts[hit.document_id]
        if text is None:
            continue
        start, end = expand(text, hit.start, hit.end, unit)
        content = project.scalar(
            'SELECT content_start FROM speaker_turns WHERE document_id = ? AND start <= ? AND "end" > ? '
            "ORDER BY start DESC LIMIT 1", [hit.document_id, start, start])
        if content is not None and start < content <= hit.start:
            start = content
        span = (hit.document_id, start, end)
        if span not in spans:
            spans.append(span)
    with project.transaction("code search hits") as tx:
        coded = 0
        for document_id, start, end in spans:
            exists = project.scalar(
                'SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start = ? AND "end" = ?',
                [document_id, code_id, coder_id, start, end])
            if not exists:
                insert_coding(tx, document_id=document_id, code_id=code_id, start=start, end=end, coder_id=coder_id)
                coded += 1
        tx.result = coded
    return tx.journal
