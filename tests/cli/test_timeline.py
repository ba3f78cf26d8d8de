"""`qdacoder events import|export` and `timeline export|metrics`, on real project files. The
commands are registered on a group of their own, so these tests do not depend on the main
command having registered them yet."""

import json
import xml.etree.ElementTree as ET

import pytest

from qdacoder.core import attributes, cases, events
from qdacoder.core.project import Project




@pytest.fixture
def study(tmp_path):
    path = tmp_path / "studie.qdacoder"
    with Project.create(path) as p:
        cases.add_case(p, "Casus Sem")
    return path


TABLE = (
    "casus;baan;begin;eind;precisie;omschrijving;schakelmoment;zorgvorm;buiten gezin\n"
    "Casus Noor;wonen;2014-09;2016-01;maand;Pleeggezin Jansen;ja;;ja\n"
    "Casus Noor;wonen;2016;;;Leefgroep De Linde;;;\n"
    "Casus Noor;hulp;7;;leeftijd;Wijkteam;;ambulant;\n"
    "Casus Noor;onderwijs;2012;2020;;Basisschool De Regenboog;;;\n"
)


def test_import_metrics_export_and_chart(run, study, tmp_path):
    table = tmp_path / "tijdlijn.csv"
    table.write_text(TABLE, encoding="utf-8")
    imported = json.loads(run("events", "import", study, table, "--json").output)
    assert imported == {"added": 4, "skipped": 0, "new_cases": ["Casus Noor"]}
    assert run("events", "import", study, table).output == "Imported 0 events (4 skipped: already there)\n"

    metrics = json.loads(run("timeline", "metrics", study, "--json").output)
    assert metrics == [
        {"case": "Casus Noor", "events": 4, "living_places": 2, "living_places_outside_family": 1,
         "living_places_outside_family_unknown": 1, "schools": 1, "help_trajectories": 1,
         "help_by_type": {"ambulant": 1}, "age_at_first_help": 7.0, "turning_points": 1},
        {"case": "Casus Sem", "events": 0, "living_places": None, "living_places_outside_family": None,
         "living_places_outside_family_unknown": None, "schools": None, "help_trajectories": None,
         "help_by_type": None, "age_at_first_help": None, "turning_points": None},
    ]
    assert run("timeline", "metrics", study).output.splitlines() == [
        "Casus Noor: 4 events; 2 living places (1 outside the family, 1 not known); 1 schools; "
        "1 help trajectories (ambulant 1); age at first help 7.0; 1 turning points",
        "Casus Sem: no events yet (figures not known)",
    ]

    out = tmp_path / "alle events.xlsx"
    assert run("events", "export", study, out).output == f"Wrote 4 events to {out}\n"
    Project.create(tmp_path / "kopie.qdacoder").close()
    assert run("events", "import", tmp_path / "kopie.qdacoder", out).output.startswith("Imported 4 events (0 skipped")

    # the age event cannot be placed among dates without a birth date: the chart says so
    svg = tmp_path / "noor.svg"
    run("timeline", "export", study, "Casus Noor", svg)
    text = "".join(ET.parse(svg).getroot().itertext())
    assert "Pleeggezin Jansen" in text and "1 event(s) given as an age are not shown" in text
    png = tmp_path / "noor.png"
    assert run("timeline", "export", study, "Casus Noor", png).output == f"Wrote the timeline of Casus Noor to {png}\n"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    run("timeline", "export", study, "Casus Noor", svg, "--language", "nl")
    text = "".join(ET.parse(svg).getroot().itertext())
    assert "Wonen" in text and "given as an age" not in text


def test_metrics_use_the_birth_date(run, study):
    with Project.open(study) as p:
        sem = cases.find_case(p, "Casus Sem").id
        birth = attributes.add_variable(p, target="case", name="geboortedatum", type="date").result
        attributes.set_value(p, birth, sem, "2010-01-01")
        events.add_event(p, case_id=sem, lane="hulp", start="2016-01", precision="month", care_type="pleegzorg")
    (row,) = json.loads(run("timeline", "metrics", study, "--json").output)
    assert row["age_at_first_help"] == 6.0 and row["help_by_type"] == {"pleegzorg": 1}


def test_errors_in_plain_words(run, study, tmp_path):
    bad = tmp_path / "fout.csv"
    bad.write_text("case;lane;start\nCasus Noor;werk;2015\n", encoding="utf-8")
    result = run("events", "import", study, bad, ok=False)
    assert result.exit_code == 1
    assert ("fout.csv: nothing was imported, because of 1 problem(s):\n"
            "row 2, column “lane”: “werk” is not a lane") in result.output
    assert "Traceback" not in result.output
    missing = run("timeline", "export", study, "Casus Onbekend", tmp_path / "x.png", ok=False)
    assert missing.exit_code == 1 and "There is no case “Casus Onbekend”." in missing.output
    wrong = run("timeline", "export", study, "Casus Sem", tmp_path / "x.pdf", ok=False)
    assert "x.pdf: a timeline is saved as .png or .svg, not as .pdf." in wrong.output
    assert run("events", "export", study, tmp_path / "x.ods", ok=False).exit_code == 1
