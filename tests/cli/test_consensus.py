"""`qdacoder disagreements` and `qdacoder consensus` on the project of
tests/analysis/test_disagreements.py, through the real `qdacoder` command: the same list and
the same consensus codings as the window's review."""

import json

import pytest

from qdacoder.core.coders import find_coder
from qdacoder.core.project import Project

from ..analysis.test_disagreements import FATIMA, build_review, span


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "review.qdacoder"
    with Project.create(path) as p:
        build_review(p)
    return path


def consensus_spans(path):
    with Project.open(path) as p:
        coder = find_coder(p, "Consensus")
        return [] if coder is None else [(r["start"], r["end"]) for r in p.rows(
            'SELECT start, "end" FROM codings WHERE coder_id = ? ORDER BY start', [coder.id])]


def test_the_numbered_list_is_the_review_list(run, study):
    data = json.loads(run("disagreements", study, "--coders", "Anna,Bram", "--json").output)
    assert [(d["number"], d["kind"]) for d in data["disagreements"]] == [
        (1, "only_a"), (2, "different_code"), (3, "boundaries"), (4, "only_b")]
    assert data["disagreements"][1]["a"]["codes"] == ["Steun mentor"]
    assert data["disagreements"][1]["b"]["codes"] == ["Schoolwerk"]
    text = run("disagreements", study, "--coders", "Anna,Bram").output
    assert "  1  only coder A  Interview Fatima" in text and text.rstrip().endswith("4 disagreement(s)")
    assert "2 different boundaries" not in text


def test_agreed_codings_and_decisions_become_the_consensus(run, study):
    out = json.loads(run("consensus", study, "--coders", "Anna,Bram", "--agreed", "--choose", "1=a",
                         "--choose", "3=b", "--choose", "4=neither", "--json").output)
    assert out["agreed_copied"] == 1
    assert out["decided"] == {"1": {"choice": "a", "codings": 1}, "3": {"choice": "b", "codings": 1},
                              "4": {"choice": "neither", "codings": 0}}
    wanted = sorted([span(FATIMA, "Later kwam er eindelijk een plek bij de jeugdhulp"),  # Anna's agreement
                     span(FATIMA, "Fatima vertelt over de wachtlijst."),  # 1 = a
                     span(FATIMA, "Thuis was het onrustig na de scheiding.")])  # 3 = b (Bram's boundaries)
    assert consensus_spans(study) == wanted
    # again: nothing new
    again = json.loads(run("consensus", study, "--coders", "Anna,Bram", "--agreed", "--json").output)
    assert again["agreed_copied"] == 0 and consensus_spans(study) == wanted


@pytest.mark.parametrize("args, message", [
    (("--coders", "Anna"), "give two coders"),
    (("--coders", "Anna,Bram", "--choose", "9=a"), "N from 1 to 4"),
    (("--coders", "Anna,Bram", "--choose", "1=misschien"), "N=a, N=b"),
])
def test_usage_errors_change_nothing(run, study, args, message):
    result = run("consensus", study, *args, ok=False)
    assert result.exit_code == 2 and message in result.output
    assert consensus_spans(study) == []
