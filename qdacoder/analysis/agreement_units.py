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
    wanted = set(codes)
    # one row per (code, document) with each coder's count, so Python sees each unit once
    per_coder = ", ".join(f"sum(coder_id = {int(c)})" for c in coders)
    found: list[tuple[int, int, tuple]] = []
    outside = 0
    for code_id, document_id, *counts in _rows(
            project, f"SELECT code_id, document_id, {per_coder} FROM codings WHERE coder_id IN ({{coders}}) "
            "GROUP BY code_id, document_id", coders):
        if code_id not in wanted:
            continue
        if scope.assigned:  # codings of a coder the document is not assigned to: missing, counted
            outside += sum(n for coder, n in enumerate(counts) if n and scope.outside(document_id, coder))
        mask = scope.masks.get(document_id)
        if mask is None:
            continue  # not compared
        if occurrence:
            counts = [min(n, 1) for n in counts]
        pattern = tuple(n if present else None for present, n in zip(mask, counts))
        if any(pattern):
            found.append((code_id, document_id, pattern))
    units = Units(used={code for code, _, _ in found}, outside=outside)
    compared = set(codes) if include_unused else units.used
    coded: dict[int, Counter] = defaultdict(Counter)  # code -> mask -> documents with codings
    per_document_coded: Counter = Counter()
    units.per_code = {c: Counter() for c in codes}
    units.per_document = {d: Counter() for d in scope.masks}
    for code_id, document_id, pattern in found:
        mask = scope.masks[document_id]
        units.per_code[code_id][pattern] += 1
        coded[code_id][mask] += 1
        if code_id in compared:
            units.per_document[document_id][pattern] += 1
            per_document_coded[document_id] += 1
    for mask, documents in scope.groups().items():
        for code_id in codes:
            units.per_code[code_id][_zero(mask)] += len(documents) - coded[code_id][mask]
        for document_id in documents:
            units.per_document[document_id][_zero(mask)] += len(compared) - per_document_coded[document_id]
    for counter in (*units.per_code.values(), *units.per_document.values()):
        _drop_empty(counter)
    return units


def _drop_empty(counter: Counter) -> None:
    for pattern in [p for p, w in counter.items() if w <= 0]:
        del counter[pattern]


class _Span(NamedTuple):
    start: int
    end: int
    coder: int


def _spans(project, coders, codes, scope, level, threshold, include_unused) -> Units:
    index = {c: i for i, c in enumerate(coders)}
    wanted = set(codes)
    groups: dict[tuple[int, int], list[_Span]] = {}
    outside = 0
    for code_id, document_id, coder_id, start, end in _rows(
            project, 'SELECT code_id, document_id, coder_id, start, "end" FROM codings WHERE coder_id IN ({coders}) '
            "ORDER BY code_id, document_id, start", coders):
        if code_id not in wanted:
            continue
        coder = index[coder_id]
        mask = scope.masks.get(document_id)
        if mask is None or not mask[coder]:
            outside += scope.outside(document_id, coder)
            continue
        groups.setdefault((code_id, document_id), []).append(_Span(start, end, coder))
    units = Units(used={code for code, _ in groups}, outside=outside)
    compared = set(codes) if include_unused else units.used
    units.per_code = {c: Counter() for c in codes}
    units.per_document = {d: Counter() for d in scope.masks}
    covered: dict[int, Counter] = defaultdict(Counter)  # character: code -> mask -> characters
    covered_in_document: Counter = Counter()
    for (code_id, document_id), spans in groups.items():
        mask = scope.masks[document_id]
        if len(spans) == 1:  # most units: one coding that nobody else's touches
            span = spans[0]
            found = {_alone(mask, span.coder): 1 if level == "overlap" else span.end - span.start}
        elif level == "overlap":
            found = segments(spans, mask, threshold)
        else:
            found = characters(spans, mask)
        if level == "character":
            length = sum(found.values())
            covered[code_id][mask] += length
            if code_id in compared:
                covered_in_document[document_id] += length
        _add(units.per_code[code_id], found)
        if code_id in compared:
            _add(units.per_document[document_id], found)
    if level == "character":
        lengths = dict(project.db.execute(f"SELECT id, length FROM documents WHERE id {IN_JSON}",
                                          [_ids(scope.masks)]))
        for mask, documents in scope.groups().items():
            total = sum(lengths[d] for d in documents)
            for code_id in codes:
                units.per_code[code_id][_zero(mask)] += total - covered[code_id][mask]
            for document_id in documents:
                units.per_document[document_id][_zero(mask)] += (
                    len(compared) * lengths[document_id] - covered_in_document[document_id])
        for counter in (*units.per_code.values(), *units.per_document.values()):
            _drop_empty(counter)
    return units


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
