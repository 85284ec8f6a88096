"""Throughput on a JSON Lines archive, with --jobs 1 and --jobs 2, side by side with sumy.

Issue 7 goals, measured on the bulk archive of real articles (read at run time, never shipped):
    prcli analyze --format jsonl --input-format jsonl ../shared/corpus/bulk/ar_saudinewsnet5000.jsonl
>= 200 articles/s with ``--jobs 1``, and ``--jobs 2`` at least 1.5x faster than ``--jobs 1``.

    python benchmarks/throughput.py [--limit N] [--jobs 1,2] [--sumy-limit 200] [--profile N]

Each prcli run is a whole process (start-up included); the output is kept and checked: one line
per record, identical for every --jobs. CPU seconds (user + system, workers included) are printed
next to wall-clock seconds because a loaded machine disturbs wall-clock time far more.
``--profile N`` also profiles the analysis of N articles in this process and prints where the
time goes, per prcli module. sumy (LexRank, Arabic) runs in this process if it is importable;
its command line, if installed, is timed on one article next to ``prcli summarize``.
Skips cleanly when the corpus is absent. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from _common import bulk_archive, measure, prcli_command, take_priority

HERE = Path(__file__).resolve().parent
GOAL_RATE, GOAL_SPEEDUP = 200.0, 1.5




BULK = bulk_archive()




def texts(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in islice(fh, limit)]


def bench_prcli(archive: Path, n: int, jobs_list: list[int]) -> dict[int, float]:
    rates: dict[int, float] = {}
    outputs: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in jobs_list:
            cmd = [*prcli_command(), "analyze", "--format", "jsonl", "--input-format", "jsonl",
                   "--jobs", str(jobs), str(archive)]
            out = os.path.join(tmp, f"out{jobs}.jsonl")
            wall, cpu, rss, rc = measure(cmd, out)
            outputs[jobs] = Path(out).read_bytes()
            lines = outputs[jobs].count(b"\n")
            rates[jobs] = n / wall
            print(f"  prcli --jobs {jobs}: {n} articles in {wall:6.2f} s wall = {n / wall:7.1f} articles/s "
                  f"(cpu {cpu:6.2f} s, peak RSS {rss} MiB, exit {rc}, {lines} output lines)")
    first = outputs[jobs_list[0]]
    same = all(o == first for o in outputs.values())
    print(f"  output identical for every --jobs: {'yes' if same else 'NO'}")
    return rates


def bench_sumy(articles: list[str]) -> None:
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        print("  sumy: not importable here; skipped (pip install sumy pyarabic to compare)")
        return
    try:
        tok = Tokenizer("arabic")
        summ = LexRankSummarizer(Stemmer("arabic"))
        summ.stop_words = get_stop_words("arabic")
        t0 = time.perf_counter()
        for text in articles:
            summ(PlaintextParser.from_string(text, tok).document, 3)
        wall = time.perf_counter() - t0
    except Exception as e:  # a peer that cannot run here is reported, not fatal
        print(f"  sumy: failed ({type(e).__name__}: {e}); skipped")
        return
    print(f"  sumy LexRank (summary only, in one process): {len(articles)} articles in {wall:6.2f} s "
          f"= {len(articles) / wall:7.1f} articles/s")


def bench_one_article_cli(article: str) -> None:
    """A whole process per article, as the issue quotes the peers (sumy's CLI ~1.3 s)."""
    sumy = shutil.which("sumy") or str(Path(sys.executable).with_name("sumy"))
    with tempfile.TemporaryDirectory() as tmp:
        f = os.path.join(tmp, "article.txt")
        Path(f).write_text(article, encoding="utf-8")
        cmds = {"prcli summarize": [*prcli_command(), "summarize", "--format", "text", f]}
        if Path(sumy).exists():
            cmds["sumy lex-rank (CLI)"] = [sumy, "lex-rank", "--language=arabic", "--length=3", f"--file={f}"]
        for name, cmd in cmds.items():
            runs = []
            for _ in range(3):
                wall, _cpu, _, rc = measure(cmd, os.devnull)
                runs.append(wall)
            print(f"  one article, whole process: {name:22s} {min(runs):6.3f} s (best of 3, exit {rc})")


def profile(articles: list[str]) -> None:
    """Where analysis time goes, per prcli module (own time, cProfile)."""
    import cProfile
    import pstats

    from prcli.api import analyze

    analyze(articles[0])  # load word lists first: steady state is what matters for throughput
    prof = cProfile.Profile()
    prof.enable()
    for text in articles:
        analyze(text)
    prof.disable()
    per_module: dict[str, float] = {}
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, _, tottime, _, _) in stats.items():
        if "/prcli/" in filename:
            key = "prcli/" + filename.split("/prcli/", 1)[1]
        elif filename.startswith("~") or filename.startswith("<"):
            key = "builtins (re, str methods, ...)"
        else:
            key = "other Python libraries"
        per_module[key] = per_module.get(key, 0.0) + tottime
    total = sum(per_module.values())
    print(f"  profile of api.analyze over {len(articles)} articles (own time per module, cProfile):")
    for key, t in sorted(per_module.items(), key=lambda kv: -kv[1])[:12]:
        print(f"    {t:7.2f} s {100 * t / total:5.1f}%  {key}")
    print("  top functions by cumulative time:")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(r"prcli", 12)




def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=BULK)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--sumy-limit", type=int, default=200, help="articles for sumy (default 200; 0: skip)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile N articles in-process")
    ap.add_argument("--priority", action="store_true",
                    help="own session at the highest scheduling priority (a machine shared with others)")
    args = ap.parse_args()
    if args.priority:
        take_priority()
    if not args.archive.exists():
        print(f"throughput.py: {args.archive} not found (corpus absent); skipped")
        return 0
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
          f"prcli: {shlex.join(prcli_command())}")
    with tempfile.TemporaryDirectory() as tmp:
        archive = args.archive
        if args.limit:
            archive = Path(tmp) / "part.jsonl"
            with args.archive.open("rb") as src, archive.open("wb") as dst:
                dst.writelines(islice(src, args.limit))
        with archive.open("rb") as fh:
            n = sum(1 for line in fh if line.strip())
        print(f"archive: {args.archive.name} ({n} records)")
        rates = bench_prcli(archive, n, jobs_list)
    if 1 in rates:
        print(f"  goal jobs 1 >= {GOAL_RATE:.0f}/s: {'reached' if rates[1] >= GOAL_RATE else 'NOT reached'}")
    if 1 in rates and 2 in rates:
        sp = rates[2] / rates[1]
        print(f"  jobs 2 / jobs 1 = {sp:.2f}x (goal >= {GOAL_SPEEDUP}): "
              f"{'reached' if sp >= GOAL_SPEEDUP else 'NOT reached'}")
    if args.sumy_limit or args.profile:
        articles = texts(args.archive, max(args.sumy_limit, args.profile))
        if args.sumy_limit:
            bench_sumy(articles[: args.sumy_limit])
            bench_one_article_cli(articles[0])
        if args.profile:
            profile(articles[: args.profile])
    return 0


if __name__ == "__main__":
    sys.exit(main())
