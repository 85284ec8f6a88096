"""One check for the figure tables (tests/test_stats.py, tests/test_stats_counts_en.py)."""

from __future__ import annotations

import pytest

from prcli.model import Stat

#: (surface, value, kind, unit or None to skip, a word of `counts` or None to skip)
Expected = tuple[str, float, str, "str | None", "str | None"]


def find(stats: tuple[Stat, ...], surface: str) -> Stat | None:
    """The figure whose reported text is exactly ``surface``."""
    return next((s for s in stats if s.text == surface), None)


def check_figures(text: str, found: tuple[Stat, ...], expected: list[Expected]) -> None:
    """Every span is exact, and each expected figure is there with its value, kind, unit and counts."""
    for s in found:
        assert text[s.start : s.end] == s.text
    for surface, value, kind, unit, counts in expected:
        got = find(found, surface)
        assert got is not None, (surface, [s.text for s in found])
        assert got.value == pytest.approx(value, rel=1e-4), surface
        assert got.kind == kind, surface
        if unit is not None:
            assert got.unit == unit, surface
        if counts is not None:
            assert got.counts is not None and counts in got.counts, (surface, got.counts)
