"""Normalization, tokens, clitics, stemming, stop words and language (texts written for these tests)."""

from __future__ import annotations

import pytest

from prcli.text import tokens
from prcli.text.language import detect_language, paragraph_language, paragraph_languages
from prcli.text.normalize import (
    fold,
    fold_digits,
    fold_letters,
    normalize,
    normalize_with_map,
    original_span,
)
from prcli.text.tokens import clitic_candidates, is_stopword, light_stem, lookup, terms, tokenize

# --- normalization


@pytest.mark.parametrize(("raw", "folded"), [
    ("أإآٱ", "اااا"),
    ("مستشفى", "مستشفي"),
    ("المدرسة", "المدرسه"),
    ("مؤتمر", "موتمر"),
    ("المائة", "المايه"),
    ("٢٠٢٤", "2024"),
    ("۱۲۳", "123"),
    ("٣٫٥٪", "3.5%"),
    ("١٬٧٢٤", "1,724"),
    ("a\u00a0b\u202fc", "a b c"),
])
def test_fold_examples(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_keeps_length_and_marks_become_placeholders() -> None:
    raw = "مُحَمَّدٌ\u200fـ"
    assert len(fold(raw)) == len(raw)
    assert normalize(raw) == "محمد"


def test_presentation_forms_from_pdf_copy() -> None:
    pasted = "ﺍﻟﻮﺯﺍﺭﺓ ﺃﻋﻠﻨﺖ ﻻ"  # contextual shapes and a lam-alef ligature
    assert len(fold(pasted)) == len(pasted)
    assert fold(pasted)[:7] == "الوزاره"
    assert normalize(pasted) == normalize("الوزارة أعلنت لا")
    assert [t.norm for t in tokenize(pasted)] == ["الوزاره", "اعلنت", "لا"]


def test_hamza_errors_match_after_folding() -> None:
    # Moroccan copy often writes the hamza on words that take none
    assert normalize("إلتزام") == normalize("التزام")
    assert normalize("إستجابة") == normalize("استجابة")


def test_named_steps_compose_into_fold() -> None:
    raw = "أعلنت ٣ وزارات"
    assert fold_digits(fold_letters(raw)) == fold(raw)


def test_normalize_with_map_points_back_to_the_original() -> None:
    raw = "قالَ الوزيرُ: «الإنجازُ ٣٫٥»"
    norm, index = normalize_with_map(raw)
    assert norm == normalize(raw)
    i = norm.index("الانجاز")
    a, b = original_span(index, i, i + len("الانجاز"))
    assert raw[a:b] == "الإنجازُ"[:-1]  # the trailing damma is outside the last letter
    j = norm.index("3.5")
    a, b = original_span(index, j, j + 3)
    assert raw[a:b] == "٣٫٥"


# --- tokens


def test_tokens_have_exact_offsets_and_normal_forms() -> None:
    text = "أكد الوزيرُ أن 1,724 جنديا و٣٫٥ مليون درهم خُصصت لـ COVID-19 وA4P."
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
        assert t.norm == normalize(t.text)
    by_text = {t.text: t for t in toks}
    assert by_text["1,724"].is_number
    assert by_text["٣٫٥"].is_number and by_text["٣٫٥"].norm == "3.5"
    assert by_text["الوزيرُ"].norm == "الوزير"
    assert "A4P" in by_text and not by_text["A4P"].is_number
    assert by_text["و"].text == "و"  # the conjunction glued to a number is its own token


@pytest.mark.parametrize(("word", "vocab", "found"), [
    ("وقال", {"قال"}, "قال"),
    ("بمليون", {"مليون"}, "مليون"),
    ("والوزير", {"وزير"}, "وزير"),
    ("والوزير", {"الوزير", "وزير"}, "الوزير"),
    ("للمغرب", {"المغرب"}, "المغرب"),
    ("فأكد", {"اكد"}, "اكد"),
    ("والي", {"والي"}, "والي"),
    ("بلد", {"لد"}, None),
    ("ومن", {"من"}, "من"),
    ("ولد", {"ولد", "لد"}, "ولد"),
])
def test_clitic_lookup(word: str, vocab: set[str], found: str | None) -> None:
    assert lookup(word, frozenset(vocab)) == found


def test_clitic_candidates_keep_two_letters() -> None:
    assert all(len(c) >= 2 for c in clitic_candidates("ولل"))


@pytest.mark.parametrize(("word", "stem"), [
    ("المعلمون", "معلم"),
    ("والمعلمين", "معلم"),
    ("وزير", "وزير"),
    ("الوزارة", "وزار"),
    ("وزارة", "وزار"),
    ("بالرباط", "رباط"),
    ("المباحثات", "مباحث"),
    ("countries", "country"),
    ("talks", "talk"),
    ("news", "new"),
])
def test_light_stem(word: str, stem: str) -> None:
    assert light_stem(word) == stem


def test_stopwords_per_language() -> None:
    assert is_stopword("وفي", "ar") and is_stopword("بهذه", "ar") and is_stopword("إلى", "ar")
    assert not is_stopword("الوزير", "ar")
    assert is_stopword("The", "en") and not is_stopword("minister", "en")
    assert is_stopword("avec", "fr") and not is_stopword("ministre", "fr")
    assert tokens.stopwords("xx") == frozenset()


def test_terms_mix_scripts() -> None:
    got = terms("وقال الوزير في كلمته إن «le projet avance bien» selon lui", "ar")
    assert "وزير" in got and "projet" in got
    assert "في" not in got and "le" not in got and "selon" not in got


# --- language


@pytest.mark.parametrize(("text", "lang"), [
    ("أعلنت وزارة الاقتصاد والمالية أن معدل النمو بلغ ثلاثة في المائة خلال السنة الماضية.", "ar"),
    ("The ministry said on Monday that growth reached three percent last year.", "en"),
    ("Le ministère a indiqué lundi que la croissance a atteint trois pour cent l'an dernier.", "fr"),
    ("وزارت امور خارجه ایران گفت که گفتگوها پیشرفت کرده است و ادامه پیدا می‌کند.", "fa"),
    ("Министерство сообщило о росте экономики.", "ru"),
    ("El ministerio anunció que la economía creció más de lo previsto por los expertos.", "es"),
    ("Das Ministerium teilte mit, dass die Wirtschaft stärker gewachsen ist als erwartet.", "de"),
    ("Il ministero ha annunciato che la crescita è stata più forte del previsto.", "it"),
    ("12345 67890 !!!", "und"),
    ("https://www.example.com/watch?v=AbCdEfGh\nالرباط - خاص", "ar"),
    ("انطلقت اليوم أشغال القمة العالمیة الثانیة في مراکش بمشاركة واسعة.", "ar"),  # Persian keyboard
    ("", "und"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_mixed_document_takes_the_dominant_language() -> None:
    ar = "أكد المسؤول أن المشروع سيساهم في خلق فرص الشغل وتحسين الخدمات في المنطقة. " * 3
    fr = "Le projet est une réussite pour la région et pour le pays."
    text = ar + "\n" + fr + "\n" + ar
    assert detect_language(text) == "ar"
    langs = [lang for _, lang in paragraph_languages(text)]
    assert langs == ["ar", "fr", "ar"]


def test_short_paragraph_takes_the_document_language() -> None:
    assert paragraph_language("OK", "ar") == "ar"
    assert paragraph_language("Merci à tous.", "en") == "en"  # too little evidence to switch


def test_long_documents_are_detected() -> None:
    text = ("The board met on Tuesday and the chairman said the results were good. " * 20_000)
    assert detect_language(text) == "en"  # sampled, not read whole: benchmarks/bigdoc.py times it
