"""Typed attributes with missing values kept apart, memos, and timeline events."""

import pytest

from qdacoder.core import attributes, cases, events, memos
from qdacoder.core.errors import ValidationError


@pytest.fixture
def case(project):
    return cases.add_case(project, "Casus 1").result


def variable(project, name, type, categories=()):
    return attributes.get_variable(project, attributes.add_variable(
        project, target="case", name=name, type=type, categories=categories).result)


@pytest.mark.parametrize("type, raw, stored", [
    ("number", "6", 6), ("number", "6,8", 6.8), ("number", " 14 ", 14), ("number", 2.5, 2.5),
    ("boolean", "ja", 1), ("boolean", "Nee", 0), ("boolean", "yes", 1), ("boolean", True, 1),
    ("date", "2024-03-01", "2024-03-01"), ("date", "1-3-2024", "2024-03-01"),
    ("text", " Zwolle ", "Zwolle"), ("number", "", None), ("boolean", None, None),
    ("number", "12 500", 12500), ("number", "1 234,5", 1234.5),  # a space between thousands
])
def test_values_are_checked_and_stored_in_their_type(project, type, raw, stored):
    assert attributes.parse_value(variable(project, "v", type), raw) == stored


@pytest.mark.parametrize("type, raw", [("number", "zes"), ("number", "6.8.1"), ("boolean", "misschien"),
                                       ("date", "2024-13-01"), ("date", "maart"), ("number", True),
                                       ("number", "+31 6 0000 0000"), ("number", "12 50")])
def test_values_that_do_not_fit_are_refused(project, type, raw):
    with pytest.raises(ValidationError):
        attributes.parse_value(variable(project, "v", type), raw)


def test_category_values_come_from_the_list(project):
    care = variable(project, "zorgvorm", "category", ["ambulant", "pleegzorg", "24-uurs"])
    assert attributes.parse_value(care, "Pleegzorg") == "pleegzorg"
    with pytest.raises(ValidationError, match="ambulant, pleegzorg, 24-uurs"):
        attributes.parse_value(care, "thuis")
    with pytest.raises(ValidationError, match="needs its list"):
        attributes.add_variable(project, target="case", name="leeg", type="category")


def test_missing_is_no_row_never_zero_and_set_values_is_all_or_nothing(project, case):
    other = cases.add_case(project, "Casus 2").result
    age = variable(project, "leeftijd", "number")
    school = variable(project, "schoolwissel", "boolean")
    attributes.set_values(project, [(age.id, case, "16"), (school.id, case, "nee")])
    assert attributes.values_of(project, "case") == {case: {age.id: 16, school.id: 0}}
    before = project.rows("SELECT * FROM attribute_values ORDER BY id")
    with pytest.raises(ValidationError, match="“zestien” is not a number"):
        attributes.set_values(project, [(age.id, other, "17"), (age.id, case, "zestien")])
    assert project.rows("SELECT * FROM attribute_values ORDER BY id") == before
    attributes.set_value(project, school.id, case, "")  # emptied: missing again
    assert attributes.values_of(project, "case") == {case: {age.id: 16}}
    assert attributes.display(school, 0, {"no": "nee"}.get) == "nee"
    assert attributes.display(age, 6.5) == "6,5" and attributes.display(age, None) == ""


def test_memos_journal_search_and_undo(project, case):
    memos.add_memo(project, target="project", target_id=None, title="Week 1", text="Eerste leersessie gehouden.", author="Anna")
    note = memos.add_memo(project, target="case", target_id=case, text="Moeder wil meedenken over het PLAN.", author="Bram")
    assert [m.title for m in memos.list_memos(project, "project")] == ["Week 1"]
    assert [m.author for m in memos.list_memos(project, search="plan")] == ["Bram"]
    edit = memos.update_memo(project, note.result, text="Moeder wil meebeslissen.")
    assert memos.list_memos(project, search="plan") == []
    edit.undo(project)
    assert memos.get_memo(project, note.result).text == "Moeder wil meedenken over het PLAN."
    with pytest.raises(ValidationError):
        memos.add_memo(project, target="case", target_id=case, text="  ")


def test_events_check_dates_to_their_precision(project, case):
    episode = events.add_event(project, case_id=case, lane="wonen", start="2015-03", end="2017-08",
                               precision="month", label="Pleeggezin", outside_family=True).result
    point = events.add_event(project, case_id=case, lane="diagnose", start="9,5", precision="age", label="ADHD").result
    got = events.get_event(project, episode)
    assert (got.is_episode, got.outside_family, events.get_event(project, point).start) == (True, True, "9.5")
    for start, end, precision in [("2015", "2014", "year"), ("2015-13", None, "month"), ("2015", None, "day"),
                                  ("acht", None, "age"), ("2015-02-30", None, "day")]:
        with pytest.raises(ValidationError):
            events.add_event(project, case_id=case, lane="wonen", start=start, end=end, precision=precision)
    with pytest.raises(ValidationError, match="not a lane"):
        events.add_event(project, case_id=case, lane="werk", start="2015")
    with pytest.raises(ValidationError, match="type of help"):
        events.add_event(project, case_id=case, lane="hulp", start="2015", care_type="thuis")
    events.update_event(project, episode, turning_point=True, end="2018-01")
    assert events.get_event(project, episode).turning_point and events.get_event(project, episode).end == "2018-01"


def test_events_come_in_time_order_within_their_lane(project, case):
    for start in ("10", "8", "12.5"):
        events.add_event(project, case_id=case, lane="wonen", start=start, precision="age")
    events.add_event(project, case_id=case, lane="hulp", start="9", precision="age")
    assert [(e.lane, e.start) for e in events.list_events(project, case)] == [
        ("wonen", "8"), ("wonen", "10"), ("wonen", "12.5"), ("hulp", "9")]
