"""The case summary table: one figure per attribute, in the style of the reports.

Design rules:
- One source of truth: the command line, the Word and Excel exports and the window all call
  ``case_summary``; nobody computes these figures anywhere else, and the exports take the
  numbers from the rows (``mean``, ``count``, ...) instead of parsing the figure text.
- Every row states its valid n and missing n. Missing means: a case (document, respondent)
  without a value. A missing value is never counted as "no" or 0, and every percentage is of
  the valid n, so the figures come from the data and never add up to more than 100%.
- Category percentages are rounded with the largest-remainder method, so they add up to
  exactly 100 (three thirds become 34/33/33, never 33/33/33 = 99).
- Numbers are written the Dutch way: a decimal comma, the mean with one decimal (rounded half
  up, as people round), e.g. "6,8 (2–14)". Dates as stored (YYYY-MM-DD), "earliest – latest".
- Words a reader sees come through ``translate`` (default: English as written), each marked
  with ``QT_TRANSLATE_NOOP`` for the Dutch translation.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..core.attributes import Variable, list_variables, values_of
from ..core.errors import QT_TRANSLATE_NOOP
from ..core.project import Project

Translate = Callable[[str], str]

NO_VALUES = QT_TRANSLATE_NOOP("qdacoder", "no values")
ROUNDED = QT_TRANSLATE_NOOP("qdacoder", "(the percentages do not add up to 100% through rounding)")
N_LABELS = {
    "case": QT_TRANSLATE_NOOP("qdacoder", "n = {n} cases"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "n = {n} documents"),
    "respondent": QT_TRANSLATE_NOOP("qdacoder", "n = {n} respondents"),
}
TITLES = {
    "case": QT_TRANSLATE_NOOP("qdacoder", "Summary of the cases"),
    "document": QT_TRANSLATE_NOOP("qdacoder", "Summary of the documents"),
    "respondent": QT_TRANSLATE_NOOP("qdacoder", "Summary of the respondents"),
}
_TABLES = {"case": "cases", "document": "documents", "respondent": "respondents"}


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class SummaryRow:
    """One line of the table. A category variable has a row of its own (``level`` 0, no
    figure) followed by one sub-row per value (``level`` 1, ``label`` = the value)."""

    variable: str  # the variable's name, also on its category sub-rows
    type: str  # text, number, date, boolean or category
    label: str  # what the first column shows: the variable's name or the category value
    figure: str  # e.g. "6,8 (2–14)", "45% (9)", "2021-03-01 – 2023-11-15"
    level: int = 0
    n_valid: int | None = None  # None on sub-rows: the variable's row states it
    n_missing: int | None = None
    mean: float | None = None  # numbers
    minimum: float | int | str | None = None  # numbers; dates as YYYY-MM-DD
    maximum: float | int | str | None = None
    count: int | None = None  # yes/no: how many yes; a category value: how many have it
    percent: int | None = None  # of the valid n; None when there are no valid values

    @property
    def n_total(self) -> int | None:
        return None if self.n_valid is None else self.n_valid + (self.n_missing or 0)


def largest_remainder(counts: Iterable[int], total: int = 100) -> list[int]:
    """Whole percentages of ``counts`` that add up to exactly ``total``: round everything down,
    then give the points still missing to the largest remainders (the first on a tie). All
    zero when the counts are."""
    counts = list(counts)
    whole = sum(counts)
    if whole <= 0:
        return [0] * len(counts)
    # whole numbers only: remainders as numerators over ``whole`` compare exactly, so a tie is
    # a tie (with decimals, 100/15 and 700/15 round differently in the last digit)
    shares = [c * total // whole for c in counts]
    remainders = [c * total % whole for c in counts]
    order = sorted(range(len(counts)), key=lambda i: (-remainders[i], i))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares


def each_rounded(counts: Iterable[int]) -> list[int]:
    """Whole percentages of ``counts``, each rounded half up on its own: equal counts get
    equal percentages (the one rule of every report); they need not add up to 100, and a
    table whose shown percentages do not says so. All zero when the counts are."""
    counts = list(counts)
    whole = sum(counts)
    if whole <= 0:
        return [0] * len(counts)
    return [(200 * c + whole) // (2 * whole) for c in counts]


def dutch_number(value: float | int, decimals: int | None = None) -> str:
    """A number with a decimal comma: ``decimals`` places (rounded half up), or as precise as
    it is stored when None. Never in exponent notation."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"not a number: {value!r}")  # a programming error
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = format(number, "f")
    else:
        text = format(number, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):  # -0.04 rounded: no "minus nothing"
        text = text[1:]
    return text.replace(".", ",")


def target_ids(project: Project, target: str, only: Iterable[int] | None = None) -> list[int]:
    """The ids of all cases (documents, respondents), or of those in ``only`` that exist."""
    ids = [r["id"] for r in project.rows(f"SELECT id FROM {_TABLES[target]} ORDER BY id")]
    if only is not None:
        wanted = set(only)
        ids = [i for i in ids if i in wanted]
    return ids


def n_label(n: int, target: str, translate: Translate = _same) -> str:
    """"n = 20 cases": the line under every table."""
    return translate(N_LABELS[target]).format(n=n)


def case_summary(project: Project, target: str = "case", *, only: Iterable[int] | None = None,
                 translate: Translate = _same) -> list[SummaryRow]:
    """One row per variable of ``target`` (in the codebook's order of variables), sub-rows for
    category values; over all cases (documents, respondents) or only those in ``only``."""
    ids = target_ids(project, target, only)
    table = values_of(project, target)
    rows: list[SummaryRow] = []
    for variable in list_variables(project, target):
        values = [table[i][variable.id] for i in ids if variable.id in table.get(i, {})]
        rows.extend(_rows(variable, values, len(ids) - len(values), translate))
    if target == "case":
        rows.extend(_timeline_rows(project, ids, translate))
    return rows


# Figures derived from the timelines, as the reports give them ("gemiddeld 6,8 woon- en
# verblijfplekken (range 2-14)"); a case without a timeline counts as missing, never as 0.
DERIVED = (
    ("living_places", QT_TRANSLATE_NOOP("qdacoder", "living places (timeline)")),
    ("living_places_outside_family", QT_TRANSLATE_NOOP("qdacoder", "living places outside the family (timeline)")),
    ("schools", QT_TRANSLATE_NOOP("qdacoder", "schools (timeline)")),
    ("help_trajectories", QT_TRANSLATE_NOOP("qdacoder", "help trajectories (timeline)")),
    ("age_at_first_help", QT_TRANSLATE_NOOP("qdacoder", "age at first help (timeline)")),
)


def _timeline_rows(project: Project, ids: list[int], translate: Translate) -> list[SummaryRow]:
    from .timeline_metrics import derived_attributes

    derived = derived_attributes(project, ids)
    if not any(d.events for d in derived.values()):
        return []  # no timelines in this project: no rows that are all missing
    rows = []
    for key, label in DERIVED:
        values = [getattr(derived[i], key) for i in ids if i in derived and getattr(derived[i], key) is not None]
        pseudo = Variable(id=-1, guid="", target="case", name=translate(label), type="number", categories=(),
                          description="", position=0)
        rows.extend(_rows(pseudo, values, len(ids) - len(values), translate))
    return rows


def _rows(variable: Variable, values: list[Any], missing: int, translate: Translate) -> list[SummaryRow]:
    base = dict(variable=variable.name, type=variable.type, label=variable.name,
                n_valid=len(values), n_missing=missing)
    nothing = translate(NO_VALUES)
    if variable.type == "number":
        if not values:
            return [SummaryRow(figure=nothing, **base)]
        mean = math.fsum(values) / len(values)
        low, high = min(values), max(values)
        figure = f"{dutch_number(mean, 1)} ({dutch_number(low)}–{dutch_number(high)})"
        return [SummaryRow(figure=figure, mean=mean, minimum=low, maximum=high, **base)]
    if variable.type == "boolean":
        if not values:
            return [SummaryRow(figure=nothing, count=0, **base)]
        yes = sum(1 for v in values if v)
        percent = each_rounded([yes, len(values) - yes])[0]
        return [SummaryRow(figure=f"{percent}% ({yes})", count=yes, percent=percent, **base)]
    if variable.type == "date":
        if not values:
            return [SummaryRow(figure=nothing, **base)]
        low, high = min(values), max(values)  # ISO dates sort as text
        figure = low if low == high else f"{low} – {high}"
        return [SummaryRow(figure=figure, minimum=low, maximum=high, **base)]
    if variable.type == "category":
        # the fixed list first, in its order; a value no longer on the list still counts
        labels = list(variable.categories)
        labels += sorted({str(v) for v in values} - set(labels))
        counts = [sum(1 for v in values if v == label) for label in labels]
        percents = each_rounded(counts) if values else [None] * len(labels)
        off = values and sum(percents) != 100
        head = SummaryRow(figure=translate(ROUNDED) if off else "" if values else nothing, **base)
        return [head] + [
            SummaryRow(variable=variable.name, type=variable.type, label=label, level=1,
                       figure="–" if percent is None else f"{percent}% ({count})",
                       count=count, percent=percent)
            for label, count, percent in zip(labels, counts, percents)
        ]
    return [SummaryRow(figure="", **base)]  # text: only how many have a value
