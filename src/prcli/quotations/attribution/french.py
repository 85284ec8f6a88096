"""French speakers: subjects of «a déclaré», openings («Pour X, …»), appositions, names.

The French rules that ``clauses`` and the sieves call: the main subject of a sentence, an
inverted subject, a name before «qui», a participle apposition, an aged name («X, 45 ans»).
"""

from __future__ import annotations

from prcli.quotations import french
from prcli.quotations.attribution.arabic import _Arabic
from prcli.quotations.attribution.base import Clause, _fr_det, _fr_prep, _fr_time
from prcli.quotations.attribution.cues import _fr_aux, _name_word
from prcli.quotations.attribution.phrases import (
    _fr_body_nouns,
    _fr_du_des,
    _fr_negation_at,
    _fr_pron,
)
from prcli.quotations.lexicon import (
    fr_agent_par_de,
    fr_agent_prepositions,
    fr_conjunctions,
    fr_de,
    fr_de_elided,
    fr_de_forms,
    fr_definite,
    fr_du_des,
    fr_feminine_determiners,
    fr_masculine_singular,
    fr_object_before_verb,
    fr_participle_endings,
    fr_plural_description,
    fr_quantity_nouns,
    fr_reporting_to,
    fr_since,
    fr_singular_determiners_all,
    language_words,
)
from prcli.quotations.lexicon import fr_object_clitics as _fr_object_clitics
from prcli.quotations.lexicon import fr_subject_relatives as _fr_subject_relatives
from prcli.quotations.people import latin_cap, stopwords
from prcli.quotations.resolve import given_name_gender
from prcli.quotations.tokens import Tok
from prcli.text.resources import lazy_words

_fr_verb_phrase_stops = lazy_words("prcli.quotations", "verb_phrase_stops_fr.txt")
_fr_subject_stops = lazy_words("prcli.quotations", "subject_stops_fr.txt")
_fr_not_participles = lazy_words("prcli.quotations", "not_participles_fr.txt")
_fr_clause_openers = lazy_words("prcli.quotations", "clause_openers_fr.txt")
_fr_speech_nouns = lazy_words("prcli.quotations", "speech_nouns_fr.txt")
_fr_located_tails = lazy_words("prcli.quotations", "located_tails_fr.txt")
_fr_antecedent_dets = lazy_words("prcli.quotations", "antecedent_determiners_fr.txt")
#: How many words after its determiner the head noun of a relative's antecedent may stand.
_ANTECEDENT_HEAD_WORDS = 2
#: How many words a relative's antecedent may hold before «qui».
_ANTECEDENT_WORDS = 7


def elided_name(text: str, t: Tok) -> bool:
    """«d'Eric», «l'Elysée»: an elided article or preposition glued to a capitalised word."""
    w = text[t.start:t.end]
    return t.kind == "w" and len(w) > 3 and w[0] in "dl" and w[1] in "'’" and w[2].isupper()


def _fr_person_clitic(t: Tok) -> bool:
    """«lui», «leur», «se», «me»: an object clitic standing for a person, right before the verb
    (not «y», «en», which stand for a place or a thing: «La France y conserve» is another clause)."""
    return t.norm in _fr_object_clitics() and t.norm not in ("y", "en")


#: Object clitics and the negation that stand between a subject and its verb («Plusieurs élus lui
#: reprochaient …», «Les habitants ne veulent …»): the subject ends before them.
_fr_subject_clitics = lazy_words("prcli.quotations", "subject_clitics_fr.txt")
#: «source(s)» after «de» in an impersonal incise: the source is named next.
_fr_source_nouns = lazy_words("prcli.quotations", "source_nouns_fr.txt")
_fr_subordinators = lazy_words("prcli.quotations", "subordinators_fr.txt")
#: How many words an incidental phrase between a subject and its verb may hold («la mairie, en
#: lien avec la préfecture, dit …»).
_INCIDENTAL_WORDS = 8


class _French(_Arabic):
    """French subject and speaker readers."""

    def fr_subordinate_subject(self, j: int) -> tuple[int, int] | None:
        """«…, même si des pêcheurs ont levé le blocage, jugeant « … »»: the participle at ``j``
        (after a comma) has the subject of the nearest clause opened by a conjunction before it
        in its sentence (``subordinators_fr.txt``), when an auxiliary follows that subject."""
        toks = self.toks
        if j < 4 or toks[j - 1].norm != ",":
            return None
        s = self._near_sentence_start(j, 60)
        for m in range(j - 2, max(s, 0) - 1, -1):
            if toks[m].kind != "w":
                if toks[m].kind in ("b", "q"):
                    return None
                continue
            if toks[m].norm not in _fr_subordinators():
                continue
            np = self._right_np(m + 1, _fr_subject_stops())
            if np is None or np[0] != m + 1 or np[1] >= j - 1 or toks[np[1]].norm not in _fr_aux() \
                    or toks[np[0]].norm in _fr_pron():
                return None
            return np
        return None

    def fr_past_incidental(self, j: int) -> int | None:
        """«la mairie, en lien avec la préfecture, dit …», «le maire, de son côté, a dit …»: an
        incidental phrase set off by commas right before the verb at ``j`` (opening with a
        preposition, or a set adverbial) stands between the subject and its verb. Returns the
        token of its first comma (the subject ends there), else None."""
        toks = self.toks
        if j < 4 or toks[j - 1].norm != ",":
            return None
        m = j - 2
        while m > 0 and j - m <= _INCIDENTAL_WORDS and toks[m].kind == "w":
            m -= 1
        if m < 1 or toks[m].norm != "," or m + 1 >= j - 1 or toks[m - 1].kind != "w":
            return None
        if toks[m + 1].norm not in _fr_prep() and self.adverbial_at(m + 1) != j - 1 - (m + 1):
            return None
        return m

    def fr_words_owner(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """«selon l'expression utilisée par X», «selon les mots du président», «la phrase
        prononcée par X»: a phrase naming words (a determiner and a speech noun) belongs to the
        one brought in after it by «par», «de», «du», «des» (past a participle): that phrase."""
        toks = self.toks
        n = len(toks)
        a = np[0]
        w = toks[a].norm
        head = w[2:] if w.startswith("l'") and len(w) > 2 else \
            (toks[a + 1].norm if w in _fr_det() and a + 1 < n else "")
        if head not in _fr_speech_nouns():
            return None
        m = a + 1 if w.startswith("l'") else a + 2
        while m < n and m - a < 6 and toks[m].kind == "w" and toks[m].norm not in fr_agent_prepositions() \
                and not toks[m].norm.startswith("d'"):
            m += 1  # «utilisée», «scandaleuse»: a participle or an adjective of the noun
        if m >= n or toks[m].kind != "w":
            return None
        if toks[m].norm.startswith("d'") and len(toks[m].norm) > 2:
            e = m + 1  # «d'Anne X»: the elided preposition is glued to the name
            while e < n and e - m < 4 and latin_cap(self.text, toks[e]) \
                    and toks[e].norm not in stopwords("fr"):
                e += 1
            return (m, e) if elided_name(self.text, toks[m]) else None
        if toks[m].norm in fr_du_des() and m + 1 < n:
            owner = self._right_np(m + 1, _fr_subject_stops())
            return owner if owner is not None and owner[0] == m + 1 else None
        if toks[m].norm in fr_agent_par_de() and m + 1 < n and (
                toks[m + 1].norm in _fr_det() or toks[m + 1].norm.startswith("l'")
                or latin_cap(self.text, toks[m + 1])):
            owner = self._right_np(m + 1, _fr_subject_stops())
            return owner if owner is not None and owner[0] == m + 1 else None
        return None  # («cette phrase lourde de sens»: a bare noun after «de» is no one)

    def fr_located_tail(self, np: tuple[int, int]) -> int:
        """Where the incise subject ``np`` ends once the place of an unnamed speaker is added
        («un manifestant sur place», «une source gouvernementale à Berlin», «des élus à Lunel
        (sud)», ``located_tails_fr.txt``) when only punctuation follows; else ``np[1]``. A phrase
        holding a name, or a place written in capitals («à RTL»: a channel), is left alone."""
        toks = self.toks
        n = len(toks)
        a, e = np
        if any(latin_cap(self.text, t) for t in toks[a:e]):
            return e
        end = e
        for entry in _fr_located_tails():
            words = entry.split()
            if len(words) > 1 and e + len(words) <= n \
                    and all(toks[e + m].kind == "w" and toks[e + m].norm == w for m, w in enumerate(words)):
                end = e + len(words)
                break
            if len(words) == 1 and e + 1 < n and toks[e].norm == words[0] and toks[e + 1].kind == "w" \
                    and latin_cap(self.text, toks[e + 1]) \
                    and not self.text[toks[e + 1].start:toks[e + 1].end].isupper():
                end = e + 2
                while end < n and end - e < 4 and toks[end].kind == "w" and latin_cap(self.text, toks[end]):
                    end += 1  # «à Saint Denis»
                if end + 2 < n and toks[end].norm == "(":
                    close = next((m for m in range(end + 1, min(n, end + 6)) if toks[m].norm == ")"), None)
                    region = close is not None and all(
                        t.kind == "w" and not latin_cap(self.text, t) and not any(c.isdigit() for c in t.norm)
                        for t in toks[end + 1:close])  # (not «(5000 manifestants)»: a count)
                    end = close + 1 if close is not None and region else end  # «à Magny (centre-est)»
                break
        if end == e or (end < n and toks[end].kind == "w"):
            return e
        return end

    def fr_media_phrase(self, np: tuple[int, int]) -> bool:
        """«le quotidien X», «la chaîne Y», «le site Z»: a phrase whose head is a medium."""
        toks = self.toks
        a = np[0]
        w = toks[a].norm
        if w.startswith("l'") and len(w) > 2:
            return w[2:] in language_words("media_nouns", "fr")
        return w in _fr_det() and a + 1 < np[1] and toks[a + 1].norm in language_words("media_nouns", "fr")

    def fr_colon_words_owner(self, k: int) -> tuple[int, int] | None:
        """«…, citant la phrase prononcée la veille par la ministre : « … »»: the
        words named right before the colon that introduces the quotation ``k`` are those of the
        one brought in after the speech noun (``fr_words_owner``), not of the sentence's subject."""
        toks = self.toks
        if k < 3 or toks[k - 1].norm != ":":
            return None
        a = k - 2
        while a > 0 and k - a < 16 and toks[a].kind == "w":
            a -= 1
        for m in range(a, k - 2):
            w = toks[m].norm
            if toks[m].kind == "w" and (w in _fr_det() or w.startswith("l'")):
                owner = self.fr_words_owner((m, k - 1))
                if owner is not None:
                    return owner if owner[1] >= k - 2 else None
        return None

    def _fr_clause_like(self, np: tuple[int, int]) -> bool:
        """«La mairie prépare le plan de crue»: a phrase holding a second determiner that no
        preposition introduces is a clause (subject, verb, object), not one noun phrase."""
        toks = self.toks
        for m in range(np[0] + 2, np[1]):
            w = toks[m].norm
            prev = toks[m - 1].norm
            if ((w in _fr_det() and w not in _fr_du_des()) or (w.startswith("l'") and len(w) > 2)) \
                    and prev not in _fr_prep() \
                    and prev not in fr_de() and prev not in fr_conjunctions() and not prev.startswith("d'") \
                    and prev not in _fr_det():
                return True
        return False

    def _fr_past_opening_adverb(self, s: int, j: int) -> int:
        """«Conséquemment, les partisans du pont cherchent …»: the sentence at ``s`` opens with one
        adverb or connector set off by a comma; the subject starts after it (before ``j``)."""
        toks = self.toks
        if s + 2 >= j or toks[s].kind != "w" or toks[s + 1].norm != ",":
            return s
        w = toks[s].norm
        if w in language_words("connectors", "fr") or w in _fr_time() or w.endswith("ment"):
            return s + 2
        return s

    def _fr_opening_subject(self, j: int) -> tuple[int, int] | None:
        """The subject opening the sentence of token ``j``: a full name, or a determiner phrase
        up to its verb («Le gouvernement français espérait …»)."""
        toks = self.toks
        s = self._fr_past_opening_adverb(self._sentence_start(j), j)
        named = self._first_name(j)
        if named is not None and named[0] == s:
            return named
        if s >= j or not (self._fr_quantity_opener(s) or (toks[s].norm in _fr_det()
                                                            and toks[s].norm not in _fr_du_des())):
            return None
        if s + 1 < j and toks[s].norm == "ce" and (toks[s + 1].norm in _fr_subject_relatives()
                                                   or toks[s + 1].norm == "que"
                                                   or toks[s + 1].norm.startswith("qu'")):
            return None  # «Ce qui n'a pas empêché X de …, parlant de « … »»: a neuter pronoun, no one
        e = s + 1
        while e < j and e - s < 7 and (toks[e].kind == "w" or (toks[e].kind == "q" and e > s + 1)) \
                and toks[e].norm not in _fr_aux() \
                and not (e > s + 1 and toks[e].norm in _fr_subject_clitics()) \
                and not (e > s + 1 and toks[e].norm.endswith(("ait", "aient", "ent"))
                         and not latin_cap(self.text, toks[e])):
            e += 1
        if e < j and e > s + 1 and toks[e].kind == "w":
            return (s, e)
        return None

    def _fr_quantity_opener(self, s: int) -> bool:
        """«Nombre de pêcheurs …», «Beaucoup d'élus …»: a quantity word and «de» open a subject
        as a determiner does."""
        toks = self.toks
        return toks[s].norm in fr_quantity_nouns() and s + 1 < len(toks) \
            and (toks[s + 1].norm == "de" or toks[s + 1].norm.startswith("d'"))

    def _fr_object_antecedent(self, k: int, floor: int) -> tuple[int, int] | None:
        """«Le maire a reçu des élus qui jugent que « … »», «… avec d'autres voix plus
        modérées qui estiment que « … »»: with no comma before «qui» at ``k``, a phrase after a
        verb or a preposition opening with an indefinite or plural determiner
        (``antecedent_determiners_fr.txt``) and a person noun is the relative's antecedent, the one
        speaking; not a complement after «de» («le contraire des dirigeants qui …»)."""
        toks = self.toks
        s = k - 1
        while s > floor and k - s <= _ANTECEDENT_WORDS and toks[s].kind == "w" \
                and toks[s].norm not in _fr_antecedent_dets() and toks[s].norm not in _fr_aux():
            s -= 1
        if s <= floor or toks[s].norm not in _fr_antecedent_dets() or s + 1 >= k:
            return None
        before = toks[s - 1]
        if before.kind != "w" or before.norm in fr_de_forms() or before.norm.startswith("d'"):
            return None
        people = self.lex.people
        for t in toks[s + 1:min(k, s + 1 + _ANTECEDENT_HEAD_WORDS)]:
            if t.norm in people or (t.norm[-1:] in ("s", "x") and t.norm[:-1] in people):
                return (s, k)
        return None

    def _fr_name_before_qui(self, k: int) -> tuple[int, int] | None:
        """«l'ancien maire Paul Berthier (1977-2001) qui répétait «…»»: a full name
        right before «qui» (past a bracket of dates or a party) is the relative's antecedent."""
        toks = self.toks
        m = k
        if m > 0 and toks[m - 1].norm == ")":
            o = m - 1
            while o > 0 and m - o <= 6 and toks[o].norm != "(":
                o -= 1
            if toks[o].norm != "(":
                return None
            m = o
        e = m
        while m > 0 and e - m < 4 and _name_word(self.text, toks[m - 1]) \
                and toks[m - 1].norm not in stopwords(self.lang):
            m -= 1
        return (m, e) if e - m >= 2 else None

    def _fr_complement_start(self, a: int) -> bool:
        """The phrase at token ``a`` opens with «du», «des», «de» or «d'»: a complement."""
        w = self.toks[a].norm
        return w in _fr_du_des() or w == "de" or (w.startswith("d'") and len(w) > 2)

    def _fr_before_apposition(self, a: int, floor: int) -> tuple[int, int] | None:
        """The full name, or the phrase opening with a determiner, before the comma of the
        apposition holding token ``a`` («la fédération FO …, troisième organisation du secteur»)."""
        toks = self.toks
        c = a - 1
        while c > floor and a - c <= 12 and toks[c].kind == "w":
            c -= 1
        if c <= floor or toks[c].norm != ",":
            return None
        m = c
        while m > floor and c - m < 4 and toks[m - 1].kind == "w" and latin_cap(self.text, toks[m - 1]) \
                and toks[m - 1].norm not in stopwords(self.lang):
            m -= 1
        if c - m >= 2:
            return (m, c)  # «Éric X, figure …»: a full name before the apposition
        np = self._left_np(c, floor)
        if np is None or not (toks[np[0]].norm in _fr_det() or toks[np[0]].norm.startswith("l'")):
            return None
        heads = [m for m in range(np[0], np[1] - 1) if toks[m].norm in _fr_det()
                 and (toks[m + 1].norm in _fr_body_nouns() or toks[m + 1].norm in self.lex.people)]
        return (heads[0], np[1]) if heads else np  # «le soutien de la fédération X»: the body

    def _fr_after_place_word(self, a: int) -> bool:
        """The phrase at token ``a`` is one capitalised word right after «du», «des», «de (la)»,
        «d'», «à», «au», «dans (le)»: a place or a body named as a complement, not a person."""
        toks = self.toks
        if a < 1 or a + 1 >= len(toks) or not latin_cap(self.text, toks[a]) \
                or (toks[a + 1].kind == "w" and latin_cap(self.text, toks[a + 1])):
            return False
        p = toks[a - 1].norm
        if p in fr_definite() and a >= 2:
            p = toks[a - 2].norm
        return p in _fr_du_des() or p in _fr_prep() or p in fr_de_elided()

    def _fr_phrase_from_floor(self, floor: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The phrase from the determiner or capitalised word opening the clause (at most ten
        tokens after ``floor``, words and marks only) to the end of ``np``."""
        toks = self.toks
        a = next((m for m in range(floor, min(np[0], floor + 10)) if toks[m].norm in _fr_det()
                  or latin_cap(self.text, toks[m])), None)
        if a is None or a >= np[0] or np[1] - a > 14 or any(t.kind not in ("w", "q") for t in toks[a:np[1]]):
            return None
        return (a, np[1])

    def _fr_full_name_before(self, a: int, floor: int) -> tuple[int, int] | None:
        """The nearest full name (two name words or more) before token ``a`` and not before
        ``floor`` (none when ``floor`` is -1), not itself the complement of a preposition."""
        toks = self.toks
        if floor < 0:
            return None
        e = a
        while e > floor:
            m = e
            while m > floor and _name_word(self.text, toks[m - 1]) \
                    and toks[m - 1].norm not in stopwords(self.lang):
                m -= 1
            if e - m >= 2 and not (m > 0 and (toks[m - 1].norm in _fr_prep()
                                              or toks[m - 1].norm in _fr_du_des())):
                return (m, e)
            e = m - 1 if m == e else m
        return None

    def _fr_name_before_appositions(self, c: int) -> tuple[int, int] | None:
        """The full name closing one of the (at most three) comma-separated phrases before the
        comma at ``c`` («Ainsi de Loïc X, l'un des plus virulents des « … », très écouté …,»)."""
        toks = self.toks
        m = c
        for _ in range(3):
            e = m
            m -= 1
            while m >= 0 and c - m < 40 and toks[m].norm != "," and toks[m].kind in ("w", "q"):
                m -= 1
            if c - m >= 40 or (m >= 0 and toks[m].norm != "," and toks[m].kind not in ("b", "p")):
                return None
            a = e
            while a - 1 > m and toks[a - 1].norm not in stopwords("fr") and (
                    _name_word(self.text, toks[a - 1]) or elided_name(self.text, toks[a - 1])):
                a -= 1
            if e - a >= 2 and a - (m + 1) <= 1:
                return (a, e)  # (the name opens its phrase: not «la taxe sous Nicolas X, …»)
            if m < 0 or toks[m].norm != ",":
                return None
        return None

    def _fr_subject_after_opener(self, j: int, k: int) -> tuple[int, int] | None:
        """«Disant comprendre la « colère », le président a …»: a participle opening the sentence
        has the subject that follows the comma closing its phrase (before an auxiliary)."""
        toks = self.toks
        if not self._participle_opens(j):
            return None
        c = k + 1
        while c < len(toks) and c - k < 20 and toks[c].kind != "b" and toks[c].norm != ",":
            c += 1
        if c + 1 >= len(toks) or toks[c].norm != "," or not (
                toks[c + 1].norm in _fr_det() or latin_cap(self.text, toks[c + 1])):
            return None
        np = self._right_np(c + 1, _fr_subject_stops())
        if np is not None and np[0] > c + 1 and np[1] + 1 < len(toks) and toks[np[1]].norm == "," \
                and toks[np[1] + 1].norm in _fr_aux():
            return np  # «…, un des représentants des « X », Benjamin Y, a appelé …»: the apposed name
        if np is None or np[1] >= len(toks) or toks[np[1]].norm not in _fr_aux():
            return self._fr_short_opener_subject(c + 1)
        return np

    def _fr_short_opener_subject(self, a: int) -> tuple[int, int] | None:
        """«Se décrivant comme « … », ce groupe entend …»: after the participle's phrase, an
        article or demonstrative and a lowercase noun of a person or a body, then a lowercase
        word (the main verb, no auxiliary): those two words are the subject, not the verb after
        them (the verb is not swallowed into the speaker)."""
        toks = self.toks
        if a + 2 >= len(toks) or toks[a].norm not in _fr_det() or toks[a + 1].kind != "w" \
                or latin_cap(self.text, toks[a + 1]):
            return None
        head = toks[a + 1].norm
        if head not in self.lex.people and head not in _fr_body_nouns():
            return None
        verb = toks[a + 2]
        if verb.kind != "w" or latin_cap(self.text, verb) or not verb.norm.isalpha() \
                or verb.norm in stopwords("fr") or verb.norm in _fr_prep():
            return None
        return (a, a + 2)

    def _past_participle_apposition(self, c: int, floor: int) -> tuple[int, int] | None:
        """«Le parquet, cité par X, a expliqué», «La ministre, interrogée sur Y, a déclaré»: a
        past participle phrase set off by commas (``c`` is the closing one) between the subject
        opening the clause and its auxiliary; returns that subject."""
        toks = self.toks
        o = c - 1
        while o > floor and c - o <= 8 and toks[o].norm != ",":
            o -= 1
        if o <= floor or toks[o].norm != "," or o + 1 >= c:
            return None
        part = toks[o + 1]
        if part.kind != "w" or latin_cap(self.text, part) or not part.norm.isalpha() \
                or not part.norm.endswith(fr_participle_endings()) \
                or part.norm in stopwords("fr") or part.norm in _fr_not_participles():
            return None  # (not «mais», «puis», «parmi»: function words that end the same way)
        np = self._left_np(o, floor)
        if np is None or np[0] != floor or (toks[np[0]].norm not in _fr_det() and not (
                toks[np[0]].norm.startswith("l'") or latin_cap(self.text, toks[np[0]]))):
            return None
        return np

    def _fr_relative_opening(self, j: int) -> tuple[int, int] | None:
        """«(En réaction,) le groupe X, qui compte …, a suspendu … en évoquant « … »»: the phrase
        opening the sentence (after an opening adverbial) that a relative clause set off by
        commas describes, its auxiliary right after the second comma: the subject of the verb."""
        toks = self.toks
        s = self._sentence_start(j)
        commas = [m for m in range(s, j) if toks[m].norm == ","][:3]
        if len(commas) >= 2 and toks[s].norm in _fr_prep() and commas[0] - s <= 3:
            s, commas = commas[0] + 1, commas[1:]  # «En réaction, …»: an opening adverbial
        if len(commas) < 2 or s >= j or not (toks[s].norm in _fr_det() or toks[s].norm.startswith("l'")):
            return None
        rel, close = commas[0], commas[1]
        if toks[rel + 1].norm not in _fr_subject_relatives() or rel - s > 9 or close + 1 >= j \
                or toks[close + 1].norm not in _fr_aux():
            return None
        return (s, rel)

    def fr_opening_body(self, k: int, persons: bool = False) -> tuple[int, int] | None:
        """«Le Medef a pris « acte », mais « reste vigilant »», «La chaîne, accusée de …, a tweeté
        qu'il n'y avait « … »»: the quotation at token ``k`` sits in a sentence whose opening
        phrase, a body («le groupe», «la chaîne») or a name, is the subject of the auxiliary that
        follows it (past one apposition): that subject's words, when no reporting verb of the
        sentence names anyone else. A name in the apposition («L'exploitant …, Vinci Autoroutes,
        a évalué») is the body's own name. With ``persons``, a determiner and a person noun
        («le maire», «la ministre») may open the sentence too, its verb out of sight or not
        («Outre …, l'actrice oscarisée en … cite …»: a person opening a sentence is its subject)."""
        s = self._fr_opening_start(k)
        if s is None:
            return None
        found = self._fr_opening_phrase(s, k, persons)
        if found is None and persons:
            np = self._right_np(s, _fr_subject_stops())
            found = self._fr_cut_at_person(np) if np is not None and np[0] == s else None
            if found is not None and found[1] >= k:
                found = None
        return found

    def _fr_opening_start(self, k: int) -> int | None:
        """The first token of the sentence of quotation ``k``, past an opening adverbial and its
        comma («Dans un communiqué, le syndicat a …»)."""
        toks = self.toks
        s = self._near_sentence_start(k, 80)
        if s < 0:
            return None
        if s < k and (toks[s].norm in _fr_clause_openers() or self._fr_opening_participle(s)):
            c = next((m for m in range(s, min(k, s + 20)) if toks[m].norm == ","), None)
            if c is None or any(t.kind not in ("w", "q") for t in toks[s:c]):
                return None
            s = c + 1  # «Dans un communiqué, le syndicat a …»: past an opening adverbial
        return s if s < k else None

    def _fr_opening_phrase(self, s: int, k: int, persons: bool) -> tuple[int, int] | None:
        """``fr_opening_body`` from the sentence's first token ``s`` (past its opening adverbial)."""
        toks = self.toks
        np = self._right_np(s, _fr_subject_stops())
        if np is not None:
            np = self._fr_before_clitics(np)  # «l'association du quartier lui a transmis»
        if persons and np is not None and np[0] == s and np[1] >= k:
            np = self._fr_cut_at_person(np)  # «le maire veut « … »»: the phrase read on to the marks
        if np is None or np[0] != s or np[1] >= k:
            return self._fr_name_after_opener(s, k)
        # a body or a name, else a group of people with no name on the way to the quotation
        # («Les sénateurs ont voté, selon leur chef X pour qui « … »»: the name speaks)
        if not self._fr_body_or_name(np) and not (persons and self._fr_person_phrase(np)) and not (
                self._fr_people_group(np) and not any(latin_cap(self.text, t) for t in toks[np[1]:k])):
            return self._fr_name_after_opener(s, k)
        v = np[1]
        if v + 3 < k and toks[v].norm == "(" and toks[v + 2].norm == ")" \
                and latin_cap(self.text, toks[v + 1]):
            v += 3  # «La Fédération régionale des pêcheurs (FRP) a exprimé « … »»: its acronym
        while v < k and (_fr_person_clitic(toks[v]) or _fr_negation_at(toks[v])):
            v += 1  # the clitics and the negation stand between the subject and its auxiliary
        named: tuple[int, int] | None = None
        if toks[v].kind == "q" and toks[v - 1].norm in _fr_body_nouns() and v + 1 < k:
            named, v = (v, v + 1), v + 1  # «le collectif « Les Oubliés » suggère …»: its name
        if toks[v].norm == ",":
            # (after an apposition opened by a participle or «qui», any plain verb: «Le collectif
            # X, vu comme plus modéré, appelle à …»)
            opened = v + 1 < k and (toks[v + 1].norm in _fr_subject_relatives()
                                    or toks[v + 1].norm.endswith(fr_participle_endings()))
            c = next((m for m in range(v + 1, min(k, v + 30)) if toks[m].norm == ","
                      and m + 1 < k and (toks[m + 1].norm in _fr_aux()
                                         or (opened and self._fr_plain_verb(m + 1)))), None)
            if c is None or any(t.kind not in ("w", "p") and t.norm != "," and not (opened and t.kind == "q")
                                for t in toks[v + 1:c]):
                return None
            inner = toks[v + 1:c]
            if 0 < len(inner) <= 4 and all(t.kind == "w" and latin_cap(self.text, t) for t in inner):
                named = (v + 1, c)
            v = c + 1
        if v >= k or not (toks[v].norm in _fr_aux() or self._fr_plain_verb(v)):
            return None
        return named or np

    def _fr_before_clitics(self, np: tuple[int, int]) -> tuple[int, int]:
        """A subject phrase read up to a verb ends before the object clitics and the negation
        that precede the verb («l'association du quartier lui a transmis», «les élus ne»)."""
        a, b = np
        while b - 1 > a and (_fr_person_clitic(self.toks[b - 1]) or _fr_negation_at(self.toks[b - 1])):
            b -= 1
        return (a, b)

    def _fr_plain_verb(self, v: int) -> bool:
        """A lowercase word right after a subject phrase that is no function word: its verb
        («Le Medef reste « vigilant »», «le collectif … suggère»)."""
        t = self.toks[v]
        return t.kind == "w" and t.norm.isalpha() and not latin_cap(self.text, t) \
            and t.norm not in stopwords(self.lang) and t.norm not in _fr_det() \
            and t.norm not in _fr_prep() and t.norm not in _fr_subject_stops()

    def _fr_name_after_opener(self, s: int, k: int) -> tuple[int, int] | None:
        """«Auteur de X (Éd. Y), Jacques Levin voit … : « … »», «Quelques heures après …,
        Emmanuel Marin avait accusé …»: a full name right after the comma closing the phrase that
        opens the sentence, then its verb, before the quotation at token ``k``."""
        toks = self.toks
        c = next((m for m in range(s, min(k, s + 25)) if toks[m].norm == ","), None)
        if c is None or any(t.kind not in ("w", "p", "q") for t in toks[s:c]):
            return None
        e = c + 1
        while e < k and e - c <= 4 and toks[e].kind == "w" and latin_cap(self.text, toks[e]) \
                and toks[e].norm not in stopwords(self.lang):
            e += 1
        if e - (c + 1) < 2 or e >= k or not (toks[e].norm in _fr_aux() or self._fr_plain_verb(e)):
            return None
        return (c + 1, e)

    def fr_impersonal_source(self, c: Clause) -> tuple[int, int] | None:
        """«« … », a-t-on précisé à la mairie», «…, a-t-on su auprès de la RATP»: an
        impersonal incise («on») names its source in the phrase after «à», «auprès de», «chez»."""
        toks = self.toks
        n = len(toks)
        s = c.cue_start
        if not (toks[s].norm.endswith("-on") or (s > 0 and toks[s - 1].norm.endswith("-on"))):
            return None
        k = self._skip_adverbials(c.cue_end)
        if k + 2 < n and toks[k].norm == "de" and toks[k + 1].norm in _fr_source_nouns() \
                and toks[k + 2].kind == "w" and toks[k + 2].norm not in stopwords("fr"):
            # «…, précise-t-on de source judiciaire», «…, glisse-t-on de sources proches de la
            # mairie»: the source named after «de» (not «de même source»: the one before)
            np = self._right_np(k + 1, _fr_verb_phrase_stops())
            return np if np is not None and np[0] == k + 1 else None
        while k < n and k - c.cue_end < 4 and toks[k].kind == "w" and toks[k].norm in _fr_time():
            k += 1  # «a-t-on indiqué dimanche à la préfecture»
        if k + 1 >= n or toks[k].norm not in fr_reporting_to():
            return None
        k += 1
        if toks[k - 1].norm == "auprès" and toks[k].norm == "de":
            k += 1
        elif toks[k - 1].norm == "auprès" and not toks[k].norm.startswith(("du", "des", "d'")):
            return None
        if toks[k].norm.startswith("d'") and len(toks[k].norm) > 2:
            return (k, k + 1) if latin_cap(self.text, toks[k]) or toks[k].end - toks[k].start > 2 else None
        if toks[k].norm in fr_du_des():
            k += 1
        np = self._right_np(k, _fr_verb_phrase_stops())
        return np if np is not None and np[0] == k else None

    def _fr_opening_participle(self, s: int) -> bool:
        """«Ravi, le Cnpa a …», «Consulté dimanche, le tribunal administratif a …», «Furieuse,
        l'intersyndicale a …»: a participle or adjective opening the sentence (no given name) whose
        phrase ends at a comma."""
        w = self.toks[s].norm
        if not w.isalpha() or w in self.lex.people or w in stopwords(self.lang):
            return False  # (not «L'exploitant …»: an article and a noun)
        ends = ("it", "ite", "is", "ise", "u", "ue", "i", "ie", "eux", "euse", "if", "ive", "ente")
        shaped = w.endswith(ends) and len(w) > 4 and given_name_gender(w) == "?"
        return french.participle_opening(w) or shaped

    def _fr_body_or_name(self, np: tuple[int, int]) -> bool:
        """A phrase that can be the voice of a body: a determiner and a body noun («le groupe»,
        «l'exploitant»), or capitalised words that are not a pronoun («Le Medef», «France 3»)."""
        toks = self.toks
        first = toks[np[0]]
        if first.norm.startswith("l'") and len(first.norm) > 2:
            # «l'exploitant», or a name after the elided article («L'Unsa», «L'Élysée»)
            return first.norm[2:] in _fr_body_nouns() or self.text[first.start + 2:first.start + 3].isupper()
        if first.norm in _fr_det():
            if np[1] - np[0] < 2:
                return False
            second = toks[np[0] + 1]
            return second.norm in _fr_body_nouns() or (
                latin_cap(self.text, second) and second.norm not in stopwords(self.lang))
        if not latin_cap(self.text, first) or first.norm in stopwords(self.lang) or first.norm in _fr_pron():
            return False
        if np[1] - np[0] >= 2 and latin_cap(self.text, toks[np[0] + 1]):
            return True
        # one capitalised word opening a sentence («Principale mise au point …») is a name only
        # when it is an acronym or written again elsewhere («Matignon», «la CGT»)
        word = self.text[first.start:first.end]
        return word[1:] != word[1:].lower() or self.text.count(word) >= 2

    def _fr_cut_at_person(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """«le maire veut», «la nouvelle ministre souhaite», «l'actrice oscarisée»: a phrase cut
        after its person noun (within its first three words)."""
        for m in range(np[0], min(np[1], np[0] + 3)):
            if self._fr_person_phrase((np[0], m + 1)):
                return (np[0], m + 1)
        return None

    def _fr_person_phrase(self, np: tuple[int, int]) -> bool:
        """«le maire», «l'ancienne ministre», «les élus»: a determiner (or an elided article) and,
        within its first three words, a person noun (singular or plural)."""
        toks = self.toks
        first = toks[np[0]].norm
        words = [first[2:]] if first.startswith("l'") and len(first) > 2 else []
        if not words and first not in _fr_det():
            return False
        words += [t.norm for t in toks[np[0] + 1:min(np[1], np[0] + 3)]]
        people = self.lex.people
        return any(w in people or (w.endswith(("s", "x")) and w[:-1] in people) for w in words)

    def _fr_people_group(self, np: tuple[int, int]) -> bool:
        """«plusieurs journalistes de la région», «des élus locaux»: a plural determiner or a
        number, then a plural person noun: a group that may be the voice of its sentence."""
        toks = self.toks
        first = toks[np[0]].norm
        if np[1] - np[0] < 2 or not (first in french.plural_openers() or first[:1].isdigit()):
            return False
        head = toks[np[0] + 1].norm
        return head.endswith(("s", "x")) and head[:-1] in self.lex.people

    def _fr_subject_of_aux(self, j: int) -> tuple[int, int] | None:
        """«Le ministre des Finances, Paul Morel, a abondé dans ce sens en déclarant …»: the subject
        before the first auxiliary of the sentence (past an apposition the opening phrase stops at)."""
        floor = self._clause_floor(j)
        aux = next((m for m in range(floor + 1, j - 1) if self.toks[m].norm in _fr_aux()), None)
        np = self._left_np(aux, floor) if aux is not None else None
        return self._apposition_left(np) if np is not None else None

    def _fr_main_subject(self, j: int, number: str) -> tuple[int, int] | None:
        """The subject opening the sentence of token ``j`` (a determiner phrase up to its
        auxiliary, or a full name right before its verb), when its article agrees with ``number``."""
        toks = self.toks
        s = self._sentence_start(j)
        main = self._opening_phrase(j)
        if main is None:
            e = s
            while e < j and e - s < 4 and _name_word(self.text, toks[e]) \
                    and toks[e].norm not in stopwords("fr"):
                e += 1
            if e - s >= 2 and e < j and toks[e].kind == "w" and not latin_cap(self.text, toks[e]):
                main = (s, e)
        if main is None or main[1] > j:
            return None
        det = toks[main[0]].norm
        feminine, masculine = det in fr_feminine_determiners(), det in fr_masculine_singular()
        if (number == "m" and feminine) or (number == "f" and masculine) \
                or (number == "p") != (det in fr_plural_description()):
            return None
        return main

    def _fr_aged_name(self, a: int, j: int) -> tuple[int, int] | None:
        """«Ainsi la petite Inès, 9 ans, d'une école du XIe (…) raconte»: the name given an age
        in the sentence is the subject of a verb whose nearest phrase is only a complement.
        Returns the name's token range (the capitalised run before «, N ans»)."""
        toks = self.toks
        stops = stopwords(self.lang)
        for m in range(a, j - 3):
            comma = toks[m + 1].norm == ","
            if toks[m + 1 + comma].norm.isdigit() and toks[m + 2 + comma].norm == "ans" \
                    and latin_cap(self.text, toks[m]) and toks[m].norm not in stops:
                s = m
                while s > a and latin_cap(self.text, toks[s - 1]) and toks[s - 1].norm not in stops:
                    s -= 1
                return (s, m + 1)
        return None

    def _fr_inverted_subject(self, j: int) -> bool:
        """«« Taxes, taxes … » s'énerve Olivier X, venu de …», «« … » l'a averti un élu.»: with no
        comma after the quotation, a reporting verb followed by its subject (a name, or an
        indefinite person) still makes an incise; «« X » inquiète les élus» does not."""
        toks = self.toks
        n = len(toks)
        v = j
        if v < n and toks[v].norm in fr_object_before_verb():
            v += 1
        if v < n and toks[v].norm in _fr_aux():
            v += 1
        if v + 1 >= n or toks[v].kind != "w":
            return False
        w = toks[v].norm
        reflexive = w.startswith("s'") and len(w) > 4
        if not reflexive and w not in self.lex.cues:
            return False
        e = self._skip_adverbials(v + 1)
        if e + 1 < n and toks[e].norm in fr_since() and toks[e + 1].norm in _fr_time():
            e += 1  # «« … » a rappelé dès jeudi la préfète X»: a time phrase with its preposition
        while e < n and toks[e].kind == "w" and toks[e].norm in _fr_time():
            e += 1
        if e >= n or toks[e].kind != "w":
            return False
        t = toks[e]
        if (latin_cap(self.text, t) and t.norm not in stopwords(self.lang)) or t.norm == "@":
            return True
        # («… » explique cet étudiant, «… » l'a averti un élu, «… » tranche la ministre)
        if t.norm.startswith("l'") and t.norm[2:] in self.lex.people:
            return True
        return t.norm in fr_singular_determiners_all() and e + 1 < n \
            and toks[e + 1].norm in self.lex.people

    def _fr_lowercase_apposition(self, a: int, k: int) -> bool:
        """From token ``a``: a short lowercase apposition («résident du quartier», «40 ans»), a
        comma, then a lowercase verb, all before the quotation ``k``."""
        toks = self.toks
        m = a
        while m < k and m - a < 8 and toks[m].kind == "w" and not latin_cap(self.text, toks[m]):
            m += 1
        return a < m < k - 1 and toks[m].norm == "," and toks[m + 1].kind == "w" \
            and not latin_cap(self.text, toks[m + 1])

    def fr_relative_before_quote(self, k: int) -> tuple[int, int] | None:
        """«… repris par l'Union des commerçants X qui « dénonce les pillages »», «Paul X, qui
        « se félicite » du choix»: words in marks right after «qui» are the verb phrase of the
        relative; its antecedent (a name, a body or a described person) says them."""
        toks = self.toks
        q = k - 1
        if q < 1 or toks[q].norm != "qui" or (toks[q - 1].kind != "w" and toks[q - 1].norm != ","):
            return None
        e = q - 1 if toks[q - 1].norm == "," else q
        floor = self._clause_floor(e)
        if e - 1 <= floor:
            return None
        np = self._fr_name_before_qui(e) or self._left_np(e, floor)
        if np is not None and np[0] - 1 > floor and toks[np[0] - 1].kind == "w" \
                and not latin_cap(self.text, toks[np[0] - 1]):
            # «soutenu par le Comité des fêtes Saint-Roch qui « … »»: the name closes a longer
            # description, from its determiner after the preposition
            m = np[0]
            while m - 1 > floor and np[0] - m < 7 and toks[m - 1].kind == "w" \
                    and toks[m - 1].norm not in _fr_prep() and toks[m - 1].norm not in _fr_aux():
                m -= 1
            while m < np[0] and toks[m].norm not in _fr_det() and not toks[m].norm.startswith("l'"):
                m += 1
            np = (m, np[1])
        if np is None or np[1] != e or toks[np[0]].norm in _fr_prep() or self._fr_clause_like(np):
            return None
        if np[1] - np[0] == 1 and toks[np[0]].norm in stopwords("fr"):
            return None  # «ce qui « … »», «celui qui»: no one named
        if np[1] - np[0] > 8 or any(t.norm in _fr_aux() for t in toks[np[0]:np[1]]):
            return None  # «la CGT a dénoncé des décisions qui « … »»: a clause, not the antecedent
        people = self.lex.people
        if not (self._fr_body_or_name(np) or any(latin_cap(self.text, t) for t in toks[np[0]:np[1]])
                or any(t.norm in people or t.norm.rstrip("sx") in people for t in toks[np[0]:np[1]])):
            return None  # «des mesures qui « pénalisent les ménages »»: things say nothing
        return np
