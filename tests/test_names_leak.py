"""The standing names leak test: no listed name ever leaves the project in a file.

A fictional study seeds the listed names everywhere a name can hide (document name, case,
respondent label and role, speaker label, code name and description, memos, attribute values,
an event label, the passages, a title given on the command line), then every export command
writes every kind of file it can, and every file is scanned: the text of every XML part inside
.docx/.xlsx (document properties included, and the joined text, so a name split over runs is
seen too), SVG text, CSV and HTML. Zero occurrences.

Every feature that adds a writer joins this test: add its command (or window action) to
``EXPORTS`` or to the window test below, so the files it writes are scanned too.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from qdacoder.cli import cli
from qdacoder.core import attributes, cases, codes, codings, documents, events, memos, names, quotes, respondents
from qdacoder.core.coders import ensure_coder
from qdacoder.core.project import Project

LISTED = [  # (name, placeholder, category); none is part of a word qdacoder writes itself
    ("Jayden", "[naam jongere]", "person"),
    ("Mirjam Oostveld", "[naam mentor]", "person"),
    ("Dijkhoven", "[gemeente]", "place"),
    ("De Klimop", "[school]", "institution"),
]
FORMS = ["Jayden", "JAYDEN", "Mirjam Oostveld", "Dijkhoven", "De Klimop"]  # what must not appear anywhere
INTERVIEW = (
    "I: Hoe gaat het nu met Jayden?\n"
    "Mirjam Oostveld: Jayden woont sinds kort in Dijkhoven. Jaydens moeder belt mij elke week.\n"
    "I: En op school?\n"
    "Mirjam Oostveld: Op De Klimop gaat het beter. JAYDEN zegt zelf dat hij er graag is.\n"
)
FIELDNOTE = "Overleg op De Klimop over Jayden.\nDe mentor (Mirjam Oostveld) vertelt dat Jayden's rooster klopt.\n"


def build(folder: Path) -> Path:
    """The study, built through the core as the window would."""
    path = folder / "lek.qdacoder"
    source = folder / "interview_Jayden.txt"
    source.write_text(INTERVIEW, encoding="utf-8")
    with Project.create(path) as p:
        for name, placeholder, category in LISTED:
            names.add_placeholder(p, name, placeholder, category=category)
        anna, bram = ensure_coder(p, "Anna de Vries").id, ensure_coder(p, "Bram Jansen").id
        interview = documents.import_document(
            p, name="interview_Jayden", text=INTERVIEW, source_name=source.name, kind="transcript",
            case_name="Casus Jayden", turns=_turns(INTERVIEW)).result
        note = documents.import_document(p, name="Verslag De Klimop", text=FIELDNOTE, source_name="Verslag De Klimop.docx",
                                         kind="fieldnote", case_name="Casus Jayden").result
        case = cases.find_case(p, "Casus Jayden").id
        mentor = respondents.add_respondent(p, case_id=case, label="Mirjam Oostveld", role="mentor op De Klimop").result
        respondents.link_speaker(p, interview, "Mirjam Oostveld", mentor)
        for target, owner in (("case", case), ("document", interview), ("respondent", mentor)):
            variable = attributes.add_variable(p, target=target, name="woonplaats", type="text").result
            attributes.set_values(p, [(owner, variable, "Dijkhoven")])
        parent = codes.add_code(p, "Bevorderend").result
        support = codes.add_code(p, "Steun van Mirjam Oostveld", parent_id=parent,
                                 description="Wat Mirjam Oostveld voor Jayden doet.").result
        school = codes.add_code(p, "De Klimop", parent_id=parent).result
        ids = []
        for coder in (anna, bram):
            for code, words in ((support, "Jaydens moeder belt mij elke week."),
                                (school, "Op De Klimop gaat het beter.")):
                start = INTERVIEW.index(words)
                ids.append(codings.add_coding(p, document_id=interview, code_id=code, start=start,
                                              end=start + len(words), coder_id=coder).result)
        words = "Overleg op De Klimop over Jayden."
        start = FIELDNOTE.index(words)
        ids.append(codings.add_coding(p, document_id=note, code_id=school, start=start, end=start + len(words),
                                      coder_id=anna).result)
        quotes.set_starred(p, ids)
        codings.set_coding_memo(p, ids[0], "Mirjam Oostveld zegt dit vaker over Jayden.")
        memos.add_memo(p, target="code", target_id=support, title="Jayden", text="Jayden in Dijkhoven.",
                       author="Anna de Vries")
        events.add_event(p, case_id=case, lane="wonen", start="2024", label="Verhuizing naar Dijkhoven",
                         provider="De Klimop", memo="Jayden verhuisde.")
        quotes.set_template(p, "“{text}” ({role}, {woonplaats})")
    return path


def _turns(text: str):
    from qdacoder.importers.turns import find_turns

    return find_turns(text)


EXPORTS = [  # (arguments after the command's PROJECT, the files they write)
    ("export {p} {o}/citaten.docx --what quotes", ["citaten.docx"]),
    ("export {p} {o}/citaten.xlsx --what quotes", ["citaten.xlsx"]),
    ("export {p} {o}/citaten.csv --what quotes", ["citaten.csv"]),
    ("export {p} {o}/citaten.html --what quotes", ["citaten.html"]),
    ("export {p} {o}/tellingen.docx --what counts", ["tellingen.docx"]),
    ("export {p} {o}/tellingen.xlsx --what counts", ["tellingen.xlsx"]),
    ("export {p} {o}/tellingen.csv --what counts", ["tellingen.csv"]),
    ("export {p} {o}/rapport.docx --what report", ["rapport.docx"]),
    ("export {p} {o}/rapport-nl.docx --what report --language nl", ["rapport-nl.docx"]),
    ("quotes {p} {o}/titel.docx --title Citaten_over_Jayden --sources", ["titel.docx"]),
    ("quotes {p} {o}/titel.html --title Citaten_over_Jayden", ["titel.html"]),
    ("stats {p} --docx {o}/stats.docx --xlsx {o}/stats.xlsx --csv {o}/stats.csv --by cases",
     ["stats.docx", "stats.xlsx", "stats.csv"]),
    ("matrix {p} --columns cases --docx {o}/mc.docx --xlsx {o}/mc.xlsx --csv {o}/mc.csv --png {o}/mc.png "
     "--svg {o}/mc.svg", ["mc.docx", "mc.xlsx", "mc.csv", "mc.png", "mc.svg"]),
    ("matrix {p} --columns documents --docx {o}/md.docx --xlsx {o}/md.xlsx --svg {o}/md.svg",
     ["md.docx", "md.xlsx", "md.svg"]),
    ("matrix {p} --columns attribute:woonplaats --docx {o}/ma.docx --xlsx {o}/ma.xlsx --svg {o}/ma.svg",
     ["ma.docx", "ma.xlsx", "ma.svg"]),
    ("cooccurrence {p} --scope document --docx {o}/co.docx --xlsx {o}/co.xlsx --csv {o}/co.csv",
     ["co.docx", "co.xlsx", "co.csv"]),
    ("chart {p} {o}/freq.svg --type frequencies", ["freq.svg"]),
    ("chart {p} {o}/heat.svg --type matrix --columns documents", ["heat.svg"]),
    ("agreement {p} --coders Anna_de_Vries,Bram_Jansen --docx {o}/kappa.docx --xlsx {o}/kappa.xlsx",
     ["kappa.docx", "kappa.xlsx"]),
    ("summary {p} --for case --docx {o}/sc.docx --xlsx {o}/sc.xlsx", ["sc.docx", "sc.xlsx"]),
    ("summary {p} --for document --docx {o}/sd.docx --xlsx {o}/sd.xlsx", ["sd.docx", "sd.xlsx"]),
    ("summary {p} --for respondent --docx {o}/sr.docx --xlsx {o}/sr.xlsx", ["sr.docx", "sr.xlsx"]),
    ("timeline export {p} Casus_Jayden {o}/tijdlijn.svg", ["tijdlijn.svg"]),
    ("words {p} --docx {o}/w.docx --xlsx {o}/w.xlsx --csv {o}/w.csv --svg {o}/w.svg", ["w.docx", "w.xlsx", "w.csv", "w.svg"]),
    ("words {p} --ngram 2 --docx {o}/wd.docx --svg {o}/wd.svg", ["wd.docx", "wd.svg"]),
    ("kwic {p} moeder --docx {o}/k.docx --xlsx {o}/k.xlsx --csv {o}/k.csv", ["k.docx", "k.xlsx", "k.csv"]),
    ("chart {p} {o}/wolk.svg --type wordcloud", ["wolk.svg"]),
    ("export {p} {o}/gecodeerd.docx --what coded-document --case Casus_Jayden --line-numbers", ["gecodeerd.docx"]),
    ("export {p} {o}/gecodeerd-1.docx --what coded-document --document interview_Jayden --coder Anna_de_Vries",
     ["gecodeerd-1.docx"]),
    ("saturation {p} --base 1 --run 1 --docx {o}/s.docx --xlsx {o}/s.xlsx --csv {o}/s.csv --svg {o}/s.svg "
     "--report {o}/s-rapport.docx", ["s.docx", "s.xlsx", "s.csv", "s.svg", "s-rapport.docx"]),
    ("copy {p} {o}/gedeeld.qdacoder --pseudonymised", ["gedeeld.qdacoder"]),
    ("qdpx export {p} {o}/gedeeld.qdpx --pseudonymised", ["gedeeld.qdpx"]),
]


def texts_of(path: Path) -> list[str]:
    """Every text a reader of the file could see or find, as strings to scan."""
    data = path.read_bytes()
    if path.suffix in (".docx", ".xlsx"):
        found = []
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                content = archive.read(member)
                if member.endswith((".xml", ".rels")):
                    xml = content.decode("utf-8")
                    found += [xml, re.sub(r"<[^>]+>", "", xml)]  # the raw XML, and its joined text
        return found
    if path.suffix == ".qdpx":  # every part of the archive: the project XML and the sources' texts
        with zipfile.ZipFile(path) as archive:
            return [archive.read(member).decode("utf-8") for member in archive.namelist()]
    if path.suffix == ".qdacoder":  # every byte of the database file, its free pages and search index too
        return [data.decode("utf-8", errors="replace")]
    if path.suffix == ".png":
        return [data.decode("latin-1")]  # PNG text chunks (metadata); the drawn text is the SVG's
    return [data.decode("utf-8-sig")]


def leaks(path: Path) -> list[str]:
    return [form for text in texts_of(path) for form in FORMS if form in text]


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    return build(tmp_path_factory.mktemp("lek"))


@pytest.mark.parametrize("command, files", EXPORTS, ids=[c.split()[0] + ":" + f[0] for c, f in EXPORTS])
def test_no_listed_name_in_any_exported_file(study, tmp_path, command, files):
    arguments = [a.replace("_", " ") if a.startswith(("Anna_", "Casus_", "Citaten_")) else a
                 for a in command.format(p=study, o=tmp_path).split()]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 0, result.output
    for name in files:
        written = tmp_path / name
        assert written.stat().st_size > 0
        assert leaks(written) == [], f"{name} leaks"


def test_the_study_really_holds_the_names(study, tmp_path):
    """Without the list, the same exports do show the names: the scan can see them."""
    copy = tmp_path / "zonder.qdacoder"
    copy.write_bytes(study.read_bytes())
    with Project.open(copy) as p:
        for entry in names.list_placeholders(p):
            names.delete_placeholder(p, entry.id)
    checked = [e for e in EXPORTS if e[0].startswith(("export {p} {o}/citaten.docx", "stats", "matrix {p} --columns cases",
                                                      "timeline"))]
    assert len(checked) == 4
    for command, files in checked:
        arguments = [a.replace("_", " ") if a.startswith(("Anna_", "Casus_", "Citaten_")) else a
                     for a in command.format(p=copy, o=tmp_path).split()]
        assert CliRunner().invoke(cli, arguments).exit_code == 0
        assert all(leaks(tmp_path / name) for name in files if not name.endswith(".png")), command


def test_every_writer_is_in_the_list():
    """Each command with a file option or argument is exercised above."""
    exercised = {c.split()[0] if c.split()[0] != "timeline" else "timeline export" for c, _ in EXPORTS}
    assert exercised >= {"export", "quotes", "stats", "matrix", "cooccurrence", "chart", "agreement", "summary",
                         "timeline export", "words", "kwic", "saturation", "copy", "qdpx"}


def test_a_case_named_after_a_listed_name_keeps_its_attributes(study, tmp_path):
    """Names are replaced after the look-ups: the case "Casus Jayden" is found under its own name,
    so the attribution has its attribute (woonplaats), which the file then shows as its placeholder."""
    from qdacoder.reports.quotes import collect_quotes

    with Project.open(study) as p:
        found = collect_quotes(p)
    assert all("Dijkhoven" in q.attribution for q in found if not q.fallback)
    result = CliRunner().invoke(cli, ["quotes", str(study), str(tmp_path / "q.csv")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    attributed = [line for line in text.splitlines() if "mentor op" in line]
    assert attributed and all("(mentor op [school], [gemeente])" in line and "unknown" not in line for line in attributed)
