"""The filter options every analysis command shares (segments, matrices, crosstabs, ...), and
their conversion to one ``analysis.filters.Filters``.

Use::

    @cli.command()
    @project_argument
    @filter_options
    def command(project, filter_args, ...):
        with Project.open(project) as p:
            filters = build_filters(p, **filter_args)

Design rules:
- Options name things as the researcher knows them (case, document and coder names, code
  paths); ``build_filters`` looks them up and refuses an unknown name in plain words.
- A repeated option widens (``--case A --case B``: either case); different options narrow.
- ``--attribute NAME=VALUE``: NAME is a case, document or respondent attribute, looked up by
  name in that order (case first); VALUE is read as the attribute's type ("ja", "14,5",
  "2021-03-01"). ``NAME>=X`` and ``NAME<=X`` give a range (both ends included); several
  ``NAME=...`` of one attribute mean any of those values.
- ``--reading final|all|coder:NAME`` says whose codings count (``analysis.filters.Reading``);
  ``coder:NAME`` may be repeated. Without it: ``final`` once the project has a consensus coder,
  ``all`` before (the two count the same then).
"""

from __future__ import annotations

import functools
import re

import click

from ..analysis.filters import AttributeCondition, Filters
from .reading import READING_OPTION, build_reading
from .codebook import VALENCE, valence_value
from ..core.attributes import find_variable, parse_value
from ..core.cases import find_case
from ..core.coders import find_coder
from ..core.documents import find_document
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project
from ..core.schema import ATTRIBUTE_TARGETS, DOCUMENT_KINDS

FILTER_KEYS = ("case_names", "kinds", "document_names", "coder_names", "valences", "roles", "contains", "attributes",
               "readings")
_CONDITION = re.compile(r"^(?P<name>[^=<>]+?)\s*(?P<op>>=|<=|=)\s*(?P<value>.*)$")

_OPTIONS = (
    click.option("--case", "case_names", multiple=True, metavar="NAME", help="Only passages of this case (repeatable)."),
    click.option("--kind", "kinds", multiple=True, type=click.Choice(DOCUMENT_KINDS), help="Only documents of this kind (repeatable)."),
    click.option("--document", "document_names", multiple=True, metavar="NAME", help="Only this document (repeatable)."),
    click.option("--coder", "coder_names", multiple=True, metavar="NAME", help="Only codings by this coder (repeatable)."),
    click.option("--valence", "valences", multiple=True, type=VALENCE, help="promoting, hindering or none (repeatable)."),
    click.option("--role", "roles", multiple=True, metavar="ROLE", help="Only passages said by a respondent in this role (repeatable)."),
    click.option("--contains", metavar="TEXT", help="Only passages containing TEXT (any case)."),
    click.option("--attribute", "attributes", multiple=True, metavar="NAME=VALUE",
                 help="A case, document or respondent attribute (case first): NAME=VALUE, NAME>=X or NAME<=X (repeatable)."),
    READING_OPTION,
)


def filter_options(func):
    """Add the filter options to a click command. They reach it as one keyword argument,
    ``filter_args``, to pass on as ``build_filters(project, **filter_args)``."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        filter_args = {key: kwargs.pop(key) for key in FILTER_KEYS}
        return func(*args, filter_args=filter_args, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def _ids(names, find, template: str) -> frozenset[int] | None:
    if not names:
        return None
    found = set()
    for name in names:
        item = find(name)
        if item is None:
            raise NotFoundError(template, name=name)
        found.add(item.id)
    return frozenset(found)


def build_filters(
    project: Project, *, case_names=(), kinds=(), document_names=(), coder_names=(), valences=(), roles=(),
    contains: str | None = None, attributes=(), readings=(),
) -> Filters:
    """The Filters for the options as given on the command line (names, not ids)."""
    return Filters(
        document_ids=_ids(document_names, lambda n: find_document(project, n),
                          QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”.")),
        kinds=frozenset(kinds) or None,
        case_ids=_ids(case_names, lambda n: find_case(project, n),
                      QT_TRANSLATE_NOOP("qdacoder", "There is no case named “{name}”.")),
        coder_ids=_ids(coder_names, lambda n: find_coder(project, n),
                       QT_TRANSLATE_NOOP("qdacoder", "There is no coder named “{name}”.")),
        valences=frozenset(valence_value(v) for v in valences) or None,
        roles=frozenset(r.strip() for r in roles) or None,
        text=contains or None,
        attributes=attribute_conditions(project, attributes),
        reading=build_reading(project, readings),
    )


def attribute_conditions(project: Project, expressions) -> tuple[AttributeCondition, ...]:
    """One condition per attribute from ``NAME=VALUE``, ``NAME>=X``, ``NAME<=X`` expressions."""
    found: dict[int, dict] = {}
    for expression in expressions:
        match = _CONDITION.match(expression)
        if match is None or not match["value"].strip():
            raise click.BadParameter(f"“{expression}” is not NAME=VALUE, NAME>=VALUE or NAME<=VALUE.",
                                     param_hint="--attribute")
        name = match["name"].strip()
        variable = next((v for v in (find_variable(project, t, name) for t in ATTRIBUTE_TARGETS) if v), None)
        if variable is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no attribute named “{name}”."), name=name)
        value = parse_value(variable, match["value"])
        entry = found.setdefault(variable.id, {"target": variable.target, "values": None, "min": None, "max": None})
        if match["op"] == "=":
            entry["values"] = (entry["values"] or frozenset()) | {value}
        else:
            entry["min" if match["op"] == ">=" else "max"] = value
    return tuple(AttributeCondition(variable_id, e["target"], e["values"], e["min"], e["max"])
                 for variable_id, e in found.items())
