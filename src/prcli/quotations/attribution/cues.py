"""Reporting cues: where a cue starts and what it says (``cue_at``, ``may_cue``).

A reporting verb (Arabic, French, English), a source phrase («selon», «وفقا لـ»), an Arabic
relay («نقلت … عن») or «قوله»: the kind, the grammatical number and where the cue ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

from prcli.quotations import french
from prcli.quotations.attribution.base import _AttributorBase, _fr_det
from prcli.quotations.lexicon import (
    Lexicon,
    ar_before_an,
    ar_before_its_text,
    ar_came_in,
    ar_glued_replying_verb,
    ar_its_text,
    ar_ma_forms,
    ar_mention_links,
    ar_mention_passives,
    ar_on_it,
    ar_openers,
    ar_person_head,
    ar_pronoun_prepositions,
    ar_qawl_forms,
    ar_replying_verbs,
    ar_said_nouns,
    ar_speech_nouns,
    ar_text_owner_nouns,
    ar_that_hamza,
    ar_that_particles,
    ar_vague_heads,
    ar_went_verbs,
    ar_work_plurals,
    en_clause_joins,
    en_labelling_verbs,
    fr_as_said_clitics,
    fr_auxiliaries,
    fr_cue_auxiliaries,
    fr_cue_complements,
    fr_de_forms,
    fr_impersonal_subject,
    fr_present_cues,
    language_words,
    lexicon,
    phrases,
)
from prcli.quotations.lexicon import ar_name_objects as _ar_name_objects
from prcli.quotations.lexicon import ar_prepositions as _ar_prep
from prcli.quotations.lexicon import ar_relative_pronouns as _ar_relative_pronouns
from prcli.quotations.lexicon import ar_relay_an_verbs as _ar_relay_verbs
from prcli.quotations.lexicon import en_documents as _en_documents
from prcli.quotations.lexicon import fr_incise_auxiliaries as _fr_incise_aux
from prcli.quotations.lexicon import fr_stressed_pronouns as _fr_stressed
from prcli.quotations.people import ar_name_end, ar_telling_form, latin_cap, stopwords
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_pairs, lazy_words

_fr_incise_only = lazy_words("prcli.quotations", "incise_only_verbs_fr.txt")
#: «évoque»: a verb that quotes in marks right after its determiner (``_fr_evokes_marks``).
_fr_evoking = lazy_words("prcli.quotations", "evoking_verbs_fr.txt")
_fr_evoking_dets = lazy_words("prcli.quotations", "evoking_determiners_fr.txt")
#: «parlant», «parle»: verbs of «parler (de)» that report marks only (``_fr_speaks_of_marks``).
_fr_speaking_of = lazy_words("prcli.quotations", "speaking_of_verbs_fr.txt")
#: How many tokens after a verb of «parler (de)» the marks it reports may open.
_SPEAKING_OF_REACH = 6
#: «été», «fut»: a participle right after one is passive, its subject no speaker.
_fr_passive_aux = lazy_words("prcli.quotations", "passive_auxiliaries_fr.txt")
#: «avoir», «ne»: words after «dit», «écrit» that make it a present (``_fr_present_like_participle``).
_fr_present_followers = lazy_words("prcli.quotations", "present_cue_followers_fr.txt")
_FR_INVERSIONS = (("-t-il", "m"), ("-t-elle", "f"), ("-t-ils", "p"), ("-t-elles", "p"), ("-t-on", "?"),
                  ("-il", "m"), ("-elle", "f"), ("-ils", "p"), ("-elles", "p"), ("-on", "?"), ("-je", "?"))
#: «أن», «إن», «بأن» … (lexicon.ar_that_particles), under the name the other attribution modules import.
_ar_that = ar_that_particles
#: «رد فعل هاموند»: the word after «رد» that makes it the noun "reaction", no verb.
_ar_reaction_complements = lazy_words("prcli.quotations", "reaction_complements_ar.txt")
#: Words after which a verb-shaped word is a verbal noun («عبر كشف طرق …», «بعد إعلان …»).
_ar_before_noun = lazy_words("prcli.quotations", "before_noun_ar.txt")
#: «علمت الصحيفة من مصادر مطلعة أن …»: verbs of learning whose source follows من.
_ar_learned_verbs = lazy_pairs("prcli.quotations", "learned_from_verbs_ar.tsv")
#: «نقلت الوكالة عن فلان قوله»: the cue that closes a relayed speaker.
_ar_qawl = lazy_words("prcli.quotations", "qawl_ar.txt")
#: «مضيفا إليها “…”»: forms of «أضاف» and the pronoun-bearing «إلى» that make it "adding to it".
_ar_adding_verbs = lazy_words("prcli.quotations", "adding_verbs_ar.txt", convert=normalize)
_ar_to_it = lazy_words("prcli.quotations", "to_it_ar.txt", convert=normalize)
#: «قول الشاعر فلان: “…”»: nouns of a saying whose genitive (before a colon) is its speaker.
_ar_saying_heads = lazy_words("prcli.quotations", "saying_heads_ar.txt", convert=normalize)
#: «نص», «حث»: cues of two letters still read as cues after و/ف («ونص الإعلان على “…”»).
_ar_short_cues = lazy_words("prcli.quotations", "short_cues_ar.txt", convert=normalize)
#: «أبرز»: verbs spelled like an elative, which with «ـها/ـهم» is "the most … of them".
_ar_elative_cues = lazy_words("prcli.quotations", "elative_cues_ar.txt", convert=normalize)
#: «الذي», «التي»: a relative before a verb with its object pronoun («التي أبرزها التقرير»).
#: Object pronouns a verb may carry («اعتبره», «وصفتها»), longest first.
_AR_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")
#: Words remembered by ``Attributor._ar_may_cue`` before the table starts again (memory stays flat).
_MAY_CUE_MEMO_MAX = 100_000
#: ``Attributor._ar_cue_words`` by lexicon (``id``, with the lexicon kept so that the id is not reused).
_AR_CUE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}
_en_pron = lazy_pairs("prcli.quotations", "verb_subject_pronouns_en.tsv")
_en_not_verb = lazy_words("prcli.quotations", "not_verb_before_en.txt")
_en_ambiguous = lazy_words("prcli.quotations", "ambiguous_cues_en.txt")
_en_relatives = lazy_words("prcli.quotations", "relative_pronouns_en.txt")
#: lexicon.fr_auxiliaries, under the name the other attribution modules import.
_fr_aux = fr_auxiliaries
#: Verbs of showing that report only before «que» («l'étude montre que …»).
_fr_that_only = lazy_words("prcli.quotations", "that_cues_fr.txt")


def _name_word(text: str, t: Tok) -> bool:
    """A capitalised word shaped like a name ("Nadeau-Dubois", not "AvertissementsÀ")."""
    if t.kind != "w" or not text[t.start].isupper():
        return False
    w = text[t.start:t.end]
    return w.isupper() or all(not c.isupper() or w[k - 1] in "-'’" for k, c in enumerate(w) if k > 0)


@cache
def _source_firsts(lang: str) -> frozenset[str]:
    """First words of the source phrases, to skip most tokens at once."""
    return frozenset(p[0] for p in lexicon(lang).sources)


@cache
def _source_elided(lang: str) -> tuple[str, ...]:
    """The elided first words («d'»), which a source phrase may start with glued to the next."""
    return tuple(f for f in _source_firsts(lang) if f.endswith("'"))


@cache
def _source_index(lang: str) -> dict[str, list[int]]:
    """Positions of the source phrases in the lexicon, by first word."""
    index: dict[str, list[int]] = {}
    for k, phrase in enumerate(lexicon(lang).sources):
        index.setdefault(phrase[0], []).append(k)
    return index


@lru_cache(maxsize=65536)
def _source_candidates(lang: str, w0: str) -> tuple[tuple[str, ...], ...]:
    """``_source_phrases_at`` remembered per word (bounded): asked again for every quotation near
    the same words."""
    return tuple(_source_phrases_at(lang, w0))


def _source_phrases_at(lang: str, w0: str) -> list[tuple[str, ...]]:
    """The source phrases that can match at a word ``w0``, in lexicon order: first word ``w0``,
    ``w0`` without a glued و/ف, without a pronoun suffix (ه ها هم هما), the glued preposition ل,
    or an elided first word («d'»). Every other phrase fails on its first word, so looking at
    these only gives the same first match as trying them all."""
    index = _source_index(lang)
    keys = {w0, w0[1:], w0[:-1], w0[:-2], w0[:-3], "ل"}
    keys.update(f for f in _source_elided(lang) if w0.startswith(f))
    found = sorted(k for key in keys for k in index.get(key, ()))
    phrases = lexicon(lang).sources
    return [phrases[k] for k in found]


@cache
def _fr_cue_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The French reporting verbs written in several words («fait valoir», «mis en garde»),
    by first word: a token holds one word, so these are matched word by word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for form in lexicon("fr").cues:
        words = tuple(form.split())
        if len(words) > 1:
            out.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in out.items()}


def _elided_de(w: str) -> bool:
    """«d'un», «d'une», «d'avoir»: «de» elided before the word it is glued to."""
    return len(w) > 2 and w[:2] == "d'"


def _fr_cue_phrase(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """``(phrase, end)`` when a several-word French reporting verb starts at token ``i``."""
    for words in _fr_cue_phrases().get(toks[i].norm, ()):
        end = i + len(words)
        if end <= len(toks) and all(t.kind == "w" and (t.norm == w or (w == "de" and _elided_de(t.norm)))
                                    for t, w in zip(toks[i + 1:end], words[1:], strict=True)):
            return " ".join(words), end  # («s'est félicité d'une « … »»: «de» elided before a vowel)
    return None


@cache
def _ar_said_nouns() -> frozenset[str]:
    """Nouns of what someone said (folded): «تصريح», «قول», «تعبير» (said_nouns_ar.txt with
    speech_nouns_ar.txt)."""
    return ar_said_nouns() | ar_speech_nouns()


def _ar_said_owner(w: str) -> str | None:
    """«تصريحها» → f, «قوله» → m, «كلمتهم» → p: a noun of saying with a possessive pronoun,
    whose owner speaks (the gender or number of the pronoun); None for any other word."""
    for suffix, number in (("هما", "p"), ("هم", "p"), ("ها", "f"), ("ه", "m")):
        stem = w[:-len(suffix)]
        if not w.endswith(suffix) or len(stem) < 3:
            continue
        if stem in _ar_said_nouns() or (stem.endswith("ت") and stem[:-1] + "ه" in _ar_said_nouns()):
            return number  # («كلمته»: the ة of «كلمة» is written ت before a pronoun)
        return None
    return None


class _Cues(_AttributorBase):
    """Finds the reporting cue starting at a token."""

    def cue_at(self, i: int, after_quote: bool = False) -> tuple[str, str, int] | None:
        """``(kind, number, end)`` when a reporting cue starts at token ``i`` (``end`` exclusive)."""
        if self.lang == "ar":
            w = self.toks[i].norm
            may = self._may_cue_memo.get(w)  # (``_ar_may_cue`` inlined: asked for every word)
            if not (may if may is not None else self._ar_may_cue(w)):
                return None
            after_quote = False  # only the English and French cues depend on it: one entry per word
        key = i * 2 + after_quote
        cache = self._cue_cache
        if key in cache:
            return cache[key]
        found = cache[key] = self._cue_at(i, after_quote)
        return found

    def ar_came_document(self, i: int) -> int | None:
        """«وجاء بيان اللجنة الوطنية على النحو التالي: “…”», «وجاء رد الوزارة كالتالي: “…”»:
        «جاء» with a statement, a document or a reply after it as its subject, and a colon then
        the quotation closing the same clause (no other verb between): the words are its text.
        Returns where the subject ends (at «على النحو التالي», «كالتالي» or the colon)."""
        toks = self.toks
        if i + 2 >= len(toks) or toks[i + 1].kind != "w":
            return None
        head = toks[i + 1].norm.removeprefix("ال")
        if head not in ar_text_owner_nouns():
            return None
        end = None
        for m in range(i + 2, min(len(toks) - 1, i + 16)):
            t = toks[m]
            if end is None and any(tuple(x.norm for x in toks[m:m + len(ph)]) == ph
                                   for ph in phrases("as_follows_ar.txt")):
                end = m
            if t.norm == ":":
                return (end if end is not None else m) if toks[m + 1].kind == "q" else None
            if t.kind in ("b", "q") or t.norm in (".", "؟", "!") \
                    or (end is None and self.cue_at(m) is not None):
                return None
        return None

    def _ar_quote_soon(self, i: int) -> bool:
        """A quotation within the next 20 tokens of the sentence after ``i`` (a verb of telling
        reports words only when they follow it: «أبلغ مسؤول الصحيفة أن “…”»)."""
        toks = self.toks
        for m in range(i + 1, min(len(toks), i + 21)):
            if toks[m].kind == "q":
                return True
            if toks[m].kind == "b" or toks[m].norm in (".", "؟", "!"):
                return False
        return False

    def _ar_quote_next(self, j: int) -> bool:
        """A quotation at ``j``, or after a colon there («إقرار من اللاعب نصه: “…”»)."""
        toks = self.toks
        if j < len(toks) and toks[j].norm == ":":
            j += 1
        return j < len(toks) and toks[j].kind == "q"

    def _ar_words_follow(self, i: int) -> bool:
        """A quotation of words (not a name in marks) within the next few words of the verb at
        ``i``, in its sentence: what the verb reports is written out."""
        toks = self.toks
        for m in range(i + 1, min(len(toks), i + 8)):
            if toks[m].kind == "q":
                # (not a name of a word or two: «قبل أن يعلن “الحزب” موقفه»)
                return not (self.quoted_name(m) and len(self.text[toks[m].start:toks[m].end].split()) <= 2)
            if toks[m].kind == "b" or toks[m].norm in (".", "؟", "!"):
                return False
        return False

    def _ar_about_in_clause(self, i: int) -> bool:
        """«عن» after the verb «عبر» at ``i``, within its subject's reach: the next seven tokens,
        or up to fourteen when only words and commas come between (a role, a courtesy title and
        a full name: «وعبر رئيس الهيئة الدكتور فلان الفلاني، عن …») and the verb opens its
        sentence or a clause joined by «و/ف» (after a comma, «عبر» is "through": «…، عبر زرع …»)."""
        toks = self.toks
        opens = toks[i].norm[:1] in "وف" or i == 0 or toks[i - 1].kind == "b"
        plain = opens  # only words and commas so far
        for j in range(i + 1, min(len(toks), i + 15)):
            t = toks[j]
            if t.norm == "عن" and (plain or j < i + 8):
                return True
            plain = plain and (t.kind == "w" or t.norm in (",", "،"))
            if not plain and j >= i + 7:
                return False
        return False

    def _cue_at(self, i: int, after_quote: bool) -> tuple[str, str, int] | None:
        t = self.toks[i]
        if t.kind != "w":
            return None
        src = self._source_at(i)
        if src is not None:
            return src
        w = t.norm
        cues = self.lex.cues
        if self.lang == "ar":
            if i + 1 < len(self.toks) and self.toks[i + 1].norm in _ar_name_objects():
                return None  # «رافضا ذكر اسمه»: giving a name, not words
            if i + 2 < len(self.toks) and self.toks[i + 1].norm in _ar_to_it() \
                    and w.lstrip("وف") in _ar_adding_verbs() and self._ar_added_things(i + 2):
                return None  # «مضيفا إليها “…” و“…”»: adding things to a list, no words said
            if i + 1 < len(self.toks) and self.toks[i + 1].norm in _ar_reaction_complements():
                return None  # «رد فعل الوزير», «ردود الفعل»: the noun "reaction", no verb
            if i > 1 and self.toks[i - 1].norm in ar_that_hamza() \
                    and self.toks[i - 2].norm.removeprefix("و").removeprefix("ب") in ar_before_an() \
                    and not (self.toks[i - 2].norm != "دون" and self._ar_words_follow(i)):
                # «دون أن يذكر اسمه»: a verb that is denied or not yet done reports nothing; but
                # «… قبل أن يقول لمحدثه “…”», «بعد أن أضاف فلان “…”»: the words it reports follow
                return None
            if w.lstrip("و") in ar_mention_passives() and i + 1 < len(self.toks) \
                    and self.toks[i + 1].norm in ar_mention_links():
                return None  # «يذكر أن …», «يشار إلى أن …»: impersonal, the writer's own words
            if w in ar_its_text():
                # «وجاء رأي الوزارة بما نصه “…”»: the text of what comes before is quoted
                own = "f" if w.endswith("ها") else "m"
                return ("srcpron", own, i + 1) if i > 0 and (
                    self.toks[i - 1].norm in ar_before_its_text() or self._ar_quote_next(i + 1)) else None
            if w in ar_came_in() and self.ar_came_document(i) is not None:
                return ("past", "m", i + 1)  # «وجاء بيان اللجنة على النحو التالي: “…”»
            relay = self._ar_relay(i)
            if relay is not None:
                return ("src", "?", relay)  # «ونقلت صحيفة الرياض عن مصادر مطلعة أن …»
            if w.removeprefix("ب") in _ar_qawl():
                return ("qawl", {"قوله": "m", "قولها": "f"}.get(w.removeprefix("ب"), "p"), i + 1)
            if w == "القول" and self._ar_relayed_before(i):
                return ("qawl", "?", i + 1)  # «ونقلت الإذاعة عن المصادر القول: إن …»
            if w.removeprefix("و").removeprefix("ب") in _ar_saying_heads() \
                    and self._ar_owner_then_colon(i + 1):
                return ("past", "?", i + 1)  # «ويردد الطلاب قول الشاعر فلان: “…”»: his saying
            glued = w[:1] in "وف" and (len(w) > 3 or w[1:] in _ar_short_cues() or (
                ar_glued_replying_verb(w) and i + 1 < len(self.toks)
                and self.toks[i + 1].norm in ar_on_it()))  # «فرد عليه: “…”»: he replied to him
            hit = cues.get(w) or (cues.get(w[1:]) if glued else None)
            if hit is None and self._ar_bayyana(i):
                return ("past", "m", i + 1)  # «وبيّن المدير أن …»: the verb بيّن (explained)
            if hit is None and not self.text[t.start:t.end].endswith("ة"):
                # (not «إضافة», «بإضافة»: ة folds to ه, but a noun in ة is no verb with «ـه»)
                hit = self._ar_cue_with_object(w)
            if hit is not None and self._ar_elative_of_them(i, w):
                return None  # «الفصائل أبرزها حركة …», «أبرزهم فلان»: "the most prominent of them"
            if hit is not None and self._ar_works_noun(i, w):
                return None  # «وترجمت كتبه إلى …», «وله كتب منها “…”»: "his books", no verb
            if hit is not None and w.lstrip("وف") in ar_went_verbs() and not self._followed_by_an(i):
                return None  # ذهب is "went" unless «ذهب إلى أن» (he held that)
            prev = self.toks[i - 1].norm if i > 0 else ""
            if hit is not None and (prev in _ar_prep() or prev.removeprefix("و") in _ar_prep()
                                    or prev.removeprefix("و") in _ar_before_noun()):
                return None  # «من أبرز القيادات»: an elative after a preposition, not a verb
            if hit is not None and w.lstrip("وف") in ("راي",) and not self._followed_by_an(i):
                return None  # رأي (an opinion) folds like رأى (he saw)
            if hit is not None and w.lstrip("وف") == "عبر" and not self._ar_about_in_clause(i):
                return None  # عبر is also "through": a cue only in «عبر … عن»
            if hit is not None and ar_telling_form(w) and not self._ar_quote_soon(i):
                return None  # «أخبر فلان أحد المحامين بأن يعد …»: told, no words of his quoted
            return (hit[0], hit[1], i + 1) if hit else None
        if self.lang == "fr":
            return self._fr_cue(i, after_quote)
        hit = cues.get(w)
        if hit is None:
            return None
        before = self.toks[i - 1] if i > 0 else None
        if w in _en_ambiguous() and i + 1 < len(self.toks) and self.toks[i + 1].kind == "w" \
                and self.toks[i + 1].norm in cues and self.toks[i + 1].norm not in _en_ambiguous():
            return None  # '"…," the Harbour Trust report said': a noun before the verb
        if w in _en_ambiguous() and i + 1 < len(self.toks) and self.toks[i + 1].kind == "w" \
                and not latin_cap(self.text, self.toks[i + 1]) and self.toks[i + 1].norm in self.lex.people:
            return None  # '"…," state prosecutor Ana Ruiz told Reuters': a noun before a role noun
        if w in _en_ambiguous() and not after_quote:
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            if w in en_labelling_verbs():
                if w != "welcomed" and self._lowercase_quote_soon(i):
                    return ("past", "?", i + 1)  # 'called the plan "ambitious but credible"'
                return None
            if before is None or before.kind != "w" or before.norm.endswith("'s"):
                return None
            if nxt is not None and nxt.norm == "that" \
                    and (before.norm in _en_relatives() or before.norm in _en_documents()):
                return ("past", "?", i + 1)  # 'its submission, which states that …', 'the report states that'
            if before.norm not in _en_pron() and not (latin_cap(self.text, before) and nxt is not None
                                                    and (nxt.kind == "q" or nxt.norm in (":", "that", ","))):
                return None
        if before is not None and before.kind == "w" and before.norm in _en_not_verb():
            return None
        return ("past", "?", i + 1)

    def may_cue_memo(self) -> dict[str, bool]:
        """The answers of ``may_cue`` kept so far, by word (the same dict object for the whole
        document: for Arabic with the package lexicon, the bounded table shared by all articles,
        which depends on the word only; an empty new dict in a language where every word may
        cue): a loop over every word of an article reads it before calling ``may_cue``."""
        if self.lang == "ar":
            return self._may_cue_memo
        return self._latin_cue_memo if self.lang in ("fr", "en") else {}

    def may_cue(self, w: str) -> bool:
        """False when no cue can start at a word ``w`` whatever surrounds it (Arabic, French
        and English; always True in other languages): the loop over an article's words asks
        ``clause`` only where this is True."""
        if self.lang == "ar":
            found = self._may_cue_memo.get(w)  # (``_ar_may_cue``'s own memo read first: no call)
            return found if found is not None else self._ar_may_cue(w)
        if self.lang in ("fr", "en"):
            found = self._latin_cue_memo.get(w)
            return found if found is not None else self._latin_may_cue_word(w)
        return True

    def _latin_may_cue(self, t: Tok) -> bool:
        """False when no French or English cue can start at token ``t`` whatever surrounds it
        (what ``_cue_at`` asks first: a word that opens no source phrase, is no listed verb, has
        no hyphen of an inversion and is not «pour» gives no cue). Kept per word: a page of the
        same few words asked this for every quotation."""
        if t.kind != "w":
            return False
        return self._latin_may_cue_word(t.norm)

    def _latin_may_cue_word(self, w: str) -> bool:
        """``_latin_may_cue`` of a word token ``w``."""
        memo = self._latin_cue_memo
        found = memo.get(w)
        if found is None:
            if len(memo) >= _MAY_CUE_MEMO_MAX:
                memo.clear()
            firsts = _source_firsts(self.lang)
            found = memo[w] = bool(w == "pour" or "-" in w or w in self.lex.cues or w in firsts
                                   or (self.lang == "fr" and w in _fr_cue_phrases())
                                   # («réponds», «dis»: the first person, a cue after «je»)
                                   or (self.lang == "fr" and w.endswith("s")
                                       and (w[:-1] in self.lex.cues or w[:-1] + "t" in self.lex.cues))
                                   or w[1:] in firsts or w.startswith(_source_elided(self.lang)))
        return found

    def _ar_may_cue(self, w: str) -> bool:
        """False when no Arabic cue can start at a word ``w``, whatever surrounds it: not the
        first word of a source phrase, a relay verb, «قوله» or a listed verb (bare, after و/ف or
        with an object pronoun). ``clause`` is asked about every word of an article and nearly
        all of them fail these lookups; they depend on the word only, so the answer is kept per
        word (for the package's own lexicon, in a bounded table shared by all articles).

        A word not seen before (a tenth of an article's words, each once) is one lookup among
        the listed words that may cue (``_ar_cue_words``) and the test of a source phrase's
        first word after any glued letter, not the fourteen tests of ``_ar_listed_cue``."""
        memo = self._may_cue_memo
        found = memo.get(w)
        if found is None:
            if len(memo) >= _MAY_CUE_MEMO_MAX:
                memo.clear()
            found = memo[w] = w in self._ar_cue_words() or w[1:] in _source_firsts("ar") \
                or w.startswith(_source_elided("ar"))
        return found

    def _ar_cue_words(self) -> frozenset[str]:
        """Every word ``_ar_listed_cue`` holds true through a listed word (all its tests but a
        source phrase's first word after any glued letter and an elided first word), worked out
        once per lexicon from the lists, test by test: ``_ar_listed_cue(w)`` is ``w in`` this
        set, or ``w[1:]`` a source phrase's first word, or ``w`` opening with an elided one."""
        lex = self.lex
        got = _AR_CUE_WORDS.get(id(lex))
        if got is None or got[0] is not lex:
            cues = lex.cues
            words = {*_source_firsts("ar"), "القول", "وبين", *ar_its_text(), *cues}

            def glued(listed: Iterable[str], *prefixes: str, strip: Callable[[str], str]) -> set[str]:
                """The words that ``strip`` makes a listed word: each with one of ``prefixes``."""
                return {w for x in listed for w in (x, *(p + x for p in prefixes)) if strip(w) == x}

            words |= glued(_ar_relay_verbs(), "و", strip=lambda w: w.removeprefix("و"))
            words |= glued(_ar_learned_verbs(), "و", strip=lambda w: w.removeprefix("و"))
            words |= glued(_ar_qawl(), "ب", strip=lambda w: w.removeprefix("ب"))
            words |= glued(_ar_saying_heads(), "و", "ب", "وب",
                           strip=lambda w: w.removeprefix("و").removeprefix("ب"))
            words |= {p + c for p in "وف" for c in cues if len(c) >= 3}
            words |= {p + c for p in "وف" for c in _ar_short_cues()}
            words |= {p + c for p in "وف" for c in ar_replying_verbs()}  # (ar_glued_replying_verb)
            # ``_ar_cue_with_object``: a past cue of three letters or more, or one after و/ف
            # that is no cue itself, and an object pronoun (a word ends with one of them at most)
            past = [c for c, (kind, _) in cues.items() if kind == "past"]
            verbs = [c for c in past if len(c) >= 3]
            verbs += [p + c for p in "وف" for c in past if len(c) >= 3 and p + c not in cues]
            words |= {v + x for v in verbs for x in _AR_OBJECT_SUFFIXES}
            got = _AR_CUE_WORDS[id(lex)] = (lex, frozenset(words))
        return got[1]

    def _ar_listed_cue(self, w: str) -> bool:
        """The tests of ``_ar_may_cue`` written out (``_ar_cue_words`` holds their answers)."""
        firsts = _source_firsts("ar")
        cues = self.lex.cues
        return bool(w in firsts or w[1:] in firsts or w.startswith(_source_elided("ar"))
                    or w.removeprefix("و") in _ar_relay_verbs() or w.removeprefix("ب") in _ar_qawl()
                    or w.removeprefix("و") in _ar_learned_verbs()
                    or w == "القول" or w == "وبين" or w in ar_its_text()
                    or w.removeprefix("و").removeprefix("ب") in _ar_saying_heads()
                    or w in cues or (w[:1] in "وف" and len(w) > 3 and w[1:] in cues)
                    or (w[:1] in "وف" and w[1:] in _ar_short_cues())
                    or ar_glued_replying_verb(w)  # («فرد عليه»: ``_cue_at``)
                    or self._ar_cue_with_object(w) is not None)

    def _ar_elative_of_them(self, i: int, w: str) -> bool:
        """A cue word at ``i`` that is a verb spelled like an elative (``elative_cues_ar.txt``:
        «أبرز») with the pronoun of a plural or a feminine thing («أبرزها», «وأبرزهم»), not after
        «ما» or a relative («ما أبرزها», «التي أبرزها التقرير»: the verb and its object): the
        elative noun "the most prominent of them", which reports nothing."""
        stem = w[1:] if w[:1] == "و" else w
        base = next((stem[: -len(x)] for x in _AR_OBJECT_SUFFIXES[:3] if stem.endswith(x)), "")
        if base not in _ar_elative_cues():
            return False
        if i == 0:
            return False  # (a sentence opening on «أبرزها التقرير»: the verb)
        before = self.toks[i - 1]
        prev = before.norm
        if before.kind == "w":  # after a noun: not after a stop word or an opener («وقد», «كما»)
            return prev not in self.lex.stops and prev not in ar_openers() \
                and prev not in ar_ma_forms() and prev not in _ar_relative_pronouns()
        return prev in (",", "،")

    def _ar_works_noun(self, i: int, w: str) -> bool:
        """A cue word at ``i`` spelled like a plural noun of works (``work_plurals_ar.txt``: «كتب»
        "books" / "wrote") read as that noun: with a pronoun attached («كتبه», "his books" / "he
        wrote it") right after a verb («وترجمت كتبه»: the verb's object), or bare after لـ with a
        pronoun or a definite noun («وله كتب», «وللمؤلف كتب», "he has books"). After a noun,
        a relative or a particle it is the verb («هذه العبارة كتبها فلان», «ما كتبه فلان»)."""
        if w[:1] in "وف":
            return False  # («وكتبها الشاعر في شبابه: “…”»: with و the verb opens a clause)
        works = ar_work_plurals()
        prev = self.toks[i - 1] if i > 0 else None
        if w in works:
            if prev is None or prev.kind != "w":
                return False
            p = prev.norm.removeprefix("و")
            return p.startswith("لل") or any(p.startswith(prep) and p[len(prep):] in _AR_OBJECT_SUFFIXES
                                             for prep in ar_pronoun_prepositions())
        stem = next((w[: -len(x)] for x in _AR_OBJECT_SUFFIXES if w.endswith(x)), "")
        if stem not in works or prev is None or prev.kind != "w":
            return False
        # after a verb: «وترجمت كتبه», «وصدرت كتبها» (a past verb with و and its ت), «تضم كتبه»,
        # «يقرأ كتبها» (an imperfect); not after a noun it refers back to («هذه العبارة كتبها فلان»)
        p = prev.norm[1:] if prev.norm[:1] in "وف" else prev.norm
        return (p != prev.norm and len(p) >= 3 and p.endswith("ت") and not p.endswith("ات")) \
            or (len(p) >= 4 and p[0] == "ي") or (len(p) in (3, 4) and p[0] == "ت")

    def _ar_owner_then_colon(self, j: int) -> bool:
        """A few words from ``j`` (no verb of saying among them), then a colon and marks: the
        genitive of a noun of saying («قول الشاعر فلان: “…”») names who said what is marked."""
        toks = self.toks
        if j >= len(toks) or toks[j].kind != "w":
            return False
        for k in range(j, min(len(toks) - 1, j + 8)):
            t = toks[k]
            if t.norm == ":":
                return toks[k + 1].kind == "q"
            if t.kind != "w" or t.norm in self.lex.cues:
                return False
        return False

    def _ar_added_things(self, j: int) -> bool:
        """Marks at ``j`` or after a few plain words from ``j`` («مضيفا إليها “…”», «مضيفا إليها
        مجموعتين هما “…”»), with no «أن» nor colon before them: the things added, not words."""
        for k in range(j, min(len(self.toks), j + 6)):
            t = self.toks[k]
            if t.kind == "q":
                return True
            if t.kind != "w" or t.norm in _ar_that():
                return False
        return False

    def _ar_cue_with_object(self, w: str) -> tuple[str, str] | None:
        """«وصفتها الأمم المتحدة بـ“…”», «اعتبره»: a reporting verb with an object pronoun
        attached is still the cue (only past forms of three letters or more, not «قوله»)."""
        cues = self.lex.cues
        for suffix in _AR_OBJECT_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                base = w[: -len(suffix)]
                hit = cues.get(base) or (cues.get(base[1:]) if base[:1] in "وف" and len(base) > 3 else None)
                if hit is not None and hit[0] == "past":
                    return hit
                return None
        return None

    def _lowercase_quote_soon(self, i: int) -> bool:
        """A quotation opening in lowercase within a few words after ``i`` ("called it "a
        disgrace""): someone's characterisation, where a capitalised one would be a name."""
        for k in range(i + 1, min(len(self.toks), i + 6)):
            t = self.toks[k]
            if t.kind == "q":
                inner = self.text[t.start + 1:t.end].lstrip(" \u00a0")
                return inner[:1].isalpha() and inner[:1].islower()
            if t.kind != "w" or t.norm in en_clause_joins():
                return False
        return False

    def _fr_cue(self, i: int, after_quote: bool) -> tuple[str, str, int] | None:
        w = self.toks[i].norm
        if w == "pour" and self._pour_source(i):
            return ("src", "?", i + 1)
        if w in _fr_that_only() and not self._fr_followed_by_que(i):
            return None  # «l'étude montre que …» reports; «la critique se montre sans pitié» does not
        cues = self.lex.cues
        num = "?"
        for pron, g in _FR_INVERSIONS if "-" in w else ():  # most words have no hyphen
            if w.endswith(pron):
                base = w[: -len(pron)]
                if base[:2] in ("l'", "m'") and base[2:] in fr_cue_auxiliaries():
                    base = base[2:]  # «l'a-t-il complimenté»: an object clitic before the auxiliary
                if base in fr_cue_auxiliaries():
                    nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
                    if nxt is not None and cues.get(nxt.norm, ("", ""))[0] == "pp":
                        return ("inv", g, i + 2)
                    if after_quote and nxt is not None and nxt.kind == "w" and nxt.norm.isalpha() \
                            and nxt.norm.endswith(("é", "i", "u", "it")) and len(nxt.norm) > 3:
                        return ("inv", g, i + 2)  # «« … », l'a-t-il complimenté»: any verb in an incise
                    return None
                if pron == "-on":
                    return None  # «peut-on lire», «lit-on»: no reporting verb (only «avait-on expliqué»)
                core = base[2:] if base[:2] == "s'" else base  # «s'indigne-t-elle»: a pronominal verb
                if base in cues or core in cues or (after_quote and core.isalpha() and len(core) > 2):
                    return ("inv", g, i + 1)
                return None
        hit = cues.get(w)
        end = i + 1
        if hit is None and w.endswith("s") and french.first_person_cue(self.toks, i):
            # «je réponds « … »», «je leur dis : « … »»: the first person of «répond», «dit»
            hit = cues.get(w[:-1]) or cues.get(w[:-1] + "t")
        if hit is None:
            phrase = _fr_cue_phrase(self.toks, i)
            if phrase is None:
                return None
            hit, end = cues[phrase[0]], phrase[1]  # «a fait valoir», «met en garde»: one verb
        if w in _fr_speaking_of() and not self._fr_speaks_of_marks(i):
            return None  # «en parlant de leurs fins de mois, X …»: no words of anyone follow
        if w in _fr_incise_only() and not after_quote and not self._introduces_quote(i) \
                and not self._fr_that_quote(i) and not self._fr_calls_to_quote(i) \
                and not french.addressee_then_colon(self.toks, i) \
                and not french.relative_names_marks(self.toks, i, _fr_det()) \
                and not self._fr_evokes_marks(i):
            return None  # «le cortège poursuit sa route»: these verbs report speech only in an incise
        if hit[0] == "hal":
            return ("hal", "?", i + 1)
        kind = hit[0]
        # an auxiliary in the four tokens before (only words can be one: «a», «s'est», «l'a»)
        aux = self._aux_before(i) if kind == "pp" or w == "dit" else False
        if kind == "pp" and not aux and self._fr_shared_aux(i) is not None:
            aux = True  # «ont salué … et estimé que « … »»: the auxiliary of the verb before
        if w == "dit" and not after_quote and self._introduces_quote(i) and i > 0 and not aux:
            return ("pres", "s", end)  # «Frédéric, porte-parole, dit : « … »»: the present tense
        if kind == "pp" and not aux and not after_quote and self._fr_present_like_participle(i):
            return ("pres", "s", end)  # «la mairie dit avoir pris …», «le journal écrit que …»
        if kind == "pp" and i > 0 and self.toks[i - 1].norm in _fr_passive_aux():
            return None  # «Le second fut condamné à un an … pour « … »»: a passive, no one speaks
        if kind == "pp" or (w == "dit" and not after_quote):
            if not aux and not after_quote:
                return None
            return ("pp", num, end)
        prev = self.toks[i - 1] if i > 0 else None
        if not after_quote and prev is not None and prev.kind == "w" and not self._fr_as_said(i) and (
                prev.norm in _fr_det() or (prev.norm.startswith(("l'", "d'")) and len(prev.norm) > 2
                                         and not self.text[prev.start + 2].isupper())):
            return None  # «la note», «l'appel»; but «l'Insee signale»
        return ("pres", hit[1], end)

    def _fr_evokes_marks(self, i: int) -> bool:
        """«la mairie, qui évoque des « demandes confuses »»: a verb of
        ``evoking_verbs_fr.txt`` with an indefinite determiner, then marks, right after it (not «le
        film évoque la « belle époque »», a name)."""
        toks = self.toks
        return toks[i].norm in _fr_evoking() and i + 2 < len(toks) \
            and toks[i + 1].norm in _fr_evoking_dets() and toks[i + 2].kind == "q"

    def _fr_speaks_of_marks(self, i: int) -> bool:
        """«parlant d'un « jour très triste »», «parlant à leur sujet « d'un excès de zèle »»: marks
        within a few lowercase words after the verb of «parler» at ``i``, with «de» before them
        or opening them: what the subject speaks of, in their own words."""
        toks = self.toks
        if any(fr_impersonal_subject(toks[m].norm) for m in range(max(0, i - 2), i)):
            return False  # «on parle déjà de « crise »»: what everyone calls it, no one's words
        de = False
        for j in range(i + 1, min(len(toks), i + 1 + _SPEAKING_OF_REACH)):
            t = toks[j]
            if t.kind == "q":
                raw = self.text[t.start + 1:t.end].lstrip(" \u00a0\u202f")
                inner = raw.lower().replace("’", "'")
                opens_de = inner.startswith(("de ", "d'", "du ", "des "))
                if raw[:1].isupper() and not opens_de:
                    return False  # «parle de « Germinal » à ses élèves»: a title, the thing spoken of
                return de or opens_de
            if t.kind == "w":
                if latin_cap(self.text, t):
                    return False
                de = de or t.norm in fr_de_forms() or t.norm == "d" or t.norm.startswith("d'")
            elif t.norm not in ("'", "’"):
                return False
        return False

    def _fr_present_like_participle(self, i: int) -> bool:
        """«La mairie dit avoir pris des mesures « … »», «le journal écrit que « … »»: a present
        spelled like its participle («dit», «écrit», «craint») after a word that opens no phrase
        (not «le dit») or a comma, with «que», an infinitive or a negation right after it."""
        toks = self.toks
        if i < 1 or i + 1 >= len(toks) or toks[i].norm not in fr_present_cues():
            return False
        prev, nxt = toks[i - 1], toks[i + 1]
        if (prev.kind != "w" and prev.norm != ",") or prev.norm in _fr_det() or nxt.kind != "w":
            return False
        return nxt.norm == "que" or nxt.norm.startswith("qu'") or nxt.norm in _fr_present_followers() \
            or french.infinitive(nxt.norm)

    def _aux_before(self, i: int) -> bool:
        """An auxiliary («a», «ont», «s'est», …) among the four tokens before ``i`` (punctuation,
        quotations and breaks never are one)."""
        aux = _fr_aux()
        for t in self.toks[max(0, i - 4):i]:
            n = t.norm
            if n in aux or n.startswith("s'"):
                return True
        return False

    def _fr_shared_aux(self, i: int) -> int | None:
        """«Les élus ont salué un « progrès » et estimé que « … »»: a participle right after «et»
        shares the auxiliary of the compound verb earlier in its sentence (the auxiliary and a
        participle right after it, with no full stop, colon or semicolon between): that first
        participle, else None."""
        toks = self.toks
        if i < 4 or toks[i - 1].norm != "et":
            return None
        cues = self.lex.cues
        for m in range(i - 3, max(0, i - 30), -1):
            t = toks[m]
            if t.kind == "b" or t.norm in (".", "!", "?", ";", ":"):
                return None
            nxt = toks[m + 1]
            if t.kind == "w" and t.norm in _fr_incise_aux() \
                    and nxt.kind == "w" and (cues.get(nxt.norm, ("", ""))[0] == "pp"
                                             or (nxt.norm.isalpha() and len(nxt.norm) > 3
                                                 and nxt.norm.endswith(("é", "i", "u", "is", "it")))):
                return m + 1
        return None

    def _skip_adverbials(self, k: int) -> int:
        """Past the set adverbial phrases from token ``k`` (read by ``_Phrases``, which knows them)."""
        return k

    def _introduces_quote(self, i: int) -> bool:
        """A colon or a quotation right after token ``i`` (French: past a set adverbial, «a
        lâché sans ambiguïté : « … »»)."""
        j = i + 1
        if self.lang == "fr" and j < len(self.toks):
            j = self._skip_adverbials(j)
        nxt = self.toks[j] if j < len(self.toks) else None
        return nxt is not None and (nxt.kind == "q" or nxt.norm == ":")

    def _source_at(self, i: int) -> tuple[str, str, int] | None:
        toks = self.toks
        w0 = toks[i].norm
        firsts = _source_firsts(self.lang)
        if w0 not in firsts and w0[1:] not in firsts and not w0.startswith(_source_elided(self.lang)):
            return None
        phrases: Sequence[tuple[str, ...]] = self.lex.sources
        if phrases is lexicon(self.lang).sources:
            phrases = _source_candidates(self.lang, w0)
        for phrase in phrases:
            n = len(phrase)
            if i + n > len(toks):
                continue
            ok = True
            number = "?"
            for k, pw in enumerate(phrase):
                t = toks[i + k]
                if t.kind != "w":
                    ok = False
                    break
                w = t.norm
                if k == 0 and self.lang == "ar" and w[:1] in "وف" and w[1:] == pw:
                    continue
                if w == pw:
                    continue
                if self.lang == "ar" and k == n - 1 and w.startswith(pw) \
                        and w[len(pw):] in ("ه", "ها", "هم", "هما"):
                    number = {"ه": "m", "ها": "f", "هم": "p", "هما": "p"}[w[len(pw):]]
                    return ("srcpron", number, i + n)
                if self.lang == "ar" and k == n - 1 and pw == "ل" and w.startswith("ل"):
                    # "وفقا للوزير": the preposition is glued to the noun
                    return ("src", "?", i + k)
                if self.lang == "fr" and w.startswith(pw) and pw.endswith("'"):
                    continue
                ok = False
                break
            if ok:
                nxt = toks[i + n].norm if i + n < len(toks) and toks[i + n].kind == "w" else ""
                owner = _ar_said_owner(nxt) if self.lang == "ar" and number == "?" else None
                if owner is not None:
                    return ("srcpron", owner, i + n + 1)  # «وفق تصريحها لـ…», «حسب قوله»
                if self.lang == "fr" and nxt in _fr_stressed():
                    return ("srcpron", _fr_stressed()[nxt], i + n + 1)  # «selon eux», «d'après elle»
                return ("src", number, i + n)
        return None

    def _ar_relay(self, i: int) -> int | None:
        """«نقلت الوكالة عن فلان أن …»: the words are those of whoever follows عن (unless «قوله»
        closes the phrase, handled with it). Returns the index after عن."""
        toks = self.toks
        if toks[i].norm.removeprefix("و") in _ar_learned_verbs():
            return self._ar_learned_from(i)
        if toks[i].norm.removeprefix("و") not in _ar_relay_verbs():
            return None
        for j in range(i + 1, min(len(toks) - 1, i + 8)):
            if toks[j].kind != "w":
                return None
            if toks[j].norm == "عن":
                k = j + 1
                while k < len(toks) and k - j < 10 and toks[k].kind == "w" \
                        and toks[k].norm not in ar_that_particles():
                    if toks[k].norm.removeprefix("ب") in ar_qawl_forms():
                        return None
                    k += 1
                return j + 1
        return None

    def _ar_learned_from(self, i: int) -> int | None:
        """«علمت «الصحيفة» من مصادر مطلعة أن “…”»: a verb of learning, its subject (a newspaper,
        often in marks), then «من» and an unnamed source («مصدر», «مصادر»): the words after «أن»
        are that source's, as after «نقلت … عن». Returns the index after «من»."""
        toks = self.toks
        for j in range(i + 1, min(len(toks) - 1, i + 6)):
            if toks[j].kind not in ("w", "q"):
                return None
            if toks[j].norm == "من":
                nxt = toks[j + 1]
                heads = ar_vague_heads()
                return j + 1 if j > i + 1 and nxt.kind == "w" and nxt.norm in heads else None
        return None

    def _ar_bayyana(self, i: int) -> bool:
        """«وبيّن/وبين المدير أن …», «وبين أن …»: the verb بيّن (explained), written like the
        preposition بين (between) when the shadda is left out. A verb when it opens a sentence
        and its subject, a title with a pronoun or «أن/إن» follows; «وبين المعارضة والأغلبية
        …» (and between) has a noun after it that no reporting verb takes as subject."""
        toks = self.toks
        if toks[i].norm != "وبين" or i + 1 >= len(toks) or (i > 0 and toks[i - 1].kind != "b"):
            return False
        nxt = toks[i + 1].norm
        if "\u0651" in self.text[toks[i].start:toks[i].end] or nxt in ar_that_particles():
            return True
        lex = self.lex
        if ar_person_head(nxt, lex) or nxt.removesuffix("ه") in lex.honorifics \
                or self.reg.by_name((nxt,)) is not None:
            return True
        # «وبين سامر خليل أستاذ علم الاجتماع …»: a name of two words or more, then the role
        # noun in apposition to it (no preposition joins two nouns with a role after them)
        e = ar_name_end(toks, i + 1, lex, 4)
        return e - (i + 1) >= 2 and e < len(toks) and toks[e].kind == "w" \
            and (toks[e].norm in lex.roles or toks[e].norm in lex.people)

    def _ar_relayed_before(self, i: int) -> bool:
        """«ونقلت الصحيفة عن السفير فلان، القول: …»: the definite verbal noun «القول» closes a
        relayed speaker like «قوله» when a relay verb and «عن» come shortly before it."""
        toks = self.toks
        for k in range(i - 1, max(-1, i - 14), -1):
            if toks[k].kind == "b" or toks[k].norm in (".", ":", "؟", "!"):
                return False
            if toks[k].norm == "عن":
                return any(toks[m].norm.removeprefix("و") in _ar_relay_verbs()
                           for m in range(max(0, k - 8), k))
        return False

    def _fr_calls_to_quote(self, i: int) -> bool:
        """«a appelé les militants à « lever le camp »»: «appeler … à» then a quotation within a
        few words reports a call (not «appeler » a name)."""
        if not self.toks[i].norm.startswith(("appel", "exhort", "invit")):
            return False
        toks = self.toks
        n = len(toks)
        for m in range(i + 1, min(n - 1, i + 7)):
            if toks[m].kind != "w":
                return False
            if toks[m].norm in ("à", "a"):
                # («a exhorté M. X à écouter et « revoir sa copie »»)
                q = m + 1
                while q < n and q - m <= 7 and toks[q].kind == "w":
                    q += 1
                # (not «appelé à une « journée morte »»: a determiner right after «à» makes the
                # marks a name; but «appelé à lancer une « riposte »» calls to do what he says)
                return q < n and toks[q].kind == "q" and not (q == m + 2 and self._determiner(toks[q - 1]))
        return False

    def _fr_followed_by_que(self, i: int) -> bool:
        """Whether «que»/«qu'…» follows token ``i`` within two words («montre en outre que»)."""
        return any(t.kind == "w" and (t.norm == "que" or t.norm.startswith("qu'"))
                   for t in self.toks[i + 1:i + 4])

    def _fr_that_quote(self, i: int) -> bool:
        """«a promis que « … »», «note qu'il est « … »»: «que» then a quotation within a few words."""
        toks = self.toks
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if not (nxt in fr_cue_complements() or nxt.startswith("qu'")):
            return False
        return any(t.kind == "q" for t in toks[i + 2:i + 6])

    def _fr_as_said(self, i: int) -> bool:
        """«comme (le) disait X», «comme l'écrivait X»: the verb at ``i`` follows «comme»."""
        toks = self.toks
        k = i - 1
        while k >= 0 and i - k <= 2 and toks[k].norm in fr_as_said_clitics():
            k -= 1
        return k >= 0 and toks[k].norm == "comme"

    def _pour_source(self, i: int) -> bool:
        """«Pour le maire Lantier, la ville traverse des « turbulences »», «le procureur, pour qui
        les prévenus voulaient « … »»: «pour» + a person, opening the clause, means «selon»."""
        toks = self.toks
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None:
            return False
        if nxt.norm == "qui":
            return i > 0 and toks[i - 1].norm == ","
        if i > 0 and toks[i - 1].kind == "w" and not (
                toks[i - 1].norm in language_words("connectors", "fr") and self._sentence_start(i) == i - 1):
            # («Mais pour X, …»: a connector opening the sentence still leaves «pour» its opener)
            return False  # «… appelle pour le retrait»: a purpose, not a source
        e = i + 1
        while e < len(toks) and e - i <= 6 and toks[e].kind == "w":
            e += 1
        if e < len(toks) and e - i > 6 and toks[e].kind == "w":
            e = self._pour_role_end(i)  # «Pour le secrétaire général de la fédération des X (FX), …»
        if e >= len(toks) or toks[e].norm != "," or e == i + 1:
            return False
        words = toks[i + 1:e]
        return any(_name_word(self.text, t) and t.norm not in stopwords(self.lang) for t in words) \
            or any(t.norm.removeprefix("l'") in self.lex.people for t in words)

    def _pour_role_end(self, i: int) -> int:
        """«Pour le secrétaire général de la fédération des pêcheurs (FNP), …»: after «pour» and a
        determiner, a role noun heading a long phrase (up to 14 tokens, a bracketed acronym
        included): the token that ends the phrase (a comma when it is a source), else ``i``."""
        toks = self.toks
        h = i + 1 + (toks[i + 1].norm in _fr_det())
        if h >= len(toks) or toks[h].norm.removeprefix("l'") not in self.lex.people:
            return i
        e = h + 1
        while e < len(toks) and e - i <= 14 and (toks[e].kind == "w" or toks[e].norm in ("(", ")")):
            e += 1
        return e

    def _cue_before(self, j: int) -> int:
        """The nearest word at or before token ``j`` in the same sentence where a cue starts
        (``cue_at``), or -1. The answer is remembered for every token walked over, so that many
        quotations in one long sentence do not each walk back over all of it (linear, not quadratic)."""
        memo = self._cue_memo
        toks = self.toks
        seen: list[int] = []
        found = -1
        while j >= 0 and toks[j].kind != "b":
            known = memo.get(j)
            if known is not None:
                found = known
                break
            if toks[j].kind == "w" and self.cue_at(j) is not None:
                found = j
                break
            seen.append(j)
            j -= 1
        for v in seen:
            memo[v] = found
        return found
