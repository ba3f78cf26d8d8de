"""Quote exports, opened again: each starred quote once, with the right attribution, the
fallback marked, the placeholders replaced, optionally split by valence."""

import csv

import docx
import openpyxl
import pytest

from qdacoder.core.errors import ValidationError
from qdacoder.core import quotes as core_quotes
from qdacoder.core.codes import find_code_by_path
from qdacoder.core.codings import set_coding_memo
from qdacoder.reports.quotes import attribution, collect_quotes, write_quotes, write_quotes_docx
from qdacoder.core.names import name_filter
from tests.core.test_quotes import build_study

DUTCH = {"field note": "veldnotitie", "promoting": "bevorderend", "hindering": "belemmerend",
         "no valence": "geen valentie", "{document}, chars {start}–{end}": "{document}, tekens {start}–{end}",
         "respondent unknown: attributed to the document kind": "respondent onbekend: toegeschreven aan het soort document"}


def nl(text):
    return DUTCH.get(text, text)


MENTOR = "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” (jeugdige)"
ALONE = "“Mijn moeder [naam ouder] werkte veel, dus ik stond er alleen voor.” (jeugdige)"
SCHOOL = "“de mentor van [naam jongere] elke week belt” (veldnotitie)"


@pytest.fixture
def study(project, coder):
    study = build_study(project, coder)
    set_coding_memo(project, study.ids.mentor, "<b>Sanne</b> zegt dit vaker")
    return study


def names_left(texts):
    return [t for t in texts if any(n in t for n in ("Sanne", "Ria ", "Vuurtoren"))]


def test_collect_in_codebook_then_reading_order(project, study):
    found = collect_quotes(project, translate=nl)
    written = name_filter(project)  # the quotes hold the project's names; a writer replaces the listed ones
    assert [written(q.line) for q in found] == [MENTOR, SCHOOL, ALONE]
    assert "Sanne" in found[0].line  # looked up and attributed under the real names
    assert [q.code_path for q in found] == ["Steun/Mentor", "Steun/Mentor", "Thuis"]
    assert [q.attribution for q in found] == ["(jeugdige)", "(veldnotitie)", "(jeugdige)"]
    assert [q.fallback for q in found] == [False, True, False]
    assert found[1].note == "respondent onbekend: toegeschreven aan het soort document" and found[0].note == ""
    assert dict(found[0].attributes) == {"Leeftijd": "16", "Gemeente": "Dijkhoven"}
    assert name_filter(project)(found[0].memo) == "<b>[naam jongere]</b> zegt dit vaker"
    everything = collect_quotes(project, starred_only=False)
    assert [q.code_path for q in everything] == ["Steun/Mentor", "Steun/Mentor", "Steun/School", "Thuis"]
    assert [q.starred for q in everything] == [True, True, False, True]
    thuis = find_code_by_path(project, "Thuis").id
    assert [written(q.line) for q in collect_quotes(project, code_ids=[thuis])] == [ALONE]


def test_templates_with_attributes(project, study):
    core_quotes.set_template(project, "“{text}” - {role}, {Leeftijd} jaar")
    found = collect_quotes(project, translate=nl)
    assert name_filter(project)(found[0].line) == "“[naam jongere] en ik kregen eindelijk een mentor die echt luisterde.” - jeugdige, 16 jaar"
    assert found[0].attribution == "- jeugdige, 16 jaar"
    assert name_filter(project)(found[1].line) == SCHOOL  # respondent unknown: the kind, not a guessed role
    core_quotes.set_template(project, "‘{text}’ (Respondent {gemeente})")
    assert name_filter(project)(collect_quotes(project)[2].line) == "‘Mijn moeder [naam ouder] werkte veel, dus ik stond er alleen voor.’ (Respondent Dijkhoven)"
    assert attribution("“{text}” - {role}, {age} jaar", "Ja.", {"role": "ouder"}, unknown="onbekend") == (
        "“Ja.” - ouder, onbekend jaar", "- ouder, onbekend jaar")


def test_word_by_code_with_sources(project, study, tmp_path):
    path = tmp_path / "citaten.docx"
    write_quotes_docx(collect_quotes(project, translate=nl), path, names=name_filter(project), sources=True, title="Citaten", translate=nl)
    document = docx.Document(path)
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    quoted = [text for style, text in paragraphs if style == "Quote"]
    assert quoted == [MENTOR, SCHOOL, ALONE]
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    assert headings == [("Heading 1", "Citaten"), ("Heading 2", "Steun/Mentor"), ("Heading 2", "Thuis")]
    texts = [text for _, text in paragraphs]
    school = study.texts.school
    start = project.scalar("SELECT start FROM codings WHERE id = ?", [study.ids.school])
    assert texts[texts.index(SCHOOL) + 1] == (f"Veldnotitie school, tekens {start}–{start + len(school)}; "
                                              "respondent onbekend: toegeschreven aan het soort document")
    assert texts[texts.index(MENTOR) + 1].startswith("Interview jeugdige 7, tekens ")
    assert names_left(texts) == []


def test_word_split_by_valence_without_sources(project, study, tmp_path):
    path = tmp_path / "citaten.docx"
    write_quotes(collect_quotes(project, starred_only=False, translate=nl), path, names=name_filter(project), by_valence=True, translate=nl)
    paragraphs = [(p.style.name, p.text) for p in docx.Document(path).paragraphs]
    assert [(s, t) for s, t in paragraphs if s != "Normal"] == [
        ("Heading 1", "Quotes"),
        ("Heading 2", "Steun/Mentor"), ("Heading 3", "bevorderend"), ("Quote", MENTOR), ("Quote", SCHOOL),
        ("Heading 2", "Steun/School"), ("Heading 3", "geen valentie"),
        ("Quote", "“een mentor” (jeugdige)"),
        ("Heading 2", "Thuis"), ("Heading 3", "belemmerend"), ("Quote", ALONE)]
    assert all(s != "Normal" for s, _ in paragraphs)  # no source lines


def test_excel_csv_and_html_have_every_field(project, study, tmp_path):
    found = collect_quotes(project, translate=nl)
    write_quotes(found, tmp_path / "citaten.xlsx", names=name_filter(project), translate=nl)
    rows = [list(r) for r in openpyxl.load_workbook(tmp_path / "citaten.xlsx").active.iter_rows(values_only=True)]
    header = rows[0]
    assert header[:5] == ["Code", "Quote", "Text", "Attribution", "Note"]
    for column in ("Document", "Kind", "Start", "End", "Case", "Speaker", "Respondent", "Role", "Leeftijd",
                   "Gemeente", "Coder", "Valence", "Memo", "Starred"):
        assert column in header
    table = [dict(zip(header, r)) for r in rows[1:]]
    assert [r["Quote"] for r in table] == [MENTOR, SCHOOL, ALONE]
    assert table[0]["Leeftijd"] == "16" and table[0]["Gemeente"] == "Dijkhoven" and table[0]["Role"] == "jeugdige"
    assert table[0]["Case"] == "Casus 7" and table[0]["Speaker"] == "R" and table[0]["Valence"] == "bevorderend"
    assert table[1]["Note"].startswith("respondent onbekend") and table[1]["Kind"] == "veldnotitie"
    assert table[1]["Respondent"] is None and table[1]["Start"] == found[1].start
    assert names_left([str(v) for r in rows for v in r if v is not None]) == []

    write_quotes(found, tmp_path / "citaten.csv", names=name_filter(project))
    with open(tmp_path / "citaten.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert [r[1] for r in lines[1:]] == [MENTOR, SCHOOL, ALONE]
    assert names_left([v for r in lines for v in r]) == []

    write_quotes(found, tmp_path / "citaten.html", names=name_filter(project))
    page = (tmp_path / "citaten.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;[naam jongere]&lt;/b&gt; zegt dit vaker" in page and "<b>" not in page
    assert page.count(MENTOR) == 1 and "Sanne" not in page


def test_excel_and_csv_keep_a_memo_that_looks_like_a_formula_as_text(project, study, tmp_path):
    set_coding_memo(project, study.ids.mentor, "=dat vond ik raar")
    found = collect_quotes(project, translate=nl)
    write_quotes(found, tmp_path / "citaten.xlsx", names=name_filter(project), translate=nl)
    sheet = openpyxl.load_workbook(tmp_path / "citaten.xlsx").active
    memo = [c.value for c in sheet[1]].index("Memo") + 1
    assert sheet.cell(row=2, column=memo).value == "=dat vond ik raar"
    assert [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []

    write_quotes(found, tmp_path / "citaten.csv", names=name_filter(project))
    with open(tmp_path / "citaten.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[1][lines[0].index("Memo")] == "'=dat vond ik raar"
    assert not [v for r in lines for v in r if v[:1] in ("=", "+", "-", "@")]


@pytest.mark.parametrize("template, fields, expected", [
    # the seed reports' house styles
    ("“{text}” (Respondent {gemeente})", {"gemeente": "Hilversum"}, "“Ja.” (Respondent Hilversum)"),
    ("‘{text}’ ({role} {organisatie})", {"role": "professional", "organisatie": "JeugdzorgPlus"},
     "‘Ja.’ (professional JeugdzorgPlus)"),
    ("“{text}” ({role})", {"role": "Gezagdrager"}, "“Ja.” (Gezagdrager)"),  # the role as the project writes it
    ("“{text}” - {role}[, {leeftijd} jaar]", {"role": "pleegouder"}, "“Ja.” - pleegouder"),  # no "unknown jaar"
    ("“{text}” - {role}[, {leeftijd} jaar]", {"role": "jeugdige", "leeftijd": "16"}, "“Ja.” - jeugdige, 16 jaar"),
    ("“{text}” ({role}[ uit {gemeente}][, {leeftijd}])", {"role": "ouder", "leeftijd": "41"}, "“Ja.” (ouder, 41)"),
    ("“{text}” [zonder veld] ({role})", {"role": "ouder"}, "“Ja.” [zonder veld] (ouder)"),  # brackets without a field stay
])
def test_optional_parts_and_house_styles(template, fields, expected):
    assert attribution(template, "Ja.", fields, unknown="onbekend")[0] == expected


def test_roles_as_the_project_writes_them(project):
    from qdacoder.core.respondents import ROLES, project_roles, set_project_roles

    assert project_roles(project) == list(ROLES)
    assert set_project_roles(project, [" Gezagdrager", "jeugdprofessional", "Gezagdrager", ""]) == [
        "Gezagdrager", "jeugdprofessional"]
    assert project_roles(project) == ["Gezagdrager", "jeugdprofessional"]
    with pytest.raises(ValidationError):
        set_project_roles(project, [" ", ""])
