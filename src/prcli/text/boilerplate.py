"""Recognise units that are not part of the story: outlet and source lines, bylines,
datelines standing on their own line, agency trailers, links, share/tweet remnants.

They stay in the sentence list (offsets and indices do not move) but are flagged, so the
summarizer and the other analyses can leave them out. Rules:

* the first paragraph when it is one short unit with no terminal mark (an outlet, a city, a
  byline: «هومبريس», «و م ع», «عين اليوم – متابعات», "By Jane Doe") and the text goes on;
  the second one too when the first was boilerplate and it is as short («خاص»);
* a paragraph at the top that is an agency dateline on its own line («الرياض 25 شوال 1436 هـ
  الموافق 10 أغسطس 2015 م واس», "RABAT (MAP)"): agency tags are in ``data/agencies.txt``;
  a dateline followed by text on the same line stays inside the first sentence;
* agency trailers: «// انتهى //», «// يتبع //» and the clock time line after them («18:07 ت م»);
* units that start with a phrase of ``data/boilerplate_starts.tsv`` (رابط الخبر, Read more,
  Lire aussi, Share, المصدر: ...), each with its scope (always, short units only, last unit only);
* a unit made of a web address or an e-mail address, or a tweet embed ``(@handle)``;
* a last unit that is only a short source in brackets: "(AFP)", "(Le Matin)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from prcli.text.normalize import normalize
from prcli.text.resources import table, word_list

_CLOCK = re.compile(r"^\d{1,2}[:]\d{2}(?:\s+\S{1,5}){0,3}$")
_LINK = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
_TWEET = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com/", re.IGNORECASE)
_SOURCE_IN_BRACKETS = re.compile(r"^\(\s*[^()]{1,40}\)$")
_HIJRI_DATE = re.compile(r"\d\s*هـ\s+الموافق")
_TERMINAL_END = re.compile(r"[.!?؟…]['\"”’»)\]]*$")
_WORD = re.compile(r"\w+")

#: Longest unit (in words) that the short-line rules apply to.
SHORT_TOP = 4
SHORT_BYLINE = 8
_SEPARATOR = re.compile(r"\s[-–—|/:]\s|\s[-–—]|[-–—]\s|:\s")
SHORT_START = 8


@cache
def _trailer() -> re.Pattern[str]:
    """«// انتهى //», «// يتبع //» (``data/trailer_words_ar.txt``), matched on the normalized unit."""
    words = "|".join(map(re.escape, sorted(word_list("prcli.text", "trailer_words_ar.txt"))))
    return re.compile(r"^//\s*(?:" + words + r")\s*//")


@cache
def _byline() -> re.Pattern[str]:
    """A byline's first word («بقلم», "By", «Par», ``data/byline_words_<lang>.txt``), matched on the
    normalized unit."""
    alternatives = "|".join(re.escape(w) for lang in ("ar", "en", "fr")
                            for w in sorted(word_list("prcli.text", f"byline_words_{lang}.txt")))
    return re.compile(r"^[-–—\s]*(?:" + alternatives + r")\b")


@cache
def _starts() -> dict[str, re.Pattern[str]]:
    """One regex per scope matching any listed phrase at the start of a normalized unit."""
    by_scope: dict[str, list[str]] = {}
    for row in table("prcli.text", "boilerplate_starts.tsv"):
        phrase = normalize(row[0])
        scope = row[1] if len(row) > 1 else "always"
        # a phrase ending in a letter must end at a word boundary ("Share" but not "Shares")
        tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
        by_scope.setdefault(scope, []).append(re.escape(phrase) + tail)
    return {scope: re.compile("|".join(sorted(alts, key=len, reverse=True)))
            for scope, alts in by_scope.items()}


@cache
def _agencies() -> frozenset[str]:
    return frozenset(normalize(a) for a in word_list("prcli.text", "agencies.txt"))


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


def has_agency_tag(unit: str) -> bool:
    """Whether a news-agency tag (واس, و م ع, MAP, AFP...) stands as a word at either end of
    ``unit`` or in brackets inside it."""
    norm = re.sub(r"[()\[\]\-–—:،,.]", " ", normalize(unit))
    words = norm.split()
    if not words:
        return False
    for tag in _agencies():
        n = len(tag.split())
        if " ".join(words[:n]) == tag or " ".join(words[-n:]) == tag:
            return True
    return any(f"({tag})" in normalize(unit) for tag in _agencies())


def is_boilerplate_unit(unit: str, *, last: bool = False) -> bool:
    """Whether one unit is boilerplate wherever it stands (trailers, links, teasers...)."""
    s = unit.strip()
    # normalize works character by character, so the fold of s[:20] is a prefix of ``head``:
    # a trailer can only be there when ``head`` opens on "//" (one normalize for most units)
    head = normalize(s[:80])
    if (head.startswith("//") and _trailer().match(normalize(s[:20]))) or _CLOCK.match(s) or (
            ("(@" in s or "/" in s) and _TWEET.search(s)):  # both alternatives need these
        return True
    if len(s) <= 300 and _LINK.match(s):  # bounded: the e-mail pattern backtracks
        return True
    if last and _SOURCE_IN_BRACKETS.match(s) and _n_words(s) <= 4:
        return True  # "(AFP)", "(Le Matin)", "(ats/nxp)" closing the article
    starts = _starts()
    if "always" in starts and starts["always"].match(head):
        return True
    m = starts["short"].match(head) if "short" in starts else None
    # a remnant has no sentence end ("Share", "المصدر: CNN") unless a colon labels it
    # ("Source: AFP."); "Share prices fell." and «المزيد من الضحايا سقطوا.» are news
    if m and _n_words(s) <= SHORT_START and (
            not _TERMINAL_END.search(s) or ":" in head[max(0, m.end() - 1):m.end() + 2]):
        return True
    return bool(last and "tail" in starts and starts["tail"].match(head) and not _TERMINAL_END.search(s))


def is_top_line(unit: str) -> bool:
    """Whether a whole first paragraph looks like an outlet, byline or dateline line: very
    short («هومبريس», «و م ع», "Reuters"), or short with a separator or a byline word
    («عين اليوم – متابعات», «بقلم: ...», "By Jane Doe | Paris"), or an agency dateline."""
    s = unit.strip()
    if _TERMINAL_END.search(s):
        return False
    n = _n_words(s)
    if n <= SHORT_TOP:
        return True
    if n <= SHORT_BYLINE and (_SEPARATOR.search(s) or _byline().match(normalize(s))):
        return True
    return n <= 20 and (has_agency_tag(s) or bool(_HIJRI_DATE.search(s)))


def mark_boilerplate(text: str, spans: Sequence[tuple[int, int, int]]) -> list[bool]:
    """One flag per ``(start, end, paragraph)`` unit of ``text``, in order."""
    # a unit that comes back (a feed's repeated line, "1." a hundred thousand times) is judged
    # once: the rule depends on the unit alone (and on being last, which only one unit is)
    seen: dict[str, bool] = {}
    flags: list[bool] = []
    last_i = len(spans) - 1
    for i, (a, b, _) in enumerate(spans):
        unit = text[a:b]
        if i == last_i:
            flags.append(is_boilerplate_unit(unit, last=True))
            continue
        flag = seen.get(unit)
        if flag is None:
            flag = seen[unit] = is_boilerplate_unit(unit)
        flags.append(flag)
    paragraphs: dict[int, list[int]] = {}
    for i, (_, _, p) in enumerate(spans):
        paragraphs.setdefault(p, []).append(i)
    order = sorted(paragraphs)
    # the top: at most the first two paragraphs, each a single unit, and text must follow
    for rank, p in enumerate(order[:2]):
        units = paragraphs[p]
        if len(units) != 1 or rank + 1 >= len(order):
            break
        i = units[0]
        a, b, _ = spans[i]
        unit = text[a:b]
        if rank == 1 and not flags[paragraphs[order[0]][0]]:
            break
        if is_top_line(unit) and (rank == 0 or _n_words(unit) <= SHORT_TOP):
            flags[i] = True
        else:
            break
    # a clock time right after a trailer
    for i in range(1, len(spans)):
        if flags[i - 1] and _trailer().match(normalize(text[spans[i - 1][0]:spans[i - 1][1]][:20])):
            a, b, _ = spans[i]
            if _CLOCK.match(text[a:b].strip()):
                flags[i] = True
    return flags
