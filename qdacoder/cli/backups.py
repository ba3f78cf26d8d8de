"""`qdacoder backups list` and `qdacoder backups restore`: the copies the window makes when a
changed project is opened. Both work from the project's path alone, so the backups of a project
file that is damaged or gone can still be listed and restored."""

from __future__ import annotations

from pathlib import Path

import click

from ..core import backups as backups_mod
from .options import emit, json_option, plain_errors, project_argument


def _size(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def register(cli: click.Group) -> None:
    @cli.group("backups")
    def backups() -> None:
        """The backups of a project (made when a changed project is opened in the window)."""

    @backups.command("list")
    @project_argument
    @json_option
    @plain_errors
    def list_(project: Path, as_json: bool) -> None:
        """The backups of PROJECT, newest first (number 1), with their size and counts."""
        found = backups_mod.list_backups(project)
        total = backups_mod.total_size(found)
        data = {"folder": str(backups_mod.backup_folder(project)), "total_size": total, "backups": [
            {"number": b.number, "made_at": b.made_at.isoformat(sep=" "), "size": b.size, "file": str(b.path),
             "documents": b.documents, "codes": b.codes, "codings": b.codings, "change_count": b.change_count}
            for b in found]}
        lines = [f"{'no.':>3}  {'made':19}  {'size':>10}  {'documents':>9}  {'codes':>6}  {'codings':>9}"]
        for b in found:
            counts = ("?" if n is None else f"{n:,}" for n in (b.documents, b.codes, b.codings))
            lines.append(f"{b.number:>3}  {b.made_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>10}  "
                         + "  ".join(f"{c:>{w}}" for c, w in zip(counts, (9, 6, 9))))
        lines.append(f"{len(found)} backup(s) in {data['folder']}, {_size(total)} in all")
        emit(data, as_json, "\n".join(lines) if found else f"(no backups in {data['folder']})")

    @backups.command("restore")
    @project_argument
    @click.argument("number", type=int)
    @click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
    @json_option
    @plain_errors
    def restore(project: Path, number: int, target: Path, as_json: bool) -> None:
        """Write backup NUMBER of PROJECT (1 = the newest) as the new project file TARGET.
        PROJECT itself is left as it is."""
        written = backups_mod.restore_backup(project, number, target)
        emit({"restored": str(written)}, as_json, f"Backup {number} restored as {written}")
