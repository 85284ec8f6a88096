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
  year before" repeats what the figure before it counted.

Not done, on purpose: a share after "make up"/"account for"/"grow to" ("Women make up 29% of
the workforce") keeps its "of" complement; the gold annotators chose the complement in 4 of 5
such rows ("exports account for 40% of the town's income" -> "the town's income").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from prcli.figures.base import _Fig
    from prcli.figures.extract import _Doc

#: "cost", "costs", "priced at": the amount is the price of the subject.
_price_verbs = lazy_words("prcli.figures", "price_verbs_en.txt")
#: "point", "stage", "way": "at one point" is an idiom, not a measure.
_one_idioms = lazy_words("prcli.figures", "one_idioms_en.txt")
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
#: Words that label a position by its number ("number four", "No 1").
_number_labels = lazy_words("prcli.figures", "number_labels_en.txt")
_SENTENCE_END = frozenset({".", "!", "?", "\n", ";", ":"})
_AMOUNTS = frozenset({"count", "money", "percent", "measure"})
#: The token right before a change that can belong to the amount before a comma (", up 12%",
#: ", a rise of 8%", "died, 5% fewer than"): see ``comma_change_counts``.
_CHANGE_LEADS = frozenset({"up", "down", "of", ","})


def refine(doc: _Doc, figs: list[_Fig]) -> None:
    """Put the subject (or the figure before) in place of the nearest noun where the verb says
    so (see the module docstring). Figures are in text order."""
    keys = doc.keys
    for i, fig in enumerate(figs):
        if fig.kind == "other" and fig.counts is None:
            fig.counts = pronoun_share_counts(doc, figs, i)
        if age_level(fig):
            fig.kind, fig.counts = "age", None
            continue
        if fig.kind not in _AMOUNTS:
            continue
        # Each reading needs its own word right before the figure: asking that first keeps a
        # text of bare numbers ("12 12 12 ...") from paying for four readings per figure.
        before = keys[fig.first - 1] if fig.first else ""
        got = (
            (price_subject(doc, fig) if fig.kind == "money" else None)
            or (baseline_counts(doc, figs, i) if before == "from" else None)
            or (comma_change_counts(doc, figs, i) if before in _CHANGE_LEADS else None)
            or (modal_verb_counts(doc, fig) if fig.counts is not None else None)
        )
        if got:
            fig.counts = got


def _before_approx(doc: _Doc, j: int) -> int:
    """The token before figure token ``j`` and any hedge ("about", "nearly", "more than")."""
    k = j - 1
    hedges = _hedge_words()
    while k > 0 and j - k <= 3 and (doc.is_cue("approx", doc.keys[k]) or doc.keys[k] in hedges):
        k -= 1
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
    if doc.key(k) != "from" or doc.key(k - 1) not in ("up", "down"):
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
    chart or ranking in its sentence names a playing position, not a place."""
    return [f for f in figs if not (_one_idiom(doc, f) or _position_number(doc, f))]


def _one_idiom(doc: _Doc, fig: _Fig) -> bool:
    return (
        fig.words
        and fig.value == 1
        and fig.first >= 1
        and doc.keys[fig.first] == "one"
        and doc.keys[fig.first - 1] in _one_idiom_prepositions()
        and doc.key(fig.first + 1) in _one_idioms()
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
