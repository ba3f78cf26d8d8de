"""Confidential codings (vertrouwelijk): the column, the operation and the masking of their
text (fictional study of tests/core/test_quotes.py)."""

import sqlite3

import pytest

from qdacoder.core import quotes
from qdacoder.core.confidential import MASK, is_masked_version, mask, masked_texts
from qdacoder.core.errors import NotFoundError
from qdacoder.core.project import Project
from qdacoder.core.schema import SCHEMA_VERSION
from tests.core.test_project import old_project_file
from tests.core.test_quotes import INTERVIEW, build_study, span


@pytest.fixture
def study(project, coder):
    return build_study(project, coder)


def test_a_version_6_project_gets_the_column_and_keeps_its_codings(tmp_path):
    path = tmp_path / "zes.qdacoder"
    columns = old_project_file(path, "0007_confidential_codings", 6, text="Mijn voogd belde nooit terug.",
                               code="Voogd", end=9, starred=1)
    assert "confidential" not in columns
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION >= 7
        assert not quotes.is_confidential(project, 1) and quotes.is_starred(project, 1)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            project.db.execute("UPDATE codings SET confidential = 2 WHERE id = 1")
        assert project.scalar("PRAGMA integrity_check") == "ok"


def test_marking_confidential_is_one_undo_step(project, study):
    ids = study.ids
    journal = quotes.set_confidential(project, [ids.mentor, ids.alone, ids.mentor])
    assert journal.result == 2 and journal.changes.coding_ids == {ids.mentor, ids.alone}
    assert quotes.confidential_ids(project) == sorted([ids.mentor, ids.alone])
    assert quotes.is_starred(project, ids.mentor)  # the star stays: only its export is held back
    journal.undo(project)
    assert quotes.confidential_ids(project) == []
    journal.redo(project)
    assert quotes.is_confidential(project, ids.alone)
    quotes.set_confidential(project, [ids.alone], confidential=False)
    assert quotes.confidential_ids(project) == [ids.mentor]
    with pytest.raises(NotFoundError):
        quotes.set_confidential(project, [ids.school, 9999])
    assert not quotes.is_confidential(project, ids.school)  # nothing changed


def test_mask_keeps_length_and_line_breaks_and_only_the_spans():
    text = "Ria zei:\nik wil weg.\nDaarna niets."
    masked = mask(text, [(4, 13), (9, 11), (23, 29)])
    assert len(masked) == len(text)
    assert masked == "Ria ████\n████il weg.\nDa██████iets."  # overlapping spans; the line break stays
    assert is_masked_version(text, masked) and not is_masked_version(text, masked[:-1])
    assert not is_masked_version(text, masked.replace("weg", "mee"))
    assert mask(text, []) == text


def test_masked_texts_only_for_documents_with_confidential_codings(project, study):
    assert masked_texts(project) == {}
    quotes.set_confidential(project, [study.ids.alone])
    start, end = span(INTERVIEW, study.texts.alone)
    assert masked_texts(project) == {study.interview: INTERVIEW[:start] + MASK * (end - start) + INTERVIEW[end:]}
