"""Editing a document's text with everything anchored in it kept on the same words.

One operation, ``edit_text``, replaces ``text[start:end]`` by new text; ``apply_edits`` does the
same for several spans of one document at once (``core.replace`` uses it for every hit). All of
it runs in one journal Transaction, so undo and redo restore the text and every position
exactly. The search index follows by its triggers (schema 0004); the SHA-256 is recomputed.

The rule, for every range anchored in the text (codings, case ranges, speaker turns), with the
edit replacing the characters [a, b) by n new characters:
- a range entirely before the edit (end <= a) keeps its positions; entirely after it
  (start >= b) moves by n - (b - a): both cover exactly the same characters as before;
- a range that contains the edit (start <= a and b <= end) covers its old text with the edited
  part replaced, also when it is exactly the replaced span and the new text is not empty
  (a coded name replaced by a placeholder stays coded);
- a range entirely inside the deleted span (a <= start, end <= b, and not exactly the span
  replaced by non-empty text) is removed: none of its characters is left. For codings this
  needs ``remove_inside=True``; otherwise ``CodingsWouldBeRemoved`` names them and nothing
  changes (the window warns first, the command line wants ``--yes``). Case ranges and speaker
  turns inside are removed with the text they marked;
- a range that overlaps the edit on one side keeps its surviving characters and takes in the
  new text on that side: it lost characters to the new text, so the new text takes their place.

Boundaries (insertions, a == b): text inserted exactly at a range's start or end stays outside
it (the range covers the same characters, as for an edit before or after it); text inserted
strictly inside a range becomes part of it. A speaker turn's content starts where its label
ends, so text typed right after "R: " is the respondent's.

Several edits of one document are applied as if one after the other from the last to the first;
edits that touch (one ends where the next starts) count as one edit.

Every edit leaves a row in ``text_edits`` (checksum before and after, the spans, never the text)
so a coder copy made before it can be merged through it (``shift_since``).
"""

from __future__ import annotations

import bisect
import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from .documents import document_text, sha256_of
from .codings import delete_coding_row
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .journal import Journal, TextChange, Transaction
from .project import Project, now

OUTSIDE = QT_TRANSLATE_NOOP("qdacoder", "The passage to change lies outside the document's text.")
OVERLAP = QT_TRANSLATE_NOOP("qdacoder", "The passages to change overlap; change them one at a time.")
NO_TEXT_LEFT = QT_TRANSLATE_NOOP(
    "qdacoder", "The document would have no text left. Delete the document instead.")
STALE = QT_TRANSLATE_NOOP(
    "qdacoder", "The document “{document}” changed since the search; search again before replacing.")
WOULD_REMOVE = QT_TRANSLATE_NOOP(
    "qdacoder", "{count} coding(s) lie entirely in the text that is deleted and would be removed: {codings}.")


@dataclass(frozen=True)
class RemovedCoding:
    """A coding that an edit removes (or would remove): for the warning that names it."""

    id: int
    document_id: int
    document: str  # the document's name
    code: str  # the code's name
    start: int
    end: int
    passage: str  # the coded text, as it is before the edit

    def describe(self) -> str:
        passage = self.passage if len(self.passage) <= 40 else self.passage[:37] + "…"
        return f"“{self.code}” on “{passage}” ({self.document})"


class CodingsWouldBeRemoved(ValidationError):
    """The edit deletes the whole text of these codings; ``codings`` lists them. Retry with
    ``remove_inside=True`` once the researcher agreed."""

    def __init__(self, codings: Sequence[RemovedCoding]) -> None:
        self.codings = list(codings)
        shown = "; ".join(c.describe() for c in self.codings[:5]) + ("; …" if len(self.codings) > 5 else "")
        super().__init__(WOULD_REMOVE, count=len(self.codings), codings=shown)


@dataclass(frozen=True)
class Edit:
    """Replace the characters [start, end) of the text before by ``text``; ``expected``: what
    those characters must be (a hit found before), else ``STALE`` and nothing changes."""

    start: int
    end: int
    text: str
    expected: str | None = None


class Shift:
    """Where positions of the text before a set of edits land in the text after them.
    ``edits``: (start, end, new length), sorted, not overlapping, touching ones joined."""

    def __init__(self, edits: Sequence[tuple[int, int, int]]) -> None:
        self.starts = [a for a, _b, _n in edits]
        self.ends = [b for _a, b, _n in edits]
        self.lengths = [n for _a, _b, n in edits]
        self.moved = [0]  # moved[i]: how far the edits before edit i move what follows them
        for a, b, n in edits:
            self.moved.append(self.moved[-1] + n - (b - a))

    def start_at(self, p: int) -> int:
        """The new position of a range's start at ``p``: inside a replaced span it goes to the
        span's start (taking in the new text); at an insertion point it moves past the insert."""
        j = bisect.bisect_right(self.starts, p) - 1
        if j < 0:
            return p
        if p >= self.ends[j]:
            return p + self.moved[j + 1]
        return self.starts[j] + self.moved[j]

    def end_at(self, p: int) -> int:
        """The new position of a range's end at ``p``: inside a replaced span it goes to the end
        of the new text; at an insertion point it stays before the insert."""
        j = bisect.bisect_left(self.starts, p) - 1
        if j < 0:
            return p
        if p > self.ends[j]:
            return p + self.moved[j + 1]
        return self.starts[j] + self.lengths[j] + self.moved[j]

    def removes(self, start: int, end: int) -> bool:
        """Whether the range [start, end) lies entirely inside a deleted span (and is not
        exactly a span replaced by new text)."""
        j = bisect.bisect_right(self.starts, start) - 1
        if j < 0 or end > self.ends[j] or self.ends[j] == self.starts[j]:
            return False
        return not (start == self.starts[j] and end == self.ends[j] and self.lengths[j] > 0)

    def range(self, start: int, end: int) -> tuple[int, int] | None:
        """The range after the edits, or None when it is removed."""
        j = bisect.bisect_right(self.starts, start) - 1
        if start < end and (j < 0 or start >= self.ends[j]) and (j + 1 == len(self.starts) or end <= self.starts[j + 1]):
            # between two edits (most ranges): it moves as a whole by what the edits before it moved
            moved = self.moved[j + 1]
            return start + moved, end + moved
        if start < end and self.removes(start, end):
            return None
        new_start, new_end = self.start_at(start), self.end_at(end)
        if start < end and new_end <= new_start:
            return None
        return new_start, new_end

    def move_all(self, rows: Sequence[tuple[int, int, int]], ids: array, before: array, after: array) -> list[int]:
        """Move the ranges ``rows`` ((id, start, end), sorted by start, as the index gives them):
        the id, the positions before and after of each that moves are added to ``ids``,
        ``before`` and ``after``; the ids of those removed are returned. Gives what ``range``
        gives, but walks the edits along the sorted ranges instead of searching them for each
        (200,000 codings after a replace in every document)."""
        starts, ends, moved, count = self.starts, self.ends, self.moved, len(self.starts)
        add_id, add_before, add_after = ids.append, before.extend, after.extend  # bound once: 200,000 calls
        gone: list[int] = []
        j = -1  # the last edit starting at or before the range's start
        for row_id, start, end in rows:
            while j + 1 < count and starts[j + 1] <= start:
                j += 1
            if j < 0 or start >= ends[j]:  # the start is outside every edit
                if j + 1 == count or end <= starts[j + 1]:
                    delta = moved[j + 1]  # between two edits: it moves as a whole
                    if delta:
                        add_id(row_id)
                        add_before((start, end))
                        add_after((start + delta, end + delta))
                    continue
                k = bisect.bisect_left(starts, end) - 1  # the last edit starting before the end
                if end > ends[k]:  # the end too: the edits in between change its length
                    if moved[j + 1] or moved[k + 1]:
                        add_id(row_id)
                        add_before((start, end))
                        add_after((start + moved[j + 1], end + moved[k + 1]))
                    continue
            new = self.range(start, end)
            if new is None:
                gone.append(row_id)
            elif new != (start, end):
                add_id(row_id)
                add_before((start, end))
                add_after(new)
        return gone

    @property
    def first(self) -> int:
        """The first position the edits touch: ranges ending at or before it stay as they are."""
        return self.starts[0] if self.starts else 0


def joined(edits: Sequence[Edit], length: int) -> list[Edit]:
    """``edits`` sorted, checked (inside the text, not overlapping) and with touching ones
    joined into one; empty edits (nothing deleted, nothing inserted) dropped."""
    result: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not (isinstance(edit.start, int) and isinstance(edit.end, int) and 0 <= edit.start <= edit.end <= length):
            raise ValidationError(OUTSIDE)
        if edit.start == edit.end and not edit.text:
            continue
        if result and edit.start < result[-1].end:
            raise ValidationError(OVERLAP)
        if result and edit.start == result[-1].end:
            last = result.pop()
            edit = Edit(last.start, edit.end, last.text + edit.text)
        result.append(edit)
    return result


def difference(old: str, new: str) -> Edit:
    """The one edit that turns ``old`` into ``new``: the span between their common beginning and
    common end. For a window that lets a typing run happen in its own text and then applies it
    as one ``edit_text`` (a run is contiguous: two changes far apart in one run would make the
    codings between them look replaced)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    return Edit(start, end_old, new[start:end_new])


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- reading ------------------------------------------------------------------------------------
def codings_removed_by(project: Project, document_id: int, start: int, end: int, new_text: str = "") -> list[RemovedCoding]:
    """The codings that replacing [start, end) by ``new_text`` would remove (for the warning)."""
    text = document_text(project, document_id)
    edits = joined([Edit(start, end, _normalised(new_text))], len(text))
    return _removed(project, document_id, text, Shift([(e.start, e.end, len(e.text)) for e in edits]))


def codings_removed_by_edits(project: Project, edits: dict[int, Sequence[Edit]]) -> list[RemovedCoding]:
    """The codings that ``apply_edits`` with these edits would remove."""
    removed: list[RemovedCoding] = []
    for document_id, document_edits in edits.items():
        text = document_text(project, document_id)
        _check_expected(project, document_id, text, document_edits)
        removed += _removed(project, document_id, text, _shift(joined(list(document_edits), len(text))))
    return removed


def _check_expected(project: Project, document_id: int, text: str, edits: Sequence[Edit]) -> None:
    """``STALE`` when an edit's characters are not what it expects (the text changed since)."""
    if any(e.expected is not None and text[e.start:e.end] != e.expected for e in edits):
        raise ValidationError(STALE, document=project.scalar("SELECT name FROM documents WHERE id = ?", [document_id]))


def _removed(project: Project, document_id: int, text: str, shift: Shift) -> list[RemovedCoding]:
    if not shift.starts:
        return []
    rows = project.rows('SELECT id, code_id, start, "end" FROM codings WHERE document_id = ? AND "end" > ? AND start < ?',
                        [document_id, shift.first, shift.ends[-1]])
    return _described(project, document_id, text, [r for r in rows if shift.range(r["start"], r["end"]) is None])


def _described(project: Project, document_id: int, text: str, rows: Sequence[dict]) -> list[RemovedCoding]:
    """The codings ``rows`` (with id, code_id, start and end) as the warning names them."""
    if not rows:
        return []
    document = project.scalar("SELECT name FROM documents WHERE id = ?", [document_id])
    codes = {r["id"]: r["name"] for r in project.rows("SELECT id, name FROM codes")}
    return [RemovedCoding(r["id"], document_id, document, codes.get(r["code_id"], ""), r["start"], r["end"],
                          text[r["start"]:r["end"]])
            for r in sorted(rows, key=lambda r: (r["start"], r["id"]))]


# -- changing -----------------------------------------------------------------------------------
def edit_text(project: Project, document_id: int, start: int, end: int, new_text: str, *,
              remove_inside: bool = False) -> Journal:
    """Replace ``text[start:end]`` of the document by ``new_text`` (positions in code points) as
    one undoable step, moving everything anchored in the text by the rule in this module's
    docstring. ``CodingsWouldBeRemoved`` (nothing changed) when codings lie entirely in the
    deleted text and ``remove_inside`` is False. ``result``: the removed codings (a list of
    ``RemovedCoding``). Nothing to change (an empty edit): a journal without steps."""
    return apply_edits(project, {document_id: [Edit(start, end, _normalised(new_text))]},
                       remove_inside=remove_inside, label="edit text")


def apply_edits(project: Project, edits: dict[int, Sequence[Edit]], *, remove_inside: bool = False,
                label: str = "edit text") -> Journal:
    """Apply ``edits`` (document id -> its edits, positions in the text before) in one
    transaction: one undo step for every document. ``result``: the removed codings.

    The documents are read and written a few hundred at a time, so a replace in 20,000 of them
    never holds every text at once; a refusal (text left empty, codings that would be removed)
    rolls the whole transaction back, so nothing is changed by it."""
    with project.transaction(label) as tx:
        moved_ids, before, after = array("q"), array("q"), array("q")  # the codings that move
        turns = (array("q"), array("q"), array("q"))  # ids, positions before, positions after
        removed: list[RemovedCoding] = []
        texts: list[tuple[TextChange, str]] = []
        log = []
        stamp = now()
        for document_id, document_edits in edits.items():
            text = document_text(project, document_id)
            _check_expected(project, document_id, text, document_edits)
            plan = joined(list(document_edits), len(text))
            if not plan:
                continue
            new_text = _result(text, plan)
            if not new_text.strip():
                raise ValidationError(NO_TEXT_LEFT)
            shift = _shift(plan)
            rows = project.conn.execute('SELECT id, start, "end" FROM codings WHERE document_id = ? AND "end" > ? '
                                        'ORDER BY start', [document_id, shift.first]).fetchall()
            gone = shift.move_all(rows, moved_ids, before, after)
            if gone:
                removed += _described(project, document_id, text, project.rows(
                    'SELECT id, code_id, start, "end" FROM codings WHERE id IN (SELECT value FROM json_each(?))',
                    [json.dumps(gone)]))
            _move_ranges(tx, document_id, shift, turns)
            change = TextChange(document_id, sha256_of(text), sha256_of(new_text),
                                (tuple((e.start, e.end, text[e.start:e.end], e.text) for e in plan),))
            texts.append((change, new_text))
            log.append({"document_id": document_id, "sha_before": change.sha_before, "sha_after": change.sha_after,
                        "edits": json.dumps([[e.start, e.end, len(e.text)] for e in plan]), "created_at": stamp})
            if len(texts) == WRITE_BATCH:
                tx.change_texts(texts)
                texts = []
        if removed and not remove_inside:
            raise CodingsWouldBeRemoved(removed)  # the transaction rolls back: nothing was changed
        tx.change_texts(texts)
        for coding in removed:
            delete_coding_row(tx, coding.id)
        tx.insert_many("text_edits", log)
        tx.move("speaker_turns", ("start", "content_start", "end"), *turns, edits)
        tx.move("codings", ("start", "end"), moved_ids, before, after, edits)
        tx.result = removed
    return tx.journal


WRITE_BATCH = 200  # documents whose new texts are written (and held) at a time


def _shift(plan: Sequence[Edit]) -> Shift:
    return Shift([(e.start, e.end, len(e.text)) for e in plan])


def _result(text: str, plan: Sequence[Edit]) -> str:
    parts, done = [], 0
    for edit in plan:
        parts += [text[done:edit.start], edit.text]
        done = edit.end
    parts.append(text[done:])
    return "".join(parts)


def _move_ranges(tx: Transaction, document_id: int, shift: Shift, turns: tuple[array, array, array]) -> None:
    """Move (or remove) one document's case passages by ``shift`` and remove its speaker turns
    in deleted text; the moves of its other turns are added to ``turns`` (ids, positions before,
    after), for one ``tx.move`` of every document's."""
    project = tx.project
    for row in project.rows('SELECT id, start, "end" FROM case_ranges WHERE document_id = ? AND start IS NOT NULL '
                            'AND "end" > ?', [document_id, shift.first]):
        moved = shift.range(row["start"], row["end"])
        if moved is None:
            tx.delete("case_ranges", row["id"])
        elif moved != (row["start"], row["end"]):
            tx.update("case_ranges", row["id"], {"start": moved[0], "end": moved[1]})
    ids, before, after = turns
    for row_id, start, content, end in project.conn.execute(
            'SELECT id, start, content_start, "end" FROM speaker_turns WHERE document_id = ? AND "end" >= ?',
            [document_id, shift.first]):
        if start < end and shift.removes(start, end):
            tx.delete("speaker_turns", row_id)
            continue
        new_start, new_content = shift.start_at(start), shift.start_at(content)
        moved = (new_start, new_content, max(shift.end_at(end), new_content))
        if moved != (start, content, end):
            ids.append(row_id)
            before.extend((start, content, end))
            after.extend(moved)


# -- coder copies --------------------------------------------------------------------------------
def shift_since(project: Project, document_id: int, sha_before: str) -> list[Shift] | None:
    """The edits made to the document since its text had the checksum ``sha_before``, in order,
    to move a coder copy's codings through (``Shift.range`` one after the other); None when the
    project's edit log does not lead from that text to the document's text now (the copy's
    text was changed itself, or is not an earlier version of this document)."""
    current = project.scalar("SELECT sha256 FROM documents WHERE id = ?", [document_id])
    if current == sha_before:
        return []
    rows = project.rows("SELECT sha_before, sha_after, edits FROM text_edits WHERE document_id = ? ORDER BY id",
                        [document_id])
    starts = [i for i, r in enumerate(rows) if r["sha_before"] == sha_before]
    if not starts:
        return None
    chain = rows[starts[-1]:]
    if any(a["sha_after"] != b["sha_before"] for a, b in zip(chain, chain[1:])) or chain[-1]["sha_after"] != current:
        return None
    return [Shift([tuple(e) for e in json.loads(r["edits"])]) for r in chain]


def moved_through(shifts: Sequence[Shift], start: int, end: int) -> tuple[int, int] | None:
    """[start, end) after every edit of ``shifts`` in turn; None when an edit removed it."""
    span: tuple[int, int] | None = (start, end)
    for shift in shifts:
        span = shift.range(*span)
        if span is None:
            return None
    return span
