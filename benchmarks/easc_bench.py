#!/usr/bin/env python3
"""EASC and dev-gold summary benchmark: prcli side by side with Lead (and sumy when installed).

usage: python benchmarks/easc_bench.py [--subset news|all|both] [--gold DIR ...] [--sumy] [--oracle]
                                       [--limit N] [--budget-report]

EASC protocol (same as shared/tools/easc_eval.py): every system gets the mean word count of
the article's five human summaries as its budget (prcli through ``--words N``), every output is
cut to that many tokens, and the score is the mean ROUGE-1/-2 F1 over the five references on
Arabic-aware tokens. "lead" is the eval's Lead (first sentences, cut mid-sentence at the
budget); the other systems count words as prcli's budget does (``units.count_words``: runs of
letters and digits, a number with separators as one); "lead-fit" stops at the first sentence
that does not fit; "lead-units" is Lead under prcli's exact rules (the first candidate always,
then the following ones that fit), i.e. the Lead that prcli's output contract allows;
"oracle-units" (--oracle) is the greedy oracle under the same rules, the ceiling for any prcli
scorer under the "within" contract. "prcli" is ``--words N`` as shipped (sentences added while
the total is below N: the last may run past N and is cut by the scorer, like Lead's);
"prcli-closest" stops at the total closest to N (gensim's ``word_count``), "prcli-within" keeps
the total within N (prcli's earlier contract): the same scorer under the other two contracts.

Dev gold (shared/gold, plus any --gold folder; texts in its ``texts`` folder when it has one,
else the corpus articles): ROUGE-1/-2 of ``--sentences 3`` against the
annotators' three sentences, next to Lead-3 (the first three sentences of the same article).

``--budget-report`` says where prcli's EASC budget goes (news and Wikipedia apart): the words
that survive the cut, by how many of the five annotators took their sentence; the words past
the part of a sentence the references can hold; and the reference tokens no system can match.
EASC stores at most ``REF_CHARS`` characters of each sentence a worker picked (a field limit:
568 of the references' sentences are 255-256 characters long, none of the others over 254 but
a handful) and drops the line breaks of hard-wrapped articles without a space, so a word pair
across a wrap ("على\nمستوى") is one reference token found in no article. A sentence counts as
taken by a reference when 80% of the tokens of its first ``REF_CHARS`` characters are in it.

The corpus is read at run time only, from $PRCLI_SHARED or the ``shared`` folder next to the
checkout; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from _common import shared_dir  # noqa: E402

from prcli.summarizer import summarize  # noqa: E402
from prcli.summarizer.select import Fit  # noqa: E402
from prcli.summarizer.units import build_units, count_words  # noqa: E402
from prcli.text.language import detect_language  # noqa: E402
from prcli.text.segment import split_sentences  # noqa: E402


def find_shared() -> Path | None:
    """The shared folder (corpus, gold, tools), or None when this checkout has none."""
    cand = shared_dir()
    return cand if (cand / "corpus").is_dir() else None


_DIAC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def tokens(text: str) -> list[str]:
    """The scorers' tokens: NFKC, no diacritics, folded letters, case-folded ``\\w+``."""
    import unicodedata
    text = _DIAC.sub("", unicodedata.normalize("NFKC", text)).translate(_MAP).casefold()
    return re.findall(r"\w+", text)


def rouge_f(cand: list[str], ref: list[str], n: int) -> float:
    def grams(t: list[str]) -> Counter[tuple[str, ...]]:
        return Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))
    c, r = grams(cand), grams(ref)
    ov = sum((c & r).values())
    if not ov:
        return 0.0
    p, rc = ov / sum(c.values()), ov / sum(r.values())
    return 2 * p * rc / (p + rc)


System = Callable[[str, int], str]


def eval_lead(text: str, budget: int) -> str:
    """easc_eval.py's Lead: first sentences until the budget is reached (then cut)."""
    out, n = [], 0
    for s in (p.strip() for p in re.split(r"(?<=[.!?؟])\s+|\n+", text)):
        if not s:
            continue
        out.append(s)
        n += len(tokens(s))
        if n >= budget:
            break
    return " ".join(out)


def lead_fit(text: str, budget: int) -> str:
    """Lead cut at the first sentence that no longer fits (whole splitter sentences)."""
    out: list[str] = []
    n = 0
    for s in split_sentences(text):
        w = count_words(s.text)
        if out and n + w > budget:
            break
        out.append(s.text)
        n += w
    return " ".join(out)


def lead_units(text: str, budget: int) -> str:
    """Lead under prcli's exact rules: the first candidate unit always, then every following
    unit that still fits the budget, in order (what prcli would output with position only)."""
    units = build_units(text, detect_language(text)).candidates
    if not units:
        return ""
    out, n = [units[0].text], units[0].words
    for u in units[1:]:
        if n + u.words <= budget:
            out.append(u.text)
            n += u.words
    return " ".join(out)


def oracle_units(text: str, budget: int, refs: list[list[str]]) -> str:
    """Ceiling under prcli's rules: greedy choice of candidate units maximizing the mean
    ROUGE-1 against the references (any unit may open; only it may exceed the budget)."""
    units = build_units(text, detect_language(text)).candidates

    def score(chosen: list[int]) -> float:
        cand = tokens(" ".join(units[i].text for i in sorted(chosen)))[:budget]
        return sum(rouge_f(cand, ref, 1) for ref in refs) / len(refs)
    best_all = ""
    best_score = -1.0
    for first in range(len(units)):
        chosen, used = [first], units[first].words
        current = score(chosen)
        while used < budget:
            options = [(score([*chosen, i]), i) for i in range(len(units))
                       if i not in chosen and used + units[i].words <= budget]
            if not options:
                break
            value, i = max(options)
            if value <= current:
                break
            chosen.append(i)
            used += units[i].words
            current = value
        if current > best_score:
            best_score, best_all = current, " ".join(units[i].text for i in sorted(chosen))
    return best_all


def prcli_words(text: str, budget: int, fit: Fit = "fill") -> str:
    """prcli with ``--words budget`` (``fit``: how the sentence crossing the budget is treated)."""
    lang = detect_language(text)
    return " ".join(s.text for s in summarize(text, language=lang, sentences=None, words=budget, fit=fit))


def prcli_closest(text: str, budget: int) -> str:
    """The "closest to N words" alternative (gensim's word_count), for comparison."""
    return prcli_words(text, budget, "closest")


def prcli_within(text: str, budget: int) -> str:
    """The "at most N words" alternative (prcli's earlier contract), for comparison."""
    return prcli_words(text, budget, "within")


def sumy_system(name: str) -> System | None:
    """A sumy summarizer with its Arabic stemmer and stop words, or None when sumy is absent."""
    try:
        import importlib

        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.utils import get_stop_words
    except ImportError:
        return None
    mod, cls = {"lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
                "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer")}[name]
    summ = getattr(importlib.import_module(mod), cls)(Stemmer("arabic"))
    summ.stop_words = get_stop_words("arabic")
    tok = Tokenizer("arabic")

    def run(text: str, budget: int) -> str:
        doc = PlaintextParser.from_string(text, tok).document
        best = ""
        for k in range(1, len(doc.sentences) + 1):
            best = " ".join(str(s) for s in summ(doc, k))
            if len(tokens(best)) >= budget:
                break
        return best
    return run


def easc(shared: Path, subset: str, systems: dict[str, System], limit: int,
         oracle: bool = False) -> dict[str, tuple[float, float]]:
    with open(shared / "corpus" / "easc" / "easc.jsonl", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    if subset == "news":
        recs = [r for r in recs if r["source"] != "Wikipedia"]
    if limit:
        recs = recs[:limit]
    sums = {s: [0.0, 0.0] for s in [*systems, *(["oracle-units"] if oracle else [])]}
    for r in recs:
        refs = [tokens(v) for v in r["summaries"].values() if v.strip()]
        budget = round(sum(len(x) for x in refs) / len(refs))
        if oracle:
            cand = tokens(oracle_units(r["article"], budget, refs))[:budget]
            sums["oracle-units"][0] += sum(rouge_f(cand, ref, 1) for ref in refs) / len(refs)
            sums["oracle-units"][1] += sum(rouge_f(cand, ref, 2) for ref in refs) / len(refs)
        for name, fn in systems.items():
            try:
                cand = tokens(fn(r["article"], budget))[:budget]
            except Exception as e:  # a failing system scores 0 on that article, as in easc_eval.py
                print(f"{name} failed on {r['topic']}: {str(e)[:120]}", file=sys.stderr)
                cand = []
            sums[name][0] += sum(rouge_f(cand, ref, 1) for ref in refs) / len(refs)
            sums[name][1] += sum(rouge_f(cand, ref, 2) for ref in refs) / len(refs)
    return {s: (v[0] / len(recs), v[1] / len(recs)) for s, v in sums.items()}


def gold(folder: Path, texts: Path) -> tuple[int, dict[str, tuple[float, float]]]:
    """Dev-gold ROUGE of prcli (--sentences 3) and Lead-3 over the annotated articles."""
    man = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    sums = {"prcli": [0.0, 0.0], "lead-3": [0.0, 0.0]}
    n = 0
    for m in man:
        ann = folder / "ann" / (m["file"][:-4] + ".json")
        if not ann.exists() or not (texts / m["file"]).exists():
            continue
        g = json.loads(ann.read_text(encoding="utf-8"))
        if not g.get("summary"):
            continue
        text = (texts / m["file"]).read_text(encoding="utf-8")
        ref = tokens(" ".join(g["summary"]))
        lang = detect_language(text)
        lead3 = [s for s in split_sentences(text) if not s.boilerplate][:3]
        outs = {"prcli": " ".join(s.text for s in summarize(text, language=lang, sentences=3)),
                "lead-3": " ".join(s.text for s in lead3)}
        for name, out in outs.items():
            sums[name][0] += rouge_f(tokens(out), ref, 1)
            sums[name][1] += rouge_f(tokens(out), ref, 2)
        n += 1
    return n, {k: (v[0] / max(1, n), v[1] / max(1, n)) for k, v in sums.items()}


#: Characters of a picked sentence that EASC keeps in a reference (see ``--budget-report``).
REF_CHARS = 254


def _stored_part(text: str) -> str:
    """The start of ``text`` that a reference can hold: REF_CHARS characters, line breaks not
    counted (EASC drops them), cut in the source text (so its words are the article's)."""
    kept = 0
    for i, ch in enumerate(text):
        if ch != "\n":
            kept += 1
            if kept > REF_CHARS:
                return text[:i]
    return text


def _takers(text: str, refs: list[list[str]]) -> int:
    """How many references took this sentence (80% of the tokens of its stored part)."""
    toks = Counter(tokens(_stored_part(text)))
    n = max(1, toks.total())
    return sum(1 for ref in refs if sum((toks & Counter(ref)).values()) >= 0.8 * n)


def budget_report(shared: Path) -> None:
    """Where prcli's EASC budget goes (see the module docstring), news and Wikipedia apart."""
    with open(shared / "corpus" / "easc" / "easc.jsonl", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    for part in ("news", "Wikipedia"):
        tally: Counter[str] = Counter()
        for r in recs:
            if (r["source"] == "Wikipedia") != (part == "Wikipedia"):
                continue
            refs = [tokens(v) for v in r["summaries"].values() if v.strip()]
            budget = round(sum(len(x) for x in refs) / len(refs))
            vocab = set(tokens(r["article"]))
            tally["articles"] += 1
            tally["budget"] += budget
            tally["ref tokens"] += sum(len(x) for x in refs)
            tally["ref tokens in no article"] += sum(t not in vocab for x in refs for t in x)
            left = budget
            for s in summarize(r["article"], language="ar", sentences=None, words=budget):
                n = len(tokens(s.text))
                kept = min(n, left)
                left -= kept
                tally[f"taken by {min(3, _takers(s.text, refs))}"] += kept
                stored = len(tokens(_stored_part(s.text)))
                tally["past the stored part"] += max(0, kept - stored)
                tally["cut at the budget"] += n - kept
        b = tally["budget"]
        print(f"EASC {part}: {tally['articles']} articles, {b} budget words")
        for k in ("taken by 0", "taken by 1", "taken by 2", "taken by 3", "past the stored part",
                  "cut at the budget"):
            label = k.replace("taken by 3", "taken by 3+")
            print(f"  {label:<24}{tally[k]:>7}  {tally[k] / b:6.1%} of the budget")
        print(f"  reference tokens in no article: {tally['ref tokens in no article']} of "
              f"{tally['ref tokens']} ({tally['ref tokens in no article'] / tally['ref tokens']:.1%})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subset", default="both", choices=["news", "all", "both"])
    ap.add_argument("--gold", action="append", default=[], help="extra gold folder (manifest.json + ann/)")
    ap.add_argument("--sumy", action="store_true", help="also run sumy LexRank and TextRank if importable")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--oracle", action="store_true",
                    help="also the greedy oracle over prcli's units under its budget rule (slow)")
    ap.add_argument("--budget-report", action="store_true",
                    help="where prcli's EASC budget goes (annotators' takes, stored parts, cuts)")
    a = ap.parse_args()
    shared = find_shared()
    if shared is None:
        print("skipped: no shared corpus found (set PRCLI_SHARED)")
        return 0
    if a.budget_report:
        budget_report(shared)
        return 0
    systems: dict[str, System] = {"lead": eval_lead, "lead-fit": lead_fit, "lead-units": lead_units,
                                  "prcli": prcli_words, "prcli-closest": prcli_closest,
                                  "prcli-within": prcli_within}
    if a.sumy:
        for name in ("lexrank", "textrank"):
            fn = sumy_system(name)
            if fn is None:
                print("sumy not importable: sumy rows skipped")
                break
            systems["sumy-" + name] = fn
    t0 = time.perf_counter()
    subsets = ["news", "all"] if a.subset == "both" else [a.subset]
    table = {sub: easc(shared, sub, systems, a.limit, a.oracle) for sub in subsets}
    names = list(table[subsets[0]])
    print("EASC ROUGE F1 (budget = mean reference length)")
    print(f"{'system':<14}" + "".join(f"{sub + ' R-1':>14}{sub + ' R-2':>12}" for sub in subsets))
    for name in names:
        print(f"{name:<14}" + "".join(f"{table[sub][name][0]:>14.4f}{table[sub][name][1]:>12.4f}"
                                      for sub in subsets))
    folders = [shared / "gold"] + [Path(g) for g in a.gold]
    for folder in folders:
        if (folder / "manifest.json").exists():
            texts = folder / "texts" if (folder / "texts").is_dir() else shared / "corpus" / "articles"
            n, res = gold(folder, texts)
            print(f"gold {folder} (n={n}, --sentences 3): "
                  + "  ".join(f"{k} R-1 {v[0]:.4f} R-2 {v[1]:.4f}" for k, v in res.items()))
    print(f"time {time.perf_counter() - t0:.1f}s")
    print("RESULT " + " ".join(f"{sub}:{name}={table[sub][name][0]:.4f}"
                               for sub in subsets for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
