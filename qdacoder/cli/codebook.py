"""`qdacoder codebook ...`: the codebook from the command line (add, rename, set, move, merge,
delete, import, export, starters). Thin, like the rest of the command line."""

from __future__ import annotations

from pathlib import Path

import click

from .lock import changing, force_option
from .reading import build_reading, reading_option
from ..core import code_edits
from ..core import codes as codes_mod
from ..core.codebook import normalise_valence
from ..core.codebook_ops import codebook_from_project, merge_codebook
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project
from ..resources import starter_codebooks
from .options import emit, json_option, plain_errors, project_argument, pseudonymised_option

VALENCE = click.Choice(["promoting", "hindering", "none", "bevorderend", "belemmerend"], case_sensitive=False)


def valence_value(value: str | None) -> str | None:
    return None if value is None or value.lower() == "none" else normalise_valence(value)


def code_at(project: Project, path: str):
    code = codes_mod.find_code_by_path(project, path)
    if code is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no code “{path}”."), path=path)
    return code


def register(cli: click.Group) -> None:
    """Add ``codes`` (the codebook with figures) and the ``codebook`` group to the main command."""

    @cli.command("codes")
    @project_argument
    @click.option("--added-while-coding", "inductive", is_flag=True, help="Only the codes added while coding (inductive).")
    @reading_option
    @json_option
    @pseudonymised_option
    @plain_errors
    def codes_(project: Path, inductive: bool, readings, as_json: bool) -> None:
        """The codebook of PROJECT as a tree with codings, documents, cases and valence per code
        (for a code with subcodes: the distinct totals of its branch)."""
        from ..analysis.frequencies import code_frequencies
        from ..analysis.filters import Filters
        from ..core.coders import list_coders

        with Project.open(project) as p:
            figures = code_frequencies(p, filters=Filters(reading=build_reading(p, readings)))
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
            emit(rows, as_json, text or "(no codes)")


    @cli.group()
    def codebook() -> None:
        """Edit, import and export the codebook."""

    @codebook.command("add")
    @project_argument
    @click.argument("path")
    @click.option("--description", default="", help="The definition.")
    @click.option("--color", help="#rrggbb")
    @click.option("--valence", type=VALENCE, help="Default valence of new codings.")
    @click.option("--category", is_flag=True, help="Groups codes; not applied itself.")
    @force_option
    @plain_errors
    def add(project: Path, path: str, description: str, color, valence, category, force: bool) -> None:
        """Add the code at PATH (missing parents are created)."""
        with changing(project, force=force) as p:
            *parents, name = codes_mod.split_path(path)
            with p.transaction("add code") as tx:
                parent_id = codes_mod.ensure_path(tx, "/".join(parents), family=True) if parents else None
                # under a parent the code takes its colour family and default valence unless given
                inherited = codes_mod.child_properties(p, parent_id)
                if color is not None:
                    inherited["color"] = color
                if valence is not None:
                    inherited["default_valence"] = valence_value(valence)
                codes_mod.insert_code(tx, name, parent_id=parent_id, description=description,
                                      is_codable=not category, **inherited)
            click.echo(f"Added {path}")

    @codebook.command("rename")
    @project_argument
    @click.argument("path")
    @click.argument("new_name")
    @force_option
    @plain_errors
    def rename(project: Path, path: str, new_name: str, force: bool) -> None:
        """Rename the code at PATH to NEW_NAME."""
        with changing(project, force=force) as p:
            codes_mod.rename_code(p, code_at(p, path).id, new_name)
            click.echo(f"Renamed {path} to {new_name}")

    @codebook.command("set")
    @project_argument
    @click.argument("path")
    @click.option("--description")
    @click.option("--inclusion")
    @click.option("--exclusion")
    @click.option("--example")
    @click.option("--color", help="#rrggbb")
    @click.option("--valence", type=VALENCE, help="Default valence of new codings (none: no valence).")
    @click.option("--category/--codable", default=None, help="Make it a category, or a code that is applied.")
    @force_option
    @plain_errors
    def set_(project: Path, path: str, description, inclusion, exclusion, example, color, valence, category,
             force: bool) -> None:
        """Change the definition, criteria, example, colour, default valence or category flag."""
        changes = {k: v for k, v in dict(description=description, inclusion=inclusion, exclusion=exclusion,
                                         example=example, color=color).items() if v is not None}
        if valence is not None:
            changes["default_valence"] = valence_value(valence)
        if category is not None:
            changes["is_codable"] = not category
        with changing(project, force=force) as p:
            codes_mod.update_code(p, code_at(p, path).id, **changes)
            click.echo(f"Updated {path}")

    @codebook.command("move")
    @project_argument
    @click.argument("path")
    @click.option("--to", "parent_path", default="", help="The new parent's path (empty: the top level).")
    @click.option("--position", type=int, help="Place among the new siblings, from 0 (default: last).")
    @force_option
    @plain_errors
    def move(project: Path, path: str, parent_path: str, position, force: bool) -> None:
        """Move the code at PATH (with its subcodes) under another parent."""
        with changing(project, force=force) as p:
            parent = code_at(p, parent_path).id if parent_path.strip() else None
            code_edits.move_code(p, code_at(p, path).id, parent, position)
            click.echo(f"Moved {path}")

    @codebook.command("merge")
    @project_argument
    @click.argument("source")
    @click.argument("target")
    @force_option
    @plain_errors
    def merge(project: Path, source: str, target: str, force: bool) -> None:
        """Merge the code SOURCE into TARGET (codings and subcodes move; SOURCE disappears)."""
        with changing(project, force=force) as p:
            code_edits.merge_codes(p, code_at(p, source).id, code_at(p, target).id)
            click.echo(f"Merged {source} into {target}")

    @codebook.command("delete")
    @project_argument
    @click.argument("path")
    @click.option("--keep-codings", is_flag=True, help="Move its codings and subcodes to its parent instead of deleting them.")
    @force_option
    @plain_errors
    def delete(project: Path, path: str, keep_codings: bool, force: bool) -> None:
        """Delete the code at PATH with its subcodes and codings (or --keep-codings)."""
        with changing(project, force=force) as p:
            code = code_at(p, path)
            n = codes_mod.count_subtree_codings(p, code.id)
            code_edits.delete_code(p, code.id, keep_codings=keep_codings)
            what = "moved to the parent" if keep_codings else "deleted"
            click.echo(f"Deleted {path}; its {n} coding(s) were {what}")

    @codebook.command("import")
    @project_argument
    @click.argument("file", type=click.Path(path_type=Path))
    @json_option
    @force_option
    @plain_errors
    def import_(project: Path, file: Path, as_json: bool, force: bool) -> None:
        """Merge the codebook FILE (.yaml .csv .xlsx .qdc) into PROJECT by path."""
        from ..exchange import read_codebook

        book = read_codebook(file)
        with changing(project, force=force) as p:
            report = merge_codebook(p, book).result
        skipped = [template.format(**params) for template, params in book.skipped]  # a .qdc's Sets
        text = f"{len(report.added)} code(s) added, {len(report.existing)} already there"
        text += "".join(f"\n  + {path}" for path in report.added) + "".join(f"\n{line}" for line in skipped)
        emit({"added": report.added, "existing": report.existing, "skipped": skipped}, as_json, text)

    @codebook.command("export")
    @project_argument
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @plain_errors
    def export(project: Path, file: Path) -> None:
        """Write the codebook of PROJECT to FILE (.yaml .csv .xlsx .qdc .docx)."""
        from ..exchange import write_codebook

        with Project.open(project) as p:
            write_codebook(codebook_from_project(p), file)
        click.echo(f"Wrote {file}")

    @codebook.command("starters")
    @json_option
    def starters(as_json: bool) -> None:
        """The starter codebooks that `qdacoder new --codebook NAME` can start from."""
        from ..exchange import read_codebook

        rows = [{"name": name, "title": read_codebook(path).name, "codes": len(read_codebook(path))}
                for name, path in starter_codebooks().items()]
        emit(rows, as_json, "\n".join(f"{r['name']}: {r['title']} ({r['codes']} codes)" for r in rows))
