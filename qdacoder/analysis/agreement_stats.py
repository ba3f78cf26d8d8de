"""Inter-coder agreement: percent agreement, Cohen's kappa and Brennan and Prediger's
free-marginal kappa (per pair of coders), Fleiss' kappa and Krippendorff's alpha for nominal
data, and the interpretation bands the reports use.

Design rules (why):
- Pure statistics: plain sequences in, numbers out. No database and no Qt, so the window, the
  exports and the command line share one implementation, and the tests check it against the
  published worked examples without building a project.
- No numpy: the tables are small (a few coders, tens of categories), and plain Python with
  ``Fraction`` is exact. Every count and ratio is a Fraction until the final ``float``, so
  perfect agreement is exactly 1.0 and the published examples are met without rounding noise.
- Ratings are nominal labels (any hashable value); ``None`` means "not rated". Cohen and
  percent agreement skip a unit that either coder did not rate; Krippendorff's alpha drops a
  unit with fewer than two values (not pairable).
- Figures are rounded once, to what is shown (``shown``: 3 decimals for coefficients, 1 for
  percentages), and the band is read from that shown figure.
- Undefined is not zero. Cohen's kappa is None when chance agreement is 1 (both coders used
  one and the same category throughout). Where the signature promises a float (``fleiss_kappa``,
  ``krippendorff_alpha_nominal``, ``cohen_from_table``) the undefined case raises
  ``UndefinedAgreement`` (a ValueError): data with no variation say nothing about reliability
  (Krippendorff 2011), and reporting 1 or 0 would mislead. Bad input (unequal lengths, unequal
  raters per unit, nothing to compare) raises a plain ValueError.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import combinations
from math import isfinite

from ..core.errors import QT_TRANSLATE_NOOP


class UndefinedAgreement(ValueError):
    """The coefficient is 0/0: all ratings fall in one category, so chance agreement is 1."""


def _rated_pairs(a: Sequence, b: Sequence) -> list[tuple]:
    """The units both coders rated, as (rating a, rating b). ValueError: unequal lengths."""
    if len(a) != len(b):
        raise ValueError(f"the coders rated a different number of units ({len(a)} and {len(b)})")
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if not pairs:
        raise ValueError("there is no unit that both coders rated")
    return pairs


def percent_agreement(a: Sequence, b: Sequence) -> float:
    """Percentage (0-100) of the units rated by both coders on which they chose the same
    category: 100 * agreements / units rated by both."""
    pairs = _rated_pairs(a, b)
    return float(Fraction(100 * sum(x == y for x, y in pairs), len(pairs)))


def _kappa(table: list[list[int]]) -> Fraction | None:
    """Cohen's kappa of a square table (rows coder A, columns coder B); None when p_e = 1."""
    n = sum(map(sum, table))
    if n <= 0:
        raise ValueError("the table holds no ratings")
    agreed = sum(table[i][i] for i in range(len(table)))  # p_o = agreed / n
    rows = [sum(row) for row in table]
    columns = [sum(column) for column in zip(*table)]
    chance = sum(r * c for r, c in zip(rows, columns))  # p_e = chance / n^2
    # (p_o - p_e) / (1 - p_e) on one denominator: one Fraction (thousands of codes ask)
    return None if chance == n * n else Fraction(agreed * n - chance, n * n - chance)


def cohen_from_table(table: list[list[int]]) -> float:
    """Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales") from a
    square contingency table: ``table[i][j]`` = units coder A put in category i and coder B
    in category j, N the total.

        p_o = sum_i table[i][i] / N                       (observed agreement)
        p_e = sum_i row_i * column_i / N^2                (agreement expected by chance)
        kappa = (p_o - p_e) / (1 - p_e)

    ValueError for a table that is not square, has negative cells or is empty;
    UndefinedAgreement when p_e = 1 (all ratings in one category)."""
    if not table or any(len(row) != len(table) for row in table):
        raise ValueError("the table must be square: as many columns as rows")
    if any(cell < 0 for row in table for cell in row):
        raise ValueError("a count in the table is negative")
    kappa = _kappa(table)
    if kappa is None:
        raise UndefinedAgreement("kappa is undefined: all ratings are in one category")
    return float(kappa)


def cohen_kappa(a: Sequence, b: Sequence) -> float | None:
    """Cohen's kappa of two coders' ratings of the same units (see ``cohen_from_table``);
    units that either coder did not rate (None) are skipped. None when kappa is undefined
    (both coders used one and the same category on every unit: p_e = 1)."""
    pairs = _rated_pairs(a, b)
    categories = list(dict.fromkeys(value for pair in pairs for value in pair))
    index = {category: i for i, category in enumerate(categories)}
    table = [[0] * len(categories) for _ in categories]
    for x, y in pairs:
        table[index[x]][index[y]] += 1
    kappa = _kappa(table)
    return None if kappa is None else float(kappa)


@dataclass(frozen=True)
class PairwiseResult:
    """Cohen's kappa for every pair of coders, and their mean, minimum and maximum, as the
    reports write them ("Kappa = .768; range .715 - .865"). A pair whose kappa is undefined
    has None in ``pairs`` and is left out of mean, minimum and maximum (all None when no pair
    is defined); ``undefined`` counts such pairs so a report can say so."""

    pairs: dict[tuple[str, str], float | None]
    mean: float | None
    minimum: float | None
    maximum: float | None
    undefined: int


def pairwise_cohen(ratings: dict[str, Sequence]) -> PairwiseResult:
    """Cohen's kappa for each pair of coders (``ratings``: coder -> ratings of the same units,
    None = not rated), pairs in the order the coders are given. Mean is the plain
    (unweighted) mean of the pair kappas (Light 1971). ValueError: fewer than two coders."""
    if len(ratings) < 2:
        raise ValueError("agreement needs at least two coders")
    pairs = {(x, y): cohen_kappa(ratings[x], ratings[y]) for x, y in combinations(ratings, 2)}
    defined = [k for k in pairs.values() if k is not None]
    if not defined:
        return PairwiseResult(pairs, None, None, None, len(pairs))
    return PairwiseResult(pairs, sum(defined) / len(defined), min(defined), max(defined),
                          len(pairs) - len(defined))


def fleiss_kappa(counts: list[list[int]]) -> float:
    """Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters"):
    ``counts[i][j]`` = number of the n raters who put unit i (of N) in category j.

        P_i   = (sum_j counts[i][j]^2 - n) / (n (n - 1))  (agreement on unit i)
        P     = mean of P_i
        p_j   = sum_i counts[i][j] / (N n)                 (share of category j)
        P_e   = sum_j p_j^2
        kappa = (P - P_e) / (1 - P_e)

    ValueError: no units, rows of unequal length, negative counts, fewer than two raters, or
    not the same number of raters for every unit (use Krippendorff's alpha for missing
    ratings). UndefinedAgreement when every rating is in one category (P_e = 1)."""
    if not counts or not counts[0] or any(len(row) != len(counts[0]) for row in counts):
        raise ValueError("every unit needs a count for each category (and there must be units)")
    if any(c < 0 for row in counts for c in row):
        raise ValueError("a count is negative")
    n = sum(counts[0])
    if any(sum(row) != n for row in counts):
        raise ValueError("Fleiss' kappa needs the same number of raters for every unit")
    if n < 2:
        raise ValueError("agreement needs at least two raters per unit")
    units = len(counts)
    p_bar = Fraction(sum(sum(c * c for c in row) - n for row in counts), units * n * (n - 1))
    p_e = sum(Fraction(sum(column), units * n) ** 2 for column in zip(*counts))
    if p_e == 1:
        raise UndefinedAgreement("kappa is undefined: all ratings are in one category")
    return float((p_bar - p_e) / (1 - p_e))


def krippendorff_alpha_nominal(data: list[list[Hashable | None]]) -> float:
    """Krippendorff's alpha for nominal data by the coincidence matrix (Krippendorff 2011,
    "Computing Krippendorff's alpha-reliability", section C). ``data[coder][unit]``, None =
    missing. A unit u with m_u >= 2 values contributes each ordered pair of values from
    different coders, weighted 1 / (m_u - 1), to the coincidences o_ck; units with fewer than
    two values are not pairable and are dropped. n_c = sum_k o_ck, n = sum_c n_c (the
    pairable values). For nominal data (disagreement 1 for c != k):

        alpha = 1 - D_o / D_e
              = ((n - 1) sum_c o_cc - sum_c n_c (n_c - 1)) / (n (n - 1) - sum_c n_c (n_c - 1))

    ValueError: coders with unequal numbers of units, or no pairable unit. UndefinedAgreement
    when all pairable values are the same (D_e = 0: no variation, Krippendorff 2011)."""
    if not data or any(len(row) != len(data[0]) for row in data):
        raise ValueError("every coder needs a value (or None) for each unit")
    matching = Fraction(0)  # sum_c o_cc
    totals: Counter = Counter()  # n_c
    for unit in zip(*data):
        values = Counter(v for v in unit if v is not None)
        m = sum(values.values())
        if m < 2:
            continue
        matching += Fraction(sum(k * (k - 1) for k in values.values()), m - 1)
        totals.update(values)
    n = sum(totals.values())
    if n == 0:
        raise ValueError("there is no unit with values from two coders")
    expected = sum(k * (k - 1) for k in totals.values())
    if expected == n * (n - 1):
        raise UndefinedAgreement("alpha is undefined: all values are the same")
    return float(((n - 1) * matching - expected) / (n * (n - 1) - expected))


def brennan_prediger_kappa(a: Sequence, b: Sequence, categories: int) -> float:
    """Brennan and Prediger's free-marginal kappa (Brennan & Prediger 1981, "Coefficient kappa:
    some uses, misuses, and alternatives"; MAXQDA's choice) of two coders' ratings, over the
    units both rated: chance agreement is 1/k for k possible categories, whatever the coders'
    marginals.

        kappa_n = (p_o - 1/k) / (1 - 1/k)

    ValueError: unequal lengths, no unit rated by both, or fewer than two categories (k < 2:
    no chance to disagree, so nothing to measure)."""
    return free_marginal_kappa(Fraction(percent_agreement(a, b)) / 100, categories)


def free_marginal_kappa(observed, categories: int) -> float:
    """``(p_o - 1/k) / (1 - 1/k)`` for an observed agreement p_o (0-1) and k categories."""
    if categories < 2:
        raise ValueError("the free-marginal kappa needs two or more possible categories")
    # (p_o - 1/k) / (1 - 1/k) = (k p_o - 1) / (k - 1), on one denominator (ints divide correctly rounded)
    p_o = Fraction(observed)
    return (categories * p_o.numerator - p_o.denominator) / (p_o.denominator * (categories - 1))


def shown(value: float, decimals: int = 3) -> Decimal:
    """A figure as it is shown: rounded once, half up, on its decimal form (``str(value)``), so
    0.2045 shows 0.205 and every output (window, Word, Excel, text) prints the same digits.
    Minus zero shows as 0 (-0.0004 is 0.000, not -0.000). The Decimal keeps its trailing zeros:
    ``str(shown(0.4))`` is "0.400", never "0.4" beside "0.394"."""
    if not isfinite(value):
        raise ValueError(f"an agreement figure must be a number, not {value}")
    figure = Decimal(str(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return figure.copy_abs() if figure == 0 else figure


# The interpretation bands of the reports (Landis & Koch 1977, in the reports' Dutch wording):
# (inclusive upper bound of the figure as shown, three decimals; key, Dutch label).
BANDS: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("-0.001"), "poor", QT_TRANSLATE_NOOP("qdacoder", "slecht")),  # poor: < 0
    (Decimal("0.200"), "slight", QT_TRANSLATE_NOOP("qdacoder", "gering")),  # slight: 0-0.20
    (Decimal("0.400"), "fair", QT_TRANSLATE_NOOP("qdacoder", "matig")),  # fair: 0.21-0.40
    (Decimal("0.600"), "moderate", QT_TRANSLATE_NOOP("qdacoder", "redelijk")),  # moderate: 0.41-0.60
    # substantial: 0.61-0.80
    (Decimal("0.800"), "substantial", QT_TRANSLATE_NOOP("qdacoder", "voldoende tot goed")),
    # almost perfect: 0.81-1.00
    (Decimal("1.000"), "almost_perfect", QT_TRANSLATE_NOOP("qdacoder", "bijna perfect")),
)
BAND_LABELS: dict[str, str] = {key: label for _, key, label in BANDS}


def band(value: float) -> str:
    """The band key of a kappa or alpha (``BAND_LABELS[key]`` is the Dutch label).

    The band is read from the figure as shown (``shown``: three decimals, half up), so the
    label always matches the printed number: -0.004 is shown -0.004 and is "poor" (slecht,
    below 0), 0.2049999 and 0.205 are both shown 0.205 and both "fair" (matig: above 0.20),
    0.200 is "slight", 1.0000000000000002 (float noise) is 1.000. The reports' bands are
    written with two decimals (0-0,20, 0,21-0,40); a shown figure between them (0.201-0.209)
    lies above 0.20 and so in the higher band. ValueError: NaN, infinity or a value shown
    above 1."""
    figure = shown(value)
    for upper, key, _ in BANDS:
        if figure <= upper:
            return key
    raise ValueError(f"an agreement coefficient is at most 1, not {value}")
