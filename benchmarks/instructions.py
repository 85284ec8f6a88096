#!/usr/bin/env python3
"""Machine instructions (valgrind's callgrind count) of prcli's work, per source tree: a measure
that a busy machine does not disturb, for judging a speed change of a few percent.

    python benchmarks/instructions.py SRC [SRC ...] [--lang ar] [--n 150] [--startup]

For each source tree (a ``src`` folder: a detached worktree of main, then the branch), one
process analyzes (``prcli.api.analyze``: summary, quotes and figures) the first ``--n`` records
of the language's corpus file, and another only imports the same modules; their difference is
the analysis, in instructions, printed with the change against the first tree. ``--startup``
counts instead a whole ``prcli stats --format json SEED`` run against ``python -c "import
typer"`` (issue 7's start-up measure). Counts are the same from run to run (the hash seed is
fixed), so one run per tree is enough. Each tree is byte-compiled first (no run compiles).
Needs ``valgrind``; skips cleanly without it or without the corpus. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import compileall
import glob
import re
import shutil
import subprocess
import sys
from pathlib import Path

from _common import ENV, shared_dir

FILES = {"ar": "bulk/ar_saudinewsnet5000.jsonl", "fr": "news/fr_press.jsonl", "en": "news/en_bbc40.jsonl"}
#: The work measured: read ``N`` records, import the analyses, analyze each record when ``RUN``.
SCRIPT = """
import json, sys
from itertools import islice
import prcli.api, prcli.figures.extract, prcli.quotations.extract, prcli.summarizer.select
with open(sys.argv[1], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in islice(fh, int(sys.argv[2]))]
if sys.argv[3] == "1":
    for text in texts:
        prcli.api.analyze(text)
"""


def instructions(cmd: list[str], src: str | None) -> int:
    """Instructions of one whole process (callgrind's total), output discarded."""
    env = {**ENV, "PYTHONHASHSEED": "0"}
    if src is not None:
        env["PYTHONPATH"] = str(Path(src).resolve())
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    m = re.search(r"Collected : (\d+)", proc.stderr)
    if m is None:
        sys.exit(f"instructions.py: no count from {' '.join(cmd)}: {proc.stderr[-500:]}")
    return int(m.group(1))


def analysis(src: str, path: Path, n: int) -> tuple[int, int]:
    """Instructions of analyzing ``n`` records, and of the same process without the analysis."""
    base = [sys.executable, "-c", SCRIPT, str(path), str(n)]
    return instructions([*base, "1"], src), instructions([*base, "0"], src)


def startup(src: str, seed: str) -> tuple[int, int]:
    """Instructions of ``prcli stats --format json SEED`` and of ``python -c "import typer"``."""
    return (instructions([sys.executable, "-m", "prcli", "stats", "--format", "json", seed], src),
            instructions([sys.executable, "-c", "import typer"], None))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("srcs", nargs="+", help="source trees (src folders); the first is the reference")
    ap.add_argument("--lang", choices=sorted(FILES), default="ar")
    ap.add_argument("--n", type=int, default=150, help="records analyzed (default 150)")
    ap.add_argument("--startup", action="store_true", help="count a whole `prcli stats` run instead")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind not found; skipped")
        return 0
    path = shared_dir() / "corpus" / FILES[args.lang]
    seeds = sorted(glob.glob(str(shared_dir() / "seeds" / "*.txt")))
    if (args.startup and not seeds) or (not args.startup and not path.exists()):
        print("instructions.py: no corpus or seed article; skipped")
        return 0
    first = None
    for src in args.srcs:
        compileall.compile_dir(src, quiet=1)
        if args.startup:
            prcli, typer = startup(src, seeds[0])
            work, label = prcli, f"prcli stats {prcli / 1e6:9.1f} M  import typer {typer / 1e6:7.1f} M  " \
                                 f"ratio {prcli / typer:.3f}"
        else:
            whole, imports = analysis(src, path, args.n)
            work = whole - imports
            label = f"analysis {work / 1e6:9.1f} M ({work / args.n / 1e6:.2f} M per record)  " \
                    f"imports {imports / 1e6:.1f} M"
        first = first or work
        print(f"{src}: {label}  ({100 * (work - first) / first:+.2f}% against the first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
