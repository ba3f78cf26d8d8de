"""`qdacoder agreement` on the hand-computed project of tests/analysis/test_agreement.py. The
command runs through the real `qdacoder` command (tests/conftest.py)."""

import json

import docx
import openpyxl
import pytest

from qdacoder.analysis.agreement import DOCUMENTS_ALL
from qdacoder.core.project import Project

from ..analysis.test_agreement import build_study


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "overeenstemming.qdacoder"
    with Project.create(path) as p:
        build_study(p)
    return path


@pytest.fixture
def agree(run):
    """``qdacoder agreement ...`` through the real command."""
    return lambda *args, **kw: run("agreement", *args, **kw)


def test_json_per_code_and_overall(agree, study):
    data = json.loads(agree(study, "--coders", "Anna,Bram", "--level", "occurrence", "--json").output)
    # every document counts (no assignments): Verslag too, where nobody found anything
    assert (data["level"], data["coders"], data["documents"]) == ("occurrence", ["Anna", "Bram"], 4)
    assert data["assigned"] is False and data["documents_rule"] == DOCUMENTS_ALL
    rows = {r["code"]: r for r in data["rows"]}
    assert rows["Wachtlijst"]["kappa"]["value"] == pytest.approx(0.5)
    assert rows["Wachtlijst"]["kappa"]["shown"] == "0.500" and rows["Wachtlijst"]["brennan_prediger"]["shown"] == "0.500"
    assert rows["Wachtlijst"]["kappa"]["band_label"] == "redelijk" and rows["Wachtlijst"]["n"] == 4
    assert rows["Wachtlijst"]["pairs"][0]["n"] == 4
    assert "Leeg" not in rows and data["unused_codes"] == ["Leeg"]
    assert data["overall"]["kappa"]["value"] == pytest.approx(7 / 15) and data["overall"]["n"] == 8
    assert [d["document"] for d in data["per_document"]][:2] == ["Interview Mo", "Veldnotitie"]
    included = json.loads(agree(study, "--coders", "Anna,Bram", "--include-unused", "--json").output)
    leeg = {r["code"]: r for r in included["rows"]}["Leeg"]
    assert leeg["kappa"] == {"value": None, "shown": None, "n": 4, "band": None, "band_label": None,
                             "reason": "no variation"}


def test_levels_threshold_codes_documents(agree, study):
    data = json.loads(agree(study, "--coders", "Anna,Bram", "--level", "overlap", "--threshold", "0.6",
                            "--codes", "Steun mentor", "--json").output)
    assert [r["code"] for r in data["rows"]] == ["Steun mentor"] and data["threshold"] == 0.6
    assert data["rows"][0]["percent"] == 50.0
    data = json.loads(agree(study, "--coders", "Anna,Bram", "--level", "character",
                            "--documents", "Interview Sanne", "--json").output)
    assert data["documents"] == 1 and data["rows"][0]["n"] == 100


def test_three_coders_text_and_files(agree, study, tmp_path):
    result = agree(study, "--coders", "Anna,Bram,Cees", "--docx", tmp_path / "a.docx", "--xlsx", tmp_path / "a.xlsx")
    assert "Kappa min" in result.output and "Overall" in result.output and "coders: Anna, Bram, Cees" in result.output
    assert DOCUMENTS_ALL in result.output and "Per pair of coders" in result.output
    assert "Anna – Bram" in result.output and "Per document, lowest agreement first" in result.output
    assert "Method" in result.output and "κₙ = (pₒ − 1/k) / (1 − 1/k)" in result.output
    assert docx.Document(tmp_path / "a.docx").tables[0].rows[1].cells[0].text == "Wachtlijst"
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").active["A3"].value == "Wachtlijst"
    dutch = agree(study, "--coders", "Anna,Bram,Cees", "--language", "nl").output
    assert "Totaal" in dutch and "Overall" not in dutch
    assert "Er zijn geen documenten aan deze codeurs toegewezen" in dutch


@pytest.mark.parametrize("args, message", [
    (("--coders", "Anna,Dirk"), "no coder named “Dirk”"),
    (("--coders", "Anna,Bram", "--codes", "Onbekend"), "no code named “Onbekend”"),
    (("--coders", "Anna,Bram", "--documents", "Interview Piet"), "no document named “Interview Piet”"),
])
def test_unknown_names_are_plain_errors(agree, study, args, message):
    result = agree(study, *args, ok=False)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_one_coder_is_a_usage_error(agree, study):
    assert agree(study, "--coders", "Anna", ok=False).exit_code == 2
