"""Candidate units for a summary: sentences with exact offsets, plus what a reader would notice.

A unit is one sentence of the splitter, or several when the source is hard-wrapped (a line
break in the middle of a sentence, as in agency wires and old newspaper dumps): a summary
sentence must be a whole sentence, not the first line of one. Headlines, datelines, outlet
boilerplate and very short fragments are set aside (the headline still serves as a query).
Each unit carries flags that the scorer uses: ``dangling`` (its opener leans on an earlier
sentence: "من جهته،", "He added", "Par ailleurs"), ``hands_over`` (a dangling opener that turns
to another party: "من جهته،", "for his part") and ``protocol`` (an attendance or protocol list:
"حضر هذا اللقاء كل من ...") and ``percents`` (how many percentages it states: "50%", "30 في المائة").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import compress, count

from prcli.model import Sentence
from prcli.summarizer.terms import content_terms, normalized_tokens, tokens
from prcli.text.normalize import fold, fold_lower, has_ligature, normalize, strip_placeholders
from prcli.text.resources import lazy_words, word_list
from prcli.text.segment import split_sentences
from prcli.text.wrap import soft_breaks

#: Marks that end a sentence (possibly followed by closing quotes or brackets).
_ENDS = re.compile(r"[.!?؟…:;؛][\"'”’»)\]]*$")
#: Separators of a list of names in the text: commas and semicolons.
_SEPARATOR = re.compile(r"[,،؛;]")
#: «و», "and", «et» joining the names of a list (one word list per language).
_list_and = lazy_words("prcli.summarizer", "list_and_ar.txt", "list_and_en.txt", "list_and_fr.txt")
_URL = re.compile(r"(?:https?://|www\.)\S+")
#: A number followed by a percent sign ("50%", "٣٠ ٪"); a bare % (a web address's %20) is none.
_PERCENT_SIGN = re.compile(r"\d\s?[%٪]")
#: Shortest unit (in words) worth a place in a summary when longer ones exist.
MIN_WORDS = 5
#: Longest first line taken as a headline.
MAX_TITLE_WORDS = 25
#: A line on its own, without final punctuation and shorter than this, is a label (dateline,
#: byline, section heading, photo credit), not a sentence of the story.
LABEL_WORDS = 8


@dataclass(frozen=True)
class Unit:
    """A candidate: ``text == source[start:end]``; ``rank`` is its place among candidates."""

    text: str
    start: int
    end: int
    index: int
    paragraph: int
    rank: int
    words: int
    terms: tuple[str, ...]
    dangling: bool = False
    protocol: bool = False
    para_first: bool = False
    hands_over: bool = False
    percents: int = 0


@dataclass(frozen=True)
class Units:
    """The candidates of a document and its headline (empty when there is none)."""

    candidates: tuple[Unit, ...]
    title: str = ""
    title_terms: tuple[str, ...] = ()


#: A word as a reader counts it: a run of letters and digits (diacritics and tatweel are
#: dropped by ``normalize`` first, so they do not split a word); a number written with a
#: decimal or thousands separator ("2.5", "1,000", "٣٫٥") is one word.
_WORD = re.compile(r"\d+(?:[.,٫٬]\d+)+|[^\W_]+")


def count_words(text: str) -> int:
    """Words as the budget counts them (see ``_WORD``): punctuation alone ("-", "،", "...") is
    not a word, so a dash between spaces does not use up the budget, and "al-Quds" or "l'homme"
    count as two words, as the scorers' tokenizers see them."""
    return len(_WORD.findall(normalize(text)))


#: What ``_WORD``'s number alternative needs: digits on both sides of a separator.
_JOINED_NUMBER = re.compile(r"\d[.,٫٬]\d")


def _count_normalized(norm: str, toks: list[str] | None = None) -> int:
    """``count_words`` of a text already normalized; ``toks``: its ``normalized_tokens``.

    Without a number such as "2.5" in it, ``_WORD`` finds exactly the tokens (its other
    alternative is the token pattern), so their count is the answer without a second scan."""
    if toks is not None and _JOINED_NUMBER.search(norm) is None:
        return len(toks)
    return len(_WORD.findall(norm))


@cache
def _phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A phrase list from ``summarize/data`` as normalized token tuples, by first token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in word_list("prcli.summarizer", name):
        toks = tuple(tokens(line))
        if toks:
            index.setdefault(toks[0], []).append(toks)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _names(language: str, kind: str) -> tuple[str, ...]:
    """The phrase files of ``kind`` for ``language`` (all three for another language), named
    once: every sentence asks for them four times."""
    langs = [language] if language in ("ar", "en", "fr") else ["ar", "en", "fr"]
    return tuple(f"{kind}_{lang}.txt" for lang in langs)


@cache
def _lists(language: str, kind: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], ...]:
    return tuple(_phrases(name) for name in _names(language, kind))


@cache
def _first_tokens(name: str, clitics: str) -> frozenset[str]:
    """The first tokens of a phrase list, bare and with each clitic of ``clitics`` glued on:
    a token outside this set cannot start a phrase of the list (a one-lookup prefilter)."""
    firsts = _phrases(name).keys()
    return frozenset(firsts) | {c + k for k in firsts for c in clitics}


def _match_at(toks: list[str], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether a phrase of ``index`` starts at token ``i`` (one clitic و/ف allowed on it)."""
    first = toks[i]
    cands = index.get(first, ())
    if first[:1] in ("و", "ف"):
        cands = cands + index.get(first[1:], ())
    if not cands:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # (the second token first: a sentence of one cue word repeated fails there, with no slice)
    return any(len(p) == 1 or (p[1] == nxt and tuple(toks[i + 2:i + len(p)]) == p[2:]) for p in cands)


def is_dangling(toks: list[str], language: str) -> bool:
    """Whether a sentence (its normalized tokens) opens on a word that needs an earlier
    sentence to make sense."""
    return bool(toks) and any(_match_at(toks, 0, idx) for idx in _lists(language, "openers"))


def hands_over(toks: list[str], language: str) -> bool:
    """Whether a sentence opens on a word that hands the story to another party ("من جهته",
    "for his part", "de son côté"): dangling, but not a continuation of the sentence before."""
    return bool(toks) and any(_match_at(toks, 0, idx) for idx in _lists(language, "turns"))


def is_protocol(toks: list[str], language: str, text: str = "") -> bool:
    """Whether a sentence (its normalized tokens and its text) is an attendance/protocol list
    or mostly a string of titled names. A cue ("حضر هذا اللقاء", "attended by") counts only
    when a list follows: several titles or separators ("The meeting, attended by 300
    delegates, approved the plan" is news, not protocol)."""
    # a title, bare or after a clitic و: one set lookup per token
    titled = sum(map(_first_tokens("honorifics.txt", "و").__contains__, toks))
    if titled >= 4 and titled * 8 >= len(toks):
        return True
    lists = [_phrases(name) for name in _names(language, "protocol")
             if not _first_tokens(name, "وف").isdisjoint(toks)]  # most sentences hold no cue word
    cue = next((i for idx in lists for i, t in enumerate(toks)
                if (t in idx or (t[:1] in ("و", "ف") and t[1:] in idx)) and _match_at(toks, i, idx)), None)
    if cue is None:
        return False
    # after the cue, a list: names joined by commas, "and"/"et", or و (apart or attached)
    joined = sum(1 for t in toks[cue + 1:] if t in _list_and() or (t[:1] == "و" and len(t) >= 4))
    return titled >= 2 or len(_SEPARATOR.findall(text)) + joined >= 3


def count_percents(toks: list[str], language: str, text: str) -> int:
    """How many percentages a sentence (its normalized tokens and its text) states: numbers
    followed by a percent sign, and percent words ("في المائة", "per cent", "pour cent":
    ``data/percent_*.txt``), each phrase counted once."""
    n = len(_PERCENT_SIGN.findall(text)) if ("%" in text or "٪" in text) else 0
    for name in _names(language, "percent"):
        firsts = _first_tokens(name, "وف")
        if firsts.isdisjoint(toks):  # most sentences hold no percent word
            continue
        idx = _phrases(name)
        # Only a token of ``firsts`` (a first word, bare or after و/ف) can open a phrase: those
        # positions are listed without a Python step per token («في» opens «في المائة» and is
        # in nearly every Arabic sentence), then tried in order as the token-by-token walk would.
        free = 0  # the walk's next position after the last phrase found
        for i in compress(count(), map(firsts.__contains__, toks)):
            if i >= free and _match_at(toks, i, idx):
                n += 1
                free = i + 2  # the longest phrase has two tokens: "في المائة" is one percentage
    return n


#: Every letter (``str.isalpha``) is a word character that is neither a digit nor "_": a text
#: where this finds nothing has no letter, without a Python-level loop over its characters.
_LETTER_LIKE = re.compile(r"[^\W\d_]")


def _any_letter(text: str) -> bool:
    """Whether ``text`` has a letter anywhere, web addresses included: when it has none, no
    piece of it has one either, so ``_no_letter`` holds for every sentence."""
    return any(m.group().isalpha() for m in _LETTER_LIKE.finditer(text))


def _no_letter(text: str) -> bool:
    """Whether ``text`` has no letter outside web addresses (nothing a reader could read)."""
    rest = _URL.sub("", text) if "://" in text or "www." in text else text
    return not any(m.group().isalpha() for m in _LETTER_LIKE.finditer(rest))


def _soft_wrapped(text: str, prev: Sentence, nxt: Sentence, soft: frozenset[int]) -> bool:
    """Whether the line break between ``prev`` and ``nxt`` is a wrap inside one sentence."""
    gap = text[prev.end:nxt.start]
    i = gap.find("\r")
    i = gap.find("\n") if i < 0 else i
    return i >= 0 and prev.end + i in soft


def _merge(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Join the pieces of sentences cut by hard line wraps (``prcli.text.wrap``); offsets stay exact."""
    soft = soft_breaks(text)
    if not soft:
        return sents
    # each sentence is cut from the text once: a text of thousands of short lines stays linear
    groups: list[list[Sentence]] = []
    for s in sents:
        if groups and _soft_wrapped(text, groups[-1][-1], s, soft):
            groups[-1].append(s)
        else:
            groups.append([s])
    return [g[0] if len(g) == 1 else
            Sentence(text[g[0].start:g[-1].end], g[0].start, g[-1].end, g[0].index, g[-1].paragraph,
                     all(p.boilerplate for p in g))
            for g in groups]


def _headline(s: Sentence, first_of_para: bool, last_of_para: bool, norm: str, toks: list[str]) -> bool:
    return first_of_para and last_of_para and not _ENDS.search(s.text) and \
        _count_normalized(norm, toks) <= MAX_TITLE_WORDS


def _normalizer(text: str) -> Callable[[Sentence], str]:
    """``normalize(s.text)`` for the sentences of ``text``, from one ``fold`` of the whole text
    (fold is same-length and character by character, so a slice of the folded text is the
    fold of the slice); a text with ligatures, which normalize expands first, goes the long way."""
    if has_ligature(text):
        return lambda s: normalize(s.text)
    low, exact = fold_lower(text)  # (the lower-case fold the other analyses share)
    if exact:  # each character lowered on its own: lowering before or after the slice is the same
        return lambda s: strip_placeholders(low[s.start:s.end])
    folded = fold(text)
    return lambda s: strip_placeholders(folded[s.start:s.end]).lower()


def _readable(s: Sentence, norm_of: Callable[[Sentence], str]) -> tuple[str, list[str]] | None:
    """The normalized form and tokens of a sentence, or None when it has no letter or opens
    on a boilerplate phrase (the letter check comes first: a flood of "1." or "،" is never
    normalized)."""
    if _no_letter(s.text):
        return None
    norm = norm_of(s)  # normalized once: tokens and word count both read it
    toks = normalized_tokens(norm)
    if toks and _match_at(toks, 0, _phrases("boilerplate.txt")):
        return None
    return norm, toks


def build_units(text: str, language: str) -> Units:
    """The candidate units of ``text`` in article order (see the module docstring)."""
    if not _any_letter(text):
        # no letter anywhere («1. 1. 1. …», a flood of «،»): every sentence would be dropped as
        # unreadable (``_readable``), so the text is not split into sentences at all
        return Units((), "", tuple(content_terms(tokens(""))))
    sents = _merge(text, split_sentences(text))
    norm_of = _normalizer(text)
    title = ""
    kept: list[tuple[Sentence, bool, bool, list[str], str]] = []
    # What follows depends on a sentence's text alone, so a text that comes back (a feed that
    # repeats itself, "1." a hundred thousand times) is examined once: None marks one without
    # a letter or opening on boilerplate, else its normalized form and tokens.
    seen: dict[str, tuple[str, list[str]] | None] = {}
    for i, s in enumerate(sents):
        first = i == 0 or sents[i - 1].paragraph != s.paragraph
        last = i == len(sents) - 1 or sents[i + 1].paragraph != s.paragraph
        if s.boilerplate:
            continue
        if s.text in seen:
            got = seen[s.text]
        else:
            got = seen[s.text] = _readable(s, norm_of)
        if got is None:
            continue
        norm, toks = got
        if not kept and not title and _headline(s, first, last, norm, toks) and i < len(sents) - 1:
            title = s.text
            continue
        kept.append((s, first, first and last and not _ENDS.search(s.text), toks, norm))
    sized = [(s, f, _count_normalized(norm, toks), line, toks) for s, f, line, toks, norm in kept]
    long_enough = [k for k in sized if k[2] >= MIN_WORDS and not (k[3] and k[2] < LABEL_WORDS)]
    if len(long_enough) >= 3:
        sized = long_enough
    units: list[Unit] = []
    flags: dict[str, tuple[tuple[str, ...], bool, bool, bool, int]] = {}  # by text, as above
    for s, first, n, _, toks in sized:
        got_flags = flags.get(s.text)
        if got_flags is None:
            dangling = is_dangling(toks, language)
            got_flags = flags[s.text] = (tuple(content_terms(toks)), dangling,
                                         is_protocol(toks, language, s.text),
                                         dangling and hands_over(toks, language),
                                         count_percents(toks, language, s.text))
        terms, dangling, protocol, turn, percents = got_flags
        units.append(Unit(s.text, s.start, s.end, s.index, s.paragraph, len(units), n,
                          terms, dangling, protocol, first, turn, percents))
    return Units(tuple(units), title, tuple(content_terms(tokens(title))))
