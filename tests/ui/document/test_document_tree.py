"""The document tree follows changes by replacing only what differs; after every kind of change
it must show exactly what a fresh read of the project shows."""

from PySide6.QtCore import QModelIndex

from qdacoder.core import cases, documents
from qdacoder.ui.document.list import CODINGS, DOCUMENT_ID_ROLE, DocumentTree, DocumentTreeModel


def shown(model, parent=QModelIndex()):
    return [(model.index(row, 0, parent).data(), shown(model, model.index(row, 0, parent)))
            for row in range(model.rowCount(parent))]


def test_every_change_ends_as_a_fresh_read(qtbot, project):
    tree = DocumentTree()
    qtbot.addWidget(tree)
    tree.load(project)

    def add(name, case=None):
        return documents.import_document(project, name=name, text=f"Tekst van {name}.", case_name=case).result

    def check():
        tree.load(project)
        fresh = DocumentTreeModel("Not in a case", lambda d: d.name)
        fresh.load(project)
        assert shown(tree.model()) == shown(fresh)
        for row in range(tree.model().rowCount()):
            assert tree.isExpanded(tree.model().index(row, 0))

    a = add("Interview Bram", "Casus B")
    check()
    add("Interview Ada", "Casus B")  # into a case that is there
    check()
    loose = add("Veldnotitie")  # the group of documents in no case appears at the end
    check()
    add("Interview Cas", "Casus A")  # a new case before the others
    check()
    case_b = cases.find_case(project, "Casus B").id
    cases.rename_case(project, case_b, "Casus Z")  # a case moves
    check()
    cases.set_document_case(project, loose, "Casus A")  # the last loose document goes
    check()
    documents.rename_document(project, a, "Aaa eerst")
    check()
    cases.delete_case(project, cases.find_case(project, "Casus A").id)
    check()
    documents.delete_document(project, a)
    check()
    assert shown(tree.model())[-1][0] == "Not in a case (2)"


def test_a_document_is_found_under_each_of_its_cases(qtbot, project):
    """The rows of a document, found in the array of listed ids, are the rows a walk over the
    tree finds: under a case with passages of it, under its own case, after an empty case,
    and again after the rows changed."""
    tree = DocumentTree()
    qtbot.addWidget(tree)

    def add(name, case=None):
        return documents.import_document(project, name=name, text=f"Tekst van {name}.", case_name=case).result

    def walked(model, document_id):
        return [(row, child) for row in range(model.rowCount())
                for child in range(model.rowCount(model.index(row, 0)))
                if model.index(child, 0, model.index(row, 0)).data(DOCUMENT_ID_ROLE) == document_id]

    def check(*ids):
        tree.load(project)
        model = tree.model()
        for document_id in ids:
            found = [(model.parent(i).row(), i.row()) for i in model.document_indexes(document_id)]
            assert found == walked(model, document_id)
        return model

    cases.add_case(project, "Casus A leeg")
    bram = add("Interview Bram", "Casus B")
    ada = add("Interview Ada", "Casus B")
    loose = add("Veldnotitie")
    cas = add("Interview Cas", "Casus C")
    cases.assign_passage(project, cases.find_case(project, "Casus C").id, bram, 0, 5)  # Bram under two cases
    model = check(bram, ada, loose, cas)
    assert len(model.document_indexes(bram)) == 2 and model.document_indexes(10_000) == []
    documents.delete_document(project, ada)
    check(bram, loose, cas)


def test_one_coding_recounts_one_document_in_the_list(qtbot, project):
    """After one coding only that document's cell and its case's are redrawn; a new reading
    recounts them all."""
    tree = DocumentTree()
    qtbot.addWidget(tree)
    docs = [documents.import_document(project, name=f"Interview {n}", text=f"Tekst {n}.", case_name="Casus").result
            for n in range(3)]
    tree.load(project, {})
    changed, layouts = [], []
    tree.model().dataChanged.connect(lambda first, last: changed.append((first.row(), last.row(), first.parent().row())))
    tree.model().layoutChanged.connect(lambda: layouts.append(1))
    tree.set_counts({docs[1]: 4}, [docs[1]])
    assert tree.count(docs[1]) == 4 and layouts == []
    assert changed == [(1, 1, 0), (0, 0, -1)]  # the document's cell, then its case's
    changed.clear()
    tree.select_document(docs[2], emit=False)
    tree.set_counts({docs[0]: 1, docs[2]: 2})
    assert [tree.count(d) for d in docs] == [1, 0, 2] and layouts == [1] and changed == []
    # the rows stay as they were: expanded, the same one current
    assert tree.isExpanded(tree.model().index(0, 0)) and tree.current_document_id() == docs[2]
    case = tree.model().index(0, CODINGS)
    assert case.data() == 3 and tree.model().index(2, CODINGS, tree.model().index(0, 0)).data() == 2


def test_an_import_counts_only_the_new_documents(window, tmp_path):
    """The window's list after an import: the new document counted, the others keep their
    counts without a recount of every document (a layout change of the whole list)."""
    from qdacoder.core.codes import add_code
    from qdacoder.core.codings import add_coding
    from qdacoder.core.coders import ensure_coder
    from qdacoder.ui.common.dialogs import ImportOptions

    def imported(name, text):
        source = tmp_path / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        return window.projects.import_files([str(source)], ImportOptions(None, "Casus", False)).imported[0]

    first = imported("interview 1", "R: De mentor belde.")
    project = window.project
    coder = ensure_coder(project, "Anna de Vries").id
    code = add_code(project, "Steun").result
    window.session.run_operation("code", lambda: add_coding(project, document_id=first, code_id=code, start=3, end=12,
                                                            coder_id=coder))
    tree = window.documents
    assert tree.count(first) == 1
    layouts = []
    tree.model().layoutChanged.connect(lambda: layouts.append(1))
    new = imported("interview 2", "R: Op school ging het beter.")
    assert (tree.count(first), tree.count(new)) == (1, 0) and layouts == []


def test_an_import_inserts_its_rows_without_reading_every_name(window, tmp_path, monkeypatch):
    """Documents imported into a case the list shows, or into no case, are placed among the
    others by name from their own rows alone; the tree then shows what a fresh read shows, with
    every case still open. A new case is read the full way."""
    from qdacoder.ui.common.dialogs import ImportOptions
    from qdacoder.ui.document import list as document_list

    def import_folder(names, case=None):
        paths = []
        for name in names:
            source = tmp_path / f"{name}.txt"
            source.write_text(f"R: Tekst van {name}.", encoding="utf-8")
            paths.append(str(source))
        return window.projects.import_files(paths, ImportOptions(None, case, False)).imported

    reads = []
    real = document_list.names_by_case
    monkeypatch.setattr(document_list, "names_by_case", lambda project: reads.append(1) or real(project))
    tree = window.documents

    def check():
        before = len(reads)
        fresh = DocumentTreeModel("Not in a case", lambda d: d.name)
        fresh.load(window.project)
        del reads[before:]  # the tree's own reads are counted, not this one
        assert shown(tree.model()) == shown(fresh)
        for row in range(tree.model().rowCount()):
            assert tree.isExpanded(tree.model().index(row, 0))

    import_folder(["interview Bram", "interview Fleur"], "Casus Noord")
    check()
    reads.clear()
    new = import_folder(["interview Anouk", "Interview Cas", "interview Daan", "interview Zoë"], "Casus Noord")
    check()
    assert reads == []  # placed, not read again
    case_row = tree.model().index(0, 0)
    assert [tree.model().index(row, 0, case_row).data() for row in range(6)] == [
        "interview Anouk", "interview Bram", "Interview Cas", "interview Daan", "interview Fleur", "interview Zoë"]
    assert tree.current_document_id() == new[-1]
    assert tree.model().index(0, 0).data() == "Casus Noord (6)"
    import_folder(["veldnotitie 2", "veldnotitie 1"])  # the group of no case, empty, was there
    check()
    assert reads == []
    assert tree.model().index(1, 0).data() == "Not in a case (2)"
    import_folder(["interview Eva"], "Casus Zuid")  # a new case: the full read
    check()
    assert reads == [1]
