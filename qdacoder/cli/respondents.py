"""`qdacoder respondents add|link|list`: the people who speak in the documents, and which
speaker label of a transcript is which of them. Thin: the work is in ``core.respondents``, the
operations the window's Cases panel runs."""

from __future__ import annotations

from pathlib import Path

import click

from ..core import respondents as respondents_mod
from ..core.cases import document_cases, find_case, list_cases
from ..core.documents import find_document
from ..core.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..core.project import Project
from .lock import changing, force_option
from .options import emit, json_option, plain_errors, project_argument

NO_CASE = QT_TRANSLATE_NOOP("qdacoder", "There is no case named “{name}”.")
NO_DOCUMENT = QT_TRANSLATE_NOOP("qdacoder", "There is no document named “{name}”.")
NO_RESPONDENT = QT_TRANSLATE_NOOP("qdacoder", "There is no respondent “{name}”.")
TWO_RESPONDENTS = QT_TRANSLATE_NOOP(
    "qdacoder", "“{name}” fits more than one respondent; write it as “case name/label”.")
NO_SPEAKER = QT_TRANSLATE_NOOP("qdacoder", "{document} has no speaker “{speaker}”; its speakers are: {speakers}.")
NO_TURNS = QT_TRANSLATE_NOOP("qdacoder", "{document} has no speaker turns to link.")


def find_respondent(project: Project, name: str, document_id: int) -> respondents_mod.Respondent:
    """The respondent ``name`` ("label", or "case name/label" as the attribute table writes it).
    A label that several cases use is taken from the document's own case when that settles it."""
    cases = {c.id: c.name for c in list_cases(project)}
    people = respondents_mod.list_respondents(project)
    found = [r for r in people if r.label == name.strip()]
    if not found and "/" in name:
        case_name, _, label = name.rpartition("/")
        found = [r for r in people if r.label == label.strip() and cases.get(r.case_id) == case_name.strip()]
    if len(found) > 1:
        own = {c.id for c in document_cases(project, document_id)}
        found = [r for r in found if r.case_id in own] or found
    if not found:
        raise NotFoundError(NO_RESPONDENT, name=name)
    if len(found) > 1:
        raise ValidationError(TWO_RESPONDENTS, name=name)
    return found[0]


def register(cli: click.Group) -> None:
    """Add the ``respondents`` group to the main command."""

    @cli.group("respondents")
    def respondents() -> None:
        """Respondents: who speaks in the documents, in which role."""

    @respondents.command("add")
    @project_argument
    @click.option("--case", "case_name", required=True, metavar="NAME", help="The case the respondent belongs to.")
    @click.option("--label", required=True, help="How the respondent is called in the project, e.g. 'R1' or 'Moeder'.")
    @click.option("--role", required=True,
                  help=f"The role: {', '.join(respondents_mod.ROLES)} (or another word).")
    @click.option("--function", default="", help="For professionals: jeugdconsulent, gedragsdeskundige, ...")
    @json_option
    @force_option
    @plain_errors
    def add(project: Path, case_name: str, label: str, role: str, function: str, as_json: bool,
            force: bool) -> None:
        """Add a respondent to a case of PROJECT."""
        with changing(project, force=force) as p:
            case = find_case(p, case_name)
            if case is None:
                raise NotFoundError(NO_CASE, name=case_name)
            respondent_id = respondents_mod.add_respondent(p, case_id=case.id, label=label, role=role,
                                                           function=function).result
            added = respondents_mod.get_respondent(p, respondent_id)
        emit({"id": added.id, "case": case.name, "label": added.label, "role": added.role,
              "function": added.function}, as_json, f"Added respondent {case.name}/{added.label} ({added.role})")

    @respondents.command("link")
    @project_argument
    @click.option("--document", "document_name", required=True, metavar="NAME", help="The document's name.")
    @click.option("--speaker", required=True, metavar="LABEL", help="The speaker label as the transcript writes it.")
    @click.option("--respondent", "respondent_name", required=True, metavar="LABEL",
                  help="The respondent's label, or 'case name/label' when several cases use it.")
    @json_option
    @force_option
    @plain_errors
    def link(project: Path, document_name: str, speaker: str, respondent_name: str, as_json: bool,
             force: bool) -> None:
        """Let every turn of a speaker in a document of PROJECT belong to a respondent (one undo step)."""
        with changing(project, force=force) as p:
            document = find_document(p, document_name)
            if document is None:
                raise NotFoundError(NO_DOCUMENT, name=document_name)
            turns = {label: n for label, _linked, n in respondents_mod.speakers(p, document.id)}
            if not turns:
                raise ValidationError(NO_TURNS, document=document.name)
            if speaker not in turns:
                raise NotFoundError(NO_SPEAKER, document=document.name, speaker=speaker,
                                    speakers=", ".join(turns))
            respondent = find_respondent(p, respondent_name, document.id)
            respondents_mod.link_speaker(p, document.id, speaker, respondent.id)
        emit({"document": document.name, "speaker": speaker, "respondent": respondent.label,
              "respondent_id": respondent.id, "turns": turns[speaker]}, as_json,
             f"Linked {speaker} in “{document.name}” ({turns[speaker]} turns) to {respondent.label}")

    @respondents.command("list")
    @project_argument
    @json_option
    @plain_errors
    def list_(project: Path, as_json: bool) -> None:
        """The respondents of PROJECT with their case, role and the speakers linked to them."""
        with Project.open(project) as p:
            cases = {c.id: c.name for c in list_cases(p)}
            linked = respondents_mod.linked_speakers(p)
            people = sorted(respondents_mod.list_respondents(p),
                            key=lambda r: (cases.get(r.case_id, ""), r.label.casefold()))
        rows = [{"id": r.id, "case": cases.get(r.case_id), "label": r.label, "role": r.role, "function": r.function,
                 "speakers": [{"document": d, "speaker": s, "turns": n} for d, s, n in linked.get(r.id, [])]}
                for r in people]
        lines = []
        for row in rows:
            what = ", ".join(x for x in (row["role"], row["function"]) if x)
            lines.append(f"{row['case'] + '/' if row['case'] else ''}{row['label']}{f' ({what})' if what else ''}")
            lines += [f"  {s['speaker']} in “{s['document']}” ({s['turns']} turns)" for s in row["speakers"]]
        emit(rows, as_json, "\n".join(lines) or "(no respondents)")
