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
    # a set adverbial («d'ores et déjà», «par ailleurs») between the auxiliary and the participle
    ("fr", "Le débat commence mardi. « On veut du concret, tout de suite », a d'ores et déjà rétorqué "
           "un couple de retraités, Paul Vernier et son épouse Lise Cardon.",
     "On veut du concret, tout de suite", "un couple de retraités", True),
    ("fr", "Le débat commence mardi. « On veut du concret », a déclaré Paul Vernier. « Rien ne "
           "bougera », a par ailleurs estimé la syndicaliste Anne Roche.",
     "Rien ne bougera", "Anne Roche", True),
    # a capitalised «Selon» after a quotation closed on its own full stop opens a new sentence
    ("fr", "« Le message passera quand même. » Selon un comptage affiché sur une pancarte, trente "
           "personnes ont été blessées.",
     "Le message passera quand même.", None, True),
    # a participle in -u («venu», «connue») opening an apposition between the subject and its verb
    ("fr", "Venu de Dole, Paul Mornet, menuisier, estime que « le débat est une farce ». Un père "
           "retraité de la SNCF, venu défiler avec ses deux fils, a déploré la présence de « militants "
           "masqués et très agressifs ».",
     "militants masqués et très agressifs", "Un père retraité de la SNCF", True),
    # the body's name in brackets between the role and the name set off by a comma
    ("fr", "« Nous avons été trop loin des gens », a estimé le nouveau patron du parti centriste UDN "
           "(Union des nations), Paul Garnier, élu samedi.",
     "Nous avons été trop loin des gens", "Paul Garnier", True),
    # an incise whose subject a relative clause describes at length
    ("fr", "Rien n'a changé. « Toute la région est debout », s'est félicité le porte-voix des "
           "écologistes Paul Vernier qui défilait dans son fief de Valence.",
     "Toute la région est debout", "Paul Vernier", True),
    # a role, a name set off by commas, a verb and a colon: the name speaks
    ("fr", "Le ministre a parlé. De même, un des ténors de la majorité sortante, Paul Vernier, "
           "s'alarmait de nouveaux heurts dimanche : « À chaque rassemblement, des casseurs se "
           "glissent dans le cortège et tout dégénère. »",
     "À chaque rassemblement, des casseurs se glissent dans le cortège et tout dégénère.",
     "Paul Vernier", True),
    # an impersonal incise names its source after «de source(s)»
    ("fr", "Le ton monte entre les deux capitales. « La porte reste entrouverte », indique-t-on "
           "de sources proches de la délégation.",
     "La porte reste entrouverte", "sources proches de la délégation", True),
    # the place before «de» dropped, the particle opens no name («en Suisse de Marco X»)
    ("fr", "La venue en Suisse de Marco Bellini a fâché Berne. « Il est venu voir des agitateurs », "
           "a tranché Marco Bellini.",
     "Il est venu voir des agitateurs", "Marco Bellini", True),
    # a determiner before the capitalised name of a medium in marks: the paper, not the last speaker
    ("fr", "« Ils ont réussi », estime Paul Morel. « Le mouvement faiblit, la cote aussi », écrivait "
           "le « Journal du soir ».",
     "Le mouvement faiblit, la cote aussi", "le « Journal du soir »", True),
    # a manner adverbial («sans ambiguïté») between a verb of incise and the colon before the quotation
    ("fr", "« Il faut continuer », insiste Virginie. Vendredi soir, le maire a même tranché sans "
           "ambiguïté : « Le péage, ça me hérisse ! »",
     "Le péage, ça me hérisse !", "le maire", True),
    # «On lisait sur une banderole :» before the marks: written there, not the last speaker's
    ("fr", "« Il faut en finir », enchaîne une amie de Lucie. On lisait sur une banderole : "
           "« J'accuse le préfet de mentir ». Plus loin, le cortège s'arrête.",
     "J'accuse le préfet de mentir", None, True),
    # «ne» opens the verb group: the subject ends before it
    ("fr", "Au marché couvert, les pêcheurs de l'étang ne réclament pas « une aide de plus » mais du "
           "travail.",
     "une aide de plus", "les pêcheurs de l'étang", True),
    ("fr", "Ses voisins de palier ne crient pas « victoire » pour autant.",
     "victoire", "Ses voisins de palier", True),
    # the channel, then the inverted subject: the article opens the subject
    ("fr", "« La ligne sera prolongée », a promis mardi sur la chaîne Canal Est la présidente de la "
           "région, Claire Fontaine.",
     "La ligne sera prolongée", "Claire Fontaine", True),
    ("fr", "« Le texte sera retiré », a annoncé à son tour sur Facebook la porte-parole du syndicat, "
           "Inès Caradec.",
     "Le texte sera retiré", "Inès Caradec", True),
    ("fr", "« Le texte sera retiré », a assuré de son côté Instagram la porte-parole du syndicat, "
           "Inès Caradec.",
     "Le texte sera retiré", "Inès Caradec", True),
    # a name particle stays inside the name (the trade, a known person noun, is left out)
    ("fr", "Pour le géographe Jean le Goff, « la saison est perdue ».",
     "la saison est perdue", "Jean le Goff", True),
    # a romanised given name of two syllables, the second lowercase, after the family name
    ("fr", "« La digue tiendra », a déclaré Liu Wen-hao, un ingénieur du port de Keelung.",
     "La digue tiendra", "Liu Wen-hao", True),
    ("fr", "Selon Park Soo-jin, maire adjointe, « le quai rouvrira en mai ».",
     "le quai rouvrira en mai", "Park Soo-jin", True),
    # the role's complement «auprès du ministre» comes before the name after the comma
    ("fr", "Les pilotes « ont fait leur devoir », a souligné sur la chaîne Onde Sud la secrétaire "
           "d'État auprès du ministre des Armées, Sophie Le Guen.\nLe vol reprendra jeudi.",
     "ont fait leur devoir", "Sophie Le Guen", True),
    # a name glued to an elided «qu'» is still that person's first mention; «elle» means her
    ("fr", "Voilà ce qu'Hélène Marchal devra justifier jeudi devant le conseil. Le préfet n'a rien "
           "dit.\nElle a regretté la « précipitation » des services.",
     "précipitation", "Hélène Marchal", True),
    # a channel of several words before a person's name: the name starts with the given name
    ("fr", "Le directeur de Télé Littoral Marc de Lestang, qui avait reçu l'élu, a démenti. « Il n'a "
           "jamais été menacé », a-t-il précisé.",
     "Il n'a jamais été menacé", "Marc de Lestang", True),
    # … but elsewhere an unlisted given name opens the name before a listed one
    ("fr", "« Les vols reprendront lundi », a indiqué Ibrahima Thomas Ndiaye, porte-parole de la "
           "compagnie.",
     "Les vols reprendront lundi", "Ibrahima Thomas Ndiaye", True),
    ("fr", "Le port a rouvert. Selon Mamadou Pierre Sarr, directeur du site, « tout est rentré dans "
           "l'ordre ».",
     "tout est rentré dans l'ordre", "Mamadou Pierre Sarr", True),
    # a heading that lost its full stop: the next sentence's adverb is no part of the name
    ("fr", "Reportage de Lucie Bardin Parallèlement, les dockers ont voté la grève. « Nous tiendrons », "
           "a dit Lucie Bardin.",
     "Nous tiendrons", "Lucie Bardin", True),
    # … nor a stressed pronoun opening the next sentence
    ("fr", "Arrivée de Lucie Bardin Elle aussi est là. Lucie Bardin salue les bénévoles un à un. "
           "« Nous ne lâcherons rien », promet-elle.",
     "Nous ne lâcherons rien", "Lucie Bardin", True),
    # a time adverbial between the verb and its subject, or before the verb, is no one
    ("fr", "« Le port doit rouvrir », avait lancé mi-janvier sur le quai ce pêcheur de 45 ans, "
           "Yann Kerlo.",
     "Le port doit rouvrir", "Yann Kerlo", True),
    ("fr", "« Rien n'est joué », a prévenu le mois dernier la maire de Lorient, Anne Caradec.",
     "Rien n'est joué", "Anne Caradec", True),
    ("fr", "La directrice Claire Fontaine et des parents en colère depuis la mi-mars réclament « des "
           "classes moins chargées ».",
     "des classes moins chargées", "Claire Fontaine", True),
    ("fr", "« La digue tiendra », avait assuré en 2021 le président du syndicat des eaux, Hugo "
           "Ferrand.",
     "La digue tiendra", "Hugo Ferrand", True),
    ("fr", "« La circulation reprendra demain », a indiqué vers 18 heures le préfet Hugo Ferrand.",
     "La circulation reprendra demain", "Hugo Ferrand", True),
    ("fr", "« La circulation reprendra demain », a indiqué à 21h15 la préfète Anne Caradec.",
     "La circulation reprendra demain", "Anne Caradec", True),
    # … nor a time phrase after the name of the inverted subject
    ("fr", "« Nous gagnerons ce référendum », a lancé Hugo Ferrand la veille du vote.",
     "Nous gagnerons ce référendum", "Hugo Ferrand", True),
    ("fr", "« Nous gagnerons ce référendum », avait juré Anne Caradec l'an dernier.",
     "Nous gagnerons ce référendum", "Anne Caradec", True),
    # a capitalised word followed by a determiner opens a phrase, not a first name («Parmi» is nobody)
    ("fr", "Les soignants ont manifesté. Parmi les infirmières présentes, une aide-soignante : « Nous "
           "sommes à bout »",
     "Nous sommes à bout", None, True),
    # someone speaking for another is not the person named just before, unless given that role
    ("fr", "Après le discours de Louis Garnier mardi, la majorité appelle à l'apaisement. « Le "
           "dialogue reste ouvert », a indiqué jeudi la porte-parole du parti.",
     "Le dialogue reste ouvert", "la porte-parole du parti", True),
    ("fr", "La porte-parole du parti, Inès Caradec, a rencontré les grévistes. Ensuite Louis Garnier a "
           "visité l'usine. « Le dialogue reste ouvert », a indiqué la porte-parole du parti.",
     "Le dialogue reste ouvert", "Inès Caradec", True),
    # two role nouns joined by «et» describe the name after them
    ("fr", "Paul Roux était absent. « Ce film nous ressemble », a confié mercredi la chanteuse et "
           "comédienne Lina Morel, depuis Cannes.",
     "Ce film nous ressemble", "Lina Morel", True),
    # «de la» before a body: the description around it is the subject, not the body
    ("fr", "Le reproche vient aussi de Marc Aubert, le président de la CGPE, pour qui la réforme "
           "reste « mal ficelée ».",
     "mal ficelée", "Marc Aubert", True),
    # a short quotation in the first person opening the sentence is someone's words, not a name
    ("fr", "Louis Garnier est maire depuis 2014.\n\n« Je tiendrai parole » devant les électeurs, a "
           "promis Louis Garnier mardi soir.",
     "Je tiendrai parole", "Louis Garnier", True),
    # a demonym and the town («le Breton de Quimper») before the name are no part of it
    ("fr", "Venu en voisin, le Breton de Quimper Yann Kerlo a promis une soirée « festive et "
           "familiale ». Yann Kerlo attend trois cents familles.",
     "festive et familiale", "Yann Kerlo", True),
    # an object clitic before the auxiliary is no part of the body that opens the sentence
    ("fr", "Mardi soir, le comité des fêtes leur a envoyé un message du type « Merci de garer vos "
           "voitures ailleurs ».",
     "Merci de garer vos voitures ailleurs", "le comité des fêtes", True),
    # «sur 4 pages»: a counted noun after a preposition and a number is nobody; the subject follows
    ("fr", "« Nous voulons la vérité », a écrit sur 4 pages la mère de la victime.",
     "Nous voulons la vérité", "la mère de la victime", True),
    ("fr", "« Il faut tenir », a répété à 80 ans l'ancien maire du village, Marc Aubert.",
     "Il faut tenir", "Marc Aubert", True),
    # a fronted place phrase with named complements between the incise verb and its subject
    ("fr", "« Tout est fermé, mais il fait beau », se réjouissait devant les vitrines des Halles "
           "Dupuis une touriste suisse, Anna Kohler, 26 ans.",
     "Tout est fermé, mais il fait beau", "Anna Kohler", True),
    ("fr", "« Tout est fermé, mais il fait beau », se réjouissait à la sortie du Grand Palais une "
           "visiteuse venue de Bâle.",
     "Tout est fermé, mais il fait beau", "une visiteuse venue de Bâle", True),
    # a role and a full name open the sentence a colon closes (past a fronted apposition)
    ("fr", "« Je reste optimiste », dit Paul Morel. Ancien gendarme, le député vaudois Marc Delorme "
           "(PLR/VD) a suivi les images toute la nuit : « La situation a très vite tourné à l'émeute. »",
     "La situation a très vite tourné à l'émeute.", "Marc Delorme", True),
    ("fr", "« Je reste optimiste », dit Paul Morel. Hasard du calendrier, le conseiller municipal Marc "
           "Delorme était en visite à Lyon samedi matin : « Je suis allé voir les rues touchées. »",
     "Je suis allé voir les rues touchées.", "Marc Delorme", True),
    # words named by a speech noun belong to the one brought in after it
    ("fr", "« Le pays a changé d'époque », selon l'expression utilisée par Paul Morel dans un journal.",
     "Le pays a changé d'époque", "Paul Morel", True),
    ("fr", "« Je reste optimiste », dit Anne Roux. Le quartier vit « une crise de confiance », selon "
           "les termes du maire Paul Morel.",
     "une crise de confiance", "Paul Morel", True),
    ("fr", "« Rien n'a bougé », a regretté Anne Roux, reprenant la phrase prononcée par le maire "
           "Paul Morel : « Personne ne sera oublié. »",
     "Personne ne sera oublié.", "Paul Morel", True),
    # («une formule chargée de colère» names no one: the subject still speaks)
    ("fr", "Le maire, Paul Morel, a eu cette formule chargée de colère : « Ce quartier mérite "
           "mieux que des promesses. »",
     "Ce quartier mérite mieux que des promesses.", "Paul Morel", True),
    # a first name alone is not the holder of a role whose body is named after it in the sentence
    ("fr", "« Rien n'a bougé », a regretté Anne, reprenant la phrase prononcée hier par le président "
           "de la République : « Personne ne sera oublié. »",
     "Personne ne sera oublié.", "le président de la République", True),
    # a participle opening the sentence: the subject after it is the name apposed to a description
    # holding a group's name in spaced marks
    ("fr", "« Nous tiendrons », a estimé le ministre Paul Morel. Dénonçant la « stratégie du pire » du "
           "gouvernement, un des représentants des « bonnets verts libres », Marc Roux, a appelé au calme.",
     "stratégie du pire", "Marc Roux", True),
    # «nous», «vous» before a verb not of their own person is an object clitic, not the subject
    ("fr", "Directeur de l'institut, Marc Lebrun nous avait confié en mars que « la société est "
           "fatiguée ».",
     "la société est fatiguée", "Marc Lebrun", True),
    ("fr", "« La saison est finie », nous a expliqué jeudi Paul Roux, patron du club.",
     "La saison est finie", "Paul Roux", True),
    ("fr", "Les riverains ne voulaient pas rester car « même une foule de 500 personnes y semble "
           "perdue », nous ont confié des habitants du quartier.",
     "même une foule de 500 personnes y semble perdue", "des habitants du quartier", True),
    # an apposition between dashes closes the subject before the verb
    ("fr", "Saisi mardi, le Conseil régional — la plus haute instance de la province — a estimé "
           "vendredi que le projet rendait « urgent de rouvrir la ligne » aux trains.",
     "urgent de rouvrir la ligne", "le Conseil régional", True),
    # a quotation opening with «C'est» is a clause someone says, so «selon X» later in the sentence
    # brings in its speaker
    ("fr", "Le plan est contesté. « C'est une ruse pour un abandon » de la réforme, selon "
           "Sophie Garnier, une élue de la ville.",
     "C'est une ruse pour un abandon", "Sophie Garnier", True),
    # a plural subject with a restrictive relative, and a newspaper in the incise after the
    # quotation: the paper relays the words of the subject of the verb that governs them
    ("fr", "Une quinzaine de maires qui ont dénoncé « une réforme faite dans le dos des communes », "
           "rapporte le quotidien La Gazette du Sud.",
     "une réforme faite dans le dos des communes", "Une quinzaine de maires", True),
    ("fr", "Les pêcheurs du port ont dénoncé « un abandon total de la filière », écrit le journal "
           "Côte Hebdo.",
     "un abandon total de la filière", "Les pêcheurs du port", True),
    # «dont» + a role + a name opening the clause late in the sentence: the name speaks
    ("fr", "Le congrès s'ouvre samedi à Lyon avec le soutien du Parti vert, dont le premier secrétaire "
           "Paul Vernier souhaite que les militants « sortent unis de ce rendez-vous ».",
     "sortent unis de ce rendez-vous", "Paul Vernier", True),
    # a long description, a body set off by commas, then the name: the name is the incise's subject
    ("fr", "« Quel lien entre le drame et la grève ? Aucun », s'était offusqué dimanche le porte-drapeau "
           "de la gauche radicale, La Gauche unie, Jean Lasserre.",
     "Quel lien entre le drame et la grève ? Aucun", "Jean Lasserre", True),
    # a participle («estimant») after the main verb: the body opening the sentence speaks, past a
    # name in marks or an apposition opened by «qui» or a participle before its plain verb
    ("fr", "Le collectif des « bonnets verts » appelle à une « pause », estimant que « l'heure du "
           "dialogue a sonné ».",
     "l'heure du dialogue a sonné", "Le collectif des « bonnets verts »", True),
    ("fr", "Le comité des riverains, jugé plus modéré, appelle à un répit, estimant que « l'heure "
           "du dialogue a sonné ».",
     "l'heure du dialogue a sonné", "Le comité des riverains", True),
    # a time word, then a complement set off by commas, between the incise verb and its subject
    ("fr", "« Il faudra du temps », avait prévenu mardi, dans un entretien au Courrier de l'Est, le "
           "sociologue Pierre Vallin.",
     "Il faudra du temps", "Pierre Vallin", True),
    # a reflexive participle opening the sentence («Se décrivant comme « … »»): the subject after
    # its phrase speaks, without the main verb that follows it
    ("fr", "Le collectif est né en janvier. Se décrivant comme « une force tranquille », ce collectif "
           "entend peser sur les élections.",
     "une force tranquille", "ce collectif", True),
    # a capitalised time noun after its article is a newspaper's name («Le Matin»), not a time
    ("fr", "Hugo Salvat a parlé jeudi. « La scierie fermera avant l'hiver », rapporte Le Soir.",
     "La scierie fermera avant l'hiver", "Le Soir", True),
    ("fr", "Hugo Salvat a parlé jeudi. « La scierie fermera avant l'hiver », écrit Le Matin dans "
           "son édition de vendredi.",
     "La scierie fermera avant l'hiver", "Le Matin", True),
    # a verbless heading «Une déception pour X, apposition :» names whose reaction follows
    ("fr", "Les Verts de Sorbiac ont perdu 2-0 dimanche. Une déception pour Julien Mortier, entraîneur "
           "de l'équipe : « Nous méritions mieux ce soir. »",
     "Nous méritions mieux ce soir.", "Julien Mortier", True),
    ("fr", "Le projet a été adopté mardi. Un vrai soulagement pour Nadia Ferrand, maire du village : "
           "« Nous attendions ce vote depuis dix ans. »",
     "Nous attendions ce vote depuis dix ans.", "Nadia Ferrand", True),
    # «A», mais … «B», a ainsi répété X: an adverb between the auxiliary and the verb of the incise
    # that closes the sentence; the first quotation is X's too, not the last speaker's
    ("fr", "Le ministre de la Santé Paul Verdier a parlé mardi. « Nous avons fini », a-t-il dit. Sous "
           "pression, le cabinet a multiplié les annonces. « On peut discuter », mais fermer les écoles "
           "n'est « pas envisageable », a ainsi répété jeudi la ministre de l'Éducation Claire Fontenay.",
     "On peut discuter", "Claire Fontenay", True),
    # a set adverbial («peu avant», «peu auparavant») then a place or medium between commas
    # before the inverted subject
    ("fr", "Le ministre de la Santé Paul Verdier a parlé mardi. « Nous avons fini », a-t-il dit. « L'heure "
           "est venue d'agir », a déclaré peu avant, devant les journalistes, Claire Fontenay, "
           "une élue du Nord.",
     "L'heure est venue d'agir", "Claire Fontenay", True),
    ("fr", "Le ministre de la Santé Paul Verdier a parlé mardi. « Nous avons fini », a-t-il dit. « Il "
           "faut agir » et « nous tiendrons », avait lancé peu auparavant, devant la presse, Claire "
           "Fontenay, une élue du Nord.",
     "nous tiendrons", "Claire Fontenay", True),
    # «Pour» + a long role phrase (a body's name and its bracketed acronym), a comma, the name
    ("fr", "Le président Paul Verdier a parlé. « Nous avons fini », a-t-il dit. Pour le secrétaire "
           "général de la Confédération française des pêcheurs (CFP), Marc Olivier, la sortie passera "
           "par « une taxe sur les gros navires ».",
     "une taxe sur les gros navires", "Marc Olivier", True),
    # a short label in marks after a noun of people closes the subject before its verb
    ("fr", "« Nous serons là demain », a lancé Hugo, un pêcheur. À Brest, les quelque 200 femmes « bonnets "
           "rouges » criaient : « Le port est à nous ».",
     "Le port est à nous", "les quelque 200 femmes « bonnets rouges »", True),
    # a sentence-initial determiner before a label in marks is no lone common word
    ("fr", "« Nous serons là demain », a lancé Hugo, un pêcheur. Des « bonnets rouges » ont crié : « Le "
           "port est à nous ». À Lorient, des marins ont défilé.",
     "Le port est à nous", "Des « bonnets rouges »", True),
    # «s'est félicité d'une « … »»: the elided «de» of a reporting verb in several words
    ("fr", "Le vote a eu lieu mardi. Le syndicat des pêcheurs s'est félicité d'une « victoire totale » "
           "pour la profession.",
     "victoire totale", "Le syndicat des pêcheurs", True),
    # a time and a place after the subject still close an incise that follows a complement (here
    # after an embedded post whose hashtags run into the marks, with no sentence break)
    ("fr", "Le député Paul Verdier a tweeté : Les éleveurs crient « Assez ! ». #Grève #Rennes« Nous "
           "devons répondre » à la détresse des éleveurs, a affirmé la ministre de l'Agriculture Claire "
           "Fontenay dimanche à Rennes.",
     "Nous devons répondre", "Claire Fontenay", True),
    # a participle after «et» shares the auxiliary of the verb before: its subject speaks (not the
    # person quoted before), past a term in marks or an apposition
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Les frondeurs, emmenés par Lise Cardon, ont exigé "
           "une « pause » et jugé que « le chantier va trop vite ».",
     "le chantier va trop vite", "Les frondeurs", True),
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Les frondeurs ont salué un « pas » et estimé que "
           "« la saison peut commencer ».",
     "la saison peut commencer", "Les frondeurs", True),
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Voulant rassurer, les autorités ont appelé les "
           "commerçants au calme et prévenu que les agents allaient contrôler « systématiquement » les "
           "terrasses.",
     "systématiquement", "les autorités", True),
    # a known given name opening the sentence, a short description and a colon: a vox pop
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Mireille, venue de la Drôme : « Nous avons roulé "
           "toute la nuit. » Elle ajoute : « On reviendra. »",
     "Nous avons roulé toute la nuit.", "Mireille", True),
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Mireille, venue de la Drôme : « Nous avons roulé "
           "toute la nuit. » Elle ajoute : « On reviendra. »",
     "On reviendra.", "Mireille", True),
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. Bastien : « Je ne lâcherai rien. »",
     "Je ne lâcherai rien.", "Bastien", True),
    # an indefinite plural with people (or a label in marks) after an inverted reflexive verb is
    # the subject of the incise
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. « Et la pêche ? » s'inquiétaient nombre de "
           "« bonnets rouges » sur le quai.",
     "Et la pêche ?", "nombre de « bonnets rouges »", True),
    ("fr", "« Rien n'est réglé », a dit Paul Mornet. « Et la pêche ? » s'inquiétaient des pêcheurs "
           "sur le quai.",
     "Et la pêche ?", "des pêcheurs", True),
    # a bare participle right after other marks describes what they name («le « plan vert » lancé
    # par X»): the incise at the end of the sentence reports the words
    ("fr", "La ministre Julie Tessier a présenté le plan. « La digue tiendra », a estimé le maire Paul "
           "Mornet vendredi, et « il faut avancer » et passer au « plan vert » lancé lundi par Julie "
           "Tessier, a-t-il dit.",
     "il faut avancer", "Paul Mornet", True),
    # where an unnamed speaker of an incise is («sur place», «à» a capitalised place, a region in
    # brackets) ends the description
    ("fr", "Le cortège s'est dispersé vers midi. « On a attendu trois heures sous la pluie », a raconté "
           "une manifestante sur place.",
     "On a attendu trois heures sous la pluie", "une manifestante sur place", True),
    ("fr", "Les pourparlers reprennent lundi. « Rien ne presse », a confié un diplomate à Madrid.",
     "Rien ne presse", "un diplomate à Madrid", True),
    ("fr", "Les pourparlers reprennent lundi. « Rien ne presse », ont assuré des pêcheurs à Paimpol "
           "(nord-ouest).",
     "Rien ne presse", "des pêcheurs à Paimpol (nord-ouest)", True),
    # a participle after a comma has the subject of its sentence: a plural pronoun is not the one
    # man quoted just before
    ("fr", "« Nous irons jusqu'au bout », a assuré Paul Mornet. Ils ont ensuite pressé la mairie de "
           "rouvrir les ateliers, disant les ouvriers « à bout de patience ».",
     "à bout de patience", None, True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_subject_phrase(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
