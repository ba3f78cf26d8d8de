"""The values an import produces (re-exported by ``qdacoder.importers``).

They live in their own module so that the format modules and ``turns`` can use them without
importing the package ``__init__`` (which imports them: a cycle otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Turn:
    """One speaker turn; positions index the imported text (code points)."""

    start: int  # first character of the turn's line (timestamp/label included)
    content_start: int  # first character after "Label:" and the whitespace after it
    end: int  # exclusive; trailing whitespace before the next turn excluded
    speaker: str  # the label as written, e.g. "I", "Moeder", "Interviewer 2"


@dataclass(frozen=True)
class ImportedText:
    """The plain text of an imported file, ready to be stored as a document."""

    text: str  # newlines normalised to "\n", no BOM, no NUL, NFC
    turns: tuple[Turn, ...]
    source_name: str  # original file name, no directory
    format: str  # "txt", "md", "docx", "odt", "rtf", "pdf"
