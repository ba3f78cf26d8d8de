"""The names filter: which forms of a listed name are replaced, and which are left alone."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qdacoder.core import names
from qdacoder.core.errors import NotFoundError, ValidationError
from qdacoder.core.names import NameFilter, Placeholder


def filter_of(*entries) -> NameFilter:
    return NameFilter([Placeholder(n, *entry) for n, entry in enumerate(entries)])


JAYDEN = ("Jayden", "[naam jongere]")
JAN = ("Jan", "[naam vader]")


@pytest.mark.parametrize("text, expected", [
    ("Casus Jayden", "Casus [naam jongere]"),
    ("interview_Jan", "interview_[naam vader]"),  # the underscore is a boundary
    ("Jan-2", "[naam vader]-2"),
    ("Jan.docx", "[naam vader].docx"),
    ("interview_Jan_2.docx", "interview_[naam vader]_2.docx"),
    ("Jan2", "[naam vader]2"),
    ("JAYDEN zei", "[naam jongere] zei"),  # capitals
    ("Jaydens moeder", "[naam jongere]'s moeder"),  # Dutch possessive
    ("Jayden's moeder", "[naam jongere]'s moeder"),
    ("Jayden’s moeder", "[naam jongere]’s moeder"),
])
def test_a_name_is_found_where_it_hides(text, expected):
    assert filter_of(JAYDEN, JAN)(text) == expected


@pytest.mark.parametrize("text", [
    "jayden zei",  # listed with a capital: lower case is left (it may be a word)
    "Jansen en Janneke",  # inside a longer word
    "Jantje",
    "MiJan",
])
def test_what_is_not_the_name_stays(text):
    assert filter_of(JAYDEN, JAN)(text) == text


def test_dutch_words_stay_unless_the_name_is_any_case():
    roos, wil = ("Roos", "[naam moeder]"), ("Wil", "[naam oma]")
    text = "Een roos voor Roos; ik wil dat WIL komt, zei Wil."
    assert filter_of(roos, wil)(text) == "Een roos voor [naam moeder]; ik wil dat [naam oma] komt, zei [naam oma]."
    assert filter_of(("Roos", "[naam moeder]", True))(text) == (
        "Een [naam moeder] voor [naam moeder]; ik wil dat WIL komt, zei Wil.")


def test_diacritics_either_way():
    chloe = filter_of(("Chloë", "[naam zus]"))
    assert chloe("Chloe, Chloë en CHLOË; CHLOE") == "[naam zus], [naam zus] en [naam zus]; [naam zus]"
    plain = filter_of(("Chloe", "[naam zus]"))
    assert plain("Chloë") == "[naam zus]"
    assert plain("Chloe\u0308 belde") == "[naam zus] belde"  # a decomposed ë, as some programs write it


def test_longest_first_and_parts_joined_by_spaces_or_underscores():
    f = filter_of(("Sanne", "[voornaam]"), ("Sanne de Wit", "[naam jongere]"), ("De Vuurtoren", "[instelling]"))
    assert f("Sanne de Wit en Sanne_de_Wit en Sanne  de\nWit; Sanne belt De Vuurtoren") == (
        "[naam jongere] en [naam jongere] en [naam jongere]; [voornaam] belt [instelling]")
    assert f.names_in("Sanne de Wit belt Sanne") == ["Sanne de Wit", "Sanne"]
    assert f.names_in("niemand") == [] and f("") == ""


def test_a_placeholder_is_never_replaced_again():
    f = filter_of(("Jan", "[naam]"), ("naam", "[woord]", True))
    assert f("Jan") == "[naam]"


def test_no_names_changes_nothing():
    assert names.NO_NAMES("Jayden") == "Jayden" and not names.NO_NAMES


# --- the list in a project ----------------------------------------------------------------------
def test_add_update_remove_with_undo(project):
    names.add_placeholder(project, " Jayden ", "[naam jongere]", category="person")
    listed = names.list_placeholders(project)
    assert [(p.name, p.placeholder, p.any_case, p.category) for p in listed] == [
        ("Jayden", "[naam jongere]", False, "person")]
    names.update_placeholder(project, listed[0].id, "Jayden", "[jongere]", any_case=True, category="person")
    assert names.find_placeholder(project, "JAYDEN").placeholder == "[jongere]"
    assert names.name_filter(project)("jayden") == "[jongere]"
    journal = names.remove_placeholder(project, "jayden")
    assert names.list_placeholders(project) == []
    journal.undo(project)
    assert [p.placeholder for p in names.list_placeholders(project)] == ["[jongere]"]


@pytest.mark.parametrize("name, placeholder, message", [
    ("", "[x]", "Give the name"),
    ("   ", "[x]", "Give the name"),
    ("Ria", "  ", "Give a placeholder"),
    ("Ria", "[Ria]", "contains the listed name “Ria”"),
    ("Ria", "[moeder van Jayden]", "contains the listed name “Jayden”"),
    ("jayden", "[iets]", "already on the list"),  # case does not make another name
    ("Jaydén", "[iets]", "already on the list"),  # nor do diacritics
    ("Ria", "[x]", None),
])
def test_refused_with_a_reason_and_nothing_changes(project, name, placeholder, message):
    names.add_placeholder(project, "Jayden", "[naam jongere]")
    before = names.list_placeholders(project)
    if message is None:
        names.add_placeholder(project, name, placeholder)
        assert len(names.list_placeholders(project)) == 2
        return
    with pytest.raises(ValidationError, match=message):
        names.add_placeholder(project, name, placeholder)
    assert names.list_placeholders(project) == before


def test_a_new_name_may_not_sit_in_another_placeholder(project):
    names.add_placeholder(project, "Ria", "[moeder van Sam]")
    with pytest.raises(ValidationError, match="appears in the placeholder “\\[moeder van Sam\\]” of “Ria”"):
        names.add_placeholder(project, "Sam", "[naam jongere]")


def test_unknown_category_and_unknown_name(project):
    with pytest.raises(ValidationError, match="no category “school”"):
        names.add_placeholder(project, "Jayden", "[x]", category="school")
    with pytest.raises(NotFoundError):
        names.remove_placeholder(project, "Niemand")


def test_set_placeholders_is_one_step_and_checked(project):
    names.add_placeholder(project, "Jayden", "[naam jongere]")
    journal = names.set_placeholders(project, [("Jayden", "[jongere]", False, "person"),
                                               ("De Klimop", "[school]", False, "institution")])
    assert [(p.name, p.placeholder) for p in names.list_placeholders(project)] == [
        ("De Klimop", "[school]"), ("Jayden", "[jongere]")]
    with pytest.raises(ValidationError):
        names.set_placeholders(project, [("Jayden", "[Jayden]", False, "")])
    assert len(names.list_placeholders(project)) == 2  # refused as a whole
    journal.undo(project)
    assert [(p.name, p.placeholder) for p in names.list_placeholders(project)] == [("Jayden", "[naam jongere]")]


def test_common_dutch_words_are_recognised():
    assert names.common_words_in("Roos") == ["Roos"]
    assert names.common_words_in("Mark de Wit") == ["Mark", "Wit"]
    assert names.common_words_in("Jayden") == []


def _spans_checked_at_every_position(entry: Placeholder, text: str) -> list[tuple[int, int]]:
    """The rule stated the slow way: the name's letters (not preceded by a letter) tried at
    every position of the text, as the filter did before it checked the letter before the name
    after its first character."""
    body = names._pattern_for(entry, 0).replace(names.LETTER_BEFORE_FIRST, "")
    pattern = re.compile(r"(?<![^\W\d_])" + body)
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="JjaAyYdDeEnNéÉsS'’ _-.2\nxäÄĴ", max_size=40),
       name=st.sampled_from(["Jayden", "Jan", "Jay Den", "Éan", "Ĵan"]), any_case=st.booleans())
def test_checking_the_letter_before_after_the_first_character_finds_the_same(text, name, any_case):
    entry = Placeholder(0, name, "[naam]", any_case)
    found = [(start, end) for start, end, _replacement in NameFilter([entry]).spans(text)]
    assert found == _spans_checked_at_every_position(entry, text)
