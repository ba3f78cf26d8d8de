"""Checks shared by every codebook reader (and the last check before every export).

Design rules (why):
- A reader builds the tree with the values as written and records where each value came from
  (a ``Place``: a line, or a row and column); ``check_codebook`` then checks and normalises the
  whole tree in one walk. So every format gets the same rules, and no reader can forget one:
  what a reader returns has passed all of them, or the reader raised.
- The rules are the project's own (``qdacoder.core.codes``), so an imported codebook never
  fails later when it is merged into a project: a name is trimmed and inner runs of spaces
  become one, it may not be empty, contain "/" (the path separator) or be longer than
  ``MAX_NAME_LENGTH``; names are unique among siblings without regard to case (``casefold``);
  a colour is ``#rrggbb`` (stored in lower case); a valence is any spelling in
  ``VALENCE_SYNONYMS`` (stored as the English key); a GUID has the REFI-QDA form (8-4-4-4-12
  hexadecimal digits, optionally in braces) and is kept exactly as written, but no two codes
  may share one (compared without braces and case).
- Texts (description, criteria, example) are kept exactly as written: the project does not
  trim them either, and exact round trips are worth more than tidy whitespace.
- Every message exists in two complete forms, by line (YAML, .qdc) and by row and column
  (CSV, Excel), so each can be translated as a whole sentence.
- ``problems`` states the same rules in plain English for a codebook without places; the
  writers use it to refuse (as a bug, not a user error) a codebook that would make a file
  nobody can read back, and the tests use it to prove what readers return.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NoReturn

from qdacoder.core.codebook import VALENCE_SYNONYMS, VALENCES, Codebook, CodebookEntry
from qdacoder.core.codebook import normalise_valence
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.errors import CodebookFileError

SEPARATOR = "/"
MAX_NAME_LENGTH = 200  # the same limit as qdacoder.core.codes.MAX_NAME_LENGTH
# levels of subcodes an outside file may bring (codebooks, merged copies): deeper nesting is
# no codebook but an attack that would exhaust Python's recursion or fill memory with paths
MAX_CODE_DEPTH = 100
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
GUID = re.compile(
    r"^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$"
)
ACCEPTED_VALENCES = ", ".join(dict.fromkeys(VALENCE_SYNONYMS))
# Yes/no cells as people type them, also what Dutch Excel writes for TRUE/FALSE (WAAR/ONWAAR).
FLAG_WORDS = {
    "yes": True, "y": True, "true": True, "on": True, "1": True,
    "ja": True, "j": True, "waar": True,
    "no": False, "n": False, "false": False, "off": False, "0": False,
    "nee": False, "onwaar": False, "": False,
}


@dataclass(frozen=True)
class Place:
    """Where a value is in the file: a line (YAML, .qdc) or a row and column (CSV, Excel)."""

    line: int | None = None
    row: int | None = None
    column: str | None = None

    def at(self, column: str) -> Place:
        """The same row in another column (a line stays a line)."""
        return self if self.row is None else Place(row=self.row, column=column)

    def number(self) -> int:
        return self.line if self.row is None else self.row  # type: ignore[return-value]


@dataclass
class EntryPlaces:
    """Where one entry's values are; ``fields`` by field name ("name", "color", "valence",
    "guid", ...), falling back to ``entry`` (where the code starts)."""

    entry: Place
    fields: dict[str, Place] = field(default_factory=dict)

    def of(self, name: str) -> Place:
        return self.fields.get(name, self.entry)


# A message in its two forms: (by line, by row and column).
Message = tuple[str, str]

NAME_EMPTY: Message = (
    QT_TRANSLATE_NOOP("qdacoder", "{file}, line {line}: a code has no name."),
    QT_TRANSLATE_NOOP("qdacoder", "{file}, row {row}, column “{column}”: a code has no name."),
)
NAME_SLASH: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, line {line}: the name “{name}” contains “/”, which separates the names in a "
        "path; use another character.",
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: the name “{name}” contains “/”, which separates "
        "the names in a path; use another character.",
    ),
)
NAME_TOO_LONG: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder", "{file}, line {line}: the name “{name}” is longer than {limit} characters."
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: the name “{name}” is longer than {limit} "
        "characters.",
    ),
)
DUPLICATE_PATH: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, line {line}: the code “{path}” appears twice (also at line {other}); codes "
        "with the same parent need different names (upper and lower case count as the same).",
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}: the code “{path}” appears twice (also in row {other}); codes with "
        "the same parent need different names (upper and lower case count as the same).",
    ),
)
BAD_COLOR: Message = (
    QT_TRANSLATE_NOOP("qdacoder", "{file}, line {line}: “{value}” is not a colour; use #rrggbb."),
    QT_TRANSLATE_NOOP(
        "qdacoder", "{file}, row {row}, column “{column}”: “{value}” is not a colour; use #rrggbb."
    ),
)
BAD_VALENCE: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder", "{file}, line {line}: “{value}” is not a valence; use one of: {accepted}."
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: “{value}” is not a valence; use one of: "
        "{accepted}.",
    ),
)
BAD_GUID: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, line {line}: “{value}” is not a GUID (32 hexadecimal digits in groups of "
        "8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).",
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: “{value}” is not a GUID (32 hexadecimal digits "
        "in groups of 8-4-4-4-12, like 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c).",
    ),
)
DUPLICATE_GUID: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, line {line}: the GUID “{value}” is used twice (also at line {other}); every "
        "code needs its own.",
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: the GUID “{value}” is used twice (also in row "
        "{other}); every code needs its own.",
    ),
)
BAD_FLAG: Message = (
    QT_TRANSLATE_NOOP(
        "qdacoder", "{file}, line {line}: “{value}” is not yes or no; write true or false."
    ),
    QT_TRANSLATE_NOOP(
        "qdacoder",
        "{file}, row {row}, column “{column}”: “{value}” is not yes or no; write yes, no, or "
        "leave the cell empty.",
    ),
)


def fail(message: Message, file: str, place: Place, **params: object) -> NoReturn:
    """Raise ``message`` located at ``place``: by line, or by row and column."""
    if place.row is None:
        raise CodebookFileError(message[0], file=file, line=place.line, **params)
    raise CodebookFileError(message[1], file=file, row=place.row, column=place.column, **params)


def normalise_name(name: str) -> str:
    """A name as the project stores it: trimmed, inner whitespace runs become one space."""
    return " ".join(str(name).split())


def parse_flag(value: object, file: str, place: Place) -> bool:
    """True for yes/true/ja/1/..., False for no/false/nee/0/empty; anything else is an error."""
    if isinstance(value, bool):
        return value
    key = "" if value is None else str(value).strip().casefold()
    if key not in FLAG_WORDS:
        fail(BAD_FLAG, file, place, value=value)
    return FLAG_WORDS[key]


def guid_key(guid: str) -> str:
    """GUIDs compared without braces and case: "{ABC...}" and "abc..." are the same code."""
    return guid.strip("{}").lower()


def check_codebook(codebook: Codebook, file: str, places: dict[int, EntryPlaces]) -> Codebook:
    """Check and normalise ``codebook`` in place (see the module docstring); ``places`` maps
    ``id(entry)`` to where the entry is in the file. Raises ``CodebookFileError`` at the first
    problem, in tree order (parents before children, siblings in file order)."""
    guids: dict[str, Place] = {}

    def visit(entries: list[CodebookEntry], prefix: str) -> None:
        siblings: dict[str, Place] = {}
        for entry in entries:
            where = places[id(entry)]
            entry.name = check_name(entry.name, file, where.of("name"))
            path = prefix + entry.name
            key = entry.name.casefold()
            if key in siblings:
                place = where.of("name")
                fail(DUPLICATE_PATH, file, place, path=path, other=siblings[key].number())
            siblings[key] = where.of("name")
            entry.color = check_color(entry.color, file, where.of("color"))
            entry.default_valence = check_valence(entry.default_valence, file, where.of("valence"))
            entry.guid = check_guid(entry.guid, file, where.of("guid"), guids)
            visit(entry.children, path + SEPARATOR)

    visit(codebook.codes, "")
    return codebook


def check_name(name: object, file: str, place: Place) -> str:
    name = normalise_name("" if name is None else str(name))
    if not name:
        fail(NAME_EMPTY, file, place)
    if SEPARATOR in name:
        fail(NAME_SLASH, file, place, name=name)
    if len(name) > MAX_NAME_LENGTH:
        fail(NAME_TOO_LONG, file, place, name=name, limit=MAX_NAME_LENGTH)
    return name


def check_color(color: object, file: str, place: Place) -> str | None:
    if color is None or not str(color).strip():
        return None
    text = str(color).strip()
    if not COLOR.match(text):
        fail(BAD_COLOR, file, place, value=color)
    return text.lower()


def check_valence(valence: object, file: str, place: Place) -> str | None:
    try:
        return normalise_valence(None if valence is None else str(valence))
    except KeyError:
        fail(BAD_VALENCE, file, place, value=valence, accepted=ACCEPTED_VALENCES)


def check_guid(guid: object, file: str, place: Place, seen: dict[str, Place]) -> str | None:
    if guid is None or not str(guid).strip():
        return None
    text = str(guid).strip()
    if not GUID.match(text):
        fail(BAD_GUID, file, place, value=guid)
    key = guid_key(text)
    if key in seen:
        fail(DUPLICATE_GUID, file, place, value=text, other=seen[key].number())
    seen[key] = place
    return text


def problems(codebook: Codebook) -> list[str]:
    """What is wrong with ``codebook`` by the rules above, in plain English (empty: valid).
    Unlike the readers it does not normalise: a name with extra spaces is a problem here."""
    found: list[str] = []
    guids: set[str] = set()

    def visit(entries: Iterable[CodebookEntry], prefix: str) -> None:
        siblings: set[str] = set()
        for entry in entries:
            path = prefix + str(entry.name)
            if not isinstance(entry.name, str) or entry.name != normalise_name(entry.name):
                found.append(f"the name “{entry.name}” has extra spaces or is not text")
            if not str(entry.name).strip():
                found.append(f"a code under “{prefix or '/'}” has no name")
            if SEPARATOR in str(entry.name):
                found.append(f"the name “{entry.name}” contains “/”")
            if len(str(entry.name)) > MAX_NAME_LENGTH:
                found.append(f"the name “{entry.name}” is too long")
            if str(entry.name).casefold() in siblings:
                found.append(f"“{path}” appears twice")
            siblings.add(str(entry.name).casefold())
            if entry.color is not None and not COLOR.match(str(entry.color)):
                found.append(f"“{path}”: “{entry.color}” is not a colour")
            if entry.default_valence not in (None, *VALENCES):
                found.append(f"“{path}”: “{entry.default_valence}” is not a valence")
            for name in ("description", "inclusion", "exclusion", "example"):
                if not isinstance(getattr(entry, name), str):
                    found.append(f"“{path}”: the {name} is not text")
            if entry.guid is not None:
                if not GUID.match(str(entry.guid)):
                    found.append(f"“{path}”: “{entry.guid}” is not a GUID")
                elif guid_key(entry.guid) in guids:
                    found.append(f"“{path}”: the GUID “{entry.guid}” is used twice")
                else:
                    guids.add(guid_key(entry.guid))
            visit(entry.children, path + SEPARATOR)

    visit(codebook.codes, "")
    return found


# --- shared by the writers -------------------------------------------------------------------
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML cannot hold (.qdc, .xlsx and .docx are
    XML inside); they come from copy and paste and carry no meaning. Tab and newlines stay."""
    return _NOT_XML.sub("", text)


def xml_safe_already(text: str) -> bool:
    """Whether ``xml_safe`` would leave ``text`` as it is."""
    return _NOT_XML.search(text) is None
