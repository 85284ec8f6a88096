"""French speakers whose verb is followed by something before the words in marks (issue 5): the
person spoken to between the verb and the colon («lance aux policiers : « … »»), an article
before a few words in marks after «qui a évoqué», a participle of condemning; and a sentence
opening with «Tandis qu'un …», where the speaker is «un …», not the conjunction.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case

# (language, text, quoted text, expected speaker or None, expected speech?)
TABLE = [
    # the person spoken to sits between the verb and the colon: the subject speaks, not the last speaker
    ("fr", "« Nous resterons ici », a expliqué Paul Morel, un syndicaliste. Une voisine lance aux "
           "policiers arrivés sur place : « Laissez-les tranquilles, ils ne font rien de mal. »",
     "Laissez-les tranquilles, ils ne font rien de mal.", "Une voisine", True),
    ("fr", "« Le train repartira demain », a assuré Claire Vidal, porte-parole de la compagnie. "
           "Tandis qu'un passager glisse à sa voisine : « On dormira donc à la gare. »",
     "On dormira donc à la gare.", "un passager", True),
    # «qui a évoqué des « … »» after an incise: the one who just spoke
    ("fr", "Les grévistes ont bloqué le dépôt mardi. « Nous resterons ici », a expliqué un "
           "porte-parole de la régie qui a évoqué des « retards importants » sur toute la ligne.",
     "retards importants", "un porte-parole de la régie", True),
    # a participle of condemning after a named minister
    ("fr", "Le rassemblement a tourné court, la ministre de la Culture Anne Lemoine condamnant des "
           "« actes inacceptables » devant la presse.",
     "actes inacceptables", "Anne Lemoine", True),
    ("fr", "Le préfet Jean Roux a condamné des « violences gratuites » commises dans la nuit.",
     "violences gratuites", "Jean Roux", True),
    # «se félicite de ce « … »»: the subject, without the reflexive pronoun
    ("fr", "« Nous resterons ici », a expliqué Paul Morel, un syndicaliste. Sur une vidéo, une "
           "habitante se félicite de ce « beau succès » pour le quartier.",
     "beau succès", "une habitante", True),
    # a gerund after a sentence opening with an adverb and a comma: the sentence subject
    ("fr", "« Nous gagnerons », chantait la chorale du village. Conséquemment, les partisans du "
           "nouveau stade veulent clore le débat en répétant que « la ville a choisi ».",
     "la ville a choisi", "les partisans du nouveau stade", True),
    # condemned by a court: an offence in marks, not words
    ("fr", "Le tribunal a condamné le prévenu à six mois de prison pour « outrage à agent ».",
     "outrage à agent", None, False),
    # the answers of a poll after a share («N % de « … »»): the category counted, not words
    ("fr", "« Le cap sera tenu », a assuré la maire Claire Vidal. Sa cote est tombée à 31 % de "
           "« satisfaits », selon une enquête publiée dimanche.",
     "satisfaits", None, False),
    ("fr", "« Le cap sera tenu », a assuré la maire Claire Vidal. Une enquête lui donne 64 pour cent "
           "de « très mécontents » dans le quartier.",
     "très mécontents", None, False),
    # «appeler X à …» then the words in marks a few words on: the one calling says them
    ("fr", "« On veut vivre », résumait un manifestant. La dirigeante du parti vert Anne Roux, accusée de "
           "récupération, a appelé l'exécutif à répondre vraiment aux manifestants « et pas par un "
           "comité de plus ».",
     "et pas par un comité de plus", "Anne Roux", True),
    # words heard in a crowd («pouvait-on entendre dans …»): the crowd named after «dans» chants them
    ("fr", "Les rues se sont remplies. « Paul démission ! » pouvait-on entendre dans le cortège à Lyon.",
     "Paul démission !", "le cortège à Lyon", True),
    # a plural group in marks completing a noun («la crise des « … »»): the writer's label
    ("fr", "Le ministre Paul Morel a annoncé mardi de nouvelles mesures pour calmer la colère des "
           "« bonnets verts ».",
     "bonnets verts", None, False),
    # («des « … » factures»: an adjective of the noun after, someone's word, stays speech)
    ("fr", "Les manifestants, réunis devant la mairie, dénoncent le montant des « insupportables » "
           "factures d'eau.",
     "insupportables", "Les manifestants", True),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_object_speaker(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
