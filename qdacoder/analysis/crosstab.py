"""Codes by the values of an attribute: for example the factors by the respondent's role
("volgens ouders" against "volgens professionals") or by gemeente; per cell the codings and
the cases, with row and column percentages and each column's n.

Design rules:
- One source of truth: the window, the exports and the command line call ``crosstab``; every
  cell counts the codings that pass the filter (``filters.where``).
- Which value a coding has: a case attribute is the value of the coding's case (the same
  rule as the code frequencies: its document is in the case, or it overlaps a passage assigned
  to it); a document attribute that of its document; a respondent attribute, and the
  pseudo-attribute ``ROLE`` (the respondent's role), those of the respondent linked to the
  speaker turn in which the coding starts (``filters.SPEAKER``). A coding whose case, speaker
  or value is unknown falls in the "missing" column, the last one: never in a value's column.
  A coding in two cases with different values counts in both columns, in two cases with the
  same value once; a case that fails the case filter is never one of a coding's cases (a
  document shared with a filtered case), so a coding without a countable case is missing.
- A row is the code's branch (the code and its subcodes): its codings, and its distinct cases,
  so a case that mentions two subcodes counts once for the parent. A branch adds up its codes'
  codings (a coding has one code) and unites their cases. Joining every coding once per
  ancestor (a closure, as in the code frequencies) doubled the rows to sort and cost twice the
  time at 200,000 codings.
- A case or document attribute is counted like the code frequencies and the matrix: one read
  of each code's documents (``frequencies.code_documents``), which cases hold which documents
  as a whole, the values (one small read) and, in SQL, only the few codings that overlap a
  passage of a case (``frequencies.passage_hits``). Codings are then counted with array
  arithmetic: a coding counts once for each distinct value among its document's cases (a
  document's values are found once, not per coding); each coding that also meets a passage
  is then corrected on its own, as it may add values or leave "no case". Cases are counted
  as units, a case with a value (for a document attribute: a case with the value of a
  document it holds), marked per code, united up the tree and counted per value. Joining
  every coding to its cases and values in SQL, then uniting case lists per code and value in
  Python, took 3.7 times the bare GROUP BY.
- A respondent attribute or the role: the speaker is found per coding (a subquery on the
  speaker turns), so one SQL aggregate per code and value gives the codings and the set of
  cases; the branches add those up.
- Row percentages share a row's cells out over the columns (missing included); column
  percentages share a column's cells out over *sibling* codes (the top-level codes together,
  and the subcodes of one parent together), because a parent contains its subcodes and adding
  both would count a coding twice. A parent's own codings (not in a subcode) are left out of
  its subcodes' group. Both use the largest-remainder method, so every row and every sibling
  group adds up to exactly 100; None where there is nothing to share. They are worked out for
  a whole grid at once in whole numbers (``_percent_rows``, the same figures as
  ``largest_remainder``): one call per row and per column of a sibling group cost as much as
  all the counting.
- A column's n is the number of units in scope with that value: cases for a case attribute,
  documents for a document attribute, respondents (who speak in a document in scope) for a
  respondent attribute or the role. Missing is the units in scope without a value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.attributes import Variable, display, list_variables
from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from ..core.respondents import ROLES
from .case_summary import each_rounded
from .filters import NO_FILTERS, SPEAKER, Filters, case_condition, where
from .frequencies import _CASE_JOIN, code_documents, passage_hits, whole_document_cases
from .matrices import position_lookup
from .frequency_table import cases_in_scope, document_scope, documents_in_scope

Translate = Callable[[str], str]

ROLE = "role"  # the pseudo-attribute: the role of the speaker's respondent
ROLE_LABEL = QT_TRANSLATE_NOOP("qdacoder", "respondent role")
MISSING = QT_TRANSLATE_NOOP("qdacoder", "missing")
MEASURES = ("cases", "codings")
PERCENTS = (None, "row", "column")
ROLE_NAMES = ("role", "rol", "respondent role")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class CrossColumn:
    value: Any  # as stored; None: the missing column
    label: str
    n: int


@dataclass(frozen=True)
class CrossRow:
    code_id: int
    path: str
    name: str
    depth: int
    parent_id: int | None
    codings: tuple[int, ...]
    cases: tuple[int, ...]
    codings_row_percent: tuple[int | None, ...]
    codings_column_percent: tuple[int | None, ...]
    cases_row_percent: tuple[int | None, ...]
    cases_column_percent: tuple[int | None, ...]


@dataclass(frozen=True)
class Crosstab:
    variable: str  # the attribute's name (or ROLE_LABEL, translated)
    target: str  # whose values: "case", "document" or "respondent" (also for the role)
    columns: tuple[CrossColumn, ...]  # the values, the missing column last
    rows: tuple[CrossRow, ...]

    def values(self, measure: str = "cases", percent: str | None = None) -> list[list[int | None]]:
        """The cells of ``measure`` ("cases" or "codings"), or their row or column percentages."""
        if measure not in MEASURES or percent not in PERCENTS:
            raise ValueError(f"unknown measure {measure!r} or percentage {percent!r}")  # a programming error
        field = measure if percent is None else f"{measure}_{percent}_percent"
        return [list(getattr(row, field)) for row in self.rows]

    @property
    def n(self) -> int:
        """All units in scope."""
        return sum(c.n for c in self.columns)

    @property
    def row_labels(self) -> list[str]:
        return [r.path for r in self.rows]

    @property
    def column_labels(self) -> list[str]:
        return [c.label for c in self.columns]


def cross_variables(project: Project) -> list[Variable | str]:
    """What a crosstab can split by: every case, document and respondent attribute, then the
    respondent role."""
    return [v for target in ("case", "document", "respondent") for v in list_variables(project, target)] + [ROLE]


def find_cross_variable(project: Project, name: str) -> Variable | str | None:
    """An attribute by name ("gemeente", or "respondent:functie" when names repeat), or ROLE for
    "role" / "rol" / "respondent role" when no attribute has that name."""
    target, _, bare = name.partition(":") if name.split(":", 1)[0] in ("case", "document", "respondent") else ("", "", name)
    for variable in cross_variables(project):
        if isinstance(variable, Variable) and variable.name.casefold() == bare.strip().casefold() \
                and target in ("", variable.target):
            return variable
    return ROLE if name.strip().casefold() in ROLE_NAMES else None


def _value_sql(variable: Variable | str) -> tuple[str, list[Any]]:
    if variable == ROLE:
        return f"(SELECT nullif(p.role, '') FROM respondents p WHERE p.id = {SPEAKER})", []
    owner = {"case": "r.case_id", "document": "g.document_id", "respondent": SPEAKER}[variable.target]
    return f"(SELECT a.value FROM attribute_values a WHERE a.variable_id = ? AND a.target_id = {owner})", [variable.id]


def _units(project: Project, variable: Variable | str, filters: Filters) -> list[Any]:
    """The value (None: missing) of every unit in scope."""
    if isinstance(variable, Variable) and variable.target in ("case", "document"):
        ids = cases_in_scope(project, filters) if variable.target == "case" else \
            [i for i, _name in documents_in_scope(project, filters)]
        stored = {r["target_id"]: r["value"] for r in project.rows(
            "SELECT target_id, value FROM attribute_values WHERE variable_id = ?", [variable.id])}
        return [stored.get(i) for i in ids]
    scope, params = document_scope(filters, "t.document_id")
    speakers = f"SELECT t.respondent_id FROM speaker_turns t WHERE t.respondent_id IS NOT NULL AND {scope}"
    if variable == ROLE:
        sql = f"SELECT nullif(p.role, '') AS v FROM respondents p WHERE p.id IN ({speakers})"
    else:
        sql = (f"SELECT a.value AS v FROM respondents p LEFT JOIN attribute_values a ON a.variable_id = ? "
               f"AND a.target_id = p.id WHERE p.id IN ({speakers})")
        params = [variable.id] + params
    return [r["v"] for r in project.rows(sql, params)]


def _ordered(variable: Variable | str, values: set[Any]) -> list[Any]:
    """The values in the order a reader expects: every value of a category's list in its order
    and yes before no (also when nobody has it: a 0 is then a finding); the roles that occur in
    their usual order; otherwise sorted; values outside the list after it."""
    if variable == ROLE:
        first = [v for v in ROLES if v in values]
    elif variable.type == "category":
        first = list(variable.categories)
    elif variable.type == "boolean":
        first = [1, 0]
    else:
        first = []
    return first + sorted((v for v in values if v not in first), key=lambda v: (isinstance(v, str), v))


def _percents(cells: list[int]) -> tuple[int | None, ...]:
    return tuple(each_rounded(cells)) if sum(cells) else tuple(None for _ in cells)


def _percent_rows(grid: np.ndarray) -> list[tuple[int | None, ...]]:
    """``_percents`` of every row of ``grid`` at once: one call per grid instead of one per
    row and column (thousands at 1,000 codes). The same rule as ``each_rounded``: each
    percentage rounded half up on its own, so equal counts show equal percentages; a row may
    then add up to 99 or 101, which the table says in a note."""
    width = grid.shape[1]
    totals = grid.sum(axis=1)
    divisor = np.where(totals == 0, 1, totals)[:, None]
    shares = (grid * 200 + divisor) // (2 * divisor)  # half up, in whole numbers: 100 * g / t + 1/2, rounded down
    return [tuple(row) if total else (None,) * width for row, total in zip(shares.tolist(), totals.tolist())]


def crosstab(project: Project, variable: Variable | str, *, filters: Filters = NO_FILTERS,
             translate: Translate = _same) -> Crosstab:
    """Every code (in tree order) by the values of ``variable`` (an attribute, or ``ROLE``)."""
    nodes = list(walk_tree(project))
    if isinstance(variable, Variable) and variable.target in ("case", "document"):
        keys, codings, cases = _owner_cells(project, variable, filters, nodes)
    else:
        keys, codings, cases = _speaker_cells(project, variable, filters, nodes)

    units = Counter(_units(project, variable, filters))
    found_values = {v for k, v in enumerate(keys) if codings[:, k].any()}
    values = _ordered(variable, {v for v in units if v is not None} | found_values)
    columns = [CrossColumn(v, _label(variable, v, translate), units.get(v, 0))
               for v in values] + [CrossColumn(None, translate(MISSING), units.get(None, 0))]
    # a value nobody has (a category's unused value) reads the appended column of zeros
    key_of = {v: k for k, v in enumerate(keys)}
    picked = [key_of.get(v, len(keys) + 1) for v in values] + [len(keys)]
    zero = np.zeros((len(nodes), 1), dtype=np.int64)
    grids = {"codings": np.hstack([codings, zero])[:, picked], "cases": np.hstack([cases, zero])[:, picked]}

    siblings: dict[int | None, list[int]] = {}
    for i, node in enumerate(nodes):
        siblings.setdefault(node.code.parent_id, []).append(i)
    row_percent = {m: _percent_rows(grids[m]) for m in MEASURES}
    column_percent: dict[str, list] = {m: [None] * len(nodes) for m in MEASURES}
    for group in siblings.values():
        for measure in MEASURES:
            by_column = _percent_rows(grids[measure][group].T)
            for g, i in enumerate(group):
                column_percent[measure][i] = tuple(shares[g] for shares in by_column)
    cells = {m: grids[m].tolist() for m in MEASURES}
    rows = []
    for i, node in enumerate(nodes):
        rows.append(CrossRow(node.code.id, node.path, node.code.name, node.depth, node.code.parent_id,
                             tuple(cells["codings"][i]), tuple(cells["cases"][i]), row_percent["codings"][i],
                             column_percent["codings"][i], row_percent["cases"][i], column_percent["cases"][i]))
    name = translate(ROLE_LABEL) if variable == ROLE else variable.name
    target = "respondent" if variable == ROLE else variable.target
    return Crosstab(name, target, tuple(columns), tuple(rows))


# Both ways of counting give (the distinct values found, then per code in tree order and per
# value the branch's codings and its cases, the last column being the missing value).
Cells = tuple[list[Any], np.ndarray, np.ndarray]


def _speaker_cells(project: Project, variable: Variable | str, filters: Filters, nodes: list) -> Cells:
    """A respondent attribute or the role: the value is the speaker's, found per coding in SQL."""
    condition, params = where(filters)
    value_sql, value_params = _value_sql(variable)
    cases_sql, case_params = case_condition(filters, "r.case_id")  # a shared document's other cases stay out
    found = project.db.execute(
        f"SELECT g.code_id, {value_sql} AS v, count(DISTINCT g.id), group_concat(DISTINCT r.case_id) "
        f"FROM codings g LEFT {_CASE_JOIN} AND {cases_sql} WHERE {condition} GROUP BY 1, 2",
        value_params + case_params + params).fetchall()
    parent = {node.code.id: node.code.parent_id for node in nodes}
    branch_codings: Counter[tuple[int, Any]] = Counter()
    branch_cases: dict[tuple[int, Any], set[str]] = {}
    for code, value, codings, cases in found:
        cases = set(cases.split(",")) if cases else set()
        while code is not None:
            branch_codings[code, value] += codings
            branch_cases.setdefault((code, value), set()).update(cases)
            code = parent.get(code)
    keys = list(dict.fromkeys(value for _code, value in branch_codings if value is not None))
    column = {v: k for k, v in enumerate(keys)}
    row = {node.code.id: i for i, node in enumerate(nodes)}
    codings = np.zeros((len(nodes), len(keys) + 1), dtype=np.int64)
    cases = np.zeros_like(codings)
    for (code, value), n in branch_codings.items():
        k = len(keys) if value is None else column[value]
        codings[row[code], k] = n
        cases[row[code], k] = len(branch_cases[code, value])
    return keys, codings, cases


def _owner_cells(project: Project, variable: Variable, filters: Filters, nodes: list) -> Cells:
    """A case or document attribute: the value belongs to a coding's cases or its document, so
    the cells follow from each code's documents (``code_documents``), which cases hold which
    documents as a whole, and the few codings that overlap a passage of a case."""
    sql, params = where(filters)
    countable = case_condition(filters, "r.case_id")
    by_case = variable.target == "case"
    stored = dict(project.db.execute(
        "SELECT target_id, value FROM attribute_values WHERE variable_id = ?", [variable.id]).fetchall())
    keys = list(dict.fromkeys(stored.values()))
    missing, width = len(keys), len(keys) + 1
    whole = whole_document_cases(project, countable)
    hits = np.array(passage_hits(project, sql, params, countable), dtype=np.int64).reshape(-1, 4)
    own = code_documents(project, sql, params)
    row_of = position_lookup({node.code.id: i for i, node in enumerate(nodes)})
    # one entry per coding: its row and its document
    rows = np.repeat(row_of[np.array(list(own), dtype=np.int64)], [len(o.documents) for o in own.values()])
    documents = np.concatenate([o.documents for o in own.values()]) if own else np.zeros(0, dtype=np.int64)
    largest = max([0, *stored, int(whole.max(initial=0)), int(hits.max(initial=0)), int(documents.max(initial=0))])
    value_of = np.full(largest + 1, missing, dtype=np.int64)  # a case's or a document's value
    position = {v: k for k, v in enumerate(keys)}
    value_of[list(stored)] = [position[v] for v in stored.values()]
    whole_value = value_of[whole[:, 1 if by_case else 0]]
    hit_rows, hit_value = row_of[hits[:, 0]], value_of[hits[:, 3 if by_case else 2]]
    size = len(nodes)

    # codings: once for each value among the coding's cases (missing without any countable
    # case) for a case attribute; the value of its document for a document attribute
    if by_case:
        # a document's distinct values: two of its cases with the same value count once
        pairs = np.unique(whole[:, 0] * width + whole_value)
        pair_documents, pair_values = pairs // width, pairs % width
        coding, picked, many = _expand(documents, pair_documents)
        codings = _count(rows[coding], pair_values[picked], size, width)
        codings += _count(rows[many == 0], np.full(int(np.count_nonzero(many == 0)), missing), size, width)
        _add_passage_values(codings, hits, hit_rows, hit_value, pair_documents, pair_values, missing)
    else:
        codings = _count(rows, value_of[documents], size, width)

    # cases: a unit is a case with a value (for a document attribute, a case and the value of
    # a document it holds), so a case counts once per value; a branch unites its codes' units
    unit_keys = np.concatenate([whole[:, 1] * width + whole_value, hits[:, 3] * width + hit_value])
    unique_units, unit_of = np.unique(unit_keys, return_inverse=True)
    whole_unit, hit_unit = unit_of[:len(whole)], unit_of[len(whole):]
    coding, picked, _many = _expand(documents, whole[:, 0])
    present = _count(rows[coding], whole_unit[picked], size, len(unique_units))
    present += _count(hit_rows, hit_unit, size, len(unique_units))

    # branch totals, children before their parents: codings add up (a coding has one code),
    # units unite (a sum above 0 means present)
    index = {node.code.id: i for i, node in enumerate(nodes)}
    for i in range(size - 1, -1, -1):
        parent_id = nodes[i].code.parent_id
        if parent_id is not None:
            codings[index[parent_id]] += codings[i]
            present[index[parent_id]] += present[i]
    code_rows, units = np.nonzero(present)
    cases = _count(code_rows, unique_units[units] % width, size, width)
    return keys, codings, cases


def _count(rows: np.ndarray, columns: np.ndarray, size: int, width: int) -> np.ndarray:
    """How often each (row, column) pair occurs, as a size x width grid."""
    return np.bincount(rows * width + columns, minlength=size * width).reshape(size, width)


def _expand(documents: np.ndarray, table: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pair every coding (its document in ``documents``) with every entry of ``table`` (sorted
    document ids) for its document: (the coding, the entry, per coding how many entries)."""
    # where each document's entries start, by array lookup: cheaper than a binary search per coding
    bound = max(int(documents.max(initial=0)), int(table.max(initial=0))) + 1
    many_of = np.bincount(table, minlength=bound)
    first_of = np.cumsum(many_of) - many_of
    first, many = first_of[documents], many_of[documents]
    coding = np.repeat(np.arange(len(documents)), many)
    picked = np.repeat(first - (np.cumsum(many) - many), many) + np.arange(int(many.sum()))
    return coding, picked, many


def _add_passage_values(codings: np.ndarray, hits: np.ndarray, hit_rows: np.ndarray, hit_value: np.ndarray,
                        pair_documents: np.ndarray, pair_values: np.ndarray, missing: int) -> None:
    """Correct the codings counted from whole documents for the codings that also overlap a
    passage of a case: such a coding has the values of its document's cases and of its
    passage cases, each once, and is no longer without a case."""
    extra: dict[int, tuple[int, int, set[int]]] = {}
    for (_code, coding_id, document, _case), row, value in zip(hits.tolist(), hit_rows.tolist(), hit_value.tolist()):
        extra.setdefault(coding_id, (row, document, set()))[2].add(value)
    whole_values: dict[int, set[int]] = {}  # of the documents with a passage hit only
    near = np.isin(pair_documents, hits[:, 2])
    for document, value in zip(pair_documents[near].tolist(), pair_values[near].tolist()):
        whole_values.setdefault(document, set()).add(value)
    for row, document, values in extra.values():
        counted = whole_values.get(document) or {missing}  # no case at all: counted as missing
        now = whole_values.get(document, set()) | values
        for value in now - counted:
            codings[row, value] += 1
        for value in counted - now:
            codings[row, value] -= 1


def _label(variable: Variable | str, value: Any, translate: Translate) -> str:
    return str(value) if variable == ROLE else display(variable, value, translate)
