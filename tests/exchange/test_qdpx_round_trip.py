"""qdacoder -> .qdpx -> a new qdacoder project: the same project."""

import re

import pytest

from qdacoder.core.project import Project
from qdacoder.exchange.qdpx_export import write_qdpx
from qdacoder.exchange.qdpx_import import import_qdpx
from tests.exchange.qdpx_study import build


def snapshot(p):
    """Everything the exchange promises to keep, without row ids."""
    def rows(sql):
        return sorted((tuple(r.values()) for r in p.rows(sql)), key=repr)

    return {
        "coders": rows("SELECT guid, name FROM coders"),
        "documents": rows("SELECT guid, name, kind, text, memo FROM documents"),
        "codes": rows("SELECT c.guid, c.name, p.guid, c.color, c.description, c.inclusion, c.exclusion, c.example, "
                      "c.is_codable, c.default_valence FROM codes c LEFT JOIN codes p ON p.id = c.parent_id"),
        "codings": rows('SELECT c.guid, d.guid, k.guid, c.start, c."end", o.name, c.valence, c.starred, c.memo, '
                        "substr(d.text, c.start + 1, c.\"end\" - c.start) FROM codings c JOIN documents d ON d.id = "
                        "c.document_id JOIN codes k ON k.id = c.code_id JOIN coders o ON o.id = c.coder_id"),
        "cases": rows("SELECT guid, name, memo FROM cases"),
        "case_ranges": rows('SELECT c.name, d.name, r.start, r."end" FROM case_ranges r JOIN cases c ON c.id = r.case_id '
                            "JOIN documents d ON d.id = r.document_id"),
        "variables": rows("SELECT guid, target, name, type, categories, description FROM variables"),
        "values": rows("SELECT v.name, v.target, CASE v.target WHEN 'case' THEN c.name ELSE d.name END, a.value, "
                       "typeof(a.value) FROM attribute_values a JOIN variables v ON v.id = a.variable_id "
                       "LEFT JOIN cases c ON v.target = 'case' AND c.id = a.target_id "
                       "LEFT JOIN documents d ON v.target = 'document' AND d.id = a.target_id"),
        "memos": rows("SELECT m.guid, m.target, coalesce(d.name, c.name, k.name, g.guid), m.title, m.text, m.author, "
                      "m.created_at FROM memos m LEFT JOIN documents d ON m.target = 'document' AND d.id = m.target_id "
                      "LEFT JOIN cases c ON m.target = 'case' AND c.id = m.target_id "
                      "LEFT JOIN codes k ON m.target = 'code' AND k.id = m.target_id "
                      "LEFT JOIN codings g ON m.target = 'coding' AND g.id = m.target_id"),
    }


@pytest.fixture
def both(tmp_path):
    with build(tmp_path / "origineel.qdacoder") as original:
        write_qdpx(original, tmp_path / "uitwisseling.qdpx")
        before = snapshot(original)
        name = original.name
    report = import_qdpx(tmp_path / "uitwisseling.qdpx", tmp_path / "kopie.qdacoder", coder="Iemand Anders")
    with Project.open(tmp_path / "kopie.qdacoder") as copy:
        return before, snapshot(copy), report, name, copy.name


@pytest.mark.parametrize("part", ["coders", "documents", "codes", "codings", "cases", "case_ranges",
                                  "variables", "values", "memos"])
def test_the_round_trip_keeps(both, part):
    before, after, *_ = both
    assert after[part] == before[part]
    assert before[part]  # the study has some of each, or the comparison proves nothing


def test_the_report_counts_what_came_in_and_skips_nothing(both):
    _before, _after, report, name, copy_name = both
    assert copy_name == name
    assert report.imported == {"documents": 2, "codes": 5, "codings": 5, "coders": 2, "cases": 2, "passages": 2,
                               "attributes": 7, "values": 10, "memos": 5}
    assert report.skipped == {}
    assert report.summary().startswith("Created kopie.qdacoder from uitwisseling.qdpx:")


def test_exporting_the_copy_again_gives_the_same_file_content(tmp_path, both):
    import zipfile

    from lxml import etree
    write_qdpx_path = tmp_path / "weer.qdpx"
    with Project.open(tmp_path / "kopie.qdacoder") as copy:
        write_qdpx(copy, write_qdpx_path)

    def body(path):
        root = etree.fromstring(zipfile.ZipFile(path).read("project.qde"))
        root.attrib.pop("creationDateTime")
        return etree.tostring(root)

    assert body(write_qdpx_path) == body(tmp_path / "uitwisseling.qdpx")


def test_memos_come_back_from_their_text_files_alone(tmp_path):
    """A tool that keeps only the file form (QualCoder) and exports it again."""
    import io
    import zipfile

    with build(tmp_path / "origineel.qdacoder") as original:
        write_qdpx(original, tmp_path / "uitwisseling.qdpx")
        memos = snapshot(original)["memos"]
    source = zipfile.ZipFile(tmp_path / "uitwisseling.qdpx")
    qde = source.read("project.qde").decode("utf-8")
    files_only = re.sub(r"<PlainTextContent>.*?</PlainTextContent>", "", qde, flags=re.S)
    assert files_only.count("plainTextPath") == qde.count("plainTextPath") and "PlainTextContent" not in files_only
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for member in source.namelist():
            target.writestr(member, files_only if member == "project.qde" else source.read(member))
    (tmp_path / "alleen-bestanden.qdpx").write_bytes(buffer.getvalue())
    import_qdpx(tmp_path / "alleen-bestanden.qdpx", tmp_path / "kopie.qdacoder", coder="Iemand")
    with Project.open(tmp_path / "kopie.qdacoder") as copy:
        assert snapshot(copy)["memos"] == memos
