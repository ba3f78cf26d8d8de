"""Every starter codebook loads, is sizeable, Dutch, defined, and starts a project."""

import pytest

from qdacoder.core import codes
from qdacoder.core.project import Project
from qdacoder.exchange import read_codebook
from qdacoder.resources import starter_codebooks
from qdacoder.exchange.starters import start_from_codebook, starter_titles

EXPECTED = {"perspektiev_uitstroom", "jeugdzorgplus_casustabellen", "ketenbreed_leren",
            "gooi_en_vechtstreek", "overijssel_afsluiten_trajecten"}


def test_the_five_studies_have_a_starter_codebook():
    assert set(starter_codebooks()) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_starter_codebook_loads_with_a_definition_for_every_code(name):
    book = read_codebook(starter_codebooks()[name])
    entries = list(book.walk())
    assert len(entries) >= 15 and book.name and book.description
    assert all(entry.description.strip() for _path, _depth, entry in entries)
    assert any(entry.default_valence for _path, _depth, entry in entries)
    assert max(depth for _path, depth, _entry in entries) >= 1


def test_a_project_starts_from_a_starter_codebook(tmp_path):
    with Project.create(tmp_path / "nieuw.qdacoder") as project:
        added = start_from_codebook(project, "jeugdzorgplus_casustabellen")
        assert added == len(read_codebook(starter_codebooks()["jeugdzorgplus_casustabellen"]))
        assert len(codes.list_codes(project)) == added
    assert starter_titles()["ketenbreed_leren"]
