"""The ``qdacoder`` command. Thin: it parses arguments and prints; the work is in the core.

Every command that reports something has ``--json``. Errors go to stderr, in the same plain
words the window shows, with exit code 1 (2 for wrong usage, as click does).
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .core import codes as codes_mod
from .core import codings, documents
from .core.coders import ensure_coder
from .core.errors import QdaError
from .core.project import Project
from .core.schema import DOCUMENT_KINDS
from .core.summary import project_summary
from .cli_codebook import VALENCE, valence_value
from .cli_lock import changing, force_option
from .cli_export import register as register_export
from .cli_codebook import register as register_codebook
from .cli_agreement import register as register_agreement
from .cli_consensus import register as register_consensus
from .cli_analysis import register as register_analysis
from .cli_cases import register as register_cases
from .cli_memos import register as register_memos
from .cli_merge import register as register_merge
from .cli_qdpx import register as register_qdpx
from .cli_quotes import register as register_quotes
from .cli_retrieval import register as register_retrieval
from .cli_timeline import register as register_timeline
from .paths import starter_codebooks
from .starters import start_from_codebook

json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
project_argument = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))


def _emit(data, as_json: bool, text: str) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)


def _plain_errors(func):
    """Turn qdacoder's own errors into a message on stderr and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QdaError as error:
            raise click.ClickException(str(error)) from None

    return wrapper


def default_coder() -> str:
    return os.environ.get("QDACODER_CODER") or getpass.getuser()


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="qdacoder")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """qdacoder: qualitative coding of interviews and field notes.

    Without a command, opens the window."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False, path_type=Path))
def gui(project: Path | None) -> None:
    """Open the window, optionally on PROJECT."""
    from .ui.app import run  # Qt is loaded only when the window is wanted

    sys.exit(run(str(project) if project else None))


@cli.command()
@project_argument
@click.option("--name", help="The project's title (default: the file name).")
@click.option("--codebook", "starter", help="Start from a starter codebook (see `qdacoder codebook starters`).")
@json_option
@_plain_errors
def new(project: Path, name: str | None, starter: str | None, as_json: bool) -> None:
    """Create a new PROJECT file, empty or with a starter codebook."""
    if starter is not None and starter not in starter_codebooks():
        raise click.BadParameter(f"unknown codebook “{starter}”; choose one of: {', '.join(starter_codebooks())}",
                                 param_hint="--codebook")
    with Project.create(project, name=name) as p:
        added = start_from_codebook(p, starter) if starter else 0
        text = f"Created {project}" + (f" with the codebook {starter} ({added} codes)" if starter else "")
        _emit({"project": str(project), "name": p.name, "codes": added}, as_json, text)


@cli.command("import")
@project_argument
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(DOCUMENT_KINDS), help="Document kind (default: transcript when speaker turns are found, else other).")
@click.option("--case", "case_name", help="Put the documents in this case (created when new).")
@click.option("--autocode-speakers", is_flag=True, help="Code every speaker turn with a code per speaker.")
@click.option("--coder", default=default_coder, show_default="$QDACODER_CODER or your user name")
@json_option
@force_option
@_plain_errors
def import_(project: Path, files, kind, case_name, autocode_speakers, coder, as_json, force) -> None:
    """Import FILES (.txt .md .docx .odt .rtf .pdf) into PROJECT. Each file is imported
    whole or not at all; the exit code is 1 when any file failed."""
    from .importers import read_file

    results = []
    with changing(project, force=force) as p:
        coder_id = ensure_coder(p, coder).id if autocode_speakers else None
        for path in files:
            try:
                imported = read_file(path)
                document_id = documents.import_document(
                    p, name=Path(imported.source_name).stem, text=imported.text, turns=imported.turns,
                    source_name=imported.source_name, kind=kind, case_name=case_name,
                    autocode_coder_id=coder_id,
                ).result
            except QdaError as error:
                results.append({"file": str(path), "status": "failed", "error": str(error)})
                if not as_json:
                    click.echo(f"Error: {error}", err=True)
                continue
            document = documents.get_document(p, document_id)
            results.append({
                "file": str(path), "status": "imported", "document": document.name, "kind": document.kind,
                "characters": document.length, "turns": len(imported.turns),
            })
            if not as_json:
                click.echo(f"Imported {path} as “{document.name}” ({document.kind}, "
                           f"{document.length} characters, {len(imported.turns)} speaker turns)")
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    if any(r["status"] == "failed" for r in results):
        sys.exit(1)


@cli.command()
@project_argument
@json_option
@_plain_errors
def info(project: Path, as_json: bool) -> None:
    """Counts of documents, codes, codings, cases and coders in PROJECT."""
    with Project.open(project) as p:
        summary = project_summary(p).as_dict()
        text = f"{p.name}\n" + "\n".join(f"  {key}: {value}" for key, value in summary.items())
        _emit({"project": p.name, **summary}, as_json, text)


@cli.command("codes")
@project_argument
@click.option("--added-while-coding", "inductive", is_flag=True, help="Only the codes added while coding (inductive).")
@json_option
@_plain_errors
def codes_(project: Path, inductive: bool, as_json: bool) -> None:
    """The codebook of PROJECT as a tree with codings, documents, cases and valence per code
    (for a code with subcodes: the distinct totals of its branch)."""
    from .analysis.frequencies import code_frequencies
    from .core.coders import list_coders

    with Project.open(project) as p:
        figures = code_frequencies(p)
        coders = {c.id: c.name for c in list_coders(p)}
        rows = []
        for n in codes_mod.walk_tree(p):
            code, own, branch = n.code, figures[n.code.id].own, figures[n.code.id].subtree
            if inductive and not code.added_while_coding:
                continue
            rows.append({
                "path": n.path, "name": code.name, "depth": n.depth, "color": code.color,
                "codings": own.codings, "documents": own.documents, "cases": own.cases,
                "promoting": own.promoting, "hindering": own.hindering,
                "subtree": {"codings": branch.codings, "documents": branch.documents, "cases": branch.cases,
                            "promoting": branch.promoting, "hindering": branch.hindering},
                "category": not code.is_codable, "default_valence": code.default_valence,
                "description": code.description, "added_while_coding": code.added_while_coding,
                "created_by": coders.get(code.created_by), "created_at": code.created_at,
            })
        if inductive:
            text = "\n".join(f"{r['path']} (added by {r['created_by'] or '?'} on {r['created_at'][:10]})" for r in rows)
        else:
            text = "\n".join(
                f"{'  ' * r['depth']}{r['name']}{' [category]' if r['category'] else ''} "
                f"({r['subtree']['codings']} codings, {r['subtree']['documents']} documents, "
                f"{r['subtree']['cases']} cases, +{r['subtree']['promoting']} −{r['subtree']['hindering']})"
                for r in rows)
        _emit(rows, as_json, text or "(no codes)")


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
@_plain_errors
def code(project: Path, document_name: str, path: str, start: int, end: int, coder: str, valence, as_json: bool,
         force: bool) -> None:
    """Code a passage of a document in PROJECT."""
    with changing(project, force=force) as p:
        document = documents.find_document(p, document_name)
        if document is None:
            raise click.ClickException(f"There is no document named “{document_name}” in {project.name}.")
        coder_id = ensure_coder(p, coder).id
        extra = {} if valence is None else {"valence": valence_value(valence)}
        coding_id = codings.add_coding_by_path(
            p, document_id=document.id, path=path, start=start, end=end, coder_id=coder_id, **extra
        ).result
        coding = codings.get_coding(p, coding_id)
        text = documents.document_text(p, document.id)[start:end]
        data = {"coding": coding.guid, "document": document.name, "code": codes_mod.code_path(p, coding.code_id),
                "start": start, "end": end, "coder": coder, "valence": coding.valence, "text": text}
        _emit(data, as_json, f"Coded “{text[:60]}” with {data['code']}")


@cli.command()
@project_argument
@_plain_errors
def demo(project: Path) -> None:
    """Create the demo PROJECT from the fictional material in resources/demo."""
    from .demo import build_demo

    build_demo(project).close()
    click.echo(f"Created the demo project {project}")


register_codebook(cli, project_argument, json_option, _plain_errors, _emit)
register_memos(cli, project_argument, json_option, _plain_errors, _emit)
register_cases(cli, project_argument, json_option, _plain_errors, _emit)
register_timeline(cli, project_argument, json_option, _plain_errors, _emit)
register_retrieval(cli, project_argument, json_option, _plain_errors, _emit)
register_analysis(cli, project_argument, json_option, _plain_errors, _emit)
register_agreement(cli, project_argument, json_option, _plain_errors, _emit)
register_consensus(cli, project_argument, json_option, _plain_errors, _emit)
register_merge(cli, project_argument, json_option, _plain_errors, _emit)
register_quotes(cli, project_argument, json_option, _plain_errors, _emit)
register_export(cli, project_argument, json_option, _plain_errors, _emit)
register_qdpx(cli, project_argument, json_option, _plain_errors, _emit)


def main() -> None:
    cli(prog_name="qdacoder")


if __name__ == "__main__":
    main()
