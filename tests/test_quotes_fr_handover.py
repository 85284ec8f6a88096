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
    # «la fameuse « … »»: the writer's words, even in the paragraph of a named subject
    ("fr", "Or, Mme Garnier oublie une chose. Les marins avaient déjà connu la fameuse « reconquête "
           "du port » en 1990.",
     "reconquête du port", None, False),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_handover(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)
