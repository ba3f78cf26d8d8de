"""What every command shares: the PROJECT argument, ``--json``, ``--language``, the default coder,
printing a result, and turning qdacoder's own errors into a plain message. Topic modules import
these from here, so none of them needs the package's ``__init__`` (which imports them all)."""

from __future__ import annotations

import contextvars
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
    "--language", type=click.Choice(LANGUAGES), default=None,
    help="The language of the texts written into the file (headings, sentences, labels); "
         "default: the project's output language (English for a new project, Dutch from a starter codebook).")


def project_language(project: Path, language: str | None) -> str:
    """``language`` when given, otherwise the project's output language (read without opening
    the project: a file that is no project is refused by the command's own open). A project
    made before the setting writes Dutch."""
    if language:
        return language
    import sqlite3

    try:
        with sqlite3.connect(f"file:{Path(project)}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = 'output_language'").fetchone()
    except sqlite3.Error:
        return "en"
    return row[0] if row and row[0] in LANGUAGES else "nl"


# The names filter for what goes to the terminal, set by --pseudonymised for one command. The
# terminal is the researcher's own view and shows real names unless asked; files never do.
_terminal_names: contextvars.ContextVar = contextvars.ContextVar("terminal_names", default=None)


def emit(data, as_json: bool, text: str) -> None:
    names = _terminal_names.get()
    if names is not None:
        data, text = _scrubbed(data, names), names(text)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else text)


def _scrubbed(data, names):
    if isinstance(data, str):
        return names(data)
    if isinstance(data, dict):
        return {_scrubbed(k, names): _scrubbed(v, names) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_scrubbed(v, names) for v in data]
    return data


def pseudonymised_option(command):
    """``--pseudonymised``: what the command prints (text and --json) has every listed name
    replaced by its placeholder, as in the files qdacoder writes."""
    @click.option("--pseudonymised", is_flag=True,
                  help="Replace every listed name by its placeholder in what is printed, as exports do.")
    @functools.wraps(command)
    def wrapper(*args, pseudonymised: bool = False, **kwargs):
        if not pseudonymised:
            return command(*args, **kwargs)
        from ..core.names import name_filter
        from ..core.project import Project

        try:
            with Project.open(kwargs["project"]) as p:
                names = name_filter(p)
        except QdaError as error:
            raise click.ClickException(str(error)) from None
        token = _terminal_names.set(names)
        try:
            return command(*args, **kwargs)
        finally:
            _terminal_names.reset(token)

    return wrapper


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
