"""French speakers that are bodies, or that sit next to places and descriptions (issue 5): a body (a
company, a union, a channel) that opens the sentence before its verb speaks the words in marks no
reporting verb gives to anyone else; a capitalised word after «du», «de la», «à» is a place, not the
antecedent of «qui»; a description naming an institution or a two-word office is not another
person named near it; a name set off by commas beats the description around it.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a body opening the sentence, no reporting verb: its words, not the last person quoted
    ("fr", "« Nous refusons cette hausse », a déclaré Julien Mercier, délégué syndical. La Fédération "
           "des artisans a pris « note » de l'annonce, mais « reste prudente » sur le calendrier.",
     "reste prudente", "La Fédération des artisans", True),
    ("fr", "« Les prix vont baisser », a promis la ministre Odile Renard. Le gestionnaire du tramway, "
           "Citéo Transports, a estimé la facture des vitres brisées à « près de deux millions ».",
     "près de deux millions", "Citéo Transports", True),
    # a body and its verb with no auxiliary; a body named in marks after its noun
    ("fr", "« La colère monte », a estimé Lucie Fabre, secrétaire générale d'une fédération. L'Unsa "
           "reste « attentive » au calendrier des négociations.",
     "attentive", "L'Unsa", True),
    ("fr", "« Nous sommes prêts », a lancé le ministre Paul Aubry. Faute de « réponse », le collectif "
           "« Les Oubliés » propose à ses membres de venir en famille pour « montrer un visage "
           "pacifique ».",
     "montrer un visage pacifique", "Les Oubliés", True),
    # a capitalised adjective opening the sentence is no body: the minister just named goes on
    ("fr", "Dans un entretien lundi, le ministre Paul Aubry a détaillé son plan. Principale nouveauté "
           "du plan, la prime sera versée « dès le printemps prochain ».",
     "dès le printemps prochain", "Paul Aubry", True),
    # a long apposition, then the auxiliary and a verb the clause reader cannot delimit
    ("fr", "« Je n'ai rien vu », a assuré le maire Gilles Tessier. Le journal, critiqué pour une photo "
           "recadrée en première page de son édition du jeudi, a répondu vendredi que ce choix était "
           "« purement graphique », évoquant « une maladresse de mise en page ».",
     "une maladresse de mise en page", "Le journal", True),
    # a person's sentence stays that person's
    ("fr", "« Le dialogue est rompu », regrette Paul Vasseur. Le directeur, Marc Olivier, a répondu "
           "qu'il restait « ouvert à la discussion ».",
     "ouvert à la discussion", "Marc Olivier", True),
    # a name, then a description ending with a capitalised name, then the verb: the name speaks
    ("fr", "« Il faut jouer », a dit Marc Brun. Pour sa part, Thomas Durel, l’entraîneur du FCL, a "
           "commenté mercredi : « Nous jouerons quand on nous le dira. »",
     "Nous jouerons quand on nous le dira.", "Thomas Durel", True),
    ("fr", "Paul Vautrin, le chef du parti Les Modérés (LM, centre), a exhorté le maire à « revoir sa "
           "copie ».",
     "revoir sa copie", "Paul Vautrin", True),
    # a description, then a name set off by commas: the name, not the last speaker
    ("fr", "« Non », a dit Marc Brun, membre du collectif. Une autre élue, la Normande Solène Morin, a "
           "expliqué qu'elle restait « sans réponse du ministère ».",
     "sans réponse du ministère", "Solène Morin", True),
    ("fr", "« Non », a dit Marc Brun, membre du collectif. Une troisième, la militante Maëlys Rey, a "
           "dit qu'elle restait « très inquiète ».",
     "très inquiète", "Maëlys Rey", True),
    # an incise whose verb follows the clitic «en»; an outlet in marks between the verb and its subject
    ("fr", "« Le mouvement est populaire », souligne Vincent Tardieu, chargé d'études. « La ligne est "
           "tenue », en conclut pour la radio Lucien Sainte-Croix, directeur d'un cabinet d'études.",
     "La ligne est tenue", "Lucien Sainte-Croix", True),
    ("fr", "La taxe sera maintenue. « Reculer maintenant coûterait trop cher », a déclaré dans un "
           "entretien au « Courrier » le ministre des Transports, François Duval. « Il faut tenir », a "
           "dit Paul Roux.",
     "Reculer maintenant coûterait trop cher", "François Duval", True),
    # a colon introduction by a name past a sentence adverb and an apposition
    ("fr", "« On verra bien », dit Étienne Chaumet. Le débat tourne en rond. Alors Bruno, le frère de "
           "Léa, intervient : « Il faudrait voter en bloc. »",
     "Il faudrait voter en bloc.", "Bruno", True),
    # «Au Niger» opening a sentence is a place, never the person «le président» means
    ("fr", "Le calme est l'obsession de Jean Marin. Au Niger, où il visitait lundi une base aérienne "
           "avec plusieurs de ses ministres, le président a assuré que « la réponse sera ferme ».",
     "la réponse sera ferme", "le président", True),
    # a place closing the subject phrase: the whole phrase speaks, not the place
    ("fr", "« Non », a dit Paul Roux. Des « bonnets verts » du nord de la Bretagne ont réclamé lundi "
           "une enquête « indépendante et rapide ».",
     "indépendante et rapide", "Des « bonnets verts » du nord de la Bretagne", True),
    # «le premier ministre» never named is not another minister named later
    ("fr", "Le premier ministre s’est dit « profondément attristé » par l'accident. Plus tard, le "
           "ministre de l’Intérieur Christophe Castel a annoncé une enquête.",
     "profondément attristé", "Le premier ministre", True),
    # a long opening adverbial, then the name and its auxiliary
    ("fr", "« Il faut tenir », a dit Paul Roux. En visite dans une base de la marine nationale au large "
           "de la Bretagne, Emmanuel Marin a lancé un appel « au dialogue et à la retenue ».",
     "au dialogue et à la retenue", "Emmanuel Marin", True),
    # the incise after the second quotation of a sentence reports the first one too
    ("fr", "« Il faut agir », a dit Paul Roux. « Chacun peut défiler dans le calme », mais casser des "
           "vitrines reste « inadmissible », a martelé jeudi le préfet Hugo Lambert.",
     "Chacun peut défiler dans le calme", "Hugo Lambert", True),
    # … but not across a sentence end glued to the next mark; «un peu plus tôt» before the subject
    ("fr", "« Non », a dit Paul Roux. « Le quartier ne dort plus », dit Ginette, 71 ans. Puis « il "
           "faut que ça cesse ».« Nous voulons des réponses », lançait un peu plus tôt Joël Perrin, élu "
           "du quartier.",
     "il faut que ça cesse", "Ginette", True),
    ("fr", "« Non », a dit Paul Roux. « Nous voulons des réponses », lançait un peu plus tôt Joël Perrin, "
           "élu du quartier.",
     "Nous voulons des réponses", "Joël Perrin", True),
    # an adverb between the auxiliary and the verb; a complement, then the name, after the noun
    ("fr", "« Il faut agir », a dit Paul Roux. « Le dossier avance », a juste admis la ministre en charge "
           "des routes, Hélène Gourdin.",
     "Le dossier avance", "Hélène Gourdin", True),
    # «qui» after an apposition ending in a complement: the body before the apposition
    ("fr", "« Non », a dit Paul Roux. La grève a gagné jeudi le soutien de la fédération Sud des postiers, "
           "première force du métier, qui a appelé ses adhérents à exiger des « tournées moins "
           "longues ».",
     "tournées moins longues", "la fédération Sud des postiers", True),
    # «l'un d'entre eux, NAME»; «cet homme» is the person quoted just before; a participle opener
    ("fr", "« Non », a dit Paul Roux. « On reste », explique l’un d’entre eux, Yann Quéméner.",
     "On reste", "Yann Quéméner", True),
    ("fr", "« J’ai voté pour lui », reconnaissait lundi Gérard Tison, retraité de la marine. « Je ne le "
           "referai pas », tranche cet homme qui vit seul depuis dix ans.",
     "Je ne le referai pas", "Gérard Tison", True),
    ("fr", "« Rien compris », a condamné la CGT. Ravie, l'Unsa a salué un accord qui « protège enfin "
           "les contractuels ».",
     "protège enfin les contractuels", "l'Unsa", True),
    # «pour qui» after a workplace: the person named before it
    ("fr", "« Non », a dit Paul Roux. « La rue est devenue dangereuse », note Irène, 52 ans, caissière à "
           "la Halle aux grains, pour qui les nuits sont « un cauchemar ».",
     "un cauchemar", "Irène", True),
    # a full name after the phrase opening the sentence, before a colon
    ("fr", "« Il faut agir », a dit Nicolas Hulon. Spécialiste des banlieues depuis trente ans, Marc "
           "Pelletier lit ce conflit avec inquiétude : « Les services publics reculent partout. »",
     "Les services publics reculent partout.", "Marc Pelletier", True),
    # a name, an apposition with no closing comma ending in a complement, then the verb
    ("fr", "« Je n'ai rien fait » : Karim Dallet, porte-voix des « bonnets verts » a jugé lundi que sa "
           "convocation était « une intimidation ».",
     "une intimidation", "Karim Dallet", True),
    # an impersonal incise names its source after «à», «chez»
    ("fr", "« Nous partons », a dit Marc Brun. « Les grilles resteront fermées cette nuit », a-t-on "
           "indiqué à la mairie.",
     "Les grilles resteront fermées cette nuit", "la mairie", True),
    ("fr", "« Nous partons », a dit Marc Brun. « Le site restera fermé toute la semaine », précise-t-on "
           "chez Renault.",
     "Le site restera fermé toute la semaine", "Renault", True),
    # the same with «on» after an auxiliary and no «-t-» («avait-on expliqué»)
    ("fr", "Le col est bloqué depuis samedi. « La route restera fermée jusqu'à lundi », avait-on "
           "expliqué jeudi à la préfecture du Cantal.",
     "La route restera fermée jusqu'à lundi", "la préfecture du Cantal", True),
    # a capitalised word after «du» is a place: the full name the apposition describes speaks
    ("fr", "« Les salaires doivent suivre », a déclaré Paul Martin, jeune technicien venu du Queyras, "
           "qui se dit « las des promesses ».",
     "las des promesses", "Paul Martin", True),
    # «le président de la Fédération …» is not the former president named later
    ("fr", "Le président de la Fédération des boulangers a jugé samedi que la farine coûtait « deux fois "
           "plus qu'en mars ». Pour l'ancien président Jacques Durand, « il faut du calme ».",
     "deux fois plus qu'en mars", "Le président de la Fédération des boulangers", True),
    # «la préfecture de police» after «la préfecture» of another city: the fuller description
    ("fr", "À Rennes, 2400 marcheurs ont traversé la ville sans incident, selon la préfecture. À Paris, "
           "quinze personnes ont été arrêtées, « surtout pour des jets de bouteilles », selon la préfecture "
           "de police.",
     "surtout pour des jets de bouteilles", "la préfecture de police", True),
    # an opening adjective or participle before a body and a reporting verb is no first name
    ("fr", "Le ministère a publié lundi son projet de décret. Furieux, le syndicat a dénoncé « une "
           "trahison pure et simple des salariés ».",
     "une trahison pure et simple des salariés", "le syndicat", True),
    ("fr", "Le conseil municipal a voté le budget jeudi soir. Attentif, le préfet a promis « une réponse "
           "rapide aux familles du quartier ».",
     "une réponse rapide aux familles du quartier", "le préfet", True),
    ("fr", "Le conseil municipal a voté le budget jeudi soir. Prudente, la présidente a estimé « un "
           "compromis encore possible avec les élus ».",
     "un compromis encore possible avec les élus", "la présidente", True),
    # a body named in full before its bracketed acronym (the initials spell it, small words and
    # prepositions in between), one more in a list of «du …» supporters, is the antecedent of «qui»
    ("fr", "Le cortège a reçu le soutien du géographe Paul Mornet, du Comité pour une Loire sans "
           "barrage (CLsB), qui a dit « refuser tout barrage ».",
     "refuser tout barrage", "Comité pour une Loire sans barrage", True),
    ("fr", "Le projet divise la ville. La Ligue pour la défense des marais (LDM) a dit « refuser toute "
           "nouvelle digue sur la côte ».",
     "refuser toute nouvelle digue sur la côte", "La Ligue pour la défense des marais", True),
    # a short capitalised name in marks right after the body noun of an incise's subject (or after
    # its « … » complement) is the body's name: it speaks by that name, as when it opens a sentence
    ("fr", "« Nous ne céderons pas », prévient le collectif de « bonnets verts » « Loire en colère » "
           "sur son site.",
     "Nous ne céderons pas", "Loire en colère", True),
    ("fr", "« Nous ne céderons pas », a dit l'association « Marais vivants ».",
     "Nous ne céderons pas", "Marais vivants", True),
    # «accuser X de « … »»: the one who accuses says the words in marks
    ("fr", "Le conseil a entendu la députée Julie Tessier, qui accuse le préfet « de fermer les yeux "
           "sur la pollution ».",
     "de fermer les yeux sur la pollution", "Julie Tessier", True),
    ("fr", "Le conseil a siégé lundi. Les riverains accusent le préfet « de fermer les yeux sur la "
           "pollution ».",
     "de fermer les yeux sur la pollution", "Les riverains", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_body_speaker(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
