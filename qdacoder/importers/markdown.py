"""Markdown (.md): decoded like .txt, then turned into plain readable text.

Design rules (why): researchers code the words, not the markup, and speaker labels such as
``**I:**`` must look like ``I:`` for turn detection. The conversion is deliberately
conservative and line based, so a stray ``*`` or a ``snake_case`` word survives unchanged:

- headings: ``# Titel`` -> ``Titel`` on its own line (closing ``#`` removed too);
- emphasis: ``**x**``, ``__x__``, ``*x*``, ``_x_`` -> ``x`` (``_`` only at word edges);
- inline code `` `x` `` -> ``x``; links ``[tekst](url)`` and images ``![alt](url)`` -> the text;
- list markers ``*``/``+`` become ``- ``; numbered lists stay as written;
- block quotes lose ``>``; horizontal rules and setext underlines become blank lines;
- fenced code blocks lose their fences, their content is kept verbatim;
- table rows ``| a | b |`` -> ``a | b`` (as tables from Word), separator rows are dropped;
- backslash escapes (``\\*``) give the character itself.
HTML, footnotes and front matter are left as written.
"""

from __future__ import annotations

import re

from qdacoder.importers.cleanup import finish
from qdacoder.importers.model import Extracted, ReadOptions
from qdacoder.importers.text import decode_text

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:[-*_=][ \t]*){3,})$")
_QUOTE = re.compile(r"^(\s{0,3})>[ \t]?")
_BULLET = re.compile(r"^(\s*)[*+][ \t]+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_ESCAPABLE = "\\`*_{}[]()#+-.!>|~"
_ESCAPE = re.compile("\\\\([" + re.escape(_ESCAPABLE) + "])")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_EM_UNDERSCORE = re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])")
# Escaped characters are parked in the private use area so the emphasis rules cannot see them.
_PARK = 0xE000
_PARKED = re.compile("[" + "".join(chr(_PARK + ord(c)) for c in _ESCAPABLE) + "]")


def read_md(data: bytes, file: str, options: ReadOptions = ReadOptions()) -> Extracted:
    """Decode a Markdown file and return its plain text."""
    return Extracted(finish(markdown_to_text(decode_text(data, file)), file))


def markdown_to_text(markdown: str) -> str:
    """Plain readable text for ``markdown`` (see the module docstring for the rules)."""
    lines = []
    in_code = False
    for line in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        converted = line if in_code else _convert_line(line)
        if converted is not None:
            lines.append(converted)
    return "\n".join(lines)


def _convert_line(line: str) -> str | None:
    """The plain text of one line, or None when the line only held markup to drop."""
    line = _ESCAPE.sub(lambda m: chr(_PARK + ord(m.group(1))), line)
    if _RULE.match(line):
        return ""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1) or ""
    line = _QUOTE.sub(r"\1", line)
    line = _BULLET.sub(r"\1- ", line)
    if line.lstrip().startswith("|"):
        if _TABLE_SEPARATOR.match(line):
            return None
        line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    line = _IMAGE_OR_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    return _PARKED.sub(lambda m: chr(ord(m.group()) - _PARK), line)
