"""`qdacoder stats`, `qdacoder matrix`, `qdacoder cooccurrence` and `qdacoder chart`: code
frequencies, code x case (document, attribute) matrices, co-occurrence and their charts.

Thin, like the rest of the command line: every number comes from ``analysis.frequency_table``,
``analysis.matrices``, ``analysis.crosstab`` and ``analysis.cooccurrence`` (the functions the
window and the exports call), the files from ``reports.table_export`` and ``reports.charts``,
the filter options from ``cli_filters``. In JSON a figure that is not known (a case without a
document of the filtered kind) is ``null``, never 0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .filters import build_filters, filter_options
from ..core.codes import find_code_by_path, list_codes
from ..core.errors import NotFoundError, QT_TRANSLATE_NOOP
from ..core.names import name_filter
from ..core.project import Project
from ..reports.language import translator
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument, pseudonymised_option
from .options import table_text as _text
from .words import scope_options, word_options

FILE = click.Path(dir_okay=False, path_type=Path)
COLUMN_HELP = "cases, documents, or attribute:NAME (a case, document or respondent attribute, or 'role')."


def _columns(value: str, option: str) -> str:
    """"cases", "documents" or "attribute:NAME" (also "case", "document")."""
    key = value.strip()
    if key in ("case", "cases", "document", "documents"):
        return key.rstrip("s") + "s"
    if key.startswith("attribute:") and key[len("attribute:"):].strip():
        return key
    raise click.BadParameter(f"“{value}”: give cases, documents or attribute:NAME.", param_hint=option)


def _variable(p: Project, spec: str):
    from ..analysis.crosstab import find_cross_variable

    variable = find_cross_variable(p, spec[len("attribute:"):])
    if variable is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no attribute named “{name}”."),
                            name=spec[len("attribute:"):])
    return variable


def _counts(c) -> dict[str, int]:
    return {"codings": c.codings, "passages": c.passages, "documents": c.documents, "cases": c.cases,
            "promoting": c.promoting, "hindering": c.hindering, "no_valence": c.no_valence}


def frequency_json(rows) -> list[dict[str, Any]]:
    """The frequency rows as the command line gives them: the branch's figures (for a code
    with subcodes: its whole branch, each passage, document and case once), and ``own``."""
    return [{"code": r.path, "depth": r.depth, **_counts(r.subtree), "cases_total": r.cases_total,
             "percent": r.percent, "share": r.share_text(), "own": _counts(r.own)} for r in rows]


def matrix_json(matrix, presence: bool = False) -> dict[str, Any]:
    values = matrix.values(presence)
    return {"columns": [{"name": c.name, "known": c.known} for c in matrix.columns],
            "rows": [{"code": r.path, "cells": dict(zip(matrix.column_labels, v))} for r, v in zip(matrix.rows, values)]}


def crosstab_json(table) -> dict[str, Any]:
    labels = table.column_labels
    fields = ("codings", "cases", "codings_row_percent", "codings_column_percent", "cases_row_percent",
              "cases_column_percent")
    return {"variable": table.variable, "target": table.target, "n": table.n,
            "columns": [{"name": c.label, "n": c.n, "missing": c.value is None} for c in table.columns],
            "rows": [{"code": r.path, **{f: dict(zip(labels, getattr(r, f))) for f in fields}} for r in table.rows]}


def cooccurrence_json(matrix) -> dict[str, Any]:
    rows = []
    for i, code in enumerate(matrix.codes):
        met = {other.path: {"count": matrix.counts[i][j], "jaccard": matrix.jaccard[i][j]}
               for j, other in enumerate(matrix.codes) if j != i and matrix.counts[i][j]}
        rows.append({"code": code.path, "units": matrix.counts[i][i], "with": met})
    return {"scope": matrix.scope, "n": matrix.units, "rows": rows}


def register(cli: click.Group) -> None:
    """Add ``stats``, ``matrix``, ``cooccurrence`` and ``chart`` to the main command."""
    # the table exports (openpyxl, python-docx) are imported by the commands that use them, so
    # `import qdacoder.cli` stays light for every other command
    from ..analysis.filters import describe

    xlsx_option = click.option("--xlsx", "xlsx_file", type=FILE, help="Also write the table as an Excel sheet.")
    csv_option = click.option("--csv", "csv_file", type=FILE, help="Also write the table as CSV (UTF-8, ';').")
    docx_option = click.option("--docx", "docx_file", type=FILE, help="Also write the table as a Word table.")

    def write_tables(table, title: str, filters_text: str, files, t, names) -> list[str]:
        from ..reports import table_export as te

        written = []
        for file in files:
            if file is not None:
                te.export(table, file, names=names, title=title, filters_text=filters_text, translate=t)
                written.append(f"Wrote {file}")
        return written

    def by_columns(p: Project, spec: str, filters, presence: bool, measure: str = "cases", percent: str | None = None,
                   t=lambda text: text):
        """(export table, JSON, title, the object) for a matrix or crosstab."""
        from ..analysis.crosstab import crosstab
        from ..analysis.matrices import code_matrix
        from ..reports import table_export as te

        if spec.startswith("attribute:"):
            if presence:
                raise click.BadParameter("it is for cases or documents, not attributes.", param_hint="--presence")
            table = crosstab(p, _variable(p, spec), filters=filters, translate=t)
            return (te.crosstab_rows_for_export(table, measure, percent, t), crosstab_json(table),
                    te.title_for("crosstab", p.name, t, variable=table.variable), table)
        matrix = code_matrix(p, spec, filters=filters)
        return (te.matrix_rows_for_export(matrix, presence, t), matrix_json(matrix, presence),
                te.title_for(spec, p.name, t), matrix)

    @cli.command("stats")
    @project_argument
    @click.option("--by", "by", help="Also count per " + COLUMN_HELP)
    @filter_options
    @json_option
    @xlsx_option
    @csv_option
    @docx_option
    @language_option
    @pseudonymised_option
    @plain_errors
    def stats(project: Path, by: str | None, filter_args, as_json: bool, xlsx_file, csv_file, docx_file,
              language: str | None) -> None:
        """Code frequencies in PROJECT: per code the codings, passages, documents and cases (the
        share of the cases in scope) and the valence; a code with subcodes counts its branch,
        each passage, document and case once. With --by, also per case, document or value."""
        from ..analysis.frequency_table import frequency_table
        from ..reports import table_export as te

        spec = _columns(by, "--by") if by else None
        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            names = name_filter(p)
            filters = build_filters(p, **filter_args)
            filters_text = describe(p, filters, t)
            rows = frequency_table(p, filters)
            data = {"filters": filters_text, "n": rows[0].cases_total if rows else 0, "by": spec,
                    "rows": frequency_json(rows)}
            if spec is None:
                table, title = te.frequency_rows_for_export(rows, t), te.title_for("frequencies", p.name, t)
            else:
                table, by_json, title, _ = by_columns(p, spec, filters, False, t=t)
                data["columns"] = by_json["columns"]
                for row, extra in zip(data["rows"], by_json["rows"]):  # cells, or a crosstab's figures
                    row["by"] = extra["cells"] if "cells" in extra else {k: v for k, v in extra.items() if k != "code"}
        lines = write_tables(table, title, filters_text, (xlsx_file, csv_file, docx_file), t, names)
        emit(data, as_json, "\n".join([title, filters_text, _text(table)] + lines))

    @cli.command("matrix")
    @project_argument
    @click.option("--rows", "rows_kind", type=click.Choice(["codes"]), default="codes", show_default=True,
                  help="What the rows are.")
    @click.option("--columns", "columns", default="cases", show_default=True, help="The columns: " + COLUMN_HELP)
    @click.option("--presence", is_flag=True, help="Whether the code occurs (1/0) instead of how often.")
    @click.option("--measure", type=click.Choice(["cases", "codings"]), default="cases", show_default=True,
                  help="Attribute columns: count cases or codings in the table.")
    @click.option("--percent", type=click.Choice(["row", "column"]), help="Attribute columns: add row or column %.")
    @filter_options
    @json_option
    @xlsx_option
    @csv_option
    @docx_option
    @click.option("--png", "png_file", type=FILE, help="Also draw it as a heat map (.png).")
    @click.option("--svg", "svg_file", type=FILE, help="Also draw it as a heat map (.svg).")
    @language_option
    @pseudonymised_option
    @plain_errors
    def matrix(project: Path, rows_kind: str, columns: str, presence: bool, measure: str, percent: str | None,
               filter_args, as_json: bool, xlsx_file, csv_file, docx_file, png_file, svg_file, language: str | None) -> None:
        """Codes by cases, documents or the values of an attribute in PROJECT: codings per cell
        (or presence); for an attribute the codings and cases with row and column percentages
        and each column's n. A case without a document of the filtered kind is not known."""
        from ..reports.charts import heatmap, save_figure

        spec = _columns(columns, "--columns")
        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            names = name_filter(p)
            filters = build_filters(p, **filter_args)
            filters_text = describe(p, filters, t)
            table, data, title, result = by_columns(p, spec, filters, presence, measure, percent, t)
            colors = {c.id: c.color for c in list_codes(p)}  # the codes' colours beside their names
        data = {"rows_kind": rows_kind, "columns_kind": spec, "filters": filters_text, **data}
        lines = write_tables(table, title, filters_text, (xlsx_file, csv_file, docx_file), t, names)
        for file in (png_file, svg_file):
            if file is not None:
                values = result.values(measure, percent) if spec.startswith("attribute:") else result.values(presence)
                save_figure(heatmap(result, values=values, title=title, translate=t, colors=colors,
                                    filters_text=filters_text), file, names=names)
                lines.append(f"Wrote {file}")
        emit(data, as_json, "\n".join([title, filters_text, _text(table)] + lines))

    @cli.command("cooccurrence")
    @project_argument
    @click.option("--scope", type=click.Choice(["overlap", "document", "case"]), default="overlap",
                  show_default=True, help="Codes meet in overlapping passages, the same document or the same case.")
    @click.option("--code", "code_paths", multiple=True, metavar="PATH", help="Only these codes (repeatable).")
    @filter_options
    @json_option
    @xlsx_option
    @csv_option
    @docx_option
    @click.option("--jaccard", is_flag=True, help="Write Jaccard coefficients in the table instead of counts.")
    @language_option
    @pseudonymised_option
    @plain_errors
    def cooccurrence(project: Path, scope: str, code_paths, filter_args, as_json: bool, xlsx_file, csv_file, docx_file,
                     jaccard: bool, language: str | None) -> None:
        """Code x code in PROJECT: overlapping pairs of codings, or documents (cases) where
        both codes occur, with the Jaccard coefficient. JSON lists each code's pairs that occur."""
        from ..analysis.cooccurrence import cooccurrence as co_matrix
        from ..reports import table_export as te

        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            names = name_filter(p)
            filters = build_filters(p, **filter_args)
            filters_text = describe(p, filters, t)
            code_ids = None
            if code_paths:
                code_ids = []
                for path in code_paths:
                    code = find_code_by_path(p, path)
                    if code is None:
                        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no code “{path}”."), path=path)
                    code_ids.append(code.id)
            result = co_matrix(p, scope, filters=filters, code_ids=code_ids)
            title = te.title_for(scope, p.name, t)
        table = te.cooccurrence_rows_for_export(result, "jaccard" if jaccard else "count", t)
        lines = write_tables(table, title, filters_text, (xlsx_file, csv_file, docx_file), t, names)
        emit({"filters": filters_text, **cooccurrence_json(result)}, as_json,
             "\n".join([title, filters_text, _text(table)] + lines))

    @cli.command("chart")
    @project_argument
    @click.argument("file", type=FILE)
    @click.option("--type", "kind", type=click.Choice(["frequencies", "matrix", "wordcloud"]), required=True,
                  help="A bar chart of the code frequencies, a heat map of the code x case matrix, or a word cloud "
                       "(of the text in view; with one --code in the code's colour).")
    @click.option("--stacked", is_flag=True, help="Frequencies: bars stacked by valence.")
    @click.option("--columns", type=click.Choice(["cases", "documents"]), default="cases", show_default=True,
                  help="Matrix: the columns.")
    @click.option("--presence", is_flag=True, help="Matrix: whether the code occurs instead of how often.")
    @scope_options
    @filter_options
    @word_options
    @language_option
    @plain_errors
    def chart(project: Path, file: Path, kind: str, stacked: bool, columns: str, presence: bool, scope_args,
              filter_args, ngram: int, stem: bool, top: int | None, language: str | None) -> None:
        """Draw a chart of PROJECT to FILE (.png or .svg). A word cloud shows the 100 most
        frequent words (--top N), with the options of `qdacoder words`; listed names never."""
        from ..analysis.frequency_table import frequency_table
        from ..analysis.matrices import code_matrix
        from ..reports.charts import frequency_chart, heatmap, save_figure
        from ..reports import table_export as te

        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            names = name_filter(p)
            filters = None if kind == "wordcloud" else build_filters(p, **filter_args)  # the cloud has its own scope
            if kind == "wordcloud":
                from ..analysis.words import WordOptions
                from .words import build_scope, wordcloud_figure

                title = te.title_for("words" if ngram == 1 else "phrases", p.name, t, n=str(ngram))
                figure = wordcloud_figure(p, build_scope(p, filter_args, **scope_args), WordOptions(ngram, stem),
                                          top=top, title=title, translate=t)
            elif kind == "frequencies":
                figure = frequency_chart(frequency_table(p, filters), stacked_by_valence=stacked, translate=t,
                                         title=te.title_for("frequencies", p.name, t),
                                         colors={c.id: c.color for c in list_codes(p)},
                                         filters_text=describe(p, filters, t))
            else:
                result = code_matrix(p, columns, filters=filters)
                figure = heatmap(result, values=result.values(presence), title=te.title_for(columns, p.name, t),
                                 translate=t, colors={c.id: c.color for c in list_codes(p)},
                                 filters_text=describe(p, filters, t))
        save_figure(figure, file, names=names)
        click.echo(f"Wrote {file}")
