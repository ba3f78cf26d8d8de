"""Timeline events of a case: where the youth lived, schools, help, family events, diagnoses
and other life events, on lanes; dated to the day, month or year, or by the youth's age.

Dates are often approximate ("in 2015", "toen ze 8 was"), so an event carries its precision
and its start (and end, for an episode) are written to that precision: "2015-03-12",
"2015-03", "2015" or an age in years ("8" or "8.5"). A point event has no end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal, Transaction
from .project import Project, new_guid, now
from .schema import LANES, PRECISIONS

CARE_TYPES = ("ambulant", "dagbehandeling", "pleegzorg", "24-uurs", "gesloten", "anders")
_PATTERNS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "age": re.compile(r"^\d{1,2}([.,]\d+)?$"),
}


@dataclass(frozen=True)
class Event:
    id: int
    guid: str
    case_id: int
    lane: str
    label: str
    precision: str
    start: str
    end: str | None
    provider: str
    care_type: str
    outside_family: bool | None  # for a living place: outside the family (None: not known)
    turning_point: bool
    memo: str

    @property
    def is_episode(self) -> bool:
        return self.end is not None


def _event(row: dict) -> Event:
    row = {k: v for k, v in row.items() if k != "created_at"}
    row["turning_point"] = bool(row["turning_point"])
    row["outside_family"] = None if row["outside_family"] is None else bool(row["outside_family"])
    return Event(**row)


def list_events(project: Project, case_id: int | None = None) -> list[Event]:
    where, params = ("WHERE case_id = ?", [case_id]) if case_id is not None else ("", [])
    found = [_event(r) for r in project.rows(f"SELECT * FROM events {where}", params)]
    # in time order within a lane: ages as numbers, dates by their parts, not as text ("10" < "8")
    return sorted(found, key=lambda e: (e.case_id, LANES.index(e.lane), e.precision == "age",
                                        _sort_key(e.precision, e.start), e.id))


def get_event(project: Project, event_id: int) -> Event:
    rows = project.rows("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This event no longer exists."))
    return _event(rows[0])


def check_when(precision: str, value: str | None, *, required: bool) -> str | None:
    """A start or end written to its precision; raises ValidationError otherwise."""
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "An event needs a start."))
        return None
    text = str(value).strip().replace(",", ".") if precision == "age" else str(value).strip()
    if precision not in PRECISIONS or not _PATTERNS[precision].match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{value}” does not fit the precision “{precision}” "
                              "(day: 2015-03-12, month: 2015-03, year: 2015, age: 8 or 8.5)."),
            value=text, precision=precision,
        )
    try:
        if precision == "day":
            date.fromisoformat(text)
        elif precision == "month":
            date(int(text[:4]), int(text[5:]), 1)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not a date."), value=text) from None
    return text


def _sort_key(precision: str, value: str) -> tuple:
    return (float(value),) if precision == "age" else tuple(int(p) for p in value.split("-"))


def check_lane(lane: str) -> str:
    if lane not in LANES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{lane}” is not a lane. Choose one of: {lanes}."),
            lane=lane, lanes=", ".join(LANES),
        )
    return lane


def check_order(precision: str, start: str, end: str | None) -> None:
    """``start`` and ``end`` already passed ``check_when`` with this precision."""
    if end is not None and _sort_key(precision, end) < _sort_key(precision, start):
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "An event cannot end ({end}) before it starts ({start})."),
                              start=start, end=end)


def check_care_type(care: str | None) -> str:
    """A type of help from ``CARE_TYPES``, or "" (not known)."""
    care = (care or "").strip()
    if care and care not in CARE_TYPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{care}” is not a type of help. Choose one of: {types}."),
            care=care, types=", ".join(CARE_TYPES),
        )
    return care


def event_values(fields: dict) -> dict:
    """The stored form of an event's fields, checked as every operation checks them (the
    checks above, in this order); raises ValidationError. Importers call it before writing."""
    lane = fields.get("lane")
    if lane is not None:
        check_lane(lane)
    precision = fields["precision"]
    start = check_when(precision, fields.get("start"), required=True)
    end = check_when(precision, fields.get("end"), required=False)
    check_order(precision, start, end)
    care = check_care_type(fields.get("care_type"))
    outside = fields.get("outside_family")
    return {**fields, "start": start, "end": end, "care_type": care,
            "outside_family": None if outside is None else int(bool(outside)),
            "turning_point": int(bool(fields.get("turning_point", False))),
            "label": (fields.get("label") or "").strip(), "provider": (fields.get("provider") or "").strip()}


def insert_event(tx: Transaction, *, case_id: int, lane: str, start: str, precision: str = "year",
                 end: str | None = None, label: str = "", provider: str = "", care_type: str = "",
                 outside_family: bool | None = None, turning_point: bool = False, memo: str = "") -> int:
    """Add an event inside an operation that is already running (e.g. an import of many);
    returns its id."""
    if not tx.project.scalar("SELECT 1 FROM cases WHERE id = ?", [case_id]):
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This case no longer exists."))
    values = event_values(dict(case_id=case_id, lane=lane, start=start, precision=precision, end=end, label=label,
                               provider=provider, care_type=care_type, outside_family=outside_family,
                               turning_point=turning_point, memo=memo))
    return tx.insert("events", {"guid": new_guid(), **values, "created_at": now()})


def add_event(project: Project, *, case_id: int, lane: str, start: str, precision: str = "year", end: str | None = None,
              label: str = "", provider: str = "", care_type: str = "", outside_family: bool | None = None,
              turning_point: bool = False, memo: str = "") -> Journal:
    if not project.scalar("SELECT 1 FROM cases WHERE id = ?", [case_id]):
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This case no longer exists."))
    fields = dict(case_id=case_id, lane=lane, start=start, precision=precision, end=end, label=label,
                  provider=provider, care_type=care_type, outside_family=outside_family,
                  turning_point=turning_point, memo=memo)
    event_values(fields)  # refuse before opening the transaction, as before
    with project.transaction("add event") as tx:
        tx.result = insert_event(tx, **fields)
    return tx.journal


def update_event(project: Project, event_id: int, **changes) -> Journal:
    current = get_event(project, event_id)
    fields = {k: getattr(current, k) for k in ("case_id", "lane", "label", "precision", "start", "end", "provider",
                                               "care_type", "outside_family", "turning_point", "memo")}
    fields.update(changes)
    values = event_values(fields)
    with project.transaction("edit event") as tx:
        tx.update("events", event_id, values)
    return tx.journal


def delete_event(project: Project, event_id: int) -> Journal:
    get_event(project, event_id)
    with project.transaction("delete event") as tx:
        for row in project.rows("SELECT id FROM event_codings WHERE event_id = ?", [event_id]):
            tx.delete("event_codings", row["id"])
        tx.delete("events", event_id)
    return tx.journal


def link_coding(project: Project, event_id: int, coding_id: int) -> Journal:
    """Link a coded passage that tells about the event."""
    get_event(project, event_id)
    with project.transaction("link passage to event") as tx:
        if not project.scalar("SELECT 1 FROM event_codings WHERE event_id = ? AND coding_id = ?", [event_id, coding_id]):
            tx.insert("event_codings", {"event_id": event_id, "coding_id": coding_id})
    return tx.journal


def unlink_coding(project: Project, event_id: int, coding_id: int) -> Journal:
    with project.transaction("unlink passage from event") as tx:
        for row in project.rows("SELECT id FROM event_codings WHERE event_id = ? AND coding_id = ?", [event_id, coding_id]):
            tx.delete("event_codings", row["id"])
    return tx.journal


def event_codings(project: Project, event_id: int) -> list[int]:
    return [r["coding_id"] for r in project.rows("SELECT coding_id FROM event_codings WHERE event_id = ? ORDER BY id", [event_id])]
