"""Article text is data: neutralize everything in it that a terminal would act on.

Removes ANSI/OSC/DCS escape sequences, C0/C1 control characters (tab becomes a space),
and bidi embedding/override/isolate characters (U+202A-U+202E, U+2066-U+2069) plus the
invisible direction marks, so nothing the article contains can drive the terminal or
reorder what prcli lays out. Rich markup is never parsed from article text (callers use
``rich.text.Text``), so ``[bold]`` stays literal.
"""

from __future__ import annotations

import re

# ESC [ ... final, ESC ] ... BEL/ST, ESC P/X/^/_ ... ST, other two-byte ESC sequences
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def clean_for_terminal(text: str) -> str:
    """The text with escape sequences, controls and bidi formatting characters removed; tabs and
    line breaks become spaces (callers lay out lines themselves)."""
    text = _ESCAPES.sub("", text)
    text = text.replace("\t", " ").replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """For plain piped lines: same cleaning, so one record stays on one line."""
    return clean_for_terminal(text)
