"""Codes by the values of an attribute: for example the factors by the respondent's role
("volgens ouders" against "volgens professionals") or by gemeente; per cell the codings and
the cases, with row and column percentages and each column's n.

Design rules:
- One source of truth: the window, the exports and the command line call ``crosstab``; every
  cell is an SQL aggregate over the codings that pass the filter (``filters.where``).
- Which value a coding has: a case attribute is the value of the coding's case (the same
  join as the code frequencies: its document is in the case, or it overlaps a passage assigned
  to it); a document attribute that of its document; a respondent attribute, and the
  pseudo-attribute ``ROLE`` (the respondent's role), those of the respondent linked to the
  speaker turn in which the coding starts (``filters.SPEAKER``). A coding whose case, speaker
  or value is unknown falls in the "missing" column, the last one: never in a value's column.
  A coding in two cases with different values counts in both columns; a case that fails the
  case filter is never one of a coding's cases (a document shared with a filtered case).
- A row is the code's branch (the code and its subcodes): its codings, and its distinct cases,
  so a case that mentions two subcodes counts once for the parent. One SQL aggregate per code
  and value gives the code's own codings and the set of its cases; a branch adds up its codes'
  codings (a coding has one code) and unites their case sets. Joining every coding once per
  ancestor (a closure, as in the code frequencies) doubled the rows to sort and cost twice the
  time at 200,000 codings.
- A case or document attribute's value comes from a join, not a scalar subquery per row: the
  same index lookup, without the cost of a subroutine call for each of the codings.
- Row percentages share a row's cells out over the columns (missing included); column
  percentages share a column's cells out over *sibling* codes (the top-level codes together,
  and the subcodes of one parent together), because a parent contains its subcodes and adding
  both would count a coding twice. A parent's own codings (not in a subcode) are left out of
  its subcodes' group. Both use the largest-remainder method, so every row and every sibling
  group adds up to exactly 100; None where there is nothing to share.
- A column's n is the number of units in scope with that value: cases for a case attribute,
  documents for a document attribute, respondents (who speak in a document in scope) for a
  respondent attribute or the role. Missing is the units in scope without a value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core.attributes import Variable, display, list_variables
from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from ..core.respondents import ROLES
from .case_summary import largest_remainder
from .filters import NO_FILTERS, SPEAKER, Filters, where
from .frequencies import _CASE_JOIN
from .filters import case_condition
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


def _value_join(variable: Variable | str) -> tuple[str, list[Any], str, list[Any]]:
    """The value of a coding row: (its SQL, parameters, a join it needs, the join's parameters)."""
    if isinstance(variable, Variable) and variable.target in ("case", "document"):
        owner = "r.case_id" if variable.target == "case" else "g.document_id"
        return "a.value", [], f"LEFT JOIN attribute_values a ON a.variable_id = ? AND a.target_id = {owner}", [variable.id]
    value_sql, value_params = _value_sql(variable)
    return value_sql, value_params, "", []


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
    return tuple(largest_remainder(cells)) if sum(cells) else tuple(None for _ in cells)


def crosstab(project: Project, variable: Variable | str, *, filters: Filters = NO_FILTERS,
             translate: Translate = _same) -> Crosstab:
    """Every code (in tree order) by the values of ``variable`` (an attribute, or ``ROLE``)."""
    condition, params = where(filters)
    value_sql, value_params, value_join, join_params = _value_join(variable)
    cases_sql, case_params = case_condition(filters, "r.case_id")  # a shared document's other cases stay out
    found = project.db.execute(
        f"SELECT g.code_id, {value_sql} AS v, count(DISTINCT g.id), group_concat(DISTINCT r.case_id) "
        f"FROM codings g LEFT {_CASE_JOIN} AND {cases_sql} {value_join} WHERE {condition} GROUP BY 1, 2",
        value_params + case_params + join_params + params).fetchall()
    nodes = list(walk_tree(project))
    parent = {node.code.id: node.code.parent_id for node in nodes}
    branch_codings: Counter[tuple[int, Any]] = Counter()
    branch_cases: dict[tuple[int, Any], set[str]] = {}
    for code, value, codings, cases in found:
        cases = set(cases.split(",")) if cases else set()
        while code is not None:
            branch_codings[code, value] += codings
            branch_cases.setdefault((code, value), set()).update(cases)
            code = parent.get(code)

    units = Counter(_units(project, variable, filters))
    found_values = {value for _code, value in branch_codings if value is not None}
    values = _ordered(variable, {v for v in units if v is not None} | found_values)
    columns = [CrossColumn(v, _label(variable, v, translate), units.get(v, 0))
               for v in values] + [CrossColumn(None, translate(MISSING), units.get(None, 0))]
    position = {v: j for j, v in enumerate(values)}
    cells: dict[int, tuple[list[int], list[int]]] = {}
    for (code, value), codings in branch_codings.items():
        row_codings, row_cases = cells.setdefault(code, ([0] * len(columns), [0] * len(columns)))
        j = len(values) if value is None else position[value]
        row_codings[j] = codings
        row_cases[j] = len(branch_cases[code, value])

    empty = ([0] * len(columns), [0] * len(columns))
    siblings: dict[int | None, list[int]] = {}
    for i, node in enumerate(nodes):
        siblings.setdefault(node.code.parent_id, []).append(i)
    column_percent = {m: [None] * len(nodes) for m in MEASURES}
    for group in siblings.values():
        for k, measure in enumerate(("codings", "cases")):
            grid = [cells.get(nodes[i].code.id, empty)[k] for i in group]
            by_column = [_percents([row[j] for row in grid]) for j in range(len(columns))]
            for g, i in enumerate(group):
                column_percent[measure][i] = tuple(by_column[j][g] for j in range(len(columns)))
    rows = []
    for i, node in enumerate(nodes):
        codings, cases = cells.get(node.code.id, empty)
        rows.append(CrossRow(node.code.id, node.path, node.code.name, node.depth, node.code.parent_id,
                             tuple(codings), tuple(cases), _percents(codings), column_percent["codings"][i],
                             _percents(cases), column_percent["cases"][i]))
    name = translate(ROLE_LABEL) if variable == ROLE else variable.name
    target = "respondent" if variable == ROLE else variable.target
    return Crosstab(name, target, tuple(columns), tuple(rows))


def _label(variable: Variable | str, value: Any, translate: Translate) -> str:
    return str(value) if variable == ROLE else display(variable, value, translate)
