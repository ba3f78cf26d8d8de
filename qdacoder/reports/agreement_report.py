"""The inter-coder agreement report (``analysis.agreement``) as a Word file and an Excel workbook.

Design rules (why):
- One adapter, ``agreement_table``, turns the report into headers and cells; the window, the
  command line's text and both files show the very same cells, so they cannot disagree.
- A figure is rounded once, to what is shown: coefficients to 3 decimals, percentages to 1
  (``agreement_stats.shown``). The cells hold those Decimals, so every output prints the same
  digits ("0.400", never "0.4" beside "0.394") and Excel gets real numbers. The band is read
  from the shown figure, and its column says which coefficient it reads.
- Columns (codes): Code | n | [n all coders] | % agreement | Kappa | [Kappa min | Kappa max] |
  Brennan-Prediger | Fleiss | Alpha | Band (Kappa); the bracketed ones with three or more
  coders. A coefficient that is not defined is written as its reason ("no variation",
  "no units"), never as 0.
- With three or more coders a second table gives every pair's n, % agreement, kappa and
  kappa_n; a third table gives the agreement per document, lowest first (where the coders
  diverge most). Word lists the first ``WORD_DOCUMENTS`` of them and says so; Excel all.
- The note lines say what the table measured (level, coders, documents compared and by which
  rule, what was left out, date); the method lines give each formula.
- Word: A4 landscape with the tables in 9 pt, so up to eleven columns of figures fit.
- Files are written atomically through ``summary_report`` / ``write_atomically``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from qdacoder.analysis.agreement import (
    LEVEL_DEFINITIONS, AgreementReport, AgreementRow, Coefficient, DocumentRow, PairFigure,
)
from qdacoder.analysis.agreement_stats import shown
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.tables import put_cell
from qdacoder.exchange.validate import xml_safe
from qdacoder.reports.summary_report import WRITTEN, _write, xlsx_table
from qdacoder.core.names import NameFilter
from qdacoder.reports.outfiles import docx_bytes, xlsx_bytes

Translate = Callable[[str], str]
DECIMALS = 3
WORD_DOCUMENTS = 25
HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Code"), QT_TRANSLATE_NOOP("qdacoder", "n"))
ALL_N = QT_TRANSLATE_NOOP("qdacoder", "n all coders")
PERCENT = QT_TRANSLATE_NOOP("qdacoder", "% agreement")
KAPPA = QT_TRANSLATE_NOOP("qdacoder", "Kappa")
RANGE_HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Kappa min"), QT_TRANSLATE_NOOP("qdacoder", "Kappa max"))
MORE_HEADERS = (QT_TRANSLATE_NOOP("qdacoder", "Brennan-Prediger"), QT_TRANSLATE_NOOP("qdacoder", "Fleiss"),
                QT_TRANSLATE_NOOP("qdacoder", "Alpha"))
BAND = QT_TRANSLATE_NOOP("qdacoder", "Band (Kappa)")
PAIR = QT_TRANSLATE_NOOP("qdacoder", "Coders")
DOCUMENT = QT_TRANSLATE_NOOP("qdacoder", "Document")
OVERALL = QT_TRANSLATE_NOOP("qdacoder", "Overall")
TITLE = QT_TRANSLATE_NOOP("qdacoder", "Inter-coder agreement ({level})")
PAIRS_TITLE = QT_TRANSLATE_NOOP("qdacoder", "Per pair of coders")
DOCUMENTS_TITLE = QT_TRANSLATE_NOOP("qdacoder", "Per document, lowest agreement first")
METHOD_TITLE = QT_TRANSLATE_NOOP("qdacoder", "Method")
SHEETS = (QT_TRANSLATE_NOOP("qdacoder", "Codes"), QT_TRANSLATE_NOOP("qdacoder", "Pairs"),
          QT_TRANSLATE_NOOP("qdacoder", "Documents"))
LEVEL_NAMES = {
    "occurrence": QT_TRANSLATE_NOOP("qdacoder", "code occurrence per document"),
    "frequency": QT_TRANSLATE_NOOP("qdacoder", "code frequency per document"),
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "passage overlap"),
    "character": QT_TRANSLATE_NOOP("qdacoder", "per character"),
}
CODERS = QT_TRANSLATE_NOOP("qdacoder", "coders: {coders}")
DOCUMENTS = QT_TRANSLATE_NOOP("qdacoder", "documents compared: {n}")
SINGLE = QT_TRANSLATE_NOOP("qdacoder", "Left out: {n} document(s) assigned to only one of these coders ({names}).")
UNASSIGNED = QT_TRANSLATE_NOOP("qdacoder", "No documents are assigned to {coders}: their ratings are missing everywhere.")
OUTSIDE = QT_TRANSLATE_NOOP("qdacoder", "Left out: {n} coding(s) in documents not assigned to their coder.")
UNUSED = QT_TRANSLATE_NOOP("qdacoder", "Not used by these coders in the documents compared, so left out of the figures: {codes}.")
UNUSED_INCLUDED = QT_TRANSLATE_NOOP("qdacoder", "Not used by these coders in the documents compared, included on request: {codes}.")
MEAN_KAPPA = QT_TRANSLATE_NOOP("qdacoder", "mean kappa over codes: {value}")
KAPPA_NOTE = QT_TRANSLATE_NOOP("qdacoder", "kappa: Cohen's kappa; with three or more coders the mean over pairs")
DOCUMENTS_SHOWN = QT_TRANSLATE_NOOP("qdacoder", "The {shown} documents with the lowest agreement of {total}; the Excel file lists all.")
SENTENCE = QT_TRANSLATE_NOOP("qdacoder", "Inter-coder agreement between {coders} ({level}, n = {n}): kappa = {kappa} "
                                        "({band}).")
METHOD = (
    QT_TRANSLATE_NOOP("qdacoder", "% agreement: the share of units on which the coders give the same rating; per pair over the units both coders rated, in the codes table over the units all coders rated (n all coders)."),
    QT_TRANSLATE_NOOP("qdacoder", "Cohen's kappa, per pair over the units both rated: κ = (pₒ − pₑ) / (1 − pₑ), pₒ the observed agreement, pₑ = Σ row total × column total / n², the agreement expected from each coder's own use of the ratings."),
    QT_TRANSLATE_NOOP("qdacoder", "Brennan and Prediger's free-marginal kappa, per pair over the units both rated: κₙ = (pₒ − 1/k) / (1 − 1/k), chance agreement 1/k for k possible ratings: k = 2 (present or absent); at the frequency level k = the number of distinct non-zero counts observed for the code plus one (zero)."),
    QT_TRANSLATE_NOOP("qdacoder", "Fleiss' kappa, over the units all coders rated: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ the mean share of agreeing pairs of coders per unit, P̄ₑ = Σ pⱼ², pⱼ the share of all ratings in category j."),
    QT_TRANSLATE_NOOP("qdacoder", "Krippendorff's alpha (nominal), over all values present: α = 1 − Dₒ / Dₑ, from the coincidences of values within units; a unit with fewer than two values is left out."),
    QT_TRANSLATE_NOOP("qdacoder", "Missing: a document not assigned to a coder is missing for that coder, not “nothing found”; every figure has its own n."),
    QT_TRANSLATE_NOOP("qdacoder", "Rounding: coefficients to 3 decimals, percentages to 1; the band is read from the figure as shown (slecht < 0, gering 0–0.200, matig 0.201–0.400, redelijk 0.401–0.600, voldoende tot goed 0.601–0.800, bijna perfect 0.801–1)."),
)


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Section:
    """One table: its heading, headers, rows and the indent level of each row."""

    title: str
    headers: list[str]
    rows: list[list[Any]]
    levels: list[int]
    note: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AgreementTable:
    title: str
    headers: list[str]
    rows: list[list[Any]]
    levels: list[int]
    note: list[str]  # the lines that say what the table measured
    pairs: Section | None  # three or more coders
    documents: Section
    method: list[str]


def _value(coefficient: Coefficient, translate: Translate) -> Any:
    if coefficient.value is None:
        return translate(coefficient.reason or "")
    return coefficient.shown


def _figure(value: float | None, decimals: int) -> Decimal | None:
    return None if value is None else shown(value, decimals)


def _band(coefficient: Coefficient, translate: Translate) -> str:
    return "" if coefficient.band_label is None else translate(coefficient.band_label)


def _cells(row: AgreementRow, label: str, many: bool, translate: Translate) -> list[Any]:
    cells = [label, row.n] + ([row.n_all] if many else []) + [_figure(row.percent, 1), _value(row.kappa, translate)]
    if many:
        cells += [_figure(row.kappa_min, DECIMALS), _figure(row.kappa_max, DECIMALS)]
    return cells + [_value(row.free_kappa, translate), _value(row.fleiss, translate), _value(row.alpha, translate),
                    _band(row.kappa, translate)]


def _pair_cells(label: str, pair: PairFigure, translate: Translate) -> list[Any]:
    return [label, " – ".join(pair.coders), pair.n, _figure(pair.percent, 1), _value(pair.kappa, translate),
            _value(pair.free_kappa, translate), _band(pair.kappa, translate)]


def _document_cells(row: DocumentRow, translate: Translate) -> list[Any]:
    return [row.name, ", ".join(row.coders), row.n, _figure(row.percent, 1), _value(row.alpha, translate)]


def notes(report: AgreementReport, translate: Translate = _same, written: dt.date | None = None) -> list[str]:
    """What the table measured, one line each: level, coders, documents and their rule, what
    was left out, the kappa used, the date."""
    lines = [translate(LEVEL_DEFINITIONS[report.level]).format(threshold=f"{report.threshold * 100:g}"),
             translate(CODERS).format(coders=", ".join(report.coders)),
             translate(DOCUMENTS).format(n=report.documents), translate(report.documents_sentence)]
    if report.single_coder_documents:
        lines.append(translate(SINGLE).format(n=len(report.single_coder_documents),
                                              names=", ".join(report.single_coder_documents)))
    if report.unassigned_coders:
        lines.append(translate(UNASSIGNED).format(coders=", ".join(report.unassigned_coders)))
    if report.outside_assignment:
        lines.append(translate(OUTSIDE).format(n=report.outside_assignment))
    if report.unused_codes:
        lines.append(translate(UNUSED_INCLUDED if report.include_unused else UNUSED).format(
            codes=", ".join(report.unused_codes)))
    lines.append(translate(KAPPA_NOTE))
    if report.mean_code_kappa is not None:
        lines.append(translate(MEAN_KAPPA).format(value=shown(report.mean_code_kappa)))
    lines.append(translate(WRITTEN).format(date=(written or dt.date.today()).isoformat()))
    return lines


def report_sentence(report: AgreementReport, translate: Translate = _same) -> str | None:
    """The agreement in one sentence, for the method paragraph of the draft report; None
    when there is no kappa to give. The kappa as the tables show it, written as reports write
    it (.768)."""
    kappa = report.overall.kappa
    if kappa.value is None:
        return None
    return translate(SENTENCE).format(
        coders=", ".join(report.coders), level=translate(LEVEL_NAMES[report.level]), n=kappa.n,
        kappa=str(kappa.shown).replace("0.", ".", 1), band=_band(kappa, translate)) + " " + \
        translate(report.documents_sentence)


def agreement_table(report: AgreementReport, project_name: str = "", translate: Translate = _same,
                    written: dt.date | None = None) -> AgreementTable:
    """Headers, one row per code then the overall row, the pairs and documents tables, the
    note and the method lines."""
    many = len(report.coders) > 2
    headers = list(HEADERS) + ([ALL_N] if many else []) + [PERCENT, KAPPA] + (list(RANGE_HEADERS) if many else [])
    headers = [translate(h) for h in headers + list(MORE_HEADERS) + [BAND]]
    overall = translate(OVERALL)
    rows = [_cells(r, r.path, many, translate) for r in report.rows]
    rows.append(_cells(report.overall, overall, many, translate))
    title = translate(TITLE).format(level=translate(LEVEL_NAMES[report.level]))
    if project_name:
        title = f"{title} – {project_name}"
    pairs = None
    if many:
        pair_rows, pair_levels = [], []
        for row, label in [(r, r.path) for r in report.rows] + [(report.overall, overall)]:
            for pair in row.pairs:
                pair_rows.append(_pair_cells(label, pair, translate))
                pair_levels.append(row.depth)
        pairs = Section(translate(PAIRS_TITLE), [translate(h) for h in (
            HEADERS[0], PAIR, HEADERS[1], PERCENT, KAPPA, MORE_HEADERS[0], BAND)], pair_rows, pair_levels)
    documents = Section(translate(DOCUMENTS_TITLE),
                        [translate(h) for h in (DOCUMENT, PAIR, HEADERS[1], PERCENT, MORE_HEADERS[2])],
                        [_document_cells(r, translate) for r in report.document_rows], [0] * len(report.document_rows))
    return AgreementTable(title, headers, rows, [r.depth for r in report.rows] + [0],
                          notes(report, translate, written), pairs, documents, [translate(m) for m in METHOD])


def write_agreement_docx(report: AgreementReport, path: str | os.PathLike, *, names: NameFilter,
                         project_name: str = "", translate: Translate = _same, written: dt.date | None = None) -> None:
    """Word: a heading, the codes table ("Table Grid") with its note lines under it, the pairs
    table, the documents with the lowest agreement, the method."""
    from .word_style import TABLE_LABEL, add_table, new_document

    table = agreement_table(report, project_name, translate, written)
    document = new_document()
    document.core_properties.title = xml_safe(table.title)
    document.add_heading(xml_safe(table.title), level=1)
    label = translate(TABLE_LABEL)
    # up to eleven columns of figures: add_table turns the page to landscape when they need it
    add_table(document, table.headers, list(zip(table.rows, table.levels)), caption=(label, 1, table.title),
              notes=table.note, translate=translate)
    sections = [table.pairs] if table.pairs else []
    for number, section in enumerate(sections + [table.documents], start=2):
        rows = list(zip(section.rows, section.levels))
        shown = rows[:WORD_DOCUMENTS] if section is table.documents else rows
        note = [translate(DOCUMENTS_SHOWN).format(shown=WORD_DOCUMENTS, total=len(rows))] if len(shown) < len(rows) else []
        add_table(document, section.headers, shown, caption=(label, number, section.title), notes=note,
                  translate=translate)
    document.add_heading(xml_safe(translate(METHOD_TITLE)), level=2)
    for line in table.method:
        document.add_paragraph(xml_safe(line))
    _write(path, docx_bytes(document, names))


def _number_formats(sheet: Any, rows: list[list[Any]]) -> None:
    """Figures stay numbers, shown with the decimals they were rounded to."""
    for number, values in enumerate(rows, start=3):
        for column, value in enumerate(values, start=1):
            if isinstance(value, Decimal):
                sheet.cell(row=number, column=column).number_format = "0." + "0" * -value.as_tuple().exponent


def write_agreement_xlsx(report: AgreementReport, path: str | os.PathLike, *, names: NameFilter,
                         project_name: str = "", translate: Translate = _same, written: dt.date | None = None) -> None:
    """Excel: the codes sheet (title, bold frozen header, real numbers, the note and the method
    under it), a sheet per pair table and for the documents."""
    from openpyxl import Workbook

    table = agreement_table(report, project_name, translate, written)
    workbook = Workbook()
    workbook.properties.title = xml_safe(table.title) or None
    workbook.properties.creator = "qdacoder"
    sheet = workbook.active
    sheet.title = translate(SHEETS[0])[:31]
    xlsx_table(sheet, table.title, table.headers, list(zip(table.rows, table.levels)), "; ".join(table.note))
    _number_formats(sheet, table.rows)
    for offset, line in enumerate([translate(METHOD_TITLE)] + table.method, start=len(table.rows) + 6):
        put_cell(sheet, offset, 1, line)
    for name, section in ([(SHEETS[1], table.pairs)] if table.pairs else []) + [(SHEETS[2], table.documents)]:
        extra = workbook.create_sheet(translate(name)[:31])
        xlsx_table(extra, section.title, section.headers, list(zip(section.rows, section.levels)), table.title)
        _number_formats(extra, section.rows)
    _write(path, xlsx_bytes(workbook, names))
