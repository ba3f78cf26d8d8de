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
from ..reports.language import LANGUAGES, output_language
from .options import emit, json_option, plain_errors, project_argument

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
    @click.option("--language", type=click.Choice(LANGUAGES), default=None,
                  help="The language of the texts written into the file (default: the project's setting).")
    @click.option("--title", default="", help="Report: the title (default: the project's name).")
    @click.option("--author", default="", help="Report: the author on the title page.")
    @click.option("--theme", "themes", multiple=True, help="Report: only this theme (its code path); repeatable.")
    @click.option("--include-empty", is_flag=True, help="Report: also the codes without codings.")
    @click.option("--quotes", "quotes_per_code", type=click.IntRange(0), default=3, show_default=True,
                  help="Report: quotes per code, starred ones first.")
    @click.option("--starred-only", is_flag=True, help="Report: only starred codings as quotes.")
    @click.option("--by-valence", is_flag=True, help="Report: quotes grouped by valence.")
    @click.option("--by-role", is_flag=True, help="Report: quotes grouped by respondent role.")
    @click.option("--no-tables", is_flag=True, help="Report: without the tables and the figure.")
    @click.option("--no-appendix", is_flag=True, help="Report: without the codebook appendix.")
    @click.option("--template", type=click.Path(exists=True, dir_okay=False), default=None,
                  help="Word files: your own template (.docx/.dotx) whose styles are used.")
    @click.option("--line-numbers", is_flag=True, help="Coded document: number the lines.")
    @click.option("--check", is_flag=True, help="Report: read the file back and check every number; "
                                                "fails listing the contradictions.")
    @filter_options
    @json_option
    @plain_errors
    def export_(project: Path, out: Path, what: str, starred: bool, language: str | None, title: str, author: str,
                themes: tuple[str, ...], include_empty: bool, quotes_per_code: int, starred_only: bool,
                by_valence: bool, by_role: bool, no_tables: bool, no_appendix: bool, template: str | None,
                check: bool, line_numbers: bool, filter_args, as_json: bool) -> None:
        """Write quotes, the code frequencies or the draft report of PROJECT to OUT; the kind
        of file follows OUT's extension."""
        if out.suffix.lower() not in SUFFIXES[what]:
            raise ValidationError(WRONG_SUFFIX[what], file=out.name)
        with Project.open(project) as p:
            language = output_language(p, language)
            data = {"file": str(out), "what": what, "language": language}
            t = translator(language)
            filters = build_filters(p, **filter_args)
            if what == "quotes":
                from .quotes import left_out_text
                from ..reports.quotes import collect_quotes, write_quotes

                from ..analysis.filters import describe

                found = collect_quotes(p, starred_only=starred, filters=filters, translate=t)
                write_quotes(found, out, names=name_filter(p), translate=t, filters_text=describe(p, filters, t))
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
                from ..reports.draft_report import ReportOptions, write_draft_report

                options = ReportOptions(title=title, author=author, themes=themes, include_empty=include_empty,
                                        quotes=quotes_per_code, starred_only=starred_only, by_valence=by_valence,
                                        by_role=by_role, tables=not no_tables, appendix=not no_appendix,
                                        template=template)
                claims = write_draft_report(p, out, filters=filters, translate=t, options=options)
                text = f"Wrote the draft report to {out}"
                if check:
                    from ..reports.report_check import check_report

                    problems = check_report(out, claims, p, filters)
                    data["claims"], data["contradictions"] = len(claims), problems
                    if problems:
                        raise click.ClickException(f"{out}: {len(problems)} contradiction(s) between the report "
                                                   "and the project:\n" + "\n".join(problems))
                    text += f"; checked {len(claims)} sentences and cells: no contradictions"
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
