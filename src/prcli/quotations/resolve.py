"""Building the register of people and turning a speaker phrase into one canonical name."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from prcli.quotations import arabic_labels
from prcli.quotations.lexicon import (
    Lexicon,
    abbreviated_titles,
    age_units,
    ar_according_lam,
    ar_adverbial_heads,
    ar_and_he_she,
    ar_attached_pronouns,
    ar_auxiliaries,
    ar_before_al_name,
    ar_body_heads_definite,
    ar_cue_verb_word,
    ar_description_owners,
    ar_documents,
    ar_event_titles,
    ar_fronted_openers,
    ar_gathering_participants,
    ar_hearers,
    ar_kana,
    ar_kin_owned,
    ar_kin_word,
    ar_kinship,
    ar_kunya,
    ar_latter,
    ar_mister,
    ar_name_al,
    ar_name_glue,
    ar_name_objects,
    ar_name_tail_complements,
    ar_nasab,
    ar_not_nouns,
    ar_office_heads,
    ar_origin_nouns,
    ar_origin_tails,
    ar_person_head,
    ar_place_nouns,
    ar_prepositions,
    ar_pronoun_prepositions,
    ar_source_place_prepositions,
    ar_stops,
    ar_that_an,
    ar_vague,
    ar_works,
    before_place_names,
    definite_articles,
    en_of,
    en_works_for,
    fr_auxiliaries,
    fr_beside,
    fr_body_articles,
    fr_clause_subject_pronouns,
    fr_de,
    fr_definite,
    fr_definite_all,
    fr_definite_words,
    fr_demonstratives,
    fr_feminine_determiners,
    fr_feminine_gender_determiners,
    fr_gender_determiners,
    fr_indefinite,
    fr_le_la,
    fr_of_them,
    fr_participle_endings,
    fr_president,
    fr_role_attachments,
    fr_singular_demonstratives,
    indefinite_articles,
    language_words,
    lexicon,
    of_de_du_elided,
    of_de_elided,
    one_of,
    phrases,
)
from prcli.quotations.lexicon import ar_body_heads as _ar_bodies
from prcli.quotations.lexicon import ar_common_noun_titles as _ar_common_noun_titles
from prcli.quotations.lexicon import ar_courtesy_titles as _ar_courtesy
from prcli.quotations.lexicon import ar_description_adjectives as _ar_description_adjectives
from prcli.quotations.lexicon import ar_masculine_titles_in_teh as _ar_masc_in_h
from prcli.quotations.lexicon import ar_name_openers as _ar_name_openers
from prcli.quotations.lexicon import ar_naming_words as _ar_naming_words
from prcli.quotations.lexicon import ar_not_subjects as _ar_not_subjects
from prcli.quotations.lexicon import ar_office_time_adjectives as _ar_time_adj
from prcli.quotations.lexicon import ar_one_of as _ar_one_of
from prcli.quotations.lexicon import ar_title_adjectives as _ar_title_adj
from prcli.quotations.lexicon import ar_vague_heads as _ar_vague
from prcli.quotations.lexicon import en_documents as _en_documents
from prcli.quotations.lexicon import fr_name_particles as _latin_glue
from prcli.quotations.lexicon import fr_plural_determiners as _fr_plural_det
from prcli.quotations.lexicon import fr_stressed_pronouns as _fr_stressed
from prcli.quotations.people import (
    Person,
    Register,
    _ar_god_names,
    ar_edge_particle,
    ar_name_end,
    ar_name_end_spelled,
    ar_name_token,
    ar_nation_word,
    ar_nisba,
    ar_on_its_behalf,
    ar_outlet_ends,
    ar_quantity_word,
    ar_role_after_name,
    ar_spelled_name_word,
    ar_stem,
    ar_telling_verb,
    ar_time_given_name,
    before_object,
    latin_cap,
    latin_stem,
    stopwords,
    word_stems,
)
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_pairs, lazy_words, table

# Word lists that functions here read through folded_words (review22): one constant each, folded
# as tokens are.
_ar_closing_time_words = lazy_words("prcli.quotations", "closing_time_words_ar.txt", convert=normalize)
_ar_given_names_al = lazy_words("prcli.quotations", "given_names_al_ar.txt", convert=normalize)
_ar_role_breaks = lazy_words("prcli.quotations", "role_breaks_ar.txt", convert=normalize)
_fr_expert_nouns = lazy_words("prcli.quotations", "expert_nouns_fr.txt", convert=normalize)
_fr_leader_nouns = lazy_words("prcli.quotations", "leader_nouns_fr.txt", convert=normalize)
_fr_public_offices = lazy_words("prcli.quotations", "public_offices_fr.txt", convert=normalize)

_ar_fem_hon = lazy_words("prcli.quotations", "feminine_titles_ar.txt")


def _ar_fem_title(w: str) -> bool:
    """A feminine title: listed, or a definite title noun with ة («الممثلة», «المطربة»)."""
    return w in _ar_fem_hon() or (w.startswith("ال") and w.endswith("ه") and w not in _ar_masc_in_h())


def _ar_masc_title(w: str, lex: Lexicon) -> bool:
    """A masculine title whose feminine (with ة) is a title too: «الوزير» (الوزيرة), «الدكتور»,
    «الشيخ», «السيد»; not «الداعية», nor a title with no feminine the list knows."""
    return w.startswith("ال") and not w.endswith("ه") and w + "ه" in lex.honorifics


_en_fem = lazy_words("prcli.quotations", "feminine_honorifics_en.txt", "feminine_honorifics_fr.txt")
_en_masc = lazy_words("prcli.quotations", "masculine_honorifics_en.txt", "masculine_honorifics_fr.txt")
#: Pronouns that are never the subject of a verb: alone they refer back, but they open no clause.
_object_pronouns = lazy_words("prcli.quotations", "object_pronouns_en.txt", "object_pronouns_fr.txt")
#: Words opening a noun phrase (a description: "des manifestants", "a spokesman", "plusieurs élus").
_any_det = lazy_words("prcli.quotations", "description_openers_en.txt", "description_openers_fr.txt")
_latin_det = lazy_words("prcli.quotations", "determiners_en.txt", "determiners_fr.txt")
#: How many recent speakers a description or pronoun may refer back to (keeps lookups bounded).
_RECENT = 40
#: How far back (characters) a pronoun finds its referent among the speakers without doubt.
_NEAR = 2000
#: Arabic nouns of places, prizes and bodies named after a person (folded).
_ar_named_places = lazy_words("prcli.quotations", "named_places_ar.txt", convert=normalize)
#: Words that may stand inside a body's name after its head («حزب العدالة والتنمية»).
_ar_name_parts = lazy_words("prcli.quotations", "body_name_parts_ar.txt")
#: Arabic media nouns (folded): an outlet relays others' words; a later «وأضاف» is not its own.
_ar_media = lazy_words("prcli.quotations", "media_nouns_ar.txt")
#: «صاحب», «صاحبة»: "owner of", opening a courtesy phrase («صاحب السمو الملكي»; folded).
_ar_courtesy_owners = lazy_words("prcli.quotations", "courtesy_owners_ar.txt")
#: Prepositions linking a person to the body they work for: role words before them are not the body's.
_works_for = lazy_words("prcli.quotations", "works_for_en.txt", "works_for_fr.txt")
_place_prep = lazy_words("prcli.quotations", "place_prepositions_en.txt", "place_prepositions_fr.txt")
_bodies = lazy_words("prcli.quotations", "bodies_en.txt", "bodies_fr.txt")
#: "its", "their": a document they open was written by the body the article is about.
_en_owning = lazy_words("prcli.quotations", "owning_determiners_en.txt")
_en_company_nouns = lazy_words("prcli.quotations", "company_nouns_en.txt")
_en_organisation_ends = lazy_words("prcli.quotations", "organisation_name_ends_en.txt")
_ar_words_of = lazy_words("prcli.quotations", "words_of_ar.txt")
_ar_role_modifiers = lazy_words("prcli.quotations", "role_modifiers_ar.txt")
_ar_other = lazy_words("prcli.quotations", "other_ar.txt")


def build_register(text: str, toks: list[Tok], lex: Lexicon) -> Register:
    """Scan the article once for names: appositions, honorific + name, capitalised runs."""
    reg = Register(lex.lang, lex)
    if lex.lang == "ar":
        _scan_ar(toks, lex, reg, text)
    else:
        _scan_latin(text, toks, lex, reg)
    return reg


def _ar_role_words(toks: list[Tok], j: int, lex: Lexicon) -> list[str]:
    """Up to 10 words before token ``j`` (exclusive), back to the previous punctuation; when none
    of them is a role noun, on (up to 18) to the first one: «رئيس بعثة المعهد … المكلفة بملاحظة
    الانتخابات الجماعية والجهوية بالمغرب، فلان» is the head of the mission, a later «رئيس البعثة»."""
    out: list[str] = []
    k = j - 1
    if k >= 0 and toks[k].norm == "باسم":
        return out  # «المتحدث باسم الرئيس فلان»: the words before «باسم» describe the spokesman
    while k >= 0 and toks[k].kind == "w" and len(out) < 10:
        if toks[k].norm in _ar_role_breaks():
            # «بعث فلان برقية إلى رئيس المجلس الدكتور فلان»: before «إلى/مع» the words are another
            # clause's (the sender's name is no role of the addressee)
            return out
        out.append(toks[k].norm)
        k -= 1
    if len(out) < 10 or any(w.removeprefix("و") in lex.roles for w in out):
        return out
    more: list[str] = []
    while k >= 0 and toks[k].kind == "w" and len(out) + len(more) < 18:
        more.append(toks[k].norm)
        if toks[k].norm.removeprefix("و") in lex.roles:
            return out + more
        k -= 1
    return out


def _ar_lone_name_spoken_elsewhere(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«والتقينا القاضي سمير. … ويقول سمير: “…”»: one bare word after a title that everyday prose
    also writes as a common noun, closing its clause (a full stop or a comma right after it), is
    that person's given name when the article writes the same word again as the subject right
    after a reporting verb; an adjective or a complement («دولة عربية.») never follows «قال».
    Read through the word index (``_positions``): no scan of the text."""
    w = toks[k].norm
    if k + 1 >= len(toks) or toks[k + 1].norm not in (".", "،", ",") or w.startswith("ال") \
            or w in lex.stops or w in lex.roles or w in lex.people:
        return False
    cues = lex.cues
    for p in _positions(toks, w):
        if p == k or p == 0 or toks[p - 1].kind != "w":
            continue
        v = toks[p - 1].norm
        if v in cues or (v[:1] in "وف" and v[1:] in cues):
            return True
    return False


def _ar_honorific_base(w: str, lex: Lexicon) -> str | None:
    """The honorific or role title a word is, also behind a clitic preposition: «للعداءة» (ل +
    العداءة, its alef dropped), «بالرئيس», «وللوزير». A title after a preposition still introduces
    its holder by name («تصريحات للعداءة فلانة فلانية»), so the register must see it."""
    w = w[1:] if w[:1] == "و" and w not in lex.honorifics else w
    if w in lex.honorifics:
        return w
    if w.startswith("لل") and "ا" + w[1:] in lex.honorifics:
        return "ا" + w[1:]
    if w[:1] in "بك" and w[1:3] == "ال" and w[1:] in lex.honorifics:
        return w[1:]
    return None


@lru_cache(maxsize=8)
def _ar_honorific_forms(honorifics: frozenset[str]) -> frozenset[str]:
    """Every word ``_ar_honorific_base`` may find a title in (and more): a title, behind
    ل (its alef dropped), ب or ك, each also after و. A word outside it is no title, with no
    call (the register scan asks about every word of an article)."""
    cores = {c for h in honorifics for c in (h, "ل" + h[1:], "ب" + h, "ك" + h)}
    return frozenset(cores | {"و" + c for c in cores})


def _scan_ar(toks: list[Tok], lex: Lexicon, reg: Register, text: str) -> None:
    n = len(toks)
    words_of = _ar_words_of()
    titles = _ar_honorific_forms(lex.honorifics)
    met_as_family: set[str] = set()  # title words met as the family name of a full name
    for i, t in enumerate(toks):
        if t.kind != "w":
            if t.kind == "p" and t.norm in (",", "،"):
                _scan_ar_name_then_role(toks, i, lex, reg, text)
            elif t.kind == "q" and i > 0 and toks[i - 1].kind == "w":
                _scan_ar_marked_name(toks, i, lex, reg, text)
            continue
        # (most words open nothing: the tests below are written out, this loop reads every word)
        w = t.norm
        if (w[1:] if w[:1] in "وف" and len(w) > 3 else w) in words_of:  # (``_strip_w``)
            _scan_ar_name_after_words(toks, i, lex, reg, text)
            continue
        base = _ar_honorific_base(w, lex) if w in titles else None
        family = base is not None and _ar_title_as_family_name(toks, i, lex)
        if family and base is not None:
            met_as_family.add(base)
        # («… وليد المعلم …، وقالت الوكالة إن المعلم سيبحث»: a title word met closing a full name
        # is that person's family name further on too; the verb after it names no one)
        hon = base is not None and not family and base not in met_as_family
        if hon and base in _ar_common_noun_titles() and _ar_quantified(toks, i):
            continue  # «لكل دولة دور خاص»: after «كل», «بعض» the noun is counted, no title
        if not hon and (i == 0 or toks[i - 1].norm not in (",", "،")):
            continue
        start = i + 1 if hon else i
        if not hon and _strip_w(t.norm) in ar_name_objects():
            start = i + 1  # «المواطن، واسمه فلان الفلاني،»: the name after the word that gives it
        if t.norm == "د" and i + 1 < n and toks[i + 1].norm == ".":
            start = i + 2
        nisbas = _ar_nisbas(toks, start, lex) if hon else 0
        start += nisbas  # «الرئيس الموريتاني سيدي ولد أحمد»: the adjective of the title, then the name
        if hon and _ar_rank_suffix(toks, start, n):
            start += 1  # «العميد ركن فلان الفلاني»: the word belongs to the rank, the name follows
            nisbas += 1
        k = ar_name_end_spelled(text, toks, start, lex)
        if hon and k - start >= 2 and _ar_nisba_family_name(toks, k, lex):
            k += 1  # «المؤرخ فلان فلان الفلاني تحدث …»: a family name in -ي with ال, then a verb or a pause
        if hon:
            k = before_object(text, toks, start, k)  # «الشاعرة فلانة فلانية رواية …»: the object
            if base != t.norm.removeprefix("و") and k - start >= 3 and k < n and toks[k].kind == "w" \
                    and toks[k].norm.startswith("ال") and not toks[k - 1].norm.startswith(("ال", "آل")):
                k -= 1  # «للمهندس فلان فلاني مشجع النادي»: a noun governing a definite one describes
        names = list(range(start, k))
        if not names or (hon and len(names) == 1 and (_ar_predicate_participle(toks, start)
                                                       or _ar_adverbial(toks[start].norm))):
            # («الفنانة مشهورة بالمطرزات»: the title is a subject, the word its predicate; «…
            # الرسامة خارج المنزل»: a noun of place or time after it names no one)
            continue
        if hon and len(names) == 1 and base in _ar_common_noun_titles() \
                and not _ar_lone_name_spoken_elsewhere(toks, start, lex):
            continue  # «دولة عربية», «الفريق بهدف», «الحاجة إليها»: the noun's adjective or complement
        if hon and len(names) == 1 and _ar_predicate_after_that(toks, i, k, lex):
            continue  # «لا سيما أن الحارس بقي في ناديه»: the title is the subject, the word its predicate
        # (right after a title no conjunction comes between: «الدكتور وليد», «المهندس وائل» keep their و)
        keys = tuple(_strip_w(toks[m].norm) if m == names[0] and not nisbas
                     and not (hon and toks[m].norm[:1] == "و") else toks[m].norm for m in names)
        name = text[toks[names[0]].start:toks[names[-1]].end]
        place = _strip_w(toks[i - 1].norm).removeprefix("ب").removeprefix("ل") if i > 0 else ""
        if hon and place in _ar_named_places():
            continue  # «مدينة الأمير عبد الله الرياضية», «جائزة الملك فيصل»: a place named after someone
        if hon:
            gender = "f" if _ar_fem_title(base or "") else "m" if _ar_masc_title(base or "", lex) else "?"
            # «مدير الهيئة، الكابتن فلان»: the role may stand before the comma of an apposition
            at = i - 1 if i > 1 and toks[i - 1].norm in (",", "،") else i
            # (behind a preposition, «الإطاحة بالرئيس فلان», the words before belong to another
            # clause: they describe no role of this person)
            clitic = base != t.norm.removeprefix("و") and t.norm not in lex.honorifics
            roles = {reg.stem(w) for w in _ar_role_words(toks, at, lex)} \
                if len(names) >= 2 and not clitic else set()
            roles |= reg.role_stems([toks[m].norm for m in range(start - nisbas, start)])
            if len(names) >= 2:
                roles |= _ar_role_after(toks, k, lex, reg)  # «الدكتور فلان الفلاني؛ مساعد مدير …»
            if keys and (len(keys) >= 2 or reg.by_name(keys) is None):
                p = reg.add(name, keys, t.start, roles, gender)
                if base not in ar_mister():
                    p.roles.add(reg.stem(base or ""))
            continue
        # apposition: «ROLE، NAME NAME،»
        if len(names) < 2 or _blessing_at(toks, start):
            continue  # («الملك فلان، طيب الله ثراه»: a blessing after the comma names no one)
        if _ar_adverbial(keys[0]):
            continue  # «للجنة، داخل أجل شهرين،»: where or when, not a name in apposition
        after = toks[k] if k < n else None
        if after is not None and after.kind not in ("p", "b"):
            continue
        before = _ar_role_words(toks, _ar_before_parenthesis(toks, i - 1), lex)
        if not before or not any(w.lstrip("و") in lex.roles or w.startswith("ال") for w in before):
            continue
        if keys[0][:1] in "بلك" and len(keys[0]) >= 5 and keys[1].endswith("ي") \
                and not keys[1].startswith("ال") and _ar_written_once(text, toks, start, k):
            continue  # «أحلام، أيقونة الغناء الخليجي، بقفطان مغربي أزرق»: a prepositional phrase
        role = reg.role_stems(before)
        head = next((w for w in reversed(before) if w.lstrip("و") in lex.roles or w in lex.people), "")
        near = text[max(0, t.start - 20000):t.start + 20000]  # (a window: no whole-text scan per name)
        reg.add(_ar_without_and(near, name), keys, t.start, role, "f" if head.endswith("ه") else "?")


def _ar_quantified(toks: list[Tok], i: int) -> bool:
    """«لكل دولة», «بعض الفرق»: a word of quantity (``name_quantities_ar.txt``, also behind
    لـ/بـ/و) right before token ``i``: the noun there is counted, a common noun, not a title."""
    if i == 0 or toks[i - 1].kind != "w":
        return False
    w = toks[i - 1].norm
    return ar_quantity_word(w) or (w[:1] in "لب" and ar_quantity_word(w[1:]))


def _ar_predicate_after_that(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """«لا سيما أن الحارس بقي في ناديه», «إن المعلم سيبحث مع …», «أن المدرب باق..»: right after
    أن/إن (also «وأن», «لأن») a definite title opens a nominal sentence as its subject, and a lone
    word after it that a preposition, a punctuation mark (the full stop too) or a figure follows is the
    predicate (a verb, an adjective), no name. A name goes on otherwise: to a family name with
    ال, a negation or a verb («أن الرئيس فلان الفلاني», «أن المدرب فلان لم يرفض»)."""
    if i == 0 or k >= len(toks) or not _strip_w(toks[i].norm).startswith("ال"):
        return False
    w = toks[i - 1].norm
    if not (w in ar_that_an() or (w[:1] in "ول" and w[1:] in ar_that_an())):
        return False
    nxt = toks[k]
    return nxt.kind != "w" or nxt.norm in ar_prepositions() or nxt.norm.startswith(("بال", "لل")) \
        or nxt.norm[:1].isdigit()


def _ar_predicate_participle(toks: list[Tok], k: int) -> bool:
    """«الفنانة مشهورة بالمطرزات», «الكاتب معروف بالسخرية»: a word shaped as a passive participle
    (مفعول, مفعولة) with a definite complement after بـ is the predicate of a nominal sentence
    whose subject is the title before it, no name."""
    w = toks[k].norm
    shaped = w[:1] == "م" and ((len(w) == 5 and w[3] == "و") or (len(w) == 6 and w[3] == "و" and w[5] == "ه"))
    return shaped and k + 1 < len(toks) and toks[k + 1].norm.startswith("بال")


#: Words after a military or police rank that belong to it («ركن», «الركن»; folded).
_ar_rank_suffixes = lazy_words("prcli.quotations", "rank_qualifiers_ar.txt", convert=normalize)


def _ar_rank_suffix(toks: list[Tok], k: int, end: int) -> bool:
    """Whether token ``k`` is a rank's suffix with a word after it before ``end``: «العميد ركن
    فلان الفلاني» names فلان الفلاني, the suffix belongs to the rank (the register scan, a speaker
    phrase's bounds and its reading all ask here)."""
    return k + 1 < end and toks[k].norm in _ar_rank_suffixes()


@cache
def _ar_marked_thing_heads() -> frozenset[str]:
    """Nouns of plans, events, works, places and bodies (folded): marks after one, or opening
    with one, hold the name of a thing, not of the role holder before them."""
    return lexicon("ar").titles | ar_event_titles() | ar_works() | ar_place_nouns() | _ar_bodies()


def _scan_ar_marked_name(toks: list[Tok], q: int, lex: Lexicon, reg: Register, text: str) -> None:
    """«برر مدرب النادي “فلان الفلاني” غياب …»: Arabic writers often put the holder's name
    in marks right after the role. Two or three name words in the marks after role words (back
    to the previous punctuation) are that person, when the article writes the last of them again
    on its own (a family name comes back: «وغادر الفلاني …»), not after the first (a thing's
    name comes back whole)."""
    t = toks[q]
    raw = text[t.start + 1:t.end - 1].split()
    if not 2 <= len(raw) <= 3:
        return
    words = [normalize(w) for w in raw]
    if words[0].startswith("ال") or any(
            not w.isalpha() or len(w) < 2 or w in lex.stops or w in lex.roles or w in lex.cues
            or w in lex.people or w in lex.honorifics or ar_edge_particle(w)
            or r.endswith(("ها", "هم", "هما")) for w, r in zip(words, raw, strict=True)):
        return  # (not «“ترحيل سياحها”»: a noun with a possessive pronoun)
    prev = toks[q - 1].norm
    if len(prev) < 2 or prev in lex.stops or prev in lex.cues or prev.removeprefix("و") in lex.cues \
            or (prev.endswith(("ين", "ون", "ات")) and not prev.startswith("ال")):
        return  # («بـ“…”»: a preposition's object; «صائحين “…”»: what a crowd shouts; «عمليات “…”»)
    things = _ar_marked_thing_heads()
    if any(w.removeprefix("و").removeprefix("ال") in things for w in (prev, words[0])):
        return  # («قائد حملة “…”», «“مؤسسة …”»: the name of a thing, a plan or a body)
    before = _ar_role_words(toks, q, lex)[:4]
    at = [n for n, w in enumerate(before) if w.removeprefix("و").removeprefix("ال") in lex.roles]
    if not at:
        return
    before = before[:at[-1] + 1]  # (the role and its complement: no word of the clause before it)
    if not any(m > 0 and toks[m - 1].norm != words[-2] for m in _positions(toks, words[-1])):
        return
    # (first met where its role opens: «برر مدرب النادي …» names that person, not one before)
    reg.add(" ".join(raw), tuple(words), toks[q - len(before)].start, reg.role_stems(before))


def _ar_title_as_family_name(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """«وزير الخارجية وليد المعلم سيبحث …», «الوزير السعودي عادل الجبير سيزور …»: a definite word
    read as a title («المعلم») or a title's word («الجبير») right after a given name that a role's
    definite word opens is that person's family name: the words after it (the verb, its object)
    are no one's name."""
    if i < 2 or toks[i].kind != "w" or not toks[i].norm.startswith("ال"):
        return False
    given, role = toks[i - 1], toks[i - 2]
    return given.kind == "w" and role.kind == "w" and ar_name_token(given, None, lex) \
        and given.norm not in lex.people and not ar_glued_preposition(given.norm) \
        and role.norm.startswith("ال") and role.norm not in lex.stops  # (not «اللاجئين» after «لشؤون»)


def _ar_nisba_family_name(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether token ``k``, right after a given name, is a family name with ال in -ي («الدوسري»)
    closing the name: no role, person noun or stop word, and what follows is punctuation or a
    word that is no noun with ال nor a particle (the verb, in subject-verb order)."""
    n = len(toks)
    if k + 1 >= n or toks[k].kind != "w":
        return False
    w = toks[k].norm
    if not ar_nisba(w, 6, feminine=False) or w in lex.stops or w in lex.people \
            or w[2:] in lex.roles or w in lex.honorifics:
        return False
    nxt = toks[k + 1]
    return nxt.kind in ("p", "b") or (nxt.kind == "w" and not nxt.norm.startswith(("ال", "لل", "و"))
                                      and nxt.norm not in lex.stops and not ar_glued_preposition(nxt.norm))


def _ar_before_parenthesis(toks: list[Tok], j: int) -> int:
    """«رئيس المجلس الأعلى (الهيئة الاستشارية للحكومة)، فلان الفلاني»: the role stands before a
    parenthesis that glosses it; the token where the role's words end (``j`` when no short
    parenthesis closes right before it)."""
    if j < 2 or toks[j - 1].norm != ")":
        return j
    m = j - 2
    while m > 0 and j - m < 14 and toks[m].norm not in ("(", ")") and toks[m].kind != "b":
        m -= 1
    return m if toks[m].norm == "(" else j


def _ar_adverbial(w: str) -> bool:
    """«داخل», «ولنحو», «بعد»: a noun used as a preposition of place or time, clitics aside."""
    heads = ar_adverbial_heads()
    w = w.removeprefix("و").removeprefix("ف")
    return w in heads or (w[:1] in "بل" and w[1:] in heads)


def _scan_ar_name_after_words(toks: list[Tok], i: int, lex: Lexicon, reg: Register, text: str) -> None:
    """«اصطدمت كلمات انجا راسشكه بقناة …»: a name of two to four words right after a noun for
    someone's words is the person who said them (a word glued to a preposition ends it)."""
    start = i + 1
    k = ar_name_end(toks, start, lex, 4)
    k = next((m for m in range(start + 2, k) if ar_glued_preposition(toks[m].norm)), k)
    if k - start < 2 or (k < len(toks) and toks[k].kind == "w" and not ar_glued_preposition(toks[k].norm)):
        return  # (the name ends at punctuation or at a word glued to بـ/لـ: «… بقناة», not «… تتناقض»)
    keys = tuple(t.norm for t in toks[start:k])
    if keys[0].endswith("يه") or all(w.endswith("ه") for w in keys):
        return  # «رسالة رسمية عاجلة»: feminine adjectives agreeing with the noun, no name
    if len(keys) == 2 and keys[0].endswith("ي") and ar_glued_preposition(keys[1]) \
            and _ar_written_once(text, toks, start, k):
        return  # «في تصريح فضائي لبرنامج …», «تصريح صحفي لجريدة …»: an adjective, then to whom
    if reg.by_name(keys) is None:
        reg.add(text[toks[start].start:toks[k - 1].end], keys, toks[start].start)


#: The article whose words ``_ar_word_index`` indexed last, with its two indexes.
_WORD_INDEX: list[tuple[str, dict[str, list[int]], dict[str, list[int]]]] = []


def _ar_word_index(text: str) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Each written word of ``text`` (as ``_raw_word_re`` reads it) with the offsets where it
    stands, and the same with each word also behind a one-letter clitic («ولازلو» as «لازلو» one
    letter on): built in one pass, once per article, so that a question about a phrase is no scan
    of the text."""
    if not _WORD_INDEX or _WORD_INDEX[0][0] is not text:
        plain: dict[str, list[int]] = {}
        spelled: dict[str, list[int]] = {}
        for m in _raw_word_re().finditer(text):
            w, at = m.group(), m.start()
            plain.setdefault(w, []).append(at)
            spelled.setdefault(w, []).append(at)
            if len(w) > 1 and w[0] in "وفبلك":
                spelled.setdefault(w[1:], []).append(at + 1)
        _WORD_INDEX[:] = [(text, plain, spelled)]
    return _WORD_INDEX[0][1], _WORD_INDEX[0][2]


#: A written word (letters, their diacritics and tatweel) of the raw text, marks included.
@cache
def _raw_word_re() -> re.Pattern[str]:
    return re.compile(r"\w[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*")


def _ar_written_once(text: str, toks: list[Tok], a: int, b: int) -> bool:
    """Whether the words ``toks[a:b]`` are written only once in the article as they stand there,
    in quotations too, alone or behind a one-letter clitic («ولازلو بولوني»): found through an
    index of the text's words built once per article (on the first question), not through a scan
    of the whole text per candidate name."""
    phrase = text[toks[a].start:toks[b - 1].end]
    first = _raw_word_re().match(phrase)
    offsets = _ar_word_index(text)[1].get(first.group(), []) if first else []
    return sum(1 for m in offsets if text.startswith(phrase, m)) == 1


@cache
def _ar_next_word_re() -> re.Pattern[str]:
    """Spaces, then the next written word (as ``_raw_word_re`` reads it)."""
    return re.compile(r"\s+(" + _raw_word_re().pattern + ")")


def ar_glued_place(toks: list[Tok], k: int) -> bool:
    """«قائد الشرطة بحائل», «مدير المرور لأبها»: a word of بـ/لـ glued to a noun the
    article also writes on its own (the town, alone elsewhere: «مدينة حائل») is a prepositional
    complement, where and of what, not a given name («بشار», «لبنى» are never written without
    their first letter). Read through the word index: no scan of the text."""
    w = toks[k].norm
    if toks[k].kind != "w" or w[:1] not in "بل" or w.startswith(("بال", "لل", "بن", "بو")) or len(w) < 4:
        return False
    return any(toks[m].kind == "w" for m in _positions(toks, w[1:]))


def ar_glued_preposition(w: str) -> bool:
    """«بقناة», «لصحيفة», «بعمان»: a word glued to بـ or لـ (not «بن», «بو…», «لا…» of a name)."""
    return w[:1] in "بل" and len(w) > 3 and not w.startswith(("بن", "بو", "لا"))


def _scan_ar_name_then_role(toks: list[Tok], c: int, lex: Lexicon, reg: Register, text: str) -> None:
    """«يواجه “الماهر” أحمد قطان، سفير المملكة في مصر، …»: a name set off before a comma and
    followed by an indefinite role noun is a person the article introduces (the reverse
    apposition). Only when the words before the name cannot run into it: a mark, punctuation,
    the start of the text or a reporting verb."""
    if c + 1 >= len(toks) or toks[c + 1].norm not in lex.roles:
        return
    a = c
    if a >= 2 and toks[a - 1].kind == "w" and toks[a - 1].norm.startswith("ال") \
            and toks[a - 1].norm not in lex.people and ar_name_token(toks[a - 2], None, lex):
        a -= 1  # «سعد الحربي، مدير …»: a family name with ال closes the name
    while a > 0 and c - a < 5 and ar_name_token(toks[a - 1], None, lex):
        a -= 1
    while a < c and toks[a].norm in ar_fronted_openers():
        a += 1  # «أما فلان الفلاني، مدير …»: the topic word is no part of the name
    if c - a < 2 or (a > 0 and toks[a - 1].kind == "w" and _strip_w(toks[a - 1].norm) not in lex.cues
                     and toks[a - 1].norm not in ar_fronted_openers()
                     and toks[a - 1].norm not in ar_kana()):
        # («كان فلان الفلاني، رئيس …»: the auxiliary before its subject, as a reporting verb)
        return
    keys = tuple(t.norm for t in toks[a:c])
    words = [t.norm for t in toks[c + 1:c + 4] if t.kind == "w"]
    e = c + 4
    while e < len(toks) and e - c <= 14 and toks[e].kind == "w":
        w = toks[e].norm
        if w[:1] == "و" and (w[1:] in lex.roles or w[1:] in lex.people or w[3:] in lex.roles):
            # («فلان، سفير … في القاهرة والمندوب الدائم …،»: a second role joined by و)
            words += [t.norm for t in toks[e:e + 3] if t.kind == "w"]
            break
        e += 1
    role = reg.role_stems(words)
    reg.add(text[toks[a].start:toks[c - 1].end], keys, toks[a].start, role)


#: Words that may follow a speaker's name right away (folded): «… أردوغان إن …», «… أردوغان في …».
_ar_after_name = lazy_words("prcli.quotations", "after_name_ar.txt")


def _ar_nisbas(toks: list[Tok], start: int, lex: Lexicon) -> int:
    """How many nationality, office or fame adjectives («التركي», «السابق», «الشهير») follow a
    title before the holder's name (at most three; none when no name follows them)."""
    k = start
    while k < len(toks) and k - start < 3 and toks[k].kind == "w" and toks[k].norm.startswith("ال") \
            and (toks[k].norm.endswith(("ي", "يه")) or toks[k].norm in _ar_time_adj()
                 or toks[k].norm in _ar_title_adj()) \
            and len(toks[k].norm) >= 5 and toks[k].norm not in lex.people:
        k += 1
    if k == start:
        return 0
    e = ar_name_end(toks, k, lex)
    closed = e >= len(toks) or toks[e].kind != "w" or toks[e].norm in _ar_after_name() \
        or (toks[e].norm.startswith("ال") and toks[e].norm[2:] in lex.roles)  # («… الشريك المؤسس»)
    alone = e == k + 1 and (e >= len(toks) or toks[e].kind != "w")  # («الفنانة الإماراتية أحلام،»)
    return k - start if (e >= k + 2 and closed) or alone else 0  # (the name must end the phrase)


def _ar_without_and(text: str, name: str) -> str:
    """«…، والمهندس فلان، وعبد العزيز جباري (…)»: a name met first in a list carries the
    conjunction و; when the article also writes it without (as a word of its own), that is its
    form («وليد» is never cut: «ليد …» is not written alone)."""
    if name[:1] != "و" or len(name.split()[0]) <= 3:
        return name
    return name[1:] if _written_as_word(text, name[1:]) else name


def _written_as_word(text: str, s: str) -> bool:
    r"""``s`` occurs in ``text`` with no word character right before it (``(?<!\w)``): found with
    ``str.find``, not a regular expression made of the name (compiled anew for each name)."""
    at = text.find(s)
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find(s, at + 1)
    return False


def _strip_w(w: str) -> str:
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


_fr_elided_conj = lazy_words("prcli.quotations", "elided_conjunctions_fr.txt")


def _past_elided_conjunction(text: str, t: Tok) -> Tok:
    """«qu'Emmanuel Macron doit expliquer»: French glues an elided «que» (or «lorsque»…) to the
    subject after it; when a capital follows the apostrophe, the word is a name's first word,
    returned as a token of its own (same text offsets, past the apostrophe); else ``t``."""
    if t.kind != "w" or ("'" not in t.norm and "\u2019" not in t.norm):
        return t
    cut = t.norm.replace("\u2019", "'").find("'") + 1
    if t.norm[:cut].replace("\u2019", "'") not in _fr_elided_conj() or cut >= len(t.norm) \
            or not text[t.start + cut].isupper():
        return t
    return Tok(t.kind, t.norm[cut:], t.start + cut, t.end, t.qid)


def _scan_latin(text: str, toks: list[Tok], lex: Lexicon, reg: Register) -> None:
    if lex.lang == "fr":
        toks = [_past_elided_conjunction(text, t) for t in toks]  # (a copy: the article's stay whole)
    n = len(toks)
    cap = [latin_cap(text, t) for t in toks]  # (asked up to three times per token below)
    for i in range(n - 3):
        # a first name with an age: "Patrick, 37 ans," / "Anna, 34, a nurse"
        t = toks[i]
        if toks[i + 1].norm == "," and cap[i] and (i == 0 or not cap[i - 1]) \
                and t.norm not in stopwords(lex.lang) and _age_follows(toks, i + 2):
            reg.add(text[t.start:t.end], (t.norm,), t.start)
    i = 0
    while i < n:
        t = toks[i]
        if not (cap[i] or t.norm.rstrip(".") in lex.honorifics):
            i += 1
            continue
        j = i
        while j < n and (cap[j] or toks[j].norm.rstrip(".") in lex.honorifics
                         or (toks[j].norm == "#" and j > i and j + 1 < n and cap[j + 1]
                             and toks[j].end == toks[j + 1].start)
                         or (toks[j].norm in _latin_glue() and j + 1 < n and cap[j + 1])
                         or (j > i and elided_surname(text, toks[j - 1], toks[j]))
                         or (toks[j].kind == "p" and toks[j].norm == "." and j > i
                             and toks[j - 1].norm in abbreviated_titles())):
            j += 1
        _register_run(text, toks, lex, reg, i, j)
        i = max(j, i + 1)
    if lex.lang == "fr":
        _fr_scan_lone_given_subjects(text, toks, cap, reg)


def _fr_scan_lone_given_subjects(text: str, toks: list[Tok], cap: list[bool], reg: Register) -> None:
    """«A Dole, Carole proteste contre …»: a known given name alone after a comma or opening a
    sentence, before a lowercase word (its verb), is a person the article introduces (a vox-pop
    speaker a later «cette salariée» or «elle» means), unless a full name holding it was met."""
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        if not cap[i] or t.kind != "w" or (i > 0 and toks[i - 1].norm != "," and toks[i - 1].kind != "b"):
            continue
        nxt = toks[i + 1]
        if nxt.kind != "w" or cap[i + 1] or not text[nxt.start].islower() or (i > 0 and cap[i - 1]):
            continue
        gender = given_name_gender(t.norm)
        if gender == "?" or "-" in t.norm \
                or (nxt.norm in stopwords("fr") and nxt.norm not in fr_auxiliaries()):
            continue
        if reg.by_name((t.norm,)) is not None:
            continue  # («Carole Lenoir … Carole ajoute»: the one met in full)
        person = reg.add_alone(text[t.start:t.end], t.norm, t.start)
        if person.gender == "?":
            person.gender = gender


_subject_pronouns = lazy_words("prcli.quotations", "subject_pronouns_en.txt", "subject_pronouns_fr.txt")
_en_subject_pronouns = lazy_words("prcli.quotations", "subject_pronouns_en.txt")
#: "It", "They" opening a sentence: maybe the body the sentence before is about.
_en_body_pronouns = lazy_words("prcli.quotations", "body_pronouns_en.txt")
_opening_preps = lazy_words("prcli.quotations", "opening_prepositions_en.txt", "opening_prepositions_fr.txt")
_de = lazy_words("prcli.quotations", "of_prepositions_en.txt", "of_prepositions_fr.txt")
#: words that open a sentence before a capitalised name, made once (not per run of capitals)


@cache
def _name_openers() -> frozenset[str]:
    """Words that open a sentence before a capitalised name, made once (not per run of capitals)."""
    return _latin_det() | _latin_glue() | _opening_preps()


def _place_first(toks: list[Tok], at: int, norms: list[str]) -> bool:
    """«la préfète du Gers Hélène Vidal», «le maire de Dole Alain Perrot»: a run of
    three capitalised words or more right after "de"/"du" opens with the place of the role."""
    if at == 0 or len([w for w in norms if w not in _latin_glue()]) < 3 or norms[0] in _latin_glue():
        return False
    prev = toks[at - 1].norm
    if prev in ("la", "l'") and at >= 2:
        prev = toks[at - 2].norm
    return prev in _de()


def _age_follows(toks: list[Tok], j: int) -> bool:
    """"37 ans", "44 years", "intérimaire de 44 ans" within the next few words."""
    for k in range(j, min(len(toks) - 1, j + 5)):
        if toks[k].kind != "w":
            return False
        if toks[k].norm[:1].isdigit() and (toks[k + 1].norm in age_units() or toks[k + 1].norm == ","):
            return True
    return False


def _register_run(text: str, toks: list[Tok], lex: Lexicon, reg: Register, i: int, j: int) -> None:
    words = [m for m in range(i, j) if toks[m].kind == "w"]
    if not words:
        return
    if len(words) == 1:
        w = toks[words[0]].norm.rstrip(".")
        if not (w in lex.honorifics or w in lex.people or w.lower() in lex.people):
            return  # one capitalised word and no title: no name (one needs two words or a title, below)
    # split off honorifics and role words: the name is what follows the last of them
    last_role = -1
    gender = "?"
    run = [toks[m] for m in words]
    for pos, m in enumerate(words):
        w = toks[m].norm.rstrip(".")
        if lex.lang == "fr" and _role_word_surname(text, run, toks[m]):
            continue  # «Paul Le Maire»: a surname
        if w in lex.honorifics or w in lex.people or w.lower() in lex.people:
            last_role = pos
            if w in _en_fem():
                gender = "f"
            elif w in _en_masc():
                gender = "m"
    name_idx = words[last_role + 1:]
    while name_idx and (toks[name_idx[0]].norm in _name_openers()
                        or toks[name_idx[0]].norm in language_words("connectors", lex.lang)
                        or (len(name_idx) > 2 and toks[name_idx[0]].norm in stopwords(lex.lang))
                        or (lex.lang == "fr" and len(name_idx) > 2 and toks[name_idx[0]].norm.endswith("ant")
                            and toks[name_idx[0]].norm not in lex.people)):
        name_idx = name_idx[1:]  # «En Bretagne», «Puis Anne Lot», «Mais Emmanuel Macron»: sentence openers
    while name_idx and toks[name_idx[-1]].norm in _latin_glue():
        name_idx = name_idx[:-1]
    if lex.lang == "fr" and len(name_idx) >= 2 and name_idx[0] == i and (i == 0 or toks[i - 1].kind == "b") \
            and toks[i].norm.endswith(fr_participle_endings()) and toks[i].norm.isalpha() \
            and given_name_gender(toks[i].norm) == "?" and toks[i].norm not in lex.people \
            and name_idx[1] == i + 1 \
            and (toks[i + 1].norm in _latin_glue() or toks[i + 1].norm.startswith("d'")):
        return  # «Parti de Nîmes le 3 mai, …», «Venue d'Arles, …»: an opening participle and a place
    if lex.lang == "fr" and len(name_idx) >= 3 and _glued_participle(toks, name_idx[-1]):
        name_idx = name_idx[:-1]  # «Julien Maréchal Interrogé sur RTL»: the next sentence's participle
    if lex.lang == "fr" and len(name_idx) >= 2 and _glued_adverb(toks, name_idx[-1], lex):
        name_idx = name_idx[:-1]  # «sur la chaîne TVX Parallèlement, …»: the next sentence's adverb
    if not name_idx:
        return
    if _place_first(toks, name_idx[0], [toks[m].norm for m in name_idx]) or (
            name_idx[0] > 0 and toks[name_idx[0] - 1].norm in before_place_names()) \
            or (lex.lang == "fr" and _fr_place_before_name(toks, name_idx[0], len(name_idx))):
        name_idx = name_idx[1:]  # («à Lyon Mathéo, 31 ans»: the place, then a given name)
        while lex.lang == "fr" and len(name_idx) > 2 and toks[name_idx[0]].norm in _latin_glue():
            name_idx = name_idx[1:]  # («la venue en France de Luigi X»: the place's «de» opens no name)
    if lex.lang == "fr":
        before = toks[name_idx[0] - 1].norm if name_idx and name_idx[0] > 0 else ""
        name_idx = name_idx[_given_name_cut([toks[m].norm for m in name_idx], before):]
        # («de Radio Azur Odile de Vries»: the body, then the name)
    if lex.lang == "fr" and len(name_idx) >= 3 and toks[name_idx[0]].norm.startswith(("d'", "l'")) \
            and given_name_gender(toks[name_idx[1]].norm) != "?":
        name_idx = name_idx[1:]  # «le procureur de la République d'Évry Gilles X»: the place, then the name
    if lex.lang == "fr" and len(name_idx) >= 3 and name_idx[0] > 0 \
            and toks[name_idx[0] - 1].norm in fr_le_la() \
            and given_name_gender(toks[name_idx[1]].norm) != "?":
        name_idx = name_idx[1:]  # «le Breton Maxime Nicolle»: a demonym, then the name
    if lex.lang == "fr" and len(name_idx) >= 3 \
            and _acronym_before_given(text, toks[name_idx[0]], toks[name_idx[1]]):
        name_idx = name_idx[1:]  # «les sénateurs LR Bruno Retailleau», «la chaîne LCI Anne Roy»
    while name_idx and (toks[name_idx[-1]].norm in _subject_pronouns()
                        or (lex.lang == "fr" and toks[name_idx[-1]].norm in _fr_stressed())):
        name_idx = name_idx[:-1]  # «au Parlement Ils demandent», «de Jean X Lui»: a heading glued to the text
    if not name_idx:
        return
    owned = [x for x, m in enumerate(name_idx[:-2]) if _en_possessive(lex, (toks[m].norm,))]
    if owned:
        name_idx = name_idx[owned[-1] + 1:]  # "Unite's Paul Green", "Britain's Jo Pavey": owner, then name
    keys = tuple(toks[m].norm for m in name_idx if toks[m].norm not in _latin_glue())
    cut = _en_possessive(lex, keys)
    keys = (*keys[:-1], keys[-1][:len(keys[-1]) - cut]) if cut else keys  # "Jason Gardener's run"
    if len(keys) < 2 and last_role < 0:
        return
    if lex.lang == "fr" and last_role < 0 and name_idx[0] == i and i > 0 \
            and toks[i - 1].norm in fr_body_articles() \
            and not any(given_name_gender(k) != "?" for k in keys):
        return  # «la Broken Chair», «le Grand Palais»: a thing or a place takes an article, a person not
    if len(keys) < 2:
        return
    if i == 0 or toks[i - 1].kind == "b":
        # a sentence-initial common word is not part of a name ("Officials", "Launching")
        pass
    role_words = [toks[m].norm for m in words[:last_role + 1]]
    k = i - 1
    while k >= 0 and toks[k].kind == "w" and i - k <= 6:
        if toks[k].norm in _works_for():
            break  # "a spokesman for the BPI": the spokesman's role, not the body's
        role_words.append(toks[k].norm)
        k -= 1
    if lex.lang == "fr" and not role_words and name_idx[0] == i and i >= 3 and toks[i - 1].norm == "," \
            and j < len(toks) and toks[j].norm == ",":
        role_words = _fr_role_before_comma(text, toks, i - 1, lex)  # «le président français, X, a …»
    # apposition after: "Charles Clarke, the home secretary,"
    if j + 1 < len(toks) and toks[j].norm == ",":
        k = j + 1
        while k < len(toks) and toks[k].kind == "w" and k - j <= 6 and not _other_person_at(toks, k, lex):
            role_words.append(toks[k].norm)
            k += 1
    if lex.lang != "ar":
        # «le chef de l'État Étienne X»: he is also «le président» for a later description
        around = [t.norm for t in toks[max(0, i - 6):name_idx[0]] if t.kind == "w"]
        for k in range(len(around)):
            alias = _role_alias(around[k:], lex.lang)
            if alias is not None:
                role_words.extend(alias)
                break
    if gender == "?" and lex.lang == "fr":
        gender = _fr_article_gender(toks, i, name_idx[0], lex)
    if gender == "?" and lex.lang == "fr":
        gender = given_name_gender(keys[0])
    first = toks[name_idx[0]].start
    if lex.lang == "fr" and keys[0][:2] == "d'" and given_name_gender(keys[0][2:]) != "?":
        # «Ainsi d'Eric Drouet»: the elided «de» glued to the given name is not part of the name
        first += 2
        keys = (keys[0][2:], *keys[1:])
        if gender == "?":
            gender = given_name_gender(keys[0])
    name = text[first:toks[name_idx[-1]].end - cut].replace(" #", " ")  # a #hashtag name
    reg.add(name, keys, toks[i].start, reg.role_stems(role_words), gender)


_fr_place_preps = lazy_words("prcli.quotations", "place_prepositions_before_article_fr.txt")


def _acronym_before_given(text: str, first: Tok, second: Tok) -> bool:
    """«LR Bruno Retailleau», «LCI Olivier Dussopt»: an acronym (a party, a channel) written right
    before a known given name is not part of the person's name."""
    word = text[first.start:first.end]
    return len(word) >= 2 and word.isalpha() and word.isupper() and given_name_gender(second.norm) != "?"


#: Words before a role phrase set off by commas before a name («selon le porte-parole, X, …»).
_fr_apposition_openers = lazy_words("prcli.quotations", "apposition_openers_fr.txt")



#: «auprès»: the office after it in a role phrase is someone else's.
_fr_served_office = lazy_words("prcli.quotations", "served_office_fr.txt")
#: How many words a role phrase set off by a comma before a name may hold.
_FR_ROLE_REACH = 14


def _fr_role_before_comma(text: str, toks: list[Tok], c: int, lex: Lexicon) -> list[str]:
    """«le président français, Paul X, a annoncé», «la présidente du parti, Anne Y,»: a role
    phrase opening with a definite article, set off by a comma before a name that a second comma
    closes, is that person's role (a later «le président» finds them). Only when the phrase opens
    its clause (after punctuation, the start of the text or ``data/apposition_openers_fr.txt``, or
    a capital article); the phrase may run on with complements («la déléguée auprès de la
    ministre de l'Économie, X,»):
    «après avoir reçu le président, Paul X a …» is an object, then another person."""
    k = c - 1
    while k >= 0 and c - k <= _FR_ROLE_REACH and toks[k].kind == "w":
        w = toks[k].norm
        if w in fr_le_la() or (w.startswith("l'") and len(w) > 2):
            before = toks[k - 1] if k > 0 else None
            if before is not None and before.kind == "w" and k > 1 and (
                    before.norm in _de() or before.norm in fr_role_attachments()):
                k -= 1  # «la déléguée auprès de la ministre de l'Économie, X,»: «l'Économie»
                continue  # is the complement of a longer role phrase
            if c - k > 7 and not any(x in lex.people or x.removeprefix("l'") in lex.people
                                     for x in (t.norm for t in toks[k:k + 3])):
                return []
            if before is not None and before.kind == "w" and before.norm not in _fr_apposition_openers() \
                    and not text[toks[k].start].isupper():
                return []  # (a capital «Le» opens a sentence, after a heading glued to it)
            words = [t.norm for t in toks[k:c]]
            if not any(x in lex.people or x.removeprefix("l'") in lex.people for x in words[:3]):
                return []
            served = next((x for x, w in enumerate(words) if w in _fr_served_office()), None)
            return words[:served]  # («la déléguée auprès de la ministre»: not «la ministre»)
        k -= 1
    return []


def _fr_other_complement(p: Person, norms: list[str], reg: Register, lex: Lexicon) -> bool:
    """«le porte-parole du gouvernement» is not the person introduced as «le porte-parole du parti
    vert, X»: the description's complement (after «de») shares no word with a role that has
    words of its own besides the head."""
    at = next((k for k, w in enumerate(norms) if w in fr_de() or w.startswith("d'")), None)
    if at is None:
        return False
    asked = reg.role_stems([w.removeprefix("d'") for w in norms[at:]])
    heads = word_stems(reg.lang, lex.people)
    own = p.roles - heads
    return bool(asked) and bool(own) and not asked & p.roles


def _other_person_at(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«secrétaire d'État auprès du ministre …», «conseiller du président»: from ``k`` on, an
    apposition names another person, whose title is not the role of the one described."""
    w = toks[k].norm
    if w in fr_beside():
        return True
    if w not in fr_de() and w not in en_of() and not w.startswith("d'"):
        return False
    m = k + 1
    while m < len(toks) and toks[m].norm in definite_articles():
        m += 1
    nxt = w[2:] if w.startswith("d'") else toks[m].norm if m < len(toks) else ""
    nxt = nxt.removeprefix("l'")
    return nxt in lex.people and nxt not in _bodies()


def _fr_place_before_name(toks: list[Tok], m: int, size: int) -> bool:
    """«a raconté sur la place Bellecour Grégoire», «s'est réjoui sur Facebook Yannick Morel»: a
    run opening after «sur (les)» starts with the place or the medium, then the person."""
    if m == 0:
        return False
    prev = toks[m - 1].norm
    if prev in fr_definite_all() and m >= 2 and toks[m - 2].norm in _fr_place_preps():
        return True
    return prev in _fr_place_preps() and size >= 3


_fr_glue_preps = lazy_words("prcli.quotations", "participle_prepositions_fr.txt")


def _glued_participle(toks: list[Tok], m: int) -> bool:
    """A capitalised past participle closing a run of names and followed by a preposition
    («… Dussopt Interrogé sur …»): the first word of a sentence whose full stop was lost."""
    w = toks[m].norm
    if m + 1 >= len(toks) or len(w) <= 4:
        return False
    nxt = toks[m + 1].norm
    return (w.endswith(("é", "ée", "és", "ées")) and nxt in _fr_glue_preps()) \
        or (w.endswith(("é", "ée", "és", "ées", "u", "ue", "us")) and nxt.endswith("ment") and len(nxt) > 6)


def _given_name_cut(norms: list[str], before: str) -> int:
    """Past a place or a body of several words («la productrice de Radio Azur Odile de Vries»),
    the person's name starts at the first given name we know, when the run opens with a word
    that is none: the index of that given name in ``norms``, else 0. Only past a «de» (in the
    run or before it) or after a body noun (``before``, the word before the run): elsewhere an
    unlisted given name opens the run («a indiqué Ibrahima Thomas Ndiaye»)."""
    if len(norms) < 3 or given_name_gender(norms[0]) != "?":
        return 0
    p = next((p for p in range(1, len(norms) - 1) if given_name_gender(norms[p]) != "?"), 0)
    body = before in language_words("body_nouns", "fr") or before in language_words("media_nouns", "fr")
    if not body and not any(w in fr_de() for w in [before, *norms[:p]]):
        return 0  # «a indiqué Ibrahima Thomas Ndiaye»: no body or place, an unlisted given name
    return p


def _past_origin(text: str, run: list[Tok]) -> int:
    """«le Savoyard d'Albertville Nico Mollier»: a demonym, an elided «d'» and a place, then two
    capitalised words or more; the person's name starts after the place (a surname particle
    «d'Estaing» closes a name, it does not come second before two more words). The index of
    the name's first word in ``run``, else 0."""
    if len(run) < 4 or given_name_gender(run[0].norm) != "?":
        return 0
    w = text[run[1].start:run[1].end]
    return 2 if len(w) > 3 and w[0] == "d" and w[1] in "'\u2019" and w[2].isupper() else 0


def _glued_adverb(toks: list[Tok], m: int, lex: Lexicon) -> bool:
    """A capitalised adverb in «-ement»/«-amment»/«-emment» closing a run of names and set off
    by a comma («… sur la chaîne TVX Parallèlement, Anne …»): a heading lost its full stop and
    the next sentence's opening adverb is glued to it; no name ends with one."""
    w = toks[m].norm
    return m + 1 < len(toks) and toks[m + 1].norm == "," and len(w) > 7 \
        and w.endswith(("ement", "amment", "emment")) and w not in lex.people


@cache
def _next_word_re() -> re.Pattern[str]:
    return re.compile(r"\s+(\w+)")


def _glued_in_text(text: str, t: Tok) -> bool:
    """``_glued_participle`` for a token seen without its stream: the next word read from the text."""
    m = _next_word_re().match(text, t.end)
    if m is None:
        return False
    return _glued_participle([t, Tok("w", m.group(1).lower(), m.start(1), m.end(1))], 0)


_fr_masc_det = lazy_words("prcli.quotations", "masculine_determiners_fr.txt")


def _scene_role(norms: list[str], lang: str) -> bool:
    """A description naming a party that stands apart from the people quoted around it (the
    judge or the prosecutor at a trial, the interviewer): never the last speaker by default."""
    if lang == "fr" and len(norms) >= 3 and norms[1] in fr_president() \
            and norms[2] in language_words("nationalities", lang):
        return False  # «le président français», «le président américain»: a head of state, not the court's
    return any(w in language_words("scene_roles", lang) for w in norms[:3])


def _fr_phrase_gender(norms: list[str]) -> str:
    """«la militante», «une avocate» (f), «le procureur» (m): the article of a French
    description tells the gender that keeps it from meaning a person of the other one."""
    if not norms:
        return "?"
    if norms[0] in _fr_plural_det():
        return "p"  # «plusieurs manifestants» is never «il»
    return "f" if norms[0] in fr_feminine_determiners() else "m" if norms[0] in _fr_masc_det() else "?"


def phrase_gender(norms: list[str]) -> str:
    """``_fr_phrase_gender`` for the other modules: «la coordination» (f), «le syndicat» (m)."""
    return _fr_phrase_gender(norms)


def _other_kind(p: Person, heads: set[str], reg: Register, lex: Lexicon) -> bool:
    """«la militante» is not the person the article calls «le procureur»: a description whose
    head noun differs from every person noun already known for ``p``."""
    if not heads or (lex.lang == "fr" and heads <= _fr_leader_stems() | _fr_expert_stems()):
        return False  # («le chef caquiste» may be the person introduced as «le premier ministre»,
        # «l'expert» the one introduced as «directeur de l'Institut X»)
    known = {r for r in p.roles if r in _stems_of(reg.lang, lex.people)}
    return bool(known) and not (known & heads)


def _new_role_of_latest(p: Person, heads: set[str], gender: str, reg: Register) -> bool:
    """«« … », tranche la cofondatrice du mouvement X. … la sénatrice soutient …»: a definite
    description whose person noun nobody in the article holds, right after a speaker of that
    gender (known, not guessed), gives that speaker one more role; it is not someone else. Not
    a public office for the holder of another one («le président X» is never «le préfet»)."""
    return gender in ("m", "f") and p.gender == gender \
        and not any(heads & q.roles for q in reg.people if q is not p) \
        and not _other_office(p, heads, reg)


def _other_office(p: Person, heads: set[str], reg: Register) -> bool:
    """«le préfet» for someone introduced as «le président X»: a description naming a public
    office (``data/public_offices_fr.txt``) is not a person the article gave another public
    office and not this one; a holder is called by the office they hold."""
    offices = _stems_of(reg.lang, _fr_public_offices())
    asked = heads & offices
    held = p.roles & offices
    return bool(asked) and bool(held) and not asked & held


@cache
def _fr_leader_stems() -> frozenset[str]:
    """Stems of the French leader nouns (``data/leader_nouns_fr.txt``), made once."""
    return frozenset(latin_stem(w) for w in _fr_leader_nouns())


@cache
def _fr_expert_stems() -> frozenset[str]:
    """Stems of the French nouns of a quoted specialist (``data/expert_nouns_fr.txt``), made once."""
    return frozenset(latin_stem(w) for w in _fr_expert_nouns())


@cache
def _stems_of(lang: str, words: frozenset[str]) -> frozenset[str]:
    """The register stems of a language's person nouns, made once per word list (``Register.stem``
    is a pure function of the language), not at every description."""
    stem = ar_stem if lang == "ar" else latin_stem
    return frozenset(stem(w) for w in words)


def _fr_article_gender(toks: list[Tok], i: int, name_at: int, lex: Lexicon) -> str:
    """«Le conseiller d'État Marc Berthoud», «la présidente … , Claire V.»: the article of the
    role word just before the name tells the gender a later «a-t-elle ajouté» needs."""
    k = name_at - 1
    while k >= 0 and name_at - k <= 8 and toks[k].kind in ("w", "p") and toks[k].norm != ".":
        w = toks[k].norm
        if w in lex.people and k > 0:
            d = toks[k - 1].norm
            if d == "la" and k > 1 and toks[k - 2].norm == "de":
                return "f"  # «… de la procureure Anne X»
            by_det = "f" if d in fr_feminine_determiners() else "m" if d in _fr_masc_det() else "?"
            return by_det if by_det != "?" else _fr_noun_gender(w, d, lex)
        k -= 1
    return "?"


#: How far back (characters) a full name makes a lone given name that same person.
_GIVEN_NAME_REACH = 600


def full_name_just_met(reg: Register, given: str, pos: int) -> Person | None:
    """«Au bout de la rue, Jean-Luc X attend son tour. … Jean-Luc, 52 ans, habite le quartier»: a
    lone given name right after a full name that opens with it is that person, not a newcomer."""
    for p in reg.before(pos):
        if pos - p.first > _GIVEN_NAME_REACH:
            return None
        if p.named and len(p.keys) >= 2 and p.keys[0] == given and p.first < pos:
            return p
    return None


def resolve_np(text: str, toks: list[Tok], np: tuple[int, int], lex: Lexicon, reg: Register,
               last: list[tuple[int, Person]], gender: str = "?") -> Person:
    """The register entry for the speaker phrase ``toks[np]`` (added when new); ``gender`` is
    the verb's («وقالت»), when known: of two people sharing a name word, the one who agrees."""
    a, b = np
    if b - a == 1 and toks[a].kind == "q":
        return _quoted_name(text, toks[a], reg)
    if b - a == 2 and toks[a].norm == "@":
        handle = text[toks[a].start:toks[a + 1].end]
        return reg.add(handle, (handle.lower(),), toks[a].start)  # «@SosoDany»: the account speaks
    if lex.lang != "ar":
        a = _skip_openers(text, toks, a, b, lex)
        while b - a >= 3 and toks[a].norm in _de() and latin_cap(text, toks[a + 1]) \
                and all(latin_cap(text, t) or t.norm in _latin_glue() for t in toks[a + 1:b]):
            a += 1  # «du Cher Catherine Ferrier»: the phrase began at the role's complement
        if b - a >= 3 and all(latin_cap(text, t) or t.norm in _latin_glue() for t in toks[a:b]) \
                and _place_first(toks, a, [t.norm for t in toks[a:b]]):
            a += 1  # «(La préfète) du Gers Hélène Vidal»: the name after the place
        if b - a >= 2 and toks[a].norm[:2] == "d'" and given_name_gender(toks[a].norm[2:]) != "?":
            # «d'Eric Drouet»: the person registered without the elided «de»
            known = reg.by_name((toks[a].norm[2:], *(t.norm for t in toks[a + 1:b])))
            if known is not None:
                return known
        ref = _pronoun_referent(text, toks, a, b, lex, reg, last) \
            or _quoted_noun_referent(text, toks, a, b, last)
        if ref is not None:
            return ref
        if lex.lang == "en" and b - a == 1 and latin_cap(text, toks[a]):
            shared = _en_surname_last_in_full(text, toks, a, reg)
            if shared is not None:
                return shared
        last_word = text[toks[b - 1].start:toks[b - 1].end]
        if lex.lang == "en" and latin_cap(text, toks[b - 1]) and not last_word.isupper() \
                and ((b - a == 1 and a >= 1 and toks[a - 1].norm == "the")
                     or (b - a == 2 and toks[a].norm == "the")):
            clipped = _en_clipped_name(toks[b - 1].norm, reg, toks[a].start)
            if clipped is not None:
                return clipped
        if b - a == 1 and latin_cap(text, toks[a]) and b + 1 < len(toks) and toks[b].norm == "," \
                and _age_follows(toks, b + 1) and toks[a].norm not in stopwords(lex.lang):
            return (full_name_just_met(reg, toks[a].norm, toks[a].start) if lex.lang == "fr" else None) \
                or reg.add_alone(text[toks[a].start:toks[a].end], toks[a].norm, toks[a].start)
    if lex.lang == "ar":
        a, b = ar_speaker_bounds(toks, a, b)
        b = _ar_object_after_description(toks, a, b, lex, reg)
        if b - a >= 2 and _ar_verb_before_subject(toks, a, reg):
            a += 1  # «ويصف المالكي البرنامج»، «ينبهنا أنتوني غيدينز»: the verb opens, its subject follows
        a, b = _ar_bounds_at_glued_place(text, toks, a, b, lex)
        if b - a == 2:
            ibn = _ar_ibn_full_name(text, toks, a, lex, reg)
            if ibn is not None:
                return ibn
        if b - a == 1:
            ar_fuller_mention(text, toks, a, lex, reg)
            _ar_family_name_after(text, toks, a, lex, reg)
            _ar_titled_given_name(text, toks, a, lex, reg)
            _ar_full_name_of_family(text, toks, a, lex, reg)
    surface = text[_past_elided_que(text, toks[a]) if lex.lang == "fr" else toks[a].start:toks[b - 1].end]
    words = [t for t in toks[a:b] if t.kind == "w"]
    if lex.lang == "ar" and words and words[0] is toks[a] and _ar_glued_source(toks, a):
        # «وفقا لمركز الأرصاد», «طبقا للوزارة»: the source without the «لـ» of the phrase
        t0 = toks[a]
        bare = "ال" + t0.norm[2:] if t0.norm.startswith("لل") else t0.norm[1:]
        # («للهيئة» reads «الهيئة»: the same length, the offsets stay those of the text)
        lam_al = t0.norm.startswith("لل")
        words[0] = t0._replace(norm=bare, start=t0.start + (not lam_al))
        surface = ("ا" if lam_al else "") + text[t0.start + 1:toks[b - 1].end]
    if lex.lang == "ar":
        latter = _ar_latter(text, toks, a, b, lex, reg, last)
        if latter is not None:
            return latter
        named_body = _ar_body_named_in_marks(text, toks, a, b, reg)
        if named_body is not None:
            return named_body
        body = _ar_body_anaphor(text, toks, a, b, reg, last)
        if body is not None:
            return body
        found = _resolve_ar(surface, words, lex, reg, last, toks[a].start, gender, text)
        if found.named:
            found.roles |= _ar_role_after(toks, b, lex, reg)
        elif b - a >= 2 and all(t.kind == "w" for t in toks[a:b]):
            introduced = _ar_epithet_antecedent(text, toks, a, b, lex)
            if introduced is not None:
                return resolve_np(text, toks, introduced, lex, reg, last, gender)
        return found
    if lex.lang == "en" and b - a == 2 and toks[a].norm in _en_owning() \
            and toks[a + 1].norm in _en_documents():
        org = _en_recent_organisation(reg, lex, last, toks[a].start) or _en_it_subject(text, toks, a, reg)
        if org is not None:
            return org  # "Acme filed a brief … its submission states that": the body that wrote it
    mentioned = _last_mention(text, toks, a, reg)
    return _resolve_latin(text, surface, words, lex, reg, last, toks[a].start, mentioned)


def _ar_glued_thing(w: str, lex: Lexicon) -> bool:
    """«بجائزة», «بمهرجان»: بـ glued to the head noun of a named thing (an award, a festival, a
    body: ``titles`` of the lexicon), the complement of the word before it, never the first word
    of a name («بدر», «برهان», «بشار» are no such noun after their ب)."""
    return len(w) > 3 and w[:1] == "ب" and w[1:] in lex.titles


def _ar_adjective_of_person(w: str, lex: Lexicon) -> bool:
    """«المصري», «الدولي», «السابق», «الشهير»: a definite nationality (nisba), office or fame
    adjective of a person, no role or person noun of its own."""
    return w.startswith("ال") and len(w) >= 5 and w not in lex.people and w[2:] not in lex.roles \
        and (ar_nisba(w) or w in _ar_time_adj() or w in _ar_title_adj())


def _ar_person_word(w: str, lex: Lexicon) -> bool:
    """A role, a title or a person noun, bare or with ال/لل («المدرب», «للباحث», «النجم»):
    ``ar_person_head``, and a role after any two letters glued on (لل)."""
    return ar_person_head(w, lex) or w[2:] in lex.roles


def _ar_epithet_antecedent(text: str, toks: list[Tok], a: int, b: int,
                           lex: Lexicon) -> tuple[int, int] | None:
    """«وأضاف المهاجم الألماني الدولي السابق: “…”», «وقال الرئيس المصري إن …»: a role (or title)
    and its nationality and other adjectives, with no name, take the reader back to the person the
    article introduced with that nationality, a role and a name before ``a`` («… المدرب الألماني
    فلان الفلاني …»): the span of that name. Of several such introductions, the ones whose role is
    the same word come first; two different names left are no answer. Read through the word
    index (``word_positions``): no scan of the text per quotation."""
    head = toks[a].norm
    if not _ar_person_word(head, lex) or head in _ar_bodies() or head.removeprefix("ال") in _ar_bodies():
        return None  # («السلطات المحلية», «الاتحاد الدولي»: a body, named by its genitive, not a person)
    adjectives = [t.norm for t in toks[a + 1:b]]
    if not all(_ar_adjective_of_person(w, lex) for w in adjectives):
        return None
    # («وقال وزير الخارجية الكندي»: the nationality, not the ministry's adjective before it)
    nation = next((w for w in adjectives if ar_nation_word(w)), adjectives[0])
    if not ar_nisba(nation):
        return None  # (its adjectives all start with ال and have five letters: a nisba ends in ي/ية)
    found: list[tuple[bool, tuple[str, ...], tuple[int, int]]] = []
    for p in _positions(toks, nation):
        if p >= a or p == 0 or toks[p - 1].kind != "w":
            continue
        roles = [toks[p - 1].norm]
        if p >= 2 and toks[p - 2].kind == "w" and roles[0].startswith("ال"):
            roles.append(toks[p - 2].norm)  # «وزير الداخلية الإسباني فلان»: role, genitive, adjective
        roles = [w for w in roles if _ar_person_word(w, lex) and w.removeprefix("ال") not in _ar_bodies()]
        if not roles:
            continue
        q = p + 1
        while q < a and q - p <= 3 and toks[q].kind == "w" and _ar_adjective_of_person(toks[q].norm, lex):
            q += 1
        if q + 1 < a and toks[q].norm in (",", "،"):
            q += 1  # «المذيعة المصرية، فلانة الفلانية،»: the name in apposition
        e = before_object(text, toks, q, ar_name_end(toks, q, lex))
        if e < len(toks) and toks[e].kind == "w" and toks[e].norm not in _ar_after_name() \
                and not ar_edge_particle(toks[e].norm, closing=True):
            # («وزير الداخلية الإسباني فلان فلاني شن هجوما»: no pause after the name; it ends on
            # its last word the article writes again)
            e = max((m + 1 for m in range(q + 1, e) if len(_positions(toks, toks[m].norm)) > 1), default=q)
        if e - q < 2 or e > a:
            continue
        keys = tuple(t.norm for t in toks[q:e])
        if any(w in _ar_closing_time_words() for w in keys) or ar_glued_preposition(keys[0]):
            continue  # («للوزير الفرنسي صباح أمس»: a time, no name; «… لإقليم …»: a genitive with لـ)
        bare = head.removeprefix("ال")
        same_role = any(_strip_w(w).removeprefix("ال").removeprefix("لل") == bare for w in roles)
        found.append((same_role, keys, (q, e)))
    same = [f for f in found if f[0]]
    if not same and len(adjectives) >= 2:
        # another role word: only for a string of epithets, never another office alone («الرئيس
        # الأمريكي» is not the «وزير الخارجية الأمريكي» named before)
        same = found
    if not same or len({f[1] for f in same}) > 1:
        return None
    return same[-1][2]


def _ar_bounds_at_glued_place(text: str, toks: list[Tok], a: int, b: int, lex: Lexicon) -> tuple[int, int]:
    """«مدير مكتب الجمعية في الأردن بسوريا خالد بن سعد الفلاني»: a role's description may end with
    a place glued to بـ («بلبنان», «بمنطقة تبوك»), then the person's name; the place is no word
    of that name. A place is a place noun after بـ (with the place's name after it) or a word the
    article also writes without بـ (read through the word index), after a role or a title. The
    name starts past the place when two name words or more follow it up to the phrase's end, the
    first neither definite nor a plural in ات; a plural in ات right after the place opens the
    verb's object («وحث قائد المجلس الأمني بحمص كتائب الحرس …»): the phrase ends at the place."""
    places = ar_place_nouns()
    for m in range(a, b - 1):
        w = toks[m].norm
        if toks[m].kind != "w" or w[:1] != "ب" or len(w) < 4 or w.startswith(("بن", "بو", "بال")):
            continue
        bare = w[1:]
        if text[toks[m].start:toks[m].end].endswith(("ه", "ها", "هم")) and bare not in places:
            continue  # («وصف الحوثي بخطابه تحرير عدن»: a noun with its pronoun, no place)
        start = m + 2 if bare in places else m + 1
        if start == m + 1 and not ar_glued_place(toks, m):
            continue
        if m > a and toks[m - 1].kind == "w" and not toks[m - 1].norm.startswith("ال") \
                and ar_name_token(toks[m - 1], None, lex):
            continue  # («… سامر بسام …»: inside a run of names, no place)
        before = toks[a:m] if m > a else toks[max(0, a - 6):a]
        if not any(t.kind == "w" and ar_person_head(t.norm, lex, bodies=False) for t in before):
            continue  # («ردت القوات بعملية أمنية واسعة»: no role before, no one's description)
        if any(t.kind == "w" and t.norm in lex.honorifics for t in before):
            continue  # («السيد فلان الفلاني أستاذ التاريخ بجامعة …»: named already, before his role)
        first = toks[start] if start < b else None
        if first is None or first.kind != "w":
            continue
        if m > a and len(first.norm) >= 5 and first.norm.endswith("ات") and not first.norm.startswith("ال"):
            return a, start  # the object after the role's place: the phrase is the description
        last = toks[b - 1].norm
        if first.norm.startswith("ال") or first.norm.endswith("ات") or not ar_name_token(first, None, lex) \
                or b - start < 2 or ar_name_end(toks, start, lex) < b \
                or (last[:1] == "ب" and _positions(toks, last[1:])):
            continue  # (the name runs to the end of the phrase, and ends on no second place: «جامعة
            # سيدي فلان بن فلان بمكناس» is a place named after someone)
        return start, b
    return a, b


def _ar_lam_given_name(rnorm: list[str], m: int, lex: Lexicon) -> bool:
    """«رئيس الاتحاد لوكا فيريرا», «وزيرة الخارجية لويز فان دام»: after a definite word, a word
    opening with ل starts the holder's name, not a genitive with لـ, when it is shaped as no
    noun glued to لـ: not «لل…», no feminine noun in ة («لولاية نيويورك», «لوزارة …»), no place,
    body or role noun behind لـ («لحزب …»), and no definite noun after it (a genitive's noun
    governs one: «لحقوق الإنسان») but a family name in -ي: an indefinite noun takes no definite
    adjective, so «لؤي العتيبي» is a given name and a family name. Only a name of two words closing
    the phrase: past them the words may be the verb's object («وزير الخارجية لوران فلان طهران»),
    which the register reads."""
    w = rnorm[m]
    bare = w[1:]
    nxt = rnorm[m + 1] if m + 1 < len(rnorm) else ""
    family = ar_nisba(nxt, 6, feminine=False) and nxt not in lex.people and nxt[2:] not in lex.roles \
        and nxt not in lex.stops
    return len(rnorm) - m == 2 and not w.startswith("لل") and not w.endswith("ه") \
        and bare not in ar_place_nouns() and bare not in _ar_bodies() and bare not in lex.roles \
        and (not nxt.startswith("ال") or family)


def _ar_glued_source(toks: list[Tok], a: int) -> bool:
    """The word at ``a`` carries the «لـ» of «وفقا لـ/طبقا لـ» right before it (according_lam_ar.txt)."""
    return a > 0 and len(toks[a].norm) > 3 and toks[a].norm.startswith("ل") and toks[a - 1].kind == "w" \
        and toks[a - 1].norm.removeprefix("و") in ar_according_lam()


_POSITIONS: list[tuple[list[Tok], dict[str, list[int]]]] = []


def _positions(toks: list[Tok], w: str) -> list[int]:
    """Where the word ``w`` occurs in ``toks``, in order: one index per document (kept for the
    last document only), so looking back for earlier mentions costs no scan of the whole text
    per quotation (that made a long document quadratic)."""
    if not _POSITIONS or _POSITIONS[0][0] is not toks:
        index: dict[str, list[int]] = {}
        for i, t in enumerate(toks):
            index.setdefault(t.norm, []).append(i)
        _POSITIONS[:] = [(toks, index)]
    return _POSITIONS[0][1].get(w, [])


def word_positions(toks: list[Tok], w: str) -> list[int]:
    """Where the word ``w`` occurs in ``toks`` (``_positions``, for the other quotation modules)."""
    return _positions(toks, w)


def ar_family_name_written(toks: list[Tok], words: list[str], lex: Lexicon) -> bool:
    """«وقال “العفيصان”، خلال الحفل …» after «سمير بن عبدالعزيز العفيصان»: one marked word that the
    article also writes unmarked as the last word of a personal name (two name words before it,
    «ال» added or dropped: «“الجميل”» for «محمد عبداللطيف جميل») is that person's family name.
    Read through the word index (``_positions``): no scan of the text per quotation."""
    if len(words) != 1:
        return False
    w = normalize(words[0])
    bare = w[2:] if w.startswith("ال") else w
    if len(bare) < 3 or w in lex.stops or w in lex.cues or bare in lex.roles or bare in lex.people:
        return False
    for form in {w, bare, "ال" + bare}:
        for m in _positions(toks, form):
            if m >= 2 and toks[m].kind == "w" and ar_name_token(toks[m - 1], toks[m - 2].norm, lex) \
                    and (toks[m - 2].norm in ar_nasab()
                         or ar_name_token(toks[m - 2], toks[m - 3].norm if m >= 3 else None, lex)):
                return True
    return False


def forget_positions() -> None:
    """Drop the word index of the last document (its tokens are not kept alive after it)."""
    _POSITIONS.clear()
    _WORD_INDEX.clear()


def ar_fuller_mention(text: str, toks: list[Tok], a: int, lex: Lexicon, reg: Register) -> None:
    """«وقال بارنيت» after «القائد السابق للفريق ديفيد بارنيت»: a lone family name not yet in
    the register (or registered alone), written earlier after a given name that follows a role
    or nationality word, or that a comma or a role follows («إعلان برناردينو ليون، الممثل …»),
    registers that full name (the register only reads names after titles and commas): the
    speaker is given by the fullest form the article uses."""
    w = toks[a].norm
    known = reg.by_name((w,))
    if toks[a].kind != "w" or w.startswith("ال") or not ar_name_token(toks[a], None, lex) \
            or (known is not None and known.keys != (w,)):
        return  # (a name met alone, «للمخرج ترابيرو», still grows to the full form met before)
    for m in _positions(toks, w):
        if m >= a:
            break
        given_al = m >= 2 and toks[m - 1].norm in _ar_given_names_al()
        if m < 2 or (not ar_name_token(toks[m - 1], None, lex) and not given_al) \
                or toks[m - 1].norm[:1] in "وف":
            continue
        opener = toks[m - 2]
        titled = opener.kind == "w" and opener.norm not in lex.stops \
            and (opener.norm.startswith(("ال", "لل")) or opener.norm in lex.honorifics) \
            and not _ar_title_as_family_name(toks, m - 2, lex)
        # («أوضح المهدي أخريف أن …»: the two words after a reporting verb are its subject)
        said = opener.kind == "w" and _strip_w(opener.norm) in lex.cues \
            and not ar_preposition_pronoun(toks[m - 1].norm)  # (not «يرى بها أوباما»)
        # («توقع فلان الفلاني أن …»: the two words between the word that opens a sentence and
        # «أن» are the subject of that verb, of any kind, when the first is a given name)
        opens = opener.kind == "w" and (m == 2 or toks[m - 3].kind == "b") and opener.norm not in lex.stops \
            and not opener.norm.startswith(("ال", "وال")) and not ar_glued_preposition(opener.norm) \
            and m + 1 < len(toks) and toks[m + 1].norm in ar_that_an()
        if (titled and known is None and not given_al) \
                or ((titled or said or opens or _ar_apposition_after(toks, m + 1, lex)
                     or _ar_fronted_after_contrast(toks, m, lex)
                     or (_ar_bare_given_name(toks, m, lex)
                         and not _ar_two_given_names_titled(text, toks, m, lex)))
                    and (given_al or _ar_given_name_before(text, toks, m, lex))):
            keys = (toks[m - 1].norm, w)
            reg.add(text[toks[m - 1].start:toks[m].end], keys, toks[m - 1].start)
            return
        if _ar_two_given_names_titled(text, toks, m, lex):
            reg.add(text[toks[m - 2].start:toks[m].end], (toks[m - 2].norm, toks[m - 1].norm, w),
                    toks[m - 2].start)
            return


def _ar_bare_given_name(toks: list[Tok], m: int, lex: Lexicon) -> bool:
    """«… مع إيران ويندي شيرمان», «وقال رئيسها أبراهام فوكسمان», «الفائزة بالجائزة عدة مرات
    سارة بلومفيلد»: before a family name the article later writes alone as a speaker, a word
    written nowhere else but right before it (the caller asks ``_ar_given_name_before``) is its
    given name, whatever word the description ended on (a place, a role with its pronoun, a
    count): not a particle, a preposition with its pronoun, a role, a reporting verb or a
    word of under three letters, and not a family name with ال."""
    w, family = toks[m - 1].norm, toks[m].norm
    if toks[m - 1].kind != "w" or len(w) < 3 or w in lex.stops or w in lex.cues or w in lex.people \
            or w in lex.roles or w in _ar_naming_words() or ar_preposition_pronoun(w) \
            or ar_cue_verb_word(w) or ar_edge_particle(w) or ar_quantity_word(w) \
            or arabic_labels._imperfect(w):
        # («ويدعى إبراهيم»: the word that gives the name; «عدة ندوات»: how many; «يختار فلان
        # الإفطار»: a verb in the present, its subject after it)
        return False
    # («اتفاق إيران», «نشطاء حماس»: a noun in construct with a place or a body, which the article
    # writes after «في» or glued to بـ/لـ, as it never writes a person's family name)
    if _positions(toks, "ب" + family) or _positions(toks, "ل" + family):
        return False
    # («سكك حديد بيليفيلد» and «أرمينيا بيليفيلد», «مصير إبراهيم» and «قصة إبراهيم»: the word
    # stands after other bare nouns too, each of which it could complete; a family name stands
    # after its given name, a title, a role, a verb or a word opening a clause with و/ف only)
    for p in _positions(toks, family):
        before = toks[p - 1] if p > 0 else None
        if before is None or before.kind != "w" or before.norm == w:
            continue
        b = _strip_w(before.norm)
        if b == "في" or not (b.startswith("ال") or b in lex.stops or b in lex.cues or b in lex.roles
                             or b in lex.people or b in lex.honorifics or ar_cue_verb_word(before.norm)
                             or ar_preposition_pronoun(b) or before.norm[:1] in "وف"
                             or arabic_labels._imperfect(b)):
            return False
    return True


def _ar_two_given_names_titled(text: str, toks: list[Tok], m: int, lex: Lexicon) -> bool:
    """«اللاعب الغاني كوفي سولي بوكاري» before «وقال بوكاري»: two given names between a
    definite title or nationality word (or an honorific) and the family name at ``m``, each
    written nowhere in the article but right before the next word of that name: the full name
    of three words (``ar_fuller_mention`` reads two)."""
    if m < 3 or toks[m - 3].kind != "w" or toks[m - 3].norm in lex.stops \
            or arabic_labels._imperfect(toks[m].norm):
        return False  # (not «لأي استفسار يتعلق»: a verb of the present closes no name)
    opener = toks[m - 3]
    if not (opener.norm.startswith(("ال", "لل")) or opener.norm in lex.honorifics) \
            or _ar_title_as_family_name(toks, m - 3, lex):
        return False
    return all(toks[k].kind == "w" and toks[k].norm[:1] not in "وف" and ar_name_token(toks[k], None, lex)
               and not ar_glued_preposition(toks[k].norm) and toks[k].norm not in lex.roles
               and _ar_given_name_before(text, toks, k + 1, lex) for k in (m - 2, m - 1))


def _ar_fronted_after_contrast(toks: list[Tok], m: int, lex: Lexicon) -> bool:
    """«لكن فلانة الفلانية أمضت عاما …»: a sentence opening on a contrast particle, then the
    two words of a name (the family name at ``m``) and a verb: the name is the subject put
    first, someone the article introduces by name alone."""
    if m < 2 or (m > 2 and toks[m - 3].kind != "b") or m + 1 >= len(toks):
        return False
    opener, nxt = toks[m - 2], toks[m + 1]
    return opener.kind == "w" and (opener.norm,) in phrases("contrast_particles_ar.txt") \
        and nxt.kind == "w" and not nxt.norm.startswith(("ال", "لل")) and nxt.norm not in lex.stops \
        and not ar_glued_preposition(nxt.norm)


def ar_preposition_pronoun(w: str) -> bool:
    """«بها», «عنه», «لهم»: a preposition with an attached pronoun (folded), no given name (nor
    the end of one: ``extract`` reads a phrase closed by one as a clause)."""
    preps = ar_pronoun_prepositions()
    return any(w.endswith(p) and w[:-len(p)] in preps for p in ar_attached_pronouns())


def _ar_full_name_of_family(text: str, toks: list[Tok], a: int, lex: Lexicon, reg: Register) -> None:
    """«وقال الغانم» after «رئيس مجلس الأمة مرزوق علي الغانم»: a lone family name with ال
    (no role, person noun or stop word), written earlier after one or two name words that a
    title, a role, a definite noun or a reporting verb introduces, is that full name; it is
    registered so the speaker gets the fullest form the article uses (the register only reads
    names after honorifics and commas). The latest such mention before ``a`` wins."""
    w = toks[a].norm
    if toks[a].kind != "w" or not w.startswith("ال") or len(w) <= 4 or w in lex.people \
            or w in lex.stops or w[2:] in lex.roles or w in lex.roles or w in lex.honorifics:
        return
    known = reg.by_name((w,))
    if known is not None and len(known.keys) >= 2:
        return
    for m in reversed([m for m in _positions(toks, w) if m < a]):
        first = m
        while first > 0 and (m - first < 3 or (m - first < 6 and (toks[first].norm in ar_nasab()
                                                               or _ar_compound_given_end(toks, first)))) \
                and toks[first - 1].kind == "w" \
                and (not toks[first - 1].norm.startswith("ال") or _ar_compound_given_end(toks, first - 1)) \
                and toks[first - 1].norm[:1] not in "وف" \
                and ar_name_token(toks[first - 1], None, lex) and toks[first - 1].norm not in lex.roles \
                and not ar_glued_preposition(toks[first - 1].norm) \
                and not (toks[first - 1].norm.endswith("ا") and len(toks[first - 1].norm) >= 5):
            first -= 1  # (not «هجوما لانتزاع السيطرة»: an accusative and a glued preposition; a
            # name of more words goes on while it stands on «بن» or inside «عبد الله»)
        body = first
        while m - first >= 2 and toks[first].norm[:1] == "ل" and len(toks[first].norm) > 3:
            first += 1  # («الأمين العام لأوبك عبدالله البدري»: «لـ» and the body, then the name)
        if m - first >= 2 and first > 0 \
                and _ar_construct_noun(text[toks[first - 1].start:toks[first - 1].end]):
            first += 1  # («نائب رئيس شرطة تبوك فلان الفلاني»: the word after «شرطة» is its genitive)
        if first == m or first == 0:
            continue
        opener = toks[first - 1]
        if opener.kind != "w" or opener.norm in lex.stops:
            continue
        titled = first > body or opener.norm.startswith(("ال", "لل")) or opener.norm in lex.honorifics \
            or opener.norm in lex.roles or _strip_w(opener.norm) in lex.cues
        if not titled or (m - first == 1 and _strip_w(opener.norm) in lex.cues
                          and not _ar_given_name_before(text, toks, m, lex)):
            continue  # («أكد سالم الغانم»: one word after a verb, only when it is no other word)
        keys = tuple(t.norm for t in toks[first:m + 1])
        reg.add(text[toks[first].start:toks[m].end], keys, toks[first].start)
        return


def _ar_compound_given_end(toks: list[Tok], k: int) -> bool:
    """«عبد الله», «عبد الرحمن», «أبو الفضل»: the word at ``k`` opens with ال but closes a given
    name of two words (a name word with ال, ``name_al_ar.txt``, right after «عبد», «أبو», «بن»),
    so a walk back over the given names before a family name goes on past it."""
    return k >= 1 and toks[k].norm in ar_name_al() and toks[k - 1].kind == "w" \
        and toks[k - 1].norm in ar_before_al_name() and toks[k - 1].norm != "ال"


def _ar_family_name_after(text: str, toks: list[Tok], a: int, lex: Lexicon, reg: Register) -> None:
    """«قالت بريجيت» when the article also writes «بريجيت ماكرون» and «ماكرون» closes the full
    name of someone else it registered («إيمانويل ماكرون»): a lone given name written elsewhere
    right before a family name the article knows is that full name (the fullest form is the
    speaker's name). Nothing when the word is already known with more words."""
    w = toks[a].norm
    if toks[a].kind != "w" or w.startswith("ال") or not ar_name_token(toks[a], None, lex):
        return
    known = reg.by_name((w,))
    if known is not None and known.keys != (w,):
        return
    for m in _positions(toks, w):
        nxt = toks[m + 1] if m + 1 < len(toks) else None
        if nxt is None or nxt.kind != "w" or nxt.norm == w or not ar_name_token(nxt, w, lex):
            continue
        family = reg.by_name((nxt.norm,))
        if family is not None and family.named and len(family.keys) >= 2 and family.keys[-1] == nxt.norm \
                and w not in family.keys:
            reg.add(text[toks[m].start:nxt.end], (w, nxt.norm), toks[m].start)
            return


@cache
def _ar_name_links_words() -> frozenset[str]:
    """«بن», «عبد», «أبو», «آل»: words that never close a name, the next word belongs to it."""
    return ar_nasab() | ar_before_al_name()


def _ar_titled_given_name(text: str, toks: list[Tok], a: int, lex: Lexicon, reg: Register) -> None:
    """«وقالت نوال» after «المطربة اللبنانية نوال الخوري»: a lone given name (no ال) that the
    article wrote earlier as the first of two name words right after a definite description (a
    person noun, a role or a nisba adjective with ال) or an honorific is that full name; it is
    registered so the speaker gets the fullest form the article uses. Nothing when the word is
    already known with more words, or is itself a family name the article knows."""
    w = toks[a].norm
    if toks[a].kind != "w" or w.startswith("ال") or not ar_name_token(toks[a], None, lex) \
            or w in lex.people or w in lex.roles or w in lex.stops:
        return
    known = reg.by_name((w,))
    if known is not None and known.keys != (w,):
        return
    for m in _positions(toks, w):
        if m >= a:
            break
        if m < 1 or m + 1 >= len(toks):
            continue
        opener, nxt = toks[m - 1], toks[m + 1]
        if opener.kind != "w" or nxt.kind != "w" or nxt.norm == w:
            continue
        o = opener.norm
        titled = o in lex.honorifics or (o.startswith("ال") and not ar_preposition_pronoun(o) and (
            o in lex.people or o[2:] in lex.roles or ar_nisba(o, 0)))  # (not «إليه»)
        if not titled or nxt.norm in lex.stops or nxt.norm in lex.roles or nxt.norm in lex.people \
                or nxt.norm in _ar_not_subjects() \
                or nxt.norm in lex.cues or nxt.norm in lex.honorifics or nxt.norm[2:] in lex.roles \
                or not (ar_name_token(nxt, w, lex) or (nxt.norm.startswith("ال") and len(nxt.norm) > 4)):
            continue  # (a family name may open with ال: «نوال الخوري»)
        last = m + 1
        while last + 1 < len(toks) and last - m < 4 and toks[last].norm in _ar_name_links_words() \
                and toks[last + 1].kind == "w":
            last += 1  # («ريم أبو الغار», «سالم بن علي»: a family name of two words, or a father's name)
        if toks[last].norm in _ar_name_links_words():
            continue
        reg.add(text[toks[m].start:toks[last].end], tuple(t.norm for t in toks[m:last + 1]), toks[m].start)
        return


def _ar_given_name_before(text: str, toks: list[Tok], m: int, lex: Lexicon) -> bool:
    """The word before the family name at ``m`` is a given name: a bare word (no ال, no glued
    preposition or conjunction, no particle of a name such as «ابن», no function word such as
    «مثل», no «كان», no word written with short vowels, as a verb is: «تُلاحق») that the article
    writes nowhere but right before that family name."""
    w = toks[m - 1].norm
    if any("\u064b" <= c <= "\u0652" for c in text[toks[m - 1].start:toks[m - 1].end]) \
            or (w[:1] != "ي" and arabic_labels._imperfect(w)):
        return False  # («تتهم بوجاشيف»: a verb; a given name in ي, «يواخيم», has the verb's shape)
    if w.startswith("ال") or w[:1] in "وف" or w in lex.people or w in lex.roles \
            or w in ar_not_nouns() or w in ar_name_glue() \
            or w in ar_kana():
        return False
    if w[:1] in "بل" and _positions(toks, w[1:]):
        return False  # «بمصر»: «بـ» glued to a word the article also writes alone
    return all(k + 1 < len(toks) and toks[k + 1].norm == toks[m].norm for k in _positions(toks, w))


def _ar_apposition_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """«… برناردينو ليون، الممثل الخاص», «مانويل بليجريني المدير الفني», «كيفن ستار، وهو شريك»:
    a comma, «وهو/وهي» or a definite role right after two name words shows they are one
    person's full name, whatever word came before them (a verb, a noun of the sentence)."""
    if k >= len(toks):
        return False
    w = toks[k].norm
    return w in (",", "،") or w in ar_and_he_she() \
        or (w.startswith("ال") and (w[2:] in lex.roles or w in lex.people)) \
        or (w in lex.roles and k + 1 < len(toks) and toks[k + 1].kind == "w")
    # («يعتقد مارك دوبوا لاعب وسط الفريق»: an indefinite role heading a genitive is an apposition)


def _ar_verb_before_subject(toks: list[Tok], a: int, reg: Register) -> bool:
    """«ويجيب الكاتب», «ويصف المالكي …», «ينبهنا أنتوني غيدينز»: an imperfect verb opening a
    speaker phrase, before its subject: ي then a consonant, glued to و with a definite or known
    subject after it, or carrying an object pronoun. Not a name of that shape («ويليام بايا»,
    «يحيى …» bare, «يوسف» with a long vowel second) nor a word the register knows as one."""
    t, nxt = toks[a], toks[a + 1]
    w = t.norm
    if t.kind != "w" or nxt.kind != "w" or len(w) < 4 or reg.by_name((w,)) is not None:
        return False
    if w.startswith("وي") and w[2] not in "اوي":
        return nxt.norm.startswith("ال") or reg.by_name((nxt.norm,)) is not None
    return w[0] == "ي" and w[1] not in "اوي" and w.endswith(("نا", "هم", "ها"))


def ar_speaker_bounds(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """An Arabic speaker phrase without what opens or closes it but names no one: an auxiliary
    before a fronted subject («وكان خامنئي قد قال» → خامنئي) and a blessing after a name
    («النبي صلى الله عليه وسلم» → النبي, «الشيخ ابن باز رحمه الله» → الشيخ ابن باز), and a
    word of time after it (``closing_time_words_ar.txt``)."""
    aux = ar_auxiliaries()
    b = _ar_before_hearer(toks, a, b)
    while b - a >= 2 and toks[a].kind == "w" and toks[a].norm in aux:
        a += 1
    if _ar_rank_suffix(toks, a, b):
        a += 1  # «العميد ركن فلان الفلاني»: a phrase begun at the rank's «ركن» names whom follows it
    closing_time = _ar_closing_time_words()
    while b - a >= 2 and toks[b - 1].kind == "w" \
            and (ar_edge_particle(toks[b - 1].norm, closing=True) or toks[b - 1].norm in closing_time):
        # «العميد أحمد عسيري حين قال», «المراقبون فإن»: a subordinator closes no name; nor does
        # «أمس» («عن مسؤولين في الحركة أمس قولهم»)
        b -= 1
    if b - a >= 2 and toks[b - 1].kind == "w" and ar_cue_verb_word(toks[b - 1].norm):
        b -= 1  # «سلمى عقبت: “…”», «الأستاذ فلان يعود فيقول»: the subject, then its verb
    if b - a >= 4 and toks[b - 1].kind == "w" and toks[b - 1].norm in ar_origin_tails() \
            and ar_nisba(toks[b - 2].norm, 0):
        b -= 2  # «السيناتور فلان الفلاني الكوبي الأصل»: where he comes from, no word of his name
    # «ذكر المتحدث بعضا من إنجازاته»: a quantity in the accusative opens the verb's object
    b = next((m for m in range(a + 1, b) if toks[m].kind == "w" and ar_quantity_word(toks[m].norm, True)), b)
    # «قالها سامر ذو الخمسين عاما»: «ذو» ("possessor of") opens a description of the one named
    # («قال فلان الفلاني لراديو …»: the outlet spoken to, glued to لـ, is no part of the speaker)
    owners, lex_ar = ar_description_owners(), lexicon("ar")
    b = next((m for m in range(a + 1, b)
              if toks[m].kind == "w" and (toks[m].norm in owners or ar_outlet_ends(toks, m, lex_ar, a))), b)
    # («فلان الفلاني ابن مدينة جدة»: "son of the city" says where the named comes from)
    origins = ar_origin_nouns()
    b = next((m for m in range(a + 2, b - 1)
              if toks[m].norm in ar_nasab() and toks[m + 1].norm in origins), b)
    # («أشاد فلان الفلاني بجهود …», «اقترح المهندس فلان لحل …», «تحدث فلان الفلاني علانية عن …»:
    # after a name, a verbal noun glued to بـ/لـ or an adverb of manner opens the verb's complement)
    tails, lex = ar_name_tail_complements(), lexicon("ar")
    b = next((m for m in range(a + 1, b)
              if toks[m].kind == "w" and toks[m].norm in tails
              and ar_name_token(toks[m - 1], toks[m - 2].norm if m - 2 >= a else None, lex)), b)
    b = _ar_past_open_link(toks, a, b)
    blessings = formulas()
    firsts = _formulas_by_first()
    if not any(t.norm in firsts for t in toks[a:b]):
        return a, b
    for ph in blessings:
        n = len(ph)
        if b - a == n and a > 0 and toks[a - 1].kind == "w" and tuple(t.norm for t in toks[a:b]) == ph \
                and toks[a - 1].norm not in aux and toks[a - 1].norm not in ar_stops() \
                and not _ar_cue_after_clitic(toks[a - 1].norm):
            # «أن النبي صلى الله عليه وسلم قال»: the phrase before the verb was the blessing alone
            # (not the verb before it: «، فقال تعالى: «…»», the epithet stands for God's name)
            back = 2 if toks[a - 1].norm == "الله" and a > 1 and toks[a - 2].kind == "w" else 1
            return a - back, a
        k = _phrase_at(toks, a, b, ph)
        if k is not None:
            return a, k  # («رسول الله صلى الله عليه وسلم بقوله»: the blessing ends the name)
        for cut in range(1, min(n, b - a)):
            if tuple(t.norm for t in toks[b - cut:b]) == ph[:cut] \
                    and tuple(t.norm for t in toks[b:b + n - cut]) == ph[cut:]:
                return a, b - cut  # («وقال رسول الله صلى الله عليه وسلم:»: the phrase stopped inside it)
    return a, b


def _ar_cue_after_clitic(w: str) -> bool:
    """Whether the folded ``w`` is a verb of saying, bare or behind و/ف («وقال», «فقال»)."""
    cues = lexicon("ar").cues
    return w in cues or (w[:1] in "وف" and w[1:] in cues)


def _ar_before_hearer(toks: list[Tok], a: int, b: int) -> int:
    """After a verb of telling («أبلغ», «وأخبرت»: ``telling_verbs_ar.txt``) the subject comes
    first, then the one told: «وأخبر الوزير فلان الصحفيين أن …» → «الوزير فلان». The phrase ends
    before a listed hearer (``hearers_ar.txt``) that follows a name or a definite word, not a
    role, a body or a vague head it completes as a genitive («نقيب الصحفيين»)."""
    if a == 0 or b - a < 2 or toks[a - 1].kind != "w":
        return b
    if not ar_telling_verb(toks[a - 1].norm):
        return b
    hearers, lex = ar_hearers(), lexicon("ar")
    for m in range(a + 1, b):
        prev = toks[m - 1]
        if toks[m].kind != "w" or toks[m].norm not in hearers or prev.kind != "w":
            continue
        w = prev.norm
        if w in lex.roles or w in _ar_bodies() or w in _ar_vague() or w in hearers:
            return b  # («مراسل وكالة …», «رئيس مجلس النواب»: a genitive; hearers never stack)
        if w.startswith("ال") or ar_name_token(prev, None, lex):
            return m
    return b


def _ar_object_after_description(toks: list[Tok], a: int, b: int, lex: Lexicon, reg: Register) -> int:
    """«أبلغ المبعوث الأممي الفصائل …», «وصفت صحيفة فلانية العبرية الفيديو …», «أعلنت مؤسسة الكهرباء
    الوطنية الانتهاء من …»: a description headed by a role or a body and closed by its nisba
    adjective(s) is complete; a definite noun after it that is no adjective (no nisba, none of
    ``description_adjectives_ar.txt``, the office and fame adjectives), no role, title or person
    noun and no name the register knows is the verb's object, and the phrase ends before it."""
    keep = _ar_description_adjectives() | _ar_time_adj() | _ar_title_adj()
    for m in range(a + 2, b):
        t, prev = toks[m], toks[m - 1]
        w = t.norm
        if t.kind != "w" or prev.kind != "w" or not ar_nisba(prev.norm, plural=True) \
                or not w.startswith("ال") or ar_nisba(w, plural=True) or w in keep \
                or w in lex.roles or w.removeprefix("ال") in lex.roles or w in lex.people \
                or w in lex.honorifics or w in lex.stops or len(w) < 5 \
                or reg.by_name((w,)) is not None or ar_name_token(t, prev.norm, lex):
            continue
        head = toks[a].norm
        if head in lex.roles or head.removeprefix("ال") in lex.roles or head in lex.people \
                or head in _ar_bodies() or head.removeprefix("ال") in _ar_bodies():
            return m
    return b


def _ar_past_open_link(toks: list[Tok], a: int, b: int) -> int:
    """A name never ends on «بن», «ابن», «بنت», «أبو»: a speaker phrase cut right after one
    («وليد بن» of «وليد بن علي الجلال», where «علي» is also the folded «على»; «أبو» of «أبو
    طالب», where «طالب» is also a noun and a verb) goes on to the end of the name that follows."""
    if b >= len(toks) or toks[b].kind != "w" or toks[b - 1].kind != "w" \
            or (toks[b - 1].norm not in ar_nasab() and toks[b - 1].norm not in ar_kunya()):
        return b
    lex = lexicon("ar")
    m = b - 1
    while m > a and ar_name_token(toks[m - 1], None, lex):
        m -= 1  # the name's first word («وليد بن»: وليد)
    return max(b, ar_name_end(toks, m, lex, limit=b - m + 4))


@cache
def _blessings() -> tuple[tuple[str, ...], ...]:
    """Blessings on a person («رحمه الله», «طيب الله ثراه»), longest first: they may follow a
    verb whose dropped subject they are about («وقال رحمه الله: …»)."""
    return phrases("eulogies_ar.txt")


@cache
def _ar_divine_epithets() -> frozenset[tuple[str, ...]]:
    """«تعالى», «عز وجل», «سبحانه وتعالى» (``divine_epithets_ar.txt``, folded words)."""
    return frozenset(phrases("divine_epithets_ar.txt"))


def ar_divine(name: str) -> bool:
    """«الله», «المولى», «تعالى»: a speaker's name that is a name of God (``god_names_ar.txt``,
    the one list people.py reads) or one of His epithets standing for it
    (``_ar_divine_epithets``), compared folded."""
    key = normalize(name)
    return key in _ar_god_names() or tuple(key.split()) in _ar_divine_epithets()


@cache
def formulas() -> tuple[tuple[str, ...], ...]:
    """Blessings and divine epithets («عز وجل», «تعالى»), longest first: words after a name
    that are no part of the speaker phrase (and, in marks, no speech)."""
    return tuple(sorted(_blessings() + phrases("divine_epithets_ar.txt"), key=len, reverse=True))


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, each word's in their order in ``phrases``: a token that opens
    none of them is answered by one lookup."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[0], []).append(ph)
    return {w: tuple(phs) for w, phs in out.items()}


@cache
def _formulas_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(formulas())


@cache
def blessings_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(_blessings())


def _blessing_at(toks: list[Tok], k: int) -> bool:
    """Whether a blessing formula («رحمه الله», «طيب الله ثراه») starts at token ``k``."""
    cands = _formulas_by_first().get(toks[k].norm) if k < len(toks) else None
    return cands is not None and any(tuple(t.norm for t in toks[k:k + len(ph)]) == ph for ph in cands)


def _phrase_at(toks: list[Tok], a: int, b: int, ph: tuple[str, ...]) -> int | None:
    """Where ``ph`` starts inside ``toks[a:b]`` after at least one word, if it does."""
    n = len(ph)
    for k in range(a + 1, b - n + 1):
        if tuple(t.norm for t in toks[k:k + n]) == ph:
            return k
    return None


def _en_it_subject(text: str, toks: list[Tok], k: int, reg: Register) -> Person | None:
    """"Acme filed a brief. It set out its case in its submission …": in a sentence opened by
    "It" (or "They"), "its" means the subject of the sentence before, when that sentence opens
    with a name (capitalised words, then a lowercase verb) of no person."""
    s = k
    while s > 0 and toks[s - 1].kind != "b" and k - s < 60:
        s -= 1
    if s == 0 or toks[s - 1].kind != "b" or toks[s].norm not in _en_body_pronouns():
        return None
    p = s - 1
    while p > 0 and toks[p - 1].kind != "b" and s - p < 80:
        p -= 1
    e = p
    while e < s - 1 and e - p < 4 and toks[e].kind == "w" and latin_cap(text, toks[e]) \
            and toks[e].norm not in stopwords("en"):
        e += 1
    if e == p or toks[e].kind != "w" or text[toks[e].start].isupper():
        return None
    keys = tuple(t.norm for t in toks[p:e])
    found = reg.by_name(keys)
    if found is None:
        return reg.add(text[toks[p].start:toks[e - 1].end], keys, toks[p].start)
    return found if found.named and found.gender == "?" and not found.human else None


def _en_clipped_name(w: str, reg: Register, pos: int) -> Person | None:
    """"the Fed said" after "the US Federal Reserve has raised rates": "the" and one capitalised
    word that names no one, the clipped first word of a name of several words met before (a
    body: a person's name takes no "the"), is that body."""
    if len(w) < 3 or reg.by_name((w,)) is not None:
        return None
    for p in reg.before(pos):
        if p.named and len(p.keys) >= 2 and p.keys[0] != w and p.keys[0].startswith(w) and p.first < pos:
            return p
    return None


def _en_surname_last_in_full(text: str, toks: list[Tok], a: int, reg: Register) -> Person | None:
    """"said Varga" after "the sister of Nina Varga … Producer Eva Varga is …": a lone
    surname that two people of the article share (each written in full) means the one written in
    full last before it (with one such person, that person). None when no one written in full
    has that surname."""
    w = toks[a].norm
    fullest = reg.by_name((w,))
    if fullest is None or not fullest.named or len(fullest.keys) < 2 or fullest.keys[-1] != w:
        return None
    for m in reversed(_positions(toks, w)):
        if m >= a or m < 1 or toks[m - 1].kind != "w" or not latin_cap(text, toks[m - 1]):
            continue
        p = reg.by_name((toks[m - 1].norm, w))
        if p is not None and p.named and len(p.keys) >= 2 and p.keys[-1] == w:
            return p
    return None


def _last_mention(text: str, toks: list[Tok], a: int, reg: Register) -> Person | None:
    """The person named most recently before token ``a`` (by full name or surname), looking
    back a bounded number of tokens: whom "the 22-year-old" or «l'humoriste» means."""
    k = a - 1
    while k >= 0 and a - k <= 120:
        t = toks[k]
        if latin_cap(text, t):
            w = t.norm[:-2] if t.norm.endswith(("'s", "’s")) else t.norm
            p = reg.by_name((w,))
            if p is not None and p.named and len(p.keys) >= 2 and p.keys[-1] == w:
                return p
        k -= 1
    return None


@cache
def _pronouns(lang: str) -> dict[str, str]:
    try:
        return {row[0]: row[1] for row in table("prcli.quotations", f"pronouns_{lang}.tsv") if len(row) >= 2}
    except FileNotFoundError:
        return {}


def _past_elided_que(text: str, t: Tok) -> int:
    """Where a French speaker phrase starts in ``t``: past an elided «qu'» glued to its article
    («Tandis qu'un homme lance : « … »» speaks as «un homme», not «qu'un homme»; «lorsqu'un
    élu …» as «un élu»)."""
    w = t.norm.replace("’", "'")
    cut = w.find("'") + 1
    if 0 < cut < len(w) and w[:cut] in _fr_elided_conj() \
            and w[cut:] in language_words("indefinite_articles", "fr"):
        return t.start + cut  # (also «lorsqu'un journaliste», «puisqu'une élue»)
    return t.start


def _skip_openers(text: str, toks: list[Tok], a: int, b: int, lex: Lexicon) -> int:
    """Past the adverbs and connectors that open a sentence ("D'ailleurs", "Puis", "However"):
    capitalised there, they are never part of the speaker's name."""
    conn = language_words("connectors", lex.lang)
    k = a
    while k < b - 1:
        t = toks[k]
        if t.kind != "w":
            if t.norm in (",", ";") and k > a:
                k += 1
                continue
            break
        two = f"{t.norm} {toks[k + 1].norm}" if toks[k + 1].kind == "w" else ""
        if two in conn and k + 2 < b:
            k += 2
        elif t.norm in conn:
            k += 1
        elif t.norm in of_de_elided() and k > a and latin_cap(text, toks[k + 1]):
            k += 1  # «Ainsi de Christophe X»: the name after the preposition
        else:
            break
    return k if any(toks[m].kind == "w" for m in range(k, b)) else a


def _pronoun_referent(text: str, toks: list[Tok], a: int, b: int, lex: Lexicon, reg: Register,
                      last: list[tuple[int, Person]]) -> Person | None:
    """The person a pronoun or demonstrative speaker phrase refers to ("celle-ci", "Puis il a
    conclu", "she"): never the pronoun itself. Also a lone sentence-initial common word
    ("Respect") that the article writes in lowercase elsewhere, which names no one."""
    words = [t for t in toks[a:b] if t.kind == "w"]
    if not words:
        return None
    prons = _pronouns(lex.lang)
    gender: str | None = None
    lone = False  # a common word: only a speaker right before may be meant
    if all(w.norm in language_words("connectors", lex.lang) for w in words):
        gender, lone = "?", True  # «Mais assure qu'il …»: a connector stands where the subject is dropped
    two = f"{words[0].norm} {words[1].norm}" if len(words) >= 2 else ""
    if two in prons and len(words) == 2:
        gender = prons[two]
    elif words[0].norm in prons and (len(words) == 1 or (
            prons[words[0].norm] != "?" and words[0].norm not in _object_pronouns()
            and not any(latin_cap(text, w) for w in words[1:]))):
        gender = prons[words[0].norm]
    elif len(words) == 1 and b - a == 1 and latin_cap(text, words[0]) and _sentence_initial(toks, a) \
            and words[0].norm not in lex.honorifics and words[0].norm in reg.lowercase_words(text, toks) \
            and reg.by_name((words[0].norm,)) is None:
        gender = "?"
        lone = True
    if gender is None and words[0].norm.startswith(("d'", "de")) \
            and not any(latin_cap(text, w) for w in words) \
            and not any(w.norm in _any_det() or w.norm.startswith("l'") or w.norm in lex.people
                        or w.norm.rstrip("s") in lex.people for w in words):
        gender = "?"  # «Et d'ajouter»: an infinitive names no one; the last speaker
    if gender is None:
        return None
    pos = toks[a].start
    # (an unnamed person counts when the pronoun agrees with it for sure: «le ministre de
    # l'Intérieur a assuré … Il a aussi condamné …»)
    recent = [p for at, p in reversed(last[-_RECENT:])
              if at <= pos and ((p.named and (gender in ("?", "p") or p.gender in ("?", gender)))
                                or (not p.named and p.human and gender != "?" and p.gender == gender))]
    near_at, near = next(((at, p) for at, p in reversed(last[-_RECENT:])
                          if pos - at <= _NEAR and p in recent), (-1, None))
    if near is not None and not lone:
        newcomer_ = newcomer(text, toks, reg, near_at, pos, gender, [q for at, q in last if at <= pos])
        if newcomer_ is not None:
            return newcomer_
    if near is not None or lone:
        return near
    # a person introduced just before, or with that gender (an honorific, a feminine role),
    # but not yet quoted
    common = reg.lowercase_words(text, toks)
    for p in reg.before(pos):
        if not p.named or p.first >= pos or p.keys[0] in common or p.keys[0] in _any_det():
            continue  # «Place Léon Blum», «Le Monde»: a place or a title, not a person
        if p.gender == gender != "?" or (pos - p.first <= _NEAR and p.gender in ("?", gender)):
            return p
    return None


#: How far back (characters) a newcomer may have been named for a pronoun to mean them.
_NEWCOMER_SPAN = 500

#: (a closing mark right after the stop belongs to the sentence it ends: '… decade."')
@cache
def _sentence_end_re() -> re.Pattern[str]:
    return re.compile(r"[.!?](?:[ \u00a0\u202f]?[»”\"])?(?=\s|[A-ZÀ-Ý«“\"])")

_MARKS = frozenset("«»“”\"")

@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_][\w'’-]*")


def newcomer(text: str, toks: list[Tok], reg: Register, since: int, pos: int, gender: str,
             spoken: list[Person]) -> Person | None:
    """A person named in full in a new sentence after the last speaker's quotation and before the
    pronoun, who has not spoken yet: «…», a assuré Murielle. Convaincue, Anne Roy a défilé.
    «…», a-t-elle déclaré — "elle" is Anne Roy, the subject just introduced, not Murielle. The
    newcomer's sentence must hold no quotation mark before the name (so a name in the same
    attribution, "a dit X, en visite chez Y", never steals the pronoun)."""
    for p in reg.before(pos):
        if p.first <= since:
            return None
        if pos - p.first > _NEWCOMER_SPAN:
            return None
        if not p.named or len(p.keys) < 2 or p in spoken or (p.gender not in ("?", gender) and gender != "?"):
            continue
        between = text[since:p.first]
        ends = list(_sentence_end_re().finditer(between))
        if not ends:
            continue
        tail = between[ends[-1].end():]
        if any(ch in _MARKS for ch in tail):
            continue
        if _subject_slot(text, p, tail, reg.lang) and not common_word_in(text, toks, reg, p):
            return p
    return None


#: A French cleft sentence putting a named person in focus: «Mais c'est M. X, dont …, qui a …»
#: (opening its sentence, maybe after «Mais», «Et», «Or»: not «En Bretagne, a-t-elle ajouté, c'est X qui …»,
#: words of the one speaking).
#: The openers and the titles are data (``cleft_openers_fr.txt``, ``cleft_titles_fr.txt``); the
#: pattern is built on first use.
@cache
def _fr_cleft() -> re.Pattern[str]:
    def alternation(name: str) -> str:
        words = lazy_words("prcli.quotations", name)()
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(rf"(?:^|[.!?»]\s*)(?:(?:{alternation('cleft_openers_fr.txt')})\s+)?[Cc]['’]est\s+"
                      rf"(?:(?:{alternation('cleft_titles_fr.txt')})\s+)?"
                      r"((?:[A-ZÀ-Ý][\w’'-]+\s+){0,2}[A-ZÀ-Ý][\w’'-]+)[^.!?«»]{0,200}?\bqui\b")


def cleft_focus(text: str, reg: Register, since: int, pos: int, gender: str) -> Person | None:
    """«« … », a dit Y. Et c'est M. X, dont …, qui a parlé le plus fort. Il a promis
    « … »»: a cleft sentence after the last speaker's quotation (at ``since``) and before the
    pronoun (at ``pos``) puts a named person agreeing with ``gender`` in focus; the pronoun
    means that person (the last such sentence), not the last one quoted."""
    found: Person | None = None
    for m in _fr_cleft().finditer(text, since, pos):
        keys = tuple(normalize(w) for w in m.group(1).split())
        p = reg.by_name(keys, gender) or reg.by_name(keys[-1:], gender)  # (the surname: «Di Maio»)
        if p is not None and p.named and (gender not in ("m", "f") or p.gender in ("?", gender)):
            found = p
    return found


def common_word_in(text: str, toks: list[Tok], reg: Register, p: Person) -> bool:
    """Whether one of the name's words is written in lowercase elsewhere in the article: then the
    capitalised run is a sentence opening («Bloquer Paris», «Grand Bourgtheroulde»), not a name."""
    lower = reg.lowercase_words(text, toks)
    return any(k in lower for k in p.keys)


#: A French passive verb («a été saluée», «est dénoncée») and «par» with at most three lowercase
#: words of description («par l'américain») right before a name: the agent, who acts.
@cache
def _fr_passive_agent_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:été|est|sont|était|étaient|fut|furent)\s+(?:\w+\s+){0,3}?\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te)"
        r"\b[^.:;«»]*\bpar\s+(?:[a-zà-ÿ'’-]+\s+){0,3}$")


def _no_person_before(tail: str) -> bool:
    """The sentence before a passive's agent names no one: no subject pronoun opens it and no
    capitalised word stands past its first (a person as the passive's subject stays the topic:
    «Il a été reçu par le ministre. « … », a-t-il dit» is still «il»)."""
    words = tail.split()
    return bool(words) and words[0].lower() not in fr_clause_subject_pronouns() \
        and not any(w[:1].isupper() for w in words[1:])


def _subject_slot(text: str, p: Person, tail: str, lang: str = "") -> bool:
    """Whether the name at ``p.first`` stands where a sentence's subject does: right at the
    sentence start, or after a fronted phrase and with an apposition after it
    ("Convaincue elle aussi, Anne Roy, une figure du mouvement, a défilé"). A name after a verb or
    a preposition is an object ("il a critiqué Anne Roy") and never a pronoun's newcomer; nor is
    an English name in a sentence a subject pronoun opens ("She praised the nurse she portrayed,
    Anne Roy, for …": an apposition to the object)."""
    word = _word_re().match(text, p.first)
    if word is None or word.group().casefold() != p.keys[0].casefold():
        return False  # the phrase began before the name («With X»): not a bare subject
    head = tail.rstrip()
    if not head.strip():
        return not any(p.keys[0] in stopwords(lang) for lang in ("fr", "en"))  # «Au Québec»
    if lang == "en" and head.split()[0].lower() in _en_subject_pronouns():
        return False
    if _fr_passive_agent_re().search(tail) and _no_person_before(tail):
        return True  # «Ce mouvement a été applaudi dimanche par l'Italien Marco X»: the agent acts
    after = text[p.first:p.first + 200]
    name_end = after.find(",")
    return head.endswith(",") and name_end > 0 and "." not in after[:name_end]


def _unelided(w: str) -> str:
    """«l'humoriste» → «humoriste»: the noun behind an elided article."""
    return w[2:] if w[:2] in ("l'", "d'") and len(w) > 2 else w


@cache
def _people_stems(lang: str) -> frozenset[str]:
    """The stems of the person nouns of ``lang`` (computed once)."""
    lex = lexicon(lang)
    stem = ar_stem if lang == "ar" else latin_stem
    return frozenset(stem(w) for w in lex.people)


def _may_hold(p: Person, titles: set[str], lex: Lexicon, reg: Register) -> bool:
    """Whether ``p`` may be "le secrétaire d'État" or "the minister": a title needs a person
    known with it, or one whose roles name no other person word (Jérémy, intérimaire, is not)."""
    if not titles or titles & p.roles:
        return True
    return len(p.keys) >= 2 and not (p.roles & _people_stems(lex.lang))  # a full name, not «Jérôme»


_anaphoric_det = lazy_pairs(
    "prcli.quotations", "anaphoric_determiners_en.tsv", "anaphoric_determiners_fr.tsv"
)


def _quoted_noun_referent(text: str, toks: list[Tok], a: int, b: int,
                          last: list[tuple[int, Person]]) -> Person | None:
    """«ajoute ce « gilet jaune »», «répond le « boxeur »»: a definite or demonstrative
    determiner before a nickname in marks points back to the person just quoted (not before the
    capitalised name of a medium, «écrivait le « Journal du soir »»: the paper writes)."""
    if b - a != 2 or toks[a + 1].kind != "q" or toks[a].norm not in _anaphoric_det():
        return None
    inner = text[toks[a + 1].start + 1:toks[a + 1].end - 1].strip(" \u00a0\u202f\u2009")
    if inner[:1].isupper() and inner.split()[0].lower() in language_words("media_nouns", "fr"):
        return None
    gender = _anaphoric_det()[toks[a].norm]
    pos = toks[a].start
    for at, p in reversed(last[-_RECENT:]):
        if pos - at > _NEAR:
            break
        if p.named and at <= pos and (gender == "?" or p.gender in ("?", gender)):
            return p
    return None


def _ar_latter(text: str, toks: list[Tok], a: int, b: int, lex: Lexicon, reg: Register,
               last: list[tuple[int, Person]]) -> Person | None:
    """«كان أعضاء المجلس بانتظار رئيس هيئة “…”، وقال هذا الأخير إن …»: «(هذا) الأخير» is
    the person mentioned last before it, in its sentence or the one before: a named person, or
    a description headed by a person's noun or role (not a body's), in full as the article
    writes it, whether or not that person spoke before."""
    if tuple(t.norm for t in toks[a:b]) not in phrases("latter_phrases_ar.txt"):
        return None
    persons = (lex.roles | lex.people) - _ar_bodies() - ar_body_heads_definite()
    breaks = 0
    for k in range(a - 1, max(-1, a - 40), -1):
        t = toks[k]
        if t.kind == "b":
            breaks += 1
            if breaks > 1 or t.norm == "\n":
                return None
            continue
        if t.kind != "w":
            continue
        w = t.norm.removeprefix("و")
        feminine = w.endswith("ه") and "ال" + w.removeprefix("ال") not in _ar_masc_in_h()
        person = w.removeprefix("ال") in persons or w in lex.people
        if person and feminine == toks[b - 1].norm.endswith("ه"):
            # («الأخير» is a man, «الأخيرة» a woman: «الفنانة …» is not «الأخير»)
            e = k + 1
            while e < a and e - k <= 5 and (toks[e].kind == "q" or (
                    toks[e].kind == "w" and toks[e].norm not in lex.stops and toks[e].norm not in lex.cues)):
                e += 1
            return resolve_np(text, toks, (k, e), lex, reg, last)
        known = reg.by_name((t.norm,)) if t.norm not in lex.stops else None
        if known is not None and known.named and known.first <= t.start:
            return known
    return None


def _ar_body_named_in_marks(text: str, toks: list[Tok], a: int, b: int, reg: Register) -> Person | None:
    """«صحيفة “سبورت”», «وكالة «الأناضول»»: a body's head and its name in marks (the phrase
    ends with the marks) is that body, one per name: two papers quoted one after the other are two
    speakers, not the first one met again by the head word alone (which is all the words outside
    the marks would say)."""
    if b - a != 2 or toks[a].kind != "w" or toks[a + 1].kind != "q":
        return None
    head = toks[a].norm.removeprefix("و")
    if head not in _ar_bodies() and head.removeprefix("ال") not in _ar_bodies():
        return None
    name = text[toks[a + 1].start:toks[a + 1].end]
    key = (head + " " + normalize(name),)
    start = toks[a].start + (1 if head != toks[a].norm else 0)
    return reg.unnamed(key) or reg.add(text[start:toks[a + 1].end], key, start, set(), "?", named=False)


def _ar_body_anaphor(text: str, toks: list[Tok], a: int, b: int, reg: Register,
                     last: list[tuple[int, Person]] | None = None) -> Person | None:
    """«بحسب بيان صادر عن الحزب»: «الحزب» alone is the party the article named before
    («حزب العدالة والتنمية»), in full. The last body of that kind that spoke comes first
    («وقالت وزارة الدفاع في بيان إنها سلمته إلى وزارة الداخلية. وأضافت الوزارة …»: the one
    speaking goes on, not the one named last as an object)."""
    if b - a != 1 or not toks[a].norm.startswith("ال") or toks[a].norm[2:] not in _ar_bodies():
        return None
    head = toks[a].norm[2:]
    for _, p in reversed((last or [])[-_RECENT:]):
        words = p.name.split()
        first = normalize(words[0]) if words else ""
        if not p.named and head in (first, first.removeprefix("و")) and len(words) >= 2 \
                and all(normalize(w).startswith(("ال", "وال", "لل")) or normalize(w) in _ar_name_parts()
                        or w[:1] in "«“\"" for w in words[1:]):
            # (a body's name: its head and definite words or its name in marks, «شركة “…”», not
            # a phrase run into the verb's object)
            return p
    k = a - 1
    while k >= 0 and a - k < 3000:
        w = toks[k].norm
        if toks[k].kind == "w" and w == head and k + 1 < a and toks[k + 1].kind == "q" \
                and 1 <= len(text[toks[k + 1].start + 1:toks[k + 1].end - 1].split()) <= 4:
            # «مقابلة أجرتها محطة «…» التلفزيونية … قالت المحطة»: the body was named in marks
            return _ar_body_named_in_marks(text, toks, k, k + 2, reg)
        if toks[k].kind == "w" and (w == head or (w[:1] in "وبل" and w[1:] == head)) \
                and k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].norm.startswith("ال"):
            e = k + 1
            while e < len(toks) and e - k <= 4 and toks[e].kind == "w" \
                    and (toks[e].norm.startswith(("ال", "وال")) or toks[e].norm in _ar_name_parts()):
                e += 1
            start = toks[k].start + (1 if w != head else 0)
            name = text[start:toks[e - 1].end]
            key = (" ".join(t.norm for t in toks[k:e]).removeprefix(w[:1] if w != head else ""),)
            return reg.unnamed(key) or reg.add(name, key, start, set(), "?", named=False)
        k -= 1
    return None


def _ar_role_after(toks: list[Tok], b: int, lex: Lexicon, reg: Register) -> set[str]:
    """«سامي الحربي، مدير هيئة السياحة،», «سامي الحربي مدير هيئة السياحة»: the role written
    after a name, so that a later «مدير الهيئة» or «المدير» finds that person."""
    k = b + 1 if b < len(toks) and toks[b].norm in (",", "،", ";", "؛") else b  # («فلان؛ مساعد مدير …»)
    if k >= len(toks) or toks[k].kind != "w":
        return set()
    head = toks[k].norm.removeprefix("ال")
    if head in _ar_role_modifiers() and k + 1 < len(toks) and toks[k + 1].norm in lex.roles:
        head = toks[k + 1].norm  # «مساعد مدير الهيئات»: the role noun after the modifier
    if head not in lex.roles and toks[k].norm not in lex.people and head not in lex.people:
        return set()
    words: list[str] = []
    while k < len(toks) and toks[k].kind == "w" and len(words) < 6 and toks[k].norm not in lex.stops \
            and toks[k].norm not in lex.cues:
        words.append(toks[k].norm)
        k += 1
    return reg.role_stems(_ar_own_role_words(words, lex))


def _ar_own_role_words(words: list[str], lex: Lexicon) -> list[str]:
    """The role words after a name that describe that person: «فلان المتحدث باسم الرئيس فلان»
    stops before the title after «باسم» (the one he speaks for is someone else, whose role
    a later «الرئيس» names)."""
    for n in range(1, len(words)):
        if words[n - 1] == "باسم" and words[n] in lex.honorifics:
            return words[:n - 1]
    return words


def _bare_family_name(word: str, reg: Register) -> Person | None:
    """«البصيري» for «سليمان بصيري»: Arabic writers add or drop ال on a family name; a person
    named in full whose last name is the word without ال is the one meant."""
    bare = word.removeprefix("ال")
    if len(bare) < 3:
        return None
    found = reg.by_name((bare,))
    return found if found is not None and found.keys[-1] == bare else None


def _ar_source_anaphor(rnorm: list[str], reg: Register) -> Person | None:
    """«وأكد المصدر»: the unnamed source introduced last with that head («مصدر في قيادة
    العمليات»), in its fullest description."""
    if len(rnorm) != 1 or not rnorm[0].startswith("ال") or rnorm[0][2:] not in ar_vague():
        return None
    head = rnorm[0][2:]
    for p in reg.latest():
        words = p.name.split()
        if not p.named and words and normalize(words[0]).removeprefix("و") == head and len(words) > 1:
            return p
    return None


@cache
def _role_aliases(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    try:
        rows = table("prcli.quotations", f"role_aliases_{lang}.tsv")
    except FileNotFoundError:
        return ()
    return tuple((tuple(r[0].lower().replace("’", "'").split()), tuple(r[1].split()))
                 for r in rows if len(r) >= 2)


@cache
def _role_aliases_by_first(lang: str) -> dict[str, tuple[int, ...]]:
    """The places in ``_role_aliases`` of the periphrases that open with each word."""
    out: dict[str, list[int]] = {}
    for at, (phrase, _) in enumerate(_role_aliases(lang)):
        if phrase:
            out.setdefault(phrase[0], []).append(at)
    return {w: tuple(ats) for w, ats in out.items()}


def _role_alias(norms: list[str], lang: str) -> tuple[str, ...] | None:
    """The usual role a periphrasis stands for («chef de l'État» → président). Only the
    periphrases opening with one of the first three words are tried, in the table's order."""
    by_first = _role_aliases_by_first(lang)
    tried = sorted({at for w in norms[:3] for at in by_first.get(w, ())})
    aliases = _role_aliases(lang)
    for phrase, role in (aliases[at] for at in tried):
        n = len(phrase)
        if any(tuple(norms[k:k + n]) == phrase for k in range(min(3, len(norms)))):
            return role
    return None


def _quoted_name(text: str, tok: Tok, reg: Register) -> Person:
    """The person whose name the article wrote in marks («المغرد “فايز البلوي”»)."""
    start, end = tok.start + 1, tok.end - 1
    while start < end and text[start] in " \u00a0":
        start += 1
    while end > start and text[end - 1] in " \u00a0":
        end -= 1
    name = text[start:end]
    keys = tuple(normalize(w) for w in name.split())
    return reg.by_name(keys) or reg.add(name, keys, start)


def _sentence_initial(toks: list[Tok], a: int) -> bool:
    prev = toks[a - 1] if a > 0 else None
    return prev is None or prev.kind in ("b", "qb") or (prev.kind == "p" and prev.norm in ".!?:")


def _ar_role_in_construct(rnorm: list[str], lex: Lexicon) -> bool:
    """«ولي عهد …», «وزير خارجية …», «نائب رئيس …»: an indefinite role word (no ال) followed by
    an indefinite noun is the first term of a construct; the noun after it is its genitive, not
    the first word of a name (a name follows a definite role or a definite genitive)."""
    if len(rnorm) < 2:
        return False
    head, nxt = rnorm[0], rnorm[1]
    return head in lex.roles and not head.startswith("ال") and not nxt.startswith("ال") \
        and nxt not in lex.honorifics and nxt not in lex.people \
        and nxt not in _ar_name_openers()


def _resolve_ar(surface: str, words: list[Tok], lex: Lexicon, reg: Register,
                last: list[tuple[int, Person]], pos: int, verb_gender: str = "?", text: str = "") -> Person:
    # a phrase after its verb does not start with the conjunction و: «وائل» is a name
    cut = next((m for m in range(1, len(words)) if ar_outlet_ends(words, m, lex)), None)
    if cut is not None:
        # «وقال الوزير لمجلة “…” إن»: the outlet spoken to (glued to لـ) ends the speaker phrase
        words = words[:cut]
        surface = surface[:words[-1].end - words[0].start]
    norms = [w.norm for w in words]
    if tuple(norms) in _ar_divine_epithets():
        # «قال تعالى: «…»», «قال عز وجل»: the epithet stands for God's name, written or not before
        return reg.add_alone("الله", "الله", pos)
    if norms and normalize(norms[0]).removeprefix("و") in ar_documents():
        # «دراسة أجرتها جامعة الملك سعود»: a document speaks, described in full (no name inside)
        key = (" ".join(norms),)
        return reg.unnamed(key) or reg.add(surface, key, pos, set(), "?", named=False)
    if len(norms) >= 2 and _strip_w(norms[0]) in ar_office_heads() \
            and (_strip_w(norms[1]).removeprefix("ال") in lex.roles or norms[1] in lex.honorifics):
        # «وأوضح مكتب رئيس الوزراء أن …»: the office of a role holder speaks, a body, not the
        # person the role names («مكتب المدعي العام», «ديوان الرئيس»)
        key = (" ".join([_strip_w(norms[0]), *norms[1:]]),)
        glued = surface[:1] in "وف" and words[0].norm != _strip_w(words[0].norm)
        text_name = surface[1:] if glued else surface
        return reg.unnamed(key) or reg.add(text_name, key, pos, set(), "?", named=False)
    if norms and norms[0].startswith("ال"):
        ministry = reg.unnamed(("وزاره " + " ".join(norms),))
        if ministry is not None:
            return ministry  # «وأدانت الخارجية الأميركية» after «وزارة الخارجية الأميركية»: that ministry
    if _ar_initials(norms):
        # «وقال (م.د) فاعل جمعوي»: initials stand for a person's name (kept anonymous)
        return reg.by_name(tuple(norms)) or reg.add(surface, tuple(norms), pos, set(), "?")
    gender = "?"
    # honorifics first: «السيد لاكروا» → لاكروا (after a courtesy phrase: «صاحب السمو الملكي»)
    k = _ar_courtesy_lead(norms)
    if k and norms[0].endswith("ه"):
        gender = "f"  # «صاحبة السمو»
    while k < len(norms) and (norms[k].rstrip(".") in lex.honorifics or norms[k] == "."
                              or _coordinated_title(norms, k, lex)):
        # («د.» is one token with its period)
        if _ar_fem_title(norms[k]):
            gender = "f"
        elif gender == "?" and _ar_masc_title(norms[k], lex):
            gender = "m"  # «الوزير فلان»: a man; a later «وقالت» is not him
        k += 1
    if k == len(norms):
        k = 0  # «الوزير» alone is a description, not an honorific before a name
    if k > 0 and _ar_rank_suffix(words, k, len(words)):
        k += 1  # «العميد ركن فلان الفلاني»: «ركن» belongs to the rank, the name follows it
    rest = words[k:]
    rnorm = norms[k:]
    known = _ar_surname_then_complement(rnorm, reg, pos)
    if known is not None:
        return known  # «ونوه فلاني بإنجازات العقد»: a surname met in full, then the verb's complement
    m = ar_name_end(rest, 0, lex, 6) if rest else 0
    # «مساعد الرئيس للشؤون الخارجية فلان الفلاني»: the modifier of a role, not the given name
    modified_role = len(rnorm) >= 2 and rnorm[0] in _ar_role_modifiers() \
        and rnorm[1].removeprefix("ال") in lex.roles
    if m == 1 and modified_role:
        m = 0
    spelled = m == 0 and k > 0 and bool(text) and ar_spelled_name_word(text, rest[0])
    if spelled:
        # «الفنانة إليسا إعجابها»: after a title, a name only its spelling shows, up to the object
        m = ar_name_end_spelled(text, rest, 0, lex, 6)
    if m == 0 and k > 0 and len(rnorm) == 1 and rnorm[0] == "علي":
        m = 1  # «ويؤكد د. علي لـ…»: the given name alone after a title
    if m == 0 and k > 0 and len(rnorm) >= 2 and rnorm[0] == "علي" and rest[1].kind == "w":
        # «الوزير علي الحربي»: folded, the given name علي reads as the preposition على
        m = max(ar_name_end(rest, 1, lex, 5), 2 if rnorm[1].startswith("ال") else 1)
    if m == 0 and k > 0 and rest and rnorm[0].startswith("ال") and rnorm[0] not in lex.people \
            and rest[0].kind == "w" and len(rnorm) <= 2 and norms[k - 1] in _ar_courtesy():
        m = 1  # «السيد الوادي»: a family name with ال after a courtesy title (not «المدرب الروسي»)
    tail = k > 0 and m >= 2 and m + 1 < len(rest) and _ar_family_name_then_role(rest, m, lex)
    if tail:
        m += 1  # «المهندس فهد بن سعيد الزهراني مالك الورشة»: the family name, then a description
    if m and (m == len(rest) or tail or spelled or rnorm[m] in lex.people or rnorm[m] in lex.roles
              or rest[m].kind != "w"
              or ar_role_after_name(rest, m)  # («ادريان لودفيج كبير الخبراء»: the role after the name)
              or ar_quantity_word(rnorm[m])  # («نفت الوزيرة فلانة الفلانية عدة تهم»: the object opens)
              or (k > 0 and rnorm[m].startswith(("بال", "لل")))  # («المغنية X Y بالجمهور»: an object)
              or (rnorm[m].startswith("ال") and any(rnorm[m].startswith(p) for p in lex.people))
              or (rnorm[m].startswith("ال") and rnorm[m][2:] in lex.roles)):
        # («كمال بنعلي الشريك المؤسس»: a definite role after the name is its apposition)
        # a name: keep the name tokens
        keys = tuple(rnorm[:m])
        known = reg.by_name(keys[:-1]) if m >= 2 and keys[-1].startswith("ال") and not tail else None
        if known is not None and known.named and len(known.keys) >= 2 and reg.by_name(keys) is None \
                and known.keys[-1] == keys[-2]:  # (a surname, not «محمد» of another «محمد فقيهي»)
            return known  # «ووصف نتانياهو الهجوم بأنه …»: a surname met before, then the object
        roles = reg.role_stems(_ar_own_role_words(rnorm[m:], lex)) if m < len(rnorm) and (
            rnorm[m].startswith("ال") or rnorm[m] in lex.roles) else set()  # «سامي الحربي مدير الهيئة»
        found = reg.by_name(keys, gender if gender != "?" else verb_gender)
        if found is not None:
            found.roles |= roles
            if found.gender == "?":
                found.gender = gender
            return found
        text_name = surface[rest[0].start - words[0].start:rest[m - 1].end - words[0].start]
        if text_name[:1] in "وف" and len(rest[0].norm) > 3 and rnorm[0] != rest[0].norm:
            text_name = text_name[1:]
        return reg.add(text_name, keys, pos, roles, gender)
    # «وأرجع الكندي سبب …»: a family name met in full before, then the object of the verb
    if rnorm and rnorm[0].startswith("ال") and len(rnorm) > 1:
        known = reg.by_name((rnorm[0],))
        if known is not None and known.named and len(known.keys) >= 2 and known.keys[-1] == rnorm[0] \
                and known.first <= pos:
            return known
    # a title inside a long description, then the name closing it: «أستاذ الجلدية بجامعة
    # القاهرة الدكتور أمين سالم», «تصريحات معالي وزير النقل المهندس ماجد الشهري»
    # («زوجة الرئيس فلان»: after a kinship noun the titled name is the kinsman's, not the speaker)
    kin_head = bool(rnorm) and ar_kin_word(rnorm[0])
    # the first word as written (not folded)
    head_raw = surface[rest[0].start - words[0].start:rest[0].end - words[0].start] if rest else ""
    h = _ar_titled_tail(rest, lex) if not kin_head else None
    first = _ar_named_holder_first(rest, rnorm, lex) if not kin_head else None
    if first is not None:
        # «كشف رئيس النادي فلان الفلاني سبب إلغاء عقد اللاعب فلان …»: the holder named first is
        # the subject; the titled name closing the phrase is inside the verb's object
        keys = tuple(rnorm[first[0]:first[1]])
        return reg.by_name(keys) or reg.add(
            surface[rest[first[0]].start - words[0].start:rest[first[1] - 1].end - words[0].start],
            keys, pos, reg.role_stems(rnorm[:first[0]]), gender)
    if h is not None:
        keys = tuple(rnorm[h:])
        found = reg.by_name(keys)
        if found is not None:
            return found
        return reg.add(surface[rest[h].start - words[0].start:], keys, pos, reg.role_stems(rnorm[:h - 1]),
                       gender)
    # a trailing name after a role: «رئيس الحكومة عزيز أخنوش»
    m = len(rest)
    head = rnorm[0].removeprefix("ال") if rnorm else ""
    nisba = bool(rnorm) and ar_nisba(rnorm[0])
    person_head = (head in lex.roles or (bool(rnorm) and rnorm[0] in lex.people) or nisba or k > 0
                   or kin_head or modified_role) \
        and head not in _ar_bodies()  # (nisba: «الإسباني خايمي بويتن»; k: a title, «المستشارة الألمانية X»)
    kin_ali = m >= 3 and rnorm[m - 2] == "علي" and rnorm[m - 3].startswith("ال") and kin_head
    if m > 1 and rnorm[-1].startswith("ال") and rnorm[-1] not in lex.people \
            and (ar_name_token(rest[m - 2], None, lex) or kin_ali):
        m -= 1  # «… يزيد بن فهد الرشيد»: a family name with ال closing the phrase
    while m > 0 and (ar_name_token(rest[m - 1], rnorm[m - 2] if m >= 2 else None, lex)
                     or (rnorm[m - 1] == "علي" and m >= 2 and rnorm[m - 2] in lex.honorifics)
                     or (kin_ali and m == len(rest) - 1)):
        m -= 1  # («… مطلق بن مشرف»: after «بن» a role word is a father's name; «الدكتور علي …»:
        # folded, the given name علي reads as the preposition على)
    if 0 < m < len(rest) and ar_time_given_name(rest, m - 1, lex):
        m -= 1  # «رئيس مجلس المحافظة صباح فلان»: a given name that is a word of time elsewhere
    if text and len(rest) >= 5:
        m = _ar_past_body_name(text, surface, words[0].start, rest, rnorm, m, lex)
    construct = m > 0 and len(rest) - m >= 3 and not rnorm[m].startswith("باسم") and _ar_construct_noun(
        surface[rest[m - 1].start - words[0].start:rest[m - 1].end - words[0].start])
    if construct:
        m += 1  # «نائب رئيس شرطة دبي فلان الفلاني»: the word after a noun in construct is its genitive
        # («زوج معلمة تبوك فلان الفلاني»: past a whole construct chain the name is the kinsman's; right
        # after the kinship noun it is the genitive: «والد فلان الفلاني» is the father of that man)
        person_head = person_head or head in ar_kinship()
    if 0 < m < len(rest) - 1 and rnorm[m].startswith("ل") and rnorm[m - 1].startswith("ال") \
            and not _ar_lam_given_name(rnorm, m, lex):
        if len(rest) - m >= 4 and not rnorm[m].startswith("لل") and not rnorm[m + 1].startswith("ال") \
                and _ar_construct_noun(surface[rest[m].start - words[0].start:rest[m].end - words[0].start]):
            m += 2  # «الحاكم السابق لولاية أوهايو فلان الفلاني»: لـ, a noun in construct and its genitive
        else:
            m = len(rest)  # «للمؤسسات الوطنية لحقوق الإنسان»: a genitive with لـ, no name
    glued = any(w in _ar_name_openers() for w in rnorm[m:])
    if not glued and m < len(rest) and rnorm[-1].startswith("ال"):
        # «جمعية حماية المستهلك» is no name; «وزير الصحة المغربي خالد آيت الطالب» is one
        person_head = (person_head or (m > 0 and rnorm[m - 1] in _ar_time_adj() and len(rest) - m >= 2)) \
            and m > 0 and (rnorm[m - 1] in lex.honorifics or (nisba and m == 1) or construct
                           or (m == 1 and len(rest) >= 3 and ar_kin_owned(head_raw))
                           or ar_on_its_behalf(rnorm[m - 1])
                           or (
                len(rest) - m >= 2 and _strip_w(rnorm[m - 1]).startswith("ال") and (
                    _strip_w(rnorm[m - 1]) not in lex.people or _strip_w(rnorm[m - 1])[2:] in _ar_bodies()))
                           # («رئيس لجنة الحكام بالاتحاد فلان الفلاني»: a definite noun glued to بـ/لـ
                           # closes the role's description too)
                           or (len(rest) - m >= 2 and rnorm[m - 1].startswith(("بال", "لل"))
                               and "ال" + rnorm[m - 1][3 if rnorm[m - 1][0] == "ب" else 2:]
                               not in lex.people))
        # («المخرج والمؤلف فلان الفلاني»: a second role joined by و still stands before the name)
        # («المتحدث باسم الوزارة خالد المالكي»: a body closing the role, then the name)
    if 0 < m < len(rest) - 1 and rnorm[m - 1] in _ar_time_adj() and rnorm[0] not in _ar_bodies():
        person_head = True  # «حارس المرمى السابق كريم الدوسري»
    if "باسم" in rnorm[m:]:
        on_behalf = rnorm.index("باسم", m)
        if person_head and len(rest) - on_behalf - 2 >= 2:
            m = on_behalf + 2  # «المتحدث باسم طالبان فلان الفلاني»: the body's one-word name, then his
        else:
            person_head = False  # «متحدثة باسم سوق الأسهم»: "on behalf of", not the name Bassem
    if (m == 1 and rnorm[0] in _ar_vague()) or (rnorm and rnorm[0] in _ar_vague() and any(
            w in ar_source_place_prepositions() for w in rnorm[:m])):
        # «مصادر أمنية وعشائرية», «مصدر عسكري من قبيلة ورفلة»: a vague source, no name
        person_head = False
    if m == 1 and k == 0 and _ar_role_in_construct(rnorm, lex) \
            and not ar_kin_owned(head_raw):
        # («شقيقه كمال منصور»: a kinship noun with its pronoun takes no genitive, the name follows)
        m = 2  # «ولي عهد أبوظبي»: the word after an indefinite role is its genitive, no name
    if kin_head and m > 0 and rnorm[m - 1] in lex.honorifics:
        person_head = False  # «زوجة الرئيس فلان الفلاني»: the president's wife, not the president
    if 0 < m < len(rest) and person_head and _ar_glued_thing(rnorm[m], lex):
        person_head = False  # «السويسري المتوج بجائزة أفضل مدرب»: what he was crowned with, no name
    if len(rest) - m >= 2 and m > 0 and person_head:
        keys = tuple(rnorm[m:])
        found = reg.by_name(keys)
        if found is not None:
            return found
        return reg.add(surface[rest[m].start - words[0].start:], keys, pos, reg.role_stems(rnorm[:m]), gender)
    # «وقال الإدريسي»: a family name with ال alone, of someone named in full before
    if len(rnorm) == 1 and rnorm[0].startswith("ال") and rnorm[0] not in lex.people \
            and rnorm[0].removeprefix("ال") not in lex.roles:
        found = reg.by_name((rnorm[0],)) or _bare_family_name(rnorm[0], reg)
        if found is not None and found.named and len(found.keys) >= 2 and found.first <= pos:
            return found
    back = _ar_source_anaphor(rnorm, reg)
    if back is not None:
        return back
    # a description: a registered person with that role, or a generic anaphor → last speaker
    if gender == "?" and rnorm and _ar_feminine_role(rnorm[0], head_raw, lex):
        gender = "f"  # «رئيسة وحدة …», «المديرة»: a woman, never the man who held a like role
    # («شقيق الفقيد» is not «الفقيد»: whose kin, not who)
    found = reg.by_role(rnorm, pos, gender, [p for _, p in last[-_RECENT:]]) \
        if not kin_head and not any(w in _ar_other() for w in rnorm) \
        and not (rnorm and rnorm[0] in _ar_vague()) \
        and not (rnorm and _strip_w(rnorm[0]) in _ar_one_of()) and not _ar_lone_body(rnorm, lex) \
        and not (rnorm and _strip_w(rnorm[0]) in ar_gathering_participants()) \
        else None  # («متحدث آخر»: someone else; «مسؤول في الحكومة», «أحد كبار القادة»: one left unnamed;
    # «المشاركون في القمة»: the participants, not the one person whose role names the summit)
    if found is not None and not (found.named and any(c in surface for c in "\"«“")
                                  and _strip_w(rnorm[0]).removeprefix("ال") in _ar_bodies()):
        return found  # (not «شركة "بيكر هيوز"»: a body with its own name is no person of that body)
    stems = reg.role_stems(rnorm)
    if not stems or (len(rnorm) == 1 and rnorm[0] in lex.people):
        for _, p in reversed(last[-_RECENT:]):
            same = p.named or p.keys == (" ".join(norms),)
            agrees = (gender == "?" or p.gender in ("?", gender)) and same
            anaphor = not stems or any(s in p.roles for s in stems) \
                or rnorm[0] in ar_latter()
            if agrees and anaphor:
                return p
    key = (" ".join(norms),)
    seen = reg.unnamed(key)
    if seen is not None:
        return seen
    text_name = surface[1:] if surface[:1] in "وف" and words and words[0].norm != norms[0] else surface
    p = reg.add(text_name, key, pos, stems, gender, named=False)
    p.human = (bool(norms) and (norms[0] in lex.people or norms[0] in lex.roles)
               and _strip_w(norms[0]).removeprefix("ال") not in _ar_media()) \
        or any(ar_kin_word(w) for w in norms[:2]) \
        or (len(norms) >= 2 and _strip_w(norms[0]) in _ar_one_of())
    # («موقع ميديا بارت» relays, is no one; «خال ووالدة الطفلة» are people; «إحدى الموظفات», like
    # «أحد السكان», is one of them)
    return p


def _ar_past_body_name(text: str, surface: str, base: int, rest: list[Tok], rnorm: list[str], m: int,
                       lex: Lexicon) -> int:
    """«مدرب نورث ريفرز مارك سميث» after «نادي نورث ريفرز» and «إلى نورث ريفرز»: the bare
    words after the role that the walk back took for name words (``rest[m:]``) may end a body's
    name of two words (the role's genitive: a club, a firm). When two such words stand together
    elsewhere in the article more often than with the next word after them, once at least after a
    preposition or a body's bare noun, they are that name, and the person's name starts after them
    (two words at least stay). No particle of a name («بن», «عبد», «أبو») and no word with ال
    takes part."""
    def raw(t: Tok) -> str:
        return surface[t.start - base:t.end - base]

    def runs(*parts: str) -> list[int]:
        # where the words stand together, found through the article's word index (built once)
        found = []
        for at in _ar_word_index(text)[0].get(parts[0], ()):
            end = at + len(parts[0])
            for part in parts[1:]:
                nxt = _ar_next_word_re().match(text, end)
                if nxt is None or nxt.group(1) != part:
                    break
                end = nxt.end()
            else:
                found.append(at)
        return found

    def after_body_noun(at: int) -> bool:
        # («إلى نورث ريفرز», «نادي نورث ريفرز»: after a preposition or a body's bare noun)
        before = text[max(0, at - 30):at].split()
        w = normalize(before[-1]) if before and text[at - 1:at].isspace() else ""
        return w in ar_prepositions() or w in _ar_bodies() or w.removesuffix("ي") in _ar_bodies()

    start = max(m, 2) if rnorm[0] in lex.roles or rnorm[0].removeprefix("ال") in lex.roles else 0
    if not start:
        return m
    links = _ar_name_links_words()
    for j in range(len(rest) - 3, start - 1, -1):
        if any(t.kind != "w" or t.norm.startswith("ال") or t.norm in links or t.norm in lex.roles
               or t.norm in lex.honorifics for t in rest[j - 1:j + 1]) or rest[j + 1].norm in links \
                or rest[j + 1].kind != "w" or j - 1 < max(m - 1, 1):
            continue
        pair = runs(raw(rest[j - 1]), raw(rest[j]))
        if len(pair) > len(runs(raw(rest[j - 1]), raw(rest[j]), raw(rest[j + 1]))) \
                and any(after_body_noun(at) for at in pair):
            return j + 1
    return m


def _ar_ibn_full_name(text: str, toks: list[Tok], a: int, lex: Lexicon, reg: Register) -> Person | None:
    """«وأكد ابن راشد» after «مدير المعهد سالم بن راشد أمام الحضور»: «ابن» and a family word
    call back the man written earlier as a given name, «بن» and that word (after «بن» and a given
    name again, «فلان بن فلان بن راشد», the whole chain); of several, the given name written
    most often so (a noun before «بن» once, «انتقد اهتمام بن زيد», is none). That person, added
    to the register when it has no such name (it reads names only after titles and commas)."""
    w = toks[a + 1].norm
    if toks[a].norm != "ابن" or toks[a + 1].kind != "w" or (a > 0 and toks[a - 1].norm == "بن"):
        return None
    found: dict[str, list[int]] = {}
    for m in _positions(toks, w):
        if 2 <= m < a and toks[m - 1].norm == "بن" and _ar_nasab_given(toks, m - 2, lex):
            found.setdefault(toks[m - 2].norm, []).append(m)
    if not found:
        return None
    m = max(found.values(), key=lambda ms: (len(ms), ms[-1]))[-1]
    first = m - 2
    while first >= 2 and toks[first - 1].norm == "بن" and _ar_nasab_given(toks, first - 2, lex):
        first -= 2
    keys = tuple(t.norm for t in toks[first:m + 1])
    known = reg.by_name(keys)
    if known is not None and known.named:
        return known
    return reg.add(text[toks[first].start:toks[m].end], keys, toks[first].start)


def _ar_nasab_given(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A given name at ``k`` before «بن»: a name word, not a definite word, a stop word or a role."""
    t = toks[k]
    return t.kind == "w" and not t.norm.startswith("ال") \
        and t.norm not in lex.stops and t.norm not in lex.roles and ar_name_token(t, None, lex)


def _ar_courtesy_lead(norms: list[str]) -> int:
    """«صاحب السمو الملكي الأمير فلان بن فلان», «صاحب المعالي الدكتور فلان»: how many words open
    the phrase as a courtesy title («صاحب/صاحبة», a definite courtesy title, and its nisba
    adjective) before the name and its own title; 0 when none does."""
    if len(norms) < 3 or _strip_w(norms[0]) not in _ar_courtesy_owners() or not norms[1].startswith("ال") \
            or norms[1][2:] not in _ar_courtesy():
        return 0
    return 3 if len(norms) > 3 and ar_nisba(norms[2], 5) else 2


def _ar_lone_body(rnorm: list[str], lex: Lexicon) -> bool:
    """«وأكد المرصد», «وأضافت الصحيفة»: a body's head noun alone, definite, is that body speaking,
    never the person whose role names it («مدير المرصد فلان» heads it; «المرصد» is not him). Not a
    rank written like a body noun («الفريق» is also a general's title)."""
    if len(rnorm) != 1:
        return False
    w = _strip_w(rnorm[0])
    return w.startswith("ال") and w not in lex.honorifics \
        and (w[2:] in _ar_bodies() or w[2:] in ar_body_heads_definite())


def _ar_feminine_role(w: str, raw: str, lex: Lexicon) -> bool:
    """«رئيسة», «المديرة», «ومستشارة»: a role noun in its feminine form (the masculine with ة,
    as written in ``raw``: «مدربه» is «his coach», folded like «مدربة»)."""
    bare = _strip_w(w).removeprefix("ال")
    return len(bare) >= 4 and raw.endswith("ة") and bare.endswith("ه") and bare in lex.roles \
        and bare[:-1] in lex.roles


def _ar_surname_then_complement(rnorm: list[str], reg: Register, pos: int) -> Person | None:
    """«ونوه الشرقاوي بإنجازات البرنامج», «وأشاد بنعلي بمبادرة …»: a phrase opening on the
    family name of someone named in full before, then a long word glued to بـ/لـ (the verb's
    complement, no name word the register knows): that person."""
    if len(rnorm) < 2 or len(rnorm[1]) < 6 or not ar_glued_preposition(rnorm[1]):
        return None
    known = reg.by_name((rnorm[0],))
    if known is None or not known.named or len(known.keys) < 2 or known.keys[-1] != rnorm[0] \
            or known.first > pos or reg.by_name((rnorm[1],)) is not None:
        return None
    return known


def _ar_family_name_then_role(rest: list[Tok], m: int, lex: Lexicon) -> bool:
    """After a title and a name of two words or more, a word with ال that is no role, person
    noun or stop word, followed by an indefinite noun and a definite one («العرفج مالك المصنع»,
    «الحربي عضو المجلس»): the family name closing the name, then the person's description."""
    w = rest[m].norm
    nxt, after = rest[m + 1], rest[m + 2] if m + 2 < len(rest) else None
    return rest[m].kind == "w" and w.startswith("ال") and len(w) > 3 and w not in lex.people \
        and w not in lex.stops and w[2:] not in lex.roles and not w.endswith("ه") \
        and nxt.kind == "w" and not nxt.norm.startswith("ال") and nxt.norm not in lex.stops \
        and after is not None and after.kind == "w" and after.norm.startswith("ال")


def _ar_initials(norms: list[str]) -> bool:
    """«م.د», «س. ع.»: two to four single Arabic letters, a period after at least one: the
    initials a news item gives for a named person who is kept anonymous."""
    letters = [w.rstrip(".") for w in norms]
    return 2 <= len(norms) <= 4 and any(w.endswith(".") for w in norms) \
        and all(len(w) == 1 and "\u0621" <= w <= "\u064a" for w in letters)


def _coordinated_title(norms: list[str], k: int, lex: Lexicon) -> bool:
    """«المخرج والمؤلف فلان الفلاني»: a second title joined by و to the title before it still
    stands before the name, so the name written after both is the person (not someone met
    earlier with the same role)."""
    return k > 0 and norms[k][:1] == "و" and norms[k][1:] in lex.honorifics \
        and norms[k - 1].rstrip(".") in lex.honorifics


def _ar_construct_noun(raw: str) -> bool:
    """«شرطة», «لحركة», «مدينة»: a noun written with ة and without ال that is no name (the walk
    back over a role's trailing name stopped at it) stands in construct: the word after it is its
    genitive (a place, a body), not the first word of the name that follows (callers leave out
    «باسم», "on behalf of": «متحدثة باسم …» is no construct)."""
    return raw.endswith("ة") and not normalize(raw).startswith(("ال", "لل", "بال", "وال"))


def _ar_named_holder_first(rest: list[Tok], rnorm: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """«رئيس النادي فلان الفلاني سبب إلغاء عقد اللاعب فلان فلاني»: a role, one to three definite
    genitives, a name of two words or more, then an indefinite noun (no ال, no name word, no
    role): the verb's object opens there, and the name before it is the holder of the role, who
    is the subject. The span of that name in ``rest``, else None."""
    if len(rnorm) < 6 or rnorm[0] not in lex.roles or rnorm[0].removeprefix("ال") in _ar_bodies():
        return None  # (not «نفت وزارة الصحة إيقاف صرف …»: a body and the verb's object)
    j = 1
    while j < len(rnorm) and j <= 3 and rnorm[j].startswith("ال") and rest[j].kind == "w" \
            and rnorm[j] not in lex.honorifics:
        j += 1
    if j == 1:
        return None
    e = ar_name_end(rest, j, lex, 4)
    family = j < e < len(rnorm) - 1 and rnorm[e].startswith("ال") and rnorm[e] not in lex.people \
        and rnorm[e][2:] not in lex.roles and not rnorm[e + 1].startswith("ال")
    if family:
        e += 1  # (a family name with ال closes the name: «فلان الفلاني سبب …»)
    if e - j < 2 or e >= len(rnorm) or rest[e].kind != "w" or any(w[:1] in "لب" for w in rnorm[j:e]):
        return None  # («مدير المرصد السوري لحقوق الإنسان فلان»: a genitive behind ل, not a name)
    nxt = rnorm[e]
    if nxt.startswith(("ال", "لل", "بال")) or nxt in lex.roles or nxt in lex.people or nxt in lex.honorifics \
            or nxt in ar_nasab() or (not family and ar_name_token(rest[e], rnorm[e - 1], lex)):
        return None
    return (j, e)


def _ar_titled_tail(rest: list[Tok], lex: Lexicon) -> int | None:
    """Where the name starts when a phrase ends with an honorific («الدكتور», «المهندس») and two
    to four name words after it (the last may be a family name with ال), the honorific not
    opening the phrase; else None."""
    n = len(rest)
    for h in range(n - 3, 0, -1):
        if rest[h].norm not in lex.honorifics:
            continue
        place = _strip_w(rest[h - 1].norm).removeprefix("ب").removeprefix("ل")
        if place in _ar_named_places():
            return None  # «إدارة مطار الملك عبدالعزيز الدولي»: a place named after someone
        names = rest[h + 1:]
        qualified = _ar_rank_suffix(names, 0, len(names))
        names = names[qualified:]  # «العميد ركن فلان الفلاني»: «ركن» belongs to the rank
        # («صاحب السمو الأمير فلان بن فلان بن فلان»: a chain of fathers runs longer)
        chain = len(names) <= 8 and any(t.norm in ar_nasab() for t in names[1:-1])
        if not 2 <= len(names) <= 4 and not chain:
            return None
        body = names[:-1] if names[-1].norm.startswith("ال") else names
        prev: str | None = None
        for t in body:
            if not ar_name_token(t, prev, lex):
                return None
            prev = t.norm
        return h + 1 + qualified
    return None


def elided_surname(text: str, prev: Tok, t: Tok) -> bool:
    """«Jeanne d'Hauteville», «Valéry d'Arcy»: an elided particle glued to a capitalised surname,
    right after a capitalised word, continues the name."""
    w = text[t.start:t.end]
    return t.kind == "w" and len(w) > 3 and w[0] == "d" and w[1] in "'’" and w[2].isupper() \
        and latin_cap(text, prev)


def _name_cap(text: str, words: list[Tok], w: Tok) -> bool:
    """``latin_cap`` for a word of a description, counting «d'Hauteville» after a name."""
    if latin_cap(text, w):
        return True
    i = next((m for m, x in enumerate(words) if x is w), 0)
    return i > 0 and elided_surname(text, words[i - 1], w)


def _role_word_surname(text: str, words: list[Tok], w: Tok) -> bool:
    """«Paul Le Maire», «Anne Le Juge»: a role noun written with a capital right after a capitalised
    «Le»/«La» that follows a capitalised word is a surname, not the role (the role is written
    «le maire», in lower case, inside a sentence)."""
    i = next((m for m, x in enumerate(words) if x is w), 0)
    return i >= 2 and words[i - 1].norm in fr_le_la() and latin_cap(text, words[i - 1]) \
        and latin_cap(text, words[i - 2]) and words[i - 2].norm not in _latin_det()


def _noun_then_given_name(text: str, words: list[Tok], k: int, lex: Lexicon) -> bool:
    """«le sondeur Paul Durand», «la maire-adjointe Anne Roy»: a determiner, a common noun (and
    its adjectives) in lower case, then a name opening with a known given name is an apposition:
    the named person speaks, even when the noun is no role we list."""
    if k < 2 or len(words) - k < 2 or words[0].norm not in _latin_det():
        return False
    if given_name_gender(words[k].norm) == "?":
        return False
    return all(w.kind == "w" and not latin_cap(text, w) and w.norm not in _de()
               and w.norm not in _place_prep() and not w.norm.startswith(("d'", "l'")) for w in words[1:k])


def _described_apart(text: str, norms: list[str], p: Person, pos: int, lex: Lexicon) -> bool:
    """«Donald X … montrant au président français …» then «a répondu le président français»:
    a description with a nationality («président français») written earlier after «à», «au», «de»
    in a sentence that ``p`` opens as its subject means someone else than ``p`` (the subject's
    object)."""
    nations = [w for w in norms if w in language_words("nationalities", "fr")]
    head = next((w for w in norms if w in lex.people), None)
    if not nations or head is None:
        return False
    phrase = f"{head} {nations[0]}"
    base = max(0, pos - _APART_WINDOW)  # (a bounded look back: no scan of a whole long page)
    low = text[base:pos].lower()
    k = low.rfind(phrase)
    while k > 0:
        s = max(low.rfind(". ", 0, k), low.rfind("\n", 0, k), low.rfind("| ", 0, k)) + 1
        before = low[max(0, k - 12):k].split()
        if before and before[-1] in language_words("of_prepositions", "fr") \
                and text[base + s:base + k].lstrip(" .|\n").startswith(p.name):
            # («au président français»: an object of the verb, not «a écrit le président …»)
            return True
        k = low.rfind(phrase, 0, k)
    return False


_APART_WINDOW = 3000


def _party_acronym(text: str, t: Tok) -> bool:
    """«PS», «LR», «EELV»: a short word in capitals (a party or union after a role noun)."""
    w = text[t.start:t.end]
    return 2 <= len(w) <= 5 and w.isalpha() and w.isupper()


def _resolve_latin(text: str, surface: str, words: list[Tok], lex: Lexicon, reg: Register,
                   last: list[tuple[int, Person]], pos: int, mentioned: Person | None = None) -> Person:
    gender = "?"
    caps = [w for w in words if _name_cap(text, words, w) and w.norm not in _latin_det()
            and ((w.norm.rstrip(".") not in lex.honorifics and w.norm not in lex.people)
                 or (lex.lang == "fr" and _role_word_surname(text, words, w)))
            and not (lex.lang == "fr" and w.norm[:2] == "l'" and _unelided(w.norm) in lex.people
                     and w is not words[-1])]
    # («L'historien Paul Renaud» opening a sentence: the role before the name is not part of it)
    for w in words:
        if w.norm.rstrip(".") in _en_fem():
            gender = "f"
        elif w.norm.rstrip(".") in _en_masc():
            gender = "m"
    bodies = _fr_named_complement(text, words, lex) if lex.lang == "fr" else []
    if bodies and any(given_name_gender(b) != "?" for b in bodies[:-1]):
        bodies = []  # «le ministre de la Santé Bruno Lemarchal»: the description ends with the name
    if bodies:
        # «le président de la Fédération des boulangers», «deux reporters de la radio X»: the
        # person described speaks; only someone whose role names that body is meant, not the body
        # and not the last «président» who spoke
        norms = [w.norm for w in words]
        fr_gender = gender if gender != "?" else _fr_phrase_gender(norms)
        held = reg.by_role(norms, pos, fr_gender, [p for _, p in last[-_RECENT:]])
        if held is not None and held.named and len(held.keys) >= 2 \
                and {reg.stem(b) for b in bodies} <= held.roles:
            return held
        # (a demonstrative, «ce mécanicien de Molsheim», points back: its own words may be read)
        upto = len(text) if norms[0] in fr_demonstratives() else pos
        # (a body named by its place, «la préfecture du Bas-Rhin», is not a body's person met
        # earlier with the same place, «le Consistoire du Bas-Rhin»)
        recent = None if _fr_body_head(norms) else _recent_of_body(text, bodies, last, pos, fr_gender, upto)
        if recent is not None:
            return recent  # «le reporter de RadioSud» after «le journaliste de Radio-Sud Jean X» spoke
        return _unnamed(text, surface, norms, reg, lex, pos, fr_gender)
    ends_cap = bool(words) and _name_cap(text, words, words[-1])
    if len(words) >= 3 and words[1].norm.rstrip("s") in lex.people and (
            (words[0].norm in indefinite_articles()
             and (words[2].norm in _works_for() or words[2].norm in of_de_du_elided()))
            or (lex.lang == "en" and words[0].norm == "the" and words[2].norm in en_works_for())):
        ends_cap = False  # "a spokesman for the Forum (WF)": someone described by a body, not its name
    if caps and ends_cap and lex.lang == "fr" and len(words) >= 2 and caps == [words[-1]] \
            and _unelided(words[-2].norm) in lex.people and _unelided(words[-2].norm) not in _bodies() \
            and _party_acronym(text, words[-1]):
        ends_cap = False  # «l'ancien sénateur PS»: a role and its party, a description of someone
    if caps and ends_cap:
        # "le député de Gouin", "l'ambassade des États-Unis": a place inside a description
        k = len(words)
        while k > 0 and _name_cap(text, words, words[k - 1]):
            k -= 1
            k = _past_particle(text, words, k)
        glue = k > 0 and (words[k - 1].norm in _place_prep() or words[k - 1].norm.startswith("d'"))
        placed = _place_first(words, k, [w.norm for w in words[k:]])
        if glue and placed:
            glue = False  # «le secrétaire général de l'UNSA Didier Morvan»: place, then name
        if glue and lex.lang == "fr" and len(words) - k >= 2 and given_name_gender(words[k].norm) != "?":
            elided = text[words[k - 1].start:words[k - 1].end]
            if len(elided) > 3 and elided[0] in "dD" and elided[1] in "'’" and elided[2].isupper():
                glue = False  # «le secrétaire d'État Didier Morvan»: the complement, then the name
        if glue and (k < 2 or not _name_cap(text, words, words[k - 2]) or words[k - 2].norm in _latin_det()
                     or words[k - 2].norm in lex.people or words[k - 2].norm.rstrip("s") in lex.people):
            ends_cap = False
        # "un sondage de l'institut BVA": a description ending in a name is not that name,
        # unless a role word or honorific introduces it ("le ministre Jean Dupont")
        role_before = placed or (len(words) - k >= 2 and words[k - 1].norm not in _latin_det()
                                 and any(w.norm in lex.people for w in words[:k])) \
            or (lex.lang == "fr" and _noun_then_given_name(text, words, k, lex))
        # («le ministre … wallon Luc Vandermeer», «la garde des Sceaux Odile Marchand»)
        if k >= 2 and words[0].norm in _latin_det() and not role_before \
                and not (words[k - 1].norm.rstrip(".") in lex.honorifics or words[k - 1].norm in lex.people):
            ends_cap = False
    if caps and ends_cap:
        # name keys: the trailing capitalised run
        run: list[Tok] = []
        for w in reversed(words):
            if w in caps or (w.norm in _latin_glue() and run):
                run.insert(0, w)
            else:
                break
        while run and run[0].norm in _latin_glue():
            run.pop(0)
        owned = [x for x, w in enumerate(run[:-2]) if _en_possessive(lex, (w.norm,))]
        if owned:
            run = run[owned[-1] + 1:]  # "Unite's Paul Green said": the body, then the person
        if lex.lang == "fr" and len(run) >= 2 and _glued_in_text(text, run[-1]):
            run.pop()  # «la Tour Bleue Exclu lui aussi de …»: a participle of the next sentence
        if run and len(words) > len(run) \
                and _place_first(words, len(words) - len(run), [w.norm for w in run]):
            run.pop(0)
        if lex.lang == "fr" and len(run) >= 3 and _acronym_before_given(text, run[0], run[1]):
            run.pop(0)  # «le chef de file des élus PCF Marc Guérin»: the party, then the name
        if lex.lang == "fr":
            before = words[len(words) - len(run) - 1].norm if len(words) > len(run) else ""
            run = run[_given_name_cut([w.norm for w in run], before):]  # «de Radio Azur Odile de Vries»
            run = run[_past_origin(text, run):]  # «le Savoyard d'Albertville Nico Mollier»
        keys = tuple(w.norm for w in run if w.norm not in _latin_glue())
        owner = _en_possessive(lex, keys)
        if owner:
            # "Ms Whitby's legal action alleges": the owner of the thing that speaks
            keys = (*keys[:-1], keys[-1][:len(keys[-1]) - owner])
            surface = text[words[0].start:run[-1].end - owner]
        if gender == "?" and lex.lang == "fr" and keys:
            gender = given_name_gender(keys[0])  # «raconte Serge»: not «la serveuse» a line later
        found = reg.by_name(keys)
        if found is not None:
            if found.gender == "?":
                found.gender = gender
            return found
        # an organisation or a single surname not seen in full: keep what is written
        name = text[run[0].start:run[-1].end - owner] if len(run) >= 2 or len(words) == len(run) else surface
        if len(run) == 1 and len(words) > 1:
            name = surface
        return reg.add(name, keys, pos, set(), gender)
    norms = [w.norm for w in words]
    if gender == "?" and lex.lang == "fr":
        gender = _fr_phrase_gender(norms)
    if len(norms) >= 3 and (norms[0] in one_of() or (
            norms[0] in fr_indefinite() and norms[1] in fr_of_them())):
        # «l'un des militants», "one of the protesters": one member, never the group itself
        one = reg.add(surface, (surface.lower(),), pos, reg.role_stems(norms), gender, named=False)
        one.human = True
        return one
    alias = _role_alias(norms, lex.lang)
    if alias is not None:
        held = reg.by_role([*norms[:1], *alias], pos, gender, [p for _, p in last[-_RECENT:]])
        if held is not None and held.named:
            return held  # «le chef de l'État» is the person introduced as «le président»
        if lex.lang == "fr":
            # a periphrasis names one office: with no holder of it in the article, it is no one
            # else already speaking (not the last speaker of the same gender)
            return _unnamed(text, surface, norms, reg, lex, pos, gender)
    if 2 <= len(norms) <= 3 and norms[0] in ("the", "a") and norms[-1].endswith("year-old"):
        # "the 31-year-old told Sky News": the person just introduced (a speaker or not)
        near = mentioned or next((p for p in reg.before(pos) if p.named and len(p.keys) >= 2
                                  and pos - p.first <= _NEAR), None)
        if near is not None:
            return near
    cut = _fr_relative_cut(norms, lex) if lex.lang == "fr" else None
    if cut is not None:
        # «un proche du président», «un conseiller du ministre»: someone else than the person after
        # «de»; only a person introduced with the head's own role is meant
        found = reg.by_role(norms[:cut], pos, gender, [p for _, p in last[-_RECENT:]]) \
            or _described_before(norms, cut, reg, pos)
        if found is not None and found.named:
            return found
        if norms[0] not in fr_demonstratives():
            return _unnamed(text, surface, norms, reg, lex, pos, gender)
        # «a ajouté ce proche du maire»: a demonstrative points back to someone in the story
    if lex.lang == "en" and len(norms) == 2 and norms[0] == "the" and norms[1] in _en_documents():
        return _unnamed(text, surface, norms, reg, lex, pos, gender)  # "the report said": the document
    if lex.lang == "en" and len(norms) == 2 and norms[0] == "the" and norms[1] in _en_company_nouns():
        org = _en_recent_organisation(reg, lex, last, pos)
        if org is not None:
            return org  # "GM said …" then '"…," the company said'
    if lex.lang == "en" and len(norms) >= 2 and norms[0] in language_words("indefinite_articles", "en"):
        # "A Downing Street spokesman said": the indefinite article brings in someone new, never
        # the party's spokesman named earlier
        return _unnamed(text, surface, norms, reg, lex, pos, gender)
    if lex.lang == "fr" and _fr_body_only(norms, lex):
        # «Le gouvernement a dénoncé …»: the body itself, not a person introduced with a role
        # that names it («le porte-parole du gouvernement X»)
        return _unnamed(text, surface, norms, reg, lex, pos, gender)
    office = reg.named_offices(norms)  # «le premier ministre»: only its holder, not any «ministre»
    found = reg.by_role(norms, pos, gender, [p for _, p in last[-_RECENT:]])
    if found is not None and found.named and office <= found.roles \
            and not (lex.lang == "fr" and _fr_other_complement(found, norms, reg, lex)):
        return found
    stems = reg.role_stems(norms)
    generic_only = not (stems - word_stems(reg.lang, lex.people))
    unlike = reg.other_offices(norms, stems)  # «le ministre» after «le premier ministre X»
    if generic_only and lex.lang == "fr" and norms and norms[0] in fr_definite():
        named_with = _fr_complement_holder(text, norms, lex, reg, pos, gender)
        if named_with is not None:
            return named_with  # «le porte-parole du gouvernement, X» earlier, not «leur porte-parole Y»
    if generic_only and norms \
            and (norms[0] in definite_articles() or norms[0] in fr_singular_demonstratives()):
        for _, p in reversed(last[-_RECENT:]):
            if p.roles & unlike or not office <= p.roles:
                continue
            if (p.roles & stems or (not p.named and set(p.keys) & stems)) and not _more_specific(p, stems):
                return p
    for p in reg.latest():
        if not p.named and stems and stems <= set(p.keys):
            return p
    if generic_only and norms and norms[0] in definite_articles() and last:
        for _, p in reversed(last[-_RECENT:]):
            if (gender == "?" or p.gender in ("?", gender)) and stems & p.roles and not p.roles & unlike \
                    and not _more_specific(p, stems) and office <= p.roles:
                return p
    introduced = _indefinite_before(text, norms, reg, lex, pos, gender)
    if introduced is not None:
        return introduced  # «une professeure de CE1 …» then «admet la professeure»
    if norms and (norms[0] in definite_articles() or norms[0] in fr_singular_demonstratives()
                  or norms[0].startswith("l'")) \
            and any(_unelided(w) in lex.people and _unelided(w) not in _bodies() for w in norms[:3]) \
            and len(norms) <= 6:
        # a definite description of someone already speaking: "the minister", "le député de Gouin"
        # (not «le procureur», «la présidente» at a trial: another party of the scene)
        if gender == "?" and lex.lang == "fr" and norms[0] in fr_gender_determiners():
            gender = "f" if norms[0] in fr_feminine_gender_determiners() else "m"
        heads = {reg.stem(w) for w in map(_unelided, norms[:3]) if w in lex.people}
        titles = {reg.stem(w) for w in map(_unelided, norms[:3]) if w in lex.people and w in lex.honorifics}
        scene = _scene_role(norms, lex.lang)
        if lex.lang == "fr" and not scene:
            head = next((w for w in map(_unelided, norms[:3]) if w in lex.people and w not in _bodies()), "")
            extra = [w for w in norms[norms.index(head) + 1 if head in norms else 2:]
                     if len(w) > 3 and w not in stopwords("fr")]
            holder = _fr_attached_before(text, head, extra[:1], reg, pos, gender)
            if holder is not None:
                return holder  # «le ministre de l'Intérieur» after «le ministre de l'Intérieur, X»
            if head in _crowd_nouns() \
                    and not any(p.named and reg.stem(head) in p.roles for p in reg.before(pos)):
                # «lance le manifestant»: one of the crowd no named person was ever called; only the
                # person quoted just before may be meant, not an earlier named one
                scene = not (last and last[-1][1].named
                             and (gender == "?" or last[-1][1].gender in ("?", gender)))
                if not scene:
                    return last[-1][1]
        # «le porte-parole du gouvernement»: someone speaking for another is only who was given that role
        held_in = _fr_proxy_heads(norms, reg) if lex.lang == "fr" else set()
        latest = last[-1][1] if last else None
        fresh = _fr_demonstrative_newcomer(norms, reg, last, pos, gender) \
            if lex.lang == "fr" and not scene and not held_in and not titles else None
        if fresh is not None:
            return fresh  # «X s'indigne. … Anne proteste … », peste cette salariée»: Anne
        for _, p in () if scene else reversed(last[-_RECENT:]):
            other = _other_kind(p, heads, reg, lex) and not (lex.lang == "fr" and p is latest
                                                             and _new_role_of_latest(p, heads, gender, reg))
            if p.named and (gender == "?" or p.gender in ("?", gender)) and _may_hold(p, titles, lex, reg) \
                    and not other and office <= p.roles and held_in <= p.roles \
                    and not (lex.lang == "fr" and _described_apart(text, norms, p, pos, lex)) \
                    and not (lex.lang == "fr" and _article_named(p)):
                return p  # (not «La France», «Le Monde»: a name opening with an article is no person)
        # «Le chanteur de 58 ans a expliqué»: someone named just before, not yet quoted
        if not scene and mentioned is not None and (gender == "?" or mentioned.gender in ("?", gender)) \
                and _may_hold(mentioned, titles, lex, reg) and office <= mentioned.roles \
                and held_in <= mentioned.roles and not mentioned.roles & unlike \
                and not (lex.lang == "fr" and _other_office(mentioned, heads, reg)):
            return mentioned  # (not «le premier ministre hongrois, X» for «le ministre italien»)
        for p in () if scene else reg.before(pos):
            if pos - p.first > _NEAR:
                break
            if p.named and len(p.keys) >= 2 and (gender == "?" or p.gender in ("?", gender)) \
                    and _may_hold(p, titles, lex, reg) and office <= p.roles and held_in <= p.roles \
                    and not p.roles & unlike and not (lex.lang == "fr" and _other_office(p, heads, reg)):
                return p
    return _unnamed(text, surface, norms, reg, lex, pos, gender)


def _fr_demonstrative_newcomer(norms: list[str], reg: Register, last: list[tuple[int, Person]], pos: int,
                               gender: str) -> Person | None:
    """«… », s'indigne Paul. Plus loin, Anne proteste contre … « … », peste cette salariée»: a
    demonstrative description («cette salariée») points at the person the article brought in
    last, when that person, of the description's gender, was named after the last quotation
    began (and has not spoken): not at the speaker quoted before."""
    if gender not in ("m", "f") or not norms or norms[0] not in fr_singular_demonstratives() or not last:
        return None
    since = last[-1][0]
    spoken = {id(p) for _, p in last[-_RECENT:]}
    for p in reg.before(pos):
        if p.first <= since or pos - p.first > _NEAR:
            return None
        if p.named and p.gender == gender and id(p) not in spoken:
            return p
    return None


def _en_possessive(lex: Lexicon, keys: tuple[str, ...]) -> int:
    """How many characters of an English possessive ("'s", "’s") end the last name token, else 0."""
    if lex.lang != "en" or not keys or len(keys[-1]) <= 3 or keys[-1][-2:] not in ("'s", "’s"):
        return 0
    return 2


def _en_recent_organisation(reg: Register, lex: Lexicon, last: list[tuple[int, Person]],
                            pos: int) -> Person | None:
    """The organisation "the company" or "the firm" refers back to: the latest subject met (within
    a page) named by one word with nothing of a person about it (no courtesy title, no role of a
    person: "GM", "Nokia"; a person is named in full, or after a title or a role), or by a name
    that ends as organisations' names do ("British Airways", "Harbour Bank"). A body registered
    with no name tokens ("The Holt Group": its words are all common nouns) is judged by its name's
    last word."""
    persons = word_stems(reg.lang, lex.people, _bodies())
    for at, p in reversed(last[-_RECENT:]):
        if pos - at > _NEAR:
            break
        last_word = p.keys[-1] if p.keys else p.name.rsplit(None, 1)[-1].lower()
        if p.named and p.gender == "?" and not p.human and not p.roles & persons \
                and (len(p.keys) == 1 or last_word in _en_organisation_ends()):
            return p
    return None


def _fr_body_head(norms: list[str]) -> bool:
    """«la préfecture du Var», «la direction de la police»: a description whose head noun (after
    its article) is itself a body, not a person described by one."""
    head = _unelided(norms[0]) if norms[0].startswith("l'") and len(norms[0]) > 2 else \
        (norms[1] if len(norms) > 1 else "")
    return head in _bodies()


def _fr_complement_holder(text: str, norms: list[str], lex: Lexicon, reg: Register, pos: int,
                          gender: str) -> Person | None:
    """«le porte-parole du gouvernement»: a role noun with a complement («du gouvernement»)
    means the person the article named with that very description (``_fr_attached_before``),
    before any other holder of the bare role («leur porte-parole Y»)."""
    head = next((w for w in map(_unelided, norms[:3]) if w in lex.people and w not in _bodies()), "")
    if not head or head not in norms:
        return None
    extra = [w for w in norms[norms.index(head) + 1:] if len(w) > 3 and w not in stopwords("fr")]
    return _fr_attached_before(text, head, extra[:1], reg, pos, gender) if extra else None


_fr_proxy_roles = lazy_words("prcli.quotations", "proxy_roles_fr.txt")


def _fr_proxy_heads(norms: list[str], reg: Register) -> set[str]:
    """«le porte-parole du gouvernement», «l'avocat de la famille»: the stem of a role noun of
    someone speaking for another (or a body) among the first words; the person named just
    before is the one spoken for, so only someone given that role is meant. Else empty."""
    return {reg.stem(w) for w in map(_unelided, norms[:3]) if w in _fr_proxy_roles()}


def _more_specific(p: Person, stems: set[str]) -> bool:
    """«la préfecture de police» after «la préfecture» (of another city): a description with
    more role words than an unnamed speaker's is someone more precise, not that speaker."""
    return not p.named and len(stems) >= 2 and not stems <= (set(p.keys) | p.roles)


#: Everyday nouns for one of a crowd («le manifestant», «l'habitante»), not an office or a trade.
_crowd_nouns = lazy_words("prcli.quotations", "crowd_nouns_fr.txt")
#: How far before an apposition a person's name may stand («X, 45 ans, proche de …, et propriétaire de …»).
_APPOSITION_REACH = 200

#: Where an apposition cannot reach back across: a sentence end or a quotation mark.
@cache
def _sentence_or_quote_re() -> re.Pattern[str]:
    return re.compile(r"[.!?](?=\s)|[«»“”\n]")


#: How far back (characters) a definite description looks for the named person the article
#: gave its role to: a long article's worth.
_DESCRIPTION_REACH = 20_000


def _fr_attached_before(text: str, head: str, tail: list[str], reg: Register, pos: int,
                        gender: str) -> Person | None:
    """«le ministre de l'Intérieur» after «le ministre de l'Intérieur, Christophe X» or «Pour
    Alexe X, proche de … et propriétaire du lave-auto»: a definite description whose head noun
    (with its first telling word after it, ``tail``) the article gave earlier to a named person,
    in apposition in the same sentence, means that person (the latest such)."""
    if not head or len(head) < 4:
        return None
    best: Person | None = None
    # Only the text a reader still has in mind: a bounded look-back keeps the work per
    # description constant, so a long document stays linear.
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    for m in pattern.finditer(text, max(0, pos - _DESCRIPTION_REACH), pos):
        o = m.start()
        if tail and tail[0] not in normalize(text[m.end():m.end() + 40]).replace("’", "'"):
            continue  # «le premier ministre hongrois» is not «le ministre italien»
        near = _named_right_after(text, m.end(), reg)  # «le policier filmé, Didier X, …»
        if near is not None:
            if gender == "?" or near.gender in ("?", gender):
                best = near
            continue
        lo = max(0, o - _APPOSITION_REACH)
        cuts = [c.end() for c in _sentence_or_quote_re().finditer(text, lo, o)]
        window = text[cuts[-1] if cuts else lo:o].lower()
        near, near_at = None, -1
        for p in reg.before(o):
            if not p.named or len(p.keys) < 2:
                continue
            at = window.rfind(p.keys[-1])
            if at > near_at and "," in window[at:]:
                near, near_at = p, at  # the name the apposition follows, after a comma
        if near is not None and (gender == "?" or near.gender in ("?", gender)):
            best = near
    return best


def _named_right_after(text: str, end: int, reg: Register) -> Person | None:
    """The named person whose full name follows a role noun after a short complement and a
    comma («policier filmé, Didier X»), in the same sentence."""
    after = text[end:end + _APPOSITION_REACH // 4]
    stop = _sentence_or_quote_re().search(after)
    after = after[:stop.start()] if stop else after
    comma = after.find(",")
    if comma < 0:
        return None
    rest = after[comma + 1:].lstrip().lower()
    for p in reg.before(end + _APPOSITION_REACH // 4):
        if p.named and len(p.keys) >= 2 and rest.startswith(p.keys[0]) and p.keys[-1] in rest:
            return p
    return None


def _fr_relative_cut(norms: list[str], lex: Lexicon) -> int | None:
    """Where «de» starts in «<det> <person or relative> de|du|des <det> <person noun>» (a relation
    between two people: «un proche du président», «l'épouse du maire»), else None."""
    if len(norms) < 3:
        return None
    if norms[0].startswith("l'") and len(norms[0]) > 2:
        head, at = norms[0][2:], 1
    elif norms[0] in _fr_relative_dets():
        head, at = norms[1], 2
    else:
        return None
    if at >= len(norms) or not (head in language_words("relatives", "fr") or head in lex.people
                                or head.rstrip("s") in lex.people):
        return None
    prep = norms[at]
    if prep not in fr_de() and not prep.startswith("d'"):
        return None
    rest = [w for w in norms[at:at + 3] if w not in fr_de() and w not in fr_definite_words()]
    rest = [w.removeprefix("d'").removeprefix("l'") for w in rest]
    if rest and (rest[0] in lex.people or rest[0].rstrip("s") in lex.people) and rest[0] not in _bodies():
        return at
    return None


def _described_before(norms: list[str], cut: int, reg: Register, pos: int) -> Person | None:
    """«ce proche du maire» after «Damien Roussel, un proche du maire»: a definite or
    demonstrative description points back to the named person described with the same head."""
    if norms[0] not in fr_gender_determiners() and not norms[0].startswith("l'"):
        return None
    head = reg.stem(norms[cut - 1].removeprefix("l'"))
    return next((p for p in reg.before(pos) if p.named and len(p.keys) >= 2 and head in p.roles), None)


#: Determiners that open a French description of a person («un proche», «son épouse»).
_fr_relative_dets = lazy_words("prcli.quotations", "relative_determiners_fr.txt")


def _plain(w: str) -> str:
    """A word without its accents («édouard» → «edouard»): names are written both ways."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


@cache
def _given_names() -> dict[str, str]:
    rows = table("prcli.quotations", "given_names_fr.tsv")
    return {_plain(row[0]): row[1] for row in rows if len(row) >= 2}


def _past_particle(text: str, words: list[Tok], k: int) -> int:
    """«le ministre Jean de Valmont»: a lowercase particle between a known given name and a
    capitalised word belongs to the surname; the name run goes on past it (not «de Paris»)."""
    if k >= 2 and words[k - 1].norm in fr_de() and latin_cap(text, words[k - 2]) \
            and given_name_gender(words[k - 2].norm) != "?":
        return k - 1
    return k




def given_name_gender(first: str) -> str:
    """«Éric» (m), «Marie-Noëlle» (f), «Jean-Marie» (m): the gender of a French given name we
    know (the first part of a compound), else «?»."""
    return _given_names().get(_plain(first.split("-")[0]), "?")


def _fr_noun_gender(noun: str, before: str, lex: Lexicon) -> str:
    """«l'ancien président» (m), «l'ancienne ministre» (f), «l'avocate» (f): the gender a French
    role noun or the adjective before it shows when the article is elided."""
    adj = before.removeprefix("l'")
    if adj.endswith(("ienne", "elle", "ère")):
        return "f"
    if adj.endswith(("ien", "el", "ier")):
        return "m"
    if noun.endswith("e") and noun[:-1] in lex.people:
        return "f"  # «présidente» beside «président»
    if noun + "e" in lex.people:
        return "m"
    return "?"


def _recent_of_body(text: str, bodies: list[str], last: list[tuple[int, Person]], pos: int,
                    gender: str, upto: int) -> Person | None:
    """One of the last few speakers, named, introduced next to the same body («le journaliste de
    Radio-Sud Jean X», later «le reporter de RadioSud»): a description of that body's person goes on
    with them. The text read around them stops at ``upto``."""
    want = [b.replace("-", "") for b in bodies]
    if gender == "p":
        return None  # «deux journalistes de …»: a group is not one speaker met before
    for at, p in reversed(last[-4:]):
        if at > pos or not p.named or (gender != "?" and p.gender not in ("?", gender)):
            continue
        # (only what was written before the description itself: «a dénoncé Michaël, rappelant la
        # phrase du président de la République» does not put Michaël next to the République)
        around = text[max(0, p.first - 60):min(p.first + 80, upto)].lower().replace("-", "").replace("’", "'")
        if any(w in around for w in want):
            return p
    return None


def _fr_named_complement(text: str, words: list[Tok], lex: Lexicon) -> list[str]:
    """The capitalised words of the body or place after a French person noun and «de»
    («le président de la Fédération des boulangers de Bretagne» → Fédération, Bretagne)."""
    for m, w in enumerate(words[:3]):
        noun = _unelided(w.norm)
        if (noun in lex.people or (noun.endswith("s") and noun[:-1] in lex.people)) and m + 1 < len(words) \
                and (words[m + 1].norm in fr_de() or words[m + 1].norm.startswith("d'")):
            return [t.norm for t in words[m + 1:] if latin_cap(text, t) and t.norm not in _latin_det()
                    and t.norm not in _opening_preps() and t.norm not in stopwords("fr")
                    and t.norm not in language_words("connectors", "fr") and len(t.norm) > 2]
    return []


#: After the head noun: complements that belong to the description («de CE1», «de l'exécutif»).
@cache
def _description_tail_re() -> re.Pattern[str]:
    return re.compile(r"(?:\s+(?:de|du|des|d['’]|of|at|in|from)\s*"
                      r"(?:la\s+|le\s+|les\s+|l['’]|the\s+)?(?:[A-ZÀ-Ý0-9][\w-]*|[\w-]+))?")

_INDEFINITE_WINDOW = 800


def _indefinite_before(text: str, norms: list[str], reg: Register, lex: Lexicon, pos: int,
                       gender: str) -> Person | None:
    """«une professeure de CE1 doit gérer … « … », admet la professeure»: a definite description
    («la professeure») right after someone was brought in with the indefinite article and the
    same noun means that unnamed person, not the last named one. Returns the description as
    first written («une professeure de CE1»), or None."""
    if len(norms) == 2 and norms[0] in definite_articles():
        head = norms[1]
    elif len(norms) == 1 and norms[0].startswith("l'"):
        head = _unelided(norms[0])  # «l'enseignante»
    else:
        return None
    if head not in lex.people or head in _bodies() or not language_words("indefinite_articles", lex.lang):
        return None
    lo = max(0, pos - _INDEFINITE_WINDOW)
    arts = "|".join(sorted(language_words("indefinite_articles", lex.lang)))
    hits = list(re.finditer(rf"\b(?:{arts})\s+{re.escape(head)}\b", text[lo:pos], re.IGNORECASE))
    if not hits:
        return None
    m = hits[-1]
    a = lo + m.start()
    tail = _description_tail_re().match(text, lo + m.end())
    b = tail.end() if tail is not None else lo + m.end()
    phrase = text[a:b]
    words = [normalize(w).replace("’", "'") for w in phrase.split()]
    return _unnamed(text, phrase, words, reg, lex, a, gender)


def _plain_phrase(words: list[str] | str) -> str:
    """Words joined, lower case, without accents and with straight apostrophes."""
    joined = words if isinstance(words, str) else " ".join(words)
    return _plain(joined.lower().replace("\u2019", "'"))


_fr_head_of_state_phrases = lazy_words("prcli.quotations", "head_of_state_descriptions_fr.txt",
                                       convert=_plain_phrase)
_fr_heads_of_state = lazy_words("prcli.quotations", "heads_of_state_fr.txt")


@cache
def _fr_head_of_state_stems() -> frozenset[str]:
    """The stems (without accents) of the words of the bare head-of-state descriptions
    («president», «chef», …)."""
    return frozenset(latin_stem(w) for ph in _fr_head_of_state_phrases() for w in ph.split())


@cache
def _fr_head_of_state_nouns() -> frozenset[str]:
    """The head nouns of those descriptions, after «le» («president», «chef», «locataire»)."""
    return frozenset(latin_stem(ph.split()[1]) for ph in _fr_head_of_state_phrases() if " " in ph)


@cache
def _fr_plain_people_stems() -> frozenset[str]:
    return frozenset(_plain(w) for w in _people_stems("fr"))


def _fr_head_of_state(norms: list[str], reg: Register) -> Person | None:
    """«le président», «le chef de l'État» with no holder in the article: the one president of the
    Republic the article names (``heads_of_state_fr.txt``) who was given no other office and no
    past one («son prédécesseur X»), when no one else named in it holds a president's or head's
    role now («le président du Sénat X»)."""
    if _plain_phrase(norms) not in _fr_head_of_state_phrases():
        return None
    heads, nouns = _fr_head_of_state_stems(), _fr_head_of_state_nouns()
    people, former = _fr_plain_people_stems(), _fr_former_stems()

    def roles(q: Person) -> set[str]:
        return {_plain(r) for r in q.roles}

    found: dict[int, Person] = {}
    for full in _fr_heads_of_state():
        keys = tuple(full.split())
        p = reg.by_name(keys)
        if p is None:
            alone = reg.by_name(keys[-1:])
            p = alone if alone is not None and alone.keys == keys[-1:] else None
        if p is not None and p.named and not roles(p) & former and not (roles(p) & people) - heads:
            found[id(p)] = p
    if len(found) != 1:
        return None
    (p,) = found.values()
    if any(q is not p and q.named and roles(q) & nouns and not roles(q) & former for q in reg.latest()):
        return None  # another president or head named in the article: the reader cannot tell
    return p


#: «ancien», «prédécesseur»: words that make an office a past one (stems, without accents).
_fr_former_stems = lazy_words("prcli.quotations", "former_office_words_fr.txt",
                              convert=lambda w: _plain(latin_stem(w)))


def _article_named(p: Person) -> bool:
    """«La France», «Le Monde»: a name written after an article that is not part of it (unlike
    «Le Pen», whose keys hold «le»): a country, a paper, a place, no person."""
    first = p.name.split(maxsplit=1)[0].lower()
    return len(p.name.split()) > 1 and first in _any_det() and first not in p.keys


def _fr_body_only(norms: list[str], lex: Lexicon) -> bool:
    """«le gouvernement», «la préfecture»: a definite description whose person words are all
    nouns of bodies (``bodies_fr.txt``), two or three words at most."""
    if not 2 <= len(norms) <= 3 or (norms[0] not in fr_definite() and not norms[0].startswith("l'")):
        return False
    heads = [_unelided(w) for w in norms if _unelided(w) in lex.people]
    return bool(heads) and all(h in _bodies() for h in heads)


def _unnamed(text: str, surface: str, norms: list[str], reg: Register, lex: Lexicon, pos: int,
             gender: str) -> Person:
    """A description that names no registered person: registered as written (but a bare
    «le président» is the one president of the Republic the article names)."""
    if lex.lang == "fr" and gender in ("?", "m"):
        hos = _fr_head_of_state(norms, reg)
        if hos is not None:
            return hos
    stems = reg.role_stems(norms)
    p = reg.add(surface, tuple(sorted(stems)) or (surface.lower(),), pos, stems, gender, named=False)
    p.human = any((w in lex.people or w.rstrip("s") in lex.people) and w not in _bodies() for w in norms)
    return p
