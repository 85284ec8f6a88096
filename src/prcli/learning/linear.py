"""A linear model over sparse named features, read from a weights file shipped in the package.

Weights files are tab-separated ``feature<TAB>weight`` lines (``#`` comments allowed) in a
package's ``data/`` folder, so they are reviewed, diffed and versioned like the word lists.
The special feature ``__bias__`` is the intercept.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from prcli.text.resources import table

#: A feature vector: feature name -> value (absent features are 0). Booleans are 1.0.
Features = Mapping[str, float]

BIAS = "__bias__"


@dataclass(frozen=True)
class LinearModel:
    """Weights of a logistic (binary) or conditional-logit (ranking) model."""

    weights: Mapping[str, float]

    @property
    def bias(self) -> float:
        return self.weights.get(BIAS, 0.0)

    def score(self, features: Features) -> float:
        """The raw linear score (bias included)."""
        w = self.weights
        return self.bias + sum(v * w.get(k, 0.0) for k, v in features.items())

    def probability(self, features: Features) -> float:
        """The logistic probability that ``features`` describe a positive case."""
        s = self.score(features)
        if s >= 0:
            return 1.0 / (1.0 + math.exp(-s))
        e = math.exp(s)
        return e / (1.0 + e)

    def best(self, candidates: Sequence[Features]) -> int:
        """Index of the highest-scoring candidate (the first on ties); -1 for none."""
        best, top = -1, -math.inf
        for i, f in enumerate(candidates):
            s = self.score(f)
            if s > top:
                best, top = i, s
        return best

    def to_tsv(self, header: str = "") -> str:
        """The weights file text, largest weights first (non-zero weights only)."""
        lines = [f"# {line}" for line in header.splitlines()] if header else []
        for k, v in sorted(self.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            if v != 0.0:
                lines.append(f"{k}\t{v:.6g}")
        return "\n".join(lines) + "\n"


def parse_weights(rows: Sequence[Sequence[str]]) -> LinearModel:
    """A model from ``feature, weight`` rows."""
    return LinearModel({r[0]: float(r[1]) for r in rows if len(r) >= 2})


@cache
def load_model(package: str, name: str) -> LinearModel:
    """The model in ``package/data/name`` (read once)."""
    return parse_weights(table(package, name))
