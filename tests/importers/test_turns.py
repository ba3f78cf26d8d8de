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
