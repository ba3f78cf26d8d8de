"""Where the text selections of a .qdpx start and end: which way a source's positions are
counted, decided per source, and the positions mapped to the text as qdacoder stores it.

Design rules (why):
- REFI-QDA counts characters (Unicode code points) of the text file. NVivo counts UTF-16
  code units instead, in which each character outside the Basic Multilingual Plane (most
  emoji) counts two: every such character before a selection moves it one further, so read
  as characters its codings land on the wrong words, and one near the end can even fall
  outside the text. Both readings agree on a source without such characters, and on every
  position before the first of them; only where they differ is there something to decide.
- The decision is made per source, from the selections themselves, because a project may
  hold texts from several tools and the origin attribute names only the last one: a reading
  is out when it puts a selection outside the text or a boundary between the two halves of
  an emoji (which UTF-16 counts as two units); of what remains, the one that puts more
  starts and ends on word boundaries (not between two letters or digits) wins, as people
  select words; on a tie the origin decides (NVivo: UTF-16, any other tool: characters, as
  the standard says). When neither reading fits, the selections are checked as characters,
  so the refusal names a length in characters. qdacoder's own files are always read as
  characters: it writes them so, and a coder's selection that splits a word must not tip
  the balance.
- Line ends: the positions count the file as written, where a CRLF is two (characters and
  UTF-16 alike); qdacoder stores ``\\n`` only, so every position is mapped past the CRs
  dropped before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

CHARACTERS = "characters"
UTF16 = "UTF-16"
_WIDE = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 code units each
_NVIVO = re.compile(r"\bnvivo\b", re.IGNORECASE)
_QDACODER = re.compile(r"^\s*qdacoder\b", re.IGNORECASE)


def origin_reading(origin: str | None) -> tuple[str, bool]:
    """The reading a project's ``origin`` attribute suggests, and whether that is certain
    (only for qdacoder's own files); NVivo writes "NVivo for Windows 12.6" and the like."""
    if _QDACODER.search(origin or ""):
        return CHARACTERS, True
    return (UTF16 if _NVIVO.search(origin or "") else CHARACTERS), False


class TextPositions:
    """A source's text as written in the .qdpx, and its positions in the text qdacoder keeps."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        # Each CRLF loses its CR; a lone CR becomes LF and keeps its place.
        self.dropped = [match.start() for match in re.finditer("\r\n", raw)]
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")
        # the UTF-16 offsets where the wide characters start (each one adds a unit after it)
        # (most texts have none: encoding to UTF-16 tells at once, five times faster than the search)
        has_wide = not raw.isascii() and len(raw.encode("utf-16-le", "surrogatepass")) != 2 * len(raw)
        self.wide16 = [match.start() + k for k, match in enumerate(_WIDE.finditer(raw))] if has_wide else []
        self.characters = len(raw)

    def length(self, reading: str) -> int:
        return self.characters + (len(self.wide16) if reading == UTF16 else 0)

    def character(self, position: int, reading: str) -> int | None:
        """The character offset in the text as written of ``position`` counted the
        ``reading`` way; None when it splits a character in two (only in UTF-16)."""
        if reading == CHARACTERS:
            return position
        before = bisect_left(self.wide16, position)  # wide characters starting before it
        if before and self.wide16[before - 1] + 1 == position:
            return None
        return position - before

    def stored(self, character: int) -> int:
        """A character offset of the text as written -> of the text qdacoder stores."""
        return character - bisect_left(self.dropped, character) if self.dropped else character

    def differ(self, positions: list[int]) -> bool:
        """Whether the two readings disagree on any of ``positions``."""
        return bool(self.wide16) and any(p > self.wide16[0] for p in positions)

    def fits(self, spans: list[tuple[int, int]], reading: str) -> bool:
        length = self.length(reading)
        return all(0 <= start <= end <= length
                   and self.character(start, reading) is not None and self.character(end, reading) is not None
                   for start, end in spans)

    def on_word_boundaries(self, spans: list[tuple[int, int]], reading: str) -> int:
        """How many starts and ends lie on a word boundary, read the ``reading`` way."""
        raw = self.raw
        found = 0
        for position in (p for span in spans for p in span):
            at = self.character(position, reading)
            inside_word = 0 < at < len(raw) and raw[at - 1].isalnum() and raw[at].isalnum()
            splits_line_end = 0 < at < len(raw) and raw[at - 1] == "\r" and raw[at] == "\n"
            found += not (inside_word or splits_line_end)
        return found


def choose_reading(text: TextPositions, spans: list[tuple[int, int]], origin: tuple[str, bool]) -> str | None:
    """How the positions ``spans`` of one source are counted (``CHARACTERS`` or ``UTF16``);
    None when there is nothing to decide: both readings give the same places, or ``origin``
    (from ``origin_reading``) is certain. See the module docstring for the rule."""
    preferred, certain = origin
    if certain or not text.differ([p for span in spans for p in span]):
        return None
    fitting = [r for r in (preferred, UTF16 if preferred == CHARACTERS else CHARACTERS) if text.fits(spans, r)]
    if not fitting:
        return CHARACTERS
    return max(fitting, key=lambda r: text.on_word_boundaries(spans, r))  # max keeps the first on a tie
