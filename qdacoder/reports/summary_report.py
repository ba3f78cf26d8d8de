"""The case summary table (``analysis.case_summary``) as a Word table and an Excel sheet.

Design rules (why):
- Columns: Variable | Figure | n valid | n missing; a category's values are indented rows
  under the variable. Under the table one note line: the n, the filters, the date written.
  ``table_note``, ``docx_table`` and ``xlsx_table`` are the shared style for later tables.
- Word: Word's own "Table Grid" style with a bold header row, the counts right-aligned, so
  the table looks at home when pasted into a report.
- Excel: the title in row 1, the bold header frozen in row 2, and counts, means, minima,
  maxima and percentages as real numbers (dates as dates) in extra columns, taken from the
  rows' numbers, never parsed back from the figure text.
- The words come through ``translate`` (English as written by default); the figures are data.
- Files are written atomically (``exchange.tables.write_atomically``): a failed export never
  leaves half a file or destroys the previous one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from qdacoder.analysis.case_summary import SummaryRow
from qdacoder.core.errors import QT_TRANSLATE_NOOP, ImportFailed
from qdacoder.exchange.tables import put_cell, write_atomically
from qdacoder.exchange.validate import xml_safe
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import docx_bytes, xlsx_bytes

Translate = Callable[[str], str]

HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Variable"), QT_TRANSLATE_NOOP("qdacoder", "Figure"),
           QT_TRANSLATE_NOOP("qdacoder", "n valid"), QT_TRANSLATE_NOOP("qdacoder", "n missing"))
NUMBER_HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Mean"), QT_TRANSLATE_NOOP("qdacoder", "Minimum"),
                  QT_TRANSLATE_NOOP("qdacoder", "Maximum"), QT_TRANSLATE_NOOP("qdacoder", "%"),
                  QT_TRANSLATE_NOOP("qdacoder", "Count"))
FILTERS = QT_TRANSLATE_NOOP("qdacoder", "filters: {filters}")
WRITTEN = QT_TRANSLATE_NOOP("qdacoder", "written on {date}")


class ReportFileError(ImportFailed):
    """A report that cannot be written; ``params`` hold ``file`` (the file name)."""


def _same(text: str) -> str:
    return text


def table_note(n_label: str, filters_text: str = "", *, written: dt.date | None = None,
               translate: Translate = _same) -> str:
    """"n = 20 cases; filters: ...; written on 2024-05-01"."""
    parts = [n_label]
    if filters_text.strip():
        # "No filters: all codings." ends a sentence; inside the note the "; " goes on
        parts.append(translate(FILTERS).format(filters=filters_text.strip().rstrip(".")))
    parts.append(translate(WRITTEN).format(date=(written or dt.date.today()).isoformat()))
    return "; ".join(part for part in parts if part)


def _cells(row: SummaryRow) -> list[Any]:
    return [row.label, row.figure, row.n_valid, row.n_missing]


# --- Word ------------------------------------------------------------------------------------
def write_summary_docx(rows: Sequence[SummaryRow], path: str | os.PathLike, *, names: NameFilter, title: str,
                       n_label: str, filters_text: str = "", translate: Translate = _same,
                       written: dt.date | None = None, template: str | os.PathLike | None = None) -> None:
    from .word_style import TABLE_LABEL, add_table, new_document

    document = new_document(template)
    document.core_properties.title = xml_safe(title)
    add_table(document, [translate(h) for h in HEADERS], [(_cells(r), r.level) for r in rows],
              caption=(translate(TABLE_LABEL), 1, title),
              notes=[table_note(n_label, filters_text, written=written, translate=translate)], translate=translate)
    _write(path, docx_bytes(document, names))


def docx_table(document: Any, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], int]], **options: Any) -> Any:
    """A readable table (``word_style.add_table``: code column wide and indented by level,
    figures narrow and right-aligned, header repeated, rows unbroken); the first Word table."""
    from .word_style import add_table

    return add_table(document, headers, rows, **options).parts[0][0]


# --- Excel -----------------------------------------------------------------------------------
def write_summary_xlsx(rows: Sequence[SummaryRow], path: str | os.PathLike, *, names: NameFilter, title: str,
                       n_label: str, filters_text: str = "", translate: Translate = _same,
                       written: dt.date | None = None) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.title = xml_safe(title) or None
    workbook.properties.creator = "qdacoder"
    sheet = workbook.active
    headers = [translate(h) for h in HEADERS + NUMBER_HEADERS]
    data = [(_cells(r) + [r.mean, _date(r.minimum), _date(r.maximum), r.percent, r.count], r.level)
            for r in rows]
    xlsx_table(sheet, title, headers, data, table_note(n_label, filters_text, written=written, translate=translate))
    for number in range(3, len(data) + 3):
        sheet.cell(row=number, column=len(HEADERS) + 1).number_format = "0.0"  # the mean, as in the figure
    _write(path, xlsx_bytes(workbook, names))


def xlsx_table(sheet: Any, title: str, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], int]],
               note: str) -> None:
    """Title in row 1, bold header in row 2 (frozen), the rows, an empty row, the note."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    put_cell(sheet, 1, 1, title).font = Font(bold=True, size=13)
    for column, text in enumerate(headers, start=1):
        put_cell(sheet, 2, column, text).font = Font(bold=True)
    for number, (values, level) in enumerate(rows, start=3):
        for column, value in enumerate(values, start=1):
            cell = put_cell(sheet, number, column, value)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            if column == 1 and level:
                cell.alignment = Alignment(indent=level)
    put_cell(sheet, len(rows) + 4, 1, note).font = Font(italic=True)
    sheet.freeze_panes = "A3"
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 24
    for column in range(3, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 11


def _date(value: Any) -> Any:
    """A date (YYYY-MM-DD text) as a real date for Excel; anything else as it is."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _write(path: str | os.PathLike, data: bytes) -> None:
    path = Path(path)
    write_atomically(path, data, path.name or str(path), ReportFileError)
