"""Speaker turns in Dutch transcripts (all people fictional)."""

import pytest

from qdacoder.importers import Turn, find_turns

TRANSCRIPT_IR = """Interview 3 – moeder van Sanne (fictief)

I: Hoe gaat het nu thuis?
R: Beter. Sinds de jeugdconsulent langskomt
is er meer rust.

I: Wat werkt er goed?
R: Dat ze luistert.
"""

TRANSCRIPT_TIMESTAMPS = """[00:00:05] Interviewer: Welkom. Zullen we beginnen?
[00:00:09] Moeder: Ja hoor.
(00:01) Interviewer: Hoe was de eerste afspraak?
00:01:30 Moeder: Spannend.
  Maar het viel mee.
00:02:10 Vader: Ik was er niet bij.
"""

FIELD_NOTE = """Datum: 12 maart 2024
Aanwezig: jeugdconsulent, gedragswetenschapper, moeder
Locatie: wijkteam Noord

10:30: start van het overleg.
De moeder vertelt dat het beter gaat. Ze zei: het is rustiger thuis.
"""


def spoken(text: str, turn: Turn) -> str:
    return text[turn.content_start:turn.end]


def check_invariants(text: str, turns: tuple[Turn, ...]) -> None:
    for turn in turns:
        assert 0 <= turn.start < turn.content_start <= turn.end <= len(text)
        assert not text[turn.start].isspace()
        line = text[turn.start:turn.content_start]
        assert f"{turn.speaker}:" in line
        assert not text[turn.end - 1].isspace()
    for first, second in zip(turns, turns[1:]):
        assert first.end <= second.start


def test_interviewer_respondent_transcript():
    turns = find_turns(TRANSCRIPT_IR)
    check_invariants(TRANSCRIPT_IR, turns)
    assert [t.speaker for t in turns] == ["I", "R", "I", "R"]
    assert spoken(TRANSCRIPT_IR, turns[1]) == (
        "Beter. Sinds de jeugdconsulent langskomt\nis er meer rust."
    )
    assert TRANSCRIPT_IR[turns[0].start:].startswith("I: Hoe gaat")
    assert turns[0].start > 0  # the title line belongs to no turn
    assert spoken(TRANSCRIPT_IR, turns[3]) == "Dat ze luistert."


def test_timestamps_and_role_labels():
    turns = find_turns(TRANSCRIPT_TIMESTAMPS)
    check_invariants(TRANSCRIPT_TIMESTAMPS, turns)
    assert [t.speaker for t in turns] == ["Interviewer", "Moeder", "Interviewer", "Moeder", "Vader"]
    assert TRANSCRIPT_TIMESTAMPS[turns[0].start:].startswith("[00:00:05] Interviewer:")
    assert TRANSCRIPT_TIMESTAMPS[turns[2].start:].startswith("(00:01) Interviewer:")
    assert spoken(TRANSCRIPT_TIMESTAMPS, turns[3]) == "Spannend.\n  Maar het viel mee."
    # Vader speaks once, but "Vader" is a role word, so he still gets his own turn.
    assert spoken(TRANSCRIPT_TIMESTAMPS, turns[4]) == "Ik was er niet bij."


def test_field_note_with_headers_has_no_turns():
    assert find_turns(FIELD_NOTE) == ()


def test_repeated_header_keys_are_not_a_dialogue():
    logbook = "Datum: 1 maart\nVerslag van het overleg.\n\nDatum: 8 maart\nTweede overleg.\n"
    assert find_turns(logbook) == ()


def test_header_before_a_dialogue_belongs_to_no_turn():
    text = (
        "Datum: 12 maart 2024\nAanwezig: moeder, jongere\n\n"
        "I: Hoi.\nJongere: Hoi.\nI: Hoe gaat het?\n"
    )
    turns = find_turns(text)
    check_invariants(text, turns)
    assert [t.speaker for t in turns] == ["I", "Jongere", "I"]


def test_a_time_at_line_start_is_not_a_label():
    text = "I: Hoe laat?\n10:30: toen begon het.\nR: Klopt.\nI: Dank je.\n"
    turns = find_turns(text)
    assert [t.speaker for t in turns] == ["I", "R", "I"]
    assert spoken(text, turns[0]) == "Hoe laat?\n10:30: toen begon het."


def test_quoted_speech_in_an_answer_is_not_a_new_turn():
    text = "I: Wat zei ze?\nR: Ze was boos.\nZe zei: dit wil ik niet.\nI: En toen?\n"
    turns = find_turns(text)
    assert [t.speaker for t in turns] == ["I", "R", "I"]
    assert spoken(text, turns[1]) == "Ze was boos.\nZe zei: dit wil ik niet."


def test_multi_word_and_numbered_labels():
    text = (
        "Interviewer 2: Goedemorgen.\nMoeder van Sanne: Goedemorgen.\nR1: Hallo.\n"
        "Interviewer 2: Fijn dat jullie er zijn.\nGedragswetenschapper: Graag gedaan.\n"
    )
    turns = find_turns(text)
    check_invariants(text, turns)
    assert [t.speaker for t in turns] == [
        "Interviewer 2", "Moeder van Sanne", "R1", "Interviewer 2", "Gedragswetenschapper",
    ]


def test_label_alone_on_its_line_and_empty_turns():
    text = "I:\nHoe gaat het?\nR:\nI: Nou?\n"
    turns = find_turns(text)
    check_invariants(text, turns)
    assert spoken(text, turns[0]) == "Hoe gaat het?"
    assert spoken(text, turns[1]) == ""
    assert turns[1].content_start == turns[1].end


def test_a_single_labelled_line_is_not_a_dialogue():
    assert find_turns("Moeder: ik ben het zat.\nDaarna ging ze weg.") == ()


@pytest.mark.parametrize(
    "line",
    [
        "Dit is een veel te lange zin voor een label: toch?",  # more than four words
        "Eenheelerglangwoorddatlangerisdanveertigtekens: ja",  # more than 40 characters
        "Zie https://example.org voor meer",  # colon not followed by a space
        "Let op : spatie voor de dubbele punt",
    ],
)
def test_lines_that_are_not_labels(line):
    assert find_turns(f"{line}\n{line}\n") == ()


def test_accented_labels_and_positions_in_a_longer_text():
    text = "Inleiding.\n\nZoë: Ik ben Zoë.\nJeugdconsulent: Welkom, Zoë.\nZoë: Dank je.\n"
    turns = find_turns(text)
    check_invariants(text, turns)
    assert [t.speaker for t in turns] == ["Zoë", "Jeugdconsulent", "Zoë"]
    assert text[turns[0].start:turns[0].content_start] == "Zoë: "


# -- which documents keep their turns (turns_for) ---------------------------------------------
from qdacoder.importers.turns import dialogue_share, turns_for  # noqa: E402

PENTEST = "\n".join(
    f"Bevinding {n}: verouderde software\n"
    f"CVSS Score: {n}.5\n"
    f"Impact: hoog\n"
    "De webserver draait een versie met bekende kwetsbaarheden. Een aanvaller kan\n"
    "daardoor gegevens van cliënten inzien.\n"
    "Advies: werk de software bij en controleer de instellingen.\n"
    "Het beheer ligt bij de leverancier van het zorgsysteem.\n"
    "Bij de herhaalde test bleek de kwetsbaarheid nog aanwezig. De leverancier is op de\n"
    "hoogte gebracht.\n"
    for n in range(1, 6)
)

MEETING = """Casusoverleg 12 maart (fictief)
Moeder: Het gaat thuis beter sinds de zomer.
Jeugdconsulent: Dat hoor ik graag.
Moeder: Alleen school blijft lastig.
Mentor: Wij zien hem vaker op tijd.
Jeugdconsulent: Zullen we over zes weken weer zitten?
"""


def test_a_report_with_repeated_field_labels_is_no_transcript():
    turns = find_turns(PENTEST)
    assert turns  # "CVSS Score:", "Impact:", "Advies:" repeat, so they are labels ...
    assert dialogue_share(PENTEST, turns) < 0.6  # ... but most paragraphs are plain text
    assert turns_for(PENTEST, None) == ((), "other")
    assert turns_for(PENTEST, "report") == ((), "report")


def test_a_report_keeps_turns_when_chosen_as_transcript_or_asked():
    assert turns_for(PENTEST, "transcript")[0] == find_turns(PENTEST)
    kept, kind = turns_for(PENTEST, None, asked=True)
    assert kept == find_turns(PENTEST) and kind == "other"  # asked, but not proposed


def test_field_notes_of_a_meeting_keep_their_turns():
    turns = find_turns(MEETING)
    assert dialogue_share(MEETING, turns) == 5 / 6
    assert turns_for(MEETING, "fieldnote") == (turns, "fieldnote")
    assert turns_for(MEETING, None) == (turns, "transcript")


def test_wrapped_lines_of_a_pdf_belong_to_the_paragraph_of_their_turn():
    text = (
        "I: Hoe was de eerste week op de groep?\n"
        "R: Best zwaar, want ik kende niemand en de\n"
        "begeleiders waren steeds anders, dus ik wist\n"
        "niet bij wie ik moest zijn.\n"
        "I:\n"
        "En daarna?\n"
        "R: Beter.\n"
    )
    assert dialogue_share(text, find_turns(text)) == 1.0


def test_a_single_label_with_a_capital_starts_a_turn_in_a_dialogue():
    text = (
        "I: Wat vond u van het plan?\nMoeder: Goed.\nI: En u?\n"
        "Behandelaar: Ik had twijfels.\nJan de Vries: Ik ook.\n"
        "Moeder: Maar het werkte.\nZe zei: dat was ook zo.\nKortom: tevreden.\n"
    )
    turns = find_turns(text)
    check_invariants(text, turns)
    assert [t.speaker for t in turns] == ["I", "Moeder", "I", "Behandelaar", "Jan de Vries", "Moeder"]
    assert spoken(text, turns[-1]) == "Maar het werkte.\nZe zei: dat was ook zo.\nKortom: tevreden."


@pytest.mark.parametrize("role", ["Jeugdige", "Gezagdrager", "Professional", "Behandelaar"])
def test_new_role_words(role):
    text = f"I: Hoe ging het?\nR: Goed.\nI: Echt?\n{role} 2: Ja.\n"
    assert [t.speaker for t in find_turns(text)][-1] == f"{role} 2"


def test_cr_only_line_ends():
    text = "I: Hoe gaat het?\rR: Goed.\r\rI: Fijn.\rR: Ja.\r"
    turns = find_turns(text)
    assert [t.speaker for t in turns] == ["I", "R", "I", "R"]
    assert spoken(text, turns[1]) == "Goed."
    assert dialogue_share(text, turns) == 1.0
