"""`qdacoder assign`, `qdacoder copy` and `qdacoder merge`: who codes which documents, working
apart, then merging."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .lock import changing, force_option
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError, QdaError
from ..core.project import Project
from .options import emit, json_option, plain_errors, project_argument

document_option = click.option("--document", "document_names", multiple=True, metavar="NAME",
                               help="A document (repeatable).")
case_option = click.option("--case", "case_names", multiple=True, metavar="NAME",
                           help="The documents of a case, whole or by a passage (repeatable).")


def chosen_documents(p: Project, document_names, case_names) -> list[int]:
    """The ids of the named documents and of the named cases' documents, in order, once each;
    NotFoundError for an unknown name."""
    from ..core.assignments import documents_of_cases
    from ..core.cases import find_case
    from ..core.documents import find_document

    chosen = []
    for name in document_names:
        document = find_document(p, name)
        if document is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”."), name=name)
        chosen.append(document.id)
    for name in case_names:
        case = find_case(p, name)
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no case named “{name}”."), name=name)
        chosen += documents_of_cases(p, [case.id])
    return list(dict.fromkeys(chosen))


def _listing(p: Project) -> tuple[dict, str]:
    """Every coder's assigned documents, every document's coders, and the text to print."""
    from ..core.assignments import list_assignments
    from ..core.documents import list_documents

    by_coder: dict[str, list[str]] = {}
    by_document: dict[str, list[str]] = {d.name: [] for d in sorted(list_documents(p), key=lambda d: d.name.casefold())}
    for a in list_assignments(p):
        by_coder.setdefault(a.coder, []).append(a.document)
        by_document[a.document].append(a.coder)
    nobody = [name for name, coders in by_document.items() if not coders]
    lines = [f"{coder} ({len(names)}): {', '.join(names)}" for coder, names in by_coder.items()]
    if not by_coder:
        lines.append("No documents are assigned: agreement compares every document for every coder.")
    if by_coder and nobody:
        lines.append(f"not assigned ({len(nobody)}): {', '.join(nobody)}")
    return {"coders": by_coder, "documents": by_document, "not_assigned": nobody}, "\n".join(lines)


def register(cli: click.Group) -> None:
    @cli.command("assign")
    @project_argument
    @click.option("--coder", "coder_name", metavar="NAME", help="The coder (created when new).")
    @document_option
    @case_option
    @click.option("--all", "all_documents", is_flag=True, help="Every document of PROJECT.")
    @click.option("--remove", is_flag=True, help="Take the documents away from the coder instead.")
    @click.option("--list", "list_only", is_flag=True, help="Show who is assigned which documents.")
    @json_option
    @force_option
    @plain_errors
    def assign(project: Path, coder_name, document_names, case_names, all_documents, remove, list_only,
               as_json, force) -> None:
        """Assign documents to a coder in PROJECT (or --remove them, or --list all assignments).
        Agreement then compares each coder's assigned documents: a document not assigned to a
        coder is missing for that coder, not "nothing found"."""
        from ..core.assignments import assign_documents, unassign_documents
        from ..core.coders import coder_for, find_coder

        if list_only:
            if coder_name or document_names or case_names or all_documents or remove:
                raise click.UsageError("--list takes no other option than --json.")
            with Project.open(project) as p:
                data, text = _listing(p)
            emit(data, as_json, text)
            return
        if not coder_name:
            raise click.UsageError("give --coder NAME (or --list).")
        if all_documents == bool(document_names or case_names):
            raise click.UsageError("give --document NAME, --case NAME or --all.")
        with changing(project, force=force) as p:
            if all_documents:
                documents = [r["id"] for r in p.rows("SELECT id FROM documents ORDER BY id")]
            else:
                documents = chosen_documents(p, document_names, case_names)
            if remove:
                coder = find_coder(p, coder_name)
                if coder is None:
                    raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no coder named “{name}”."),
                                        name=coder_name)
                changed = unassign_documents(p, coder.id, documents).result
            else:
                with coder_for(p, coder_name) as coder:  # no new coder when refused
                    changed = assign_documents(p, coder.id, documents).result
        if remove:
            text = f"Removed {changed} of {len(documents)} document(s) from {coder.name}."
        else:
            text = f"Assigned {changed} document(s) to {coder.name}" + (
                f" ({len(documents) - changed} already assigned)." if changed < len(documents) else ".")
        emit({"coder": coder.name, "documents": len(documents), "removed" if remove else "assigned": changed},
             as_json, text)

    @cli.command("copy")
    @project_argument
    @click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--without-codings", is_flag=True, help="Leave out everyone's codings (same documents and codebook).")
    @click.option("--pseudonymised", is_flag=True,
                  help="A copy to share: every listed name replaced by its placeholder in the copy itself, texts "
                       "included, codings kept on their words. It cannot be merged back.")
    @click.option("--coder", "coder_name", metavar="NAME",
                  help="A copy for this coder holding only the chosen documents, which are assigned to the coder.")
    @document_option
    @case_option
    @json_option
    @force_option
    @plain_errors
    def copy(project: Path, target: Path, without_codings: bool, pseudonymised: bool, coder_name, document_names,
             case_names, as_json: bool, force: bool) -> None:
        """Save a coder copy of PROJECT as TARGET, to code apart and merge back later. With
        --coder and --document/--case: only those documents, assigned to the coder (in PROJECT
        and in the copy). With --pseudonymised: a copy to share, without the listed names."""
        from ..exchange.merge import save_assigned_copy, save_coder_copy

        if pseudonymised:
            if without_codings or coder_name or document_names or case_names:
                raise click.UsageError("--pseudonymised takes no other option than --json.")
            from ..exchange.pseudonymised import save_pseudonymised_copy

            with Project.open(project) as p:  # only read, as a coder copy
                report = save_pseudonymised_copy(p, target)
            emit({"project": str(project), "copy": str(target), "pseudonymised": True, **report.as_dict()}, as_json,
                 f"Saved a pseudonymised copy of {project} as {target}: {report.names_replaced} name(s) replaced "
                 f"in {report.documents} document(s)"
                 + (f", {report.codings_removed} coding(s) on part of a name removed" if report.codings_removed else "")
                 + ". It cannot be merged back.")
            return

        if bool(coder_name) != bool(document_names or case_names):
            raise click.UsageError("--coder goes with --document NAME or --case NAME (the coder's documents).")
        data = {"project": str(project), "copy": str(target), "codings": not without_codings}
        text = f"Saved a coder copy of {project} as {target}" + (" (without codings)" if without_codings else "")
        if not coder_name:
            # no lock: PROJECT is only read (a consistent snapshot), and TARGET must be a new file
            with Project.open(project) as p:
                save_coder_copy(p, target, keep_codings=not without_codings)
            emit(data, as_json, text)
            return
        from ..core.coders import coder_unless_refused

        with changing(project, force=force) as p:  # the assignment changes PROJECT
            documents = chosen_documents(p, document_names, case_names)
            with coder_unless_refused(p, coder_name) as coder:  # no new coder left when the copy fails
                save_assigned_copy(p, target, coder.id, documents, keep_codings=not without_codings)
        data.update(coder=coder.name, documents=len(documents))
        emit(data, as_json, f"{text}, with {len(documents)} document(s) assigned to {coder.name}")

    @cli.command("merge")
    @project_argument
    @click.argument("others", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
    @json_option
    @force_option
    @plain_errors
    def merge(project: Path, others: tuple[Path, ...], as_json: bool, force: bool) -> None:
        """Merge the coder copies OTHERS into PROJECT: documents, codes and codings that
        PROJECT lacks. Merging a copy twice adds nothing. Each copy is merged whole or not at
        all; the exit code is 1 when any copy failed."""
        from ..exchange.merge import merge_project

        results = []
        with changing(project, force=force) as p:
            for other in others:
                try:
                    report = merge_project(p, other).result
                except QdaError as error:
                    results.append({"file": str(other), "status": "failed", "error": str(error)})
                    if not as_json:
                        click.echo(f"Error: {error}", err=True)
                    continue
                results.append({"status": "merged", **report.as_dict(), "file": str(other)})
                if not as_json:
                    click.echo(report.summary())
        if as_json:
            click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        if any(r["status"] == "failed" for r in results):
            sys.exit(1)
