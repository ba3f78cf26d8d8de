"""Markdown becomes plain readable text."""

from qdacoder.importers import read_file
from qdacoder.importers.markdown import markdown_to_text


def test_headings_become_their_own_lines():
    assert markdown_to_text("# Interview\n## Deel 1 ##\nTekst") == "Interview\nDeel 1\nTekst"


def test_emphasis_is_removed_but_loose_stars_and_snake_case_stay():
    source = "Dit is **vet**, __ook vet__, *schuin* en _ook schuin_; 5 * 3 = 15, snake_case_naam."
    assert markdown_to_text(source) == (
        "Dit is vet, ook vet, schuin en ook schuin; 5 * 3 = 15, snake_case_naam."
    )


def test_lists_quotes_links_code_and_escapes():
    source = (
        "* appel\n+ peer\n- banaan\n1. eerst\n> citaat van moeder\n"
        "Zie [de website](https://example.org) en `code` en \\*geen nadruk\\*."
    )
    assert markdown_to_text(source) == (
        "- appel\n- peer\n- banaan\n1. eerst\ncitaat van moeder\n"
        "Zie de website en code en *geen nadruk*."
    )


def test_rules_fences_and_tables():
    source = (
        "Boven\n\n---\n\n```\n**blijft** zo\n```\n"
        "| Naam | Rol |\n|---|:---:|\n| Sanne | jongere |"
    )
    assert markdown_to_text(source) == "Boven\n\n\n\n**blijft** zo\nNaam | Rol\nSanne | jongere"


def test_md_file_gives_clean_text_and_turns(write):
    source = (
        "# Interview Sanne (fictief)\n\n"
        "**I:** Hoe is het plan *geëvalueerd*?\n\n"
        "**R:** Samen met de __jeugdconsulent__.\n\n"
        "**I:** En daarna?\n"
    )
    result = read_file(write("interview.md", source.encode("cp1252")))
    assert result.format == "md"
    assert result.text == (
        "Interview Sanne (fictief)\n\nI: Hoe is het plan geëvalueerd?\n\n"
        "R: Samen met de jeugdconsulent.\n\nI: En daarna?"
    )
    assert [t.speaker for t in result.turns] == ["I", "R", "I"]
    assert result.text[result.turns[1].content_start:result.turns[1].end] == (
        "Samen met de jeugdconsulent."
    )
