"""Typed attributes (variables) of cases, documents and respondents.

Design rules:
- A variable has a type: text, number, date (YYYY-MM-DD), boolean (yes/no) or category (one
  of a fixed list). Values are checked and stored in their type: numbers as numbers, yes/no
  as 1/0, dates as ISO text.
- A missing value has no row. It is never stored as 0, "no" or an empty string, so every
  count can tell the valid n from the missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError, Word
from .journal import Journal
from .project import Project, new_guid
from .schema import ATTRIBUTE_TARGETS, ATTRIBUTE_TYPES

_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0"}
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
# a space may only separate thousands ("12 500"): "+31 6 0000 0000" is a telephone number
_SPACED = re.compile(r"^[+-]?\d{1,3}( \d{3})+([.,]\d*)?$")


@dataclass(frozen=True)
class Variable:
    id: int
    guid: str
    target: str  # "case", "document" or "respondent"
    name: str
    type: str  # "text", "number", "date", "boolean" or "category"
    categories: tuple[str, ...]
    description: str
    position: int


def _variable(row: dict) -> Variable:
    return Variable(**{**row, "categories": tuple(json.loads(row["categories"]))})


def list_variables(project: Project, target: str) -> list[Variable]:
    return [_variable(r) for r in project.rows("SELECT * FROM variables WHERE target = ? ORDER BY position, id", [target])]


def get_variable(project: Project, variable_id: int) -> Variable:
    rows = project.rows("SELECT * FROM variables WHERE id = ?", [variable_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This attribute no longer exists."))
    return _variable(rows[0])


def find_variable(project: Project, target: str, name: str) -> Variable | None:
    rows = project.rows("SELECT * FROM variables WHERE target = ? AND name = ?", [target, name.strip()])
    return _variable(rows[0]) if rows else None


def add_variable(
    project: Project, *, target: str, name: str, type: str, categories: list[str] | tuple[str, ...] = (), description: str = ""
) -> Journal:
    if target not in ATTRIBUTE_TARGETS or type not in ATTRIBUTE_TYPES:
        raise ValueError(f"bad target or type: {target}, {type}")  # a programming error
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "An attribute needs a name."))
    if find_variable(project, target, name):
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "There is already an attribute “{name}”."), name=name)
    values = [c.strip() for c in categories if c.strip()]
    if type == "category" and not values:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "The category attribute “{name}” needs its list of values."), name=name
        )
    position = project.scalar("SELECT coalesce(max(position) + 1, 0) FROM variables WHERE target = ?", [target])
    with project.transaction("add attribute") as tx:
        tx.result = tx.insert("variables", {"guid": new_guid(), "target": target, "name": name, "type": type,
                                            "categories": json.dumps(values, ensure_ascii=False),
                                            "description": description, "position": position})
    return tx.journal


def delete_variable(project: Project, variable_id: int) -> Journal:
    get_variable(project, variable_id)
    with project.transaction("delete attribute") as tx:
        for row in project.rows("SELECT id FROM attribute_values WHERE variable_id = ?", [variable_id]):
            tx.delete("attribute_values", row["id"])
        tx.delete("variables", variable_id)
    return tx.journal


def parse_value(variable: Variable, raw: Any) -> Any:
    """The stored form of ``raw`` for this variable; None for an empty (missing) value.
    Raises ValidationError (with ``value`` and ``type`` params) when it does not fit."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if variable.type == "number":
        if isinstance(raw, bool):
            raise _bad(raw, variable)
        if isinstance(raw, (int, float)):
            return raw
        text = str(raw).strip()
        if " " in text and not _SPACED.match(text):
            raise _bad(raw, variable)
        text = text.replace(" ", "")
        if not _NUMBER.match(text):
            raise _bad(raw, variable)
        number = float(text.replace(",", "."))
        return int(number) if number.is_integer() and "." not in text and "," not in text else number
    if variable.type == "boolean":
        if isinstance(raw, bool):
            return int(raw)
        word = str(raw).strip().casefold()
        if word in _TRUE:
            return 1
        if word in _FALSE:
            return 0
        raise _bad(raw, variable)
    if variable.type == "date":
        if isinstance(raw, date):
            return raw.isoformat()[:10]
        text = str(raw).strip()
        for pattern, order in ((r"^(\d{4})-(\d{1,2})-(\d{1,2})$", "ymd"), (r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", "dmy")):
            m = re.match(pattern, text)
            if m:
                parts = [int(g) for g in m.groups()]
                y, mo, d = parts if order == "ymd" else (parts[2], parts[1], parts[0])
                try:
                    return date(y, mo, d).isoformat()
                except ValueError:
                    break
        raise _bad(raw, variable)
    if variable.type == "category":
        text = str(raw).strip()
        for allowed in variable.categories:
            if allowed.casefold() == text.casefold():
                return allowed
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not one of the values of “{name}”: {values}."),
            value=text, name=variable.name, values=", ".join(variable.categories),
        )
    return str(raw).strip()


def _bad(raw: Any, variable: Variable) -> ValidationError:
    words = {"number": QT_TRANSLATE_NOOP("qdacoder", "a number"),
             "boolean": QT_TRANSLATE_NOOP("qdacoder", "yes or no"),
             "date": QT_TRANSLATE_NOOP("qdacoder", "a date (YYYY-MM-DD or DD-MM-YYYY)")}
    return ValidationError(
        QT_TRANSLATE_NOOP("qdacoder", "“{value}” is not {kind}, as “{name}” needs."),
        value=str(raw), kind=Word(words.get(variable.type, variable.type)), name=variable.name,
    )


def set_values(project: Project, changes: list[tuple[int, int, Any]]) -> Journal:
    """Set many values in one step: (variable id, target id, raw value or None for missing).
    Every value is checked first; one that does not fit refuses the whole step."""
    variables: dict[int, Variable] = {}
    parsed = []
    for variable_id, target_id, raw in changes:
        variable = variables.get(variable_id) or variables.setdefault(variable_id, get_variable(project, variable_id))
        parsed.append((variable_id, target_id, parse_value(variable, raw)))
    with project.transaction("set attributes") as tx:
        for variable_id, target_id, value in parsed:
            row = project.scalar("SELECT id FROM attribute_values WHERE variable_id = ? AND target_id = ?",
                                 [variable_id, target_id])
            if value is None:
                if row is not None:
                    tx.delete("attribute_values", row)
            elif row is None:
                tx.insert("attribute_values", {"variable_id": variable_id, "target_id": target_id, "value": value})
            else:
                tx.update("attribute_values", row, {"value": value})
    return tx.journal


def set_value(project: Project, variable_id: int, target_id: int, raw: Any) -> Journal:
    return set_values(project, [(variable_id, target_id, raw)])


def values_of(project: Project, target: str) -> dict[int, dict[int, Any]]:
    """target id -> {variable id: value} for every stored (non-missing) value."""
    table: dict[int, dict[int, Any]] = {}
    for r in project.rows(
        "SELECT a.target_id, a.variable_id, a.value FROM attribute_values a "
        "JOIN variables v ON v.id = a.variable_id WHERE v.target = ?",
        [target],
    ):
        table.setdefault(r["target_id"], {})[r["variable_id"]] = r["value"]
    return table


YES = QT_TRANSLATE_NOOP("qdacoder", "yes")
NO = QT_TRANSLATE_NOOP("qdacoder", "no")


def display(variable: Variable, value: Any, translate=lambda text: text) -> str:
    """A stored value as a researcher reads it (decimal comma, yes/no through ``translate``);
    "" when missing."""
    if value is None:
        return ""
    if variable.type == "boolean":
        return translate(YES if value else NO)
    if variable.type == "number" and isinstance(value, float):
        return repr(value).replace(".", ",")  # the shortest exact form: 6.8 -> "6,8", 1234567.5 stays whole
    return str(value)
