"""Merging checks what it takes in (issue 21): each coder copy here is damaged by hand with
plain sqlite3, as an attacker or a broken tool would, and the merge must neither fail with a
traceback nor pass the damage on. The copy itself is only read: it stays byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import import_document
from qdacoder.core.errors import ProjectFileError
from qdacoder.core.project import Project
from qdacoder.exchange.merge import merge_project, save_coder_copy
from tests.readonly_place import read_only_copy

TEXT = "Interview Daan\nR: Mijn opa haalde mij elke dag op van school.\nR: Zonder hem was het niet gelukt.\n"


@pytest.fixture()
def study(tmp_path):
    with Project.create(tmp_path / "studie.qdacoder") as p:
        document_id = import_document(p, name="Interview Daan", text=TEXT).result
        start = TEXT.index("Mijn opa")
        add_coding_by_path(p, document_id=document_id, path="Steun/Grootouders", start=start,
                           end=start + 8, coder_id=ensure_coder(p, "Anna de Vries").id)
        save_coder_copy(p, tmp_path / "bram.qdacoder", keep_codings=False)
    return tmp_path / "studie.qdacoder"


def tamper(path, *statements):
    connection = sqlite3.connect(path)  # foreign keys off, as in any SQLite tool
    connection.execute("PRAGMA ignore_check_constraints = ON")  # as a careless tool may
    for sql, params in statements:
        connection.execute(sql, params)
    connection.commit()
    connection.close()


def a_coding(start, end, code_id="(SELECT id FROM codes WHERE name = 'Grootouders')",
             coder="(SELECT id FROM coders WHERE name = 'Bram Jansen')"):
    return (f"INSERT INTO codings (guid, document_id, code_id, start, \"end\", coder_id, created_at) "
            f"VALUES (?, (SELECT id FROM documents), {code_id}, ?, ?, {coder}, '2026-01-05')",
            [f"guid-{start}-{end}", start, end])


BRAM = ("INSERT INTO coders (guid, name, created_at) VALUES ('bram', 'Bram Jansen', '2026-01-05')", [])


def merged(study, copy):
    before = copy.read_bytes()
    with Project.open(study) as p:
        report = merge_project(p, copy).result
        codings = p.rows('SELECT start, "end" FROM codings ORDER BY start')
    assert copy.read_bytes() == before
    return report, codings


def test_a_coding_beyond_the_end_of_the_text_is_not_merged(study, tmp_path):
    copy = tmp_path / "bram.qdacoder"
    tamper(copy, BRAM, a_coding(len(TEXT) - 10, 10_000_000), a_coding(20, 10), a_coding(-5, 3),
           a_coding(TEXT.index("Zonder"), TEXT.index("Zonder") + 6))
    report, codings = merged(study, copy)
    assert report.codings_added == 1 and report.codings_skipped == 3
    assert "3 coding(s) in bram.qdacoder refer to a code, coder or document that is not there, or to a " \
           "passage outside the text; they were not merged." in report.conflicts
    assert all(0 <= c["start"] < c["end"] <= len(TEXT) for c in codings)


def test_a_copy_with_a_changed_text_but_the_old_checksum_is_caught(study, tmp_path):
    copy = tmp_path / "bram.qdacoder"
    changed = TEXT.replace("opa", "oom")
    tamper(copy, BRAM, ("UPDATE documents SET text = ?", [changed]), a_coding(20, 30))
    with sqlite3.connect(copy) as c:  # the checksum still claims the original text
        assert c.execute("SELECT sha256 FROM documents").fetchone()[0] == hashlib.sha256(TEXT.encode()).hexdigest()
    report, codings = merged(study, copy)
    assert report.codings_added == 0
    assert any("differs in bram.qdacoder" in conflict for conflict in report.conflicts)


def test_an_orphan_coding_and_codes_5000_deep_merge_without_error(study, tmp_path):
    copy = tmp_path / "bram.qdacoder"
    statements = [BRAM, a_coding(0, 5, code_id="98765")]  # a code that does not exist
    parent = "NULL"
    for level in range(5000):
        statements.append((f"INSERT INTO codes (id, guid, parent_id, name, position, is_codable, color, created_at) "
                           f"VALUES (?, ?, {parent}, ?, 0, 1, '#4c72b0', '2026-01-05')",
                           [100_000 + level, f"diep-{level}", f"Niveau {level}"]))
        parent = str(100_000 + level)
    tamper(copy, *statements)
    report, codings = merged(study, copy)
    assert report.codings_added == 0 and report.codings_skipped == 1
    assert len(report.codes_added) == 100 and report.codes_added[-1].count("/") == 99
    assert "Codes in bram.qdacoder are nested more than 100 levels deep; those below that level " \
           "were not merged." in report.conflicts


def test_a_failed_merge_adds_no_coder(study, tmp_path):
    copy = tmp_path / "bram.qdacoder"
    tamper(copy, BRAM, ("UPDATE documents SET name = CAST(X'4461616EFF' AS TEXT)", []), a_coding(20, 30))
    with Project.open(study) as p:
        coders = p.rows("SELECT name FROM coders")
        with pytest.raises(ProjectFileError, match="bram.qdacoder"):
            merge_project(p, copy)
        assert p.rows("SELECT name FROM coders") == coders


def test_a_read_only_copy_merges_and_stays_as_it_was(study, tmp_path):
    copy = tmp_path / "bram.qdacoder"
    with Project.open(copy) as c:
        add_coding_by_path(c, document_id=c.scalar("SELECT id FROM documents"), path="Steun/Keerpunt",
                           start=TEXT.index("Zonder"), end=TEXT.index("Zonder") + 6,
                           coder_id=ensure_coder(c, "Bram Jansen").id)
    with read_only_copy([copy], tmp_path / "usb") as usb:
        before = (usb / copy.name).read_bytes()
        with Project.open(study) as p:
            report = merge_project(p, usb / copy.name).result
        assert report.codings_added == 1 and report.codes_added == ["Steun/Keerpunt"]
        assert (usb / copy.name).read_bytes() == before
        assert sorted(path.name for path in usb.iterdir()) == ["bram.qdacoder"]
