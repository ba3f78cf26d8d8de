"""The disagreements between two coders, passage by passage, for a consensus review.

How the codings of coder A and coder B in one document become disagreements (each coding
ends up in at most one disagreement; the steps run in this order):

1. Agreements are set aside. A coding of A and a coding of B *match* when they have the same
   code and |intersection| / |union| >= ``threshold`` -- exactly the matching of the overlap
   level of ``analysis.agreement``. Every coding that matches at least one coding of the
   other coder is an agreement and is not listed. (So these are the codings that lie in a
   "both" segment of the agreement figures; what remains are the "only A"/"only B" segments.)
2. ``boundaries``: among the remaining codings, codings of A and B with the same code whose
   passages overlap (share at least one character) are linked; each connected group of
   linked codings (transitively, e.g. one long coding of A against two shorter ones of B) is
   one disagreement. Its codings all carry the same code.
3. ``different_code``: among the codings still remaining, codings of A and B whose passages
   overlap (any code) are linked; each connected group is one disagreement. By steps 1 and 2
   no code appears on both sides of such a group.
4. ``only_a`` / ``only_b``: each coding left after step 3 overlaps no remaining coding of the
   other coder; it is a disagreement on its own. (A coding of A that only overlaps codings of
   B already used in steps 1-2 -- e.g. A coded a passage with W and S, B only with W -- is
   therefore "only A": B did not apply S there.)

A disagreement's ``start``/``end`` is the span covering all its codings; ``a_text`` is the
document text from the first start to the last end of A's codings in it (empty when A has
none), likewise ``b_text``. The list is in document order (by name, as the document list)
and then by position. Only the chosen ``document_ids``/``code_ids`` are looked at (default:
all); codes are taken as they are, categories included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.codes import code_paths
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.intervals import overlap_groups
from ..core.project import Project

KINDS = ("only_a", "only_b", "different_code", "boundaries")
KIND_LABELS = {
    "only_a": QT_TRANSLATE_NOOP("qdacoder", "only coder A"),
    "only_b": QT_TRANSLATE_NOOP("qdacoder", "only coder B"),
    "different_code": QT_TRANSLATE_NOOP("qdacoder", "different code"),
    "boundaries": QT_TRANSLATE_NOOP("qdacoder", "different boundaries"),
}


@dataclass(frozen=True)
class Disagreement:
    kind: str
    document_id: int
    document: str  # the document's name
    start: int  # the span covering the codings of both coders
    end: int
    a_codings: list[int]  # coding ids of coder A, in text order (empty for only_b)
    b_codings: list[int]
    a_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) per coding of A
    b_spans: list[tuple[int, int]] = field(default_factory=list)
    a_text: str = ""
    b_text: str = ""
    a_codes: list[str] = field(default_factory=list)  # code path per coding of A
    b_codes: list[str] = field(default_factory=list)

    @property
    def coding_ids(self) -> list[int]:
        """A's codings, then B's."""
        return self.a_codings + self.b_codings


@dataclass(frozen=True)
class _Coding:
    id: int
    side: int  # 0: coder A, 1: coder B
    code_id: int
    start: int
    end: int


def _overlap(x: _Coding, y: _Coding) -> int:
    return max(0, min(x.end, y.end) - max(x.start, y.start))


def matches(x: _Coding, y: _Coding, threshold: float) -> bool:
    """Same code and intersection/union >= threshold, in the integer arithmetic of
    ``agreement._segments`` (so both modules agree on the borderline cases)."""
    if x.code_id != y.code_id or x.side == y.side:
        return False
    inter = _overlap(x, y)
    union = (x.end - x.start) + (y.end - y.start) - inter
    return inter > 0 and inter * 1_000_000 >= round(threshold * 1_000_000) * union


def _groups(codings: list[_Coding], linked) -> list[list[_Coding]]:
    """Connected groups of ``codings`` (sorted by start) under ``linked`` (a symmetric test
    between codings of different coders that implies overlap)."""
    return overlap_groups(codings, lambda x, y: x.side != y.side and linked(x, y))


def _agreed(codings: list[_Coding], threshold: float) -> set[int]:
    """Step 1: the ids of the codings (sorted by start) that match a coding of the other coder."""
    agreed: set[int] = set()
    for i, x in enumerate(codings):
        for y in codings[i + 1:]:
            if y.start >= x.end:
                break
            if matches(x, y, threshold):
                agreed.update((x.id, y.id))
    return agreed


def _classify(codings: list[_Coding], threshold: float) -> list[tuple[str, list[_Coding]]]:
    """Steps 1-4 of the module docstring for the codings of one document, sorted by start."""
    agreed = _agreed(codings, threshold)
    rest = [c for c in codings if c.id not in agreed]
    found: list[tuple[str, list[_Coding]]] = []
    for kind, linked in (("boundaries", lambda x, y: x.code_id == y.code_id and _overlap(x, y) > 0),
                         ("different_code", lambda x, y: _overlap(x, y) > 0)):
        keep = []
        for group in _groups(rest, linked):
            if len({c.side for c in group}) == 2:
                found.append((kind, group))
            else:
                keep.extend(group)
        rest = sorted(keep, key=lambda c: (c.start, c.end, c.id))
    found += [("only_a" if c.side == 0 else "only_b", [c]) for c in rest]
    return found


def _codings(project: Project, coder_a: int, coder_b: int, document_ids, code_ids,
             threshold: float) -> dict[int, list[_Coding]]:
    """The two coders' codings per document (in document order), each sorted by start."""
    if coder_a == coder_b:
        raise ValueError("compare two different coders")
    if not 0 < threshold <= 1:
        raise ValueError("the overlap threshold lies between 0 and 1")
    sql = ('SELECT g.id, g.coder_id, g.code_id, g.start, g."end", g.document_id FROM codings g '
           "JOIN documents d ON d.id = g.document_id WHERE g.coder_id IN (?, ?)")
    params: list = [coder_a, coder_b]
    for column, wanted in (("g.document_id", document_ids), ("g.code_id", code_ids)):
        if wanted is not None:
            wanted = list(wanted)
            sql += f" AND {column} IN ({','.join('?' for _ in wanted) or 'NULL'})"
            params += wanted
    per_document: dict[int, list[_Coding]] = {}
    for r in project.rows(sql + ' ORDER BY d.name, d.id, g.start, g."end", g.id', params):
        per_document.setdefault(r["document_id"], []).append(
            _Coding(r["id"], 0 if r["coder_id"] == coder_a else 1, r["code_id"], r["start"], r["end"]))
    return per_document


def agreed_codings(project: Project, coder_a: int, coder_b: int, *, document_ids=None, code_ids=None,
                   threshold: float = 0.9) -> tuple[list[int], list[int]]:
    """The ids of the codings of ``coder_a`` and of ``coder_b`` that agree (step 1 of the
    module docstring: same code, overlapping by ``threshold``): what a consensus keeps without
    discussion. In document order."""
    found: tuple[list[int], list[int]] = ([], [])
    for codings in _codings(project, coder_a, coder_b, document_ids, code_ids, threshold).values():
        agreed = _agreed(codings, threshold)
        for c in codings:
            if c.id in agreed:
                found[c.side].append(c.id)
    return found


def disagreements(project: Project, coder_a: int, coder_b: int, *, document_ids=None, code_ids=None,
                  threshold: float = 0.9) -> list[Disagreement]:
    """The disagreements of ``coder_a`` and ``coder_b`` (see the module docstring)."""
    per_document = _codings(project, coder_a, coder_b, document_ids, code_ids, threshold)
    if not per_document:
        return []
    paths = code_paths(project)
    result: list[Disagreement] = []
    for document_id, codings in per_document.items():  # dict order = document order
        row = project.rows("SELECT name, text FROM documents WHERE id = ?", [document_id])[0]
        items = []
        for kind, group in _classify(codings, threshold):
            group = sorted(group, key=lambda c: (c.start, c.end, c.id))
            sides = [[c for c in group if c.side == s] for s in (0, 1)]
            texts = [row["text"][min(c.start for c in side):max(c.end for c in side)] if side else ""
                     for side in sides]
            items.append(Disagreement(
                kind, document_id, row["name"], min(c.start for c in group), max(c.end for c in group),
                [c.id for c in sides[0]], [c.id for c in sides[1]],
                [(c.start, c.end) for c in sides[0]], [(c.start, c.end) for c in sides[1]],
                texts[0], texts[1], [paths[c.code_id] for c in sides[0]], [paths[c.code_id] for c in sides[1]]))
        result += sorted(items, key=lambda d: (d.start, d.end, d.coding_ids))
    return result
