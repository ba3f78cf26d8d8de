"""Editing a document's text: codings, case ranges, speaker turns, event links, memos, the
search index and the checksum follow the rule of core/text_edits.py; undo and redo restore
everything exactly. The rule is restated here independently (``expected``), and a property
test runs random sequences of edits, undos and redos against it."""

import sqlite3
from array import array
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdacoder.core.cases import add_case, assign_passage
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import document_text, import_document, sha256_of
from qdacoder.core.errors import ValidationError
from qdacoder.core.events import add_event, link_coding
from qdacoder.importers.model import Turn
from qdacoder.core.memos import add_memo
from qdacoder.core.project import Project
from qdacoder.core.search import search
from qdacoder.core.journal import combined
from qdacoder.core.text_edits import (
    CodingsWouldBeRemoved, Edit, Shift, apply_edits, codings_removed_by, difference, edit_text, moved_through,
    shift_since,
)

TEXT = "I: Hoe was school?\nR: Mijn mentor Sanne luisterde echt naar mij.\n"


def expected(s, e, a, b, n):
    """The rule, written out case by case: where [s, e) goes when [a, b) becomes n characters;
    None: removed."""
    d = n - (b - a)
    if a == b:  # an insertion: at a boundary it stays outside the range
        if e <= a:
            return s, e
        if s >= a:
            return s + d, e + d
        return s, e + d
    if e <= a:
        return s, e
    if s >= b:
        return s + d, e + d
    if s <= a and b <= e:  # the range contains the edit
        return None if (s, e, n) == (a, b, 0) else (s, e + d)
    if a <= s and e <= b:  # entirely inside the deleted span
        return None
    if s < a:  # overlaps the edit's start: keeps its own characters and takes in the new text
        return s, a + n
    return a, e + d


def coding_spans(project, document_id):
    return {r["id"]: (r["start"], r["end"]) for r in project.rows(
        'SELECT id, start, "end" FROM codings WHERE document_id = ?', [document_id])}


@pytest.fixture
def doc(project, coder):
    document_id = import_document(project, name="interview 1", text=TEXT).result
    code_id = add_code(project, "Steun").result
    return project, coder.id, document_id, code_id


def code(project, coder_id, document_id, code_id, start, end):
    return add_coding(project, document_id=document_id, code_id=code_id, start=start, end=end,
                      coder_id=coder_id).result


@pytest.mark.parametrize("span, edit", [
    ((3, 18), (22, 22, "Onze ")),          # entirely before an insertion
    ((22, 27), (3, 6, "Hoe ging")),        # entirely after a replacement
    ((22, 50), (34, 39, "[naam]")),        # contains the replaced name
    ((34, 39), (34, 39, "[naam]")),        # exactly the replaced span: stays on the new text
    ((22, 50), (30, 30, "oude ")),         # an insertion strictly inside
    ((22, 27), (22, 22, "Nou, ")),         # an insertion at its start stays outside
    ((22, 27), (27, 27, "e")),             # an insertion at its end stays outside
    ((22, 40), (34, 50, "Lotte")),         # overlaps the start of the edit
    ((36, 60), (22, 38, "Zij")),           # overlaps the end of the edit
    ((22, 27), (22, 27, "")),              # exactly deleted: removed
    ((34, 39), (30, 45, "iemand")),        # inside the replaced span: removed
])
def test_the_rule(doc, span, edit):
    project, coder_id, document_id, code_id = doc
    other = add_code(project, "Ander").result
    coding = code(project, coder_id, document_id, code_id, *span)
    untouched = code(project, coder_id, document_id, other, 0, 2)  # "I:" before every edit here
    old_text = document_text(project, document_id)
    a, b, new = edit
    want = expected(*span, a, b, len(new))
    journal = edit_text(project, document_id, a, b, new, remove_inside=True)
    text = document_text(project, document_id)
    assert text == old_text[:a] + new + old_text[b:]
    assert coding_spans(project, document_id).get(coding) == want
    assert coding_spans(project, document_id)[untouched] == (0, 2)
    if want is not None and (span[1] <= a or span[0] >= b):
        s, e = want
        assert text[s:e] == old_text[span[0]:span[1]]  # the same characters
    elif want is not None and span[0] <= a and b <= span[1]:
        s, e = want
        assert text[s:e] == old_text[span[0]:a] + new + old_text[b:span[1]]  # its old text, edited
    assert project.scalar("SELECT sha256 FROM documents WHERE id = ?", [document_id]) == sha256_of(text)
    assert [r.id for r in journal.result] == ([coding] if want is None else [])
    journal.undo(project)
    assert document_text(project, document_id) == old_text
    assert coding_spans(project, document_id) == {coding: span, untouched: (0, 2)}
    assert project.scalar("SELECT sha256 FROM documents WHERE id = ?", [document_id]) == sha256_of(old_text)
    journal.redo(project)
    assert coding_spans(project, document_id).get(coding) == want


def test_codings_inside_a_deletion_are_named_and_nothing_changes_without_consent(doc):
    project, coder_id, document_id, code_id = doc
    name = TEXT.index("Sanne")
    coding = code(project, coder_id, document_id, code_id, name, name + 5)
    assert [c.id for c in codings_removed_by(project, document_id, name - 7, name + 16)] == [coding]
    assert codings_removed_by(project, document_id, name, name + 5, "[naam]") == []  # exactly replaced: kept
    with pytest.raises(CodingsWouldBeRemoved) as raised:
        edit_text(project, document_id, name - 7, name + 16, "")
    assert isinstance(raised.value, ValidationError)
    removed = raised.value.codings[0]
    assert (removed.id, removed.code, removed.passage, removed.document) == (coding, "Steun", "Sanne", "interview 1")
    assert "Sanne" in str(raised.value) and "Steun" in str(raised.value)
    assert document_text(project, document_id) == TEXT
    assert coding_spans(project, document_id) == {coding: (name, name + 5)}


def test_event_links_memos_case_ranges_and_turns_follow_and_come_back(project, coder):
    turns = [Turn(0, 3, 18, "I"), Turn(19, 22, 63, "R")]
    document_id = import_document(project, name="interview 2", text=TEXT, turns=turns).result
    code_id = add_code(project, "Steun").result
    inside = add_coding(project, document_id=document_id, code_id=code_id, start=34, end=39, coder_id=coder.id).result
    after = add_coding(project, document_id=document_id, code_id=code_id, start=40, end=50, coder_id=coder.id).result
    case_id = add_case(project, "Casus 1").result
    passage = assign_passage(project, case_id, document_id, 22, 63).result
    event_id = add_event(project, case_id=case_id, lane="onderwijs", start="2019").result
    link_coding(project, event_id, inside)
    link_coding(project, event_id, after)
    add_memo(project, target="coding", target_id=inside, text="Noemt de mentor bij naam.")
    before = snapshot(project)

    journal = edit_text(project, document_id, 27, 40, "", remove_inside=True)  # "mentor Sanne "

    assert coding_spans(project, document_id) == {after: (27, 37)}
    assert project.rows("SELECT coding_id FROM event_codings") == [{"coding_id": after}]
    assert project.scalar("SELECT count(*) FROM memos WHERE target = 'coding'") == 0
    assert project.rows('SELECT start, "end" FROM case_ranges WHERE id = ?', [passage]) == [{"start": 22, "end": 50}]
    assert project.rows('SELECT start, content_start, "end" FROM speaker_turns ORDER BY start') == [
        {"start": 0, "content_start": 3, "end": 18}, {"start": 19, "content_start": 22, "end": 50}]
    assert [h.document_id for h in search(project, "luisterde")] == [document_id]
    assert search(project, "Sanne") == []  # the search index follows the text
    journal.undo(project)
    assert snapshot(project) == before
    assert [h.start for h in search(project, "Sanne")] == [34]
    journal.redo(project)
    assert search(project, "Sanne") == []


def snapshot(project):
    return {table: project.rows(f"SELECT * FROM {table} ORDER BY id") for table in (
        "documents", "codings", "case_ranges", "speaker_turns", "event_codings", "memos", "text_edits")}


def test_refused_edits_change_nothing(doc):
    project, _coder_id, document_id, _code_id = doc
    with pytest.raises(ValidationError):
        edit_text(project, document_id, 10, 5, "x")
    with pytest.raises(ValidationError):
        edit_text(project, document_id, 0, len(TEXT) + 1, "x")
    with pytest.raises(ValidationError):
        edit_text(project, document_id, 0, len(TEXT), "  \n")  # no text left
    with pytest.raises(ValidationError):
        apply_edits(project, {document_id: [Edit(3, 10, "a"), Edit(8, 12, "b")]})  # overlapping
    assert document_text(project, document_id) == TEXT
    assert edit_text(project, document_id, 4, 4, "").steps == []  # nothing to change
    edit_text(project, document_id, 0, 0, "Interview\r\n")
    assert document_text(project, document_id).startswith("Interview\nI: ")  # line breaks as stored


def test_several_edits_at_once_are_the_edits_one_after_the_other_from_the_last(doc):
    project, coder_id, document_id, code_id = doc
    spans = [(3, 18), (22, 27), (28, 40), (34, 39), (41, 60)]
    codes = [add_code(project, f"Code {n}").result for n in range(len(spans))]
    for span, code_id in zip(spans, codes):
        code(project, coder_id, document_id, code_id, *span)
    edits = [Edit(7, 10, "ging"), Edit(34, 39, "[naam]"), Edit(50, 55, "")]
    apply_edits(project, {document_id: edits}, remove_inside=True)
    together = (document_text(project, document_id), sorted(coding_spans(project, document_id).values()))
    copy = Project.create(Path(project.path).with_name("los.qdacoder"))
    other = import_document(copy, name="interview 1", text=TEXT).result
    coder = copy.scalar("SELECT 1")  # the copy needs its own coder and codes
    from qdacoder.core.coders import ensure_coder

    coder = ensure_coder(copy, "Anna de Vries").id
    for n, span in enumerate(spans):
        add_coding(copy, document_id=other, code_id=add_code(copy, f"Code {n}").result, start=span[0], end=span[1],
                   coder_id=coder)
    for edit in reversed(edits):
        edit_text(copy, other, edit.start, edit.end, edit.text, remove_inside=True)
    assert (document_text(copy, other), sorted(coding_spans(copy, other).values())) == together
    copy.close()


def test_the_edit_log_leads_an_old_text_to_the_new_one(doc):
    project, _coder_id, document_id, _code_id = doc
    old = sha256_of(TEXT)
    edit_text(project, document_id, 34, 39, "[naam]")
    edit_text(project, document_id, 0, 0, "Interview 1\n")
    shifts = shift_since(project, document_id, old)
    assert len(shifts) == 2
    assert moved_through(shifts, 34, 39) == (46, 52)
    assert moved_through(shifts, 40, 50) == (53, 63)
    assert shift_since(project, document_id, sha256_of("een andere tekst")) is None
    assert shift_since(project, document_id, sha256_of(document_text(project, document_id))) == []


def test_a_typing_run_is_one_undo_step_holding_the_text_twice(doc):
    project, coder_id, document_id, code_id = doc
    coding = code(project, coder_id, document_id, code_id, 22, 55)  # "Mijn mentor Sanne luisterde echt"
    after = code(project, coder_id, document_id, code_id, 56, 65)  # "naar mij."
    at = TEXT.index("echt")
    typed = [edit_text(project, document_id, at + n, at + n, letter) for n, letter in enumerate("heel ")]
    step = combined("typing", typed)
    assert [s.table for s in step.steps].count("documents") == 1
    # the moved codings: one entry for the run, from where they were to where they are
    assert [s.table for s in step.steps].count("codings") == 1
    assert document_text(project, document_id) == TEXT[:at] + "heel " + TEXT[at:]
    assert coding_spans(project, document_id) == {coding: (22, 60), after: (61, 70)}
    step.undo(project)
    assert document_text(project, document_id) == TEXT
    assert coding_spans(project, document_id) == {coding: (22, 55), after: (56, 65)}
    step.redo(project)
    assert document_text(project, document_id).count("heel echt") == 1
    assert coding_spans(project, document_id) == {coding: (22, 60), after: (61, 70)}


@pytest.mark.parametrize("old, new, edit", [
    ("Mijn mentor", "Mijn mentor", Edit(11, 11, "")),
    ("Mijn mentor", "Mijn oude mentor", Edit(5, 5, "oude ")),
    ("Mijn mentor luisterde", "Mijn coach luisterde", Edit(5, 11, "coach")),
    ("aaa", "aa", Edit(2, 3, "")),
])
def test_difference_is_the_span_between_the_common_ends(old, new, edit):
    assert difference(old, new) == edit
    assert old[:edit.start] + edit.text + old[edit.end:] == new


# -- the property test ------------------------------------------------------------------------------
ALPHABET = "ab \n"


def _template(tmp_path_factory):
    path = tmp_path_factory.mktemp("eigenschap") / "sjabloon.qdacoder"
    project = Project.create(path)
    project.close()
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return _template(tmp_path_factory)


def fresh(template):
    """A project in memory, copied from an empty one on disk: a few milliseconds per example."""
    source = sqlite3.connect(str(template))
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    source.backup(memory)
    source.close()
    memory.execute("PRAGMA foreign_keys = ON")
    return Project(Path(template), memory)


texts = st.text(alphabet=ALPHABET, min_size=4, max_size=24).filter(lambda t: t.strip())
ranges = st.lists(st.tuples(st.integers(0, 23), st.integers(1, 8)), min_size=1, max_size=5)
steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 30), st.integers(0, 6), st.text(alphabet=ALPHABET, max_size=4)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo")), st.tuples(st.just("join"))), min_size=1, max_size=8)


def state(project, document_id):
    return (
        document_text(project, document_id),
        project.scalar("SELECT sha256 FROM documents WHERE id = ?", [document_id]),
        coding_spans(project, document_id),
        {r["id"]: (r["start"], r["end"]) for r in project.rows('SELECT id, start, "end" FROM case_ranges')},
        {r["id"]: (r["start"], r["content_start"], r["end"]) for r in project.rows(
            'SELECT id, start, content_start, "end" FROM speaker_turns')},
        sorted(r["coding_id"] for r in project.rows("SELECT coding_id FROM event_codings")),
    )


def predicted(current, a, b, new):
    """The state after replacing [a, b) by ``new``, by the rule restated above."""
    text, _sha, codings, ranges_, turns, links = current
    n = len(new)
    text = text[:a] + new + text[b:]
    codings = {i: expected(s, e, a, b, n) for i, (s, e) in codings.items()}
    codings = {i: span for i, span in codings.items() if span is not None}
    ranges_ = {i: expected(s, e, a, b, n) for i, (s, e) in ranges_.items()}
    ranges_ = {i: span for i, span in ranges_.items() if span is not None}
    moved_turns = {}
    for i, (s, c, e) in turns.items():
        if s < e and expected(s, e, a, b, n) is None:
            continue
        s2, c2 = _start(s, a, b, n), _start(c, a, b, n)
        moved_turns[i] = (s2, c2, max(_end(e, a, b, n), c2))
    links = sorted(link for link in links if link in codings)
    return text, sha256_of(text), codings, ranges_, moved_turns, links


def _start(p, a, b, n):
    d = n - (b - a)
    return p if p < a else p + d if (a == b or p >= b) else a


def _end(p, a, b, n):
    d = n - (b - a)
    return p if p <= a else a + n if p <= b else p + d


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(text=texts, spans=ranges, steps=steps)
def test_random_edits_undos_and_redos_keep_the_rule(template, text, spans, steps):
    project = fresh(template)
    document_id = import_document(project, name="d", text=text,
                                  turns=[Turn(0, min(1, len(text)), len(text) // 2, "R")]).result
    coder_id = project.db.execute(
        "INSERT INTO coders (guid, name, created_at) VALUES ('g', 'Anna', '2026-01-01')").lastrowid
    code_id = add_code(project, "Steun").result
    case_id = add_case(project, "Casus").result
    event_id = add_event(project, case_id=case_id, lane="hulp", start="2020").result
    for start, length in spans:
        start, end = min(start, len(text) - 1), min(start + length, len(text))
        if not project.scalar('SELECT 1 FROM codings WHERE start = ? AND "end" = ?', [start, end]):
            coding = add_coding(project, document_id=document_id, code_id=code_id, start=start, end=end,
                                coder_id=coder_id).result
            link_coding(project, event_id, coding)
    start, length = spans[0]
    assign_passage(project, case_id, document_id, min(start, len(text) - 1), min(start + length, len(text)))

    done, undone = [], []  # (journal, state before, state after)
    current = state(project, document_id)
    for step in steps:
        if step[0] == "edit":
            _kind, a, length, new = step
            length_now = len(current[0])
            a = min(a, length_now)
            b = min(a + length, length_now)
            want = predicted(current, a, b, new)
            try:
                journal = edit_text(project, document_id, a, b, new, remove_inside=True)
            except ValidationError:  # the text would be left empty: refused, nothing changed
                assert not want[0].strip()
                assert state(project, document_id) == current
                continue
            if journal.steps:
                done.append((journal, current, want))
                undone.clear()
            current = want
        elif step[0] == "undo" and done:
            journal, before, _after = done.pop()
            journal.undo(project)
            undone.append((journal, before, current))
            current = before
        elif step[0] == "join" and len(done) >= 2:  # the last two edits as one step, as a typing run is
            (first, before, _middle), (second, _middle_too, after) = done[-2:]
            done[-2:] = [(combined("typing", [first, second]), before, after)]
        elif step[0] == "redo" and undone:
            journal, before, after = undone.pop()
            journal.redo(project)
            done.append((journal, before, after))
            current = after
        assert state(project, document_id) == current
    project.db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
    project.close()


@settings(max_examples=500, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 5), st.integers(0, 5)), max_size=6),
       spans=st.lists(st.tuples(st.integers(0, 45), st.integers(1, 20)), max_size=12))
def test_moving_many_ranges_at_once_gives_what_each_range_gives(edits, spans):
    """``Shift.move_all`` (the ranges walked in order, for a replace in every document) is
    ``Shift.range`` for each of them."""
    plan, done = [], 0
    for gap, deleted, inserted in edits:  # sorted, apart: as ``joined`` leaves them
        start = done + gap + (1 if plan else 0)
        plan.append((start, start + deleted, inserted or (0 if deleted else 1)))  # no empty edit
        done = start + deleted
    shift = Shift(plan)
    rows = sorted(((n, start, start + length) for n, (start, length) in enumerate(spans)), key=lambda r: r[1])
    ids, before, after = array("q"), array("q"), array("q")
    gone = shift.move_all(rows, ids, before, after)
    moved = {row_id: (after[2 * i], after[2 * i + 1]) for i, row_id in enumerate(ids)}
    for row_id, start, end in rows:
        expected = shift.range(start, end)
        if expected is None:
            assert row_id in gone
        elif expected != (start, end):
            assert moved[row_id] == expected
            assert before[2 * list(ids).index(row_id):][:2] == array("q", (start, end))
        else:
            assert row_id not in moved and row_id not in gone


def test_only_one_index_holds_the_positions_of_codings(project):
    """A text edit moves every coding after it; each moved coding costs an entry taken out and
    put back in every index that holds its start or end. Only the index by document, which the
    view reads in order, holds them (migration 0015 took them out of the index by code)."""
    holding = {}
    for (index,) in project.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'codings'"):
        columns = {row[2] for row in project.db.execute(f"PRAGMA index_info({index})")}
        if columns & {"start", "end"}:
            holding[index] = columns
    assert holding == {"idx_codings_document": {"document_id", "start", "end"}}
