"""qdacoder's YAML codebooks: the README example, round trips, and every mistake with its line."""

import textwrap

import pytest
import yaml

from qdacoder.core.codebook import HINDERING, PROMOTING, Codebook, CodebookEntry
from qdacoder.exchange import CodebookFileError, read_codebook, write_codebook
from qdacoder.exchange.validate import problems
from tests.exchange.test_validate import dutch_codebook

README_EXAMPLE = """\
codebook: Factoren bij uitstroom uit de jeugdzorg   # the codebook's name
description: Codeboom van de studie, aangepast in 2024.
codes:
  - name: Bevorderende factoren
    category: true          # groups codes; not applied itself
    color: "#2e7d32"
    codes:                  # child codes, to any depth
      - name: Vroegsignalering
        description: Problemen worden vroeg gezien en besproken.   # the definition
        inclusion: Signalen van school, huisarts of wijkteam die tijdig worden opgepakt.
        exclusion: Signalen die pas na een crisis worden opgemerkt.
        example: "De juf zag het meteen en belde mijn moeder."
        valence: promoting  # default valence of new codings: promoting / hindering
                            # (bevorderend / belemmerend are accepted too)
        guid: 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c  # optional; kept when exchanging with other tools
"""


@pytest.fixture
def write(tmp_path):
    def write(text: str, name: str = "codeboom.yaml", encoding: str = "utf-8"):
        path = tmp_path / name
        path.write_bytes(textwrap.dedent(text).encode(encoding))
        return path

    return write


def error_of(path) -> str:
    with pytest.raises(CodebookFileError) as caught:
        read_codebook(path)
    return str(caught.value)


def test_the_readme_example(write):
    codebook = read_codebook(write(README_EXAMPLE))
    assert codebook == Codebook(
        name="Factoren bij uitstroom uit de jeugdzorg",
        description="Codeboom van de studie, aangepast in 2024.",
        codes=[CodebookEntry(
            name="Bevorderende factoren", is_codable=False, color="#2e7d32",
            children=[CodebookEntry(
                name="Vroegsignalering",
                description="Problemen worden vroeg gezien en besproken.",
                inclusion="Signalen van school, huisarts of wijkteam die tijdig worden opgepakt.",
                exclusion="Signalen die pas na een crisis worden opgemerkt.",
                example="De juf zag het meteen en belde mijn moeder.",
                default_valence=PROMOTING, guid="6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c",
            )],
        )],
    )


def test_round_trip(tmp_path):
    path = tmp_path / "uit.yaml"
    write_codebook(dutch_codebook(), path)
    assert read_codebook(path) == dutch_codebook()


def test_written_file_looks_hand_written(tmp_path):
    path = tmp_path / "uit.yaml"
    write_codebook(dutch_codebook(), path)
    text = path.read_text(encoding="utf-8")
    assert "één plan" in text and "\\u" not in text  # allow_unicode
    assert text.splitlines()[1] == "codebook: Factoren bij uitstroom uit de jeugdzorg"
    assert "\n  - name: Bevorderende factoren\n    category: true\n    color: '#2e7d32'\n" in text
    assert "    description: |-\n" in text  # multi-line text as a block
    # only non-empty keys, in the README's order
    first = yaml.safe_load(text)["codes"][0]["codes"][0]
    assert list(first) == ["name", "color", "valence", "description", "inclusion", "exclusion",
                           "example", "guid"]
    assert "is_codable" not in text and "category: false" not in text


TRICKY_TEXTS = [
    "Ja", "Nee", "No", "yes", "on", "null", "~", "123", "0x1F", "1.5e3", "12:30", "2024-05-01",
    "#hashtag", "- opsomming", "? vraag", ": dubbele punt", "a: b", "a #b", "'enkel'", '"dubbel"',
    "[lijst]", "{map}", "&anker", "*alias", "!tag", "%procent", "@apenstaart", "`backtick`",
    "café, geëvalueerd, één, naïef – “Nederlandse” ‘quotes’ — €",
    "regel 1\nregel 2", "met witregel\n\nna de witregel", "eindigt met newline\n",
    "twee newlines aan het eind\n\n", "\nbegint met newline", "  begint met spaties",
    "eindigt met spaties  ", "regel  \nmet spaties aan het eind", "tab\tin tekst",
    "\tbegint met tab", "windows\r\nregel", "lang " * 60, "😀 emoji", "zero\u200bwidth",
    "   ", "\u00a0harde spatie", "next line\x85NEL", "\x85\n", "lijn\u2028scheiding",
    "\ufeffBOM in tekst", "oude mac\rregel",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_round_trip_of_tricky_texts(tmp_path, text):
    entry = CodebookEntry(name="Code", description=text, inclusion=text, exclusion=text,
                          example=text)
    original = Codebook(name=text.strip() and "Codeboek: " + text, description=text,
                        codes=[entry])
    path = tmp_path / "lastig.yaml"
    write_codebook(original, path)
    assert read_codebook(path) == original


@pytest.mark.parametrize("name", ["Ja", "No", "null", "123", "12:30", "#1", "a: b", "'x'",
                                  "Eigen regie: één plan", "- x", "true"])
def test_round_trip_of_tricky_names(tmp_path, name):
    original = Codebook(codes=[CodebookEntry(name=name, children=[CodebookEntry(name=name)])])
    path = tmp_path / "namen.yaml"
    write_codebook(original, path)
    assert read_codebook(path) == original


def test_plain_scalars_are_taken_as_written(write):
    codebook = read_codebook(write("""\
        codes:
          - name: Nee
          - name: 2024
            description: 12:30
          - name: On
            category: ja
          - name: Gewoon
            category: nee
            description:
            valence: Belemmerend
    """))
    names = [(e.name, e.description, e.is_codable, e.default_valence) for e in codebook.codes]
    assert names == [("Nee", "", True, None), ("2024", "12:30", True, None),
                     ("On", "", False, None), ("Gewoon", "", True, HINDERING)]


def test_a_bare_list_is_the_codes(write):
    codebook = read_codebook(write("""\
        - name: Steun van school
          valence: +
        - name: Wachtlijsten
          valence: "-"
          codes:
            - name: Jeugd-ggz
    """))
    assert codebook.name == ""
    assert [(p, e.default_valence) for p, _, e in codebook.walk()] == [
        ("Steun van school", PROMOTING), ("Wachtlijsten", HINDERING),
        ("Wachtlijsten/Jeugd-ggz", None)]


def test_empty_codes_and_names_are_normalised(write):
    codebook = read_codebook(write("""\
        codebook: Leeg
        codes:
          - name: "  Steun   van  school "
            codes:
    """))
    assert codebook.codes == [CodebookEntry(name="Steun van school")]


def test_cp1252_and_bom(write):
    text = "codes:\n  - name: Geëvalueerd café\n"
    assert read_codebook(write(text, "oud.yaml", "cp1252")).codes[0].name == "Geëvalueerd café"
    assert read_codebook(write(text, "bom.yaml", "utf-8-sig")).codes[0].name == "Geëvalueerd café"


# --- mistakes, each with its line ------------------------------------------------------------
ERRORS = {
    "syntax": ("codes:\n  - name: a\n   description: [niet dicht\n",
               r"^fout\.yaml, line 3: this is not valid YAML \("),
    "tab": ("codes:\n\t- name: a\n", r"^fout\.yaml, line 2: this is not valid YAML"),
    "unknown key": ("codes:\n  - name: a\n    colour: '#ffffff'\n",
                    r"^fout\.yaml, line 3: unknown key “colour”; known keys: name, category, "
                    r"color, valence, description, inclusion, exclusion, example, guid, codes\.$"),
    "unknown top key": ("codebook: x\ncode:\n  - name: a\n",
                        r"^fout\.yaml, line 2: unknown key “code”; known keys: codebook, "
                        r"description, codes\.$"),
    "duplicate key": ("codes:\n  - name: a\n    color: '#ffffff'\n    color: '#000000'\n",
                      r"^fout\.yaml, line 4: the key “color” appears twice \(also at line 3\)\.$"),
    "bad colour": ("codes:\n  - name: a\n\n    color: groen\n",
                   r"^fout\.yaml, line 4: “groen” is not a colour; use #rrggbb\.$"),
    "short colour": ("codes:\n  - name: a\n    color: '#2e7'\n",
                     r"^fout\.yaml, line 3: “#2e7” is not a colour"),
    "unquoted colour": ("codes:\n  - name: a\n    color: #2e7d32\n",
                        r"^fout\.yaml, line 3: put the colour in quotes, like color: \"#2e7d32\""),
    "bad valence": ("codes:\n  - name: a\n    valence: neutraal\n",
                    r"^fout\.yaml, line 3: “neutraal” is not a valence; use one of: promoting, "
                    r"bevorderend, .*hindering, belemmerend"),
    "duplicate sibling": ("codes:\n  - name: Wachtlijsten\n  - name: Steun\n  - name: wachtlijsten\n",
                          r"^fout\.yaml, line 4: the code “wachtlijsten” appears twice \(also at "
                          r"line 2\)"),
    "duplicate deep": ("codes:\n  - name: A\n    codes:\n      - name: B\n      - name: B\n",
                       r"^fout\.yaml, line 5: the code “A/B” appears twice \(also at line 4\)"),
    "slash": ("codes:\n  - name: Ouders/verzorgers\n",
              r"^fout\.yaml, line 2: the name “Ouders/verzorgers” contains “/”"),
    "empty name": ("codes:\n  - name: a\n  - name: ''\n",
                   r"^fout\.yaml, line 3: a code has no name\.$"),
    "null name": ("codes:\n  - name:\n", r"^fout\.yaml, line 2: a code has no name\.$"),
    "no name": ("codes:\n  - name: a\n  - description: zonder naam\n",
                r"^fout\.yaml, line 3: this code has no “name”\.$"),
    "long name": ("codes:\n  - name: " + "x" * 201 + "\n",
                  r"^fout\.yaml, line 2: the name “x+” is longer than 200 characters\.$"),
    "bad guid": ("codes:\n  - name: a\n    guid: 6f1c...\n",
                 r"^fout\.yaml, line 3: “6f1c\.\.\.” is not a GUID"),
    "duplicate guid": ("codes:\n  - name: a\n    guid: 6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c\n"
                       "  - name: b\n    guid: '{6F1C2A3B-0D4E-4F5A-8B6C-7D8E9F0A1B2C}'\n",
                       r"^fout\.yaml, line 5: the GUID “\{6F1C.*” is used twice \(also at line 3\)"),
    "bad category": ("codes:\n  - name: a\n    category: soms\n",
                     r"^fout\.yaml, line 3: “soms” is not yes or no; write true or false\.$"),
    "codes not a list": ("codes:\n  name: a\n",
                         r"^fout\.yaml, line 2: “codes” must be a list of codes"),
    "code not a mapping": ("codes:\n  - Wachtlijsten\n",
                           r"^fout\.yaml, line 2: expected a code here"),
    "text is a list": ("codes:\n  - name: a\n    description:\n      - een\n      - twee\n",
                       r"^fout\.yaml, line 4: the value of “description” must be text"),
    "alias": ("codes:\n  - &a\n    name: a\n  - *a\n",
              r"^fout\.yaml, line 4: anchors and aliases \(& and \*\) are not supported"),
    "merge key": ("codes:\n  - &a\n    name: a\n  - <<: *a\n    name: b\n",
                  r"^fout\.yaml, line 4: anchors and aliases"),
    "top is text": ("Dit is geen codeboek.\n", r"^fout\.yaml, line 1: this is not a codebook"),
    "only comments": ("# nog leeg\n", r"^fout\.yaml: the file holds no codebook"),
    "control character": ("codes:\n  - name: a\x07b\n",
                          r"^fout\.yaml, line 2: this is not valid YAML"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_mistakes_are_refused_with_the_line(write, case):
    text, pattern = ERRORS[case]
    path = write(text, "fout.yaml")
    with pytest.raises(CodebookFileError, match=pattern) as caught:
        read_codebook(path)
    assert caught.value.params["file"] == "fout.yaml"


def test_a_billion_laughs_of_aliases_is_refused_quickly(write):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    message = error_of(write("\n".join(lines) + "\ncodes: *a8\n", "bom.yaml"))
    assert message.startswith("bom.yaml, line 2: anchors and aliases")
    message = error_of(write("codes: &c\n  - name: a\n    codes: *c\n", "lus.yaml"))
    assert message.startswith("lus.yaml, line 3: anchors and aliases")


def test_no_objects_are_constructed(write, tmp_path):
    marker = tmp_path / "gehackt"
    path = write(f"codes:\n  - name: !!python/object/apply:pathlib.Path.touch [{marker}]\n")
    assert error_of(path).startswith("codeboom.yaml, line 2: the value of “name” must be text")
    path = write(f"codes:\n  - name: !!python/object/apply:os.system\n      - touch {marker}\n")
    assert error_of(path).startswith("codeboom.yaml, line 2: the value of “name” must be text")
    assert not marker.exists()


def test_every_result_passes_validation(write):
    assert problems(read_codebook(write(README_EXAMPLE))) == []
