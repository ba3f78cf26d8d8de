"""Inter-coder agreement per code, per pair of coders and per document, at four levels, for
two or more coders.

The units, the levels and the documents compared are those of ``agreement_units``: with
assignments each coder's assigned documents (a document not assigned to a coder is missing for
that coder), without any every document within the filters for every coder.

Codes compared: the chosen ``code_ids`` (by default every codable code, and categories that
carry codings), in the codebook's order, of which only those at least one compared coder used
in the documents compared; the others are listed as not used (``unused_codes``) and left out
of the figures, unless ``include_unused``. A code nobody used would otherwise count as perfect
agreement on "absent" everywhere (a starter codebook has 54-72 codes, a pilot uses a few).

Statistics, each with its own n, missing handled per statistic:
- per pair of coders, over the units both rated: percent agreement, Cohen's kappa and
  Brennan and Prediger's free-marginal kappa (kappa_n = (p_o - 1/k) / (1 - 1/k), k = 2 at the
  occurrence, overlap and character levels; at the frequency level k = the number of distinct
  non-zero counts observed for the code plus one for zero). With three or more coders the
  row gives the mean of the pairs' kappas (and their range);
- over the units all compared coders rated: percent agreement (all the same) and Fleiss' kappa;
- over the values present: Krippendorff's alpha (nominal), units with fewer than two values
  dropped.
At the overlap level a segment coded by neither of two coders is no unit for that pair.
At the character level the overall row also gives the mean of the per-code kappas
(``AgreementReport.mean_code_kappa``). Per document (``document_rows``): the units of that
document over the codes compared, the share on which its coders all agree, and alpha,
so a reader sees where coders diverge most.

Design rules (why):
- The formulas are those of ``agreement_stats``; Cohen goes through ``cohen_from_table``.
  Fleiss and alpha are computed here in their weighted form (a pattern repeated w times counts
  w times); the tests check them against ``agreement_stats``.
- Undefined is not an error: a coefficient without variation is None with the reason
  "no variation"; a code without units has n = 0 and the reason "no units".
- A figure is rounded once, to what is shown (``Coefficient.shown``), and the band is read
  from the shown figure (``agreement_stats.band``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from itertools import combinations
from math import lcm

from ..core.codes import walk_tree
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project
from .agreement_stats import BAND_LABELS, UndefinedAgreement, band, cohen_from_table, free_marginal_kappa, shown
from .agreement_units import IN_JSON, read_scope, read_units

LEVELS = ("occurrence", "frequency", "overlap", "character")
LEVEL_DEFINITIONS = {
    "occurrence": QT_TRANSLATE_NOOP("qdacoder", "Unit: a document and a code. Rating: does the coder use the code in the document (yes/no)?"),
    "frequency": QT_TRANSLATE_NOOP("qdacoder", "Unit: a document and a code. Rating: how many codings of the code the coder made in the document (equal counts agree)."),
    "overlap": QT_TRANSLATE_NOOP("qdacoder", "Unit: a coded passage. Two codings of the same code agree when they overlap by at least {threshold}% of their combined extent."),
    "character": QT_TRANSLATE_NOOP("qdacoder", "Unit: a character of a document. Rating: is it coded with the code by the coder (as NVivo)?"),
}
NO_VARIATION = QT_TRANSLATE_NOOP("qdacoder", "no variation")
NO_UNITS = QT_TRANSLATE_NOOP("qdacoder", "no units")
# the one sentence every agreement output gives on the documents compared
DOCUMENTS_ASSIGNED = QT_TRANSLATE_NOOP("qdacoder", "Documents compared: each coder's assigned documents; a document not assigned to a coder is missing for that coder, not “nothing found”.")
DOCUMENTS_ALL = QT_TRANSLATE_NOOP("qdacoder", "No documents are assigned to these coders, so every document compared counts for each of them: a coder who coded nothing in a document found nothing there.")
Pattern = tuple  # one rating per chosen coder; None: missing (the document is not the coder's)


@dataclass(frozen=True)
class Coefficient:
    """A kappa or alpha with the n behind it; ``value`` None with ``reason`` when undefined."""

    value: float | None
    n: int
    reason: str | None = None

    @property
    def shown(self) -> Decimal | None:
        """The value as every output shows it: three decimals ("0.400")."""
        return None if self.value is None else shown(self.value)

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
    free_kappa: Coefficient  # Brennan and Prediger's kappa_n
    n: int = 0  # units both coders rated


@dataclass(frozen=True)
class AgreementRow:
    """One code (``code_id`` None: the overall row)."""

    code_id: int | None
    path: str
    depth: int
    n: int  # units with ratings of two or more coders (characters at the character level)
    percent: float | None  # 0-100, on the units all chosen coders rated: all give the same rating
    pairs: list[PairFigure]
    kappa: Coefficient  # the pair's kappa (two coders) or the mean over pairs
    kappa_min: float | None
    kappa_max: float | None
    fleiss: Coefficient
    alpha: Coefficient
    free_kappa: Coefficient = Coefficient(None, 0, NO_UNITS)  # the pair's kappa_n, or the mean
    n_all: int = 0  # units all chosen coders rated (the n of ``percent`` and Fleiss)


@dataclass(frozen=True)
class DocumentRow:
    """Agreement within one document, over the codes compared: where do coders diverge?"""

    document_id: int
    name: str
    coders: list[str]  # the compared coders who rate this document
    n: int
    percent: float | None  # units on which all its coders give the same rating
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
    assigned: bool = False  # True: each coder's assigned documents; False: every document for all
    document_rows: list[DocumentRow] = field(default_factory=list)  # lowest agreement first
    unused_codes: list[str] = field(default_factory=list)  # paths; left out unless include_unused
    include_unused: bool = False
    single_coder_documents: list[str] = field(default_factory=list)  # assigned to one compared coder
    unassigned_coders: list[str] = field(default_factory=list)  # compared coders with no document
    outside_assignment: int = 0  # codings in documents not assigned to their coder (left out)

    @property
    def documents_sentence(self) -> str:
        """The rule the documents were compared by, as one (translatable) sentence."""
        return DOCUMENTS_ASSIGNED if self.assigned else DOCUMENTS_ALL


def _percent(units: Counter) -> float | None:
    """Share (0-100) of the units on which every rating present is the same."""
    total = sum(units.values())
    if not total:
        return None
    agreeing = sum(w for p, w in units.items() if len({v for v in p if v is not None}) == 1)
    return 100 * agreeing / total  # ints divide correctly rounded: the float of the exact ratio


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


def _free(units: Counter, categories: int) -> Coefficient:
    """Brennan and Prediger's kappa_n of a two-coder Counter with ``categories`` possible."""
    n = sum(units.values())
    if not n:
        return Coefficient(None, 0, NO_UNITS)
    if categories < 2:
        return Coefficient(None, n, NO_VARIATION)
    observed = Fraction(sum(w for (x, y), w in units.items() if x == y), n)
    return Coefficient(free_marginal_kappa(observed, categories), n)


@lru_cache(maxsize=65536)
def _values(pattern: Pattern) -> tuple[int, int, tuple]:
    """The ratings present in a pattern: how many (m), the pairs of equal ones (the sum of
    k * (k - 1) over the values) and (value, k) each. Worked out once per pattern: thousands of
    codes and documents share a few patterns."""
    counts = Counter(v for v in pattern if v is not None)
    return sum(counts.values()), sum(k * (k - 1) for k in counts.values()), tuple(counts.items())


def weighted_fleiss(units: Counter) -> Coefficient:
    """Fleiss' kappa (``agreement_stats.fleiss_kappa``) over patterns weighted by repetition;
    only the units every coder rated (Fleiss needs the same raters for every unit). Sums are
    kept as integers and divided once (exact, and fast over thousands of codes)."""
    units = Counter({p: w for p, w in units.items() if None not in p})
    total = sum(units.values())
    if not total:
        return Coefficient(None, 0, NO_UNITS)
    raters = len(next(iter(units)))
    agreement, shares = 0, Counter()
    for pattern, weight in units.items():
        _m, pairs, counts = _values(pattern)
        agreement += weight * pairs  # sum of c * c over the categories, less the raters
        for category, c in counts:
            shares[category] += weight * c
    # p_bar = agreement / d1, p_e = chance / d2; (p_bar - p_e) / (1 - p_e) on one denominator
    d1, d2, chance = total * raters * (raters - 1), (total * raters) ** 2, sum(s * s for s in shares.values())
    if chance == d2:
        return Coefficient(None, total, NO_VARIATION)
    return Coefficient((agreement * d2 - chance * d1) / (d1 * (d2 - chance)), total)


def weighted_alpha(units: Counter) -> Coefficient:
    """Krippendorff's alpha, nominal (``agreement_stats.krippendorff_alpha_nominal``), over
    patterns weighted by repetition: the values present (None: missing); a unit with fewer
    than two values is not pairable and left out. ``n``: the pairable units. The matching
    pairs are summed per number of values m as integers and divided by m - 1 once."""
    matching, totals, pairable = Counter(), Counter(), 0
    for pattern, weight in units.items():
        m, pairs, counts = _values(pattern)
        if m < 2:
            continue
        pairable += weight
        matching[m] += weight * pairs
        for category, k in counts:
            totals[category] += weight * k
    if not pairable:
        return Coefficient(None, 0, NO_UNITS)
    common = lcm(*(m - 1 for m in matching))  # o_cc = observed / common
    observed = sum(pairs * (common // (m - 1)) for m, pairs in matching.items())
    n = sum(totals.values())
    expected = sum(k * (k - 1) for k in totals.values())
    if expected == n * (n - 1):
        return Coefficient(None, pairable, NO_VARIATION)
    return Coefficient(((n - 1) * observed - expected * common) / ((n * (n - 1) - expected) * common), pairable)


def categories(units: Counter, level: str) -> int:
    """k of Brennan and Prediger: 2 (present / absent), or at the frequency level the distinct
    non-zero counts observed plus one for zero (a count every unit could have had)."""
    if level != "frequency":
        return 2
    return len({v for p in units for v in p if v}) + 1


def _pairs(units: Counter, names: list[str], level: str, k: int) -> list[PairFigure]:
    pairs = []
    for i, j in combinations(range(len(names)), 2):
        projected: Counter = Counter()
        for pattern, weight in units.items():
            pair = (pattern[i], pattern[j])
            if None in pair or (level == "overlap" and pair == (0, 0)):
                continue  # missing for one of them; or a segment of other coders only
            projected[pair] += weight
        pairs.append(PairFigure((names[i], names[j]), _percent(projected), _cohen(projected),
                                _free(projected, k), sum(projected.values())))
    return pairs


def _mean(coefficients: list[Coefficient], n: int) -> Coefficient:
    if len(coefficients) == 1:
        return coefficients[0]
    defined = [c.value for c in coefficients if c.value is not None]
    if defined:
        return Coefficient(sum(defined) / len(defined), n)
    return Coefficient(None, n, NO_UNITS if not n else NO_VARIATION)


def _row(code_id, path, depth, units: Counter, names: list[str], level: str) -> AgreementRow:
    n = sum(w for p, w in units.items() if sum(v is not None for v in p) >= 2)
    complete = Counter({p: w for p, w in units.items() if None not in p})
    pairs = _pairs(units, names, level, categories(units, level))
    kappa = _mean([p.kappa for p in pairs], n)
    defined = [p.kappa.value for p in pairs if p.kappa.value is not None]
    return AgreementRow(code_id, path, depth, n, _percent(complete), pairs, kappa,
                        min(defined) if defined else None, max(defined) if defined else None,
                        weighted_fleiss(complete), weighted_alpha(units),
                        _mean([p.free_kappa for p in pairs], n), sum(complete.values()))


def _document_rows(project: Project, units: dict[int, Counter], masks: dict, names: list[str]) -> list[DocumentRow]:
    titles = dict(project.db.execute("SELECT id, name FROM documents"))
    rows = []
    for document_id, counter in units.items():
        coders = [name for name, present in zip(names, masks[document_id]) if present]
        rows.append(DocumentRow(document_id, titles[document_id], coders, sum(counter.values()),
                                _percent(counter), weighted_alpha(counter)))
    # where coders diverge most comes first; documents without units last
    return sorted(rows, key=lambda r: (r.percent is None, r.percent or 0, r.name.casefold()))


def agreement(project: Project, coder_ids: list[int], level: str, *, code_ids=None, document_ids=None,
              threshold: float = 0.9, include_unused: bool = False) -> AgreementReport:
    """Agreement of ``coder_ids`` (two or more) at ``level`` (see the module docstring).
    ``document_ids``: the documents within the filters (None: every document)."""
    coders = list(dict.fromkeys(coder_ids))
    if len(coders) < 2:
        raise ValueError("agreement needs at least two coders")
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    if not 0 < threshold <= 1:
        raise ValueError("the overlap threshold lies between 0 and 1")
    marks = ",".join("?" for _ in coders)
    names = {r["id"]: r["name"] for r in project.rows(f"SELECT id, name FROM coders WHERE id IN ({marks})", coders)}
    if len(names) != len(coders):
        raise ValueError("a chosen coder does not exist")
    wanted = None if code_ids is None else set(code_ids)
    tree = list(walk_tree(project))
    used_anywhere = set()
    if wanted is None:  # which categories carry codings: looked up for those only, by the code index
        groups = [n.code.id for n in tree if not n.code.is_codable]
        used_anywhere = {r[0] for r in project.db.execute(
            f"SELECT DISTINCT code_id FROM codings WHERE code_id {IN_JSON} AND coder_id IN ({marks})",
            [json.dumps(groups), *coders])} if groups else set()
    nodes = [n for n in tree if (n.code.id in wanted if wanted is not None
                                 else n.code.is_codable or n.code.id in used_anywhere)]
    candidates = [n.code.id for n in nodes]
    scope = read_scope(project, coders, document_ids)
    units = read_units(project, coders, candidates, scope, level, threshold, include_unused)
    compared = [n for n in nodes if include_unused or n.code.id in units.used]
    labels = [names[c] for c in coders]
    rows = [_row(n.code.id, n.path, n.depth, units.per_code[n.code.id], labels, level) for n in compared]
    pooled: Counter = Counter()
    for node in compared:
        pooled.update(units.per_code[node.code.id])
    overall = _row(None, "", 0, pooled, labels, level)
    kappas = [r.kappa.value for r in rows if r.kappa.value is not None]
    titles = dict(project.db.execute("SELECT id, name FROM documents")) if scope.single else {}
    return AgreementReport(
        level, threshold, labels, coders, len(scope.masks), rows, overall,
        sum(kappas) / len(kappas) if kappas else None, scope.documents, scope.assigned,
        _document_rows(project, units.per_document, scope.masks, labels),
        [n.path for n in nodes if n.code.id not in units.used], include_unused,
        sorted((titles[d] for d in scope.single), key=str.casefold),
        [names[c] for c in scope.unassigned_coders], units.outside)
