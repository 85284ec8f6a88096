"""Pairing of quotation marks inside one paragraph (positions only, nothing is changed).

The segmenter must not cut inside a quotation that continues the sentence, and the quote
layer needs the same pairs, so pairing lives here. Real copy is messy: Arabic writers often
type “ ” or « » mirrored (”…“, »…«), straight ``"`` has no direction, and a mark is often
left open. Rules, per paragraph and per family of marks:

* « » and ‹ › and “ ”: a stack. If the first mark of the family in the paragraph is the
  closing one, the paragraph is typed mirrored and the roles are swapped. An opener that is
  never closed is dropped (it protects nothing); a closer with nothing open is ignored.
* ``"``: its role comes from its neighbours (space before and a letter after opens; a letter
  before and a space or punctuation after closes); when that is ambiguous it alternates.
  A mark that looks opening while a quote is open replaces the open one (the earlier was an
  orphan), so ``He called it "historic. Smith said: "We won."`` pairs the last two.

Single quotes are ignored: they are apostrophes far more often than quotation marks.
Everything is one pass over the paragraph: linear time.
"""

from __future__ import annotations

import re

_FAMILIES = (("«", "»"), ("“", "”"), ("‹", "›"))
_FAMILY_OF = {ch: i for i, fam in enumerate(_FAMILIES) for ch in fam}
_MARK = re.compile('[«»“”‹›"]')
#: Characters before an opening straight quote (besides spaces and the paragraph start).
_OPEN_CONTEXT = "([{:،,;؛—–-/«“‹"
#: Characters after a closing straight quote (besides spaces and the paragraph end).
_CLOSE_CONTEXT = ".,;:!?؟،؛…)]}»”›-–—"


def straight_role(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close' or 'either' for the straight quote at ``i`` from its neighbours."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    opening = (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace()
    closing = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    return "either"


def quote_pairs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Positions ``(open, close)`` of paired quotation marks in ``text[start:end]``, sorted by
    the opening position. ``text[open]`` and ``text[close]`` are the marks themselves."""
    end = len(text) if end is None else end
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text, start, end)]
    pairs: list[tuple[int, int]] = []
    mirrored = [False] * len(_FAMILIES)
    seen = [False] * len(_FAMILIES)
    for _, ch in marks:
        fam = _FAMILY_OF.get(ch)
        if fam is not None and not seen[fam]:
            seen[fam] = True
            mirrored[fam] = ch == _FAMILIES[fam][1]
    stacks: list[list[int]] = [[] for _ in _FAMILIES]
    straight_open: int | None = None
    for i, ch in marks:
        if ch == '"':
            role = straight_role(text, i, start, end)
            if straight_open is None:
                if role != "close":
                    straight_open = i
            elif role == "open":
                straight_open = i
            else:
                pairs.append((straight_open, i))
                straight_open = None
            continue
        fam = _FAMILY_OF[ch]
        opener, closer = _FAMILIES[fam][::-1] if mirrored[fam] else _FAMILIES[fam]
        if ch == opener:
            stacks[fam].append(i)
        elif ch == closer and stacks[fam]:
            pairs.append((stacks[fam].pop(), i))
    pairs.sort()
    return pairs
