"""Facts REFI-QDA has no field for, carried in a Description as labelled paragraphs.

Design rules (why):
- One convention for the codebook (.qdc: criteria, example, default valence of a code) and the
  project (.qdpx: memo, valence, star and confidential mark of a coding; kind of a document; the values of a
  category attribute): the free text first, then each fact as a paragraph "Label: value",
  separated by blank lines, labels always in English and always in the same order. Other tools
  show them as part of the text; qdacoder takes them back into their fields, whichever tool
  wrote the file.
- Reading is conservative: a paragraph counts as a label only at the start or after a blank
  line, labels are taken from the end backwards and must keep the written order, and a label
  with a ``parse`` function counts only when its whole value parses. Everything else stays in
  the free text, so a description without labels comes back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Label:
    field: str  # the attribute or key it fills
    label: str  # as written in the file, before ": "
    # The value from its text; raises KeyError or ValueError (or returns None) when the
    # paragraph is not really this label. None: any text.
    parse: Callable[[str], Any] | None = None
    # The text of a value; None: str(value).
    show: Callable[[Any], str] | None = None


def split_labelled(text: str, labels: Sequence[Label], head: str) -> dict[str, Any]:
    """The labelled paragraphs of ``text`` by field, and the text before them as ``head``.

    The one ambiguity: a free text with a paragraph of its own that starts with one of the
    labels may be split there."""
    if not text:  # most descriptions (of the codings of other tools, for one) are empty
        return {head: ""}
    markers = []  # (start, order, value start)
    for order, label in enumerate(labels):
        prefix = label.label + ": "
        if text.startswith(prefix):
            markers.append((0, order, len(prefix)))
        start = text.find("\n\n" + prefix)
        while start != -1:
            markers.append((start, order, start + 2 + len(prefix)))
            start = text.find("\n\n" + prefix, start + 1)
    result: dict[str, Any] = {}
    end = len(text)
    last_order = len(labels)
    for start, order, value_start in sorted(markers, reverse=True):
        if start >= end or order >= last_order:
            continue
        label = labels[order]
        value: Any = text[value_start:end]
        if label.parse is not None:
            try:
                value = label.parse(value)
            except (KeyError, ValueError):
                continue
            if value is None:
                continue
        result[label.field] = value
        end, last_order = start, order
    result[head] = text[:end]
    return result


def join_labelled(head: str, labels: Sequence[Label], values: dict[str, Any]) -> str:
    """``head`` and the non-empty ``values`` as labelled paragraphs, in the labels' order."""
    parts = [head] if head else []
    for label in labels:
        value = values.get(label.field)
        if value not in (None, "", False):
            parts.append(f"{label.label}: {label.show(value) if label.show else value}")
    return "\n\n".join(parts)
