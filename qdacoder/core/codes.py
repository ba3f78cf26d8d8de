"""The codebook: a tree of codes of any depth.

A code is addressed on the command line and in exchange files by its *path*: the names from
the root down, joined with "/". That is why a code name may not contain "/", and why names
are unique among siblings (compared without regard to case, so "Steun" and "steun" cannot
both sit under one parent).
"""

from __future__ import annotations

import colorsys
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .codebook import VALENCES
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .journal import Journal, Transaction
from .models import Code
from .project import Project, new_guid, now

SEPARATOR = "/"
MAX_NAME_LENGTH = 200
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Light enough to read black text on, distinct enough to tell apart side by side.
PALETTE = (
    "#f6c744", "#8fd3f4", "#b5e48c", "#f4a6a6", "#cdb4db", "#ffc8a2",
    "#90dbc4", "#f7a8d8", "#c0c0f0", "#e0d070", "#a0c4ff", "#ffd6a5",
)
# Lightness steps from the parent's, one per sibling, so the children of a parent are told apart.
SHADES = (0.12, -0.10, 0.20, -0.16, 0.26, 0.06, -0.05)
_COLUMNS = (
    "id, guid, parent_id, name, position, color, description, inclusion, exclusion, example, "
    "is_codable, default_valence, added_while_coding, created_by, created_at"
)


def _code(row: dict) -> Code:
    return Code(**{**row, "is_codable": bool(row["is_codable"]), "added_while_coding": bool(row["added_while_coding"])})


@dataclass(frozen=True)
class CodeNode:
    """A code in tree order, with its depth and path (for listings)."""

    code: Code
    depth: int
    path: str


def list_codes(project: Project) -> list[Code]:
    return [_code(r) for r in project.rows(f"SELECT {_COLUMNS} FROM codes ORDER BY position, id")]


def get_code(project: Project, code_id: int) -> Code:
    rows = project.rows(f"SELECT {_COLUMNS} FROM codes WHERE id = ?", [code_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "This code no longer exists."))
    return _code(rows[0])


def walk_tree(project: Project) -> Iterator[CodeNode]:
    """Every code, parents before children, siblings in their order."""
    children: dict[int | None, list[Code]] = {}
    for code in list_codes(project):
        children.setdefault(code.parent_id, []).append(code)

    def walk(parent_id: int | None, depth: int, prefix: str) -> Iterator[CodeNode]:
        for code in children.get(parent_id, []):
            path = prefix + code.name
            yield CodeNode(code, depth, path)
            yield from walk(code.id, depth + 1, path + SEPARATOR)

    yield from walk(None, 0, "")


def code_paths(project: Project, code_ids: Iterable[int] | None = None) -> dict[int, str]:
    """The path of every code (or of those in ``code_ids``), from the ids, parents and names
    alone; for a few codes only they and their ancestors are read, so showing one new coding
    costs the same with 10,000 codes as with 10."""
    if code_ids is None:
        rows = project.db.execute("SELECT id, parent_id, name FROM codes")
    else:
        code_ids = list(code_ids)
        rows = project.db.execute(
            "WITH RECURSIVE up(id, parent_id, name) AS ("
            " SELECT id, parent_id, name FROM codes WHERE id IN (SELECT value FROM json_each(?))"
            " UNION SELECT c.id, c.parent_id, c.name FROM codes c JOIN up ON c.id = up.parent_id)"
            " SELECT id, parent_id, name FROM up", [json.dumps(code_ids)])
    parents = {i: (parent, name) for i, parent, name in rows}
    paths: dict[int, str] = {}

    def path(code_id: int) -> str:
        found = paths.get(code_id)
        if found is None:
            parent, name = parents[code_id]
            found = paths[code_id] = name if parent is None else path(parent) + SEPARATOR + name
        return found

    wanted = parents if code_ids is None else code_ids
    return {code_id: path(code_id) for code_id in wanted}


def code_path(project: Project, code_id: int) -> str:
    names = []
    current: int | None = code_id
    while current is not None:
        code = get_code(project, current)
        names.append(code.name)
        current = code.parent_id
    return SEPARATOR.join(reversed(names))


def split_path(path: str) -> list[str]:
    names = [name.strip() for name in path.split(SEPARATOR)]
    if not path.strip() or any(not name for name in names):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{path}” is not a valid code path."), path=path
        )
    return names


def find_child(project: Project, parent_id: int | None, name: str) -> Code | None:
    key = name.strip().casefold()
    for row in project.rows(
        f"SELECT {_COLUMNS} FROM codes WHERE parent_id IS ?", [parent_id]
    ):
        if row["name"].casefold() == key:
            return _code(row)
    return None


def find_code_by_path(project: Project, path: str) -> Code | None:
    code: Code | None = None
    for name in split_path(path):
        code = find_child(project, code.id if code else None, name)
        if code is None:
            return None
    return code


def subtree_ids(project: Project, code_id: int) -> list[int]:
    """The code and all its descendants."""
    return [
        r["id"]
        for r in project.rows(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
            "SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub",
            [code_id],
        )
    ]


def coding_counts(project: Project, code_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Number of codings of each code (the code itself, not its subcodes); only of
    ``code_ids`` when given (codes without codings are then present with 0)."""
    if code_ids is None:
        return {
            r["code_id"]: r["n"]
            for r in project.rows("SELECT code_id, count(*) AS n FROM codings GROUP BY code_id")
        }
    wanted = list(code_ids)
    counts = dict.fromkeys(wanted, 0)
    marks = ",".join("?" for _ in wanted)
    for r in project.rows(f"SELECT code_id, count(*) AS n FROM codings WHERE code_id IN ({marks}) GROUP BY code_id", wanted):
        counts[r["code_id"]] = r["n"]
    return counts


def check_name(project: Project, parent_id: int | None, name: str, *, exclude: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("qdacoder", "A code needs a name."))
    if SEPARATOR in name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "A code name cannot contain “/”: “{name}”."), name=name
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "A code name can have at most {n} characters."),
            n=MAX_NAME_LENGTH,
        )
    sibling = find_child(project, parent_id, name)
    if sibling and sibling.id != exclude:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "There is already a code “{name}” at this place."),
            name=sibling.name,
        )
    return name


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{color}” is not a colour; use #rrggbb."), color=color
        )
    return color.lower()


def check_valence(valence: str | None) -> str | None:
    if valence is not None and valence not in VALENCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "“{valence}” is not a valence; use promoting or hindering."),
            valence=valence,
        )
    return valence


def insert_code(
    tx: Transaction,
    name: str,
    *,
    parent_id: int | None = None,
    color: str | None = None,
    description: str = "",
    inclusion: str = "",
    exclusion: str = "",
    example: str = "",
    is_codable: bool = True,
    default_valence: str | None = None,
    created_by: int | None = None,
    added_while_coding: bool = False,
    guid: str | None = None,
) -> int:
    """Add a code inside a running operation; returns its id. ``guid`` keeps the identity a
    code has in an exchanged file, unless the project already uses it."""
    project = tx.project
    if parent_id is not None:
        get_code(project, parent_id)
    name = check_name(project, parent_id, name)
    if color is None:
        count = project.scalar("SELECT count(*) FROM codes")
        color = PALETTE[count % len(PALETTE)]
    position = project.scalar(
        "SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id IS ?", [parent_id]
    )
    if guid is None or project.scalar("SELECT 1 FROM codes WHERE guid = ?", [guid]):
        guid = new_guid()
    return tx.insert(
        "codes",
        {
            "guid": guid,
            "parent_id": parent_id,
            "name": name,
            "position": position,
            "color": check_color(color),
            "description": description,
            "inclusion": inclusion,
            "exclusion": exclusion,
            "example": example,
            "is_codable": int(is_codable),
            "default_valence": check_valence(default_valence),
            "added_while_coding": int(added_while_coding),
            "created_by": created_by,
            "created_at": now(),
        },
    )


def family_color(parent_color: str, sibling: int) -> str:
    """The colour of the parent's ``sibling``-th child (0 = first): the parent's hue and
    saturation, a lightness kept between 0.25 and 0.80 so both text colours stay possible."""
    red, green, blue = (int(parent_color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    shade = min(0.80, max(0.25, lightness + SHADES[sibling % len(SHADES)]))
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(hue, shade, saturation))


def child_properties(project: Project, parent_id: int | None) -> dict:
    """Colour and default valence of a new child of ``parent_id``: a code made under a parent
    belongs to its family (a shade of the parent's colour and the parent's default valence),
    so a new code under "Belemmerende factoren" reads as hindering at once. Nothing at the top."""
    if parent_id is None:
        return {}
    parent = get_code(project, parent_id)
    siblings = project.scalar("SELECT count(*) FROM codes WHERE parent_id = ?", [parent_id])
    return {"color": family_color(parent.color, siblings), "default_valence": parent.default_valence}


def ensure_path(
    tx: Transaction, path: str, *, created_by: int | None = None, added_while_coding: bool = False,
    family: bool = False,
) -> int:
    """The id of the code at ``path``, creating the missing codes along it; with ``family``
    each new code under a parent takes the parent's colour family and default valence (codes
    made by hand; imported codebooks keep what their file says)."""
    parent: int | None = None
    for name in split_path(path):
        existing = find_child(tx.project, parent, name)
        inherited = child_properties(tx.project, parent) if family and existing is None else {}
        parent = existing.id if existing else insert_code(
            tx, name, parent_id=parent, created_by=created_by, added_while_coding=added_while_coding, **inherited
        )
    assert parent is not None
    return parent


def add_code(project: Project, name: str, **properties) -> Journal:
    """Add a code as one step; ``properties`` are those of ``insert_code`` (parent_id, color,
    description, criteria, is_codable, default_valence, created_by, ...)."""
    with project.transaction("add code") as tx:
        tx.result = insert_code(tx, name, **properties)
    return tx.journal


def rename_code(project: Project, code_id: int, name: str) -> Journal:
    code = get_code(project, code_id)
    name = check_name(project, code.parent_id, name, exclude=code_id)
    with project.transaction("rename code") as tx:
        tx.update("codes", code_id, {"name": name})
    return tx.journal


def set_code_color(project: Project, code_id: int, color: str) -> Journal:
    get_code(project, code_id)
    with project.transaction("change colour") as tx:
        tx.update("codes", code_id, {"color": check_color(color)})
    return tx.journal


def set_code_description(project: Project, code_id: int, description: str) -> Journal:
    return update_code(project, code_id, description=description)


CODED_CATEGORY = QT_TRANSLATE_NOOP(
    "qdacoder", "“{name}” has {count} coding(s) and cannot become a category (a category groups codes "
    "and takes no codings); move its codings to a subcode first.")
EDITABLE = ("description", "inclusion", "exclusion", "example", "color", "is_codable", "default_valence")


def update_code(project: Project, code_id: int, **changes) -> Journal:
    """Change a code's definition, criteria, example, colour, category flag or default
    valence (any of ``EDITABLE``) as one step."""
    get_code(project, code_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")  # a programming error, not the user's
    values = dict(changes)
    if "color" in values:
        values["color"] = check_color(values["color"])
    if "default_valence" in values:
        values["default_valence"] = check_valence(values["default_valence"])
    if "is_codable" in values:
        values["is_codable"] = int(bool(values["is_codable"]))
        codings = project.scalar("SELECT count(*) FROM codings WHERE code_id = ?", [code_id])
        if not values["is_codable"] and codings:
            # a category takes no codings: these would be left on a code that refuses them
            raise ValidationError(CODED_CATEGORY, name=get_code(project, code_id).name, count=codings)
    with project.transaction("edit code") as tx:
        tx.update("codes", code_id, values)
    return tx.journal


def count_subtree_codings(project: Project, code_id: int) -> int:
    ids = subtree_ids(project, code_id)
    marks = ",".join("?" for _ in ids)
    return project.scalar(f"SELECT count(*) FROM codings WHERE code_id IN ({marks})", ids)
