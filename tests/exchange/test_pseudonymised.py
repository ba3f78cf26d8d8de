"""A pseudonymised copy to share: the listed names are replaced in the copy itself, texts
included, every coding stays on its words, no byte of the file holds a name, and merging it back
is refused."""

import zipfile

import pytest

from qdacoder.core.cases import find_case
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import document_text, import_document
from qdacoder.core.errors import ValidationError
from qdacoder.core.memos import add_memo
from qdacoder.core.names import add_placeholder, list_placeholders
from qdacoder.core.project import Project
from qdacoder.exchange.merge import merge_project, save_coder_copy
from qdacoder.exchange.pseudonymised import pseudonymised_copy, save_pseudonymised_copy
from qdacoder.exchange.qdpx_export import write_qdpx

TEXT = ("I: Hoe gaat het met Jayden?\n"
        "R: Jayden woont in Dijkhoven. Jaydens moeder belt elke week.\n"
        "R: Op school gaat het beter.\n")
NAMES = (b"Jayden", b"jayden", b"JAYDEN", b"Dijkhoven", b"dijkhoven")


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as p:
        add_placeholder(p, "Jayden", "[naam jongere]")
        add_placeholder(p, "Dijkhoven", "[gemeente]")
        coder = ensure_coder(p, "Anna de Vries").id
        document = import_document(p, name="interview Jayden", text=TEXT, case_name="Casus Jayden").result
        import_document(p, name="interview [naam jongere]", text="I: Nog een gesprek.\nR: Goed.\n")
        code = add_code(p, "Familie").result
        for words in ("Jaydens moeder belt", "Op school gaat het beter.", "Jayden woont in Dijkhoven."):
            start = TEXT.index(words)
            add_coding(p, document_id=document, code_id=code, start=start, end=start + len(words), coder_id=coder)
        add_memo(p, target="document", target_id=document, text="Jayden was open.")
    return path


def test_a_plain_coder_copy_holds_the_names_the_scan_looks_for(study, tmp_path):
    with Project.open(study) as p:
        save_coder_copy(p, tmp_path / "gewoon.qdacoder")
    data = (tmp_path / "gewoon.qdacoder").read_bytes()
    assert all(name in data for name in (b"Jayden", b"Dijkhoven"))


def test_the_copy_replaces_the_names_and_keeps_the_codings_on_their_words(study, tmp_path):
    target = tmp_path / "gedeeld.qdacoder"
    with Project.open(study) as p:
        report = save_pseudonymised_copy(p, target)
    assert (report.names_replaced, report.documents, report.codings_removed) == (4, 1, 0)
    data = target.read_bytes()
    assert [name for name in NAMES if name in data] == []
    with Project.open(target) as copy:
        text = document_text(copy, 1)
        assert text.startswith("I: Hoe gaat het met [naam jongere]?\nR: [naam jongere] woont in [gemeente].")
        passages = [text[r["start"]:r["end"]] for r in copy.rows('SELECT start, "end" FROM codings ORDER BY start')]
        assert passages == ["[naam jongere] woont in [gemeente].", "[naam jongere]'s moeder belt",
                            "Op school gaat het beter."]
        assert sorted(r["name"] for r in copy.rows("SELECT name FROM documents")) == [
            "interview [naam jongere]", "interview [naam jongere] (2)"]
        assert find_case(copy, "Casus [naam jongere]") is not None
        assert list_placeholders(copy) == []
        assert copy.setting("pseudonymised_copy")
    with Project.open(study) as p:
        assert document_text(p, 1) == TEXT  # the project itself is untouched
        with pytest.raises(ValidationError) as refused:
            merge_project(p, target)
        assert "pseudonymised copy" in str(refused.value)


def test_a_pseudonymised_qdpx(study, tmp_path):
    with Project.open(study) as p:
        with pseudonymised_copy(p) as copy:
            write_qdpx(copy, tmp_path / "gedeeld.qdpx")
    with zipfile.ZipFile(tmp_path / "gedeeld.qdpx") as archive:
        parts = [archive.read(name) for name in archive.namelist()]
    assert any(b"[naam jongere]'s moeder" in part for part in parts)
    assert not any(name in part for part in parts for name in NAMES)


def test_no_names_listed_is_refused_and_leaves_no_file(tmp_path):
    path = tmp_path / "leeg.qdacoder"
    with Project.create(path) as p:
        import_document(p, name="interview 1", text=TEXT)
        with pytest.raises(ValidationError):
            save_pseudonymised_copy(p, tmp_path / "gedeeld.qdacoder")
    assert not (tmp_path / "gedeeld.qdacoder").exists()
