"""Measure the terminal rendering on the shared corpus (not a test: run it by hand).

For every article with Arabic letters in ../shared/corpus/articles (or $PRCLI_SHARED/corpus), run
in tmux at the given widths

- ``prcli summarize --format text --bidi visual``: check_rtl order, lint and exact against the
  piped text output;
- ``prcli summarize --format rich --bidi visual``: check_rtl order and lint on the panel's
  sentence column against the piped text output,

and print pass counts and the failures. Corpus text is only read at run time; nothing is copied.
Usage: python benchmarks/rtl_corpus.py [--width 50 --width 100]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # tmux helpers

from helpers_tty import PRCLI, TmuxScreen, shared_dir

ARABIC = re.compile(r"[\u0600-\u06ff]")


def check(script: Path, logical: Path, screen: Path, width: int, what: str, *extra: str) -> str | None:
    proc = subprocess.run([sys.executable, str(script), "tty", str(logical), str(screen), "--width",
                           str(width), "--check", what, *extra], capture_output=True, text=True)
    return None if proc.returncode == 0 else " ".join(proc.stdout.split("\n")[1:2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--width", type=int, action="append")
    args = ap.parse_args()
    shared = shared_dir()
    corpus = shared / "corpus" / "articles" if shared else None
    if corpus is None or not corpus.is_dir():
        print("corpus not found: nothing measured")
        return 0
    script = shared / "tools" / "check_rtl.py"  # type: ignore[operator]
    files = [f for f in sorted(corpus.glob("*.txt")) if ARABIC.search(f.read_text(encoding="utf-8",
                                                                                  errors="replace"))]
    tmp = Path(tempfile.mkdtemp(prefix="prcli-rtl-"))
    for width in args.width or [50, 100]:
        counts = {"text": 0, "panel": 0}
        failures: list[str] = []
        for f in files:
            logical = subprocess.run([*PRCLI, "summarize", "--format", "text", str(f)], capture_output=True,
                                     text=True).stdout
            (tmp / "logical.txt").write_text(logical, encoding="utf-8")
            screen = TmuxScreen([*PRCLI, "summarize", "--format", "text", "--bidi", "visual", str(f)],
                                width).run()
            (tmp / "screen.txt").write_text("\n".join(screen) + "\n", encoding="utf-8")
            bad = [f"{c}: {r}" for c in ("order", "lint", "exact")
                   if (r := check(script, tmp / "logical.txt", tmp / "screen.txt", width, c))]
            counts["text"] += not bad
            failures += [f"text  {f.name}: {b}" for b in bad]
            screen = TmuxScreen([*PRCLI, "summarize", "--format", "rich", "--bidi", "visual", str(f)],
                                width).run()
            head = next(i for i, line in enumerate(screen) if "sentence" in line and "score" in line)
            a, b = screen[head].index("sentence"), screen[head].index("score") + len("score") - 8
            (tmp / "screen.txt").write_text("\n".join(screen[head + 1:-1]) + "\n", encoding="utf-8")
            bad = [f"{c}: {r}" for c in ("order", "lint")
                   if (r := check(script, tmp / "logical.txt", tmp / "screen.txt", b - a, c, "--cols",
                                  f"{a}:{b}"))]
            counts["panel"] += not bad
            failures += [f"panel {f.name}: {b}" for b in bad]
        print(f"width {width}: text {counts['text']}/{len(files)} pass (order+lint+exact), "
              f"panel {counts['panel']}/{len(files)} pass (order+lint)")
        for line in failures:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
