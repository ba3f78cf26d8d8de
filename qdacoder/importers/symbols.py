"""Characters of the Symbol and Wingdings fonts, as Unicode.

Word writes a character picked from a symbol font as ``<w:sym w:font="Symbol" w:char="F0AE"/>``
(and list bullets as such characters in the level's text): the code is a position in the
font, not a Unicode character, and without a mapping "32→128" became "32128". Codes come as
U+F020..U+F0FF (the private-use range Windows maps symbol fonts to) or as 0x20..0xFF.

The Symbol table follows Adobe's Symbol encoding (the characters Word's Symbol font shows);
the Wingdings table holds the characters documents really use: Word's bullet choices
(▪ ❖ ➢ ✔), boxes, check marks, arrows and faces. A code we do not know becomes U+FFFD, a
visible placeholder, rather than disappearing.
"""

from __future__ import annotations

UNKNOWN = "\ufffd"

_SYMBOL_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"  # 0x41..0x5A ("J" is ϑ, "V" is ς)
_SYMBOL_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"  # 0x61..0x7A ("j" is ϕ, "v" is ϖ)

SYMBOL: dict[int, str] = {
    **{code: chr(code) for code in range(0x20, 0x7F)},  # ASCII where not replaced below
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅",
    **{0x41 + i: c for i, c in enumerate(_SYMBOL_GREEK_UPPER)},
    0x5C: "∴", 0x5E: "⊥", 0x60: "‾",
    **{0x61 + i: c for i, c in enumerate(_SYMBOL_GREEK_LOWER)},
    0x7E: "∼",
    0xA0: "€", 0xA1: "ϒ", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA6: "ƒ", 0xA7: "♣",
    0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓",
    0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•",
    0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xBD: "⏐", 0xBE: "⎯", 0xBF: "↵",
    0xC0: "ℵ", 0xC1: "ℑ", 0xC2: "ℜ", 0xC3: "℘", 0xC4: "⊗", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩",
    0xC8: "∪", 0xC9: "⊃", 0xCA: "⊇", 0xCB: "⊄", 0xCC: "⊂", 0xCD: "⊆", 0xCE: "∈", 0xCF: "∉",
    0xD0: "∠", 0xD1: "∇", 0xD2: "®", 0xD3: "©", 0xD4: "™", 0xD5: "∏", 0xD6: "√", 0xD7: "⋅",
    0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒", 0xDF: "⇓",
    0xE0: "◊", 0xE1: "〈", 0xE2: "®", 0xE3: "©", 0xE4: "™", 0xE5: "∑", 0xE6: "⎛", 0xE7: "⎜",
    0xE8: "⎝", 0xE9: "⎡", 0xEA: "⎢", 0xEB: "⎣", 0xEC: "⎧", 0xED: "⎨", 0xEE: "⎩", 0xEF: "⎪",
    0xF1: "〉", 0xF2: "∫", 0xF3: "⌠", 0xF4: "⎮", 0xF5: "⌡", 0xF6: "⎞", 0xF7: "⎟", 0xF8: "⎠",
    0xF9: "⎤", 0xFA: "⎥", 0xFB: "⎦", 0xFC: "⎫", 0xFD: "⎬", 0xFE: "⎭",
}

WINGDINGS: dict[int, str] = {
    0x20: " ", 0x21: "✏", 0x22: "✂", 0x23: "✁", 0x28: "☎", 0x29: "✆", 0x2A: "✉", 0x36: "⌛",
    0x37: "⌨", 0x3E: "✇", 0x3F: "✍", 0x41: "✌", 0x45: "☜", 0x46: "☞", 0x47: "☝", 0x48: "☟",
    0x4A: "☺", 0x4B: "😐", 0x4C: "☹", 0x4D: "💣", 0x4E: "☠", 0x4F: "⚐", 0x51: "✈", 0x52: "☼",
    0x54: "❄", 0x56: "✞", 0x58: "✠", 0x59: "✡", 0x5A: "☪", 0x5B: "☯", 0x5C: "ॐ", 0x5D: "☸",
    0x5E: "♈", 0x5F: "♉", 0x60: "♊", 0x61: "♋", 0x62: "♌", 0x63: "♍", 0x64: "♎", 0x65: "♏",
    0x66: "♐", 0x67: "♑", 0x68: "♒", 0x69: "♓", 0x6A: "&", 0x6B: "&", 0x6C: "●", 0x6D: "❍",
    0x6E: "■", 0x6F: "□", 0x70: "◻", 0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫", 0x75: "◆",
    0x76: "❖", 0x77: "⬥", 0x78: "⌧", 0x79: "⍓", 0x7A: "⌘", 0x7B: "❀", 0x7C: "✿", 0x7D: "❝",
    0x7E: "❞", 0x80: "⓪", 0x81: "①", 0x82: "②", 0x83: "③", 0x84: "④", 0x85: "⑤", 0x86: "⑥",
    0x87: "⑦", 0x88: "⑧", 0x89: "⑨", 0x8A: "⑩", 0x8B: "⓿", 0x8C: "❶", 0x8D: "❷", 0x8E: "❸",
    0x8F: "❹", 0x90: "❺", 0x91: "❻", 0x92: "❼", 0x93: "❽", 0x94: "❾", 0x95: "❿", 0x9E: "·",
    0x9F: "•", 0xA0: "▪", 0xA1: "○", 0xA4: "◉", 0xA5: "◎", 0xA7: "▪", 0xA8: "◻", 0xAA: "✦",
    0xAB: "★", 0xAC: "✶", 0xAD: "✴", 0xAE: "✹", 0xAF: "✵", 0xB1: "⌖", 0xB2: "⟡", 0xB3: "⌑",
    0xB5: "✪", 0xB6: "✰", 0xD5: "⌫", 0xD6: "⌦", 0xD8: "➢", 0xDF: "←", 0xE0: "→", 0xE1: "↑",
    0xE2: "↓", 0xE3: "↖", 0xE4: "↗", 0xE5: "↙", 0xE6: "↘", 0xE8: "➔", 0xEF: "⇦", 0xF0: "⇨",
    0xF1: "⇧", 0xF2: "⇩", 0xF3: "⬄", 0xF4: "⇳", 0xFB: "✘", 0xFC: "✔", 0xFD: "☒", 0xFE: "☑",
}

_TABLES = {"symbol": SYMBOL, "wingdings": WINGDINGS}
# Fonts that put pictures, not letters, at their codes; a code from them we cannot map must
# not be shown as the letter with that code.
_PICTURE_FONTS = ("symbol", "wingdings", "webdings", "zapf", "dingbat", "marlett", "mt extra")


def is_symbol_font(font: str | None) -> bool:
    name = (font or "").strip().lower()
    return any(name.startswith(prefix) for prefix in _PICTURE_FONTS)


def symbol_char(font: str | None, code: int) -> str:
    """The Unicode text for position ``code`` (0x20..0xFF or U+F020..U+F0FF) of ``font``;
    ``UNKNOWN`` when we cannot tell. Codes outside the private-use range of a font that is no
    symbol font are real Unicode characters already."""
    name = (font or "").strip().lower()
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    table = _TABLES.get(name)
    if table is not None:
        return table.get(low, UNKNOWN)
    if is_symbol_font(name) or 0xF000 <= code <= 0xF8FF:
        return UNKNOWN
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return UNKNOWN


def symbol_text(font: str | None, text: str) -> str:
    """``text`` written in ``font``, as Unicode: in Symbol or Wingdings every character is a
    position in the font ("a" in Symbol is α); elsewhere only private-use characters are."""
    if is_symbol_font(font):
        return "".join(symbol_char(font, ord(c)) if 0x20 <= ord(c) <= 0xFF or 0xF000 <= ord(c) <= 0xF0FF
                       else c for c in text)
    return text
