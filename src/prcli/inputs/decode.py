"""Bytes to text. The decoded text is the reference for every offset prcli reports.

Recognised without being told: UTF-8 with or without BOM, UTF-16 with BOM (and without BOM
when the zero bytes make it plain), legacy Windows-1256 Arabic, and Windows-1252 for other
legacy Latin text. Only a BOM is removed; line ends and everything else stay as they are.
"""

from __future__ import annotations

import codecs
import re

#: Runs of Arabic letters, marks and digits (the U+0600 block). Only legacy-encoded input needs
#: these patterns: they are left to ``re``'s cache, compiled on first use, not at start-up.
_ARABIC = "[\u0600-\u06ff]+"
_NON_ASCII = "[^\x00-\x7f]"
#: Characters looked at to recognise a legacy encoding: plenty for a verdict, and it keeps a
#: 10 MB article from spending seconds on it.
SAMPLE_CHARS = 200_000


#: Lone surrogates: what a file name that is not UTF-8 (``os.fsdecode``), a JSON ``\\ud800``
#: escape or a forced codec such as ``unicode_escape`` gives in Python. No output encoding can
#: write them (a traceback mid-batch), so they are shown as U+FFFD, like undecodable bytes.
_SURROGATES = "[\ud800-\udfff]"


def printable(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (same length: offsets are unchanged)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # in C: 6x faster than searching for them (every JSON Lines record)
    except UnicodeEncodeError:
        return re.sub(_SURROGATES, "\ufffd", text)
    return text


def is_text_codec(name: str) -> bool:
    """True when ``name`` is a codec that decodes bytes to text: False for unknown names and for
    bytes-to-bytes codecs such as base64 or rot13 (``bytes.decode`` raises LookupError for both,
    but not on empty input: it skips the lookup)."""
    try:
        b"  ".decode(name)
    except LookupError:
        return False
    except ValueError:  # a real text codec that cannot decode two spaces (utf-32)
        pass
    return True


class InputError(Exception):
    """A document that cannot be analyzed; the message says what to do next."""


def _non_ascii(text: str) -> int:
    # Counted in C (a per-character Python loop costs seconds on a 10 MB article).
    return len(text) - len(text.encode("ascii", "ignore"))


def _arabic_share(text: str) -> float:
    """Share of Arabic among the non-ASCII characters, from the first of them on."""
    first = re.search(_NON_ASCII, text)
    if first is None:
        return 0.0
    sample = text[first.start():first.start() + SAMPLE_CHARS]
    non_ascii = _non_ascii(sample)
    if not non_ascii:
        return 0.0
    return (len(sample) - len(re.sub(_ARABIC, "", sample))) / non_ascii


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as zero bytes in every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        # Latin text: high bytes all zero; Arabic text: high byte 0x06 or 0x00
        share = (zeros.count(0) + zeros.count(6)) / len(zeros)
        if share > 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode an article. ``encoding`` forces a codec; otherwise it is recognised.

    Raises ``InputError`` for binary content (NUL bytes that are not UTF-16) and unknown codecs.
    """
    if encoding:
        if not is_text_codec(encoding):
            raise InputError(f"unknown encoding {encoding!r}; try utf-8, utf-16 or cp1256")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {encoding} at byte {e.start}; check --encoding") from None
        return printable(text.removeprefix("\ufeff"))
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").removeprefix("\ufeff")
    if b"\x00" in data:
        text16 = _utf16_without_bom(data)
        if text16 is not None:
            return text16
        raise InputError("binary content (NUL bytes), not a text article; "
                         "if it is UTF-16 or another encoding, pass --encoding")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = _non_ascii(lenient)
    if non_ascii and bad / non_ascii < 0.02:
        return lenient  # UTF-8 with a few broken bytes: keep it, broken bytes become U+FFFD
    legacy = data.decode("cp1256", errors="replace")
    if _arabic_share(legacy) > 0.5:
        return legacy
    return data.decode("cp1252", errors="replace")
