"""French figure classes read from the syntax around a figure, once every figure is known.

``counts_fr.refine`` calls ``before`` on the figures the per-figure readers found and ``after``
once its own readings are done. Each rule reads French syntax, never a phrase:

Before (what is a figure):

- a number inside a name is no figure: an ordinal before a capitalised street, regime or unit
  («la 5e Avenue», «la 2e Division»; an edition, «le 71e Festival», stays an ordinal) and a
  date whose month is capitalised after «du» («la rue du 8 Mai»; French writes months in
  lowercase, so the capital marks a name);
- «un», «une» before a time unit is an article, not «one», when the noun is a predicate after
  «être» («décembre est un mois de basse saison») or is qualified by an adjective («une année
  record», «une année difficile»); «un point de blocage» names a place, not a point of a scale;
- «premier», «première» after a determiner or in an apposition is an ordinal («sa première
  édition»), a rank when the noun is ranked in the world («première destination mondiale»);
  other ordinals after «du», «au» or standing for the noun before a comma («un samedi de
  grève, le sixième depuis novembre»).

After (its kind and what it counts):

- a figure in a list or a range takes the unit of its neighbour: «un recul de -12 %, avec
  des creux à -30, -45» (percents), and signed members of such a list count what the first
  member counts;
- a decimal with no unit counts nothing (things are counted in whole numbers): it measures;
  «deux points de blocage» counts places; «le 10 du mois» is a date;
- «en moyenne de -12 %»: the adverbial «en moyenne» is no thing, the noun before it is;
- a counted word that is a verb or a preposition («vit avec 640 euros», «se rapproche de 0»)
  names nothing;
- an elliptic count counts what the count it continues counted: «3000 agents … dans la
  métropole, 21 000 dans tout le pays», «… soit 280 au total, dont 45»; a pronoun subject
  («ils étaient 18 000») stands for the group the last «ils étaient N» counted;
- an amount paid «par mois» with nothing else named is counted «par mois» (what a wage or a
  pension is); «80 euros de plus pour les apprentis» goes to those named after «pour»;
- «les annonces …, d'un coût de 4 milliards»: the cost of the sentence's subject.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from prcli.figures.base import _Fig
from prcli.figures.lexicon import months
from prcli.figures.wordlists import _fr_de, _fr_de_all, _fr_figure_links, _indefinite_fr
from prcli.text.resources import lazy_words

if TYPE_CHECKING:
    from prcli.figures.extract import _Doc

#: «Avenue», «République», «Régiment»: capitalised nouns whose number is part of a name (an
#: edition, «le 71e Festival», stays an ordinal)
_name_nouns = lazy_words("prcli.figures", "name_nouns_fr.txt")
#: «est», «sera», «c'est»: forms of «être» before a predicate noun
_copulas = lazy_words("prcli.figures", "copulas_fr.txt")
#: «entier», «ferme»: adjectives that keep «un an» a duration («un an ferme»)
_duration_adjectives = lazy_words("prcli.figures", "duration_adjectives_fr.txt")
#: «blocage», «vente»: nouns after «points de» that make the points places, not a scale
_point_places = lazy_words("prcli.figures", "point_places_fr.txt")
#: «la», «sa», «du», «au», «les»: determiners before «premier» and a missed ordinal
_first_determiners = lazy_words("prcli.figures", "first_determiners_fr.txt")
#: «ministre», «plan», «chef»: nouns that make «premier» part of a title or an idiom
_first_idioms = lazy_words("prcli.figures", "first_idioms_fr.txt")
#: «monde», «planète», «pays»: wholes that rank a noun after «du», «de la», «au»
_world_words = lazy_words("prcli.figures", "world_words_fr.txt")
#: «mondial», «européenne»: adjectives that rank a noun in a whole
_world_adjectives = lazy_words("prcli.figures", "world_adjectives_fr.txt")
#: «moyenne», «hausse»: nouns of an adverbial «en … de» before an amount
_adverbial_nouns = lazy_words("prcli.figures", "adverbial_nouns_fr.txt")
#: «dont», «soit», «contre»: words that open an elliptic member of a list of counts
_ellipsis_links = lazy_words("prcli.figures", "ellipsis_links_fr.txt", extra=(",", "("))
#: «plus», «près», «environ»: hedges between a link and its count («dont près de 400»)
_hedges = lazy_words("prcli.figures", "count_hedges_fr.txt")
#: «mois», «an»: periods after «par» that an amount is paid per
_pay_periods = lazy_words("prcli.figures", "pay_periods_fr.txt")
#: «le», «la», «les», «l'»: articles after «pour» before those a sum goes to
_for_articles = lazy_words("prcli.figures", "definite_articles_fr.txt", extra=("'", "’"))
#: «devant», «selon»: prepositions, which name no counted thing
_prepositions = lazy_words("prcli.figures", "prepositions_fr.txt")
#: «se», «s'»: reflexive clitics, after which a word is a verb («se rapproche»)
_reflexives = lazy_words("prcli.figures", "reflexive_pronouns_fr.txt")
#: «avec», «moins de»: words between a verb and the amount it takes
_amount_leads = lazy_words("prcli.figures", "amount_leads_fr.txt", extra=("’",))
#: «voire», «ou», «et», «à»: links between members of a list of counts
_list_links = lazy_words("prcli.figures", "list_links_fr.txt")
#: «ils», «elles», «nous»: pronouns that name who is counted
_speakers = lazy_words("prcli.figures", "plural_pronouns_fr.txt", "speaker_pronouns_fr.txt")

#: «notre», «autre», «entre»: words in -er/-ir/-re that are no infinitive
_not_infinitives = lazy_words("prcli.figures", "not_infinitives_fr.txt")
_SENTENCE_END = frozenset({".", "!", "?"})
_INFINITIVE_ENDS = ("er", "ir", "re")
_QUOTES = frozenset({"«", "»", "“", "”", '"'})
_ELISION = frozenset({"'", "’"})
#: the words that open a noun phrase before an adverbial «en moyenne de»
#: «de», «les», «ses»: a noun after them heads a complement of the phrase being read
_np_leads = lazy_words("prcli.figures", "np_complement_leads_fr.txt")
#: «du», «de»: before a date whose month is capitalised, the opening of a name
_date_name_leads = lazy_words("prcli.figures", "date_name_leads_fr.txt")
#: «du», «au»: before an ordinal that stands for its noun
_contracted = lazy_words("prcli.figures", "contracted_articles_fr.txt")
#: «le», «la»: before an ordinal set off by a comma
_le_la = lazy_words("prcli.figures", "singular_definite_articles_fr.txt")
#: «à», «en»: open a place before a number
_place_openers = lazy_words("prcli.figures", "place_openers_fr.txt")
#: «du», «de la»: before a word of the whole world that ranks an ordinal
_world_leads = lazy_words("prcli.figures", "world_leads_fr.txt", extra=("'", "’"))


# ----------------------------------------------------------------- before: what is a figure
def before(doc: _Doc, figs: list[_Fig]) -> None:
    """Drop the numbers of names and the articles read as «one»; add the ordinals the
    per-figure readers leave out. ``figs`` is changed in place and stays in text order."""
    figs[:] = [f for f in figs if not (in_name(doc, f) or article_unit(doc, f))]
    added = missed_ordinals(doc, figs) + counts_after_place(doc, figs)
    if added:
        figs.extend(added)
        figs.sort(key=lambda f: f.first)


def _word(doc: _Doc, k: int) -> str:
    """Token ``k`` as written (not its folded key): compared with a ``counts`` phrase, which
    is cut from the text."""
    t = doc.toks[k]
    return doc.text[t.start : t.end]


def _capital(doc: _Doc, k: int) -> bool:
    """A word token written with a capital and then lowercase («Avenue», «Avril»)."""
    if not 0 <= k < doc.n or doc.toks[k].kind != "word":
        return False
    word = _word(doc, k)
    return word[:1].isupper() and not word.isupper()


def _sentence_start(doc: _Doc, k: int) -> bool:
    """Whether token ``k`` opens a sentence (the first token, or after . ! ? or a line break)."""
    if k <= 0:
        return True
    return doc.keys[k - 1] in _SENTENCE_END or doc.keys[k - 1] in _QUOTES or "\n" in doc.gap(k - 1, k)


def in_name(doc: _Doc, f: _Fig) -> bool:
    """«la 5e Avenue», «la rue du 8 Mai»: a number that is part of a name."""
    if f.kind in ("ordinal", "rank") and not f.words:
        nxt = f.last + 1
        named = _capital(doc, nxt) and doc.keys[nxt] in _name_nouns()
        return named and doc.spaced(f.last, nxt) and not _sentence_start(doc, nxt)
    if f.kind == "date" and doc.key(f.first - 1) in _date_name_leads() and not _sentence_start(doc, f.first):
        table = months()
        return any((doc.keys[k],) in table and _capital(doc, k) for k in range(f.first, f.last + 1))
    return False


def article_unit(doc: _Doc, f: _Fig) -> bool:
    """«une année record», «décembre est «un mois de basse saison»», «un point de blocage»: the
    indefinite article before a unit noun, no figure."""
    if f.last != f.first + 1 or doc.keys[f.first] not in _indefinite_fr():
        return False
    if f.kind == "measure" and doc.keys[f.last].startswith("point"):
        return doc.key(f.last + 1) in _fr_de() and doc.key(f.last + 2) in _point_places()
    if f.kind != "duration":
        return False
    k = f.first - 1
    while k >= 0 and doc.keys[k] in _QUOTES:
        k -= 1
    if k >= 0 and doc.keys[k] in _copulas():
        return True  # a predicate: what the subject is, not how long
    nxt = f.last + 1
    return (
        nxt < doc.n
        and doc.spaced(f.last, nxt)
        and doc.toks[nxt].kind == "word"
        and doc.keys[nxt] not in _duration_adjectives()
        and doc.keys[nxt] not in _prepositions()
        and doc.fr_agrees(f.last, nxt)
        and doc.keys[nxt] not in doc.stop
    )


def _covered(figs: list[_Fig]) -> set[int]:
    """The tokens the figures already found span: a reader adding figures must not read a
    number twice."""
    out: set[int] = set()
    for f in figs:
        out.update(range(f.first, f.last + 1))
    return out


def missed_ordinals(doc: _Doc, figs: list[_Fig]) -> list[_Fig]:
    """French ordinal words the per-figure readers leave out: «premier»/«première» after a
    determiner or in an apposition, any ordinal after «du»/«au», and an ordinal standing for
    the noun before a comma («…, le quatrième depuis le 3 mars»)."""
    covered = _covered(figs)
    out: list[_Fig] = []
    for k in range(1, doc.n - 1):
        if k in covered or doc.toks[k].kind != "word":
            continue
        w = doc.word_num(k)
        if w is None or w[0].type != "ord" or not doc._lower(k):
            continue
        value = int(w[0].value)
        det = doc.keys[k - 1]
        if det not in _first_determiners() and not (value == 1 and det == ","):
            continue
        if value >= 2 and det not in _contracted() and not (det in _le_la() and doc.key(k - 2) == ","):
            continue  # the other determiners are read by ``extract``
        nxt = k + 1
        noun = (
            doc.toks[nxt].kind == "word"
            and doc._lower(nxt)
            and doc.spaced(k, nxt)
            and doc._content(nxt)
            and not doc.verb_like(nxt)
        )
        if noun and doc.keys[nxt] in _first_idioms():
            continue
        if noun:
            f = _Fig(k, k, Decimal(value), kind="ordinal", words=True)
            f.counts = doc.fr_np(nxt)
            if world_ranked(doc, nxt):
                f.kind = "rank"
            elif det == ",":
                continue  # «…, première étape»: an apposition is read only when it ranks
            out.append(f)
        elif value >= 2 and det in _le_la() and doc.key(k - 2) == ",":
            f = _Fig(k, k, Decimal(value), kind="ordinal", words=True)
            f.counts = _np_before(doc, k - 2)
            out.append(f)
    return out


def counts_after_place(doc: _Doc, figs: list[_Fig]) -> list[_Fig]:
    """«À Lyon 300 personnes ont défilé»: a number between a place opened by «à» and a
    lowercase noun counts that noun (a name before a number is otherwise read as a model or an
    edition, «Boeing 777», so the place must be opened by its preposition)."""
    covered = _covered(figs)
    out: list[_Fig] = []
    for k in range(2, doc.n - 1):
        t = doc.toks[k]
        if t.kind != "num" or k in covered or not t.key.isdecimal() or len(t.key) > 7:
            continue
        place, noun = k - 1, k + 1
        if not (_capital(doc, place) and doc.keys[place - 1] in _place_openers()):
            continue
        if not (doc.spaced(place, k) and doc.spaced(k, noun) and doc.toks[noun].kind == "word"):
            continue
        if not (doc._lower(noun) and doc._content(noun) and doc.fr_plural(noun) and not doc.verb_like(noun)):
            continue
        f = _Fig(k, k, Decimal(t.key), counts_after=True)
        f.counts = doc.fr_np(noun)
        out.append(f)
    return out


def world_ranked(doc: _Doc, noun: int) -> bool:
    """«premier producteur agricole mondial», «premier exportateur du monde»: the noun
    phrase after an ordinal ends on a word that ranks it in a whole."""
    for k in range(noun + 1, min(doc.n, noun + 5)):
        key = doc.keys[k]
        if key in _world_adjectives():
            return True
        if key in _world_words() and doc.key(k - 1) in _world_leads():
            return True  # «du monde», «de la planète», «du pays»; not «sa première visite en France»
        if key in _SENTENCE_END or key in (",", ";", ":") or doc.verb_like(k):
            return False
    return False


def _np_before(doc: _Doc, comma: int) -> str | None:
    """The noun phrase opened by an article in the clause before ``comma`` («un dimanche de
    grève générale, le cinquième»)."""
    for k in range(comma - 1, max(-1, comma - 8), -1):
        key = doc.keys[k]
        if key in _SENTENCE_END or key == ",":
            return None
        if doc.is_cue("article", key) or key in _indefinite_fr():
            return doc.fr_np(k, comma) or _phrase_to(doc, k + 1, comma - 1)
    return None


def _phrase_to(doc: _Doc, first: int, last: int) -> str | None:
    """The text of tokens ``first`` to ``last`` when it opens on a content word; a phrase opened
    by a function word («de», «les») names nothing a figure could count."""
    if first > last or not doc._content(first):
        return None
    return doc._phrase(first, last)


# ----------------------------------------------------------------- after: kind and counts
def after(doc: _Doc, figs: list[_Fig]) -> None:
    """The kind and counts readings of the module docstring, in text order."""
    for f in figs:
        reclass(doc, f)
        if f.counts and _names_nothing(doc, f):
            f.counts = None
        got = (
            adverbial_head(doc, f)
            or cost_of_subject(doc, f)
            or earned_per(doc, f)
            or bought_thing(doc, f)
            or quoted_de(doc, f)
        )
        if got:
            f.counts = got
        numbered_word(doc, f)
    neighbour_units(doc, figs)
    listed_before(doc, figs)
    prev: _Fig | None = None
    for f in figs:
        if listed_year(doc, f, prev) and prev is not None:
            f.kind, f.counts = "count", prev.counts
        if f.counts is None:
            f.counts = (
                elliptic_count(doc, f, prev)
                or pronoun_chain(doc, f, figs)
                or paid_per(doc, f)
                or given_to(doc, f)
            )
        prev = f


def reclass(doc: _Doc, f: _Fig) -> None:
    """A decimal with no unit measures; «deux points de blocage» counts; «le 10 du mois» is a
    date."""
    bare = f.unit is None and not f.words and f.scale == 1
    if not f.value.is_finite():
        return  # a number too large to read is left as it is
    if f.kind == "count" and bare and f.value != f.value.to_integral():
        f.kind = "measure"
        if f.counts is None or not f.counts_after:
            f.counts = _noun_before_de(doc, f.first) or f.counts
    elif f.kind == "measure" and doc.keys[f.last].startswith("point") and doc.key(f.last + 1) in _fr_de():
        if doc.key(f.last + 2) in _point_places():
            f.kind = "count"
    elif (
        f.kind == "count"
        and doc.key(f.first - 1) == "le"
        and doc.key(f.last + 1) == "du"
        and doc.key(f.last + 2) == "mois"
        and 1 <= f.value <= 31
    ):
        f.kind, f.counts = "date", None


def _noun_before_de(doc: _Doc, k: int) -> str | None:
    """«un coefficient de 0,517» → «coefficient»: a lowercase noun after its article before the
    «de» of the figure at ``k``."""
    if doc.key(k - 1) not in _fr_de():
        return None
    noun = k - 2 - (doc.key(k - 2) in _ELISION)
    if noun < 1 or not doc._content(noun) or not doc._lower(noun) or doc.verb_like(noun):
        return None
    if doc.is_cue("article", doc.keys[noun - 1]) or doc.keys[noun - 1] in _indefinite_fr():
        return doc._phrase(noun, noun)
    return None


def _counts_token(doc: _Doc, f: _Fig) -> int:
    """The token of a one-word ``counts`` near the figure, or -1."""
    word = f.counts or ""
    for k in range(max(0, f.first - 12), min(doc.n, f.last + 6)):
        if _word(doc, k) == word:
            return k
    return -1


def _names_nothing(doc: _Doc, f: _Fig) -> bool:
    """A one-word counted phrase that is a verb or a preposition («vit avec 640 euros par
    mois», «se rapproche de 0», «quelques centaines devant la mairie»)."""
    if f.kind not in ("count", "money", "percent", "measure") or " " in (f.counts or " "):
        return False
    k = _counts_token(doc, f)
    lead = doc.key(k - 1)
    if k < 0 or doc.is_cue("article", lead) or lead in _fr_de_all() or lead in _indefinite_fr():
        return False
    if doc.keys[k] in _speakers():
        return False  # «nous étions trois»: the pronoun is who is counted
    return doc.verb_like(k) or doc.keys[k] in _prepositions() or doc.key(k - 1) in _reflexives()


def neighbour_units(doc: _Doc, figs: list[_Fig]) -> None:
    """«un recul de -12 %, avec des creux à -30, -45»: a bare number in a list next to a
    percent is a percent (twice over, so a chain of bare numbers follows its first member);
    signed members of the list count what its first member counts."""
    for _ in range(2):
        for i, f in enumerate(figs):
            if f.kind != "count" or f.unit is not None or f.words or f.counts_after or f.scale != 1:
                continue
            for j in (i - 1, i + 1):
                near = 0 <= j < len(figs) and figs[j].kind == "percent"
                if near and _listed(doc, figs, min(i, j), max(i, j)):
                    f.kind, f.unit = "percent", figs[j].unit
                    break
    first: _Fig | None = None
    for i, f in enumerate(figs):
        if f.kind != "percent" or not _signed(doc, f):
            first = None
            continue
        if first is not None and _listed(doc, figs, i - 1, i):
            f.counts = first.counts
        else:
            first = f


def _signed(doc: _Doc, f: _Fig) -> bool:
    """The figure is written with a sign («-50», «+3 %»): a member of a list of changes, whose
    neighbours share its unit and what it counts."""
    return (f.value.is_finite() and f.value < 0) or doc.text[doc.toks[f.first].start] in "+-−"


def _listed(doc: _Doc, figs: list[_Fig], a: int, b: int) -> bool:
    """Figures ``a`` and ``b`` (``b`` after ``a``) are members of one list: close, in one
    sentence, with a comma or «et» between and no verb; the later one is signed or follows a
    bare link."""
    fa, fb = figs[a], figs[b]
    gap = range(fa.last + 1, fb.first)
    if not 1 <= len(gap) <= 6:
        return False
    keys = [doc.keys[k] for k in gap]
    if any(k in _SENTENCE_END or k in (";", ":") for k in keys) or not ("," in keys or "et" in keys):
        return False
    if any(doc.toks[k].kind == "word" and doc.verb_like(k) for k in gap):
        return False
    return _signed(doc, fb) or _signed(doc, fa) or all(key in _fr_figure_links() for key in keys)


def adverbial_head(doc: _Doc, f: _Fig) -> str | None:
    """«des ventes de billets «en moyenne de -12 %»»: past the adverbial «en moyenne de», the
    noun phrase before it."""
    if f.kind not in ("percent", "money", "measure", "count") or doc.key(f.first - 1) not in _fr_de():
        return None
    noun = f.first - 2
    if doc.keys[noun] not in _adverbial_nouns() or doc.key(noun - 1) != "en":
        return None
    if f.counts and doc.keys[noun] not in f.counts.lower():
        return None
    last = noun - 2
    while last >= 0 and doc.keys[last] in _QUOTES:
        last -= 1
    first = last
    while first > 0 and last - first < 6:
        key = doc.keys[first]
        if (doc._content(first) and doc._lower(first) and not doc.verb_like(first)) or key in _ELISION:
            first -= 1
        elif key == "d" and doc.key(first + 1) in _ELISION and first < last:
            first -= 1  # «pertes d'activité»: an elided «d'» stays inside the noun phrase
        elif key == "de" and doc._content(first - 1) and doc.key(first - 2) in _np_leads():
            first -= 2  # «des reculs de ventes», not «fait état de pertes»
        else:
            break
    if first == last or doc.keys[first] not in _np_leads():
        return None
    start = first + 1 + (doc.key(first + 1) in _ELISION)
    return doc.fr_np(start, last + 1)


def cost_of_subject(doc: _Doc, f: _Fig) -> str | None:
    """«Les annonces du ministre …, d'un coût de 4 milliards d'euros»: an aside «d'un
    coût de» after a comma gives the cost of the sentence's subject."""
    k = f.first - 1
    if f.kind != "money" or doc.key(k) != "de" or not doc.is_cue("costhead", doc.key(k - 1)):
        return None
    if [doc.key(k - 5), doc.key(k - 4), doc.key(k - 2)] != [",", "d", "un"] or doc.key(k - 3) not in _ELISION:
        return None
    start = k - 5
    while start > 0 and not _sentence_start(doc, start):
        start -= 1
    if start < k - 60 or not doc.is_cue("article", doc.keys[start]):
        return None
    return doc.fr_np(start, k - 5)


def _same_sentence(doc: _Doc, a: int, b: int) -> bool:
    """No sentence end or line break between tokens ``a`` and ``b``."""
    return not any(doc.keys[m] in _SENTENCE_END or "\n" in doc.gap(m - 1, m) for m in range(a + 1, b + 1))


def _continues(doc: _Doc, f: _Fig, prev: _Fig | None) -> bool:
    """``prev`` is a figure with a counted phrase just before ``f`` in the same sentence."""
    return (
        prev is not None
        and bool(prev.counts)
        and prev.last < f.first
        and f.first - prev.last <= 30
        and _same_sentence(doc, prev.last, f.first)
    )


def listed_year(doc: _Doc, f: _Fig, prev: _Fig | None) -> bool:
    """«12 000 grévistes dans la région, dont 1500 à peine à Rennes»: a four-digit number that
    continues a list of counts («dont», «soit», «contre») is a count like its neighbour, not a
    year."""
    if f.kind != "year" or f.first != f.last or prev is None or prev.kind != "count":
        return False
    k = f.first - 1
    while k > 0 and doc.keys[k] in _hedges():
        k -= 1
    return doc.key(k) in _ellipsis_links() and doc.key(k) != "," and _continues(doc, f, prev)


def elliptic_count(doc: _Doc, f: _Fig, prev: _Fig | None) -> str | None:
    """«3000 agents … ont été mobilisés dans la métropole, 21 000 dans tout le pays», «7 %
    des établissements, soit 280 au total, dont 45»: a count with no noun after it, opened by a
    comma, «dont», «soit» or «contre», counts what the figure before it in the sentence counted;
    «plusieurs rassemblements d'étudiants, dont près de 400» with none, the plural noun before
    «dont»."""
    if f.kind != "count" or f.counts_after:
        return None
    k = f.first - 1
    while k > 0 and doc.keys[k] in _hedges():
        k -= 1
    if doc.key(k) not in _ellipsis_links():
        return None
    if prev is not None and (prev.kind == "count" or doc.keys[k] == "soit") and _continues(doc, f, prev):
        return prev.counts
    if doc.keys[k] == "dont":
        return doc.fr_plural_before(k)
    return None


def pronoun_chain(doc: _Doc, f: _Fig, figs: list[_Fig]) -> str | None:
    """«Ils étaient 22 000 à manifester … La semaine dernière, ils étaient 27 000»: a pronoun
    subject of «être» stands for the group the last such count counted (within a few
    sentences)."""
    if f.kind != "count" or not doc.fr_pronoun_be(f.first):
        return None
    for p in reversed(figs):
        if p.first >= f.first:
            continue
        if f.first - p.last > 120:
            return None
        if p.kind == "count" and p.counts and doc.fr_pronoun_be(p.first):
            return p.counts
    return None


def paid_per(doc: _Doc, f: _Fig) -> str | None:
    """«il touchait 3200 euros par mois» → «par mois»: an amount with nothing else named is
    counted by the period it is paid per."""
    if f.kind != "money":
        return None
    k = f.last + 1
    if doc.key(k) == "par" and doc.key(k + 1) in _pay_periods() and doc.spaced(k, k + 1):
        return doc._phrase(k, k + 1)
    return None


def earned_per(doc: _Doc, f: _Fig) -> str | None:
    """«les salariés percevant moins de 1800 euros par mois», «elle vit avec 515 euros par mois»:
    an amount a verb takes, paid per period, is counted by its period (what the wage is), not
    by the verb's subject."""
    got = paid_per(doc, f)
    if got is None:
        return None
    k = f.first - 1
    while k > 0 and f.first - k < 5 and doc.keys[k] in _amount_leads():
        k -= 1
    if k < 0 or doc.toks[k].kind != "word" or k == f.first - 1:
        return None
    if doc.key(k + 1) in _fr_de():
        return None  # «progressera de 60 euros par mois»: the amount of a change, not a wage
    words = (f.counts or "").split()
    if words and _word(doc, k) not in words and words[0].islower() and doc.fr_plural_phrase(f.counts or ""):
        return None  # «les ménages qui perçoivent moins de 1700 euros par mois»: the earners
    if doc.verb_like(k) or (len(words) > 1 and words[-1] == _word(doc, k)):
        return got  # «femme vit»: the subject and its verb read as the counted phrase
    return None


def given_to(doc: _Doc, f: _Fig) -> str | None:
    """«80 euros de plus pour les apprentis» → «apprentis», «il me reste 300 euros pour vivre» →
    «pour vivre»: who or what an amount with nothing else named goes to."""
    if f.kind != "money":
        return None
    k = f.last + 1
    if doc.key(k) == "de" and doc.key(k + 1) == "plus":
        k += 2
    if doc.key(k) == "pour" and doc.key(k + 1) in _for_articles():
        noun = k + 2 + (doc.key(k + 2) in _ELISION)
        if noun < doc.n and doc._lower(noun) and doc._content(noun) and not doc.verb_like(noun):
            return doc.fr_np(noun)
    verb = k + 1
    infinitive = (
        verb < doc.n
        and doc.toks[verb].kind == "word"
        and doc.keys[verb].endswith(_INFINITIVE_ENDS)
        and doc.keys[verb] not in _not_infinitives()  # «pour notre famille»
    )
    if doc.key(k) == "pour" and infinitive and doc._lower(verb) and doc.spaced(k, verb):
        return doc._phrase(k, verb)  # a purpose: what the money is for
    return None


def numbered_word(doc: _Doc, f: _Fig) -> None:
    """«l'acte douze de leur grève»: a number word after a numbered noun («acte», «saison»)
    numbers it, as the digits do («l'acte 10»)."""
    if f.kind != "count" or not f.words or f.first != f.last or not f.value.is_finite() or f.value >= 1000:
        return
    noun = f.first - 1
    if not doc.cue_before("ordnoun", f.first, 1) or not doc.spaced(noun, f.first):
        return
    if doc.key(noun - 1) in _ELISION or doc.is_cue("article", doc.key(noun - 1)):
        f.kind, f.counts = "ordinal", doc._phrase(noun, noun)


def bought_thing(doc: _Doc, f: _Fig) -> str | None:
    """«une berline grise achetée 23 000 euros»: a participle right before an amount describes
    the noun phrase before it, which is what the amount is the price of."""
    part = f.first - 1
    if f.kind != "money" or not f.counts or f.counts.split()[-1] != _word(doc, part):
        return None
    if not doc.fr_bare_participle(part):
        return None
    first = part - 1
    while first > 0 and part - first <= 6:
        if (
            doc.keys[first] in ("-", "‑")
            and doc.adjacent(first - 1, first)
            and doc.adjacent(first, first + 1)
        ):
            first -= 1  # «camping-car»
        elif doc.toks[first].kind == "word" and doc._content(first):
            if doc.verb_like(first):
                return None
            first -= 1
        else:
            break
    if first == part - 1 or not (
        doc.is_cue("article", doc.keys[first]) or doc.keys[first] in _indefinite_fr()
    ):
        return None
    return doc._phrase(first + 1, part - 1)


def quoted_de(doc: _Doc, f: _Fig) -> str | None:
    """«voire «un millier» de «gilets»»: a quoted amount whose «de» complement follows the
    closing quote counts that complement."""
    if f.kind != "count" or f.counts:
        return None
    k = f.last + 1
    if doc.key(k) not in ("»", "”"):
        return None
    k += 1
    if doc.key(k) not in _fr_de():
        return None
    k += 1
    while k < doc.n and (doc.keys[k] in _ELISION or doc.keys[k] in ("«", "“")):
        k += 1
    if k >= doc.n or not doc._lower(k) or not doc._content(k) or doc.verb_like(k):
        return None
    return doc.fr_np(k)


def listed_before(doc: _Doc, figs: list[_Fig]) -> None:
    """«quelques dizaines», voire «une centaine» de «marcheurs»: a count with nothing named, joined
    to the next count by «voire», «ou», «et» or «à», counts what that one counts."""
    for i in range(len(figs) - 2, -1, -1):
        f, g = figs[i], figs[i + 1]
        if f.kind != "count" or f.counts or g.kind != "count" or not g.counts:
            continue
        gap = range(f.last + 1, g.first)
        if not 1 <= len(gap) <= 5:
            continue
        keys = [doc.keys[k] for k in gap]
        if not any(key in _list_links() for key in keys):
            continue
        if all(
            key in _list_links() or key in _QUOTES or key == "," or key in _indefinite_fr() for key in keys
        ):
            f.counts = g.counts
