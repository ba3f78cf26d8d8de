"""The draft report (Word): a document the author can start writing from.

Layout: a title page (project, date, coders); a method chapter generated from the data (cases,
documents by kind, respondents by role, codebook size, coders, agreement when given); a
chapter per top-level theme and a section per code in codebook order, each with its
definition, one sentence with its counts and its starred quotes in the house style; an
appendix with the codebook and the tables (code frequencies, case summary).

Design rules (why):
- No figure is computed here: the counts come from ``analysis.frequency_table`` (the numbers
  ``qdacoder stats`` prints), the quotes from ``reports.quotes.collect_quotes`` (attribution
  and placeholders done), the case table from ``analysis.case_summary``. Shares of a whole
  (documents by kind) use ``largest_remainder`` so they add up to 100, and always say their n.
- The valence split in the counts sentence is of *codings* (what ``frequency_table`` counts),
  and the sentence says so, rather than presenting codings as cases.
- Word's own styles (Title, Heading 1-3, Quote, Table Grid, Caption), so the author can
  restyle the whole report at once. Tables are numbered "Table 1.", "Table 2." in Caption
  paragraphs above the table, with the n (and filters, date) in a note under it.
- Every fixed word is an English template marked for Qt Linguist and passed through
  ``translate``; the listed names are replaced in every text of the file, the chart included,
  when it is written (``outfiles``), so a name on the list never reaches the report.
- Written atomically, as every export (``summary_report._write``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..analysis.case_summary import case_summary, largest_remainder, n_label
from ..analysis.filters import NO_FILTERS, Filters, describe
from ..analysis.frequency_table import cases_by_valence, FrequencyRow, cases_in_scope, documents_in_scope, frequency_table
from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.names import name_filter
from ..core.project import Project
from ..exchange.validate import xml_safe
from .outfiles import docx_bytes, figure_bytes
from .quotes import KIND_LABELS, collect_quotes
from .reading import reading_sentence
from .summary_report import HEADERS as SUMMARY_HEADERS
from .summary_report import _write, docx_table, table_note
from .table_export import frequency_rows_for_export

Translate = Callable[[str], str]

TEXTS = {
    "subtitle": QT_TRANSLATE_NOOP("qdacoder", "Draft report"),
    "date": QT_TRANSLATE_NOOP("qdacoder", "Date: {date}"),
    "coders": QT_TRANSLATE_NOOP("qdacoder", "Coders: {names}"),
    "no_coders": QT_TRANSLATE_NOOP("qdacoder", "Coders: none yet"),
    "method": QT_TRANSLATE_NOOP("qdacoder", "Method"),
    "cases": QT_TRANSLATE_NOOP("qdacoder", "The analysis covers {cases} cases with {documents} documents."),
    "filters": QT_TRANSLATE_NOOP("qdacoder", "Selection: {filters}."),
    "kinds": QT_TRANSLATE_NOOP("qdacoder", "Documents by kind ({n}): {parts}."),
    "roles": QT_TRANSLATE_NOOP("qdacoder", "Respondents by role ({n}): {parts}."),
    "no_role": QT_TRANSLATE_NOOP("qdacoder", "role unknown"),
    "part": QT_TRANSLATE_NOOP("qdacoder", "{label} {count} ({percent}%)"),
    "codebook": QT_TRANSLATE_NOOP("qdacoder",
                                  "The codebook has {codes} codes in {themes} themes (see the appendix)."),
    "coded_by": QT_TRANSLATE_NOOP("qdacoder", "The material was coded by {count} coder(s): {names}."),
    "not_coded": QT_TRANSLATE_NOOP("qdacoder", "The material has not been coded yet."),
    # whole sentences, one per case, so a translation can order its words freely; "coding" and
    # "codings" apart, as the figure may be 1
    "occurs": QT_TRANSLATE_NOOP("qdacoder", "This factor occurs in {cases} of the {total} cases ({percent}%), "
                                "with {codings} codings."),
    "occurs_once": QT_TRANSLATE_NOOP("qdacoder", "This factor occurs in {cases} of the {total} cases ({percent}%), "
                                     "with 1 coding."),
    "occurs_no_scope": QT_TRANSLATE_NOOP("qdacoder", "This factor occurs in {cases} of the {total} cases, "
                                         "with {codings} codings."),
    "occurs_no_scope_once": QT_TRANSLATE_NOOP("qdacoder", "This factor occurs in {cases} of the {total} cases, "
                                              "with 1 coding."),
    "absent": QT_TRANSLATE_NOOP("qdacoder", "This factor does not occur in any of the {total} cases."),
    "valence_both": QT_TRANSLATE_NOOP("qdacoder", "In {cases_hindering} of them it is described as hindering and "
                                      "in {cases_promoting} as promoting."),
    "valence_hindering": QT_TRANSLATE_NOOP("qdacoder", "In {cases_hindering} of them it is described as hindering."),
    "valence_promoting": QT_TRANSLATE_NOOP("qdacoder", "In {cases_promoting} of them it is described as promoting."),
    "no_definition": QT_TRANSLATE_NOOP("qdacoder", "[Definition still to be written.]"),
    "appendix_codebook": QT_TRANSLATE_NOOP("qdacoder", "Appendix A. Codebook"),
    "appendix_tables": QT_TRANSLATE_NOOP("qdacoder", "Appendix B. Tables"),
    "inclusion": QT_TRANSLATE_NOOP("qdacoder", "Inclusion criteria"),
    "exclusion": QT_TRANSLATE_NOOP("qdacoder", "Exclusion criteria"),
    "example": QT_TRANSLATE_NOOP("qdacoder", "Example"),
    "caption": QT_TRANSLATE_NOOP("qdacoder", "Table {number}. {title}"),
    "figure_caption": QT_TRANSLATE_NOOP("qdacoder", "Figure {number}. {title}"),
    "figure_frequencies": QT_TRANSLATE_NOOP("qdacoder", "Codings per theme, by valence"),
    "frequencies": QT_TRANSLATE_NOOP("qdacoder", "Code frequencies"),
    "case_summary": QT_TRANSLATE_NOOP("qdacoder", "Summary of the cases"),
}


def _same(text: str) -> str:
    return text


def counts_sentence(row: FrequencyRow, by_valence: tuple[int, int] = (0, 0), translate: Translate = _same) -> str:
    """The sentences under a code, from its ``frequency_table`` row (the branch's figures) and
    its ``cases_by_valence`` (cases described as promoting, as hindering): in how many cases
    it occurs and with how many codings, then in how many of those it hinders or promotes
    (left out when no coding has a valence)."""
    figures = row.subtree
    fields = {"cases": figures.cases, "total": row.cases_total, "percent": row.percent, "codings": figures.codings,
              "cases_promoting": by_valence[0], "cases_hindering": by_valence[1]}
    if figures.cases == 0 and row.cases_total:
        return translate(TEXTS["absent"]).format(**fields)
    key = ("occurs" if row.percent is not None else "occurs_no_scope") + ("_once" if figures.codings == 1 else "")
    parts = [translate(TEXTS[key]).format(**fields)]
    promoting, hindering = by_valence
    if promoting or hindering:
        key = "valence_both" if promoting and hindering else "valence_hindering" if hindering else "valence_promoting"
        parts.append(translate(TEXTS[key]).format(**fields))
    return " ".join(parts)


def shares(counts: Sequence[tuple[str, int]], translate: Translate = _same) -> str:
    """"transcript 3 (75%), field note 1 (25%)": percentages of the whole, adding up to 100."""
    percents = largest_remainder([count for _, count in counts])
    return ", ".join(translate(TEXTS["part"]).format(label=label, count=count, percent=percent)
                     for (label, count), percent in zip(counts, percents))


class _Report:
    def __init__(self, project: Project, filters: Filters, translate: Translate, written: dt.date,
                 agreement: str | None, saturation: str | None = None) -> None:
        import docx

        self.project, self.filters, self.t = project, filters, translate
        self.written, self.agreement, self.saturation = written, agreement, saturation
        self.names = name_filter(project)
        self.document = docx.Document()
        self.tables = 0
        self.nodes = list(walk_tree(project))
        self.rows = {row.code_id: row for row in frequency_table(project, filters)}
        self.valence_cases = cases_by_valence(project, filters)
        self.case_ids = cases_in_scope(project, filters)
        self.filters_text = "" if filters.is_empty() else describe(project, filters, translate)

    def text(self, value: str) -> str:
        """A text from the project, safe for XML (the listed names go when the file is written)."""
        return xml_safe(value or "")

    # --- title page and method ---------------------------------------------------------------
    def title_page(self) -> None:
        from docx.enum.text import WD_BREAK

        d, t = self.document, self.t
        title = self.text(self.project.name)
        d.core_properties.title = title
        d.add_paragraph(title, style="Title")
        d.add_paragraph(xml_safe(t(TEXTS["subtitle"])), style="Subtitle")
        d.add_paragraph(t(TEXTS["date"]).format(date=self.written.isoformat()))
        coders = self.coders()
        d.add_paragraph(xml_safe(t(TEXTS["coders"]).format(names=", ".join(coders)) if coders
                                 else t(TEXTS["no_coders"])))
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def coders(self) -> list[str]:
        """The coders with at least one coding, by name."""
        return [r["name"] for r in self.project.rows(
            "SELECT c.name FROM coders c WHERE EXISTS (SELECT 1 FROM codings g WHERE g.coder_id = c.id) "
            "ORDER BY c.name COLLATE NOCASE")]

    def method(self) -> None:
        d, t, p = self.document, self.t, self.project
        d.add_heading(xml_safe(t(TEXTS["method"])), level=1)
        documents = documents_in_scope(p, self.filters)
        lines = [t(TEXTS["cases"]).format(cases=len(self.case_ids), documents=len(documents))]
        if self.filters_text:
            lines.append(t(TEXTS["filters"]).format(filters=self.filters_text))
        lines += [s for s in [reading_sentence(p, self.filters, t)] if s]  # whose codings count (issue 18)
        ids = [i for i, _ in documents]
        kinds = Counter(r["kind"] for r in p.rows("SELECT id, kind FROM documents") if r["id"] in set(ids))
        if kinds:
            order = [k for k in KIND_LABELS if k in kinds] + sorted(set(kinds) - set(KIND_LABELS))
            lines.append(t(TEXTS["kinds"]).format(n=n_label(len(ids), "document", t), parts=shares(
                [(t(KIND_LABELS.get(k, k)), kinds[k]) for k in order], t)))
        in_scope = set(self.case_ids)
        roles = Counter((r["role"] or "").strip() for r in p.rows("SELECT case_id, role FROM respondents")
                        if r["case_id"] in in_scope or (r["case_id"] is None and self.filters.is_empty()))
        if roles:
            parts = [(role or t(TEXTS["no_role"]), count)
                     for role, count in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))]
            lines.append(t(TEXTS["roles"]).format(n=n_label(sum(roles.values()), "respondent", t),
                                                  parts=shares(parts, t)))
        themes = sum(1 for n in self.nodes if n.depth == 0)
        lines.append(t(TEXTS["codebook"]).format(codes=len(self.nodes), themes=themes))
        coders = self.coders()
        lines.append(t(TEXTS["coded_by"]).format(count=len(coders), names=", ".join(coders)) if coders
                     else t(TEXTS["not_coded"]))
        if self.agreement:
            lines.append(self.agreement)
        if self.saturation:
            lines.append(self.saturation)  # the names it may hold go when the file is written
        d.add_paragraph(xml_safe(" ".join(lines)))

    # --- findings ----------------------------------------------------------------------------
    def findings(self) -> None:
        quotes: dict[int, list[Any]] = {}
        for quote in collect_quotes(self.project, starred_only=True, filters=self.filters, translate=self.t):
            quotes.setdefault(quote.code_id, []).append(quote)
        for node in self.nodes:
            self.document.add_heading(self.text(node.code.name), level=min(node.depth + 1, 3))
            definition = self.text(node.code.description).strip()
            self.document.add_paragraph(definition or xml_safe(self.t(TEXTS["no_definition"])))
            self.document.add_paragraph(xml_safe(counts_sentence(
                self.rows[node.code.id], self.valence_cases.get(node.code.id, (0, 0)), self.t)))
            for quote in quotes.get(node.code.id, []):
                self.document.add_paragraph(xml_safe(quote.line), style="Quote")

    # --- appendix ----------------------------------------------------------------------------
    def caption(self, title: str) -> None:
        self.tables += 1
        self.document.add_paragraph(xml_safe(self.t(TEXTS["caption"]).format(number=self.tables, title=title)),
                                    style="Caption")

    def appendix(self) -> None:
        d, t = self.document, self.t
        d.add_page_break()
        d.add_heading(xml_safe(t(TEXTS["appendix_codebook"])), level=1)
        numbers: list[int] = []
        for node in self.nodes:
            numbers = numbers[:node.depth] + [numbers[node.depth] + 1 if len(numbers) > node.depth else 1]
            d.add_heading(f"{'.'.join(map(str, numbers))} {self.text(node.code.name)}", level=min(node.depth + 2, 3))
            if node.code.description.strip():
                d.add_paragraph(self.text(node.code.description).strip())
            for key, value in (("inclusion", node.code.inclusion), ("exclusion", node.code.exclusion),
                               ("example", node.code.example)):
                if value and value.strip():
                    paragraph = d.add_paragraph()
                    paragraph.add_run(xml_safe(f"{t(TEXTS[key])}: ")).bold = True
                    paragraph.add_run(self.text(value).strip()).italic = key == "example" or None
        d.add_page_break()
        d.add_heading(xml_safe(t(TEXTS["appendix_tables"])), level=1)
        self.frequency_figure()
        add_frequency_table(self, list(self.rows.values()))
        self.caption(t(TEXTS["case_summary"]))
        summary = case_summary(self.project, "case", only=self.case_ids, translate=t)
        docx_table(d, [t(h) for h in SUMMARY_HEADERS],
                   [([self.text(r.label), self.text(r.figure), r.n_valid, r.n_missing], r.level) for r in summary])
        d.add_paragraph(xml_safe(table_note(n_label(len(self.case_ids), "case", t), self.filters_text,
                                            written=self.written, translate=t)))

    def frequency_figure(self) -> None:
        """Figure 1: the themes' codings stacked by valence, the same chart as the analysis
        window draws (reports.charts), as a picture the author can move or delete."""
        from docx.shared import Cm

        from .charts import frequency_chart

        themes = [row for row in self.rows.values() if row.depth == 0]
        if not themes:
            return
        figure = frequency_chart(themes, stacked_by_valence=True, translate=self.t, title="")
        image = io.BytesIO(figure_bytes(figure, "png", self.names, dpi=150))
        self.document.add_picture(image, width=Cm(15))
        self.document.add_paragraph(xml_safe(self.t(TEXTS["figure_caption"]).format(
            number=1, title=self.t(TEXTS["figure_frequencies"]))), style="Caption")

    def write(self, path: str | os.PathLike) -> None:
        _write(path, docx_bytes(self.document, self.names))


def add_frequency_table(report: Any, rows: Sequence[FrequencyRow]) -> None:
    """Caption "Table n. Code frequencies", the "Table Grid" table (the same cells as the
    .xlsx/.csv export) and the note with the n, the filters and the date."""
    t = report.t
    table = frequency_rows_for_export(rows, t)
    report.caption(t(TEXTS["frequencies"]))
    docx_table(report.document, table.headers,
               [([report.text(row[0])] + list(row[1:]), level) for row, level in zip(table.rows, table.levels)])
    report.document.add_paragraph(xml_safe(table_note(table.n_text, report.filters_text, written=report.written,
                                                      translate=t)))


def write_draft_report(project: Project, path: str | os.PathLike, *, filters: Filters = NO_FILTERS,
                       translate: Translate = _same, written: dt.date | None = None,
                       agreement: str | None = None, saturation: str | None = None) -> None:
    """Write the draft report of ``project`` (only what passes ``filters``) to ``path`` (.docx).
    ``agreement``: a sentence on the agreement between coders, when it has been computed;
    ``saturation``: the saturation sentence (``reports.saturation.full_text``), when asked for."""
    report = _Report(project, filters, translate, written or dt.date.today(), agreement, saturation)
    report.title_page()
    report.method()
    report.findings()
    report.appendix()
    report.write(path)


def write_frequency_docx(project: Project, path: str | os.PathLike, *, filters: Filters = NO_FILTERS,
                         translate: Translate = _same, written: dt.date | None = None) -> None:
    """The code frequency table alone as a Word document (``qdacoder export --what counts``)."""
    report = _Report(project, filters, translate, written or dt.date.today(), None)
    report.document.core_properties.title = report.text(project.name)
    report.document.add_heading(report.text(project.name), level=1)
    add_frequency_table(report, list(report.rows.values()))
    report.write(path)


__all__ = ["counts_sentence", "shares", "write_draft_report", "write_frequency_docx"]
