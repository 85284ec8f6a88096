"""Lines of the project that share 8 consecutive words with the shared corpus.

Why: examples, tests and comments are written for this project; the real articles are only
read at run time by measuring scripts. This finds any sentence copied from them (tests rows,
docstring examples, data-file comments). Exit status 1 when something is found; skips cleanly
(exit 0) when the corpus is absent.

    python benchmarks/corpus_copy_check.py [--words 8]
"""

from __future__ import annotations

import argparse
import gzip
import re
import signal
import sys
from pathlib import Path

from _common import shared_dir

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("tests", "src", "examples", "benchmarks", "README.md")
SUFFIXES = (".py", ".txt", ".tsv", ".md", ".json", ".jsonl")
_WORD = re.compile(r"[\w\u0600-\u06ff%]+")


def words(s: str) -> list[str]:
    """Lower-case word runs (Arabic letters included); apostrophes unified."""
    return _WORD.findall(s.replace("’", "'").lower())


def corpus_grams(corpus: Path, n: int) -> set[int]:
    """Hashes of every run of ``n`` words in the corpus files."""
    grams: set[int] = set()
    for p in corpus.rglob("*"):
        if not p.is_file():
            continue
        if p.suffix == ".gz":
            with gzip.open(p, "rt", encoding="utf-8", errors="ignore") as f:
                raw = f.read()
        else:
            raw = p.read_text(encoding="utf-8", errors="ignore")
        if "\\u06" in raw[:100_000]:  # JSON with escaped Arabic
            raw = raw.encode().decode("unicode_escape", errors="ignore")
        ws = words(raw)
        grams.update(hash(tuple(ws[i:i + n])) for i in range(len(ws) - n + 1))
    return grams


def project_files() -> list[Path]:
    """The project's text files (no virtual environments)."""
    out: list[Path] = []
    for part in PARTS:
        base = ROOT / part
        found = sorted(base.rglob("*")) if base.is_dir() else [base]
        out += [p for p in found if p.is_file() and p.suffix in SUFFIXES and ".venv" not in p.parts]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=8, help="run length that counts as a copy")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    corpus = shared_dir() / "corpus"
    if not corpus.is_dir():
        print(f"skipped: no corpus at {corpus}")
        return 0
    grams = corpus_grams(corpus, args.words)
    hits = 0
    for path in project_files():
        for ln, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            ws = words(line)
            for i in range(len(ws) - args.words + 1):
                if hash(tuple(ws[i:i + args.words])) in grams:
                    print(f"{path.relative_to(ROOT)}:{ln}: {' '.join(ws[i:i + args.words])}")
                    hits += 1
                    break
    print(f"{hits} line(s) share {args.words} consecutive words with the corpus", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
