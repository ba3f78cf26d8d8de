"""The inter-coder agreement report (``analysis.agreement``) as a Word table and an Excel sheet.

Design rules (why):
- One adapter, ``agreement_table``, turns the report into headers and cells; the window, the
  command line's text and both files show the very same cells, so they cannot disagree.
- Columns: Code | n | % agreement | Kappa | Kappa min | Kappa max (three or more coders) |
  Fleiss | Alpha | Band. The band is the Dutch band (``agreement_stats.BAND_LABELS``) of the
  kappa (the mean over pairs for three or more coders). A coefficient that is not defined is
  written as its reason ("no variation", "no units"), never as 0.
- Under the table (Word) / above it (Excel, like the other tables): the level's definition,
  the threshold (overlap), the coders, the documents compared and the date written, so a
  table found in a folder later still says what it measured.
- Files are written atomically through ``summary_report`` / ``write_atomically``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qdacoder.analysis.agreement import LEVEL_DEFINITIONS, AgreementReport, AgreementRow, Coefficient
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.validate import xml_safe
from qdacoder.reports.summary_report import WRITTEN, _write, docx_table, xlsx_table
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import docx_bytes, xlsx_bytes

Translate = Callable[[str], str]
DECIMALS = 3
HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Code"), QT_TRANSLATE_NOOP("qdacoder", "n"),
           QT_TRANSLATE_NOOP("qdacoder", "% agreement"), QT_TRANSLATE_NOOP("qdacoder", "Kappa"))
RANGE_HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Kappa min"), QT_TRANSLATE_NOOP("qdacoder", "Kappa max"))
MORE_HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Fleiss"), QT_TRANSLATE_NOOP("qdacoder", "Alpha"),
                QT_TRANSLATE_NOOP("qdacoder", "Band"))
OVERALL = QT_TRANSLATE_NOOP("qdacoder", "Overall")
TITLE = QT_TRANSLATE_NOOP("qdacoder", "Inter-coder agreement ({level})")
LEVEL_NAMES = {
    "occurrence": QT_TRANSLATE_NOOP("qdacoder", "code occurrence per document"),
    "frequency": QT_TRANSLATE_NOOP("qdacoder", "code frequency per document"),
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "passage overlap"),
    "character": QT_TRANSLATE_NOOP("qdacoder", "per character"),
}
CODERS = QT_TRANSLATE_NOOP("qdacoder", "coders: {coders}")
DOCUMENTS = QT_TRANSLATE_NOOP("qdacoder", "documents compared: {n}")
MEAN_KAPPA = QT_TRANSLATE_NOOP("qdacoder", "mean kappa over codes: {value}")
KAPPA_NOTE = QT_TRANSLATE_NOOP("qdacoder", "kappa: Cohen's kappa; with three or more coders the mean over pairs")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class AgreementTable:
    title: str
    headers: list[str]
    rows: list[list[Any]]
    levels: list[int]
    note: list[str]  # the lines that say what the table measured


def _value(coefficient: Coefficient, translate: Translate) -> Any:
    if coefficient.value is None:
        return translate(coefficient.reason or "")
    return round(coefficient.value, DECIMALS)


def _cells(row: AgreementRow, label: str, ranged: bool, translate: Translate) -> list[Any]:
    percent = None if row.percent is None else round(row.percent, 1)
    cells = [label, row.n, percent, _value(row.kappa, translate)]
    if ranged:
        cells += [None if row.kappa_min is None else round(row.kappa_min, DECIMALS),
                  None if row.kappa_max is None else round(row.kappa_max, DECIMALS)]
    band = row.kappa.band_label
    return cells + [_value(row.fleiss, translate), _value(row.alpha, translate),
                    "" if band is None else translate(band)]


def agreement_table(report: AgreementReport, project_name: str = "", translate: Translate = _same,
                    written: dt.date | None = None) -> AgreementTable:
    """Headers, one row per code then the overall row, and the note lines."""
    ranged = len(report.coders) > 2
    headers = [translate(h) for h in HEADERS + (RANGE_HEADERS if ranged else ()) + MORE_HEADERS]
    rows = [_cells(r, r.path, ranged, translate) for r in report.rows]
    rows.append(_cells(report.overall, translate(OVERALL), ranged, translate))
    title = translate(TITLE).format(level=translate(LEVEL_NAMES[report.level]))
    if project_name:
        title = f"{title} – {project_name}"
    note = [translate(LEVEL_DEFINITIONS[report.level]).format(threshold=_threshold(report.threshold)),
            translate(CODERS).format(coders=", ".join(report.coders)),
            translate(DOCUMENTS).format(n=report.documents), translate(KAPPA_NOTE)]
    if report.mean_code_kappa is not None:
        note.append(translate(MEAN_KAPPA).format(value=f"{report.mean_code_kappa:.{DECIMALS}f}"))
    note.append(translate(WRITTEN).format(date=(written or dt.date.today()).isoformat()))
    return AgreementTable(title, headers, rows, [r.depth for r in report.rows] + [0], note)


def _threshold(value: float) -> str:
    return f"{value * 100:g}"


def write_agreement_docx(report: AgreementReport, path: str | os.PathLike, *, names: NameFilter,
                         project_name: str = "", translate: Translate = _same, written: dt.date | None = None) -> None:
    """Word: a heading, the table ("Table Grid"), the note lines under it."""
    import docx

    table = agreement_table(report, project_name, translate, written)
    document = docx.Document()
    document.core_properties.title = xml_safe(table.title)
    document.add_heading(xml_safe(table.title), level=1)
    docx_table(document, table.headers, list(zip(table.rows, table.levels)))
    for line in table.note:
        document.add_paragraph(xml_safe(line))
    _write(path, docx_bytes(document, names))


def write_agreement_xlsx(report: AgreementReport, path: str | os.PathLike, *, names: NameFilter,
                         project_name: str = "", translate: Translate = _same, written: dt.date | None = None) -> None:
    """Excel: title, bold frozen header, the rows with real numbers, the note under them."""
    from openpyxl import Workbook

    table = agreement_table(report, project_name, translate, written)
    workbook = Workbook()
    workbook.properties.title = xml_safe(table.title) or None
    workbook.properties.creator = "qdacoder"
    sheet = workbook.active
    xlsx_table(sheet, table.title, table.headers, list(zip(table.rows, table.levels)), "; ".join(table.note))
    for number, values in enumerate(table.rows, start=3):
        for column, value in enumerate(values, start=1):
            if isinstance(value, float):
                sheet.cell(row=number, column=column).number_format = "0.0" if column == 3 else "0.000"
    _write(path, xlsx_bytes(workbook, names))
