"""The units of an agreement analysis and each coder's rating of them (``analysis.agreement``).

The documents compared (one rule):
- With assignments (at least one compared coder has documents assigned, ``core.assignments``):
  each coder rates the documents assigned to that coder; in a document not assigned to a coder
  the coder's rating is *missing* (None), never "found nothing" (0). The coder's codings there
  are left out (and counted, so the report can say so). A document that fewer than two compared
  coders were assigned gives no pair of ratings and drops out (listed by name).
- Without any assignment: every document within the filters counts for every compared coder;
  a coder who coded nothing in a document rates it 0 ("found nothing").

A unit's ratings form a *pattern*, one value per compared coder (None = missing). Units are
kept as a Counter of pattern -> weight (units, or characters at the character level), per
code and per document, never as lists of units: 1,000 codes x 2,000 documents stay seconds.
Documents with the same coders present share their all-zero ("nobody coded it") units, so
those are added per group of documents, not per document.

Levels (see ``analysis.agreement.LEVEL_DEFINITIONS``):
- ``occurrence`` / ``frequency``: unit = (document, code); rating 0/1 or the number of codings.
- ``overlap``: unit = a segment: codings of one code in one document by different coders that
  overlap by at least ``threshold`` of their union, linked transitively; rating 1 when the
  segment holds a coding of the coder, 0 when the coder was present but has none in it.
- ``character``: unit = one character of a document for a code; rating 1 when the coder's
  codings of the code cover it. Swept over the sorted boundaries; the characters nobody coded
  are the document length minus the covered ones.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, groupby
from operator import and_, itemgetter, ne, not_
from typing import NamedTuple

from ..core.assignments import assigned_documents
from ..core.intervals import overlap_groups
from ..core.project import Project

Mask = tuple  # per compared coder: True when the document counts for that coder


def _ids(values) -> str:
    return json.dumps(list(values))


IN_JSON = "IN (SELECT value FROM json_each(?))"


@dataclass
class Scope:
    """Which documents count for which compared coder."""

    assigned: bool  # True: each coder's assigned documents; False: every document for everyone
    masks: dict[int, Mask]  # compared document -> coders present
    single: list[int]  # documents assigned to only one compared coder (left out)
    unassigned_coders: list[int]  # compared coders with no document assigned (assigned mode)
    candidates: set[int] = field(default_factory=set)  # the documents within the filters
    given: list[set[int]] = field(default_factory=list)  # per coder index: assigned documents

    def outside(self, document_id: int, coder: int) -> bool:
        """A coding of coder (index) in this document lies outside the coder's documents."""
        return self.assigned and document_id in self.candidates and document_id not in self.given[coder]

    @property
    def documents(self) -> list[int]:
        return sorted(self.masks)

    def groups(self) -> dict[Mask, list[int]]:
        result: dict[Mask, list[int]] = defaultdict(list)
        for document, mask in self.masks.items():
            result[mask].append(document)
        return result


def read_scope(project: Project, coders: list[int], document_ids) -> Scope:
    """The scope of ``coders`` over the documents within the filters (``document_ids``; None:
    every document of the project)."""
    if document_ids is None:
        candidates = [r[0] for r in project.db.execute("SELECT id FROM documents ORDER BY id")]
    else:
        candidates = sorted(set(document_ids))
    given = assigned_documents(project, coders)
    if not any(given.values()):
        everyone = tuple(True for _ in coders)
        return Scope(False, {d: everyone for d in candidates}, [], [], set(candidates))
    masks, single = {}, []
    for document in candidates:
        mask = tuple(document in given[c] for c in coders)
        if sum(mask) >= 2:
            masks[document] = mask
        elif sum(mask) == 1:
            single.append(document)
    return Scope(True, masks, single, [c for c in coders if not given[c]], set(candidates),
                 [given[c] for c in coders])


@dataclass
class Units:
    """Rating patterns per code and per document, which codes anyone used, and how many
    codings lay outside their coder's assigned documents (left out)."""

    per_code: dict[int, Counter] = field(default_factory=dict)
    per_document: dict[int, Counter] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    outside: int = 0


@lru_cache(maxsize=None)
def _zero(mask: Mask) -> tuple:
    return tuple(0 if present else None for present in mask)


def _rows(project: Project, sql: str, coders: list[int]):
    """The codings query for the compared coders. Codes and documents are filtered in Python
    (sets): an IN list of thousands of ids, or json_each, makes SQLite probe the index once
    per (code, document) pair, three times slower than reading the coders' codings."""
    marks = ",".join("?" for _ in coders)
    return project.db.execute(sql.format(coders=marks), coders)


def read_units(project: Project, coders: list[int], codes: list[int], scope: Scope, level: str,
               threshold: float, include_unused: bool) -> Units:
    """The units of ``codes`` at ``level``. ``per_document`` covers the codes compared: those
    used (``used``), or all of ``codes`` with ``include_unused``."""
    if level in ("occurrence", "frequency"):
        return _counted(project, coders, codes, scope, level == "occurrence", include_unused)
    return _spans(project, coders, codes, scope, level, threshold, include_unused)


def _counted(project, coders, codes, scope, occurrence: bool, include_unused: bool) -> Units:
    # One row per (code, document) with each coder's count: two million at ten times the target
    # scale. They are tallied by (code, counts) and by (document, counts) with Counter and
    # itemgetter (in C), and only those few distinct keys are made into patterns here.
    wanted, masks = set(codes), scope.masks
    per_coder = ", ".join(f"sum(coder_id = {int(c)})" for c in coders)
    rows = _rows(project, f"SELECT code_id, document_id, {per_coder} FROM codings WHERE coder_id IN ({{coders}}) "
                 "GROUP BY code_id, document_id", coders).fetchall()
    if not set(map(itemgetter(0), rows)) <= wanted:
        rows = [r for r in rows if r[0] in wanted]
    counts_at = range(2, 2 + len(coders))
    by_document = _tally(rows, 1, counts_at)  # (document, counts...) -> units
    outside = 0
    if scope.assigned:  # codings of a coder the document is not assigned to: missing, counted
        for (document_id, *counts), n in by_document.items():
            outside += n * sum(c for coder, c in enumerate(counts) if c and scope.outside(document_id, coder))
    if not set(map(itemgetter(1), rows)) <= masks.keys():
        rows = [r for r in rows if r[1] in masks]  # the documents compared

    def pattern(mask: Mask, counts) -> tuple:
        if occurrence:
            counts = [min(c, 1) for c in counts]
        return tuple(c if present else None for present, c in zip(mask, counts))

    if len(set(masks.values())) == 1:  # every compared document has the same coders
        (mask,) = set(masks.values())
        by_code = ((code_id, mask, counts, n) for (code_id, *counts), n in _tally(rows, 0, counts_at).items())
    else:
        columns = [map(itemgetter(i), rows) for i in counts_at]
        by_code = ((code_id, mask, counts, n) for (code_id, mask, *counts), n in Counter(zip(
            map(itemgetter(0), rows), map(masks.__getitem__, map(itemgetter(1), rows)), *columns)).items())
    units = Units(outside=outside)
    coded: dict[int, Counter] = defaultdict(Counter)  # code -> mask -> documents with codings
    units.per_code = {c: Counter() for c in codes}
    for code_id, mask, counts, n in by_code:
        found = pattern(mask, counts)
        if any(found):
            units.used.add(code_id)
            units.per_code[code_id][found] += n
            coded[code_id][mask] += n
    # every unit with a rating is of a code used, so of a code compared
    compared = set(codes) if include_unused else units.used
    units.per_document = {d: Counter() for d in masks}
    per_document_coded: Counter = Counter()
    for (document_id, *counts), n in by_document.items():
        if document_id not in masks:
            continue  # not compared
        found = pattern(masks[document_id], counts)
        if any(found):
            units.per_document[document_id][found] += n
            per_document_coded[document_id] += n
    for mask, documents in scope.groups().items():
        for code_id in codes:
            units.per_code[code_id][_zero(mask)] += len(documents) - coded[code_id][mask]
        for document_id in documents:
            units.per_document[document_id][_zero(mask)] += len(compared) - per_document_coded[document_id]
    for counter in (*units.per_code.values(), *units.per_document.values()):
        _drop_empty(counter)
    return units


def _tally(rows: list[tuple], column: int, counts_at: range) -> Counter:
    """How many rows have each (``column``, counts...)."""
    return Counter(map(itemgetter(column, *counts_at), rows))


def _drop_empty(counter: Counter) -> None:
    for pattern in [p for p, w in counter.items() if w <= 0]:
        del counter[pattern]


class _Span(NamedTuple):
    start: int
    end: int
    coder: int


def _spans(project, coders, codes, scope, level, threshold, include_unused) -> Units:
    # Two million codings at ten times the target scale, nearly all of them a unit alone (no
    # other coding of the code in the document). Those are told apart in C (each row's key
    # compared with its neighbours' in the sorted rows) and tallied with Counter; Python walks
    # only the units of several codings (a dict of lists per unit took four times as long).
    index = {c: i for i, c in enumerate(coders)}
    wanted, masks = set(codes), scope.masks
    rows = _rows(project, 'SELECT code_id, document_id, coder_id, start, "end" FROM codings '
                 "WHERE coder_id IN ({coders}) ORDER BY code_id, document_id, start", coders).fetchall()
    if not set(map(itemgetter(0), rows)) <= wanted:
        rows = [r for r in rows if r[0] in wanted]
    outside = 0
    if scope.assigned or not set(map(itemgetter(1), rows)) <= masks.keys():
        present = defaultdict(frozenset, {d: frozenset(coders[i] for i, p in enumerate(mask) if p)
                                          for d, mask in masks.items()})
        keep = list(map(frozenset.__contains__, map(present.__getitem__, map(itemgetter(1), rows)),
                        map(itemgetter(2), rows)))
        # a coder's codings where the coder is missing: left out, counted when outside
        left_out = Counter(map(itemgetter(1, 2), compress(rows, map(not_, keep))))  # (document, coder) -> codings
        outside = sum(n for (document_id, coder_id), n in left_out.items() if scope.outside(document_id, index[coder_id]))
        rows = list(compress(rows, keep))
    keys = list(map(itemgetter(0, 1), rows))
    first = list(map(ne, [None, *keys], keys))  # the row starts its unit
    alone = list(map(and_, first, first[1:] + [True]))  # ... and ends it
    units = Units(outside=outside)
    units.per_code = {c: Counter() for c in codes}
    units.per_document = {d: Counter() for d in masks}
    covered: dict[int, Counter] = defaultdict(Counter)  # character: code -> mask -> characters
    by_code, by_document = _single(list(compress(rows, alone)), masks, level)
    for (code_id, mask, coder_id), weight in by_code.items():
        units.used.add(code_id)
        units.per_code[code_id][_alone(mask, index[coder_id])] += weight
        covered[code_id][mask] += weight
    for (document_id, coder_id), weight in by_document.items():
        units.per_document[document_id][_alone(masks[document_id], index[coder_id])] += weight
    for (code_id, document_id), run in groupby(compress(rows, map(not_, alone)), itemgetter(0, 1)):
        mask = masks[document_id]
        spans = [_Span(start, end, index[coder_id]) for _c, _d, coder_id, start, end in run]
        found = segments(spans, mask, threshold) if level == "overlap" else characters(spans, mask)
        units.used.add(code_id)
        covered[code_id][mask] += sum(found.values())
        _add(units.per_code[code_id], found)
        _add(units.per_document[document_id], found)  # every unit is of a code used, so compared
    if level == "character":
        compared = set(codes) if include_unused else units.used
        lengths = dict(project.db.execute(f"SELECT id, length FROM documents WHERE id {IN_JSON}",
                                          [_ids(scope.masks)]))
        for mask, documents in scope.groups().items():
            total = sum(lengths[d] for d in documents)
            for code_id in codes:
                units.per_code[code_id][_zero(mask)] += total - covered[code_id][mask]
            for document_id in documents:  # its units so far: the characters covered
                units.per_document[document_id][_zero(mask)] += (
                    len(compared) * lengths[document_id] - sum(units.per_document[document_id].values()))
        for counter in (*units.per_code.values(), *units.per_document.values()):
            _drop_empty(counter)
    return units


def _single(rows: list[tuple], masks: dict[int, Mask], level: str) -> tuple[dict, dict]:
    """The units of one coding each (``rows``: code, document, coder, start, end), tallied by
    (code, mask, coder) and by (document, coder): how many (overlap) or their characters."""
    if level == "overlap":
        codes, documents, coders = (list(map(itemgetter(i), rows)) for i in range(3))
        return Counter(zip(codes, map(masks.__getitem__, documents), coders)), Counter(zip(documents, coders))
    by_code: dict = defaultdict(int)
    by_document: dict = defaultdict(int)
    for code_id, document_id, coder_id, start, end in rows:
        by_code[code_id, masks[document_id], coder_id] += end - start
        by_document[document_id, coder_id] += end - start
    return by_code, by_document


def segments(spans: list[_Span], mask: Mask, threshold: float) -> Counter:
    """overlap: group matching codings (connected groups) and count the presence patterns; a
    coder not present in the document is None in every pattern."""
    scaled = round(threshold * 1_000_000)

    def match(x: _Span, y: _Span) -> bool:  # y starts inside x: integers, so exactly 90% matches
        inter = min(x.end, y.end) - y.start
        union = (x.end - x.start) + (y.end - y.start) - inter
        return x.coder != y.coder and inter * 1_000_000 >= scaled * union

    found: Counter = Counter()
    for group in overlap_groups(spans, match):
        holders = {s.coder for s in group}
        found[tuple((1 if c in holders else 0) if present else None for c, present in enumerate(mask))] += 1
    return found


def characters(spans: list[_Span], mask: Mask) -> Counter:
    """character: coverage pattern -> characters, by a sweep over the sorted boundaries; a
    coder not present in the document is None in every pattern."""
    events = sorted([(s, 1, c) for s, _, c in spans] + [(e, -1, c) for _, e, c in spans])
    depth = [0] * len(mask)
    units: Counter = Counter()
    previous = events[0][0]
    for position, step, coder in events:
        if position > previous and any(depth):
            units[tuple(int(d > 0) if present else None for d, present in zip(depth, mask))] += position - previous
        depth[coder] += step
        previous = position
    return units


@lru_cache(maxsize=None)
def _alone(mask: Mask, coder: int) -> tuple:
    """The pattern of a unit only ``coder`` coded."""
    return tuple((1 if c == coder else 0) if present else None for c, present in enumerate(mask))


def _add(counter: Counter, found) -> None:
    for pattern, weight in found.items():  # plainer than Counter.update, which checks types per call
        counter[pattern] += weight
