"""Paragraphs and sentences with exact offsets.

Paragraphs end at line breaks (LF, CRLF or a lone CR). Sentences end at . ! ? ؟ … and at
paragraph ends, never at ، or ؛, and not after a known abbreviation or an initial, nor
inside a number (3.5, 1.724, 7ر12).
"""

from __future__ import annotations

import re
from functools import cache

from prcli.model import Paragraph, Sentence
from prcli.text.resources import word_list

_LINE = re.compile(r"[^\r\n]+")
_TERMINATORS = ".!?؟…"
# A run of terminal marks, then optional closing quotes/brackets.
_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*")
_CLOSERS = "\"'”’»)]"
_BOILER = re.compile(r"^\s*(//\s*انتهى\s*//.*|رابط الخبر.*|read more.*|lire aussi.*|share\b.*|tweet\b.*)$",
                     re.IGNORECASE)


@cache
def _abbreviations() -> frozenset[str]:
    return word_list("prcli.text", "abbreviations.txt")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines as paragraphs, stripped of surrounding spaces."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(Paragraph(text[a:b], a, b, len(out)))
    return out


def _word_before(text: str, i: int, floor: int) -> str:
    """The token (letters and dots) ending just before position ``i``."""
    j = i
    while j > floor and not text[j - 1].isspace():
        j -= 1
    return text[j:i + 1]


def _is_boundary(text: str, mark_start: int, mark_end: int, floor: int, ceil: int) -> bool:
    """Whether the terminal marks at ``[mark_start, mark_end)`` end a sentence."""
    if mark_end >= ceil:
        return True
    mark = text[mark_start:mark_end]
    nxt = text[mark_end]
    prev = text[mark_start - 1] if mark_start > floor else " "
    if mark == ".":
        # decimals and dotted numbers: 3.5, 1.724
        if prev.isdigit() and nxt.isdigit():
            return False
        token = _word_before(text, mark_start, floor)
        if token.lower() in _abbreviations() or token in _abbreviations():
            return False
        core = token.rstrip(".")
        # single initials: "J. Smith", "ص.ب."
        if len(core.split(".")[-1]) == 1 and core[-1:].isalpha():
            return False
        if not nxt.isspace():
            # "المغرب.وأكد" (Arabic letters right after) is a cut; "U.N.x" or "3.x" is not
            return "\u0600" <= nxt <= "\u06ff" and prev.isalpha() and "\u0600" <= prev <= "\u06ff"
        return True
    return nxt.isspace() or nxt in _CLOSERS or ("\u0600" <= nxt <= "\u06ff")


def _is_boilerplate(s: str) -> bool:
    return bool(_BOILER.match(s))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order with exact offsets; each never crosses a paragraph boundary."""
    out: list[Sentence] = []
    for para in split_paragraphs(text):
        start = para.start
        for m in _END.finditer(text, para.start, para.end):
            if not _is_boundary(text, m.start(), m.end() - len(m.group().lstrip(_TERMINATORS)),
                                para.start, para.end):
                continue
            end = m.end()
            _add(text, start, end, para.index, out)
            start = end
        _add(text, start, para.end, para.index, out)
    return out


def _add(text: str, a: int, b: int, paragraph: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b and any(c.isalnum() for c in text[a:b]):
        s = text[a:b]
        out.append(Sentence(s, a, b, len(out), paragraph, _is_boilerplate(s)))
