"""What Arabic figures count, read once every figure of the article is known.

The per-figure readers of ``extract`` look at the words around one figure. Some answers need the
figures around it: in Arabic news a figure is very often the next link of a chain about one
thing («ارتفعت المبيعات بنسبة 18% لتصل إلى 920 مليون درهم مقارنة بـ 780 مليون درهم، كما ارتفعت
بنسبة 11% حيث بلغت 1.3 مليار درهم مقابل 1.17 مليار»): every amount after the first one measures
the same thing, and nothing but link words (a result verb, a comparison, a time complement, a
verb whose subject is only a pronoun) stands between them. Reading that structure here, with the
exact token spans of all figures, is more general than one rule per sentence shape.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import TYPE_CHECKING

from prcli.figures.base import _waw_stems
from prcli.figures.lexicon import has_cue, months, norm_word, phrase_key
from prcli.figures.wordlists import _adverbs_ar as _adverbs
from prcli.figures.wordlists import (
    _ar_and_then,
    _ar_before_after,
    _ar_by,
    _ar_number_nouns,
    _ar_object_preps,
    _ar_sale_verb_stems,
    _ar_that_an,
    _ar_to,
)
from prcli.figures.wordlists import _two_after_dual as _two
from prcli.text.arabic_shapes import ar_nisba_ending
from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from prcli.figures.base import _Fig
    from prcli.figures.extract import _Doc

#: kinds whose ``counts`` names a thing
COUNTED = frozenset({"count", "money", "percent", "measure", "rank", "ordinal"})
#: kinds that pass what they measure on to the next amount of a chain
_CHAINED = frozenset({"money", "percent", "measure", "count"})
#: «مع»: a partner named between a valued noun and «بقيمة».
_partner_preps = lazy_words("prcli.figures", "partner_prepositions_ar.txt", convert=norm_word)
#: «حالة»: a noun that only says things are counted one by one.
_classifiers = lazy_words("prcli.figures", "classifier_nouns_ar.txt", convert=norm_word)
#: «بهدف», «من أجل»: the purpose of an amount follows.
_purpose_words = lazy_words("prcli.figures", "purpose_words_ar.txt", convert=norm_word)
#: «بناء», «شراء»: spending nouns after «ل» that have no masdar prefix.
_purpose_masdars = lazy_words("prcli.figures", "purpose_masdars_ar.txt", convert=norm_word)
#: «إجمالي», «مجموع»: the whole a share is taken of.
_share_bases = lazy_words("prcli.figures", "share_bases_ar.txt", convert=norm_word)
#: «حوالي», «متوسط»: a hedge opening a bracket before its figure.
_bracket_hedges = lazy_words("prcli.figures", "bracket_hedges_ar.txt", convert=norm_word)
#: «مبلغ»: a noun that only says an amount follows.
_amount_nouns = lazy_words("prcli.figures", "amount_nouns_ar.txt", convert=norm_word)
#: «تلاه», «يليه»: a verb opening the next item of a ranking.
_follow_verbs = lazy_words("prcli.figures", "follow_verbs_ar.txt", convert=norm_word)
#: «بلغ», «تصل»: a verb whose subject reaches the amount after it.
_reach_verbs = lazy_words("prcli.figures", "reach_verbs_ar.txt", convert=norm_word)
#: «متوسط», «مجموع», «سعر»: an idafa head that needs the noun after it.
_idafa_heads = lazy_words("prcli.figures", "idafa_heads_ar.txt", convert=norm_word)
_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", ":"})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_GAP_MARKS = frozenset({"،", ",", "(", ")", "-", "/"})
#: marks that may close a figure before the word after it («(15) وإصابة», ««42» والخاصة»)
_CLOSERS = frozenset({")", "»", '"', "”", "]"})
#: roles of the words that only link two amounts of one chain (cues_ar.tsv)
_LINK_ROLES = (
    "result",
    "compare",
    "intro",
    "skip",
    "change",
    "changepart",
    "npprep",
    "year",
    "levelword",
    "chain",
    "negation",
)
#: how far (tokens) a chain reaches from one amount to the next
_CHAIN_REACH = 24


def refine(doc: _Doc, figs: list[_Fig]) -> None:
    """Fill in what an Arabic figure counts when its own reader found nothing, from the amount
    before it in the same chain (see the module docstring). Figures are in text order."""
    covered: set[int] = set()  # tokens of every figure
    amounts: set[int] = set()  # tokens of the figures that may open a chain of their own
    for f in figs:
        covered.update(range(f.first, f.last + 1))
        if f.kind in _CHAINED:
            amounts.update(range(f.first, f.last + 1))
    out_of(doc, figs)
    in_session: set[int] = set()  # figures whose own reader found only a trading session
    for idx, f in enumerate(figs):
        if f.kind in COUNTED and f.counts and f.counts_after and conjoined_after(doc, f):
            f.counts, f.counts_after = shared_with_next(doc, figs, idx)
            if f.counts is None:
                f.counts = labelled_pair(doc, figs, idx, covered)
        if f.kind in COUNTED and f.counts and only_adverbs(f.counts):
            f.counts, f.counts_after = None, False  # «136 مليارا تقريبا»: the readers below look again
        if f.kind in _CHAINED and f.counts and not f.counts_after and only_intro(f.counts):
            f.counts = None  # «ما مقداره 2 مليون», «بواقع 5%»: an introducing word names nothing
        if f.kind in ("money", "measure") and f.counts and session_only(f.counts):
            f.counts, f.counts_after = None, False  # «من الجلسة 44 دولارا»: the readers below look again
            in_session.add(id(f))
    totals = {id(f): whole_of(doc, f, covered) or f.counts for f in figs if share_of_total(f)}
    last_measure: _Fig | None = None
    for f in figs:
        if f.counts_after and f.counts and norm_word(f.counts.split(" ")[0]) in _follow_verbs():
            # «إلى سعر 0.439 درهم تلاه سهم ...»: the verb opens the next item; read what comes before
            f.counts, f.counts_after = doc.phrase_before(f.first, 2), False
        if id(f) in totals:
            f.counts, f.counts_after = None, False  # read from what comes before, as a bare share
        if f.kind == "count" and f.counts_after and classifier_only(f.counts):
            f.counts = classifier_owner(doc, f, covered) or classified(doc, f, covered) or f.counts
        if f.kind == "money" and not f.counts_after:
            f.counts = purpose_after(doc, f, covered) or f.counts
        if f.kind in _CHAINED and (f.kind != "count" or f.counts is None):
            named = amount_named(doc, f, covered)  # (before a word after the amount: «قدره 6 آلاف ريال شامل»)
            if named:
                f.counts, f.counts_after = named, False
        if f.kind == "count" and not f.counts_after and temperature_before(doc, f.first):
            f.kind, f.unit = "measure", "°C"  # «درجة الحرارة 40»: degrees, the unit left out
        if f.kind in _CHAINED and not f.counts_after:
            f.counts = hedged_bracket(doc, f, covered) or bound_subject(doc, f, covered) or f.counts
            f.counts = hal_subject(doc, f, covered, amounts) or bound_complement(doc, f, covered) or f.counts
        if f.kind in _CHAINED and f.counts is None:
            f.counts = across_aside(doc, f, covered)
        if f.kind in _CHAINED and not f.counts_after:
            f.counts = pronoun_change(doc, f, covered) or f.counts
        if f.kind in COUNTED and f.counts and dangling_particle(f.counts):
            f.counts, f.counts_after = None, False  # «للشرطة وأن»: the clause before, not a noun
        if f.kind in COUNTED:
            f.counts = level_holder(doc, f, covered) or f.counts
        if f.kind == "measure":
            f.counts = dimension_owner(doc, f, covered) or second_dimension(doc, f, last_measure) or f.counts
            last_measure = f
        if f.kind in _CHAINED and not f.counts_after:
            f.counts = across_relative(doc, f, covered) or f.counts
        if f.kind in _CHAINED and not f.counts_after and f.counts:
            f.counts = relative_antecedent(doc, f, f.counts, covered) or f.counts
        if f.kind == "money":
            f.counts = cost_subject(doc, f, covered) or f.counts
        if f.kind in ("percent", "count") and not f.counts_after:
            f.counts = partitive_pronoun(doc, f) or f.counts
        if f.kind in _CHAINED:
            f.counts = change_in(doc, f, covered) or f.counts
        if f.kind == "count" and not f.counts_after:
            f.counts = bracketed_after_noun(doc, f, covered) or f.counts
        if f.kind == "money":
            f.counts = paid_for(doc, f, covered) or f.counts
    from_previous(doc, figs)
    prev: _Fig | None = None
    for f in figs:
        if f.kind not in COUNTED:
            continue
        if prev is not None and (
            f.first - prev.last > _CHAIN_REACH or not same_sentence(doc, prev.last, f.first)
        ):
            prev = None  # (the distance first: no scan over a long gap)
        if f.kind == "count" and f.counts_after and prev is not None and complement_only(f.counts):
            f.counts = prev.counts  # «(45) مدرسة، منها (30) للبنين و(15) للبنات»: the noun is left out
        elif f.kind == "count" and f.counts_after and complement_only(f.counts):
            f.counts = labelled_noun(doc, f, covered) or f.counts
        if (
            f.kind == "count"
            and f.words
            and f.value == 2
            and not doc.is_cue("partitive", doc.key(f.last + 1))
        ):
            f.counts = dual_before(doc, f, covered) or f.counts
        if f.kind == "money":
            f.counts = valued_noun(doc, f, covered) or f.counts
        if f.kind == "money" and (f.counts is None or value_adjective_only(f.counts)):
            f.counts = valued_noun(doc, f, covered, reach=True) or f.counts
        if f.kind == "money" and not f.counts_after:
            f.counts = sold_thing(doc, f, covered) or f.counts
        if f.kind == "percent" and prev is not None and (
            f.counts is None or classifier_only(f.counts) or not f.counts_after
        ):
            f.counts = share_of_classified(doc, prev, f, covered) or f.counts
        if f.kind == "percent" and bare_change(f.counts):
            f.counts = compared_change(doc, f, figs) or f.counts
        if f.kind in _CHAINED and (f.counts is None or hollow(doc, f.counts)):
            got = change_target(doc, f, amounts, level=f.counts is not None)
            if got is None and prev is not None:
                got = elided_subject(doc, f, covered)
            if got is None and prev is not None and chained(doc, prev, f, covered):
                got = prev.counts
            if got is None and f.kind != "count":
                got = opening_subject(doc, f, amounts)
            if got is None and id(f) in in_session and prev is not None and prev.kind == f.kind:
                got = prev.counts  # «إلى 52.31 دولار … بلغ في وقت سابق من الجلسة 52.75 دولار»
            f.counts = got or f.counts
        if f.counts and f.kind in _CHAINED:
            prev = f
    for idx, f in enumerate(figs):
        if f.kind in COUNTED and f.counts and not f.counts_after:
            ends = (f.counts.split(" ")[0], f.counts.split(" ")[-1])
            verb = next((w for w in ends if imperfect_verb(w)), None)
            if verb is not None:
                f.counts = verb_subject(doc, f, verb, covered) or f.counts
        if f.counts and f.kind in ("percent", "count") and verb_of_figure(doc, f, f.counts):
            # «و21 يملكون»: the noun of the list item before; «ويقول 45% إن»: nothing is named (a
            # verb after the figure with no such item may describe it: «انتقل 1.8 مليون ينحدرون من …»)
            named = parallel_noun(doc, f, earlier(figs, idx))
            f.counts = named if named or (f.counts_after is False and _verb_before(doc, f)) else f.counts
        if f.counts is None and f.kind in ("percent", "count"):
            f.counts = parallel_clause(doc, f, earlier(figs, idx))
        if f.kind in _CHAINED and bare_change(f.counts):
            f.counts = changed_amount(doc, f, earlier(figs, idx)) or f.counts
        if f.counts is None and totals.get(id(f)):
            f.counts, f.counts_after = totals[id(f)], True  # nothing before: the total, at least
        if f.counts and f.kind in _CHAINED and not f.counts_after:
            f.counts = adjective_noun(doc, f, f.counts) or f.counts
        if f.counts and f.kind in _CHAINED:
            f.counts = complete_idafa(doc, f, f.counts, covered) or f.counts
        if f.kind == "count" and f.words and f.first == f.last:
            f.counts = qualified_noun(doc, f) or f.counts
        if f.counts and f.kind in COUNTED and " " in f.counts:
            f.counts = before_amount_noun(doc, f, f.counts)
        if f.counts and f.kind in ("count", "ordinal") and owned_number(f.counts):
            f.counts = count_owner(doc, f, covered) or f.counts  # («البالغ عددها», «يقارب عددها»)
        if f.counts and f.kind in COUNTED and " " in f.counts:
            f.counts = before_intro(doc, f, f.counts)
        if f.counts and f.kind in _CHAINED and only_participle(f.counts):
            f.counts = participle_noun(doc, f, covered) or f.counts
        if f.counts and f.kind == "count" and f.words and " " in f.counts and not f.counts_after:
            f.counts = complement_agreed(doc, f, f.counts) or f.counts
        if f.counts and f.kind in COUNTED:
            f.counts = np_shaped(without_verbs(f.counts))
        if f.counts and f.kind in COUNTED and only_adverbs(f.counts):
            f.counts = None  # «بلغت على التوالي 40 و44%»: a reader after the first pass took the adverb


def before_intro(doc: _Doc, fig: _Fig, phrase: str) -> str:
    """«كمية من القمح الصلب بواقع 495 ألف طن», «زيادة إنتاجها بواقع 500 ألف برميل»: a word that
    only introduces the figure («بواقع», «بمقدار») closing the counted phrase is no part of it;
    the noun phrase before that word is read again."""
    last = norm_word(phrase.rsplit(" ", 1)[1])
    if not has_cue("ar", "intro", last):
        return phrase
    for j in range(fig.first - 1, max(-1, fig.first - 4), -1):
        if doc.keys[j] == last:
            return doc.phrase_before(j, 2) or phrase.rsplit(" ", 1)[0]
    return phrase.rsplit(" ", 1)[0]


@lru_cache(maxsize=1024)
def only_intro(phrase: str) -> bool:
    """«مقداره», «بواقع», «نسبته»: a counted phrase that is only a word introducing the figure."""
    words = phrase_key(phrase)
    return len(words) == 1 and has_cue("ar", "intro", words[0]) and not has_cue("ar", "change", words[0])


@lru_cache(maxsize=1024)
def session_only(phrase: str) -> bool:
    """«الجلسة», «لينهي الجلسة»: a trading session (after a verb at most) is when a price or a
    level holds, not what it measures."""
    words = phrase_key(phrase)
    if not words or words[-1] not in _sessions() or len(words) > 2:
        return False
    # («لينهي», «لتنهي»: «ل» of purpose before an imperfect verb)
    return len(words) == 1 or imperfect_verb(words[0]) or words[0].startswith(("لي", "لت"))


def labelled_noun(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«المسابقة الدولية 17 للخط العربي», «الذكرى 12 للتأسيس», «بطولة صيف المنطقة 36 للكبار»: a
    bare number right after a definite noun, with only a prepositional complement after it,
    numbers that noun (its edition): the noun with its relational adjective, or the whole idafa
    when the definite word only closes a name («بطولة صيف الشرقية»)."""
    last = fig.first - 1
    if last < 1 or last in covered or doc.toks[last].kind != "word" or not doc.spaced(last, fig.first):
        return None
    if not doc.keys[last].startswith(("ال", "وال")) or not doc._content(last):
        return None
    if doc.ar_nisba_after_noun(last):
        return doc._phrase(doc.ar_adjectives_head(last), last)  # «المسابقة العالمية»
    first = _indefinite_heads(doc, last, last, covered)  # «بطولة صيف المنطقة»
    if first < last and not ar_nisba_ending(doc.keys[last]):
        return doc._phrase(last, last)  # «اقتراب الذكرى»: a plain noun, the head only governs it
    return doc._phrase(first, last)


def _indefinite_heads(doc: _Doc, first: int, last: int, covered: set[int], *, nouns: bool = False) -> int:
    """The first token of the idafa ending at ``last``: from ``first`` (the definite noun or the
    head of its adjectives) back over at most three spaced indefinite heads that govern it
    («بطولة صيف المنطقة», «نسبة مراكز الاقتراع»); with ``nouns``, only words that may be nouns."""
    while (
        first >= 1
        and last - first < 3
        and doc.spaced(first - 1, first)
        and _indefinite_word(doc, first - 1, covered)
        and not doc.is_cue("npprep", doc.keys[first - 1])
        and (not nouns or doc.ar_np_word(first - 1, nouns=True))
    ):
        first -= 1
    return first


def owned_number(phrase: str) -> bool:
    """«عددهم», «البالغ عددها»: a counted phrase ending in a number owned by a pronoun."""
    return norm_word(phrase.rsplit(" ", 1)[-1]) in _count_owned()


def count_owner(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«المتقاعدين الذين بلغ عددهم 605 آلاف», «الشباب الذين يزيد تعدادهم على 13 مليونا»,
    «البراميل البالغ عددها تسعة ملايين», «أملاك يقارب عددها العشرين»: «their number» is the
    number of the noun its pronoun points back to: the noun phrase before the verb or the
    participle that carries the number (and before a relative pronoun)."""
    k = fig.first - 1
    while k >= 1 and fig.first - k <= 3 and norm_word(doc.keys[k]) not in _count_owned() and (
        doc.ar_intro(k) or doc.keys[k] in ("(", "«")
    ):
        k -= 1  # «على», «نحو», a bracket
    if k < 1 or k in covered or norm_word(doc.keys[k]) not in _count_owned():
        return None
    verb = k - 1
    key = norm_word(doc.keys[verb])
    if key in _reach_participles():
        return antecedent(doc, verb, covered)  # (an adjective: it agrees with a definite noun)
    if doc.toks[verb].kind != "word":
        return None
    if verb >= 1 and doc.is_cue("relative", doc.keys[verb - 1]):
        return antecedent(doc, verb - 1, covered)
    if verb >= 1 and doc.is_cue("negation", doc.keys[verb - 1]):
        return None  # «ولكنها في الحقيقة لا يتجاوز عددها»: the pronoun's noun is further back
    if imperfect_verb(key) or doc.is_cue("change", key) or key in _reach_verbs():
        return doc.ar_subject_before(verb, size=2)
    return None


def antecedent(doc: _Doc, rel: int, covered: set[int]) -> str | None:
    """«المدارس الحكومية التي …», «وعرضت الجمعية اللوحات البالغ …»: a relative pronoun or a definite
    participle points back to the definite noun right before it, with its relational adjectives
    (a subject or a verb before that noun is not part of it)."""
    last = rel - 1
    if last < 0 or last in covered or doc.toks[last].kind != "word" or not doc._content(last):
        return None
    first = doc.ar_adjectives_head(last) if doc.ar_nisba_after_noun(last) else last
    if not doc.keys[first].startswith(("ال", "وال")) or not doc.spaced(last, rel):
        return None
    before = norm_word(doc.keys[first - 1]) if first >= 1 else ""
    if before in _singular_demonstratives() and doc.keys[rel] == "الذين":
        return None  # «شباب وشابات هذه البلاد الذين»: «الذين» (men) does not agree with «هذه البلاد»
    return doc._phrase(first, last)


def only_participle(phrase: str) -> bool:
    """«البالغة», «البالغة كلفتها»: a counted phrase that is only a participle of reaching (and
    the measure noun it carries)."""
    words = phrase_key(phrase)
    if not words or words[0] not in _reach_participles():
        return False
    return len(words) == 1 or (len(words) == 2 and has_cue("ar", "owned", words[1]))


def participle_noun(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«عن مستوياتها عام 2011، البالغة 62 مليار درهم»: «البالغة» (amounting to) qualifies the
    noun before it, past a comma and a time complement («عام 2013», «في يونيو»): that noun."""
    k = fig.first - 1
    while k >= 0 and fig.first - k <= 3 and norm_word(doc.keys[k]) not in _reach_participles():
        k -= 1
    if k < 0 or fig.first - k > 3:
        return None
    if k + 1 < fig.first and doc.toks[k + 1].kind == "word" and doc.is_cue("owned", doc.keys[k + 1]):
        return doc._phrase(k + 1, k + 1)  # «والبالغة كلفتها 45 مليون ريال»: its own subject, the cost
    p = k - 1
    while p >= 0 and k - p <= 6 and (
        doc.keys[p] in _CLAUSE_MARKS or p in covered or (doc.toks[p].kind == "word" and doc.ar_filler(p))
    ):
        p -= 1  # «، », «عام 2013», «في يونيو 2014»
    if p < 0 or doc.toks[p].kind != "word" or doc.keys[p] in _SENTENCE_END:
        return None
    return np_ending_at(doc, p, covered)


def complement_agreed(doc: _Doc, fig: _Fig, phrase: str) -> str | None:
    """«استراتيجية البنك للسنوات العشر», «مقاعد التنمية للمقاعد الست»: a definite number word right
    after a prepositional complement («للسنوات») agrees with that complement's noun, which is what
    it counts; the noun the complement belongs to is not."""
    k = fig.first - 1
    if k < 1 or doc.toks[k].kind != "word" or not doc.keys[fig.first].startswith("ال"):
        return None
    last = phrase.rsplit(" ", 1)[1]
    if doc.text[doc.toks[k].start : doc.toks[k].end] != last or not doc.keys[k].startswith(("لل", "بال")):
        return None
    return last


def conjoined_after(doc: _Doc, fig: _Fig) -> bool:
    """«مقتل 29 وجرح 15 من المسلحين», «سجل عمر (18) والكوري ... (44)»: the counted phrase was read
    from the word after the figure with its conjunction «و» taken off. A tamyiz never opens on
    «و»: that word starts the next item of a list («وحدة», «وفيات» keep their «و»: not a clitic)."""
    k = fig.last + 1
    while k < doc.n and k - fig.last <= 2 and doc.key(k) in _CLOSERS:
        k += 1
    if k >= doc.n or doc.toks[k].kind != "word" or fig.counts is None:
        return False
    word = doc.text[doc.toks[k].start:doc.toks[k].end]
    return word.startswith("و") and word[1:] == fig.counts.split(" ")[0]


def labelled_pair(doc: _Doc, figs: list[_Fig], idx: int, covered: set[int]) -> str | None:
    """«انقسموا بين الطلاب 812 والطالبات 947»: two figures each right after a definite noun, the
    second one's noun joined by «و»: each figure counts the noun before it (the first one is not
    left with nothing because the word after it opens the next item)."""
    fig = figs[idx]
    nxt = figs[idx + 1] if idx + 1 < len(figs) else None
    k = fig.first - 1
    if nxt is None or nxt.first != fig.last + 2 or k < 0 or k in covered or doc.toks[k].kind != "word":
        return None
    if not doc.keys[k].startswith(("ال", "وال")) or not doc._content(k) or not doc.spaced(k, fig.first):
        return None
    if not doc.keys[fig.last + 1].startswith("وال") or not doc.spaced(fig.last + 1, nxt.first):
        return None
    if _indefinite_word(doc, k - 1, covered):
        return None  # «حمراء الأسد 3 والعاقول 4»: the genitive of a name, numbered
    return doc._phrase(k, k)


def shared_with_next(doc: _Doc, figs: list[_Fig], idx: int) -> tuple[str | None, bool]:
    """«استشهاد ثلاثة وإصابة سبعة من عناصر الأمن»: two coordinated amounts of one kind, the next
    one right after the word that opens its item and followed by a partitive «من», count the same
    thing (not «وإصابة ثلاثة آخرين»: others); else nothing yet (the chain readers below may fill
    it from the amount before)."""
    fig = figs[idx]
    nxt = figs[idx + 1] if idx + 1 < len(figs) else None
    if nxt is None or nxt.kind != fig.kind or nxt.first - fig.last > 4:
        return None, False
    k = nxt.last + 1
    while k < doc.n and k - nxt.last <= 2 and doc.key(k) in _CLOSERS:
        k += 1
    if nxt.counts and nxt.counts_after and doc.is_cue("partitive", doc.key(k)):
        return nxt.counts, True
    return None, False


@lru_cache(maxsize=1024)
def only_adverbs(phrase: str) -> bool:
    """«تقريبا», «سنويا», «ذلك»: a counted phrase made only of adverbs (or a demonstrative) names
    no thing."""
    return all(norm_word(w) in _adverbs() for w in phrase.split(" "))


def qualified_noun(doc: _Doc, fig: _Fig) -> str | None:
    """«النقاط الثلاث تمثلت في …», «زار المدن الثلاث»: a definite cardinal word right after a
    definite noun is its adjective and counts it, even when that noun is also a unit («النقاط»)
    or a verb stands before it; kept when the phrase found already holds that noun."""
    i = fig.first
    k = i - 1
    if (
        k < 0
        or fig.value < 3
        or not doc.keys[i].startswith("ال")
        or doc.toks[k].kind != "word"
        or not doc.spaced(k, i)
        or not doc.keys[k].startswith(("ال", "لل", "بال"))  # («والتقى»: «و» and a verb)
        or len(doc.keys[k]) < 5
        or doc.keys[k] in doc.stop
        or doc.word_num(k) is not None
        or doc.is_cue("weekday", doc.keys[k])  # «يوم الخميس الثلاثين»: a date
    ):
        return None
    word = doc.text[doc.toks[k].start:doc.toks[k].end]
    if doc.keys[k].startswith("بال"):
        word = word[1:]  # «بالمنصات الست»: the noun without its preposition (still verbatim)
    if fig.counts and word in fig.counts.split(" "):
        return None
    return word


def purpose_after(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«خصصت الحكومة 300 مليون درهم لبناء مدارس», «أنفق 77 مليون يورو بهدف تعزيز صفوف الفريق»,
    «دفع 64 مليون يورو للحصول على خدماته»: a purpose right after an amount (a verbal noun after
    «ل», or after «بهدف/من أجل») names what the money pays for, not the spender before it."""
    j = fig.last + 1
    if doc.is_cue("period", doc.key(j)):
        j += 1  # «سنويا»
    if j >= doc.n or j in covered or doc.toks[j].kind != "word" or not doc.spaced(j - 1, j):
        return None
    key = doc.keys[j]
    if key == "من" and norm_word(doc.key(j + 1)) == "اجل":
        j += 1
        key = doc.keys[j]
    if norm_word(key) in _purpose_words():
        first = j + 1
        if first >= doc.n or first in covered or doc.toks[first].kind != "word" or not doc._content(first):
            return None
        return _purpose_phrase(doc, first, first, covered)
    if not _purpose_masdar(key):
        return None
    return _purpose_phrase(doc, j, j, covered, clitic=0 if key.startswith("لل") else 1)


def _purpose_masdar(key: str) -> bool:
    """«لتعزيز», «لإنشاء», «لاستكمال», «لبناء», «للحصول»: «ل» and a verbal noun (by its derived
    shape, or one of the spending nouns of ``purpose_masdars_ar.txt``)."""
    if not key.startswith("ل") or len(key) < 5:
        return False
    stem = key[2:] if key.startswith("لل") else key[1:]
    if norm_word(stem) in _purpose_masdars():
        return True
    if key.startswith("لل"):
        return False
    if stem.startswith("است"):
        return len(stem) == 7 and stem[5] == "ا"  # «استكمال»: istif'al
    if stem.startswith("ت"):
        return len(stem) == 5 and stem[3] == "ي"  # «تعزيز», «تمويل»: taf'il (not «تتراجع», a verb)
    return stem.startswith(("إ", "ا")) and len(stem) == 5 and stem[3] == "ا"  # «إنشاء»: if'al


def _purpose_phrase(doc: _Doc, first: int, last: int, covered: set[int], clitic: int = 0) -> str:
    """The verbal noun at ``first`` and its object: the noun after it, or after «على/إلى» («الحصول
    على خدماته»), with the definite word closing an idafa («تعزيز صفوف الفريق»)."""
    m = last + 1
    if norm_word(doc.key(m)) in _ar_object_preps() and doc.spaced(last, m):
        m += 1
    if m < doc.n and m not in covered and doc.spaced(m - 1, m) and doc.ar_np_word(m) and not doc.ar_filler(m):
        last = m
        nxt = m + 1
        if (
            not doc.keys[m].startswith("ال")
            and nxt < doc.n
            and nxt not in covered
            and doc.spaced(m, nxt)
            and doc.keys[nxt].startswith("ال")
            and doc.ar_np_word(nxt)
        ):
            last = nxt
    return doc.text[doc.toks[first].start + clitic : doc.toks[last].end]


_amount_of = lazy_words("prcli.figures", "amount_of_ar.txt", convert=norm_word)
#: roles of the words that never name what «قدره» gives the amount of («زيادة», «قيمة», «نحو»)
_NOT_NAMED = ("changenoun", "valuelink", "intro")


def amount_named(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«أرباحا قبل الضريبة قدرها 52 مليون دينار», «حققت البلدية فائضا قدره 7 ملايين درهم»,
    «بأجر شهري قدره 4 آلاف جنيه»: «قدره/قدرها» ("amounting to") follows the noun whose amount
    the figure is: an indefinite noun, with the adjective that agrees with it, before a complement
    of time («قبل الضريبة»). Not a change noun («بزيادة قدرها 3%»: the change readers read what
    changed), nor an amount or value word («مبلغ وقدره», «بقيمة قدرها»): None there."""
    k = fig.first - 1
    if k >= 0 and doc.keys[k] in _ar_by():
        k -= 1
    if k < 1 or norm_word(doc.keys[k]) not in _amount_of() or not doc.spaced(k - 1, k):
        return None
    last = k - 1
    if last >= 2 and doc.keys[last].startswith("ال") and doc.keys[last - 1] in _ar_before_after():
        last -= 2  # «أرباحا قبل الزكاة»: a complement of the noun, not the noun
    if not _indefinite_word(doc, last, covered):
        return None
    head = last
    accusative = doc.keys[last].endswith("ا")
    while last - head < 2:
        # «قرض عاجل», «أرباح تشغيل سنوية», «عجزا ماليا»: an adjective or a genitive after an
        # indefinite head agrees with it and carries no preposition («دبليو بمبيعات»: a complement;
        # «محققة أرباحا»: the case differs, the participle is not the noun's)
        prior = head - 1
        if not _indefinite_word(doc, prior, covered) or not doc.spaced(prior, head):
            break
        if doc.keys[head].startswith(("ب", "ل")) and len(doc.keys[head]) >= 5:
            break
        if accusative and not doc.keys[prior].endswith("ا"):
            break
        if head < last and not ar_nisba_ending(doc.keys[head], accusative=True):
            break  # past a second word only over adjectives («عجزا ماليا فعليا»; not «تخصيص اعتماد مالي»)
        head = prior
    for m in range(head, last + 1):
        key = norm_word(doc.keys[m])
        bare = key[1:] if key[:1] in "وب" and len(key) > 4 else key
        for w in (key, bare):
            if w in _amount_nouns() or any(has_cue("ar", role, w) for role in _NOT_NAMED):
                return None
    return doc._phrase(head, last)


def _indefinite_word(doc: _Doc, k: int, covered: set[int]) -> bool:
    """Token ``k`` may be an indefinite noun or adjective: a content word with no article and no
    verb shape («توقعوا», «يتقاضى»)."""
    if k < 0 or k in covered or doc.toks[k].kind != "word" or not doc._content(k):
        return False
    key = doc.keys[k]
    bare = key[1:] if key[:1] in "وب" and len(key) > 4 else key
    if bare.startswith("ال") or imperfect_verb(key) or key.endswith("وا"):
        return False
    return not any(doc.is_cue(role, key) for role in ("change", "record", "result"))


def bare_change(phrase: str | None) -> bool:
    """«زيادة», «بارتفاع»: a counted phrase that is only a change noun names no thing."""
    if phrase is None or " " in phrase:
        return False
    key = norm_word(phrase)
    return any(has_cue("ar", "changenoun", k) for k in (key, key[1:] if key[:1] in "وبل" else key))


def compared_change(doc: _Doc, fig: _Fig, figs: list[_Fig]) -> str | None:
    """«صعدت مبيعات الدراجات 7.4% إلى 2310 دراجات مقابل زيادة 3.1% قبل عام»: a change
    compared with («مقارنة/مقابل») repeats the earlier change of the sentence: the share measures
    what the earlier share did (the amount in between has a noun of its own)."""
    k = fig.first - 1
    while k > 0 and fig.first - k <= 4 and not doc.is_cue("compare", doc.keys[k]):
        k -= 1
    if k <= 0 or not doc.is_cue("compare", doc.keys[k]):
        return None
    for other in reversed(figs):
        if other.last >= k or other is fig:
            continue
        if not same_sentence(doc, other.last, fig.first):
            return None
        if other.kind == "percent" and other.counts and not bare_change(other.counts):
            return other.counts
    return None


def imperfect_verb(word: str) -> bool:
    """«يبدأ», «يعد», «يعتقد», «ويمكن»: a word with the prefix of the imperfect (third person
    masculine) and the length of a verb; a nisba or a name («يمني», «يونايتد», «يورو») is not one."""
    key = norm_word(word)
    if key[:1] in "وف" and len(key) > 4:
        key = key[1:]
    if not key.startswith("ي") or not 3 <= len(key) <= 6 or key.startswith("يو"):
        return False
    if key.endswith(("ي", "ه", "ية")) and not key.endswith(("يه", "ها")):
        return False  # «يمني»
    return not any(has_cue("ar", role, key) for role in ("period", "monthword", "weekday"))


def verb_subject(doc: _Doc, fig: _Fig, first: str, covered: set[int]) -> str | None:
    """«الذي يبدأ سعره من 499 دولارا», «ويعد الرقم 15% الأعلى»: a counted phrase that opens or
    ends on a verb (``first``) names no thing: the noun right after the verb (its subject, VSO)
    does, else the noun phrase before the verb (SVO)."""
    for k in range(fig.first - 1, max(-1, fig.first - 7), -1):
        if k in covered or doc.keys[k] in _SENTENCE_END:
            return None
        word = doc.text[doc.toks[k].start : doc.toks[k].end]
        if word != first and not (word[1:] == first and word[:1] in "وف"):
            continue
        m = k + 1
        if doc.key(m) in _ar_that_an() and m + 1 < fig.first:
            m += 1  # «يعتقد أن قيمتها»
        if m < fig.first and m not in covered and doc.toks[m].kind == "word" and not doc.ar_filler(m):
            pronoun = doc.keys[m].endswith(("ه", "ها", "هم"))  # «سعره»: a noun with its owner
            if (doc.ar_intro(m) and not pronoun) or not doc._content(m) or complement_only(doc.keys[m]):
                return None  # «ويمكن للسيارة»: a complement, not the subject
            return doc.ar_np(m) if doc.ar_np_word(m) else doc._phrase(m, m)  # «سعره», «قيمتها»
        return doc.ar_subject_before(k)
    return None


def verb_of_figure(doc: _Doc, fig: _Fig, phrase: str) -> bool:
    """«ويقول 45.7 في المائة إن …», «وتسعة مستفيدين يملكون …، و21 يملكون …»: the counted phrase is
    the verb whose subject the figure itself is: the imperfect verb right before the figure, or a
    plural one right after it («يملكون», «يشكلون»; not a plural nisba, «يمنيون»)."""
    if " " in phrase:
        return False
    before, after = fig.first - 1, fig.last + 1
    if before >= 0 and _word_at(doc, before) in (phrase, "و" + phrase):
        return imperfect_verb(phrase)
    if after < doc.n and _word_at(doc, after) == phrase:
        key = norm_word(phrase)
        return key.endswith(("ون", "ان")) and not key.endswith(("يون", "يان")) and imperfect_verb(key[:-2])
    return False


def _word_at(doc: _Doc, k: int) -> str:
    """The verbatim text of word token ``k`` ("" for a number or a mark)."""
    tok = doc.toks[k]
    return doc.text[tok.start : tok.end] if tok.kind == "word" else ""


def _verb_before(doc: _Doc, fig: _Fig) -> bool:
    """The counted phrase of ``fig`` was read from the word right before it (a verb there)."""
    before = fig.first - 1
    return before >= 0 and bool(fig.counts) and _word_at(doc, before).endswith(fig.counts or "")


def parallel_noun(doc: _Doc, fig: _Fig, figs: list[_Fig]) -> str | None:
    """«وتسعة مستفيدين يملكون …، و21 يملكون …»: a list item that leaves its noun out repeats the
    verb of an earlier item of the sentence; the figure before that verb and its noun say what is
    counted. None when no earlier item has the same verb. ``figs``: ``earlier``."""
    verb = norm_word(fig.counts or "")
    for other in reversed(figs):
        if other.last >= fig.first:
            continue
        if not same_sentence(doc, other.last, fig.first):
            return None
        if other.kind != fig.kind or not other.counts or verb_of_figure(doc, other, other.counts):
            continue
        for k in (other.last + 2, other.last + 3):  # the figure, its noun (one or two words), the verb
            if k < fig.first and norm_word(doc.keys[k]).lstrip("و") == verb.lstrip("و"):
                return other.counts
    return None


def share_of_total(fig: _Fig) -> bool:
    """«بنسبة 37 في المائة من إجمالي القضايا», «52% من عدد الحالات»: a share read after «من» from
    a word naming the whole: the whole is what the share is taken of, not what it counts (the
    amount before it in the chain, or the subject of its verb, is)."""
    if fig.kind != "percent" or not fig.counts_after or not fig.counts:
        return False
    return norm_word(fig.counts.split(" ")[0]) in _share_bases()


def whole_of(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«61.5% من إجمالي الحالات المحولة»: the whole word and the noun it governs («إجمالي
    الحالات»), not the whole word alone (it says nothing of what is counted)."""
    base = fig.last + 2
    if doc.key(fig.last + 1) != "من" or base + 1 >= doc.n or norm_word(doc.keys[base]) not in _share_bases():
        return None
    noun = base + 1
    if noun in covered or not doc.spaced(base, noun) or not doc.ar_np_word(noun) or doc.ar_filler(noun):
        return None
    return doc._phrase(base, noun)


def classifier_only(phrase: str | None) -> bool:
    """A counted phrase that opens with a classifier noun («حالة», «حالة طلاق»)."""
    return phrase is not None and norm_word(phrase.split(" ")[0]) in _classifiers()


def classifier_owner(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«وبلغ عدد الإصابات المؤكدة 350 حالة», «أن حالات الشفاء بلغت 84 حالة»: a classifier after the
    number only says that things are counted one by one; the noun after «عدد» in the clause
    before the number, or the subject of the measure verb right before it, names them."""
    k = fig.first - 1
    floor = max(-1, fig.first - 12)
    while k > floor:
        key = doc.keys[k]
        if k in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(k, k + 1):
            break
        if doc.toks[k].kind == "word" and norm_word(key).lstrip("وفبل") in ("عدد",) and k + 1 < fig.first:
            nxt = k + 1
            if doc.toks[nxt].kind == "word" and doc.ar_np_word(nxt) and not doc.ar_filler(nxt):
                return doc.ar_np(nxt)
            return None
        k -= 1
    verb = doc.back_over_intros(fig.first, 3, "change")
    if verb < 1 or verb in covered or doc.toks[verb].kind != "word" or doc.keys[verb].startswith("و"):
        return None
    if not (doc.is_cue("change", doc.keys[verb]) or doc.is_cue("record", doc.keys[verb])):
        return None
    return doc.ar_subject_before(verb)


def classified(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«4860 حالة طلاق»: a classifier and the indefinite noun it governs say together what is
    counted (the classifier alone says nothing)."""
    j = fig.last + 1
    if j >= doc.n or not classifier_only(doc.text[doc.toks[j].start : doc.toks[j].end]):
        return None
    m = j + 1
    if m >= doc.n or m in covered or doc.toks[m].kind != "word" or not doc.spaced(j, m):
        return None
    key = doc.keys[m]
    if key.startswith(("ال", "لل", "بال", "و", "ف", "ي")) or not doc._content(m) or doc.ar_filler(m):
        return None
    if len(key) < 4:
        return None  # «حالة قال», «حالة تهم»: a short word is more often the verb of the clause
    if any(doc.is_cue(role, key) for role in ("skip", "intro", "change", "result", "stop")):
        return None
    return doc._phrase(j, m)


def share_of_classified(doc: _Doc, prev: _Fig, fig: _Fig, covered: set[int]) -> str | None:
    """«بلغت 84 حالة بنسبة 1.87%»: a share right after a number and its classifier is the share
    of what that number counts."""
    if prev.kind != "count" or not prev.counts:
        return None
    k = prev.last + 1
    if k >= doc.n or not classifier_only(doc.text[doc.toks[k].start : doc.toks[k].end]):
        return None
    if doc.text.startswith(prev.counts, doc.toks[k].start):
        k += len(prev.counts.split(" ")) - 1  # «4860 حالة طلاق»: the whole counted phrase
    k = _over_place(doc, k, fig.first, covered)
    if not all(link_token(doc, m, covered) for m in range(k + 1, fig.first)):
        return None
    return prev.counts


def _over_place(doc: _Doc, k: int, stop: int, covered: set[int]) -> int:
    """«299 حالة في المستشفى نفسه بنسبة 6.7%»: the place of the counted things («في/على» and at
    most three words) after token ``k`` only says where they are: the last token of that place
    (``k`` when none follows)."""
    p = k + 1
    if p >= stop or norm_word(doc.keys[p]) not in _place_preps():
        return k
    end = p
    for m in range(p + 1, min(stop, p + 4)):
        if m in covered or doc.toks[m].kind != "word":
            break
        if doc.ar_intro(m) or doc.is_cue("valuelink", doc.keys[m]):
            break  # «بنسبة»: the share itself
        end = m
    return end if end > p else k


def same_sentence(doc: _Doc, a: int, b: int) -> bool:
    """No sentence end (a full stop, a line break) between tokens ``a`` and ``b``."""
    if any(doc.keys[k] in _SENTENCE_END for k in range(a + 1, b)):
        return False
    return "\n" not in doc.text[doc.toks[a].end : doc.toks[b].start]


def chained(doc: _Doc, prev: _Fig, fig: _Fig, covered: set[int]) -> bool:
    """Only link words between two amounts: the later one measures what the earlier one did."""
    if fig.first - prev.last > _CHAIN_REACH:
        return False
    return all(link_token(doc, k, covered) for k in range(prev.last + 1, fig.first))


def link_token(doc: _Doc, k: int, covered: set[int]) -> bool:
    """Token ``k`` may stand between two amounts of one chain: part of another figure (a year, a
    period), a comma or a bracket, or a word that names no new thing (a link verb or noun, a
    preposition, a time word, a verb whose subject is a pronoun)."""
    if k in covered:
        return True
    tok = doc.toks[k]
    if tok.kind != "word":
        return tok.key in _GAP_MARKS
    key = tok.key
    if not doc._content(k) or doc.timeish(k) or doc.match(months(), k, 1)[0]:
        return True
    return any(doc.is_cue(role, key) for role in _LINK_ROLES)


def hollow(doc: _Doc, phrase: str) -> bool:
    """A phrase that names no thing: only link words («مستوى», «ينخفض», «بنسبة»)."""
    return _hollow(phrase)


def before_amount_noun(doc: _Doc, fig: _Fig, phrase: str) -> str | None:
    """«خصصت الوزارة مبلغ 20 مليون ريال»: a phrase ending in «مبلغ» joins the amount noun to
    the word before it. Without the amount noun it is what the figure counts after a verb of
    reaching («بلغ صافي الأرباح مبلغ …»); after another verb it is only that verb's subject
    (the one who spends or pays), not what is counted: None."""
    words = phrase.split(" ")
    if norm_word(words[-1]) not in _amount_nouns():
        return phrase
    rest = " ".join(words[:-1])
    for k in range(fig.first - 1, max(-1, fig.first - 4), -1):
        if norm_word(doc.keys[k]) not in _amount_nouns():
            continue
        first = next((i for i in range(k - 1, max(-1, k - 6), -1) if doc._phrase(i, k - 1) == rest), None)
        if first is None or first == 0 or doc.toks[first - 1].kind != "word":
            return rest
        verb = norm_word(doc.keys[first - 1])
        if verb in _reach_verbs() or (verb[:1] in "وف" and verb[1:] in _reach_verbs()):
            return rest
        if verb.startswith("ال") or len(verb) < 3:
            return rest  # (a noun or a particle before the phrase: no verb and its subject)
        return None
    return rest


@lru_cache(maxsize=4096)
def _hollow(phrase: str) -> bool:
    keys = phrase_key(phrase)
    if len(keys) == 1 and keys[0] in _amount_nouns():
        return True  # «مبلغ»: an amount, not what it is the amount of
    # («يرتفع مجددا»: a verb and an adverb name no thing either)
    return bool(keys) and all(
        key in _adverbs() or any(has_cue("ar", role, key) for role in _HOLLOW_ROLES) for key in keys
    )


_HOLLOW_ROLES = ("change", "changepart", "result", "record", "levelword", "intro", "compare")


def change_target(doc: _Doc, fig: _Fig, covered: set[int], level: bool = False) -> str | None:
    """«ارتفعت أسعار القمح 5%», «قفزة لافتة في نمو الإيرادات (EBITDA) بنسبة 38%», «المؤشر العام
    يتراجع 2.35%»: the nearest verb or noun of change before the figure in its clause, and the
    noun phrase it changes: after it (VSO, a genitive, «في»), else before the verb (SVO). A result
    verb («لتصل»), a comparison or another amount on the way means the figure continues a chain:
    None (``chained`` reads it). With ``level`` (the figure's own reader found only «مستوى»), a
    verb of recording reaches the level too («أنهى البلاتينيوم تداولاته عند مستوى 1002 دولار»)."""
    k = fig.first - 1
    floor = max(-1, fig.first - 16)
    while k > floor:
        key = doc.keys[k]
        if key in _SENTENCE_END or key in ("،", ",") or "\n" in doc.gap(k, k + 1) or k in covered:
            return None
        if doc.toks[k].kind == "word":
            if any(doc.is_cue(role, key) for role in ("compare", "opener", "relative")):
                return None
            if doc.is_cue("result", key):
                k -= 1  # «ارتفعت حصة الشركة خلال العام الماضي لتبلغ 17%»: the change before the result
                continue
            verb = doc.is_cue("change", key) or (level and doc.is_cue("record", key))
            if verb or doc.is_cue("changenoun", key):
                if verb and not key.startswith("و"):
                    return (
                        changed_after(doc, k, fig.first, covered)
                        or doc.ar_subject_before(k)
                        or noun_before(doc, k, covered)
                    )
                return changed_after(doc, k, fig.first, covered)
        k -= 1
    return None


def changed_after(doc: _Doc, v: int, end: int, covered: set[int]) -> str | None:
    """The noun phrase a change word at ``v`` changes, read after it up to token ``end``: past
    an adjective of the change («زيادة نوعية»), «في», another change noun («في نمو الأرباح») and
    time complements; None when a word that introduces the figure comes first («ارتفعت بنسبة»:
    the subject is a pronoun)."""
    m = v + 1
    while m < end:
        if (
            doc.keys[m] in _QUOTES
            and m + 2 < end
            and doc.toks[m + 1].kind == "word"
            and doc.keys[m + 2] in _QUOTES
            and m + 1 not in covered
        ):
            return doc._phrase(m + 1, m + 1)  # «كما ارتفع "الهولندي" بمقدار 20%»: a quoted name
        if m in covered or doc.toks[m].kind != "word":
            return None
        key = doc.keys[m]
        if doc.is_cue("intro", key) or doc.is_cue("valuelink", key):
            return None
        adjective = (
            m == v + 1 and not key.startswith("ال") and not doc.keys[v].startswith("ال") and key.endswith("ة")
        )  # «زيادة نوعية»: qualifies the change
        if doc.match(doc.units, m, 1)[0] and key.startswith("ال") and not doc.ar_figure_part(m):
            return doc._phrase(m, m)  # «تراجع الدولار بنسبة 1%»: a currency with no number is a noun
        if m >= 1 and doc.keys[m - 1] == "في" and norm_word(key) in _time_adverbials():
            m += 2  # «صعد في وقت سابق من التعاملات»: «earlier», with its adjective
            continue
        passed = adjective or doc.is_cue("changenoun", key) or not doc._content(m) or doc.ar_filler(m)
        if passed or key in _adverbs():
            m += 1  # («ارتفع مجددا إلى»: an adverb of the verb, not its subject)
            continue
        if doc.is_cue("skip", key) or norm_word(key) in _sessions():
            return None  # («صعد في وقت سابق من التعاملات»: a session, not what fell)
        return doc.ar_np(m)
    return None


def noun_before(doc: _Doc, v: int, covered: set[int]) -> str | None:
    """SVO: «المؤشر العام ينخفض 4.88%»: the noun phrase right before the verb, over a definite
    adjective that is no content word by itself («العام» is also «the year»)."""
    first = -1
    for m in range(v - 1, max(-1, v - 4), -1):
        if m in covered or doc.toks[m].kind != "word" or doc.is_cue("skip", doc.keys[m]):
            break
        if doc._content(m):
            first = m
        elif not doc.keys[m].startswith("ال"):
            break
    return doc.ar_np(first) if first != -1 else None


@lru_cache(maxsize=4096)
def value_adjective_only(phrase: str) -> bool:
    """«إجمالية», «الإجمالية»: a phrase that is only the adjective «total» names no thing."""
    return all(_value_adjective(k) for k in phrase_key(phrase))


def _value_adjective(key: str) -> bool:
    """«إجمالية», «الإجمالية», «اجمالي» (folded): the adjective «total» of a value."""
    bare = key[2:] if key.startswith("ال") else key
    return bare in _share_bases() or (bare.endswith("ه") and bare[:-1] in _share_bases())


def valued_noun(doc: _Doc, fig: _Fig, covered: set[int], reach: bool = False) -> str | None:
    """«صفقة بقيمة 3.8 مليار دولار تضم ...», «عقدا بتكلفة 45 مليون درهم»: the noun right before
    «بقيمة/بمبلغ/بتكلفة» is what the amount is the value of (the word after the amount is not).
    With ``reach``, «total» and a verb of reaching may stand between («634 صفقة بقيمة إجمالية
    تجاوزت 513 مليون ريال»)."""
    k = fig.first - 1
    while (
        k >= 0
        and fig.first - k <= (5 if reach else 3)
        and doc.toks[k].kind == "word"
        and not doc.is_cue("valuelink", doc.keys[k])
    ):
        key = doc.keys[k]
        verb = norm_word(key) in _reach_verbs() or doc.is_cue("change", key)  # «تجاوزت», «تزيد»
        passed = reach and (verb or _value_adjective(key))
        if not doc.is_cue("skip", key) and not doc.is_cue("intro", key) and not passed:
            return None  # «بقيمة إجمالية تبلغ»: only words that introduce the amount
        k -= 1
    if k < 1 or not doc.is_cue("valuelink", doc.keys[k]):
        return None
    last = k - 1
    titled = quoted_title_before(doc, last, covered)
    if titled is not None:
        return titled
    if last >= 1 and last in covered and doc.definite_number(last) and doc._content(last - 1):
        return doc._phrase(last - 1, last)  # «القسط الثاني بقيمة 250 ألف درهم»: an ordinal adjective
    last = _before_partner(doc, last, covered)
    first = -1
    for m in range(last, max(-1, last - 2), -1):
        if m in covered or not doc._content(m) or (m < last and not doc.spaced(m, m + 1)):
            break
        first = m
    return doc._phrase(first, last) if first != -1 else None


def _before_partner(doc: _Doc, last: int, covered: set[int]) -> int:
    """«اتفاقية شراكة مع الوكالة الوطنية لتنمية الواحات بقيمة …», «عقدا مع شركة محلية بقيمة …»:
    the words after «مع» name the partner; the value is the agreement's, before «مع». Returns
    the last token of the valued noun (``last`` itself when no partner stands in between)."""
    m = last
    while m > 0 and last - m <= 6 and doc.toks[m].kind == "word" and doc.keys[m] not in _partner_preps():
        m -= 1
    if m > 0 and doc.keys[m] in _partner_preps() and doc.toks[m - 1].kind == "word" and m - 1 not in covered \
            and doc._content(m - 1):
        return m - 1
    return last


def dual_before(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«مغربيين اثنين», «لاعبان اثنان»: «اثنان» follows the dual noun it counts (an adjective,
    unlike the numbers from three up, which come first)."""
    k = fig.first - 1
    if fig.first != fig.last or k < 0 or k in covered or not doc.spaced(k, fig.first):
        return None
    if doc.keys[fig.first] not in _two():
        return None  # a dual noun is a figure of its own («ببرلمانين وحكومتين»)
    key = doc.keys[k]
    if not (doc._content(k) and key.endswith(("ين", "ان")) and len(key) >= 5):
        return None
    if key.startswith(_DEFINITE) != doc.keys[fig.first].startswith(_DEFINITE):
        return None  # «بعد أسابيع من النداء اثنين متطوعين»: an adjective agrees with its noun in the article
    first = k
    agreeing = k >= 1 and doc.keys[k - 1].endswith(key[-2:]) and len(doc.keys[k - 1]) >= 5
    if agreeing and k - 1 not in covered and doc._content(k - 1) and doc.spaced(k - 1, k):
        first = k - 1  # «متطرفين يهوديين اثنين»: the noun and its adjective
    return doc._phrase(first, k)


def opening_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«سجل مؤشر السوق اليوم تراجعا للجلسة الثالثة، إذ انخفض بـ 51 نقطة»: a verb of change whose
    subject is only a pronoun («إذ انخفض بـ», «وأغلق عند») continues the sentence's first verb,
    and changes what that verb's subject names."""
    v = fig.first - 1
    while v > max(-1, fig.first - 8):
        if v in covered or doc.keys[v] in _SENTENCE_END:
            return None
        if doc.toks[v].kind == "word" and doc.is_cue("change", doc.keys[v]):
            break
        v -= 1
    else:
        return None
    if changed_after(doc, v, fig.first, covered) is not None:
        return None  # the verb has a subject of its own (``change_target`` read it)
    first_verb = -1
    m = v - 1
    while m > max(-1, v - 40) and doc.keys[m] not in _SENTENCE_END and "\n" not in doc.gap(m, m + 1):
        if doc.toks[m].kind == "word" and (
            doc.is_cue("change", doc.keys[m]) or doc.is_cue("record", doc.keys[m])
        ):
            first_verb = m
        m -= 1
    return changed_after(doc, first_verb, v, covered) if first_verb != -1 else None


def elided_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """A list sharing one verb: «قفز "السعودي" بمقدار 14%، ومن ثم "الكويتي" بنسبة 9%»,
    «وتراجع سهم A 2%، وسهم B بنسبة 3%»: after «و», «ثم» or a comma, the name right before the
    word that introduces the amount is the subject of the verb left out."""
    k = fig.first - 1
    while k >= 0 and fig.first - k <= 2 and doc.toks[k].kind == "word" and doc.ar_intro(k):
        k -= 1
    if k == fig.first - 1 or k < 2:
        return None  # no «بنسبة/بمقدار»: the words before name something else
    if doc.keys[k] in _QUOTES and doc.keys[k - 2] in _QUOTES and doc.toks[k - 1].kind == "word":
        first, last = k - 2, k - 1
        name = doc._phrase(k - 1, k - 1)
    elif (
        doc.toks[k].kind == "word"
        and k not in covered
        and doc._content(k)
        and not doc.is_cue("skip", doc.keys[k])
    ):
        first = last = k
        if k - 1 not in covered and doc.toks[k - 1].kind == "word" and doc._content(k - 1):
            first = k - 1
        name = doc._phrase(first, last)
    else:
        return None
    before = doc.keys[first - 1] if first >= 1 else ""
    clitic = doc.keys[first].startswith("و") and before in _CLAUSE_MARKS
    if before in _CLAUSE_MARKS or before in _ar_and_then() or clitic:
        return name
    return None


_CLAUSE_MARKS = frozenset({"،", ","})


def out_of(doc: _Doc, figs: list[_Fig]) -> None:
    """«فاز 15 من بين 20 مرشحا», «نجح 300 من أصل 450 طالبا»: a count before «من بين/من أصل» and
    another count counts what that count counts."""
    for a, b in itertools.pairwise(figs):
        if a.kind != "count" or b.kind != "count" or not b.counts or a.counts_after or b.first != a.last + 3:
            continue
        if doc.key(a.last + 1) == "من" and doc.key(a.last + 2) in _out_of():
            a.counts = b.counts


_out_of = lazy_words("prcli.figures", "out_of_ar.txt", convert=norm_word)


def level_holder(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«يستقر سعر الطن عند مستوى 615 دولارا», «اقتراب سعر القمح من حاجز الـ 300 دولار», «مناطق مقاومة عند
    مستويات تتراوح بين 1930 و1945 دولارا»: a level word («مستوى», «حاجز») is never what is counted;
    the noun phrase right before its preposition is what stands at that level."""
    k = fig.first - 1
    while k >= 0 and fig.first - k <= 3 and doc.toks[k].kind == "word" and (
        doc.is_cue("skip", doc.keys[k]) or doc.is_cue("intro", doc.keys[k])
    ) and not doc.is_cue("levelword", doc.keys[k]):
        k -= 1  # «تتراوح بين», «نحو»
    if k < 1 or k in covered or doc.toks[k].kind != "word" or not doc.is_cue("levelword", doc.keys[k]):
        return None
    p = k - 1
    if doc.is_cue("levelprep", doc.keys[p]):
        p -= 1
    elif not doc.keys[k].startswith(("ب", "ل")):
        return None  # «يتجاوز مستوى الخمسين»: the verb's subject is elsewhere
    if p >= 0 and _change_amount_before(doc, p, covered):
        return recorded_subject(doc, p, covered)  # «على انخفاض بلغ 8.28 نقطة عند مستوى»
    if p < 0 or p in covered or doc.toks[p].kind != "word" or not doc.spaced(p, p + 1):
        return None
    key = doc.keys[p]
    if doc.is_cue("changenoun", key) or doc.is_cue("changepart", key):
        # «أغلق المؤشر العام على تراجع طفيف بلغ 3.41 نقطة عند مستوى»: what rose is named earlier,
        # the subject of the verb that records the change
        return recorded_subject(doc, p, covered)
    if any(doc.is_cue(role, key) for role in ("change", "record", "result", "skip")):
        return doc.ar_subject_before(p)  # «الذهب استقر عند مستوى»: the subject before the verb
    if key.startswith(("سي", "ست", "سن", "سا", "سأ")) and not key.endswith(("ة", "ات")):
        return None  # «سنعود إلى مستوى»: a verb in the future, no noun
    return np_ending_at(doc, p, covered)


def _change_amount_before(doc: _Doc, p: int, covered: set[int]) -> bool:
    """Token ``p`` closes the amount of a change («على انخفاض بلغ 8 نقاط عند مستوى»)."""
    return p in covered and any(
        doc.is_cue("changenoun", doc.keys[m]) for m in range(max(0, p - 6), p) if m not in covered
    )


def recorded_subject(doc: _Doc, p: int, covered: set[int]) -> str | None:
    """The subject of the verb of change or of recording before token ``p`` in its clause: after
    the verb (VSO: «أغلق مؤشر سوق الأسهم اليوم على انخفاض»), else before it."""
    for v in range(p - 1, max(-1, p - 14), -1):
        key = doc.keys[v]
        if key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(v, v + 1):
            return None
        if v in covered or doc.toks[v].kind != "word":
            continue
        bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
        if norm_word(bare) in _reach_verbs() or any(doc.is_cue(r, key) for r in ("changepart", "changenoun")):
            continue  # «انخفاض طفيف بلغ»: the verb of the change noun, not of the clause
        if any(doc.is_cue(role, w) for role in ("change", "record") for w in (key, bare)):
            nxt = v + 1
            if nxt < p and nxt not in covered and doc.ar_np_word(nxt) and not doc.ar_filler(nxt):
                return doc.ar_np(nxt)
            return doc.ar_subject_before(v)
    return None


def np_ending_at(doc: _Doc, p: int, covered: set[int]) -> str | None:
    """The noun phrase whose last word is ``p``: that word, and the word before it when the two
    make an idafa or a noun and its adjective («منطقة دعم», «سعر النفط», «المؤشر الرئيسي»)."""
    first = np_start(doc, p, covered)
    return doc._phrase(first, p) if first is not None else None


def np_start(doc: _Doc, p: int, covered: set[int]) -> int | None:
    """The first token of the noun phrase ending at ``p`` (see ``np_ending_at``)."""
    key = doc.keys[p]
    if p in covered or not doc._content(p) or doc.ar_filler(p) or _hollow(doc._phrase(p, p)):
        return None
    first = p
    prior = p - 1
    if (
        prior >= 0
        and prior not in covered
        and doc.toks[prior].kind == "word"
        and doc.spaced(prior, p)
        and doc._content(prior)
        and not any(doc.is_cue(role, doc.keys[prior]) for role in ("skip", "change", "record", "result"))
        and not doc.ar_filler(prior)
        and (doc.keys[prior].startswith("ال") == key.startswith("ال") or not doc.keys[prior].startswith("ال"))
        and not doc.keys[prior].startswith(("ي", "ت", "ن"))
    ):
        first = prior
    return first


_PREP_CLITICS = ("ب", "ل", "وب", "ول", "فب", "فل")
_RANGE_DASHES = frozenset({"-", "–", "—"})
#: «ما», «مما»: «what» before a verb («فما يزيد عن 80%») (folded)
#: «ما», «مما»: the relative «what» (a verb after it has no subject before it).
_what = lazy_words("prcli.figures", "what_relatives_ar.txt", convert=norm_word)
#: conjunctions that open a clause of their own (folded: «أنه» is «انه»)
#: «أنه», «عندما»: a word that opens a clause of its own after a relative clause.
_subordinators = lazy_words("prcli.figures", "subordinators_ar.txt", convert=norm_word)
#: «هذه», «ذلك»: singular demonstratives a plural «الذين» does not agree with.
_singular_demonstratives = lazy_words("prcli.figures", "singular_demonstratives_ar.txt", convert=norm_word)
#: «على», «في»: where a wind blows, between the thing measured and its directions.
_wind_place_preps = lazy_words("prcli.figures", "place_prepositions_wind_ar.txt", convert=norm_word)
#: «عددهم», «تعدادها»: a number owned by a pronoun (counts_ar.count_owner).
_count_owned = lazy_words("prcli.figures", "count_owned_ar.txt", convert=norm_word)
#: «البالغ», «البالغة»: a participle of reaching after the noun it qualifies.
_reach_participles = lazy_words("prcli.figures", "reach_participles_ar.txt", convert=norm_word)
#: «وقت», «الوقت»: «في وقت سابق» is a time adverbial (counts_ar.changed_after).
_time_adverbials = lazy_words("prcli.figures", "time_adverbial_nouns_ar.txt", convert=norm_word)
#: «الجلسة», «التعاملات»: a trading session (counts_ar.session_only).
_sessions = lazy_words("prcli.figures", "session_nouns_ar.txt", convert=norm_word)
#: «شمالية», «غربي»: compass directions of a wind (counts_ar.dimension_owner).
_directions = lazy_words("prcli.figures", "direction_adjectives_ar.txt", convert=norm_word)
#: «تكون», «ستكون»: the verb «كان» whose subject a predicate of adjectives describes.
_copulas = lazy_words("prcli.figures", "copula_verbs_ar.txt", convert=norm_word)


def dimension_owner(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«سباق للدراجات لمسافة 12 كيلومترا», «هاتف بذاكرة 64 جيجا», «زلزال بقوة 6 درجات»: a
    dimension noun after «ب/ل» only says which measure; the noun before it is what is measured."""
    k = fig.first - 1
    if k >= 1 and doc.keys[k] in _RANGE_DASHES and k - 1 in covered:
        k -= 1  # «بسرعة 15 - 35 كم»: the second end of a range measures what the first one does
        while k >= 0 and k in covered:
            k -= 1
    while k >= 0 and fig.first - k <= 3 and doc.toks[k].kind == "word" and (
        doc.is_cue("skip", doc.keys[k]) or doc.is_cue("intro", doc.keys[k])
    ) and not doc.is_cue("dimension", doc.keys[k]):
        k -= 1  # «تصل إلى», «تتراوح بين»
    if k < 1 or k in covered or doc.toks[k].kind != "word":
        return None
    key = doc.keys[k]
    clitic = next(
        (c for c in _PREP_CLITICS if key.startswith(c) and has_cue("ar", "dimension", key[len(c) :])), None
    )
    if clitic is None:
        return None
    d = direction_run(doc, k)
    if d is not None:
        # «شمالية غربية بسرعة 15 كم/ساعة»: directions say where a wind blows from; the speed is
        # the speed of the noun they qualify or of the subject they are said of, else of the
        # dimension noun itself
        tok = doc.toks[k]
        prior = d - 1
        if _indefinite_noun(doc, prior, covered):
            return doc._phrase(prior, d)  # «رياح شمالية بسرعة»: an indefinite adjective, an indefinite noun
        return copula_subject(doc, d, covered) or doc.text[tok.start + len(clitic) : tok.end]
    m = k - 1
    if m in covered or not _noun_like(doc, m) or not doc.spaced(m, k):
        return None
    first = m
    prior = m - 1
    if prior >= 0 and prior not in covered and _noun_like(doc, prior) and doc.spaced(prior, m):
        mine, theirs = doc.keys[m], doc.keys[prior]
        complement = mine.startswith(("لل", "بال")) and not theirs.startswith("ال")  # «سباق للدراجات»
        idafa = mine.startswith("ال") and not theirs.startswith("ال")  # «سباق الضاحية»
        adjective = mine.startswith("ال") and theirs.startswith("ال")  # «الهاتف الجديد»
        if complement or idafa or adjective:
            first = prior
    elif doc.keys[m].startswith(("لل", "بال")):
        return None  # a complement alone names no owner
    head = indefinite_head(doc, m, covered)
    if head is not None and head < first:
        return head_phrase(doc, head, m)
    return doc._phrase(first, m)


def _indefinite_noun(doc: _Doc, k: int, covered: set[int]) -> bool:
    """Token ``k`` may be an indefinite noun: a content word, no article, not a verb."""
    if k < 0 or k in covered or doc.toks[k].kind != "word" or not doc._content(k):
        return False
    key = doc.keys[k]
    return norm_word(key) not in _copulas() and not imperfect_verb(key) and not key.startswith(("ال", "وال"))


def _direction(key: str) -> bool:
    """A compass direction, with or without a leading «و» («وجنوبية غربية»)."""
    word = norm_word(key)
    return word in _directions() or (word[:1] == "و" and word[1:] in _directions())


def direction_run(doc: _Doc, k: int) -> int | None:
    """The first token of the compass directions right before the dimension noun at ``k``
    («جنوبية إلى جنوبية شرقية بسرعة», past a place «على الطرف الجنوبي»), or None."""
    j = k - 1
    if j >= 0 and not _direction(doc.keys[j]):
        j = next((p - 1 for p in range(k - 1, max(0, k - 6), -1) if doc.keys[p] in _wind_place_preps()), -1)
    if j < 0 or not _direction(doc.keys[j]):
        return None
    d = j
    while d >= 1:
        if _direction(doc.keys[d - 1]):
            d -= 1
        elif d >= 2 and doc.keys[d - 1] in _ar_to() and _direction(doc.keys[d - 2]):
            d -= 2  # («إلى» folds to «الى»)
        else:
            break
    return d


def copula_subject(doc: _Doc, k: int, covered: set[int]) -> str | None:
    """«هبوب الرياح على الساحل الشرقي ستكون جنوبية شرقية بسرعة …», «بينما تكون الرياح
    على الهضاب شمالية بسرعة …»: a predicate of adjectives after «كان/تكون» is said of the noun
    phrase before that verb (past a place complement «على …»), or right after it when the verb
    comes first. None without such a verb in the sentence before token ``k``."""
    c = k - 1
    while c >= 0 and k - c <= 30 and doc.keys[c] not in _SENTENCE_END:
        if doc.toks[c].kind == "word" and norm_word(doc.keys[c]) in _copulas():
            break
        c -= 1
    else:
        return None
    if c < 0 or norm_word(doc.keys[c]) not in _copulas():
        return None
    end = c - 1
    for p in range(c - 1, max(-1, c - 5), -1):
        if doc.keys[p] in _wind_place_preps():
            end = p - 1  # «على البحر الأحمر»: where, not who
            break
    first = end + 1
    while first - 1 >= 0 and end - first < 2 and first - 1 not in covered and doc._content(first - 1) and (
        doc.toks[first - 1].kind == "word" and doc.spaced(first - 1, first)
    ):
        first -= 1
    if first <= end and not (first >= 1 and doc.keys[first - 1].removeprefix("و") in _wind_place_preps()):
        return doc._phrase(first, end)
    last = c  # the verb first («وفي الخليج تكون الرياح شرقية»): its subject follows
    while last + 1 < k and last - c < 3 and doc.toks[last + 1].kind == "word" and doc._content(last + 1) and (
        doc.keys[last + 1] not in _wind_place_preps() and not _direction(doc.keys[last + 1])
    ):
        last += 1
    return doc._phrase(c + 1, last) if last > c else None


def second_dimension(doc: _Doc, fig: _Fig, prev: _Fig | None) -> str | None:
    """«جسر بطول 800 متر وبعرض 20 مترا»: a second dimension joined by «و» right after a measure
    measures the same thing as that measure."""
    k = fig.first - 1
    while k > 0 and fig.first - k <= 3 and doc.toks[k].kind == "word" and doc.ar_intro(k):
        k -= 1
    if prev is None or k < 1 or prev.last != k - 1 or doc.toks[k].kind != "word":
        return None
    key = doc.keys[k]
    if not (key.startswith("وب") or key.startswith("ول")) or not has_cue("ar", "dimension", key[2:]):
        return None
    return prev.counts


_place_preps = lazy_words("prcli.figures", "place_prepositions_counts_ar.txt", convert=norm_word)
_DEFINITE = ("ال", "وال", "فال")
_COMPLEMENT = ("ل", "ب", "لل", "بال")


def indefinite_head(doc: _Doc, m: int, covered: set[int]) -> int | None:
    """«جسرا معلقا في المدينة بطول», «صالة رياضية مغلقة متعددة الأغراض بمساحة», «مسار لممارسة
    الجري وركوب الدراجات بطول»: a thing measured by a dimension is most often a new one, an
    indefinite noun, and its adjectives, genitives, complements and one place («في المدينة») run
    up to the dimension word. Walking back from ``m``, the head is the indefinite word that a
    definite word, a comma or a verb stands before (an adjective agrees with its noun, a genitive
    follows an indefinite head): None when no such head is found within a short reach."""
    k = m
    places = 0
    while m - k < 7:
        p = k - 1
        if p < 0 or p in covered or doc.toks[p].kind != "word" or not doc.spaced(p, k):
            return k if _indefinite(doc, k) else None
        key = doc.keys[p]
        if norm_word(key) in _place_preps():
            if places or not doc.keys[k].startswith("ال"):
                return None
            places += 1
            k = p - 1  # the place and its preposition: the phrase goes on before them
            if k < 0 or k in covered or doc.toks[k].kind != "word" or not doc.spaced(k, p):
                return None
            continue
        if doc.is_cue("relative", key) or imperfect_verb(key) or any(
            doc.is_cue(role, key) for role in ("skip", "change", "record", "result", "intro", "cost")
        ):
            return k if _indefinite(doc, k) else None
        coordinated = doc.keys[k].startswith("و") and not doc.keys[k].startswith(_waw_stems())
        if key.startswith(_DEFINITE) and _indefinite(doc, k) and not coordinated:
            return k  # «البلدية جسرا»: a definite word stands before the head («وركوب»: a genitive)
        if not doc._content(p) or doc.ar_filler(p):
            return k if _indefinite(doc, k) else None
        k = p
    return None


def _indefinite(doc: _Doc, k: int) -> bool:
    """A bare indefinite word (no article, no preposition glued to it) that may head a noun."""
    key = doc.keys[k]
    bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
    return (
        doc._content(k)
        and not bare.startswith(("ال", *_COMPLEMENT))
        and not imperfect_verb(key)
        and "\u0600" <= key[:1] <= "\u06ff"
    )


def head_phrase(doc: _Doc, head: int, last: int) -> str:
    """The head at ``head`` and the word right after it when it qualifies the head (an adjective
    or a genitive, not a complement), never past ``last``."""
    nxt = head + 1
    word = norm_word(doc.keys[nxt]) if nxt <= last else ""
    if word and not word.startswith(_COMPLEMENT) and word not in _place_preps() and doc._content(nxt):
        return doc._phrase(head, nxt)
    return doc._phrase(head, head)


def _noun_like(doc: _Doc, k: int) -> bool:
    """A word that may be a noun of the phrase before a measure: content, no verb cue, no time
    word, no imperfect verb («يقدم»)."""
    key = doc.keys[k]
    return (
        doc.toks[k].kind == "word"
        and doc._content(k)
        and not doc.ar_filler(k)
        and not key.startswith("ي")
        and "\u0600" <= key[:1] <= "\u06ff"  # a Latin name («بتقنية X وبدقة») is no owner
        and not any(doc.is_cue(role, key) for role in ("skip", "change", "record", "result", "changenoun"))
    )


def across_relative(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«وتراجع مؤشر الثقة الذي يصدره البنك كل شهر إلى 47.2 من 48.9»: a relative clause with no
    verb of change between the figure and its pronoun only describes the subject; the figure
    belongs to the change verb before the pronoun, and measures that verb's subject."""
    k = fig.first - 1
    floor = max(-1, fig.first - 16)
    while k > floor:
        key = doc.keys[k]
        if key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(k, k + 1):
            return None
        if k not in covered and doc.toks[k].kind == "word":
            if any(doc.is_cue(role, key) for role in ("change", "record", "result", "compare", "valuelink")):
                return None  # the figure has a verb of its own
            if doc.is_cue("relative", key):
                return _verb_before_relative(doc, k, covered)
        k -= 1
    return None


def relative_antecedent(doc: _Doc, fig: _Fig, phrase: str, covered: set[int]) -> str | None:
    """«نسبة مراكز الاقتراع التي لا يصل إليها كبار السن في الأرياف … بلغت 38%», «المساحة التي
    تغطيها الغابات في المنطقة تصل إلى 200 هكتار»: a verb right after a relative clause has the
    clause's antecedent for subject; a noun read inside the clause belongs to the clause's own
    verb. The antecedent is the noun phrase right before the relative pronoun."""
    v = fig.first - 1
    while v >= 1 and fig.first - v <= 3 and doc.toks[v].kind == "word" and doc.ar_intro(v):
        if _reaching(doc, v):
            break
        v -= 1  # «تصل إلى»
    if v < 2 or v in covered or doc.toks[v].kind != "word" or not _reaching(doc, v):
        return None
    before = doc.keys[v - 1]
    indefinite = _indefinite_word(doc, v - 1, covered) and not before.endswith(("ه", "ها", "هم"))
    if doc.is_cue("relative", before) or before in _what() or indefinite or doc.ar_intro(v - 1):
        return None  # «الذي انخفض», «فما يزيد عن», «بقروض بلغت»: the verb is the clause's own, or a noun's
    rel = -1
    for m in range(v - 2, max(0, v - 16), -1):
        key = doc.keys[m]
        if m in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or doc.is_cue("opener", key):
            return None  # («التي تبين أن معدل التضخم ارتفع»: «أن» opens the verb's own clause)
        if key in _subordinators() or _reaching(doc, m):
            return None
        if doc.toks[m].kind == "word" and doc.is_cue("relative", key):
            rel = m
            break
    if rel < 1:
        return None
    inside = doc.text[doc.toks[rel].end : doc.toks[v].start]
    if phrase not in inside:
        return None  # what was read is not the clause's own noun
    return definite_phrase_before(doc, rel, covered)


def _reaching(doc: _Doc, v: int) -> bool:
    """Token ``v`` is a verb of change or of reaching an amount («بلغت», «تصل», «تجاوزت»)."""
    key = norm_word(doc.keys[v])
    bare = key[1:] if key[:1] in "وف" and len(key) > 4 else key
    return doc.is_cue("change", doc.keys[v]) or bare in _reach_verbs()


def definite_phrase_before(doc: _Doc, rel: int, covered: set[int]) -> str | None:
    """The definite noun phrase that ends right before token ``rel`` (an antecedent): a definite
    noun with its relational adjective, and the indefinite heads of its idafa («نسبة مكاتب
    التصويت»). None when no definite noun stands there."""
    last = rel - 1
    if last < 0 or last in covered or doc.toks[last].kind != "word" or not doc.spaced(last, rel):
        return None
    if not doc.keys[last].startswith(("ال", "وال")) or not doc._content(last):
        return None
    first = doc.ar_adjectives_head(last) if doc.ar_nisba_after_noun(last) else last
    return doc._phrase(_indefinite_heads(doc, first, last, covered, nouns=True), last)  # «مراكز الاقتراع»


def _verb_before_relative(doc: _Doc, rel: int, covered: set[int]) -> str | None:
    """The subject of a change verb a few words before the relative pronoun at ``rel`` (VSO)."""
    for v in range(rel - 2, max(-1, rel - 8), -1):
        if v in covered or doc.keys[v] in _SENTENCE_END or doc.keys[v] in _CLAUSE_MARKS:
            return None
        key = doc.keys[v]
        if doc.toks[v].kind == "word" and (doc.is_cue("change", key) or doc.is_cue("changenoun", key)):
            subject = range(v + 1, rel)
            if not subject or any(m in covered or not doc.ar_np_word(m) or doc.ar_filler(m) for m in subject):
                return None  # the antecedent of the pronoun must be the verb's whole subject
            return doc.ar_np(v + 1)
    return None


def complement_only(phrase: str | None) -> bool:
    """«30 للبنين»: a phrase opening with «لل/بال» after a number is a prepositional complement,
    never the counted noun (a tamyiz takes no preposition): the noun was left out."""
    return phrase is not None and norm_word(phrase.split()[0]).startswith(("لل", "بال", "كال"))


def quoted_title_before(doc: _Doc, last: int, covered: set[int]) -> str | None:
    """«برنامج "مدن نظيفة" بقيمة 40 مليون درهم»: a quoted title ending at ``last`` and the noun
    it names («برنامج», «مشروع»): together they are what the amount is the value of."""
    if last < 2 or doc.keys[last] not in _QUOTES:
        return None
    for m in range(last - 1, max(0, last - 8), -1):
        if m in covered or doc.keys[m] in _SENTENCE_END:
            return None
        if doc.keys[m] in _QUOTES:
            noun = m - 1
            if noun >= 0 and noun not in covered and doc._content(noun) and doc.spaced(noun, m):
                return doc._phrase(noun, last)
            return None
    return None


def cost_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«أعمال ترميم كلفت الخزينة 80 ألف يورو», «المهاجم الذي كلفه 30 مليون يورو»: the object of a
    verb of costing pays; its subject, before it (SVO or a relative clause), is what costs."""
    k = fig.first - 1
    while k >= 0 and fig.first - k <= 5:
        key = doc.keys[k]
        if k in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or doc.toks[k].kind != "word":
            return None
        if doc.is_cue("cost", key) and not key.startswith("و"):
            before = k - 1
            if before < 0 or doc.toks[before].kind != "word" or before in covered:
                return None
            if doc.is_cue("relative", doc.keys[before]):
                before -= 1  # «المهاجم، الذي كلفه»: the antecedent
                if before >= 0 and doc.keys[before] in _CLAUSE_MARKS:
                    before -= 1
            if before < 0 or doc.toks[before].kind != "word" or doc.is_cue("skip", doc.keys[before]):
                return None
            first = np_start(doc, before, covered)
            if first is not None and first >= 2 and doc.is_cue("npprep", doc.keys[first - 1]):
                # «أعمال ترميم في مكتبه كلفت»: the place is a complement of the subject before it
                head = np_start(doc, first - 2, covered) if doc.toks[first - 2].kind == "word" else None
                if head is not None:
                    return doc._phrase(head, first - 2)
            return doc._phrase(first, before) if first is not None else None
        k -= 1
    return None


def partitive_pronoun(doc: _Doc, fig: _Fig) -> str | None:
    """«72 في المائة من الذين شاركوا في المسح», «40 في المائة من هؤلاء»: after «من», a relative or a
    demonstrative stands for the people the share is taken from (with the verb of its clause)."""
    j = fig.last + 1
    if doc.key(j) != "من" or not doc.spaced(j - 1, j) or j + 1 >= doc.n:
        return None
    p = j + 1
    if doc.toks[p].kind != "word" or not doc.is_cue("partpron", doc.keys[p]):
        return None
    if p + 1 < doc.n and doc.toks[p + 1].kind == "word" and doc.spaced(p, p + 1) and doc.keys[p] != "هولاء":
        return doc._phrase(p, p + 1)  # «الذين انجذبوا»
    return doc._phrase(p, p)


def change_in(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«تسجيل زيادة بنحو 120 ألف طن سنويا في الواردات», «نمو بنسبة 8% في الطلبات»: a change
    noun right before the amount, and «في» + a noun phrase right after it: what changed."""
    k = doc.back_over_intros(fig.first, 3, "changenoun")
    if k < 0 or k in covered or doc.toks[k].kind != "word" or not doc.is_cue("changenoun", doc.keys[k]):
        return None
    j = fig.last + 1
    if doc.is_cue("period", doc.key(j)):
        j += 1
    if doc.key(j) != "في" or not doc.spaced(j - 1, j) or j + 1 >= doc.n:
        return None
    m = j + 1
    if m in covered or not doc.ar_np_word(m) or doc.ar_filler(m):
        return None
    return doc.ar_np(m)


def from_previous(doc: _Doc, figs: list[_Fig]) -> None:
    """«تراجع المؤشر إلى 47.2 من 48.9»: the reading it came from («من» between two figures, the
    second with no counted noun of its own) measures the same thing as the first."""
    for a, b in itertools.pairwise(figs):
        if (
            b.first == a.last + 2
            and doc.key(a.last + 1) == "من"
            and a.counts
            and a.kind in _CHAINED
            and b.kind in _CHAINED
            and not b.counts_after
            and a.kind != "count"
        ):
            b.counts = a.counts


def hedged_bracket(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«وفي البطالة (حوالي 8 في المائة)», «المديونية (متوسط 60 في المائة)»: a figure opening a
    bracket after a noun measures that noun; a hedge or an average word between the bracket and
    the figure changes nothing (it names no thing)."""
    o = fig.first - 1
    words: list[str] = []
    while o >= 0 and fig.first - o <= 3 and doc.toks[o].kind == "word" and o not in covered:
        words.insert(0, norm_word(doc.keys[o]))
        o -= 1
    if not words or " ".join(words) not in _bracket_hedges() or doc.key(o) != "(":
        return None
    noun = o - 1
    if noun < 0 or noun in covered or doc.toks[noun].kind != "word" or not doc.spaced(noun, o):
        return None
    if doc.ar_filler(noun) or not doc.ar_np_word(noun):
        return None
    return np_ending_at(doc, noun, covered)


_bound_preps = lazy_words("prcli.figures", "bound_prepositions_ar.txt", convert=norm_word)
#: «أن», «وإن»: a particle that opens a clause; a counted phrase never ends on one
_particles = lazy_words("prcli.figures", "clause_particles_ar.txt", convert=norm_word)


def bound_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«في صحون لا يزيد عمقها عن 5 سنتمترات», «لا تقل قيمتها عن 100 ريال»: a verb of bound with
    its subject after it (VSO) and «عن/على» before the figure: the subject is what is bounded,
    not the noun before the verb (that one is only bounded when the verb has no subject after it,
    «بغرامة لا تقل عن»)."""
    prep = fig.first - 1
    if prep < 3 or norm_word(doc.keys[prep]) not in _bound_preps() or not doc.spaced(prep, fig.first):
        return None
    noun, verb = prep - 1, prep - 2
    if noun in covered or verb in covered or doc.toks[verb].kind != "word" or not doc.spaced(verb, noun):
        return None
    if not (doc.is_cue("change", doc.keys[verb]) and doc.is_cue("negation", doc.keys[verb - 1])):
        return None
    if not doc.ar_np_word(noun) or doc.ar_filler(noun) or doc.ar_intro(noun):
        return None
    return doc._phrase(noun, noun)


#: How many figures before one are looked at for the sentence's earlier clause.
_EARLIER_REACH = 24


def earlier(figs: list[_Fig], idx: int) -> list[_Fig]:
    """The figures before ``figs[idx]`` (text order), nearest last, a bounded number of them: a
    walk back from a figure costs the same wherever the figure is in a long article."""
    return figs[max(0, idx - _EARLIER_REACH) : idx]


def parallel_clause(doc: _Doc, fig: _Fig, figs: list[_Fig]) -> str | None:
    """«أن 40% من الاعتداءات لا يبلغ عنها وأن 7% فقط تسجل»: a figure opening a clause of its own
    («وأن», «وإن») with nothing counted repeats the earlier clause of its sentence: the figure of
    the same kind there says what it counts. ``figs``: the figures before it (``earlier``)."""
    k = fig.first - 1
    if k < 1 or norm_word(doc.keys[k]) not in _particles() or not doc.keys[k].startswith("و"):
        return None
    for other in reversed(figs):
        if other.last >= k:
            continue
        if not same_sentence(doc, other.last, fig.first):
            return None
        if other.kind == fig.kind and other.counts:
            return other.counts
    return None


def hal_subject(doc: _Doc, fig: _Fig, covered: set[int], amounts: set[int]) -> str | None:
    """«وأنهى مؤشر البورصة تعاملات الأسبوع مرتفعا 52 نقطة», «مسجلا 1120 دولارا»: a participle of
    change before the figure (a circumstantial, «حال») says how the subject of the clause's verb
    ended: that subject is what is measured, not the complement right before the participle. An
    ordinal or a date on the way («تعاملات الأسبوع الأول») is part of the clause; another amount
    ends the search."""
    k = fig.first - 1
    while k >= 1 and fig.first - k <= 10 and not doc.is_cue("changepart", doc.keys[k]):
        if not link_token(doc, k, covered):
            return None  # «مرتفعا 43 نقطة بنسبة 0.46%»: the chain after the participle too
        k -= 1
    if k < 1 or k in covered or doc.toks[k].kind != "word" or not doc.is_cue("changepart", doc.keys[k]):
        return None
    floor = max(-1, k - 16)
    for v in range(k - 1, floor, -1):
        key = doc.keys[v]
        if v in amounts or key in _SENTENCE_END or "\n" in doc.gap(v, v + 1):
            return None
        if v in covered or doc.toks[v].kind != "word" or key in _CLAUSE_MARKS:
            continue
        bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
        if any(doc.is_cue(role, w) for role in ("change", "record") for w in (key, bare)):
            if doc.is_cue("changepart", key):
                continue
            nxt = v + 1
            if nxt < k and nxt not in covered and doc.ar_np_word(nxt) and not doc.ar_filler(nxt):
                return doc.ar_np(nxt)  # VSO: the subject right after the verb
            return doc.ar_subject_before(v)
    return None


def bound_complement(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«قروض ميسرة بفوائد لا تتعدى 3 في المائة»: before a negated verb of bound, a noun with the
    preposition «ب» glued to it is what is bounded, on its own (the noun before it is only what
    it comes with)."""
    verb = fig.first - 1
    if verb >= 0 and norm_word(doc.keys[verb]) in _bound_preps():
        verb -= 1  # «لا تقل عن»
    neg, noun = verb - 1, verb - 2
    if noun < 0:
        return None
    if doc.toks[verb].kind != "word" or not doc.keys[verb].startswith(("ي", "ت")):
        return None  # «لا تتعدى», «لا يقل»: a negated imperfect before «عن» bounds
    if not doc.is_cue("negation", doc.keys[neg]) or noun in covered or doc.toks[noun].kind != "word":
        return None
    key = doc.keys[noun]
    if not key.startswith("ب") or key.startswith("بال") or len(key) < 5 or not doc._content(noun):
        return None
    return doc.text[doc.toks[noun].start + 1 : doc.toks[noun].end]


def changed_amount(doc: _Doc, fig: _Fig, figs: list[_Fig]) -> str | None:
    """«وصول 80 ألفا من الزوار ... بارتفاع عن 50 ألفا قبل عامين»: a figure whose
    only counted word is a change noun («بارتفاع») is the change of the amount before it in the
    sentence, and measures what that amount does. A measure after «ارتفاع» is a height («على ارتفاع
    655 مترا»), not a rise. ``figs``: the figures before it (``earlier``)."""
    word = norm_word((fig.counts or "").split(" ")[0])
    if fig.kind == "measure" and any(has_cue("ar", "dimension", w) for w in (word, word[1:])):
        return None
    for other in reversed(figs):
        if other.last >= fig.first:
            continue
        if not same_sentence(doc, other.last, fig.first):
            return None
        if other.kind == fig.kind and other.counts and not bare_change(other.counts):
            return other.counts
    return None


def across_aside(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«وانخفضت أسعار النفط ، تسليم سبتمبر ، 14 سنتا»: an aside between two commas right before
    the figure (a delivery month, a place) only qualifies the subject: the figure belongs to the
    verb of change before the aside, and measures that verb's subject."""
    close = fig.first - 1
    if close < 2 or doc.keys[close] not in _CLAUSE_MARKS:
        return None
    open_ = next(
        (k for k in range(close - 1, max(-1, close - 6), -1) if doc.keys[k] in _CLAUSE_MARKS), None
    )
    if open_ is None or any(k in covered or doc.keys[k] in _SENTENCE_END for k in range(open_, close)):
        return None
    for v in range(open_ - 1, max(-1, open_ - 9), -1):
        key = doc.keys[v]
        if v in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(v, v + 1):
            return None
        bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
        if doc.toks[v].kind == "word" and (doc.is_cue("change", key) or doc.is_cue("change", bare)):
            nxt = v + 1
            if nxt < open_ and doc.ar_np_word(nxt) and not doc.ar_filler(nxt):
                return doc.ar_np(nxt)  # VSO
            return doc.ar_subject_before(v)
    return None


_OWNER_SUFFIXES = ("ها", "هم", "ه")


def pronoun_change(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«عقب تراجعه خلال تداولات يوم الخميس 27 سنتا»: a change noun with a pronoun
    suffix («انخفاضه», «ارتفاعها») in the clause before the figure: the pronoun's antecedent,
    the subject of the change verb earlier in the sentence, is what changed (not the time or
    place words between the change and the figure)."""
    floor = max(-1, fig.first - 12)
    linked = fig.first >= 1 and link_token(doc, fig.first - 1, covered)  # «... 27 سنتا إلى 45 دولارا»
    for k in range(fig.first - 1, floor, -1):
        key = doc.keys[k]
        if k in covered and linked:
            continue
        if k in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(k, k + 1):
            return None
        if doc.toks[k].kind != "word" or len(key) < 6:
            continue
        suffix = next((x for x in _OWNER_SUFFIXES if key.endswith(x)), None)
        if suffix is None:
            continue
        stem = key[: -len(suffix)]
        if stem.endswith("ت"):
            stem = stem[:-1] + "ة"  # «زيادتها» → «زيادة»
        if has_cue("ar", "changenoun", stem):
            return doc.ar_earlier_subject(k)
    return None


def dangling_particle(phrase: str) -> bool:
    """«للشرطة وأن»: a phrase ending on a particle that opens a clause names no thing."""
    words = phrase.split(" ")
    return len(words) > 1 and norm_word(words[-1]) in _particles()


def bracketed_after_noun(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«أغلبهم من الإناث (3100)»: a bare number in brackets right after a noun gives how many
    that noun names."""
    before, after = fig.first - 1, fig.last + 1
    if before < 1 or doc.key(before) != "(" or doc.key(after) != ")":
        return None
    noun = before - 1
    if noun in covered or doc.toks[noun].kind != "word" or not doc._content(noun) or doc.ar_filler(noun):
        return None
    if doc.is_cue("skip", doc.keys[noun]) or doc.keys[noun] in _ar_number_nouns():
        return None
    return doc._phrase(noun, noun)


def paid_for(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«دفع 50 يورو مقابل وجبة عشاء», «2 مليون دولار مقابل الإفراج عنه»: «مقابل» right after an
    amount names what the amount pays for (unless another amount follows: a comparison)."""
    j = fig.last + 1
    if doc.key(j) != "مقابل" or not doc.spaced(j - 1, j) or j + 1 >= doc.n:
        return None
    m = j + 1
    if m in covered or doc.toks[m].kind != "word" or not doc.ar_np_word(m) or doc.ar_filler(m):
        return None
    if any(k in covered for k in range(m + 1, min(doc.n, m + 4))):
        return None  # «58 مليون مقابل خسائر بـ263 مليون»: a comparison with another amount
    return doc.ar_np(m)


_sale_words = lazy_words("prcli.figures", "sale_words_ar.txt", convert=norm_word)
#: words that put a price right after them («بـ», «بقيمة», «مقابل», «بمبلغ», «بسعر»)
_price_links = lazy_words("prcli.figures", "price_links_ar.txt", convert=norm_word)


def sold_thing(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«وفي عملية ثانية بيع منزل قرب مدينة طبرقة بمبلغ 230 ألف دينار», «اشترت المجموعة
    الفندق بقيمة 90 مليون درهم»: a price after «ب/بقيمة/مقابل» in a clause of selling or buying is
    the price of the thing sold, the noun right after the verb (or after its subject, for a verb
    with one), not a place or a time between them. None when the object is itself a figure."""
    k = fig.first - 1
    if k < 1 or norm_word(doc.keys[k]) not in _price_links():
        return None
    for v in range(k - 1, max(-1, k - 9), -1):
        key = doc.keys[v]
        if v in covered or key in _SENTENCE_END or key in _CLAUSE_MARKS or "\n" in doc.gap(v, v + 1):
            return None
        if doc.toks[v].kind != "word" or norm_word(key) not in _sale_words():
            continue
        m = v + 1
        verb = doc.keys[v].startswith(_ar_sale_verb_stems())  # a verb with a subject, not «شراء»
        two = m + 1 < k and doc.keys[m].startswith("ال") and doc.keys[m + 1].startswith("ال")
        if verb and two and doc.ar_np_word(m) and doc.ar_np_word(m + 1) and not doc.ar_filler(m):
            m += 1  # «اشترى الصندوق المطار»: the subject, then the object
        if m >= k or m in covered or not doc.ar_np_word(m) or doc.ar_filler(m):
            return None
        return doc.ar_np(m)
    return None


_VERB_CUES = ("change", "skip", "result", "record", "cost")


def _phrase_start(doc: _Doc, places: range, phrase: str) -> int | None:
    """The first token among ``places`` where the text reads ``phrase`` (a counted phrase found
    again in the tokens it was cut from)."""
    toks, text = doc.toks, doc.text
    for k in places:
        start = toks[k].start
        if toks[k].kind == "word" and text[start : start + len(phrase)] == phrase:
            return k
    return None


def complete_idafa(doc: _Doc, fig: _Fig, phrase: str, covered: set[int]) -> str | None:
    """«متوسط سعر المتر المربع 247 ريالا» read as «متوسط سعر», «13 في المائة من مجموع الأعضاء» as
    «مجموع»: a counted phrase that ends on a bare idafa head («متوسط», «مجموع», «عدد») stops before
    the noun that names the thing; the head's complement (a definite noun, after at most one more
    bare head) is added."""
    toks, text, keys = doc.toks, doc.text, doc.keys
    if fig.counts_after:
        places = range(fig.last + 1, min(doc.n, fig.last + 16))
    else:
        places = range(fig.first - 1, max(-1, fig.first - 16), -1)
    k = _phrase_start(doc, places, phrase)
    if k is None:
        return None
    start = toks[k].start
    end = start + len(phrase)
    e = k
    while e + 1 < doc.n and toks[e + 1].end <= end:
        e += 1
    if toks[e].end != end or keys[e] not in _idafa_heads():
        return None
    j = e + 1
    if j < doc.n and keys[j] in _idafa_heads() and doc.spaced(e, j) and j not in covered:
        e, j = j, j + 1  # «متوسط سعر المتر»: two heads
    ok = (
        j < doc.n
        and toks[j].kind == "word"
        and keys[j].startswith("ال")
        and len(keys[j]) > 3
        and doc.spaced(e, j)
        and j not in covered
        and doc._content(j)
    )
    return text[start : toks[j].end] if ok else None


def adjective_noun(doc: _Doc, fig: _Fig, phrase: str) -> str | None:
    """«كمية المياه المخصصة لجدة» → «المخصصة لجدة», «الغاز الطبيعي المسال»: a counted phrase read
    before the figure that opens on a relational adjective («الطبيعي», «الأوروبية») cut the noun it
    agrees with off; the noun (and an adjective before it) is put back in front."""
    k = _phrase_start(doc, range(fig.first - 1, max(-1, fig.first - 16), -1), phrase)
    if k is not None and participle_after_noun(doc, k):
        return doc.text[doc.toks[k - 1].start : doc.toks[k].start + len(phrase)]  # «مساحتها القابلة للتأجير»
    if k is None or not doc.ar_nisba_after_noun(k):
        return None
    return doc.text[doc.toks[doc.ar_adjectives_head(k)].start : doc.toks[k].start + len(phrase)]


def participle_after_noun(doc: _Doc, k: int) -> bool:
    """«مساحتها القابلة للتأجير», «مدخراتها البالغة»: a definite active participle (ال + فاعل:
    «القابلة», «الصافية») right after a noun with a possessive pronoun is its adjective, not a
    noun of its own (after a noun with the article it may as well be a noun: «الطاقة»)."""
    if k < 1 or doc.toks[k].kind != "word" or doc.toks[k - 1].kind != "word" or not doc.spaced(k - 1, k):
        return False
    key, noun = doc.keys[k], doc.keys[k - 1]
    if not key.startswith("ال") or len(key) < 6 or key[3] != "ا" or key.endswith("ات"):
        return False  # («القابلة»; a plural in «ات» may be a noun: «الصادرات»)
    stem = noun[:-2] if noun.endswith(("ها", "هم")) else noun[:-1]
    tail = doc.text[doc.toks[k - 1].end - 1]  # (folded «ة» reads «ه»: «زيادة» owns nothing)
    possessed = noun.endswith(("ه", "ها", "هم")) and tail != "ة" and len(noun) >= 5
    possessed = possessed and not noun.startswith("ال")
    if not possessed or stem in _time_adverbials():
        return False  # («وقتها الرائد»: «at that time», then a name)
    return doc._content(k - 1) and not doc.ar_figure_part(k - 1)


@lru_cache(maxsize=4096)
def without_verbs(phrase: str) -> str:
    """«الإنتاج يرتفع», «الجفاف سيتراوح»: a verb of change or reaching at either end of a counted
    phrase is the verb of the figure, not part of what it counts (a one-word phrase is kept)."""
    words = phrase.split(" ")
    while len(words) > 1 and _verb_word(words[-1]):
        words.pop()
    while len(words) > 1 and _verb_word(words[0]):
        words.pop(0)
    return " ".join(words)


def _verb_word(word: str) -> bool:
    """An Arabic verb of change or measure («ارتفع», «سيتراوح»), not its verbal noun («ارتفاع»):
    a counted phrase never starts or ends with one."""
    key = norm_word(word)
    if not key or not ("\u0600" <= key[0] <= "\u06ff"):
        return False
    if any(has_cue("ar", role, key) for role in ("changenoun", "head", "levelword", "intro", "valuelink")):
        return False  # a noun: «ارتفاع», «نسبة», «بنسبة» stay
    if len(key) > 4 and key[0] == "س" and key[1] in "يتن":
        key = key[1:]  # «سيتراوح»: the future prefix
    return any(has_cue("ar", role, key) for role in _VERB_CUES)


def temperature_before(doc: _Doc, first: int) -> bool:
    """«درجة الحرارة 40», «درجات الحرارة العظمى 45»: a temperature noun right before a bare number
    (an adjective such as «العظمى» may stand between)."""
    k = first - 1
    word = k >= 0 and doc.toks[k].kind == "word"
    if word and doc.keys[k].startswith("ال") and not doc.is_cue("heat", doc.keys[k]):
        k -= 1  # «العظمى», «الصغرى»
    return k >= 1 and doc.is_cue("heat", doc.keys[k]) and doc.is_cue("degree", doc.keys[k - 1])


@lru_cache(maxsize=4096)
def np_shaped(phrase: str) -> str:
    """«السلطات غرامة», «الفيلم جائزة»: a definite word then an indefinite one make no noun phrase
    (an idafa opens on the indefinite head, an adjective agrees with its noun): the words before
    the indefinite noun belong to the clause, the noun is what is counted."""
    words = phrase.split(" ")
    if len(words) not in (2, 3):
        return phrase
    keys = [norm_word(w) for w in words]
    second = keys[-1]
    if len(words) == 3 and not (second.endswith("ات") and len(second) > 4):
        return phrase  # (after a noun and its adjective, only a plural is surely a noun: «تزن» is a verb)
    arabic = all(w and "\u0600" <= w[0] <= "\u06ff" for w in keys)
    # («الجمعية الخيرية مساعدات»: a definite noun with its adjective, then the indefinite noun)
    definite = all(k.startswith(("ال", "وال", "بال", "فال", "لل")) for k in keys[:-1])
    if not (arabic and definite) or len(second) < 3 or any(has_cue("ar", "relative", k) for k in keys[:-1]):
        return phrase
    # («مساعدات», «إيرادات»: a feminine plural, not a verb in «ت»)
    verb_end = second.endswith(("ت", "وا")) and not (second.endswith("ات") and len(second) > 4)
    if second.startswith(("ال", "ل", "ب", "و", "ف")) or verb_end:
        return phrase  # a complement, a conjunction or a verb («أطلقت», «انجذبوا») follows
    if has_cue("ar", "changenoun", second) or _hollow(words[1]):
        return phrase  # «الصادرات زيادة»: the change of the noun before it
    return words[-1]
