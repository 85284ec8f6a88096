"""Words for comparing sentences: folded, lower-cased, stop words out, lightly stemmed.

These forms are only ever compared with each other (similarity, centrality); no span is ever
reported from them, so they may change length freely.

The Arabic stemmer is a light one (strip one article/conjunction prefix and one suffix, with
length guards), as in Larkey et al.'s light10: root stemming merges too much (وزير/وزارة) for
similarity. English and French only lose their plural and a few inflectional endings.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from prcli.text.normalize import normalize
from prcli.text.resources import word_list

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_AR_PREFIXES_3 = frozenset(p for p in _AR_PREFIXES if len(p) == 3)
_AR_PREFIXES_2 = frozenset(p for p in _AR_PREFIXES if len(p) == 2)
_AR_SUFFIXES_2 = frozenset(s for s in _AR_SUFFIXES if len(s) == 2)
_AR_SUFFIXES_1 = frozenset(s for s in _AR_SUFFIXES if len(s) == 1)
_LATIN_SUFFIXES = ("ements", "ement", "ments", "ment", "ations", "ation", "ings", "ing", "ies", "ied",
                   "ees", "ed", "es", "s", "e", "x")


def tokens(text: str) -> list[str]:
    """Normalized word tokens (letters and digits), in order."""
    return _TOKEN.findall(normalize(text))


def normalized_tokens(norm: str) -> list[str]:
    """``tokens`` of a text already normalized (``normalize`` is the costly part)."""
    return _TOKEN.findall(norm)


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light stem of a normalized token (see the module docstring)."""
    if not word or word.isdigit():
        return word
    if "\u0600" <= word[0] <= "\u06ff":  # Arabic (``_is_arabic``)
        # ``_AR_PREFIXES`` and ``_AR_SUFFIXES`` tried in order, by set lookups: no two prefixes
        # share a first letter but لل/ال, so a 3-letter one that is too long for the word leaves
        # no other to try; a 2-letter suffix too long for the word leaves only ه or ي.
        if word[0] == "و" and len(word) >= 5:
            word = word[1:]
        if word[:3] in _AR_PREFIXES_3:
            if len(word) >= 5:
                word = word[3:]
        elif word[:2] in _AR_PREFIXES_2 and len(word) >= 4:
            word = word[2:]
        if word[-2:] in _AR_SUFFIXES_2 and len(word) >= 4:
            word = word[:-2]
        elif word[-1:] in _AR_SUFFIXES_1 and len(word) >= 3:
            word = word[:-1]
        return word
    for s in _LATIN_SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[:-len(s)]
    return word


@cache
def stop_words() -> frozenset[str]:
    """Stop words of every supported language plus news fillers, in normalized form.

    One merged set: a mixed-language article (an Arabic story quoting French) is compared with
    the stop words of each script removed, and the lists do not collide across scripts."""
    words: set[str] = set()
    for name in ("stopwords_ar.txt", "stopwords_en.txt", "stopwords_fr.txt"):
        words.update(normalize(w) for w in word_list("prcli.text", name))
    words.update(normalize(w) for w in word_list("prcli.summarizer", "fillers.txt"))
    # clitic forms of Arabic stop words (وفي، بعد → وبعد) say no more than the word itself
    words.update("و" + w for w in list(words) if w and _is_arabic(w))
    return frozenset(words)


#: token -> its stem, or "" for a stop word or a 1-character token (``content_terms``).
_TERMS: dict[str, str] = {}
#: Tokens remembered in ``_TERMS`` before it starts again (memory stays flat over an archive).
_TERMS_MAX = 100_000


def content_terms(toks: list[str]) -> list[str]:
    """Stems of the content words among normalized tokens (stop words and 1-character tokens
    out).

    Every sentence of every article passes here, and most of its tokens were seen before:
    the whole answer for a token (stop word or not, and its stem) is one lookup in a bounded
    table, instead of a length test, a stop-word lookup and a stem lookup."""
    memo = _TERMS
    got = list(map(memo.get, toks))
    if None in got:
        if len(memo) + len(toks) > _TERMS_MAX:
            memo.clear()
        stops = stop_words()
        for t in toks:
            if t not in memo:
                memo[t] = "" if len(t) <= 1 or t in stops else stem(t)
        got = list(map(memo.get, toks))
    return list(filter(None, got))  # (the non-empty stems, in order)
