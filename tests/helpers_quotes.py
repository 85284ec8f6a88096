"""The check behind the tricky-case tables of quotations (one row: a text, a quoted span, its speaker,
whether it is speech), shared by the Arabic and the French/Arabic tables."""

from __future__ import annotations

from prcli.quotations import extract_quotes


def check_quote_case(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    """``quoted`` is found in ``text`` with exact offsets, classed as speech or not, and (speech only)
    given to ``speaker``."""
    found = {q.text: q for q in extract_quotes(text, language=lang)}
    assert quoted in found, list(found)
    q = found[quoted]
    assert text[q.start:q.end] == q.text
    assert q.is_speech is speech, q
    if speech:
        assert q.speaker == speaker, q
