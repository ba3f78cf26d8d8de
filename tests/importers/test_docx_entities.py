"""A .docx with an entity the hardened parser does not resolve keeps the text after it (issue 21)."""

import io
import zipfile

from qdacoder.importers.docx import read_docx
from tests.importers.wordml import w_p, w_r, write_docx


def test_the_text_after_an_unresolved_entity_is_kept(tmp_path):
    path = write_docx(tmp_path / "verslag.docx", w_p(w_r("Gesprek met ENTITEIT over school en thuis.")))
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = members["word/document.xml"].decode("utf-8")
    prolog, rest = document.split("\n", 1)
    members["word/document.xml"] = (  # an internal DTD, as a hand-made or hostile file may carry
        prolog + '\n<!DOCTYPE w:document [<!ENTITY naam "Daan">]>\n'
        + rest.replace("ENTITEIT", "&naam;")).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    extracted = read_docx(buffer.getvalue(), "verslag.docx")
    assert extracted.text == "Gesprek met  over school en thuis."
