"""Attribute and event tables and codebooks with a million rows, and tables at their caps (issue 21).

Before, a table was read whole, and every row turned into cells, before its header was even
looked at: a 1 M-row attribute table took 3.1 GB and 86 s. Now the header is checked first and
the rows are streamed, so a table over the row cap is refused as soon as its first row past the
cap is read, and what the caps accept stays under 1 GB. Every command runs in a child process,
which reports its peak memory (measured on the shared 2-core machine: 180-350 MB for the
refusals, 430-520 MB at the caps).
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from qdacoder.core.attributes import add_variable
from qdacoder.core.project import Project
from qdacoder.exchange import attribute_table, event_table
from tests.measured import MiB, new_project, run_measured

PEAK_LIMIT = 1024 * MiB
MILLION = 1_000_000


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return new_project(tmp_path / "studie.qdacoder")


def counts(project: Path) -> tuple[int, int, int]:
    with sqlite3.connect(project) as db:
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("cases", "attribute_values", "events"))


def xlsx_with_rows(tmp_path: Path, header: list[str], row: str, count: int) -> bytes:
    """A real workbook whose sheet is replaced by ``count`` rows written straight as XML
    (``row`` is a format with {n}, the row number): openpyxl would need minutes to write a
    million rows."""
    workbook = openpyxl.Workbook()
    workbook.active.append(header)
    workbook.save(tmp_path / "leeg.xlsx")
    with zipfile.ZipFile(tmp_path / "leeg.xlsx") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    cells = "".join(f'<c t="inlineStr"><is><t>{name}</t></is></c>' for name in header)
    body = "".join(row.format(n=n) for n in range(2, count + 2))
    members["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
        '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f'<row r="1">{cells}</row>{body}</sheetData></worksheet>').encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_a_million_row_attribute_table_is_refused_early_in_little_memory(project, tmp_path, extension):
    target = tmp_path / f"kenmerken{extension}"
    if extension == ".csv":
        target.write_text("casus;leeftijd;woont thuis\n" + "".join(
            f"casus {n:07d};{10 + n % 8};{'ja' if n % 2 else 'nee'}\n" for n in range(MILLION)))
    else:
        target.write_bytes(xlsx_with_rows(
            tmp_path, ["casus", "leeftijd"],
            '<row r="{n}"><c t="inlineStr"><is><t>casus {n}</t></is></c><c><v>14</v></c></row>', MILLION))
    assert target.stat().st_size < attribute_table.MAX_FILE_SIZE  # within the file cap: the rows refuse it
    done, peak = run_measured("attributes", "import", str(project), str(target))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{target.name}: the table has more than {attribute_table.MAX_ROWS} rows" in done.stderr
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    assert counts(project) == (0, 0, 0)


def test_a_million_row_event_table_is_refused_early_in_little_memory(project, tmp_path):
    """(The .xlsx path is the attribute table's, above: the same reader.)"""
    target = tmp_path / "gebeurtenissen.csv"
    target.write_text("casus;baan;begin;omschrijving\n" + "".join(
        f"casus {n % 500};wonen;2019-{1 + n % 12:02d}-01;verhuizing {n}\n" for n in range(MILLION)))
    done, peak = run_measured("events", "import", str(project), str(target))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{target.name}: the table has more than {event_table.MAX_ROWS} rows" in done.stderr
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    assert counts(project) == (0, 0, 0)


def test_a_wrong_header_is_refused_before_a_million_rows_are_read(project, tmp_path):
    target = tmp_path / "kenmerken.csv"
    target.write_text("naam;leeftijd\n" + "casus 1;14\n" * MILLION)
    with Project.open(project) as p:
        add_variable(p, target="case", name="naam", type="text")
    done, peak = run_measured("attributes", "import", str(project), str(target))
    assert done.returncode == 1
    assert "row 1: the first column must name the case of each row" in done.stderr
    assert peak < PEAK_LIMIT


def test_an_attribute_table_at_its_caps_is_imported_under_a_gigabyte(project, tmp_path):
    """MAX_ROWS rows of MAX_VALUES / MAX_ROWS attribute columns, long texts filling the file."""
    columns = attribute_table.MAX_VALUES // attribute_table.MAX_ROWS
    text = ("toelichting van de jeugdhulpverlener over de thuissituatie " * 4)[:230]
    target = tmp_path / "kenmerken.csv"
    target.write_text(";".join(["casus"] + [f"kenmerk {c}" for c in range(columns)]) + "\n" + "".join(
        ";".join([f"casus {n:05d}"] + [f"{text} {n} {c}" for c in range(columns)]) + "\n"
        for n in range(attribute_table.MAX_ROWS)))
    assert target.stat().st_size > 0.9 * attribute_table.MAX_FILE_SIZE
    done, peak = run_measured("attributes", "import", str(project), str(target))
    assert done.returncode == 0, done.stderr
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    assert counts(project)[:2] == (attribute_table.MAX_ROWS, attribute_table.MAX_VALUES)


def test_one_row_more_than_the_values_allow_is_refused(project, tmp_path):
    """Wide tables have fewer rows: rows times attribute columns is capped too."""
    columns = 50
    rows = attribute_table.MAX_VALUES // columns + 1
    target = tmp_path / "kenmerken.csv"
    target.write_text(";".join(["casus"] + [f"k{c}" for c in range(columns)]) + "\n" + "".join(
        f"casus {n};" + ";".join(["1"] * columns) + "\n" for n in range(rows)))
    done, _peak = run_measured("attributes", "import", str(project), str(target))
    assert done.returncode == 1
    assert f"more than {attribute_table.MAX_VALUES} values (rows times attribute columns)" in done.stderr
    assert counts(project) == (0, 0, 0)


def test_an_event_table_at_its_caps_is_imported_under_a_gigabyte(project, tmp_path):
    memo = ("De jongere verhuist naar een gezinshuis in de regio, na overleg met de voogd. " * 6)[:440]
    target = tmp_path / "gebeurtenissen.csv"
    target.write_text("casus;baan;begin;eind;omschrijving;notitie\n" + "".join(
        f"casus {n % 2000};wonen;2019-{1 + n % 12:02d}-01;2020-{1 + n % 12:02d}-01;verhuizing {n};{memo}\n"
        for n in range(event_table.MAX_ROWS)))
    assert target.stat().st_size > 0.9 * event_table.MAX_FILE_SIZE
    done, peak = run_measured("events", "import", str(project), str(target))
    assert done.returncode == 0, done.stderr
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    assert counts(project)[2] == event_table.MAX_ROWS


def test_a_million_code_codebook_table_is_refused_while_it_is_read(project, tmp_path):
    """A right header and a million codes: before, 1.7 GB and still reading after a minute."""
    from qdacoder.exchange.table_codebook import MAX_CODES

    target = tmp_path / "codeboek.csv"
    target.write_text("path;description\n" + "".join(
        f"Thema {n // 1000}/Code {n};Omschrijving van code {n}\n" for n in range(MILLION)))
    done, peak = run_measured("codebook", "import", str(project), str(target))
    assert done.returncode == 1
    assert f"codeboek.csv: the codebook has more than {MAX_CODES} codes" in done.stderr
    assert peak < PEAK_LIMIT, f"peak memory {peak // MiB} MiB"
    with sqlite3.connect(project) as db:
        assert db.execute("SELECT count(*) FROM codes").fetchone()[0] == 0


def test_a_yaml_codebook_is_refused_above_the_size_its_parser_holds(project, tmp_path):
    """PyYAML holds a whole file as nodes (1.8 GB for 47 MB): a YAML codebook may have 5 MB,
    room for 20,000 codes with long descriptions (a 4.8 MB one peaked at 460 MB)."""
    from qdacoder import exchange

    target = tmp_path / "codeboek.yaml"
    target.write_text("codes:\n" + "".join(f"  - name: Code {n}\n    description: Omschrijving {n}\n"
                                           for n in range(100_000)))
    assert exchange.MAX_PARSED_SIZE[".yaml"] < target.stat().st_size < exchange.MAX_FILE_SIZE
    done, peak = run_measured("codebook", "import", str(project), str(target))
    assert done.returncode == 1
    assert "codeboek.yaml: the file is too large for a codebook (more than 5 MB)" in done.stderr
    assert peak < 200 * MiB
