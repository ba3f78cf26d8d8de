"""Word frequencies, phrases, keyword in context and distinctive words on a small fictional
Dutch project, every figure counted by hand (the counts are written out beside each test).

The material (respondents only, labels never counted; stop words of the Dutch list in
brackets, left-out items in braces):
  Interview Noor (case Noor), R = Noor, jeugdige:
    R: (De) mentor belt elke week. (De) mentor helpt echt, (zei) {[naam jongere]} (in) {2019}.
    R: Wachten, wachten (en nog eens) wachten (op de) wachtlijst. {Sanne} wacht (ook).
  Interview moeder (case Daan), Moeder = ouder:
    Moeder: (De) hulp kwam laat. (De) wachtlijst (was) lang, heel lang.
    Moeder: (Dat) weet (ik niet).
  Veldnotitie (fieldnote; "Noor: ..." assigned to Noor, "Daan: ..." to Daan):
    Overleg. Noor: (de) mentor helpt. Daan: (de) wachtlijst blijft lang.
Counted: 12 + 8 + 8 = 28 words; stop words 10 + 6 + 2 = 18.
"""

import math

import pytest

from qdacoder.analysis.filters import Filters
from qdacoder.analysis.word_text import Scope, intersect, is_interviewer, subtract, union
from qdacoder.analysis.words import (
    WordOptions, distinctive_words, kwic, log_likelihood, log_ratio, significance, word_frequencies,
)
from qdacoder.core import cases, codes, codings, documents, respondents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.errors import ValidationError
from qdacoder.core.names import add_placeholder
from qdacoder.core.search import code_hits
from qdacoder.core.word_lists import add_stop_words, remove_stop_words, set_languages, word_lists
from qdacoder.importers.turns import find_turns

NOOR = (
    "I: Hoe gaat het met de mentor op school?\n"
    "R: De mentor belt elke week. De mentor helpt echt, zei [naam jongere] in 2019.\n"
    "I: En de wachtlijst?\n"
    "R: Wachten, wachten en nog eens wachten op de wachtlijst. Sanne wacht ook.\n"
)
MOEDER = (
    "I: Wat vond u van de hulp?\n"
    "Moeder: De hulp kwam laat. De wachtlijst was lang, heel lang.\n"
    "I: Wat vond u van de hulp?\n"
    "Moeder: Dat weet ik niet.\n"
)
NOTE = "Overleg. Noor: de mentor helpt. Daan: de wachtlijst blijft lang.\n"


@pytest.fixture
def study(project):
    return build_words_study(project)


def build_words_study(project):
    """The project described above; also used by the command-line and window tests."""
    anna = ensure_coder(project, "Anna de Vries").id
    bram = ensure_coder(project, "Bram Jansen").id
    noor_doc = documents.import_document(project, name="Interview Noor", text=NOOR, turns=find_turns(NOOR),
                                         case_name="Casus Noor").result
    moeder_doc = documents.import_document(project, name="Interview moeder", text=MOEDER, turns=find_turns(MOEDER),
                                           case_name="Casus Daan").result
    note = documents.import_document(project, name="Veldnotitie", text=NOTE, kind="fieldnote").result
    noor, daan = cases.find_case(project, "Casus Noor").id, cases.find_case(project, "Casus Daan").id
    cases.assign_passage(project, noor, note, NOTE.index("Noor:"), NOTE.index(" Daan:"))
    cases.assign_passage(project, daan, note, NOTE.index("Daan:"), len(NOTE) - 1)
    youth = respondents.add_respondent(project, case_id=noor, label="Noor", role="jeugdige").result
    mother = respondents.add_respondent(project, case_id=daan, label="Moeder", role="ouder").result
    respondents.link_speaker(project, noor_doc, "R", youth)
    respondents.link_speaker(project, moeder_doc, "Moeder", mother)
    add_placeholder(project, "Sanne", "[naam jongere]")
    wachten = codes.add_code(project, "Wachten").result
    steun = codes.add_code(project, "Steun").result

    def coding(passage, code, coder, valence=None):
        start = NOOR.index(passage)
        return codings.add_coding(project, document_id=noor_doc, code_id=code, start=start, end=start + len(passage),
                                  coder_id=coder, valence=valence).result

    coding("Wachten, wachten en nog eens wachten", wachten, anna, "hindering")
    coding("wachten en nog eens wachten op de wachtlijst", wachten, bram, "hindering")  # overlaps Anna's
    coding("De mentor belt elke week. De mentor helpt echt", steun, anna, "promoting")
    return {"noor_doc": noor_doc, "moeder_doc": moeder_doc, "note": note, "noor": noor, "daan": daan,
            "wachten": wachten, "steun": steun, "anna": anna}


def counts(table):
    return {row.word: row.count for row in table.rows}


RESPONDENTS = Scope(respondents_only=True)


def test_word_counts_documents_cases_and_shares_match_the_hand_count(project, study):
    table = word_frequencies(project, RESPONDENTS)
    assert (table.counted, table.stop_words, table.documents, table.cases) == (28, 18, 3, 2)
    assert [r.word for r in table.rows[:5]] == ["lang", "mentor", "wachten", "wachtlijst", "helpt"]
    rows = {r.word: r for r in table.rows}
    assert (rows["mentor"].count, rows["mentor"].documents, rows["mentor"].cases) == (3, 2, 1)
    assert (rows["wachtlijst"].count, rows["wachtlijst"].documents, rows["wachtlijst"].cases) == (3, 3, 2)
    assert (rows["lang"].count, rows["lang"].documents, rows["lang"].cases) == (3, 2, 1)  # only Daan's range
    assert rows["mentor"].share == pytest.approx(3 / 28)
    assert sum(r.count for r in table.rows) == 28


def test_labels_numbers_placeholders_and_listed_names_are_never_counted(project, study):
    words = counts(word_frequencies(project, Scope()))
    for left_out in ("r", "i", "moeder", "2019", "naam", "jongere", "[naam jongere]", "sanne"):
        assert left_out not in words
    assert words["noor"] == 1  # the field note's "Noor:" is text, not a speaker label; not a listed name


def test_a_listed_name_is_left_out_as_the_names_filter_matches_it(project):
    text = "R: Roos zei dat de roos in de tuin van Jan de Vries bloeit. ROOS lachte.\n"
    documents.import_document(project, name="Tuin", text=text, turns=find_turns(text))
    add_placeholder(project, "Roos", "[naam jongere]")  # as listed and in capitals: the flower stays
    add_placeholder(project, "Jan de Vries", "[naam buurman]", any_case=True)
    assert counts(word_frequencies(project)) == {"roos": 1, "tuin": 1, "bloeit": 1, "lachte": 1}


def test_interviewer_turns_count_unless_respondents_only(project, study):
    everything = counts(word_frequencies(project, Scope()))
    respondents_only = counts(word_frequencies(project, RESPONDENTS))
    assert (everything["mentor"], respondents_only["mentor"]) == (4, 3)
    assert (everything["hulp"], respondents_only["hulp"]) == (3, 1)
    assert "vond" in everything and "vond" not in respondents_only
    assert "gaat" not in respondents_only


def test_interviewer_labels():
    assert all(map(is_interviewer, ["I", "I2", "Int", "Interviewer", "interviewer 2", "Onderzoeker", "Moderator"]))
    assert not any(map(is_interviewer, ["R", "Moeder", "Ilse", "Jeugdconsulent"]))


def test_text_coded_twice_is_counted_once(project, study):
    table = word_frequencies(project, Scope(code_ids=(study["wachten"],)))
    assert counts(table) == {"wachten": 3, "wachtlijst": 1}  # Anna's and Bram's overlap read once
    assert table.counted == 4


def test_filters_over_all_texts_take_the_text_itself(project, study):
    parents = word_frequencies(project, Scope(filters=Filters(roles=frozenset({"ouder"}))))
    assert counts(parents) == {"lang": 2, "hulp": 1, "kwam": 1, "laat": 1, "wachtlijst": 1, "heel": 1, "weet": 1}
    notes = word_frequencies(project, Scope(filters=Filters(kinds=frozenset({"fieldnote"}))))
    assert notes.counted == 8
    daan = word_frequencies(project, Scope(respondents_only=True, filters=Filters(case_ids=frozenset({study["daan"]}))))
    # Moeder's answers and the Daan passage of the note (daan wachtlijst blijft lang)
    assert counts(daan) == {"lang": 3, "wachtlijst": 2, "hulp": 1, "kwam": 1, "laat": 1, "heel": 1, "weet": 1,
                            "daan": 1, "blijft": 1}
    assert daan.cases == 1


def test_coding_filters_make_it_a_count_over_coded_passages(project, study):
    hindering = word_frequencies(project, Scope(filters=Filters(valences=frozenset({"hindering"}))))
    assert counts(hindering) == {"wachten": 3, "wachtlijst": 1}


def test_stems_group_the_forms_and_show_the_commonest(project, study):
    table = word_frequencies(project, RESPONDENTS, WordOptions(stemmed=True))
    row = next(r for r in table.rows if r.word == "wachten")
    assert (row.count, row.forms) == (4, ("wachten", "wacht"))
    assert table.counted == 28


def test_phrases_of_two_and_three_words(project, study):
    two = word_frequencies(project, RESPONDENTS, WordOptions(ngram=2))
    assert counts(two) == {"mentor helpt": 2, "mentor belt": 1, "belt elke": 1, "elke week": 1, "helpt echt": 1,
                           "hulp kwam": 1, "kwam laat": 1, "heel lang": 1, "wachtlijst blijft": 1, "blijft lang": 1}
    assert two.counted == 11 and two.rows[0].share == pytest.approx(2 / 11)
    three = counts(word_frequencies(project, RESPONDENTS, WordOptions(ngram=3)))
    assert three == {"mentor belt elke": 1, "belt elke week": 1, "mentor helpt echt": 1, "hulp kwam laat": 1,
                     "wachtlijst was lang": 1, "wachtlijst blijft lang": 1}  # a stop word inside is fine
    with pytest.raises(ValidationError):
        word_frequencies(project, RESPONDENTS, WordOptions(ngram=4))


def test_the_projects_stop_words_are_edited_and_undone(project, study):
    journal = add_stop_words(project, ["Echt", "  wachten "])
    words = counts(word_frequencies(project, RESPONDENTS))
    assert "echt" not in words and "wachten" not in words
    remove_stop_words(project, ["de"])  # a word of the standard list that counts in this study
    assert counts(word_frequencies(project, RESPONDENTS))["de"] == 7
    assert word_lists(project).kept == {"de"}
    journal.undo(project)  # only the first edit
    assert word_lists(project).added == frozenset()
    set_languages(project, [])
    assert counts(word_frequencies(project, RESPONDENTS))["zei"] == 1
    with pytest.raises(ValidationError):
        set_languages(project, ["fr"])
    with pytest.raises(ValidationError):
        add_stop_words(project, ["  "])


def test_keyword_in_context_within_the_counted_text(project, study):
    lines = kwic(project, "wachtlijst", RESPONDENTS, width=2)
    assert [(line.document, line.left, line.keyword, line.right) for line in lines] == [
        ("Interview moeder", "laat. De", "wachtlijst", "was lang,"),
        ("Interview Noor", "op de", "wachtlijst", ". Sanne wacht"),  # the full stop comes along
        ("Veldnotitie", "Daan: de", "wachtlijst", "blijft lang."),
    ]
    assert [(line.cases, line.speaker, line.respondent, line.role) for line in lines] == [
        (("Casus Daan",), "Moeder", "Moeder", "ouder"), (("Casus Noor",), "R", "Noor", "jeugdige"),
        (("Casus Daan",), None, None, None)]
    assert len(kwic(project, "wachtlijst", Scope())) == 4  # the interviewer's question too


def test_keyword_in_context_is_accent_blind_sorted_and_stemmed(project, study):
    assert [line.keyword for line in kwic(project, "WACHTEN", RESPONDENTS)] == ["Wachten", "wachten", "wachten"]
    in_order = kwic(project, "mentor", RESPONDENTS, width=2)
    assert [line.left for line in in_order] == ["De", "week. De", "Noor: de"]  # never the label "R:"
    by_left = kwic(project, "mentor", RESPONDENTS, width=2, sort="left")  # de; de noor; de week
    assert [line.left for line in by_left] == ["De", "Noor: de", "week. De"]
    by_right = kwic(project, "mentor", RESPONDENTS, width=2, sort="right")  # belt elke; helpt daan; helpt echt
    assert [line.right for line in by_right] == ["belt elke", "helpt. Daan:", "helpt echt,"]
    stemmed = kwic(project, "wacht", RESPONDENTS, stemmed=True)
    assert [line.keyword for line in stemmed] == ["Wachten", "wachten", "wachten", "wacht"]
    assert [line.keyword for line in kwic(project, "wacht*", RESPONDENTS)] == [
        "wachtlijst", "Wachten", "wachten", "wachten", "wachtlijst", "wacht", "wachtlijst"]
    with pytest.raises(ValidationError):
        kwic(project, " * ")


def test_keyword_in_context_ignores_accents_as_the_search_does(project):
    text = "R: Het plan is geëvalueerd, daarna opnieuw geevalueerd.\n"
    documents.import_document(project, name="Evaluatie", text=text, turns=find_turns(text))
    assert [line.keyword for line in kwic(project, "geevalueerd")] == ["geëvalueerd", "geevalueerd"]
    assert [line.keyword for line in kwic(project, "GEËVALUEERD")] == ["geëvalueerd", "geevalueerd"]


def test_selected_lines_are_coded_in_one_step(project, study):
    lines = kwic(project, "lang", RESPONDENTS)  # Moeder twice, the note once
    assert [line.document for line in lines] == ["Interview moeder", "Interview moeder", "Veldnotitie"]

    def coded():
        return [(r["document_id"], r["t"]) for r in project.rows(
            'SELECT g.document_id, substr(d.text, g.start + 1, g."end" - g.start) AS t FROM codings g '
            "JOIN documents d ON d.id = g.document_id WHERE g.id > 3 ORDER BY g.id")]

    journal = code_hits(project, [lines[0], lines[2]], study["steun"], study["anna"], "sentence")
    assert journal.result == 2
    assert coded() == [(study["moeder_doc"], "De wachtlijst was lang, heel lang."),
                       (study["note"], "Daan: de wachtlijst blijft lang.")]
    journal.undo(project)
    assert coded() == []


def test_log_likelihood_and_log_ratio_by_hand():
    # a = 10 in c = 100 words, b = 2 in d = 100: E = 6 and 6; G2 = 2 (10 ln 10/6 + 2 ln 2/6)
    assert log_likelihood(10, 2, 100, 100) == pytest.approx(2 * (10 * math.log(10 / 6) + 2 * math.log(2 / 6)))
    assert log_likelihood(10, 2, 100, 100) == pytest.approx(5.8221, abs=1e-4)
    assert log_likelihood(5, 5, 100, 100) == 0
    assert log_ratio(10, 2, 100, 100) == pytest.approx(math.log2(5))
    assert log_ratio(3, 0, 4, 7) == pytest.approx(math.log2((3 / 4) / (0.5 / 7)))
    assert significance(6.07) == "p < 0.05" and significance(11) == "p < 0.001" and significance(2) == ""


def test_distinctive_words_of_hindering_against_promoting(project, study):
    # promoting: mentor 2, belt, elke, week, helpt, echt (7 words); hindering: wachten 3, wachtlijst (4)
    result = distinctive_words(project, "valence")
    assert [(g.key, g.words) for g in result.groups] == [("promoting", 7), ("hindering", 4)]
    assert [(r.group, r.word, r.count, r.other) for r in result.rows] == [("hindering", "wachten", 3, 0)]
    row = result.rows[0]
    assert row.g2 == pytest.approx(6 * math.log(3 / (12 / 11)))  # E = 4 * 3 / 11
    assert row.log_ratio == pytest.approx(math.log2(10.5)) and row.level == "p < 0.05"
    assert (row.share, row.other_share) == (pytest.approx(3 / 4), 0)


def test_distinctive_words_by_role_and_code_against_the_rest(project, study):
    roles = distinctive_words(project, "role", top=None)
    assert [(g.key, g.words) for g in roles.groups] == [("jeugdige", 12), ("ouder", 8)]
    # wachten 3 of 12 against 0 of 8: G2 = 6 ln(3 / 1.8) = 3.06, below 3.84: too few words to tell
    assert roles.rows == ()
    code = distinctive_words(project, "code", RESPONDENTS, code_id=study["wachten"])
    assert [(g.name, g.words) for g in code.groups] == [("Wachten", 4), ("the rest of the text", 24)]
    # wachten 3 of 4 against 0 of 24: E = 4 * 3 / 28, G2 = 6 ln 7 = 11.68
    assert [(r.group, r.word, r.count, r.other, r.level) for r in code.rows] == [
        ("Wachten", "wachten", 3, 0, "p < 0.001")]
    assert code.rows[0].g2 == pytest.approx(6 * math.log(7))


def test_interval_helpers():
    assert union([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]
    assert intersect([(0, 10), (20, 30)], [(5, 25)]) == [(5, 10), (20, 25)]
    assert subtract([(0, 10), (20, 30)], [(2, 3), (8, 22)]) == [(0, 2), (3, 8), (22, 30)]
