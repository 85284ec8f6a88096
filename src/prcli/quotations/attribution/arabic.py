"""Arabic speakers: subjects before and after the verb, titles, relays, issuers of statements.

The Arabic rules that ``clauses`` and the sieves call: the subject of a verb that comes
after it (VSO) or before it (a fronted topic), «سموه» and other titles with a pronoun, the
issuer of a statement («جاء في بيان …»), coordinated subjects.
"""

from __future__ import annotations

import re
from functools import cache

from prcli.quotations import arabic_labels
from prcli.quotations.attribution.base import Clause
from prcli.quotations.attribution.cues import (
    _ar_before_noun,
    _ar_qawl,
    _ar_that,
)
from prcli.quotations.attribution.phrases import _Phrases
from prcli.quotations.lexicon import (
    ar_according_lam,
    ar_addressing,
    ar_amma,
    ar_and_he_she,
    ar_as_also,
    ar_before_after,
    ar_before_its_text,
    ar_body_heads,
    ar_came_in,
    ar_clause_relatives,
    ar_courtesy_titles,
    ar_demonstratives,
    ar_document_nouns,
    ar_documents,
    ar_in_forms,
    ar_in_it,
    ar_issuer_places,
    ar_issuer_prepositions,
    ar_kin_word,
    ar_ma,
    ar_manner,
    ar_name_al,
    ar_name_glue,
    ar_name_openers,
    ar_name_ranks,
    ar_nasab,
    ar_object_prepositions,
    ar_openers,
    ar_outlet_lam,
    ar_part_prepositions,
    ar_partner,
    ar_person_head,
    ar_place_nouns,
    ar_source_place_prepositions,
    ar_speech_nouns,
    ar_talk_objects,
    ar_talk_prepositions,
    ar_text_owner_nouns,
    ar_that_hamza,
    ar_that_particles,
    ar_to_in,
    ar_vague,
    ar_verb_particles,
    ar_weekdays,
    ar_where_when,
    folded_words,
    phrases,
)
from prcli.quotations.lexicon import ar_antecedent_relatives as _ar_antecedent_relatives
from prcli.quotations.lexicon import ar_body_heads as _ar_body_heads_all
from prcli.quotations.lexicon import ar_fronted_openers as _ar_fronted_openers
from prcli.quotations.lexicon import ar_kana as _ar_kana
from prcli.quotations.lexicon import ar_legal_articles as _ar_article
from prcli.quotations.lexicon import ar_name_links as _ar_name_links
from prcli.quotations.lexicon import ar_not_subjects as _ar_not_subject
from prcli.quotations.lexicon import ar_one_of as _ar_one_of
from prcli.quotations.lexicon import ar_outlet_nouns as _ar_outlet_nouns
from prcli.quotations.lexicon import ar_paper_nouns as _ar_paper_nouns
from prcli.quotations.lexicon import ar_places as _ar_places
from prcli.quotations.lexicon import ar_prepositions as _ar_prep
from prcli.quotations.lexicon import ar_quantifiers as _ar_quantifiers
from prcli.quotations.lexicon import ar_relative_pronouns as _ar_relative_pronouns
from prcli.quotations.lexicon import ar_statement_nouns as _ar_statement_nouns
from prcli.quotations.people import (
    Person,
    ar_ali_maybe_name,
    ar_bi_object_verb,
    ar_chain_word,
    ar_edge_particle,
    ar_genitive_lam,
    ar_name_end,
    ar_name_end_spelled,
    ar_name_token,
    ar_nisba,
    ar_object_definite,
    ar_pledge_object,
    ar_purpose_noun,
    ar_relative_disagrees,
    ar_role_after_name,
    ar_spelled_ali,
    ar_title_in_name,
    ar_unlike_relative,
    before_object,
)
from prcli.quotations.resolve import (
    ar_fuller_mention,
    ar_glued_place,
    ar_glued_preposition,
    ar_preposition_pronoun,
    blessings_by_first,
)
from prcli.quotations.resolve import word_positions as _word_positions
from prcli.quotations.tokens import Tok
from prcli.text.normalize import fold, normalize
from prcli.text.resources import lazy_pairs, lazy_words

# Word lists that functions here read through folded_words (review22): one constant each, folded
# as tokens are.
_ar_construct_offices = lazy_words("prcli.quotations", "construct_offices_ar.txt", convert=normalize)
_ar_issued = lazy_words("prcli.quotations", "issued_ar.txt", convert=normalize)
_ar_norm_nouns = lazy_words("prcli.quotations", "norm_nouns_ar.txt", convert=normalize)
_ar_paper_name_times = lazy_words("prcli.quotations", "paper_name_times_ar.txt", convert=normalize)
_ar_role_complement_preps = lazy_words("prcli.quotations", "role_complement_preps_ar.txt", convert=normalize)
_ar_considered = lazy_words("prcli.quotations", "considered_passive_ar.txt", convert=normalize)
_ar_lasting = lazy_words(
    "prcli.quotations", "being_verbs_ar.txt", "lasting_auxiliaries_ar.txt", convert=normalize
)

_ar_body_heads = lazy_words("prcli.quotations", "body_heads_attribute_ar.txt")

#: News outlets that publish someone's words (folded, without ال): «وكالة», «صحيفة».
_ar_outlets = lazy_words("prcli.quotations", "media_nouns_ar.txt", "outlets_ar.txt")
#: Nouns after «جاء في» that are a rank, a setting or a time, not a text («جاء في المركز الثاني»,
#: «جاء في إطار», «جاء في وقت»).
_ar_not_texts = lazy_words("prcli.quotations", "not_texts_ar.txt")
#: «حسب ما أوردته», «كما ذكرت»: where words were reported, inside a sentence with its own verb.
_ar_as_per = lazy_words("prcli.quotations", "as_per_ar.txt")
#: أنه/أنها/بأنه/لأنه/كونه and the gender or number of the pronoun they carry.
_ar_that_subjects = lazy_pairs("prcli.quotations", "that_subject_pronouns_ar.tsv")
#: Marks left alone as punctuation tokens (their pair was never found).
_STRAY_MARKS = frozenset('"«»“”')
#: Prepositions of the one spoken to or the medium used right after a verb: «لـ"…"», «عبر "…"»
#: (مع and إلى only after «في اتصال/حديث …»: «أشار إلى "…"» points at words, it names no medium).
_ar_medium_preps = lazy_words("prcli.quotations", "medium_prepositions_ar.txt")


#: Seats of power that speak for the body working there («البيت الأبيض», «الكرملين»).
@cache
def _ar_seats() -> tuple[tuple[str, ...], ...]:
    return phrases("seats_of_power_ar.txt")


#: Pauses that a name in marks does not hold (a period ends a sentence, not «بي.سي»).
_NAME_PAUSES = re.compile(r"[،,:؟!?؛;]|\.(?:\s|$)")


@cache
def _ar_marked_heads() -> frozenset[str]:
    """Nouns that name a body, an outlet or a document (folded, without ال)."""
    return frozenset(_ar_body_heads() | _ar_outlets() | ar_documents()
                     | ar_body_heads())


@cache
def _ar_text_owners() -> frozenset[str]:
    """The nouns whose words «بما نصه» quotes: writings, stated opinions and statements (folded)."""
    return ar_text_owner_nouns() | _ar_statement_nouns()


def _ar_marked_head(w: str) -> str | None:
    """The noun ``w`` (maybe after و) when it names a body, an outlet or a document."""
    for form in (w, w[1:] if w[:1] == "و" and len(w) > 3 else w):
        if form in _ar_marked_heads():
            return form
    return None


def _first_key(w: str, key: str) -> bool:
    """A name's first word as written («وفيصل») against its register key, which may have lost
    a leading و or ف taken for a conjunction."""
    return w == key or (w[:1] in "وف" and w[1:] == key)


class _Arabic(_Phrases):
    """Arabic subject and speaker readers."""

    def _ar_after_blessing(self, j: int) -> int:
        """«ويرى طيب الله ثراه أن …», «وقال رحمه الله: …»: a blessing right after the verb is
        about its dropped subject; the subject phrase, if any, starts after it."""
        toks = self.toks
        for ph in (blessings_by_first().get(toks[j].norm, ()) if j < len(toks) else ()):
            n = len(ph)
            if tuple(t.norm for t in toks[j:j + n]) == ph:
                return j + n
        return j

    def _ar_title_holder(self, i: int, pronoun: str, gender: str) -> tuple[int, int] | None:
        """«وقال سموه»: the title with a pronoun means the one person the article introduced with
        that title («صاحب السمو الأمير فلان»), not whoever was named last in passing («الملك
        فلان ـ حفظه الله ـ»). Only when a single registered person holds it; the latest mention
        of their full name before the verb is the phrase."""
        title = pronoun[:-2] if pronoun.endswith("ها") else pronoun[:-1]
        title = title[:-1] + "ه" if title.endswith("ت") else title  # فخامته → فخامه
        stems = {self.reg.stem(title), self.reg.stem("ال" + title)}
        pos = self.toks[i].start
        holders = [p for p in self.reg.before(pos) if p.named and len(p.keys) >= 2 and p.roles & stems
                   and p.gender in ("?", gender)]
        if len(holders) > 1:
            holders = self._ar_lead_people(holders)
        if len(holders) != 1:
            return None
        keys = holders[0].keys
        # (the full name first; else its longest written opening: a word the register took in
        # after one mention, «… بن عبدالعزيز المولى أن», is missing from the others)
        for n in range(len(keys), 1, -1):
            for k in range(i - n, -1, -1):
                if _first_key(self.toks[k].norm, keys[0]) \
                        and tuple(t.norm for t in self.toks[k + 1:k + n]) == keys[1:n]:
                    return k, k + n
            if n < len(keys) - 2:
                break
        return None

    def _ar_lead_people(self, people: list[Person]) -> list[Person]:
        """Of several people holding a title, those the article's first sentence introduces: a
        news item opens on the one it is about, whom «سموه» / «معاليه» later means (another
        holder named in passing, «بمتابعة صاحب السمو الأمير فلان», is not meant)."""
        lead = next((t.start for t in self.toks if t.kind == "b"), len(self.text))
        return [p for p in people if p.first < lead]

    def _ar_named_in_sentence(self, i: int, number: str) -> tuple[int, int] | None:
        """«… للعداءة فلانة فلانية، وتقول فيها “…”», «عندما بعث المحامي فلان فلاني رسالة …، وقال
        “…”»: a reporting verb joined by و to a clause earlier in the same sentence, with its
        subject dropped, goes on about the person that sentence introduced by name, not about
        whoever spoke before it. Only with no quotation earlier in the sentence (then the speaker
        of that quotation is the one going on) and a registered full name agreeing in gender."""
        toks = self.toks
        opener = i
        if i > 2 and toks[i - 1].norm in ar_where_when() and toks[i - 2].norm in (",", "،"):
            opener = -1  # «و أثنى فلان على …، حيث قال: “…”»: a clause of the same sentence
        elif i > 3 and toks[i - 1].norm in ar_ma():
            # «…، ومن جملة ما قاله في رسالته “…”», «…، ومما قاله “…”»: what he said, in a clause
            # joined by و to the sentence
            opener = i - 1 if toks[i - 1].norm == "مما" else i - 2
            while opener > 0 and i - opener < 5 and toks[opener].kind == "w" \
                    and toks[opener].norm[:1] not in "وف":
                opener -= 1
        contrast = None
        if opener == -1:
            opener = i - 1
        elif opener >= 2 and toks[opener].norm[:1] == "و" and toks[opener - 1].kind == "w":
            contrast = self._ar_contrast_start(opener)  # «…، إلا أن اللاعب فلان عاد … وقال “…”»
            if contrast is None:
                return None
        elif opener < 2 or toks[opener].norm[:1] not in "وف" or toks[opener - 1].norm not in (",", "،"):
            return None
        start = opener - 1
        floor = self._recent_start(i)
        while start > floor and toks[start - 1].norm not in (".", "!", "؟", "?", ":"):
            if toks[start - 1].kind == "q" and not self.quoted_name(start - 1) \
                    and not self._ar_marked_label(start - 1):
                return None  # (a name in marks, «“الاقتصادية”», is no one's words)
            start -= 1
        if contrast is not None:
            if contrast < start:
                return None  # (the particle is in an earlier sentence)
            start = contrast
            h = contrast
            while h < i and h - contrast < 3 and toks[h].kind == "w" and (
                    toks[h].norm in self.lex.people or toks[h].norm.removeprefix("ال") in self.lex.roles):
                h += 1  # «إلا أن اللاعب فلان الفلاني»: the person noun or role before the name
            e = ar_name_end(toks, h, self.lex)
            if e - h == 1 and e < i and self._ar_family_name_at(e):
                e += 1
            if e - h >= 2 and e < i:
                return h, e
        for k in range(start, i - 1):
            t = toks[k]
            if t.kind != "w":
                continue
            p = self.reg.by_name((t.norm,)) or self.reg.by_name((t.norm[1:],))
            if p is None or not p.named or len(p.keys) < 2 or p.gender not in ("?", number):
                continue
            n = len(p.keys)
            words = [w.norm for w in toks[k:k + n]]
            if words and _first_key(words[0], p.keys[0]) and tuple(words[1:]) == p.keys[1:n]:
                return k, k + n
        v = start
        while v < i and toks[v].kind != "w":
            v += 1
        family = self._ar_family_name_subject(v, i) if contrast is None else None
        if family is not None:
            # «ورفض بينيتيز التعليق …، وقال “…”» after «رافاييل بينيتيز»: the family name after
            # the verb opening the sentence, of someone named in full before
            p = self.reg.by_name((toks[family[0]].norm,))
            if p is not None and p.gender in ("?", number):
                return family
        return None

    def _ar_opening_verb(self, s: int, e: int) -> int | None:
        """The verb opening the sentence at ``s`` (after openers such as «ثم», «كما»), before
        ``e``: a word that is no definite noun, stop word, preposition or reporting cue."""
        toks = self.toks
        v = s
        while v + 1 < e and toks[v].norm in ar_openers():
            v += 1
        w = toks[v].norm
        if toks[v].kind != "w" or w.startswith(("ال", "وال")) or w in self.lex.stops \
                or w.removeprefix("و") in _ar_prep() or self.cue_at(v) is not None:
            return None
        return v

    def _ar_family_name_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """«ويسعى الحقباني إلى …»: the verb opening the sentence at ``s`` (after an opener) and
        one word after it that is the family name of someone named in full before."""
        toks = self.toks
        v = self._ar_opening_verb(s, e)
        if v is None or v + 1 >= e:
            return None
        name = toks[v + 1].norm
        if toks[v + 1].kind == "w" and self.reg.by_name((name,)) is None:
            # «توقع فلان بينيتيز …. ورفض بينيتيز …»: the full name written before, not yet
            # registered (no one resolved the lone family name so far)
            ar_fuller_mention(self.text, toks, v + 1, self.lex, self.reg)
        p = self.reg.by_name((name,)) if toks[v + 1].kind == "w" else None
        if p is None or not p.named or len(p.keys) < 2 or p.keys[-1] != name:
            return None
        return (v + 1, v + 2)

    def _ar_contrast_start(self, opener: int) -> int | None:
        """The token after the last contrast particle («لكن», «إلا أن», «بيد أن») at most 25
        words before ``opener`` in its sentence, with no other verb of saying or quotation between:
        where the clause that a verb joined by و goes on with begins. None when there is none."""
        toks = self.toks
        k = opener - 1
        while k > 0 and opener - k < 25 and toks[k].kind == "w" and self.cue_at(k) is None:
            for ph in phrases("contrast_particles_ar.txt"):
                n = len(ph)
                if k - n + 1 >= 0 and tuple(t.norm for t in toks[k - n + 1:k + 1]) == ph:
                    return k + 1
            k -= 1
        return None

    def _ar_attached_clause_subject(self, i: int) -> tuple[int, int] | None:
        """«… ثم اقتنع المدير، قبل أن يقول لزواره “…”», «… فرح اللاعب بعد أن أضاف “…”»: a verb
        after «قبل أن»/«بعد أن» with no subject of its own has the subject of the clause it is
        attached to: the person phrase (a title, a role or a person noun, maybe with a name)
        right after that clause's verb, just before «قبل/بعد». Not a phrase after a preposition
        («إلى الوزير»): that is an object."""
        toks = self.toks
        if i < 4 or toks[i - 1].norm not in ar_that_hamza() \
                or toks[i - 2].norm.removeprefix("و") not in ar_before_after():
            return None
        e = i - 2
        if toks[e - 1].norm in (",", "،"):
            e -= 1
        for a in range(max(1, e - 4), e):
            w = toks[a].norm
            if not (w.startswith("ال") and self._ar_title_word(w)) \
                    or any(t.kind != "w" or not (t.norm.startswith("ال") or ar_name_token(t, None, self.lex))
                           for t in toks[a:e]):
                continue
            v = toks[a - 1]
            if v.kind != "w" or v.norm in self.lex.stops or v.norm.removeprefix("و") in _ar_prep() \
                    or v.norm.startswith(("ال", "بال", "لل", "وال")) or self._ar_title_word(v.norm) \
                    or v.norm in self.lex.people:
                return None  # (after a preposition or a noun: an object or a genitive)
            return (a, e)
        return None

    def _ar_marked_label(self, k: int) -> bool:
        """«رئيس “جمعية الصداقة بين البلدين لدعم التعاون”»: a body's long name in marks right
        after the role noun that heads it (no pause inside): a name, no one's words."""
        toks = self.toks
        if k < 1 or toks[k - 1].kind != "w":
            return False
        w = toks[k - 1].norm.removeprefix("و")
        inner = self.text[toks[k].start + 1:toks[k].end - 1]
        return (w in self.lex.roles or w.removeprefix("ال") in self.lex.roles) \
            and _NAME_PAUSES.search(inner) is None and len(inner.split()) <= 12

    def _ar_title_word(self, w: str) -> bool:
        """A role, an honorific or a person noun (with or without ال) that stands before a name."""
        return ar_person_head(w, self.lex)

    def _ar_document_head(self, w: str) -> bool:
        """«بلاغ», «بيان», «تقرير» (indefinite, maybe after و): a document that speaks for its issuer."""
        return w.removeprefix("و") in ar_documents()

    def _ar_registered_after(self, comma: int) -> bool:
        """Whether a comma is followed by the full name of someone in the article's register."""
        toks = self.toks
        if comma >= len(toks) or toks[comma].norm not in (",", "،"):
            return False
        h = comma + 1
        if h < len(toks) and toks[h].norm in self.lex.honorifics:
            h += 1
        k = ar_name_end(toks, h, self.lex, 4)
        return k - h >= 2 and self.reg.by_name(tuple(t.norm for t in toks[h:k])) is not None

    def _ar_opens_clause(self, w: str) -> bool:
        """«… ـ «الاقتصادية» وأوضح»: a verb glued to و/ف opens a new clause, so a name written
        before it (a photo credit, the end of the last sentence) cannot be its subject."""
        return w[:1] in "وف" and len(w) > 3 and w[1:] in self.lex.cues

    def _ar_stray_outlet(self, j: int) -> int:
        """«وأوضح لـ"الاقتصادية الطيار …»: the newspaper spoken to, opened by a mark that is never
        closed, stands between the verb and its subject. Returns where the subject starts: after
        the outlet's words (up to the first word that names or describes a person, one word when
        none does) and a comma after them; ``j`` itself when no such outlet is there."""
        toks = self.toks
        stop = len(toks)
        if j + 2 >= stop or toks[j + 1].kind != "p" or toks[j + 1].norm not in _STRAY_MARKS \
                or toks[j + 2].kind != "w" or not (toks[j].norm == "ل" or toks[j].norm in _ar_outlet_nouns()):
            return j
        k = j + 3
        while k < stop and k - (j + 2) < 3 and toks[k].kind == "w" and not self._ar_person_word(k):
            k += 1
        if k >= stop or toks[k].kind != "w" or not self._ar_person_word(k):
            k = j + 3  # no person word soon: the outlet's name is one word
        if k < stop and toks[k].norm in (",", "،"):
            k += 1
        return k

    def _ar_medium_after_verb(self, j: int) -> int:
        """Where the subject starts when the outlet or medium spoken to comes first, between the
        verb and its subject: «وقال لصحيفة "الوطن" مدير الشركة …», «وأكد في تصريح لـ"الرياض"
        المتحدث …», «وأوضح عبر "تويتر" رئيس النادي …», «وأوضح لـ"عكاظ مدير …» (a mark never
        closed); ``j`` itself when none is there."""
        toks = self.toks
        stop = len(toks)
        k = j
        talks = ar_speech_nouns() | ar_addressing()
        if k + 1 < stop and toks[k].norm == "في" and toks[k + 1].kind == "w" and toks[k + 1].norm in talks:
            k += 2  # «في تصريح خاص لـ…», «في اتصال هاتفي مع …»: the kind of talk, then to whom
            while k < stop and k - j < 5 and toks[k].kind == "w" and toks[k].norm not in _ar_medium_preps() \
                    and toks[k].norm not in _ar_outlet_nouns() \
                    and toks[k].norm.endswith(("ي", "يه", "خاص", "خاصه")):
                k += 1
        talk = k > j and k < stop and toks[k].norm in ar_talk_prepositions()  # («في اتصال هاتفي مع "…"»)
        if k >= stop or not (toks[k].norm in _ar_medium_preps() or toks[k].norm in _ar_outlet_nouns()
                             or talk):
            return j
        if k + 1 < stop and toks[k + 1].kind == "q" and self.quoted_name(k + 1):
            self.in_speaker.add(k + 1)
            k += 2
            return k + 1 if k < stop and toks[k].norm in (",", "،") else k
        after = self._ar_stray_outlet(k)
        return after if after != k else j

    def _ar_person_word(self, k: int) -> bool:
        """A word that opens a mention of a person: a role, a person noun, an honorific or a
        name already met in the article."""
        w = self.toks[k].norm
        return ar_person_head(w, self.lex) or self.reg.by_name((w,)) is not None

    def _ar_about_statement(self, i: int, end: int) -> bool:
        """«في بيان أعلن فيه التغييرات», «فيديو يوضح فيه سبب …»: a verb with a resumptive فيه
        after a statement noun is a relative clause about the statement; whoever speaks is the
        subject of the verb before it."""
        toks = self.toks
        if i == 0 or end >= len(toks) or toks[end].norm not in ar_in_it():
            return False
        nouns = ar_speech_nouns()
        # («أصدرت النقابة بيانا صباح السبت، أكدت فيه …»: a time of a word or two and a comma
        # may stand between the statement and the verb)
        for k in range(i - 1, max(-1, i - 5), -1):
            t = toks[k]
            if t.kind == "w" and self.cue_at(k) is None:
                w = t.norm
                forms = {w, w[1:], w[2:], w[3:], w.removesuffix("ا")}  # («بيان», «ببيان», «البيان», «بيانا»)
                if any(f in nouns for f in forms):
                    return True
            elif t.norm not in (",", "،") or k != i - 1:
                return False
        return self._ar_statement_before_aside(i, nouns)

    def _ar_statement_before_aside(self, i: int, nouns: frozenset[str]) -> bool:
        """«أصدر المجلس بيانا، نشره على موقعه، أكد فيه …»: an aside of a few words set off by two
        commas between the statement noun and the verb with its resumptive فيه."""
        toks = self.toks
        if i < 3 or toks[i - 1].norm not in (",", "،"):
            return False
        k = i - 2
        while k > 0 and i - k <= 8 and toks[k].kind == "w" and self.cue_at(k) is None:
            k -= 1
        if k >= i - 2 or toks[k].norm not in (",", "،") or toks[k - 1].kind != "w":
            return False
        w = toks[k - 1].norm
        return any(f in nouns for f in (w, w[1:], w[2:], w[3:], w.removesuffix("ا")))

    def _ar_fronted_subject(self, i: int) -> tuple[int, int] | None:
        """Subject-verb order at the start of a sentence: «الحقوقية دعت إلى …», «الخماس انتقدت
        الأصوات …»: one to three words (a description, a role or a known name) then the verb
        without و; what follows the verb is its object."""
        toks = self.toks
        w = toks[i].norm
        if w[:1] in "وف" and w[1:] in self.lex.cues:
            return None
        s = self._near_sentence_start(i, 3)
        if s < 0 or not 1 <= i - s <= 3 or any(t.kind != "w" for t in toks[s:i]):
            return None
        first = toks[s].norm
        if first in self.lex.stops or first in _ar_not_subject() or first.removeprefix("و") in _ar_prep():
            return None
        bare = first.removeprefix("ال")
        known = self.reg.by_name(tuple(t.norm for t in toks[s:i]))
        described = bare in self.lex.roles or first in self.lex.people \
            or bare in ar_documents() or bare in _ar_body_heads()
        named = known is not None and known.named
        if (first.startswith("ال") and described) or first in self.lex.roles or named:
            return (s, i)
        return None

    def _ar_described_name(self, a: int, e: int) -> tuple[int, int] | None:
        """«المبتعثة نورة السبيعي»: a definite description (a word the lists may not know) then a
        full name of two to four words: the name, when the subject is not a known role or body."""
        toks = self.toks
        if not toks[a].norm.startswith("ال") or self._ar_can_speak((a, a + 1)):
            return None
        m = ar_name_end(toks, a + 1, self.lex, 4)
        return (a + 1, m) if m - (a + 1) >= 2 and m <= e else None

    def _ar_object_after_body(self, a: int, e: int) -> bool:
        """«وشكر البيان أفراد المقاومة “…”»: after a definite body or document as subject, an
        indefinite noun starts the verb's object (a body is not described by a construct noun)."""
        w = self.toks[e].norm
        return e == a + 1 and self._ar_definite_body(self.toks[a].norm) and not w.startswith(("ال", "و"))

    def _ar_after_family_name(self, a: int, e: int) -> int:
        """«نصح المدرب الوطني سعد الحمدان الفرق السعودية …»: after a title (and its adjectives),
        a given name and a family name with ال, a definite word starts the verb's object."""
        toks = self.toks
        for m in range(a + 3, e):
            if toks[m].norm.startswith("ال") and toks[m - 1].norm.startswith("ال") \
                    and not toks[m - 2].norm.startswith("ال") and ar_name_token(toks[m - 2], None, self.lex) \
                    and toks[m - 2].norm not in _ar_name_links() \
                    and (self._ar_title_word(toks[m - 3].norm) or (
                        ar_nisba(toks[m - 3].norm, 0)
                        and any(self._ar_title_word(t.norm) for t in toks[a:m - 3]))):
                return m
        return e

    def _ar_common_object(self, t: Tok) -> bool:
        """A common noun (not a role, a person noun, an honorific or a known name): after «ما وصفها»
        it is what was described («أعمال»), where «ما أضافه تشونغ» names the one who spoke."""
        w = t.norm
        return t.kind == "w" and not w.startswith("ال") and w not in self.lex.roles \
            and w not in self.lex.people and w not in self.lex.honorifics and self.reg.by_name((w,)) is None

    def _ar_role_phrase_end(self, a: int, e: int) -> int:
        """«زعيم الحزب الحكومة مسؤولية …»: an indefinite head takes one definite complement, then
        only adjectives (nisba), لل-complements or name words; a second definite noun is the object."""
        toks = self.toks
        if toks[a].norm.startswith("ال"):
            return e
        seen_definite = False
        for m in range(a + 1, e):
            w = toks[m].norm
            if seen_definite and w.startswith("وال") and toks[m - 1].norm.startswith("ال"):
                continue  # «وزير الثقافة والإعلام …»: a second complement joined by و to the first
            if seen_definite and (w in self.lex.honorifics or (
                    not w.startswith("ال") and ar_name_token(toks[m], None, self.lex))):
                # «زار وزير الصحة الدكتور فلان الفلاني المستشفى»: the holder's title and name close
                # the role phrase; a family name with ال is part of the name, the definite word
                # after the name is the object
                h = m + (w in self.lex.honorifics)
                k = ar_name_end(toks, h, self.lex, 4)
                if k - h == 1 and k + 1 < e and toks[k].norm.startswith("ال") \
                        and toks[k].norm not in self.lex.people and toks[k].norm not in self.lex.stops \
                        and not ar_object_definite(toks[k].norm, self.lex):
                    k += 1  # (a given name and a family name with ال, then the object)
                elif k - h >= 3 and not any(t.norm in ar_nasab() or t.norm == "ال" for t in toks[h:k]):
                    two = self.reg.by_name(tuple(t.norm for t in toks[h:h + 2]))
                    if two is not None and two.named and len(two.keys) == 2 \
                            and self.reg.by_name(tuple(t.norm for t in toks[h:k])) is None:
                        k = h + 2  # («… لوران فابيوس طهران»: the name the article knows, then the object)
                return min(k, e) if k - h >= 2 else m
            if w.startswith("ال") and not w.endswith(("ي", "يه")):
                if seen_definite:
                    return m
                seen_definite = True
        return e

    def _ar_bl_given_name(self, e: int) -> bool:
        """«وزار وزير الخارجية الفرنسي لوران فابيوس طهران»: a word opening with ل or ب right after a
        role's definite complement or adjective starts the holder's name when it and the next word
        are name words (not «لـ/بـ» before a definite noun, «لكرة القدم»; not a purpose, «لتعزيز
        …»; not a place the article also writes without its first letter, «بحائل»)."""
        toks = self.toks
        if e < 1 or e + 1 >= len(toks) or toks[e - 1].kind != "w" or not toks[e - 1].norm.startswith("ال"):
            return False
        return self._ar_bl_name_pair(e)

    def _ar_bl_listed_noun(self, e: int) -> bool:
        """«رئيس لجنة المسابقات», «لاعب», «باحث»: a word opening with ل or ب that is itself a
        listed role, body or person noun is a word of its own, not لـ/بـ and a word: it goes on
        with the phrase (a reader does not split «لجنة» into «لـ» and «جنة»). Only after a role
        with no ال, whose genitive it is («رئيس لجنة»): after a definite subject it opens the
        verb's object («وشكل الوزير لجنة …», «وعين المدير لاعب الوسط قائدا»)."""
        toks = self.toks
        w = toks[e].norm
        if e < 1 or toks[e - 1].kind != "w":
            return False
        before = toks[e - 1].norm.removeprefix("و")
        return w[:1] in "بل" and (w in self.lex.roles or w in self.lex.people) \
            and not before.startswith("ال") and (before in self.lex.roles or before in self.lex.people)

    def _ar_bl_name_pair(self, e: int) -> bool:
        """The word at ``e`` opens with ل or ب (not «بال/لل», a preposition before a definite noun)
        and it and the next word (no ال) are name words: not a purpose («لتعزيز …»), not the ل of a
        genitive, not a place the article also writes without its first letter («بحائل»)."""
        toks = self.toks
        if e + 1 >= len(toks) or toks[e + 1].kind != "w":
            return False
        w = toks[e].norm
        return w[:1] in "بل" and not w.startswith(("بال", "لل")) and len(w) > 3 \
            and not toks[e + 1].norm.startswith("ال") \
            and ar_name_token(toks[e], None, self.lex) and ar_name_token(toks[e + 1], w, self.lex) \
            and not ar_purpose_noun(w) and not ar_genitive_lam(toks, e) and not ar_glued_place(toks, e)

    def _ar_bl_name_after_verb(self, e: int) -> bool:
        """«عزز لوران بلان مدرب الفريق فرضية …»: a word opening with ل or ب right after the verb
        starts its subject's name (no preposition) when it and the next word are name words and
        the name's role in apposition, or a comma, follows them (not «لـ/بـ» before a definite
        noun, «لرئيس الحكومة»; not a purpose, «لتعزيز …»)."""
        toks = self.toks
        if e + 2 >= len(toks):
            return False
        after = toks[e + 2]
        return toks[e + 1].norm not in self.lex.stops and self._ar_bl_name_pair(e) \
            and (after.norm in (",", "،") or (after.kind == "w" and after.norm in self.lex.roles))

    def _ar_fronted_person(self, s: int, i: int) -> tuple[int, int] | None:
        """A sentence opening with a role (and its complement) then a full name, before its verb:
        «خطيب الجامع الكبير الشيخ ناصر العمري وضع …»: the name."""
        toks = self.toks
        first = toks[s].norm.removeprefix("و")
        roles = self.lex.roles
        # (إمام folds like the preposition أمام, a stop word)
        if not (first in roles or first in self.lex.people or first.removeprefix("ال") in roles
                or first == "امام"):
            return None
        m = s + 1
        while m < i and m - s < 8 and toks[m].kind == "w":
            if toks[m].norm in self.lex.honorifics:
                m += 1
                break
            if not (toks[m].norm.startswith(("ال", "لل")) or toks[m].norm in self.lex.roles):
                break
            m += 1
        e = ar_name_end(toks, m, self.lex, 4)
        if e - m == 1 and e + 1 < i and toks[e].norm.startswith("ال") and toks[e].norm not in self.lex.people:
            e += 1  # «الشيخ سعود الشريم وضع»: a family name with ال, then the verb
        elif e - m >= 2 and e + 2 < i and toks[e].norm.startswith("ال") \
                and toks[e].norm not in self.lex.people and toks[e].norm.removeprefix("ال") not in roles \
                and toks[e + 1].norm in self.lex.people:
            e += 1  # «المبتعث فلان علان الفلاني الباحث في …»: a family name with ال, then who he is
        if e - m >= 2 and e < i and toks[e].kind == "w":
            return (m, e)
        return None

    def speaking_phrase(self, np: tuple[int, int]) -> bool:
        """Whether an Arabic subject phrase is headed by something that speaks (a body, a document,
        a role, a person noun or a source), so that a later verb with no subject may go on with it."""
        return self._ar_can_speak(np)

    def _ar_quoted_apposition(self, np: tuple[int, int], j: int) -> int | None:
        """«صرح ممثل المنظمة الدولية في جزر القمر، «ماركو فيلاني» أن …»: a role (and its
        place), a comma, then the holder's name in marks before the rest of the clause."""
        toks = self.toks
        stop = len(toks)
        if not self._ar_descriptor(np):
            return None
        if j < stop and toks[j].norm == "في":
            j = next((m for m in range(j + 1, min(stop, j + 6)) if toks[m].kind != "w"), stop)
        if j + 2 < stop and toks[j].norm in (",", "،") and self.quoted_name(j + 1) \
                and toks[j + 2].kind == "w":
            return j + 1
        return None

    def _ar_possessed_object(self, t: Tok) -> bool:
        """«أبدى إعجابه», «أعربت عن قلقها»: a noun with a possessive pronoun right after the verb is
        its object (the subject is the pronoun's owner), not a name (not «عبدالله», «نبيه»)."""
        raw = self.text[t.start:t.end]
        w = t.norm
        if len(w) < 5 or "لله" in w or raw.endswith("ة") or w.startswith(("ال", "وال")) \
                or not raw.endswith(("ه", "ها", "هم")):
            return False  # (a definite word takes no possessive: «والمياه» ends in ه of its own)
        return self.reg.by_name((w,)) is None and w not in self.lex.roles and w not in self.lex.people \
            and not ar_kin_word(w) and not self._ar_recurring_name(t) \
            and not self._ar_possessed_role(w)  # («وقالت والدته», «وأبلغ محاميها فلان»: the subject)

    def _ar_possessed_role(self, w: str) -> bool:
        """«محاميها», «مدربه», «نائبه»: a listed role or person noun with a possessive pronoun is
        someone's lawyer, coach or deputy (a person who may speak), not an object of the verb."""
        stem = w[:-2] if w.endswith(("ها", "هم")) else w[:-1]
        if stem.endswith("ت"):
            stem = stem[:-1] + "ه"  # («مساعدته»: ة before the pronoun is written ت)
        return len(stem) >= 3 and (stem in self.lex.roles or stem in self.lex.people)

    def _ar_recurring_name(self, t: Tok) -> bool:
        """«والمح غوتزه إلى …»: a foreign name ending like a possessive pronoun; written three
        times or more, and after a given name once («ماريو غوتزه»), it is a name, not «إعجابه»."""
        toks = self.toks
        at = _word_positions(toks, t.norm)
        return len(at) >= 3 and any(
            k > 0 and ar_name_token(toks[k - 1], None, self.lex) and not toks[k - 1].norm.startswith("ال")
            and toks[k - 1].norm not in _ar_prep() for k in at)

    def _ar_definite_body(self, w: str) -> bool:
        """«البيان», «الوزارة»: a definite document or body noun heading a subject."""
        bare = w.removeprefix("و").removeprefix("ال")
        return w.removeprefix("و").startswith("ال") and (
            bare in ar_documents() or bare in _ar_body_heads())

    def _ar_statement_issuer(self, i: int) -> tuple[int, int] | None:
        """«وأصدرت سفارة البرتغال لدى الرباط بيانا أكدت فيه أن …»: the subject of the verb that
        opens the sentence (up to a preposition or a particle) issued the statement and speaks."""
        toks = self.toks
        s = self._near_sentence_start(i, 30)
        if s < 0:
            return None
        # («من ناحيته أصدر البنك …», «بدوره أصدر …»: a fronted «for his part» before the verb)
        if s + 2 < i and toks[s].norm.removeprefix("و") in ar_part_prepositions() \
                and toks[s + 1].norm.endswith(("ه", "ها", "هم")) \
                and toks[s + 1].norm[:-1] not in self.lex.roles:
            s += 2
        while s < i and toks[s].norm in _ar_fronted_openers():
            s += 1
        if s < i and toks[s].norm in (",", "،"):
            s += 1
        a = s + 1
        if a >= i - 1 or toks[s].kind != "w":
            return None
        e = a
        while e < i - 1 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and toks[e].norm not in _ar_prep() and not toks[e].norm.endswith("ا"):
            e += 1
        return (a, e) if e > a and not toks[a].norm[:1].isdigit() else None

    def _ar_statement_body(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """A statement speaks for the body that issued it: «بيان الوزارة», «بيان وزارة النقل» →
        the body after the noun (a role or body noun: lex.roles); «البيان» alone → the subject
        opening the sentence that brought the statement in («أصدرت وزارة الزراعة بيانا …»), a
        few sentences back at most."""
        toks = self.toks
        a, b = np
        if toks[a].norm.removeprefix("و").removeprefix("ال") not in _ar_statement_nouns():
            return None
        if b > a + 1:
            nxt = toks[a + 1].norm
            return (a + 1, b) if nxt in self.lex.roles or nxt.removeprefix("ال") in self.lex.roles else None
        if not toks[a].norm.removeprefix("و").startswith("ال"):
            return None
        sentences = 0
        for k in range(a - 1, max(-1, a - 90), -1):
            t = toks[k]
            if t.kind == "b":
                sentences += 1
                if sentences > 4:
                    return None
            elif t.kind == "w" and t.norm in _ar_statement_nouns():
                if k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].norm.startswith("لل"):
                    return None  # «وفق بيان للأمم المتحدة … وقال البيان»: the statement itself speaks
                return self.ar_issuer_of_statement(k)
        return None

    def ar_issuer_of_statement(self, k: int) -> tuple[int, int] | None:
        """Who issued the statement noun at ``k``: the subject opening its sentence, when the
        noun comes soon after that subject («أصدرت وزارة الزراعة بيانا», «وقال النادي أمس، في
        بيان»); not with another report in between («قررت المملكة استدعاء سفيرها …، حسبما أعلنت
        الوكالة، في بيان»)."""
        toks = self.toks
        if not toks[k].norm.endswith("ا") and not (k > 0 and toks[k - 1].norm in _ar_prep()):
            return None  # (only «… بيانا», «… في بيان»: the statement the subject issued)
        issuer = self._ar_statement_issuer(k + 1)
        if issuer is None or k - issuer[1] > 8 or any(
                (self.cue_at(m) is not None and toks[m].norm not in _ar_prep()) or toks[m].norm in _ar_that()
                for m in range(issuer[1], k)):
            return None  # (a few words between, a date or «عن طريق المركز», but no other report)
        return issuer

    def _ar_came_in_place(self, i: int, kind: str, end: int) -> bool:
        """«وجاء في المركز الثاني فيلم …»: «جاء في» cites a text only when a document, a statement
        or someone's words follow (البيان، تصريحه، كلمتها), not a rank or a place."""
        toks = self.toks
        if kind != "src" or toks[i].norm not in ar_came_in() or end >= len(toks):
            return False
        t = toks[end]
        return t.kind == "w" and t.norm.removeprefix("ال") in _ar_not_texts()

    def _ar_own_words(self, i: int, kind: str, end: int) -> str | None:
        """«وجاء في كلمته», «وورد في بيانها»: the words of whoever the pronoun means (m/f/p)."""
        toks = self.toks
        if kind != "src" or toks[i].norm not in ar_came_in() or end >= len(toks):
            return None
        w = toks[end].norm
        nouns = ar_speech_nouns() | ar_documents()
        for suffix, number in (("هم", "p"), ("ها", "f"), ("ه", "m")):
            base = w[: -len(suffix)]
            if w.endswith(suffix) and (base in nouns or (base.endswith("ت") and base[:-1] + "ه" in nouns)):
                return number
        return None

    def _ar_parenthetical_source(self, i: int, kind: str) -> bool:
        """«وقال هارتلي، كما ورد في مقتطفات من كلمته، إن …»: «كما جاء في» after a reporting verb
        of the same sentence says where the words were read, not who said them; so does «في بيان»
        after «وشدد المشاركون» («في بيان صدر عقب اللقاء»)."""
        toks = self.toks
        if kind in ("src", "srcpron") and i > 0 and toks[i].norm in ar_in_forms() \
                and self._cue_before(i - 1) >= 0:
            return True  # («وقال التنظيم في بيانه إن …»)
        if self._ar_medium_after_subject(i, kind):
            return True
        if kind != "src" or i == 0 or toks[i - 1].norm not in ar_as_also():
            return False
        return toks[i].norm in ar_came_in() and i > 1 and self._cue_before(i - 2) >= 0

    def _ar_medium_after_subject(self, i: int, kind: str) -> bool:
        """«وقال فلان بحسب وكالة “…” “…”»: «بحسب» + an agency or a newspaper right after a
        reporting verb and its subject says where the words were published; the subject speaks."""
        toks = self.toks
        if kind != "src" or i < 2 or toks[i].norm.removeprefix("و") not in _ar_as_per() \
                or i + 1 >= len(toks) or toks[i + 1].norm.removeprefix("ال") not in _ar_outlets():
            return False
        v = i - 1
        while v > 0 and i - v <= 5 and toks[v].kind == "w" and self.cue_at(v) is None:
            v -= 1
        return toks[v].kind == "w" and v < i - 1 and self.cue_at(v) is not None \
            and ar_name_token(toks[v + 1], None, self.lex)

    def _ar_name_after_place(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«وأوضح مدير فرع الوزارة في محافظة الساحل خالد بن سعيد الراشد، أن …»: a role, the place
        it serves (one word, or an administrative noun and its name), then the holder's full name
        up to punctuation (or «أن/إن» or a preposition after an administrative noun and its name,
        «في سوق عكاظ فلان الفلاني إن», «في ريف حمص فلان الفلاني من …»): the name is the speaker,
        not the role."""
        toks = self.toks
        stop = len(toks)
        if j + 3 >= stop or toks[j].norm != "في" or not self._ar_descriptor(np):
            return None
        marked = self._ar_name_after_marked_place(j)
        if marked is not None:
            return marked
        h = j + (3 if toks[j + 1].norm.removeprefix("ال") in ar_place_nouns() else 2)
        if h >= stop or toks[h - 1].kind != "w":
            return None
        k = ar_name_end(toks, h, self.lex, 5)
        if self._ar_possessed_object(toks[h]) or toks[h].norm.endswith(("ته", "تها", "تهم")):
            return None  # «في إحدى مقابلاته الصحفية:»: the channel, not a name
        if any(ar_preposition_pronoun(t.norm) for t in toks[h:k]):
            return None  # «في تقرير صادر عنها:»: the statement and who issued it, not a name
        if k - h >= 2 and k < stop and (toks[k].norm in ar_talk_objects()
                                         or toks[k].kind == "q"
                                         or (h == j + 3 and (toks[k].norm in _ar_that()
                                                             or toks[k].norm in _ar_prep()))
                                         # «… في البصرة فلان الفلاني الجمعة …»: a day after the name
                                         or toks[k].norm in ar_weekdays()
                                         or (toks[k].norm in ar_outlet_lam())):
            return (h, k)  # («… عبد الله الصقعبي لـ“…”:», «… لوكالة الأنباء»: the channel after the name)
        return self._ar_patronymic_after_field(j) or self._ar_name_after_chain(np, j)

    def _ar_name_after_marked_place(self, j: int) -> tuple[int, int] | None:
        """«وأوضحت مديرة التوظيف في “…” فلانة الفلانية، أن …», «مدير المبيعات في شركة “…” فلان
        الفلاني إن …»: after «في» at ``j``, a body named in marks (alone or after one word), then
        the holder's full name up to punctuation, «أن/إن» or a mark: the name speaks, and the
        marked name is part of the description, no quotation."""
        toks = self.toks
        stop = len(toks)
        for q in (j + 1, j + 2):
            if q >= stop or toks[q].kind != "q":
                continue
            if q == j + 2 and toks[j + 1].kind != "w":
                return None
            if not self.quoted_name(q):
                return None
            h = q + 1
            k = ar_name_end(toks, h, self.lex, 5)
            if k - h >= 2 and k < stop and (toks[k].kind in ("p", "q") or toks[k].norm in _ar_that()):
                self.in_speaker.add(q)
                return (h, k)
            return None
        return None

    def _ar_name_after_marked_body(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«وقالت مديرة «جمعية …»، فلانة الفلانية، لوكالة …، إن …», «وقال رئيس “نادي …” فلان
        الفلاني إن …»: a role, the body it heads named in marks right after it (the role's
        genitive), then the holder's full name (set off by commas, or up to «أن/إن», a colon, a
        mark or «لـ» and the outlet spoken to): the name is the speaker, not the bare role, and
        the marked words are the body's name, no quotation."""
        toks = self.toks
        stop = len(toks)
        a, b = np
        head = toks[a].norm.removeprefix("و")
        if j + 3 >= stop or toks[j].kind != "q" or b - a > 5 \
                or (head not in self.lex.roles and head.removeprefix("ال") not in self.lex.roles):
            return None
        inner = self.marked_words(j)
        if not 1 <= len(inner) <= 8 or any(c in " ".join(inner) for c in ".:؟?!،,") \
                or any(w[:1].isdigit() for w in inner):
            return None
        h = j + 1
        comma = toks[h].norm in (",", "،")
        if comma:
            h += 1
        if h < stop and toks[h].norm in self.lex.honorifics:
            h += 1
        if h >= stop or toks[h].kind != "w" or toks[h].norm.startswith("ال") or self.cue_at(h) is not None:
            return None
        k = ar_name_end(toks, h, self.lex, 5)
        if k - h < 2 or k >= stop or any(ar_preposition_pronoun(t.norm) for t in toks[h:k]):
            return None
        end = toks[k]
        if comma and end.norm not in (",", "،"):
            return None  # («مديرة «…»، في حين …»: no name set off after the body)
        if not comma and not (end.norm in _ar_that() or end.norm == ":" or end.kind == "q"
                              or end.norm in (",", "،") or end.norm in ar_outlet_lam()):
            return None
        self.in_speaker.add(j)
        return (h, k)

    def _ar_name_after_owner_pronoun(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«وقال المتحدث الرسمي لها سامر الخوري إن …»: a role, «لـ» with the pronoun of the body
        it serves (له، لها، لهم), then the holder's full name up to punctuation, a mark or «أن/إن»:
        the name is the speaker, not the role."""
        toks = self.toks
        stop = len(toks)
        if j + 2 >= stop or toks[j].kind != "w" or not toks[j].norm.startswith("ل") \
                or not ar_preposition_pronoun(toks[j].norm) or not self._ar_descriptor(np):
            return None
        h = j + 1
        k = ar_name_end(toks, h, self.lex, 4)
        if k - h >= 2 and k < stop and (toks[k].kind in ("p", "q") or toks[k].norm in _ar_that()):
            return (h, k)
        return None

    def _ar_spokesman_of_statement(self, j: int) -> tuple[int, int] | None:
        """«وأعلنت الوزارة في بيان للمتحدث باسمها فلان الفلاني أن …»: a statement of the body's
        spokesman, named after «باسمه/باسمها»: the spokesman speaks, not the body. ``j`` is «في»."""
        toks = self.toks
        stop = len(toks)
        if j + 4 >= stop or toks[j].norm != "في" or toks[j + 1].norm not in _ar_statement_nouns():
            return None
        r = j + 2
        while r < stop and r - j <= 3 and toks[r].kind == "w" and ar_nisba(toks[r].norm, 0):
            r += 1  # «في بيان رسمي»
        if r + 2 >= stop or toks[r].kind != "w" or toks[r].norm[:1] != "ل" \
                or toks[r].norm[1:].removeprefix("ل") not in self.lex.roles \
                or not toks[r + 1].norm.startswith("باسم") or len(toks[r + 1].norm) <= 4:
            return None  # («للمتحدث باسمها», «لمتحدث باسمه»: the role, «باسم» and the pronoun)
        h = r + 2 + (toks[r + 2].norm in self.lex.honorifics)
        e = before_object(self.text, toks, h, ar_name_end(toks, h, self.lex, 5))
        # (or the verb's definite object after the name: «ودعت الحركة في بيان للمتحدث باسمها
        # فلان الفلاني الأطراف الدولية إلى …»)
        return (h, e) if e - h >= 2 and (self._ar_name_closes(e) or (
            e < stop and toks[e].kind == "w" and toks[e].norm.startswith("ال")
            and toks[e].norm not in self.lex.stops)) else None

    def _ar_name_closes(self, k: int) -> bool:
        """What may follow a speaker's full name that closes a description: punctuation (an
        opening mark too), a quotation or «أن/إن»."""
        toks = self.toks
        return k < len(toks) and (toks[k].kind in ("p", "q") or toks[k].norm in _ar_that())

    def _ar_name_after_chain(self, np: tuple[int, int], j: int,
                             verb: int | None = None) -> tuple[int, int] | None:
        """«وقال مدير برنامج التوعية في الجمعية الوطنية لرعاية المسنين فلان الفلاني "…"»: a
        role, «في» and the body it serves, a genitive chain of a few words ending in a definite
        noun, then a full name of two words or more closing the phrase (punctuation, a mark or
        «أن/إن», or a preposition: «… فلانة الفلانية من …»): the name is the speaker, not the role.
        (A word glued to لـ/بـ before a definite noun goes on with the chain: «في الاتحاد
        المحلي لكرة السلة،».) «من» opens such a complement too: «وقالت الناجية من الفيضان
        فلانة الفلانية إن …» (``role_complement_preps_ar.txt``)."""
        toks = self.toks
        stop = len(toks)
        if j + 3 >= stop or toks[j].norm not in _ar_role_complement_preps() \
                or not self._ar_descriptor(np):
            return None
        for h in range(j + 2, min(stop, j + 9)):
            prev = toks[h - 1]
            if prev.kind != "w" or prev.norm in _ar_that() or self.cue_at(h - 1) is not None \
                    or not ar_chain_word(toks, h - 1) or self._ar_possessed_object(prev) \
                    or prev.norm in ar_partner() or self._ar_other_holder(prev.norm):
                return None  # («في مؤتمره الصحافي مع الوزير فلان»: a channel and a companion)
            if not prev.norm.startswith(("ال", "لل", "بال")) or prev.norm in self.lex.stops \
                    or toks[h].kind != "w" or toks[h].norm.startswith("ال") or ar_genitive_lam(toks, h) \
                    or not ar_name_token(toks[h], None, self.lex):
                continue  # («… الخليج للإلكترونيات فلان الفلاني»: a definite word glued to لـ ends it too)
            k = ar_name_end(toks, h, self.lex, 5)
            cut = before_object(self.text, toks, h, k)  # («… فلان الفلاني متحدثا عن …»: a manner ends it)
            # («وطالب النائب في البرلمان فلان الفلاني بفتح تحقيق “…”»: what he asked for ends it)
            pledged = None if verb is None else next(
                (m for m in range(h, min(cut + 1, stop)) if self._ar_bi_object_after_subject(verb, m)), None)
            cut = cut if pledged is None else pledged
            closed = pledged is not None or cut < k or self._ar_name_closes(k) \
                or (k < stop and toks[k].norm in _ar_prep())
            if cut - h >= 2 and closed:
                if cut - h >= 3 and ar_glued_preposition(toks[h].norm):
                    h += 1  # («في الأردن بعمان فلان الفلاني»: the place glued to بـ is no part of the name)
                return (h, cut)
        return None

    def _ar_bi_object_after_subject(self, verb: int, j: int) -> bool:
        """«وطالب الوزير بفتح تحقيق “…”», «ووعد المسؤولون في البلدية بإجراء …»: after a verb whose
        object takes «بـ» (``bi_object_verbs_ar.txt``) and its subject, a word glued to «بـ» is
        that object (what was asked for or promised), not more of the subject: the subject ends
        before it. Not «بن/بو/بنت» of a name, nor a word the article names someone by («بشار»
        of «بشار الأسد», «بركات» of «سامي بركات»)."""
        toks = self.toks
        if not ar_bi_object_verb(toks[verb].norm):
            return False
        t = toks[j]
        w = t.norm
        if t.kind != "w" or toks[j - 1].kind != "w" or not ar_pledge_object(toks, j) \
                or self.reg.by_name((w,)) is not None:
            return False
        nxt = toks[j + 1].norm if j + 1 < len(toks) and toks[j + 1].kind == "w" else None
        return nxt is None or self.reg.by_name((w, nxt)) is None

    def _ar_before_pledged(self, verb: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """A name found after the subject's description («وطالب النائب في البرلمان فلان الفلاني
        بفتح تحقيق “…”»), cut before the object of a verb taking «بـ» that ran into it
        (``_ar_bi_object_after_subject``); None when nothing of a name is left («ووعد أعضاء المجلس
        بإجراء مراجعة “…”»: what they promised)."""
        if span is None:
            return None
        for m in range(span[0], span[1]):
            if self._ar_bi_object_after_subject(verb, m):
                return (span[0], m) if m > span[0] else None
        return span

    def _ar_other_holder(self, w: str) -> bool:
        """A person's role inside a workplace chain («مسؤول في مكتب الرئيس اليمني فلان»): the name
        after it is that role holder's, not the speaker's. Not a body noun, and not a rank or a
        courtesy title, which before a name is the speaker's own («… في الوزارة العميد فلان»)."""
        bare = w.removeprefix("ال")
        return bare in self.lex.roles and bare not in _ar_body_heads_all() \
            and w not in ar_name_ranks() and w not in ar_courtesy_titles()

    def _ar_name_after_relative(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«وقال كبير الباحثين الذين أعدوا الدراسة، فلان الفلاني، إن …»: a description, a short
        relative clause about it, a comma, then the holder's full name closing the phrase: the
        name is the speaker, not the description."""
        toks = self.toks
        stop = len(toks)
        if j >= stop or toks[j].norm not in _ar_relative_pronouns() \
                or not (self._ar_descriptor(np) or ar_role_after_name(toks, np[0])):
            return None
        c = j + 1
        while c < stop and c - j <= 8 and toks[c].kind == "w" and toks[c].norm not in _ar_that():
            c += 1
        if c >= stop or c == j + 1 or toks[c].norm not in (",", "،"):
            return None
        h = c + 1 + (c + 1 < stop and toks[c + 1].norm in self.lex.honorifics)
        k = ar_name_end(toks, h, self.lex, 4)
        return (h, k) if k - h >= 2 and self._ar_name_closes(k) else None

    def _ar_name_after_description(self, np: tuple[int, int], j: int) -> tuple[int, int] | None:
        """«وقال مدير مكتب الجمعية الخيرية لإغاثة المنكوبين في الساحل بتونس فلان الفلاني إن …»,
        «وأكد رئيس المجلس الأعلى (الهيئة الاستشارية للحكومة)، فلان الفلاني، أن …»: a role's
        description runs on past the phrase the verb took (its complements, a parenthesis,
        commas) up to the holder's full name, right before أن/إن, a colon or a quotation: the
        name is the speaker, not the role cut short (which the reader would match with someone
        else of a like role). Not when another role or title stands in the description («مع
        نظيره الروسي فلان», «مدير مكتب الرئيس فلان»): the name is then that other person's."""
        toks = self.toks
        stop = len(toks)
        a, b = np
        head = toks[a].norm.removeprefix("و")
        if head not in self.lex.roles and head.removeprefix("ال") not in self.lex.roles:
            return None
        if b - a >= 2 and ar_name_token(toks[b - 1], None, self.lex) \
                and ar_name_token(toks[b - 2], None, self.lex) and not self._ar_ends_with_place(b):
            return None  # the phrase already ends with a name (not «… بشرطة منطقة تبوك»: a place)
        depth = 0
        e = j
        channel: int | None = None  # where «في حديث/تصريح …» opens, after the name
        while e < stop and e - j <= 16:
            t = toks[e]
            if channel is None and depth == 0 and e > j + 2 and t.norm == "في" and e + 1 < stop \
                    and self._ar_channel_word(toks[e + 1].norm):
                channel = e
                e += 1
                continue
            if channel is not None and t.kind == "w" and t.norm not in _ar_that() and self.cue_at(e) is None:
                e += 1  # (the channel's own words: «لإذاعة المدينة», «مع قناة …»)
                continue
            if t.kind == "q" and depth == 0 and self._ar_marked_body_in_description(e):
                e += 1  # «المدير التنفيذي لـ“…” بالسعودية فلان الفلاني، أن …»: the body he serves
                continue
            if depth == 0 and (t.norm in _ar_that() or t.norm == ":" or t.kind == "q"):
                break
            if t.norm == "(":
                depth += 1
            elif t.norm == ")":
                depth -= 1
                if depth < 0:
                    return None
            elif t.kind != "w" and t.norm not in (",", "،"):
                return None  # (a sentence ends, or a quotation comes first: no name)
            elif t.kind == "w" and (self.cue_at(e) is not None or (
                    t.norm in self.lex.stops and t.norm not in _ar_prep() and depth == 0)):
                return None  # another verb or a particle: the clause goes on, the name is not the subject's
            e += 1
        if e >= stop or depth != 0 or e - j > 16 or not (toks[e].norm in _ar_that() or toks[e].norm == ":"
                                                          or toks[e].kind == "q"):
            return None
        k = e - 1 if toks[e - 1].norm in (",", "،") else e
        if channel is not None:
            k = channel  # «… فلان الفلاني في حديث لـ“…” إن …»: the channel after the name closes it
        for h in range(max(j + 1, k - 5), k - 1):
            w = toks[h].norm
            if ar_name_end(toks, h, self.lex, 5) != k or w.startswith("ال") or ar_glued_preposition(w) \
                    or any(ar_preposition_pronoun(t.norm) for t in toks[h:k]):
                continue  # (not «…، جاء منها "…"»: a verb and a preposition with its pronoun)
            before = toks[h - 1]
            closed = before.norm in (",", "،", ")") or (before.kind == "w" and (
                before.norm.startswith("ال") or (before.norm[:1] in "بل" and len(before.norm) > 3
                                                 and not before.norm.startswith(("بال", "لل")))))
            if not closed and h - 1 > j and (before.kind == "q" or (
                    before.kind == "w" and before.norm.startswith(("بال", "لل"))
                    and toks[h - 2].kind == "q")):
                closed = self._ar_marked_body_in_description(h - 1 if before.kind == "q" else h - 2)
                # («… لـ“…” بالسعودية فلان الفلاني»: the marked body, and where, end the description;
                # «… لشركة “…” للاستثمار فلان الفلاني»: the body's field, glued to لـ, too)
            if not closed:
                continue
            own = h - 1 if toks[h - 1].norm in ar_name_ranks() \
                or toks[h - 1].norm in self.lex.honorifics else h  # «… العقيد فلان»: his own rank
            if any(t.kind == "w" and (self._ar_bare_title(t.norm) or self._ar_channel_word(t.norm))
                   for t in toks[j:own]):
                # «مع نظيره الروسي فلان»: the name is the other title's holder; «في مقابلة مع قناة
                # … فلان»: the description is the channel, the name the interviewer's
                return None
            return (h, k)
        return None

    def _ar_ends_with_place(self, b: int) -> bool:
        """«الناطق الإعلامي بشرطة منطقة تبوك»: the phrase ending at ``b`` closes on an
        administrative noun (``place_nouns_ar.txt``, glued to بـ/لـ or not) and the place's name
        after it (or on the noun, its definite name left out: «بشرطة منطقة» before «الجوف»), words
        a name test would take for a person's, which they are not."""
        places = ar_place_nouns()
        return any(w in places or (w[:1] in "بل" and w[1:] in places)
                   for w in (self.toks[b - 2].norm, self.toks[b - 1].norm))  # (or «… بشرطة منطقة» + «الجوف»)

    def _ar_marked_body_in_description(self, k: int) -> bool:
        """The marked name at ``k`` is the body a role serves, inside the role's description: a
        name in marks (a few words) after «لـ» or «في» (or a word glued to them), with a word of
        the description (a place, the holder's name) right after it, not a colon or a verb."""
        toks = self.toks
        if k < 1 or k + 1 >= len(toks) or not self.quoted_name(k) or toks[k + 1].kind != "w" \
                or self.cue_at(k + 1) is not None or toks[k + 1].norm in _ar_that():
            return False
        before = toks[k - 1].norm
        return before in ar_to_in() or (before[:1] == "ل" and before[1:] in _ar_body_heads_all()) \
            or (before.startswith("لل") and before[2:] in _ar_body_heads_all())

    def _ar_channel_word(self, w: str) -> bool:
        """«مع», «مقابلة», «لصحيفة», «تصريحات»: a word of the channel the words went through."""
        bare = w.removeprefix("و")
        if bare == "مع":
            return True
        for form in (bare, bare[1:] if bare[:1] in "بل" else bare, bare.removeprefix("ال"),
                     bare[3:] if bare.startswith(("بال", "لل")) else bare):
            f = form.removesuffix("ا")  # («حديثا», «تصريحا»)
            if f in ar_speech_nouns() or f in _ar_outlets():
                return True
        return False

    def _ar_bare_title(self, w: str) -> bool:
        """A role, a person noun or an honorific, behind و and a preposition («للرئيس», «ونظيره»)."""
        for form in (w, w.removeprefix("و")):
            for bare in (form, form[1:] if form[:1] in "بل" else form,
                         "ال" + form[2:] if form.startswith("لل") else form,
                         form.removesuffix("ه"), form.removesuffix("ها")):
                if (bare in self.lex.roles or bare.removeprefix("ال") in self.lex.roles
                        or bare in self.lex.people or bare in self.lex.honorifics) \
                        and bare.removeprefix("ال") not in _ar_body_heads_all():
                    return True  # (a body, «للحكومة», «مكتب», is part of the description)
        return False

    def _ar_patronymic_after_field(self, j: int) -> tuple[int, int] | None:
        """«ويرى الأستاذ في علوم البيئة والمناخ سامر بن خليل أن …»: after «في» and the field
        (up to four words), a name built with «بن/بنت/ابن» right before «أن/إن» is the holder's;
        the patronymic tells a person from a place («قيادة عمليات صلاح الدين»)."""
        toks = self.toks
        stop = len(toks)
        for h in range(j + 2, min(stop, j + 6)):
            if toks[h - 1].kind != "w":
                return None
            k = ar_name_end(toks, h, self.lex, 5)
            if k - h >= 3 and k < stop and toks[k].norm in _ar_that() \
                    and any(t.norm in ar_nasab() for t in toks[h + 1:k - 1]):
                return (h, k)
        return None

    def _ar_where_from(self, a: int, b: int) -> int:
        """«وقال مصدر في قيادة العمليات إن …»: an unnamed source's description runs on through
        the place it works at, up to أن/إن or punctuation (not «في تصريح»: that is the channel)."""
        toks = self.toks
        made = self._ar_made_by(a, b)
        if made > b:
            return made
        if self._ar_issued_document(a, b):
            return b  # «بيان صادر عن الحزب»: the caller takes the issuer
        if toks[a].norm.removeprefix("و") not in ar_vague() or b >= len(toks) \
                or toks[b].norm not in ar_issuer_places() or self._source_at(b) is not None:
            return b
        e = b + 1
        while e < len(toks) and e - b <= 7 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None and self._source_at(e) is None:
            e += 1
        if e == b + 1:
            return b
        return self._ar_town_after(e)

    def _ar_town_after(self, e: int) -> int:
        """«مصدر في اللجنة الأهلية في دومة لـ…»: a second «في» and one proper noun (no ال, no
        stop word, no channel such as «في تصريح») closed by a particle, a mark or the outlet is
        the town the body belongs to: it belongs in the source's fullest description."""
        toks = self.toks
        if e + 2 >= len(toks) or toks[e].norm != "في" or toks[e + 1].kind != "w":
            return e
        w = toks[e + 1].norm
        if w.startswith(("ال", "لل")) or w in self.lex.stops or not w.isalpha() or len(w) < 3 \
                or self._source_at(e) is not None or self._source_at(e + 1) is not None:
            return e
        nxt = toks[e + 2]
        closed = nxt.kind != "w" or nxt.norm in self.lex.stops or nxt.norm in ("ل", "لـ") \
            or self.cue_at(e + 2) is not None
        return e + 2 if closed else e

    def _ar_given_name_ali(self, j: int, a: int) -> bool:
        """«الوزير علي الحربي»: folded, the name علي is the preposition على; after a role or an
        honorific and before a family name it is the given name."""
        toks = self.toks
        if ar_spelled_ali(toks[j]) and (j == a or self._ar_name_opener(j - 1) or (
                j - 1 > a and ar_name_token(toks[j - 1], None, self.lex) and self._ar_name_opener(j - 2)
                and (not toks[j - 1].norm.endswith("ي") or self._ar_courtesy_opener(j - 2)))
                or (j - 1 == a and ar_name_token(toks[j - 1], None, self.lex))):
            # (an article that writes the preposition «على» spells the name apart: «ويؤكد د. علي
            # أن …», «وقال مرزوق علي الغانم»; after other words, an adjective in «الوزير مفوض
            # تجاري علي …», the name may start at it, which the reading below decides)
            return True
        if toks[j].norm != "علي" or j + 1 >= len(toks):
            return False
        if ar_ali_maybe_name(toks[j]) and self._ar_ali_between_names(j, a):
            return True  # «وقال محمد علي سالمي»: ي kept apart from ى, between name words
        if j == a:
            return False
        if j - 2 >= a and ar_title_in_name(toks, j - 1, self.lex):
            return True  # «وقال النائب فائق الشيخ علي:»: the last word of a name holding a title
        prev, nxt = toks[j - 1].norm, toks[j + 1]
        if ar_name_token(toks[j - 1], None, self.lex) and (nxt.kind != "w" or nxt.norm in ar_and_he_she()):
            return True  # «وأوضح ياسين مراد وهو من أبناء الحي»: a family name before a pause
        return (prev in self.lex.roles or prev in self.lex.honorifics or prev in self.lex.people
                or prev.removeprefix("ال") in self.lex.roles
                or (j - 1 > a and prev.startswith("ال") and ar_kin_word(toks[a].norm))) \
            and nxt.kind == "w" \
            and (ar_name_token(nxt, None, self.lex) or nxt.norm.startswith("ال")) \
            and nxt.norm not in self.lex.stops

    def _ar_ali_between_names(self, j: int, a: int) -> bool:
        """«محمد علي سالمي», «الوزير كمال علي الهاشمي», «وقال علي أكبر ناصري»: «علي» (``j``, with
        a dotted ي in an article that keeps ي and ى apart) after a given name (or opening the
        phrase ``a``, then before two name words) and before a family name is a name word."""
        toks, lex = self.toks, self.lex

        def name_word(k: int, definite: bool) -> bool:
            t = toks[k] if k < len(toks) else None
            if t is None or t.kind != "w" or t.norm in lex.stops or t.norm in lex.roles \
                    or self.cue_at(k) is not None:
                return False
            if t.norm.startswith("ال"):
                # a family name with ال: a listed one, or a nisba written with ي («الهاشمي»; not
                # «المستوى» with ى)
                return definite and (ar_name_token(t, toks[k - 1].norm, lex) or (
                    ar_nisba(t.norm, feminine=False) and self.text[t.start:t.end].endswith("ي")))
            return ar_name_token(t, toks[k - 1].norm, lex)
        if j == a:
            return name_word(j + 1, False) and name_word(j + 2, True)
        return name_word(j - 1, False) and name_word(j + 1, True)

    def _ar_courtesy_opener(self, k: int) -> bool:
        """An honorific or an abbreviated title («د.», «الدكتور»): what follows is a given name, not
        the adjective of a role («مفوض تجاري»)."""
        w = self.toks[k].norm
        return w in self.lex.honorifics or (w.endswith(".") and len(w) <= 4)

    def _ar_name_opener(self, k: int) -> bool:
        """A role, an honorific, a person noun or an abbreviated title («د.») right before a name."""
        w = self.toks[k].norm
        return self._ar_title_word(w) or (w.endswith(".") and len(w) <= 4)

    def _ar_subject_after(self, j: int) -> bool:
        """«الذي أوضحت رئيسته هالة الصباغ»: the verb has its own subject (a role, possibly with a
        pronoun, or a name) right after it."""
        toks = self.toks
        if j + 1 < len(toks) and toks[j].kind == "w" and ar_preposition_pronoun(toks[j].norm):
            j += 1  # «التي وصف بها أحد المغردين الحساب»: the pronoun's preposition, then the subject
        if j >= len(toks) or toks[j].kind != "w":
            return False
        w = toks[j].norm
        if w.removeprefix("و") in _ar_one_of() and j + 1 < len(toks) and toks[j + 1].norm.startswith("ال"):
            return True  # «… أحد المغردين»: one of a group, a subject of its own
        for form in (w, w.removesuffix("ه"), w.removesuffix("ته") + "ه", w.removesuffix("ها")):
            if form in self.lex.roles or form in self.lex.people or form in self.lex.honorifics:
                return True
        if w.startswith("ال") and w[2:] in _ar_body_heads_all():
            return True  # «مكان الاحتجاز الذي قالت المحطة إنه …»: a body named before by its noun
        return self.reg.by_name(tuple(t.norm for t in toks[j:ar_name_end(toks, j, self.lex)])) is not None

    def _ar_can_speak(self, np: tuple[int, int]) -> bool:
        """A phrase headed by a person, a role, a body or a document, or a name in marks (not
        «عدد الشكايات التي توصلت بها»)."""
        toks = self.toks
        t = toks[np[0]]
        if t.kind == "q":
            return True
        if t.norm.removeprefix("و") in _ar_quantifiers():
            nxt = toks[np[0] + 1] if np[0] + 1 < len(toks) else None
            return nxt is not None and nxt.norm == "من"  # «عدد من المسؤولين», not «عدد الشكايات»
        for w in (t.norm, t.norm[1:] if t.norm[:1] == "و" else t.norm):
            bare = w.removeprefix("ال")
            if ar_person_head(w, self.lex, titles=False) or bare in ar_documents() \
                    or bare in ar_vague() \
                    or bare in _ar_body_heads():
                return True
        if self._ar_seat_of_power(np[0]):
            return True  # «البيت الأبيض», «الكرملين»: the office working there
        if ar_kin_word(t.norm) or (np[1] - np[0] > 1 and toks[np[0] + 1].norm[:1] == "و"
                                   and ar_kin_word(toks[np[0] + 1].norm)):
            return True  # «والدة الطفلة», «خال ووالدة الطفلة»: people described by their kin
        if np[0] > 0 and self._ar_speech_noun_before(np[0] - 1) \
                and all(ar_name_token(x, None, self.lex) for x in toks[np[0]:np[1]]):
            return True  # «تصريحات مورينيو»: who made the statements
        e = ar_name_end(toks, np[0], self.lex)
        if e - np[0] >= 2 and e < np[1] and toks[e].norm in self.lex.roles \
                and toks[e].norm not in _ar_quantifiers() and toks[e].norm not in _ar_one_of() \
                and all(ar_name_token(x, None, self.lex) for x in toks[np[0]:e]):
            return True  # «لوران بلان مدرب الفريق»: a full name with its role in apposition is a person
        return e - np[0] >= 2 and self.reg.by_name(tuple(x.norm for x in toks[np[0]:e])) is not None

    def _ar_seat_of_power(self, a: int) -> bool:
        """«البيت الأبيض», «والكرملين»: a seat of power named for the body working there."""
        words = [t.norm for t in self.toks[a:a + 2]]
        if words:
            words[0] = words[0].removeprefix("و") if words[0][1:3] == "ال" else words[0]
        return any(tuple(words[:len(ph)]) == ph for ph in _ar_seats())

    def ar_pointer_subject(self, m: int) -> Clause | None:
        """«“…”، بهذه العبارة أدهشت الممرضة الشابة أعضاء …»: after a phrase pointing back at
        the quotation with بـ («بهذه الكلمات»), any verb at ``m`` names the speaker as its subject:
        a definite noun with the definite adjectives that agree with it (an indefinite word after
        them is the verb's object, «أعضاء …») and the name that may follow them, or a name."""
        toks = self.toks
        if m + 1 >= len(toks) or toks[m].kind != "w" or toks[m + 1].kind != "w":
            return None
        verb = toks[m].norm
        if verb.startswith("ال") or verb in self.lex.stops or ar_purpose_noun(verb):
            return None
        number = "f" if verb.endswith("ت") else "m"  # (a past verb's feminine ending)
        s = m + 1
        if not toks[s].norm.startswith("ال"):
            e = ar_name_end(toks, s, self.lex, 4)
            return Clause(m, m + 1, (s, e), number, "cue") if e - s >= 2 else None
        e = s
        while e < len(toks) and e - s < 4 and toks[e].kind == "w" and toks[e].norm.startswith(("ال", "وال")) \
                and toks[e].norm not in self.lex.stops:
            e += 1  # («المحامية والحقوقية فلانة»: a second title joined by و)
        n = ar_name_end(toks, e, self.lex, 4)
        if n - e >= 2 and (n >= len(toks) or toks[n].kind in ("p", "b")):
            e = n  # «المذيعة الشابة سارة منصور،»: the title, then the name
        return Clause(m, m + 1, (s, e), number, "cue") if e > s else None

    def _ar_marked_genitive(self, j: int) -> bool:
        """«مصدر موقع “…”», «تقرير "…"», «وكالة “…”»: an indefinite noun that names a thing (a
        body, an outlet, a document) is in construct with the marked name right after it (its
        genitive), so the name belongs to the speaker phrase; a definite noun is not in construct
        («وقال البيان "…"»: speech may follow it)."""
        toks = self.toks
        head = toks[j - 1]
        if head.kind != "w" or head.norm.startswith("ال") \
                or _ar_marked_head(head.norm) is None:
            return False
        inner = self.marked_words(j)
        if not inner or fold(inner[0]).removeprefix("و") in _ar_that():
            return False  # «وقال تقرير "إن …"»: a clause of speech, not a name
        if _NAME_PAUSES.search(self.text[toks[j].start + 1:toks[j].end - 1]) is not None:
            return False  # a name holds no pause («“بي.سي ماجازين”»: a period inside a word is none)
        # a few words, or a longer definite noun phrase («تقرير "التحالف من أجل …"»), or an
        # acronym spelled in letter names («اتحاد “اي بي سي-دي اف”»)
        return len(inner) <= 4 or (len(inner) <= 10 and inner[0].startswith("ال")) \
            or arabic_labels.hyphened_acronym(inner, self.lex)

    def _ar_described_thing(self, a: int, j: int) -> bool:
        """One definite word after the verb, then at once a quotation of a few words that
        qualifies it, the clause going on after it («أبرز الطابع “السلمي” للمسيرة», «انتقد
        القرار “المتسرع” للحكومة»): a thing and the words used of it, the verb's object; the
        subject is dropped. A role, a body, a document or a registered
        name there still speaks («قال الوزير “…”», «أكد الخماس “…”»)."""
        toks = self.toks
        if j != a + 1 or j + 1 >= len(toks) or toks[j].kind != "q" or toks[a].end == toks[j].start:
            return False
        inner = self.marked_words(j)
        if not inner or len(inner) > 3 or toks[j + 1].kind != "w":
            return False  # a few words qualifying the noun, and the clause goes on after them
        if not inner[0].startswith("ال"):
            return False  # an adjective agrees with the definite noun: «قال الجيش “لا خسائر” في …» speaks
        if a > 0 and toks[a - 1].norm.endswith(("ه", "ها", "هم")):
            return False  # «وصفه الكثيرون “المخجل” …»: the verb has its object, the noun is the subject
        w = toks[a].norm
        if not w.startswith("ال") or self._ar_can_speak((a, j)):
            return False
        return self.reg.by_name((w,)) is None and self.reg.by_name((w.removeprefix("ال"),)) is None

    def _ar_issuer(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """«بحسب بيان صادر عن الحزب», «وأفاد بيان صدر عن مكتب الرئيس»: a statement speaks for
        the body that issued it."""
        toks = self.toks
        a, b = np
        if not self._ar_issued_document(a, b):
            return None
        e = b + 1
        while e < len(toks) and e - b <= 6 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None:
            e += 1
        return (b + 1, e) if e > b + 1 else None

    def _ar_text_owner(self, s: int, i: int) -> tuple[int, int] | None:
        """Before «بما نصه» at ``i`` (its sentence opening at ``s``), the writing or opinion whose
        text is quoted and, in its genitive, the body or person it belongs to: «وجاء رأي الوزارة
        بما نصه “…”» → الوزارة, «أكد البيان الختامي للمؤتمر ما نصه» (a body after لـ), «إقرار
        خطي من اللاعب نصه “…”» (after «من»). The nearest such noun, a few words back at most."""
        toks = self.toks
        nouns = _ar_text_owners()
        stop = i - 1 if toks[i - 1].norm in ar_before_its_text() else i
        for k in range(stop - 1, max(s, stop - 8) - 1, -1):
            t = toks[k]
            if t.kind != "w":
                return None
            head = t.norm.removeprefix("و")
            bare = {head.removeprefix("ال"), head.removeprefix("ب").removeprefix("ال")}
            if not any(h in nouns or (h.endswith("ا") and h[:-1] in nouns) for h in bare):
                continue  # (also the accusative: «قدم إقرارا خطيا من اللاعب نصه “…”»)
            a = k + 1
            while a < stop and toks[a].kind == "w" and toks[a].norm.endswith(("ي", "يه", "يا")) \
                    and not self._ar_can_speak((a, a + 1)):
                a += 1  # «إقرار خطي من …», «البيان الختامي للمؤتمر»: the noun's adjectives
            if a < stop and toks[a].norm == "من":
                a += 1
            if a >= stop or toks[a].kind != "w":
                return None
            w = toks[a].norm
            if w.startswith("لل") and len(w) > 4:
                pass  # «البيان الختامي للمؤتمر»: the body glued to «لـ»
            elif not self._ar_can_speak((a, a + 1)):
                return None
            e = a + 1
            while e < stop and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                    and self.cue_at(e) is None and toks[e].norm not in ar_came_in():
                e += 1  # (not «بيان الوزارة جاء في نصه»: the verb after the body)
            return (a, e)
        return None

    def _ar_paper_name(self, a: int, j: int) -> bool:
        """«وكتبت صحيفة صباح التركية», «وقالت صحيفة اليوم إن …»: right after an indefinite
        «صحيفة/جريدة/مجلة» a word of time is the paper's name (its genitive), not when it was said
        (that follows a definite noun: «وقالت الصحيفة اليوم إن …»)."""
        toks = self.toks
        return j == a + 1 and toks[a].norm.removeprefix("و") in _ar_paper_nouns() \
            and toks[j].norm in _ar_paper_name_times()

    def _ar_issued_document(self, a: int, b: int) -> bool:
        """``toks[a:b]`` is a document and the participle saying it was issued or sent, and «عن» or
        «من» follows: «بيان صادر عن الحزب», «البيان الصادر عن الوزارة», «الخطاب الموجه من وزارة
        التعليم», «ووفقا لبيان صدر عن …» (the «لـ» of the phrase)."""
        toks = self.toks
        if b + 1 >= len(toks) or b - a < 2 or toks[b].norm not in ar_issuer_prepositions() \
                or toks[b - 1].norm not in _ar_issued():
            return False
        head = toks[a].norm.removeprefix("و")
        if head[:1] == "ل" and a > 0 \
                and toks[a - 1].norm.removeprefix("و") in ar_according_lam():
            head = head[1:]
        head = head.removeprefix("ال")
        return head in ar_document_nouns()

    def _ar_made_by(self, a: int, b: int) -> int:
        """«دراسة أعدتها جامعة الملك سعود»: a document's description runs on through the verb
        (with its pronoun) naming the body that made it."""
        toks = self.toks
        head = toks[a].norm.removeprefix("و")
        definite = head.startswith("ال") and head[2:] in ar_documents()
        if head not in ar_documents() and not definite:
            return b
        # («المذكرة التي أصدرها المدعي العام», «البيان الذي أصدره الحزب»: a defined document, its
        # relative, then the verb with the pronoun of the document)
        reach = max(b + 1, a + 3) if definite else b + 1
        v = next((m for m in range(a + 1, min(reach, a + 4, len(toks)))
                  if toks[m].kind == "w" and len(toks[m].norm) > 3 and (
                      toks[m].norm.endswith("ها")
                      or (definite and m == a + 2 and toks[m].norm.endswith("ه")))),
                 None)
        if definite and (v != a + 2 or toks[a + 1].norm not in _ar_antecedent_relatives()):
            return b
        if v is None:
            return b
        e = v + 1
        while e < len(toks) and e - v <= 5 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None and toks[e].norm not in _ar_that():
            e += 1
        return max(b, e) if e > v + 1 else b

    def _ar_accusative(self, a: int, b: int) -> bool:
        """«قالت استنادا إلى …», «ردد حفلا استثنائيا»: an indefinite accusative (ending in ا) after
        the verb is an adverb or an object, not the subject (which is nominative)."""
        w = self.toks[a].norm
        if len(w) < 4 or not w.endswith("ا") or w.startswith("ال") or w in self.lex.people \
                or a + 1 >= len(self.toks):
            return False
        # «استنادا إلى», «ردا على», «نقلا عن», «موجها حديثه»; not «أوباما», «جوارديولا عقب المباراة»,
        # nor a given name before a family name with «الله» or in ة («رانيا عبدالله», «رانيا حمزة»:
        # no pronoun there; folded, ة is written ه)
        nxt = self.toks[a + 1].norm
        raw = self.text[self.toks[a + 1].start:self.toks[a + 1].end]
        return nxt in ar_object_prepositions() \
            or (nxt.endswith("ه") and len(nxt) >= 4 and not nxt.startswith("ال")
                and not nxt.endswith("لله") and not (raw.endswith("ة") and nxt[0] not in "بلك"
                                                    and not w.endswith("وا"))) \
            or (nxt.startswith("ل") and not nxt.startswith(("لا", "ال")) and len(nxt) >= 4)

    def _ar_document(self, a: int) -> tuple[int, int]:
        """«نصت المادة (27) من لائحة الانتخاب على …»: the text the article belongs to speaks;
        a later «وأكدت المادة» refers back to that text."""
        toks = self.toks
        k = a + 1
        while k < len(toks) and k - a < 6 and toks[k].norm != "من" and toks[k].kind != "b":
            k += 1
        if k < len(toks) and toks[k].norm == "من":
            e = k + 1
            while e < len(toks) and e - k < 8 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops:
                e += 1
            if e > k + 1:
                self._document = (k + 1, e)
                return (k + 1, e)
        return self._document or (a, a + 1)

    def _ar_preposition_phrase(self, w: str) -> bool:
        """A word that opens a prepositional phrase (بال…، لل…، بجامعة، لإقليم، بترغيب) rather than a name."""
        if w.startswith(("بال", "لل")):
            return True
        if w.startswith(("بت", "لت")) and len(w) >= 6 and (w[4] == "ي" or w[3] == "ا" or w.endswith("ه")):
            # «واختتم بترغيب وترهيب», «بتبادل», «بتنمية»: a verbal noun of the تفعيل, تفاعل or
            # تفعلة pattern after بـ (not a name that starts with بت: «بتهوفن»)
            return True
        if w[:1] == "ب" and w[1:] in ar_manner():
            return True  # «وقال بصوت مرتفع»: how it was said
        if w.startswith(("بم", "لم")) and w.endswith("ي") and len(w) >= 6:
            return True  # «وأشاد بمقاتلي المقاومة», «لموظفي الشركة»: a plural in construct after بـ/لـ
        if w[:1] in "بل" and len(w) > 4 and not w.startswith(("بن", "بو", "بل", "لا")):
            rest = w[1:]
            return rest in self.lex.roles or rest.endswith(("ه", "ة")) or rest in _ar_places()
        return False

    def _ar_relative(self, i: int) -> tuple[int, int] | None:
        """«المادة (17) التي تنص على أن …», «الوزير الذي قال …»: the antecedent of الذي/التي."""
        toks = self.toks
        if i < 2 or toks[i - 1].norm not in _ar_antecedent_relatives():
            return None
        if self.quoted_name(i - 2):
            return (i - 2, i - 1)  # «المغرد “فايز البلوي” الذي قال»: the name written in marks
        named = self._ar_name_before_relative(i - 1)
        if named is not None:
            return named  # «خطاب الفيلسوف فلان الفلاني الذي يقول»: the person, not the speech
        if toks[i - 2].norm in (",", "،"):
            # «…، محمد فقيري، الذي اعتبر»: a name set off by commas
            e = i - 2
            a = e
            if a > 2 and ar_nisba(toks[a - 1].norm, 0, feminine=False) \
                    and not toks[a - 2].norm.startswith("ال") and ar_name_token(toks[a - 2], None, self.lex) \
                    and toks[a - 3].kind == "w" and toks[a - 3].norm not in self.lex.stops \
                    and (toks[a - 3].norm.startswith("ال") or toks[a - 3].norm in self.lex.roles):
                a -= 1  # «… الجمعية فلان الزهراني، الذي»: a family name in ال (a nisba) closes it
            while a > 0 and e - a < 5 and ar_name_token(toks[a - 1], None, self.lex):
                a -= 1
            if e - a >= 2 and a > 0 and (toks[a - 1].kind in ("p", "b") or (
                    toks[a - 1].kind == "w" and toks[a - 1].norm not in self.lex.stops
                    and (toks[a - 1].norm.startswith("ال") or toks[a - 1].norm in self.lex.roles))):
                return (a, e)  # (also after the description it closes: «عضو الجمعية فلان الفلاني، الذي يقول»)
        k = i - 2
        while k >= 0 and (toks[k].norm in ("(", ")") or toks[k].norm[:1].isdigit()):
            k -= 1
        e = k + 1
        while k >= 0 and toks[k].kind == "w" and e - k <= 4 and not toks[k].norm[:1].isdigit() \
                and toks[k].norm not in self.lex.stops and not self._ar_preposition_phrase(toks[k].norm) \
                and self._source_at(k) is None and toks[k].norm.removeprefix("و") not in _ar_prep():
            if toks[k].norm in _ar_article():
                return self._ar_document(k)
            k -= 1
        if e - (k + 1) >= 2 and self._ar_speech_noun_before(k + 1) and toks[k + 2].norm.startswith("ال") \
                and self._ar_can_speak((k + 2, e)) \
                and not ar_relative_disagrees(toks[i - 1].norm, toks[k + 2].norm):
            # «تصريحات الخارجية القطرية التي أكدت …», «كلمة الوزير الذي قال …»: who made the
            # statements the noun names, as after a name («تصريحات مورينيو الذي قال»), when the
            # relative agrees with it (not «بيان الوزارة الذي …»: the statement itself)
            return (k + 2, e)
        if e - (k + 1) >= 1 and toks[k + 1].norm.startswith("ال"):
            return (k + 1, e)  # «الوزير الذي»
        if e - (k + 1) >= 2 and toks[e - 1].norm.startswith("ال") and self._ar_can_speak((k + 1, e)):
            return (k + 1, e)  # «وزارة التجارة التي» (definite by its complement)
        return None

    def _ar_name_before_relative(self, r: int) -> tuple[int, int] | None:
        """«في خطاب الفيلسوف هانز كلاين الذي يقول: “…”», «كتب فريدريك نيتشه الذي قال»: a full
        name (two to four name words) right before the relative at ``r`` is its antecedent, the
        one who speaks, with the title before it (a role or a person noun), or the name alone when
        the article registered it (the noun before a name, «خطاب», is not who says the words)."""
        toks = self.toks
        a = r
        while a > 0 and r - a < 4 and toks[a - 1].kind == "w" \
                and not toks[a - 1].norm.startswith(("ال", "لل")) and toks[a - 1].norm not in self.lex.stops \
                and ar_name_token(toks[a - 1], None, self.lex):
            a -= 1
        if r - a >= 1 and a > 0 and self._ar_speech_noun_before(a - 1):
            # «تصريحات مورينيو الذي قال “…”», «كخطاب فلان الفلاني الذي يقول»: the one who spoke them
            return (a, r)
        if r - a < 2:
            return None
        title = toks[a - 1].norm if a > 0 and toks[a - 1].kind == "w" else ""
        titled = title in self.lex.honorifics or title in self.lex.people
        # (the relative agrees with its antecedent: «زوجة الرئيس فلان التي قالت» is not his)
        if titled and ar_relative_disagrees(toks[r].norm, title):
            return None
        unlike = ar_unlike_relative(toks[r].norm)
        for s in range(a, r - 1):
            p = self.reg.by_name(tuple(t.norm for t in toks[s:r]))
            if p is not None and p.named and len(p.keys) >= 2 and p.gender != unlike:
                return (s, r)
        return (a - 1, r) if titled else None

    def _ar_speech_noun_before(self, k: int) -> bool:
        """«تصريحات», «كخطاب», «بكلمة»: a noun of statements (``speech_nouns_ar.txt``), maybe with a
        preposition or و glued on, at ``k``: the name after it is who made them."""
        t = self.toks[k]
        if t.kind != "w":
            return False
        nouns = ar_speech_nouns()
        return t.norm in nouns or (t.norm[:1] in "وبكل" and t.norm[1:] in nouns)

    def _ar_topic(self, i: int) -> tuple[int, int] | None:
        """«أما مريم … فقالت»: the topic after أما at the start of the sentence is the subject."""
        k = i
        while k > 0 and self.toks[k - 1].kind not in ("b", "q") and i - k < 30:
            k -= 1
        if self.toks[k].norm in ar_amma() and k + 1 < i:
            end = ar_name_end(self.toks, k + 1, self.lex)
            if end > k + 1:
                return (k + 1, end)
        # «غادة عبد الرازق، قالت …»: a sentence opening with a name, then the verb (not words
        # right after a quotation: «“…” أكبرها جوجل، وتابع»)
        if k > 0 and self.toks[k - 1].kind == "q":
            return None
        end = ar_name_end(self.toks, k, self.lex)
        if end - k >= 2 and end < i and i - end <= 2 and all(t.kind == "p" for t in self.toks[end:i]):
            return (k, end)
        return None

    def _ar_described_topic(self, i: int) -> tuple[int, int] | None:
        """«فلان فلان الفلاني أحد أقدم الحرفيين في السوق حيث …، قال لـ“…”: “…”»: a sentence that
        opens on a person's full name (maybe after a title), goes on about them (a description,
        a clause) and only then has the reporting verb, with no subject after it and no و before
        it (subject-verb order): the opening name is who speaks. Not when a quotation, another
        reporting verb, a relative pronoun or «أن/إن» stands between (then the verb may be
        another's: «ورغم تراجع الأرقام فإن رئيسة المرصد فلانة الفلانية أكدت …»)."""
        toks = self.toks
        w = toks[i].norm
        if (w[:1] in "وف" and w[1:] in self.lex.cues) or (i > 0 and toks[i - 1].norm in ("و", "ف")):
            return None
        k = i
        while k > 0 and toks[k - 1].kind not in ("b", "q") and i - k < 30:
            k -= 1
        if k > 0 and toks[k - 1].kind != "b":
            return None  # (a quotation before, or no sentence start within reach)
        m = k
        while m < i and m - k < 3 and toks[m].kind == "w" and self._ar_title_word(toks[m].norm):
            m += 1  # «المؤرخ والفنان فلان»
        if m < i and toks[m].kind == "w" and toks[m].norm.startswith("ال"):
            return None  # (a definite noun opens the sentence: no name)
        e = ar_name_end(toks, m, self.lex, 5)
        if m < e < i and self._ar_family_name_at(e):
            e += 1  # «فلان فلان الفلاني»: a family name with ال
        if e - m < 2 or i - e < 3 or toks[e].kind != "w" or toks[e].norm in self.lex.stops \
                or sum(not t.norm.startswith("ال") for t in toks[m:e]) < 2:
            return None  # (a given name and another name word: not «اعتذر الجناح», a verb and its subject)
        if any(t.kind in ("q", "b") or t.norm in _ar_relative_pronouns() or t.norm in _ar_that()
               for t in toks[e:i]) or any(self.cue_at(c) is not None for c in range(e, i)):
            return None
        return (m, e)

    def _ar_subject_before(self, i: int) -> tuple[int, int] | None:
        """«أحد ممثلي المؤسسة أكد أنه …»: subject-verb order, the verb without و."""
        toks = self.toks
        w = toks[i].norm
        if w[:1] in "وف" and w[1:] in self.lex.cues:
            return None
        k = i
        while k > 0 and toks[k - 1].kind == "w" and i - k < 5 and toks[k - 1].norm not in self.lex.stops \
                and toks[k - 1].norm not in _ar_not_subject() and self.cue_at(k - 1) is None \
                and not self._ar_contrast_word(k - 1):
            k -= 1
        m = i
        if i >= 2 and self._ar_family_name_at(i - 1) and not any(
                t.norm in _ar_relative_pronouns() for t in toks[max(0, i - 14):i]):
            m = i - 1  # «… محمد المومني أكد»: a family name with ال closes the name before the verb
            # (not in a relative clause: «علي العلاق الذي يعد … لرئيس الوزراء فلان العبادي قال»)
        while m > 0 and i - m < 4 and ar_name_token(toks[m - 1], None, self.lex) \
                and toks[m - 1].norm not in _ar_not_subject() and not self._ar_contrast_word(m - 1):
            m -= 1
        if i - m >= 3 and m > 1 and toks[m - 1].norm in ar_source_place_prepositions() \
                and self._ar_role_before(m - 1):
            m += 1  # «السفير البريطاني في لبنان فلان فلاني أكد»: the role's place, then the name
        stop_before = m > 0 and toks[m - 1].norm in self.lex.stops and not self._ar_contrast_word(m - 1)
        if (m == i - 1 or stop_before) and self._ar_family_name_at(i - 1):
            m = i  # (the family name alone is no name; after «إلى» the name is its object)
        before = toks[m - 1] if m > 0 else None
        if i - m >= 2 and not toks[m].norm.startswith(("ب", "ل", "وب", "ول")) and (
                before is None or before.kind != "w" or before.norm in self.lex.roles
                or self._ar_contrast_word(m - 1)  # («لكن فلان الفلاني قال»: subject-verb order)
                or before.norm in self.lex.people or before.norm in self.lex.honorifics
                or ar_nisba(before.norm, 0, plural=True)
                or self._ar_role_before(m)):
            return (m, i)  # «… المحامية الفرنسية كريستين لازيرغ أكدت»: a name right before the verb
        if k == i - 1 and k > 0 and (toks[k - 1].norm in _ar_that() or self._ar_contrast_word(k - 1)) \
                and ar_name_token(toks[k], None, self.lex) \
                and not toks[k].norm.startswith(("ب", "ل")) and toks[k].norm not in _ar_not_subject() \
                and not self._ar_opens_clause(toks[i].norm):
            return (k, i)  # «رغم أن كاريك قال إن …»: after أن, a name alone, then the verb: its subject
        if k == i or self._ar_preposition_phrase(toks[k].norm) \
                or toks[k].norm.removeprefix("و") in _ar_prep():
            return None  # «… لكنه قال», «وفي جملة لاذعة قال»: no subject before the verb
        if k > 0 and toks[k - 1].kind == "w" and toks[k - 1].norm.removeprefix("و") in _ar_prep():
            return None  # «من جهة أخرى دعا …»: the noun after a preposition is its object
        first = toks[k].norm
        if first in self.lex.roles or first in self.lex.people or first.removeprefix("و") in self.lex.roles \
                or ar_name_end(toks, k, self.lex) - k >= 2 or self._ar_definite_speaker_head(k, i):
            return (k, i)
        return None

    def _ar_contrast_word(self, k: int) -> bool:
        """«لكن», «ولكن» at ``k`` (one-word ``contrast_particles_ar.txt``): like «أن», it opens a
        clause in subject-verb order («لكن فلان قال: “…”»: the name after it is the subject)."""
        return (self.toks[k].norm,) in phrases("contrast_particles_ar.txt")

    def _ar_that_pronoun_subject(self, i: int, number: str) -> bool:
        """«رغم أنه وصف الأجواء بـ“…”», «لأنها اعتبرت القرار …»: أنّ with an attached pronoun right
        before the verb at ``i``, agreeing with it: that pronoun is the verb's subject (the one the
        article spoke of), and the noun after the verb is its object. Not when what follows could
        speak: «أنه روى لنا أحد التجار حكايته» (the pronoun of the matter, the subject after)."""
        toks = self.toks
        if i < 1 or toks[i - 1].kind != "w" or _ar_that_subjects().get(toks[i - 1].norm) != number:
            return False
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].kind == "w" and ar_preposition_pronoun(toks[j].norm):
            j += 1  # («أنه قال لهم …»: past the addressee)
        if j >= len(toks) or toks[j].kind != "w":
            return True
        return not (self._ar_can_speak((j, j + 1)) or ar_name_token(toks[j], None, self.lex)
                    or toks[j].norm in self.lex.honorifics)

    def _ar_subject_past_relative(self, i: int, number: str) -> tuple[int, int] | None:
        """«القيادي في الحزب فلان الفلاني الذي يعد من أبرز … قال في تصريح إن …»: a sentence that
        opens on who it is about (a description, a name), then a relative clause about him, then
        the reporting verb with no subject after it and no punctuation on the way: the verb is the
        main clause's, and its subject the antecedent of الذي/التي/الذين (agreeing with the verb)."""
        toks = self.toks
        s = self._near_sentence_start(i, 30)
        if s >= 0 and s + 1 < i and (toks[s].norm,) in phrases("contrast_particles_ar.txt"):
            s += 1  # «لكن فلان الذي أنيطت به المهمة قال»: "but" opens the sentence, the subject follows
        # (a comma may close the relative clause before the verb: «فلان الذي تولى …، قال»)
        v = i - 1 if i - 1 > s and toks[i - 1].norm in (",", "،") else i
        if s < 0 or i - s < 4 or any(t.kind != "w" for t in toks[s:v]):
            return None
        rel = next((m for m in range(s + 1, i - 2) if toks[m].norm in _ar_antecedent_relatives()), None)
        if rel is None or _ar_antecedent_relatives()[toks[rel].norm] != number:
            return None
        first = toks[s].norm
        if first in self.lex.stops or first.removeprefix("و") in _ar_prep() or first in _ar_that() \
                or any(self.cue_at(m) is not None for m in range(s, rel)):
            return None  # (a verb or a preposition opens the sentence: the relative is not its subject's)
        if not (first.startswith("ال") or first in self.lex.roles or first in self.lex.people
                or first in self.lex.honorifics):
            # a sentence opening on a name needs that name to run to the relative («فلان الفلاني
            # الذي …»); «وجاء من بعده ابنه فلان الذي تولى … وأضاف»: a verb opens it
            named_to = rel - 1 if self._ar_family_name_at(rel - 1) else rel
            if first[:1] in "وف" or named_to - s < 1 \
                    or ar_name_end(toks, s, self.lex, 4) not in (named_to, rel):
                return None
        a = rel - 1 if rel - 2 >= s and self._ar_family_name_at(rel - 1) else rel
        while a > s and rel - a < 4 and not toks[a - 1].norm.startswith(("ال", "و")) and (
                ar_name_token(toks[a - 1], None, self.lex) or self._ar_given_name_ali(a - 1, s)):
            a -= 1
        if rel - a >= 2:
            if a - 1 > s and self._ar_other_holder(toks[a - 1].norm) \
                    and any(self._ar_title_word(t.norm) for t in toks[s:a - 1]):
                return None  # «مستشار الرئيس فلان الذي …»: the name may be the genitive role's holder
            return (a, rel)  # the full name right before the relative («… وعضو البرلمان علي الفلاني الذي»)
        if a == s and rel - a == 1 and not first.startswith("ال") and first not in self.lex.roles \
                and first not in self.lex.people and first not in self.lex.honorifics:
            return (a, rel)  # «لكن سليمان الذي أنيطت به المهمة، قال»: a name alone opens the sentence
        ante = self._ar_relative(rel + 1)
        if ante is None or ante[0] < s or not (
                self._ar_can_speak((s, s + 1)) or self._ar_can_speak(ante) or ante[0] == s):
            return None
        return ante

    def _ar_family_name_at(self, k: int) -> bool:
        """«المومني» in «محمد المومني أكد»: a word with ال that is no role, person noun or stop
        word, right after a word of a name (not itself with ال)."""
        toks = self.toks
        w = toks[k].norm
        return k > 0 and toks[k].kind == "w" and w.startswith("ال") and len(w) > 4 \
            and w not in self.lex.people and w not in self.lex.stops and w[2:] not in self.lex.roles \
            and not w.endswith("ه") and not toks[k - 1].norm.startswith("ال") \
            and ar_name_token(toks[k - 1], None, self.lex)

    def _ar_known_surname_before(self, k: int, a: int) -> bool:
        """«ووصف كيري العمليات …» after «جون كيري»: the word before ``k`` is a later word (a
        surname) of a person's full name the article gives, so a definite word at ``k`` that is
        no word of that name (nor, with it, of another registered one) starts the verb's object.
        The phrase starts at ``a`` (after the verb) and holds only titles and that name's words."""
        toks = self.toks
        if k < 1 or k >= len(toks) or toks[k].kind != "w" or toks[k - 1].kind != "w":
            return False
        w, last = toks[k].norm, toks[k - 1].norm
        if last.startswith("ال") or w in ar_name_al() or last in ar_name_glue():
            return False  # (not «ابن النديم»: after «ابن», «أبو», a definite word is the name's own)
        p = self.reg.by_name((last,))
        if p is None or not p.named or len(p.keys) < 2 or last not in p.keys[1:] or w in p.keys \
                or self.reg.by_name((last, w)) is not None:
            return False
        if not w.startswith("ال") and (last != p.keys[-1] or w in ar_nasab() or len(w) < 3 or len(last) < 3
                                       or not all(t.norm in p.keys or t.norm in self.lex.honorifics
                                                  for t in toks[a:k - 1])):
            return False  # («ووصف كارتر أحداث يونيو …» after «جوزيف كارتر»: past the family name that
            # closes the full name, an indefinite word opens the object too; not after «دي» of
            # «دي ماريا», nor after a description ending like a registered phrase: «زوج معلمة تبوك»)
        if p.keys[p.keys.index(last, 1) - 1] in ar_name_openers():
            return False  # («خالد بن سعد»: a father's name may be another man's given name)
        # the phrase is that name (after titles): not «مدير … بمجموعة ناس القابضة», a role whose
        # body's name ends like a registered one, nor «محمد سعد الحربي» after «خالد سعد»
        return all(t.kind == "w" and (t.norm in p.keys or t.norm in self.lex.honorifics
                                      or self._ar_title_word(t.norm)) for t in toks[a:k - 1])

    def _ar_definite_speaker_head(self, k: int, i: int) -> bool:
        """«لكن البنك المركزي اعتبر أن …», «إلا أن الحكومة الفرنسية قالت …»: a definite body or
        document of a word or three, right after the particle that opens the clause, is the
        fronted subject of the verb after it (as a definite role is)."""
        bare = self.toks[k].norm.removeprefix("ال")
        return self.toks[k].norm.startswith("ال") and i - k <= 3 \
            and (bare in _ar_body_heads() or bare in ar_documents())

    def _ar_fronted_before_comma(self, i: int) -> tuple[int, int] | None:
        """«بدوره المخرج والمؤلف فلان الفلاني، قال “…”», «وزير الخارجية، فلان الفلاني، قال»: a
        subject written ahead of its verb and set off by a comma. The name written there is who
        speaks, even when someone introduced earlier holds the same role, so the phrase returned
        ends with that name (a role before it, or the name alone in an apposition)."""
        toks = self.toks
        if i < 3 or toks[i - 1].norm not in (",", "،") or self._ar_opens_clause(toks[i].norm):
            return None
        e = i - 1
        s = self._near_sentence_start(e, 14)
        if s < 0:
            return None
        while s < e and toks[s].norm in _ar_fronted_openers():
            s += 1
        if s < e and toks[s].norm in (",", "،"):
            s += 1  # «بدوره، …»
        inner = [k for k in range(s, e) if toks[k].norm in (",", "،")]
        if len(inner) > 1 or any(t.kind != "w" for k, t in enumerate(toks[s:e], s) if k not in inner):
            return None
        if not s < e or not self._ar_title_word(toks[s].norm[1:] if toks[s].norm[:1] in "وف"
                                                and len(toks[s].norm) > 3 else toks[s].norm):
            return None  # (only a role, an honorific or a person noun opens such a subject, maybe after و/ف)
        if any(self.cue_at(k) is not None or toks[k].norm in self.lex.stops for k in range(s, e)
               if k not in inner):
            return None  # a verb or a particle inside: another clause, not one subject
        if inner:
            c = inner[0]
            h = c + 1 + (toks[c + 1].norm in self.lex.honorifics)
            return (h, e) if e - h >= 2 and ar_name_end(toks, h, self.lex, 5) == e else None
        glued = toks[s].norm[:1] in "وف" and not self._ar_title_word(toks[s].norm)
        for m in range(s + 1, e - 1):
            if ar_name_end(toks, m, self.lex, 5) == e:
                # («فالكاتب والشاعر فلان»: a conjunction glued to the first title hides it from
                # the register; the name alone is who speaks)
                return (m, e) if glued else (s, e)
        return None

    def _ar_name_role_before_comma(self, i: int) -> tuple[int, int] | None:
        """«…، فلان الفلاني، رئيس جمعية “…” (…)، قال: “…”»: a full name, then the role set off by
        commas, written ahead of the verb (no «و» on it): that name is the verb's subject, who
        speaks, not someone named in an earlier sentence. The role may hold a body's name in
        marks or a parenthesis; the name follows a comma, a colon or the sentence start."""
        toks = self.toks
        if i < 5 or toks[i - 1].norm not in (",", "،") or self._ar_opens_clause(toks[i].norm):
            return None
        k = i - 2
        depth = 0
        while k > 0 and i - k <= 16:
            t = toks[k]
            if t.norm in (",", "،") and not depth:
                break
            if t.norm == ")":
                depth += 1
            elif t.norm == "(":
                depth -= 1
            elif t.kind == "b" or (t.kind == "p" and not depth) or (t.kind == "w" and not depth and (
                    self.cue_at(k) is not None or (t.norm in self.lex.stops and toks[k + 1].kind != "q"))):
                return None  # another clause or sentence, not one role («لـ“…”»: a body's name in marks)
            k -= 1
        c = k
        if toks[c].norm not in (",", "،") or depth or c + 1 >= i - 1:
            return None
        if not self._ar_title_word(toks[c + 1].norm):
            return None  # (only a role opens the apposition: «فلان، رئيس …،»)
        for a in range(max(1, c - 5), c - 1):
            if ar_name_end(toks, a, self.lex, 5) == c and (
                    toks[a - 1].kind == "b" or toks[a - 1].norm in (",", "،", ":")):
                return (a, c)
        return None

    def _ar_kana_subject(self, i: int) -> tuple[int, int] | None:
        """«وكان رئيس الحكومة، فلان الفلاني، قد أكد أن “…”»: the subject of كان stands between it
        and «قد» before the verb; a name set off by commas in it is the speaker."""
        toks = self.toks
        if i < 3:
            return None
        # (also with no «قد»: «وكانت اللجنة الدولية دعت الجمعة إلى …»)
        qad = 1 if toks[i - 1].norm == "قد" else 0
        k = i - 1 - qad
        while k > 0 and i - k <= 14 and (toks[k].kind == "w" or toks[k].norm in (",", "،")
                                          or self._ar_body_name_in_marks(k)) \
                and toks[k].norm not in _ar_kana():
            k -= 1  # (a body's name in marks may be in the subject: «الباحث في شركة “…” قد كشف»)
        if toks[k].norm not in _ar_kana() or k + 1 >= i - qad:
            return None
        a, e = k + 1, i - qad
        if toks[e - 1].norm in (",", "،"):
            e -= 1
        commas = [m for m in range(a, e) if toks[m].norm in (",", "،")]
        if commas:
            h = commas[-1] + 1
            h += toks[h].norm in self.lex.honorifics if h < e else 0
            if len(commas) == 1 and e - h >= 2 and ar_name_end(toks, h, self.lex, 5) == e \
                    and self._ar_title_word(toks[a].norm):
                return (h, e)
            c = commas[0]
            if len(commas) == 1 and c - a >= 2 and ar_name_end(toks, a, self.lex, 5) == c \
                    and c + 1 < e and ar_person_head(toks[c + 1].norm.removeprefix("ال"), self.lex):
                # «وكان فلان الفلاني، الأمين العام لنقابة …، قد أكد أن “…”»: the full name, then
                # his role set off by commas, then «قد» and the verb
                return (a, c)
            return None
        held = ar_name_end(toks, a + 1, self.lex, 5) if qad and toks[a].norm in self.lex.people else a
        if held - (a + 1) >= 2 and held < e:
            return (a + 1, held)  # «وكان الباحث فلان الفلاني الخبير في شركة … قد كشف»: the name
        aside = next((m for m in range(a + 1, e) if toks[m].norm in ar_and_he_she()), None)
        if aside is not None and not any(self.cue_at(m) is not None for m in range(a, e)) \
                and not any(toks[m].norm in self.lex.stops for m in range(a, aside)) \
                and (self._ar_can_speak((a, aside)) or ar_name_end(toks, a, self.lex, 5) - a >= 2):
            # «وكان الرئيس فلان الفلاني وهو من المدافعين عن الاتفاق أعلن …»: a clause of «وهو/وهي»
            # describing the subject stands between it and the verb
            return (a, aside)
        if any(self.cue_at(m) is not None or toks[m].norm in self.lex.stops for m in range(a, e)):
            named = ar_name_end(toks, a, self.lex, 5)
            if any(self.cue_at(m) is not None for m in range(a, e)) or not qad:
                return None
            named = ar_name_end(toks, a, self.lex, 5)
            if named - a >= 2 and named < e:
                # «وكان فلان الفلاني رئيس لجنة … في الاتحاد قد قال»: the full name right after
                # كان, then what he is or where he was (with a preposition), then «قد» and the verb
                return (a, named)
            if toks[a].norm in self.lex.roles or toks[a].norm in self.lex.people:
                return (a, e)  # «وكان رئيس لجنة المسابقات في الاتحاد قد قال»: a role phrase
            return None
        known = self.reg.by_name((toks[a].norm,)) if e - a == 1 else None
        if (known is not None and known.named) or (
                e - a == 1 and not toks[a].norm.startswith("ال") and ar_name_token(toks[a], None, self.lex)):
            return (a, e)  # «وكان أوباما صرح …», «وكان كيري قال …»: a name alone before the verb
        return (a, e) if self._ar_can_speak((a, e)) or ar_name_end(toks, a, self.lex, 5) - a >= 2 else None

    def _ar_body_name_in_marks(self, k: int) -> bool:
        """«شركة “زيمبريوم”»: marks at ``k`` holding a name, right after a body's head noun: the
        body's name, a word of the phrase it stands in (not a person's name in marks after a role,
        «الناطق باسم الوزارة “…”», who is then the one named)."""
        return self.toks[k].kind == "q" and k > 0 and self.quoted_name(k) \
            and self.toks[k - 1].norm.removeprefix("ال") in _ar_body_heads_all()

    def _ar_role_before(self, m: int) -> bool:
        """«فإن رئيسة اللجنة الوطنية لحقوق الإنسان كريستين لازيرغ أكدت»: a role noun a few words
        before the name (its complement in between) makes the words before the verb a name."""
        toks = self.toks
        k = m - 1
        while k >= 0 and m - k <= 7 and toks[k].kind == "w":
            w = toks[k].norm
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if bare in self.lex.roles or bare.removeprefix("ال") in self.lex.roles or bare in self.lex.people:
                return True
            if w in self.lex.stops and not (m - k <= 3 and w in ar_source_place_prepositions()):
                return False  # (but «السفير الهولندي في الأردن فلان أكد»: the role's place, one word)
            k -= 1
        return False

    def _ar_named_topic(self, j: int) -> tuple[int, int] | None:
        """«المغرد فلان الفلاني اختار أن يكتب قائلا “…”», «أما الكاتب فلان الفلاني فعلق … قائلا»,
        «بينما كان الناقد فلان الفلاني صريحا …، وهو يقول “…”»: a sentence that opens on a
        person's description and full name, ahead of its verb (subject-verb order, maybe after
        «أما», «بينما», «كان»), is about that person; a participle or a dropped subject later in
        it, with no quotation or other cue between, is theirs. The description is kept (the
        fullest mention). Only a name of two words or more, followed by a word that is no noun
        with ال (a verb, «فـ» and a verb, an adjective in -ا)."""
        toks = self.toks
        s = self._recent_start(j, 40)
        if s > 0 and toks[s - 1].kind != "b":
            return None
        for c in range(j - 1, s, -1):
            if toks[c - 1].norm in (",", "،") and toks[c].norm in ar_openers():
                s = c  # «…، بينما كان الناقد فلان …»: a clause of its own after the comma
                break
        a = s
        while a < j and (toks[a].norm in _ar_fronted_openers() or toks[a].norm in _ar_kana()
                         or toks[a].norm in ar_openers()):
            a += 1
        if a >= j or toks[a].kind != "w":
            return None
        w = toks[a].norm
        if not self._ar_title_word(w[1:] if w[:1] in "وف" and len(w) > 3 else w):
            return None
        m = a + 1
        while m < j and m - a < 4 and toks[m].kind == "w" \
                and self._ar_title_word(toks[m].norm.removeprefix("و")):
            m += 1  # «الكاتب والشاعر فلان»
        e = ar_name_end_spelled(self.text, toks, m, self.lex, 5)
        if m < e < j and e - m == 1 and toks[e].norm.startswith("ال") and toks[e].norm not in self.lex.stops:
            e += 1  # «المغرد فلان الفلاني اختار»: a family name with ال, then the verb
        if e - m < 2 or e >= j or toks[e].kind != "w":
            return None
        nxt = toks[e].norm
        if nxt.startswith(("ال", "لل")) or nxt in self.lex.stops or nxt.removeprefix("و") in _ar_prep():
            return None
        if any(toks[k].kind == "q" and not self._ar_outlet_spoken_to(k) for k in range(e, j)) \
                or any(self.cue_at(k) is not None for k in range(e + 1, j)):
            return None  # (an outlet spoken to, «في حديثها لـ"الصحيفة"», is nobody's words)
        return (a, e)

    def _ar_by_saying_subject(self, j: int) -> tuple[int, int] | None:
        """«…، اكتفى رئيس الوزراء فلان الفلاني بالقول إن “…”», «وختم الوزير حديثه بالقول “…”»:
        «بالقول» or «بقوله» («by saying», ``ar_by_saying_opener``) at ``j`` closes a clause opened
        by a verb right after a pause; the phrase after that verb (up to its object; with «بقوله»
        past a preposition with a pronoun right after the verb, «ليرد عليه الكاتب فلان بقوله») is
        who says it: a role, a person noun, a title or a known name."""
        toks = self.toks
        c = self.ar_by_saying_opener(j)
        if c is None or c >= j - 1:
            return None
        v = toks[c].norm.removeprefix("و")
        if v.startswith("ال") or v in self.lex.stops or v in _ar_prep() or self._ar_title_word(v) \
                or self.cue_at(c) is not None:
            return None
        a = c + 1
        if toks[j].norm != "بالقول" and a + 1 < j and ar_preposition_pronoun(toks[a].norm):
            a += 1  # «ليرد عليه الكاتب فلان الفلاني بقوله “…”»: the verb's complement, then its subject
        e = a + 1
        while e < j and not self._ar_possessed_object(toks[e]) \
                and not self.text[toks[e].start:toks[e].end].endswith(("ًا", "اً")):
            e += 1
        w = toks[a].norm
        if not (self._ar_title_word(w) or self.reg.by_name((w,)) is not None):
            return None
        return (a, e)

    def ar_by_saying_opener(self, j: int) -> int | None:
        """The first word of the clause that «بالقول», or «بـ» glued to a word of ``qawl_ar.txt``
        («بقوله»), at ``j`` closes (after a pause or at the start of a sentence, at most 12 words
        back), or None."""
        toks = self.toks
        if toks[j].norm != "بالقول" and not (toks[j].norm[:1] == "ب" and toks[j].norm[1:] in _ar_qawl()):
            return None  # («بالقول», «بقوله»: by saying)
        c = j - 1
        while c > 0 and j - c < 12 and toks[c - 1].kind == "w":
            c -= 1
        if c >= j or toks[c].kind != "w" or (c > 0 and toks[c - 1].kind == "w"):
            return None
        return c

    def _ar_dual_subject(self, i: int) -> tuple[int, int] | None:
        """«لكن رئيس الحكومة ووزير داخليته فلان الفلاني اعترضا على …، وأكدا أن “…”»: a dual
        reporting verb with no subject goes on with the two people joined by «و» before the
        sentence's own dual verb (a word in ـا right after the second one's name): both speak,
        as written. Only with no quotation between."""
        toks = self.toks
        s = self._recent_start(i, 40)
        for k in range(s, i - 3):
            t = toks[k]
            if t.kind == "q":
                return None
            if t.kind != "w" or not self._ar_title_word(t.norm.removeprefix("و")) or t.norm[:1] == "و":
                continue
            m = k + 1
            while m < i and m - k < 6 and toks[m].kind == "w" and not (
                    toks[m].norm[:1] == "و" and self._ar_title_word(toks[m].norm[1:])):
                m += 1
            if m >= i or m - k >= 6 or toks[m].kind != "w":
                continue
            h = m + 1
            while h < i and h - m < 4 and toks[h].kind == "w" and (
                    self._ar_title_word(toks[h].norm) or toks[h].norm.startswith("ال")
                    or self._ar_possessed_object(toks[h]) or toks[h].norm.endswith("ته")):
                h += 1  # «ووزير داخليته»: the second title and its complement
            e = ar_name_end(toks, h, self.lex, 5)
            e = next((x for x in range(h + 1, e) if self._ar_dual_verb_shape(x)), e)  # («… حسن فلان اعترضا»)
            if e < i and self._ar_dual_verb_shape(e) and self.cue_at(e) is None and e - k >= 3:
                return (k, e)
            return None
        return None

    def _ar_dual_verb_shape(self, x: int) -> bool:
        """A past verb of two (ـا, no ال): «اعترضا», «التقيا»."""
        w = self.toks[x].norm
        return self.toks[x].kind == "w" and w.endswith("ا") and not w.startswith("ال") and len(w) >= 5

    def _ar_outlet_spoken_to(self, k: int) -> bool:
        """«لـ"الاقتصادية"», «لصحيفة "الوطن"»: the quotation at ``k`` is the short name of the
        outlet spoken to, right after «لـ» or an outlet noun."""
        toks = self.toks
        return k > 0 and toks[k - 1].kind == "w" \
            and (toks[k - 1].norm == "ل" or toks[k - 1].norm in _ar_outlet_nouns()) \
            and self.quoted_name(k)

    def _ar_opening_subject(self, j: int) -> tuple[int, int] | None:
        """«وتطرق باخ إلى التقارير قائلا: …»: with no reporting verb before the participle,
        the name right after the verb opening the sentence is who speaks."""
        toks = self.toks
        s = self._sentence_start(j)
        a = s + 1
        if a >= j or toks[s].kind != "w" or toks[s].norm[:1] not in "وف":
            return None
        if toks[s].norm in _ar_prep() or toks[s].norm in self.lex.stops:
            # «في نقد ساخر آخر، …، معلقة …»: «في», «فقد» are words of their own, not فـ and a
            # word; a fronted adverbial opens the sentence, as after و
            return self._ar_subject_after_comma(s, j)
        opener = toks[s].norm[1:]
        negated = opener in ar_verb_particles() and a + 1 < j and toks[a].kind == "w"
        if negated:
            a += 1  # «ولم يبد المهنا … اكتراثا …، قائلا»: the particle, then the verb
        elif opener in _ar_prep() or opener in _ar_before_noun() or opener in self.lex.stops:
            # «وفي لفتة جميلة، صفق لها الجمهور، قدم الفنان المصري …، مؤكدا …»: a fronted
            # adverbial opens the sentence; the subject is that of a verb after a comma
            return self._ar_subject_after_comma(s, j)
        if self._ar_marked_short_name(a) and a + 1 < j and toks[a + 1].kind == "w":
            return (a, a + 1)  # «وأوجز “حامد” خبرته …، مؤكدا أن …»: a name in marks after the verb
        if toks[a].norm in self.lex.honorifics:
            a += 1
        e = ar_name_end(toks, a, self.lex)
        if e - a >= 2 and self._ar_known_surname_before(a + 1, a):
            e = a + 1  # «ورفض بيرسون التعليق …» after «روي بيرسون»: the surname, then the object
        if e == a and toks[a].norm.startswith("ال"):
            e = a + 1  # «ولم يبد المهنا …»: a family name with ال, known from the full name
        if e - a >= 2 or (e - a == 1 and (negated or self.reg.by_name((toks[a].norm,)) is not None)):
            return (a, e)  # (after a particle and its verb, the next word is the subject)
        return self._ar_role_then_titled_name(a, j) or self._ar_role_then_name(a, j)

    def _ar_role_then_titled_name(self, a: int, j: int) -> tuple[int, int] | None:
        """«وجّه مدير دائرة الحكام بالاتحاد الخبير الإنجليزي فلان الفلاني حديثه …»: a role word
        at ``a`` (the head of a construct) and its complement, then a title («الخبير») with its
        nisbas and a full name: that name, within ten words of the role and before ``j``, with no
        pause, quotation, function word or reporting verb between."""
        toks = self.toks
        if toks[a].kind != "w" or toks[a].norm not in self.lex.roles:
            return None
        for h in range(a + 1, min(j, a + 10)):
            t = toks[h]
            if t.kind != "w" or (t.norm in self.lex.stops and t.norm not in _ar_prep()) \
                    or self.cue_at(h) is not None:
                return None  # (a preposition may join the role's complement: «مدير … في الاتحاد»)
            if t.norm not in self.lex.honorifics:
                continue
            n = h + 1
            while n < j and toks[n].kind == "w" and toks[n].norm.startswith("ال") \
                    and toks[n].norm.endswith("ي"):
                n += 1  # («الخبير الإنجليزي»: the title's nisba)
            e = ar_name_end(toks, n, self.lex, 4)
            e = next((m for m in range(n + 2, e) if self._ar_possessed_object(toks[m])), e)
            return (n, e) if e - n >= 2 and e <= j else None  # (not the object: «… حديثه»)
        return None

    def _ar_role_then_name(self, a: int, j: int) -> tuple[int, int] | None:
        """«ورحب المتحدث باسم الحكومة فلان الفلاني بالزيارة قائلا …»: the subject after the
        opening verb is a role and its complement, then a full name (its first word without ال);
        that name is who speaks (the participle has the sentence's subject)."""
        toks = self.toks
        if not self._ar_title_word(toks[a].norm) or toks[a].norm.removeprefix("ال") in _ar_body_heads():
            return None  # (a body, «واستمعت اللجنة لاقتراحات فلان», is no role of the name after it)
        for m in range(a + 1, min(j, a + 8)):
            t = toks[m]
            if t.kind != "w" and t.norm not in (",", "،"):
                return None
            if t.kind != "w" or self.cue_at(m) is not None or t.norm in self.lex.stops:
                if t.kind == "w":
                    return None
                continue
            e = min(ar_name_end(toks, m, self.lex, 4), j)
            if e - m >= 2 and m >= a + 2 and not t.norm.startswith("ال") and not self._ar_title_word(t.norm) \
                    and (self.reg.by_name(tuple(x.norm for x in toks[m:e])) is not None
                         or not any(x.norm.startswith("ال") for x in toks[m:e])):
                # (the role has a complement, «باسم الحكومة»; a name with ال must be one the
                # document names: «ورفض المصدر إعطاء المزيد» is a verbal noun and its object)
                return (m, e)
        return None

    def _ar_marked_short_name(self, k: int) -> bool:
        """«“حامد”», «“نعيم الخطيب”»: one to three words in marks, none with ال (not a body's
        or a thing's name, «“بنك الرياض”», «“قانون الإرهاب”»), that could be a person's name."""
        if not self.quoted_name(k):
            return False
        words = self.marked_words(k)
        return 1 <= len(words) <= 3 and not any(fold(w).startswith(("ال", "وال", "بال", "لل")) for w in words)

    def _ar_subject_after_comma(self, s: int, j: int) -> tuple[int, int] | None:
        """The subject of the verb nearest before ``j`` that opens a comma-separated part of the
        sentence starting at ``s``: a verb (no ال, no preposition) then a definite description
        or a role that can speak, up to a preposition or a particle."""
        toks = self.toks
        lex = self.lex
        for c in range(j - 2, s, -1):
            if toks[c - 1].norm not in (",", "،") or toks[c].kind != "w":
                continue
            v = toks[c].norm
            if v.startswith("ال") or v.removeprefix("و") in _ar_prep() or v in lex.stops \
                    or v.removeprefix("و") in _ar_before_noun() or self.cue_at(c) is not None:
                continue
            a = c + 1
            e = a
            while e < j and e - a < 4 and toks[e].kind == "w" and toks[e].norm not in lex.stops \
                    and toks[e].norm not in _ar_prep() and toks[e].norm not in _ar_before_noun() \
                    and not toks[e].norm.startswith(("ب", "ل")) and self.cue_at(e) is None:
                e += 1
            if e > a and toks[a].norm.startswith("ال") and self._ar_can_speak((a, e)):
                return (a, e)
        return None

    def _ar_considered_passive(self, i: int) -> bool:
        """«والتي تعتبر من آداب …», «فهذا يعتبر خطأ», «لازالت تعتبر الأقل»: «يعتبر/تعتبر» right
        after a relative pronoun, a demonstrative, or a verb of being or lasting or a pronoun
        (``being_verbs_ar.txt``, ``lasting_auxiliaries_ar.txt``: «صارت تعتبر الأقدم»), with no
        «أن» after it, is the passive "is considered": what follows is its predicate, no one
        who speaks (``considered_passive_ar.txt``). Not «التي تعتبر أن …» (she considers that)."""
        toks = self.toks
        if i == 0 or toks[i].norm not in _ar_considered() or toks[i - 1].kind != "w":
            return False
        before = toks[i - 1].norm
        bare = before[1:] if before[:1] in "وف" and len(before) > 3 else before
        if not any(w in ar_clause_relatives() or w in ar_demonstratives() or w in _ar_lasting()
                   for w in (before, bare)):
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is None or nxt.norm not in ar_that_particles()

    def _ar_manner_participle(self, j: int) -> bool:
        """«وأضاف مبتسما: “…”», «وتابعت متحمسة: “…”», «وقال ضاحكا “…”»: an indefinite active
        participle alone between the verb and the pause or the quotation is a circumstantial
        (حال) telling how it was said; the speaker is the verb's hidden subject. Participles have
        the shape مُفعِل/مُتفعِّل/مُستفعِل (م then a consonant) or فاعِل (ا second), ending in the
        accusative ا (masculine) or ة (feminine); a role, a person noun or a name met in the
        article there is the subject («وقالت متحدثة: …», «وقال مارادونا: …»)."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j + 1].kind == "w" or toks[j].kind != "w":
            return False
        return self._ar_participle_shape(j)

    def _ar_participle_shape(self, j: int) -> bool:
        """The word at ``j`` has the shape of an indefinite active participle in the accusative
        (a حال: «مبتسما», «شارحا», «متحمسة»), and is no title, person noun or name of the article."""
        t = self.toks[j]
        if t.kind != "w":
            return False
        w = t.norm
        raw = self.text[t.start:t.end]
        if w.startswith(("ال", "و")) or not (raw.endswith("ة") or w.endswith("ا")):
            return False
        stem = w[:-1]
        shortest = 5 if raw.endswith("ة") else 4  # (مدينة, مجلة: nouns of place and things)
        mufil = stem[:1] == "م" and stem[1:2] not in ("ا", "و", "ي") and shortest <= len(stem) <= 7
        fail = len(stem) == 4 and stem[1] == "ا" and stem[0] not in ("م", "ا") and not raw.endswith("ة")
        if not (mufil or fail) or w.endswith("نا"):
            return False  # («مصدرنا»: a noun with «our», not a participle)
        return not (self._ar_title_word(w) or self._ar_can_speak((j, j + 1))
                    or self.reg.by_name((w,)) is not None or len(_word_positions(self.toks, w)) > 1)

    def _ar_relayed_phrase(self, a: int, b: int) -> tuple[int, int]:
        """The one relayed in «نقلت الوكالة عن A قوله»: ``toks[a:b]`` up to a comma (what follows
        it, «، رئيس قسم المشتريات بالبلدية قوله», is an apposition about them) or a particle that opens a
        clause about them («مصدر في الرئاسة لم تكشف اسمه مساء القول»)."""
        toks = self.toks
        for m in range(a + 1, b):
            w = toks[m].norm
            if w == "في":
                named = self._ar_name_after_place((a, m), m)
                if named is not None:
                    return named  # «عن السفير الفلسطيني في عمان فلان الفلاني، القول»: the holder
            if w in (",", "،") or ar_edge_particle(w):
                return (a, m)
        return (a, b)

    def _ar_norm_noun(self, a: int) -> bool:
        """«… “…” وفقا لأهداف المنظمة», «طبقا للقانون»: the word after «وفقا/طبقا/حسب» is a rule,
        plan or goal one acts by (``norm_nouns_ar.txt``), wherever the phrase stands: in
        accordance with it, no one who speaks."""
        t = self.toks[a]
        if t.kind != "w":
            return False
        w = t.norm.removeprefix("ل")
        return (t.norm[2:] if t.norm.startswith(("لل", "ال")) else w.removeprefix("ال")) \
            in _ar_norm_nouns()

    def _ar_according_to_thing(self, a: int) -> str | None:
        """After «حسب/بحسب/وفق(ا لـ)» inside a clause, what the words are measured against when
        it is no one who speaks: "-" for a definite common noun that is no person, role, body,
        document, outlet or registered name and has no name after it («تختلف حسب العمق», «سيقرر
        حسب الظروف»); "m"/"f"/"p" for a noun with a possessive pronoun («بحسب زعمه», «حسب
        روايتها»): that pronoun's owner speaks. None otherwise."""
        toks = self.toks
        t = toks[a]
        if t.kind != "w":
            return None
        w = t.norm.removeprefix("ل")
        raw = self.text[t.start:t.end]
        noun = t.norm[2:] if t.norm.startswith(("لل", "ال")) else w.removeprefix("ال")
        if noun in _ar_norm_nouns():
            return "-"  # «وفقا لاتفاق الإنقاذ», «طبقا للقانون»: a rule one acts by, no one who speaks
        if w in ar_demonstratives():
            # «وفقا لهذه المؤشرات»: what the demonstrative points at, a thing that cannot speak
            return "-" if self._ar_demonstrative_thing(a) else None
        if not w.startswith("ال"):
            if len(w) >= 5 and not raw.endswith("ة") and self._ar_possessed_object(t):
                for suffix, number in (("هم", "p"), ("ها", "f"), ("ه", "m")):
                    if w.endswith(suffix):
                        return number
            return None
        if self._ar_can_speak((a, a + 1)) or w.removeprefix("ال") in _ar_outlets() \
                or _ar_marked_head(w.removeprefix("ال")) is not None \
                or self.reg.by_name((t.norm,)) is not None or self.reg.by_name((w,)) is not None \
                or ar_name_token(t, None, self.lex) or ar_name_end(toks, a + 1, self.lex, 4) - (a + 1) >= 2:
            return None  # («بحسب الشاهد فلان الفلاني»: a description, then the name)
        return "-"

    def _ar_no_subject_after_verb(self, a: int, stop: int) -> bool:
        """Words right after a verb of saying that are no subject, so the subject is dropped: a
        demonstrative and a definite noun that cannot speak («وقال هذه العمليات تهدف …»: the
        words said begin), or a first-person plural verb of five letters («فقال نتطلع إلى …»:
        unmarked speech begins; a name in نت is longer, «نتنياهو»)."""
        toks = self.toks
        t = toks[a] if a < stop else None
        if t is None or t.kind != "w":
            return False
        w = t.norm
        if w in ar_demonstratives():
            if a + 1 >= stop or not self._ar_demonstrative_thing(a):
                return False
            e = a + 2
            while e < stop and e - a < 5 and toks[e].kind == "w" and toks[e].norm.startswith("ال"):
                e += 1  # («هذه العمليات العسكرية»: the adjectives of the noun)
            # the phrase is what is said when its predicate follows at once («… تستوجب», «… “…”»),
            # not a relative, «أن» or a comma («وأكدت هذه الاتهامات التي …، أنه …»: the subject)
            return e < stop and (toks[e].kind == "q"
                                 or (toks[e].kind == "w" and arabic_labels._imperfect(toks[e].norm)))
        return w.startswith("نت") and len(w) == 5 and self.reg.by_name((w,)) is None \
            and w not in self.lex.people and w not in self.lex.roles

    def _ar_demonstrative_thing(self, a: int) -> bool:
        """A demonstrative at ``a`` (bare or glued to لـ) and a definite noun after it that names
        no person, role, body, document or registered name («لهذه المؤشرات», «هذه العمليات»;
        not a plural of people in ون/ين, «هؤلاء المتظاهرون»)."""
        toks = self.toks
        if toks[a].kind != "w" or toks[a].norm.removeprefix("ل") not in ar_demonstratives():
            return False
        nxt = toks[a + 1] if a + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "w" and nxt.norm.startswith("ال") \
            and not nxt.norm.endswith(("ون", "ين")) \
            and not self._ar_can_speak((a + 1, a + 2)) and self.reg.by_name((nxt.norm,)) is None

    def _ar_opens_with_verb(self, a: int) -> bool:
        """A phrase opening with و/ف and an imperfect verb («ويصف», «ويجيب», «ويسوقون»): a clause;
        a name glued to و is rare and a known one is not taken for a verb."""
        w = self.toks[a].norm
        rest = w[1:]
        verb = (rest[:1] == "ي" and len(rest) >= 3) or arabic_labels._imperfect(w)
        return self.toks[a].kind == "w" and w[:1] in "وف" and verb \
            and self.reg.by_name((rest,)) is None and rest not in self.lex.roles

    def _ar_subject_after_verb(self, a: int, j: int) -> tuple[int, int] | None:
        """The subject right after a verb at ``a - 1``, up to ``j``: a full or known name
        (after an optional title) or a definite phrase that can speak; None when there is none."""
        toks = self.toks
        if a >= j:
            return None
        h = a
        while h < j and (self._ar_title_word(toks[h].norm) or toks[h].norm in self.lex.honorifics):
            h += 1
        e = ar_name_end(toks, h, self.lex, 4)
        e = min(e, j)
        if e - h >= 2 or (e - h == 1 and self.reg.by_name((toks[h].norm,)) is not None):
            return (h, e)
        if h > a:
            return (a, h)  # «ويجيب الكاتب»: the title alone
        return None

    def _ar_surname_in_lam(self, a: int, j: int) -> bool:
        """«وقال دوف ليتفينوف رئيس البلدية», «بن لو برون محلل السوق»: a word opening with ل after
        a bare name is a surname, not «لـ» and the outlet spoken to, when the apposition that
        describes the person (a role or a person noun) follows it or the one name word after
        it; «لـ» and an outlet («لفرانس برس», «لوكالة …») are followed by what was said."""
        toks = self.toks
        w = toks[j].norm
        if len(w) < 3 or any(not ar_name_token(t, None, self.lex) for t in toks[a:j]) \
                or w[1:] in _ar_outlets() or w in _ar_outlet_nouns() or self._ar_person_word(j) \
                or w[1:] in self.lex.roles or w[1:] in self.lex.people:
            return False
        k = j + 1
        if k + 1 < len(toks) and ar_name_token(toks[k], w, self.lex) and not self._ar_person_word(k) \
                and not ar_role_after_name(toks, k):
            k += 1  # «بن لو برون محلل»: the surname's second word
        if self._ar_lam_surname_before_speech(j, k):
            return True
        # («وقال اندرياس لوبر كبير الباحثين»: «كبير» before its genitive is a role, ``ar_role_after_name``)
        return k < len(toks) and toks[k].kind == "w" and (ar_person_head(toks[k].norm, self.lex, titles=False)
                                                          or ar_role_after_name(toks, k))

    def _ar_lam_surname_before_speech(self, j: int, k: int) -> bool:
        """«وقال رامي لطفي إن …», «وقالت سارة ليسا ويتسن “…”»: after a bare name, a word opening
        with ل that the words said follow at once (إن/أن, a colon, the marks), alone or with one
        more name word before them (``k``), is the name's last word: «لـ» and the one spoken to
        would come with its noun («لصحيفة الحياة», «لرويترز», outlets the caller has ruled out).
        Not «لنا», «لهم», «لمراسلنا» (a pronoun attached: the one spoken to), «لل…» (a definite
        noun), a stop word («لذلك»), a plural («لصحفيين»: the people told), nor, before a second
        word, a noun in ة («لوكالة … إن»)."""
        toks = self.toks
        w = toks[j].norm
        raw = self.text[toks[j].start:toks[j].end]
        if k >= len(toks) or w.startswith("لل") or w in self.lex.stops or ar_preposition_pronoun(w) \
                or raw.endswith(("ه", "ها", "هم", "نا", "كم")) or (k > j + 1 and w.endswith("ه")) \
                or (len(w) >= 6 and w.endswith(("ين", "ون", "ات"))):
            return False
        return toks[k].kind == "q" or toks[k].norm == ":" or toks[k].norm in _ar_that()

    def _ar_lam_registered_surname(self, j: int) -> bool:
        """«قال لعمامرة إن …» after «رمطان لعمامرة»: a word opening with ل right after the verb is
        the family name of a person the article names in full (the last word of a registered
        name of two words or more), not «لـ» and a noun: the one who speaks."""
        w = self.toks[j].norm
        if not w.startswith("ل") or w.startswith("لل"):
            return False
        p = self.reg.by_name((w,))
        return p is not None and p.named and len(p.keys) >= 2 and p.keys[-1] == w

    def _ar_descriptor(self, np: tuple[int, int]) -> bool:
        w = self.toks[np[0]].norm
        if w in _ar_construct_offices():
            # «شيخ الأزهر»: an office in construct with a definite noun (alone, a family name)
            return np[0] + 1 < np[1] and self.toks[np[0] + 1].norm.startswith("ال")
        if w in folded_words("role_modifiers_ar.txt") and np[0] + 1 < len(self.toks):
            # «مساعد الرئيس للشؤون …», «مساعد وزير الخارجية»: the modifier before a role noun makes
            # a role («مساعد الحربي», a given name, has none after it)
            return self.toks[np[0] + 1].norm.removeprefix("ال") in self.lex.roles
        return w.startswith("ال") or w in self.lex.roles or w in self.lex.people

    def _ar_person_head(self, np: tuple[int, int]) -> bool:
        """The phrase opens with a word naming a person: a role or a person noun («المنسق»,
        «القيادي»), or with ال a participle of where one came from (``from_persons_ar.txt``:
        «الناجية»), not a group or a thing («الأوساط», «المقال»)."""
        return ar_person_head(self.toks[np[0]].norm.removeprefix("و"), self.lex, titles=False, origins=True)

    def _ar_no_speaker_phrase(self, a: int, j: int) -> bool:
        """A phrase that names no one: it opens with a preposition («بالعدد», «في») or holds a
        number («بالعدد 7927»)."""
        toks = self.toks
        w = toks[a].norm
        return self._ar_preposition_phrase(w) or w.removeprefix("و") in _ar_prep() \
            or any(t.norm[:1].isdigit() for t in toks[a:j])
