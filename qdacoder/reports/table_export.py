"""The analysis tables (code frequencies, matrix, crosstab, co-occurrence) as CSV or Excel,
with the title, the filters and the n written above them.

Design rules (why):
- Above every table: the title, the filters in words (``analysis.filters.describe``) and the
  n with the date written, so a table pasted into a report or found in a folder later still
  says what it counts. Then the header row and the rows.
- One adapter per table (``*_for_export``) turns the analysis result into headers and cells;
  the window shows the very same cells, so the window and the files cannot disagree.
- Numbers stay numbers: in Excel real numbers (a percentage as a whole number, Jaccard as a
  decimal); in CSV a decimal comma (Excel with Dutch settings reads it as a number). A cell
  that is not known (None in a matrix) is written as the words "not known", never as 0.
- CSV is UTF-8 with a BOM and ";" between cells (``exchange.tables.csv_bytes``); files are
  written atomically (``exchange.tables.write_atomically``). A code name or title a spreadsheet
  would run as a formula stays text (an apostrophe in CSV, a text cell in Excel).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qdacoder.analysis.case_summary import dutch_number, n_label
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.tables import csv_bytes, put_cell, write_atomically
from qdacoder.exchange.validate import xml_safe
from qdacoder.reports.summary_report import FILTERS, ReportFileError, table_note
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import docx_bytes, rows_scrubbed, xlsx_bytes

Translate = Callable[[str], str]

CODE = QT_TRANSLATE_NOOP("qdacoder", "Code")
FREQUENCY_HEADERS = (
    QT_TRANSLATE_NOOP("qdacoder", "Codings"), QT_TRANSLATE_NOOP("qdacoder", "Passages"),
    QT_TRANSLATE_NOOP("qdacoder", "Documents"), QT_TRANSLATE_NOOP("qdacoder", "Cases"),
    QT_TRANSLATE_NOOP("qdacoder", "% of cases"), QT_TRANSLATE_NOOP("qdacoder", "Promoting"),
    QT_TRANSLATE_NOOP("qdacoder", "Hindering"), QT_TRANSLATE_NOOP("qdacoder", "No valence"),
    QT_TRANSLATE_NOOP("qdacoder", "Own codings"),
)
NOT_KNOWN = QT_TRANSLATE_NOOP("qdacoder", "not known")
N_ROW = QT_TRANSLATE_NOOP("qdacoder", "n")
PERCENT_HEADER = QT_TRANSLATE_NOOP("qdacoder", "{column} %")
MATRIX_N = QT_TRANSLATE_NOOP("qdacoder", "n = {n} cases, of which {unknown} not known")
UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: a table is saved as .xlsx, .csv or .docx, not as {extension}.")
JACCARD_DECIMALS = 3
TITLES = {
    "frequencies": QT_TRANSLATE_NOOP("qdacoder", "Code frequencies"),
    "cases": QT_TRANSLATE_NOOP("qdacoder", "Codes by case"),
    "documents": QT_TRANSLATE_NOOP("qdacoder", "Codes by document"),
    "crosstab": QT_TRANSLATE_NOOP("qdacoder", "Codes by {variable}"),
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "Co-occurrence of codes in overlapping passages"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "Co-occurrence of codes in the same document"),
    "case": QT_TRANSLATE_NOOP("qdacoder", "Co-occurrence of codes in the same case"),
}


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ExportTable:
    headers: list[str]
    rows: list[list[Any]]
    levels: list[int]  # indentation of each row's first cell (the code's depth)
    n_text: str


def title_for(kind: str, project_name: str, translate: Translate = _same, **fields: str) -> str:
    """"Code frequencies – Onderzoek uitstroom": the title above a table or chart."""
    return f"{translate(TITLES[kind]).format(**fields)} – {project_name}"


# --- adapters: one per analysis table --------------------------------------------------------
def frequency_rows_for_export(rows: Sequence, translate: Translate = _same) -> ExportTable:
    """``frequency_table`` rows: the branch's figures, the % of cases in scope, the code's own codings."""
    data = [[r.path, r.subtree.codings, r.subtree.passages, r.subtree.documents, r.subtree.cases, r.percent,
             r.subtree.promoting, r.subtree.hindering, r.subtree.no_valence, r.own.codings] for r in rows]
    total = rows[0].cases_total if rows else 0
    return ExportTable([translate(CODE)] + [translate(h) for h in FREQUENCY_HEADERS], data,
                       [r.depth for r in rows], n_label(total, "case", translate))


def matrix_rows_for_export(matrix, presence: bool = False, translate: Translate = _same) -> ExportTable:
    """A ``code_matrix``: counts (or presence as 1/0), "not known" for a case out of scope."""
    not_known = translate(NOT_KNOWN)
    data = [[row.path] + [not_known if v is None else v for v in values]
            for row, values in zip(matrix.rows, matrix.values(presence))]
    if matrix.columns_kind == "cases":
        unknown = len(matrix.columns) - matrix.known_columns
        n_text = translate(MATRIX_N).format(n=len(matrix.columns), unknown=unknown) if unknown else \
            n_label(len(matrix.columns), "case", translate)
    else:
        n_text = n_label(len(matrix.columns), "document", translate)
    return ExportTable([translate(CODE)] + matrix.column_labels, data, [r.depth for r in matrix.rows], n_text)


def crosstab_rows_for_export(table, measure: str = "cases", percent: str | None = None,
                             translate: Translate = _same) -> ExportTable:
    """A ``crosstab``: the first row holds each column's n; with ``percent`` ("row" or
    "column") each value gets a count column and a % column."""
    counts = table.values(measure)
    shares = table.values(measure, percent) if percent else None
    headers, n_row = [translate(CODE)], [translate(N_ROW)]
    for column in table.columns:
        headers.append(column.label)
        n_row.append(column.n)
        if percent:
            headers.append(translate(PERCENT_HEADER).format(column=column.label))
            n_row.append(None)
    data = [n_row]
    for i, row in enumerate(table.rows):
        cells = [row.path]
        for j, value in enumerate(counts[i]):
            cells.append(value)
            if shares is not None:
                cells.append(shares[i][j])
        data.append(cells)
    return ExportTable(headers, data, [0] + [r.depth for r in table.rows], n_label(table.n, table.target, translate))


def cooccurrence_rows_for_export(matrix, measure: str = "count", translate: Translate = _same) -> ExportTable:
    """A ``cooccurrence``: counts, or Jaccard to three decimals (empty on the diagonal)."""
    from qdacoder.analysis.cooccurrence import UNIT_LABELS

    values = matrix.values(measure)
    if measure == "jaccard":
        values = [[None if v is None else round(v, JACCARD_DECIMALS) for v in row] for row in values]
    data = [[code.path] + row for code, row in zip(matrix.codes, values)]
    return ExportTable([translate(CODE)] + matrix.column_labels, data, [c.depth for c in matrix.codes],
                       translate(UNIT_LABELS[matrix.scope]).format(n=matrix.units))


# --- writing ---------------------------------------------------------------------------------
def export_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], path: str | os.PathLike, *,
                 names: NameFilter, title: str, filters_text: str, n_text: str, levels: Sequence[int] | None = None,
                 translate: Translate = _same, written: dt.date | None = None) -> None:
    """Write the table to ``path`` (.csv, .xlsx or .docx, by the extension). CSV and Excel: the
    title, the filters, the n and date, an empty line, the header, the rows. Word: the title as
    a caption, a "Table Grid" table, and the n, filters and date written under it, ready to
    paste into the report. Raises ``ReportFileError``."""
    path = Path(path)
    file, extension = path.name or str(path), path.suffix.lower()
    above = [title, translate(FILTERS).format(filters=filters_text.strip() or "–"),
             table_note(n_text, "", written=written, translate=translate)]
    if extension == ".csv":
        lines = [[line] for line in above] + [[], list(headers)] + [[_csv(v) for v in row] for row in rows]
        data = csv_bytes(rows_scrubbed(lines, names))
    elif extension == ".xlsx":
        data = _xlsx(above, headers, rows, levels or [0] * len(rows), title, names)
    elif extension == ".docx":
        data = _docx(title, headers, rows, levels or [0] * len(rows),
                     table_note(n_text, filters_text, written=written, translate=translate), names)
    else:
        raise ReportFileError(UNSUPPORTED, file=file, extension=extension or "?")
    write_atomically(path, data, file, ReportFileError)


def export(table: ExportTable, path: str | os.PathLike, *, names: NameFilter, title: str, filters_text: str,
           translate: Translate = _same, written: dt.date | None = None) -> None:
    """``export_table`` for an adapter's result."""
    export_table(table.headers, table.rows, path, names=names, title=title, filters_text=filters_text,
                 n_text=table.n_text, levels=table.levels, translate=translate, written=written)


def _docx(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], levels: Sequence[int], note: str,
          names: NameFilter) -> bytes:
    import docx

    from .summary_report import docx_table

    document = docx.Document()
    document.add_paragraph(xml_safe(title), style="Caption")
    shown = [[_csv(value) for value in row] for row in rows]
    docx_table(document, [xml_safe(h) for h in headers], list(zip(shown, levels)))
    document.add_paragraph(xml_safe(note))
    return docx_bytes(document, names)


def _csv(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return dutch_number(value)
    return value


def _xlsx(above: list[str], headers: Sequence[str], rows: Sequence[Sequence[Any]], levels: Sequence[int],
          title: str, names: NameFilter) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.properties.title = xml_safe(title) or None
    workbook.properties.creator = "qdacoder"
    sheet = workbook.active
    put_cell(sheet, 1, 1, above[0]).font = Font(bold=True, size=13)
    for number, line in enumerate(above[1:], start=2):
        put_cell(sheet, number, 1, line).font = Font(italic=True)
    header_row = len(above) + 2
    for column, text in enumerate(headers, start=1):
        put_cell(sheet, header_row, column, text).font = Font(bold=True)
    for number, (values, level) in enumerate(zip(rows, levels), start=header_row + 1):
        for column, value in enumerate(values, start=1):
            cell = put_cell(sheet, number, column, value)
            if column == 1 and level:
                cell.alignment = Alignment(indent=level)
            elif isinstance(value, float):
                cell.number_format = "0.000"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2).coordinate
    sheet.column_dimensions["A"].width = 40
    for column in range(2, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 12
    return xlsx_bytes(workbook, names)
