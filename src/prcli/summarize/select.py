"""First algorithm: the lead. Candidate sentences in order, scored by position.

Length control is shared by every scorer: ``budget`` turns --sentences/--words/--ratio into
a selection over scored candidates, returned in article order.
"""

from __future__ import annotations

from collections.abc import Sequence

from prcli.model import Sentence, SummarySentence
from prcli.text.segment import split_sentences


def _n_words(s: Sentence) -> int:
    return len(s.text.split())


def pick(candidates: Sequence[Sentence], scores: Sequence[float], *, sentences: int | None = 3,
         words: int | None = None, ratio: float | None = None) -> list[int]:
    """Indices (into ``candidates``) of the best-scored sentences within the length budget,
    in article order. ``words`` keeps the total within N words (at least one sentence);
    ``ratio`` keeps that share of the candidates (at least one)."""
    if not candidates:
        return []
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    if words is not None:
        total = 0
        for i in order:
            n = _n_words(candidates[i])
            if total + n <= words:
                chosen.append(i)
                total += n
        if not chosen:
            chosen = [order[0]]
    else:
        limit = sentences if sentences is not None else 3
        if ratio is not None:
            limit = max(1, round(len(candidates) * ratio))
        chosen = order[:max(0, limit)]
    return sorted(chosen)


def summarize(text: str, *, language: str = "und", sentences: int | None = 3, words: int | None = None,
              ratio: float | None = None) -> tuple[SummarySentence, ...]:
    """The lead: the first non-boilerplate sentences within the budget."""
    del language  # the lead is language-independent
    cands = [s for s in split_sentences(text) if not s.boilerplate]
    scores = [1.0 / (1 + i) for i in range(len(cands))]
    keep = pick(cands, scores, sentences=sentences, words=words, ratio=ratio)
    return tuple(SummarySentence(cands[i].text, cands[i].start, cands[i].end, cands[i].index, scores[i],
                                 ("lead position %d" % (i + 1),)) for i in keep)
