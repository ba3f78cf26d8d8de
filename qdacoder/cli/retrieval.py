"""`qdacoder segments` (coded passages with their context, filtered) and `qdacoder search`
(full-text search, optionally coding every hit). Thin, like the rest of the command line."""

from __future__ import annotations

from pathlib import Path

import click

from ..analysis.filters import describe
from ..analysis.retrieval import Segment, segments
from .codebook import code_at
from .filters import build_filters, filter_options
from .lock import changing, force_option
from ..core.coders import coder_for
from ..core.project import Project
from ..core.search import UNITS, code_hits, search
from .options import default_coder, emit, json_option, plain_errors, project_argument, pseudonymised_option

ALL = 10**9  # "no limit" when every hit is to be coded


def segment_data(segment: Segment) -> dict:
    return {
        "coding_id": segment.coding_id, "document": segment.document, "kind": segment.kind,
        "case": ", ".join(segment.cases) or None, "cases": list(segment.cases), "code": segment.code_path,
        "start": segment.start, "end": segment.end, "text": segment.text, "before": segment.before,
        "after": segment.after, "speaker": segment.speaker, "respondent": segment.respondent, "role": segment.role,
        "coder": segment.coder, "valence": segment.valence, "memo": segment.memo,
    }


def _one_line(text: str) -> str:
    return " ".join(text.split())


def register(cli: click.Group) -> None:
    """Add ``segments`` and ``search`` to the main command."""

    @cli.command("segments")
    @project_argument
    @click.option("--code", "paths", multiple=True, required=True, metavar="PATH",
                  help="Code path, e.g. 'Steun/School' (repeatable).")
    @click.option("--with-subcodes", is_flag=True, help="Include the passages of the codes' subcodes.")
    @click.option("--context", type=click.IntRange(0), default=80, show_default=True,
                  help="Characters of context on each side.")
    @filter_options
    @json_option
    @pseudonymised_option
    @plain_errors
    def segments_(project: Path, paths, with_subcodes: bool, context: int, filter_args, as_json: bool) -> None:
        """The passages coded with the codes at PATH in PROJECT, with their context, document,
        case, speaker, coder and valence, in reading order."""
        with Project.open(project) as p:
            code_ids = [code_at(p, path).id for path in paths]
            filters = build_filters(p, **filter_args)
            found = segments(p, code_ids, with_subcodes=with_subcodes, filters=filters, context=context)
            rows = [segment_data(s) for s in found]
            lines = [describe(p, filters)]
            for r in rows:
                who = ", ".join(x for x in (r["speaker"], r["role"]) if x)
                lines.append(
                    f"\n{r['document']} [{r['start']}–{r['end']}] {r['code']} ({r['coder']}"
                    f"{', ' + r['valence'] if r['valence'] else ''}){' – ' + r['case'] if r['case'] else ''}"
                    f"{' – ' + who if who else ''}\n  {_one_line(r['before'] + '«' + r['text'] + '»' + r['after'])}")
            lines.append(f"\n{len(rows)} passage(s)")
            emit(rows, as_json, "\n".join(lines))

    @cli.command("search")
    @project_argument
    @click.argument("query")
    @click.option("--code", "path", metavar="PATH", help="Code every hit with the code at PATH (one undo step).")
    @click.option("--unit", type=click.Choice(UNITS), default="hit", show_default=True,
                  help="With --code: code the word found, its sentence or its paragraph (line).")
    @click.option("--coder", help="With --code: the coder  [default: $QDACODER_CODER or your user name]")
    @click.option("--limit", type=click.IntRange(1), default=500, show_default=True, help="Hits to list at most.")
    @json_option
    @force_option
    @pseudonymised_option
    @plain_errors
    def search_(project: Path, query: str, path, unit: str, coder, limit: int, as_json: bool, force: bool) -> None:
        """Search the texts of PROJECT for QUERY: all its words, accents and case ignored;
        "a phrase" in quotes; wacht* for words starting with wacht."""
        # only coding the hits changes the project; a plain search works while the window has it open
        with (changing(project, force=force) if path else Project.open(project)) as p:
            code_id = code_at(p, path).id if path else None
            hits = search(p, query, limit=ALL if path else limit + 1)
            coded = None
            if code_id is not None:
                if coder is None:

                    coder = default_coder()
                with coder_for(p, coder) as the_coder:  # no new coder when refused
                    coded = code_hits(p, hits, code_id, the_coder.id, unit).result
        shown, more = hits[:limit], len(hits) > limit
        rows = [{"document": h.document, "start": h.start, "end": h.end, "before": h.before, "match": h.match,
                 "after": h.after} for h in shown]
        lines = [f"{h.document} [{h.start}–{h.end}]  {_one_line(h.before + '«' + h.match + '»' + h.after)}"
                 for h in shown]
        lines.append(f"{len(shown)} hit(s)" + (" listed; there are more (see --limit)" if more else ""))
        if coded is not None:
            lines.append(f"Coded {coded} {unit}(s) of {len(hits)} hit(s) with {path}")
        emit({"query": query, "hits": rows, "more": more, "code": path, "unit": unit if path else None,
              "coded": coded}, as_json, "\n".join(lines))
