"""A code made under a parent belongs to its family: a shade of the parent's colour (same hue,
another lightness per sibling) and the parent's default valence, so a new code under
"Belemmerende factoren" reads as hindering at once."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...core import codes as codes_mod
from ...core import codings
from ...core.project import Project

SHADES = (0.12, -0.10, 0.20, -0.16, 0.26, 0.06, -0.05)  # lightness steps from the parent's


def family_color(parent_color: str, sibling: int) -> str:
    """The colour of the parent's ``sibling``-th child (0 = first): the parent's hue and
    saturation, a lightness kept between 0.25 and 0.80 so both text colours stay possible."""
    hue, saturation, lightness, _ = QColor(parent_color).getHslF()
    step = SHADES[sibling % len(SHADES)]
    shade = min(0.80, max(0.25, lightness + step))
    return QColor.fromHslF(max(hue, 0.0), saturation, shade).name()


def child_properties(project: Project, parent_id: int | None) -> dict:
    """colour and default valence for a new child of ``parent_id`` (nothing at the top level)."""
    if parent_id is None:
        return {}
    parent = codes_mod.get_code(project, parent_id)
    siblings = sum(1 for c in codes_mod.list_codes(project) if c.parent_id == parent_id)
    return {"color": family_color(parent.color, siblings), "default_valence": parent.default_valence}


def code_under_parent(project: Project, *, parent_id: int, name: str, document_id: int, start: int, end: int,
                      coder_id: int):
    """One undo step: a new code (added while coding) in its parent's family, and the passage
    coded with it (the coding takes the code's default valence)."""
    with project.transaction("add coding") as tx:
        code_id = codes_mod.insert_code(tx, name, parent_id=parent_id, created_by=coder_id, added_while_coding=True,
                                        **child_properties(project, parent_id))
        tx.result = codings.insert_coding(tx, document_id=document_id, code_id=code_id, start=start, end=end,
                                          coder_id=coder_id)
    return tx.journal
