"""The README tells the truth: its codebook example loads, and every command is documented."""

import re
from pathlib import Path

from qdacoder.cli import cli
from qdacoder.exchange import read_codebook

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_yaml_example_in_the_readme_is_a_valid_codebook(tmp_path):
    example = re.search(r"```yaml\n(.*?)```", README, re.S).group(1)
    path = tmp_path / "voorbeeld.yaml"
    path.write_text(example, encoding="utf-8")
    book = read_codebook(path)
    entry = book.codes[0].children[0]
    assert (book.name, entry.name, entry.default_valence) == (
        "Factoren bij uitstroom uit de jeugdzorg", "Vroegsignalering", "promoting")
    assert not book.codes[0].is_codable


def test_every_command_is_in_the_readme():
    for name, command in cli.commands.items():
        assert f"qdacoder {name}" in README, name
        for sub in getattr(command, "commands", {}):
            assert f"qdacoder {name} {sub}" in README, f"{name} {sub}"
