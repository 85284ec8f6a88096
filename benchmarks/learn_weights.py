#!/usr/bin/env python3
"""Learn summarizer feature weights from news headlines (weak supervision), and measure them.

usage: python benchmarks/learn_weights.py [--data FILE.jsonl ...] [--target greedy|recall|precision]
           [--reference title|lede|both] [--lead K] [--skip-lede] [--min-units N] [--l2 X]
           [--gold DIR ...] [--limit N] [--out PATH] [--check]

Issue 4 asks for a summarizer that beats Lead on EASC without fitting EASC. This script tries
the weak-supervision route: a headline says what the story is, so the sentences that carry its
words are the ones a summary should keep. For every article of the training file (default: the
5000 Saudi news articles of ``shared/corpus/bulk/ar_saudinewsnet5000.jsonl``, with titles) it
builds prcli's candidate units from the text alone (the title is never shown to the features),
describes each unit with ``FEATURES`` (place, PacSum centrality, centroid and topic cosine as in
``prcli.summarizer.score``, plus length, number share, quotation, document keywords, dangling
opener) and labels it:
  * ``greedy``: 1 when the unit belongs to the greedy set of units covering the reference's
    content terms (most new terms first, until no unit adds any), else 0;
  * ``recall`` / ``precision``: the share of the reference's terms the unit holds / the share of
    the unit's terms found in the reference (soft labels).
The reference is the headline (``title``), the article's first ``--lead`` units (``lede``: lead
bias as self-supervision; those units are cut from the article, which is described without
them), or both. With ``--skip-lede`` (and always with a lede reference) the lede is left out of
the fit and keeps a fixed large weight: it is the first choice anyway. A logistic model
(L2-regularized, Newton's method on standardized features) is fitted on all units and written
in the raw feature scale to ``--out`` (default ``benchmarks/learned_weights.tsv``). For
comparison only, ``--gold DIR`` fits on a gold folder's summary sentences instead (a unit is a
positive when it holds one of them): a tuning set such as /work/gold-tune2, never EASC.
``benchmarks/summary_experiments.py --learned FILE`` measures such a file on EASC and the gold
sets next to the shipped scorer. ``--check`` reports, on the titled news files of
``shared/corpus/news`` (never fitted), how often the best unit after the lede (by the learned
model, by the shipped scorer, by position) belongs to the headline's greedy cover of those units.

Result: every variant fitted here ranks EASC and the gold sets worse than the shipped hand-set
scorer (see ``summary_experiments.py`` for the table), so the package does not use them.
The corpus is read at run time only; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from easc_bench import find_shared  # noqa: E402

from prcli.summarizer import score  # noqa: E402
from prcli.summarizer.score import LONG_WORDS, SHORT, Vector, centroid_similarity, cosine  # noqa: E402
from prcli.summarizer.terms import content_terms, tokens  # noqa: E402
from prcli.summarizer.units import Unit, Units, build_units  # noqa: E402
from prcli.text.language import detect_language  # noqa: E402

Model = tuple[float, tuple[float, ...]]

#: How many of the document's most widespread terms count as its keywords.
KEYWORDS = 10

#: Names of the features, in the order of ``describe``'s rows (and of the weights file).
FEATURES = ("lede", "position", "relative", "para_first", "centrality", "centroid", "topic",
            "log_words", "short", "long", "numbers", "quote", "keywords", "dangling")

_NUMBER = re.compile(r"\d")
_QUOTE = re.compile(r"[\"«»“”„]")
_TOKEN = re.compile(r"[^\W_]+")


def _keywords(units: Sequence[Unit]) -> frozenset[str]:
    """The terms found in the most units (at least two), at most KEYWORDS of them."""
    df: Counter[str] = Counter()
    for u in units:
        df.update(set(u.terms))
    ranked = sorted(df.items(), key=lambda item: (-item[1], item[0]))  # ties by name: reproducible
    return frozenset(t for t, d in ranked[:KEYWORDS] if d >= 2)


def _surface(u: Unit, keywords: frozenset[str]) -> tuple[float, float, float]:
    """Share of number tokens, quotation present, share of the unit's terms that are keywords."""
    toks = _TOKEN.findall(u.text)
    numbers = sum(1 for t in toks if _NUMBER.search(t)) / max(1, len(toks))
    quote = 1.0 if _QUOTE.search(u.text) else 0.0
    keys = sum(1 for t in u.terms if t in keywords) / max(1, len(u.terms))
    return numbers, quote, keys


@dataclass(frozen=True)
class Described:
    """The features of every candidate (rows follow ``FEATURES``) and their vectors."""

    rows: list[tuple[float, ...]]
    vectors: list[Vector]


def describe(units: Units) -> Described:
    """The feature rows of the candidates (see ``FEATURES``), in candidate order."""
    cands = units.candidates
    if not cands:
        return Described([], [])
    idf = score._idf(cands)
    vectors = [score._vector(u.terms, idf) for u in cands]
    degree = score.directed_centrality(vectors)
    lo, hi = min(degree), max(degree)
    cent = [(d - lo) / (hi - lo) if hi > lo else 1.0 for d in degree]
    topic_terms = list(units.title_terms) + list(cands[0].terms)
    topic = score._vector(topic_terms, idf)
    top = [cosine(v, topic) for v in vectors]
    # the lede is the topic: measure it against the headline alone (or give it the best score)
    if units.title_terms:
        top[0] = cosine(vectors[0], score._vector(units.title_terms, idf))
    else:
        top[0] = max(top[1:], default=1.0)
    max_top = max(top) or 1.0
    centre = centroid_similarity(vectors)
    keywords = _keywords(cands)
    n = len(cands)
    rows: list[tuple[float, ...]] = []
    for u, c_sim, t_sim, g_sim in zip(cands, cent, top, centre, strict=True):
        numbers, quote, keys = _surface(u, keywords)
        rows.append((
            1.0 if u.rank == 0 else 0.0,
            float((1.0 + u.rank) ** -0.5),
            u.rank / max(1, n - 1),
            1.0 if u.para_first and u.rank > 0 else 0.0,
            c_sim,
            g_sim,
            t_sim / max_top,
            math.log(max(1, u.words)),
            max(0.0, 1.0 - u.words / SHORT),
            max(0.0, math.log(u.words / LONG_WORDS)) if u.words > LONG_WORDS else 0.0,
            numbers,
            quote,
            keys,
            1.0 if u.dangling else 0.0,
        ))
    return Described(rows, vectors)



def probability(row: Sequence[float], model: Model) -> float:
    """The model's probability that a unit belongs to the sentences that carry the story."""
    bias, w = model
    z = bias + sum(a * b for a, b in zip(w, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))



def load(path: Path) -> Model:
    """A weights file written by this script."""
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split("\t")[:2]
            values[name] = float(value)
    return values.get("intercept", 0.0), tuple(values.get(name, 0.0) for name in FEATURES)


#: Articles with fewer candidate units are left out (set by --min-units).
MIN_UNITS = 2
#: With --skip-lede, the lede's weight: it stays the first choice.
LEDE = 10.0
OUT = Path(__file__).resolve().parent / "learned_weights.tsv"


def articles(paths: list[Path], limit: int) -> Iterator[tuple[str, str]]:
    """(title, text) of every record with both, from JSON-lines files."""
    n = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("title") and r.get("text"):
                    yield r["title"], r["text"]
                    n += 1
                    if limit and n >= limit:
                        return


def greedy_cover(title: set[str], unit_terms: list[set[str]]) -> set[int]:
    """Units chosen greedily to cover the headline's terms (most new terms first)."""
    left: set[str] = set(title)
    chosen: set[int] = set()
    while left:
        gain, best = max(((len(t & left), -i) for i, t in enumerate(unit_terms) if i not in chosen),
                         default=(0, 0))
        if gain == 0:
            break
        chosen.add(-best)
        left -= unit_terms[-best]
    return chosen


Example = tuple[list[tuple[float, ...]], list[float], set[int]]


def examples(title: str, text: str, target: str, skip: int = 0, min_units: int = MIN_UNITS,
             reference: str = "title", lead: int = 1) -> Example:
    """Feature rows, labels and the greedy cover of one article (empty when unusable).

    ``reference`` says what the sentences should cover: the headline ("title"), or the
    article's first ``lead`` units ("lede", lead bias as self-supervision: those units are cut
    from the article, which is described without them), or both. With ``skip``, the first
    ``skip`` units are left out of the cover and of the rows."""
    units = build_units(text, detect_language(text))
    cands = units.candidates
    head: set[str] = set(content_terms(tokens(title))) if reference in ("title", "both") else set()
    if reference in ("lede", "both"):
        if len(cands) < lead + 3:
            return [], [], set()
        for u in cands[:lead]:
            head |= set(u.terms)
        cands = tuple(replace(u, rank=k) for k, u in enumerate(cands[lead:]))
        units = Units(cands)
    if len(cands) < max(2 + skip, min_units) or len(head) < 2:
        return [], [], set()
    terms = [set(u.terms) if i >= skip else set() for i, u in enumerate(cands)]
    cover = greedy_cover(head, terms)
    if target == "greedy":
        labels = [1.0 if i in cover else 0.0 for i in range(len(cands))]
    elif target == "precision":
        labels = [len(t & head) / max(1, len(t)) for t in terms]
    else:
        labels = [len(t & head) / len(head) for t in terms]
    return describe(units).rows[skip:], labels[skip:], cover


def gold_examples(folder: Path, texts: Path, skip: int
                  ) -> Iterator[tuple[list[tuple[float, ...]], list[float]]]:
    """Feature rows and labels from a gold folder (manifest.json + ann/): a unit is a positive
    when it holds one of the annotators' summary sentences (or one holds it)."""
    for m in json.loads((folder / "manifest.json").read_text(encoding="utf-8")):
        ann = folder / "ann" / (m["file"][:-4] + ".json")
        if not ann.exists() or not (texts / m["file"]).exists():
            continue
        chosen = [" ".join(s.split()) for s in json.loads(ann.read_text(encoding="utf-8")).get("summary", [])]
        if not chosen:
            continue
        text = (texts / m["file"]).read_text(encoding="utf-8")
        units = build_units(text, detect_language(text))
        if len(units.candidates) < 2 + skip:
            continue
        flat = [" ".join(u.text.split()) for u in units.candidates]
        labels = [1.0 if any(c in f or f in c for c in chosen) else 0.0 for f in flat]
        yield describe(units).rows[skip:], labels[skip:]


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> tuple[float, np.ndarray]:
    """L2-regularized logistic regression by Newton's method on standardized features;
    returns the intercept and weights in the raw feature scale."""
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    reg = l2 * len(x) * np.eye(z.shape[1])
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + reg @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / sd
    return float(w[0] - (raw * mu).sum()), raw


#: Most pairs taken from one article with --pairwise.
PAIRS = 60


def fit_pairwise(articles: list[tuple[list[tuple[float, ...]], list[float]]], l2: float
                 ) -> tuple[float, np.ndarray]:
    """Pairwise logistic ranking (RankNet with a linear scorer): for two units of one article
    with different labels, the difference of their rows predicts which has the higher label.
    Only the order within an article is learned, so articles of different lengths and label
    rates weigh alike. Returns a zero intercept and the weights."""
    diffs: list[np.ndarray] = []
    for rows, labels in articles:
        x = np.array(rows)
        taken = 0
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                if labels[i] != labels[j] and taken < PAIRS:
                    d = x[i] - x[j] if labels[i] > labels[j] else x[j] - x[i]
                    diffs.extend([d, -d])
                    taken += 1
    x = np.array(diffs)
    y = np.tile([1.0, 0.0], len(diffs) // 2)
    _, w = fit(x, y, l2)
    return 0.0, w


def check(paths: list[Path], model: Model) -> None:
    """Held-out (titled news files, never fitted): among the units after the lede, how often the
    best one by the learned model, by the shipped scorer and by position (the second unit)
    belongs to the headline's greedy cover of those units."""
    hits = {"learned": 0, "shipped": 0, "second unit": 0}
    n = 0
    for title, text in articles(paths, 0):
        rows, _, cover = examples(title, text, "greedy", skip=1)
        if not rows or not cover:
            continue
        units = build_units(text, detect_language(text))
        shipped = [s.score for s in score.score_units(units)][1:]
        learned = [probability(r, model) for r in rows]
        for name, values in (("learned", learned), ("shipped", shipped)):
            hits[name] += 1 + max(range(len(values)), key=lambda i: (values[i], -i)) in cover
        hits["second unit"] += 1 in cover
        n += 1
    print(f"held-out {n} titled articles, best unit after the lede in the headline cover: "
          + ", ".join(f"{k} {v / max(1, n):.3f}" for k, v in hits.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", action="append", default=[], help="JSON-lines file(s) with title and text")
    ap.add_argument("--target", default="greedy", choices=["greedy", "recall", "precision"])
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--min-units", type=int, default=MIN_UNITS,
                    help="leave out articles with fewer candidate units")
    ap.add_argument("--gold", action="append", default=[],
                    help="fit on a gold folder's summary sentences instead (texts: DIR/texts or the corpus)")
    ap.add_argument("--pairwise", action="store_true",
                    help="fit on pairs of units of the same article (which one covers more), not on units")
    ap.add_argument("--reference", default="title", choices=["title", "lede", "both"])
    ap.add_argument("--lead", type=int, default=1, help="units taken as the lede with --reference lede|both")
    ap.add_argument("--skip-lede", action="store_true",
                    help="fit on the units after the lede only (the lede keeps a fixed large weight)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--check", action="store_true", help="also score the held-out titled news files")
    a = ap.parse_args()
    shared = find_shared()
    paths = [Path(p) for p in a.data]
    if not paths:
        if shared is None:
            print("skipped: no shared corpus found (set PRCLI_SHARED)")
            return 0
        paths = [shared / "corpus" / "bulk" / "ar_saudinewsnet5000.jsonl"]
    xs: list[tuple[float, ...]] = []
    ys: list[float] = []
    pairs: list[tuple[list[tuple[float, ...]], list[float]]] = []
    docs = 0
    for folder in map(Path, a.gold):
        texts = folder / "texts"
        if not texts.is_dir() and shared is not None:
            texts = shared / "corpus" / "articles"
        for rows, labels in gold_examples(folder, texts, 1 if a.skip_lede else 0):
            xs.extend(rows)
            ys.extend(labels)
            docs += 1
    for title, text in articles(paths if not a.gold else [], a.limit):
        rows, labels, _ = examples(title, text, a.target, 1 if a.skip_lede else 0, a.min_units,
                                   a.reference, a.lead)
        xs.extend(rows)
        ys.extend(labels)
        pairs.append((rows, labels))
        docs += bool(rows)
    if a.pairwise:
        bias, w = fit_pairwise(pairs, a.l2)
        bias = float(np.log(np.mean(ys) / (1 - np.mean(ys))) - (np.array(xs) @ w).mean())
    else:
        bias, w = fit(np.array(xs), np.array(ys), a.l2)
    if a.skip_lede or a.reference != "title":
        w[FEATURES.index("lede")] = LEDE
    lines = ["# Learned by benchmarks/learn_weights.py: logistic model of the summarizer's features",
             f"# data: {', '.join(a.gold or [p.name for p in paths])} ({docs} articles, {len(xs)} units)",
             f"# target: {a.target} cover of {a.reference} (lead {a.lead}), skip lede {a.skip_lede}, "
             f"min units {a.min_units}, l2 {a.l2}, pairwise {a.pairwise}",
             f"intercept\t{bias:.6f}"]
    lines += [f"{name}\t{value:.6f}" for name, value in zip(FEATURES, w, strict=True)]
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if a.check and shared is not None:
        check(sorted((shared / "corpus" / "news").glob("*.jsonl")), (bias, tuple(float(v) for v in w)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
