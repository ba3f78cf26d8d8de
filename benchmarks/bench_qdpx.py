"""How fast the scale project goes out as a REFI-QDA .qdpx and comes back in as a new project,
each beside its bare limit, the two alternated run by run.

  - export (``write_qdpx``: the tree of users, codebook, cases, sources with a selection and
    coding per coding, checked against Project.xsd, zipped and written atomically); limit:
    the same tree (the same GUIDs, derived the same way, and names) built with plain lxml from
    plain SQL rows, serialised and zipped with the texts, no checks.
  - a new project from that file (``import_qdpx``: read, checked, written as one new project);
    limit: ``lxml.etree.iterparse`` of the same project.qde, the texts read from the ZIP, and
    ``executemany`` of the same rows into a new project file with the same schema and indexes
    (its triggers included) with the same page cache, in one transaction, no journal.

Run: python benchmarks/bench_qdpx.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lxml import etree  # noqa: E402

from benchmarks.scale import CODER, alternate, arguments, header, line, load, working_copy  # noqa: E402
from qdacoder.core.project import Project, remove_project_file  # noqa: E402
from qdacoder.exchange.qdpx_common import NAMESPACE, derived_guid  # noqa: E402
from qdacoder.exchange.qdpx_export import write_qdpx  # noqa: E402
from qdacoder.exchange.qdpx_import import _CACHE_KB, import_qdpx  # noqa: E402

N = "{" + NAMESPACE + "}"


def bare_export(source: Path, target: Path) -> None:
    """The same tree as write_qdpx gives for the scale project, from plain rows."""
    db = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    root = etree.Element(N + "Project", nsmap={None: NAMESPACE}, name="schaal", origin="bare")
    users = etree.SubElement(root, N + "Users")
    coders = {}
    for i, guid, name in db.execute("SELECT id, guid, name FROM coders ORDER BY name"):
        coders[i] = guid
        etree.SubElement(users, N + "User", guid=guid, name=name)
    codes, children, top = {}, {}, []
    for i, guid, parent, name, color in db.execute(
            "SELECT id, guid, parent_id, name, color FROM codes ORDER BY position, name"):
        codes[i] = guid
        (children.setdefault(parent, []) if parent else top).append((i, guid, name, color))

    def add(parent, rows):
        for i, guid, name, color in rows:
            add(etree.SubElement(parent, N + "Code", guid=guid, name=name, isCodable="true", color=color),
                children.get(i, []))

    add(etree.SubElement(etree.SubElement(root, N + "CodeBook"), N + "Codes"), top)
    cases = etree.SubElement(root, N + "Cases")
    documents = dict(db.execute("SELECT id, guid FROM documents"))
    ranges = {}
    for case, document in db.execute("SELECT case_id, document_id FROM case_ranges WHERE start IS NULL"):
        ranges.setdefault(case, []).append(document)
    for i, guid, name in db.execute("SELECT id, guid, name FROM cases ORDER BY name"):
        case = etree.SubElement(cases, N + "Case", guid=guid, name=name)
        for document in ranges.get(i, []):
            etree.SubElement(case, N + "SourceRef", targetGUID=documents[document])
    sources = etree.SubElement(root, N + "Sources")
    texts = {}
    codings = db.execute('SELECT document_id, guid, code_id, start, "end", coder_id, created_at FROM codings '
                         'ORDER BY document_id, start, "end", id')
    pending = next(codings, None)
    for i, guid, name, text, stamp in db.execute("SELECT id, guid, name, text, imported_at FROM documents ORDER BY id"):
        texts[f"{guid}.txt"] = text
        source = etree.SubElement(sources, N + "TextSource", guid=guid, name=name,
                                  plainTextPath=f"internal://{guid}.txt", creationDateTime=stamp)
        while pending is not None and pending[0] == i:
            _, coding, code, start, end, coder, created = pending
            excerpt = " ".join(text[start:end].split())[:60]
            selection = etree.SubElement(source, N + "PlainTextSelection", guid=derived_guid("coding", coding), name=excerpt,
                                         startPosition=str(start), endPosition=str(end), creatingUser=coders[coder],
                                         creationDateTime=created)
            element = etree.SubElement(selection, N + "Coding", guid=coding, creatingUser=coders[coder],
                                       creationDateTime=created)
            etree.SubElement(element, N + "CodeRef", targetGUID=codes[code])
            pending = next(codings, None)
    db.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
        for member, text in texts.items():
            archive.writestr("sources/" + member, text.encode("utf-8"))
    target.write_bytes(buffer.getvalue())


def bare_import(source: Path, target: Path) -> None:
    """iterparse of project.qde and executemany of the same rows, one transaction, no journal."""
    archive = zipfile.ZipFile(source)
    project = Project.create(target)
    project.close()
    db = sqlite3.connect(str(target), isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA cache_size = -{_CACHE_KB}")  # the page cache the app fills a project with
    db.execute("BEGIN")
    coders, codes, documents, codings, cases, ranges = {}, [], [], [], [], []
    code_ids, parents = {}, []
    document_id = 0
    with archive.open("project.qde") as qde:
        for event, element in etree.iterparse(qde, events=("start", "end")):
            name = element.tag.rpartition("}")[2]
            if event == "start":
                if name == "Code":
                    code_ids[element.get("guid")] = len(code_ids) + 1
                    codes.append((len(code_ids), element.get("guid"), parents[-1] if parents else None,
                                  element.get("name"), len(codes), element.get("color") or "#888888", "t"))
                    parents.append(len(code_ids))
                continue
            if name == "User":
                coders[element.get("guid")] = len(coders) + 1
            elif name == "Code":
                parents.pop()
            elif name == "CodeRef":
                selection = element.getparent().getparent()
                codings.append((element.getparent().get("guid"), document_id + 1, code_ids[element.get("targetGUID")],
                                int(selection.get("startPosition")), int(selection.get("endPosition")),
                                coders[element.getparent().get("creatingUser")], element.getparent().get("creationDateTime")))
            elif name == "PlainTextSelection":
                element.clear()
            elif name == "TextSource":
                document_id += 1
                path = element.get("plainTextPath").replace("internal://", "sources/")
                text = archive.read(path).decode("utf-8")
                documents.append((document_id, element.get("guid"), element.get("name"), "other", text,
                                  hashlib.sha256(text.encode()).hexdigest(),
                                  element.get("creationDateTime"), len(text)))
                element.clear()
            elif name == "SourceRef":
                ranges.append((len(cases) + 1, element.get("targetGUID")))
            elif name == "Case":
                cases.append((len(cases) + 1, element.get("guid"), element.get("name"), "t"))
    db.executemany("INSERT INTO coders (id, guid, name, created_at) VALUES (?, ?, ?, 't')",
                   [(i, g, f"coder {i}") for g, i in coders.items()])
    db.executemany("INSERT INTO codes (id, guid, parent_id, name, position, color, created_at) VALUES (?,?,?,?,?,?,?)",
                   codes)
    db.executemany("INSERT INTO documents (id, guid, name, kind, text, sha256, imported_at, length) "
                   "VALUES (?,?,?,?,?,?,?,?)", documents)
    db.executemany('INSERT INTO codings (guid, document_id, code_id, start, "end", coder_id, created_at) '
                   "VALUES (?,?,?,?,?,?,?)", codings)
    db.executemany("INSERT INTO cases (id, guid, name, created_at) VALUES (?,?,?,?)", cases)
    by_guid = {d[1]: d[0] for d in documents}
    db.executemany("INSERT INTO case_ranges (case_id, document_id) VALUES (?, ?)",
                   [(case, by_guid[guid]) for case, guid in ranges])
    db.execute("COMMIT")
    db.close()


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    source = working_copy(args.scale)
    folder = source.parent
    exported, bare_file = folder / "schaal.qdpx", folder / "kaal.qdpx"
    project = Project.open(source)
    targets = {"app": folder / "nieuw.qdacoder", "bare": folder / "kaal.qdacoder"}

    def clean(name: str) -> None:
        remove_project_file(targets[name])

    export_cpu, import_cpu = {}, {}
    exports = alternate({"app": lambda: write_qdpx(project, exported),
                         "bare": lambda: bare_export(source, bare_file)}, args.runs, cpu=export_cpu)
    project.close()
    imports = alternate({"app": lambda: import_qdpx(exported, targets["app"], coder=CODER),
                         "bare": lambda: bare_import(exported, targets["bare"])}, args.runs, before=clean,
                        cpu=import_cpu)
    with Project.open(targets["app"]) as again:
        codings = again.scalar("SELECT count(*) FROM codings")
    print(f"\nscale {args.scale}: {exported.stat().st_size / 1e6:.0f} MB .qdpx with {codings:,} codings; "
          f"median of {args.runs} runs (spread), app and its bare limit alternated")
    header("REFI-QDA exchange", "s")
    line("export the project as .qdpx (target < 1.1 x)", exports["app"], exports["bare"], unit=1)
    line("  the same in CPU time", export_cpu["app"], export_cpu["bare"], unit=1)
    line("a new project from the .qdpx (target < 1.3 x)", imports["app"], imports["bare"], unit=1)
    line("  the same in CPU time", import_cpu["app"], import_cpu["bare"], unit=1)
    print(load())


if __name__ == "__main__":
    main()
