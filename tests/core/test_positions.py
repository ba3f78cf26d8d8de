"""Positions are code points in the project and UTF-16 units in Qt; one map converts them."""

import pytest

from qdacoder.core.positions import Utf16Map, utf16_length


def utf16_index(text: str, codepoint: int) -> int:
    """The reference: encode the prefix and count the units."""
    return len(text[:codepoint].encode("utf-16-le")) // 2


EMOJI_TEXT = (
    "Ze zei 😊 dat het goed ging. "  # emoji before the passage
    "De jeugdconsulent 👩‍👧 luisterde e\u0301cht naar ons. "  # emoji (ZWJ sequence) and a combining accent inside
    "Daarna 🎉 cafe\u0301 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢."  # after: emoji, combining accent, astral letters
)


def test_round_trip_for_every_position():
    mapping = Utf16Map(EMOJI_TEXT)
    for cp in range(len(EMOJI_TEXT) + 1):
        u = mapping.to_utf16(cp)
        assert u == utf16_index(EMOJI_TEXT, cp)
        assert mapping.to_codepoint(u) == cp
    assert mapping.utf16_length == utf16_length(EMOJI_TEXT) == len(EMOJI_TEXT.encode("utf-16-le")) // 2


def test_coded_passage_between_emoji_and_accents_selects_the_same_text():
    passage = "De jeugdconsulent 👩‍👧 luisterde e\u0301cht naar ons."
    start = EMOJI_TEXT.index(passage)
    end = start + len(passage)
    mapping = Utf16Map(EMOJI_TEXT)
    u_start, u_end = mapping.to_utf16(start), mapping.to_utf16(end)
    units = EMOJI_TEXT.encode("utf-16-le")
    # what Qt would show for the UTF-16 range is exactly the coded passage
    assert units[2 * u_start : 2 * u_end].decode("utf-16-le") == passage
    assert (mapping.to_codepoint(u_start), mapping.to_codepoint(u_end)) == (start, end)
    # the emoji before the passage shifts Qt's positions by one unit each
    assert u_start == start + 1


def test_position_inside_a_surrogate_pair_snaps_to_the_character_start():
    text = "a😊b"
    mapping = Utf16Map(text)
    assert mapping.to_codepoint(2) == 1  # between the two halves of 😊
    assert mapping.to_codepoint(3) == 2


@pytest.mark.parametrize("text", ["", "gewoon ascii", "één café geëvalueerd"])
def test_bmp_text_maps_to_itself(text):
    mapping = Utf16Map(text)
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
