import random
from dataclasses import dataclass

from qdacoder.core.intervals import BUCKET, IntervalIndex


@dataclass(frozen=True)
class S:
    start: int
    end: int


def test_overlapping_matches_a_brute_force_scan():
    rng = random.Random(7)
    items = []
    for _ in range(600):
        start = rng.randrange(0, 20 * BUCKET)
        items.append(S(start, start + rng.choice([1, 5, 300, BUCKET, 3 * BUCKET])))
    index = IntervalIndex(items)
    for _ in range(300):
        a = rng.randrange(0, 21 * BUCKET)
        b = a + rng.randrange(1, 2 * BUCKET)
        expected = [s for s in items if s.start < b and s.end > a]
        assert index.overlapping(a, b) == expected


def test_at_returns_the_innermost_first_and_respects_ends():
    outer, inner = S(0, 100), S(10, 20)
    index = IntervalIndex([outer, inner])
    assert index.at(15) == [inner, outer]
    assert index.at(20) == [outer]  # end is exclusive
    assert index.at(100) == []


def test_overlap_groups_join_only_linked_overlapping_items():
    from qdacoder.core.intervals import overlap_groups

    a, b, c, d = S(0, 10), S(5, 20), S(15, 30), S(40, 50)
    assert overlap_groups([a, b, c, d], lambda x, y: True) == [[a, b, c], [d]]
    # touching is no overlap, and an unlinked pair stays apart
    assert overlap_groups([S(0, 5), S(5, 9)], lambda x, y: True) == [[S(0, 5)], [S(5, 9)]]
    assert overlap_groups([a, b, c], lambda x, y: b not in (x, y)) == [[a], [b], [c]]
