"""What English figures count, read once every figure of the article is known.

The per-figure readers of ``extract`` take the nearest noun first: the one after the figure
("15 players", "a £3bn deal"), then the "of" complement ("60% of adults"). Some constructions
need the figures around it or the clause's subject instead:

- a price verb after a coordination: "The stadium will hold 60,000 fans and cost £750m";
- a verb after a modal taken for a noun: "The handset will retail at $400" prices the handset;
- a change after a comma past a time figure: "a profit of £3.2bn for 2004, up 12%" is the
  profit's change, and so is "3,500 people died, 5% fewer than in 2003" (``link_ranges``
  handles the change right after the amount);
- a share of a pronoun: "2.5 million users, a quarter of them in the UK" (a fraction; counts
  already take the antecedent in ``extract``);
- an age named as a level: "The age of consent is 16", "the retirement age will rise to 67"
  is an age, not a count of ages;
- a baseline after "up from"/"down from": "1.8 million visitors, up from 1.5 million the
  year before" repeats what the figure before it counted;
- the subject's head: "Fares on most lines rose 4%", "Rainfall this summer was 40% below
  average" count the head, not the noun of its complement (``subject_head``);
- a gerund subject: "while lending grew 4%" counts "lending", a noun, not a verb
  (``gerund_subject``);
- a bare object verb: "The bombing, which killed seven" counts what the verb did ("killed");
  not after verbs of level, having or result ("employs 300", "scored 4") (``bare_object_verb``);
- income: "earns up to £12,000 a year" is measured by its verb ("earns") (``income_verb``);
- an infinitive: "ordered him to repay £800,000" is what the verb does (``infinitive_object``);
- the same measure: "an average audience of 8.9 million, peaking at 10.1 million" measures
  what the amount of its kind before it measured (``same_measure_before``);
- scores: "voted 31 to 12" and, in a cricket report, "201 for 6", "310-7" are one score
  valued by their first number (``_join_cricket``);
- age groups: "the over-65s", "under-18s" name an age (``_add_age_groups``).

Not done, on purpose: a share after "make up"/"account for"/"grow to" ("Women make up 29% of
the workforce") keeps its "of" complement; the gold annotators chose the complement in 4 of 5
such rows ("exports account for 40% of the town's income" -> "the town's income").
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from prcli.figures.base import _Fig
from prcli.figures.wordlists import _number_labels, _one_idioms_en, _over_under, _time_openers_en, _up_down
from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from prcli.figures.extract import _Doc

#: "cost", "costs", "priced at": the amount is the price of the subject.
_price_verbs = lazy_words("prcli.figures", "price_verbs_en.txt")
#: "chart", "seed", "world": what makes "number two" a place in a ranking.
_ranking_words = lazy_words("prcli.figures", "ranking_words_en.txt")
#: "them", "whom": the whole of "a quarter of them" was named before.
_partitive_pronouns = lazy_words("prcli.figures", "partitive_pronouns_en.txt")
#: "will", "could": the word after them is a verb.
_modals = lazy_words("prcli.figures", "modals_en.txt")
#: Words of a hedge before an amount besides the "approx" cues ("just over", "more than").
_hedge_words = lazy_words("prcli.figures", "hedge_words_en.txt")
#: Modals and adverbs between "and" and a price verb ("and will cost", "and also costs").
_verb_leads = lazy_words("prcli.figures", "verb_leads_en.txt")
#: Prepositions of the idioms "at one", "on one" ("at one point", "on one hand").
_one_idiom_prepositions = lazy_words("prcli.figures", "one_idiom_prepositions_en.txt")
#: "earns", "paid": before an amount per period, the verb names what the amount measures.
_income_verbs = lazy_words("prcli.figures", "income_verbs_en.txt")
#: "every", "each": "one answer to every question" states no quantity.
_generic_quantifiers = lazy_words("prcli.figures", "generic_quantifiers_en.txt")
#: "some", "most": open the object of a preposition inside a subject ("Fares on most lines").
_np_quantifiers = lazy_words("prcli.figures", "np_quantifiers_en.txt")
#: "in", "on", "for": prepositions of a complement after a subject's head.
_pp_preps_en = lazy_words("prcli.figures", "phrase_prepositions_en.txt")
#: Cue roles of verbs whose bare number is a level, a change, a place or a result.
_not_object_roles = lazy_words("prcli.figures", "bare_object_exclusions_en.txt")
#: "and", "in", "when": words that may follow a bare number ending a verb's object.
_bare_followers = lazy_words("prcli.figures", "bare_object_followers_en.txt")
#: "will", "is", "has": auxiliaries, never the verb whose object a number is.
_auxiliaries = lazy_words("prcli.figures", "finite_auxiliaries_en.txt", "be_forms_en.txt", "modals_en.txt")
#: "numbered", "topped": verbs that give a level to their subject.
_level_verbs = lazy_words("prcli.figures", "level_verbs_en.txt")
#: "the", "its", "these": what opens a verb's object; a noun phrase never runs into them ("a" and
#: "an" may open a rate: "100,000 cars a year").
_object_openers = lazy_words(
    "prcli.figures",
    "possessives_en.txt",
    "demonstratives_en.txt",
    "definite_articles_en.txt",
    "third_person_possessives_en.txt",
    "second_person_possessives_en.txt",
)
#: "a", "the", "its": determiners of a complement's noun after a preposition.
_pp_determiners = lazy_words(
    "prcli.figures", "articles_en.txt", "possessives_en.txt", "third_person_possessives_en.txt"
)
#: "X of Y": the complement is kept (see ``extract``)
_of_markers = lazy_words("prcli.figures", "of_markers_en.txt")
#: "as", "while", "whereas": subordinators that open a second clause.
_clause_links = lazy_words("prcli.figures", "clause_links_en.txt", "coordinators_en.txt", extra=(",",))
#: "a", "an", "estimated": skipped between a price verb's object and the amount.
_price_object_skips = lazy_words("prcli.figures", "price_object_skips_en.txt")
#: "to", "by", "at": between a verb of change or level and its amount.
_change_prepositions = lazy_words("prcli.figures", "change_prepositions_en.txt")
#: "for", "on": after an amount paid, they name what it buys.
_purchase_prepositions = lazy_words("prcli.figures", "purchase_prepositions_en.txt")
#: "vote", "voted": the words of a vote.
_vote_words = lazy_words("prcli.figures", "vote_words_en.txt")
#: "wickets", "overs": the words of a cricket report.
_cricket_words = lazy_words("prcli.figures", "cricket_words_en.txt")
#: "a", "per": before a period, an amount is a rate ("£12,000 a year").
_rate_words_en = lazy_words("prcli.figures", "rate_words_en.txt")
#: "summer", "season": parts of the year after "this"/"last".
_season_nouns = lazy_words("prcli.figures", "season_nouns_en.txt")
#: "people", "children": plurals without an "s", the subject of the verb after them
_plural_nouns = lazy_words("prcli.figures", "plural_nouns_en.txt")
_SENTENCE_END = frozenset({".", "!", "?", "\n", ";", ":"})
_QUOTES = frozenset("\"“”‘’'«»")
_AMOUNTS = frozenset({"count", "money", "percent", "measure"})
#: The token right before a change that can belong to the amount before a comma (", up 12%",
#: ", a rise of 8%", "died, 5% fewer than"): see ``comma_change_counts``.
_change_leads = lazy_words("prcli.figures", "change_leads_en.txt", extra=(",",))


def refine(doc: _Doc, figs: list[_Fig]) -> None:
    """Put the subject (or the figure before) in place of the nearest noun where the verb says
    so (see the module docstring). Figures are in text order."""
    keys = doc.keys
    renamed: dict[str, tuple[str, int]] = {}  # a subject read anew: the later figures of its sentence
    for i, fig in enumerate(figs):
        if fig.kind in ("other", "percent") and fig.counts is None:
            fig.counts = pronoun_share_counts(doc, figs, i)  # "5% of them"
        if fig.kind in _AMOUNTS and fig.counts and doc.key(fig.last + 2) in _partitive_pronouns():
            fig.counts = pronoun_share_counts(doc, figs, i) or fig.counts  # "30% of whom"
        if age_level(fig):
            fig.kind, fig.counts = "age", None
            continue
        if fig.kind not in _AMOUNTS:
            continue
        if fig.counts_after and fig.counts:
            fig.counts = verb_tail_trimmed(doc, fig, fig.counts)
        got = _syntax_counts(doc, figs, i, renamed) if _word_before(doc, fig.first) else None
        if got:
            fig.counts = got
            continue
        if fig.kind == "money" and not fig.counts_after:
            got = past_modifier_figure(doc, figs, i)  # "£27m for the 18-year-old striker"
            if got:
                fig.counts = got
                continue
        if fig.counts is None:
            fig.counts = same_measure_before(doc, figs, i)  # "an audience of 8.9m, peaking at 10.1m"
            if fig.counts:
                continue
        # Each reading needs its own word right before the figure: asking that first keeps a
        # text of bare numbers ("12 12 12 ...") from paying for four readings per figure.
        before = keys[fig.first - 1] if fig.first else ""
        got = (
            (price_subject(doc, fig) if fig.kind == "money" else None)
            or (baseline_counts(doc, figs, i) if before == "from" else None)
            or (comma_change_counts(doc, figs, i) if before in _change_leads() else None)
            or (modal_verb_counts(doc, fig) if fig.counts is not None else None)
        )
        if got:
            fig.counts = got


def _word_before(doc: _Doc, j: int) -> bool:
    """A word right before token ``j``: the syntax readings all start from one (a table of bare
    numbers pays for none of them)."""
    return j >= 1 and doc.toks[j - 1].kind == "word"


def _syntax_counts(doc: _Doc, figs: list[_Fig], i: int, renamed: dict[str, tuple[str, int]]) -> str | None:
    """The readings of this module that look at the verb: its subject, its object, its form.
    A subject read anew («Rainfall», not «summer») also holds for the later figures of the
    sentence that had the old reading ("rise by £45 to £1,120")."""
    fig = figs[i]
    old = fig.counts
    if old in renamed:
        new, at = renamed[old]
        if _one_sentence(doc, at, fig.first):
            return new
    subject = (
        (fig.counts and present_verb_trimmed(doc, fig)) or gerund_subject(doc, fig) or subject_head(doc, fig)
    )
    if subject:
        if old:
            renamed[old] = (subject, fig.last)
        return subject
    if fig.kind == "count":
        return participle_ellipsis(doc, figs, i) or bare_object_verb(doc, figs, i)
    if fig.kind == "money":
        return income_verb(doc, fig) or price_with_object(doc, fig) or infinitive_object(doc, fig)
    return None


def _before_approx(doc: _Doc, j: int) -> int:
    """The token before figure token ``j`` and any hedge ("about", "nearly", "more than",
    "at least")."""
    k = j - 1
    hedges = _hedge_words()
    while k > 0 and j - k <= 3 and (doc.is_cue("approx", doc.keys[k]) or doc.keys[k] in hedges):
        k -= 1
    if k > 1 and j - k <= 2 and doc.keys[k] == "least" and doc.keys[k - 1] == "at":
        k -= 2
    return k


def _verb_start(doc: _Doc, k: int, words: frozenset[str]) -> int:
    """The first token of a verb of ``words`` (one or two words) ending at token ``k``, else -1."""
    if k >= 0 and doc.keys[k] in words:
        return k
    if k >= 1 and f"{doc.keys[k - 1]} {doc.keys[k]}" in words and doc.spaced(k - 1, k):
        return k - 1
    return -1


def price_subject(doc: _Doc, fig: _Fig) -> str | None:
    """ "The stadium will hold 60,000 fans and cost £750m": an amount after a price verb that
    follows "and" is the price of the clause's subject, not of the object of the first verb."""
    if fig.kind != "money":
        return None
    k = _before_approx(doc, fig.first)
    verb = _verb_start(doc, k, _price_verbs())
    if verb < 1:
        return None
    before = verb - 1
    leads = _verb_leads()
    while before > 0 and doc.keys[before] in leads:
        before -= 1
    if doc.keys[before] != "and":
        return None
    return doc.sentence_subject(verb)  # the subject of both verbs opens the sentence


def baseline_counts(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "1.8 million visitors in 2004, up from 1.5 million the year before": the figure after
    "up from"/"down from" is the earlier level of what the figure before it counted."""
    fig = figs[i]
    k = fig.first - 1
    if doc.key(k) != "from" or doc.key(k - 1) not in _up_down():
        return None
    for prev in _before(figs, i):
        if prev.last >= fig.first:
            continue
        if not _one_sentence(doc, prev.last, fig.first) or fig.first - prev.last > 16:
            return None
        if prev.kind == fig.kind and prev.counts:
            return prev.counts
    return None


def modal_verb_counts(doc: _Doc, fig: _Fig) -> str | None:
    """ "The handset will retail at $400", "The console will go on sale at £199": when the word
    found before an amount follows a modal, it is a verb; the noun right before the modal (the
    subject) is what the amount prices."""
    if fig.counts is None or " " in fig.counts:
        return None
    for k in range(fig.first - 1, max(1, fig.first - 6), -1):
        if doc.keys[k] in _SENTENCE_END:
            return None
        if doc.text[doc.toks[k].start : doc.toks[k].end] != fig.counts:
            continue
        subject = k - 2
        noun = subject >= 0 and doc._content(subject) and not doc.verb_like(subject)
        if doc.keys[k - 1] in _modals() and noun:
            return doc._object_np(subject)
        return None
    return None


_WHEN = frozenset({"year", "date", "time", "duration"})


def comma_change_counts(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "a pre-tax profit of £3.2bn for 2004, up 12% on the year before": a change set off by a
    comma belongs to the amount before the comma, past a time figure ("for 2004") between them.
    Only when the change's own reading is the sentence's subject or nothing."""
    fig = figs[i]
    if not (fig.counts is None or fig.weak):
        return None
    comma = doc.after_comma_change(fig.first)
    if comma < 0 and doc.key(fig.first - 1) == "," and _comparative_after(doc, fig):
        comma = fig.first - 1  # "3,500 people died, 5% fewer than in 2003"
    if comma < 0:
        return None
    for prev in _before(figs, i):
        if prev.last >= comma:
            continue
        if comma - prev.last > 8 or not _one_sentence(doc, prev.last, comma):
            return None
        if prev.kind in _WHEN:
            continue  # "for 2004", "in the first half": when, not what
        return prev.counts if prev.kind in _AMOUNTS else None
    return None


def _comparative_after(doc: _Doc, fig: _Fig) -> bool:
    """ "5% fewer than", "10% higher than": a comparative and "than" right after the figure."""
    k = fig.last + 1
    return doc.is_cue("nophrase", doc.key(k)) and doc.key(k + 1) == "than"


def pronoun_share_counts(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "2.5 million users, a quarter of them in the UK", "1,100 pupils, a third of whom": a
    fraction of a pronoun counts what the amount before it in the sentence counted."""
    fig = figs[i]
    if doc.key(fig.last + 1) != "of" or doc.key(fig.last + 2) not in _partitive_pronouns():
        return None
    for prev in _before(figs, i):
        if fig.first - prev.last > 12 or not _one_sentence(doc, prev.last, fig.first):
            return None
        if prev.kind in _AMOUNTS and prev.counts:
            return prev.counts
    return None


def _before(figs: list[_Fig], i: int) -> Iterator[_Fig]:
    """The figures before ``figs[i]``, nearest first, without copying the list (the callers stop
    after a few)."""
    for j in range(i - 1, -1, -1):
        yield figs[j]


def _one_sentence(doc: _Doc, a: int, b: int) -> bool:
    """No sentence end between tokens ``a`` and ``b``."""
    return not any(key in _SENTENCE_END for key in doc.keys[a + 1 : b])


def drop_idioms(doc: _Doc, figs: list[_Fig]) -> list[_Fig]:
    """ "At one point the crowd sang": "one" before an idiom noun ("point", "time", "stage")
    after "at"/"on" is a phrase of time, not "1 point" measured; "shifts to number eight" with no
    chart or ranking in its sentence names a playing position, not a place; a number opening a
    quoted name, a saying ("one answer to every question") and "Twenty20" are no figures. Then joins
    the figures that are one: a cricket score "201 for 6", a vote "31 to 12". ("13 minutes 2.45
    seconds" stays two durations, as the gold records a race time written in minutes and seconds.)"""
    kept = [
        f
        for f in figs
        if not _may_be_idiom(doc, f)
        or not (
            _one_idiom(doc, f)
            or _position_number(doc, f)
            or _quoted_title_number(doc, f)
            or _generic_saying(doc, f)
            or _glued_name(doc, f)
        )
    ]
    return _add_age_groups(doc, _join_cricket(doc, kept))


def _may_be_idiom(doc: _Doc, fig: _Fig) -> bool:
    """What every test of ``drop_idioms`` needs first: a number in words, a rank, or a quotation
    mark right before (a table of bare numbers pays for none of them)."""
    return bool(fig.words) or fig.kind == "rank" or (fig.first >= 1 and doc.keys[fig.first - 1] in _QUOTES)


def _add_age_groups(doc: _Doc, figs: list[_Fig]) -> list[_Fig]:
    """ "among the over-65s", "sales to under-18s": an age group names the age that bounds it;
    the scan drops a number glued to a plural "s", so the age is added here (its value the age,
    its span the number)."""
    starts = [k for k, key in enumerate(doc.keys) if key in _over_under()]
    if not starts:
        return figs
    covered = {k for f in figs for k in range(f.first, f.last + 1)}
    added: list[_Fig] = []
    for k in starts:
        num = k + 2
        if num + 1 >= doc.n or doc.keys[k + 1] != "-" or doc.toks[num].kind != "num" or num in covered:
            continue
        if not (doc.adjacent(k, k + 1) and doc.adjacent(k + 1, num) and doc.adjacent(num, num + 1)):
            continue
        if doc.keys[num + 1] != "s" or not doc.keys[num].isdecimal() or not 1 <= int(doc.keys[num]) <= 120:
            continue
        added.append(_Fig(num, num, Decimal(doc.keys[num]), kind="age"))
    if not added:
        return figs
    return sorted([*figs, *added], key=lambda f: f.first)


def _quoted_title_number(doc: _Doc, fig: _Fig) -> bool:
    """A number opening a short quoted span of capitalised words ('a "3rd Grand Alliance"',
    'the "Third Way"') is the start of a name, not a rank or a count."""
    if fig.first < 1 or doc.keys[fig.first - 1] not in _QUOTES or not doc.adjacent(fig.first - 1, fig.first):
        return False
    k, words = fig.last + 1, 0
    while k < doc.n and words < 5 and doc.toks[k].kind == "word":
        if not doc.text[doc.toks[k].start].isupper():
            return False
        words += 1
        k += 1
    return words >= 1 and doc.key(k) in _QUOTES and doc.adjacent(k - 1, k)


def _generic_saying(doc: _Doc, fig: _Fig) -> bool:
    """ "There is one answer to every question", "one rule for each case": a small spelled number
    whose noun is followed by a preposition and "every"/"each" states a saying, not a quantity
    (with a number after the quantifier it is a ratio: "two doctors for every 1,000 people")."""
    if not fig.words or fig.value > 10 or fig.kind != "count":
        return False
    k = fig.last + 1
    if k >= doc.n or doc.toks[k].kind != "word" or not doc._content(k):
        return False
    if doc.key(k + 1) not in _pp_preps_en() or doc.key(k + 2) not in _generic_quantifiers():
        return False
    return k + 3 < doc.n and doc.toks[k + 3].kind == "word" and doc.word_num(k + 3) is None


def _glued_name(doc: _Doc, fig: _Fig) -> bool:
    """ "Twenty20": a spelled number glued to digits is a name (a format, a brand), not a count."""
    if not fig.words:
        return False
    k = fig.last + 1
    return k < doc.n and doc.toks[k].kind == "num" and doc.adjacent(fig.last, k)


def _sentence_has(doc: _Doc, k: int, words: frozenset[str]) -> bool:
    """A word of ``words`` in the sentence of token ``k``."""
    lo, hi = k, k
    while lo > 0 and k - lo < 40 and doc.keys[lo - 1] not in _SENTENCE_END:
        lo -= 1
    while hi < doc.n - 1 and hi - k < 40 and doc.keys[hi + 1] not in _SENTENCE_END:
        hi += 1
    return any(doc.keys[j] in words for j in range(lo, hi + 1))


def _cricket_report(doc: _Doc) -> bool:
    """The article is a cricket report: one of its words anywhere ("Australia were 245 for 4 at
    lunch" names no wicket in its own sentence)."""
    return not _cricket_words().isdisjoint(doc.doc_keys())


def _for_pair(doc: _Doc, a: _Fig, b: _Fig) -> bool:
    """ "201 for 6": two figures with "for" between them; not when a noun follows the second
    ("20 for 3 classes": the second counts that noun)."""
    if not (b.first == a.last + 2 and doc.keys[a.last + 1] == "for" and doc.spaced(a.last, a.last + 1)):
        return False
    k = b.last + 1
    return not (
        k < doc.n
        and doc.toks[k].kind == "word"
        and doc._content(k)
        and not doc.verb_like(k)
        and doc.keys[k] not in _cricket_words()
    )


def _dash_pair(doc: _Doc, a: _Fig, b: _Fig) -> bool:
    """ "310-7", "310/7": two figures read from one token, a dash or a slash between them."""
    if a.last != b.first:
        return False
    a_end = a.end if a.end is not None else doc.toks[a.last].end
    b_start = b.start if b.start is not None else doc.toks[b.first].start
    return doc.text[a_end:b_start] in ("-", "/", "–")


def _vote_pair(doc: _Doc, a: _Fig, b: _Fig) -> bool:
    """ "voted 31 to 12", "passed by 320 to 210": for and against after "by" or a vote verb, with
    a vote word in the sentence."""
    if b.first != a.last + 2 or doc.keys[a.last + 1] != "to" or a.words or b.words:
        return False
    before = doc.key(a.first - 1)
    if before == "by":
        verb = doc.key(a.first - 2)
        if any(doc.is_cue(role, verb) for role in ("changeverb", "levelverb", "trend")):
            return False  # "the lead was cut by 40 to 66 in the vote": a change, then a level
    return (before == "by" or before in _vote_words()) and _sentence_has(doc, a.first, _vote_words())


def _join_cricket(doc: _Doc, figs: list[_Fig]) -> list[_Fig]:
    """ "finished on 201 for 6", "took four for 23", "were 310-7": in a cricket report, runs for
    wickets (or wickets for runs) is one score, valued by its first number, like "3-1"; so is a
    vote, "voted 31 to 12"."""
    out: list[_Fig] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and fig.first - prev.last in (0, 2)  # one token between ("for", "to") or a dash inside
            and prev.kind in ("count", "score")
            and fig.kind in ("count", "score")
            and (
                (
                    (_for_pair(doc, prev, fig) or _dash_pair(doc, prev, fig))
                    and min(prev.value, fig.value) <= 10
                    and _cricket_report(doc)
                )
                or _vote_pair(doc, prev, fig)
            )
        ):
            prev.kind, prev.counts, prev.unit = "score", None, None
            prev.last, prev.end = fig.last, fig.end
            continue
        out.append(fig)
    return out


def _one_idiom(doc: _Doc, fig: _Fig) -> bool:
    return (
        fig.words
        and fig.value == 1
        and fig.first >= 1
        and doc.keys[fig.first] == "one"
        and doc.keys[fig.first - 1] in _one_idiom_prepositions()
        and doc.key(fig.first + 1) in _one_idioms_en()
    )


def _position_number(doc: _Doc, fig: _Fig) -> bool:
    if fig.kind != "rank" or fig.first < 1 or doc.keys[fig.first - 1] not in _number_labels():
        return False
    lo, hi = fig.first - 1, fig.last + 1
    while lo > 0 and fig.first - lo < 30 and doc.keys[lo - 1] not in _SENTENCE_END:
        lo -= 1
    while hi < doc.n and hi - fig.last < 30 and doc.keys[hi] not in _SENTENCE_END:
        hi += 1
    return not any(doc.keys[k] in _ranking_words() for k in range(lo, hi))


def age_level(fig: _Fig) -> bool:
    """ "The age of consent is 16", "raise the state pension age to 67": a bare count whose
    counted phrase is an age is that age."""
    if fig.kind != "count" or not fig.counts or not 1 <= fig.value <= 120:
        return False
    return "age" in fig.counts.lower().split()


def _phrase_start(doc: _Doc, fig: _Fig) -> int:
    """The first token of the counted phrase when it was read before the figure in its sentence,
    else -1: the later readings only repair a phrase taken from the subject."""
    counts = fig.counts
    if not counts or fig.counts_after:
        return -1
    for k in range(fig.first - 1, max(-1, fig.first - 16), -1):
        if doc.keys[k] in _SENTENCE_END:
            return -1
        start = doc.toks[k].start
        if doc.text.startswith(counts, start) and doc.toks[k].kind == "word":
            return k
    return -1


def _head_before(doc: _Doc, last: int) -> str | None:
    """The noun (with up to two modifiers) ending at token ``last``, when it is a noun."""
    if last < 0 or doc.toks[last].kind != "word" or not doc._content(last) or doc.verb_like(last):
        return None
    first = last
    while (
        first >= 1
        and last - first < 2
        and doc.toks[first - 1].kind == "word"
        and doc._content(first - 1)
        and not doc.verb_like(first - 1)
        and doc.spaced(first - 1, first)
    ):
        first -= 1
    return doc._phrase(first, last)


def _only_verbs_between(doc: _Doc, a: int, b: int) -> bool:
    """Tokens ``a``..``b - 1`` are a verb group: auxiliaries, verbs, hedges, adverbs."""
    for k in range(a, b):
        key = doc.keys[k]
        if doc.toks[k].kind != "word":
            return False
        if key in _auxiliaries() or key in _hedge_words() or doc.is_cue("approx", key):
            continue
        if doc.verb_like(k) or key in _price_verbs() or not doc._content(k):
            continue
        if key.endswith("ly"):
            continue
        return False
    return True


def subject_head(doc: _Doc, fig: _Fig) -> str | None:
    """ "Rainfall this summer was 40% below average", "Fares on most lines rose 4%": the subject's
    head before a time complement or a quantified complement, not the complement's noun (the
    plain "Sales in Asia rose 5%" is read so in ``extract``)."""
    k0 = _phrase_start(doc, fig)
    if k0 < 2:
        return None
    last = k0
    while last + 1 < fig.first and doc.toks[last + 1].end <= doc.toks[k0].start + len(fig.counts or ""):
        last += 1
    if not _only_verbs_between(doc, last + 1, fig.first):
        return None
    p = k0 - 1
    timed = doc.timeish(last) or doc.keys[last] in _season_nouns()
    if doc.keys[p] in _time_openers_en() and timed and k0 == last:
        return _head_before(doc, p - 1)  # "Rainfall this summer"
    if doc.keys[p] in _np_quantifiers() and doc.key(p - 1) in _pp_preps_en() and p >= 2:
        return _head_before(doc, p - 2)  # "Tickets on some routes"
    if (
        doc.keys[p] in _pp_determiners()
        and doc.key(p - 1) in _pp_preps_en()
        and doc.keys[p - 1] not in _of_markers()
        and p >= 2
    ):
        return _head_before(doc, p - 2)  # "The bill for a typical home will rise by £45"
    return None


def bare_object_verb(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "The bombing, which killed seven, was the worst": a bare number closing the object of a
    verb of action counts what the verb did (the gold names the verb), not its subject. Not after
    verbs of change, level, place or result ("rose 5", "finished third")."""
    fig = figs[i]
    if fig.counts_after or fig.listed:
        return None
    nxt = doc.key(fig.last + 1)
    if not (nxt in _SENTENCE_END or nxt in (",", "") or nxt in _bare_followers()):
        return None
    k = _before_approx(doc, fig.first)  # "killed at least 12"
    if k < 1 or doc.toks[k].kind != "word":
        return None
    key = doc.keys[k]
    if key in _level_verbs():
        return None  # "Viewers numbered 8.2 million": the subject's level
    if not doc.text[doc.toks[k].start].islower() or key in _auxiliaries() or not doc.verb_like(k):
        return None
    if any(doc.is_cue(role, key) for role in _not_object_roles()) or key in _price_verbs():
        return None
    for prev in _before(figs, i):
        if fig.first - prev.last > 20 or not _one_sentence(doc, prev.last, fig.first):
            break  # the distance first: the sentence test slices the text
        if prev.counts and prev.counts == fig.counts and prev.counts_after:
            return None  # "killed 12 people and injured 30": the list's noun
    return doc._phrase(k, k)


def income_verb(doc: _Doc, fig: _Fig) -> str | None:
    """ "The councillor earns up to £12,000 a year": an amount per period after a verb of pay measures the
    pay, which the verb names (the gold writes "earns"; the progressive is read in ``extract``)."""
    k = fig.last + 1
    if doc.key(k) not in _rate_words_en() or not (doc.timeish(k + 1) or doc.key(k + 1) in _season_nouns()):
        return None
    v = _before_approx(doc, fig.first)
    if doc.key(v) == "to" and doc.key(v - 1) == "up":
        v -= 2
    if doc.key(v) not in _income_verbs():
        return None
    return doc._phrase(v, v)


def price_with_object(doc: _Doc, fig: _Fig) -> str | None:
    """ "The outbreak has so far cost the health service an estimated £45m": after a price verb
    and the one who pays, the amount is still the price of the verb's subject."""
    k = _before_approx(doc, fig.first)
    while k > 0 and (doc.keys[k] in _price_object_skips() or doc.is_cue("approx", doc.keys[k])):
        k -= 1
    nouns = 0
    while k > 0 and fig.first - k < 9 and doc.toks[k].kind == "word" and doc.keys[k] not in _price_verbs():
        if doc.verb_like(k) or doc.keys[k] in _pp_preps_en():
            return None
        nouns += doc._content(k)
        k -= 1
    if nouns == 0 or doc.keys[k] not in _price_verbs() or doc.toks[k].kind != "word":
        return None
    return doc._subject(k)


def infinitive_object(doc: _Doc, fig: _Fig) -> str | None:
    """ "The judge ordered him to repay £800,000": a bare amount after an infinitive whose only
    other reading is the sentence's subject (the judge) is what the verb does, as with "killed
    five"; verbs of price and of change keep their own readings."""
    if fig.counts_after:
        return None
    k = _before_approx(doc, fig.first)
    if k < 2 or doc.toks[k].kind != "word" or not doc.infinitive(k):
        return None
    start = _phrase_start(doc, fig)
    if fig.counts is not None and not 0 <= start < k - 1:
        return None  # read after the verb: its own object
    key = doc.keys[k]
    if key in _price_verbs() or key in _level_verbs() or any(doc.is_cue(r, key) for r in _not_object_roles()):
        return None
    return doc._phrase(k, k)


def gerund_subject(doc: _Doc, fig: _Fig) -> str | None:
    """ "Sales fell 3% and spending will rise by 2%", "while lending grew 4%": a word in -ing
    between a clause link and the verb before the figure is the second clause's subject (a noun),
    not a verb; without it the reading falls back to the first clause's subject."""
    if fig.counts_after:
        return None
    k = _before_approx(doc, fig.first)
    if doc.key(k) in _change_prepositions():
        k -= 1
    verbs = 0
    while k > 0 and (doc.keys[k] in _auxiliaries() or (_verb_word(doc, k) and not _ing(doc, k))):
        verbs += 1
        k -= 1
    if not verbs or doc.toks[k].kind != "word":
        return None
    key = doc.keys[k]
    if len(key) < 6 or not key.endswith("ing"):
        return None
    if verbs >= 2 and doc.keys[k + 1] not in _auxiliaries():
        return None  # "housing costs rose 4%": a plural noun in -s, not a verb, follows the -ing word
    first = k
    if k >= 1 and doc.toks[k - 1].kind == "word" and doc._content(k - 1) and not doc.verb_like(k - 1):
        first = k - 1  # "and consumer spending rose"
    if not _clause_opens_at(doc, first):
        return None
    if fig.counts and fig.counts in doc.text[doc.toks[first].start : doc.toks[fig.first].start]:
        return None  # the reading is already in the second clause
    return doc._phrase(first, k)


def _clause_opens_at(doc: _Doc, k: int) -> bool:
    """Token ``k`` opens a clause: after a sentence end, a clause link ("and", "while"), "that"
    or a verb of saying ("said spending rose")."""
    if k == 0 or doc.keys[k - 1] in _SENTENCE_END or "\n" in doc.gap(k - 1, k):
        return True
    if not doc.text[doc.toks[k].start].islower():
        return False  # a capital inside a sentence: a name ("Barking")
    before = doc.keys[k - 1]
    return before in _clause_links() or before == "that" or doc.is_cue("verb", before)


def _ing(doc: _Doc, k: int) -> bool:
    """Token ``k`` ends in -ing: a gerund or a participle, which ``gerund_subject`` may read as
    the subject noun ("spending") rather than as one of the verbs before the figure."""
    return doc.keys[k].endswith("ing")


def _verb_word(doc: _Doc, k: int) -> bool:
    """A verb: by its form or cues, or a base form after a modal ("would fall")."""
    key = doc.keys[k]
    return (
        doc.verb_like(k)
        or doc.is_cue("levelverb", key)
        or doc.is_cue("changeverb", key)
        or (doc.key(k - 1) in _modals() and doc.toks[k].kind == "word")
    )


def participle_ellipsis(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "shed 600 jobs over two years, on top of 1,200 cut last year": a bare count followed by a
    past participle leaves its noun out; it counts what the count before it in the sentence counted
    (the participle is no noun)."""
    fig = figs[i]
    k = fig.last + 1
    if not fig.counts_after or k >= doc.n or doc.toks[k].kind != "word":
        return None
    if doc.text[doc.toks[k].start : doc.toks[k].end] != fig.counts:
        return None  # the phrase after is more than the one word
    if not (doc.verb_like(k) or doc.is_cue("verb", doc.keys[k]) or doc.is_cue("changeverb", doc.keys[k])):
        return None
    if doc.key(k + 1) in _pp_preps_en() or (k + 1 < doc.n and doc.toks[k + 1].kind == "num"):
        return None
    for prev in _before(figs, i):
        if fig.first - prev.last > 20 or not _one_sentence(doc, prev.last, fig.first):
            return None
        if prev.kind == "count" and prev.counts and prev.counts_after:
            return prev.counts
    return None


def verb_tail_trimmed(doc: _Doc, fig: _Fig, counts: str) -> str:
    """ "60 million people use the service", "720,000 students sat the exams": the phrase read
    after the figure stops before its verb; a word followed by an article or a possessive opens
    the verb's object, so it is the verb, not the last word of the counted noun phrase."""
    words = counts.split()
    if len(words) < 2:
        return counts
    start = doc.toks[fig.last].end
    at = doc.text.find(counts, start, start + 40)
    if at < 0:
        return counts
    end = at + len(counts)
    k = fig.last + 1
    while k < doc.n and doc.toks[k].end < end:
        k += 1
    if k >= doc.n or doc.toks[k].end != end or doc.key(k + 1) not in _object_openers():
        return counts
    if not doc.text[doc.toks[k].start].islower() or doc.keys[k] in _pp_preps_en():
        return counts
    if not (_verb_word(doc, k) or _plural_then_verb(doc, k)):
        return counts  # "a £2bn road programme the council backed": a noun before its relative clause
    return doc.text[at : doc.toks[k - 1].end].rstrip()


def _plural_then_verb(doc: _Doc, k: int) -> bool:
    """Token ``k`` agrees as a verb with a plural noun before it ("students sat", "people use"):
    no "s" of its own after a noun in the plural; "road programme" (a singular noun first) is one
    noun."""
    before, key = doc.keys[k - 1], doc.keys[k]
    plural = before in _plural_nouns() or (before.endswith("s") and not before.endswith("ss"))
    return plural and not key.endswith("s") and doc.toks[k - 1].kind == "word"


def present_verb_trimmed(doc: _Doc, fig: _Fig) -> str | None:
    """ "The plant builds 80,000 cars", "The firm makes 500 a day": a phrase read before the
    figure that opens on "the" and ends, right before the figure, in a word in -s after a word
    not in -s holds the subject and its verb (a singular noun, then a verb in the present); the
    verb is no part of what is counted."""
    k0 = _phrase_start(doc, fig)
    k = _before_approx(doc, fig.first)
    if k0 < 1 or k - k0 != 1 or doc.keys[k0 - 1] not in _object_openers():
        return None
    if doc.text[doc.toks[k].start : doc.toks[k].end] != (fig.counts or "").split()[-1]:
        return None
    verb, noun = doc.keys[k], doc.keys[k0]
    if (
        not verb.endswith("s")
        or verb.endswith("ss")
        or noun.endswith("s")
        or not doc.text[doc.toks[k].start].islower()
    ):
        return None
    return doc._phrase(k0, k0)


def same_measure_before(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "an average audience of 8.9 million, peaking at 10.1 million": an amount that names
    nothing itself measures what the amount of the same kind and unit before it in its sentence
    measured (a reading only where there was none)."""
    fig = figs[i]
    if i == 0:
        return None
    last = figs[i - 1]
    if fig.first - last.last > 25 or (
        last.counts is None and last.kind == fig.kind and last.unit == fig.unit
    ):
        return None  # nothing near, or the nearest of its kind names nothing (a table of numbers)
    for prev in _before(figs, i):
        if fig.first - prev.last > 25 or not _one_sentence(doc, prev.last, fig.first):
            return None
        if prev.kind == fig.kind and prev.unit == fig.unit:
            return prev.counts  # the nearest of its kind, named or not (a table stops at once)
    return None


def past_modifier_figure(doc: _Doc, figs: list[_Fig], i: int) -> str | None:
    """ "paid £27m for the 18-year-old striker", "spent £2m on the 10-year-old stadium": the noun
    after "for"/"on" is what the amount buys even when a figure of its own (an age, a duration)
    modifies it; the reading after the preposition stops at that figure otherwise."""
    fig = figs[i]
    k = fig.last + 1
    if doc.key(k) not in _purchase_prepositions() or i + 1 >= len(figs):
        return None
    m = k + 1
    if doc.key(m) in _pp_determiners():
        m += 1
    nxt = figs[i + 1]
    if nxt.first != m or nxt.kind not in ("age", "duration"):
        return None
    after = nxt.last + 1
    if after >= doc.n or doc.toks[after].kind != "word" or not doc._content(after) or doc.verb_like(after):
        return None
    last = after
    while last + 1 < doc.n and last - after < 2 and doc._content(last + 1) and doc.spaced(last, last + 1):
        if doc.verb_like(last + 1):
            break
        last += 1
    return doc._phrase(after, last)
