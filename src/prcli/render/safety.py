"""Article text is data: neutralize everything in it that a terminal would act on.

Removes ANSI/OSC/DCS escape sequences, C0/C1 control characters (tab becomes a space),
and bidi embedding/override/isolate characters (U+202A-U+202E, U+2066-U+2069) plus the
invisible direction marks, so nothing the article contains can drive the terminal or
reorder what prcli lays out. Rich markup is never parsed from article text (callers use
``rich.text.Text``), so ``[bold]`` stays literal.

Serialized data (JSON) shown on a terminal cannot lose characters, so there the same
characters are written as visible ``\\uXXXX`` escapes instead (``escape_for_terminal``),
which JSON reads back as the same string.
"""

from __future__ import annotations

import re
from typing import TextIO

# ESC [ ... final, ESC ] ... BEL/ST, ESC P/X/^/_ ... ST, other two-byte ESC sequences
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
)
# What a terminal acts on or that reorders text: C0/C1 controls, bidi marks, embeddings,
# overrides and isolates, deprecated format characters, interlinear annotation marks.
_DANGEROUS = (r"\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u206f"
              r"\ufff9-\ufffb")
_CONTROLS = re.compile(f"[\n{_DANGEROUS}]")
_BREAKS = re.compile(r"\r\n|[\t\r\n\x0b\x0c\x85\u2028\u2029]")
_ESCAPABLE = re.compile(f"[{_DANGEROUS}\u2028\u2029]")


def clean_for_terminal(text: str) -> str:
    """The text with escape sequences, controls and bidi formatting characters removed; tabs and
    line breaks become spaces (callers lay out lines themselves)."""
    text = _ESCAPES.sub("", text)
    text = _BREAKS.sub(" ", text)
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """For plain piped lines: same cleaning, so one record stays on one line."""
    return clean_for_terminal(text)


def escape_for_terminal(text: str) -> str:
    """Every character a terminal would act on (except tab and newline) as a visible ``\\uXXXX``:
    for serialized output (JSON strings stay equal) shown on a terminal."""
    return _ESCAPABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream for a terminal: passes everything through ``escape_for_terminal``."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, s: str) -> int:
        self.out.write(escape_for_terminal(s))
        return len(s)

    def flush(self) -> None:
        self.out.flush()
