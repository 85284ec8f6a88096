"""Misreadings found by the session-7 review of the English and French figure readings: each
test holds one class fixed. Sentences written for these tests."""

from __future__ import annotations

import time

from prcli.figures.extract import extract_stats


def _counts(text: str, language: str) -> dict[str, str | None]:
    return {s.text: s.counts for s in extract_stats(text, language=language)}


def test_a_superscript_digit_after_a_place_is_no_crash() -> None:
    assert extract_stats("À Nantes ³ retraités ont manifesté samedi.", language="fr") is not None
    assert extract_stats("Tickets for the over-²s are half price.", language="en") is not None
    # a year, a decimal with an Arabic comma, a date: each reader that takes digits to a number
    assert extract_stats("Le 4 juin ²⁰²¹ il a signé.", language="fr") is not None
    assert extract_stats("بلغت النسبة 7، ⁴ في المائة عام ²⁰²² / ²⁰²³", language="ar") is not None


def test_a_long_run_of_bare_objects_stays_linear() -> None:
    # each bare count looked back over every earlier figure of the run: cubic in the run's length
    text = "Rebels seized 4, " * 1500 + "the army said."
    start = time.perf_counter()
    found = extract_stats(text, language="en")
    assert len(found) >= 1000
    assert time.perf_counter() - start < 20


def test_a_plural_noun_after_an_ing_word_is_no_verb() -> None:
    text = (
        "The agency said heating costs rose 6% over the winter. Sales fell 3% and spending will rise by 2%."
    )
    found = _counts(text, "en")
    assert found["6%"] != "heating"
    assert found["2%"] == "spending"


def test_a_noun_before_a_relative_clause_is_no_verb() -> None:
    found = _counts("The county will borrow a £3bn bridge project the ministers agreed last week.", "en")
    assert found["£3bn"] == "bridge project"
    assert _counts("Almost 90,000 pupils took the tests this spring.", "en")["90,000"] == "pupils"


def test_a_possessive_after_pour_is_no_infinitive() -> None:
    found = _counts("Il nous reste 450 euros pour votre séjour à la mer.", "fr")
    assert "votre" not in (found["450 euros"] or "")
    assert _counts("Il lui reste 200 euros pour manger.", "fr")["200 euros"] == "pour manger"


def test_a_for_pair_before_a_noun_is_no_cricket_score() -> None:
    text = (
        "Kent were 188 for 5 at tea on day two of the cricket match. "
        "The club also paid 30 for 4 coaches to run the junior nets."
    )
    found = {s.text: s.kind for s in extract_stats(text, language="en")}
    assert found["188 for 5"] == "score"
    assert "30 for 4" not in found


def test_a_verb_of_having_or_of_a_result_is_no_bare_object_verb() -> None:
    text = "The dairy employs 250 across the county. The hosts scored 5 and conceded 1 on Sunday."
    found = _counts(text, "en")
    assert found["250"] == "dairy"
    assert found["5"] != "scored" and found["1"] != "conceded"
    assert _counts("The storm, which injured nine, hit the coast.", "en")["nine"] == "injured"
