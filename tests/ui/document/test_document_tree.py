"""The document tree follows changes by replacing only what differs; after every kind of change
it must show exactly what a fresh read of the project shows."""

from PySide6.QtCore import QModelIndex

from qdacoder.core import cases, documents
from qdacoder.ui.document.list import DocumentTree, DocumentTreeModel


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
