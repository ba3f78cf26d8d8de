"""A code made under a parent belongs to its family: a shade of the parent's colour and the
parent's default valence; imported codebooks keep what their file says."""

import colorsys

from qdacoder.core import codes, codings, documents


def hue(color: str) -> float:
    return colorsys.rgb_to_hls(*(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)))[0]


def lightness(color: str) -> float:
    return colorsys.rgb_to_hls(*(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)))[1]


def test_family_colour_keeps_the_hue_and_a_readable_lightness():
    for n in range(8):
        shade = codes.family_color("#c62828", n)
        assert abs(hue(shade) - hue("#c62828")) < 0.01
        assert 0.24 <= lightness(shade) <= 0.81
    assert codes.family_color("#c62828", 0) != codes.family_color("#c62828", 1)
    assert lightness(codes.family_color("#fafafa", 0)) <= 0.81  # a near-white parent still gives a shade


def test_child_properties_follow_the_parent(project):
    parent = codes.add_code(project, "Belemmerende factoren", color="#c62828", default_valence="hindering").result
    assert codes.child_properties(project, None) == {}
    first = codes.child_properties(project, parent)
    assert first["default_valence"] == "hindering" and abs(hue(first["color"]) - hue("#c62828")) < 0.01
    codes.add_code(project, "Wachtlijst", parent_id=parent, **first)
    assert codes.child_properties(project, parent)["color"] != first["color"]  # the next sibling, another shade


def test_coding_by_a_new_path_joins_the_family(project, coder, transcript_text):
    doc = documents.import_document(project, name="Interview", text=transcript_text).result
    codes.add_code(project, "Belemmerende factoren", color="#c62828", default_valence="hindering")
    coding_id = codings.add_coding_by_path(project, document_id=doc, path="Belemmerende factoren/Overgang/Verhuizing",
                                           start=0, end=9, coder_id=coder.id).result
    for path in ("Belemmerende factoren/Overgang", "Belemmerende factoren/Overgang/Verhuizing"):
        code = codes.find_code_by_path(project, path)
        assert code.default_valence == "hindering" and abs(hue(code.color) - hue("#c62828")) < 0.01
    [coding] = codings.document_codings(project, doc)
    assert coding.id == coding_id and coding.valence == "hindering"


def test_a_path_at_the_top_keeps_the_palette(project, coder, transcript_text):
    doc = documents.import_document(project, name="Interview", text=transcript_text).result
    codings.add_coding_by_path(project, document_id=doc, path="Steun", start=0, end=9, coder_id=coder.id)
    code = codes.find_code_by_path(project, "Steun")
    assert code.color in codes.PALETTE and code.default_valence is None
