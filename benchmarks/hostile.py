"""Hostile and degenerate input at a fixed size: seconds per MB, per command.

Issue 8 goal: every input ends "well under a few seconds per MB". This script generates the
hostile inputs of issue 8 (and of tests/test_hostile_inputs.py) at run time, each repeated up to
the same size (1 MB by default; a few also at 10 MB with ``--big``), runs
``prcli COMMAND --format json --all FILE`` on each as a whole process and prints CPU seconds per
MB (user + system of the child, the figure to trust on a shared machine) and wall seconds per MB.
Real text is measured the same way for comparison (Arabic from the corpus, when present).

    python benchmarks/hostile.py [--mb 1] [--commands analyze,stats] [--only NAME ...] [--big] [--runs 3]
    python benchmarks/hostile.py --profile one-dot-repeated   # where the time goes, in-process

Nothing generated is stored. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import ENV, bulk_archive, prcli_command, real_arabic_article, shared_dir, take_priority

GOAL_S_PER_MB = 2.0
AR = "وقال الوزير إن “المغرب شريك أساسي” في هذا المجال، مضيفا أن 1724 جنديا يشاركون. "
BULK = bulk_archive()
ARTICLES = shared_dir() / "corpus" / "articles"


def _repeat(unit: bytes, size: int) -> bytes:
    """``unit`` repeated until ``size`` bytes (cut on a whole unit, so UTF-8 stays valid)."""
    return unit * max(1, size // len(unit))


def _random_binary(size: int) -> bytes:
    return random.Random(8).randbytes(size)


def _comma_digits(size: int) -> bytes:
    rng = random.Random(300)
    return ",".join(str(rng.randrange(10)) for _ in range(size // 2)).encode()


def _nested(size: int) -> bytes:
    depth = 10_000
    unit = ("“" * depth + "نص" + "”" * depth + "\n\n").encode()
    return _repeat(unit, size)


def _invalid_utf8(size: int) -> bytes:
    return _repeat(AR.encode() * 20 + b"\xff\xfe\xed\xa0\x80", size)


def _real(lang: str) -> Callable[[int], bytes] | None:
    """Real articles of one language concatenated as paragraphs (None when the corpus is absent)."""
    if lang == "ar":
        if not BULK.exists():
            return None

        def build_ar(size: int) -> bytes:
            return real_arabic_article(size).encode()
        return build_ar
    prefix = {"en": "bbc_", "fr": "gj_"}[lang]  # the corpus articles by source: BBC (en), Le Journal (fr)
    files = sorted(ARTICLES.glob(f"{prefix}*.txt")) if ARTICLES.is_dir() else []
    if not files:
        return None

    def build(size: int) -> bytes:
        blob = b"\n\n".join(f.read_bytes().strip() for f in files) + b"\n\n"
        return _repeat(blob, size)
    return build


def cases() -> dict[str, Callable[[int], bytes]]:
    """Every hostile kind as a function of the wanted size in bytes."""
    c: dict[str, Callable[[int], bytes]] = {
        "whitespace": lambda n: _repeat(b" \n\t \r\n", n),
        "giant-line-no-punct": lambda n: _repeat("كلمة ".encode(), n),
        "one-huge-word": lambda n: _repeat("ب".encode(), n),
        "one-huge-latin-word": lambda n: _repeat(b"a", n),
        "quote-storm": lambda n: _repeat("“«\"".encode(), n),
        "unclosed-guillemets": lambda n: _repeat("« Il a dit ".encode(), n),
        "unclosed-ar-quotes": lambda n: _repeat("قال “ ".encode(), n),
        "closers-only": lambda n: _repeat("» ” ".encode(), n),
        "quoted-word-per-line": lambda n: _repeat("«نعم»\n".encode(), n),
        "nested-quotes": _nested,
        "only-punctuation": lambda n: _repeat("!?.،؛…".encode(), n),
        "random-binary": _random_binary,
        "nul-inside-text": lambda n: _repeat(AR.encode().replace(b" ", b"\x00", 3), n),
        "utf16-no-bom": lambda n: _repeat(AR.encode("utf-16-le"), n),
        "invalid-utf8-in-arabic": _invalid_utf8,
        "bidi-and-zero-width-flood": lambda n: _repeat("\u202e\u2066\u200b\u200f\u0640".encode(), n),
        "ansi-osc-markup-in-quotes": lambda n: _repeat(
            ("قال: “\x1b]0;pwned\x07\x1b[2J\x1b[?1049h[bold red]x[/]\u202e” " + AR).encode(), n),
        "hundred-thousand-digits": lambda n: _repeat(("بلغ العدد " + "7" * 100_000 + " شخصا.\n").encode(), n),
        "huge-floats": lambda n: _repeat(b"The value reached 1e309 and 9.9e9999 units. ", n),
        "nines-then-billion": lambda n: _repeat(("9" * 400 + " مليار درهم. ").encode(), n),
        "comma-digits": _comma_digits,
        "one-dot-repeated": lambda n: _repeat(b"1. ", n),
        "dal-dot-repeated": lambda n: _repeat("د. ".encode(), n),
        "arabic-comma-repeated": lambda n: _repeat("، ".encode(), n),
        "numbers-only": lambda n: _repeat(b"12 ", n),
        "number-column": lambda n: _repeat(b"120\n85\n97\n", n),
        "ar-table-rows": lambda n: _repeat(
            ("وبلغ عدد الزوار حسب الأشهر: " + " ".join(str(100 + 7 * k) for k in range(12)) + "\n")
            .encode(), n),
        "html": lambda n: _repeat(
            ("<html><body><p>" + AR + "</p><script>alert('x')</script></body></html>").encode(), n),
        "cr-only": lambda n: _repeat(AR.replace(". ", ".\r").encode(), n),
        "mixed-scripts": lambda n: _repeat(("שלום עולם 你好世界 🎉🔥 " + AR).encode(), n),
        "one-sentence-repeated": lambda n: _repeat(AR.encode(), n),
    }
    for lang in ("ar", "en", "fr"):
        real = _real(lang)
        if real is not None:
            c[f"real-{lang}"] = real
    return c


#: The kinds also measured at 10 MB with ``--big`` (the worst ones, and real text).
BIG = ["one-dot-repeated", "unclosed-guillemets", "numbers-only", "real-ar"]


def run_one(command: str, path: Path, timeout: float,
            prcli: list[str] | None = None) -> tuple[float, float, int, int, str]:
    """CPU seconds, wall seconds, peak RSS MiB, exit code and last stderr line of one process
    (killed after ``timeout`` wall seconds: exit code -9 and "TIMEOUT")."""
    every = ["--all"] if command in ("analyze", "quotes") else []  # (stats has no non-speech spans to add)
    cmd = [*(prcli or prcli_command()), command, "--format", "json", *every, str(path)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=ENV, stdin=subprocess.DEVNULL)
        killed = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if not killed and time.perf_counter() - t0 > timeout:
                proc.kill()
                killed = True
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        wall = time.perf_counter() - t0
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    rc = proc.returncode
    last = "TIMEOUT" if killed else (lines[-1] if lines else "")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024, rc, last


def profile(data: bytes, command: str) -> None:
    """cProfile of one analysis in this process (decoding as the command would)."""
    import cProfile
    import pstats

    from prcli import api
    from prcli.inputs.decode import decode_bytes

    text = decode_bytes(data)
    fn = {"analyze": api.analyze, "summarize": api.summarize, "quotes": api.quotes,
          "stats": api.stats}[command]
    prof = cProfile.Profile()
    prof.enable()
    fn(text)  # type: ignore[operator]
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of every input in MB (default 1)")
    ap.add_argument("--commands", default="analyze", help="comma-separated (default analyze)")
    ap.add_argument("--only", nargs="*", default=None, help="only these kinds")
    ap.add_argument("--big", action="store_true", help=f"also {', '.join(BIG)} at 10x the size")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="kill a run after this many wall seconds per MB (default 30)")
    ap.add_argument("--baseline", metavar="PRCLI",
                    help="another prcli command (e.g. an older checkout's) run on each case right after "
                         "this one, for a before/after table measured under the same load")
    ap.add_argument("--runs", type=int, default=1,
                    help="run each case N times and keep the least CPU (steadier on a busy machine)")
    ap.add_argument("--profile", metavar="KIND", help="profile one kind in this process and stop")
    ap.add_argument("--priority", action="store_true", help="own session at the highest priority")
    args = ap.parse_args()
    if args.priority:
        take_priority()
    every = cases()
    size = int(args.mb * 1_000_000)
    commands = args.commands.split(",")
    unknown = [n for n in (args.only or []) + ([args.profile] if args.profile else []) if n not in every]
    if unknown:
        # the real-article inputs exist only when the shared corpus is found
        print(f"hostile.py: no input {', '.join(unknown)} here (real-* inputs need the shared corpus: "
              f"set PRCLI_SHARED); inputs: {', '.join(every)}", file=sys.stderr)
        return 2
    if args.profile:
        profile(every[args.profile](size), commands[0])
        return 0
    names = args.only or list(every)
    plan = [(n, size) for n in names]
    if args.big:
        plan += [(n, size * 10) for n in BIG if n in every and n in names]
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
          f"prcli: {' '.join(prcli_command())} COMMAND --format json --all FILE")
    print(f"{'input':28} {'MB':>6} {'command':9} {'CPU s/MB':>9} {'wall s/MB':>9} {'RSS MiB':>8} exit")
    worst = (0.0, "")
    timeouts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, n in plan:
            data = every[name](n)
            f = Path(tmp) / f"{name}.txt"
            f.write_bytes(data)
            mb = len(data) / 1e6
            for command in commands:
                runs = [run_one(command, f, args.timeout * n / 1e6) for _ in range(max(1, args.runs))]
                cpu, wall, rss, rc, last = min(runs)
                note = "" if rc == 0 else f"  ({last[:60]})"
                print(f"{name:28} {mb:6.2f} {command:9} {cpu / mb:9.2f} {wall / mb:9.2f} {rss:8d} {rc}{note}",
                      flush=True)
                if args.baseline:
                    b = min(run_one(command, f, args.timeout * n / 1e6, shlex.split(args.baseline))
                            for _ in range(max(1, args.runs)))
                    flag = "  (TIMEOUT)" if b[4] == "TIMEOUT" else ""
                    print(f"{'  baseline':28} {mb:6.2f} {command:9} {b[0] / mb:9.2f} {b[1] / mb:9.2f} "
                          f"{b[2]:8d} {b[3]}{flag}", flush=True)
                if last == "TIMEOUT":
                    timeouts.append(f"{name} ({command})")
                if not name.startswith("real-") and cpu / mb > worst[0]:
                    worst = (cpu / mb, f"{name} ({command}, {mb:.2f} MB)")
    if timeouts:
        print(f"killed after the timeout (at least that slow): {', '.join(timeouts)}")
    verdict = "reached" if worst[0] <= GOAL_S_PER_MB and not timeouts else "NOT reached"
    print(f"worst hostile input: {worst[0]:.2f} CPU s/MB, {worst[1]} (goal <= {GOAL_S_PER_MB:g}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
