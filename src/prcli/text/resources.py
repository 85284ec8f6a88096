"""Loading of the language data files shipped inside the package (loaded once, on first use)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(package: str, name: str) -> frozenset[str]:
    """Read ``package/data/name`` as a set of lines, ignoring blanks and ``#`` comments."""
    raw = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(s for line in raw.splitlines() if (s := line.strip()) and s[0] != "#")


@cache
def table(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Read ``package/data/name`` as tab-separated rows, ignoring blanks and ``#`` comments."""
    raw = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    strip = str.strip
    return tuple(tuple(map(strip, line.split("\t"))) for line in raw.splitlines()
                 if (s := line.strip()) and s[0] != "#")
