"""Pseudonymising the source for good: after the purge, no byte of the project file, its WAL
or its backup folder holds the old name, and the project logs what was done without it."""

from pathlib import Path

import pytest

from qdacoder.core.backups import backup_folder, make_backup
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.coders import ensure_coder
from qdacoder.core.documents import document_text, import_document
from qdacoder.core.errors import ValidationError
from qdacoder.core.names import add_placeholder, list_placeholders
from qdacoder.core.project import Project
from qdacoder.core.purge import pseudonymise
from qdacoder.core.replace import find_hits, replace_hits
from qdacoder.core.search import search

INTERVIEW = ("I: Hoe gaat het met Jayden?\nR: Jayden woont nu bij zijn oma. Jaydens moeder belt elke week.\n"
             "R: JAYDEN zegt zelf dat het goed gaat.\n") * 40
OTHER = "I: Wat vond je van de mentor?\nR: Die luisterde echt naar mij.\n" * 40
OLD = (b"Jayden", b"jayden", b"JAYDEN")


def grep(path: Path) -> list[str]:
    """The files at and beside ``path`` (WAL, backups) whose bytes hold the old name."""
    files = [path, Path(f"{path}-wal")] + sorted(backup_folder(path).glob("*"))
    return [f.name for f in files if f.is_file() and any(old in f.read_bytes() for old in OLD)]


def study(tmp_path) -> Path:
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as p:
        coder = ensure_coder(p, "Anna de Vries").id
        add_placeholder(p, "Jayden", "[naam jongere]", category="person")
        document = import_document(p, name="interview 1", text=INTERVIEW).result
        import_document(p, name="interview 2", text=OTHER)
        code = add_code(p, "Familie").result
        start = INTERVIEW.index("Jaydens moeder")
        add_coding(p, document_id=document, code_id=code, start=start, end=start + len("Jaydens moeder belt"), coder_id=coder)
        make_backup(p.path)
    return path


def test_a_replace_alone_leaves_the_old_name_in_the_file_and_its_backups(tmp_path):
    """What the purge is for (and proof that the grep below can see the name)."""
    path = study(tmp_path)
    p = Project.open(path)
    replace_hits(p, find_hits(p, "Jayden", any_case=True), "[naam jongere]")
    assert "Jayden" not in document_text(p, 1)
    assert grep(path)
    p.close()


def test_after_the_purge_no_byte_holds_the_old_name(tmp_path):
    path = study(tmp_path)
    asked = []
    with Project.open(path) as p:
        report = pseudonymise(p, "Jayden", "[naam jongere]", any_case=True,
                              delete_backups=lambda backups: asked.append(list(backups)) or True)
        assert report.replaced.hits == 160 and report.replaced.documents == 1
        text = document_text(p, 1)
        assert "Jayden" not in text and text.count("[naam jongere]'s moeder") == 40
        coded = p.rows('SELECT start, "end" FROM codings')[0]
        assert text[coded["start"]:coded["end"]] == "[naam jongere]'s moeder belt"
        assert search(p, "jayden") == [] and search(p, "jongere")
        assert list_placeholders(p) == [] and report.placeholders_removed == 1
        assert report.still_in == []
        log = p.rows("SELECT * FROM pseudonymisations")
        assert len(log) == 1 and log[0]["replacement"] == "[naam jongere]" and log[0]["hits"] == 160
        assert log[0]["created_at"][:4].isdigit()
        assert p.scalar("PRAGMA integrity_check") == "ok"
    assert len(asked) == 1 and len(asked[0]) == 1 and report.backups_deleted == asked[0]
    assert grep(path) == []


def test_backups_are_kept_without_consent_and_other_places_are_reported(tmp_path):
    path = study(tmp_path)
    with Project.open(path) as p:
        p.db.execute("UPDATE documents SET name = 'interview Jayden' WHERE id = 2")
        report = pseudonymise(p, "Jayden", "[naam jongere]")  # as written and in capitals only
        assert report.backups_kept and not report.backups_deleted
        assert report.still_in == ["document names"]
        assert [e.name for e in list_placeholders(p)] == ["Jayden"]  # it still keeps the name out of exports
        with pytest.raises(ValidationError):
            pseudonymise(p, "Jayden", "[naam jongere]")  # nothing left to find in the texts
    assert grep(path)
