"""How fast the analyses are on the scale project (``benchmarks/scale.py``), with a category
case attribute "gemeente" with five values (one case in ten without a value), each beside a
bare SQL GROUP BY on the same file (rows fetched, no app code), the two alternated run by run:

  - ``frequency_table`` (own and branch figures, distinct passages, share of cases) against the
    one GROUP BY that gives codings, documents and cases per code;
  - ``code_matrix`` by cases, with subtotals for parents, against the code x case GROUP BY with
    the same case join;
  - ``crosstab`` by the case attribute against the codings, documents and cases per code;
  - ``cooccurrence`` by case for 100 codes, against the code x case GROUP BY of those codes,
    and by overlap for all codes, against reading every coding's document, code and span in
    order (what the sweep reads).
The issue's target: code frequencies and the full code x case matrix within twice a bare
GROUP BY.

Run: python benchmarks/bench_analysis.py [--scale 1|10] [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import alternate, arguments, header, line, load, sizes, working_copy  # noqa: E402
from qdacoder.analysis.cooccurrence import cooccurrence  # noqa: E402
from qdacoder.analysis.crosstab import crosstab  # noqa: E402
from qdacoder.analysis.frequencies import _CASE_JOIN  # noqa: E402
from qdacoder.analysis.frequency_table import frequency_table  # noqa: E402
from qdacoder.analysis.matrices import code_matrix  # noqa: E402
from qdacoder.core.attributes import add_variable, get_variable, set_values  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402

GEMEENTEN = ("Utrecht", "Zeist", "Amersfoort", "Nieuwegein", "Houten")
BARE = {
    "frequencies": "SELECT g.code_id, count(*), count(DISTINCT g.document_id), count(DISTINCT r.case_id) "
                   f"FROM codings g {_CASE_JOIN} GROUP BY g.code_id",
    "matrix": f"SELECT g.code_id, r.case_id, count(*) FROM codings g {_CASE_JOIN} GROUP BY 1, 2",
    "spans": 'SELECT document_id, code_id, start, "end" FROM codings ORDER BY document_id, start',
}


def cases_of(first: int, last: int) -> str:
    """The code x case GROUP BY for the codes first..last."""
    return (f"SELECT g.code_id, r.case_id, count(*) FROM codings g {_CASE_JOIN} "
            f"WHERE g.code_id BETWEEN {first} AND {last} GROUP BY 1, 2")


def main() -> None:
    args = arguments(__doc__.split("\n\n")[0])
    print(load())
    cases = sizes(args.scale)["cases"]
    roots = 50 * args.scale
    with Project.open(working_copy(args.scale)) as project:
        gemeente = add_variable(project, target="case", name="gemeente", type="category",
                                categories=list(GEMEENTEN)).result
        set_values(project, [(gemeente, case, GEMEENTEN[case % 5]) for case in range(1, cases + 1) if case % 10])
        variable = get_variable(project, gemeente)
        hundred = list(range(roots + 1, roots + 101))
        db = project.db.conn
        measures = [
            ("frequency_table (all codes, branches, share of cases)", lambda: frequency_table(project), "frequencies"),
            ("code_matrix by cases (all codes, with subtotals)", lambda: code_matrix(project, "cases"), "matrix"),
            ("crosstab by case attribute gemeente", lambda: crosstab(project, variable), "frequencies"),
            ("cooccurrence by case, 100 codes", lambda: cooccurrence(project, "case", code_ids=hundred),
             cases_of(hundred[0], hundred[-1])),
            ("cooccurrence by overlap, all codes", lambda: cooccurrence(project, "overlap"), BARE["spans"]),
        ]
        results = [(name, key, alternate({"app": action, "bare": lambda sql=BARE.get(key, key): db.execute(sql).fetchall()},
                                         args.runs)) for name, action, key in measures]
    print(f"\nscale {args.scale}: median of {args.runs} runs (spread), app and its bare GROUP BY alternated")
    header("analysis")
    for name, key, times in results:
        line(name, times["app"], times["bare"])
    print("bare limits: codings, documents and cases per code in one GROUP BY (frequencies, crosstab); the code x "
          "case GROUP BY with the same join (matrix; for the 100 codes: co-occurrence by case); every coding's "
          "document, code and span in order (co-occurrence by overlap)")
    print(load())


if __name__ == "__main__":
    main()
