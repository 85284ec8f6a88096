#!/usr/bin/env python3
"""Sentence segmentation against human sentences, in-process (fast, lists every miss).

usage: python benchmarks/segmentation_check.py [--shared ../shared] [-v]

Two measures, both read at run time from the shared folder (skipped cleanly when absent):

* EASC: the same measure as ``shared/tools/easc_segmentation.py`` (exact and split shares of
  the human sentences found in their articles), computed on ``split_sentences`` directly
  instead of through the command, plus the count of human "sentences" that hold a sentence
  end themselves (``. `` followed by a letter), which no segmenter can keep whole.
* Gold summaries: the share of the gold summary sentences (``shared/gold`` and, if present,
  ``/work/gold-extra``) that are exactly one non-boilerplate sentence.

``-v`` prints every miss. The last line is machine-readable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from _common import shared_dir as default_shared

from prcli.text.segment import split_sentences

FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
PUNCT = " \t\r\n.!?؟…:;،,\"«»“”'()"
INNER_END = re.compile(r"[.!?؟]\s+\w")




def core(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in PUNCT:
        a += 1
    while b > a and text[b - 1] in PUNCT:
        b -= 1
    return a, b


def easc(path: Path, verbose: bool) -> tuple[int, int, int, int]:
    found = exact = split = multi = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        art = rec["article"]
        folded = art.translate(FOLD)
        gold = set()
        for summary in rec["summaries"].values():
            for s in summary.splitlines():
                s = s.strip()
                if len(s) >= 15 and (i := folded.find(s.translate(FOLD))) >= 0:
                    gold.add(core(art, i, i + len(s)))
        mine = [core(art, s.start, s.end) for s in split_sentences(art) if not s.boilerplate]
        mine_set, starts = set(mine), sorted({a for a, _ in mine})
        for g in sorted(gold):
            found += 1
            ok = g in mine_set
            cut = any(g[0] < x < g[1] for x in starts)
            exact += ok
            split += cut
            multi += bool(INNER_END.search(art[g[0]:g[1]]))
            if verbose and not ok:
                print(f"EASC {'split' if cut else 'miss '} {rec['article_name']}: {art[g[0]:g[1]][:100]!r}")
    return found, exact, split, multi


def gold_summaries(folders: list[Path], articles: Path, verbose: bool) -> tuple[int, int]:
    total = ok = 0
    for folder in folders:
        manifest = folder / "manifest.json"
        if not manifest.is_file():
            continue
        for m in json.loads(manifest.read_text(encoding="utf-8")):
            ann = folder / "ann" / f"{m['id']}.json"
            art_path = articles / m["file"]
            if not ann.is_file() or not art_path.is_file():
                continue
            art = art_path.read_text(encoding="utf-8")
            mine = {core(art, s.start, s.end) for s in split_sentences(art) if not s.boilerplate}
            for g in json.loads(ann.read_text(encoding="utf-8")).get("summary", []):
                i = art.find(g)
                if i < 0:
                    continue
                total += 1
                hit = core(art, i, i + len(g)) in mine
                ok += hit
                if verbose and not hit:
                    print(f"GOLD miss {m['id']}: {g[:100]!r}")
    return ok, total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(default_shared()))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    shared = Path(a.shared)
    easc_path = shared / "corpus" / "easc" / "easc.jsonl"
    if not easc_path.is_file():
        print(f"skipped: no EASC under {shared}")
        return 0
    found, exact, split, multi = easc(easc_path, a.verbose)
    print(f"EASC: {found} human sentences, exact {exact / found:.4f}, split {split / found:.4f}; "
          f"{multi} of them hold a sentence end themselves (ceiling exact {(found - multi) / found:.4f})")
    ok, total = gold_summaries([shared / "gold", Path("/work/gold-extra")], shared / "corpus" / "articles",
                               a.verbose)
    if total:
        print(f"gold summary sentences that are exactly one sentence: {ok}/{total}")
    print(f"RESULT exact={exact / found:.4f} split={split / found:.4f} gold_sentences={ok}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
