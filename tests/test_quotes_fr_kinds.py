"""French words in marks that are not speech (issue 5, precision): headings glued to the text,
and the speech of the same shape that must stay speech; and the kind of speech (a fragment grafted
onto the writer's sentence, or a clause or sentence of speech).

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.quotations import extract_quotes

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a heading between two sentences, glued to the next one by the page's extraction
    ("fr", "« Le quartier restera ouvert », a assuré la maire Claire Vidal devant la presse. "
           "« Nous tiendrons bon » Le préfet a pour sa part annoncé de nouveaux contrôles.",
     "Nous tiendrons bon", None, False),
    # the same heading on a line of its own
    ("fr", "« Le quartier restera ouvert », a assuré la maire Claire Vidal devant la presse.\n\n"
           "« Un hiver difficile »\n\nLe préfet a pour sa part annoncé de nouveaux contrôles.",
     "Un hiver difficile", None, False),
    # a short capitalised clause opening with a subject pronoun, standing as a sentence after a
    # speaker's quotation: that speaker's words, not a scare quote
    ("fr", "La place était noire de monde.\n « Je reste, mais j'ai peur », résumait Lucie, une caissière "
           "de 32 ans, devant une vitrine brisée. « Ça sent la poudre ».\n « On est là », a dit Paul Girard.",
     "Ça sent la poudre", "Lucie", True),
    ("fr", "« Les digues tiendront », assure Marc Olivier, un éclusier. « Il faut y croire ». Le niveau "
           "monte pourtant.",
     "Il faut y croire", "Marc Olivier", True),
    # announced by a colon at the end of the line before: the words are said
    ("fr", "Sur le parvis, Paul Morel a lancé :\n« Nous tiendrons bon »\nLe cortège est ensuite reparti.",
     "Nous tiendrons bon", "Paul Morel", True),
    # a sentence of speech with its own full stop stays speech, whatever follows
    ("fr", "Paul Morel, un syndicaliste, a rejoint le cortège vers midi. « Nous tiendrons bon. » "
           "Le cortège est ensuite reparti vers la gare.",
     "Nous tiendrons bon.", "Paul Morel", True),
    # the so-called: «dites», «dits» cannot be the verb of saying, «dit» can
    ("fr", "Le maire Hervé Lantier a visité mardi les écoles des quartiers dits « sensibles » de la ville.",
     "sensibles", None, False),
    ("fr", "Le maire Hervé Lantier dit « non » au projet de rocade.",
     "non", "Hervé Lantier", True),
    # a noun that names a word, a name or a kind right before the marks: the thing named
    ("fr", "« Nous voulons être entendus », a déclaré Anne Roux. Elle refuse pourtant le mot « grève » "
           "pour parler du mouvement.",
     "grève", None, False),
    ("fr", "Des aides-soignantes ont monté un collectif en ligne sous le nom « tabliers verts », "
           "a raconté Léa Fontaine, l'une d'elles.",
     "tabliers verts", None, False),
    ("fr", "Selon la gendarmerie, les deux hommes portaient des casques du type « chantier » lors du vol.",
     "chantier", None, False),
    # a list goes on in the kind of its first item («le mot « … » ou « … »»)
    ("fr", "« Nous voulons être entendus », a déclaré Anne Roux. Elle n'aime pas le mot « émeute » "
           "ou « révolte » pour parler du mouvement.",
     "révolte", None, False),
    ("fr", "« Le stock est vide », a reconnu Anne Roux. Ces grenades sont vendues sous l'appellation "
           "« matériel de maintien de l'ordre ».",
     "matériel de maintien de l'ordre", None, False),
    # a noun of setting up or holding an event, then its complement in marks: the event's name
    ("fr", "La maire Claire Vidal a annoncé jeudi le lancement officiel d'une « semaine du vélo » "
           "qu'elle veut ouverte à tous.",
     "semaine du vélo", None, False),
    ("fr", "« Il faut écouter les habitants », a dit Paul Morel. Le préfet prépare l'organisation de la "
           "« consultation des riverains » prévue en mars.",
     "consultation des riverains", None, False),
    # (words with their own article after such a noun are someone's: «la création d'« un … »»)
    ("fr", "Le maire Paul Morel réclame depuis des mois la création d'« un guichet unique pour les "
           "artisans ».",
     "un guichet unique pour les artisans", "Paul Morel", True),
    # a number right before the marks: the category counted
    ("fr", "« Nous attendons du monde », a dit le préfet Jean Roux. Sur la page de l'événement, 3 000 "
           "« intéressés » et 900 participants étaient recensés jeudi.",
     "intéressés", None, False),
    ("fr", "« Nous attendons du monde », a dit le préfet Jean Roux. Sur la page de l'événement, plus de "
           "2.500 se sont déclarés « partants », selon la mairie.",
     "partants", None, False),
    # a verb of calling with the impersonal «on»: the name everyone uses (with a person: their words)
    ("fr", "Le maire Paul Morel a visité le quartier. C'est ce qu'on appelle la « fracture territoriale », "
           "note le rapport.",
     "fracture territoriale", None, False),
    ("fr", "Le ministre Marc Delorme défend depuis lundi ce qu'il appelle une "
           "« sobriété choisie ».",
     "sobriété choisie", "Marc Delorme", True),
    # (a date before the verb of the sentence counts nothing: the words are the speaker's)
    ("fr", "Mardi, le ministre Paul Morel annonce que les hausses prévues pour le 1er janvier 2030 sont "
           "« suspendues » pour six mois.",
     "suspendues", "Paul Morel", True),
    # words in capitals within a line of capitals, or alone on their line: a headline
    ("fr", "« Nous resterons », a dit Anne Roux.\n« PLACE NETTE » : LE MAIRE REPREND LA MAIN\n"
           "Lyon - Le maire a annoncé mardi la fin du campement.",
     "PLACE NETTE", None, False),
    ("fr", "« Nous resterons », a dit Anne Roux, une habitante.\n« ON NE BOUGE PLUS ! »\nLe cortège est "
           "reparti vers la gare.",
     "ON NE BOUGE PLUS !", None, False),
    # a short partial quotation of a named speaker stays speech
    ("fr", "Le ministre Paul Morel a rejeté mardi la proposition, qu'il juge « inacceptable ».",
     "inacceptable", "Paul Morel", True),
    # a noun of a body, a page or a work, then its name in marks, whatever verb governs the sentence
    ("fr", "« Les blessés sont nombreux », a dit Anne Roux. Selon le collectif citoyen « Rendez-nous "
           "la place », 14 personnes ont été hospitalisées depuis l'automne.",
     "Rendez-nous la place", None, False),
    ("fr", "Le préfet Jean Roux a reçu mardi des membres du collectif « cyclistes en colère », "
           "a indiqué la préfecture.",
     "cyclistes en colère", None, False),
    ("fr", "La maire Claire Vidal a lu en séance l'article « Nous ne sommes pas vos ennemis » publié "
           "par une habitante.",
     "Nous ne sommes pas vos ennemis", None, False),
    ("fr", "Le maire Paul Morel a dit avoir lu la pétition « sauvons la piscine du quartier », "
           "qui a réuni 4 000 signatures.",
     "sauvons la piscine du quartier", None, False),
    # an event's name after a definite determiner («le « … »», «au « … »»)
    ("fr", "« Nous voulons être consultés », a déclaré Anne Roux. Elle ne participera pas au "
           "« forum citoyen » prévu en mars à la mairie.",
     "forum citoyen", None, False),
    ("fr", "Le ministre Marc Delorme rappelle que le prochain « grand débat régional » doit commencer "
           "en février.",
     "grand débat régional", None, False),
    # a label cut short: «les « bonnets »» where «bonnets verts» is marked again and again
    ("fr", "Les « bonnets verts » ont bloqué le pont lundi. Le maire Paul Morel a reçu les "
           "« bonnets verts » mardi. Il a écouté les demandes formulées par les « bonnets », "
           "a précisé la mairie.",
     "bonnets", None, False),
    # the people a verb of urging calls on, between its determiner and «à» + infinitive
    ("fr", "Le ministre Marc Delorme s'est félicité du calme, appelant les « blouses blanches » "
           "à reprendre le travail.",
     "blouses blanches", None, False),
    # a heading whose line break was lost, glued to the longer quotation of the paragraph below
    ("fr", "« Le quartier restera ouvert », a assuré la maire Claire Vidal. « On tient bon » « Nous avons "
           "passé tout l'hiver sur ce parking et nous y resterons », explique Paul Morel.",
     "On tient bon", None, False),
    # a group's label completing a noun that is itself a complement («une journée de mobilisation des « … »»)
    ("fr", "Le préfet Jean Roux a annoncé des renforts pour la quatrième semaine de grève des "
           "« blouses blanches », a indiqué la préfecture.",
     "blouses blanches", None, False),
    # a plain label for a group of people after a determiner, a number or a preposition: a term,
    # whatever named speaker or reporting verb is near
    ("fr", "Le maire Hervé Lantier a reçu mardi six « porte-parole » des riverains, a indiqué la mairie.",
     "porte-parole", None, False),
    ("fr", "La préfète Odile Marchand a interdit pour un mois les rassemblements de « zadistes » "
           "près du barrage de Vernac.",
     "zadistes", None, False),
    # another of a known kind of thing, after an article and an adjective of recurrence
    ("fr", "Les organisateurs espèrent une nouvelle « vague orange » dimanche, selon la préfecture "
           "du Tarn.",
     "vague orange", None, False),
    # a heading on a line of its own may end on a question mark
    ("fr", "« Le quartier restera ouvert », a assuré la maire Claire Vidal devant la presse.\n\n"
           "« Un hiver de trop ? »\n\nLe préfet a pour sa part annoncé de nouveaux contrôles.",
     "Un hiver de trop ?", None, False),
    # a heading cut by an ellipsis, its words taken from a quotation further down
    ("fr", "« On a tenu jusqu'au soir », se souvient Marc Ledoux. « Ma sœur m'a écrit... »  « Quand "
           "on est arrivés au pont, la rue était fermée », raconte-t-il. Plus tard, il ajoute : « Ma "
           "sœur m'a écrit : reviens vite. Je la comprends. »",
     "Ma sœur m'a écrit...", None, False),
    # marks inside the headline of a linked article, a few words after «Lire aussi :»
    ("fr", "Le cortège est parti à midi. Lire aussi: Nantes redoute « une très forte affluence » ce "
           "samedi. Le préfet a renforcé les contrôles.",
     "une très forte affluence", None, False),
    ("fr", "Le cortège est parti à midi. Lire aussi : Rennes, ville calme : « Nous ne bougerons pas »"
           "Le préfet a renforcé les contrôles.",
     "Nous ne bougerons pas", None, False),
    # a capitalised title after the maker of a work («l'auteur de»)
    ("fr", "Le chanteur Jules Ravel est aussi l'auteur de « Tu nous as menti, Paulo », une chanson "
           "vue un million de fois.",
     "Tu nous as menti, Paulo", None, False),
    # a list of headlines before a verb of headlining: every one is a title
    ("fr", "Le ministre a annulé son voyage. « Le bourg sous le choc réclame la vérité », « Monsieur "
           "le maire, il faut agir », titraient respectivement les journaux locaux.",
     "Le bourg sous le choc réclame la vérité", None, False),
    # a noun of a body or a work, then «en ligne» / «sur Facebook», then its name in marks
    ("fr", "La pétition en ligne « contre la fermeture de la maternité », lancée par une sage-femme, "
           "a recueilli vingt mille signatures.",
     "contre la fermeture de la maternité", None, False),
    # a few marked words open the sentence, which goes on past them up to a reporting incise
    ("fr", "La préfète a visité le chantier mardi. « Une aide ponctuelle » de l'État suffirait, a estimé "
           "la préfète Claire Vidal.",
     "Une aide ponctuelle", "Claire Vidal", True),
    # «dit» after a noun that names no one is «so-called»: the one word after it is a name
    ("fr", "« Le système est injuste », explique Paul Morel, économiste. En Suisse, le régime dit "
           "« spécial » concerne peu de monde.",
     "spécial", None, False),
    # a headline announced by «titre» and a colon or a question mark
    ("fr", "Un article du Courrier de Lormes fait le tour des réseaux. Son titre ? « Les petites lignes "
           "de train vont toutes fermer ». Le maire Paul Vernier dément.",
     "Les petites lignes de train vont toutes fermer", None, False),
    ("fr", "Le journal a publié une enquête mardi. Le titre est sans appel : « Le canal de Valbrune est "
           "à l'abandon ». La mairie n'a pas répondu.",
     "Le canal de Valbrune est à l'abandon", None, False),
    # an infinitive and its object in marks are someone's words, even marked twice in the article
    ("fr", "Le gouvernement cherche à « rebâtir la confiance » avec les maires. Le ministre Paul Morel "
           "a reçu les élus du Cher mardi. Il faut « rebâtir la confiance », a-t-il dit à la sortie.",
     "rebâtir la confiance", "Paul Morel", True),
    # an infinitive phrase in marks with no reporting verb: the sentence's own subject says it when
    # a person or a body, else no one named (not the last person the article named)
    ("fr", "Le sénateur Lucien Barrault a défendu son texte. « Il passera », a-t-il affirmé. La maire "
           "souhaite « tenir la cadence » jusqu'au vote.",
     "tenir la cadence", "La maire", True),
    ("fr", "La députée Odile Ferrand a visité le port. « Rien n'est réglé », a-t-elle lancé. Une mission "
           "a été confiée à deux inspecteurs pour « éclaircir les comptes » du chantier.",
     "éclaircir les comptes", None, False),
    ("fr", "Le préfet Marc Delaunay a reçu les pêcheurs. « Le dialogue reprend », a-t-il dit. Mardi, les "
           "tracts des collectifs visaient à « bloquer les quais » dès l'aube.",
     "bloquer les quais", None, False),
    # a participle of judging, then «par» and the people who judged: their words
    ("fr", "Le conseil a voté la fermeture du marché, une décision jugée « absurde » par des "
           "commerçants de la halle.",
     "absurde", "des commerçants de la halle", True),
    # a naming participle names only the marks right after it: a verb phrase of its own after that
    # name («baptisée « X », pour « … »») reports words again (here those of the person a cleft
    # sentence put in focus, whom «il» means)
    ("fr", "Le sénateur Luc Vernier a rejoint le cortège. « Le port vivra », a promis la ministre Claire "
           "Fontenay. « Rien n'est réglé », a ajouté le député Paul Mornet. Mais c'est M. Vernier, dont "
           "le parti soutient les pêcheurs, qui a tenu les propos les plus durs. Dénonçant lui aussi la "
           "pêche illégale, il a proposé sa permanence, baptisée « La Vigie », pour « recueillir toutes les "
           "plaintes » des équipages.",
     "recueillir toutes les plaintes", "Luc Vernier", True),
    # a figure in marks (a number first) given to a source by a cue is its estimate, not a label
    ("fr", "Près de 2000 personnes ont défilé à Lunel, dont « 120 casseurs », selon la gendarmerie.",
     "120 casseurs", "la gendarmerie", True),
    ("fr", "Le député Paul Mornet a salué le texte, jugeant qu'il reprenait « 80 % » de ses idées.",
     "80 %", "Paul Mornet", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_quote_kind(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)


# (text, quoted text, expected kind: full or partial)
KINDS = [
    # words in marks opening in lower case right after the writer's words: a fragment, however long
    ("Le maire Paul Verdier a assuré que la digue n'était « pas menacée par la crue de cette semaine ».",
     "pas menacée par la crue de cette semaine", "partial"),
    ("La préfète Anne Roy a dénoncé des « dégradations inacceptables contre les abris des pêcheurs ».",
     "dégradations inacceptables contre les abris des pêcheurs", "partial"),
    ("Le syndicat a appelé les éleveurs à « garder leur calme jusqu'à la fin des négociations ».",
     "garder leur calme jusqu'à la fin des négociations", "partial"),
    ("Selon la mairie, la fête « se tiendra quoi qu'il arrive sur la place du marché ».",
     "se tiendra quoi qu'il arrive sur la place du marché", "partial"),
]


@pytest.mark.parametrize(("text", "quoted", "kind"), KINDS)
def test_french_speech_kind(text: str, quoted: str, kind: str) -> None:
    found = {q.text: q for q in extract_quotes(text, language="fr")}
    assert quoted in found, list(found)
    assert found[quoted].kind == kind, found[quoted]


# (text, quoted text, expected speaker and kind of its FIRST occurrence)
ECHOES = [
    # a heading that repeats word for word a quotation the article gives to someone: that
    # speaker's words set as a heading
    ("Le conseil a voté la fermeture du lavoir.\n\n« On nous a oubliés »\n\nÀ Brest, Mireille Caradec "
     "a perdu son stand. « On nous a oubliés », soupire cette maraîchère de 61 ans.",
     "On nous a oubliés", "Mireille Caradec", "full"),
    ("Le conseil a voté la fermeture du lavoir. « Tout reste à refaire » À Brest, Mireille Caradec a "
     "perdu son stand. « Tout reste à refaire », soupire cette maraîchère de 61 ans.",
     "Tout reste à refaire", "Mireille Caradec", "full"),
    # … and a few lowercase words marked inside a sentence, left to no one
    ("Ce plan de relance est censé « rebâtir la confiance perdue » avec les artisans. En visite à "
     "Vierzon, le ministre Hervé Landry a été clair. Il faut « rebâtir la confiance perdue », a-t-il dit.",
     "rebâtir la confiance perdue", "Hervé Landry", "partial"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "kind"), ECHOES)
def test_french_heading_echo(text: str, quoted: str, speaker: str, kind: str) -> None:
    first = next(q for q in extract_quotes(text, language="fr") if q.text == quoted)
    assert (first.speaker, first.kind) == (speaker, kind), first
