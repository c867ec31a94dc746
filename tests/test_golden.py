"""Golden reports: the seeds' JSON report, checked through claimdiff's own pytest plugin.

A change in what claimdiff finds on the seeds fails here with a readable diff of the
discrepancies added and removed. Review it like code; then rewrite the snapshots with
``pytest tests/test_golden.py --claimdiff-update``.
"""

from __future__ import annotations

import itertools

import pytest

import claimdiff

from .conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def test_all_seeds(claimdiff_snapshot) -> None:
    claimdiff_snapshot(claimdiff.compare([claimdiff.Article.from_path(p) for p in SEED_PATHS]), name="all-seeds")


@pytest.mark.parametrize(("left", "right"), list(itertools.combinations(range(len(SEED_PATHS)), 2)))
def test_seed_pairs(claimdiff_snapshot, left: int, right: int) -> None:
    pair = [claimdiff.Article.from_path(SEED_PATHS[i]) for i in (left, right)]
    claimdiff_snapshot(claimdiff.compare(pair), name=f"{SEED_PATHS[left].stem[:3]}-{SEED_PATHS[right].stem[:3]}")
