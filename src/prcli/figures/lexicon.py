"""Language data for figures, loaded once from ``prcli/figures/data`` and folded like the text.

Every word list is folded with ``prcli.text.normalize.fold`` and lower-cased, so a lookup with a
token of the folded text finds «المائة» whatever hamza seat or ta marbuta the article used.
Multi-word entries (في المائة, per cent, كانون الثاني) are kept as token tuples and matched
longest-first by ``match_phrase``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from prcli.text.normalize import PLACEHOLDER, fold
from prcli.text.resources import table, word_list

LANGS = ("ar", "en", "fr")
_PKG = "prcli.figures"

#: Tokens: a digit run with inner separators, a letter run, or any other single visible character.
#: A digit run may hold a placeholder (an invisible mark, folded) next to its separator: some copy
#: puts a right-to-left mark inside a decimal («88.\u200f52», the fraction first: 52.88), which is
#: still one number; wire copy also spaces its decimal mark («43 ر 1» is 1.43, like «43ر1»).
TOKEN_RE = re.compile(r"\d+(?:\u0640?(?:[.,'’/:\-ر]| ر )\u0640?\d+)*|[^\W\d_]+|\S")


def lower_same_length(text: str) -> str:
    """Lower-case without changing the length (a few letters grow when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    """Folded, lower-cased and without placeholders (harakat, tatweel): the lookup key.
    Remembered per word (bounded): the after-passes ask it of the same token keys again and
    again; ``norm_words`` folds its joined list with the function itself (``__wrapped__``)."""
    return lower_same_length(fold(word)).replace(PLACEHOLDER, "")


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of token keys the tokenizer would produce for it (``norm_word``
    works character by character, so the tokens of the normalized phrase are keys already)."""
    return tuple(TOKEN_RE.findall(norm_word(phrase)))


def norm_words(words: Iterable[str]) -> list[str]:
    """``norm_word`` of each word (none may hold a line break), in one pass over all of them:
    a word list is normalized at its first use, and one call per list is cheaper than one per word
    (start-up time, issue 7)."""
    return norm_word.__wrapped__("\n".join(words)).split("\n")


def phrase_keys(phrases: Iterable[str]) -> list[tuple[str, ...]]:
    """``phrase_key`` of each phrase, normalizing them all in one call (see ``norm_words``)."""
    findall = TOKEN_RE.findall
    return [tuple(findall(p)) for p in norm_words(phrases)]


class NumberWord(NamedTuple("NumberWord", [("value", float), ("type", str)])):
    """A number word: its value and its role in composing numbers (see numbers_ar.tsv). (The
    functional ``NamedTuple``: see ``prcli.figures.base._Tok``.)"""

    __slots__ = ()


class UnitEntry(NamedTuple("UnitEntry", [("kind", str), ("unit", str | None), ("factor", float)])):
    """A word after (or a symbol before) a number: percent, money, measure or time unit."""

    __slots__ = ()


@cache
def number_words(lang: str) -> dict[str, NumberWord]:
    rows = [r for r in table(_PKG, f"numbers_{lang}.tsv") if len(r) >= 3] if lang in LANGS else []
    keys = norm_words(r[0] for r in rows)
    return {k: NumberWord(float(r[1]), r[2]) for k, r in zip(keys, rows, strict=True)}


@cache
def units(lang: str) -> dict[tuple[str, ...], UnitEntry]:
    rows = [r for r in table(_PKG, f"units_{lang}.tsv") if len(r) >= 2] if lang in LANGS else []
    out: dict[tuple[str, ...], UnitEntry] = {}
    for key, r in zip(phrase_keys(r[0] for r in rows), rows, strict=True):
        unit = r[2] if len(r) > 2 and r[2] else None
        factor = float(r[3]) if len(r) > 3 and r[3] else 1.0
        out.setdefault(key, UnitEntry(r[1], unit, factor))
    return out


@cache
def months() -> dict[tuple[str, ...], tuple[int, str]]:
    rows = [r for r in table(_PKG, "months.tsv") if len(r) >= 3]
    return {k: (int(r[1]), r[2]) for k, r in zip(phrase_keys(r[0] for r in rows), rows, strict=True)}


@cache
def cues(lang: str) -> dict[str, frozenset[tuple[str, ...]]]:
    """Context phrases by role (ident, age, year, rank, skip, stop...)."""
    rows = [r for r in table(_PKG, f"cues_{lang}.tsv") if len(r) >= 2] if lang in LANGS else []
    by_role: dict[str, set[tuple[str, ...]]] = {}
    for key, r in zip(phrase_keys(r[0] for r in rows), rows, strict=True):
        by_role.setdefault(r[1], set()).add(key)
    return {k: frozenset(v) for k, v in by_role.items()}


@cache
def stopwords(lang: str) -> frozenset[str]:
    if lang not in LANGS:
        return frozenset()
    return frozenset(norm_words(word_list("prcli.text", f"stopwords_{lang}.txt")))


def has_cue(lang: str, role: str, key: str) -> bool:
    """Whether the single token ``key`` is a cue of ``role`` (with an Arabic clitic tried off)."""
    entries = cues(lang).get(role, frozenset())
    if (key,) in entries:
        return True
    return lang == "ar" and any((k,) in entries for k in strip_clitics(key))


_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "ول", "وب", "فب", "ال", "و", "ب", "ل", "ف")
#: The proclitics by first letter, in the order above: most words start with none of them.
_PROCLITICS_BY_FIRST = {c: tuple(p for p in _PROCLITICS if p[0] == c) for c in {p[0] for p in _PROCLITICS}}


@lru_cache(maxsize=65536)
def strip_clitics(word: str) -> tuple[str, ...]:
    """Arabic word minus one proclitic group (و ف ب ل ك, وال بال لل...), longest first."""
    out: list[str] = []
    for pre in _PROCLITICS_BY_FIRST.get(word[:1], ()):
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            rest = word[len(pre) :]
            out.append("ال" + rest if pre == "لل" else rest)
    return tuple(out)
