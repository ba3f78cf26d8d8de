"""The code frequency table against figures counted by hand on a small fictional Dutch
project. ``build_study`` makes that project; the matrix, crosstab, co-occurrence, export, CLI
and window tests use it too, so every figure there can be checked against the table below.

The project "Uitstroom" (all names fictional):

  cases     Casus Daan (gemeente Utrecht): Interview Daan (transcript), Dossier Daan (dossier)
            Casus Eva (Zeist): Interview Eva moeder (transcript), a passage of the field note
            Casus Fenna (Utrecht): Dossier Fenna (dossier) only: no transcript
            Casus Jesse (gemeente missing): a passage of the field note only
            Casus Sem (Zeist): no documents at all
  field note  Veldnotitie overleg: a passage for Eva, one for Jesse, one in no case
  codes     Factoren (Steun, Wachtlijst), Participatie
  speakers  Interview Daan: R = Daan (jeugdige); Interview Eva moeder: M = Moeder Eva (ouder),
            P = Mentor Eva (professional); interviewer I not linked

  coding  document       code          valence    coder  case   speaker
  c1      Interview Daan Wachtlijst    hindering  Anna   Daan   jeugdige
  c2      Interview Daan Steun         promoting  Anna   Daan   jeugdige
  c3      Interview Daan Steun         promoting  Bram   Daan   jeugdige  (the passage of c2)
  c4      Interview Daan Participatie  hindering  Anna   Daan   jeugdige
  c5      Dossier Daan   Wachtlijst    hindering  Bram   Daan   -
  c6      Dossier Daan   Steun         promoting  Bram   Daan   -
  c7      Interview Eva  Wachtlijst    hindering  Anna   Eva    ouder
  c8      Interview Eva  Participatie  promoting  Anna   Eva    professional
  c9      Interview Eva  Steun         -          Bram   Eva    professional  (inside c8)
  c10     Dossier Fenna  Steun         promoting  Anna   Fenna  -
  c11     Dossier Fenna  Factoren      -          Anna   Fenna  -
  c12     Veldnotitie    Wachtlijst    hindering  Bram   Eva    -
  c13     Veldnotitie    Steun         promoting  Bram   Jesse  -
  c14     Veldnotitie    Wachtlijst    hindering  Anna   -      -
  c15     Dossier Daan   Participatie  promoting  Anna   Daan   -   (the passage of c6)
  c16     Veldnotitie    Steun         promoting  Anna   Eva    -   (inside c12)
"""

from dataclasses import dataclass

import pytest

from qdacoder.analysis.filters import Filters
from qdacoder.analysis.frequencies import Counts
from qdacoder.analysis.frequency_table import cases_in_scope, documents_in_scope, frequency_table
from qdacoder.core import attributes, cases, codes, codings, documents, respondents
from qdacoder.core.coders import ensure_coder

INTERVIEW_DAAN = ("I: Hoe kwam je bij de leefgroep?\n"
                  "R: Er was een wachtlijst van een jaar. Mijn mentor bleef wel bellen.\n"
                  "I: Werd je betrokken bij het plan?\n"
                  "R: Nee, niemand vroeg wat ik wilde.\n")
INTERVIEW_EVA = ("I: Hoe verliep de hulp?\n"
                 "M: Lang wachten, en intussen ging het thuis mis.\n"
                 "P: We hebben Eva en moeder steeds laten meebeslissen.\n")
DOSSIER_DAAN = "Jeugdige stond 12 maanden op de wachtlijst. School dacht actief mee.\n"
DOSSIER_FENNA = "Fenna kreeg direct een vaste voogd. Geen wachttijd.\n"
VELDNOTITIE = ("Overleg 3 mei. Eva: wachtlijst GGZ blijft lang; de school vangt haar op. "
               "Jesse: jongerenwerker biedt steun. Algemeen: te weinig plekken.\n")

CODINGS = (  # document, code, passage, valence, coder
    ("Interview Daan", "Factoren/Wachtlijst", "Er was een wachtlijst van een jaar.", "hindering", "Anna"),
    ("Interview Daan", "Factoren/Steun", "Mijn mentor bleef wel bellen.", "promoting", "Anna"),
    ("Interview Daan", "Factoren/Steun", "Mijn mentor bleef wel bellen.", "promoting", "Bram"),
    ("Interview Daan", "Participatie", "niemand vroeg wat ik wilde.", "hindering", "Anna"),
    ("Dossier Daan", "Factoren/Wachtlijst", "stond 12 maanden op de wachtlijst", "hindering", "Bram"),
    ("Dossier Daan", "Factoren/Steun", "School dacht actief mee.", "promoting", "Bram"),
    ("Interview Eva moeder", "Factoren/Wachtlijst", "Lang wachten", "hindering", "Anna"),
    ("Interview Eva moeder", "Participatie", "We hebben Eva en moeder steeds laten meebeslissen.", "promoting", "Anna"),
    ("Interview Eva moeder", "Factoren/Steun", "steeds laten meebeslissen", None, "Bram"),
    ("Dossier Fenna", "Factoren/Steun", "Fenna kreeg direct een vaste voogd.", "promoting", "Anna"),
    ("Dossier Fenna", "Factoren", "Geen wachttijd.", None, "Anna"),
    ("Veldnotitie overleg", "Factoren/Wachtlijst", "wachtlijst GGZ blijft lang; de school vangt haar op", "hindering", "Bram"),
    ("Veldnotitie overleg", "Factoren/Steun", "jongerenwerker biedt steun", "promoting", "Bram"),
    ("Veldnotitie overleg", "Factoren/Wachtlijst", "te weinig plekken", "hindering", "Anna"),
    ("Dossier Daan", "Participatie", "School dacht actief mee.", "promoting", "Anna"),
    ("Veldnotitie overleg", "Factoren/Steun", "de school vangt haar op", "promoting", "Anna"),
)


@dataclass(frozen=True)
class Turn:
    start: int
    content_start: int
    end: int
    speaker: str


def turns(text):
    result, offset = [], 0
    for line in text.splitlines(keepends=True):
        result.append(Turn(offset, offset + 3, offset + len(line.rstrip("\n")), line[0]))
        offset += len(line)
    return result


def build_study(project) -> dict:
    """The project described above; returns the ids by name ("c1".."c16", code paths, case,
    document, coder and attribute names)."""
    ids = {"Anna": ensure_coder(project, "Anna de Vries").id, "Bram": ensure_coder(project, "Bram Jansen").id}
    texts = {}
    for name, text, kind, case in (("Interview Daan", INTERVIEW_DAAN, "transcript", "Casus Daan"),
                                   ("Dossier Daan", DOSSIER_DAAN, "dossier", "Casus Daan"),
                                   ("Interview Eva moeder", INTERVIEW_EVA, "transcript", "Casus Eva"),
                                   ("Dossier Fenna", DOSSIER_FENNA, "dossier", "Casus Fenna"),
                                   ("Veldnotitie overleg", VELDNOTITIE, "fieldnote", None)):
        ids[name] = documents.import_document(project, name=name, text=text, kind=kind, case_name=case,
                                              turns=turns(text) if kind == "transcript" else ()).result
        texts[name] = text
    for name in ("Casus Daan", "Casus Eva", "Casus Fenna"):
        ids[name] = cases.find_case(project, name).id
    ids["Casus Jesse"] = cases.add_case(project, "Casus Jesse").result
    ids["Casus Sem"] = cases.add_case(project, "Casus Sem").result
    eva_start, jesse_start = VELDNOTITIE.index("Eva:"), VELDNOTITIE.index("Jesse:")
    cases.assign_passage(project, ids["Casus Eva"], ids["Veldnotitie overleg"], eva_start, jesse_start - 1)
    cases.assign_passage(project, ids["Casus Jesse"], ids["Veldnotitie overleg"], jesse_start,
                         VELDNOTITIE.index(" Algemeen"))
    for label, role, case, document, speaker in (
            ("Daan", "jeugdige", "Casus Daan", "Interview Daan", "R"),
            ("Moeder Eva", "ouder", "Casus Eva", "Interview Eva moeder", "M"),
            ("Mentor Eva", "professional", "Casus Eva", "Interview Eva moeder", "P")):
        ids[label] = respondents.add_respondent(project, case_id=ids[case], label=label, role=role).result
        respondents.link_speaker(project, ids[document], speaker, ids[label])
    with project.transaction("codes") as tx:
        for path in ("Factoren", "Factoren/Steun", "Factoren/Wachtlijst", "Participatie"):
            ids[path] = codes.ensure_path(tx, path)
    for number, (document, path, passage, valence, coder) in enumerate(CODINGS, start=1):
        start = texts[document].index(passage)
        ids[f"c{number}"] = codings.add_coding(project, document_id=ids[document], code_id=ids[path], start=start,
                                               end=start + len(passage), coder_id=ids[coder], valence=valence).result
    ids["gemeente"] = attributes.add_variable(project, target="case", name="gemeente", type="category",
                                              categories=["Utrecht", "Zeist"]).result
    for case, value in (("Casus Daan", "Utrecht"), ("Casus Eva", "Zeist"), ("Casus Fenna", "Utrecht"),
                        ("Casus Sem", "Zeist")):
        attributes.set_value(project, ids["gemeente"], ids[case], value)
    ids["jaar"] = attributes.add_variable(project, target="document", name="jaar", type="number").result
    for document, year in (("Interview Daan", 2022), ("Dossier Daan", 2021), ("Interview Eva moeder", 2022),
                           ("Veldnotitie overleg", 2023)):
        attributes.set_value(project, ids["jaar"], ids[document], year)
    return ids


@pytest.fixture
def study(project):
    return build_study(project)


def by_path(rows):
    return {r.path: r for r in rows}


def test_scope_is_the_cases_with_a_document_of_the_filtered_kind(project, study):
    names = {v: k for k, v in study.items() if k.startswith("Casus")}
    assert [names[i] for i in cases_in_scope(project)] == ["Casus Daan", "Casus Eva", "Casus Fenna", "Casus Jesse"]
    transcripts = Filters(kinds=frozenset({"transcript"}))
    assert [names[i] for i in cases_in_scope(project, transcripts)] == ["Casus Daan", "Casus Eva"]
    assert [name for _, name in documents_in_scope(project, transcripts)] == ["Interview Daan", "Interview Eva moeder"]
    only_jesse = Filters(case_ids=frozenset({study["Casus Jesse"]}))
    assert [name for _, name in documents_in_scope(project, only_jesse)] == ["Veldnotitie overleg"]
    utrecht = Filters(attributes=(attributes_condition(study, "Utrecht"),))
    assert [names[i] for i in cases_in_scope(project, utrecht)] == ["Casus Daan", "Casus Fenna"]


def attributes_condition(study, value):
    from qdacoder.analysis.filters import AttributeCondition

    return AttributeCondition(study["gemeente"], "case", frozenset({value}))


def test_every_figure_of_every_code_counted_by_hand(project, study):
    rows = frequency_table(project)
    assert [(r.path, r.depth, r.has_subcodes) for r in rows] == [
        ("Factoren", 0, True), ("Factoren/Steun", 1, False), ("Factoren/Wachtlijst", 1, False),
        ("Participatie", 0, False)]
    t = by_path(rows)
    assert t["Factoren/Steun"].subtree == Counts(codings=7, documents=5, cases=4, promoting=6, hindering=0, passages=6)
    assert t["Factoren/Steun"].subtree.no_valence == 1
    assert t["Factoren/Wachtlijst"].subtree == Counts(codings=5, documents=4, cases=2, promoting=0, hindering=5,
                                                      passages=5)
    assert t["Participatie"].subtree == Counts(codings=3, documents=3, cases=2, promoting=2, hindering=1, passages=3)
    # the branch: 7 + 5 + 1 codings; documents and cases each once
    assert t["Factoren"].subtree == Counts(codings=13, documents=5, cases=4, promoting=6, hindering=5, passages=12)
    assert t["Factoren"].own == Counts(codings=1, documents=1, cases=1, passages=1)
    assert [(r.cases_total, r.percent) for r in rows] == [(4, 100), (4, 100), (4, 50), (4, 50)]
    assert t["Factoren/Wachtlijst"].share_text() == "2 of 4 cases, 50%"


def test_share_text_goes_through_translate(project, study):
    dutch = {"{cases} of {total} cases, {percent}%": "{cases} van {total} casussen, {percent}%"}
    row = by_path(frequency_table(project))["Participatie"]
    assert row.share_text(lambda text: dutch.get(text, text)) == "2 van 4 casussen, 50%"


def test_a_document_kind_shrinks_the_scope_and_the_counts(project, study):
    t = by_path(frequency_table(project, Filters(kinds=frozenset({"transcript"}))))
    assert t["Factoren/Steun"].subtree == Counts(codings=3, documents=2, cases=2, promoting=2, passages=2)
    assert t["Factoren"].subtree == Counts(codings=5, documents=2, cases=2, promoting=2, hindering=2, passages=4)
    assert t["Participatie"].share_text() == "2 of 2 cases, 100%"


def test_filters_on_codings_keep_the_scope(project, study):
    hindering = by_path(frequency_table(project, Filters(valences=frozenset({"hindering"}))))
    assert hindering["Factoren/Steun"].share_text() == "0 of 4 cases, 0%"
    assert hindering["Participatie"].share_text() == "1 of 4 cases, 25%"
    bram = by_path(frequency_table(project, Filters(coder_ids=frozenset({study["Bram"]}))))
    assert (bram["Factoren/Steun"].subtree.codings, bram["Factoren/Steun"].percent) == (4, 75)  # c3 c6 c9 c13


def test_no_case_in_scope_gives_no_percentage(project, study):
    rows = frequency_table(project, Filters(kinds=frozenset({"report"})))
    assert {(r.cases_total, r.percent) for r in rows} == {(0, None)}
    assert rows[0].share_text() == "0 of 0 cases"


def test_a_percentage_is_rounded_half_up(project):
    from qdacoder.analysis.frequency_table import percent_of

    assert (percent_of(1, 8), percent_of(5, 8), percent_of(2, 3), percent_of(0, 0)) == (13, 63, 67, None)
