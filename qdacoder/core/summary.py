"""Project-wide counts. One function, used by the window, the command line and the exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from .journal import Changes
from .project import Project


@dataclass(frozen=True)
class Summary:
    documents: int
    codes: int
    codings: int
    cases: int
    coders: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def project_summary(project: Project) -> Summary:
    row = project.rows(
        "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM codes) AS codes, "
        "(SELECT count(*) FROM codings) AS codings, (SELECT count(*) FROM cases) AS cases, "
        "(SELECT count(*) FROM coders) AS coders"
    )[0]
    return Summary(**row)


def adjusted(summary: Summary, changes: Changes) -> Summary:
    """``summary`` after ``changes``, from the rows they added and removed: no count over the
    whole project (counting 2 million codings takes tens of milliseconds) after each change."""
    return Summary(*(getattr(summary, f.name) + changes.added(f.name) for f in fields(Summary)))
