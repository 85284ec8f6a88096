"""French quotations, round 21 (issue quotesfr34): classes of misses read on a released blind set.

A date and a complement between commas stand between an incise's verb and its subject; «l'intéressé»
means a person named just before even when the cue's own clause pushed that person first; «parler
de « … »» reports the subject's words only when marks follow; a neuter «Ce qui» opens no subject; a
connector before «Pour X,» keeps it a source; a verbless «Réponse de X ?» names who replies; the
writer's own «je réponds « … »» is the writer's; a passive «a été condamné» reports no one; a
pronoun that means no one leaves marked words the writer's; «« … » comme on dit» is a common phrase;
a few English words in marks are a borrowed term.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.quotations.extract import extract_quotes

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # a date («le 3 mars», with or without its year), then a complement set off by commas, between
    # the verb of the incise and its subject
    ("fr", "Le quartier est calme. « La réforme coûte très cher. Elle mobilise beaucoup d'agents », avait "
           "averti le 3 mars, dans un entretien au Courrier du Soir, l'économiste Paul Durand, "
           "avant la crise.",
     "La réforme coûte très cher. Elle mobilise beaucoup d'agents", "Paul Durand", True),
    ("fr", "Le quartier est calme. « La réforme coûte très cher », avait averti le 3 mars 2019, dans un "
           "entretien au Courrier du Soir, l'économiste Paul Durand.",
     "La réforme coûte très cher", "Paul Durand", True),
    # «l'intéressé» (and the «il» after) means the person named just before, past a dash apposition,
    # not the last one quoted
    ("fr", "« Nous tiendrons bon », a déclaré dimanche sur un réseau social le chef du "
           "gouvernement.\n\nEn ces jours difficiles, le ministère est débordé. Or l'arrestation mardi "
           "dernier d'un des porte-parole du "
           "collectif, Marc Dupuis – convoqué devant le juge le 3 mars –, a mis le feu aux poudres. Militant "
           "connu pour avoir eu des ennuis avec la police, l'intéressé avait promis « une riposte ferme ». "
           "« Nous ne céderons pas », avait-il ajouté.",
     "Nous ne céderons pas", "Marc Dupuis", True),
    # «parlant de « … »»: the participle's subject; after «Ce qui n'a pas empêché X de …» (a neuter
    # pronoun, no one), the person named in the sentence; the marks after «et de» too
    ("fr", "« Nous tiendrons bon », a déclaré dimanche le ministre Paul Martin.\n\nCe qui n'a pas "
           "empêché le chef du Parti vert (écologiste) Jean Dubois de le soutenir, parlant à son sujet "
           "« d'injustice flagrante » et de « procès politique ».",
     "d'injustice flagrante", "Jean Dubois", True),
    ("fr", "« Nous tiendrons bon », a déclaré dimanche le ministre Paul Martin.\n\nCe qui n'a pas "
           "empêché le chef du Parti vert (écologiste) Jean Dubois de le soutenir, parlant à son sujet "
           "« d'injustice flagrante » et de « procès politique ».",
     "procès politique", "Jean Dubois", True),
    ("fr", "La présidente du club, Lucie Navarre, a pris la parole lundi, parlant d'une « saison à "
           "oublier ».",
     "saison à oublier", "Lucie Navarre", True),
    # (review28) a capitalised title in marks after «parler de» is the work spoken of, no words
    ("fr", "L'institutrice Anne Berger parle souvent de « Les Misérables » à sa classe.",
     "Les Misérables", None, False),
    # «on parle de « … »»: what everyone calls it, not the words of the last person named
    ("fr", "Le maire Paul Lenoir est furieux. On parle déjà de « crise majeure » dans la ville.",
     "crise majeure", None, False),
    # «en parlant de …» with no marks after it reports nothing: the sentence's own speaker keeps the
    # quotation after the colon
    ("fr", "L'ancien ministre Louis Perrin ayant évoqué « la fin du monde », et les habitants ayant "
           "répondu en parlant plutôt de leurs fins de mois, Julie Carmin tente une synthèse : "
           "« Nous traiterons les deux. »",
     "Nous traiterons les deux.", "Julie Carmin", True),
    # «Mais pour X, …, a-t-elle dit»: a connector before «pour» keeps the opening a source
    ("fr", "« Il faut agir », a déclaré la maire de Lyon, Anne Dupont.\n\nMais pour Odile Martin, figure des "
           "« bonnets verts » et signataire de l'appel, le retrait de la taxe est « une condition préalable "
           "à tout accord », a-t-elle dit à la presse.",
     "une condition préalable à tout accord", "Odile Martin", True),
    # «Réponse de X ? « … »», «Réaction du ministre : « … »»: the one who replies speaks
    ("fr", "Le président Paul Garnier a répondu. Le président américain Joe Smith a critiqué la France. "
           "« Ils sont faibles », a-t-il écrit. Réponse de Garnier ? « Nous serons fermes. »",
     "Nous serons fermes.", "Paul Garnier", True),
    ("fr", "Le ministre de l'Intérieur Paul Roux était à Lille. Le député Joe Smith a critiqué la police. "
           "« Ils sont faibles », a-t-il écrit. Réaction du ministre de l'Intérieur : "
           "« Nous serons fermes. »",
     "Nous serons fermes.", "Paul Roux", True),
    # the writer speaking in the first person: the words are the writer's («je»), not the last
    # person named
    ("fr", "Quand mes voisins me demandent « tu vas bien ? », je réponds toujours « épuisée mais ravie ! ».",
     "épuisée mais ravie !", "je", True),
    # (review28) not when the sentence opens with «Name :» or an interview dash: that one speaks
    ("fr", "La récolte est finie. Sa voisine Irène Collet : je lui ai crié « merci » par la fenêtre.",
     "merci", "Irène Collet", True),
    ("fr", "Nous avons rencontré le guide Hugo Lambert.\n\n— Qu'avez-vous dit au groupe ?\n\n"
           "— Je leur ai répondu : « Demain, on part à l'aube. »",
     "Demain, on part à l'aube.", "Hugo Lambert", True),
    ("fr", "Le maire Paul Lenoir est arrivé en retard. « Pourquoi ? », lui ai-je demandé.",
     "Pourquoi ?", "je", True),
    ("fr", "Le maire Paul Lenoir a parlé longtemps. Je lui ai répondu : « Jamais. »",
     "Jamais.", "je", True),
    # a passive reports no one: the one sentenced says nothing of the charge in marks
    ("fr", "Le second a été condamné à quatre mois de prison, dont deux avec sursis, pour le même motif, "
           "assorti de « menaces de mort ».",
     "menaces de mort", None, False),
    ("fr", "Le projet a été critiqué pour son « manque d'ambition ».",
     "manque d'ambition", None, False),
    # a pronoun opening the sentence that means no one found: the marked word is the writer's
    ("fr", "En majorité, ils sont ceux que la ville « branchée » appelle les « ploucs ».",
     "branchée", None, False),
    # «« … » comme on dit»: a phrase everyone uses, even after a verb of saying
    ("fr", "Le maire Paul Lenoir leur a dit que seul un « réac » comme on dit en Provence pouvait refuser.",
     "réac", None, False),
    ("fr", "Sur la place, la fête restait « bon enfant » comme on aime dire.",
     "bon enfant", None, False),
    # (review28) a whole sentence after a colon, capitalised, stays the speaker's, «comme on …» or not
    ("fr", "La directrice Claire Fabre a tranché : « La décision est prise », comme on le redit "
           "à la mairie depuis lundi.",
     "La décision est prise", "Claire Fabre", True),
    ("fr", "Le syndic Marc Aubert a rétorqué : « Chaque chose en son temps… », comme on dit.",
     "Chaque chose en son temps…", "Marc Aubert", True),
    # a few lowercase English words in marks: a borrowed phrase, even as the object of a cue
    ("fr", "Le président américain Joe Smith a fustigé les taxes et le protectionnisme « made in France ».",
     "made in France", None, False),
    # (review28) «but», «as», «for» are French words too: «un « but splendide »» is no English phrase
    ("fr", "La capitaine Léa Morin a félicité sa coéquipière pour un « but splendide » en fin de match.",
     "but splendide", "Léa Morin", True),
]


def test_speaking_of_needs_marks() -> None:
    """«parlant de …» with no marks after it is no cue; with marks, it reports the subject's words."""
    text = ("Le maire Paul Lenoir a visité le chantier, parlant longuement avec les ouvriers. "
            "Le préfet a salué « un travail remarquable ».")
    found = {q.text: q.speaker for q in extract_quotes(text, language="fr")}
    assert found["un travail remarquable"] == "Le préfet"


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_round21_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
