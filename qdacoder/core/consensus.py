"""Resolving a disagreement between two coders into the codings of a consensus coder.

Design rules (why):
- The original codings are never touched: the decision is written as codings of a separate
  coder (default "Consensus"), so agreement between the coders -- and between each coder and
  the consensus -- can be recomputed at any time.
- A choice *replaces* an earlier choice on the same disagreement, so a reviewer can change
  their mind: after the choice, the consensus coder has a copy of exactly the chosen
  versions' codings, and copies of the other involved codings (same document, code, start
  and end as one of them) are removed. "neither" thus writes no codings and removes earlier
  copies; the decision itself is not stored anywhere (a memo would have to change the
  originals or create a coding nobody chose).
- A copy keeps the code, the span, the valence and the memo of its original. An identical
  consensus coding (same document, code and span) is never made twice.
- One call is one transaction, hence one undo step. The consensus coder row itself is made
  by ``ensure_coder`` outside the step (coders are bookkeeping, see ``core.coders``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .coders import ensure_coder
from .codings import delete_coding_row, get_coding, insert_coding
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal
from .project import Project

CHOICES = ("a", "b", "both", "neither")
CONSENSUS = "Consensus"


def consensus_coder_id(project: Project, name: str = CONSENSUS) -> int:
    """The id of the consensus coder called ``name``, created when new."""
    return ensure_coder(project, name).id


def resolve(project: Project, disagreement_codings, choice: str, *, coder_a: int | None = None,
            consensus_coder: str = CONSENSUS) -> Journal:
    """Write the ``choice`` ("a", "b", "both", "neither") on one disagreement as codings of
    ``consensus_coder``. ``disagreement_codings`` is an ``analysis.disagreements.Disagreement``
    or the ids of all codings involved (of both coders); with ids, "a"/"b" need ``coder_a``
    (the coder whose codings are version A; every other coder's are version B).
    ``result`` is the list of the consensus codings made."""
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}; choose one of {', '.join(CHOICES)}")
    if hasattr(disagreement_codings, "a_codings"):
        a_ids, b_ids = list(disagreement_codings.a_codings), list(disagreement_codings.b_codings)
        codings = [get_coding(project, i) for i in a_ids + b_ids]
        version = {c.id: "a" if c.id in a_ids else "b" for c in codings}
    else:
        codings = [get_coding(project, i) for i in dict.fromkeys(_ids(disagreement_codings))]
        if coder_a is None and choice in ("a", "b"):
            raise ValueError("choosing one version of a list of codings needs coder_a")
        version = {c.id: "a" if c.coder_id == coder_a else "b" for c in codings}
    consensus = _consensus_for(project, codings, consensus_coder)
    chosen = [c for c in codings if choice == "both" or version[c.id] == choice]
    wanted = {(c.document_id, c.code_id, c.start, c.end) for c in chosen}
    with project.transaction("resolve disagreement") as tx:
        made: list[int] = []
        for c in codings:  # remove copies of versions not (or no longer) chosen
            key = (c.document_id, c.code_id, c.start, c.end)
            if key not in wanted:
                for copy_id in _copies(project, consensus, key):
                    delete_coding_row(tx, copy_id)
        for c in chosen:
            key = (c.document_id, c.code_id, c.start, c.end)
            if _copies(project, consensus, key):
                continue  # never twice: an earlier choice or a twin coding already made it
            made.append(insert_coding(tx, document_id=c.document_id, code_id=c.code_id, start=c.start,
                                      end=c.end, coder_id=consensus, memo=c.memo, valence=c.valence))
        tx.result = made
    return tx.journal


def copy_agreed(project: Project, coding_ids: Iterable[int], *, consensus_coder: str = CONSENSUS) -> Journal:
    """Copy the codings ``coding_ids`` (the agreed codings of one coder, see
    ``analysis.disagreements.agreed_codings``) to ``consensus_coder``, so that after the review
    the consensus coder holds the whole consensus: the agreements and the decided
    disagreements. A copy that exists already is not made again; one undo step. ``result``
    is the list of the consensus codings made."""
    codings = [get_coding(project, i) for i in dict.fromkeys(_ids(coding_ids))]
    consensus = _consensus_for(project, codings, consensus_coder)
    with project.transaction("copy agreed codings") as tx:
        made: list[int] = []
        for c in codings:
            if _copies(project, consensus, (c.document_id, c.code_id, c.start, c.end)):
                continue
            made.append(insert_coding(tx, document_id=c.document_id, code_id=c.code_id, start=c.start,
                                      end=c.end, coder_id=consensus, memo=c.memo, valence=c.valence))
        tx.result = made
    return tx.journal


def _consensus_for(project: Project, codings, name: str) -> int:
    """The consensus coder's id; refused when it is one of the coders of ``codings``."""
    consensus = consensus_coder_id(project, name)
    if any(c.coder_id == consensus for c in codings):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "The consensus coder “{name}” must not be one of the coders compared."), name=name)
    return consensus


def _ids(codings: Iterable[int]) -> list[int]:
    return [int(i) for i in codings]


def _copies(project: Project, coder_id: int, key: tuple[int, int, int, int]) -> list[int]:
    document_id, code_id, start, end = key
    return [r["id"] for r in project.rows(
        'SELECT id FROM codings WHERE coder_id = ? AND document_id = ? AND code_id = ? AND start = ? AND "end" = ?',
        [coder_id, document_id, code_id, start, end])]
