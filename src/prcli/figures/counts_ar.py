"""What Arabic figures count, read once every figure of the article is known.

The per-figure readers of ``extract`` look at the words around one figure. Some answers need the
figures around it: in Arabic news a figure is very often the next link of a chain about one
thing («ارتفعت الأرباح بنسبة 64% لتصل إلى 435 مليون ريال مقارنة بـ 264 مليون ريال، كما ارتفعت
بنسبة 39% حيث بلغت 782 مليون ريال مقابل 564 مليون»): every amount after the first one measures
the same thing, and nothing but link words (a result verb, a comparison, a time complement, a
verb whose subject is only a pronoun) stands between them. Reading that structure here, with the
exact token spans of all figures, is more general than one rule per sentence shape.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import TYPE_CHECKING

from prcli.figures.lexicon import has_cue, months, norm_word, phrase_key
from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from prcli.figures.extract import _Doc, _Fig

#: kinds whose ``counts`` names a thing
COUNTED = frozenset({"count", "money", "percent", "measure", "rank", "ordinal"})
#: kinds that pass what they measure on to the next amount of a chain
_CHAINED = frozenset({"money", "percent", "measure", "count"})
_two = lazy_words("prcli.figures", "two_after_dual_ar.txt", convert=norm_word)
_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", ":"})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_GAP_MARKS = frozenset({"،", ",", "(", ")", "-", "/"})
#: roles of the words that only link two amounts of one chain (cues_ar.tsv)
_LINK_ROLES = (
    "result",
    "compare",
    "intro",
    "skip",
    "change",
    "changepart",
    "npprep",
    "year",
    "levelword",
    "chain",
    "negation",
)
#: how far (tokens) a chain reaches from one amount to the next
_CHAIN_REACH = 24


def refine(doc: _Doc, figs: list[_Fig]) -> None:
    """Fill in what an Arabic figure counts when its own reader found nothing, from the amount
    before it in the same chain (see the module docstring). Figures are in text order."""
    covered: set[int] = set()  # tokens of every figure
    amounts: set[int] = set()  # tokens of the figures that may open a chain of their own
    for f in figs:
        covered.update(range(f.first, f.last + 1))
        if f.kind in _CHAINED:
            amounts.update(range(f.first, f.last + 1))
    out_of(doc, figs)
    prev: _Fig | None = None
    for f in figs:
        if f.kind not in COUNTED:
            continue
        if prev is not None and (
            f.first - prev.last > _CHAIN_REACH or not same_sentence(doc, prev.last, f.first)
        ):
            prev = None  # (the distance first: no scan over a long gap)
        if (
            f.kind == "count"
            and f.words
            and f.value == 2
            and not doc.is_cue("partitive", doc.key(f.last + 1))
        ):
            f.counts = dual_before(doc, f, covered) or f.counts
        if f.kind == "money" and (f.counts is None or f.counts_after):
            f.counts = valued_noun(doc, f, covered) or f.counts
        if f.kind in _CHAINED and (f.counts is None or hollow(doc, f.counts)):
            got = change_target(doc, f, amounts, level=f.counts is not None)
            if got is None and prev is not None:
                got = elided_subject(doc, f, covered)
            if got is None and prev is not None and chained(doc, prev, f, covered):
                got = prev.counts
            if got is None and f.kind != "count":
                got = opening_subject(doc, f, amounts)
            f.counts = got or f.counts
        if f.counts and f.kind in _CHAINED:
            prev = f


def same_sentence(doc: _Doc, a: int, b: int) -> bool:
    """No sentence end (a full stop, a line break) between tokens ``a`` and ``b``."""
    if any(doc.keys[k] in _SENTENCE_END for k in range(a + 1, b)):
        return False
    return "\n" not in doc.text[doc.toks[a].end : doc.toks[b].start]


def chained(doc: _Doc, prev: _Fig, fig: _Fig, covered: set[int]) -> bool:
    """Only link words between two amounts: the later one measures what the earlier one did."""
    if fig.first - prev.last > _CHAIN_REACH:
        return False
    return all(link_token(doc, k, covered) for k in range(prev.last + 1, fig.first))


def link_token(doc: _Doc, k: int, covered: set[int]) -> bool:
    """Token ``k`` may stand between two amounts of one chain: part of another figure (a year, a
    period), a comma or a bracket, or a word that names no new thing (a link verb or noun, a
    preposition, a time word, a verb whose subject is a pronoun)."""
    if k in covered:
        return True
    tok = doc.toks[k]
    if tok.kind != "word":
        return tok.key in _GAP_MARKS
    key = tok.key
    if not doc._content(k) or doc.timeish(k) or doc.match(months(), k, 1)[0]:
        return True
    return any(doc.is_cue(role, key) for role in _LINK_ROLES)


def hollow(doc: _Doc, phrase: str) -> bool:
    """A phrase that names no thing: only link words («مستوى», «ينخفض», «بنسبة»)."""
    return _hollow(phrase)


@lru_cache(maxsize=4096)
def _hollow(phrase: str) -> bool:
    keys = phrase_key(phrase)
    return bool(keys) and all(any(has_cue("ar", role, key) for role in _HOLLOW_ROLES) for key in keys)


_HOLLOW_ROLES = ("change", "changepart", "result", "record", "levelword", "intro", "compare")


def change_target(doc: _Doc, fig: _Fig, covered: set[int], level: bool = False) -> str | None:
    """«ارتفعت أسعار النفط 3%», «زيادة نوعية في نمو الأرباح (EBITDA) بنسبة 64%», «المؤشر العام
    ينخفض 4.88%»: the nearest verb or noun of change before the figure in its clause, and the
    noun phrase it changes: after it (VSO, a genitive, «في»), else before the verb (SVO). A result
    verb («لتصل»), a comparison or another amount on the way means the figure continues a chain:
    None (``chained`` reads it). With ``level`` (the figure's own reader found only «مستوى»), a
    verb of recording reaches the level too («أنهى البلاتينيوم تداولاته عند مستوى 1002 دولار»)."""
    k = fig.first - 1
    floor = max(-1, fig.first - 16)
    while k > floor:
        key = doc.keys[k]
        if key in _SENTENCE_END or key in ("،", ",") or "\n" in doc.gap(k, k + 1) or k in covered:
            return None
        if doc.toks[k].kind == "word":
            if any(doc.is_cue(role, key) for role in ("compare", "opener", "relative")):
                return None
            if doc.is_cue("result", key):
                k -= 1  # «نما هامش الأرباح خلال النصف الأول لتبلغ 23%»: the change before the result
                continue
            verb = doc.is_cue("change", key) or (level and doc.is_cue("record", key))
            if verb or doc.is_cue("changenoun", key):
                if verb and not key.startswith("و"):
                    return (
                        changed_after(doc, k, fig.first, covered)
                        or doc.ar_subject_before(k)
                        or noun_before(doc, k, covered)
                    )
                return changed_after(doc, k, fig.first, covered)
        k -= 1
    return None


def changed_after(doc: _Doc, v: int, end: int, covered: set[int]) -> str | None:
    """The noun phrase a change word at ``v`` changes, read after it up to token ``end``: past
    an adjective of the change («زيادة نوعية»), «في», another change noun («في نمو الأرباح») and
    time complements; None when a word that introduces the figure comes first («ارتفعت بنسبة»:
    the subject is a pronoun)."""
    m = v + 1
    while m < end:
        if (
            doc.keys[m] in _QUOTES
            and m + 2 < end
            and doc.toks[m + 1].kind == "word"
            and doc.keys[m + 2] in _QUOTES
            and m + 1 not in covered
        ):
            return doc._phrase(m + 1, m + 1)  # «كما ارتفع "الهولندي" بمقدار 20%»: a quoted name
        if m in covered or doc.toks[m].kind != "word":
            return None
        key = doc.keys[m]
        if doc.is_cue("intro", key) or doc.is_cue("valuelink", key):
            return None
        adjective = (
            m == v + 1 and not key.startswith("ال") and not doc.keys[v].startswith("ال") and key.endswith("ة")
        )  # «زيادة نوعية»: qualifies the change
        if doc.match(doc.units, m, 1)[0] and key.startswith("ال") and not doc.ar_figure_part(m):
            return doc._phrase(m, m)  # «تراجع الدولار بنسبة 1%»: a currency with no number is a noun
        if adjective or doc.is_cue("changenoun", key) or not doc._content(m) or doc.ar_filler(m):
            m += 1
            continue
        if doc.is_cue("skip", key):
            return None
        return doc.ar_np(m)
    return None


def noun_before(doc: _Doc, v: int, covered: set[int]) -> str | None:
    """SVO: «المؤشر العام ينخفض 4.88%»: the noun phrase right before the verb, over a definite
    adjective that is no content word by itself («العام» is also «the year»)."""
    first = -1
    for m in range(v - 1, max(-1, v - 4), -1):
        if m in covered or doc.toks[m].kind != "word" or doc.is_cue("skip", doc.keys[m]):
            break
        if doc._content(m):
            first = m
        elif not doc.keys[m].startswith("ال"):
            break
    return doc.ar_np(first) if first != -1 else None


def valued_noun(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«صفقة بقيمة 5.2 مليار يورو تشمل ...», «عقدا بتكلفة 30 مليون ريال»: the noun right before
    «بقيمة/بمبلغ/بتكلفة» is what the amount is the value of (the word after the amount is not)."""
    k = fig.first - 1
    while (
        k >= 0
        and fig.first - k <= 3
        and doc.toks[k].kind == "word"
        and not doc.is_cue("valuelink", doc.keys[k])
    ):
        if not doc.is_cue("skip", doc.keys[k]) and not doc.is_cue("intro", doc.keys[k]):
            return None  # «بقيمة إجمالية تبلغ»: only words that introduce the amount
        k -= 1
    if k < 1 or not doc.is_cue("valuelink", doc.keys[k]):
        return None
    last = k - 1
    first = -1
    for m in range(last, max(-1, last - 2), -1):
        if m in covered or not doc._content(m) or (m < last and not doc.spaced(m, m + 1)):
            break
        first = m
    return doc._phrase(first, last) if first != -1 else None


def dual_before(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«مغربيين اثنين», «لاعبان اثنان»: «اثنان» follows the dual noun it counts (an adjective,
    unlike the numbers from three up, which come first)."""
    k = fig.first - 1
    if fig.first != fig.last or k < 0 or k in covered or not doc.spaced(k, fig.first):
        return None
    if doc.keys[fig.first] not in _two():
        return None  # a dual noun is a figure of its own («ببرلمانين وحكومتين»)
    key = doc.keys[k]
    if not (doc._content(k) and key.endswith(("ين", "ان")) and len(key) >= 5):
        return None
    first = k
    agreeing = k >= 1 and doc.keys[k - 1].endswith(key[-2:]) and len(doc.keys[k - 1]) >= 5
    if agreeing and k - 1 not in covered and doc._content(k - 1) and doc.spaced(k - 1, k):
        first = k - 1  # «متطرفين يهوديين اثنين»: the noun and its adjective
    return doc._phrase(first, k)


def opening_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """«سجل مؤشر السوق اليوم تراجعا للجلسة الثالثة، إذ انخفض بـ 51 نقطة»: a verb of change whose
    subject is only a pronoun («إذ انخفض بـ», «وأغلق عند») continues the sentence's first verb,
    and changes what that verb's subject names."""
    v = fig.first - 1
    while v > max(-1, fig.first - 8):
        if v in covered or doc.keys[v] in _SENTENCE_END:
            return None
        if doc.toks[v].kind == "word" and doc.is_cue("change", doc.keys[v]):
            break
        v -= 1
    else:
        return None
    if changed_after(doc, v, fig.first, covered) is not None:
        return None  # the verb has a subject of its own (``change_target`` read it)
    first_verb = -1
    m = v - 1
    while m > max(-1, v - 40) and doc.keys[m] not in _SENTENCE_END and "\n" not in doc.gap(m, m + 1):
        if doc.toks[m].kind == "word" and (
            doc.is_cue("change", doc.keys[m]) or doc.is_cue("record", doc.keys[m])
        ):
            first_verb = m
        m -= 1
    return changed_after(doc, first_verb, v, covered) if first_verb != -1 else None


def elided_subject(doc: _Doc, fig: _Fig, covered: set[int]) -> str | None:
    """A list sharing one verb: «ارتفع "الهولندي" بمقدار 20%، ومن ثم "الفرنسي" بنسبة 19%»,
    «وتراجع سهم A 2%، وسهم B بنسبة 3%»: after «و», «ثم» or a comma, the name right before the
    word that introduces the amount is the subject of the verb left out."""
    k = fig.first - 1
    while k >= 0 and fig.first - k <= 2 and doc.toks[k].kind == "word" and doc.ar_intro(k):
        k -= 1
    if k == fig.first - 1 or k < 2:
        return None  # no «بنسبة/بمقدار»: the words before name something else
    if doc.keys[k] in _QUOTES and doc.keys[k - 2] in _QUOTES and doc.toks[k - 1].kind == "word":
        first, last = k - 2, k - 1
        name = doc._phrase(k - 1, k - 1)
    elif (
        doc.toks[k].kind == "word"
        and k not in covered
        and doc._content(k)
        and not doc.is_cue("skip", doc.keys[k])
    ):
        first = last = k
        if k - 1 not in covered and doc.toks[k - 1].kind == "word" and doc._content(k - 1):
            first = k - 1
        name = doc._phrase(first, last)
    else:
        return None
    before = doc.keys[first - 1] if first >= 1 else ""
    clitic = doc.keys[first].startswith("و") and before in _CLAUSE_MARKS
    if before in _CLAUSE_MARKS or before in ("و", "ثم") or clitic:
        return name
    return None


_CLAUSE_MARKS = frozenset({"،", ","})


def out_of(doc: _Doc, figs: list[_Fig]) -> None:
    """«فاز 15 من بين 20 مرشحا», «نجح 300 من أصل 450 طالبا»: a count before «من بين/من أصل» and
    another count counts what that count counts."""
    for a, b in itertools.pairwise(figs):
        if a.kind != "count" or b.kind != "count" or not b.counts or a.counts_after or b.first != a.last + 3:
            continue
        if doc.key(a.last + 1) == "من" and doc.key(a.last + 2) in _out_of():
            a.counts = b.counts


_out_of = lazy_words("prcli.figures", "out_of_ar.txt", convert=norm_word)
