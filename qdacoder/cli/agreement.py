"""`qdacoder agreement`: inter-coder agreement per code and overall (``analysis.agreement``).

Thin, like the rest of the command line: the figures come from ``analysis.agreement``, the
cells of the text table and of the files from ``reports.agreement_report.agreement_table``
(the ones the window shows). Coders, codes and documents are given by name (codes by path);
an unknown one is a plain error with exit code 1. In JSON an undefined coefficient is
``null`` with its ``reason``, never 0; ``shown`` is the figure as every table prints it (the
band is read from it), ``documents_rule`` the sentence on how the documents were compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..analysis.agreement import LEVELS, AgreementRow, Coefficient
from ..core.errors import NotFoundError, QT_TRANSLATE_NOOP
from ..core.names import name_filter
from ..core.project import Project
from ..reports.language import translator
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument, pseudonymised_option

FILE = click.Path(dir_okay=False, path_type=Path)


def split_names(value: str | None) -> list[str]:
    return [] if not value else [name.strip() for name in value.split(",") if name.strip()]


def ids_by_name(p: Project, kind: str, names: list[str]) -> list[int]:
    """The ids of coders or documents named ``names``; NotFoundError for an unknown one."""
    from ..core.codes import find_code_by_path
    from ..core.coders import find_coder
    from ..core.documents import find_document

    found = []
    for name in names:
        item = {"coder": find_coder, "code": find_code_by_path, "document": find_document}[kind](p, name)
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("qdacoder", "There is no {kind} named “{name}”."),
                                kind=kind, name=name)
        found.append(item.id)
    return found


def coefficient_json(c: Coefficient) -> dict[str, Any]:
    return {"value": c.value, "shown": None if c.shown is None else str(c.shown), "n": c.n, "band": c.band,
            "band_label": c.band_label, "reason": c.reason}


def row_json(row: AgreementRow) -> dict[str, Any]:
    return {"code": row.path or None, "n": row.n, "n_all": row.n_all, "percent": row.percent,
            "kappa": coefficient_json(row.kappa), "kappa_min": row.kappa_min, "kappa_max": row.kappa_max,
            "brennan_prediger": coefficient_json(row.free_kappa),
            "pairs": [{"coders": list(p.coders), "n": p.n, "percent": p.percent, "kappa": coefficient_json(p.kappa),
                       "brennan_prediger": coefficient_json(p.free_kappa)} for p in row.pairs],
            "fleiss": coefficient_json(row.fleiss), "alpha": coefficient_json(row.alpha)}


def report_json(report) -> dict[str, Any]:
    return {"level": report.level, "threshold": report.threshold, "coders": report.coders,
            "documents": report.documents, "assigned": report.assigned,
            "documents_rule": report.documents_sentence,
            "documents_left_out": report.single_coder_documents, "coders_without_documents": report.unassigned_coders,
            "codings_outside_assignments": report.outside_assignment,
            "unused_codes": report.unused_codes, "unused_included": report.include_unused,
            "mean_code_kappa": report.mean_code_kappa,
            "rows": [row_json(r) for r in report.rows], "overall": row_json(report.overall),
            "per_document": [{"document": d.name, "coders": d.coders, "n": d.n, "percent": d.percent,
                              "alpha": coefficient_json(d.alpha)} for d in report.document_rows]}


def _grid(title: str, headers: list[str], rows: list[list[Any]]) -> list[str]:
    cells = [headers] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(str(row[j])) for row in cells) for j in range(len(headers))]
    return [title] + ["  ".join(str(v).ljust(w) if j == 0 else str(v).rjust(w) for j, (v, w) in enumerate(zip(row, widths)))
                      for row in cells]


def _text(table, method_title: str) -> str:
    """The codes table and its note, the pairs and documents tables, the method."""
    lines = _grid(table.title, table.headers, table.rows) + table.note
    for section in ([table.pairs] if table.pairs else []) + [table.documents]:
        lines += [""] + _grid(section.title, section.headers, section.rows)
    return "\n".join(lines + ["", method_title] + table.method)


def register(cli: click.Group) -> None:
    """Add ``agreement`` to the main command."""

    @cli.command("agreement")
    @project_argument
    @click.option("--coders", required=True, help="Two or more coder names, separated by commas.")
    @click.option("--level", type=click.Choice(LEVELS), default="occurrence", show_default=True,
                  help="occurrence (code used in the document), frequency (number of codings per document), "
                       "overlap (passages overlapping by at least --threshold), character (as NVivo).")
    @click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.9, show_default=True,
                  help="overlap: the share of the combined extent two codings must share.")
    @click.option("--codes", "code_paths", help="Code paths, separated by commas (default: all codes).")
    @click.option("--documents", "document_names",
                  help="Document names, separated by commas (default: every document). With assignments "
                       "(qdacoder assign) each coder's assigned documents among them count for that coder.")
    @click.option("--include-unused", is_flag=True,
                  help="Also count the codes none of the coders used (left out and listed by default).")
    @json_option
    @click.option("--docx", "docx_file", type=FILE, help="Also write the report as a Word table.")
    @click.option("--xlsx", "xlsx_file", type=FILE, help="Also write the report as an Excel sheet.")
    @language_option
    @pseudonymised_option
    @plain_errors
    def agreement_(project: Path, coders: str, level: str, threshold: float, code_paths: str | None,
                   document_names: str | None, include_unused: bool, as_json: bool, docx_file, xlsx_file,
                   language: str | None) -> None:
        """Inter-coder agreement in PROJECT: per code and overall the % agreement, Cohen's kappa
        and Brennan and Prediger's kappa_n (per pair; mean and range for three or more coders),
        Fleiss' kappa and Krippendorff's alpha, each with its n and band; per pair and per
        document too. A document not assigned to a coder is missing for that coder."""
        from ..analysis.agreement import agreement
        from ..reports.agreement_report import (
            METHOD_TITLE, agreement_table, write_agreement_docx, write_agreement_xlsx,
        )

        coder_names = list(dict.fromkeys(split_names(coders)))
        if len(coder_names) < 2:
            raise click.BadParameter("give two or more coders, e.g. --coders Anna,Bram.", param_hint="--coders")
        with Project.open(project) as p:
            coder_ids = ids_by_name(p, "coder", coder_names)
            code_ids = ids_by_name(p, "code", split_names(code_paths)) if code_paths else None
            document_ids = ids_by_name(p, "document", split_names(document_names)) if document_names else None
            report = agreement(p, coder_ids, level, code_ids=code_ids, document_ids=document_ids,
                               threshold=threshold, include_unused=include_unused)
            name = p.name
            names = name_filter(p)
        t = translator(language := project_language(project, language))
        table = agreement_table(report, name, t)
        lines = []
        for file, write in ((docx_file, write_agreement_docx), (xlsx_file, write_agreement_xlsx)):
            if file is not None:
                write(report, file, names=names, project_name=name, translate=t)
                lines.append(f"Wrote {file}")
        data = report_json(report)
        data["documents_rule"] = t(report.documents_sentence)
        emit(data, as_json, "\n".join([_text(table, t(METHOD_TITLE))] + lines))
