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
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_subject_phrase(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
