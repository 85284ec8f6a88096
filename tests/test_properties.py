"""Property-based tests on the library: any text gives valid, ordered, exact spans and never raises."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prcli
from prcli.summarizer.units import count_words
from prcli.text.normalize import fold, normalize

# Alphabets that exercise the hard parts: Arabic letters and digits, harakat, quote marks of every
# kind, sentence marks, separators, scale and currency words, controls and bidi formatting.
PIECES = st.sampled_from([
    "قال", "الوزير", "إن", "“", "”", "«", "»", '"', "'", "‘", "’", "„", "‹", "›", ".", "،", "؛", "؟", "!",
    "…", " ", "\n", "\r\n", "\r", "\u00a0", "\u202e", "\u2066", "\u200f", "\u0640", "\u064e", "1724", "٣",
    "۴", "7ر12", "3.5", "1,724", "136'000", "مليون", "مليارين", "درهم", "%", "في المائة", "$", "€", "bn",
    "said", "he", "added", "a déclaré", "selon", "M.", "Dr.", "د.", "ص.ب.", "2024", "ماي", "يوليوز",
    "\x1b[31m", "[bold]", "\x00", "😀", "中文", "שלום", "A4P", "COVID-19", "ثلاثة", "soixante-dix", "-",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=80).map("".join), st.text(max_size=300))
PROFILE = settings(max_examples=int(os.environ.get("PRCLI_HYPOTHESIS_EXAMPLES", "150")), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


def _exact(text: str, items: tuple) -> None:
    for it in items:
        assert 0 <= it.start <= it.end <= len(text)
        assert text[it.start:it.end] == it.text
    starts = [it.start for it in items]
    assert starts == sorted(starts)


@PROFILE
@given(TEXTS)
def test_analyze_any_text_gives_exact_ordered_spans(text):
    result = prcli.analyze(text, all_quotes=True, sentences=1000)
    assert isinstance(result.language, str) and result.language
    _exact(text, result.summary or ())
    _exact(text, result.quotes or ())
    _exact(text, result.stats or ())
    for s in result.stats or ():
        assert s.kind in ("count", "money", "percent", "measure", "ordinal", "rank", "year", "date", "time",
                          "duration", "age", "score", "other")


@PROFILE
@given(TEXTS)
def test_fold_keeps_length_and_normalize_is_idempotent(text):
    assert len(fold(text)) == len(text)
    once = normalize(text)
    assert normalize(once) == once


@PROFILE
@given(TEXTS, st.integers(min_value=1, max_value=60))
def test_word_budget_holds(text, words):
    summary = prcli.summarize(text, words=words)
    # about N words: only the last sentence taken may run past N
    sizes = [count_words(s.text) for s in summary]
    if len(sizes) > 1:
        assert sum(sizes) - max(sizes) < words
