"""Reading one run of digits with its separators (already folded to ASCII digits).

The same characters mean different things by language and house style: «1.724» is a thousand
in Arabic and French copy but a decimal in English, «1,5» is a decimal in French, «136'000» is
Swiss, «7ر12» is the wire-agency way of writing 12.7. Values are Decimals so that scale words
multiply exactly (16.2 × 10⁹ stays 16200000000).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

#: Longest integer part we read; longer runs are codes or garbage, not figures.
MAX_DIGITS = 18

_SEP = re.compile(r"\D")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
#: Times and dates are rarer: their patterns are left to ``re``'s own cache, compiled on first
#: use rather than by every run at start-up.
_TIME = r"(\d{1,2}):(\d{2})(?::\d{2})?"
#: A race time in English sport copy: "4:02.17" (minutes, seconds and hundredths) or "2:08:11"
#: (hours, minutes, seconds, maybe hundredths). Clocks never carry hundredths, and English news
#: gives clock times as "10:30" or "1030 GMT", never with seconds.
_RACE_TIME = r"(?:(\d{1,2}):)??(\d{1,2}):(\d{2})(\.\d{1,2})?"
_DMY = r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})"
_YMD = r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})"


class Raw(NamedTuple):
    """What a digit run is: ``number``, ``range`` (two numbers), ``date``, ``time``, ``racetime``
    (a sport result, ``value`` in seconds), ``ident``."""

    kind: str
    value: Decimal | None = None
    second: Decimal | None = None
    plain: bool = False  # only digits, no separator (a candidate year)
    digits: int = 0  # length of the integer part


def to_decimal(digits: str) -> Decimal | None:
    """A Decimal for a plain ``123`` or ``123.45`` string, or None when too long or invalid."""
    int_part = digits.split(".", 1)[0]
    if not int_part or len(int_part) > MAX_DIGITS or len(digits) > MAX_DIGITS + 12:
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def parse_number(raw: str, lang: str, before_scale: bool) -> Raw:
    """A run with only thousand/decimal separators (, . ' ’ and the wire-agency ر)."""
    if "ر" in raw:
        parts = raw.split("ر")
        if len(parts) == 2:
            val = to_decimal(parts[1] + "." + parts[0])
            if val is not None:
                return Raw("number", val, digits=len(parts[1]))
        return Raw("ident")
    seps = _SEP.findall(raw)
    groups = _SEP.split(raw)
    if len(groups) != len(seps) + 1 or any(not g for g in groups):
        return Raw("ident")
    if not seps:
        val = to_decimal(raw)
        return Raw("number", val, plain=True, digits=len(raw)) if val is not None else Raw("ident")
    kinds = set(seps)
    apostrophes = {"'", "’"}
    if kinds <= apostrophes:
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return _num("".join(groups))
        return Raw("ident")
    if len(seps) == 1:
        sep, tail = seps[0], groups[1]
        thousands = (
            len(tail) == 3
            # "1,500m" is 1500 in English; «1,824 مليون ريال» is 1824 million in Arabic copy (a
            # Latin comma groups thousands there; «2.773 مليون» with a point stays a decimal)
            and (not before_scale or (lang in ("en", "ar") and sep == ","))
            and len(groups[0]) <= 3
            and groups[0] != "0"
            and _thousands_sep(sep, lang)
        )
        return _num(groups[0] + groups[1]) if thousands else _num(groups[0] + "." + groups[1])
    last = seps[-1]
    if all(s == seps[0] for s in seps):
        # 1,234,567 or 1.234.567: thousands if every group after the first has three digits
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return _num("".join(groups))
        return Raw("ident")  # 1.11.91: a dahir or law number
    # both kinds: the last separator is the decimal one, the others group thousands
    head, tail = groups[:-1], groups[-1]
    if all(len(g) == 3 for g in head[1:]) and len(head[0]) <= 3 and last not in apostrophes:
        return _num("".join(head) + "." + tail)
    return Raw("ident")


def _thousands_sep(sep: str, lang: str) -> bool:
    if lang == "en":
        return sep == ","
    if lang == "fr":
        return sep == "."
    return True  # Arabic copy uses both 1,724 and 1.724 for thousands


def _num(digits: str) -> Raw:
    val = to_decimal(digits)
    if val is None:
        return Raw("ident")
    return Raw("number", val, digits=len(digits.split(".", 1)[0]))


#: Digit runs up to this length are remembered (short ones repeat: 1, 2015, 10...; long ones are
#: rare and would make the memo big).
_MEMO_LEN = 24


def parse_raw(raw: str, lang: str, before_scale: bool) -> Raw:
    """Classify and read a digit run as produced by the tokenizer (a pure function of its
    arguments, memoized for short runs: a figure-dense text asks about the same runs again)."""
    if len(raw) <= _MEMO_LEN:
        return _parse_raw_memo(raw, lang, before_scale)
    return _parse_raw(raw, lang, before_scale)


@lru_cache(maxsize=16384)
def _parse_raw_memo(raw: str, lang: str, before_scale: bool) -> Raw:
    return _parse_raw(raw, lang, before_scale)


def _parse_raw(raw: str, lang: str, before_scale: bool) -> Raw:
    if ":" in raw:
        if lang == "en":
            race = race_time_value(raw)
            if race is not None:
                return Raw("racetime", race)
        m = re.fullmatch(_TIME, raw)
        if m and int(m.group(1)) <= 24 and int(m.group(2)) < 60:
            return Raw("time", Decimal(int(m.group(1))), Decimal(int(m.group(2))))
        return Raw("ident")
    if "/" in raw or raw.count("-") == 2 or _DOTTED_DATE.fullmatch(raw):
        m = re.fullmatch(_DMY, raw)
        if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            year = int(m.group(3))
            return Raw("date", Decimal(year if year > 99 else int(m.group(1))))
        m = re.fullmatch(_YMD, raw)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return Raw("date", Decimal(int(m.group(1))))
        if raw.count("/") == 1 and "-" not in raw:
            return Raw("ident")  # a fraction or a reference: not read as a figure
        if "/" in raw or raw.count("-") >= 2:
            return Raw("ident")
    if "-" in raw:
        left, right = raw.split("-", 1)
        a = parse_number(left, lang, False)
        b = parse_number(right, lang, before_scale)
        if a.kind == "number" and b.kind == "number" and a.value is not None and b.value is not None:
            if a.plain and b.plain and a.digits == 4 and b.digits == 2:
                return Raw("range", a.value, None, plain=True, digits=4)  # 2004-05: a season
            return Raw("range", a.value, b.value, plain=a.plain and b.plain, digits=a.digits)
        return Raw("ident")
    return parse_number(raw, lang, before_scale)


def race_time_value(raw: str) -> Decimal | None:
    """Seconds of an English race time ("4:02.17" → 242.17, "2:08:11" → 7691), or None when the run
    is no race time (a clock "10:30" has neither hundredths nor seconds).

    Why seconds: one unit for every race time, comparable and exact; the leading component alone
    (4 for "4:02.17", as some annotators read colon times) would lose the time itself."""
    m = re.fullmatch(_RACE_TIME, raw)
    if m is None or int(m.group(3)) >= 60:
        return None
    hours, minutes, frac = m.group(1), int(m.group(2)), m.group(4) or ""
    if hours is None and not frac:
        return None  # "10:30": a clock time
    if hours is not None and minutes >= 60:
        return None
    total = (int(hours or 0) * 60 + minutes) * 60 + int(m.group(3))
    return Decimal(total) + (Decimal(frac) if frac else Decimal(0))
