"""Saturation in words, as a table, a chart and files (``reports.saturation``), read back from
the files themselves, on the real projects of ``tests.analysis.saturation_study``."""

import csv
import datetime as dt
from fractions import Fraction

import docx
import openpyxl
import pytest

from qdacoder.analysis.saturation import saturation
from qdacoder.core import attributes, documents
from qdacoder.core.names import add_placeholder, name_filter
from qdacoder.reports import saturation as report
from qdacoder.reports.draft_report import write_draft_report
from qdacoder.reports.language import translator
from qdacoder.reports.summary_report import ReportFileError

from ..analysis.saturation_study import build, build_issue_sentence, build_worked_example

nl = translator("nl")
DAY = dt.date(2024, 5, 1)


def test_the_sentence_of_the_issue_in_dutch_and_english(project):
    build_issue_sentence(project)
    result = saturation(project)
    assert result.base_size == 23 and result.point == 11
    assert report.sentence(result, nl).startswith(
        "Met een basis van 4 interviews en runs van 2 interviews trad dataverzadiging op bij interview 11: "
        "de run 10-11 leverde 0 nieuwe codes op (0% van 23).")
    assert report.sentence(result) == (
        "With a base of 4 interviews and runs of 2 interviews, saturation was reached at interview 11: "
        "the run 10-11 brought 0 new codes (0% of 23). The interviews were taken in import order; a run counts "
        "as saturated at 5% new codes or less, relative to the codes of the base (B = 23; Guest, Namey & Chen, 2020).")
    assert report.sentence(result, nl).endswith(
        "De interviews zijn genomen in volgorde van importeren; een run geldt als verzadigd bij 5% nieuwe codes of "
        "minder, ten opzichte van de codes van de basis (B = 23; Guest, Namey & Chen, 2020).")


def test_not_reached_too_few_and_documents_that_are_not_interviews(project):
    build_worked_example(project)
    stubborn = saturation(project, base=1, run=3, threshold=0.1)
    assert report.sentence(stubborn).startswith(
        "With a base of 1 interview and runs of 3 interviews, saturation was not reached: no run brought 10% new "
        "codes or less (the last run, 4-6, brought 1 new code, 25% of 4).")
    assert report.sentence(saturation(project, base=5, run=2), nl) == (
        "Dataverzadiging is niet te beoordelen: een basis van 5 interviews en runs van 2 interviews vragen ten "
        "minste 7 interviews met coderingen, en er zijn er 6.")
    documents.import_document(project, name="Veldnotitie overleg", text="Overleg over de wachtlijst.\n", kind="fieldnote")
    note = saturation(project, order="name")  # the field note is not coded: still all interviews
    assert note.not_coded == ("Veldnotitie overleg",) and "interview 6" in report.sentence(note)
    assert report.notes(note, nl) == ["Weggelaten, zonder getelde coderingen: Veldnotitie overleg."]


def test_documents_when_not_all_are_interviews(project):
    build(project, [("Dossier 1", ["Thuis/Ruzie"]), ("Dossier 2", ["Thuis/Ruzie"])], kind="dossier")
    result = saturation(project, base=1, run=1)
    assert report.sentence(result).startswith("With a base of 1 document and runs of 1 document, saturation was "
                                              "reached at document 2: the run 2-2 brought 0 new codes (0% of 1).")
    assert "op volgorde van naam" in report.sentence(saturation(project, order="name", base=1, run=1), nl)


@pytest.mark.parametrize("share, threshold, english, dutch", [
    (Fraction(0), Fraction(1, 20), "0%", "0%"),
    (Fraction(1, 5), Fraction(1, 20), "20%", "20%"),
    (Fraction(1, 23), Fraction(1, 20), "4.3%", "4,3%"),
    (Fraction(1, 19), Fraction(1, 20), "5.3%", "5,3%"),  # not "5%": it does not meet a 5% rule
    (Fraction(63, 1250), Fraction(1, 20), "5.04%", "5,04%"),  # 5.0 would look as if it met it
    (Fraction(1, 40), None, "2.5%", "2,5%"),
])
def test_percentages_stay_on_their_side_of_the_threshold(share, threshold, english, dutch):
    assert report.percent_text(share, threshold) == english
    assert report.percent_text(share, threshold, nl) == dutch


def test_notes_name_ten_documents_and_count_the_rest(project):
    ids = build_worked_example(project)
    for number in range(12):
        documents.import_document(project, name=f"Interview nog te coderen {number:02d}",
                                  text=f"Nog niet gecodeerd ({number}).\n", kind="transcript")
    datum = attributes.add_variable(project, target="document", name="interviewdatum", type="date").result
    attributes.set_value(project, datum, ids["Interview Bas"], "2023-04-11")
    result = saturation(project, order="attribute:interviewdatum")
    left_out, at_the_end = report.notes(result)
    assert left_out.startswith("Left out, without counted codings: Interview nog te coderen 00, ")
    assert left_out.endswith("Interview nog te coderen 09 and 2 more.")
    assert at_the_end == ("Without a value for interviewdatum, placed at the end: Interview Amira, Interview Chantal, "
                          "Interview Dewi, Interview Emre, Interview Floor.")


def test_the_table_per_document(project):
    build_worked_example(project)
    table = report.rows_for_export(saturation(project, base=2, run=2))
    assert table.headers == ["Document", "No.", "Imported", "New codes", "Cumulative", "Run", "New in run",
                             "New information (%)", "Rule met", "Codes first applied here"]
    assert [row[:2] + row[3:] for row in table.rows] == [
        ["Interview Amira", 1, 4, 4, None, None, None, None,
         "School/Mentor; School/Verzuim; Thuis/Ruzie; Thuis/Steun ouders"],
        ["Interview Bas", 2, 1, 5, None, None, None, None, "Hulp/Wachtlijst"],
        ["Interview Chantal", 3, 0, 5, None, None, None, None, ""],
        ["Interview Dewi", 4, 1, 6, "3-4", 1, 20, "no", "Hulp/Vaste voogd"],
        ["Interview Emre", 5, 0, 6, "4-5", 1, 20, "no", ""],
        ["Interview Floor", 6, 0, 6, "5-6", 0, 0, "yes", ""],
    ]
    assert table.n_text == "n = 6 documents; base 2, run 2, threshold 5%"
    by_name = report.rows_for_export(saturation(project, order="name", base=2, run=2), nl)
    assert by_name.headers[:3] == ["Document", "Nr.", "Nieuwe codes"]  # no column of order values


def test_the_chart_draws_the_table(project):
    build_worked_example(project)
    figure = report.chart(saturation(project, base=2, run=2), title="Verzadiging")
    ax = figure.axes[0]
    bars = [p for p in ax.patches if p.get_width() == pytest.approx(0.8)]
    assert [b.get_height() for b in bars] == [4, 1, 0, 1, 0, 0]
    cumulative, point = ax.lines
    assert list(cumulative.get_ydata()) == [4, 5, 5, 6, 6, 6]
    assert list(point.get_xdata()) == [6, 6]
    labels = [t.get_text() for t in figure.legends[0].get_texts()]
    assert labels == ["New codes", "Codes so far", "Base", "Saturation at interview 6 (run 5-6)"]
    none = report.chart(saturation(project, base=1, run=3, threshold=0.1))
    assert len(none.axes[0].lines) == 1  # not reached: nothing marked


def test_the_files(project, tmp_path):
    build_worked_example(project)
    result = saturation(project, base=2, run=2)
    for name in ("s.docx", "s.xlsx", "s.csv", "s.png", "s.svg"):
        report.write(result, tmp_path / name, names=name_filter(project), project_name="Uitstroom",
                     filters_text="No filters: all codings.", translate=nl, written=DAY)
    word = docx.Document(tmp_path / "s.docx")
    paragraphs = [p.text for p in word.paragraphs if p.text]  # the empty one that turns the page back left out
    assert paragraphs[0] == "Verzadiging: nieuwe codes per document – Uitstroom"
    assert paragraphs[1].startswith("Met een basis van 2 interviews en runs van 2 interviews trad dataverzadiging op "
                                    "bij interview 6: de run 5-6 leverde 0 nieuwe codes op (0% van 5).")
    assert len(word.inline_shapes) == 1 and "Figuur 1. Verzadiging: nieuwe codes per document" in paragraphs
    cells = [[c.text for c in row.cells] for row in word.tables[0].rows]
    assert cells[0][:4] == ["Document", "Nr.", "Geïmporteerd", "Nieuwe codes"]
    assert cells[4][0] == "Interview Dewi" and cells[4][5:9] == ["3-4", "1", "20", "nee"]
    assert paragraphs[-1].startswith("n = 6 documenten; basis 2, run 2, drempel 5%")
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    column = [sheet.cell(row=r, column=1).value for r in range(1, 7)]
    assert column[0] == "Verzadiging: nieuwe codes per document – Uitstroom"
    assert column[3].startswith("Met een basis van 2 interviews")
    header = next(r for r in range(1, 12) if sheet.cell(row=r, column=1).value == "Document")
    assert [sheet.cell(row=header + 6, column=c).value for c in (1, 2, 4, 5, 6, 7, 8, 9)] == [
        "Interview Floor", 6, 0, 6, "5-6", 0, 0, "ja"]
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[3][0].startswith("Met een basis") and ["Interview Dewi", "4"] == rows[-3][:2]
    assert (tmp_path / "s.png").read_bytes().startswith(b"\x89PNG")
    assert b"Verzadiging bij interview 6 (run 5-6)" in (tmp_path / "s.svg").read_bytes()


def test_a_file_of_another_kind_is_refused_and_not_written(project, tmp_path):
    build_worked_example(project)
    with pytest.raises(ReportFileError, match="saved as .docx, .xlsx, .csv, .png or .svg"):
        report.write(saturation(project), tmp_path / "s.pdf", names=name_filter(project), project_name="x",
                     filters_text="")
    assert not (tmp_path / "s.pdf").exists()


def test_the_draft_report_takes_the_sentence_with_names_replaced(project, tmp_path):
    build_worked_example(project)
    documents.import_document(project, name="Interview Gijs", text="Nog niet gecodeerd.\n", kind="transcript")
    add_placeholder(project, "Gijs", "[naam jongere]")
    result = saturation(project)
    write_draft_report(project, tmp_path / "concept.docx", written=DAY, saturation=report.full_text(result))
    method = [p.text for p in docx.Document(tmp_path / "concept.docx").paragraphs if "saturation" in p.text]
    assert len(method) == 1
    assert "saturation was reached at interview 6: the run 5-6 brought 0 new codes (0% of 6)." in method[0]
    assert method[0].endswith("Left out, without counted codings: Interview [naam jongere].")
    write_draft_report(project, tmp_path / "zonder.docx", written=DAY)
    assert not [p for p in docx.Document(tmp_path / "zonder.docx").paragraphs if "saturation" in p.text]


def test_no_listed_name_leaves_in_any_file(project, tmp_path):
    """Document names are in the table, the notes and the sentence's notes: the project's name
    filter replaces them in every file, at the last moment."""
    build_worked_example(project)
    documents.import_document(project, name="Interview Gijs", text="Nog niet gecodeerd.\n", kind="transcript")
    for name, placeholder in (("Amira", "[jongere 1]"), ("Floor", "[jongere 6]"), ("Gijs", "[jongere 7]")):
        add_placeholder(project, name, placeholder)
    result = saturation(project)
    for name in ("s.docx", "s.xlsx", "s.csv", "s.png", "s.svg"):
        report.write(result, tmp_path / name, names=name_filter(project), project_name="Uitstroom",
                     filters_text="", written=DAY)
    word = docx.Document(tmp_path / "s.docx")
    texts = [p.text for p in word.paragraphs] + [c.text for row in word.tables[0].rows for c in row.cells]
    assert "Interview [jongere 1]" in texts and "Interview [jongere 6]" in texts
    assert "Left out, without counted codings: Interview [jongere 7]." in texts
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    csv_text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    for text in [" ".join(texts), " ".join(cells), csv_text]:
        assert not any(name in text for name in ("Amira", "Floor", "Gijs"))
    assert "Interview [jongere 7]" in csv_text
