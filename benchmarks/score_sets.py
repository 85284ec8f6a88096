#!/usr/bin/env python3
"""Score the quotations of every stored gold set (or the named ones), one line per set and language.

    python benchmarks/score_sets.py [NAME ...] [--out FILE] [--keep DIR]

Why: a change to the quotation rules must not lower any set the team annotated, and the machine
is wiped between sessions, so the unpacked sets and the loop that scored them were lost each
time. This rebuilds each set from ``benchmarks/gold/`` and the shared corpus (``gold_store.py
unpack``, into a temporary folder unless ``--keep``), then runs the shared scorer
(``../shared/tools/score_gold.py --only quotes --split all --lang L``) for each language the set
holds. The scorer calls the installed ``prcli`` or ``$PRCLI`` (a wrapper script that runs another
source tree: ``PYTHONPATH=/path/src exec python3 -m prcli "$@"``). Output lines:
``SET LANG F1 SPEAKERS P R`` (compare two runs with ``diff`` or ``join``). Skips cleanly (exit 0)
when the shared folder is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ENV, shared_dir
from gold_store import STORE, unpack

_RESULT = re.compile(r"quotes P=([\d.]+) R=([\d.]+) F1=([\d.]+) speaker_acc=([\d.]+)")


def score(folder: Path, lang: str, scorer: Path) -> str:
    """The scorer's figures for one language of an unpacked set, as ``F1 SPEAKERS P R``."""
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(folder), "--texts", str(folder / "texts"),
         "--only", "quotes", "--split", "all", "--lang", lang],
        capture_output=True, text=True, env=ENV, check=False,
    )
    m = _RESULT.search(out.stdout)
    if m is None:
        return f"error: {(out.stderr or out.stdout).strip().splitlines()[-1:]}"
    p, r, f1, sp = m.groups()
    return f"{f1} {sp} {p} {r}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="stored sets (default: all in benchmarks/gold/)")
    ap.add_argument("--out", type=Path, help="also write the lines to this file")
    ap.add_argument("--keep", type=Path, help="unpack into DIR/NAME and keep it (default: a temporary one)")
    args = ap.parse_args()
    shared = shared_dir()
    scorer = shared / "tools" / "score_gold.py"
    if not scorer.exists():
        print(f"skipped: no scorer at {scorer}")
        return 0
    names = args.names or sorted(p.stem for p in STORE.glob("*.json"))
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for name in names:
            folder = base / name
            if not (folder / "manifest.json").exists() and unpack(name, folder) != 0:
                lines.append(f"{name} - error: could not unpack")
                continue
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            langs = sorted({m["lang"] for m in manifest})
            for lang in langs:
                lines.append(f"{name} {lang} {score(folder, lang, scorer)}")
                print(lines[-1], flush=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if any("error" in line for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
