"""``--reading final|all|coder:NAME``: whose codings count (``analysis.filters.Reading``). Part
of the shared filter options (cli.filters); ``reading_option`` alone for a command that counts
without the other filters (``qdacoder codes``). Without it: ``final``, which counts every coding
while the project has no consensus coder."""

from __future__ import annotations

import click

from ..analysis.filters import ALL, FINAL, Reading, coders_reading
from ..core.coders import find_coder
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project

READING_OPTION = click.option(
    "--reading", "readings", multiple=True, metavar="final|all|coder:NAME",
    help="Whose codings count: the final coding (the consensus where done; the default), all codings, "
         "or one coder's (coder:NAME, repeatable).")


def reading_option(func):
    """Only ``--reading``; it reaches the command as ``readings``, for ``build_reading``."""
    return READING_OPTION(func)


def build_reading(project: Project, readings=()) -> Reading:
    """The Reading of the ``--reading`` values: one ``final`` or ``all``, or ``coder:NAME``s."""
    values = [r.strip() for r in readings if r.strip()]
    if not values:
        return FINAL
    if len(values) == 1 and values[0].lower() in ("final", "all"):
        return FINAL if values[0].lower() == "final" else ALL
    if not all(v.lower().startswith("coder:") and v[6:].strip() for v in values):
        raise click.BadParameter("give one of final or all, or one or more coder:NAME.", param_hint="--reading")
    found = set()
    for name in (v[6:].strip() for v in values):
        coder = find_coder(project, name)
        if coder is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no coder named “{name}”."), name=name)
        found.add(coder.id)
    return coders_reading(found)
