"""`qdacoder events import|export` and `qdacoder timeline export|metrics`: case timelines from
the command line. Thin, like the rest of the command line: the table exchange is
``exchange.event_table``, the chart ``reports.timeline_chart``, the figures
``analysis.timeline_metrics`` (the same functions the window calls).

In JSON a figure that is not known is ``null``, never 0: a case without events has no
timeline yet, and its counts are not known rather than zero."""

from __future__ import annotations

from pathlib import Path

import click

from .lock import changing, force_option
from ..core.cases import find_case, list_cases
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project
from ..reports.language import translator
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument

NO_CASE = QT_TRANSLATE_NOOP("qdacoder", "There is no case “{name}”.")


def _known(value, text: str) -> str:
    return "?" if value is None else text.format(value)


def describe(name: str, figures: dict) -> str:
    """One line per case for people; "?" where a figure is not known."""
    if not figures["events"]:
        return f"{name}: no events yet (figures not known)"
    types = ", ".join(f"{care or 'type not known'} {n}" for care, n in figures["help_by_type"].items())
    return (f"{name}: {figures['events']} events; {figures['living_places']} living places "
            f"({figures['living_places_outside_family']} outside the family, "
            f"{figures['living_places_outside_family_unknown']} not known); {figures['schools']} schools; "
            f"{figures['help_trajectories']} help trajectories{f' ({types})' if types else ''}; "
            f"age at first help {_known(figures['age_at_first_help'], '{}')}; "
            f"{figures['turning_points']} turning points")


def register(cli: click.Group) -> None:
    """Add the ``events`` and ``timeline`` groups to the main command."""

    @cli.group()
    def events() -> None:
        """Timeline events as a table (CSV or Excel)."""

    @events.command("export")
    @project_argument
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @plain_errors
    def export_events_(project: Path, file: Path) -> None:
        """Write every event of PROJECT to FILE (.csv or .xlsx), one row per event."""
        from ..exchange.event_table import export_events

        with Project.open(project) as p:
            count = export_events(p, file)
        click.echo(f"Wrote {count} events to {file}")

    @events.command("import")
    @project_argument
    @click.argument("file", type=click.Path(path_type=Path))
    @json_option
    @force_option
    @plain_errors
    def import_events_(project: Path, file: Path, as_json: bool, force: bool) -> None:
        """Add the events in FILE (.csv or .xlsx) to PROJECT, all or none; new case names
        create cases, rows equal to an event already there are skipped."""
        from ..exchange.event_table import import_events

        with changing(project, force=force) as p:
            report = import_events(p, file).result
        text = f"Imported {report.added} events ({report.skipped} skipped: already there)"
        text += "".join(f"\n  new case: {name}" for name in report.new_cases)
        emit({"added": report.added, "skipped": report.skipped, "new_cases": list(report.new_cases)}, as_json, text)

    @cli.group()
    def timeline() -> None:
        """Timelines of cases: charts and the figures derived from them."""

    @timeline.command("export")
    @project_argument
    @click.argument("case")
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @language_option
    @plain_errors
    def export_chart(project: Path, case: str, file: Path, language: str | None) -> None:
        """Draw the timeline of CASE (its name) to FILE (.png or .svg)."""
        from ..reports.timeline_chart import save_timeline

        with Project.open(project) as p:
            found = find_case(p, case)
            if found is None:
                raise NotFoundError(NO_CASE, name=case)
            save_timeline(p, found.id, file, translate=translator(project_language(project, language)))
        click.echo(f"Wrote the timeline of {found.name} to {file}")

    @timeline.command("metrics")
    @project_argument
    @json_option
    @plain_errors
    def metrics(project: Path, as_json: bool) -> None:
        """Per case: living places (outside the family), schools, help trajectories by type,
        age at first help and turning points, computed from the events."""
        from ..analysis.timeline_metrics import derived_attributes

        with Project.open(project) as p:
            derived = derived_attributes(p)
            rows = [{"case": c.name, **{k: v for k, v in derived[c.id].as_dict().items() if k != "case_id"}}
                    for c in list_cases(p)]
        emit(rows, as_json, "\n".join(describe(r["case"], r) for r in rows) or "(no cases)")
