"""The page, the styles and the tables every Word file shares (reports.word_style): A4 and
2.5 cm from the shipped template; tables fitted to the page, turned to landscape or split into
column groups with the code column repeated; the user's own template (.docx or .dotx) with ours
filling in the styles it lacks; a bad template refused with the file named."""

import io
import zipfile

import docx
import pytest

from qdacoder.core.errors import ValidationError
from qdacoder.reports.word_style import add_table, new_document, plan


def matrix(columns):
    headers = ["Code"] + [f"Casus {i}" for i in range(1, columns + 1)]
    rows = [(["Steun", *range(columns)], 0), (["Steun/Mentor", *range(columns)], 1)]
    return headers, rows


def test_a4_and_margins_from_the_template():
    section = new_document().sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert {round(getattr(section, side).cm, 2) for side in
            ("left_margin", "right_margin", "top_margin", "bottom_margin")} == {2.5}


@pytest.mark.parametrize("columns, landscape, groups", [(6, False, 1), (14, True, 1), (40, True, 3)])
def test_narrow_tables_stay_wide_ones_turn_and_split(columns, landscape, groups):
    headers, rows = matrix(columns)
    layout = plan(headers, [r for r, _ in rows], [1 for _ in rows], 16.0, 24.7)
    assert layout.landscape is landscape and len(layout.groups) == groups
    assert sorted(i for g in layout.groups for i in g) == list(range(1, columns + 1))  # every column once
    for group in layout.groups:
        assert layout.widths[0] + sum(layout.widths[i] for i in group) <= (24.7 if landscape else 16.0) + 1e-6
    assert max(layout.widths[1:]) < layout.widths[0]  # the code column wide, the figures narrow


def test_a_very_wide_matrix_in_landscape_column_groups_with_the_code_column(tmp_path):
    document = new_document()
    document.add_paragraph("Inleiding")
    headers, rows = matrix(40)
    written = add_table(document, headers, rows, caption=("Tabel", 1, "Codes per casus"), notes=["n = 40 casussen"])
    assert len(written.parts) == 3
    document.save(tmp_path / "m.docx")
    again = docx.Document(tmp_path / "m.docx")
    assert [s.page_width > s.page_height for s in again.sections] == [False, True, False]
    for table in again.tables:
        assert table.rows[0].cells[0].text == "Code" and table.rows[2].cells[0].text == "Mentor"  # its name, indented
        header = table.rows[0]._tr.trPr
        assert header.xpath("./w:tblHeader") and header.xpath("./w:cantSplit")
        assert all(row._tr.trPr.xpath("./w:cantSplit") for row in table.rows)
        assert table.rows[1].cells[1].paragraphs[0].alignment == 2  # figures right-aligned
    captions = [p.text for p in again.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Tabel 1. Codes per casus" and "(continued, columns" in captions[1]


def test_own_template_docx_and_dotx_with_ours_where_it_lacks_a_style(tmp_path):
    house = docx.Document()
    house.styles["Normal"].font.name = "Garamond"
    house.add_paragraph("Tekst van het instituut")
    house.save(tmp_path / "huis.docx")
    # a .dotx as Word saves it: the same package with the template's content type
    data = io.BytesIO()
    with zipfile.ZipFile(tmp_path / "huis.docx") as source, zipfile.ZipFile(data, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    (tmp_path / "huis.dotx").write_bytes(data.getvalue())
    for name in ("huis.docx", "huis.dotx"):
        document = new_document(tmp_path / name)
        assert document.styles["Normal"].font.name == "Garamond"
        assert "Table Text" in [s.name for s in document.styles] and document.paragraphs == []


def test_a_bad_template_is_refused_with_its_name(tmp_path):
    (tmp_path / "kapot.dotx").write_bytes(b"geen word")
    with pytest.raises(ValidationError) as error:
        new_document(tmp_path / "kapot.dotx")
    assert "kapot.dotx" in str(error.value.params) or "kapot.dotx" in str(error.value)
