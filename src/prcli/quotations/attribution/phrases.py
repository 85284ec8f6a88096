"""Speaker phrases: the noun phrase before or after a cue, its appositions and its names.

``_left_np`` and ``_right_np`` read a person's or a body's description out of the tokens
(titles, names, coordinated names, bracketed acronyms, adverbials to skip); the language
rules here are the ones those two readers need.
"""

from __future__ import annotations

from functools import cache

from prcli.quotations.attribution.base import _en_det, _fr_det, _fr_prep, _fr_time, _leading_prep
from prcli.quotations.attribution.cues import _Cues, _en_pron, _fr_aux, _name_word
from prcli.quotations.lexicon import (
    ar_his_her_saying,
    ar_places,
    ar_relatives,
    cue_complements,
    definite_articles,
    en_coordinators,
    en_for_of_at,
    en_name_end_auxiliaries,
    en_name_verb_auxiliaries,
    fr_agent_prepositions,
    fr_beside,
    fr_date_leads,
    fr_de,
    fr_de_forms,
    fr_definite_words,
    fr_demonstratives,
    fr_description_breaks,
    fr_du_des,
    fr_indefinite,
    fr_latter_adjectives,
    fr_que_qui,
    fr_role_attachments,
    fr_singular_demonstratives,
    fr_them,
    fr_these,
    fr_time_keep,
    language_words,
    lexicon,
    of_de,
    role_list_links,
    role_place_links,
    third_person_subjects,
)
from prcli.quotations.lexicon import fr_object_clitics as _fr_object_clitics
from prcli.quotations.lexicon import fr_time_nouns as _fr_time_nouns
from prcli.quotations.people import calendar_words, latin_cap, stopwords
from prcli.quotations.resolve import _unelided, given_name_gender
from prcli.quotations.tokens import Tok
from prcli.text.resources import lazy_pairs, lazy_words

#: «بأنه», «بأنها», «ب»: what follows them is what a verb of describing calls its object (a
#: predicate or a complement): never the subject of a verb after it.
_ar_label_before = lazy_words("prcli.quotations", "that_label_before_ar.txt")


@cache
def _fr_description_endings() -> tuple[str, ...]:
    """The endings of the participles and adjectives that describe a person after a noun, as a
    tuple for ``str.endswith`` (``data/description_participles_fr.txt``)."""
    return tuple(sorted(_fr_description_words()))


#: Quotation marks, as ``str.strip`` takes them: a word made of marks alone is no word of a name.
_MARK_CHARS = "«»“”\"‹›„"
_fr_description_words = lazy_words("prcli.quotations", "description_participles_fr.txt")
_name_glue = lazy_words("prcli.quotations", "name_glue_en.txt", "name_glue_fr.txt")
#: Endings of French participles, imperfects and adverbs: a word after a name with one is no part of it.
_FR_VERB_ENDINGS = ("é", "ée", "és", "ées", "ant", "ait", "ment", "u", "ue", "us", "i", "ie", "is")
_list_conjunctions = lazy_words(
    "prcli.quotations", "list_conjunctions_ar.txt", "list_conjunctions_en.txt", "list_conjunctions_fr.txt"
)
_fr_negation = lazy_words("prcli.quotations", "negation_particles_fr.txt")
_fr_pron = lazy_pairs("prcli.quotations", "verb_subject_pronouns_fr.tsv")
_en_break = lazy_words("prcli.quotations", "clause_breaks_en.txt")
#: Prepositions before a name that make it a place or a body, not the subject ("in Geneva agreed").
_place_preps = lazy_words("prcli.quotations", "place_preps_en.txt", "place_preps_fr.txt")
_fr_body_nouns = lazy_words("prcli.quotations", "body_nouns_fr.txt")
_fr_numbers = lazy_words("prcli.quotations", "count_words_fr.txt")
_fr_break = lazy_words("prcli.quotations", "clause_breaks_fr.txt")
#: «du», «des» (lexicon.fr_du_des), under the name the French attribution modules import.
_fr_du_des = fr_du_des


_fr_time_dets = lazy_words("prcli.quotations", "time_determiners_fr.txt")
_fr_time_tails = lazy_words("prcli.quotations", "time_tails_fr.txt")


def _fr_mid_month(w: str) -> bool:
    """«mi-décembre», «mi-octobre»: the middle of a month, a date."""
    return w.startswith("mi-") and w[3:] in calendar_words()


def _fr_negation_at(t: Tok) -> bool:
    """«ne»: the negation opens the verb group, it ends the subject (an elided «n'» is part of
    its verb's token, and token norms already write ’ as ')."""
    return t.norm in _fr_negation()


@cache
def _closed_words(lang: str) -> frozenset[str]:
    """Determiners, prepositions, conjunctions and stop words: never an unlisted reporting verb."""
    return _fr_det() | _en_det() | _fr_prep() | _en_break() | _fr_break() | _fr_time() | stopwords(lang)


@cache
def _adverbials_by_first(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The set adverbial phrases of ``lang`` indexed by their first word (longest first)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon(lang).adverbials:
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


#: How many tokens a French subject holding a role «auprès du ministre de …» may run back.
_BESIDE_REACH = 16

class _Phrases(_Cues):
    """Reads the noun phrase that names a speaker on either side of a cue."""

    def speaking_name(self, k: int) -> bool:
        """Whether the quotation at ``k`` is a name in marks that the next verb reports."""
        toks = self.toks
        if self.lang != "ar" or not self.quoted_name(k) or k + 1 >= len(toks):
            return False
        j = k + 1
        if k > 0 and toks[k - 1].norm in _ar_label_before() and toks[j].norm not in ar_relatives():
            return False  # «ووصف الوزير القرار بأنه “تاريخي” وقال …»: a predicate, not who speaks next
        if toks[j].norm in (",", "،") and j + 2 < len(toks) and toks[j + 1].norm in ar_relatives():
            j += 1  # «دعت لها “تنسيقية …”، التي أعلنت»: the relative clause is about the name
        if toks[j].norm in ar_relatives() and j + 1 < len(toks):
            j += 1
        if toks[j].norm.removeprefix("ب") in ar_his_her_saying():
            return True
        c = self.cue_at(j) if toks[j].kind == "w" else None
        return c is not None and c[0] not in ("src", "srcpron")

    def _left_np(self, j: int, floor: int) -> tuple[int, int] | None:
        """The subject phrase ending just before token ``j`` (EN/FR), or None."""
        toks = self.toks
        while self.lang == "fr" and j - 1 > floor and (toks[j - 1].norm in _fr_object_clitics()
                                                       or (_fr_negation_at(toks[j - 1]) and j - 2 >= floor
                                                           and toks[j - 2].norm not in _fr_pron()
                                                           and toks[j - 2].norm != "on")):
            j -= 1  # «les gens me demandent « … »», «les élus ne se disent pas»: clitics and negation
            # (not after a pronoun: «on ne leur a jamais demandé» has no one to name)
        if self.lang == "fr":
            spelled = self._fr_spelled_by_acronym(j, floor)
            if spelled is not None:
                return spelled  # «du Comité pour une Loire sans barrage (CLsB), qui …»: the whole name
            j = self._before_bracket(j, floor)  # «Deux journalistes de France 2 (sud) ont déclaré»
        k = j
        det = _en_det() if self.lang == "en" else _fr_det()
        brk = _en_break() if self.lang == "en" else _fr_break()
        appo = self._apposition_name(j, floor)
        if appo is not None:
            return appo
        if j - 1 >= floor and toks[j - 1].norm in third_person_subjects():
            return (j - 1, j)  # «Parlement Ils demandent» (a glued heading): the pronoun is the subject
        linked = False
        listed = False  # an enumeration of complements («de X, du Y et du Z») was passed
        beside = False  # a French role «auprès du ministre …» was passed: its office may run long
        while k > floor and j - k < (_BESIDE_REACH if beside else 12):
            t = toks[k - 1]
            if self._org_link(k - 1, floor):
                k -= 1  # "a spokeswoman for Acme": the description goes on past "for"
                linked = True
                continue
            if self._paren_acronym(k - 3):
                k -= 3  # "the British Shipping Federation (BSF)"
                continue
            if t.norm == "-" and k - 2 > floor and toks[k - 2].norm.isdigit() \
                    and toks[k].norm.startswith("year"):
                k -= 2  # "the 22-year-old"
                continue
            if self.lang == "fr" and t.norm == "en" and k - 2 >= floor and toks[k - 2].kind == "w" \
                    and toks[k - 2].norm in self.lex.people:
                k -= 1  # «Un menuisier en apprentissage de 19 ans reconnaît»: «en» inside the description
                continue
            if self._fr_beside_link(k - 1, floor):
                k -= 1  # «la déléguée auprès de la ministre des Comptes publics a chiffré»
                linked = beside = True
                continue
            if k - 2 > floor and self._marked_complement(k - 1, k == j):
                self.in_speaker.add(k - 1)  # «quelques dizaines de « bonnets verts » réclamaient»
                k -= 1
                continue
            if self.lang == "fr" and t.norm in (",", "et") and k < j and k - 2 > floor \
                    and (toks[k].norm in fr_du_des() or (toks[k].norm == "de" and k + 1 < j and (
                        toks[k + 1].norm == "la" or toks[k + 1].norm.startswith("l'")))):
                k -= 1  # «des représentants de la pêche, du transport et du bâtiment ont réclamé»
                listed = True
                continue
            if t.kind != "w" or t.norm in brk or (j - k >= 9 and not linked and not listed):
                break
            k -= 1
        if k == j:
            if j > floor and self.toks[j - 1].norm in en_coordinators():
                return self._sentence_subject(floor, j)
            return None
        # a trailing run of capitalised words (a name), with glue and honorifics
        r = j
        while r > k:
            t = toks[r - 1]
            if latin_cap(self.text, t) or t.norm.rstrip(".") in self.lex.honorifics \
                    or (t.norm in _name_glue()
                        and r - 1 > k and r < j and latin_cap(self.text, toks[r - 2])):
                r -= 1
            else:
                break
        while r < j and toks[r].norm in _leading_prep():
            r += 1
        if not any(latin_cap(self.text, t) for t in toks[r:j]):
            r = j  # «le premier ministre a assuré»: a title with no name after it is no name
        if r < j and r > k and (self._org_link(r - 1, k) or (
                r - 1 > k and toks[r - 1].norm in definite_articles() and self._org_link(r - 2, k))):
            return (k, j)  # "Analysts at Harbour Securities", "a spokeswoman for the FLA": the people
        if self.lang == "fr" and r < j and r > k:
            head = self._fr_person_head(k, r)
            if head is not None:
                return (head, j)  # «Le président de la Fédération des boulangers de Bretagne»
        of = r - 1
        if self.lang == "fr" and r - 2 > k and toks[of].norm in fr_definite_words() \
                and toks[of - 1].norm in ("de", "à"):
            of -= 1  # «le locataire de la Maison-Blanche»: «de la» before the place
        if r < j and r > k and (toks[of].norm in role_place_links()
                                or toks[of].norm.startswith("d'")):
            # "le député de Gouin", "a spokesman for Acme": the description around the place
            for m in range(of, max(k, r - 7) - 1, -1):
                if (toks[m].norm in det and toks[m].norm not in fr_du_des()) \
                        or toks[m].norm.startswith("l'"):
                    return (m, j)  # «la commission des sports du Conseil», not «du Conseil»
        if r == k and k > floor and toks[k - 1].norm in _place_preps():
            if self._org_link(k - 1, floor):
                a = k - 2
                if a > floor and toks[a - 1].norm in _en_det():
                    a -= 1
                return (a, j)  # "Economists at Hill Capital called"
            return None  # "a meeting of the WFC in Geneva agreed": a place, not who speaks
        if r < j:
            # keep a determiner and role words before the name: "the Home Office", "Le ministre X"
            if r > k and toks[r - 1].norm in det and latin_cap(self.text, toks[r]) is False:
                r -= 1
            return (r, j)
        linked = listed or any(self._org_link(m, k) or self._fr_beside_link(m, k) for m in range(k, j))
        for m in range(k if linked else max(k, j - 7), j):
            if toks[m].norm in det or toks[m].norm.startswith("l'"):
                return (m, j)
        if j - 1 >= k and toks[j - 1].norm in (_en_pron() if self.lang == "en" else _fr_pron()):
            return (j - 1, j)
        if j - k <= 3 and any(latin_cap(self.text, t) or t.norm in self.lex.people
                              or t.norm.rstrip("s") in self.lex.people for t in toks[k:j]):
            return (k, j)  # "Apple", "organisers said"

        return None

    def _fr_person_head(self, k: int, r: int) -> int | None:
        """In a subject ending with a name («Deux journalistes de France 2 Montpellier», «Le président
        de la Confédération … de France»), the determiner of a person noun that heads it: the person
        speaks, not the body or the place named after «de»."""
        toks = self.toks
        people = self.lex.people
        for m in range(k, r - 1):
            w = toks[m].norm
            if w.startswith("l'") and w[2:] in people:
                noun, after = w[2:], m + 1  # «l'avocate de …»
            elif w in _fr_det() and w not in fr_du_des():
                noun, after = toks[m + 1].norm, m + 2
            else:
                continue
            if (noun in people or (noun.endswith("s") and noun[:-1] in people)) and after < r \
                    and (toks[after].norm in fr_de_forms() or toks[after].norm.startswith("d'")):
                return m
        return None

    def _before_bracket(self, j: int, floor: int) -> int:
        """Where a subject ends when a short bracket («(sud)», «(LREM)») closes it before the verb."""
        toks = self.toks
        if self.lang == "fr" and j - 1 > floor and toks[j - 1].norm in ("—", "–"):
            # «le Conseil régional — la plus haute instance de la province — a jugé»: an
            # apposition between dashes; the subject ends before the opening dash
            o = j - 2
            while o > floor and j - o <= 16 and toks[o].norm not in ("—", "–") \
                    and (toks[o].kind == "w" or toks[o].norm in (",", "'", "’")):
                o -= 1
            return o if o > floor + 1 and j - o > 2 and toks[o].norm == toks[j - 1].norm else j
        if j - 1 <= floor or toks[j - 1].norm != ")":
            return j
        o = j - 2
        while o > floor and j - o <= 5 and toks[o].norm != "(" and toks[o].kind in ("w", "p"):
            o -= 1
        return o if o > floor and toks[o].norm == "(" else j

    def _fr_spelled_by_acronym(self, j: int, floor: int) -> tuple[int, int] | None:
        """«le Comité pour une Loire sans barrage (CLsB)»: the words before a bracketed acronym
        ending at ``j`` whose initials spell it (in order, small words in between allowed), from
        a capitalised first word (and its article): the name of a body, prepositions and all
        (None otherwise)."""
        toks = self.toks
        if j - 4 <= floor or toks[j - 1].norm != ")" or toks[j - 3].norm != "(" or toks[j - 2].kind != "w":
            return None
        t = toks[j - 2]
        acro = self.text[t.start:t.end]
        if not (3 <= len(acro) <= 8 and acro.isalpha() and acro[0].isupper()
                and sum(c.isupper() for c in acro) >= 2):
            return None
        letters = acro.lower()
        e = j - 3  # the opening bracket: the name ends before it
        m = e - 1
        li = len(letters) - 1
        floor = max(floor, 0)
        while m >= floor and e - m <= 10 and toks[m].kind == "w" and li >= 0:
            w = self.text[toks[m].start:toks[m].end]
            initial = w.split("'")[-1].split("’")[-1][:1].lower()
            if initial == letters[li] and (li > 0 or latin_cap(self.text, toks[m])):
                li -= 1  # (the first letter from a capitalised word: «la» in «La Ligue pour la défense»)
                if li < 0:
                    break
            elif m == e - 1:
                return None  # the last word must give the last letter
            m -= 1
        if li >= 0 or m < floor or toks[m].kind != "w" or not latin_cap(self.text, toks[m]) or e - m < 2:
            return None
        if m - 1 >= floor and toks[m - 1].norm in fr_definite_words():
            m -= 1  # «La Ligue pour … (LPL)»: with its article
        return (m, e)

    def _apposition_name(self, j: int, floor: int) -> tuple[int, int] | None:
        """"Mr Baker's deputy, Ann Lowe, said": the full name set off by commas is the subject."""
        toks = self.toks
        if j - 1 <= floor or toks[j - 1].norm != ",":
            return None
        r = j - 1
        while r > floor and toks[r - 1].kind == "w" and (latin_cap(self.text, toks[r - 1])
                                                        or toks[r - 1].norm in _name_glue()):
            r -= 1
        if self.lang == "fr" and j - 1 - r >= 2:
            owner = self._fr_complement_named(r, floor)
            if owner is not None:
                return owner
        if j - 1 - r >= 2 and r > floor and toks[r - 1].norm == "," and latin_cap(self.text, toks[r]) \
                and all(t.norm not in stopwords(self.lang) or t.norm in _name_glue() for t in toks[r:j - 1]):
            return (r, j - 1)
        if self.lang == "fr" and j - 1 - r >= 2:
            return self._fr_described_name(r, j - 1, floor)
        return None

    def _fr_complement_named(self, r: int, floor: int) -> tuple[int, int] | None:
        """«Une collaboratrice du maire de Brest, Julien X, admettait …»: a name after an
        indefinite description whose complement is a person of the name's gender, not the head's
        (a woman's title, then a man's given name), is that complement's; the one speaking is the
        unnamed description. Returns its token range (the name left out), else None."""
        toks = self.toks
        name_gender = given_name_gender(toks[r].norm)
        if name_gender == "?" or r - 2 <= floor or toks[r - 1].norm != ",":
            return None
        a = r - 2
        while a > floor and r - a <= 12 and toks[a].kind == "w" and toks[a].norm not in fr_indefinite():
            a -= 1
        if toks[a].norm not in fr_indefinite() or toks[a + 1].norm not in self.lex.people \
                or toks[a + 2].norm not in fr_de() \
                or any(t.kind != "w" for t in toks[a:r - 1]):
            return None
        head_gender = "m" if toks[a].norm == "un" else "f"
        inner = toks[a + 3] if toks[a + 2].norm == "de" else toks[a + 2]
        inner_gender = {"la": "f", "du": "m", "le": "m"}.get(inner.norm, "?")
        noun = toks[a + 4] if toks[a + 2].norm == "de" else toks[a + 3]
        if noun.norm not in self.lex.people or inner_gender != name_gender or head_gender == name_gender:
            return None
        return (a, r - 1)

    def _fr_described_name(self, r: int, e: int, floor: int) -> tuple[int, int] | None:
        """«Une autre signataire, la Bretonne Jacline X, a indiqué», «…, la militante Sonia X, a
        dit»: an apposition set off by commas of a determiner, a demonym or person noun and a full
        name, before the verb: the name (from its given name) is the subject."""
        toks = self.toks
        a = r
        while a < e and not latin_cap(self.text, toks[a]):
            a += 1  # «la» read as a name's glue
        d = a - 1
        while d > floor and a - d <= 2 and toks[d].kind == "w" and toks[d].norm in self.lex.people:
            d -= 1  # «la militante»
        if d - 1 <= floor or toks[d].norm not in _fr_det() or toks[d - 1].norm != ",":
            return None
        g = next((m for m in range(a, e - 1) if given_name_gender(toks[m].norm) != "?"), None)
        if g is None:
            g = a if d < a - 1 else a + 1  # after a person noun, or after a demonym
        return (g, e) if e - g >= 2 else None

    def _org_link(self, m: int, floor: int) -> bool:
        """"for"/"of"/"at" right after a person word ("a spokesman for", "head of"): the phrase
        is one description with the body it names."""
        toks = self.toks
        if self.lang != "en" or toks[m].norm not in en_for_of_at() or m - 1 < floor:
            return False
        w = toks[m - 1].norm
        return toks[m - 1].kind == "w" and (w in self.lex.people or w.rstrip("s") in self.lex.people)

    def _fr_beside_link(self, m: int, floor: int) -> bool:
        """«auprès» right after a role («la déléguée auprès de la ministre …», «la
        conseillère auprès de la ministre …»): the description goes on with the office it serves."""
        toks = self.toks
        if self.lang != "fr" or toks[m].norm not in fr_beside() or m - 1 <= floor or toks[m - 1].kind != "w":
            return False
        people = self.lex.people
        # (the role may end with its complement and an adjective: «secrétaire d'État français»)
        return any(toks[r].kind == "w" and (toks[r].norm in people or toks[r].norm.rstrip("s") in people)
                   for r in range(max(floor, m - 3), m))

    def _paren_acronym(self, m: int) -> bool:
        """"the British Shipping Federation (BSF)": an English body's acronym in brackets at ``m``."""
        toks = self.toks
        if self.lang != "en" or m < 1 or m + 2 >= len(toks) or toks[m].norm != "(" or toks[m + 2].norm != ")":
            return False
        t = toks[m + 1]
        acro = self.text[t.start:t.end]
        return t.kind == "w" and len(acro) >= 2 and acro.isalpha() and acro.isupper() \
            and latin_cap(self.text, toks[m - 1])

    def adverbial_at(self, k: int) -> int:
        """How many tokens a set adverbial phrase («de son côté», «à son tour», "on Monday")
        starting at token ``k`` takes (0 when none): it may stand between a verb and its subject."""
        toks = self.toks
        if toks[k].kind != "w":
            return 0
        for phrase in _adverbials_by_first(self.lang).get(toks[k].norm, ()):
            n = len(phrase)
            if k + n <= len(toks) and all(toks[k + m].kind == "w" and toks[k + m].norm == w
                                          for m, w in enumerate(phrase)):
                return n
        return 0

    def _skip_adverbials(self, k: int) -> int:
        while k < len(self.toks):
            m = self.adverbial_at(k)
            if m == 0:
                break
            k += m
            if k < len(self.toks) and self.toks[k].norm == ",":
                k += 1
        return k

    def _right_np(self, j: int, stop_words: frozenset[str]) -> tuple[int, int] | None:
        toks = self.toks
        n = len(toks)
        k = self._skip_adverbials(j)
        # French: skip adverbials between the verb and its subject ("a déclaré jeudi soir le ministre")
        if self.lang == "fr":
            if k > j and toks[k - 1].norm == "," and self._fr_comma_adverbial(k - 1) != k - 1:
                k = self._fr_comma_adverbial(k - 1)  # «a déclaré peu avant, devant la presse, X»
            else:
                k = self._fr_comma_adverbial(self._fr_time_before_comma(k))
            while k + 2 < n and toks[k].norm in fr_date_leads() and toks[k + 1].norm[:1].isdigit() \
                    and toks[k + 2].norm in calendar_words():
                k += 3  # «avait averti le 9 mars le géographe»: a date, not the subject
            while k < n and k - j < 8 and toks[k].kind == "w" and not latin_cap(self.text, toks[k]) \
                    and ((toks[k].norm not in _fr_det() and not toks[k].norm.startswith("l'"))
                         or self._fr_time_phrase(k)) and toks[k].norm not in self.lex.honorifics:
                w = toks[k].norm
                time = self._fr_time_phrase(k)
                if time:
                    k += time  # «a déclaré mi-décembre ce fleuriste», «a dit cette semaine le maire»
                    continue
                if w in _fr_time() and w not in _fr_prep():
                    k += 1  # «jeudi soir», «hier»
                    continue
                if w in fr_date_leads() and k + 2 < n and toks[k + 1].norm[:1].isdigit() \
                        and toks[k + 2].norm in calendar_words():
                    k += 3  # «a prévenu le 21 décembre X»: a date, not the subject
                    continue
                if w in _fr_prep() or w.startswith("d'"):
                    # a prepositional phrase: skip its determiner and noun
                    k += 1
                    elided = False
                    while k < n and toks[k].kind == "w" and (toks[k].norm in _fr_det()
                                                           or toks[k].norm.startswith(("l'", "d'"))):
                        elided = len(toks[k].norm) > 2 and "'" in toks[k].norm
                        k += 1
                        if elided:
                            break  # «dans l'intervalle une dizaine de …»: the noun came with its article
                    if k < n and toks[k].kind == "q" and not elided \
                            and len(self.text[toks[k].start:toks[k].end].split()) <= 4:
                        k += 1  # «dans une interview au « Parisien »»: an outlet's name in marks
                    elif k < n and toks[k].kind == "w" and not elided:
                        k += 1  # «sur Twitter», «à la sortie»: the noun of the phrase
                        # («à Marseille Priscillia Ludosky»: the name after the place is the subject)
                        if k + 1 < n and toks[k].norm == "du" and toks[k + 1].kind == "w" \
                                and toks[k + 1].norm in _fr_time() | calendar_words():
                            k += 2  # «dans le Journal du dimanche»
                        if k < n and toks[k].norm.isdigit() and latin_cap(self.text, toks[k - 1]):
                            k += 1  # «sur Europe 1», «sur France 2»
                    if k + 2 < n and toks[k].norm == "(":
                        e = k + 1
                        while e < n and e - k <= 5 and toks[e].norm != ")" and toks[e].kind != "b":
                            e += 1
                        if e < n and toks[e].norm == ")":
                            k = e + 1  # «à Saint-Pol-de-Léon (nord-ouest) Jean-Loïc Kervella»
                    continue
                if k + 1 < n and latin_cap(self.text, toks[k + 1]) and w not in _fr_pron():
                    k += 1  # «sous le vent glacial Mathis»: an adjective closing the phrase
                    continue
                break
        if self.lang == "fr" and k > j:
            k = self._fr_named_genitive(k)  # «devant les vitrines des Galeries X une touriste»
        if k + 1 < n and toks[k].norm == "@" and toks[k + 1].kind == "w" and toks[k].end == toks[k + 1].start:
            return (k, k + 2)  # «demande encore @SosoDany»: a social-media handle speaks
        start = k
        if self.lang == "fr" and k - 2 >= j and k < n and toks[k - 1].norm[:1].isdigit() \
                and toks[k - 2].norm in _fr_prep():
            if k + 1 < n and not self._fr_subject_opening(toks[k]) and toks[k].kind == "w" \
                    and self._fr_subject_opening(toks[k + 1]) \
                    and toks[k + 1].norm[:2] not in ("de", "du", "d'"):
                k = start = k + 1  # «a déclaré vers 10 heures le préfet X», «à 80 ans l'ancien maire»
            if not self._fr_subject_opening(toks[k]):
                return None  # «condamné à 18 mois de prison»: a counted noun is no subject
        if self.lang == "fr" and self._fr_marked_pseudonym(k):
            self.in_speaker.add(k)
            return (k, k + 1)  # «glisse « Zazoulette », une fleuriste»: a pseudonym in marks speaks
        if (k < n and toks[k].norm in cue_complements()) \
                or (k < n and toks[k].norm.startswith("qu'")):
            return None
        # («le ministre délégué aux Anciens combattants Jean-Louis Le Gall»: French descriptions run long)
        longest = 11 if self.lang == "fr" else 8
        described = False  # a participle phrase about the person has begun («venu de …»)
        while k < n and k - start < (16 if described else longest):
            t = toks[k]
            if self.lang == "fr" and not described and k > start + 1 \
                    and self._fr_description_participle(k, start):
                described = True
                k += 1
                continue
            if t.kind == "q" and k == start + 1 and (self._determiner(toks[start]) or (
                    self.lang == "fr" and toks[start].norm in _fr_numbers())):
                k += 1  # «ajoute ce « gilet jaune »»: the quoted noun belongs to the phrase
                if not (self.lang == "fr" and k < n and self._fr_description_participle(k, start)):
                    break
                described = True  # «un « casque bleu » rencontré au marché»: it goes on
                continue
            if t.kind == "q" and self.lang == "fr" and k >= start + 2 \
                    and toks[k - 1].norm in fr_de() \
                    and len([w for w in self.text[t.start:t.end].split() if w.strip(_MARK_CHARS)]) <= 3:
                self.in_speaker.add(k)  # a name in marks inside the description: no words of its own
                k += 1  # «une poignée de « bonnets verts »», «un porte-parole des « bonnets verts »»
                break
            if t.kind != "w":
                if t.kind == "p" and t.norm == "." and k > start and toks[k - 1].end == t.start \
                        and toks[k - 1].norm in self.lex.honorifics and len(toks[k - 1].norm) <= 3 \
                        and k + 1 < n and latin_cap(self.text, toks[k + 1]):
                    k += 1  # «M. Dupont», not «demande la présidente.»
                    continue
                if k > start and self._paren_acronym(k):
                    k += 3  # "the British Shipping Federation (BSF)"
                    continue
                break
            if k > start and self._org_link(k, start) and k + 1 < n and toks[k + 1].kind == "w":
                k += 1  # "a spokesman for the BPI"
                continue
            if described and (t.norm in _fr_prep() or t.norm in _fr_det()) and t.norm not in _fr_time() \
                    and t.norm not in fr_description_breaks():
                k += 1  # «présent dans le cortège», «joint par téléphone»: the phrase goes on
                continue
            if k > start and (t.norm in stop_words or (self.lang == "fr" and t.norm in _fr_time()
                                                        and t.norm not in fr_time_keep()
                                                        and not (self.text[t.start].isupper()
                                                                 and (toks[k - 1].norm == "du"
                                                                      or self._determiner(toks[k - 1]))))) \
                    and not (t.norm in fr_latter_adjectives()
                             and toks[k - 1].norm in fr_these()) \
                    and not (t.norm in fr_them() and toks[k - 1].norm == "d'entre") \
                    and not (self.lang == "fr" and self._fr_dated_participle(k)):
                break  # (but «explique cette dernière», «l'un d'entre eux»)
            if self.lang == "fr" and k > start and latin_cap(self.text, toks[k - 1]) \
                    and not latin_cap(self.text, t) and self._fr_time_phrase(k):
                break  # «a déclaré Emmanuel Macron la semaine dernière»: the time closes the name
            if self.lang == "fr" and k > start and self._fr_article_after_medium(start, k):
                start = k  # «a déclaré sur Europe 1 le ministre X»: the channel, then the subject
                continue
            if self.lang == "fr" and k > start and (t.norm in _fr_prep() or t.norm == "auprès") \
                    and t.norm not in ("de",):
                break  # («une riveraine auprès de Reuters»: the medium is not part of the speaker)
            if self.lang == "fr" and k > start + 1 and self._fr_participle_after_head(k):
                break  # «criaient des lycéens marchant non loin»: the participle ends the phrase
            if k > start and latin_cap(self.text, toks[k - 1]) and not latin_cap(self.text, t) \
                    and t.norm not in _name_glue() and t.norm not in self.lex.people \
                    and not t.norm[:1].isdigit() \
                    and not (self.lang == "fr" and k - 1 == start and toks[start].norm in _fr_det()) \
                    and not (self.lang == "fr" and k - 2 == start
                             and toks[start].norm in language_words("indefinite_articles", "fr")):
                # (a determiner capitalised at the sentence start is no name: «Le collectif des X»;
                # nor a capitalised noun after «un», «une»: «un Gilet jaune», «une Parisienne âgée»)
                if self.lang == "fr" and t.norm in language_words("name_adjectives", "fr"):
                    k += 1  # «la présidente du Rassemblement national»: the adjective is the body's
                    continue
                if self.lang == "fr" and self._fr_name_tail(k):
                    k += 1  # «selon Vinci autoroutes,»: a lowercase word closing a body's name
                break  # «le ministre X venu …»: the phrase ends with the name
            if k > start and self.cue_at(k) is not None:
                break
            k += 1
        while described and k - 1 > start and (toks[k - 1].norm in _fr_prep()
                                               or toks[k - 1].norm in _fr_det()):
            k -= 1  # «présente sur place depuis [lundi]»: not a preposition left without its noun
        if k > start:
            appo = self._right_apposition(start, k)
            if appo is not None:
                return appo
            k = self._coordinated_name(start, k)
            if self.lang == "fr":
                k = self._fr_second_role_name(start, k)
                k = self._fr_glued_sentence(start, k)
                if start > j:
                    named = self._fr_name_after_medium(start, k)
                    if named is not None:
                        return named
        return (start, k) if k > start else None

    def _fr_body_name_in_marks(self, start: int, k: int) -> bool:
        """Marks at ``k`` right after a phrase headed by a body noun («le collectif», «l'association
        de « bonnets verts »», ``body_nouns_fr.txt``) holding a short capitalised name with no
        sentence punctuation: the body's name, which the speaker goes by, not words of its own."""
        toks = self.toks
        if k >= len(toks):
            return False
        t = toks[k]

        def body(m: int) -> bool:
            w = toks[m].norm
            nouns = _fr_body_nouns()
            return toks[m].kind == "w" and (w in nouns or (w[:2] == "l'" and w[2:] in nouns))

        if t.kind != "q" or not (body(k - 1) or (toks[k - 1].kind == "q" and k - 2 >= start
                                                 and toks[k - 2].kind == "w")):
            return False
        if not any(body(m) for m in range(start, k)):
            return False
        inner = self.text[t.start:t.end].strip(_MARK_CHARS + " \u00a0\u202f")
        words = inner.split()
        return 1 <= len(words) <= 6 and inner[:1].isupper() and not any(c in inner for c in ",.;:!?")

    def _fr_dated_participle(self, k: int) -> bool:
        """«précise l'une des plaintes déposées dimanche.»: a day right after a past participle
        closing the speaker phrase dates what the participle says; it stays in the phrase."""
        toks = self.toks
        return k > 0 and toks[k].norm in calendar_words() and not latin_cap(self.text, toks[k - 1]) \
            and toks[k - 1].norm.endswith(("é", "ée", "és", "ées")) \
            and (k + 1 >= len(toks) or toks[k + 1].kind != "w")

    def _fr_named_genitive(self, k: int) -> int:
        """«devant les stands (du marché) des Halles X un étudiant suisse», «à l'entrée du Petit
        Théâtre une spectatrice»: capitalised names brought in by «de», «du», «des» at ``k`` complete
        the noun of a phrase fronted before an inverted subject; the subject is the phrase opening
        after them with a determiner. Returns the index of that determiner, else ``k``."""
        toks = self.toks
        n = len(toks)
        m = k
        while m + 1 < n and m - k < 12:
            if latin_cap(self.text, toks[m]) and m > 0 and toks[m - 1].norm in fr_de():
                e = m  # («de Noël»: the loop before stopped on the name itself)
            elif toks[m].norm in fr_de() and latin_cap(self.text, toks[m + 1]):
                e = m + 1
            else:
                break
            while e < n and e - m <= 5 and toks[e].kind == "w" and (
                    latin_cap(self.text, toks[e]) or (toks[e].norm in _name_glue() and e + 1 < n
                                                      and latin_cap(self.text, toks[e + 1]))):
                e += 1
            m = e
        if m == k or m >= n or toks[m].kind != "w" or toks[m].norm not in _fr_det() \
                or toks[m].norm in fr_de():
            return k
        return m

    def _fr_subject_opening(self, t: Tok) -> bool:
        """After «en 2019», «à 20h30» a subject opens with a determiner or a capital; a lowercase
        noun there is the noun the number counts («à 18 mois»)."""
        w = t.norm
        return t.kind == "w" and (self._determiner(t) or w.startswith(("l'", "d'"))
                                  or latin_cap(self.text, t))

    def _fr_article_after_medium(self, a: int, k: int) -> bool:
        """«sur la radio Europe 1 le ministre», «à BFM TV la porte-parole»: a lowercase article
        then a lowercase noun after a run of capitalised words opens a new noun phrase. Inside a
        name the particle comes before a capital («Hervé le Bras») or after «de» («de la»), so
        the capitalised run was a channel or a place, and the phrase after it is the subject."""
        toks = self.toks
        t = toks[k]
        word = t.norm
        if t.kind != "w" or self.text[t.start].isupper() or k + 1 >= len(toks):
            return False
        if word in fr_definite_words():
            nxt = toks[k + 1]
            if nxt.kind != "w" or not nxt.norm.replace("-", "").isalpha() or self.text[nxt.start].isupper():
                return False
            noun = nxt.norm
        elif not (word.startswith("l'") and len(word) > 3 and word[2:].isalpha() and word[2:].islower()):
            return False
        else:
            noun = word[2:]
        if self._fr_time_phrase(k):
            return False  # «a déclaré Emmanuel Macron la semaine dernière»: a time, not a subject
        before = toks[a - 1].norm if a > 0 else ""
        if before not in _fr_prep() and before not in language_words("media_nouns", "fr") \
                and noun not in self.lex.people:
            return False  # «a dit Marine Le Pen la veille»: no medium and no person after the name
        return all(t.kind == "w" and (latin_cap(self.text, t) or t.norm.isdigit()) for t in toks[a:k]) \
            and latin_cap(self.text, toks[a])

    def _fr_time_phrase(self, k: int) -> int:
        """How many tokens from ``k`` make a French time adverbial («mi-décembre», «la
        mi-octobre», «cette semaine», «le week-end dernier»), else 0: never who speaks."""
        toks = self.toks
        n = len(toks)
        if k >= n or toks[k].kind != "w":
            return 0
        w = toks[k].norm
        if _fr_mid_month(w):
            return 1
        e = k
        if w in _fr_time_dets() and k + 1 < n:
            e = k + 1
        elif w.startswith("l'") and w[2:] in _fr_time_nouns():
            e = k  # «l'après-midi» (one token)
        else:
            return 0
        head = toks[e].norm if e > k else w[2:]
        if toks[e].kind != "w" or not (head in _fr_time_nouns() or _fr_mid_month(head)
                                        or head in calendar_words()):
            return 0
        e += 1
        if e < n and toks[e].norm in _fr_time_tails():
            e += 1
        return e - k

    def _fr_marked_pseudonym(self, k: int) -> bool:
        """«« Zazoulette », une fleuriste du quartier»: one or two capitalised words in marks set off
        by a comma (or closing the sentence) right after the verb of an incise: a pseudonym or
        nickname the writer put in marks, the inverted subject (not words of its own)."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].kind != "q" or toks[k + 1].norm not in (",", "."):
            return False
        inner = self.text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f\u2009")
        words = inner.split()
        if not 1 <= len(words) <= 2:
            return False
        first = words[0].lower().replace("’", "'")
        if first in _fr_det() or first.startswith(("l'", "d'")):
            return False  # «affirme « Le Parisien »»: a title with its article is a medium, no pseudonym
        return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)

    def _verb_next(self, k: int) -> bool:
        """Token ``k`` opens a verb group (an auxiliary or a reporting verb)."""
        return k < len(self.toks) and self.toks[k].kind == "w" \
            and (self.toks[k].norm in _fr_aux() or self.cue_at(k) is not None)

    def _marked_complement(self, k: int, last: bool = False) -> bool:
        """«de « gilets jaunes »»: a short name in marks after «de» inside a French noun phrase; or,
        closing the subject (``last``: right before its verb), a short label in marks after a noun
        of people that it qualifies («des manifestants « gilets jaunes » ont crié»)."""
        toks = self.toks
        t = toks[k]
        if self.lang != "fr" or t.kind != "q" or k < 1 or len(self.text[t.start:t.end].split()) > 4:
            return False
        before = toks[k - 1]
        return before.norm in fr_de() or (
            last and before.kind == "w"
            and (before.norm in self.lex.people or before.norm.rstrip("sx") in self.lex.people)
            and self.text[t.start:t.end].strip("«»\"“” \u00a0\u202f\u2009")[:1].islower())

    def _fr_comma_adverbial(self, k: int) -> int:
        """«a expliqué, à Vannes, Maëlle X»: a place or medium set off by commas between the verb and
        its subject is passed over. Returns the token after the second comma, else ``k``."""
        toks = self.toks
        n = len(toks)
        if k + 3 < n and toks[k].norm == "," and toks[k + 1].kind == "w":
            mood = self._fr_mood_apposition(k)
            if mood:
                return mood
        if not (k + 3 < n and toks[k].norm == "," and toks[k + 1].norm in _fr_prep()):
            return k
        e = k + 2
        while e < n and e - k <= 8 and toks[e].kind == "w":
            e += 1  # («, dans un entretien au Journal de l'Ouest,»: a medium's name runs long)
        if e + 1 < n and toks[e].norm == "," and toks[e + 1].kind == "w" \
                and (latin_cap(self.text, toks[e + 1]) or toks[e + 1].norm in _fr_det()
                     or toks[e + 1].norm.startswith("l'")):
            return e + 1
        return k

    def _fr_time_before_comma(self, k: int) -> int:
        """«avait prévenu mardi, dans un entretien au journal X, le sociologue Y»: a time word or
        phrase (or a date, «le 21 décembre»), right after the verb, then a complement set off by
        commas, then the subject. Returns
        the comma after the time when such a complement follows it, else ``k``."""
        toks = self.toks
        n = len(toks)
        e = k
        while e < n and e - k < 3 and toks[e].kind == "w":
            time = self._fr_time_phrase(e)
            if not time and toks[e].norm in _fr_time() and toks[e].norm not in _fr_prep():
                time = 1
            if not time and e == k and e + 2 < n and toks[e].norm in fr_date_leads() \
                    and toks[e + 1].norm[:1].isdigit() and toks[e + 2].norm in calendar_words():
                time = 3  # «avait averti le 3 mars, lors d'un entretien au journal X, Y»: a date
                if e + 3 < n and toks[e + 3].norm.isdigit() and len(toks[e + 3].norm) == 4:
                    time = 4  # («le 21 décembre 2018»: with its year)
            if not time:
                break
            e += time
        if e == k or e >= n or toks[e].norm != ",":
            return k
        return e if self._fr_comma_adverbial(e) != e else k

    def _fr_mood_apposition(self, k: int) -> int:
        """«estime, enthousiaste, Paul X», «confie, un peu amère, la gérante»: one to three
        lower-case words set off by commas (the speaker's mood or manner, no article) between the
        verb and its subject are passed over. ``k`` is the first comma; returns the token after
        the second comma, else 0."""
        toks = self.toks
        n = len(toks)
        e = k + 1
        while e < n and e - k <= 4 and toks[e].kind == "w" and not latin_cap(self.text, toks[e]) \
                and toks[e].norm not in _fr_det() and not toks[e].norm.startswith(("l'", "d'")) \
                and toks[e].norm not in _fr_pron() and toks[e].norm not in fr_que_qui():
            e += 1
        if e == k + 1 or e - k > 4 or toks[k + 1].norm in _fr_prep():
            return 0
        if e + 1 < n and toks[e].norm == "," and toks[e + 1].kind == "w" \
                and (latin_cap(self.text, toks[e + 1]) or toks[e + 1].norm in _fr_det()
                     or toks[e + 1].norm.startswith("l'")):
            return e + 1
        return 0

    def _right_prep_tail(self, b: int) -> int:
        """«le délégué régional à la Jeunesse, Mathieu X»: the description goes on with a
        complement («à la Jeunesse», «chargé des Sports», «en charge du dossier», «auprès du
        ministre») before the
        comma. Returns the token of that comma, else ``b``."""
        toks = self.toks
        n = len(toks)
        if self.lang != "fr" or b >= n \
                or toks[b].norm not in fr_role_attachments():
            return b
        e = b + 1
        while e < n and e - b <= 5 and toks[e].kind == "w" and self.cue_at(e) is None:
            e += 1
        return e if e < n and toks[e].norm == "," else b

    def _fr_name_after_medium(self, a: int, b: int) -> tuple[int, int] | None:
        """«racontait sur la chaîne Radio Azur, Kevin, un livreur»: past a channel or a place,
        a capitalised name set off by a comma and followed by an apposition is who speaks."""
        toks = self.toks
        n = len(toks)
        if b >= n or toks[b].norm != "," or not all(latin_cap(self.text, t) for t in toks[a:b]):
            return None
        e = b + 1
        while e < n and e - b <= 3 and toks[e].kind == "w" and _name_word(self.text, toks[e]) \
                and toks[e].norm not in stopwords(self.lang):
            e += 1
        if e == b + 1 or e >= n or toks[e].norm != ",":
            return None
        return (b + 1, e)

    def _fr_glued_sentence(self, a: int, b: int) -> int:
        """«a indiqué Julien Maréchal Interrogé sur RTL»: a crawler dropped the full stop, and
        the next sentence's capitalised participle is glued to the name; the name ends before it."""
        toks = self.toks
        if b - a < 3 or b >= len(toks) or not latin_cap(self.text, toks[b - 1]) \
                or not latin_cap(self.text, toks[b - 2]) or not latin_cap(self.text, toks[b - 3]):
            return b
        w = toks[b - 1].norm
        nxt = toks[b]
        if w.endswith(("é", "ée", "és", "ées")) and len(w) > 4 and nxt.kind == "w" \
                and (nxt.norm in _fr_prep() or nxt.norm in fr_agent_prepositions()):
            return b - 1
        return b

    def _fr_name_tail(self, k: int) -> bool:
        """A lowercase noun right after a capitalised name and right before a comma or full stop
        («Vinci autoroutes,»): part of the body's name, not a participle or an adverb after it."""
        toks = self.toks
        w = toks[k].norm
        return k + 1 < len(toks) and toks[k + 1].norm in (",", ".") and w.isalpha() and len(w) > 3 \
            and not w.endswith(_FR_VERB_ENDINGS) \
            and w not in _fr_time() and w not in stopwords(self.lang) and w not in _closed_words(self.lang)

    def _fr_description_participle(self, k: int, start: int) -> bool:
        """«une infirmière croisée devant l'hôpital», «un « casque bleu » arrivé de Nantes»: a lowercase
        past participle or adjective right after the noun of a phrase opening with a determiner
        describes the person; the description runs on through its complements."""
        toks = self.toks
        t, head = toks[k], toks[k - 1]
        if t.kind != "w" or not t.norm.isalpha() or latin_cap(self.text, t) or len(t.norm) < 4 \
                or t.norm in stopwords(self.lang) or t.norm in _fr_prep() or t.norm in _fr_aux() \
                or not t.norm.endswith(_fr_description_endings()) \
                or t.norm in _fr_time() or t.norm in calendar_words():
            return False  # («a annoncé le conseil départemental jeudi matin»: a time, not a participle)
        if not (self._determiner(toks[start]) or toks[start].norm.isdigit()) \
                or toks[start].norm in fr_demonstratives():
            return False  # («ajoute ce « gilet jaune » interrogé …»: someone met before, named so)
        if head.kind == "w" and (latin_cap(self.text, head) or head.norm in _fr_det()
                                 or head.norm in _fr_prep()):
            return False  # («le ministre X venu …»: the name closes the phrase)
        return head.kind in ("w", "q") and k + 1 < len(toks) and self.cue_at(k) is None

    def _fr_participle_after_head(self, k: int) -> bool:
        """A French present participle («défilant», «venant») after a noun: it opens a phrase
        about the person, not part of the name of who speaks («un manifestant» is a noun)."""
        t = self.toks[k]
        w = t.norm
        return w.endswith("ant") and len(w) > 5 and not latin_cap(self.text, t) \
            and w not in self.lex.people and w + "e" not in self.lex.people \
            and self.toks[k - 1].kind == "w" and self.toks[k - 1].norm not in _fr_det()

    def _coordinated_name(self, a: int, b: int) -> int:
        """«le ministre belge des Finances et ex-sénateur wallon Luc Vandermeer»: a role
        phrase stopped at "et"/"and" whose person is named after the second role; the end of
        that name, so that the phrase holds it (else ``b``)."""
        toks = self.toks
        n = len(toks)
        if b >= n or toks[b].norm not in role_list_links() \
                or (toks[a].norm not in _fr_det() and toks[a].norm not in _en_det()
                    and not toks[a].norm.startswith("l'")):
            return b
        if not any(t.norm in self.lex.people or t.norm in self.lex.honorifics for t in toks[a:b]):
            return b  # only a role phrase goes on to the name of the one holding it
        if any(latin_cap(self.text, toks[m]) and latin_cap(self.text, toks[m + 1]) for m in range(a, b - 1)):
            return b
        m = b + 1
        while m < n and m - b <= 8 and toks[m].kind == "w" and not (
                latin_cap(self.text, toks[m]) and m + 1 < n and latin_cap(self.text, toks[m + 1])):
            m += 1
        e = m
        while e < n and toks[e].kind == "w" and latin_cap(self.text, toks[e]):
            e += 1
        if e - m >= 2 and (e >= n or toks[e].kind != "w"):
            return e
        return b

    def _name_particle(self, k: int, first: int) -> bool:
        """«Hugo Le Bihan», «Marie-Anne Le Roux»: a capitalised article inside a name run (after
        its first word, before another capitalised word) is part of the surname."""
        toks = self.toks
        return k > first and k + 1 < len(toks) and toks[k + 1].kind == "w" \
            and latin_cap(self.text, toks[k + 1]) and toks[k + 1].norm not in stopwords(self.lang)

    def _right_apposition(self, a: int, b: int) -> tuple[int, int] | None:
        """«a ajouté la directrice de l'association, Nadège Castellan.»: a description then,
        set off by a comma, a full name closing the clause; the name is the speaker."""
        toks = self.toks
        n = len(toks)
        det = _en_det() if self.lang == "en" else _fr_det()
        head = toks[a].norm
        b0 = b
        b = self._right_prep_tail(b)
        b = self._coordinated_role(b)
        if self.lang == "fr" and b < n and toks[b].norm == "(":
            # «le patron du parti UDN (Union des nations), Paul X»: the body's name in brackets
            close = next((m for m in range(b + 1, min(n, b + 8)) if toks[m].norm in (")", "(")
                          or toks[m].kind not in ("w", "p")), None)
            if close is not None and toks[close].norm == ")":
                b = close + 1
        if b >= n or toks[b].norm != "," \
                or not (head in det or head.startswith("l'") or head in self.lex.people):
            return None
        if not self._fr_names_only_after_preposition(a, b) and not any(
                t.norm in self.lex.people for t in toks[a:b]):
            return None
        k = b + 1
        while k < n and k - b <= 4 and toks[k].kind == "w" and latin_cap(self.text, toks[k]) \
                and (toks[k].norm not in stopwords(self.lang) or self._name_particle(k, b + 1)):
            k += 1
        if k - (b + 1) >= 2 and (k >= n or toks[k].kind in ("p", "b", "qb")):
            return (b + 1, k)
        body = self._fr_body_apposition(b) if self.lang == "fr" and k == b + 1 else None
        if body is not None:
            return self._right_apposition(a, body)  # «le chef du parti, La France insoumise, Jean X»
        if k - (b + 1) == 1 and (k >= n or toks[k].kind in ("p", "b", "qb")) \
                and self._fr_names_only_after_preposition(a, b0) \
                and toks[b + 1].norm not in self.lex.people:
            # «observe l'un d'eux, Mickaël.», «estime un manifestant à Lille, Jean-Marc, 52 ans»:
            # a given name only (a place in the complement before the comma names no one)
            return (b + 1, k)
        return None

    def _fr_names_only_after_preposition(self, a: int, b: int) -> bool:
        """No capitalised word in the description ``a``..``b`` but in a complement brought in by
        a preposition («un retraité de Lille», «un militant de la CGT»): the description names
        no one itself (English: no capitalised word at all)."""
        toks = self.toks
        for m in range(a, b):
            if m == a + 1 and self.lang == "fr" \
                    and toks[a].norm in language_words("indefinite_articles", "fr"):
                continue  # «un Gilet jaune», «une Lyonnaise»: a noun, capitalised, after «un»
            if latin_cap(self.text, toks[m]):
                return self.lang == "fr" and any(
                    toks[x].norm in _fr_prep() or toks[x].norm in fr_de()
                    for x in range(a + 1, m))
        return True

    def _fr_second_role_name(self, a: int, b: int) -> int:
        """«a tweeté l'acteur et humoriste Franck Dubosc»: a role noun, «et», a second role noun
        and the name they both describe; the phrase stopped at «et» goes on to the end of the name.
        Returns the new end (``b`` when the phrase is not one role followed by that)."""
        toks = self.toks
        n = len(toks)
        if b + 2 >= n or toks[b].norm != "et" or b - a > 3 \
                or not any(_unelided(t.norm) in self.lex.people for t in toks[a:b]) \
                or any(latin_cap(self.text, t) for t in toks[a:b]):
            return b
        second = toks[b + 1]
        if second.kind != "w" or second.norm not in self.lex.people or latin_cap(self.text, second):
            return b
        e = b + 2
        while e < n and e - b < 6 and (latin_cap(self.text, toks[e]) or (
                toks[e].norm in _name_glue() and e + 1 < n and latin_cap(self.text, toks[e + 1]))):
            e += 1
        return e if e - (b + 2) >= 2 else b

    def _coordinated_role(self, b: int) -> int:
        """«l'économiste et fiscaliste, Paul X»: a second role noun joined by «et» to the
        description before the comma; returns the index past it (``b`` when there is none)."""
        toks = self.toks
        if b + 2 < len(toks) and toks[b].norm in _list_conjunctions() and toks[b + 1].kind == "w" \
                and not latin_cap(self.text, toks[b + 1]) and toks[b + 1].norm not in stopwords(self.lang) \
                and toks[b + 2].norm == ",":
            return b + 2
        return b

    def _fr_body_apposition(self, b: int) -> int | None:
        """«le chef de file du mouvement, Nouvel Élan, Paul X»: after the comma at ``b``, a
        capitalised body's name set off by a second comma; returns the index of that comma (the
        description goes on to the person's name after it), else None."""
        toks = self.toks
        e = b + 1
        if e >= len(toks) or not latin_cap(self.text, toks[e]):
            return None
        while e < len(toks) and e - b <= 5 and toks[e].kind == "w":
            e += 1
        if e >= len(toks) or toks[e].norm != "," or e == b + 1:
            return None
        if toks[b + 1].norm in stopwords("fr") or sum(latin_cap(self.text, t) for t in toks[b + 1:e]) == 1:
            return e  # «La France insoumise», «Debout-la-République»: no person's full name
        return None

    def _sentence_subject(self, floor: int, j: int) -> tuple[int, int] | None:
        """The capitalised name (with honorific) opening the clause: "Mme X a refusé … et estime"."""
        toks = self.toks
        a = floor
        b = a
        while b < j and b - a < 5 and (latin_cap(self.text, toks[b]) or toks[b].norm.rstrip(".")
                                       in self.lex.honorifics or toks[b].norm == "."):
            b += 1
        if b > a and self.lang == "fr" and (self._prepositional(toks[a]) or toks[a].norm in stopwords("fr")):
            return None  # «Si la musicienne …»: a capitalised connector opens the clause, no name
        return (a, b) if b > a else None

    def _apposition_left(self, np: tuple[int, int]) -> tuple[int, int]:
        """"X Y, head of Z, said": prefer the name before the comma to the description."""
        toks = self.toks
        a = np[0]
        if a >= 2 and toks[a - 1].norm in (",",) and (not latin_cap(self.text, toks[np[1] - 1])
                                                     or self._fr_role_description(np)):
            r = a - 1
            k = r
            while k > 0 and (latin_cap(self.text, toks[k - 1]) or toks[k - 1].norm in of_de()):
                k -= 1
            if r - k >= 2 and not self._prepositional(toks[k]):
                return (k, r)
        return np

    def _fr_role_description(self, np: tuple[int, int]) -> bool:
        """«l'entraîneur du PSG», «le chef du parti Les Républicains»: a determiner and a person
        noun opening the phrase; a description, though it ends with a capitalised name."""
        if self.lang != "fr" or np[1] - np[0] < 2:
            return False
        first = self.toks[np[0]].norm
        if first.startswith("l'") and len(first) > 2:
            head = first[2:]
        elif first in _fr_det():
            head = self.toks[np[0] + 1].norm
        else:
            return False
        return head in self.lex.people and head not in _fr_body_nouns()

    def _clause_floor(self, i: int) -> int:
        """The first token of the clause holding token ``i``: just after the nearest sentence end,
        quotation, colon or semicolon before it. Looked up in a table made once per article, so
        that a huge sentence (a page with no full stop) does not cost a walk back per cue."""
        if i <= 0:
            return i
        if self._floors is None:
            floors = [0] * (len(self.toks) + 1)
            f = 0
            toks = self.toks
            for k, t in enumerate(toks, 1):
                # (not a name in marks inside a phrase: «des dizaines de « bonnets verts » ont …»)
                if (t.kind in ("b", "q") or t.norm in (":", ";")) \
                        and not self._marked_complement(k - 1, self._verb_next(k)):
                    f = k
                floors[k] = f
            self._floors = floors
        return self._floors[i]

    def _np_opens_subject(self, np: tuple[int, int]) -> bool:
        """A subject phrase opens with a name, an honorific or a determiner (not "à Paris")."""
        t = self.toks[np[0]]
        w = t.norm
        if self.lang == "en":
            det = w in _en_det()
        else:
            det = (w in _fr_det() or w in fr_singular_demonstratives()) and w not in fr_du_des()
        return latin_cap(self.text, t) or w in self.lex.honorifics or det or w.startswith("l'") \
            or w in self.lex.people or w == "@"

    def _first_name(self, j: int) -> tuple[int, int] | None:
        """The first full name (two capitalised words or more) in the sentence before token ``j``."""
        toks = self.toks
        k = self._sentence_start(j)
        m = k
        while m < j:
            if _name_word(self.text, toks[m]) and toks[m].norm not in stopwords(self.lang) \
                    and toks[m].norm not in (ar_places() if self.lang == "ar"
                                             else language_words("places", self.lang)):
                e = m
                while e < j and _name_word(self.text, toks[e]):
                    e += 1
                if e - m >= 2:
                    return (m, e)
                m = e
            m += 1
        return None

    def _opening_phrase(self, j: int) -> tuple[int, int] | None:
        """"Le président a fait un discours, appelant …": the determiner phrase opening the
        sentence, up to its auxiliary."""
        toks = self.toks
        a = self._sentence_start(j)
        det = _en_det() if self.lang == "en" else _fr_det()
        if a >= j or toks[a].norm not in det:
            return None
        e = a + 1
        while e < j and e - a < 7 and toks[e].kind == "w" and toks[e].norm not in _fr_aux() \
                and toks[e].norm not in en_name_end_auxiliaries():
            e += 1
        if e < j and (toks[e].norm in _fr_aux()
                      or toks[e].norm in en_name_verb_auxiliaries()):
            return (a, e)
        return None
