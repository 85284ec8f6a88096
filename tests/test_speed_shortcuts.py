"""Speed shortcuts give the same results as the full path.

The figures extractor skips, per token, the words that can start no figure (``_Doc.inert``);
that prefilter repeats conditions of the matchers it skips, so it must be kept in step with
them. Here every text of the figures tests and the examples is read with and without it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from prcli.figures import extract as fx

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    """Every string literal of the figures tests long enough to be a sentence, and the examples."""
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for name in ("test_stats.py", "test_properties.py"):
        path = ROOT / "tests" / name
        if path.exists():
            tree = ast.parse(path.read_text(encoding="utf-8"))
            out += [n.value for n in ast.walk(tree)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) >= 12]
    return out


#: Paths that a word starts and that the test files may not cover in every language.
EXTRA = [
    "وانتهت المباراة بفوز الضيوف صفر - 2 على ملعب المدينة.",
    "The match ended nil - 2 after extra time, and ticket sales rose tenfold.",
]
TEXTS = _texts() + EXTRA


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_inert_word_prefilter_changes_nothing(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(TEXTS) > 20
    fast = [fx.extract_stats(t, language=language) for t in TEXTS]
    monkeypatch.setattr(fx, "_INERT_CHECK", False)
    slow = [fx.extract_stats(t, language=language) for t in TEXTS]
    assert fast == slow
    assert any(fast)


def test_long_text_fold_is_the_table_fold() -> None:
    """``fold`` of a long text in a batch replaces only the characters that change
    (``_fold_by_replace``): the same string as ``translate`` with the whole table, for every code
    point (surrogates too)."""
    from prcli.text import normalize as nz

    every = "".join(map(chr, range(0x110000)))
    assert nz._fold_by_replace(every) == every.translate(nz._FOLD_TABLE)
    article = "أعلنت الوزارة،\u00a0يوم الأحد، أنّ ٣٫٥٪ من المشاركين ﺍﻟﺠﺪﺩ فازوا. " * 8
    assert len(article) >= nz._MEMO_CHARS
    assert nz.fold(article) == article.translate(nz._FOLD_TABLE)


@pytest.mark.parametrize("text", [
    "Le ministre l'a dit aujourd’hui : « c'est l'été » (2024), ½ Ⅻ x² _a_ 3e",
    "The minister's plan, it's said, won't pass; naïve coöperation_2 ’tis",
    "وقال الوزير إن the plan is ready",
])
def test_letters_read_from_the_words(text: str) -> None:
    """``detect_language`` reads a Latin text's letters from its words (one scan of the text):
    the same letters as deleting every non-letter."""
    from prcli.text import language as lg

    words, letters = lg._words_and_letters(text)
    assert letters == lg._NON_LETTERS.sub("", text)
    if words is not None:
        assert lg.latin_scores(text, words) == lg.latin_scores(text)


@pytest.mark.parametrize(("text", "name"), [
    ("قال عبد العزيز جباري إن", "عبد العزيز جباري"),
    ("وقال وعبد العزيز جباري إن", "عبد العزيز جباري"),
    ("_عبد العزيز و3عبد العزيز", "عبد العزيز"),
    ("(عبد العزيز) ثم", "عبد العزيز"),
    ("عبد العزيز", "عبد العزيز"),
    ("ولا شيء هنا", "عبد العزيز"),
    ("a.b* a.b*c", "a.b*"),
])
def test_name_written_as_word_without_regex(text: str, name: str) -> None:
    """``_ar_without_and`` looks for the name with ``str.find`` (no pattern compiled per name):
    the same answer as the regular expression ``(?<!\\w)NAME``."""
    import re

    from prcli.quotations import resolve

    expected = re.search(r"(?<!\w)" + re.escape(name), text) is not None
    assert resolve._written_as_word(text, name) == expected


def test_article_and_its_unwrapped_copy_folded_once_each() -> None:
    """The whole-article memos (``remember_last``) keep two texts: a hard-wrapped article and the
    unwrapped copy the quote finder reads are each folded once, however the analyses alternate."""
    from prcli.text import normalize as nz

    calls: list[str] = []

    def work(text: str) -> str:
        calls.append(text)
        return text.upper()

    remembered = nz.remember_last(work)
    article = "first line of a wrapped page\nsecond line of it"
    flat = article.replace("\n", " ")
    assert [remembered(t) for t in (article, flat, article, flat, article)] == \
        [article.upper(), flat.upper(), article.upper(), flat.upper(), article.upper()]
    assert calls == [article, flat]
    other = "a third text"
    remembered(other)
    remembered(article)  # (the oldest of three is forgotten: at most two texts are kept)
    assert calls == [article, flat, other, article]


def _shapes(words: set[str]) -> set[str]:
    """The words, and each with a letter more or less at either end and with the prefixes and
    suffixes the Arabic lookups strip: every edge of the forms a listed-word table holds."""
    out = {""}
    for w in words:
        out |= {w, w[1:], w[:-1], w[2:]}
        out |= {p + w for p in ("و", "ف", "س", "ب", "ل", "ا", "وس", "فس", "وب")}
        out |= {w + x for x in ("ه", "ها", "هم", "هما", "ي", "نا", "كم", "ت", "ته", "ا")}
    return out


def test_arabic_word_tables_answer_as_the_tests() -> None:
    """``ar_kin_word`` and ``ar_cue_verb_word`` look the word up in a table of every form their
    written-out tests accept: the same answer for every listed word and every near shape."""
    from prcli.quotations import lexicon as lx

    words = _shapes({*lx.ar_kinship(), *lx.lexicon("ar").cues, *lx._ar_speaker_opening_verbs(),
                     "زوجته", "ووالدتها", "فشقيقي", "سيقول", "وستضيف", "تقول", "قال", "محمد"})
    assert [w for w in words if lx.ar_kin_word(w) != lx._ar_kin_word_tested(w)] == []
    assert [w for w in words if lx.ar_cue_verb_word(w) != lx._ar_cue_verb_word_tested(w)] == []
    assert lx.ar_kin_word("ووالدتها") and lx.ar_cue_verb_word("وسيقول") and not lx.ar_kin_word("محمد")


def test_arabic_may_cue_table_answers_as_the_tests() -> None:
    """``_ar_may_cue`` reads a table of the listed words that may open a cue
    (``_ar_cue_words``): the same answer as its tests written out (``_ar_listed_cue``)."""
    from prcli.quotations.attribution.sieves import Attributor
    from prcli.quotations.lexicon import lexicon
    from prcli.quotations.resolve import Register

    lex = lexicon("ar")
    att = Attributor("", [], lex, Register("ar", lex))
    words = _shapes({*att._ar_cue_words(), *lex.cues, "قوله", "بقوله", "وفقا", "نقلت", "وأضاف", "اعتبره",
                     "واعتبرها", "محمد", "الوزير"})
    att._may_cue_memo = {}
    assert [w for w in words if att._ar_may_cue(w) != att._ar_listed_cue(w)] == []
    assert att._may_cue_memo  # (the answers are kept)


def test_figure_classes_behave_as_their_dataclasses() -> None:
    """``_Fig`` and ``_Core`` are dataclasses written out (no code generated at import): the same
    ``repr``, defaults, comparison by fields and no hash as ``@dataclass`` gives the same fields."""
    import dataclasses
    from decimal import Decimal

    from prcli.figures import base

    def twin(cls: type, names: tuple[str, ...], defaults: dict[str, object]) -> type:
        specs = [(n, object, dataclasses.field(default_factory=list) if n == "extra_left" else
                  dataclasses.field(default=defaults[n])) if n in defaults else (n, object) for n in names]
        return dataclasses.make_dataclass(cls.__name__, specs)

    fig_defaults = {"kind": "count", "unit": None, "counts": None, "counts_after": False, "scale": Decimal(1),
                    "words": False, "start": None, "end": None, "extra_left": None, "factor": Decimal(1),
                    "weak": False, "listed": False, "by_verb": False}
    fig_twin = twin(base._Fig, base._Fig._names, fig_defaults)
    for args, kw in [((1, 2, Decimal(3)), {}), ((4, 4, Decimal("0.5")), {"kind": "percent", "unit": "%"}),
                     ((0, 3, Decimal(7)), {"counts": "مقعدا", "extra_left": [1], "weak": True})]:
        mine, theirs = base._Fig(*args, **kw), fig_twin(*args, **kw)
        assert repr(mine) == repr(theirs)
        assert mine == base._Fig(*args, **kw) and mine != theirs
        assert mine.__eq__(base._Fig(9, 9, Decimal(9))) is False
    assert base._Fig(1, 1, Decimal(1)).extra_left is not base._Fig(1, 1, Decimal(1)).extra_left
    core_defaults = {"vague": False, "raw": None, "plain": False, "digits": 0, "single_type": None}
    core_twin = twin(base._Core, base._Core._names, core_defaults)
    core = base._Core(1, 2, Decimal(3), True, Decimal(1))
    assert repr(core) == repr(core_twin(1, 2, Decimal(3), True, Decimal(1)))
    assert core == base._Core(1, 2, Decimal(3), True, Decimal(1))
    assert core != base._Core(1, 2, Decimal(3), True, Decimal(1), True)
    with pytest.raises(TypeError):
        hash(base._Fig(1, 1, Decimal(1)))
    with pytest.raises(AttributeError):
        base._Fig(1, 1, Decimal(1)).other = 1  # type: ignore[attr-defined]  # (slots, as before)


@pytest.mark.parametrize("direct", [True, False])
def test_lazy_lists_are_read_once(direct: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """``lazy_words`` and ``lazy_pairs`` make their cached loader without ``functools.cache``'s
    copy of names (start-up), or with ``cache`` where the direct wrapper is missing: either way
    the list is read on the first call and the same object is answered after."""
    from prcli.text import resources

    if not direct:
        monkeypatch.setattr(resources, "_lru_cache_wrapper", None)
    words = resources.lazy_words("prcli.quotations", "kinship_ar.txt", extra=("«",))
    pairs = resources.lazy_pairs("prcli.quotations", "antecedent_relatives_ar.tsv")
    assert "«" in words() and words() is words() and words.cache_info().misses == 1  # type: ignore[attr-defined]
    assert pairs() and pairs() is pairs() and callable(words.__wrapped__)  # type: ignore[attr-defined]


def test_quotation_classes_behave_as_their_dataclasses() -> None:
    """``Clause``, ``MarkedSpan``, ``Lexicon`` (``prcli.model._frozen``), ``Person`` and the marks'
    ``_Open`` are written out instead of made by ``@dataclass`` at import (start-up): the same
    ``repr``, defaults, comparison, hash (or none) and refused assignment as the dataclasses of the
    same fields."""
    import dataclasses

    from prcli.quotations import marks
    from prcli.quotations.attribution.base import Clause
    from prcli.quotations.lexicon import Lexicon
    from prcli.quotations.people import Person

    def twin(cls: type, specs: list[tuple[str, object, object]] | list[str], **kw: bool) -> type:
        return dataclasses.make_dataclass(cls.__name__, specs, **kw)  # type: ignore[arg-type]

    clause_twin = twin(Clause, ["cue_start", "cue_end", "np", "number", "via",
                                ("speaks", object, dataclasses.field(default=None))], frozen=True)
    for args in [(3, 4, (0, 2), "m", "cue"), (5, 6, None, "?", "pro-drop", (1, 2))]:
        mine, theirs = Clause(*args), clause_twin(*args)
        assert repr(mine) == repr(theirs) and hash(mine) == hash(theirs)
        assert mine == Clause(*args) and mine != theirs and mine != Clause(9, 9, None, "m", "cue")
        with pytest.raises(dataclasses.FrozenInstanceError):
            mine.via = "x"  # type: ignore[misc]
    assert dataclasses.fields(Clause)[-1].default is None
    span_twin = twin(marks.MarkedSpan, ["start", "end", "open_at", "close_at", "depth", "closed"],
                     frozen=True)
    span, twin_span = marks.MarkedSpan(1, 5, 0, 5, 0, True), span_twin(1, 5, 0, 5, 0, True)
    assert repr(span) == repr(twin_span) and hash(span) == hash(twin_span)
    assert span == marks.MarkedSpan(1, 5, 0, 5, 0, True) and span != marks.MarkedSpan(1, 5, 0, 5, 1, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.end = 2  # type: ignore[misc]
    lex_twin = twin(Lexicon, [*[f.name for f in dataclasses.fields(Lexicon)][:-1],
                              ("adverbials", object, dataclasses.field(default=()))], frozen=True)
    parts = ("xx", {"said": ("past", "m")}, (("a", "b"),), frozenset({"t"}), (), frozenset(), frozenset(),
             frozenset({"s"}), frozenset())
    assert repr(Lexicon(*parts)) == repr(lex_twin(*parts)) and Lexicon(*parts) == Lexicon(*parts)
    person_twin = twin(Person, ["name", "keys", ("roles", object, dataclasses.field(default_factory=set)),
                                ("gender", object, dataclasses.field(default="?")),
                                ("first", object, dataclasses.field(default=0)),
                                ("named", object, dataclasses.field(default=True)),
                                ("human", object, dataclasses.field(default=False)),
                                ("seq", object, dataclasses.field(default=0, compare=False))])
    for args, kw in [(("Lina Sora", ("lina", "sora")), {}),
                     (("Omar", ("omar",), {"guide"}, "m", 40, False, True), {"seq": 3})]:
        mine, theirs = Person(*args, **kw), person_twin(*args, **kw)  # type: ignore[arg-type]
        assert repr(mine) == repr(theirs)
        assert mine == Person(*args) and mine != theirs  # (``seq`` is left out of the comparison)
        assert mine != Person("Other", ("other",))
        with pytest.raises(TypeError):
            hash(mine)
    assert Person("A", ("a",)).roles == set() and Person("A", ("a",)).roles is not Person("A", ("a",)).roles
    open_twin = twin(marks._Open, ["family", "char", "pos", "mirrored"], slots=True)
    op = marks._Open("G", "«", 7, False)
    assert repr(op) == repr(open_twin("G", "«", 7, False))
    assert op == marks._Open("G", "«", 7, False) and op != marks._Open("G", "«", 8, False)
    assert op != open_twin("G", "«", 7, False)
    with pytest.raises(TypeError):
        hash(op)
    with pytest.raises(AttributeError):
        op.other = 1  # type: ignore[attr-defined]  # (slots, as before)


def test_functional_named_tuples_behave_as_the_class_syntax() -> None:
    """The records that subclass the functional ``NamedTuple`` (no annotation compiled at import)
    keep the fields, ``repr``, ``_replace``, ``_make`` and pickling of the class-syntax ones, and
    have no ``__dict__``."""
    import pickle

    from prcli.figures.base import _Tok
    from prcli.figures.lexicon import NumberWord, UnitEntry
    from prcli.inputs.sources import Document, Failure

    for cls, args in [(_Tok, ("word", 0, 4, "كلمة")), (NumberWord, (3.0, "unit")),
                      (UnitEntry, ("money", "USD", 1.0)), (Document, ("a.txt", "نص")),
                      (Failure, ("b.txt", "cannot read"))]:
        rec = cls(*args)
        fields = cls._fields  # type: ignore[attr-defined]
        assert rec == args and repr(rec) == f"{cls.__name__}(" + ", ".join(
            f"{n}={v!r}" for n, v in zip(fields, args, strict=True)) + ")"
        assert [getattr(rec, n) for n in fields] == list(args)
        assert type(rec._replace(**{fields[0]: args[0]})) is cls  # type: ignore[attr-defined]
        assert type(cls._make(args)) is cls  # type: ignore[attr-defined]
        again = pickle.loads(pickle.dumps(rec))
        assert again == rec and type(again) is cls
        assert not hasattr(rec, "__dict__")


def test_clause_breaks_read_as_the_pattern_did() -> None:
    """``extract._ar_clause_breaks`` replaced ``finditer`` of «[،,\\n]\\s*(word)», which retried the
    blank run after every line break inside it (seconds on a quotation left open over thousands
    of blank lines; ``benchmarks/regex_sweep.py`` times it): the same (break, word) pairs on
    random strings of its characters."""
    import random
    import re

    from prcli.quotations.extract import _ar_clause_breaks

    pattern = re.compile(r"[،,\n]\s*([^\s،,.:؛]+)")
    rng = random.Random(5)
    alphabet = ["،", ",", "\n", " ", "\t", ".", ":", "؛", "ب", "a", "\u00a0"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        want = [(m.start(), m.start(1), m.end(1)) for m in pattern.finditer(text, start, end)]
        assert list(_ar_clause_breaks(text, start, end)) == want, (text, start, end)
