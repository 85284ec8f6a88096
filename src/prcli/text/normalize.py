"""Normalization of a *copy* of the text for matching; reported spans always use the original.

``fold`` is same-length (one character for one character), so an offset found in the folded
copy is an offset in the original. Characters that should disappear (harakat, tatweel,
direction marks) are folded to a placeholder by ``fold`` and removed only by ``normalize``,
which is for comparing words, never for locating spans.
"""

from __future__ import annotations

import re

#: Removed by ``normalize``; replaced by this placeholder in ``fold`` to keep the length.
PLACEHOLDER = "\u0640"  # tatweel: already meaningless for matching

_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
_LETTERS = {"ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {"٫": ".", "٬": ",", "٪": "%", "،": ",", "؛": ";", "؟": "?"}
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
           "\u200a\u202f\u205f\u3000\t"}
_INVISIBLE = {c: PLACEHOLDER for c in "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"}
_HARAKAT = {chr(c): PLACEHOLDER for c in [*range(0x064B, 0x0653), 0x0670]}

_FOLD_TABLE = str.maketrans({**_ALEF, **_LETTERS, **_DIGITS, **_PUNCT, **_SPACES,
                             **_INVISIBLE, **_HARAKAT})
_DROP = re.compile(PLACEHOLDER + "+")


def fold(text: str) -> str:
    """Same-length fold: alef forms, ya/ta marbuta, hamza seats, digits, Arabic punctuation,
    spaces; harakat, tatweel and invisible marks become a placeholder. ``len`` is unchanged."""
    return text.translate(_FOLD_TABLE)


def normalize(text: str) -> str:
    """Fold, then drop placeholders and lower-case: the form for comparing words. Idempotent."""
    return _DROP.sub("", fold(text)).lower()
