"""Fitting the linear models of ``prcli.learning.linear`` (training scripts only; pure Python).

Two losses: ``fit_binary`` (logistic regression: is this span speech?) and ``fit_ranker``
(conditional logit: which of these candidates is the speaker?). Both use AdaGrad with an L2
penalty, deterministic given the seed, and take seconds on a few thousand examples.
``folds`` splits by article so cross-validation never trains and tests on one article.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Sequence

from prcli.learning.linear import BIAS, Features, LinearModel


def _sigmoid(s: float) -> float:
    if s >= 0:
        return 1.0 / (1.0 + math.exp(-s))
    e = math.exp(s)
    return e / (1.0 + e)


def _step(w: dict[str, float], g2: dict[str, float], grads: dict[str, float], rate: float,
          l2: float) -> None:
    for k, g in grads.items():
        if k != BIAS:
            g += l2 * w.get(k, 0.0)
        acc = g2.get(k, 0.0) + g * g
        g2[k] = acc
        w[k] = w.get(k, 0.0) - rate * g / (math.sqrt(acc) + 1e-8)


def fit_binary(examples: Sequence[tuple[Features, bool]], *, epochs: int = 30, rate: float = 0.3,
               l2: float = 1e-3, seed: int = 0) -> LinearModel:
    """Logistic regression on ``(features, label)`` pairs."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(examples)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            f, y = examples[i]
            s = w.get(BIAS, 0.0) + sum(v * w.get(k, 0.0) for k, v in f.items())
            err = _sigmoid(s) - (1.0 if y else 0.0)
            grads = {k: err * v for k, v in f.items()}
            grads[BIAS] = err
            _step(w, g2, grads, rate, l2)
    return LinearModel(w)


def fit_ranker(groups: Sequence[tuple[Sequence[Features], int]], *, epochs: int = 30,
               rate: float = 0.3, l2: float = 1e-3, seed: int = 0) -> LinearModel:
    """Conditional logit: each group is ``(candidates, index of the right one)``.

    Groups whose right index is outside the candidates (no candidate is right) are skipped:
    they carry no signal about which candidate to prefer.
    """
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    usable = [g for g in groups if 0 <= g[1] < len(g[0]) and len(g[0]) > 1]
    order = list(range(len(usable)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            cands, gold = usable[i]
            scores = [sum(v * w.get(k, 0.0) for k, v in f.items()) for f in cands]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            grads: dict[str, float] = {}
            for j, f in enumerate(cands):
                p = exps[j] / z - (1.0 if j == gold else 0.0)
                if p:
                    for k, v in f.items():
                        grads[k] = grads.get(k, 0.0) + p * v
            _step(w, g2, grads, rate, l2)
    return LinearModel(w)


def folds(keys: Sequence[Hashable], k: int = 5, seed: int = 0) -> list[set[Hashable]]:
    """``k`` disjoint sets of keys (articles) for cross-validation, shuffled with ``seed``."""
    uniq = sorted(set(keys), key=str)
    random.Random(seed).shuffle(uniq)
    return [set(uniq[i::k]) for i in range(k)]
