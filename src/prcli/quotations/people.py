"""A per-article register of people and bodies, so every mention gets one canonical name.

Why: articles introduce a person once in full ("the Interior Minister, Jean Dupont", «وكيل
الأمين العام للأمم المتحدة، جون بيير لاكروا») and then use a surname, an honorific or a role
(«السيد لاكروا», «المسؤول الأممي», "the minister"). The register keeps each full name with its
role words so that those later mentions resolve to it.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import islice

from prcli.quotations.lexicon import (
    Lexicon,
    ar_according,
    ar_before_al_name,
    ar_cue_verb_word,
    ar_deputy_heads,
    ar_description_owners,
    ar_hearers,
    ar_its_text,
    ar_kana,
    ar_kin_word,
    ar_kunya,
    ar_name_objects,
    ar_name_quantities,
    ar_name_tail_complements,
    ar_nasab,
    ar_not_names,
    ar_number_words,
    ar_origin_nouns,
    ar_origin_tails,
    ar_outlet_nouns,
    ar_people,
    ar_person_head,
    ar_prepositions,
    ar_roles,
    ar_stops,
    ar_time_words,
    ar_weekdays,
    phrases,
)
from prcli.quotations.lexicon import ar_addressing_participles as _ar_addressing_participles
from prcli.quotations.lexicon import ar_bi_adjectives as _ar_bi_adjectives
from prcli.quotations.lexicon import ar_bi_object_verbs as _ar_bi_object_verbs
from prcli.quotations.lexicon import ar_name_al as _ar_name_al
from prcli.quotations.lexicon import ar_name_glue as _ar_name_glue
from prcli.quotations.lexicon import ar_particles as _ar_particles
from prcli.quotations.tokens import Tok, normalize
from prcli.text.arabic_shapes import ar_nisba as ar_nisba
from prcli.text.resources import lazy_words, table, word_list

# Word lists that functions here read (inline folded_words calls before review24): one constant
# each, folded as tokens are.
_ar_edge_particles = lazy_words("prcli.quotations", "edge_particles_ar.txt", convert=normalize)
_ar_name_inner_titles = lazy_words("prcli.quotations", "name_inner_titles_ar.txt", convert=normalize)
_ar_object_definites = lazy_words("prcli.quotations", "object_definites_ar.txt", convert=normalize)
_ar_object_heads = lazy_words("prcli.quotations", "object_heads_ar.txt", convert=normalize)
_ar_telling_forms = lazy_words("prcli.quotations", "telling_forms_ar.txt", convert=normalize)
_ar_telling_verbs = lazy_words("prcli.quotations", "telling_verbs_ar.txt", convert=normalize)
ar_time_given_names = lazy_words("prcli.quotations", "time_given_names_ar.txt", convert=normalize)
_ar_time_name_followers = lazy_words("prcli.quotations", "time_name_followers_ar.txt", convert=normalize)

_ar_generic = lazy_words("prcli.quotations", "generic_words_ar.txt")
_ar_role_heads_after_name = lazy_words("prcli.quotations", "role_heads_after_name_ar.txt")
_ar_god_names = lazy_words("prcli.quotations", "god_names_ar.txt")
_latin_glue = lazy_words("prcli.quotations", "name_particles_people_en.txt", "name_particles_people_fr.txt")
_en_generic = lazy_words("prcli.quotations", "generic_words_en.txt", "generic_words_fr.txt")


class Person:
    """A registered speaker: ``name`` is the fullest surface form, ``keys`` its name tokens.

    What ``@dataclass`` made of it, written out (the decorator compiled its methods at every
    start-up): the same ``__init__`` (``roles`` a new empty set when not given), ``__repr__`` of
    every field, ``__eq__`` over every field but ``seq``, and no hash."""

    name: str
    keys: tuple[str, ...]
    roles: set[str]
    gender: str
    first: int
    named: bool
    human: bool
    seq: int
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, name: str, keys: tuple[str, ...], roles: set[str] | None = None, gender: str = "?",
                 first: int = 0, named: bool = True, human: bool = False, seq: int = 0) -> None:
        self.name, self.keys, self.roles = name, keys, set() if roles is None else roles
        self.gender, self.first, self.named, self.human, self.seq = gender, first, named, human, seq

    def __repr__(self) -> str:
        return (f"Person(name={self.name!r}, keys={self.keys!r}, roles={self.roles!r}, "
                f"gender={self.gender!r}, first={self.first!r}, named={self.named!r}, "
                f"human={self.human!r}, seq={self.seq!r})")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Person) and other.__class__ is self.__class__:
            return (self.name, self.keys, self.roles, self.gender, self.first, self.named, self.human) \
                == (other.name, other.keys, other.roles, other.gender, other.first, other.named, other.human)
        return NotImplemented


#: How many people a backward search by position looks at: an article names a few dozen
#: people; the bound keeps a long input (a whole newspaper pasted in) linear.
_SCAN = 300


#: The longest run of name tokens indexed on its own (besides the whole name): far more than a
#: real name holds, and it keeps a hostile "name" linear («M.M.M.…» 1,737 times was 1,737 tokens:
#: every run of it cost 33 s).
_MAX_RUN = 16


def _runs(keys: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every contiguous run of name tokens (a name has at most a handful: O(1) runs); in a longer
    one, the runs of up to ``_MAX_RUN`` tokens and the whole."""
    n = len(keys)
    for i in range(n):
        for j in range(i + 1, min(n, i + _MAX_RUN) + 1):
            yield keys[i:j]
    if n > _MAX_RUN:
        yield keys


def ar_stem(w: str) -> str:
    """A light Arabic stem for comparing role words (للأمم ~ الأممي ~ امم)."""
    for p in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for s in ("يين", "يون", "يه", "ين", "ون", "ات", "ي", "ه"):
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w


@lru_cache(maxsize=65536)
def latin_stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    if "'" in w[:3]:
        w = w.split("'", 1)[1]
    for s in ("es", "s"):
        if w.endswith(s) and len(w) - len(s) >= 4:
            return w[: -len(s)]
    return w


@lru_cache(maxsize=16)
def word_stems(lang: str, words: frozenset[str], unless: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems (``Register.stem``) of ``words`` outside ``unless``, made once per word list: a
    description is compared with the stems of every person noun each time one is resolved."""
    stem = ar_stem if lang == "ar" else latin_stem
    return frozenset(stem(w) for w in words if w not in unless)


@cache
def stopwords(lang: str) -> frozenset[str]:
    try:
        return frozenset(normalize(w) for w in word_list("prcli.text", f"stopwords_{lang}.txt"))
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()


class Register:
    """The people of one article, in order of first mention.

    Why the indexes: a lookup must not scan everyone seen so far, or a long input becomes
    quadratic. Name tokens only grow (a person's keys are replaced by keys that contain them),
    so an index entry, once true, stays true.
    """

    def __init__(self, lang: str, lex: Lexicon) -> None:
        self.lang = lang
        self.lex = lex
        self.people: list[Person] = []
        # (named, run) -> the earliest person whose keys contain that run
        self._earliest: dict[tuple[bool, tuple[str, ...]], Person] = {}
        # (named, keys) -> the people whose keys were once exactly these
        self._exact: dict[tuple[bool, tuple[str, ...]], list[Person]] = {}
        # run -> the named person with the most name tokens holding it (the first on a tie)
        self._fullest: dict[tuple[str, ...], Person] = {}
        # people sorted by (first mention, -insertion order), for backward searches by position
        self._by_first: list[tuple[int, int, int]] = []
        self._lower: frozenset[str] | None = None

    def lowercase_words(self, text: str, toks: list[Tok]) -> frozenset[str]:
        """The words the article writes in lowercase somewhere (so common words, not names)."""
        if self._lower is None:
            self._lower = frozenset(t.norm for t in toks if t.kind == "w" and text[t.start].islower())
        return self._lower

    def _index(self, p: Person) -> None:
        """Record ``p`` under its (possibly grown) keys."""
        self._exact.setdefault((p.named, p.keys), []).append(p)
        for run in _runs(p.keys):
            e = self._earliest.get((p.named, run))
            if e is None or p.seq < e.seq:
                self._earliest[(p.named, run)] = p
            if p.named:
                f = self._fullest.get(run)
                if f is None or len(p.keys) > len(f.keys) or (len(p.keys) == len(f.keys) and p.seq < f.seq):
                    self._fullest[run] = p

    # -- building --------------------------------------------------------------------------
    def add(self, name: str, keys: tuple[str, ...], pos: int, roles: set[str] | None = None,
            gender: str = "?", named: bool = True) -> Person:
        """Register ``name`` (merging with a person sharing its name tokens), and return it."""
        if self.lang == "ar" and gender == "?" and named:
            gender = ar_name_gender(keys)  # «عبد الله …» is a man: a later «وقالت» is not him
        p = self._merge_target(keys, named)
        if p is not None:
            if len(keys) > len(p.keys) or (len(keys) == len(p.keys) and len(name) > len(p.name)):
                grown = keys != p.keys
                p.name, p.keys = name, keys
                if grown:
                    self._index(p)
            p.roles |= roles or set()
            if p.gender == "?":
                p.gender = gender
            return p
        person = Person(name, keys, set(roles or ()), gender, pos, named, seq=len(self.people))
        self.people.append(person)
        self._index(person)
        insort(self._by_first, (pos, -person.seq, person.seq))
        return person

    def add_alone(self, name: str, key: str, pos: int) -> Person:
        """«Philippe, un livreur de 44 ans» after «Édouard Philippe»: a lone name introduced with
        an age is a newcomer, never merged into a full name that ends with it."""
        for p in self._exact.get((True, (key,)), ()):
            if p.keys == (key,):
                return p
        person = Person(name, (key,), set(), "?", pos, True, seq=len(self.people))
        self.people.append(person)
        self._index(person)
        insort(self._by_first, (pos, -person.seq, person.seq))
        return person

    def _merge_target(self, keys: tuple[str, ...], named: bool) -> Person | None:
        """The earliest person whose name holds ``keys`` or is held by them."""
        if not keys:
            return None
        best = self._earliest.get((named, keys))
        if best is not None and self._given_only(keys, best.keys):
            best = None
        for run in _runs(keys):
            for p in self._exact.get((named, run), ()):
                if (best is None or p.seq < best.seq) and _contains(keys, p.keys) \
                        and not self._given_only(p.keys, keys):
                    best = p
        return best

    def _given_only(self, one: tuple[str, ...], full: tuple[str, ...]) -> bool:
        """«Christophe, 49 ans» is not «Christophe Castaner»: in English and French a person met
        in full is later called by the surname, so a lone given name is someone else."""
        return self.lang != "ar" and len(one) == 1 and len(full) >= 2 and full[0] == one[0] != full[-1]

    # -- lookup ----------------------------------------------------------------------------
    def by_name(self, keys: tuple[str, ...], gender: str = "?") -> Person | None:
        """The fullest registered person whose name holds ``keys`` (a surname, a full name); of
        a man and a woman sharing those words, the one of ``gender`` when it is known."""
        if not keys:
            return None
        found = self._fullest.get(keys)
        if found is None and self.lang == "ar":
            other = ar_spelling_variant(keys)  # «عبدالله» for the «عبد الله» met before
            found = self._fullest.get(other) if other is not None else None
        if found is not None and gender in ("m", "f") and found.gender not in ("?", gender):
            found = self._agreeing(keys, gender) or found
        if found is not None and self._given_only(keys, found.keys):
            # a person registered with that given name alone («Christophe, 49 ans») is that one;
            # else the name is the first word of a full name ("Im" for Im Kwon-Taek)
            alone = [p for p in self._exact.get((True, keys), ()) if p.keys == keys]
            return alone[0] if alone else found
        return found

    def _agreeing(self, keys: tuple[str, ...], gender: str) -> Person | None:
        """The fullest named person of ``gender`` whose name holds ``keys`` (in either spelling),
        among the latest ``_SCAN``: «وقالت عبدالله» after «عبد الله يمين» and «رانيا عبد الله»."""
        forms = [keys, *filter(None, [ar_spelling_variant(keys)])]
        best: Person | None = None
        for p in self.latest():
            if p.named and p.gender == gender and any(_contains(p.keys, f) or _contains(
                    ar_spelling_variant(p.keys) or p.keys, f) for f in forms) \
                    and (best is None or len(p.keys) >= len(best.keys)):
                best = p
        return best

    def named_exactly(self, keys: tuple[str, ...]) -> Person | None:
        """The earliest named person registered with exactly these keys («البلوي» alone), when
        ``by_name`` answers with a fuller entry that holds them elsewhere."""
        same = [p for p in self._exact.get((True, keys), ()) if p.keys == keys]
        return min(same, key=lambda p: p.seq) if same else None

    def unnamed(self, keys: tuple[str, ...]) -> Person | None:
        """The earliest description registered with exactly these keys."""
        same = [p for p in self._exact.get((False, keys), ()) if p.keys == keys]
        return min(same, key=lambda p: p.seq) if same else None

    def latest(self) -> Iterator[Person]:
        """The people in reverse order of registration, at most ``_SCAN``."""
        return islice(reversed(self.people), _SCAN)

    def before(self, pos: int) -> Iterator[Person]:
        """People first mentioned before ``pos`` (or at it), latest first, at most ``_SCAN``."""
        hi = len(self._by_first)
        # skip those introduced after pos
        lo, top = 0, hi
        while lo < top:
            mid = (lo + top) // 2
            if self._by_first[mid][0] <= pos:
                lo = mid + 1
            else:
                top = mid
        for k in range(lo - 1, max(-1, lo - 1 - _SCAN), -1):
            yield self.people[self._by_first[k][2]]

    def by_role(self, words: list[str], pos: int, gender: str = "?",
                speakers: list[Person] | None = None) -> Person | None:
        """The person introduced before ``pos`` whose role shares a telling word: the most
        recent speaker among them, else the most recently introduced."""
        stems = {self.stem(w) for w in words} - self.generic()
        if self.lang != "ar":
            # English/French: the head noun (a person word) must be part of the role
            heads = {self.stem(w) for w in words if w in self.lex.people or w.rstrip("s") in self.lex.people}
            stems = heads
        if not stems:
            return None
        unlike = self.other_offices(words, stems)
        # (Arabic: words headed by a noun that names no person, «المرصد السوري», never match a
        # person through their nisba adjective alone: not the one introduced as «الرئيس السوري»)
        body_head = self.lang == "ar" and bool(words) and not ar_nisba(words[0]) \
            and not ar_person_head(words[0], self.lex)
        nisbas = {self.stem(w) for w in words if ar_nisba(w)} if body_head else set()
        if self.lang == "ar":
            # («الرئيس الأميركي» after «الرئيس الأمريكي فلان»: the spellings of one nation)
            stems, nisbas = _ar_nation_spellings(stems), _ar_nation_spellings(nisbas)
        # (an Arabic woman's role, «رئيسة …», is hers: a person of unknown gender is most often
        # a man introduced by a masculine role, so only someone known to be a woman holds it)
        strict = self.lang == "ar" and gender == "f"
        owners = self._ar_bare_owners(words)
        deputy = self._ar_deputy_of(words)
        nations = _ar_nations_of(words) if self.lang == "ar" else frozenset()
        tried: set[int] = set()  # (the same speaker comes back in the list: one answer per person)
        for p in reversed(speakers or []):
            if id(p) in tried:
                continue
            tried.add(id(p))
            if p.roles & unlike or (deputy and not deputy & p.roles):
                continue
            if p.roles and stems & p.roles and (gender == "?" or p.gender in ("?", gender)) \
                    and (p.named or self.lang != "ar") and not (strict and p.gender != "f") \
                    and not (body_head and stems & p.roles <= nisbas) \
                    and not (owners and not owners & p.roles) and not _ar_other_nation(nations, p.roles):
                return p
        for p in self.before(pos):
            if not p.roles or (self.lang == "ar" and not p.named):
                continue
            if (gender != "?" and p.gender not in ("?", gender)) or (strict and p.gender != "f") \
                    or (deputy and not deputy & p.roles):
                continue
            if stems & p.roles and not p.roles & unlike and not (body_head and stems & p.roles <= nisbas) \
                    and not (owners and not owners & p.roles) and not _ar_other_nation(nations, p.roles):
                return p
        return None

    def _ar_deputy_of(self, words: list[str]) -> frozenset[str]:
        """«نائب رئيس النادي», «ومساعد وزير الخارجية»: an Arabic description opening on the head of
        another office (``deputy_heads_ar.txt``) before a role noun names a deputy; the stems of
        every such head, one of which the person meant must hold (not the one met as «رئيس
        النادي»; articles write «مساعد» and «نائب» of one man), else an empty set."""
        if self.lang != "ar" or len(words) < 2:
            return frozenset()
        heads = ar_deputy_heads()
        head = words[0][1:] if words[0][:1] in "وف" and words[0][1:] in heads else words[0]
        if head not in heads or not ar_person_head(words[1], self.lex, titles=False):
            return frozenset()
        return _ar_deputy_stems()

    def _ar_bare_owners(self, words: list[str]) -> set[str]:
        """«مدرب سان جرمان», «سفير تونس»: an Arabic role noun in construct with one to three
        bare words (no ال, no attached pronoun, no nisba, Arabic letters only) names whose role it
        is; their stems, which a person introduced with the same head noun must hold to be the one
        meant (not «مدرب يونايتد … فلان»). Empty for any other phrase: a description followed by
        the verb's object («… عزمه», «… بالخطأ») is not read this way, nor is a word opening with
        ا or with a letter that may be a clitic (ب ف ك ل و), although «فرنسا» is a bare name:
        read as an owner, the name of whom the person is the deputy («نائب داود أوغلو») would
        miss him, as a test of the news corpus showed."""
        if self.lang != "ar" or not 2 <= len(words) <= 4 or not ar_person_head(words[0], self.lex) \
                or words[0].startswith("ال"):
            return set()
        rest = words[1:]
        if any(w[:1] in "البوفك" or w.endswith(("ه", "ها", "هم")) or ar_nisba("ال" + w)
               or not all("\u0621" <= c <= "\u064a" for c in w) for w in rest):
            return set()
        return {self.stem(w) for w in rest} - self.generic()

    def other_offices(self, words: list[str], stems: set[str]) -> set[str]:
        """Stems of the modifiers that make another office of the head asked for: «le ministre»
        is not the person introduced as «premier ministre» (``data/offices_<lang>.txt``). Not for
        Arabic, whose other nation is told by ``_ar_other_nation`` (nationality_adjectives_ar.txt)."""
        if self.lang == "ar":
            return set()
        asked = set(words)
        unlike = {self.stem(mod) for mod, head in _offices(self.lang)
                  if self.stem(head) in stems and mod not in asked}
        nations = _nationalities(self.lang)
        if asked & nations:
            # «le ministre italien» is not the person introduced as «le premier ministre hongrois»
            unlike |= word_stems(self.lang, nations) - {self.stem(w) for w in asked}
        return unlike

    def named_offices(self, words: list[str]) -> set[str]:
        """Stems of the two-word offices ``words`` name in full («le premier ministre»: premier),
        which only a person introduced with that office holds (``data/offices_<lang>.txt``)."""
        if self.lang == "ar":
            return set()
        asked = set(words)
        return {self.stem(mod) for mod, head in _offices(self.lang) if mod in asked and head in asked}

    def stem(self, w: str) -> str:
        return ar_stem(w) if self.lang == "ar" else latin_stem(w)

    def generic(self) -> frozenset[str]:
        return _ar_generic() if self.lang == "ar" else _en_generic() | stopwords(self.lang)

    def role_stems(self, words: list[str]) -> set[str]:
        return {self.stem(w) for w in words if len(w) > 1} - self.generic()


@cache
def _ar_deputy_stems() -> frozenset[str]:
    """The stems of the heads of a deputy's office (``deputy_heads_ar.txt``)."""
    return frozenset(ar_stem(w) for w in ar_deputy_heads())


@cache
def _ar_nation_stems() -> dict[str, int]:
    """The stem of each Arabic adjective of nationality (``nationality_adjectives_ar.txt``), to an
    id of its nation (the index of its line among ``phrases()``' rows, which are sorted by length,
    not in file order): the spellings of one nation («الامريكي», «الاميركي») share it. (Arabic
    keeps this beside ``Register.other_offices``, the fr/en mechanism of nationalities_<lang>.txt:
    its spellings are grouped by nation and matched on stems of nisba words.)"""
    return {ar_stem(w): n for n, line in enumerate(phrases("nationality_adjectives_ar.txt")) for w in line}


@cache
def _ar_nation_variants() -> dict[str, frozenset[str]]:
    """The stems of every spelling of a nation's adjective, by the stem of each («امريكي» →
    {«امريكي», «اميركي»}), for the nations written more than one way."""
    out: dict[str, frozenset[str]] = {}
    for line in phrases("nationality_adjectives_ar.txt"):
        if len(line) > 1:
            all_stems = frozenset(ar_stem(w) for w in line)
            out.update((st, all_stems) for st in all_stems)
    return out


def _ar_nation_spellings(stems: set[str]) -> set[str]:
    """``stems`` with the other spellings of each nation's adjective among them."""
    variants = _ar_nation_variants()
    extra = [variants[s] for s in stems if s in variants]
    return stems.union(*extra) if extra else stems


def ar_nation_word(w: str) -> bool:
    """Whether the folded ``w`` is an adjective of nationality («المصري», «الكندية»)."""
    return ar_nisba(w) and ar_stem(w) in _ar_nation_stems()


def _ar_nations_of(words: list[str]) -> frozenset[int]:
    """The nations a role description names by an adjective of nationality («وزير الري المصري»)."""
    stems = _ar_nation_stems()
    return frozenset(stems[s] for w in words if ar_nisba(w) and (s := ar_stem(w)) in stems)


def _ar_other_nation(nations: frozenset[int], roles: set[str]) -> bool:
    """«وقال وزير الري المصري» after «وزير الري السوداني فلان»: a description of one nation is not
    the person introduced with another nation's, and none of its own."""
    if not nations:
        return False
    stems = _ar_nation_stems()
    held = {stems[r] for r in roles if r in stems}
    return bool(held) and not held & nations


@cache
def _nationalities(lang: str) -> frozenset[str]:
    """``data/nationalities_<lang>.txt`` (adjectives of nationality), loaded once."""
    try:
        return word_list("prcli.quotations", f"nationalities_{lang}.txt")
    except FileNotFoundError:
        return frozenset()


@cache
def _offices(lang: str) -> tuple[tuple[str, str], ...]:
    """(modifier, head) pairs of ``data/offices_<lang>.txt``, folded, loaded once."""
    try:
        rows = word_list("prcli.quotations", f"offices_{lang}.txt")
    except FileNotFoundError:
        return ()
    return tuple((r.split()[0], r.split()[-1]) for r in (x.lower() for x in rows) if len(r.split()) == 2)


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` is a contiguous run of ``full`` ending at a name token (surname, given)."""
    if not part or len(part) > len(full):
        return False
    n = len(part)
    return any(full[i:i + n] == part for i in range(len(full) - n + 1))


# -- name shapes -------------------------------------------------------------------------------
#: A name in marks inside a speaker phrase: «منظمة “…”», «صفحة «…»», «تقرير "…"».
_MARKED_NAME = re.compile(r'[«“"„][^«»“”"„]*[»”"“]')


def unmarked_words(name: str) -> list[str]:
    """The words of a speaker phrase outside the name in marks it may hold (that name is
    the body's own: «أطباء بلا حدود» holds a stop word, yet names a body, no slipped object)."""
    return _MARKED_NAME.sub(" ", name).split()


@cache
def _ar_opener_genders() -> dict[str, str]:
    """The gender that a name's first word tells (``name_opener_genders_ar.tsv``, folded)."""
    return {normalize(row[0]): row[1] for row in table("prcli.quotations", "name_opener_genders_ar.tsv")
            if len(row) == 2}


def ar_name_gender(keys: tuple[str, ...]) -> str:
    """«عبد الله يمين», «عبدالرحمن سالم», «أبو بكر …»: a man; «أم كلثوم …»: a woman; "?" for the
    rest. Only a name of two words or more: a lone «عبدالله» may be anyone's family name."""
    if len(keys) < 2:
        return "?"
    first = keys[0]
    if first in _ar_opener_genders():
        return _ar_opener_genders()[first]
    return "m" if first.startswith("عبدال") and len(first) > 5 else "?"


def ar_spelling_variant(keys: tuple[str, ...]) -> tuple[str, ...] | None:
    """The same Arabic name in its other spelling: «عبد الله» and «عبدالله», «عبد الرحمن» and
    «عبدالرحمن» (writers glue «عبد» to the divine name or leave a space); None when it has none."""
    out: list[str] = []
    k = 0
    changed = False
    while k < len(keys):
        w = keys[k]
        if w == "عبد" and k + 1 < len(keys) and keys[k + 1].startswith("ال") and len(keys[k + 1]) > 3:
            out.append(w + keys[k + 1])
            k += 2
            changed = True
            continue
        if w.startswith("عبدال") and len(w) > 6:
            out.extend(("عبد", w[3:]))
            changed = True
        else:
            out.append(w)
        k += 1
    return tuple(out) if changed else None


#: The preposition «على» written with alif maqsura, and the word «علي» written with a dotted ي
#: (not before «أن/إن», where it is the preposition «عليّ أن»: "I must", unless an abbreviated
#: title stands before it: «ويوضح د. علي أن …»).
_AR_ALA = re.compile(r"(?<!\w)[وف]?على(?!\w)")
_AR_ALI = re.compile(r"(?<!\w)علي(?![\w\u0640])(?:(?!\s+[أاإ]ن(?!\w))|(?<=\b[دم]\. علي))")

#: Per document: where «علي» is the given name (``mark_ali_names``), else empty.
_ALI_NAMES: set[int] = set()
#: Per document: where «علي» with a dotted ي may be the given name, in an article that does not
#: write alif maqsura as ي (``mark_ali_names``), else empty: a name word where it stands between
#: name words (``ar_ali_between_names``).
_ALI_MAYBE: set[int] = set()

#: Words that end with alif maqsura written with a dotted ي («إلي», «حتي»): an article holding
#: one writes every ى as ي, so its «علي» may be the preposition (not folded: the spelling counts).
_ar_ya_for_maqsura = lazy_words("prcli.quotations", "ya_for_alif_maqsura_ar.txt")


def mark_ali_names(text: str) -> None:
    """«ويؤكد د. علي أن …», «رئيس المجلس مرزوق علي الغانم»: folded, the name علي is the
    preposition على. An article that writes the preposition with alif maqsura (twice or more)
    spells the two apart, so there a «علي» with a dotted ي is the given name. Kept for one
    article (``forget_ali_names``)."""
    _ALI_NAMES.clear()
    _ALI_MAYBE.clear()
    if "علي" not in text:
        return
    names = _ALI_NAMES if _ar_ala_twice(text) else _ALI_MAYBE if _ar_writes_maqsura(text) \
        and not _ar_writes_ya_for_maqsura(text) else None
    if names is not None:
        # («وقال محمد علي سالمي»: an article that writes ى at a word's end («إلى», «حتى») and
        # never as ي («إلي», «حتي») keeps the two apart, but with fewer than two «على» of its
        # own the name is told by where it stands)
        names.update(p for p in _occurrences(text, "علي") if _AR_ALI.match(text, p))


def _ar_writes_maqsura(text: str) -> bool:
    """Whether ``text`` ends a word with alif maqsura («إلى», «مستوى»)."""
    return any(p + 1 == len(text) or not text[p + 1].isalpha() for p in _occurrences(text, "ى"))


def _ar_writes_ya_for_maqsura(text: str) -> bool:
    """Whether ``text`` writes a word ending with alif maqsura with a dotted ي («إلي», «حتي»)."""
    for w in _ar_ya_for_maqsura():
        for p in _occurrences(text, w):
            if (p == 0 or not text[p - 1].isalpha()) and (
                    p + len(w) == len(text) or not text[p + len(w)].isalpha()):
                return True
    return False


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` (a word whose occurrences cannot overlap)."""
    p = text.find(word)
    while p >= 0:
        yield p
        p = text.find(word, p + len(word))


def _ar_ala_twice(text: str) -> bool:
    """``len(_AR_ALA.findall(text)) >= 2``, tried only where «على» occurs (the pattern opens on a
    lookbehind: the regex engine would try it at every character), stopping at the second."""
    found = 0
    for p in _occurrences(text, "على"):
        if (p > 0 and _AR_ALA.match(text, p - 1)) or _AR_ALA.match(text, p):
            found += 1
            if found == 2:
                return True
    return False


def forget_ali_names() -> None:
    _ALI_NAMES.clear()
    _ALI_MAYBE.clear()


def ar_spelled_ali(t: Tok) -> bool:
    """Whether ``t`` is the given name «علي», spelled apart from the preposition (``mark_ali_names``)."""
    return t.start in _ALI_NAMES and t.norm == "علي"


def ar_ali_maybe_name(t: Tok) -> bool:
    """Whether ``t`` is «علي» with a dotted ي in an article that keeps ي and ى apart but writes
    «على» less than twice (``mark_ali_names``): the given name where it stands between name words."""
    return t.start in _ALI_MAYBE and t.norm == "علي"


def ar_on_its_behalf(w: str) -> bool:
    """«باسمه», «باسمها», «باسمهم»: "on his/its/their behalf" (باسم with a pronoun), the end of
    a spokesman's role («المتحدث الرسمي باسمه فلان»), never a word of a name."""
    return w.startswith("باسم") and w[4:] in ("ه", "ها", "هم", "هما")


def ar_unlike_relative(relative: str) -> str:
    """The gender an antecedent of the relative ``relative`` cannot have: "f" for «الذي», "m"
    for «التي», "?" for any other word (no gender ruled out)."""
    return {"الذي": "f", "التي": "m"}.get(relative, "?")


def ar_relative_disagrees(relative: str, title: str) -> bool:
    """Whether the relative «الذي/التي» cannot have a person named with the folded ``title`` (a
    role, a person noun, an honorific) as antecedent: «زوجة الرئيس فلان التي قالت» is not his.
    A title ending with ه (a folded ة) is feminine, any other masculine."""
    return ar_unlike_relative(relative) == ("f" if title.endswith("ه") else "m")


def ar_object_head(w: str) -> bool:
    """Whether the folded word ``w`` is the head of a verb's object (``object_heads_ar.txt``:
    «عدم», «ضرورة», «إمكانية» …), also after و/بـ/لـ: never a word of a name."""
    heads = _ar_object_heads()
    return w in heads or (w[:1] in "وبل" and w[1:] in heads)


def ar_object_noun(w: str) -> bool:
    """Whether the folded word ``w`` (maybe after و) is listed as a verb's object: a definite one
    (``object_definites_ar.txt``: «التعليق», «النقاب») or an indefinite head (``ar_object_head``:
    «عدم», «مشكلة»). A speaker phrase opened by one is the object read as the subject."""
    bare = w[1:] if w[:1] == "و" and len(w) > 3 else w
    return bare in _ar_object_definites() or ar_object_head(w)


def ar_outlet_word(w: str) -> bool:
    """«لصحيفة», «لقناة» (``outlet_nouns_ar.txt``) or the same noun defined, «للصحيفة», «للمجلة»:
    the outlet spoken to, glued to لـ; it ends a speaker phrase."""
    outlets = ar_outlet_nouns()
    return w in outlets or (w.startswith("لل") and "ل" + w[2:] in outlets)


def ar_outlet_ends(toks: list[Tok], m: int, lex: Lexicon, lo: int = 0) -> bool:
    """Whether the word at ``m`` is the outlet spoken to (``ar_outlet_word``) that ends a speaker
    phrase. Not the defined outlet right after a role (within three words, from ``lo``) with a name
    after it: «المدير العام للصحيفة سامر الحلبي», «رئيس مجلس الإدارة للمجلة كمال حسن»: the outlet
    is the role's genitive (whose director), the name that follows is the speaker's."""
    w = toks[m].norm
    if not ar_outlet_word(w):
        return False
    if not w.startswith("لل") or m + 1 >= len(toks):
        return True
    nxt = toks[m + 1]
    if nxt.kind != "w" or nxt.norm.startswith("ال") or nxt.norm in lex.people \
            or not ar_name_token(nxt, w, lex):
        return True
    return not any(toks[j].kind == "w" and (toks[j].norm in lex.people or toks[j].norm in lex.roles)
                   for j in range(max(lo, m - 3), m))


def ar_quantity_word(w: str, accusative: bool = False) -> bool:
    """Whether the folded word ``w`` is a word of quantity (``name_quantities_ar.txt``: «بعض»,
    «عدة», «جميع»), also after و/ف, in the accusative -ا («بعضا», «عددا») or with an attached
    pronoun («بعضهم»): the head of the verb's object, never a word of a name before it. Only the
    accusative form when ``accusative`` (a description may govern the bare one: «قادة عدة أحزاب»)."""
    words = ar_name_quantities()
    if accusative:
        return w.endswith("ا") and w[:-1] in words
    w = w[1:] if w[:1] in "وف" and w[1:] in words else w
    if w in words:
        return True
    return any(w.endswith(e) and w[:-len(e)] in words for e in ("ا", "هم", "ها", "هما"))


def ar_name_token(t: Tok, prev: str | None, lex: Lexicon) -> bool:
    """Whether an Arabic word can be part of a personal name.

    Past the «علي» of this article (``ar_spelled_ali``, the one answer that depends on where the
    token stands), the answer depends on the word, the word before and the lexicon only: it is
    remembered per lexicon (bounded), since every name candidate of every article asks about
    its words again (~10 word lists looked up per word)."""
    if t.kind != "w":
        return False
    if ar_spelled_ali(t):
        return True
    memo = _NAME_TOKEN_MEMO.get(id(lex))
    if memo is None or memo[0] is not lex:
        memo = _NAME_TOKEN_MEMO[id(lex)] = (lex, {})
    answers = memo[1]
    key = (t.norm, prev)
    got = answers.get(key)
    if got is None:
        if len(answers) >= _NAME_TOKEN_MAX:
            answers.clear()
        got = answers[key] = _ar_name_token(t, prev, lex)
    return got


#: ``ar_name_token``'s answers by lexicon (``id``, with the lexicon kept so that the id is not
#: reused): ``(word, word before) -> answer``.
_NAME_TOKEN_MEMO: dict[int, tuple[Lexicon, dict[tuple[str, str | None], bool]]] = {}
#: Answers remembered per lexicon before they start again (memory stays flat over an archive).
_NAME_TOKEN_MAX = 100_000


def _ar_name_token(t: Tok, prev: str | None, lex: Lexicon) -> bool:
    """``ar_name_token`` worked out (the word ``t.norm`` after ``prev``; the caller has taken out
    tokens that are no words and the article's spelled «علي»)."""
    w = t.norm
    if len(w) < 2 or (not w.isalpha() and any(c.isdigit() for c in w)):
        return False  # (no letter is a digit: a word of letters only needs no digit test)
    if w == "ال":
        return True  # «سلمان بن إبراهيم آل خليفة»: آل (folded to ال) opens a family name
    if w.startswith("ال"):
        # («علي بن الحسين»: after بن, a father's name with ال; a name never ends on بن)
        return w in _ar_name_al() or prev in ar_before_al_name()
    if prev in ar_nasab() and w in ar_origin_nouns():
        return False  # «فلان الفلاني ابن مدينة جدة»: "son of the city", where he comes from, no father
    if prev in ar_nasab() and not w.startswith("ال"):
        # «بن علي»: after بن comes a father's name, even one spelled like a particle
        return "\u0600" <= w[0] <= "\u06ff"
    if prev in ar_kunya() and "\u0600" <= w[0] <= "\u06ff" and w not in lex.stops \
            and not ar_edge_particle(w):
        return True  # «أبو طالب», «أبو عامر»: the kunya word, then its name (even a noun, a role, a verb)
    base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w in lex.stops or w in lex.roles or w in lex.cues or base in lex.cues or w in lex.honorifics \
            or (base != w and base in lex.stops) or (w[:1] in "وف" and w[1:] in lex.stops) \
            or (w[:1] == "و" and w[1:] in lex.roles):
        return False  # («وعلى», «فإن»: a conjunction glued to a particle; «ومدير»: to a role)
    if ar_kin_word(w):
        return False  # «زوجته», «ووالدة», «زوج معلمة …»: a kinship noun describes the person, names no one
    if ar_cue_verb_word(w):
        return False  # «الأستاذ فلان يعود فيقول», «سلمى عقبت»: the verb after the name
    if ar_edge_particle(w):
        return False  # «العميد أحمد عسيري حين قال»: a subordinator or a relative ends the name
    if w in ar_according():
        return False  # «خطط المدرب حسب تأكيدات …»: «according to» opens a source, no name
    if w[:1] == "ل" and w.endswith("ات") and len(w) >= 6:
        return False  # «كرسي الأمير فلان لدراسات …»: لـ glued to a plural in ات is its genitive, no name
    if w.startswith("لل") and ar_outlet_word(w):
        return False  # «وقال الوزير للصحيفة»: the outlet spoken to, defined and glued to لـ
    if ar_on_its_behalf(w):
        return False  # «المتحدث باسمه فلان»: "on its behalf", the role's end before the name
    if w in ar_kana():
        return False  # «، كان فلان الفلاني، رئيس …»: the auxiliary opens the clause, not the name
    if w in ar_its_text():
        return False  # «إقرار من اللاعب نصه “…”»: “its text”, after the one who wrote it
    if w in ar_name_objects() or base in ar_name_objects():
        return False  # «المواطن، واسمه فلان الفلاني،»: the word that gives the name is no part of it
    if ar_object_head(w):
        return False  # «أكد فلان فلاني ضرورة …»: the head of the verb's object, the name has ended
    not_names = ar_not_names()
    if w in not_names or (w[:1] in "لبو" and w[1:] in not_names):
        # («ومجلس الشيوخ»: a body coordinated in a list, not a name set off by a comma)
        return False  # «تنظيم», «حزب»: a body after a name is the verb's object; «لمجموعة» its owner
    if w.startswith(("بال", "لل", "وال")) or ar_kal_noun(w, lex) \
            or (w.startswith("فال") and len(w) >= 6 and _fa_al_noun(w, lex)):
        # «بالمدير», «والوزير», «كالعادة»; not «فالون» (Fallon), «فاليري» (Valérie), «فالنتينا», nor
        # «كاليب» (Caleb), «كالفن»: a short word after كال is no definite noun «like the …»
        return False
    return "\u0600" <= w[0] <= "\u06ff"


def ar_role_after_name(toks: list[Tok], k: int) -> bool:
    """«كبير» (role_heads_after_name_ar.txt) before a noun: «كبير الخبراء», «كبيرة المفاوضين»,
    «كبير مستشاري …» is a role, so after a name it ends the name («ادريان لودفيج كبير الخبراء»)."""
    return toks[k].kind == "w" and toks[k].norm in _ar_role_heads_after_name() and k + 1 < len(toks) \
        and toks[k + 1].kind == "w" and toks[k + 1].norm not in ar_stops()


def ar_chain_word(toks: list[Tok], k: int) -> bool:
    """A word that may go on with a role's complement chain before the holder's name: a definite
    word («المعنية», «بالحق», «للدفاع»), a preposition («في», «عن») or an indefinite noun in
    a construct that a definite word closes within two words («وزارة الخارجية», «مدينة مشهد
    الإيرانية», «مكافحة إجرام الأنبار»); not a verb with its object («يعانون إشكاليات هذه …»)."""
    t = toks[k]
    if t.kind != "w":
        return False
    w = t.norm
    return w.startswith(("ال", "بال", "لل", "وال", "كال")) or w in ar_prepositions() \
        or any(u.kind == "w" and u.norm.startswith("ال") for u in toks[k + 1:k + 3])


def ar_genitive_lam(toks: list[Tok], k: int) -> bool:
    """«لكرة السلة», «بشؤون الأسرة»: a word glued to لـ/بـ before a definite noun is a
    genitive or prepositional complement going on with a description, not a given name
    («لينا فاروقي» is one: no ال follows)."""
    return toks[k].norm[:1] in "لب" and k + 1 < len(toks) and toks[k + 1].kind == "w" \
        and toks[k + 1].norm.startswith("ال")


def ar_manner_shape(w: str) -> bool:
    """«ضاحكا», «مبتسما», «متسائلا»: an indefinite active participle in the accusative -ا, of the
    shape فاعِل (ا second, five letters) or مُفعِل/مُتفعِّل/مُستفعِل (م then a consonant): a
    circumstantial of manner (حال) after its verb's subject, never a word of that subject's name."""
    if w.startswith(("ال", "و")) or not w.endswith("ا") or w.endswith("نا"):
        return False
    stem = w[:-1]
    mufil = stem[:1] == "م" and stem[1:2] not in ("ا", "و", "ي") and 4 <= len(stem) <= 7
    fail = len(stem) == 4 and stem[1] == "ا" and stem[0] not in ("م", "ا")
    return mufil or fail


def ar_pronoun_noun(raw: str) -> bool:
    """«بحثه», «مقاله», «غضبه»: a word as written ending in the attached pronoun ـه (not the ة of
    «حمزة»), four letters or more, no definite noun, and none of the name endings in ـه: «الله»
    («عبدالله») or ـيه («جوزيه», «خوسيه», «أندريه»)."""
    w = normalize(raw)
    return raw.endswith("ه") and len(w) >= 4 and not w.startswith(("ال", "و")) \
        and not w.endswith(("الله", "لله", "يه"))


def ar_purpose_noun(w: str) -> bool:
    """«لتنويع», «لتحقيق», «لتبادل», «بتطوير»: «لـ»/«بـ» glued to a verbal noun of the تفعيل or
    تفاعل pattern (a purpose or a means), never a word of a personal name."""
    return w[:2] in ("لت", "بت") and len(w) >= 6 and (w[4] == "ي" or w[3] == "ا")


@lru_cache(maxsize=65536)
def ar_edge_particle(word: str, closing: bool = False) -> bool:
    """A particle, subordinator or relative (edge_particles_ar.txt, folded), alone or after و/ف
    («إذا», «وحين», «فإن»), that neither opens nor closes a name. The folded «فان» is also the
    «van» of names («فان جال»), as the list's header says: it counts only ``closing`` a phrase
    («المراقبون فإن»), where no name ends with it. Remembered per word (bounded): asked of every
    word a name may run over."""
    if ar_spelled_name(word):
        return False  # («آن لوسي»: a name, not the particle أن)
    w = normalize(word)
    edge = _ar_edge_particles()
    return w in edge or (w[:1] in "وف" and w[1:] in edge and (closing or w != "فان"))


def ar_kal_noun(w: str, lex: Lexicon) -> bool:
    """«كالعادة», «كالمعتاد», «كالوزير»: كـ ("like") glued to a definite noun; not a short foreign
    given name that starts with the same letters («كاليب» Caleb, «كالفن» Calvin, «كالوم»)."""
    return w.startswith("كال") and (len(w) > 6 or _fa_al_noun(w, lex))


def _fa_al_noun(w: str, lex: Lexicon) -> bool:
    """«فالوزير», «فالحكومة»: فـ + a definite noun (a role, a person noun or a feminine noun),
    not a foreign given name that starts with the same letters («فاليري»)."""
    rest = w[1:]
    return rest.endswith("ه") or rest[2:] in lex.roles or rest in lex.people or rest in lex.stops


#: Capitalised words that are never part of a name (English capitalises days and months;
#: April, May, June, March and August are left out: they are also names).
calendar_words = lazy_words("prcli.quotations", "calendar_en.txt", "calendar_fr.txt")


@lru_cache(maxsize=65536)
def _plain_word(norm: str) -> bool:
    """Neither a day, a month nor holding a digit: asked by ``latin_cap`` of every capitalised
    word, remembered per word form (bounded)."""
    return norm not in calendar_words() and not any(c.isdigit() for c in norm)


def latin_cap(text: str, t: Tok) -> bool:
    """A capitalised word that may belong to a name (days and months never do)."""
    if t.kind != "w" or not text[t.start].isupper():
        return False
    if not _plain_word(t.norm):
        return False  # (digits: "O6EVQXPgg" of a link, "G20": no one's name)
    if "-" not in t.norm:
        return True
    # not "Oscar-nominated": a capitalised hyphenated adjective
    return all(part[:1].isupper() for part in text[t.start:t.end].split("-")[1:] if part) \
        or _syllable_given_name(text, t)


_hyphen_tails = lazy_words("prcli.quotations", "hyphen_tails_fr.txt")


def _syllable_given_name(text: str, t: Tok) -> bool:
    """«Chen Tze-lung», «Moon Jae-in», «Tsai Ing-wen»: a romanised given name of two short
    syllables, the second one lowercase, right after a capitalised word (the family name). Not
    «Dit-il», «Celui-ci» (``hyphen_tails_fr.txt``), nor "Oscar-nominated" (longer halves)."""
    parts = t.norm.split("-")
    if len(parts) != 2 or parts[1] in _hyphen_tails() \
            or not all(1 <= len(x) <= 5 and x.isalpha() for x in parts):
        return False
    before = text[max(0, t.start - 20):t.start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and len(words[-1]) >= 2 and words[-1].isalpha() and words[-1][0].isupper()


@cache
def _ar_time_keepers() -> frozenset[str]:
    """Words (folded) after which a word of time stays a time: time_name_followers_ar.txt, the
    ordinals of figures/data/numbers_ar.tsv («صباح رابع أيام العيد») and the days of the week
    without ال («صباح جمعة حزينة»)."""
    days = (d.removeprefix("ال") for d in ar_weekdays() if d.startswith("ال"))
    return frozenset((*_ar_time_name_followers(), *ar_number_words("ord"), *days))


def ar_time_name_pair(word: str, nxt: str, lex: Lexicon) -> bool:
    """The folded ``word`` is a word of time that is also a given name («صباح») and the folded
    ``nxt`` after it may go on with that name: a word of letters with no article, no stop word
    and no word that keeps it a time («صباح اليوم», «صباح السبت», «صباح يوم», «صباح غد»,
    «صباح ثالث أيام العيد», «صباح جمعة»)."""
    return word in ar_time_given_names() and nxt.isalpha() and not nxt.startswith("ال") \
        and nxt not in lex.stops and nxt not in _ar_time_keepers()


def ar_time_given_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«رئيس مجلس المحافظة صباح فلان»: a word of time that is also a given name opens a name
    when a name word follows it (see ``ar_time_name_pair``)."""
    if k + 1 >= len(toks) or toks[k].kind != "w":
        return False
    nxt = toks[k + 1]
    return nxt.kind == "w" and ar_time_name_pair(toks[k].norm, nxt.norm, lex) \
        and ar_name_token(nxt, toks[k].norm, lex)


def ar_name_end(toks: list[Tok], start: int, lex: Lexicon, limit: int = 5) -> int:
    """End (exclusive) of the personal name starting at ``start``; ``start`` when there is none.

    A family name with ال is accepted as the last word when the name already has a word and
    the phrase ends right after it («سعيد راشد اليتيم،», «محمد الرغاي (72 سنة)»).
    """
    k = start
    prev: str | None = None
    n = len(toks)
    if ar_time_given_name(toks, start, lex):
        prev = toks[start].norm  # («صباح فلان»: a given name that is a word of time elsewhere)
        k += 1
    while k < n and k - start < limit and ar_name_token(toks[k], prev, lex):
        if k > start + 1 and toks[k].norm.endswith(("ته", "تها", "تهم")) and len(toks[k].norm) > 4:
            break  # «قدم فرانسوا دي روجي استقالته»: the object, with a pronoun, after the name
        if k == start and toks[k].norm.endswith(("ته", "تها", "تهم")) and k + 1 < n \
                and toks[k + 1].norm.startswith("ال") and toks[k + 1].norm.endswith("ه"):
            break  # «وختم النجم حفلته المتميزة»: a possessed noun and its adjective, no name
        if k > start and _ar_object_word(toks, k, lex, k > start + 1):
            break  # «شنكول حسيب عملها», «صدام حسين مرورا بسنوات»: an object or a manner, no name
        if k > start and prev not in ar_nasab() and ar_quantity_word(toks[k].norm):
            break  # «أصدر فلان عدة قرارات», «ذكر الوزير فلان بعضا من …»: a quantity opens the object
        if k > start and ar_purpose_noun(toks[k].norm):
            break  # «أنشأها الرئيس فلان لتنويع الاقتصاد»: «لـ» and a verbal noun open a purpose
        if ar_outlet_ends(toks, k, lex):
            # («قال فلان الفلاني لراديو …», «لقناة …», «للصحيفة»: the outlet spoken to, not more
            # of the name; right after a title too: «الوزير لمجلة “…”» names no one)
            break
        if k > start and toks[k].norm in ar_name_tail_complements():
            break  # «اقترح المهندس فلان لحل …», «تحدث فلان الفلاني علانية»: a complement, a manner
        if k > start and ar_role_after_name(toks, k):
            break  # «فلان كبير الخبراء الأمنيين»: the role opens, the name has ended
        if k > start and toks[k].norm in ar_description_owners():
            break  # «سامر ذو الخمسين عاما»: «ذو» ("possessor of") opens a description of the named
        if k > start + 1 and ar_manner_shape(toks[k].norm) \
                and (k + 1 >= n or toks[k + 1].kind != "w" or toks[k + 1].norm in _ar_object_preps()):
            break  # «أجاب المدرب فلان فلاني ضاحكا “…”»: a participle of manner after a full name
        if k > start + 1 and ar_genitive_lam(toks, k) and not toks[k].norm.startswith(("بن", "بو", "بل")) \
                and toks[k + 1].norm not in _ar_name_al():
            break  # «أشاد الوزير فلان فلاني بجهود الحكومة»: بـ/لـ before a definite noun, the complement
        prev = toks[k].norm
        k += 1
    if k - start == limit:
        # «فلان بن فلان بن فلان بن فلان آل فلان»: a long chain of fathers goes on past the limit
        # through «بن …» and is closed by its family «آل …»
        nasab = ar_nasab()
        if toks[k - 1].norm in nasab:
            k -= 1  # (the limit fell between «بن» and the father's name)
        while k + 1 < n and toks[k].kind == "w" and toks[k + 1].kind == "w" \
                and (toks[k].norm in nasab or toks[k].norm == "ال") \
                and ar_name_token(toks[k + 1], toks[k].norm, lex):
            k += 2
            if toks[k - 2].norm == "ال":
                return k
    if k - start >= 3 and toks[k - 2].norm == "ال":
        return k  # «سعد بن خالد آل مبارك الجلسة»: «آل …» is the family name, a definite word after it is not
    if k > start and ar_title_in_name(toks, k, lex):
        return k + 2  # «النائب فائق الشيخ علي:»: a title that is a word of the family name
    if k > start and k < n and toks[k].kind == "w" and toks[k].norm.startswith("ال") \
            and toks[k].norm not in lex.people and toks[k].norm not in lex.stops \
            and toks[k].norm not in lex.cues and len(toks[k].norm) > 3 and toks[k].norm[2:] not in lex.roles \
            and toks[k].norm not in _ar_god_names() \
            and not ar_object_definite(toks[k].norm, lex) \
            and (k + 1 >= n or toks[k + 1].norm not in ar_origin_tails()) \
            and not ar_told_hearer(toks, start, k):
        # («دعا فلان المولى أن …»: God, the verb's object; «فلان الكوبي الأصل»: an origin, no family name)
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is None or nxt.kind in ("p", "b", "q") or nxt.norm in lex.stops or nxt.norm in lex.roles \
                or (nxt.norm in lex.people and nxt.norm not in lex.honorifics) \
                or (nxt.norm.startswith("ال") and nxt.norm[2:] in lex.roles
                    and nxt.norm not in lex.honorifics) \
                or nxt.norm.startswith(("بال", "لل", "وال")) or nxt.norm in ar_not_names() \
                or ar_quantity_word(nxt.norm) \
                or (k - start == 1 and nxt.norm[:1] in "بل" and len(nxt.norm) > 4
                    and not nxt.norm.startswith(("بن", "بو", "لا"))) \
                or (nxt.norm.endswith("ا") and not nxt.norm.startswith("ال") and len(nxt.norm) >= 4
                    and k - start >= 1 and not toks[start].norm.startswith(("ب", "ل", "وب", "ول"))):
            k += 1  # «جبران الجبران متألما», «الوزير خالد العمري بالتجار»: what follows is no name
            # («نفت فلانة الفلانية عدة تهم»: a quantity word opens the verb's object after the name)
            # («سالم سعد العتيبي المشرف على …»: a definite role after it is its apposition)
            # (nor a word glued to بـ/لـ after a given name: «خالد العمري بممثلي النقابات»)
    return k


def ar_telling_verb(w: str) -> bool:
    """«أبلغ», «وأخبرت» (``telling_verbs_ar.txt``, with or without و/ف): a verb whose object,
    after its subject, is the one told."""
    telling = _ar_telling_verbs()
    return w in telling or (w[:1] in "وف" and w[1:] in telling)


def ar_telling_form(w: str) -> bool:
    """Any listed form of a verb of telling (``telling_forms_ar.txt``: «أبلغ», «وأخبره»)."""
    forms = _ar_telling_forms()
    return w in forms or (w[:1] in "وف" and w[1:] in forms)


def ar_told_hearer(toks: list[Tok], start: int, k: int) -> bool:
    """Whether ``toks[k]`` is a listed hearer (``hearers_ar.txt``: «الصحفيين», «النواب») of a
    telling verb a few words before the name at ``start`` («وأبلغت الوزيرة فلانة فلان النواب أن»):
    the verb's object, no family name."""
    if toks[k].norm not in ar_hearers():
        return False
    return any(t.kind == "w" and ar_telling_verb(t.norm) for t in toks[max(0, start - 3):start])


def ar_title_in_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«فائق الشيخ علي», «محمد السيد أحمد»: after a name word, a title that is also a family name
    word (``name_inner_titles_ar.txt``), then one name word that ends the phrase (a mark, a stop
    word or the end): the title is inside the name. The last word may be «علي», which folded
    reads as the preposition."""
    n = len(toks)
    if k < 1 or k + 1 >= n or toks[k].norm not in _ar_name_inner_titles() \
            or not ar_name_token(toks[k - 1], None, lex) or toks[k + 1].kind != "w":
        return False
    last = toks[k + 1].norm
    if last != "علي" and (last.startswith("ال") or not ar_name_token(toks[k + 1], None, lex)):
        return False
    return k + 2 >= n or toks[k + 2].kind != "w" or toks[k + 2].norm in lex.stops \
        or ar_edge_particle(toks[k + 2].norm, closing=True)


def ar_object_definite(w: str, lex: Lexicon) -> bool:
    """A definite common noun that is never a family name, so after a name it opens the verb's
    object («رفض فلان التعليق على …», «جدد فلان الفلاني التأكيد», «قدم فلان الشكر»): a verbal or
    common noun of object_definites_ar.txt, a word of time («الشهر», «اليوم») or a long plural in
    ات («المحادثات», «التعليقات»; family names in ات are shorter: «العبيدات», «الزيات»)."""
    if w in _ar_object_definites() or w in ar_time_words():
        return True
    return len(w) >= 9 and w.endswith("ات") and w not in lex.people


def ar_spelled_name(raw: str) -> bool:
    """A name word that folding hides, told by its spelling: an initial madda is never the
    particle أن/إن or the pronoun أنا («آن», «آنا»: Anne, Anna), and the article ال is written
    without hamza, so «إليسا», «ألبرت» open no definite noun. Folded, each looks like a
    particle or a noun with ال, and ``ar_name_token`` refuses it."""
    if raw[:1] not in ("آ", "إ", "أ") or len(raw) < 2:
        return False
    w = normalize(raw)
    stops = ar_stops()
    if raw[:1] == "آ":
        return w in stops
    return raw[:2] in ("إل", "أل") and len(w) >= 4 and w not in stops \
        and w[2:] not in ar_roles() and w not in ar_people()


def ar_spelled_name_word(text: str, t: Tok) -> bool:
    """``ar_spelled_name`` for the word token ``t`` of ``text``."""
    return t.kind == "w" and ar_spelled_name(text[t.start:t.end])


def ar_name_end_spelled(text: str, toks: list[Tok], start: int, lex: Lexicon, limit: int = 5) -> int:
    """``ar_name_end``, also over a first word that only its spelling shows to be a name
    (``ar_spelled_name_word``: «رئيسة الوحدة، آن لوسي لوفيفر،», «الفنانة إليسا إعجابها»)."""
    e = ar_name_end(toks, start, lex, limit)
    if e > start or start >= len(toks) or not ar_spelled_name_word(text, toks[start]):
        return e
    nxt = start + 1
    if nxt < len(toks) and toks[nxt].kind == "w" and _ar_object_word(toks, nxt, lex, False):
        return nxt  # («إليسا إعجابها الكبير»: the object, with its pronoun)
    return max(nxt, ar_name_end(toks, nxt, lex, limit - 1))


def _ar_object_word(toks: list[Tok], k: int, lex: Lexicon, third: bool = True) -> bool:
    """A word that ends a name before it: a noun with a possessive pronoun («عملها», «أنواعهم»)
    or, from the third word on, an accusative in -ا before a preposition («مرورا بسنوات»,
    «عضوا في»)."""
    w = toks[k].norm
    if len(w) >= 5 and w.endswith(("ها", "هم", "هما")) and not w.startswith("ال"):
        return True
    if len(w) >= 7 and w.endswith("ات") and not w.startswith("ال"):
        return True  # «… العنزي استعدادات فريقه»: a long plural noun, the verb's object
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if third and len(w) == 6 and w.endswith("ات") and nxt is not None and nxt.kind == "w" \
            and nxt.norm.startswith("ال") and len(nxt.norm) >= 5:
        return True  # «يطالب فلان أبو فلان مؤسسات الدولة»: a plural in ات governing a definite noun
    if not third or not w.endswith("ا") or w.startswith("ال") or nxt is None or nxt.kind != "w":
        return False
    # «انتخبت مباركة بوعيدة عضوا بمجلس المدينة», «درس أوين لامونت فصولا من تاريخ …»: after a
    # name of two words, an accusative noun governing a preposition is the verb's object
    if len(w) >= 5 and nxt.norm[:1] == "ب" and not nxt.norm.startswith("ال"):
        return True  # «مرورا بسنوات», «مطالبا بـ»: an accusative adverb before بـ
    noun = w[:-1]  # «عضوا» -> «عضو»: only a known noun; «لويس إيناسيو لولا» ends in -ا too
    return len(w) >= 4 and (noun in lex.roles or noun in lex.people or noun in _ar_object_nouns()) \
        and (nxt.norm[:1] == "ب" or nxt.norm in _ar_object_preps() or nxt.norm.startswith("لل"))
    # (not as a second word: «قال ليونارد نجيندكومانا لراديو فرنسا» ends a name in -ا before its
    # channel; «ماريا سافينوفا بطلة أولمبياد» is a surname before its apposition)


#: Prepositions an accusative object governs right after a name («عضوا في», «فصولا من»).
_ar_object_preps = lazy_words("prcli.quotations", "object_prepositions_ar.txt")

#: Nouns that, in the accusative after a name, are its verb's object («عضوا», «نموذجا»).
_ar_object_nouns = lazy_words("prcli.quotations", "object_nouns_ar.txt")


def ar_verbal_noun_shape(w: str) -> bool:
    """A folded word shaped like a verbal noun of a derived verb («تقديم», «تساهل», «استكمال»,
    «إعلان», «انتشار», «مشاركة») or of the فعول pattern («وجود», «حضور»)."""
    if len(w) < 4:
        return False
    if w.startswith("است") or (w[0] == "ت" and (w[-2] == "ي" or w[2] == "ا")):
        return True
    if w[0] == "ا" and w[-2] == "ا":
        return True
    return (len(w) == 4 and w[2] == "و") or (w[0] == "م" and w[2] == "ا" and w.endswith("ه"))


def ar_pledge_shaped(w: str) -> bool:
    """A folded word that reads «بـ» and a verbal noun: «بالتحقيق», a derived verbal noun
    («بتشكيل», «بإيجاد», «باستكمال», «بمواصلة»), or a bare three-consonant one («بفتح», «بحظر»);
    not a name opening with ب («بيتر», «باراك», «بشار», «بن», «بو…»: a long vowel inside)."""
    if len(w) < 4 or not w.startswith("ب") or w.startswith(("بن", "بو")):
        return False
    rest = w[1:]
    if rest[0] == "ا" and len(rest) < 5 and not w.startswith("بال"):
        return False  # («باراك»: an alif after ب, too short for «إفعال»)
    return (w.startswith("بال") and len(w) >= 6) or ar_verbal_noun_shape(rest) \
        or (len(rest) == 3 and rest[0] not in "اوي" and rest[1] not in "اوي")


def ar_bi_object_verb(v: str) -> bool:
    """The folded ``v`` is a verb whose object takes «بـ» (``bi_object_verbs_ar.txt``: «طالب»,
    «تعهد», «وعد»), also with و/ف glued on."""
    return v in _ar_bi_object_verbs() or (v[:1] in "وف" and v[1:] in _ar_bi_object_verbs())


def ar_pledge_object(toks: list[Tok], m: int) -> bool:
    """The word at ``m`` is shaped as the «بـ» object of such a verb (``ar_pledge_shaped``) and is
    not the complement of an adjective that takes «بـ» itself («المنظمة المعنية بحقوق النساء»)."""
    return ar_pledge_shaped(toks[m].norm) and toks[m - 1].norm not in _ar_bi_adjectives()


def ar_pledged_at(toks: list[Tok], verb: int, m: int) -> bool:
    """«وطالب الوزير بفتح تحقيق “…”», «ووعد المدير بإنجاز المشروع»: after a verb at ``verb`` whose
    object takes «بـ» (``bi_object_verbs_ar.txt``) and its subject, the word at ``m`` opening
    with «بـ» is that object, no word of a name; unless a family name with ال follows it
    («وطالب الرئيس بشار الأسد بـ…»), or it is «بن/بو» of a name."""
    if verb < 0 or m <= verb + 1 or m >= len(toks) or toks[verb].kind != "w" or toks[m].kind != "w":
        return False
    if not ar_bi_object_verb(toks[verb].norm) or not ar_pledge_object(toks, m):
        return False
    return m + 1 >= len(toks) or toks[m + 1].kind != "w" or not toks[m + 1].norm.startswith("ال")


def before_object(text: str, toks: list[Tok], a: int, e: int) -> int:
    """«ارتدت الممثلة فستانًا طويلًا»: a word written with the accusative ending (ًا) is the
    verb's object or a manner, never part of the subject's name; so is a noun with ة after a
    full name («اتخذ الممثل فلان فلاني خطوة …»). The name ends before it."""
    if e > a and ar_pledged_at(toks, a - 2, a):
        return a  # «وطالب الوزير بفتح تحقيق “…”»: after the verb and a title, what was asked for
    for m in range(a, e):
        raw = text[toks[m].start:toks[m].end]
        if raw.endswith(("ًا", "اً")) or toks[m].norm in _ar_addressing_participles():
            return m  # («وقال الفنان مخاطبا الجمهور»: the one addressed follows, no name)
        nxt = toks[m + 1] if m + 1 < len(toks) else None
        nxt_raw = text[nxt.start:nxt.end] if nxt is not None and nxt.kind == "w" else ""
        if m >= a + 2 and raw.endswith("ة") and nxt_raw.endswith("ية") and len(nxt_raw) >= 5 \
                and not nxt_raw.startswith("ال"):
            return m  # «بقيادة المدرب فلان فلاني حصة تدريبية»: a noun and its adjective, the object
        if m == a and ar_pronoun_noun(raw):
            return m  # «وأعد الباحث بحثه تحت …»: a noun with its pronoun ـه right after the title, the object
        if m == a + 1 and ar_pronoun_noun(raw) and len(toks[m].norm) >= 5 \
                and nxt_raw.startswith(("بال", "لل")):
            return m  # «وختم السيد فلان حديثه بالشكر …»: a noun with ـه before its complement, the object
        if m >= a + 2 and raw[:1] in "بل" and raw.endswith("ه") and len(toks[m].norm) >= 5 \
                and not toks[m].norm.startswith(("بن", "بو", "بي", "لا")):
            return m  # «قدم الرئيس فلان فلاني بتوقفه في …»: بـ/لـ, a noun and its pronoun («ـه», not ة)
        if m >= a + 2 and toks[m].norm.endswith("ه") and len(toks[m].norm) >= 4 \
                and toks[m - 1].norm not in _ar_name_glue() and nxt is not None and nxt.kind == "w" \
                and nxt.norm not in _ar_particles():
            return m  # (not «سامر حسن جمعة أن …»: a family name with ة before a particle)
    return e
