"""What French figures count, read once every figure of the article is known.

The per-figure readers of ``extract`` look at the few words next to a figure. Some French
constructions name the counted thing further away, or by the structure around several figures:

- a place in a ranking: «le 15e rang des pays les plus taxés» (the rank noun's complement),
  «le quatrième pays qui taxe le plus» (a superlative makes an ordinal a rank);
- a postposed number of a noun: «l'épisode 12 a attiré» (the noun before the number);
- an ordinal of a time unit: «dans sa troisième semaine»;
- the amount of a change: «une hausse de 80 euros par mois pour les apprentis» (the change itself,
  when no «du/des» complement says what changes);
- the one who bears a cost, named after the amount: «la panne a coûté 3 millions à l'opérateur»;
- what a sum is paid in: «ils ont versé 20 millions en indemnités»;
- a conversion in brackets after an amount: the same thing as that amount;
- a copula and a comparative: «la facture sera supérieure à 2 millions» (the subject);
- a bracketed figure closing a clause: «la dette y est la plus lourde (112 %)» (the subject);
- figures compared place by place: «12 % en Suède contre 9 % au Danemark» (each later member of
  the list is told apart by its place or sector);
- what allocated money goes to: «la mairie consacre 2 millions à la réfection des routes»;
- a level after an adjective, a verb of change and its object, or «passer de … à …»: «un
  baromètre favorable à 1,2», «la natalité avait touché un creux, à 1,6», «sa cote est passée
  de 38 % à 45 %» (the noun phrase or the subject); an index's level is a measure;
- a part of a span of time: «six week-ends de grève, dont quatre marqués par des heurts»;
- a count of a hashtag: «un millier de #Agriculteurs».

Each reading is a small function that reads the syntax around one figure (and the figure before
it); none guesses a nearest noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prcli.figures import classes_fr
from prcli.figures.wordlists import _FR_PARTICIPLE_ENDS, _fr_de, _fr_definite, _fr_du_des
from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from prcli.figures.base import _Fig
    from prcli.figures.extract import _Doc

_ELISION_MARKS = ("'", "’")

#: «rang», «échelon»: nouns of a place in a ranking after an ordinal
_rank_nouns = lazy_words("prcli.figures", "rank_nouns_fr.txt")
#: «coût»: stems of the verbs whose dative after the amount bears the cost
_cost_stems = lazy_words("prcli.figures", "cost_dative_stems_fr.txt")
#: «consacr», «allou»: stems of the verbs of allocating money to something named after the amount
_allocation_stems = lazy_words("prcli.figures", "allocation_stems_fr.txt")
#: «fin», «total», «titre»: set phrases after «à la», «au» («à la fin de la saison», «au total»)
_set_phrases = lazy_words("prcli.figures", "a_set_phrases_fr.txt")
#: «cours», «termes», «dessous»: fixed phrases after «en» («en cours d'année»)
_en_phrases = lazy_words("prcli.figures", "en_phrases_fr.txt")
#: «supérieur», «inférieure»: comparatives between a copula and «à» + amount
_comparatives = lazy_words("prcli.figures", "comparatives_fr.txt")
#: «plus», «moins», «mieux»: the words of a superlative after its article
_superlative_words = lazy_words("prcli.figures", "superlative_words_fr.txt")
#: «au», «aux»: «à» fused with an article
_a_fused = lazy_words("prcli.figures", "a_contractions_fr.txt")
#: «à», «dans»: prepositions taking an article before the noun phrase after an amount
_np_prepositions = lazy_words("prcli.figures", "np_prepositions_fr.txt")
#: «au», «aux», «en»: prepositions before a place name
_place_prepositions = lazy_words("prcli.figures", "place_prepositions_fr.txt")
#: «qui», «que»: a relative pronoun, after which a verb stays in the noun's clause
_relatives = lazy_words("prcli.figures", "relatives_counts_fr.txt")
#: «pass»: stems of «passer» («est passée de … à …»)
_pass_stems = lazy_words("prcli.figures", "pass_stems_fr.txt")
_SENTENCE_END = frozenset({".", "!", "?", ";", ":"})
_CLAUSE_END = _SENTENCE_END | {","}
_OPEN_BRACKETS = frozenset({"(", "["})
_ELISION = frozenset(_ELISION_MARKS)
#: determiners before an index noun that opens a clause («le climat», «l'indice», «cet indicateur»)
_index_determiners = lazy_words("prcli.figures", "index_determiners_fr.txt", extra=_ELISION_MARKS)
#: «et», «contre», «par rapport à»: the words allowed between members of a list told apart by place
_compare_links = lazy_words("prcli.figures", "compare_links_fr.txt", extra=(",", *_ELISION_MARKS))
#: words that set one member of a list against the one before («par rapport à», «contre»)
_compared = lazy_words("prcli.figures", "compared_fr.txt")


def refine(doc: _Doc, figs: list[_Fig]) -> None:
    """Revise what French figures count (and an ordinal's kind) with the readings listed in the
    module docstring. Figures are in text order, so a conversion sees its amount's final
    reading."""
    classes_fr.before(doc, figs)
    prev: _Fig | None = None
    for f in figs:
        if f.kind in ("ordinal", "rank"):
            _ordinal(doc, f)
        elif f.kind in ("money", "percent", "measure", "count"):
            got = _amount(doc, f, prev)
            if got:
                f.counts = got
            if index_level(doc, f):
                f.kind = "measure"
        prev = f
    classes_fr.after(doc, figs)


def _np_after(doc: _Doc, k: int, prepositions: frozenset[str]) -> int:
    """The first word of the noun phrase after «au», «aux» or one of ``prepositions`` and its
    article («à la», «à l'», «dans le») at ``k``, or -1. Why one place: cost, allocation and
    sector readings all parse the same prepositions after an amount."""
    if doc.key(k) in _a_fused() and "à" in prepositions:
        return k + 1
    if doc.key(k) in prepositions and doc.key(k + 1) in _fr_definite():
        return k + 2 + (doc.key(k + 2) in _ELISION)
    return -1


def _clause_back(doc: _Doc, start: int, stop: int) -> range:
    """Positions from ``start`` back to the clause start (a comma or a sentence end), at most
    down to ``stop`` excluded: the backward scans stay in the figure's clause."""
    k = start
    while k > max(-1, stop) and doc.keys[k] not in _CLAUSE_END:
        k -= 1
    return range(start, k, -1)


def _ordinal(doc: _Doc, f: _Fig) -> None:
    """The ordinal readings: a rank noun, a superlative, a time unit, a numbered noun."""
    ranked = rank_noun_complement(doc, f)
    if ranked is not None:
        whole, bare = ranked
        f.kind, f.counts = "rank", whole or f.counts or bare
        return
    if f.kind == "ordinal" and superlative_after(doc, f):
        f.kind = "rank"
        return
    got = time_unit_after(doc, f) or numbered_noun(doc, f)
    if got:
        f.counts = got


def _amount(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """The amount readings, the most specific first."""
    if f.kind == "money":
        got = (
            conversion_of(doc, f, prev)
            or change_amount(doc, f)
            or cost_bearer(doc, f, prev)
            or paid_in(doc, f)
            or allocated_to(doc, f)
        )
        if got:
            return got
    if f.kind == "count":
        return part_of_span(doc, f, prev) or hashtag_after(doc, f) or adjective_level(doc, f)
    if f.kind in ("money", "percent", "measure"):
        return (
            compared_place(doc, f, prev)
            or comparative_subject(doc, f)
            or closing_bracket(doc, f)
            or apposed_level(doc, f)
            or adjective_level(doc, f)
            or passed_from_to(doc, f)
        )
    return None


def rank_noun_complement(doc: _Doc, f: _Fig) -> tuple[str | None, str] | None:
    """«le 15e rang des pays les plus taxés» → «pays les plus taxés»; «la 3e place» → «place»:
    an ordinal before a rank noun is a rank. Returns (the noun's de-complement or None, the rank
    noun): with no complement a reading found earlier («la réforme est reléguée à la 4e place» →
    «réforme») is kept, else the noun itself."""
    noun = f.last + 1
    if doc.key(noun) not in _rank_nouns() or not doc.spaced(f.last, noun):
        return None
    de = noun + 1
    if (doc.key(de) in _fr_de() or doc.key(de) in _fr_du_des()) and doc.spaced(noun, de):
        first = de + 1
        while doc.key(first) in _ELISION or doc.key(first) in _fr_definite():
            first += 1
        got = doc.fr_np(first) if first < doc.n else None
        if got:
            return got, doc._phrase(noun, noun)
    return None, doc._phrase(noun, noun)


def superlative_after(doc: _Doc, f: _Fig) -> bool:
    """«le quatrième pays qui taxe le plus», «la deuxième ville la plus peuplée»: an ordinal whose
    noun is followed, in the same clause, by a superlative ranks that noun. The clause's own verb
    ends the search unless a relative pronoun came first: «le deuxième tour a mobilisé les plus
    jeunes» puts the superlative on the object, not on the ordinal's noun."""
    if f.last + 1 >= doc.n or not doc._content(f.last + 1):
        return False
    relative = False
    for k in range(f.last + 2, min(doc.n - 1, f.last + 9)):
        key = doc.keys[k]
        if key in _CLAUSE_END:
            return False
        if key in _fr_definite() and doc.keys[k + 1] in _superlative_words() and doc.spaced(k, k + 1):
            return True
        if key in _relatives():
            relative = True
        elif not relative and doc.toks[k].kind == "word" and doc.verb_like(k):
            return False
    return False


def time_unit_after(doc: _Doc, f: _Fig) -> str | None:
    """«dans sa troisième semaine», «le cinquième jour»: an ordinal of a time unit counts it."""
    unit = f.last + 1
    if f.kind != "ordinal" or unit >= doc.n or not doc.spaced(f.last, unit) or not doc.timeish(unit):
        return None
    if doc.toks[unit].kind != "word" or not doc._lower(unit):
        return None
    got = doc._phrase(unit, unit)
    return None if f.counts and got in f.counts else got


def numbered_noun(doc: _Doc, f: _Fig) -> str | None:
    """«l'épisode 12 a attiré», «la saison 3 commence»: a number written after a common noun with
    its article numbers that noun (whatever follows it)."""
    if f.kind != "ordinal" or f.words or doc.toks[f.first].kind != "num" or f.first != f.last:
        return None
    noun = f.first - 1
    if noun < 1 or doc.toks[noun].kind != "word" or not doc._lower(noun) or not doc._content(noun):
        return None
    if not doc.spaced(noun, f.first) or doc.verb_like(noun):
        return None
    art = doc.keys[noun - 1]
    if art not in _ELISION and not doc.is_cue("article", art):
        return None
    got = doc._phrase(noun, noun)
    return None if f.counts == got else got


def conversion_of(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """«deux millions d'euros (environ 2,2 millions de francs suisses)»: an amount in brackets after
    another amount converts it, and measures the same thing."""
    if prev is None or prev.kind != "money" or not prev.counts:
        return None
    k = f.first - 1
    while k > prev.last and f.first - k <= 4 and doc.keys[k] not in _OPEN_BRACKETS:
        if doc.toks[k].kind != "word" or (not doc.is_cue("approx", doc.keys[k]) and doc.keys[k] != "de"):
            return None
        k -= 1
    if doc.key(k) not in _OPEN_BRACKETS:
        return None
    j = k - 1
    while j > prev.last and doc.keys[j] in ("»", "”", '"'):
        j -= 1
    return prev.counts if j == prev.last else None


def change_amount(doc: _Doc, f: _Fig) -> str | None:
    """«une hausse de 80 euros par mois pour les apprentis» → «hausse»: an amount of money put to
    a change noun is that change, unless a «du/des» complement says what changes (read earlier,
    or here past a rate: «la hausse de 6,5 centimes par litre du gazole» → «gazole»)."""
    de = f.first - 1
    if doc.key(de) not in _fr_de() and not (doc.key(de) in _ELISION and doc.key(de - 1) == "d"):
        return None
    noun = de - 1 if doc.key(de) == "de" else de - 2
    if not doc.is_cue("changeof", doc.key(noun)) or not doc._lower(noun):
        return None
    k = doc.fr_next(f)
    if doc.key(k) == "par" and k + 1 < doc.n and doc.toks[k + 1].kind == "word" and doc._lower(k + 1):
        k += 2  # «de 6,5 centimes par litre du gazole»: a rate, then the complement
        if _de_complement(doc, k):
            first = k + 1 + (doc.key(k) == "de") + (doc.key(k + 2) in _ELISION)
            return doc.fr_np(first) if first < doc.n else None
    if _de_complement(doc, k):
        return None
    got = doc._phrase(noun, noun)
    return None if f.counts and got in f.counts else got


def _de_complement(doc: _Doc, k: int) -> bool:
    """«du gazole», «des loyers», «de la taxe»: a de-complement with its article opens at ``k``."""
    return doc.key(k) in _fr_du_des() or (doc.key(k) == "de" and doc.key(k + 1) in _fr_definite())


def cost_bearer(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """«il n'en coûtera pas un centime aux locataires», «les trois semaines de grève ont coûté
    2 millions à la région»: after a verb of cost and its amount, the dative names who bears the
    cost when the subject names no thing (a pronoun, a span of time). A subject that does keeps
    its reading («les grèves ont coûté 40 millions à la compagnie» → «grèves»), and so does a
    dative before the amount («coûteront à l'Etat 8 milliards»)."""
    verb = doc.fr_verb_before(f.first, "costverb")
    if verb < 0 or not any(doc.keys[verb].startswith(s) for s in _cost_stems()):
        return None
    timed = (
        prev is not None
        and prev.kind == "duration"
        and 0 < verb - prev.last <= 12
        and all(doc.keys[m] != "," for m in range(prev.last + 1, verb))
    )  # «les trois semaines de grève dues au blocage ont coûté», not «En trois semaines, la grève a coûté»
    if doc.fr_clause_subject(verb) is not None and not timed:
        return None
    k = doc.fr_next(f)
    while doc.key(k) in _fr_de() or doc.key(k) in _superlative_words() or doc.key(k) in _ELISION:
        k += 1  # «dix euros de plus aux locataires»
    first = _np_after(doc, k, frozenset({"à"}))
    while 0 <= first < doc.n - 1 and doc.keys[first] in _set_phrases() and doc.keys[first + 1] in _a_fused():
        first += 2  # «au minimum aux usagers»: past the set phrase to the dative
    if first < 0 or first >= doc.n or not doc._lower(first) or doc.keys[first] in _set_phrases():
        return None  # «au total», «à la fin du mois»
    return doc.fr_np(first)


def part_of_span(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """«après six week-ends de grève, dont quatre marqués par des heurts»: a count after «dont»
    and a participle is part of the span of time before it (its unit and complement)."""
    if prev is None or prev.kind != "duration" or f.first - prev.last > 8 or doc.key(f.first - 1) != "dont":
        return None
    if not doc.fr_bare_participle(f.last + 1):
        return None
    if any(doc.keys[m] in _SENTENCE_END for m in range(prev.last + 1, f.first)):
        return None
    head = prev.first
    while head < prev.last and (doc.toks[head].kind == "num" or doc.word_num(head) is not None):
        head += 1  # past the number to the unit: «week-ends», «semaines»
    last = prev.last
    if doc.key(last + 1) in _fr_de() and last + 2 < f.first and doc._content(last + 2):
        last += 2  # «de grève», «de mobilisation»
    return doc._phrase(head, last)


def paid_in(doc: _Doc, f: _Fig) -> str | None:
    """«ils ont versé 20 millions en indemnités», «payé 3 milliards en taxes et impôts»: what a sum
    is paid in, a plural common noun after «en» (not «en 2017», «en hausse», nor a fixed phrase:
    «en cours d'année», «en termes de»)."""
    k = doc.fr_next(f)
    noun = k + 1
    if doc.key(k) != "en" or noun >= doc.n or not doc.spaced(k, noun):
        return None
    if (
        doc.toks[noun].kind != "word"
        or not doc._lower(noun)
        or not doc.fr_plural(noun)
        or doc.keys[noun] in _en_phrases()
        or not doc._content(noun)
        or doc.verb_like(noun)
        or doc.timeish(noun)
        or doc.is_cue("changeof", doc.keys[noun])
    ):
        return None
    last = noun
    while doc.key(last + 1) in (",", "et") and last + 2 < doc.n and last - noun < 6:
        nxt = last + 2
        if doc.toks[nxt].kind != "word" or not doc._lower(nxt) or not doc._content(nxt) or doc.verb_like(nxt):
            break
        last = nxt  # «en taxes, impôts et cotisations»
    return doc._phrase(noun, last)


def allocated_to(doc: _Doc, f: _Fig) -> str | None:
    """«la mairie consacre 2 millions d'euros à la réfection des routes», «l'État injecte
    5 milliards dans l'hôpital public»: after a verb of allocating and its amount, the noun phrase
    after «à/au/aux/dans» is what the money goes to. Only for an amount that is the verb's object
    («verse une aide de 300 euros aux familles» keeps «aide», read earlier)."""
    if doc.key(f.first - 1) in _fr_de() or doc.key(f.first - 1) in _ELISION:
        return None
    verb = next((k for k in _clause_back(doc, f.first - 1, f.first - 5) if allocating_verb(doc, k)), -1)
    if verb < 0:
        return None
    first = _np_after(doc, doc.fr_next(f), _np_prepositions())
    if first < 0 or first >= doc.n or not doc._lower(first) or doc.timeish(first):
        return None
    if doc.keys[first] in _set_phrases():
        return None  # «au total», «au titre de la prime»
    return doc.fr_np(first)


def allocating(key: str) -> bool:
    """Whether a word is a form of a verb of allocating money («consacre», «alloués»)."""
    return any(key.startswith(stem) for stem in _allocation_stems())


def allocating_verb(doc: _Doc, k: int) -> bool:
    """A verb of allocating at ``k``: the stem alone also matches nouns («investisseurs»,
    «destination», «réserve»), so the word must read as a verb and follow no article."""
    if doc.toks[k].kind != "word" or not doc._lower(k) or not allocating(doc.keys[k]):
        return False
    before = doc.key(k - 1)
    if before in _fr_definite() or before in _fr_du_des() or doc.is_cue("article", before):
        return False
    return doc.verb_like(k) or copular(doc, k)  # «a versé»: a participle after its auxiliary


def compared_place(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """«21 % en Norvège par rapport à 17 % au Portugal, 15 % aux Pays-Bas», «perd trois points
    à 102, dont sept dans le commerce et un dans l'industrie»: a later member of a list of the
    same kind of figure, each followed by the place or sector it holds for, is told apart by it
    (the first member keeps its own subject). A list is set off by a comparison («par rapport
    à», «contre»), or its member before is followed by a place too."""
    if prev is None or prev.kind != f.kind or f.first - prev.last > 10:
        return None
    between = [doc.keys[m] for m in range(prev.last + 1, f.first)]
    if any(key in _SENTENCE_END for key in between) or between == ["à"]:
        return None  # «de 61 % à 66 % dans les sondages»: a range, not a list
    compared = any(key in _compared() for key in between)
    if not (compared or parallel_member(doc, prev, f)):
        return None  # «de 4 % et 6 % en Belgique»: the place is shared, what is counted is not
    return place_after(doc, f)


def parallel_member(doc: _Doc, prev: _Fig, f: _Fig) -> bool:
    """«12 % en Suède et 9 % au Danemark»: the figure before is followed by its place, and only
    linking words lie between that place and this figure («8 % en France, et l'inflation 3 % en
    Allemagne» names another subject: not a member of the same list)."""
    place = place_after(doc, prev)
    if place is None:
        return False
    k = f.first - 1
    while k > prev.last and doc.keys[k] in _compare_links():
        k -= 1
    if k <= prev.last or k == f.first - 1:
        return False
    return doc.text[doc.toks[prev.last + 1].start : doc.toks[k].end].endswith(place)


def place_after(doc: _Doc, f: _Fig) -> str | None:
    """«au Canada», «aux États-Unis», «en Suède» right after the figure: the place name; «dans
    l'industrie», «dans le commerce de détail»: the sector (a common noun phrase)."""
    k = doc.fr_next(f)
    if doc.key(k) == "dans":
        first = _np_after(doc, k, frozenset({"dans"}))
        if 0 <= first < doc.n and doc._lower(first) and not doc.timeish(first):
            return doc.fr_np(first)
        return None
    if doc.key(k) not in _place_prepositions() or k + 1 >= doc.n or not doc.spaced(k, k + 1):
        return None
    first = k + 1
    if doc.toks[first].kind != "word" or doc._lower(first):
        return None
    last = doc.hyphen_end(first)
    return doc._phrase(first, last)


def comparative_subject(doc: _Doc, f: _Fig) -> str | None:
    """«le manque à gagner sera « supérieur à un milliard »»: after a copula and a comparative,
    the amount measures the subject of the copula."""
    k = f.first - 1
    while k > 0 and f.first - k <= 3 and doc.is_cue("approx", doc.keys[k]):
        k -= 1
    if doc.key(k) != "à":
        return None
    comp = k - 1
    if doc.key(comp) not in _comparatives():
        return None
    be = comp - 1
    while be > 0 and doc.keys[be] in ("«", "“", '"'):
        be -= 1
    if not doc.is_cue("be", doc.key(be)):
        return None
    return doc.fr_clause_subject(be)


def closing_bracket(doc: _Doc, f: _Fig) -> str | None:
    """«où la dette est la plus lourde (112 %)»: a figure alone in brackets at the end of a clause
    whose verb is a copula measures that clause's subject (a noun or a name right before the
    bracket, «sa retraite (1 200 euros)», «aux États-Unis (27 %)», is what it is about)."""
    if doc.key(f.first - 1) != "(" or doc.key(f.last + 1) != ")" or doc.fr_bracket_noun(f):
        return None
    before = f.first - 2
    if before >= 0 and doc.toks[before].kind == "word" and not doc._lower(before):
        return None  # «qu'aux États-Unis (27 %)», «le RN (21 %)»: the name before the bracket
    for k in _clause_back(doc, f.first - 2, f.first - 14):
        if doc.is_cue("be", doc.keys[k]):
            return doc.fr_clause_subject(k)
    return None


def apposed_level(doc: _Doc, f: _Fig) -> str | None:
    """«la natalité avait touché un creux, à 1,6», «les ventes ont atteint un plancher, à 2 %»: a
    level set off by «, à» after the object of a verb of change measures that verb's subject
    (only when no other reading named anything)."""
    if f.counts or doc.key(f.first - 1) != "à" or doc.key(f.first - 2) != ",":
        return None
    for verb in range(f.first - 3, max(-1, f.first - 7), -1):
        key = doc.keys[verb]
        if doc.is_cue("changestem", key) or doc.is_cue("levelverb", key) or doc.fr_change_verb(verb):
            return doc.fr_clause_subject(verb)
        if doc.toks[verb].kind != "word" or not (doc.is_cue("article", key) or doc._content(verb)):
            return None
    return None


def hashtag_after(doc: _Doc, f: _Fig) -> str | None:
    """«un millier de #GiletsJaunes» (a post quoted in the article): a count of a hashtag counts
    what the tag names, the tag as written."""
    if f.counts:
        return None
    k = f.last + 1
    if doc.key(k) in _fr_de():
        k += 1 + (doc.key(k + 1) in _ELISION)
    if doc.key(k) != "#" or not doc.adjacent(k, k + 1) or doc.toks[k + 1].kind != "word":
        return None
    return doc.text[doc.toks[k].start : doc.toks[k + 1].end]


def adjective_level(doc: _Doc, f: _Fig) -> str | None:
    """«selon un baromètre favorable à 1,2», «un taux d'épargne stable à 15 %»: a
    level after «à» and an adjective measures the noun phrase the adjective qualifies, or the
    subject of the verb before the adjective («les prix sont restés stables à 3 %») (the
    generic reading took the adjective, or the noun before it, which is no head)."""
    adj = f.first - 2
    if doc.key(f.first - 1) != "à" or adj < 1 or not f.counts:
        return None
    word = doc.text[doc.toks[adj].start : doc.toks[adj].end]
    if not (f.counts == word or f.counts.endswith(" " + word)) or not doc._lower(adj):
        return None  # «positif», «confiance favorable»: the generic reading ends on the adjective
    if doc.verb_like(adj) or doc.key(adj - 1) in _fr_de() or doc.key(adj - 1) in _ELISION:
        return None  # «projet de monter à 120 places», «limitation de vitesse à»: no adjective
    for art in _clause_back(doc, adj - 1, adj - 6):
        if doc.verb_like(art):
            if not copular(doc, art):
                return None  # a word that only looks like a verb («affaires»): no reading
            return doc.fr_clause_subject(art)  # «les prix sont restés stables à 3 %»: the subject
        if doc.is_cue("article", doc.keys[art]) and art + 1 < adj:
            return doc.fr_np(art + 1, adj)
    return None


def copular(doc: _Doc, k: int) -> bool:
    """«est», «reste», «sont restés», «a été»: a copula or a verb of standing at a level, alone or
    as the participle of a compound tense (any participle after «être» or «avoir»)."""
    if doc.is_cue("be", doc.keys[k]) or doc.is_cue("levelverb", doc.keys[k]):
        return True
    aux = doc.key(k - 1)
    participle = doc.keys[k].endswith(_FR_PARTICIPLE_ENDS)
    return participle and (doc.is_cue("be", aux) or doc.is_cue("have", aux))


def passed_from_to(doc: _Doc, f: _Fig) -> str | None:
    """«sa cote est passée de 38 % à 45 %», «le prix passe de 1,40 à 1,60 euro»: both bounds of
    «passer de … à …» measure the subject of «passer» (the generic reading took the verb)."""
    if f.counts and " " in f.counts:
        return None
    for k in _clause_back(doc, f.first - 1, f.first - 8):
        key = doc.keys[k]
        passing = any(key.startswith(s) for s in _pass_stems())
        if doc.toks[k].kind == "word" and passing and doc.key(k + 1) in _fr_de():
            if f.counts and f.counts.lower() != key:
                return None
            return doc.fr_clause_subject(k)
    return None


def index_level(doc: _Doc, f: _Fig) -> bool:
    """«le climat du négoce, qui résume l'avis des grossistes, s'établit à 97», «l'indice des artisans
    reste stable à 104»: a bare level after «à» whose counted phrase is an index («indice»,
    «climat», «indicateur») is a measure on that index's scale, not a number of things."""
    if f.kind != "count" or not f.counts or f.words or doc.key(f.first - 1) != "à":
        return False
    if doc.is_cue("indexword", f.counts.split()[0].lower()):
        return True
    for k in range(f.first - 2, max(-1, f.first - 15), -1):
        if doc.keys[k] in _CLAUSE_END or "\n" in doc.gap(k, k + 1):
            return False  # «Selon l'indicateur de l'Insee, les défaillances …»: another clause
        if doc.is_cue("indexword", doc.keys[k]) and doc.key(k - 1) in _index_determiners():
            return True  # «L'indice des artisans reste « presque stable » à 104»: the index opens the clause
    return False
