"""The reading (whose codings count, ``analysis.filters.Reading``) in one sentence, for the
method paragraph of a report: the reader learns which coding the figures and quotes are of."""

from __future__ import annotations

from collections.abc import Callable

from ..analysis.filters import Filters, has_consensus
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project

TEXTS = {
    "final": QT_TRANSLATE_NOOP("qdacoder", "Figures and quotes are of the final coding: in the {settled} document(s) "
                               "whose consensus review is done, the consensus of the coders; "
                               "elsewhere each coder's own codings."),
    "all": QT_TRANSLATE_NOOP("qdacoder", "Figures and quotes are of all codings of every coder together, "
                             "the consensus coder's included."),
    "coders": QT_TRANSLATE_NOOP("qdacoder", "Figures and quotes are of the codings of {names} only."),
}


def reading_sentence(project: Project, filters: Filters, translate: Callable[[str], str] = lambda t: t) -> str:
    """The sentence; "" while there is no consensus and every coder's codings count (nothing to say)."""
    reading = filters.reading
    if reading.kind == "coders":
        marks = ",".join("?" for _ in reading.coder_ids) or "NULL"
        names = ", ".join(r["name"] for r in project.rows(
            f"SELECT name FROM coders WHERE id IN ({marks}) ORDER BY name", list(reading.coder_ids)))
        return translate(TEXTS["coders"]).format(names=names)
    if not has_consensus(project):
        return ""
    if reading.kind == "all":
        return translate(TEXTS["all"])
    settled = project.scalar("SELECT count(DISTINCT document_id) FROM consensus_settled")
    return translate(TEXTS["final"]).format(settled=settled)
