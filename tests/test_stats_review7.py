"""Misreadings found by the session-7 review of the English and French figure readings: each
test holds one class fixed. Sentences written for these tests."""

from __future__ import annotations

from prcli.figures.extract import extract_stats


def _counts(text: str, language: str) -> dict[str, str | None]:
    return {s.text: s.counts for s in extract_stats(text, language=language)}


def test_a_superscript_digit_after_a_place_is_no_crash() -> None:
    assert extract_stats("À Nantes ³ retraités ont manifesté samedi.", language="fr") is not None
    assert extract_stats("Tickets for the over-²s are half price.", language="en") is not None
