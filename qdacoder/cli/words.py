"""`qdacoder words` (word and phrase frequencies, distinctive words), `qdacoder kwic` (keyword
in context, optionally coding every line) and `qdacoder stopwords` (the project's stop words).

Thin, like the rest of the command line: the figures come from ``analysis.words`` (the
functions the window calls), the files from ``reports.table_export`` and
``reports.word_charts``, the filter options from ``cli.filters``. Files pass the names
filter (``core.names``) in their writers; the terminal shows the researcher's own text.
"""

from __future__ import annotations

import functools
from pathlib import Path

import click

from ..core.project import Project
from ..reports.language import translator
from .codebook import code_at
from .filters import build_filters
from .lock import changing, force_option
from .options import project_language, default_coder, emit, json_option, language_option, plain_errors, project_argument, table_text

FILE = click.Path(dir_okay=False, path_type=Path)
SCOPE_KEYS = ("code_paths", "with_subcodes", "coded", "respondents_only")
_SCOPE_OPTIONS = (
    click.option("--code", "code_paths", multiple=True, metavar="PATH",
                 help="Only the passages coded with the code at PATH (repeatable)."),
    click.option("--with-subcodes", is_flag=True, help="With --code: also the passages of its subcodes."),
    click.option("--coded", is_flag=True, help="Only coded passages (of any code); text coded twice counts once."),
    click.option("--respondents-only", is_flag=True,
                 help="Leave out the interviewer's turns (labels I, Int, Interviewer, Onderzoeker, ... not linked "
                      "to a respondent). Speaker labels are never counted."),
)


def scope_options(func):
    """Add the options that say which text is read; they reach the command as ``scope_args``
    (put ``cli.filters.filter_options`` under it for the filters)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        scope_args = {key: kwargs.pop(key) for key in SCOPE_KEYS}
        return func(*args, scope_args=scope_args, **kwargs)

    for option in reversed(_SCOPE_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def build_scope(p: Project, filter_args, *, code_paths=(), with_subcodes=False, coded=False, respondents_only=False):
    from ..analysis.word_text import Scope

    code_ids = tuple(code_at(p, path).id for path in code_paths) or None
    return Scope(code_ids=code_ids, with_subcodes=with_subcodes, coded=coded, respondents_only=respondents_only,
                 filters=build_filters(p, **filter_args))


def one_code_color(p: Project, scope) -> str | None:
    """The colour of the one code the words are filtered by, if so."""
    if scope.code_ids is not None and len(scope.code_ids) == 1:
        return p.scalar("SELECT color FROM codes WHERE id = ?", [scope.code_ids[0]])
    return None


def word_options(func):
    for option in reversed((
            click.option("--ngram", type=click.IntRange(1, 3), default=1, show_default=True,
                         help="1 for words, 2 or 3 for phrases of that many words."),
            click.option("--stem", is_flag=True, help="Group words by their stem (Snowball Dutch stemmer)."),
            click.option("--top", type=click.IntRange(1), metavar="N", help="Only the N most frequent rows."))):
        func = option(func)
    return func


def word_table_data(result) -> dict:
    return {"ngram": result.options.ngram, "stem": result.options.stemmed, "counted": result.counted,
            "stop_words": result.stop_words, "documents": result.documents, "cases": result.cases,
            "rows": [{"word": r.word, "forms": list(r.forms), "count": r.count, "documents": r.documents,
                      "cases": r.cases, "share": round(r.share, 6)} for r in result.rows]}


def distinctive_data(result) -> dict:
    return {"compare": result.compare, "ngram": result.options.ngram, "stem": result.options.stemmed,
            "groups": [{"key": g.key, "name": g.name, "words": g.words} for g in result.groups],
            "rows": [{"group": r.group, "word": r.word, "forms": list(r.forms), "count": r.count, "other": r.other,
                      "share": round(r.share, 6), "other_share": round(r.other_share, 6), "g2": round(r.g2, 4),
                      "log_ratio": round(r.log_ratio, 4), "p": r.level} for r in result.rows]}


def write_files(p: Project, table, title: str, filters_text: str, files, t, figure=None, charts=()) -> list[str]:
    """Write the table (and chart) files; every writer passes the project's names filter."""
    from ..core.names import name_filter
    from ..reports import table_export as te
    from ..reports.charts import save_figure

    written = []
    names = name_filter(p)
    for file in files:
        if file is not None:
            te.export(table, file, names=names, title=title, filters_text=filters_text, translate=t)
            written.append(f"Wrote {file}")
    for file in charts:
        if file is not None:
            save_figure(figure(), file, names=names)
            written.append(f"Wrote {file}")
    return written


def register(cli: click.Group) -> None:
    """Add ``words``, ``kwic`` and ``stopwords`` to the main command."""
    from ..analysis.filters import describe
    from .filters import filter_options

    table_files = (
        click.option("--xlsx", "xlsx_file", type=FILE, help="Also write the table as an Excel sheet."),
        click.option("--csv", "csv_file", type=FILE, help="Also write the table as CSV (UTF-8, ';')."),
        click.option("--docx", "docx_file", type=FILE, help="Also write the table as a Word table."),
    )

    def with_table_files(func):
        for option in reversed(table_files):
            func = option(func)
        return func

    @cli.command("words")
    @project_argument
    @scope_options
    @filter_options
    @word_options
    @click.option("--compare", metavar="valence|role|code:PATH",
                  help="The words that set groups apart: promoting against hindering passages, each speaker role "
                       "against the others, or the passages of a code against the rest (G2 and Log Ratio).")
    @json_option
    @with_table_files
    @click.option("--png", "png_file", type=FILE, help="Also draw it (word cloud, or bars with --compare) as .png.")
    @click.option("--svg", "svg_file", type=FILE, help="Also draw it (word cloud, or bars with --compare) as .svg.")
    @language_option
    @plain_errors
    def words(project: Path, scope_args, filter_args, ngram: int, stem: bool, top: int | None, compare: str | None,
              as_json: bool, xlsx_file, csv_file, docx_file, png_file, svg_file, language: str | None) -> None:
        """Word frequencies in PROJECT: per word (or stem, or phrase) its count, the documents and
        cases it occurs in and its share of all words counted. Stop words (the project's list),
        numbers, placeholders such as [naam jongere] and listed names are left out."""
        from ..analysis.words import WordOptions, distinctive_words, word_frequencies
        from ..reports import table_export as te
        from ..reports.word_charts import distinctive_chart, word_cloud

        t = translator(language := project_language(project, language))
        options = WordOptions(ngram=ngram, stemmed=stem)
        with Project.open(project) as p:
            scope = build_scope(p, filter_args, **scope_args)
            filters_text = describe(p, scope.filters, t)
            if compare:
                kind, code_id = _comparison(p, compare)
                result = distinctive_words(p, kind, scope, options, code_id=code_id, top=top or 25, translate=t)
                table = te.distinctive_rows_for_export(result, t)
                groups = " / ".join(te.group_name(g.name, t) for g in result.groups)
                title = te.title_for("distinctive", p.name, t, groups=groups)
                data = distinctive_data(result)

                def figure():
                    return distinctive_chart(result, title=title, translate=t)
            else:
                result = word_frequencies(p, scope, options, top=top)
                table = te.words_rows_for_export(result, t)
                title = te.title_for("words" if ngram == 1 else "phrases", p.name, t, n=str(ngram))
                data = word_table_data(result)
                color = one_code_color(p, scope)

                def figure():
                    return word_cloud(result.rows[:100], color=color, title=title, translate=t)
            lines = write_files(p, table, title, filters_text, (xlsx_file, csv_file, docx_file), t, figure,
                                (png_file, svg_file))
        emit({"filters": filters_text, **data}, as_json, "\n".join([title, filters_text, table_text(table)] + lines))

    @cli.command("kwic")
    @project_argument
    @click.argument("word")
    @scope_options
    @filter_options
    @click.option("--width", type=click.IntRange(0), default=5, show_default=True, help="Words on each side.")
    @click.option("--stem", is_flag=True, help="Every word with the same stem (Snowball Dutch stemmer).")
    @click.option("--sort", type=click.Choice(["position", "left", "right"]), default="position", show_default=True,
                  help="In document order, or sorted by the words left (nearest first) or right of the keyword.")
    @click.option("--code-with", "code_with", metavar="PATH",
                  help="Code every line found with the code at PATH (one undo step in the window's sense).")
    @click.option("--unit", type=click.Choice(["hit", "sentence", "paragraph"]), default="hit", show_default=True,
                  help="With --code-with: code the keyword, its sentence or its paragraph (line).")
    @click.option("--as-coder", "coder", metavar="NAME",
                  help="With --code-with: the coder  [default: $QDACODER_CODER or your user name]")
    @json_option
    @with_table_files
    @force_option
    @language_option
    @plain_errors
    def kwic_(project: Path, word: str, scope_args, filter_args, width: int, stem: bool, sort: str, code_with,
              unit: str, coder, as_json: bool, xlsx_file, csv_file, docx_file, force: bool, language: str | None) -> None:
        """Keyword in context: every occurrence of WORD (or "a phrase"; wacht* for a prefix) in
        the text of PROJECT, accents and case ignored, with the words left and right, the
        document, case and speaker."""
        from ..analysis.words import kwic
        from ..core.coders import coder_for
        from ..core.search import code_hits
        from ..reports import table_export as te

        t = translator(language := project_language(project, language))
        with (changing(project, force=force) if code_with else Project.open(project)) as p:
            scope = build_scope(p, filter_args, **scope_args)
            filters_text = describe(p, scope.filters, t)
            lines = kwic(p, word, scope, width=width, stemmed=stem, sort=sort)
            coded = None
            if code_with:
                code_id = code_at(p, code_with).id
                with coder_for(p, coder or default_coder()) as the_coder:  # no new coder when refused
                    coded = code_hits(p, lines, code_id, the_coder.id, unit).result
            table = te.kwic_rows_for_export(lines, t)
            title = te.title_for("kwic", p.name, t, word=word)
            written = write_files(p, table, title, filters_text, (xlsx_file, csv_file, docx_file), t)
        rows = [{"document": line.document, "start": line.start, "end": line.end, "left": line.left,
                 "keyword": line.keyword, "right": line.right, "cases": list(line.cases), "speaker": line.speaker,
                 "respondent": line.respondent, "role": line.role} for line in lines]
        shown = [f"{line.document:<24.24} {line.left:>40.40}  [{line.keyword}]  {line.right}" for line in lines]
        shown.append(f"{len(lines)} occurrence(s)")
        if coded is not None:
            shown.append(f"Coded {coded} {unit}(s) of {len(lines)} occurrence(s) with {code_with}")
        emit({"word": word, "filters": filters_text, "lines": rows, "code": code_with, "coded": coded}, as_json,
             "\n".join([filters_text] + shown + written))

    @cli.group("stopwords", invoke_without_command=True)
    @click.pass_context
    def stopwords(ctx: click.Context) -> None:
        """The project's stop words: the standard lists it uses (Dutch by default, English on
        request), the words it adds and the words of those lists it keeps."""
        if ctx.invoked_subcommand is None:
            click.echo(ctx.get_help())

    @stopwords.command("list")
    @project_argument
    @json_option
    @plain_errors
    def stopwords_list(project: Path, as_json: bool) -> None:
        """Show the lists in use, the added words and the kept words."""
        from ..analysis.word_tokens import stop_words
        from ..core.word_lists import word_lists

        with Project.open(project) as p:
            lists, effective = word_lists(p), stop_words(p)
        data = {"languages": sorted(lists.languages), "added": sorted(lists.added), "kept": sorted(lists.kept),
                "stop_words": sorted(effective)}
        emit(data, as_json, "\n".join([
            f"standard lists: {', '.join(data['languages']) or 'none'}",
            f"added: {', '.join(data['added']) or '-'}",
            f"kept (counted after all): {', '.join(data['kept']) or '-'}",
            f"{len(effective)} stop words in all"]))

    @stopwords.command("add")
    @project_argument
    @click.argument("words", nargs=-1, required=True)
    @force_option
    @plain_errors
    def stopwords_add(project: Path, words, force: bool) -> None:
        """Leave WORDS out of the word counts of PROJECT."""
        from ..core.word_lists import add_stop_words

        with changing(project, force=force) as p:
            added = add_stop_words(p, words).result
        click.echo(f"Stop words now: {', '.join(added)}")

    @stopwords.command("remove")
    @project_argument
    @click.argument("words", nargs=-1, required=True)
    @force_option
    @plain_errors
    def stopwords_remove(project: Path, words, force: bool) -> None:
        """Count WORDS again in PROJECT (also words of a standard list, such as "kind")."""
        from ..core.word_lists import remove_stop_words

        with changing(project, force=force) as p:
            removed = remove_stop_words(p, words).result
        click.echo(f"Counted again: {', '.join(removed)}")

    @stopwords.command("languages")
    @project_argument
    @click.argument("languages", nargs=-1, type=click.Choice(["nl", "en"]))
    @force_option
    @plain_errors
    def stopwords_languages(project: Path, languages, force: bool) -> None:
        """Use the standard lists of LANGUAGES (nl, en; none given: no standard list)."""
        from ..core.word_lists import set_languages

        with changing(project, force=force) as p:
            set_languages(p, languages)
        click.echo(f"Standard stop-word lists: {', '.join(sorted(set(languages))) or 'none'}")


def _comparison(p: Project, spec: str) -> tuple[str, int | None]:
    value = spec.strip()
    if value in ("valence", "role"):
        return value, None
    if value.startswith("code:") and value[5:].strip():
        return "code", code_at(p, value[5:].strip()).id
    raise click.BadParameter(f"“{spec}”: give valence, role or code:PATH.", param_hint="--compare")


def wordcloud_figure(p: Project, scope, options, *, top: int | None, title: str, translate):
    """The word cloud of ``qdacoder chart --type wordcloud``."""
    from ..analysis.words import word_frequencies
    from ..reports.word_charts import word_cloud

    result = word_frequencies(p, scope, options, top=top or 100)
    return word_cloud(result.rows, color=one_code_color(p, scope), title=title, translate=translate)


