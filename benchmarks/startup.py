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
import compileall
import glob
import importlib.util
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import ENV, prcli_command, shared_dir, take_priority

HERE = Path(__file__).resolve().parent




SEEDS = shared_dir() / "seeds"
GOAL = 1.25




def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one whole process, output discarded.

    CPU time is printed too because it is far less disturbed by other load on the machine.
    A failing command stops the benchmark.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"startup.py: {shlex.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def compile_prcli() -> None:
    """Byte-compile prcli like ``pip install`` does, so no run pays for compiling the source
    (an editable install under PYTHONDONTWRITEBYTECODE=1 would compile on every run)."""
    spec = importlib.util.find_spec("prcli")
    if spec and spec.submodule_search_locations:
        for where in spec.submodule_search_locations:
            compileall.compile_dir(where, quiet=1)




def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="articles (default: the seed articles)")
    ap.add_argument("--runs", type=int, default=31, help="runs of each command (default 31)")
    ap.add_argument("--priority", action="store_true",
                    help="own session at the highest scheduling priority (a machine shared with others)")
    args = ap.parse_args()
    if args.priority:
        take_priority()
    files = args.files or sorted(glob.glob(str(SEEDS / "*.txt")))
    if not files:
        print(f"startup.py: no seed articles in {SEEDS}; skipped")
        return 0
    base = [sys.executable, "-c", "import typer"]
    prcli = prcli_command()
    compile_prcli()
    print(f"python: {sys.executable}  prcli: {shlex.join(prcli)}  runs: {args.runs} alternating")
    worst = 0.0
    for f in files:
        cmd = [*prcli, "stats", "--format", "json", f]
        timed(base), timed(cmd)  # warm the file cache and the bytecode cache
        a: list[tuple[float, float]] = []
        b: list[tuple[float, float]] = []
        for _ in range(args.runs):
            a.append(timed(base))
            b.append(timed(cmd))
        wa, wb = (statistics.median(t[0] for t in x) for x in (a, b))
        ca, cb = (statistics.median(t[1] for t in x) for x in (a, b))
        ratio = wb / wa
        worst = max(worst, ratio)
        # The machine's speed drifts between regimes (runs of the same command 62 ms or 85 ms): each
        # prcli run against the typer run just before it is steadier than the ratio of two medians.
        paired = statistics.median(y[0] / x[0] for x, y in zip(a, b, strict=True))
        fastest = min(t[0] for t in b) / min(t[0] for t in a)
        print(f"{Path(f).name}:\n"
              f"  python -c 'import typer'      wall {wa * 1000:6.1f} ms  cpu {ca * 1000:6.1f} ms\n"
              f"  prcli stats --format json FILE wall {wb * 1000:6.1f} ms  cpu {cb * 1000:6.1f} ms\n"
              f"  ratio (median wall) {ratio:.2f}  (median cpu {cb / ca:.2f}); goal <= {GOAL}\n"
              f"  for noise: median of paired ratios {paired:.2f}, "
              f"fastest run against fastest run {fastest:.2f}")
    print(f"worst wall ratio {worst:.2f}: {'goal reached' if worst <= GOAL else 'goal NOT reached'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
