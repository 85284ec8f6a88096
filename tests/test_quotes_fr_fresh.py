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
    # «Jeudi, un conseiller …»: the day is a time adverbial, not a person a later «il» may mean
    ("fr", "Les agents patientent depuis lundi. Jeudi, un adjoint de la maire, Anne Roux, admettait "
           "« que le calendrier glisse ». « Les crédits manquent », regrette notre interlocuteur.Voir "
           "aussi l'éditorial: la ville, version « gros plan »Marc Vidal a quant à lui tranché "
           "la question. « Le port passe avant tout », a-t-il redit au conseil.",
     "Le port passe avant tout", "Marc Vidal", True),
    ("fr", "Mardi, une élue de la région jugeait que « la partie reste ouverte ». Les listes sont closes."
           "Lire aussi : le budget « en hausse »Hugo Perrin se présente. « Je serai candidat au printemps », "
           "a-t-il glissé.",
     "Je serai candidat au printemps", "Hugo Perrin", True),
    # a heading glued to the next sentence by extraction («…aux «cortèges»Jean X …»): the name
    # after the closing mark opens a sentence, and a later «il» means that person
    ("fr", "« Le budget tiendra », a assuré Paul Roux, adjoint aux finances.Lire aussi: Les maires "
           "face aux « cortèges »Hugo Perrin a pour sa part choisi son camp. « Les quais d'abord », "
           "a-t-il insisté devant le conseil.",
     "Les quais d'abord", "Hugo Perrin", True),
    ("fr", "« Rien n'est réglé », a dit Marc Leroy, délégué syndical. Lire aussi: Le port et ses "
           "« dockers en colère »Yann Le Bihan, 71 ans, a pris la route de Brest à l'aube : « On ira au "
           "bout du quai ».",
     "On ira au bout du quai", "Yann Le Bihan", True),
    # a name after an indefinite description whose complement is a person of the name's gender
    # (not the head's) belongs to the complement: the unnamed adviser speaks
    ("fr", "Le dossier avance. Mardi, un conseiller de la ministre des Sports, Claire Vasseur, "
           "admettait « que le chantier a pris du retard ».",
     "que le chantier a pris du retard", "un conseiller de la ministre des Sports", True),
    ("fr", "Une collaboratrice du maire, Julien Caradec, a confié que « rien n'est encore décidé ».",
     "rien n'est encore décidé", "Une collaboratrice du maire", True),
    # … the same gender: the name is the adviser's own
    ("fr", "Un conseiller du maire, Julien Caradec, a confié que « rien n'est encore décidé ».",
     "rien n'est encore décidé", "Julien Caradec", True),
    # an unnamed group opening the sentence with a future verb («liront») speaks the next «-ils»
    ("fr", "Les organisatrices promettent une action. « Ce sera grand », lancent-elles. À Lyon, des "
           "membres de « Lyon debout » liront un texte commun, publié depuis mardi. « Le quartier mérite "
           "mieux que des promesses », avertissent-ils.",
     "Le quartier mérite mieux que des promesses", "des membres de « Lyon debout »", True),
    # a subtitle after an embedded post: the capitalised «À» after its closing mark opens a sentence
    ("fr", "Les organisatrices promettent une action. « Ce sera grand », lancent-elles. Un sondage "
           "https://t.co/aBcD pic.twitter.com/XyZ « Une fausse piste » À Lyon, des membres de "
           "« Lyon debout » liront un texte. « Ouvrez enfin la salle des fêtes », réclament-ils.",
     "Ouvrez enfin la salle des fêtes", "des membres de « Lyon debout »", True),
    # after a fronted phrase, the given name (or an honorific and the surname) of someone named in
    # full before opens the clause: the partial quotations after the verb are that person's
    ("fr", "« On tiendra », a dit Odile Ferrand, aide-soignante. Le préfet Paul Roux a répondu "
           "vendredi. Avec ses collègues de l'hôpital, Odile refuse de voir la mairie « rogner » les "
           "crèches, « jamais les parkings ».",
     "jamais les parkings", "Odile Ferrand", True),
    ("fr", "« On tiendra », a dit Odile Ferrand, aide-soignante. Le préfet Paul Roux a répondu "
           "vendredi. Depuis son service, Mme Ferrand accuse la mairie de vouloir « rogner » les "
           "crèches.",
     "rogner", "Odile Ferrand", True),
    # a quotation whose opener was lost: its closer before a comma opens nothing, so the next
    # quotation, and only it, is found
    ("fr", "Le port reste fermé. Trafic dévié Les dockers ne lâcheront pas le quai », a dit à la radio "
           "Paul Roux, délégué du port. « Le fait de fermer si tard ne peut que fâcher les riverains », "
           "analyse Anne Vidal, géographe à Brest.",
     "Le fait de fermer si tard ne peut que fâcher les riverains", "Anne Vidal", True),
    # a sentence opening on quoted words and a comma: the incise later in the sentence names who
    # said them
    ("fr", "Les commerçants ont fermé tôt. « Un vrai gâchis », « des pertes énormes » pour le port et "
           "ses quais, a déploré de son côté la maire de Brest, Anne Vidal.",
     "Un vrai gâchis", "Anne Vidal", True),
    ("fr", "Les annonces ont déçu. « Du vent », du « bla-bla », ont répondu plusieurs pêcheurs réunis "
           "sur le quai.",
     "Du vent", "plusieurs pêcheurs réunis sur le quai", True),
    # a role with its complement means the person named with that very description, not the
    # last holder of the bare role
    ("fr", "La réforme sera votée mardi, a annoncé le porte-parole du gouvernement, Paul Morel. Le "
           "calendrier court jusqu'en mars. Les Verts veulent « peser » dans le débat, selon leur "
           "porte-parole Anne Vidal. Le gouvernement « mise sur les élus locaux », a précisé le "
           "porte-parole du gouvernement.",
     "mise sur les élus locaux", "Paul Morel", True),
    # a participle after a comma has the subject opening the sentence: «Nombre de « X »» (a
    # quotation inside it), a subject that ends before an object clitic («lui»)
    ("fr", "« Le débat commence », a dit le porte-parole Paul Morel. Mais la consultation est "
           "contestée. Nombre de « pêcheurs » lui niaient samedi tout sérieux, affirmant que le vrai "
           "débat était « sur le quai ».",
     "sur le quai", "Nombre de « pêcheurs »", True),
    ("fr", "« Le débat commence », a dit le porte-parole Paul Morel. Plusieurs élus lui reprochaient "
           "sa hâte, affirmant que le texte était « bâclé ».",
     "bâclé", "Plusieurs élus", True),
    # a given name after «pour» with its age but no comma brings someone in; «elle» means her
    ("fr", "« On reviendra », assure Virginie, 42 ans, vendeuse. Première sortie pour Odile 61 ans, "
           "venue de Saintes. Malgré la « peur des cortèges », elle tient à défiler parce que « les "
           "retraités ont leur mot à dire ».",
     "les retraités ont leur mot à dire", "Odile", True),
    # no comma after the quotation, then the verb, a time phrase with «dès» and the subject
    ("fr", "Le préfet était sur place. « Ce qui est délicat, c'est le calendrier » a souligné dès lundi "
           "le ministre des Transports Paul Morel.",
     "Ce qui est délicat, c'est le calendrier", "Paul Morel", True),
    # «qui» after a lone given name and its apposition: that person qualifies the words
    ("fr", "« Les urgences débordent », explique Odile, infirmière à Lens, qui qualifie de « rideau de "
           "fumée » le plan du ministre.",
     "rideau de fumée", "Odile", True),
    # an elided conjunction glued to the article is no part of the speaker
    ("fr", "Le mois dernier, lorsqu'un reporter lui a demandé si « tout passe par lui », le maire a "
           "souri.",
     "tout passe par lui", "un reporter", True),
    # a gerund («en répétant») has the subject of the sentence, never the phrase right before it
    ("fr", "Plus conciliant, le ministre des Sports, Paul Morel, jure qu'il a compris. Ce qui n'empêche "
           "pas le premier ministre, Jean Roux, de jouer les fermes en répétant qu'il va « tenir bon ».",
     "tenir bon", "Jean Roux", True),
    # a body named by its place is not the earlier speaker introduced with the same place
    ("fr", "Le Consortium maritime du Haut-Léon, chargé de gérer les ports du département, exprime "
           "dans un communiqué sa « vive colère contre les quotas imposés (...) aux petits ports et aux "
           "familles qui en vivent depuis des siècles ». La préfecture du Haut-Léon avait indiqué "
           "samedi soir que « des contrôles stricts » auraient lieu près du port.",
     "des contrôles stricts", "La préfecture du Haut-Léon", True),
]


def test_lost_opener_takes_no_words_between() -> None:
    """The words between a closer whose opener was lost and the next opener are no quotation."""
    text = ("Trafic dévié Les dockers tiendront le quai », a dit Paul Roux, délégué du port. « Rien "
            "ne bouge », ajoute Anne Vidal.")
    spans = [q.text for q in extract_quotes(text, language="fr")]
    assert spans == ["Rien ne bouge"]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_fresh_article_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
