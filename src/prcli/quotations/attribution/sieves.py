"""The sieves per quotation: a cue after it, before it, a colon or dash introduction, a list.

``post_cue`` («…», a-t-il ajouté), ``pre_cue`` (the nearest cue before, in the sentence),
``forward_cue``, ``list_cue``, ``colon_intro``, ``colon_named``, ``dash_after``,
``first_name_opening``, ``pronoun_subject``: what ``prcli.quotations.extract`` asks for each
quotation. ``Attributor`` is the top layer.
"""

from __future__ import annotations

from functools import cache

from prcli.quotations import french
from prcli.quotations.attribution.base import (
    Clause,
    _en_det,
    _fr_det,
    _fr_prep,
    _fr_time,
    _leading_prep,
    _links,
)
from prcli.quotations.attribution.clauses import _Clauses
from prcli.quotations.attribution.cues import _en_pron, _fr_aux, _name_word
from prcli.quotations.attribution.phrases import (
    _closed_words,
    _en_break,
    _fr_break,
    _fr_pron,
    _list_conjunctions,
    _name_glue,
)
from prcli.quotations.lexicon import ar_adverbial_heads as _ar_adverbial_heads
from prcli.quotations.lexicon import ar_antecedent_relatives as _ar_relatives
from prcli.quotations.lexicon import (
    ar_as_also,
    ar_that_particles,
    fr_as_said_objects,
    fr_conjunctions,
    fr_de_forms,
    incise_ends,
    language_words,
    not_speaker_pronouns,
    third_person_subjects,
)
from prcli.quotations.lexicon import en_after_verb_stops as _en_after_stop
from prcli.quotations.lexicon import en_be_forms as _en_be
from prcli.quotations.lexicon import fr_plural_determiners as _fr_plural_dets
from prcli.quotations.lexicon import fr_subject_relatives as _fr_subject_relatives
from prcli.quotations.people import latin_cap, stopwords
from prcli.quotations.resolve import given_name_gender
from prcli.text.resources import lazy_words

#: Tokens that end a sentence.
_FULL_STOPS = frozenset({".", "!", "؟", "?"})

_fr_listing_openers = lazy_words("prcli.quotations", "listing_openers_fr.txt")
_fr_plural_indefinites = lazy_words("prcli.quotations", "plural_indefinite_subjects_fr.txt")
_fr_people_quantities = lazy_words("prcli.quotations", "people_quantities_fr.txt")
#: «نقلا»: a relaying adverb opening a source phrase (``_ar_relaying_reporter``).
_ar_relaying_adverbs = lazy_words("prcli.quotations", "relaying_adverbs_ar.txt")

#: More words than this after the verb (to the sentence end) make a sentence after a closed
#: quotation a report of its own ('"…." Lord X told the radio it was impossible for …').
_EN_REPORT_TAIL = 10

_SKIP_PUNCT = frozenset({",", "،", "-", "–", "—", ":", ";", "(", ")"})


#: The most tokens of a linked article's headline before marks inside it.
_LINKED_HEADLINE_TOKENS = 14


@cache
def _link_lasts(lang: str) -> frozenset[str]:
    """The last word of every link label: a one-lookup gate before joining the words."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in _links(lang))




def _clause_end(c: Clause) -> int:
    return max(c.cue_end, c.np[1]) if c.np is not None else c.cue_end


class Attributor(_Clauses):
    """Finds cues and speaker phrases over one article's token stream."""

    def post_cue(self, k: int) -> Clause | None:
        """A cue right after the quotation token at ``k``."""
        toks = self.toks
        n = len(toks)
        j = k + 1
        skipped_b = False
        while j < n and (toks[j].norm in _SKIP_PUNCT
                         or (toks[j].kind == "b" and toks[j].norm == "." and not skipped_b and j == k + 1)):
            if toks[j].kind == "b":
                skipped_b = True
            j += 1
        opening = False
        if self.lang == "ar" and not skipped_b and j == k + 1 and j + 2 < n and toks[j].norm == "." \
                and toks[j + 1].kind == "b" and (k == 0 or toks[k - 1].kind == "b"):
            # «¶ «…». يقول الطاهي فلان»: marks opening their sentence, with no verb before them,
            # and a short sentence after the full stop that names who spoke
            j += 2
            opening = True
        if j >= n or toks[j].kind != "w":
            return None
        if self.lang == "fr" and self._fr_new_sentence_source(k, j):
            return None  # «… avant la session.» Selon un décompte, …: a new sentence, its own source
        if self.lang != "ar" and j == k + 1 and not skipped_b and self._source_at(j) is None \
                and self._inner_end(k) not in (",", ".", "?", "!", "…") and not self._inverted(j) \
                and not (self.lang == "fr" and self._fr_inverted_subject(j)):
            return None  # «X» a appelé …: with no comma after the quotation, it is the subject, not an incise
        if self.lang != "ar" and j + 1 < n and all(toks[m].norm == "," for m in range(k + 1, j)):
            v = self._incise_verb(j)
            if v is not None:
                np = self._right_np(v + 1, _en_after_stop())
                if np is not None and (np[0] - v <= 8 or self._fr_fronted_complement(v, np)
                                       or self._fr_apposed_name(v, np)) \
                        and (self._np_opens_subject(np) or self._fr_people_quantity(np)) \
                        and (self._short_tail(v + 1, 12)
                             # «…», s'est félicité le dirigeant X qui manifestait dans sa ville:
                             # the relative clause after the subject is no object of the verb
                             or (self.lang == "fr" and np[1] < n and np[1] - v <= 12
                                 and toks[np[1]].norm in _fr_subject_relatives())):
                    aux = toks[j].norm.replace("’", "'")
                    first = j if aux in _fr_aux() or aux in ("se", "s'") else v
                    return Clause(first, v + 1, np, "?", "incise")
        passive = self._en_passive_after(j) if self.lang == "en" else None
        if passive is not None:
            return passive  # '"…," Mr X is reported as saying'
        if self.lang == "fr" and toks[j].norm == "comme" and j + 2 < n:
            # «un marché « nerveux », comme le décrivait l'hebdomadaire X»
            j += 1
            while j + 1 < n and toks[j].norm in fr_as_said_objects():
                j += 1
        if self.lang == "ar" and not skipped_b and j > k + 1 and toks[j].norm in ar_as_also() \
                and j + 2 < n and toks[j + 1].kind == "w":
            c = self.clause(j + 1, after_quote=True)
            if c is None or c.np is None or toks[c.np[0]].norm in self.lex.stops \
                    or toks[c.np[0]].norm in _ar_adverbial_heads() \
                    or (c.np[1] < n and toks[c.np[1]].kind == "w"):
                # («“…”، كما قال يوما ما»: no subject named, an adverb after the verb; «“…”، كما حث
                # الحكومة على …»: "he also urged", the clause goes on past its object)
                return None
            j += 1  # «“…”، كما يقول الضابط فلان»: "as X says", after a comma, credits the words before it
        limit = 1 if self.lang == "ar" else 8
        adv = self._skip_adverbials(j + 1) if self.lang == "fr" and toks[j].norm in _fr_aux() else j + 1
        # («…», a à ce sujet averti X: the set adverbial after the auxiliary is passed over)
        clitic = self.lang == "fr" and toks[j].norm in ("en", "y") and j + 1 < n and toks[j + 1].kind == "w" \
            and self.may_cue(toks[j + 1].norm)  # «« … », en conclut X»: the clitic before the verb
        for m in [j + 1 if clitic else j, *range(adv, min(n, j + limit + adv - j - 1))]:
            if toks[m].kind != "w":
                if toks[m].norm == "-" and m > j and toks[m - 1].norm.isdigit():
                    continue  # "the 31-year-old told"
                break
            c = self.clause(m, after_quote=True)
            if c is not None and self.lang == "fr" and m > j and not all(
                    (toks[x].norm in _fr_aux() or toks[x].norm in _fr_time() or toks[x].kind != "w"
                     or j < x < adv or (x > j and toks[x].norm.endswith("ment") and len(toks[x].norm) > 6)
                     or (x == j and x + 1 == m and toks[x].norm in ("en", "y"))
                     or (x == j and self.fr_object_nous(x)))
                    and not (toks[x].norm == "elle" and x in (m - 1, j)) for x in range(j, m)):
                return None  # «…», il a reconnu avoir …: a new clause, not an incise
            if c is not None and c.via != "hal" and self._incise_ends(c):
                if opening and (c.np is None or not (self._ar_sentence_ends(_clause_end(c))
                                                     or self._ar_speaker_described_on(c))):
                    return None  # («…». وأكد الوزير على …: a new sentence about something else)
                if self.lang != "ar" and m > j and c.np is not None and c.np[0] >= m:
                    # "…", the minister said X: the phrase before the verb is the subject
                    pass
                if skipped_b and self.lang != "ar" and (not self._short_tail(c.cue_end)
                                                        or self._introduces_quote(self._clause_last(c))):
                    return None  # «…». Elle poursuit : « … »: the verb opens the next quotation
                if skipped_b and self.lang == "fr" and self._colon_quote_ahead(_clause_end(c)):
                    # «… bientôt. » Pour Claire X, c'est l'inconnue : « … »: the new sentence
                    # brings in the next quotation; the one before belongs to the one before
                    return None
                if self.lang == "en" and m > j and self.text[toks[k].end - 2:toks[k].end - 1] == "." \
                        and not self._short_tail(c.cue_end, 4):
                    return None  # '…the record." Union officials insist it was …': a new sentence
                if self.lang == "en" and self._en_new_report(k, c):
                    return None  # '…plan." The firm noted that …': it reports something new
                e = _clause_end(c)
                if m > j and e + 1 < n and toks[e].norm == ":" and toks[e + 1].kind == "q":
                    return None  # '"…" The Government said: "…"': it introduces the next quotation
                return c
            if self.lang != "ar" and toks[m].norm in (_en_break() if self.lang == "en" else _fr_break()) \
                    and not self._org_link(m, j):
                break
        if self.lang == "en":
            return self._en_apposition_incise(j, k)
        return None

    def _fr_people_quantity(self, np: tuple[int, int]) -> bool:
        """«« … » s'interrogeaient nombre de « bonnets rouges »», «… s'exclamaient des élus»: an
        indefinite plural (``people_quantities_fr.txt``) opening a phrase that holds a noun of
        people or a label in marks is the subject of the incise."""
        if self.lang != "fr" or self.toks[np[0]].norm not in _fr_people_quantities():
            return False
        people = self.lex.people
        return any(t.kind == "q" or t.norm in people or t.norm[:-1] in people
                   for t in self.toks[np[0] + 1:np[1]])

    def _inner_end(self, k: int) -> str:
        """The last character inside the quotation token at ``k`` («… ! » gives «!»)."""
        return self.text[self.toks[k].start:self.toks[k].end - 1].rstrip(" \u00a0\u202f")[-1:]

    def _fr_new_sentence_source(self, k: int, j: int) -> bool:
        """«… avant la session.» Selon un décompte, …: words in marks closed by their own sentence
        end, then (at ``j``, past at most one mark of punctuation) a capitalised source phrase: a new
        sentence with a source of its own, no incise of the quotation at ``k``."""
        return j <= k + 2 and self.text[self.toks[j].start].isupper() \
            and self._inner_end(k) in (".", "?", "!", "…") and self._source_at(j) is not None

    def fr_late_incise(self, k: int) -> Clause | None:
        """«« … » pour les petits commerces, précise le cabinet de la maire.»: a complement
        (opening with a preposition, words only) or a clause set off by a comma after the
        quotation at ``k``, then a comma and an incise whose subject follows its verb and ends
        the sentence."""
        toks = self.toks
        n = len(toks)
        j = k + 1
        if self.lang != "fr" or j + 1 >= n:
            return None
        clause = toks[j].norm == "," and toks[j + 1].kind == "w"
        # («« … », il faut continuer à baisser les impôts, croit le premier ministre X.»: the
        # reported words go on past the marks, set off by a comma, up to the incise)
        if clause:
            j += 1
        elif toks[j].kind != "w" or toks[j].norm not in _fr_prep():
            return None
        m = j + 1
        while m < n and m - j <= (14 if clause else 8) and toks[m].kind == "w" \
                and not (clause and self.cue_at(m) is not None):
            m += 1
        if m + 1 >= n or toks[m].norm != "," or toks[m + 1].kind != "w":
            return None
        c = self.post_cue(m - 1)  # (the incise read as if right after the marks: «…», croit X)
        # (a listed verb only: not «…, très présent sur les forums en ligne des …»)
        if c is None or c.via == "incise" or c.np is None or c.np[0] <= c.cue_start \
                or not self._incise_ends(c):
            return None
        e = _clause_end(c)
        if e < n and toks[e].kind == "w" and (toks[e].norm in _fr_time() or toks[e].norm in _fr_prep()) \
                and self._short_tail(e, 4):
            # («« … » au calme, a déclaré la ministre X lundi à l'Assemblée.»: a time or place
            # after the subject still ends the incise)
            while e < n and toks[e].kind == "w":
                e += 1
        return c if e >= n or toks[e].kind == "b" or toks[e].norm in (".", ";") else None

    def _en_apposition_incise(self, j: int, k: int) -> Clause | None:
        """'"…," Ana Ruiz, the governor, said' / 'Ana Ruiz, 54, said': a name, an apposition
        between commas, then the reporting verb; the name before the apposition speaks."""
        toks = self.toks
        m = j
        while m < len(toks) and m - j < 5 and toks[m].kind == "w" and latin_cap(self.text, toks[m]):
            m += 1
        if m == j or m >= len(toks) or toks[m].norm != ",":
            return None
        c = m + 1
        while c < len(toks) and c - m <= 10 and toks[c].kind == "w":
            c += 1
        if c == m + 1 or c + 1 >= len(toks) or toks[c].norm != "," or toks[c + 1].kind != "w":
            return None
        found = self.clause(c + 1, after_quote=True)
        if found is None or found.np is None or found.np[0] != j or found.np[1] != m:
            return None
        if self._en_new_report(k, found):
            return None  # '"…any more." Ms X, who runs a school, admitted it would be "…"'
        return found

    def _en_new_report(self, k: int, c: Clause) -> bool:
        """'"…for now." Mr Hale, who …, conceded it would be "hard going"', '"…plan." The
        firm noted that …': after words in marks closed by their own full stop (or "?",
        "!"), a sentence whose verb goes on with a clause of its own ("that" among its next three
        words, a quotation of its own before the sentence ends, or more than ``_EN_REPORT_TAIL``
        words) reports something new; it is not the attribution of the quotation at ``k``."""
        toks = self.toks
        if toks[k].kind != "q" or self.text[toks[k].end - 2:toks[k].end - 1] not in (".", "?", "!"):
            return False
        m = _clause_end(c)
        words = 0
        while m < len(toks) and toks[m].kind != "b":
            if toks[m].kind == "q":
                return True
            if toks[m].kind == "w":
                words += 1
                if words <= 3 and toks[m].norm == "that":
                    return True
                if words > _EN_REPORT_TAIL:
                    return True  # (long enough: no need to read to the sentence end)
            m += 1
        return False

    def _en_passive_after(self, j: int) -> Clause | None:
        """'"…," Mr X is reported as saying', '"…," she was quoted by the paper as saying': a
        passive report right after the quotation (its subject, then a form of "be")."""
        toks = self.toks
        m = j
        while m < len(toks) - 1 and m - j < 12 and toks[m].kind == "w":
            if toks[m].norm == "as" and m > j and toks[m + 1].kind == "w" \
                    and toks[m + 1].norm.endswith("ing"):
                c = self.clause(m + 1, after_quote=True)
                if c is not None and c.cue_start > j and toks[c.cue_start].norm in _en_be() \
                        and (c.np is None or c.np[0] == j):
                    return c
                return None
            m += 1
        return None

    def _colon_quote_ahead(self, j: int) -> bool:
        """A colon right before a quotation between token ``j`` and the end of its sentence."""
        toks = self.toks
        n = len(toks)
        while j + 1 < n and toks[j].kind not in ("b", "q"):
            if toks[j].norm == ":" and toks[j + 1].kind == "q":
                return True
            j += 1
        return False

    def _fr_fronted_complement(self, v: int, np: tuple[int, int]) -> bool:
        """«se réjouissait devant les étals du marché couvert une retraitée suisse, Y»: a
        longer complement of place (words only, up to the apposition's comma) stands between the
        incise verb at ``v`` and its subject ``np``."""
        toks = self.toks
        return self.lang == "fr" and np[0] - v <= 14 \
            and all(toks[x].kind == "w" or toks[x].norm == "," for x in range(v + 1, np[0]))

    def _fr_apposed_name(self, v: int, np: tuple[int, int]) -> bool:
        """«s'était offusqué dimanche le porte-drapeau de la gauche radicale, La Gauche unie,
        Jean X»: the name set off by commas after a long description (words and commas only, up
        to 20 tokens) is the subject of the incise verb at ``v``."""
        toks = self.toks
        return self.lang == "fr" and np[0] - v <= 20 and toks[np[0] - 1].norm == "," \
            and all(toks[x].kind == "w" or toks[x].norm == "," for x in range(v + 1, np[0]))

    def _incise_verb(self, j: int) -> int | None:
        """«…», renchérit Margaux / se félicite de son côté Odette / a de son côté tweeté X:
        a verb we do not list, right after the quotation, then (past set adverbials) its
        subject. Returns the verb's token index."""
        toks = self.toks
        n = len(toks)
        v = j
        if self.lang == "fr" and toks[v].norm in _fr_pron():
            return None  # «« … », elle exige une table ronde»: subject first, the phrase after is the object
        first = toks[v].norm.replace("’", "'")
        if toks[v].kind == "w" and self.lang == "fr" and (first in _fr_aux() or first in ("se", "s'")):
            v += 1  # («s’est exclamé»: either apostrophe)
        # (French only: in English "a" is the article, '"…," a club spokesman said')
        v = self._skip_adverbials(v)
        while v < n - 1 and toks[v].kind == "w" and (toks[v].norm in _fr_time() or (
                toks[v].norm.endswith("ment") and len(toks[v].norm) > 6)):
            v += 1  # «a auparavant dit», «a finalement lâché»
        if v >= n - 1:
            return None
        t = toks[v]
        w = t.norm
        if t.kind != "w" or latin_cap(self.text, t):
            return None
        if w.startswith("s'") and len(w) > 3:
            w = w[2:]  # «s'emporte», «s'étonne»
        if not w.isalpha() or self.cue_at(v, True) is not None:
            return None
        closed = _closed_words(self.lang)
        if w in closed or t.norm in closed:
            return None
        if self.lang == "fr" and w in language_words("connectors", "fr"):
            return None  # «« … », malgré l'heure matinale»: a connector, not a verb
        nxt = toks[v + 1]
        if self.lang == "en" and nxt.kind == "w" and not latin_cap(self.text, nxt) \
                and nxt.norm in self.lex.people:
            return None  # '"…," state prosecutor Ana Ruiz told Reuters': a modifier of a role noun
        if self.lang == "fr" and v == j and nxt.norm == "par" and w.endswith(("é", "ée", "és", "ées")):
            return None  # «la « grande concertation », proposée par le président»: a passive, no incise
        if nxt.kind == "w" and nxt.norm.endswith(("er", "ir", "re", "oir")) \
                and not latin_cap(self.text, nxt) \
                and v + 2 < n and latin_cap(self.text, toks[v + 2]):
            v += 1  # «…», croit savoir X
        return v

    def _inverted(self, j: int) -> bool:
        w = self.toks[j].norm
        return "-t-" in w or w.endswith(("-il", "-elle", "-ils", "-elles"))

    def _incise_ends(self, c: Clause) -> bool:
        """An incise does not go on with "que"/"that"/an infinitive: «…», a-t-il dit que … is not one."""
        end = c.np[1] if c.np is not None and c.np[1] > c.cue_end else c.cue_end
        if end >= len(self.toks):
            return True
        nxt = self.toks[end]
        if self.lang == "ar" and (nxt.kind == "q" or nxt.norm in ar_that_particles() or nxt.norm == ":"):
            return False  # «…»، وقال صالح إن …: a new statement with words of its own, not an incise
        if self.lang == "ar" and self._ar_own_quote_ahead(end):
            return False  # «…»، وقال فلان في هذه المسألة: «…»: the verb brings in the next quotation
        return nxt.norm not in incise_ends()

    def _ar_sentence_ends(self, e: int) -> bool:
        """The sentence ends at token ``e``, or a comma there leads to «و» and a verb of saying
        («يقول فلان، ويضيف: “…”»)."""
        toks = self.toks
        if e >= len(toks) or toks[e].kind == "b" or toks[e].norm in _FULL_STOPS:
            return True
        return toks[e].norm in (",", "،") and e + 1 < len(toks) and toks[e + 1].kind == "w" \
            and toks[e + 1].norm.startswith("و") and self.cue_at(e + 1) is not None

    def _ar_speaker_described_on(self, c: Clause) -> bool:
        """«¶ «…». يقول الطاهي فلان الذي يعد …», «… يقول فلان شارحا اختياراته»: after the named
        subject of a verb of saying that follows marks opening their paragraph, the sentence goes
        on with a relative clause about that subject or a circumstantial participle (حال), not
        with words of its own: the verb still credits the quotation before it."""
        toks = self.toks
        e = _clause_end(c)
        if c.np is None or e + 1 >= len(toks) or toks[e].kind != "w" or toks[e + 1].kind != "w":
            return False
        if self._ar_own_quote_ahead(e) or self._ar_that_ahead(e + 1):
            return False
        hal = self.cue_at(e)
        return toks[e].norm in _ar_relatives() or (hal is not None and hal[0] == "hal") \
            or self._ar_participle_shape(e)

    def _ar_that_ahead(self, j: int, most: int = 14) -> bool:
        """«إن»/«أن» or a colon within ``most`` tokens from ``j``, before the sentence ends: the
        clause goes on to words of its own («يقول فلان الذي التقيناه في مكتبه إن …»)."""
        toks = self.toks
        for m in range(j, min(len(toks), j + most)):
            t = toks[m]
            if t.norm in ar_that_particles() or t.norm == ":" or t.kind == "q":
                return True
            if t.kind == "b" or t.norm in _FULL_STOPS:
                return False
        return False

    def _ar_own_quote_ahead(self, j: int, most: int = 8) -> bool:
        """Arabic: a colon and a quotation (or a quotation) after at most ``most`` words from
        token ``j``, in the same sentence and with no comma between: «وقال الغزالي - رحمه الله -
        في هذه المسألة: “…”», «وأضاف الوزير في كلمته “…”». A verb after a quotation whose own
        clause runs on to marks of its own introduces those, not the words before it."""
        toks = self.toks
        n = len(toks)
        words = 0
        while j < n and words <= most:
            t = toks[j]
            if t.kind == "q":
                return True
            if t.kind == "b" or t.norm in (",", "،", "؛", ";"):
                return False
            if t.norm == ":":
                return j + 1 < n and toks[j + 1].kind == "q"
            if t.norm in ar_that_particles() or t.norm in _ar_relatives():
                return False  # («على حد قول المتحدث الذي اعتبر أن “…”»: a clause of its own)
            words += t.kind == "w"
            j += 1
        return False

    def _short_tail(self, j: int, most: int = 6) -> bool:
        n = 0
        while j < len(self.toks) and self.toks[j].kind == "w":
            n += 1
            j += 1
        return n <= most

    def _ar_relaying_reporter(self, j: int) -> Clause | None:
        """«وقالت المجلة نقلا عن مسؤول لم تذكر اسمه إن “…”», «وذكرت المصادر نقلاً عن مسلحين أن “…”»:
        a relaying adverb at ``j`` right after a reporting verb and the subject it names: that
        subject tells the words as its report; the source after «عن» only backs it."""
        for m in range(j - 1, max(j - 8, -1), -1):
            if self.toks[m].kind != "w":
                return None
            if self.cue_at(m) is None:
                continue
            c = self.clause(m)
            if c is not None and c.via == "cue" and c.np is not None and c.np[0] == m + 1 \
                    and c.np[1] == j:
                return c
            return None
        return None

    def pre_cue(self, k: int, consumed: dict[int, int]) -> Clause | None:
        """The nearest cue before the quotation at ``k`` in its sentence (skipping used ones)."""
        toks = self.toks
        j = self._cue_before(k - 1)
        while j >= 0:
            c = self.clause(j)
            if c is not None and self.lang == "ar" and toks[j].norm in _ar_relaying_adverbs():
                c = self._ar_relaying_reporter(j) or c
            if c is not None:
                if self.lang == "fr":
                    taken = self._fr_coordinated_subject(_clause_end(c), k)
                    if taken is not None:
                        # «X a salué « … », et Y pense avoir « … »»: a new subject after «, et»
                        # takes over the sentence (its own verb governs the later quotation)
                        return Clause(taken[1], taken[1] + 1, taken[0], "?", "coordinated-subject")
                    gapped = self._fr_gapped_subject(_clause_end(c), k)
                    if gapped is not None:
                        # «X dénonce « … » et le parti Y une manœuvre pour « … »»: the verb is
                        # left out after a second subject; that subject speaks the later words
                        return Clause(c.cue_start, c.cue_end, gapped, "?", "cue")
                if j in consumed:
                    # the cue of an earlier quotation: reuse it only for "…," he said, "…"
                    end = consumed[j]
                    gap = [t for t in toks[end:k] if t.kind == "w"]
                    return c if not gap else None
                opener = self.ar_by_saying_opener(j) if c.via == "hal" and self.lang == "ar" else None
                verb = self.clause(opener) if opener is not None and opener < j else None
                if verb is not None and verb.via != "hal":
                    return verb  # «وأردف بالقول: “…”», «وتابع المدرب حديثه بالقول»: the verb's own clause
                if c.via == "hal":
                    own_subject = self._fr_absolute_subject(j) if self.lang == "fr" else None
                    if own_subject is not None:
                        return Clause(c.cue_start, c.cue_end, own_subject, "p", "hal-subject")
                    main = self._main_clause(j) or self._main_clause_after(j, k)
                    by_saying = self._ar_by_saying_subject(j) if self.lang == "ar" and main is None else None
                    if by_saying is not None:
                        return Clause(c.cue_start, c.cue_end, by_saying, "?", "hal-subject")
                    if main is not None:
                        return Clause(c.cue_start, c.cue_end, main.np, main.number, "hal-main", main.speaks)
                    sub = self.fr_subordinate_subject(j) if self.lang == "fr" else None
                    if sub is not None:
                        return Clause(c.cue_start, c.cue_end, sub, "?", "hal-subject")  # «…, même si X a …,»
                    fronted = self._fr_subject_after_opener(j, k) if self.lang == "fr" else None
                    if fronted is not None:
                        return Clause(c.cue_start, c.cue_end, fronted, "?", "hal-subject")
                    if self.lang == "fr" and j > 0 and toks[j - 1].norm == "en":
                        # «Le gouvernement espérait … tout en reconnaissant « … »»: a gerund has
                        # the subject of the sentence
                        opening = self._fr_opening_subject(j) or self._fr_subject_of_aux(j) \
                            or self._fr_relative_opening(j)
                        if opening is not None:
                            return Clause(c.cue_start, c.cue_end, opening, "?", "hal-subject")
                    opening = self._fr_opening_subject(j) if self.lang == "fr" and j > 1 \
                        and toks[j - 1].norm == "," else None
                    if self.lang == "fr" and j > 1 and toks[j - 1].norm == "," \
                            and not any(toks[m].kind == "q" for m in range(
                                opening[1] if opening is not None else self._recent_start(j), j)):
                        # «X a ciblé Marine Y, estimant que « … »»: a participle set off by a comma
                        # has the subject of the sentence, not the object before the comma (a
                        # quotation inside that subject, «Nombre de « X » …», is part of it)
                        if opening is None:
                            before = self._left_np(j - 1, self._clause_floor(j - 1))
                            if before is not None and before[0] == self._near_sentence_start(j, 60):
                                opening = before  # «La CGT, estimant que « … », appelle …»
                        if opening is not None and opening[1] <= j - 1:
                            return Clause(c.cue_start, c.cue_end, opening, "?", "hal-subject")
                    if self.lang != "ar" and not (self.lang == "fr" and toks[j - 1].norm == "en"):
                        # «le ministre prévenant que …»: the phrase right before the participle
                        # (not before a gerund: «d'accuser le coup en expliquant …» is the object)
                        own = self._left_np(j, self._clause_floor(j))
                        if own is not None and not (own[1] - own[0] == 1 and toks[own[0]].norm in
                                                    (_en_pron() if self.lang == "en" else _fr_pron())):
                            return Clause(c.cue_start, c.cue_end, own, "?", "hal-subject")
                    first = self._first_name(j) or self._opening_phrase(j) if self.lang != "ar" \
                        else self._ar_opening_subject(j) or self._ar_named_topic(j)
                    if first is not None:
                        return Clause(c.cue_start, c.cue_end, first, "?", "hal-subject")
                    number = self._fr_pronoun_opening(j) if self.lang == "fr" else None
                    if number is not None:
                        # «Ils ont appelé le gouvernement à …, disant « … »»: the participle has
                        # the subject of the sentence, a pronoun that must agree with its referent
                        return Clause(c.cue_start, c.cue_end, None, number, "pronoun")
                    return c
                return c
            j = self._cue_before(j - 1)
        return None

    def _fr_absolute_subject(self, j: int) -> tuple[int, int] | None:
        """«…, les « riverains » pointant du doigt le « … »», «…, des élus dénonçant « … »»: a
        participle with its own subject right before it (a plural group opened by its
        determiner after a comma, no comma between) says who speaks, not the main clause."""
        toks = self.toks
        a = j - 1
        while a > 0 and j - a <= 4 and toks[a].kind in ("w", "q") and toks[a].norm not in _fr_plural_dets():
            a -= 1
        last = toks[j - 1]
        singular = last.kind == "w" and not latin_cap(self.text, last) and not last.norm.endswith(("s", "x"))
        if a <= 0 or a == j - 1 or toks[a].kind != "w" or toks[a].norm not in _fr_plural_dets() \
                or toks[a - 1].norm != "," or singular:
            return None
        return a, j

    def _fr_pronoun_opening(self, j: int) -> str | None:
        """The gender/number of a third-person subject pronoun opening the sentence of token
        ``j`` right before its verb or auxiliary («Elles ont …», «Il réclame …»), else None."""
        toks = self.toks
        s = self._near_sentence_start(j, 60)
        if s < 0 or s + 2 >= j or toks[s].kind != "w" or toks[s + 1].kind != "w":
            return None
        number = _fr_pron().get(toks[s].norm)
        return number if number in ("m", "f", "p") else None

    def _fr_coordinated_subject(self, lo: int, k: int) -> tuple[tuple[int, int], int] | None:
        """The subject phrase and verb of a clause joined by «, et» between a cue's clause (ending
        at ``lo``) and quotation ``k``: «…, et la présidente, Odile X, pense avoir « … »». Only a
        phrase that opens right after «et» and is followed by its verb (a pronoun is left to the
        cue before: «…, et il ajoute « … »» is the same speaker)."""
        toks = self.toks
        m = k - 1
        while m > lo and toks[m].kind not in ("q", "b") \
                and not (toks[m].norm == "et" and toks[m - 1].norm == ","):
            m -= 1
        if m <= lo or toks[m].norm != "et" or toks[m - 1].norm != "," or m + 2 >= k:
            return None
        s = m + 1
        if toks[s].kind != "w" or toks[s].norm in _fr_pron() or toks[s].norm in _fr_prep() \
                or not (self._determiner(toks[s]) or toks[s].norm.startswith("l'")
                        or _name_word(self.text, toks[s])):
            return None
        for v in range(s + 1, k):
            t = toks[v]
            if t.kind != "w" or latin_cap(self.text, t) or not french.verb_like(t) \
                    or toks[v - 1].norm in _fr_prep() or self._determiner(toks[v - 1]) \
                    or toks[v - 1].norm.startswith(("l'", "d'")) or not self._fr_verb_group(v, k):
                continue  # a noun after its determiner or preposition is no verb
            np = self._left_np(v, s)
            if np is None or not (np[1] == v or (np[1] + 1 == v and toks[np[1]].norm == ",")):
                continue
            if np[0] == s:
                return np, v
            head = self._left_np(np[0] - 1, s) if np[0] - 1 > s and toks[np[0] - 1].norm == "," else None
            if head is not None and head[0] == s and head[1] == np[0] - 1:
                return np, v  # «la présidente du syndicat, Odile X, pense …»: the name in apposition
            return None
        return None

    def _fr_gapped_subject(self, lo: int, k: int) -> tuple[int, int] | None:
        """The subject of a clause whose verb is left out, joined by «et» right after the marks
        the cue's clause (ending at ``lo``) governs, before quotation ``k``: «La ligue dénonce
        « … » et le RN (droite) une manœuvre pour « … »». The subject names someone (a capital
        within its first two words, maybe with an aside in brackets) and a determiner follows it
        at once (the object of the verb left out); no comma or mark stands in between."""
        toks = self.toks
        m = lo
        while m < k and toks[m].kind != "q":
            m += 1
        m += 1
        if m + 3 >= k or toks[m].norm != "et":
            return None
        s = m + 1
        e = s + 1 if toks[s].kind == "w" and self._determiner(toks[s]) else s
        if e >= k or not latin_cap(self.text, toks[e]) or toks[e].norm in _fr_pron():
            return None
        while e < k and toks[e].kind == "w" \
                and (latin_cap(self.text, toks[e]) or toks[e].norm in _name_glue()):
            e += 1
        end = e
        if e < k and toks[e].norm == "(":
            close = next((x for x in range(e + 1, min(k, e + 10)) if toks[x].norm == ")"), None)
            if close is None:
                return None
            e = close + 1  # «le RN (ancien Front national)»: an aside on the subject
        if e >= k or toks[e].kind != "w" or not (self._determiner(toks[e]) or toks[e].norm.startswith("l'")):
            return None
        if any(t.kind != "w" for t in toks[e:k - 1]) or k - e > 12:
            return None
        return s, end

    def _fr_verb_group(self, v: int, k: int) -> bool:
        """Tokens ``v`` to quotation ``k`` are a short verb group leading straight to it («pense
        avoir », «se dit », «juge que »): a few lowercase words, no article, name or punctuation."""
        toks = self.toks
        if k - v > 4:
            return False
        return all(t.kind == "w"
                   and not self.text[t.start:t.end].replace("’", "'").split("'")[-1][:1].isupper()
                   and not self._determiner(t) and not t.norm.startswith(("l'", "d'"))
                   for t in toks[v:k])

    def forward_cue(self, k: int) -> Clause | None:
        """A cue later in the same sentence that no other quotation is attached to:
        «… « le terrain », pour gagner la mairie, dit X.» (sieve 5, sentence-level source)."""
        toks = self.toks
        j = k + 1
        while j < len(toks) and toks[j].kind != "b" and j - k < 40:
            t = toks[j]
            if t.kind == "w":
                p = j - 1
                while p > k and (toks[p].kind == "p" or toks[p].norm in _fr_aux()
                                 or (self.lang == "fr" and p - 1 > k and toks[p - 1].norm in _fr_aux()
                                     and self._fr_incise_adverb(p))):
                    p -= 1  # («« A », mais … « B », a ainsi répété X»: an adverb before the verb)
                after_quote = toks[p].kind == "q"
                incise = after_quote or toks[p + 1].norm == "," or toks[j - 1].norm == ","
                c = self.clause(j, after_quote=incise)
                if c is not None and self.lang == "fr" and p == j - 1 and p != k and toks[p].kind == "q" \
                        and toks[j].norm != "dit" and self.lex.cues.get(toks[j].norm, ("", ""))[0] == "pp":
                    # «« … », et « … » et de passer au « débat » lancé par X, a-t-il dit»: a bare
                    # participle right after other marks describes what they name; no incise
                    j += 1
                    continue
                if c is not None and c.via != "hal" and not after_quote and self.lang == "fr" \
                        and self._fr_calls_to_quote(j):
                    return None  # «… a appelé X à « … »»: that cue governs the later quotation
                if c is not None and c.via != "hal":
                    if after_quote and p != k and not self._quote_list(k, p) and not (
                            self.lang == "fr" and not any(toks[m].norm in (";", ":") for m in range(k, p))
                            and not (k > 0 and (self._determiner(toks[k - 1]) or toks[k - 1].norm in
                                                fr_de_forms()))):
                        # that cue belongs to the later quotation (but in French «« A » à la crise,
                        # « B » même si « C », a affirmé X»: one sentence of X's words)
                        return None
                    if p == k and toks[k + 1].kind == "w":
                        return None  # «X» a appelé …: the quoted name is the subject
                    return c
            j += 1
        return None

    def _fr_incise_adverb(self, p: int) -> bool:
        """«ainsi», «encore», «également», «vivement»: a sentence adverb (not a stressed pronoun)
        that may stand between the auxiliary and the verb of an incise («…», a ainsi répété X)."""
        t = self.toks[p]
        return t.kind == "w" and t.norm not in _fr_pron() and (
            t.norm in _fr_time()
            or (t.norm.endswith("ment") and len(t.norm) > 7 and t.norm not in self.lex.people))

    def list_cue(self, k: int) -> Clause | None:
        """The incise after the last quotation of a list that quotation ``k`` opens (French and
        English: an Arabic list of marked words joined by و is a list of titles or names)."""
        toks = self.toks
        if self.lang == "ar":
            return None
        m = k + 1
        last = k
        while m < len(toks) and m - k < 30 and (
                toks[m].kind == "q" or toks[m].norm in _list_conjunctions() or toks[m].norm == ","):
            if toks[m].kind == "q":
                last = m
            m += 1
        if last == k or not self._quote_list(k, last):
            return None
        return self.post_cue(last)

    def _quote_list(self, k: int, last: int) -> bool:
        """«« A », « B » et « C », scandaient-ils»: quotations joined only by commas and «et»
        share the cue that follows the last one (two marks side by side are a heading, then speech)."""
        if self.lang == "ar":
            return False
        det = _en_det() if self.lang == "en" else _fr_det()
        prev = self.toks[k - 1] if k > 0 else None
        if prev is not None and prev.kind == "w" and (prev.norm in det or prev.norm.endswith("'")):
            return False  # «le « président des riches », « … », selon X»: a nickname, not the list's words
        gap = 0
        for t in self.toks[k + 1:last + 1]:
            if t.kind == "q":
                if gap == 0:
                    return False
                gap = 0
            elif t.norm in _list_conjunctions() or t.norm == ",":
                gap += 1
            else:
                return False
        return True

    def pronoun_subject(self, k: int) -> str | None:
        """The number of a pronoun opening the sentence of quotation ``k`` ("Il veut donner « … »")."""
        toks = self.toks
        j = k - 1
        while j > 0 and toks[j - 1].kind not in ("b", "q"):
            j -= 1
        if self.lang == "fr" and 1 < j < k and toks[j - 1].kind == "q" \
                and all(t.norm in fr_conjunctions() for t in toks[j:k]):
            # «ils les jugent « insuffisants » ou « … »»: one clause, a list of its words
            j -= 1
            while j > 0 and toks[j - 1].kind not in ("b", "q"):
                j -= 1
        if self.lang == "fr" and j < k - 1 and j > 0 and toks[j - 1].kind == "q" and toks[j].norm == ",":
            j += 1  # «Si certains saluent des « gestes », ils les jugent « … »»: the clause after the marks
        if j >= k or toks[j].kind != "w":
            return None
        prons = _en_pron() if self.lang == "en" else _fr_pron() if self.lang == "fr" else {}
        # the first word, or the first after an opening adverbial ("En revanche, il a exclu …")
        starts = [j]
        m = j
        while m < k and m - j < 6 and toks[m].norm != ",":
            m += 1
        if m < k and toks[m].norm == ",":
            starts.append(m + 1)
        for s in starts:
            w = toks[s].norm if s < k else ""
            if w in prons and w not in not_speaker_pronouns():
                return prons[w]
            if self.lang == "fr" and w in _fr_plural_indefinites() and s + 1 < k and toks[s + 1].kind == "w" \
                    and (toks[s + 1].norm.endswith("nt") or toks[s + 1].norm in ("ne", "se", "y", "en")
                         or toks[s + 1].norm[:2] in ("n'", "s'")) \
                    and not any(t.norm == "," for t in toks[s + 1:k]):
                # «Outre les salaires, certains veulent défendre « … »»: some of a group, as the
                # subject of a plural verb (in «-nt»: «certains manifestants» is a determiner) in
                # the quotation's own clause (no comma between)
                return "p"
        return None

    def first_name_opening(self, k: int) -> tuple[int, int] | None:
        """A full name among the first words of the sentence holding quotation ``k``: its subject."""
        start = self._sentence_start(k)
        if self.after_link(k):
            return None
        taken = self._fr_coordinated_subject(start, k) if self.lang == "fr" else None
        if taken is not None:
            return taken[0]  # «X se réjouit d'un « … », et Y pense avoir « … »»: Y's clause
        np = self._first_name(k)
        near = self._fr_nearest_clause_subject(start, k) if self.lang == "fr" else None
        if near is not None and (np is None or near[0] > np[0]
                                 or (near[0] == np[0] and self._fr_role_opening(start, near[0]))):
            return near  # «Alors que X, …, vient de …, Y se targue d'avoir « … »»: Y's clause
            # (also the first name itself when it opens a clause late in the sentence: «…, dont le
            # premier secrétaire X souhaite que « … »»)
        if np is not None and np[0] - start <= 9 and self.toks[np[1]].kind == "w":
            return np  # a name followed by its verb, not by an apposition
        if np is not None and self.lang == "fr" and np[0] - start <= 9 and np[0] > start \
                and self.toks[np[0] - 1].norm == "," and np[1] + 1 < k and self.toks[np[1]].norm == "," \
                and self.toks[np[1] + 1].kind == "w" and not latin_cap(self.text, self.toks[np[1] + 1]):
            return np  # «Le président du Parti vert, Arnaud Lebel, a lâché : « … »»
        if np is None and k > 0 and self.toks[k - 1].norm == ":":
            return self._lone_first_name(start, k)
        return None

    def _fr_nearest_clause_subject(self, start: int, k: int) -> tuple[int, int] | None:
        """The full name nearest before quotation ``k`` in its sentence that opens a clause (at the
        sentence start or right after a comma) and is followed by a verb (a lowercase word that is no
        function word, or a clitic, «ne»), with no other quotation in between: «…, François X se
        targue d'avoir « … »». A name after a verb or a preposition is an object, never read here."""
        toks = self.toks
        e = k - 1
        while e > start:
            if toks[e].kind in ("q", "b"):
                return None
            if toks[e].kind == "w" and not latin_cap(self.text, toks[e]) \
                    and _name_word(self.text, toks[e - 1]):
                a = e - 1
                while a > start and _name_word(self.text, toks[a - 1]):
                    a -= 1
                if e - a >= 2 and (a == start or toks[a - 1].norm == "," or self._fr_role_opening(start, a)) \
                        and toks[a].norm not in stopwords("fr") and french.verb_like(toks[e]):
                    return (a, e)
            e -= 1
        return None

    def _fr_role_opening(self, start: int, a: int) -> bool:
        """«…, dont le premier secrétaire [Paul X] souhaite que « … »»: a determiner and a role
        (a person noun) right before the name at ``a`` open the clause (at the sentence start,
        after a comma or after the relative «dont»)."""
        toks = self.toks
        m = a - 1
        while m > start and a - m <= 4 and toks[m].kind == "w" and not latin_cap(self.text, toks[m]) \
                and toks[m].norm not in _fr_det() and not toks[m].norm.startswith("l'"):
            m -= 1
        if m < start or toks[m].kind != "w" or not (toks[m].norm in _fr_det()
                                                    or toks[m].norm.startswith("l'")):
            return False
        people = self.lex.people
        if not any(t.norm in people or t.norm.removeprefix("l'") in people
                   for t in toks[m:a]):
            return False
        return m == start or toks[m - 1].norm == "," or toks[m - 1].norm in _fr_subject_relatives()

    def _lone_first_name(self, start: int, k: int) -> tuple[int, int] | None:
        """«Johann travaille à Genève : « … »»: a first name alone opening the sentence that
        introduces the quotation, when the article never writes that word in lowercase."""
        toks = self.toks
        t = toks[start]
        if start + 1 >= k or not _name_word(self.text, t) or t.norm in stopwords(self.lang) \
                or any(self._link_label(start, e) for e in range(start + 1, min(k, start + 4))) \
                or self._prepositional(t) or t.norm in self.reg.lowercase_words(self.text, toks) \
                or t.norm in self.lex.people or t.norm in self.lex.honorifics \
                or (self.lang == "fr" and french.participle_opening(t.norm)):
            return None  # («Interrogé par la radio, il a été clair : « … »»: a participle, no name)
        if self.lang == "fr" and french.past_fronted_noun(self.text, toks, start, k - 1) != start:
            return None  # «Ancien policier, le conseiller X a regardé … : « … »»: no name, an apposition
        nxt = toks[start + 1]
        if self.lang == "fr" and nxt.norm == "," and self._fr_lowercase_apposition(start + 2, k):
            return (start, start + 1)  # «Anatole, habitant du hameau, cultive … : « … »»
        if self.lang == "fr" and nxt.norm == "," and self._fr_described_given_name(start, k):
            return (start, start + 1)  # «Mireille, venue de la Drôme : « … »»: a vox pop
        if self.lang == "fr" and self._determiner(nxt) and given_name_gender(t.norm) == "?":
            return None  # «Parmi les manifestantes, …», «Refaire la société …»: a name takes a verb
        if nxt.kind != "w" or self.text[nxt.start].isupper():
            return None
        return (start, start + 1)

    def _fr_described_given_name(self, start: int, k: int) -> bool:
        """«Mireille, venue de la Drôme : « … »», «Bastien, intérimaire à Lyon : « … »»: a known
        given name opening the sentence, a comma and a short description of the person (opening
        in lowercase, words and commas only) running to the colon right before quotation ``k``."""
        toks = self.toks
        if k - 1 <= start + 2 or toks[k - 1].norm != ":" or given_name_gender(toks[start].norm) == "?":
            return False
        desc = toks[start + 2:k - 1]
        return len(desc) <= 10 and toks[start + 2].kind == "w" and not latin_cap(self.text, toks[start + 2]) \
            and all(t.kind == "w" or t.norm == "," for t in desc)

    def _main_clause_after(self, j: int, k: int) -> Clause | None:
        """«Accueillant des mesures capables de «…», la CPME a dit …»: a participle opening the
        sentence has the subject of the main clause that follows the quotation."""
        if self.lang == "ar" or not self._participle_opens(j):
            return None
        m = k + 1
        while m < len(self.toks) and self.toks[m].kind != "b" and m - k < 30:
            if self.toks[m].kind == "q":
                m += 1
                continue
            if self.toks[m].kind == "w":
                c = self.clause(m)
                if c is not None and c.via != "hal" and c.np is not None and c.np[0] > k:
                    return c
            m += 1
        return None

    def colon_named(self, k: int) -> tuple[int, int] | None:
        """The phrase ending in a capitalised name right before the colon that opens the
        quotation at ``k`` («… inquiète le politologue Jean X : « … »»), else None."""
        toks = self.toks
        if k < 3 or toks[k - 1].norm != ":" or toks[k - 2].kind != "w" \
                or not latin_cap(self.text, toks[k - 2]) or not latin_cap(self.text, toks[k - 3]):
            return None
        np = self._left_np(k - 1, self._clause_floor(k - 1))
        if np is None or np[1] != k - 1:
            return None
        return np

    def colon_intro(self, k: int) -> tuple[int, int] | None:
        """A heading-like ``SPEAKER: «…»`` with no verb: the short phrase before the colon."""
        toks = self.toks
        if k < 2 or toks[k - 1].norm != ":":
            return None
        j = k - 1
        a = j
        while a > 0 and toks[a - 1].kind == "w" and j - a < 6:
            a -= 1
        if a == j or (a > 0 and toks[a - 1].kind not in ("b", "q") and toks[a - 1].norm not in (".", "-")):
            return None
        if self.lang != "ar" and (self._prepositional(toks[a]) or self._link_label(a, j)):
            return None  # «Puis : « … »», «Lire aussi : « … »»: no one is named there
        if self.lang == "ar" and self._ar_opens_with_verb(a):
            # «ويصف المالكي البرنامج ممازحا: …», «ويجيب الكاتب: …»: a clause, not a speaker
            # phrase; the subject after its verb speaks, or no one is named here
            return self._ar_subject_after_verb(a + 1, j)
        if self.lang == "ar" and self._ar_no_speaker_phrase(a, j):
            # «نشرت «الاقتصادية» بالعدد 7927: «…»»: where it was printed; the outlet in marks
            # right before speaks, else no one is named before the colon
            return (a - 1, a) if self.quoted_name(a - 1) else None
        if self.lang == "fr" and toks[a].norm in _fr_listing_openers():
            return None  # «Autres mesures abandonnées : « … »»: things listed, no one named
        if self.lang == "fr" and a > 0 and toks[a - 1].kind == "q" and not latin_cap(self.text, toks[a]) \
                and toks[a].norm.endswith(("é", "ée", "és", "ées")) and len(toks[a].norm) >= 4:
            return None  # «du « bonus vélo » voté hier par les élus : « … »»: the noun's participle
        if self.lang != "ar" and _name_word(self.text, toks[a]) and toks[a].norm not in stopwords(self.lang):
            e = a
            while e < j and _name_word(self.text, toks[e]):
                e += 1
            if e < j and toks[e].kind == "w" and toks[e].norm not in _name_glue() \
                    and toks[e].norm not in _fr_prep() and toks[e].norm not in _leading_prep():
                return (a, e)  # «Mathilde élève des chèvres : « … »»: the name, not its sentence
        if self.lang != "ar" and not any(
                (latin_cap(self.text, t) and (m > a or self.reg.by_name((t.norm,)) is not None
                                              # «Mireille : « … »»: a known given name alone
                                              or (self.lang == "fr" and given_name_gender(t.norm) != "?")))
                or t.norm in self.lex.people or t.norm.rstrip("s") in self.lex.people
                or t.norm in third_person_subjects()
                for m, t in enumerate(toks[a:j], a)):
            return None  # «Lire aussi: «…»», «Puis note : «…»»: no one named before the colon
        return (a, j)

    def fr_colon_reaction(self, k: int) -> tuple[int, int] | None:
        """«Une déception pour Julien X, entraîneur du club : « … »»: a short verbless heading
        (a noun with its article, «pour» and a full name, maybe an apposition) before the colon
        names whose reaction the quotation is; the name after «pour» speaks."""
        toks = self.toks
        if self.lang != "fr" or k < 5 or toks[k - 1].norm != ":":
            return None
        b = k - 1
        c = b - 1
        while c > 0 and b - c <= 8 and toks[c].kind == "w" and not latin_cap(self.text, toks[c]):
            c -= 1
        if c < b - 1 and toks[c].norm == ",":
            b = c  # «…, entraîneur du club :»: an apposition after the name
        a = b
        while a > 0 and _name_word(self.text, toks[a - 1]) and toks[a - 1].norm not in stopwords("fr"):
            a -= 1
        if b - a < 2 or a < 3 or toks[a - 1].norm != "pour":
            return None
        s = a - 1
        while s > 0 and a - 1 - s < 3 and toks[s - 1].kind == "w" and not latin_cap(self.text, toks[s - 1]) \
                and toks[s - 1].norm != "pour":
            s -= 1
        if s > 0 and toks[s - 1].kind == "w" and a - 1 - s < 3 and self._determiner(toks[s - 1]):
            s -= 1  # the article opening the sentence («Une», «Un»)
        if not self._determiner(toks[s]) or (s > 0 and toks[s - 1].kind not in ("b", "q")
                                             and toks[s - 1].norm not in (".", "!", "?")):
            return None
        return (a, b)

    def after_link(self, k: int, inside: bool = False) -> bool:
        """«Lire aussi : « … »»: the quotation ``k`` is the headline of a linked article; with
        ``inside``, also marks a few words into that headline (a term there stays a term)."""
        if self._link_before(k):
            return True
        if not inside:
            return False
        toks = self.toks
        if self.lang != "fr" or k < 1 or toks[k - 1].kind not in ("w", "p") \
                or self.text[toks[k].start - 1].isalnum() \
                or (k + 1 < len(toks) and toks[k + 1].norm == ",") \
                or len(self.text[toks[k].start:toks[k].end].split()) > _LINKED_HEADLINE_TOKENS:
            # (glued to the word before, «… en garde à vue« Tenez bon ! »», right after other
            # marks, «… des « gilets jaunes » « La France … », selon X», or a long quotation
            # and its incise, «Lire aussi : Le jour où … « Je suis heureux … », a tweeté X»:
            # the opening of the paragraph after the headline)
            return False
        # «Lire aussi : Paris craint « une très grande violence »», «Lire aussi : Rennes, ville
        # calme : « … »»: marks inside the headline, a few words after the label's colon
        c = k - 1
        while c > 1 and k - c <= _LINKED_HEADLINE_TOKENS and toks[c].kind in ("w", "p", "q"):
            if toks[c].norm == ":" and c < k - 1 and self._link_before(c + 1):
                return True
            c -= 1
        return False

    def _link_before(self, k: int) -> bool:
        """A link label («Lire aussi», its colon perhaps) right before token ``k``."""
        toks = self.toks
        j = k
        if j > 0 and toks[j - 1].norm == ":":
            j -= 1
        if j < 1 or toks[j - 1].norm.rsplit(" ", 1)[-1] not in _link_lasts(self.lang):
            return False  # every label tried below ends with the word at j - 1
        a = j
        while a > 0 and toks[a - 1].kind == "w" and j - a < 5:
            a -= 1
            if self._link_label(a, j):
                return True
        return False

    def dash_after(self, k: int) -> tuple[int, int] | None:
        """``«…» – NAME`` at the end of a line (headlines, captions)."""
        toks = self.toks
        if k + 2 < len(toks) and toks[k + 1].norm in ("-", "–", "—"):
            a = k + 2
            b = a
            while b < len(toks) and toks[b].kind == "w" and b - a < 5:
                b += 1
            if b > a and (b == len(toks) or toks[b].kind == "b"):
                return (a, b)
        return None
