"""`qdacoder memos` and `qdacoder memo add`: the research journal and other memos from the
command line."""

from __future__ import annotations

from pathlib import Path

import click

from .lock import changing, force_option
from ..core import memos as memos_mod
from ..core.cases import find_case
from ..core.codes import code_path, find_code_by_path
from ..core.codings import get_coding
from ..core.documents import find_document
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project
from .options import default_coder, emit, json_option, plain_errors, project_argument, pseudonymised_option


def _target(project: Project, on: str) -> tuple[str, int | None]:
    """'project', 'document:NAME', 'case:NAME', 'code:PATH' or 'coding:ID' -> (target, id)."""
    if on == "project":
        return "project", None
    kind, _, name = on.partition(":")
    found = {"document": lambda: find_document(project, name), "case": lambda: find_case(project, name),
             "code": lambda: find_code_by_path(project, name),
             "coding": lambda: _coding(project, name)}.get(kind, lambda: None)()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is nothing called “{name}” to write a memo on."), name=on)
    return kind, found.id


def _coding(project: Project, coding_id: str):
    """The coding with the id ``segments --json`` shows as coding_id; None when there is none."""
    if not coding_id.strip().isdigit():
        return None
    try:
        return get_coding(project, int(coding_id))
    except NotFoundError:
        return None


def describe(project: Project, memo: memos_mod.Memo) -> str:
    """What a memo is about, in words: "project", "document Interview 3", "code A/B", ..."""
    if memo.target == "project":
        return "project"
    name = {
        "document": lambda: project.scalar("SELECT name FROM documents WHERE id = ?", [memo.target_id]),
        "case": lambda: project.scalar("SELECT name FROM cases WHERE id = ?", [memo.target_id]),
        "code": lambda: code_path(project, memo.target_id),
        "coding": lambda: f"#{memo.target_id}",
    }[memo.target]()
    return f"{memo.target} {name}"


def register(cli: click.Group) -> None:
    @cli.command("memos")
    @project_argument
    @click.option("--search", help="Only memos containing this text (title or text, any case).")
    @json_option
    @pseudonymised_option
    @plain_errors
    def memos(project: Path, search: str | None, as_json: bool) -> None:
        """The memos of PROJECT, newest first."""
        with Project.open(project) as p:
            rows = [{"on": describe(p, m), "title": m.title, "text": m.text, "author": m.author,
                     "created_at": m.created_at, "updated_at": m.updated_at}
                    for m in memos_mod.list_memos(p, search=search)]
        text = "\n\n".join(f"{r['created_at'][:10]} {r['author']} — {r['on']}\n{r['title'] + chr(10) if r['title'] else ''}{r['text']}"
                           for r in rows)
        emit(rows, as_json, text or "(no memos)")

    @cli.group("memo")
    def memo() -> None:
        """Write memos."""

    @memo.command("add")
    @project_argument
    @click.option("--text", required=True)
    @click.option("--title", default="")
    @click.option("--on", default="project", show_default=True,
                  help="project, document:NAME, case:NAME, code:PATH or coding:ID (the coding_id of `segments --json`)")
    @click.option("--author", default="", help="Who writes it (default: $QDACODER_CODER or your user name).")
    @force_option
    @plain_errors
    def add(project: Path, text: str, title: str, on: str, author: str, force: bool) -> None:
        """Add a memo to PROJECT (a journal entry by default)."""

        with changing(project, force=force) as p:
            target, target_id = _target(p, on)
            memos_mod.add_memo(p, target=target, target_id=target_id, text=text, title=title,
                               author=author or default_coder())
            click.echo(f"Memo added on {on}")
