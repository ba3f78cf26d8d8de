"""A codebook as plain data: the tree of codes with their definitions, independent of any
project or file format. Exchange formats read and write it; ``codebook_ops`` takes it into a
project (merging by path) and reads it back out of one.

Valence: a code may carry a *default valence* that new codings take: "promoting"
(bevorderend, +) or "hindering" (belemmerend, −); None means no valence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

PROMOTING = "promoting"
HINDERING = "hindering"
VALENCES = (PROMOTING, HINDERING)
# Spellings accepted in files people write by hand; the project stores the English key.
VALENCE_SYNONYMS = {
    "promoting": PROMOTING, "bevorderend": PROMOTING, "helpend": PROMOTING, "+": PROMOTING,
    "hindering": HINDERING, "belemmerend": HINDERING, "niet helpend": HINDERING, "-": HINDERING, "−": HINDERING,
}


@dataclass
class CodebookEntry:
    name: str
    description: str = ""
    inclusion: str = ""  # inclusion criteria: when to apply the code
    exclusion: str = ""  # exclusion criteria: when not to
    example: str = ""
    color: str | None = None  # "#rrggbb"; None: the project picks one
    default_valence: str | None = None  # PROMOTING, HINDERING or None
    is_codable: bool = True  # False: a category that groups codes but is not applied itself
    guid: str | None = None
    children: list[CodebookEntry] = field(default_factory=list)


@dataclass
class Codebook:
    name: str = ""
    description: str = ""
    codes: list[CodebookEntry] = field(default_factory=list)
    # What the file it was read from held and a codebook cannot (a .qdc's Sets): a message
    # template and its parameters each, for the caller to tell the researcher. Not content.
    skipped: list[tuple[str, dict]] = field(default_factory=list, compare=False)

    def walk(self) -> Iterator[tuple[str, int, CodebookEntry]]:
        """(path, depth, entry) for every code, parents before children."""

        def visit(entries: list[CodebookEntry], prefix: str, depth: int):
            for entry in entries:
                path = prefix + entry.name
                yield path, depth, entry
                yield from visit(entry.children, path + "/", depth + 1)

        yield from visit(self.codes, "", 0)

    def __len__(self) -> int:
        return sum(1 for _ in self.walk())


def normalise_valence(value: str | None) -> str | None:
    """The stored key for a valence written any accepted way; None for empty. Raises
    KeyError for anything else (the caller knows the file and line to report)."""
    if value is None or not str(value).strip():
        return None
    return VALENCE_SYNONYMS[str(value).strip().casefold()]
