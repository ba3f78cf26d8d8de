"""View > Reading on the real main window offscreen, on tests/analysis/final_study.py: the
codebook's figures, the document's highlights, retrieval, the analysis window, quotes and the
draft report follow the one reading; the disagreement review marks a document's consensus done
(one undo step) and the final coding follows at once."""

import docx
import openpyxl

from qdacoder.core import consensus

from tests.analysis.final_study import TEXTS, build_coders, build_final_study


def counts(window, ids):
    return [window.code_panel.model.count(ids[name]) for name in ("Wachtlijst", "Steun mentor", "Schoolwerk",
                                                                   "Thuissituatie")]


def coders_in_view(window, ids, document, passage):
    window.document.show_document(ids[document])
    return sorted(h.coder for h in window.view.codings_at(TEXTS[document].index(passage)))


def test_one_reading_for_the_whole_window(window, tmp_path):
    ids = build_final_study(window.project)
    window.session.project_replaced.emit()  # made behind the window's back: read everything anew
    assert window.session.reading_kind() == "final"
    assert window.reading.label.text().startswith("Reading: final coding")
    assert counts(window, ids) == [2, 1, 2, 1]
    window._update_status()  # the study was made behind the window's back
    assert window.statusBar().currentMessage() == "4 documents, 4 codes, 6 codings (final coding), 4 cases"
    assert coders_in_view(window, ids, "Interview Fatima", "Mijn mentor") == ["Consensus"]
    assert coders_in_view(window, ids, "Interview Mo", "Thuis was") == []  # settled on nothing
    assert coders_in_view(window, ids, "Interview Lotte", "Op school") == ["Anna", "Bram"]  # not done there

    analysis = window.tools.analysis_window()
    analysis.tabs.setCurrentWidget(analysis.frequencies)
    analysis.compute()
    assert "reading: final coding" in analysis.frequencies.note.text()
    assert analysis.filters().reading == window.session.reading()
    assert window.retrieval.filters().reading == window.session.reading()
    out = tmp_path / "citaten.xlsx"
    assert window.quotes.export(str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value.startswith("filters: No filters; reading: final coding")
    assert sheet.max_row - 2 == 2  # under the filter line and the header: the two quotes of the final coding

    window.reading.choose("all")
    assert [a.isChecked() for a in window.reading.actions.actions()] == [False, True, False]
    assert window.statusBar().currentMessage() == "4 documents, 4 codes, 13 codings (every coder), 4 cases"
    assert window.reading.label.text() == "Reading: all codings of every coder"
    assert counts(window, ids) == [5, 2, 4, 2]
    assert coders_in_view(window, ids, "Interview Fatima", "Mijn mentor") == ["Anna", "Bram", "Consensus"]
    assert "reading: all codings of every coder" in analysis.frequencies.note.text()
    assert window.quotes.export(str(out))
    assert openpyxl.load_workbook(out).active.max_row - 2 == 4
    report = tmp_path / "concept.docx"
    assert window.quotes.draft_report(str(report))
    assert "Figures and quotes are of all codings of every coder together" in " ".join(
        p.text for p in docx.Document(report).paragraphs)

    window.reading.choose("coders", ["Bram"])
    assert counts(window, ids) == [2, 0, 2, 0]
    assert window.statusBar().currentMessage() == "4 documents, 4 codes, 4 codings (coders: Bram), 4 cases"
    assert coders_in_view(window, ids, "Interview Fatima", "Mijn mentor") == ["Bram"]
    window.reading.choose("final")
    assert counts(window, ids) == [2, 1, 2, 1]


def test_consensus_done_in_the_review(window):
    ids = build_coders(window.project)
    consensus.resolve(window.project, [ids["a_thuis_mo"], ids["b_wacht_mo"]], "neither", coder_a=ids["Anna"])
    window.session.project_replaced.emit()  # made behind the window's back: read everything anew
    review = window.tools.disagreement_review()
    review.set_coders(ids["Anna"], ids["Bram"])
    review.find()
    mo = next(row for row, d in enumerate(review.items) if d.document == "Interview Mo")
    review.select(mo)
    assert review.document_box.currentText() == "Interview Mo" and not review.done_button.isChecked()
    assert coders_in_view(window, ids, "Interview Mo", "Thuis was") == ["Anna"]
    before = counts(window, ids)

    review.done_button.click()  # as the reviewer does
    assert review.done_button.isChecked()
    assert consensus.settled_documents(window.project, [ids["Anna"], ids["Bram"]]) == {ids["Interview Mo"]}
    assert review.list.item(mo).text().endswith("[done]")
    assert counts(window, ids) == [before[0] - 1, before[1], before[2], before[3] - 1]
    assert coders_in_view(window, ids, "Interview Mo", "Thuis was") == []

    window.undo_stack.undo()
    assert not review.done_button.isChecked() and counts(window, ids) == before
    assert coders_in_view(window, ids, "Interview Mo", "Thuis was") == ["Anna"]
