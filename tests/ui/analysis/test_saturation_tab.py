"""The Saturation tab of the analysis window, with real widgets offscreen on a real project file
(tests/analysis/saturation_study.py): it shows what `qdacoder saturation` prints, follows its
controls, the filter bar and every change, exports every kind of file, and hands its sentence
to the draft report only when asked."""

import json

import click
import docx
import openpyxl
import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt

from qdacoder.cli.saturation import register
from qdacoder.core import attributes, codings, documents
from qdacoder.core.coders import ensure_coder

from ...analysis.saturation_study import SENTENCES, build_worked_example


@pytest.fixture
def study(window):
    return build_worked_example(window.project)


@pytest.fixture
def tab(qtbot, window, study):
    analysis = window.tools.analysis_window()
    analysis.tabs.setCurrentWidget(analysis.saturation)
    return analysis.saturation


def cli_json(window, *args):
    group = click.Group("qdacoder")
    register(group)
    result = CliRunner().invoke(group, ["saturation", str(window.project.path), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def shown(tab):
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_tab_shows_what_the_command_line_prints(tab, window):
    data = cli_json(window)
    rows = shown(tab)
    assert [r[0] for r in rows] == [d["document"] for d in data["documents"]]
    assert [int(r[3]) for r in rows] == [d["new"] for d in data["documents"]] == [4, 1, 0, 1, 0, 0]
    assert [int(r[4]) for r in rows] == [d["cumulative"] for d in data["documents"]]
    assert rows[5][5:9] == ["5-6", "0", "0", "yes"] and rows[3][5:9] == ["", "", "", ""]
    assert tab.sentence.text() == data["sentence"]
    assert tab.note.text().startswith("n = 6 documents; base 4, run 2, threshold 5%; No filters")
    model = tab.model
    assert model.data(model.index(0, 9), Qt.ItemDataRole.ToolTipRole) == \
        "School/Mentor; School/Verzuim; Thuis/Ruzie; Thuis/Steun ouders"
    assert model.data(model.index(0, 9), Qt.ItemDataRole.TextAlignmentRole) is None  # words: left
    assert model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_base_run_threshold_and_order_recompute(tab, window, study):
    tab.base_box.setValue(2)
    assert "runs of 2 interviews, saturation was reached at interview 6" in tab.sentence.text()
    assert [r[5:9] for r in shown(tab)][3:] == [["3-4", "1", "20", "no"], ["4-5", "1", "20", "no"],
                                               ["5-6", "0", "0", "yes"]]
    tab.threshold_box.setValue(20)
    assert tab.result.threshold == 0.2 and tab.result.point == 4
    assert tab.sentence.text() == cli_json(window, "--base", "2", "--threshold", "0.2")["sentence"]
    datum = attributes.add_variable(window.project, target="document", name="interviewdatum", type="date").result
    attributes.set_value(window.project, datum, study["Interview Floor"], "2023-01-10")
    tab.owner.refresh()  # a new attribute reaches the list of orders
    tab.order_box.setCurrentIndex(tab.order_box.findData("attribute:document:interviewdatum"))
    assert shown(tab)[0][:3] == ["Interview Floor", "1", "2023-01-10"]
    assert "Without a value for interviewdatum, placed at the end: Interview Amira," in tab.sentence.text()


def test_the_filter_bar_chooses_the_codings_counted(tab, window, study):
    bram = ensure_coder(window.project, "Bram Jansen").id
    start = documents.document_text(window.project, study["Interview Floor"]).index(SENTENCES["School/Verzuim"])
    window.session.run_operation("code", lambda: codings.add_coding(
        window.project, document_id=study["Interview Floor"], code_id=study["Hulp/Vaste voogd"], start=start,
        end=start + 5, coder_id=bram))
    assert [int(r[3]) for r in shown(tab)] == [4, 1, 0, 1, 0, 0]  # Bram's coding brings nothing new
    tab.owner.set_filter("coder", bram)
    assert [r[0] for r in shown(tab)] == ["Interview Floor"]
    assert "Saturation cannot be assessed" in tab.sentence.text()
    assert "Left out, without counted codings: Interview Amira, Interview Bas," in tab.sentence.text()


def test_a_change_in_the_project_reaches_the_tab(tab, window, study):
    window.session.run_operation("code", lambda: codings.add_coding_by_path(
        window.project, document_id=study["Interview Emre"], path="Toekomst/Werk", start=0, end=8,
        coder_id=window.coder_id))
    assert [int(r[3]) for r in shown(tab)] == [4, 1, 0, 1, 1, 0]
    assert "saturation was not reached" in tab.sentence.text()  # run 5-6 now brings 1 of 6: 16.7%
    window.undo_action.trigger()
    assert tab.result.point == 6


def test_every_export(tab, window, tmp_path):
    analysis = tab.owner
    for name in ("v.docx", "v.xlsx", "v.csv"):
        assert analysis.export_table(tmp_path / name)
    for name in ("v.png", "v.svg"):
        assert analysis.export_chart(tmp_path / name)
    paragraphs = [p.text for p in docx.Document(tmp_path / "v.docx").paragraphs]
    assert paragraphs[1] == tab.sentence.text()
    assert openpyxl.load_workbook(tmp_path / "v.xlsx").active["A4"].value == tab.sentence.text()
    assert b"Saturation at interview 6 (run 5-6)" in (tmp_path / "v.svg").read_bytes()
    assert (tmp_path / "v.png").stat().st_size > 1000


def test_the_draft_report_takes_the_sentence_only_when_ticked(tab, window, tmp_path):
    out = tmp_path / "concept.docx"
    assert window.quotes.draft_report(str(out))
    assert not [p for p in docx.Document(str(out)).paragraphs if "saturation" in p.text]
    tab.base_box.setValue(2)
    tab.for_report.setChecked(True)
    assert window.quotes.draft_report(str(out))
    method = [p.text for p in docx.Document(str(out)).paragraphs if "saturation" in p.text]
    assert len(method) == 1 and "With a base of 2 interviews and runs of 2 interviews" in method[0]


def test_without_a_project(qtbot, make_window):
    analysis = make_window().tools.analysis_window()
    analysis.tabs.setCurrentWidget(analysis.saturation)
    assert analysis.saturation.model.rowCount() == 0 and analysis.saturation.sentence.text() == ""
    assert not analysis.export_table("nergens.docx", analysis.saturation)
