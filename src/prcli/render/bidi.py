"""Visual right-to-left lines for terminals that do no BiDi themselves.

The only correct order (see shared design notes): reshape -> wrap the logical text at the
width in cells -> reorder each line on its own with the base direction of the whole
paragraph -> right-align RTL lines. Reordering uses the pure-Python UAX#9 implementation of
python-bidi, which mirrors brackets; it never sees a newline. As UAX#9 prescribes, character
types and levels are resolved on the whole paragraph (rules W, N, I) and only the reordering
(rules L1-L4) is done per line, so "90%" after Arabic words shows the same wherever the line
breaks.

Marks on right-to-left letters (harakat, Quranic marks, Hebrew points) are removed for
display: once a line is reversed, a terminal would put each of them on the neighbouring
letter. Tatweel is a letter (one cell) and stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, TextIO

from rich.cells import cell_len

# A word with its trailing whitespace; closing punctuation set off by a space ("الرياض .")
# stays with the word before it, so it never starts a line alone.
_WORD = re.compile(r"\S+(?:[ \u00a0]+[.,،؛;:!?؟…»”)\]]+(?=\s|$))*\s*")
_RTL_CLASSES = ("R", "AL")
ELLIPSIS = "…"


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
    """Whether any character is strongly right-to-left (Arabic, Hebrew, Syriac...)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@cache
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": True,  # kept harakat land on the wrong letter after reordering
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    })


def _drop_rtl_marks(text: str) -> str:
    """Nonspacing marks that sit on a right-to-left letter (or on a mark that does)."""
    out: list[str] = []
    on_rtl = False
    for ch in text:
        if unicodedata.bidirectional(ch) == "NSM":
            if on_rtl:
                continue
        else:
            on_rtl = unicodedata.bidirectional(ch) in _RTL_CLASSES
        out.append(ch)
    return "".join(out)


def reshape(text: str) -> str:
    """Joined Arabic letter forms (presentation forms) for display; marks on RTL letters removed.

    NFC first, so that a decomposed alef + hamza becomes one letter instead of losing its hamza."""
    if not has_rtl(text):
        return text
    text = unicodedata.normalize("NFC", text)
    return _drop_rtl_marks(str(_reshaper().reshape(text)))


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap measured in terminal cells, as ``(start, end)`` spans of ``text`` (trailing
    spaces excluded); words longer than the width are folded."""
    width = max(1, width)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0

    def used(a: int, b: int) -> str:
        return text[a:b].rstrip()

    for m in _WORD.finditer(text):
        if cell_len(used(m.start() if start is None else start, m.end())) <= width:
            start = m.start() if start is None else start
            end = m.end()
            continue
        if start is not None and used(start, end):
            spans.append((start, start + len(used(start, end))))
        start, end = m.start(), m.end()
        body_end = start + len(used(start, end))
        if cell_len(text[start:body_end]) > width:  # fold, in one pass over the word
            acc = 0
            for i in range(start, body_end):
                w = cell_len(text[i])
                if acc + w > width and i > start:
                    spans.append((start, i))
                    start, acc = i, 0
                acc += w
    if (start is not None and used(start, end)) or not spans:
        a = start if start is not None else 0
        spans.append((a, a + len(used(a, end))))
    return spans


def wrap_cells(text: str, width: int) -> list[str]:
    """Greedy word wrap measured in terminal cells; words longer than the width are folded."""
    return [text[a:b] for a, b in wrap_spans(text, width)]


def _resolved_levels(text: str, base: str) -> list[dict[str, Any]] | None:
    """UAX#9 resolution (rules P, X, W, N, I) of a whole paragraph: one record per character with
    its resolved level. Levels are resolved on the paragraph and only reordered per line (as
    UAX#9 says), so a number that starts a wrapped line keeps the type its Arabic context gave
    it: "90%" reads the same wherever the line breaks."""
    try:
        from bidi import algorithm as uax9

        storage = uax9.get_empty_storage()
        storage["base_level"] = uax9.PARAGRAPH_LEVELS[base]
        storage["base_dir"] = base
        uax9.get_embedding_levels(text, storage)
        uax9.explicit_embed_and_overrides(storage)
        uax9.resolve_weak_types(storage, False)
        uax9.resolve_neutral_types(storage, False)
        uax9.resolve_implicit_levels(storage, False)
    except (AttributeError, ImportError, KeyError, TypeError):  # another python-bidi layout
        return None
    chars: list[dict[str, Any]] = storage["chars"]
    return chars if len(chars) == len(text) else None


def _line_display(chars: list[dict[str, Any]], base_level: int) -> str:
    """Rules L1, L2 and L4 on one line of resolved characters."""
    from bidi import algorithm as uax9

    line = [dict(c) for c in chars]
    for c in reversed(line):  # L1: trailing whitespace takes the paragraph level
        if c["orig"] not in ("WS", "BN", "S", "B"):
            break
        c["level"] = base_level
    for c in line:
        if c["orig"] in ("S", "B"):
            c["level"] = base_level
    levels = [c["level"] for c in line]
    odd = [lv for lv in levels if lv % 2]
    if odd:
        uax9.reverse_contiguous_sequence(line, 0, len(line) - 1, max(levels), min(odd))
    uax9.apply_mirroring({"chars": line}, False)
    return "".join(c["ch"] for c in line)


def reorder(line: str, base: str) -> str:
    """One screen line in visual order. An RTL paragraph's line is reordered even when it holds
    no RTL letter ("A4P 1724 (2025)" still runs right to left)."""
    if base != "R" and not has_rtl(line):
        return line
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir=base))


def visual_lines(paragraph: str, width: int, align: bool = True) -> list[str]:
    """One logical paragraph (no newlines) as screen lines at ``width`` cells: reshaped,
    wrapped, reordered line by line with the paragraph's direction, RTL lines right-aligned
    (padded to exactly ``width`` cells) when ``align``."""
    base = base_direction(paragraph)
    shaped = reshape(paragraph)
    levels = _resolved_levels(shaped, base) if base == "R" or has_rtl(shaped) else None
    out = []
    for a, b in wrap_spans(shaped, width):
        if levels is not None:
            vis = _line_display(levels[a:b], 1 if base == "R" else 0)
        else:
            vis = reorder(shaped[a:b], base) if b > a else ""
        if align and base == "R":
            vis = " " * max(0, width - cell_len(vis)) + vis
        out.append(vis)
    return out


def truncate_cells(text: str, width: int) -> str:
    """The logical text cut to ``width`` cells, ending with an ellipsis when cut (cut before
    reordering, so an RTL title loses its logical end, not its beginning)."""
    if cell_len(text) <= width:
        return text
    if width <= 0:
        return ""
    out, acc = [], 0
    for ch in text:
        w = cell_len(ch)
        if acc + w > width - 1:
            break
        out.append(ch)
        acc += w
    return "".join(out).rstrip() + ELLIPSIS


def visual_line(text: str, width: int) -> str:
    """A one-line label (panel title, file name) in visual order, fitted into ``width`` cells
    and not padded."""
    shaped = truncate_cells(reshape(text), width)
    return reorder(shaped, base_direction(text)) if shaped else ""


class VisualStream:
    """A text stream that lays out each complete line for a non-BiDi terminal before writing:
    cleaned of anything a terminal would act on, wrapped at ``width``, reordered."""

    def __init__(self, out: TextIO, width: int) -> None:
        self.out, self.width, self.pending = out, width, ""

    def write(self, s: str) -> int:
        from prcli.render.safety import escape_for_terminal

        self.pending += s
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            clean = escape_for_terminal(line.replace("\t", "  "))
            body = clean.lstrip(" ")
            indent = " " * (len(clean) - len(body))  # kept for left-to-right lines (JSON, lists)
            if base_direction(body) == "R" or len(indent) * 2 > self.width:
                indent = ""
            for vis in visual_lines(body, self.width - len(indent)):
                self.out.write((indent + vis if vis else vis) + "\n")
        return len(s)

    def flush(self) -> None:
        self.out.flush()
