"""The saturation rule of Guest, Namey and Chen (2020) against values worked out by hand from the
paper's definition (as issue 26 states it), on real project files with known first occurrences
(``saturation_study``)."""

from fractions import Fraction

import pytest

from qdacoder.analysis.filters import Filters
from qdacoder.analysis.saturation import natural_key, saturation
from qdacoder.core import attributes, cases
from qdacoder.core.errors import NotFoundError, ValidationError

from .saturation_study import CODE, build, build_worked_example


def new_counts(result):
    return [len(d.new_codes) for d in result.documents]


def test_the_worked_example_of_the_issue_base_4_run_2(project):
    build_worked_example(project)
    result = saturation(project)  # defaults: import order, base 4, run 2, threshold 0.05
    assert [d.document for d in result.documents] == ["Interview Amira", "Interview Bas", "Interview Chantal",
                                                      "Interview Dewi", "Interview Emre", "Interview Floor"]
    assert new_counts(result) == [4, 1, 0, 1, 0, 0]
    assert [d.cumulative for d in result.documents] == [4, 5, 5, 6, 6, 6]
    assert result.base_size == 6
    # one run only: documents 5-6, no new code, 0% <= 5%
    assert [(r.first, r.last, r.new, r.ratio) for r in result.runs] == [(5, 6, 0, Fraction(0))]
    assert result.point == 6
    assert result.saturating_run == result.runs[0]


def test_the_worked_example_of_the_issue_base_2_run_2(project):
    build_worked_example(project)
    result = saturation(project, base=2, run=2, threshold=0.05)
    assert result.base_size == 5
    assert [(r.first, r.last, r.new, r.ratio) for r in result.runs] == [
        (3, 4, 1, Fraction(1, 5)), (4, 5, 1, Fraction(1, 5)), (5, 6, 0, Fraction(0))]
    assert [r.share for r in result.runs] == [0.2, 0.2, 0.0]
    assert result.point == 6
    # the run ending at each document, for the table
    assert [result.run_ending_at(p) for p in (1, 2, 3)] == [None, None, None]
    assert result.run_ending_at(4).new == 1 and result.run_ending_at(6).new == 0


def test_the_codes_new_in_each_document_are_named_in_codebook_order(project):
    build_worked_example(project)
    result = saturation(project)
    assert [d.new_codes for d in result.documents] == [
        (CODE["C"], CODE["D"], CODE["A"], CODE["B"]),  # School/... before Thuis/... in the codebook
        (CODE["E"],), (), (CODE["F"],), (), ()]


def test_only_applied_codes_count_not_the_starter_codebook(project):
    """The parents Hulp, School and Thuis and two starter codes exist but are never applied."""
    build(project, [("Interview 1", ["Thuis/Ruzie"]), ("Interview 2", ["Thuis/Ruzie"]),
                    ("Interview 3", ["Thuis/Ruzie"])], starter=["Leefklimaat/Veiligheid", "Participatie"])
    result = saturation(project, base=1, run=1)
    assert result.base_size == 1
    assert new_counts(result) == [1, 0, 0]
    assert result.point == 2


def test_a_subcode_counts_by_itself(project):
    build(project, [("Interview 1", ["School"]), ("Interview 2", ["School/Mentor"]), ("Interview 3", ["School"])])
    result = saturation(project, base=1, run=1, threshold=0.5)
    assert new_counts(result) == [1, 1, 0]
    assert [(r.last, r.ratio) for r in result.runs] == [(2, Fraction(1)), (3, Fraction(0))]
    assert result.point == 3


def test_exactly_at_the_threshold_counts_as_saturated(project):
    """1 new code against a base of 20 is exactly 5%: at or below 0.05, although 1/20 and 0.05
    are not the same binary number on every path."""
    twenty = [f"Thema/Code {n:02d}" for n in range(1, 21)]
    build(project, [("Interview 1", twenty), ("Interview 2", ["Thema/Code 21"]), ("Interview 3", twenty[:3])])
    assert saturation(project, base=1, run=2, threshold=0.05).point == 3
    at_four = saturation(project, base=1, run=2, threshold=0.04)
    assert at_four.point is None and at_four.runs[0].ratio == Fraction(1, 20)


def test_three_of_thirty_is_exactly_ten_percent(project):
    thirty = [f"Thema/Code {n:02d}" for n in range(1, 31)]
    build(project, [("Interview 1", thirty), ("Interview 2", ["Thema/Nieuw 1", "Thema/Nieuw 2", "Thema/Nieuw 3"]),
                    ("Interview 3", thirty[:2])])
    assert saturation(project, base=1, run=2, threshold=0.1).point == 3
    assert saturation(project, base=1, run=2, threshold=0.09).point is None


def test_other_bases_and_runs_and_saturation_not_reached(project):
    build_worked_example(project)
    result = saturation(project, base=2, run=1, threshold=0.0)
    # runs of one document: 3 (0 new), so a threshold of 0 is met at document 3
    assert result.point == 3
    result = saturation(project, base=3, run=1, threshold=0.0)
    # base 3: B = 5; runs 4 (1 new), 5 (0): saturation at 5
    assert [(r.last, r.new) for r in result.runs] == [(4, 1), (5, 0), (6, 0)]
    assert result.point == 5
    stubborn = saturation(project, base=1, run=3, threshold=0.1)
    # B = 4; run 2-4 brings E and F: 2/4; run 3-5 F: 1/4; run 4-6 F: 1/4 -> all above 10%
    assert [(r.first, r.last, r.ratio) for r in stubborn.runs] == [
        (2, 4, Fraction(1, 2)), (3, 5, Fraction(1, 4)), (4, 6, Fraction(1, 4))]
    assert stubborn.point is None and stubborn.saturating_run is None and stubborn.assessable


def test_too_few_documents_for_base_and_run(project):
    build_worked_example(project)
    result = saturation(project, base=5, run=2)
    assert not result.assessable and result.runs == () and result.point is None
    assert result.base_size == 6  # the base itself is there
    short = saturation(project, base=7, run=2)
    assert short.base_size == 0 and short.runs == () and len(short.documents) == 6


def test_an_uncoded_document_is_left_out_and_named(project):
    """A document nobody coded yet would otherwise count as 'no new codes' and fake saturation."""
    from qdacoder.core import documents

    build_worked_example(project)
    documents.import_document(project, name="Interview Gijs", text="R: Nog niet gecodeerd.\n", kind="transcript")
    result = saturation(project)
    assert len(result.documents) == 6 and result.not_coded == ("Interview Gijs",)


def test_only_the_counted_codings_count(project):
    """The set of codings to count is a Filters: here one coder (the command line's --coder)."""
    ids = build(project, [("Interview 1", ["Thuis/Ruzie", ("School/Mentor", "Bram Jansen")]),
                          ("Interview 2", [("Hulp/Wachtlijst", "Bram Jansen")]),
                          ("Interview 3", ["Thuis/Ruzie", "School/Verzuim"]),
                          ("Interview 4", ["Thuis/Ruzie"])])
    everyone = saturation(project, base=1, run=1)
    assert new_counts(everyone) == [2, 1, 1, 0]
    anna = saturation(project, base=1, run=1, filters=Filters(coder_ids=frozenset({ids["Anna de Vries"]})))
    assert [d.document for d in anna.documents] == ["Interview 1", "Interview 3", "Interview 4"]
    assert new_counts(anna) == [1, 1, 0] and anna.not_coded == ("Interview 2",)
    assert anna.point == 3  # B = 1; run 3 (position 2) brings 1 (100%), run 4 (position 3) 0


def test_orders_by_name_naturally_and_by_first_coding(project):
    ids = build(project, [("Interview 10", ["Thuis/Ruzie"]), ("Interview 2", ["School/Mentor"]),
                          ("interview 1", ["Hulp/Wachtlijst"])])
    assert [d.document for d in saturation(project, order="name", base=1, run=1).documents] == [
        "interview 1", "Interview 2", "Interview 10"]
    # coded on different days, in another order than imported
    for name, day in (("Interview 10", "2024-03-05"), ("Interview 2", "2024-03-01"), ("interview 1", "2024-03-03")):
        project.db.execute("UPDATE codings SET created_at = ? WHERE document_id = ?", [f"{day}T10:00:00+00:00", ids[name]])
    first = saturation(project, order="first-coded", base=1, run=1)
    assert [(d.document, d.value) for d in first.documents] == [
        ("Interview 2", "2024-03-01 10:00"), ("interview 1", "2024-03-03 10:00"), ("Interview 10", "2024-03-05 10:00")]
    assert natural_key("Interview 2") < natural_key("interview 10")


def test_order_by_a_document_date_puts_documents_without_one_at_the_end(project):
    ids = build_worked_example(project)
    datum = attributes.add_variable(project, target="document", name="interviewdatum", type="date").result
    for name, day in (("Interview Amira", "2023-05-02"), ("Interview Bas", "2023-04-11"),
                      ("Interview Dewi", "2023-06-20"), ("Interview Emre", "2023-04-30")):
        attributes.set_value(project, datum, ids[name], day)
    result = saturation(project, order="attribute:interviewdatum", base=2, run=2)
    assert [(d.document, d.value) for d in result.documents] == [
        ("Interview Bas", "2023-04-11"), ("Interview Emre", "2023-04-30"), ("Interview Amira", "2023-05-02"),
        ("Interview Dewi", "2023-06-20"), ("Interview Chantal", ""), ("Interview Floor", "")]
    assert result.order == "attribute" and result.attribute == "interviewdatum"
    assert result.without_value == ("Interview Chantal", "Interview Floor")
    # by hand: Bas A,E (2 new); Emre A (0); Amira A,B,C,D (B,C,D: 3); Dewi F,C (F: 1);
    # Chantal B,C (0); Floor D,E (0). Base 2: B = 2; run 3-4: 4/2; run 4-5: 1/2; run 5-6: 0
    assert new_counts(result) == [2, 0, 3, 1, 0, 0]
    assert [(r.last, r.ratio) for r in result.runs] == [(4, Fraction(2)), (5, Fraction(1, 2)), (6, Fraction(0))]
    assert result.point == 6


def test_order_by_a_case_attribute_takes_the_case_value(project):
    ids = build_worked_example(project)
    volgorde = attributes.add_variable(project, target="case", name="ronde", type="category",
                                       categories=["eerste", "tweede", "derde"]).result
    for name, ronde in (("Interview Amira", "derde"), ("Interview Bas", "eerste"), ("Interview Chantal", "tweede"),
                        ("Interview Dewi", "eerste"), ("Interview Emre", "tweede"), ("Interview Floor", "derde")):
        cases.set_document_case(project, ids[name], f"Casus {name.split()[1]}")
        case_id = cases.find_case(project, f"Casus {name.split()[1]}").id
        attributes.set_value(project, volgorde, case_id, ronde)
    result = saturation(project, order="attribute:ronde", base=4, run=2)
    # categories in their own order; ties in import order
    assert [d.document for d in result.documents] == ["Interview Bas", "Interview Dewi", "Interview Chantal",
                                                      "Interview Emre", "Interview Amira", "Interview Floor"]
    assert result.without_value == ()


def test_bad_settings_are_refused_in_words(project):
    build_worked_example(project)
    with pytest.raises(ValidationError, match="fraction between 0 and 1"):
        saturation(project, threshold=5)
    with pytest.raises(ValidationError, match="at least 1"):
        saturation(project, base=0)
    with pytest.raises(ValidationError, match="at least 1"):
        saturation(project, run=-2)
    with pytest.raises(ValidationError, match="not an order"):
        saturation(project, order="datum")
    with pytest.raises(NotFoundError, match="interviewdatum"):
        saturation(project, order="attribute:interviewdatum")


def test_an_empty_project(project):
    result = saturation(project)
    assert result.documents == () and result.runs == () and result.point is None and not result.assessable


def test_a_threshold_below_its_binary_neighbour_is_still_met_exactly(project):
    """0.3 as a binary float is a little below 3/10: the threshold is read as typed."""
    ten = [f"Thema/Code {n:02d}" for n in range(1, 11)]
    build(project, [("Interview 1", ten), ("Interview 2", ["Thema/Nieuw 1", "Thema/Nieuw 2", "Thema/Nieuw 3"]),
                    ("Interview 3", ten[:2])])
    result = saturation(project, base=1, run=2, threshold=0.3)
    assert result.runs[0].ratio == Fraction(3, 10) and result.point == 3
