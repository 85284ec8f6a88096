"""French descriptions that bring someone in or point back (issue 5): a definite role noun means
the named person the article gave that role to; an everyday crowd noun («le manifestant») that no
named person was given means the person quoted just before, or someone new, not an earlier name.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a role set off by commas before a name («le président français, X,»): a later «le président»
    ("fr", "Dans un discours à Nantes, le président portugais, Rui Alves, a promis une baisse des "
           "taxes. Le lendemain, le président a encore assuré qu'il agirait « sans attendre » "
           "sur les loyers.",
     "sans attendre", "Rui Alves", True),
    # a description with one nationality is not the person introduced with another
    ("fr", "Le chef du parti bleu, Marco Bellini, a appelé à la grève. Son allié, le premier ministre "
           "polonais, Jan Kovac, a suivi. « Nous vous aiderons », a expliqué le ministre italien.",
     "Nous vous aiderons", "le ministre italien", True),
    # the role was given to a named person in apposition earlier: the definite description is them
    ("fr", "« Les renforts arriveront ce soir », a annoncé le porte-parole du gouvernement, Hugo Ferrand. "
           "Le porte-parole du parti vert, Lucien Marchetti, a réclamé un débat, estimant que « le pays "
           "mérite mieux ». « Nous ne céderons rien à la violence », a prévenu le porte-parole du "
           "gouvernement.",
     "Nous ne céderons rien à la violence", "Hugo Ferrand", True),
    ("fr", "Le policier mis en cause, Gaston Rivière, a été entendu lundi. Selon le procureur Olivier "
           "Bastide, « l'enquête suit son cours ». « J'ai fait mon travail », assure le policier.",
     "J'ai fait mon travail", "Gaston Rivière", True),
    # «le manifestant» right after a named protester spoke: that protester, not an earlier name
    ("fr", "« La police nous a chargés sans raison », accuse Mireille Jolivet, 38 ans, venue de Caen. "
           "« On ne partira pas d'ici », promet Arnaud Cazeneuve, les mains dans les poches. "
           "« Plus ils frappent, plus nous sommes nombreux », lance le manifestant.",
     "Plus ils frappent, plus nous sommes nombreux", "Arnaud Cazeneuve", True),
    # … and after someone who is no protester's voice (a slogan, a banner): someone of the crowd
    ("fr", "Le préfet Bernard Audoin a salué « le calme » du rassemblement. Sur les banderoles, les "
           "slogans réclament « plus de justice ». « Nous voulons juste vivre de notre travail », "
           "dit le manifestant.",
     "Nous voulons juste vivre de notre travail", "le manifestant", True),
    # a common noun we do not list as a role, then a name opening with a given name: the person
    ("fr", "Les intentions de vote se resserrent. « La campagne ne fait que commencer », juge le "
           "sondeur Paul Rideau.",
     "La campagne ne fait que commencer", "Paul Rideau", True),
    ("fr", "« Chaque quartier aura sa réunion », a promis la maire-adjointe Sylvie Darrac-Moulin.",
     "Chaque quartier aura sa réunion", "Sylvie Darrac-Moulin", True),
    # a surname that is a role noun («Le Juge», «Le Maire»), written with capitals after a given name
    ("fr", "« Les comptes seront tenus », a assuré le ministre des Finances Pierre Le Juge mardi.",
     "Les comptes seront tenus", "Pierre Le Juge", True),
    ("fr", "Claire Le Maire préside la commission. « Nous rendrons nos conclusions en mars », a indiqué "
           "Mme Le Maire.",
     "Nous rendrons nos conclusions en mars", "Claire Le Maire", True),
    # a participle or adjective after the noun describes the person: the description runs on
    ("fr", "« On ne lâchera rien », résume un « bonnet vert » présent dans le cortège de 300 "
           "personnes à Quimper.",
     "On ne lâchera rien", "un « bonnet vert » présent dans le cortège de 300 personnes à Quimper", True),
    ("fr", "« Le pont était noyé sous l'eau », affirme un pêcheur joint par téléphone.",
     "Le pont était noyé sous l'eau", "un pêcheur joint par téléphone", True),
    # (a time after the noun is no participle; a demonstrative means someone met before)
    ("fr", "« Les routes sont rouvertes », a annoncé le conseil départemental jeudi matin.",
     "Les routes sont rouvertes", "le conseil départemental", True),
    ("fr", "« Je ne bougerai pas », a dit Joël Marin, un retraité. « C'est notre dernière chance », "
           "ajoute ce « bonnet vert » interrogé par la radio.",
     "C'est notre dernière chance", "Joël Marin", True),
    # a description with a place, then a given name set off by commas: the name speaks
    ("fr", "« La réunion, c'est dans la rue », estime par exemple un manifestant à Lille, Jean-Marc, "
           "52 ans.",
     "La réunion, c'est dans la rue", "Jean-Marc", True),
    ("fr", "« Le marché ne rouvrira pas », regrette un retraité de Vannes, Gildas, 71 ans.",
     "Le marché ne rouvrira pas", "Gildas", True),
    # a capitalised noun right after «un» is no name («un Gilet vert»): the given name after the
    # place still speaks
    ("fr", "« La réunion, c'est dans la rue », estime un Gilet vert à Colmar, Jean-Yves, 61 ans.",
     "La réunion, c'est dans la rue", "Jean-Yves", True),
    # a public office is not someone introduced with another one: «le préfet» after «le président X»
    ("fr", "Le président Marc Dulac a visité la digue mardi. « Nous rebâtirons le pont », a promis "
           "le chef de l'État. Plus tard, le préfet a réuni les maires. « Les routes restent "
           "fermées », a indiqué le préfet.",
     "Les routes restent fermées", "le préfet", True),
    ("fr", "La crue inquiète le président Paul Vernet, déjà bien seul. Les pompiers n'étaient qu'une "
           "vingtaine vers midi. Le préfet avait estimé jeudi que « plusieurs centaines » de "
           "sauveteurs seraient là.",
     "plusieurs centaines", "Le préfet", True),
    # «l'expert», «l'analyste»: the specialist just quoted, whatever noun introduced them; never a
    # name written after an article («La Suisse»: a country)
    ("fr", "La Suisse a rappelé son ambassadeur à Rome. « La relation est en panne », relève Paul Verdier, "
           "directeur de l'Institut des Alpes. « Les deux pays doivent se parler », estime l'expert.",
     "Les deux pays doivent se parler", "Paul Verdier", True),
    # a body («le gouvernement») is the body, not a person whose role names it
    ("fr", "À Lyon, le porte-parole du gouvernement Paul Verdier a visité le port. « Le calme revient », "
           "a dit la maire Claire Fontenay. Le gouvernement a dénoncé une action « de quelques agitateurs ».",
     "de quelques agitateurs", "Le gouvernement", True),
    # a bare «le président» / «le chef de l'État» that no one in the article was called: the one
    # president of the Republic the article names (heads_of_state_fr.txt), as a reader takes it
    ("fr", "Jacques Chirac a reçu les maires de la Creuse jeudi. « Nous allons tout écouter », a promis "
           "le chef de l'État devant les élus.",
     "Nous allons tout écouter", "Jacques Chirac", True),
    # not a predecessor named in passing («son prédécesseur X»): he is no candidate
    ("fr", "François Hollande a rencontré les pêcheurs à Lorient. « La mer nous oblige », a lancé le "
           "président, citant son prédécesseur Jacques Chirac.",
     "La mer nous oblige", "François Hollande", True),
    # nor someone the article gives another office («le ministre de l'Économie X»)
    ("fr", "François Hollande a reçu les syndicats mardi. Le ministre de l'Économie Emmanuel Macron "
           "était à ses côtés. « Le dialogue reste ouvert », a dit le président.",
     "Le dialogue reste ouvert", "François Hollande", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_description_speaker(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
