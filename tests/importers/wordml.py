"""Word documents written part by part, as Word writes them: [Content_Types].xml, the
package and document relationships, word/document.xml and the related parts (footnotes,
endnotes, comments, numbering, styles, headers, footers), all as raw XML in a ZIP."""

import zipfile
from pathlib import Path

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# part name -> (relationship type, content type, root element)
DOCX_PARTS = {
    "footnotes": ("footnotes", f"{_CT}.footnotes+xml", "w:footnotes"),
    "endnotes": ("endnotes", f"{_CT}.endnotes+xml", "w:endnotes"),
    "comments": ("comments", f"{_CT}.comments+xml", "w:comments"),
    "numbering": ("numbering", f"{_CT}.numbering+xml", "w:numbering"),
    "styles": ("styles", f"{_CT}.styles+xml", "w:styles"),
}
# Word always writes these two notes first in footnotes.xml and endnotes.xml.
WORD_SEPARATORS = (
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:{kind}>"
)


def write_docx(path: Path, body: str, *, headers=(), footers=(), **parts: str) -> Path:
    """Write a .docx: ``body`` goes into w:body; each keyword (footnotes, endnotes, comments,
    numbering, styles) is the inner XML of that part, which gets its relationship and content
    type; ``headers`` and ``footers`` are inner XML of header/footer parts, referenced from
    the section properties as Word does."""
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>']
    relationships = []
    members = {}
    for number, (kind, inner) in enumerate(parts.items(), start=1):
        relation, content_type, root = DOCX_PARTS[kind]
        members[f"word/{kind}.xml"] = f"<{root} {W_NS}>{inner}</{root}>"
        overrides.append(f'<Override PartName="/word/{kind}.xml" ContentType="{content_type}"/>')
        relationships.append(
            f'<Relationship Id="rId{number}" Type="{_REL}/{relation}" Target="{kind}.xml"/>')
    references = []
    for kind, tag, inners in (("header", "w:hdr", headers), ("footer", "w:ftr", footers)):
        for number, inner in enumerate(inners, start=1):
            member = f"{kind}{number}.xml"
            members[f"word/{member}"] = f"<{tag} {W_NS}>{inner}</{tag}>"
            overrides.append(f'<Override PartName="/word/{member}" ContentType="{_CT}.{kind}+xml"/>')
            rid = f"rId{kind}{number}"
            relationships.append(f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{member}"/>')
            which = "default" if number == 1 else "first"
            references.append(f'<w:{kind}Reference w:type="{which}" r:id="{rid}"/>')
    members["word/document.xml"] = (
        f"<w:document {W_NS}><w:body>{body}<w:sectPr>{''.join(references)}"
        '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            f"{_DECLARATION}"
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'{"".join(overrides)}</Types>'))
        archive.writestr("_rels/.rels", (
            f"{_DECLARATION}"
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"))
        archive.writestr("word/_rels/document.xml.rels", (
            f"{_DECLARATION}"
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{"".join(relationships)}</Relationships>'))
        for member, xml in members.items():
            archive.writestr(member, _DECLARATION + xml)
    return path


def w_p(*runs: str, properties: str = "") -> str:
    """A w:p with ``properties`` (inner XML of w:pPr) and runs (plain strings become runs)."""
    inner = "".join(run if run.startswith("<") else w_r(run) for run in runs)
    return f"<w:p>{f'<w:pPr>{properties}</w:pPr>' if properties else ''}{inner}</w:p>"


def w_r(text: str, properties: str = "") -> str:
    """A run with ``text`` and ``properties`` (inner XML of w:rPr)."""
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def numbered(text: str, num_id: int, level: int = 0) -> str:
    """A list paragraph as Word writes it (style ListParagraph, w:numPr)."""
    return w_p(text, properties=f'<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/>'
                                f'<w:numId w:val="{num_id}"/></w:numPr>')
