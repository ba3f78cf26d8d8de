"""Quotes: codings starred as quote candidates, the study's attribution template, and the
placeholders that keep names of youths, parents and institutions out of every export.

Design rules (why):
- Starring and confidentiality are columns of the coding (``codings.starred``,
  ``codings.confidential``), changed through the journal: one undo step however many codings
  are marked at once.
- The attribution template is a project setting (the whole team writes in one house style).
  Fields are written in braces: ``{text}``, ``{role}``, ``{respondent}``, ``{speaker}``,
  ``{case}``, ``{document}``, ``{kind}`` and the name of any respondent, case or document
  attribute (case-blind: ``{Leeftijd}`` and ``{leeftijd}`` are the same). A part in square
  brackets with a field in it is written only when its fields have values:
  ``“{text}” - {role}[, {leeftijd} jaar]`` gives "- pleegouder" for an adult without an age. A
  template without ``{text}`` or with a field that does not exist is refused in plain words, not
  discovered in the report.
- A role prints as the project stores it; the project's list of respondent roles
  (``respondents.project_roles``) is the researcher's own ("Gezagdrager", "jeugdprofessional").
- The names that must not leave the project and their placeholders are ``core.names``.
"""

from __future__ import annotations

import re

from .attributes import list_variables
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .names import name_filter
from .project import Project

TEMPLATE_KEY = "quote_template"
PRESETS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("qdacoder", "Quote with role"), "“{text}” ({role})"),
    (QT_TRANSLATE_NOOP("qdacoder", "Quote with role and age"), "“{text}” - {role}[, {age} jaar]"),
    (QT_TRANSLATE_NOOP("qdacoder", "Quote with municipality"), "‘{text}’ (Respondent {gemeente})"),
)
PRESET_KEYS = ("role", "role-age", "municipality")  # the command line's names for PRESETS, in order
OPTIONAL = re.compile(r"\[([^\[\]]*\{[^{}\[\]]*\}[^\[\]]*)\]")  # [ ... {field} ... ]: written only with values
BUILT_IN_FIELDS = ("text", "role", "respondent", "speaker", "case", "document", "kind")
FIELD = re.compile(r"\{([^{}]*)\}")


def norm(name: str) -> str:
    """A field or attribute name as templates match it: trimmed, case-blind."""
    return " ".join(name.split()).casefold()


# --- starring and confidential codings --------------------------------------------------------
def _set_flag(project: Project, coding_ids, column: str, value: bool, label: str) -> Journal:
    ids = list(dict.fromkeys(coding_ids))
    with project.transaction(label) as tx:
        for coding_id in ids:
            if project.scalar("SELECT 1 FROM codings WHERE id = ?", [coding_id]) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This coding no longer exists."))
            tx.update("codings", coding_id, {column: int(bool(value))})
        tx.result = len(ids)
    return tx.journal


def set_starred(project: Project, coding_ids, starred: bool = True) -> Journal:
    """Star (or unstar) the codings as quote candidates: one undo step."""
    return _set_flag(project, coding_ids, "starred", starred, "star quote" if starred else "unstar quote")


def set_confidential(project: Project, coding_ids, confidential: bool = True) -> Journal:
    """Mark the codings confidential (vertrouwelijk: not to be shared) or shareable again: one
    undo step. Analysis still counts them; quotes and shared copies leave their text out."""
    return _set_flag(project, coding_ids, "confidential", confidential,
                     "mark confidential" if confidential else "mark shareable")


def is_starred(project: Project, coding_id: int) -> bool:
    return bool(project.scalar("SELECT starred FROM codings WHERE id = ?", [coding_id]))


def is_confidential(project: Project, coding_id: int) -> bool:
    return bool(project.scalar("SELECT confidential FROM codings WHERE id = ?", [coding_id]))


def _flagged(project: Project, column: str) -> list[int]:
    return [r[0] for r in project.db.execute(f"SELECT id FROM codings WHERE {column} = 1 ORDER BY id").fetchall()]


def starred_ids(project: Project) -> list[int]:
    return _flagged(project, "starred")


def confidential_ids(project: Project) -> list[int]:
    return _flagged(project, "confidential")


# --- the attribution template ----------------------------------------------------------------
def known_fields(project: Project) -> list[str]:
    """Every field a template may use: the built-in ones, then the attribute names."""
    fields = list(BUILT_IN_FIELDS)
    for target in ("respondent", "case", "document"):
        fields += [v.name for v in list_variables(project, target) if norm(v.name) not in map(norm, fields)]
    return fields


def template_fields(text: str) -> list[str]:
    return [m.group(1) for m in FIELD.finditer(text)]


def preset(key: str) -> str:
    """The template of a preset by its command-line name (``role``, ``role-age``, ``municipality``)."""
    if key not in PRESET_KEYS:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "There is no preset “{name}”; choose one of: {names}."),
                              name=key, names=", ".join(PRESET_KEYS))
    return PRESETS[PRESET_KEYS.index(key)][1]



def check_template(project: Project, text: str) -> str:
    """The template as stored, or a ValidationError saying what is wrong with it."""
    text = text.strip()
    fields = template_fields(text)
    if "text" not in [norm(f) for f in fields]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "The template must contain {{text}}: the place where the quote itself goes."))
    rest = FIELD.sub("", text)
    if "{" in rest or "}" in rest:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "qdacoder", "The template has a brace that does not belong to a field: write fields as {{role}}."))
    known = {norm(f) for f in known_fields(project)}
    for field in fields:
        if norm(field) not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "qdacoder",
                    "The template uses “{field}”, which is not a field. Use {fields} or the name of an attribute "
                    "of respondents, cases or documents.",
                ),
                field="{" + field + "}",
                fields=", ".join("{" + f + "}" for f in BUILT_IN_FIELDS),
            )
    return text


def template(project: Project) -> str:
    """The study's attribution template (the first preset until one is chosen)."""
    return project.setting(TEMPLATE_KEY) or PRESETS[0][1]


def set_template(project: Project, text: str) -> str:
    """Store the study's template after checking it; returns it as stored."""
    text = check_template(project, text)
    project.set_setting(TEMPLATE_KEY, text)
    return text


# --- names in quotes -------------------------------------------------------------------------
def names_in(project: Project, text: str) -> list[str]:
    """The listed names that occur in ``text`` (for the window's warning), longest first."""
    return name_filter(project).names_in(text)


def starred_with_names(project: Project) -> list[tuple[int, list[str]]]:
    """Starred quotes whose text contains a name from the placeholder list: (coding id,
    names). Exports replace the names; the window says so, so the author is never surprised.
    Confidential codings are never exported, so their names need no warning."""
    rows = project.rows(
        'SELECT g.id, substr(d.text, g.start + 1, g."end" - g.start) AS passage '
        "FROM codings g JOIN documents d ON d.id = g.document_id "
        "WHERE g.starred = 1 AND g.confidential = 0 ORDER BY g.id"
    )
    names_of = name_filter(project).names_in
    found = []
    for row in rows:
        names = names_of(row["passage"])
        if names:
            found.append((row["id"], names))
    return found
