"""Projects and documents on the command line: ``new``, ``import``, ``info``, ``code`` (one
passage), ``demo`` and ``documents list|set`` (the documents with their kind; changing a kind
after import, since the kind an import proposes can be wrong)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..core import codes as codes_mod
from ..core import codings, documents
from ..core.coders import coder_for
from ..core.errors import QdaError
from ..core.project import Project
from ..core.schema import DOCUMENT_KINDS
from ..core.summary import project_summary
from .reading import build_reading, reading_option
from ..resources import starter_codebooks
from .codebook import VALENCE, valence_value
from .lock import changing, force_option
from .options import default_coder, emit, json_option, plain_errors, project_argument


def register(cli: click.Group) -> None:
    """Add ``new``, ``import``, ``info``, ``code`` and ``demo`` to the main command."""

    @cli.command()
    @project_argument
    @click.option("--name", help="The project's title (default: the file name).")
    @click.option("--codebook", "starter", help="Start from a starter codebook (see `qdacoder codebook starters`).")
    @json_option
    @plain_errors
    def new(project: Path, name: str | None, starter: str | None, as_json: bool) -> None:
        """Create a new PROJECT file, empty or with a starter codebook."""
        from ..exchange.starters import start_from_codebook

        if starter is not None and starter not in starter_codebooks():
            raise click.BadParameter(f"unknown codebook “{starter}”; choose one of: {', '.join(starter_codebooks())}",
                                     param_hint="--codebook")
        with Project.create(project, name=name) as p:
            added = start_from_codebook(p, starter) if starter else 0
            if starter:  # the starter codebooks are Dutch: so are the project's reports
                p.set_setting("output_language", "nl")
            text = f"Created {project}" + (f" with the codebook {starter} ({added} codes)" if starter else "")
            emit({"project": str(project), "name": p.name, "codes": added}, as_json, text)


    @cli.command("import")
    @project_argument
    @click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--kind", type=click.Choice(DOCUMENT_KINDS),
                  help="Document kind (default: transcript when at least 60% of the paragraphs are "
                       "speaker turns, else other).")
    @click.option("--case", "case_name", help="Put the documents in this case (created when new).")
    @click.option("--turns", "find_turns", is_flag=True,
                  help="Find speaker turns also in documents that are no transcript and do not read as a "
                       "dialogue.")
    @click.option("--comments", is_flag=True,
                  help="Import comments (.docx, .odt, .rtf) as notes after the text, with their author.")
    @click.option("--keep-running-headers", is_flag=True,
                  help="Keep the lines repeated at the top or bottom of the pages of a PDF.")
    @click.option("--autocode-speakers", is_flag=True, help="Code every speaker turn with a code per speaker.")
    @click.option("--coder", default=default_coder, show_default="$QDACODER_CODER or your user name")
    @json_option
    @force_option
    @plain_errors
    def import_(project: Path, files, kind, case_name, find_turns, comments, keep_running_headers,
                autocode_speakers, coder, as_json, force) -> None:
        """Import FILES (.txt .md .docx .odt .rtf .pdf) into PROJECT. Each file is imported
        whole or not at all; the exit code is 1 when any file failed. Footnotes and endnotes
        come after the text; what is left out (headers, footers, comments, hidden text, a PDF's
        running headers) is counted in the output."""
        from ..importers import ReadOptions, read_file

        options = ReadOptions(kind=kind, turns=find_turns, comments=comments,
                              running_lines=keep_running_headers)
        results = []
        with changing(project, force=force) as p:
            for path in files:
                try:
                    imported = read_file(path, options)
                    document_id = documents.import_document(
                        p, name=Path(imported.source_name).stem, text=imported.text, turns=imported.turns,
                        source_name=imported.source_name, kind=imported.kind, case_name=case_name,
                        autocode_coder=coder if autocode_speakers else None,  # created with the codings
                    ).result
                except QdaError as error:
                    results.append({"file": str(path), "status": "failed", "error": str(error)})
                    if not as_json:
                        click.echo(f"Error: {error}", err=True)
                    continue
                document = documents.get_document(p, document_id)
                results.append({
                    "file": str(path), "status": "imported", "document": document.name, "kind": document.kind,
                    "characters": document.length, "turns": len(imported.turns), "notes": imported.notes,
                    "left_out": imported.left_out_dict(), "unknown_symbols": imported.unknown_symbols,
                })
                if not as_json:
                    click.echo(f"Imported {path} as “{document.name}” ({document.kind}, "
                               f"{document.length} characters, {len(imported.turns)} speaker turns)")
                    if imported.summary():
                        click.echo(f"  {imported.summary()}")
        if as_json:
            click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        if any(r["status"] == "failed" for r in results):
            sys.exit(1)

    @cli.group("documents")
    def documents_group() -> None:
        """The documents of a project: list them, change their kind."""

    @documents_group.command("list")
    @project_argument
    @json_option
    @plain_errors
    def list_(project: Path, as_json: bool) -> None:
        """The documents of PROJECT with their kind, length, speaker turns and cases."""
        with Project.open(project) as p:
            turns = documents.turn_counts(p)
            cases: dict[int, list[str]] = {}
            for group in documents.documents_by_case(p):
                for document in group.documents:
                    cases.setdefault(document.id, []).extend([group.case.name] if group.case else [])
            rows = [{"name": d.name, "kind": d.kind, "characters": d.length, "turns": turns.get(d.id, 0),
                     "cases": cases.get(d.id, []), "source": d.source_name, "imported_at": d.imported_at}
                    for d in documents.list_documents(p)]
        lines = [f"{r['name']} ({r['kind']}, {r['characters']} characters, {r['turns']} speaker turns"
                 + (f"; {', '.join(r['cases'])}" if r["cases"] else "") + ")" for r in rows]
        emit(rows, as_json, "\n".join(lines) or "(no documents)")

    @documents_group.command("set")
    @project_argument
    @click.option("--document", "document_name", required=True, help="The document's name.")
    @click.option("--kind", required=True, type=click.Choice(DOCUMENT_KINDS), help="The new kind.")
    @json_option
    @force_option
    @plain_errors
    def set_(project: Path, document_name: str, kind: str, as_json: bool, force: bool) -> None:
        """Change the kind of a document in PROJECT (its text and codings stay as they are; a
        document made a transcript gets its speaker turns found when it has none)."""
        with changing(project, force=force) as p:
            document = documents.find_document(p, document_name)
            if document is None:
                raise click.ClickException(f"There is no document named “{document_name}” in {project.name}.")
            from ..importers.turns import find_turns  # here: the importers' package loads python-docx and lxml

            turns = find_turns(documents.document_text(p, document.id)) if kind == "transcript" else ()
            added = documents.set_document_kind(p, document.id, kind, turns).result
        emit({"document": document.name, "kind": kind, "previous": document.kind, "turns_found": added}, as_json,
             f"“{document.name}” is now of kind {kind} (was {document.kind})"
             + (f"; {added} speaker turns found in its text" if added else ""))

    @cli.command()
    @project_argument
    @reading_option
    @json_option
    @plain_errors
    def info(project: Path, readings, as_json: bool) -> None:
        """Counts of documents, codes, codings, cases and coders in PROJECT; the codings are
        those of the reading (--reading; the final coding by default)."""
        from ..analysis.filters import Filters, count_codings, describe_reading

        with Project.open(project) as p:
            reading = build_reading(p, readings)
            summary = project_summary(p).as_dict()
            summary["codings"] = count_codings(p, Filters(reading=reading))
            summary["reading"] = describe_reading(p, reading)
            text = f"{p.name}\n" + "\n".join(f"  {key}: {value}" for key, value in summary.items())
            emit({"project": p.name, **summary}, as_json, text)


    @cli.command()
    @project_argument
    @click.option("--document", "document_name", required=True, help="The document's name.")
    @click.option("--code", "path", required=True, help="Code path, e.g. 'Belemmerend/Wachtlijst'; missing codes are created.")
    @click.option("--start", type=int, required=True, help="First character (0-based, in characters).")
    @click.option("--end", type=int, required=True, help="End of the passage (exclusive).")
    @click.option("--coder", default=default_coder, show_default="$QDACODER_CODER or your user name")
    @click.option("--valence", type=VALENCE, help="promoting (+) or hindering (−); default: the code's default valence.")
    @json_option
    @force_option
    @plain_errors
    def code(project: Path, document_name: str, path: str, start: int, end: int, coder: str, valence, as_json: bool,
             force: bool) -> None:
        """Code a passage of a document in PROJECT."""
        with changing(project, force=force) as p:
            document = documents.find_document(p, document_name)
            if document is None:
                raise click.ClickException(f"There is no document named “{document_name}” in {project.name}.")
            extra = {} if valence is None else {"valence": valence_value(valence)}
            with coder_for(p, coder) as the_coder:  # a refused coding leaves no new coder behind
                coding_id = codings.add_coding_by_path(
                    p, document_id=document.id, path=path, start=start, end=end, coder_id=the_coder.id, **extra
                ).result
            coding = codings.get_coding(p, coding_id)
            text = documents.document_text(p, document.id)[start:end]
            data = {"coding": coding.guid, "document": document.name, "code": codes_mod.code_path(p, coding.code_id),
                    "start": start, "end": end, "coder": coder, "valence": coding.valence, "text": text}
            emit(data, as_json, f"Coded “{text[:60]}” with {data['code']}")


    @cli.command()
    @project_argument
    @plain_errors
    def demo(project: Path) -> None:
        """Create the demo PROJECT from the fictional material in resources/demo."""
        from ..exchange.demo import build_demo

        build_demo(project).close()
        click.echo(f"Created the demo project {project}")
