"""`qdacoder disagreements` and `qdacoder consensus`: the consensus review of two coders on the
command line, the same as Team > Review disagreements in the window.

Thin: the list comes from ``analysis.disagreements``, the decisions are written by
``core.consensus`` (codings of a consensus coder; the originals are never touched). A
disagreement is named by its number in the list, which depends only on the two coders'
codings and the threshold, so `disagreements` and then `consensus --choose N=...` refer to the
same passage as long as the codings did not change in between.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..analysis.disagreements import KIND_LABELS, Disagreement, agreed_codings, disagreements
from .agreement import ids_by_name, split_names
from .lock import changing, force_option
from ..core import consensus
from ..core.project import Project
from .options import emit, json_option, plain_errors, project_argument, pseudonymised_option

CHOICE = click.Choice(consensus.CHOICES)


def disagreement_json(number: int, d: Disagreement) -> dict[str, Any]:
    return {"number": number, "kind": d.kind, "document": d.document, "start": d.start, "end": d.end,
            "a": {"codes": d.a_codes, "spans": [list(s) for s in d.a_spans], "text": d.a_text},
            "b": {"codes": d.b_codes, "spans": [list(s) for s in d.b_spans], "text": d.b_text}}


def _line(number: int, d: Disagreement) -> str:
    a = ", ".join(dict.fromkeys(d.a_codes)) or "-"
    b = ", ".join(dict.fromkeys(d.b_codes)) or "-"
    return f"{number:>3}  {KIND_LABELS[d.kind]}  {d.document} {d.start}-{d.end}  A: {a}  B: {b}"


def _choices(values: tuple[str, ...], count: int) -> dict[int, str]:
    """``N=a`` etc. -> {N: "a"}; a usage error for a number not in the list or a bad choice."""
    chosen: dict[int, str] = {}
    for value in values:
        number, _, choice = value.partition("=")
        if not number.strip().isdigit() or not 1 <= int(number) <= count or choice.strip() not in consensus.CHOICES:
            raise click.BadParameter(
                f"“{value}”: give N=a, N=b, N=both or N=neither with N from 1 to {count}.", param_hint="--choose")
        chosen[int(number)] = choice.strip()
    return chosen


def register(cli: click.Group) -> None:
    """Add ``disagreements`` and ``consensus`` to the main command."""
    coders_option = click.option("--coders", required=True, metavar="A,B", help="The two coders, by name.")
    threshold_option = click.option(
        "--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.9, show_default=True,
        help="Codings of one code agree when they overlap by at least this share of their combined extent.")

    def two_coders(p: Project, coders: str) -> tuple[int, int]:
        names = list(dict.fromkeys(split_names(coders)))
        if len(names) != 2:
            raise click.BadParameter("give two coders, e.g. --coders Anna,Bram.", param_hint="--coders")
        a, b = ids_by_name(p, "coder", names)
        return a, b

    @cli.command("disagreements")
    @project_argument
    @coders_option
    @threshold_option
    @json_option
    @pseudonymised_option
    @plain_errors
    def disagreements_(project: Path, coders: str, threshold: float, as_json: bool) -> None:
        """The numbered disagreements of two coders in PROJECT: passages only one of them coded,
        passages with another code, and the same code with other boundaries."""
        with Project.open(project) as p:
            a, b = two_coders(p, coders)
            found = disagreements(p, a, b, threshold=threshold)
        emit({"coders": split_names(coders), "threshold": threshold,
              "disagreements": [disagreement_json(n, d) for n, d in enumerate(found, 1)]}, as_json,
             "\n".join([_line(n, d) for n, d in enumerate(found, 1)] + [f"{len(found)} disagreement(s)"]))

    @cli.command("consensus")
    @project_argument
    @coders_option
    @threshold_option
    @click.option("--agreed", is_flag=True, help="Copy coder A's agreed codings to the consensus coder.")
    @click.option("--choose", "choices", multiple=True, metavar="N=CHOICE",
                  help="Decide disagreement N (see `qdacoder disagreements`): a, b, both or neither (repeatable).")
    @click.option("--consensus-coder", default=consensus.CONSENSUS, show_default=True,
                  help="The coder whose codings hold the consensus.")
    @click.option("--done", "done", multiple=True, metavar="DOCUMENT",
                  help="Mark the consensus of this document as done: its final coding is the consensus "
                       "coder's, even none at all (repeatable).")
    @click.option("--undone", "undone", multiple=True, metavar="DOCUMENT",
                  help="Take the done mark off this document: the coders' own codings count again (repeatable).")
    @force_option
    @json_option
    @plain_errors
    def consensus_(project: Path, coders: str, threshold: float, agreed: bool, choices: tuple[str, ...],
                   consensus_coder: str, done: tuple[str, ...], undone: tuple[str, ...], force: bool,
                   as_json: bool) -> None:
        """Write the consensus of two coders in PROJECT as codings of a consensus coder: the
        agreed codings (--agreed) and a decision per disagreement (--choose N=a|b|both|neither).
        The coders' own codings are never changed."""
        with changing(project, force=force) as p:
            a, b = two_coders(p, coders)
            found = disagreements(p, a, b, threshold=threshold)
            chosen = _choices(choices, len(found))
            # look the documents up first: an unknown name changes nothing at all
            done_ids, undone_ids = ids_by_name(p, "document", list(done)), ids_by_name(p, "document", list(undone))
            copied = 0
            if agreed:
                copied = len(consensus.copy_agreed(p, agreed_codings(p, a, b, threshold=threshold)[0],
                                                   consensus_coder=consensus_coder).result)
            made = {n: len(consensus.resolve(p, found[n - 1], choice, consensus_coder=consensus_coder).result)
                    for n, choice in chosen.items()}
            if done_ids:
                consensus.settle(p, done_ids, (a, b), consensus_coder=consensus_coder)
            if undone_ids:
                consensus.unsettle(p, undone_ids, (a, b))
        emit({"consensus_coder": consensus_coder, "agreed_copied": copied,
              "decided": {str(n): {"choice": chosen[n], "codings": k} for n, k in made.items()},
              "done": list(done), "undone": list(undone)}, as_json,
             f"{copied} agreed coding(s) copied; {len(made)} disagreement(s) decided for {consensus_coder}"
             + (f"; consensus done for {len(done)} document(s)" if done else "")
             + (f"; done mark taken off {len(undone)} document(s)" if undone else ""))
