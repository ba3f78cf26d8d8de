"""The three projects a draft report is checked on (tests, ``make report-check``): the demo;
a new project from the JeugdzorgPlus starter codebook with three codings (what a new user
tries first); and a project with codings outside every case and two coders. Fictional Dutch
material, built the way the window builds it (core operations)."""

from __future__ import annotations

from pathlib import Path

from ..core.codes import walk_tree
from ..core.codings import add_coding
from ..core.coders import ensure_coder
from ..core.documents import import_document
from ..core.project import Project

TEXT = ("Interview met een jeugdige over de hulp.\n"
        "De mentor op school belde elke week en dat hielp echt.\n"
        "Thuis was het onrustig, mijn moeder werkte veel.\n"
        "Bij de wachtlijst hoorden we maanden niets.\n")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def demo_project(path: str | Path) -> Project:
    from ..exchange.demo import build_demo

    project = build_demo(path)
    project.set_setting("output_language", "nl")  # Dutch material
    return project


def starter_project(path: str | Path) -> Project:
    """The JeugdzorgPlus starter codebook, one case with one interview, three codings."""
    from ..exchange.starters import start_from_codebook

    project = Project.create(path, name="Uitstroom jeugdzorg")
    start_from_codebook(project, "jeugdzorgplus_casustabellen")
    project.set_setting("output_language", "nl")
    document = import_document(project, name="Interview jeugdige 1", text=TEXT, case_name="Casus 1").result
    coder = ensure_coder(project, "Anna de Vries").id
    leaves = [n.code.id for n in walk_tree(project) if n.depth > 0 and n.code.is_codable][:3]
    for code, part, valence in zip(leaves, ("De mentor op school belde elke week", "mijn moeder werkte veel",
                                            "hoorden we maanden niets"), ("promoting", "hindering", None)):
        start, end = _span(TEXT, part)
        add_coding(project, document_id=document, code_id=code, start=start, end=end, coder_id=coder,
                   valence=valence)
    return project


def outside_project(path: str | Path) -> Project:
    """Two cases, a document in no case with a coding, two coders coding the same interview."""
    from ..core.codes import add_code

    project = Project.create(path, name="Codes buiten casussen")
    project.set_setting("output_language", "nl")
    steun = add_code(project, name="Steun").result
    mentor = add_code(project, name="Mentor", parent_id=steun).result
    thuis = add_code(project, name="Thuis").result
    first = import_document(project, name="Interview jeugdige 1", text=TEXT, case_name="Casus 1").result
    import_document(project, name="Interview ouder 2", text="Moeder vertelt over de wachtlijst.\n", case_name="Casus 2")
    loose = import_document(project, name="Losse veldnotitie", text="Notitie. " + TEXT, kind="fieldnote").result
    anna, bram = ensure_coder(project, "Anna de Vries").id, ensure_coder(project, "Bram Jansen").id
    for document, code, part, coder, valence in (
            (first, mentor, "De mentor op school belde elke week", anna, "promoting"),
            (first, mentor, "De mentor op school belde elke week", bram, "promoting"),
            (first, thuis, "mijn moeder werkte veel", bram, "hindering"),
            (loose, mentor, "De mentor op school belde elke week", anna, "promoting")):
        start, end = _span(TEXT if document == first else "Notitie. " + TEXT, part)
        add_coding(project, document_id=document, code_id=code, start=start, end=end, coder_id=coder,
                   valence=valence)
    return project


SAMPLES = {"demo": demo_project, "starter": starter_project, "outside": outside_project}
