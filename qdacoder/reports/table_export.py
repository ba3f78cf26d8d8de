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
    QT_TRANSLATE_NOOP("qdacoder", "Codings of the code itself"),
)
NOT_KNOWN = QT_TRANSLATE_NOOP("qdacoder", "not known")
N_ROW = QT_TRANSLATE_NOOP("qdacoder", "n")
PERCENT_HEADER = QT_TRANSLATE_NOOP("qdacoder", "{column} %")
MATRIX_N = QT_TRANSLATE_NOOP("qdacoder", "n = {n} cases, of which {unknown} not known")
# what the crosstab's last column holds: its n counts units, its cells may also hold codings
# that lie outside every case (no unit to have a value), which an n of 0 would hide
MISSING_NOTES = {
    "case": QT_TRANSLATE_NOOP("qdacoder", "The column “{missing}” holds the cases without a value (its n) and the "
                                          "codings outside every case."),
    "document": QT_TRANSLATE_NOOP("qdacoder", "The column “{missing}” holds the documents without a value (its n)."),
    "respondent": QT_TRANSLATE_NOOP("qdacoder", "The column “{missing}” holds the respondents without a value (its "
                                                "n) and the passages without a known speaker."),
}
ROUNDING = QT_TRANSLATE_NOOP("qdacoder", "Each percentage is rounded on its own; where a row or column does not "
                                        "add up to 100%, that is through rounding.")
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
    "words": QT_TRANSLATE_NOOP("qdacoder", "Word frequencies"),
    "phrases": QT_TRANSLATE_NOOP("qdacoder", "Phrases of {n} words"),
    "kwic": QT_TRANSLATE_NOOP("qdacoder", "Keyword in context: {word}"),
    "distinctive": QT_TRANSLATE_NOOP("qdacoder", "Distinctive words: {groups}"),
}
WORD_HEADERS = (
    QT_TRANSLATE_NOOP("qdacoder", "Word"), QT_TRANSLATE_NOOP("qdacoder", "Count"),
    QT_TRANSLATE_NOOP("qdacoder", "Documents"), QT_TRANSLATE_NOOP("qdacoder", "Cases"),
    QT_TRANSLATE_NOOP("qdacoder", "% of words"),
)
PHRASE = QT_TRANSLATE_NOOP("qdacoder", "Phrase")
FORMS = QT_TRANSLATE_NOOP("qdacoder", "Forms")
WORDS_N = QT_TRANSLATE_NOOP("qdacoder", "n = {counted} words counted in {documents} documents and {cases} cases; "
                                        "{stop} stop words left out")
PHRASES_N = QT_TRANSLATE_NOOP("qdacoder", "n = {counted} phrases counted in {documents} documents and {cases} cases")
DISTINCTIVE_HEADERS = (
    QT_TRANSLATE_NOOP("qdacoder", "Group"), QT_TRANSLATE_NOOP("qdacoder", "Word"),
    QT_TRANSLATE_NOOP("qdacoder", "Count in group"), QT_TRANSLATE_NOOP("qdacoder", "Count elsewhere"),
    QT_TRANSLATE_NOOP("qdacoder", "% in group"), QT_TRANSLATE_NOOP("qdacoder", "% elsewhere"),
    QT_TRANSLATE_NOOP("qdacoder", "G2"), QT_TRANSLATE_NOOP("qdacoder", "Log Ratio"),
    QT_TRANSLATE_NOOP("qdacoder", "p"),
)
DISTINCTIVE_N = QT_TRANSLATE_NOOP("qdacoder", "words counted per group: {groups}")
KWIC_HEADERS = (
    QT_TRANSLATE_NOOP("qdacoder", "Document"), QT_TRANSLATE_NOOP("qdacoder", "Case"),
    QT_TRANSLATE_NOOP("qdacoder", "Speaker"), QT_TRANSLATE_NOOP("qdacoder", "Left"),
    QT_TRANSLATE_NOOP("qdacoder", "Keyword"), QT_TRANSLATE_NOOP("qdacoder", "Right"),
)
KWIC_N = QT_TRANSLATE_NOOP("qdacoder", "n = {n} occurrences")
GROUP_NAMES = {"promoting": QT_TRANSLATE_NOOP("qdacoder", "promoting"),
               "hindering": QT_TRANSLATE_NOOP("qdacoder", "hindering")}


def _same(text: str) -> str:
    return text


def rounding_note(translate: Translate = _same) -> str:
    return translate(ROUNDING)


@dataclass(frozen=True)
class ExportTable:
    headers: list[str]
    rows: list[list[Any]]
    levels: list[int]  # indentation of each row's first cell (the code's depth)
    n_text: str
    notes: tuple[str, ...] = ()  # sentences that go with the table (the percentage note, ...)


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
    notes = [translate(MISSING_NOTES[table.target]).format(missing=table.columns[-1].label)] if table.columns else []
    if shares is not None and not _adds_up(table.rows, shares, percent):
        notes.append(rounding_note(translate))
    return ExportTable(headers, data, [0] + [r.depth for r in table.rows], n_label(table.n, table.target, translate),
                       tuple(notes))


def _adds_up(rows, shares, percent: str) -> bool:
    """Every split of the shown percentages adds up to 100: each row (row percentages), or
    each column within a group of sibling codes (column percentages)."""
    if percent == "row":
        return all(sum(v for v in line if v is not None) in (0, 100) for line in shares)
    groups: dict = {}
    for row, line in zip(rows, shares):
        groups.setdefault(row.parent_id, []).append(line)
    return all(sum(line[j] or 0 for line in lines) in (0, 100)
               for lines in groups.values() for j in range(len(lines[0]) if lines else 0))


def cooccurrence_rows_for_export(matrix, measure: str = "count", translate: Translate = _same) -> ExportTable:
    """A ``cooccurrence``: counts, or Jaccard to three decimals (empty on the diagonal)."""
    from qdacoder.analysis.cooccurrence import UNIT_LABELS

    values = matrix.values(measure)
    if measure == "jaccard":
        values = [[None if v is None else round(v, JACCARD_DECIMALS) for v in row] for row in values]
    data = [[code.path] + row for code, row in zip(matrix.codes, values)]
    return ExportTable([translate(CODE)] + matrix.column_labels, data, [c.depth for c in matrix.codes],
                       translate(UNIT_LABELS[matrix.scope]).format(n=matrix.units))


def words_rows_for_export(table, translate: Translate = _same) -> ExportTable:
    """A ``word_frequencies`` table: word (phrase), count, documents, cases, % of the words
    counted (two decimals); with stems also every form the row groups."""
    first = translate(WORD_HEADERS[0] if table.options.ngram == 1 else PHRASE)
    headers = [first] + [translate(h) for h in WORD_HEADERS[1:]] + ([translate(FORMS)] if table.options.stemmed else [])
    rows = [[r.word, r.count, r.documents, r.cases, round(100 * r.share, 2)]
            + ([", ".join(r.forms)] if table.options.stemmed else []) for r in table.rows]
    template = WORDS_N if table.options.ngram == 1 else PHRASES_N
    n_text = translate(template).format(counted=table.counted, documents=table.documents, cases=table.cases,
                                        stop=table.stop_words)
    return ExportTable(headers, rows, [0] * len(rows), n_text)


def group_name(name: str, translate: Translate = _same) -> str:
    """A group of a distinctive-words table as shown: valences translated, others as they are."""
    return translate(GROUP_NAMES[name]) if name in GROUP_NAMES else name


def distinctive_rows_for_export(result, translate: Translate = _same) -> ExportTable:
    """A ``distinctive_words`` result: per group its words, G2 and Log Ratio to two decimals."""
    rows = [[group_name(r.group, translate), r.word, r.count, r.other, round(100 * r.share, 2),
             round(100 * r.other_share, 2), round(r.g2, 2), round(r.log_ratio, 2), r.level] for r in result.rows]
    groups = ", ".join(f"{group_name(g.name, translate)} {g.words}" for g in result.groups)
    return ExportTable([translate(h) for h in DISTINCTIVE_HEADERS], rows, [0] * len(rows),
                       translate(DISTINCTIVE_N).format(groups=groups))


def kwic_rows_for_export(lines, translate: Translate = _same) -> ExportTable:
    """``kwic`` lines: document, case, speaker, the words left, the keyword, the words right."""
    rows = [[line.document, ", ".join(line.cases), line.respondent or line.speaker or "", line.left, line.keyword,
             line.right] for line in lines]
    return ExportTable([translate(h) for h in KWIC_HEADERS], rows, [0] * len(rows),
                       translate(KWIC_N).format(n=len(lines)))


# --- writing ---------------------------------------------------------------------------------
def export_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], path: str | os.PathLike, *,
                 names: NameFilter, title: str, filters_text: str, n_text: str, levels: Sequence[int] | None = None,
                 translate: Translate = _same, written: dt.date | None = None, notes: Sequence[str] = (),
                 template: str | os.PathLike | None = None) -> None:
    """Write the table to ``path`` (.csv, .xlsx or .docx, by the extension). CSV and Excel: the
    title, the filters, the n and date, the ``notes`` (sentences that go with the table), an
    empty line, the header, the rows. Word: the title as a caption, a "Table Grid" table, and
    the n, filters and date written under it, then the notes, ready to paste into the report.
    Raises ``ReportFileError``."""
    path = Path(path)
    file, extension = path.name or str(path), path.suffix.lower()
    above = [title, translate(FILTERS).format(filters=filters_text.strip() or "–"),
             table_note(n_text, "", written=written, translate=translate)] + list(notes)
    if extension == ".csv":
        lines = [[line] for line in above] + [[], list(headers)] + [[_csv(v) for v in row] for row in rows]
        data = csv_bytes(rows_scrubbed(lines, names))
    elif extension == ".xlsx":
        data = _xlsx(above, headers, rows, levels or [0] * len(rows), title, names)
    elif extension == ".docx":
        data = _docx(title, headers, rows, levels or [0] * len(rows),
                     table_note(n_text, filters_text, written=written, translate=translate), names, notes,
                     translate, template)
    else:
        raise ReportFileError(UNSUPPORTED, file=file, extension=extension or "?")
    write_atomically(path, data, file, ReportFileError)


def export(table: ExportTable, path: str | os.PathLike, *, names: NameFilter, title: str, filters_text: str,
           translate: Translate = _same, written: dt.date | None = None, notes: Sequence[str] = (),
           template: str | os.PathLike | None = None) -> None:
    """``export_table`` for an adapter's result."""
    export_table(table.headers, table.rows, path, names=names, title=title, filters_text=filters_text,
                 n_text=table.n_text, levels=table.levels, translate=translate, written=written,
                 notes=list(table.notes) + list(notes), template=template)


def _docx(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], levels: Sequence[int], note: str,
          names: NameFilter, notes: Sequence[str] = (), translate: Translate = _same,
          template: str | os.PathLike | None = None) -> bytes:
    from .word_style import TABLE_LABEL, add_table, new_document

    document = new_document(template)
    document.core_properties.title = xml_safe(title)
    # the code column shows a code's name, indented by its level (add_table takes the parent's path off)
    shown = [[_csv(value) for value in row] for row in rows]
    add_table(document, [xml_safe(h) for h in headers], list(zip(shown, levels)),
              caption=(translate(TABLE_LABEL), 1, title), notes=[note] + list(notes), translate=translate)
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
