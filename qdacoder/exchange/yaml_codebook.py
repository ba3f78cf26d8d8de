"""qdacoder's own codebook format: YAML, written by hand or exported (README "Codebook files").

Design rules (why):
- The file is *composed* (``yaml.compose`` with the SafeLoader), not loaded: the node tree
  keeps the line of every key and value, so every mistake is reported with its line. Nothing
  is ever constructed from tags, so a file cannot make Python objects.
- Text fields take the scalar as written (``node.value``), not YAML's guess at its type: a
  code named ``Nee``, ``2024`` or ``12:30`` stays that text instead of becoming a boolean or a
  number. Only ``~``/``null``/empty mean "no value".
- Strict where typos hide: unknown keys ("colour") and keys given twice are refused with the
  list of known keys; ``color: #2e7d32`` without quotes (YAML reads a comment, so the colour
  would silently vanish) is refused with the fix. Anchors and aliases (``&``/``*``) are
  refused: codebooks do not need them, and a small file of nested aliases could expand to
  millions of codes.
- The top level is a mapping (``codebook``, ``description``, ``codes``) or, for quick
  hand-written files, just the list of codes. ``category: true`` makes a code a category
  (``is_codable`` False).
- The writer emits only non-empty keys, in the README's order, with multi-line texts as
  literal blocks (``|``) and nested lists indented, so an exported file looks like one written
  by hand. ``read(write(codebook)) == codebook`` for every valid codebook; PyYAML quotes any
  text that would otherwise read back as something else.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from qdacoder.core.codebook import Codebook, CodebookEntry
from qdacoder.core.errors import QT_TRANSLATE_NOOP
from qdacoder.exchange.errors import UNKNOWN_ENCODING, CodebookFileError
from qdacoder.exchange.validate import MAX_CODE_DEPTH, EntryPlaces, Place, check_codebook, parse_flag

TOP_KEYS = ("codebook", "description", "codes")
CODE_KEYS = (
    "name", "category", "color", "valence", "description", "inclusion", "exclusion",
    "example", "guid", "codes",
)
_TEXT_FIELDS = {"description": "description", "inclusion": "inclusion",
                "exclusion": "exclusion", "example": "example"}

SYNTAX = QT_TRANSLATE_NOOP("qdacoder", "{file}, line {line}: this is not valid YAML ({reason}).")
NOTHING = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}: the file holds no codebook (it is empty or has only comments)."
)
NOT_A_CODEBOOK = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: this is not a codebook; the file should start with “codebook:”, "
    "“description:” and “codes:”, or be a list of codes (“- name: ...”).",
)
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: unknown key “{key}”; known keys: {known}."
)
DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the key “{key}” appears twice (also at line {other})."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the value of “{key}” must be text, not a list or mapping."
)
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: “codes” must be a list of codes, each starting with “- name:”.",
)
NOT_A_CODE = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: expected a code here: a mapping with at least “name:”, such as "
    "“- name: Wachtlijsten”.",
)
NO_NAME = QT_TRANSLATE_NOOP("qdacoder", "{file}, line {line}: this code has no “name”.")
ALIAS = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: anchors and aliases (& and *) are not supported in codebook files; "
    "write the code out in full.",
)
NOT_A_CHARACTER = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: the value of “{key}” holds an escape such as \\ud800 that is not a "
    "character (half of a pair); write the character itself.",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "qdacoder", "{file}, line {line}: the codes are nested more than {limit} levels deep.",
)
UNQUOTED_COLOR = QT_TRANSLATE_NOOP(
    "qdacoder",
    "{file}, line {line}: put the colour in quotes, like color: \"#2e7d32\"; without quotes "
    "YAML reads everything after # as a comment.",
)

_NULL = "tag:yaml.org,2002:null"
_COMMENTED_COLOR = re.compile(r"#\s?[0-9a-fA-F]{6}\b")


# --- reading ---------------------------------------------------------------------------------
def read_yaml(data: bytes, file: str) -> Codebook:
    text = _decode(data, file)
    try:
        depth = 0
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):  # refused before anything is built
                raise CodebookFileError(ALIAS, file=file, line=event.start_mark.line + 1)
            # composing nests one Python call per level: a file nested thousands deep would
            # end in a RecursionError, so the depth is counted here first
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > 2 * MAX_CODE_DEPTH + 2:  # a code takes two levels: list and mapping
                    raise CodebookFileError(TOO_DEEP, file=file, line=event.start_mark.line + 1,
                                            limit=MAX_CODE_DEPTH)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise CodebookFileError(SYNTAX, file=file, line=line,
                                reason=error.problem or error.context or "?") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        line = text.count("\n", 0, error.position) + 1
        raise CodebookFileError(SYNTAX, file=file, line=line, reason=error.reason) from None
    except yaml.YAMLError as error:
        raise CodebookFileError(SYNTAX, file=file, line=1, reason=str(error)) from None
    if root is None:
        raise CodebookFileError(NOTHING, file=file)
    return _Reader(file, text.splitlines()).codebook(root)


def _decode(data: bytes, file: str) -> str:
    """UTF-8 (with or without BOM) as YAML requires; cp1252 for files saved by old Windows
    editors, because refusing a file over its encoding helps nobody."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise CodebookFileError(UNKNOWN_ENCODING, file=file) from None


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Reader:
    def __init__(self, file: str, lines: list[str]) -> None:
        self.file = file
        self.lines = lines
        self.places: dict[int, EntryPlaces] = {}

    def fail(self, template: str, node: Node, **params: object):
        raise CodebookFileError(template, file=self.file, line=_line(node), **params)

    def codebook(self, root: Node) -> Codebook:
        result = Codebook()
        if isinstance(root, SequenceNode):
            result.codes = self.codes(root)
        elif isinstance(root, MappingNode):
            for key, key_node, value in self.items(root, TOP_KEYS):
                if key == "codebook":
                    result.name = self.text(key, value)
                elif key == "description":
                    result.description = self.text(key, value)
                else:
                    result.codes = self.codes(value)
        else:
            self.fail(NOT_A_CODEBOOK, root)
        return check_codebook(result, self.file, self.places)

    def items(self, node: MappingNode, known: tuple[str, ...]):
        """(key, key node, value node) of a mapping, refusing unknown and repeated keys."""
        found: dict[str, int] = {}
        for key_node, value in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else "?"
            if key not in known:
                self.fail(UNKNOWN_KEY, key_node, key=key, known=", ".join(known))
            if key in found:
                self.fail(DUPLICATE_KEY, key_node, key=key, other=found[key])
            found[key] = _line(key_node)
            yield key, key_node, value

    def text(self, key: str, node: Node) -> str:
        if not isinstance(node, ScalarNode):
            self.fail(NOT_TEXT, node, key=key)
        if any("\ud800" <= character <= "\udfff" for character in node.value):
            # YAML's "\ud800" escape gives a lone surrogate, which no file or database can hold
            self.fail(NOT_A_CHARACTER, node, key=key)
        return "" if node.tag == _NULL else node.value

    def codes(self, node: Node) -> list[CodebookEntry]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []  # "codes:" with nothing after it
        if not isinstance(node, SequenceNode):
            self.fail(NOT_A_LIST, node)
        return [self.code(item) for item in node.value]

    def code(self, node: Node) -> CodebookEntry:
        if not isinstance(node, MappingNode):
            self.fail(NOT_A_CODE, node)
        entry = CodebookEntry(name="")
        where = EntryPlaces(Place(line=_line(node)))
        has_name = False
        for key, key_node, value in self.items(node, CODE_KEYS):
            place = Place(line=_line(value))
            where.fields[key] = place
            if key == "name":
                entry.name, has_name = self.text(key, value), True
            elif key in _TEXT_FIELDS:
                setattr(entry, _TEXT_FIELDS[key], self.text(key, value))
            elif key == "category":
                # YAML's own true/false/yes/no/on/off and ja/nee/1/0 all mean what they say
                entry.is_codable = not parse_flag(self.text(key, value), self.file, place)
            elif key == "color":
                entry.color = self.text(key, value) or None
                if entry.color is None:
                    self.check_commented_color(key_node)
            elif key == "valence":
                entry.default_valence = self.text(key, value) or None
            elif key == "guid":
                entry.guid = self.text(key, value) or None
            else:
                entry.children = self.codes(value)
        if not has_name:
            self.fail(NO_NAME, node)
        self.places[id(entry)] = where
        return entry

    def check_commented_color(self, key_node: Node) -> None:
        """``color: #2e7d32`` reads as an empty colour plus a comment: say so instead."""
        mark = key_node.end_mark
        if mark.line < len(self.lines):
            rest = self.lines[mark.line][mark.column:]
            if _COMMENTED_COLOR.search(rest):
                self.fail(UNQUOTED_COLOR, key_node)


# --- writing ---------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    """Indents lists under their key (as in the README) and writes multi-line text as ``|``
    blocks; PyYAML falls back to quotes when a text cannot be a block (e.g. trailing spaces)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, text: str):
    if "\x85" in text:
        style = '"'  # NEL: PyYAML writes it raw elsewhere and reads it back as a line break
    else:
        style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)

HEADER = "# qdacoder codebook (YAML); the format is described in qdacoder's README.\n"


def write_yaml(codebook: Codebook) -> bytes:
    data: dict[str, object] = {}
    if codebook.name:
        data["codebook"] = codebook.name
    if codebook.description:
        data["description"] = codebook.description
    data["codes"] = [_code(entry) for entry in codebook.codes]
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return (HEADER + text).encode("utf-8")


def _code(entry: CodebookEntry) -> dict[str, object]:
    code: dict[str, object] = {"name": entry.name}
    if not entry.is_codable:
        code["category"] = True
    if entry.color:
        code["color"] = entry.color.lower()
    if entry.default_valence:
        code["valence"] = entry.default_valence
    for key in ("description", "inclusion", "exclusion", "example"):
        if getattr(entry, key):
            code[key] = getattr(entry, key)
    if entry.guid:
        code["guid"] = entry.guid
    if entry.children:
        code["codes"] = [_code(child) for child in entry.children]
    return code
