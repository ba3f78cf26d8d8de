"""Case attributes derived from the timeline: living places (and how many outside the
family), schools, help trajectories by type of help, age at first help and turning points.

Design rules (why):
- Nothing is stored: every figure is computed from the events table when asked. So the figures
  are always up to date after an event is added, changed, deleted, imported or undone, and
  there is no second copy that could disagree.
- "Not known" is None, never 0. A case without a single event has no timeline yet, so each
  event-based figure is None for it. A case with events has a timeline, and a lane it leaves
  empty counts 0 (a timeline with schools but no help says "no help recorded"). Researchers
  must be able to tell the valid n from the missing, as with attributes.
- One event is one count: each 'wonen' event is a living place (moving back to the same
  place is a new living place), each 'onderwijs' event a school, each 'hulp' event a help
  trajectory.
- Living places outside the family count only the places marked so; those whose
  ``outside_family`` is not known are counted apart (``..._unknown``), so the count is exact
  when that is 0 and a lower bound otherwise. Guessing either way would bias comparisons.
- Help by type counts per ``care_type``; "" is "type not known". Only types that occur are
  listed, in the order of ``CARE_TYPES`` with "" last.
- Age at first help (years, one decimal): the age at the start of the earliest help
  trajectory. An age-precision start gives it directly; a dated start needs the case's birth
  date (a case attribute of type date named "geboortedatum", "birth date", "birthdate" or
  "date of birth", any case). A dated start is read as the first day of its period ("2015" ->
  1 January 2015, "2015-03" -> 1 March), the same place the chart draws it; with year
  precision the age can thus be up to a year low. When some help start cannot be placed
  (dated, no birth date), the first help is not known: None, not the age of the others.
- Counts are SQL aggregates (one grouped query for all cases); only the age needs Python,
  for the date arithmetic.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from ..core.events import CARE_TYPES
from ..core.project import Project

BIRTH_DATE_NAMES = ("geboortedatum", "birth date", "birthdate", "date of birth")
DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Derived:
    """The derived attributes of one case. None: not known (the case has no events yet, or
    for the age see the module docstring)."""

    case_id: int
    events: int
    living_places: int | None
    living_places_outside_family: int | None  # places marked outside the family
    living_places_outside_family_unknown: int | None  # places not marked either way
    schools: int | None
    help_trajectories: int | None
    help_by_type: dict[str, int] | None  # care type -> n; "": type not known
    age_at_first_help: float | None
    turning_points: int | None

    def as_dict(self) -> dict:
        return asdict(self)


# --- placing a start or end in time (shared with the chart) -------------------------------
def first_day(precision: str, value: str) -> date:
    """The first day of the period a dated value names: "2015" -> 2015-01-01."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if precision in ("month", "day") else 1, parts[2] if precision == "day" else 1)


def last_day(precision: str, value: str) -> date:
    """The last day of the period a dated value names: "2015-02" -> 2015-02-28."""
    start = first_day(precision, value)
    if precision == "day":
        return start
    if precision == "year":
        return date(start.year, 12, 31)
    following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def age_on(birth: date, day: date) -> float:
    return (day - birth).days / DAYS_PER_YEAR


def date_at_age(birth: date, age: float) -> date:
    return birth + timedelta(days=round(age * DAYS_PER_YEAR))


def birth_dates(project: Project, case_ids: list[int] | None = None) -> dict[int, date]:
    """case id -> birth date, for the cases that have one (see BIRTH_DATE_NAMES). When a
    project has two such attributes, the first in the attribute order wins."""
    marks = ", ".join("?" for _ in BIRTH_DATE_NAMES)
    rows = project.rows(
        "SELECT a.target_id, a.value FROM attribute_values a JOIN variables v ON v.id = a.variable_id "
        f"WHERE v.target = 'case' AND v.type = 'date' AND lower(trim(v.name)) IN ({marks}) "
        "ORDER BY v.position DESC, v.id DESC",  # later rows overwrite: the first variable wins
        list(BIRTH_DATE_NAMES),
    )
    wanted = None if case_ids is None else set(case_ids)
    found: dict[int, date] = {}
    for row in rows:
        if wanted is None or row["target_id"] in wanted:
            try:
                found[row["target_id"]] = date.fromisoformat(str(row["value"]))
            except ValueError:  # attributes store ISO dates; anything else is not a birth date
                continue
    return found


# --- the figures ----------------------------------------------------------------------------
def derived_attributes(project: Project, case_ids: list[int] | None = None) -> dict[int, Derived]:
    """case id -> Derived, for every case (or those of ``case_ids`` that exist)."""
    where, params = "", []
    if case_ids is not None:
        case_ids = list(case_ids)
        where, params = f"WHERE c.id IN ({', '.join('?' for _ in case_ids)})", case_ids
    counts = project.rows(
        "SELECT c.id AS case_id, count(e.id) AS events, "
        "sum(e.lane = 'wonen') AS living, "
        "sum(e.lane = 'wonen' AND e.outside_family = 1) AS outside, "
        "sum(e.lane = 'wonen' AND e.outside_family IS NULL) AS outside_unknown, "
        "sum(e.lane = 'onderwijs') AS schools, sum(e.lane = 'hulp') AS help, "
        "sum(e.turning_point) AS turning_points "
        f"FROM cases c LEFT JOIN events e ON e.case_id = c.id {where} GROUP BY c.id ORDER BY c.id",
        params,
    )
    by_type: dict[int, dict[str, int]] = {}
    help_starts: dict[int, list[tuple[str, str]]] = {}
    help_where = where.replace("WHERE", "AND", 1)
    for row in project.rows(
        "SELECT e.case_id, e.care_type, e.precision, e.start FROM events e "
        f"JOIN cases c ON c.id = e.case_id WHERE e.lane = 'hulp' {help_where}",
        params,
    ):
        types = by_type.setdefault(row["case_id"], {})
        types[row["care_type"]] = types.get(row["care_type"], 0) + 1
        help_starts.setdefault(row["case_id"], []).append((row["precision"], row["start"]))
    births = birth_dates(project, [r["case_id"] for r in counts])
    result: dict[int, Derived] = {}
    for r in counts:
        case_id, known = r["case_id"], r["events"] > 0

        def figure(name: str) -> int | None:
            return int(r[name] or 0) if known else None

        result[case_id] = Derived(
            case_id=case_id, events=r["events"], living_places=figure("living"),
            living_places_outside_family=figure("outside"),
            living_places_outside_family_unknown=figure("outside_unknown"),
            schools=figure("schools"), help_trajectories=figure("help"),
            help_by_type=_ordered(by_type.get(case_id, {})) if known else None,
            age_at_first_help=_first_help_age(help_starts.get(case_id, []), births.get(case_id)),
            turning_points=figure("turning_points"),
        )
    return result


def _ordered(types: dict[str, int]) -> dict[str, int]:
    order = {care: index for index, care in enumerate(CARE_TYPES)}
    return dict(sorted(types.items(), key=lambda item: (item[0] == "", order.get(item[0], len(order)), item[0])))


def _first_help_age(starts: list[tuple[str, str]], birth: date | None) -> float | None:
    ages = []
    for precision, start in starts:
        if precision == "age":
            ages.append(float(start))
        elif birth is not None:
            ages.append(age_on(birth, first_day(precision, start)))
        else:
            return None  # a help start we cannot place might be the first one
    return round(min(ages), 1) if ages else None
