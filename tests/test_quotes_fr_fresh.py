"""French quotations on fresh articles (issue 5): classes of misses seen on articles no rule was
written from. A day or a time word opening a sentence is never someone's name; a heading glued
to the next sentence ends at its closing mark; a name apposed to a description's complement is not
the description's.

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
    # a heading glued to the next sentence by extraction («…aux «cortèges»Jean X …»): the name
    # after the closing mark opens a sentence, and a later «il» means that person
    ("fr", "« Le budget tiendra », a assuré Paul Roux, adjoint aux finances.Lire aussi: Les maires "
           "face aux « cortèges »Hugo Perrin a déjà, lui, choisi son camp. « Notre cap, c'est la ville », "
           "a-t-il répété devant le conseil.",
     "Notre cap, c'est la ville", "Hugo Perrin", True),
    ("fr", "« Rien n'est réglé », a dit Marc Leroy, délégué syndical. Lire aussi: Le port et ses « dockers "
           "en colère »Yann Le Bihan, 71 ans, a quitté Brest dans la nuit : « Nous ne lâcherons rien ».",
     "Nous ne lâcherons rien", "Yann Le Bihan", True),
    # a name after an indefinite description whose complement is a person of the name's gender
    # (not the head's) belongs to the complement: the unnamed adviser speaks
    ("fr", "Le dossier avance. Mardi, un conseiller de la ministre des Sports, Claire Vasseur, "
           "reconnaissait « que tout cela a été précipité ».",
     "que tout cela a été précipité", "un conseiller de la ministre des Sports", True),
    ("fr", "Une collaboratrice du maire, Julien Caradec, a confié que « rien n'est encore décidé ».",
     "rien n'est encore décidé", "Une collaboratrice du maire", True),
    # … the same gender: the name is the adviser's own
    ("fr", "Un conseiller du maire, Julien Caradec, a confié que « rien n'est encore décidé ».",
     "rien n'est encore décidé", "Julien Caradec", True),
    # an unnamed group opening the sentence with a future verb («liront») speaks the next «-ils»
    ("fr", "Les organisatrices promettent une action. « Ce sera grand », lancent-elles. À Lyon, des "
           "membres de « Lyon debout » liront une lettre ouverte, diffusée depuis jeudi. « La colère va "
           "monter si vous continuez », préviennent-ils.",
     "La colère va monter si vous continuez", "des membres de « Lyon debout »", True),
    # a subtitle after an embedded post: the capitalised «À» after its closing mark opens a sentence
    ("fr", "Les organisatrices promettent une action. « Ce sera grand », lancent-elles. Un sondage "
           "https://t.co/aBcD pic.twitter.com/XyZ « Un piège » À Lyon, des membres de « Lyon debout » "
           "liront une lettre. « Changez d'attitude », lancent-ils.",
     "Changez d'attitude", "des membres de « Lyon debout »", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_fresh_article_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
