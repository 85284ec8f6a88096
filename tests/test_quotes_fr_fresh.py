"""French quotations on fresh articles (issue 5): classes of misses seen on articles no rule was
written from. A day or a time word opening a sentence is never someone's name.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # «Jeudi, un conseiller …»: the day is a time adverbial, not a person a later «il» may mean
    ("fr", "Les agents attendent depuis lundi. Jeudi, un conseiller de la maire, Anne Roux, reconnaissait "
           "« que tout est allé trop vite ». « Le budget résiste », déplore notre interlocuteur.Lire "
           "également l'éditorial: la ville, version « gros plan »Marc Vidal a déjà, lui, fait son "
           "choix. « Notre cap, c'est la ville », a-t-il répété au conseil.",
     "Notre cap, c'est la ville", "Marc Vidal", True),
    ("fr", "Mardi, une élue de la région estimait que « rien n'est joué ». Les listes sont closes."
           "Lire aussi : le budget « en hausse »Hugo Perrin se présente. « Je serai candidat », "
           "a-t-il lancé.",
     "Je serai candidat", "Hugo Perrin", True),
    # someone met by given name and trade is not the next person described by another trade
    ("fr", "Sur le quai, Maryse, fleuriste du marché, range ses caisses. « Nous partons tôt », "
           "explique cette femme. Au café d'en face, la police est passée hier. « On nous a demandé "
           "de rentrer les chaises », témoigne la serveuse, qui ne donne pas son nom.",
     "On nous a demandé de rentrer les chaises", "la serveuse", True),
    # … but «cette femme», «ce père de famille» still mean her or him
    ("fr", "Sur le quai, Maryse, fleuriste du marché, range ses caisses. « Nous partons tôt », "
           "explique cette femme.",
     "Nous partons tôt", "Maryse", True),
    ("fr", "Même ambiance chez Gérard, un menuisier de 52 ans venu de Rouen. Ce père de trois enfants "
           "dit avoir perdu patience. « Il faut que ça bouge », conclut-il.",
     "Il faut que ça bouge", "Gérard", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_fresh_article_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
