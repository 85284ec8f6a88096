#!/usr/bin/env python3
"""Byte-identical output check for speed work: dump ``prcli analyze --format json`` (quotes, stats
and summary; once as is, once with ``--all``), ``prcli stats --format json`` and ``prcli summarize
--format json`` (with ``--explain``, whose scores show any change of a float, and with ``--words
60``, the other budget) of corpus records with one source tree, again with another, and compare
the dumps byte for byte.

    python benchmarks/same_output.py dump BASE_SRC /tmp/base      # e.g. a worktree of main, its src/
    python benchmarks/same_output.py dump src /tmp/new
    python benchmarks/same_output.py compare /tmp/base /tmp/new   # exit 1 on any difference

Records: every Arabic news record and the first ``--bulk N`` (default 1000) of the 5,000-article
archive, every French and every English record, read from the shared corpus at run time.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

from _common import ENV, shared_dir

SOURCES = {
    "ar": ["news/ar_ahdath.jsonl", "news/ar_spa.jsonl", "news/ar_saudinewsnet200.jsonl"],
    "fr": ["news/fr_press.jsonl"],
    "en": ["news/en_bbc40.jsonl"],
}
#: Each dump: the command and its options (``analyze`` as is and with ``--all``; ``stats``; two
#: ``summarize`` budgets, scores and reasons shown).
VARIANTS = {"plain": ["analyze"], "all": ["analyze", "--all"], "stats": ["stats"],
            "summary": ["summarize", "--explain"],
            "summary_words": ["summarize", "--words", "60", "--explain"]}


def records(lang: str, bulk: int) -> list[str]:
    corpus = shared_dir() / "corpus"
    lines: list[str] = []
    for rel in SOURCES[lang]:
        lines += (corpus / rel).read_text(encoding="utf-8").split("\n")
    if lang == "ar" and bulk:
        with (corpus / "bulk" / "ar_saudinewsnet5000.jsonl").open(encoding="utf-8") as fh:
            lines += [line.rstrip("\n") for line in islice(fh, bulk)]
    return [line for line in lines if line.strip()]


def dump(src: str, out_dir: Path, bulk: int) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**ENV, "PYTHONPATH": str(Path(src).resolve())}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in SOURCES:
            inp = Path(tmp) / f"{lang}.jsonl"
            recs = records(lang, bulk)
            inp.write_text("\n".join(recs) + "\n", encoding="utf-8")
            for name, extra in VARIANTS.items():
                out = out_dir / f"{lang}_{name}.json"
                cmd = [sys.executable, "-m", "prcli", *extra, "--format", "json",
                       "--input-format", "jsonl", str(inp)]
                with out.open("wb") as fh:
                    rc = subprocess.run(cmd, stdout=fh, env=env).returncode
                print(f"{lang} {name}: {len(recs)} records -> {out} (exit {rc})")


def compare(a: Path, b: Path) -> int:
    differ = 0
    for lang in SOURCES:
        for name in VARIANTS:
            fa, fb = a / f"{lang}_{name}.json", b / f"{lang}_{name}.json"
            if not (fa.exists() and fb.exists()):
                differ += 1
                print(f"{lang} {name}: MISSING ({fa if not fa.exists() else fb}: dump both trees again)")
                continue
            da, db = fa.read_bytes(), fb.read_bytes()
            if da == db:
                print(f"{lang} {name}: identical ({len(da)} bytes)")
                continue
            differ += 1
            ra, rb = json.loads(da), json.loads(db)
            bad = [x["source"] for x, y in zip(ra, rb, strict=False) if x != y]
            print(f"{lang} {name}: DIFFERENT ({len(ra)} vs {len(rb)} records; {len(bad)} differ: {bad[:10]})")
            for x, y in zip(ra, rb, strict=False):
                if x != y:
                    lines = difflib.unified_diff(json.dumps(x, ensure_ascii=False, indent=1).splitlines(),
                                                 json.dumps(y, ensure_ascii=False, indent=1).splitlines(),
                                                 lineterm="", n=2)
                    print("\n".join(list(lines)[:40]))
                    break
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("src", help="the package's source folder (put first on PYTHONPATH)")
    d.add_argument("out", type=Path)
    d.add_argument("--bulk", type=int, default=1000, help="records of the bulk archive (default 1000)")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "compare":
        return compare(args.a, args.b)  # (reads the two dumps only: no corpus needed)
    if not (shared_dir() / "corpus").is_dir():
        print(f"same_output.py: no corpus under {shared_dir()}; skipped")
        return 0
    dump(args.src, args.out, args.bulk)
    return 0


if __name__ == "__main__":
    sys.exit(main())
