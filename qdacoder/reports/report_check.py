"""The report that checks itself: read a written draft report back and compare every number
in its sentences and tables with the claims recorded while writing it, and every claim with
the project's own figures (``frequency_table``, ``outside_cases``, the scope functions: the
one source of truth the report was written from).

A contradiction is a line naming the place ("paragraph 12", "table 1, row 3, column 2"), what
the file shows and what it should show. None means the report says what the project holds.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..analysis.filters import NO_FILTERS, Filters
from ..analysis.frequencies import outside_cases
from ..analysis.frequency_table import (cases_by_valence, cases_in_scope, documents_in_scope, frequency_table,
                                        percent_of)
from ..core.codes import walk_tree
from ..core.project import Project
from .draft_report import Claim, numbers_in


def project_figures(project: Project, filters: Filters = NO_FILTERS) -> dict[tuple, Any]:
    """Every figure a report may claim, looked up afresh."""
    figures: dict[tuple, Any] = {}
    rows = frequency_table(project, filters)
    outside = outside_cases(project, filters)
    valence = cases_by_valence(project, filters)
    for row in rows:
        c, f = row.code_id, row.subtree
        for key, value in (("codings", f.codings), ("passages", f.passages), ("documents", f.documents),
                           ("cases", f.cases), ("percent", row.percent), ("promoting", f.promoting),
                           ("hindering", f.hindering), ("no_valence", f.no_valence), ("own", row.own.codings),
                           ("outside", outside.get(c, 0)), ("promoting_cases", valence.get(c, (0, 0))[0]),
                           ("hindering_cases", valence.get(c, (0, 0))[1])):
            figures[(key, c)] = value
    nodes = list(walk_tree(project))
    roots = [n.code.id for n in nodes if n.depth == 0]
    by_id = {row.code_id: row for row in rows}
    figures[("cases_total",)] = len(cases_in_scope(project, filters))
    figures[("documents_total",)] = len(documents_in_scope(project, filters))
    figures[("codes_total",)] = len(nodes)
    figures[("themes_total",)] = len(roots)
    figures[("codings_total",)] = sum(by_id[c].subtree.codings for c in roots)
    figures[("outside_total",)] = sum(outside.get(c, 0) for c in roots)
    figures[("coders_total",)] = project.scalar(
        "SELECT COUNT(*) FROM coders c WHERE EXISTS (SELECT 1 FROM codings g WHERE g.coder_id = c.id)")
    return figures


def _shown(document: Any, where: tuple) -> str | None:
    """The text at ``where`` in the file read back; None when there is nothing there."""
    try:
        if where[0] == "paragraph":
            from docx.text.paragraph import Paragraph

            element = list(document.element.body)[where[1]]
            return Paragraph(element, document._body).text if element.tag.endswith("}p") else None
        _, table, row, cell = where
        return document.tables[table].rows[row].cells[cell].text
    except IndexError:
        return None


def _place(where: tuple) -> str:
    if where[0] == "paragraph":
        return f"paragraph {where[1] + 1}"
    return f"table {where[1] + 1}, row {where[2] + 1}, column {where[3] + 1}"


def check_report(path: str | os.PathLike, claims: Sequence[Claim], project: Project,
                 filters: Filters = NO_FILTERS) -> list[str]:
    """The contradictions between the report at ``path``, its ``claims`` and the project."""
    import docx

    from ..core.names import name_filter

    document = docx.Document(str(path))
    figures = project_figures(project, filters)
    names = name_filter(project)
    problems = []
    for claim in claims:
        shown = _shown(document, claim.where)
        place = _place(claim.where)
        if shown is None:
            problems.append(f"{place}: missing in the file (expected the numbers {', '.join(claim.numbers)})")
            continue
        found = numbers_in(shown, [names(text) for text in claim.leave_out] + list(claim.leave_out))
        if found != claim.numbers:
            problems.append(f"{place}: the file shows {', '.join(found) or 'no number'}, "
                            f"the report means {', '.join(claim.numbers) or 'no number'} (“{shown[:80]}”)")
        for key, value in claim.facts:
            if key[0] == "percent_of":
                truth = percent_of(key[1], key[2])
            elif key in figures:
                truth = figures[key]
            else:
                problems.append(f"{place}: no figure {key!r} in the project")
                continue
            if truth != value and str(truth) != str(value):
                problems.append(f"{place}: {key[0]} is {value} in the report, {truth} in the project")
    return problems


__all__ = ["check_report", "project_figures"]
