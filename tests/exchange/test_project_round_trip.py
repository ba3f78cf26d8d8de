"""Codebooks through a project and back: nothing a researcher wrote is lost on the way."""

from pathlib import Path

import pytest
from lxml import etree

import qdacoder.exchange
from qdacoder.core.codebook_ops import codebook_from_project, merge_codebook
from qdacoder.exchange import read_codebook, write_codebook
from tests.exchange.test_validate import dutch_codebook

XSD = Path(qdacoder.exchange.__file__).parent / "schemas" / "Codebook.xsd"


def with_colours(book):
    """The project gives a colour to every code; the original must have them to compare."""
    for _path, _depth, entry in book.walk():
        entry.color = entry.color or "#a0c4ff"
    return book


@pytest.mark.parametrize("extension", [".yaml", ".qdc", ".csv", ".xlsx"])
def test_file_to_project_to_file(project, tmp_path, extension):
    original = with_colours(dutch_codebook())
    source = tmp_path / f"in{extension}"
    write_codebook(original, source)
    merge_codebook(project, read_codebook(source))
    target = tmp_path / f"uit{extension}"
    write_codebook(codebook_from_project(project), target)
    back, sent = read_codebook(target), read_codebook(source)
    for (_p, _d, came), (_q, _e, went) in zip(back.walk(), sent.walk()):
        if went.guid is None:  # the project gives every code a GUID; the file had none to keep
            came.guid = None
    assert list(back.walk()) == list(sent.walk())
    if extension == ".qdc":
        schema = etree.XMLSchema(etree.parse(str(XSD)))
        assert schema.validate(etree.parse(str(target))), schema.error_log
        # GUIDs of the original survive the trip through the project
        assert [e.guid for _p, _d, e in back.walk()] == [e.guid for _p, _d, e in sent.walk()]
