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
- A copy keeps the code, the span, the valence, the memo, the star and the confidential mark
  of its original. An identical consensus coding (same document, code and span) is never made
  twice.
- One call is one transaction, hence one undo step. The consensus coder row itself is made
  by ``ensure_coder`` outside the step (coders are bookkeeping, see ``core.coders``), and
  marked as a consensus coder there.
- A document's consensus is *settled* only by an explicit mark (``settle``), never guessed
  from the codings: a settled consensus of "nothing here" has no codings to show for it. In a
  settled document the consensus coder's codings replace those of the coders compared; that
  is what the ``final`` reading (``analysis.filters``) counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from .coders import ensure_coder
from .codings import delete_coding_row, get_coding, insert_coding
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal
from .project import Project, now

CHOICES = ("a", "b", "both", "neither")
CONSENSUS = "Consensus"


def consensus_coder_id(project: Project, name: str = CONSENSUS) -> int:
    """The id of the consensus coder called ``name``, created when new and marked as a
    consensus coder (bookkeeping like the coder row, not an undo step)."""
    coder_id = ensure_coder(project, name).id
    if not project.scalar("SELECT is_consensus FROM coders WHERE id = ?", [coder_id]):
        with project.db.atomic():
            project.db.execute("UPDATE coders SET is_consensus = 1 WHERE id = ?", [coder_id])
    return coder_id


def consensus_coders(project: Project) -> list[int]:
    """The ids of the consensus coders, by name."""
    return [r["id"] for r in project.rows("SELECT id FROM coders WHERE is_consensus = 1 ORDER BY name")]


def settle(project: Project, document_ids: Iterable[int], coder_ids: Iterable[int], *,
           consensus_coder: str = CONSENSUS) -> Journal:
    """Mark the consensus of the coders ``coder_ids`` on ``document_ids`` as done: from now on
    the final coding of those documents is ``consensus_coder``'s codings (none at all when the
    consensus is that nothing applies), not the coders'. Marking again is harmless; a document
    settled for a coder by another consensus coder moves to this one. One undo step; ``result``
    is the number of marks made."""
    documents, coders = list(dict.fromkeys(_ids(document_ids))), list(dict.fromkeys(_ids(coder_ids)))
    consensus = consensus_coder_id(project, consensus_coder)
    if consensus in coders:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "The consensus coder “{name}” must not be one of the coders compared."), name=consensus_coder)
    with project.transaction("consensus done") as tx:
        made = 0
        for document_id in documents:
            for coder_id in coders:
                row = project.rows("SELECT id, consensus_coder_id FROM consensus_settled "
                                   "WHERE document_id = ? AND coder_id = ?", [document_id, coder_id])
                if row and row[0]["consensus_coder_id"] == consensus:
                    continue
                if row:
                    tx.delete("consensus_settled", row[0]["id"])
                tx.insert("consensus_settled", {"document_id": document_id, "consensus_coder_id": consensus,
                                                "coder_id": coder_id, "created_at": now()})
                made += 1
        tx.result = made
    return tx.journal


def unsettle(project: Project, document_ids: Iterable[int], coder_ids: Iterable[int]) -> Journal:
    """Take the "consensus done" mark of ``coder_ids`` off ``document_ids``: the coders' own
    codings count there again. One undo step; ``result`` is the number of marks removed."""
    documents, coders = _ids(document_ids), _ids(coder_ids)
    with project.transaction("consensus not done") as tx:
        removed = 0
        for r in project.rows(
                f"SELECT id FROM consensus_settled WHERE document_id IN ({','.join('?' * len(documents)) or 'NULL'}) "
                f"AND coder_id IN ({','.join('?' * len(coders)) or 'NULL'})", documents + coders):
            tx.delete("consensus_settled", r["id"])
            removed += 1
        tx.result = removed
    return tx.journal


def settled_documents(project: Project, coder_ids: Iterable[int]) -> set[int]:
    """The documents whose consensus is settled for every one of ``coder_ids``."""
    coders = _ids(coder_ids)
    if not coders:
        return set()
    return {r["document_id"] for r in project.rows(
        f"SELECT document_id FROM consensus_settled WHERE coder_id IN ({','.join('?' * len(coders))}) "
        "GROUP BY document_id HAVING count(DISTINCT coder_id) = ?", coders + [len(coders)])}


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
            made.append(_copy(tx, c, consensus))
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
            made.append(_copy(tx, c, consensus))
        tx.result = made
    return tx.journal


def _copy(tx, c, consensus: int) -> int:
    """A consensus copy of coding ``c``. It keeps the star (a quote candidate stays one in the
    final coding) and the confidential mark (a statement never quoted stays unquoted)."""
    new = insert_coding(tx, document_id=c.document_id, code_id=c.code_id, start=c.start, end=c.end,
                        coder_id=consensus, memo=c.memo, valence=c.valence)
    flags = tx.project.rows("SELECT starred, confidential FROM codings WHERE id = ?", [c.id])[0]
    if flags["starred"] or flags["confidential"]:
        tx.update("codings", new, dict(flags))
    return new


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
