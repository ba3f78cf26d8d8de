"""The names filter of the word exports: no listed name leaves the project in a word list,
a keyword-in-context table or a word cloud.

Design rules (why):
- First the placeholders of ``core.quotes.Replacer`` (whole names, longest first); then any
  word of a listed name that is still there (a context cut off at "de Vries" of "Jan de
  Vries") is replaced by its name's placeholder, as a whole word and case-blind. Name
  particles ("van", "de") stay: they are ordinary words.
- Applied at the last moment, to every text cell, the title and the lines above the table,
  after all look-ups; the window shows the researcher's own text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qdacoder.analysis.word_tokens import PARTICLES, WORD
from qdacoder.core.project import Project
from qdacoder.core.quotes import Replacer, list_placeholders


def name_filter(project: Project) -> Callable[[str], str]:
    """A function that replaces the project's listed names in a text by their placeholders."""
    whole = Replacer(project)
    parts: dict[str, str] = {}
    for placeholder in sorted(list_placeholders(project), key=lambda p: -len(p.name)):
        for word in WORD.findall(placeholder.name):
            if word.casefold() not in PARTICLES:
                parts.setdefault(word.casefold(), placeholder.placeholder)
    if not parts:
        return whole
    pattern = re.compile(r"(?<![^\W_])(" + "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True))
                         + r")(?![^\W_])", re.IGNORECASE)

    def replace(text: str) -> str:
        if not text:
            return text
        return pattern.sub(lambda m: parts[m.group(1).casefold()], whole(text))

    return replace
