"""Respondents: the people who speak in the documents (a youth, a parent, a professional).

A transcript's speaker labels (``R:``, ``Moeder:``) are linked to respondents per document, so
every coded passage knows who said it and in which role.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal
from .project import Project, new_guid, now
from .targets import delete_target_rows

ROLES = ("jeugdige", "ouder", "gezagdrager", "pleegouder", "professional", "anders")  # a new project's list
ROLES_KEY = "respondent_roles"


@dataclass(frozen=True)
class Respondent:
    id: int
    guid: str
    case_id: int | None
    label: str
    role: str
    function: str  # for professionals: jeugdconsulent, gedragsdeskundige, ...


_COLUMNS = "id, guid, case_id, label, role, function"


def list_respondents(project: Project, case_id: int | None = None) -> list[Respondent]:
    where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
    return [Respondent(**r) for r in project.rows(f"SELECT {_COLUMNS} FROM respondents {where} ORDER BY label", params)]


def get_respondent(project: Project, respondent_id: int) -> Respondent:
    rows = project.rows(f"SELECT {_COLUMNS} FROM respondents WHERE id = ?", [respondent_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This respondent no longer exists."))
    return Respondent(**rows[0])


def _check(project: Project, case_id: int | None, label: str, exclude: int | None = None) -> str:
    label = " ".join(label.split())
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A respondent needs a label."))
    other = project.scalar("SELECT id FROM respondents WHERE case_id IS ? AND label = ?", [case_id, label])
    if other is not None and other != exclude:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "This case already has a respondent “{label}”."), label=label
        )
    return label


def add_respondent(project: Project, *, case_id: int | None, label: str, role: str = "", function: str = "") -> Journal:
    label = _check(project, case_id, label)
    with project.transaction("add respondent") as tx:
        tx.result = tx.insert("respondents", {"guid": new_guid(), "case_id": case_id, "label": label,
                                              "role": role.strip(), "function": function.strip(), "created_at": now()})
    return tx.journal


def update_respondent(project: Project, respondent_id: int, **changes) -> Journal:
    """Change label, role, function or case (any of those keys)."""
    current = get_respondent(project, respondent_id)
    values = {k: v for k, v in changes.items() if k in ("label", "role", "function", "case_id")}
    if "label" in values or "case_id" in values:
        values["label"] = _check(project, values.get("case_id", current.case_id), values.get("label", current.label),
                                 exclude=respondent_id)
    with project.transaction("edit respondent") as tx:
        tx.update("respondents", respondent_id, values)
    return tx.journal


def delete_respondent(project: Project, respondent_id: int) -> Journal:
    """Remove a respondent; speaker turns linked to them keep their label but lose the link."""
    get_respondent(project, respondent_id)
    with project.transaction("delete respondent") as tx:
        for row in project.rows("SELECT id FROM speaker_turns WHERE respondent_id = ?", [respondent_id]):
            tx.update("speaker_turns", row["id"], {"respondent_id": None})
        delete_target_rows(tx, "respondent", respondent_id)
        tx.delete("respondents", respondent_id)
    return tx.journal


def speakers(project: Project, document_id: int) -> list[tuple[str, int | None, int]]:
    """(speaker label, linked respondent id or None, number of turns) for a document."""
    return [
        (r["speaker"], r["respondent_id"], r["n"])
        for r in project.rows(
            "SELECT speaker, max(respondent_id) AS respondent_id, count(*) AS n FROM speaker_turns "
            "WHERE document_id = ? GROUP BY speaker ORDER BY min(start)",
            [document_id],
        )
    ]


def linked_speakers(project: Project) -> dict[int, list[tuple[str, str, int]]]:
    """Per respondent id: (document name, speaker label, number of turns) of every speaker
    linked to them, in document order."""
    found: dict[int, list[tuple[str, str, int]]] = {}
    for r in project.rows(
        "SELECT t.respondent_id, d.name AS document, t.speaker, count(*) AS n FROM speaker_turns t "
        "JOIN documents d ON d.id = t.document_id WHERE t.respondent_id IS NOT NULL "
        "GROUP BY t.respondent_id, t.document_id, t.speaker ORDER BY d.name, min(t.start)"
    ):
        found.setdefault(r["respondent_id"], []).append((r["document"], r["speaker"], r["n"]))
    return found


def link_speaker(project: Project, document_id: int, speaker: str, respondent_id: int | None) -> Journal:
    """Let every turn of ``speaker`` in the document belong to the respondent (None: unlink)."""
    if respondent_id is not None:
        get_respondent(project, respondent_id)
    with project.transaction("link speaker") as tx:
        for row in project.rows("SELECT id FROM speaker_turns WHERE document_id = ? AND speaker = ?", [document_id, speaker]):
            tx.update("speaker_turns", row["id"], {"respondent_id": respondent_id})
    return tx.journal


def speaker_at(project: Project, document_id: int, start: int, end: int) -> tuple[str | None, Respondent | None]:
    """Who said the passage start..end: the speaker turn it starts in (label and respondent)."""
    rows = project.rows(
        'SELECT speaker, respondent_id FROM speaker_turns WHERE document_id = ? AND start <= ? AND "end" > ? '
        "ORDER BY start DESC LIMIT 1",
        [document_id, start, start],
    )
    if not rows:
        return None, None
    respondent = get_respondent(project, rows[0]["respondent_id"]) if rows[0]["respondent_id"] else None
    return rows[0]["speaker"], respondent


def project_roles(project: Project) -> list[str]:
    """The project's respondent roles, as the researcher writes them (default: ``ROLES``)."""
    stored = project.setting(ROLES_KEY)
    return [r for r in stored.split("\n") if r] if stored else list(ROLES)


def set_project_roles(project: Project, names: list[str]) -> list[str]:
    """Keep ``names`` (trimmed, each once, in order) as the project's respondent roles."""
    kept = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
    if not kept:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "Give at least one respondent role."))
    project.set_setting(ROLES_KEY, "\n".join(kept))
    return kept
