"""Quotes for a report: the starred passages with their attribution in the study's house style,
as Word (quotation paragraphs under a heading per code), Excel/CSV and HTML (every field).

Design rules (why):
- ``collect_quotes`` does all the work with the project: the passages (``retrieval``, so the
  filters mean what they mean everywhere) and the attribution (``core.quotes.template``), with
  the project's own names, so every look-up (a case's attributes) finds what it looks for. The
  writers replace the listed names at the last moment (``outfiles``), in every text they write.
- A quote whose respondent is unknown (no speaker turn, or a speaker not linked to a
  respondent) is attributed to the document's kind, e.g. “…” (veldnotitie), and says so
  (``fallback``; the source line and the tables name it) instead of guessing a role.
- A field without a value (a respondent without an age) reads "unknown", never an empty gap.
- Order: codebook order, then reading order within a code.
- A confidential coding is never a quote, starred or not; only its count is reported.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.filters import NO_FILTERS, Filters
from ..analysis.retrieval import Segment, segments
from ..core import quotes as core_quotes
from ..core.attributes import YES, display, list_variables, values_of
from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from ..exchange.validate import xml_safe
from .summary_report import FILTERS, ReportFileError, _write
from ..core.names import NameFilter
from .outfiles import docx_bytes, rows_scrubbed, text_bytes, xlsx_bytes

Translate = Callable[[str], str]
KIND_LABELS = {"transcript": QT_TRANSLATE_NOOP("qdacoder", "transcript"),
               "fieldnote": QT_TRANSLATE_NOOP("qdacoder", "field note"),
               "dossier": QT_TRANSLATE_NOOP("qdacoder", "dossier"),
               "report": QT_TRANSLATE_NOOP("qdacoder", "report"),
               "other": QT_TRANSLATE_NOOP("qdacoder", "other")}
VALENCE_LABELS = {"promoting": QT_TRANSLATE_NOOP("qdacoder", "promoting"),
                  "hindering": QT_TRANSLATE_NOOP("qdacoder", "hindering"),
                  None: QT_TRANSLATE_NOOP("qdacoder", "no valence")}
UNKNOWN = QT_TRANSLATE_NOOP("qdacoder", "unknown")
FALLBACK_NOTE = QT_TRANSLATE_NOOP("qdacoder", "respondent unknown: attributed to the document kind")
SOURCE = QT_TRANSLATE_NOOP("qdacoder", "{document}, chars {start}–{end}")
DEFAULT_TITLE = QT_TRANSLATE_NOOP("qdacoder", "Quotes")
HEADERS = tuple(QT_TRANSLATE_NOOP("qdacoder", h) for h in (
    "Code", "Quote", "Text", "Attribution", "Note", "Document", "Kind", "Start", "End", "Case", "Speaker",
    "Respondent", "Role", "Coder", "Valence", "Memo", "Starred"))
_CLOSING = re.compile(r"^[”’\"'»›]*")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Quote:
    """A passage ready to quote, with the project's own names (a writer replaces the listed
    ones); other attributes (``document``, ``code_path``, ...) are read from the segment."""

    segment: Segment
    line: str  # the whole quotation as printed: the template with every field filled in
    attribution: str  # the part after the quoted text, e.g. "(jeugdige)"
    fallback: bool  # the respondent is unknown: attributed to the document kind
    note: str  # says so when ``fallback``; "" otherwise
    attributes: tuple[tuple[str, str], ...]  # (attribute name, value) of respondent, case, document
    starred: bool

    def __getattr__(self, name: str) -> Any:
        if name == "segment":  # not yet set (copying): no recursion
            raise AttributeError(name)
        return getattr(self.segment, name)


def one_line(text: str) -> str:
    return " ".join(text.split())


class Quotes(list):
    """The quotes, and how many would have been among them but are confidential: the export
    says so, so the author knows why a starred quote is missing."""

    confidential_left_out: int = 0


def collect_quotes(project: Project, *, starred_only: bool = True, filters: Filters = NO_FILTERS,
                   code_ids: Sequence[int] | None = None, translate: Translate = _same) -> Quotes:
    """The quotes (starred codings unless ``starred_only`` is False) of ``code_ids`` (with their
    subcodes; None: every code) that pass ``filters``: codebook order, then reading order.
    Confidential codings are never quoted; ``confidential_left_out`` counts them."""
    found = segments(project, code_ids, with_subcodes=code_ids is not None, filters=filters, context=0)
    starred = set(core_quotes.starred_ids(project))
    if starred_only:
        found = [s for s in found if s.coding_id in starred]
    confidential = set(core_quotes.confidential_ids(project))
    shareable = [s for s in found if s.coding_id not in confidential]
    order = {node.code.id: index for index, node in enumerate(walk_tree(project))}
    shareable.sort(key=lambda s: order.get(s.code_id, len(order)))  # stable: reading order stays
    context = _Context(project, translate, [s.coding_id for s in shareable])
    quotes = Quotes(context.quote(s, s.coding_id in starred) for s in shareable)
    quotes.confidential_left_out = len(found) - len(shareable)
    return quotes


class _Context:
    """What the attributions need, read once for all quotes."""

    def __init__(self, project: Project, translate: Translate, coding_ids: list[int]) -> None:
        self.translate = translate
        self.template = core_quotes.template(project)
        self.variables = {t: list_variables(project, t) for t in ("respondent", "case", "document")}
        self.values = {t: values_of(project, t) for t in self.variables}
        self.case_ids = {r["name"]: r["id"] for r in project.rows("SELECT id, name FROM cases")}
        self.respondent_ids = {r["id"]: r["respondent_id"] for r in project.rows(
            "SELECT g.id, t.respondent_id FROM codings g JOIN speaker_turns t ON t.id = (SELECT s.id FROM "
            "speaker_turns s WHERE s.document_id = g.document_id AND s.start <= g.start AND s.\"end\" > g.start "
            "ORDER BY s.start DESC LIMIT 1) WHERE g.id IN (SELECT value FROM json_each(?))",
            [json.dumps(coding_ids)])}

    def attributes(self, segment: Segment) -> dict[str, str]:
        """Attribute name -> value (displayed) for the passage's respondent, cases and document."""
        owners = {"respondent": [self.respondent_ids.get(segment.coding_id)],
                  "case": [self.case_ids.get(name) for name in segment.cases], "document": [segment.document_id]}
        found: dict[str, str] = {}
        for target, variables in self.variables.items():
            for variable in variables:
                shown = [display(variable, self.values[target].get(owner, {}).get(variable.id), self.translate)
                         for owner in owners[target] if owner is not None]
                shown = list(dict.fromkeys(s for s in shown if s))
                if shown and core_quotes.norm(variable.name) not in map(core_quotes.norm, found):
                    found[variable.name] = ", ".join(shown)
        return found

    def quote(self, segment: Segment, starred: bool) -> Quote:
        segment = dataclasses.replace(segment, text=one_line(segment.text), before="", after="")
        attributes = self.attributes(segment)
        kind = self.translate(KIND_LABELS.get(segment.kind, segment.kind))
        fields = {"role": segment.role, "respondent": segment.respondent, "speaker": segment.speaker,
                  "case": ", ".join(segment.cases), "document": segment.document, "kind": kind,
                  **{core_quotes.norm(k): v for k, v in attributes.items()}}
        fallback = segment.respondent is None
        line, text_attribution = attribution(self.template, segment.text, fields, unknown=self.translate(UNKNOWN),
                                             fallback=f"({kind})" if fallback else None)
        return Quote(segment, line, text_attribution, fallback, self.translate(FALLBACK_NOTE) if fallback else "",
                     tuple(attributes.items()), starred)


def attribution(template: str, text: str, fields: dict[str, str | None], *, unknown: str = "unknown",
                fallback: str | None = None) -> tuple[str, str]:
    """(the whole quotation, the attribution alone) for ``text`` in ``template``. Field names
    are matched case-blind; a field without a value reads ``unknown``. With ``fallback`` (the
    respondent is unknown) the attribution after the closing quote mark is ``fallback``."""
    def fill(part: str) -> str:
        def optional(match: re.Match) -> str:  # "[, {age} jaar]": only when every field in it has a value
            inner = match.group(1)
            known = all(fields.get(core_quotes.norm(f)) for f in core_quotes.template_fields(inner))
            return inner if known else ""

        def value(match: re.Match) -> str:
            return fields.get(core_quotes.norm(match.group(1))) or unknown
        return core_quotes.FIELD.sub(value, core_quotes.OPTIONAL.sub(optional, part))

    match = next((m for m in core_quotes.FIELD.finditer(template) if core_quotes.norm(m.group(1)) == "text"), None)
    if match is None:  # a template stored by hand without {text}: quote plainly
        prefix, suffix = "“", "” " + template
    else:
        prefix, suffix = template[:match.start()], template[match.end():]
    closing = _CLOSING.match(suffix).group(0)
    after = fill(suffix[len(closing):])
    said = fill(prefix) + text + closing
    if fallback is not None:
        return f"{said} {fallback}", fallback
    return said + after, after.strip()


# --- writers ---------------------------------------------------------------------------------
def _grouped(quotes: Sequence[Quote], by_valence: bool) -> list[tuple[str, str | None, list[Quote]]]:
    """(code path, valence, quotes) in the quotes' order; per code promoting, hindering, then
    none ("" ) when ``by_valence``, else one group per code with valence None."""
    groups: dict[tuple[str, str | None], list[Quote]] = {}
    for q in quotes:
        groups.setdefault((q.code_path, (q.valence or "") if by_valence else None), []).append(q)
    rank = {"promoting": 0, "hindering": 1}
    paths = list(dict.fromkeys(path for path, _ in groups))
    return [(path, valence, groups[(path, valence)]) for path in paths
            for _, valence in sorted((k for k in groups if k[0] == path), key=lambda k: rank.get(k[1] or "", 2))]


def filter_line(filters_text: str, translate: Translate = _same) -> str:
    """"filters: …; reading: …": which codings the quotes are of, as above every table."""
    return translate(FILTERS).format(filters=filters_text.strip()) if filters_text.strip() else ""


def write_quotes_docx(quotes: Sequence[Quote], path: str | os.PathLike, *, names: NameFilter, by_valence: bool = False,
                      sources: bool = False, title: str | None = None, translate: Translate = _same,
                      filters_text: str = "") -> None:
    """A heading per code path (codebook order), optionally a subheading per valence
    (promoting, hindering, none), each quote as a "Quote" paragraph with its attribution and,
    with ``sources``, a small line "document, chars a–b" for the author's own checking."""
    from docx.shared import Pt

    from .word_style import new_document

    title = title or translate(DEFAULT_TITLE)
    document = new_document()
    document.core_properties.title = xml_safe(title)
    document.add_heading(xml_safe(title), level=1)
    if filter_line(filters_text, translate):
        document.add_paragraph(xml_safe(filter_line(filters_text, translate)))
    last_path = None
    for code_path, valence, group in _grouped(quotes, by_valence):
        if code_path != last_path:
            document.add_heading(xml_safe(code_path), level=2)
            last_path = code_path
        if by_valence:
            document.add_heading(xml_safe(translate(VALENCE_LABELS[valence or None])), level=3)
        for q in group:
            document.add_paragraph(xml_safe(q.line), style="Quote")
            if sources:
                line = translate(SOURCE).format(document=q.document, start=q.start, end=q.end)
                if q.fallback:
                    line += f"; {q.note}"
                run = document.add_paragraph().add_run(xml_safe(line))
                run.italic, run.font.size = True, Pt(8)
    _write(path, docx_bytes(document, names))


def table_rows(quotes: Sequence[Quote], translate: Translate = _same) -> tuple[list[str], list[list[Any]]]:
    """The header and one row per quote with every field; the attributes in extra columns."""
    names = list(dict.fromkeys(name for q in quotes for name, _ in q.attributes))
    headers = [translate(h) for h in HEADERS[:13]] + names + [translate(h) for h in HEADERS[13:]]
    rows = []
    for q in quotes:
        values = dict(q.attributes)
        rows.append([q.code_path, q.line, q.text, q.attribution, q.note, q.document,
                     translate(KIND_LABELS.get(q.kind, q.kind)), q.start, q.end, ", ".join(q.cases),
                     q.speaker or "", q.respondent or "", q.role or ""] + [values.get(n, "") for n in names]
                    + [q.coder, translate(VALENCE_LABELS[q.valence]) if q.valence else "", q.memo,
                       translate(YES) if q.starred else ""])
    return headers, rows


def write_quotes_table(quotes: Sequence[Quote], path: str | os.PathLike, *, names: NameFilter,
                       translate: Translate = _same, filters_text: str = "") -> None:
    """Every field of every quote as .xlsx or .csv (by the file's suffix; ";" and a BOM for
    Excel); the filter line, when given, in the first row above the header."""
    from ..exchange.tables import csv_bytes, xlsx_workbook

    headers, rows = table_rows(quotes, translate)
    line = filter_line(filters_text, translate)
    if line:
        rows = [headers, *rows]
        headers = [line]
    if Path(path).suffix.lower() == ".csv":
        _write(path, csv_bytes(rows_scrubbed([headers, *rows], names)))
    elif Path(path).suffix.lower() == ".xlsx":
        _write(path, xlsx_bytes(xlsx_workbook([headers, *rows]), names))
    else:
        raise ReportFileError(QT_TRANSLATE_NOOP("qdacoder", "{file}: quotes can be written as .docx, .xlsx, "
                                                ".csv or .html."), file=Path(path).name)


def write_quotes_html(quotes: Sequence[Quote], path: str | os.PathLike, *, names: NameFilter,
                      title: str | None = None, translate: Translate = _same, filters_text: str = "") -> None:
    """One HTML page: the title and a table with every field, all text escaped."""
    title = title or translate(DEFAULT_TITLE)
    headers, rows = table_rows(quotes, translate)
    out = io.StringIO()
    e = html.escape
    out.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{e(title)}</title></head>\n<body>\n'
              f"<h1>{e(title)}</h1>\n"
              + (f"<p>{e(filter_line(filters_text, translate))}</p>\n" if filter_line(filters_text, translate) else "")
              + f"<table border=\"1\">\n<tr>{''.join(f'<th>{e(h)}</th>' for h in headers)}</tr>\n")
    for row in rows:
        out.write(f"<tr>{''.join(f'<td>{e(str(v))}</td>' for v in row)}</tr>\n")
    out.write("</table>\n</body></html>\n")
    _write(path, text_bytes(out.getvalue(), names))


def write_quotes(quotes: Sequence[Quote], path: str | os.PathLike, *, names: NameFilter, by_valence: bool = False,
                 sources: bool = False, title: str | None = None, translate: Translate = _same,
                 filters_text: str = "") -> None:
    """By the suffix of ``path``: .docx, .xlsx, .csv or .html; every listed name replaced;
    ``filters_text`` (``analysis.filters.describe``: the filters and the reading) as the
    filter line under the title (in a table: the first row)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        write_quotes_docx(quotes, path, names=names, by_valence=by_valence, sources=sources, title=title,
                          translate=translate, filters_text=filters_text)
    elif suffix in (".html", ".htm"):
        write_quotes_html(quotes, path, names=names, title=title, translate=translate, filters_text=filters_text)
    else:
        write_quotes_table(quotes, path, names=names, translate=translate, filters_text=filters_text)


__all__ = ["Quote", "attribution", "collect_quotes", "write_quotes", "write_quotes_docx", "write_quotes_html",
           "write_quotes_table"]
