"""Case attributes derived from timelines, counted by hand for fictional cases; None (not
known) for a case without events, 0 for an empty lane of a case that has a timeline."""

import pytest

from qdacoder.analysis.timeline_metrics import derived_attributes, first_day, last_day
from qdacoder.core import attributes, cases, events


def add(project, case_id, lane, start, **fields):
    return events.add_event(project, case_id=case_id, lane=lane, start=start, **fields).result


@pytest.fixture
def noor(project):
    """Casus Noor, born 1 May 2008, with events on every lane."""
    case = cases.add_case(project, "Casus Noor").result
    birth = attributes.add_variable(project, target="case", name="Geboortedatum", type="date").result
    attributes.set_value(project, birth, case, "01-05-2008")
    add(project, case, "wonen", "2008", end="2014", label="Thuis bij moeder", outside_family=False)
    add(project, case, "wonen", "2014-09", end="2016-01", precision="month", label="Pleeggezin Jansen",
        outside_family=True)
    add(project, case, "wonen", "2016", end="2018", label="Leefgroep De Linde", outside_family=True,
        turning_point=True)
    add(project, case, "wonen", "2019", label="Kamertraining")  # outside the family: not known
    add(project, case, "onderwijs", "2012", end="2020", label="Basisschool De Regenboog")
    add(project, case, "onderwijs", "2020", label="VSO De Brug")
    add(project, case, "hulp", "2013-03", precision="month", label="Wijkteam", care_type="ambulant")
    add(project, case, "hulp", "2014-09", precision="month", label="Pleegzorg", care_type="pleegzorg",
        provider="Pleegzorg Oost")
    add(project, case, "hulp", "2016", end="2018", label="Leefgroep", care_type="24-uurs")
    add(project, case, "hulp", "2017", label="Jeugd-GGZ")  # type of help not known
    add(project, case, "gezin", "2013", label="Scheiding ouders", turning_point=True)
    add(project, case, "diagnose", "2015-06", precision="month", label="ADHD")
    add(project, case, "leven", "2018", label="Overlijden opa")
    return case


def test_counts_by_hand_and_none_for_a_case_without_events(project, noor):
    sem = cases.add_case(project, "Casus Sem").result
    derived = derived_attributes(project)
    assert set(derived) == {noor, sem}
    d = derived[noor]
    assert d.events == 13
    assert (d.living_places, d.living_places_outside_family, d.living_places_outside_family_unknown) == (4, 2, 1)
    assert d.schools == 2
    assert d.help_trajectories == 4
    assert d.help_by_type == {"ambulant": 1, "pleegzorg": 1, "24-uurs": 1, "": 1}
    assert list(d.help_by_type) == ["ambulant", "pleegzorg", "24-uurs", ""]  # CARE_TYPES order, unknown last
    # first help: 1 March 2013; from 1 May 2008 that is 1826 - 61 = 1765 days = 4.83 years
    assert d.age_at_first_help == 4.8
    assert d.turning_points == 2

    empty = derived[sem]
    assert empty.events == 0
    assert (empty.living_places, empty.living_places_outside_family, empty.living_places_outside_family_unknown,
            empty.schools, empty.help_trajectories, empty.help_by_type, empty.age_at_first_help,
            empty.turning_points) == (None,) * 8
    assert empty.as_dict()["living_places"] is None


def test_an_empty_lane_of_a_timeline_counts_zero_and_ages_give_age_at_first_help(project):
    lotte = cases.add_case(project, "Casus Lotte").result
    add(project, lotte, "hulp", "9,5", precision="age", care_type="ambulant")
    add(project, lotte, "hulp", "7", end="8", precision="age", label="Schoolmaatschappelijk werk")
    add(project, lotte, "gezin", "6", precision="age", label="Broertje geboren")
    d = derived_attributes(project)[lotte]
    assert (d.living_places, d.living_places_outside_family, d.living_places_outside_family_unknown) == (0, 0, 0)
    assert (d.schools, d.turning_points) == (0, 0)
    assert d.help_by_type == {"ambulant": 1, "": 1}
    assert d.age_at_first_help == 7.0  # no birth date needed: the ages say it
    # a dated help start without a birth date could be the first help: then it is not known
    add(project, lotte, "hulp", "2019", label="Jeugdbescherming")
    assert derived_attributes(project)[lotte].age_at_first_help is None


def test_a_case_with_events_but_no_help_has_no_age_at_first_help(project):
    case = cases.add_case(project, "Casus Daan").result
    add(project, case, "onderwijs", "2015", label="Basisschool")
    d = derived_attributes(project)[case]
    assert (d.help_trajectories, d.help_by_type, d.age_at_first_help) == (0, {}, None)


def test_figures_follow_every_change_and_undo(project, noor):
    first = events.list_events(project, noor)[0]
    assert derived_attributes(project, [noor])[noor].turning_points == 2
    journal = events.update_event(project, first.id, turning_point=True)
    assert derived_attributes(project, [noor])[noor].turning_points == 3
    journal.undo(project)
    assert derived_attributes(project, [noor])[noor].turning_points == 2
    earlier = add(project, noor, "hulp", "2010", care_type="ambulant")  # 1 Jan 2010: 610 days after birth
    d = derived_attributes(project, [noor])[noor]
    assert (d.help_trajectories, d.help_by_type["ambulant"], d.age_at_first_help) == (5, 2, 1.7)
    events.delete_event(project, earlier)
    assert derived_attributes(project, [noor])[noor].age_at_first_help == 4.8


def test_only_the_cases_asked_for(project, noor):
    other = cases.add_case(project, "Casus Sem").result
    assert set(derived_attributes(project, [other])) == {other}
    assert derived_attributes(project, [other, 999]).keys() == {other}  # a case that is gone is left out
    assert derived_attributes(project, []) == {}


@pytest.mark.parametrize("precision, value, first, last", [
    ("year", "2015", "2015-01-01", "2015-12-31"),
    ("month", "2016-02", "2016-02-01", "2016-02-29"),
    ("month", "2015-12", "2015-12-01", "2015-12-31"),
    ("day", "2015-03-12", "2015-03-12", "2015-03-12"),
])
def test_periods_of_dated_values(precision, value, first, last):
    assert (first_day(precision, value).isoformat(), last_day(precision, value).isoformat()) == (first, last)
