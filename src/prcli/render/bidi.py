"""Visual right-to-left lines for terminals that do no BiDi themselves.

The only correct order (see shared design notes): reshape -> wrap the logical text at the
width in cells -> reorder each line on its own with the base direction of the whole
paragraph -> right-align RTL lines. Reordering uses the pure-Python UAX#9 implementation of
python-bidi, which mirrors brackets; it never sees a newline.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")
_RTL_CLASSES = ("R", "AL")


def base_direction(paragraph: str) -> str:
    """'R' or 'L': the first strong character decides (UAX#9 P2/P3)."""
    for ch in paragraph:
        bc = unicodedata.bidirectional(ch)
        if bc == "L":
            return "L"
        if bc in _RTL_CLASSES:
            return "R"
    return "L"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@cache
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": True,  # kept harakat land on the wrong letter after reordering
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    })


def reshape(text: str) -> str:
    return str(_reshaper().reshape(text)) if has_rtl(text) else text


def wrap_cells(text: str, width: int) -> list[str]:
    """Greedy word wrap measured in terminal cells; words longer than the width are folded."""
    width = max(1, width)
    lines: list[str] = []
    cur = ""
    for word in _WORD.findall(text):
        if cell_len((cur + word).rstrip()) <= width:
            cur += word
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        cur = word
        while cell_len(cur.rstrip()) > width:
            acc, cut = 0, len(cur)
            for i, ch in enumerate(cur):
                w = cell_len(ch)
                if acc + w > width:
                    cut = max(1, i)
                    break
                acc += w
            lines.append(cur[:cut])
            cur = cur[cut:]
    if cur.strip() or not lines:
        lines.append(cur.rstrip())
    return lines


def reorder(line: str, base: str) -> str:
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir=base)) if has_rtl(line) else line


def visual_lines(paragraph: str, width: int, align: bool = True) -> list[str]:
    """One logical paragraph (no newlines) as screen lines at ``width`` cells: reshaped,
    wrapped, reordered line by line with the paragraph's direction, RTL lines right-aligned
    when ``align``."""
    base = base_direction(paragraph)
    out = []
    for line in wrap_cells(reshape(paragraph), width):
        vis = reorder(line, base) if line else ""
        if align and base == "R":
            vis = " " * max(0, width - cell_len(vis)) + vis
        out.append(vis)
    return out
