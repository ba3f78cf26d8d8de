"""Finding the codings that overlap a stretch of text, fast.

The document view asks, whenever it scrolls, which codings touch the visible part of a text
that may be megabytes long and carry thousands of codings. Codings are put into fixed-size
buckets of text; a query looks only at the buckets it spans, so its cost follows what is
visible, not the size of the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Span)

BUCKET = 2048


class IntervalIndex(Generic[T]):
    def __init__(self, items: Iterable[T]) -> None:
        self._items: list[T] = list(items)
        self._buckets: dict[int, list[int]] = {}
        for index, item in enumerate(self._items):
            for bucket in range(item.start // BUCKET, (max(item.end, item.start + 1) - 1) // BUCKET + 1):
                self._buckets.setdefault(bucket, []).append(index)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items with ``item.start < end`` and ``item.end > start``, in the order given."""
        found: set[int] = set()
        for bucket in range(start // BUCKET, max(end - 1, start) // BUCKET + 1):
            for index in self._buckets.get(bucket, ()):
                item = self._items[index]
                if item.start < end and item.end > start:
                    found.add(index)
        return [self._items[i] for i in sorted(found)]

    def at(self, position: int) -> list[T]:
        """Items that contain ``position`` (start <= position < end), shortest first."""
        items = self.overlapping(position, position + 1)
        return sorted(items, key=lambda item: item.end - item.start)
