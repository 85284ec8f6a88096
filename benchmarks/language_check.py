#!/usr/bin/env python3
"""Language detection on the real articles: every file must get its language.

usage: python benchmarks/language_check.py [--shared ../shared] [--paragraphs]

Reads ``<shared>/corpus/articles/*.txt`` at run time (nothing is copied into the project) and
skips cleanly (exit 0) when the corpus is absent. The expected language comes from the file
name: ``bbc_*`` English, ``gj_fr_*`` French, everything else (seed, ahd_*, spa_*, snn_*)
Arabic. ``--paragraphs`` also prints the paragraphs whose own language differs from the
document's. The last line is machine-readable: ``RESULT correct=N total=M``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _common import shared_dir as default_shared

from prcli.text.language import detect_language, paragraph_languages


def expected(name: str) -> str:
    if name.startswith("bbc_"):
        return "en"
    if name.startswith("gj_fr_"):
        return "fr"
    return "ar"




def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(default_shared()))
    ap.add_argument("--paragraphs", action="store_true")
    a = ap.parse_args()
    folder = Path(a.shared) / "corpus" / "articles"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        print(f"skipped: no articles under {folder}")
        return 0
    correct = 0
    t0 = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        got, want = detect_language(text), expected(f.name)
        correct += got == want
        if got != want:
            print(f"WRONG {f.name}: {got} (expected {want})")
        if a.paragraphs:
            for p, lang in paragraph_languages(text, got):
                if lang != got:
                    print(f"  {f.name} paragraph {p.index}: {lang}")
    ms = (time.perf_counter() - t0) * 1000 / len(files)
    print(f"{correct}/{len(files)} correct, {ms:.2f} ms per file")
    print(f"RESULT correct={correct} total={len(files)}")
    return 0 if correct == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
