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
    outside: int = 0  # codings of compared coders in documents not assigned to them

    @property
    def documents(self) -> list[int]:
        return sorted(self.masks)

    def groups(self) -> dict[Mask, list[int]]:
        result: dict[Mask, list[int]] = defaultdict(list)
        for document, mask in self.masks.items():
            result[mask].append(document)
        return result


def read_scope(project: Project, coders: list[int], document_ids, code_ids: list[int]) -> Scope:
    """The scope of ``coders`` over the documents within the filters (``document_ids``; None:
    every document of the project)."""
    if document_ids is None:
        candidates = [r[0] for r in project.db.execute("SELECT id FROM documents ORDER BY id")]
    else:
        candidates = sorted(set(document_ids))
    given = assigned_documents(project, coders)
    if not any(given.values()):
        everyone = tuple(True for _ in coders)
        return Scope(False, {d: everyone for d in candidates}, [], [])
    masks, single = {}, []
    for document in candidates:
        mask = tuple(document in given[c] for c in coders)
        if sum(mask) >= 2:
            masks[document] = mask
        elif sum(mask) == 1:
            single.append(document)
    outside = project.scalar(
        f"SELECT count(*) FROM codings g WHERE g.coder_id {IN_JSON} AND g.document_id {IN_JSON} "
        f"AND g.code_id {IN_JSON} AND NOT EXISTS (SELECT 1 FROM assignments a "
        "WHERE a.coder_id = g.coder_id AND a.document_id = g.document_id)",
        [_ids(coders), _ids(candidates), _ids(code_ids)])
    return Scope(True, masks, single, [c for c in coders if not given[c]], outside)


@dataclass
class Units:
    """Rating patterns per code and per document, and which codes anyone used."""

    per_code: dict[int, Counter] = field(default_factory=dict)
    per_document: dict[int, Counter] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)


def _zero(mask: Mask) -> tuple:
    return tuple(0 if present else None for present in mask)


def _present(pattern, mask: Mask) -> tuple:
    return tuple(v if present else None for v, present in zip(pattern, mask))


def read_units(project: Project, coders: list[int], codes: list[int], scope: Scope, level: str,
               threshold: float, include_unused: bool) -> Units:
    """The units of ``codes`` at ``level``. ``per_document`` covers the codes compared: those
    used (``used``), or all of ``codes`` with ``include_unused``."""
    if level in ("occurrence", "frequency"):
        return _counted(project, coders, codes, scope, level == "occurrence", include_unused)
    return _spans(project, coders, codes, scope, level, threshold, include_unused)


def _counted(project, coders, codes, scope, occurrence: bool, include_unused: bool) -> Units:
    index = {c: i for i, c in enumerate(coders)}
    patterns: dict[tuple[int, int], list] = {}
    for code_id, document_id, coder_id, n in project.db.execute(
            f"SELECT code_id, document_id, coder_id, count(*) FROM codings WHERE coder_id {IN_JSON} "
            f"AND code_id {IN_JSON} AND document_id {IN_JSON} GROUP BY code_id, document_id, coder_id",
            [_ids(coders), _ids(codes), _ids(scope.masks)]):
        mask = scope.masks[document_id]
        if not mask[index[coder_id]]:
            continue  # not assigned: missing, counted in scope.outside
        pattern = patterns.setdefault((code_id, document_id), list(_zero(mask)))
        pattern[index[coder_id]] = min(n, 1) if occurrence else n
    units = Units(used={code for code, _ in patterns})
    compared = set(codes) if include_unused else units.used
    coded: dict[int, Counter] = defaultdict(Counter)  # code -> mask -> documents with codings
    per_document_coded: Counter = Counter()
    units.per_code = {c: Counter() for c in codes}
    units.per_document = {d: Counter() for d in scope.masks}
    for (code_id, document_id), pattern in patterns.items():
        mask = scope.masks[document_id]
        units.per_code[code_id][tuple(pattern)] += 1
        coded[code_id][mask] += 1
        if code_id in compared:
            units.per_document[document_id][tuple(pattern)] += 1
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
    groups: dict[tuple[int, int], list[_Span]] = {}
    for code_id, document_id, coder_id, start, end in project.db.execute(
            f'SELECT code_id, document_id, coder_id, start, "end" FROM codings WHERE coder_id {IN_JSON} '
            f"AND code_id {IN_JSON} AND document_id {IN_JSON} ORDER BY code_id, document_id, start",
            [_ids(coders), _ids(codes), _ids(scope.masks)]):
        if scope.masks[document_id][index[coder_id]]:
            groups.setdefault((code_id, document_id), []).append(_Span(start, end, index[coder_id]))
    units = Units(used={code for code, _ in groups})
    compared = set(codes) if include_unused else units.used
    units.per_code = {c: Counter() for c in codes}
    units.per_document = {d: Counter() for d in scope.masks}
    covered: dict[int, Counter] = defaultdict(Counter)  # character: code -> mask -> characters
    covered_in_document: Counter = Counter()
    for (code_id, document_id), spans in groups.items():
        mask = scope.masks[document_id]
        if level == "overlap":
            found = segments(spans, mask, threshold)
        else:
            found = Counter({_present(p, mask): w for p, w in characters(spans, len(coders)).items()})
            covered[code_id][mask] += sum(found.values())
            if code_id in compared:
                covered_in_document[document_id] += sum(found.values())
        units.per_code[code_id].update(found)
        if code_id in compared:
            units.per_document[document_id].update(found)
    if level == "character":
        lengths = dict(project.db.execute(f"SELECT id, length(text) FROM documents WHERE id {IN_JSON}",
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


def characters(spans: list[_Span], coders: int) -> Counter:
    """character: coverage pattern -> characters, by a sweep over the sorted boundaries."""
    events = sorted([(s, 1, c) for s, _, c in spans] + [(e, -1, c) for _, e, c in spans])
    depth = [0] * coders
    units: Counter = Counter()
    previous = events[0][0]
    for position, step, coder in events:
        if position > previous and any(depth):
            units[tuple(int(d > 0) for d in depth)] += position - previous
        depth[coder] += step
        previous = position
    return units
