"""Codes by attribute values against the hand-counted project of test_frequency_table: every
cell, row and column percentage and column n."""

import pytest

from qdacoder.analysis.crosstab import ROLE, crosstab, cross_variables, find_cross_variable
from qdacoder.analysis.filters import Filters
from qdacoder.core.attributes import get_variable

from .test_frequency_table import build_study

ROWS = ["Factoren", "Factoren/Steun", "Factoren/Wachtlijst", "Participatie"]


@pytest.fixture
def study(project):
    return build_study(project)


def table(result, measure, percent=None):
    return dict(zip(result.row_labels, result.values(measure, percent)))


def test_by_gemeente_counts_codings_and_cases(project, study):
    result = crosstab(project, get_variable(project, study["gemeente"]))
    assert (result.variable, result.target) == ("gemeente", "case")
    # Casus Sem (Zeist) has no documents: out of scope, not in the n
    assert [(c.label, c.n) for c in result.columns] == [("Utrecht", 2), ("Zeist", 1), ("missing", 1)]
    assert result.n == 4
    assert result.row_labels == ROWS
    assert table(result, "codings") == {
        "Factoren": [7, 4, 2],  # c14 is in no case: its gemeente is missing
        "Factoren/Steun": [4, 2, 1],
        "Factoren/Wachtlijst": [2, 2, 1],
        "Participatie": [2, 1, 0],
    }
    assert table(result, "cases") == {
        "Factoren": [2, 1, 1],
        "Factoren/Steun": [2, 1, 1],
        "Factoren/Wachtlijst": [1, 1, 0],
        "Participatie": [1, 1, 0],
    }


def test_row_percentages_add_up_to_100_per_row(project, study):
    result = crosstab(project, get_variable(project, study["gemeente"]))
    assert table(result, "codings", "row") == {
        "Factoren": [54, 31, 15],  # 7/13 4/13 2/13: 53.8 30.8 15.4, the two largest remainders up
        "Factoren/Steun": [57, 29, 14],  # 4/7 2/7 1/7
        "Factoren/Wachtlijst": [40, 40, 20],
        "Participatie": [67, 33, 0],
    }
    assert table(result, "cases", "row") == {
        "Factoren": [50, 25, 25], "Factoren/Steun": [50, 25, 25],
        "Factoren/Wachtlijst": [50, 50, 0], "Participatie": [50, 50, 0],
    }


def test_column_percentages_add_up_to_100_among_sibling_codes(project, study):
    result = crosstab(project, get_variable(project, study["gemeente"]))
    # top level: Factoren and Participatie; under Factoren: Steun and Wachtlijst
    assert table(result, "codings", "column") == {
        "Factoren": [78, 80, 100], "Participatie": [22, 20, 0],
        "Factoren/Steun": [67, 50, 50], "Factoren/Wachtlijst": [33, 50, 50],
    }
    assert table(result, "cases", "column") == {
        "Factoren": [67, 50, 100], "Participatie": [33, 50, 0],
        "Factoren/Steun": [67, 50, 100], "Factoren/Wachtlijst": [33, 50, 0],
    }


def test_by_respondent_role_of_the_speaker(project, study):
    result = crosstab(project, ROLE)
    assert (result.variable, result.target) == ("respondent role", "respondent")
    assert [(c.label, c.n) for c in result.columns] == [("jeugdige", 1), ("ouder", 1), ("professional", 1),
                                                        ("missing", 0)]
    assert table(result, "codings") == {
        "Factoren": [3, 1, 1, 8],
        "Factoren/Steun": [2, 0, 1, 4],
        "Factoren/Wachtlijst": [1, 1, 0, 3],
        "Participatie": [1, 0, 1, 1],
    }
    assert table(result, "cases") == {
        "Factoren": [1, 1, 1, 4],
        "Factoren/Steun": [1, 0, 1, 4],
        "Factoren/Wachtlijst": [1, 1, 0, 2],
        "Participatie": [1, 0, 1, 1],
    }


def test_by_a_document_attribute_with_a_missing_value(project, study):
    result = crosstab(project, get_variable(project, study["jaar"]))
    assert [(c.label, c.n) for c in result.columns] == [("2021", 1), ("2022", 2), ("2023", 1), ("missing", 1)]
    assert table(result, "codings")["Factoren/Steun"] == [1, 3, 2, 1]
    assert table(result, "cases")["Factoren/Steun"] == [1, 2, 2, 1]


def test_filters_narrow_the_cells_and_the_n(project, study):
    transcripts = Filters(kinds=frozenset({"transcript"}))
    result = crosstab(project, get_variable(project, study["gemeente"]), filters=transcripts)
    assert [(c.label, c.n) for c in result.columns] == [("Utrecht", 1), ("Zeist", 1), ("missing", 0)]
    assert table(result, "codings") == {"Factoren": [3, 2, 0], "Factoren/Steun": [2, 1, 0],
                                        "Factoren/Wachtlijst": [1, 1, 0], "Participatie": [1, 1, 0]}
    assert table(result, "codings", "row")["Factoren/Steun"] == [67, 33, 0]
    assert table(result, "codings", "column")["Factoren"] == [75, 67, None]  # nothing to share: None


def test_translated_labels_and_finding_a_variable_by_name(project, study):
    dutch = {"missing": "ontbrekend", "respondent role": "rol respondent"}
    result = crosstab(project, ROLE, translate=lambda text: dutch.get(text, text))
    assert (result.variable, result.columns[-1].label) == ("rol respondent", "ontbrekend")
    assert find_cross_variable(project, "gemeente").id == study["gemeente"]
    assert find_cross_variable(project, "document:jaar").id == study["jaar"]
    assert find_cross_variable(project, "case:jaar") is None
    assert find_cross_variable(project, "rol") == ROLE
    assert [v if v == ROLE else v.name for v in cross_variables(project)] == ["gemeente", "jaar", ROLE]


def test_a_document_shared_with_a_case_outside_the_filter_counts_only_for_the_filtered_case(project, study):
    from qdacoder.core import cases

    with project.transaction("share") as tx:  # Dossier Fenna also belongs to Casus Sem (Zeist) as a whole
        cases.link_document(tx, study["Casus Sem"], study["Dossier Fenna"])
    gemeente = get_variable(project, study["gemeente"])
    assert table(crosstab(project, gemeente), "codings")["Factoren/Steun"] == [4, 3, 1]  # c10 in Utrecht and Zeist
    only_fenna = Filters(case_ids=frozenset({study["Casus Fenna"]}))
    result = crosstab(project, gemeente, filters=only_fenna)
    assert [(c.label, c.n) for c in result.columns] == [("Utrecht", 1), ("Zeist", 0), ("missing", 0)]
    assert table(result, "codings")["Factoren"] == [2, 0, 0]
    assert table(result, "cases")["Factoren"] == [1, 0, 0]


def test_by_a_yes_no_attribute_of_the_respondent(project, study):
    from qdacoder.core import attributes

    variable = attributes.add_variable(project, target="respondent", name="ervaringsdeskundig", type="boolean").result
    attributes.set_value(project, variable, study["Moeder Eva"], "ja")
    attributes.set_value(project, variable, study["Mentor Eva"], "nee")
    result = crosstab(project, get_variable(project, variable))
    assert result.target == "respondent"
    assert [(c.label, c.n) for c in result.columns] == [("yes", 1), ("no", 1), ("missing", 1)]  # Daan: missing
    assert table(result, "codings")["Factoren/Wachtlijst"] == [1, 0, 4]  # c7 said by Moeder Eva
    assert table(result, "codings")["Factoren/Steun"] == [0, 1, 6]  # c9 by Mentor Eva; the rest unknown
    assert table(result, "cases")["Factoren/Steun"] == [0, 1, 4]
