"""Attribution: the cue that governs each quotation and the phrase naming its speaker.

Ordered, high-precision sieves (as in Muzny et al.'s quote attribution): a cue right after
the quotation ("…", he said / «…», a-t-il ajouté / «…»، يقول الوزير), then the nearest cue
before it in the same sentence (with its subject, or the subject of the main clause for an
Arabic ḥāl participle), then a colon or dash introduction, then the last speaker. A cue found
after one quotation is not reused for a later one unless that one continues it ("…," he said,
"…"). Pronouns and dropped subjects take the last explicit speaker that agrees in gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from prcli.quotations import arabic_labels, french
from prcli.quotations.lexicon import Lexicon, folded_words, language_words, lexicon
from prcli.quotations.people import (
    Person,
    Register,
    ar_name_end,
    ar_name_token,
    calendar_words,
    latin_cap,
    stopwords,
)
from prcli.quotations.resolve import _blessings as _ar_blessings
from prcli.quotations.resolve import given_name_gender
from prcli.quotations.resolve import word_positions as _word_positions
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_pairs, lazy_words, table

_name_glue = lazy_words("prcli.quotations", "name_glue_en.txt", "name_glue_fr.txt")
_fr_incise_only = lazy_words("prcli.quotations", "incise_only_verbs_fr.txt")
#: Endings of French participles, imperfects and adverbs: a word after a name with one is no part of it.
_FR_VERB_ENDINGS = ("é", "ée", "és", "ées", "ant", "ait", "ment", "u", "ue", "us", "i", "ie", "is")
_FR_INVERSIONS = (("-t-il", "m"), ("-t-elle", "f"), ("-t-ils", "p"), ("-t-elles", "p"), ("-t-on", "?"),
                  ("-il", "m"), ("-elle", "f"), ("-ils", "p"), ("-elles", "p"))
_fr_source_stop = lazy_words("prcli.quotations", "source_stops_fr.txt")
_fr_verb_phrase_stops = lazy_words("prcli.quotations", "verb_phrase_stops_fr.txt")
_fr_subject_stops = lazy_words("prcli.quotations", "subject_stops_fr.txt")
_fr_not_participles = lazy_words("prcli.quotations", "not_participles_fr.txt")
_ar_article = lazy_words("prcli.quotations", "legal_articles_ar.txt")
_ar_not_subject = lazy_words("prcli.quotations", "not_subjects_ar.txt")
_ar_body_heads = lazy_words("prcli.quotations", "body_heads_attribute_ar.txt")
_ar_quantifiers = lazy_words("prcli.quotations", "quantifiers_ar.txt")
_ar_that = lazy_words("prcli.quotations", "that_particles_ar.txt")
_ar_obj_pron = lazy_words("prcli.quotations", "object_pronouns_ar.txt")
# (a demonstrative too: «أوضح ذلك رئيس النادي», the subject comes after the object)
_ar_places = lazy_words("prcli.quotations", "places_ar.txt")
_ar_prep = lazy_words("prcli.quotations", "prepositions_ar.txt")
_ar_fronted_openers = lazy_words("prcli.quotations", "fronted_openers_ar.txt")
_ar_kana = lazy_words("prcli.quotations", "kana_ar.txt")


#: News outlets that publish someone's words (folded, without ال): «وكالة», «صحيفة».
_ar_outlets = lazy_words("prcli.quotations", "media_nouns_ar.txt", "outlets_ar.txt")
#: Nouns after «جاء في» that are a rank, a setting or a time, not a text («جاء في المركز الثاني»,
#: «جاء في إطار», «جاء في وقت»).
_ar_not_texts = lazy_words("prcli.quotations", "not_texts_ar.txt")
#: «حسب ما أوردته», «كما ذكرت»: where words were reported, inside a sentence with its own verb.
_ar_as_per = lazy_words("prcli.quotations", "as_per_ar.txt")
#: «رافضا ذكر اسمه»: a name or an identity is what is given, not words.
_ar_name_objects = lazy_words("prcli.quotations", "name_objects_ar.txt")
#: Words after which a verb-shaped word is a verbal noun («عبر كشف طرق …», «بعد إعلان …»).
_ar_before_noun = lazy_words("prcli.quotations", "before_noun_ar.txt")
#: «نقلت الوكالة عن فلان»: verbs that relay whoever follows عن.
_ar_relay_verbs = lazy_pairs("prcli.quotations", "relay_an_verbs_ar.tsv")
#: «نقلت الوكالة عن فلان قوله»: the cue that closes a relayed speaker.
_ar_qawl = lazy_words("prcli.quotations", "qawl_ar.txt")
#: «عبد», «أبو», «بن»: words that link a name to the next word.
_ar_name_links = lazy_words("prcli.quotations", "name_links_ar.txt")
#: Marks left alone as punctuation tokens (their pair was never found).
_STRAY_MARKS = frozenset('"«»“”')
#: Prepositions of the one spoken to or the medium used right after a verb: «لـ"…"», «عبر "…"»
#: (مع and إلى only after «في اتصال/حديث …»: «أشار إلى "…"» points at words, it names no medium).
_ar_medium_preps = lazy_words("prcli.quotations", "medium_prepositions_ar.txt")
#: «لصحيفة"…», «لموقع"…»: the noun of an outlet spoken to, glued to لـ (folded).
_ar_outlet_nouns = lazy_words("prcli.quotations", "outlet_nouns_ar.txt")
#: Words remembered by ``Attributor._ar_may_cue`` before the table starts again (memory stays flat).
_MAY_CUE_MEMO_MAX = 100_000
#: Punctuation that a name in marks never holds (``_quoted_name_text``).
_NAME_BREAKS = re.compile(r"[.،,:؟!?]")
_list_conjunctions = lazy_words(
    "prcli.quotations", "list_conjunctions_ar.txt", "list_conjunctions_en.txt", "list_conjunctions_fr.txt"
)
_SKIP_PUNCT = frozenset({",", "،", "-", "–", "—", ":", ";", "(", ")"})
_en_pron = lazy_pairs("prcli.quotations", "verb_subject_pronouns_en.tsv")
_fr_incise_lead = lazy_words("prcli.quotations", "incise_leads_fr.txt")
_fr_object_clitics = lazy_words("prcli.quotations", "object_clitics_fr.txt")
_fr_qu_pron = lazy_pairs("prcli.quotations", "que_pronouns_fr.tsv")
_fr_pron = lazy_pairs("prcli.quotations", "verb_subject_pronouns_fr.tsv")
_en_break = lazy_words("prcli.quotations", "clause_breaks_en.txt")
_en_after_stop = lazy_words("prcli.quotations", "after_verb_stops_en.txt")
_leading_prep = lazy_words("prcli.quotations", "leading_prepositions_en.txt", "leading_prepositions_fr.txt")
#: Prepositions before a name that make it a place or a body, not the subject ("in Geneva agreed").
_place_preps = lazy_words("prcli.quotations", "place_preps_en.txt", "place_preps_fr.txt")
_en_not_verb = lazy_words("prcli.quotations", "not_verb_before_en.txt")
_en_det = lazy_words("prcli.quotations", "determiners_attribute_en.txt")
_en_ambiguous = lazy_words("prcli.quotations", "ambiguous_cues_en.txt")
_fr_aux = lazy_words("prcli.quotations", "auxiliaries_fr.txt")
_fr_body_nouns = lazy_words("prcli.quotations", "body_nouns_fr.txt")
_fr_clause_openers = lazy_words("prcli.quotations", "clause_openers_fr.txt")
_fr_det = lazy_words("prcli.quotations", "determiners_attribute_fr.txt")
_fr_numbers = lazy_words("prcli.quotations", "count_words_fr.txt")
#: Stressed pronouns after «selon», «d'après»: the source is someone already in the story.
_fr_stressed = lazy_pairs("prcli.quotations", "stressed_pronouns_fr.tsv")
_fr_prep = lazy_words("prcli.quotations", "prepositions_fr.txt")
#: Verbs of showing that report only before «que» («l'étude montre que …»).
_fr_that_only = lazy_words("prcli.quotations", "that_cues_fr.txt")
_fr_time = lazy_words("prcli.quotations", "sentence_adverbials_fr.txt")
_fr_break = lazy_words("prcli.quotations", "clause_breaks_fr.txt")
#: «du», «des»: «de» fused with an article (a partitive or a complement, no determiner of a subject).
_fr_du_des = lazy_words("prcli.quotations", "de_contractions_fr.txt")
#: «qui», «dont»: relatives that open a clause about the noun before them.
_fr_subject_relatives = lazy_words("prcli.quotations", "subject_relatives_fr.txt")
_subject_relatives = lazy_words("prcli.quotations", "subject_relatives_en.txt", "subject_relatives_fr.txt")
_fr_participle_ending_words = lazy_words("prcli.quotations", "participle_endings_fr.txt")


@cache
def _fr_participle_endings() -> tuple[str, ...]:
    """The endings of French past participles as a tuple (``str.endswith`` takes no set)."""
    return tuple(sorted(_fr_participle_ending_words()))


def _name_word(text: str, t: Tok) -> bool:
    """A capitalised word shaped like a name ("Nadeau-Dubois", not "AvertissementsÀ")."""
    if t.kind != "w" or not text[t.start].isupper():
        return False
    w = text[t.start:t.end]
    return w.isupper() or all(not c.isupper() or w[k - 1] in "-'’" for k, c in enumerate(w) if k > 0)


def elided_name(text: str, t: Tok) -> bool:
    """«d'Eric», «l'Elysée»: an elided article or preposition glued to a capitalised word."""
    w = text[t.start:t.end]
    return t.kind == "w" and len(w) > 3 and w[0] in "dl" and w[1] in "'’" and w[2].isupper()


@cache
def _links(lang: str) -> frozenset[str]:
    """Labels of links to other articles ("Lire aussi"): what follows them is a headline."""
    return frozenset(w.lower() for w in language_words("links", lang))


@cache
def _link_lasts(lang: str) -> frozenset[str]:
    """The last word of every link label: a one-lookup gate before joining the words."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in _links(lang))


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


def _first_key(w: str, key: str) -> bool:
    """A name's first word as written («وفيصل») against its register key, which may have lost
    a leading و or ف taken for a conjunction."""
    return w == key or (w[:1] in "وف" and w[1:] == key)


@cache
def _ar_title_pronouns() -> dict[str, str]:
    """«سموه», «معاليها»: a title with an attached pronoun, and its gender."""
    return {normalize(row[0]): row[1] for row in table("prcli.quotations", "title_pronouns_ar.tsv")
            if len(row) >= 2}


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


@dataclass(frozen=True)
class Clause:
    """What one cue says about its speaker: a phrase (token range), or a pronoun/dropped subject."""

    cue_start: int
    cue_end: int
    np: tuple[int, int] | None
    number: str
    via: str


_MAY_CUE_MEMO: dict[str, bool] = {}


class Attributor:
    """Finds cues and speaker phrases over one article's token stream."""

    def __init__(self, text: str, toks: list[Tok], lex: Lexicon, reg: Register) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        self.reg = reg
        self.lang = lex.lang
        self._cue_cache: dict[int, tuple[str, str, int] | None] = {}
        self._document: tuple[int, int] | None = None
        self._floors: list[int] | None = None
        self._cue_memo: dict[int, int] = {}
        #: clause() by token * 2 + after_quote: asked again for the same word by every quotation
        #: nearby. The document found so far is the only state its answer reads, so the memo
        #: holds for ``_memo_document`` only (int keys and mostly None: no work for the collector)
        self._clause_memo: dict[int, Clause | None] = {}
        self._memo_document: tuple[int, int] | None = None
        self._quoted_memo: dict[int, bool] = {}
        #: word -> may a cue start there (``_ar_may_cue``); shared by articles using the package lexicon
        self._may_cue_memo: dict[str, bool] = _MAY_CUE_MEMO if lex is lexicon(lex.lang) else {}
        self._latin_cue_memo: dict[str, bool] = {}
        #: quotation tokens read as a name inside a speaker's description («مؤسس “أديان” فادي ضو»)
        self.in_speaker: set[int] = set()

    # -- cues --------------------------------------------------------------------------------
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
            if i > 1 and self.toks[i - 1].norm in ("ان", "أن") \
                    and self.toks[i - 2].norm.removeprefix("و").removeprefix("ب") in ("دون", "قبل", "بعد"):
                return None  # «دون أن يذكر اسمه»: a verb that is denied or not yet done reports nothing
            if w.lstrip("و") in ("يذكر", "يشار") and i + 1 < len(self.toks) \
                    and self.toks[i + 1].norm in ("ان", "الى", "بان"):
                return None  # «يذكر أن …», «يشار إلى أن …»: impersonal, the writer's own words
            relay = self._ar_relay(i)
            if relay is not None:
                return ("src", "?", relay)  # «ونقلت صحيفة الرياض عن مصادر مطلعة أن …»
            if w.removeprefix("ب") in _ar_qawl():
                return ("qawl", {"قوله": "m", "قولها": "f"}.get(w.removeprefix("ب"), "p"), i + 1)
            hit = cues.get(w) or (cues.get(w[1:]) if w[:1] in "وف" and len(w) > 3 else None)
            if hit is None and not self.text[t.start:t.end].endswith("ة"):
                # (not «إضافة», «بإضافة»: ة folds to ه, but a noun in ة is no verb with «ـه»)
                hit = self._ar_cue_with_object(w)
            if hit is not None and w.lstrip("وف") in ("ذهب", "ذهبت", "ذهبوا") and not self._followed_by_an(i):
                return None  # ذهب is "went" unless «ذهب إلى أن» (he held that)
            prev = self.toks[i - 1].norm if i > 0 else ""
            if hit is not None and (prev in _ar_prep() or prev.removeprefix("و") in _ar_prep()
                                    or prev.removeprefix("و") in _ar_before_noun()):
                return None  # «من أبرز القيادات»: an elative after a preposition, not a verb
            if hit is not None and w.lstrip("وف") in ("راي",) and not self._followed_by_an(i):
                return None  # رأي (an opinion) folds like رأى (he saw)
            if hit is not None and w.lstrip("وف") == "عبر" and not self._followed_by(i, ("عن",)):
                return None  # عبر is also "through": a cue only in «عبر … عن»
            return (hit[0], hit[1], i + 1) if hit else None
        if self.lang == "fr":
            return self._fr_cue(i, after_quote)
        hit = cues.get(w)
        if hit is None:
            return None
        before = self.toks[i - 1] if i > 0 else None
        if w in _en_ambiguous() and not after_quote:
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            if w in ("called", "described", "branded", "welcomed"):
                if w != "welcomed" and self._lowercase_quote_soon(i):
                    return ("past", "?", i + 1)  # 'called the plan "ambitious but credible"'
                return None
            if before is None or before.kind != "w" or before.norm.endswith("'s"):
                return None
            if before.norm not in _en_pron() and not (latin_cap(self.text, before) and nxt is not None
                                                    and (nxt.kind == "q" or nxt.norm in (":", "that", ","))):
                return None
        if before is not None and before.kind == "w" and before.norm in _en_not_verb():
            return None
        return ("past", "?", i + 1)

    def may_cue(self, w: str) -> bool:
        """False when no cue can start at a word ``w`` whatever surrounds it (Arabic, French
        and English; always True in other languages): the loop over an article's words asks
        ``clause`` only where this is True."""
        if self.lang == "ar":
            return self._ar_may_cue(w)
        if self.lang in ("fr", "en"):
            return self._latin_may_cue_word(w)
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
                                   or w[1:] in firsts or w.startswith(_source_elided(self.lang)))
        return found

    def _ar_may_cue(self, w: str) -> bool:
        """False when no Arabic cue can start at a word ``w``, whatever surrounds it: not the
        first word of a source phrase, a relay verb, «قوله» or a listed verb (bare, after و/ف or
        with an object pronoun). ``clause`` is asked about every word of an article and nearly
        all of them fail these lookups; they depend on the word only, so the answer is kept per
        word (for the package's own lexicon, in a bounded table shared by all articles)."""
        memo = self._may_cue_memo
        found = memo.get(w)
        if found is None:
            if len(memo) >= _MAY_CUE_MEMO_MAX:
                memo.clear()
            firsts = _source_firsts("ar")
            cues = self.lex.cues
            found = bool(w in firsts or w[1:] in firsts or w.startswith(_source_elided("ar"))
                         or w.removeprefix("و") in _ar_relay_verbs() or w.removeprefix("ب") in _ar_qawl()
                         or w in cues or (w[:1] in "وف" and len(w) > 3 and w[1:] in cues)
                         or self._ar_cue_with_object(w) is not None)
            memo[w] = found
        return found

    def _ar_cue_with_object(self, w: str) -> tuple[str, str] | None:
        """«وصفتها الأمم المتحدة بـ“…”», «اعتبره»: a reporting verb with an object pronoun
        attached is still the cue (only past forms of three letters or more, not «قوله»)."""
        cues = self.lex.cues
        for suffix in ("هما", "هم", "ها", "ه"):
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
            if t.kind != "w" or t.norm in ("that", "and", "but"):
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
                if base[:2] in ("l'", "m'") and base[2:] in ("a", "avait", "aurait", "ont"):
                    base = base[2:]  # «l'a-t-il complimenté»: an object clitic before the auxiliary
                if base in ("a", "avait", "aurait", "ont"):
                    nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
                    if nxt is not None and cues.get(nxt.norm, ("", ""))[0] == "pp":
                        return ("inv", g, i + 2)
                    if after_quote and nxt is not None and nxt.kind == "w" and nxt.norm.isalpha() \
                            and nxt.norm.endswith(("é", "i", "u", "it")) and len(nxt.norm) > 3:
                        return ("inv", g, i + 2)  # «« … », l'a-t-il complimenté»: any verb in an incise
                    return None
                if base in cues or (after_quote and base.isalpha() and len(base) > 2):
                    return ("inv", g, i + 1)
                return None
        hit = cues.get(w)
        end = i + 1
        if hit is None:
            phrase = _fr_cue_phrase(self.toks, i)
            if phrase is None:
                return None
            hit, end = cues[phrase[0]], phrase[1]  # «a fait valoir», «met en garde»: one verb
        if w in _fr_incise_only() and not after_quote and not self._introduces_quote(i) \
                and not self._fr_that_quote(i) and not self._fr_calls_to_quote(i) \
                and not french.addressee_then_colon(self.toks, i) \
                and not french.relative_names_marks(self.toks, i, _fr_det()):
            return None  # «le cortège poursuit sa route»: these verbs report speech only in an incise
        if hit[0] == "hal":
            return ("hal", "?", i + 1)
        kind = hit[0]
        # an auxiliary in the four tokens before (only words can be one: «a», «s'est», «l'a»)
        aux = self._aux_before(i) if kind == "pp" or w == "dit" else False
        if w == "dit" and not after_quote and self._introduces_quote(i) and i > 0 and not aux:
            return ("pres", "s", end)  # «Frédéric, porte-parole, dit : « … »»: the present tense
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

    def _aux_before(self, i: int) -> bool:
        """An auxiliary («a», «ont», «s'est», …) among the four tokens before ``i`` (punctuation,
        quotations and breaks never are one)."""
        aux = _fr_aux()
        for t in self.toks[max(0, i - 4):i]:
            n = t.norm
            if n in aux or n.startswith("s'"):
                return True
        return False

    def _clause_last(self, c: Clause) -> int:
        return max(c.cue_end, c.np[1] if c.np is not None else 0) - 1

    def _introduces_quote(self, i: int) -> bool:
        """A colon or a quotation right after token ``i``."""
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
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
                if self.lang == "fr" and nxt in _fr_stressed():
                    return ("srcpron", _fr_stressed()[nxt], i + n + 1)  # «selon eux», «d'après elle»
                return ("src", number, i + n)
        return None

    # -- speaker phrases ---------------------------------------------------------------------
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

    def _clause(self, i: int, after_quote: bool) -> Clause | None:
        c = self.cue_at(i, after_quote)
        if c is None:
            return None
        kind, number, end = c
        if self.lang == "ar":
            clause = self._ar_clause(i, kind, number, end)
            if clause is not None and clause.np is not None \
                    and any(t.norm[:1].isdigit() for t in self.toks[clause.np[0]:clause.np[1]]):
                return None  # «سجل المؤشر 30 نقطة»: a figure, not someone speaking
            return clause
        if self.lang == "fr":
            return self._fr_clause(i, kind, number, end, after_quote)
        return self._en_clause(i, kind, number, end, after_quote)

    def _ar_clause(self, i: int, kind: str, number: str, end: int) -> Clause | None:
        if kind == "srcpron":
            if self._ar_parenthetical_source(i, kind):
                return None  # «وقال التنظيم في بيانه إن …»: the verb before has the subject
            return Clause(i, end, None, number, "source-pronoun")
        if kind == "hal":
            return Clause(i, end, None, number, "hal")
        if kind == "qawl":
            # «نقلت الوكالة عن فلان قوله»: the speaker follows عن
            k = i - 1
            while k > 0 and i - k < 12 and self.toks[k].kind == "w" and self.toks[k].norm != "عن":
                k -= 1
            if self.toks[k].norm == "عن" and k + 1 < i:
                own = self._ar_expressed_about(k)
                if own is not None:
                    return own  # «عبر فلان عن الحادثة بقوله»: عن belongs to the verb, not a relay
                return Clause(i, end, (k + 1, i), number, "source")
            if self._quoted_name(i - 1):
                return Clause(i, end, (i - 1, i), number, "cue")  # «واختتم “الرشيد” بقوله»
            return Clause(i, end, None, number, "pro-drop")
        j = end
        toks = self.toks
        stop = len(toks)
        if self._ar_parenthetical_source(i, kind) or self._ar_came_in_place(i, kind, end):
            return None
        owner = self._ar_own_words(i, kind, end)
        if owner is not None:
            return Clause(i, end + 1, None, owner, "source-pronoun")  # «وجاء في كلمته “…”»
        if i > 2 and toks[i - 1].norm == "ما" and toks[i - 2].norm in _ar_as_per() \
                and self._cue_before(i - 3) >= 0:
            return None  # «وأكد سامي الدريدي - حسب ما نقلته إذاعة المدينة - “…”»: where it was reported
        if i > 0 and toks[i - 1].norm in ("ما", "مما", "عما", "لما", "بما") \
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
        fronted = self._ar_fronted_subject(i) if kind in ("past", "pres") else None
        if fronted is not None:
            return Clause(i, end, fronted, number, "cue")  # «الحقوقية دعت إلى …», «الخماس انتقدت …»
        rel = self._ar_relative(i) if kind != "src" else None
        rel_gender = {"الذي": "m", "التي": "f", "الذين": "p"}.get(toks[i - 1].norm if i > 0 else "", "?")
        if rel is not None and self._ar_can_speak(rel) and rel_gender in ("?", number) \
                and not self._ar_subject_after(end):
            return Clause(i, end, rel, number, "cue")  # «الوزارة التي وصفت الوضع بأنه …»: the antecedent
        if kind != "src" and i > 1 and toks[i - 1].norm in ("التي", "الذي") and toks[i - 2].kind == "w" \
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
        if j + 1 < stop and toks[j].norm in (",", "،") and ar_name_token(toks[j + 1], None, self.lex) \
                and not self._ar_descriptor((j + 1, j + 2)):
            j += 1  # a stray comma between the verb and its subject: «وسجل ، مزوار»
        if j < stop and toks[j].norm in _ar_title_pronouns():
            gender = _ar_title_pronouns()[toks[j].norm]
            holder = self._ar_title_holder(i, toks[j].norm, gender)
            return Clause(i, end, holder, gender, "cue" if holder is not None else "pro-drop")  # «وقال سموه»
        if j < stop and toks[j].norm in _ar_obj_pron():
            j += 1  # «كشف عنها موقع …»: the subject comes after the pronoun object
        if kind != "src" and j + 1 < stop and toks[j].kind == "q" and self._quoted_name(j) \
                and (toks[j + 1].kind == "w" or (toks[j + 1].norm in (",", "،", ":") and j + 2 < stop
                                                 and toks[j + 2].kind == "q")
                     or arabic_labels.comma_then_complement(
                         toks, j, stop, self.lex, self.text[toks[j].start + 1:toks[j].end - 1].split())):
            self.in_speaker.add(j)
            return Clause(i, end, (j, j + 1), number, "cue")  # «وأضاف «العنزي» عن دور الغرفة …»
        if j + 2 < stop and toks[j].norm == "ل" and toks[j + 1].kind == "q" and self._quoted_name(j + 1):
            self.in_speaker.add(j + 1)
            j += 2  # «تقول لـ«الأنباء» سلوى الحربي»: the channel comes before the subject
        if kind != "src":
            j = self._ar_medium_after_verb(j)  # (after «وفقا لصحيفة "…"» the newspaper is the source)
        if j + 2 < stop and toks[j].norm == "(" and toks[j + 1].kind == "w":
            e = j + 1
            while e < stop and e - j <= 5 and toks[e].kind == "w":
                e += 1
            if e < stop and toks[e].norm == ")":
                return Clause(i, end, (j + 1, e), number, "cue")  # «التي وصفتها (فوربس مغازين) بـ…»
        if j < stop and j == end and toks[j].kind == "w" and self._ar_possessed_object(toks[j]):
            return Clause(i, end, None, number, "pro-drop")  # «الذي أبدى إعجابه “…”»: the object
        j = self._ar_after_blessing(j)
        np_a = j
        while j < stop and j - np_a < 16 and not plural_marked:
            t = toks[j]
            described = toks[np_a].norm in self.lex.people or toks[j - 1].norm.endswith(("ي", "يه"))
            if t.kind == "q" and j > np_a and self._quoted_name(j) and j + 1 < stop \
                    and toks[j + 1].kind == "w" and toks[j - 1].norm.startswith("ال") and described:
                self.in_speaker.add(j)
                return Clause(i, end, (j, j + 1), number, "cue")  # «كشفت البريطانية «لويز براون» …»
            if t.kind == "q" and j > np_a and self._quoted_name(j) and toks[j - 1].norm in self.lex.roles:
                h = j + 2 if j + 1 < stop and toks[j + 1].norm in (",", "،") else j + 1
                e = ar_name_end(toks, h, self.lex, 4)
                if e - h >= 2:
                    self.in_speaker.add(j)  # the marked name belongs to the speaker's description
                    return Clause(i, end, (h, e), number, "cue")  # «وقال مؤسس “أديان” فادي ضو»
            if t.kind != "w":
                if t.kind == "p" and t.norm == "." and j > end and toks[j - 1].end == t.start \
                        and toks[j - 1].norm in self.lex.honorifics:
                    j += 1
                    continue
                break
            w = t.norm
            base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            subject_role = j == np_a and w in self.lex.roles
            if ((w in self.lex.stops and not subject_role)
                    or (base in self.lex.stops and w[:1] != "و" and not subject_role)
                    or self.cue_at(j) is not None) and not self._ar_given_name_ali(j, np_a):
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
            if j == np_a and self.text[t.start:t.end].endswith(("ًا", "اً")):
                break  # «يقول متحسرًا»: an accusative of manner, not a subject
            if j == np_a and self._ar_preposition_phrase(w):
                break  # «أفادت لإقليم …», «ذكرت بالتاريخ …»: not a subject
            raw = self.text[t.start:t.end]
            if j > np_a and len(raw) >= 4 and raw.endswith(("ته", "ثه")) \
                    and (ar_name_token(toks[j - 1], None, self.lex) or toks[j - 1].norm.startswith("ال")):
                break  # «وختم بنجبلي حديثه»، «بن كيران بصوته»: the object's pronoun, after the name
            if j >= np_a + 2 and w.startswith("ب") and not w.startswith(("بن", "بو", "بل")) \
                    and toks[j - 1].norm.startswith("ال") and ar_name_token(toks[j - 2], None, self.lex) \
                    and toks[j - 2].norm not in _ar_name_links() \
                    and j - 3 >= np_a and self._ar_title_word(toks[j - 3].norm):
                break  # «وأشاد المدرب خالد العمري بأداء اللاعبين»: after title, name and family name
            if j > np_a and w == "عبر" and not self._followed_by(j, ("عن",)):
                break  # «وقال سينج عبر الهاتف»: "through", not a verb, ends the subject
            if j > np_a and self._ar_accusative(j, j + 1):
                break  # «وقال عبود الخضري موجها حديثه»: a circumstantial participle after the name
            if j >= np_a + 2 and w.endswith("ا") and len(w) >= 4 and not w.startswith("ال") \
                    and not toks[j - 1].norm.endswith("ا") and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex):
                break  # «وحققت ديانا حداد نجاحا جماهيريا»: an accusative object after a full name
            if j > np_a + 1 and w in folded_words("not_names_ar.txt") \
                    and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex) \
                    and "باسم" not in (toks[j - 1].norm, toks[j - 2].norm):
                break  # «اتهم رئيس الوزراء فلان تنظيم “داعش”»: the object after the name
            if w in _ar_not_subject() or base in _ar_not_subject():
                break  # «ووصف نفسه بأنه …»: an object or a complement clause, not who speaks
            if j >= np_a + 2 and (w in self.lex.roles or base in self.lex.roles) \
                    and ar_name_token(toks[j - 1], None, self.lex) \
                    and ar_name_token(toks[j - 2], None, self.lex) \
                    and self._ar_descriptor((np_a, np_a + 1)):
                break  # «الخبير بيار تيرزيان مدير مجموعة …»: the person, not the body he heads
            if j > np_a and ((w.startswith("ل") and not w.startswith(("لا", "ال"))) or w.startswith("بال")) \
                    and not self._ar_descriptor((np_a, np_a + 1)) \
                    and not (j == np_a + 1 and w.startswith("ل") and self._ar_document_head(toks[np_a].norm)):
                # («وأوضح بلاغ للجنة الجهوية أن …»: a statement's issuer after لـ belongs to it)
                break  # «مريم بلكلوش لفرانس برس», «وأشاد ايمري بالمدير»: a name ends before لـ/بالـ
            j += 1
        if j == np_a:
            if kind == "src":
                return None
            q = i - 2 if i > 1 and toks[i - 1].norm in ("قد", "وقد") else i - 1
            if q >= 0 and self._quoted_name(q) and not self._ar_opens_clause(toks[i].norm):
                self.in_speaker.add(q)
                return Clause(i, end, (q, q + 1), number, "cue")  # «لكن “العرفج” يقول», «“كيربي” قد قال»
            topic = self._ar_relative(i) or self._ar_topic(i) or self._ar_subject_before(i) \
                or self._ar_fronted_before_comma(i) or self._ar_kana_subject(i)
            if topic is not None:
                return Clause(i, end, topic, number, "cue")
            named = self._ar_named_in_sentence(i, number)
            if named is not None:
                return Clause(i, end, named, number, "cue")
            return Clause(i, end, None, number, "pro-drop")
        if self._ar_accusative(np_a, j):
            return None if kind == "src" else Clause(i, end, None, number, "pro-drop")
        np = (np_a, self._ar_where_from(np_a, j))
        issuer = self._ar_issuer(np)
        if issuer is not None:
            np = issuer
        if toks[np_a].norm in _ar_article():
            return Clause(i, end, self._ar_document(np_a), number, "cue")
        # apposition after the phrase: «قال رئيس الحكومة، عزيز أخنوش،»
        # (a title may open it: «وقالت المديرة العامة للوكالة، السيدة سلمى بنعلي، …»;
        # a place may come first: «وأوضح رئيس قسم مكافحة الملاريا في النيجر، عمر باكاري،»)
        if j + 2 < stop and toks[j].norm in ("في", "ب") and toks[j + 1].kind == "w" \
                and toks[j + 2].norm in (",", "،") and self._ar_descriptor(np):
            j += 2
        named = self._ar_name_after_place(np, j)
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
            if len(names) >= 2 and k < stop and toks[k].kind in ("p", "b") and self._ar_descriptor(np):
                np = (names[0], k)
        return Clause(i, end, np, number, "cue")

    def _ar_after_blessing(self, j: int) -> int:
        """«ويرى طيب الله ثراه أن …», «وقال رحمه الله: …»: a blessing right after the verb is
        about its dropped subject; the subject phrase, if any, starts after it."""
        toks = self.toks
        for ph in _ar_blessings():
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
        n = len(keys)
        for k in range(i - n, -1, -1):
            if _first_key(self.toks[k].norm, keys[0]) \
                    and tuple(t.norm for t in self.toks[k + 1:k + n]) == keys[1:]:
                return k, k + n
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
        if i < 2 or toks[i].norm[:1] not in "وف" or toks[i - 1].norm not in (",", "،"):
            return None
        start = i - 1
        floor = self._recent_start(i)
        while start > floor and toks[start - 1].norm not in (".", "!", "؟", "?", ":"):
            if toks[start - 1].kind == "q" and not self._quoted_name(start - 1):
                return None  # (a name in marks, «“الاقتصادية”», is no one's words)
            start -= 1
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
        return None

    def _ar_title_word(self, w: str) -> bool:
        """A role, an honorific or a person noun (with or without ال) that stands before a name."""
        bare = w.removeprefix("ال")
        lex = self.lex
        return w in lex.honorifics or w in lex.roles or bare in lex.roles or w in lex.people

    def _ar_document_head(self, w: str) -> bool:
        """«بلاغ», «بيان», «تقرير» (indefinite, maybe after و): a document that speaks for its issuer."""
        return w.removeprefix("و") in folded_words("documents_ar.txt")

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
        talks = folded_words("speech_nouns_ar.txt") | folded_words("addressing_ar.txt")
        if k + 1 < stop and toks[k].norm == "في" and toks[k + 1].kind == "w" and toks[k + 1].norm in talks:
            k += 2  # «في تصريح خاص لـ…», «في اتصال هاتفي مع …»: the kind of talk, then to whom
            while k < stop and k - j < 5 and toks[k].kind == "w" and toks[k].norm not in _ar_medium_preps() \
                    and toks[k].norm not in _ar_outlet_nouns() \
                    and toks[k].norm.endswith(("ي", "يه", "خاص", "خاصه")):
                k += 1
        talk = k > j and k < stop and toks[k].norm in ("مع", "الى", "الي")  # («في اتصال هاتفي مع "…"»)
        if k >= stop or not (toks[k].norm in _ar_medium_preps() or toks[k].norm in _ar_outlet_nouns()
                             or talk):
            return j
        if k + 1 < stop and toks[k + 1].kind == "q" and self._quoted_name(k + 1):
            self.in_speaker.add(k + 1)
            k += 2
            return k + 1 if k < stop and toks[k].norm in (",", "،") else k
        after = self._ar_stray_outlet(k)
        return after if after != k else j

    def _ar_person_word(self, k: int) -> bool:
        """A word that opens a mention of a person: a role, a person noun, an honorific or a
        name already met in the article."""
        w = self.toks[k].norm
        bare = w.removeprefix("ال")
        return w in self.lex.roles or bare in self.lex.roles or w in self.lex.people \
            or w in self.lex.honorifics or self.reg.by_name((w,)) is not None

    def _ar_about_statement(self, i: int, end: int) -> bool:
        """«في بيان أعلن فيه التغييرات», «فيديو يوضح فيه سبب …»: a verb with a resumptive فيه
        after a statement noun is a relative clause about the statement; whoever speaks is the
        subject of the verb before it."""
        toks = self.toks
        if i == 0 or end >= len(toks) or toks[end].norm not in ("فيه", "فيها", "فيهما"):
            return False
        nouns = folded_words("speech_nouns_ar.txt")
        w = toks[i - 1].norm
        forms = {w, w[1:], w[2:], w[3:], w.removesuffix("ا")}  # («بيان», «ببيان», «البيان», «بيانا»)
        return toks[i - 1].kind == "w" and any(f in nouns for f in forms)

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
            or bare in folded_words("documents_ar.txt") or bare in _ar_body_heads()
        named = known is not None and known.named
        if (first.startswith("ال") and described) or first in self.lex.roles or named:
            return (s, i)
        return None

    def _ar_expressed_about(self, k: int) -> Clause | None:
        """The clause of «عبر/أعرب … عن» when the عن at ``k`` belongs to that verb (the words after
        «بقوله» are then its subject's), unless a relay verb («نقل») governs it."""
        toks = self.toks
        for m in range(k - 1, max(-1, k - 12), -1):
            if toks[m].kind != "w":
                return None
            w = toks[m].norm.removeprefix("و").removeprefix("ف")
            if w.startswith("نقل") or w in ("نسب", "نسبت"):
                return None
            if w in ("عبر", "اعرب", "اعربت", "عبرت"):
                c = self.clause(m)
                return c if c is not None and c.np is not None else None
        return None

    def ar_coordinated_subject(self, i: int) -> tuple[int, int] | None:
        """«توقف المجلس الدستوري عند الفصل 7 واعتبر أن …»: a reporting verb with no subject joined
        by و to the sentence's first verb shares that verb's subject (a body, a role or a name)."""
        toks = self.toks
        w = toks[i].norm
        linked = i > 0 and toks[i - 1].norm in ("حيث", "اذ", "ثم", "ما", "مما")
        if self.lang != "ar" or (w[:1] not in "وف" and not linked):
            return None
        s = self._near_sentence_start(i, 40)
        if s < 0:
            return None
        opener = toks[s].norm.removeprefix("و")
        if opener in _ar_prep() or opener in ("بدوره", "بدورها") or opener in _ar_before_noun():
            comma = next((m for m in range(s + 1, min(i, s + 5)) if toks[m].norm in (",", "،")), None)
            if comma is None:
                return None
            s = comma + 1  # «من جهة أخرى،», «من جانبه،», «وفي هذا السياق،»
        elif opener == "كما" and s + 2 < i:
            s += 1  # «كما تبادلت فلانة الفلانية صورها … وتقول»: "also", then the sentence's verb
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
        while e < i and e - a < 6 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and toks[e].norm not in _ar_prep() and toks[e].norm not in _ar_before_noun() \
                and not toks[e].norm.startswith(("ب", "ل")) and not toks[e].norm[:1].isdigit() \
                and self.cue_at(e) is None and not self._ar_object_after_body(a, e) \
                and not (e > a + 1 and self._ar_possessed_object(toks[e])):
            e += 1  # (a noun with a possessive after the subject is the object: «… فلانة صورها»)
        described = self._ar_described_name(a, e) if e > a else None
        if described is not None:
            return described  # «كما تبادلت المبتعثة نورة السبيعي صورها … وتقول»
        if e == a or not self._ar_can_speak((a, e)):
            return None
        return (a, self._ar_after_family_name(a, self._ar_role_phrase_end(a, e)))

    def _ar_described_name(self, a: int, e: int) -> tuple[int, int] | None:
        """«المبتعثة نورة السبيعي»: a definite description (a word the lists may not know) then a
        full name of two to four words: the name, when the subject is not a known role or body."""
        toks = self.toks
        if not toks[a].norm.startswith("ال") or self._ar_can_speak((a, a + 1)):
            return None
        m = ar_name_end(toks, a + 1, self.lex, 4)
        return (a + 1, m) if m - (a + 1) >= 2 and m <= e else None

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
                        toks[m - 3].norm.startswith("ال") and toks[m - 3].norm.endswith(("ي", "يه"))
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
            if w.startswith("ال") and not w.endswith(("ي", "يه")):
                if seen_definite:
                    return m
                seen_definite = True
        return e

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
        if j + 2 < stop and toks[j].norm in (",", "،") and self._quoted_name(j + 1) \
                and toks[j + 2].kind == "w":
            return j + 1
        return None

    def _ar_possessed_object(self, t: Tok) -> bool:
        """«أبدى إعجابه», «أعربت عن قلقها»: a noun with a possessive pronoun right after the verb is
        its object (the subject is the pronoun's owner), not a name (not «عبدالله», «نبيه»)."""
        raw = self.text[t.start:t.end]
        w = t.norm
        if len(w) < 5 or "لله" in w or raw.endswith("ة") or w.startswith("ال") \
                or not raw.endswith(("ه", "ها", "هم")):
            return False
        return self.reg.by_name((w,)) is None and w not in self.lex.roles and w not in self.lex.people \
            and not self._ar_recurring_name(t)

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
            bare in folded_words("documents_ar.txt") or bare in _ar_body_heads())

    def _ar_statement_issuer(self, i: int) -> tuple[int, int] | None:
        """«وأصدرت سفارة البرتغال لدى الرباط بيانا أكدت فيه أن …»: the subject of the verb that
        opens the sentence (up to a preposition or a particle) issued the statement and speaks."""
        toks = self.toks
        s = self._near_sentence_start(i, 30)
        a = s + 1
        if s < 0 or a >= i - 1 or toks[s].kind != "w":
            return None
        e = a
        while e < i - 1 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and toks[e].norm not in _ar_prep() and not toks[e].norm.endswith("ا"):
            e += 1
        return (a, e) if e > a and not toks[a].norm[:1].isdigit() else None

    def _ar_came_in_place(self, i: int, kind: str, end: int) -> bool:
        """«وجاء في المركز الثاني فيلم …»: «جاء في» cites a text only when a document, a statement
        or someone's words follow (البيان، تصريحه، كلمتها), not a rank or a place."""
        toks = self.toks
        if kind != "src" or toks[i].norm not in ("جاء", "ورد", "وجاء", "وورد") or end >= len(toks):
            return False
        t = toks[end]
        return t.kind == "w" and t.norm.removeprefix("ال") in _ar_not_texts()

    def _ar_own_words(self, i: int, kind: str, end: int) -> str | None:
        """«وجاء في كلمته», «وورد في بيانها»: the words of whoever the pronoun means (m/f/p)."""
        toks = self.toks
        if kind != "src" or toks[i].norm not in ("جاء", "ورد", "وجاء", "وورد") or end >= len(toks):
            return None
        w = toks[end].norm
        nouns = folded_words("speech_nouns_ar.txt") | folded_words("documents_ar.txt")
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
        if kind in ("src", "srcpron") and i > 0 and toks[i].norm in ("في", "وفي") \
                and self._cue_before(i - 1) >= 0:
            return True  # («وقال التنظيم في بيانه إن …»)
        if self._ar_medium_after_subject(i, kind):
            return True
        if kind != "src" or i == 0 or toks[i - 1].norm not in ("كما", "وكما"):
            return False
        return toks[i].norm in ("جاء", "ورد", "وجاء", "وورد") and i > 1 and self._cue_before(i - 2) >= 0

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
        up to punctuation (or «أن/إن» after an administrative noun and its name, «في سوق عكاظ
        فلان الفلاني إن»): the name is the speaker, not the role."""
        toks = self.toks
        stop = len(toks)
        if j + 3 >= stop or toks[j].norm != "في" or not self._ar_descriptor(np):
            return None
        h = j + (3 if toks[j + 1].norm.removeprefix("ال") in folded_words("place_nouns_ar.txt") else 2)
        if h >= stop or toks[h - 1].kind != "w":
            return None
        k = ar_name_end(toks, h, self.lex, 5)
        if self._ar_possessed_object(toks[h]) or toks[h].norm.endswith(("ته", "تها", "تهم")):
            return None  # «في إحدى مقابلاته الصحفية:»: the channel, not a name
        if k - h >= 2 and k < stop and (toks[k].norm in (",", "،", ":", "علي", "عن", "الى")
                                         or toks[k].kind == "q" or (h == j + 3 and toks[k].norm in _ar_that())
                                         or (toks[k].norm in ("ل", "لوكاله", "لصحيفه", "لموقع", "لقناه"))):
            return (h, k)  # («… عبد الله الصقعبي لـ“…”:», «… لوكالة الأنباء»: the channel after the name)
        return self._ar_patronymic_after_field(j)

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
                    and any(t.norm in ("بن", "بنت", "ابن") for t in toks[h + 1:k - 1]):
                return (h, k)
        return None

    def _ar_where_from(self, a: int, b: int) -> int:
        """«وقال مصدر في قيادة العمليات إن …»: an unnamed source's description runs on through
        the place it works at, up to أن/إن or punctuation (not «في تصريح»: that is the channel)."""
        toks = self.toks
        made = self._ar_made_by(a, b)
        if made > b:
            return made
        if toks[a].norm.removeprefix("و") in folded_words("documents_ar.txt") and b + 1 < len(toks) \
                and toks[b].norm == "عن" and toks[b - 1].norm in ("صادر", "صادره"):
            return b  # «بيان صادر عن الحزب»: the caller takes the issuer
        if toks[a].norm.removeprefix("و") not in folded_words("vague_ar.txt") or b >= len(toks) \
                or toks[b].norm not in ("في", "من", "لدى", "داخل", "ب") or self._source_at(b) is not None:
            return b
        e = b + 1
        while e < len(toks) and e - b <= 7 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None and self._source_at(e) is None:
            e += 1
        return e if e > b + 1 else b

    def _ar_relay(self, i: int) -> int | None:
        """«نقلت الوكالة عن فلان أن …»: the words are those of whoever follows عن (unless «قوله»
        closes the phrase, handled with it). Returns the index after عن."""
        toks = self.toks
        if toks[i].norm.removeprefix("و") not in _ar_relay_verbs():
            return None
        for j in range(i + 1, min(len(toks) - 1, i + 8)):
            if toks[j].kind != "w":
                return None
            if toks[j].norm == "عن":
                k = j + 1
                while k < len(toks) and k - j < 10 and toks[k].kind == "w" and toks[k].norm not in _ar_that():
                    if toks[k].norm.removeprefix("ب") in ("قوله", "قولها", "قولهم"):
                        return None
                    k += 1
                return j + 1
        return None

    def _ar_given_name_ali(self, j: int, a: int) -> bool:
        """«الوزير علي الحربي»: folded, the name علي is the preposition على; after a role or an
        honorific and before a family name it is the given name."""
        toks = self.toks
        if toks[j].norm != "علي" or j == a or j + 1 >= len(toks):
            return False
        prev, nxt = toks[j - 1].norm, toks[j + 1]
        if ar_name_token(toks[j - 1], None, self.lex) and (nxt.kind != "w" or nxt.norm in ("وهو", "وهي")):
            return True  # «وأوضح ياسين مراد وهو من أبناء الحي»: a family name before a pause
        return (prev in self.lex.roles or prev in self.lex.honorifics or prev in self.lex.people
                or prev.removeprefix("ال") in self.lex.roles) and nxt.kind == "w" \
            and (ar_name_token(nxt, None, self.lex) or nxt.norm.startswith("ال")) \
            and nxt.norm not in self.lex.stops

    def _ar_subject_after(self, j: int) -> bool:
        """«الذي أوضحت رئيسته هالة الصباغ»: the verb has its own subject (a role, possibly with a
        pronoun, or a name) right after it."""
        toks = self.toks
        if j >= len(toks) or toks[j].kind != "w":
            return False
        w = toks[j].norm
        for form in (w, w.removesuffix("ه"), w.removesuffix("ته") + "ه", w.removesuffix("ها")):
            if form in self.lex.roles or form in self.lex.people or form in self.lex.honorifics:
                return True
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
            if w in self.lex.roles or bare in self.lex.roles or w in self.lex.people \
                    or bare in self.lex.people or bare in folded_words("documents_ar.txt") \
                    or bare in folded_words("vague_ar.txt") \
                    or bare in _ar_body_heads():
                return True
        e = ar_name_end(toks, np[0], self.lex)
        return e - np[0] >= 2 and self.reg.by_name(tuple(x.norm for x in toks[np[0]:e])) is not None

    def _ar_issuer(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """«بحسب بيان صادر عن الحزب»: a statement speaks for the body that issued it."""
        toks = self.toks
        a, b = np
        if toks[a].norm.removeprefix("و") not in folded_words("documents_ar.txt") or b + 1 >= len(toks) \
                or toks[b].norm != "عن" or toks[b - 1].norm not in ("صادر", "صادره"):
            return None
        e = b + 1
        while e < len(toks) and e - b <= 6 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None:
            e += 1
        return (b + 1, e) if e > b + 1 else None

    def _ar_made_by(self, a: int, b: int) -> int:
        """«دراسة أعدتها جامعة الملك سعود»: a document's description runs on through the verb
        (with its pronoun) naming the body that made it."""
        toks = self.toks
        if toks[a].norm.removeprefix("و") not in folded_words("documents_ar.txt"):
            return b
        v = next((m for m in range(a + 1, min(b + 1, a + 4, len(toks)))
                  if toks[m].kind == "w" and toks[m].norm.endswith("ها") and len(toks[m].norm) > 3), None)
        if v is None:
            return b
        e = v + 1
        while e < len(toks) and e - v <= 5 and toks[e].kind == "w" and toks[e].norm not in self.lex.stops \
                and self.cue_at(e) is None:
            e += 1
        return max(b, e) if e > v + 1 else b

    def _ar_accusative(self, a: int, b: int) -> bool:
        """«قالت استنادا إلى …», «ردد حفلا استثنائيا»: an indefinite accusative (ending in ا) after
        the verb is an adverb or an object, not the subject (which is nominative)."""
        w = self.toks[a].norm
        if len(w) < 4 or not w.endswith("ا") or w.startswith("ال") or w in self.lex.people \
                or a + 1 >= len(self.toks):
            return False
        # «استنادا إلى», «ردا على», «نقلا عن», «موجها حديثه»; not «أوباما», «جوارديولا عقب المباراة»
        nxt = self.toks[a + 1].norm
        return nxt in ("الى", "على", "عن", "مع") \
            or (nxt.endswith("ه") and len(nxt) >= 4 and not nxt.startswith("ال")) \
            or (nxt.startswith("ل") and not nxt.startswith(("لا", "ال")) and len(nxt) >= 4)

    def _followed_by(self, i: int, words: tuple[str, ...]) -> bool:
        return any(self.toks[j].norm in words for j in range(i + 1, min(len(self.toks), i + 8)))

    def _followed_by_an(self, i: int) -> bool:
        for j in range(i + 1, min(len(self.toks), i + 6)):
            if self.toks[j].norm in ("ان", "بان", "انه", "انها"):
                return True
        return False

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
        if w[:1] == "ب" and w[1:] in folded_words("manner_ar.txt"):
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
        if i < 2 or toks[i - 1].norm not in ("الذي", "التي", "الذين"):
            return None
        if self._quoted_name(i - 2):
            return (i - 2, i - 1)  # «المغرد “فايز البلوي” الذي قال»: the name written in marks
        if toks[i - 2].norm in (",", "،"):
            # «…، محمد فقيري، الذي اعتبر»: a name set off by commas
            e = i - 2
            a = e
            while a > 0 and e - a < 5 and ar_name_token(toks[a - 1], None, self.lex):
                a -= 1
            if e - a >= 2 and a > 0 and toks[a - 1].kind in ("p", "b"):
                return (a, e)
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
        if e - (k + 1) >= 1 and toks[k + 1].norm.startswith("ال"):
            return (k + 1, e)  # «الوزير الذي»
        if e - (k + 1) >= 2 and toks[e - 1].norm.startswith("ال") and self._ar_can_speak((k + 1, e)):
            return (k + 1, e)  # «وزارة التجارة التي» (definite by its complement)
        return None

    def _ar_topic(self, i: int) -> tuple[int, int] | None:
        """«أما مريم … فقالت»: the topic after أما at the start of the sentence is the subject."""
        k = i
        while k > 0 and self.toks[k - 1].kind not in ("b", "q") and i - k < 30:
            k -= 1
        if self.toks[k].norm in ("اما", "واما") and k + 1 < i:
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

    def _ar_subject_before(self, i: int) -> tuple[int, int] | None:
        """«أحد ممثلي المؤسسة أكد أنه …»: subject-verb order, the verb without و."""
        toks = self.toks
        w = toks[i].norm
        if w[:1] in "وف" and w[1:] in self.lex.cues:
            return None
        k = i
        while k > 0 and toks[k - 1].kind == "w" and i - k < 5 and toks[k - 1].norm not in self.lex.stops \
                and toks[k - 1].norm not in _ar_not_subject() and self.cue_at(k - 1) is None:
            k -= 1
        m = i
        while m > 0 and i - m < 4 and ar_name_token(toks[m - 1], None, self.lex) \
                and toks[m - 1].norm not in _ar_not_subject():
            m -= 1
        before = toks[m - 1] if m > 0 else None
        if i - m >= 2 and not toks[m].norm.startswith(("ب", "ل", "وب", "ول")) and (
                before is None or before.kind != "w" or before.norm in self.lex.roles
                or before.norm in self.lex.people or before.norm in self.lex.honorifics
                or (before.norm.startswith("ال") and before.norm.endswith(("ي", "يه")))
                or self._ar_role_before(m)):
            return (m, i)  # «… المحامية الفرنسية كريستين لازيرغ أكدت»: a name right before the verb
        if k == i or self._ar_preposition_phrase(toks[k].norm) \
                or toks[k].norm.removeprefix("و") in _ar_prep():
            return None  # «… لكنه قال», «وفي جملة لاذعة قال»: no subject before the verb
        first = toks[k].norm
        if first in self.lex.roles or first in self.lex.people or first.removeprefix("و") in self.lex.roles \
                or ar_name_end(toks, k, self.lex) - k >= 2:
            return (k, i)
        return None

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
        if not s < e or not self._ar_title_word(toks[s].norm.removeprefix("و")):
            return None  # (only a role, an honorific or a person noun opens such a subject)
        if any(self.cue_at(k) is not None or toks[k].norm in self.lex.stops for k in range(s, e)
               if k not in inner):
            return None  # a verb or a particle inside: another clause, not one subject
        if inner:
            c = inner[0]
            h = c + 1 + (toks[c + 1].norm in self.lex.honorifics)
            return (h, e) if e - h >= 2 and ar_name_end(toks, h, self.lex, 5) == e else None
        for m in range(s + 1, e - 1):
            if ar_name_end(toks, m, self.lex, 5) == e:
                return (s, e)
        return None

    def _ar_kana_subject(self, i: int) -> tuple[int, int] | None:
        """«وكان رئيس الحكومة، فلان الفلاني، قد أكد أن “…”»: the subject of كان stands between it
        and «قد» before the verb; a name set off by commas in it is the speaker."""
        toks = self.toks
        if i < 3 or toks[i - 1].norm != "قد":
            return None
        k = i - 2
        while k > 0 and i - k <= 14 and (toks[k].kind == "w" or toks[k].norm in (",", "،")) \
                and toks[k].norm not in _ar_kana():
            k -= 1
        if toks[k].norm not in _ar_kana() or k + 1 >= i - 1:
            return None
        a, e = k + 1, i - 1
        if toks[e - 1].norm in (",", "،"):
            e -= 1
        commas = [m for m in range(a, e) if toks[m].norm in (",", "،")]
        if commas:
            h = commas[-1] + 1
            h += toks[h].norm in self.lex.honorifics if h < e else 0
            if len(commas) == 1 and e - h >= 2 and ar_name_end(toks, h, self.lex, 5) == e \
                    and self._ar_title_word(toks[a].norm):
                return (h, e)
            return None
        if any(self.cue_at(m) is not None or toks[m].norm in self.lex.stops for m in range(a, e)):
            return None
        return (a, e) if self._ar_can_speak((a, e)) or ar_name_end(toks, a, self.lex, 5) - a >= 2 else None

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
            if w in self.lex.stops:
                return False
            k -= 1
        return False

    def _quoted_name(self, k: int) -> bool:
        """«“فايز البلوي”»: Arabic writers often put a name in marks; a short quotation of name
        words right before a reporting verb (or الذي + verb) names the speaker."""
        toks = self.toks
        if k < 0 or toks[k].kind != "q":
            return False
        hit = self._quoted_memo.get(k)
        if hit is None:
            hit = self._quoted_memo[k] = self._quoted_name_text(k)
        return hit

    def _quoted_name_text(self, k: int) -> bool:
        toks = self.toks
        inner = self.text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0")
        return 1 <= len(inner.split()) <= 4 and _NAME_BREAKS.search(inner) is None \
            and not any(map(str.isdigit, inner))

    def speaking_name(self, k: int) -> bool:
        """Whether the quotation at ``k`` is a name in marks that the next verb reports."""
        toks = self.toks
        if self.lang != "ar" or not self._quoted_name(k) or k + 1 >= len(toks):
            return False
        j = k + 1
        if toks[j].norm in (",", "،") and j + 2 < len(toks) and toks[j + 1].norm in ("الذي", "التي"):
            j += 1  # «دعت لها “تنسيقية …”، التي أعلنت»: the relative clause is about the name
        if toks[j].norm in ("الذي", "التي") and j + 1 < len(toks):
            j += 1
        if toks[j].norm.removeprefix("ب") in ("قوله", "قولها"):
            return True
        c = self.cue_at(j) if toks[j].kind == "w" else None
        return c is not None and c[0] not in ("src", "srcpron")

    def _ar_opening_subject(self, j: int) -> tuple[int, int] | None:
        """«وتطرق باخ إلى التقارير قائلا: …»: with no reporting verb before the participle,
        the name right after the verb opening the sentence is who speaks."""
        toks = self.toks
        s = self._sentence_start(j)
        a = s + 1
        if a >= j or toks[s].kind != "w" or toks[s].norm[:1] not in "وف":
            return None
        opener = toks[s].norm[1:]
        negated = opener in ("لم", "لن", "قد", "لا", "ما") and a + 1 < j and toks[a].kind == "w"
        if negated:
            a += 1  # «ولم يبد المهنا … اكتراثا …، قائلا»: the particle, then the verb
        elif opener in _ar_prep() or opener in _ar_before_noun() or opener in self.lex.stops:
            # «وفي لفتة جميلة، صفق لها الجمهور، قدم الفنان المصري …، مؤكدا …»: a fronted
            # adverbial opens the sentence; the subject is that of a verb after a comma
            return self._ar_subject_after_comma(s, j)
        if toks[a].norm in self.lex.honorifics:
            a += 1
        e = ar_name_end(toks, a, self.lex)
        if e == a and toks[a].norm.startswith("ال"):
            e = a + 1  # «ولم يبد المهنا …»: a family name with ال, known from the full name
        if e - a >= 2 or (e - a == 1 and (negated or self.reg.by_name((toks[a].norm,)) is not None)):
            return (a, e)  # (after a particle and its verb, the next word is the subject)
        return None

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

    def _ar_descriptor(self, np: tuple[int, int]) -> bool:
        w = self.toks[np[0]].norm
        return w.startswith("ال") or w in self.lex.roles or w in self.lex.people

    def _left_np(self, j: int, floor: int) -> tuple[int, int] | None:
        """The subject phrase ending just before token ``j`` (EN/FR), or None."""
        toks = self.toks
        while self.lang == "fr" and j - 1 > floor and toks[j - 1].norm in _fr_object_clitics():
            j -= 1  # «les gens me demandent « … »»: the object pronoun is not the subject
        if self.lang == "fr":
            j = self._before_bracket(j, floor)  # «Deux journalistes de France 2 (sud) ont déclaré»
        k = j
        det = _en_det() if self.lang == "en" else _fr_det()
        brk = _en_break() if self.lang == "en" else _fr_break()
        appo = self._apposition_name(j, floor)
        if appo is not None:
            return appo
        if j - 1 >= floor and toks[j - 1].norm in ("il", "elle", "ils", "elles", "he", "she", "they"):
            return (j - 1, j)  # «Parlement Ils demandent» (a glued heading): the pronoun is the subject
        linked = False
        listed = False  # an enumeration of complements («de X, du Y et du Z») was passed
        while k > floor and j - k < 12:
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
            if k - 2 > floor and self._marked_complement(k - 1):
                self.in_speaker.add(k - 1)  # «quelques dizaines de « bonnets verts » réclamaient»
                k -= 1
                continue
            if self.lang == "fr" and t.norm in (",", "et") and k < j and k - 2 > floor \
                    and (toks[k].norm in _fr_du_des() or (toks[k].norm == "de" and k + 1 < j and (
                        toks[k + 1].norm == "la" or toks[k + 1].norm.startswith("l'")))):
                k -= 1  # «des représentants de la pêche, du transport et du bâtiment ont réclamé»
                listed = True
                continue
            if t.kind != "w" or t.norm in brk or (j - k >= 9 and not linked and not listed):
                break
            k -= 1
        if k == j:
            if j > floor and self.toks[j - 1].norm in ("and", "but"):
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
                r - 1 > k and toks[r - 1].norm in ("the", "la", "le", "l'") and self._org_link(r - 2, k))):
            return (k, j)  # "Analysts at Harbour Securities", "a spokeswoman for the FLA": the people
        if self.lang == "fr" and r < j and r > k:
            head = self._fr_person_head(k, r)
            if head is not None:
                return (head, j)  # «Le président de la Fédération des boulangers de Bretagne»
        if r < j and r > k and (toks[r - 1].norm in ("de", "of", "du", "des", "d'", "at", "for", "à", "au",
                                                     "in", "from", "en", "dans")
                                or toks[r - 1].norm.startswith("d'")):
            # "le député de Gouin", "a spokesman for Acme": the description around the place
            for m in range(r - 1, max(k, r - 7) - 1, -1):
                if (toks[m].norm in det and toks[m].norm not in _fr_du_des()) \
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
        linked = listed or any(self._org_link(m, k) for m in range(k, j))
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
            elif w in _fr_det() and w not in _fr_du_des():
                noun, after = toks[m + 1].norm, m + 2
            else:
                continue
            if (noun in people or (noun.endswith("s") and noun[:-1] in people)) and after < r \
                    and (toks[after].norm in ("de", "du", "des", "d'") or toks[after].norm.startswith("d'")):
                return m
        return None

    def _before_bracket(self, j: int, floor: int) -> int:
        """Where a subject ends when a short bracket («(sud)», «(LREM)») closes it before the verb."""
        toks = self.toks
        if j - 1 <= floor or toks[j - 1].norm != ")":
            return j
        o = j - 2
        while o > floor and j - o <= 5 and toks[o].norm != "(" and toks[o].kind in ("w", "p"):
            o -= 1
        return o if o > floor and toks[o].norm == "(" else j

    def _apposition_name(self, j: int, floor: int) -> tuple[int, int] | None:
        """"Mr Baker's deputy, Ann Lowe, said": the full name set off by commas is the subject."""
        toks = self.toks
        if j - 1 <= floor or toks[j - 1].norm != ",":
            return None
        r = j - 1
        while r > floor and toks[r - 1].kind == "w" and (latin_cap(self.text, toks[r - 1])
                                                        or toks[r - 1].norm in _name_glue()):
            r -= 1
        if j - 1 - r >= 2 and r > floor and toks[r - 1].norm == "," and latin_cap(self.text, toks[r]) \
                and all(t.norm not in stopwords(self.lang) or t.norm in _name_glue() for t in toks[r:j - 1]):
            return (r, j - 1)
        if self.lang == "fr" and j - 1 - r >= 2:
            return self._fr_described_name(r, j - 1, floor)
        return None

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
        if self.lang != "en" or toks[m].norm not in ("for", "of", "at") or m - 1 < floor:
            return False
        w = toks[m - 1].norm
        return toks[m - 1].kind == "w" and (w in self.lex.people or w.rstrip("s") in self.lex.people)

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
        for phrase in _adverbials_by_first(self.lang).get(toks[k].norm.replace("’", "'"), ()):
            n = len(phrase)
            if k + n <= len(toks) and all(toks[k + m].kind == "w" and toks[k + m].norm.replace("’", "'") == w
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
            k = self._fr_comma_adverbial(k)
            while k + 2 < n and toks[k].norm in ("le", "du") and toks[k + 1].norm[:1].isdigit() \
                    and toks[k + 2].norm in calendar_words():
                k += 3  # «avait averti le 9 mars le géographe»: a date, not the subject
            while k < n and k - j < 8 and toks[k].kind == "w" and not latin_cap(self.text, toks[k]) \
                    and toks[k].norm not in _fr_det() and toks[k].norm not in self.lex.honorifics \
                    and not toks[k].norm.startswith("l'"):
                w = toks[k].norm
                if w in _fr_time() and w not in _fr_prep():
                    k += 1  # «jeudi soir», «hier»
                    continue
                if w in ("le", "du") and k + 2 < n and toks[k + 1].norm[:1].isdigit() \
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
        if k + 1 < n and toks[k].norm == "@" and toks[k + 1].kind == "w" and toks[k].end == toks[k + 1].start:
            return (k, k + 2)  # «demande encore @SosoDany»: a social-media handle speaks
        start = k
        if self.lang == "fr" and self._fr_marked_pseudonym(k):
            self.in_speaker.add(k)
            return (k, k + 1)  # «glisse « Zazoulette », une fleuriste»: a pseudonym in marks speaks
        if (k < n and toks[k].norm in ("que", "qu'", "that", "if", "whether", "to", "it")) \
                or (k < n and toks[k].norm.startswith("qu'")):
            return None
        # («le ministre délégué aux Anciens combattants Jean-Louis Le Gall»: French descriptions run long)
        longest = 11 if self.lang == "fr" else 8
        while k < n and k - start < longest:
            t = toks[k]
            if t.kind == "q" and k == start + 1 and (self._determiner(toks[start]) or (
                    self.lang == "fr" and toks[start].norm in _fr_numbers())):
                k += 1  # «ajoute ce « gilet jaune »»: the quoted noun belongs to the phrase
                break
            if t.kind == "q" and self.lang == "fr" and k >= start + 2 \
                    and toks[k - 1].norm in ("de", "des", "du") \
                    and len(self.text[t.start:t.end].split()) <= 4:
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
            if k > start and (t.norm in stop_words or (self.lang == "fr" and t.norm in _fr_time()
                                                        and t.norm not in ("de", "son", "sa", "lui")
                                                        and not (self.text[t.start].isupper()
                                                                 and toks[k - 1].norm == "du"))) \
                    and not (t.norm in ("dernier", "dernière")
                             and toks[k - 1].norm in ("ce", "cette", "ces")) \
                    and not (t.norm in ("eux", "elles") and toks[k - 1].norm.replace("’", "'") == "d'entre"):
                break  # (but «explique cette dernière», «l'un d'entre eux»)
            if self.lang == "fr" and k > start and (t.norm in _fr_prep() or t.norm == "auprès") \
                    and t.norm not in ("de",):
                break  # («une riveraine auprès de Reuters»: the medium is not part of the speaker)
            if self.lang == "fr" and k > start + 1 and self._fr_participle_after_head(k):
                break  # «criaient des lycéens marchant non loin»: the participle ends the phrase
            if k > start and latin_cap(self.text, toks[k - 1]) and not latin_cap(self.text, t) \
                    and t.norm not in _name_glue() and t.norm not in self.lex.people \
                    and not t.norm[:1].isdigit():
                if self.lang == "fr" and t.norm in language_words("name_adjectives", "fr"):
                    k += 1  # «la présidente du Rassemblement national»: the adjective is the body's
                    continue
                if self.lang == "fr" and self._fr_name_tail(k):
                    k += 1  # «selon Vinci autoroutes,»: a lowercase word closing a body's name
                break  # «le ministre X venu …»: the phrase ends with the name
            if k > start and self.cue_at(k) is not None:
                break
            k += 1
        if k > start:
            appo = self._right_apposition(start, k)
            if appo is not None:
                return appo
            k = self._coordinated_name(start, k)
            if self.lang == "fr":
                k = self._fr_glued_sentence(start, k)
                if start > j:
                    named = self._fr_name_after_medium(start, k)
                    if named is not None:
                        return named
        return (start, k) if k > start else None

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

    def _marked_complement(self, k: int) -> bool:
        """«de « gilets jaunes »»: a short name in marks after «de» inside a French noun phrase."""
        toks = self.toks
        t = toks[k]
        return self.lang == "fr" and t.kind == "q" and k >= 1 and toks[k - 1].norm in ("de", "des", "du") \
            and len(self.text[t.start:t.end].split()) <= 4

    def _fr_clause_like(self, np: tuple[int, int]) -> bool:
        """«La mairie prépare le plan de crue»: a phrase holding a second determiner that no
        preposition introduces is a clause (subject, verb, object), not one noun phrase."""
        toks = self.toks
        for m in range(np[0] + 2, np[1]):
            w = toks[m].norm
            prev = toks[m - 1].norm
            if ((w in _fr_det() and w not in _fr_du_des()) or (w.startswith("l'") and len(w) > 2)) \
                    and prev not in _fr_prep() \
                    and prev not in ("de", "du", "des", "et", "ou") and not prev.startswith("d'") \
                    and prev not in _fr_det():
                return True
        return False

    def _fr_comma_adverbial(self, k: int) -> int:
        """«a expliqué, à Vannes, Maëlle X»: a place or medium set off by commas between the verb and
        its subject is passed over. Returns the token after the second comma, else ``k``."""
        toks = self.toks
        n = len(toks)
        if not (k + 3 < n and toks[k].norm == "," and toks[k + 1].norm in _fr_prep()):
            return k
        e = k + 2
        while e < n and e - k <= 6 and toks[e].kind == "w":
            e += 1
        if e + 1 < n and toks[e].norm == "," and toks[e + 1].kind == "w" \
                and (latin_cap(self.text, toks[e + 1]) or toks[e + 1].norm in _fr_det()
                     or toks[e + 1].norm.startswith("l'")):
            return e + 1
        return k

    def _right_prep_tail(self, b: int) -> int:
        """«le délégué régional à la Jeunesse, Mathieu X»: the description goes on with a
        complement («à la Jeunesse», «chargé des Sports», «en charge du dossier») before the
        comma. Returns the token of that comma, else ``b``."""
        toks = self.toks
        n = len(toks)
        if self.lang != "fr" or b >= n \
                or toks[b].norm not in ("à", "au", "aux", "chargé", "chargée", "en", "pour"):
            return b
        e = b + 1
        while e < n and e - b <= 5 and toks[e].kind == "w" and self.cue_at(e) is None:
            e += 1
        return e if e < n and toks[e].norm == "," else b

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
                while q < n and q - m <= 4 and toks[q].kind == "w":
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
        if not (nxt in ("que", "qu'") or nxt.startswith("qu'")):
            return False
        return any(t.kind == "q" for t in toks[i + 2:i + 6])

    def _fr_as_said(self, i: int) -> bool:
        """«comme (le) disait X», «comme l'écrivait X»: the verb at ``i`` follows «comme»."""
        toks = self.toks
        k = i - 1
        while k >= 0 and i - k <= 2 and toks[k].norm in ("le", "l'a", "l'avait", "l'", "se", "s'"):
            k -= 1
        return k >= 0 and toks[k].norm == "comme"

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
        if s >= j or toks[s].norm not in _fr_det() or toks[s].norm in _fr_du_des():
            return None
        e = s + 1
        while e < j and e - s < 7 and toks[e].kind == "w" and toks[e].norm not in _fr_aux() \
                and not (e > s + 1 and toks[e].norm.endswith(("ait", "aient", "ent"))
                         and not latin_cap(self.text, toks[e])):
            e += 1
        if e < j and e > s + 1 and toks[e].kind == "w":
            return (s, e)
        return None

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
                and (nxt.norm in _fr_prep() or nxt.norm in ("par", "de", "du", "des")):
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
        if np is None or not (toks[np[0]].norm in _fr_det() or toks[np[0]].norm.startswith(("l'", "l’"))):
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
        if p in ("la", "le", "l'") and a >= 2:
            p = toks[a - 2].norm
        return p in _fr_du_des() or p in _fr_prep() or p in ("de", "d'")

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
        if self._sentence_start(j) != j:
            return None
        c = k + 1
        while c < len(toks) and c - k < 20 and toks[c].kind != "b" and toks[c].norm != ",":
            c += 1
        if c + 1 >= len(toks) or toks[c].norm != "," or not (
                toks[c + 1].norm in _fr_det() or latin_cap(self.text, toks[c + 1])):
            return None
        np = self._right_np(c + 1, _fr_subject_stops())
        if np is None or np[1] >= len(toks) or toks[np[1]].norm not in _fr_aux():
            return None
        return np

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
                or not part.norm.endswith(_fr_participle_endings()) \
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

    def fr_opening_body(self, k: int) -> tuple[int, int] | None:
        """«Le Medef a pris « acte », mais « reste vigilant »», «La chaîne, accusée de …, a tweeté
        qu'il n'y avait « … »»: the quotation at token ``k`` sits in a sentence whose opening
        phrase, a body («le groupe», «la chaîne») or a name, is the subject of the auxiliary that
        follows it (past one apposition): that subject's words, when no reporting verb of the
        sentence names anyone else. A name in the apposition («L'exploitant …, Vinci Autoroutes,
        a évalué») is the body's own name."""
        toks = self.toks
        s = self._near_sentence_start(k, 80)
        if s < 0:
            return None
        if s < k and (toks[s].norm in _fr_clause_openers() or self._fr_opening_participle(s)):
            c = next((m for m in range(s, min(k, s + 20)) if toks[m].norm == ","), None)
            if c is None or any(t.kind not in ("w", "q") for t in toks[s:c]):
                return None
            s = c + 1  # «Dans un communiqué, le syndicat a …»: past an opening adverbial
        if s >= k:
            return None
        np = self._right_np(s, _fr_subject_stops())
        if np is None or np[0] != s or np[1] >= k or not self._fr_body_or_name(np):
            return self._fr_name_after_opener(s, k)
        v = np[1]
        named: tuple[int, int] | None = None
        if toks[v].kind == "q" and toks[v - 1].norm in _fr_body_nouns() and v + 1 < k:
            named, v = (v, v + 1), v + 1  # «le collectif « Les Oubliés » suggère …»: its name
        if toks[v].norm == ",":
            c = next((m for m in range(v + 1, min(k, v + 30)) if toks[m].norm == ","
                      and m + 1 < k and toks[m + 1].norm in _fr_aux()), None)
            if c is None or any(t.kind not in ("w", "p") and t.norm != "," for t in toks[v + 1:c]):
                return None
            inner = toks[v + 1:c]
            if 0 < len(inner) <= 4 and all(t.kind == "w" and latin_cap(self.text, t) for t in inner):
                named = (v + 1, c)
            v = c + 1
        if v >= k or not (toks[v].norm in _fr_aux() or self._fr_plain_verb(v)):
            return None
        return named or np

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
        while k < n and k - c.cue_end < 4 and toks[k].kind == "w" and toks[k].norm in _fr_time():
            k += 1  # «a-t-on indiqué dimanche à la préfecture»
        if k + 1 >= n or toks[k].norm not in ("à", "au", "aux", "auprès", "chez"):
            return None
        k += 1
        if toks[k - 1].norm == "auprès" and toks[k].norm == "de":
            k += 1
        elif toks[k - 1].norm == "auprès" and not toks[k].norm.startswith(("du", "des", "d'", "d’")):
            return None
        if toks[k].norm.startswith(("d'", "d’")) and len(toks[k].norm) > 2:
            return (k, k + 1) if latin_cap(self.text, toks[k]) or toks[k].end - toks[k].start > 2 else None
        if toks[k].norm in ("du", "des"):
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
        if first.norm.startswith(("l'", "l’")) and len(first.norm) > 2:
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
        feminine, masculine = det in ("la", "une", "cette"), det in ("le", "un", "ce")
        if (number == "m" and feminine) or (number == "f" and masculine) \
                or (number == "p") != (det in ("les", "des", "ces", "plusieurs")):
            return None
        return main

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
        if b >= n or toks[b].norm not in ("et", "and", "à", "au", "aux", "auprès", "chargé", "chargée",
                                          "en") \
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
        b = self._right_prep_tail(b)
        b = self._coordinated_role(b)
        if b >= n or toks[b].norm != "," \
                or not (head in det or head.startswith("l'") or head in self.lex.people):
            return None
        if any(latin_cap(self.text, t) for t in toks[a:b]) and not any(
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
                and not any(latin_cap(self.text, t) for t in toks[a:b]) \
                and toks[b + 1].norm not in self.lex.people:
            return (b + 1, k)  # «observe l'un d'eux, Mickaël.»: a given name only
        return None

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

    def _en_clause(self, i: int, kind: str, number: str, end: int, after_quote: bool) -> Clause | None:
        toks = self.toks
        if kind == "src":
            np = self._right_np(end, _en_after_stop())
            return Clause(i, end, np, "?", "source") if np else None
        floor = self._clause_floor(i)
        if toks[i].norm.endswith("ing"):
            # "…, saying the plan …": the subject of the main clause
            main = self._main_clause(i)
            if main is not None:
                return Clause(i, end, main.np, main.number, "hal-main")
            np = self._sentence_subject(self._sentence_start(i), i)
            return Clause(i, end, np, "?", "cue") if np else None
        if i > floor and toks[i - 1].norm in ("and", "but"):
            main = self._main_clause(i - 1)
            if main is not None:
                return Clause(i, end, main.np, main.number, "cue")
        rel = self._relative_antecedent(i, floor)
        if rel is not None:
            return Clause(i, end, rel, "?", "cue")
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

    def _near_sentence_start(self, i: int, limit: int) -> int:
        """The start of the sentence holding token ``i`` when it is at most ``limit`` tokens back,
        else -1 (a bounded walk: it runs for many tokens of a long article)."""
        k = i
        while k > 0 and i - k <= limit and self.toks[k - 1].kind != "b":
            k -= 1
        return k if k == 0 or self.toks[k - 1].kind == "b" else -1

    def _recent_start(self, i: int, limit: int = 60) -> int:
        """The start of the sentence holding token ``i``, or ``limit`` tokens back if it is further
        (a bounded walk: a page with no full stop must not cost a walk back per quotation)."""
        k = i
        while k > 0 and i - k < limit and self.toks[k - 1].kind != "b":
            k -= 1
        return k

    def _sentence_start(self, i: int) -> int:
        k = i
        while k > 0 and self.toks[k - 1].kind != "b":
            k -= 1
        return k

    def _relative_antecedent(self, i: int, floor: int) -> tuple[int, int] | None:
        """"X, who was there, said" / "X, 46, chief of Y, said": the name before the commas."""
        toks = self.toks
        segs: list[tuple[int, int]] = []
        right = i
        k = i
        while k > floor and i - k < 24:
            t = toks[k - 1]
            if t.norm == ",":
                segs.append((k, right))
                right = k - 1
            elif t.kind != "w" and t.norm not in (".", "'", "(", ")"):
                break
            k -= 1
        segs.append((k, right))
        if len(segs) < 2:
            return None
        descriptive = 0
        near = [x for x in toks[segs[0][0]:segs[0][1]] if x.kind == "w"]
        if len(near) >= 3 and not latin_cap(self.text, near[0]) and latin_cap(self.text, near[-1]) \
                and latin_cap(self.text, near[-2]):
            return None  # «À Toulon, le maire Hubert Falcone a dénoncé»: the subject is next to the verb
        if near and "'" in near[0].norm[:3] and near[0].end - near[0].start > 2 \
                and self.text[near[0].start + 2].isupper():
            return None  # «Enfin, l'Insee signale»: the phrase next to the verb is the subject
        for a, b in segs[:5]:
            words = [x for x in toks[a:b] if x.kind == "w"]
            if not words:
                continue
            first = words[0]
            if descriptive and latin_cap(self.text, first) and not self._prepositional(first):
                # the name closing the segment before the description
                m = b
                while m > a and (latin_cap(self.text, toks[m - 1])
                                 or toks[m - 1].norm.rstrip(".") in self.lex.honorifics
                                 or (toks[m - 1].norm in _name_glue() and m - 1 > a
                                     and latin_cap(self.text, toks[m - 2]))):
                    m -= 1
                if b - m == 1 and self.reg.by_name((toks[m].norm,)) is None \
                        and not self._first_name_apposition(m, a, segs):
                    return None  # a lone capitalised word («Enfin,») is not a name we know
                if m == b and (first.norm in _en_det() or first.norm in _fr_det()) and any(
                        x.norm in self.lex.people or x.norm.rstrip("s") in self.lex.people
                        for x in words[:3]):
                    return (a, b)  # "A spokesman for the Forum (WF), which is meeting …, told"
                return (m, b) if m < b else None
            if first.norm in _subject_relatives() or first.norm[:1].isdigit() \
                    or not latin_cap(self.text, first):
                descriptive += 1
                continue
            return None
        return None

    def _first_name_apposition(self, m: int, a: int, segs: list[tuple[int, int]]) -> bool:
        """«Gaëtan, porte-voix malgré lui, dit»: a first name opening the clause, then an
        apposition with a person word or an age, is someone the article introduces."""
        t = self.toks[m]
        if m != a or t.norm in stopwords(self.lang) or self._prepositional(t) \
                or t.norm in self.reg.lowercase_words(self.text, self.toks):
            return False
        if self.lang == "fr" and self._fr_opening_participle(m):
            return False  # «Furieux, le syndicat a dénoncé»: an opening adjective, not a first name
        inner = [x for x0, x1 in segs[:-1] for x in self.toks[x0:x1] if x.kind == "w"]
        return any(x.norm in self.lex.people or x.norm.rstrip("s") in self.lex.people
                   or x.norm[:1].isdigit() for x in inner)

    def _pour_source(self, i: int) -> bool:
        """«Pour le maire Lantier, la ville traverse des « turbulences »», «le procureur, pour qui
        les prévenus voulaient « … »»: «pour» + a person, opening the clause, means «selon»."""
        toks = self.toks
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None:
            return False
        if nxt.norm == "qui":
            return i > 0 and toks[i - 1].norm == ","
        if i > 0 and toks[i - 1].kind == "w":
            return False  # «… appelle pour le retrait»: a purpose, not a source
        e = i + 1
        while e < len(toks) and e - i <= 6 and toks[e].kind == "w":
            e += 1
        if e >= len(toks) or toks[e].norm != "," or e == i + 1:
            return False
        words = toks[i + 1:e]
        return any(_name_word(self.text, t) and t.norm not in stopwords(self.lang) for t in words) \
            or any(t.norm.removeprefix("l'") in self.lex.people for t in words)

    def _relative_source(self, i: int, end: int, number: str) -> Clause | None:
        """«les autorités, selon lesquelles « … »», «le message de X, selon lequel « … »»: the
        antecedent before the source word speaks, never the relative pronoun."""
        j = i - 1 if i > 0 and self.toks[i - 1].norm == "," else i
        np = self._left_np(j, self._clause_floor(j))
        if np is None:
            return Clause(i, end + 1, None, number, "unparsed")
        if self.lang == "fr" and np[0] > 0 and self.toks[np[0] - 1].norm in _fr_prep():
            # «Julien, 41 ans, cuisinier à l'hôpital de Rennes, pour qui …»: the phrase after «à» is
            # where the person works; the person named before it is the antecedent
            np = self._fr_aged_name(self._recent_start(np[0]), np[0]) \
                or self._fr_full_name_before(np[0], self._near_sentence_start(np[0], 40)) or np
        words = [t.norm.removeprefix("l'") for t in self.toks[np[0]:np[1]]]
        if not any(latin_cap(self.text, t) for t in self.toks[np[0]:np[1]]) \
                and not any(w in self.lex.people or w.rstrip("s") in self.lex.people for w in words):
            return None  # «l'idée selon laquelle « … »», «la rumeur selon laquelle»: no one speaks
        return Clause(i, end + 1, self._apposition_left(np), number, "relative-source")

    def _determiner(self, t: Tok) -> bool:
        if self.lang == "en":
            return t.norm in _en_det() or t.norm == "l'"
        return t.norm in _fr_det() or t.norm in ("cet", "l'")

    def _prepositional(self, t: Tok) -> bool:
        """«En Gironde, une source a dit»: a capitalised preposition opens an adverbial, not a name."""
        return t.norm in _leading_prep() or t.norm in _fr_prep() \
            or t.norm in language_words("connectors", self.lang) \
            or (self.lang == "fr" and (t.norm in _fr_time() or (t.norm.endswith("ment") and len(t.norm) > 7
                                                              and t.norm not in self.lex.people)))
        # («Immédiatement, le président …», «Aussitôt, la ministre …»)

    def _past_opening(self, floor: int, j: int) -> int:
        """«Pour sortir de l'impasse, Mme X …»: the token after an opening adverbial phrase set off by
        a comma (one that starts with a preposition or a connector), else ``floor``."""
        toks = self.toks
        if floor >= j or not (self._prepositional(toks[floor]) or toks[floor].norm in stopwords(self.lang)):
            return floor
        for m in range(floor + 1, min(j, floor + 10)):
            if toks[m].norm == ",":
                return m + 1
            if toks[m].kind != "w":
                break
        return floor

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
            while k > 0 and (latin_cap(self.text, toks[k - 1]) or toks[k - 1].norm in ("de", "of")):
                k -= 1
            if r - k >= 2 and not self._prepositional(toks[k]):
                return (k, r)
        return np

    def _fr_role_description(self, np: tuple[int, int]) -> bool:
        """«l'entraîneur du PSG», «le chef du parti Les Républicains»: a determiner and a person
        noun opening the phrase; a description, though it ends with a capitalised name."""
        if self.lang != "fr" or np[1] - np[0] < 2:
            return False
        first = self.toks[np[0]].norm.replace("’", "'")
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
                if (t.kind in ("b", "q") or t.norm in (":", ";")) and not self._marked_complement(k - 1):
                    f = k
                floors[k] = f
            self._floors = floors
        return self._floors[i]

    def _fr_clause(self, i: int, kind: str, number: str, end: int, after_quote: bool) -> Clause | None:
        if kind == "srcpron":
            return Clause(i, end, None, number, "source-pronoun")  # «selon eux»: the people just named
        toks = self.toks
        if kind == "inv":
            return Clause(i, end, None, number, "pronoun")
        if kind == "hal":
            return Clause(i, end, None, number, "hal")
        if kind == "src":
            if end < len(toks) and toks[end].norm in ("lequel", "laquelle", "lesquels", "lesquelles", "qui"):
                return self._relative_source(i, end, number)
            np = self._right_np(end, _fr_source_stop())
            return Clause(i, end, np, "?", "source") if np else None
        if not after_quote and self._fr_as_said(i):
            # «Comme l'écrivait Paul Verdier, « … »»: the subject follows the verb
            np = self._right_np(end, _fr_source_stop())
            if np is not None:
                return Clause(i, end, np, number, "cue")
        p = i - 1
        while p >= 0 and toks[p].kind == "w" and (toks[p].norm in _fr_aux() or toks[p].norm in _fr_time()
                                                  or (after_quote and toks[p].norm in _fr_incise_lead())) \
                and not (toks[p].norm == "elle" and (p == i - 1 or toks[p + 1].norm in _fr_aux())):
            p -= 1  # («elle réclame»: the subject pronoun, not «quant à elle»)
        if after_quote and p >= 1:
            for q in range(max(0, p - 5), p):
                if toks[q].norm in _fr_aux() and self._skip_adverbials(q + 1) == i:
                    p = q - 1  # «…», a à ce sujet averti X: an adverbial between the auxiliary and the verb
                    break
        if after_quote and (p < 0 or toks[p].kind != "w"):
            # an incise: «…», a déclaré X / , dit X.
            np = self._right_np(end, _fr_verb_phrase_stops())
            if np is not None:
                w = toks[np[0]].norm
                if np[1] - np[0] == 1 and w in _fr_pron():
                    return Clause(i, end, None, _fr_pron()[w], "pronoun")
                return Clause(i, end, np, number, "cue")
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
        if kind == "pp" and j < i and j - 1 > floor and toks[j - 1].norm == "," and not after_quote:
            past = self._past_participle_apposition(j - 1, floor)
            if past is not None:
                return Clause(i, end, past, number, "cue")  # «Le parquet, cité par X, a expliqué»
            stray = self._left_np(j - 1, floor)
            if stray is not None and (toks[stray[0]].norm in ("la", "le", "les", "l'")
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
        rel = self._relative_antecedent(j, floor)
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
                if np and self._fr_complement_start(np[0]):
                    # «l'union CFTC …, quatrième syndicat de la branche, qui a appelé»: a
                    # phrase opening with «du» is a complement; the phrase before the apposition is meant
                    np = self._fr_before_apposition(np[0], self._clause_floor(k - 1)) or np
                if np and self._fr_after_place_word(np[0]):
                    # «X, jeune installateur venu du Bronx, qui affirme …»: a capitalised word
                    # after «du/de la/à» is a place; the full name it describes is the antecedent
                    np = self._fr_full_name_before(np[0], self._near_sentence_start(np[0], 40)) or np
                if np:
                    return Clause(i, end, np, "?", "cue")
            named = self._fr_name_before_qui(k) or self._fr_incise_subject_before_qui(k)
            return Clause(i, end, named, "?", "cue") if named is not None else None
        np = self._left_np(j, floor)
        if np is not None and np[0] - 1 > floor and toks[np[0] - 1].norm in _fr_prep() \
                and toks[np[0]].norm in _fr_det() and not latin_cap(self.text, toks[np[1] - 1]):
            # «Mme X et d'autres, rassemblés depuis … à la fin mai, exigent»: a phrase after a
            # preposition is a complement; the subject opens the clause
            np = self._sentence_subject(self._past_opening(floor, j), j) or np
        aged = self._fr_aged_name(self._recent_start(j), j)
        if aged is not None and (np is None or toks[np[0]].norm in ("du", "de", "d'")
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
        if j > floor and toks[j - 1].norm in ("et", "mais", "puis"):
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
            if j - low <= 7 and toks[j].norm in ("ont", "avaient", "auraient") \
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

    # -- sieves per quotation ----------------------------------------------------------------
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
        if j >= n or toks[j].kind != "w":
            return None
        if self.lang != "ar" and j == k + 1 and not skipped_b and self._source_at(j) is None:
            # «X» a appelé …: with no comma after the quotation, it is the subject, not an incise
            inner_end = self.text[toks[k].start:toks[k].end - 1].rstrip(" \u00a0\u202f")[-1:]  # «… ! »
            if inner_end not in (",", ".", "?", "!", "…") and not self._inverted(j) \
                    and not (self.lang == "fr" and self._fr_inverted_subject(j)):
                return None
        if self.lang != "ar" and j + 1 < n and all(toks[m].norm == "," for m in range(k + 1, j)):
            v = self._incise_verb(j)
            if v is not None:
                np = self._right_np(v + 1, _en_after_stop())
                if np is not None and np[0] - v <= 8 and self._np_opens_subject(np) \
                        and self._short_tail(v + 1, 12):
                    aux = toks[j].norm.replace("’", "'")
                    first = j if aux in _fr_aux() or aux in ("se", "s'") else v
                    return Clause(first, v + 1, np, "?", "incise")
        if self.lang == "fr" and toks[j].norm == "comme" and j + 2 < n:
            # «un marché « nerveux », comme le décrivait l'hebdomadaire X»
            j += 1
            while j + 1 < n and toks[j].norm in ("le", "la", "les", "l'", "l'a", "l'avait", "se", "s'"):
                j += 1
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
                     or (x == j and x + 1 == m and toks[x].norm in ("en", "y")))
                    and not (toks[x].norm == "elle" and x in (m - 1, j)) for x in range(j, m)):
                return None  # «…», il a reconnu avoir …: a new clause, not an incise
            if c is not None and c.via != "hal" and self._incise_ends(c):
                if self.lang != "ar" and m > j and c.np is not None and c.np[0] >= m:
                    # "…", the minister said X: the phrase before the verb is the subject
                    pass
                if skipped_b and self.lang != "ar" and (not self._short_tail(c.cue_end)
                                                        or self._introduces_quote(self._clause_last(c))):
                    return None  # «…». Elle poursuit : « … »: the verb opens the next quotation
                if self.lang == "en" and m > j and self.text[toks[k].end - 2:toks[k].end - 1] == "." \
                        and not self._short_tail(c.cue_end, 4):
                    return None  # '…the record." Union officials insist it was …': a new sentence
                e = _clause_end(c)
                if m > j and e + 1 < n and toks[e].norm == ":" and toks[e + 1].kind == "q":
                    return None  # '"…" The Government said: "…"': it introduces the next quotation
                return c
            if self.lang != "ar" and toks[m].norm in (_en_break() if self.lang == "en" else _fr_break()) \
                    and not self._org_link(m, j):
                break
        return None

    def _fr_inverted_subject(self, j: int) -> bool:
        """«« Taxes, taxes … » s'énerve Olivier X, venu de …», «« … » l'a averti un élu.»: with no
        comma after the quotation, a reporting verb followed by its subject (a name, or an
        indefinite person) still makes an incise; «« X » inquiète les élus» does not."""
        toks = self.toks
        n = len(toks)
        v = j
        if v < n and toks[v].norm in ("l'a", "l'avait", "lui", "leur", "l'ont"):
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
        return t.norm in ("un", "une", "le", "la", "ce", "cet", "cette") and e + 1 < n \
            and toks[e + 1].norm in self.lex.people

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
        if toks[v].kind == "w" and (first in _fr_aux() or first in ("se", "s'")):
            v += 1  # («s’est exclamé»: either apostrophe)
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
        if w.startswith(("s'", "s’")) and len(w) > 3:
            w = w[2:]  # «s'emporte», «s'étonne»
        if not w.isalpha() or self.cue_at(v, True) is not None:
            return None
        closed = _closed_words(self.lang)
        if w in closed or t.norm in closed:
            return None
        if self.lang == "fr" and w in language_words("connectors", "fr"):
            return None  # «« … », malgré l'heure matinale»: a connector, not a verb
        nxt = toks[v + 1]
        if self.lang == "fr" and v == j and nxt.norm == "par" and w.endswith(("é", "ée", "és", "ées")):
            return None  # «la « grande concertation », proposée par le président»: a passive, no incise
        if nxt.kind == "w" and nxt.norm.endswith(("er", "ir", "re", "oir")) \
                and not latin_cap(self.text, nxt) \
                and v + 2 < n and latin_cap(self.text, toks[v + 2]):
            v += 1  # «…», croit savoir X
        return v

    def _np_opens_subject(self, np: tuple[int, int]) -> bool:
        """A subject phrase opens with a name, an honorific or a determiner (not "à Paris")."""
        t = self.toks[np[0]]
        w = t.norm
        if self.lang == "en":
            det = w in _en_det()
        else:
            det = (w in _fr_det() or w in ("ce", "cette", "cet")) and w not in _fr_du_des()
        return latin_cap(self.text, t) or w in self.lex.honorifics or det or w.startswith("l'") \
            or w in self.lex.people or w == "@"

    def _inverted(self, j: int) -> bool:
        w = self.toks[j].norm
        return "-t-" in w or w.endswith(("-il", "-elle", "-ils", "-elles"))

    def _incise_ends(self, c: Clause) -> bool:
        """An incise does not go on with "que"/"that"/an infinitive: «…», a-t-il dit que … is not one."""
        end = c.np[1] if c.np is not None and c.np[1] > c.cue_end else c.cue_end
        if end >= len(self.toks):
            return True
        nxt = self.toks[end]
        if self.lang == "ar" and (nxt.kind == "q" or nxt.norm in ("ان", "بان", "انه", "انها", ":")):
            return False  # «…»، وقال صالح إن …: a new statement with words of its own, not an incise
        return nxt.norm not in ("que", "qu'", "that", "avoir", "être")

    def _short_tail(self, j: int, most: int = 6) -> bool:
        n = 0
        while j < len(self.toks) and self.toks[j].kind == "w":
            n += 1
            j += 1
        return n <= most

    def pre_cue(self, k: int, consumed: dict[int, int]) -> Clause | None:
        """The nearest cue before the quotation at ``k`` in its sentence (skipping used ones)."""
        toks = self.toks
        j = self._cue_before(k - 1)
        while j >= 0:
            c = self.clause(j)
            if c is not None:
                if j in consumed:
                    # the cue of an earlier quotation: reuse it only for "…," he said, "…"
                    end = consumed[j]
                    gap = [t for t in toks[end:k] if t.kind == "w"]
                    return c if not gap else None
                if c.via == "hal":
                    main = self._main_clause(j) or self._main_clause_after(j, k)
                    if main is not None:
                        return Clause(c.cue_start, c.cue_end, main.np, main.number, "hal-main")
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
                    if self.lang == "fr" and j > 1 and toks[j - 1].norm == "," \
                            and not any(toks[m].kind == "q" for m in range(self._recent_start(j), j)):
                        # «X a ciblé Marine Y, estimant que « … »»: a participle set off by a comma
                        # has the subject of the sentence, not the object before the comma
                        opening = self._fr_opening_subject(j)
                        if opening is None:
                            before = self._left_np(j - 1, self._clause_floor(j - 1))
                            if before is not None and before[0] == self._near_sentence_start(j, 60):
                                opening = before  # «La CGT, estimant que « … », appelle …»
                        if opening is not None and opening[1] <= j - 1:
                            return Clause(c.cue_start, c.cue_end, opening, "?", "hal-subject")
                    if self.lang != "ar":
                        # «le ministre prévenant que …»: the phrase right before the participle
                        own = self._left_np(j, self._clause_floor(j))
                        if own is not None and not (own[1] - own[0] == 1 and toks[own[0]].norm in
                                                    (_en_pron() if self.lang == "en" else _fr_pron())):
                            return Clause(c.cue_start, c.cue_end, own, "?", "hal-subject")
                    first = self._first_name(j) or self._opening_phrase(j) if self.lang != "ar" \
                        else self._ar_opening_subject(j)
                    if first is not None:
                        return Clause(c.cue_start, c.cue_end, first, "?", "hal-subject")
                    return c
                return c
            j = self._cue_before(j - 1)
        return None

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

    def forward_cue(self, k: int) -> Clause | None:
        """A cue later in the same sentence that no other quotation is attached to:
        «… « le terrain », pour gagner la mairie, dit X.» (sieve 5, sentence-level source)."""
        toks = self.toks
        j = k + 1
        while j < len(toks) and toks[j].kind != "b" and j - k < 40:
            t = toks[j]
            if t.kind == "w":
                p = j - 1
                while p > k and (toks[p].kind == "p" or toks[p].norm in _fr_aux()):
                    p -= 1
                after_quote = toks[p].kind == "q"
                incise = after_quote or toks[p + 1].norm == "," or toks[j - 1].norm == ","
                c = self.clause(j, after_quote=incise)
                if c is not None and c.via != "hal" and not after_quote and self.lang == "fr" \
                        and self._fr_calls_to_quote(j):
                    return None  # «… a appelé X à « … »»: that cue governs the later quotation
                if c is not None and c.via != "hal":
                    if after_quote and p != k and not self._quote_list(k, p) and not (
                            self.lang == "fr" and not any(toks[m].norm in (";", ":") for m in range(k, p))
                            and not (k > 0 and (self._determiner(toks[k - 1]) or toks[k - 1].norm in
                                                ("de", "du", "des", "d'")))):
                        # that cue belongs to the later quotation (but in French «« A » à la crise,
                        # « B » même si « C », a affirmé X»: one sentence of X's words)
                        return None
                    if p == k and toks[k + 1].kind == "w":
                        return None  # «X» a appelé …: the quoted name is the subject
                    return c
            j += 1
        return None

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
            if w in prons and w not in ("it", "on", "i", "je", "we", "nous"):
                return prons[w]
        return None

    def _first_name(self, j: int) -> tuple[int, int] | None:
        """The first full name (two capitalised words or more) in the sentence before token ``j``."""
        toks = self.toks
        k = self._sentence_start(j)
        m = k
        while m < j:
            if _name_word(self.text, toks[m]) and toks[m].norm not in stopwords(self.lang) \
                    and toks[m].norm not in language_words("places", self.lang):
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
                and toks[e].norm not in ("has", "have", "had", "is", "was", "were", "are", "will"):
            e += 1
        if e < j and (toks[e].norm in _fr_aux()
                      or toks[e].norm in ("has", "have", "had", "is", "was", "will")):
            return (a, e)
        return None

    def first_name_opening(self, k: int) -> tuple[int, int] | None:
        """A full name among the first words of the sentence holding quotation ``k``: its subject."""
        start = self._sentence_start(k)
        if self.after_link(k):
            return None
        np = self._first_name(k)
        if np is not None and np[0] - start <= 9 and self.toks[np[1]].kind == "w":
            return np  # a name followed by its verb, not by an apposition
        if np is not None and self.lang == "fr" and np[0] - start <= 9 and np[0] > start \
                and self.toks[np[0] - 1].norm == "," and np[1] + 1 < k and self.toks[np[1]].norm == "," \
                and self.toks[np[1] + 1].kind == "w" and not latin_cap(self.text, self.toks[np[1] + 1]):
            return np  # «Le président du Parti vert, Arnaud Lebel, a lâché : « … »»
        if np is None and k > 0 and self.toks[k - 1].norm == ":":
            return self._lone_first_name(start, k)
        return None

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
        nxt = toks[start + 1]
        if self.lang == "fr" and nxt.norm == "," and self._fr_lowercase_apposition(start + 2, k):
            return (start, start + 1)  # «Anatole, habitant du hameau, cultive … : « … »»
        if nxt.kind != "w" or self.text[nxt.start].isupper():
            return None
        return (start, start + 1)

    def _fr_lowercase_apposition(self, a: int, k: int) -> bool:
        """From token ``a``: a short lowercase apposition («résident du quartier», «40 ans»), a
        comma, then a lowercase verb, all before the quotation ``k``."""
        toks = self.toks
        m = a
        while m < k and m - a < 8 and toks[m].kind == "w" and not latin_cap(self.text, toks[m]):
            m += 1
        return a < m < k - 1 and toks[m].norm == "," and toks[m + 1].kind == "w" \
            and not latin_cap(self.text, toks[m + 1])

    def _main_clause_after(self, j: int, k: int) -> Clause | None:
        """«Accueillant des mesures capables de «…», la CPME a dit …»: a participle opening the
        sentence has the subject of the main clause that follows the quotation."""
        if self.lang == "ar" or self._sentence_start(j) != j:
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

    def _main_clause(self, j: int) -> Clause | None:
        """For an Arabic ḥāl participle: the clause with an explicit subject earlier in the sentence."""
        m = j - 1
        hal = self.cue_at(j) if self.lang == "ar" else None  # (not clause(): it may ask for this one)
        gender = hal[1] if hal is not None else "?"
        while m >= 0 and self.toks[m].kind != "b":
            if self.toks[m].kind == "w":
                c = self.clause(m)
                if c is not None and c.via != "hal" and c.np is not None \
                        and {gender, c.number} != {"m", "f"}:
                    return c  # («حيث عبرت الوزارة عن …، مشيدا …»: a masculine ḥāl is not hers)
            m -= 1
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
        if self.lang == "ar" and self._ar_no_speaker_phrase(a, j):
            # «نشرت «الاقتصادية» بالعدد 7927: «…»»: where it was printed; the outlet in marks
            # right before speaks, else no one is named before the colon
            return (a - 1, a) if self._quoted_name(a - 1) else None
        if self.lang != "ar" and _name_word(self.text, toks[a]) and toks[a].norm not in stopwords(self.lang):
            e = a
            while e < j and _name_word(self.text, toks[e]):
                e += 1
            if e < j and toks[e].kind == "w" and toks[e].norm not in _name_glue() \
                    and toks[e].norm not in _fr_prep() and toks[e].norm not in _leading_prep():
                return (a, e)  # «Mathilde élève des chèvres : « … »»: the name, not its sentence
        if self.lang != "ar" and not any(
                (latin_cap(self.text, t) and (m > a or self.reg.by_name((t.norm,)) is not None))
                or t.norm in self.lex.people or t.norm.rstrip("s") in self.lex.people
                or t.norm in ("il", "elle", "ils", "elles", "he", "she", "they")
                for m, t in enumerate(toks[a:j], a)):
            return None  # «Lire aussi: «…»», «Puis note : «…»»: no one named before the colon
        return (a, j)

    def _ar_no_speaker_phrase(self, a: int, j: int) -> bool:
        """A phrase that names no one: it opens with a preposition («بالعدد», «في») or holds a
        number («بالعدد 7927»)."""
        toks = self.toks
        w = toks[a].norm
        return self._ar_preposition_phrase(w) or w.removeprefix("و") in _ar_prep() \
            or any(t.norm[:1].isdigit() for t in toks[a:j])

    def after_link(self, k: int) -> bool:
        """«Lire aussi : « … »»: the quotation ``k`` is the headline of a linked article."""
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

    def _link_label(self, a: int, j: int) -> bool:
        """«Lire aussi», «À lire», «Voir aussi», "Read more": a link to another article."""
        words = " ".join(t.norm for t in self.toks[a:j] if t.kind == "w")
        return words in _links(self.lang)

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

    def surface(self, np: tuple[int, int]) -> str:
        return self.text[self.toks[np[0]].start:self.toks[np[1] - 1].end]


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


def _fr_cue_phrase(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """``(phrase, end)`` when a several-word French reporting verb starts at token ``i``."""
    for words in _fr_cue_phrases().get(toks[i].norm, ()):
        end = i + len(words)
        if end <= len(toks) and all(t.kind == "w" and t.norm == w
                                    for t, w in zip(toks[i + 1:end], words[1:], strict=True)):
            return " ".join(words), end
    return None


def _clause_end(c: Clause) -> int:
    return max(c.cue_end, c.np[1]) if c.np is not None else c.cue_end


def pick(people: list[Person], number: str) -> Person | None:
    """The first person agreeing with ``number`` (m/f/p/?)."""
    for p in people:
        if number in ("?",) or p.gender in ("?", number) or (number == "p" and p.gender == "p"):
            return p
    return None
