"""The disagreement review on the real main window offscreen, on the project of
tests/analysis/test_disagreements.py: the list, the side-by-side versions with the coded
spans highlighted, accepting writes consensus codings as one undo step, and the passage
opens in the document view."""

import pytest

from qdacoder.core.coders import find_coder
from qdacoder.ui.team.disagreements import HIGHLIGHT

from tests.analysis.test_disagreements import build_review, span, FATIMA


@pytest.fixture
def review(qtbot, window):
    ids = build_review(window.project)
    widget = window.tools.disagreement_review()  # as the Team menu opens it; refreshed by the window
    widget.set_coders(ids["Anna"], ids["Bram"])
    widget.ids = ids
    return widget


def _consensus(window):
    coder = find_coder(window.project, "Consensus")
    if coder is None:
        return []
    return window.project.rows('SELECT code_id, start, "end" FROM codings WHERE coder_id = ? ORDER BY start',
                               [coder.id])


def test_find_lists_the_disagreements(review):
    found = review.find()
    assert review.list.count() == len(found) == 4
    texts = [review.list.item(r).text() for r in range(4)]
    assert texts[0].startswith("only coder A – Interview Fatima – “Fatima vertelt")
    assert texts[1].startswith("different code") and texts[2].startswith("different boundaries")
    assert texts[3].startswith("only coder B – Interview Mo")
    assert review.note.text() == "4 disagreement(s)."
    assert review.list.currentRow() == 0


def test_side_by_side_versions_with_the_spans_highlighted(review):
    review.find()
    review.select(2)  # boundaries
    left, right = (b.toHtml() for b in review.browsers)
    assert "Anna" in review.headers[0].text() and "Thuissituatie" in review.headers[0].text()
    assert "Bram" in review.headers[1].text()
    for browser in review.browsers:
        assert "Thuis was het onrustig" in browser.toPlainText()
    assert HIGHLIGHT in left and HIGHLIGHT in right
    review.select(0)  # only Anna coded it
    assert "(not coded)" in review.headers[1].text() and HIGHLIGHT not in review.browsers[1].toHtml()


def test_accept_writes_consensus_codings_and_undo_removes_them(review, window):
    review.find()
    journal = review.accept("a")
    assert journal is not None and review.list.currentRow() == 1
    start, end = span(FATIMA, "Fatima vertelt over de wachtlijst.")
    assert _consensus(window) == [{"code_id": review.ids["Wachtlijst"], "start": start, "end": end}]
    assert "[consensus: A]" in review.list.item(0).text()
    review.accept("b")  # different code: Bram's Schoolwerk
    review.accept("both")  # boundaries: two codings
    review.accept("neither")  # only Bram: nothing
    assert len(_consensus(window)) == 4
    assert window.undo_stack.undoText() == "Accept both versions"  # "neither" changed nothing
    window.undo_action.trigger()
    assert len(_consensus(window)) == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _consensus(window) == []
    review.refresh()
    assert "consensus" not in review.list.item(0).text()
    originals = window.project.scalar("SELECT count(*) FROM codings WHERE coder_id IN (?, ?)",
                                      [review.ids["Anna"], review.ids["Bram"]])
    assert originals == 8


def test_show_in_document_and_no_coders(review, window):
    review.find()
    review.select(3)
    review.show_in_document()
    assert window.view.document_id() == review.ids["Interview Mo"]
    assert window.view.selection() == (review.items[3].start, review.items[3].end)
    review.set_coders(review.ids["Anna"], review.ids["Anna"])
    assert review.find() == [] and review.list.count() == 0
    assert not review.buttons["a"].isEnabled() and review.accept("a") is None


def test_copying_the_agreed_codings_is_one_undo_step(review, window):
    ids = review.ids
    steps = window.undo_stack.count()
    review.agreed_button.click()
    start, end = span(FATIMA, "Later kwam er eindelijk een plek bij de jeugdhulp")
    assert _consensus(window) == [{"code_id": ids["Wachtlijst"], "start": start, "end": end}]  # Anna's version
    assert review.note.text() == "1 agreed coding(s) copied to the consensus coder."
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Copy the agreed codings"
    review.agreed_button.click()  # twice: nothing more
    assert len(_consensus(window)) == 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _consensus(window) == []
