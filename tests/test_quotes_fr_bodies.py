"""French speakers that are bodies or that sit next to places (issue 5): a body (a company, a union,
a channel) that opens the sentence before its auxiliary speaks the words in marks no reporting verb
gives to anyone else; a capitalised word after «du», «de la», «à» is a place, not the antecedent of
«qui»; a description naming an institution is not the person named later with the same office
noun; a description with more words than an earlier one is someone more precise.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a body opening the sentence, no reporting verb: its words, not the last person quoted
    ("fr", "« Nous refusons cette hausse », a déclaré Julien Mercier, délégué syndical. "
           "La Fédération des artisans a pris « acte » de l'annonce, mais « reste prudente » sur "
           "le calendrier.",
     "reste prudente", "La Fédération des artisans", True),
    ("fr", "« Les prix vont baisser », a promis la ministre Odile Renard. L'opérateur du réseau ferré, "
           "Railnord, a chiffré les dégâts à « plusieurs millions d'euros ».",
     "plusieurs millions d'euros", "Railnord", True),
    # a body and its verb with no auxiliary; a body named in marks after its noun
    ("fr", "« Ça va créer de la colère », a estimé Lucie Fabre, secrétaire générale du syndicat. "
           "Le Cnpa reste « vigilant » sur la hausse des salaires.",
     "vigilant", "Le Cnpa", True),
    ("fr", "« Nous sommes prêts », a lancé le ministre Paul Aubry. Face à cette « répression », le "
           "collectif « Les Oubliés » suggère à ses membres de sortir sans gilet pour « se montrer comme de "
           "simples citoyens ».",
     "se montrer comme de simples citoyens", "Les Oubliés", True),
    # a capitalised adjective opening the sentence is no body: the minister just named goes on
    ("fr", "Dans un entretien lundi, le ministre Paul Aubry a détaillé les mesures. Principale mesure "
           "du ministre, la prime passera « par une hausse massive des aides ».",
     "par une hausse massive des aides", "Paul Aubry", True),
    # its long apposition, then the auxiliary and a verb the clause reader cannot delimit
    ("fr", "« Je n'ai rien vu », a assuré le maire Gilles Tessier. La radio, critiquée après la diffusion "
           "d'un reportage tronqué lors de son bulletin de midi, a indiqué mardi qu'il n'y avait « aucune "
           "intention de tromper », invoquant « un problème technique ».",
     "un problème technique", "La radio", True),
    # a person's sentence stays that person's
    ("fr", "« Le dialogue est rompu », regrette Paul Vasseur. Le directeur, Marc Olivier, a répondu "
           "qu'il restait « ouvert à la discussion ».",
     "ouvert à la discussion", "Marc Olivier", True),
    # a name, then a description ending with a capitalised name, then the verb: the name speaks
    ("fr", "« Il faut jouer », a dit Marc Brun. De son côté, Thomas Durel, l’entraîneur du FCL, a "
           "réagi mercredi : « Ce report est une situation nouvelle. »",
     "Ce report est une situation nouvelle.", "Thomas Durel", True),
    ("fr", "Paul Vautrin, le chef du parti Les Modérés (LM, centre), a appelé le maire à « revoir sa "
           "copie ».",
     "revoir sa copie", "Paul Vautrin", True),
    # a description, then a name set off by commas: the name, not the last speaker
    ("fr", "« Non », a dit Marc Brun, membre du collectif. Une autre signataire, la Bretonne Solène "
           "Morin, a indiqué qu'elle avait reçu « trop de menaces ».",
     "trop de menaces", "Solène Morin", True),
    ("fr", "« Non », a dit Marc Brun, membre du collectif. Une troisième, la militante Maëlys Rey, a "
           "dit qu'elle restait « très inquiète ».",
     "très inquiète", "Maëlys Rey", True),
    # an incise whose verb follows the clitic «en»; an outlet in marks between the verb and its subject
    ("fr", "« Le mouvement est populaire », souligne Vincent Tardieu, chargé d'études. « C'est déjà un "
           "succès », en conclut pour la radio Jérôme Sainte-Croix, président d'un autre institut.",
     "C'est déjà un succès", "Jérôme Sainte-Croix", True),
    ("fr", "La hausse sera maintenue. « Ne pas le faire serait une faute », a déclaré dans une interview "
           "au « Courrier » le ministre de l'Écologie, François Duval. « Il faut tenir », a dit Paul Roux.",
     "Ne pas le faire serait une faute", "François Duval", True),
    # a colon introduction by a name past a sentence adverb and an apposition
    ("fr", "« On détricote tout », dit Étienne Chaumet. Le débat s’enlise. Alors Robert, le mari d’Odile, "
           "s’interpose : « Il serait bien de créer notre propre parti. »",
     "Il serait bien de créer notre propre parti.", "Robert", True),
    # «Au Tchad» opening a sentence is a place, never the person «le président français» means
    ("fr", "Ce climat est le cauchemar d’Emmanuel Marin. Au Tchad, où il se trouvait ce week-end avec "
           "les soldats de l’opération « Sable » déployée dans le désert, le président français a promis "
           "que « les sanctions seront sévères ».",
     "les sanctions seront sévères", "le président français", True),
    # a place closing the subject phrase: the whole phrase speaks, not the place
    ("fr", "« Non », a dit Paul Roux. Des « gilets jaunes » du sud-est de la France ont annoncé vendredi "
           "une marche « sans restriction aucune ».",
     "sans restriction aucune", "Des « gilets jaunes » du sud-est de la France", True),
    # «le premier ministre» never named is not another minister named later
    ("fr", "Le premier ministre s’est dit « très choqué » par les violences. Plus tard, le ministre de "
           "l’Intérieur Christophe Castel a annoncé des renforts.",
     "très choqué", "Le premier ministre", True),
    # a long opening adverbial, then the name and its auxiliary
    ("fr", "« Il faut tenir », a dit Paul Roux. En visite dans une base de la marine nationale au large "
           "de la Bretagne, Emmanuel Marin a lancé un appel au retour « à l’ordre et au calme ».",
     "à l’ordre et au calme", "Emmanuel Marin", True),
    # the incise after the second quotation of a sentence reports the first one too
    ("fr", "« Il faut agir », a dit Paul Roux. « On peut manifester », mais bloquer un pays n’est « pas "
           "acceptable », a répété vendredi le premier ministre Edouard Philippot.",
     "On peut manifester", "Edouard Philippot", True),
    # … but not across a sentence end glued to the next mark; «un peu plus tôt» before the subject
    ("fr", "« Non », a dit Paul Roux. Mais « le mouvement est là, on va rester », dit Lucie, 35 ans. "
           "Mais « on est déterminé ».« Nous sommes remplis de colère », lançait un peu plus tôt "
           "Priscillia Ludov, figure du mouvement.",
     "on est déterminé", "Lucie", True),
    ("fr", "« Non », a dit Paul Roux. « Nous sommes remplis de colère », lançait un peu plus tôt "
           "Priscillia Ludov, figure du mouvement.",
     "Nous sommes remplis de colère", "Priscillia Ludov", True),
    # an adverb between the auxiliary and the verb; a complement, then the name, after the noun
    ("fr", "« Il faut agir », a dit Paul Roux. « Nous allons y répondre », a juste concédé la ministre en "
           "charge du dossier, Jacqueline Gourdin.",
     "Nous allons y répondre", "Jacqueline Gourdin", True),
    # «qui» after an apposition ending in a complement: the body before the apposition
    ("fr", "« Non », a dit Paul Roux. Le mouvement a reçu mardi le soutien de la fédération CGT des "
           "cheminots, deuxième organisation du secteur, qui a invité ses adhérents à obtenir une « vraie "
           "hausse des salaires ».",
     "vraie hausse des salaires", "la fédération CGT des cheminots", True),
    # «l'un d'entre eux, NAME»; «cet homme» is the person quoted just before; a participle opener
    ("fr", "« Non », a dit Paul Roux. « Il faut tenir », explique l’un d’entre eux, Jean-Michel Rocard.",
     "Il faut tenir", "Jean-Michel Rocard", True),
    ("fr", "« Sur le coup, j’y ai cru », confiait mardi Thomas Miral, porte-parole du collectif. « Mais en "
           "fait pas du tout », résume cet homme qui compte venir manifester.",
     "Mais en fait pas du tout", "Thomas Miral", True),
    ("fr", "« Rien compris », a condamné la CGT. Satisfait, le Cnpa a applaudi des mesures qui « répondent "
           "aux attentes des entreprises ».",
     "répondent aux attentes des entreprises", "le Cnpa", True),
    # «pour qui» after a workplace: the person named before it
    ("fr", "« Non », a dit Paul Roux. « Il y a plus de casseurs », observe Romain, 39 ans, employé à "
           "l’Opéra de Paris, pour qui les dégradations sont « un mal nécessaire ».",
     "un mal nécessaire", "Romain", True),
    # a full name after the phrase opening the sentence, before a colon
    ("fr", "« Il faut agir », a dit Nicolas Hulon. Auteur de Théorie de la justice (Odile Jacob), Jacques "
           "Levin voit dans cette mobilisation une réalité inquiétante : « L’État providence fonctionne "
           "de moins en moins bien. »",
     "L’État providence fonctionne de moins en moins bien.", "Jacques Levin", True),
    # a name, an apposition with no closing comma ending in a complement, then the verb
    ("fr", "« Tout ce qui se passe ici, c'est politique » : Éric Droux, figure médiatique des « gilets "
           "jaunes » a estimé jeudi que son interpellation relevait du « jamais-vu ».",
     "jamais-vu", "Éric Droux", True),
    # an impersonal incise names its source after «à», «chez»
    ("fr", "« Nous partons », a dit Marc Brun. « Ils ont été repoussés par les gendarmes », a-t-on indiqué "
           "à la préfecture.",
     "Ils ont été repoussés par les gendarmes", "la préfecture", True),
    ("fr", "« Nous partons », a dit Marc Brun. « Le site restera fermé toute la semaine », précise-t-on "
           "chez Renault.",
     "Le site restera fermé toute la semaine", "Renault", True),
    # a capitalised word after «du» is a place: the full name the apposition describes speaks
    ("fr", "« Les salaires doivent suivre », a déclaré Paul Martin, jeune technicien venu du Queyras, "
           "qui affirme être « ni pour ni contre la réforme ».",
     "ni pour ni contre la réforme", "Paul Martin", True),
    # «le président de la Fédération …» is not the former president named later
    ("fr", "Le président de la Fédération des boulangers a estimé samedi que la hausse coûtait "
           "« entre 10 % et 20 % selon les régions ». Pour l'ancien président Jacques Durand, "
           "« il faut du calme ».",
     "entre 10 % et 20 % selon les régions", "Le président de la Fédération des boulangers", True),
    # «la préfecture de police» after «la préfecture» of another city: the fuller description
    ("fr", "À Nantes, 3000 personnes, selon la préfecture, ont défilé dans le calme. À Paris, quinze "
           "personnes ont été arrêtées, « surtout pour des jets de projectiles », selon la préfecture "
           "de police.",
     "surtout pour des jets de projectiles", "la préfecture de police", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_body_speaker(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
