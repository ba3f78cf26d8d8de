"""Resolving the disagreements of tests/analysis/test_disagreements.py into a consensus coder:
each choice, the originals untouched, one undo step, no duplicates, a change of mind, and
agreement with the consensus coder computed afterwards."""

import pytest

from qdacoder.analysis.agreement import agreement
from qdacoder.analysis.disagreements import disagreements
from qdacoder.core.coders import find_coder
from qdacoder.core.consensus import consensus_coder_id, resolve
from qdacoder.core.errors import ValidationError

from ..analysis.test_disagreements import build_review


def _codings(project, coder_id):
    return project.rows('SELECT * FROM codings WHERE coder_id = ? ORDER BY id', [coder_id])


def _spans(project, coder_id):
    return sorted((r["document_id"], r["code_id"], r["start"], r["end"]) for r in _codings(project, coder_id))


@pytest.fixture
def review(project):
    return build_review(project)


@pytest.fixture
def found(project, review):
    return disagreements(project, review["Anna"], review["Bram"])


def test_each_choice_writes_the_chosen_versions(project, review, found):
    originals = _codings(project, review["Anna"]) + _codings(project, review["Bram"])
    only_a, different, boundaries, only_b = found
    journals = [resolve(project, only_a, "a"), resolve(project, different, "b"),
                resolve(project, boundaries, "both"), resolve(project, only_b, "neither")]
    consensus = find_coder(project, "Consensus").id
    wanted = []
    for d, ids in ((only_a, only_a.a_codings), (different, different.b_codings),
                   (boundaries, boundaries.coding_ids)):
        for coding in _codings(project, review["Anna"]) + _codings(project, review["Bram"]):
            if coding["id"] in ids:
                wanted.append((coding["document_id"], coding["code_id"], coding["start"], coding["end"]))
    assert _spans(project, consensus) == sorted(wanted)
    assert [len(j.result) for j in journals] == [1, 1, 2, 0] and not journals[3].steps
    copy = _codings(project, consensus)[0]  # of Anna's only coding: memo and valence kept
    assert (copy["memo"], copy["valence"]) == ("Eerste keer genoemd", "hindering")
    assert _codings(project, review["Anna"]) + _codings(project, review["Bram"]) == originals
    # the disagreements of the two coders did not change
    assert disagreements(project, review["Anna"], review["Bram"]) == found


def test_one_undo_step_per_choice(project, review, found):
    consensus = consensus_coder_id(project)
    first = resolve(project, found[0], "a")
    second = resolve(project, found[2], "both")
    assert len(_codings(project, consensus)) == 3
    second.undo(project)
    assert len(_codings(project, consensus)) == 1
    first.undo(project)
    assert _codings(project, consensus) == []
    first.redo(project)
    second.redo(project)
    assert len(_codings(project, consensus)) == 3


def test_no_duplicates_and_a_change_of_mind_replaces(project, review, found):
    consensus = consensus_coder_id(project)
    different = found[1]
    resolve(project, different, "a")
    again = resolve(project, different, "a")
    assert again.steps == [] and len(_codings(project, consensus)) == 1
    resolve(project, different, "b")
    assert [r["code_id"] for r in _codings(project, consensus)] == [review["Schoolwerk"]]
    resolve(project, different, "both")
    assert len(_codings(project, consensus)) == 2
    changed = resolve(project, different, "neither")
    assert _codings(project, consensus) == [] and len(changed.steps) == 2
    changed.undo(project)
    assert len(_codings(project, consensus)) == 2


def test_a_list_of_coding_ids_with_coder_a(project, review, found):
    different = found[1]
    resolve(project, different.coding_ids, "a", coder_a=review["Anna"], consensus_coder="Overleg")
    overleg = find_coder(project, "Overleg").id
    assert [r["code_id"] for r in _codings(project, overleg)] == [review["Steun mentor"]]
    with pytest.raises(ValueError):
        resolve(project, different.coding_ids, "b")  # which coder is B?
    with pytest.raises(ValueError):
        resolve(project, different, "allebei")
    with pytest.raises(ValidationError):
        resolve(project, different, "a", consensus_coder="Anna")


def test_agreement_with_the_consensus_coder(project, review, found):
    before = agreement(project, [review["Anna"], review["Bram"]], "overlap")
    only_a, different, boundaries, only_b = found
    resolve(project, only_a, "a")
    resolve(project, different, "b")
    resolve(project, boundaries, "both")
    resolve(project, only_b, "neither")
    consensus = consensus_coder_id(project)
    report = agreement(project, [review["Anna"], consensus], "overlap")
    # segments: Wachtlijst (only_a copy) both; Wachtlijst (agreement, not copied) Anna only;
    # Steun mentor Anna only; Schoolwerk consensus only; Thuissituatie: Anna's both, Bram's
    # copy consensus only -> 2 of 6 shared
    assert report.overall.n == 6
    assert report.overall.percent == pytest.approx(100 * 2 / 6)
    after = agreement(project, [review["Anna"], review["Bram"]], "overlap")
    assert after.overall == before.overall


def test_the_agreed_codings_are_copied_once_and_complete_the_consensus(project, review, found):
    """a_agree and b_agree match (same code, overlap 49/50 >= 0.9); nothing else does. After
    copying the agreement and deciding the four disagreements, the consensus coder holds the
    whole consensus, and agrees with Anna wherever she was chosen."""
    from qdacoder.analysis.disagreements import agreed_codings
    from qdacoder.core.consensus import copy_agreed

    agreed_a, agreed_b = agreed_codings(project, review["Anna"], review["Bram"])
    assert (agreed_a, agreed_b) == ([review["a_agree"]], [review["b_agree"]])
    assert agreed_codings(project, review["Anna"], review["Bram"], threshold=1.0) == ([], [])
    journal = copy_agreed(project, agreed_a)
    consensus = find_coder(project, "Consensus").id
    anna = {r["id"]: r for r in _codings(project, review["Anna"])}
    assert _spans(project, consensus) == [(anna[review["a_agree"]]["document_id"], review["Wachtlijst"],
                                           anna[review["a_agree"]]["start"], anna[review["a_agree"]]["end"])]
    assert copy_agreed(project, agreed_a).result == []  # twice: nothing new
    journal.undo(project)
    assert _codings(project, consensus) == []
    journal.redo(project)
    for d in found:
        resolve(project, d, "a")
    assert len(_codings(project, consensus)) == 4  # a_agree, a_only, a_code, a_bound
    with pytest.raises(ValidationError, match="must not be one of the coders"):
        copy_agreed(project, agreed_a, consensus_coder="Anna")
