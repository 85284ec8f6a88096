"""Property tests of the text core: offsets stay exact and normalization is idempotent, for any text."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prcli.text.language import detect_language, paragraph_languages
from prcli.text.normalize import fold, fold_lower, normalize, normalize_with_map, original_span
from prcli.text.pairs import quote_pairs
from prcli.text.segment import split_paragraphs, split_sentences
from prcli.text.tokens import clitic_candidates, light_stem, tokenize

# Pieces that hit the segmenter's and the normalizer's special cases.
PIECES = st.sampled_from([
    "قال", "الوزير", "المغرب", "وأكد", "إن", "أن", "“", "”", "«", "»", '"', "'", "(", ")", "[1]", ".", "،",
    "؛", "؟", "!", "…", "...", " ", "  ", "\n", "\r\n", "\r", "\u2029", "\u00a0", "\u202f", "\u200f",
    "\u202b", "\u0640", "\u064e", "\u0651", "1724", "٣", "۴", "٫", "٬", "٪", "7ر12", "3.5", "1.11.91",
    "136'000", "Mr.", "Dr.", "M.", "Mme.", "n°.", "د.", "ص.ب.", "د.م.", "U.N.", "etc.", "1.", "م.", "1935",
    "he", "said", "The", "Il", "a", "dit", "// انتهى //", "18:07 ت م", "Read more", "رابط الخبر", "و م ع",
    "http://x.org", "İ", "ß", "😀", "中文", "\x00",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=200))
PROFILE = settings(max_examples=int(os.environ.get("PRCLI_HYPOTHESIS_EXAMPLES", "200")), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


@PROFILE
@given(TEXTS)
def test_fold_is_same_length_and_idempotent(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


@PROFILE
@given(st.one_of(TEXTS, st.lists(st.sampled_from(["ΟΔΟΣ", "Σ", "σ", "İ", "ẞ", "Word", " ", "\u0640", "أ"]),
                                  max_size=20).map("".join)), st.integers(0, 40), st.integers(0, 40))
def test_fold_lower_is_the_figures_lower_fold_and_slices_when_exact(text: str, a: int, b: int) -> None:
    from prcli.figures.lexicon import lower_same_length

    low, exact = fold_lower(text)
    assert low == lower_same_length(fold(text))
    assert fold_lower(text) == (low, exact)  # (remembered for a long text: the same answer)
    if exact:  # a slice of it is the lower case of the same slice of the fold (the quotations'
        # words, the summary's sentences)
        assert low[a:b] == fold(text)[a:b].lower()
    assert not exact or "Σ" not in text


def test_fold_lower_of_a_long_text_is_remembered_and_flags_a_growing_letter() -> None:
    from prcli.figures.lexicon import lower_same_length

    for piece, exact in (("Le Conseil a voté. ", True), ("İzmir a voté. ", False), ("ΣΟΦΙΑ ", False)):
        text = piece * 60  # (past the length from which the last text's copy is kept)
        first = fold_lower(text)
        assert first == (lower_same_length(fold(text)), exact)
        assert fold_lower(text)[0] is first[0]


@PROFILE
@given(TEXTS)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@PROFILE
@given(TEXTS)
def test_normalize_map_is_monotone_and_in_range(text: str) -> None:
    norm, index = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(index) == len(norm) + 1
    assert index == sorted(index)
    assert index[-1] == len(text)
    if norm:
        a, b = original_span(index, 0, len(norm))
        assert 0 <= a < b <= len(text)


@PROFILE
@given(TEXTS)
def test_sentences_are_exact_ordered_and_inside_paragraphs(text: str) -> None:
    paras = split_paragraphs(text)
    sents = split_sentences(text)
    for p in paras:
        assert text[p.start:p.end] == p.text and p.text == p.text.strip()
    last_end = 0
    for i, s in enumerate(sents):
        assert text[s.start:s.end] == s.text
        assert s.start >= last_end and s.start < s.end
        assert s.index == i
        p = paras[s.paragraph]
        assert p.start <= s.start and s.end <= p.end
        assert any(ch.isalnum() for ch in s.text)
        last_end = s.end


@PROFILE
@given(TEXTS)
def test_sentences_do_not_depend_on_what_follows_the_paragraph(text: str) -> None:
    first = text.split("\n")[0]
    alone = [s.text for s in split_sentences(first) if s.paragraph == 0]
    together = [s.text for s in split_sentences(first + "\nجملة لاحقة.") if s.paragraph == 0]
    if split_paragraphs(first):
        assert alone == together


@PROFILE
@given(TEXTS)
def test_tokens_are_exact(text: str) -> None:
    last = 0
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
        assert t.start >= last
        assert t.norm == normalize(t.text)
        last = t.end


@PROFILE
@given(TEXTS)
def test_quote_pairs_are_marks_in_order(text: str) -> None:
    for o, c in quote_pairs(text):
        assert o < c
        assert text[o] in "«»“”‹›\"" and text[c] in "«»“”‹›\""


@PROFILE
@given(st.text(max_size=40))
def test_stemming_and_clitics_never_grow_words(word: str) -> None:
    norm = normalize(word)
    assert len(light_stem(word)) <= len(norm)
    for cand in clitic_candidates(word):
        assert len(cand) <= len(norm)


@PROFILE
@given(TEXTS)
def test_language_is_always_a_code(text: str) -> None:
    lang = detect_language(text)
    assert isinstance(lang, str) and lang
    for p, plang in paragraph_languages(text, lang):
        assert text[p.start:p.end] == p.text and plang
