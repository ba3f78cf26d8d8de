"""Code frequencies against values counted by hand on a small Dutch project."""

import numpy as np
import pytest

from qdacoder.analysis.frequencies import Counts, code_documents, code_frequencies
from qdacoder.core import cases, codes, codings, documents
from qdacoder.core.coders import ensure_coder

TEXT = "Wachtlijst van een jaar. Mentor luisterde. Geen plan samen. School dacht mee. Rust thuis.\n"


@pytest.fixture
def study(project):
    """Three documents: A and B in Casus 1, C in Casus 2; D in no case."""
    anna = ensure_coder(project, "Anna de Vries").id
    docs = {}
    for name, case in (("A", "Casus 1"), ("B", "Casus 1"), ("C", "Casus 2"), ("D", None)):
        docs[name] = documents.import_document(project, name=name, text=TEXT + name, case_name=case).result
    with project.transaction("codes") as tx:
        ids = {p: codes.ensure_path(tx, p) for p in ("Factoren/Steun", "Factoren/Wachten", "Factoren")}

    def code(doc, path, start, end, valence=None):
        codings.add_coding(project, document_id=docs[doc], code_id=ids[path], start=start, end=end,
                           coder_id=anna, valence=valence)

    code("A", "Factoren/Steun", 25, 42, "promoting")
    code("A", "Factoren/Steun", 60, 77, "promoting")
    code("B", "Factoren/Steun", 25, 42, "hindering")
    code("C", "Factoren/Wachten", 0, 24, "hindering")
    code("D", "Factoren/Wachten", 0, 24)
    code("A", "Factoren/Wachten", 0, 24, "hindering")
    code("A", "Factoren", 43, 59)
    return ids


def test_own_counts_split_by_valence(project, study):
    f = code_frequencies(project, passages=True)
    assert f[study["Factoren/Steun"]].own == Counts(codings=3, documents=2, cases=1, promoting=2, hindering=1, passages=3)
    assert f[study["Factoren/Wachten"]].own == Counts(codings=3, documents=3, cases=2, promoting=0, hindering=2, passages=3)
    assert f[study["Factoren/Wachten"]].own.no_valence == 1
    assert f[study["Factoren"]].own == Counts(codings=1, documents=1, cases=1, passages=1)


def test_parent_subtree_counts_each_document_and_case_once(project, study):
    top = code_frequencies(project, passages=True)[study["Factoren"]].subtree
    # codings 3 + 3 + 1; documents A, B, C, D; cases Casus 1, Casus 2
    assert top == Counts(codings=7, documents=4, cases=2, promoting=2, hindering=3, passages=7)
    leaf = code_frequencies(project)[study["Factoren/Steun"]]
    assert leaf.subtree == leaf.own


def test_asking_for_some_codes_gives_them_and_their_ancestors_with_the_same_figures(project, study):
    full = code_frequencies(project, passages=True)
    part = code_frequencies(project, [study["Factoren/Steun"]], passages=True)
    assert set(part) == {study["Factoren/Steun"], study["Factoren"]}
    for code_id, figures in part.items():
        assert figures == full[code_id]


def test_a_passage_assigned_to_a_case_counts_for_that_case(project, study):
    d = documents.find_document(project, "D").id
    with project.transaction("range") as tx:
        case3 = cases.insert_case(tx, "Casus 3")
        tx.insert("case_ranges", {"case_id": case3, "document_id": d, "start": 0, "end": 30})
    assert code_frequencies(project)[study["Factoren/Wachten"]].own.cases == 3
    # the branch: Casus 1 and 2 through whole documents, Casus 3 through the passage of D
    full = code_frequencies(project)
    assert full[study["Factoren"]].subtree.cases == 3 and full[study["Factoren/Steun"]].own.cases == 1
    # a passage outside every coding adds no case; a case filter keeps only its own case
    from qdacoder.analysis.filters import Filters

    only3 = code_frequencies(project, filters=Filters(case_ids=frozenset({case3})))
    assert only3[study["Factoren"]].subtree == Counts(codings=1, documents=1, cases=1)
    assert code_frequencies(project, [study["Factoren/Wachten"]])[study["Factoren"]] == full[study["Factoren"]]


def test_codes_without_codings_have_zeros(project):
    empty = codes.add_code(project, "Nog leeg").result
    assert code_frequencies(project)[empty] == code_frequencies(project, [empty])[empty]
    assert code_frequencies(project)[empty].subtree == Counts()


def test_two_coders_on_one_passage_are_two_codings_but_one_passage(project, study):
    bram = ensure_coder(project, "Bram Jansen").id
    a = documents.find_document(project, "A").id
    codings.add_coding(project, document_id=a, code_id=study["Factoren/Steun"], start=25, end=42, coder_id=bram)
    own = code_frequencies(project, passages=True)[study["Factoren/Steun"]].own
    assert (own.codings, own.passages) == (4, 3)
    assert code_frequencies(project)[study["Factoren/Steun"]].own.passages == 0  # not asked for


def test_filters_restrict_every_figure(project, study):
    from qdacoder.analysis.filters import Filters

    casus1 = cases.find_case(project, "Casus 1").id
    only_case = code_frequencies(project, filters=Filters(case_ids=frozenset({casus1})), passages=True)
    assert only_case[study["Factoren/Wachten"]].own == Counts(codings=1, documents=1, cases=1, hindering=1, passages=1)
    hindering = code_frequencies(project, filters=Filters(valences=frozenset({"hindering"})))
    assert hindering[study["Factoren"]].subtree.codings == 3
    unvalenced = code_frequencies(project, filters=Filters(valences=frozenset({None})))
    assert unvalenced[study["Factoren"]].subtree.codings == 2


def test_a_document_shared_by_two_cases_counts_only_for_the_filtered_case(project, study):
    from qdacoder.analysis.filters import Filters

    a = documents.find_document(project, "A").id
    casus1, casus2 = cases.find_case(project, "Casus 1").id, cases.find_case(project, "Casus 2").id
    with project.transaction("share") as tx:
        cases.link_document(tx, casus2, a)  # document A now belongs to both cases
    assert code_frequencies(project)[study["Factoren/Steun"]].own.cases == 2
    only = code_frequencies(project, filters=Filters(case_ids=frozenset({casus1})))
    assert only[study["Factoren/Steun"]].own.cases == 1
    assert only[study["Factoren"]].subtree.cases == 1


def test_cases_by_valence_counted_by_hand(project, study):
    from qdacoder.analysis.filters import Filters
    from qdacoder.analysis.frequency_table import cases_by_valence

    by_valence = cases_by_valence(project)
    assert by_valence[study["Factoren/Steun"]] == (1, 1)  # promoting in Casus 1, hindering in Casus 1
    assert by_valence[study["Factoren/Wachten"]] == (0, 2)  # hindering in Casus 1 and Casus 2
    assert by_valence[study["Factoren"]] == (1, 2)
    only_promoting = cases_by_valence(project, Filters(valences=frozenset({"promoting"})))
    assert only_promoting[study["Factoren"]] == (1, 0)


def test_passages_coded_again_count_once_per_code_and_per_branch_under_a_filter(project, study):
    """A three-deep branch: Factoren > Steun > Mentor. Counted by hand on document A:
    Steun 25-42 (Anna, promoting), Steun 25-42 again by Bram, Mentor 25-42 by Bram,
    Mentor 60-77 by Bram; Steun 60-77 (Anna) was already there."""
    from qdacoder.analysis.filters import Filters

    bram = ensure_coder(project, "Bram Jansen").id
    a = documents.find_document(project, "A").id
    mentor = codes.add_code(project, "Mentor", parent_id=study["Factoren/Steun"]).result
    for code_id, start, end in ((study["Factoren/Steun"], 25, 42), (mentor, 25, 42), (mentor, 60, 77)):
        codings.add_coding(project, document_id=a, code_id=code_id, start=start, end=end, coder_id=bram)
    f = code_frequencies(project, passages=True)
    # Steun's own: A 25-42 twice, A 60-77, B 25-42 -> 4 codings, 3 passages
    assert (f[study["Factoren/Steun"]].own.codings, f[study["Factoren/Steun"]].own.passages) == (4, 3)
    # Steun's branch adds Mentor's A 25-42 and A 60-77, both passages it already has
    assert (f[study["Factoren/Steun"]].subtree.codings, f[study["Factoren/Steun"]].subtree.passages) == (6, 3)
    assert (f[mentor].subtree.codings, f[mentor].subtree.passages) == (2, 2)
    # Factoren: 7 + 3 codings; passages 7 (the three new codings repeat passages of Steun)
    assert (f[study["Factoren"]].subtree.codings, f[study["Factoren"]].subtree.passages) == (10, 7)
    only_bram = code_frequencies(project, filters=Filters(coder_ids=frozenset({bram})), passages=True)
    assert (only_bram[study["Factoren/Steun"]].own.codings, only_bram[study["Factoren/Steun"]].own.passages) == (1, 1)
    assert (only_bram[study["Factoren"]].subtree.codings, only_bram[study["Factoren"]].subtree.passages) == (3, 2)
    assert only_bram[study["Factoren"]].subtree.documents == 1
    # asking for Mentor alone gives it and its ancestors with the same figures
    part = code_frequencies(project, [mentor], passages=True)
    assert set(part) == {mentor, study["Factoren/Steun"], study["Factoren"]}
    assert all(part[c] == f[c] for c in part)


def test_a_kept_counter_follows_changes_to_codings_like_a_fresh_count(project, study):
    """The code tree keeps a CodeCounter and, after a change, reads only the touched codes
    again. After every kind of coding change its figures equal a count from scratch."""
    from qdacoder.analysis.filters import Filters
    from qdacoder.analysis.frequencies import CodeCounter

    bram = ensure_coder(project, "Bram Jansen").id
    for n, filters in enumerate((Filters(), Filters(coder_ids=frozenset({bram})))):
        counter = CodeCounter(project, filters)
        a, c = documents.find_document(project, "A").id, documents.find_document(project, "C").id

        def check(journal):
            counter.update(journal.changes.code_ids)
            assert counter.figures() == code_frequencies(project, filters=filters)

        check(codings.add_coding(project, document_id=a, code_id=study["Factoren/Steun"], start=n, end=5,
                                 coder_id=bram, valence="promoting"))
        moved = project.scalar("SELECT id FROM codings WHERE code_id = ? LIMIT 1", [study["Factoren/Wachten"]])
        check(codings.change_coding_code(project, moved, study["Factoren/Steun"]))
        check(codings.set_coding_valence(project, moved, "hindering"))
        check(codings.remove_coding(project, moved))
        # a new document (a higher id than the counter has seen), in a passage of a case
        text = TEXT + f"nieuw {n}"
        new = documents.import_document(project, name="E" + str(filters.coder_ids), text=text).result
        with project.transaction("passage") as tx:
            tx.insert("case_ranges", {"case_id": cases.find_case(project, "Casus 2").id, "document_id": new,
                                      "start": 0, "end": 30})
        counter = CodeCounter(project, filters)  # a change of cases: the window makes a new counter
        check(codings.add_coding(project, document_id=new, code_id=study["Factoren/Wachten"], start=0, end=24,
                                 coder_id=bram))
        check(codings.add_coding(project, document_id=c, code_id=study["Factoren"], start=43 + n, end=59,
                                 coder_id=bram))
        # a code that loses its only coding shows zeros again
        single = codes.add_code(project, f"Eenmalig {n}", parent_id=study["Factoren"]).result
        counter = CodeCounter(project, filters)  # a new code: the window makes a new counter
        once = codings.add_coding(project, document_id=a, code_id=single, start=60, end=77, coder_id=bram)
        check(once)
        check(codings.remove_coding(project, once.result))
        assert counter.figures([single])[single].own == Counts()
        # a document imported after the counter was made (a larger id than it has seen)
        later = documents.import_document(project, name=f"F{n}", text=TEXT + f"later {n}", case_name="Casus 1").result
        counter = CodeCounter(project, filters)  # a case changed: the window makes a new counter
        later_plain = documents.import_document(project, name=f"G{n}", text=TEXT + f"los {n}").result
        check(codings.add_coding(project, document_id=later_plain, code_id=single, start=0, end=5, coder_id=bram))
        check(codings.add_coding(project, document_id=later, code_id=single, start=0, end=5, coder_id=bram))


def test_each_coding_s_document_is_kept_in_four_bytes(project, study):
    """The counter the code tree keeps holds a document id per coding (2 million at ten times
    the target scale): 4 bytes each, with the same ids an 8-byte array would hold."""
    own = code_documents(project, "1", [])
    steun = own[study["Factoren/Steun"]]
    assert steun.documents.dtype == np.int32
    assert sorted(steun.documents.tolist()) == sorted(
        r[0] for r in project.conn.execute("SELECT document_id FROM codings WHERE code_id = ?", [study["Factoren/Steun"]]))
