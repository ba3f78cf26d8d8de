"""Saturation (``analysis.saturation``) in words, as a table, as a chart and as files: the sentence
a method section can use, the table per document, the chart of new and cumulative codes, and the
Word, Excel, CSV, PNG and SVG files.

Design rules (why):
- Nothing is computed here: every figure comes from the ``Saturation`` result, so the window,
  the command line, the files and the draft report say the same.
- Whole sentences are translated, with counted words ("1 new code", "4 interviews") as their
  own templates, so Dutch can follow ("Met een basis van 4 interviews en runs van 2 interviews
  trad dataverzadiging op bij interview 11: ..."). The documents are "interviews" when every
  document taken is a transcript, "documents" otherwise.
- A percentage is shown whole when it is whole, else with as many decimals as it takes to stay
  on its side of the threshold: 1 of 19 is "5.3%", not a "5%" that seems to meet a 5% rule.
- The table marks each run that meets the rule, so the point can be checked by eye.
- Files go through the shared writers: tables through ``table_export.export``, charts through
  ``charts.save_figure``, Word through ``outfiles.docx_bytes`` and ``summary_report`` (atomic,
  the same table style), so the project's name filter replaces every listed name, document
  names in the table and notes included, at the last moment.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from matplotlib.figure import Figure

from ..analysis.case_summary import dutch_number, n_label
from ..analysis.saturation import Saturation
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.names import NameFilter
from ..exchange.validate import xml_safe
from . import table_export as te
from .charts import COLORS, NOTHING, PRINT_DPI, ChartFileError, save_figure
from .outfiles import docx_bytes, figure_bytes
from .summary_report import ReportFileError, _write, table_note

Translate = Callable[[str], str]

TEXTS = {
    "title": QT_TRANSLATE_NOOP("qdacoder", "Saturation: new codes per document"),
    "reached": QT_TRANSLATE_NOOP(
        "qdacoder", "With a base of {base} and runs of {run}, saturation was reached at {unit} {point}: "
        "the run {first}-{last} brought {new} ({percent} of {size})."),
    "not_reached": QT_TRANSLATE_NOOP(
        "qdacoder", "With a base of {base} and runs of {run}, saturation was not reached: no run brought "
        "{threshold} new codes or less (the last run, {first}-{last}, brought {new}, {percent} of {size})."),
    "too_few": QT_TRANSLATE_NOOP(
        "qdacoder", "Saturation cannot be assessed: a base of {base} and runs of {run} need at least {needed} "
        "with codings, and there are {count}."),
    "method": QT_TRANSLATE_NOOP(
        "qdacoder", "The {units} were taken {order}; a run counts as saturated at {threshold} new codes or less, "
        "relative to the codes of the base (B = {size}; Guest, Namey & Chen, 2020)."),
    "imported": QT_TRANSLATE_NOOP("qdacoder", "in import order"),
    "first-coded": QT_TRANSLATE_NOOP("qdacoder", "in the order in which they were first coded"),
    "name": QT_TRANSLATE_NOOP("qdacoder", "in order of name"),
    "attribute": QT_TRANSLATE_NOOP("qdacoder", "in order of {attribute}"),
    "not_coded": QT_TRANSLATE_NOOP("qdacoder", "Left out, without counted codings: {names}."),
    "without_value": QT_TRANSLATE_NOOP("qdacoder", "Without a value for {attribute}, placed at the end: {names}."),
    "more": QT_TRANSLATE_NOOP("qdacoder", "{names} and {n} more"),
    "interview": QT_TRANSLATE_NOOP("qdacoder", "interview"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "document"),
    "interviews": QT_TRANSLATE_NOOP("qdacoder", "interviews"),
    "documents": QT_TRANSLATE_NOOP("qdacoder", "documents"),
    "n_interview": QT_TRANSLATE_NOOP("qdacoder", "{n} interview"),
    "n_interviews": QT_TRANSLATE_NOOP("qdacoder", "{n} interviews"),
    "n_document": QT_TRANSLATE_NOOP("qdacoder", "{n} document"),
    "n_documents": QT_TRANSLATE_NOOP("qdacoder", "{n} documents"),
    "new_code": QT_TRANSLATE_NOOP("qdacoder", "{n} new code"),
    "new_codes": QT_TRANSLATE_NOOP("qdacoder", "{n} new codes"),
    "percent": QT_TRANSLATE_NOOP("qdacoder", "{n}%"),
    "decimal_percent": QT_TRANSLATE_NOOP("qdacoder", "{units}.{decimals}%"),
    "settings": QT_TRANSLATE_NOOP("qdacoder", "base {base}, run {run}, threshold {threshold}"),
    # the table
    "h_document": QT_TRANSLATE_NOOP("qdacoder", "Document"),
    "h_position": QT_TRANSLATE_NOOP("qdacoder", "No."),
    "h_imported": QT_TRANSLATE_NOOP("qdacoder", "Imported"),
    "h_first-coded": QT_TRANSLATE_NOOP("qdacoder", "First coded"),
    "h_new": QT_TRANSLATE_NOOP("qdacoder", "New codes"),
    "h_cumulative": QT_TRANSLATE_NOOP("qdacoder", "Cumulative"),
    "h_run": QT_TRANSLATE_NOOP("qdacoder", "Run"),
    "h_run_new": QT_TRANSLATE_NOOP("qdacoder", "New in run"),
    "h_run_percent": QT_TRANSLATE_NOOP("qdacoder", "New information (%)"),
    "h_meets": QT_TRANSLATE_NOOP("qdacoder", "Rule met"),
    "h_codes": QT_TRANSLATE_NOOP("qdacoder", "Codes first applied here"),
    "yes": QT_TRANSLATE_NOOP("qdacoder", "yes"),
    "no": QT_TRANSLATE_NOOP("qdacoder", "no"),
    # the chart
    "bars": QT_TRANSLATE_NOOP("qdacoder", "New codes"),
    "line": QT_TRANSLATE_NOOP("qdacoder", "Codes so far"),
    "base": QT_TRANSLATE_NOOP("qdacoder", "Base"),
    "point": QT_TRANSLATE_NOOP("qdacoder", "Saturation at {unit} {point} (run {first}-{last})"),
    "x_label": QT_TRANSLATE_NOOP("qdacoder", "{units}, {order}"),
    "y_label": QT_TRANSLATE_NOOP("qdacoder", "Codes"),
    "figure": QT_TRANSLATE_NOOP("qdacoder", "Figure {number}. {title}"),
    "table": QT_TRANSLATE_NOOP("qdacoder", "Table {number}. {title}"),
}
MAX_NAMES = 10  # documents named in a note; the rest are counted
UNSUPPORTED = QT_TRANSLATE_NOOP("qdacoder", "{file}: saturation is saved as .docx, .xlsx, .csv, .png or .svg, "
                                "not as {extension}.")
TABLE_FILES, CHART_FILES = (".docx", ".xlsx", ".csv"), (".png", ".svg")


def _same(text: str) -> str:
    return text


def title_for(project_name: str, translate: Translate = _same) -> str:
    return f"{translate(TEXTS['title'])} – {project_name}"


# --- words -----------------------------------------------------------------------------------
def _threshold(result: Saturation) -> Fraction:
    return Fraction(repr(float(result.threshold)))


def percent_text(share: Fraction, threshold: Fraction | None = None, translate: Translate = _same) -> str:
    """``share`` (a fraction of 1) as a percentage: whole when it is whole, else with one
    decimal, or more when one decimal would put it on the other side of ``threshold``."""
    percent = share * 100
    if percent.denominator == 1:
        return translate(TEXTS["percent"]).format(n=percent.numerator)
    exact = Decimal(percent.numerator) / Decimal(percent.denominator)
    for decimals in range(1, 7):
        shown = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        if threshold is None or (Fraction(shown) <= threshold * 100) == (percent <= threshold * 100):
            break
    units, _, fraction = format(shown, "f").partition(".")
    if not fraction.strip("0"):
        return translate(TEXTS["percent"]).format(n=units)
    return translate(TEXTS["decimal_percent"]).format(units=units, decimals=fraction)


def _words(result: Saturation, translate: Translate) -> dict[str, Callable]:
    unit = "interview" if result.interviews else "document"

    def count(n: int) -> str:
        return translate(TEXTS[f"n_{unit}" + ("" if n == 1 else "s")]).format(n=n)

    def new(n: int) -> str:
        return translate(TEXTS["new_code" if n == 1 else "new_codes"]).format(n=n)

    return {"unit": translate(TEXTS[unit]), "units": translate(TEXTS[unit + "s"]), "count": count, "new": new}


def order_text(result: Saturation, translate: Translate = _same) -> str:
    """"in import order", "in order of interviewdatum", ..."""
    return translate(TEXTS[result.order]).format(attribute=result.attribute or "")


def sentence(result: Saturation, translate: Translate = _same) -> str:
    """The sentence for a method section: where saturation was reached (or that it was not, or
    cannot be assessed), then how (order, threshold, base size, the source of the rule)."""
    w = _words(result, translate)
    threshold = percent_text(_threshold(result), translate=translate)
    fields = {"base": w["count"](result.base), "run": w["count"](result.run), "unit": w["unit"],
              "size": result.base_size, "threshold": threshold}
    if not result.assessable:
        return translate(TEXTS["too_few"]).format(**fields, needed=w["count"](result.base + result.run),
                                                  count=len(result.documents))
    run = result.saturating_run or result.runs[-1]
    fields.update(first=run.first, last=run.last, new=w["new"](run.new), point=result.point,
                  percent=percent_text(run.ratio, _threshold(result), translate))
    first = translate(TEXTS["reached" if result.point else "not_reached"]).format(**fields)
    method = translate(TEXTS["method"]).format(units=w["units"], order=order_text(result, translate),
                                               threshold=threshold, size=result.base_size)
    return f"{first} {method}"


def _names(names: Sequence[str], translate: Translate) -> str:
    if len(names) <= MAX_NAMES:
        return ", ".join(names)
    return translate(TEXTS["more"]).format(names=", ".join(names[:MAX_NAMES]), n=len(names) - MAX_NAMES)


def notes(result: Saturation, translate: Translate = _same) -> list[str]:
    """What the result left out or put at the end, in words; empty when nothing."""
    found = []
    if result.not_coded:
        found.append(translate(TEXTS["not_coded"]).format(names=_names(result.not_coded, translate)))
    if result.without_value:
        found.append(translate(TEXTS["without_value"]).format(attribute=result.attribute,
                                                              names=_names(result.without_value, translate)))
    return found


def full_text(result: Saturation, translate: Translate = _same) -> str:
    """The sentence and the notes: what the draft report's method paragraph takes."""
    return " ".join([sentence(result, translate)] + notes(result, translate))


# --- the table -------------------------------------------------------------------------------
def rows_for_export(result: Saturation, translate: Translate = _same) -> te.ExportTable:
    """One row per document in the order: its place, what it was ordered by, its new codes, the
    codes so far, and the run ending there with its new information and whether it meets the rule."""
    value_header = {"imported": translate(TEXTS["h_imported"]), "first-coded": translate(TEXTS["h_first-coded"]),
                    "attribute": result.attribute}.get(result.order)
    headers = [translate(TEXTS["h_document"]), translate(TEXTS["h_position"])]
    headers += [value_header] if value_header else []
    headers += [translate(TEXTS[k]) for k in ("h_new", "h_cumulative", "h_run", "h_run_new", "h_run_percent",
                                               "h_meets", "h_codes")]
    limit = _threshold(result)
    rows = []
    for step in result.documents:
        run = result.run_ending_at(step.position)
        cells = [step.document, step.position] + ([step.value or None] if value_header else [])
        cells += [len(step.new_codes), step.cumulative]
        if run is None:
            cells += [None, None, None, None]
        else:
            percent = run.ratio * 100
            cells += [f"{run.first}-{run.last}", run.new,
                      percent.numerator if percent.denominator == 1 else round(float(percent), 2),
                      translate(TEXTS["yes" if run.ratio <= limit else "no"])]
        cells.append("; ".join(step.new_codes))
        rows.append(cells)
    n_text = "; ".join([n_label(len(result.documents), "document", translate), translate(TEXTS["settings"]).format(
        base=result.base, run=result.run, threshold=percent_text(limit, translate=translate))])
    return te.ExportTable(headers, rows, [0] * len(rows), n_text)


# --- the chart -------------------------------------------------------------------------------
def chart(result: Saturation, *, translate: Translate = _same, title: str | None = None,
          figure: Figure | None = None, filters_text: str = "") -> Figure:
    """Bars of the new codes per document, the line of the codes so far, the base shaded and
    the saturation point marked (with the run that reached it); ``filters_text`` (the filters
    and the reading) under it, as under every chart."""
    from matplotlib.ticker import MaxNLocator

    from .charts import _footer, _fresh

    # the filter line under the axis' label: the legend takes the bottom of the figure
    footer, foot_height = _footer(filters_text, 7.5, translate)
    figure = _fresh(figure, 8, 4.2 + foot_height)
    ax = figure.add_subplot()
    ax.set_title(title if title is not None else translate(TEXTS["title"]), loc="left", fontsize=10)
    if not result.documents:
        ax.text(0.5, 0.5, translate(NOTHING), transform=ax.transAxes, ha="center", va="center")
        ax.set_axis_off()
        return figure
    w = _words(result, translate)
    positions = [d.position for d in result.documents]
    many = len(positions) > 60
    handles = [ax.bar(positions, [len(d.new_codes) for d in result.documents], color=COLORS["codings"], width=0.8,
                      label=translate(TEXTS["bars"]), zorder=2)]
    handles += ax.plot(positions, [d.cumulative for d in result.documents], color="#E69F00", linewidth=1.8,
                       marker=None if many else "o", markersize=3.5, label=translate(TEXTS["line"]), zorder=3)
    if result.base <= len(positions):
        handles.append(ax.axvspan(0.5, result.base + 0.5, color="#e6e6e6", zorder=0, label=translate(TEXTS["base"])))
    run = result.saturating_run
    if run is not None:
        ax.axvspan(run.first - 0.5, run.last + 0.5, color=COLORS["promoting"], alpha=0.18, zorder=1)
        handles.append(ax.axvline(run.last, color=COLORS["promoting"], linestyle="--", linewidth=1.4, zorder=4,
                                  label=translate(TEXTS["point"]).format(unit=w["unit"], point=result.point,
                                                                        first=run.first, last=run.last)))
    ax.set_xlim(0.4, len(positions) + 0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(translate(TEXTS["x_label"]).format(units=w["units"].capitalize(),
                                                     order=order_text(result, translate))
                  + (f"\n{footer}" if footer else ""), fontsize=8)
    ax.set_ylabel(translate(TEXTS["y_label"]), fontsize=8)
    ax.tick_params(labelsize=8)
    ax.grid(axis="y", color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    figure.legend(handles=handles, loc="outside lower center", ncols=len(handles), fontsize=8, frameon=False)
    return figure


# --- files -----------------------------------------------------------------------------------
def write(result: Saturation, path: str | os.PathLike, *, names: NameFilter, project_name: str, filters_text: str,
          translate: Translate = _same, written: dt.date | None = None) -> None:
    """Write the saturation of a project to ``path``, by its extension: Word (the sentence, the
    chart and the table), Excel or CSV (the table with the sentence above it), PNG or SVG (the
    chart). Raises ``ReportFileError`` or ``ChartFileError``; then no file was written."""
    path = Path(path)
    extension, title = path.suffix.lower(), title_for(project_name, translate)
    if extension in CHART_FILES:
        save_figure(chart(result, translate=translate, title=title, filters_text=filters_text), path, names=names)
    elif extension == ".docx":
        _write(path, _docx(result, title, filters_text, translate, written, names))
    elif extension in TABLE_FILES:
        te.export(rows_for_export(result, translate), path, names=names, title=title, filters_text=filters_text,
                  translate=translate, written=written, notes=[sentence(result, translate)] + notes(result, translate))
    else:
        raise ReportFileError(UNSUPPORTED, file=path.name or str(path), extension=extension or "?")


def _docx(result: Saturation, title: str, filters_text: str, translate: Translate, written: dt.date | None,
          names: NameFilter) -> bytes:
    from docx.shared import Cm

    from .word_style import FIGURE_LABEL, TABLE_LABEL, add_caption, add_table, new_document

    document = new_document()
    document.core_properties.title = xml_safe(title)
    document.add_heading(xml_safe(title), level=1)
    document.add_paragraph(xml_safe(sentence(result, translate)))
    for line in notes(result, translate):
        document.add_paragraph(xml_safe(line))
    image = io.BytesIO(figure_bytes(chart(result, translate=translate, title="", filters_text=filters_text), "png",
                                    names, dpi=PRINT_DPI))
    document.add_picture(image, width=Cm(16))
    add_caption(document, translate(FIGURE_LABEL), 1, translate(TEXTS["title"]))
    table = rows_for_export(result, translate)
    # numbers as the other Word tables write them (a decimal comma), text as it is
    add_table(document, table.headers, [([dutch_number(v) if isinstance(v, float) else v for v in row], 0)
                                        for row in table.rows],
              caption=(translate(TABLE_LABEL), 1, translate(TEXTS["title"])),
              notes=[table_note(table.n_text, filters_text, written=written, translate=translate)],
              translate=translate)
    return docx_bytes(document, names)


__all__ = ["ChartFileError", "chart", "full_text", "notes", "percent_text", "rows_for_export", "sentence", "write"]
