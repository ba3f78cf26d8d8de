"""The last moment before a file is written: names go from every part of it, and no writer in
reports/ saves a file any other way."""

import ast
import io
import zipfile
from pathlib import Path

import docx
import openpyxl

from qdacoder import reports
from qdacoder.core.names import NameFilter, Placeholder
from qdacoder.reports.outfiles import docx_bytes, figure_bytes, xlsx_bytes

NAMES = NameFilter([Placeholder(1, "Jayden", "[naam jongere]"), Placeholder(2, "De Klimop", "[school]")])


def all_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(m).decode("utf-8") for m in archive.namelist() if m.endswith((".xml", ".rels")))


def test_word_runs_properties_tables_and_headers():
    document = docx.Document()
    document.core_properties.title = "Citaten over Jayden"
    document.core_properties.author = "Jayden"
    paragraph = document.add_paragraph()
    paragraph.add_run("Jay").bold = True  # a name split over two runs
    paragraph.add_run("den belt.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Op De Klimop"
    document.sections[0].header.paragraphs[0].text = "Casus Jayden"
    data = docx_bytes(document, NAMES)
    assert "Jayden" not in all_xml(data) and "Klimop" not in all_xml(data)
    read = docx.Document(io.BytesIO(data))
    assert read.paragraphs[0].text == "[naam jongere] belt."
    assert read.core_properties.title == "Citaten over [naam jongere]"
    assert read.tables[0].cell(0, 0).text == "Op [school]"


def test_excel_cells_sheet_titles_and_properties():
    workbook = openpyxl.Workbook()
    workbook.properties.title = "Jayden"
    workbook.active.title = "Casus Jayden"
    workbook.active["A1"] = "Jayden woont bij De Klimop"
    workbook.create_sheet("Casus Jayden 2")
    data = xlsx_bytes(workbook, NAMES)
    assert "Jayden" not in all_xml(data)
    read = openpyxl.load_workbook(io.BytesIO(data))
    assert read.sheetnames == ["Casus (naam jongere)", "Casus (naam jongere) 2"]  # [ ] are not allowed
    assert read.active["A1"].value == "[naam jongere] woont bij [school]"


def test_figure_titles_ticks_and_legend():
    from matplotlib.figure import Figure

    figure = Figure()
    axes = figure.add_subplot()
    axes.bar(["Jayden", "De Klimop"], [1, 2], label="Jayden")
    axes.set_title("Casus Jayden")
    axes.legend()
    svg = figure_bytes(figure, "svg", NAMES).decode("utf-8")
    assert "Jayden" not in svg and "[naam jongere]" in svg and "[school]" in svg


def test_no_other_writer_in_reports_saves_a_file_itself():
    offenders = []
    for path in Path(reports.__file__).parent.glob("*.py"):
        if path.name == "outfiles.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("save", "savefig"):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
