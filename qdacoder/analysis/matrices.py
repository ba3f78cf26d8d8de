"""The code x case and code x document matrix: per code and case (document) the number of
codings, or whether the code occurs there at all; a cell opens its codings.

Design rules:
- One source of truth: the window, the exports, the charts and the command line call
  ``code_matrix``; ``cell_codings`` selects a cell's codings with the SQL join of the case
  rule (``frequencies._CASE_JOIN``), and the tests hold the two to the same numbers.
- Counting reads, per code, the document of each of its codings that pass the filter (the
  same reading as the code frequencies, ``frequencies.code_documents``) and adds them up into
  the cells with array arithmetic: a coding counts for every case that holds its document as
  a whole, and for a case whose passage it overlaps (SQL starting from the few passage
  ranges). A coding counts once per case, however many passages of that case it meets. This
  is several times faster than joining every coding to its cases in SQL.
- A parent's cell (``with_subcodes``) counts the codings of its whole branch. Each coding has
  exactly one code, so the branch's distinct codings in a cell are the sum of its codes'
  cells: the parents are summed from the counted cells up the tree (a closure over the cells,
  never a loop over codings), which is what a recursive closure in SQL would give, at half
  the cost.
- Columns: the cases that pass the case-level filters (by name), or the documents in scope.
  A case without any document (or passage) that passes the document-level filters is "not
  known": its cells are None, never 0 (see ``frequency_table`` for the scope).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..core.codes import walk_tree
from ..core.project import Project
from .filters import NO_FILTERS, Filters, where
from .frequencies import _CASE_JOIN, code_documents, passage_codings, whole_document_cases
from .frequency_table import case_columns, documents_in_scope

COLUMN_KINDS = ("cases", "documents")


@dataclass(frozen=True)
class MatrixRow:
    code_id: int
    path: str
    name: str
    depth: int
    has_subcodes: bool


@dataclass(frozen=True)
class MatrixColumn:
    id: int
    name: str
    known: bool = True  # False: no document of the filtered kind, every cell None


@dataclass(frozen=True)
class Matrix:
    columns_kind: str  # "cases" or "documents"
    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    counts: tuple[tuple[int | None, ...], ...]  # [row][column]: codings; None: not known
    with_subcodes: bool

    def presence(self) -> list[list[bool | None]]:
        """Whether the code (its branch) occurs in each case (document); None: not known."""
        return [[None if n is None else n > 0 for n in row] for row in self.counts]

    def values(self, presence: bool = False) -> list[list[int | None]]:
        """The counts, or presence as 1/0; None: not known."""
        if not presence:
            return [list(row) for row in self.counts]
        return [[None if n is None else int(n > 0) for n in row] for row in self.counts]

    def cell(self, code_id: int, column_id: int) -> int | None:
        row = next(i for i, r in enumerate(self.rows) if r.code_id == code_id)
        column = next(j for j, c in enumerate(self.columns) if c.id == column_id)
        return self.counts[row][column]

    @property
    def row_labels(self) -> list[str]:
        return [r.path for r in self.rows]

    @property
    def column_labels(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def known_columns(self) -> int:
        return sum(c.known for c in self.columns)


def _check_kind(columns: str) -> None:
    if columns not in COLUMN_KINDS:
        raise ValueError(f"columns must be one of {COLUMN_KINDS}, not {columns!r}")  # a programming error


def _tree(project: Project) -> tuple[list, dict[int, int | None]]:
    nodes = list(walk_tree(project))
    return nodes, {n.code.id: n.code.parent_id for n in nodes}


def _branch(code_ids: Iterable[int], parent_of: dict[int, int | None]) -> set[int]:
    """The codes and all their descendants."""
    wanted, found = set(code_ids), set()
    for code_id in parent_of:
        current = code_id
        while current is not None:
            if current in wanted:
                found.add(code_id)
                break
            current = parent_of.get(current)
    return found


def _columns(project: Project, columns: str, filters: Filters) -> list[MatrixColumn]:
    if columns == "cases":
        return [MatrixColumn(i, name, known) for i, name, known in case_columns(project, filters)]
    return [MatrixColumn(i, name) for i, name in documents_in_scope(project, filters)]


def position_lookup(positions: dict[int, int], largest: int = 0) -> np.ndarray:
    """An array mapping every id (and at least those up to ``largest``) to its position (-1: none)."""
    table = np.full(max(largest, max(positions, default=0)) + 1, -1, dtype=np.int64)
    table[list(positions)] = list(positions.values())
    return table


def _grid(project: Project, columns: str, filters: Filters, counted: list[int] | None,
          rows: dict[int, int], heads: list[MatrixColumn]) -> np.ndarray:
    """The codings of each code (row) in each case or document (column)."""
    sql, params = where(filters)
    if counted is not None:
        sql, params = f"g.code_id IN ({','.join('?' for _ in counted) or 'NULL'}) AND {sql}", list(counted) + params
    own = code_documents(project, sql, params)
    grid = np.zeros((len(rows), len(heads)), dtype=np.int64)
    if not own or not heads:
        return grid
    # one entry per coding: its row and its document
    coded_rows = np.repeat([rows[c] for c in own], [len(o.documents) for o in own.values()])
    documents = np.concatenate([o.documents for o in own.values()])
    top = int(documents.max())
    if columns == "documents":
        where_column = position_lookup({c.id: j for j, c in enumerate(heads)}, top)[documents]
        _add(grid, coded_rows, where_column)
        return grid
    column_of = position_lookup({c.id: j for j, c in enumerate(heads)}, 0)
    # whole documents: a coding counts for every case its document belongs to as a whole
    # (a case holds a document at most once as a whole: a unique index says so)
    whole = whole_document_cases(project)
    whole = whole[whole[:, 1] < len(column_of)]
    whole = whole[column_of[whole[:, 1]] >= 0]  # only cases that are columns
    first = np.searchsorted(whole[:, 0], documents, "left")
    many = np.searchsorted(whole[:, 0], documents, "right") - first  # cases of each coding's document
    picked = np.repeat(first, many) + np.arange(many.sum()) - np.repeat(np.cumsum(many) - many, many)
    _add(grid, np.repeat(coded_rows, many), column_of[whole[picked, 1]])
    for code_id, case_id, n in passage_codings(project, sql, params):
        if case_id < len(column_of) and column_of[case_id] >= 0:
            grid[rows[code_id], column_of[case_id]] += n
    return grid


def _add(grid: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> None:
    """Count each (row, column) pair into ``grid``; column -1 is not a column and is skipped."""
    kept = columns >= 0
    cells = rows[kept] * grid.shape[1] + columns[kept]
    grid += np.bincount(cells, minlength=grid.size).reshape(grid.shape)


def code_matrix(project: Project, columns: str = "cases", *, filters: Filters = NO_FILTERS,
                code_ids: Iterable[int] | None = None, with_subcodes: bool = True) -> Matrix:
    """Codes (all, or ``code_ids``; in tree order) by cases or documents."""
    _check_kind(columns)
    nodes, parent_of = _tree(project)
    shown = set(parent_of) if code_ids is None else set(code_ids) & set(parent_of)
    counted = None if code_ids is None else sorted(_branch(shown, parent_of) if with_subcodes else shown)
    heads = _columns(project, columns, filters)
    index = {n.code.id: i for i, n in enumerate(nodes)}
    grid = _grid(project, columns, filters, counted, index, heads)
    if with_subcodes:  # children come after their parent in tree order: add them bottom-up
        for node in reversed(nodes):
            if node.code.parent_id is not None:
                grid[index[node.code.parent_id]] += grid[index[node.code.id]]
    parents = set(parent_of.values())
    unknown = [j for j, c in enumerate(heads) if not c.known]
    out_rows, out_counts = [], []
    for node in nodes:
        if node.code.id not in shown:
            continue
        values = grid[index[node.code.id]].tolist()
        for j in unknown:
            values[j] = None
        out_rows.append(MatrixRow(node.code.id, node.path, node.code.name, node.depth, node.code.id in parents))
        out_counts.append(tuple(values))
    return Matrix(columns, tuple(out_rows), tuple(heads), tuple(out_counts), with_subcodes)


def _cell_source(columns: str, filters: Filters, code_ids: list[int] | None) -> tuple[str, str, list]:
    """(the column key, FROM ... WHERE over codings g, parameters) of a cell's codings."""
    condition, params = where(filters)
    codes = ""
    if code_ids is not None:
        codes = f" AND g.code_id IN ({','.join('?' for _ in code_ids) or 'NULL'})"
        params = params + list(code_ids)
    if columns == "cases":
        return "r.case_id", f"FROM codings g {_CASE_JOIN} WHERE {condition}{codes}", params
    return "g.document_id", f"FROM codings g WHERE {condition}{codes}", params


def cell_codings(project: Project, code_id: int, column_id: int, columns: str = "cases",
                 filters: Filters = NO_FILTERS, with_subcodes: bool = True) -> list[int]:
    """The ids of the codings a cell counts (in document order); none for a case that is not
    known."""
    _check_kind(columns)
    _nodes, parent_of = _tree(project)
    codes = sorted(_branch([code_id], parent_of)) if with_subcodes else [code_id]
    heads = {c.id: c for c in _columns(project, columns, filters)}
    if column_id not in heads or not heads[column_id].known:
        return []
    key, source, params = _cell_source(columns, filters, codes)
    return [r["id"] for r in project.rows(
        f"SELECT DISTINCT g.id, g.document_id, g.start {source} AND {key} = ? ORDER BY g.document_id, g.start, g.id",
        params + [column_id])]
