"""French reading rules for quotations that the general sieves do not cover.

Why a module of its own: each rule here is one shape of French press writing (a crowd's
chant, a vox-pop quotation followed by the speaker's first name, a newspaper headline) and
is a small pure function over the token stream, called from ``extract`` at one point each.
The words they look for live in ``data/*_fr.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from prcli.quotations.lexicon import (
    fr_addressee_prepositions,
    fr_among,
    fr_approximations,
    fr_chant_leads,
    fr_conjunctions,
    fr_cue_noun_determiners,
    fr_de,
    fr_de_forms,
    fr_de_singular,
    fr_du_des,
    fr_feminine_articles,
    fr_impersonal_subject,
    fr_indefinite,
    fr_judged_links,
    fr_le_la,
    fr_masculine_articles,
    fr_name_place_links,
    fr_place_openers,
    fr_share_de,
    fr_topic_links,
    language_words,
    lexicon,
    phrases,
)
from prcli.quotations.lexicon import fr_incise_auxiliaries as _incise_aux
from prcli.quotations.lexicon import fr_noun_determiners as _agent_dets
from prcli.quotations.lexicon import fr_noun_determiners as _noun_dets
from prcli.quotations.lexicon import fr_object_clitics as _object_clitics
from prcli.quotations.lexicon import fr_subject_determiners as _dets
from prcli.quotations.people import calendar_words, latin_cap, stopwords
from prcli.quotations.resolve import given_name_gender
from prcli.quotations.tokens import Tok
from prcli.text.resources import lazy_pairs, lazy_words, table

#: Auxiliaries and verb forms that end a group's description («des manifestants ont …»).
_aux = lazy_words("prcli.quotations", "auxiliaries_french_fr.txt")
_one_of = lazy_words("prcli.quotations", "one_of_fr.txt")


def _elided_indefinite(w: str) -> bool:
    """«d'un», «d'une», «qu'une»: an indefinite article glued to an elided word (one test for
    the four places that read a determiner)."""
    return w.endswith(("'un", "'une"))


_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})
_clause_words = lazy_words("prcli.quotations", "clause_words_fr.txt")

#: First and second person words: whoever wrote them in marks is quoting someone speaking.
@cache
def _words_re() -> re.Pattern[str]:
    return re.compile(r"\w+'?")

@cache
def _elided_words_re() -> re.Pattern[str]:
    return re.compile(r"\w+(?:'\w+)?")  # «c'est», «n'était»: the elided word with its host

_personal = lazy_words("prcli.quotations", "personal_pronouns_fr.txt")
_first_singular = lazy_words("prcli.quotations", "first_singular_subjects_fr.txt")
_presentatives = lazy_words("prcli.quotations", "presentatives_fr.txt")
_possessives = lazy_words("prcli.quotations", "possessive_determiners_fr.txt")


@cache
def _phrases(kind: str) -> tuple[tuple[str, ...], ...]:
    """A French phrase list (``data/<kind>_fr.txt``) as token tuples, longest first, loaded once."""
    return phrases(f"{kind}_fr.txt")


@cache
def _phrase_lasts(kind: str) -> frozenset[str]:
    """The last word of every phrase of ``kind``: a one-lookup gate before trying them all."""
    return frozenset(r[-1] for r in _phrases(kind))


def _ends_with_phrase(toks: list[Tok], k: int, kind: str) -> bool:
    """Whether the words right before token ``k`` are one of the phrases ``data/<kind>_fr.txt``."""
    if k < 1 or toks[k - 1].kind != "w" or toks[k - 1].norm not in _phrase_lasts(kind):
        return False  # every phrase ends with the word right before ``k``
    for phrase in _phrases(kind):
        n = len(phrase)
        if k - n < 0:
            continue
        if all(toks[k - n + m].kind == "w" and toks[k - n + m].norm == w for m, w in enumerate(phrase)):
            return True
    return False


def chant_group(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«1800 lycéens défilaient au cri de « Lantier démission ! »», «Aux cris de « … »,
    des manifestants ont envahi …»: words a crowd chants are speech, and the crowd (the
    subject of the clause around the chant) speaks them. Returns the crowd's token range."""
    if not _ends_with_phrase(toks, k, "chants"):
        return None
    m = k - 1
    while m >= 0 and toks[m].kind == "w" and toks[m].norm in fr_chant_leads():
        m -= 1
    if m < 0 or toks[m].kind == "b" or (toks[m].kind == "p" and toks[m].norm not in _BREAKS):
        return _group_after(text, toks, k)
    before = _group_before(text, toks, m)
    return before if before is not None else _group_after(text, toks, k)


def _group_before(text: str, toks: list[Tok], v: int) -> tuple[int, int] | None:
    """The subject of the verb ending at token ``v`` («où 2400 contestataires manifestaient»,
    «le convoi s'est arrêté»): the phrase from its determiner or number up to the verb."""
    e = v
    while e >= 0 and toks[e].kind == "w" and (toks[e].norm in _aux() or toks[e].norm.endswith(
            ("ait", "aient", "é", "ée", "és", "ées", "ent")) or toks[e].norm.endswith("ment")):
        e -= 1  # the verb, its auxiliary and an adverb
    if e == v or e < 0 or toks[e].kind != "w":
        return None
    a = e
    while a > 0 and e - a < 6 and toks[a - 1].kind == "w" and toks[a - 1].norm not in _clause_words():
        a -= 1
    while a <= e and not (toks[a].norm in _dets() or toks[a].norm[:1].isdigit() or latin_cap(text, toks[a])
                          or toks[a].norm in language_words("people", "fr")):
        a += 1
    while a <= e and toks[a].norm[:1].isdigit():
        a += 1  # «2400 contestataires»: the crowd, not its count
    if a > e:
        return None
    return (a, e + 1)


def _group_after(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«Aux cris de « … », des manifestants ont envahi»: the subject after the fronted phrase."""
    j = k + 1
    while j < len(toks) and toks[j].kind in ("p", "qb") and toks[j].norm in (",", ""):
        j += 1
    if j >= len(toks) or toks[j].kind != "w" or toks[j].norm not in _dets():
        return None
    e = j + 1
    while e < len(toks) and e - j < 7 and toks[e].kind == "w" and toks[e].norm not in _aux():
        e += 1
    if e >= len(toks) or e - j >= 7 or toks[e].norm not in _aux():
        return None
    return (j, e)


def personal(inner: str) -> bool:
    """Words in marks with «je», «nous», «vous», «on» are someone speaking, not a title or a
    term («J'aurais dû pousser», «On ne lâche rien»)."""
    words = _words_re().findall(inner.lower().replace("’", "'"))
    return any(w in _personal() or w.startswith(("j'", "m'", "t'")) for w in words)


def presentative(inner: str) -> bool:
    """«C'est un enfumage», «Ce n'est pas fini», «Ça suffit»: words in marks opening with a
    presentative and its verb (``presentatives_fr.txt``) are a clause someone says, not a name."""
    words = _elided_words_re().findall(inner.lower().replace("’", "'"))
    return bool(words) and (words[0] in _presentatives() or " ".join(words[:2]) in _presentatives())


_clause_subjects = lazy_words("prcli.quotations", "clause_subjects_fr.txt")
_demonstratives = lazy_words("prcli.quotations", "singular_demonstratives_fr.txt")


def subject_clause(inner: str) -> bool:
    """«Ça sent la poudre», «Il faut tenir», «Cela ne suffit pas»: capitalised words in marks
    opening with a subject pronoun (``clause_subjects_fr.txt``; not the determiner «ce») and a
    word after it are a clause someone says, not a label; so are the presentatives («C'est …»)."""
    if not inner[:1].isupper():
        return False
    words = _elided_words_re().findall(inner.lower().replace("’", "'"))
    return presentative(inner) or (len(words) >= 2 and words[0] in _clause_subjects()
                                   and words[0] not in _demonstratives())


def first_singular(inner: str) -> bool:
    """Words in marks spoken by «je» («J'ai peur», «Je le dis»): one person's words."""
    subjects = _first_singular()
    words = _words_re().findall(inner.lower().replace("’", "'"))
    return any(w in subjects or w.startswith("j'") for w in words)


#: Words that may stand between «je» and its reporting verb («je lui ai alors répondu», «je ne
#: dis pas»): object clitics, auxiliaries, the negation and a few adverbs.
_first_person_only_fillers = lazy_words("prcli.quotations", "first_person_fillers_fr.txt")


@cache
def _first_person_fillers() -> frozenset[str]:
    """The object clitics (``fr_object_clitics``) and ``first_person_fillers_fr.txt``."""
    return _object_clitics() | _first_person_only_fillers()


#: How many words before a reporting verb its first-person subject may stand.
_FIRST_PERSON_REACH = 4


def first_person_cue(toks: list[Tok], cs: int) -> bool:
    """«je réponds souvent « … »», «j'ai répondu « … »», «« … », lui ai-je demandé»: the reporting
    verb at ``cs`` (or the auxiliary just before it) has «je» for its subject, outside any marks:
    the writer reports their own words (the speaker is the writer, never a person named before)."""
    if toks[cs].norm.endswith("-je") or (cs > 0 and toks[cs - 1].norm.endswith("-je")):
        return True
    m = cs - 1
    while m >= 0 and cs - m <= _FIRST_PERSON_REACH and toks[m].kind == "w":
        w = toks[m].norm
        if w in _first_singular() or (w.startswith("j'") and len(w) > 2):
            return True
        if w not in _first_person_fillers():
            return False
        m -= 1
    return False


def turn_opening(toks: list[Tok], cs: int) -> tuple[int, int] | None:
    """The sentence of the reporting verb at ``cs`` opens with someone given the turn: «Son adjoint
    Marc Petit : je lui ai dit « … »» (the words before the colon, returned as a token span) or an
    interview dash («— Je lui ai répondu : « … »», returned as an empty span at the dash): its
    «je» is that speaker, not the writer. None otherwise."""
    j = cs - 1
    colon = -1
    while j >= 0 and toks[j].kind not in ("b", "q"):
        if toks[j].norm == ":":
            colon = j
        j -= 1
    first = j + 1
    if first < cs and toks[first].kind == "p" and toks[first].norm in ("—", "–"):
        return (first, first)
    if colon > first and all(toks[m].kind == "w" for m in range(first, colon)) and colon - first <= 6:
        return (first, colon)
    return None


def personal_pronoun(inner: str) -> bool:
    """``personal`` without the possessive determiners: «Mon vélo rouge», «Notre maison» after
    «la marque», «le collectif» stay names; «Nous ne lâcherons rien» is someone speaking."""
    words = _words_re().findall(inner.lower().replace("’", "'"))
    return any((w in _personal() and w not in _possessives()) or w.startswith(("j'", "m'", "t'"))
               for w in words)


def headline(toks: list[Tok], k: int) -> bool:
    """«« Au pied du mur », titre le quotidien X»: a headline of a newspaper, not speech."""
    j = k + 1
    while j < len(toks) and ((toks[j].kind == "p" and toks[j].norm == ",") or toks[j].kind == "q"):
        j += 1  # («« … », « … », titraient les journaux»: every headline of the list)
    if j < len(toks) and toks[j].kind == "w" and toks[j].norm in ("a", "avait"):
        j += 1
    return j < len(toks) and toks[j].kind == "w" and toks[j].norm in language_words("headline_verbs", "fr")


#: How many words back a headline noun may stand from the colon announcing the headline.
_HEADLINE_NOUN_REACH = 5


def announced_headline(toks: list[Tok], k: int) -> bool:
    """«Le titre est sans appel : « … »», «Son titre ? « … »»: marked words announced by a
    colon or a question mark, within a few words after a noun naming a headline
    (``data/headline_nouns_fr.txt``), are that headline, not words said."""
    j = k - 1
    if j >= 0 and toks[j].kind == "b":
        j -= 1  # («… titre ?» ends a sentence before the marks)
    if j < 0 or toks[j].kind != "p" or toks[j].norm not in (":", "?"):
        return False
    nouns = language_words("headline_nouns", "fr")
    for m in range(j - 1, max(-1, j - 1 - _HEADLINE_NOUN_REACH), -1):
        if toks[m].kind != "w":
            return False
        if toks[m].norm in nouns:
            return True
    return False


#: The most words a heading in marks has («« Forte mobilisation dans tout le pays »»).
_HEADING_WORDS = 8
#: The fewest words of the quotation a heading glued to it opens («« Titre » « Nous avons … »»).
_GLUED_PARAGRAPH_WORDS = 5


def heading(text: str, toks: list[Tok], k: int, inner: str) -> bool:
    """«… à la presse. « Nos rues d'abord » Le préfet a …»: a few words in marks standing alone
    between two sentences (a sentence end before, a capitalised sentence right after the closing
    mark) with no punctuation of their own are a heading of the page (an intertitle, often words
    taken from the paragraph below), not words said there. After a colon they are announced
    words («Il a lancé :⏎« On reste »»)."""
    if k > 0 and (toks[k - 1].kind != "b" or (k > 1 and toks[k - 2].norm in (":", ","))):
        return False
    body = inner.strip(" \u00a0\u202f\u2009")
    words = body.split()
    if k + 1 < len(toks) and toks[k + 1].kind == "q":
        # «… la presse. « Nos rues d'abord » « Nous avons tenu tout l'hiver, …»: the line break
        # after the heading lost, the paragraph opens on the longer quotation it was taken from
        nxt = text[toks[k + 1].start + 1:toks[k + 1].end].strip(" \u00a0\u202f\u2009«»\"“”")
        if not nxt[:1].isupper() or len(nxt.split()) < max(_GLUED_PARAGRAPH_WORDS, len(words) + 1):
            return False
    elif k + 2 >= len(toks) or toks[k + 1].kind != "b":
        return False
    else:
        a = k + 2
        while a + 1 < len(toks) and toks[a].kind == "b":
            a += 1  # «« … ? »⏎⏎Quelques …»: the question mark and the line break are two ends
        after = toks[a]
        if not (after.kind == "q" or (after.kind == "w" and text[after.start].isupper())):
            return False
    if body[-1:] in ".!?…" and not _open_heading(text, toks[k].start, toks[k].end, body):
        return False
    return 1 <= len(words) <= _HEADING_WORDS \
        and not any(w[-1:] in ".!?…" for w in words[:-1]) \
        and not (personal_pronoun(inner) and _name_and_comma(text, toks, k + 2))


#: Blank characters around a heading on a line of its own.
_BLANKS = " \t\u00a0\u202f\u2009"


def _open_heading(text: str, open_at: int, close_end: int, body: str) -> bool:
    """A heading may end on a question or an ellipsis («« Nuit blanche ? »», «« Ma mère m'a dit... »»)
    when it is a line of its own (a line break before the opening mark and after the closing one),
    or, cut short by an ellipsis, when the words it keeps come back later in the article (an
    intertitle taken from the paragraph below). A full stop or an exclamation mark ends a sentence
    someone said."""
    stem = body.rstrip(".…").rstrip(_BLANKS)
    if body[-1:] == "?" or body.endswith(("…", "...")):
        before = text[text.rfind("\n", 0, open_at) + 1:open_at]
        nl = text.find("\n", close_end)
        after = text[close_end:nl if nl >= 0 else len(text)]
        if text.rfind("\n", 0, open_at) >= 0 and nl >= 0 and not before.strip(_BLANKS) \
                and not after.strip(_BLANKS):
            return True
    return body.endswith(("…", "...")) and len(stem.split()) >= 2 and text.find(stem, close_end) >= 0


def _name_and_comma(text: str, toks: list[Tok], j: int) -> bool:
    """«Marie Dupont, infirmière, …» at token ``j``: a given name we know, a capitalised surname,
    a comma: the person the paragraph brings in (who spoke the words in marks before it)."""
    if toks[j].kind != "w" or given_name_gender(toks[j].norm) == "?":
        return False
    e = j + 1
    while e < len(toks) and e - j < 4 and toks[e].kind == "w" and text[toks[e].start].isupper():
        e += 1
    return j + 1 < e < len(toks) and toks[e].norm == ","


def colon_name_after(text: str, toks: list[Tok], k: int, lowercase: frozenset[str],
                     is_cue: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """«« On veut penser à nos enfants » : Sylvie, 58 ans, fait partie des …»: a quotation
    opening the sentence, a colon, then a first name (or a full name) followed by a comma or
    a verb: the person named after the colon speaks (vox-pop style)."""
    if k > 0 and toks[k - 1].kind not in ("b", "qb") and toks[k - 1].norm != "|":
        return None
    j = k + 1
    while j < len(toks) and (toks[j].kind == "q" or toks[j].norm in (",", "et")):
        j += 1  # «« Plus juste » et « plus simple » : …»: a list of quotations before the colon
    if j + 1 >= len(toks) or toks[j].norm != ":":
        return None
    a = j + 1
    if toks[a].norm in fr_cue_noun_determiners() and is_cue is not None:
        e = a + 1
        while e < len(toks) and e - a < 6 and toks[e].kind == "w" and not is_cue(e):
            e += 1
        # «: les autorités redoutent …»: a description whose reporting verb follows
        return (a, e) if e < len(toks) and toks[e].kind == "w" and e - a >= 2 else None
    e = a
    while e < len(toks) and e - a < 3 and toks[e].kind == "w" and latin_cap(text, toks[e]) \
            and toks[e].norm not in stopwords("fr") and toks[e].norm not in lowercase:
        e += 1
    if e == a or e >= len(toks):
        return None
    nxt = toks[e]
    if nxt.norm == "," or (nxt.kind == "w" and not text[nxt.start].isupper() and nxt.norm not in _dets()):
        return (a, e)
    return None


def coordinated_names(text: str, toks: list[Tok], i: int,
                      lowercase: frozenset[str]) -> tuple[int, int] | None:
    """«Jean-Marc et Sabrina, des Suisses, sont venus …»: two given names joined by «et»
    opening a sentence are one plural subject, whom a later «expliquent-ils» means."""
    def name_end(a: int) -> int:
        e = a
        while e < len(toks) and e - a < 2 and toks[e].kind == "w" and latin_cap(text, toks[e]) \
                and toks[e].norm not in stopwords("fr") and toks[e].norm not in lowercase \
                and toks[e].norm not in language_words("people", "fr"):
            e += 1
        return e

    e1 = name_end(i)
    if e1 == i or e1 >= len(toks) or toks[e1].norm != "et":
        return None
    e2 = name_end(e1 + 1)
    if e2 == e1 + 1 or e2 >= len(toks):
        return None
    nxt = toks[e2]
    if nxt.norm == "," or (nxt.kind == "w" and not text[nxt.start].isupper()):
        return (i, e2)
    return None


def aged_newcomer(text: str, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """«Passe une jeune femme, 19 ans tout juste.», «Un ancien chauffeur de 67 ans a fait la route.»: a
    sentence bringing in someone unnamed with an age; the words in marks that follow with no
    cue are that person's (vox-pop). Returns the description's token range."""
    n = len(toks)
    m = i
    while m < n and m - i < 12 and toks[m].kind not in ("b", "q"):
        t = toks[m]
        if t.norm in fr_indefinite() and m + 3 < n and toks[m + 1].kind == "w" \
                and toks[m + 1].norm in language_words("people", "fr"):
            e = m + 2
            if toks[e].norm == "de" or toks[e].norm == ",":
                e += 1
            else:
                m += 1
                continue
            if e + 1 < n and toks[e].norm.isdigit() and toks[e + 1].norm == "ans":
                return (m, m + 2)
        m += 1
    return None


def indefinite_newcomer(text: str, toks: list[Tok], i: int) -> tuple[tuple[int, int], str] | None:
    """«Près du kiosque, une vendeuse résume l'ambiance …», «Un riverain raconte …»: a sentence (past a
    short fronted adverbial) opening on someone unnamed brought in by «un»/«une», a person noun
    and a verb; a «dit-il» that follows means that person. Returns the phrase's token range and
    its gender."""
    n = len(toks)
    m = i
    while m < n and m - i < 7 and toks[m].kind == "w":
        m += 1
    m = m + 1 if m < n and m > i and toks[m].norm == "," else i
    if m + 2 >= n or toks[m].norm not in fr_indefinite() or toks[m + 1].kind != "w" \
            or toks[m + 1].norm not in language_words("people", "fr"):
        return None
    e = m + 2
    while e + 1 < n and e - m < 5 and toks[e].norm in language_words("people", "fr"):
        e += 1  # «une jeune femme»
    v = _past_lowercase_apposition(text, toks, e)
    verb = toks[v]
    if verb.kind != "w" or text[verb.start].isupper() or verb.norm in stopwords("fr") \
            or verb.norm in language_words("prepositions", "fr") or not verb.norm.isalpha():
        return None
    return (m, e), "m" if toks[m].norm == "un" else "f"


#: How far (tokens) into a sentence the colon that brings in a person at its end may stand.
_COLON_NEWCOMER_REACH = 40


_reply_nouns = lazy_words("prcli.quotations", "reply_nouns_fr.txt")
#: How many tokens the one named in a reply heading («Réponse du ministre de l'Intérieur») may hold.
_REPLY_NAME_WORDS = 6


def reply_heading(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«Réponse de Dupont ? « … »», «Réaction du maire de Lille : « … »»: a verbless sentence of
    a reply noun (``reply_nouns_fr.txt``), «de» and who replies, ending in a question mark or a
    colon right before the quotation at ``k``: that one speaks. Returns the phrase after «de»
    (an elided «d'X» keeps its token: the name is read past the elision)."""
    if k >= 2 and toks[k - 1].norm == ":":
        e = k - 1
    elif k >= 3 and toks[k - 1].kind == "b" and toks[k - 2].norm == "?":
        e = k - 2
    else:
        return None
    s = e
    while s > 0 and toks[s - 1].kind == "w" and e - s <= _REPLY_NAME_WORDS + 2:
        s -= 1
    if (s > 0 and toks[s - 1].kind not in ("b", "q")) or e - s < 3 or toks[s].norm not in _reply_nouns():
        return None
    de = toks[s + 1].norm
    if de.startswith("d'") and len(de) > 2:
        return (s + 1, e)  # «Réponse d'Eric X ?»
    if de in fr_de_forms() and de not in fr_du_des():
        return (s + 2, e)  # «Réponse de Dupont ?», «Réponse de la ministre :»
    if de in fr_du_des():
        return (s + 1, e)  # «Réaction du maire :»: the phrase with its contracted article
    return None


def colon_newcomer(text: str, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """«Dimanche verra l'arrivée d'un marcheur moins connu : Marc Dubreuil.»: a sentence that
    ends by naming someone after a colon (a given name we know, then capitalised words) brings
    that person in; a later «il», «selon lui» may mean them. Returns the name's token range."""
    n = len(toks)
    m = i
    while m < n and m - i < _COLON_NEWCOMER_REACH and toks[m].kind != "b" and toks[m].norm != ":":
        m += 1
    a = m + 1
    if a + 1 >= n or toks[m].norm != ":" or toks[a].kind != "w" or given_name_gender(toks[a].norm) == "?":
        return None
    e = a + 1
    while e < n and e - a < 4 and toks[e].kind == "w" and latin_cap(text, toks[e]):
        e += 1
    ends = e == n or toks[e].kind == "b" or (toks[e].norm == "." and (e + 1 == n or toks[e + 1].kind == "b"))
    return (a, e) if e - a >= 2 and ends else None


#: How many words an apposition between commas may hold («un riverain, casquette sur la tête, …»).
_APPOSITION_WORDS = 10


def _past_lowercase_apposition(text: str, toks: list[Tok], e: int) -> int:
    """«un riverain, casquette sur la tête et sac à la main, explique …»: the token after a
    short apposition of lowercase words set off by commas at ``e``, else ``e``."""
    if e >= len(toks) or toks[e].norm != ",":
        return e
    m = e + 1
    while m < len(toks) and m - e <= _APPOSITION_WORDS and toks[m].kind == "w" \
            and not latin_cap(text, toks[m]):
        m += 1
    return m + 1 if m > e + 1 and m + 1 < len(toks) and toks[m].norm == "," else e


def noun_in_marks(text: str, toks: list[Tok], k: int) -> bool:
    """«ainsi qu'un « pique-nique sur les quais du port »», «d'un « bonnet vert »»: lowercase words
    in marks right after a determiner are a noun phrase the writer marks (an event, a label),
    not words someone said, unless a reporting verb governs them."""
    if k == 0 or toks[k - 1].kind != "w":
        return False
    w = toks[k - 1].norm
    if not (w in _noun_dets() or _elided_indefinite(w)):
        return False
    inner = text[toks[k].start + 1:toks[k].end].lstrip(" \u00a0\u202f")
    return inner[:1].isalpha() and inner[:1].islower()


def noun_modifier_in_marks(text: str, toks: list[Tok], k: int) -> bool:
    """«la ville « branchée »», «un plan « exceptionnel »»: one lowercase word in marks right
    after a determiner and its lowercase or capitalised noun qualifies that noun (the writer's
    phrase holds it; only a reporting verb makes it someone's)."""
    if k < 2 or toks[k - 1].kind != "w" or toks[k - 2].kind != "w" or toks[k - 2].norm not in _noun_dets():
        return False
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f")
    return len(inner.split()) == 1 and inner[:1].isalpha() and inner[:1].islower() \
        and toks[k - 1].norm not in _noun_dets()


def closing_incise(text: str, toks: list[Tok], cue_start: int, cue_end: int,
                   np: tuple[int, int] | None) -> bool:
    """«Une « douzaine de blindés » sera engagée, a ajouté le ministre.»: the reporting verb at
    ``cue_start`` is an incise (a comma before the verb and its auxiliaries, if any; a participle
    in «-é» needs its auxiliary), and its subject ``np`` (opening at or after ``cue_end``, not
    running to the last token) names someone (a capitalised name, a person, a title or a body).
    The whole sentence is then that subject's report, and a noun phrase marked inside it is the
    subject's wording, not the writer's. (Neither where the sentence ends nor whether ``np``
    follows the verb right away is checked here: the callers' clause reading gives ``np``.)"""
    lex = lexicon("fr")
    if np is None or np[0] < cue_end or np[1] >= len(toks) or toks[cue_start].norm not in lex.cues:
        return False
    p = cue_start - 1
    while p > 0 and toks[p].kind == "w" and toks[p].norm in _incise_aux():
        p -= 1
    if p < 0 or toks[p].norm != "," \
            or (p == cue_start - 1 and toks[cue_start].norm.endswith(("é", "ée", "és", "ées"))):
        return False  # («X qui avait, le 3 mars, exigé son retrait»: no incise)
    bodies = language_words("body_nouns", "fr")

    def names_someone(t: Tok) -> bool:
        return t.kind == "w" and (latin_cap(text, t) or any(
            w in lex.people or w in lex.titles or w in lex.roles or w in bodies
            for w in (t.norm, t.norm.rstrip("sx"))))

    return any(names_someone(t) for t in toks[np[0]:np[1]])


def named_by(toks: list[Tok], k: int) -> bool:
    """«Les rassemblements, baptisés sur Twitter « Vague verte » et « Tous au port » …»: marks a
    few words after a naming participle (and the marks listed with them) hold names. Words after
    the name in marks end the naming: «Le plan, baptisé « Cap 2030 », vise à « … »» names one
    thing, then reports what it aims at."""
    j = k - 1
    words = 0
    naming = language_words("naming", "fr")
    while j >= 0 and words < 5:
        t = toks[j]
        if t.kind == "q" and words:
            return False  # (a name in marks, then a verb phrase of its own before these marks)
        if t.kind == "q" or (t.kind == "w" and t.norm in fr_conjunctions()) or t.norm == ",":
            j -= 1  # the earlier names of the same list
            continue
        if t.kind != "w":
            return False
        if t.norm in naming:
            return not _said_by_relative(toks, j)
        words += 1
        j -= 1
    return False


_work_authors = lazy_words("prcli.quotations", "work_authors_fr.txt")


def authored_work(text: str, toks: list[Tok], k: int, inner: str) -> bool:
    """«Il est aussi l'auteur de « Tu nous as menti »», «la réalisatrice du « Grand Départ »»:
    capitalised words in marks right after the maker of a work (``data/work_authors_fr.txt``) and
    «de» / «du» / «des» are the title of that work, not words said."""
    body = inner.strip(" \u00a0\u202f\u2009")
    if k < 2 or not body[:1].isupper() or toks[k - 1].kind != "w" \
            or toks[k - 1].norm not in fr_de():
        return False
    w = toks[k - 2].norm
    if w.startswith("l'"):
        w = w[2:]
    return toks[k - 2].kind == "w" and w in _work_authors()


_qu_subjects = lazy_words("prcli.quotations", "relative_subjects_fr.txt")
_naming_dets = lazy_words("prcli.quotations", "naming_determiners_fr.txt")


def relative_namer(toks: list[Tok], k: int) -> str | None:
    """«avec ce qu'il a appelé des « gestes déplacés »»: the gender of the pronoun subject of a
    relative clause whose verb of calling governs the marks (that person's words), else None."""
    m = k - 1
    while m >= 0 and k - m <= 2 and toks[m].kind == "w" and toks[m].norm in _naming_dets():
        m -= 1
    if m < 1 or toks[m].kind != "w" or not toks[m].norm.startswith(("appel", "qualifi", "nomm", "baptis")):
        return None
    a = m - 1
    while a >= 0 and m - a <= 2 and toks[a].kind == "w" and toks[a].norm in _incise_aux():
        a -= 1
    if a < 0 or toks[a].kind != "w" or toks[a].norm not in _qu_subjects():
        return None
    return _colon_pronouns().get(toks[a].norm, "?")


def impersonal_naming(toks: list[Tok], k: int) -> bool:
    """«c'est ce qu'on appelle la « … »», «ce que l'on nomme « … »»: a verb of calling whose subject
    is the impersonal «on» gives the name everyone uses (a term), not the words of anyone in the
    article («ce qu'il a appelé des « … »», with a person as subject, is that person's: see
    ``relative_namer``)."""
    m = k - 1
    while m >= 0 and k - m <= 2 and toks[m].kind == "w" and toks[m].norm in _naming_dets():
        m -= 1
    if m < 1 or toks[m].kind != "w" or not toks[m].norm.startswith(("appel", "nomm", "surnomm", "baptis")):
        return False
    w = toks[m - 1].norm
    return toks[m - 1].kind == "w" and w.startswith(("qu'", "l'")) and fr_impersonal_subject(w)


_as_one_says = lazy_words("prcli.quotations", "as_one_says_verbs_fr.txt")
#: How many words after «comme on» the verb of saying may stand («comme on aime à le dire»).
_AS_ONE_SAYS_REACH = 4


def as_one_says(toks: list[Tok], k: int, inner: str = "") -> bool:
    """«un « réac » comme on dit en France», «« bon enfant » comme on aime dire», «« … », comme
    on l'appelle»: «comme on» and a verb of saying or calling (``as_one_says_verbs_fr.txt``)
    right after the marks at ``k`` make them a common phrase, everyone's words (a term). Only a
    short lowercase phrase (``inner``) with no sentence punctuation that no colon or cue verb
    introduces: «a tranché : « Le dossier est clos », comme on le répète» stays the speaker's."""
    if inner and not _common_phrase_shape(toks, k, inner):
        return False
    n = len(toks)
    j = k + 1
    if j < n and toks[j].norm == ",":
        j += 1
    if j + 2 >= n or toks[j].norm != "comme" or toks[j + 1].norm.startswith("qu'") \
            or not fr_impersonal_subject(toks[j + 1].norm):
        return False
    for m in range(j + 2, min(n, j + 2 + _AS_ONE_SAYS_REACH)):
        if toks[m].kind != "w":
            return False
        w = toks[m].norm
        if w.removeprefix("l'") in _as_one_says():
            return True
    return False


_english_homographs = lazy_words("prcli.quotations", "english_homographs_fr.txt")
#: How many words a common phrase in marks may hold before «comme on dit».
_COMMON_PHRASE_WORDS = 5


def _common_phrase_shape(toks: list[Tok], k: int, inner: str) -> bool:
    """A few lowercase words with no sentence punctuation, not introduced by a colon or a cue
    verb right before the marks at ``k`` (``as_one_says``)."""
    text = inner.strip()
    if not text[:1].islower() or any(c in text for c in ".!?…:;") \
            or len(text.split()) > _COMMON_PHRASE_WORDS:
        return False
    cues = lexicon("fr").cues
    for m in range(k - 1, max(-1, k - 3), -1):
        if toks[m].norm == ":" or (toks[m].kind == "w" and toks[m].norm in cues):
            return False
        if toks[m].kind != "w":
            break
    return True


#: How many words a borrowed English phrase in marks may hold («made in France»).
_ENGLISH_PHRASE_WORDS = 4


@cache
def _english_only_words() -> frozenset[str]:
    """English function words that are no French words («in», «the», «of»; not «but», «as»,
    «for», also French words, ``english_homographs_fr.txt``)."""
    return stopwords("en") - stopwords("fr") - _english_homographs()


def english_phrase(inner: str) -> bool:
    """«le protectionnisme « made in France »»: a few lowercase words in marks, one of them an
    English function word and none a French one, are a borrowed English phrase (a term), not
    French words someone said (a quoted English sentence is longer or capitalised)."""
    words = _words_re().findall(inner.lower().replace("’", "'"))
    if not 1 < len(words) <= _ENGLISH_PHRASE_WORDS or not inner.lstrip()[:1].islower():
        return False
    french_words = stopwords("fr")
    return any(w in _english_only_words() for w in words) and not any(w in french_words for w in words)


def _said_by_relative(toks: list[Tok], j: int) -> bool:
    """«avec ce qu'il a appelé des « gestes déplacés »»: a naming verb in a relative clause with
    a person as subject reports that person's words, not a name."""
    m = j - 1
    while m >= 0 and j - m <= 3 and toks[m].kind == "w" and toks[m].norm in _incise_aux():
        m -= 1
    return m >= 0 and toks[m].kind == "w" and toks[m].norm in _qu_subjects()


_plural_openers = lazy_words("prcli.quotations", "plural_openers_fr.txt")


def plural_openers() -> frozenset[str]:
    """Plural determiners and numbers opening a group («des», «plusieurs», «trois»)."""
    return _plural_openers()


def banner_reading(toks: list[Tok], k: int) -> bool:
    """«« Nos écoles d'abord », pouvait-on lire sur leurs pancartes»: words written on the
    banners of a group (the quotation, or the list it opens, before «pouvait-on lire»)."""
    j = k + 1
    while j < len(toks) and (toks[j].kind in ("q", "qb") or toks[j].norm in (",", "et")):
        j += 1
    for phrase in phrases("reading_phrases_fr.txt"):
        if all(j + m < len(toks) and toks[j + m].norm == w for m, w in enumerate(phrase)):
            after = toks[j + len(phrase):j + len(phrase) + 5]
            return any(t.kind == "w" and t.norm in language_words("banners", "fr") for t in after)
    return False


_reading_verbs = lazy_words("prcli.quotations", "reading_verbs_fr.txt")


def banner_before(toks: list[Tok], k: int) -> bool:
    """«On lisait sur une banderole : « … »»: a form of «lire» then «sur» and a banner noun
    (``data/banners_fr.txt``) in the few words before the colon right before the quotation."""
    if k < 4 or toks[k - 1].norm != ":":
        return False
    j = k - 2
    banner = False
    while j >= 0 and k - j <= 10 and toks[j].kind == "w":
        if toks[j].norm in language_words("banners", "fr"):
            banner = True
        elif toks[j].norm == "sur" and banner and j > 0 and toks[j - 1].norm in _reading_verbs():
            return True
        j -= 1
    return False


@cache
def _heard() -> tuple[tuple[str, ...], ...]:
    """The impersonal phrases of hearing (``data/heard_verbs_fr.txt``) as token tuples."""
    return phrases("heard_verbs_fr.txt")


def verb_like(t: Tok) -> bool:
    """A word that may open a verb group after a subject: a content word, a reflexive or object
    clitic («se», «lui», ``object_clitics_fr.txt``), or the negation «ne»."""
    return t.norm not in stopwords("fr") or t.norm[:2] in ("s'", "n'") or t.norm in _object_clitics() \
        or t.norm == "ne"


@cache
def _heard_first() -> frozenset[str]:
    """The first words of the phrases of hearing."""
    return frozenset(p[0] for p in _heard() if p)


def heard_in(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«« Dupont démission ! » pouvait-on entendre parmi les marcheurs à Nantes»: words one hears in
    a crowd are the crowd's; the phrase after «dans» or «parmi» (up to the end of the clause,
    at most eight words) is who chants them. Returns its token range, else None."""
    j = k + 1
    while j < len(toks) and toks[j].norm == ",":
        j += 1
    if j >= len(toks) or toks[j].norm not in _heard_first():
        return None  # (asked after every quotation: the cheap test first)
    for phrase in _heard():
        if not all(j + m < len(toks) and toks[j + m].norm == w for m, w in enumerate(phrase)):
            continue
        a = j + len(phrase)
        if a + 1 >= len(toks) or toks[a].norm not in fr_among() or toks[a + 1].norm not in _dets():
            return None
        e = a + 1
        while e < len(toks) and e - a <= 8 and toks[e].kind == "w" and toks[e].norm not in _clause_words():
            e += 1
        return (a + 1, e) if e - a >= 3 else None
    return None


def _sentence_before(toks: list[Tok], k: int, reach: int) -> tuple[int, int, int] | None:
    """The sentence before the one holding token ``k`` (up to 80 tokens back to its start, and
    ``reach`` tokens long at most): its first token, its last token (its closing punctuation when
    that is a token of its own) and the first token of ``k``'s own sentence; None at the text's start."""
    s = k
    while s > 0 and k - s < 80 and toks[s - 1].kind != "b":
        s -= 1
    if s == 0 or toks[s - 1].kind != "b":
        return None
    p = s - 1
    while p > 0 and toks[p].kind == "b":
        p -= 1  # a full stop and a paragraph end
    last = p
    while p > 0 and last - p < reach and toks[p - 1].kind != "b":
        p -= 1
    return (p, last, s)


def previous_group(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The plural group opening the sentence before the one holding token ``k`` («Des centaines
    de manifestants, rassemblés au péage, ont été délogés.»): whose banners the next one reads."""
    before = _sentence_before(toks, k, 80)
    if before is None:
        return None
    p, _, s = before
    p = _past_place(text, toks, p, s)
    o = p
    if toks[o].norm in fr_approximations() and o + 1 < s:
        o += 1 + (toks[o].norm == "près" and toks[o + 1].norm == "de")  # «environ 300 femmes»
    first = toks[o]
    if first.kind != "w" or not (first.norm in _plural_openers() or first.norm[:1].isdigit()):
        return None
    e = o + 1
    while e < s and e - p < 8 and (toks[e].kind == "w" or (toks[e].kind == "q" and e in (o + 2, o + 3))) \
            and toks[e].norm not in _aux() and not (e - o >= 2 and toks[e].norm == "comme") \
            and not (e - p >= 2 and _plural_verb_shape(toks[e].norm) and not latin_cap(text, toks[e])):
        e += 1  # (a comparison, «rousses comme des écureuils», closes the group)
    return (p, e) if e - p >= 2 else None


def recent_group(text: str, toks: list[Tok], k: int, sentences: int = 3) -> tuple[int, int] | None:
    """``previous_group`` of the sentence before the one holding token ``k``, or of one of the
    few sentences before it, in the same paragraph («Les commerçants ont manifesté. « … »,
    explique une fleuriste. Ils réclament « … »»: whom «ils» means)."""
    for _ in range(sentences):
        group = previous_group(text, toks, k)
        if group is not None:
            return group
        s = k
        while s > 0 and toks[s - 1].kind != "b":
            s -= 1
        if s == 0 or any(t.norm == "\n" for t in toks[max(0, s - 2):s]):
            return None  # (the paragraph starts here)
        k = s - 1
        while k > 0 and toks[k].kind == "b":
            k -= 1
    return None


_group_dets = lazy_words("prcli.quotations", "group_determiners_fr.txt")
round_numbers = lazy_words("prcli.quotations", "round_numbers_fr.txt")

#: Plural participle endings («interrogés», «réunies», «venus»): a participle phrase after a
#: group's noun belongs to its description.
_PLURAL_PARTICIPLE = ("és", "ées", "is", "ies", "us", "ues")


def people_group_before(text: str, toks: list[Tok], k: int, people: frozenset[str]) -> tuple[int, int] | None:
    """The last plural group of people named anywhere in the sentence before the one holding token
    ``k`` (across one paragraph break): «… se trouvaient Ana X et une trentaine d'autres
    riverains. Ils ont jugé « … »», «Le plan a été accueilli par des commerçants interrogés dans le
    quartier. Si certains saluent des « … », ils le jugent « … »». The group is a determiner
    (``group_determiners_fr.txt``, after «une dizaine», …), up to two words, and a plural noun of
    people (``people``) or a people label in marks (``people_labels_fr.txt``), with a participle
    phrase after it («interrogés sur …») to the next punctuation. Whom a plural pronoun means
    when no group has spoken yet and none opens a sentence."""
    before = _sentence_before(toks, k, 79)
    if before is None:
        return None
    p, last, _ = before
    return _last_people_group(text, toks, p, last + 1, people)


def plural_antecedent(text: str, toks: list[Tok], q: int, floor: int,
                      people: frozenset[str]) -> tuple[int, int] | None:
    """«X a été interpellé par une dizaine de maires et d'adjoints lors d'une réunion au
    siège, qui ont regretté …»: a «qui» at ``q`` whose verb is plural takes a plural
    antecedent, not the singular complement right before the comma; the last plural group of
    people (``people_group_before``'s shape) between ``floor`` and the comma. Returns its token
    range, else None."""
    if q < 2 or toks[q - 1].norm != ",":
        return None
    group = _last_people_group(text, toks, max(floor, 0), q - 1, people, counted=True)
    if group is None:
        return None
    d, e = group
    if e + 1 < q - 1 and toks[e].norm in fr_de() and latin_cap(text, toks[e + 1]):
        e += 2  # «une quinzaine de maires des Yvelines»: where they come from is part of the group
    return d, e


def _last_people_group(text: str, toks: list[Tok], p: int, end: int,
                       people: frozenset[str], counted: bool = False) -> tuple[int, int] | None:
    """The last plural group of people between token ``p`` and ``end`` (``people_group_before``);
    ``counted``: also a group counted by «une» and a round number («une quinzaine de maires»)."""
    for j in range(end - 1, p, -1):
        t = toks[j]
        h = j  # (the label's first word: «gilets jaunes» written plainly)
        if t.kind == "w":
            if t.norm[-1:] not in ("s", "x"):
                continue
            if t.norm[:-1] not in people:
                if j - 1 <= p or toks[j - 1].kind != "w" \
                        or f"{toks[j - 1].norm} {t.norm}" not in _people_labels():
                    continue
                h = j - 1
        else:
            label = " ".join(_marked_inner(text, toks, j).lower().replace("’", "'").split()) \
                if t.kind == "q" else ""
            if label[-1:] != "s" or label not in _people_labels():
                continue
        d = h - 1
        while d >= p and h - d <= 3 and toks[d].kind == "w" and toks[d].norm not in _group_dets() \
                and not (counted and toks[d].norm in fr_de() and d - 2 >= p
                         and toks[d - 1].norm in round_numbers() and toks[d - 2].norm == "une"):
            d -= 1
        if counted and d - 2 >= p and toks[d].norm in fr_de() and toks[d - 1].norm in round_numbers() \
                and toks[d - 2].norm == "une":
            return d - 2, j + 1  # «une dizaine de maires et adjoints»
        if d < p or toks[d].kind != "w" or toks[d].norm not in _group_dets():
            continue
        if d - 2 >= p and toks[d - 1].norm in round_numbers() and toks[d - 2].norm == "une":
            d -= 2  # «une vingtaine d'autres»
        e = j + 1
        if e < end and toks[e].kind == "w" and toks[e].norm.endswith(_PLURAL_PARTICIPLE) \
                and not latin_cap(text, toks[e]):
            while e < end and e - j < 20 and toks[e].kind in ("w", "q"):
                e += 1  # «des « bonnets verts » questionnés dans les studios …»
        return d, e
    return None


_partitives = lazy_words("prcli.quotations", "partitive_pronouns_fr.txt")


def partitive_before(toks: list[Tok], k: int) -> bool:
    """A pronoun standing for part of a group («certains», «plusieurs») in the sentence of token
    ``k``, before it («Si certains saluent des « gestes », ils les jugent « … »»): the plural
    pronoun of the clause is that part of a group named before."""
    j = k - 1
    while j >= 0 and k - j < 40 and toks[j].kind != "b":
        if toks[j].kind == "w" and toks[j].norm in _partitives():
            return True
        j -= 1
    return False


def _plural_verb_shape(w: str) -> bool:
    """«défilent», «avaient», «viendront», «diront»: the ending of a third person plural verb
    (present, imperfect, future), which closes the group before it."""
    return w.endswith("ent") or (w.endswith("ront") and len(w) > 5)


def _past_place(text: str, toks: list[Tok], p: int, s: int) -> int:
    """«A Nantes, environ 120 infirmières …»: the token after an opening place set off by a comma."""
    if toks[p].norm in fr_place_openers() and p + 2 < s and latin_cap(text, toks[p + 1]):
        e = p + 1
        while e < s and e - p < 5 and toks[e].kind == "w" and latin_cap(text, toks[e]):
            e += 1
        if e < s and toks[e].norm == ",":
            return e + 1
    return p


@cache
def _latter() -> dict[tuple[str, ...], str]:
    """«cette dernière» and its forms as token pairs, with their gender (data/latter_fr.tsv)."""
    return {tuple(row[0].split()): row[1] for row in table("prcli.quotations", "latter_fr.tsv")}


def latter_referent(toks: list[Tok], s: int) -> tuple[tuple[int, int], str] | None:
    """«… une gifle à une caissière du magasin. Cette dernière témoignera lundi …»: a sentence
    opening with «cette dernière» is about the last person described before it (agreeing in
    gender). Returns that description's token range (with a short complement) and its gender."""
    if s + 1 >= len(toks):
        return None
    gender = _latter().get((toks[s].norm, toks[s + 1].norm))
    if gender is None or gender == "p":
        return None
    dets = fr_feminine_articles() if gender == "f" else fr_masculine_articles()
    people = language_words("people", "fr")
    m = s - 2
    while m >= 0 and s - m < 40:
        if toks[m].kind == "w" and toks[m].norm in dets and m + 1 < s and toks[m + 1].norm in people:
            e = m + 2
            if e + 1 < s and toks[e].norm in fr_name_place_links() and toks[e + 1].kind == "w" \
                    and e + 2 < len(toks) and toks[e + 2].kind in ("p", "b"):
                e += 2  # «une femme à terre»
            return (m, e), gender
        m -= 1
    return None


def charge_name(text: str, toks: list[Tok], k: int) -> bool:
    """«poursuivi pour « dégradations de biens publics »», «une enquête ouverte pour
    « destruction par incendie »»: lowercase words in marks after «pour», in a sentence about
    justice or police, name an offence (a term), not words someone said."""
    if k < 2 or toks[k - 1].norm != "pour":
        return False
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f")
    if not inner[:1].islower() or inner.rstrip(" »”\"")[-1:] in ".!?…" or personal(inner):
        return False
    charges = language_words("charges", "fr")
    m = k - 2
    while m >= 0 and k - m <= 14 and toks[m].kind in ("w", "p"):
        if toks[m].norm in charges:
            return True
        m -= 1
    return False


_share_words = lazy_words("prcli.quotations", "share_words_fr.txt")


def poll_answer(text: str, toks: list[Tok], k: int) -> bool:
    """«descendue à 41 % de « convaincus »», «9 % de « très convaincus »»: a few lowercase words in
    marks as the complement of a share («N % de», «N pour cent de») name the answer people gave to
    a poll (the category counted), not words anyone said."""
    m = k - 1
    if m >= 1 and toks[m].norm in ("'", "’") and toks[m - 1].norm == "d":
        m -= 1  # «4 % d’« indécis »»: the elided preposition is split from its mark
    if m < 1 or toks[m].norm not in fr_share_de() or toks[m - 1].norm not in _share_words():
        return False
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f\u2009«»\"“”")
    return 1 <= len(inner.split()) <= 3 and inner[:1].islower() and inner[-1:] not in ".!?…" \
        and not personal(inner)


@cache
def _caps_words_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_][\w'’-]*")


def capitals_headline(text: str, open_at: int, close_end: int, inner: str) -> bool:
    """«« VOTES BLOQUÉS » : LE MAIRE S'EXPLIQUE», «« ON TIENT ! »» alone on its line: words in
    marks written in capitals within a line of capitals, or alone on their line, are a headline
    or a heading of the page (a dispatch's title glued to its text), not speech quoted there."""
    words = _caps_words_re().findall(inner)
    if len(words) < 2 or not all(w.isupper() for w in words):
        return False
    reach = 200  # a line longer than this is no line a heading stands alone on (and no quadratic search)
    lo, hi = max(0, open_at - reach), close_end + reach
    nl = text.rfind("\n", lo, open_at)
    line_start = nl + 1 if nl >= 0 else (0 if lo == 0 else -1)
    line_end = text.find("\n", close_end, hi)
    if line_end < 0:
        line_end = len(text) if hi >= len(text) else -1
    blank = " \u00a0\u202f\t"
    alone = line_start >= 0 and line_end >= 0 and not text[line_start:open_at].strip(blank) \
        and not text[close_end:line_end].strip(blank)
    if alone:
        return True  # alone on its line
    after = _caps_words_re().findall(text[close_end:close_end + 60])[:3]
    return len(after) == 3 and all(w.isupper() for w in after)


#: Words between a number and the category it counts in marks («12 000 se sont déclarés « … »»,
#: «2 300 lecteurs qui se sont dits « … »»): the crowd, its relative, a reflexive verb of declaring.
_counted_links = lazy_words("prcli.quotations", "counted_links_fr.txt")
_declared = lazy_words("prcli.quotations", "declared_fr.txt")


def counted_category(text: str, toks: list[Tok], k: int) -> bool:
    """«5 200 « inscrits » sur la page», «600 « bonnets » ont défilé», «12 000 se sont
    déclarés « partants »»: a few lowercase words in marks after a number (directly, or past
    a verb of declaring oneself, ``data/counted_links_fr.txt``) are the category counted (a
    label, as on an event page), not words anyone said."""
    j = k - 1
    while j >= 0 and k - j <= 6 and toks[j].kind in ("w", "p") and toks[j].norm in _counted_links():
        j -= 1
    between = {t.norm for t in toks[j + 1:k]}
    if between and not (between & {"se", "s", "s'"} and toks[k - 1].norm in _declared()):
        return False  # («… janvier 2019 sont « suspendues »»: a date, then the verb of a sentence)
    if j < 0 or toks[j].kind != "w" or not re.sub(r"[.,'’]", "", toks[j].norm).isdigit():
        return False  # («18.000», «18'000»: one number token)
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f\u2009«»\"“”")
    return 1 <= len(inner.split()) <= 3 and inner[:1].islower() and inner[-1:] not in ".!?…" \
        and not personal(inner)




def group_genitive(text: str, toks: list[Tok], k: int) -> bool:
    """«la crise des « gilets jaunes »», «d'une initiative des « bonnets verts »»: a plural noun
    phrase in marks after «des» completing a noun that has its own determiner (or is itself the
    complement of a noun, «une journée de mobilisation des « … »») names the group the noun is
    about (the writer's label), not words someone said."""
    if k < 3 or toks[k - 1].norm != "des" or toks[k - 2].kind != "w":
        return False
    noun = toks[k - 2]
    if latin_cap(text, noun) or not noun.norm.replace("'", "").isalpha() or noun.norm in stopwords("fr"):
        return False
    before = toks[k - 3].norm
    if not ((noun.norm.startswith("l'") and len(noun.norm) > 2) or before in _noun_dets()
            or _elided_indefinite(before)
            or (before in fr_de() and not noun.norm.endswith(("er", "ir", "re")))):
        # («d'une initiative des …», «une journée de mobilisation des …», not «de dénoncer des …»)
        return False
    if k + 1 < len(toks) and toks[k + 1].kind == "w" and not latin_cap(text, toks[k + 1]) \
            and toks[k + 1].norm.endswith(("s", "x")) and toks[k + 1].norm not in stopwords("fr"):
        return False  # «le montant des « insupportables » factures»: an adjective of the noun after
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f\u2009«»\"“”")
    words = inner.split()
    return 1 <= len(words) <= 3 and inner[:1].islower() and inner[-1:] not in ".!?…" \
        and words[0].endswith(("s", "x")) and not personal(inner)


#: «…, reconnaît la pharmacienne, en leur …», «…, nuance le politologue Paul X. …»: a reporting verb
#: and its subject set inside the marks, the medium it spoke to or in between them when a determiner
#: opens the subject («…, avertit dans Le Courrier l'avocat X. …», «…, confie à l'AFP la maire …»).
#: Group 1: the verb; group 2: the subject phrase.
@cache
def _inner_noun_incise_re() -> re.Pattern[str]:
    return re.compile(
        r"[,?!]\s+((?:s['’])?[^\W\d_]{3,})\s+"
        r"(?:(?:à|au|dans|sur)\s+(?:l['’]|le\s+|la\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s+"
        r"(?=(?:l['’]|le\s|la\s|les\s|un\s|une\s|cette\s|ce\s|cet\s)[^\W\d_]))?"
        r"((?:(?:l['’]|le\s|la\s|les\s|un\s|une\s|cette\s|ce\s|cet\s)[^\W\d_]|[A-ZÀ-Ý])"
        r"[^,.;:!?«»\"“”()\[\]]{0,70}?)\s*[,.;]\s")


def inner_incise_subject(text: str, start: int, end: int, cues: dict[str, tuple[str, str]]
                         ) -> tuple[int, int] | None:
    """The character range of the subject of a reporting incise written inside the quotation
    marks («On a dû fermer, admet la directrice, parce que …»): the reader takes the speaker
    from it, whatever the sentence around the quotation says. Only listed present-tense cues
    count, so «…, dit-on, …» style pronoun incises and ordinary commas are left alone."""
    for m in _inner_noun_incise_re().finditer(text, start, end):
        verb = m.group(1).lower().replace("’", "'")
        base = verb[2:] if verb.startswith("s'") else verb
        hit = cues.get(verb) or cues.get(base)
        if hit is None or hit[0] != "pres" or m.start() - start < 8:
            continue
        subject = m.group(2)
        if len(subject.split()) > 8 or subject.split()[-1].lower() in _clause_words():
            continue
        return m.start(2), m.start(2) + len(subject)
    return None


#: The last word of «… était écrit :», «… on pouvait lire :» before marks.
_written = lazy_words("prcli.quotations", "written_verbs_fr.txt")


def written_group(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«des parents ont agité des banderoles sur lesquelles était inscrit : « … », « … »», «des
    grévistes arboraient des gilets « … » ou « … »»: words written on a group's banners or
    clothes are the group's. Returns the group (the phrase opening the sentence), or None."""
    m = k - 1
    while m >= 0 and k - m < 30 and (toks[m].kind in ("q", "qb") or toks[m].norm in (",", ":")
                                      or toks[m].norm in fr_conjunctions()):
        m -= 1
    if m < 0 or toks[m].kind != "w":
        return None
    banners = language_words("banners", "fr")
    if toks[m].norm not in banners and toks[m].norm not in _written():
        return None  # (asked before the walk back to the sentence start: most words are neither)
    s = m
    while s > 0 and m - s < 40 and toks[s - 1].kind != "b":
        s -= 1
    if not (toks[m].norm in banners or (toks[m].norm in _written()
                                        and any(t.kind == "w" and t.norm in banners for t in toks[s:m]))):
        return None
    if toks[m].norm in banners:
        # «… au milieu duquel plusieurs grévistes arboraient des gilets « … »»: who wears them
        v = m - 1
        while v > s and toks[v].kind == "w" and toks[v].norm in _dets():
            v -= 1
        wearer = _group_before(text, toks, v) if v > s else None
        if wearer is not None:
            return wearer
    a = _past_place(text, toks, s, m)
    if toks[a].norm not in _dets() and not toks[a].norm[:1].isdigit():
        return None
    e = a + 1
    while e < m and e - a < 7 and toks[e].kind in ("w", "q") and toks[e].norm not in _aux() \
            and not (e - a >= 2 and toks[e].norm.endswith(("aient", "ait")) and not latin_cap(text, toks[e])):
        e += 1
    return (a, e) if e < m and e - a >= 2 else None


#: Words before a marked span that make it a noun phrase of the sentence («aux « gilets jaunes »»).
_label_openers = lazy_words("prcli.quotations", "noun_determiners_fr.txt", "label_prepositions_fr.txt")


def label_written_plainly(text: str, toks: list[Tok], k: int,
                          positions: Callable[[str], list[int]]) -> bool:
    """«… ne ressemblait guère aux « bonnets verts » qui …» in an article that also writes «les
    bonnets verts en Bretagne» without marks: a short noun phrase the writer uses plainly elsewhere
    is the writer's label, not words someone said (whatever verb governs the sentence).
    ``positions`` gives the token indexes of a word (one index per article, see ``resolve``)."""
    if k == 0 or toks[k - 1].kind != "w" or toks[k - 1].norm not in _label_openers():
        return False
    inner = text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f«»\"“”")
    words = [w.lower().replace("’", "'") for w in inner.split()]
    if not 2 <= len(words) <= 3 or not inner[:1].isalpha() or inner[-1:] in ".!?…" or personal(inner):
        return False  # (one word, «une série de « fractures »», may be the speaker's and used again)
    keys = [w.rstrip("s") for w in words]
    for first in {words[0], keys[0], keys[0] + "s"}:
        for m in positions(first):
            # (in running text, after a determiner: not a tweet reproduced in the article)
            if m > 0 and toks[m - 1].kind == "w" and toks[m - 1].norm in _label_openers() \
                    and all(m + n < len(toks) and toks[m + n].kind == "w"
                            and toks[m + n].norm.rstrip("s") == key for n, key in enumerate(keys)):
                return True
    return False


_mention_nouns = lazy_words("prcli.quotations", "mention_nouns_fr.txt")
_mention_verb_nouns = lazy_words("prcli.quotations", "mention_nouns_verbs_fr.txt")
_kind_nouns = lazy_words("prcli.quotations", "kind_nouns_fr.txt")


def named_after_noun(toks: list[Tok], k: int, inner: str) -> bool:
    """«le mot « … »», «sous le nom « … »», «des tenues du type « … »»: marks set right after a
    noun that names a word, a name or a kind (``data/mention_nouns_fr.txt``, and
    ``data/kind_nouns_fr.txt`` after «de»/«du») hold the thing named, whatever verb governs
    the sentence. (A colon between, «ce mot : « … »», announces words said; a sentence after a
    noun of kind, «un message du type « Merci de … »», is an example of words said.)"""
    if k < 1 or toks[k - 1].kind != "w":
        return False
    w = toks[k - 1].norm
    if w in _mention_nouns():
        return True
    if w in _mention_verb_nouns() and k >= 2 and toks[k - 2].kind == "w" \
            and toks[k - 2].norm in _noun_dets():
        return True
    body = inner.strip(" \u00a0\u202f\u2009")
    return w in _kind_nouns() and k >= 2 and toks[k - 2].kind == "w" \
        and toks[k - 2].norm in fr_de_singular() \
        and body[:1].islower() and len(body.split()) <= 3


#: «de», «du», «d'un» …: the words between a noun and its complement in marks (``event_complement``).
_of_words = lazy_words("prcli.quotations", "of_words_fr.txt")
#: Adjectives set between a noun of setting up and its complement («l'ouverture officielle d'un « … »»).
_event_adjectives = lazy_words("prcli.quotations", "event_adjectives_fr.txt")


def event_complement(toks: list[Tok], k: int, inner: str) -> bool:
    """«le lancement officiel du « … »», «l'organisation de la « … »», «l'activation de « … »»: a few
    lowercase words in marks completing a noun of setting up or holding an event or a measure
    (``data/event_nouns_fr.txt``) name that event or measure, not words someone said. Words with
    their own article («la création d'« un lieu plus … »») or a pronoun of speech stay
    someone's."""
    body = inner.strip(" \u00a0\u202f\u2009")
    words = body.lower().replace("’", "'").split()
    if not 1 <= len(words) <= 5 or not body[:1].islower() or body[-1:] in ".!?…" \
            or words[0] in fr_indefinite() or personal(body):
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].kind in ("w", "p") \
            and toks[j].norm.replace("’", "'") in _of_words():
        j -= 1
    if j == k - 1 or j < 0 or toks[j].kind != "w":
        return False  # (no «de» before the marks: «organisation « … »» is an apposition)
    if toks[j].norm in _event_adjectives():
        j -= 1
    return _ends_with_phrase(toks, j + 1, "event_nouns")


def after_hedge(toks: list[Tok], k: int) -> bool:
    """«les zones dites « … »», «un soi-disant « … »»: marks right after a hedge of the writer
    (``data/scare_fr.txt``) are the writer's distance from a word, not anyone's speech."""
    return _ends_with_phrase(toks, k, "scare")


def writers_noun(toks: list[Tok], k: int, inner: str, spoke: bool) -> bool:
    """«un peu « atypique »»: marks after a hedge of the writer (``data/scare_fr.txt``) are the
    writer's, even in the paragraph of someone speaking; so is a short noun phrase with its own
    determiner («a cuisiné « une méga-tartiflette »») in the paragraph of someone who has not
    spoken and is no public figure (``spoke``: a speaker quoting instructions, «dans « la zone
    octroyée »», or a named politician applauding « l'insurrection citoyenne », is quoted)."""
    if after_hedge(toks, k):
        return True
    words = inner.lower().replace("’", "'").split()
    return not spoke and 2 <= len(words) <= 3 \
        and ((words[0] in _noun_dets() and words[0] != "d'") or words[0].startswith("l'"))


def participle_opening(word: str) -> bool:
    """«Interrogé», «Interrogée», «Sollicitant»: a participle opening a sentence is no first name
    (unless it is a known given name, «René», «Noé»)."""
    return word.endswith(("é", "ée", "és", "ées", "ant")) and len(word) > 4 and given_name_gender(word) == "?"


#: Subject pronouns (also glued to «qu'») and the gender or number they give.
_colon_pronouns = lazy_pairs("prcli.quotations", "colon_pronouns_fr.tsv")


def colon_pronoun(toks: list[Tok], k: int) -> str | None:
    """«Interrogé par la radio, il a été clair : « … »», «Le souvenir qu'elle en garde est vif :
    « … »»: the gender of a subject pronoun in the sentence that a colon closes right before
    quotation ``k`` (the first such pronoun), else None. The pronoun means the person the
    reader follows, like a pronoun incise."""
    if k < 2 or toks[k - 1].norm != ":":
        return None
    m = k - 2
    found: str | None = None
    while m >= 0 and k - m < 40 and toks[m].kind not in ("b", "q"):
        g = _colon_pronouns().get(toks[m].norm) if toks[m].kind == "w" else None
        if g is not None:
            found = g
        m -= 1
    return found




def incise_after_words(text: str, toks: list[Tok], i: int, end: int | None = None) -> bool:
    """«…, estime Paul X, directeur …», «…, a déclaré le ministre.»: a reporting verb set off by
    a comma after unmarked words, followed by its subject (a capitalised name or a determiner),
    not by «que» (an incise inverts the subject; «…, estime que …» does not)."""
    b = i - 1
    if b >= 1 and toks[b].kind == "w" and toks[b].norm in _incise_aux():
        b -= 1
    if b < 1 or toks[b].norm != "," or toks[b - 1].kind != "w" or i + 1 >= len(toks) \
            or latin_cap(text, toks[b - 1]):
        return False  # («L'exploitant, Vinci Autoroutes, a évalué …»: an apposition, then the verb)
    i = i if end is None else end - 1  # «…, a fait valoir Karim»: the verb may be several words
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    # the inverted subject is a name, not the verb's object («…, observent les fermetures», «…,
    # annonce une mobilisation») nor a description cut short («…, affirme le chef du Parti X»)
    if nxt.kind != "w" or not latin_cap(text, nxt) or nxt.norm in stopwords("fr"):
        return False
    for t in toks[i + 2:i + 12]:
        if t.kind in ("q", "qb"):
            return False  # «…, a évalué le coût à « … »»: the verb's object, not an inverted subject
        if t.kind == "b" or t.norm in (",", ".", ";", ":"):
            return True
    return False


_called_objects = lazy_words("prcli.quotations", "called_objects_fr.txt")


def calls_it(toks: list[Tok], k: int) -> bool:
    """«Ils appellent cela « la cabane des oubliés »», «on surnomme ça « la ruche »»: a verb
    of calling with a demonstrative object gives a name to a thing; the marks hold that name."""
    if k < 2 or toks[k - 1].kind != "w" or toks[k - 1].norm not in _called_objects():
        return False
    verb = toks[k - 2]
    return verb.kind == "w" and verb.norm.startswith(("appel", "surnomm", "baptis", "nomm"))


def colon_clause_subject(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«Dans la soirée, Bercy tranche : les taxes ne sont ni « gelées » ni
    « réduites »»: marks after a colon in a sentence whose clause before the colon opens (past a
    fronted phrase set off by a comma) with a name and its verb are that name's words. Returns
    the name's token range, else None."""
    c = k - 1
    while c >= 0 and k - c < 30 and toks[c].kind not in ("b",) and toks[c].norm != ":":
        c -= 1
    if c < 1 or toks[c].norm != ":":
        return None
    s = c - 1
    while s > 0 and c - s < 30 and toks[s - 1].kind != "b":
        s -= 1
    if toks[s].kind != "w":
        return None
    if s + 1 < c and toks[s].norm in language_words("sentence_adverbials", "fr"):
        s += 1 + (toks[s + 1].norm == ",")  # «Alors Robert, …, s'interpose : « … »»
    topic = _topic_name(text, toks, s, c)
    if topic is not None:
        return topic
    if not latin_cap(text, toks[s]) or toks[s].norm in language_words("fronted_prepositions", "fr") \
            or past_fronted_noun(text, toks, s, c) != s:
        m = s
        while m < c and m - s < 10 and toks[m].norm != ",":
            m += 1
        if m >= c - 1 or toks[m].norm != ",":
            return None
        s = m + 1
    described = _role_and_name(text, toks, s, c) \
        or _role_and_name(text, toks, past_fronted_noun(text, toks, s, c), c) \
        or _role_comma_name(text, toks, s, c)
    if described is not None:
        return described  # «Ancien policier, le conseiller national Paul X (PLR) a regardé … :»
    someone = _described_subject(toks, s, c)
    if someone is not None:
        return someone
    e = s
    while e < c and e - s < 4 and toks[e].kind == "w" \
            and (latin_cap(text, toks[e]) or _elided_cap(text, toks[e])) \
            and (e > s or toks[e].norm not in stopwords("fr")):
        e += 1
    v = _past_apposition(text, toks, e, c) if e > s else e
    if e == s or v >= c or toks[v].kind != "w" or latin_cap(text, toks[v]) or toks[v].norm in stopwords("fr"):
        return None
    return (s, e)


def _described_subject(toks: list[Tok], s: int, c: int) -> tuple[int, int] | None:
    """«…, une infirmière tenant une bougie devant la mairie a bien résumé l'enjeu : « … »»: a
    person described by an article and a person noun, then a participle phrase of up to fifteen
    words, is the subject of the auxiliary that follows it, before the colon at ``c``."""
    if s + 2 >= c or toks[s].norm not in fr_indefinite() \
            or toks[s + 1].norm not in language_words("people", "fr"):
        return None
    v = s + 2
    while v < c and v - s < 16 and toks[v].kind == "w" and toks[v].norm not in _aux() \
            and toks[v].norm not in _clause_words():
        v += 1
    if v >= c or toks[v].norm not in _aux() or not any(t.norm.endswith("ant") for t in toks[s + 2:v]):
        return None  # (a participle describes the person: «portant», «venant»)
    return (s, v)


def past_fronted_noun(text: str, toks: list[Tok], s: int, c: int) -> int:
    """«Ancien policier, le conseiller …», «Fine connaisseuse du dossier, la députée …»: a
    capitalised word that is no given name and a few lowercase words set off by a comma open the
    sentence (an apposition fronted before the subject). Returns the token after that comma, else
    ``s`` (before the colon at ``c``)."""
    if not latin_cap(text, toks[s]) or given_name_gender(toks[s].norm) != "?":
        return s
    m = s + 1
    while m < c and m - s <= 5 and toks[m].kind == "w" and not latin_cap(text, toks[m]):
        m += 1
    return m + 1 if s + 1 < m < c - 1 and toks[m].norm == "," else s


def _role_and_name(text: str, toks: list[Tok], s: int, c: int) -> tuple[int, int] | None:
    """«le conseiller national Paul X (PLR/GE) a regardé …», «la députée Anne Y était …»: a
    definite article, a few lowercase words of role and a full name (two capitalised words or
    more, then perhaps a bracket), followed by a lowercase verb before the colon at ``c``. Returns
    the phrase from the article to the end of the name, else None."""
    w = toks[s].norm
    if not (w in fr_le_la() or (w.startswith("l'") and len(w) > 2)) or s + 1 >= c:
        return None
    m = s + 1 if w in fr_le_la() else s
    if w.startswith("l'") and text[toks[s].start + 2:toks[s].start + 3].isupper():
        return None  # «L'Élysée …»: a body's name, read elsewhere
    a = m
    while m < c and m - a < 5 and toks[m].kind == "w" and not latin_cap(text, toks[m]):
        m += 1
    if m == a and w in fr_le_la():
        return None
    e = m
    while e < c and e - m < 4 and toks[e].kind == "w" and latin_cap(text, toks[e]) \
            and toks[e].norm not in stopwords("fr"):
        e += 1
    if e - m < 2 or e >= c:
        return None
    v = e
    if toks[v].norm == "(":
        v = next((x + 1 for x in range(v + 1, min(c, v + 8)) if toks[x].norm == ")"), c)
    if v >= c or toks[v].kind != "w" or latin_cap(text, toks[v]) \
            or (toks[v].norm in stopwords("fr") and toks[v].norm not in _aux()):
        return None  # (the verb may be an auxiliary or «était»: «la députée X était à Paris :»)
    return (s, e)


#: How many tokens a role set off before the name may hold («un des ténors de la majorité»).
_ROLE_TOKENS = 10


def _role_comma_name(text: str, toks: list[Tok], s: int, c: int) -> tuple[int, int] | None:
    """«un des ténors de la majorité, Paul X, s'alarmait … :»: a role opened by a determiner,
    a comma, a full name (two capitalised words or more) set off by commas, then a lowercase verb
    before the colon at ``c``. Returns the name's token range, else None."""
    w = toks[s].norm
    if toks[s].kind != "w" or not (w in _noun_dets() or w.startswith("l'") or _elided_indefinite(w)):
        return None
    m = next((x for x in range(s + 1, min(c, s + _ROLE_TOKENS)) if toks[x].kind != "w"), c)
    if m >= c - 1 or toks[m].norm != "," or m == s + 1:
        return None
    a = e = m + 1
    while e < c and e - a < 4 and toks[e].kind == "w" and latin_cap(text, toks[e]) \
            and toks[e].norm not in stopwords("fr"):
        e += 1
    if e - a < 2 or e + 1 >= c or toks[e].norm != ",":
        return None
    v = toks[e + 1]
    if v.kind != "w" or latin_cap(text, v) or (v.norm in stopwords("fr") and v.norm not in _aux()):
        return None
    return (a, e)


#: How many words may open a sentence before «chez» («Même son de cloche chez X»).
_TOPIC_OPENING = 4
#: How many words a topic phrase may hold («pour la conseillère nationale Anne X»).
_TOPIC_WORDS = 8


def _topic_name(text: str, toks: list[Tok], s: int, c: int) -> tuple[int, int] | None:
    """«Enfin, pour Benjamin X (PDC), cela doit servir d'exemple : « … »», «Même refrain chez
    Stéphane X, maire de Sevran : « … »»: a person set as the sentence's topic by «pour» (whose
    view it is) or «chez» (whose side it is) near its start, the phrase closed by a comma, a
    bracket or the colon, and ending with a capitalised name: the words after the colon are that
    person's. Returns the phrase after the preposition, else None."""
    p = next((m for m in range(s, min(c, s + _TOPIC_OPENING + 1))
              if toks[m].norm in language_words("topic_prepositions", "fr")), None)
    if p is None or (p > s and toks[p].norm != "chez"):
        return None
    e = p + 1
    while e < c and e - p <= _TOPIC_WORDS and toks[e].kind == "w":
        e += 1
    if e == p + 1 or e - p > _TOPIC_WORDS or toks[e].norm not in (",", "(", ":") \
            or not latin_cap(text, toks[e - 1]) or toks[e - 1].norm in stopwords("fr"):
        return None
    return (p + 1, e)


def _past_apposition(text: str, toks: list[Tok], e: int, c: int) -> int:
    """«Gérard, le frère de Lucie, s'avance»: the token after an apposition set off by commas
    right after a name (at most 12 tokens, before the colon at ``c``), else ``e``."""
    if toks[e].norm != ",":
        return e
    m = next((m for m in range(e + 1, min(c, e + 13)) if toks[m].norm == ","), None)
    if m is None or any(t.kind not in ("w", "p") for t in toks[e + 1:m]):
        return e
    return m + 1


def colon_one_of(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«L'un d'entre eux, ancien facteur : « … »», «L'un d'eux, étudiant : « … »»: a
    sentence made of «l'un(e)» (one of the people just met), its description and a colon before
    the marks at ``k``; that whole phrase speaks (not «L'une» read as a given name)."""
    c = k - 1
    if c < 1 or toks[c].norm != ":":
        return None
    s = c - 1
    while s > 0 and c - s < 9 and toks[s - 1].kind not in ("b", "q"):
        s -= 1
    if toks[s].norm in _one_of() and (s == 0 or toks[s - 1].kind in ("b", "q")) and c - s >= 2:
        return (s, c)
    return None


def _elided_cap(text: str, t: Tok) -> bool:
    """«l'Elysée», «d'Eric»: an elided article or preposition glued to a capitalised name."""
    return t.end - t.start > 3 and text[t.start] in "lLdD" and text[t.start + 1] in "'’" \
        and text[t.start + 2].isupper()


def addressee_then_colon(toks: list[Tok], i: int) -> bool:
    """«Une passante crie aux cyclistes arrêtés au feu : « … »»: the verb at ``i`` is followed
    by the person spoken to («à …», «aux …», at most eight words) and a colon right before the
    marks, so it introduces them as surely as a colon straight after it would."""
    n = len(toks)
    if i + 1 >= n or toks[i + 1].kind != "w" or toks[i + 1].norm not in fr_addressee_prepositions():
        return False
    m = i + 2
    while m < n and m - i <= 9 and toks[m].kind == "w":
        m += 1
    return m > i + 2 and m + 1 < n and toks[m].norm == ":" and toks[m + 1].kind == "q"


def relative_names_marks(toks: list[Tok], i: int, dets: frozenset[str]) -> bool:
    """«…, a expliqué un porte-parole qui a évoqué des « rixes violentes »»: a verb that reports
    speech only in an incise still reports the words in marks right after its article when
    «qui» and an auxiliary open it: the one just described said them (not «il lance un « … »»)."""
    n = len(toks)
    return i >= 2 and toks[i - 2].norm == "qui" and toks[i - 1].norm in _incise_aux() \
        and i + 2 < n and toks[i + 1].norm in dets and toks[i + 2].kind == "q"


_named_heads = lazy_words("prcli.quotations", "named_heads_fr.txt")
#: How many words a name set after its noun may hold («le collectif « … »»).
_NAME_WORDS = 12


def name_after_head(text: str, toks: list[Tok], k: int, inner: str) -> bool:
    """«selon l'association militante « Parlons-en »», «la page Facebook « … »», «l'article « … »»,
    «(opérations « … »)»: marks right after a noun of a body, a page or a work
    (``data/named_heads_fr.txt``) with its determiner, one qualifier perhaps between, hold that
    thing's name, not words someone said, whatever verb governs the sentence. (A word or two of
    evaluation after an indefinite article, «un groupe « très violent »», stays the writer's or
    someone's judgment.)"""
    body = inner.strip(" \u00a0\u202f\u2009")
    words = body.split()
    if not 1 <= len(words) <= _NAME_WORDS or k < 2 or toks[k - 1].kind != "w":
        return False
    head = k - 1
    w = toks[head].norm
    if w.startswith(("l'", "d'")) and w[2:] in _named_heads():
        return True  # «l'article « … »», «l'atelier « … »»: the article is glued to the noun
    if w not in _named_heads() and k >= 4 and toks[k - 2].kind == "w" \
            and toks[k - 2].norm in fr_topic_links() \
            and toks[k - 3].kind == "w" and toks[k - 3].norm in _named_heads() \
            and toks[k - 1].norm.isalpha() and toks[k - 1].norm not in stopwords("fr"):
        head = k - 3  # «la pétition en ligne « … »», «le groupe sur Facebook « … »»
    elif w not in _named_heads():
        head -= 1  # «le collectif militant « … »», «la page Facebook « … »»
        if toks[head].kind != "w" or toks[head].norm not in _named_heads() \
                or toks[k - 1].norm in stopwords("fr") or not toks[k - 1].norm.isalpha() \
                or toks[k - 1].norm in lexicon("fr").cues:
            return False  # (a verb between governs the marks: «une pétition réclamant « … »»)
    if head < 1:
        return False
    det = toks[head - 1]
    if det.kind == "p" and det.norm == "(":
        return True  # «(opérations « … »)»: a noun opening a bracket is no verb
    if det.kind != "w" or not (det.norm in _noun_dets() or _elided_indefinite(det.norm)):
        return False  # (a noun, not a verb: «rendre compte « … »»)
    indefinite = det.norm in fr_indefinite() or _elided_indefinite(det.norm)
    return not (indefinite and body[:1].islower() and len(words) <= 2)


def body_name_in_marks(text: str, toks: list[Tok], k: int) -> bool:
    """«le collectif « Vergers vivants »», «un groupe Facebook « paysans en colère »»: the marks at
    token ``k`` name the body or page whose noun stands before them (``name_after_head``; after an
    indefinite article too when a capitalised qualifier, a platform, stands between), so they
    belong to the phrase naming who speaks."""
    t = toks[k]
    if t.kind != "q" or k < 2:
        return False
    inner = text[t.start + 1:t.end - 1]
    if name_after_head(text, toks, k, inner):
        return True
    if k < 3:
        return False
    qualifier, head, det = toks[k - 1], toks[k - 2], toks[k - 3]
    return qualifier.kind == "w" and text[qualifier.start].isupper() and qualifier.norm.isalpha() \
        and head.kind == "w" and head.norm in _named_heads() \
        and det.kind == "w" and det.norm in fr_indefinite()


_event_names = lazy_words("prcli.quotations", "event_names_fr.txt")
#: Determiners after which marked words naming an event are that event's name.
_event_dets = lazy_words("prcli.quotations", "event_determiners_fr.txt")
#: How many words an event's name in marks may hold («le « grand débat national »»).
_EVENT_WORDS = 5


def event_name(text: str, toks: list[Tok], k: int, inner: str) -> bool:
    """«misant sur le « grand forum régional »», «ne participera pas au « forum citoyen »», «le
    prochain « grand forum »»: lower-case words in marks without an article of their own, headed
    (first or second word) by a noun of an event (``data/event_names_fr.txt``), after a definite
    determiner (one adjective perhaps between) name that event, not words someone said. (After an
    indefinite article, «une « concertation de terrain »», they may be the words of whoever
    announced it.)"""
    body = inner.strip(" \u00a0\u202f\u2009")
    words = body.lower().replace("’", "'").split()
    if not 1 <= len(words) <= _EVENT_WORDS or not body[:1].islower() or body[-1:] in ".!?…" \
            or words[0] in _noun_dets() or words[0].startswith(("l'", "d'")) \
            or not any(w in _event_names() for w in words[:2]):
        return False
    j = k - 1
    if j >= 1 and toks[j].kind == "w" and toks[j].norm not in _event_dets() \
            and toks[j - 1].kind == "w" and toks[j - 1].norm in _event_dets() \
            and toks[j].norm.isalpha() and not latin_cap(text, toks[j]) \
            and toks[j].norm not in stopwords("fr"):
        j -= 1  # «le prochain « … »»
    return j >= 0 and toks[j].kind == "w" and toks[j].norm in _event_dets()


_urging_verbs = lazy_words("prcli.quotations", "urging_verbs_fr.txt")
#: Plural determiners of the people a verb of urging calls on («appelant les « … » à …»).
_addressee_dets = lazy_words("prcli.quotations", "addressee_determiners_fr.txt")


def urged_group(toks: list[Tok], k: int) -> bool:
    """«…, appelant les « bonnets verts » à faire de même», «a invité les « … » à rester chez eux»:
    marks between a verb of calling on or urging (``data/urging_verbs_fr.txt``) with its plural
    determiner and «à» + an infinitive hold the people called on (their group's label), not words
    someone said (the verb's words are what it urges, after «à»)."""
    if k < 2 or k + 2 >= len(toks) or toks[k - 1].norm not in _addressee_dets() \
            or toks[k - 2].kind != "w" or toks[k - 2].norm not in _urging_verbs():
        return False
    verb = toks[k + 2]
    return toks[k + 1].norm == "à" and verb.kind == "w" \
        and verb.norm.endswith(("er", "ir", "re", "oir"))  # an infinitive («être», «faire» too)


_people_labels = lazy_words("prcli.quotations", "people_labels_fr.txt")
_people_label_openers = lazy_words("prcli.quotations", "noun_determiners_fr.txt", "label_prepositions_fr.txt",
                                   "count_words_fr.txt", "people_label_openers_fr.txt")


def _marked_inner(text: str, toks: list[Tok], k: int) -> str:
    return text[toks[k].start + 1:toks[k].end - 1].strip(" \u00a0\u202f\u2009«»\"“”")


def people_label(text: str, toks: list[Tok], k: int) -> bool:
    """«aux « zadistes »», «huit « porte-parole » des grévistes», «un rassemblement de « gilets
    jaunes »»: the plain name of a group of people or of their role (``data/people_labels_fr.txt``)
    in marks after a determiner, a number or a preposition is a noun phrase of the writer's
    sentence (a term), whatever reporting verb or named speaker is near."""
    if k == 0 or toks[k - 1].kind != "w":
        return False
    before = toks[k - 1].norm
    if before not in _people_label_openers() and not before.isdigit():
        return False
    inner = " ".join(_marked_inner(text, toks, k).lower().replace("’", "'").split())
    return inner in _people_labels()


_recurrence = lazy_words("prcli.quotations", "recurrence_adjectives_fr.txt")


def recurring_name(text: str, toks: list[Tok], k: int) -> bool:
    """«une nouvelle « marée jaune »», «un énième « samedi noir »»: a few lowercase words in
    marks after an article and an adjective of recurrence (``data/recurrence_adjectives_fr.txt``)
    name another of a known kind of thing (a term), not words said («de nouveau « … »», an
    adverb, has no article)."""
    if k < 2 or toks[k - 1].norm not in _recurrence() or toks[k - 2].norm not in _noun_dets():
        return False
    inner = _marked_inner(text, toks, k)
    return 1 <= len(inner.split()) <= 3 and inner[:1].islower() and inner[-1:] not in ".!?…,;:" \
        and not personal(inner)


_judged = lazy_words("prcli.quotations", "judged_participles_fr.txt")


def passive_agent(text: str, toks: list[Tok], k: int) -> tuple[tuple[int, int], str] | None:
    """«une mesure jugée « injuste » par des élus», «qualifiée de « … » par la maire»: marks
    right after a participle of judging or naming (``data/judged_participles_fr.txt``, «de» may
    come between) and followed by «par» and a noun phrase or a name are the words of that agent.
    Returns the agent's token range and the participle, or None."""
    j = k - 1
    if j >= 1 and toks[j].norm in fr_judged_links():
        j -= 1
    if j < 0 or toks[j].kind != "w" or toks[j].norm not in _judged():
        return None
    if k + 2 >= len(toks) or toks[k + 1].norm != "par":
        return None
    a = k + 2
    first = toks[a]
    if first.kind != "w" or not (first.norm in _agent_dets() or latin_cap(text, first)
                                 or (first.norm.startswith("l'") and len(first.norm) > 2)):
        return None
    e = a + 1
    while e < len(toks) and e - a < 8 and toks[e].kind in ("w", "q") and toks[e].norm not in _clause_words():
        e += 1
    if first.norm in _agent_dets() and e - a < 2:
        return None
    return (a, e), toks[j].norm


def same_source(toks: list[Tok], k: int) -> bool:
    """«« … », a-t-on précisé de même source»: past a few time words from token ``k`` (the end of
    an impersonal incise), a phrase that points back to the source quoted just before."""
    n = len(toks)
    while k < n - 1 and toks[k].kind == "w" and toks[k].norm in calendar_words():
        k += 1  # «a-t-on ajouté dimanche de même source»
    for ph in _phrases("same_source"):
        if k + len(ph) <= n and all(toks[k + m].kind == "w" and toks[k + m].norm.replace("’", "'") == w
                                    for m, w in enumerate(ph)):
            return True
    return False


_documents = lazy_words("prcli.quotations", "documents_fr.txt")
_reading_preps = lazy_words("prcli.quotations", "reading_prepositions_fr.txt")


def document_reading(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«« … », peut-on lire dans le rapport d'expertise dont …»: words read in a document
    (a noun of ``documents_fr.txt`` after «sur»/«dans» and its determiner) are that document's;
    returns the document's phrase (up to a relative word or punctuation, six words past its noun);
    also a page or a group online («sur l'un des groupes en ligne du collectif»)."""
    n = len(toks)
    j = k + 1
    while j < n and toks[j].norm == ",":
        j += 1
    for phrase in phrases("reading_phrases_fr.txt"):
        if not all(j + m < n and toks[j + m].norm == w for m, w in enumerate(phrase)):
            continue
        p = j + len(phrase)
        if p + 2 >= n or toks[p].norm not in _reading_preps():
            return None
        a = p + 1
        if a + 3 < n and toks[a].norm in _one_of() and toks[a + 1].norm in ("des", "de"):
            # «sur l'un des groupes en ligne du collectif»: one of several places it was written
            d = a + 2 + (toks[a + 1].norm == "de" and toks[a + 2].norm in _possessives())
        else:
            d = a + 1 if toks[a].norm in _dets() or toks[a].norm in _possessives() else a
        if d == a and toks[a].norm.startswith("l'") and toks[a].norm[2:] in _documents():
            d = a  # «dans l'arrêté»
        elif d >= n or toks[d].kind != "w" or toks[d].norm not in _documents():
            return None
        e = d + 1
        while e < n and e - d < 6 and toks[e].kind == "w" and toks[e].norm not in _clause_words():
            e += 1
        return (a, e)
    return None


_shout_verbs = lazy_words("prcli.quotations", "shout_verbs_fr.txt")


def shouted_words(toks: list[Tok], k: int) -> bool:
    """«aux cris de « … »», «qui scandaient « … »», «une foule hurlant « … »»: the quotation at ``k``
    holds words shouted or chanted (a whole utterance, however short)."""
    return _ends_with_phrase(toks, k, "chants") \
        or (k > 0 and toks[k - 1].kind == "w" and toks[k - 1].norm in _shout_verbs())


def shouting_group(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """«la charge d'une bande de 15 à 40 supporters qui hurlaient « … »», «des lycéens qui ont
    scandé « … »»: words a group shouts, in a relative right before the quotation at ``k``; the
    antecedent of «qui» (a determiner or a number, then a plural of people, ten words at most)
    speaks them. Returns its token range, or None."""
    v = k - 1
    while v >= 0 and toks[v].kind == "w" and toks[v].norm.endswith("ment") and len(toks[v].norm) > 6:
        v -= 1  # «qui criaient encore», «qui scandaient joyeusement»
    if v < 2 or toks[v].kind != "w" or toks[v].norm not in _shout_verbs():
        return None
    q = v - 1
    while q >= 0 and toks[q].kind == "w" and toks[q].norm in _aux():
        q -= 1
    if q < 1 or toks[q].norm != "qui":
        return None
    e = q - 1
    if toks[e].kind != "w" or not toks[e].norm.endswith(("s", "x")):
        return None  # a plural noun closes the group
    a = e
    while a > 0 and e - a < 10 and toks[a - 1].kind == "w" and toks[a - 1].norm not in _clause_words():
        a -= 1
    people = language_words("people", "fr")
    while a <= e and not (toks[a].norm in _dets() or _elided_indefinite(toks[a].norm)
                          or toks[a].norm[:1].isdigit()):
        a += 1
    if a > e or not any(t.norm in people or t.norm.rstrip("sx") in people for t in toks[a:e + 1]):
        return None
    last_det = max((m for m in range(a + 1, e) if toks[m].norm in _dets()
                    and toks[m + 1].norm.endswith(("s", "x"))), default=None)
    if last_det is not None:
        a = last_det  # «sous les huées des grévistes qui scandent « … »»: the people, not the noise
    if _elided_indefinite(toks[a].norm):
        a += 1  # «d'un groupe de …»: the group without the preposition glued to its article
    return (a, e + 1) if a <= e else None


_lookalikes = lazy_words("prcli.quotations", "infinitive_lookalikes_fr.txt")
_spelled_infinitives = lazy_words("prcli.quotations", "infinitive_endings_fr.txt")
_infinitive_objects = lazy_words("prcli.quotations", "infinitive_objects_fr.txt")
#: Endings of nouns and adjectives, not infinitives («colère», «nécessaire», «fracture»,
#: «chambre», «guerre»): the few verbs with them are spelled in ``infinitive_endings_fr.txt``.
_NOT_INFINITIVE_ENDINGS = ("ère", "aire", "oire", "ure", "rre", "bre", "cre", "gre", "pre", "tre")


def infinitive(word: str) -> bool:
    """Whether a lower-case French word reads as an infinitive («stopper», «vivre», «choisir»)."""
    if word in _spelled_infinitives():
        return True
    if len(word) < 4 or word in _lookalikes() or not word.endswith(("er", "ir", "re", "oir")):
        return False
    return not word.endswith(_NOT_INFINITIVE_ENDINGS)


def verb_phrase(inner: str) -> bool:
    """«« stopper le Portugal »», «« organiser des réunions »», «« vivre avec peu »»: marked words
    opening with an infinitive and its object or complement are a piece of what someone said or
    wrote (a writer marks a noun as a term, hardly a verb with its object). Lower case only: a
    capital opens a title («« Bouger plus »»)."""
    words = inner.split()
    if len(words) < 2 or not words[0][:1].islower() or any(c.isdigit() for c in inner):
        return False
    second = words[1].lower().replace("’", "'")
    second = second[:2] if second.startswith("l'") else second
    return infinitive(words[0].lower()) and second in _infinitive_objects()


def so_called(text: str, toks: list[Tok], k: int, inner: str) -> bool:
    """«son taux dit « normal »», «le régime dit « spécial »»: «dit» right after a noun that names
    no person (a determiner before it) is the participle «so-called», not a verb of saying; the
    one word in marks after it is the name the thing goes by («dite», «dits», «dites» are read as
    hedges elsewhere)."""
    body = inner.strip(" \u00a0\u202f\u2009")
    if k < 3 or " " in body or not body[:1].islower():
        return False
    verb, noun, det = toks[k - 1], toks[k - 2], toks[k - 3]
    return verb.kind == "w" and verb.norm == "dit" and noun.kind == "w" and det.kind == "w" \
        and text[noun.start:noun.start + 1].islower() and det.norm in _noun_dets() \
        and noun.norm not in language_words("people", "fr")
