"""`qdacoder copy` and `qdacoder merge`: working apart, then merging."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .lock import changing, force_option
from ..core.errors import QdaError
from ..core.project import Project
from .options import emit, json_option, plain_errors, project_argument


def register(cli: click.Group) -> None:
    @cli.command("copy")
    @project_argument
    @click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--without-codings", is_flag=True, help="Leave out everyone's codings (same documents and codebook).")
    @json_option
    @plain_errors
    def copy(project: Path, target: Path, without_codings: bool, as_json: bool) -> None:
        """Save a coder copy of PROJECT as TARGET, to code apart and merge back later."""
        from ..exchange.merge import save_coder_copy

        # no lock: PROJECT is only read (a consistent snapshot), and TARGET must be a new file
        with Project.open(project) as p:
            save_coder_copy(p, target, keep_codings=not without_codings)
        text = f"Saved a coder copy of {project} as {target}" + (" (without codings)" if without_codings else "")
        emit({"project": str(project), "copy": str(target), "codings": not without_codings}, as_json, text)

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
