"""`qdacoder export PROJECT OUT --what quotes|counts|report`: one command for the report
exports. Thin: the work is in ``reports.quotes``, ``reports.table_export`` and
``reports.draft_report``."""

from __future__ import annotations

from pathlib import Path

import click

from .filters import build_filters, filter_options
from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.names import name_filter
from ..core.project import Project
from ..reports.language import translator
from .options import emit, json_option, language_option, plain_errors, project_argument

SUFFIXES = {"quotes": (".docx", ".xlsx", ".csv", ".html", ".htm"), "counts": (".docx", ".xlsx", ".csv"),
            "report": (".docx",)}
WRONG_SUFFIX = {
    "quotes": QT_TRANSLATE_NOOP("qdacoder", "{file}: quotes can be written as .docx, .xlsx, .csv or .html."),
    "counts": QT_TRANSLATE_NOOP("qdacoder", "{file}: counts can be written as .docx, .xlsx or .csv."),
    "report": QT_TRANSLATE_NOOP("qdacoder", "{file}: the draft report is written as .docx."),
}


def register(cli: click.Group) -> None:
    """Add ``export`` to the main command."""

    @cli.command("export")
    @project_argument
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--what", type=click.Choice(["quotes", "counts", "report"]), required=True,
                  help="quotes (.docx/.xlsx/.csv/.html), counts (.docx/.xlsx/.csv) or the draft report (.docx).")
    @click.option("--starred", is_flag=True, help="Quotes: only the starred codings (default: every coding).")
    @language_option
    @filter_options
    @json_option
    @plain_errors
    def export_(project: Path, out: Path, what: str, starred: bool, language: str, filter_args, as_json: bool) -> None:
        """Write quotes, the code frequencies or the draft report of PROJECT to OUT; the kind
        of file follows OUT's extension."""
        if out.suffix.lower() not in SUFFIXES[what]:
            raise ValidationError(WRONG_SUFFIX[what], file=out.name)
        data = {"file": str(out), "what": what, "language": language}
        t = translator(language)
        with Project.open(project) as p:
            filters = build_filters(p, **filter_args)
            if what == "quotes":
                from .quotes import left_out_text
                from ..reports.quotes import collect_quotes, write_quotes

                found = collect_quotes(p, starred_only=starred, filters=filters, translate=t)
                write_quotes(found, out, names=name_filter(p), translate=t)
                data["quotes"], data["confidential_left_out"] = len(found), found.confidential_left_out
                text = f"Wrote {len(found)} quote(s) to {out}" + left_out_text(found)
            elif what == "counts":
                from ..analysis.filters import describe
                from ..analysis.frequency_table import frequency_table
                from ..reports import table_export as te
                from ..reports.draft_report import write_frequency_docx

                if out.suffix.lower() == ".docx":
                    write_frequency_docx(p, out, filters=filters, translate=t)
                else:
                    te.export(te.frequency_rows_for_export(frequency_table(p, filters), t), out,
                              names=name_filter(p), title=te.title_for("frequencies", p.name, t),
                              filters_text=describe(p, filters, t), translate=t)
                text = f"Wrote the code frequencies to {out}"
            else:
                from ..reports.draft_report import write_draft_report

                write_draft_report(p, out, filters=filters, translate=t)
                text = f"Wrote the draft report to {out}"
        emit(data, as_json, text)
