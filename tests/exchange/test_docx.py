"""The codebook as a Word appendix, read back with python-docx."""

import docx
import pytest

from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.exchange import DEFAULT_LABELS, write_codebook
from tests.exchange.test_validate import dutch_codebook

DUTCH_LABELS = {
    "title_fallback": "Codeboek",
    "inclusion": "Inclusiecriteria",
    "exclusion": "Exclusiecriteria",
    "example": "Voorbeeld",
    "category": "Categorie (groepeert codes; wordt zelf niet toegekend)",
    "valence": "Standaardvalentie",
    "promoting": "bevorderend",
    "hindering": "belemmerend",
}


def paragraphs(path):
    """(style, text) of every non-empty paragraph, in document order."""
    document = docx.Document(str(path))
    return [(p.style.name, p.text) for p in document.paragraphs if p.text]


def test_structure_in_order(tmp_path):
    path = tmp_path / "Bijlage codeboek.docx"
    write_codebook(dutch_codebook(), path)
    assert paragraphs(path) == [
        ("Title", "Factoren bij uitstroom uit de jeugdzorg"),
        ("Normal", "Codeboom van de studie, aangepast in 2024.\nVersie: “definitief”."),
        ("Heading 1", "1 Bevorderende factoren"),
        ("Normal", "Wat helpt bij een goede uitstroom."),
        ("Normal", "Category (groups codes; not applied itself)"),
        ("Heading 2", "1.1 Vroegsignalering"),
        ("Normal", "Problemen worden vroeg gezien en besproken."),
        ("Normal", "Ook: signalen van de wijkverpleegkundige."),
        ("Normal", "Inclusion criteria: Signalen van school, huisarts of wijkteam die tijdig "
                   "worden opgepakt."),
        ("Normal", "Exclusion criteria: Signalen die pas na een crisis worden opgemerkt."),
        ("Normal", "Example: \"De juf zag het meteen en belde mijn moeder.\""),
        ("Normal", "Default valence: promoting"),
        ("Heading 2", "1.2 Betrokkenheid van de jongere"),
        ("Normal", "De jongere beslist mee: 'het is mijn leven'."),
        ("Normal", "Default valence: promoting"),
        ("Heading 3", "1.2.1 Eigen regie: één plan"),
        ("Heading 1", "2 Belemmerende factoren"),
        ("Normal", "Category (groups codes; not applied itself)"),
        ("Heading 2", "2.1 Wachtlijsten"),
        ("Normal", "Example: Acht maanden wachten op een plek #2"),
        ("Normal", "Default valence: hindering"),
        ("Heading 2", "2.2 Wisselende hulpverleners"),
        ("Normal", "Inclusion criteria: - meer dan twee wisselingen per jaar\n"
                   "- ook tijdelijke vervanging"),
        ("Heading 1", "3 Nee"),
        ("Heading 1", "4 2024"),
    ]


def test_labels_bold_example_italic_category_note_italic(tmp_path):
    path = tmp_path / "b.docx"
    write_codebook(dutch_codebook(), path)
    document = docx.Document(str(path))
    by_text = {p.text: p for p in document.paragraphs}
    inclusion = by_text["Inclusion criteria: Signalen van school, huisarts of wijkteam die tijdig "
                        "worden opgepakt."]
    assert inclusion.runs[0].text == "Inclusion criteria: " and inclusion.runs[0].bold
    assert not inclusion.runs[1].bold and not inclusion.runs[1].italic
    example = by_text["Example: \"De juf zag het meteen en belde mijn moeder.\""]
    assert example.runs[0].bold and example.runs[1].italic
    assert all(run.italic for run in by_text["Category (groups codes; not applied itself)"].runs)
    assert document.core_properties.title == "Factoren bij uitstroom uit de jeugdzorg"


def test_dutch_labels_and_title_fallback(tmp_path):
    path = tmp_path / "bijlage.docx"
    codebook = dutch_codebook()
    codebook.name = ""
    write_codebook(codebook, path, labels=DUTCH_LABELS)
    texts = [text for _, text in paragraphs(path)]
    assert texts[0] == "Codeboek"
    assert "Categorie (groepeert codes; wordt zelf niet toegekend)" in texts
    assert "Inclusiecriteria: - meer dan twee wisselingen per jaar\n- ook tijdelijke vervanging" in texts
    assert "Voorbeeld: Acht maanden wachten op een plek #2" in texts
    assert "Standaardvalentie: bevorderend" in texts and "Standaardvalentie: belemmerend" in texts
    assert not any("Inclusion" in text or "Default valence" in text for text in texts)


def test_some_labels_only(tmp_path):
    path = tmp_path / "b.docx"
    write_codebook(Codebook(codes=[CodebookEntry(name="A", example="x", inclusion="y")]), path,
                   labels={"example": "Voorbeeld"})
    assert [text for _, text in paragraphs(path)] == [
        "Codebook", "1 A", "Inclusion criteria: y", "Voorbeeld: x"]


def test_default_labels_are_english_and_complete():
    assert set(DEFAULT_LABELS) == set(DUTCH_LABELS)
    assert DEFAULT_LABELS["category"] == "Category (groups codes; not applied itself)"


def test_deep_trees_stop_at_heading_4(tmp_path):
    entry = CodebookEntry(name="Niveau 6")
    for level in range(5, 0, -1):
        entry = CodebookEntry(name=f"Niveau {level}", children=[entry])
    path = tmp_path / "diep.docx"
    write_codebook(Codebook(name="Diep", codes=[entry]), path)
    assert paragraphs(path)[1:] == [
        ("Heading 1", "1 Niveau 1"), ("Heading 2", "1.1 Niveau 2"), ("Heading 3", "1.1.1 Niveau 3"),
        ("Heading 4", "1.1.1.1 Niveau 4"), ("Heading 4", "1.1.1.1.1 Niveau 5"),
        ("Heading 4", "1.1.1.1.1.1 Niveau 6"),
    ]


@pytest.mark.parametrize("text", ["ge\x02plakt", "tab\there", "a & <b>"])
def test_odd_characters_do_not_break_the_document(tmp_path, text):
    path = tmp_path / "raar.docx"
    write_codebook(Codebook(name=text, codes=[CodebookEntry(name="A", description=text)]), path)
    assert paragraphs(path)[0][1] == text.replace("\x02", "")
