"""One very large article: time, peak memory, and how the cost grows with the size.

Issue 7 goals: a single 10 MB article (real articles concatenated, built here at run time from
the corpus and never stored) analyzed in <= 20 s with peak memory <= 1 GiB, and 10x the input
costing at most 12x the time (no quadratic step anywhere).

    python benchmarks/bigdoc.py [--mb 10] [--small-mb 1] [--command analyze] [--profile]

Each size is a whole ``prcli COMMAND --format json FILE`` process; peak memory is its maximum
resident set size. ``--profile`` also profiles the analysis of the small size in this process
and prints where the time goes, per prcli module. Skips cleanly when the corpus is absent.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
from pathlib import Path

from _common import bulk_archive, measure, prcli_command, real_arabic_article, take_priority

HERE = Path(__file__).resolve().parent
GOAL_SECONDS, GOAL_MIB, GOAL_GROWTH = 20.0, 1024, 12.0




BULK = bulk_archive()




def profile(text: str) -> None:
    import cProfile
    import pstats

    from prcli.api import analyze

    prof = cProfile.Profile()
    prof.enable()
    analyze(text)
    prof.disable()
    per_module: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in pstats.Stats(prof).stats.items():  # type: ignore[attr-defined]
        key = ("prcli/" + filename.split("/prcli/", 1)[1] if "/prcli/" in filename
               else "builtins (re, str methods, ...)" if filename[:1] in "~<" else "other libraries")
        per_module[key] = per_module.get(key, 0.0) + tottime
    total = sum(per_module.values()) or 1.0
    print("  profile (own time per module, cProfile):")
    for key, t in sorted(per_module.items(), key=lambda kv: -kv[1])[:10]:
        print(f"    {t:7.2f} s {100 * t / total:5.1f}%  {key}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(r"prcli", 15)




def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the big article in MB (default 10)")
    ap.add_argument("--small-mb", type=float, default=None, help="the 10x smaller size (default mb/10)")
    ap.add_argument("--command", default="analyze", choices=["analyze", "summarize", "quotes", "stats"])
    ap.add_argument("--profile", action="store_true", help="profile the small size in this process")
    ap.add_argument("--priority", action="store_true",
                    help="own session at the highest scheduling priority (a machine shared with others)")
    args = ap.parse_args()
    if args.priority:
        take_priority()
    if not BULK.exists():
        print(f"bigdoc.py: {BULK} not found (corpus absent); skipped")
        return 0
    small_mb = args.small_mb or args.mb / 10
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
          f"prcli: {shlex.join(prcli_command())} {args.command} --format json FILE")
    results: dict[float, float] = {}
    cpus: dict[float, float] = {}
    peak = 0
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (small_mb, args.mb):
            text = real_arabic_article(int(mb * 1_000_000))
            f = Path(tmp) / f"article_{mb:g}MB.txt"
            f.write_text(text, encoding="utf-8")
            out = os.path.join(tmp, "out.json")
            cmd = [*prcli_command(), args.command, "--format", "json", str(f)]
            wall, cpu, rss, rc = measure(cmd, out)
            results[mb] = wall
            cpus[mb] = cpu
            peak = max(peak, rss)
            size = f.stat().st_size
            print(f"  {size / 1e6:6.2f} MB ({len(text):,} characters): {wall:7.2f} s wall, {cpu:7.2f} s CPU, "
                  f"peak RSS {rss} MiB, exit {rc}, output {os.path.getsize(out) / 1e6:.1f} MB")
            if mb == small_mb and args.profile:
                profile(text)
    big, small = results[args.mb], results[small_mb]
    growth, cpu_growth = big / small, cpus[args.mb] / cpus[small_mb]
    verdict = "reached" if big <= GOAL_SECONDS else "NOT reached"
    cpu_big = cpus[args.mb]
    print(f"  {args.mb:g} MB within {GOAL_SECONDS:.0f} s: {verdict} by wall time ({big:.1f} s); "
          f"{'reached' if cpu_big <= GOAL_SECONDS else 'NOT reached'} by CPU time ({cpu_big:.1f} s)")
    print(f"  {args.mb / small_mb:g}x the input cost {growth:.1f}x the wall time, "
          f"{cpu_growth:.1f}x the CPU time (goal <= {GOAL_GROWTH:g}x): "
          f"{'reached' if cpu_growth <= GOAL_GROWTH else 'NOT reached'} by CPU")
    verdict = "reached" if peak <= GOAL_MIB else "NOT reached"
    print(f"  peak memory {peak} MiB (goal <= {GOAL_MIB} MiB): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
