"""Starter codebooks: a new project can begin with the codebook of an earlier study."""

from __future__ import annotations

from ..core.codebook_ops import merge_codebook
from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.project import Project
from ..resources import starter_codebooks


def starter_titles() -> dict[str, str]:
    """Name -> the codebook's own title, for choosing one."""
    from . import read_codebook

    return {name: read_codebook(path).name or name for name, path in starter_codebooks().items()}


def start_from_codebook(project: Project, name: str) -> int:
    """Merge the starter codebook ``name`` into ``project``; returns the number of codes. Part
    of creating the project, so not an undoable step of its own."""
    from . import read_codebook

    starters = starter_codebooks()
    if name not in starters:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "There is no starter codebook “{name}”. Choose one of: {names}."),
            name=name, names=", ".join(starters),
        )
    book = read_codebook(starters[name])
    project.set_setting("codebook_name", book.name)
    if book.description:
        project.set_setting("codebook_description", book.description)
    return len(merge_codebook(project, book).result.added)
