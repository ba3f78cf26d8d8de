"""Published and designed agreement examples through a real project built with the command line
(`qdacoder new`, `import`, `codebook add`, `code`, `assign`, `agreement --json`), checked to the
three decimals every output shows. Units are documents; a rating v at the frequency level is v
codings of one code in the document; "·" (None) = not rated = the document is not assigned to
that coder."""

import json

import pytest

_ = None


class Builder:
    """A project file made only through the `qdacoder` command."""

    def __init__(self, run, folder, units: list[str]):
        self.run, self.path = run, folder / "overeenstemming.qdacoder"
        run("new", self.path)
        files = []
        for unit in units:
            file = folder / f"{unit}.txt"
            file.write_text(f"{unit}: de jongere vertelt over school, thuis en de hulp die kwam.\n", encoding="utf-8")
            files.append(file)
        run("import", self.path, *files)

    def code(self, coder: str, unit: str, code: str, times: int = 1) -> None:
        for k in range(times):  # distinct passages: the same passage twice is one coding
            self.run("code", self.path, "--document", unit, "--code", code, "--start", k, "--end", k + 1,
                     "--coder", coder)

    def assign(self, coder: str, units: list[str]) -> None:
        self.run("assign", self.path, "--coder", coder, *[x for u in units for x in ("--document", u)])

    def agreement(self, coders: list[str], level: str) -> dict:
        return json.loads(self.run("agreement", self.path, "--coders", ",".join(coders), "--level", level,
                                   "--json").output)


def ratings_as_codings(builder: Builder, ratings: dict[str, list], code: str, *, assign: bool) -> list[str]:
    units = [f"Eenheid {i + 1}" for i in range(len(next(iter(ratings.values()))))]
    for coder, values in ratings.items():
        if assign:
            builder.assign(coder, [u for u, v in zip(units, values) if v is not None])
        for unit, value in zip(units, values):
            if value:
                builder.code(coder, unit, code, value)
    return units


def test_krippendorff_2011_nominal_with_missing_values(run, tmp_path):
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C
    ratings = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        "C": [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    }
    builder = Builder(run, tmp_path, [f"Eenheid {i}" for i in range(1, 13)])
    ratings_as_codings(builder, ratings, "Waarde", assign=True)
    data = builder.agreement(list(ratings), "frequency")
    assert data["overall"]["alpha"]["shown"] == "0.743"  # was 0.577: missing read as "nothing found"
    assert data["assigned"] and data["documents_left_out"] == ["Eenheid 12"]  # one value: not pairable
    assert data["overall"]["alpha"]["n"] == 11 and data["codings_outside_assignments"] == 0


def test_krippendorff_2011_binary(run, tmp_path):
    ratings = {"A": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], "B": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]}
    builder = Builder(run, tmp_path, [f"Eenheid {i}" for i in range(1, 11)])
    ratings_as_codings(builder, ratings, "Aanwezig", assign=False)
    data = builder.agreement(["A", "B"], "occurrence")
    assert data["overall"]["alpha"]["shown"] == "0.095"
    assert data["documents"] == 10 and not data["assigned"]


def test_fleiss_wikipedia(run, tmp_path):
    # Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories (counts per subject);
    # rater r's category j (1-5) on a subject becomes j codings
    counts = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
              [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]
    raters = [f"Beoordelaar {r:02d}" for r in range(1, 15)]
    ratings = {name: [] for name in raters}
    for row in counts:
        categories = [j + 1 for j, n in enumerate(row) for _ in range(n)]
        for name, category in zip(raters, categories):
            ratings[name].append(category)
    builder = Builder(run, tmp_path, [f"Eenheid {i}" for i in range(1, 11)])
    ratings_as_codings(builder, ratings, "Categorie", assign=False)
    data = builder.agreement(raters, "frequency")
    assert data["overall"]["fleiss"]["shown"] == "0.210" and data["overall"]["fleiss"]["n"] == 10


def test_cohen_fifty_documents_without_flags(run, tmp_path):
    # 20 both, 5 only A, 10 only B, 15 neither: p_o = .70, p_e = .50, kappa = .400
    units = [f"Eenheid {i}" for i in range(1, 51)]
    builder = Builder(run, tmp_path, units)
    for unit in units[:25]:
        builder.code("A", unit, "Steun")
    for unit in units[:20] + units[25:35]:
        builder.code("B", unit, "Steun")
    data = builder.agreement(["A", "B"], "occurrence")
    assert data["overall"]["kappa"]["shown"] == "0.400"  # was -0.235: the 15 "neither" dropped out
    assert data["documents"] == 50 and data["overall"]["n"] == 50
    assert data["overall"]["brennan_prediger"]["shown"] == "0.400"  # (.70 - .50) / .50


def test_three_coders_with_an_unused_code_and_a_single_coded_document(run, tmp_path):
    # P: D1 (1,1,1), D2 (1,0,1), D3 (1,·,·), D4 (1,1,1); Q: D1 (1,0,1), D2 (1,1,0), D3 (1,·,·),
    # D4 (0,0,0); U never used; D3 assigned to A only
    ratings = {"P": {"D1": (1, 1, 1), "D2": (1, 0, 1), "D3": (1, _, _), "D4": (1, 1, 1)},
               "Q": {"D1": (1, 0, 1), "D2": (1, 1, 0), "D3": (1, _, _), "D4": (0, 0, 0)}}
    builder = Builder(run, tmp_path, ["D1", "D2", "D3", "D4"])
    run("codebook", "add", builder.path, "U")
    builder.assign("A", ["D1", "D2", "D3", "D4"])
    for coder in ("B", "C"):
        builder.assign(coder, ["D1", "D2", "D4"])
    for code, per in ratings.items():
        for unit, values in per.items():
            for coder, value in zip("ABC", values):
                if value:
                    builder.code(coder, unit, code)
    data = builder.agreement(["A", "B", "C"], "occurrence")
    assert data["overall"]["alpha"]["shown"] == "0.292"  # was 0.432: U counted, D3 "nothing found"
    assert data["unused_codes"] == ["U"] and data["documents_left_out"] == ["D3"]
    assert [r["code"] for r in data["rows"]] == ["P", "Q"]
    text = run("agreement", builder.path, "--coders", "A,B,C").output
    assert "Not used by these coders in the documents compared, so left out of the figures: U." in text
    assert "Left out: 1 document(s) assigned to only one of these coders (D3)." in text


@pytest.mark.parametrize("level", ["occurrence", "frequency", "overlap", "character"])
def test_every_level_reads_assignments(run, tmp_path, level):
    # B never got D2: B's empty D2 is missing, not "nothing found"; A and B agree on D1
    builder = Builder(run, tmp_path, ["D1", "D2"])
    builder.assign("A", ["D1", "D2"])
    builder.assign("B", ["D1"])
    for coder in "AB":
        builder.code(coder, "D1", "Steun")
    builder.code("A", "D2", "Steun")
    data = builder.agreement(["A", "B"], level)
    assert data["documents"] == 1 and data["documents_left_out"] == ["D2"]
    assert data["overall"]["percent"] == 100.0
