"""List numbers and bullets of Word paragraphs ("1)", "a.", "•"), from ``word/numbering.xml``.

Word does not store the number of a list item; it counts while it lays out the document, so we
count too, in document order:
- A paragraph is a list item through ``w:numPr`` (``w:numId`` + ``w:ilvl``) in its own
  properties or in its paragraph style (headings linked to a multilevel list); ``numId`` 0
  switches a style's numbering off.
- ``w:num`` points to an ``w:abstractNum`` that defines up to nine levels: start value,
  format (decimal, letters, roman numerals, bullet, none), the label text with placeholders
  ("%1.%2)") and the font of a bullet (Symbol, Wingdings: mapped by ``symbols``).
- Lists that share an abstract definition continue each other's numbers, as in Word; a
  ``w:num`` with a ``w:startOverride`` sets the count of that level anew where it is first
  used (LibreOffice writes "restart at 7" as such a ``w:num`` for the one paragraph, and the
  next paragraph, back on the plain ``w:num``, says 8). A number at one level restarts the
  levels below it.
The label goes before the paragraph's text followed by one space (Word puts a tab there, or
nothing and a hanging indent; a space reads better in running text).
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from qdacoder.importers.symbols import symbol_text

_VAL = qn("w:val")
_LEVELS = 9


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str
    font: str | None


class Numbering:
    """Counts list items in document order and gives each its label."""

    def __init__(self, numbering_root, styles_root) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._links: dict[str, str] = {}  # abstractNum id -> numbering style it follows
        self._nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self._style_numbers: dict[str, tuple[str | None, int | None]] = {}
        self._counters: dict[str, dict[int, int]] = {}  # per abstract definition
        self._pending: dict[str, dict[int, int]] = {}
        if styles_root is not None:
            self._read_styles(styles_root)
        if numbering_root is not None:
            self._read_numbering(numbering_root)

    def label(self, paragraph) -> str:
        """The number or bullet of ``paragraph`` with its separator ("" for no list item);
        every call for a list item advances the count, so call it once per paragraph."""
        num_id, level = self._number_of(paragraph)
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, own_levels, starts = self._nums[num_id]
        levels = {**self._levels_of(abstract_id), **own_levels}
        if level not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        pending = self._pending.setdefault(num_id, dict(starts))  # overrides not yet applied
        if level in pending:
            counters[level] = pending.pop(level)
        elif level in counters:
            counters[level] += 1
        else:
            counters[level] = levels[level].start
        for deeper in [n for n in counters if n > level]:
            del counters[deeper]
        definition = levels[level]
        if definition.format == "bullet":
            text = symbol_text(definition.font, definition.text)
        else:
            text = definition.text
            for n in range(_LEVELS, 0, -1):  # %10 does not exist; high first keeps %1 apart
                if f"%{n}" in text:
                    upper = levels.get(n - 1)
                    value = counters.get(n - 1, upper.start if upper else 1)
                    text = text.replace(f"%{n}", formatted(value, upper.format if upper else "decimal"))
        text = text.strip()
        return text + " " if text else ""

    # -- reading the definitions -------------------------------------------------------------
    def _number_of(self, paragraph) -> tuple[str | None, int]:
        num_id = level = None
        properties = paragraph.find(qn("w:pPr"))
        if properties is not None:
            number = properties.find(qn("w:numPr"))
            if number is not None:
                num_id, level = _numpr(number)
            if num_id is None:
                style = properties.find(qn("w:pStyle"))
                if style is not None:
                    style_num, style_level = self._style_numbers.get(style.get(_VAL), (None, None))
                    num_id = style_num
                    level = level if level is not None else style_level
        return num_id, level or 0

    def _read_styles(self, root) -> None:
        own: dict[str, tuple[str | None, int | None]] = {}
        based_on: dict[str, str] = {}
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if not style_id:
                continue
            number = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if number is not None:
                own[style_id] = _numpr(number)
            parent = style.find(qn("w:basedOn"))
            if parent is not None and parent.get(_VAL):
                based_on[style_id] = parent.get(_VAL)
        for style_id in set(own) | set(based_on):
            # numId and ilvl are inherited separately: "Heading 2" often names only its level
            num_id = level = None
            current, seen = style_id, set()
            while current and current not in seen:
                seen.add(current)
                own_num, own_level = own.get(current, (None, None))
                num_id = num_id if num_id is not None else own_num
                level = level if level is not None else own_level
                current = based_on.get(current)
            if num_id is not None:
                self._style_numbers[style_id] = (num_id, level)

    def _read_numbering(self, root) -> None:
        for abstract in root.iter(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"))
            self._abstract[abstract_id] = {
                level: definition for level, definition in map(_level, abstract.iter(qn("w:lvl")))
            }
            link = abstract.find(qn("w:numStyleLink"))
            if link is not None and link.get(_VAL):
                self._links[abstract_id] = link.get(_VAL)
        for num in root.iter(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            if abstract is None:
                continue
            levels: dict[int, _Level] = {}
            starts: dict[int, int] = {}
            for override in num.iter(qn("w:lvlOverride")):
                level = _int(override.get(qn("w:ilvl")), 0)
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    starts[level] = _int(start.get(_VAL), 0)
                definition = override.find(qn("w:lvl"))
                if definition is not None:
                    levels[level] = _level(definition)[1]
            self._nums[num.get(qn("w:numId"))] = (abstract.get(_VAL), levels, starts)

    def _levels_of(self, abstract_id: str) -> dict[int, _Level]:
        """The levels of an abstract definition, following a link to a numbering style."""
        style = self._links.get(abstract_id)
        if style:
            num_id, _level_number = self._style_numbers.get(style, (None, None))
            if num_id in self._nums and self._nums[num_id][0] != abstract_id:
                return self._abstract.get(self._nums[num_id][0], {})
        return self._abstract.get(abstract_id, {})


def _numpr(number) -> tuple[str | None, int | None]:
    num_id = number.find(qn("w:numId"))
    level = number.find(qn("w:ilvl"))
    return (num_id.get(_VAL) if num_id is not None else None,
            _int(level.get(_VAL), 0) if level is not None else None)


def _level(element) -> tuple[int, _Level]:
    def value(tag: str, default: str | None) -> str | None:
        child = element.find(qn(tag))
        return child.get(_VAL, default) if child is not None else default

    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    font = None if fonts is None else fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
    # the spec's default start is 0; every producer we know writes it
    return _int(element.get(qn("w:ilvl")), 0), _Level(
        start=_int(value("w:start", "0"), 0), format=value("w:numFmt", "decimal") or "decimal",
        text=value("w:lvlText", "") or "", font=font)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def formatted(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = _letters(value)
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if number_format == "lowerRoman" else roman
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format == "none":
        return ""
    return str(value)  # decimal, and formats we do not spell out (ordinal, Asian counting)


def _letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    parts = []
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                            (4, "IV"), (1, "I")):
        count, value = divmod(value, number)
        parts.append(letters * count)
    return "".join(parts)
