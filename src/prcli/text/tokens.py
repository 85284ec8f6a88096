"""Word tokens with offsets, Arabic clitics for word-list lookups, a light stemmer, stop words.

What the analyses use:

* ``tokenize(text)``: ``Token`` s (exact ``text[start:end]``) with their normalized form.
  A token is a number (3.5, 1,724, 136'000, ٣٫٥), a Latin word that may hold digits (A4P,
  G20, COVID) or a word of letters with the harakat and tatweel inside (Arabic and other
  scripts); a conjunction glued to a number is its own token (و500 → و, 500). Punctuation
  and spaces are not tokens.
* ``lookup(word, vocabulary)``: find a word in a (normalized) word list, also when Arabic
  proclitics are glued to it: و ف (and, so), ب ل ك (with, for, like) and the article ال
  (وقال → قال, بمليون → مليون, والوزير → وزير / الوزير, للمغرب → مغرب). It returns the entry
  that matched, so callers can tell which list word it was.
* ``light_stem(word)``: a light Arabic stemmer for *similarity only* (after Larkey's light10:
  prefixes وال فال بال كال لل ال and و, suffixes ها ان ات ون ين يه ه ي), with length guards and
  no root extraction (وزير stays وزير, وزارة → وزار). Latin words lose a plural -s.
* ``stopwords(lang)`` and ``is_stopword(word, lang)``: per-language lists in
  ``data/stopwords_<lang>.txt`` (ar, en, fr; short lists for es, de, it, pt, nl), normalized
  once; Arabic checks strip clitics.
* ``terms(text, lang)``: the stems of the content words, the unit of similarity for the
  summarizer.

Everything works on ``normalize``-d forms (``prcli.text.normalize``), so word lists and text
are compared the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from prcli.text.normalize import PLACEHOLDER, fold, has_ligature, normalize, strip_placeholders
from prcli.text.resources import word_list

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_LATIN = "A-Za-z\u00c0-\u024f"
#: In order: a Latin word that may hold digits (A4P, G20, 5G, COVID), a number with inner
#: separators (3.5, 1,724, 136'000, ٣٫٥), a word of letters with Arabic marks inside.
_TOKEN = re.compile(
    rf"(?P<latin>[0-9]*[{_LATIN}][{_LATIN}0-9]*)"
    r"|(?P<num>\d+(?:[.,'’٫٬]\d+)*)"
    rf"|(?P<word>[^\W\d_{_LATIN}](?:[^\W\d_{_LATIN}]|[{_MARKS}])*)"
)


class Token(NamedTuple):
    """A word or number: ``text == source[start:end]``; ``norm`` is its normalized form.
    A NamedTuple rather than a frozen dataclass: immutable too, and about eight times faster
    to build, which matters at hundreds of tokens per article and thousands of articles."""

    text: str
    start: int
    end: int
    norm: str
    is_number: bool = False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and number tokens of ``text[start:end]``, in order, with exact offsets."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])  # same length: slices line up with the original
    lowered = folded.lower()
    if len(lowered) != len(folded) or has_ligature(folded):
        lowered = ""  # rare letters whose lower case is longer ("İ"), Arabic ligatures (ﻻ)
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        if lowered:
            norm = lowered[a - start:b - start]
            if PLACEHOLDER in norm:
                norm = strip_placeholders(norm)
        else:
            norm = normalize(m.group())
        out.append(Token(m.group(), a, b, norm, m.lastgroup == "num"))
    return out


def words(text: str) -> list[str]:
    """The normalized words of ``text`` (numbers left out)."""
    return [t.norm for t in tokenize(text) if not t.is_number]


# --- clitics -----------------------------------------------------------------------------

_CONJ = "وف"
_PREP = "بلك"


def clitic_candidates(word: str) -> Iterator[str]:
    """The normalized ``word`` and the forms left after removing Arabic proclitics, from the
    least to the most stripped: و/ف, then ب/ل/ك, then ال (and لل = ل + ال). A conjunction
    leaves at least two letters (وفي → في), a preposition or the article at least three.
    Stripping is blind (كتاب → تاب): only the vocabulary decides, so keep lists specific."""
    w = normalize(word)
    yield w
    seen = {w}
    bases = [w]
    if len(w) >= 3 and w[0] in _CONJ:
        bases.append(w[1:])
    for base in bases:
        forms = [base]
        if len(base) > 3 and base[0] in _PREP:
            forms.append(base[1:])
        if len(base) > 3 and base.startswith("لل"):
            forms.append(base[2:])  # للمغرب = ل + المغرب
            forms.append("ال" + base[2:])
        for f in list(forms):
            if len(f) > 3 and f.startswith("ال"):
                forms.append(f[2:])
        for f in forms:
            if f not in seen and len(f) >= 2:
                seen.add(f)
                yield f


def lookup(word: str, vocabulary: frozenset[str] | set[str]) -> str | None:
    """The entry of ``vocabulary`` (normalized words) that ``word`` is, possibly behind
    Arabic proclitics, or None. The least stripped match wins (والي stays والي if listed)."""
    for cand in clitic_candidates(word):
        if cand in vocabulary:
            return cand
    return None


# --- stemming ----------------------------------------------------------------------------

_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_ARABIC = re.compile(r"[\u0621-\u064a]")


@lru_cache(maxsize=1 << 16)
def light_stem(word: str) -> str:
    """Light Arabic stem of a word for similarity (never for display or matching role words).
    Non-Arabic words are returned normalized, with a plural -s removed."""
    w = normalize(word)
    if not _ARABIC.match(w):
        return _latin_stem(w)
    if len(w) >= 6 and w[0] == "و" and not w.startswith("وال"):
        w = w[1:]  # ووزارة → وزارة, but وزارة and وزير keep their first letter
    for p in _AR_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    for s in _AR_SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 2:
            w = w[: -len(s)]
    return w


def _latin_stem(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ès")):
        return w[:-1]
    return w


# --- stop words --------------------------------------------------------------------------

@cache
def stopwords(lang: str) -> frozenset[str]:
    """Normalized stop words of ``lang`` ("ar", "en", "fr"; short lists for "es", "de", "it",
    "pt", "nl"); empty for other languages."""
    if lang not in ("ar", "en", "fr", "es", "de", "it", "pt", "nl"):
        return frozenset()
    return frozenset(normalize(w) for w in word_list("prcli.text", f"stopwords_{lang}.txt"))


@lru_cache(maxsize=1 << 16)
def is_stopword(word: str, lang: str) -> bool:
    """Whether ``word`` is a stop word of ``lang``; Arabic words also behind proclitics
    (وفي، بهذه، لكن)."""
    sw = stopwords(lang)
    if lang == "ar":
        return lookup(word, sw) is not None
    return normalize(word) in sw


def terms(text: str, lang: str) -> list[str]:
    """Stems of the content words of ``text`` (no numbers, no stop words, no one-letter
    words), in order: the bag of words for sentence similarity. Each word is checked against
    the stop words of its own script: Arabic words against the Arabic list, Latin words
    against ``lang`` (or English and French when ``lang`` is neither), so an Arabic article
    quoting a French sentence is handled."""
    latin = (lang,) if lang in ("en", "fr") else ("en", "fr")
    out: list[str] = []
    for t in tokenize(text):
        if t.is_number or len(t.norm) < 2:
            continue
        if _ARABIC.match(t.norm):
            if is_stopword(t.norm, "ar"):
                continue
        elif any(t.norm in stopwords(x) for x in latin):
            continue
        out.append(light_stem(t.norm))
    return out
