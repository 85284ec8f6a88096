"""French speaker phrases that must not swallow a neighbouring word (issue 5): a negation between
the subject and its verb, a channel or newspaper named right before the inverted subject, a role
described with a complement («auprès du ministre») before the name set off by a comma.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # «ne» opens the verb group: the subject ends before it
    ("fr", "Les riverains du port ne disent pas « non au projet ». Ils attendent des garanties.",
     "non au projet", "Les riverains du port", True),
    ("fr", "Les élus de la vallée ne disent pas « jamais ». Ils posent des conditions.",
     "jamais", "Les élus de la vallée", True),
    # the channel, then the inverted subject: the article opens the subject
    ("fr", "« Nous tiendrons bon », a déclaré sur la radio Radio Azur le ministre de l'Agriculture "
           "Pierre Vautrin.",
     "Nous tiendrons bon", "Pierre Vautrin", True),
    ("fr", "« Rien ne change », a réagi de son côté sur Twitter le porte-parole du gouvernement, "
           "Karl Meier.",
     "Rien ne change", "Karl Meier", True),
    ("fr", "« Rien ne change », a réagi de son côté Twitter le porte-parole du gouvernement, "
           "Karl Meier.",
     "Rien ne change", "Karl Meier", True),
    # a name particle stays inside the name
    ("fr", "« Le débat est clos », a estimé Hervé le Bras.",
     "Le débat est clos", "Hervé le Bras", True),
    # the role's complement «auprès du ministre» comes before the name after the comma
    ("fr", "Les casseurs « veulent tout casser », a expliqué sur la chaîne Canal Info le secrétaire "
           "d'État auprès du ministre de l'Intérieur, Laurent Morvan.\nLa soirée fut calme.",
     "veulent tout casser", "Laurent Morvan", True),
    # a name glued to an elided «qu'» is still that person's first mention; «il» means him
    ("fr", "Le gouvernement veut garder le cap, ce qu'Adrien Vautrin doit expliquer mardi. Le ministre "
           "n'a pas répondu aux syndicats.\nIl a dénoncé les violences et jeté la « honte » sur "
           "les casseurs.",
     "honte", "Adrien Vautrin", True),
    # a channel of several words before a person's name: the name starts with the given name
    ("fr", "La productrice de Radio Azur Odile de Vries, qui avait invité la militante, a confirmé son "
           "départ. « Elle a préféré renoncer », a-t-elle dit.",
     "Elle a préféré renoncer", "Odile de Vries", True),
    # a heading that lost its full stop: the next sentence's adverb is no part of the name
    ("fr", "Pas de grève sur Radio Azur Parallèlement, Odile Masson, une des figures du collectif, a "
           "renoncé. La radio Radio Azur a déploré « un climat de menaces ».",
     "un climat de menaces", "Radio Azur", True),
    # … nor a stressed pronoun opening the next sentence
    ("fr", "Le soutien de Paul Verdier Lui aussi est venu. Paul Verdier est assailli par les caméras. "
           "« Je serai là chaque samedi », assure-t-il.",
     "Je serai là chaque samedi", "Paul Verdier", True),
    # a time adverbial between the verb and its subject, or before the verb, is no one
    ("fr", "« Il faut qu'on se remobilise », avait déclaré mi-décembre à la radio ce boulanger de 28 "
           "ans, Antoine Verdier.",
     "Il faut qu'on se remobilise", "Antoine Verdier", True),
    ("fr", "« On tiendra », a dit la semaine dernière le maire de Dole, Alain Perrot.",
     "On tiendra", "Alain Perrot", True),
    ("fr", "Mme Odile Masson et d'autres militants mobilisés depuis la mi-octobre réclament « une "
           "baisse sérieuse des taxes ».",
     "une baisse sérieuse des taxes", "Odile Masson", True),
    # a capitalised word followed by a determiner opens a phrase, not a first name
    ("fr", "Une centaine de femmes ont défilé dimanche. Parmi les manifestantes, une jeune femme "
           "portait une pancarte : « Je ne veux pas d'un monde pareil »",
     "Je ne veux pas d'un monde pareil", "une jeune femme", True),
    # someone speaking for another is not the person named just before, unless given that role
    ("fr", "Depuis les annonces faites par Adrien Vautrin lundi, l'exécutif réclame le calme. « Force "
           "doit rester à la loi », a assuré vendredi le porte-parole du gouvernement.",
     "Force doit rester à la loi", "le porte-parole du gouvernement", True),
    ("fr", "Le porte-parole du gouvernement, Karl Meier, a reçu les syndicats. Puis Adrien Vautrin a "
           "parlé aux maires. « Force doit rester à la loi », a assuré le porte-parole du gouvernement.",
     "Force doit rester à la loi", "Karl Meier", True),
    # two role nouns joined by «et» describe the name after them
    ("fr", "Pierre Lenoir vit à Nice. « Il faut que l'on soit avec eux », a tweeté de son côté "
           "l'acteur et humoriste Franck Delorme, mardi.",
     "Il faut que l'on soit avec eux", "Franck Delorme", True),
    # «de la» before a place: the description around it is the subject, not the place
    ("fr", "Mais la pression est aussi venue de Lucien Marchetti, le secrétaire général de la FNTE, "
           "selon qui il serait « de bon ton » de rester chez soi.",
     "de bon ton", "Lucien Marchetti", True),
    # a short quotation in the first person opening the sentence is someone's words, not a name
    ("fr", "Paul Verdier est président depuis 2017.\n\n« J'ai apporté une réponse » aux demandes des "
           "manifestants, a dit Paul Verdier à la presse.",
     "J'ai apporté une réponse", "Paul Verdier", True),
    # a demonym and the town («le Savoyard d'Annecy») before the name are no part of it
    ("fr", "Organisateur du rassemblement, le Savoyard d'Annecy Théo Garnier a dit vouloir une action "
           "« pacifique et sans heurt ». Théo Garnier attend deux cents personnes.",
     "pacifique et sans heurt", "Théo Garnier", True),
    # an object clitic before the auxiliary is no part of the body that opens the sentence
    ("fr", "Vendredi matin, l'association des riverains lui a transmis des consignes telles que "
           "« Nous vous conseillons de fermer les volets ».",
     "Nous vous conseillons de fermer les volets", "l'association des riverains", True),
    # «condamné à 18 mois de prison»: a counted noun after a preposition is nobody
    ("fr", "« Nous sommes tous dans la même galère », a ajouté le chanteur Paul Verdier. Le rappeur "
           "Karim Benali, condamné à 18 mois de prison avec sursis, soutient aussi le mouvement.",
     "Nous sommes tous dans la même galère", "Paul Verdier", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_subject_phrase(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
