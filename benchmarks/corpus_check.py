#!/usr/bin/env python3
"""Every command in every format on every real article: exit 0, JSON parses, offsets exact,
piped output free of presentation forms and escapes.

usage: python benchmarks/corpus_check.py [--shared ../shared] [--prcli prcli]

Reads ../shared/corpus/articles (and ../shared/seeds) at run time; skips cleanly when absent.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

FORMATS = ["text", "json", "jsonl", "tsv", "csv", "md", "rich"]
COMMANDS = ["summarize", "quotes", "stats", "analyze"]
BAD = re.compile("[\ufb50-\ufdff\ufe70-\ufefc\x1b\x9b]")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--prcli", default="prcli")
    a = ap.parse_args()
    shared = Path(a.shared)
    files = sorted((shared / "corpus" / "articles").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    if not files:
        print(f"skipped: no articles under {shared}")
        return 0
    base = shlex.split(a.prcli)
    problems = 0
    for cmd in COMMANDS:
        for fmt in FORMATS:
            args = [*base, cmd, "--format", fmt, *(["--all"] if cmd in ("quotes", "analyze") else []),
                    *map(str, files)]
            p = subprocess.run(args, capture_output=True, text=True)
            if p.returncode != 0:
                problems += 1
                print(f"FAIL {cmd} {fmt}: exit {p.returncode}: {p.stderr.strip()[:300]}")
                continue
            if BAD.search(p.stdout):
                problems += 1
                print(f"FAIL {cmd} {fmt}: presentation forms or escapes in piped output")
            if fmt == "json":
                docs = json.loads(p.stdout)
                for doc, f in zip(docs, files, strict=True):
                    text = f.read_text(encoding="utf-8-sig")
                    for sec in ("summary", "quotes", "stats"):
                        for item in doc.get(sec, []):
                            if text[item["start"]:item["end"]] != item["text"]:
                                problems += 1
                                print(f"FAIL offsets {f.name} {sec}: {item['text'][:40]!r}")
    print(f"{len(files)} files x {len(COMMANDS)} commands x {len(FORMATS)} formats: {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
