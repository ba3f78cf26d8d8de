"""Retrieval of coded passages and combinations of codes, on a small fictional Dutch project
whose answers are worked out by hand."""

import pytest

from qdacoder.analysis.filters import AttributeCondition, Filters
from qdacoder.analysis.retrieval import combined, load_segments, segment_ids, segments
from qdacoder.core import attributes, cases, codes, codings, documents, respondents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.errors import ValidationError
from qdacoder.importers.turns import find_turns

INTERVIEW = (
    "I: Hoe gaat het op school?\n"
    "R: De mentor belt elke week, dat helpt echt.\n"
    "I: En thuis?\n"
    "R: Thuis is het onrustig sinds de verhuizing.\n"
)
FIELDNOTE = (
    "Casusoverleg. Noor: school gaat beter. Daan en Noor: beide wachten op de gezinsvoogd. "
    "Daan: respijtzorg gevraagd.\n"
)


@pytest.fixture
def study(project):
    anna = ensure_coder(project, "Anna de Vries").id
    bram = ensure_coder(project, "Bram Jansen").id
    interview = documents.import_document(project, name="Interview Noor", text=INTERVIEW,
                                          turns=find_turns(INTERVIEW), case_name="Casus Noor").result
    note = documents.import_document(project, name="Veldnotitie overleg", text=FIELDNOTE, kind="fieldnote").result
    noor = cases.find_case(project, "Casus Noor").id
    daan = cases.add_case(project, "Casus Daan").result
    cases.assign_passage(project, noor, note, FIELDNOTE.index("Noor:"), FIELDNOTE.index(" Daan:"))
    cases.assign_passage(project, daan, note, FIELDNOTE.index("Daan en"), len(FIELDNOTE) - 1)
    youth = respondents.add_respondent(project, case_id=noor, label="Noor", role="jeugdige").result
    respondents.link_speaker(project, interview, "R", youth)
    age = attributes.add_variable(project, target="case", name="leeftijd", type="number").result
    attributes.set_value(project, age, noor, 15)
    attributes.set_value(project, age, daan, 17)
    steun = codes.add_code(project, "Steun").result
    school = codes.add_code(project, "School", parent_id=steun).result
    ids = {"steun": steun, "school": school}
    for name in ("Thuis", "Spanning", "Wachten"):
        ids[name.lower()] = codes.add_code(project, name).result
    docs = {interview: INTERVIEW, note: FIELDNOTE}

    def coding(doc, passage, code, coder, valence=None):
        start = docs[doc].index(passage)
        return codings.add_coding(project, document_id=doc, code_id=ids[code], start=start, end=start + len(passage),
                                  coder_id=coder, valence=valence).result

    ids.update(
        mentor=coding(interview, "De mentor belt elke week", "school", anna, "promoting"),
        helpt=coding(interview, "dat helpt echt", "steun", bram, "promoting"),
        onrustig=coding(interview, "Thuis is het onrustig", "thuis", anna, "hindering"),
        het_onrustig=coding(interview, "het onrustig", "spanning", bram),
        verhuizing=coding(interview, "sinds de verhuizing", "thuis", bram),
        beter=coding(note, "school gaat beter", "school", anna, "promoting"),
        gezinsvoogd=coding(note, "beide wachten op de gezinsvoogd", "wachten", bram, "hindering"),
        respijt=coding(note, "respijtzorg gevraagd", "steun", anna),
    )
    return {**ids, "anna": anna, "bram": bram, "interview": interview, "note": note, "noor": noor, "daan": daan,
            "age": age}


def ids_of(study, *names):
    return [study[n] for n in names]


def test_a_code_with_and_without_its_subcodes_in_reading_order(project, study):
    assert segment_ids(project, [study["steun"]]) == ids_of(study, "helpt", "respijt")
    assert segment_ids(project, [study["steun"]], with_subcodes=True) == ids_of(
        study, "mentor", "helpt", "beter", "respijt")
    assert segment_ids(project, [study["school"], study["steun"]], with_subcodes=True) == ids_of(
        study, "mentor", "helpt", "beter", "respijt")  # a code given twice counts once
    assert len(segment_ids(project)) == 8
    assert segment_ids(project, []) == []


@pytest.mark.parametrize("make, expected", [
    (lambda s: Filters(document_ids=frozenset({s["note"]})), ["beter", "respijt"]),
    (lambda s: Filters(kinds=frozenset({"transcript"})), ["mentor", "helpt"]),
    (lambda s: Filters(case_ids=frozenset({s["daan"]})), ["respijt"]),
    (lambda s: Filters(case_ids=frozenset({s["noor"]})), ["mentor", "helpt", "beter"]),
    (lambda s: Filters(coder_ids=frozenset({s["bram"]})), ["helpt"]),
    (lambda s: Filters(valences=frozenset({None})), ["respijt"]),
    (lambda s: Filters(valences=frozenset({"promoting"})), ["mentor", "helpt", "beter"]),
    (lambda s: Filters(roles=frozenset({"jeugdige"})), ["mentor", "helpt"]),
    (lambda s: Filters(text="ELKE WEEK"), ["mentor"]),
    (lambda s: Filters(attributes=(AttributeCondition(s["age"], "case", minimum=16),)), ["respijt"]),
    (lambda s: Filters(attributes=(AttributeCondition(s["age"], "case", values=frozenset({15})),),
                       kinds=frozenset({"fieldnote"})), ["beter"]),
])
def test_each_filter(project, study, make, expected):
    assert segment_ids(project, [study["steun"]], with_subcodes=True, filters=make(study)) == ids_of(study, *expected)


def test_a_segment_tells_code_document_case_speaker_coder_and_valence(project, study):
    found = segments(project, [study["school"], study["wachten"], study["steun"]])
    assert [s.coding_id for s in found] == ids_of(study, "mentor", "helpt", "beter", "gezinsvoogd", "respijt")
    mentor, wachten, respijt = found[0], found[3], found[4]
    assert (mentor.code_path, mentor.document, mentor.kind, mentor.text) == (
        "Steun/School", "Interview Noor", "transcript", "De mentor belt elke week")
    assert (mentor.speaker, mentor.respondent, mentor.role) == ("R", "Noor", "jeugdige")
    assert (mentor.coder, mentor.valence, mentor.cases) == ("Anna de Vries", "promoting", ("Casus Noor",))
    assert (mentor.start, mentor.end) == (INTERVIEW.index("De mentor"), INTERVIEW.index(", dat"))
    assert wachten.cases == ("Casus Daan", "Casus Noor")  # the passage both cases share
    assert (wachten.speaker, wachten.respondent, wachten.role, wachten.valence) == (None, None, None, "hindering")
    assert respijt.cases == ("Casus Daan",) and respijt.kind == "fieldnote" and respijt.valence is None


def test_the_speaker_without_a_respondent_has_no_role(project, study):
    question = INTERVIEW.index("Hoe gaat")
    journal = codings.add_coding(project, document_id=study["interview"], code_id=study["thuis"], start=question,
                                 end=question + 8, coder_id=study["anna"])
    (segment,) = load_segments(project, [journal.result])
    assert (segment.speaker, segment.respondent, segment.role) == ("I", None, None)


def test_context_is_cut_at_word_boundaries(project, study):
    (helpt,) = load_segments(project, [study["helpt"]], context=10)
    # ten characters before "dat" are "elke week, " minus the "e" of "elke": the cut word goes
    assert (helpt.before, helpt.text, helpt.after) == ("week, ", "dat helpt echt", ".\nI: En")
    (whole,) = load_segments(project, [study["helpt"]], context=200)
    assert whole.before == INTERVIEW[:INTERVIEW.index("dat helpt")]
    assert whole.after == INTERVIEW[INTERVIEW.index(".\nI: En"):]


def test_pages_keep_the_order_asked_and_skip_removed_codings(project, study):
    codings.remove_coding(project, study["beter"])
    page = load_segments(project, ids_of(study, "respijt", "beter", "mentor"))
    assert [s.coding_id for s in page] == ids_of(study, "respijt", "mentor")


def test_combinations_of_two_codes(project, study):
    thuis, spanning = [study["thuis"]], [study["spanning"]]
    # "Thuis is het onrustig" contains "het onrustig"; "sinds de verhuizing" starts one space after it
    assert combined(project, thuis, spanning, "overlap") == ids_of(study, "onrustig")
    assert combined(project, thuis, spanning, "without") == ids_of(study, "verhuizing")
    assert combined(project, thuis, spanning, "near", distance=0) == ids_of(study, "onrustig")
    assert combined(project, thuis, spanning, "near", distance=1) == ids_of(study, "onrustig", "verhuizing")
    assert combined(project, spanning, thuis, "overlap") == ids_of(study, "het_onrustig")
    assert combined(project, thuis, spanning, "without", filters=Filters(coder_ids=frozenset({study["anna"]}))) == []
    # a coding is not its own partner: Thuis with Thuis overlaps only where two Thuis codings meet
    assert combined(project, thuis, thuis, "overlap") == []
    assert combined(project, thuis, thuis, "near", distance=1) == ids_of(study, "onrustig", "verhuizing")
    with pytest.raises(ValidationError):
        combined(project, thuis, spanning, "near", distance=-1)


def test_a_category_brings_its_subcodes_without_asking(project):
    from qdacoder.analysis.retrieval import segment_ids
    from qdacoder.core import codes as codes_mod
    from qdacoder.core import codings as codings_mod
    from qdacoder.core import documents as documents_mod
    from qdacoder.core.coders import ensure_coder

    doc = documents_mod.import_document(project, name="Notitie", text="Wachtlijst en onrust thuis.").result
    category = codes_mod.add_code(project, "Belemmerend", is_codable=False).result
    child = codes_mod.add_code(project, "Wachtlijst", parent_id=category).result
    coding = codings_mod.add_coding(project, document_id=doc, code_id=child, start=0, end=10,
                                    coder_id=ensure_coder(project, "Anna").id).result
    assert segment_ids(project, [category]) == [coding]
