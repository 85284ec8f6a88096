"""Figures on hostile input: the shortcuts taken for speed read the same as the plain path."""

from __future__ import annotations

import pytest

from prcli.figures import base as fbase
from prcli.figures import extract as fx
from prcli.figures import extract_stats
from prcli.figures.lexicon import TOKEN_RE
from prcli.text.normalize import PLACEHOLDER


def _plain_tokenize(low: str) -> tuple[list[tuple[str, int, int, str]], list[bool]]:
    """The straightforward tokenizer (one match object per token) that ``_tokenize`` must equal."""
    toks: list[tuple[str, int, int, str]] = []
    sp: list[bool] = []
    prev_end = 0
    for m in TOKEN_RE.finditer(low):
        s, (a, b) = m.group(), m.span()
        if s[0].isalpha() or s[0] == PLACEHOLDER:
            toks.append(("word", a, b, s.replace(PLACEHOLDER, "")))
        elif s[0].isdigit():
            toks.append(("num", a, b, fx._num_key(s) if PLACEHOLDER in s or " " in s else s))
        else:
            toks.append(("punct", a, b, s))
        sp.append(a == prev_end or (a - prev_end <= 3 and "\n" not in low[prev_end:a]))
        prev_end = b
    return toks, [*sp[1:], False] if sp else [False]


@pytest.mark.parametrize("text", [
    "",
    "   \n\t ",
    "بلغ عدد الزوار 1724 زائرا،\n\n  وارتفعت الأسعار بنسبة 3.5 في المائة.   \n",
    "Sales rose 12%  to $3.2bn\r\nin 2024 ,  up  from 2.9bn .",
    "Le 2e tour\u00a0: 43 ر 1 et 88.ـ52 \x1c 7\u2028 8 \x85 9",
    "word" + " " * 50_000,
    # windows of the tokenizer end on blanks: long texts with «43 ر 1» and runs of blanks astride
    ("بلغ 43 ر 1 مليون و 7ـ ر ـ5 ألف " * 9_000) + ("  \n " * 40_000) + "x 12.5 " * 9_000,
])
def test_tokenizer_matches_the_plain_one(text: str) -> None:
    toks, sp = fx._tokenize(text)
    assert ([tuple(t) for t in toks], sp) == _plain_tokenize(text)


def test_tokenizer_windows_end_between_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    # tiny windows: every boundary case (« ر » numbers, tatweel, blank runs) meets a window end
    monkeypatch.setattr(fbase, "_WINDOW", 3)  # the tokenizer lives in figures.base
    text = ("بلغ 43 ر 1 مليون و7ـ ر ـ5 ألف،  \n\n 12 500 شخص ر  1 3ر 4 Le 2e tour, 1,724.5 $ \t ر"
            "a.a.1.5,ـ.12ـ.5,,7،،8ر.9__x“«\"1e309”12ـ 5 ـ.")
    toks, sp = fx._tokenize(text)
    assert ([tuple(t) for t in toks], sp) == _plain_tokenize(text)


def test_trailing_blanks_stay_linear() -> None:
    # blanks after the last token are not scanned again from each of their positions
    toks, _ = fx._tokenize("12 " + " " * 2_000_000)
    assert [t.key for t in toks] == ["12"]


def test_scientific_notation_is_no_figure() -> None:
    text = "The reading reached 1e309 and 9.9e-12 units, then 2.5E+8 units; sales rose 5% in 2024."
    found = [s.text for s in extract_stats(text, language="en")]
    assert found == ["5%", "2024"]


def test_french_ordinals_still_read() -> None:
    text = "Le 2e tour aura lieu le 3 mai au 1er étage."
    found = [(s.text, s.kind) for s in extract_stats(text, language="fr")]
    assert ("2e", "ordinal") in found and ("1er", "ordinal") in found


PROSE = {
    "ar": ("ارتفع عدد الزوار من 6 إلى 8 ملايين شخص.", "وتراوحت الزيادة بين 2 و3 في المائة."),
    "en": ("Annual profits rose 26% to £310m.", "Between 2 and 3 million people came, up 10% on 2003."),
    "fr": ("Entre 8 et 10 milliards d'euros ont été levés.", "On compte de 2000 à 3000 blessés légers."),
}


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_table_of_numbers_leaves_the_prose_figures_alone(language: str) -> None:
    # ranges and changes are linked the same with a flattened table of numbers between them
    first, second = PROSE[language]
    table = " ".join(str(n) for n in range(11, 60))
    alone = extract_stats(first + "\n\n" + second, language=language)
    mixed = extract_stats(first + "\n\n" + table + "\n\n" + second, language=language)
    shift = len(table) + 2
    cut = len(first)
    prose = [s for s in mixed if s.end <= cut or s.start >= cut + shift]
    moved = [(s.text, s.start - (shift if s.start > cut else 0), s.value, s.kind, s.unit, s.counts)
             for s in prose]
    assert moved == [(s.text, s.start, s.value, s.kind, s.unit, s.counts) for s in alone]
    assert len(mixed) - len(prose) >= 40  # the table's numbers are read too
