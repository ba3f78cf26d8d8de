"""The ``qdacoder`` command. Thin: it parses arguments and prints; the work is in the core.

Every command that reports something has ``--json``. Errors go to stderr, in the same plain
words the window shows, with exit code 1 (2 for wrong usage, as click does).

This module holds the group and ``main``; each topic module adds its commands through its
``register(cli)``, and shared options live in ``options``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import __version__
from ..core.errors import QdaError
from . import crash
from . import (agreement, analysis, backups, cases, codebook, consensus, documents, export, memos, names, qdpx,
               quotes, replace, respondents, retrieval, saturation, team, timeline, words)


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
    from ..ui.app import run  # Qt is loaded only when the window is wanted

    sys.exit(run(str(project) if project else None))


# the order of the help's command list is click's (alphabetical); this is the order of the topics
for topic in (documents, replace, codebook, memos, cases, respondents, timeline, retrieval, analysis, words, saturation,
              agreement, consensus, team, quotes, names, export, qdpx, backups):
    topic.register(cli)


def main() -> None:
    """Run the command; whatever goes wrong ends in one plain line, never a traceback."""
    crash.install_log()
    try:
        cli(prog_name="qdacoder")
    except SystemExit:
        logged = crash.logged_this_run()
        if logged:  # a reader turned an unforeseen error into a message and logged the details
            click.echo(f"The details are in {logged}.", err=True)
        raise
    except QdaError as error:  # a command that forgot ``plain_errors``
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 - the top-level handler: see crash.py
        click.echo(crash.message(error), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
