"""The coded document: a real project, a real .docx read back with python-docx and its XML."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from qdacoder.analysis.filters import Filters
from qdacoder.cli import cli
from qdacoder.core import codes, codings, documents, names, quotes
from qdacoder.core.coders import ensure_coder
from qdacoder.core.names import NameFilter, Placeholder
from qdacoder.core.project import Project
from qdacoder.reports.coded_document import case_documents, replace_names, shade, write_coded_document

TEXT = (
    "I: Hoe gaat het met Jayden?\n"
    "\n"
    "R: Jayden woont nu bij zijn oma. Het gaat goed op school.\n"
    "I: En thuis?\n"
    "R: Thuis is het rustig. Niemand mag weten dat mijn vader vastzit.\n"
)
SCHOOL = "Het gaat goed op school."
INNER = "goed op school"
SECRET = "Niemand mag weten dat mijn vader vastzit."


def _turns(text: str):
    from qdacoder.importers.turns import find_turns  # as the importers find them

    return find_turns(text)


@pytest.fixture()
def study(tmp_path):
    return build(tmp_path / "studie.qdacoder")


def build(path):
    """The study: one interview with a listed name, overlapping codings of two coders, a
    confidential coding; and a field note in the same case. (path, interview id, coding ids)"""
    with Project.create(path) as p:
        names.add_placeholder(p, "Jayden", "[naam jongere]", category="person")
        anna, bram = ensure_coder(p, "Anna de Vries").id, ensure_coder(p, "Bram Jansen").id
        doc = documents.import_document(p, name="Interview Jayden", text=TEXT, source_name="i.txt",
                                        kind="transcript", case_name="Casus A", turns=_turns(TEXT)).result
        documents.import_document(p, name="Notitie", text="Overleg met school.\n", source_name="n.txt",
                                  kind="fieldnote", case_name="Casus A")
        outer = codes.add_code(p, "Bevorderend", color="#009E73").result
        inner = codes.add_code(p, "School", parent_id=outer, color="#0072B2").result
        secret = codes.add_code(p, "Gezin", color="#D55E00").result

        def add(code, words, coder, **more):
            start = TEXT.index(words)
            return codings.add_coding(p, document_id=doc, code_id=code, start=start, end=start + len(words),
                                      coder_id=coder, **more).result

        ids = {
            "outer": add(outer, SCHOOL, anna, valence="promoting", memo="Zegt Jayden zelf."),
            "inner": add(inner, INNER, bram),
            # starts inside the name: "yden woont"
            "name": add(secret, "yden woont nu bij zijn oma.", anna, valence="hindering"),
            "secret": add(secret, SECRET, anna, memo="Vader zit vast."),
        }
        quotes.set_starred(p, [ids["outer"]])
        quotes.set_confidential(p, [ids["secret"]])
    return path, doc, ids


def comment_ranges(word) -> dict[str, str]:
    """Comment id -> the text between its range start and end, read from the body XML."""
    open_ids: set[str] = set()
    found: dict[str, str] = {}
    for element in word.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            found.setdefault(element.get(qn("w:id")), "")
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for key in open_ids:
                found[key] += element.text or ""
    return found


def run_fill(run) -> str | None:
    shading = run._r.find(f"{qn('w:rPr')}/{qn('w:shd')}")
    return None if shading is None else shading.get(qn("w:fill"))


def test_every_coding_is_a_comment_on_its_passage_in_the_codes_colour(study, tmp_path):
    path, doc, _ids = study
    out = tmp_path / "gecodeerd.docx"
    with Project.open(path) as p:
        assert write_coded_document(p, out, [doc]) == 4
    word = docx.Document(out)
    comments = {c.comment_id: c for c in word.comments}
    assert len(comments) == 4
    ranges = comment_ranges(word)
    by_path = {c.paragraphs[0].text: (c, ranges[str(c.comment_id)]) for c in comments.values()}
    outer, passage = by_path["Bevorderend"]
    assert passage == SCHOOL and outer.author == "Anna de Vries" and outer.initials == "AdV"
    assert outer.text.splitlines()[1:] == ["promoting · ★ starred", "Zegt [naam jongere] zelf."]
    with Project.open(path) as p:  # dated when the coding was made
        made = p.rows("SELECT created_at FROM codings WHERE memo = 'Zegt Jayden zelf.'")[0]["created_at"]
    assert outer.timestamp.replace(tzinfo=None).isoformat() == made[:19]
    inner, passage = by_path["Bevorderend/School"]
    assert passage == INNER and inner.author == "Bram Jansen"
    # the innermost coding gives the colour where two overlap, the outer one the rest
    fills = {run.text: run_fill(run) for paragraph in word.paragraphs for run in paragraph.runs}
    assert fills[INNER] == shade("#0072B2") == "8CC0DC"  # 55 % white: 0x00 + 0.55 * 255 = 0x8C
    assert fills["Het gaat "] == fills["."] == shade("#009E73")
    assert fills["Thuis is het rustig. "] is None
    # speaker turns are paragraphs, the speaker in bold; the blank line between turns is left out
    body = [p for p in word.paragraphs if p.text.startswith(("I:", "R:"))]
    assert [p.text[:2] for p in body] == ["I:", "R:", "I:", "R:"]
    assert body[0].runs[0].text == "I: " and body[0].runs[0].bold
    # the table up front: the codes shown with their counts
    table = word.tables[0]
    assert [[c.text for c in row.cells][1:] for row in table.rows] == [
        ["Code", "Codings"], ["Bevorderend", "1"], ["Bevorderend/School", "1"], ["Gezin", "2"]]


def test_names_are_replaced_before_the_text_is_cut(study, tmp_path):
    """A coding starting inside "Jayden" takes the whole placeholder: the name is never split
    over runs (which would leave the last-moment filter only the choice to merge them)."""
    path, doc, _ids = study
    out = tmp_path / "gecodeerd.docx"
    with Project.open(path) as p:
        write_coded_document(p, out, [doc])
    word = docx.Document(out)
    runs = [run.text for paragraph in word.paragraphs for run in paragraph.runs]
    assert "[naam jongere] woont nu bij zijn oma." in runs
    assert all("Jayden" not in text and "yden" not in text for text in runs)
    ranges = comment_ranges(word)
    assert "[naam jongere] woont nu bij zijn oma." in ranges.values()
    assert word.paragraphs[0].text == "Interview [naam jongere]"


def test_confidential_text_is_masked_and_its_memo_stays_home(study, tmp_path):
    path, doc, _ids = study
    out = tmp_path / "gecodeerd.docx"
    with Project.open(path) as p:
        write_coded_document(p, out, [doc])
    word = docx.Document(out)
    text = "\n".join(p.text for p in word.paragraphs)
    assert "vastzit" not in text and "█" * 10 in text
    secret = [c for c in word.comments if "confidential" in c.text]
    assert len(secret) == 1 and "Vader" not in secret[0].text


def test_filters_choose_the_codings(study, tmp_path):
    path, doc, _ids = study
    out = tmp_path / "bram.docx"
    with Project.open(path) as p:
        bram = ensure_coder(p, "Bram Jansen").id
        assert write_coded_document(p, out, [doc], filters=Filters(coder_ids=frozenset([bram]))) == 1
        assert write_coded_document(p, out, [doc], filters=Filters(valences=frozenset(["hindering"]))) == 1
    assert [c.author for c in docx.Document(out).comments] == ["Anna de Vries"]


def test_a_case_is_one_file_with_a_section_per_document_and_line_numbers(study, tmp_path):
    path, _doc, _ids = study
    out = tmp_path / "casus.docx"
    with Project.open(path) as p:
        case_id = p.rows("SELECT id FROM cases WHERE name = 'Casus A'")[0]["id"]
        ids = case_documents(p, case_id)
        write_coded_document(p, out, ids, line_numbers=True, case_name="Casus A")
    word = docx.Document(out)
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == ["Interview [naam jongere]", "Notitie"]
    assert len(word.sections) == 2
    for section in word.sections:
        numbering = section._sectPr.find(qn("w:lnNumType"))
        assert numbering is not None and numbering.get(qn("w:restart")) == "newSection"
    headings = [p for p in word.paragraphs if p.style.name == "Heading 1"]
    assert all(p._p.pPr.find(qn("w:suppressLineNumbers")) is not None for p in headings)


def test_no_line_numbers_unless_asked(study, tmp_path):
    path, doc, _ids = study
    out = tmp_path / "kaal.docx"
    with Project.open(path) as p:
        write_coded_document(p, out, [doc])
    assert docx.Document(out).sections[0]._sectPr.find(qn("w:lnNumType")) is None


def test_positions_move_onto_the_placeholders():
    text, move = replace_names("Jan en Jayden zijn hier.", NameFilter([Placeholder(1, "Jayden", "[jongere]")]))
    assert text == "Jan en [jongere] zijn hier."
    assert move(0, False) == 0 and move(7, False) == 7  # before and at the name
    assert move(9, False) == 7 and move(9, True) == 16  # inside it: its placeholder's start or end
    assert move(13, True) == 16 and move(18, False) == 21  # after it: shifted by the difference


def test_command_line(study, tmp_path):
    path, _doc, _ids = study
    out = tmp_path / "cli.docx"
    result = CliRunner().invoke(cli, ["export", str(path), str(out), "--what", "coded-document",
                                      "--document", "Interview Jayden", "--coder", "Anna de Vries", "--json"])
    assert result.exit_code == 0, result.output
    assert '"codings": 3' in result.output
    assert len(list(docx.Document(out).comments)) == 3
    result = CliRunner().invoke(cli, ["export", str(path), str(tmp_path / "x.docx"), "--what", "coded-document"])
    assert result.exit_code != 0 and "--document NAME" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.docx").exists()
    result = CliRunner().invoke(cli, ["export", str(path), str(tmp_path / "x.pdf"), "--what", "coded-document",
                                      "--case", "Casus A"])
    assert result.exit_code != 0 and "x.pdf" in result.output
