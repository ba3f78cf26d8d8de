"""Names that never leave the project, and how quotes are attributed: ``qdacoder placeholders
list|add|remove|import|suggest|reject`` and ``qdacoder attribution show|set``."""

from __future__ import annotations

from pathlib import Path

import click

from ..core import names as names_mod
from ..core import quotes as quotes_mod
from ..core.project import Project
from ..core.respondents import project_roles, set_project_roles
from .lock import changing, force_option
from .options import emit, json_option, plain_errors, project_argument

CATEGORY = click.Choice(names_mod.CATEGORIES)


def _entry_json(entry: names_mod.Placeholder) -> dict:
    return {"name": entry.name, "placeholder": entry.placeholder, "category": entry.category,
            "any_case": entry.any_case}


def register(cli: click.Group) -> None:
    """Add the ``placeholders`` and ``attribution`` groups to the main command."""

    @cli.group("placeholders")
    def placeholders() -> None:
        """The names that must never appear in a report, table, chart or quote, each with the
        placeholder that replaces it. A name is replaced as listed and in capitals, as a word
        (also in file names such as interview_Jan), with or without diacritics and with a
        possessive (Jaydens); --any-case replaces it in every case."""

    @placeholders.command("list")
    @project_argument
    @json_option
    @plain_errors
    def list_(project: Path, as_json: bool) -> None:
        """The listed names of PROJECT, grouped by category."""
        with Project.open(project) as p:
            entries = names_mod.list_placeholders(p)
        lines, last = [], None
        for entry in entries:
            if entry.category != last:
                lines.append(f"{entry.category or 'no category'}:")
                last = entry.category
            lines.append(f"  {entry.name} -> {entry.placeholder}" + (" (any case)" if entry.any_case else ""))
        emit([_entry_json(e) for e in entries], as_json, "\n".join(lines) or "(no names listed)")

    @placeholders.command("add")
    @project_argument
    @click.argument("name")
    @click.argument("placeholder")
    @click.option("--any-case", is_flag=True, help="Replace the name in every case (also roos for Roos).")
    @click.option("--category", type=CATEGORY, default=None, help="The kind of name, to group the list.")
    @json_option
    @force_option
    @plain_errors
    def add(project: Path, name: str, placeholder: str, any_case: bool, category: str | None, as_json: bool,
            force: bool) -> None:
        """Add NAME to the list of PROJECT, to be replaced by PLACEHOLDER in everything exported."""
        with changing(project, force=force) as p:
            names_mod.add_placeholder(p, name, placeholder, any_case=any_case, category=category or "")
            entry = names_mod.find_placeholder(p, name)
        words = [] if any_case else names_mod.common_words_in(entry.name)
        text = f"Added {entry.name} -> {entry.placeholder}"
        if words:
            text += "\nNote: " + names_mod.COMMON_WORD.format(name=entry.name, words=", ".join(words))
        emit({**_entry_json(entry), "common_words": words}, as_json, text)

    @placeholders.command("remove")
    @project_argument
    @click.argument("name")
    @force_option
    @plain_errors
    def remove(project: Path, name: str, force: bool) -> None:
        """Take NAME off the list of PROJECT."""
        with changing(project, force=force) as p:
            names_mod.remove_placeholder(p, name)
        click.echo(f"Removed {name}")

    @placeholders.command("import")
    @project_argument
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @json_option
    @force_option
    @plain_errors
    def import_(project: Path, file: Path, as_json: bool, force: bool) -> None:
        """Read names and placeholders from FILE (.csv or .xlsx; columns name, placeholder and
        optionally category and any case) into PROJECT, in one step: new names are added, listed
        names get the file's placeholder. A bad row refuses the whole file, naming the row."""
        from ..exchange.placeholder_table import import_placeholders

        with changing(project, force=force) as p:
            added, changed, same = import_placeholders(p, file).result
        emit({"file": str(file), "added": added, "changed": changed, "unchanged": same}, as_json,
             f"Read {file}: {added} name(s) added, {changed} changed, {same} already listed")

    @placeholders.command("suggest")
    @project_argument
    @click.option("--document", "documents", multiple=True, help="Search only this document (repeatable).")
    @json_option
    @plain_errors
    def suggest(project: Path, documents: tuple[str, ...], as_json: bool) -> None:
        """Names, places, institutions and other identifying details (streets, dates, phone
        numbers, e-mail addresses, BSN numbers) found in the documents of PROJECT that the
        placeholder list does not hide yet, by distinct form with counts and contexts. Found by
        deduce (Dutch de-identification, lists in its package) and qdacoder's own rules; rejected
        forms are left out. The first search prepares deduce's lookup lists (a minute or two)."""
        from ..analysis import name_suggestions as ns

        with Project.open(project) as p:
            inputs = ns.read_inputs(p, list(documents) or None)
        if not ns.deduce_ready() and not as_json:
            click.echo("Preparing the name lists (the first time only, a minute or two)...", err=True)
        found = ns.find_suggestions(inputs)
        lines = []
        for s in found:
            lines.append(f"{s.form}  ({s.category}, {s.count}x in {len(s.documents)} document(s), {s.kind})")
            lines += [f"    {c.document}: ...{c.before}[{c.text}]{c.after}..." for c in s.contexts]
        emit([ns.suggestion_json(s) for s in found], as_json, "\n".join(lines) or "(no suggestions)")

    @placeholders.command("reject")
    @project_argument
    @click.argument("form")
    @click.option("--undo", is_flag=True, help="Suggest FORM again.")
    @force_option
    @plain_errors
    def reject(project: Path, form: str, undo: bool, force: bool) -> None:
        """Remember that FORM is not a name: `placeholders suggest` no longer proposes it (in any case)."""
        with changing(project, force=force) as p:
            if undo:
                names_mod.unreject_suggestion(p, form)
            else:
                names_mod.reject_suggestion(p, form)
        click.echo(f"{form} will be suggested again" if undo else f"Rejected {form}: it is not suggested again")

    @cli.group("attribution")
    def attribution() -> None:
        """How a quote is attributed in exports. Fields in braces: {text}, {role}, {respondent},
        {speaker}, {case}, {document}, {kind} or an attribute's name. A part in square brackets is
        written only when its fields have values: “{text}” - {role}[, {leeftijd} jaar]."""

    @attribution.command("show")
    @project_argument
    @json_option
    @plain_errors
    def show(project: Path, as_json: bool) -> None:
        """The template of PROJECT, its fields and its respondent roles."""
        with Project.open(project) as p:
            data = {"template": quotes_mod.template(p), "fields": quotes_mod.known_fields(p),
                    "roles": project_roles(p),
                    "presets": dict(zip(quotes_mod.PRESET_KEYS, (t for _, t in quotes_mod.PRESETS)))}
        emit(data, as_json, f"template: {data['template']}\nfields: "
             + ", ".join("{" + f + "}" for f in data["fields"]) + "\nroles: " + ", ".join(data["roles"]))

    @attribution.command("set")
    @project_argument
    @click.option("--template", "text", help="The attribution, e.g. '“{text}” ({role})'.")
    @click.option("--preset", type=click.Choice(quotes_mod.PRESET_KEYS),
                  help="role: “{text}” ({role}); role-age: “{text}” - {role}[, {age} jaar]; "
                       "municipality: ‘{text}’ (Respondent {gemeente}).")
    @click.option("--roles", help="The respondent roles as quotes print them, separated by commas "
                                  "(e.g. 'jeugdige,Gezagdrager,jeugdprofessional').")
    @force_option
    @plain_errors
    def set_(project: Path, text: str | None, preset: str | None, roles: str | None, force: bool) -> None:
        """Set the attribution template (or a preset) and the respondent roles of PROJECT."""
        if text is not None and preset is not None:
            raise click.UsageError("Give --template or --preset, not both.")
        if text is None and preset is None and roles is None:
            raise click.UsageError("Give --template, --preset or --roles.")
        lines = []
        with changing(project, force=force) as p:
            if text is not None or preset is not None:
                stored = quotes_mod.set_template(p, text if text is not None else quotes_mod.preset(preset))
                lines.append(f"template: {stored}")
            if roles is not None:
                lines.append("roles: " + ", ".join(set_project_roles(p, roles.split(","))))
        click.echo("\n".join(lines))
