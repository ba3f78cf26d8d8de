"""`qdacoder replace` and `qdacoder edit-text`: changing documents' texts with their codings
kept on the same words (``core.text_edits``, ``core.replace``), and pseudonymising the source
for good (``core.purge``).

What is printed shows the old text (the terminal is the researcher's own view); what is kept
in the project after ``--purge`` does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError
from ..core.project import Project
from .lock import changing, force_option
from .options import emit, json_option, plain_errors, project_argument

REMOVES_CODINGS = "Run the command again with --yes to remove them."
NO_DOCUMENT = QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”.")


def _removed_lines(removed) -> list[str]:
    return [f"  - {c.describe()}" for c in removed]


def register(cli: click.Group) -> None:
    @cli.command("replace")
    @project_argument
    @click.option("--find", "find", required=True, metavar="TEXT", help="What to replace: a whole word or name, "
                  "as written and in capitals (the placeholders' rule).")
    @click.option("--replace", "replacement", required=True, metavar="TEXT", help="What it becomes.")
    @click.option("--document", "document_names", multiple=True, metavar="NAME", help="Only in this document (repeatable).")
    @click.option("--case", "case_names", multiple=True, metavar="NAME", help="Only in the documents of this case (repeatable).")
    @click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Only in documents of this kind (repeatable).")
    @click.option("--any-case", is_flag=True, help="Also in lower and mixed case.")
    @click.option("--dry-run", is_flag=True, help="Only list every hit in context; change nothing.")
    @click.option("--yes", is_flag=True, help="Agree beforehand: remove codings whose whole text is replaced, and "
                  "with --purge delete the backups that still hold the old text.")
    @click.option("--purge", is_flag=True, help="Pseudonymise for good: afterwards the old text is nowhere in the "
                  "project file, its search index, its undo history or (with --yes) its backups. Cannot be undone.")
    @json_option
    @force_option
    @plain_errors
    def replace(project: Path, find: str, replacement: str, document_names, case_names, kinds, any_case: bool,
                dry_run: bool, yes: bool, purge: bool, as_json: bool, force: bool) -> None:
        """Replace every FIND by REPLACE in the documents of PROJECT (all, or those chosen), as one
        undoable step; codings stay on the same words. Refused without --yes when codings would be
        removed."""
        from ..core.replace import codings_removed_by_replace, documents_for, find_hits

        if dry_run:
            with Project.open(project, read_only=True) as p:
                hits = find_hits(p, find, any_case=any_case, context=30,
                                 document_ids=documents_for(p, names=document_names, cases=case_names, kinds=kinds))
                removed = codings_removed_by_replace(p, hits, replacement) if hits else []
            _print_hits(find, replacement, hits, removed, as_json)
            return
        with changing(project, force=force) as p:
            ids = documents_for(p, names=document_names, cases=case_names, kinds=kinds)
            hits = find_hits(p, find, any_case=any_case, document_ids=ids)
            if not hits and purge:  # replaced before (in the window, or without --purge): wipe what is left
                _purge(p, find, replacement, hits, yes, as_json)
                return
            if not hits:
                emit({"find": find, "replacement": replacement, "hits": 0, "documents": 0}, as_json,
                     f"“{find}” does not occur in the chosen documents; nothing was replaced.")
                return
            removed = codings_removed_by_replace(p, hits, replacement)
            if removed and not yes:
                lines = [f"{len(removed)} coding(s) lie entirely in the replaced text and would be removed:",
                         *_removed_lines(removed), REMOVES_CODINGS]
                raise click.ClickException("\n".join(lines))
            if purge:
                _purge(p, find, replacement, hits, yes, as_json)
                return
            from ..core.replace import replace_hits

            result = replace_hits(p, hits, replacement, remove_inside=True).result
        data = {"find": find, "replacement": replacement, "hits": result.hits, "documents": result.documents,
                "codings_removed": [_coding(c) for c in result.removed]}
        text = f"Replaced {result.hits} time(s) in {result.documents} document(s)."
        if result.removed:
            text += "\nRemoved codings:\n" + "\n".join(_removed_lines(result.removed))
        emit(data, as_json, text)

    @cli.command("edit-text")
    @project_argument
    @click.argument("document")
    @click.option("--start", type=int, required=True, help="First character to replace (counted from 0).")
    @click.option("--end", type=int, required=True, help="Character after the last one to replace (= --start to insert).")
    @click.option("--text", "new_text", default="", help="The new text (empty: delete).")
    @click.option("--yes", is_flag=True, help="Remove codings whose whole text is deleted.")
    @json_option
    @force_option
    @plain_errors
    def edit_text_command(project: Path, document: str, start: int, end: int, new_text: str, yes: bool,
                          as_json: bool, force: bool) -> None:
        """Replace the characters START..END of DOCUMENT in PROJECT by --text; codings, speaker turns
        and case passages stay on the same words. Refused without --yes when codings would be removed."""
        from ..core.documents import find_document
        from ..core.text_edits import CodingsWouldBeRemoved, edit_text

        with changing(project, force=force) as p:
            found = find_document(p, document)
            if found is None:
                raise NotFoundError(NO_DOCUMENT, name=document)
            try:
                removed = edit_text(p, found.id, start, end, new_text, remove_inside=yes).result
            except CodingsWouldBeRemoved as refused:
                lines = [f"{len(refused.codings)} coding(s) lie entirely in the deleted text and would be removed:",
                         *_removed_lines(refused.codings), REMOVES_CODINGS]
                raise click.ClickException("\n".join(lines)) from None
        emit({"document": document, "start": start, "end": end, "length": len(new_text),
              "codings_removed": [_coding(c) for c in removed]}, as_json,
             f"Changed {document}." + (f" Removed {len(removed)} coding(s)." if removed else ""))


def _coding(c) -> dict:
    return {"id": c.id, "document": c.document, "code": c.code, "start": c.start, "end": c.end, "passage": c.passage}


def _print_hits(find, replacement, hits, removed, as_json: bool) -> None:
    documents = len({h.document_id for h in hits})
    data = {"find": find, "replacement": replacement, "documents": documents,
            "hits": [{"document": h.document, "start": h.start, "end": h.end, "before": h.before, "match": h.match,
                      "after": h.after, "becomes": h.replaced_by(replacement)} for h in hits],
            "codings_removed": [_coding(c) for c in removed]}
    lines = [f"{h.document} @{h.start}: {_flat(h.before)}[{h.match} → {h.replaced_by(replacement)}]{_flat(h.after)}"
             for h in hits]
    lines.append(f"{len(hits)} hit(s) in {documents} document(s); nothing was changed (--dry-run).")
    if removed:
        lines += [f"{len(removed)} coding(s) would be removed (their whole text is replaced):", *_removed_lines(removed)]
    emit(data, as_json, "\n".join(lines))


def _flat(text: str) -> str:
    return text.replace("\n", " ⏎ ")


def _purge(p, find, replacement, hits, yes: bool, as_json: bool) -> None:
    from ..core.purge import pseudonymise, purge_old_text

    def confirm(backups) -> bool:
        if yes:
            return True
        if not sys.stdin.isatty():
            return False
        listed = "\n".join(f"  {b}" for b in backups)
        return click.confirm(f"These backups still hold the old text:\n{listed}\nDelete them?", default=False)

    if hits:
        report = pseudonymise(p, find, replacement, hits=hits, remove_inside=True, delete_backups=confirm)
        done = f"Replaced {report.replaced.hits} time(s) in {report.replaced.documents} document(s) and wiped"
    else:
        report = purge_old_text(p, [find], replacement=replacement, delete_backups=confirm)
        done = f"“{find}” no longer occurs in the chosen documents; wiped what was left of it"
    lines = [f"{done} the old text from {p.path.name}: its free pages, its search index and its undo history.",
             "The project logged the pseudonymisation (without the old text)."]
    if report.backups_deleted:
        lines.append(f"Deleted {len(report.backups_deleted)} backup(s) that held the old text.")
    if report.backups_kept:
        lines.append(f"{len(report.backups_kept)} backup(s) still hold the old text (run with --yes to delete them):")
        lines += [f"  {b}" for b in report.backups_kept]
    if report.still_in:
        lines.append("The old text is still in: " + ", ".join(report.still_in) + ". Change it there as well.")
    if report.replaced and report.replaced.removed:
        lines.append("Removed codings:")
        lines += _removed_lines(report.replaced.removed)
    emit({"find": find, "replacement": replacement, "purged": True, **report.as_dict()}, as_json, "\n".join(lines))
