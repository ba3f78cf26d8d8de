"""`qdacoder cases [list|add-passage]`, `qdacoder attributes import|export` and `qdacoder
summary`: cases with their attributes, passages put in a case, the attribute table as CSV/Excel, and the case summary table. Thin, like the
rest of the command line: the figures come from ``analysis.case_summary`` (the same function
the window and the exports call), the table exchange from ``exchange.attribute_table``.

In JSON a missing value is ``null``, never false or 0; yes/no values are true/false."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
from click_default_group import DefaultGroup

from .lock import changing, force_option
from ..core.attributes import Variable, display, list_variables, values_of
from ..core.cases import assign_passage, find_case
from ..core.documents import documents_by_case, find_document
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.names import name_filter
from ..core.project import Project
from ..reports.language import translator
from ..core.respondents import list_respondents
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument, pseudonymised_option

TARGET = click.Choice(["case", "document", "respondent"])


def _json_value(variable: Variable, value: Any) -> Any:
    return bool(value) if variable.type == "boolean" and value is not None else value


def register(cli: click.Group) -> None:
    """Add ``cases``, ``attributes`` and ``summary`` to the main command."""
    target_option = click.option("--for", "target", type=TARGET, default="case", show_default=True,
                                 help="Whose attributes: cases, documents or respondents.")

    # a group whose default command is the listing, so `qdacoder cases PROJECT` keeps working
    @cli.group("cases", cls=DefaultGroup, default="list", default_if_no_args=True)
    def cases_group() -> None:
        """Cases: list them (the default: `qdacoder cases PROJECT`) and put passages in them."""

    @cases_group.command("list")
    @project_argument
    @json_option
    @pseudonymised_option
    @plain_errors
    def cases(project: Path, as_json: bool) -> None:
        """The cases of PROJECT with their documents, respondents and attribute values."""
        with Project.open(project) as p:
            from ..analysis.timeline_metrics import derived_attributes

            variables = list_variables(p, "case")
            values = values_of(p, "case")
            derived = derived_attributes(p)
            rows, lines = [], []
            for group in documents_by_case(p):
                if group.case is None:
                    continue
                own = values.get(group.case.id, {})
                respondents = list_respondents(p, group.case.id)
                rows.append({
                    "name": group.case.name, "memo": group.case.memo,
                    "documents": [d.name for d in group.documents],
                    "respondents": [{"label": r.label, "role": r.role} for r in respondents],
                    "attributes": {v.name: _json_value(v, own.get(v.id)) for v in variables},
                    # figures from the timeline; null throughout when the case has no events
                    "timeline": derived[group.case.id].as_dict() if group.case.id in derived else None,
                })
                lines.append(f"{group.case.name} ({len(group.documents)} documents, {len(respondents)} respondents)")
                lines += [f"  {v.name}: {display(v, own[v.id])}" for v in variables if v.id in own]
        emit(rows, as_json, "\n".join(lines) or "(no cases)")

    @cases_group.command("add-passage")
    @project_argument
    @click.option("--case", "case_name", required=True, metavar="NAME", help="The case the passage belongs to.")
    @click.option("--document", "document_name", required=True, metavar="NAME", help="The document's name.")
    @click.option("--start", type=int, required=True, help="First character (0-based, in characters).")
    @click.option("--end", type=int, required=True, help="End of the passage (exclusive).")
    @json_option
    @force_option
    @plain_errors
    def add_passage(project: Path, case_name: str, document_name: str, start: int, end: int, as_json: bool,
                    force: bool) -> None:
        """Let a passage of a document in PROJECT belong to a case, as when a field note of one
        meeting discusses several cases (one undo step)."""
        with changing(project, force=force) as p:
            case = find_case(p, case_name)
            if case is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no case named “{name}”."), name=case_name)
            document = find_document(p, document_name)
            if document is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”."),
                                    name=document_name)
            range_id = assign_passage(p, case.id, document.id, start, end).result
        emit({"id": range_id, "case": case.name, "document": document.name, "start": start, "end": end}, as_json,
             f"Put {document.name} [{start}–{end}] in the case {case.name}")

    @cli.group("attributes")
    def attributes() -> None:
        """Import and export the attribute table (CSV or Excel)."""

    @attributes.command("export")
    @project_argument
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @target_option
    @plain_errors
    def export(project: Path, file: Path, target: str) -> None:
        """Write the attributes of PROJECT's cases (documents, respondents) to FILE (.csv .xlsx):
        a name column, then one column per attribute; a missing value is an empty cell."""
        from ..exchange.attribute_table import export_attributes

        with Project.open(project) as p:
            n = export_attributes(p, target, file)
        click.echo(f"Wrote {file} ({n} rows)")

    @attributes.command("import")
    @project_argument
    @click.argument("file", type=click.Path(path_type=Path))
    @target_option
    @json_option
    @force_option
    @plain_errors
    def import_(project: Path, file: Path, target: str, as_json: bool, force: bool) -> None:
        """Set the attribute values in FILE (.csv .xlsx) in PROJECT, all or nothing. New case
        names and new columns are created; an empty cell removes a value."""
        from ..exchange.attribute_table import import_attributes

        with changing(project, force=force) as p:
            report = import_attributes(p, target, file).result
        text = (f"Imported {report.rows} rows: {report.values_set} value(s) set, "
                f"{report.values_removed} removed")
        text += "".join(f"\n  + case {name}" for name in report.cases_created)
        text += "".join(f"\n  + attribute {name} ({kind})" for name, kind in report.variables_created)
        emit(report.as_dict(), as_json, text)

    @cli.command("summary")
    @project_argument
    @target_option
    @json_option
    @click.option("--docx", "docx_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write it as a Word table.")
    @click.option("--xlsx", "xlsx_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write it as an Excel sheet.")
    @language_option
    @pseudonymised_option
    @plain_errors
    def summary(project: Path, target: str, as_json: bool, docx_file, xlsx_file, language: str | None) -> None:
        """The summary table of PROJECT's attributes: per attribute "mean (range)" or "% (n)",
        with the valid and missing n."""
        from ..analysis.case_summary import TITLES, case_summary, n_label, target_ids
        from ..reports.summary_report import write_summary_docx, write_summary_xlsx

        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            rows = case_summary(p, target, translate=t)
            n = len(target_ids(p, target))
            title = f"{t(TITLES[target])} – {p.name}"
            names = name_filter(p)
        for write, file in ((write_summary_docx, docx_file), (write_summary_xlsx, xlsx_file)):
            if file is not None:
                write(rows, file, names=names, title=title, n_label=n_label(n, target, t), translate=t)
        lines = [f"{n_label(n, target, t)}"] + [
            f"{'  ' * r.level}{r.label}: {r.figure}"
            + ("" if r.n_valid is None else f" (valid {r.n_valid}, missing {r.n_missing})")
            for r in rows]
        lines += [f"Wrote {file}" for file in (docx_file, xlsx_file) if file is not None]
        emit({"target": target, "n": n, "rows": [asdict(r) for r in rows]}, as_json, "\n".join(lines))
