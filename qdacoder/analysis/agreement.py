"""Inter-coder agreement per code and overall, at four levels, for two or more coders.

Levels (the units and each coder's rating of a unit):

- ``occurrence``: unit = (document, code); rating 1 when the coder has at least one coding of
  the code in the document, else 0.
- ``frequency``: unit = (document, code); rating = the coder's number of codings of the code
  in the document. The counts are nominal categories: coders agree on a unit only when their
  counts are equal (2 and 3 disagree as much as 0 and 3), and kappa is over the count values.
- ``overlap``: units are *segments*. Two codings of the same code in the same document by two
  different coders match when |intersection| / |union| >= ``threshold`` (default 0.9). A
  segment is a group of codings linked by matches (transitively); its rating for a coder is 1
  when it holds a coding of that coder, else 0. So for two coders: both = matched segments,
  only X = codings of X that match nothing of Y, only Y likewise. There is no "neither" cell
  (a passage nobody coded is not a segment), hence percent agreement = both / segments is the
  main figure; kappa on such a table is low by construction (as MAXQDA warns) and is shown for
  completeness. For a pair of coders, segments holding neither of the two are left out.
- ``character`` (as NVivo): unit = one character of a document for a code; rating 1 when the
  coder's codings of the code cover it. Computed from intervals: the boundaries of all
  codings of a (document, code) are swept in order, and each stretch between two boundaries
  adds its length to the cell of its coverage pattern; "neither" = document length minus the
  union, so a document in which nobody used the code adds all its characters to "neither".

Documents compared: the chosen ``document_ids``; by default every document in which at least
one chosen coder coded anything (with any code). Codes: the chosen ``code_ids``; by default
every codable code (categories only when they carry codings), in the codebook's order.

Statistics per code (and overall, pooled over all codes' units): percent agreement (units on
which all chosen coders give the same rating; per pair the same for the two), Cohen's kappa
per pair (with the mean and the range over pairs), Fleiss' kappa and Krippendorff's alpha
(nominal). At the character level the overall row also gives the mean of the per-code kappas
(``AgreementReport.mean_code_kappa``).

Design rules (why):
- The formulas are those of ``agreement_stats``; Cohen goes through ``cohen_from_table``.
  Units are kept as a Counter of rating patterns -> weight (number of units, or characters),
  never as per-unit or per-character lists, so all 1,000 codes of a large project take
  seconds. Fleiss and alpha are therefore computed here in their weighted form (a pattern
  repeated w times counts w times); the tests check them against ``agreement_stats``.
- SQL fetches the codings sorted per (code, document); Python only does interval arithmetic.
- Undefined is not an error: a coefficient without variation is None with the reason
  "no variation"; a code without units has n = 0 and the reason "no units".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations
from typing import NamedTuple

from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.intervals import overlap_groups
from ..core.project import Project
from .agreement_stats import BAND_LABELS, UndefinedAgreement, band, cohen_from_table

LEVELS = ("occurrence", "frequency", "overlap", "character")
LEVEL_DEFINITIONS = {
    "occurrence": QT_TRANSLATE_NOOP("qdacoder", "Unit: a document and a code. Rating: does the coder use the code in the document (yes/no)?"),
    "frequency": QT_TRANSLATE_NOOP("qdacoder", "Unit: a document and a code. Rating: how many codings of the code the coder made in the document (equal counts agree)."),
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "Unit: a coded passage. Two codings of the same code agree when they overlap by at least {threshold}% of their combined extent."),
    "character": QT_TRANSLATE_NOOP("qdacoder", "Unit: a character of a document. Rating: is it coded with the code by the coder (as NVivo)?"),
}
NO_VARIATION = QT_TRANSLATE_NOOP("qdacoder", "no variation")
NO_UNITS = QT_TRANSLATE_NOOP("qdacoder", "no units")
Pattern = tuple  # one rating per chosen coder


@dataclass(frozen=True)
class Coefficient:
    """A kappa or alpha with the n behind it; ``value`` None with ``reason`` when undefined."""

    value: float | None
    n: int
    reason: str | None = None

    @property
    def band(self) -> str | None:
        return None if self.value is None else band(self.value)

    @property
    def band_label(self) -> str | None:
        return None if self.value is None else BAND_LABELS[band(self.value)]


@dataclass(frozen=True)
class PairFigure:
    coders: tuple[str, str]
    percent: float | None
    kappa: Coefficient


@dataclass(frozen=True)
class AgreementRow:
    """One code (``code_id`` None: the overall row)."""

    code_id: int | None
    path: str
    depth: int
    n: int  # units (characters at the character level)
    percent: float | None  # 0-100, all chosen coders give the same rating
    pairs: list[PairFigure]
    kappa: Coefficient  # the pair's kappa (two coders) or the mean over pairs
    kappa_min: float | None
    kappa_max: float | None
    fleiss: Coefficient
    alpha: Coefficient


@dataclass(frozen=True)
class AgreementReport:
    level: str
    threshold: float
    coders: list[str]
    coder_ids: list[int]
    documents: int
    rows: list[AgreementRow]
    overall: AgreementRow
    mean_code_kappa: float | None = None  # mean over the codes with a defined kappa
    document_ids: list[int] = field(default_factory=list)


def _marks(values) -> str:
    return ",".join("?" for _ in values) or "NULL"


def _percent(units: Counter) -> float | None:
    total = sum(units.values())
    if not total:
        return None
    return float(Fraction(100 * sum(w for p, w in units.items() if len(set(p)) == 1), total))


def _cohen(units: Counter) -> Coefficient:
    """Cohen's kappa of a two-coder Counter {(x, y): weight}."""
    n = sum(units.values())
    if not n:
        return Coefficient(None, 0, NO_UNITS)
    categories = sorted({v for pattern in units for v in pattern})
    index = {c: i for i, c in enumerate(categories)}
    table = [[0] * len(categories) for _ in categories]
    for (x, y), weight in units.items():
        table[index[x]][index[y]] += weight
    try:
        return Coefficient(cohen_from_table(table), n)
    except UndefinedAgreement:
        return Coefficient(None, n, NO_VARIATION)


def weighted_fleiss(units: Counter) -> Coefficient:
    """Fleiss' kappa (``agreement_stats.fleiss_kappa``) over patterns weighted by repetition."""
    total = sum(units.values())
    if not total:
        return Coefficient(None, 0, NO_UNITS)
    raters = len(next(iter(units)))
    agreement, shares = Fraction(0), Counter()
    for pattern, weight in units.items():
        counts = Counter(pattern)
        agreement += weight * (sum(c * c for c in counts.values()) - raters)
        for category, c in counts.items():
            shares[category] += weight * c
    p_bar = agreement / (total * raters * (raters - 1))
    p_e = sum(Fraction(s, total * raters) ** 2 for s in shares.values())
    if p_e == 1:
        return Coefficient(None, total, NO_VARIATION)
    return Coefficient(float((p_bar - p_e) / (1 - p_e)), total)


def weighted_alpha(units: Counter) -> Coefficient:
    """Krippendorff's alpha, nominal (``agreement_stats.krippendorff_alpha_nominal``), over
    patterns weighted by repetition; every unit is rated by every chosen coder."""
    total = sum(units.values())
    if not total:
        return Coefficient(None, 0, NO_UNITS)
    m = len(next(iter(units)))
    matching, totals = Fraction(0), Counter()
    for pattern, weight in units.items():
        counts = Counter(pattern)
        matching += Fraction(weight * sum(k * (k - 1) for k in counts.values()), m - 1)
        for category, k in counts.items():
            totals[category] += weight * k
    n = sum(totals.values())
    expected = sum(k * (k - 1) for k in totals.values())
    if expected == n * (n - 1):
        return Coefficient(None, total, NO_VARIATION)
    return Coefficient(float(((n - 1) * matching - expected) / (n * (n - 1) - expected)), total)


def _row(code_id, path, depth, units: Counter, names: list[str], level: str) -> AgreementRow:
    n = sum(units.values())
    pairs = []
    for i, j in combinations(range(len(names)), 2):
        projected: Counter = Counter()
        for pattern, weight in units.items():
            pair = (pattern[i], pattern[j])
            if level == "overlap" and pair == (0, 0):
                continue  # a segment of other coders only is no unit for this pair
            projected[pair] += weight
        pairs.append(PairFigure((names[i], names[j]), _percent(projected), _cohen(projected)))
    defined = [p.kappa.value for p in pairs if p.kappa.value is not None]
    if len(pairs) == 1:
        kappa = pairs[0].kappa
    elif defined:
        kappa = Coefficient(sum(defined) / len(defined), n)
    else:
        kappa = Coefficient(None, n, NO_UNITS if not n else NO_VARIATION)
    return AgreementRow(code_id, path, depth, n, _percent(units), pairs, kappa,
                        min(defined) if defined else None, max(defined) if defined else None,
                        weighted_fleiss(units), weighted_alpha(units))


# --- units per level -----------------------------------------------------------------------------
def _counts(project, coders, codes, documents) -> dict[int, Counter]:
    """occurrence/frequency: per code, Counter of count patterns over the documents that have
    any coding; the all-zero documents are added by the caller."""
    index = {c: i for i, c in enumerate(coders)}
    per: dict[tuple[int, int], list[int]] = {}
    for code_id, document_id, coder_id, n in project.db.execute(
            f"SELECT code_id, document_id, coder_id, count(*) FROM codings WHERE coder_id IN ({_marks(coders)}) "
            f"AND code_id IN ({_marks(codes)}) AND document_id IN ({_marks(documents)}) "
            "GROUP BY code_id, document_id, coder_id", coders + codes + documents):
        per.setdefault((code_id, document_id), [0] * len(coders))[index[coder_id]] = n
    result: dict[int, Counter] = {c: Counter() for c in codes}
    for (code_id, _), pattern in per.items():
        result[code_id][tuple(pattern)] += 1
    return result


def _codings(project, coders, codes, documents):
    """(code, document) -> [(start, end, coder index)], sorted by start."""
    index = {c: i for i, c in enumerate(coders)}
    groups: dict[tuple[int, int], list] = {}
    for code_id, document_id, coder_id, start, end in project.db.execute(
            f'SELECT code_id, document_id, coder_id, start, "end" FROM codings WHERE coder_id IN ({_marks(coders)}) '
            f"AND code_id IN ({_marks(codes)}) AND document_id IN ({_marks(documents)}) "
            "ORDER BY code_id, document_id, start", coders + codes + documents):
        groups.setdefault((code_id, document_id), []).append((start, end, index[coder_id]))
    return groups


class _Span(NamedTuple):
    start: int
    end: int
    coder: int


def _segments(codings: list, coders: int, threshold: float) -> Counter:
    """overlap: group matching codings (connected groups) and count the presence patterns."""
    scaled = round(threshold * 1_000_000)

    def match(x: _Span, y: _Span) -> bool:  # y starts inside x: integers, so exactly 90% matches
        inter = min(x.end, y.end) - y.start
        union = (x.end - x.start) + (y.end - y.start) - inter
        return x.coder != y.coder and inter * 1_000_000 >= scaled * union

    groups = overlap_groups([_Span(*c) for c in codings], match)
    return Counter(tuple(int(c in {s.coder for s in group}) for c in range(coders)) for group in groups)


def _characters(codings: list, coders: int) -> Counter:
    """character: coverage pattern -> characters, by a sweep over the sorted boundaries."""
    events = sorted([(s, 1, c) for s, _, c in codings] + [(e, -1, c) for _, e, c in codings])
    depth = [0] * coders
    units: Counter = Counter()
    previous = events[0][0]
    for position, step, coder in events:
        if position > previous and any(depth):
            units[tuple(int(d > 0) for d in depth)] += position - previous
        depth[coder] += step
        previous = position
    return units


def agreement(project: Project, coder_ids: list[int], level: str, *, code_ids=None, document_ids=None,
              threshold: float = 0.9) -> AgreementReport:
    """Agreement of ``coder_ids`` (two or more) at ``level`` (see the module docstring)."""
    coders = list(dict.fromkeys(coder_ids))
    if len(coders) < 2:
        raise ValueError("agreement needs at least two coders")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    if not 0 < threshold <= 1:
        raise ValueError("the overlap threshold lies between 0 and 1")
    names = {r["id"]: r["name"] for r in project.rows(
        f"SELECT id, name FROM coders WHERE id IN ({_marks(coders)})", coders)}
    if len(names) != len(coders):
        raise ValueError("a chosen coder does not exist")
    if document_ids is None:
        documents = [r[0] for r in project.db.execute(
            f"SELECT DISTINCT document_id FROM codings WHERE coder_id IN ({_marks(coders)}) ORDER BY 1", coders)]
    else:
        documents = sorted(set(document_ids))
    used = {r[0] for r in project.db.execute(
        f"SELECT DISTINCT code_id FROM codings WHERE coder_id IN ({_marks(coders)})", coders)}
    wanted = None if code_ids is None else set(code_ids)
    nodes = [n for n in walk_tree(project) if (n.code.id in wanted if wanted is not None
                                                  else n.code.is_codable or n.code.id in used)]
    codes = [n.code.id for n in nodes]
    zero = tuple([0] * len(coders))
    if level in ("occurrence", "frequency"):
        per_code = _counts(project, coders, codes, documents)
        for units in per_code.values():
            if level == "occurrence":
                collapsed = Counter()
                for pattern, w in units.items():
                    collapsed[tuple(min(v, 1) for v in pattern)] += w
                units.clear()
                units.update(collapsed)
            units[zero] += len(documents) - sum(units.values())
    else:
        per_code = {c: Counter() for c in codes}
        for (code_id, _), group in _codings(project, coders, codes, documents).items():
            if level == "overlap":
                per_code[code_id].update(_segments(group, len(coders), threshold))
            else:
                per_code[code_id].update(_characters(group, len(coders)))
        if level == "character":
            length = project.scalar(f"SELECT coalesce(sum(length(text)), 0) FROM documents WHERE id IN "
                                    f"({_marks(documents)})", documents)
            for units in per_code.values():
                units[zero] += length - sum(units.values())
    labels = [names[c] for c in coders]
    rows = [_row(n.code.id, n.path, n.depth, +per_code[n.code.id] or Counter(), labels, level) for n in nodes]
    pooled: Counter = Counter()
    for units in per_code.values():
        pooled.update(units)
    overall = _row(None, "", 0, +pooled, labels, level)
    kappas = [r.kappa.value for r in rows if r.kappa.value is not None]
    return AgreementReport(level, threshold, labels, coders, len(documents), rows, overall,
                           sum(kappas) / len(kappas) if kappas else None, documents)
