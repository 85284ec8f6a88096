"""First algorithm: spans between paired quotation marks, no speaker."""

from __future__ import annotations

import re

from prcli.model import Quote

_PAIRS = re.compile(r"“([^“”\n]{1,2000})”|«([^«»\n]{1,2000})»|\"([^\"\n]{1,2000})\"")


def extract_quotes(text: str, *, language: str = "und") -> tuple[Quote, ...]:
    """Every span between matching marks on one line; one word or less counts as a term."""
    del language
    out: list[Quote] = []
    for m in _PAIRS.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.start(g), m.end(g)
        inner = text[a:b]
        if not inner.strip():
            continue
        kind = "full" if len(inner.split()) > 3 else ("partial" if len(inner.split()) > 1 else "term")
        out.append(Quote(inner, a, b, None, None, kind))
    return tuple(out)
