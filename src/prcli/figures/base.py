"""The state of one article being read, and the token helpers every figure reader shares.

``_DocBase`` holds the text, its folded copy, the tokens and the per-document memos; the
readers (``phrases``, ``ranges``, ``attach_ar``, ``attach_fr``, ``attach``, ``identifiers``,
``kinds``, ``numbers``, ``specials``, ``scan``) are layered on it in that order, each using only
the layers below it, and ``extract._Doc`` is the top one. Also here: the token records
(``_Tok``, ``_Fig``, ``_Core``), the tokenizer and the per-language caches.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache, lru_cache, partial
from operator import attrgetter
from typing import Any, ClassVar, NamedTuple

from prcli.figures.lexicon import (
    TOKEN_RE,
    NumberWord,
    cues,
    months,
    norm_word,
    number_words,
    stopwords,
    strip_clitics,
    units,
)
from prcli.figures.numparse import Raw
from prcli.figures.wordlists import (
    _CLAUSE_END,
    _PLACE_NEEDED,
    _URL_START,
    _ar_ten,
    _ar_two,
    _figure_openers_en,
    _home_countries,
    _phrase_words,
    _prefix_money,
)
from prcli.text.normalize import PLACEHOLDER, fold_lower
from prcli.text.resources import lazy_words, table, word_list


class _Tok(NamedTuple("_Tok", [("kind", str), ("start", int), ("end", int), ("key", str)])):
    """A token (a NamedTuple: immutable like a frozen dataclass and several times cheaper to make,
    which matters with one per word of every article). ``kind``: "num", "word" or "punct"; ``key``:
    folded, lower-cased, without placeholders. A subclass of the functional ``NamedTuple``: the
    class syntax turns each field's annotation (a string here) into a compiled ``ForwardRef`` at
    import, about 0.5 M instructions of every start-up per class."""

    __slots__ = ()


#: The default scale and factor of a figure (one object, as the dataclass default was).
_ONE = Decimal(1)


class _Record:
    """What ``@dataclass`` adds besides ``__init__``, for the two records below that write it out:
    ``repr`` and comparison over the fields ``_names`` in order (read by ``_fields``), unhashable
    (it compares and is not frozen)."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]
    _names: ClassVar[tuple[str, ...]] = ()
    _fields: ClassVar[attrgetter[tuple[Any, ...]]]

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._names)
        return f"{self.__class__.__qualname__}({inner})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields(self) == self._fields(other)
        return NotImplemented


class _Fig(_Record):
    """A figure being built: token range, value and what the context says about it.

    What ``@dataclass(slots=True)`` made of it, written out (no longer a dataclass: ``fields()`` and
    ``replace()`` do not apply; it never leaves the module): the
    decorator writes and compiles ``__init__``, ``__repr__`` and ``__eq__`` at import and then
    builds the class a second time for its slots, a twentieth of a whole ``prcli stats`` run.
    Same fields, defaults, comparison by fields (unhashable) and ``repr``."""

    __slots__ = ("by_verb", "counts", "counts_after", "end", "extra_left", "factor", "first", "kind", "last",
                 "listed", "scale", "start", "unit", "value", "weak", "words")
    _names = ("first", "last", "value", "kind", "unit", "counts", "counts_after", "scale", "words", "start",
              "end", "extra_left", "factor", "weak", "listed", "by_verb")
    _fields = attrgetter(*_names)

    first: int
    last: int  # inclusive token index
    value: Decimal
    kind: str
    unit: str | None
    counts: str | None
    counts_after: bool  # the counted phrase was read after the figure
    scale: Decimal
    words: bool
    start: int | None  # character offsets when they are not token bounds (ranges)
    end: int | None
    extra_left: list[int]
    factor: Decimal  # a sub-unit divides the number: «37 سنتا» = 0.37
    weak: bool  # counts is only the sentence subject: a range or a change may do better
    listed: bool  # counts was taken from the next figure of a list ("12, 15 and 20 seats")
    by_verb: bool  # counts is the subject of an Arabic change verb (a coordinated figure follows it)

    def __init__(self, first: int, last: int, value: Decimal, kind: str = "count", unit: str | None = None,
                 counts: str | None = None, counts_after: bool = False, scale: Decimal = _ONE,
                 words: bool = False, start: int | None = None, end: int | None = None,
                 extra_left: list[int] | None = None, factor: Decimal = _ONE, weak: bool = False,
                 listed: bool = False, by_verb: bool = False) -> None:
        # (one store per line: a tuple assignment of many fields builds and unpacks a tuple)
        self.first = first
        self.last = last
        self.value = value
        self.kind = kind
        self.unit = unit
        self.counts = counts
        self.counts_after = counts_after
        self.scale = scale
        self.words = words
        self.start = start
        self.end = end
        self.extra_left = [] if extra_left is None else extra_left
        self.factor = factor
        self.weak = weak
        self.listed = listed
        self.by_verb = by_verb


class _Core(_Record):
    """A number read from tokens ``first`` to ``last``, before any unit (a dataclass written
    out, as ``_Fig``)."""

    _names = ("first", "last", "value", "words", "scale", "vague", "raw", "plain", "digits", "single_type")
    _fields = attrgetter(*_names)

    def __init__(self, first: int, last: int, value: Decimal, words: bool, scale: Decimal,
                 vague: bool = False, raw: Raw | None = None, plain: bool = False, digits: int = 0,
                 single_type: str | None = None) -> None:
        self.first = first
        self.last = last
        self.value = value
        self.words = words
        self.scale = scale
        self.vague = vague
        self.raw = raw
        self.plain = plain
        self.digits = digits
        self.single_type = single_type


#: Prepositions standing as words: a verbal noun, never a verb, follows them.
_ar_prep_words = lazy_words("prcli.figures", "preposition_words_ar.txt", convert=norm_word)
#: Units that are one only bare («45 مئوية»; «المئوية» is the centenary).
_bare_units = lazy_words("prcli.figures", "bare_units_ar.txt", convert=norm_word)


def _num_key(s: str) -> str:
    """The key of a digit run holding a placeholder or a space. A right-to-left mark after the
    point marks copy that writes a decimal fraction first, like the wire «ر»: «88.\u200f52» is
    52.88 (read as «88ر52»); elsewhere the mark is dropped; «43 ر 1» loses its spaces."""
    ph = PLACEHOLDER
    return s.replace("." + ph, "ر").replace(ph, "").replace(" ", "")


def _tokenize(low: str) -> tuple[list[_Tok], list[bool]]:
    """The tokens of the folded text, and for each whether the next token follows it on the same
    line after at most three blanks (``_Doc.spaced`` of neighbours, asked for nearly every token).

    A digit run is ``num``, a letter run (or placeholder) ``word`` with its placeholders dropped
    from the key, anything else one ``punct`` character. Written as one loop because it runs
    once per token of every article: ``_GAP_TOKEN_RE`` hands each token with the blanks before it
    as one string (no match objects), the offsets are summed from the lengths.
    """
    toks: list[_Tok] = []
    sp: list[bool] = []
    add, add_sp, make, tok, ph = toks.append, sp.append, tuple.__new__, _Tok, PLACEHOLDER
    b = 0
    for end in _token_windows(low):
        for w in _GAP_TOKEN_RE.findall(low, b, end):
            s = w.lstrip()  # the same blanks as the pattern's \s; ``w`` itself when there are none
            gap = len(w) - len(s)
            a = b + gap
            b += len(w)
            c = s[0]
            # words first (the most frequent); no character is both a letter and a digit
            if c.isalpha() or c == ph:
                add(make(tok, ("word", a, b, s.replace(ph, "") if ph in s else s)))
            elif c.isdigit():
                add(make(tok, ("num", a, b, _num_key(s) if ph in s or " " in s else s)))
            else:
                add(make(tok, ("punct", a, b, s)))
            # TOKEN_RE takes every non-blank character (its last branch is \S), so a gap between
            # tokens is blanks only: its length and line breaks decide
            add_sp(not gap or (gap <= 3 and "\n" not in w[:gap]))
    if sp:
        del sp[0]  # the flag computed before the first token
    add_sp(False)
    return toks, sp


#: ``TOKEN_RE`` with the blanks before each token: ``findall`` gives each token with them, and
#: they are all there is between two tokens (nothing blank starts a token). No capturing group:
#: with one, the engine saves its marks at each step of a long number («1,2,3,...»: 200 MB).
_GAP_TOKEN_RE = re.compile(r"\s*(?:" + TOKEN_RE.pattern + ")")
#: A place where a token ends: a blank after a visible character, but not inside «43 ر 1» (the
#: one token that holds blanks); or a mark (neither letter, digit nor blank) after anything but
#: a digit, «ر» or a tatweel (which a number may go on through: «1.5», «12ـ.5»), for text
#: without blanks.
_TOKEN_END_RE = re.compile(r"[^\sر]\s(?!ر )|[^\d\sـر](?=[^\w\s])")
#: Characters per ``findall`` window of ``_tokenize`` (the list it returns stays small).
_WINDOW = 1 << 16


def _token_windows(low: str) -> Iterator[int]:
    """Where the ``findall`` windows of ``_tokenize`` end: each just after a token, about
    ``_WINDOW`` characters apart, the last one after the last token (the windows keep the list of
    ``findall`` small). A window never ends inside a
    token nor after blanks with no token after them (``findall`` would try again from each of
    their positions: a megabyte of trailing spaces would be quadratic)."""
    last = len(low.rstrip())
    at = _WINDOW
    while at < last:
        m = _TOKEN_END_RE.search(low, at, last)
        if m is None:
            break
        yield m.start() + 1
        at = m.start() + 1 + _WINDOW
    yield last


def _url_spans(low: str) -> list[tuple[int, int]]:
    """Whitespace-delimited runs holding a URL or an e-mail address (each run scanned once)."""
    spans: list[tuple[int, int]] = []
    covered = -1
    for m in _URL_START.finditer(low):
        if m.start() < covered:
            continue
        a = m.start()
        if m.group() == "@":
            while a > 0 and not low[a - 1].isspace() and a > covered:
                a -= 1
        b = m.end()
        while b < len(low) and not low[b].isspace():
            b += 1
        spans.append((a, b))
        covered = b
    return spans


def _scale_of(value: Decimal, total: Decimal) -> Decimal:
    """The power of a thousand applied by scale words (for «بين 2 و3 ملايين»)."""
    if total <= 0:
        return Decimal(1)
    s = Decimal(1)
    while s * 1000 <= total:
        s *= 1000
    return s


#: Whole values below this are JSON integers (a constant: ``_plain`` runs once per figure).
_INT_LIMIT = Decimal(10) ** 18


def _same_measure(a: _Fig, b: _Fig) -> bool:
    """Two figures that can count the same thing: the same kind, or a share written as a
    fraction ("Half the villagers") and one written as a percentage ("and 64% ...")."""
    if a.kind == b.kind:
        return True
    return {a.kind, b.kind} == {"other", "percent"} and any(
        f.kind == "other" and 0 < f.value < 1 for f in (a, b)
    )


def _plain(value: Decimal) -> float | int:
    """An int when the value is whole, else a float (JSON numbers)."""
    if value == value.to_integral_value() and abs(value) < _INT_LIMIT:
        return int(value)
    return float(value)


@cache
def _currency_locale() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in table("prcli.figures", "currency_locale_ar.tsv"):
        if len(row) >= 3:
            out.setdefault(norm_word(row[1]), []).append((row[0], row[2]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _duals() -> frozenset[str]:
    return frozenset(norm_word(w) for w in word_list("prcli.figures", "duals_ar.txt"))


@lru_cache(maxsize=200_000)
def _is_cue(lang: str, role: str, key: str) -> bool:
    """Whether one token is a cue of ``role`` (with an Arabic clitic tried off), remembered: the
    Arabic clause walks of ``find_counts`` ask about the same words many times."""
    singles = _cue_singles(lang, role)
    if key in singles:
        return True
    if lang != "ar":
        return False
    if role in _VERB_ROLES and len(key) > 4 and key[0] == "س" and key[1] in "يتن" and key[1:] in singles:
        return True  # «سيتراوح», «سترتفع»: the future prefix on a verb cue
    return any(s in singles for s in strip_clitics(key))


#: cue roles that hold verbs, which take the future prefix «س»
_VERB_ROLES = frozenset({"change", "skip", "result", "record", "cost"})


@cache
def _waw_stems() -> tuple[str, ...]:
    """Word beginnings whose «و» is a root letter («وزارة», «وقود»), longest first."""
    words = {norm_word(w) for w in word_list("prcli.figures", "waw_stems_ar.txt")}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _not_duals() -> frozenset[str]:
    return frozenset(norm_word(w) for w in word_list("prcli.figures", "not_duals_ar.txt"))


_FIRSTS: dict[int, tuple[Mapping[tuple[str, ...], object], dict[str, frozenset[int]]]] = {}


def _first_words(table: Mapping[tuple[str, ...], object]) -> dict[str, frozenset[int]]:
    """The first words of a phrase table's keys, each with the lengths of the phrases it starts,
    computed once per table (tables are cached objects)."""
    hit = _FIRSTS.get(id(table))
    if hit is None or hit[0] is not table:
        sizes: dict[str, set[int]] = {}
        for k in table:
            if k:
                sizes.setdefault(k[0], set()).add(len(k))
        hit = (table, {w: frozenset(n) for w, n in sizes.items()})
        _FIRSTS[id(table)] = hit
    return hit[1]


#: Bare numbers needed on each side of a number for ``dense_count``: more than the farthest
#: look-up of ``at`` over digits (``in_titled_quote`` looks 7 tokens back, ``phrase_after`` 6 ahead).
_DENSE_REACH = 8
#: Keys remembered per language before the memo starts afresh.
_INERT_MAX = 200_000
#: The values of the numbers read by ``dense_count`` (a table repeats the same few; a Decimal is
#: immutable, so one object serves every figure of that value).
_DENSE_VALUES: dict[str, Decimal] = {}


@cache
def _inert_cache(lang: str) -> dict[str, bool]:
    """``_Doc.inert`` answers per language, shared by every document of a batch."""
    return {}


@cache
def _starters(lang: str) -> frozenset[str]:
    """Every key that, itself or (Arabic) after a clitic, satisfies one of the look-up conditions
    of ``_Doc.inert``: the first word of a month phrase, a one-word dual or fraction unit, a
    one-word «zero» (and Arabic «time») cue, a number word, and (Arabic) a number word after «ال»
    (``_may_be_word_num``) and a singular time noun (``ar_lone_period``)."""
    nums = number_words(lang)
    # A unit word starts a figure only as a one-word dual («دقيقتين»: ``special_word``) or an
    # English fraction ("a third of": ``a_fraction``); any other unit only follows a number, so
    # «د» (minute, dinar) repeated is skipped like any word («د. » × 300,000: 0.5 s/MB).
    out = set(_first_words(months())) | set(nums) | {
        k[0] for k, e in units(lang).items()
        if len(k) == 1 and (e.kind.startswith("dual-") or e.kind == "fraction")
    }
    if lang == "en":
        out.add("quarter")  # ``a_fraction`` reads "a quarter of" without the units table
    roles = ("zero", "time") if lang == "ar" else ("zero",)
    cue = cues(lang)
    out.update(k[0] for role in roles for k in cue.get(role, ()) if len(k) == 1)
    if lang == "ar":
        out.update("ال" + n for n in nums)
        # a lone singular time noun («طيلة أسبوع», «أسبوعا بعد»: ``ar_lone_period``)
        periods = [k[0][2:] for k in cue.get("timeunit_one", ()) if len(k) == 1 and k[0].startswith("ال")]
        out.update(periods)
        out.update(p + "ا" for p in periods)
    return frozenset(out)


@cache
def _cue_singles(lang: str, role: str) -> frozenset[str]:
    """The one-word cue phrases of one role (``_Doc.is_cue`` asks about one token)."""
    return frozenset(k[0] for k in cues(lang).get(role, frozenset()) if len(k) == 1)


@cache
def _cue_lasts(lang: str, role: str) -> frozenset[str]:
    """The last words of the cue phrases of one role (``_Doc.cue_before`` looks back from them)."""
    return frozenset(k[-1] for k in cues(lang).get(role, frozenset()) if k)


@cache
def _cue_table(lang: str, role: str) -> Mapping[tuple[str, ...], object]:
    """Cue phrases of one role as a lookup table for ``match``, built once."""
    return dict.fromkeys(cues(lang).get(role, frozenset()), True)


@cache
def _doc_stop(lang: str) -> frozenset[str]:
    """A document's stop words (``_DocBase.stop``): the language's stop words that are no word of
    a phrase table, and the one-word ``stop`` cues; built once per language, not per document."""
    one_word_stops = {k[0] for k in cues(lang).get("stop", frozenset()) if len(k) == 1}
    return (stopwords(lang) - _phrase_words()) | one_word_stops


class _DocBase:
    """One article being read: the tokens, the per-document memos and the token helpers."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        #: ``is_cue(role, key)``: whether one token is a cue of ``role`` (``_is_cue`` of this
        #: language, bound once: asked hundreds of times per article, with no method frame)
        self.is_cue: Callable[[str, str], bool] = partial(_is_cue, lang)
        self.low = fold_lower(text)[0]  # (``lower_same_length(fold(text))``, shared)
        self.toks, self.sp = _tokenize(self.low)
        self.n = len(self.toks)
        self.keys = [t.key for t in self.toks]
        self._locale: dict[str, str] | None = None
        self._doc_keys: frozenset[str] | None = None
        self._word_nums: dict[int, tuple[NumberWord, bool, bool] | None] = {}
        self._contents: dict[int, bool] = {}
        self._verbs: dict[int, bool] = {}
        self._subjects: dict[int, str | None] = {}
        self._last_counted: tuple[_Fig, int] | None = None  # the last figure that counted something
        self.urls = _url_spans(self.low)
        self.nums = number_words(lang)
        self._inert = _inert_cache(lang)
        self.units = units(lang)
        self.cue = cues(lang)
        self.stop = _doc_stop(lang)

    def local_currency(self, unit: str | None) -> str | None:
        """A bare «درهم» is Moroccan unless the article is about the Emirates, and so on."""
        if self.lang != "ar" or unit is None:
            return unit
        if self._locale is None:
            counts: dict[tuple[str, str], int] = {}
            table = _currency_locale()
            # each distinct word once, weighed by its occurrences (in order of first occurrence,
            # so the pairs enter ``counts`` in the same order as word by word)
            seen = Counter(self.keys)
            for key, times in seen.items():
                for k in (key, *strip_clitics(key)):
                    for default, iso in table.get(k, ()):
                        counts[(default, iso)] = counts.get((default, iso), 0) + times
            homes = _home_countries()
            home = sum(times for key, times in seen.items() if key in homes)
            best: dict[str, str] = {}
            for (default, iso), n in sorted(counts.items(), key=lambda kv: -kv[1]):
                if default not in best and n > home:
                    best[default] = iso
            self._locale = best
        if unit in _PLACE_NEEDED:
            return self._locale.get(unit)  # a bare «دينار» with no country named: unknown
        return self._locale.get(unit, unit)

    def in_url(self, pos: int) -> bool:
        k = bisect.bisect_right(self.urls, (pos, len(self.low) + 1)) - 1
        return k >= 0 and self.urls[k][0] <= pos < self.urls[k][1]

    # ----------------------------------------------------------------- token helpers
    def key(self, j: int) -> str:
        return self.keys[j] if 0 <= j < self.n else ""

    def gap(self, a: int, b: int) -> str:
        """The original characters between token ``a`` and token ``b``."""
        return self.low[self.toks[a].end : self.toks[b].start]

    def adjacent(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and 0 <= b < self.n and self.toks[a].end == self.toks[b].start

    def spaced(self, a: int, b: int) -> bool:
        """Tokens separated by nothing or by one run of blanks on the same line."""
        if b == a + 1 and 0 <= a < self.n:
            return self.sp[a]
        return self._spaced(a, b)

    def _spaced(self, a: int, b: int) -> bool:
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        g = self.gap(a, b)
        return len(g) <= 3 and "\n" not in g and g.strip() == ""

    def match(self, table: Mapping[tuple[str, ...], object], j: int, maxlen: int = 3) -> tuple[int, object]:
        """Longest phrase of ``table`` starting at token ``j``: (token count, entry) or (0, None)."""
        if not 0 <= j < self.n:
            return 0, None
        # Most tokens start no phrase: a set of first words answers that without building tuples.
        firsts = _first_words(table)
        key = self.keys[j]
        sizes = firsts.get(key)
        if sizes is None and not (self.lang == "ar" and any(s in firsts for s in strip_clitics(key))):
            return 0, None
        for size in range(maxlen, 0, -1):
            if size > 1 and (sizes is None or size not in sizes):
                continue  # no phrase of this length starts with this word
            if j + size > self.n:
                continue
            if size > 1 and not all(self.sp[j : j + size - 1]):
                continue
            keys = tuple(self.keys[j : j + size])
            if keys in table:
                return size, table[keys]
            if size == 1 and self.lang == "ar":
                for stripped in strip_clitics(keys[0]):
                    if (stripped,) in table and stripped not in ("ين",) and stripped not in _bare_units():
                        return 1, table[(stripped,)]
        return 0, None

    def cue_before(self, role: str, j: int, window: int = 1) -> bool:
        """A cue phrase of ``role`` ends within ``window`` tokens before token ``j`` (same clause)."""
        entries = self.cue.get(role, frozenset())
        lasts = _cue_lasts(self.lang, role)
        k = j - 1
        for _ in range(window):
            if k < 0 or self.toks[k].key in _CLAUSE_END:
                return False
            if self.toks[k].key not in lasts:
                # no phrase of the role ends with this word: only a clitic-stripped one-word cue can
                if self.lang == "ar" and any((s,) in entries for s in strip_clitics(self.toks[k].key)):
                    return True
                k -= 1
                continue
            for size in (1, 2, 3):
                a = k - size + 1
                if a < 0:
                    continue
                keys = tuple(self.toks[x].key for x in range(a, k + 1))
                if keys in entries:
                    return True
                if size == 1 and self.lang == "ar" and any((s,) in entries for s in strip_clitics(keys[0])):
                    return True
            k -= 1
        return False

    def cue_at(self, role: str, j: int) -> int:
        """Length of a cue phrase of ``role`` starting at token ``j`` (0 if none)."""
        size, _ = self.match(_cue_table(self.lang, role), j)
        return size

    def word_num(self, j: int) -> tuple[NumberWord, bool, bool] | None:
        """The number word at token ``j``: (entry, definite, joined by a clitic و). Memoized: the
        main pass and the look-ahead of earlier figures ask about the same tokens."""
        if not (0 <= j < self.n) or self.toks[j].kind != "word":
            return None
        if j in self._word_nums:
            return self._word_nums[j]
        found = self._word_num(j)
        self._word_nums[j] = found
        return found

    def _word_num(self, j: int) -> tuple[NumberWord, bool, bool] | None:
        key = self.toks[j].key
        if key in self.nums:
            return self.nums[key], False, False
        if self.lang != "ar":
            return None
        if key.startswith("ال") and key[2:] in self.nums:
            if key[2:] in _ar_two():
                return None  # يوم الاثنين: Monday
            if key[2:] == "احد" and self.key(j + 1) not in _ar_ten():
                return None  # اليوم الأحد: Sunday
            return self.nums[key[2:]], True, False
        if self.percent_word(key):
            return None  # «واحد بالمئة»: «بالمئة» is "per cent", not a hundred
        for stem in strip_clitics(key):
            joined = key.startswith("و")
            if stem in _ar_two() and key.endswith("ال" + stem):
                continue  # «الأحد والاثنين»: Monday, after a clitic too
            if stem in self.nums:
                return self.nums[stem], False, joined
            if stem.startswith("ال") and stem[2:] in self.nums and stem[2:] not in _ar_two():
                return self.nums[stem[2:]], True, joined
        return None

    def percent_word(self, key: str) -> bool:
        """A one-token percent unit with a clitic («بالمئة», «بالمائة»): it reads "per cent", so
        the hundred inside it multiplies no number word before it."""
        entry = units(self.lang).get((key,))
        return entry is not None and entry.kind == "percent" and not key.startswith("ال")

    def _may_be_word_num(self, key: str) -> bool:
        """Whether ``_word_num`` can find a number word in a token of this key (in some context):
        the lookups of ``_word_num`` without its exceptions (Monday, Sunday)."""
        nums = self.nums
        if key in nums:
            return True
        if self.lang != "ar":
            return False
        if key.startswith("ال") and key[2:] in nums:
            return True
        return any(
            stem in nums or (stem.startswith("ال") and stem[2:] in nums) for stem in strip_clitics(key)
        )

    def inert(self, key: str) -> bool:
        """Whether a word token with this key can start no figure, wherever it stands: most words.

        A speed prefilter before ``at`` (one call per token): it lists the key-only conditions of
        every word-started path of ``at`` and ``special_word`` (month, number word, Arabic time
        cue, "top", "-fold", zero word of a score, one-word dual or fraction unit, Arabic dual noun, currency
        code). A word for which all of
        them fail makes ``at`` return None, so skipping it changes nothing. Keep it in step when
        adding a path that a word starts (test_stats checks results with and without it).
        """
        known = self._inert.get(key)
        if known is None:
            lang = self.lang
            # The set look-ups of the conditions are one look-up in their union (``_starters``):
            # word after a clitic is tried off only in Arabic, as in each condition.
            starters = _starters(lang)
            known = not (
                key in starters
                or (lang == "ar" and any(s in starters for s in strip_clitics(key)))
                or key in _prefix_money()
                or (
                    lang == "en"
                    and (key in _figure_openers_en() or (key.endswith("fold") and len(key) > 6))
                )
                or (lang == "ar" and self.is_dual_noun(key))
            )
            if len(self._inert) >= _INERT_MAX:
                self._inert.clear()  # bounded across a long batch of documents
            self._inert[key] = known
        return known

    def bare_digits(self, k: int) -> bool:
        """Token ``k`` is a run of ASCII digits with no separator (after folding)."""
        key = self.keys[k]
        return self.toks[k].kind == "num" and key.isascii() and key.isdigit()

    def is_dual_noun(self, key: str, bare: bool = False) -> bool:
        """«مقعدين», «دورتين», «لصدمتين»: an indefinite dual noun counts two. ``bare``: without
        trying a clitic off."""
        if not key.endswith(("ين", "ان")) or key.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
            return False  # every candidate below is a suffix of the key: no -ين/-ان ending, no dual
        cands = [key] + ([] if bare else [key[1:] for c in "وبلفك" if key.startswith(c)])
        if any(c in _not_duals() or c.endswith("ستان") for c in cands):
            return False  # «وباكستان», «بساتين»: a country or a broken plural, not two of anything
        for cand in cands:
            if len(cand) < 4:
                continue
            if cand.endswith(("تين", "تان")) and len(cand) >= 5:
                return not cand.endswith(("يتين", "يتان")) or len(cand) <= 6
            if cand.endswith("ين") and cand[:-2] in _duals():
                return True
        return False
