"""`qdacoder words`, `kwic`, `stopwords` and `chart --type wordcloud` on the hand-counted
project of tests/analysis/test_words.py (its docstring has the counts)."""

import json
import zipfile

import openpyxl
import pytest

from qdacoder.core.project import Project

from ..analysis.test_words import build_words_study


@pytest.fixture
def study(tmp_path):
    path = tmp_path / "woorden.qdacoder"
    with Project.create(path) as p:
        build_words_study(p)
    return path


def test_words_json_gives_the_hand_counts(run, study):
    data = json.loads(run("words", study, "--respondents-only", "--json").output)
    assert (data["counted"], data["stop_words"], data["documents"], data["cases"]) == (28, 18, 3, 2)
    mentor = next(r for r in data["rows"] if r["word"] == "mentor")
    assert (mentor["count"], mentor["documents"], mentor["cases"]) == (3, 2, 1)
    assert data["filters"] == "No filters: all codings."


def test_words_filters_phrases_stems_and_top(run, study):
    parents = json.loads(run("words", study, "--role", "ouder", "--json").output)
    assert {r["word"]: r["count"] for r in parents["rows"]}["lang"] == 2 and parents["counted"] == 8
    coded = json.loads(run("words", study, "--code", "Wachten", "--json").output)
    assert {r["word"]: r["count"] for r in coded["rows"]} == {"wachten": 3, "wachtlijst": 1}
    phrases = json.loads(run("words", study, "--respondents-only", "--ngram", "2", "--top", "1", "--json").output)
    assert [(r["word"], r["count"]) for r in phrases["rows"]] == [("mentor helpt", 2)] and phrases["counted"] == 11
    stems = json.loads(run("words", study, "--respondents-only", "--stem", "--json").output)
    assert next(r for r in stems["rows"] if r["word"] == "wachten")["forms"] == ["wachten", "wacht"]


def test_words_compare_code_against_the_rest(run, study):
    data = json.loads(run("words", study, "--respondents-only", "--compare", "code:Wachten", "--json").output)
    assert [(g["name"], g["words"]) for g in data["groups"]] == [("Wachten", 4), ("the rest of the text", 24)]
    assert [(r["group"], r["word"], r["count"], r["other"], r["p"]) for r in data["rows"]] == [
        ("Wachten", "wachten", 3, 0, "p < 0.001")]
    assert data["rows"][0]["g2"] == pytest.approx(11.6755, abs=1e-4)  # 6 ln 7
    bad = run("words", study, "--compare", "colour", ok=False)
    assert bad.exit_code == 2 and "valence, role or code:PATH" in bad.output


def test_words_files_table_and_cloud(run, study, tmp_path):
    xlsx, svg, png = tmp_path / "woorden.xlsx", tmp_path / "wolk.svg", tmp_path / "wolk.png"
    result = run("words", study, "--respondents-only", "--xlsx", xlsx, "--svg", svg, "--png", png,
                 "--language", "nl")
    assert f"Wrote {xlsx}" in result.output and png.stat().st_size > 1000
    sheet = openpyxl.load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0].startswith("Woordfrequenties") or values[0][0].startswith("Word frequencies")
    header = values.index(next(r for r in values if r[1] in ("Count", "Aantal")))
    assert values[header + 1][:5] == ["lang", 3, 2, 1, round(100 * 3 / 28, 2)]
    text = svg.read_text(encoding="utf-8")
    assert "mentor" in text and "wachtlijst" in text


def test_no_listed_name_leaves_in_a_kwic_export(run, study, tmp_path):
    """The names filter covers these writers (issue 12's leak test will join them)."""
    docx, csv = tmp_path / "kwic.docx", tmp_path / "kwic.csv"
    run("kwic", study, "wacht", "--width", "3", "--docx", docx, "--csv", csv)
    with zipfile.ZipFile(docx) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    for text in (xml, csv.read_text(encoding="utf-8-sig")):
        assert "Sanne" not in text and "de wachtlijst. [naam jongere]" in text
    shown = json.loads(run("kwic", study, "wacht", "--width", "3", "--json").output)
    assert shown["lines"][0]["left"] == "de wachtlijst. Sanne"  # the researcher's own view


def test_kwic_json_sorts_and_codes_every_line(run, study):
    data = json.loads(run("kwic", study, "mentor", "--respondents-only", "--width", "2", "--sort", "left",
                          "--json").output)
    assert [line["left"] for line in data["lines"]] == ["De", "Noor: de", "week. De"]
    assert data["lines"][0]["role"] == "jeugdige" and data["lines"][0]["cases"] == ["Casus Noor"]
    coded = json.loads(run("kwic", study, "lang", "--respondents-only", "--code-with", "Steun", "--unit",
                           "sentence", "--json").output)
    assert coded["coded"] == 2  # Moeder's two hits lie in one sentence
    again = json.loads(run("kwic", study, "lang", "--respondents-only", "--code-with", "Steun", "--unit",
                           "sentence", "--json").output)
    assert again["coded"] == 0


def test_stopwords_commands(run, study):
    run("stopwords", "add", study, "Echt", "heel")
    run("stopwords", "remove", study, "de")
    data = json.loads(run("stopwords", "list", study, "--json").output)
    assert (data["languages"], data["added"], data["kept"]) == (["nl"], ["echt", "heel"], ["de"])
    words = {r["word"] for r in json.loads(run("words", study, "--json").output)["rows"]}
    assert "de" in words and "echt" not in words
    run("stopwords", "languages", study, "nl", "en")
    assert json.loads(run("stopwords", "list", study, "--json").output)["languages"] == ["en", "nl"]
    refused = run("stopwords", "add", study, " ", ok=False)
    assert refused.exit_code == 1 and "Give one or more words" in refused.output


def test_chart_wordcloud_in_the_codes_colour(run, study, tmp_path):
    with Project.open(study) as p:
        p.db.execute("UPDATE codes SET color = '#d55e00' WHERE name = 'Wachten'")
    svg = tmp_path / "wolk.svg"
    run("chart", study, svg, "--type", "wordcloud", "--code", "Wachten")
    text = svg.read_text(encoding="utf-8")
    assert "wachten" in text and "mentor" not in text
    assert "#d55e00" in text.lower()  # the most frequent word in the code's own colour
