"""French figures in ordinary news copy (issue 6): what each figure counts, its kind and its
value, read through French syntax (the noun after the number, the head of «X de Y», the subject of
a change verb, an apposition) as a careful reader following the gold guideline would write them.

Sentences written for these tests (politics, society, sport, culture, economy); each row is
(surface, value, kind, unit or None, a word the `counts` phrase must hold or None).
"""

from __future__ import annotations

import pytest

from helpers_stats import check_figures
from prcli.figures.extract import extract_stats

Row = tuple[str, list[tuple[str, float, str, str | None, str | None]]]

AGES: list[Row] = [
    # an apposition after a first name that closes the sentence or the clause
    ("« On ne lâchera rien », répète Martine, 58 ans.", [("58 ans", 58, "age", None, None)]),
    ("Karim*, 16 ans, distribue des tracts devant le lycée.", [("16 ans", 16, "age", None, None)]),
    ("Jean Morel, par exemple, 71 ans. Il brigue un quatrième mandat.", [("71 ans", 71, "age", None, None)]),
    ("Arrive une étudiante, 19 ans à peine, le drapeau sur l'épaule.", [("19 ans", 19, "age", None, None)]),
    # «avoir» + years, not «il y a»
    ("Il a 92 ans et vote à chaque élection.", [("92 ans", 92, "age", None, None)]),
    ("Il y a 3 ans, la salle était vide.", [("3 ans", 3, "duration", None, None)]),
    # the second bound of an age range after a noun of people
    (
        "Deux cyclistes de 15 et 17 ans ont été renversés.",
        [("15", 15, "age", None, None), ("17 ans", 17, "age", None, None)],
    ),
    # years of something are a span of time
    ("Le pays paie trente ans de mauvaise gestion.", [("trente ans", 30, "duration", None, None)]),
    ("De Marseille, 12 ans.", [("12 ans", 12, "duration", None, None)]),
]

ROWS: list[Row] = AGES


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"fr-{i}" for i in range(len(ROWS))])
def test_french_figures_and_what_they_count(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="fr"), expected)
