"""Every module-level regular expression of prcli against long adversarial strings.

Issue 8 asks that no regular expression backtrack catastrophically. The hostile inputs of
``hostile.py`` and the tests run whole articles; this sweep looks at each pattern on its own:
it finds every compiled pattern in the package's modules, reads from the source how the code
calls it (``match``/``fullmatch`` at one position, or ``search``/``findall``/``finditer``/
``sub``/``split`` over a text), and times that call on strings of ``--size`` characters made
of one or two characters repeated (every literal character of the pattern, blanks, digits,
Latin and Arabic letters, quote marks, escapes). A scanning call that is quadratic on some
string shows up as seconds; a pattern only ever matched at one position is timed with a single
``match``, since that is all the code asks of it.

    python benchmarks/regex_sweep.py [--size 20000] [--show 15]

Patterns compiled on first use by a remembered function of no argument whose name ends in
``_re`` (``@cache def _x_re() -> re.Pattern[str]``, kept from start-up) are swept too; other
patterns compiled inside functions are not module globals and are not swept: the hostile inputs
cover them end to end.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import itertools
import pkgutil
import re
import time

import prcli

#: Patterns that are slow on some string by themselves, and how the code keeps them from it.
GUARDED = {
    "prcli.figures.base._GAP_TOKEN_RE": "its findall windows end just after a token (_token_windows)",
    "prcli.text.boilerplate._LINK": "only matched on lines of <= 300 characters",
}

_SCANS = ("search", "findall", "finditer", "sub", "subn", "split")
_BASE = " \t\n.,:;!?؟،«»\"“”'-–()[]/%01aAاـ\u200f\u202e\x1b\\"


def patterns() -> list[tuple[str, re.Pattern[str], set[str]]]:
    """(module.NAME, pattern, the methods the module's source calls on NAME)."""
    found = []
    for info in pkgutil.walk_packages(prcli.__path__, "prcli."):
        module = importlib.import_module(info.name)
        try:
            source = inspect.getsource(module)
        except OSError:
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                calls = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))
                found.append((f"{info.name}.{name}", value, calls))
            elif name.endswith("_re") and callable(value) and hasattr(value, "cache_info") \
                    and getattr(value, "__module__", None) == info.name:
                # a pattern compiled on first use by a remembered function of no argument
                # (``@cache def _x_re() -> re.Pattern[str]``): swept as the module-level ones
                try:
                    compiled = value()
                except TypeError:
                    continue  # it takes arguments
                if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
                    calls = set(re.findall(rf"\b{re.escape(name)}\(\)\.(\w+)\(", source))
                    found.append((f"{info.name}.{name}()", compiled, calls))
    return found


def inputs(pattern: str, size: int) -> list[str]:
    """Strings of one or two characters repeated: the pattern's own literals and common text."""
    chars = sorted({c for c in pattern if not c.isspace()} | set(_BASE))
    out = [c * size for c in chars]
    pairs = ["a", " ", "1", ".", ",", "ا", "«", '"', "-", "\x1b", "["]
    out += [(a + b) * (size // 2) for a, b in itertools.combinations(pairs, 2)]
    out += [("a a a 1. ") * (size // 9), ("ال ، ") * (size // 5), "1," * (size // 2)]
    return out


def worst_time(p: re.Pattern[str], calls: set[str], size: int) -> tuple[float, str]:
    """The slowest of the inputs for the way the code calls ``p``."""
    scans = bool(calls & set(_SCANS)) or not calls
    worst, which = 0.0, ""
    for s in inputs(p.pattern, size):
        t0 = time.process_time()
        if scans:
            for _ in p.finditer(s):
                pass
        else:
            p.match(s)
        took = time.process_time() - t0
        if took > worst:
            worst, which = took, s[:6]
        if took > 5:
            break
    return worst, which


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=20_000, help="characters per input (default 20,000)")
    ap.add_argument("--show", type=int, default=15, help="slowest patterns to list")
    args = ap.parse_args()
    rows: list[tuple[float, str, str, str]] = []
    for name, p, used in patterns():
        took, which = worst_time(p, used, args.size)
        rows.append((took, name, ",".join(sorted(used)) or "?", which))
    rows.sort(reverse=True)
    print(f"{len(rows)} module-level patterns, inputs of {args.size:,} characters, "
          "CPU seconds of the worst input")
    for took, name, calls, which in rows[: args.show]:
        note = f"  (guarded: {GUARDED[name]})" if name in GUARDED else ""
        print(f"  {took:8.3f} s  {name:45s} used as {calls:20s} worst on {which!r}...{note}")
    slow = [r for r in rows if r[0] > 0.1 and r[1] not in GUARDED]
    print(f"patterns over 0.1 s on {args.size:,} characters without a guard: {len(slow)}")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
