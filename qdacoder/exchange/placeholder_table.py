"""A list of names and their placeholders from a table (.csv or .xlsx), as a team keeps it
beside the study: columns name and placeholder, optionally category (person, place,
institution, other) and any case (yes/no). Dutch headers work too (naam, placeholder of
vervanging, categorie, elke schrijfwijze).

Design rules (why):
- The whole table is one undoable step, or nothing: a bad row refuses the file with the row and
  the reason, and the list stays as it was.
- Names already listed get the table's placeholder; new names are added; the rules of
  ``core.names`` (no empty name, no name inside a placeholder...) hold for every row.
"""

from __future__ import annotations

from pathlib import Path

from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed, ValidationError
from qdacoder.core.journal import Journal
from qdacoder.core.names import merge_placeholders
from qdacoder.core.project import Project
from qdacoder.exchange.tables import csv_rows, plain_value, xlsx_rows
from qdacoder.exchange.validate import FLAG_WORDS
from qdacoder.importers.fileio import read_bytes

MAX_FILE_SIZE = 20 * 2**20
HEADERS = {
    "name": ("name", "naam"),
    "placeholder": ("placeholder", "vervanging", "pseudoniem"),
    "category": ("category", "categorie"),
    "any case": ("any case", "any_case", "elke schrijfwijze", "hoofdletterongevoelig"),
}
TOO_BIG = QT_TRANSLATE_NOOP("qdacoder", "{file} is larger than {limit} MB; a list of names is much smaller.")
WRONG_KIND = QT_TRANSLATE_NOOP("qdacoder", "{file}: a list of names can be read from .csv or .xlsx.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "qdacoder", "{file} has no columns “name” and “placeholder” in its first row (found: {found}).")
BAD_ROW = QT_TRANSLATE_NOOP("qdacoder", "{file}, row {row}: {reason}")
BAD_FLAG = QT_TRANSLATE_NOOP("qdacoder", "“{value}” in the column any case is not yes or no")


class PlaceholderTableError(ImportFailed):
    pass


def read_placeholder_table(path: str | Path) -> list[tuple[int, tuple[str, str, bool, str]]]:
    """(row number, (name, placeholder, any case, category)) for every filled row of the table."""
    path = Path(path)
    file = path.name or str(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PlaceholderTableError(WRONG_KIND, file=file)
    data = read_bytes(path, file, limit=MAX_FILE_SIZE, too_big=TOO_BIG, error=PlaceholderTableError)
    if suffix == ".csv":
        rows = csv_rows(data, file, PlaceholderTableError)
    else:
        rows = [(n, [plain_value(v) for v in cells]) for n, cells in xlsx_rows(data, file, PlaceholderTableError)[0]]
    if not rows:
        raise PlaceholderTableError(NO_HEADER, file=file, found="–")
    header = [str(cell or "").strip().casefold() for cell in rows[0][1]]
    columns = {key: next((i for i, h in enumerate(header) if h in names), None) for key, names in HEADERS.items()}
    if columns["name"] is None or columns["placeholder"] is None:
        raise PlaceholderTableError(NO_HEADER, file=file, found=", ".join(h for h in header if h) or "–")

    def cell(cells: list, key: str) -> str:
        index = columns[key]
        return "" if index is None or index >= len(cells) or cells[index] is None else str(cells[index]).strip()

    found = []
    for number, cells in rows[1:]:
        name, placeholder = cell(cells, "name"), cell(cells, "placeholder")
        if not name and not placeholder:
            continue
        flag = cell(cells, "any case").casefold()
        if flag and flag not in FLAG_WORDS:
            raise PlaceholderTableError(BAD_ROW, file=file, row=number,
                                        reason=PlaceholderTableError(BAD_FLAG, file=file, value=flag))
        found.append((number, (name, placeholder, FLAG_WORDS.get(flag, False), cell(cells, "category"))))
    return found


def import_placeholders(project: Project, path: str | Path) -> Journal:
    """Read the table and merge it into the list in one step; ``result``: (added, changed, unchanged)."""
    rows = read_placeholder_table(path)
    try:
        return merge_placeholders(project, [row for _, row in rows])
    except ValidationError as error:  # nothing was kept: the transaction rolled back
        number = rows[getattr(error, "row_index", 0)][0]
        raise PlaceholderTableError(BAD_ROW, file=Path(path).name, row=number, reason=error) from None
