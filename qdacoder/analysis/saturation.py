"""Evidence for "dataverzadiging": the new codes each document brings and the saturation rule of
Guest, Namey and Chen (2020, "A simple method to assess and report thematic saturation in
qualitative research", PLoS ONE 15(5): e0232076), as qdacoder applies it.

The rule:
- The documents are taken in a chosen order. A code counts once, in the first document of that
  order in which it was applied; only codes actually applied count (a code that merely exists in
  a starter codebook does not), each code by itself (a subcode is not its parent).
- The *base* is the first ``base`` documents; the base size B is the number of distinct codes
  applied in them.
- A *run* is the ``run`` documents that follow the base, sliding forward one document at a time:
  documents base+1..base+run, then base+2..base+run+1, and so on, up to the last document.
- The *new information* of a run is the number of codes whose first document lies in the run,
  divided by B (the denominator stays the base size).
- Saturation is reached at the last document of the first run whose new information is at or
  below ``threshold`` (a fraction: 0.05 is 5%). When no run qualifies, ``point`` is None.

Design rules (why):
- Which codings count is one ``Filters`` (``analysis.filters``), as for every other analysis:
  the window's filter bar, ``--coder`` on the command line, and later the reading of the
  consensus issue (the final coding) plug in there without touching this module.
- Only documents with at least one counted coding take part. A document nobody has coded yet
  would otherwise count as "no new codes" and fake saturation; such documents in scope are
  listed in ``not_coded`` so the result says they were left out.
- SQL reads each (document, code) pair once (one GROUP BY over the codings); the walk along the
  order is then over those pairs, not over codings.
- The rule is decided in exact fractions (``Fraction``), so 1 new code of 20 is exactly 5% and
  meets a threshold of 0.05, whatever binary floating point makes of either.
- Orders: ``imported`` (import time, then id), ``first-coded`` (the time of the document's first
  counted coding, then import order), ``name`` (natural order: "Interview 2" before "Interview
  10"), or ``attribute:NAME`` (a document attribute, else a case attribute; "attribute:case:NAME"
  or "attribute:document:NAME" when both exist). A document takes the smallest value among its
  cases; documents without a value go at the end, in import order, and are listed in
  ``without_value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..core.attributes import Variable, display, find_variable
from ..core.codes import code_paths
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError, Word
from ..core.project import Project
from .filters import NO_FILTERS, Filters, where
from .frequency_table import document_scope

ORDERS = ("imported", "first-coded", "name")  # and "attribute:NAME"
DEFAULT_BASE, DEFAULT_RUN, DEFAULT_THRESHOLD = 4, 2, 0.05

BAD_ORDER = QT_TRANSLATE_NOOP("qdacoder", "“{order}” is not an order: give imported, first-coded, name or attribute:NAME.")
NO_ATTRIBUTE = QT_TRANSLATE_NOOP("qdacoder", "There is no document or case attribute named “{name}”.")
BAD_SIZE = QT_TRANSLATE_NOOP("qdacoder", "The {what} must be a whole number of documents, at least 1 (not {value}).")
BAD_THRESHOLD = QT_TRANSLATE_NOOP(
    "qdacoder", "The threshold is a fraction between 0 and 1, such as 0.05 for 5% (not {value}).")
BASE_WORD = QT_TRANSLATE_NOOP("qdacoder", "base")
RUN_WORD = QT_TRANSLATE_NOOP("qdacoder", "run")


@dataclass(frozen=True)
class DocumentStep:
    """One document in the order."""

    position: int  # 1-based place in the order
    document_id: int
    document: str  # its name
    kind: str
    value: str  # what it was ordered by, as shown ("" when by name or without a value)
    new_codes: tuple[str, ...]  # paths of the codes first applied here, in codebook order
    cumulative: int  # distinct codes applied up to and including this document


@dataclass(frozen=True)
class Run:
    first: int  # positions, 1-based, both included
    last: int
    new: int  # codes whose first document lies in the run
    ratio: Fraction  # new / base size

    @property
    def share(self) -> float:
        return float(self.ratio)


@dataclass(frozen=True)
class Saturation:
    order: str  # "imported", "first-coded", "name" or "attribute"
    attribute: str | None  # the attribute's name when ordered by one
    base: int
    run: int
    threshold: float
    documents: tuple[DocumentStep, ...]
    base_size: int  # B: distinct codes applied in the base (0 when there are fewer documents than the base)
    runs: tuple[Run, ...]
    point: int | None  # the position at which saturation was reached, None when not
    not_coded: tuple[str, ...]  # documents in scope without a counted coding: left out
    without_value: tuple[str, ...]  # ordered by an attribute: documents without a value, put at the end

    @property
    def assessable(self) -> bool:
        """Whether there are enough documents for the base and one run."""
        return len(self.documents) >= self.base + self.run

    @property
    def saturating_run(self) -> Run | None:
        return next((r for r in self.runs if r.last == self.point), None) if self.point else None

    def run_ending_at(self, position: int) -> Run | None:
        index = position - self.base - self.run  # the runs end at base+run, base+run+1, ...
        return self.runs[index] if 0 <= index < len(self.runs) else None

    @property
    def interviews(self) -> bool:
        """Whether every document taken is an interview transcript (the sentence says "interviews")."""
        return bool(self.documents) and all(d.kind == "transcript" for d in self.documents)

    @property
    def codes_total(self) -> int:
        return self.documents[-1].cumulative if self.documents else 0


def saturation(project: Project, *, order: str = "imported", base: int = DEFAULT_BASE, run: int = DEFAULT_RUN,
               threshold: float = DEFAULT_THRESHOLD, filters: Filters = NO_FILTERS) -> Saturation:
    """The new codes per document in ``order`` and the saturation rule over them, counting the
    codings that pass ``filters`` (default: all codings). Raises ValidationError for a base, run
    or threshold out of range or an unknown order, NotFoundError for an unknown attribute."""
    limit = _check(base, run, threshold)
    kind, variable = _order_kind(project, order)
    condition, params = where(filters)
    pairs = project.db.execute(
        f"SELECT g.document_id, g.code_id FROM codings g WHERE {condition} GROUP BY g.document_id, g.code_id",
        params).fetchall()
    codes_of: dict[int, list[int]] = {}
    for document_id, code_id in pairs:
        codes_of.setdefault(document_id, []).append(code_id)
    scope_sql, scope_params = document_scope(filters)
    scope = project.rows(f"SELECT d.id, d.name, d.kind, d.imported_at FROM documents d WHERE {scope_sql}", scope_params)
    coded = [r for r in scope if r["id"] in codes_of]
    not_coded = tuple(sorted((r["name"] for r in scope if r["id"] not in codes_of), key=natural_key))
    ordered, values, without = _ordered(project, coded, kind, variable, condition, params)

    paths = code_paths(project)
    rank = {code_id: i for i, code_id in enumerate(paths)}  # codebook order
    seen: set[int] = set()
    steps, first_at = [], []
    for position, row in enumerate(ordered, start=1):
        new = sorted((c for c in codes_of[row["id"]] if c not in seen), key=lambda c: rank.get(c, len(rank)))
        seen.update(new)
        first_at.append(len(new))
        steps.append(DocumentStep(position, row["id"], row["name"], row["kind"], values.get(row["id"], ""),
                                  tuple(paths.get(c, "?") for c in new), len(seen)))
    base_size = steps[base - 1].cumulative if len(steps) >= base else 0
    runs = []
    for last in range(base + run, len(steps) + 1):
        new = sum(first_at[last - run:last])
        runs.append(Run(last - run + 1, last, new, Fraction(new, base_size)))
    point = next((r.last for r in runs if r.ratio <= limit), None)
    return Saturation("attribute" if variable else kind, variable.name if variable else None, base, run, threshold,
                      tuple(steps), base_size, tuple(runs), point, not_coded, tuple(without))


def _check(base: Any, run: Any, threshold: Any) -> Fraction:
    """The threshold as an exact fraction, after checking base, run and threshold."""
    for what, value in ((BASE_WORD, base), (RUN_WORD, run)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValidationError(BAD_SIZE, what=Word(what), value=value)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValidationError(BAD_THRESHOLD, value=threshold)
    # as typed: 0.05 is 1/20, not the binary number nearest to it
    return Fraction(repr(float(threshold)))


def _order_kind(project: Project, order: str) -> tuple[str, Variable | None]:
    text = (order or "").strip()
    if text in ORDERS:
        return text, None
    if not text.startswith("attribute:") or not text[len("attribute:"):].strip():
        raise ValidationError(BAD_ORDER, order=order)
    name = text[len("attribute:"):].strip()
    targets = ("document", "case")
    prefix, _, rest = name.partition(":")
    if prefix in targets and rest.strip():
        targets, name = (prefix,), rest.strip()
    for target in targets:
        variable = find_variable(project, target, name)
        if variable is not None:
            return "attribute", variable
    raise NotFoundError(NO_ATTRIBUTE, name=name)


def natural_key(name: str) -> tuple:
    """"Interview 2" before "Interview 10": digits compare as numbers, letters without case."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", name) if part)


def _ordered(project: Project, coded: list[dict], kind: str, variable: Variable | None, condition: str,
             params: list) -> tuple[list[dict], dict[int, str], list[str]]:
    """The coded documents in the order, what each was ordered by (as shown), and the names of
    those without a value (at the end)."""
    imported = sorted(coded, key=lambda r: (r["imported_at"], r["id"]))
    if kind == "imported":
        return imported, {r["id"]: _time(r["imported_at"]) for r in coded}, []
    if kind == "name":
        return sorted(coded, key=lambda r: (natural_key(r["name"]), r["id"])), {}, []
    if kind == "first-coded":
        # NOT INDEXED: through the index on document_id SQLite would fetch every coding's row at
        # random for its time; one scan of the table with a small sort is three times faster
        first = dict(project.db.execute(
            f"SELECT g.document_id, min(g.created_at) FROM codings g NOT INDEXED WHERE {condition} "
            "GROUP BY g.document_id", params).fetchall())
        position = {r["id"]: i for i, r in enumerate(imported)}
        return (sorted(coded, key=lambda r: (first[r["id"]], position[r["id"]])),
                {r["id"]: _time(first[r["id"]]) for r in coded}, [])
    value_of = _attribute_values(project, variable)
    having = [r for r in imported if r["id"] in value_of]
    having.sort(key=lambda r: _sort_value(variable, value_of[r["id"]]))  # stable: ties stay in import order
    missing = [r for r in imported if r["id"] not in value_of]
    return having + missing, {i: display(variable, v) for i, v in value_of.items()}, [r["name"] for r in missing]


def _attribute_values(project: Project, variable: Variable) -> dict[int, Any]:
    """document id -> its value of ``variable``; for a case attribute the smallest value among
    the cases the document (or a passage of it) belongs to."""
    rows = project.rows("SELECT target_id, value FROM attribute_values WHERE variable_id = ?", [variable.id])
    if variable.target == "document":
        return {r["target_id"]: r["value"] for r in rows}
    by_case = {r["target_id"]: r["value"] for r in rows}
    found: dict[int, Any] = {}
    for r in project.rows("SELECT DISTINCT document_id, case_id FROM case_ranges"):
        if r["case_id"] in by_case:
            value, known = by_case[r["case_id"]], found.get(r["document_id"])
            if known is None or _sort_value(variable, value) < _sort_value(variable, known):
                found[r["document_id"]] = value
    return found


def _sort_value(variable: Variable, value: Any) -> Any:
    if variable.type == "category":
        return variable.categories.index(value) if value in variable.categories else len(variable.categories)
    if variable.type == "text":
        return natural_key(str(value))
    return value  # numbers, 1/0 and ISO dates compare as stored


def _time(stamp: str | None) -> str:
    """"2024-05-01 14:03" from a stored ISO time (UTC)."""
    return (stamp or "")[:16].replace("T", " ")
