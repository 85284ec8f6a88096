"""Choosing summary sentences within a length budget, in article order.

Length control is shared by every scorer. ``pick`` is the plain rule (best scores that fit);
``select`` adds what a reader expects of a summary on top of it:
  * no two sentences saying the same thing (a candidate too close to one already chosen is
    passed over: maximal marginal relevance with a bounded number of comparisons);
  * no summary opening on a sentence that leans on an earlier one ("من جهته،", "He added"):
    such a sentence is only taken after a chosen sentence that precedes it;
  * with --words, the budget is filled: after the best sentence, the next-best candidates that
    together carry the most score x words within the budget are taken (a small knapsack), so
    a long sentence that does not fit leaves room for shorter ones and few words go unused.
    Words are counted as a reader counts them (``units.count_words``: runs of letters and
    digits; punctuation alone is no word).
Budgets: --sentences N gives N sentences (all candidates when N is above their count);
--words N keeps the total within N words with at least one sentence: the best sentence is
always there, and when it alone is longer than N it is the whole summary (a summary that drops
the lede because it is 50 words long and the budget 40 would mislead); --ratio R keeps that
share of the candidates (at least one).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

from prcli.model import Sentence, SummarySentence
from prcli.summarizer.score import Scored, cosine, score_units
from prcli.summarizer.units import build_units, count_words

#: A candidate at least this similar (cosine) to a chosen sentence repeats it.
DUPLICATE = 0.6
#: Weight of the redundancy discount below that threshold (MMR).
REDUNDANCY = 0.3
#: Most chosen sentences a candidate is compared with (keeps the cost linear).
MAX_COMPARE = 40
#: With --words, the budget left after the best sentence is filled optimally (``_fill``) from
#: this many next-best candidates, when it is at most MAX_FILL_WORDS words (bounded cost).
FILL_POOL = 20
MAX_FILL_WORDS = 5000
#: Beyond this many words, the worth of a sentence in the fill grows as the square root of its
#: length.
FILL_LONG = 50


def _n_words(s: Sentence) -> int:
    return count_words(s.text)


def pick(candidates: Sequence[Sentence], scores: Sequence[float], *, sentences: int | None = 3,
         words: int | None = None, ratio: float | None = None) -> list[int]:
    """Indices (into ``candidates``) of the best-scored sentences within the length budget,
    in article order. ``words`` keeps the total within N words, except that the best sentence
    is always kept (alone when it is longer than N);
    ``ratio`` keeps that share of the candidates (at least one)."""
    if not candidates:
        return []
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    if words is not None:
        total = 0
        for i in order:
            n = _n_words(candidates[i])
            if not chosen or total + n <= words:
                chosen.append(i)
                total += n
            if total >= words:
                break
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


def _eligible(item: Scored, first_rank: int) -> bool:
    """A dangling sentence may not open the summary: it needs a chosen sentence before it."""
    return not (item.unit.dangling and 0 < item.unit.rank < first_rank)


def select(scored: Sequence[Scored], *, sentences: int | None = 3, words: int | None = None,
           ratio: float | None = None) -> list[tuple[Scored, float]]:
    """Chosen units (with their redundancy) in article order (see the module docstring)."""
    if not scored:
        return []
    if words is not None:
        return _select_words(scored, words)
    n = len(scored)
    limit = _limit(n, sentences, ratio)
    if limit >= n:
        return [(s, 0.0) for s in scored]
    if limit == 0:
        return []
    return _select_mmr(scored, limit)


def _select_mmr(scored: Sequence[Scored], limit: int) -> list[tuple[Scored, float]]:
    """Maximal marginal relevance, lazily: a candidate's adjusted score can only fall as
    sentences are chosen, so the heap holds upper bounds and only the top is re-evaluated
    (CELF). Dangling sentences wait until a sentence before them is chosen."""
    heap = [(-s.score, s.unit.rank, i) for i, s in enumerate(scored)]
    heapq.heapify(heap)
    chosen: list[tuple[Scored, float]] = []
    picked: list[Scored] = []
    waiting: list[tuple[float, int, int]] = []
    first_rank = len(scored)
    # long summaries of huge documents compare each candidate with fewer chosen sentences
    compare = max(10, min(MAX_COMPARE, 20_000 // limit))
    while heap and len(chosen) < limit:
        bound, rank, i = heapq.heappop(heap)
        item = scored[i]
        if not _eligible(item, first_rank):
            waiting.append((bound, rank, i))
            continue
        red = _redundancy(item, picked, compare)
        if red >= DUPLICATE:
            continue
        adjusted = item.score * (1.0 - REDUNDANCY * red)
        if heap and -heap[0][0] > adjusted + 1e-12:
            heapq.heappush(heap, (-adjusted, rank, i))
            continue
        chosen.append((item, red))
        picked.append(item)
        if rank < first_rank:
            first_rank = rank
            for w in waiting:
                heapq.heappush(heap, w)
            waiting = []
    if not chosen:
        chosen = [(max(scored, key=lambda s: s.score), 0.0)]
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _select_words(scored: Sequence[Scored], budget: int) -> list[tuple[Scored, float]]:
    """The best sentence, then the subset of the next best that carries most score within the
    rest of the word budget (see ``_fill``); with a budget larger than those candidates, the
    following ones are added by score while they fit."""
    order = sorted(scored, key=lambda s: (-s.score, s.unit.rank))
    top = next((s for s in order if _eligible(s, len(scored))), order[0])
    room = budget - top.unit.words
    pool = _pool(order, top, room)
    if room <= 0 or room > MAX_FILL_WORDS or sum(s.unit.words for s in pool) <= room:
        return _greedy_fill(order, top, budget)
    chosen = [(top, 0.0)] + [(s, 0.0) for s in _fill(pool, room)]
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _pool(order: Sequence[Scored], top: Scored, room: int) -> list[Scored]:
    """The FILL_POOL best candidates that may join ``top``: they fit the room left, may follow
    it (no dangling opener before it) and do not repeat it or a better candidate."""
    pool: list[Scored] = []
    for item in order:
        if len(pool) >= FILL_POOL:
            break
        if item is top or item.unit.words > room or not _eligible(item, top.unit.rank):
            continue
        if _redundancy(item, [top, *pool]) >= DUPLICATE:
            continue
        pool.append(item)
    return pool


def _fill(pool: Sequence[Scored], room: int) -> list[Scored]:
    """The subset of ``pool`` within ``room`` words with the largest sum of score x words.

    Score x words, not score: a sentence's score estimates how much of it belongs in a summary,
    so a long good sentence is worth more than a short one of the same score, and words left
    unused are lost. A 0/1 knapsack over word counts: len(pool) x room steps, both bounded."""
    best: list[tuple[float, int] | None] = [None] * (room + 1)
    best[0] = (0.0, 0)
    for k, item in enumerate(pool):
        w, value = item.unit.words, item.score * _worth(item.unit.words)
        for used in range(room - w, -1, -1):
            here = best[used]
            if here is None:
                continue
            cand = (here[0] + value, here[1] | (1 << k))
            there = best[used + w]
            if there is None or cand[0] > there[0]:
                best[used + w] = cand
    _, mask = max((b for b in best if b is not None), key=lambda b: b[0])
    return [item for k, item in enumerate(pool) if mask >> k & 1]


def _worth(words: int) -> float:
    """How much a sentence of ``words`` words adds to a summary, per unit of score: its length,
    growing only as the square root beyond FILL_LONG words (a run-on carries less per word)."""
    return float(words) if words <= FILL_LONG else math.sqrt(FILL_LONG * words)


def _greedy_fill(order: Sequence[Scored], top: Scored, budget: int) -> list[tuple[Scored, float]]:
    """``top``, then the next best sentences that still fit the budget, by score."""
    chosen: list[tuple[Scored, float]] = [(top, 0.0)]
    picked = [top]
    used = top.unit.words
    for item in order:
        if used >= budget:
            break
        if item is top or not _eligible(item, top.unit.rank) or used + item.unit.words > budget:
            continue
        red = _redundancy(item, picked)
        if red >= DUPLICATE:
            continue
        chosen.append((item, red))
        picked.append(item)
        used += item.unit.words
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _reasons(item: Scored, red: float) -> tuple[str, ...]:
    u = item.unit
    out = ["lede" if u.rank == 0 else f"candidate {u.rank + 1} (position prior {item.position:.2f})",
           f"centrality {item.centrality:.2f}", f"topic overlap {item.topic:.2f}"]
    if u.dangling:
        out.append("opens on a connective: discounted, never first")
    if u.protocol:
        out.append("attendance/protocol list (discounted)")
    if red > 0:
        out.append(f"overlap with chosen sentences {red:.2f}")
    return tuple(out)


def summarize(text: str, *, language: str = "und", sentences: int | None = 3, words: int | None = None,
              ratio: float | None = None) -> tuple[SummarySentence, ...]:
    """The sentences that carry the story, in article order, within the budget."""
    units = build_units(text, language)
    scored = score_units(units)
    return tuple(SummarySentence(c.unit.text, c.unit.start, c.unit.end, c.unit.index, c.score,
                                 _reasons(c, red))
                 for c, red in select(scored, sentences=sentences, words=words, ratio=ratio))
