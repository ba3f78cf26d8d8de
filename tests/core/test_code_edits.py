"""Moving, merging and deleting codes, each with its undo."""

import pytest

from qdacoder.core import code_edits, codes, codings, documents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.errors import ValidationError

TEXT = "Eerst wachtlijst. Toen hulp thuis. Daarna een mentor die luisterde. Uiteindelijk rust.\n"


@pytest.fixture
def doc(project):
    return documents.import_document(project, name="Veldnotitie", text=TEXT).result


def tree(project):
    return [(n.path, n.code.position) for n in codes.walk_tree(project)]


def snapshot(project):
    return {t: project.rows(f"SELECT * FROM {t} ORDER BY id") for t in ("codes", "codings")}


def add(project, path, **kw):
    with project.transaction("test") as tx:
        return codes.ensure_path(tx, path, **kw)


def code(project, coder, doc, code_id, start, end, memo=""):
    return codings.add_coding(project, document_id=doc, code_id=code_id, start=start, end=end,
                              coder_id=coder.id, memo=memo).result


def test_move_to_another_parent_and_position(project):
    steun = add(project, "Bevorderend/Steun")
    add(project, "Bevorderend/Uitleg")
    wachtlijst = add(project, "Belemmerend/Wachtlijst")
    belemmerend = codes.find_code_by_path(project, "Belemmerend").id
    code_edits.move_code(project, steun, belemmerend, 0)
    assert [p for p, _ in tree(project)] == [
        "Bevorderend", "Bevorderend/Uitleg", "Belemmerend", "Belemmerend/Steun", "Belemmerend/Wachtlijst"]
    code_edits.move_code(project, wachtlijst, None)  # to the top level, last
    assert [p for p, _ in tree(project)][-1] == "Wachtlijst"
    code_edits.move_code(project, wachtlijst, belemmerend, 0)
    code_edits.move_code(project, wachtlijst, belemmerend, 99)  # past the end: last
    assert [p for p, _ in tree(project)][-2:] == ["Belemmerend/Steun", "Belemmerend/Wachtlijst"]
    assert [pos for p, pos in tree(project) if p.startswith("Belemmerend/")] == [0, 1]


def test_move_undo_restores_order(project):
    add(project, "A")
    b = add(project, "B")
    add(project, "C")
    before = snapshot(project)
    journal = code_edits.move_code(project, b, None, 0)
    assert [p for p, _ in tree(project)] == ["B", "A", "C"]
    journal.undo(project)
    assert snapshot(project) == before


def test_move_refuses_cycles_and_name_clashes(project):
    parent = add(project, "Thema's/Systemisch werken")
    top = codes.find_code_by_path(project, "Thema's").id
    with pytest.raises(ValidationError, match="into itself"):
        code_edits.move_code(project, top, parent)
    add(project, "Systemisch werken")
    with pytest.raises(ValidationError, match="already a code"):
        code_edits.move_code(project, parent, None)


def test_merge_moves_codings_without_duplicates_and_children_then_undo(project, coder, doc):
    other = ensure_coder(project, "Bram Jansen")
    source = add(project, "Belemmerend/Lange wachttijd")
    add(project, "Belemmerend/Lange wachttijd/Jeugd-ggz")
    shared = add(project, "Belemmerend/Lange wachttijd/Sociaal team")
    target = add(project, "Belemmerend/Wachtlijst")
    target_child = add(project, "Belemmerend/Wachtlijst/Sociaal team")
    code(project, coder, doc, source, 0, 17, memo="Kern van het probleem")
    code(project, coder, doc, target, 0, 17)  # the same passage by the same coder
    codings.add_coding(project, document_id=doc, code_id=source, start=0, end=17, coder_id=other.id)
    code(project, coder, doc, source, 18, 34)
    code(project, coder, doc, shared, 35, 50)
    before = snapshot(project)

    journal = code_edits.merge_codes(project, source, target)
    assert [p for p, _ in tree(project)] == [
        "Belemmerend", "Belemmerend/Wachtlijst", "Belemmerend/Wachtlijst/Sociaal team",
        "Belemmerend/Wachtlijst/Jeugd-ggz"]
    on_target = [(c.start, c.end, c.coder_id, c.memo) for c in codings.code_codings(project, target)]
    assert sorted(on_target) == [(0, 17, coder.id, "Kern van het probleem"), (0, 17, other.id, ""),
                                 (18, 34, coder.id, "")]
    assert [(c.start, c.end) for c in codings.code_codings(project, target_child)] == [(35, 50)]
    journal.undo(project)
    assert snapshot(project) == before


def test_merge_refuses_into_own_subcode_and_codings_into_a_category(project, coder, doc):
    parent = add(project, "Factoren")
    child = add(project, "Factoren/Gezin")
    with pytest.raises(ValidationError, match="into itself"):
        code_edits.merge_codes(project, parent, child)
    category = add(project, "Thema's")
    codes.update_code(project, category, is_codable=False)
    code(project, coder, doc, child, 0, 5)
    before = snapshot(project)
    with pytest.raises(ValidationError, match="category"):
        code_edits.merge_codes(project, child, category)
    assert snapshot(project) == before


def test_delete_with_each_choice_and_undo(project, coder, doc):
    parent = add(project, "Bevorderend")
    steun = add(project, "Bevorderend/Steun")
    add(project, "Bevorderend/Steun/Mentor")
    code(project, coder, doc, steun, 35, 67)
    mentor = codes.find_code_by_path(project, "Bevorderend/Steun/Mentor").id
    code(project, coder, doc, mentor, 45, 67)
    before = snapshot(project)

    keep = code_edits.delete_code(project, steun, keep_codings=True)
    assert [p for p, _ in tree(project)] == ["Bevorderend", "Bevorderend/Mentor"]
    assert [(c.start, c.end) for c in codings.code_codings(project, parent)] == [(35, 67)]
    keep.undo(project)
    assert snapshot(project) == before

    drop = code_edits.delete_code(project, steun)
    assert [p for p, _ in tree(project)] == ["Bevorderend"]
    assert project.scalar("SELECT count(*) FROM codings") == 0
    drop.undo(project)
    assert snapshot(project) == before

    with pytest.raises(ValidationError, match="top level"):
        code_edits.delete_code(project, parent, keep_codings=True)
