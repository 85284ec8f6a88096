"""Language of a document from script share and, for Latin script, stop-word evidence."""

from __future__ import annotations

import re

from prcli.text.resources import word_list

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "Arab"
    if 0x0590 <= o <= 0x05FF:
        return "Hebr"
    if 0x0400 <= o <= 0x04FF:
        return "Cyrl"
    if 0x4E00 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF:
        return "Hani"
    if ch.isascii() or 0x00C0 <= o <= 0x024F:
        return "Latn"
    return "Other"


_SCRIPT_LANG = {"Arab": "ar", "Hebr": "he", "Cyrl": "ru", "Hani": "zh"}


def dominant_script(text: str, sample: int = 20000) -> str | None:
    """The script of most letters in (a sample of) the text, or None without letters."""
    counts: dict[str, int] = {}
    for ch in text[:sample]:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def latin_language(text: str, sample: int = 20000) -> str:
    """English or French (or "und") by stop-word hits among the Latin words."""
    en, fr = word_list("prcli.text", "stopwords_en.txt"), word_list("prcli.text", "stopwords_fr.txt")
    score_en = score_fr = 0
    for m in _WORD.finditer(text[:sample]):
        w = m.group().lower()
        score_en += w in en
        score_fr += w in fr
    if score_en == score_fr == 0:
        return "und"
    return "en" if score_en >= score_fr else "fr"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the dominant language: "ar", "en", "fr", another code, or "und"."""
    script = dominant_script(text)
    if script is None:
        return "und"
    if script == "Latn":
        return latin_language(text)
    return _SCRIPT_LANG.get(script, "und")
