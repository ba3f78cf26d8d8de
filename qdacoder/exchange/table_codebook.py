"""Codebooks as tables: CSV and Excel (.xlsx), one row per code.

Design rules (why):
- Both formats share the row logic (``rows_to_codebook``, ``codebook_to_rows``); they only
  differ in how the cells come in and go out.
- The first row names the columns: ``path`` (required), ``description``, ``inclusion``,
  ``exclusion``, ``example``, ``color``, ``valence``, ``category``, ``guid``, in any order and
  any case. An unknown column is refused with its name (a typo such as "colour" would
  otherwise lose that column silently); a column without a name may only be empty.
- ``path`` is the names from the root joined with "/". Rows may come in any order; the row
  order gives the order among siblings. A row whose parents are not listed creates them as
  plain codes: they are implied by the path, and refusing would only make people add rows
  with nothing in them. A later row for such a parent fills in its fields. The same path
  twice (compared without regard to case) is refused, naming both rows.
- Row numbers are what Excel shows: the header is row 1, one row per record (a cell with
  line breaks is still one row). Empty rows are skipped.
- ``category``: yes/no/true/false/ja/nee/1/0/waar/onwaar, or empty for "no". Exported as "yes"
  or empty, valence as its English key, colours in lower case.
- Text cells are kept exactly; the path, colour, valence, category and GUID are trimmed.
  CSV quoting is read strictly: an unclosed or stray quote is refused with its row, because
  the lenient reading silently swallows the rows after it into one cell.
- CSV is written as UTF-8 with a BOM (Excel then reads the accents right) and with ";"
  between cells: Excel with Dutch settings splits on ";" and shows a ","-file in one column.
  On reading, the BOM is optional, cp1252 is the fallback for older Excel files, and the
  delimiter is whichever of ";" and "," occurs more often in the header line (the column
  names contain neither, so this is exact where ``csv.Sniffer`` guesses); a header with
  neither has one column, and then a comma in a name is just part of the name. A text that a
  spreadsheet would run as a formula (=, +, -, @) gets an apostrophe in front, which reading
  removes again (``tables.csv_cell``): a code named "=Zelfregie" comes back exactly.
- Excel: the first worksheet; values as shown (``data_only``), numbers without a trailing
  ".0". Written with a bold, frozen header row, a filter, column widths that fit, and wrapped
  text; a text starting with "=" is written as text, never as a formula. The codebook's name
  and description go into the workbook's properties (title, description) and come back from
  there; CSV has no place for them.
- An .xlsx is a ZIP archive: it is checked (size when unpacked, number of parts) before
  openpyxl sees it, and any failure inside openpyxl means "damaged or not an .xlsx".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.errors import TOO_MANY_CODES, CodebookFileError
from qdacoder.exchange.tables import (  # noqa: F401 - the messages are part of this format
    CSV_DELIMITER,
    CSV_SYNTAX,
    NOT_TEXT,
    NOT_XLSX,
    OLD_XLSX,
    XLSX_TOO_LARGE,
    csv_bytes,
    csv_reader,
    put_cell,
    xlsx_reader,
)
from qdacoder.exchange.validate import (
    DUPLICATE_PATH,
    SEPARATOR,
    EntryPlaces,
    Place,
    check_codebook,
    fail,
    normalise_name,
    parse_flag,
    xml_safe,
)

COLUMNS = (
    "path", "description", "inclusion", "exclusion", "example", "color", "valence", "category",
    "guid",
)
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # read at each call, so a test can lower it
# a codebook holds tens to a few thousand codes; a million rows took gigabytes (issue 21)
MAX_CODES = 20_000
_TEXT_FIELDS = ("description", "inclusion", "exclusion", "example")

NO_HEADER = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, row 1: the first row must name the columns (at least “path”); known columns: "
    "{known}.",
)
NO_PATH_COLUMN = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, row 1: there is no column “path” (the code's names from the root, joined with "
    "“/”); known columns: {known}.",
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: unknown column “{column}”; known columns: {known}."
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row 1: the column “{column}” appears twice."
)
UNNAMED_COLUMN = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, row {row}, column {number}: this cell has a value, but its column has no name in "
    "the first row.",
)
EMPTY_PATH = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, row {row}, column “{column}”: the path is empty."
)
BAD_PATH = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, row {row}, column “{column}”: “{value}” is not a valid path; it is the names "
    "from the root joined with “/”, and no name may be empty.",
)

# --- rows <-> codebook -----------------------------------------------------------------------
def rows_to_codebook(rows: Iterable[tuple[int, list[str]]], file: str) -> Codebook:
    """The codebook in ``rows``: (row number, cells as text), the header row first."""
    rows = iter(rows)
    header_row = next(rows, None)
    known = ", ".join(COLUMNS)
    if header_row is None or not any(cell.strip() for cell in header_row[1]):
        raise CodebookFileError(NO_HEADER, file=file, known=known)
    columns: dict[str, int] = {}  # field -> index
    headers: dict[str, str] = {}  # field -> the header as written, for messages
    for index, cell in enumerate(header_row[1]):
        name = cell.strip()
        if not name:
            continue
        key = name.casefold()
        if key not in COLUMNS:
            raise CodebookFileError(UNKNOWN_COLUMN, file=file, column=name, known=known)
        if key in columns:
            raise CodebookFileError(DUPLICATE_COLUMN, file=file, column=name)
        columns[key], headers[key] = index, name
    if "path" not in columns:
        raise CodebookFileError(NO_PATH_COLUMN, file=file, known=known)
    named = set(columns.values())

    codebook = Codebook()
    places: dict[int, EntryPlaces] = {}
    nodes: dict[tuple[str, ...], CodebookEntry] = {}
    explicit: dict[tuple[str, ...], int] = {}  # key -> row that defines the code
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        for index, cell in enumerate(cells):
            if index not in named and cell.strip():
                raise CodebookFileError(UNNAMED_COLUMN, file=file, row=number, number=index + 1)

        def value(key: str) -> str:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else ""

        def place(key: str) -> Place:
            return Place(row=number, column=headers.get(key, key))

        names = _split_path(value("path"), file, place("path"))
        key = tuple(name.casefold() for name in names)
        if key in explicit:
            fail(DUPLICATE_PATH, file, place("path"), path=SEPARATOR.join(names),
                 other=explicit[key])
        explicit[key] = number
        siblings = codebook.codes
        for depth in range(len(names)):
            prefix = key[: depth + 1]
            if prefix not in nodes:  # a parent not listed (yet): implied by the path
                if len(nodes) >= MAX_CODES:  # refused while reading, before a million rows are held
                    raise CodebookFileError(TOO_MANY_CODES, file=file, limit=MAX_CODES)
                nodes[prefix] = CodebookEntry(name=names[depth])
                siblings.append(nodes[prefix])
                places[id(nodes[prefix])] = EntryPlaces(place("path"))
            siblings = nodes[prefix].children
        entry = nodes[key]
        entry.name = names[-1]  # this row's spelling wins over the one a child implied
        for field in _TEXT_FIELDS:
            setattr(entry, field, value(field))
        entry.color = value("color").strip() or None
        entry.default_valence = value("valence").strip() or None
        entry.is_codable = not parse_flag(value("category"), file, place("category"))
        entry.guid = value("guid").strip() or None
        places[id(entry)] = EntryPlaces(
            place("path"), {field: place(field) for field in ("color", "valence", "guid")}
        )
    return check_codebook(codebook, file, places)


def _split_path(path: str, file: str, place: Place) -> list[str]:
    if not path.strip():
        raise CodebookFileError(EMPTY_PATH, file=file, row=place.row, column=place.column)
    names = [normalise_name(name) for name in path.split(SEPARATOR)]
    if not all(names):
        raise CodebookFileError(BAD_PATH, file=file, row=place.row, column=place.column,
                                value=path)
    return names


def codebook_to_rows(codebook: Codebook) -> list[list[str]]:
    """The header and one row per code, parents before children."""
    rows = [list(COLUMNS)]
    for path, _depth, entry in codebook.walk():
        rows.append([
            path, entry.description, entry.inclusion, entry.exclusion, entry.example,
            (entry.color or "").lower(), entry.default_valence or "",
            "" if entry.is_codable else "yes", entry.guid or "",
        ])
    return rows


# --- CSV -------------------------------------------------------------------------------------
def read_csv(data: bytes, file: str) -> Codebook:
    return rows_to_codebook(csv_reader(data, file, CodebookFileError), file)  # the header first


def write_csv(codebook: Codebook, delimiter: str = CSV_DELIMITER) -> bytes:
    return csv_bytes(codebook_to_rows(codebook), delimiter)


# --- Excel -----------------------------------------------------------------------------------
def read_xlsx(data: bytes, file: str) -> Codebook:
    with xlsx_reader(data, file, CodebookFileError, limit=MAX_UNCOMPRESSED) as (rows, properties):
        # streamed: the header is checked before the rest of the sheet is read
        codebook = rows_to_codebook(
            ((number, [_cell_text(value) for value in values]) for number, values in rows), file)
    codebook.name = properties.title or ""
    codebook.description = properties.description or ""
    return codebook


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 2024, not 2024.0
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value)


_WIDTHS = {"path": 40, "description": 60, "inclusion": 40, "exclusion": 40, "example": 40,
           "color": 10, "valence": 12, "category": 10, "guid": 38}


def write_xlsx(codebook: Codebook) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Codebook"
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for number, values in enumerate(codebook_to_rows(codebook), start=1):
        for index, value in enumerate(values, start=1):
            cell = put_cell(sheet, number, index, value)
            if number == 1:
                cell.font = Font(bold=True)
            else:
                cell.alignment = wrap if COLUMNS[index - 1] in _TEXT_FIELDS else top
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[column]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.title = xml_safe(codebook.name) or None
    workbook.properties.description = xml_safe(codebook.description) or None
    workbook.properties.creator = "qdacoder"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
