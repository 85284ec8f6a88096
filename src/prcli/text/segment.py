"""Paragraphs and sentences with exact offsets (``text[s.start:s.end] == s.text``).

Paragraphs end at line breaks (LF, CRLF, a lone CR, and the other Unicode line separators).
They are hard boundaries: no sentence crosses one.

Inside a paragraph a sentence ends after a run of terminal marks (. ! ? ؟ … ...) plus any
closing quotes or brackets that follow it, except:

* never at ، or ؛ (they are not terminal marks at all);
* inside a number (3.5, 1.724, 1.11.91; 7ر12 has no period anyway);
* after an abbreviation from ``data/abbreviations.tsv`` (د. ص.ب. د.م. Mr. Dr. M. Mme. n°.)
  or an initial (J. Smith, ع. عسول, U.N.), except a single Arabic letter right after a number,
  which is a unit or era (1935 م. / 50 م. / 1436 هـ.) and does end the sentence;
* inside a short quotation (one inner terminal mark at most) that goes on after its closing
  mark (أن “الأرقام مشجعة. والتحدي قائم”، مضيفا) or that has no terminal mark of its own before
  it (أن “الأرقام مشجعة. والتحدي قائم”. ثم); a quotation that ends with its own mark
  (مشجعة.” ثم ...) is cut after the closing mark, and a longer quoted passage is cut at its own
  sentence ends (the quote layer pairs marks per paragraph, not per sentence);
* when the next word starts with a lower-case Latin letter ("Why?" he asked) or the text goes
  on with a comma, a semicolon or a colon;
* after a list number at the start of a sentence ("1. ...");
* inside a spaced acronym in Arabic letters (جيه . بي . اكس, from ``data/letter_names_ar.txt``)
  or a dotted one (آي.أو.بي), and inside a decimal broken by a space in Arabic copy (5. 0).

A Latin "?" between two Arabic letters (ا?سر) is a character lost in an old encoding, not a
question mark. A period glued to the next Arabic letter ends the sentence (المغرب.وأكد, العناد(1).وأما,
1976.أول), since Arabic has no letter case to tell an abbreviation apart; a period glued to a
capital or an opening quote after a lower-case word does too (prudence.L'exécutif,
monde.«Ces); "U.N.x", "3.5", "AHDATH.INFO" and web addresses are not cut. Wikipedia-style
reference marks ([1] [2]) after a sentence belong to no sentence, and an embedded tweet's
photo link (pic.twitter.com/…) ends a unit.

Boilerplate (``Sentence.boilerplate``): see ``prcli.text.boilerplate``.

Everything is a single left-to-right pass with bounded look-back: linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from prcli.model import Paragraph, Sentence
from prcli.text.boilerplate import mark_boilerplate
from prcli.text.pairs import quote_pairs, straight_role
from prcli.text.resources import table, word_list

#: Line separators: what ``str.splitlines`` splits on.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
#: A run of terminal marks, then closing marks glued to it.
_TERMINAL = re.compile(r"[.!?؟…\u061e\u06d4]+")
#: Closing marks that may follow the terminal mark directly.
_CLOSERS = "\"”’»›)]}'"
#: Characters trimmed at the edges of a sentence: spaces and invisible format marks.
_EDGE = frozenset(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                  "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
                  "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACE = frozenset(" \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u202f\u205f\u3000\u200e\u200f\u061c")
#: After a terminal mark, these mean the sentence goes on.
_CONTINUE = ",،;؛:"
#: Reference marks such as [1] or [12] right after a sentence end.
_REFS = re.compile(r"(?:[ \u00a0]*\[\d{1,3}\])+")
#: The characters a match of ``_REFS`` can start with (a cheap test before the regex).
_REFS_FIRST = frozenset(" \u00a0[")
#: The photo link of an embedded tweet: its id has ten characters, text is often glued to it.
_TWEET_LINK = re.compile(r"pic\.twitter\.com/\w{10}")
#: Terminal marks a quotation may hold and still be kept whole inside its sentence.
MAX_QUOTED_BREAKS = 1
#: Longest look-back for the word before a period (keeps the pass linear on dot floods).
_LOOKBACK = 40


def _is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    return (0x0620 <= o <= 0x064A or 0x066E <= o <= 0x06D3 or 0x06FA <= o <= 0x06FF
            or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC)


def _is_latin_upper(ch: str) -> bool:
    return ch.isupper() and not _is_arabic_letter(ch)


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation (with its final period) to kind: ``title``, ``num`` or ``final``.
    Lower-case entries are stored lower-cased and matched case-insensitively."""
    out: dict[str, str] = {}
    for row in table("prcli.text", "abbreviations.tsv"):
        if len(row) >= 2:
            out[row[0]] = row[1]
    return out


def abbreviation_kind(token: str) -> str | None:
    """Kind of ``token`` (ending in ".") in the abbreviation list, or None."""
    table_ = abbreviations()
    kind = table_.get(token)
    if kind is None:
        low = token.lower()
        if low in table_ and low == low.lower():
            kind = table_[low]
    return kind


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines as paragraphs, stripped of surrounding spaces and invisible marks."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        a, b = _trim(text, m.start(), m.end())
        if a < b:
            out.append(Paragraph(text[a:b], a, b, len(out)))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in _EDGE or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in _EDGE or text[b - 1].isspace()):
        b -= 1
    return a, b


_ASCII_DIGITS = frozenset("0123456789")


def _token_before(text: str, i: int, floor: int) -> tuple[str, int]:
    """The token (no spaces) ending just before ``i``, without leading brackets or quotes, and
    its start. Looks back at most ``_LOOKBACK`` characters."""
    lo = max(floor, i - _LOOKBACK)
    j = i
    while j > lo and text[j - 1] in _ASCII_DIGITS:
        j -= 1
    if j < i and (j == lo or text[j - 1] in " \n"):
        return text[j:i], j  # "1. 1. 1. …", "in 2015.": digits after a space (the common case, no slicing)
    seg = text[lo:i]
    token = seg.rsplit(None, 1)[-1] if seg and not seg[-1].isspace() else ""
    j = i - len(token)
    while j < i and text[j] in "([{\"'“”«»‹›‘’-–—/":
        j += 1
    return text[j:i], j


def _after_number(text: str, j: int, floor: int) -> bool:
    """Whether a digit ends just before position ``j`` (allowing one space)."""
    k = j - 1
    if k >= floor and text[k] in _SPACE:
        k -= 1
    return k >= floor and text[k].isdigit()


def _lower_word_end(token: str) -> bool:
    """Whether ``token`` ends with a lower-case Latin word of two letters or more and is not
    a web or e-mail address or a dotted abbreviation."""
    if "." in token or "/" in token or "@" in token:
        return False
    n = 0
    for ch in reversed(token):
        if not ch.isalpha():
            break
        n += 1
    return n >= 2 and token[-1].islower() and not _is_arabic_letter(token[-1])


def _arabic_before(text: str, i: int, floor: int) -> bool:
    """Whether the nearest letter before ``i`` (within the look-back) is Arabic."""
    seg = text[max(floor, i - _LOOKBACK):i]
    if seg.isascii():
        return False  # no Arabic letter at all (one C-level test, e.g. "1. 1. 1. …" or English)
    for ch in reversed(seg):
        if ch.isalpha():
            return _is_arabic_letter(ch)
    return False


def _dotted_chain(text: str, i: int, ceil: int) -> bool:
    """Whether a short Arabic letter name (up to three letters) starting at ``i`` is followed
    by another period: a transliterated acronym such as آي.أو.بي or جي.ام.ار."""
    j = i
    while j < ceil and j - i < 4 and _is_arabic_letter(text[j]):
        j += 1
    return i < j < ceil and text[j] == "."


@cache
def _letter_names() -> frozenset[str]:
    return word_list("prcli.text", "letter_names_ar.txt")


def _spaced_chain(text: str, tstart: int, nxt: int, floor: int, ceil: int) -> bool:
    """Whether the letter name before a period is inside a spaced acronym: the next word is
    also a letter name, or a period comes just before this one (skipping spaces)."""
    j = nxt
    while j < ceil and j - nxt < 6 and _is_arabic_letter(text[j]):
        j += 1
    if text[nxt:j] in _letter_names() and (j >= ceil or not _is_arabic_letter(text[j])):
        return True
    k = tstart - 1
    while k >= floor and text[k] in _SPACE:
        k -= 1
    return k >= floor and text[k] == "."


def _period_cuts(text: str, t: int, nxt: int, glued: bool, start: int, floor: int, ceil: int) -> bool:
    """Whether the single period at ``t`` ends a sentence; ``nxt`` is the next visible
    character's position (< ceil), ``glued`` says it follows the mark with no space, and
    ``start`` is where the current sentence starts."""
    c = text[nxt]
    prev = text[t - 1] if t > floor else " "
    if prev.isdigit() and c.isdigit() and (glued or (nxt == t + 2 and _arabic_before(text, t, floor))):
        return False  # 3.5, 1.11.91; "5. 0 في المائة" (a decimal broken by a space in Arabic copy)
    token, tstart = _token_before(text, t, floor)
    if token.isdigit():
        # "in 2015.", "1. 1. 1. …": no abbreviation, initial or letter name is made of digits
        # (nor a spaced acronym: the token is glued to the period), so only the list number
        # and glued-period tests below can apply
        return _digits_cut(text, token, tstart, nxt, glued, start, ceil)
    word = token + "."
    kind = abbreviation_kind(word) if token else None
    core = token.rsplit(".", 1)[-1]
    if kind is None and core != token and core:
        kind = abbreviation_kind(core + ".")  # "Orsay.MM." after a glued sentence end
    single = len(core) == 1 and core.isalpha()
    if single and _is_arabic_letter(core) and token == core and _after_number(text, tstart, floor):
        kind = None  # 1935 م. / 50 م. : an era or a unit after a number ends the sentence
    elif kind == "title":
        return False
    elif kind == "num":
        if c.isdigit() or (single and glued):
            return False  # No. 5, p. 12; ص.ب (a dotted chain of letters)
    elif kind == "final":
        return not c.isdigit()
    elif single:
        return False  # an initial: J. Smith, ع. عسول, U.N.
    if not glued and _letter_names():
        k = t
        while k > floor and text[k - 1] in _SPACE:
            k -= 1
        name, nstart = _token_before(text, k, floor) if k < t else (token, tstart)
        if name in _letter_names() and _spaced_chain(text, nstart, nxt, floor, ceil):
            return False  # جيه . بي . اكس: a spaced acronym
    if token.isdigit() and len(token) <= 2 and tstart - start <= 4 and not text[start:tstart].strip():
        return False  # a list number at the start of the sentence: "1. ...", "… fin. 2. UNE CRISE"
    if glued:
        if _is_arabic_letter(c):
            # المغرب.وأكد is cut; a dotted chain of short letter names (آي.أو.بي) is not
            short = 0 < len(core) <= 2
            return not (short and ("." in token or _dotted_chain(text, nxt, ceil)))
        # "prudence.L'exécutif", "monde.«Ces"; not "AHDATH.INFO", "U.N.x", "hespress.com", "x.5"
        return (_is_latin_upper(c) or c in "«“") and _lower_word_end(token)
    return True


def _digits_cut(text: str, token: str, tstart: int, nxt: int, glued: bool, start: int, ceil: int) -> bool:
    """``_period_cuts`` after a token of digits: its last tests (kept in step with them)."""
    if len(token) <= 2 and tstart - start <= 4 and not text[start:tstart].strip():
        return False  # a list number at the start of the sentence
    if glued:
        c = text[nxt]
        if _is_arabic_letter(c):
            short = 0 < len(token) <= 2
            return not (short and _dotted_chain(text, nxt, ceil))
        return False  # "12.A": no lower-case word ends the token
    return True


def _cuts(text: str, t: int, u: int, e: int, start: int, floor: int, ceil: int) -> bool:
    """Whether the terminal marks ``text[t:u]`` with the closers up to ``e`` end a sentence."""
    refs = _REFS.match(text, e, ceil) if e < ceil and text[e] in _REFS_FIRST else None
    j = refs.end() if refs else e
    while j < ceil and text[j] in _SPACE:
        j += 1
    if j >= ceil:
        return True
    c = text[j]
    if c in _CONTINUE or c.islower():
        return False
    glued = j == u  # no closer, no space
    run = text[t:u]
    if run == "." or run == "..":
        return _period_cuts(text, t, j, glued, start, floor, ceil)
    if t > floor and text[t - 1] in "([" and set(run) <= {".", "…"}:
        return False  # elision: (...) […]
    if glued and run == "?" and t > floor and _is_arabic_letter(text[t - 1]) and _is_arabic_letter(c):
        return False  # a Latin "?" inside an Arabic word is a lost character (ا?سر), not a question
    # glued to a Latin letter or a digit: Yahoo!Inc, ?id=3, 12!5
    return not glued or _is_arabic_letter(c) or c in "([\"“«"


def _goes_on(text: str, close: int, ceil: int) -> bool:
    """Whether the sentence goes on after the quotation closing at ``close``: the quotation
    does not end with its own terminal mark, or a comma or a lower-case word follows it."""
    k = close - 1
    while k > 0 and text[k] in _SPACE:
        k -= 1
    if text[k] not in ".!?؟…":
        return True
    j = close + 1
    while j < ceil and (text[j] in _SPACE or text[j] in _CLOSERS):
        j += 1
    return j < ceil and (text[j] in _CONTINUE or text[j].islower())


def _sentence_ends(text: str, floor: int, ceil: int) -> list[int]:
    """End positions of the sentences inside the paragraph ``text[floor:ceil]``."""
    found = quote_pairs(text, floor, ceil)
    pair_closes = {c for _, c in found}
    marks = [m.start() for m in _TERMINAL.finditer(text, floor, ceil)] if found else []
    # Only a short quotation inside a longer sentence protects its own terminal marks: at most
    # MAX_QUOTED_BREAKS of them (a longer quoted passage is cut at its own sentence ends), and
    # straight quotes only when both marks clearly face the quotation (not `" word "` typing).
    pairs = [(o, c) for o, c in found if _goes_on(text, c, ceil)
             and bisect_left(marks, c) - bisect_right(marks, o) <= MAX_QUOTED_BREAKS
             and (text[o] != '"' or (straight_role(text, o, floor, ceil) == "open"
                                     and straight_role(text, c, floor, ceil) == "close"))]
    ends: list[int] = []
    k = 0  # pairs[:k] have opened before the current mark
    reach = -1  # furthest closing position among the quotations opened so far
    for m in _TERMINAL.finditer(text, floor, ceil):
        t, u = m.start(), m.end()
        # closers: glued ones always; after spaces only the close of a paired quotation
        e = u
        while e < ceil:
            if text[e] in _CLOSERS:
                e += 1
                continue
            if not pair_closes:
                break  # no paired quotation in the paragraph: no closer after spaces
            s = e
            while s < ceil and text[s] in _SPACE:
                s += 1
            if s < ceil and s > e and s in pair_closes:
                e = s + 1
                continue
            break
        while k < len(pairs) and pairs[k][0] < t:
            reach = max(reach, pairs[k][1])
            k += 1
        if reach >= e:
            continue  # inside a quotation that goes on
        if _cuts(text, t, u, e, ends[-1] if ends else floor, floor, ceil):
            ends.append(e)
    if "pic.twitter.com/" in text[floor:ceil]:
        # an embedded tweet's photo link ends a unit even when text is glued to it
        ends = sorted({*ends, *(m.end() for m in _TWEET_LINK.finditer(text, floor, ceil))})
    return ends


def _piece(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim a sentence candidate: edges and leading reference marks."""
    a, b = _trim(text, a, b)
    m = _REFS.match(text, a, b)
    if m:
        a, b = _trim(text, m.end(), b)
    return a, b


def _has_content(text: str, a: int, b: int) -> bool:
    return any(ch.isalnum() for ch in text[a:b])


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order with exact offsets; none crosses a paragraph boundary. Boilerplate
    units (outlet line, agency trailer, "Read more"...) are kept and flagged."""
    spans: list[tuple[int, int, int]] = []
    for para in split_paragraphs(text):
        start = para.start
        for end in [*_sentence_ends(text, para.start, para.end), para.end]:
            a, b = _piece(text, start, end)
            if a < b and _has_content(text, a, b):
                spans.append((a, b, para.index))
            start = end
    flags = mark_boilerplate(text, spans)
    return [Sentence(text[a:b], a, b, i, p, flag)
            for i, ((a, b, p), flag) in enumerate(zip(spans, flags, strict=True))]
