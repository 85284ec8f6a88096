"""Normalization of a *copy* of the text for matching; reported spans always use the original.

Two pipelines, both built from the small named steps below:

``fold(text)``  (same length: one character for one character)
    Arabic presentation forms (ﺍ ﻟ ﺠ → ا ل ج), alef forms (أ إ آ ٱ → ا), alef maqsura
    (ى → ي), teh marbuta (ة → ه), hamza seats (ؤ → و, ئ → ي), Arabic-Indic and Eastern
    digits (٠-٩ ۰-۹ → 0-9), Arabic decimal and thousands separators and percent
    (٫ → . ٬ → , ٪ → %), Arabic comma, semicolon and question mark, NBSP and the other
    spaces (→ " "); harakat, shadda, sukun, superscript alef, Quranic marks, tatweel and
    invisible marks (RLM, LRM, ZWNJ, ZWJ, ALM, BOM...) become a placeholder (tatweel).
    Because ``len(fold(t)) == len(t)``, a match at ``[i, j)`` in the folded copy is the span
    ``t[i:j]`` of the original. Use it to *find* things.

``normalize(text)``  (for *comparing* words: stop words, word lists, similarity)
    expand ligature presentation forms (ﻻ → لا), ``fold``, then drop the placeholders and
    lower-case. It changes the length; when a match in the normalized copy must be mapped
    back, use ``normalize_with_map``, which also returns for every normalized character the
    index of the original character it came from.

Both are idempotent: ``fold(fold(t)) == fold(t)`` and ``normalize(normalize(t)) == normalize(t)``.
Fold every word list with the same function as the text it is matched against.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, wraps
from typing import Any, TypeVar

#: Removed by ``normalize``; replaced by this placeholder in ``fold`` to keep the length.
PLACEHOLDER = "\u0640"  # tatweel: already meaningless for matching

ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YEH_TEH = {"ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}
HAMZA_SEATS = {"ؤ": "و", "ئ": "ي"}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
NUMBER_MARKS = {"٫": ".", "٬": ",", "٪": "%"}
PUNCTUATION = {"،": ",", "؛": ";", "؟": "?"}
SPACES = {c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
          "\u200a\u202f\u205f\u3000\t"}
INVISIBLE = {c: PLACEHOLDER for c in "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
             "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"}
#: Harakat, tanwin, shadda, sukun, maddah/hamza above/below, superscript alef, Quranic marks.
DIACRITICS = {chr(c): PLACEHOLDER for c in [*range(0x064B, 0x0660), 0x0670, *range(0x0610, 0x061B),
                                          *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9),
                                          *range(0x06EA, 0x06EE)]}

_FORMS = [chr(c) for c in [*range(0xFB50, 0xFDFE), *range(0xFE70, 0xFEFD)]]
#: NFKC of every presentation form, in one call (start-up time): a line break between them
#: neither composes nor reorders with anything, so each line is the form's own NFKC.
_FORMS_NFKC = unicodedata.normalize("NFKC", "\n".join(_FORMS)).split("\n")
#: Arabic presentation forms (contextual shapes pasted from PDFs: ﺍﻟﺠﻴﻼﻟﻲ) to the plain letter,
#: when that is one character (same length). Built from Unicode's compatibility mappings.
PRESENTATION_FORMS = {
    ch: base for ch, base in zip(_FORMS, _FORMS_NFKC, strict=True) if len(base) == 1 and base != ch
}
#: Presentation forms that stand for several letters (ligatures: ﻻ → لا, ﷲ → الله); only
#: ``normalize`` expands them, since that changes the length.
LIGATURES = {
    ch: base
    for ch, base in ((ch, nfkc.replace(" ", "")) for ch, nfkc in zip(_FORMS, _FORMS_NFKC, strict=True))
    if len(base) > 1
}

#: The steps of ``fold``, in order; each is a same-length character mapping.
FOLD_STEPS: tuple[tuple[str, dict[str, str]], ...] = (
    ("presentation_forms", PRESENTATION_FORMS),
    ("alef", ALEF),
    ("yeh_teh_marbuta", YEH_TEH),
    ("hamza_seats", HAMZA_SEATS),
    ("digits", DIGITS),
    ("number_marks", NUMBER_MARKS),
    ("punctuation", PUNCTUATION),
    ("spaces", SPACES),
    ("invisible", INVISIBLE),
    ("diacritics", DIACRITICS),
)


def _table(*maps: dict[str, str]) -> dict[int, str]:
    merged: dict[str, str] = {}
    for m in maps:
        merged.update(m)
    return str.maketrans(merged)


def _composed(steps: tuple[tuple[str, dict[str, str]], ...]) -> dict[str, str]:
    """One mapping doing every step in order (ﺔ → ة → ه), since ``translate`` is one pass."""
    merged: dict[str, str] = {}
    for _, m in steps:
        for src, dst in m.items():
            merged.setdefault(src, dst)
        for src, dst in merged.items():
            merged[src] = m.get(dst, dst)
    return merged


#: Code points that ``fold`` leaves as they are, listed in its table all the same: ``translate``
#: treats a character missing from a dict table as a raised and caught KeyError, which made
#: folding an Arabic article twice as slow as with every common character present (Basic Latin
#: to Latin Extended-B, Arabic, General Punctuation). Same result; fold runs on every article.
_KEEP = (range(0x0000, 0x0250), range(0x0600, 0x0700), range(0x2000, 0x2070))
#: What ``fold`` makes of each character it changes (and of a few it keeps).
_FOLD_MAP = _composed(FOLD_STEPS)
_FOLD_TABLE = {c: c for r in _KEEP for c in r} | str.maketrans(_FOLD_MAP)
_ARABIC_LETTERS_TABLE = _table(ALEF, YEH_TEH, HAMZA_SEATS)
_DIGITS_TABLE = _table(DIGITS, NUMBER_MARKS)
_SPACES_TABLE = _table(SPACES)
_MARKS_TABLE = _table(INVISIBLE, DIACRITICS)
_DROP = re.compile(PLACEHOLDER + "+")
_LIGATURES_TABLE = _table(LIGATURES)


def _char_class(chars: list[str]) -> str:
    """A regex character class of ``chars`` written as ranges of consecutive code points: the
    same set, compiled in a fraction of the time of ~500 single characters (start-up time)."""
    runs: list[list[int]] = []
    for o in sorted(map(ord, chars)):
        if runs and runs[-1][1] == o - 1:
            runs[-1][1] = o
        else:
            runs.append([o, o])
    parts = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "[" + "".join(parts) + "]"


@cache
def _has_ligature_re() -> re.Pattern[str]:
    """Compiled on first use: a run that never compares words (``prcli stats``) never needs it."""
    return re.compile(_char_class(list(LIGATURES)))


def fold_letters(text: str) -> str:
    """Alef forms, alef maqsura, teh marbuta and hamza seats to their bare letter (same length)."""
    return text.translate(_ARABIC_LETTERS_TABLE)


def fold_digits(text: str) -> str:
    """Arabic-Indic and Eastern digits to ASCII; ٫ ٬ ٪ to . , % (same length)."""
    return text.translate(_DIGITS_TABLE)


def fold_spaces(text: str) -> str:
    """NBSP, thin and other spaces and tabs to a plain space (same length)."""
    return text.translate(_SPACES_TABLE)


def mark_diacritics(text: str) -> str:
    """Harakat, tatweel and invisible direction/joiner marks to the placeholder (same length)."""
    return text.translate(_MARKS_TABLE)


_T = TypeVar("_T")


def remember_last(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """``fn`` keeping its answers for the last two texts it computed (a repeat of the older one does not
    make it the newer). The analyses of one
    article (summary, quotes, figures) each ask about the whole article, the same string object,
    so a memo keyed on the object's identity answers the repeats. Two entries, not one: the quote
    finder reads a hard-wrapped article's unwrapped copy (``prcli.text.wrap.unwrap``), which a
    one-entry memo would remember in place of the article itself, folded again for the figures.
    It never holds more than those two texts (the memo keeps them alive, so their identities
    cannot be reused)."""
    last: list[Any] = [None, None, None, None]  # text, answer; the one before: text, answer

    @wraps(fn)
    def remembered(text: str) -> _T:
        if last[0] is text:
            return last[1]  # type: ignore[no-any-return]
        if last[2] is text:
            return last[3]  # type: ignore[no-any-return]
        answer = fn(text)
        last[2], last[3] = last[0], last[1]
        last[0], last[1] = text, answer
        return answer

    return remembered


#: Shorter texts (words, phrases) are folded without the memo.
_MEMO_CHARS = 256


def fold(text: str) -> str:
    """Every same-length step of ``FOLD_STEPS`` at once: ``len(fold(t)) == len(t)``. A long
    text is folded once however often it is asked (``remember_last``)."""
    if len(text) < _MEMO_CHARS:
        return text.translate(_FOLD_TABLE)
    return _fold_long(text)


def fold_lower(text: str) -> tuple[str, bool]:
    """``fold(text)`` lower-cased without changing its length, and whether that is exactly
    ``fold(text).lower()`` with no «Σ» (which alone lowers by context): then every character is
    lowered on its own, so a slice of it is the lower case of the same slice of ``fold(text)``.

    When some character grows when lower-cased («İ»), each character that does is kept as it is
    (the figures' ``lower_same_length``) and the flag is False. The lower-case copy of an
    article is shared by the three analyses of ``analyze`` (the same string object, as for
    ``fold``, remembered for a long text): the figures read its tokens, the quotations its words,
    the summary its sentences.
    """
    if len(text) < _MEMO_CHARS:
        return _fold_lower(text)
    return _fold_lower_long(text)


def _fold_lower(text: str) -> tuple[str, bool]:
    folded = fold(text)
    low = folded.lower()
    exact = len(low) == len(folded)
    if not exact:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    elif "Σ" in folded:
        exact = False
    return low, exact


_fold_lower_long = remember_last(_fold_lower)


@remember_last
def _fold_long(text: str) -> str:
    """``text.translate(_FOLD_TABLE)`` for a long text: with ``translate`` until a run has folded
    ``_TRANSLATE_FIRST`` characters that way (a one-article run folds ~14,000 and would not win
    back compiling the pattern of ``_fold_by_replace``, ~0.5 ms of its start-up), then with
    ``_fold_by_replace``, several times faster per character."""
    global _translated
    if _translated < _TRANSLATE_FIRST:
        _translated += len(text)
        return text.translate(_FOLD_TABLE)
    return _fold_by_replace(text)


#: See ``_fold_long``.
_TRANSLATE_FIRST = 50_000
_translated = 0


def _fold_by_replace(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``: ``translate`` looks every character up in a dict (~0.3 µs
    each for Arabic), while few characters of an article change (its alef forms, teh marbuta,
    commas...; a French one hardly any). The regex engine lists those that do, and each distinct
    one is replaced all at once. Same result: no replacement is itself a character that changes
    (``fold`` is idempotent), so the order of the replacements does not matter."""
    find, changes = _fold_changes()
    for ch in set(find(text)):
        text = text.replace(ch, changes[ch])
    return text


@cache
def _fold_changes() -> tuple[Callable[[str], list[str]], dict[str, str]]:
    """The ``findall`` of the characters ``fold`` changes, and what each becomes (compiled on
    first use: start-up)."""
    changes = {src: dst for src, dst in _FOLD_MAP.items() if dst != src}
    return re.compile(_char_class(list(changes))).findall, changes


def strip_placeholders(text: str) -> str:
    """Remove the placeholders left by ``fold`` (changes the length)."""
    return _DROP.sub("", text) if PLACEHOLDER in text else text


def has_ligature(text: str) -> bool:
    """Whether ``text`` holds an Arabic ligature presentation form (ﻻ, ﷲ...)."""
    return _has_ligature_re().search(text) is not None


def expand_ligatures(text: str) -> str:
    """Arabic ligature presentation forms to their letters (ﻻ → لا); changes the length."""
    return text.translate(_LIGATURES_TABLE)


def normalize(text: str) -> str:
    """Expand ligatures, ``fold``, drop placeholders, lower-case: the form for comparing
    words. Idempotent."""
    if _has_ligature_re().search(text):
        text = expand_ligatures(text)
    return strip_placeholders(fold(text)).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` and, for each of its characters, the index in ``text`` it comes from,
    plus one final entry ``len(text)`` so that a normalized span ``[i, j)`` maps back to the
    original span ``[m[i], m[j - 1] + 1)`` (or ``[m[i], m[j])`` when nothing was dropped)."""
    folded = fold(text)
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(folded):
        if ch == PLACEHOLDER:
            continue
        low = strip_placeholders(fold(LIGATURES[ch])).lower() if ch in LIGATURES else ch.lower()
        out.append(low)
        index.extend([i] * len(low))  # "İ".lower() and ligatures give several characters
    index.append(len(text))
    return "".join(out), index


def original_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the original text behind ``normalized[start:end]`` (``index`` from
    ``normalize_with_map``): from the first to just after the last original character."""
    if end <= start:
        return index[start], index[start]
    return index[start], index[end - 1] + 1
