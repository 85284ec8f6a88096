#!/usr/bin/env python3
"""Summarizer METHOD experiments for issue 4, measured the same way on every set.

usage: python benchmarks/summary_experiments.py [--variants a,b,...] [--learned FILE] [--gold DIR ...]
                                               [--loso] [--per-article]

Each variant plugs one change into prcli's pipeline (scorer or ``--words`` selection) and is
measured on EASC news and all (ROUGE-1 F1, ``--words`` = mean human summary length, output cut
to that many tokens: the protocol of ``shared/tools/easc_eval.py`` as ``easc_bench.py`` runs it
in-process) and on the dev gold plus any ``--gold`` folder (ROUGE-1 of ``--sentences 3``).
Nothing here is fitted on EASC or on the gold sets. Variants:
  * ``shipped``: the package as it is;
  * ``learned``: the scorer replaced by the logistic model of ``learn_weights.py`` (weights file
    ``--learned``; protocol lists keep their hand-set discount);
  * ``ensemble``: the mean of the shipped score and the learned probability (each over its
    document maximum);
  * ``learned-content``: the shipped position prior and length/dangling/protocol discounts, with
    the learned weights deciding only the content part (centrality, centroid, topic, numbers,
    quotation, keywords), rescaled to the shipped content share;
  * ``knapsack``: ``--words`` chooses, by dynamic programming in article order, the set whose
    words that survive the cut at N carry the highest summed score (a unit's score per word),
    instead of best-first; near-duplicates of a better unit are left out first, at most
    ``POOL`` units, so the cost stays bounded;
  * ``cross``: ``--words`` as shipped up to the sentence that crosses the budget, which is then
    chosen among the ``CROSS_K`` best remaining by the score its surviving words carry (see
    ``cross``). Not kept: EASC news 0.5488 and all 0.5238 (0.5495 / 0.5239 with ``:CAP=40``)
    against 0.5492 / 0.5245; the same rule inside the selection loop gave 0.5511-0.5518 news with
    as many articles down as up on EASC all (15 up, 16 down): noise either way. The gold sets
    never move (they are ``--sentences 3``);
  * ``coverage``: ``--words`` chooses greedily by score per word plus ``MU`` times the new
    coverage of the document's terms (concept coverage, capped at each term's expected count
    in a summary of that length), a budgeted-coverage objective (Gillick & Favre; Lin & Bilmes);
  * ``bg-idf``: TF-IDF with the IDF of the 5000-article news corpus instead of the document's;
  * ``heavy-lede`` / ``heavy-num``: a position prior shaped per document by how lead-heavy it
    looks: the content part of every score is multiplied by ``1 + HEAVY * (mid - x) / mid``
    (x capped at twice mid), with x the lede's centroid similarity over the best one
    (``heavy-lede``, mid 0.9) or the digit runs per unit (``heavy-num``, mid 1.0: on EASC the
    share of human-chosen sentences among the first three follows it, r = 0.42 once the
    article's length is accounted for). A lead-heavy article leans on position, a feature on
    content.
``--loso`` then asks, for each measure in turn, which variant one would have chosen without it
(leave-one-set-out): among the variants that do not lose EASC news or all against the first
variant (the baseline), the one whose gold margins over the baseline on the other sets are best
by leximin (the worst set first, then the next); the figure reported for the left-out set was
not used to choose. ``--per-article`` lists, for the first variant, every gold article where its
summary scores differently from Lead-3 (the candidate ranks it chose, both ROUGE-1).
Any variant may end with ``:NAME=VALUE;NAME=VALUE`` to set constants of ``prcli.summarizer.score``
(or of ``prcli.summarizer.select`` for a name only it has, of ``prcli.summarizer.units`` for one
neither has: ``MIN_WORDS``, ``LABEL_WORDS``; or this script's ``CAP``, ``CROSS_K``, ``POOL``, ``MU``,
``HEAVY``) for an ablation; ``knapsack:CAP=40`` values a unit by its first 40 words only
(``shipped:W_CENTRALITY=0;W_CENTROID=0;W_TOPIC=0`` is position only, ``shipped:ATTACH=0;HOOKS=0``
the scorer before the hook and attachment rules).
The corpus is read at run time only; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import easc_bench as eb  # noqa: E402
import learn_weights as lw  # noqa: E402

from prcli.summarizer import score as sc  # noqa: E402
from prcli.summarizer import select as sel  # noqa: E402
from prcli.summarizer import units as un  # noqa: E402
from prcli.summarizer.score import Scored  # noqa: E402
from prcli.summarizer.terms import content_terms, tokens  # noqa: E402
from prcli.summarizer.units import Units, build_units  # noqa: E402

#: Most units the knapsack considers (best scored first, near-duplicates left out).
POOL = 60
#: Weight of the coverage gain in ``coverage``.
MU = 0.3
#: Strength of the per-document reshaping in ``heavy-lede`` / ``heavy-num``.
HEAVY = 0.3
#: Candidates ``cross`` weighs for the sentence that crosses the budget.
CROSS_K = 10
#: Words of a unit that count in ``knapsack`` and ``cross``: its value is its score times
#: its first CAP words (EASC references keep about 40 words of a sentence).
CAP = 10**6
#: The learned features that form the content part in ``learned-content``.
CONTENT = ("centrality", "centroid", "topic", "numbers", "quote", "keywords")


@contextlib.contextmanager
def patched(module: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


def learned_scorer(model: lw.Model) -> Callable[[Units], list[Scored]]:
    def score_units(units: Units) -> list[Scored]:
        d = lw.describe(units)
        k = {name: i for i, name in enumerate(lw.FEATURES)}
        out = []
        for u, row, v in zip(units.candidates, d.rows, d.vectors, strict=True):
            s = lw.probability(row, model) * (sc.PROTOCOL if u.protocol else 1.0)
            out.append(Scored(u, s, row[k["position"]], row[k["centrality"]], row[k["topic"]], v,
                              row[k["centroid"]]))
        return out
    return score_units


def ensemble_scorer(model: lw.Model) -> Callable[[Units], list[Scored]]:
    """Equal mix of the shipped score and the learned probability, each divided by its
    document maximum (no weight to set)."""
    shipped, learned = sc.score_units, learned_scorer(model)

    def score_units(units: Units) -> list[Scored]:
        a, b = shipped(units), learned(units)
        if not a:
            return a
        ma, mb = max(s.score for s in a) or 1.0, max(s.score for s in b) or 1.0
        return [replace(x, score=0.5 * x.score / ma + 0.5 * y.score / mb) for x, y in zip(a, b, strict=True)]
    return score_units


def learned_content_scorer(model: lw.Model) -> Callable[[Units], list[Scored]]:
    weights = dict(zip(lw.FEATURES, model[1], strict=True))
    k = {name: i for i, name in enumerate(lw.FEATURES)}

    def score_units(units: Units) -> list[Scored]:
        cands = units.candidates
        if not cands:
            return []
        d = lw.describe(units)
        lin = [sum(weights[f] * row[k[f]] for f in CONTENT) for row in d.rows]
        lo, hi = min(lin), max(lin)
        content = [(x - lo) / (hi - lo) if hi > lo else 1.0 for x in lin]
        out = []
        for u, row, v, c in zip(cands, d.rows, d.vectors, content, strict=True):
            pos = sc.position_prior(u.rank, u.para_first, len(cands))
            s = sc.discounted(sc.W_POSITION * pos + (1.0 - sc.W_POSITION) * c, u)
            out.append(Scored(u, s, pos, row[k["centrality"]], row[k["topic"]], v, row[k["centroid"]]))
        return out
    return score_units


def heavy_scorer(signal: str) -> Callable[[Units], list[Scored]]:
    """The shipped scores with their content part scaled per document (see ``heavy-*``)."""
    shipped = sc.score_units
    digits = re.compile(r"\d+")

    def score_units(units: Units) -> list[Scored]:
        scored = shipped(units)
        if not scored:
            return scored
        if signal == "lede":
            best = max(s.centroid for s in scored) or 1.0
            x, mid = scored[0].centroid / best, 0.9
        else:
            x, mid = sum(len(digits.findall(s.unit.text)) for s in scored) / len(scored), 1.0
        heavy = 1.0 + HEAVY * (mid - min(x, 2 * mid)) / mid
        out = []
        for s in scored:
            content = sc.W_CENTRALITY * s.centrality + sc.W_CENTROID * s.centroid + sc.W_TOPIC * s.topic
            out.append(replace(s, score=sc.discounted(sc.W_POSITION * s.position + heavy * content, s.unit)))
        return out
    return score_units


def _pool(scored: Sequence[Scored]) -> list[int]:
    """Up to POOL best-scored units, near-duplicates of a better one left out, in article order."""
    pool: list[int] = []
    for i in sorted(range(len(scored)), key=lambda i: -scored[i].score):
        if len(pool) >= POOL:
            break
        if all(sc.cosine(scored[i].vector, scored[j].vector) < sel.DUPLICATE for j in pool):
            pool.append(i)
    return sorted(pool)


def knapsack(scored: Sequence[Scored], words: int) -> list[int] | None:
    """The units whose words surviving the cut at ``words`` (in article order) carry the most
    score; a dangling unit never opens the summary. None when the pool cannot reach the budget."""
    best: list[float | None] = [None] * words
    sets: list[tuple[int, ...]] = [()] * words
    best[0] = 0.0
    top, top_set = -1.0, None
    for i in _pool(scored):
        u = scored[i].unit
        new, new_sets = best[:], sets[:]
        for w in range(words):
            value = best[w]
            if value is None or (w == 0 and u.dangling and u.rank > 0):
                continue
            if w + u.words < words:
                cand = value + scored[i].score * min(u.words, CAP)
                old = new[w + u.words]
                if old is None or cand > old:
                    new[w + u.words], new_sets[w + u.words] = cand, sets[w] + (i,)
            elif value + scored[i].score * min(words - w, CAP) > top:
                top, top_set = value + scored[i].score * min(words - w, CAP), sets[w] + (i,)
        best, sets = new, new_sets
    return None if top_set is None else list(top_set)


def coverage(scored: Sequence[Scored], words: int) -> list[int]:
    """Greedy by score per word plus MU times new (capped) coverage of the document's terms."""
    units = [s.unit for s in scored]
    doc = Counter(t for u in units for t in u.terms)
    ratio = words / max(1, sum(u.words for u in units))
    cap = {t: max(1.0, c * ratio) for t, c in doc.items()}
    have: Counter[str] = Counter()
    chosen: list[int] = []
    used, first = 0, len(units)
    while used < words:
        best: tuple[float, int] | None = None
        for i, s in enumerate(scored):
            u = s.unit
            if i in chosen or (u.dangling and 0 < u.rank < first):
                continue
            if any(sc.cosine(s.vector, scored[j].vector) >= sel.DUPLICATE for j in chosen):
                continue
            gain = sum(min(cap[t], have[t] + c) - min(cap[t], have[t]) for t, c in Counter(u.terms).items())
            value = (s.score * u.words + MU * gain) / u.words
            if best is None or value > best[0]:
                best = (value, i)
        if best is None:
            break
        i = best[1]
        chosen.append(i)
        used += units[i].words
        have.update(units[i].terms)
        first = min(first, i)
    return chosen


def cross(scored: Sequence[Scored], words: int) -> list[int] | None:
    """The shipped best-first choice up to the sentence that crosses the budget; that last one
    is chosen among the CROSS_K best remaining candidates by the score its surviving words carry
    (a unit's score times its words left after the cut at ``words``, at most CAP of them: EASC
    references keep only the first ~40 words of a sentence), the units chosen before included:
    one placed before a chosen unit survives whole and pushes the last one's end out."""
    prefix: list[int] = []
    for k in range(1, len(scored) + 1):
        picks = [c.unit.rank for c, _ in sel.select(scored, sentences=k)]
        if sum(scored[i].unit.words for i in picks) >= words:
            break
        prefix = picks
    if not prefix:
        return None
    first = min(prefix)
    options = [i for i in sorted(range(len(scored)), key=lambda i: -scored[i].score)
               if i not in prefix and not (scored[i].unit.dangling and 0 < i < first)
               and all(sc.cosine(scored[i].vector, scored[j].vector) < sel.DUPLICATE for j in prefix)]

    def value(extra: int) -> float:
        left, total = words, 0.0
        for i in sorted([*prefix, extra]):
            kept = min(scored[i].unit.words, left)
            left -= kept
            total += scored[i].score * min(kept, CAP)
        return total
    if not options:
        return prefix
    return [*prefix, max(options[:CROSS_K], key=value)]


def selector(plan: Callable[[Sequence[Scored], int], list[int] | None]) -> Callable[..., Any]:
    shipped = sel.select

    def select(scored: Sequence[Scored], *, sentences: int | None = 3, words: int | None = None,
               ratio: float | None = None, fit: sel.Fit = "fill") -> list[tuple[Scored, float]]:
        if words is not None and fit == "fill" and words < sum(s.unit.words for s in scored):
            chosen = plan(scored, words)
            if chosen:
                return [(scored[i], 0.0) for i in sorted(chosen, key=lambda i: scored[i].unit.rank)]
        return shipped(scored, sentences=sentences, words=words, ratio=ratio, fit=fit)
    return select


def background_idf(shared: Path) -> Callable[[Sequence[Any]], dict[str, float]]:
    df: Counter[str] = Counter()
    n = 0
    with open(shared / "corpus" / "bulk" / "ar_saudinewsnet5000.jsonl", encoding="utf-8") as f:
        for line in f:
            df.update(set(content_terms(tokens(json.loads(line)["text"]))))
            n += 1
    shipped = sc._idf

    def idf(units: Sequence[Any]) -> dict[str, float]:
        return {t: math.log((1 + n) / (1 + df.get(t, 0))) + 1.0 for t in shipped(units)}
    return idf


def _true_value(text: str, refs: list[list[str]]) -> float:
    """Mean share of a unit's tokens found in each human summary (its value per word)."""
    toks = Counter(eb.tokens(text))
    return sum(sum((toks & Counter(ref)).values()) / max(1, toks.total()) for ref in refs) / len(refs)


def _rouge(chosen: Sequence[Scored], refs: list[list[str]], budget: int) -> float:
    ordered = sorted(chosen, key=lambda c: c.unit.rank)
    cand = eb.tokens(" ".join(c.unit.text for c in ordered))[:budget]
    return sum(eb.rouge_f(cand, ref, 1) for ref in refs) / len(refs)


def oracle_values(shared: Path) -> None:
    """Diagnostic (reads the references, so never a system): each unit scored by its true value
    per word, then chosen by the shipped best-first rule and by the knapsack. Tells whether the
    knapsack helps once the ranking is right, whatever it does with the shipped scores."""
    with open(shared / "corpus" / "easc" / "easc.jsonl", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    for sub in ("news", "all"):
        subset = [r for r in recs if sub == "all" or r["source"] != "Wikipedia"]
        total = {"best-first": 0.0, "knapsack": 0.0}
        for r in subset:
            refs = [eb.tokens(v) for v in r["summaries"].values() if v.strip()]
            budget = round(sum(len(x) for x in refs) / len(refs))
            scored = [replace(s, score=_true_value(s.unit.text, refs))
                      for s in sc.score_units(build_units(r["article"], "ar"))]
            best_first = [c for c, _ in sel.select(scored, sentences=None, words=budget)]
            chosen = knapsack(scored, budget) if budget < sum(s.unit.words for s in scored) else None
            total["best-first"] += _rouge(best_first, refs, budget)
            total["knapsack"] += _rouge([scored[i] for i in chosen] if chosen else best_first, refs, budget)
        means = "  ".join(f"{k} {v / len(subset):.4f}" for k, v in total.items())
        print(f"oracle values, EASC {sub}: {means}")


def measure(shared: Path, golds: list[Path]) -> list[float]:
    row = [eb.easc(shared, sub, {"prcli": eb.prcli_words}, 0)["prcli"][0] for sub in ("news", "all")]
    for folder in golds:
        texts = folder / "texts" if (folder / "texts").is_dir() else shared / "corpus" / "articles"
        row.append(eb.gold(folder, texts)[1]["prcli"][0])
    return row


def lead3(shared: Path, golds: list[Path]) -> list[float]:
    """Lead-3 ROUGE-1 of each gold folder (the same for every variant)."""
    out = []
    for folder in golds:
        texts = folder / "texts" if (folder / "texts").is_dir() else shared / "corpus" / "articles"
        out.append(eb.gold(folder, texts)[1]["lead-3"][0])
    return out


def leave_one_out(names: list[str], rows: dict[str, list[float]], sets: list[str],
                  lead: dict[str, float]) -> None:
    """Print the leave-one-set-out table (see ``--loso`` in the module docstring)."""
    base = rows[names[0]]

    def key(row: list[float], others: list[int]) -> tuple[bool, list[float]]:
        keeps = all(row[i] >= base[i] - 5e-5 for i in (0, 1) if i in others)
        return keeps, sorted(round(row[i] - base[i], 6) for i in others if i >= 2)
    print(f"\nleave-one-set-out (chosen on the other measures; baseline {names[0]})")
    width = max(map(len, names)) + 2
    print(f"{'left out':<14}{'chosen':<{width}}{'held-out':>10}{'baseline':>10}{'Lead-3':>10}")
    for k, name in enumerate(sets):
        others = [i for i in range(len(sets)) if i != k]
        best = max(names, key=lambda v: key(rows[v], others))  # first best: the baseline on ties
        ref = f"{lead[name]:>10.4f}" if name in lead else f"{'':>10}"
        print(f"{name:<14}{best:<{width}}{rows[best][k]:>10.4f}{base[k]:>10.4f}{ref}")


def per_article(golds: list[Path], shared: Path) -> None:
    """Every gold article where prcli's 3 sentences score differently from Lead-3."""
    for folder in golds:
        texts = folder / "texts" if (folder / "texts").is_dir() else shared / "corpus" / "articles"
        man = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for m in man:
            ann = folder / "ann" / (m["file"][:-4] + ".json")
            if not ann.exists() or not (texts / m["file"]).exists():
                continue
            summary = json.loads(ann.read_text(encoding="utf-8")).get("summary")
            if not summary:
                continue
            text = (texts / m["file"]).read_text(encoding="utf-8")
            ref = eb.tokens(" ".join(summary))
            lang = eb.detect_language(text)
            scored = sc.score_units(build_units(text, lang))
            chosen = [c.unit.rank for c, _ in sel.select(scored, sentences=3)]
            lead = [s.text for s in eb.split_sentences(text) if not s.boilerplate][:3]
            ours = eb.rouge_f(eb.tokens(" ".join(scored[i].unit.text for i in chosen)), ref, 1)
            theirs = eb.rouge_f(eb.tokens(" ".join(lead)), ref, 1)
            if abs(ours - theirs) > 1e-9:
                print(f"  {folder.name:<12} {m['file']:<28} prcli {ours:.3f} lead-3 {theirs:.3f} "
                      f"({ours - theirs:+.3f}) chose candidates {chosen}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default="shipped,learned,learned-content,ensemble,knapsack,coverage,bg-idf")
    ap.add_argument("--learned", default=str(lw.OUT), help="weights file written by learn_weights.py")
    ap.add_argument("--gold", action="append", default=[], help="extra gold folder (manifest.json + ann/)")
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out choice among the variants")
    ap.add_argument("--per-article", action="store_true",
                    help="gold articles where the first variant and Lead-3 differ")
    ap.add_argument("--oracle-values", action="store_true",
                    help="diagnostic: best-first vs knapsack when units are scored by their true value")
    a = ap.parse_args()
    shared = eb.find_shared()
    if shared is None:
        print("skipped: no shared corpus found (set PRCLI_SHARED)")
        return 0
    if a.oracle_values:
        oracle_values(shared)
    golds = [shared / "gold"] + [Path(g) for g in a.gold]
    width = max(16, *(len(v) + 2 for v in a.variants.split(",")))
    print(f"{'variant':<{width}}{'EASC news':>10}{'EASC all':>10}" + "".join(f"{g.name:>12}" for g in golds))
    rows: dict[str, list[float]] = {}
    for k, spec in enumerate(a.variants.split(",")):
        variant, _, settings = spec.partition(":")
        with contextlib.ExitStack() as stack:
            for setting in filter(None, settings.split(";")):
                name, _, value = setting.partition("=")
                module: Any = (sys.modules[__name__] if name in ("CAP", "POOL", "MU", "HEAVY", "CROSS_K")
                               else sel if hasattr(sel, name) and not hasattr(sc, name)
                               else sc if hasattr(sc, name) else un)
                old = getattr(module, name)
                stack.enter_context(patched(module, name, type(old)(float(value))))
            if variant in ("learned", "learned-content", "ensemble"):
                model = lw.load(Path(a.learned))
                make = {"learned": learned_scorer, "learned-content": learned_content_scorer,
                        "ensemble": ensemble_scorer}[variant]
                stack.enter_context(patched(sel, "score_units", make(model)))
            elif variant in ("knapsack", "coverage", "cross"):
                plan = {"knapsack": knapsack, "coverage": coverage, "cross": cross}[variant]
                stack.enter_context(patched(sel, "select", selector(plan)))
            elif variant in ("heavy-lede", "heavy-num"):
                stack.enter_context(patched(sel, "score_units", heavy_scorer(variant[6:])))
            elif variant == "bg-idf":
                stack.enter_context(patched(sc, "_idf", background_idf(shared)))
            elif variant != "shipped":
                print(f"unknown variant {variant}")
                continue
            row = measure(shared, golds)
            if k == 0 and a.per_article:
                per_article(golds, shared)
        rows[spec] = row
        print(f"{spec:<{width}}" + "".join(f"{x:>10.4f}" for x in row[:2])
              + "".join(f"{x:>12.4f}" for x in row[2:]))
    if a.loso and rows:
        lead = lead3(shared, golds)
        print(f"{'Lead-3':<{width}}{'':>20}" + "".join(f"{x:>12.4f}" for x in lead))
        sets = ["EASC news", "EASC all"] + [g.name for g in golds]
        leave_one_out(list(rows), rows, sets, dict(zip(sets[2:], lead, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
