"""Replace every X by Y in all or chosen documents, as one undoable step.

Design rules (why):
- Matching is the placeholders' rule (``core.names``): X as a whole word, as written and in
  capitals (``any_case`` widens it to every case), diacritics not mattering, a Dutch possessive
  going with it ("Jaydens", "Jayden's"). So "replace Jan by [naam]" finds exactly what the
  name filter of the exports would replace, and never the start of "Jansen".
- A possessive stays as it was written after the replacement ("Jaydens" -> "Sems", "Jayden's"
  -> "Sem's"); after a replacement that does not end in a letter or digit it gets an
  apostrophe, as placeholders do ("Jaydens" -> "[naam]'s").
- Finding only reads; ``replace_hits`` takes the hits the researcher kept (each can be
  skipped in the preview), checks each is still there as found, and changes every document
  through ``core.text_edits`` in one transaction: codings and the rest move by its rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .assignments import documents_of_cases
from .cases import find_case
from .documents import check_kind, find_document
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .names import NameFilter, Placeholder
from .project import Project
from .search import context_around
from .text_edits import Edit, RemovedCoding, apply_edits, codings_removed_by_edits

EMPTY_FIND = QT_TRANSLATE_NOOP("qdacoder", "Give the text to find.")
SAME = QT_TRANSLATE_NOOP("qdacoder", "The replacement is the same as the text to find.")
NO_DOCUMENT = QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”.")
NO_CASE = QT_TRANSLATE_NOOP("qdacoder", "There is no case named “{name}”.")


@dataclass(frozen=True)
class Hit:
    """One place where the text to find occurs."""

    document_id: int
    document: str  # the document's name
    start: int  # code points in the document's text
    end: int
    before: str  # context
    match: str  # the text found, as written (with its possessive)
    after: str
    possessive: str = ""  # "", "s", "'s" or "’s": the possessive as written after the name

    def replaced_by(self, replacement: str) -> str:
        """What this hit becomes when replaced by ``replacement``."""
        if self.possessive == "s" and not replacement[-1:].isalnum():
            return replacement + "'s"
        return replacement + self.possessive


@dataclass(frozen=True)
class ReplaceResult:
    hits: int
    documents: int
    removed: list  # RemovedCoding: codings whose whole text was replaced


def documents_for(project: Project, *, names: Iterable[str] = (), cases: Iterable[str] = (),
                  kinds: Iterable[str] = ()) -> list[int]:
    """The ids of the named documents, of the named cases' documents and of the documents of the
    given kinds, once each, in name order; every document when nothing is named.
    ``NotFoundError`` for a name that is not there."""
    names, cases, kinds = list(names), list(cases), [check_kind(k) for k in kinds]
    if not (names or cases or kinds):
        return [r["id"] for r in project.rows("SELECT id FROM documents ORDER BY name, id")]
    chosen: set[int] = set()
    for name in names:
        document = find_document(project, name)
        if document is None:
            raise NotFoundError(NO_DOCUMENT, name=name)
        chosen.add(document.id)
    for name in cases:
        case = find_case(project, name)
        if case is None:
            raise NotFoundError(NO_CASE, name=name)
        chosen.update(documents_of_cases(project, [case.id]))
    for kind in kinds:
        chosen.update(r["id"] for r in project.rows("SELECT id FROM documents WHERE kind = ?", [kind]))
    return [r["id"] for r in project.rows("SELECT id FROM documents ORDER BY name, id") if r["id"] in chosen]


def matcher(find: str, *, any_case: bool = False) -> NameFilter:
    """The placeholders' matching rule for one text to find."""
    if not find.strip():
        raise ValidationError(EMPTY_FIND)
    return NameFilter([Placeholder(0, find, "\x00", any_case)])


def find_hits(project: Project, find: str, *, document_ids: Iterable[int] | None = None,
              any_case: bool = False, context: int = 60) -> list[Hit]:
    """Every place ``find`` occurs (the placeholders' whole-word rule), documents in name order."""
    return hits_of(project, matcher(find, any_case=any_case), document_ids=document_ids, context=context)


def hits_of(project: Project, names: NameFilter, *, document_ids: Iterable[int] | None = None,
            context: int = 60) -> list[Hit]:
    """Every place any name of ``names`` occurs in the chosen documents (all when None)."""
    wanted = None if document_ids is None else set(document_ids)
    hits: list[Hit] = []
    cursor = project.conn.execute("SELECT id, name, text FROM documents ORDER BY name, id")
    try:
        for document_id, name, text in cursor:  # one text at a time, never every text at once
            if wanted is not None and document_id not in wanted:
                continue
            for start, end, replacement in names.spans(text):
                before, after = context_around(text, start, end, context)
                match = text[start:end]
                tail = len(replacement) - replacement.index("\x00") - 1 if "\x00" in replacement else 0
                possessive = _possessive(match) if tail else ""
                hits.append(Hit(document_id, name, start, end, before, match, after, possessive))
    finally:
        cursor.close()
    return hits


def _possessive(match: str) -> str:
    return match[-2:] if match[-2:-1] in ("'", "’") else match[-1:]


def replace_hits(project: Project, hits: Sequence[Hit], replacement: str, *, remove_inside: bool = False) -> Journal:
    """Replace every hit by ``replacement`` (with its possessive) in one undoable step for all
    documents; codings and the rest move by ``core.text_edits``' rule. Refused when a hit is
    not there any more as found (``text_edits.STALE``) or, without ``remove_inside``, when codings would be
    removed (``CodingsWouldBeRemoved``). ``result``: a ``ReplaceResult``."""
    by_document = _edits(project, hits, replacement)
    journal = apply_edits(project, by_document, remove_inside=remove_inside, label="replace text")
    journal.result = ReplaceResult(sum(len(e) for e in by_document.values()), len(by_document), journal.result)
    return journal


def codings_removed_by_replace(project: Project, hits: Sequence[Hit], replacement: str) -> list[RemovedCoding]:
    """The codings ``replace_hits`` would remove (their whole text replaced), for the warning."""
    return codings_removed_by_edits(project, _edits(project, hits, replacement))


def _edits(project: Project, hits: Sequence[Hit], replacement: str) -> dict[int, list[Edit]]:
    replacement = replacement.replace("\r\n", "\n").replace("\r", "\n")
    by_document: dict[int, list[Edit]] = {}
    for hit in hits:  # each is checked to be there still, as found, when its document is changed
        new = hit.replaced_by(replacement)
        if new != hit.match:
            by_document.setdefault(hit.document_id, []).append(Edit(hit.start, hit.end, new, expected=hit.match))
    if hits and not by_document:
        raise ValidationError(SAME)
    return by_document
