"""Choosing summary sentences within a length budget, in article order.

One rule for every budget: sentences are taken best score first until the budget is reached,
then shown in article order. ``pick`` is that rule alone; ``select`` adds what a reader expects
of a summary on top of it:
  * no two sentences saying the same thing (a candidate too close to one already chosen is
    passed over, one somewhat close is discounted: maximal marginal relevance with a bounded
    number of comparisons);
  * no summary opening on a sentence that leans on an earlier one ("من جهته،", "He added"):
    such a sentence is only taken after a chosen sentence that precedes it, and it gets part of
    its discount back when the very sentence before it is chosen (see ATTACH).
Budgets: --sentences N gives the N best sentences (all candidates when N is above their count);
--ratio R that share of the candidates (at least one); --words N "about N words": sentences are
added while the total is below N, so the summary reaches N words and only its last chosen
sentence may run past N (by less than that sentence's length). Whole sentences, never a cut
one: a summary that stops at N words exactly would end mid-sentence, and one that must stay
within N leaves on average half a sentence of the budget unused (on EASC, where every system
gets the human summaries' length, that costs 1.5 to 2 ROUGE-1 points; stopping at the total
closest to N, as gensim does, sits in between). Words are counted as a reader counts them
(``units.count_words``: runs of letters and digits; punctuation alone is no word).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Literal

from prcli.model import Sentence, SummarySentence
from prcli.summarizer import score as _score
from prcli.summarizer.score import LONG_WORDS, Scored, cosine, score_units
from prcli.summarizer.units import build_units, count_words

#: A candidate at least this similar (cosine) to a chosen sentence repeats it.
DUPLICATE = 0.6
#: Weight of the redundancy discount below that threshold (MMR).
REDUNDANCY = 0.15
#: Most chosen sentences a candidate is compared with (keeps the cost linear).
MAX_COMPARE = 40
#: After this many candidates in a row that repeat chosen sentences, the rest of the document
#: (a feed or a dump that repeats itself) is not searched further.
MAX_REPEATS = 500
#: Share of the dangling discount given back to a sentence right after a chosen one: what it
#: leans on is in the summary, so it no longer dangles ("He added" after the quote it adds to,
#: "لكن" after the claim it answers), but its opener still marks a secondary statement. Half:
#: all of it let such sentences crowd out later news on EASC. An opener that hands the story
#: to another party ("من جهته", "for his part") gets nothing back: it does not continue the
#: sentence before it.
ATTACH = 0.5

#: How --words treats the sentence that crosses the budget: "fill" takes it (the contract),
#: "closest" takes it only when that lands closer to N than stopping before it, "within" never
#: takes it (the total stays within N). The last two are kept for the benchmark's comparison.
Fit = Literal["fill", "closest", "within"]


def pick(candidates: Sequence[Sentence], scores: Sequence[float], *, sentences: int | None = 3,
         words: int | None = None, ratio: float | None = None) -> list[int]:
    """Indices (into ``candidates``) of the best-scored sentences within the length budget,
    in article order. ``words``: best first while the total is below N (the last one may run
    past N); ``ratio`` keeps that share of the candidates (at least one)."""
    if not candidates:
        return []
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    if words is not None:
        total = 0
        for i in order:
            if total >= words:
                break
            chosen.append(i)
            total += count_words(candidates[i].text)
    else:
        chosen = order[:_limit(len(candidates), sentences, ratio)]
    return sorted(chosen)


def _limit(n: int, sentences: int | None, ratio: float | None) -> int:
    """How many sentences --sentences/--ratio allow out of ``n`` candidates."""
    if ratio is not None:
        return max(1, round(n * ratio))
    return max(0, sentences if sentences is not None else 3)


def _redundancy(item: Scored, chosen: list[Scored], compare: int = MAX_COMPARE) -> float:
    """Highest similarity with the chosen sentences (the most recent ``compare`` of them)."""
    return max((cosine(item.vector, c.vector) for c in chosen[-compare:]), default=0.0)


def _attached(item: Scored, after_chosen: bool) -> float:
    """The score of a unit, with part of the dangling discount given back (see ATTACH) when
    the unit right before it is in the summary."""
    if item.unit.dangling and after_chosen and not item.unit.hands_over:
        return item.score / float(_score.DANGLING ** ATTACH)
    return item.score


def _eligible(item: Scored, first_rank: int) -> bool:
    """A dangling sentence may not open the summary: it needs a chosen sentence before it."""
    return not (item.unit.dangling and 0 < item.unit.rank < first_rank)


def select(scored: Sequence[Scored], *, sentences: int | None = 3, words: int | None = None,
           ratio: float | None = None, fit: Fit = "fill") -> list[tuple[Scored, float]]:
    """Chosen units (with their redundancy) in article order (see the module docstring)."""
    if not scored:
        return []
    n = len(scored)
    if words is not None:
        if words >= sum(s.unit.words for s in scored):
            return [(s, 0.0) for s in scored]
        return _select_mmr(scored, n, words, fit)
    limit = _limit(n, sentences, ratio)
    if limit >= n:
        return [(s, 0.0) for s in scored]
    if limit == 0:
        return []
    return _select_mmr(scored, limit)


def _select_mmr(scored: Sequence[Scored], limit: int, words: int | None = None,
                fit: Fit = "fill") -> list[tuple[Scored, float]]:
    """Maximal marginal relevance, lazily: a candidate's adjusted score can only fall as
    sentences are chosen, so the heap holds upper bounds and only the top is re-evaluated
    (CELF). Dangling sentences wait until a sentence before them is chosen. Stops after
    ``limit`` sentences or, with ``words``, once the total reaches that many words."""
    heap = [(-s.score, s.unit.rank, i) for i, s in enumerate(scored)]
    heapq.heapify(heap)
    chosen: list[tuple[Scored, float]] = []
    picked: list[Scored] = []
    waiting: list[tuple[float, int, int]] = []
    first_rank = len(scored)
    # long summaries of huge documents compare each candidate with fewer chosen sentences
    expected = limit if words is None else max(1, words // 20)
    compare = max(10, min(MAX_COMPARE, 20_000 // expected))
    budget = words if words is not None else 0
    used = 0
    repeats = 0
    taken: set[int] = set()
    while heap and len(chosen) < limit and (words is None or used < budget) and repeats < MAX_REPEATS:
        bound, rank, i = heapq.heappop(heap)
        item = scored[i]
        if i in taken:
            continue
        if not _eligible(item, first_rank):
            waiting.append((bound, rank, i))
            continue
        red = _redundancy(item, picked, compare)
        if red >= DUPLICATE:
            repeats += 1
            continue
        repeats = 0
        adjusted = _attached(item, i - 1 in taken) * (1.0 - REDUNDANCY * red)
        if heap and -heap[0][0] > adjusted + 1e-12:
            heapq.heappush(heap, (-adjusted, rank, i))
            continue
        if words is not None and chosen and used + item.unit.words > budget and fit != "fill":
            if fit == "within" or used + item.unit.words - budget >= budget - used:
                continue  # crossing the budget would not land closer to it: try shorter ones
            chosen.append((item, red))
            break
        used += item.unit.words
        chosen.append((item, red))
        picked.append(item)
        taken.add(i)
        if i + 1 < len(scored) and scored[i + 1].unit.dangling and not scored[i + 1].unit.hands_over:
            # its bound rises: queue it again (the entry it had is skipped once it is taken)
            heapq.heappush(heap, (-_attached(scored[i + 1], True), i + 1, i + 1))
        if rank < first_rank:
            first_rank = rank
            for w in waiting:
                heapq.heappush(heap, w)
            waiting = []
    if not chosen:
        chosen = [(max(scored, key=lambda s: s.score), 0.0)]
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _reasons(item: Scored, red: float) -> tuple[str, ...]:
    u = item.unit
    lede = item.position >= 1.0 - 1e-9  # the prior of the lede (not always the first: a hook)
    out = ["lede" if lede else f"candidate {u.rank + 1} (position prior {item.position:.2f})",
           f"centrality {item.centrality:.2f}", f"centroid similarity {item.centroid:.2f}",
           f"topic overlap {item.topic:.2f}"]
    if u.dangling:
        out.append("opens on a connective: discounted, never first")
    if u.protocol:
        out.append("attendance/protocol list (discounted)")
    if u.percents:
        out.append(f"states {u.percents} percentage{'s' if u.percents > 1 else ''} (small bonus)")
    if u.words > LONG_WORDS:
        out.append(f"run-on of {u.words} words (discounted)")
    if red > 0:
        out.append(f"overlap with chosen sentences {red:.2f}")
    return tuple(out)


def summarize(text: str, *, language: str = "und", sentences: int | None = 3, words: int | None = None,
              ratio: float | None = None, fit: Fit = "fill") -> tuple[SummarySentence, ...]:
    """The sentences that carry the story, in article order, within the budget."""
    units = build_units(text, language)
    scored = score_units(units)
    return tuple(SummarySentence(c.unit.text, c.unit.start, c.unit.end, c.unit.index, c.score,
                                 _reasons(c, red))
                 for c, red in select(scored, sentences=sentences, words=words, ratio=ratio, fit=fit))
