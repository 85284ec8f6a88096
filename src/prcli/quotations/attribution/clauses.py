"""Clauses: what a cue says about its speaker, per language (``clause``).

``clause`` dispatches to ``_ar_clause``, ``_fr_clause`` and ``_en_clause``, which call
each other through ``_main_clause`` (a subordinate cue takes the main clause's subject), so
they live together, above the readers of the three languages.
"""

from __future__ import annotations

from functools import cache

from prcli.quotations import arabic_labels, french
from prcli.quotations.attribution.arabic import _ar_as_per
from prcli.quotations.attribution.base import Clause, _fr_det, _fr_prep, _fr_time
from prcli.quotations.attribution.cues import (
    _ar_before_noun,
    _ar_reaction_complements,
    _ar_that,
    _en_pron,
    _fr_aux,
)
from prcli.quotations.attribution.english import _English
from prcli.quotations.attribution.french import _fr_verb_phrase_stops
from prcli.quotations.attribution.phrases import _ar_label_before, _fr_break, _fr_pron
from prcli.quotations.lexicon import ar_according as _ar_according
from prcli.quotations.lexicon import (
    ar_according_lam,
    ar_as_also,
    ar_attributed_verbs,
    ar_bare_that,
    ar_body_heads,
    ar_came_in,
    ar_demonstratives,
    ar_document_nouns,
    ar_expressed_verbs,
    ar_gathering_participants,
    ar_hearers,
    ar_in_by,
    ar_in_turn,
    ar_inscribed_verbs,
    ar_its_text,
    ar_linked_openers,
    ar_ma_forms,
    ar_manner,
    ar_name_al,
    ar_name_glue,
    ar_name_objects,
    ar_name_openers,
    ar_nasab,
    ar_not_names,
    ar_not_speaker_words,
    ar_office_time_adjectives,
    ar_on_it,
    ar_openers,
    ar_person_head,
    ar_qad,
    ar_quantifiers,
    ar_relatives,
    ar_relay_verbs,
    ar_role_tail,
    ar_said_nouns,
    ar_time_words,
    ar_title_adjectives,
    ar_vague,
    en_coordinators,
    fr_clause_relatives,
    fr_de_singular,
    fr_definite_all,
    fr_plural_auxiliaries,
    fr_then_links,
    phrases,
)
from prcli.quotations.lexicon import ar_addressing_participles as _ar_addressing_participles
from prcli.quotations.lexicon import ar_adverbial_heads as _ar_adverbial_heads
from prcli.quotations.lexicon import ar_antecedent_relatives as _ar_antecedent_relatives
from prcli.quotations.lexicon import ar_body_heads as _ar_body_heads_all
from prcli.quotations.lexicon import ar_description_adjectives as _ar_description_adjectives
from prcli.quotations.lexicon import ar_legal_articles as _ar_article
from prcli.quotations.lexicon import ar_name_links as _ar_name_links
from prcli.quotations.lexicon import ar_not_subjects as _ar_not_subject
from prcli.quotations.lexicon import ar_one_of as _ar_one_of
from prcli.quotations.lexicon import ar_prepositions as _ar_prep
from prcli.quotations.lexicon import ar_side_nouns as _ar_side
from prcli.quotations.lexicon import ar_statement_nouns as _ar_statement_nouns
from prcli.quotations.lexicon import en_after_verb_stops as _en_after_stop
from prcli.quotations.lexicon import en_be_forms as _en_be
from prcli.quotations.lexicon import en_documents as _en_documents
from prcli.quotations.people import (
    ar_bi_object_verb,
    ar_genitive_lam,
    ar_name_end,
    ar_name_token,
    ar_nisba,
    ar_object_head,
    ar_on_its_behalf,
    ar_pronoun_noun,
    ar_relative_disagrees,
    ar_role_after_name,
    ar_telling_verb,
    ar_time_given_name,
    ar_verbal_noun_shape,
    latin_cap,
    stopwords,
)
from prcli.quotations.resolve import (
    ar_divine,
    ar_family_name_written,
    ar_glued_preposition,
    ar_preposition_pronoun,
    word_positions,
)
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_pairs, lazy_words, table

# Word lists that functions here read through folded_words (review22): one constant each, folded
# as tokens are.
_ar_addressees = lazy_words("prcli.quotations", "addressees_ar.txt", convert=normalize)
_ar_age_openers = lazy_words("prcli.quotations", "age_openers_ar.txt", convert=normalize)
_ar_chant_verbs = lazy_words("prcli.quotations", "chant_verbs_ar.txt", convert=normalize)
_ar_each_of = lazy_words("prcli.quotations", "each_of_ar.txt", convert=normalize)
_ar_condemning_verbs = lazy_words("prcli.quotations", "condemning_verbs_ar.txt", convert=normalize)
#: A few Arabic cardinals that count what follows them (not figures/data/numbers_ar.tsv: see the file).
_ar_cardinals = lazy_words("prcli.quotations", "cardinals_ar.txt", convert=normalize)
_ar_describing_verbs = lazy_words("prcli.quotations", "describing_verbs_ar.txt", convert=normalize)
_ar_people_plurals = lazy_words("prcli.quotations", "people_plurals_ar.txt", convert=normalize)
_ar_undergoing_verbs = lazy_words("prcli.quotations", "undergoing_verbs_ar.txt", convert=normalize)
_ar_when_subordinators = lazy_words("prcli.quotations", "when_subordinators_ar.txt", convert=normalize)

_fr_source_stop = lazy_words("prcli.quotations", "source_stops_fr.txt")
_ar_obj_pron = lazy_words("prcli.quotations", "object_pronouns_ar.txt")
_ar_told_objects = lazy_words("prcli.quotations", "told_objects_ar.txt", convert=normalize)


#: How far into a sentence opening on a preposition its comma may close the fronted adverbial
#: («وفي مؤتمر صحافي على هامش بطولة “…” الودية، رحب فلان …»).
_AR_ADVERBIAL_REACH = 12
#: How many tokens back the sentence before a reporting verb may start (a long lead sentence).
_AR_PREVIOUS_REACH = 90
#: How many tokens a dateline ending with a colon may hold («فلان- الرياض- سبق:»).
_AR_DATELINE = 8
#: How many tokens back the sentence holding a circumstantial participle («مضيفا») may start.
_AR_PARTICIPLE_REACH = 60
#: How many tokens back from a reporting verb a clause of time («فحين أصدر فلان …») may open.
_AR_WHEN_REACH = 30
_ar_age_words = lazy_words("prcli.quotations", "age_words_ar.txt")


def _ar_addressee(w: str) -> bool:
    """«لوالدة», «لعدد», «للصحفيين»: لـ glued to a noun of people spoken to (an addressee, which
    ends even a description: «وقال المحافظ لوالدة الطفل» is the governor's words)."""
    rest = w[2:] if w.startswith("لل") else w[1:]
    return rest in _ar_addressees()
_fr_incise_lead = lazy_words("prcli.quotations", "incise_leads_fr.txt")
_fr_qu_pron = lazy_pairs("prcli.quotations", "que_pronouns_fr.tsv")
#: «القائمون على»: those in charge of something and the preposition of what they run.
_ar_in_charge = lazy_pairs("prcli.quotations", "in_charge_heads_ar.tsv")
_fr_nous_vous = lazy_words("prcli.quotations", "object_nous_vous_fr.txt")
_fr_presentative_verbs = lazy_words("prcli.quotations", "presentative_verbs_fr.txt")
_fr_own_person_forms = lazy_words("prcli.quotations", "own_person_verb_forms_fr.txt")


@cache
def _fr_own_person_endings() -> tuple[str, ...]:
    """The endings («-ons», «-ez») of ``own_person_verb_forms_fr.txt`` as a tuple."""
    return tuple(sorted(w[1:] for w in _fr_own_person_forms() if w.startswith("-")))
_en_passive_reports = lazy_words("prcli.quotations", "passive_reports_en.txt")


@cache
def _ar_title_pronouns() -> dict[str, str]:
    """«سموه», «معاليها»: a title with an attached pronoun, and its gender."""
    return {normalize(row[0]): row[1] for row in table("prcli.quotations", "title_pronouns_ar.tsv")
            if len(row) >= 2}


@cache
def _ar_months() -> frozenset[str]:
    """Month names of one word (folded), from the figures' month table: «قوى 14 آذار»."""
    return frozenset(normalize(row[0]) for row in table("prcli.figures", "months.tsv")
                     if row and " " not in row[0])


def _ar_date_name(toks: list[Tok], a: int, e: int) -> bool:
    """Every figure in ``toks[a:e]`` is a day after a word and before a month's name: a body named
    after a date («قوى 14 آذار», «حركة 20 فبراير»), not a figure in a clause about numbers."""
    return all(k > a and k + 1 < e and toks[k - 1].kind == "w" and not toks[k - 1].norm[:1].isdigit()
               and toks[k + 1].norm in _ar_months() and len(toks[k].norm) <= 2
               for k in range(a, e) if toks[k].norm[:1].isdigit())


#: How many tokens the sentence opened by a relative «Qui» is read for a question mark.
_QUI_SENTENCE_TOKENS = 80


class _Clauses(_English):
    """The speaker phrase (or pronoun, or dropped subject) governed by each cue."""

    def clause(self, i: int, after_quote: bool = False) -> Clause | None:
        """The cue at token ``i`` with its speaker phrase (or pronoun number), memoized: the same
        words are asked about by the loop over words and again by each quotation near them."""
        t = self.toks[i]
        if self.lang == "ar":
            may = self._may_cue_memo.get(t.norm)  # (``_ar_may_cue`` inlined: asked for every word)
            if not (may if may is not None else self._ar_may_cue(t.norm)):
                return None  # most words: no cue, so no clause (and nothing to remember)
            after_quote = False  # the Arabic clause does not depend on it: one entry per word
        elif self.lang in ("fr", "en"):
            if t.kind != "w":
                return None
            may = self._latin_cue_memo.get(t.norm)
            if not (may if may is not None else self._latin_may_cue_word(t.norm)):
                return None  # (``_cue_at`` would find nothing: no memo entry needed)
        document = self._document
        if document != self._memo_document:
            self._clause_memo.clear()  # answers given for another document may differ
            self._memo_document = document
        key = i * 2 + after_quote
        memo = self._clause_memo
        if key in memo:
            return memo[key]
        found = self._clause(i, after_quote)
        if self._document == document:
            memo[key] = found
        return found

    def _ar_each_of_names(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """«قال كل من فلان الفلاني وفلان الفلاني»: a subject read as the bare quantifier «كل»
        before «من» and full names; the names after «من» (the run goes on over «و» to the
        second one) speak, not someone named in an earlier sentence."""
        toks = self.toks
        a = np[0]
        if np[1] - a != 1 or toks[a].norm not in _ar_each_of() or a + 2 >= len(toks) \
                or toks[a + 1].norm != "من":
            return None
        e = ar_name_end(toks, a + 2, self.lex, 5)
        if e - (a + 2) < 2:
            return None
        return (a + 2, e)

    def _clause(self, i: int, after_quote: bool) -> Clause | None:
        c = self.cue_at(i, after_quote)
        if c is None:
            return None
        kind, number, end = c
        if self.lang == "ar":
            clause = self._ar_clause(i, kind, number, end)
            if clause is not None and clause.np is not None \
                    and any(t.norm[:1].isdigit() for t in self.toks[clause.np[0]:clause.np[1]]) \
                    and not _ar_date_name(self.toks, clause.np[0], clause.np[1]):
                return None  # «سجل المؤشر 30 نقطة»: a figure, not someone speaking
            if clause is not None and clause.np is not None:
                listed = self._ar_each_of_names(clause.np)
                if listed is not None:
                    return Clause(clause.cue_start, clause.cue_end, listed, "p", clause.via, clause.speaks)
            return clause
        if self.lang == "fr":
            found = self._fr_clause(i, kind, number, end, after_quote)
            np = found.np if found is not None else None
            if found is not None and np is not None and np[1] < len(self.toks) and np[1] != i \
                    and french.body_name_in_marks(self.text, self.toks, np[1]):
                # «selon un groupe Facebook « … »»: the body's name in marks is part of the phrase
                return Clause(found.cue_start, found.cue_end, (np[0], np[1] + 1), found.number, found.via,
                              found.speaks)
            if found is not None and np is not None and self._fr_opening_qui(np):
                # «« … », assure X. Qui en appelle à « … »»: the relative opening a sentence goes on
                # about the one just quoted, as «il» would
                return Clause(found.cue_start, found.cue_end, None, "?", "pronoun")
            return found
        return self._en_clause(i, kind, number, end, after_quote)

    def _ar_clause(self, i: int, kind: str, number: str, end: int) -> Clause | None:
        if kind == "srcpron":
            if self._ar_parenthetical_source(i, kind):
                return None  # «وقال التنظيم في بيانه إن …»: the verb before has the subject
            s = self._near_sentence_start(i, 30)
            noun = next((m for m in range(s, i) if self.toks[m].kind == "w"
                         and self.toks[m].norm in _ar_statement_nouns()), None) if s >= 0 else None
            issuer = self.ar_issuer_of_statement(noun) if noun is not None \
                else self._ar_document_issuer(s, i, number) if s >= 0 else None
            if issuer is not None:
                return Clause(i, end, issuer, number, "cue")  # «أصدر المركز بيانا جاء فيه “…”»
            wrote = self._ar_text_owner(self._recent_start(i, 10), i) if self.toks[i].norm in ar_its_text() \
                else None
            if wrote is not None:
                return Clause(i, end, wrote, number, "cue")  # «وجاء رأي الوزارة بما نصه “…”»
            return Clause(i, end, None, number, "source-pronoun")
        if kind == "hal":
            return Clause(i, end, None, number, "hal")
        if kind == "qawl":
            # «نقلت الوكالة عن فلان قوله»: the speaker follows عن
            k = i - 1
            while k > 0 and i - k < 14 and (self.toks[k].kind == "w" or self.toks[k].norm in (",", "،")
                                            or (self.toks[k].kind == "q" and self.quoted_name(k))) \
                    and self.toks[k].norm != "عن" and not self._ar_attributed_to(k):
                # (a name in marks inside the phrase: «عن المدير التنفيذي لـ“…” فلان الفلاني قوله»)
                k -= 1
            if self._ar_attributed_to(k) and k + 1 < i:
                # «نسبت الوكالة إلى فلان قوله “…”»: attributed to the one after إلى, not the relay
                return Clause(i, end, self._ar_relayed_phrase(k + 1, i), number, "source")
            if self.toks[k].norm == "عن" and k + 1 < i:
                own = self._ar_expressed_about(k)
                if own is not None:
                    return own  # «عبر فلان عن الحادثة بقوله»: عن belongs to the verb, not a relay
                return Clause(i, end, self._ar_relayed_phrase(k + 1, i), number, "source")
            if self.quoted_name(i - 1):
                return Clause(i, end, (i - 1, i), number, "cue")  # «واختتم “الرشيد” بقوله»
            by_saying = self._ar_by_saying_subject(i)
            if by_saying is not None:
                return Clause(i, end, by_saying, number, "cue")  # «، ليرد عليه الكاتب فلان بقوله “…”»
            return Clause(i, end, None, number, "pro-drop")
        j = end
        toks = self.toks
        stop = len(toks)
        came = self.ar_came_document(i) if kind == "past" and toks[i].norm in ar_came_in() else None
        if came is not None:
            # «وجاء بيان اللجنة الوطنية للرقابة على الأدوية كالتالي: “…”»: the document up to
            # «كالتالي»; the body in its genitive wrote it
            speaks = (i + 2, came) if came > i + 2 and self._ar_can_speak((i + 2, i + 3)) else None
            return Clause(i, end, (i + 1, came), number, "cue", speaks)
        if self._ar_parenthetical_source(i, kind) or self._ar_came_in_place(i, kind, end):
            return None
        if self._ar_inscription(i, end):
            return None  # «لافتات كتب عليها “…”»: what is written on a thing, not someone's words
        if self._ar_considered_passive(i):
            return None  # «لازالت تعتبر الأقل»: "is considered", a predicate follows, no speaker
        owner = self._ar_own_words(i, kind, end)
        if owner is not None:
            return Clause(i, end + 1, None, owner, "source-pronoun")  # «وجاء في كلمته “…”»
        if i > 2 and toks[i - 1].norm == "ما" and toks[i - 2].norm in _ar_as_per() \
                and self._cue_before(i - 3) >= 0:
            return None  # «وأكد سامي الدريدي - حسب ما نقلته إذاعة المدينة - “…”»: where it was reported
        if i > 0 and toks[i - 1].norm in ar_ma_forms() \
                and toks[i].norm.endswith(("ه", "ها", "هم")) \
                and self._ar_cue_with_object(toks[i].norm) is not None and end < stop \
                and (self._ar_common_object(toks[end]) or (
                    toks[end].kind == "w" and toks[end].norm.startswith("ب") and len(toks[end].norm) > 3)
                     or (toks[end].kind == "q" and i > 1 and toks[i - 1].norm != "ما")) \
                and not toks[i].norm.removeprefix("و").startswith("قال"):
            # (not «هذا ما قاله روبسون»: قال takes no second object, the name after it speaks)
            return Clause(i, end, None, number, "pro-drop")  # «ما وصفها أعمال …»: an object follows
        if self._ar_about_statement(i, end):
            issuer = self._ar_statement_issuer(i) if self._cue_before(i - 1) < 0 else None
            return Clause(i, end, issuer, number, "cue") if issuer is not None else None
        if kind in ("past", "pres") and self._ar_that_pronoun_subject(i, number):
            return Clause(i, end, None, number, "pro-drop")  # «رغم أنه وصف الأجواء بـ“…”»: the object
        fronted = self._ar_fronted_subject(i) if kind in ("past", "pres") else None
        if fronted is None and kind == "past" and i > 2 and toks[i - 1].norm == "قد":
            # «وكان فلان الفلاني قد كشف الثغرة …»: after «كان» and its subject, «قد» and the verb;
            # that subject is the verb's, what follows the verb is its object
            fronted = self._ar_kana_subject(i)
        if fronted is not None:
            return Clause(i, end, fronted, number, "cue")  # «الحقوقية دعت إلى …», «الخماس انتقدت …»
        rel = self._ar_relative(i) if kind != "src" else None
        rel_gender = {"الذي": "m", "التي": "f", "الذين": "p"}.get(toks[i - 1].norm if i > 0 else "", "?")
        titled = self._ar_titled_name_before_relative(i) \
            if kind != "src" and rel_gender in ("m", "f") else None
        if titled is not None and rel_gender == number and not self._ar_subject_after(end):
            return Clause(i, end, titled, number, "cue")  # «… مدير المعهد فلان الفلاني الذي أوضح»
        if rel is not None and self._ar_can_speak(rel) and rel_gender in ("?", number) \
                and not self._ar_subject_after(end):
            return Clause(i, end, rel, number, "cue")  # «الوزارة التي وصفت الوضع بأنه …»: the antecedent
        if kind != "src" and i > 1 and toks[i - 1].norm in ar_relatives() and toks[i - 2].kind == "w" \
                and not self._ar_can_speak((i - 2, i - 1)) and (rel is None or not self._ar_can_speak(rel)) \
                and not self._ar_subject_after(end):
            if toks[i].norm.endswith(("ه", "ها", "هم")) \
                    and self._ar_cue_with_object(toks[i].norm) is not None:
                # «الحضور الذي وصفته بـ“…”»: the antecedent is the object, the subject is dropped
                return Clause(i, end, None, number, "pro-drop")
            return None  # «عدد الشكايات التي سجلت»: a verb about things, no one reports here
        plural_marked = number == "p" and kind in ("past", "pres") and toks[i].norm.endswith(("وا", "ون"))
        # «اتهموا بها الدولة», «الباحثين يؤكدون»: a verb before its subject stays singular, so a
        # plural ending means the subject is a pronoun or came first, and what follows is an object
        if kind == "src" and toks[i].norm.lstrip("و") == "في" and j < stop and toks[j].kind == "w" \
                and not toks[j].norm.startswith("ال") and toks[j].norm.endswith(("ي", "يه", "خاص", "خاصه")):
            return None  # «وقال سموه في تصريح صحفي»: what kind of statement, not whose
        if kind == "src" and toks[i].norm.removeprefix("و") == "في" and j + 1 < stop and toks[j].kind == "w" \
                and ar_preposition_pronoun(toks[j + 1].norm) and not toks[j].norm.startswith("ال"):
            return None  # «في تصريح خصت به وكالة …», «أدلى به لـ…»: its giver is the sentence's subject
        if j + 1 < stop and toks[j].norm in (",", "،") and ar_name_token(toks[j + 1], None, self.lex) \
                and not self._ar_descriptor((j + 1, j + 2)):
            j += 1  # a stray comma between the verb and its subject: «وسجل ، مزوار»
        if j < stop and toks[j].norm in _ar_title_pronouns():
            gender = _ar_title_pronouns()[toks[j].norm]
            holder = self._ar_title_holder(i, toks[j].norm, gender)
            return Clause(i, end, holder, gender, "cue" if holder is not None else "pro-drop")  # «وقال سموه»
        no_subject = kind != "src" and self._ar_no_subject_after_verb(j, stop)
        pronoun_object = j < stop and toks[j].norm in _ar_obj_pron() and not no_subject
        if pronoun_object:
            j += 1  # «كشف عنها موقع …»: the subject comes after the pronoun object
        hearer = None if kind == "src" or pronoun_object or no_subject else self._ar_hearer_first(i, j)
        if hearer is not None and hearer < 0:
            if self.text[toks[i].start:toks[i].end].endswith("تُ"):
                return Clause(i, end, None, number, "pro-drop")  # «فأخبرتُ …»: the writer told
            fronted = self._ar_name_after_that(i)
            if fronted is not None:
                return Clause(i, end, fronted, number, "cue")  # «فإن النجيفي أبلغ «الصحيفة» بأن …»
            # «فلان، أبلغ «الصحيفة» بأن …»: the one told, no subject after it; who told came before
            j, no_subject = -hearer, True
        elif hearer is not None:
            j = hearer  # «أبلغ الصحيفة مصدر مطلع أن …»: the one told, then the subject
        if kind != "src" and j + 1 < stop and toks[j].kind == "q" and self.quoted_name(j) \
                and (toks[j + 1].kind == "w" or (toks[j + 1].norm in (",", "،", ":") and j + 2 < stop
                                                 and toks[j + 2].kind == "q")
                     or arabic_labels.comma_then_complement(
                         toks, j, stop, self.lex, self.marked_words(j))
                     or self._ar_family_name_then_comma(j, stop)):
            self.in_speaker.add(j)
            return Clause(i, end, (j, j + 1), number, "cue")  # «وأضاف «العنزي» عن دور الغرفة …»
        if j + 2 < stop and toks[j].norm == "ل" and toks[j + 1].kind == "q" and self.quoted_name(j + 1):
            self.in_speaker.add(j + 1)
            j += 2  # «تقول لـ«الأنباء» سلوى الحربي»: the channel comes before the subject
            if j + 1 < stop and toks[j].norm in (",", "،") and toks[j + 1].kind == "w" \
                    and (self._ar_descriptor((j + 1, j + 2)) or ar_name_token(toks[j + 1], None, self.lex)):
                j += 1  # «وأكد لـ"الاقتصادية"، مصدر في الشركة أن …»: a comma after the channel
        if kind != "src":
            j = self._ar_medium_after_verb(j)  # (after «وفقا لصحيفة "…"» the newspaper is the source)
        told = self._ar_told_object(j) if kind != "src" and not pronoun_object and not no_subject else None
        if told is not None and told < 0:
            return Clause(i, end, None, number, "pro-drop")  # «روى قصة ابنه الذي …»: the object, no subject
        if told is not None:
            j = told  # «روى تفاصيل الحادثة والد الشاب فلان:»: the object first, then the subject
        if j + 2 < stop and toks[j].norm == "(" and toks[j + 1].kind == "w":
            e = j + 1
            while e < stop and e - j <= 5 and toks[e].kind == "w":
                e += 1
            if e < stop and toks[e].norm == ")":
                return Clause(i, end, (j + 1, e), number, "cue")  # «التي وصفتها (فوربس مغازين) بـ…»
        # (a source phrase ending on a noun of saying has its owner next, no object: «على حد تعبير
        # نيتشه», a name that ends like a possessive; not «جاء في كتابه»)
        if not (kind == "src" and toks[end - 1].norm in ar_said_nouns()) \
                and j < stop and toks[j].kind == "w" and (
                (j == end and self._ar_possessed_object(toks[j]))
                or (pronoun_object and j == end + 1 and (self._ar_possessed_object(toks[j]) or (
                    toks[j].norm.endswith(("ته", "تها", "تهم")) and not toks[j].norm.startswith("ال"))))):
            # («وحكى لنا قصته»: after «لنا» too, a possessed noun is the object)
            attached = self._ar_attached_clause_subject(i)  # («…، قبل أن يقول لضيفه “…”»)
            if attached is not None:
                return Clause(i, end, attached, number, "cue")
            return Clause(i, end, None, number, "pro-drop")  # «الذي أبدى إعجابه “…”»: the object
        j = self._ar_after_blessing(j)
        if kind == "src" and toks[i].norm.removeprefix("و") in _ar_according():
            j = self._ar_past_view_noun(j)  # «حسب وجهة نظر المغردين»: the people whose view it is
        np_a = j
        if kind != "src" and ((j + 1 < stop and self._ar_counted_object(j))
                              or (j < stop and self._ar_bi_object(j, i))
                              or (j < stop and self._ar_lone_described_object(i, j, stop))):
            # «إذ سجل أربعة أهداف»: what was counted; «طالب بإيجاد مواقع …», «وصفت الهجوم بأنه
            # “…”»: the object, no subject after the verb; one may stand ahead of it («فلان،
            # رئيس …، وصف الهجوم بأنه “…”»)
            fronted = self._ar_name_role_before_comma(i)
            return Clause(i, end, fronted, number, "cue" if fronted is not None else "pro-drop")
        while j < stop and j - np_a < 16 and not plural_marked and not no_subject:
            t = toks[j]
            described = toks[np_a].norm in self.lex.people or toks[j - 1].norm.endswith(("ي", "يه")) \
                or (toks[np_a].norm in self.lex.roles and t.kind == "q" and self._ar_marked_person_name(j))
            # («عالم السياسة الفرنسي الشهير “فلان”»; not «عضو اللجنة “تحفظ على ذكر اسمه”»)
            if t.kind == "q" and j > np_a and self.quoted_name(j) and j + 1 < stop \
                    and toks[j + 1].kind == "w" and toks[j - 1].norm.startswith("ال") and described:
                self.in_speaker.add(j)
                return Clause(i, end, (j, j + 1), number, "cue")  # «كشفت البريطانية «لويز براون» …»
            if t.kind == "q" and j > np_a and self.quoted_name(j) and toks[j - 1].norm in self.lex.roles:
                h = j + 2 if j + 1 < stop and toks[j + 1].norm in (",", "،") else j + 1
                e = ar_name_end(toks, h, self.lex, 4)
                if e - h >= 2:
                    self.in_speaker.add(j)  # the marked name belongs to the speaker's description
                    return Clause(i, end, (h, e), number, "cue")  # «وقال مؤسس “أديان” فادي ضو»
            if t.kind == "q" and j > np_a and self.quoted_name(j) and j + 2 < stop \
                    and toks[j + 1].norm == ":" and toks[j + 2].kind == "q":
                # «وأضاف موظفو “المرور”: “…”»: the words come after the colon, the marked name
                # before it belongs to who says them: the genitive of an indefinite noun, or,
                # after a definite description, the name of the one it describes («صرح الناطق
                # باسم الحكومة “فلان الفلاني”: “…”»)
                self.in_speaker.add(j)
                if toks[j - 1].norm.startswith("ال"):
                    return Clause(i, end, (j, j + 1), number, "cue")
                j += 1
                break
            if t.kind == "q" and j > np_a and self._ar_marked_genitive(j):
                self.in_speaker.add(j)
                j += 1
                break  # «وذكر موقع “…” المتخصص أن …»: the site's name in marks is part of the subject
            if t.kind == "q" and j > np_a and self.quoted_name(j) and ar_telling_verb(toks[i].norm):
                self.in_speaker.add(j)  # «وأبلغ محلل “رويترز” أن …»: the outlet told, after the subject
                break
            if t.kind != "w":
                if t.kind == "p" and t.norm == "." and j > end and toks[j - 1].end == t.start \
                        and toks[j - 1].norm in self.lex.honorifics \
                        and len(toks[j - 1].norm.removeprefix("و")) == 1:
                    # («د. فلان»: the stop of a one-letter abbreviated title; after a whole title word,
                    # «… يقول القاضي.», it ends the sentence)
                    j += 1
                    continue
                break
            w = t.norm
            if j > np_a and w[:1].isdigit() and j + 1 < stop and _ar_date_name(toks, np_a, j + 2):
                j += 2
                continue  # «وقالت حركة 20 فبراير»: a body named after a date, the month is a stop word
            base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            subject_role = j == np_a and w in self.lex.roles
            if j == np_a + 1 and j + 1 < stop and toks[j + 1].kind == "w" \
                    and toks[j + 1].norm.startswith("ال") \
                    and _ar_in_charge().get(toks[np_a].norm.removeprefix("و")) == w:
                j += 2  # «وذكر القائمون على الدراسة»: those in charge, with what they run
                continue
            if ((w in self.lex.stops and not subject_role)
                    or (base in self.lex.stops and w[:1] != "و" and not subject_role)
                    or self.cue_at(j) is not None) and not self._ar_given_name_ali(j, np_a) \
                    and not self._ar_paper_name(np_a, j) \
                    and not (j > np_a and ar_time_given_name(toks, j, self.lex)):
                break  # («وقالت متحدثة باسم …»: a role word right after the verb is its subject)
            if j == np_a + 1 and self._ar_definite_body(toks[np_a].norm) and not w.startswith(("ال", "و")):
                break  # «واعتبر البيان مدينة درعا “…”»: the object follows the body
            if w == "في" and j > np_a and j + 1 < stop and toks[j + 1].norm[:1].isdigit():
                break  # «واعتبرت المستشارة أنجيلا ميركل في 2015 أن …»: a date, not the subject
            if j > np_a and (self.text[t.start:t.end].endswith(("ًا", "اً")) or (
                    w.startswith(("مت", "مست")) and w.endswith("ا") and len(w) >= 5)):
                break  # «وقال برودكين متهكما»: an accusative of manner after the name
            if w in ("ب", "ل", "ك") and j > np_a:
                break  # «وصفتها المنظمة بـ“…”»: a detached preposition opens the complement
            if j > np_a and self._ar_bi_object_after_subject(i, j):
                break  # «وطالب الوزير بفتح تحقيق “…”»: what was asked for, after the subject
            if w in _ar_addressing_participles():
                break  # «وقال الفنان مخاطبا الجمهور “…”»: the one addressed follows, never who speaks
            if j > np_a and j + 1 < stop and toks[j + 1].norm in _ar_reaction_complements():
                break  # «ووصفت المنظمة رد فعل الوزير بـ“…”»: the noun "reaction" opens the object
            if j > np_a and w[:1] == "ب" and w[1:] in ar_manner():
                break  # «أدان الرئيس بشدة الاعتداء»: how the verb was done, after its subject
            if j == np_a + 2 and toks[np_a].norm.removeprefix("و") in _ar_one_of() \
                    and toks[np_a + 1].norm.startswith("ال") \
                    and not (w.startswith("ال") and w.endswith(("ين", "ون", "ات", "يه", "ي"))) \
                    and not any(c.isdigit() for c in w):
                break  # «ووصف أحد المغردين الحساب بـ“…”»: «أحد» and its group, then the object (not
                # an adjective of the group: «أحد المسؤولين السعوديين»)
            if j == np_a and self.text[t.start:t.end].endswith(("ًا", "اً")):
                break  # «يقول متحسرًا»: an accusative of manner, not a subject
            if j == np_a and kind != "src" and base.startswith("الم") and base.endswith("ين") \
                    and len(base) >= 8 and base not in self.lex.people and base not in self.lex.roles:
                break  # «ودعا المواطنين إلى …»: a participle's plural in -ين is no subject (that is
                # -ون), the object (not a place: «الكرملين», «الأرجنتين» open with no م; after a
                # source's preposition it is the genitive: «حسب وجهة نظر المدونين»)
            if j > np_a and kind != "src" and self._ar_manner_participle(j) \
                    and ar_name_token(toks[j - 1], None, self.lex):
                break  # «أجاب فلان ضاحكا “…”»: how the named subject said it, not a word of the name
            if j == np_a and kind != "src" and self._ar_manner_participle(j):
                break  # «وأضاف مبتسما: “…”», «وتابعت متحمسة: “…”»: how it was said, not who said it
            if j == np_a and kind != "src" and j + 1 < stop and (toks[j + 1].norm in _ar_prep()
                                                or toks[j + 1].norm in _ar_adverbial_heads()) \
                    and w.endswith("ا") and self._ar_participle_shape(j):
                break  # «وقال باكيا في القاعة “…”»: the manner, then where or to whom it was said
            if j == np_a and w == "عبر" and not self._followed_by(j, ("عن",)):
                break  # «وقال عبر حسابه في “تويتر”: …»: the channel, the subject is dropped
            if j == np_a and self._ar_preposition_phrase(w) and not self._ar_glued_source(i, j) \
                    and not self._ar_lam_registered_surname(j):
                break  # «أفادت لإقليم …», «ذكرت بالتاريخ …»: not a subject
            raw = self.text[t.start:t.end]
            if j >= np_a + 2 and len(w) >= 4 and raw.endswith(("ه", "ها", "هم")) \
                    and not w.startswith(("ال", "و")) \
                    and toks[j - 1].norm.startswith("ال") and not toks[np_a].norm.startswith("ال") \
                    and toks[j - 1].norm not in self.lex.honorifics and not w.endswith("الله") \
                    and w not in self.lex.roles and w not in self.lex.people \
                    and not ar_on_its_behalf(w):
                # (not «والمتحدث الرسمي باسمه فلان»: "on its behalf" goes on with the role)
                break  # «نفى مجلس المستشارين تدخله»: a noun with a pronoun after a body's name, the object
            if j == np_a + 1 and ar_pronoun_noun(raw) \
                    and w not in self.lex.people and w not in self.lex.roles \
                    and (self._ar_title_word(toks[np_a].norm) or toks[np_a].norm in self.lex.people):
                break  # «وكتب الباحث مقاله بإيراد …»: a noun with its pronoun ـه after a title, the object
            if j > np_a and len(raw) >= 4 and raw.endswith(("ته", "ثه")) \
                    and (ar_name_token(toks[j - 1], None, self.lex) or toks[j - 1].norm.startswith("ال")):
                break  # «وختم بنجبلي حديثه»، «بن كيران بصوته»: the object's pronoun, after the name
            if j >= np_a + 2 and w.startswith("ب") and not w.startswith(("بن", "بو", "بل")) \
                    and toks[j - 1].norm.startswith("ال") and ar_name_token(toks[j - 2], None, self.lex) \
                    and toks[j - 2].norm not in _ar_name_links() \
                    and j - 3 >= np_a and self._ar_title_word(toks[j - 3].norm):
                break  # «وأشاد المدرب خالد العمري بأداء اللاعبين»: after title, name and family name
            if j >= np_a + 2 and w.startswith("ال") and len(w) > 4 and not w.endswith(("ي", "يه")) \
                    and w not in self.lex.roles and w[2:] not in self.lex.roles and w not in self.lex.people \
                    and w not in self.lex.honorifics and w not in self.lex.stops \
                    and self._ar_family_name_at(j - 1) and not toks[j - 2].norm.startswith("ال") \
                    and ar_name_token(toks[j - 2], None, self.lex) \
                    and not ar_glued_preposition(toks[j - 2].norm) \
                    and toks[j - 1].norm not in ar_name_al() \
                    and j + 1 < stop and toks[j + 1].kind == "w" and toks[j + 1].norm.startswith("ال"):
                break  # «ووصف فلان الفلاني المنظر الحالي …»: a definite phrase after a full name, the object
            if j >= np_a + 2 and self._ar_complement_after_name(np_a, j):
                break  # «أشاد الوزير فلان فلاني بجهود الحكومة»: بـ/لـ before a definite noun after a name
            if j >= np_a + 2 and self._ar_labelled_construct(j):
                break  # «وصف المدير فلان الفلاني قرار التأجيل بـ“…”»: a construct after a full name, the
                # object the verb calls so («… دلف الكبيسي ان»: a name, no label after it)
            if j >= np_a + 2 and self._ar_object_noun_before_marks(j, stop):
                break  # «ولا يرى المحلل فلان الفلاني إمكانية “…”»: a noun after a full name, the object
            if j > np_a and ar_object_head(w):
                break  # «ولا يرى فلان إمكانية “…”», «أكد فلان عدم صحة …»: the object's head
            if j > np_a and w in ar_time_words() and j + 1 < stop \
                    and toks[j + 1].norm in ar_time_words():
                break  # «وقال الوزير فلان الشهر الماضي إن …»: a time after the subject, not its name
            if j > np_a and base in ar_relay_verbs():
                break  # «وفق مواقع إخبارية عديدة نقلت كلمته»: a verb of relaying opens a clause of its own
            if j > np_a and self._ar_known_surname_before(j, np_a):
                break  # «ووصف كيري العمليات …» after «جون كيري»: the name has ended, the object opens
            if j == np_a + 1 and self._ar_surname_then_possessed(np_a):
                break  # «ونقلت الصحيفة عن الحايك تأييد حكومته لـ“…”»: the family name, then the object
            if j >= np_a + 2 and self._ar_described_object_at(i, np_a, j):
                break  # «وصف رئيس المجلس فلان الفلاني إقرار القانون باللحظة “…”»: the object opens
            if j > np_a and w in _ar_age_openers() \
                    and ar_name_token(toks[j - 1], None, self.lex):
                break  # «قال فلان البالغ من العمر …»: the name has ended, his age follows
            if j > np_a and ar_role_after_name(toks, j) and ar_name_token(toks[j - 1], None, self.lex):
                break  # «وقال فلان نجم فريق …»: a role head after the name opens his apposition
            if j > np_a and w == "عبر" and not self._followed_by(j, ("عن",)):
                break  # «وقال سينج عبر الهاتف»: "through", not a verb, ends the subject
            if j > np_a and self._ar_accusative(j, j + 1):
                break  # «وقال عبود الخضري موجها حديثه»: a circumstantial participle after the name
            if j >= np_a + 2 and w.endswith("ا") and len(w) >= 4 and not w.startswith("ال") \
                    and not toks[j - 1].norm.endswith("ا") and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex):
                break  # «وحققت ديانا حداد نجاحا جماهيريا»: an accusative object after a full name
            if j == np_a + 2 and w.endswith("ه") and not w.startswith(("ال", "و")) and len(w) >= 4 \
                    and w not in self.lex.roles and w not in self.lex.people and w not in self.lex.stops \
                    and toks[np_a].norm not in ar_name_openers() \
                    and self._ar_family_name_at(j - 1) and j + 1 < stop and toks[j + 1].kind == "w" \
                    and toks[j + 1].norm.startswith("ال") and not toks[j + 1].norm.endswith("ي"):
                break  # «وانتقد خالد المراكشي سلبية القطاع»: a construct noun after a full name, the object
            if j > np_a + 1 and w in ar_not_names() \
                    and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex) \
                    and "باسم" not in (toks[j - 1].norm, toks[j - 2].norm):
                break  # «اتهم رئيس الوزراء فلان تنظيم “داعش”»: the object after the name
            if w in _ar_not_subject() or base in _ar_not_subject():
                break  # «ووصف نفسه بأنه …»: an object or a complement clause, not who speaks
            if j >= np_a + 2 and w.startswith("ال") and j + 1 < stop \
                    and toks[j + 1].norm in _ar_label_before() and toks[j + 1].norm != "ب":
                break  # «ووصف الوزير فلان الفلاني القرار بأنه “…”»: the object the verb calls so
            if j == np_a + 1 and self._ar_described_after_role(i, j, stop):
                break  # «ووصف الوزير الخطوة بـ“…”», «ووصف فلان الهجوم بأنه “…”»: the object
            if j >= np_a + 2 and (w in self.lex.roles or base in self.lex.roles) \
                    and toks[j - 1].norm not in ar_nasab() \
                    and toks[j - 1].norm not in ar_not_speaker_words() \
                    and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex) \
                    and self._ar_descriptor((np_a, np_a + 1)):
                break  # «الخبير بيار تيرزيان مدير مجموعة …»: the person, not the body he heads
                # (not after an elative, whose genitive the role is: «الفائز بلقب أفضل لاعب»)
            if j > np_a and ((w.startswith("ل") and not w.startswith(("لا", "ال"))) or w.startswith("بال")) \
                    and (not (self._ar_descriptor((np_a, np_a + 1)) or self._ar_glued_source(i, np_a))
                         or _ar_addressee(w)) \
                    and not (j == np_a + 1 and w.startswith("ل")
                             and self._ar_document_head(toks[np_a].norm)) \
                    and not self._ar_surname_in_lam(np_a, j):
                # («وأوضح بلاغ للجنة الجهوية أن …»: a statement's issuer after لـ belongs to it)
                break  # «مريم بلكلوش لفرانس برس», «وأشاد ايمري بالمدير»: a name ends before لـ/بالـ
            j += 1
        if j == np_a:
            if kind == "src":
                return None
            if toks[i].norm.removeprefix("و").removeprefix("ف") in _ar_chant_verbs():
                return None  # «سارت تظاهرة … وهتفت “…”»: a crowd chanted, not the last speaker
            q = i - 2 if i > 1 and toks[i - 1].norm in ar_qad() else i - 1
            if q >= 0 and self.quoted_name(q) and not self._ar_opens_clause(toks[i].norm):
                self.in_speaker.add(q)
                return Clause(i, end, (q, q + 1), number, "cue")  # «لكن “العرفج” يقول», «“كيربي” قد قال»
            topic = self._ar_relative(i) or self._ar_attached_clause_subject(i) \
                or self._ar_nearer_cue_subject(i) or self._ar_topic(i) \
                or self._ar_subject_past_relative(i, number) or self._ar_subject_before(i) \
                or (self._ar_plural_after_that(i) if number == "p" else None) \
                or self._ar_fronted_before_comma(i) or self._ar_name_role_before_comma(i) \
                or self._ar_kana_subject(i) or self._ar_named_topic(i) \
                or self._ar_described_topic(i)
            if topic is not None:
                return Clause(i, end, topic, number, "cue")
            # («وأشار إلى أنه اتفق مع فلان …، وقال»: the opening verb's dropped subject goes on)
            named = None if self._ar_opens_with_dropped_subject(i) \
                else self._ar_opening_reporter(i, number) or self._ar_named_in_sentence(i, number)
            named = named or self._ar_relative_clause_subject(i, number)
            if named is not None:
                return Clause(i, end, named, number, "cue")
            both = self._ar_dual_subject(i) if number == "p" and toks[i].norm.endswith("ا") else None
            if both is not None:
                return Clause(i, end, both, number, "cue")  # «… اعترضا على …، وأكدا أن …»
            return Clause(i, end, None, number, "pro-drop")
        if self._ar_accusative(np_a, j):
            return None if kind == "src" else Clause(i, end, None, number, "pro-drop")
        if kind != "src" and self._ar_described_thing(np_a, j):
            return Clause(i, end, None, number, "pro-drop")  # «وبعد أن أبرز الطابع “السلمي”»: the object
        if kind == "src" and ((toks[i].norm in _ar_according() and i > 0 and toks[i - 1].kind == "w")
                              or (toks[i].norm.removeprefix("و") in _ar_according()
                                  and self._ar_demonstrative_thing(np_a))
                              or (toks[i].norm in _ar_according() and self._ar_norm_noun(np_a))):
            # (inside a clause, «سيقرر حسب الظروف»; not «وبحسب الإليزيه، …» nor «، بحسب الشاهد …»,
            # which open or set off an attribution)
            owner = self._ar_according_to_thing(np_a)
            if owner is not None:
                # «حسب العمق», «وفقا لاتفاق …»: a measure, no one who speaks; «بحسب زعمه»: the
                # pronoun's owner, whoever the reader knows
                return None if owner == "-" else Clause(i, end, None, owner, "source-pronoun")
        np = (np_a, self._ar_where_from(np_a, j))
        kind_end = self._ar_of_its_kind(np, j)
        if kind_end is not None:
            np, j = (np[0], kind_end), kind_end  # «وأفاد المسح الميداني الأول من نوعه …»
        gathered = self._ar_gathering_of(np, j)
        if gathered is not None:
            return Clause(i, end, gathered, number, "cue")  # «وأعرب المشاركون في القمة عن …»
        if toks[i].norm.removeprefix("و") in _ar_condemning_verbs():
            if not self._ar_can_speak(np):
                return Clause(i, end, None, number, "pro-drop")  # «استنكرت العملية الإرهابية»: the object
            np = self._ar_before_object(np)
        issuer = self._ar_issuer(np)
        if issuer is not None:
            np = issuer
        if toks[np_a].norm in _ar_article():
            return Clause(i, end, self._ar_document(np_a), number, "cue")
        # apposition after the phrase: «قال رئيس الحكومة، عزيز أخنوش،»
        # (a title may open it: «وقالت المديرة العامة للوكالة، السيدة سلمى بنعلي، …»;
        # a place may come first: «وأوضح رئيس قسم مكافحة الملاريا في النيجر، عمر باكاري،»)
        if j + 2 < stop and toks[j].norm in ar_in_by() and self._ar_descriptor(np):
            # (the place may take a word or two more: «باحث الخزف في المتحف الوطني للفنون،
            # الدكتور فلان الفلاني، …»)
            chained = self._ar_name_after_chain(np, j, i) if self._ar_person_head(np) else None
            chained = self._ar_before_pledged(i, chained)
            if chained is not None:
                # «وأكد المنسق في الجمعية فلان الفلاني، أن …»: the place's chain runs on to the
                # holder's name, which the comma closes (no apposition after it)
                return Clause(i, end, chained, number, "cue")
            c = j + 1
            while c < stop and c - j <= 3 and toks[c].kind == "w" and toks[c].norm not in _ar_that() \
                    and self.cue_at(c) is None:
                c += 1
            if c > j + 1 and c < stop and toks[c].norm in (",", "،"):
                j = c
        named = self._ar_spokesman_of_statement(j) or self._ar_name_after_place(np, j) \
            or self._ar_name_after_relative(np, j) or self._ar_name_after_description(np, j) \
            or self._ar_name_after_owner_pronoun(np, j) or self._ar_name_after_marked_body(np, j)
        if named is None and j < stop and toks[j].norm != "في" and np[1] - np[0] <= 3 \
                and self._ar_person_head(np):
            # «وقالت الناجية من الفيضان فلانة الفلانية إن …»: a short role phrase (a few words,
            # not a whole clause run on), «من» and its complement, then the holder's name
            named = self._ar_name_after_chain(np, j, i)
        named = self._ar_before_pledged(i, named)
        if named is not None:
            return Clause(i, end, named, number, "cue")
        appo = self._ar_quoted_apposition(np, j)
        if appo is not None:
            self.in_speaker.add(appo)
            return Clause(i, end, (appo, appo + 1), number, "cue")
        comma = j
        if self._ar_descriptor(np):
            # «رئيس بعثة … لسابع أكتوبر، إيان ليدل غرانجي،»: a date word or two may end the
            # description (a month is a stop word) before the comma of a registered name
            while comma < stop and comma - j < 2 and toks[comma].kind == "w" \
                    and toks[comma].norm not in _ar_that() and self.cue_at(comma) is None:
                comma += 1
            if comma > j and not self._ar_registered_after(comma):
                comma = j
        if comma < stop and toks[comma].norm in (",", "،"):
            h = comma + 1
            if h < stop and toks[h].norm in self.lex.honorifics:
                h += 1
            k = ar_name_end(toks, h, self.lex, 4)
            names = list(range(h, k))
            if len(names) >= 2 and k < stop and toks[k].kind in ("p", "b") and self._ar_descriptor(np) \
                    and not any(ar_preposition_pronoun(toks[m].norm) for m in names) \
                    and toks[h].norm not in _ar_adverbial_heads():
                # (not «…، جاء منها»: a clause with a preposition and its pronoun, no name; not
                # «في محافظة …، جنوبي البلاد،»: a noun of place says where, it names no one)
                np = (names[0], k)
        return Clause(i, end, np, number, "cue", self._ar_statement_body(np))  # «وجاء في بيان الوزارة»

    def _ar_opening_reporter(self, i: int, number: str) -> tuple[int, int] | None:
        """«وقال داوود إن حزبه …، ودافع عن قراره بفصل النائب فلان الفلاني، وقال “…”»: a verb with
        no subject joined by «، و» to a sentence opened (after openers) by a reporting verb whose
        subject is written right after it and closed by «إن/أن», a person registered by name who
        agrees: that subject
        goes on through the verbs joined to the sentence; a full name further on is an object or
        a complement. Not when a quotation stands earlier in the sentence (its speaker goes on)."""
        toks = self.toks
        if i < 3 or toks[i].norm[:1] not in "وف" or toks[i - 1].norm not in (",", "،"):
            return None
        floor = self._recent_start(i)
        s = i - 1
        while s > floor and toks[s - 1].norm not in (".", "!", "؟", "?", ":"):
            if toks[s - 1].kind == "q" and not self.quoted_name(s - 1):
                return None
            s -= 1
        v = s
        while v < i and toks[v].kind != "w":
            v += 1
        while v + 1 < i and toks[v].norm in ar_openers():
            v += 1
        cue = self.cue_at(v) if v + 1 < i else None
        if cue is None:
            return None
        c = self.clause(v)
        if c is None or c.np is None or c.np[1] >= i or c.np[0] != cue[2] \
                or toks[c.np[1]].norm not in _ar_that():
            return None  # (the subject right after the verb and closed by «إن/أن», not one found elsewhere)
        last = toks[c.np[1] - 1]
        p = self.reg.by_name((last.norm,)) if last.kind == "w" else None
        if p is None or not p.named or len(p.keys) < 2 or p.keys[-1] != last.norm \
                or p.gender not in ("?", number):
            return None
        return c.np

    def _ar_of_its_kind(self, np: tuple[int, int], j: int) -> int | None:
        """«التقرير السنوي الأول من نوعه», «المعرض الأكبر من نوعه»: a description closed by a
        definite adjective (an ordinal, an elative) goes on through «من نوعه/نوعها»
        (``of_its_kind_ar.txt``), not a source after «من»; where the phrase then ends."""
        toks = self.toks
        a, b = np
        if b - a < 2 or b != j or not toks[b - 1].norm.startswith("ال"):
            return None
        for ph in phrases("of_its_kind_ar.txt"):
            e = j + len(ph)
            if e <= len(toks) and tuple(t.norm for t in toks[j:e]) == ph:
                return e
        return None

    def _ar_gathering_of(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«أعرب المشاركون في القمة عن …»: a plural participle of taking part alone
        (``gathering_participants_ar.txt``) is described by the gathering after «في» (a definite
        noun and its definite adjectives, «في القمة العربية»): the whole phrase is the speaker."""
        toks = self.toks
        a, b = np
        if b - a != 1 or b != j or toks[a].norm.removeprefix("و") not in ar_gathering_participants():
            return None
        g = j + 1
        if g >= len(toks) or toks[j].norm != "في" or toks[g].kind != "w" \
                or not toks[g].norm.startswith("ال") or len(toks[g].norm) < 4 \
                or toks[g].norm in self.lex.stops:
            return None
        e = g + 1
        while e - g <= 3 and e < len(toks) and toks[e].kind == "w" and ar_nisba(toks[e].norm, 0) \
                and toks[e].norm not in self.lex.stops:
            e += 1  # («في القمة العربية»: the gathering's adjectives)
        return a, e

    def _ar_told_object(self, j: int) -> int | None:
        """«روى تفاصيل الحادثة والد الشاب فلان: …», «كشف ملابسات القضية مصدر أمني»: a noun that is
        only what is told (``told_objects_ar.txt``) right after the verb is its object put before the
        subject. Where the subject starts past that object, its genitive and their definite
        adjectives; -1 when no person follows (the subject is dropped: «روى قصة ابنه الذي …», where
        the pronoun is his own); None when the word is no such noun."""
        toks = self.toks
        stop = len(toks)
        if j >= stop or toks[j].kind != "w" or toks[j].norm not in _ar_told_objects():
            return None
        e = j + 1
        if not toks[j].norm.startswith("ال") and e < stop and toks[e].kind == "w" \
                and toks[e].norm not in self.lex.stops:
            if toks[e].norm.endswith(("ه", "ها", "هم")) and not toks[e].norm.startswith("ال") \
                    and self.text[toks[e].end - 1] != "ة":
                return -1  # «قصة ابنه», «تفاصيل رحلتها»: the genitive's pronoun is the dropped subject
            e += 1  # the genitive: «تفاصيل الحادثة», «قصة نجاح»
        while e < stop and e - j < 5 and toks[e].kind == "w" and toks[e].norm.startswith("ال") \
                and not self._ar_person_opening(e):
            e += 1  # its adjectives or a second genitive: «تفاصيل الحادثة المروعة»
        return e if e < stop and self._ar_person_opening(e) else -1

    def _ar_hearer_first(self, i: int, j: int) -> int | None:
        """«أبلغ الصحيفة مصدر مطلع أن …», «فلان، أخبر مجلة “…” أن …»: a listed hearer
        (``hearers_ar.txt``) right after a verb of telling is its object put before the subject,
        with its genitive (a word or a name in marks, then a body head too) and definite
        adjectives. Where the subject starts past it; minus where the hearer ends when no person
        follows (the subject came first or was dropped; a verb written «أخبرتُ» is the writer's);
        None when the verb tells no one or the word is no hearer."""
        toks = self.toks
        stop = len(toks)
        if j >= stop or not ar_telling_verb(toks[i].norm):
            return None
        if self.text[toks[i].start:toks[i].end].endswith("تُ"):
            return -j  # «فأخبرتُ …»: the writer told, no subject follows
        if toks[j].kind == "w" and ar_name_token(toks[j], None, self.lex) and self._ar_name_after_that(i):
            return -max(j + 1, ar_name_end(toks, j, self.lex))  # «إن بوتين أبلغ نتنياهو بأن …»: the one told
        if toks[j].kind == "q" and self.quoted_name(j):
            self.in_speaker.add(j)  # «أبلغ «الشرق الأوسط» مسؤول أن …»: the outlet told, a name in marks
            e = j + 2 if j + 1 < stop and toks[j + 1].norm in (",", "،") else j + 1
            return e if e < stop and self._ar_person_opening(e) else -e
        if toks[j].kind != "w" or (toks[j].norm not in ar_hearers()
                                   and toks[j].norm not in ar_body_heads()):
            return None
        e = j + 1
        if not toks[j].norm.startswith("ال") and e < stop and (
                toks[e].kind == "q" or (toks[e].kind == "w" and toks[e].norm not in self.lex.stops)):
            e += 1  # the genitive: «وكالة الأنباء», «مجلة “…”»
        while e < stop and e - j < 5 and toks[e].kind == "w" and toks[e].norm.startswith("ال") \
                and not self._ar_person_opening(e):
            e += 1  # its adjectives: «وكالة الأنباء الألمانية»
        return e if e < stop and self._ar_person_opening(e) else -e

    def _ar_name_after_that(self, i: int) -> tuple[int, int] | None:
        """«إن بوتين أبلغ …», «فإن النجيفي أبلغ …»: a name of one to three words (the last may
        be a definite word) between «أن»/«إن» and the verb is its subject written first."""
        toks = self.toks
        k = i
        if i > 1 and toks[i - 1].kind == "w" and toks[i - 1].norm.startswith("ال"):
            k = i - 1  # «إن الوزارة أبلغت …», «فإن النجيفي أبلغ …»: a definite word closes it
        while k > 0 and i - k < 3 and ar_name_token(toks[k - 1], None, self.lex):
            k -= 1
        if k == i or k == 0 or toks[k - 1].kind != "w":
            return None
        w = toks[k - 1].norm
        return (k, i) if w in _ar_that() or (w[:1] in "وف" and w[1:] in _ar_that()) else None

    def _ar_person_opening(self, k: int) -> bool:
        """The word at ``k`` opens a phrase naming who speaks: a role, a person noun, a title or a
        kinship noun (bare or with ال), or a vague source («مصدر», «مصادر»)."""
        t = self.toks[k]
        return t.kind == "w" and ar_person_head(t.norm, self.lex, vague=True, kin_forms=True)

    def _ar_bi_object(self, j: int, verb: int) -> bool:
        """«طالب بإيجاد مواقع خاصة», «وعد باستكمال المشروع»: a verbal noun glued to «بـ» right
        after the verb is the verb's object (what was asked for, promised); a subject never opens
        with a preposition. (A noun with «بال» may be an object fronted before the subject,
        «أشاد بالمبادرة رئيس البلدية», and is left alone.)"""
        t = self.toks[j]
        w = t.norm
        if t.kind != "w" or len(w) < 5 or not w.startswith("ب") or w.startswith("بال") \
                or self.reg.by_name((w,)) is not None:
            return False
        if j == verb + 1 and not w.startswith(("بن", "بو")) and ar_bi_object_verb(self.toks[verb].norm):
            return True  # «وتعهدت بحلول سريعة»: a verb whose object takes «بـ» (bi_object_verbs_ar.txt)
        raw = self.text[t.start:t.end]
        # only the shapes no name takes: إفعال with its hamza written («بإيجاد», «بإطلاق»),
        # استفعال («باستكمال») and تفعيل («بتطوير»); a bare alif may open a name («باراك»)
        return ar_verbal_noun_shape(w[1:]) and (
            raw[1:2] in ("إ", "أ") or w[1:].startswith("است") or (w[1] == "ت" and w[-2] == "ي"))

    def _ar_family_name_then_comma(self, j: int, stop: int) -> bool:
        """«وقال “العفيصان”، خلال حفل …», «ودعا “الجميل”، المولى أن …»: a marked word right after
        the verb, then a comma and more of the sentence, that the article writes elsewhere as
        the end of a personal name (``ar_family_name_written``) is the subject, whatever
        complement the comma opens."""
        toks = self.toks
        if j + 2 >= stop or toks[j + 1].norm not in (",", "،") or toks[j + 2].kind != "w":
            return False
        inner = self.text[toks[j].start + 1:toks[j].end - 1]
        return inner.strip()[-1:] not in ".!?؟…" and ar_family_name_written(toks, inner.split(), self.lex)

    def _ar_marked_person_name(self, q: int) -> bool:
        """The words in the marks at ``q`` read as a personal name: two or three words, none a
        particle, preposition or stop word («“ريجيس ديبريه”», not «“تحفظ على ذكر اسمه”»)."""
        raws = self.marked_words(q)
        words = [normalize(w) for w in raws]
        objects = ar_name_objects()
        return 2 <= len(words) <= 3 and not any(
            w in self.lex.stops or w in _ar_prep() or w in self.lex.cues or w in objects
            or r.endswith(("ه", "ها", "هم")) for w, r in zip(words, raws, strict=True))
        # (not «“رفض ذكر اسمه”»: a verb, a pronoun)

    def _ar_described_object_at(self, i: int, a: int, j: int) -> bool:
        """After a verb of calling something so at ``i`` (describing_verbs_ar.txt), whose subject
        opens at ``a``: an indefinite word at ``j`` right after a definite one that closes a body
        and its adjectives («الحكومة الإسبانية») or a full name («فلان الفلاني»), with «بـ» a few
        words on, is the object called so, not a word of the subject."""
        toks = self.toks
        if not self._ar_describing_verb(i):
            return False
        w, prev = toks[j].norm, toks[j - 1].norm
        if w.startswith(("ال", "و")) or not prev.startswith("ال") or w in self.lex.roles \
                or w in self.lex.people or w in self.lex.honorifics or w in self.lex.stops \
                or w in _ar_name_links() or w in ar_name_glue():
            return False
        head = toks[a].norm
        body = head.startswith("ال") and head[2:] in _ar_body_heads_all() \
            and all(t.kind == "w" and t.norm.startswith("ال") for t in toks[a:j])
        named = self._ar_family_name_at(j - 1) and ar_name_token(toks[j - 2], None, self.lex) \
            and not (prev in ar_name_al() and toks[j - 2].norm in ar_name_glue())
        # (not «عبد العزيز بوتفليقة العراق بأنه»: «عبد العزيز» is one given name, the family name follows)
        if not (body or named):
            return False
        for k in range(j + 1, min(len(toks), j + 7)):
            if toks[k].kind != "w":
                return toks[k].kind == "q" and toks[k - 1].norm == "ب"
            if toks[k].norm[:1] == "ب" and not toks[k].norm.startswith(("بن", "بو")):
                return True
        return False

    def _ar_describing_verb(self, i: int) -> bool:
        """The token at ``i`` is a verb of calling something so (``describing_verbs_ar.txt``),
        bare or after و/ف, with no object pronoun («ووصف», «وصفت»; not «وصفه»)."""
        v = self.toks[i].norm
        verbs = _ar_describing_verbs()
        return v in verbs or (v[:1] in "وف" and v[1:] in verbs)

    def _ar_label_at(self, k: int, stop: int) -> bool:
        """The label of a verb of calling something so opens at ``k``: «بأنه/بأنها/بأنهم», or
        «بـ» right before the marks («بـ“…”»)."""
        toks = self.toks
        if k >= stop or toks[k].kind != "w" or toks[k].norm not in _ar_label_before():
            return False
        return toks[k].norm != "ب" or (k + 1 < stop and toks[k + 1].kind == "q")

    def _ar_lone_described_object(self, i: int, j: int, stop: int) -> bool:
        """«وصفت الهجوم بأنه “…”», «وصف الديون بأنها “…”», «وصف الإسلام بـ“…”»: a verb of calling
        something so with no object pronoun (or its verbal noun) needs its object before the label;
        one word alone between them is that object (or, read as a passive, the one so called),
        not who speaks: the subject came before the verb, or is not named."""
        toks = self.toks
        if not self._ar_describing_verb(i) or j != i + 1 or toks[j].kind != "w":
            return False
        if self._ar_label_at(j + 1, stop):
            return True
        # «وصف معركة الاستحواذ بأنها “…”»: a noun in ة (no role, title or person noun) in
        # construct with a definite one, alone before the label, is that object too
        w, raw = toks[j].norm, self.text[toks[j].start:toks[j].end]
        return raw.endswith("ة") and not w.startswith("ال") and j + 1 < stop and toks[j + 1].kind == "w" \
            and toks[j + 1].norm.startswith("ال") and not self._ar_title_word(w) \
            and not self._ar_title_word(toks[j + 1].norm) and self._ar_label_at(j + 2, stop)

    def _ar_described_after_role(self, i: int, j: int, stop: int) -> bool:
        """«ووصف الوزير الخطوة بـ“…”», «ووصف فلان الهجوم بأنه “…”»: after a verb of calling
        something so, a role word or a one-word name as its subject, then a definite common noun
        right before the label: that noun is the object the verb calls so, not part of the
        subject. Not an adjective of the subject («الوزير السعودي», «الرئيس الجديد»: ي/ية, a
        description or a title adjective)."""
        toks = self.toks
        if not self._ar_describing_verb(i) or not self._ar_label_at(j + 1, stop):
            return False
        w, prev = toks[j].norm, toks[j - 1]
        lex = self.lex
        if not w.startswith("ال") or len(w) < 5 or w.endswith(("ي", "يه", "ين", "ون")) \
                or w in lex.stops or w in ar_name_al() or self._ar_title_word(w) \
                or w in ar_office_time_adjectives() or w in ar_title_adjectives() \
                or w in _ar_description_adjectives():
            return False
        p = prev.norm
        if p in lex.roles or p[2:] in lex.roles or p in lex.people:
            return True
        # a one-word name: one the article writes again (a surname), not a noun in ة in construct
        # with the definite word («وصف معركة الاستحواذ بأنها …»)
        return not p.startswith("ال") and ar_name_token(prev, None, lex) and p not in lex.stops \
            and not self.text[prev.start:prev.end].endswith("ة") and len(word_positions(toks, p)) > 1

    def _ar_surname_then_possessed(self, a: int) -> bool:
        """«عن المعلم دعم بلاده», «نقل عن الحربي رفض حكومته»: a family name with ال alone (no
        title, role or body word), then an indefinite noun whose genitive carries a pronoun: a
        construct that is the verb's object, so the name ends at ``a``."""
        toks = self.toks
        if a + 2 >= len(toks) or not all(t.kind == "w" for t in toks[a:a + 3]):
            return False
        w, nxt, gen = toks[a].norm, toks[a + 1].norm, toks[a + 2]
        raw = self.text[gen.start:gen.end]
        lex = self.lex
        return w.startswith("ال") and len(w) > 4 and w not in lex.people and w not in lex.honorifics \
            and w[2:] not in lex.roles and w not in lex.stops and w[2:] not in _ar_body_heads_all() \
            and not nxt.startswith(("ال", "و")) and nxt not in lex.stops and nxt not in lex.roles \
            and nxt not in lex.honorifics and raw.endswith(("ه", "ها", "هم", "هما")) \
            and not gen.norm.startswith("ال") and len(gen.norm) >= 4
    def _ar_complement_after_name(self, np_a: int, j: int) -> bool:
        """«أشاد الوزير فلان فلاني بجهود الحكومة»: a word glued to بـ/لـ before a definite noun
        (``ar_genitive_lam``), after two words of a name whose last comes back in the article, opens
        the verb's complement. Not a role's genitive («مدير برنامج بادر لحاضنات …»), not after a
        noun with its pronoun («اتهم فلان مؤلفه فلان بتعميق …»), not «بن/بو/بل» of a name, nor a
        definite word («للتواصل الاجتماعي») nor the second word of a compound («بدر الدين»)."""
        toks = self.toks
        w = toks[j].norm
        if not ar_genitive_lam(toks, j) or w.startswith(("بن", "بو", "بل", "لل", "بال")) \
                or toks[j + 1].norm in ar_name_al() or not self._ar_met_surname(j - 1):
            return False
        if j - 3 >= np_a and toks[j - 3].norm in self.lex.roles:
            return False
        if any(ar_pronoun_noun(self.text[toks[m].start:toks[m].end]) for m in (j - 2, j - 1)):
            return False
        return ar_name_token(toks[j - 1], toks[j - 2].norm, self.lex) \
            and ar_name_token(toks[j - 2], None, self.lex) and toks[j - 2].norm not in _ar_name_links()

    def _ar_labelled_construct(self, j: int) -> bool:
        """«وصف المدير فلان الفلاني قرار التأجيل بـ“…”»: after a full name closed by a family name
        with ال, an indefinite noun and a definite one right before the label («بـ», «بأنه») or the
        marks are the object the verb calls so, not more of the name."""
        toks = self.toks
        t = toks[j]
        w = t.norm
        if w.startswith(("ال", "و")) or j + 2 >= len(toks) or toks[j + 1].kind != "w" \
                or not toks[j + 1].norm.startswith("ال") or not self._ar_family_name_at(j - 1):
            return False
        if not (toks[j + 2].kind == "q" or toks[j + 2].norm in _ar_label_before()
                or toks[j + 2].norm.startswith("بال")):
            return False  # (the label: «بـ“…”», «بأنه», «باللحظة “…”»)
        name_al = ar_name_al()
        glue = ar_name_glue()
        before, family = toks[j - 2].norm, toks[j - 1].norm
        if toks[j + 1].norm in name_al or family in name_al or family in self.lex.honorifics \
                or self._ar_title_word(family):
            return False  # («الدكتور بريكان الشلوي»: a title, not a family name, before the name)
        if before in _ar_name_links() or before.startswith("ال") or before in glue \
                or ar_glued_preposition(before):
            return False  # («عبد السلام دوابشة»: a compound given name)
        lex = self.lex
        return w not in _ar_name_links() and w not in glue and w not in lex.roles and w not in lex.people \
            and w not in lex.honorifics and w not in lex.stops and ar_name_token(t, None, lex)

    def _ar_object_noun_before_marks(self, j: int, stop: int) -> bool:
        """«ولا يرى المحلل فلان الفلاني إمكانية “…”»: a noun in ة right after a full name closed by
        a family name with ال, and right before the marks or a pause, is the verb's object."""
        toks = self.toks
        t = toks[j]
        w = t.norm
        if not self.text[t.start:t.end].endswith("ة") or len(w) < 5 or w.startswith(("ال", "و", "بو")):
            return False
        if j + 1 < stop and toks[j + 1].kind == "w":
            return False
        return self._ar_family_name_at(j - 1) and ar_name_token(toks[j - 2], None, self.lex) \
            and toks[j - 1].norm not in ar_name_al() \
            and toks[j - 2].norm not in ar_name_glue() \
            and w not in self.lex.roles and w not in self.lex.people

    def _ar_met_surname(self, k: int) -> bool:
        """The word at ``k`` closes a person's name met elsewhere in the article: it recurs (a
        surname comes back alone, «وقال فيلدهوف») or the two words before it are a registered
        name; a noun of a description («مدير برنامج بادر لحاضنات …») does neither."""
        toks = self.toks
        return len(word_positions(toks, toks[k].norm)) > 1 \
            or self.reg.by_name((toks[k - 1].norm, toks[k].norm)) is not None

    def _ar_glued_source(self, i: int, j: int) -> bool:
        """«وفقا لمركز الأرصاد», «طبقا لوزارة الصحة»: the word at ``j`` right after «وفقا/طبقا» at
        ``i`` carries the «لـ» of the phrase; the source it names opens there (not a phrase of
        a preposition that ends the subject). Only where the phrase opens a sentence or follows a
        comma or «و» (inside a clause it says how: «يصعب التحديد طبقا للموقع»), and only a word
        that can speak once the «لـ» is off: a role, a person noun, a body's head or a plural of
        people («وفقا للقرار»: a thing)."""
        w = self.toks[j].norm
        if j != i + 1 or not w.startswith("ل") \
                or not (i == 0 or self.toks[i - 1].kind != "w" or self.toks[i].norm[:1] == "و") \
                or self.toks[i].norm.removeprefix("و") not in ar_according_lam():
            return False
        bare = "ال" + w[2:] if w.startswith("لل") else w[1:]
        core = bare.removeprefix("ال")
        return core in self.lex.roles or bare in self.lex.people or core in self.lex.people \
            or core in ar_body_heads() or self.ar_people_plural(bare) \
            or self.reg.by_name((bare,)) is not None

    def _ar_before_object(self, np: tuple[int, int]) -> tuple[int, int]:
        """The subject of a transitive verb without the object read on after it: «واستنكر الكاتب
        فلان الفلاني الجريمة …» ends with the full name after the titles, «أدانت رابطة العالم
        الإسلامي التصريحات …» at a definite noun that is no adjective after a body's adjective."""
        toks = self.toks
        a, b = np
        h = a
        while h < b and (self._ar_title_word(toks[h].norm) or (
                h > a and ar_nisba(toks[h].norm, 0))):
            h += 1  # «الكاتب الروائي»: titles and their adjectives
        e = ar_name_end(toks, h, self.lex, 4)
        if h > a and e - h >= 2 and e < b:
            return (a, e)
        for m in range(a + 2, b):
            w, prev = toks[m].norm, toks[m - 1].norm
            if w.startswith("ال") and not w.endswith(("ي", "يه")) and ar_nisba(prev):
                return (a, m)
        return np

    def _ar_inscription(self, i: int, end: int) -> bool:
        """«ورفعوا لافتات كتب عليها “…”», «قميص طبع عليه “…”»: a verb of writing right before
        «عليه/عليها» and then the marks tells what is written on a thing (its passive reading:
        the marked words are the verb's subject-object, no one's speech); the marked words are
        not a speaker, and the verb is no cue for quotations before it."""
        toks = self.toks
        if end + 1 >= len(toks) or toks[i].norm not in ar_inscribed_verbs():
            return False
        return toks[end].norm in ar_on_it() and toks[end + 1].kind == "q"

    def _ar_attributed_to(self, k: int) -> bool:
        """«إلى» at ``k`` after a verb of attributing («نسبت الصحيفة إلى …», ``attributed_verbs_ar.txt``)
        in the words just before it (a relaying body between them): the one it names is who spoke."""
        toks = self.toks
        if toks[k].kind != "w" or toks[k].norm != "الي":
            return False
        for m in range(k - 1, max(-1, k - 8), -1):
            if toks[m].kind != "w":
                return False
            if toks[m].norm.removeprefix("و").removeprefix("ف") in ar_attributed_verbs():
                return True
        return False

    def _ar_expressed_about(self, k: int) -> Clause | None:
        """The clause of «عبر/أعرب … عن» when the عن at ``k`` belongs to that verb (the words after
        «بقوله» are then its subject's), unless a relay verb («نقل») governs it."""
        toks = self.toks
        for m in range(k - 1, max(-1, k - 12), -1):
            if toks[m].kind != "w":
                return None
            w = toks[m].norm.removeprefix("و").removeprefix("ف")
            if w.startswith("نقل") or w in ar_attributed_verbs():
                return None
            if w in ar_expressed_verbs():
                c = self.clause(m)
                return c if c is not None and c.np is not None else None
        return None

    def ar_coordinated_subject(self, i: int) -> tuple[int, int] | None:
        """«توقف المجلس الدستوري عند الفصل 7 واعتبر أن …»: a reporting verb with no subject joined
        by و to the sentence's first verb shares that verb's subject (a body, a role or a name)."""
        toks = self.toks
        w = toks[i].norm
        linked = i > 0 and toks[i - 1].norm in ar_linked_openers()
        if self.lang != "ar" or (w[:1] not in "وف" and not linked):
            return None
        s = self._near_sentence_start(i, 40)
        if s < 0:
            return None
        # («طمأن فلان الفلاني قائد الفريق الجماهير …، وقال», «وامتدح الفلاني المعسكر …، وقال»:
        # a full name set off by its role, or the family name of someone named in full before)
        return self._ar_first_verb_subject(s, i) or self._ar_named_with_role(s, i) \
            or self._ar_family_name_subject(s, i) or self._ar_aged_subject(s, i)

    def ar_when_clause_subject(self, i: int) -> tuple[int, int] | None:
        """«رجح المدرب فلان الفلاني فوز فريقه عندما قال …», «فحين أصدر الشاعر فلان كتابه كتب في
        مقدمته … وقال: “…”»: a reporting verb with no subject right after «عندما/حين/لما» shares the
        subject of the sentence's main verb before it; one in the main clause after such a clause
        of time shares the subject of the verb opening that clause. None when someone is quoted
        on the way, or another reporting verb with a subject of its own stands between."""
        toks = self.toks
        if self.lang != "ar" or i < 2:
            return None
        when = _ar_when_subordinators()

        def when_word(m: int) -> bool:
            w = toks[m].norm
            return toks[m].kind == "w" and (w in when or (w[:1] in "وف" and w[1:] in when))

        if when_word(i - 1):
            s = self._near_sentence_start(i, 40)
            if s < 0:
                return None
            for _ in range(2):
                if s + 1 < i and toks[s].norm in ar_openers():
                    s += 1  # «ثم رجح …»
            if any(toks[k].norm in _ar_that() for k in range(s, i - 1)):
                return None  # «اعترض فلان على أن الوزير أخطأ … عندما صرح»: the «أن» clause's subject
            np = self._ar_first_verb_subject(s, i - 1) if s < i - 2 else None
            if np is None:
                np = self._ar_reporter_before_when(s, i - 1)  # «وهو ما أكده فلان … حين قال»
            start = s
        else:
            m = i - 1
            while m > 0 and i - m < _AR_WHEN_REACH and toks[m].kind != "b" and not when_word(m):
                m -= 1
            if not when_word(m) or m + 2 >= i or toks[m + 1].kind != "w":
                return None
            np = self._ar_first_verb_subject(m + 1, i)
            start = m
        if np is None or np[1] >= i:
            return None
        k = np[1]
        if toks[k].kind == "w" and toks[k].norm in self.lex.honorifics:
            e = ar_name_end(toks, k + 1, self.lex)
            if e - k >= 3 and e < i:
                np = (k, e)  # «زار محافظ المدينة الأمير فلان بن فلان …»: the holder's name
        for k in range(start, i):
            t = toks[k]
            if t.kind == "q" and not self.quoted_name(k):
                return None  # someone is quoted on the way: whoever speaks there goes on
            if t.kind == "w" and k >= np[1] and self.cue_at(k) is not None:
                c = self.clause(k)
                if c is not None and c.np is not None and c.np != np:
                    return None  # a nearer reporting verb with its own subject
        return np

    def ar_participle_subject(self, i: int) -> tuple[int, int] | None:
        """«عدّ فلان الفلاني المعسكر ناجحا، مضيفا “…”», «وتماهت فلانة، كما تقول، مع …، مؤكدة أن
        “…”»: a circumstantial participle set off by a comma tells how the subject of the
        sentence's verb went on, even when that verb reports nothing; its subject (a person the
        verb opening the sentence names right after it) says the words. Only when no quotation and
        no other reporting verb with a subject of its own stand between the verb and the
        participle (that speaker goes on)."""
        toks = self.toks
        if self.lang != "ar" or i < 2 or toks[i - 1].norm not in (",", "،"):
            return None
        s = self._near_sentence_start(i, _AR_PARTICIPLE_REACH)
        if s < 0 or (s > 1 and self.text[toks[s].start - 1:toks[s].start] == "."
                     and self.text[toks[s].start - 2:toks[s].start - 1].isalnum()):
            return None  # (not a sentence: the dot of an abbreviation, «إل.جي»)
        np = self._ar_first_verb_subject(s, i)
        if np is not None and not self._ar_names_known_person(np):
            np = None  # («ويعرج الناقد الأدبي …»: a description; the one it describes goes on)
        np = np or self._ar_family_name_subject(s, i) or self._ar_named_with_role(s, i)
        if np is None or np[1] >= i:
            return None
        head = toks[np[0]].norm
        if np[1] - np[0] >= 2 and (head in self.lex.roles or head in self.lex.people) \
                and ar_name_token(toks[np[0] + 1], None, self.lex):
            return None  # «نائب فلان»: a role in construct with a name is someone else's deputy
        for m in range(s, i):
            t = toks[m]
            if t.kind == "q" and not self.quoted_name(m):
                return None  # someone is quoted before: whoever speaks there goes on
            if t.kind == "w" and m >= np[0] and self.cue_at(m) is not None:
                c = self.clause(m)
                if c is not None and c.np is not None and c.np != np:
                    return None  # «…، وقال مدير الفريق فلان …، مضيفا»: the nearer speaker goes on
        return np

    def _ar_aged_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """«كانت فلانة (64 عاما) واحدة من …»: the verb opening the sentence at ``s`` (after an
        opener; كان too), then one to four words of a name and the age in brackets: a person."""
        toks = self.toks
        v = self._ar_opening_verb(s, e)
        if v is None:
            return None
        a = v + 1
        m = ar_name_end(toks, a, self.lex, 4)
        if m == a or m + 3 >= e or toks[m].norm != "(" or not toks[m + 1].norm.isdigit() \
                or toks[m + 2].norm not in _ar_age_words() or toks[m + 3].norm != ")":
            return None
        return (a, m)

    def _ar_titled_name_before_relative(self, i: int) -> tuple[int, int] | None:
        """«… نائب مدير المعهد فلان الفلاني الذي أوضح أن …»: a full name (two to four name words
        with no ال nor و, the last may be a family name with ال) right before الذي/التي and the
        verb at ``i``, with a role or an honorific at most four words before it (a definite role,
        or an indefinite one and the words of its description; not a bare role right before the
        name, whose genitive it is) that agrees with the relative: that person is the antecedent
        and speaks."""
        toks = self.toks
        e = i - 1
        a = e
        if a > 1 and self._ar_family_name_at(a - 1):
            a -= 1
        while a > 0 and e - a < 4 and toks[a - 1].kind == "w" and ar_name_token(toks[a - 1], None, self.lex) \
                and not toks[a - 1].norm.startswith(("ال", "و")):
            a -= 1
        if e - a < 2 or a < 1:
            return None
        before = toks[a - 1]
        if before.kind != "w" or before.norm in self.lex.stops or before.norm in self.lex.roles:
            return None  # (not «عضو تنفيذية فيفا الذي»: a role in construct, the name its genitive)
        for m in range(a - 1, max(-1, a - 5), -1):
            w = toks[m].norm
            if toks[m].kind != "w" or w in self.lex.stops:
                return None
            if w in self.lex.roles or w.removeprefix("ال") in self.lex.roles or w in self.lex.honorifics:
                if ar_relative_disagrees(toks[i - 1].norm, w):
                    return None  # (the relative agrees with the role: «زوجة الرئيس فلان التي قالت»)
                return (a, e)  # (the role opening the description, at most four words before)
        return None

    def _ar_names_known_person(self, np: tuple[int, int]) -> bool:
        """The phrase ``np`` holds the name of someone the article names in full: a registered
        name of two words or more, or a known family name alone (after an honorific too)."""
        toks = self.toks
        for m in range(np[0], np[1]):
            if toks[m].kind != "w" or toks[m].norm in self.lex.honorifics:
                continue
            if self._ar_known_family_name(toks[m].norm):
                return True
            e = min(np[1], ar_name_end(toks, m, self.lex, 4))
            p = self.reg.by_name(tuple(t.norm for t in toks[m:e])) if e - m >= 2 else None
            if p is not None and p.named:
                return True
        return False

    def _ar_past_view_noun(self, j: int) -> int:
        """Past a noun of a view at ``j`` («وجهة نظر», «رأي»: ``view_nouns_ar.txt``) when a word
        follows it: after «حسب» the view's owner is the source; else ``j``."""
        toks = self.toks
        for ph in phrases("view_nouns_ar.txt"):
            n = len(ph)
            if j + n < len(toks) and toks[j + n].kind == "w" \
                    and tuple(t.norm for t in toks[j:j + n]) == ph:
                return j + n
        return j

    def _ar_known_family_name(self, w: str) -> bool:
        """«الشثري» after «سعد الشثري»: the last word of someone named in full before."""
        p = self.reg.by_name((w,))
        return p is not None and p.named and len(p.keys) >= 2 and p.keys[-1] == w

    def _ar_named_with_role(self, s: int, i: int) -> tuple[int, int] | None:
        """«من جهته، عد فلان الفلاني مدير عام الفريق، …»: the verb opening the sentence at ``s``
        (after a side opener and its comma), then a name of two to four words set off by the
        role after it (or a comma and the role): a person named in full, registered or not."""
        toks = self.toks
        if s + 2 < i and toks[s].norm.removeprefix("و") == "من" and toks[s + 1].norm in _ar_side() \
                and toks[s + 2].norm in (",", "،"):
            s += 3
        v = self._ar_opening_verb(s, i)
        if v is None:
            return None
        a = v + 1
        e = ar_name_end(toks, a, self.lex, 4)
        if e - a < 2 or e + 1 >= i:
            return None
        r = e + 1 if toks[e].norm in (",", "،") else e
        w = toks[r].norm
        if toks[r].kind != "w" or not (w in self.lex.roles or w.removeprefix("ال") in self.lex.roles):
            return None
        return (a, e)

    def ar_previous_sentence_subject(self, i: int) -> tuple[int, int] | None:
        """«أدان الرئيس … الاعتداء. وقال: “…”»: a reporting verb with no subject opening a sentence
        (or a paragraph) goes on with the subject of the first verb of the sentence just before it,
        the one a reader takes as speaking; only when that sentence quotes no one and no reporting
        verb in it has another subject (that speaker goes on), and never the one
        a passive or a verb of dying speaks of («أصيب الوزير …», ``undergoing_verbs_ar.txt``)."""
        toks = self.toks
        k = i - 1
        if k >= 0 and toks[k].kind == "w" and toks[k].norm in ar_openers():
            k -= 1  # «وقد قال»
        if k < 0 or toks[k].kind != "b":
            return None
        while k >= 0 and toks[k].kind == "b":
            k -= 1
        if k < 0 or toks[k].kind == "q":
            return None
        e = k + 1
        s = self._near_sentence_start(k, _AR_PREVIOUS_REACH)
        if s < 0 or e - s < 3:
            return None
        if any(t.kind == "q" and not self._ar_marked_word(m) for m, t in enumerate(toks[s:e], s)):
            return None  # someone is quoted there: whoever speaks there goes on
        if toks[s].norm in ar_as_also():
            return None  # «… أن المدير وجه …. كما وجه المدير …»: the report of the one quoted goes on
        if s + 2 < e and toks[s].norm.removeprefix("و") == "من" and toks[s + 1].norm in _ar_side() \
                and toks[s + 2].norm not in (",", "،"):
            s += 2  # «من جهته أثنى السفير …»: the side opener without its comma
        colon = next((m for m in range(s + 1, min(e, s + _AR_DATELINE)) if toks[m].norm == ":"), None)
        if colon is not None and all(t.kind != "w" or self.cue_at(m) is None
                                     for m, t in enumerate(toks[s:colon], s)):
            s = colon + 1  # «فلان- الرياض- سبق: اشتكى …»: a dateline before the sentence's verb
        s = self._ar_past_fronted_adverbial(s, e)
        contrast = self._ar_contrast_fronted_subject(s, e)
        if contrast is not None:
            s = contrast[0] - 1  # «لكن فلان رفض …. وقال»: the name put first after the particle
        np = contrast or self._ar_first_verb_subject(s, e) or self._ar_people_plural_subject(s, e) \
            or self._ar_family_name_subject(s, e) or self._ar_aged_subject(s, e) \
            or self._ar_named_with_role(s, e)  # («بشّر فلان الفلاني مدرب الفريق الأنصار …. وقال»)
        # (a role and a full name may open the sentence before its verb: «المبتعث فلان … حصل»; not
        # «أحد هؤلاء المستثمرين هو فلان»: one of a group, a demonstrative)
        if np is None or np[0] <= s:
            return None
        v = np[0] - 1
        while v > s and np[0] - v <= 3 and self._ar_title_word(toks[v].norm):
            v -= 1  # («كما تبادلت المبتعثة فلانة …»: the verb, a title, then the name read as the subject)
        if not (self._ar_verb_before(v) or np == contrast
                or (np == self._ar_fronted_person(s, e) and toks[s].norm.removeprefix("و") not in _ar_one_of()
                    and not any(t.norm in ar_demonstratives() for t in toks[np[0]:np[1]]))):
            return None
        for m in range(s, e):
            c = self.clause(m) if toks[m].kind == "w" and self.cue_at(m) is not None else None
            if c is not None and c.np is not None and not (c.np[0] < np[1] and np[0] < c.np[1]) \
                    and self._ar_can_speak(c.np):
                return None  # a reporting verb of someone else: that speaker goes on
                # (not «تناول فلان أبرز ما جاء في الاجتماع»: a meeting, a place, says nothing)
        before, after = toks[np[0] - 1].norm, toks[np[1]].norm if np[1] < e else ""
        undergoing = _ar_undergoing_verbs()
        if before.endswith("وا") or any(w in undergoing or (w[:1] in "وف" and w[1:] in undergoing)
                                       for w in (before, after)):
            return None  # («التقوا الوزير»: the subject is the plural pronoun, the phrase the object)
        for m in range(np[0] + 2, np[1]):
            if toks[m].norm.startswith("ال") and self.text[toks[m].start:toks[m].end].endswith("ى") \
                    and (toks[m - 1].norm.startswith("ال") or ar_name_token(toks[m - 1], None, self.lex)):
                return (np[0], m)  # «وزار وزير الصحة فلان المستشفى»: a noun in ى (no nisba) is the object
        return self._ar_definite_role_end(np)

    def _ar_reporter_before_when(self, s: int, w: int) -> tuple[int, int] | None:
        """«والصدق في المعاملة أساس، وهو ما أكده الإمام في خطبته حين قال …»:
        in a sentence whose opening has no verb with a subject, the nearest reporting verb before
        «حين/عندما» at ``w`` with its own subject right after it, opening on a person noun, a role
        or a definite body: the one who said."""
        toks = self.toks
        for k in range(w - 1, s - 1, -1):
            t = toks[k]
            if t.kind == "q" and not self.quoted_name(k):
                return None  # someone is quoted on the way
            if t.kind != "w" or self.cue_at(k) is None:
                continue
            c = self.clause(k)
            if c is None or c.np is None or c.via != "cue" or not k < c.np[0] < c.np[1] <= w:
                return None
            a = c.np[0]
            who = self._ar_person_head(c.np) or self._ar_definite_body(toks[a].norm)
            return c.np if a == k + 1 and who else None  # (not «توضح تخوف طهران»: the object)
        return None

    def _ar_relative_clause_subject(self, i: int, number: str) -> tuple[int, int] | None:
        """«… تصريح اللاعب فلان الذي اكتفى بالرد عبر حسابه وكتب “…”»: a reporting verb joined by و,
        with no subject, to the verb of a relative clause (no punctuation between them) shares
        that verb's subject, the relative's antecedent: a full name or the family name of someone
        named in full before, agreeing with the verb."""
        toks = self.toks
        if i < 4 or toks[i].norm[:1] != "و":
            return None
        rel = None
        for m in range(i - 1, max(0, i - 16), -1):
            t = toks[m]
            if t.kind == "q" and len(self.marked_words(m)) <= 2:
                continue  # («عبر حسابه في “تويتر”»: a name in marks)
            if t.kind != "w":
                return None  # (punctuation, a quotation, a line: another clause)
            if t.norm in _ar_antecedent_relatives():
                rel = m
                break
            if m < i - 1 and self.cue_at(m) is not None:
                c = self.clause(m)
                if c is not None and c.np is not None:
                    return None  # (a verb with its own subject between)
        if rel is None or rel + 1 >= i - 1 or _ar_antecedent_relatives()[toks[rel].norm] != number:
            return None
        named = self._ar_name_before_relative(rel)
        if named is not None:
            return named
        k = rel - 1
        p = self.reg.by_name((toks[k].norm,)) if k > 0 and toks[k].kind == "w" else None
        if p is not None and p.named and len(p.keys) >= 2 and p.keys[-1] == toks[k].norm \
                and p.gender in ("?", number):
            return (k, k + 1)  # the family name of someone named in full before
        if k > 0 and toks[k].kind == "w" and toks[k].norm.startswith("ال") \
                and any(m < k and self._ar_closes_name_at(m) for m in word_positions(toks, toks[k].norm)):
            return (k, k + 1)  # («… اللاعب سامي الدوسري …»: written after a given name before)
        return None

    def _ar_closes_name_at(self, m: int) -> bool:
        """«الدوسري» in «سامي الدوسري», «العنزي» in «عبد الله العنزي»: a family name with ال that
        ends a name run opened one or two words before it."""
        toks = self.toks
        return self._ar_family_name_at(m) or (m > 1 and not toks[m - 2].norm.startswith("ال")
                                              and ar_name_end(toks, m - 2, self.lex, 4) == m + 1)

    def _ar_opens_with_dropped_subject(self, i: int) -> bool:
        """«ولفت إلى أنه توافق مع نظيره فلان بشأن …، وقال “…”»: the reporting verb at ``i``
        is joined by «، و» to a sentence that opens (past openers such as «كما», «وقد») on a
        reporting verb whose subject is dropped (the person speaking so far): it shares that
        subject, and a name the sentence goes on to give (an object, a companion after «مع») is
        not it."""
        toks = self.toks
        if i < 3 or toks[i].norm[:1] != "و" or toks[i - 1].norm not in (",", "،"):
            return False
        floor = self._recent_start(i)
        v = i - 1
        while v > floor and toks[v - 1].kind != "b" \
                and toks[v - 1].norm not in (".", "!", "؟", "?", ":"):
            v -= 1
        while v + 1 < i and toks[v].norm in ar_openers():
            v += 1
        if v >= i - 1 or toks[v].kind != "w" or self.cue_at(v) is None:
            return False
        c = self.clause(v)
        return c is not None and c.np is None and c.via == "pro-drop"

    def _ar_past_fronted_adverbial(self, s: int, e: int) -> int:
        """«وفي ختام اللقاء تحدث الرئيس …», «وفي المدينة افتتح المحافظ …»: an adverbial of time or
        place fronted before the verb with no comma (a preposition, its noun, that noun's definite
        genitives or adjectives) hides the verb that opens the sentence; the index of that verb
        (``s`` itself when the sentence opens otherwise, or when no plain verb follows)."""
        toks = self.toks
        opener = toks[s].norm.removeprefix("و")
        if toks[s].kind != "w" or not (opener in _ar_prep() or opener in _ar_before_noun()):
            return s
        m = s + 1
        if m >= e or toks[m].kind != "w" or toks[m].norm in _ar_that():
            return s
        m += 1  # the preposition's noun («ختام», «نهاية», «هذا», «المدينة»)
        while m < e and m - s < 6 and toks[m].kind == "w" \
                and toks[m].norm.startswith(("ال", "لل")) and toks[m].norm not in self.lex.stops:
            m += 1  # its definite genitives and adjectives («… اللقاء الأول»)
        if m >= e - 1 or toks[m].kind != "w":
            return s
        w = toks[m].norm
        if w.startswith(("ال", "و", "ف")) or w in self.lex.stops or w in self.lex.roles \
                or w in self.lex.people or ar_glued_preposition(w) or w[:1].isdigit():
            return s  # (no verb: a noun, a particle)
        return m

    def _ar_marked_word(self, k: int) -> bool:
        """«أغلقت الإدارة الباب، معلنة أنها لن تبيع أي «نجم» آخر»: one or two words in marks
        inside a sentence (a label, a name, a word stressed) quote no one who would go on
        speaking in the next sentence: the sentence's subject does."""
        return k > 0 and self.toks[k - 1].kind == "w" and (
            len(self.marked_words(k)) <= 2
            or (self.quoted_name(k) and self._ar_channel_word(self.toks[k - 1].norm)))
        # («في لقاء مع تلفزيون «إس تي في»»: the name of the channel spoken on, a few words)

    def _ar_definite_role_end(self, np: tuple[int, int]) -> tuple[int, int]:
        """«وهنأ السفير المنتخب السعودي …»: a definite role of a person takes no definite noun
        after it but its adjectives (a nisba in ي, «العام», «السابق», «الشهير»); the first other
        definite word is the verb's object, where the subject ends."""
        toks = self.toks
        head = toks[np[0]].norm
        bare = head.removeprefix("ال")
        if not head.startswith("ال") or bare in _ar_body_heads_all() \
                or not (bare in self.lex.roles or head in self.lex.people):
            return np
        for m in range(np[0] + 1, np[1]):
            w = toks[m].norm
            if not w.startswith("ال"):
                return np  # (a name or a complement: the description reads on)
            if w.endswith(("ي", "يه")) or w[2:] in ar_role_tail() \
                    or w in ar_title_adjectives() \
                    or w in ar_office_time_adjectives():
                continue
            return (np[0], m)
        return np

    def _ar_verb_before(self, v: int) -> bool:
        """A word that may be the verb whose subject follows it: no ال, no preposition glued to it
        («وللكاتبة»), no role, person noun, quantifier or «أحد» («أحد هؤلاء المستثمرين هو …»:
        no verb, the phrase after it is no subject)."""
        t = self.toks[v]
        w = t.norm
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        lex = self.lex
        return t.kind == "w" and not bare.startswith(("ال", "لل", "بال")) and not w[:1].isdigit() \
            and w not in lex.stops and bare not in lex.stops and bare not in _ar_prep() \
            and bare not in lex.roles and bare not in lex.people and bare not in lex.honorifics \
            and bare not in _ar_one_of() and bare not in ar_quantifiers() \
            and bare not in ar_demonstratives()

    def _ar_people_plural_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """«اشتكى منسوبو الإدارة العامة من …»: the verb opening the sentence at ``s`` (after an
        opener) and a plural of people after it (``ar_people_plural``) with its definite words."""
        toks = self.toks
        v = self._ar_opening_verb(s, e)
        if v is None:
            return None
        a = v + 1
        if a >= e or toks[a].kind != "w" or not self.ar_people_plural(toks[a].norm):
            return None
        m = self._ar_definite_run(a + 1, e)
        if m + 1 < e and toks[m].norm in ar_in_by() and toks[m + 1].kind == "w" \
                and toks[m + 1].norm.removeprefix("ال") in _ar_body_heads_all():
            m = self._ar_definite_run(m + 2, e)  # «… للمجاهدين في وزارة الداخلية»: where they work
        return (a, m)

    def _ar_definite_run(self, m: int, e: int) -> int:
        """The end of the definite words (with ال or لل) from ``m``, at most five, before ``e``."""
        toks = self.toks
        start = m
        while m < e and m - start < 5 and toks[m].kind == "w" and toks[m].norm.startswith(("ال", "لل")) \
                and toks[m].norm not in self.lex.stops:
            m += 1
        return m

    def _ar_contrast_fronted_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """«لكن فلان رفض ما ذهب إليه علان.», «إلا أن فلان الفلاني عاد …»: a sentence opening on a
        contrast particle (``contrast_particles_ar.txt``), then a name (two to four name words, or
        the family name of someone named in full before) and a verb: that name is the subject
        put first."""
        toks = self.toks
        a = next((s + len(ph) for ph in phrases("contrast_particles_ar.txt")
                  if tuple(t.norm for t in toks[s:s + len(ph)]) == ph), None)
        if a is None or a + 1 >= e or toks[a].kind != "w":
            return None
        known = self.reg.by_name((toks[a].norm,))
        if known is not None and known.named and len(known.keys) >= 2 and known.keys[-1] == toks[a].norm:
            m = a + 1  # (the family name alone: the verb right after it)
        else:
            m = ar_name_end(toks, a, self.lex, 4)
            if m - a < 2:
                return None
        if m >= e or not self._ar_verb_before(m) or self.cue_at(m) is not None \
                or toks[m].norm.startswith(("ب", "ل")):
            return None  # (a reporting verb there has a clause of its own)
        return (a, m)

    def _ar_document_issuer(self, s: int, i: int, number: str) -> tuple[int, int] | None:
        """«وأصدرت اللجنة تقريرا جاء فيه “…”», «ووجهت النقابة رسالة إلى الوزير جاء فيها “…”»: the
        nearest writing (``ar_document_nouns``, indefinite: the object of the sentence's verb)
        before «جاء فيه/فيها» at ``i``, agreeing with the pronoun, was issued by the subject of
        the verb opening the sentence, who speaks; no other report in between."""
        toks = self.toks
        for k in range(i - 1, s, -1):
            w = toks[k].norm
            bare = w.removesuffix("ا")
            if toks[k].kind != "w" or bare not in ar_document_nouns():
                continue
            gender = "f" if bare.endswith("ه") else "m"
            if number in ("m", "f") and gender != number:
                return None
            issuer = self._ar_statement_issuer(k + 1)
            if issuer is None or issuer[1] > k or k - issuer[1] > 8 or not self._ar_can_speak(issuer) \
                    or any((self.cue_at(m) is not None and toks[m].norm not in _ar_prep())
                           or toks[m].norm in _ar_that() for m in range(issuer[1], k)):
                return None
            return issuer
        return None

    def _ar_plural_after_that(self, i: int) -> tuple[int, int] | None:
        """«فإن الباحثين يؤكدون أن …», «لكن المحتجين الغاضبين قالوا …»: right after «أن/إن» (bare or
        behind a particle, ``bare_that_ar.txt``) or a contrast particle, a definite plural of people
        (with up to two definite adjectives) right before the plural verb at ``i`` is its subject,
        put first as the particle requires."""
        toks = self.toks
        m = i - 1
        while m > 0 and i - m <= 2 and toks[m].kind == "w" and ar_nisba(toks[m].norm, 0, plural=True) \
                and not self.ar_people_plural(toks[m].norm):
            m -= 1  # («المسؤولين الأمريكيين»: its nisba adjectives)
        if m < 1 or toks[m].kind != "w" or toks[m - 1].kind != "w" or not toks[m].norm.startswith("ال") \
                or not self.ar_people_plural(toks[m].norm):
            return None
        before = toks[m - 1].norm
        if before in ar_bare_that() or (before,) in phrases("contrast_particles_ar.txt"):
            return (m, i)
        return None

    def _ar_counted_object(self, j: int) -> bool:
        """«سجل أربعة أهداف», «أطلق 3 صواريخ»: a cardinal number (``cardinals_ar.txt``, or
        digits) right after the verb and a counted
        noun that is no people (no plural of people, role or person noun, no sound plural in ون/ين
        that may be one): the verb's object."""
        toks = self.toks
        t, nxt = toks[j], toks[j + 1]
        if t.kind != "w" or nxt.kind != "w" or not (t.norm in _ar_cardinals() or t.norm.isdigit()):
            return False
        w = nxt.norm
        return not w.startswith("ال") and w not in self.lex.stops and not w.endswith(("ون", "ين")) \
            and not self.ar_people_plural(w) and not self._ar_can_speak((j + 1, j + 2))

    def ar_people_plural(self, w: str) -> bool:
        """«منسوبو», «الموظفون», «السكان»: a plural of people (``people_plurals_ar.txt``, or a
        sound plural in ون/ين/و of a role, a person noun or a vague source word, or a nisba in
        ون)."""
        bare = w.removeprefix("ال")
        if bare in _ar_people_plurals():
            return True
        for end in ("ون", "ين", "و"):
            stem = bare[:-len(end)]
            if bare.endswith(end) and len(stem) >= 3 and (
                    stem in self.lex.roles or "ال" + stem in self.lex.people
                    or stem in ar_vague() or (end == "ون" and stem.endswith("ي"))):
                return True  # («سياسيون», «عسكريون»: a nisba in ون is a plural of people)
        return False

    def _ar_first_verb_subject(self, s: int, i: int) -> tuple[int, int] | None:
        """The subject of the verb opening the sentence at ``s`` (after an opener), looked for
        before ``i``: a role and full name before the verb, a reporting verb's named subject, or a
        phrase that can speak right after the verb."""
        toks = self.toks
        start = s
        opener = toks[s].norm.removeprefix("و")
        if opener in _ar_prep() or opener in ar_in_turn() or opener in _ar_before_noun():
            comma = next((m for m in range(s + 1, min(i, s + _AR_ADVERBIAL_REACH))
                          if toks[m].norm in (",", "،") or toks[m].kind == "b"), None)
            if comma is None or toks[comma].kind == "b":
                return None
            s = comma + 1  # «من جهة أخرى،», «من جانبه،», «وفي هذا السياق،», «وخلال مؤتمر صحافي في …،»
        elif opener == "كما" and s + 2 < i:
            s += 1  # «كما تبادلت فلانة الفلانية صورها … وتقول»: "also", then the sentence's verb
        if toks[s].norm.removeprefix("و") == "قد" and s + 2 < i and toks[s + 1].kind == "w":
            s += 1  # «وقد سبق فلان …»: «قد» before a past verb, then the sentence's verb
        if s + 1 >= i or toks[s].kind != "w":
            return None
        first = toks[s].norm
        fronted = self._ar_fronted_person(s, i)
        if fronted is not None:
            return fronted  # «خطيب الجامع الكبير الشيخ ناصر العمري وضع …، حيث قال»
        opening = self._ar_opening_cue_subject(s, i)
        if opening is not None:
            return opening  # «وألمح فلان إلى …، حيث قال: “…”»
        if first.startswith(("ال", "وال")) or first in self.lex.stops \
                or first.removeprefix("و") in _ar_prep() \
                or self.cue_at(s) is not None or ar_name_token(toks[s], None, self.lex) is False:
            return None
        a = s + 1
        e = a
        joined = 0  # («وزير الثقافة والإعلام»: a complement joined by و adds to the six words)
        while e < i and e - a < 6 + joined and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and toks[e].norm not in _ar_prep() and toks[e].norm not in _ar_before_noun() \
                and (not toks[e].norm.startswith(("ب", "ل")) or self._ar_bl_given_name(e)
                     or (e > a and self._ar_bl_listed_noun(e))
                     or (e <= a + 1 and self._ar_bl_name_after_verb(a))) \
                and not toks[e].norm[:1].isdigit() \
                and self.cue_at(e) is None and not self._ar_object_after_body(a, e) \
                and not (e > a + 1 and self._ar_possessed_object(toks[e])) \
                and not (e > a and ar_object_head(toks[e].norm)):
            joined += e > a + 1 and e - a < 4 and toks[e].norm.startswith("وال") \
                and toks[e - 1].norm.startswith("ال")
            e += 1  # (a noun with a possessive after the subject is the object: «… فلانة صورها»;
            # so is the head of an object: «وتولت الباحثة منصب …», «وتناول الكاتب كيفية …»)
        described = self._ar_described_name(a, e) if e > a else None
        if described is not None:
            return described  # «كما تبادلت المبتعثة نورة السبيعي صورها … وتقول»
        if e > a + 1 and toks[a].norm in self.lex.honorifics and (
                ar_name_token(toks[a + 1], None, self.lex) or self._ar_known_family_name(toks[a + 1].norm)):
            return (a, self._ar_after_family_name(a, e))  # «من جانبه قدم الدكتور الفلاني، شكره …»
        if e == a or not self._ar_can_speak((a, e)):
            # («وخلال مؤتمر صحافي …، رحب فلان بعودة …»: past the adverbial, the family name of
            # someone named in full before)
            return self._ar_family_name_subject(s, i) if s > start else None
        return (a, self._ar_after_family_name(a, self._ar_role_phrase_end(a, e)))

    def _ar_nearer_cue_subject(self, i: int) -> tuple[int, int] | None:
        """«وكان رئيس الحكومة فلان قد أكد …، وطالب ممثل الهيئة علان فلانا بأن …، ودعاه إلى …»:
        a verb joined by و shares the subject of the nearest reporting verb before it in the
        sentence, when that verb has its own subject after the sentence's first verb; the first
        verb's subject (or the object of the nearer verb, «ودعاه»: him) is someone else. Only for
        a verb with an object pronoun (a bounded walk back, 40 tokens at most)."""
        w = self.toks[i].norm
        if self.lang != "ar" or w[:1] not in "وف" or not w.endswith(("ه", "ها", "هم")):
            return None
        s = self._recent_start(i, 40)
        for k in range(i - 1, s, -1):
            t = self.toks[k]
            if t.kind != "w" or self.cue_at(k) is None:
                continue
            c = self.clause(k)
            if c is None or c.np is None or c.via != "cue" or not k < c.np[0] < c.np[1] <= i:
                return None
            return c.np
        return None

    def _ar_opening_cue_subject(self, s: int, i: int) -> tuple[int, int] | None:
        """«وألمح غوتزه إلى إمكانية انتقاله، حيث قال: “…”»: the sentence opens with a reporting
        verb of its own; its named subject is the subject the later verb shares."""
        if s + 1 >= i or self.cue_at(s) is None:
            return None
        c = self.clause(s)
        if c is None or c.np is None or c.np[1] > i:
            return None
        a, e = c.np
        return c.np if e - a <= 4 and ar_name_end(self.toks, a, self.lex, 4) == e else None

    def _fr_person_before_apposition(self, c: int) -> tuple[int, int] | None:
        """«…, explique Odile, infirmière à Lens, qui qualifie de « … » …»: the person the
        article knows (a registered name, a lone given name too) right before one apposition
        set off by commas, the last one at ``c``, is the antecedent of the «qui» after it."""
        toks = self.toks
        m = c - 1
        while m > 0 and c - m <= 10 and toks[m].kind == "w" and toks[m].norm != ",":
            m -= 1
        if m <= 0 or toks[m].norm != "," or m == c - 1:
            return None
        e = m
        a = e
        while a > 0 and e - a < 3 and toks[a - 1].kind == "w" and latin_cap(self.text, toks[a - 1]) \
                and toks[a - 1].norm not in stopwords("fr"):
            a -= 1
        if a == e:
            return None
        known = self.reg.by_name(tuple(t.norm for t in toks[a:e]))
        return (a, e) if known is not None and known.named else None

    def _fr_incise_subject_before_qui(self, k: int) -> tuple[int, int] | None:
        """«« … », a indiqué une porte-parole de la mairie qui a parlé de « … »»: the phrase
        right after an incise verb and right before «qui» at ``k`` is the relative's antecedent
        (the one who just spoke goes on speaking)."""
        floor = self._clause_floor(k)
        np = self._left_np(k, floor)
        if np is None or np[0] - 1 <= floor or self.toks[np[0]].norm not in _fr_det():
            return None
        verb = np[0] - 1
        return np if self.clause(verb, after_quote=True) is not None else None

    def _en_clause(self, i: int, kind: str, number: str, end: int, after_quote: bool) -> Clause | None:
        toks = self.toks
        if kind == "src":
            np = self._right_np(end, _en_after_stop())
            return Clause(i, end, np, "?", "source") if np else None
        floor = self._clause_floor(i)
        if toks[i].norm.endswith("ing"):
            passive = self._en_passive_report(i, floor)
            if passive is not None:
                (a, b), pron = passive[1], toks[passive[1][0]].norm
                if b - a == 1 and pron in _en_pron():
                    return Clause(passive[0], end, None, _en_pron()[pron], "pronoun")
                return Clause(passive[0], end, self._apposition_left((a, b)), "?", "cue")
            # "…, saying the plan …": the subject of the main clause
            main = self._main_clause(i)
            if main is not None:
                return Clause(i, end, main.np, main.number, "hal-main")
            np = self._sentence_subject(self._sentence_start(i), i)
            return Clause(i, end, np, "?", "cue") if np else None
        if i > floor and toks[i - 1].norm in en_coordinators():
            main = self._main_clause(i - 1)
            if main is not None:
                return Clause(i, end, main.np, main.number, "cue")
        rel = self._relative_antecedent(i, floor)
        if rel is not None:
            return Clause(i, end, rel, "?", "cue")
        if i - 1 > floor and toks[i - 1].norm == "which" and toks[i - 2].kind == "w":
            # "its submission which states that …": the thing the relative is about
            np = self._left_np(i - 1, floor)
            if np is None or toks[np[1] - 1].norm not in _en_documents():
                return None  # (not 'a letter to the council which states': the council wrote nothing)
            return Clause(i, end, np, "?", "cue")
        np = self._left_np(i, floor)
        if np is not None:
            pron = toks[np[0]].norm
            if np[1] - np[0] == 1 and pron in _en_pron():
                return Clause(i, end, None, _en_pron()[pron], "pronoun")
            np = self._apposition_left(np)
            return Clause(i, end, np, "?", "cue")
        if not after_quote and i > floor:
            return None
        np = self._right_np(end, _en_after_stop())
        if np is None:
            return None
        if np[1] - np[0] == 1 and toks[np[0]].norm in _en_pron():
            return Clause(i, end, None, _en_pron()[toks[np[0]].norm], "pronoun")
        return Clause(i, end, np, "?", "cue")

    def _en_passive_report(self, i: int, floor: int) -> tuple[int, tuple[int, int]] | None:
        """"X is reported as saying", "X was quoted by the paper as saying": the cue's start (the
        form of "be") and the subject phrase before it, for the -ing verb at ``i`` after "as"."""
        toks = self.toks
        if i < 3 or toks[i - 1].norm != "as":
            return None
        p = i - 2
        while p > floor and i - p <= 8 and toks[p].norm not in _en_passive_reports() \
                and toks[p].kind in ("w", "p") and toks[p].norm not in (".", ":", ";"):
            p -= 1  # (past "by the paper" between the participle and "as")
        if p <= floor or toks[p].norm not in _en_passive_reports() or toks[p - 1].norm not in _en_be():
            return None
        np = self._left_np(p - 1, floor)
        return (p - 1, np) if np is not None else None

    def _fr_clause(self, i: int, kind: str, number: str, end: int, after_quote: bool) -> Clause | None:
        if kind == "srcpron":
            return Clause(i, end, None, number, "source-pronoun")  # «selon eux»: the people just named
        toks = self.toks
        if kind == "inv":
            return Clause(i, end, None, number, "pronoun")
        if kind == "hal":
            return Clause(i, end, None, number, "hal")
        if kind == "src":
            if end < len(toks) and toks[end].norm in fr_clause_relatives():
                return self._relative_source(i, end, number)
            np = self._right_np(end, _fr_source_stop())
            if np is not None:
                np = self.fr_words_owner(np) or np  # «selon l'expression utilisée par X»: X
            return Clause(i, end, np, "?", "source") if np else None
        if french.first_person_cue(self.toks, i):
            return Clause(i, end, None, "?", "pronoun")  # «j'ai répondu « … »»: the writer, no phrase
        if not after_quote and self._fr_as_said(i):
            # «Comme l'écrivait Paul Verdier, « … »»: the subject follows the verb
            np = self._right_np(end, _fr_source_stop())
            if np is not None:
                return Clause(i, end, np, number, "cue")
        p = i - 1
        while p >= 0 and toks[p].kind == "w" and (toks[p].norm in _fr_aux() or toks[p].norm in _fr_time()
                                                  or (after_quote and toks[p].norm in _fr_incise_lead())
                                                  or (after_quote and self.fr_object_nous(p))) \
                and not (toks[p].norm == "elle" and (p == i - 1 or toks[p + 1].norm in _fr_aux())):
            p -= 1  # («elle réclame»: the subject pronoun, not «quant à elle»; «« … », nous a dit X»)
        if after_quote and p >= 1:
            for q in range(max(0, p - 5), p):
                if toks[q].norm in _fr_aux() and self._skip_adverbials(q + 1) == i:
                    p = q - 1  # «…», a à ce sujet averti X: an adverbial between the auxiliary and the verb
                    break
        named_body = self._fr_named_body_before(p)
        if named_body is not None:
            return Clause(i, end, named_body, number, "cue")  # «Le collectif « … » a affirmé vouloir «…»»
        if after_quote and (p < 0 or toks[p].kind != "w"):
            # an incise: «…», a déclaré X / , dit X.
            np = self._right_np(end, _fr_verb_phrase_stops())
            if np is not None:
                w = toks[np[0]].norm
                if np[1] - np[0] == 1 and w in _fr_pron():
                    return Clause(i, end, None, _fr_pron()[w], "pronoun")
                if self._fr_body_name_in_marks(np[0], np[1]):
                    # «…», prévient le collectif « Loire en colère »: the body speaks by its name
                    self.in_speaker.add(np[1])
                    return Clause(i, end, (np[1], np[1] + 1), number, "cue")
                # «…», a raconté une passante sur place: where an unnamed speaker is describes them
                return Clause(i, end, (np[0], self.fr_located_tail(np)), number, "cue")
        shared = self._fr_shared_aux(i) \
            if kind == "pp" and not after_quote and not self._aux_before(i) else None
        if shared is not None:
            # «Les élus ont salué un « progrès » et estimé que « … »»: the subject of the auxiliary
            # (read as if that first participle were the cue: «ont exigé … et jugé»)
            first = self.clause(shared) or self._fr_clause(shared, "pp", number, shared + 1, False)
            if first is not None and first.via != "hal" and (first.np is not None or first.via == "pronoun"):
                return Clause(i, end, first.np, first.number, first.via)
        # subject before: skip the auxiliary and adverbs ("a quant à lui incité")
        j = i
        if kind == "pp":
            back = j
            while back > 0 and i - back < 5 and toks[back - 1].kind == "w":
                back -= 1
                if toks[back].norm in _fr_aux() or toks[back].norm.startswith("s'"):
                    j = back
                    break
        floor = self._clause_floor(j)
        incidental = self.fr_past_incidental(j)
        if incidental is not None and self._left_np(incidental, self._clause_floor(incidental)) is not None:
            j = incidental  # «la mairie, en lien avec la préfecture, dit»: the subject before the phrase
            floor = self._clause_floor(j)
        if j - 1 > floor and self.fr_object_nous(j - 1) and toks[j - 2].kind == "w":
            j -= 1  # «Marc X nous avait confié», «il nous a dit»: «nous» is the object, the subject precedes
        if kind == "pp" and j < i and j - 1 > floor and toks[j - 1].norm == "," and not after_quote:
            past = self._past_participle_apposition(j - 1, floor)
            if past is not None:
                return Clause(i, end, past, number, "cue")  # «Le parquet, cité par X, a expliqué»
            stray = self._left_np(j - 1, floor)
            if stray is not None and (toks[stray[0]].norm in fr_definite_all()
                                      or toks[stray[0]].norm.startswith("l'")) \
                    and (stray[0] == floor or toks[stray[0] - 1].norm == ",") \
                    and self._fr_aged_name(self._recent_start(j), stray[0]) is None \
                    and not self._fr_clause_like(stray):
                # «la préfecture du Var, a précisé»; «Loïc X, l'un des plus connus, a appelé»
                return Clause(i, end, self._apposition_left(stray), number, "cue")
            inverted = self._right_np(end, _fr_verb_phrase_stops())
            after_clause = stray is not None and stray[0] == floor and self._fr_clause_like(stray)
            if inverted is not None and after_clause and self._np_opens_subject(inverted) \
                    and toks[inverted[0]].norm not in _fr_pron() \
                    and (any(t.norm in self.lex.people or t.norm in self.lex.honorifics
                             for t in toks[inverted[0]:inverted[1]])
                         or (inverted[1] - inverted[0] >= 2
                             and all(latin_cap(self.text, t) for t in toks[inverted[0]:inverted[1]]))) \
                    and self._apposition_name(j, floor) is None:
                # «La mairie étudie X, a indiqué lundi la porte-parole, Y.»: reported
                # speech with the subject after the verb (not «X, le chef du parti, a appelé Y»)
                return Clause(i, end, inverted, number, "cue")
        if j >= 2 and toks[j - 1].kind == "q" and self._determiner(toks[j - 2]) \
                and (j == 2 or toks[j - 3].kind != "w" or toks[j - 3].norm in _fr_break()):
            return Clause(i, end, (j - 2, j), number, "cue")  # «Le « boxeur » répète»: a nickname
        named = self._apposition_name(j, floor) if self.lang == "fr" else None
        if named is not None:
            return Clause(i, end, named, number, "cue")  # «Une autre élue, la Normande X, a expliqué»
        spelled = self._fr_spelled_by_acronym(j - 2, floor) \
            if j - 2 > floor and toks[j - 1].norm == "qui" and toks[j - 2].norm == "," else None
        if spelled is not None:
            return Clause(i, end, spelled, number, "cue")  # «…, du Comité pour … (CPL), qui a dit»
        rel = self._relative_antecedent(j, floor)
        if rel is not None and self.lang == "fr" and j > floor and toks[j - 1].norm == "qui":
            rel = self._fr_plural_group_antecedent(rel, j - 1, i, number) or rel
        if rel is not None:
            return Clause(i, end, rel, number, "cue")
        if j > floor and toks[j - 1].kind == "w" and toks[j - 1].norm in _fr_pron():
            return Clause(i, end, None, _fr_pron()[toks[j - 1].norm], "pronoun")
        if j > floor and toks[j - 1].norm == "qui":
            # "le Premier ministre X, qui s'est dit «…»": the antecedent before the comma
            k = j - 1
            if k > 0 and toks[k - 1].norm == ",":
                np = self._left_np(k - 1, self._clause_floor(k - 1))
                if np and np[0] > 0 and toks[np[0] - 1].norm in _fr_prep():
                    # «X, l'un des porte-parole, très connu dans la vallée, qui a prévenu»:
                    # the phrase after a preposition is a complement; the name before the
                    # appositions is the antecedent
                    np = self._fr_name_before_appositions(k - 1) or np
                # a body named in full before its acronym is one more in a list, «du sociologue
                # X, du Comité pour … (CPL), qui …», and speaks itself
                body = np is not None and np == self._fr_spelled_by_acronym(k - 1, self._clause_floor(k - 1))
                if np and not body and self._fr_complement_start(np[0]):
                    # «l'union CFTC …, quatrième syndicat de la branche, qui a appelé»: a
                    # phrase opening with «du» is a complement; the phrase before the apposition is meant
                    np = self._fr_before_apposition(np[0], self._clause_floor(k - 1)) or np
                if np and not body and self._fr_after_place_word(np[0]):
                    # «X, jeune installateur venu du Bronx, qui affirme …»: a capitalised word
                    # after «du/de la/à» is a place; the full name it describes is the antecedent
                    np = self._fr_full_name_before(np[0], self._near_sentence_start(np[0], 40)) or np
                if np and not body:
                    np = self._fr_plural_group_antecedent(np, k, i, number) or np
                if np:
                    return Clause(i, end, np, "?", "cue")
            named = self._fr_name_before_qui(k) or self._fr_incise_subject_before_qui(k) \
                or (self._fr_person_before_apposition(k - 1) if k > 0 and toks[k - 1].norm == "," else None)
            if named is None and k - 1 > floor and toks[k - 1].kind == "w":
                named = self._fr_restrictive_antecedent(k, floor) or self._fr_object_antecedent(k, floor)
            return Clause(i, end, named, "?", "cue") if named is not None else None
        np = self._left_np(j, floor)
        if np is not None and np[0] - 1 > floor and toks[np[0] - 1].norm == "comme" \
                and toks[np[0] - 2].kind == "w":
            # «Trois frères roux comme des renards approuvent»: the comparison ends the subject
            np = self._left_np(np[0] - 1, floor) or np
        like = next((m for m in range(np[0] + 2, np[1]) if toks[m].norm == "comme"), None) \
            if np is not None else None
        if np is not None and like is not None:
            np = (np[0], like)  # («Deux sœurs rousses comme des écureuils»: the same, read whole)
        if np is not None and self._fr_time_phrase(np[0]) == np[1] - np[0]:
            np = None  # «… mobilisés depuis la mi-octobre réclament»: a date is no subject
        if np is not None and np[0] - 1 > floor and toks[np[0] - 1].norm in _fr_prep() \
                and toks[np[0]].norm in _fr_det() and not latin_cap(self.text, toks[np[1] - 1]):
            # «Mme X et d'autres, rassemblés depuis … à la fin mai, exigent»: a phrase after a
            # preposition is a complement; the subject opens the clause
            np = self._sentence_subject(self._past_opening(floor, j), j) or np
        aged = self._fr_aged_name(self._recent_start(j), j)
        if aged is not None and (np is None or toks[np[0]].norm in fr_de_singular()
                                 or toks[np[0]].norm.startswith("d'")
                                 or (aged[1] < np[0] and toks[np[0] - 1].norm == ","
                                     and not latin_cap(self.text, toks[np[0]]))):
            # «la petite Inès, 7 ans, d'une école … déclare», «Odile, 61 ans, fromagère,
            # le bras en écharpe, a confié»: the aged name, not a complement or a detail, is the subject
            return Clause(i, end, aged, number, "cue")
        if np is not None and toks[np[1] - 1].norm in _fr_qu_pron():
            # «face à ce qu'il a appelé « … »»: the pronoun inside the relative speaks; it is the
            # subject of the main clause when one opens the sentence («Le maire a annoncé …»)
            num = _fr_qu_pron()[toks[np[1] - 1].norm]
            opening = self._fr_main_subject(np[0], num)
            if opening is not None:
                return Clause(i, end, opening, num, "cue")
            return Clause(i, end, None, num, "pronoun")
        if np is not None and self.lang == "fr" and self._fr_complement_start(np[0]) and np[0] > floor:
            # «Marc X, porte-voix des « stylos rouges » a jugé»: a phrase opening with
            # «des» is a complement; the name (or body) before the apposition is the subject
            np = self._fr_before_apposition(np[0], floor) or np
        if np is not None and self.lang == "fr" and self._fr_after_place_word(np[0]):
            # «Des « bonnets rouges » du nord de la Bretagne ont déclaré»: the place closes the
            # subject that opens the clause
            np = self._fr_phrase_from_floor(floor, np) or np
        if np is not None:
            return Clause(i, end, self._apposition_left(np), number, "cue")
        if j > floor and toks[j - 1].norm in fr_then_links():
            main = self._main_clause(j - 1)
            if main is not None:
                return Clause(i, end, main.np, main.number, "cue")
            np = self._sentence_subject(floor, j)
            if np is not None:
                return Clause(i, end, np, number, "cue")
        if not after_quote and j > floor:
            # a subject we cannot delimit ("les élus des villes et métropoles ont réclamé"):
            # the quotation is still governed by the verb
            if kind != "pp":
                return None
            low = max([floor] + [m + 1 for m in range(floor, j) if toks[m].kind != "w"])
            a = next((m for m in range(low, j) if toks[m].norm in _fr_det() or toks[m].norm.startswith("l'")
                      or latin_cap(self.text, toks[m])), None)
            if a is not None and j - a <= 10 and all(t.kind == "w" for t in toks[a:j]):
                return Clause(i, end, (a, j), "?", "cue")
            if j - low <= 7 and toks[j].norm in fr_plural_auxiliaries() \
                    and any(t.norm.endswith(("s", "x")) for t in toks[low:j]):
                return Clause(i, end, (low, j), "p", "cue")  # «près de deux cents riverains ont crié»
            return Clause(i, end, None, "?", "unparsed")
        np = self._right_np(end, _fr_verb_phrase_stops())
        if np is None:
            return None
        w = toks[np[0]].norm
        if np[1] - np[0] == 1 and w in _fr_pron():
            return Clause(i, end, None, _fr_pron()[w], "pronoun")
        return Clause(i, end, np, number, "cue")

    def _fr_opening_qui(self, np: tuple[int, int]) -> bool:
        """The subject ``np`` is a capitalised «Qui» opening its sentence, which ends with no
        question mark («Qui en appelle à « … » pour …»; not «Qui a dit « … » ?»)."""
        toks = self.toks
        a = np[0]
        if np[1] - a != 1 or toks[a].norm != "qui" or not self.text[toks[a].start].isupper() \
                or (a > 0 and toks[a - 1].kind != "b"):
            return False
        ahead = toks[a + 1:a + 1 + _QUI_SENTENCE_TOKENS]
        for t in ahead:
            if t.kind == "b" or t.norm in (".", "!"):
                return True
            if t.norm == "?":
                return False
        return len(ahead) < _QUI_SENTENCE_TOKENS  # (the article ends the sentence)

    def _fr_named_body_before(self, p: int) -> tuple[int, int] | None:
        """«Le collectif « Vergers vivants » a affirmé …»: marks at ``p``, right before the verb
        (and its auxiliary), naming the body whose noun precedes them
        (``french.body_name_in_marks``): the body with its name is the subject, and the verb
        no incise after a quotation."""
        toks = self.toks
        if p < 2 or toks[p].kind != "q" or not french.body_name_in_marks(self.text, toks, p):
            return None
        np = self._left_np(p, self._clause_floor(p))
        return (np[0], p + 1) if np is not None and np[1] == p else None

    def _fr_plural_group_antecedent(self, np: tuple[int, int], q: int, i: int,
                                    number: str) -> tuple[int, int] | None:
        """«… par une quinzaine de maires lors d'une rencontre à la mairie, qui ont dénoncé»: a
        «qui» at ``q`` whose verb at ``i`` is plural, after a singular phrase ``np`` that follows
        a preposition (a complement) or holds an auxiliary (a clause read as a phrase), takes
        the plural group of people before the comma (``french.plural_antecedent``)."""
        toks = self.toks
        plural = number == "p" or any(t.norm in fr_plural_auxiliaries() for t in toks[q + 1:i])
        if not plural or toks[np[1] - 1].norm[-1:] in ("s", "x"):
            return None
        if not ((np[0] > 0 and toks[np[0] - 1].norm in _fr_prep())
                or any(t.norm in _fr_aux() for t in toks[np[0]:np[1]])):
            return None
        return french.plural_antecedent(self.text, toks, q, self._near_sentence_start(q, 40), self.lex.people)

    def _fr_restrictive_antecedent(self, k: int, floor: int) -> tuple[int, int] | None:
        """«Une quinzaine de maires qui ont dénoncé « … »»: with no comma before «qui» at ``k``,
        the phrase right before it (a determiner or a number, then a person noun) is the
        antecedent of the relative and the one speaking (not «ce qui», «celui qui»)."""
        toks = self.toks
        np = self._left_np(k, floor)
        if np is not None:
            after = [m + 1 for m in range(np[0], np[1]) if toks[m].norm in _fr_presentative_verbs()]
            np = (after[-1], np[1]) if after else np  # «Ce sont les députés qui …»
        if np is None or np[1] != k or np[1] - np[0] < 2 or not self._np_opens_subject(np):
            return None
        if any(t.norm in _fr_aux() for t in toks[np[0]:np[1]]):
            return None  # «Le maire a reçu des élus qui …»: a clause (``_fr_object_antecedent``)
        before = toks[np[0] - 1].norm if np[0] > floor else ","
        if before != "," and before not in _fr_presentative_verbs():
            return None  # «Il était le contraire du dirigeant qui a affirmé …»: an attribute, no subject
        people = self.lex.people
        if not any(t.norm in people or (t.norm[-1:] in ("s", "x") and t.norm[:-1] in people)
                   for t in toks[np[0]:np[1]]):
            return None  # («maires»: the plural of a listed person noun)
        return np

    def fr_object_nous(self, m: int) -> bool:
        """«nous», «vous» at ``m`` before a verb not of their own person («X nous a confié»,
        «nous ont dit des habitants»): an object clitic, not the subject («nous avons dit»)."""
        toks = self.toks
        if toks[m].norm not in _fr_nous_vous() or m + 1 >= len(toks) or toks[m + 1].kind != "w":
            return False
        w = toks[m + 1].norm
        return w not in _fr_own_person_forms() and not w.endswith(_fr_own_person_endings()) \
            and w not in _fr_nous_vous()

    def _main_clause(self, j: int) -> Clause | None:
        """For an Arabic ḥāl participle: the clause with an explicit subject earlier in the sentence."""
        m = j - 1
        hal = self.cue_at(j) if self.lang == "ar" else None  # (not clause(): it may ask for this one)
        gender = hal[1] if hal is not None else "?"
        if self.lang == "ar" and m > 0 and self.toks[m].kind == "b" and self.toks[m].norm == "." \
                and self.toks[m - 1].kind != "b":
            # «وقال فلان إن ….. مؤكدا أن “…”»: a participle opening its sentence, after a stop (not
            # a paragraph break), goes on with the sentence before it, as a reader takes it
            m -= 1
        while m >= 0 and self.toks[m].kind != "b":
            if self.toks[m].kind == "w":
                c = self.clause(m)
                if c is not None and c.via != "hal" and c.np is not None \
                        and {gender, c.number} != {"m", "f"}:
                    if self.lang == "ar" and ar_divine(self.toks[c.np[0]].norm):
                        # «وقال الشيخ فلان إن …، حيث يقول الله تعالى: «…»، مضيفا: «…»»: scripture
                        # cited on the way; the preacher who cites it goes on, never God
                        m = c.cue_start - 1
                        continue
                    return c  # («حيث عبرت الوزارة عن …، مشيدا …»: a masculine ḥāl is not hers)
            m -= 1
        return None
