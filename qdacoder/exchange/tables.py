"""Reading and writing tables (CSV and Excel) and writing files atomically: shared by the
codebook tables, the attribute tables and the reports.

Design rules (why):
- Every function takes the ``error`` class to raise (a subclass of ``ImportFailed``), so each
  caller keeps its own error type while the wording stays the same everywhere.
- CSV: UTF-8 with or without BOM, cp1252 as the fallback for older Excel files; the delimiter
  is whichever of ";" and "," occurs more often in the header line (a header with neither has
  one column, and then a comma is part of a cell); quoting is read strictly, because the
  lenient reading silently swallows the rows after a stray quote into one cell. Written as
  UTF-8 with a BOM and ";" between cells: Excel with Dutch settings splits on ";" and then
  also reads a decimal comma as a number.
- Excel: an .xlsx is a ZIP archive, checked (size unpacked, number of parts) before openpyxl
  sees it; any failure inside openpyxl means "damaged or not an .xlsx". Cells come back as
  openpyxl gives them (numbers, dates, text), so each caller decides what a cell means.
- Formulas: a spreadsheet program runs a cell that starts with = + - or @ (and, in some, one
  that starts with a tab or carriage return first) as a formula, so a quote or a name from an
  interview could run code when someone opens an export. Excel cells are always written as
  text (``put_cell``); a CSV text cell gets one apostrophe in front (``csv_cell``), which the
  CSV reader removes again (``csv_text``), so qdacoder's own tables come back exactly. A text
  that is only a number ("-3", "-2,5") is left alone: it runs nothing, and Excel must still read
  it as a number.
- Row numbers are what Excel shows: the header is row 1.
- Files are written beside the target and then renamed over it: a failed export never leaves
  half a file or destroys the previous one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.importers.archive import keeps_to_size
from qdacoder.exchange.errors import (
    IS_FOLDER,
    NO_FOLDER,
    NO_WRITE_PERMISSION,
    UNKNOWN_ENCODING,
    UNWRITABLE,
)
from qdacoder.exchange.validate import xml_safe

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
CSV_DELIMITER = ";"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

CSV_SYNTAX = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row {row}: this row cannot be read as CSV ({reason})."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: this is not a text (CSV) file; it looks like a binary file."
)
NOT_XLSX = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this is not a valid Excel workbook (the file is damaged or is not an .xlsx).",
)
OLD_XLSX = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: this is an old Excel workbook (.xls) or a password-protected one. Open it in "
    "Excel, remove any password and save it as .xlsx.",
)
XLSX_TOO_LARGE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the workbook unpacks to more than {limit} MB (or holds too many parts); it is "
    "refused for safety.",
)

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}: the table has more than {limit} rows under its header; split it into smaller tables.",
)

Rows = list[tuple[int, list[Any]]]  # (row number as Excel shows it, cells)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list for CSV injection
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula. Leading apostrophes
    are skipped, so that a text which itself starts with one also gets an apostrophe in CSV:
    otherwise the reader could not tell it from one the writer added."""
    rest = text.lstrip("'")
    return rest.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(rest)


def csv_cell(value: Any) -> Any:
    """A cell as written to CSV: an apostrophe before a text a spreadsheet would run."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_text(text: str) -> str:
    """A CSV cell as it was before ``csv_cell``: exactly one apostrophe less, and only there."""
    if text.startswith("'") and looks_like_formula(text[1:]):
        return text[1:]
    return text


# --- CSV -------------------------------------------------------------------------------------
def decode_text(data: bytes, file: str, error: type[ImportFailed] = ImportFailed) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise error(UNKNOWN_ENCODING, file=file)


def csv_rows(data: bytes, file: str, error: type[ImportFailed] = ImportFailed) -> Rows:
    """The rows of a CSV file, every cell as text (without the apostrophe of ``csv_cell``)."""
    return list(csv_reader(data, file, error))


def csv_reader(data: bytes, file: str, error: type[ImportFailed] = ImportFailed) -> Iterator[tuple[int, list]]:
    """``csv_rows`` as they are read, so a caller can check the header before the rest."""
    if b"\x00" in data:
        raise error(NOT_TEXT, file=file)
    text = decode_text(data, file, error)
    first_line = text[:text.find("\n")] if "\n" in text else text
    semicolons, commas = first_line.count(";"), first_line.count(",")
    if not semicolons and not commas:
        delimiter = "\0"  # one column: a comma in a cell is part of the cell
    else:
        delimiter = ";" if semicolons > commas else ","
    return _csv_rows(io.StringIO(text, newline=""), delimiter, file, error)


def _csv_rows(stream: io.StringIO, delimiter: str, file: str,
              error: type[ImportFailed]) -> Iterator[tuple[int, list]]:
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as problem:
            raise error(CSV_SYNTAX, file=file, row=number + 1, reason=str(problem)) from None
        number += 1
        yield number, [csv_text(cell) for cell in cells]


@contextmanager
def table_reader(data: bytes, file: str, extension: str, error: type[ImportFailed], *,
                 max_rows: int) -> Iterator[Iterator[tuple[int, list]]]:
    """The rows of a .csv or .xlsx table as they are read, cells as ``plain_value`` makes them
    (CSV cells stay text). The header comes first, so a wrong table is refused before the rest
    is read; a row after ``max_rows`` (the header not counted) refuses the table, whatever
    else it holds, so memory stays bounded by the caps (issue 21)."""
    if extension == ".csv":
        yield _capped(csv_reader(data, file, error), file, error, max_rows)
        return
    with xlsx_reader(data, file, error) as (rows, _properties):
        plain = ((number, [plain_value(value) for value in cells]) for number, cells in rows)
        yield _capped(plain, file, error, max_rows)


def _capped(rows: Iterator[tuple[int, list]], file: str, error: type[ImportFailed],
            max_rows: int) -> Iterator[tuple[int, list]]:
    for number, cells in rows:
        if number > max_rows + 1:
            raise error(TOO_MANY_ROWS, file=file, limit=max_rows)
        yield number, cells


def csv_bytes(rows: Iterable[Iterable[Any]], delimiter: str = CSV_DELIMITER) -> bytes:
    """Every CSV file qdacoder writes goes through here, so no text cell can be run as a
    formula (``csv_cell``)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        [csv_cell(value) for value in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- Excel -----------------------------------------------------------------------------------
def xlsx_rows(
    data: bytes, file: str, error: type[ImportFailed] = ImportFailed, *, limit: int = MAX_UNCOMPRESSED
) -> tuple[Rows, Any]:
    """The rows of the first worksheet (values as shown) and the workbook's properties."""
    with xlsx_reader(data, file, error, limit=limit) as (rows, properties):
        return list(rows), properties


@contextmanager
def xlsx_reader(
    data: bytes, file: str, error: type[ImportFailed] = ImportFailed, *, limit: int = MAX_UNCOMPRESSED
) -> Iterator[tuple[Iterator[tuple[int, list]], Any]]:
    """The rows of the first worksheet as they are read (row number, values as shown), and the
    workbook's properties: a reader that checks the header first refuses a wrong file without
    reading a million rows into memory (issue 21)."""
    if data.startswith(_OLE_MAGIC):
        raise error(OLD_XLSX, file=file)
    check_zip(data, file, error, limit=limit)
    import openpyxl  # here, not at the top: it takes a moment and only Excel needs it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for damaged workbooks
        raise error(NOT_XLSX, file=file) from None
    try:
        if not workbook.worksheets:
            raise error(NOT_XLSX, file=file)
        yield _sheet_rows(workbook.worksheets[0], file, error), workbook.properties
    finally:
        workbook.close()


def _sheet_rows(sheet: Any, file: str, error: type[ImportFailed]) -> Iterator[tuple[int, list]]:
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(values)
    except Exception:  # noqa: BLE001 - a damaged sheet inside a readable archive
        raise error(NOT_XLSX, file=file) from None


def plain_value(value: Any) -> Any:
    """A cell as people mean it: 6.0 is 6 (Excel stores every number as a float), a date and
    time at midnight is a date, a time is its text."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def column_letter(index: int) -> str:
    """The column's name as Excel shows it, from a 0-based index: 0 is A, 27 is AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_zip(data: bytes, file: str, error: type[ImportFailed] = ImportFailed, *,
              limit: int = MAX_UNCOMPRESSED) -> None:
    stream = io.BytesIO(data)
    try:
        if not zipfile.is_zipfile(stream):
            raise error(NOT_XLSX, file=file)
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
            EOFError, OSError):
        raise error(NOT_XLSX, file=file) from None
    if sum(info.file_size for info in members) > limit or len(members) > MAX_MEMBERS:
        raise error(XLSX_TOO_LARGE, file=file, limit=limit // 2**20)
    try:  # a bzip2 or LZMA member may unpack to far more than its headers say
        lying = any(not keeps_to_size(data, info) for info in members)
    except ValueError:
        raise error(NOT_XLSX, file=file) from None
    if lying:
        raise error(XLSX_TOO_LARGE, file=file, limit=limit // 2**20)


def put_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one cell; text is made safe for XML and never becomes a formula. Every Excel
    cell qdacoder writes goes through here."""
    if isinstance(value, str):
        value = xml_safe(value) or None
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store a text starting with "=" as a formula
        if looks_like_formula(value):
            # Excel's own "typed with an apostrophe" mark: the cell stays text when someone
            # edits it in Excel, instead of turning into a formula on Enter
            cell.quotePrefix = True
    return cell


def xlsx_bytes(rows: Iterable[Iterable[Any]], *, freeze: str = "A2") -> bytes:
    """``xlsx_workbook`` saved as bytes."""
    buffer = io.BytesIO()
    xlsx_workbook(rows, freeze=freeze).save(buffer)
    return buffer.getvalue()


def xlsx_workbook(rows: Iterable[Iterable[Any]], *, freeze: str = "A2") -> Any:
    """A workbook of one sheet: the first row bold and frozen (above ``freeze``), text safe
    (``put_cell``), dates shown as YYYY-MM-DD."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = put_cell(sheet, number, column, value)
            if number == 1:
                cell.font = Font(bold=True)
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = freeze
    return workbook


# --- writing ---------------------------------------------------------------------------------
def write_atomically(path: str | os.PathLike, data: bytes, file: str,
                     error: type[ImportFailed] = ImportFailed) -> None:
    """Write beside the target, then rename over it. The temporary file is created with mode
    0o666 so the user's umask applies, as for any file they save (mkstemp would make it
    private)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    created = False
    try:
        if path.is_dir():
            raise error(IS_FOLDER, file=file)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        handle = os.open(temporary, flags, 0o666)
        created = True
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
        created = False
    except FileNotFoundError:
        raise error(NO_FOLDER, file=file) from None
    except PermissionError:
        raise error(NO_WRITE_PERMISSION, file=file) from None
    except OSError as problem:
        raise error(UNWRITABLE, file=file, reason=problem.strerror or str(problem)) from None
    except ValueError as problem:  # a NUL character in the path
        raise error(UNWRITABLE, file=file, reason=str(problem)) from None
    finally:
        if created:
            try:
                os.unlink(temporary)
            except OSError:
                pass
