"""A token stream of the article where each top-level quotation is one token.

Why: cue verbs, speaker phrases and sentence ends must be looked for *outside* the quoted
words (a quotation often contains "said" or a full stop of its own). Replacing each quotation
by a single token makes "the tokens before the quote in this sentence" a plain slice.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from prcli.quotations.marks import TERMINATORS as _TERMINATORS
from prcli.quotations.marks import MarkedSpan
from prcli.text.normalize import fold, fold_lower
from prcli.text.normalize import normalize as _normalize

_WORD = re.compile(r"[^\W\d_][\w\u0640]*(?:[-'’][^\W\d_][\w\u0640]*)*\.?"  # words, with - and '
                   r"|\d+(?:[.,'’]\d+)*"  # numbers (a trailing comma is punctuation)
                   r"|[^\w\s]", re.UNICODE)


class Tok(NamedTuple):
    """``kind``: w (word), p (punctuation), q (a quotation), b (sentence or paragraph end).

    A named tuple rather than a frozen dataclass: an article has one token per word, and a
    tuple is made several times faster (a 10 MB article has millions of tokens)."""

    kind: str
    norm: str
    start: int
    end: int
    qid: int = -1


_short_normalize = lru_cache(maxsize=65536)(_normalize)


def normalize(s: str) -> str:
    """``prcli.text.normalize.normalize`` remembered for short strings: the same words and short
    quotations are compared again for every quotation near them (a page of repeated quotation
    marks asked it four times per quotation). Long strings are not kept (memory); the cache is
    bounded (least recently used)."""
    return _short_normalize(s) if len(s) <= 64 else _normalize(s)


def _norm(s: str) -> str:
    return s.replace("\u0640", "").lower().replace("’", "'")


def tokenize(text: str, spans: list[MarkedSpan], lang: str) -> list[Tok]:
    """Tokens of ``text`` with every span in ``spans`` (top level, by index) as one ``q`` token."""
    folded = fold(text)
    low, exact = fold_lower(text)  # (the lower-case copy the other analyses share)
    low = low if exact else ""
    out: list[Tok] = []
    pos = 0
    for qid, sp in enumerate(spans):
        close_end = sp.close_at + 1 if sp.closed else sp.end
        _words(text, folded, low, pos, sp.open_at, lang, out)
        out.append(Tok("q", "", sp.open_at, close_end, qid))
        pos = max(pos, close_end)
        if sp.closed and text[sp.start:sp.end][-1:] in _TERMINATORS:
            out.append(Tok("qb", "", close_end, close_end))  # a possible sentence end, decided later
    _words(text, folded, low, pos, len(text), lang, out)
    return _settle(text, out, lang)


def _words(text: str, folded: str, lowered: str, a: int, b: int, lang: str, out: list[Tok]) -> None:
    """The tokens of ``folded[a:b]`` (``lowered``: ``fold_lower(text)`` when it is exact, else
    "")."""
    if a >= b:
        return
    seg = folded[a:b]
    last = 0
    add = out.append
    # Tokens made as plain tuples of the five fields (Tok's generated __new__ is a Python call
    # per token; this loop makes one token per word of every article).
    new, tok = tuple.__new__, Tok
    # ``_norm`` of every word at once: a slice of the segment lowered as a whole is the word
    # lowered when no character changes length and none lowers by context (only Σ does); else
    # each word goes through ``_norm``. A tatweel (what ``fold`` makes of every haraka and
    # invisible mark: a third of Arabic words in some articles) is dropped from the slices that
    # hold one (lowering maps it to itself, so dropping it first or after is the same).
    # (a slice of an exact ``fold_lower`` of the text is ``seg.lower()``, and passes the test)
    low = lowered[a:b] if lowered else seg.lower()
    if not lowered and (len(low) != len(seg) or "Σ" in seg):
        low = ""
    elif "’" in low:
        low = low.replace("’", "'")
    tatweel = "\u0640" in seg
    glue = lang != "ar"  # ``_glued_at`` finds nothing in Arabic
    handle_end = -1  # (Arabic) where the «@» of a social-media handle ends
    for m in _WORD.finditer(seg):
        ms, me = m.span()
        # a one-character gap (nearly always a space) is tested without slicing it out
        if ms > last and (seg[last] in "\n\r" if ms == last + 1
                          else "\n" in seg[last:ms] or "\r" in seg[last:ms]):
            add(Tok("b", "\n", a + last, a + ms))
        last = me
        s, e = a + ms, a + me
        raw = m.group()
        c0 = raw[0]
        # (``_invisible`` is False unless the word is «@», follows one or opens on a tatweel)
        if not glue and (c0 == "\u0640" or c0 == "@" or handle_end == ms) \
                and _invisible(text, s, e, raw, handle_end == ms):
            handle_end = me if raw == "@" else -1
            continue
        if c0 in _TERMINATORS:
            add(new(tok, ("p", raw, s, e, -1)))
            continue
        if c0.isalnum() or c0 == "\u0640":
            if raw[-1] == "." and len(raw) > 2 and not _abbrev_like(raw):
                add(Tok("w", _norm(raw[:-1]), s, e - 1))
                add(Tok("p", ".", e - 1, e))
                continue
            cut = _glued_at(raw, lang) if glue else 0
            if glue and not cut and len(raw) > _LINK_CODE + 1 and out and out[-1].norm == "/" \
                    and raw[_LINK_CODE].isupper() and _after_link_host(out):
                cut = _LINK_CODE  # «… pic.twitter.com/Te9CDNh5akSamedi soir, …»: an embedded post's
                # link code (ten characters) glued to the next sentence by a crawler
            if cut:
                # «… a reculéIl est …»: a crawler glued a heading to the next sentence
                add(Tok("w", _norm(raw[:cut]), s, s + cut))
                add(Tok("b", ".", s + cut, s + cut))
                add(Tok("w", _norm(raw[cut:]), s + cut, e))
                continue
            if not low:
                add(new(tok, ("w", _norm(raw), s, e, -1)))
            elif tatweel and "\u0640" in raw:
                add(new(tok, ("w", low[ms:me].replace("\u0640", ""), s, e, -1)))
            else:
                add(new(tok, ("w", low[ms:me], s, e, -1)))
        elif raw == "*" and out and out[-1].end == s and out[-1].kind == "w":
            continue  # «Elodie*, 17 ans»: the mark of a changed name is no word between name and comma
        else:
            add(new(tok, ("p", raw, s, e, -1)))
    gap = seg[last:]
    if "\n" in gap or "\r" in gap:
        out.append(Tok("b", "\n", b, b))


#: The length of the code of a short link of an embedded post («pic.twitter.com/2oiUI7w2Lk»,
#: «t.co/LTpuOIoFpp»).
_LINK_CODE = 10


def _after_link_host(out: list[Tok]) -> bool:
    """The tokens just made end with a short-link host and its slash («pic.twitter.com /»,
    «t.co /»): the word that follows is a link code."""
    if len(out) < 4:
        return False
    host = (out[-4].norm, out[-3].norm, out[-2].norm)
    return host == ("twitter", ".", "com") or (out[-2].norm == "co" and out[-3].norm in ("t.", "."))


#: Direction marks and other invisible format characters (``fold`` makes each a tatweel).
_FORMAT_MARKS = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
                          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _invisible(text: str, s: int, e: int, raw: str, after_at: bool) -> bool:
    """Whether an Arabic token is no word of the sentence: a run of direction marks (typed
    around a Latin handle in right-to-left text), the «@» of a handle, or the handle's name
    right after it. «وكتب المغرد فلان ‏@handle "…"»: the handle stands between the name and the
    quotation and is no part of the speaker's name nor a word that parts them."""
    if raw == "@":
        return True
    if after_at:
        return raw[0].isalnum()
    return raw[0] == "\u0640" and all(c in _FORMAT_MARKS for c in text[s:e])


def _glued_at(word: str, lang: str) -> int:
    """Where a lowercase word runs into a capitalised sentence opener («reculéIl»,
    «AvertissementsÀ», "electionThe"), else 0. Only a common opener counts, so "McDonald",
    "YouTube" or "iPhone" stay whole."""
    if lang == "ar" or len(word) < 5 or word[3:].islower() or not word[3:].isalpha():
        return 0
    for k in range(3, len(word) - 1):
        if word[k].isupper() and word[k - 1].islower() and word[k - 1].isalpha():
            rest = word[k:]
            if rest.lower().replace("’", "'") in _openers():
                return k
            return 0
    return 0


@cache
def _openers() -> frozenset[str]:
    """Short words that open sentences (French and English stop words)."""
    try:
        from prcli.text.resources import word_list
        words = word_list("prcli.text", "stopwords_fr.txt") | word_list("prcli.text", "stopwords_en.txt")
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(w.lower() for w in words if w.isalpha() or "'" in w)


def _abbrev_like(word: str) -> bool:
    """"M.", "Dr.", "Mr.", "د." keep their dot; other words ("LCI.") give it back as punctuation."""
    w = word.lower()
    return w in _abbreviations() or (len(word) == 2 and word[0].isupper())


@cache
def _abbreviations() -> frozenset[str]:
    """Titles and other abbreviations whose dot is part of the word (the text core's list)."""
    extra = {"m.", "mm.", "mme.", "mlle.", "me.", "pr.", "gen.", "capt.", "rev.", "sen.", "rep.", "gov.",
             "mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "jr.", "sr.", "د."}
    try:
        from prcli.text.segment import abbreviations
        known = {w.lower() for w in abbreviations()}
    except (ImportError, OSError):  # an older text core
        known = set()
    return frozenset(known | extra)


def _settle(text: str, toks: list[Tok], lang: str) -> list[Tok]:
    """Turn terminators into sentence ends (``b``) where they end a sentence; a quotation run
    into a capitalised word with nothing between («Titre»Cette semaine…) is a heading."""
    out: list[Tok] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind == "q" and lang != "ar" and i + 1 < n and toks[i + 1].kind == "w" \
                and text[toks[i + 1].start].isupper() and not text[t.end:toks[i + 1].start].strip(" \u00a0") \
                and (not out or out[-1].kind == "b" or _glued_heading_end(t, toks[i + 1], lang)
                     or _heading_before_opener(text, toks[i + 1], lang)):
            out.append(t)
            out.append(Tok("b", ".", t.end, t.end))
            continue
        if t.kind == "p" and t.norm[:1] in _TERMINATORS:
            out.append(t)
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is None or nxt.kind in ("b", "q") or _starts_sentence(text, t, nxt, lang):
                out.append(Tok("b", ".", t.end, t.end))
            continue
        if t.kind == "qb":
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is None or nxt.kind in ("q", "b") \
                    or (nxt.kind == "w" and _starts_sentence(text, t, nxt, lang)):
                out.append(Tok("b", ".", t.end, t.end))
            continue
        out.append(t)
    return out


def _glued_heading_end(t: Tok, nxt: Tok, lang: str) -> bool:
    """«Voir aussi: Les ports face aux «grèves»Marc X a déjà …»: a closing French mark with no
    space at all before a capitalised word is a heading (a link, a subtitle) a crawler glued to
    the next sentence; French typing always leaves a space or a stop after a closing mark."""
    return lang == "fr" and t.end == nxt.start


def _heading_before_opener(text: str, nxt: Tok, lang: str) -> bool:
    """«… t.co/xYz «Une fausse piste» Dans le Jura, des élus …»: a quotation followed by
    a capitalised function word («À», «Le», «Des», «Il») ends there: French goes on after a
    quotation in lowercase unless a new sentence (after a heading that lost its stop) opens."""
    return lang == "fr" and nxt.norm in _openers() and text[nxt.start:nxt.start + 1] != nxt.norm[:1]


def _starts_sentence(text: str, t: Tok, nxt: Tok, lang: str) -> bool:
    if nxt.kind != "w":
        return nxt.kind in ("q",)
    first = text[nxt.start]
    if lang == "ar":
        return nxt.start > t.end or "\u0600" <= first <= "\u06ff"
    return first.isupper() or first.isdigit()
