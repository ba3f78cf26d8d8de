"""Project-wide counts. One function, used by the window, the command line and the exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass

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
