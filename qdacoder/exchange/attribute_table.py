"""Attribute tables: the attribute values of cases, documents or respondents as CSV or Excel.

Design rules (why):
- One table: the first column names the case (document; respondent as "case name/label", or
  the label alone for a respondent of no case), then one column per attribute, headed by the
  attribute's name, in the project's order. A missing value is an empty cell, never "no" or 0.
- Export writes values as ``parse_value`` reads them back: numbers as numbers in Excel and
  with a decimal comma in CSV (Excel with Dutch settings reads them as numbers), yes/no as the
  translated "yes"/"no" (Dutch "ja"/"nee" is read back too), dates as YYYY-MM-DD.
- Import is all or nothing, one undo step. Every cell is checked first with
  ``core.attributes.parse_value`` (the one place that knows the types); ALL problems are
  reported together (counted; the first ``MAX_KEPT`` kept), each by row (as Excel shows it:
  the header is row 1) and column, and then nothing is changed.
- The table is read row by row, the header first, and refused at the first row past the caps
  (``MAX_ROWS``, ``MAX_VALUES``): what it holds in memory stays under 1 GB (issue 21).
- Rows and columns are matched by name, ignoring case and extra spaces (an exact match wins).
  A case that does not exist yet is created; a document or respondent that does not exist is
  a problem of its row (they come from imported texts, not from a table). A column for an
  attribute that does not exist creates it, with the type its filled cells fit: all numbers,
  else all yes/no, else all dates, else text (a category needs its list, so it is never
  guessed).
- An empty cell means "no value": it removes a value that was there. An attribute without a
  column, and a case without a row, keep their values. So exporting, editing and importing
  the table makes the project say exactly what the table says.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from qdacoder.analysis.case_summary import dutch_number
from qdacoder.core.attributes import (
    Variable, add_variable, display, list_variables, parse_value, set_values, values_of,
)
from qdacoder.core.cases import insert_case
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed, QdaError, Word, render
from qdacoder.core.journal import Journal
from qdacoder.core.project import Project
from qdacoder.exchange.tables import (
    column_letter, csv_bytes, table_reader, write_atomically, xlsx_bytes,
)
from qdacoder.importers.fileio import read_bytes

MAX_FILE_SIZE = 50 * 1024 * 1024
# what one import holds in memory (the cells, then an undo record per value) stays under 1 GB
# at these caps; a study has hundreds of cases, not tens of thousands (issue 21)
MAX_ROWS = 20_000
MAX_COLUMNS = 500
MAX_VALUES = 200_000  # rows times attribute columns
MAX_KEPT = 1_000  # problems kept (and counted beyond): a broken table must not fill the memory
MAX_LISTED = 10  # problems listed in one message; the rest are counted

UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: an attribute table is a .csv or .xlsx file, not {extension}.")
TOO_BIG = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file is too large for an attribute table (more than {limit} MB).")
NO_HEADER = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: the first row must name the columns: first “{key}”, then one column per attribute.")
WRONG_TABLE = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: the first column is “{column}”, but this table is read as one with a row per {key}.")
NAME_COLUMN = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: the first column must name the {key} of each row, but it is the attribute “{column}”.")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: the table has {count} columns; at most {limit} can be imported at once.")
TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the table has more than {limit} values (rows times attribute columns); split it into "
                "smaller tables.")
BAD_CELLS = QT_TRANSLATE_NOOP("qdacoder", "{file}: nothing was imported, because of {count} problem(s):\n{listed}")
CELL = QT_TRANSLATE_NOOP("qdacoder", "row {row}, column “{column}”: {reason}")
MORE = QT_TRANSLATE_NOOP("qdacoder", "and {count} more.")
UNNAMED = QT_TRANSLATE_NOOP("qdacoder", "this cell has a value, but its column has no name in the first row.")
TWICE = QT_TRANSLATE_NOOP("qdacoder", "this column appears twice (also column {other}).")
NO_NAME = QT_TRANSLATE_NOOP("qdacoder", "the row has values but no name.")
SAME_ROW = QT_TRANSLATE_NOOP("qdacoder", "“{name}” is also in row {other}.")
NOT_FOUND = {
    "document": QT_TRANSLATE_NOOP("qdacoder", "there is no document “{name}” in the project."),
    "respondent": QT_TRANSLATE_NOOP(
        "qdacoder", "there is no respondent “{name}” in the project (write “case name/label”, or the label alone)."),
}
AMBIGUOUS = QT_TRANSLATE_NOOP("qdacoder", "“{name}” fits more than one {key}; write it exactly as in the project.")
# what a row of the table is, in the messages (the table's first column may use the Dutch word)
_KEYS = {"case": Word(QT_TRANSLATE_NOOP("qdacoder", "case")), "document": Word(QT_TRANSLATE_NOOP("qdacoder", "document")),
         "respondent": Word(QT_TRANSLATE_NOOP("qdacoder", "respondent"))}
_TARGET_WORDS = {"case": {"case", "casus"}, "document": {"document"}, "respondent": {"respondent"}}


class AttributeTableError(ImportFailed):
    """An attribute table that cannot be read, imported or written. ``cells`` holds every
    problem found in the cells as (row, column, reason), also those the message leaves out."""

    def __init__(self, template: str, *, file: str, cells: list[tuple[int, str, str]] | None = None,
                 **params: object) -> None:
        super().__init__(template, file=file, **params)
        self.cells = list(cells or [])


@dataclass(frozen=True)
class ImportReport:
    rows: int  # rows with a name
    cases_created: list[str]
    variables_created: list[tuple[str, str]]  # (name, type)
    values_set: int  # values added or changed
    values_removed: int  # values an empty cell removed

    def as_dict(self) -> dict:
        return asdict(self)


def _same(text: str) -> str:
    return text


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _text(value: Any) -> str:
    return "" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value)


def _targets(project: Project, target: str) -> list[tuple[str, int]]:
    """(name as in the table, id) of every case, document or respondent, in table order."""
    if target == "respondent":
        rows = project.rows("SELECT r.id, r.label, c.name AS case_name FROM respondents r LEFT JOIN cases c "
                            "ON c.id = r.case_id ORDER BY c.name IS NULL, c.name, r.label")
        return [(r["label"] if r["case_name"] is None else f"{r['case_name']}/{r['label']}", r["id"]) for r in rows]
    table = {"case": "cases", "document": "documents"}[target]
    return [(r["name"], r["id"]) for r in project.rows(f"SELECT id, name FROM {table} ORDER BY name")]


def _check_extension(path: str | os.PathLike) -> tuple[Path, str, str]:
    path = Path(path)
    file, extension = path.name or str(path), path.suffix.lower()
    if extension not in (".csv", ".xlsx"):
        raise AttributeTableError(UNSUPPORTED, file=file, extension=extension or "?")
    return path, file, extension


# --- export ----------------------------------------------------------------------------------
def export_attributes(project: Project, target: str, path: str | os.PathLike, *,
                      translate: Callable[[str], str] = _same) -> int:
    """Write the attribute table of ``target`` to ``path`` (.csv or .xlsx); the number of rows."""
    path, file, extension = _check_extension(path)
    variables = list_variables(project, target)
    values = values_of(project, target)
    rows = [[name] + [_out(v, values.get(i, {}).get(v.id), extension, translate) for v in variables]
            for name, i in _targets(project, target)]
    header = [target] + [v.name for v in variables]
    data = csv_bytes([header] + rows) if extension == ".csv" else xlsx_bytes([header] + rows, freeze="B2")
    write_atomically(path, data, file, AttributeTableError)
    return len(rows)


def _out(variable: Variable, value: Any, extension: str, translate: Callable[[str], str]) -> Any:
    if value is None:
        return None if extension == ".xlsx" else ""
    if variable.type == "number":
        return value if extension == ".xlsx" else dutch_number(value)
    if variable.type == "date" and extension == ".xlsx":
        return dt.date.fromisoformat(value)
    return display(variable, value, translate)


# --- import ----------------------------------------------------------------------------------
def import_attributes(project: Project, target: str, path: str | os.PathLike, *,
                      translate: Callable[[str], str] = _same) -> Journal:
    """Set the values in the table at ``path`` (one undo step); ``result`` is an
    ``ImportReport``. Raises ``AttributeTableError`` naming every problem; then nothing changed."""
    path, file, extension = _check_extension(path)
    data = read_bytes(path, file, limit=MAX_FILE_SIZE, too_big=TOO_BIG, error=AttributeTableError)
    plan = _Plan(project, target, file, translate)
    with table_reader(data, file, extension, AttributeTableError, max_rows=MAX_ROWS) as rows:
        plan.read(rows)  # streamed: the header is checked before the rows are read
    if plan.count:
        listed = [translate(CELL).format(row=r, column=c, reason=why) for r, c, why in plan.problems[:MAX_LISTED]]
        if plan.count > MAX_LISTED:
            listed.append(translate(MORE).format(count=plan.count - MAX_LISTED))
        raise AttributeTableError(BAD_CELLS, file=file, count=plan.count, listed="\n".join(listed),
                                  cells=plan.problems)
    return plan.apply()


class _Plan:
    """What a table will change, worked out and checked before anything is written."""

    def __init__(self, project: Project, target: str, file: str, translate: Callable[[str], str]) -> None:
        self.project, self.target, self.file, self.translate = project, target, file, translate
        self.problems: list[tuple[int, str, str]] = []  # the first MAX_KEPT
        self.count = 0  # all problems
        self.columns: list[tuple[int, Variable]] = []  # (cell index, variable; id 0: to create)
        self.rows: list[tuple[int, str, int | None, list[Any]]] = []  # (row, name, id; None: new case, cells)
        self.unnamed: list[int] = []  # cell indexes of columns without a name

    def problem(self, row: int, column: str, template: str, **params: Any) -> None:
        self.count += 1
        if len(self.problems) < MAX_KEPT:
            self.problems.append((row, column, render(template, params, self.translate)))

    def read(self, rows: Iterator[tuple[int, list[Any]]]) -> None:
        first = next(rows, None)
        if first is None or not any(_text(c).strip() for c in first[1]):
            raise AttributeTableError(NO_HEADER, file=self.file, key=_KEYS[self.target])
        header = [" ".join(_text(c).split()) for c in first[1]]
        while header and not header[-1]:
            header.pop()  # Excel pads a row with empty cells up to the widest one
        if len(header) > MAX_COLUMNS + 1:
            raise AttributeTableError(TOO_WIDE, file=self.file, count=len(header), limit=MAX_COLUMNS + 1)
        if any(_fold(header[0]) in words for key, words in _TARGET_WORDS.items() if key != self.target):
            raise AttributeTableError(WRONG_TABLE, file=self.file, column=header[0], key=_KEYS[self.target])
        existing = list_variables(self.project, self.target)
        if header[0] and any(_fold(v.name) == _fold(header[0]) for v in existing):
            # a table without its name column would create a case per value: "14", "16", ...
            raise AttributeTableError(NAME_COLUMN, file=self.file, column=header[0], key=_KEYS[self.target])
        self.key_column = header[0] or self.target
        self._read_header(header, existing)
        self._read_rows(rows, len(header))
        self._infer_types()
        for (number, _name, _id, cells) in self.rows:
            for index, variable in self.columns:
                try:
                    parse_value(variable, cells[index] if index < len(cells) else None)
                except QdaError as error:
                    self.problem(number, variable.name, error.template, **error.params)
        self.problems.sort(key=lambda p: p[0])  # row by row, as the researcher will fix them

    def _read_header(self, header: list[str], existing: list[Variable]) -> None:
        seen: dict[str, int] = {}
        self.unnamed = [i for i in range(1, len(header)) if not header[i]]
        for index in range(1, len(header)):
            name = header[index]
            if not name:
                continue
            if _fold(name) in seen:
                self.problem(1, name, TWICE, other=column_letter(seen[_fold(name)]))
                continue
            seen[_fold(name)] = index
            match = next((v for v in existing if v.name == name), None) or next(
                (v for v in existing if _fold(v.name) == _fold(name)), None)
            self.columns.append((index, match or Variable(0, "", self.target, name, "text", (), "", 0)))

    def _read_rows(self, rows: Iterator[tuple[int, list[Any]]], width: int) -> None:
        known = _targets(self.project, self.target)
        seen: dict[str, int] = {}
        max_rows = MAX_VALUES // max(1, len(self.columns))
        for number, cells in rows:
            if not any(_text(c).strip() for c in cells):
                continue
            if len(self.rows) >= max_rows:
                raise AttributeTableError(TOO_MANY_VALUES, file=self.file, limit=MAX_VALUES)
            for index in self.unnamed + list(range(width, len(cells))):
                if index < len(cells) and _text(cells[index]).strip():
                    self.problem(number, column_letter(index), UNNAMED)
            del cells[width:]  # only the named columns are kept
            name = " ".join(_text(cells[0]).split())
            if not name:
                self.problem(number, self.key_column, NO_NAME)
                continue
            if _fold(name) in seen:
                self.problem(number, self.key_column, SAME_ROW, name=name, other=seen[_fold(name)])
                continue
            seen[_fold(name)] = number
            exact = [i for n, i in known if n == name]
            folded = exact or [i for n, i in known if _fold(n) == _fold(name)]
            if len(folded) > 1:
                self.problem(number, self.key_column, AMBIGUOUS, name=name, key=_KEYS[self.target])
            elif not folded and self.target != "case":
                self.problem(number, self.key_column, NOT_FOUND[self.target], name=name)
            self.rows.append((number, name, folded[0] if folded else None, cells))

    def _infer_types(self) -> None:
        for k, (index, variable) in enumerate(self.columns):
            if variable.id:
                continue
            filled = [cells[index] for _n, _name, _id, cells in self.rows
                      if index < len(cells) and _text(cells[index]).strip()]
            for kind in ("number", "boolean", "date"):
                trial = Variable(0, "", self.target, variable.name, kind, (), "", 0)
                if filled and all(_fits(trial, value) for value in filled):
                    self.columns[k] = (index, trial)
                    break

    def apply(self) -> Journal:
        with self.project.transaction("import attributes") as tx:
            created_cases, ids = [], []
            for _number, name, target_id, _cells in self.rows:
                if target_id is None:
                    target_id = insert_case(tx, name)
                    created_cases.append(name)
                ids.append(target_id)
            variable_ids, created_variables = [], []
            for _index, variable in self.columns:
                if not variable.id:
                    journal = add_variable(self.project, target=self.target, name=variable.name, type=variable.type)
                    tx.journal.steps.extend(journal.steps)  # one undo step for the whole import
                    created_variables.append((variable.name, variable.type))
                    variable_ids.append(journal.result)
                else:
                    variable_ids.append(variable.id)
            changes = [(variable_id, target_id, cells[index] if index < len(cells) else None)
                       for target_id, (_n, _name, _id, cells) in zip(ids, self.rows)
                       for variable_id, (index, _v) in zip(variable_ids, self.columns)]
            journal = set_values(self.project, changes)
            tx.journal.steps.extend(journal.steps)
            removed = sum(1 for step in journal.steps if step.after is None)
            tx.result = ImportReport(len(ids), created_cases, created_variables,
                                     len(journal.steps) - removed, removed)
        return tx.journal


def _fits(variable: Variable, value: Any) -> bool:
    if variable.type == "number" and isinstance(value, str) and re.match(r"\s*[+-]?0\d", value):
        # a leading zero ("0612345678", a client number "007") is an identifier, not a
        # number: guessing "number" would drop the zero
        return False
    try:
        parse_value(variable, value)
    except QdaError:
        return False
    return True
