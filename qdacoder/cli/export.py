"""`qdacoder export PROJECT OUT --what quotes|counts|report|coded-document`: one command for
the report exports. Thin: the work is in ``reports.quotes``, ``reports.table_export``,
``reports.draft_report`` and ``reports.coded_document``."""

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
            "report": (".docx",), "coded-document": (".docx",)}
WRONG_SUFFIX = {
    "quotes": QT_TRANSLATE_NOOP("qdacoder", "{file}: quotes can be written as .docx, .xlsx, .csv or .html."),
    "counts": QT_TRANSLATE_NOOP("qdacoder", "{file}: counts can be written as .docx, .xlsx or .csv."),
    "report": QT_TRANSLATE_NOOP("qdacoder", "{file}: the draft report is written as .docx."),
    "coded-document": QT_TRANSLATE_NOOP("qdacoder", "{file}: the coded document is written as .docx."),
}
NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "qdacoder", "Say which document(s) to print with --document NAME, or all documents of a case with --case NAME.")
ONE_CASE = QT_TRANSLATE_NOOP("qdacoder", "Print the documents of one case at a time (one --case).")


def register(cli: click.Group) -> None:
    """Add ``export`` to the main command."""

    @cli.command("export")
    @project_argument
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--what", type=click.Choice(["quotes", "counts", "report", "coded-document"]), required=True,
                  help="quotes (.docx/.xlsx/.csv/.html), counts (.docx/.xlsx/.csv), the draft report (.docx) or "
                       "the coded document (.docx: --document NAME, repeatable, or --case NAME).")
    @click.option("--starred", is_flag=True, help="Quotes: only the starred codings (default: every coding).")
    @click.option("--line-numbers", is_flag=True, help="Coded document: number the lines.")
    @language_option
    @filter_options
    @json_option
    @plain_errors
    def export_(project: Path, out: Path, what: str, starred: bool, line_numbers: bool, language: str, filter_args,
                as_json: bool) -> None:
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
            elif what == "coded-document":
                data["codings"], text = _coded_document(p, out, filters, filter_args, line_numbers, t)
            else:
                from ..reports.draft_report import write_draft_report

                write_draft_report(p, out, filters=filters, translate=t)
                text = f"Wrote the draft report to {out}"
        emit(data, as_json, text)


def _coded_document(p: Project, out: Path, filters, filter_args, line_numbers: bool, t) -> tuple[int, str]:
    """The documents named by --document, else those of the one --case, printed with the
    codings that pass the filters."""
    from ..reports.coded_document import CASE_WITHOUT_DOCUMENTS, case_documents, write_coded_document

    case_name = None
    if filters.document_ids is not None:
        from ..core.documents import find_document

        # in the order they were named (build_filters has refused unknown names)
        ids = list(dict.fromkeys(find_document(p, name).id for name in filter_args["document_names"]))
    elif filters.case_ids is not None:
        if len(filters.case_ids) != 1:
            raise ValidationError(ONE_CASE)
        case_name = filter_args["case_names"][0]
        ids = case_documents(p, next(iter(filters.case_ids)))
        if not ids:
            raise ValidationError(CASE_WITHOUT_DOCUMENTS, case=case_name)
    else:
        raise ValidationError(NO_DOCUMENT)
    n = write_coded_document(p, out, ids, filters=filters, line_numbers=line_numbers, case_name=case_name,
                             translate=t)
    return n, f"Wrote {len(ids)} coded document(s) with {n} coding(s) to {out}"
