"""The state of one article being attributed, and the token helpers every layer shares.

``_AttributorBase`` holds the text, the tokens, the lexicon, the register of people and the
per-article memos (declared once, in ``__init__``); the readers are layered on it, each
using only the layers below it: ``cues``, ``phrases``, ``arabic``, ``french``, ``english``,
``clauses``, ``sieves`` (``Attributor``, the top one). Also here: the ``Clause`` record and
the module-level word lists and helpers that the lowest layers use.
"""

from __future__ import annotations

import re
from functools import cache

from prcli.model import _frozen
from prcli.quotations.lexicon import Lexicon, ar_that_particles, language_words, lexicon
from prcli.quotations.lexicon import ar_clause_relatives as _ar_relatives
from prcli.quotations.people import Register
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_words

#: Punctuation that a name in marks never holds (``_quoted_name_text``).
_NAME_BREAKS = re.compile(r"[.،,:؟!?]")
_leading_prep = lazy_words("prcli.quotations", "leading_prepositions_en.txt", "leading_prepositions_fr.txt")
_en_det = lazy_words("prcli.quotations", "determiners_attribute_en.txt")
_fr_det = lazy_words("prcli.quotations", "determiners_attribute_fr.txt")
_fr_prep = lazy_words("prcli.quotations", "prepositions_fr.txt")
_fr_time = lazy_words("prcli.quotations", "sentence_adverbials_fr.txt")


@cache
def _links(lang: str) -> frozenset[str]:
    """Labels of links to other articles ("Lire aussi"): what follows them is a headline."""
    return frozenset(w.lower() for w in language_words("links", lang))


@_frozen
class Clause:
    """What one cue says about its speaker: a phrase (token range), or a pronoun/dropped subject."""

    cue_start: int
    cue_end: int
    np: tuple[int, int] | None
    number: str
    via: str
    #: (Arabic) the phrase that speaks for ``np`` when it lies elsewhere: the body that issued
    #: the statement ``np`` names («أصدرت الوزارة بيانا … وأضاف البيان»); read only to resolve
    #: the speaker, never for where the clause ends
    speaks: tuple[int, int] | None = None

    def __init__(self, cue_start: int, cue_end: int, np: tuple[int, int] | None, number: str, via: str,
                 speaks: tuple[int, int] | None = None) -> None:
        # (``object.__setattr__``, as the dataclass did, not ``self.__dict__``: asking for the
        # instance's dict makes Python keep it as a dict, and every later read of a field slower)
        put = object.__setattr__
        put(self, "cue_start", cue_start)
        put(self, "cue_end", cue_end)
        put(self, "np", np)
        put(self, "number", number)
        put(self, "via", via)
        put(self, "speaks", speaks)


_MAY_CUE_MEMO: dict[str, bool] = {}
#: The same for French and English words (``_latin_may_cue_word``), one table per language.
_LATIN_CUE_MEMOS: dict[str, dict[str, bool]] = {"fr": {}, "en": {}}


class _AttributorBase:
    """State of one article (text, tokens, lexicon, register, memos) and shared token helpers."""

    def __init__(self, text: str, toks: list[Tok], lex: Lexicon, reg: Register) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        self.reg = reg
        self.lang = lex.lang
        self._cue_cache: dict[int, tuple[str, str, int] | None] = {}
        self._document: tuple[int, int] | None = None
        self._floors: list[int] | None = None
        self._cue_memo: dict[int, int] = {}
        #: clause() by token * 2 + after_quote: asked again for the same word by every quotation
        #: nearby. The document found so far is the only state its answer reads, so the memo
        #: holds for ``_memo_document`` only (int keys and mostly None: no work for the collector)
        self._clause_memo: dict[int, Clause | None] = {}
        self._memo_document: tuple[int, int] | None = None
        self._quoted_memo: dict[int, bool] = {}
        #: word -> may a cue start there (``_ar_may_cue``); shared by articles using the package lexicon
        self._may_cue_memo: dict[str, bool] = _MAY_CUE_MEMO if lex is lexicon(lex.lang) else {}
        #: the same for a French or English word (``_latin_may_cue_word``), shared in the same way
        self._latin_cue_memo: dict[str, bool] = _LATIN_CUE_MEMOS[lex.lang] \
            if lex.lang in _LATIN_CUE_MEMOS and lex is lexicon(lex.lang) else {}
        #: quotation tokens read as a name inside a speaker's description («مؤسس “أديان” فادي ضو»)
        self.in_speaker: set[int] = set()

    def _clause_last(self, c: Clause) -> int:
        return max(c.cue_end, c.np[1] if c.np is not None else 0) - 1

    def _followed_by(self, i: int, words: tuple[str, ...]) -> bool:
        return any(self.toks[j].norm in words for j in range(i + 1, min(len(self.toks), i + 8)))

    def _followed_by_an(self, i: int) -> bool:
        that = ar_that_particles()
        return any(self.toks[j].norm in that for j in range(i + 1, min(len(self.toks), i + 6)))

    def quoted_name(self, k: int) -> bool:
        """«“فايز البلوي”»: Arabic writers often put a name in marks; a short quotation of name
        words right before a reporting verb (or الذي + verb) names the speaker."""
        toks = self.toks
        if k < 0 or toks[k].kind != "q":
            return False
        hit = self._quoted_memo.get(k)
        if hit is None:
            hit = self._quoted_memo[k] = self._quoted_name_text(k)
        return hit

    def marked_words(self, k: int) -> list[str]:
        """The words written inside the marks of the quotation token ``k`` (as in the text)."""
        t = self.toks[k]
        return self.text[t.start + 1:t.end - 1].split()

    def _quoted_name_text(self, k: int) -> bool:
        toks = self.toks
        inner = self.text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0")
        words = inner.split()
        return 1 <= len(words) <= 4 and _NAME_BREAKS.search(inner) is None \
            and not any(map(str.isdigit, inner)) \
            and not (self.lang == "ar" and normalize(words[0]) in _ar_relatives())
        # («القضية “التي هي قضية الجميع” مشيرة …»: a relative clause in marks names no one)

    def _near_sentence_start(self, i: int, limit: int) -> int:
        """The start of the sentence holding token ``i`` when it is at most ``limit`` tokens back,
        else -1 (a bounded walk: it runs for many tokens of a long article)."""
        k = i
        while k > 0 and i - k <= limit and self.toks[k - 1].kind != "b":
            k -= 1
        return k if k == 0 or self.toks[k - 1].kind == "b" else -1

    def _recent_start(self, i: int, limit: int = 60) -> int:
        """The start of the sentence holding token ``i``, or ``limit`` tokens back if it is further
        (a bounded walk: a page with no full stop must not cost a walk back per quotation)."""
        k = i
        while k > 0 and i - k < limit and self.toks[k - 1].kind != "b":
            k -= 1
        return k

    def _sentence_start(self, i: int) -> int:
        k = i
        while k > 0 and self.toks[k - 1].kind != "b":
            k -= 1
        return k

    def _participle_opens(self, j: int) -> bool:
        """The participle at ``j`` opens its sentence, alone or after its reflexive pronoun
        («Se décrivant comme « … », ce groupe …», «Se disant « … », la maire …»)."""
        s = self._sentence_start(j)
        return s == j or (self.lang == "fr" and s == j - 1 and self.toks[s].norm in ("se", "s'"))

    def _determiner(self, t: Tok) -> bool:
        if self.lang == "en":
            return t.norm in _en_det() or t.norm == "l'"
        return t.norm in _fr_det() or t.norm in ("cet", "l'")

    def _prepositional(self, t: Tok) -> bool:
        """«En Gironde, une source a dit»: a capitalised preposition opens an adverbial, not a name."""
        return t.norm in _leading_prep() or t.norm in _fr_prep() \
            or t.norm in language_words("connectors", self.lang) \
            or (self.lang == "fr" and (t.norm in _fr_time() or (t.norm.endswith("ment") and len(t.norm) > 7
                                                              and t.norm not in self.lex.people)))
        # («Immédiatement, le président …», «Aussitôt, la ministre …»)

    def _link_label(self, a: int, j: int) -> bool:
        """«Lire aussi», «À lire», «Voir aussi», "Read more": a link to another article."""
        words = " ".join(t.norm for t in self.toks[a:j] if t.kind == "w")
        return words in _links(self.lang)

    def surface(self, np: tuple[int, int]) -> str:
        return self.text[self.toks[np[0]].start:self.toks[np[1] - 1].end]
