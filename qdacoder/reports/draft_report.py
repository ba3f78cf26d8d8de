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
  (documents by kind) are rounded each on its own (``each_rounded``: equal counts, equal
  percentages), say so when they do not add up to 100, and always say their n.
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
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..analysis.case_summary import ROUNDED, case_summary, each_rounded, n_label
from ..analysis.frequencies import outside_cases
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
from .summary_report import _write, table_note
from .table_export import frequency_rows_for_export, rounding_note
from .word_style import FIGURE_LABEL, TABLE_LABEL, add_caption, add_list_of_captions, add_table, new_document

Translate = Callable[[str], str]

TEXTS = {
    "subtitle": QT_TRANSLATE_NOOP("qdacoder", "Draft report"),
    "date": QT_TRANSLATE_NOOP("qdacoder", "Date: {date}"),
    "author": QT_TRANSLATE_NOOP("qdacoder", "Author: {author}"),
    "coders": QT_TRANSLATE_NOOP("qdacoder", "Coders: {names}"),
    "no_coders": QT_TRANSLATE_NOOP("qdacoder", "Coders: none yet"),
    "list": QT_TRANSLATE_NOOP("qdacoder", "List of tables and figures"),
    "method": QT_TRANSLATE_NOOP("qdacoder", "Method"),
    "findings": QT_TRANSLATE_NOOP("qdacoder", "Findings"),
    "cases": QT_TRANSLATE_NOOP("qdacoder", "The analysis covers {cases} with {documents}."),
    "filters": QT_TRANSLATE_NOOP("qdacoder", "Selection: {filters}."),
    "kinds": QT_TRANSLATE_NOOP("qdacoder", "Documents by kind ({n}): {parts}."),
    "roles": QT_TRANSLATE_NOOP("qdacoder", "Respondents by role ({n}): {parts}."),
    "no_role": QT_TRANSLATE_NOOP("qdacoder", "role unknown"),
    "part": QT_TRANSLATE_NOOP("qdacoder", "{label} {count} ({percent}%)"),
    "rounding": ROUNDED,
    "codebook": QT_TRANSLATE_NOOP("qdacoder", "The codebook has {codes} in {themes} (see the appendix)."),
    "coded_by": QT_TRANSLATE_NOOP("qdacoder", "The material was coded by {coders}: {names}."),
    "codings_total": QT_TRANSLATE_NOOP("qdacoder", "In total the material holds {codings}."),
    "not_coded": QT_TRANSLATE_NOOP("qdacoder", "The material has not been coded yet."),
    "empty_list": QT_TRANSLATE_NOOP("qdacoder", "Not coded: {names}."),
    # whole sentences, each count with its own unit ("2 codings", "1 of the 2 cases"), so a
    # reader never takes a count of cases for one of codings
    "occurs": QT_TRANSLATE_NOOP("qdacoder", "This code has {codings} in {cases} of the {total} ({percent}%)."),
    "occurs_no_scope": QT_TRANSLATE_NOOP("qdacoder", "This code has {codings}; there are no cases in scope."),
    "not_in_cases": QT_TRANSLATE_NOOP("qdacoder", "This code has {codings}, in none of the {total}."),
    "absent": QT_TRANSLATE_NOOP("qdacoder", "This code has not been coded."),
    "valence": QT_TRANSLATE_NOOP("qdacoder", "Valence of these codings: {promoting} promoting, {hindering} "
                                 "hindering, {none} without valence."),
    "valence_cases_both": QT_TRANSLATE_NOOP("qdacoder", "Described as promoting in {promoting_cases} and as "
                                            "hindering in {hindering_cases}."),
    "valence_cases_promoting": QT_TRANSLATE_NOOP("qdacoder", "Described as promoting in {promoting_cases}."),
    "valence_cases_hindering": QT_TRANSLATE_NOOP("qdacoder", "Described as hindering in {hindering_cases}."),
    "no_definition": QT_TRANSLATE_NOOP("qdacoder", "[Definition still to be written.]"),
    "appendix_codebook": QT_TRANSLATE_NOOP("qdacoder", "Appendix A. Codebook"),
    "appendix_tables": QT_TRANSLATE_NOOP("qdacoder", "Appendix B. Tables"),
    "inclusion": QT_TRANSLATE_NOOP("qdacoder", "Inclusion criteria"),
    "exclusion": QT_TRANSLATE_NOOP("qdacoder", "Exclusion criteria"),
    "example": QT_TRANSLATE_NOOP("qdacoder", "Example"),
    "figure_frequencies": QT_TRANSLATE_NOOP("qdacoder", "Codings per theme, by valence"),
    "frequencies": QT_TRANSLATE_NOOP("qdacoder", "Code frequencies"),
    "case_summary": QT_TRANSLATE_NOOP("qdacoder", "Summary of the cases"),
    "valence_promoting": QT_TRANSLATE_NOOP("qdacoder", "Promoting"),
    "valence_hindering": QT_TRANSLATE_NOOP("qdacoder", "Hindering"),
    "valence_none": QT_TRANSLATE_NOOP("qdacoder", "No valence"),
}
# counts with their unit, singular and plural apart (Dutch and English differ in more than an "s")
UNITS = {
    "case": (QT_TRANSLATE_NOOP("qdacoder", "1 case"), QT_TRANSLATE_NOOP("qdacoder", "{n} cases")),
    "coding": (QT_TRANSLATE_NOOP("qdacoder", "1 coding"), QT_TRANSLATE_NOOP("qdacoder", "{n} codings")),
    "document": (QT_TRANSLATE_NOOP("qdacoder", "1 document"), QT_TRANSLATE_NOOP("qdacoder", "{n} documents")),
    "code": (QT_TRANSLATE_NOOP("qdacoder", "1 code"), QT_TRANSLATE_NOOP("qdacoder", "{n} codes")),
    "theme": (QT_TRANSLATE_NOOP("qdacoder", "1 theme"), QT_TRANSLATE_NOOP("qdacoder", "{n} themes")),
    "coder": (QT_TRANSLATE_NOOP("qdacoder", "1 coder"), QT_TRANSLATE_NOOP("qdacoder", "{n} coders")),
    "respondent": (QT_TRANSLATE_NOOP("qdacoder", "1 respondent"), QT_TRANSLATE_NOOP("qdacoder", "{n} respondents")),
}
OUTSIDE = (QT_TRANSLATE_NOOP("qdacoder", "1 coding lies outside the cases."),
           QT_TRANSLATE_NOOP("qdacoder", "{n} codings lie outside the cases."))


def _same(text: str) -> str:
    return text


def count(n: int, unit: str, translate: Translate = _same) -> str:
    """"1 case", "3 cases" ("1 casus", "3 casussen")."""
    one, many = UNITS[unit]
    return translate(one) if n == 1 else translate(many).format(n=n)


def outside_sentence(n: int, translate: Translate = _same) -> str:
    return translate(OUTSIDE[0]) if n == 1 else translate(OUTSIDE[1]).format(n=n)


NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def numbers_in(text: str, leave_out: Sequence[str] = ()) -> list[str]:
    """The numbers a text shows, in order; the project's own texts in it (code names, quotes,
    names) left out first, as their digits are not claims."""
    for part in sorted((p for p in leave_out if p), key=len, reverse=True):
        text = text.replace(part, " ")
    return NUMBER.findall(text)


@dataclass
class Claim:
    """One paragraph or table cell of a written report: the numbers it shows (in order), and
    the facts behind them, each a (key, value) that the check looks up in the project again:
    ``("codings", code_id)``, ``("cases_total",)``, ``("percent_of", part, whole)``, ..."""
    element: Any  # the paragraph or cell written (its place in the file is found at the end)
    numbers: list[str]
    facts: list[tuple[tuple, Any]] = field(default_factory=list)
    leave_out: list[str] = field(default_factory=list)
    where: tuple = ()


@dataclass
class ReportOptions:
    """What the author chose in the Draft report dialog or on the command line."""
    title: str = ""
    author: str = ""
    themes: tuple[str, ...] = ()  # code paths of the top-level themes to report; () = all
    include_empty: bool = False
    quotes: int = 3  # per code, starred ones first
    starred_only: bool = False
    by_valence: bool = False
    by_role: bool = False
    tables: bool = True
    appendix: bool = True
    template: str | os.PathLike | None = None


def shares(counts: Sequence[tuple[str, int]], translate: Translate = _same) -> str:
    """"transcript 3 (75%), field note 1 (25%)": each percentage rounded on its own; a note
    when the shown percentages do not add up to 100."""
    percents = each_rounded([c for _, c in counts])
    text = ", ".join(translate(TEXTS["part"]).format(label=label, count=n, percent=percent)
                     for (label, n), percent in zip(counts, percents))
    if counts and sum(percents) != 100:
        text += " " + translate(TEXTS["rounding"])
    return text


def counts_sentence(row: FrequencyRow, by_valence: tuple[int, int] = (0, 0), translate: Translate = _same,
                    outside: int = 0) -> str:
    """The sentences under a code, from its ``frequency_table`` row (the branch's figures):
    its codings, in how many of the cases in scope; how many codings lie outside every case;
    the valence split of the codings; in how many cases it is described as promoting or hindering."""
    return " ".join(text for text, _numbers, _facts in _counts_parts(row, by_valence, translate, outside))


def _counts_parts(row: FrequencyRow, by_valence: tuple[int, int], t: Translate, outside: int):
    """(text, numbers shown, facts) of each sentence under a code."""
    f, c = row.subtree, row.code_id
    if f.codings == 0:
        return [(t(TEXTS["absent"]), [], [(("codings", c), 0)])]
    codings = count(f.codings, "coding", t)
    if not row.cases_total:
        parts = [(t(TEXTS["occurs_no_scope"]).format(codings=codings), [f.codings], [(("codings", c), f.codings)])]
    elif f.cases == 0:
        parts = [(t(TEXTS["not_in_cases"]).format(codings=codings, total=count(row.cases_total, "case", t)),
                  [f.codings, row.cases_total], [(("codings", c), f.codings), (("cases_total",), row.cases_total)])]
    else:
        parts = [(t(TEXTS["occurs"]).format(codings=codings, cases=f.cases, total=count(row.cases_total, "case", t),
                                            percent=row.percent),
                  [f.codings, f.cases, row.cases_total, row.percent],
                  [(("codings", c), f.codings), (("cases", c), f.cases), (("cases_total",), row.cases_total),
                   (("percent", c), row.percent), (("percent_of", f.cases, row.cases_total), row.percent)])]
    if outside:
        parts.append((outside_sentence(outside, t), [outside], [(("outside", c), outside)]))
    if f.promoting or f.hindering:
        parts.append((t(TEXTS["valence"]).format(promoting=f.promoting, hindering=f.hindering, none=f.no_valence),
                      [f.promoting, f.hindering, f.no_valence],
                      [(("promoting", c), f.promoting), (("hindering", c), f.hindering),
                       (("no_valence", c), f.no_valence)]))
    promoting, hindering = by_valence
    if promoting or hindering:  # cases, in a sentence of their own: never "of them" after codings
        key = "both" if promoting and hindering else "promoting" if promoting else "hindering"
        shown = [n for n, on in ((promoting, key != "hindering"), (hindering, key != "promoting")) if on]
        parts.append((t(TEXTS[f"valence_cases_{key}"]).format(promoting_cases=count(promoting, "case", t),
                                                              hindering_cases=count(hindering, "case", t)),
                      shown, [(("promoting_cases", c), promoting), (("hindering_cases", c), hindering)]))
    return parts


class _Report:
    def __init__(self, project: Project, filters: Filters, translate: Translate, written: dt.date,
                 agreement: str | None, saturation: str | None = None,
                 options: ReportOptions | None = None) -> None:
        self.project, self.filters, self.t = project, filters, translate
        self.written, self.agreement, self.saturation = written, agreement, saturation
        self.options = options or ReportOptions()
        self.names = name_filter(project)
        self.document = new_document(self.options.template)
        self.tables = self.figures = 0
        self.captions: list[str] = []
        self.claims: list[Claim] = []
        self.nodes = list(walk_tree(project))
        self.rows = {row.code_id: row for row in frequency_table(project, filters)}
        self.outside = outside_cases(project, filters)
        self.valence_cases = cases_by_valence(project, filters)
        self.case_ids = cases_in_scope(project, filters)
        # every table's note states the filters and the reading (describe), even with no other filter
        self.filters_text = describe(project, filters, translate)
        self.shown = self._shown_nodes()

    def _shown_nodes(self) -> list[Any]:
        """The codes the report goes into: those of the chosen themes, and (unless asked)
        only those with codings."""
        themes = set(self.options.themes)
        nodes, keep = [], False
        for node in self.nodes:
            if node.depth == 0:
                keep = not themes or node.path in themes or node.code.name in themes
            if keep and (self.options.include_empty or self.rows[node.code.id].subtree.codings):
                nodes.append(node)
        return nodes

    def text(self, value: str) -> str:
        """A text from the project, safe for XML (the listed names go when the file is written)."""
        return xml_safe(value or "")

    def say(self, text: str, numbers: Sequence[Any] = (), facts: Sequence = (), leave_out: Sequence[str] = (),
            style: str | None = None) -> Any:
        """A paragraph, with its claim: the numbers it shows and the facts behind them."""
        paragraph = self.document.add_paragraph(xml_safe(text), style=style)
        self.claims.append(Claim(paragraph, [str(n) for n in numbers], list(facts), list(leave_out)))
        return paragraph

    # --- title page and method ---------------------------------------------------------------
    def title_page(self) -> None:
        from docx.enum.text import WD_BREAK

        d, t = self.document, self.t
        title = self.text(self.options.title or self.project.name)
        d.core_properties.title = title
        if self.options.author:
            d.core_properties.author = self.text(self.options.author)
        d.add_paragraph(title, style="Title")
        d.add_paragraph(xml_safe(t(TEXTS["subtitle"])), style="Subtitle")
        if self.options.author:
            d.add_paragraph(xml_safe(t(TEXTS["author"]).format(author=self.options.author)))
        d.add_paragraph(t(TEXTS["date"]).format(date=self.written.isoformat()))
        coders = self.coders()
        d.add_paragraph(xml_safe(t(TEXTS["coders"]).format(names=", ".join(coders)) if coders
                                 else t(TEXTS["no_coders"])))
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(xml_safe(t(TEXTS["list"])), level=1)
        self.list_anchor = d.add_paragraph()

    def coders(self) -> list[str]:
        """The coders with at least one coding, by name."""
        return [r["name"] for r in self.project.rows(
            "SELECT c.name FROM coders c WHERE EXISTS (SELECT 1 FROM codings g WHERE g.coder_id = c.id) "
            "ORDER BY c.name COLLATE NOCASE")]

    def method(self) -> None:
        d, t, p = self.document, self.t, self.project
        d.add_heading(xml_safe(t(TEXTS["method"])), level=1)
        documents = documents_in_scope(p, self.filters)
        cases = len(self.case_ids)
        self.say(t(TEXTS["cases"]).format(cases=count(cases, "case", t), documents=count(len(documents), "document", t)),
                 [cases, len(documents)], [(("cases_total",), cases), (("documents_total",), len(documents))])
        if not self.filters.is_empty():  # the reading alone has its own sentence below
            self.say(t(TEXTS["filters"]).format(filters=self.filters_text), leave_out=[self.filters_text])
        reading = reading_sentence(p, self.filters, t)  # whose codings count (issue 18)
        if reading:
            self.say(reading, leave_out=[reading])
        ids = {i for i, _ in documents}
        kinds = Counter(r["kind"] for r in p.rows("SELECT id, kind FROM documents") if r["id"] in ids)
        if kinds:
            order = [k for k in KIND_LABELS if k in kinds] + sorted(set(kinds) - set(KIND_LABELS))
            self.share_sentence("kinds", n_label(len(ids), "document", t),
                                [(t(KIND_LABELS.get(k, k)), kinds[k]) for k in order])
        in_scope = set(self.case_ids)
        roles = Counter((r["role"] or "").strip() for r in p.rows("SELECT case_id, role FROM respondents")
                        if r["case_id"] in in_scope or (r["case_id"] is None and self.filters.is_empty()))
        if roles:
            parts = [(role or t(TEXTS["no_role"]), n) for role, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))]
            self.share_sentence("roles", n_label(sum(roles.values()), "respondent", t), parts)
        themes = sum(1 for n in self.nodes if n.depth == 0)
        self.say(t(TEXTS["codebook"]).format(codes=count(len(self.nodes), "code", t), themes=count(themes, "theme", t)),
                 [len(self.nodes), themes], [(("codes_total",), len(self.nodes)), (("themes_total",), themes)])
        coders = self.coders()
        if coders:
            self.say(t(TEXTS["coded_by"]).format(coders=count(len(coders), "coder", t), names=", ".join(coders)),
                     [len(coders)], [(("coders_total",), len(coders))], leave_out=coders)
            total = self.total_codings()
            self.say(t(TEXTS["codings_total"]).format(codings=count(total, "coding", t)), [total],
                     [(("codings_total",), total)])
            outside = sum(self.outside.get(n.code.id, 0) for n in self.nodes if n.depth == 0)
            if outside:
                self.say(outside_sentence(outside, t), [outside], [(("outside_total",), outside)])
        else:
            self.say(t(TEXTS["not_coded"]))
        for extra in (self.agreement, self.saturation):
            if extra:  # computed elsewhere, with their own figures: their numbers are not claims here
                self.say(extra, leave_out=[extra])

    def total_codings(self) -> int:
        return sum(self.rows[n.code.id].subtree.codings for n in self.nodes if n.depth == 0)

    def share_sentence(self, key: str, n_text: str, parts: list[tuple[str, int]]) -> None:
        t = self.t
        percents = each_rounded([n for _, n in parts])
        whole = sum(n for _, n in parts)
        numbers = NUMBER.findall(n_text)
        facts = []
        for (label, n), percent in zip(parts, percents):
            numbers += [n, percent]
            facts.append((("percent_of", n, whole), percent))
        self.say(t(TEXTS[key]).format(n=n_text, parts=shares(parts, t)), numbers, facts,
                 leave_out=[label for label, _ in parts] + [t(TEXTS["rounding"])])

    # --- findings ----------------------------------------------------------------------------
    def quotes_by_code(self) -> dict[int, list[Any]]:
        """Up to ``quotes`` per code (its own codings), starred first, in reading order."""
        found: dict[int, list[Any]] = {}
        for quote in collect_quotes(self.project, starred_only=self.options.starred_only, filters=self.filters,
                                    translate=self.t):
            found.setdefault(quote.code_id, []).append(quote)
        return {code: sorted(qs, key=lambda q: not q.starred)[:self.options.quotes] for code, qs in found.items()}

    def findings(self) -> None:
        d, t = self.document, self.t
        quotes = self.quotes_by_code()
        d.add_heading(xml_safe(t(TEXTS["findings"])), level=1)
        empty = [n for n in self.nodes if not self.rows[n.code.id].subtree.codings]
        if empty and not self.options.include_empty:
            names = [self.text(n.code.name) for n in empty]
            d.add_paragraph(xml_safe(t(TEXTS["empty_list"]).format(names=", ".join(names))))
        for node in self.shown:
            row = self.rows[node.code.id]
            d.add_heading(self.text(node.code.name), level=min(node.depth + 2, 3))
            definition = self.text(node.code.description).strip()
            d.add_paragraph(definition or xml_safe(t(TEXTS["no_definition"])))
            parts = _counts_parts(row, self.valence_cases.get(node.code.id, (0, 0)), t,
                                  self.outside.get(node.code.id, 0))
            self.say(" ".join(text for text, _, _ in parts), [n for _, numbers, _ in parts for n in numbers],
                     [fact for _, _, facts in parts for fact in facts])
            self.quotes(quotes.get(node.code.id, []))

    def quotes(self, found: list[Any]) -> None:
        d, t = self.document, self.t
        if self.options.by_valence:
            groups = [(t(TEXTS[f"valence_{v or 'none'}"]), [q for q in found if (q.valence or None) == v])
                      for v in ("promoting", "hindering", None)]
        elif self.options.by_role:
            roles: dict[str, list[Any]] = {}
            for quote in found:
                roles.setdefault(quote.attribution.strip("() ") or t(TEXTS["no_role"]), []).append(quote)
            groups = sorted(roles.items())
        else:
            groups = [("", found)]
        for label, group in groups:
            if label and group:
                d.add_paragraph(xml_safe(label)).runs[0].bold = True
            for quote in group:
                d.add_paragraph(xml_safe(quote.line), style="Quote")

    # --- appendix ----------------------------------------------------------------------------
    def table(self, title: str, headers: Sequence[str], rows: Sequence[tuple[Sequence[Any], int]],
              notes: Sequence[str], facts: Sequence[dict[int, tuple]] = ()) -> None:
        """A numbered table with its claims: every figure cell, and per row the facts of its
        columns (``facts[i][column] = key``)."""
        self.tables += 1
        label = self.t(TABLE_LABEL)
        self.captions.append(f"{label.format(number=self.tables)}. {title}")
        written = add_table(self.document, headers, rows, caption=(label, self.tables, title), notes=notes,
                            translate=self.t)
        for table, columns in written.parts:
            for row_number, (values, _level) in enumerate(rows, start=1):
                row_facts = facts[row_number - 1] if facts else {}
                for position, index in enumerate(columns):
                    value = values[index] if index < len(values) else None
                    if position == 0 or value is None or not NUMBER.search(str(value)):
                        continue
                    key = row_facts.get(index)
                    cell = table.rows[row_number].cells[position]
                    self.claims.append(Claim(cell, NUMBER.findall(str(value)), [(key, value)] if key else []))

    def appendix(self) -> None:
        d, t = self.document, self.t
        if self.options.appendix:
            d.add_page_break()
            d.add_heading(xml_safe(t(TEXTS["appendix_codebook"])), level=1)
            numbers: list[int] = []
            for node in self.shown:
                numbers = numbers[:node.depth] + [numbers[node.depth] + 1 if len(numbers) > node.depth else 1]
                d.add_heading(f"{'.'.join(map(str, numbers))} {self.text(node.code.name)}",
                              level=min(node.depth + 2, 3))
                if node.code.description.strip():
                    d.add_paragraph(self.text(node.code.description).strip())
                for key, value in (("inclusion", node.code.inclusion), ("exclusion", node.code.exclusion),
                                   ("example", node.code.example)):
                    if value and value.strip():
                        paragraph = d.add_paragraph()
                        paragraph.add_run(xml_safe(f"{t(TEXTS[key])}: ")).bold = True
                        paragraph.add_run(self.text(value).strip()).italic = key == "example" or None
        if not self.options.tables:
            return
        d.add_page_break()
        d.add_heading(xml_safe(t(TEXTS["appendix_tables"])), level=1)
        self.frequency_figure()
        add_frequency_table(self, [self.rows[n.code.id] for n in self.shown])
        summary = case_summary(self.project, "case", only=self.case_ids, translate=t)
        if summary:
            self.table(t(TEXTS["case_summary"]), [t(h) for h in SUMMARY_HEADERS],
                       [([self.text(r.label), self.text(r.figure), r.n_valid, r.n_missing], r.level) for r in summary],
                       [table_note(n_label(len(self.case_ids), "case", t), self.filters_text, written=self.written,
                                   translate=t)])

    def frequency_figure(self) -> None:
        """Figure 1: the themes' codings stacked by valence, the same chart as the analysis
        window draws (reports.charts), as a picture the author can move or delete."""
        from docx.shared import Cm

        from .charts import PRINT_DPI, frequency_chart

        themes = [self.rows[n.code.id] for n in self.shown if n.depth == 0]
        if not themes:
            return
        figure = frequency_chart(themes, stacked_by_valence=True, translate=self.t, title="",
                                 filters_text=self.filters_text)
        image = io.BytesIO(figure_bytes(figure, "png", self.names, dpi=PRINT_DPI))  # printed: print resolution
        self.document.add_picture(image, width=Cm(15))
        self.figures += 1
        label, title = self.t(FIGURE_LABEL), self.t(TEXTS["figure_frequencies"])
        add_caption(self.document, label, self.figures, title)
        self.captions.append(f"{label.format(number=self.figures)}. {title}")

    def finish(self) -> None:
        """The list of tables and figures, and where each claim ended up in the file."""
        if hasattr(self, "list_anchor"):
            add_list_of_captions(self.list_anchor, self.t(TABLE_LABEL), self.captions)
            self.list_anchor._p.getparent().remove(self.list_anchor._p)
        body = self.document.element.body
        tables = [t._tbl for t in self.document.tables]
        for claim in self.claims:
            element = claim.element
            if hasattr(element, "_tc"):
                tbl = element._tc.getparent().getparent()
                tr = element._tc.getparent()
                claim.where = ("cell", tables.index(tbl), list(tbl.iterchildren(tr.tag)).index(tr),
                               list(tr.iterchildren(element._tc.tag)).index(element._tc))
            else:
                claim.where = ("paragraph", list(body).index(element._p))

    def write(self, path: str | os.PathLike) -> None:
        self.finish()
        _write(path, docx_bytes(self.document, self.names))


FIGURE_COLUMNS = ("codings", "passages", "documents", "cases", "percent", "promoting", "hindering", "no_valence",
                  "own")


def add_frequency_table(report: Any, rows: Sequence[FrequencyRow]) -> None:
    """"Table n. Code frequencies" (the same cells as the .xlsx/.csv export) with the note on
    the n, the filters and the date, and the claims of its figures."""
    t = report.t
    table = frequency_rows_for_export(rows, t)
    facts = [{i + 1: (key, row.code_id) for i, key in enumerate(FIGURE_COLUMNS)} for row in rows]
    notes = [table_note(table.n_text, report.filters_text, written=report.written, translate=t)] + list(table.notes)
    report.table(t(TEXTS["frequencies"]), table.headers,
                 [([report.text(row.name)] + list(r[1:]), level) for r, row, level in zip(table.rows, rows, table.levels)],
                 notes, facts)


def write_draft_report(project: Project, path: str | os.PathLike, *, filters: Filters = NO_FILTERS,
                       translate: Translate = _same, written: dt.date | None = None,
                       agreement: str | None = None, saturation: str | None = None,
                       options: ReportOptions | None = None) -> list[Claim]:
    """Write the draft report of ``project`` (only what passes ``filters``) to ``path`` (.docx)
    and return its claims (for ``report_check.check_report``). ``agreement``: a sentence on the
    agreement between coders, when it has been computed; ``saturation``: the saturation
    sentence (``reports.saturation.full_text``), when asked for."""
    report = _Report(project, filters, translate, written or dt.date.today(), agreement, saturation, options)
    report.title_page()
    report.method()
    report.findings()
    report.appendix()
    report.write(path)
    return report.claims


def write_frequency_docx(project: Project, path: str | os.PathLike, *, filters: Filters = NO_FILTERS,
                         translate: Translate = _same, written: dt.date | None = None) -> None:
    """The code frequency table alone as a Word document (``qdacoder export --what counts``)."""
    report = _Report(project, filters, translate, written or dt.date.today(), None)
    report.document.core_properties.title = report.text(project.name)
    report.document.add_heading(report.text(project.name), level=1)
    add_frequency_table(report, list(report.rows.values()))
    report.write(path)


__all__ = ["Claim", "ReportOptions", "count", "counts_sentence", "each_rounded", "numbers_in", "shares",
           "write_draft_report", "write_frequency_docx"]
