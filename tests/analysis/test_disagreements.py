"""Disagreements between two coders on a small fictional Dutch project.

"Interview Fatima" (Anna and Bram):
    only_a          Anna: Wachtlijst on "Fatima vertelt over de wachtlijst."; Bram: nothing
    different_code  Anna: Steun mentor, Bram: Schoolwerk on "Haar mentor hielp bij het huiswerk"
    boundaries      Anna: Thuissituatie on "belde soms ... de scheiding."; Bram only on
                    "Thuis was het onrustig na de scheiding." (IoU 39/61, below 0.9)
    agreement       Wachtlijst on "Later kwam ... jeugdhulp" (Bram one character shorter)
"Interview Mo" (a later name): only_b  Bram: Steun mentor on "De mentor belde elke week."
"""

import pytest

from qdacoder.analysis.agreement import agreement
from qdacoder.analysis.disagreements import KIND_LABELS, KINDS, disagreements
from qdacoder.core.coders import ensure_coder
from qdacoder.core.codes import add_code
from qdacoder.core.codings import add_coding
from qdacoder.core.documents import import_document

FATIMA = ("Fatima vertelt over de wachtlijst. Haar mentor hielp bij het huiswerk en belde soms naar huis. "
          "Thuis was het onrustig na de scheiding. Later kwam er eindelijk een plek bij de jeugdhulp.")
MO = "Mo zit in de tweede klas. De mentor belde elke week. Verder gaat het goed."


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def build_review(project) -> dict:
    """The project of the module docstring; returns ids by name and the coding ids by key."""
    ids = {"Interview Fatima": import_document(project, name="Interview Fatima", text=FATIMA).result,
           "Interview Mo": import_document(project, name="Interview Mo", text=MO).result}
    for name in ("Wachtlijst", "Steun mentor", "Schoolwerk", "Thuissituatie"):
        ids[name] = add_code(project, name).result
    for name in ("Anna", "Bram"):
        ids[name] = ensure_coder(project, name).id

    def code(key, coder, code_name, document, phrase, cut=0, **extra):
        start, end = span(FATIMA if document == "Interview Fatima" else MO, phrase)
        ids[key] = add_coding(project, document_id=ids[document], code_id=ids[code_name], start=start,
                              end=end - cut, coder_id=ids[coder], **extra).result

    code("a_only", "Anna", "Wachtlijst", "Interview Fatima", "Fatima vertelt over de wachtlijst.",
         memo="Eerste keer genoemd", valence="hindering")
    code("a_code", "Anna", "Steun mentor", "Interview Fatima", "Haar mentor hielp bij het huiswerk")
    code("b_code", "Bram", "Schoolwerk", "Interview Fatima", "Haar mentor hielp bij het huiswerk")
    code("a_bound", "Anna", "Thuissituatie", "Interview Fatima",
         "belde soms naar huis. Thuis was het onrustig na de scheiding.")
    code("b_bound", "Bram", "Thuissituatie", "Interview Fatima", "Thuis was het onrustig na de scheiding.")
    code("a_agree", "Anna", "Wachtlijst", "Interview Fatima", "Later kwam er eindelijk een plek bij de jeugdhulp")
    code("b_agree", "Bram", "Wachtlijst", "Interview Fatima", "Later kwam er eindelijk een plek bij de jeugdhulp", cut=1)
    code("b_only", "Bram", "Steun mentor", "Interview Mo", "De mentor belde elke week.")
    return ids


@pytest.fixture
def review(project):
    return build_review(project)


def test_the_four_kinds_in_document_order_without_the_agreement(project, review):
    found = disagreements(project, review["Anna"], review["Bram"])
    assert [d.kind for d in found] == ["only_a", "different_code", "boundaries", "only_b"]
    assert [d.document for d in found] == ["Interview Fatima"] * 3 + ["Interview Mo"]
    only_a, different, boundaries, only_b = found
    assert (only_a.a_codings, only_a.b_codings) == ([review["a_only"]], [])
    assert only_a.a_text == "Fatima vertelt over de wachtlijst." and only_a.b_text == ""
    assert only_a.a_codes == ["Wachtlijst"] and only_a.b_codes == []
    assert (different.a_codes, different.b_codes) == (["Steun mentor"], ["Schoolwerk"])
    assert different.a_text == different.b_text == "Haar mentor hielp bij het huiswerk"
    assert (boundaries.a_codings, boundaries.b_codings) == ([review["a_bound"]], [review["b_bound"]])
    assert (boundaries.start, boundaries.end) == span(FATIMA, "belde soms naar huis. Thuis was het onrustig na de scheiding.")
    assert boundaries.b_text == "Thuis was het onrustig na de scheiding."
    assert boundaries.b_spans == [span(FATIMA, "Thuis was het onrustig na de scheiding.")]
    assert only_b.b_codings == [review["b_only"]] and only_b.coding_ids == [review["b_only"]]
    assert set(KINDS) == set(KIND_LABELS)


def test_a_lower_threshold_turns_the_boundaries_into_an_agreement(project, review):
    found = disagreements(project, review["Anna"], review["Bram"], threshold=0.6)
    assert [d.kind for d in found] == ["only_a", "different_code", "only_b"]


def test_the_matching_is_that_of_the_overlap_agreement(project, review):
    """A disagreement for every segment of one coder only; the borderline 0.9 case agrees in both."""
    document = review["Interview Mo"]
    add_coding(project, document_id=document, code_id=review["Wachtlijst"], start=0, end=10, coder_id=review["Anna"])
    add_coding(project, document_id=document, code_id=review["Wachtlijst"], start=0, end=9, coder_id=review["Bram"])
    found = disagreements(project, review["Anna"], review["Bram"])
    report = agreement(project, [review["Anna"], review["Bram"]], "overlap")
    single = sum(w for p, w in _pattern_counts(report).items() if p != "both")
    assert sum(len(d.coding_ids) for d in found) == single == 6
    assert all(d.start >= 10 for d in found if d.document_id == document)


def _pattern_counts(report):
    """Segments held by both coders vs by one, from the per-pair percent and n of each row."""
    both = sum(round(r.percent * r.n / 100) for r in report.rows if r.n)
    return {"both": both, "one": sum(r.n for r in report.rows) - both}


def test_a_code_the_other_coder_did_not_apply_next_to_an_agreement_is_only_that_coder(project, review):
    start, end = span(FATIMA, "Later kwam er eindelijk een plek bij de jeugdhulp")
    extra = add_coding(project, document_id=review["Interview Fatima"], code_id=review["Steun mentor"],
                       start=start, end=end, coder_id=review["Anna"]).result
    found = disagreements(project, review["Anna"], review["Bram"])
    assert [(d.kind, d.a_codings) for d in found if d.start == start] == [("only_a", [extra])]


def test_documents_codes_and_coder_order(project, review):
    mo = disagreements(project, review["Anna"], review["Bram"], document_ids=[review["Interview Mo"]])
    assert [d.kind for d in mo] == ["only_b"]
    thuis = disagreements(project, review["Anna"], review["Bram"], code_ids=[review["Thuissituatie"]])
    assert [d.kind for d in thuis] == ["boundaries"]
    swapped = disagreements(project, review["Bram"], review["Anna"])
    assert [d.kind for d in swapped] == ["only_b", "different_code", "boundaries", "only_a"]
    assert disagreements(project, review["Anna"], review["Bram"], code_ids=[]) == []
    with pytest.raises(ValueError):
        disagreements(project, review["Anna"], review["Anna"])


def test_a_long_coding_against_two_short_ones_is_one_boundaries_disagreement(project, review):
    document, code = review["Interview Mo"], review["Schoolwerk"]
    for start, end, coder in ((0, 40, "Anna"), (0, 10, "Bram"), (20, 40, "Bram")):
        add_coding(project, document_id=document, code_id=code, start=start, end=end, coder_id=review[coder])
    found = [d for d in disagreements(project, review["Anna"], review["Bram"]) if d.kind == "boundaries"
             and d.document_id == document]
    assert len(found) == 1
    assert (found[0].start, found[0].end, len(found[0].b_codings)) == (0, 40, 2)
    assert found[0].b_text == MO[0:40]
