"""First algorithm: numbers in digits (three scripts), percent signs, years."""

from __future__ import annotations

import re

from prcli.model import Stat
from prcli.text.normalize import fold

_NUM = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?%)?(?![\w])")


def extract_stats(text: str, *, language: str = "und") -> tuple[Stat, ...]:
    """Digit runs with their value; a trailing % makes a percent, 1900-2100 a year."""
    del language
    folded = fold(text)
    out: list[Stat] = []
    for m in _NUM.finditer(folded):
        raw = m.group()
        pct = raw.endswith("%")
        digits = raw.rstrip("%").strip()
        try:
            value: float | int = float(digits.replace(",", "")) if "." in digits else int(digits.replace(",", ""))
        except ValueError:
            continue
        if pct:
            kind, unit = "percent", "%"
        elif isinstance(value, int) and 1900 <= value <= 2100 and len(digits) == 4:
            kind, unit = "year", None
        else:
            kind, unit = "count", None
        out.append(Stat(text[m.start():m.end()], m.start(), m.end(), value, kind, unit, None))
    return tuple(out)
