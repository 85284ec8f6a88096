"""The word lists the code reads through ``lazy_words`` (language knowledge kept in ``data/``).

Each list is one language and one purpose; a list said to be folded must hold the very strings
``fold`` makes, since it is compared with folded tokens (a stray «ة» or «أ» would never match).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from prcli.text.normalize import fold
from prcli.text.resources import lazy_words, read_data, table, word_list

SRC = Path(__file__).resolve().parent.parent / "src" / "prcli"
_CALL = re.compile(r"lazy_words\(\s*\"(prcli(?:\.\w+)*)\",((?:\s*\"[^\"]+\",?)+)", re.S)


#: ``folded_words("name")`` (prcli.quotations.lexicon) loads a list of the quotations package
_FOLDED = re.compile(r"\bfolded_words\(\s*\"([^\"]+)\"")


_BY_LANGUAGE = re.compile(r"\b(?:language_words|_lang_words)\(\s*\"(\w+)\"")


def _loaded_files() -> list[tuple[str, str]]:
    """(package, file) of every ``lazy_words(...)`` and ``folded_words(...)`` call in the
    sources, and the per-language files of every ``language_words("kind", lang)`` /
    ``_lang_words("kind", lang)`` call."""
    found: set[tuple[str, str]] = set()
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for m in _CALL.finditer(source):
            found.update((m.group(1), name) for name in re.findall(r"\"([^\"]+)\"", m.group(2)))
        found.update(("prcli.quotations", name) for name in _FOLDED.findall(source))
        package = "prcli." + ".".join(path.relative_to(SRC).parts[:-1])
        for kind in _BY_LANGUAGE.findall(source):
            found.update((package, f.name) for f in (path.parent / "data").glob(f"{kind}_??.txt"))
    return sorted(found)


FILES = _loaded_files()


def test_the_sources_load_word_lists_through_lazy_words() -> None:
    assert len(FILES) > 50


@pytest.mark.parametrize(("package", "name"), FILES)
def test_each_word_list_is_one_language_non_empty_and_without_duplicates(package: str, name: str) -> None:
    assert re.fullmatch(r"[a-z_]+_(ar|en|fr)\.txt", name), name
    lines = [s for line in read_data(package, name).splitlines() if (s := line.strip()) and s[0] != "#"]
    assert lines, name
    assert len(lines) == len(set(lines)), sorted(w for w in lines if lines.count(w) > 1)
    raw = read_data(package, name)
    assert raw.startswith("#"), f"{name} says nothing of what it is for"
    if name.endswith("_ar.txt"):
        assert all(re.search(r"[\u0600-\u06ff]", w) for w in lines), name
    else:
        assert not any(re.search(r"[\u0600-\u06ff]", w) for w in lines), name
    if "\n# folded:" in "\n" + raw:
        assert [w for w in lines if fold(w) != w] == [], name


_PAIRS = re.compile(r"lazy_pairs\(\s*\"(prcli(?:\.\w+)*)\",((?:\s*\"[^\"]+\",?)+)", re.S)


def _pair_files() -> list[tuple[str, str]]:
    """(package, file) of every ``lazy_pairs(...)`` call in the sources."""
    found: set[tuple[str, str]] = set()
    for path in SRC.rglob("*.py"):
        for m in _PAIRS.finditer(path.read_text(encoding="utf-8")):
            found.update((m.group(1), name) for name in re.findall(r"\"([^\"]+)\"", m.group(2)))
    return sorted(found)


@pytest.mark.parametrize(("package", "name"), _pair_files())
def test_each_pair_table_maps_each_word_once(package: str, name: str) -> None:
    assert re.fullmatch(r"[a-z_]+_(ar|en|fr)\.tsv", name), name
    rows = table(package, name)
    assert rows and all(len(row) == 2 and row[0] and row[1] for row in rows), name
    keys = [row[0] for row in rows]
    assert len(keys) == len(set(keys)), name


def test_lazy_words_reads_once_and_joins_languages() -> None:
    both = lazy_words("prcli.quotations", "subject_pronouns_en.txt", "subject_pronouns_fr.txt")
    assert both() is both()
    assert "she" in both() and "elle" in both()
    assert both() == word_list("prcli.quotations", "subject_pronouns_en.txt") | word_list(
        "prcli.quotations", "subject_pronouns_fr.txt")


def test_importing_the_package_reads_no_word_list() -> None:
    """Start-up time: the lists are read on first use, never at import."""
    code = ("import importlib, pkgutil, prcli, prcli.cli\n"
            "from prcli.text import resources\n"
            "for m in pkgutil.walk_packages(prcli.__path__, 'prcli.'):\n"
            "    importlib.import_module(m.name)\n"
            "print(resources.word_list.cache_info().currsize, resources.table.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]


def test_a_language_without_a_list_reads_as_missing() -> None:
    """«ordinal_suffixes_ar.txt» does not exist: callers get FileNotFoundError and use an empty set."""
    with pytest.raises(FileNotFoundError):
        read_data("prcli.figures", "ordinal_suffixes_ar.txt")


def test_every_word_list_in_the_package_says_what_it_is_for_and_has_no_duplicates() -> None:
    """All of ``data/*.txt``, whichever loader reads it (``word_list``, ``lazy_words``, a module's
    own reader): a header comment, entries, no entry twice."""
    files = sorted(SRC.glob("*/data/*.txt"))
    assert len(files) > 200
    for path in files:
        raw = path.read_text(encoding="utf-8")
        assert raw.startswith("#"), f"{path.name} says nothing of what it is for"
        lines = [s for line in raw.splitlines() if (s := line.strip()) and s[0] != "#"]
        assert lines, path.name
        assert len(lines) == len(set(lines)), (path.name, sorted(w for w in lines if lines.count(w) > 1))


# Arabic word lists compared with folded tokens (``Tok.norm``) must be folded too: an entry
# written «هؤلاء» or «إلى» as read would never match. (module, constant, word as written)
FOLDED_ON_LOAD = [
    ("prcli.quotations.extract", "_ar_demonstratives", "هؤلاء"),
    ("prcli.quotations.people", "_ar_particles", "إلى"),
    ("prcli.quotations.attribution.cues", "_ar_prep", "إلى"),
    ("prcli.quotations.attribution.cues", "_ar_prep", "على"),
    ("prcli.quotations.extract", "_ar_that", "قائلا"),
    ("prcli.quotations.extract", "_ar_that", "قائلة"),
    ("prcli.quotations.extract", "_ar_that_label", "قائلا"),
    ("prcli.quotations.extract", "_ar_time_words", "الآن"),
    ("prcli.quotations.extract", "_ar_time_words", "الأحد"),
    ("prcli.quotations.extract", "_ar_time_words", "الليلة"),
    ("prcli.quotations.resolve", "_ar_vague", "دوائر"),
    ("prcli.quotations.lexicon", "ar_issuer_places", "لدى"),
    ("prcli.quotations.lexicon", "ar_mention_links", "إلى"),
    ("prcli.quotations.lexicon", "ar_object_prepositions", "على"),
    ("prcli.quotations.lexicon", "ar_talk_objects", "إلى"),
    ("prcli.quotations.resolve", "_ar_named_places", "جائزة"),
    ("prcli.quotations.attribution.arabic", "_ar_places", "دائرة"),
    ("prcli.quotations.extract", "_ar_expression_nouns", "التسمية"),
]


@pytest.mark.parametrize(("module", "constant", "word"), FOLDED_ON_LOAD)
def test_arabic_lists_compared_with_tokens_hold_the_folded_word(module: str, constant: str,
                                                                word: str) -> None:
    from importlib import import_module

    from prcli.quotations.tokens import normalize

    assert normalize(word) in getattr(import_module(module), constant)()


def test_stop_words_and_figure_prepositions_compared_folded_are_folded() -> None:
    """The quotations' Arabic stop words and the figures' prepositions before a change noun are
    compared with folded tokens: «هؤلاء», «إلى» as written would never match (review21)."""
    from prcli.figures.base import _ar_prep_words
    from prcli.figures.lexicon import norm_word
    from prcli.quotations.people import stopwords
    from prcli.quotations.tokens import normalize

    assert normalize("هؤلاء") in stopwords("ar")
    assert norm_word("إلى") in _ar_prep_words()
    assert norm_word("على") in _ar_prep_words()
