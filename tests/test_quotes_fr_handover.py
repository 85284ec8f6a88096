"""French speakers handed over the way a reader follows people (issue 5): a pronoun or a quote
with no cue goes to the person the reader last met as a subject, not always to the last speaker.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a short fronted phrase (no preposition) and a comma, then a full name opening the clause:
    # the «dit-il» that follows means that person, not the last speaker
    ("fr", "« On ne lâchera pas », a lancé Hugo Perrin, un routier. Assis sur un plot de béton, "
           "Karim Benali attend ses collègues. Il a roulé toute la nuit. « Je suis épuisé », dit-il.",
     "Je suis épuisé", "Karim Benali", True),
    ("fr", "« Nous resterons », a dit Hugo Perrin. Un peu plus loin, Marc Duval s'est assis sur le "
           "trottoir. « Je rentre demain », confie-t-il.",
     "Je rentre demain", "Marc Duval", True),
    # … but a lone capitalised word after the fronted phrase is no newcomer
    ("fr", "« Nous resterons », a dit Hugo Perrin. Depuis le matin, Lyon est bloquée. "
           "« Je rentre demain », confie-t-il.",
     "Je rentre demain", "Hugo Perrin", True),
    # a known given name alone opening the clause, a verb after it: the person brought in
    ("fr", "« On tiendra », a dit Martine, 52 ans. Au barrage, on parle peu de politique. Jean-Paul se "
           "présente comme un ancien routier. « J'ai voté à gauche toute ma vie », confie-t-il.",
     "J'ai voté à gauche toute ma vie", "Jean-Paul", True),
    # «chez» before a lone given name and an apposition with an age brings that person in
    ("fr", "« Nous ne bougerons pas », assure Sandrine, infirmière. Même son de cloche chez Thierry, un "
           "maçon de 51 ans. Il est venu chaque samedi. « Il faut que ça change », conclut-il.",
     "Il faut que ça change", "Thierry", True),
    # a known given name after a place and a comma, with a trade in apposition
    ("fr", "« On a tout rangé », explique Karim, un commerçant. Dans la rue Victor-Hugo, Odile, gardienne "
           "d'un immeuble, balaie le trottoir. « Nous partons ce soir », dit-elle.",
     "Nous partons ce soir", "Odile", True),
    # a lone given name after a full name that opens with it is that same person
    ("fr", "« On tiendra », a dit Martine, 52 ans. Un peu plus loin, Jean-Paul Lemoine s'équipe. "
           "Jean-Paul, 30 ans, vit en banlieue. « Tout est trop cher », dit-il.",
     "Tout est trop cher", "Jean-Paul Lemoine", True),
    # a masculine given name is no speaker for «la vendeuse»
    ("fr", "« On ferme à midi », raconte Gérard, l'un des employés. « Tout est prêt », ajoute-t-il. "
           "« On nous a dit de tout rentrer », témoigne la vendeuse, qui n'a pas donné son nom.",
     "On nous a dit de tout rentrer", "la vendeuse", True),
    # a known given name, an apposition between commas, then the verb: that person is the subject
    ("fr", "« On reste », ajoute le retraité. Sylvain, casquette rouge sur la tête, dit lui aussi être "
           "là par « amitié ». « On ne lâchera rien ! »",
     "On ne lâchera rien !", "Sylvain", True),
    # words in marks closed by their own full stop are not reported by the next quotation's incise
    ("fr", "En visite à Rome, le chef du gouvernement belge, Marc Peeters, s'est voulu rassurant : « Nos "
           "liens sont anciens. » « La crise durera », prévient Julie Morin, chercheuse.",
     "Nos liens sont anciens.", "Marc Peeters", True),
    # a fronted phrase, then a role and the holder's name: that person opens the clause
    ("fr", "« Tout a été rangé », a dit Julie Morin. Ancien gendarme, le député Paul Arnaud (PS) a suivi "
           "les heurts jusque tard dans la nuit : « La situation a vite dégénéré. »",
     "La situation a vite dégénéré.", "Paul Arnaud", True),
    ("fr", "« Rien ne bouge », a dit Julie Morin. Premier élu à réagir, le maire de Brest Paul Arnaud a "
           "demandé au préfet de « rouvrir le dialogue ».",
     "rouvrir le dialogue", "Paul Arnaud", True),
    # «pour X,» or «chez X,» near the start of a sentence closed by a colon: X speaks after it
    ("fr", "« Il faut agir », a dit Julie Morin. Enfin, pour Marc Aubert (PS), cette tempête doit ouvrir "
           "les yeux : « Nos villages paient le prix fort. »",
     "Nos villages paient le prix fort.", "Marc Aubert", True),
    ("fr", "« Il faut agir », a dit Julie Morin, maire de Vannes. Même refrain chez Marc Aubert, maire "
           "de Lorient : « Nous sommes abandonnés. »",
     "Nous sommes abandonnés.", "Marc Aubert", True),
    # a subordinate clause with one name, then the main clause's subject: the marks in the main
    # clause are the main subject's words
    ("fr", "Alors que le maire, Paul Arnaud, vient de promettre « une baisse des impôts », Julie Morin se "
           "vante d'avoir « été la seule à parler des familles ».",
     "été la seule à parler des familles", "Julie Morin", True),
    ("fr", "Alors que le maire, Paul Arnaud, vient de promettre « une baisse des impôts », Julie Morin se "
           "vante d'avoir « été la seule à parler des familles ».",
     "une baisse des impôts", "Paul Arnaud", True),
    # a leader noun («le chef libéral») may describe the person introduced as «premier ministre»,
    # the one speaking, rather than an earlier «président» (also «chef de l'État»)
    ("fr", "Alors que le président français, Jean Vidal, vient d'annoncer « un gel des loyers », le "
           "premier ministre Paul Arnaud se vante d'avoir « défendu seul les campagnes ». « Nous "
           "allons calmer le jeu », a confié M. Arnaud. « Restons patients », a dit le chef libéral.",
     "Restons patients", "Paul Arnaud", True),
    # a lone given name with an apposition right after an opening adverb brings that person in
    ("fr", "« On ne lâche rien », a lancé Mireille Caron. Ainsi Odile, une militante venue de Brest, "
           "était-elle là dès l'aube. « Les annonces ne nous suffisent pas », disait-elle.",
     "Les annonces ne nous suffisent pas", "Odile", True),
    # the agent of a passive whose subject is no person is someone a later «a-t-il dit» means
    ("fr", "« Les mesures seront tenues », a dit le ministre Paul Arnaud. Le mouvement a été salué "
           "samedi par l'économiste John Miller, ancien conseiller à la Maison-Blanche.\n« Ce sont les "
           "mêmes électeurs que chez nous », a-t-il assuré.",
     "Ce sont les mêmes électeurs que chez nous", "John Miller", True),
    # … but a person as the passive's subject stays the topic
    ("fr", "« Nous voulons être entendus », a dit Paul Arnaud. Il a été reçu lundi par le préfet Jean "
           "Vidal. « Rien n'a bougé », a-t-il regretté.",
     "Rien n'a bougé", "Paul Arnaud", True),
    # a pronominal verb in an inverted incise («s'indigne-t-elle») reports the words before it
    ("fr", "« On ne lâchera rien », a dit Paul Morel. Si ses voisins l'ont quittée, Mme Dupont reste "
           "forte. « C'est injuste », s'indigne-t-elle.",
     "C'est injuste", "Mme Dupont", True),
    # a pronoun incise never means someone the quoted words name in full (the addressee)
    ("fr", "La ministre Claire Fontaine a invité le sénateur Paul Arnaud, qui a critiqué la réforme sur "
           "Twitter, à plus de retenue. « Je dis à Paul Arnaud qu'il se trompe », a-t-elle déclaré.",
     "Je dis à Paul Arnaud qu'il se trompe", "Claire Fontaine", True),
    # someone unnamed brought in by «un» and a person noun, an apposition between commas, a verb
    ("fr", "« On tient », glisse un policier. Plus loin, un manifestant, casque sur la tête et bras en "
           "écharpe, raconte avoir « croisé les CRS ».",
     "croisé les CRS", "un manifestant", True),
    # a description whose person noun nobody holds («cet homme»), right after a speaker of that
    # gender, is that speaker, not an earlier one known by another role
    ("fr", "« Nous avons entendu la colère », a dit le premier ministre, Jean Vidal. Les routiers ont "
           "maintenu les blocages.\n« Sur le coup, on y a cru », confiait Paul Morel, porte-parole des "
           "routiers. « Mais rien n'a changé », résume cet homme qui viendra samedi.",
     "Mais rien n'a changé", "Paul Morel", True),
    # «la fameuse « … »»: the writer's words, even in the paragraph of a named subject
    ("fr", "Or, Mme Garnier oublie une chose. Les marins avaient déjà connu la fameuse « reconquête "
           "du port » en 1990.",
     "reconquête du port", None, False),
    # a colon after a sentence naming the speaker; «Pour X, … :» opening the next sentence brings
    # in the next quotation, it is no incise of the one before
    ("fr", "Le sénateur Paul Mérand est plus confiant : « Je pense que tout va se calmer bientôt. » "
           "Pour la députée Claire Voisin, c'est l'inconnue : « Personne ne sait ce qui va arriver. »",
     "Je pense que tout va se calmer bientôt.", "Paul Mérand", True),
    # words said by «je» with no cue: the single person quoted just before, not the group named in
    # a subordinate clause after the incise
    ("fr", "« Nous ne sommes pas avec eux », disait Marc, un maçon de 40 ans croisé place de la Gare "
           "alors que les gendarmes lançaient leurs premières grenades. « J'ai une capuche sur la "
           "tête, mais c'est contre la pluie. »",
     "J'ai une capuche sur la tête, mais c'est contre la pluie.", "Marc", True),
    # «ils» with no group quoted yet: the plural group of people opening a sentence just before
    ("fr", "Les commerçants du centre-ville ont manifesté samedi. « Nous perdons de l'argent chaque "
           "semaine », explique Nadia Berrada, fleuriste. Ils réclament « une aide immédiate de l'État ».",
     "une aide immédiate de l'État", "Les commerçants du centre-ville", True),
    # a body quoted with its own verb is the «elle»/«il» of the next incise (its article's gender)
    ("fr", "Anne Roy a parlé lundi. La coordination des bonnets verts rappelle que « les barrages ne "
           "représentent pas le collectif ». « Nous les désapprouvons totalement », ajoute-t-elle.",
     "Nous les désapprouvons totalement", "La coordination des bonnets verts", True),
    # a plural subject («ils», «certains» before a plural verb) opens the quotation's clause: the
    # words are a group's, never those of the one person quoted or met before
    ("fr", "Le ministre Paul Garnier a présenté ses mesures. Si certains saluent des « avancées », ils les "
           "trouvent « trop tardives » ou « timides ».",
     "trop tardives", None, True),
    ("fr", "Le ministre Paul Garnier a présenté ses mesures. Si certains saluent des « avancées », ils les "
           "trouvent « trop tardives » ou « timides ».",
     "timides", None, True),
    ("fr", "Des agriculteurs ont bloqué la rocade lundi. Le ministre Paul Garnier a présenté ses mesures. "
           "Si certains saluent des « avancées », ils les trouvent « trop tardives ».",
     "trop tardives", "Des agriculteurs", True),
    ("fr", "Le ministre Paul Garnier a présenté ses mesures jeudi. Outre les salaires, certains voulaient "
           "défendre « le droit de grève ».",
     "le droit de grève", None, True),
    # no group has spoken and none opens a sentence: a plural pronoun with a reporting verb means
    # the group of people named inside the sentence before (a round number, a label in marks)
    ("fr", "La mairie a présenté son budget mardi. Face au maire se tenaient Hugo Perrin, le trésorier, "
           "et une quinzaine d'autres commerçants.\nIls ont réclamé un parking, disant les clients « lassés "
           "de tourner en rond ». Dans un tract, ils avaient jugé « tardives » les promesses de la mairie.",
     "lassés de tourner en rond", "une quinzaine d'autres commerçants", True),
    ("fr", "La mairie a présenté son budget mardi. Face au maire se tenaient Hugo Perrin, le trésorier, "
           "et une quinzaine d'autres commerçants.\nIls ont réclamé un parking, disant les clients « lassés "
           "de tourner en rond ». Dans un tract, ils avaient jugé « tardives » les promesses de la mairie.",
     "tardives", "une quinzaine d'autres commerçants", True),
    ("fr", "Le préfet a reçu mardi Anne Vidal et des « gilets jaunes » venus de Morlaix. « Nous ne "
           "lâcherons rien », écrivent-ils.",
     "Nous ne lâcherons rien", "des « gilets jaunes » venus de Morlaix", True),
    # «Si certains …, ils …» with no reporting verb: part of a group named in the sentence before,
    # its participle phrase included
    ("fr", "Le projet a été reçu avec prudence par des habitants interrogés sur le marché de Vannes. Si "
           "certains saluent des « efforts », ils les trouvent « trop modestes ».",
     "trop modestes", "des habitants interrogés sur le marché de Vannes", True),
    # an unnamed source of figures («selon la préfecture») in a sentence before does not say the
    # words of a later quotation given to no one
    ("fr", "« Nous irons jusqu'au bout », a lancé la déléguée Inès Morel. Près de 4 000 personnes ont défilé "
           "à Rennes, selon la préfecture. Samedi, une autre marche est prévue pour défendre « la paix "
           "civile et les institutions ».",
     "la paix civile et les institutions", None, True),
    ("fr", "« Nous irons jusqu'au bout », a lancé la déléguée Inès Morel. Le cortège a réuni 900 personnes, "
           "selon la police. Sur les banderoles, on voyait « Rennes debout » et « Pas un pas en arrière ».",
     "Pas un pas en arrière", None, True),
    # an incise inside the marks may name the medium between the verb and its subject
    ("fr", "Le texte divise les juristes. « La réforme est injuste, avertit dans Le Courrier l'avocat Jules "
           "Perrin. Il faut reculer. »",
     "La réforme est injuste, avertit dans Le Courrier l'avocat Jules Perrin. Il faut reculer.",
     "Jules Perrin", True),
    ("fr", "Le texte divise les juristes. « La réforme est injuste, confie à l'AFP la juriste Anne Vidal. "
           "Il faut reculer. »",
     "La réforme est injuste, confie à l'AFP la juriste Anne Vidal. Il faut reculer.", "Anne Vidal", True),
    # «ils» does not mean estimates («selon des estimations»): the people of the sentence before
    ("fr", "Des routiers bloquent le dépôt depuis lundi. Le mouvement a faibli : 40 sites, selon des "
           "estimations officieuses. « On ne partira pas », affirmaient-ils.",
     "On ne partira pas", "Des routiers", True),
    # a new subject after «, et» takes the sentence over: the later quotation is that person's
    ("fr", "Le maire, Paul Ternier, a dénoncé « un accord injuste », et la présidente du syndicat, Odile "
           "Marchal, pense avoir « trouvé un terrain d'entente ».",
     "trouvé un terrain d'entente", "Odile Marchal", True),
    ("fr", "Le sénateur Luc Verdier s’est félicité d’un « accord historique pour la vallée », et la "
           "directrice de la coopérative, Agnès Roussel, croit avoir « tenu parole devant les éleveurs ».",
     "tenu parole devant les éleveurs", "Agnès Roussel", True),
    # … but a pronoun after «, et» is still the first speaker
    ("fr", "Paul Ternier a dénoncé « un accord injuste », et il pense avoir « trouvé mieux ailleurs ».",
     "trouvé mieux ailleurs", "Paul Ternier", True),
    # a cleft sentence («c'est M. X … qui …») after the last quotation puts X in focus: a later
    # «il» is X, not the last person quoted
    ("fr", "Le sénateur Luc Vernier a rejoint le cortège. « Le port vivra », a promis la ministre Claire "
           "Fontenay. « Rien n'est réglé », a ajouté le député Paul Mornet. Mais c'est M. Vernier, dont "
           "le parti soutient les pêcheurs, qui a tenu les propos les plus durs. « Nous irons jusqu'au "
           "bout », a-t-il lancé.",
     "Nous irons jusqu'au bout", "Luc Vernier", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_handover(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
