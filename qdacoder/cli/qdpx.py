"""`qdacoder qdpx export` and `qdacoder qdpx new`: whole projects as REFI-QDA .qdpx files.

Thin: the work is in ``exchange.qdpx_export`` and ``exchange.qdpx_import``. Neither command
changes an existing project, so neither takes a lock: the export only reads (SQLite gives it
a consistent view while the window writes), and ``new`` makes a file that did not exist.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.project import Project
from .options import emit, json_option, plain_errors, project_argument

NOT_QDPX = QT_TRANSLATE_NOOP("qdacoder", "{file}: a REFI-QDA project file ends in .qdpx.")


def register(cli: click.Group) -> None:
    @cli.group("qdpx")
    def qdpx() -> None:
        """Whole projects as REFI-QDA files (.qdpx) for ATLAS.ti, MAXQDA, NVivo, QDA Miner,
        QualCoder and Taguette."""

    qdpx_file = click.argument("file", type=click.Path(dir_okay=False, path_type=Path))

    @qdpx.command("export")
    @project_argument
    @qdpx_file
    @click.option("--pseudonymised", is_flag=True,
                  help="Every listed name replaced by its placeholder in everything written, texts included, "
                       "with the codings kept on their words.")
    @json_option
    @plain_errors
    def export(project: Path, file: Path, pseudonymised: bool, as_json: bool) -> None:
        """Write PROJECT as the REFI-QDA project FILE (.qdpx)."""
        from ..exchange.qdpx_export import write_qdpx

        if file.suffix.lower() != ".qdpx":
            raise ValidationError(NOT_QDPX, file=file.name)
        with Project.open(project) as p:
            if pseudonymised:
                from ..exchange.pseudonymised import pseudonymised_copy

                with pseudonymised_copy(p) as copy:
                    report = write_qdpx(copy, file)
            else:
                report = write_qdpx(p, file)
        # what was written, then what REFI-QDA has no place for (events, respondents, turns...)
        emit(report.as_dict(), as_json, "\n".join(report.lines()))

    @qdpx.command("new")
    @project_argument
    @qdpx_file
    @click.option("--coder", default=lambda: os.environ.get("QDACODER_CODER") or "qdacoder",
                  show_default="$QDACODER_CODER", help="Coder of the codings that name none.")
    @json_option
    @plain_errors
    def new(project: Path, file: Path, coder: str, as_json: bool) -> None:
        """Create the new PROJECT from the REFI-QDA project FILE (.qdpx); says what was
        imported and what was skipped."""
        from ..exchange.qdpx_import import import_qdpx

        report = import_qdpx(file, project, coder=coder)
        emit(report.as_dict(), as_json, report.summary())
