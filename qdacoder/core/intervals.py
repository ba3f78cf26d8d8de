"""Finding the codings that overlap a stretch of text, fast.

The document view asks, whenever it scrolls, which codings touch the visible part of a text
that may be megabytes long and carry thousands of codings. Codings are put into fixed-size
buckets of text; a query looks only at the buckets it spans, so its cost follows what is
visible, not the size of the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Span)

BUCKET = 2048


class IntervalIndex(Generic[T]):
    """``key``: the order in which ``overlapping`` returns items (default: the order added)."""

    def __init__(self, items: Iterable[T], key: Callable[[T], Any] | None = None) -> None:
        self._items: list[T | None] = []  # None: a removed item's place
        self._places: dict[int, int] = {}  # id(item) -> its place in _items
        self._buckets: dict[int, list[int]] = {}
        self._key = key
        # as add() does, in one loop: a document may come with thousands of codings
        self._items.extend(items)
        buckets = self._buckets
        for place, item in enumerate(self._items):
            self._places[id(item)] = place
            for bucket in range(item.start // BUCKET, (max(item.end, item.start + 1) - 1) // BUCKET + 1):
                if bucket in buckets:
                    buckets[bucket].append(place)
                else:
                    buckets[bucket] = [place]

    def __len__(self) -> int:
        return len(self._places)

    def add(self, item: T) -> None:
        """Put ``item`` in: the cost follows the item's length, not how many there are."""
        place = len(self._items)
        self._items.append(item)
        self._places[id(item)] = place
        for bucket in _buckets_of(item):
            self._buckets.setdefault(bucket, []).append(place)

    def remove(self, item: T) -> None:
        """Take out ``item`` (the very object added)."""
        place = self._places.pop(id(item))
        self._items[place] = None
        for bucket in _buckets_of(item):
            self._buckets[bucket].remove(place)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items with ``item.start < end`` and ``item.end > start``, in the order of ``key``
        (or the order added)."""
        found: set[int] = set()
        for bucket in range(start // BUCKET, max(end - 1, start) // BUCKET + 1):
            for index in self._buckets.get(bucket, ()):
                item = self._items[index]
                if item.start < end and item.end > start:
                    found.add(index)
        items = [self._items[i] for i in sorted(found)]
        return items if self._key is None else sorted(items, key=self._key)

    def at(self, position: int) -> list[T]:
        """Items that contain ``position`` (start <= position < end), shortest first."""
        items = self.overlapping(position, position + 1)
        return sorted(items, key=lambda item: item.end - item.start)


def _buckets_of(item: Span) -> range:
    return range(item.start // BUCKET, (max(item.end, item.start + 1) - 1) // BUCKET + 1)


def segments(codings: Sequence[T], lo: int, hi: int) -> list[tuple[int, int, list[T]]]:
    """Cut lo..hi at every coding boundary; return (start, end, covering codings, innermost
    first) for each piece covered by at least one coding. A sweep: cost ~ pieces x depth."""
    events = sorted(
        [(max(c.start, lo), 1, i) for i, c in enumerate(codings)]
        + [(min(c.end, hi), 0, i) for i, c in enumerate(codings)]
    )
    active: dict[int, T] = {}
    result = []
    previous = lo
    for position, starts, i in events:
        if position > previous and active:
            covering = sorted(active.values(), key=lambda c: c.end - c.start)
            result.append((previous, position, covering))
        previous = max(previous, position)
        if starts:
            active[i] = codings[i]
        else:
            active.pop(i, None)
    return result


def max_depth(codings: Sequence[T]) -> int:
    """The most codings covering any one character. Sorting plain ints keeps this a few
    milliseconds for thousands of codings; it runs on every set_highlights."""
    starts = sorted(c.start for c in codings)
    ends = sorted(c.end for c in codings)
    # when the i-th start opens, i + 1 codings have opened and those ending at or before it closed
    return max((i + 1 - bisect_right(ends, start) for i, start in enumerate(starts)), default=0)


def overlap_groups(items: Sequence[T], linked) -> list[list[T]]:
    """Connected groups of ``items`` (sorted by start) when overlapping pairs for which
    ``linked(x, y)`` holds are joined: union-find over a sweep that stops at the first item
    starting after x ends, so only overlapping pairs are ever tested. Groups come in the order
    of their first item; items keep their order within a group."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, x in enumerate(items):
        for j in range(i + 1, len(items)):
            y = items[j]
            if y.start >= x.end:
                break  # sorted by start: nothing further overlaps x
            if linked(x, y):
                parent[root(i)] = root(j)
    groups: dict[int, list[T]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())
