"""Hard-wrapped text: which line breaks are wraps inside a paragraph, not paragraph ends.

Agency wires and old newspaper dumps break every line at a fixed column (about 75 characters)
and mark a new paragraph only by a line that ends a sentence (often with a space opening the
next one). Read line by line, such a text has no paragraph longer than a line: a sentence, or a
quotation, seems to stop at every line break. A text is taken as hard-wrapped when it has many
lines of about the same, modest length (the wrap column) and many of them end without
punctuation; ordinary paragraphs are long and end with a full stop. In such a text, a single line
break after a line that ends without a sentence mark, that is not much shorter than the wrap
column and that is not followed by a list item, is a *soft break*: a space of the writer's.

``soft_breaks(text)`` gives the offsets of those breaks (the ``\\n``, or the ``\\r`` of ``\\r\\n``);
``unwrap(text)`` is a copy of the same length with each soft break made spaces, for code that
reads paragraphs as lines (offsets found in it are offsets of the original: report the
original's characters, never the copy's). The summarizer joins the sentence pieces of a wrapped
sentence at these breaks; the quote finder pairs marks across them.
"""

from __future__ import annotations

import re

from prcli.text.normalize import remember_last

#: Marks that end a sentence (possibly followed by closing quotes or brackets, and by
#: Wikipedia-style reference marks «[1]», which belong to no sentence).
_ENDS = re.compile(r"[.!?؟…:;؛][\"'”’»)\]]*(?:[ \u00a0]*\[\d{1,3}\])*$")
#: A list item's start (matched at a line's first character): a dash, a bullet, "1." or "1)".
_BULLET = re.compile(r"(?:[-–—•*▪·]|\d{1,2}\s*[.)-])\s")
#: A line: what ``str.splitlines`` splits on ends it (as ``prcli.text.segment`` reads paragraphs).
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
#: Characters trimmed at the edges of a line: spaces and invisible format marks.
_EDGE = (" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
         "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
         "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: A letter or digit: a line without one is no line of the text (a rule, a row of stars).
_ALNUM = re.compile(r"[^\W_]")
#: Fewest lines with words for a text to be judged hard-wrapped at all.
MIN_LINES = 4
#: Widest wrap column: longer lines are paragraphs, not wrapped lines.
MAX_WIDTH = 160
#: A line shorter than this share of the wrap column ends its paragraph (its sentence ran out
#: before the column).
MIN_SHARE = 0.6


def _strip(row: str) -> str:
    return row.strip(_EDGE)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line holding a letter or digit, edges trimmed."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip(_EDGE)
        if not stripped or _ALNUM.search(stripped) is None:
            continue
        a = m.start() + len(line) - len(line.lstrip(_EDGE))
        out.append((a, a + len(stripped)))
    return out


def _break_at(text: str, a: int, b: int) -> int:
    """The offset of the one line break (LF, CRLF or a lone CR) between ``a`` and ``b``, or -1
    when there is none or more than one (a blank line between is a paragraph end)."""
    gap = text[a:b]
    n = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
    if n != 1:
        return -1
    i = gap.find("\r")
    return a + (i if i >= 0 else gap.find("\n"))


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks of ``text`` that are wraps inside a paragraph (see the module
    docstring); empty when the text is not hard-wrapped. ``analyze`` asks twice per article (the
    summary's sentence merge, the quote finder's ``unwrap``): the answer is remembered."""
    if text.count("\n") + text.count("\r") < MIN_LINES - 1:
        return frozenset()
    return _soft_breaks(text)


@remember_last
def _soft_breaks(text: str) -> frozenset[int]:
    # the wrap column first, from the lines alone (most texts stop here, before any offset is
    # worked out); each line counts its characters and one for the break after it
    lengths = sorted(len(row) + 1 for row in map(_strip, text.splitlines()) if _ALNUM.search(row))
    if len(lengths) < MIN_LINES:
        return frozenset()
    width = lengths[int(0.8 * (len(lengths) - 1))]
    if width > MAX_WIDTH:
        return frozenset()
    lines = _lines(text)
    open_ends = [_ENDS.search(text, a, b) is None for a, b in lines]
    if sum(open_ends) * 3 < len(lines):
        return frozenset()
    out: set[int] = set()
    for k in range(len(lines) - 1):
        a, b = lines[k]
        if not open_ends[k] or b - a + 1 < MIN_SHARE * width:
            continue
        nxt = lines[k + 1]
        at = _break_at(text, b, nxt[0])
        if at >= 0 and _BULLET.match(text, nxt[0], nxt[1]) is None:
            out.add(at)
    return frozenset(out)


def unwrap(text: str) -> str:
    """``text`` with each soft break (``soft_breaks``) made a space (``\\r\\n`` two): the same
    length, so an offset found in the copy is one of ``text``; ``text`` itself when it has none."""
    soft = soft_breaks(text)
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        chars[i] = " "
        if text.startswith("\r\n", i):
            chars[i + 1] = " "
    return "".join(chars)
