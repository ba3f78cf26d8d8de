"""Timeline events as tables: CSV and Excel (.xlsx), one row per event, for teams that draw
timelines in Excel first.

Design rules (why):
- Columns: case, lane, start, end, precision, label, turning point, provider, care type,
  outside family, memo; the first row names them, in any order and any case ("_" counts as a
  space). Dutch names are synonyms (casus, baan, begin, eind, precisie, omschrijving,
  schakelmoment, aanbieder, zorgvorm, buiten gezin, notitie). Case, lane and start are
  required. An unknown column is refused with its name: a typo would otherwise lose a column
  silently (as for codebook tables).
- Every row passes the checks of ``qdacoder.core.events`` (lane, start and end to their
  precision, end not before start, type of help), cell by cell, so an imported event is one
  that could have been added by hand. All bad cells are collected and the whole file is
  refused, naming row (the header is row 1, as Excel shows), column and reason for at most
  ten of them. Nothing is written then.
- A good file is imported as one undoable step. A case name not in the project creates the
  case. Rows only add events: a row exactly equal to an event its case already has (or to an
  earlier row) is skipped, so importing the same file twice adds nothing; a changed row is a
  new event, never an edit of an old one.
- Cells are read as people type them: lane values in any case, also the English lane names
  the chart shows; precision day/month/year/age or dag/maand/jaar/leeftijd, and when empty it
  is read off the start ("2015" year, "2015-03" month, "2015-03-12" day, "8" or "8,5" age);
  dates also as 12-03-2015 and months as 03-2015 (Dutch Excel writes those); an Excel date
  cell is cut to the row's precision (Excel turns a typed "2015-03" into 1 March 2015);
  turning point yes/no/ja/nee/1/0/true/false (empty: no); outside family the same, but
  empty is "not known".
- Export writes the same columns in English, events by case, lane order and start. In CSV an
  age gets a decimal comma (Dutch Excel would read "8.5" as a date); in Excel years and ages
  are numbers and months and days text, so Excel converts nothing. Prefer .xlsx: Excel may
  still turn months in a CSV into dates when it opens one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from qdacoder.core.cases import find_case, insert_case
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed, QdaError, ValidationError
from qdacoder.core.events import (CARE_TYPES, check_care_type, check_lane, check_order, check_when, event_values,
                                  insert_event, list_events)
from qdacoder.core.journal import Journal
from qdacoder.core.project import Project
from qdacoder.core.schema import LANES, PRECISIONS
from qdacoder.exchange.tables import csv_bytes, table_reader, write_atomically, xlsx_bytes
from qdacoder.exchange.validate import FLAG_WORDS
from qdacoder.importers.fileio import read_bytes

COLUMNS = ("case", "lane", "start", "end", "precision", "label", "turning point", "provider", "care type",
           "outside family", "memo")
REQUIRED = ("case", "lane", "start")
_DUTCH = {"casus": "case", "baan": "lane", "begin": "start", "eind": "end", "einde": "end", "precisie": "precision",
          "omschrijving": "label", "schakelmoment": "turning point", "aanbieder": "provider",
          "zorgaanbieder": "provider", "zorgvorm": "care type", "hulpvorm": "care type",
          "buiten gezin": "outside family", "buiten het gezin": "outside family", "notitie": "memo"}
_HEADERS = {**{c: c for c in COLUMNS}, **_DUTCH}
_LANES = {**{lane: lane for lane in LANES}, "living": "wonen", "school": "onderwijs", "help": "hulp",
          "family": "gezin", "diagnosis": "diagnose", "life events": "leven"}
_PRECISIONS = {**{p: p for p in PRECISIONS}, "dag": "day", "maand": "month", "jaar": "year", "leeftijd": "age"}
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[-/](\d{4})$")
MAX_FILE_SIZE = 50 * 1024 * 1024
# one import of this many events (their fields, then an undo record each) stays well under
# 1 GB; a case's timeline holds tens of events (issue 21)
MAX_ROWS = 100_000
MAX_KEPT = 1_000  # bad cells kept (and counted beyond): a broken table must not fill the memory
MAX_LISTED = 10

UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: events are read from and written to .csv and .xlsx files, "
                                            "not {extension}.")
TOO_BIG = QT_TRANSLATE_NOOP("qdacoder", "{file}: the file is too large for a table of events (more than {limit} MB).")
NO_HEADER = QT_TRANSLATE_NOOP("qdacoder", "{file}, row 1: the first row must name the columns; known columns: {known}.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("qdacoder", "{file}, row 1: there is no column “{column}”; "
                                               "known columns: {known}.")
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("qdacoder", "{file}, row 1: unknown column “{column}”; known columns: {known}.")
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP("qdacoder", "{file}, row 1: the column “{column}” appears twice.")
UNNAMED_COLUMN = QT_TRANSLATE_NOOP("qdacoder", "{file}, row {row}, column {number}: this cell has a value, but its "
                                               "column has no name in the first row.")
# the same sentences as the attribute table's, so they are translated once
BAD_CELLS = QT_TRANSLATE_NOOP("qdacoder", "{file}: nothing was imported, because of {count} problem(s):\n{listed}")
BAD_CELL = QT_TRANSLATE_NOOP("qdacoder", "row {row}, column “{column}”: {reason}")
MORE = QT_TRANSLATE_NOOP("qdacoder", "and {count} more.")
NO_CASE = QT_TRANSLATE_NOOP("qdacoder", "A row needs the name of its case.")
NOT_A_PRECISION = QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not a precision. Choose one of: day, month, year, "
                                                "age (dag, maand, jaar, leeftijd).")
NO_PRECISION = QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not a date (2015-03-12, 2015-03, 2015) or an age (8 or "
                                             "8,5); write it so, or give its precision.")
NOT_A_FLAG = QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not yes or no (ja/nee, 1/0).")


def identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class BadCell:
    row: int
    column: str  # as written in the header
    error: QdaError


class EventTableError(ImportFailed):
    """A table of events that cannot be read or written; ``cells`` holds every bad cell,
    also those the message leaves out."""

    def __init__(self, template: str, *, file: str, cells: tuple[BadCell, ...] = (), **params: object) -> None:
        super().__init__(template, file=file, **params)
        self.cells = cells


def _refuse(file: str, cells: list[BadCell], count: int, translate) -> EventTableError:
    """The refusal for ``count`` bad cells, of which ``cells`` are the first."""
    listed = [translate(BAD_CELL).format(row=c.row, column=c.column,
                                         reason=translate(c.error.template).format(**c.error.params))
              for c in cells[:MAX_LISTED]]
    if count > MAX_LISTED:
        listed.append(translate(MORE).format(count=count - MAX_LISTED))
    return EventTableError(BAD_CELLS, file=file, cells=tuple(cells), count=count, listed="\n".join(listed))


@dataclass(frozen=True)
class EventImport:
    """What an import did: the journal's ``result``."""

    added: int
    skipped: int  # rows equal to an event already there (or to an earlier row)
    new_cases: tuple[str, ...]


# --- reading ---------------------------------------------------------------------------------
def import_events(project: Project, path: str | Path, *, translate=identity) -> Journal:
    """Add the events in the table at ``path`` as one undoable step (``result``: an
    ``EventImport``); raises ``EventTableError`` and then changes nothing. ``translate``
    (English template -> the user's language) is for the reasons listed in the message."""
    path = Path(path)
    file = path.name or str(path)
    extension = path.suffix.lower()
    if extension not in (".csv", ".xlsx"):
        raise EventTableError(UNSUPPORTED, file=file, extension=extension or "?")
    data = read_bytes(path, file, limit=MAX_FILE_SIZE, too_big=TOO_BIG, error=EventTableError)
    parsed, bad, count = [], [], 0
    with table_reader(data, file, extension, EventTableError, max_rows=MAX_ROWS) as rows:
        first = next(rows, None)  # streamed: the header is checked before the rows are read
        columns = _columns(first[1] if first else [], file)
        named = set(columns.values())
        for number, cells in rows:
            if all(_text(cell).strip() == "" for cell in cells):
                continue  # an empty row: Excel users leave them between cases
            for index, cell in enumerate(cells):
                if index not in named and _text(cell).strip():
                    raise EventTableError(UNNAMED_COLUMN, file=file, row=number, number=index + 1)
            problems: list[BadCell] = []
            fields = _row(number, cells, columns, problems)
            count += len(problems)
            bad.extend(problems[:MAX_KEPT - len(bad)])
            if fields is not None and not count:
                parsed.append(fields)  # once a row is bad nothing is added: no need to keep more
    if count:
        raise _refuse(file, bad, count, translate)
    return _add(project, parsed)


def _columns(header: list[Any], file: str) -> dict[tuple[str, str], int]:
    """(field, header as written) -> cell index."""
    known = ", ".join(COLUMNS) + " (" + ", ".join(_DUTCH) + ")"
    if not any(_text(cell).strip() for cell in header):
        raise EventTableError(NO_HEADER, file=file, known=known)
    columns: dict[tuple[str, str], int] = {}
    for index, cell in enumerate(header):
        written = _text(cell).strip()
        if not written:
            continue
        field = _HEADERS.get(" ".join(written.replace("_", " ").split()).casefold())
        if field is None:
            raise EventTableError(UNKNOWN_COLUMN, file=file, column=written, known=known)
        if any(f == field for f, _ in columns):
            raise EventTableError(DUPLICATE_COLUMN, file=file, column=written)
        columns[(field, written)] = index
    for field in REQUIRED:
        if not any(f == field for f, _ in columns):
            raise EventTableError(MISSING_COLUMN, file=file, column=field, known=known)
    return columns


def _row(number: int, cells: list[Any], columns: dict[tuple[str, str], int], bad: list[BadCell]) -> dict | None:
    """The event's fields, or None after adding this row's problems to ``bad``."""
    raw = {field: cells[i] if i < len(cells) else None for (field, _), i in columns.items()}
    header = {field: written for field, written in columns}
    problems: list[BadCell] = []

    def check(field: str, test):
        try:
            return test()
        except ValidationError as error:
            problems.append(BadCell(number, header.get(field, field), error))
            return None

    def word(field: str) -> str:
        return _text(raw.get(field)).strip()

    fields: dict[str, Any] = {"case": " ".join(word("case").split()), "label": word("label"),
                              "provider": word("provider"), "memo": _text(raw.get("memo"))}
    if not fields["case"]:
        problems.append(BadCell(number, header["case"], ValidationError(NO_CASE)))
    fields["lane"] = check("lane", lambda: check_lane(_LANES.get(word("lane").casefold(), word("lane"))))
    fields["care_type"] = check("care type", lambda: check_care_type(
        next((c for c in CARE_TYPES if c.casefold() == word("care type").casefold()), word("care type"))))
    fields["turning_point"] = check("turning point", lambda: bool(_flag(raw.get("turning point"))))
    fields["outside_family"] = check("outside family", lambda: _flag(raw.get("outside family")))
    # without a precision it is read off the start, so a start of no known form is the start's fault
    precision = check("precision" if word("precision") else "start",
                      lambda: _precision(word("precision"), raw.get("start")))
    if precision is not None:
        fields["precision"] = precision
        fields["start"] = check("start", lambda: check_when(precision, _when(raw.get("start"), precision),
                                                            required=True))
        fields["end"] = check("end", lambda: check_when(precision, _when(raw.get("end"), precision), required=False))
        if fields["start"] is not None and fields["end"] is not None:
            check("end", lambda: check_order(precision, fields["start"], fields["end"]))
    bad.extend(problems)
    return None if problems else fields


def _precision(written: str, start: Any) -> str:
    if written:
        if written.casefold() not in _PRECISIONS:
            raise ValidationError(NOT_A_PRECISION, value=written)
        return _PRECISIONS[written.casefold()]
    if isinstance(start, (date, datetime)):
        return "day"
    value = _when(start, "day")
    for precision in PRECISIONS:  # day, month, year, age: the first whose form fits
        try:
            check_when(precision, value, required=True)
            return precision
        except ValidationError:
            continue
    if not value:
        return "year"  # any precision will do: the start's own check says it is missing
    raise ValidationError(NO_PRECISION, value=value)


def _when(value: Any, precision: str) -> str:
    """A start or end as text in the project's form, where the cell's form is clear."""
    if isinstance(value, (date, datetime)):
        iso = (value.date() if isinstance(value, datetime) else value).isoformat()
        return {"month": iso[:7], "year": iso[:4]}.get(precision, iso)
    text = _text(value).strip()
    if (m := _DMY.match(text)) and precision == "day":
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if (m := _MY.match(text)) and precision in ("day", "month"):
        return f"{m[2]}-{int(m[1]):02d}"
    return text


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value).strip().casefold()
    if not text:
        return None
    if text not in FLAG_WORDS:
        raise ValidationError(NOT_A_FLAG, value=_text(value).strip())
    return FLAG_WORDS[text]


def _text(value: Any) -> str:
    """A cell (after ``plain_value``: 2015.0 is 2015, a date at midnight a date) as text."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


_SAME = ("lane", "precision", "start", "end", "label", "provider", "care_type", "outside_family", "turning_point",
         "memo")


def _add(project: Project, parsed: list[dict]) -> Journal:
    columns = ", ".join(f'"{k}"' for k in _SAME)  # "end" is an SQL keyword
    seen = {(r["case_id"], *(r[k] for k in _SAME)) for r in project.rows(f"SELECT case_id, {columns} FROM events")}
    with project.transaction("import events") as tx:
        case_ids: dict[str, int] = {}
        new_cases: list[str] = []
        added = skipped = 0
        for fields in parsed:
            name = fields.pop("case")
            if name not in case_ids:
                case = find_case(project, name)
                case_ids[name] = case.id if case else insert_case(tx, name)
                if case is None:
                    new_cases.append(name)
            values = event_values({**fields, "case_id": case_ids[name]})
            key = (values["case_id"], *(values[k] for k in _SAME))
            if key in seen:
                skipped += 1
                continue
            seen.add(key)
            insert_event(tx, **fields, case_id=case_ids[name])
            added += 1
        tx.result = EventImport(added, skipped, tuple(new_cases))
    return tx.journal


# --- writing ---------------------------------------------------------------------------------
def export_events(project: Project, path: str | Path) -> int:
    """Write every event of the project to ``path`` (.csv or .xlsx); returns how many.
    Raises ``EventTableError``; then no file was written."""
    path = Path(path)
    file = path.name or str(path)
    extension = path.suffix.lower()
    if extension not in (".csv", ".xlsx"):
        raise EventTableError(UNSUPPORTED, file=file, extension=extension or "?")
    names = {r["id"]: r["name"] for r in project.rows("SELECT id, name FROM cases")}
    order = {lane: index for index, lane in enumerate(LANES)}
    events = sorted(list_events(project), key=lambda e: (names[e.case_id].casefold(), order[e.lane],
                                                         _start_key(e.precision, e.start), e.id))
    rows = [[names[e.case_id], e.lane, e.start, e.end or "", e.precision, e.label, "yes" if e.turning_point else "no",
             e.provider, e.care_type, {True: "yes", False: "no", None: ""}[e.outside_family], e.memo] for e in events]
    data = _csv(rows) if extension == ".csv" else _xlsx(rows)
    write_atomically(path, data, file, EventTableError)
    return len(rows)


def _start_key(precision: str, value: str) -> tuple:
    return (0, float(value)) if precision == "age" else (1, *(int(p) for p in value.split("-")))


def _csv(rows: list[list[str]]) -> bytes:
    def comma(row):  # an age with a decimal comma: Dutch Excel reads "8.5" as a date
        return row if row[4] != "age" else row[:2] + [row[2].replace(".", ","), row[3].replace(".", ",")] + row[4:]

    return csv_bytes([list(COLUMNS)] + [comma(row) for row in rows])


def _xlsx(rows: list[list[str]]) -> bytes:
    # years and ages as numbers (Excel sorts and filters them); months and days stay text, or
    # Excel would turn "2015-03" into a full date
    return xlsx_bytes([list(COLUMNS)] + [[_number(v) if i in (2, 3) and row[4] in ("year", "age") and v else v
                                          for i, v in enumerate(row)] for row in rows])


def _number(value: str) -> int | float | str:
    number = int(value) if value.isdigit() else float(value)
    return number if _text(number) == value else value  # "08" stays text: it must come back the same
