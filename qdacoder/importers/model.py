"""The values an import produces (re-exported by ``qdacoder.importers``).

They live in their own module so that the format modules and ``turns`` can use them without
importing the package ``__init__`` (which imports them: a cycle otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from qdacoder.core.errors import QT_TRANSLATE_NOOP

# What a document may hold, in characters (some 20,000 pages). Measured: importing a transcript
# takes about 18 bytes of memory per character (44 M characters with a turn on every line peaked
# at 820 MB), so this keeps any accepted import under 1 GB (issue 21). Plain text files are
# refused on their size before they are read: they hold at least one byte per character.
MAX_TEXT = 40_000_000
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the document holds more than {limit} million characters, more than "
    "qdacoder imports as one document; split it into parts.")


@dataclass(frozen=True)
class Turn:
    """One speaker turn; positions index the imported text (code points)."""

    start: int  # first character of the turn's line (timestamp/label included)
    content_start: int  # first character after "Label:" and the whitespace after it
    end: int  # exclusive; trailing whitespace before the next turn excluded
    speaker: str  # the label as written, e.g. "I", "Moeder", "Interviewer 2"


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file. The defaults are what a researcher gets without choosing."""

    kind: str | None = None  # the document kind chosen for the import; None: propose one
    turns: bool = False  # find speaker turns even when the text does not look like a dialogue
    comments: bool = False  # comments (.docx, .odt, .rtf) as notes at the end, with their author
    running_lines: bool = False  # keep the running headers and footers of a PDF


# What can be left out of a document, with the words the import summary uses for it.
HEADERS, FOOTERS, COMMENTS, HIDDEN, RUNNING = "headers", "footers", "comments", "hidden", "running"
LEFT_OUT_TEMPLATES = {
    HEADERS: QT_TRANSLATE_NOOP("qdacoder", "{items} header(s) ({characters} characters)"),
    FOOTERS: QT_TRANSLATE_NOOP("qdacoder", "{items} footer(s) ({characters} characters)"),
    COMMENTS: QT_TRANSLATE_NOOP("qdacoder", "{items} comment(s) ({characters} characters)"),
    HIDDEN: QT_TRANSLATE_NOOP("qdacoder", "{items} piece(s) of hidden text ({characters} characters)"),
    RUNNING: QT_TRANSLATE_NOOP(
        "qdacoder", "{items} repeated page header/footer line(s) ({characters} characters)"),
}
LEFT_OUT_SENTENCE = QT_TRANSLATE_NOOP("qdacoder", "Left out: {parts}.")
NOTES_SENTENCE = QT_TRANSLATE_NOOP("qdacoder", "{n} note(s) added after the text.")
SYMBOLS_SENTENCE = QT_TRANSLATE_NOOP(
    "qdacoder", "{n} symbol(s) of an unknown symbol font shown as \ufffd.")


@dataclass(frozen=True)
class LeftOut:
    """Text of one sort (``what``: one of the keys of ``LEFT_OUT_TEMPLATES``) that the
    import did not take into the document."""

    what: str
    items: int  # headers, comments, hidden passages, lines, ...
    characters: int


@dataclass(frozen=True)
class Extracted:
    """What a format reader hands back: the cleaned main text and what goes with it."""

    text: str
    notes: tuple[str, ...] = ()  # "[1] text of the note", in marker order
    left_out: tuple[LeftOut, ...] = ()
    unknown_symbols: int = 0  # symbols of a font we cannot map, shown as U+FFFD


@dataclass(frozen=True)
class ImportedText:
    """The plain text of an imported file, ready to be stored as a document."""

    text: str  # newlines normalised to "\n", no BOM, no NUL, NFC
    turns: tuple[Turn, ...]
    source_name: str  # original file name, no directory
    format: str  # "txt", "md", "docx", "odt", "rtf", "pdf"
    kind: str = "other"  # the kind asked for, else "transcript" when the text is a dialogue
    notes_start: int | None = None  # where the notes section starts (None: no notes)
    notes: int = 0
    left_out: tuple[LeftOut, ...] = ()
    unknown_symbols: int = 0

    def summary(self, translate=lambda text: text) -> str:
        """What was left out or added, in one or two sentences ("" when nothing was)."""
        sentences = []
        if self.left_out:
            parts = ", ".join(translate(LEFT_OUT_TEMPLATES[item.what]).format(
                items=item.items, characters=item.characters) for item in self.left_out)
            sentences.append(translate(LEFT_OUT_SENTENCE).format(parts=parts))
        if self.notes:
            sentences.append(translate(NOTES_SENTENCE).format(n=self.notes))
        if self.unknown_symbols:
            sentences.append(translate(SYMBOLS_SENTENCE).format(n=self.unknown_symbols))
        return " ".join(sentences)

    def left_out_dict(self) -> list[dict]:
        """``left_out`` for JSON output."""
        return [{"what": item.what, "items": item.items, "characters": item.characters}
                for item in self.left_out]
