"""Taking a codebook into a project and reading it back out.

Merging is by path: a code whose path the project already has is kept as it is (the project's
own definitions win; nothing is duplicated), a new path is added with everything the file says
about it, and the report lists what was added. The whole merge is one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .codebook import Codebook, CodebookEntry
from .codes import find_child, insert_code, walk_tree
from .journal import Journal
from .project import Project


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)  # paths of the codes added
    existing: list[str] = field(default_factory=list)  # paths the project had already


def codebook_from_project(project: Project) -> Codebook:
    """The project's codebook as plain data, in tree order."""
    entries: dict[int, CodebookEntry] = {}
    roots: list[CodebookEntry] = []
    for node in walk_tree(project):
        code = node.code
        entry = CodebookEntry(
            name=code.name, description=code.description, inclusion=code.inclusion,
            exclusion=code.exclusion, example=code.example, color=code.color,
            default_valence=code.default_valence, is_codable=code.is_codable, guid=code.guid,
        )
        entries[code.id] = entry
        (entries[code.parent_id].children if code.parent_id else roots).append(entry)
    return Codebook(name=project.setting("codebook_name") or project.name,
                    description=project.setting("codebook_description") or "", codes=roots)


def merge_codebook(project: Project, codebook: Codebook, *, created_by: int | None = None) -> Journal:
    """Add the codebook's codes that the project does not have yet. ``result``: MergeReport."""
    report = MergeReport()
    with project.transaction("import codebook") as tx:

        def visit(entries: list[CodebookEntry], parent_id: int | None, prefix: str) -> None:
            for entry in entries:
                path = prefix + entry.name
                existing = find_child(project, parent_id, entry.name)
                if existing is not None:
                    code_id = existing.id
                    report.existing.append(path)
                else:
                    code_id = insert_code(
                        tx, entry.name, parent_id=parent_id, color=entry.color, description=entry.description,
                        inclusion=entry.inclusion, exclusion=entry.exclusion, example=entry.example,
                        is_codable=entry.is_codable, default_valence=entry.default_valence,
                        created_by=created_by, guid=entry.guid,
                    )
                    report.added.append(path)
                visit(entry.children, code_id, path + "/")

        visit(codebook.codes, None, "")
        tx.result = report
    return tx.journal
