"""Build the demo project from the fictional material in ``resources/demo``.

The manifest ``demo.json`` lists the documents, the codebook and the codings; a coding names
its passage by quoting it, so the demo texts can be edited without recounting positions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core import attributes, codes, codings, documents, events, memos, quotes, respondents
from ..core.cases import add_case, list_cases
from ..core.coders import ensure_coder
from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.project import Project
from ..importers import ReadOptions, read_file
from ..resources import resources_dir


def build_demo(target: str | Path, source: Path | None = None) -> Project:
    """Create the demo project at ``target`` and return it, open."""
    source = source or resources_dir() / "demo"
    manifest: dict[str, Any] = json.loads((source / "demo.json").read_text(encoding="utf-8"))
    project = Project.create(target, name=manifest["project_name"])
    try:
        coder_ids = {name: ensure_coder(project, name).id for name in manifest["coders"]}
        for case in manifest["cases"]:
            add_case(project, case["name"], case.get("memo", ""))
        document_ids = {}
        for entry in manifest["documents"]:
            imported = read_file(source / entry["file"], ReadOptions(kind=entry["kind"]))
            document_ids[entry["name"]] = documents.import_document(
                project,
                name=entry["name"],
                text=imported.text,
                turns=imported.turns,
                source_name=imported.source_name,
                kind=entry["kind"],
                case_name=entry.get("case"),
            ).result
        _add_codes(project, manifest["codes"], None)
        for coding in manifest["codings"]:
            _add_quoted_coding(project, coding, document_ids, coder_ids)
        _add_case_material(project, manifest, document_ids)
    except BaseException:
        project.close()
        Path(target).unlink(missing_ok=True)
        raise
    return project


def _add_codes(project: Project, entries: list[dict[str, Any]], parent_id: int | None) -> None:
    for entry in entries:
        code_id = codes.add_code(
            project, entry["name"], parent_id=parent_id, color=entry.get("color"),
            description=entry.get("description", ""), is_codable=not entry.get("category", False),
            default_valence=entry.get("valence"),
        ).result
        _add_codes(project, entry.get("children", []), code_id)


def _add_quoted_coding(project, coding, document_ids, coder_ids) -> None:
    document_id = document_ids[coding["document"]]
    text = documents.document_text(project, document_id)
    start = text.find(coding["text"])
    if start < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "Demo: the quoted passage is not in “{document}”: {quote}"),
            document=coding["document"], quote=coding["text"][:60],
        )
    code = codes.find_code_by_path(project, coding["code"])
    if code is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("qdacoder", "Demo: there is no code “{path}”."), path=coding["code"]
        )
    coding_id = codings.add_coding(
        project, document_id=document_id, code_id=code.id, start=start, end=start + len(coding["text"]),
        coder_id=coder_ids[coding["coder"]], memo=coding.get("memo", ""),
        **({"valence": coding["valence"]} if "valence" in coding else {}),
    ).result
    if coding.get("starred"):
        quotes.set_starred(project, [coding_id])


def _add_case_material(project: Project, manifest: dict[str, Any], document_ids: dict[str, int]) -> None:
    """Respondents linked to the speakers, case attributes, timelines and memos."""
    case_ids = {c.name: c.id for c in list_cases(project)}
    for entry in manifest.get("respondents", []):
        respondent = respondents.add_respondent(project, case_id=case_ids[entry["case"]], label=entry["label"],
                                                role=entry.get("role", ""), function=entry.get("function", "")).result
        for document, speaker in entry.get("speakers", {}).items():
            respondents.link_speaker(project, document_ids[document], speaker, respondent)
    for entry in manifest.get("attributes", []):
        variable = attributes.add_variable(project, target="case", name=entry["name"], type=entry["type"],
                                           categories=entry.get("categories", ())).result
        attributes.set_values(project, [(variable, case_ids[case], value) for case, value in entry["values"].items()])
    for entry in manifest.get("events", []):
        fields = {k: v for k, v in entry.items() if k != "case"}
        events.add_event(project, case_id=case_ids[entry["case"]], **fields)
    for entry in manifest.get("memos", []):
        kind, _, name = entry["on"].partition(":")
        memos.add_memo(project, target=kind, target_id=case_ids[name] if kind == "case" else None,
                       title=entry.get("title", ""), text=entry["text"], author=entry.get("author", ""))
