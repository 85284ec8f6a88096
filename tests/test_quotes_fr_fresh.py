"""French quotations on fresh articles (issue 5): classes of misses seen on articles no rule was
written from. A day or a time word opening a sentence is never someone's name; a heading glued
to the next sentence ends at its closing mark; a name apposed to a description's complement is not
the description's.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.quotations.extract import extract_quotes

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # «Vendredi, un collaborateur …»: the day is a time adverbial, not a person a later «il» may mean
    ("fr", "La rentrée approche à Quimperlé. Vendredi, un collaborateur de la rectrice, Lucie Garnier, "
           "concédait « que les effectifs débordent ». « Il manque trois classes », soupire notre contact.À "
           "lire: l'école rurale, portrait « en couleurs »Bruno Carel a lui aussi arrêté sa position. « La "
           "cantine ouvrira en septembre », a-t-il promis aux parents.",
     "La cantine ouvrira en septembre", "Bruno Carel", True),
    ("fr", "Dimanche, une habitante du hameau estimait que « rien n'est joué ». Les inscriptions sont "
           "terminées.Lire aussi : la kermesse « du printemps »Loïc Bernier s'engage. « Je tiendrai le "
           "stand des crêpes », a-t-il précisé.",
     "Je tiendrai le stand des crêpes", "Loïc Bernier", True),
    # a heading glued to the next sentence by extraction («…aux « coupures »Thomas X …»): the name
    # after the closing mark opens a sentence, and a later «il» means that person
    ("fr", "« La piscine rouvrira », a promis Serge Marchal, adjoint aux sports.Voir aussi: Les clubs "
           "face aux « coupures d'eau »Thomas Girard a lui aussi fait son choix. « Les nageurs d'abord », "
           "a-t-il lancé devant les parents.",
     "Les nageurs d'abord", "Thomas Girard", True),
    ("fr", "« Tout reste à faire », a dit Nadia Benali, présidente de l'association. Lire aussi: La vallée "
           "et ses « bergers inquiets »Erwan Kerjean, 64 ans, a quitté sa ferme de Morlaix avant l'aube : "
           "« On montera jusqu'au col ».",
     "On montera jusqu'au col", "Erwan Kerjean", True),
    # a name after an indefinite description whose complement is a person of the name's gender
    # (not the head's) belongs to the complement: the unnamed assistant speaks
    ("fr", "Le stade attendra. Lundi, un assistant de la directrice du centre, Sophie Lamy, "
           "reconnaissait « que la pelouse ne sera pas prête ».",
     "que la pelouse ne sera pas prête", "un assistant de la directrice du centre", True),
    ("fr", "Une assistante du directeur, Denis Falcon, a indiqué que « les bulletins partiront lundi ».",
     "les bulletins partiront lundi", "Une assistante du directeur", True),
    # … the same gender: the name is the assistant's own
    ("fr", "Un assistant du directeur, Denis Falcon, a indiqué que « les bulletins partiront lundi ».",
     "les bulletins partiront lundi", "Denis Falcon", True),
    # an unnamed group opening the sentence with a future verb («planteront») speaks the next «-ils»
    ("fr", "Les bénévoles ont voté la fête. « On sera nombreuses », disent-elles. À Nantes, des "
           "adhérents de « Vélo pour tous » planteront des tilleuls, commandés dès l'automne. « La rue doit "
           "respirer », préviennent-ils.",
     "La rue doit respirer", "des adhérents de « Vélo pour tous »", True),
    # a subtitle after an embedded post: the capitalised «À» after its closing mark opens a sentence
    ("fr", "Les bénévoles ont voté la fête. « On sera nombreuses », disent-elles. Notre carte "
           "https://t.co/QwEr12 pic.twitter.com/Zx9Qk « Un trajet sûr » À Nantes, des adhérents de "
           "« Vélo pour tous » planteront des tilleuls. « Rendez-nous les trottoirs », exigent-ils.",
     "Rendez-nous les trottoirs", "des adhérents de « Vélo pour tous »", True),
    # after a fronted phrase, the given name (or an honorific and the surname) of someone named in
    # full before opens the clause: the partial quotations after the verb are that person's
    ("fr", "« Nous serons là », a promis Karim Haddad, boulanger. Le maire Alain Brun a réagi mardi. "
           "Comme ses voisins du marché, Karim reproche à la commune de « taxer » les étals, « jamais les "
           "grandes surfaces ».",
     "jamais les grandes surfaces", "Karim Haddad", True),
    ("fr", "« Nous serons là », a promis Karim Haddad, boulanger. Le maire Alain Brun a réagi mardi. "
           "Derrière son comptoir, M. Haddad soupçonne la commune de vouloir « taxer » les étals.",
     "taxer", "Karim Haddad", True),
    # a quotation whose opener was lost: its closer before a comma opens nothing, so the next
    # quotation, and only it, is found
    ("fr", "La gare reste close. Trains supprimés Les cheminots ne céderont rien », a dit à la radio "
           "Marie Lenoir, déléguée syndicale. « Annoncer les travaux en plein été va agacer les "
           "voyageurs », estime Julien Mercier, urbaniste à Rennes.",
     "Annoncer les travaux en plein été va agacer les voyageurs", "Julien Mercier", True),
    # a sentence opening on quoted words and a comma: the incise later in the sentence names who
    # said them
    ("fr", "La foire aux bestiaux a été annulée. « Une immense déception », « un trou dans la caisse » "
           "pour les éleveurs du canton, a regretté pour sa part le président du comice, Henri Baudry.",
     "Une immense déception", "Henri Baudry", True),
    ("fr", "Le plan de la rectrice a été présenté. « Trop peu », du « rafistolage », ont lancé plusieurs "
           "parents venus à la réunion.",
     "Trop peu", "plusieurs parents venus à la réunion", True),
    # a role with its complement means the person named with that very description, not the
    # last holder of the bare role
    ("fr", "L'accord sera signé en juin, a annoncé le porte-parole du syndicat, Luc Moreau. Les "
           "ouvriers attendent depuis l'hiver. Les saisonniers comptent « se faire entendre », d'après "
           "leur porte-parole Inès Caron. La centrale « parie sur la négociation », a ajouté le "
           "porte-parole du syndicat.",
     "parie sur la négociation", "Luc Moreau", True),
    # a participle after a comma has the subject opening the sentence: «Nombre de « X »» (a
    # quotation inside it), a subject that ends before an object clitic («leur»)
    ("fr", "« Le chantier démarre », a dit l'architecte Marc Olivier. Les voisins s'inquiètent. "
           "Nombre de « riverains » leur reprochent depuis des mois leur silence, jugeant la "
           "passerelle « hors de prix ».",
     "hors de prix", "Nombre de « riverains »", True),
    ("fr", "« Le chantier démarre », a dit l'architecte Marc Olivier. Plusieurs voisins lui "
           "reprochent le vacarme, jugeant les travaux « trop longs ».",
     "trop longs", "Plusieurs voisins", True),
    # a given name after «pour» with its age but no comma brings someone in; «elle» means her
    ("fr", "« C'est notre quartier », répète Samir, 35 ans, plombier. Premier concert pour Louise 19 "
           "ans, arrivée de Poitiers. Même sans « un sou en poche », elle veut rester jusqu'au bout car « la "
           "musique appartient à tous ».",
     "la musique appartient à tous", "Louise", True),
    # no comma after the quotation, then the verb, a time phrase with «dès» and the subject
    ("fr", "La séance a été houleuse. « Le plus dur, ce sera l'hiver » a prévenu dès mardi la "
           "présidente du département Claire Fabre.",
     "Le plus dur, ce sera l'hiver", "Claire Fabre", True),
    # «qui» after a lone given name and its apposition: that person qualifies the words
    ("fr", "« Nos rayons se vident », raconte Bastien, libraire à Vannes, qui qualifie de « coup de "
           "massue » la nouvelle taxe sur le papier.",
     "coup de massue", "Bastien", True),
    # an elided conjunction glued to the article is no part of the speaker
    ("fr", "À la cafétéria, lorsqu'un lycéen lui a demandé si « les prix vont baisser », le "
           "gérant a haussé les épaules.",
     "les prix vont baisser", "un lycéen", True),
    # a gerund («en rappelant») has the subject of the sentence, never the phrase right before it
    ("fr", "Le trésorier, Luc Andrieu, se dit prêt à discuter. Cela n'interdit pas à la présidente du "
           "club, Agnès Roy, de hausser le ton en rappelant qu'elle restera « intraitable ».",
     "intraitable", "Agnès Roy", True),
    # a body named by its place is not the earlier speaker introduced with the same place
    ("fr", "Le Comité laitier du Val-Morin, qui regroupe les fermes de la vallée, dénonce dans une lettre "
           "ouverte son « profond désaccord avec les coupures d'eau décidées (...) pour les étables et les "
           "hameaux qui en dépendent ». La préfecture du Val-Morin avait annoncé jeudi matin que "
           "« des citernes » seraient livrées aux habitants.",
     "des citernes", "La préfecture du Val-Morin", True),
    # (tune13fr round) a mood set off by commas between the incise verb and its subject
    ("fr", "« Le marché couvert rouvrira au printemps », estime, ravie, Odile Ferrand, une commerçante du "
           "bourg.",
     "Le marché couvert rouvrira au printemps", "Odile Ferrand", True),
    # a lone given name with a trade brings someone in; a later «confie-t-il» means him
    ("fr", "Plus loin, deux riverains discutent près du lavoir.\nGaston, menuisier à la retraite, observe la "
           "scène.\n« On n'avait jamais vu autant de monde », confie-t-il.",
     "On n'avait jamais vu autant de monde", "Gaston", True),
    # «le secrétaire d'État <given name> X»: the complement of the role, then the name
    ("fr", "« Ce n'est pas suffisant », critique aussi Firmin de Lestrade.\n« Le dialogue reste ouvert », "
           "selon le secrétaire d'État Didier Vasseur.",
     "Le dialogue reste ouvert", "Didier Vasseur", True),
    # «de même source»: the source named just before speaks again
    ("fr", "Un bénévole, Joachim, 22 ans, a décrit les lieux. Des renforts sont arrivés, a indiqué la "
           "préfecture de la Drôme. Le soir, le calme était « revenu », a-t-on précisé de même source.",
     "revenu", "la préfecture de la Drôme", True),
    # words read in a document are the document's
    ("fr", "Le dépôt est resté fermé. « Les grévistes bloquaient l'accès au dépôt », peut-on lire sur le "
           "rapport de gendarmerie.",
     "Les grévistes bloquaient l'accès au dépôt", "le rapport de gendarmerie", True),
    # a page, an account or one of several groups online, after «peut-on lire sur» / «lisait-on sur», holds
    # the words read there
    ("fr", "Le collectif a rappelé ses membres. « Rendez-vous au pont dès l'aube », lisait-on sur "
           "l'un des comptes Telegram du collectif.",
     "Rendez-vous au pont dès l'aube", "l'un des comptes Telegram du collectif", True),
    ("fr", "Lucien Marsac a quitté la réunion. « Pas de trêve avant le printemps », peut-on lire sur le "
           "compte Telegram des riverains.",
     "Pas de trêve avant le printemps", "le compte Telegram des riverains", True),
    # a noun phrase marked inside a sentence closed by a reporting incise: the subject's wording
    ("fr", "Le débat a duré tard. Une « trentaine de camions-citernes » seront déployés dans la vallée, a "
           "ajouté le préfet Hervé Castagne.",
     "trentaine de camions-citernes", "Hervé Castagne", True),
    # one word marked again later, said first inside a sentence a reporting incise closes
    ("fr", "Le plan « excessif » du maire divise, estime l'historien Paul Demeure. Les coûts restent "
           "« excessifs » pour ses adversaires aussi.",
     "excessif", "Paul Demeure", True),
    # «…, qui ont dénoncé … « … », rapporte le quotidien X»: the plural group before the
    # complement is the antecedent and speaks; the paper closing the sentence only relays it
    ("fr", "La ministre a été prise à partie par une dizaine de pêcheurs du Finistère lors d'une visite à "
           "l'Arsenal mardi, qui ont dénoncé pendant une heure devant elle sa politique « injuste » et "
           "« brutale », rapporte le quotidien Le Courrier marin.",
     "injuste", "une dizaine de pêcheurs du Finistère", True),
    # a specialist introduced by trade is not the head of state described later
    ("fr", "Le constitutionnaliste français Gilles Ferrand a proposé une formule. Le président français a "
           "assuré qu'il ne devait rien à un parti ou à une « clique ».",
     "clique", "Le président français", True),
    # «X qui « <reporting verb> … »»: the antecedent of the relative says the words
    ("fr", "Le maire a parlé. L'appel, relayé par la Fédération des artisans qui « déplore les "
           "dégradations », a été entendu.",
     "déplore les dégradations", "la Fédération des artisans", True),
    # a complement after the quotation, then the incise; «Autres …» before the colon names no one
    ("fr", "La ministre a tranché. Autres aides supprimées : « la prime vélo et le forfait transport » pour "
           "les apprentis, confirme l'entourage de la ministre.",
     "la prime vélo et le forfait transport", "l'entourage de la ministre", True),
    # «confirmer» reports what its subject says
    ("fr", "Le maire s'est exprimé. La préfecture a confirmé à la presse qu'un « randonneur légèrement "
           "blessé » a été soigné.",
     "randonneur légèrement blessé", "La préfecture", True),
    # a group in a relative that shouts the words speaks them
    ("fr", "Le vigile a essuyé l'hostilité d'un groupe de 20 à 30 ouvriers qui criaient « patrons "
           "voleurs » devant l'usine.",
     "patrons voleurs", "groupe de 20 à 30 ouvriers", True),
    ("fr", "Les gendarmes reculent sous les huées des grévistes qui scandent « police partout ».",
     "police partout", "des grévistes", True),
    # a day right after a participle closing the speaker phrase belongs to it
    ("fr", "« Il y avait une trentaine de personnes », précise l'une des deux plaintes déposées mardi.",
     "Il y avait une trentaine de personnes", "l'une des deux plaintes déposées mardi", True),
    # a body's acronym in brackets between the body and its verb
    ("fr", "Le maire est inquiet. La Fédération nationale des boulangers (FNB) a apporté « son soutien "
           "entier aux artisans touchés ».",
     "son soutien entier aux artisans touchés", "La Fédération nationale des boulangers", True),
    # a group of people opening the sentence says its unattributed words
    ("fr", "Une élue a parlé, Lise Morand. En réponse, plusieurs infirmiers du secteur ont lancé lundi "
           "un appel à la grève, « par solidarité avec nos collègues agressés ».",
     "par solidarité avec nos collègues agressés", "plusieurs infirmiers du secteur", True),
    # «l'ancien député LR»: a role and its party describe the person named later
    ("fr", "Dans un message, l'ancien député LR a avoué son « admiration » pour l'orateur. La ministre Anne "
           "Corvel l'a critiqué. Ce qui fait dire au député LR Rachid Benali que « le débat est faussé ».",
     "admiration", "Rachid Benali", True),
    # «au président canadien» in a sentence Mark X opens: the description is someone else
    ("fr", "Mark Dalton a salué lundi Luc Caron en écrivant au président canadien une longue lettre. « Entre "
           "voisins on se doit l'écoute », avait rétorqué le président canadien.",
     "Entre voisins on se doit l'écoute", "Luc Caron", True),
    # a comparison («rousses comme des écureuils») closes the group
    ("fr", "Deux sœurs rousses comme des écureuils confirment ses propos. « Nous resterons ici tout "
           "l'hiver », ajoutent-elles.",
     "Nous resterons ici tout l'hiver", "Deux sœurs rousses", True),
    # a person described by a participle phrase opens the clause before the colon
    ("fr", "Les cyclistes ont défilé samedi. Au journal du soir, une passante portant un foulard rouge "
           "sur le pont a bien résumé l'ambiance : « La ville sera verte ou ne sera pas. »",
     "La ville sera verte ou ne sera pas.", "une passante portant un foulard rouge sur le pont", True),
    # the reported words go on past the marks up to a listed incise
    ("fr", "Le budget est serré. « Si on veut éviter la crise », il faut continuer à baisser les taxes, "
           "croit le premier ministre Paul Lemaire.",
     "Si on veut éviter la crise", "Paul Lemaire", True),
    # a given name alone, then an auxiliary: that person opens the clause (the participle after
    # it reports their words)
    ("fr", "La préfecture a parlé. « Tout est calme », a dit la préfecture. À Brest, Pascale est venue "
           "dénoncer les tirs, assurant avoir vu un blessé lors « d'une marche pour le climat ».",
     "d'une marche pour le climat", "Pascale", True),
    # an embedded post's short link glued to the next sentence (the ten-character code, then a
    # capitalised word): the link ends the sentence, its code is no part of the next subject
    ("fr", "Des pêcheurs chantent sur le port pic.twitter.com/Qx7pLm2RtaDes armateurs ont dénoncé "
           "« une fête sans fin ».",
     "une fête sans fin", "Des armateurs", True),
    # a present spelled like its participle («dit», «écrit», «craint») is the verb of the phrase
    # before it when «que», an infinitive or «avoir» follows
    ("fr", "La fête du quartier est annulée. La mairie dit avoir pris sa décision « en raison des "
           "orages annoncés ».",
     "en raison des orages annoncés", "La mairie", True),
    ("fr", "Le concours de pêche a été reporté. Le journal local écrit que « les berges restent trop "
           "glissantes ».",
     "les berges restent trop glissantes", "Le journal local", True),
    # … and in an incise left inside the marks («…, dit X. …»), which splits the quotation
    ("fr", "« Nous ouvrirons la halle lundi. Les producteurs viendront de toute la vallée, dit Hélène "
           "Marchal. Le marché du soir suivra en juin ». La foire est prévue.",
     "Le marché du soir suivra en juin", "Hélène Marchal", True),
    # an incise inside the marks ending on the name of the one it describes («…, écrit le
    # directeur de X, Paul Y. …»): the name closes the incise and speaks
    ("fr", "Le verger a souffert. « Les pommiers ont gelé en avril, écrit le directeur de la "
           "coopérative, Paul Vernier. Il faudra replanter à l'automne ». La récolte sera maigre.",
     "Les pommiers ont gelé en avril", "Paul Vernier", True),
    # a phrase after a verb or a preposition, opening with an indefinite or plural determiner and
    # a person noun, then «qui» and a reporting verb: the relative's antecedent speaks (not the
    # whole clause before it)
    ("fr", "La rue piétonne divise. Le maire a reçu des commerçants qui estiment que « la rue est "
           "morte le soir ».",
     "la rue est morte le soir", "des commerçants", True),
    ("fr", "Quelques parents ont quitté la réunion, peu d’accord avec d’autres délégués "
           "plus patients qui jugent que « la rentrée peut attendre ».",
     "la rentrée peut attendre", "d’autres délégués plus patients", True),
    # «évoque» reports only in an incise, save right before an indefinite determiner and marks:
    # the subject's own words for what it speaks of
    ("fr", "« La fréquentation baisse », a reconnu un porte-parole de la coopérative qui évoque des "
           "« pertes sévères » depuis l'été.",
     "pertes sévères", "un porte-parole de la coopérative", True),
    # the name in marks of a body or a page after its noun is part of the phrase naming the speaker
    ("fr", "Les jardiniers se retrouveront dimanche pour « replanter la haie », selon un groupe "
           "Facebook « haies vives » qui compte des centaines de membres.",
     "replanter la haie", "un groupe Facebook « haies vives »", True),
    ("fr", "Le collectif « Vergers du Léon » a affirmé vouloir « replanter chaque pommier ».",
     "replanter chaque pommier", "Le collectif « Vergers du Léon »", True),
    # a sentence opened by the relative «Qui» (no question) goes on about the one just quoted
    ("fr", "Le budget sera voté jeudi. « La promesse sera tenue », assure Paul Garnier. Qui en appelle "
           "à « la sagesse des élus » pour voter le texte dès janvier .   (agences)",
     "la sagesse des élus", "Paul Garnier", True),
    # a participle after a noun in marks, before a colon, describes that noun: no speaker phrase
    ("fr", "Mardi, Julie Verdier a voulu rassurer les familles, allant jusqu’à affirmer au sujet du "
           "« bonus vélo » voté récemment par le gouvernement : « Personne ne sait comment l'obtenir. "
           "Moi non plus. »",
     "Personne ne sait comment l'obtenir. Moi non plus.", "Julie Verdier", True),
    # a lone given name opening a clause brings a person in; «cette infirmière» then means her,
    # not the speaker quoted before
    ("fr", "« On n'en peut plus », s'indigne Maurice, retraité qui vit à Brest avec 700 euros. Plus au "
           "sud, à Vannes, Sandrine proteste elle aussi contre « les péages ». « C'est devenu intenable », "
           "soupire cette infirmière de 38 ans.",
     "C'est devenu intenable", "Sandrine", True),
    # «ajoute t-il»: the inverted pronoun written apart from its verb still means the last speaker
    ("fr", "« Tout augmente », s'agace Maurice, rencontré sur le marché de Redon. « Le chantier prendra "
           "du temps », souligne Marc Delorme, du cabinet Urbis. « Rien ne sera prêt avant l'été », "
           "ajoute t-il.",
     "Rien ne sera prêt avant l'été", "Marc Delorme", True),
    # «pointant» reports like «dénonçant»; a plural group right before it is its own subject
    ("fr", "« La situation se tend », a déclaré lundi le préfet Alain Mercier, pointant une « escalade » et "
           "des dégâts nombreux.",
     "escalade", "Alain Mercier", True),
    ("fr", "Plusieurs centaines de blessés ont été recensés depuis un mois par les secours, les « bonnets "
           "verts » pointant du doigt la « brutalité des gendarmes ».",
     "brutalité des gendarmes", "les « bonnets verts »", True),
    # «… dénonce « … » et la CGT (…) une mesure pour « … »»: the verb left out after a second
    # subject; that subject speaks the later words
    ("fr", "Du côté des syndicats, Force Ouvrière (réformiste) dénonce « une provocation » et la "
           "CGT (contestataire) une mesure de façade pour « calmer les campagnes ».",
     "calmer les campagnes", "la CGT", True),
    # a few lowercase words in marks that a nearby full quotation holds word for word: its
    # speaker's words, quoted in part first
    ("fr", "Bien que la réforme n'ait trouvé que « peu de soutien » dans les campagnes, le syndicat agricole "
           "salue le geste du ministre. « Elle a trouvé peu de soutien chez nos adhérents, mais on avance », "
           "a répondu Paul Lemarchand, son président.",
     "peu de soutien", "Paul Lemarchand", True),
]


def test_contrasted_group_is_not_the_later_ils() -> None:
    """«d'autres délégués» met inside a sentence speak their relative's words; the later «ils»
    means the group the sentence opened with."""
    text = ("Quelques parents ont affirmé mardi que la grève continuerait, peu d’accord avec "
            "d’autres délégués plus patients qui jugent que « la rentrée peut attendre ». La directrice a "
            "reçu les familles lundi. Ils ont aussi réclamé des « classes moins chargées ».")
    found = {q.text: q.speaker for q in extract_quotes(text, language="fr")}
    assert found["la rentrée peut attendre"] == "d’autres délégués plus patients"
    assert found["classes moins chargées"] == "Quelques parents"


def test_lost_opener_takes_no_words_between() -> None:
    """The words between a closer whose opener was lost and the next opener are no quotation."""
    text = ("Cours annulés Les enseignants resteront unis », a dit Marie Lenoir, déléguée syndicale. "
            "« Personne ne cède », ajoute Julien Mercier.")
    spans = [q.text for q in extract_quotes(text, language="fr")]
    assert spans == ["Personne ne cède"]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_fresh_article_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
