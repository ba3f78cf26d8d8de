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
from qdacoder.reports.draft_report import counts_sentence, write_draft_report, write_frequency_docx
from qdacoder.reports.quotes import collect_quotes
from tests.core.test_quotes import build_study

MENTOR = "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” (jeugdige)"
ALONE = "“Mijn moeder [naam ouder] werkte veel, dus ik stond er alleen voor.” (jeugdige)"
SCHOOL = "“de mentor van [naam jongere] elke week belt” (field note)"
DUTCH = {"This factor occurs in {cases} of the {total} cases ({percent}%), with {codings} codings.":
         "Deze factor komt voor in {cases} van de {total} casussen ({percent}%), met {codings} coderingen.",
         "In {cases_promoting} of them it is described as promoting.":
         "In {cases_promoting} daarvan wordt deze als bevorderend beschreven.",
         "field note": "veldnotitie", "Method": "Methode"}


def nl(text):
    return DUTCH.get(text, text)


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
    document = report(project, tmp_path / "concept.docx")
    quoted = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert quoted == [MENTOR, SCHOOL, ALONE]
    written = name_filter(project)  # the quotes as a writer writes them: listed names replaced
    assert quoted == [written(q.line) for q in collect_quotes(project)]
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    # each quote in the section of its own code
    assert paragraphs.index(("Heading 2", "Mentor")) < paragraphs.index(("Quote", MENTOR)) \
        < paragraphs.index(("Heading 2", "School")) < paragraphs.index(("Heading 1", "Thuis")) \
        < paragraphs.index(("Quote", ALONE))
    assert "“een mentor” (jeugdige)" not in texts(document)  # not starred


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
        assert f"in {subtree.cases} of the 2 cases" in sentence
        assert f"with {subtree.codings} coding" in sentence
        promoting, hindering = valence.get(row.code_id, (0, 0))
        if promoting and hindering:
            assert f"In {hindering} of them it is described as hindering and in {promoting} as promoting." in sentence
        elif promoting or hindering:
            assert f"In {promoting or hindering} of them it is described as {'promoting' if promoting else 'hindering'}." \
                in sentence
        else:
            assert "described" not in sentence
    mentor = next(r for r in rows if r.path == "Steun/Mentor")
    assert counts_sentence(mentor, valence[mentor.code_id]) == (
        "This factor occurs in 1 of the 2 cases (50%), with 2 codings. In 1 of them it is described as promoting.")
    assert counts_sentence(mentor, valence[mentor.code_id], nl) == (
        "Deze factor komt voor in 1 van de 2 casussen (50%), met 2 coderingen. "
        "In 1 daarvan wordt deze als bevorderend beschreven.")
    # the appendix table holds the very same figures
    table = document.tables[0]
    cells = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert cells["Steun/Mentor"][1:6] == ["2", "2", "2", "1", "50"]


def test_method_paragraph_from_the_data(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    method = paragraphs[paragraphs.index(("Heading 1", "Method")) + 1][1]
    assert "The analysis covers 2 cases with 3 documents." in method
    assert "Documents by kind (n = 3 documents): transcript 2 (67%), field note 1 (33%)." in method
    assert "Respondents by role (n = 1 respondents): jeugdige 1 (100%)." in method
    assert "The codebook has 4 codes in 2 themes" in method
    assert "coded by 1 coder(s): Anna de Vries." in method
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
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Figure 1. Codings per theme, by valence", "Table 1. Code frequencies",
                        "Table 2. Summary of the cases"]
    assert "n = 2 cases; written on 2024-05-01" in [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[headings.index("Appendix A. Codebook") + 1:][:4] == ["1 Steun", "1.1 Mentor", "1.2 School",
                                                                         "2 Thuis"]


def test_translated_and_filtered(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx", translate=nl, agreement="Cohens kappa was 0,81.")
    body = [p.text for p in document.paragraphs]
    assert "Methode" in body
    assert "“de mentor van [naam jongere] elke week belt” (veldnotitie)" in body
    assert any(t.endswith("Cohens kappa was 0,81.") for t in body)
    only = Filters(case_ids=frozenset({study.case}))
    filtered = [p.text for p in report(project, tmp_path / "casus7.docx", filters=only).paragraphs]
    assert "The analysis covers 1 cases with 2 documents." in filtered[filtered.index("Method") + 1]
    thuis = next(r for r in frequency_table(project, only) if r.path == "Thuis")
    assert counts_sentence(thuis, cases_by_valence(project, only).get(thuis.code_id, (0, 0))) in filtered
    assert "This factor occurs in 1 of the 1 cases (100%)" in " ".join(filtered)


def test_frequency_table_alone(project, study, tmp_path):
    write_frequency_docx(project, tmp_path / "tellingen.docx", written=dt.date(2024, 5, 1))
    document = docx.Document(tmp_path / "tellingen.docx")
    assert [p.text for p in document.paragraphs if p.style.name == "Caption"] == ["Table 1. Code frequencies"]
    assert document.tables[0].style.name == "Table Grid"
    assert [r.cells[0].text for r in document.tables[0].rows[1:]] == [r.path for r in frequency_table(project)]


def test_the_frequency_chart_is_figure_1(project, study, tmp_path):
    document = report(project, tmp_path / "concept.docx")
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Figure 1. Codings per theme, by valence"
    assert len(document.inline_shapes) == 1


@pytest.mark.parametrize("cases, codings, by_valence, expected", [
    (3, 1, (0, 0), "This factor occurs in 3 of the 4 cases (75%), with 1 coding."),
    (2, 5, (0, 2), "This factor occurs in 2 of the 4 cases (50%), with 5 codings. "
                   "In 2 of them it is described as hindering."),
    (2, 5, (1, 2), "This factor occurs in 2 of the 4 cases (50%), with 5 codings. "
                   "In 2 of them it is described as hindering and in 1 as promoting."),
    (0, 0, (0, 0), "This factor does not occur in any of the 4 cases."),
])
def test_the_counts_sentence_says_only_what_is_there(cases, codings, by_valence, expected):
    from qdacoder.analysis.frequencies import Counts
    from qdacoder.analysis.frequency_table import FrequencyRow, percent_of

    figures = Counts(codings=codings, documents=cases, cases=cases)
    row = FrequencyRow(1, "Wachtlijst", "Wachtlijst", 0, False, figures, figures, 4, percent_of(cases, 4))
    assert counts_sentence(row, by_valence) == expected
