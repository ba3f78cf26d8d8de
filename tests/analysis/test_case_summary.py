"""The case summary table: figures computed by hand on fictional Dutch youth-care cases."""

import random

import pytest

from qdacoder.analysis.case_summary import case_summary, dutch_number, largest_remainder, n_label, target_ids
from qdacoder.core import documents
from qdacoder.core.attributes import add_variable, set_values
from qdacoder.core.cases import add_case
from qdacoder.core.respondents import add_respondent


def make_cases(project, names):
    return {name: add_case(project, name).result for name in names}


def variable(project, name, type, target="case", **extra):
    return add_variable(project, target=target, name=name, type=type, **extra).result


@pytest.fixture
def study(project):
    """Five youths; in each column one or more values are missing (None: no value)."""
    cases = make_cases(project, ["Jeugdige A", "Jeugdige B", "Jeugdige C", "Jeugdige D", "Jeugdige E"])
    columns = {
        ("Aantal woon- en verblijfplekken", "number", ()): [2, 14, 6, 5, None],
        ("Eerder uithuisgeplaatst", "boolean", ()): ["ja", "nee", "ja", None, "nee"],
        ("Woonsituatie", "category", ("thuis", "pleeggezin", "residentieel")): ["thuis", "pleeggezin", "residentieel", None, None],
        ("Datum aanmelding", "date", ()): ["2021-03-01", None, "15-11-2019", "2022-01-10", None],
        ("Toelichting", "text", ()): [None, "Loopt via wijkteam", None, None, None],
    }
    changes = []
    for (name, kind, categories), values in columns.items():
        variable_id = variable(project, name, kind, categories=categories)
        changes += [(variable_id, case_id, value) for case_id, value in zip(cases.values(), values)]
    set_values(project, changes)
    return cases


def by_label(rows):
    return {row.label: row for row in rows}


def test_number_mean_and_range_with_a_decimal_comma(project, study):
    row = by_label(case_summary(project))["Aantal woon- en verblijfplekken"]
    assert row.figure == "6,8 (2–14)"  # (2 + 14 + 6 + 5) / 4 = 6.75
    assert (row.n_valid, row.n_missing, row.n_total) == (4, 1, 5)
    assert (row.mean, row.minimum, row.maximum) == (6.75, 2, 14)


def test_a_missing_boolean_is_never_counted_as_no(project, study):
    row = by_label(case_summary(project))["Eerder uithuisgeplaatst"]
    assert row.figure == "50% (2)"  # 2 yes of 4 valid; 2 of 5 would be 40%
    assert (row.n_valid, row.n_missing, row.count, row.percent) == (4, 1, 2, 50)


def test_category_percentages_each_rounded_on_their_own(project, study):
    """Equal counts, equal percentages; the head row says they do not add up to 100."""
    rows = case_summary(project)
    start = [r.label for r in rows].index("Woonsituatie")
    head, *values = rows[start:start + 4]
    assert (head.level, head.n_valid, head.n_missing, head.figure) == (
        0, 3, 2, "(the percentages do not add up to 100% through rounding)")
    assert [(r.level, r.label, r.count) for r in values] == [
        (1, "thuis", 1), (1, "pleeggezin", 1), (1, "residentieel", 1)]
    assert [r.percent for r in values] == [33, 33, 33]
    assert all(r.figure == f"{r.percent}% (1)" and r.n_valid is None for r in values)


def test_date_range_and_text_counts(project, study):
    rows = by_label(case_summary(project))
    date = rows["Datum aanmelding"]
    assert date.figure == "2019-11-15 – 2022-01-10"
    assert (date.minimum, date.maximum, date.n_valid, date.n_missing) == ("2019-11-15", "2022-01-10", 3, 2)
    text = rows["Toelichting"]
    assert (text.figure, text.n_valid, text.n_missing) == ("", 1, 4)


def test_rows_follow_the_order_of_the_variables(project, study):
    assert [r.label for r in case_summary(project) if r.level == 0] == [
        "Aantal woon- en verblijfplekken", "Eerder uithuisgeplaatst", "Woonsituatie", "Datum aanmelding", "Toelichting"]


def test_only_some_cases(project, study):
    only = [study["Jeugdige A"], study["Jeugdige B"]]
    rows = by_label(case_summary(project, only=only))
    assert rows["Aantal woon- en verblijfplekken"].figure == "8,0 (2–14)"
    assert rows["Eerder uithuisgeplaatst"].figure == "50% (1)"
    assert target_ids(project, "case", only) == sorted(only)


def test_no_values_and_zero_counts_go_through_translate(project):
    make_cases(project, ["Gezin 1", "Gezin 2"])
    variable(project, "Leeftijd", "number")
    variable(project, "Hulpvorm", "category", categories=["ambulant", "verblijf"])
    rows = case_summary(project, translate=lambda text: {"no values": "geen waarden"}.get(text, text))
    assert [(r.label, r.figure, r.n_valid, r.n_missing, r.percent) for r in rows] == [
        ("Leeftijd", "geen waarden", 0, 2, None), ("Hulpvorm", "geen waarden", 0, 2, None),
        ("ambulant", "–", None, None, None), ("verblijf", "–", None, None, None)]


def test_a_category_value_with_no_cases_shows_zero(project):
    cases = make_cases(project, ["Gezin 1", "Gezin 2", "Gezin 3"])
    hulp = variable(project, "Hulpvorm", "category", categories=["ambulant", "verblijf", "geen"])
    set_values(project, [(hulp, cases["Gezin 1"], "ambulant"), (hulp, cases["Gezin 2"], "ambulant"),
                         (hulp, cases["Gezin 3"], "verblijf")])
    assert [(r.label, r.figure) for r in case_summary(project)[1:]] == [
        ("ambulant", "67% (2)"), ("verblijf", "33% (1)"), ("geen", "0% (0)")]


def test_documents_and_respondents(project):
    cases = make_cases(project, ["Casus 1"])
    doc = documents.import_document(project, name="Interview moeder", text="I: Hoe gaat het?\nR: Goed.").result
    documents.import_document(project, name="Veldnotitie", text="Overleg wijkteam.")
    duur = variable(project, "Duur (min)", "number", target="document")
    set_values(project, [(duur, doc, "42,5")])
    row = case_summary(project, "document")[0]
    assert (row.figure, row.n_valid, row.n_missing) == ("42,5 (42,5–42,5)", 1, 1)
    add_respondent(project, case_id=cases["Casus 1"], label="Moeder", role="ouder")
    variable(project, "Geslacht", "text", target="respondent")
    assert case_summary(project, "respondent")[0].n_missing == 1
    assert n_label(2, "document") == "n = 2 documents"


def test_largest_remainder_always_adds_up_to_100():
    assert largest_remainder([1, 1, 1]) == [34, 33, 33]  # an exact tie: the first
    # 6 + 46 + 46 = 98; the remainders are all 10/15 of a point, exactly: the first two get one
    assert largest_remainder([1, 7, 7]) == [7, 47, 46]
    assert largest_remainder([2, 1]) == [67, 33]
    assert largest_remainder([1, 1, 1, 1, 1, 1, 1]) == [15, 15, 14, 14, 14, 14, 14]
    assert largest_remainder([0, 0]) == [0, 0]
    assert largest_remainder([5, 0]) == [100, 0]
    generator = random.Random(7)
    for _ in range(500):
        counts = [generator.randint(0, 40) for _ in range(generator.randint(1, 9))]
        shares = largest_remainder(counts)
        assert sum(shares) == (100 if sum(counts) else 0)
        assert all(abs(s - 100 * c / sum(counts)) < 1 for s, c in zip(shares, counts) if sum(counts))


def test_dutch_numbers():
    assert dutch_number(6.75, 1) == "6,8"
    assert dutch_number(6.25, 1) == "6,3"  # half up, as people round
    assert dutch_number(8, 1) == "8,0"
    assert dutch_number(14) == "14" and dutch_number(2.5) == "2,5"
    assert dutch_number(1e16) == "10000000000000000"
    assert dutch_number(-0.04, 1) == "0,0"
    with pytest.raises(TypeError):
        dutch_number(True)


def test_timeline_figures_join_the_summary_with_cases_without_a_timeline_as_missing(project):
    from qdacoder.core import cases as cases_mod
    from qdacoder.core import events as events_mod

    ids = [cases_mod.add_case(project, f"Casus {n}").result for n in (1, 2, 3)]
    for n, places in ((0, 2), (1, 14)):
        for year in range(places):
            events_mod.add_event(project, case_id=ids[n], lane="wonen", start=str(2000 + year), precision="year")
    rows = {r.label: r for r in case_summary(project)}
    places = rows["living places (timeline)"]
    assert (places.figure, places.n_valid, places.n_missing) == ("8,0 (2–14)", 2, 1)
    assert rows["schools (timeline)"].figure == "0,0 (0–0)"  # a timeline without schools: 0, not missing
