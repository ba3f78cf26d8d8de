"""What leaves the project never carries the text of a confidential coding: a coder copy and a
.qdpx export hold "█" in its place, the coding still marked, and merging the masked copy back
keeps the original text (fictional study of tests/core/test_quotes.py)."""

import zipfile

import pytest

from qdacoder.core import quotes
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.confidential import MASK
from qdacoder.core.documents import sha256_of
from qdacoder.core.project import Project
from qdacoder.core.search import search
from qdacoder.exchange.merge import merge_project, save_coder_copy
from qdacoder.exchange.qdpx_export import write_qdpx
from qdacoder.exchange.qdpx_import import import_qdpx
from tests.core.test_quotes import FIELDNOTE, INTERVIEW, build_study, span

SECRET = "werkte veel"  # inside the confidential statement, nowhere else
WORD = b"alleen"  # a word of it the search index would keep without its rebuild


@pytest.fixture
def study(tmp_path):
    project = Project.create(tmp_path / "jeugdhulp.qdacoder")
    built = build_study(project, ensure_coder(project, "Anna de Vries"))
    quotes.set_confidential(project, [built.ids.alone])
    built.project = project
    built.masked = INTERVIEW.replace(built.texts.alone, MASK * len(built.texts.alone))
    yield built
    project.close()


def texts(project):
    return {r["name"]: r["text"] for r in project.rows("SELECT name, text FROM documents")}


def test_a_coder_copy_masks_exactly_the_confidential_span_and_keeps_the_mark(study, tmp_path):
    target = save_coder_copy(study.project, tmp_path / "bram.qdacoder")
    assert SECRET.encode() not in target.read_bytes() and WORD not in target.read_bytes()
    with Project.open(target) as copy:
        assert texts(copy) == {"Interview jeugdige 7": study.masked, "Veldnotitie school": FIELDNOTE}
        start, end = span(INTERVIEW, study.texts.alone)
        assert copy.scalar('SELECT start || "-" || "end" FROM codings WHERE confidential = 1') == f"{start}-{end}"
        assert quotes.confidential_ids(copy) == [study.ids.alone] and len(quotes.starred_ids(copy)) == 3
        assert copy.scalar("SELECT sha256 FROM documents WHERE id = ?", [study.interview]) == sha256_of(study.masked)
        assert search(copy, "werkte") == [] and search(copy, "moeder") == []  # masked words are not found
        assert [h.document_id for h in search(copy, "mentor")] != []
        assert copy.scalar("PRAGMA integrity_check") == "ok"
    assert texts(study.project)["Interview jeugdige 7"] == INTERVIEW  # the project itself keeps its text


def test_no_trace_of_a_long_document_s_confidential_text_is_left_in_the_copy_file(study, tmp_path, monkeypatch):
    """A long text lies on overflow pages; the masked version takes new ones, and the old pages
    must not stay behind in the file as free pages, also where SQLite does not overwrite freed
    pages (secure_delete is off by default in many builds, on in this one)."""
    from qdacoder.core import project as project_mod
    from qdacoder.core.documents import import_document

    connect = project_mod._connect

    def without_secure_delete(path):
        connection = connect(path)
        connection.execute("PRAGMA secure_delete = OFF")
        return connection

    monkeypatch.setattr(project_mod, "_connect", without_secure_delete)

    filler = "".join(f"Regel {n}: de jongere gaat naar school en naar de sportclub.\n" for n in range(400))
    secret = "Mijn stiefvader slaat mij soms als niemand kijkt."
    long_text = filler + "R: " + secret + "\n" + filler
    doc = import_document(study.project, name="Lang interview", text=long_text).result
    start = long_text.index(secret)
    coding = add_coding_by_path(study.project, document_id=doc, path="Thuis", start=start, end=start + len(secret),
                                coder_id=ensure_coder(study.project, "Anna de Vries").id).result
    quotes.set_confidential(study.project, [coding])
    target = save_coder_copy(study.project, tmp_path / "bram.qdacoder")
    assert b"stiefvader" not in target.read_bytes()
    with Project.open(target) as copy:
        assert texts(copy)["Lang interview"] == long_text.replace(secret, MASK * len(secret))


def test_a_copy_without_codings_is_masked_all_the_same(study, tmp_path):
    target = save_coder_copy(study.project, tmp_path / "leeg.qdacoder", keep_codings=False)
    assert SECRET.encode() not in target.read_bytes()
    with Project.open(target) as copy:
        assert texts(copy)["Interview jeugdige 7"] == study.masked
        assert copy.scalar("SELECT count(*) FROM codings") == 0


def test_merging_the_masked_copy_back_keeps_the_original_text(study, tmp_path):
    target = save_coder_copy(study.project, tmp_path / "bram.qdacoder")
    with Project.open(target) as copy:
        start, end = span(INTERVIEW, "een mentor die echt luisterde")
        added = add_coding_by_path(copy, document_id=study.interview, path="Steun/Mentor", start=start, end=end,
                                   coder_id=ensure_coder(copy, "Bram Jansen").id).result
        quotes.set_confidential(copy, [added])
    report = merge_project(study.project, target).result
    assert report.conflicts == [] and report.codings_skipped == 0
    assert report.codings_added == 1 and report.codings_already_there == 4
    assert texts(study.project) == {"Interview jeugdige 7": INTERVIEW, "Veldnotitie school": FIELDNOTE}
    assert study.project.scalar("SELECT sha256 FROM documents WHERE id = ?", [study.interview]) == sha256_of(INTERVIEW)
    bram = study.project.scalar("SELECT g.id FROM codings g JOIN coders c ON c.id = g.coder_id WHERE c.name = ?",
                                ["Bram Jansen"])
    assert quotes.is_confidential(study.project, bram)  # Bram's mark protects the statement here too


def test_a_copy_whose_text_really_differs_is_still_a_conflict(study, tmp_path):
    target = save_coder_copy(study.project, tmp_path / "bram.qdacoder")
    with Project.open(target) as copy:
        changed = study.masked.replace("mentor", "coach")
        copy.db.execute("UPDATE documents SET text = ?, sha256 = ? WHERE id = ?",
                        [changed, sha256_of(changed), study.interview])
    report = merge_project(study.project, target).result
    assert len(report.conflicts) == 1 and "differs" in report.conflicts[0]
    assert texts(study.project)["Interview jeugdige 7"] == INTERVIEW


def test_a_qdpx_export_masks_the_span_and_the_mark_comes_back_on_import(study, tmp_path):
    path = tmp_path / "uitwisseling.qdpx"
    write_qdpx(study.project, path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    qde = members.pop("project.qde")
    assert sorted(members.values()) == sorted([study.masked, FIELDNOTE])
    assert SECRET not in qde and "Mijn moeder" not in qde  # nor in the selection's name
    assert qde.count("Confidential: yes") == 1
    import_qdpx(path, tmp_path / "terug.qdacoder", coder="Iemand Anders")
    with Project.open(tmp_path / "terug.qdacoder") as back:
        assert texts(back)["Interview jeugdige 7"] == study.masked
        assert [back.scalar("SELECT guid FROM codings WHERE id = ?", [i]) for i in quotes.confidential_ids(back)] == \
            [study.project.scalar("SELECT guid FROM codings WHERE id = ?", [study.ids.alone])]
        assert len(quotes.starred_ids(back)) == 3


def test_memos_on_a_confidential_coding_stay_home(study, tmp_path):
    """A memo may quote the withheld statement: neither the coding's own memo nor a dated memo
    on it goes into a coder copy or a .qdpx; memos on other codings do."""
    from qdacoder.core.codings import set_coding_memo
    from qdacoder.core.memos import add_memo

    set_coding_memo(study.project, study.ids.alone, "Moeder werkte veel, zegt ze.")
    add_memo(study.project, target="coding", target_id=study.ids.alone, text="Ze werkte veel en was er nooit.")
    add_memo(study.project, target="coding", target_id=study.ids.mentor, text="De mentor als vast punt.")
    target = save_coder_copy(study.project, tmp_path / "bram.qdacoder")
    assert SECRET.encode() not in target.read_bytes()
    with Project.open(target) as copy:
        assert copy.scalar("SELECT memo FROM codings WHERE id = ?", [study.ids.alone]) == ""
        assert [r["text"] for r in copy.rows("SELECT text FROM memos WHERE target = 'coding'")] == [
            "De mentor als vast punt."]
    write_qdpx(study.project, tmp_path / "studie.qdpx")
    with zipfile.ZipFile(tmp_path / "studie.qdpx") as archive:
        assert SECRET.encode() not in b"".join(archive.read(name) for name in archive.namelist())
        assert "De mentor als vast punt." in archive.read("project.qde").decode("utf-8")
    # the project itself keeps both
    assert study.project.scalar("SELECT memo FROM codings WHERE id = ?", [study.ids.alone]).startswith("Moeder")
