"""`qdacoder segments` and `qdacoder search` on real project files, registered on a group of
their own (so these tests do not depend on the main command having registered them)."""

import json

import pytest

from qdacoder.cli.filters import build_filters
from qdacoder.core import attributes, cases, codes, codings, documents, respondents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.project import Project
from qdacoder.importers.turns import find_turns

INTERVIEW = (
    "I: Hoe gaat het met de pleegzorg?\n"
    "R: Goed. Mijn pleegmoeder luistert echt naar me.\n"
    "I: En de gezinsvoogd?\n"
    "R: Die wisselt steeds, dat is lastig.\n"
)
NOTE = "Huisbezoek. Het café om de hoek is een fijne plek voor gesprekken met Sem.\n"




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "pleegzorg.qdacoder"
    with Project.create(path) as p:
        anna = ensure_coder(p, "Anna de Vries").id
        bram = ensure_coder(p, "Bram Jansen").id
        interview = documents.import_document(p, name="Interview Sem", text=INTERVIEW, turns=find_turns(INTERVIEW),
                                              case_name="Casus Sem").result
        note = documents.import_document(p, name="Huisbezoek", text=NOTE, kind="fieldnote", case_name="Casus Lot").result
        sem = cases.find_case(p, "Casus Sem").id
        respondents.link_speaker(p, interview, "R", respondents.add_respondent(
            p, case_id=sem, label="Sem", role="jeugdige").result)
        age = attributes.add_variable(p, target="case", name="Leeftijd", type="number").result
        attributes.set_value(p, age, sem, 14)
        attributes.set_value(p, age, cases.find_case(p, "Casus Lot").id, 16)
        steun = codes.add_code(p, "Steun").result
        pleeg = codes.add_code(p, "Pleegouder", parent_id=steun).result
        wissel = codes.add_code(p, "Wisselingen").result
        for doc, text, passage, code, coder, valence in (
            (interview, INTERVIEW, "Mijn pleegmoeder luistert echt naar me.", pleeg, anna, "promoting"),
            (interview, INTERVIEW, "Die wisselt steeds, dat is lastig.", wissel, bram, "hindering"),
            (note, NOTE, "een fijne plek voor gesprekken", steun, anna, None),
        ):
            start = text.index(passage)
            codings.add_coding(p, document_id=doc, code_id=code, start=start, end=start + len(passage),
                               coder_id=coder, valence=valence)
    return path


def test_segments_as_json(run, study):
    rows = json.loads(run("segments", study, "--code", "Steun", "--with-subcodes", "--json").output)
    assert [(r["document"], r["case"], r["code"], r["text"], r["coder"], r["valence"]) for r in rows] == [
        ("Huisbezoek", "Casus Lot", "Steun", "een fijne plek voor gesprekken", "Anna de Vries", None),
        ("Interview Sem", "Casus Sem", "Steun/Pleegouder", "Mijn pleegmoeder luistert echt naar me.",
         "Anna de Vries", "promoting"),
    ]
    first = rows[1]
    assert (first["start"], first["end"]) == (INTERVIEW.index("Mijn"), INTERVIEW.index("Mijn") + 39)
    assert (first["speaker"], first["role"], first["cases"]) == ("R", "jeugdige", ["Casus Sem"])
    assert set(first) >= {"document", "case", "code", "start", "end", "text", "coder", "valence", "before", "after"}
    only_own = json.loads(run("segments", study, "--code", "Steun", "--json").output)
    assert [r["document"] for r in only_own] == ["Huisbezoek"]


@pytest.mark.parametrize("options, expected", [
    (["--case", "Casus Sem"], ["Mijn pleegmoeder luistert echt naar me.", "Die wisselt steeds, dat is lastig."]),
    (["--kind", "fieldnote"], ["een fijne plek voor gesprekken"]),
    (["--document", "Interview Sem", "--coder", "Bram Jansen"], ["Die wisselt steeds, dat is lastig."]),
    (["--valence", "none", "--valence", "promoting"], ["een fijne plek voor gesprekken",
                                                       "Mijn pleegmoeder luistert echt naar me."]),
    (["--valence", "belemmerend"], ["Die wisselt steeds, dat is lastig."]),
    (["--role", "jeugdige", "--contains", "LASTIG"], ["Die wisselt steeds, dat is lastig."]),
    (["--attribute", "Leeftijd>=15"], ["een fijne plek voor gesprekken"]),
    (["--attribute", "Leeftijd=14", "--attribute", "Leeftijd=16"], ["een fijne plek voor gesprekken",
                                                                    "Mijn pleegmoeder luistert echt naar me.",
                                                                    "Die wisselt steeds, dat is lastig."]),
    (["--attribute", "Leeftijd >= 13", "--attribute", "Leeftijd<=14,5"], [
        "Mijn pleegmoeder luistert echt naar me.", "Die wisselt steeds, dat is lastig."]),
])
def test_segment_filters(run, study, options, expected):
    args = ["segments", study, "--code", "Steun", "--code", "Wisselingen", "--with-subcodes", *options, "--json"]
    assert [r["text"] for r in json.loads(run(*args).output)] == expected


def test_segments_in_words_and_unknown_names(run, study):
    output = run("segments", study, "--code", "Wisselingen", "--case", "Casus Sem").output
    assert output.startswith("cases: Casus Sem")
    assert "«Die wisselt steeds, dat is lastig.»" in output and output.rstrip().endswith("1 passage(s)")
    for options, message in ((["--case", "Casus Noor"], "no case named “Casus Noor”"),
                             (["--coder", "Piet"], "no coder named “Piet”"),
                             (["--attribute", "Gewicht=3"], "no attribute named “Gewicht”"),
                             (["--attribute", "Leeftijd=oud"], "is not a number")):
        result = run("segments", study, "--code", "Steun", *options, ok=False)
        assert result.exit_code == 1 and message in result.output
    result = run("segments", study, "--code", "Steun", "--attribute", "Leeftijd", ok=False)
    assert result.exit_code == 2 and "NAME=VALUE" in result.output
    result = run("segments", study, "--code", "Bestaat/Niet", ok=False)
    assert result.exit_code == 1 and "no code “Bestaat/Niet”" in result.output


def test_build_filters_is_reusable(study):
    with Project.open(study) as p:
        filters = build_filters(p, case_names=("Casus Sem",), valences=("none",), kinds=("transcript",))
        assert filters.case_ids == frozenset({cases.find_case(p, "Casus Sem").id})
        assert filters.valences == frozenset({None}) and filters.kinds == frozenset({"transcript"})
        assert build_filters(p).is_empty()


def test_search_lists_hits_accent_blind(run, study):
    data = json.loads(run("search", study, "cafe", "--json").output)
    (hit,) = data["hits"]
    assert (hit["document"], hit["match"], hit["start"], hit["end"]) == (
        "Huisbezoek", "café", NOTE.index("café"), NOTE.index("café") + 4)
    assert hit["before"] == "Huisbezoek. Het " and data["coded"] is None and data["more"] is False
    assert "«café»" in run("search", study, "cafe").output
    result = run("search", study, '"open', ok=False)
    assert result.exit_code == 1 and "quote" in result.output


def test_search_codes_every_hit(run, study):
    data = json.loads(run("search", study, "gezinsvoogd pleegzorg", "--code", "Wisselingen", "--unit", "paragraph",
                          "--json", coder="Cees Bakker").output)
    assert data["coded"] == 2 and len(data["hits"]) == 2
    with Project.open(study) as p:
        coded = [(INTERVIEW[c.start:c.end], c.coder_id) for c in codings.code_codings(
            p, codes.find_code_by_path(p, "Wisselingen").id)]
        cees = ensure_coder(p, "Cees Bakker").id
    assert (INTERVIEW.splitlines()[0][3:], cees) in coded and (INTERVIEW.splitlines()[2][3:], cees) in coded
    again = run("search", study, "gezinsvoogd pleegzorg", "--code", "Wisselingen", "--unit", "paragraph", coder="Cees Bakker")
    assert "Coded 0 paragraph(s) of 2 hit(s)" in again.output
    assert json.loads(run("search", study, "wisselt", "--limit", "1", "--json").output)["more"] is False
