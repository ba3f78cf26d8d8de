"""The code x case and code x document matrix against the hand-counted project of
test_frequency_table (see the table of codings there)."""

import pytest

from qdacoder.analysis.filters import Filters
from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.analysis.matrices import cell_codings, code_matrix
from qdacoder.core import cases
from qdacoder.core.documents import document_text

from .test_frequency_table import build_study

CASES = ["Casus Daan", "Casus Eva", "Casus Fenna", "Casus Jesse", "Casus Sem"]
DOCUMENTS = ["Dossier Daan", "Dossier Fenna", "Interview Daan", "Interview Eva moeder", "Veldnotitie overleg"]
TRANSCRIPTS = Filters(kinds=frozenset({"transcript"}))


@pytest.fixture
def study(project):
    return build_study(project)


def grid(matrix):
    return {row.path: list(values) for row, values in zip(matrix.rows, matrix.counts)}


def ids(study, *names):
    return [study[n] for n in names]


def test_code_by_case_every_cell_and_not_known_for_a_case_without_documents(project, study):
    m = code_matrix(project)
    assert m.column_labels == CASES
    assert [c.known for c in m.columns] == [True, True, True, True, False]
    assert grid(m) == {
        "Factoren": [5, 4, 2, 1, None],
        "Factoren/Steun": [3, 2, 1, 1, None],
        "Factoren/Wachtlijst": [2, 2, 0, 0, None],
        "Participatie": [2, 1, 0, 0, None],
    }
    assert m.cell(study["Factoren/Steun"], study["Casus Eva"]) == 2
    assert m.presence()[3] == [True, True, False, False, None]
    assert m.values(presence=True)[0] == [1, 1, 1, 1, None]


def test_a_parent_without_its_subcodes_counts_its_own_codings(project, study):
    m = code_matrix(project, with_subcodes=False)
    assert grid(m)["Factoren"] == [0, 0, 1, 0, None]
    assert grid(m)["Factoren/Steun"] == [3, 2, 1, 1, None]


def test_cases_without_a_transcript_are_not_known_not_zero(project, study):
    m = code_matrix(project, filters=TRANSCRIPTS)
    assert grid(m) == {
        "Factoren": [3, 2, None, None, None],
        "Factoren/Steun": [2, 1, None, None, None],
        "Factoren/Wachtlijst": [1, 1, None, None, None],
        "Participatie": [1, 1, None, None, None],
    }
    assert cell_codings(project, study["Factoren/Steun"], study["Casus Fenna"], "cases", TRANSCRIPTS) == []


def test_code_by_document(project, study):
    m = code_matrix(project, "documents")
    assert m.column_labels == DOCUMENTS
    assert grid(m) == {
        "Factoren": [2, 2, 3, 2, 4],
        "Factoren/Steun": [1, 1, 2, 1, 2],
        "Factoren/Wachtlijst": [1, 0, 1, 1, 2],
        "Participatie": [1, 0, 1, 1, 0],
    }
    assert code_matrix(project, "documents", filters=TRANSCRIPTS).column_labels == ["Interview Daan",
                                                                                    "Interview Eva moeder"]


def test_a_cell_opens_exactly_the_codings_it_counts(project, study):
    assert cell_codings(project, study["Factoren/Steun"], study["Casus Daan"]) == ids(study, "c2", "c3", "c6")
    assert cell_codings(project, study["Factoren"], study["Casus Fenna"]) == ids(study, "c10", "c11")
    assert cell_codings(project, study["Factoren"], study["Casus Fenna"], with_subcodes=False) == ids(study, "c11")
    assert cell_codings(project, study["Factoren/Wachtlijst"], study["Veldnotitie overleg"], "documents") == \
        ids(study, "c12", "c14")
    for columns in ("cases", "documents"):
        for filters in (Filters(), TRANSCRIPTS, Filters(coder_ids=frozenset({study["Bram"]}))):
            m = code_matrix(project, columns, filters=filters)
            for row, values in zip(m.rows, m.counts):
                for column, value in zip(m.columns, values):
                    found = cell_codings(project, row.code_id, column.id, columns, filters)
                    assert len(found) == (value or 0), (row.path, column.name)


def test_the_row_of_a_code_agrees_with_the_frequency_table(project, study):
    frequencies = {r.path: r for r in frequency_table(project)}
    for row, presence in zip(code_matrix(project).rows, code_matrix(project).presence()):
        assert sum(bool(p) for p in presence) == frequencies[row.path].subtree.cases


def test_a_coding_over_two_passages_of_one_case_counts_once(project, study):
    note = study["Veldnotitie overleg"]
    cases.assign_passage(project, study["Casus Jesse"], note, 90, 100)  # inside c13 too
    m = code_matrix(project)
    assert grid(m)["Factoren/Steun"] == [3, 2, 1, 1, None]
    assert cell_codings(project, study["Factoren/Steun"], study["Casus Jesse"]) == ids(study, "c13")


def test_a_passage_of_a_case_that_holds_the_whole_document_adds_nothing_and_a_shared_document_counts_twice(
        project, study):
    daan = study["Interview Daan"]
    cases.assign_passage(project, study["Casus Daan"], daan, 0, len(document_text(project, daan)))  # the whole text
    before = {"Factoren": [5, 4, 2, 1, None], "Factoren/Steun": [3, 2, 1, 1, None],
              "Factoren/Wachtlijst": [2, 2, 0, 0, None], "Participatie": [2, 1, 0, 0, None]}
    assert grid(code_matrix(project)) == before
    # the interview of Daan also belongs, as a whole, to Casus Sem (known from now on)
    with project.transaction("share") as tx:
        cases.link_document(tx, study["Casus Sem"], daan)
    shared = grid(code_matrix(project))
    # the codings in the interview of Daan: Wachtlijst 1, Steun 2 (Anna and Bram), Participatie 1
    assert {path: row[4] for path, row in shared.items()} == {
        "Factoren": 3, "Factoren/Steun": 2, "Factoren/Wachtlijst": 1, "Participatie": 1}
    assert {path: row[:4] for path, row in shared.items()} == {path: row[:4] for path, row in before.items()}
    for path in before:
        assert len(cell_codings(project, study[path], study["Casus Sem"])) == shared[path][4]


def test_only_some_codes_and_filters_by_case_and_valence(project, study):
    m = code_matrix(project, code_ids=[study["Factoren"]])
    assert grid(m) == {"Factoren": [5, 4, 2, 1, None]}
    only = Filters(case_ids=frozenset({study["Casus Eva"], study["Casus Jesse"]}), valences=frozenset({"promoting"}))
    m = code_matrix(project, filters=only)
    assert m.column_labels == ["Casus Eva", "Casus Jesse"]
    assert grid(m) == {"Factoren": [1, 1], "Factoren/Steun": [1, 1], "Factoren/Wachtlijst": [0, 0],
                       "Participatie": [1, 0]}


def test_unknown_column_kind_is_a_programming_error(project, study):
    with pytest.raises(ValueError):
        code_matrix(project, "gemeenten")
