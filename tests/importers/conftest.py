"""Fixtures for the importer tests: every input file is made inside the test (tmp_path)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QGuiApplication exists

import sys
import zipfile
from pathlib import Path

import pytest

try:  # until the project is installed or pytest gets a pythonpath setting
    import qdacoder  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">\n'
    f' <manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    "</manifest:manifest>\n"
)


def odt_content(body: str, prolog: str = "", automatic_styles: str = "") -> str:
    """A content.xml whose office:text holds ``body`` (ODF markup)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
        f'<office:document-content {ODT_NAMESPACES} office:version="1.2">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def odt_styles(styles: str = "", master_pages: str = "") -> str:
    """A styles.xml with common styles and master pages (headers and footers live there)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODT_NAMESPACES} office:version="1.2">'
        f"<office:styles>{styles}</office:styles>"
        f"<office:master-styles>{master_pages}</office:master-styles>"
        "</office:document-styles>"
    )


@pytest.fixture
def odt_xml():
    """``odt_content`` as a fixture, for tests that write their own content.xml."""
    return odt_content


@pytest.fixture
def make_odt(tmp_path):
    """Write a minimal valid .odt: mimetype first and stored, then manifest and content."""

    def make(body: str, name: str = "verslag.odt", *, content: str | None = None,
             manifest: str = ODT_MANIFEST, styles: str | None = None) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mimetype", ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
            archive.writestr("META-INF/manifest.xml", manifest)
            archive.writestr("content.xml", content if content is not None else odt_content(body))
            if styles is not None:
                archive.writestr("styles.xml", styles)
        return path

    return make


@pytest.fixture
def write(tmp_path):
    """Write bytes or text (UTF-8) to a file in tmp_path and return its path."""

    def make(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make

