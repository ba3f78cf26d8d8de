"""The draft report, opened again with python-docx: every starred quote once with its
attribution, the counts sentence equal to ``frequency_table``, placeholders replaced, shares
computed from the data with their n, Word's own styles used."""

import datetime as dt

import docx
import pytest

from qdacoder.core.names import name_filter
from qdacoder.analysis.filters import Filters
from qdacoder.analysis.frequencies import code_frequencies
from qdacoder.analysis.frequency_table import cases_by_valence, frequency_table
from qdacoder.core.codes import find_code_by_path, update_code
from qdacoder.core.documents import import_document
from qdacoder.reports.draft_report import ReportOptions, counts_sentence, write_draft_report, write_frequency_docx
from qdacoder.reports.language import translator
from qdacoder.reports.quotes import collect_quotes
from tests.core.test_quotes import build_study

MENTOR = "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” (jeugdige)"
ALONE = "“Mijn moeder [naam ouder] werkte veel, dus ik stond er alleen voor.” (jeugdige)"
SCHOOL = "“de mentor van [naam jongere] elke week belt” (field note)"
nl = translator("nl")


@pytest.fixture
def study(project, coder):
    study = build_study(project, coder)
    # a second case without any coding: the shares are of 2 cases in scope
    import_document(project, name="Interview ouder 8", text="Moeder vertelt over de wachtlijst.\n", kind="transcript",
                    case_name="Casus 8")
    update_code(project, find_code_by_path(project, "Steun/Mentor").id,
                description="Een vaste mentor op school, zoals die van Sanne, die de jeugdige steunt.",
                example="Ze vroeg wat ik wilde.")
    return study


def report(project, path, **kwargs):
    write_draft_report(project, path, written=dt.date(2024, 5, 1), **kwargs)
    return docx.Document(path)


def texts(document):
    return [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]


def test_each_starred_quote_once_with_attribution(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx", options=ReportOptions(starred_only=True))
    quoted = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quoted == [MENTOR, SCHOOL, ALONE]
    written = name_filter(project)  # the quotes as a writer writes them: listed names replaced
    assert quoted == [written(q.line) for q in collect_quotes(project)]
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    # each quote in the section of its own code (themes under the chapter "Findings")
    assert paragraphs.index(("Heading 3", "Mentor")) < paragraphs.index(("Quote", MENTOR)) \
        < paragraphs.index(("Heading 3", "School")) < paragraphs.index(("Heading 2", "Thuis")) \
        < paragraphs.index(("Quote", ALONE))
    assert "“een mentor” (jeugdige)" not in texts(document)  # not starred
    # by default up to three quotes per code, starred ones first, the others after them
    every = [p.text for p in report(project, tmp_path / "alle.docx").paragraphs if p.style.name == "Quote"]
    assert every == [MENTOR, SCHOOL, "“een mentor” (jeugdige)", ALONE]
    one = [p.text for p in report(project, tmp_path / "een.docx", options=ReportOptions(quotes=1)).paragraphs
           if p.style.name == "Quote"]
    assert one == [MENTOR, "“een mentor” (jeugdige)", ALONE]


def test_counts_sentence_equals_frequency_table(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    body = [p.text for p in document.paragraphs]
    rows = frequency_table(project)
    figures = code_frequencies(project, passages=True)
    valence = cases_by_valence(project)
    for row in rows:
        sentence = counts_sentence(row, valence.get(row.code_id, (0, 0)))
        assert body.count(sentence) == 1
        subtree = figures[row.code_id].subtree
        unit = "coding" if subtree.codings == 1 else "codings"
        assert f"This code has {subtree.codings} {unit} in {subtree.cases} of the 2 cases" in sentence
        promoting, hindering = valence.get(row.code_id, (0, 0))
        if promoting or hindering:
            assert "Described as" in sentence
        else:
            assert "described" not in sentence.lower()
    mentor = next(r for r in rows if r.path == "Steun/Mentor")
    assert counts_sentence(mentor, valence[mentor.code_id]) == (
        "This code has 2 codings in 1 of the 2 cases (50%). Valence of these codings: 2 promoting, 0 hindering, "
        "0 without valence. Described as promoting in 1 case.")
    # the case count never shares a pronoun with the coding count ("In 1 daarvan" read as 1 of the 2 codings)
    assert counts_sentence(mentor, valence[mentor.code_id], nl) == (
        "Deze code heeft 2 coderingen in 1 van de 2 casussen (50%). Richting van deze coderingen: 2 bevorderend, "
        "0 belemmerend, 0 zonder richting. Als bevorderend beschreven in 1 casus.")
    # the appendix table holds the very same figures; code names indented by level
    table = document.tables[0]
    cells = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert cells["Mentor"][1:6] == ["2", "2", "2", "1", "50"]


def test_method_paragraph_from_the_data(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    start = paragraphs.index(("Heading 1", "Method"))
    method = " ".join(text for _, text in paragraphs[start + 1:paragraphs.index(("Heading 1", "Findings"))])
    assert "The analysis covers 2 cases with 3 documents." in method
    assert "Documents by kind (n = 3 documents): transcript 2 (67%), field note 1 (33%)." in method
    assert "Respondents by role (n = 1 respondents): jeugdige 1 (100%)." in method
    assert "The codebook has 4 codes in 2 themes" in method
    assert "coded by 1 coder: Anna de Vries." in method and "coder(s)" not in method
    assert "In total the material holds 4 codings." in method
    assert paragraphs[0] == ("Title", "studie")
    assert ("Normal", "Date: 2024-05-01") in paragraphs and ("Normal", "Coders: Anna de Vries") in paragraphs


def test_placeholders_replaced_everywhere(project, study, tmp_path):
    everything = texts(report(project, tmp_path / "concept.docx"))
    assert "Een vaste mentor op school, zoals die van [naam jongere], die de jeugdige steunt." in everything
    assert not [t for t in everything if "Sanne" in t or "Ria " in t]


def test_real_styles_and_numbered_tables(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Quote", "Caption"} <= styles
    assert [t.style.name for t in document.tables] == ["Table Grid", "Table Grid"]
    assert "SEQ Table" in document.element.xml and 'TOC \\h \\z \\c "Table"' in document.element.xml
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Figure 1. Codings per theme, by valence", "Table 1. Code frequencies",
                        "Table 2. Summary of the cases"]
    # every table states its filters and reading, also with no other filter (issue 18)
    assert "n = 2 cases; filters: No filters: all codings; written on 2024-05-01" in [p.text for p in document.paragraphs]
    listed = [p.text for p in document.paragraphs]
    start = listed.index("List of tables and figures")
    assert listed[start + 1:start + 4] == captions
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[headings.index("Appendix A. Codebook") + 1:][:4] == ["1 Steun", "1.1 Mentor", "1.2 School",
                                                                         "2 Thuis"]


def test_translated_and_filtered(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx", translate=nl, agreement="Cohens kappa was 0,81.")
    body = [p.text for p in document.paragraphs]
    assert "Methode" in body
    assert "“de mentor van [naam jongere] elke week belt” (veldnotitie)" in body
    assert "Tabel 1. Codefrequenties" in body
    assert any(t.endswith("Cohens kappa was 0,81.") for t in body)
    only = Filters(case_ids=frozenset({study.case}))
    filtered = [p.text for p in report(project, tmp_path / "casus7.docx", filters=only).paragraphs]
    assert "The analysis covers 1 case with 2 documents." in filtered[filtered.index("Method") + 1]
    thuis = next(r for r in frequency_table(project, only) if r.path == "Thuis")
    assert counts_sentence(thuis, cases_by_valence(project, only).get(thuis.code_id, (0, 0))) in filtered
    assert "This code has 1 coding in 1 of the 1 case (100%)" in " ".join(filtered)


def test_frequency_table_alone(project, study, tmp_path):
    write_frequency_docx(project, tmp_path / "tellingen.docx", written=dt.date(2024, 5, 1))
    document = docx.Document(tmp_path / "tellingen.docx")
    assert [p.text for p in document.paragraphs if p.style.name == "Caption"] == ["Table 1. Code frequencies"]
    assert document.tables[0].style.name == "Table Grid"
    assert [r.cells[0].text for r in document.tables[0].rows[1:]] == [r.name for r in frequency_table(project)]


def test_the_frequency_chart_is_figure_1(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Figure 1. Codings per theme, by valence"
    assert len(document.inline_shapes) == 1


@pytest.mark.parametrize("cases, codings, by_valence, expected", [
    (3, 1, (0, 0), "This code has 1 coding in 3 of the 4 cases (75%)."),
    (2, 5, (0, 2), "This code has 5 codings in 2 of the 4 cases (50%). Described as hindering in 2 cases."),
    (2, 5, (1, 2), "This code has 5 codings in 2 of the 4 cases (50%). "
                   "Described as promoting in 1 case and as hindering in 2 cases."),
    (0, 0, (0, 0), "This code has not been coded."),
    (0, 2, (0, 0), "This code has 2 codings, in none of the 4 cases."),
])
def test_the_counts_sentence_says_only_what_is_there(cases, codings, by_valence, expected):
    from qdacoder.analysis.frequencies import Counts
    from qdacoder.analysis.frequency_table import FrequencyRow, percent_of

    figures = Counts(codings=codings, documents=cases, cases=cases)
    row = FrequencyRow(1, "Wachtlijst", "Wachtlijst", 0, False, figures, figures, 4, percent_of(cases, 4))
    assert counts_sentence(row, by_valence) == expected
