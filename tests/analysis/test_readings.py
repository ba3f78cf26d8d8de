"""The readings of issue 18 on tests/analysis/final_study.py: counts, the matrix, quotes and
the filter line under final, all and coder readings, against the hand counts of the module
docstring there; the "consensus done" mark as an undoable operation."""

import pytest

from qdacoder.analysis.agreement import agreement
from qdacoder.analysis.filters import ALL, FINAL, Filters, coders_reading, describe
from qdacoder.analysis.frequencies import document_coding_counts
from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.analysis.matrices import code_matrix
from qdacoder.analysis.retrieval import segments
from qdacoder.core import consensus
from qdacoder.reports.quotes import collect_quotes

from .final_study import CODES, build_coders, build_final_study

CASES = ("Casus Fatima", "Casus Lotte", "Casus Mo", "Casus Sanne")  # the matrix's column order


def codings_per_code(project, reading):
    return {row.name: row.own.codings for row in frequency_table(project, Filters(reading=reading))}


@pytest.fixture
def study(project):
    return build_final_study(project)


@pytest.mark.parametrize("reading, wanted", [
    ("final", (2, 1, 2, 1)),
    ("all", (5, 2, 4, 2)),
    ("Anna", (2, 1, 1, 2)),
    ("Bram", (2, 0, 2, 0)),
    ("Anna+Bram", (4, 1, 3, 2)),
])
def test_codings_per_code_under_each_reading(project, study, reading, wanted):
    chosen = {"final": FINAL, "all": ALL}.get(reading) or coders_reading(study[n] for n in reading.split("+"))
    assert codings_per_code(project, chosen) == dict(zip(CODES, wanted))


def test_the_matrix_of_the_final_coding(project, study):
    matrix = code_matrix(project, filters=Filters(reading=FINAL))
    assert tuple(c.name for c in matrix.columns) == CASES
    # Fatima: the consensus (Wachtlijst, Steun mentor); Lotte: Anna's and Bram's Schoolwerk
    # (the consensus is not settled there); Mo: settled on nothing; Sanne: Anna's own
    assert matrix.counts == ((1, 0, 0, 1), (1, 0, 0, 0), (0, 2, 0, 0), (0, 0, 0, 1))
    everything = code_matrix(project, filters=Filters(reading=ALL))
    assert everything.counts == ((3, 0, 1, 1), (2, 0, 0, 0), (1, 3, 0, 0), (0, 0, 1, 1))
    # each coder's own, by hand from the table in final_study
    anna = code_matrix(project, filters=Filters(reading=coders_reading([study["Anna"]])))
    assert anna.counts == ((1, 0, 0, 1), (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 1))
    bram = code_matrix(project, filters=Filters(reading=coders_reading([study["Bram"]])))
    assert bram.counts == ((1, 0, 1, 0), (0, 0, 0, 0), (1, 1, 0, 0), (0, 0, 0, 0))


def test_quotes_follow_the_reading(project, study):
    def quoted(reading):
        return sorted((q.code_path, q.text) for q in collect_quotes(project, filters=Filters(reading=reading)))

    assert quoted(FINAL) == [("Steun mentor", "Mijn mentor hielp met huiswerk."),
                             ("Thuissituatie", "Thuis ging het mis.")]
    assert len(quoted(ALL)) == 4
    assert quoted(coders_reading([study["Bram"]])) == [("Wachtlijst", "Daarna kwam de wachtlijst.")]


def test_retrieval_of_the_final_coding_is_the_consensus_where_settled(project, study):
    found = segments(project, [study["Steun mentor"]], filters=Filters(reading=FINAL))
    assert [s.coding_id for s in found] == [r["id"] for r in project.rows(
        "SELECT id FROM codings WHERE coder_id = ? AND code_id = ?", [study["Consensus"], study["Steun mentor"]])]


def test_the_filter_line_states_the_reading(project, study):
    assert describe(project, Filters()) == (
        "No filters; reading: final coding (the consensus where done, each coder's own elsewhere)")
    assert describe(project, Filters(reading=ALL)) == "No filters; reading: all codings of every coder"
    assert Filters(reading=ALL).is_empty() and Filters(reading=ALL).every_coding(project)
    assert not Filters().every_coding(project)  # final, with a consensus coder: a condition
    assert describe(project, Filters(reading=coders_reading([study["Anna"], study["Bram"]]),
                                     kinds=frozenset({"transcript"}))) == (
        "reading: codings of Anna, Bram; document kinds: transcript")


def test_the_filter_line_in_dutch_names_kinds_and_valences_in_dutch(project, study):
    from qdacoder.reports.language import translator

    chosen = Filters(kinds=frozenset({"fieldnote", "transcript"}), valences=frozenset({"promoting", None}))
    assert describe(project, chosen, translator("nl")) == (
        "lezing: definitieve codering (de consensus waar klaar, elders die van elke codeur zelf); "
        "soorten document: veldnotitie, transcript; richting: bevorderend, geen richting")


def test_without_a_consensus_coder_final_is_every_coding(project):
    ids = build_coders(project)
    assert codings_per_code(project, FINAL) == codings_per_code(project, ALL) == dict(zip(CODES, (4, 1, 3, 2)))
    assert describe(project, Filters()) == "No filters: all codings."


def test_a_consensus_not_yet_done_counts_the_coders(project):
    ids = build_coders(project)
    consensus.copy_agreed(project, [ids["a_wacht"], ids["a_school_lotte"]])
    # the consensus coder exists, nothing is settled: its copies are left out
    assert codings_per_code(project, FINAL) == dict(zip(CODES, (4, 1, 3, 2)))
    assert codings_per_code(project, ALL) == dict(zip(CODES, (5, 1, 4, 2)))


def test_done_is_one_undo_step_and_can_be_taken_back(project):
    ids = build_coders(project)
    consensus.resolve(project, [ids["a_thuis_mo"]], "neither", coder_a=ids["Anna"])  # consensus: nothing
    mo = [ids["Interview Mo"]]
    journal = consensus.settle(project, mo, [ids["Anna"], ids["Bram"]])
    assert journal.result == 2 and "consensus_settled" in journal.changes.tables
    assert journal.changes.document_ids == frozenset(mo)
    assert consensus.settled_documents(project, [ids["Anna"], ids["Bram"]]) == set(mo)
    assert codings_per_code(project, FINAL) == dict(zip(CODES, (3, 1, 3, 1)))  # Mo's two codings gone
    assert consensus.settle(project, mo, [ids["Anna"], ids["Bram"]]).result == 0  # again: nothing new
    journal.undo(project)
    assert consensus.settled_documents(project, [ids["Anna"]]) == set()
    assert codings_per_code(project, FINAL) == dict(zip(CODES, (4, 1, 3, 2)))
    journal.redo(project)
    assert consensus.unsettle(project, mo, [ids["Anna"]]).result == 1
    assert consensus.settled_documents(project, [ids["Anna"], ids["Bram"]]) == set()
    # only Bram's codings in Mo are replaced now: Anna's Thuissituatie counts again
    assert codings_per_code(project, FINAL) == dict(zip(CODES, (3, 1, 3, 2)))


def test_the_consensus_coder_cannot_settle_its_own_codings(project):
    ids = build_coders(project)
    from qdacoder.core.errors import ValidationError
    with pytest.raises(ValidationError):
        consensus.settle(project, [ids["Interview Mo"]], [ids["Anna"]], consensus_coder="Anna")


def test_agreement_ignores_the_reading(project, study):
    # Anna and Bram are compared on their own codings, also where the consensus is settled
    before = agreement(project, [study["Anna"], study["Bram"]], "occurrence")
    consensus.unsettle(project, [study["Interview Fatima"], study["Interview Mo"]], [study["Anna"], study["Bram"]])
    assert agreement(project, [study["Anna"], study["Bram"]], "occurrence") == before


def test_deleting_a_settled_document_takes_its_mark_along(project, study):
    from qdacoder.core.documents import delete_document
    journal = delete_document(project, study["Interview Mo"])
    assert not project.rows("SELECT * FROM consensus_settled WHERE document_id = ?", [study["Interview Mo"]])
    journal.undo(project)
    assert len(project.rows("SELECT * FROM consensus_settled WHERE document_id = ?", [study["Interview Mo"]])) == 2


def test_a_consensus_copy_keeps_the_star_and_the_confidential_mark(project):
    from qdacoder.core.quotes import set_confidential
    ids = build_coders(project)
    set_confidential(project, [ids["a_wacht"]])
    made = consensus.copy_agreed(project, [ids["a_wacht"]]).result + consensus.resolve(
        project, [ids["a_mentor"], ids["b_school"]], "a", coder_a=ids["Anna"]).result
    flags = [project.rows("SELECT starred, confidential FROM codings WHERE id = ?", [i])[0] for i in made]
    assert [(f["starred"], f["confidential"]) for f in flags] == [(0, 1), (1, 0)]
    consensus.settle(project, [ids["Interview Fatima"]], [ids["Anna"], ids["Bram"]])
    # the final coding's quotes: the consensus copy of the starred coding; the confidential
    # copy is never quoted, as its original
    quotes = collect_quotes(project, starred_only=False, filters=Filters(reading=FINAL))
    assert "Ik stond een jaar op de wachtlijst." not in [q.text for q in quotes]
    assert quotes.confidential_left_out == 1


@pytest.mark.parametrize("reading, wanted", [
    ("final", {"Interview Fatima": 2, "Interview Sanne": 2, "Interview Lotte": 2}),  # Mo: both chose "neither"
    ("all", {"Interview Fatima": 6, "Interview Mo": 2, "Interview Sanne": 2, "Interview Lotte": 3}),
    ("Bram", {"Interview Fatima": 2, "Interview Mo": 1, "Interview Lotte": 1}),
])
def test_codings_per_document_under_each_reading(project, study, reading, wanted):
    chosen = {"final": FINAL, "all": ALL}.get(reading) or coders_reading([study[reading]])
    names = {study[name]: name for name in ("Interview Fatima", "Interview Mo", "Interview Sanne", "Interview Lotte")}
    counts = document_coding_counts(project, Filters(reading=chosen))
    assert {names[d]: n for d, n in counts.items()} == wanted
    fatima = study["Interview Fatima"]
    assert document_coding_counts(project, Filters(reading=chosen), [fatima]) == {fatima: wanted["Interview Fatima"]}
