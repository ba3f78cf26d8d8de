"""REFI-QDA projects (.qdpx): a whole project for ATLAS.ti, MAXQDA, NVivo, QDA Miner,
QualCoder and Taguette, and back (``qdpx_import``). Schema: ``schemas/Project.xsd``.

Design rules (why):
- A .qdpx is a ZIP with ``project.qde`` (the XML) and ``sources/<guid>.txt`` (each document's
  text, UTF-8, no BOM), referenced as ``internal://<guid>.txt``. The text is written exactly as
  the project holds it (``\\n`` line ends), so positions need no conversion: REFI counts Unicode
  code points from 0, as qdacoder does. ``endPosition`` is exclusive (start + length), as the
  tools that exchange text selections write it.
- Every exchanged thing keeps its GUID (coders, codes, documents, codings, cases, attributes,
  memos), so a project that went to another tool and back is the same project. What qdacoder
  has no row for gets a GUID derived from what it belongs to (``derived_guid``), so two
  exports of one project are alike.
- Exported: coders (Users), the codebook (the same code as .qdc: criteria, example and
  default valence folded into the Description), documents as TextSource with one
  PlainTextSelection per coding (its Coding keeps the coder and time), cases (a whole document
  as SourceRef; a passage as SelectionRef to a PlainTextSelection without coding, the only
  way the schema lets a case hold part of a text), case and document attributes (Variables
  and VariableValue, typed), and memos as Notes.
- REFI has no field for some facts; they go as labelled paragraphs (``labelled``) into the
  nearest Description, so qdacoder reads them back and other tools show them as text: a
  coding's memo, valence, star and confidential mark in its selection's Description; a document's memo and kind
  in the TextSource's; a case's own memo text in the Case's; a category attribute's values
  and whom an attribute describes in the Variable's. Number attributes are Integer when all
  their values are whole numbers, else Float; categories are Text.
- Memos: a Note each, referred to (NoteRef) from the project, the code, the source or the
  coding it is about. Its text is written twice: inline (PlainTextContent) and as
  ``sources/<guid>.txt`` named by ``plainTextPath``, because tools read one or the other
  (QualCoder only the file). The standard's text asks for one of the two, but Project.xsd
  allows both, and a note that one tool cannot read is a lost memo. A Case cannot hold a NoteRef in the schema, so a case memo is linked to
  its case by a Link from the note to the case. A memo's author is its note's creatingUser
  (an author who is no coder is a User too).
- The text of confidential codings is masked (``core.confidential``) in the source text and in
  the selections' names: a .qdpx is made to be shared. The codings travel, marked confidential.
- Not exported, because REFI has no place for them: speaker turns, respondents and their
  attributes, timeline events and their links to codings, the placeholders of the quote
  export, who added a code and whether it was added while coding, the file a document was
  imported from. The report says what of the researcher's work stays behind, with counts
  (events and their links, respondents and their values, speaker turns, memos on
  confidential codings, masked passages), so nobody takes the file for the whole project.
- The tree is validated against the schema before anything is written: a failure is a bug,
  raised as ``QdpxFileError``, and no file is written. The selections of codings, made by one
  loop and alike but for their values, are checked with the first few of each source: checking
  two million of them took longer than writing them. The file is written atomically.
"""

from __future__ import annotations

import io
import re
import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from lxml import etree

from qdacoder import __version__
from qdacoder.core.attributes import Variable, list_variables, values_of
from qdacoder.core.codebook_ops import codebook_from_project
from qdacoder.core.confidential import masked_texts
from qdacoder.core.errors import QT_TRANSLATE_NOOP, render
from qdacoder.core.quotes import confidential_ids
from qdacoder.core.memos import list_memos
from qdacoder.core.project import Project, now
from qdacoder.exchange.labelled import join_labelled
from qdacoder.exchange.qdc_codebook import add_codes, load_schema
from qdacoder.exchange.qdpx_common import (
    CODING_LABELS, INTERNAL, INVALID_EXPORT, QDE, REFI_TYPES, SOURCE_LABELS, SOURCES,
    VALUE_ELEMENTS, VARIABLE_LABELS, NAMESPACE, QdpxFileError, derived_guid, tag,
)
from qdacoder.exchange.tables import write_atomically
from qdacoder.exchange.validate import guid_key, xml_safe, xml_safe_already

_NAME_LENGTH = 60  # characters of the passage that name a selection, as other tools do
_SELECTION, _CODING, _CODE_REF = tag("PlainTextSelection"), tag("Coding"), tag("CodeRef")

WROTE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "Wrote {file}: {documents} document(s), {codes} code(s), {codings} coding(s), {cases} case(s), "
    "{memos} memo(s).",
)
LEFT_OUT = {
    "events": QT_TRANSLATE_NOOP(
        "qdacoder", "Left out {n} timeline event(s) and their {links} link(s) to codings: REFI-QDA has no place "
        "for them."),
    "respondents": QT_TRANSLATE_NOOP(
        "qdacoder", "Left out {n} respondent(s) and their {values} attribute value(s): REFI-QDA has no place for "
        "them."),
    "speaker turns": QT_TRANSLATE_NOOP(
        "qdacoder", "Left out {n} speaker turn(s) (who speaks where): REFI-QDA has no place for them; the texts "
        "are complete."),
    "confidential memos": QT_TRANSLATE_NOOP(
        "qdacoder", "Left out {n} memo(s) on confidential codings, as a memo may quote the withheld statement."),
    "masked codings": QT_TRANSLATE_NOOP(
        "qdacoder", "Masked the text of {n} confidential coding(s); the codings themselves are exported, marked "
        "confidential."),
}


@dataclass
class ExportReport:
    file: str
    documents: int = 0
    codes: int = 0
    codings: int = 0
    cases: int = 0
    memos: int = 0
    left_out: dict[str, dict[str, int]] = field(default_factory=dict)  # key of LEFT_OUT -> its counts

    def lines(self, translate=lambda text: text) -> list[str]:
        """What was written and what was left out, as sentences; ``translate`` gives them in
        the user's language."""
        counts = {k: v for k, v in vars(self).items() if k != "left_out"}
        return [render(WROTE, counts, translate)] + [
            render(LEFT_OUT[what], counts, translate) for what, counts in self.left_out.items()]

    def as_dict(self) -> dict[str, object]:
        return {**vars(self), "left_out": {k: dict(v) for k, v in self.left_out.items()}}


def write_qdpx(project: Project, path: str | Path) -> ExportReport:
    """Write ``project`` as a .qdpx at ``path``; ``QdpxFileError`` when it cannot be."""
    path = Path(path)
    file = path.name or str(path)
    builder = _Builder(project)
    root = builder.build()
    schema = load_schema("Project.xsd")
    valid = schema.validate(_sample(root, builder.coding_runs))
    if not valid:
        raise QdpxFileError(INVALID_EXPORT, file=file, reason=str(schema.error_log.last_error))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(QDE, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                             pretty_print=True))
        for name, text in builder.texts.items():
            archive.writestr(SOURCES + name, text.encode("utf-8"))
    write_atomically(path, buffer.getvalue(), file, QdpxFileError)
    builder.report.file = file
    return builder.report


_CHECKED = 3  # selections of codings per source that the schema check sees


def _sample(root: etree._Element, runs: list[tuple[etree._Element, int, int]]) -> etree._Element:
    """A copy of the tree for the schema check, with only the first ``_CHECKED`` of each run of
    coding selections (a source, the place of its first one, how many). Copying that little
    costs less than taking two million selections out of the tree and putting them back."""
    cut = {node: (first, count) for node, first, count in runs if count > _CHECKED}
    copy = etree.Element(root.tag, dict(root.attrib), nsmap=root.nsmap)
    for section in root:
        if not any(node in cut for node in section):
            copy.append(deepcopy(section))
            continue
        sources = etree.SubElement(copy, section.tag, dict(section.attrib))
        for node in section:
            if node not in cut:
                sources.append(deepcopy(node))
                continue
            first, count = cut[node]
            source = etree.SubElement(sources, node.tag, dict(node.attrib))
            for part in (*node[:first + _CHECKED], *node[first + count:]):
                source.append(deepcopy(part))
    return copy


def _sub(parent: etree._Element, element: str, **attributes: str | None) -> etree._Element:
    return etree.SubElement(parent, tag(element), {k: v for k, v in attributes.items() if v is not None})


def _text(parent: etree._Element, element: str, text: str) -> None:
    if text:
        _sub(parent, element).text = xml_safe(text)


class _Builder:
    def __init__(self, project: Project) -> None:
        self.p = project
        self.texts: dict[str, str] = {}  # member name in sources/ -> text
        self.report = ExportReport(file="")
        self.users: dict[str, str] = {}  # coder name -> GUID
        self.coder_guids: dict[int, str] = {}
        self.memos_on: dict[tuple[str, int | None], list[str]] = {}
        self.coding_runs: list[tuple[etree._Element, int, int]] = []  # (source, first selection, how many)

    def build(self) -> etree._Element:
        p = self.p
        root = etree.Element(tag("Project"), nsmap={None: NAMESPACE}, name=xml_safe(p.name),
                             origin=f"qdacoder {__version__}", creationDateTime=now())
        # a memo on a confidential coding may quote the withheld statement: it stays home
        withheld = set(confidential_ids(p))
        every_memo = list_memos(p)
        memos = [m for m in every_memo if not (m.target == "coding" and m.target_id in withheld)]
        for memo in reversed(memos):  # oldest first, as they were written
            self.memos_on.setdefault((memo.target, memo.target_id), []).append(memo.guid)
        self._users(root, memos)
        code_guids = self._codebook(root)
        variables = self._variables(root)
        selections = self._cases(root, variables["case"])
        self._sources(root, code_guids, variables["document"], selections)
        self._notes(root, memos)
        for guid in self.memos_on.get(("project", None), []):
            _sub(root, "NoteRef", targetGUID=guid)
        self._left_out(len(every_memo) - len(memos), len(withheld))
        return root

    def _left_out(self, withheld_memos: int, confidential: int) -> None:
        """Count what stays behind (see the module docstring); only what there is."""
        p = self.p
        found = {
            "events": {"n": p.scalar("SELECT count(*) FROM events"),
                       "links": p.scalar("SELECT count(*) FROM event_codings")},
            "respondents": {"n": p.scalar("SELECT count(*) FROM respondents"),
                            "values": p.scalar("SELECT count(*) FROM attribute_values a JOIN variables v "
                                               "ON v.id = a.variable_id WHERE v.target = 'respondent'")},
            "speaker turns": {"n": p.scalar("SELECT count(*) FROM speaker_turns")},
            "confidential memos": {"n": withheld_memos},
            "masked codings": {"n": confidential},
        }
        self.report.left_out = {what: counts for what, counts in found.items() if counts["n"]}

    def _note_refs(self, element: etree._Element, target: str, target_id: int) -> None:
        for guid in self.memos_on.get((target, target_id), []):
            _sub(element, "NoteRef", targetGUID=guid)

    def _users(self, root: etree._Element, memos) -> None:
        for row in self.p.rows("SELECT id, guid, name FROM coders ORDER BY name"):
            self.users[row["name"]] = row["guid"]
            self.coder_guids[row["id"]] = row["guid"]
        for memo in memos:
            if memo.author and memo.author not in self.users:
                self.users[memo.author] = derived_guid("user", memo.author)
        if self.users:
            users = _sub(root, "Users")
            for name, guid in self.users.items():
                _sub(users, "User", guid=guid, name=xml_safe(name))

    def _codebook(self, root: etree._Element) -> dict[int, str]:
        codebook = codebook_from_project(self.p)
        guids = {guid_key(r["guid"]): r["id"] for r in self.p.rows("SELECT id, guid FROM codes")}
        if not codebook.codes:
            return {}

        def with_notes(entry, element: etree._Element) -> None:
            code_id = guids.get(guid_key(entry.guid or ""))
            if code_id is not None:
                self._note_refs(element, "code", code_id)

        written = add_codes(_sub(root, "CodeBook"), codebook, NAMESPACE, with_notes)
        self.report.codes = len(written)
        return {guids[guid_key(e.guid)]: written[id(e)] for _, _, e in codebook.walk()
                if e.guid and guid_key(e.guid) in guids}

    def _variables(self, root: etree._Element) -> dict[str, list[tuple[Variable, str, dict]]]:
        """Per target: (variable, REFI type, values by target id)."""
        found: dict[str, list[tuple[Variable, str, dict]]] = {"case": [], "document": []}
        element = None
        for target in found:
            values = values_of(self.p, target)
            for variable in list_variables(self.p, target):
                own = {t: v[variable.id] for t, v in values.items() if variable.id in v}
                refi = refi_type(variable, own.values())
                found[target].append((variable, refi, own))
                element = element if element is not None else _sub(root, "Variables")
                node = _sub(element, "Variable", guid=variable.guid, name=xml_safe(variable.name),
                            typeOfVariable=refi)
                categories = variable.categories if variable.type == "category" else None
                _text(node, "Description", join_labelled(
                    variable.description, VARIABLE_LABELS, {"categories": categories, "target": target}))
        return found

    @staticmethod
    def _values(element: etree._Element, variables, target_id: int) -> None:
        for variable, refi, values in variables:
            if target_id in values:
                node = _sub(element, "VariableValue")
                _sub(node, "VariableRef", targetGUID=variable.guid)
                _sub(node, VALUE_ELEMENTS[refi]).text = xml_safe(refi_value(refi, values[target_id]))

    def _cases(self, root: etree._Element, variables) -> dict[int, list[tuple[str, int, int]]]:
        """Write the cases; returns per document the passages to write as selections."""
        passages: dict[int, list[tuple[str, int, int]]] = {}
        cases = self.p.rows("SELECT id, guid, name, memo FROM cases ORDER BY name")
        ranges = self.p.rows('SELECT r.case_id, r.document_id, r.start, r."end", d.guid FROM case_ranges r '
                             "JOIN documents d ON d.id = r.document_id ORDER BY d.name, r.start")
        by_case: dict[int, list] = {}  # in the order of the query (a scan per case was quadratic)
        for r in ranges:
            by_case.setdefault(r["case_id"], []).append(r)
        if cases:
            element = _sub(root, "Cases")
        for case in cases:
            node = _sub(element, "Case", guid=case["guid"], name=xml_safe(case["name"]))
            _text(node, "Description", case["memo"])
            self._values(node, variables, case["id"])
            own = by_case.get(case["id"], [])
            for r in own:
                if r["start"] is None:
                    _sub(node, "SourceRef", targetGUID=r["guid"])
            for r in own:
                if r["start"] is not None:
                    guid = derived_guid("case passage", case["guid"], r["guid"], str(r["start"]), str(r["end"]))
                    passages.setdefault(r["document_id"], []).append((guid, r["start"], r["end"]))
                    _sub(node, "SelectionRef", targetGUID=guid)
        self.report.cases = len(cases)
        return passages

    def _sources(self, root: etree._Element, code_guids: dict[int, str], variables,
                 passages: dict[int, list[tuple[str, int, int]]]) -> None:
        documents = self.p.rows("SELECT id, guid, name, kind, text, imported_at, memo FROM documents ORDER BY name")
        if not documents:
            return
        element = _sub(root, "Sources")
        masked = masked_texts(self.p)
        # the codings of all documents with one query, in the documents' order (SQLite walks the
        # index of names and each document's codings in their order: no sorting); a query per
        # document cost a tenth of the export
        by_document = groupby(self.p.db.execute(
            'SELECT c.document_id, c.id, c.guid, c.code_id, c.start, c."end", c.coder_id, c.memo, c.created_at, '
            "c.valence, c.starred, c.confidential FROM documents d JOIN codings c ON c.document_id = d.id "
            'ORDER BY d.name, c.start, c."end", c.id'), key=itemgetter(0))
        coded = next(by_document, None)  # (document id, its codings)
        for doc in documents:
            doc["text"] = masked.get(doc["id"], doc["text"])
            member = f"{guid_key(doc['guid'])}.txt"
            self.texts[member] = doc["text"]
            node = _sub(element, "TextSource", guid=doc["guid"], name=xml_safe(doc["name"]),
                        plainTextPath=INTERNAL + member, creationDateTime=doc["imported_at"])
            _text(node, "Description", join_labelled(doc["memo"], SOURCE_LABELS, {"kind": doc["kind"]}))
            if coded is not None and coded[0] == doc["id"]:
                self._codings(node, doc, code_guids, coded[1])
                coded = next(by_document, None)
            for guid, start, end in passages.get(doc["id"], []):
                _sub(node, "PlainTextSelection", guid=guid, name=_excerpt(doc["text"], start, end),
                     startPosition=str(start), endPosition=str(end))
            self._note_refs(node, "document", doc["id"])
            self._values(node, variables, doc["id"])
        self.report.documents = len(documents)

    def _codings(self, node: etree._Element, doc: dict, code_guids: dict[int, str], rows) -> None:
        # the part of the export that runs once per coding (two million at ten times the target
        # scale). Most codings have no memo, valence, star, mark or note: their selections are
        # written as XML text and parsed, a source's worth at a time (``_append_parsed``), which
        # makes the same elements for half of what lxml takes to make them one attribute at a
        # time; the others are made element by element.
        text, noted = doc["text"], self.memos_on
        # no control characters in the text: its excerpts need no cleaning
        excerpt = _clean_excerpt if xml_safe_already(text) else _excerpt
        first = len(node)
        users = {k: f' creatingUser="{_escape(v)}"' for k, v in self.coder_guids.items()}
        plain: list[str] = []  # the XML of plain selections not yet added
        for _document, coding_id, guid, code_id, start, end, coder_id, memo, created, valence, starred, confidential \
                in rows:
            if not ((memo and not confidential) or valence or starred or confidential or ("coding", coding_id) in noted):
                user = users.get(coder_id, "")
                created = _escape(created)
                plain.append(
                    f'<PlainTextSelection guid="{derived_guid("coding", guid)}" name="{_escape(excerpt(text, start, end))}" '
                    f'startPosition="{start}" endPosition="{end}"{user} creationDateTime="{created}">'
                    f'<Coding guid="{_escape(guid)}"{user} creationDateTime="{created}">'
                    f'<CodeRef targetGUID="{_escape(code_guids[code_id])}"/></Coding></PlainTextSelection>')
                continue
            if plain:
                _append_parsed(node, plain)
                plain = []
            user = self.coder_guids.get(coder_id)
            attributes = {"guid": derived_guid("coding", guid), "name": excerpt(text, start, end),
                          "startPosition": str(start), "endPosition": str(end)}
            if user is not None:
                attributes["creatingUser"] = user
            attributes["creationDateTime"] = created
            selection = etree.SubElement(node, _SELECTION, attributes)
            if (memo and not confidential) or valence or starred or confidential:
                _text(selection, "Description", join_labelled(
                    "" if confidential else memo, CODING_LABELS,
                    {"valence": valence, "starred": bool(starred), "confidential": bool(confidential)}))
            attributes = {"guid": guid}
            if user is not None:
                attributes["creatingUser"] = user
            attributes["creationDateTime"] = created
            coding = etree.SubElement(selection, _CODING, attributes)
            etree.SubElement(coding, _CODE_REF, {"targetGUID": code_guids[code_id]})
            if ("coding", coding_id) in noted:
                self._note_refs(coding, "coding", coding_id)
        if plain:
            _append_parsed(node, plain)
        self.report.codings += len(node) - first
        self.coding_runs.append((node, first, len(node) - first))

    def _notes(self, root: etree._Element, memos) -> None:
        if not memos:
            return
        notes = _sub(root, "Notes")
        for memo in reversed(memos):
            name = memo.title or memo.text.split("\n", 1)[0][:_NAME_LENGTH]
            member = f"{guid_key(memo.guid)}.txt"
            self.texts[member] = memo.text
            note = _sub(notes, "Note", guid=memo.guid, name=xml_safe(name), plainTextPath=INTERNAL + member,
                        creatingUser=self.users.get(memo.author), creationDateTime=memo.created_at,
                        modifiedDateTime=memo.updated_at)
            _text(note, "PlainTextContent", memo.text)
        cases = {r["id"]: r["guid"] for r in self.p.rows("SELECT id, guid FROM cases")}
        links = [(m.guid, cases[m.target_id]) for m in reversed(memos)
                 if m.target == "case" and m.target_id in cases]
        if links:
            element = _sub(root, "Links")
            for note, case in links:
                _sub(element, "Link", guid=derived_guid("case memo", note), name="memo",
                     direction="OneWay", originGUID=note, targetGUID=case)
        self.report.memos = len(memos)


_SPECIAL = re.compile('[&<"\t\n\r]')  # what an attribute value cannot hold as it is
_ESCAPED = {"&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
_FRAGMENT = f'<f xmlns="{NAMESPACE}">%s</f>'  # selections in the project's namespace
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _escape(value: str | None) -> str:
    """``value`` as an XML attribute value between double quotes (None: empty, as lxml would
    refuse it anyway)."""
    if value is None:
        return ""
    return _SPECIAL.sub(lambda m: _ESCAPED[m.group()], value) if _SPECIAL.search(value) else value


def _append_parsed(node: etree._Element, selections: list[str]) -> None:
    """Add the selections written as XML (``_codings``) to ``node``: parsed at once, moved over.
    lxml links them to the namespace declared at the root, so the file is the same."""
    node.extend(etree.fromstring((_FRAGMENT % "".join(selections)).encode("utf-8"), _PARSER))


def _clean_excerpt(text: str, start: int, end: int) -> str:
    """The first words of the passage start..end, its white space made single spaces."""
    # A passage may be thousands of characters: a few times the name's length is enough, unless
    # it is mostly white space.
    passage = " ".join(text[start:min(end, start + 4 * _NAME_LENGTH)].split())
    if len(passage) <= _NAME_LENGTH and end > start + 4 * _NAME_LENGTH:
        passage = " ".join(text[start:end].split())
    return passage if len(passage) <= _NAME_LENGTH else passage[:_NAME_LENGTH - 1] + "…"


def _excerpt(text: str, start: int, end: int) -> str:
    """``_clean_excerpt`` without the characters XML cannot hold."""
    return xml_safe(_clean_excerpt(text, start, end))


def refi_type(variable: Variable, values) -> str:
    if variable.type == "number":
        return "Integer" if all(isinstance(v, int) for v in values) else "Float"
    return REFI_TYPES[variable.type]


def refi_value(refi: str, value) -> str:
    if refi == "Boolean":
        return "true" if value else "false"
    if refi == "Float":
        return format(Decimal(repr(float(value))), "f")  # xsd:decimal has no exponent
    return str(value)
