"""Converting text positions between Python and Qt.

The project stores positions as indexes into the Python string of a document (Unicode code
points). Qt widgets count UTF-16 code units, in which every character outside the Basic
Multilingual Plane (most emoji, some rare scripts) takes two units. Combining accents are one
code point and one UTF-16 unit, so they need no correction. This map is the one place where
the two are converted; the window calls it at its boundary and nowhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Converts positions in one text. Cheap to build: it only remembers where the astral
    characters (those that take two UTF-16 units) are."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # code point positions of astral characters, ascending
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        # their UTF-16 positions, ascending
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, position: int) -> int:
        """UTF-16 position of the code point position ``position`` (0..len(text))."""
        return position + bisect_left(self._astral, position)

    def to_codepoint(self, position: int) -> int:
        """Code point position of a UTF-16 position. A position inside a surrogate pair
        (between its two halves) snaps to the start of that character."""
        before = bisect_left(self._astral_utf16, position)
        if before and self._astral_utf16[before - 1] + 1 == position:
            # position falls between the two halves of an astral character
            return self._astral[before - 1]
        return position - before

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))

