"""`qdacoder saturation`: the new codes per document and the saturation rule of Guest, Namey and
Chen (2020), with the sentence for a method section.

Thin, like the rest of the command line: the figures come from ``analysis.saturation`` (the
function the window calls), the words, table, chart and files from ``reports.saturation``, the
codings counted from the shared filter options (``--coder`` and the others)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..core.errors import QT_TRANSLATE_NOOP, ValidationError
from ..core.names import name_filter
from ..core.project import Project
from ..reports.language import translator
from .filters import build_filters, filter_options
from .options import project_language, emit, json_option, language_option, plain_errors, project_argument

FILE = click.Path(dir_okay=False, path_type=Path)
REPORT_SUFFIX = QT_TRANSLATE_NOOP("qdacoder", "{file}: the draft report is written as .docx.")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("qdacoder", "{file}: {option} writes a {extension} file.")


def saturation_json(result, filters_text: str, sentence: str) -> dict[str, Any]:
    def run_json(run):
        return None if run is None else {"first": run.first, "last": run.last, "new": run.new, "share": run.share}

    point = result.point
    return {
        "order": result.order, "attribute": result.attribute, "base": result.base, "run": result.run,
        "threshold": result.threshold, "filters": filters_text, "base_size": result.base_size,
        "codes_total": result.codes_total, "assessable": result.assessable,
        "saturation": {"reached": point is not None, "position": point,
                       "document": result.documents[point - 1].document if point else None,
                       "run": run_json(result.saturating_run)},
        "documents": [{"position": d.position, "document": d.document, "value": d.value or None,
                       "new": len(d.new_codes), "new_codes": list(d.new_codes), "cumulative": d.cumulative,
                       "run": run_json(result.run_ending_at(d.position))} for d in result.documents],
        "runs": [run_json(r) for r in result.runs],
        "not_coded": list(result.not_coded), "without_value": list(result.without_value),
        "sentence": sentence,
    }


def plain_table(table) -> str:
    """The table as aligned plain text: numbers to the right, words to the left."""
    from ..analysis.case_summary import dutch_number

    cells = [table.headers] + [["" if v is None else dutch_number(v) if isinstance(v, float) else v for v in row]
                               for row in table.rows]
    widths = [max(len(str(row[j])) for row in cells) for j in range(len(table.headers))]
    numeric = [all(v is None or isinstance(v, (int, float)) for v in (row[j] for row in table.rows))
               for j in range(len(widths))]
    lines = ["  ".join(str(v).rjust(w) if numeric[j] else str(v).ljust(w)
                       for j, (v, w) in enumerate(zip(row, widths))).rstrip() for row in cells]
    return "\n".join(lines + [table.n_text])


def register(cli: click.Group) -> None:
    """Add ``saturation`` to the main command."""

    @cli.command("saturation")
    @project_argument
    @click.option("--order", default="imported", show_default=True,
                  help="imported, first-coded, name, or attribute:NAME (a document or case attribute such as "
                       "an interview date; documents without a value go at the end).")
    @click.option("--base", type=int, default=4, show_default=True, help="Documents in the base.")
    @click.option("--run", "run_size", type=int, default=2, show_default=True, help="Documents in each run.")
    @click.option("--threshold", type=float, default=0.05, show_default=True,
                  help="New information at or below which a run counts as saturated, as a fraction (0.05 = 5%).")
    @filter_options
    @json_option
    @click.option("--docx", "docx_file", type=FILE, help="Also write the sentence, chart and table to Word.")
    @click.option("--xlsx", "xlsx_file", type=FILE, help="Also write the table (with the sentence) to Excel.")
    @click.option("--csv", "csv_file", type=FILE, help="Also write the table (with the sentence) as CSV.")
    @click.option("--png", "png_file", type=FILE, help="Also draw the chart (.png).")
    @click.option("--svg", "svg_file", type=FILE, help="Also draw the chart (.svg).")
    @click.option("--report", "report_file", type=FILE,
                  help="Also write the draft report (.docx) with the saturation sentence in its method section.")
    @language_option
    @plain_errors
    def saturation_(project: Path, order: str, base: int, run_size: int, threshold: float, filter_args,
                    as_json: bool, docx_file, xlsx_file, csv_file, png_file, svg_file, report_file,
                    language: str | None) -> None:
        """New codes per document in PROJECT and where saturation was reached by the rule of Guest,
        Namey and Chen (2020): after a base of --base documents, the first run of --run documents
        whose new codes are at most --threshold of the base's codes. Only documents with codings
        counted take part."""
        from ..analysis.filters import describe
        from ..analysis.saturation import saturation
        from ..reports import saturation as report

        if report_file is not None and report_file.suffix.lower() != ".docx":
            raise ValidationError(REPORT_SUFFIX, file=report_file.name)
        files = {".docx": docx_file, ".xlsx": xlsx_file, ".csv": csv_file, ".png": png_file, ".svg": svg_file}
        for extension, file in files.items():
            if file is not None and file.suffix.lower() != extension:  # --png table.xlsx: a slip, not a wish
                raise ValidationError(WRONG_SUFFIX, file=file.name, option="--" + extension[1:], extension=extension)
        t = translator(language := project_language(project, language))
        with Project.open(project) as p:
            filters = build_filters(p, **filter_args)
            filters_text = describe(p, filters, t)
            result = saturation(p, order=order, base=base, run=run_size, threshold=threshold, filters=filters)
            lines = []
            for file in files.values():
                if file is not None:
                    report.write(result, file, names=name_filter(p), project_name=p.name, filters_text=filters_text,
                                 translate=t)
                    lines.append(f"Wrote {file}")
            if report_file is not None:
                from ..reports.draft_report import write_draft_report

                write_draft_report(p, report_file, filters=filters, translate=t,
                                   saturation=report.full_text(result, t))
                lines.append(f"Wrote the draft report to {report_file}")
            title = report.title_for(p.name, t)
        text = report.sentence(result, t)
        words = [title, filters_text, plain_table(report.rows_for_export(result, t)), "", text] + report.notes(result, t)
        emit(saturation_json(result, filters_text, text), as_json, "\n".join(words + lines))
