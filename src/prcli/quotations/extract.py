"""Quotations with their kind and speaker, in article order.

Pipeline: pair the marks (``marks``), turn the article into tokens with each quotation as one
token (``tokens``), register the people it names (``resolve``), find each quotation's cue and
speaker phrase (``attribute``), classify the span, and resolve the speaker to the fullest name.
Everything is linear in the article length apart from small bounded look-arounds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from functools import cache, lru_cache
from typing import TypeVar

from prcli.model import Quote
from prcli.quotations import arabic_labels, french
from prcli.quotations.attribute import Attributor, Clause, _ar_label_before, _fr_du_des
from prcli.quotations.attribution.clauses import _ar_undergoing_verbs
from prcli.quotations.attribution.cues import _ar_before_noun
from prcli.quotations.lexicon import (
    Lexicon,
    ar_according_to,
    ar_addressing,
    ar_amma,
    ar_attached_pronouns,
    ar_auxiliaries,
    ar_bare_that,
    ar_clause_words,
    ar_cue_verb_word,
    ar_document_nouns,
    ar_documents,
    ar_event_titles,
    ar_for_about,
    ar_for_body,
    ar_glued_replying_verb,
    ar_in_turn,
    ar_kin_word,
    ar_kind_nouns,
    ar_kinship,
    ar_name_quantities,
    ar_not_speaker_words,
    ar_on_it,
    ar_openers,
    ar_person_head,
    ar_prepositions,
    ar_relatives,
    ar_replying_verbs,
    ar_speech_nouns,
    ar_stops,
    ar_that_an,
    ar_that_words,
    ar_under,
    ar_ungendered_titles,
    ar_vague,
    ar_weekdays,
    ar_works,
    en_singular_openers,
    fr_addressee_prepositions,
    fr_cue_complements,
    fr_de_forms,
    fr_definite_words,
    fr_indefinite,
    fr_present_cues,
    language_words,
    le_la_the,
    lexicon,
    name_complement_leads,
    person_relatives,
    phrases,
)
from prcli.quotations.lexicon import ar_according as _ar_according
from prcli.quotations.lexicon import ar_body_heads as _ar_body_heads_all
from prcli.quotations.lexicon import ar_clause_relatives as _ar_relatives
from prcli.quotations.lexicon import ar_common_noun_titles as _ar_common_noun_titles
from prcli.quotations.lexicon import ar_demonstratives as _ar_demonstratives
from prcli.quotations.lexicon import ar_masculine_titles_in_teh as _ar_masculine_in_teh
from prcli.quotations.lexicon import ar_naming_words as _ar_naming
from prcli.quotations.lexicon import ar_relay_an_verbs as _ar_relay
from prcli.quotations.lexicon import ar_relay_verbs as _ar_relay_verbs
from prcli.quotations.lexicon import ar_role_tail as _ar_role_tail
from prcli.quotations.lexicon import ar_side_nouns as _ar_side
from prcli.quotations.lexicon import ar_statement_nouns as _ar_statement_nouns
from prcli.quotations.lexicon import ar_that_particles_extract as _ar_that
from prcli.quotations.lexicon import ar_time_words as _ar_time_words
from prcli.quotations.lexicon import en_after_verb_stops as _en_agent_stops
from prcli.quotations.lexicon import en_be_forms as _en_be_forms
from prcli.quotations.lexicon import fr_auxiliaries as _fr_auxiliaries
from prcli.quotations.lexicon import fr_incise_auxiliaries as _fr_incise_aux
from prcli.quotations.lexicon import fr_name_particles as _name_particles
from prcli.quotations.lexicon import fr_subject_determiners as _fr_subject_dets
from prcli.quotations.lexicon import fr_time_nouns as _fr_time_nouns
from prcli.quotations.marks import TERMINATORS as _TERMINATORS
from prcli.quotations.marks import MarkedSpan, english_single_spans, find_marked_spans
from prcli.quotations.people import (
    Person,
    Register,
    ar_chain_word,
    ar_edge_particle,
    ar_genitive_lam,
    ar_kal_noun,
    ar_name_end,
    ar_name_end_spelled,
    ar_name_token,
    ar_nation_word,
    ar_nisba,
    ar_object_noun,
    ar_pledged_at,
    ar_spelled_name,
    ar_spelled_name_word,
    ar_time_name_pair,
    ar_verbal_noun_shape,
    before_object,
    calendar_words,
    forget_ali_names,
    latin_cap,
    mark_ali_names,
    stopwords,
    unmarked_words,
)
from prcli.quotations.resolve import (
    ar_divine,
    ar_glued_place,
    ar_glued_preposition,
    ar_preposition_pronoun,
    build_register,
    cleft_focus,
    common_word_in,
    forget_positions,
    formulas,
    full_name_just_met,
    given_name_gender,
    newcomer,
    phrase_gender,
    resolve_np,
    word_positions,
)
from prcli.quotations.tokens import Tok, normalize, tokenize
from prcli.text.normalize import fold
from prcli.text.resources import lazy_words
from prcli.text.wrap import unwrap

# Word lists that functions here read (inline folded_words calls before review24): one constant
# each, folded as tokens are.
_ar_as_for = lazy_words("prcli.quotations", "as_for_ar.txt", convert=normalize)
_ar_answer_verbs = lazy_words("prcli.quotations", "answer_verbs_ar.txt", convert=normalize)
_ar_asking_verbs = lazy_words("prcli.quotations", "asking_verbs_ar.txt", convert=normalize)
_ar_being_verbs = lazy_words("prcli.quotations", "being_verbs_ar.txt", convert=normalize)
_ar_body_leaders = lazy_words("prcli.quotations", "body_leaders_ar.txt", convert=normalize)
_ar_cause_verbs = lazy_words("prcli.quotations", "cause_verbs_ar.txt", convert=normalize)
_ar_continuations = lazy_words("prcli.quotations", "continuations_ar.txt", convert=normalize)
_ar_event_genitives = lazy_words("prcli.quotations", "event_genitives_ar.txt", convert=normalize)
_ar_group_names = lazy_words("prcli.quotations", "group_names_ar.txt", convert=normalize)
_ar_named_things = lazy_words("prcli.quotations", "named_things_ar.txt", convert=normalize)
_ar_phrase_prepositions = lazy_words("prcli.quotations", "phrase_prepositions_ar.txt", convert=normalize)
_ar_possessive_suffixes = lazy_words("prcli.quotations", "possessive_suffixes_ar.txt", convert=normalize)
_ar_proclitic_words = lazy_words("prcli.quotations", "proclitics_ar.txt", convert=normalize)
_ar_speech_setting_preps = lazy_words("prcli.quotations", "speech_setting_preps_ar.txt", convert=normalize)
_ar_strong_titles = lazy_words("prcli.quotations", "strong_titles_ar.txt", convert=normalize)
_fr_contrast_groups = lazy_words("prcli.quotations", "contrast_groups_fr.txt", convert=normalize)
_fr_mute_plurals = lazy_words("prcli.quotations", "mute_plurals_fr.txt", convert=normalize)
_fr_topic_prepositions = lazy_words("prcli.quotations", "topic_prepositions_fr.txt", convert=normalize)

_noun_openers = lazy_words("prcli.quotations", "noun_openers_en.txt", "noun_openers_fr.txt")
_other_one = lazy_words("prcli.quotations", "other_one_fr.txt")
#: «autre» after «l'»/«un»: the other one of two people just met («L'autre gilet jaune détaille»).
_other_heads = lazy_words("prcli.quotations", "other_heads_fr.txt")
#: How far (characters) a speaker's paragraph lends them a few marked words with no cue.
_NEAR_WORDS = 400
#: Framing words, and the marks that frame a quote the same way (":", "،", ",").
_framing = lazy_words("prcli.quotations", "framing_ar.txt", "framing_en.txt", "framing_fr.txt",
                      extra=(":", "،", ","), convert=normalize)


_determiners = lazy_words("prcli.quotations", "determiners_extract_en.txt", "determiners_extract_fr.txt")
_aux = lazy_words("prcli.quotations", "auxiliaries_extract_en.txt", "auxiliaries_extract_fr.txt")
_conj = lazy_words("prcli.quotations", "conjunctions_ar.txt", "conjunctions_en.txt", "conjunctions_fr.txt")
#: (Prepositions opening a fronted adverbial before a sentence's subject are in
#: data/fronted_prepositions_<lang>.txt; noun openers of one language that are verbs in another,
#: «a» is «has» in French, in data/verb_openers_<lang>.txt.)
_name_titles_en = lazy_words("prcli.quotations", "naming_verbs_en.txt")


def extract_quotes(text: str, *, language: str = "und") -> tuple[Quote, ...]:
    """Every quoted span (speech or not) with kind, cue and speaker, in article order.

    A hard-wrapped text (old newspaper dumps, agency wires: ``prcli.text.wrap``) is read with
    its wraps as spaces, so a quotation, or its speaker's clause, runs on over a line break as
    the writer's sentence does; each quotation's text is still the article's own characters (a
    speaker or cue read across a soft break has one space there)."""
    flat = unwrap(text)
    if flat is text:
        return _extract_quotes(text, language)
    return tuple(Quote(text[q.start:q.end], q.start, q.end, _one_space(q.speaker), _one_space(q.cue), q.kind)
                 for q in _extract_quotes(flat, language))


def _one_space(words: str | None) -> str | None:
    """A speaker or cue read across a soft break (``\\r\\n`` made two spaces) with single spaces."""
    return " ".join(words.split()) if words is not None else None


def _extract_quotes(text: str, language: str) -> tuple[Quote, ...]:
    spans = find_marked_spans(text)
    if language == "en":
        # 'I won,' he said: English writers also quote between straight single marks
        spans = sorted([*spans, *english_single_spans(text, spans)], key=lambda s: (s.open_at, s.depth))
    if not spans:
        return ()  # no quotation marks: no need to read the article for speakers
    lex = lexicon(language)
    top = [s for s in spans if s.depth == 0]
    nested = [s for s in spans if s.depth > 0]
    try:
        if lex.lang == "fr":
            # (inside ``try``: ``_split_remembered`` fills the per-document ``_WHOLE``, cleared below
            # even when this article raises, so no offsets of it are read for the next one)
            top = [part for s in top for part in _split_remembered(text, s)]
        elif lex.lang == "ar":
            top = [_ar_narration_resumed(text, s, lex) for s in top]
        toks = tokenize(text, top, lex.lang)
        # a short expression put in marks more than once in one article is a label, not speech
        repeated = Counter(_repeat_key(text[s.start:s.end], lex.lang) for s in top)
        qpos = [i for i, t in enumerate(toks) if t.kind == "q"]  # one "q" token per top-level span
        if lex.lang == "ar":
            mark_ali_names(text)  # (kept for this article only: dropped below)
        settled = _settled(text, toks, top, qpos, lex, repeated)
        if len(settled) == len(top):
            # every quotation settled by its own words: no one to find, so no register either
            att = Attributor(text, toks, lex, Register(lex.lang, lex))
            found = [_settled_quote(text, toks, sp, k, att, lex) for sp, k in zip(top, qpos, strict=True)]
        else:
            reg = build_register(text, toks, lex)
            att = Attributor(text, toks, lex, reg)
            found = _attribute_all(text, toks, top, att, lex, reg, repeated, qpos, settled)
    finally:
        _TWICE.clear()  # per-document memos: keep nothing of this article alive after it
        _WHOLE.clear()
        _SLIPPED.clear()
        forget_positions()
        forget_ali_names()
    out = list(found)
    for s in nested:
        out.append(Quote(text[s.start:s.end], s.start, s.end, None, None,
                         _inner_kind(text[s.start:s.end])))
    out.sort(key=lambda q: (q.start, -q.end))
    return tuple(out)


#: A comma or a line break (``_ar_clause_breaks``).
_AR_BREAK = re.compile(r"[،,\n]")
#: The word after a break, past any blanks (``_ar_clause_breaks``).
_AR_WORD_AFTER_BREAK = re.compile(r"\s*+([^\s،,.:؛]+)")
#: How many words after the participle «أن» may come («مؤكداً سموه أن», «مشيرا في هذا الصدد إلى أن»).
_AR_HAL_THAT_REACH = 4


def _ar_clause_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """Each comma or line break in ``text[start:end]`` with a word after it past any blanks, as
    (break, word start, word end): what ``finditer`` of «[،,\\n]\\s*(word)» gives, in linear time.
    That pattern retried the blank run after every line break inside it, quadratic on a span of
    blank lines; a line break inside a run already read can find no other word, so it is skipped."""
    pos = start
    while (b := _AR_BREAK.search(text, pos, end)) is not None:
        at = b.start()
        m = _AR_WORD_AFTER_BREAK.match(text, at + 1, end)
        if m is not None:
            yield at, m.start(1), m.end(1)
            pos = m.end(1)
            continue
        pos = at + 1
        while pos < end and text[pos].isspace():
            pos += 1
        # (a comma ending the run is tried in its turn: it is no blank)


def _ar_narration_resumed(text: str, sp: MarkedSpan, lex: Lexicon) -> MarkedSpan:
    """«وأضاف: «إن المعرض سيفتح أبوابه للزوار …، موضحا أن اللجنة …» (never closed), «وقال: "إن
    … بصلة.» then, next line, «مؤكدا سموه أن … ومكتسباته"»: a circumstantial participle of saying
    (``hal`` in ``cues_ar.tsv``) after a comma or at a line's start, with «أن/بأن/إن» a few words
    on, is the writer speaking again about the speaker: an Arabic speaker does not report
    themselves so. A quotation whose closer was lost stops before it, and so does one joined
    over a line break to a closer at the end of the next line (the words after are the writer's
    report, the marks' closer a stray). A closed quotation on one line keeps its words."""
    if sp.closed and "\n" not in text[sp.start:sp.end]:
        return sp
    for at, word_start, word_end in _ar_clause_breaks(text, sp.start, sp.end):
        if sp.closed and text[at] != "\n":
            continue
        if lex.cues.get(normalize(text[word_start:word_end]), ("",))[0] != "hal":
            continue
        after = text[word_end:min(sp.end, word_end + 80)].split()[:_AR_HAL_THAT_REACH]
        if not any(normalize(w) in _ar_that() for w in after):
            continue
        end = at
        while end > sp.start and text[end - 1].isspace():
            end -= 1
        if len(text[sp.start:end].split()) < 3:
            return sp
        return MarkedSpan(sp.start, end, sp.open_at, end, sp.depth, False)
    return sp


#: «…, a-t-il souligné. …», «…, poursuit-elle, …»: an incise left inside the marks (French style).
@cache
def _inner_incise_re() -> re.Pattern[str]:
    return re.compile(r",\s+(?:(?:a|avait|aurait|ont|avaient)-t-(?:il|elle|ils|elles|on)\s+\w+"
                      r"|\w{2,}-t-(?:il|elle|on)|\w{2,}-(?:il|elle|ils|elles))"
                      r"(?:\s[^.,;:!?«»\"“”]{0,40})?[,.]\s+(?=\w)")


#: (per document) the start of each part of a quotation split at an uninverted incise → the
#: whole quotation: its speaker is read from the incise as before the split.
_WHOLE: dict[int, tuple[int, int]] = {}


def _split_remembered(text: str, sp: MarkedSpan) -> list[MarkedSpan]:
    """``split_inner_incise``, remembering in ``_WHOLE`` the quotations split at an uninverted
    incise («…, admet la directrice, …»), whose speaker the whole span names."""
    parts = split_inner_incise(text, sp)
    if len(parts) > 1 and _plain_inner_incise(text, sp.start, sp.end) is not None:
        for part in parts:
            _WHOLE[part.start] = (sp.start, sp.end)
    return parts


def split_inner_incise(text: str, sp: MarkedSpan) -> list[MarkedSpan]:
    """«Voyez nos cousins, a-t-elle insisté. Le conseil a tranché» is two quotations: the words
    before the incise and the words after it (the incise is the attribution, not speech)."""
    m = _inner_incise_re().search(text, sp.start, sp.end)
    at = (m.start(), m.end()) if m is not None else None
    plain = _plain_inner_incise(text, sp.start, at[0] if at is not None else sp.end)
    if plain is not None:
        at = plain
    if at is None or len(text[sp.start:at[0]].split()) < 2:
        return [sp]
    first = MarkedSpan(sp.start, at[0], sp.open_at, at[0], sp.depth, False)
    rest = MarkedSpan(at[1], sp.end, at[1] - 1, sp.close_at, sp.depth, sp.closed)
    return [first, *split_inner_incise(text, rest)]


#: «…, disait pourtant Mélanie. …», «…, admet la professeure, …», «…, a répété l'élue. …»: a
#: reporting verb (or an auxiliary and its participle) after a comma,
#: its subject after it (uninverted, no hyphen), the incise closed by a comma or a full stop.
@cache
def _plain_incise_re() -> re.Pattern[str]:
    return re.compile(r",\s+(\w+)\s+")

@cache
def _incise_word_re() -> re.Pattern[str]:
    return re.compile(r"[\w'’-]+|[^\w\s]")

#: Words that may stand between the verb and its subject («disait pourtant Mélanie»).
_incise_adverbs = lazy_words("prcli.quotations", "incise_adverbs_fr.txt")
#: Words that carry an incise on past its first comma («…, explique X, à l'hebdomadaire Y. …»).
_incise_tails = lazy_words("prcli.quotations", "incise_tails_fr.txt")
#: How many phrases after its subject an incise inside the marks may run on («…, dit Julie
#: Roche, 31 ans, coiffeuse, à Nantes. …»).
_INCISE_TAILS = 3
#: How far (characters) past its verb an incise inside the marks is read.
_INCISE_CHARS = 160


def _plain_inner_incise(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first uninverted incise («, ajoutait la gérante du café, ») inside ``[start, end)``:
    its span from the comma before the verb to the start of the words after it, or None.
    The verb is a reporting verb in the present or the imperfect (``cues_fr.tsv``), or its
    participle after an incise auxiliary («…, a plaidé X. …», ``incise_auxiliaries_fr.txt``), its
    subject a name (a capital) or a determiner and a person noun (``people_fr.txt``); the
    words after the incise go on inside the same marks."""
    cues = lexicon("fr").cues
    for m in _plain_incise_re().finditer(text, start, end):
        verb = normalize(m.group(1))
        reach = min(end, m.end() + _INCISE_CHARS)
        words = [(w.group(), w.start(), w.end()) for w in _incise_word_re().finditer(text, m.end(), reach)]
        k = 0
        if verb in _fr_incise_aux() and words and cues.get(normalize(words[0][0]), ("", ""))[0] == "pp":
            k = 1  # the compound past, «…, a plaidé la syndicaliste. …»
        elif cues.get(verb, ("", ""))[0] != "pres" and verb not in fr_present_cues():
            continue  # (a form spelled like its participle, «…, dit M. X. …», is the present here)
        first = k
        while k < len(words) and k < first + 2 and normalize(words[k][0]) in _incise_adverbs():
            k += 1
        if k >= len(words) or not _incise_subject(words, k):
            continue
        stop = next((j for j in range(k + 1, len(words)) if words[j][0] in ",.;:!?«»\"“”()"
                     and not _abbreviation_dot(words, j)), None)
        if stop is None or words[stop][0] not in ",.":
            continue
        for _ in range(_INCISE_TAILS):
            if words[stop][0] != "," or stop + 1 >= len(words) or not _incise_tail(words[stop + 1][0]):
                break
            # (marks inside the tail are a term's: «…, devant lequel passent des « gilets jaunes ». …»)
            tail = next((j for j in range(stop + 1, len(words)) if words[j][0] in ",.;:!?()"
                         and not _abbreviation_dot(words, j)), None)
            if tail is None or words[tail][0] not in ",." or any(
                    normalize(w[0]) in _aux() for w in words[stop + 1:min(tail, stop + 4)]):
                break  # («…, note un élu, un habitué du marché. …»; not «…, la ville a tout vu.»)
            if words[stop + 1][0][:1].isupper() and (tail - stop - 1 > _NAME_TAIL_WORDS or not all(
                    w[0][:1].isupper() or w[0] == "." for w in words[stop + 1:tail])):
                break  # a capitalised tail is the subject's name («…, écrit le maire, Paul Roux. …»)
            stop = tail
        after = words[stop][2]
        while after < end and text[after].isspace():
            after += 1
        if after >= end or after == words[stop][2] or not text[after].isalnum():
            continue  # the incise closes the quotation, or no words follow it
        return (m.start(), after)
    return None


#: How many words the name closing an incise may hold («…, dit la maire, Anne-Marie Le Goff. …»).
_NAME_TAIL_WORDS = 4


def _incise_tail(word: str) -> bool:
    """Whether ``word``, after the comma that follows an incise's subject, opens more of the
    incise: a place, an outlet, a relative clause, an apposition («la gérante du café»,
    «l'ancienne élue», «coiffeuse»), an age («54 ans»)."""
    w = normalize(word).replace("’", "'")
    return w in _incise_tails() or w.startswith("l'") or w[:1].isdigit() \
        or w in language_words("people", "fr") or (word[:1].isupper() and word[:1].isalpha())


def _abbreviation_dot(words: list[tuple[str, int, int]], j: int) -> bool:
    """«…, reconnaît M. Ribaud. …»: the full stop of a short capitalised abbreviation (a title,
    an initial) glued to it ends no incise."""
    if words[j][0] != "." or j == 0 or words[j - 1][2] != words[j][1]:
        return False
    w = words[j - 1][0]
    return len(w) <= 3 and w[:1].isupper() and w.isalpha()


def _incise_subject(words: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the incise words from ``k`` open with a speaker: a capitalised name, or a
    determiner with at most two adjectives and a person noun («cette petite fonctionnaire»)."""
    w = words[k][0]
    if w[:1].isupper() and w[:1].isalpha():
        return True
    head = normalize(w).replace("’", "'")
    if head in _fr_subject_dets() or head.startswith("l'"):
        j = k + 1 if head in _fr_subject_dets() else k
        people = language_words("people", "fr")
        for n in range(j, min(j + 3, len(words))):
            word = normalize(words[n][0]).replace("’", "'")
            word = word[2:] if word.startswith("l'") else word
            if word in people:
                return True
            if not words[n][0].isalpha() or not words[n][0].islower() or word in fr_de_forms():
                return False
    return False


def _inner_kind(inner: str) -> str:
    """Marks inside a quotation: a cited word or title within someone's words, never new speech."""
    return "title" if len(inner.split()) > 2 else "term"


_ar_that_label = lazy_words("prcli.quotations", "that_particles_extract_ar.txt", "that_label_before_ar.txt",
                            convert=normalize)
#: Names of social networks and apps (folded, words joined by a space): «"تويتر"».
_ar_platforms = lazy_words("prcli.quotations", "platform_names_ar.txt", convert=lambda w: " ".join(
    normalize(x) for x in w.split()))


def _ar_platform(words: list[str]) -> bool:
    """Whether the marked words are a name of ``_ar_platforms``, maybe with the article on its
    first word: «“الواتس آب”», «“التويتر”» are «واتس آب», «تويتر» as the press also writes them."""
    name = " ".join(normalize(w) for w in words)
    names = _ar_platforms()
    return name in names or (name.startswith("ال") and len(name) > 4 and name[2:] in names)


@cache
def _ar_platform_gaps() -> int:
    """The most spaces in a name of ``_ar_platforms``: marked words joined by more spaces are no
    platform's name, and are not normalized to find that out (a long quotation has many words)."""
    return max((w.count(" ") for w in _ar_platforms()), default=0)


#: Verbs of discourse opening a sentence (folded): their subject talks («استشهد», «أثار»).
_ar_discourse_verbs = lazy_words("prcli.quotations", "discourse_verbs_ar.txt", convert=normalize)
#: «أن/إن/بأن» (and with a pronoun), folded: the reported clause opening after a few marked words.
_ar_complement_openers = lazy_words("prcli.quotations", "complement_openers_ar.txt", convert=normalize)


def _attribute_all(text: str, toks: list[Tok], top: list[MarkedSpan], att: Attributor, lex: Lexicon,
                   reg: Register, repeated: Counter[str], qpos: list[int], settled: set[int]) -> list[Quote]:
    """Kind, cue and speaker of every top-level quotation, reading the article in order.
    ``repeated`` counts the quotations by ``_repeat_key``, ``qpos`` is the token of each, and
    ``settled`` the ones ``_settled`` labels without reading."""
    last: list[tuple[int, Person]] = []  # (char offset, person) of every explicit speaker so far
    consumed: dict[int, int] = {}  # cue token index -> end of its clause, when used after a quote
    out: list[Quote] = []
    described: list[tuple[int, Person]] = []  # (index in out, unnamed speaker) for a later name
    spoke: set[int] = set()  # Arabic bodies, documents and roles quoted with an explicit subject
    # (French) unnamed sources that are no person, met only after «selon»/«d'après» («selon les
    # autorités», «selon une source policière»): they give facts, not the words of a later
    # quotation that names no one
    sourced: set[int] = set()
    carried_by: dict[int, Person] = {}  # (Arabic) reporting verb -> the previous sentence's subject
    # (Arabic) named subjects of verb-first sentences: (char offset, person, the verb's gender)
    topics: list[tuple[int, Person, str]] = []
    para = 0
    last_para: dict[int, int] = {}
    echoed: set[str] = set()  # repeated marked words met so far
    listed = _ar_mark_lists(text, toks, top) if lex.lang == "ar" else set()
    heads = _ar_heads(text, top) if lex.lang == "ar" else Counter()
    # Words after the last quotation only feed speakers to later quotations (there are none)
    # and descriptions to name (when one is waiting): with neither, the loop stops there. A
    # quotation whose kind its own words settle («« Il a dit » ×40,000) counts as none: the
    # loop stops before it and the rest are labelled without the speakers found on the way.
    unseen = len(top) - len(settled)  # quotations still to attribute
    # (French) the latest sentence opened by a person: its first token and that person, or the
    # span of a description of someone, resolved only when a quotation follows
    opening: tuple[int, Person | tuple[int, int]] | None = None
    sentence_at = -1  # first token of the sentence being read
    known_cue = att.may_cue_memo().get  # ``may_cue`` answers already known (no call per word)
    for i, t in enumerate(toks):
        if t.kind == "q" and t.qid not in settled:
            unseen -= 1
        elif not unseen and not described:
            first = t.qid if t.kind == "q" else bisect_left(qpos, i)
            out.extend(_settled_quote(text, toks, top[q], qpos[q], att, lex) for q in range(first, len(top)))
            break
        if t.kind == "b" or i == 0:
            para += t.norm == "\n"
            at = i + 1 if t.kind == "b" else _past_dateline(text, toks) if lex.lang == "fr" else 0
            if opening is not None and opening[0] != sentence_at:
                opening = None  # only the sentence just ended may lend its opener to the next
            sentence_at = at
            subj = _sentence_subject(text, toks, at, lex, reg)
            pair = french.coordinated_names(text, toks, at, reg.lowercase_words(text, toks)) \
                if lex.lang == "fr" and at < len(toks) else None
            if pair is not None:
                p = resolve_np(text, toks, pair, lex, reg, last)
                both = text[toks[pair[0]].start:toks[pair[1] - 1].end]
                if p.named and p.name != both:
                    # «MM. Mantei et Lemoyne» resolved to one of them: that person stays one
                    # person (a later «il» may mean him); the pair is a group of its own
                    p = reg.add(both, (both.lower(),), toks[pair[0]].start, set(), "p", named=False)
                p.gender = "p"  # two people: a later «ils» means them
                _push(last, toks[at].start, p, "p")
                last_para[id(p)] = para
                subj = None
            latter = french.latter_referent(toks, at) if lex.lang == "fr" else None
            if latter is not None:
                p = resolve_np(text, toks, latter[0], lex, reg, last)
                if p.gender == "?":
                    p.gender = latter[1]
                _push(last, toks[at].start, p, latter[1])
                last_para[id(p)] = para
            aged = french.aged_newcomer(text, toks, at) if lex.lang == "fr" and subj is None else None
            if aged is not None:
                p = resolve_np(text, toks, aged, lex, reg, last)
                _push(last, toks[aged[0]].start, p, "?")
                last_para[id(p)] = para
            newcomer = french.indefinite_newcomer(text, toks, at) \
                if lex.lang == "fr" and subj is None and aged is None else None
            if newcomer is not None:
                p = resolve_np(text, toks, newcomer[0], lex, reg, last)
                if p.gender == "?":
                    p.gender = newcomer[1]
                _push(last, toks[newcomer[0][0]].start, p, newcomer[1])
                last_para[id(p)] = para
            introduced = french.colon_newcomer(text, toks, at) if lex.lang == "fr" else None
            if introduced is not None:
                p = resolve_np(text, toks, introduced, lex, reg, last)
                _push(last, toks[introduced[0]].start, p, "?")
                last_para[id(p)] = para
            lone = _fr_lone_given_name(text, toks, at, lex) if lex.lang == "fr" and subj is None else None
            if lone is not None:
                # «Parmi les bénévoles, Rachid, boulanger dans un village, …»: someone brought in
                # by given name and trade; a later «a-t-il déclaré» means him
                t0 = toks[lone]
                p = full_name_just_met(reg, t0.norm, t0.start) \
                    or reg.add_alone(text[t0.start:t0.end], t0.norm, t0.start)
                if p.gender == "?":
                    p.gender = given_name_gender(t0.norm)
                _push(last, t0.start, p, "?")
                last_para[id(p)] = para
            if at < len(toks) and toks[at].kind == "w":
                opening = None  # a sentence of words: who opens it is looked at below
            if subj is not None:
                p = resolve_np(text, toks, subj, lex, reg, last)
                if p.named and (lex.lang == "ar" or not common_word_in(text, toks, reg, p)):
                    _push(last, toks[subj[0]].start, p, "?")
                    last_para[id(p)] = para
                    opening = (at, p)
            named_subject = _ar_verb_named_subject(toks, at, lex, reg, att, last) \
                if lex.lang == "ar" and subj is None and at < len(toks) else None
            if named_subject is not None:
                # «وأصر سليمان على موقفه. وقال: “…”»: the named subject of a verb that reports
                # nothing is whom a later verb with no subject goes on with (the verb is no cue)
                topics.append((toks[named_subject[0]].start, named_subject[1], named_subject[2]))
            described_subject = _fr_described_subject(text, toks, at, lex) \
                if lex.lang == "fr" and subj is None and at < len(toks) else None
            if described_subject is not None:
                opening = (at, described_subject)
            if t.kind == "b":
                continue
        if t.kind == "w" and not (may if (may := known_cue(t.norm)) is not None else att.may_cue(t.norm)):
            continue  # most words: neither a relay verb nor a cue (see below), nothing to do
        if t.kind == "w" and lex.lang == "ar" and t.norm.removeprefix("و") in _ar_relay():
            relay = _ar_relay_subject(toks, i)
            if relay is not None:
                p = resolve_np(text, toks, relay, lex, reg, last)
                _push(last, t.start, p, _ar_relay()[t.norm.removeprefix("و")])
                last_para[id(p)] = para
        if t.kind == "w":
            c = att.clause(i)
            if lex.lang == "fr" and french.incise_after_words(text, toks, i, _cue_end(att, i)):
                # «La situation va s'améliorer, estime Paul X, directeur …»: reported words with
                # an incise; its subject comes after the verb and speaks the next quotation
                c = att.clause(i, after_quote=True) or c
            relayed = lex.lang == "ar" and t.norm.removeprefix("و") in _ar_relay()
            if c is not None and c.np is not None and c.via != "hal" and not relayed:
                parts = _ar_conjuncts(toks, c.np, lex) if lex.lang == "ar" else []
                if len(parts) > 1 and _push_conjuncts(text, toks, parts, lex, reg, last, t.start, c.number):
                    continue
                found = _person(text, toks, c, lex, reg, last)
                if found is not None and lex.lang == "ar" and ar_slipped_speaker(text, found, lex):
                    found = _named_prefix(found, reg)
                if found is not None and lex.lang == "ar" and _ar_lone_word(text, found):
                    found = None  # «وأضاف أعتقد أن …»: one word written once is no one to go on with
                if found is not None and lex.lang == "ar" \
                        and _ar_object_taken_for_name(text, toks, c, found, lex):
                    found = None  # «أن الإقليم حقق نموا مطردا في …»: the verb's object, no one speaks on
                if found is not None and lex.lang == "ar" \
                        and _ar_source_in_narration(text, toks, i, c.np, found.name):
                    found = None  # «… نتيجة أفكار متعصبة - بحسب محللين -»: no one quoted goes on
                if found is not None and lex.lang == "ar" and _ar_inside_report(att, c, i):
                    found = None  # «قال البيان إن رئيس الوزراء دعا …»: no new speaker, what was reported
                if found is not None and _personlike(found, lex) and not _function_word(found.name, lex) \
                        and not (lex.lang == "ar" and _ar_cut_clause(found.name)):
                    _push(last, t.start, found, c.number)
                    last_para[id(found)] = para
                    if lex.lang == "fr" and c.via == "source" and not found.named and not found.human \
                            and not any(q.speaker == found.name for q in out):
                        sourced.add(id(found))
                    else:
                        sourced.discard(id(found))
                    if c.speaks is not None:
                        spoke.add(id(found))  # «وأشار البيان»: the body that issued it speaks on
                    if lex.lang == "ar" and not found.named and _ar_body_announces(att, c, t.norm):
                        spoke.add(id(found))
                elif found is not None and lex.lang == "ar" and not found.named \
                        and not _ar_cut_clause(found.name) and _ar_body_announces(att, c, t.norm):
                    # «وقالت الوزارة في بيان إن …», «واعلن البيت الأبيض أن …»: a body that announces
                    # speaks; a later «وأضافت» with no subject, or «الوزارة», goes on with it
                    _push(last, t.start, found, c.number)
                    last_para[id(found)] = para
                    spoke.add(id(found))
            elif c is not None and lex.lang == "ar" and c.via == "pro-drop":
                before_subject = _ar_asked_person(text, toks, lex, reg, last, c) \
                    or _ar_previous_subject(text, toks, att, lex, reg, last, c) \
                    or _ar_verb_topic(toks, topics, last, c, t.start)
                if before_subject is not None:
                    # «أدان الرئيس … الاعتداء. وأضاف أن …»: the subject of the sentence before
                    # speaks now; a later «وتابع» or «وقال: “…”» goes on with it
                    carried_by[i] = before_subject
                    _push(last, t.start, before_subject, c.number)
                    last_para[id(before_subject)] = para
                    spoke.add(id(before_subject))
            continue
        if t.kind != "q":
            continue
        sp = top[t.qid]
        inner = text[sp.start:sp.end]
        clause, via = _find_clause(att, i, consumed)
        vox = french.colon_name_after(text, toks, i, reg.lowercase_words(text, toks),
                                      lambda m: att.cue_at(m) is not None) \
            if lex.lang == "fr" and via in ("", "sentence", "pronoun") else None
        if vox is not None:
            clause, via = None, ""  # «« … » : Sylvie, 58 ans, …»: the name after the colon speaks
        weak = via in ("pronoun", "sentence") and inner[:1].isupper() and len(inner.split()) <= 6 \
            and inner.rstrip()[-1:] not in _TERMINATORS and not _en_speech_comma(toks, i, inner, lex.lang) \
            and not (lex.lang == "fr" and via == "sentence"
                     and (french.personal(inner) or french.presentative(inner))) \
            and not (lex.lang == "fr" and via == "sentence" and _fr_opening_quote_list(toks, i))
        # («« J'ai apporté une réponse » aux demandes, a dit X»: words with «je» are someone's, no name)
        if lex.lang == "ar" and via == "sentence" and len(inner.split()) <= 3 \
                and inner.rstrip()[-1:] not in _TERMINATORS \
                and not set(_left_words(toks, i, 1, "")) & _ar_that_label():
            weak = True  # «أن هذا “الدعم المؤقت” سوف يخفف … أكدها»: a later verb reports no label
        if weak:
            clause, via = None, ""  # «un « Haut Comité pour les forêts »»: a name, not words
        reach = _ar_words_past_cue(toks, clause, i) if lex.lang == "ar" and via == "pre" and clause else None
        far = reach is not None and clause is not None \
            and (_ar_far_from_cue(reach, inner) or _ar_far_past(toks, clause, i, inner))
        if far:
            clause, via = None, ""  # «أشار إلى أن … (thirty words) … تسوير “الحصن”»: past the report
        if lex.lang == "ar" and via == "pre" and clause is not None and _ar_source_behind(att, clause, i):
            clause, via = None, ""  # «… بيضاء على حد تعبيره، فالأرضيات “…”»: it points back
        named_on_the_way = reach is not None and not far and (_ar_before_complement(toks, i, inner, reach)
                                                              or _ar_source_named(att, clause, i, inner))
        if named_on_the_way:
            clause, via = None, ""  # «أوضح فلان عبر حسابه بـ“…” أن …»: what it reports comes after
        term = lex.lang == "ar" and via == "post" and clause is not None and _ar_as_termed(toks, clause)
        if term:
            clause, via = None, ""  # «“إعادة إسكانهم” حسب التعبير الرسمي»: a term, no one's words
        nonspeech = _nonspeech_kind(text, toks, i, inner, lex, clause is not None, repeated)
        if nonspeech in (None, "scare") and lex.lang == "ar" \
                and (_ar_plain_name(toks, inner) or _ar_plain_single_name(toks, i, inner, lex)
                     or _ar_group_name(inner) or _ar_titled_name_in_marks(toks, i, inner, lex)):
            nonspeech = "term"  # «“عاصفة الحزم”» where the article also writes «بدء عاصفة الحزم»
        if nonspeech is None and lex.lang == "ar" \
                and (_ar_transliterated_name(inner) or _ar_glossed_name(text, sp, inner, lex)):
            nonspeech = "term"  # «“ستاندرد آند بورز”», «“المقاومة …” (حزب الله)»: a name, read as words
        if term or (named_on_the_way and nonspeech in (None, "scare")):
            nonspeech = "term"
        if nonspeech in ("term", "scare") and lex.lang == "ar" and via == "post" and clause is not None \
                and clause.via == "source-pronoun" and clause.cue_start == i + 1 and len(inner.split()) <= 3 \
                and set(_left_words(toks, i, 1, "")) & ar_for_about() \
                and not (_ar_plain_name(toks, inner) or _ar_plain_single_name(toks, i, inner, lex)):
            # «جاء بحثا عن «تحد» على حد وصفه»: after a preposition, his word as he put it right
            # after (not a thing's name after its noun: «فيضان «…» على حد تعبيرهم»)
            nonspeech = None
        head = nonspeech is None and lex.lang == "ar" \
            and (clause is None or (reach is not None and reach[0] > _AR_HEAD_REACH)) \
            and _ar_construct_head(toks, i, inner, lex)
        if head:
            nonspeech, clause = "scare", None  # «اشترك فيه “حرامية” القطاع»: a word of the writer's phrase
        if nonspeech is None and lex.lang == "ar" and clause is None and _ar_aside(toks, i, inner):
            nonspeech = "scare"  # «… الطاقة “كالذي يتم حاليا في …”»: the writer's own comparison in marks
        if nonspeech is None and lex.lang == "ar" and via != "post" \
                and arabic_labels.enumeration(toks, i, inner, lex):
            nonspeech, clause = "term", None  # «أنشطة الحياة القديمة “الحصاد، الحراثة، …”»: a list of things
        if nonspeech is None and lex.lang == "ar" and _ar_label_series(inner, repeated, heads):
            nonspeech, clause = "title", None
        stray = lex.lang == "ar" and nonspeech in (None, "scare") and _ar_opens_on_stop(inner)
        if stray:
            nonspeech, clause = "scare", None  # «قال ” …”، مضيفا ” …“»: «، مضيفا» lies between two quotations
        key = _repeat_key(inner, lex.lang)
        if nonspeech == "term" and lex.lang == "fr" and key not in echoed and repeated.get(key, 0) >= 2 \
                and clause is not None and clause.np is not None and clause.via == "cue" \
                and (via == "pre" or (via == "sentence" and french.closing_incise(
                    text, toks, clause.cue_start, clause.cue_end, clause.np))) \
                and inner[:1].islower() \
                and len(inner.split()) == 1:
            # (also «Les hausses « suspendues » rassurent, estime X.»: a closing incise reports it)
            nonspeech = None  # «X annonce que les hausses sont « suspendues »»: said first, echoed after
        echoed.add(key)
        if vox is not None and nonspeech == "scare":
            nonspeech = None  # «« Plus forte » : les autorités redoutent …»: words the subject says
        if nonspeech != "term" and (att.speaking_name(i) or i in att.in_speaker or i in listed):
            nonspeech, clause = "term", None  # «المغرد “فايز البلوي” الذي قال»: a name in marks
        namer = french.relative_namer(toks, i) if lex.lang == "fr" and nonspeech == "title" else None
        if namer is not None:
            nonspeech = None  # «ce qu'elle a appelé des « … »»: her words, not a name
        # (a heading already a term stays one, as the settled terms do: «« Il a dit » × 40,000»)
        named = lex.lang == "fr" and (french.headline(toks, i) or french.named_by(toks, i)
                                      or french.announced_headline(toks, i)
                                      or french.authored_work(text, toks, i, inner)
                                      or french.calls_it(toks, i)
                                      or (nonspeech != "term" and french.heading(text, toks, i, inner))
                                      or french.capitals_headline(text, t.start, t.end, inner)
                                      # «selon le collectif « … »», «le « grand débat national »»
                                      or (nonspeech != "term"
                                          and (french.name_after_head(text, toks, i, inner)
                                               or french.event_name(text, toks, i, inner))))
        linked = att.after_link(i, nonspeech != "term")
        if linked or named:
            nonspeech, clause = "title", None  # «Lire aussi : « … »»: a headline of another article
        if nonspeech in (None, "scare") and lex.lang == "fr" and not _cue_object(toks, i, clause, via) \
                and french.label_written_plainly(text, toks, i, lambda w: word_positions(toks, w)):
            nonspeech, clause = "term", None  # «aux « gilets jaunes »», also written plainly
        if nonspeech in (None, "scare") and lex.lang == "fr" and french.charge_name(text, toks, i):
            nonspeech, clause = "term", None  # «poursuivi pour « violences en réunion »»: an offence
        if nonspeech in (None, "scare") and lex.lang == "fr" and french.english_phrase(inner):
            nonspeech, clause = "term", None  # «le protectionnisme « made in France »»: a borrowed phrase
        if nonspeech in (None, "scare") and lex.lang == "fr" and french.so_called(text, toks, i, inner):
            nonspeech, clause = "term", None  # «son taux dit « normal »»: the name it goes by
        if nonspeech != "term" and lex.lang == "fr" \
                and (french.impersonal_naming(toks, i) or french.as_one_says(toks, i, inner)):
            nonspeech, clause = "term", None  # «ce qu'on appelle la « … »»: the name everyone uses
        if nonspeech in (None, "scare") and lex.lang == "fr" and french.event_complement(toks, i, inner):
            nonspeech, clause = "title", None  # «le lancement du « grand forum »»: the event's name
        if nonspeech != "term" and lex.lang == "fr" \
                and (french.poll_answer(text, toks, i) or french.counted_category(text, toks, i)):
            nonspeech, clause = "term", None  # «41 % de « convaincus »», «5 200 « inscrits »»: a category
        if nonspeech in (None, "scare") and lex.lang == "fr" and french.group_genitive(text, toks, i):
            nonspeech, clause = "term", None  # «la crise des « gilets jaunes »»: the group's label
        if nonspeech in (None, "scare") and lex.lang == "fr" \
                and (french.people_label(text, toks, i) or french.recurring_name(text, toks, i)):
            # «aux « zadistes »», «huit « porte-parole »», «une nouvelle « marée jaune »»
            nonspeech, clause = "term", None
        if nonspeech in (None, "scare") and lex.lang == "fr" \
                and (_fr_shortened_label(inner, repeated) or french.urged_group(toks, i)):
            # «les « bonnets »» («bonnets verts» marked twice or more), «appelant les « … » à …»
            nonspeech, clause = "term", None
        impersonal = via == "post" and clause is not None and toks[clause.cue_start].norm.endswith("-on")
        if nonspeech is None and lex.lang == "fr" and (via in ("", "sentence") or impersonal) \
                and namer is None and len(inner.split()) <= 5 and french.noun_in_marks(text, toks, i) \
                and not (via == "sentence" and clause is not None
                         and french.closing_incise(text, toks, clause.cue_start, clause.cue_end, clause.np)
                         and toks[i + 1].norm != "("):
            # («Une « douzaine de blindés » sera engagée, a ajouté le ministre.»: his wording)
            nonspeech, clause = "scare", None  # «ainsi qu'un « pique-nique sur les quais du port »»
        # (a linked headline or a named work is a title by now: never a document's words)
        doc = french.document_reading(toks, i) if lex.lang == "fr" and nonspeech in (None, "scare") else None
        if doc is not None:
            # «« … », peut-on lire dans le rapport d'enquête»: the document holds the words
            source = resolve_np(text, toks, doc, lex, reg, last)
            out.append(Quote(inner, sp.start, sp.end, source.name, None,
                             _speech_kind(text, toks, i, inner, sp, via, lex.lang)))
            continue
        chant = french.chant_group(text, toks, i) or french.written_group(text, toks, i) \
            or french.heard_in(toks, i) or french.shouting_group(text, toks, i) if lex.lang == "fr" else None
        if chant is None and lex.lang == "fr" and nonspeech in (None, "scare", "title") and not named \
                and not linked and (french.banner_reading(toks, i)
                                    # (a slogan read as a title there stays one, unless
                                    # it says «je»: then it is someone's words, below)
                                    or ((nonspeech != "title" or french.personal_pronoun(inner))
                                        and french.banner_before(toks, i))):
            # «« … », pouvait-on lire sur leurs banderoles»: the group of the sentence before, if any
            chant = french.previous_group(text, toks, i)
            if chant is None:
                out.append(Quote(inner, sp.start, sp.end, None, None, "full"))
                continue
        if chant is not None:
            # «au cri de « Lantier démission ! »»: the crowd's words, the crowd speaks
            group = resolve_np(text, toks, chant, lex, reg, last)
            out.append(Quote(inner, sp.start, sp.end, group.name, None, "full"))
            continue
        if nonspeech in ("scare", "title") and lex.lang == "fr" and not linked and not named \
                and (french.personal_pronoun(inner) if nonspeech == "title" else french.personal(inner)):
            nonspeech = None  # «J'aurais dû pousser»: first-person words are someone's speech
        if nonspeech == "scare" and lex.lang == "fr" and not linked and not named \
                and french.subject_clause(inner):
            nonspeech = None  # «« … », dit Léa. « Ça sent la poudre ».»: a clause, someone's words
        fragment = nonspeech is not None and lex.lang == "fr" and not named and not linked \
            and french.verb_phrase(inner)
        if fragment:
            nonspeech = None  # «menaçait de « stopper le Portugal »»: someone's words, not a term
        listed_on = nonspeech is None or (nonspeech == "scare" and lex.lang == "fr")
        if listed_on and out and not out[-1].is_speech \
                and _coordinated(toks, i, _listed_length(inner, lex.lang), lex.lang,
                                 inner.rstrip()[-1:] in _TERMINATORS):
            # «لمحافظتي "لحج" و "أبين"», «le mot « … » ou « … »»: a list of names goes on in its kind
            nonspeech = out[-1].kind
        if nonspeech == "scare" and lex.lang != "ar" and inner[:1].islower() and att.first_name_opening(i) \
                and not (lex.lang == "fr" and french.after_hedge(toks, i)):
            # «le maire Hervé Lantier s'attend, lui, à « moins de tension »»: a named
            # subject's words, even without a reporting verb
            nonspeech = None
        judged = _en_judged_quote(text, toks, i, inner, sp, clause, lex, reg, last) \
            if lex.lang == "en" and nonspeech in (None, "scare") else None
        if judged is not None:
            out.append(judged)  # 'was rejected as "absurd" by Judge X', 'was praised for her "…"'
            continue
        relative = att.fr_relative_before_quote(i) \
            if lex.lang == "fr" and clause is None and nonspeech in (None, "scare") and inner[:1].islower() \
            and i > 0 and toks[i - 1].norm == "qui" and _fr_verb_opening(inner, lex) else None
        if relative is not None:
            # «le syndicat, qui « condamne les violences »»: the antecedent of «qui» says the words
            by = resolve_np(text, toks, relative, lex, reg, last)
            _push(last, t.start, by, "?")
            last_para[id(by)] = para
            out.append(Quote(inner, sp.start, sp.end, by.name, None, "partial"))
            continue
        speaker: str | None = None
        cue: str | None = None
        # («وفي هذا الصدد، استشهد السيد فلان بالفرق “…”»: a verb of discourse opening the
        # sentence goes on with the speaker of the paragraph before, further on)
        talks = nonspeech == "scare" and lex.lang == "ar" and bool(last) \
            and (_ar_discourse_in_sentence(toks, i, last[-1][1], lex) or _ar_called_so(toks, i))
        slack = 1 if talks else 0
        diverted = False  # (a plural subject took the words from the person quoted before)
        carried = nonspeech == "scare" and bool(last) and para - last_para.get(id(last[-1][1]), -9) <= slack \
                and t.start - last[-1][0] < _NEAR_WORDS * (1 + slack) \
                and (lex.lang == "ar" or inner[:1].islower()) \
                and (lex.lang != "ar" or ((talks or _ar_cue_in_sentence(att, i)) and not far and not head
                                          and not stray)) \
                and (last[-1][1].named or last[-1][1].human) \
                and not (set(_left_words(toks, i, 1, ""))
                         & (_noun_openers() - language_words("verb_openers", lex.lang))) \
                and not (lex.lang == "fr" and french.writers_noun(
                    toks, i, inner, len(last[-1][1].keys) >= 2
                    or any(q.speaker == last[-1][1].name for q in out)))
        if carried and lex.lang == "fr" and via == "pronoun" and clause is not None and clause.number == "p" \
                and not _group(last[-1][1]):
            # «X a présenté son plan. Si plusieurs y voient des « avancées », ils le trouvent
            # « trop timide »»: a plural subject opens the clause; the words are the group's, not
            # those of the person who spoke before (the pronoun is resolved below)
            carried, nonspeech, diverted = False, None, True
        if carried and id(last[-1][1]) in sourced and not _same_sentence(text, last[-1][0], t.start):
            # («… 5 000 selon les autorités. … le cortège qui scandait « … »»: a source of figures
            # in a sentence before does not say the words; they stay someone's, no one named)
            out.append(Quote(inner, sp.start, sp.end, None, None, "partial"))
            continue
        if carried:
            # «explique celui qui «décortique» l'actualité»: a few words in marks in the paragraph
            # of someone speaking are that person's words, not the writer's irony
            near = last[-1][1]
            opener = french.colon_clause_subject(text, toks, i) or att.fr_opening_body(i) \
                if lex.lang == "fr" else None
            if opener is not None:
                near = resolve_np(text, toks, opener, lex, reg, last)  # «l'Elysée tranche : ni « … »»
            out.append(Quote(inner, sp.start, sp.end, near.name, None, "partial"))
            continue
        agent = french.passive_agent(text, toks, i) \
            if lex.lang == "fr" and nonspeech in (None, "scare") and len(inner.split()) <= 6 else None
        if agent is not None:
            # «une mesure jugée « injuste » par des élus»: the agent after «par» speaks
            by = resolve_np(text, toks, agent[0], lex, reg, last)
            out.append(Quote(inner, sp.start, sp.end, by.name, agent[1], "partial"))
            continue
        if nonspeech is not None:
            out.append(Quote(inner, sp.start, sp.end, None, None, nonspeech))
            continue
        person: Person | None = None
        withheld = False  # (the speaker carried on would be a source of figures: no one instead)
        inside = _fr_inner_speaker(text, sp, lex, reg, last) if lex.lang == "fr" else None
        owner = att.fr_colon_words_owner(i) if lex.lang == "fr" and inside is None else None
        if owner is not None:
            inside = resolve_np(text, toks, owner, lex, reg, last)  # «la phrase prononcée par X : « … »»
        if clause is not None:
            if via != "pronoun":
                cs = clause.cue_start
                # the auxiliary belongs to the verb as written: «a déclaré», «s'est dit», "has said"
                if cs > 0 and toks[cs - 1].kind == "w" and toks[cs - 1].norm in _aux():
                    cs -= 1
                cue = text[toks[cs].start:toks[clause.cue_end - 1].end]
            if clause.np is not None:
                person = _person(text, toks, clause, lex, reg, last)
                if person is not None and lex.lang == "ar" and ar_slipped_speaker(text, person, lex):
                    person = _named_prefix(person, reg) \
                        or _dropped_subject(text, toks, reg, last, clause.number, t.start, spoke)
                if person is not None and _continued(toks, clause, person, lex):
                    others = [(a, q) for a, q in last[-40:] if q is not person]  # (pushed by the word loop)
                    person = _last_speaker(others, clause.number, t.start, spoke, lex.lang) or person
                if person is not None and _function_word(person.name, lex):
                    # «… qui …», «laquelle»: a phrase cut to a function word names no one; the
                    # speaker is the one the clause goes on about
                    person = _last_speaker(last, clause.number, t.start, lang=lex.lang)
            else:
                shared = ((att.ar_participle_subject(clause.cue_start) if clause.via == "hal" else None)
                          or att.ar_coordinated_subject(clause.cue_start)
                          or att.ar_when_clause_subject(clause.cue_start)) if lex.lang == "ar" else None
                if shared is None and lex.lang == "fr" and via == "post":
                    # «… inquiète le politologue Jean X : « …, avertit-il. … »»: the pronoun of the
                    # incise is the person named right before the colon
                    shared = att.colon_named(i)
                if shared is None and lex.lang == "fr" and via == "post":
                    shared = att.fr_impersonal_source(clause)  # «…, a-t-on précisé à la mairie»
                if shared is None and lex.lang == "fr" and via == "pre" and clause.via in ("unparsed", "hal"):
                    # «La chaîne, accusée de …, a tweeté qu'il n'y avait « … »»: the body opening
                    # the sentence is the subject the clause reader could not delimit
                    shared = att.fr_opening_body(i)
                if shared is None and lex.lang == "fr" and via == "post" and clause.number == "p":
                    # «A Toulouse, 300 femmes ont défilé … « … », ont-elles scandé»: the group
                    # opening the sentence before
                    shared = french.previous_group(text, toks, i)
                told = _told_just_before(toks, i, opening, att) \
                    if shared is None and lex.lang == "fr" and via == "post" else None
                if isinstance(told, tuple):
                    # only «l'autre …»: a plain description may well be the one speaking so far
                    told = resolve_np(text, toks, told, lex, reg, last) \
                        if any(t.norm in _other_one() for t in toks[told[0]:told[1]]) else None
                if told is not None and told.gender not in ("?", clause.number) and clause.number != "?":
                    told = None
                same = _fr_source_before(text, toks, i, att, lex, reg, last) \
                    if shared is None and lex.lang == "fr" and via == "post" \
                    and french.same_source(toks, clause.cue_end) else None
                if shared is not None:
                    person = resolve_np(text, toks, shared, lex, reg, last)
                elif same is not None:
                    person = same  # «…, a signalé la mairie. … « … », a-t-on précisé de même source»
                elif told is not None:
                    person = told  # «L'autre gilet jaune détaille … « … », affirme-t-il»
                else:
                    topic = carried_by.get(clause.cue_start) or _ar_paragraph_topic(
                        att, toks, reg, lex, clause, last) \
                        or _ar_paragraph_opener(toks, reg, lex, clause.cue_start, clause.number, last) \
                        if lex.lang == "ar" else None
                    heard = _fr_not_named_inside(last, inner) if lex.lang == "fr" else last
                    person = topic \
                        or _dropped_subject(text, toks, reg, heard, clause.number, t.start, spoke) \
                        or _last_mentioned(reg, clause.number, t.start)
                    if person is not None and ar_divine(person.name):
                        # «قال تعالى: «…». وأضاف سماحته: «…»»: scripture was quoted before; the
                        # dropped subject goes on with the last person quoted, never with God
                        person = _dropped_subject(text, toks, reg, heard, clause.number, t.start, spoke)
                        if person is not None and not any(q.speaker == person.name for q in out):
                            person = None  # (no one quoted yet: left open, not a phrase met on the way)
                    if person is not None and lex.lang == "ar" and _ar_replier(toks, clause.cue_start):
                        # «فأجابه فلان: “…”. فرد عليه: “…”»: the last speaker is the one replied to;
                        # the reply is the other party's, the one who spoke before him
                        others = [(a, q) for a, q in last[-40:] if q is not person]
                        person = _last_speaker(others, clause.number, t.start, spoke, lex.lang) or person
                    plural_np = french.recent_group(text, toks, i) \
                        if person is None and lex.lang == "fr" and clause.number == "p" else None
                    if plural_np is not None and not _people_group(toks, plural_np, lex):
                        plural_np = None  # («Des actions ont été menées.»: things, not people)
                    if plural_np is None and person is None and lex.lang == "fr" and clause.number == "p" \
                            and (via != "pronoun" or french.partitive_before(toks, i)):
                        # «… et une trentaine d'autres riverains. Ils ont jugé « … »»: nor
                        # one opening a sentence; a group of people named inside the one before
                        # (with no reporting verb, only a part of it: «Si certains …, ils …»)
                        plural_np = french.people_group_before(text, toks, i, lex.people)
                    if plural_np is not None:
                        # «Les commerçants ont manifesté. … Ils réclament « … »»: no group has
                        # spoken yet; «ils» means the group that opened a sentence just before
                        person = resolve_np(text, toks, plural_np, lex, reg, last)
            if clause.np is None and lex.lang == "fr" and inside is None \
                    and french.first_person_cue(toks, clause.cue_start):
                turn = french.turn_opening(toks, clause.cue_start)
                if turn is None:
                    # «je réponds « … »», «lui ai-je demandé»: the writer reports their own words
                    person = reg.add(_FR_WRITER, (_FR_WRITER,), toks[clause.cue_start].start, named=False)
                elif turn[1] > turn[0]:
                    # «Son adjoint Marc Petit : je lui ai dit « … »»: the one given the turn (after
                    # an interview dash, «— Je lui ai répondu : « … »», the one interviewed, as found)
                    person = resolve_np(text, toks, turn, lex, reg, last)
        else:
            np = vox or (french.colon_one_of(toks, i) or french.reply_heading(toks, i)
                         if lex.lang == "fr" else None) \
                or att.colon_intro(i) or att.fr_colon_reaction(i) or att.dash_after(i)
            if np is None and lex.lang != "ar":
                np = att.first_name_opening(i)
            if np is None and lex.lang == "fr":
                np = french.colon_clause_subject(text, toks, i)  # «Le soir, l'Elysée tranche : « … »»
            if np is None and lex.lang == "fr" and inside is None:
                np = att.fr_opening_body(i)  # «Le Medef a pris « acte », mais « reste vigilant »»
            colon = french.colon_pronoun(toks, i) or namer if np is None and lex.lang == "fr" else None
            by_pronoun = _dropped_subject(text, toks, reg, last, colon, t.start, spoke) \
                or _last_mentioned(reg, colon, t.start) if colon in ("m", "f") else None
            if np is not None:
                person = resolve_np(text, toks, np, lex, reg, last)
            elif by_pronoun is not None:
                person = by_pronoun  # «…, il a été clair : « … »»: the one the pronoun follows
            else:
                # (read only when nothing nearer names the speaker)
                told = _told_just_before(toks, i, opening, att) \
                    if lex.lang == "fr" and inside is None else None
                if isinstance(told, tuple):
                    told = resolve_np(text, toks, told, lex, reg, last)
                if told is not None:
                    person = told  # «La boulangère … avait une image. « … »»: the one just written about
                elif fragment and inside is None:
                    # «Le maire veut « garder le cap »», «Deux enquêtes sont ouvertes pour « faire la
                    # lumière »»: a verb phrase in marks with no reporting verb is said by the
                    # sentence's own subject when a person or a body opens it, else by the speaker
                    # of a quotation just before in the same sentence, else by no one named (not
                    # the last person the article named)
                    own = att.fr_opening_body(i, persons=True)
                    if own is not None:
                        person = resolve_np(text, toks, own, lex, reg, last)
                    elif last and out and out[-1].is_speech and out[-1].speaker == last[-1][1].name \
                            and _same_sentence(text, out[-1].end, t.start):
                        person = last[-1][1]  # «« … », dit X, qui craint de « … »»
                elif last and (para - last_para.get(id(last[-1][1]), -9) <= 1) \
                        and t.start - last[-1][0] < 1500 \
                        and id(last[-1][1]) in sourced and not _same_sentence(text, last[-1][0], t.start):
                    # «… 5 000 selon les autorités. Dimanche, … défendre « … »»: a source of figures
                    # in a sentence before is not who speaks words no one is given; they stay
                    # words of someone not named
                    withheld = True
                elif lex.lang == "ar" and (opening_one := _ar_paragraph_opener(toks, reg, lex, i, "?", last)):
                    person = opening_one  # «نعمة، الذي نشأ في …، … في واحد من “…”»: the paragraph's person
                elif last and (para - last_para.get(id(last[-1][1]), -9) <= 1) \
                        and t.start - last[-1][0] < 1500:
                    person = last[-1][1]
                    if lex.lang == "fr" and _group(person) and french.first_singular(inner):
                        # «…, disait Marc pendant que les gendarmes avançaient … « Je … »»: words
                        # said by «je» are not the group's; the latest single person near says them
                        person = _latest_single(last, para, last_para, t.start) or person
        if inside is not None:
            person = inside  # «…, admet la directrice, …»: the incise in the marks names the speaker
        if person is not None and lex.lang == "ar" and _ar_pronoun_preposition_end(person.name):
            # «كتاب صدر عنه», «فرد عليه»: the clause's subject is out of reach (a verb before it, a
            # book it names); no speaker rather than a guess
            person = _named_prefix(person, reg) or _ar_named_after_particles(person, reg) \
                or _ar_titled_name_before_preposition(person, lex)
        if person is not None and lex.lang == "ar" and _ar_cut_clause(person.name):
            # «إذا صارت الكتابة», «أحمد عسيري حين»: a clause cut in the wrong place names no one;
            # the name it holds if the register knows it, else the last speaker the reader follows
            person = _named_prefix(person, reg) or _ar_named_after_particles(person, reg) or _last_speaker(
                [(a, q) for a, q in last[-40:] if not _ar_cut_clause(q.name)],  # (all it reads)
                clause.number if clause else "?", t.start, spoke, lex.lang)
        if person is not None and lex.lang == "ar" and _ar_possessed_thing(person.name, lex):
            # «وحين سألتها عن هويتها بقولها “…”», «… دورها»: a lone noun with its possessive pronoun
            # is a thing of someone's, no speaker (the owner is out of this reach): no one
            person = None
        if person is not None:
            speaker = person.name
            if lex.lang == "ar" and clause is not None and clause.np is not None \
                    and att.speaking_phrase(clause.np):
                spoke.add(id(person))
            if lex.lang == "fr" and clause is not None and clause.np is not None and not person.named \
                    and not person.human and not _group(person) and _fr_body_phrase(person.name):
                # «La coordination rappelle que « … ». « … », ajoute-t-elle»: a body quoted with
                # its verb may be the «elle» of the next incise (its article gives the gender)
                if person.gender == "?":
                    person.gender = phrase_gender(person.name.lower().split())
                spoke.add(id(person))
            _push(last, t.start, person, clause.number if clause else "?")
            last_para[id(person)] = para
            sourced.discard(id(person))  # (quoted now: it speaks on)
        kind = "partial" if diverted or fragment else _speech_kind(text, toks, i, inner, sp, via, lex.lang)
        if clause is None and person is None and kind == "partial" and not withheld:
            kind = "scare"
        if lex.lang == "fr" and clause is not None and clause.via == "pronoun-subject" and person is None \
                and kind == "partial" and not withheld and french.noun_modifier_in_marks(text, toks, i):
            # «ils sont ceux que la ville « branchée » appelle …»: a pronoun opening the
            # sentence that means no one found does not make a word qualifying a noun someone's
            kind = "scare"
        if person is not None and not person.named and lex.lang != "ar":
            described.append((len(out), person))
        out.append(Quote(inner, sp.start, sp.end, speaker, cue, kind))
        if clause is not None and via == "post":
            consumed[clause.cue_start] = _clause_end(clause)
    _name_descriptions(text, out, described, reg, lex)
    if lex.lang == "en":
        _en_acronym_speakers(text, out)
    if lex.lang == "ar":
        _ar_echoed_words(out)
    if lex.lang == "fr":
        _fr_quoted_headings(text, out)
        _fr_echoed_words(out)
    return _cataphora(text, out, lex.lang)


#: The speaker of words the writer reports saying in the first person («je réponds « … »»).
_FR_WRITER = "je"

#: How many full quotations on each side a few marked words are looked for in (``_ar_echoed_words``).
_ECHO_REACH = 6


def _ar_echo_key(s: str) -> str:
    return " " + " ".join(w.strip("،,.:؛;!?؟()\"«»“”") for w in normalize(s).split()) + " "


def _echoed_words(out: list[Quote], part_key: Callable[[str], str], whole_key: Callable[[str], str],
                  accept: Callable[[str], bool]) -> None:
    """A scare quote of three to six words (``accept`` asks about its text) that one of the nearest
    full quotations with a speaker (``_ECHO_REACH`` on each side) holds word for word, compared
    by ``part_key`` and ``whole_key``, becomes that speaker's partial quotation."""
    full = [n for n, q in enumerate(out) if q.kind == "full" and q.speaker]
    if not full:
        return
    for n, q in enumerate(out):
        if q.kind != "scare" or not accept(q.text) or not 3 <= len(q.text.split()) <= 6:
            continue
        key = part_key(q.text)
        at = bisect_left(full, n)
        near = sorted(full[max(0, at - _ECHO_REACH):at + _ECHO_REACH], key=lambda m: abs(m - n))
        for m in near:
            if key in whole_key(out[m].text):
                out[n] = Quote(q.text, q.start, q.end, out[m].speaker, None, "partial")
                break


def _ar_echoed_words(out: list[Quote]) -> None:
    """«متهما الجارة بتمويل «شبكات تهريب منظمة» عبر حدودها. وقال الوزير: «إنها تمول شبكات
    تهريب منظمة …»»: a few words in marks with no one found to say them (a scare
    quote) that a full quotation of the article holds word for word are that speaker's words,
    quoted in part before (or after) the whole: a partial quotation of the same speaker. Three to
    six words (two, «فيديو كليب», are as often a term the speaker uses too); the nearest full
    quotations only (``_ECHO_REACH`` on each side)."""
    _echoed_words(out, _ar_echo_key, _ar_echo_key, lambda t: True)


def _fr_echo_key(s: str) -> str:
    return " " + " ".join(w.strip(",.;:!?…()[]\"«»“”") for w in s.replace("’", "'").lower().split()) + " "


def _fr_echoed_words(out: list[Quote]) -> None:
    """«Bien que la crise n'ait que « peu d'écho » ici, … « Ça a peu d'écho chez nous », a
    répondu X»: a few lowercase words in marks left to no one (a scare quote) that a nearby full
    quotation holds word for word (its bracketed asides left out) are that speaker's words, quoted
    in part before (or after) the whole: a partial quotation of the same speaker. Three to six
    words (a word or two is as often a term the speaker uses too)."""
    aside = _fr_aside_re()
    _echoed_words(out, _fr_echo_key, lambda t: _fr_echo_key(aside.sub(" ", t)), lambda t: t[:1].islower())


#: An aside in brackets inside a quotation («(ndlr, la « … »)», «[le syndicat]»): the writer's words.
@cache
def _fr_aside_re() -> re.Pattern[str]:
    return re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _fr_heading_key(s: str) -> str:
    return " ".join(s.replace("’", "'").strip(" \u00a0.!?…").split()).lower()


def _fr_quoted_headings(text: str, out: list[Quote]) -> None:
    """«« On ne lâchera rien » [a heading] … « On ne lâchera rien », explique Léa»: a heading
    in marks (on a line of its own, or glued to the capital of the next sentence) that repeats,
    word for word, a quotation the article gives to a speaker is that speaker's words set as a
    heading: the same speaker and kind. So are a few lowercase words in marks left to no one
    inside a sentence («le gouvernement cherche à « retisser l'unité » …»), as a partial quotation.
    Three words or more (a word or two marked twice is a label the article uses); never a title
    a sentence announces («Son titre ? « … ».»: a full stop after it)."""
    said: dict[str, Quote] = {}
    for q in out:
        if q.is_speech and q.speaker and len(q.text.split()) >= 3:
            said.setdefault(_fr_heading_key(q.text), q)
    if not said:
        return
    for n, q in enumerate(out):
        if q.kind not in ("title", "scare") or len(q.text.split()) < 3:
            continue
        found = said.get(_fr_heading_key(q.text))
        if found is None:
            continue
        if q.kind == "scare" and q.text[:1].islower():
            out[n] = Quote(q.text, q.start, q.end, found.speaker, None, "partial")
        elif _fr_heading_at(text, q):
            out[n] = Quote(q.text, q.start, q.end, found.speaker, None, found.kind)


def _fr_heading_at(text: str, q: Quote) -> bool:
    """Whether the marks around ``q`` stand as a heading: a line start (or a sentence end) before
    the opening mark, a line end (or the capital of a sentence glued to it) after the closing one."""
    before = text[max(0, q.start - 12):q.start].rstrip(" \u00a0\u202f«“\"").rstrip(" \u00a0\u202f")
    after = text[q.end:q.end + 12].lstrip(" \u00a0\u202f»”\"").lstrip(" \u00a0\u202f\t")
    return (not before or before[-1] in "\n.!?»”") and (not after or after[0] == "\n" or after[0].isupper())


_en_acronym_glue = lazy_words("prcli.quotations", "acronym_glue_en.txt")

#: A run of capitalised words, with lower-case glue between them ("Bank of England").
@cache
def _cap_run_re() -> re.Pattern[str]:
    return re.compile(r"[A-Z][a-z]+(?:[ \u00a0]+(?:[a-z]{2,3}[ \u00a0]+)?[A-Z][a-z]+){1,6}")

@cache
def _acronym_re() -> re.Pattern[str]:
    return re.compile(r"[A-Z]{2,6}")


def _en_acronym_speakers(text: str, out: list[Quote]) -> None:
    """"General Motors … GM said": an organisation speaking by its acronym is given the full name
    the article spells out: the first run of capitalised words (as long as the run goes, an
    opening "The" left out) whose initials it is; a longer form met later with the same initials
    is not preferred (the article's runs are read once, and only when an acronym speaks)."""
    spelled: dict[str, str] | None = None
    for n, q in enumerate(out):
        name = q.speaker
        if name is None or not _acronym_re().fullmatch(name):
            continue
        if spelled is None:
            spelled = {}
            for m in _cap_run_re().finditer(text):
                run = m.group(0)
                words = run.split()
                if words[0].lower() in _en_acronym_glue():
                    words = words[1:]  # "The Guild of Coastal Pilots": the article opens the run
                    run = run[run.index(words[0], len(m.group(0).split()[0])):]
                if len(words) >= 2 and not any(w.islower() and w not in _en_acronym_glue() for w in words):
                    spelled.setdefault("".join(w[0] for w in words if not w.islower()), run)
        full = spelled.get(name)
        if full is not None:
            out[n] = _with_speaker(q, full)


#: Arabic nouns of bodies and documents (folded, without ال): they speak for themselves.
_ar_body_words = lazy_words("prcli.quotations", "body_words_ar.txt")


def _name_descriptions(text: str, out: list[Quote], described: list[tuple[int, Person]], reg: Register,
                       lex: Lexicon) -> None:
    """«a raconté l'académicien» … later «le philosophe et académicien Paul X»: a definite
    description whose person noun is a role of someone the article names later is that person."""
    for n, p in described:
        words = p.name.lower().replace("’", "'").split()
        # «sénateur PS» (from «l'ancien sénateur PS»): a French role and its party
        party = lex.lang == "fr" and len(words) == 2 and words[0] in lex.people \
            and p.name.split()[-1].isupper() and 2 <= len(words[1]) <= 5
        if not words or not (words[0] in le_la_the() or words[0].startswith("l'") or party):
            continue
        heads = {reg.stem(w.removeprefix("l'")) for w in words[:3] if w.removeprefix("l'") in lex.people}
        if not heads:
            continue
        unlike = reg.other_offices(words, heads)  # («le ministre» is not «le premier ministre X»)
        named = [q for q in reg.people
                 if q.named and q.first > p.first and heads & q.roles and len(q.keys) >= 2
                 and not q.roles & unlike and _same_institution(text, p.name, q)
                 and reg.named_offices(words) <= q.roles]
        if len(named) == 1:
            out[n] = _with_speaker(out[n], named[0].name)


def _same_institution(text: str, description: str, p: Person) -> bool:
    """«Le directeur de l'Union des pêcheurs» is not «l'ancien directeur Michel X»
    named later: a description naming an institution (capitalised words after its head) is that
    person only when the institution is written in the sentence of the person's first mention."""
    caps = [w.strip(",.;:()«»\"") for w in description.split()[1:] if w[:1].isupper()]
    caps = [w for w in caps if len(w) > 2]
    if not caps:
        return True
    start = max(text.rfind(". ", max(0, p.first - 300), p.first), p.first - 300, 0)
    end = text.find(". ", p.first, p.first + 300)
    near = text[start:end if end >= 0 else p.first + 300]  # the sentence of the first mention
    return any(w in near for w in caps)


@cache
def _fr_topic_words() -> frozenset[str]:
    """What may stand right before a lone given name that brings someone in: a comma, or
    «pour»/«chez» («Même constat pour Quiberel, …», «Même son de cloche chez Léa, 47 ans, …»)."""
    return frozenset({",", *_fr_topic_prepositions()})


def _fr_time_word(norm: str) -> bool:
    """«Lundi, un adjoint du maire …», «Hier, une élue …»: a day, a month or a time word
    opening a sentence is a time adverbial, never someone's name (nor a speaker a later
    «a-t-il ajouté» may mean)."""
    return norm in calendar_words() or norm in _fr_time_nouns() \
        or norm in language_words("sentence_adverbials", "fr")


def _fr_lone_given_name(text: str, toks: list[Tok], at: int, lex: Lexicon) -> int | None:
    """The token of a lone given name set off by commas and followed by a trade or an age in the
    sentence starting at ``at`` («…, Rachid, boulanger dans un village, …», «Léna, 36 ans, …»,
    «Ainsi Annie, une militante, était-elle venue …»: past an opening adverb)."""
    n = len(toks)
    m = at
    topic_words = _fr_topic_words()  # (asked of every word of every sentence: looked up once)
    while m + 3 < n and toks[m].kind != "b" and m - at < 40:
        t = toks[m]
        opening = m == at or (m == at + 1 and toks[at].norm in language_words("sentence_adverbials", "fr"))
        if t.kind == "w" and (opening or toks[m - 1].norm in topic_words) and toks[m + 1].norm == "," \
                and text[t.start].isupper() and t.norm.replace("-", "").isalpha() \
                and t.norm not in stopwords("fr") and not _fr_time_word(t.norm) \
                and not (m > at and text[toks[m - 2].start].isupper() and toks[m - 2].kind == "w"
                         and given_name_gender(t.norm) == "?"):
            after = toks[m + 2]
            described = after.norm in fr_indefinite() and toks[m + 3].norm in lex.people
            given = given_name_gender(t.norm) != "?"
            # («Même constat pour Quiberel, un boulanger …»: a name unknown to us, but the
            # indefinite person noun right after it says it is someone's)
            if described or (given and (after.norm in lex.people
                                        or (after.norm.isdigit() and toks[m + 3].norm == "ans"))):
                return m
        if t.kind == "w" and toks[m - 1].norm in topic_words and m > at \
                and given_name_gender(t.norm) != "?" and text[t.start].isupper() \
                and toks[m + 1].norm.isdigit() and toks[m + 2].norm == "ans":
            return m  # «Première sortie pour Odile 61 ans, venue de …»: the age without its comma
        m += 1
    return None


def _fr_inner_speaker(text: str, sp: MarkedSpan, lex: Lexicon, reg: Register,
                      last: list[tuple[int, Person]]) -> Person | None:
    """The speaker named by a reporting incise inside the marks («…, explique le sociologue
    Marc X. …»), resolved against the article's people like any subject phrase."""
    start, end = _WHOLE.get(sp.start, (sp.start, sp.end))
    found = french.inner_incise_subject(text, start, end, lex.cues)
    if found is None:
        return None
    a, b = found
    sub = [t._replace(start=t.start + a, end=t.end + a) for t in tokenize(text[a:b], [], "fr")]
    words = [k for k, t in enumerate(sub) if t.kind == "w"]
    if not words:
        return None
    return resolve_np(text, sub, (words[0], words[-1] + 1), lex, reg, last)


def _with_speaker(q: Quote, speaker: str | None) -> Quote:
    return Quote(q.text, q.start, q.end, speaker, q.cue, q.kind)


def _cataphora(text: str, quotes: list[Quote], lang: str = "") -> list[Quote]:
    """«« Regardez, a-t-elle dit. Ils ont voté », a ajouté la maire, Anne X.»: a pronoun incise
    with no one before it refers to the speaker named right after, in the same paragraph."""
    out = list(quotes)
    for n in range(len(out) - 2, -1, -1):
        q, nxt = out[n], out[n + 1]
        if q.is_speech and q.speaker is None and q.cue is not None and nxt.is_speech \
                and nxt.speaker is not None and nxt.start - q.end < 300 \
                and "\n" not in text[q.end:nxt.start] \
                and not (lang == "ar" and _sentence_ends_between(text, q, nxt)):
            out[n] = _with_speaker(q, nxt.speaker)
        elif lang == "fr" and q.is_speech and q.cue is None and _incise_after(text, nxt) \
                and nxt.speaker is not None and _same_sentence(text, q.end, nxt.start) \
                and not _closes_sentence(q):
            # «« On peut débattre », mais fermer les écoles n'est « pas sérieux », a redit X»:
            # the incise after the second quotation of the sentence reports the first one too
            out[n] = _with_speaker(q, nxt.speaker)
    return out


def _sentence_ends_between(text: str, q: Quote, nxt: Quote) -> bool:
    """«وقال “سنواصل الحوار”. وساد “هدوء حذر” المدينة، بحسب المرصد»: a sentence ends between the
    two quotations and the next one's source comes after it (its «بحسب …»), or it has none. An
    Arabic reporting verb with no subject points back to someone already named, never ahead to
    the source closing the next sentence (a next sentence opening with its own verb and subject,
    «وتابعت الدراسة “…”», may still go on with the same speaker)."""
    between = text[q.end:nxt.start]
    return (_closes_sentence(q) or any(c in ".!?؟" for c in between)) \
        and (nxt.cue is None or nxt.cue not in between)


def _incise_after(text: str, q: Quote) -> bool:
    """The quotation's reporting verb follows it right after the closing mark and a comma."""
    if q.cue is None or not q.is_speech:
        return False
    at = text.find(q.cue, q.end, q.end + 40)
    return at > 0 and "," in text[q.end:at] and not text[q.end:at].strip(" ,»”\"\u00a0\u202f")


def _closes_sentence(q: Quote) -> bool:
    """«« Les relations sont anciennes. » « La France a du mal … », relève X»: words in marks that
    end with their own full stop close a sentence; the incise after the next quotation reports
    that one only (the first one is the person the reader was following)."""
    return q.text.rstrip()[-1:] in ".!?…"


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Characters ``a`` to ``b`` (between two quotations) hold no sentence end or paragraph."""
    between = text[a:b]
    return b - a < 160 and "\n" not in between and not any(c in ".!?" for c in between)


#: Verbs of announcing (folded): their subject, a body too, speaks («واعلن البيت الأبيض أن …»).
_ar_announcing = lazy_words("prcli.quotations", "announcing_verbs_ar.txt")
_ar_stance = lazy_words("prcli.quotations", "stance_verbs_ar.txt")


def _listed_behind_and(w: str, words: frozenset[str]) -> bool:
    """``w`` is in ``words`` as written or behind a conjunction و/ف."""
    return w in words or (w[:1] in "وف" and w[1:] in words)


def _ar_announces(w: str) -> bool:
    """«وأعلنت», «فقال», «أكد»: a verb of announcing or stating, behind و/ف."""
    return _listed_behind_and(w, _ar_announcing())


def _ar_body_announces(att: Attributor, c: Clause, verb: str) -> bool:
    """«وأعلنت الشركة أن …»: a verb of announcing with its own subject phrase that speaks (a
    body, a document, a source, a seat of power): that subject has spoken, marks or not. So has
    one right after a verb of stating a position («وطالبت النقابة بـ…»; ``stance_verbs_ar.txt``)."""
    if c.via != "cue" or c.np is None:
        return False
    # («دعت الجمعية إلى …»: a verb of stating a position, with its subject after it)
    stance = c.np[0] > c.cue_start and _listed_behind_and(verb, _ar_stance())
    return (_ar_announces(verb) or stance) and att.speaking_phrase(c.np)


def _ar_inside_report(att: Attributor, c: Clause, i: int) -> bool:
    """«وقال بيان الرئاسة إن رئيس الوزراء دعا إلى اجتماع …. وأوضح أن …»: a reporting verb at
    ``i`` inside what an earlier reporting verb of its sentence reports («أن/إن» right before its
    subject or before the verb itself, the verb not joined by و) tells what that speaker reported;
    its subject is no new speaker whom a later verb with no subject goes on with."""
    toks = att.toks
    if c.np is None or toks[i].norm[:1] in "وف":
        return False
    a = c.np[0] if c.np[1] <= i else i
    if a < 2 or toks[a - 1].norm not in ar_bare_that():
        return False
    s = att._recent_start(a - 1, 40)
    return any(toks[m].kind == "w" and att.cue_at(m) is not None for m in range(s, a - 1))


def _ar_relay_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """«ونقلت وكالة الأنباء شينخوا عن الناطق …»: the body that relays someone's words; a later
    «وأضافت» (feminine, no subject) goes on with it."""
    j = i + 1
    while j < len(toks) and j - i <= 7 and toks[j].kind == "w" and toks[j].norm != "عن":
        j += 1
    if j < len(toks) and toks[j].norm == "عن" and j > i + 1:
        return (i + 1, j)
    return None


def _personlike(p: Person, lex: Lexicon) -> bool:
    """Whether a speaker phrase names someone (not "announced the launch of …" read as a subject)."""
    if p.named or lex.lang != "ar":
        return True
    first = p.name.split()[0] if p.name.split() else ""
    w = normalize(first)
    return w in lex.people or w in lex.roles or w.removeprefix("ال") in lex.roles


def ar_slipped_speaker(text: str, p: Person, lex: Lexicon) -> bool:
    """A speaker phrase that names no one: the verb's object or an adverbial read as its subject
    («ونفى ارتكاب أي مخالفات», «اختلاف أنواعها يقول»). It holds a quantifier or an elative, a
    noun with a possessive pronoun after its first word or a verb; and it is written only once
    in the article (a name comes back)."""
    if p.human:
        return False
    memo = _document_memo(_SLIPPED, text)
    key = (p.name, p.first, lex.lang)  # (all the answer reads: the same speaker comes back often)
    known = memo.get(key)
    if known is None:
        words = [normalize(w) for w in unmarked_words(p.name)  # (not the body's own name in marks,
                 if not ar_spelled_name(w)]  # nor a name word only its spelling shows, «آن»)
        # the count of the name in the whole text is taken last, only for a phrase that would be
        # rejected: counting first for every quotation made a long document quadratic
        known = memo[key] = bool(words) and _ar_names_no_one(words, lex) and not _written_twice(text, p)
    return known


_K = TypeVar("_K", bound=Hashable)


def _document_memo(slot: list[tuple[str, dict[_K, bool]]], text: str) -> dict[_K, bool]:
    """The memo ``slot`` keeps for the document ``text`` (one document at a time: a new text
    starts it empty, and ``extract_quotes`` empties it after each article)."""
    if not slot or slot[0][0] is not text:
        slot[:] = [(text, {})]
    return slot[0][1]


#: ``ar_slipped_speaker`` answers for the document being read (text, memo), like ``_TWICE``.
_SLIPPED: list[tuple[str, dict[tuple[str, int, str], bool]]] = []


_TWICE: list[tuple[str, dict[tuple[str, int], bool]]] = []
#: How far from a phrase's first mention "written twice" looks: far more than an article (the
#: longest in the corpus is 34,000 characters), so a whole newspaper pasted in stays linear.
_TWICE_REACH = 60_000


def _written_twice(text: str, p: Person) -> bool:
    """Whether ``p.name`` occurs at least twice in its article (``text.count(name) >= 2`` within
    ``_TWICE_REACH`` characters of its first mention), found once per name and document: a long
    document asks it of thousands of phrases."""
    memo = _document_memo(_TWICE, text)
    lo = max(0, p.first - _TWICE_REACH)
    key = (p.name, lo)
    known = memo.get(key)
    if known is None:
        hi = p.first + _TWICE_REACH
        first = text.find(p.name, lo, hi)
        known = memo[key] = first >= 0 and text.find(p.name, first + len(p.name), hi) >= 0
    return known


def _ar_names_no_one(words: list[str], lex: Lexicon) -> bool:
    """The word test of ``ar_slipped_speaker`` on the folded words of the phrase."""
    odd = ar_not_speaker_words()
    first = words[0].removeprefix("و")
    if first in _ar_phrase_prepositions() or first.startswith(("بال", "لل")) \
            or ar_kal_noun(first, lex):
        return True  # «ضد دبلوماسية …», «بالعاصمة …»: a preposition opens an adverbial, no subject
    if ar_object_noun(first) and first.removeprefix("ال") not in ar_document_nouns():
        # («وبحسب القرار فإن …»: a writing issued by someone speaks for them; «الحاجة» is both a title
        # and «the need»: in the corpus only the second opens a speaker phrase)
        return True  # «وأوضح الفارق بين …», «ولا يرى مشكلة»: the verb's object, no subject
    head = first.removeprefix("ال")
    described = first in lex.people or head in lex.roles or head in _ar_body_words() \
        or head in ar_vague() or first in ar_documents() or head in ar_documents()
    if described:  # («المذكرة التي أصدرها …»: a defined document described by who issued it)
        return any(w.removeprefix("و") in odd for w in words)  # («مصدر في الوزارة» is a description)
    for at, w in enumerate(words):
        bare = w.removeprefix("و")
        stop = bare in lex.stops and bare != "علي"  # (folded, the given name علي is the preposition)
        if stop and at == 0 and len(words) >= 2 and ar_time_name_pair(bare, words[1], lex):
            stop = False  # «صباح فلان»: a given name that is a word of time elsewhere
        if bare in odd or (at > 0 and bare in lex.cues) or stop:
            return True
        if at > 0 and len(bare) >= 6 and bare.endswith(("ها", "هم", "هما")) and not bare.startswith("ال"):
            return True
    return False


def _ar_conjuncts(toks: list[Tok], np: tuple[int, int], lex: Lexicon) -> list[tuple[int, int]]:
    """«الوزيرة سارة الخالدي والمدير سامي العتيبي»: a subject of two people joined by و before
    a title or role word, split into one phrase each (one phrase when there is no such join)."""
    a, b = np
    cuts = [m for m in range(a + 1, b) if toks[m].kind == "w" and toks[m].norm[:1] == "و"
            and ar_person_head(toks[m].norm[1:], lex) and m - 1 > a]
    if not cuts or not ar_person_head(toks[a].norm, lex):
        return [np]
    bounds = [a, *cuts, b]
    return [(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1)]


def _push_conjuncts(text: str, toks: list[Tok], parts: list[tuple[int, int]], lex: Lexicon, reg: Register,
                    last: list[tuple[int, Person]], pos: int, number: str = "?") -> bool:
    """Each of several people named as one subject, with the gender its title shows; the first
    is pushed last, as the verb agrees with it and a later «وقالت» / «وأضاف» goes on with it.

    False, with no one pushed, when a singular verb's subject writes a name only in its last
    part: «نائب رئيس الاتحاد وعضو اللجنة فلان الفلاني» is one person holding two roles (a part
    resolved to someone named elsewhere, «رئيس الاتحاد» read as its holder, names no one here)."""
    people: list[tuple[Person, tuple[int, int]]] = []
    for n, (a, b) in enumerate(reversed(parts)):
        first = toks[a].norm.removeprefix("و") if n < len(parts) - 1 else toks[a].norm
        p = resolve_np(text, toks, (a + 1, b) if toks[a].norm[:1] == "و" and n < len(parts) - 1
                       and first in lex.honorifics else (a, b), lex, reg, last)
        if p.gender == "?" and first.startswith("ال") and first not in ar_ungendered_titles():
            p.gender = "f" if first.endswith("ه") else "m"
        people.append((p, (a, b)))
    if number != "p" and not any(p.named and p.name in text[toks[a].start:toks[b - 1].end]
                                 for p, (a, b) in people[1:]):
        return False
    for p, _ in people:
        if p.named:
            _push(last, pos, p, p.gender)
    return True



def _ar_possessed_thing(name: str, lex: Lexicon) -> bool:
    """«هويتها», «دورها», «أعمالهم»: one word (five letters or more, no ال) written with a
    possessive pronoun of the third person (ـها, ـهم, ـهما, ـهن) names a thing someone owns, no one
    who speaks; not a kinship noun («زوجته», «والدتها») nor a person noun or role under the
    pronoun («مديرها», «محاميهم»: their owner's director, a person)."""
    if " " in name.strip() or not name.endswith(("ها", "هم", "هما", "هن")):
        return False
    w = normalize(name.strip())
    if len(w) < 5 or w.startswith("ال") or ar_kin_word(w):
        return False
    stem = w[:-3] if w.endswith("هما") else w[:-2]
    stems = (stem, stem[1:]) if stem[:1] in "وف" and len(stem) > 3 else (stem,)  # («وزيرها», «وشريكها»)
    forms = [f for st in stems for f in (st, st[:-1] + "ه" if st.endswith("ت") else st)]
    return not any(f in lex.people or f in lex.roles or "ال" + f in lex.people for f in forms)


def _ar_cut_clause(name: str) -> bool:
    """A speaker phrase that is a piece of a clause, not a noun phrase: opened or closed by a
    particle (``_ar_particle_edge``) or opened by a finite verb (``_ar_verb_opened``)."""
    return _ar_particle_edge(name) or _ar_verb_opened(name) or _ar_pronoun_preposition_end(name)


def _ar_pronoun_preposition_end(name: str) -> bool:
    """«كتاب صدر عنه», «بحث قامت به», «وتسجيل شهادته إليها»: a phrase closed by a preposition
    with an attached pronoun ends a clause, not a name (a description with ال may end so, «المنادون
    بها», and is left alone)."""
    words = [fold(w) for w in name.split()]
    if len(words) < 2 or words[0].startswith("ال"):
        return False
    return ar_preposition_pronoun(words[-1])


def _ar_titled_name_before_preposition(p: Person, lex: Lexicon) -> Person | None:
    """«وتحدث الدكتور تامر نبيل عنه قائلا»: a person brought in by a title («الدكتور») whose name
    ran on into the preposition after it is that name («تامر نبيل»); the word is dropped."""
    words = p.name.split()
    if len(words) < 3 or len(p.keys) != len(words) or not any(
            r in lex.people or r in lex.roles or "ال" + r in lex.honorifics for r in p.roles):
        return None
    p.name, p.keys = " ".join(words[:-1]), p.keys[:-1]
    return p


def _ar_verb_opened(name: str) -> bool:
    """«وتذكرت», «ويعرض ويسرد», «تأملوا في …», «ويسوقون حديثه»: a phrase opening on
    a conjugated verb (a conjunction glued to a verb prefix with a person ending, a first-person
    or plural ending) names no one; the verb's own subject is whom the reader follows. Only
    endings a name never has after such a prefix (not «نيلسون», «يانا», «ويليام», «فينسنت»)."""
    words = [fold(w) for w in name.split()]
    if not words:
        return False
    w = words[0]
    if _ar_opening_verb_word(w):
        return True  # «جاءت تفاعلا», «وأراد …»: a listed finite verb no name begins with
    glued = w[:1] == "و" and len(w) >= 5 and w[1] in "يتن"  # (not ف: «فينسنت», «فيصل»)
    bare = w[1:] if glued else w
    if bare[:1] not in "يتن" or len(bare) < 4:
        return False
    if glued and (bare.endswith(("وا", "نا", "ت"))
                  or (bare.endswith("ون") and len(bare) >= 6 and bare[0] != "ن")
                  or (len(words) >= 2 and words[1][:2] in ("وي", "وت") and len(words[1]) >= 5)):
        return True  # «وتذكرت», «ويسوقون» (not «ونستون», «ونيلسون»: no verb is ن-…-ون), «ويعرض ويسرد»
    return len(bare) >= 5 and bare.endswith("وا")  # «تأملوا في …» (not -نا: «نبينا», our prophet)


def _ar_opening_verb_word(w: str) -> bool:
    """A listed finite verb («جاءت», «أصبح», «وأراد») or a present reporting verb («سيستدرك»,
    «تضيف»), with or without و/ف glued on (``ar_cue_verb_word``)."""
    return ar_cue_verb_word(normalize(w))


def _ar_particle_edge(name: str) -> bool:
    """A speaker phrase opened or closed by a particle, a subordinator or a relative («إذا صارت
    الكتابة», «ولا», «أحمد عسيري حين», «اتحاد العاصمة الذي»): the clause reader cut a clause in
    the wrong place; a person's name never starts or ends with such a word."""
    words = name.split()
    if not words:
        return False
    return ar_edge_particle(words[0]) or ar_edge_particle(words[-1], closing=True)


def _ar_named_after_particles(p: Person, reg: Register) -> Person | None:
    """The registered person after the particles, auxiliaries and listed finite verbs that open
    a cut clause («فإذا كان ديكارت» → ديكارت, «وأراد سليم» → سليم), if the register knows one."""
    words = p.name.split()
    aux = ar_auxiliaries()
    k = 0
    while k < len(words) - 1 and (ar_edge_particle(words[k]) or normalize(words[k]) in aux
                                  or _ar_opening_verb_word(words[k])):
        k += 1
    found = reg.by_name(tuple(normalize(w) for w in words[k:])) if k else None
    return found if found is not None and found is not p and found.named else None


def _ar_lone_word(text: str, p: Person) -> bool:
    """A "name" of one word that the article writes only once («أعتقد», «هامة», «لون»): a verb
    or an adjective read as a subject; a person the reader follows is named again or in full
    (an indefinite noun with its ending written, «محامٍ», is a description: it stays; so is a name
    given a role or a person noun after it: «وأكد عبدالحافظ الموظف في المحكمة …»)."""
    return p.named and len(p.keys) == 1 and " " not in p.name and not p.roles \
        and _TANWIN.search(p.name) is None and not _written_twice(text, p)


_TANWIN = re.compile("[\u064b\u064c\u064d]")


def _ar_object_taken_for_name(text: str, toks: list[Tok], c: Clause, p: Person, lex: Lexicon) -> bool:
    """«أن الإقليم حقق نموا مطردا في …، لكنه …», «عندما ترى علامات الدهشة على وجهي، تشرح …»: a
    "name" of several words after a verb that reports nothing in its clause (no «أن/إن», colon or
    quotation before the clause ends at a comma or the sentence's end; a parenthetical set off
    by commas right after the subject is passed: «وقال فلان، في تصريح، إن …»), that the article
    writes only once, with no role, person noun or adjective of relation in it («دبلوماسي
    أميركي» describes someone), and shaped as no name (a first word in the plural ات, or every
    word an indefinite accusative in ا), is the verb's object read as its subject: no one a later
    dropped subject goes on with. A person the reader follows is named again or quoted there."""
    if not p.named or p.human or p.roles or " " not in p.name or _written_twice(text, p):
        return False
    words = [normalize(w) for w in p.name.split()]
    if any(ar_person_head(w, lex) or w.endswith("ي") for w in words):
        return False
    plural = len(words[0]) >= 5 and words[0].endswith("ات")  # «نظرات», «تصريحات»: no given name
    accusative = all(len(w) >= 4 and w.endswith("ا") and not w.startswith("ال") for w in words)
    if not (plural or accusative):
        return False  # («وانتقد فلان الفلاني سياسة …»: a name, shaped as one, goes on)
    that = _ar_that()
    start = max(c.cue_end, c.np[1]) if c.np is not None else c.cue_end
    stop = min(len(toks), start + _AR_SPEECH_REACH)
    aside = False  # a parenthetical opened by a comma right after the subject
    for m in range(start, stop):
        t = toks[m]
        if t.kind == "q" or t.norm == ":" or (t.kind == "w" and t.norm in that):
            return False
        if t.kind == "b" or t.norm in (".", "!", "?", "؟"):
            break
        if t.norm in (",", "،"):
            nxt = toks[m + 1] if m + 1 < len(toks) else None
            if nxt is not None and (nxt.kind == "q" or nxt.norm == ":" or nxt.norm in that):
                return False
            if m == start:
                aside = True
            elif aside:
                aside = False
            else:
                break
    return True


#: How many tokens past a verb's subject its reported words may start (``_ar_object_taken_for_name``).
_AR_SPEECH_REACH = 30


def _named_prefix(p: Person, reg: Register) -> Person | None:
    """The person named at the start of a slipped phrase («خالد مرغلاني عدم صحة …» → the
    registered «خالد مرغلاني»), if the register knows one."""
    keys = tuple(normalize(w) for w in p.name.split())
    for n in range(len(keys) - 1, 0, -1):
        found = reg.by_name(keys[:n])
        if found is not None and found is not p and found.named:
            return found
    return None


def _sentence_subject(text: str, toks: list[Tok], i: int, lex: Lexicon,
                      reg: Register | None = None) -> tuple[int, int] | None:
    """A sentence opening with a full name ("Jane Roe, 46, is a nurse."): a mention that
    pronouns in the next sentences can refer to (English and French only)."""
    if i >= len(toks):
        return None
    if lex.lang == "ar":
        return _ar_sentence_subject(toks, i, lex, text)
    w = toks[i].norm
    if lex.lang == "fr" and w.endswith("ant") and len(w) > 5 and w not in lex.people:
        return None  # «Accusant Emmanuel Macron de …, le député a …»: the name is the participle's object
    fronted = language_words("fronted_prepositions", lex.lang)
    if toks[i].norm in fronted:
        # «À 12 kilomètres de Vannes, Firmin Lagadec, 34 ans, est …»: past a fronted adverbial
        m = i + 1
        while m < len(toks) and m - i < 10 and toks[m].kind == "w":
            m += 1
        if m < len(toks) - 1 and toks[m].norm == "," and toks[m + 1].norm not in fronted:
            return _sentence_subject(text, toks, m + 1, lex, reg)
        return None
    j = i
    while j < len(toks) and j - i < 4 and toks[j].kind == "w" \
            and _name_shaped(text[toks[j].start:toks[j].end]) \
            and (j == i or toks[j].norm not in stopwords(lex.lang)):
        j += 1
    if j - i == 1 and reg is not None and j < len(toks) and (toks[j].norm == "," or (
            toks[j].kind == "w" and not text[toks[j].start].isupper()
            and toks[j].norm not in lex.people and toks[j].norm.rstrip("s") not in lex.people)):
        # (not "Energy minister David Okafor": a capitalised word before a role noun is the role's)
        known = reg.by_name((toks[i].norm,))
        if known is not None and len(known.keys) >= 2 and known.keys[-1] == toks[i].norm:
            return (i, j)  # "Whitcombe, who is up for a Bafta, arrived …": a surname met before
        if toks[j].norm == "," and j + 1 < len(toks) and toks[j + 1].norm in person_relatives() \
                and toks[i].norm not in stopwords(lex.lang):
            return (i, j)  # "Marchetti, who lost out …": a person, named by the surname
        if lex.lang == "fr" and _fr_given_name_verb(text, toks, i):
            return (i, j)  # «Léa se présente comme …»: a known given name opening the clause
    if j - i < 2:
        found = _role_then_name(text, toks, i, lex)
        if found is None and lex.lang == "en" and reg is not None:
            found = _en_role_then_surname(text, toks, i, lex, reg)
        if found is None and lex.lang == "fr" and reg is not None:
            found = _fr_subject_after_fronted(text, toks, i, lex, reg)
        return found
    if j >= len(toks):
        return None
    nxt = toks[j]
    if lex.lang == "fr" and nxt.norm == "(":
        c = next((m for m in range(j + 1, min(len(toks), j + 6)) if toks[m].norm == ")"), None)
        if c is not None and c + 1 < len(toks) and toks[c + 1].kind == "w" \
                and not text[toks[c + 1].start].isupper() and toks[i].norm not in stopwords(lex.lang):
            return (i, j)  # «Sylvie Marrec (FSU) y a vu …»: a party or union in brackets, then the verb
    for r in range(j, min(len(toks), j + 3)):
        w = toks[r].norm
        if toks[r].kind != "w" or text[toks[r].start].isupper():
            break
        if w in lex.people or w.rstrip("s") in lex.people:
            # "Double European champion Tessa Marlow was …": the capitalised words were a role's
            e = r + 1
            while e < len(toks) and e - r <= 4 and toks[e].kind == "w" \
                    and _name_shaped(text[toks[e].start:toks[e].end]):
                e += 1
            if e - (r + 1) >= 2 and e < len(toks) and toks[e].kind == "w" \
                    and not text[toks[e].start].isupper():
                return (r + 1, e)
            return None
    if nxt.norm in (",",) or (nxt.kind == "w" and not text[nxt.start].isupper()):
        if toks[i].norm in lex.honorifics or toks[i].norm.rstrip(".") in lex.honorifics:
            return (i, j)
        if toks[i].norm in stopwords(lex.lang):
            return None
        return (i, j)
    return None


def _fr_given_name_verb(text: str, toks: list[Tok], i: int) -> bool:
    """«Léa se présente comme …», «Jean-Jacques vit seul», «Christophe, gilet jaune sur sa
    veste, affirme …»: a known French given name alone (an apposition between commas may follow),
    then a lowercase word that may open a verb group: the person, brought in by the given name,
    is the clause's subject."""
    if i + 1 >= len(toks) or given_name_gender(toks[i].norm) == "?" or toks[i + 1].kind not in ("w", "p"):
        return False
    nxt = i + 1
    if toks[nxt].norm == ",":
        # «Mathieu, écharpe rouge autour du cou, raconte …»: past an apposition set off by commas
        m = nxt + 1
        while m < len(toks) and m - nxt <= _FRONTED_WORDS and toks[m].kind == "w":
            m += 1
        if m == nxt + 1 or m + 1 >= len(toks) or toks[m].norm != "," or toks[m + 1].kind != "w":
            return False
        nxt = m + 1
    return not text[toks[nxt].start].isupper() \
        and (french.verb_like(toks[nxt]) or toks[nxt].norm in _fr_auxiliaries())
    # («Pascale est venue …», «Luc a vu …»: an auxiliary opens the verb group too)


#: How many words a fronted phrase before a French subject may hold («Au bout de la rue, …»).
_FRONTED_WORDS = 10


def _fr_subject_after_fronted(text: str, toks: list[Tok], i: int, lex: Lexicon,
                              reg: Register) -> tuple[int, int] | None:
    """«Au bout de la rue, Jean X attend son tour …», «Assis sur un banc, Paul X se fait …»:
    a short fronted phrase of plain words (no preposition needed: a participle, an adverb, a
    noun phrase) closed by a comma, then a full name that opens the clause. French readers take
    that person as the subject a later «dit-il» goes back to. Only a full name (two name words or
    more) counts: a lone capitalised word after the comma may be a place or a second fronted
    phrase."""
    m = i
    while m < len(toks) and m - i < _FRONTED_WORDS and toks[m].kind == "w":
        m += 1
    if m == i or m + 2 >= len(toks) or toks[m].norm != "," or toks[m + 1].kind != "w":
        return None
    s = m + 1
    if toks[s].norm in _determiners():
        # «Ancien policier, le conseiller national Paul X (PS) a regardé …»: a role, then the name
        return _role_then_name(text, toks, s, lex)
    if not _name_shaped(text[toks[s].start:toks[s].end]) or toks[s].norm in stopwords(lex.lang):
        return None
    found = _sentence_subject(text, toks, s, lex, None)
    if found is not None and found[0] == s and found[1] - s >= 2:
        return found
    return _fr_known_mention(text, toks, s, lex, reg)


def _fr_known_mention(text: str, toks: list[Tok], s: int, lex: Lexicon,
                      reg: Register) -> tuple[int, int] | None:
    """«Depuis son village, Odile répète …», «…, Mme Ferrand se dit …»: after a fronted
    phrase, a shorter mention (the given name, or an honorific and the surname) of someone the
    article named in full, then a verb: that person is the clause's subject."""
    a = s + 1 if toks[s].norm.rstrip(".") in lex.honorifics else s
    e = a
    while e < len(toks) and e - a < 2 and toks[e].kind == "w" \
            and _name_shaped(text[toks[e].start:toks[e].end]) and toks[e].norm not in stopwords(lex.lang):
        e += 1
    if e == a or e >= len(toks) or toks[e].kind != "w" or text[toks[e].start].isupper() \
            or not french.verb_like(toks[e]):
        return None
    known = reg.by_name(tuple(t.norm for t in toks[a:e]))
    return (s, e) if known is not None and known.named and len(known.keys) > e - a else None


_en_judged = lazy_words("prcli.quotations", "judged_participles_en.txt")


_en_judged_links = lazy_words("prcli.quotations", "judged_links_en.txt")


def _en_judged_quote(text: str, toks: list[Tok], k: int, inner: str, sp: MarkedSpan, clause: Clause | None,
                     lex: Lexicon, reg: Register, last: list[tuple[int, Person]]) -> Quote | None:
    """English words in marks at ``k`` that a passive of judging or naming reports, as a partial
    quotation: 'was rejected as "absurd" by Judge X' (the agent after "by" speaks), 'Roe, who …,
    was praised for her "gentle comic timing"' (words said about the subject by someone the
    sentence does not name; never the subject's own). None for other marks."""
    by_agent = _en_passive_agent(text, toks, k) if len(inner.split()) <= 6 else None
    if by_agent is not None:
        by = resolve_np(text, toks, by_agent[0], lex, reg, last)
        return Quote(inner, sp.start, sp.end, by.name, by_agent[1], "partial")
    if clause is None and inner[:1].islower() and _en_judged_for(toks, k):
        return Quote(inner, sp.start, sp.end, None, None, "partial")
    return None


def _en_judged_for(toks: list[Tok], k: int) -> bool:
    """'was hailed for his "…"', 'has been criticised as "…"': a passive of judging or naming
    (a form of "be", a participle of ``judged_participles_en.txt``) right before the marks, only
    "for"/"as" and a possessive or article between (``judged_links_en.txt``)."""
    left = _left_words(toks, k, 5, "")
    for n, w in enumerate(left[:4]):
        if w in _en_judged():
            return n + 1 < len(left) and left[n + 1] in _en_be_forms()  # (every word before: a link)
        if w not in _en_judged_links():
            return False
    return False


def _en_passive_agent(text: str, toks: list[Tok], k: int) -> tuple[tuple[int, int], str] | None:
    """'was rejected as "absurd" by Judge Ann Roe', 'a plan branded "reckless" by the
    unions': marks right after a participle of judging or naming (``judged_participles_en.txt``,
    "as" may come between), then "by" and a name or a phrase opened by a determiner, are the
    words of that agent. Returns the agent's token range and the participle, or None."""
    j = k - 1
    if j >= 1 and toks[j].norm == "as":
        j -= 1
    if j < 0 or toks[j].kind != "w" or toks[j].norm not in _en_judged():
        return None
    if k + 2 >= len(toks) or toks[k + 1].norm != "by":
        return None
    a = k + 2
    first = toks[a]
    named = latin_cap(text, first)
    people = first.norm.endswith("s") and first.norm[:-1] in _en_people()  # "by critics"
    if first.kind != "w" or not (named or people or first.norm in _determiners()):
        return None
    e = a + 1
    while e < len(toks) and e - a < 8 and toks[e].kind == "w" and toks[e].norm not in _en_agent_stops() \
            and (not named or latin_cap(text, toks[e])):
        e += 1
    if not named and not people and e - a < 2:
        return None
    return (a, e), toks[j].norm


def _en_role_then_surname(text: str, toks: list[Tok], i: int, lex: Lexicon,
                          reg: Register) -> tuple[int, int] | None:
    """"Lead singer Marsh could not attend the gala": a role opening the sentence (its person noun
    among the first four words), then one capitalised word that the article has already written as
    the surname of a full name, then a lowercase word: that person is the sentence's subject."""
    n = len(toks)
    for r in range(i, min(n - 2, i + 4)):
        t = toks[r]
        if t.kind != "w" or (r > i and text[t.start].isupper() and t.norm not in lex.people):
            return None
        if t.norm not in lex.people:
            continue
        s, v = toks[r + 1], toks[r + 2]
        if s.kind != "w" or not _name_shaped(text[s.start:s.end]) or v.kind != "w" \
                or text[v.start].isupper():
            return None
        known = reg.by_name((s.norm,))
        if known is not None and known.named and len(known.keys) >= 2 and known.keys[-1] == s.norm:
            return (r + 1, r + 2)
        return None
    return None


def _role_then_name(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """"Energy minister David Okafor welcomed …", «Le maire de Dole Alain Perrot a fermé …»:
    a role opening the sentence, then a full name and a lowercase verb; the name is someone a
    later "he said" can mean."""
    n = len(toks)
    j = i
    if j < n and toks[j].norm in _determiners():
        j += 1
    role = False
    while j < n and j - i < 5 and toks[j].kind == "w" and (toks[j].norm in lex.people or (
            _name_shaped(text[toks[j].start:toks[j].end]) and toks[j].norm not in stopwords(lex.lang))):
        if toks[j].norm in lex.people:
            role = True
        elif role:
            break
        j += 1
    if not role:
        return None
    # the role's complement: «de la Santé», «du Gers», "at the Treasury"
    m = j
    while m < n and m - j < 6 and toks[m].kind == "w" and not (
            m + 1 < n and _name_shaped(text[toks[m].start:toks[m].end])
            and _name_shaped(text[toks[m + 1].start:toks[m + 1].end]) and toks[m + 1].kind == "w"):
        if text[toks[m].start].isupper() and toks[m].norm in stopwords(lex.lang):
            return None
        m += 1
    k = m
    while k < n and k - m < 5 and toks[k].kind == "w" \
            and (_name_shaped(text[toks[k].start:toks[k].end]) or _particle_in_name(text, toks, k, m, lex)) \
            and toks[k].norm not in lex.people:
        k += 1
    after = k
    if after + 1 < n and toks[after].norm == "," and toks[after + 1].norm == "qui" and k - m >= 2 \
            and lex.lang == "fr":
        after += 1  # «La journaliste de la chaîne X Anne de Vries, qui …, a confirmé»: the subject goes on
    if after < n and toks[after].norm == "(":
        # «Le président de la Région Luc X (PS) a salué …»: a party in brackets, then the verb
        close = next((c for c in range(after + 1, min(n, after + 6)) if toks[c].norm == ")"), None)
        after = close + 1 if close is not None else after
    if k - m < 2 or after >= n or toks[after].kind != "w" or text[toks[after].start].isupper():
        return None
    if k - m >= 3 and m > 0 and toks[m - 1].norm in name_complement_leads():
        given = next((g for g in range(m + 1, k - 1) if given_name_gender(toks[g].norm) != "?"), None)
        m = given if lex.lang == "fr" and given is not None else m + 1
        # «du Gers Hélène Vidal»: the place, then the name (from its given name when we know it:
        # «de Radio Azur Solène de Vries»)
    return (m, k)


def _particle_in_name(text: str, toks: list[Tok], k: int, m: int, lex: Lexicon) -> bool:
    """«Anne de Vries», «Jean de La Salle»: a lowercase name particle between two capitalised
    words goes on with the name (French; the particle follows a name word and precedes one)."""
    return lex.lang == "fr" and k > m and k + 1 < len(toks) and toks[k].norm in _name_particles() \
        and not text[toks[k].start].isupper() \
        and _name_shaped(text[toks[k - 1].start:toks[k - 1].end]) \
        and _name_shaped(text[toks[k + 1].start:toks[k + 1].end])


@lru_cache(maxsize=65536)
def _name_shaped(word: str) -> bool:
    """"Howe", "Nadeau-Dubois", "O'Neill"; not "AvertissementsÀ" (two words glued by a crawler).
    Remembered per word (bounded): the subject readers ask it of the same capitalised words
    sentence after sentence."""
    if not word[:1].isupper() or (word[1:2] in ("'", "’") and word[2:3].islower()):
        return False  # («L’emblématique Arc …»: an elided article before a plain word)
    for pre in ("Mc", "Mac", "Di", "De", "Da", "Du", "Le", "La", "O"):
        if word.startswith(pre) and word[len(pre):len(pre) + 1].isupper() and word[len(pre) + 1:].islower():
            return True  # "DiCaprio", "McDonald", "LeBlanc"
    return all(not c.isupper() or word[k - 1] in "-'’" for k, c in enumerate(word) if k > 0) or word.isupper()


def _ar_sentence_subject(toks: list[Tok], i: int, lex: Lexicon, text: str = "") -> tuple[int, int] | None:
    """«وأدلى رئيس الحكومة عبد الإله بن كيران بصوته»: verb, role words, then a full name
    (after an opener such as «من جانبه،» or «بدوره،»)."""
    topic = _ar_fronted_topic(toks, i, lex)
    if topic is not None:
        return topic
    if i + 2 < len(toks) and toks[i].norm.removeprefix("و") == "من" and toks[i + 1].norm in _ar_side():
        i += 2
    elif i + 1 < len(toks) and toks[i].norm.removeprefix("و") in ar_in_turn():
        i += 1
    if i < len(toks) and toks[i].norm in (",", "،"):
        i += 1
    i = _ar_past_openers(toks, i)
    fronted = _ar_titled_topic(toks, i, lex)
    if fronted is not None:
        return fronted
    j = i + 1
    if j >= len(toks) or toks[i].kind != "w" or toks[j].kind != "w":
        return None
    first = toks[j].norm
    if first in lex.honorifics:
        end = before_object(text, toks, j + 1, ar_name_end_spelled(text, toks, j + 1, lex))
        if end == j + 2 and first in _ar_common_noun_titles():
            return None  # «وإيران دولة مطامع»: a lone word after «دولة» is its adjective, no name
        return (j, end) if end > j + 1 else None
    nisba = ar_nisba(first, feminine=False)  # «وبدا المسرحي جبران الجبران»
    if not first.startswith("ال") and (j + 1 >= len(toks) or not toks[j + 1].norm.startswith(("ال", "لل"))):
        return None  # «أطلقت كاتبة يابانية حملة …»: an indefinite description names no one
    if not (first in lex.roles or first in lex.people or nisba):
        return None
    k = j + 1
    while k < len(toks) and k - j < 6 and toks[k].kind == "w" \
            and (toks[k].norm.startswith(("ال", "لل", "وال")) or toks[k].norm in _ar_role_tail()) \
            and toks[k].norm not in lex.stops:
        k += 1
    if k < len(toks) and ar_glued_place(toks, k):
        return None  # «وحث قائد الشرطة بحائل دوريات المرور …»: a place, then the object
    end = before_object(text, toks, k, ar_name_end(toks, k, lex))
    # («وطالب العضو في المجلس فلان الفلاني بفتح تحقيق …»: what was asked for ends the name)
    end = next((m for m in range(k, end) if ar_pledged_at(toks, i, m)), end)
    if end - k >= 2:
        return (j, end)
    named = _ar_name_after_title_chain(text, toks, k, lex) if first.removeprefix("ال") in lex.roles else None
    if named is not None:
        named = next((m for m in range(k, named) if ar_pledged_at(toks, i, m)), named)
    return (j, named) if named is not None and named > k else None


def _ar_fronted_topic(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """«أما مدرب الفريق، البرازيلي فلان الفلاني، فردد الكلام نفسه بقوله …»: the topic of «أما»
    is the subject of the comment opened by «ف» (after a comma, or a reporting verb with ف); of
    its parts set off by commas, the one that ends on a full name (a description otherwise), so
    that a «بقوله»/«قائلا» or a dropped subject in that comment goes on with that person."""
    if i + 1 < len(toks) and toks[i].norm in _ar_as_for() and toks[i + 1].norm[:1] == "ل":
        return _ar_as_for_topic(toks, i)
    if i >= len(toks) or toks[i].norm not in ar_amma():
        return None
    parts: list[tuple[int, int]] = []
    a = k = i + 1
    while True:
        if k >= len(toks) or k - i > 16:
            return None
        t = toks[k]
        if t.kind == "w" and t.norm[:1] == "ف" and k > i + 1 \
                and (toks[k - 1].norm in (",", "،") or t.norm[1:] in lex.cues):
            break  # the comment: «، فردد …», «فقال …»
        if t.kind == "p" and t.norm in (",", "،"):
            if k > a:
                parts.append((a, k))
            a = k + 1
        elif t.kind != "w" or t.norm in lex.stops or t.norm in lex.cues:
            return None
        k += 1
    if k > a:
        parts.append((a, k))
    for s, e in parts:
        if any(ar_name_end(toks, m, lex, 5) == e for m in range(s, e - 1)):
            return (s, e)
    return parts[0] if parts else None


def _ar_replier(toks: list[Tok], k: int) -> bool:
    """«فرد عليه», «وأجابها», «فأجابه»: a verb of replying at ``k`` with the one replied to as a
    pronoun (``replying_verbs_ar.txt``; «عليه/عليها» after it or a pronoun glued)."""
    w = toks[k].norm
    w = w[1:] if ar_glued_replying_verb(w) else w
    if w not in ar_replying_verbs():
        return False
    return w.endswith(("ه", "ها")) or (k + 1 < len(toks) and toks[k + 1].norm in ar_on_it())


def _ar_as_for_topic(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """«وبالنسبة للنائب الأوروبي فلان الفلاني، رئيس لجنة …، فإن …»: «أما» in other words, its
    topic glued to ل, up to the first comma; the comment opens on «ف» after a later comma in the
    same sentence. A dropped subject after it goes on with that person."""
    comma = next((m for m in range(i + 2, min(len(toks), i + 9)) if toks[m].kind != "w"), None)
    if comma is None or toks[comma].norm not in (",", "،"):
        return None
    for k in range(comma + 1, min(len(toks), comma + 30)):
        t = toks[k]
        if t.kind in ("b", "q") or t.norm in (".", "!", "؟", "?"):
            return None
        if t.kind == "w" and t.norm[:1] == "ف" and toks[k - 1].norm in (",", "،"):
            return (i + 1, comma)
    return None


def _ar_titled_topic(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """«المؤرخ والفنان فلان فلان الفلاني تحدث عن …»: a sentence opening (subject-verb order) on a
    definite title (a role or a person noun, «والـ…» joining a second) and a full name, then a
    verb: the person the sentence, and a dropped subject after it, is about."""
    n = len(toks)
    m = i
    while m < n and m - i < 3 and toks[m].kind == "w":
        w = toks[m].norm.removeprefix("و") if m > i else toks[m].norm
        if not (w.startswith("ال") and (w[2:] in lex.roles or w in lex.people)):
            break
        m += 1
    if m == i:
        return None
    e = ar_name_end(toks, m, lex, 5)
    if m < e < n and e - m < 4 and toks[e].kind == "w" and toks[e].norm.startswith("ال") \
            and len(toks[e].norm) > 4 and toks[e].norm not in lex.stops and toks[e].norm not in lex.people \
            and toks[e].norm[2:] not in lex.roles:
        e += 1  # «… فلان الفلاني»: a family name with ال
    if e - m < 2 or e >= n or toks[e].kind != "w":
        return None
    verb = toks[e].norm
    if verb.startswith(("ال", "لل", "و", "ف")) or verb in lex.stops or ar_glued_preposition(verb):
        return None  # (a verb follows the name: no description, no conjunction, no preposition)
    return (i, e)


def _ar_name_after_title_chain(text: str, toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """«حذرت مقررة المنظمة الدولية المعنية بالحق في السكن فلانة الفلانية من …»: a role's
    complement may run on through «بالـ/للـ» words and prepositions; the first full name (two
    words or more) after a definite word, closed by punctuation or a particle, ends the
    description. Returns the end of that name."""
    n = len(toks)
    for h in range(k + 1, min(n, k + 9)):
        prev = toks[h - 1]
        if prev.kind != "w" or prev.norm in lex.cues or prev.norm in _ar_that() \
                or not ar_chain_word(toks, h - 1):
            return None
        if not prev.norm.startswith(("ال", "بال", "لل", "وال")) or prev.norm in lex.stops \
                or toks[h].kind != "w" or toks[h].norm.startswith("ال") or ar_genitive_lam(toks, h) \
                or not ar_name_token(toks[h], None, lex) or toks[h].norm.endswith(("ته", "تها", "تهم")):
            continue  # («بصفته»: a noun with a pronoun is no name)
        e = ar_name_end(toks, h, lex, 5)
        cut = before_object(text, toks, h, e)  # («… سالم أبو زيد مُعقباً على …»: a manner ends it)
        closed = cut < e or toks[e].kind in ("p", "q", "b") or toks[e].norm in lex.stops
        if cut - h >= 2 and cut < n and closed:
            return cut
        return None
    return None


_ar_topic_times = lazy_words("prcli.quotations", "topic_time_words_ar.txt", convert=normalize)


@cache
def _ar_topic_time_words() -> frozenset[str]:
    """The words of time of topic_time_words_ar.txt and the days of weekdays_ar.txt."""
    return _ar_topic_times() | ar_weekdays()


#: How many words of time may stand between the opening verb and its subject's name.
_AR_TOPIC_TIME_REACH = 3
#: How far a fronted adverbial before the verb may run to its comma («وخلال مؤتمر صحافي …،»).
_AR_TOPIC_ADVERBIAL_REACH = 14


def _ar_verb_topic(toks: list[Tok], topics: list[tuple[int, Person, str]], last: list[tuple[int, Person]],
                   c: Clause, pos: int) -> Person | None:
    """«وأصر سليمان على موقفه. وقال: “…”», «وتمنى فلان لزميله التوفيق وقال “…”»: a reporting verb
    with no subject, opening its sentence or joined by و/ف, goes on with the latest named subject
    of a verb-first sentence (``_ar_verb_named_subject``) when no one agreeing has spoken since
    that sentence opened and both agree in gender (a plural verb is never one named person)."""
    if c.number not in ("m", "f") or not topics:
        return None
    w = toks[c.cue_start].norm
    k = c.cue_start - 1
    while k >= 0 and toks[k].kind == "w" and toks[k].norm in ar_openers():
        k -= 1
    if w[:1] not in "وف" and k >= 0 and toks[k].kind != "b":
        return None  # («الجانب العراقي شدد على …»: a subject before the verb, not found)
    at, p, gender = topics[-1]
    if at > pos or (gender in ("m", "f") and gender != c.number) or p.gender not in ("?", c.number):
        return None
    if any(a > at and q.gender in ("?", c.number) for a, q in last[-_RECENT_SPEAKERS:]):
        return None  # (someone spoke since: that speaker goes on)
    return p


def _ar_verb_named_subject(toks: list[Tok], i: int, lex: Lexicon, reg: Register, att: Attributor,
                           last: list[tuple[int, Person]]) -> tuple[int, Person, str] | None:
    """«وأصر سليمان على أن …», «وتمنى البلوي لفلان التوفيق …», «ورحب أمس فلان الفلاني بـ…»: a
    sentence opening (past «من جانبه،», «بدوره،», «ثم», «وقد», a fronted adverbial closed by a
    comma: «وخلال مؤتمر صحافي،») on a verb that reports nothing (no
    cue: its clause finds its own subject) and no passive or verb of dying (``undergoing_verbs_ar.txt``),
    then, maybe past words of time (``topic_time_words_ar.txt``), a name the register knows as a
    person's (a full name, the family name of one named in full, one known by one word alone)
    or the very words of someone who has spoken (``last``: «البلوي» quoted before):
    that person is the subject the sentence is about, whom a later reporting verb with no subject
    («وقال: “…”») goes on with, as a reader reads it. A verb ending in «وا/نا/تم» (its subject is
    a pronoun: the name is the object) or with a pronoun glued to it names no subject after it;
    the verb's gender must agree with the person's when both are known. Returns the name's first
    token, the person and the gender the verb shows («m», «f» or «?»)."""
    n = len(toks)
    if i + 1 < n and toks[i].norm.removeprefix("و") == "من" and toks[i + 1].norm in _ar_side():
        i += 2
    elif i + 1 < n and toks[i].norm.removeprefix("و") in ar_in_turn():
        i += 1
    if i < n and toks[i].norm in (",", "،"):
        i += 1
    opener = toks[i].norm.removeprefix("و") if i < n and toks[i].kind == "w" else ""
    if opener in ar_prepositions() or opener in _ar_before_noun():
        comma = next((m for m in range(i + 1, min(n, i + _AR_TOPIC_ADVERBIAL_REACH))
                      if toks[m].norm in (",", "،") or toks[m].kind == "b"), None)
        if comma is None or toks[comma].kind == "b":
            return None
        i = comma + 1  # «وخلال مؤتمر صحافي في …، رحب فلان بـ…»
    v = _ar_past_openers(toks, i)
    if v + 1 >= n or toks[v].kind != "w":
        return None
    w = toks[v].norm
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if len(bare) < 3 or bare.startswith(("ال", "لل", "بال")) or w[:1].isdigit() or w in lex.stops \
            or bare in lex.stops or bare in ar_prepositions() or bare in lex.roles or bare in lex.people \
            or bare in lex.honorifics or bare.endswith(("ه", "ها", "هم", "وا", "نا", "تم", "ين", "ون")) \
            or w in _ar_undergoing_verbs() or bare in _ar_undergoing_verbs() \
            or att.cue_at(v) is not None or reg.by_name((w,)) is not None or reg.by_name((bare,)) is not None:
        return None
    k = v + 1
    while k < n and k - v <= _AR_TOPIC_TIME_REACH and toks[k].kind == "w" \
            and toks[k].norm in _ar_topic_time_words():
        k += 1
    if k >= n or toks[k].kind != "w":
        return None
    e = max(ar_name_end(toks, k, lex, 4), k + 1)
    for m in range(e, k, -1):
        run = tuple(t.norm for t in toks[k:m])
        p = reg.by_name(run)
        if p is not None and p.keys != run and len(run) == 1:
            p = reg.named_exactly(run) or p  # («البلوي» known alone, not the phrase a slip made of it)
        if p is None or not p.named or p.first > toks[k].start:
            # (a family name with ال the register holds as a description, quoted before)
            p = next((q for _, q in reversed(last[-_RECENT_SPEAKERS:]) if q.keys == run), None)
            if p is None:
                continue
        if not (p.keys == run or (len(p.keys) >= 2 and p.keys[-len(run):] == run)
                or (len(run) >= 2 and p.keys[:len(run)] == run)):
            continue  # (a given name alone that opens a longer one is someone else's, or no one's)
        gender = "f" if bare.endswith("ت") and len(bare) >= 4 else "?" if bare.startswith("ت") else "m"
        if gender != "?" and p.gender in ("m", "f") and p.gender != gender:
            return None  # «التقت فلان»: the verb's subject is someone else; the name, its object
        return k, p, gender
    return None


def _ar_past_openers(toks: list[Tok], i: int) -> int:
    """«ثم ألقى الشاعر فلان كلمة», «وقد أكد …»: a particle before the verb does not hide the
    sentence's subject; the index of the verb after at most two such particles."""
    openers = ar_openers()
    for _ in range(2):
        if i + 1 < len(toks) and toks[i].kind == "w" and toks[i].norm in openers:
            i += 1
    return i


def _fr_described_subject(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """«La boulangère du quartier, qui …, avait …», «Un homme donne …»: a determiner and a noun
    of a person opening the sentence at token ``i`` (with its «du/de la …» complement): someone
    the sentence is about, though never named."""
    n = len(toks)
    j = i
    if j < n and toks[j].norm in language_words("determiners_attribute", "fr"):
        j += 1
    elif not (j < n and toks[j].norm.startswith("l'") and len(toks[j].norm) > 2):
        return None
    head = toks[j].norm[2:] if j == i else (toks[j].norm if j < n and toks[j].kind == "w" else "")
    other = head in _other_heads() and j + 1 < n and toks[j + 1].kind == "w" and toks[j + 1].norm.isalpha()
    if other:
        j += 1  # «L'autre gilet jaune détaille …»: the other one of two people just met
        if j + 2 < n and toks[j + 1].kind == "w" and toks[j + 2].kind == "w" \
                and toks[j + 1].norm not in lex.cues and toks[j + 2].norm in lex.cues:
            j += 1  # its adjective, before the verb
    elif head not in lex.people:
        return None
    e = j + 1
    while e + 1 < n and e - i < 7 and toks[e].kind == "w":
        w = toks[e].norm
        if w in _fr_du_des() and toks[e + 1].kind == "w":
            e += 2  # «du quartier»
        elif w == "de" and toks[e + 1].kind == "w":
            e += 3 if toks[e + 1].norm == "la" and e + 2 < n and toks[e + 2].kind == "w" else 2
        elif w.startswith("d'") and len(w) > 2:
            e += 1  # «d'école», «de l'association»
        else:
            break
    if e + 1 < n and toks[e].norm == "," and toks[e + 1].kind == "w" and text[toks[e + 1].start].isupper():
        return None  # «Le chef de file des Insoumis, Jean X, a …»: the name that follows is the subject
    return (i, min(e, n))


def _told_just_before(toks: list[Tok], i: int, opening: tuple[int, Person | tuple[int, int]] | None,
                      att: Attributor) -> Person | tuple[int, int] | None:
    """A quotation opening a sentence right after a sentence opened by a person (in the same
    paragraph, no quotation between): that person's words, as a reader takes them; not when
    that sentence reports someone speaking («Le gouvernement étudie …, a déclaré le porte-parole
    X. « … »»: the spokesman goes on)."""
    if opening is None or i < 1 or toks[i - 1].kind != "b" or toks[i - 1].norm == "\n":
        return None
    at, p = opening
    if any(t.kind == "q" or t.norm == "\n" for t in toks[at:i]):
        return None
    for m in range(at, i):
        if toks[m].kind == "w" and att.may_cue(toks[m].norm) and att.cue_at(m) is not None:
            c = att.clause(m)
            if c is None or c.np is None or c.np[0] != at:
                return None  # someone else reported in that sentence
    return p


def _ar_cue_in_sentence(att: Attributor, k: int) -> bool:
    """A reporting verb before the quotation at ``k`` in its own sentence («وقال إن الوضع
    “مقلق”»): only then are a few marked words in narration the words of someone reported
    («المواد “التحريضية”» two sentences after «وأشار» are the writer's marks)."""
    toks = att.toks
    j = k - 1
    while j >= 0 and toks[j].kind not in ("b", "qb"):
        if toks[j].kind == "w" and att.may_cue(toks[j].norm) and att.cue_at(j) is not None:
            return True
        j -= 1
    return False


def _ar_called_so(toks: list[Tok], k: int) -> bool:
    """«فلانة لم تتردد في وصف الحالة بأنها “…”»: a few marked words right after «بأنه/بأنها» with a
    verbal noun of calling something so (``describing_nouns_ar.txt``) a few words before, in the
    sentence: what someone called it, like a reporting verb's (the speaker named in the sentence
    or the paragraph before goes on)."""
    if k == 0 or not toks[k - 1].norm.startswith("بان") or toks[k - 1].norm not in _ar_that_label():
        return False
    for j in range(k - 2, max(-1, k - 9), -1):
        t = toks[j]
        if t.kind != "w":
            return False
        if t.norm in _ar_describing_nouns() or t.norm[1:] in _ar_describing_nouns():
            return True
    return False


#: Verbal nouns of calling something so («وصف», «اعتبار»): «في وصف الحالة بأنها “…”» reports.
_ar_describing_nouns = lazy_words("prcli.quotations", "describing_nouns_ar.txt")


def _ar_discourse_in_sentence(toks: list[Tok], k: int, p: Person, lex: Lexicon) -> bool:
    """A verb of discourse (``discourse_verbs_ar.txt``: «استشهد», «أثار», «تطرق») opening the
    sentence of the quotation at ``k`` within its first four words, with ``p`` (the speaker the
    reader follows) as its subject: named right after it («واستشهد السيد فلان بالمجموعات “…”»)
    or before it («فلان تحدث عن … “…”»), or dropped («وأثار كذلك، مسألة … التي “…”»: a particle
    or a preposition after the verb). Its subject talks, so a few marked words in that sentence
    are what they said, as after a reporting verb. Another subject after the verb («تحدثت
    مصادر عسكرية عن “…”») is someone else, and the marks are left alone."""
    j = k - 1
    while j >= 0 and toks[j].kind not in ("b", "qb"):
        j -= 1
    words = [t for t in toks[j + 1:k] if t.kind == "w"]
    keys = {normalize(x) for x in p.keys}
    for at, t in enumerate(words[:4]):
        if t.norm not in _ar_discourse_verbs():
            continue
        if any(w.norm in keys for w in words[:at]):
            return True  # (the subject before the verb)
        after = words[at + 1:at + 4]
        if not after:
            return False
        return after[0].norm in lex.stops or any(w.norm in keys for w in after)
    return False


def _ar_as_termed(toks: list[Tok], c: Clause) -> bool:
    """The clause after marks is «حسب/وفق» and a definite noun of a way of saying («حسب التعبير
    الرسمي», ``expression_nouns_ar.txt``): the marked words are the term in use, no one's."""
    if c.cue_end >= len(toks) or toks[c.cue_end].kind != "w":
        return False
    cue = toks[c.cue_start].norm.removeprefix("و").removeprefix("ب")
    return cue in ar_according_to() and toks[c.cue_end].norm in _ar_expression_nouns()


_ar_expression_nouns = lazy_words("prcli.quotations", "expression_nouns_ar.txt", convert=normalize)


def _ar_construct_head(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«الذي اشترك فيه “حرامية” القطاع العام», «من أجل “تصحيح أوضاع” هذه الشريحة»: one or two
    marked words ending in an indefinite noun and followed, with nothing between, by a definite
    genitive or a demonstrative are the head of the writer's own noun phrase, set apart (a
    scare quote): a speaker's partial is a whole phrase. Not after a reporting verb a few words
    back («وصفه بـ“عراب” الاتفاق»: what the speaker called him), nor before a word of time
    («“صعبة” الآن»: an adverb, not a genitive)."""
    words = inner.split()
    if not 1 <= len(words) <= 2 or inner.rstrip()[-1:] in _TERMINATORS or k + 1 >= len(toks) \
            or toks[k + 1].kind != "w" or k == 0:
        return False
    last = normalize(words[-1])
    if last.startswith(("ال", "وال", "بال", "لل")) or last.endswith(("ا", "\u064b")) or len(last) < 3 \
            or last in lex.stops or last in lex.cues or _ar_imperfect_shape(last) or "\u064b" in inner:
        return False
    nxt = toks[k + 1].norm
    if not (nxt.startswith("ال") and len(nxt) > 3) and nxt not in _ar_demonstratives():
        return False
    if nxt in _ar_time_words() or (nxt in lex.stops and nxt not in _ar_demonstratives()):
        return False
    return not any(w in lex.cues or w.removeprefix("و") in lex.cues or any(
        w.endswith(p) and w.removeprefix("و")[: -len(p)] in lex.cues for p in ("ه", "ها", "هم"))
        for w in _left_words(toks, k, 6, ",،(-\"«»“”"))


def _ar_imperfect_shape(w: str) -> bool:
    """A folded word opening like an imperfect verb («يتعلق», «تضر»): ي, or a short word opening
    with ت (a guess that only stops the rule: «تصحيح», a noun, is longer)."""
    return (len(w) >= 4 and w[0] == "ي") or (w[0] == "ت" and len(w) <= 4)


#: How many words a few marked words may stand after the reporting verb and still be read as
#: part of what it reports (Arabic); after a «أن» or a colon opening the reported clause, the
#: clause is marked as the speaker's and runs longer (coordinated verbs, a relative clause).
_AR_REPORT_REACH = 20
_AR_REPORT_REACH_THAT = 30


#: A few marked words this many words past the reporting verb (or its «أن») are no longer
#: plainly in what it reports: a word of the writer's phrase there is the writer's.
_AR_HEAD_REACH = 12


def _ar_words_past_cue(toks: list[Tok], c: Clause, k: int) -> tuple[int, bool]:
    """How many words stand between the reporting verb of ``c`` and the quotation at ``k``,
    counted from the last «أن/إن» or colon opening its clause if any, and whether one did."""
    opens = _ar_clause_openers()
    n = 0
    opened = False
    for t in toks[c.cue_end:k]:
        if (t.kind == "p" and t.norm == ":") or (t.kind == "w" and t.norm in opens):
            n, opened = 0, True
        elif t.kind == "w":
            n += 1
    return n, opened


#: How many words in all (whatever «أن» or colon opens clauses between) may stand between a
#: reporting verb and a few marked words after it for them to be its speaker's (``_ar_far_past``).
_AR_REPORT_REACH_ANY = 40


def _ar_far_past(toks: list[Tok], c: Clause, k: int, inner: str) -> bool:
    """A few marked words (three at most) more than ``_AR_REPORT_REACH_ANY`` words after the
    reporting verb before them, counting every word (``_ar_far_from_cue`` counts from the last
    «أن», «إلى» or colon, and a long sentence of narration has many: «… ثم أعاد طبعه بعنوان
    آخر هو «…»»): that far the sentence tells of other things (titles listed, a story told),
    the marks are the writer's. A longer span there is still a clause someone says."""
    if len(inner.split()) > 3 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    return sum(1 for t in toks[c.cue_end:k] if t.kind == "w") > _AR_REPORT_REACH_ANY


#: How many words may stand between «حسب قوله», «على حد تعبيره» and marked words after them
#: for the phrase to give those words their speaker (``_ar_source_behind``).
_AR_SOURCE_BEHIND_REACH = 4


def _ar_source_behind(att: Attributor, c: Clause, k: int) -> bool:
    """«… بيضاء القلب على حد تعبيره، فالأرضيات … “القضب” …»: a source phrase whose noun carries
    the pronoun of someone named before it («على حد تعبيره», «حسب قوله», a ``srcpron`` cue)
    gives its speaker to the words before it; marked words more than a few words after it are
    not under it (the sentence has moved on), though the pronoun's person may still be near.
    Right after it («وحسب قوله فإن “…”») the marks are that person's words."""
    cue = att.cue_at(c.cue_start)
    if cue is None or cue[0] != "srcpron":
        return False
    return sum(1 for t in att.toks[c.cue_end:k] if t.kind == "w") > _AR_SOURCE_BEHIND_REACH


def _ar_far_from_cue(reach: tuple[int, bool], inner: str) -> bool:
    """A few marked words (three at most) more than ``_AR_REPORT_REACH`` words after the
    reporting verb before them (``_AR_REPORT_REACH_THAT`` after the «أن/إن» or colon opening
    its clause): a long Arabic sentence has moved on from what the verb reports (a list of
    works done, a new clause of narration), so the marks are the writer's («وأشار إلى أن الهيئة
    نفذت … , إضافة إلى تسوير “الحصن”»), not the speaker's. A partial a few words after the verb
    or its «أن» stays («أوضح … أن الحملة … شهدت أسبوعا “عاديا” و“أقل احتداما”»)."""
    if len(inner.split()) > 3 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    n, opened = reach
    return n > (_AR_REPORT_REACH_THAT if opened else _AR_REPORT_REACH)


def _ar_source_named(att: Attributor, c: Clause | None, k: int, inner: str) -> bool:
    """«وفق موسوعة «…» الإلكترونية», «بحسب صحيفة «…»»: a few marked words right after the noun
    that a source cue («وفق», «حسب», «نقلا عن») names are that source's own name in apposition,
    not its words (a verb's subject followed by marks, «وقال الوزير “…”», is left alone)."""
    if c is None or c.np is None or c.np[1] != k or len(inner.split()) > 4 \
            or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    cue = att.cue_at(c.cue_start)
    if cue is None or cue[0] not in ("src", "srcpron"):
        return False
    # the name closes the source phrase: a comma or full stop, the name's nisba adjective, or
    # the «فإن/أن» of what it reports («بحسب باريس “اهتماما خاصا” للملف»: the source's words)
    toks = att.toks
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    if nxt.kind in ("p", "b"):
        return nxt.norm in (",", "،", ".", "\n", ";", "؛")
    w = nxt.norm
    return w in _ar_complement_openers() or w.removeprefix("ف") in _ar_complement_openers() \
        or w.removeprefix("و") in _ar_relatives() \
        or ar_nisba(w, 6)


def _ar_before_complement(toks: list[Tok], k: int, inner: str, reach: tuple[int, bool]) -> bool:
    """«أوضح الطبيب عبر حسابه بـ“…” أن …», «ويقول في حديث نقلته «…» إنه …»: a few marked words
    (four at most) standing two words or more past the reporting verb, before anything opens
    what it reports, and followed at once by the «أن/إن» that opens it, are on the way to the
    report (a channel, a place, a body): the verb reports the clause after them, not them. Not
    right after the verb or its preposition («شدد على “ضرورة” أن …»: the verb's own object),
    nor before «وأن» (a second clause of the report)."""
    n, opened = reach
    if opened or n < 2 or len(inner.split()) > 4 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    j = k + 1
    if j < len(toks) and toks[j].kind == "p" and toks[j].norm in (",", "،"):
        j += 1
    return j < len(toks) and toks[j].kind == "w" and toks[j].norm in _ar_complement_openers()


_ar_aside_openers = lazy_words("prcli.quotations", "aside_openers_ar.txt", convert=normalize)


def _ar_aside(toks: list[Tok], k: int, inner: str) -> bool:
    """Marks opened inside a sentence (a word right before them) around words that open with a
    comparison («كما», «كالذي», «مثلما»): an aside that goes on with the writer's own sentence,
    no one's words when no reporting verb leads to them."""
    words = inner.split()
    return bool(words) and k > 0 and toks[k - 1].kind == "w" and normalize(words[0]) in _ar_aside_openers()


@cache
def _ar_clause_openers() -> frozenset[str]:
    """«أن/إن» in all their forms (folded, with a preposition, a conjunction or a pronoun):
    each opens a reported clause again."""
    bases = ar_that_words() | _ar_that() \
        | ar_bare_that()
    ends = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "نني", "ننا", "ك", "كم")
    return frozenset(b + e for b in bases for e in ends)


def _cue_end(att: Attributor, i: int) -> int | None:
    """Where the reporting verb starting at token ``i`` ends (one word or «fait valoir»)."""
    found = att.cue_at(i)
    return found[2] if found is not None else None


def _clause_end(c: Clause) -> int:
    end = c.cue_end
    if c.np is not None:
        end = max(end, c.np[1])
    return end


#: How many tokens may lie between a reporting verb and words in marks it governs when a paper
#: closes the sentence («Des maires ont dénoncé devant lui sa méthode « … », rapporte le
#: quotidien X»: the maires speak, the paper relays them).
_FR_MEDIA_REACH = 12


def _find_clause(att: Attributor, k: int, consumed: dict[int, int]) -> tuple[Clause | None, str]:
    post = att.post_cue(k)
    if post is not None and not _inside_relative_source(att, k, consumed):
        relayed = _fr_relayed_by_medium(att, k, post, consumed)
        if relayed is not None:
            return relayed, "pre"
        if att.lang == "ar" and k > 0 and att.toks[k - 1].norm in _ar_label_before() \
                and att.toks[post.cue_start].norm[:1] == "و":
            # «بتهم وصفها فلان بـ«الكاذبة» وقال علان …»: words governed by «بـ/بأنه» complete the
            # verb before them; a verb joined by «و» after them opens a new clause
            pre = att.pre_cue(k, consumed)
            if pre is not None and pre.np is not None:
                return pre, "pre"
        if att.lang == "ar" and att.toks[post.cue_start].norm.removeprefix("و") in _ar_according():
            # «وقالت فلانة: «…»، حسب وكالة …», «وأكد رئيس المركز أن «…»، بحسب المركز»: the quotation
            # is the reported clause (after a colon or «أن/إن») of a verb with its subject, who said
            # it; «بحسب» names who relays it. Not marks inside the verb's object («انتقد الحزب تدخل
            # الإدارة "…" بحسب بيان»), nor after a verb that governed words in marks before these,
            # four words or more («قال فلان "…"، في إشارة إلى … "…" بحسب بيان الحزب»); a name or an
            # outlet in marks between, «لـ«الوطن»», is no such words
            pre = att.pre_cue(k, consumed)
            between = range(_clause_end(pre), k) if pre is not None and pre.np is not None else range(0)
            if any(att.toks[m].norm == ":" or att.toks[m].norm in _ar_clause_openers() for m in between) \
                    and not any(att.toks[m].kind == "q" and len(att.marked_words(m)) >= 4 for m in between):
                return pre, "pre"
        if att.lang == "ar" and att.toks[post.cue_start].norm[:1] == "و" and _ar_closed_sentence(att, k):
            # «وتابع “… بالتأكيد.” وقال الوزير فلان الشهر الماضي إن …»: the quotation ends its own
            # sentence after the verb that opens it; the verb joined by «و» after it begins the
            # next report, no incise
            pre = att.pre_cue(k, consumed)
            if pre is not None and k - pre.cue_end <= 1:
                return pre, "pre"
        return post, "post"
    late = att.fr_late_incise(k) if att.lang == "fr" else None
    if late is not None:
        return late, "post"  # «« … » pour les retraités, confirme X.»
    late = _fr_subject_quote_incise(att, k) if att.lang == "fr" else None
    if late is not None:
        return late, "post"  # «« Une aide ponctuelle » suffirait, dit le maire.»
    listed = att.list_cue(k)
    if listed is not None:
        relayed = _fr_relayed_by_medium(att, k, listed, consumed)
        return (relayed, "pre") if relayed is not None else (listed, "post")
    pre = att.pre_cue(k, consumed)
    if pre is not None:
        return pre, "pre"
    fwd = att.forward_cue(k)
    if fwd is not None:
        return fwd, "sentence"
    back = _ar_pointer_cue(att, k) if att.lang == "ar" else None
    if back is not None:
        return back, "post"
    number = att.pronoun_subject(k)
    if number is not None:
        return Clause(k, k + 1, None, number, "pronoun-subject"), "pronoun"
    return None, ""


def _fr_relayed_by_medium(att: Attributor, k: int, post: Clause, consumed: dict[int, int]) -> Clause | None:
    """«Des maires ont dénoncé « … » et « … », rapporte le quotidien X»: a paper named in the
    incise after the quotation at ``k`` (or after the list it opens) relays the words of the
    subject of the verb before them that governs them (within ``_FR_MEDIA_REACH`` tokens);
    returns that verb's clause, else None."""
    if att.lang != "fr" or post.np is None or not att.fr_media_phrase(post.np):
        return None
    pre = att.pre_cue(k, consumed)
    if pre is None or pre.np is None or k - pre.cue_end > _FR_MEDIA_REACH:
        return None
    if k - pre.cue_end > 2 and any(t.norm in _aux() for t in att.toks[pre.np[0]:pre.np[1]]):
        return None  # (further off, a subject read as a whole clause «X a été reçu par …» is no one)
    return pre


def _ar_closed_sentence(att: Attributor, k: int) -> bool:
    """Whether the quotation of token ``k`` ends on a full stop, «!» or «؟» inside its marks."""
    inner = att.text[att.toks[k].start:att.toks[k].end].rstrip(" \u00a0\u202f\"«»“”")
    return inner[-1:] in (".", "!", "؟", "?") and inner[-2:] != ".."


#: How many tokens the sentence may run on past a quotation that opens it before its incise.
_SUBJECT_QUOTE_REACH = 16


def _fr_subject_quote_incise(att: Attributor, k: int) -> Clause | None:
    """«« Une aide ponctuelle » du département suffirait, dit le maire.», «« Un vent nouveau »
    souffle, a-t-elle affirmé.»: a few marked words opening a sentence that goes on past the
    marks (no comma: they are its subject) up to a reporting incise that ends it. The words are
    the incise's speaker's, a fragment of what was said (a name in marks, «« Le Courrier » a
    révélé …», has capitals past its first word and is left alone)."""
    toks = att.toks
    n = len(toks)
    if k > 0 and toks[k - 1].kind != "b" and toks[k - 1].norm not in (".", "!", "?"):
        return None  # not the opening of a sentence
    if k + 1 >= n or toks[k + 1].kind != "w":
        return None  # («« … », …» is ``fr_late_incise``'s)
    inner = att.text[toks[k].start:toks[k].end].strip(" «»\"“”\u00a0\u202f")
    words = inner.split()
    if len(words) < 2 or not words[0][:1].isupper() or inner[-1:] in _TERMINATORS \
            or any(w[:1].isupper() for w in words[1:]):
        return None
    m = k + 1
    while m < n and m - k <= _SUBJECT_QUOTE_REACH and (toks[m].kind == "q" or (
            toks[m].kind == "w" and att.cue_at(m) is None)):
        m += 1
    if m + 1 >= n or toks[m].norm != "," or toks[m + 1].kind != "w":
        return None
    c = att.post_cue(m - 1)  # (the incise read as if right after the marks)
    if c is None or c.via == "incise" or not (c.cue_start == m + 1 or (
            c.cue_start == m + 2 and toks[m + 1].norm in _aux())):
        return None
    e = _clause_end(c)
    if e < n and toks[e].norm in fr_cue_complements():
        return None  # «…, dit-il que …» is no incise
    tail = e
    while tail < n and tail - e < 8 and toks[tail].kind == "w":
        tail += 1  # («…, a-t-elle affirmé devant les élus.»)
    if tail < n and toks[tail].kind != "b" and toks[tail].norm not in (".", ";", ","):
        return None  # the incise does not end the sentence
    return c


def _fr_opening_quote_list(toks: list[Tok], i: int) -> bool:
    """«« Des vitrines en miettes », « un gâchis » pour le quartier, a déploré la maire»: a
    sentence that opens on quoted words followed by a comma is someone's words waiting for the
    incise later in the sentence, not a name in marks."""
    return (i == 0 or toks[i - 1].kind == "b") and i + 1 < len(toks) and toks[i + 1].norm == ","


def _ar_pointer_cue(att: Attributor, k: int) -> Clause | None:
    """«“نحن مستعدون”. بهذه الكلمات لخص المدرب فهد العنزي …», «“…”، هذا ما أكده الوزير»: the
    next sentence points back to the quotation and names its speaker after its verb, also when
    it opens the next paragraph («“…”. ¶ هذا ما قالته فلانة»: an opening quotation, then who said it)."""
    toks = att.toks
    j = k + 1
    while j < len(toks) and (toks[j].norm in (".", "،", ",", "!", "؟") or toks[j].kind == "b") \
            and toks[j].kind != "q":
        j += 1
    words = [t.norm for t in toks[j:j + 4]]
    for ph in _ar_phrases("pointers_ar.txt"):
        if tuple(words[:len(ph)]) != ph:
            continue
        for m in range(j + len(ph), min(len(toks), j + len(ph) + 3)):
            if toks[m].kind != "w":
                return None
            c = att.clause(m, after_quote=True)
            if c is not None and c.np is not None:
                return c
        # «بهذه العبارة فاجأت الشابة …»: pointed at with بـ, the words are the subject's, whatever the verb
        return att.ar_pointer_subject(j + len(ph)) if ph[0].startswith("ب") and len(ph) == 2 else None
    return None


def _inside_relative_source(att: Attributor, k: int, consumed: dict[int, int]) -> bool:
    """«Les syndicats, selon lesquels la police est « à bout », réclament …»: the quotation
    sits in the relative clause; the verb after it belongs to the main clause."""
    pre = att.pre_cue(k, consumed)
    return pre is not None and pre.via == "relative-source"


def _ar_quantity_of_group(toks: list[Tok], np: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """«وقال عدد من المواطنين», «اعتبرها عدد من الفاعلين السياسيين»: a word of quantity alone
    («عدد», «بعض», «كثير») before «من» and a definite noun (or a noun in construct with a definite
    one: «من سكان الحي») says how many of that group speak; the speaker is the whole phrase, the
    quantity and the group (with its definite adjectives)."""
    a, b = np
    if b - a != 1 or toks[a].kind != "w" or b + 1 >= len(toks) or toks[b].norm != "من" \
            or toks[a].norm.removeprefix("و") not in ar_name_quantities():
        return None
    g = b + 1
    if toks[g].kind != "w" or toks[g].norm in lex.stops:
        return None
    e = g + 1  # the group, then its definite adjectives of relation («السياسيين», «المحليون»)
    if not toks[g].norm.startswith("ال"):
        # «عدد من سكان الحي», «عدد من مستفيدي هذه الفعاليات»: a group noun in construct with a
        # definite genitive (maybe after a demonstrative)
        if e < len(toks) and toks[e].kind == "w" and toks[e].norm in _ar_demonstratives():
            e += 1
        if e >= len(toks) or toks[e].kind != "w" or not toks[e].norm.startswith("ال") \
                or toks[e].norm in lex.stops or ar_edge_particle(toks[g].norm) \
                or ar_cue_verb_word(toks[g].norm):
            return None
        e += 1
    while e < len(toks) and e - g <= 2 and toks[e].kind == "w" and ar_nisba(toks[e].norm, 0, plural=True) \
            and toks[e].norm not in lex.stops:
        e += 1  # (not «ووصف عدد من النواب القرار …»: the verb's object after the group)
    return a, e


def _person(text: str, toks: list[Tok], c: Clause, lex: Lexicon, reg: Register,
            last: list[tuple[int, Person]]) -> Person | None:
    if c.np is None:
        return None
    if lex.lang == "ar" and c.number == "p" and c.speaks is None and len(_ar_conjuncts(toks, c.np, lex)) > 1:
        # «رئيس الحكومة ووزير داخليته فلان … وأكدا»: two people speak together, as written
        a, b = c.np
        key = (" ".join(t.norm for t in toks[a:b]),)
        both = reg.unnamed(key) or reg.add(text[toks[a].start:toks[b - 1].end], key, toks[a].start, set(),
                                           "p", named=False)
        both.human = True
        return both
    np = c.speaks or (_ar_role_holder(text, toks, c.np, lex) or _ar_quantity_of_group(toks, c.np, lex)
                      if lex.lang == "ar" else None)
    p = resolve_np(text, toks, np or c.np, lex, reg, last, c.number if c.number in ("m", "f") else "?")
    if p.gender == "?" and (c.number in ("m", "f") or (c.number == "p" and not p.named)):
        p.gender = c.number
    return p


def _ar_role_holder(text: str, toks: list[Tok], np: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """«أوضح ذلك رئيس اللجنة التنظيمية المشرف العام على المعرض الدكتور خالد المنصوري، وقال»: a
    role phrase cut at a preposition goes on to an honorific and the holder's name, who speaks;
    so does a role phrase followed by a comma and a full name."""
    a, b = np
    head = toks[a].norm.removeprefix("و")
    if head not in lex.roles and head.removeprefix("ال") not in lex.roles and head not in lex.people:
        return None
    if b + 1 < len(toks) and text[toks[b].start:toks[b].end] == "علي" and toks[b + 1].kind == "w" \
            and toks[b + 1].norm.startswith("ال") and toks[b + 1].norm not in lex.people:
        return b, b + 2  # «الناطق باسم مجلس القيادة علي الأحمدي»: written with ي, علي is the name
    if b + 2 < len(toks) and toks[b].norm in (",", "،") \
            and head.removeprefix("ال") not in ar_vague():
        # «أمين عام جمعية الساحل، يوسف بن سالم»: a title, a comma, then the holder's full name
        # (not after a vague source: «أكد مصدر في اللجنة، عدم وصول …» stays unnamed)
        n = b + 1 + (toks[b + 1].norm in lex.honorifics)
        e = before_object(text, toks, n, ar_name_end_spelled(text, toks, n, lex))
        if e == n + 1 and e < len(toks) and toks[e].kind == "w" and toks[e].norm.startswith("ال") \
                and toks[e].norm not in lex.people and toks[e].norm not in lex.stops \
                and toks[e].norm[2:] not in lex.roles:
            e += 1  # («، نبيل الحسيني الملتقى»: a family name with ال, then the verb's object)
        odd = ar_not_speaker_words() | lex.stops
        return (n, e) if e - n >= 2 and not any(t.norm in odd and not ar_spelled_name_word(text, t)
                                                for t in toks[n:e]) else None
    k = b
    while k < len(toks) and k - b < 6 and toks[k].kind == "w" and toks[k].norm not in lex.honorifics:
        if toks[k].norm in _ar_statement_nouns():
            return None  # «أصدر المركز الإعلامي بيانا ردا على اللاعب فلان»: the body issued it
        k += 1
    if k >= len(toks) or k - b >= 6 or toks[k].kind != "w" or toks[k].norm not in lex.honorifics:
        return None
    e = ar_name_end(toks, k + 1, lex)
    if e <= k + 1 or (e < len(toks) and toks[e].kind == "w"):
        return None  # (the name must close the phrase: a comma, a mark or the end follows)
    return k, e


def _push(last: list[tuple[int, Person]], pos: int, p: Person, number: str) -> None:
    if ar_divine(p.name):
        return  # «قال تعالى: «…»»: scripture quoted; a later «وأضاف سماحته» goes on with the preacher
    if p.gender == "?" and (number in ("m", "f") or (number == "p" and not p.named)):
        p.gender = number  # (a named person is one person: a plural verb was someone else's)
    last.append((pos, p))


def _dropped_subject(text: str, toks: list[Tok], reg: Register, last: list[tuple[int, Person]], number: str,
                    pos: int, spoke: set[int] | None = None) -> Person | None:
    """Whom a pronoun or dropped subject ("a-t-elle déclaré", "he added") means: the last speaker
    that agrees, unless a new sentence since that speaker's quotation introduced someone by full
    name who has not spoken yet (``resolve.newcomer``)."""
    p = _last_speaker(last, number, pos, spoke, reg.lang)
    if p is None:
        return None
    at = max((a for a, q in last if q is p and a <= pos), default=-1)
    focus = cleft_focus(text, reg, at, pos, number) if reg.lang == "fr" and at >= 0 else None
    if focus is not None:
        return focus  # «Or c'est M. X … qui a parlé le plus fort. Il a promis « … »»
    fresh = newcomer(text, toks, reg, at, pos, number if number in ("m", "f") else "?", [q for _, q in last])
    return fresh if fresh is not None else p


def _fr_not_named_inside(last: list[tuple[int, Person]], inner: str) -> list[tuple[int, Person]]:
    """«« Je dis à Donald X : … », a-t-il déclaré»: whom a pronoun incise means is never someone
    the quoted words name in full (they speak to or about that person); those speakers are left
    out of the ones the pronoun may follow."""
    named = {id(p) for _, p in last[-_RECENT_SPEAKERS:] if p.named and len(p.keys) >= 2 and p.name in inner}
    return [x for x in last if id(x[1]) not in named] if named else last


#: How many of the latest speakers a pronoun is checked against (``_last_speaker`` reads 40).
_RECENT_SPEAKERS = 40


def _last_speaker(last: list[tuple[int, Person]], number: str, pos: int,
                  spoke: set[int] | None = None, lang: str = "") -> Person | None:
    """The most recent explicit speaker agreeing in gender/number with a pronoun or dropped subject
    (a body or a document counts once it has been quoted: «وقال الاتحاد “…”. وأضاف “…”»); in
    English (``lang``), never a bare plural of people for "he"/"she"."""
    for at, p in reversed(last[-40:]):
        quoted = spoke is not None and id(p) in spoke
        if at > pos or (not p.named and not p.human and number != "p" and not quoted):
            continue
        if number == "p":
            if (p.gender == "p" or (not p.named and _plural_phrase(p))) and not _mute_plural(p) \
                    and not _contrast_group(p):
                return p
            continue
        if lang == "en" and number in ("m", "f") and _bare_plural(p):
            continue  # '"Critics" said …, but Ms X dismissed that. "…," she said': not the critics
        if number == "?" or p.gender in ("?", number):
            return p
    return None


_en_people = lazy_words("prcli.quotations", "people_en.txt")


def _bare_plural(p: Person) -> bool:
    """«Critics», «Analysts», «Officials» opening a sentence: one plural word of people (an English
    person noun with an s), never what "he" or "she" means."""
    word = p.name.strip().lower()
    return " " not in word and len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and word[:-1] in _en_people()


_plural_dets = lazy_words(
    "prcli.quotations", "plural_determiners_extract_en.txt", "plural_determiners_extract_fr.txt"
)


#: (French only: an English body is often «they», "A UKIP spokesman … They were …")
_singular_dets = lazy_words("prcli.quotations", "singular_determiners_fr.txt")


def _people_group(toks: list[Tok], np: tuple[int, int], lex: Lexicon) -> bool:
    """A phrase naming people by a listed person noun, plural («des commerçants», «les deux hommes»)."""
    people = lex.people
    return any(t.norm[-1:] in ("s", "x") and t.norm[:-1] in people for t in toks[np[0]:np[1]])


def _fr_body_phrase(name: str) -> bool:
    """«La coordination des X», «le syndicat»: a determiner and a body noun (``body_nouns_fr.txt``)."""
    words = name.lower().replace("’", "'").split()
    if not words:
        return False
    if words[0].startswith("l'"):
        return words[0][2:] in language_words("body_nouns", "fr")
    return len(words) >= 2 and words[0] in _singular_dets() and words[1] in language_words("body_nouns", "fr")


def _group(p: Person) -> bool:
    """A group of people («les policiers», «des manifestants»), not one person."""
    return p.gender == "p" or (not p.named and _plural_phrase(p))


def _latest_single(last: list[tuple[int, Person]], para: int, last_para: dict[int, int],
                   pos: int) -> Person | None:
    """The latest speaker of ``last`` who is one person (named or human), pushed in this
    paragraph or the one before and less than 1,500 characters before ``pos``."""
    for at, p in reversed(last[-_RECENT_SPEAKERS:]):
        if pos - at >= 1500 or para - last_para.get(id(p), -9) > 1:
            return None
        if not _group(p) and (p.named or p.human):
            return p
    return None


def _plural_phrase(p: Person) -> bool:
    """An unnamed description that a plural pronoun may mean: a plural determiner, a number, or
    a plural head («l'évolution de l'opinion» is not «ils»). Arabic descriptions are not checked."""
    words = p.name.lower().split()
    if not words or any("\u0600" <= c <= "\u06ff" for c in p.name):
        return True
    first = words[0]
    if first in _plural_dets() or first[:1].isdigit() or first in en_singular_openers():
        return True
    if len(words) >= 2 and words[1] in french.round_numbers():
        return True  # «une vingtaine d'élus»: a round number of people
    return len(words) >= 2 and first not in _singular_dets() and not first.startswith(("l'", "l’")) \
        and words[1].endswith(("s", "x"))


def _contrast_group(p: Person) -> bool:
    """«… avec d'autres voix plus calmes qui jugent …»: others than the group an article
    follows, met inside a sentence (not opening it, «D'autres élus ont dit»), which a later «ils»
    does not mean (``data/contrast_groups_fr.txt``)."""
    first = p.name.split(" ", 1)[0]
    return not p.named and first[:1].islower() \
        and first.replace("’", "'") in _fr_contrast_groups()


def _mute_plural(p: Person) -> bool:
    """«les sondages», «les chiffres»: figures and documents are not what a later «ils réclament»
    means (``data/mute_plurals_fr.txt``)."""
    return not p.named and bool(set(p.name.lower().split()) & _fr_mute_plurals())


def _continued(toks: list[Tok], c: Clause, p: Person, lex: Lexicon) -> bool:
    """«وأضاف المراقب …», «وتابع الخبير …»: a verb that goes on with the words of someone
    already speaking, and a bare definite description, not a name: the last speaker."""
    if lex.lang != "ar" or p.named or c.np is None or c.np[1] - c.np[0] > 2:
        return False
    verb = toks[c.cue_start].norm
    going_on = _ar_continuations()
    verb = verb[1:] if verb[:1] in "وف" and verb[1:] in going_on else verb
    head = toks[c.np[0]].norm
    return verb in going_on and head.startswith("ال") and head[2:] not in _ar_body_words() \
        and _ar_describes(head, lex)


def _ar_describes(head: str, lex: Lexicon) -> bool:
    """«الخبير», «المتحدث», «المراقب»: a definite role or person noun, or a participle in مـ
    (not a nisba in ـي), describes someone already speaking; another definite word after «وأضاف»
    («الطيب», «البكيري») is a family name, the person the sentence names, not a description of
    the last speaker."""
    participle = head.startswith("الم") and len(head) >= 6 and not head.endswith(("ي", "ه"))
    return head in lex.people or head[2:] in lex.roles or head[2:] in lex.people or participle


_relatives = lazy_words("prcli.quotations", "relative_pronouns_en.txt", "relative_pronouns_fr.txt")


def _function_word(name: str, lex: Lexicon) -> bool:
    """A "speaker" that is a lone function word («du», «qui», «laquelle»): a parsing slip."""
    w = name.strip().lower()
    return lex.lang != "ar" and " " not in w and (w in stopwords(lex.lang) or w in _relatives())


#: How many words into the paragraph before a subject may stand to be its topic («إلا أن فلان
#: يقول», «أحد هؤلاء المستثمرين هو فلان»).
_AR_TOPIC_REACH = 6


def _ar_paragraph_topic(att: Attributor, toks: list[Tok], reg: Register, lex: Lexicon,
                        c: Clause, last: list[tuple[int, Person]]) -> Person | None:
    """«يُصرّ فلان على أنه … / ويقول “…”»: a reporting verb with a dropped subject opening a
    paragraph goes on about the person the paragraph before is about: a known name among the
    first words of that paragraph (not after a preposition), agreeing with the verb, who has
    spoken before. Only when that paragraph quotes no one (else whoever spoke there goes on)."""
    k = c.cue_start - 1
    if k < 0 or not _line_break(toks[k]):
        return None
    while k >= 0 and toks[k].kind == "b":
        k -= 1
    end = k + 1
    while k >= 0 and not _line_break(toks[k]):
        if toks[k].kind == "q" and not att.quoted_name(k):
            return None  # someone is quoted there
        k -= 1
    words = [m for m in range(k + 1, end) if toks[m].kind == "w"][:_AR_TOPIC_REACH]
    for m in words:
        if any(toks[x].norm in (".", "؟", "!", ":") for x in range(k + 1, m)):
            break  # (the first sentence only)
        prev = toks[m - 1].norm if m > k + 1 else ""
        if prev.removeprefix("و") in ar_prepositions() or (
                toks[m].norm.startswith(("ب", "ل")) and reg.by_name((toks[m].norm,)) is None):
            continue
        w = toks[m].norm
        if w in lex.roles or w in lex.people or w in lex.honorifics or w in lex.stops \
                or (w[:1] in "بل" and w.endswith("ه")):
            continue  # («بقيادة …», «لوزارة …»: a preposition glued to a noun)
        if prev.startswith("ال") and prev not in lex.honorifics and prev not in lex.people \
                and prev.removeprefix("ال") not in lex.roles:
            continue  # «الناطق الإعلامي بقيادة …»: after a definite noun, a complement, no subject
        run = tuple(x.norm for x in toks[m:max(ar_name_end(toks, m, lex, 4), m + 1)])
        p = reg.by_name(run)
        if p is not None and p.named and len(p.keys) >= 2 and p.keys[-len(run):] == run \
                and (c.number not in ("m", "f") or p.gender in ("?", c.number)) \
                and any(q is p for _, q in last):
            return p  # (a full name or its family name, not a word that only opens one)
    return None


#: How many tokens back the start of the paragraph is looked for (``_ar_paragraph_opener``).
_AR_OPENER_REACH = 160


def _ar_paragraph_opener(toks: list[Tok], reg: Register, lex: Lexicon, k: int, number: str,
                         last: list[tuple[int, Person]]) -> Person | None:
    """«نعمة، الذي نشأ في …، يقوم بتدريس … يضيف أن “…”»: a paragraph opening on a known person's
    full name or family name set off by a comma or a relative pronoun is about that person; words
    quoted further in it with a dropped subject or no reporting verb are theirs, while no one else
    has been given words in that paragraph (else that speaker goes on)."""
    s = k
    while s > 0 and k - s < _AR_OPENER_REACH and not _line_break(toks[s - 1]):
        s -= 1
    if s > 0 and not _line_break(toks[s - 1]):
        return None  # (the paragraph starts too far back)
    if toks[s].kind != "w" or any(a >= toks[s].start for a, _ in last):
        return None
    end = ar_name_end(toks, s, lex, 4)
    if end == s or end >= k or (toks[end].norm not in (",", "،") and toks[end].norm not in _ar_relatives()):
        return None
    run = tuple(t.norm for t in toks[s:end])
    p = reg.by_name(run)
    if p is None or not p.named or len(p.keys) < 2 or p.keys[-len(run):] != run \
            or (number in ("m", "f") and p.gender not in ("?", number)) or p.first > toks[s].start:
        return None
    return p


def _ar_previous_subject(text: str, toks: list[Tok], att: Attributor, lex: Lexicon, reg: Register,
                         last: list[tuple[int, Person]], c: Clause) -> Person | None:
    """«أدان الرئيس اللبناني بشدة الهجوم. وقال: “…”», «اشتكى موظفو البلدية من … / وقالوا: “…”»:
    the subject of the sentence before a reporting verb with no subject
    (``Attributor.ar_previous_sentence_subject``), when it is a person or a body (not a thing, a
    place, a time, a document) and agrees with the verb: a plural verb needs a plural of people
    («موظفو», «المسؤولون»), a feminine one a feminine head («الوزارة») or a woman's name."""
    if c.number not in ("m", "f", "p"):
        return None
    np = att.ar_previous_sentence_subject(c.cue_start)
    if np is None:
        return None
    named = _ar_sentence_subject(toks, np[0] - 1, lex, text)
    if named is not None and np[0] <= named[0] < np[1]:
        # «نسب عضو الاتحاد لكرة السلة فلان الفلاني …», «تفقد رئيس البلدية فلان الفلاني السوق»:
        # the role and the name as the sentence's subject reads them (past the role's
        # complement, before the object)
        np = named
    head = toks[np[0]].norm
    if att.ar_people_plural(head):
        # («منسوبو …»: a group, never one named person the register may hold under its first word)
        p = Person(text[toks[np[0]].start:toks[np[1] - 1].end], tuple(t.norm for t in toks[np[0]:np[1]]),
                   set(), "p", toks[np[0]].start, named=False, human=True)
    else:
        p = resolve_np(text, toks, np, lex, reg, last)
    if ar_slipped_speaker(text, p, lex) or _ar_cut_clause(p.name) or _ar_pronoun_preposition_end(p.name):
        return None
    bare = head.removeprefix("ال")
    if bare in ar_documents():
        return None  # («نشر التقرير …»: a document does not go on speaking with «وقال»)
    if p.named:
        if c.number == "p" or p.gender not in ("?", c.number):
            return None
        return p if p.human or len(p.keys) >= 2 or any(q is p for _, q in last) else None
    if np[1] - np[0] == 1 and not head.startswith("ال") and not att.ar_people_plural(head):
        return None  # «رفع عضو لجنة …، الشيخ فلان …»: a construct head cut from its complement
    if not (ar_person_head(head, lex, titles=False)
            or bare in _ar_body_heads_all() or att.speaking_phrase(np) or att.ar_people_plural(head)):
        return None
    plural = att.ar_people_plural(head)
    feminine = (bare.endswith(("ه", "ات")) and head not in _ar_masculine_in_teh()) or p.gender == "f"
    number = "p" if plural else "f" if feminine else "m"
    return p if number == c.number else None


def _ar_asked_person(text: str, toks: list[Tok], lex: Lexicon, reg: Register,
                     last: list[tuple[int, Person]], c: Clause) -> Person | None:
    """«سألت دورية “…” الناشر فلان الفلاني عن تقرير الشركة. وأجاب: “…”»: a verb of answering
    with no subject (``answer_verbs_ar.txt``) after a verb of asking (``asking_verbs_ar.txt``) in
    the sentence before or its own: the one asked answers, the last run of two or more name
    words (or a known surname) between the asking verb and the first particle («عن», «عما») or
    the sentence's end, not the subject who asked; when it names no one, the subject before goes
    on as ever."""
    if toks[c.cue_start].norm.removeprefix("و").removeprefix("ف") not in _ar_answer_verbs():
        return None
    asking = _ar_asking_verbs()
    k, breaks = c.cue_start - 1, 0
    while k >= 0 and c.cue_start - k <= 60:
        if toks[k].kind == "b":
            breaks += 1
            if breaks > 1:
                return None
        elif toks[k].kind == "w" and toks[k].norm.removeprefix("و").removeprefix("ف") in asking:
            run: tuple[int, int] | None = None
            m = k + 1
            while m < c.cue_start and toks[m].kind != "b" and toks[m].norm not in lex.stops:
                e = m
                while e < c.cue_start and ar_name_token(toks[e], toks[e - 1].norm, lex):
                    e += 1
                # (a family name with ال closes a name a word opened: «الناشر مراد الكيلاني عن …»)
                e = max(e, min(ar_name_end(toks, m, lex, 4), c.cue_start))
                one = reg.by_name((toks[m].norm,)) if e - m == 1 else None
                known = one is not None and one.named and len(one.keys) >= 2
                fuller = _ar_fuller_before(toks, m, lex) if e - m == 1 and not known else None
                if e - m >= 2 or known:
                    run = (m, e)  # (one word: the surname of someone named in full before)
                elif fuller is not None:
                    run = fuller  # («سئل فابيوس … أجاب» after «… الفرنسي لوران فابيوس الذي …»)
                m = max(e, m + 1)
            asked = resolve_np(text, toks, run, lex, reg, last) if run is not None else None
            if asked is None or not asked.named \
                    or (c.number in ("m", "f") and asked.gender in ("m", "f") and asked.gender != c.number):
                return None  # («وأجاب» is no woman asked)
            return asked
        k -= 1
    return None


def _ar_fuller_before(toks: list[Tok], m: int, lex: Lexicon) -> tuple[int, int] | None:
    """A lone word at ``m`` that the article wrote before right after a given name («لوران
    فابيوس» before «سئل فابيوس»): the span of that fuller mention; None when there is none.
    Read through the word index (``word_positions``)."""
    w = toks[m].norm
    if len(w) < 3 or w.startswith("ال") or w in lex.stops or w in lex.roles or w in lex.people:
        return None
    for p in word_positions(toks, w):
        if p >= m:
            break
        if p >= 2 and toks[p - 1].kind == "w" and ar_name_token(toks[p - 1], toks[p - 2].norm, lex) \
                and toks[p - 1].norm not in lex.honorifics and toks[p - 1].norm not in lex.roles:
            return (p - 1, p + 1)
    return None


def _line_break(t: Tok) -> bool:
    """A paragraph break (a sentence break is also a "b" token)."""
    return t.kind == "b" and t.norm == "\n"


def _fr_source_before(text: str, toks: list[Tok], k: int, att: Attributor, lex: Lexicon, reg: Register,
                      last: list[tuple[int, Person]]) -> Person | None:
    """«…, a signalé la mairie. … « … », a-t-on précisé de même source»: the source the
    sentences before the quotation at ``k`` named last, with a reporting verb and its subject
    after it (within 80 tokens back), else the latest speaker."""
    for m in range(k - 1, max(0, k - 80), -1):
        t = toks[m]
        if t.kind != "w" or not att.may_cue(t.norm) or toks[m - 1].norm.endswith("-on"):
            continue  # (not an earlier «a-t-on précisé de même source»)
        c = att.clause(m, after_quote=True)
        if c is not None and c.np is not None and c.np[0] > m and c.np[1] <= k:
            return resolve_np(text, toks, c.np, lex, reg, last)
    return last[-1][1] if last else None


def _past_dateline(text: str, toks: list[Tok]) -> int:
    """«WASHINGTON | Donald Trump a …», «PARIS (AFP) - Le ministre …»: the first token after a
    dateline (a place in capitals, an agency in brackets, then a bar or a dash) opening the
    article, where its first sentence really starts; else 0."""
    m = 0
    while m < len(toks) and m < 4 and toks[m].kind == "w" and len(text[toks[m].start:toks[m].end]) >= 2 \
            and text[toks[m].start:toks[m].end].isupper():
        m += 1
    if m and m + 2 < len(toks) and toks[m].norm == "(":
        e = next((x for x in range(m + 1, min(len(toks), m + 5)) if toks[x].norm == ")"), None)
        m = e + 1 if e is not None else m
    if m == 0 or m + 1 >= len(toks) or text[toks[m].start] not in "|-–—" or toks[m].end - toks[m].start != 1:
        return 0
    return m + 1


def _fr_verb_opening(inner: str, lex: Lexicon) -> bool:
    """«condamne les agressions», «se félicite du choix», «a dénoncé …»: words in marks that
    open with a reporting verb (past «se», «ne» or an auxiliary), the verb of a relative whose
    antecedent speaks (not «ne fait pas sérieux», said of it by someone else)."""
    words = [w.replace("’", "'") for w in inner.lower().split()[:3]]
    if words and words[0].startswith(("s'", "n'")) and len(words[0]) > 2:
        words[0] = words[0][2:]
    while len(words) > 1 and (words[0] in ("se", "ne") or words[0] in _aux()):
        words = words[1:]
    return bool(words) and words[0] in lex.cues


def _last_mentioned(reg: Register, number: str, pos: int) -> Person | None:
    """With no speaker yet: the person most recently introduced, agreeing in gender."""
    for p in reg.before(pos):
        if number == "p" and p.gender != "p":
            continue  # «ont-ils assuré»: not one named person
        if p.named and p.first < pos and (number == "?" or p.gender in ("?", number)):
            return p
    return None


def _left_words(toks: list[Tok], k: int, n: int, through: str = ",،(-") -> list[str]:
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < n and toks[j].kind not in ("b", "q"):
        if toks[j].kind == "w":
            out.append(toks[j].norm)
        elif toks[j].norm not in through:
            break
        j -= 1
    return out


def _strip_ar(w: str) -> list[str]:
    """A word and its forms without the clitics و ف ب ل ك (and a possessive: حملته → حمله)."""
    out = [w]
    for suffix in ("تها", "تهم", "ته"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            out.extend(_strip_ar(w[: -len(suffix)] + "ه"))
            break
    for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "لل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            out.append(w[len(p):])
            if not w[len(p):].startswith("ال"):
                out.append("ال" + w[len(p):])
    return out


def _fr_shortened_label(inner: str, repeated: dict[str, int]) -> bool:
    """«les « bonnets »» in an article that marks «bonnets verts» two times or more: one lower-case
    word in marks that is the first word of a label the writer marks again and again is that
    label cut short (its term), not a word someone said."""
    body = inner.strip(" \u00a0\u202f\u2009")
    if " " in body or not body[:1].islower() or not body.isalpha():
        return False
    key = _repeat_key(body, "fr")
    return any(n >= 2 and " " in other and other.split()[0] == key for other, n in repeated.items())


def _label_key(inner: str) -> str:
    """A marked expression with its plural «s» folded: «gilet jaune» and «gilets jaunes» are one
    label used twice (the case is kept: a heading «Présence symbolique» repeats speech)."""
    return " ".join(w.rstrip("s") for w in inner.strip().split())


@cache
def _roman_re() -> re.Pattern[str]:
    return re.compile(r"[IVXLC]{1,6}")


def _kind_by_form(inner: str, nw: int, lex: Lexicon, repeated: dict[str, int]) -> str | None:
    """The first rules of ``_nonspeech_kind``: the ones that read the marked words alone (and
    how often they are marked), never the words around them nor whether a cue was found."""
    if " " not in inner.strip() and len(inner) <= 12 and (any(c.isdigit() for c in inner)
                                                          or (inner.isupper() and inner.isascii())):
        return "term"
    if nw <= (5 if lex.lang == "ar" else 3) and repeated.get(_repeat_key(inner, lex.lang), 0) >= 2:
        return "term" if nw <= 3 else "title"  # («أليس في بلاد العجائب» twice, alef forms aside)
    return None


def _settled(text: str, toks: list[Tok], top: list[MarkedSpan], qpos: list[int], lex: Lexicon,
             repeated: dict[str, int]) -> set[int]:
    """The quotations (by index in ``top``) whose kind and speaker nothing found earlier in the
    article can change: a ``term`` by its form (``_kind_by_form``) that no later rule of
    ``_attribute_all`` turns into speech. Such a quotation comes out as ``_settled_quote``
    whatever the loop has found before it; a page of one repeated quotation is all of them.

    What keeps a term from being settled (each read in ``_attribute_all``): the first one-word
    lowercase French term (said first, echoed after: decided by its cue), a French verb phrase
    (``french.verb_phrase``: someone's words), and a French crowd's chant or banner (its group
    is resolved against the people met so far)."""
    out: set[int] = set()
    seen: set[str] = set()
    fr = lex.lang == "fr"
    for q, sp in enumerate(top):
        inner = text[sp.start:sp.end]
        nw = len(inner.split())
        first = False
        if fr:
            key = _repeat_key(inner, lex.lang)
            first = key not in seen
            seen.add(key)
        if _kind_by_form(inner, nw, lex, repeated) != "term":
            continue
        if fr:
            if (first and nw == 1 and inner[:1].islower()) or french.verb_phrase(inner):
                continue  # (a verb phrase marked twice is someone's words, read in the loop)
            k = qpos[q]
            if french.chant_group(text, toks, k) or french.written_group(text, toks, k):
                continue
        out.add(q)
    return out


def _settled_quote(text: str, toks: list[Tok], sp: MarkedSpan, k: int, att: Attributor,
                   lex: Lexicon) -> Quote:
    """A settled quotation (``_settled``) as ``_attribute_all`` gives it: a term, or a title when
    it is a headline («Lire aussi : « … »», «« … », titre le quotidien»)."""
    named = lex.lang == "fr" and (french.headline(toks, k) or french.named_by(toks, k)
                                  or french.calls_it(toks, k))
    kind = "title" if att.after_link(k) or named else "term"
    return Quote(text[sp.start:sp.end], sp.start, sp.end, None, None, kind)


def _nonspeech_kind(text: str, toks: list[Tok], k: int, inner: str, lex: Lexicon,
                    has_cue: bool, repeated: dict[str, int]) -> str | None:
    """``title``/``term``/``scare`` for marked spans that are not someone's words, else None."""
    words = inner.split()
    nw = len(words)
    ends = inner.rstrip()[-1:] in _TERMINATORS
    # «dont « 650 casseurs », selon la préfecture», «elle citait « 40 % » de ses promesses,
    # jugeant …»: a figure the marks give to a source a cue names is its estimate, not a label
    figure = lex.lang == "fr" and has_cue and nw <= 4 and words[0][:1].isdigit()
    by_form = _kind_by_form(inner, nw, lex, repeated)
    if by_form is not None and not (figure and by_form == "term"):
        return by_form
    if lex.lang == "ar" and nw <= 2 and not ends and _ar_kin_before(toks, k, lex):
        return "term"  # «الطالبة فلانة وشقيقها «فلان»»: the relative's name in marks, no one's words
    if lex.lang == "ar" and nw == 1 \
            and normalize(words[0]).removeprefix("و") in ar_weekdays():
        return "term"  # «اليوم «الأربعاء»»: a day named, never someone's words
    if nw <= 3 and any(c.isdigit() for c in inner) and not figure \
            and not (lex.lang == "en" and nw >= 2 and words[0] in _determiners()
                     and words[-1].isalpha() and words[-1].islower()):
        return "term"  # «4.1 طن», «Boeing 777», "COP 21" (not 'was exerting "a 100% effort"': words)
    if lex.lang == "fr" and not ends and nw <= 6 and french.named_after_noun(toks, k, inner):
        return "title"  # «le mot « … »», «le slogan « … »», «du type « … »»: the thing named
    # (``_ar_name_run`` refuses words ending on a full stop: no «not ends» needed beside it)
    name_run = lex.lang == "ar" and _ar_name_run(words)
    if name_run and repeated.get(_repeat_key(inner, lex.lang), 0) >= 2:
        return "title"  # «“التحالف من أجل …”» marked again and again: a body's name, not words said twice
    if name_run and nw <= 4 and _ar_named_person(_left_words(toks, k, 12, ""), lex):
        return "term"  # «المحاضر الأميركي “…”»: the person's name set after the noun that describes them
    if name_run and nw <= 8 and _ar_after_relative_verb(_ar_past_time(_left_words(toks, k, 4, "")), lex):
        return "term" if nw <= 3 else "title"  # «الذي أنجزه “…”»: the verb's subject or object
    if lex.lang == "ar" and nw - 1 <= _ar_platform_gaps() and _ar_platform(words):
        return "term"  # «على "فايسبوك"»: a social network's name, whatever verb is near
    if lex.lang == "ar" and _ar_foreign_or_formula(inner):
        return "term"  # «رسائل "sms"», «قيادتنا "أيدها الله"»: a foreign word or a blessing, no one's words
    if lex.lang == "ar" and nw <= 2 and not ends and _ar_relayed_by(toks, k):
        return "term"  # «كما نقلت «رويترز».»: the agency that relayed the words, named after its verb
    if lex.lang != "ar" and 2 <= nw <= 3 and _roman_re().fullmatch(words[-1].rstrip(".,")) \
            and (words[-1] != "I" or lex.lang == "fr"):
        return "title"  # «l'acte VIII», «Vatican II»: a numbered event or era, not words
    left = _left_words(toks, k, 3, ",،(-:")
    if left:
        wide = _left_words(toks, k, 6, ",،(-:\"«»“”")
        if lex.lang == "ar":
            # («ويطلق عليه “…”», «فما يسمى “…”»: the phrase's first word may carry و/ف)
            wide = [w[1:] if w[:1] in "وف" and len(w) > 2 and w[1:] in _first_words(lex.scare) else w
                    for w in wide]
        in_wide = set(wide)  # a phrase whose first word is not there cannot be in it
        for ph in lex.scare:
            n = len(ph)
            # (a phrase right before the marks ends with the word right before them, ``left[0]``)
            if (ph[-1] == left[0] and tuple(reversed(left[:n])) == ph) \
                    or (lex.lang == "ar" and ph[0] in in_wide and any(
                    tuple(reversed(wide[s:s + n])) == ph for s in range(len(wide) - n + 1))):
                # («ما يسمى “…”», «يطلق عليه اسم “…”»: in Arabic a label, never someone's words)
                return "term" if lex.lang == "ar" else "scare"
    if lex.lang == "ar":
        asked = inner.rstrip()[-1:] in "؟?"
        said = has_cue and _ar_opens_with_verb(words)
        named = _ar_named_span(_left_words(toks, k, 6, ",،(-:"), nw, ends, lex, asked, said) \
            or arabic_labels.label_kind(toks, k, inner, lex)
        if named is not None:
            return named
    near = left[:3] if lex.lang == "ar" else left[:2] if left[:1] in (["de"], ["of"], ["du"], ["des"]) \
        else left[:1]
    for at, w in enumerate(near):
        if lex.lang == "ar" and at > 0 and has_cue and nw >= 3 \
                and not all(ar_nisba(x, 0) for x in near[:at]) \
                and not (nw <= 5 and not _ar_opens_with_verb(words)
                         and _ar_event_with_modifier(left, at, lex)):
            break  # «وقال فلان وهو أستاذ بجامعة أكسفورد “…”»: a title word further back is the speaker's
        if lex.lang == "ar" and w in _ar_that():
            break  # «قال X من مجموعة Y إن “…”»: the body named before أن is not what is quoted
        forms = _strip_ar(w) if lex.lang == "ar" else [w, w.rstrip("s")]
        if lex.lang == "ar" and _ar_construct_role(left, w, nw, lex):
            break  # «وقال مدير البرنامج “نحن …”»: the programme's director speaks
        if lex.lang in ("en", "fr") and has_cue and inner[:1].islower():
            break  # 'called the plan "ambitious but credible"': words about the plan
        if any(f in lex.titles for f in forms) and (not ends or nw <= 5) and nw <= 12:
            return "term" if w in _name_titles_en() else "title"
    if lex.lang == "fr" and not has_cue and not ends and nw <= 8 and inner[:1].isupper() \
            and _fr_title_noun_then_adjective(left, lex):
        return "title"  # «le slogan anti-immigration « … »», «la campagne nationale « … »»
    if lex.lang == "ar" and _ar_named_by_noun(toks, k, inner, left, lex):
        return "term"
    if lex.lang == "ar" and not ends and _ar_role_of_body(_left_words(toks, k, 1, "")):
        return "term"  # «رئيس «…»»: the body a role noun heads, named in its genitive
    if lex.lang == "ar" and not ends and nw <= 10 and not _ar_clause_shaped(words) \
            and _ar_named_thing(_left_words(toks, k, 12, ""), lex):
        return "title"  # «كراسة “…”», «برنامجنا الخيري المشترك “…”»: the thing's name
    if lex.lang == "ar" and _ar_titled_span(inner):
        return "title"
    if lex.lang == "ar" and not ends and _ar_named_after(toks, k, lex):
        return "title" if nw > 2 else "term"  # «“من أجل مدرسة للجميع”، هو الشعار الذي …»
    if lex.lang == "ar" and nw == 1 and not ends and _ar_name_after_noun(toks, k, inner, lex):
        return "term"  # «النفط الخام «نايمكس» تجاوز …»: a name set after the noun it names
    if lex.lang == "ar" and nw == 1 and not ends and _ar_name_after_nation(toks, k, inner, lex):
        return "term"  # «المكتبان الفرنسي «…» والهولندي «…»»: a body's name after its nationality
    if lex.lang == "ar" and nw <= 2 and left and left[0] in ar_for_about() and not ends:
        return "term"  # «لـ "عكاظ"»: a newspaper or body named after a preposition
    if lex.lang == "ar" and nw == 3 and left and left[0] in ar_for_body() and _ar_body_name(words):
        return "term"  # «التابع لـ«الجيش الوطني الحر»»: a body's name, its noun and nisba adjectives
    if lex.lang == "ar" and not ends and _ar_told_to(_left_words(toks, k, 7, ",،(-:\"«»“”"), nw, lex):
        return "term"  # «كشف فلان لـ«بي بي سي»», «في تصريح لـ"اليوم"»: the outlet spoken to, not words
    if lex.lang == "ar" and nw <= 2 and not ends and left and left[0] not in _framing() and left[0] != "ب" \
            and k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].norm in ar_that_an() \
            and toks[k - 1].kind == "w":
        return "term"  # «وذكرت وكالة أنباء الصين الجديدة «شينخوا» أن …»: the speaker's name in marks
    if lex.lang == "ar" and not ends and nw <= 10 and _ar_marked_in_speaker_phrase(toks, k, words, lex):
        return "term"  # «ويقول فلان «مستأجر»: …», «… الأمريكية «فلان»: إن …»: who speaks, not what
    if lex.lang != "ar" and inner[:1].isupper() and nw <= 6 and not ends and left \
            and (left[0] in _determiners() or left[0].endswith("'un") or left[0].endswith("'une")):
        return "title"  # «la mise en place d'un « Comité national pour la mer »», "a "Green Deal" plan"
    if lex.lang == "fr" and inner[:1].isupper() and nw <= 3 and not ends and left \
            and left[0] in fr_addressee_prepositions():
        return "term"  # «une interview au « Parisien »», «confient-elles à « Ouest-Matin »»: a newspaper
    if has_cue:
        return None
    if lex.lang == "ar" and not ends and 5 <= nw <= 8 and k > 0 and toks[k - 1].kind == "w" \
            and toks[k - 1].norm in _ar_phrase_prepositions() and _ar_name_run(words):
        # «… ينفقونها لدى “مجمع الياسمين الأزرق لطب الأسنان”»: with no reporting verb, a phrase shaped as a
        # name right after a preposition of place or time (``phrase_prepositions_ar.txt``, which
        # no verb takes as its complement, unlike «بـ», «إلى», «على») is what it governs, a name
        return "title"
    # (a dash or a slash standing alone between words is no word: «مدني ديمقراطي كردي - علماني»)
    counted = nw if lex.lang != "ar" else sum(1 for w in words if any(c.isalpha() for c in w))
    if counted >= 5 or (ends and counted >= 3):
        return None
    if nw >= 2 and _en_speech_comma(toks, k, inner, lex.lang):
        return None  # '"Prices rose in May," the governor, Ana Ruiz, said': speech before its attribution
    if lex.lang != "ar" and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words) \
            and any(w[:1].isupper() for w in words):
        return "title"
    return "scare"


@cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first word of each phrase (one set per phrase list, kept)."""
    return frozenset(ph[0] for ph in phrases)


def _ar_opens_on_stop(inner: str) -> bool:
    """The marked words open on a comma, semicolon or full stop («، مضيفا», «. رابط الخبر …»):
    no one's words begin so in Arabic news; the first mark was a closing one (marks written
    alike or astray) and the span runs between two quotations. An ellipsis («… ونحن») opens a
    cut quotation and stays one."""
    s = inner.lstrip()
    return s[:1] in _AR_SPAN_STOPS and s[1:].lstrip()[:1] not in (".", "…")


_AR_SPAN_STOPS = frozenset("،,؛;.")


def _ar_kin_before(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The word right before the marks is a kinship noun with its pronoun or و («وشقيقها»,
    «ونجله», ``kinship_ar.txt``): a relative named, the name in marks («وشقيقها «…»»); not
    the subject of a verb of saying right before it («وقال شقيقها «…»»: the relative speaks)."""
    j = k - 1
    if j < 0 or toks[j].kind != "w" or toks[j].norm in ar_kinship() or not ar_kin_word(toks[j].norm):
        return False
    return not (j >= 1 and toks[j - 1].kind == "w" and toks[j - 1].norm in lex.cues)


@cache
def _ar_proclitics() -> tuple[str, ...]:
    """No clitic, then the proclitics a noun may carry (``proclitics_ar.txt``), shortest first."""
    return ("", *sorted(_ar_proclitic_words(), key=lambda p: (len(p), p)))


@cache
def _ar_possessives() -> tuple[str, ...]:
    """Possessive endings (folded) a noun of a thing may carry: «برنامجنا», «مشروعها», «كتابه»."""
    return tuple(_ar_possessive_suffixes())


def _ar_thing_head(w: str, heads: frozenset[str]) -> tuple[bool, bool]:
    """Whether folded ``w`` is a noun of ``heads`` (works, ``named_things_ar.txt``) with its
    clitics, and whether it is bare (no article, no possessive: a construct noun whose genitive
    is what follows it)."""
    for p in _ar_proclitics():
        if not w.startswith(p) or len(w) - len(p) < 3:
            continue
        stem = w[len(p):]
        if stem in heads:
            return True, True
        if stem.startswith("ال") and stem[2:] in heads:
            return True, False
        if p in ("", "و") and stem.startswith("لل") and stem[2:] in heads:
            return True, False
        for e in _ar_possessives():
            if stem.endswith(e) and stem[: -len(e)] in heads:
                return True, False
    return False, False


def _ar_named_thing(left: list[str], lex: Lexicon) -> bool:
    """«كراسة “…”», «هذه الوثيقة الخاصة “…”», «برنامجنا الخيري المشترك “…”», «ناطحة السحاب
    الأميركية الشهيرة “…”»: marked words (with no verb in the imperfect: «في كتابه “المدينة
    تتغير”» quotes the book, the caller checks) right after a noun of a thing (a work, a document, a
    building, a vessel: ``works_ar.txt``, ``named_things_ar.txt``), with only definite adjectives or
    a definite genitive between, name that thing. A bare construct noun right before the marks
    («كراسة “…”») always takes them as its genitive; a defined noun does unless it is the subject
    of a reported «أن» (the marks are then its predicate: «أن الخطة “طموحة”») or ends the
    subject of a reporting verb («وقال مدير المشروع “…”»: its words)."""
    heads = ar_works() | _ar_named_things()
    for at, w in enumerate(left[:4]):
        found, bare = _ar_thing_head(w, heads)
        if found:
            if bare and at == 0:
                return True
            rest = left[at + 1:at + 4]
            if _ar_subject_of_that(left[at + 1:at + 9]):
                return False  # «أن الخطة في صيغتها “…”»: a verdict on the subject of «أن»
            return not any(x in lex.cues or x.removeprefix("و") in lex.cues or x in lex.roles
                           or x.removeprefix("و") in lex.roles or x in lex.people for x in rest)
        word = w.removeprefix("و")
        if not word.startswith("ال") or len(word) <= 3 or w in lex.stops or word in lex.roles \
                or word in lex.people or w in lex.cues or (at == 0 and not _ar_adjective_shape(word)):
            return False  # only definite adjectives (or a genitive before one) between noun and marks
    return False


def _ar_subject_of_that(before: list[str]) -> bool:
    """Whether the words before a noun (read backwards) reach a «أن/إن» with no imperfect verb
    between: the noun is then in the subject of that clause («أن التقارير عن الحادث “…”») and
    marks after it may be its predicate; after a verb («أن المدينة ستستقبل السفينة “…”») the
    noun is that verb's object."""
    for j, w in enumerate(before):
        if w in _ar_clause_openers():
            # the word right after «أن» opens its subject (an article, a demonstrative) or is
            # its verb («أن تسهم هذه الوثيقة “…”»: the noun is that verb's subject)
            if j == 0:
                return True  # «أن الخطة “…”»: the noun itself is the subject
            return before[j - 1].startswith("ال") or before[j - 1] in _ar_demonstratives()
        if arabic_labels._imperfect(w):
            return False
    return False


def _ar_clause_shaped(words: list[str]) -> bool:
    """Marked Arabic words that read as a clause or a predicate, not a name: an imperfect verb,
    a pronoun, negation or «أن» (``clause_words_ar.txt``; «أن» also after a proclitic: «لأن»), or a
    first word in the accusative («مرجعا للدباغة»: what the noun was made)."""
    folded = [normalize(w) for w in words]
    stops = ar_clause_words()
    return bool(folded) and (folded[0].endswith("ا") or any(
        _ar_verb_form(raw, w) or w in stops or (w[:1] in "وفلبك" and w[1:] in _ar_that_forms())
        for raw, w in zip(words, folded, strict=True)))


def _ar_verb_form(raw: str, w: str) -> bool:
    """``arabic_labels._imperfect`` of folded ``w``, except a word written with a plain alef after
    its first س («ساينس», «سامسونج»: a foreign name; the future of the first person is written
    with hamza, «سأعمل», and folds to the same letters)."""
    if raw.removeprefix("و").removeprefix("ف").startswith("سا"):
        return False
    return arabic_labels._imperfect(w)


#: «أن/إن» after a proclitic («لأن», «بأن», «وإن», folded): a clause opens there (a pronoun after
#: a preposition, «لهم», is no clause).
_ar_that_forms = lazy_words("prcli.quotations", "that_forms_ar.txt")


def _ar_name_run(words: list[str]) -> bool:
    """Marked Arabic words shaped as a name or a title, not a clause: two to twelve words with no
    punctuation inside or at the end, no pronoun, negation or auxiliary
    (``clause_words_ar.txt``), no imperfect verb, and no first word in the accusative («ردا»,
    a predicate) or opening with a preposition («بالجرأة», «لبرامج»: a complement)."""
    if not words or len(words) > 12 or any(c in "،,:؛;.!?؟…" for w in words for c in w):
        return False
    folded = [normalize(w) for w in words]
    stops = ar_clause_words()
    if any(w in stops or w.removeprefix("و") in stops or _ar_verb_form(raw, w)
           for raw, w in zip(words, folded, strict=True)):
        return False
    first = folded[0]
    governed = (first[:1] in "بلك" and first[1:3] in ("ال", "ل")) or first[:2] == "لل"
    return not first.endswith("ا") and not governed


#: How many tokens before marked words the reporting verb of their speaker phrase is looked for
#: (``_ar_marked_in_speaker_phrase``): a verb, a long description of its subject, the marks.
_AR_SPEAKER_PHRASE_REACH = 20


def _ar_marked_in_speaker_phrase(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«وقال أستاذ الطب بجامعة «…» الأمريكية «فلان الفلاني»: إن …», «ويقول فلان «مستأجر»: …»,
    «قال المتحدث الرسمي لشركة … “…”، “فلان” لـ “…” إن …»: marked words shaped as a name or a
    description (no clause words, no verb first), between a reporting verb with its subject and the colon or
    «إن/أن» that opens what it reports (maybe after more marked names and a «لـ “outlet”»), are
    part of the speaker phrase: the speaker's name, trade or body, no words of theirs. Only words,
    commas and marked names may stand between the verb and the marks, with at least one word (the
    subject); a short phrase of where or when it was said (``speech_setting_preps_ar.txt``: «في
    تقديمه لكتابه») may stand between the marks and the colon or «إن»."""
    folded = [normalize(w) for w in words]
    stops = ar_clause_words()
    if any(c in "،,:؛;.!?؟…" for w in words for c in w) or any(w in stops for w in folded) \
            or _ar_verb_form(words[0], folded[0]):
        return False  # («كاليب ميشو» reads as «كالـ…», «سياحي» as a verb: the place decides, not the shape)
    stop = len(toks)
    j = k + 1
    while j + 1 < stop and toks[j + 1].kind == "q" and toks[j].norm in (",", "،", "ل", "لـ"):
        j += 2  # «“فلان” لـ “عين اليوم” إن …», «“الشركة”، “فلان” …»
    if j < stop and toks[j].kind == "w" and toks[j].norm in _ar_speech_setting_preps():
        # «يقول عالم السياسة الشهير “فلان” في تقديمه لكتابه: “…”»: where or when it was said
        e = j + 1
        while e < stop and e - j <= 5 and toks[e].kind == "w" and toks[e].norm not in ar_that_an():
            e += 1
        if e < stop and (toks[e].norm == ":" or toks[e].norm in ar_that_an()):
            j = e
    if j + 1 >= stop or toks[j + 1].kind not in ("w", "q") \
            or not (toks[j].norm == ":" or (toks[j].kind == "w" and toks[j].norm in ar_that_an())):
        return False
    subject = False
    for m in range(k - 1, max(-1, k - 1 - _AR_SPEAKER_PHRASE_REACH), -1):
        t = toks[m]
        if t.kind == "w":
            w = t.norm
            if w in _ar_that():
                return False  # «أن “…”»: the marks are what that clause says
            if w in lex.cues or (w[:1] in "وف" and w[1:] in lex.cues):
                return subject
            subject = True
        elif t.kind != "q" and t.norm not in (",", "،"):
            return False
    return False


def _ar_plain_name(toks: list[Tok], inner: str) -> bool:
    """Two to four marked words shaped as a name (``_ar_name_run``) that the article also writes
    without marks (``_ar_written_plainly``)."""
    words = inner.split()
    return 2 <= len(words) <= 4 and inner.rstrip()[-1:] not in _TERMINATORS and _ar_name_run(words) \
        and _ar_written_plainly(toks, words)


#: How many words before marks the role their titled name holds may open (``_ar_titled_name_in_marks``).
_AR_ROLE_REACH = 10


def _ar_titled_name_in_marks(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«أعلن ذلك الناطق باسم الشرطة “العقيد سامر الزين”، مبينا …»: marks right after a role (a
    role word among the ten words before, no reporting verb or stop word after it), closed by
    punctuation,
    holding a rank or honorific and two or three words of a name (``_ar_name_run``, no stop word,
    cue, role or person noun among them, ال only on the last) hold the role holder's name, not
    words someone said."""
    words = inner.split()
    if not 3 <= len(words) <= 4 or not _ar_name_run(words) or k == 0 \
            or not (toks[k - 1].kind == "w" or toks[k - 1].norm in (",", "،")) \
            or (k + 1 < len(toks) and toks[k + 1].kind == "w"):
        return False
    left = _left_words(toks, k, _AR_ROLE_REACH, ",،")
    role = next((n for n, w in enumerate(left) if w.removeprefix("و").removeprefix("ال") in lex.roles), None)
    if role is None or any(w in lex.cues or w.removeprefix("و") in lex.cues or w in lex.stops
                           for w in left[:role]):
        return False  # («وقال “الفريق مستعد …”»: what the verb reports)
    folded = [normalize(w) for w in words]
    if any(w.startswith("ال") for w in folded[1:-1]):
        return False  # («“المواطن رجل الأمن الأول”»: a definite noun inside, a phrase, no name)
    return folded[0] in lex.honorifics and not any(
        w in lex.stops or w in lex.cues or w in lex.roles or w in lex.honorifics or w in lex.people
        or not w.isalpha()
        for w in folded[1:])


def _ar_named_person(left: list[str], lex: Lexicon) -> bool:
    """«المحاضر الأميركي “…”», «اللاعب “…”»: marks right after a definite noun describing a person
    (``people_ar.txt``), maybe with definite adjectives between, hold that person's name; not
    when a reporting verb is in the clause before the noun («وقال المدرب “…”»: the words it
    reports) nor when the noun is in the subject of a «أن» (a verdict on the person)."""
    for at, w in enumerate(left[:3]):
        head = w.removeprefix("و")
        if head in lex.people:
            before = left[at + 1:at + 9]
            return not _ar_subject_of_that(before) \
                and not any(x in lex.cues or x.removeprefix("و") in lex.cues for x in before)
        if not head.startswith("ال") or len(head) <= 3 or w in lex.stops or head in lex.roles \
                or w in lex.cues or not _ar_adjective_shape(head):
            return False
    return False


def _ar_group_name(inner: str) -> bool:
    """«اضطر للانضمام إلى “داعش”», «أن «النصرة» …»: the marks hold nothing but the name of a
    well-known armed group, movement or party (``group_names_ar.txt``): its name, not words."""
    return " ".join(normalize(w) for w in inner.split()) in _ar_group_names()


def _ar_plain_single_name(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«مسلحي «داعش»» where the article also writes «تنظيم داعش»: one marked word shaped as a
    proper name (``arabic_labels._name_shaped``: no ال, no adjective, plural, feminine or verb
    shape; no verbal noun, «“تحرير”») that the article writes without marks too, is a name set
    apart, not a word said. Only inside the sentence's syntax, right after a word that is no
    reporting verb (after a colon or «ويقول: “أستطيع”» one word is what is said)."""
    words = inner.split()
    if len(words) != 1 or inner.rstrip()[-1:] in _TERMINATORS or k == 0 or toks[k - 1].kind != "w":
        return False
    before = toks[k - 1].norm
    if before in lex.cues or before.removeprefix("و") in lex.cues or before in _framing():
        return False
    word = normalize(words[0])
    return arabic_labels._name_shaped(words, lex) and not ar_verbal_noun_shape(word) \
        and _ar_written_plainly(toks, words)


def _ar_written_plainly(toks: list[Tok], words: list[str]) -> bool:
    """Whether the article also writes these marked words (a name of two to four words) without
    marks, the first maybe with a proclitic («بعاصفة الحزم»): a name the writer uses plainly
    elsewhere is a name here too, not words someone said (one word may well be said again)."""
    folded = [normalize(w) for w in words]
    for p in _ar_proclitics():
        for m in word_positions(toks, p + folded[0]):
            if all(m + n < len(toks) and toks[m + n].kind == "w" and toks[m + n].norm == w
                   for n, w in enumerate(folded[1:], 1)):
                return True
    return False


def _ar_past_time(left: list[str]) -> list[str]:
    """Words before marks (nearest first) without a time phrase right before the marks («هذا
    العام», «العام الماضي», «اليوم»: ``time_words_ar.txt`` and demonstratives, two words at most):
    «التي حصدها هذا العام “…”» names the verb's subject as «التي حصدها “…”» does."""
    n = 0
    while n < 2 and n < len(left) and (left[n] in _ar_time_words() or left[n] in _ar_demonstratives()):
        n += 1
    return left[n:] if n and left[0] in _ar_time_words() else left


def _ar_after_relative_verb(left: list[str], lex: Lexicon) -> bool:
    """«التقرير الذي أنجزه “…”», «الأمر الذي دفع “…” إلى»: marks right after a relative pronoun and
    its verb hold that verb's subject or object, a name; not after a reporting verb («الذي قال
    “…”», «التي اعتبرتها “…”»: what is said), a verb of being («التي كانت “…”»: a predicate),
    a noun of speech («الذي نصه “…”») or a preposition («التي في “…”»)."""
    if len(left) < 2 or left[1].removeprefix("و") not in ar_relatives():
        return False
    verb = left[0]
    forms = {verb, verb.removeprefix("و")}
    forms |= {f[: -len(e)] for f in list(forms) for e in ("ه", "ها", "هم", "هما") if f.endswith(e)}
    blocked = _ar_being_verbs() | ar_speech_nouns()
    return len(verb) >= 3 and verb not in lex.stops and not any(f in lex.cues or f in blocked for f in forms)


def _ar_adjective_shape(w: str) -> bool:
    """A folded definite word shaped as an adjective: a nisba («الأميركية», «الخيري»), a
    feminine ending («الشهيرة», «الخاصة») or a participle in م («المشترك», «المقبل»); a bare
    verbal noun («الاقتراع») is a genitive, and a noun with its genitive takes no name after."""
    return w.endswith(("ي", "يه", "ه")) or w.startswith("الم")


def _ar_role_of_body(left: list[str]) -> bool:
    """«أنطوني مالكين، رئيس «…»»: marked words right after (nothing between) a bare role noun
    that heads a body (``body_leaders_ar.txt``; construct state: no article) are its genitive,
    the body's name; a quotation never follows a role noun with no article and no genitive."""
    return bool(left) and left[0].removeprefix("و") in _ar_body_leaders()


def _ar_body_name(words: list[str]) -> bool:
    """Three definite words, the second a nisba adjective («الجيش الوطني الحر», «الحزب
    الاشتراكي الموحد»): the shape of a body's name (a noun, its nisba, one more adjective)."""
    folded = [normalize(w) for w in words]
    return all(w.startswith("ال") and len(w) > 3 for w in folded) and ar_nisba(folded[1], 0)


def _fr_title_noun_then_adjective(left: list[str], lex: Lexicon) -> bool:
    """«le slogan anti-immigration « … »»: a title noun (slogan, campagne, opération …), its
    determiner and one adjective right before the marks (``left`` reads backwards)."""
    if len(left) < 3 or left[0] in lex.titles or left[0] in stopwords("fr") \
            or not left[0].replace("-", "").isalpha():
        return False
    return (left[1] in lex.titles or left[1].rstrip("s") in lex.titles) \
        and left[2] in language_words("determiners_attribute", "fr")


#: Arabic prepositions of address: «قال لـ“…”», «تحدث إلى «…»», «صرح عبر “…”» name whom one speaks to.
_ar_to_preps = lazy_words("prcli.quotations", "to_prepositions_ar.txt", convert=normalize)



def _ar_told_to(left: list[str], nw: int, lex: Lexicon) -> bool:
    """A short marked name right after لـ/إلى/عبر that follows a reporting verb or a speech noun
    in the same clause («وأكد القروني لـ«…»», «في حديث خاص لـ“…”», «تحدث إلى «…»») is the
    newspaper or channel addressed: a name, never someone's words (a longer span after لـ, «التصدي
    لـ“هذا التصعيد الخطير”», keeps its kind)."""
    if not left or left[0] not in _ar_to_preps() or nw > 4:
        return False
    nouns = ar_speech_nouns() | ar_addressing()
    for w in left[1:]:
        if w in _ar_that():
            return False  # «وقال إن الوزارة تسعى لـ“تحقيق التوازن”»: inside the words reported
        bare = w.removeprefix("و")
        if left[0] != "مع" and (w in lex.cues or bare in lex.cues):
            # («وأرجع المدير التأخير إلى “…”»: the cause the speaker gives, no one spoken to)
            return not (left[0] in ("الى", "الي") and w in _ar_cause_verbs())
        if any(f in nouns or f.removesuffix("ه") in nouns or f.removesuffix("ها") in nouns
               for f in [*_strip_ar(w), bare]):
            return True
    return False


def _ar_source_in_narration(text: str, toks: list[Tok], i: int, np: tuple[int, int], name: str,
                            reach: int = 80) -> bool:
    """Whether token ``i`` is «بحسب/حسب/وفق …» in a sentence that quotes nothing: the writer
    credits a view to someone in passing («… وهي - بحسب خبراء - نتيجة …»); that source is no
    speaker a later «وقال» or a later quotation goes on with, unlike one who was just quoted."""
    if toks[i].norm.removeprefix("و") not in _ar_according():
        return False
    k = i - 1
    while k >= 0 and toks[k].kind == "w" and toks[k].norm in ("و", "ف"):
        k -= 1
    if k < 0 or toks[k].kind == "b":
        # «وبحسب X، فقد …» opens its sentence: X is its source and goes on speaking (if X is a name)
        return name not in text[toks[np[0]].start:toks[np[1] - 1].end]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(toks) and abs(k - i) <= reach and toks[k].kind != "b":
            if toks[k].kind == "q":
                return False
            k += step
    return True


#: Source prepositions before a short marked name: «بحسب “الفرنسية”» names the agency, it says nothing.
_ar_source_preps = lazy_words("prcli.quotations", "source_prepositions_ar.txt")


@cache
def _ar_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """``lexicon.phrases`` of an Arabic list, loaded once."""
    return phrases(name)


def _ar_relayed_by(toks: list[Tok], k: int) -> bool:
    """«… كما نقلت «رويترز».», «وفق ما أوردت "الحياة"،»: marked words right after a verb of
    relaying and closing the clause are the outlet's name."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].kind != "w":
        return False
    verb = toks[k - 1].norm.removeprefix("و")
    nxt = toks[k + 1]
    return verb in _ar_relay_verbs() and (nxt.kind in ("p", "b") and nxt.norm in (".", "،", ",", "\n", ";"))


def _ar_foreign_or_formula(inner: str) -> bool:
    """Marked words in an Arabic article that are a short Latin-script name or term («sms»,
    «Vision 2030») or a formula of blessing («أيده الله», «صلى الله عليه وسلم»)."""
    words = inner.split()
    if 1 <= len(words) <= 3 and all(c.isascii() for c in inner) and any(c.isalpha() for c in inner) \
            and inner.rstrip()[-1:] not in _TERMINATORS:
        return True
    folded = tuple(normalize(w) for w in words)
    return (len(words) <= 5 and folded in formulas()) or _ar_prayer_for(words, folded)


def _ar_transliterated_name(inner: str) -> bool:
    """«“ستاندرد آند بورز 500”», «“بنك أوف …”», «معهد “سنتر فور … اند …”»: three to eight marked
    words with an English «and/of» spelled in Arabic letters between two of them are a foreign
    name (a firm, an index, a body, a band), never someone's words: no Arabic sentence holds
    those words."""
    words = inner.split()
    return 3 <= len(words) <= 8 and inner.rstrip()[-1:] not in _TERMINATORS \
        and any(normalize(w) in _ar_transliterated_joiners() for w in words[1:-1])


def _ar_glossed_name(text: str, sp: MarkedSpan, inner: str, lex: Lexicon) -> bool:
    """«الشرطة و“الحرس الأخضر” (قوات الحدود)», «المدمرة “أسكولد” (Askold)», «طريق “…” (العقدة)»:
    one to six marked words right followed by a short gloss in brackets (one to four words: the
    thing's other name, its Latin spelling, «أي …») are a name the writer explains, not
    someone's words. A bracket saying whose words they are («(على حد تعبيره)», «(حسب …)») holds
    a stop word, a reporting verb or an «according to», and one citing where they stand («(ج1
    ص303)», «(2005)») a figure: neither is a gloss."""
    if not sp.closed or not 1 <= len(inner.split()) <= 6 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    m = _AR_GLOSS.match(text, sp.close_at + 1)
    if m is None:
        return False
    gloss = [normalize(w) for w in m.group(1).split()]
    return 1 <= len(gloss) <= 4 and not any(c.isdigit() for c in m.group(1)) and not any(
        w in lex.stops or w in lex.cues or w.removeprefix("و") in _ar_according() for w in gloss)


_AR_GLOSS = re.compile(r"[ \u00a0]*\(([^()\n]{2,40})\)")


#: English «and/of» spelled in Arabic letters, inside a transliterated name.
_ar_transliterated_joiners = lazy_words("prcli.quotations", "transliterated_joiners_ar.txt",
                                        convert=normalize)


def _ar_prayer_for(words: list[str], folded: tuple[str, ...]) -> bool:
    """«شفاه الله», «وفقها الله», «حماهم الله تعالى»: a verb carrying the pronoun of the one it is
    asked for, then «الله» (maybe «تعالى»), is a prayer the writer adds after a name, whatever
    the verb (the listed formulas, ``eulogies_ar.txt``, are only the commonest)."""
    if len(folded) == 3 and folded[2] in ("تعالي", "سبحانه"):
        folded = folded[:2]
    if len(folded) != 2 or folded[1] != "الله":
        return False
    verb = folded[0].removeprefix("و")
    if words[0].endswith("ة"):
        return False  # «هبة الله», «آية الله»: a noun in construct, not a verb and its pronoun
    return any(verb.endswith(p) and len(verb) - len(p) >= 2 for p in ar_attached_pronouns())


#: «هو»/«هي» (and with و) before a noun that says what the marked words are.
_ar_copula = lazy_words("prcli.quotations", "copula_pronouns_ar.txt")


def _ar_named_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«“…”، هو الشعار الذي اختارته الرابطة», «“…” هي عنوان الدورة»: marked words that are the
    subject of «هو/هي» + a noun of titles (a slogan, a title, a name) are that title."""
    m = k + 1
    if m < len(toks) and toks[m].norm in (",", "،"):
        m += 1
    if m + 1 >= len(toks) or toks[m].norm not in _ar_copula() or toks[m + 1].kind != "w":
        return False
    noun = toks[m + 1].norm
    return any(f in lex.titles or f.removeprefix("ال") in lex.titles for f in _strip_ar(noun))


def _ar_bare_name_word(word: str) -> bool:
    """One folded marked word written as a bare name: no ال, three letters or more, not ending as
    an adjective, a plural or an accusative (ي, ه, ة, يه, ا, ين, ون, ات); shared by
    ``_ar_name_after_noun`` and ``_ar_name_after_nation``."""
    return not word.startswith("ال") and len(word) >= 3 \
        and not word.endswith(("ي", "ه", "ة", "يه", "ا", "ين", "ون", "ات"))


def _ar_name_after_noun(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«فالنفط الخام «نايمكس» تجاوز», «أما نفط «برنت» فهو»: one marked word right after a noun
    of a kind of thing (``kind_nouns_ar.txt``, maybe with one adjective), written as a bare name
    (no ال, not an adjective or a plural) and followed by the sentence's next word, names it."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].kind != "w" or toks[k + 1].kind != "w":
        return False
    before = toks[k - 1].norm
    word = normalize(inner.strip())
    if not _ar_bare_name_word(word) or before in _framing() or before in lex.stops \
            or before in ("ب", "ل", "ك") or before in lex.cues or before.removeprefix("و") in lex.cues \
            or before in lex.people or before in lex.roles or before.endswith("ا"):
        return False
    kinds = ar_kind_nouns()
    left = _left_words(toks, k, 2)
    return any(f.removeprefix("ال") in kinds for w in left for f in _strip_ar(w))


def _ar_name_after_nation(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«الاستشاري الهولندي «…»», «والفرنسي «…»»: one marked word right after an adjective of
    nationality (``nationality_adjectives_ar.txt``, also after و), written as a bare name (no ال,
    not shaped as an adjective, a plural or an accusative), names the thing or the body the
    adjective describes; no one's words. Not when the adjective describes a person (a role or a
    person noun before it, «الوزير الفرنسي «مستحيل»»: the minister's word)."""
    if k == 0 or toks[k - 1].kind != "w":
        return False
    before = toks[k - 1].norm
    before = before[1:] if before[:1] == "و" and len(before) > 4 else before
    word = normalize(inner.strip())
    if not _ar_bare_name_word(word) or word in lex.stops or arabic_labels.adjective_shaped(word):
        return False
    if k >= 2 and toks[k - 2].kind == "w":
        noun = toks[k - 2].norm.removeprefix("و")
        if noun in lex.roles or noun in lex.people or toks[k - 2].norm in lex.people:
            return False
    return ar_nation_word(before)


def _ar_titled_span(inner: str) -> bool:
    """«بـ“جائزة سعاد المهيري للقصة”», «“مهرجان الصيف”»: marked words that open with a noun of a
    work, prize or event are its title; up to twelve words, or opening with a noun of a thing
    (``named_things_ar.txt``: «“كراسة الشروط …”»), when shaped as a name (``_ar_name_run``)."""
    words = inner.split()
    if not 2 <= len(words) <= 12 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    first = normalize(words[0])
    if len(words) <= 8 and first in ar_works():
        return True
    # («“كراسة الشروط والمواصفات للخدمات الاستشارية …”»: a longer one when shaped as a name)
    return (first in ar_works() or first in _ar_named_things()) \
        and _ar_name_run(words)


def _ar_named_span(left: list[str], nw: int, ends: bool, lex: Lexicon, question: bool = False,
                   said: bool = False) -> str | None:
    """``title``/``term`` for Arabic marked words that a preceding word names rather than quotes:
    «ندوة بعنوان “…”» (a title of any length), «وبحسب “الفرنسية”» (a source's name),
    «المعروفة بين الناس بـ“بيت الفضة”» and «البرنامج التدريبي “…”» (a programme's name).
    ``said``: the words open with an imperfect verb and a reporting verb governs them; then a
    definite noun of a work just before them is the subject they report on («أشار إلى أن ما
    ستخرج به الدورة “سيعطي دفعا …”»), not a work they name (a bare one still names:
    «مسلسل “يحدث الآن”»)."""
    if not left:
        return None
    strong = _ar_strong_titles()
    if left[0] in strong or (len(left) > 1 and left[0] in ar_under() and left[1] in strong):
        return "title"
    if nw <= 3 and not ends and left[0] in _ar_source_preps():
        return "term"
    naming = _ar_naming()
    named_by = left[0] in naming or (left[0] == "ب" and any(w in naming for w in left[1:4]))
    if nw <= 6 and not ends and named_by:
        return "term"
    works = ar_works()
    for w in left[:2]:
        bare = w.removeprefix("و").removeprefix("ب").removeprefix("ل")
        bare = bare[2:] if bare.startswith("ال") else bare[1:] if w.startswith("لل") else bare
        clause = left.index(w) + 1 < len(left) and left[left.index(w) + 1] in _ar_that()
        longest = 20 if w is left[0] else 12  # (a title right after its noun may be long)
        # «أن ندوة “هل ينصف النقاش …؟”»: a question right after its noun is the event's title
        # (a verdict on the noun, «أن الحملة “هادئة”», is never a question)
        asked = question and w is left[0]
        if said and w.removeprefix("و").startswith("ال"):
            break
        if bare in works and nw <= longest and (not ends or nw <= 5 or asked) \
                and not _ar_construct_role(left, w, nw, lex) and (not clause or asked):
            # (not «اعتبر أن الحملة “هادئة”»: the noun is a subject, the words a verdict)
            return "title"
        if not ar_nisba(w, 0):
            break  # only an adjective («التدريبي») may stand between the noun and the marks
    return None


def _ar_opens_with_verb(words: list[str]) -> bool:
    """«“سنصل إلى كل بيت”», «“نعمل على …”»: marked words opening with an imperfect verb (maybe
    with the future «س») are a clause someone says, not an event's title."""
    return bool(words) and arabic_labels._imperfect(normalize(words[0]))


def _ar_event_with_modifier(left: list[str], at: int, lex: Lexicon) -> bool:
    """«اختتمت فعاليات ورشة عمل “…”», «أطلقت دورة تدريبية “…”»: an indefinite event noun
    (``event_titles_ar.txt``) at ``left[at]`` whose words up to the marks are its indefinite
    nisba adjective or compound genitive («عمل», «نقاش»): the marks hold the event's title, not
    what someone said, though a reporting verb is near. Not when a role or person noun governs
    the event noun («قال مسؤول في حملة انتخابية “…”»: that person speaks)."""
    events = ar_event_titles()
    if at >= len(left) or not any(f in events for f in (left[at], left[at][1:]) if f):
        return False  # («ورشة» itself, or with one prefix: «وحملة», «بدورة», «لندوة»)
    if at + 1 < len(left) and left[at + 1] == "في":
        return False  # «قال مسؤول في حملة انتخابية “…”»: the speaker's place of work
    genitives = _ar_event_genitives()
    if not all(x in genitives or (not x.startswith("ال") and x.endswith(("يه", "ي")) and len(x) >= 5)
               for x in left[:at]):
        return False
    return not any(w.removeprefix("و") in lex.roles or w.removeprefix("و") in lex.people
                   for w in left[at + 1:at + 3])


def _ar_construct_role(left: list[str], w: str, nw: int, lex: Lexicon) -> bool:
    """«مدير البرنامج “…”», «رئيس حزب “…”»: a role noun governing the title word heads a
    speaker phrase; a long span there is what that person said."""
    if nw <= 4 or w not in left:
        return False
    at = left.index(w)
    if at + 1 >= len(left):
        return False
    head = left[at + 1].removeprefix("و")
    return head in lex.roles or head in lex.people


def _ar_mark_lists(text: str, toks: list[Tok], top: list[MarkedSpan]) -> set[int]:
    """Quotation tokens in a run of three or more marked spans of up to ten words, none ending a
    sentence, joined only by commas or و («وهي “بيت الخير”، “يد العون”، “سلة الرحمة”», a
    symposium's list of lecture titles): a list of names or labels, not speech."""
    out: set[int] = set()
    if len(top) < 3:
        return out  # fewer than three quotations: no run
    run: list[int] = []

    def short(k: int) -> bool:
        inner = text[top[toks[k].qid].start:top[toks[k].qid].end].strip()
        return len(inner.split()) <= 10 and inner[-1:] not in _TERMINATORS

    def close() -> None:
        if len(run) >= 3:
            out.update(run)
        run.clear()

    def joint(t: Tok) -> bool:
        return (t.kind in ("p", "w") and t.norm in (",", "،", "و")) or t.kind == "qb"

    prev = -1  # the quotation before (the last of ``run`` when there is one)
    for k in [k for k, t in enumerate(toks) if t.kind == "q"]:
        if run and not all(joint(toks[m]) for m in range(prev + 1, k)):
            close()  # a word or a mark other than a comma or و between the two: the run ends
        if short(k):
            run.append(k)
        else:
            close()
        prev = k
    close()
    return out


def _ar_named_by_noun(toks: list[Tok], k: int, inner: str, left: list[str], lex: Lexicon) -> bool:
    """«مادة “العدس”», «غريمه “الأصالة والمعاصرة”», «قطاعا «التجزئة»»: a short definite name in
    marks right after the common noun it names (no verb, particle or preposition in between)."""
    words = inner.split()
    if not 1 <= len(words) <= 3 or inner.rstrip()[-1:] in _TERMINATORS or not left:
        return False
    first = normalize(words[0])
    if not first.startswith("ال") or k == 0 or toks[k - 1].kind != "w":
        return False
    noun = left[0]
    for w in left[1:3]:
        forms = {f.removesuffix(p) for f in (w, w.removeprefix("و")) for p in ("", "ه", "ها")}
        if any(f in lex.cues for f in forms):
            return False  # «ما وصفها أعمال “العنف والإرهاب”»: the words of the one describing
    return not noun.startswith(("ال", "وال", "بال", "لل")) and noun not in lex.stops \
        and noun not in _framing() and noun not in lex.cues and noun.removeprefix("و") not in lex.cues \
        and len(noun) >= 3 and noun not in ("ب", "ل", "ك") and not noun.endswith(("ون", "وا"))


def _ar_heads(text: str, top: list[MarkedSpan]) -> Counter[str]:
    """How many short marked spans (two to four words, no sentence end) open with each definite
    noun (folded): «الخط الأزرق», «الخط البرتقالي», «الخط الأخضر» are three of «الخط»."""
    out: Counter[str] = Counter()
    for sp in top:
        if sp.end - sp.start > 60:
            continue
        words = text[sp.start:sp.end].split()
        if 2 <= len(words) <= 4 and words[-1][-1:] not in _TERMINATORS:
            out[normalize(words[0])] += 1
    return out


def _ar_label_series(inner: str, repeated: dict[str, int], heads: Counter[str]) -> bool:
    """Marked words that are one of the article's labels, not anyone's words:
    - one of three or more short spans opening with the same definite noun («… بخطوطه الأربعة،
      «الخط الأزرق» من …، أما «الخط البرتقالي» …»: the names of a series, one reporting verb
      before the first does not make it speech);
    - a span of up to five words ending with two words or more that the article marks on their
      own twice or more («وتابع: "إذ إن نوفا برو" و"نوفا برو ماكس" يشكلان …»: the product's
      name, the words before it caught in its marks)."""
    words = inner.split()
    nw = len(words)
    if not 1 <= nw <= 5 or inner.rstrip()[-1] in _TERMINATORS:
        return False  # (no words: «""»; «"…."»: a sentence)
    first = normalize(words[0])
    if 2 <= nw <= 4 and first.startswith("ال") and len(first) > 3 \
            and first not in ar_stops() and heads.get(first, 0) >= 3:
        return True
    return any(repeated.get(_repeat_key(" ".join(words[s:]), "ar"), 0) >= 2 for s in range(1, nw - 1))


def _repeat_key(inner: str, lang: str) -> str:
    """How repeated marked words are compared: Arabic writers vary the alef and hamza forms of
    one title («أليس» / «اليس»), so Arabic spans are folded; elsewhere the plural «s» is
    («gilet jaune» and «gilets jaunes» are one label used twice)."""
    if len(inner) > 64:
        return _key_of(inner, lang)
    return _short_key(inner, lang)  # remembered: asked twice per quotation, often of the same words


def _key_of(inner: str, lang: str) -> str:
    """``_repeat_key`` computed."""
    if lang == "fr":
        bare = _fr_leading_det().sub("", inner.strip())
        # «village», «le village»: one label (one word only: «une très grande violence» quoted
        # whole is not the same words as «très grande violence»)
        return _label_key(bare if " " not in bare else inner)
    return normalize(inner.strip()) if lang == "ar" else _label_key(inner)


@cache
def _fr_leading_det() -> re.Pattern[str]:
    """A French article opening a label: «le», «la», «les», «un», «une», «des», «du» and a space
    (the lists ``definite_article_words_fr``, ``indefinite_articles_fr``, ``de_contractions_fr``:
    each word must be followed by a space, so their order does not matter), or «l'» (lowercase
    only: a heading «Une chance» repeating someone's «une chance» stays apart, like case elsewhere)."""
    words = "|".join(sorted(fr_definite_words() | fr_indefinite() | _fr_du_des()))
    return re.compile(r"^(?:(?:" + words + r")\s+|l['’](?=\w))")


_short_key = lru_cache(maxsize=65536)(_key_of)


def _cue_object(toks: list[Tok], k: int, clause: Clause | None, via: str) -> bool:
    """«X a fustigé sur Twitter une « gestion désastreuse »»: marks a few words after the reporting
    verb, with no «que» or comma between, are what the verb reports (the speaker's words even
    when the article, or a tweet it reproduces, repeats them without marks)."""
    if clause is None or via != "pre" or not 0 <= k - clause.cue_end <= 10:
        return False
    return not any(t.kind != "w" or t.norm in fr_cue_complements() for t in toks[clause.cue_end:k])


def _listed_length(inner: str, lang: str) -> int:
    """How many words marked words count for ``_coordinated``: all of them, but in Arabic the
    longest item of a list of three or more comma-separated items («و“قصيدة أولى، عنوان ثان،
    ثالث”» after a list of titles in marks: one more list of titles, not a long quotation)."""
    items = arabic_labels.comma_items(inner) if lang == "ar" else []
    return max(len(it) for it in items) if len(items) >= 3 else len(inner.split())


def _coordinated(toks: list[Tok], k: int, nw: int, lang: str = "", ends: bool = False) -> bool:
    """A short span joined to the previous quotation by "و", "and", "et" or a comma only (in
    French, not right after it with nothing between: «aux « bonnets verts » « qui tentent … »»).
    In Arabic a list of charges or titles runs longer («بتهم “…” و“…” و“سرقة أموال الدولة على
    نطاق واسع”»): up to eight words there, when the span does not end a sentence and a و or a comma
    stands between (a clause right after a name in marks is speech: «بحسب وكالة “…” “نتوقع …”»)."""
    if nw > (8 if lang == "ar" and not ends else 4) or (lang == "fr" and k > 0 and toks[k - 1].kind == "q"):
        return False
    if nw > 4 and k > 0 and toks[k - 1].kind == "q":
        return False
    j = k - 1
    while j >= 0 and toks[j].kind != "q":
        if toks[j].kind == "b" or (toks[j].kind == "w" and toks[j].norm not in _conj()) \
                or (toks[j].kind == "p" and toks[j].norm == ":"):
            return False  # (a colon introduces the next quotation: «لـ“الصحيفة”: “…”»)
        j -= 1
    return j >= 0


_fr_clause_subjects = lazy_words("prcli.quotations", "clause_subjects_fr.txt")
_fr_clause_conjunctions = lazy_words("prcli.quotations", "clause_conjunctions_fr.txt")
_fr_quantifiers = lazy_words("prcli.quotations", "quantifiers_before_subject_fr.txt")
_fr_clause_heads = lazy_words("prcli.quotations", "clause_heads_fr.txt")

@cache
def _first_word_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+['’]?")

#: A sentence end inside quoted words, with more words after it.
@cache
def _sentence_inside_re() -> re.Pattern[str]:
    return re.compile(r"[.!?…]\s+\S")


def _fr_grafted_fragment(text: str, toks: list[Tok], k: int, inner: str, sp: MarkedSpan) -> bool:
    """«a jugé que ce collectif restait « très minoritaire »», «a dénoncé des « attaques
    intolérables »», «en appelant à « la responsabilité »»: French words in marks that open in
    lower case right after a word of the writer's sentence are grafted onto it, a fragment
    (``partial``) however long, unless they open a clause of their own: a subject pronoun («que
    « nous tiendrons »»), a determiner after «que» («que « le mouvement continue »»), or after a
    conjunction that opens a clause («mais « … »»)."""
    words = inner.lstrip(" \u00a0\u202f\u2009")
    m = _first_word_re().match(words)
    if m is None or not words[:1].islower() or k == 0 or toks[k - 1].kind != "w" \
            or text[toks[k - 1].end:sp.open_at].strip():
        return False
    if _sentence_inside_re().search(words):
        return False  # («c'est « utile. Il faut … »»: more than one sentence of speech, not a fragment)
    if words.rstrip(" \u00a0\u202f\u2009")[-1:] in ("!", "?") or french.shouted_words(toks, k):
        return False  # («aux cris de « voleurs, dehors »», «je réponds « condamnée ! »»: an utterance)
    first = m.group().replace("’", "'")
    left = toks[k - 1].norm
    if first in _fr_clause_subjects() or left in _fr_clause_conjunctions():
        return False
    return not (left in _fr_clause_heads() and (first in _fr_subject_dets() or first in _fr_quantifiers()))


def _speech_kind(text: str, toks: list[Tok], k: int, inner: str, sp: MarkedSpan, via: str,
                 lang: str = "") -> str:
    """``full`` for a clause or sentence of speech, ``partial`` for a few words embedded in syntax."""
    if lang == "fr" and _fr_grafted_fragment(text, toks, k, inner, sp):
        return "partial"
    nw = len(inner.split())
    before = text[max(0, sp.open_at - 1):sp.open_at]
    left = _left_words(toks, k, 1)
    embedded_left = bool(before) and (before.isalpha() or before == " ") and bool(left) \
        and left[0] not in _framing() and not left[0].endswith(":")
    if lang == "en" and _en_lowercase_fragment(text, toks, k, inner, before, left, nw):
        return "partial"
    opened = text[max(0, sp.open_at - 8):sp.open_at].rstrip()[-1:]  # (a few characters back only)
    if lang == "en" and inner[:1].isupper() and inner.rstrip()[-1:] in (",", *_TERMINATORS) \
            and (not left or opened in (".", "!", "?", ":", '"', "”")):
        # '"Not a chance," he said': a short sentence of speech opening the writer's one (also
        # after "£10m." that the tokenizer does not take for a sentence end)
        return "full"
    j = k + 1
    right_word = j < len(toks) and toks[j].kind == "w"
    if nw <= 3 and (embedded_left or right_word):
        return "partial"
    if nw <= 8 and embedded_left and right_word and inner.rstrip()[-1:] not in _TERMINATORS:
        return "partial"
    return "full"


def _en_speech_comma(toks: list[Tok], k: int, inner: str, lang: str) -> bool:
    """'"Prices rose in May," the governor said': English words in marks that end on a comma
    inside the closing mark, opening the sentence and followed by the writer's words, are a
    sentence of speech cut by its attribution (a name or a title takes its comma outside)."""
    if lang != "en" or not inner.rstrip().endswith(",") or not inner[:1].isupper():
        return False
    if k > 0 and toks[k - 1].kind not in ("b", "q"):
        return False
    j = k + 1
    if j < len(toks) and toks[j].kind == "b" and toks[j].start == toks[j].end:
        j += 1  # (the sentence end the tokenizer may see before a capitalised name)
    return j < len(toks) and toks[j].kind == "w"


def _en_lowercase_fragment(text: str, toks: list[Tok], k: int, inner: str, before: str, left: list[str],
                           nw: int) -> bool:
    """'said the band were "loud but tender".', 'accused users of "bad habits"': English words in
    marks that open in lower case right after a word of the writer's sentence are a fragment
    embedded in it, however long, not a sentence of speech. Not after a colon, and not the second
    half of a quotation an incise cut ('"We will win," he said, "and soon."'); after "that" or "of"
    ('said that "…"') only a short one, a longer span there is a clause of speech."""
    first = inner.lstrip(" \u00a0'\u2018")[:1]
    if not (first.isalpha() and first.islower()) or not left or left[0].endswith(":"):
        return False
    if not (before.isalpha() or before == " "):
        return False
    if left[0] in _framing() and nw > 8:
        return False
    j = k - 1
    while j >= 0 and k - j <= 7 and (toks[j].kind in ("w", "p")
                                      or (toks[j].kind == "b" and j > 0 and toks[j - 1].kind == "q")):
        j -= 1  # (past the sentence end the tokenizer may put right after the first half)
    return not (j >= 0 and k - j <= 7 and toks[j].kind == "q"
                and text[toks[j].end:toks[k].start].rstrip().endswith(","))
