"""Merging a coder copy made before the text was edited here: its codings move through the
edits made since, by the same rule as the project's own; codings on text deleted since are left
out and counted; a copy whose own text was edited has that document's codings refused. Never a
coding on other words."""

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import document_text, import_document
from qdacoder.core.project import Project
from qdacoder.core.text_edits import edit_text
from qdacoder.exchange.merge import merge_project, save_coder_copy

TEXT = "I: Hoe was het op school?\nR: Mijn mentor Sanne luisterde echt naar mij.\nR: Thuis was het lastig.\n"


@pytest.fixture
def project_and_copy(tmp_path):
    path, copy_path = tmp_path / "studie.qdacoder", tmp_path / "bram.qdacoder"
    with Project.create(path) as p:
        import_document(p, name="interview 1", text=TEXT)
        add_code(p, "Steun")
        save_coder_copy(p, copy_path)
    with Project.open(copy_path) as copy:
        bram = ensure_coder(copy, "Bram Jansen").id
        for words in ("luisterde echt naar mij", "Thuis was het lastig", "mentor Sanne"):
            start = TEXT.index(words)
            add_coding(copy, document_id=1, code_id=1, start=start, end=start + len(words), coder_id=bram)
    return path, copy_path


def passages(project):
    text = document_text(project, 1)
    return sorted(text[r["start"]:r["end"]] for r in project.rows('SELECT start, "end" FROM codings'))


def test_codings_of_a_copy_made_before_edits_land_on_the_same_words(project_and_copy):
    path, copy_path = project_and_copy
    with Project.open(path) as p:
        edit_text(p, 1, 0, 0, "Interview met Noor, casus 1\n")
        start = document_text(p, 1).index("mentor Sanne ")
        edit_text(p, 1, start, start + len("mentor Sanne "), "", remove_inside=True)
        start = document_text(p, 1).index("lastig")
        edit_text(p, 1, start, start + len("lastig"), "soms lastig")
        report = merge_project(p, copy_path).result
        assert report.codings_added == 2 and report.codings_skipped == 1
        assert any("deleted here since the copy was made" in c for c in report.conflicts)
        assert passages(p) == ["Thuis was het soms lastig", "luisterde echt naar mij"]
        assert merge_project(p, copy_path).result.codings_added == 0  # twice adds nothing


def test_a_copy_whose_own_text_was_edited_is_refused_for_that_document(project_and_copy):
    path, copy_path = project_and_copy
    with Project.open(copy_path) as copy:
        edit_text(copy, 1, 0, 0, "Kopie: ")
    with Project.open(path) as p:
        edit_text(p, 1, 0, 0, "Interview 1\n")
        report = merge_project(p, copy_path).result
        assert report.codings_added == 0 and report.codings_skipped == 3
        assert any("differs" in c for c in report.conflicts)
        assert passages(p) == []


def test_undoing_the_edits_here_merges_the_copy_as_it_is(project_and_copy):
    path, copy_path = project_and_copy
    with Project.open(path) as p:
        journal = edit_text(p, 1, 0, 0, "Interview 1\n")
        journal.undo(p)
        assert merge_project(p, copy_path).result.codings_added == 3
        assert passages(p) == ["Thuis was het lastig", "luisterde echt naar mij", "mentor Sanne"]
