"""Names that never leave the project: the placeholder list and the one filter every text passes
on its way into a file.

Design rules (why):
- One filter (``NameFilter``), built once per export from the project's list, applied by every
  writer at the last moment, after all look-ups: a case named "Casus Jayden" is found under its
  own name, and only the words written into the file are replaced.
- A name matches as a word: not inside another word ("Jan" never eats the start of "Jansen"),
  but inside file-name-like tokens, where ``_``, ``-``, ``.`` and digits are boundaries
  (``interview_Jan``, ``Jan-2``, ``Jan.docx``). Diacritics do not matter (Chloë = Chloe), nor do
  spaces or underscores between the parts of a name. A Dutch possessive goes with the name
  (``Jaydens``, ``Jayden's``: the placeholder gets ``'s``).
- Case: a name matches as listed and in capitals (``Roos``, ``ROOS``), so the Dutch words roos,
  wil, bos, mark stay; "any case" widens a name to every case. Adding a name that is also a
  common Dutch word says so.
- Longest names first, in one pass: a placeholder is never replaced again.
- A placeholder that contains a listed name, an empty name and a name already listed are refused.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .project import Project

CATEGORIES = ("person", "place", "institution", "other")
CATEGORY_LABELS = {
    "person": QT_TRANSLATE_NOOP("qdacoder", "person"),
    "place": QT_TRANSLATE_NOOP("qdacoder", "place"),
    "institution": QT_TRANSLATE_NOOP("qdacoder", "institution"),
    "other": QT_TRANSLATE_NOOP("qdacoder", "other"),
}
EMPTY_NAME = QT_TRANSLATE_NOOP("qdacoder", "Give the name that must not appear in reports.")
EMPTY_PLACEHOLDER = QT_TRANSLATE_NOOP("qdacoder", "Give a placeholder for “{name}”, e.g. [naam jongere].")
DUPLICATE = QT_TRANSLATE_NOOP("qdacoder", "“{name}” is already on the list (as “{listed}”, placeholder {placeholder}).")
NAME_IN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "qdacoder", "The placeholder “{placeholder}” contains the listed name “{name}”, so the name would still appear.")
NAME_IN_OTHER_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "qdacoder", "“{name}” appears in the placeholder “{placeholder}” of “{other}”; change that placeholder first.")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("qdacoder", "There is no category “{category}”; choose one of: {categories}.")
GONE = QT_TRANSLATE_NOOP("qdacoder", "This placeholder no longer exists.")
NOT_LISTED = QT_TRANSLATE_NOOP("qdacoder", "“{name}” is not on the placeholder list.")
COMMON_WORD = QT_TRANSLATE_NOOP(
    "qdacoder", "“{name}” is also a Dutch word ({words}). It is replaced only as written and in capitals; "
    "choose “any case” only if the word itself must go too.")


@dataclass(frozen=True)
class Placeholder:
    id: int
    name: str  # the name that must not appear, e.g. "Sanne"
    placeholder: str  # what replaces it, e.g. "[naam jongere]"
    any_case: bool = False  # also in lower case and mixed case, not only as listed and in capitals
    category: str = ""  # person, place, institution, other ("" for none)


# --- matching ----------------------------------------------------------------------------------
@functools.cache
def _variants() -> dict[str, str]:
    """Each ASCII letter with its accented forms in the same case: 'e' -> 'eèéêëēĕėęě'."""
    found: dict[str, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha() and char.isalpha():
            found[base] = found.get(base, base) + char
    return found


def _fold(text: str) -> str:
    """Without diacritics and case, for comparing names: 'Chloë' -> 'chloe'."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _letters(name: str) -> str:
    """A pattern for ``name`` as written: each letter with its accented forms, the parts of a
    name separated by any run of spaces or underscores, and not preceded by a letter. That
    check comes after the first character (a lookbehind over it and the one before): a pattern
    that starts with a set of characters lets the regex engine skip to the places where the
    name can start, six times faster on a long text than checking every position first."""
    variants = _variants()
    parts = []
    for w, word in enumerate(name.split()):
        pattern = ""
        for i, char in enumerate(word):
            base = _fold(char)
            if len(base) == 1 and base.isascii() and base.isalpha():
                letter = base.upper() if char.isupper() else base
                pattern += "[" + re.escape(variants.get(letter, letter) + char) + "]"
            else:
                pattern += re.escape(char)
            if w == 0 and i == 0:
                pattern += LETTER_BEFORE_FIRST
        parts.append(pattern)
    return r"[\s_]+".join(parts)


LETTER_BEFORE_FIRST = r"(?<![^\W\d_].)"  # the character before the first one is not a letter
LETTER_AFTER = r"(?![^\W\d_])"  # not followed by a letter (digits, _ . - and spaces are boundaries)
POSSESSIVE = r"(?P<s{n}>['’][sS]|[sS])?"


def _pattern_for(entry: Placeholder, number: int) -> str:
    name = unicodedata.normalize("NFC", " ".join(entry.name.split()))
    forms = [name] if entry.any_case else list(dict.fromkeys([name, name.upper()]))
    body = "|".join(_letters(form) for form in forms)
    if entry.any_case:
        body = f"(?i:{body})"
    return f"(?P<n{number}>(?:{body}){POSSESSIVE.format(n=number)}{LETTER_AFTER})"


class NameFilter:
    """The listed names, compiled once for every text of an export. Call it on a text to get the
    text with every listed name replaced; ``names_in`` tells which names a text holds."""

    def __init__(self, entries: Iterable[Placeholder]) -> None:
        self.entries = sorted(entries, key=lambda p: (-len(p.name), p.name))
        self._pattern = (re.compile("|".join(_pattern_for(p, n) for n, p in enumerate(self.entries)))
                         if self.entries else None)

    def _entry(self, match: re.Match) -> tuple[Placeholder, str]:
        number = int(match.lastgroup[1:]) if match.lastgroup.startswith("n") else None
        if number is None:  # the possessive group closed last: find the name group that matched
            number = next(int(k[1:]) for k, v in match.groupdict().items() if k.startswith("n") and v is not None)
        return self.entries[number], match.group(f"s{number}") or ""

    def _replacement(self, match: re.Match) -> str:
        entry, possessive = self._entry(match)
        # a possessive stays with the placeholder, with an apostrophe (Dutch writes [naam]'s)
        return entry.placeholder + (possessive[0] + "s" if possessive[:1] in ("'", "’") else "'s" if possessive else "")

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._replacement, unicodedata.normalize("NFC", text))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of every listed name in ``text`` (taken as it is, not
        normalised), in text order: for a writer that must keep positions into the text
        (the coded document moves its coding boundaries onto the placeholders)."""
        if self._pattern is None or not text:
            return []
        return [(m.start(), m.end(), self._replacement(m)) for m in self._pattern.finditer(text)]

    def names_in(self, text: str) -> list[str]:
        """The listed names that occur in ``text``, longest first."""
        if self._pattern is None or not text:
            return []
        found = {self._entry(m)[0].name for m in self._pattern.finditer(unicodedata.normalize("NFC", text))}
        return [p.name for p in self.entries if p.name in found]

    def __bool__(self) -> bool:
        return bool(self.entries)


NO_NAMES = NameFilter([])  # for texts that hold no project data (and tests of a writer's layout)


def name_filter(project: Project) -> NameFilter:
    """The project's filter: what every writer passes every text through."""
    return NameFilter(list_placeholders(project))


# --- the list ------------------------------------------------------------------------------------
def list_placeholders(project: Project) -> list[Placeholder]:
    return [Placeholder(id=r["id"], name=r["name"], placeholder=r["placeholder"], any_case=bool(r["any_case"]),
                        category=r["category"])
            for r in project.rows("SELECT id, name, placeholder, any_case, category FROM placeholders "
                                  "ORDER BY category, name COLLATE NOCASE, id")]


def find_placeholder(project: Project, name: str) -> Placeholder | None:
    wanted = _fold(" ".join(name.split()))
    return next((p for p in list_placeholders(project) if _fold(p.name) == wanted), None)


def _checked(project: Project, name: str, placeholder: str, any_case: bool, category: str,
             replacing: int | None) -> tuple[str, str, str]:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    placeholder, category = placeholder.strip(), category.strip().casefold()
    if not name:
        raise ValidationError(EMPTY_NAME)
    if not placeholder:
        raise ValidationError(EMPTY_PLACEHOLDER, name=name)
    if category and category not in CATEGORIES:
        raise ValidationError(UNKNOWN_CATEGORY, category=category, categories=", ".join(CATEGORIES))
    others = [p for p in list_placeholders(project) if p.id != replacing]
    same = next((p for p in others if _fold(p.name) == _fold(name)), None)
    if same is not None:
        raise ValidationError(DUPLICATE, name=name, listed=same.name, placeholder=same.placeholder)
    new = Placeholder(0, name, placeholder, any_case, category)
    inside = NameFilter([*others, new]).names_in(placeholder)
    if inside:
        raise ValidationError(NAME_IN_PLACEHOLDER, placeholder=placeholder, name=inside[0])
    alone = NameFilter([new])
    for other in others:
        if alone.names_in(other.placeholder):
            raise ValidationError(NAME_IN_OTHER_PLACEHOLDER, name=name, placeholder=other.placeholder, other=other.name)
    return name, placeholder, category


def add_placeholder(project: Project, name: str, placeholder: str, *, any_case: bool = False,
                    category: str = "") -> Journal:
    """Add ``name`` with its placeholder. ``result`` is the row id. Refused: an empty name or
    placeholder, a name already listed (case and diacritics do not matter), a placeholder that
    holds a listed name."""
    name, placeholder, category = _checked(project, name, placeholder, any_case, category, None)
    with project.transaction("add placeholder") as tx:
        tx.result = tx.insert("placeholders", {"name": name, "placeholder": placeholder,
                                               "any_case": int(any_case), "category": category})
    return tx.journal


def update_placeholder(project: Project, placeholder_id: int, name: str, placeholder: str, *,
                       any_case: bool = False, category: str = "") -> Journal:
    if project.scalar("SELECT 1 FROM placeholders WHERE id = ?", [placeholder_id]) is None:
        raise NotFoundError(GONE)
    name, placeholder, category = _checked(project, name, placeholder, any_case, category, placeholder_id)
    with project.transaction("change placeholder") as tx:
        tx.update("placeholders", placeholder_id, {"name": name, "placeholder": placeholder,
                                                   "any_case": int(any_case), "category": category})
        tx.result = placeholder_id
    return tx.journal


def delete_placeholder(project: Project, placeholder_id: int) -> Journal:
    if project.scalar("SELECT 1 FROM placeholders WHERE id = ?", [placeholder_id]) is None:
        raise NotFoundError(GONE)
    with project.transaction("delete placeholder") as tx:
        tx.delete("placeholders", placeholder_id)
    return tx.journal


def remove_placeholder(project: Project, name: str) -> Journal:
    """Take ``name`` off the list (as listed, any case or diacritics)."""
    found = find_placeholder(project, name)
    if found is None:
        raise NotFoundError(NOT_LISTED, name=name)
    return delete_placeholder(project, found.id)


def set_placeholders(project: Project, wanted: Sequence[tuple[str, str, bool, str]]) -> Journal:
    """Make the list exactly ``wanted`` (name, placeholder, any case, category) in one step: the
    window's table saved at once. Every row is checked against the others as added."""
    current = {_fold(p.name): p for p in list_placeholders(project)}
    keep = {_fold(" ".join(name.split())) for name, *_ in wanted}
    with project.transaction("set placeholders") as tx:
        for key, old in current.items():
            if key not in keep:
                tx.delete("placeholders", old.id)
        for name, placeholder, any_case, category in wanted:
            old = current.get(_fold(" ".join(name.split())))
            name, placeholder, category = _checked(project, name, placeholder, any_case, category,
                                                   old.id if old else None)
            row = {"name": name, "placeholder": placeholder, "any_case": int(any_case), "category": category}
            if old is None:
                tx.insert("placeholders", row)
            elif (old.name, old.placeholder, old.any_case, old.category) != (name, placeholder, any_case, category):
                tx.update("placeholders", old.id, row)
    return tx.journal


def merge_placeholders(project: Project, wanted: Sequence[tuple[str, str, bool, str]]) -> Journal:
    """Add the names of ``wanted`` (name, placeholder, any case, category) that are not listed
    and change the placeholder of those that are, in one step; every row is checked as it comes.
    ``result``: (added, changed, unchanged)."""
    added = changed = same = 0
    with project.transaction("import placeholders") as tx:
        for index, (name, placeholder, any_case, category) in enumerate(wanted):
            old = find_placeholder(project, name)
            try:
                name, placeholder, category = _checked(project, name, placeholder, any_case, category,
                                                       old.id if old else None)
            except ValidationError as error:
                error.row_index = index  # which of ``wanted``: a table import names its row
                raise
            row = {"name": name, "placeholder": placeholder, "any_case": int(any_case), "category": category}
            if old is None:
                tx.insert("placeholders", row)
                added += 1
            elif (old.name, old.placeholder, old.any_case, old.category) != (name, placeholder, any_case, category):
                tx.update("placeholders", old.id, row)
                changed += 1
            else:
                same += 1
        tx.result = (added, changed, same)
    return tx.journal


# --- common words ---------------------------------------------------------------------------------
@functools.cache
def _dutch_words() -> frozenset[str]:
    from ..resources import resources_dir

    path = resources_dir() / "wordlists" / "nl_words_that_are_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def common_words_in(name: str) -> list[str]:
    """The parts of ``name`` that are also common Dutch words (roos, wil, bos, mark...)."""
    return [part for part in name.split() if part.casefold() in _dutch_words()]


# --- rejected suggestions ---------------------------------------------------------------------------
NOT_REJECTED = QT_TRANSLATE_NOOP("qdacoder", "“{form}” was not rejected.")


def fold(text: str) -> str:
    """How names are compared: one space between parts, no case, no diacritics."""
    return _fold(" ".join(unicodedata.normalize("NFC", text).split()))


def rejected_forms(project: Project) -> list[str]:
    """The forms the researcher said are not names, as they were rejected."""
    return [r["form"] for r in project.rows("SELECT form FROM rejected_names ORDER BY form COLLATE NOCASE")]


def reject_suggestion(project: Project, form: str) -> Journal:
    """Remember that ``form`` is not a name, so the name finder does not suggest it again (in
    any case or diacritics). Rejecting a form again changes nothing. ``result``: the form."""
    form = unicodedata.normalize("NFC", " ".join(form.split()))
    if not form:
        raise ValidationError(EMPTY_NAME)
    known = {fold(f) for f in rejected_forms(project)}
    with project.transaction("reject suggested name") as tx:
        if fold(form) not in known:
            tx.insert("rejected_names", {"form": form})
        tx.result = form
    return tx.journal


def unreject_suggestion(project: Project, form: str) -> Journal:
    """Let the name finder suggest ``form`` again."""
    wanted = fold(form)
    rows = [r for r in project.rows("SELECT id, form FROM rejected_names") if fold(r["form"]) == wanted]
    if not rows:
        raise NotFoundError(NOT_REJECTED, form=form)
    with project.transaction("suggest name again") as tx:
        for row in rows:
            tx.delete("rejected_names", row["id"])
    return tx.journal
