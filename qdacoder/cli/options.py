"""What every command shares: the PROJECT argument, ``--json``, ``--language``, the default coder,
printing a result, and turning qdacoder's own errors into a plain message. Topic modules import
these from here, so none of them needs the package's ``__init__`` (which imports them all)."""

from __future__ import annotations

import functools
import getpass
import json
import os
from pathlib import Path

import click

from ..core.errors import QdaError
from ..reports.language import LANGUAGES

json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
project_argument = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
language_option = click.option(
    "--language", type=click.Choice(LANGUAGES), default="en", show_default=True,
    help="The language of the texts written into the file (headings, sentences, labels).")


def emit(data, as_json: bool, text: str) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)


def plain_errors(func):
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


def table_text(table) -> str:
    """An export table (``reports.table_export.ExportTable``) as aligned plain text."""
    from ..analysis.case_summary import dutch_number

    cells = [table.headers] + [["" if v is None else dutch_number(v) if isinstance(v, float) else str(v) for v in row]
                               for row in table.rows]
    widths = [max(len(str(row[j])) for row in cells) for j in range(len(table.headers))]
    lines = ["  ".join(str(v).ljust(w) if j == 0 else str(v).rjust(w) for j, (v, w) in enumerate(zip(row, widths)))
             for row in cells]
    return "\n".join(lines + [table.n_text])
