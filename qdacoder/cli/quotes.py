"""`qdacoder star` (mark a coding as a quote candidate), `qdacoder confidential` (mark a
coding not to be shared) and `qdacoder quotes` (export the quotes as Word, Excel, CSV or HTML).
Thin, like the rest of the command line."""

from __future__ import annotations

from pathlib import Path

import click

from .codebook import code_at
from .filters import build_filters, filter_options
from .lock import changing, force_option
from ..core.documents import find_document
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..core.names import name_filter
from ..core.project import Project
from ..core.quotes import set_confidential, set_starred
from ..reports.language import translator
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument, pseudonymised_option

SUFFIXES = (".docx", ".xlsx", ".csv", ".html", ".htm")


def codings_at(project: Project, document: str, start: int, end: int, path: str | None = None) -> list[int]:
    """Ids of the codings of ``document`` that run exactly from ``start`` to ``end`` (of the
    code at ``path`` when given); NotFoundError when there are none."""
    found = find_document(project, document)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no document “{name}”."), name=document)
    sql, params = 'SELECT id FROM codings WHERE document_id = ? AND start = ? AND "end" = ?', [found.id, start, end]
    if path:
        sql, params = sql + " AND code_id = ?", params + [code_at(project, path).id]
    ids = [r[0] for r in project.db.execute(sql + " ORDER BY id", params).fetchall()]
    if not ids:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("qdacoder", "{document} has no coding that runs exactly from {start} to {end}."),
            document=found.name, start=start, end=end)
    return ids


def mark_codings(project: Path, force: bool, where: tuple, operation, on: bool) -> list[int]:
    """Find the codings at ``where`` (document, start, end, code path) and set a flag of theirs
    with ``operation`` (set_starred, set_confidential), holding the project's lock."""
    with changing(project, force=force) as p:
        ids = codings_at(p, *where)
        operation(p, ids, on)
    return ids


def register(cli: click.Group) -> None:
    """Add ``star``, ``confidential`` and ``quotes`` to the main command."""

    def passage_options(command):
        """The options that find codings as ``codings_at`` does, shared by star and confidential."""
        for option in reversed((
                click.option("--document", "document", required=True, metavar="NAME", help="The document's name."),
                click.option("--start", type=click.IntRange(0), required=True,
                             help="Where the coding starts (character)."),
                click.option("--end", type=click.IntRange(0), required=True, help="Where the coding ends (character)."),
                click.option("--code", "path", metavar="PATH", help="Only the coding of the code at PATH."))):
            command = option(command)
        return command

    @cli.command("star")
    @project_argument
    @passage_options
    @click.option("--unstar", is_flag=True, help="Remove the star instead.")
    @json_option
    @force_option
    @plain_errors
    def star_(project: Path, document: str, start: int, end: int, path, unstar: bool, as_json: bool,
              force: bool) -> None:
        """Star the coding(s) of NAME running exactly from --start to --end in PROJECT as quote
        candidates (one undo step)."""
        ids = mark_codings(project, force, (document, start, end, path), set_starred, not unstar)
        verb = "Unstarred" if unstar else "Starred"
        emit({"coding_ids": ids, "starred": not unstar}, as_json, f"{verb} {len(ids)} coding(s)")

    @cli.command("confidential")
    @project_argument
    @passage_options
    @click.option("--undo", is_flag=True, help="Make the coding(s) shareable again instead.")
    @json_option
    @force_option
    @plain_errors
    def confidential_(project: Path, document: str, start: int, end: int, path, undo: bool, as_json: bool,
                      force: bool) -> None:
        """Mark the coding(s) of NAME running exactly from --start to --end in PROJECT confidential
        (vertrouwelijk: never quoted, masked in coder copies and .qdpx exports; one undo step)."""
        ids = mark_codings(project, force, (document, start, end, path), set_confidential, not undo)
        verb = "Made shareable" if undo else "Marked confidential"
        emit({"coding_ids": ids, "confidential": not undo}, as_json, f"{verb}: {len(ids)} coding(s)")

    @cli.command("quotes")
    @project_argument
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--all", "every", is_flag=True, help="Every coding, not only the starred ones.")
    @click.option("--code", "paths", multiple=True, metavar="PATH",
                  help="Only the quotes of the code at PATH and its subcodes (repeatable).")
    @click.option("--by-valence", is_flag=True, help="Word: split each code into promoting and hindering.")
    @click.option("--sources", is_flag=True, help="Word: a line under each quote with its document and position.")
    @click.option("--title", help="Word and HTML: the title above the quotes.")
    @language_option
    @filter_options
    @json_option
    @pseudonymised_option
    @plain_errors
    def quotes_(project: Path, out: Path, every: bool, paths, by_valence: bool, sources: bool, title, language: str | None,
                filter_args, as_json: bool) -> None:
        """Write the starred quotes of PROJECT to OUT (.docx, .xlsx, .csv or .html), with the
        study's attribution and every name on the placeholder list replaced."""
        from ..analysis.filters import describe
        from ..reports.quotes import collect_quotes, write_quotes

        if out.suffix.lower() not in SUFFIXES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "qdacoder", "{file}: quotes can be written as .docx, .xlsx, .csv or .html."), file=out.name)
        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            code_ids = [code_at(p, path).id for path in paths] or None
            filters = build_filters(p, **filter_args)
            found = collect_quotes(p, starred_only=not every, filters=filters, code_ids=code_ids, translate=t)
            names = name_filter(p)
            filters_text = describe(p, filters, t)  # the filter line: which codings, under which reading
        write_quotes(found, out, names=names, by_valence=by_valence, sources=sources, title=title, translate=t,
                     filters_text=filters_text)
        fallbacks = sum(q.fallback for q in found)
        text = f"Wrote {len(found)} quote(s) to {out}"
        if fallbacks:
            text += f"; {fallbacks} with the respondent unknown (attributed to the document kind)"
        emit({"file": str(out), "quotes": len(found), "fallbacks": fallbacks,
              "confidential_left_out": found.confidential_left_out}, as_json, text + left_out_text(found))


def left_out_text(found) -> str:
    """What the quote commands add to their message when confidential codings were left out."""
    n = found.confidential_left_out
    return f"; {n} confidential coding(s) left out" if n else ""
