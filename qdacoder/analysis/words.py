"""Words: frequencies of words and phrases, keyword in context, and the words that set one
group of passages apart from another.

Design rules (why):
- One count for the window, the exports, the word cloud and the command line:
  ``word_frequencies`` reads the stretches of ``word_text.stretches`` (all texts or coded
  passages, filtered like every analysis, labels never, interviewers left out when asked)
  and tokenises them with ``word_tokens`` (stop words, stems, numbers, placeholders and
  names left out, phrases of 2 and 3 words).
- A row is a word (or stem, or phrase) with its count, the documents and cases it occurs in,
  and its share of all counted words. With stems the row shows the form written most often
  and lists every form it groups. The table's n: words counted, stop words left out,
  documents and cases read.
- Speed: each stretch is tokenised by one regular expression into a ``Counter`` (C code);
  distinct tokens are classified once. No Python loop over every token for single words.
- Keyword in context: the search (``core.search``: FTS5 finds the documents, the match is
  accent- and case-blind) gives the places; only those inside the counted stretches are
  kept. The context is N words on each side within the line (a transcript turn), so a line
  never mixes the question with the answer. With stems, every word of the same stem matches.
- Distinctive words: per group the log-likelihood G2 (Rayson and Garside 2000) of its count
  against the other groups' count, with the Log Ratio (Hardie 2014: the binary log of the
  ratio of relative frequencies, zero counts as 0.5) as the effect size. A row lists a word
  used more in its group, G2 at least 3.84 (p < 0.05, one degree of freedom).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
from collections import Counter
from dataclasses import dataclass

from ..core.codes import code_paths
from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.project import Project
from ..core.search import Term, fold, fts_expression, locate, parse_query
from .word_text import Scope, Spans, case_ranges, coded_spans, code_ids_of, intersect, pieces, stretches, subtract, texts
from .word_tokens import GONE, PHRASE_TOKEN, STOP, WORD, Vocabulary, phrases, stem

NGRAMS = (1, 2, 3)
COMPARE = ("valence", "role", "code")
SIGNIFICANT = 3.84  # G2 at p < 0.05 with one degree of freedom
LEVELS = ((15.13, "p < 0.0001"), (10.83, "p < 0.001"), (6.63, "p < 0.01"), (3.84, "p < 0.05"))
REST = QT_TRANSLATE_NOOP("qdacoder", "the rest of the text")


@dataclass(frozen=True)
class WordOptions:
    ngram: int = 1  # 1: words, 2 or 3: phrases
    stemmed: bool = False  # group by Snowball stem instead of as written

    def check(self) -> WordOptions:
        if self.ngram not in NGRAMS:
            raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Phrases are of 1, 2 or 3 words, not {n}."),
                                  n=self.ngram)
        return self


@dataclass(frozen=True)
class WordRow:
    word: str  # as written most often (lower case)
    forms: tuple[str, ...]  # every form grouped in this row, most frequent first
    count: int
    documents: int
    cases: int
    share: float  # of all counted words (phrases), 0..1


@dataclass(frozen=True)
class WordTable:
    rows: tuple[WordRow, ...]
    counted: int  # words (phrases) counted
    stop_words: int  # stop words left out (single words only)
    documents: int  # documents with text in scope
    cases: int  # cases with text in scope
    options: WordOptions


@dataclass
class _Tally:
    counts: Counter  # key -> count
    forms: dict  # key -> Counter of forms
    documents: Counter  # key -> documents
    cases: Counter  # key -> cases
    counted: int = 0
    stop_words: int = 0
    document_total: int = 0
    case_total: int = 0


def _tally(project: Project, found: dict[int, Spans], vocabulary: Vocabulary, ngram: int, filters,
           spread: bool = True) -> _Tally:
    """Count the words (phrases) of the stretches ``found``; with ``spread`` also the
    documents and cases each occurs in."""
    classify = vocabulary.classify
    item_keys: dict = {}  # a token (phrase of forms) -> (key, form) or None: classified once

    def key_of(item):
        known = item_keys.get(item, False)
        if known is False:
            if ngram == 1:
                key, form, kind = classify(item)
                known = (key, form) if kind == 0 else ("", "") if kind == STOP else None
            else:
                known = (tuple(classify(f)[0] for f in item), " ".join(item))
            item_keys[item] = known
        return known

    tally = _Tally(Counter(), {}, Counter(), Counter())
    ranges = case_ranges(project, found, filters) if spread else {}
    case_keys: dict[int, set] = {}
    cases_read: set[int] = set()
    for document_id, _name, text in texts(project, found):
        # the tokens of the document's stretches, gathered per set of cases (mostly one: the
        # document's case) and counted once each: a Counter per stretch costs more than the words
        gathered: dict[frozenset, list] = {}
        for start, end, cases in pieces(found[document_id], ranges.get(document_id, ())):
            items = gathered.setdefault(cases, [])
            if ngram == 1:
                items += WORD.findall(text, start, end)
            else:
                items += phrases(PHRASE_TOKEN.findall(text, start, end), ngram, vocabulary)
        in_document: Counter = Counter()
        for cases, items in gathered.items():
            counted = Counter(items)
            in_document.update(counted)
            cases_read.update(cases)
            if cases and spread:
                keys = {k[0] for k in map(key_of, counted) if k and k[0]}
                for case in cases:
                    case_keys.setdefault(case, set()).update(keys)
        keys_here = set()
        for item, n in in_document.items():
            known = key_of(item)
            if known is None:
                continue
            key, form = known
            if not key:
                tally.stop_words += n
                continue
            tally.counts[key] += n
            forms = tally.forms.get(key)
            if forms is None:
                forms = tally.forms[key] = Counter()
            forms[form] += n
            keys_here.add(key)
        tally.document_total += 1
        tally.documents.update(keys_here)
    for keys in case_keys.values():
        tally.cases.update(keys)
    tally.case_total = len(cases_read)  # also a case whose words were all left out
    tally.counted = sum(tally.counts.values())
    return tally


def _rows(tally: _Tally, top: int | None) -> tuple[WordRow, ...]:
    order = sorted(tally.counts, key=lambda k: (-tally.counts[k], _shown(tally, k)))
    if top is not None:
        order = order[:top]
    return tuple(WordRow(_shown(tally, k), tuple(f for f, _n in _by_count(tally.forms[k])), tally.counts[k],
                         tally.documents[k], tally.cases[k], tally.counts[k] / tally.counted) for k in order)


def _by_count(forms: Counter) -> list[tuple[str, int]]:
    return sorted(forms.items(), key=lambda item: (-item[1], item[0]))


def _shown(tally: _Tally, key) -> str:
    return _by_count(tally.forms[key])[0][0]


def word_frequencies(project: Project, scope: Scope = Scope(), options: WordOptions = WordOptions(), *,
                     top: int | None = None) -> WordTable:
    """The words (or phrases) of the text in ``scope``, most frequent first (``top``: only the
    first so many rows; the n still counts all)."""
    options.check()
    vocabulary = Vocabulary.of(project, stemmed=options.stemmed)
    tally = _tally(project, stretches(project, scope), vocabulary, options.ngram, scope.filters)
    return WordTable(_rows(tally, top), tally.counted, tally.stop_words, tally.document_total, tally.case_total,
                     options)


# --- keyword in context ----------------------------------------------------------------
@dataclass(slots=True)  # not frozen: a frozen dataclass is five times slower to make, and a
class KwicLine:          # common word gives tens of thousands of lines
    document_id: int
    document: str
    start: int  # the keyword, in code points of the document's text
    end: int
    left: str  # up to ``width`` words before, within the line
    keyword: str  # as written in the text
    right: str
    cases: tuple[str, ...]
    speaker: str | None
    respondent: str | None
    role: str | None


SORTS = ("position", "left", "right")


def _term(query: str) -> Term:
    """The query as one phrase of the search (its words in order, a trailing * for a prefix)."""
    text = query.replace('"', " ").strip()
    prefix = text.endswith("*")
    text = text.rstrip("*").strip()
    if not WORD.search(text):
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Type a word or phrase to find."))
    return parse_query(f'"{text}"' + ("*" if prefix else ""))[0]


def _inside(spans: Spans, start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _stem_places(text: str, spans: Spans, wanted: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where words with the stems ``wanted`` follow each other inside ``spans``."""
    found = []
    for lo, hi in spans:
        tokens = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text, lo, hi)]
        n = len(wanted)
        for i in range(len(tokens) - n + 1):
            if all(stem(tokens[i + k][2]) == wanted[k] for k in range(n)):
                found.append((tokens[i][0], tokens[i + n - 1][1]))
    return found


def _context(text: str, start: int, end: int, width: int, floor: int = 0) -> tuple[str, str]:
    """``width`` words left and right of start..end, within the line and after ``floor``
    (the end of the speaker label); punctuation stuck to the keyword comes along free."""
    line_start = max(text.rfind("\n", 0, start) + 1, min(floor, start))
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    keep_left = width + (1 if start > line_start and not text[start - 1].isspace() else 0)
    keep_right = width + (1 if end < line_end and not text[end].isspace() else 0)
    reach = 40 * (width + 2)  # read a window, not a whole long turn; the whole line when words are long
    # split only as far as the words kept: from the keyword outwards, at most ``keep`` + 1 pieces
    left = text[max(line_start, start - reach):start].rsplit(None, keep_left)
    if len(left) <= keep_left and start - reach > line_start:
        left = text[line_start:start].rsplit(None, keep_left)
    right = text[end:min(line_end, end + reach)].split(None, keep_right)
    if len(right) <= keep_right and end + reach < line_end:
        right = text[end:line_end].split(None, keep_right)
    return " ".join(left[-keep_left:] if keep_left else []), " ".join(right[:keep_right])


def _sort_words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def kwic(project: Project, query: str, scope: Scope = Scope(), *, width: int = 5, stemmed: bool = False,
         sort: str = "position") -> list[KwicLine]:
    """Every occurrence of the word or phrase ``query`` in the text of ``scope``, with up to
    ``width`` words on each side; in document order, or sorted by the left context (the word
    next to the keyword first) or the right context."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")  # a programming error
    if width < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "The width cannot be negative."))
    term = _term(query)
    only = None
    if not stemmed:  # the search index says which documents can hold the phrase: only those are read
        only = [r[0] for r in project.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
                                                 [fts_expression([term])])]
    found = stretches(project, scope, only=only)
    candidates = set(found)
    wanted = tuple(stem(t.lower()) for t in WORD.findall(query))
    ranges = case_ranges(project, candidates, scope.filters)
    all_turns: dict[int, list] = {}
    for row in project.db.execute(  # plain tuples: a common word's documents hold thousands of turns
            'SELECT t.document_id, t.start, t.content_start, t."end", t.speaker, p.label, p.role FROM speaker_turns t '
            "LEFT JOIN respondents p ON p.id = t.respondent_id WHERE t.document_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY t.document_id, t.start", [json.dumps(sorted(candidates))]):
        all_turns.setdefault(row[0], []).append(row[1:])
    case_names = {r["id"]: r["name"] for r in project.rows("SELECT id, name FROM cases")}
    lines: list[KwicLine] = []
    for document_id, name, text in texts(project, candidates):
        spans = found[document_id]
        places = _stem_places(text, spans, wanted) if stemmed else \
            [p for p in locate(text, [term]) if _inside(spans, *p)]
        if not places:
            continue
        turns = all_turns.get(document_id, [])
        starts = [t[0] for t in turns]  # (start, content_start, end, speaker, label, role)
        document_ranges = ranges.get(document_id, ())
        whole = tuple(sorted({case_names[c] for s, e, c in document_ranges if s is None}))
        parts = [(s, e, c) for s, e, c in document_ranges if s is not None]  # most documents have none
        for start, end in places:
            i = bisect.bisect_right(starts, start) - 1
            turn = turns[i] if i >= 0 and turns[i][2] > start else None
            left, right = _context(text, start, end, width, turn[1] if turn else 0)
            cases = whole if not parts else \
                tuple(sorted(set(whole) | {case_names[c] for s, e, c in parts if s <= start < e}))
            lines.append(KwicLine(document_id, name, start, end, left, text[start:end], right, cases,
                                  turn and turn[3], turn and turn[4], (turn and turn[5]) or None))
    if sort == "left":
        lines.sort(key=lambda line: (_sort_words(line.left)[::-1], line.document.casefold(), line.start))
    elif sort == "right":
        lines.sort(key=lambda line: (_sort_words(line.right), line.document.casefold(), line.start))
    return lines


# --- distinctive words -----------------------------------------------------------------
def log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """G2 of a word counted ``a`` times in ``c`` words of one group and ``b`` times in ``d``
    words of the other: 2 * sum(O ln(O/E)), E the counts expected from the pooled rate."""
    expected_a, expected_b = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * sum(o * math.log(o / e) for o, e in ((a, expected_a), (b, expected_b)) if o)


def log_ratio(a: int, b: int, c: int, d: int) -> float:
    """The binary log of the ratio of the relative frequencies, a zero count taken as 0.5."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def significance(g2: float) -> str:
    return next((label for level, label in LEVELS if g2 >= level), "")


@dataclass(frozen=True)
class Group:
    key: str  # "promoting", a role, a code id as text, "rest"
    name: str  # as shown: the valence, the role, the code's path, ``REST``
    words: int  # words counted in the group


@dataclass(frozen=True)
class DistinctiveRow:
    group: str  # the group's name
    word: str
    forms: tuple[str, ...]
    count: int  # in the group
    other: int  # in the other groups
    share: float  # of the group's words, 0..1
    other_share: float
    g2: float
    log_ratio: float

    @property
    def level(self) -> str:
        return significance(self.g2)


@dataclass(frozen=True)
class Distinctive:
    compare: str
    groups: tuple[Group, ...]
    rows: tuple[DistinctiveRow, ...]
    options: WordOptions


def comparison_groups(project: Project, compare: str, scope: Scope, code_id: int | None = None,
                      translate=lambda text: text) -> list[tuple[Group, dict[int, Spans]]]:
    """The groups of ``compare`` with their stretches (words still to count)."""
    if compare == "valence":
        found = []
        for valence in ("promoting", "hindering"):
            narrowed = dataclasses.replace(scope, coded=True, filters=dataclasses.replace(
                scope.filters, valences=frozenset({valence})))
            found.append((Group(valence, valence, 0), stretches(project, narrowed)))
        return found
    base = stretches(project, scope)
    if compare == "code":
        if code_id is None:
            raise ValueError("compare code needs a code")  # a programming error
        path = code_paths(project)[code_id]
        ids = code_ids_of(project, [code_id], True)
        coded = coded_spans(project, ids, scope.filters)
        inside = {d: intersect(s, coded[d]) for d, s in base.items() if d in coded}
        outside = {d: subtract(s, coded.get(d, [])) for d, s in base.items()}
        return [(Group(str(code_id), path, 0), {d: s for d, s in inside.items() if s}),
                (Group("rest", translate(REST), 0), {d: s for d, s in outside.items() if s})]
    if compare == "role":
        turns: dict[str, dict[int, list]] = {}
        for document_id, start, end, role in project.db.execute(
                'SELECT t.document_id, t.content_start, t."end", p.role FROM speaker_turns t JOIN respondents p '
                "ON p.id = t.respondent_id WHERE p.role != ''"):
            if document_id in base:
                turns.setdefault(role, {}).setdefault(document_id, []).append((start, end))
        found = []
        for role in sorted(turns):
            spans = {d: intersect(base[d], sorted(s)) for d, s in turns[role].items()}
            found.append((Group(role, role, 0), {d: s for d, s in spans.items() if s}))
        return found
    raise ValueError(f"unknown comparison {compare!r}")  # a programming error


def distinctive_words(project: Project, compare: str, scope: Scope = Scope(), options: WordOptions = WordOptions(),
                      *, code_id: int | None = None, top: int | None = 25, translate=lambda text: text) -> Distinctive:
    """The words that set each group apart from the others (``compare``: "valence" promoting
    against hindering, "role" each speaker role against the other roles, "code" the passages
    of ``code_id`` and its subcodes against the rest of the text in ``scope``); per group at
    most ``top`` rows, the highest G2 first."""
    options.check()
    vocabulary = Vocabulary.of(project, stemmed=options.stemmed)
    groups = comparison_groups(project, compare, scope, code_id, translate)
    if len(groups) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "There is nothing to compare: the text in view has fewer than two groups."))
    tallies = [_tally(project, spans, vocabulary, options.ngram, scope.filters, spread=False) for _g, spans in groups]
    total_words = sum(t.counted for t in tallies)
    all_counts = sum((t.counts for t in tallies), Counter())
    rows: list[DistinctiveRow] = []
    shown_groups = []
    for (group, _spans), tally in zip(groups, tallies):
        shown_groups.append(dataclasses.replace(group, words=tally.counted))
        c, d = tally.counted, total_words - tally.counted
        if not c or not d:
            continue
        found = []
        for key, a in tally.counts.items():
            b = all_counts[key] - a
            if a / c <= b / d:
                continue
            g2 = log_likelihood(a, b, c, d)
            if g2 >= SIGNIFICANT:
                found.append(DistinctiveRow(group.name, _shown(tally, key), tuple(f for f, _n in _by_count(tally.forms[key])),
                                            a, b, a / c, b / d, g2, log_ratio(a, b, c, d)))
        found.sort(key=lambda r: (-r.g2, r.word))
        rows += found[:top] if top is not None else found
    return Distinctive(compare, tuple(shown_groups), tuple(rows), options)
