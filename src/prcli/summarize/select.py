"""Choosing summary sentences within a length budget, in article order.

Length control is shared by every scorer. ``pick`` is the plain rule (best scores that fit);
``select`` adds what a reader expects of a summary on top of it:
  * no two sentences saying the same thing (a candidate too close to one already chosen is
    passed over: maximal marginal relevance with a bounded number of comparisons);
  * no summary opening on a sentence that leans on an earlier one ("من جهته،", "He added"):
    such a sentence is only taken after a chosen sentence that precedes it;
  * with --words, the budget is filled: the best sentence that still fits is taken, so a long
    sentence that does not fit leaves room for a shorter one.
Budgets: --sentences N gives N sentences (all candidates when N is above their count);
--words N keeps the total within N words with at least one sentence: the best sentence is
always there, and when it alone is longer than N it is the whole summary (a summary that drops
the lede because it is 50 words long and the budget 40 would mislead); --ratio R keeps that
share of the candidates (at least one).
"""

from __future__ import annotations

from collections.abc import Sequence

from prcli.model import Sentence, SummarySentence
from prcli.summarize.score import Scored, cosine, score_units
from prcli.summarize.units import build_units, count_words

#: A candidate at least this similar (cosine) to a chosen sentence repeats it.
DUPLICATE = 0.6
#: Weight of the redundancy discount below that threshold (MMR).
REDUNDANCY = 0.3
#: Most chosen sentences a candidate is compared with (keeps the cost linear).
MAX_COMPARE = 40


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


def _redundancy(item: Scored, chosen: list[Scored]) -> float:
    """Highest similarity with the chosen sentences (the most recent MAX_COMPARE of them)."""
    return max((cosine(item.vector, c.vector) for c in chosen[-MAX_COMPARE:]), default=0.0)


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
    pending = sorted(scored, key=lambda s: (-s.score, s.unit.rank))
    chosen: list[tuple[Scored, float]] = []
    first_rank = n
    while pending and len(chosen) < limit:
        best: tuple[float, int, float] | None = None
        for j, item in enumerate(pending):
            if best is not None and item.score <= best[0]:
                break  # sorted by score: nothing further can beat the best adjusted score
            if not _eligible(item, first_rank):
                continue
            red = _redundancy(item, [c for c, _ in chosen])
            if red >= DUPLICATE:
                continue
            adjusted = item.score * (1.0 - REDUNDANCY * red)
            if best is None or adjusted > best[0]:
                best = (adjusted, j, red)
        if best is None:
            break
        item = pending.pop(best[1])
        chosen.append((item, best[2]))
        first_rank = min(first_rank, item.unit.rank)
    if not chosen:
        chosen = [(pending[0] if pending else scored[0], 0.0)]
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _select_words(scored: Sequence[Scored], budget: int) -> list[tuple[Scored, float]]:
    """The best sentence, then the next best that still fit the word budget.

    Taking sentences by score and skipping those that do not fit beats an optimal fill of the
    budget (a knapsack over score x words, measured on EASC): a strong short sentence is worth
    more than a weak long one, even when it leaves a few words unused."""
    order = sorted(scored, key=lambda s: (-s.score, s.unit.rank))
    top = next((s for s in order if _eligible(s, len(scored))), order[0])
    chosen: list[tuple[Scored, float]] = [(top, 0.0)]
    used = top.unit.words
    for item in order:
        if used >= budget:
            break
        if item is top or not _eligible(item, top.unit.rank) or used + item.unit.words > budget:
            continue
        red = _redundancy(item, [c for c, _ in chosen])
        if red >= DUPLICATE:
            continue
        chosen.append((item, red))
        used += item.unit.words
    return sorted(chosen, key=lambda c: c[0].unit.rank)


def _reasons(item: Scored, red: float) -> tuple[str, ...]:
    u = item.unit
    out = ["position %d (prior %.2f)" % (u.rank + 1, item.position),
           "centrality %.2f" % item.centroid, "topic overlap %.2f" % item.topic]
    if u.rank == 0:
        out.append("lede")
    if u.dangling:
        out.append("leans on the previous sentence (kept after it)")
    if u.protocol:
        out.append("attendance/protocol list (discounted)")
    if red > 0:
        out.append("overlap with chosen sentences %.2f" % red)
    return tuple(out)


def summarize(text: str, *, language: str = "und", sentences: int | None = 3, words: int | None = None,
              ratio: float | None = None) -> tuple[SummarySentence, ...]:
    """The sentences that carry the story, in article order, within the budget."""
    units = build_units(text, language)
    scored = score_units(units)
    return tuple(SummarySentence(c.unit.text, c.unit.start, c.unit.end, c.unit.index, c.score,
                                 _reasons(c, red))
                 for c, red in select(scored, sentences=sentences, words=words, ratio=ratio))
