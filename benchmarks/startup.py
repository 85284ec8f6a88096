"""Start-up cost of a whole prcli process, compared with ``python -c "import typer"``.

Issue 7 goal: ``prcli stats --format json FILE`` on the seed article, as a whole process, within
1.25x the time of ``python -c "import typer"`` on the same machine, median of alternating runs.
Runs alternate (typer, prcli, typer, prcli, ...) so that machine noise hits both sides alike.

    python benchmarks/startup.py [--runs 31] [FILE ...]

``$PRCLI`` chooses the prcli command (default: the ``prcli`` script next to this Python, else
``python -m prcli``). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import glob
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def shared_dir() -> Path:
    """``$PRCLI_SHARED``, else the nearest ``shared`` folder beside the checkout or above it."""
    if os.environ.get("PRCLI_SHARED"):
        return Path(os.environ["PRCLI_SHARED"])
    for up in HERE.parents:
        if (up / "shared").is_dir():
            return up / "shared"
    return HERE.parent.parent / "shared"


SEEDS = shared_dir() / "seeds"
GOAL = 1.25


def prcli_command() -> list[str]:
    """The prcli command as a user runs it."""
    if os.environ.get("PRCLI"):
        return shlex.split(os.environ["PRCLI"])
    script = Path(sys.executable).with_name("prcli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "prcli"]


def wall(cmd: list[str]) -> float:
    """Seconds for one whole process, output discarded; a failure stops the benchmark."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"startup.py: {shlex.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="articles (default: the seed articles)")
    ap.add_argument("--runs", type=int, default=31, help="runs of each command (default 31)")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(str(SEEDS / "*.txt")))
    if not files:
        print(f"startup.py: no seed articles in {SEEDS}; skipped")
        return 0
    base = [sys.executable, "-c", "import typer"]
    prcli = prcli_command()
    print(f"python: {sys.executable}  prcli: {shlex.join(prcli)}")
    worst = 0.0
    for f in files:
        cmd = [*prcli, "stats", "--format", "json", f]
        wall(base), wall(cmd)  # warm the file cache and the bytecode cache
        a: list[float] = []
        b: list[float] = []
        for _ in range(args.runs):
            a.append(wall(base))
            b.append(wall(cmd))
        ma, mb = statistics.median(a), statistics.median(b)
        ratio = mb / ma
        worst = max(worst, ratio)
        print(f"{Path(f).name}: import typer {ma * 1000:.1f} ms, prcli stats --format json "
              f"{mb * 1000:.1f} ms, ratio {ratio:.2f} (goal <= {GOAL})")
    print(f"worst ratio {worst:.2f}: {'goal reached' if worst <= GOAL else 'goal NOT reached'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
