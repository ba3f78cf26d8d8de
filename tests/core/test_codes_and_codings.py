import pytest

from qdacoder.core.project import Project

from qdacoder.core import codes, codings, documents
from qdacoder.core.errors import NotFoundError, ValidationError


@pytest.fixture
def doc(project, transcript_text):
    return documents.import_document(project, name="Interview", text=transcript_text).result


def test_paths_create_missing_codes_once(project, coder, doc):
    codings.add_coding_by_path(project, document_id=doc, path="Bevorderend/Steun/Mentor", start=0, end=9, coder_id=coder.id)
    codings.add_coding_by_path(project, document_id=doc, path="bevorderend/steun/Mentor", start=10, end=19, coder_id=coder.id)
    assert [n.path for n in codes.walk_tree(project)] == ["Bevorderend", "Bevorderend/Steun", "Bevorderend/Steun/Mentor"]
    mentor = codes.find_code_by_path(project, "Bevorderend/Steun/Mentor")
    assert codes.code_path(project, mentor.id) == "Bevorderend/Steun/Mentor"
    assert codes.coding_counts(project) == {mentor.id: 2}


@pytest.mark.parametrize("bad", ["", "   ", "a/b", "x" * 201])
def test_bad_code_names_are_refused(project, bad):
    with pytest.raises(ValidationError):
        codes.add_code(project, bad)
    assert codes.list_codes(project) == []


def test_sibling_names_are_unique_regardless_of_case_but_cousins_may_share(project):
    a = codes.add_code(project, "Bevorderend").result
    b = codes.add_code(project, "Belemmerend").result
    codes.add_code(project, "Continuïteit", parent_id=a)
    codes.add_code(project, "Continuïteit", parent_id=b)
    with pytest.raises(ValidationError, match="already a code"):
        codes.add_code(project, "continuïteit", parent_id=a)
    with pytest.raises(ValidationError, match="already a code"):
        codes.rename_code(project, b, "BEVORDEREND")


def test_colours_are_checked(project):
    with pytest.raises(ValidationError, match="colour"):
        codes.add_code(project, "Rood", color="red")
    code = codes.add_code(project, "Rood", color="#FF0000").result
    assert codes.get_code(project, code).color == "#ff0000"
    codes.set_code_color(project, code, "#00aa00")
    assert codes.get_code(project, code).color == "#00aa00"


def test_coding_range_and_duplicates_are_checked(project, coder, doc, transcript_text):
    code = codes.add_code(project, "Steun").result
    for start, end in [(-1, 5), (5, 5), (10, 4), (0, len(transcript_text) + 1)]:
        with pytest.raises(ValidationError, match="not inside the document"):
            codings.add_coding(project, document_id=doc, code_id=code, start=start, end=end, coder_id=coder.id)
    codings.add_coding(project, document_id=doc, code_id=code, start=0, end=len(transcript_text), coder_id=coder.id)
    with pytest.raises(ValidationError, match="already has this code"):
        codings.add_coding(project, document_id=doc, code_id=code, start=0, end=len(transcript_text), coder_id=coder.id)
    with pytest.raises(NotFoundError):
        codings.add_coding(project, document_id=doc, code_id=999, start=0, end=3, coder_id=coder.id)


def test_change_code_memo_and_remove(project, coder, doc):
    a = codes.add_code(project, "A").result
    b = codes.add_code(project, "B").result
    coding = codings.add_coding(project, document_id=doc, code_id=a, start=3, end=9, coder_id=coder.id).result
    codings.change_coding_code(project, coding, b)
    memo = codings.set_coding_memo(project, coding, "  Mooi citaat voor hoofdstuk 3 ")
    got = codings.get_coding(project, coding)
    assert (got.code_id, got.memo) == (b, "Mooi citaat voor hoofdstuk 3")
    memo.undo(project)
    assert codings.get_coding(project, coding).memo == ""
    codings.remove_coding(project, coding)
    assert codings.document_codings(project, doc) == []


def test_in_vivo_creates_a_code_named_after_the_passage(project, coder, doc, transcript_text):
    passage = "Betrek mij gewoon, het is mijn leven."
    start = transcript_text.index(passage)
    journal = codings.add_in_vivo_coding(project, document_id=doc, start=start, end=start + len(passage), coder_id=coder.id)
    code_id, coding_id = journal.result
    assert codes.get_code(project, code_id).name == "Betrek mij gewoon, het is mijn leven"
    journal.undo(project)
    assert codes.list_codes(project) == []


def test_in_vivo_names_are_tidy():
    assert codings.in_vivo_name("  “ik had\nhulp nodig”  ") == "ik had hulp nodig"
    assert codings.in_vivo_name("en/of") == "en of"
    long = codings.in_vivo_name("woord " * 40)
    assert len(long) <= codings.MAX_IN_VIVO_NAME and long.endswith("…")


def test_same_text_twice_is_refused_and_names_are_made_unique(project, transcript_text):
    documents.import_document(project, name="Interview", text=transcript_text + "x")
    with pytest.raises(ValidationError, match="already in the project"):
        documents.import_document(project, name="Nog eens", text=transcript_text + "x")
    second = documents.import_document(project, name="Interview", text=transcript_text + "y").result
    assert documents.get_document(project, second).name == "Interview (2)"


def test_unique_names_skip_every_name_taken(project, transcript_text):
    for n, name in enumerate(["Interview", "Interview (2)", "Interview (3)", "Interview (4) deel 2",
                              "Interview)", "Interview(5)", "interview (4)"]):
        documents.import_document(project, name=name, text=f"{transcript_text} {n}")
    assert documents.unique_name(project, "Interview") == "Interview (4)"
    assert documents.unique_name(project, "Interview (2)") == "Interview (2) (2)"
    assert documents.unique_name(project, "Gesprek") == "Gesprek"


def test_the_lookups_of_an_import_use_indexes(project):
    """What importing a file looks up (the same text, a free name) reads an index, not every
    document: that keeps importing a folder into a big project as fast as into an empty one."""
    def plan(sql, params):
        return " ".join(row[3] for row in project.db.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "USING INDEX idx_documents_sha256" in plan("SELECT name FROM documents WHERE sha256 = ?", ["x"])
    assert "SCAN" not in plan("SELECT name FROM documents WHERE name >= ? AND name < ?", ["a (", "a )"])


def test_every_document_knows_its_length_however_its_text_was_written(project, transcript_text):
    """The length a coding is checked against is stored beside the text; triggers keep it right
    for writers that leave it out, and an older project gets it on opening."""
    doc = documents.import_document(project, name="Interview", text=transcript_text + " 😊").result
    assert documents.get_document(project, doc).length == len(transcript_text) + 2
    with project.db.atomic():
        project.db.execute("INSERT INTO documents (guid, name, kind, text, sha256, imported_at) "
                           "VALUES ('g', 'Rauw', 'other', 'één twee', 'x', 't')")
        raw = project.scalar("SELECT id FROM documents WHERE name = 'Rauw'")
        assert project.scalar("SELECT length FROM documents WHERE id = ?", [raw]) == 8
        project.db.execute("UPDATE documents SET text = 'drie', length = 99 WHERE id = ?", [raw])
        assert project.scalar("SELECT length FROM documents WHERE id = ?", [raw]) == 4
    with pytest.raises(ValidationError, match="not inside the document"):
        codings.add_coding(project, document_id=raw, code_id=codes.add_code(project, "A").result, start=0, end=5,
                           coder_id=1)


def test_a_project_from_before_the_stored_length_gets_it(tmp_path):
    from tests.core.test_project import old_project_file

    path = tmp_path / "oud.qdacoder"
    old_project_file(path, "0009_document_length", 8, text="Mijn mentor 😊 luisterde.", code="Steun", end=4)
    with Project.open(path) as project:
        assert documents.get_document(project, 1).length == len("Mijn mentor 😊 luisterde.")


def test_changes_name_the_codes_and_codings_touched(project, coder, doc):
    a = codes.add_code(project, "A").result
    b = codes.add_code(project, "B").result
    coding = codings.add_coding(project, document_id=doc, code_id=a, start=0, end=9, coder_id=coder.id)
    assert coding.changes.coding_ids == {coding.result} and coding.changes.code_ids == {a}
    moved = codings.change_coding_code(project, coding.result, b)
    assert moved.changes.code_ids == {a, b} and moved.changes.document_ids == {doc}
    assert codes.coding_counts(project, [a, b]) == {a: 0, b: 1}


def test_coding_details_for_some_ids_match_the_full_read(project, coder, doc):
    parent = codes.add_code(project, "Bevorderend").result
    child = codes.add_code(project, "Steun", parent_id=parent).result
    ids = [codings.add_coding(project, document_id=doc, code_id=child, start=s, end=s + 5, coder_id=coder.id).result
           for s in (30, 0, 12)]
    full = codings.coding_details(project, doc)
    assert [d.start for d in full] == [0, 12, 30]
    assert full[0].code_path == "Bevorderend/Steun" and full[0].coder == "Anna de Vries"
    assert codings.coding_details(project, doc, [ids[0], ids[2]]) == [full[1], full[2]]
    assert codings.coding_details(project, doc + 1, ids) == []
