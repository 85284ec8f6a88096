"""The library entry points: pure functions of text, one per analysis, and ``analyze`` for all.

Each analysis module is imported only when its function is called, so a command that needs
one analysis never pays for the others.
"""

from __future__ import annotations

from collections.abc import Iterable

from prcli import gcpolicy
from prcli.model import Analysis, Quote, Stat, SummarySentence
from prcli.text.language import detect_language

ANALYSES = ("summary", "quotes", "stats")


def summarize(text: str, *, sentences: int | None = 3, words: int | None = None,
              ratio: float | None = None, language: str | None = None) -> tuple[SummarySentence, ...]:
    """The sentences that carry the story, in article order, within the length budget."""
    from prcli.summarizer import summarize as run

    return run(text, language=language or detect_language(text), sentences=sentences, words=words,
               ratio=ratio)


def quotes(text: str, *, include_all: bool = False, language: str | None = None) -> tuple[Quote, ...]:
    """Direct quotations in article order; ``include_all`` adds titles, terms and scare quotes."""
    from prcli.quotations import extract_quotes

    found = extract_quotes(text, language=language or detect_language(text))
    return found if include_all else tuple(q for q in found if q.is_speech)


def stats(text: str, *, kinds: Iterable[str] | None = None, language: str | None = None) -> tuple[Stat, ...]:
    """Every figure in article order, optionally only those of the given kinds."""
    from prcli.figures import extract_stats

    found = extract_stats(text, language=language or detect_language(text))
    wanted = set(kinds) if kinds else None
    return found if wanted is None else tuple(s for s in found if s.kind in wanted)


def analyze(text: str, *, source: str = "-", include: Iterable[str] = ANALYSES, sentences: int | None = 3,
            words: int | None = None, ratio: float | None = None, all_quotes: bool = False,
            kinds: Iterable[str] | None = None, language: str | None = None) -> Analysis:
    """Run the requested analyses (``summary``, ``quotes``, ``stats``) on one document."""
    lang = language or detect_language(text)
    want = set(include)
    paused = gcpolicy.pause_for(text)  # a very big document: see prcli.gcpolicy
    try:
        return Analysis(
            source=source,
            language=lang,
            summary=summarize(text, sentences=sentences, words=words, ratio=ratio, language=lang)
            if "summary" in want else None,
            quotes=quotes(text, include_all=all_quotes, language=lang) if "quotes" in want else None,
            stats=stats(text, kinds=kinds, language=lang) if "stats" in want else None,
        )
    finally:
        gcpolicy.restore(paused)
