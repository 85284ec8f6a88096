"""Arabic marked words that are a name or a label, not someone's words.

Why: Moroccan and Saudi press put in marks the names of people, associations, parties,
places, songs and charges as often as speech. The syntax around the marks tells them apart:
a name stands where a noun phrase stands (the subject of a verb, an apposition to a noun, the
genitive of a body noun), speech stands where a verb's object or a clause stands. Each rule
here reads one such position; ``label_kind`` is the only entry point (called by ``extract``).
"""

from __future__ import annotations

import re
from functools import cache

from prcli.quotations.lexicon import (
    Lexicon,
    ar_and_he_she,
    ar_bare_that,
    ar_body_heads,
    ar_body_heads_definite,
    ar_clause_words,
    ar_demonstratives,
    ar_inscribed_verbs,
    ar_kind_nouns,
    ar_legal_articles,
    ar_name_al,
    ar_name_links_folded,
    ar_name_ranks,
    ar_not_nouns,
    ar_on_it,
    ar_particles,
    ar_partner,
    ar_relatives,
    ar_relay_verbs,
    ar_speech_nouns,
    ar_stops,
    ar_that_particles_extract,
    ar_that_words,
    ar_verb_particles,
    ar_work_plurals,
    ar_works,
    ar_written_from,
    phrases,
)
from prcli.quotations.lexicon import ar_paper_nouns as _ar_paper_nouns
from prcli.quotations.marks import TERMINATORS as _TERMINATORS
from prcli.quotations.people import ar_name_token, ar_nisba, ar_verbal_noun_shape
from prcli.quotations.tokens import Tok, normalize
from prcli.text.resources import lazy_words

# Word lists that functions here read (inline folded_words calls before review24): one constant
# each, folded as tokens are.
_ar_adjective_endings = lazy_words("prcli.quotations", "adjective_endings_ar.txt", convert=normalize)
_ar_among_them = lazy_words("prcli.quotations", "among_them_ar.txt", convert=normalize)
_ar_authored_works = lazy_words("prcli.quotations", "authored_works_ar.txt", convert=normalize)
_ar_authors = lazy_words("prcli.quotations", "authors_ar.txt", convert=normalize)
_ar_body_adjectives = lazy_words("prcli.quotations", "body_adjectives_ar.txt", convert=normalize)
_ar_body_heads_labels = lazy_words("prcli.quotations", "body_heads_labels_ar.txt", convert=normalize)
_ar_channel_preps = lazy_words("prcli.quotations", "channel_preps_ar.txt", convert=normalize)
_ar_case_nouns = lazy_words("prcli.quotations", "case_nouns_ar.txt", convert=normalize)
_ar_charges = lazy_words("prcli.quotations", "charges_ar.txt", convert=normalize)
_ar_complements = lazy_words("prcli.quotations", "complements_ar.txt", convert=normalize)
_ar_construct_endings = lazy_words("prcli.quotations", "construct_endings_ar.txt", convert=normalize)
_ar_convicted = lazy_words("prcli.quotations", "convicted_ar.txt", convert=normalize)
_ar_ensembles = lazy_words("prcli.quotations", "ensembles_ar.txt", convert=normalize)
_ar_explaining = lazy_words("prcli.quotations", "explaining_ar.txt", convert=normalize)
_ar_its_name = lazy_words("prcli.quotations", "its_name_ar.txt", convert=normalize)
_ar_letter_names = lazy_words("prcli.quotations", "letter_names_ar.txt", convert=normalize)
_ar_list_introducers = lazy_words("prcli.quotations", "list_introducers_ar.txt", convert=normalize)
_ar_market_heads = lazy_words("prcli.quotations", "market_heads_ar.txt", convert=normalize)
_ar_name_roles = lazy_words("prcli.quotations", "name_roles_ar.txt", convert=normalize)
_ar_name_withheld = lazy_words("prcli.quotations", "name_withheld_ar.txt", convert=normalize)
_ar_named_events = lazy_words("prcli.quotations", "named_events_ar.txt", convert=normalize)
_ar_object_pronouns = lazy_words("prcli.quotations", "object_pronouns_ar.txt", convert=normalize)
_ar_page_preps = lazy_words("prcli.quotations", "page_preps_ar.txt", convert=normalize)
_ar_place_followers = lazy_words("prcli.quotations", "place_followers_ar.txt", convert=normalize)
_ar_place_heads = lazy_words("prcli.quotations", "place_heads_ar.txt", convert=normalize)
_ar_platform_nouns = lazy_words("prcli.quotations", "platform_nouns_ar.txt", convert=normalize)
_ar_possessives = lazy_words("prcli.quotations", "possessives_ar.txt", convert=normalize)
_ar_proverbs = lazy_words("prcli.quotations", "proverbs_ar.txt", convert=normalize)
_ar_regnal_ordinals = lazy_words("prcli.quotations", "regnal_ordinals_ar.txt", convert=normalize)
_ar_role_preps = lazy_words("prcli.quotations", "role_preps_ar.txt", convert=normalize)
_ar_sayings = lazy_words("prcli.quotations", "sayings_ar.txt", convert=normalize)
_ar_signs = lazy_words("prcli.quotations", "signs_ar.txt", convert=normalize)
_ar_titling = lazy_words("prcli.quotations", "titling_ar.txt", convert=normalize)
_ar_topic_prepositions = lazy_words("prcli.quotations", "topic_prepositions_ar.txt", convert=normalize)
_ar_topic_works = lazy_words("prcli.quotations", "topic_works_ar.txt", convert=normalize)
_ar_toponym_heads = lazy_words("prcli.quotations", "toponym_heads_ar.txt", convert=normalize)
_ar_word_edits = lazy_words("prcli.quotations", "word_edits_ar.txt", convert=normalize)
_ar_work_makers = lazy_words("prcli.quotations", "work_makers_ar.txt", convert=normalize)
_ar_work_nouns = lazy_words("prcli.quotations", "work_nouns_ar.txt", convert=normalize)
_ar_written_in = lazy_words("prcli.quotations", "written_in_ar.txt", convert=normalize)


def label_kind(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> str | None:
    """``title``/``term`` for the Arabic quotation token at ``k`` when its position names
    something (see the module docstring), else None (the caller goes on classifying)."""
    words = inner.split()
    if words and _inscribed(_left(toks, k, 4, ",،:"), normalize(words[0])):
        return "title" if len(words) > 2 else "term"  # «لافتة كتب عليها “…”»: what a sign bears
    if words and _proverb(_left(toks, k, 4, ",،:"), lex):
        return "term"  # «كما يقول المثل “…”», «وصدق من قال: “…”»: a saying, no one's words here
    owner = _its_name(_left(toks, k, 5)) if words else None
    if owner is not None and owner not in _ar_name_withheld():
        # «اسمها الصحيح، وهو “…”»: the thing's own name; a work's is its title («مشروع اسمه “…”»)
        return "title" if len(words) > 4 or _bare(owner) in ar_works() else "term"
    if words and _work_about(_left(toks, k, 4), len(words)):
        return "title"  # «كتب مقالا عن “…”», «في كتابه حول “…؟”»: what an authored work is about
    if words and _work_in_paper(toks, k, len(words)):
        return "title"  # «في مقاله “…؟!” بصحيفة “…”»: the article's title, then where it ran
    if not words or inner.rstrip()[-1:] in _TERMINATORS:
        return None
    if _topic_of_named(_left(toks, k, 1), words, lex):
        return "title"  # «أقر هذا القانون «حول مكافحة …»»: the rest of the law's or work's title
    if _counted_noun(toks, k, words):
        return "term"  # «و12 «شخصية وطنية»», «100 "…"»: what the writer counts, a category
    if _same_head_list(inner, lex):
        return "term"  # «“جائزة …، جائزة …، جائزة …”»: names of one kind, each opening with its noun
    if _dated_work(toks, k):
        return "title"  # «فيلمه “…” (1995)», «“…” (1984)، و“…”»: a work and the year it came out
    if _spelled_acronym(words, lex):
        return "term"  # «“بي بي سي”», «“د ب أ”»: Latin letters spelled in Arabic, an acronym
    left = _left(toks, k, 4)
    if _titled_by_verb(left):
        return "title"  # «عنونته بـ“…”», «والمعنون بـ“…”»: the title given to a work
    if _market_name(left, words, lex):
        return "term"  # «سجل سهم «…» أعلى ارتفاع», «قطاع «البتروكيماويات»»: a share or a sector
    if _work_before(left, len(words)):
        return "title"  # «أغنيتي “…”», «رائعة “…”»: a song or poem named after its noun
    if _by_author(toks, k, len(words), lex):
        return "title"  # «“…” للشاعر فلان»: a work named before its author
    if _authored_work(toks, k, words, left, lex):
        return "title"  # «في كتابه “…”، ربط …»: the title of the author's work
    if _work_of_named(toks, k, words, lex):
        return "title"  # «كتاب فلان الفلاني “…”»: the title of a work named after its author
    if _body_apposition(toks, k, words, lex):
        return "term"  # «أن الحزب “الكتاب” يترقب …»: the body's other name, then its verb
    if _listed_work(left, len(words)):
        return "title"  # «ألفت مقالات، منها “…”»: one of the works just counted
    if _written_in(toks, k, words, left):
        return "title"  # «كتب في “…”:», «كما وضح في “…”»: the book or paper it was written in
    if _made_by(toks, k, words, left):
        return "title"  # «مقدم “…”», «مخرج “…”»: the work of its maker or presenter
    if _name_after_rank(toks, k, words, left, lex):
        return "term"  # «الشهيد الحريق “…”», «العقيد “…”»: a person's name after their rank
    if _ranked_name(words, lex):
        return "term"  # «“الرائد فلان الفلاني”»: a person named with their rank, inside the marks
    if _title_and_subtitle(words, lex):
        return "title"  # «“ذاكرة المدينة - صور من قرن مضى”»: a title and its subtitle
    if _subject_after_that(toks, k, words, left):
        return "term"  # «يعتبر أن “الوهابية” بطبيعتها حركة …»: the thing talked about, set apart
    if _named_by_common_noun(toks, k, words, left, lex):
        return "term"  # «مصرف “يو بي إس”», «شاحنات “كاماز”», «موسوعة “جينيس”»: a name after its noun
    kind_noun = _named_after_kind_noun(toks, k, words, left, lex)
    if kind_noun is not None:
        # «تطبيقا الرسائل “…”», «هاتف “…”»: a brand or app named after the noun of its kind (a
        # programme's, «برنامج “…”», is its title)
        return "title" if kind_noun in ar_works() else "term"
    if _platform_name(toks, k, words, left, lex):
        return "term"  # «رسالة على “…”», «عبر حسابه في “…”», «المحلل في “…”»: a site, app or firm
    if _charge_before(left, len(words)) or _case_category(toks, k, words, left, lex):
        return "term"  # «بتهمة “…”»: an offence as the law names it
    if _legal_division(left, len(words)):
        return "term"  # «الفقرة “الرابعة” من المادة “الثامنة”»: which article of a text
    if _body_phrase(words, lex, _after_cue(left, lex)):
        return "term"  # «“حزب التقدم والاشتراكية”», «“حي برج الساعة”»: a body or place's name
    if _explained_after(toks, k, len(words)):
        return "term"  # «يشجع “التمويل الأصغر” أي قروض …»: a term the writer explains
    if _edited_word(left, len(words)):
        return "term"  # «تعديل المادة بإضافة “خارجيا”»: a word added to or taken from a text
    if _ensemble_name(left, words, lex):
        return "term"  # «الثنائي "…"», «الثلاثي "…"»: a duo's or a band's names
    if _place_name(toks, k, words, lex):
        return "term"  # «في "رمات غان"», «في "…" بولاية كاليفورنيا»: a place's name
    if _named_by_place_noun(toks, k, words, lex):
        return "term"  # «بركان “ساكوراجيما”», «مستوطنة “…”»: a place named after its noun
    if _named_by_body_noun(toks, k, words, lex):
        return "term"  # «من جماعة “أنصار …”», «بحزب “…”»: a body named after its bare noun
    if _partner_name(left, words, lex):
        return "term"  # «تواصلت الصحيفة مع “كاشف الثغرة”»: whom one deals with, by name
    if _name_after_body(toks, k, words, left, lex):
        return "term"  # «شركة الاتصالات المتنقلة السعودية “زين”»: the body's own name
    if _name_after_nisba(toks, k, words, left, lex):
        return "term"  # «البرلمان الألماني “بوندستاغ”», «المكتب الهولندي “…”»: its own name
    if _name_before_nisba(toks, k, words):
        return "term"  # «“ديار” القطرية», «“كادينا كوبي” الإذاعية»: a proper name and its adjective
    if _definite_apposition(toks, k, words, left, lex):
        return "term"  # «العبوات “الكرتون”», «قطاع الضيافة “الفنادق”»: restates the noun before
    if _subject_name(toks, k, words, left, lex):
        return "term"  # «أعرب الرئيس “فلان الفلاني”، عن …»: a name in the subject's place
    if _subject_after_object(left, words, lex):
        return "term"  # «وحصل عليها “فلان الفلاني”»: the object is a pronoun, the name its subject
    if _named_event(words, lex):
        return "term"  # «استئناف “معركة تحرير المدينة”», «تشمل “مرحلة الدراسات”»: an event's name
    return None


def comma_items(inner: str) -> list[list[str]]:
    """The words of each comma-separated item of marked words (empty items dropped)."""
    return [it for it in (part.split() for part in _COMMAS.split(inner)) if it]


_COMMAS = re.compile("[،,]")


def _counted_noun(toks: list[Tok], k: int, words: list[str]) -> bool:
    """«يدعمه 12 «شخصية وطنية»», «ونصب 100 "…" في الساحات»: one to three marked words right after
    a number of one to three digits (not a year: «حتى العام 2008 “…”» may hold a verdict) are the
    noun it counts, a category the writer counts in, not words someone said."""
    if not 1 <= len(words) <= 3 or k == 0 or toks[k - 1].kind != "w" or words[0][:1].isdigit():
        return False
    number = toks[k - 1].norm.removeprefix("و")
    return 1 <= len(number) <= 3 and number.isdigit()


def _same_head_list(inner: str, lex: Lexicon) -> bool:
    """«“جائزة القصة القصيرة، جائزة الرسم الزيتي، جائزة النحت”»: three or more
    comma-separated items of one to six words, every one opening with the same noun (not a
    particle, pronoun or reporting verb), are a list of names of one kind (prizes, programmes,
    stages): speech does not open clause after clause with one noun."""
    items = comma_items(inner)
    if len(items) < 3 or any(len(it) > 6 for it in items):
        return False
    heads = {normalize(it[0]).removeprefix("و") for it in items}
    if len(heads) != 1:
        return False
    head = heads.pop()
    return len(head) >= 3 and head not in lex.stops and head not in lex.cues and head not in _particles()


def _named_event(words: list[str], lex: Lexicon) -> bool:
    """«“معركة تحرير المدينة”», «“عاصفة الحزم”», «“مرحلة الدراسات والتهيئة”»: two to six marked
    words opening with the head noun of a battle, an operation or a stage (``named_events_ar.txt``)
    in construct, with a definite genitive or a bare noun that is no adjective and its own
    genitive, and no particle or verb of saying, are the thing's name. An adjective after the head
    («“مرحلة جديدة”», «“معركة طويلة الأمد”» aside) leaves the marks to the speaker."""
    if not 2 <= len(words) <= 6:
        return False
    folded = [normalize(w) for w in words]
    if folded[0] not in _ar_named_events():
        return False
    if any(w in lex.stops or w in lex.cues or w.removeprefix("و") in lex.stops for w in folded):
        return False
    second = folded[1]
    if second.startswith("ال"):
        return True
    return len(folded) >= 3 and not second.endswith(("ه", "ي", "يه", "ا", "ين", "ون", "ات")) \
        and not _adjective_shaped(second) and not second.startswith(("ب", "ل", "ك"))


def _inscribed(left: list[str], first: str = "") -> bool:
    """«لافتات كتب عليها “…”», «قميص طبع عليه “…”»: a verb of writing then «عليه/عليها» right
    before the marks: the marked words are what is written on a sign, a cartoon or a shirt (the
    verb read as a passive), a slogan or a label, not words someone is reported to say. So are
    marks right after an indefinite noun of a sign (``signs_ar.txt``: «رفعوا لافتات “…”») and
    after «على» and such a noun that follow a verb of writing («وكتب على اللافتات «…»»), and
    after a participle of writing, «على» and the place written on («مكتوبا على غلافها “…”»)."""
    if not left:
        return False
    if len(left) >= 2 and left[0] in ar_on_it() \
            and left[1] in ar_inscribed_verbs():
        return True
    signs = _ar_signs()
    if left[0].removeprefix("و").removeprefix("ب") in signs:
        # «رفعوا لافتات “…”», «على لافتة “…”»: the sign's words; not an adjective of the signs
        # («نصب 35 لوحة "توضيحية وأخرى تحذيرية"»: how someone describes them)
        return not first.endswith(("ي", "يه", "ين", "ون", "ات")) and not _adjective_shaped(first)
    written = next((m for m, w in enumerate(left[:2]) if w.startswith("م")
                    and w in ar_inscribed_verbs()), None)
    if written is not None and any(_bare(w) in signs for w in left[written + 1:]):
        return True  # «لافتة صغيرة مكتوبة بالإنجليزية “…”»: a sign's words, after its participle
    on = next((m for m in range(1, min(len(left), 4)) if left[m] == "علي"), None)
    if on is not None and left[on + 1:on + 2] and left[on + 1].startswith("م") \
            and left[on + 1] in ar_inscribed_verbs():
        return True  # «مكتوبا على جانبها السفلي “…”»: what is written on the thing, where it is
    # («وكتب المحتجون على اللافتات «…»»: the verb's subject may stand between)
    return len(left) >= 3 and _bare(left[0]) in signs and left[1] == "علي" \
        and any(w in ar_inscribed_verbs() for w in left[2:4])


def _its_name(left: list[str]) -> str | None:
    """«إذا سميناها باسمها الحقيقي، وهو “…”», «تسميته الرسمية “…”»: right before the marks
    (through a comma), a noun of a name with its owner's pronoun (``its_name_ar.txt``), maybe
    followed by definite adjectives and «وهو/وهي»: the marked words are that name. Not through a
    colon («رافضا الكشف عن اسمه: “…”»: the anonymous speaker's words follow). Returns the word
    before the name noun (the owner, «مشروع» in «مشروع اسمه “…”»; "" when none), or None. The
    caller leaves a name given or withheld («طلب عدم نشر اسمه “…”»: ``name_withheld_ar.txt``)."""
    for at, w in enumerate(left[:4]):
        if w in _ar_its_name():
            return left[at + 1] if at + 1 < len(left) else ""
        if not (w.startswith("ال") or w in ar_and_he_she()):
            return None
    return None


def _proverb(left: list[str], lex: Lexicon) -> bool:
    """«كما يقول المثل “…”», «عملا بالمقولة «…»», «والمثل الشعبي يقول: “…”», «وصدق من قال: “…”»:
    marks right after a defined noun of a proverb or a saying (``proverbs_ar.txt``; with only
    definite adjectives or «يقول» between, none of them naming whose saying it is), or after a
    phrase that opens a saying with no speaker (``proverb_openers_ar.txt``), hold a saying
    nobody in the article says (the guideline's not-quotes). «المقولة الشهيرة لفلان “…”» (a
    speaker named between) is left to the other rules."""
    for ph in phrases("proverb_openers_ar.txt"):
        n = len(ph)
        if len(left) >= n and tuple(reversed(left[:n])) == ph:
            return True
    nouns = _ar_proverbs()
    for w in left[:3]:
        for p in ("", "و", "ب", "ك", "ف"):
            if w.startswith(p + "ال") and w[len(p) + 2:] in nouns and w != "بالمثل":
                return True
        if not (w.startswith("ال") or w.removeprefix("و") in lex.cues):
            return False  # («المقولة الشهيرة لفلان “…”»: a speaker named; «بالمثل “…”»: likewise)
    return False


def _market_name(left: list[str], words: list[str], lex: Lexicon) -> bool:
    """«وسجل سعر سهم «…» أعلى نسبة ارتفاع», «سجل قطاع «المصارف والبنوك» تراجعا»: one to five
    marked words right after a bare noun of a listed share or a market sector
    (``market_heads_ar.txt``, in construct with them) name the company or the sector. Not a
    clause (no stop word, reporting verb or imperfect verb in the marks)."""
    if not 1 <= len(words) <= 5 or not left:
        return False
    heads = _ar_market_heads()
    noun = left[0]
    if noun not in heads and not (noun[:1] in "وفبل" and noun[1:] in heads):
        return False
    folded = [normalize(w) for w in words]
    return not any(w in lex.stops or w in lex.cues or w.removeprefix("و") in lex.stops or _imperfect(w)
                   for w in folded)


def _dated_work(toks: list[Tok], k: int) -> bool:
    """«“…” (1984)», «“…” (1402 هـ)»: marks followed at once by a year alone in brackets (four
    digits, maybe «م» or «هـ») name a work, a film, a book or a symposium, with its date;
    someone's words are dated by the sentence («قال أمس»), never by a bracketed year."""
    j = k + 1
    if j + 2 >= len(toks) or toks[j].norm != "(":
        return False
    year = toks[j + 1].norm
    if not (len(year) == 4 and year.isdigit()):
        return False
    j += 2
    if toks[j].norm in ("م", "ه") and j + 1 < len(toks):
        j += 1
    return toks[j].norm == ")"


def _spelled_acronym(words: list[str], lex: Lexicon) -> bool:
    """«“سي إن إن”», «“إف بي آي”», «“د ب أ”», «“جي بي إس”»: two or more words, each the Arabic
    name of a Latin letter (``letter_names_ar.txt``), a single letter or a digit, spell an
    acronym: the name of a body, a channel or a device, never a phrase someone said (not when
    every word is also a function word, «“في أن”», which is no acronym)."""
    if not 2 <= len(words) <= 6:
        return False
    folded = [normalize(w) for w in words]
    letters = _ar_letter_names()
    if not all(w in letters or len(w) == 1 or w.isdigit() for w in folded):
        return False
    return not all(w in lex.stops for w in folded)


def hyphened_acronym(words: list[str], lex: Lexicon) -> bool:
    """``_spelled_acronym`` over letter names a hyphen joins too («“اي بي سي-دي اف”»: A B C - D F):
    one name of a body, however many words it is written in (up to six)."""
    parts = [p for w in words for p in w.split("-") if p]
    return len(parts) <= 6 and _spelled_acronym(parts, lex)


def _left(toks: list[Tok], k: int, n: int, through: str = ",،") -> list[str]:
    """Up to ``n`` words before token ``k`` in its sentence, nearest first (commas skipped, and
    the other marks of ``through``: a colon before an inscription, «مكتوب عليها: “…”»)."""
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < n and toks[j].kind not in ("b", "q"):
        if toks[j].kind == "w":
            out.append(toks[j].norm)
        elif toks[j].norm not in through:
            break
        j -= 1
    return out


def _bare(w: str) -> str:
    """A word without a leading و and ال («والمعنون» → «معنون»)."""
    if w.startswith("و") and len(w) > 3:
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _titled_by_verb(left: list[str]) -> bool:
    """«عنونته بـ», «أن تعنون خبرها بـ», «والمعنون بـ»: a verb or participle of titling, then
    بـ and the marks: what is in them is the title (of any length)."""
    if not left or left[0] != "ب":
        return False
    titling = _ar_titling()
    return any(w in titling or _bare(w) in titling for w in left[1:3])


def _dual_or_construct(w: str) -> list[str]:
    """«أغنيتي», «بقصيدتا», «رائعته»: a noun in the dual construct or with a pronoun, as its
    singular (folded ة is ه)."""
    w = w.removeprefix("و").removeprefix("ب").removeprefix("ل")
    out = [w, _bare(w)]
    for end in _ar_construct_endings():
        if w.endswith(end) and len(w) - len(end) >= 3:
            out.append(w[: -len(end)] + "ه")
    return out


def _work_before(left: list[str], nw: int) -> bool:
    """A song, poem or film noun in the dual construct or a noun of praise for a work right
    before the marks («طلب أغنيتي “…”», «أدت رائعة “…”»)."""
    if not left or nw > 12:
        return False
    works = _ar_work_nouns()
    return any(f in works for f in _dual_or_construct(left[0]))


def _work_about(left: list[str], nw: int) -> bool:
    """«كتبت مقالا عن “…”», «في روايته حول “…”»: a noun of an authored work (a book, an
    article, a film: ``authored_works_ar.txt``; reports and statements are not in it, their words
    are quoted), indefinite or with a pronoun, or of a study, a lecture or a seminar
    (``topic_works_ar.txt``, also plural: «في دراساتها عن “…”»), then «عن/حول» right before the
    marks: the marks hold what the work is about, its title or subject, not words anyone is
    reported to say."""
    if len(left) < 2 or nw > 12 or left[0] not in _ar_topic_prepositions():
        return False
    works = _ar_authored_works()
    noun = left[1].removeprefix("و").removeprefix("ب").removeprefix("ل")
    forms = _dual_or_construct(noun) + ([noun[:-1]] if noun.endswith("ا") and len(noun) > 3 else [])
    if any(f in works for f in forms):
        return True
    # a study, lecture or seminar, maybe plural and possessed («في دراساتها عن “…”»)
    topics = _ar_topic_works()
    return noun in topics or any(noun.endswith(p) and noun[: -len(p)] in topics
                                 for p in _possessives() if len(noun) - len(p) >= 3)


def _topic_of_named(left: list[str], words: list[str], lex: Lexicon) -> bool:
    """«صدّق المجلس على النظام «حول حماية الغابات»», «المشروع «عن …»»: marked words opening on
    «حول/عن» right after the noun of a law, plan, work or event (``titles_ar.txt``, works; bare or
    definite, nothing between) are the rest of its title, what it is about: a reported
    statement never opens on a bare «about» after its speaker's noun."""
    if not left or len(words) < 2 or len(words) > 12 or normalize(words[0]) not in _ar_topic_prepositions():
        return False
    noun = _bare(left[0])
    return noun in lex.titles or noun in ar_works()


def _by_author(toks: list[Tok], k: int, nw: int, lex: Lexicon) -> bool:
    """«“الشوقيات” للشاعر أحمد شوقي», «“…” للكاتبة فلانة», «“…” لمخرجه فلان»: marks followed
    right away by لـ and a noun of a work's author (``authors_ar.txt``) hold that work's title.
    Not in a clause reported just before («قال إن الرواية “تحفة” للكاتب الشاب»: a verdict)."""
    if nw > 12 or k + 1 >= len(toks) or toks[k + 1].kind != "w":
        return False
    that = _that_words()
    if any(w in that or _cue_form(w, lex) for w in _left(toks, k, 4)):
        return False
    w = toks[k + 1].norm
    if not w.startswith("ل"):
        return False
    w = w[2:] if w.startswith("لل") else w[1:]
    for p in _possessives():  # («لمخرجه»)
        if w.endswith(p) and len(w) - len(p) >= 3:
            w = w[: -len(p)]
            break
    return w in _ar_authors()


def _authored_work(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«في كتابه “…”، ربط الكاتب …», «روايتها “…”», «في مقاله “…”»: a noun of an authored work
    with a possessive pronoun right before the marks (no colon or comma between) names the work
    by its title, even a long clause-like one. Not after a reporting verb earlier in the clause
    («وقال الكاتب في مقاله “…”», «كتب في كتابه “…”»: what he wrote there), nor a span opening
    with «أن/إن» (words reported)."""
    if not 1 <= len(words) <= 20 or not left or k == 0 or toks[k - 1].kind != "w":
        return False
    noun = left[0].removeprefix("و")
    # («بكتابه», «لروايتها»: a clitic preposition is tried off and on, since ف and ك also open
    # the noun itself: «فيلمها», «كتابهم»)
    forms = (noun, noun[1:]) if noun[:1] in ("ب", "ل", "ف", "ك") and len(noun) > 4 else (noun,)
    if not any(_owned_work(f) for f in forms):
        return False
    if normalize(words[0]) in _that_words():
        return False
    return not any(w in lex.cues or w.removeprefix("و") in lex.cues for w in _left(toks, k, 8)[1:])


def _work_of_named(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«كما وردت في كتاب فلان الفلاني “…”», «رواية فلانة “…”»: a bare noun of an authored work
    (``authored_works_ar.txt``) in construct with its author's name (one to three name words, no
    feminine nisba: «مسرحية درامية “…”» is described, not authored),
    the marks right after the name: they hold the work's title, however clause-like. Not after a
    reporting verb earlier in the clause («وقال مدير برنامج فلان “…”»: what he said) unless the
    noun follows «في/من/عن» (the work something is in), nor a span opening with «أن/إن»."""
    if not 1 <= len(words) <= 20 or k == 0 or normalize(words[0]) in _that_words():
        return False
    j = k - 1
    if j > 1 and toks[j].kind == "w" and ar_nisba(toks[j].norm, 0, feminine=False) \
            and not toks[j - 1].norm.startswith("ال") and ar_name_token(toks[j - 1], toks[j - 2].norm, lex):
        j -= 1  # «سبيل الحمداني»: a family name in ال, a nisba, closes the given name
    works = _ar_authored_works()

    def work(w: str) -> bool:
        noun = w.removeprefix("و")
        return noun in works or (noun[:1] in ("ب", "ل", "ك") and noun[1:] in works)

    while j >= 0 and k - j <= 4 and toks[j].kind == "w" and not work(toks[j].norm) \
            and not toks[j].norm.endswith("يه") \
            and ar_name_token(toks[j], toks[j - 1].norm if j > 0 else None, lex):
        j -= 1
    if j == k - 1 or j < 0 or toks[j].kind != "w" or not work(toks[j].norm):
        return False
    before = _left(toks, j, 8)
    if before and before[0] in ar_written_from():
        return True  # «كما وردت في كتاب فلان “…”»: the book it is written in or taken from
    return not any(w in lex.cues or w.removeprefix("و") in lex.cues for w in before)


def _body_apposition(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«موضحا أن الاتحاد “النسيم” ينتظر القرار», «الحركة “…” تطالب»: one or two marked words
    (no verb, no clause word) between a definite noun of a body (``body_heads_ar.txt``) and the
    verb whose subject that noun is (an imperfect by its form, or a reporting verb) stand in
    apposition to the noun: the body's nickname, not words it said (its words would be the
    verb's object or predicate, after the verb)."""
    if not 1 <= len(words) <= 2 or k == 0 or k + 1 >= len(toks) or toks[k - 1].kind != "w" \
            or toks[k + 1].kind != "w":
        return False
    head = toks[k - 1].norm.removeprefix("و")
    if not head.startswith("ال") or head[2:] not in ar_body_heads():
        return False
    folded = [normalize(w) for w in words]
    stops = ar_clause_words()
    if any(_imperfect(w) or w in stops or w in lex.stops or w in lex.cues for w in folded):
        return False
    nxt = toks[k + 1].norm
    return _imperfect(nxt) or nxt in lex.cues or nxt.removeprefix("و") in lex.cues


def _said_earlier(toks: list[Tok], k: int, lex: Lexicon, that: bool = False, reach: int = 0) -> bool:
    """A reporting verb (with ``that``, also «أن» or one of its forms) before token ``k`` in its
    sentence («وأكد المتحدث أن الحكومة اتخذت موقف “…”»): marks further on in that sentence may be
    the reported speaker's words, however far from the verb. The same walk as
    ``extract._ar_cue_in_sentence``, by word forms (no attributor here); with ``reach``, only
    that many words back (the word right before the marks not counted)."""
    particles = _that_words() if that else frozenset()
    j, seen = k - 1, 0
    while j >= 0 and toks[j].kind not in ("b", "qb"):
        w = toks[j].norm
        if toks[j].kind == "w":
            if seen and (_cue_form(w, lex) or w in particles):
                return True
            seen += 1
            if reach and seen > reach:
                return False
        j -= 1
    return False


@cache
def _that_words() -> frozenset[str]:
    """«أن» and its forms with particles («بأن», «لأن», «إنه»…): the words opening a reported
    clause (``that_ar.txt`` and ``that_particles_extract_ar.txt``), joined once."""
    return ar_that_words() | ar_that_particles_extract()


@cache
def _possessives() -> tuple[str, ...]:
    """Possessive pronoun endings (folded) of a noun («كتابه», «روايتها», «برنامجهم»), longest
    first so that the first that fits is the whole ending (``possessives_ar.txt``)."""
    return tuple(sorted(_ar_possessives(), key=len, reverse=True))


def _work_in_paper(toks: list[Tok], k: int, nw: int) -> bool:
    """«ويتساءل فلان في مقاله “…؟!” بصحيفة “…”: “…”»: marks right between an authored work with
    its possessive pronoun (``authored_works_ar.txt``: «مقاله», «كتابها») and «بـ/في» a paper
    (``paper_nouns_ar.txt``: «بصحيفة», «في جريدة») hold the work's title, a question or an
    exclamation as headlines are, even after a reporting verb: what was said there comes after."""
    j = k + 2 if k + 1 < len(toks) and toks[k + 1].kind == "b" else k + 1  # (the stop a «؟!» ends on)
    if nw > 20 or k == 0 or toks[k - 1].kind != "w" or j >= len(toks) or toks[j].kind != "w":
        return False
    noun = toks[k - 1].norm.removeprefix("و")
    forms = (noun, noun[1:]) if noun[:1] in ("ب", "ل", "ف", "ك") and len(noun) > 4 else (noun,)
    if not any(_owned_work(f) for f in forms):
        return False
    after = toks[j].norm
    if after == "في" and j + 1 < len(toks) and toks[j + 1].kind == "w":
        after = toks[j + 1].norm
    elif after.startswith("ب"):
        after = after[1:]
    return after in _ar_paper_nouns()


def _owned_work(noun: str) -> bool:
    """A folded noun of an authored work with a possessive pronoun («كتابه» → «كتاب»,
    «روايتها» → «روايه», folded ة)."""
    works = _ar_authored_works()
    return any(noun.endswith(p) and (noun[: -len(p)] in works
                                     or (noun[-len(p) - 1] == "ت" and noun[: -len(p) - 1] + "ه" in works))
               for p in _possessives() if len(noun) - len(p) >= 3)


def enumeration(toks: list[Tok], k: int, inner: str, lex: Lexicon) -> bool:
    """«أنشطة الحياة القديمة “الحصاد، الحراثة، وعرض العمل المسرحي”», «بمراحلها “قيد الناخبين
    وتسجيل المرشحين والاقتراع”»: three or more short noun phrases joined by commas or «و», with
    no verb or particle, hanging on a noun phrase, are a list of things, not someone's words.
    Not after a preposition, nor within six words of a reporting verb or «أن» («دعا إلى
    “الحوار والتسامح والتعايش”», «قال إن أولوياته “التعليم والصحة والسكن”», «قال إن الوزارة
    حددت مهام اللجنة “…”»: a verb may stand between), nor as the object of an imperfect verb
    just before the noun phrase («سيبحث مع المسؤولين “العلاقات الثنائية والوضع الإقليمي”»):
    what a speaker called for or named. A reporting verb or «أن» further back in a long
    sentence is left: the writer's list of stages or items often closes such a sentence, and
    words like «سجلت» report nothing there. (The caller keeps a list followed by its reporting verb.)"""
    words = inner.replace("–", "،").replace(" - ", "، ").split()
    if not 3 <= len(words) <= 40 or inner.rstrip()[-1:] in _TERMINATORS:
        return False
    left = _left(toks, k, 4, ",،:")
    if not left or k == 0:
        return False
    introduced = left[0] in _ar_list_introducers()
    if not introduced and (toks[k - 1].kind != "w" or not _nominal(left[0], lex)):
        return False
    if not introduced and (any(_imperfect(w) for w in left[1:4])
                           or _said_earlier(toks, k, lex, that=True, reach=6)):
        return False
    items = _list_items([normalize(w) for w in words], indefinite=True)
    if items is None or len(items) < 3:
        return False
    return len(items) >= 4 or all(it[0].startswith("ال") or len(it) >= 2 for it in items)


def _imperfect(w: str) -> bool:
    """A word shaped like an imperfect or future verb («سيبحث», «يناقش», «وتشمل», «نتوقع»):
    not definite, opening with ي; or with س then ي/ت/ن/ا; or with ت/ن then ت («تتضمن»,
    «نتابع»), or then three letters with no long vowel («تشمل», «نعمل»: a noun of four letters
    in ت/ن has one, «تراث», «نظام», or ends in ة, «نزهة»); not a word in س ending in اء
    («سيناء»). Folded; a guess good enough to stop a rule."""
    w = w.removeprefix("و").removeprefix("ف")
    if len(w) < 4 or w.startswith("ال"):
        return False
    if w[0] == "س" and w.endswith("اء"):
        return False  # «سيناء», «سمراء»: a noun on فعلاء, no future verb ends so
    if w[0] == "ي" or (w[0] == "س" and w[1] in "يتنا"):
        return True
    return w[0] in "تن" and (w[1] == "ت" or (len(w) == 4 and not set(w[1:]) & set("اويه")))


def _nominal(w: str, lex: Lexicon) -> bool:
    """A word that is a noun or an adjective, told by its form: definite («القديمة», «بالمرحلة»),
    a feminine plural of four letters or more before ات («تخصصات»), or with a possessive pronoun
    on a stem that is no reporting verb («بمراحلها», not «وصفها»)."""
    if w in lex.stops or w in lex.cues or w.removeprefix("و") in lex.cues:
        return False
    if w.startswith(("ال", "وال", "بال", "لل", "كال", "فال")):
        return True
    if len(w) >= 6 and w.endswith("ات") and not _imperfect(w):
        return True  # «في تخصصات “…”», «مجالات “…”»: a feminine plural noun, which no verb ends like
    for p in _possessives():
        stem = w[: -len(p)]
        if w.endswith(p) and len(stem) >= 3:
            stem = stem.removeprefix("و")
            bare = stem[1:] if stem[:1] in ("ب", "ل") and len(stem) > 3 else stem
            return stem not in lex.cues and bare not in lex.cues and bare not in lex.stops
    return False


def _list_items(folded: list[str], indefinite: bool = False) -> list[list[str]] | None:
    """The items of a marked list (folded words): split at commas and at «و» opening a noun
    phrase; None when a word is no noun phrase's (a verb, a particle, a long item). An item opens
    definite or in construct before a definite word; with ``indefinite``, in a list of four items
    or more, also bare («محاضرات، ندوات، معارض، مسابقات», «خالد، فهد، ماجد، سلمان»): a run of
    bare nouns or names is a list just as well, and no one says four bare nouns in a row."""
    items: list[list[str]] = [[]]
    stops = _list_stops()
    for w in folded:
        comma = w.endswith((",", "،"))
        w = w.rstrip(",،")
        if not w:
            items.append([])
            continue
        bare = w[1:] if w.startswith("و") and len(w) > 3 else w
        if items[-1] and bare != w and (bare.startswith("ال") or len(bare) >= 3):
            items.append([])
        items[-1].append(bare if not items[-1] else w)
        if comma:
            items.append([])
    items = [it for it in items if it]
    bare_ok = indefinite and len(items) >= 4
    for it in items:
        if len(it) > 3 or any(x in stops for x in it):
            return None
        head = it[0]  # (an item opens definite, or in construct before a definite word)
        construct = len(it) >= 2 and it[1].startswith(("ال", "لل")) and head[:1] != "ي"
        if not head.startswith("ال") and not construct and not (bare_ok and not _imperfect(head)):
            return None
    return items


@cache
def _list_stops() -> frozenset[str]:
    """Words that make marked words a clause, not a list of things: particles, pronouns,
    prepositions (Arabic stop words) and «أن» forms."""
    return ar_stops() | ar_that_words() \
        | ar_that_particles_extract()


def _subject_after_that(toks: list[Tok], k: int, words: list[str], left: list[str]) -> bool:
    """«يعتبر أن “الوهابية” بطبيعتها حركة …», «قال إن “المعارضة” ترفض …»: one definite marked
    word right after a bare «أن/إن/بأن/لأن» and followed by the rest of the clause is its
    subject, the thing talked about that the writer sets apart, not the speaker's words (those
    are the predicate: «أكد أنها “كانت إيجابية”», «قال إن الوضع “مقلق”»). A pronoun on the
    particle («أنه», «أنها») makes the marks the predicate; the rule leaves them. Two words may
    be the speaker's phrase for the subject («وأن “الزعامة الحقيقية” تقضي …»): left too."""
    if len(words) != 1 or not left or k == 0 or toks[k - 1].kind != "w" \
            or k + 1 >= len(toks) or toks[k + 1].kind != "w":
        return False
    if left[0] not in ar_bare_that():
        return False
    first = normalize(words[0])
    return first.startswith("ال") and len(first) > 3


def _name_shaped(words: list[str], lex: Lexicon, strict: bool = True) -> bool:
    """Marked words shaped like a proper name: one to three Arabic words with no ال, no
    feminine, plural or pronoun ending, no accusative alif on a short word, no stop word or
    reporting verb («“يو بي إس”», «“بلاك ثيسل”»; not «“ظروف عادية”», «“تحسنا”»). ``strict``
    also refuses a nisba ending and an imperfect verb's shape («“وقائي”», «“تعارفيا”»,
    «“سيتواصل”»), which a foreign name may have («“إنرجي أسبكتس”», «“فيسبوك”»): only a rule
    whose context already names a site or a firm goes without it."""
    if not 1 <= len(words) <= 3 or "\u064b" in "".join(words):
        return False  # (a fathatan: «“محترمًا”» is an adverb or an adjective)
    ends = ("ه", "يه", "ات", "ين", "ون", "ها", "هم") + (("ي", "يا") if strict else ())
    for w in (normalize(x) for x in words):
        if w.startswith(("ال", "وال", "بال", "لل")) or w.endswith(ends) or (w.endswith("ا") and len(w) < 6) \
                or len(w) < 2 or w in lex.stops or w in lex.cues or w.removeprefix("و") in lex.stops \
                or (strict and _imperfect(w)) or not "\u0600" <= w[:1] <= "\u06ff":
            return False
    return not (strict and len(words) == 1 and _adjective_shaped(normalize(words[0])))


def _adjective_shaped(w: str) -> bool:
    """A folded word on a common pattern of Arabic adjectives and participles: فعيل («كبير»,
    «خطير»), مفعول («ملموس») and short words opening with م («ممتاز», «متميز», «مقلق»):
    after a noun, such a word in marks is the speaker's verdict («دور “كبير”»), not a name.
    (فاعل is left out: «ثابت» is an adjective, but «داعش», «حافز», «زائر» are names.)"""
    return (len(w) == 4 and w[2] == "ي") or (w[0] == "م" and len(w) <= 6)


#: The adjective-shape test for other modules («الوزير الفرنسي «مستحيل»»: a verdict, no name).
adjective_shaped = _adjective_shaped


def _named_by_common_noun(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«مصرف “يو بي إس”», «من مزرعة “بلاك ثيسل”», «شاحنات “كاماز”», «مادة “تي إن تي”»: marked
    words shaped like a name (``_name_shaped``) right after an indefinite common noun, with
    nothing between, are that thing's name (apposition), not words. The noun is no particle,
    pronoun, preposition or verb of any kind we can tell (not definite, no imperfect prefix)."""
    if not left or k == 0 or toks[k - 1].kind != "w" or not _name_shaped(words, lex):
        return False
    noun = left[0]
    bare = noun[1:] if noun[:1] in ("و", "ب", "ل", "ف", "ك") and len(noun) > 3 else noun
    if noun.startswith(("ال", "وال", "بال", "لل", "كال", "فال")) or len(bare) < 3 or _imperfect(noun) \
            or ar_verbal_noun_shape(noun) or ar_verbal_noun_shape(bare):
        return False
    if any(x in lex.stops or x in lex.cues or x in _particles() or x in lex.roles or x in lex.people
           for x in (noun, bare)):
        return False
    # («اعتبره إعلاميون تونسيون “إعلان حرب”»: the second object of a verb of saying or deeming)
    if any(_cue_form(w, lex) for w in left[1:4]):
        return False
    # one word in a reported sentence, on an adjective's pattern the name check lets through
    # (فاعل, أفعل, فعال: «وأكد المتحدث أن الحكومة اتخذت موقف “حازم”»), is the speaker's verdict;
    # a foreign name there stays a name («قال إن موكله يملك حسابا في مصرف “نوردبانك”»)
    return len(words) > 1 or not _triliteral_adjective(normalize(words[0])) or not _said_earlier(toks, k, lex)


def _named_after_kind_noun(toks: list[Tok], k: int, words: list[str], left: list[str],
                           lex: Lexicon) -> str | None:
    """«يستخدم تطبيقا الرسائل “…”», «طرحت شركة الاتصالات “…”»: two or three marked words shaped
    like a (maybe foreign) name (no ال, stop word, verb or adjective shape) right after a noun
    of a kind of thing (``kind_nouns_ar.txt``: an app, a firm, a device), definite or not, or a
    dual of it in construct («تطبيقا»), or after it and one definite genitive, or after it and a
    word that picks one of them out («خدمات بينها “…”», ``among_them_ar.txt``), are that thing's
    brand or name: nobody's words. Returns the noun (bare, folded), or None. Not right after a reporting verb
    that could take the marked words as its second object («اعتبرها تطبيق “…”»)."""
    if not 2 <= len(words) <= 3 or k == 0 or toks[k - 1].kind != "w" or not left \
            or "\u064b" in "".join(words):
        return None
    for x in (normalize(w) for w in words):
        # (a transliterated name may end like a plural, «“لاين شات”»; not «“صغير ورخيص”»: a verdict)
        if x.startswith(("ال", "وال", "بال", "لل")) or len(x) < 2 or not "\u0600" <= x[:1] <= "\u06ff" \
                or x in lex.stops or x.removeprefix("و") in lex.stops or _cue_form(x, lex) \
                or _adjective_shaped(x) or _adjective_shaped(x.removeprefix("و")) or _imperfect(x):
            return None
    kinds = ar_kind_nouns()
    if left[0].removeprefix("و") in _ar_among_them():
        left = left[1:]  # «خدمات بينها “…”», «أجهزة منها “…”»: one of the things of that kind
    for at, w in enumerate(left[:2]):
        b = _bare(w)
        noun = b if b in kinds else b[:-1] if b.endswith("ا") and b[:-1] in kinds else None
        if noun is not None:
            return None if at + 1 < len(left) and _cue_form(left[at + 1], lex) else noun
        if not w.startswith("ال"):
            return None  # (only one definite genitive between the noun and the marks)
    return None


def _triliteral_adjective(w: str) -> bool:
    """A folded word of four letters on the adjective patterns فاعل («حازم», «ظالم»), أفعل
    («أحمق», folded ا) or فعال («جبان»): outside a reported sentence it may as well be a name
    («داعش», «حافز»), so only a rule that knows someone is reported reads it as an adjective."""
    return len(w) == 4 and "ا" in (w[0], w[1], w[2])


def _cue_form(w: str, lex: Lexicon) -> bool:
    """A reporting verb, maybe with و and an object pronoun («واعتبره», «وصفها»)."""
    w = w.removeprefix("و")
    return w in lex.cues or any(w.endswith(p) and w[: -len(p)] in lex.cues for p in _possessives())


@cache
def _particles() -> frozenset[str]:
    """Words that are no noun before marks: «أن» forms, particles, framing words (``هناك``…)."""
    return ar_that_words() | ar_that_particles_extract() \
        | ar_particles() | ar_not_nouns()


def _platform_name(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«في رسالة على “…”», «عبر “…”», «على صفحته في “…”», «في بيان لها على “…”», «المحلل في
    “…”»: one to three marked words shaped like a name right after «عبر», or after «على/في»
    that follow a noun of a page, post or notice (``platform_nouns_ar.txt``) or a role, are the
    site, app, market or firm (a term). Name-shaped (``_name_shaped``): «تمر في “ظروف عادية”»
    is not; «البلاد في “خطر”» (no such noun before) stays what it was."""
    if not 1 <= len(words) <= 3 or k == 0 or toks[k - 1].kind != "w" or not left:
        return False
    prep = left[0].removeprefix("و")
    on_page = prep in _ar_page_preps()
    if not (on_page or prep in _ar_channel_preps()) \
            or not _name_shaped(words, lex, strict=False):
        return False
    if not on_page:
        return True  # «عبر “…”»
    nouns = _ar_platform_nouns()
    for w in left[1:4]:
        stems = {w, _bare(w.removeprefix("ب").removeprefix("ل").removeprefix("و"))}
        for p in _possessives():
            for x in list(stems):
                if x.endswith(p) and len(x) - len(p) >= 3:
                    stems.add(x[: -len(p)])
                    if x[-len(p) - 1] == "ت":
                        stems.add(x[: -len(p) - 1] + "ه")
        if stems & nouns:
            return True
    # «المحلل في “…”»: the firm a role works in; not «على», and not a role that is the subject
    # of a reporting verb («وشدد الوزير على “حل سياسي”»: what he stressed)
    role = left[1] if len(left) > 1 else ""
    if prep not in _ar_role_preps() or (len(left) > 2 and _cue_form(left[2], lex)):
        return False
    return role in lex.roles or _bare(role) in lex.roles


def _written_in(toks: list[Tok], k: int, words: list[str], left: list[str]) -> bool:
    """«حين كتب في “…”: “…”», «كما وضح في “…”»: a few marked words right after «في» that follows
    a verb of writing, stating or appearing (``written_in_ar.txt``) are where the words were
    written or stated: a book, an article, a paper (what was said there is in other marks)."""
    if not 1 <= len(words) <= 6 or len(left) < 2 or k == 0 or toks[k - 1].kind != "w" or left[0] != "في":
        return False
    verb = left[1].removeprefix("و").removeprefix("ف")
    return verb in _ar_written_in() or left[1] in _ar_written_in()


def _made_by(toks: list[Tok], k: int, words: list[str], left: list[str]) -> bool:
    """«مقدم “…”», «مخرج “…” و“…”», «مؤلف “…”»: marks right after the indefinite noun of a work's
    maker or presenter (``work_makers_ar.txt``, in construct with them) hold the work's title."""
    if not 1 <= len(words) <= 8 or not left or k == 0 or toks[k - 1].kind != "w":
        return False
    noun = left[0].removeprefix("و")
    return noun in _ar_work_makers()


def _name_after_rank(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«جثمان الشهيد الحريق “…”», «بقيادة العقيد “…”», «المهاجم “…”»: one to three bare words
    (no ال, no stop word, verb or adverb: a person's name, family names ending in ة included)
    right after a definite noun of rank, trade or role (``name_ranks_ar.txt``, roles, people),
    maybe with one or two definite adjectives between, are that person's name in apposition.
    Not after a reporting verb just before the role («قال الوزير “…”»: what he said)."""
    if not 1 <= len(words) <= 3 or len(left) < 1 or k == 0 or toks[k - 1].kind != "w":
        return False
    ranks = ar_name_ranks()
    at = -1
    for m, w in enumerate(left[:3]):
        if w in ranks or w in lex.people or (w.startswith("ال") and w[2:] in lex.roles) \
                or (m > 0 and w in lex.roles):  # («لاعب الوسط “…”»: a role in construct)
            at = m
            break
        if not w.startswith("ال"):
            return False
    if at < 0 or any(_cue_form(w, lex) for w in left[at + 1:at + 2]):
        return False
    if len(words) == 1:
        return _name_shaped(words, lex)
    for w in (normalize(x) for x in words):
        if w.startswith(("ال", "وال", "بال", "لل")) or w in lex.stops or w in lex.cues or len(w) < 2 \
                or w.removeprefix("و") in lex.stops or _imperfect(w) or w.endswith(("ين", "ون", "ات")) \
                or (w.endswith("ا") and len(w) < 6) or not "\u0600" <= w[:1] <= "\u06ff":
            return False
    return "\u064b" not in "".join(words)


def _ranked_name(words: list[str], lex: Lexicon) -> bool:
    """«“الرائد فلان الفلاني”», «“المهندس فلان بن فلان”»: marked words opening with a rank or
    an honorific (``name_ranks_ar.txt``, ``honorifics_ar.txt``) followed by a bare given name
    (no ال, shaped as a name) and one to three more name words (no stop word, reporting verb,
    imperfect verb, plural or accusative ending, no لل/بال: a complement) are a person named
    with their rank, not words said. Some ranks are common nouns too («“الفريق جاهز للموسم”»:
    the team, its predicate and a complement), and «“الرئيس الفاشل”» has no name after its
    title: both left alone."""
    if not 3 <= len(words) <= 5 or any(c in "،,:؛;.!?؟…" for w in words for c in w) \
            or "\u064b" in "".join(words):
        return False
    folded = [normalize(w) for w in words]
    if folded[0] not in ar_name_ranks() and folded[0] not in lex.honorifics:
        return False
    if not _name_shaped(words[1:2], lex, strict=False) or _imperfect(folded[1]):
        return False  # («نايف» has an adjective's shape: a given name may have it)
    return all(w not in lex.stops and w not in lex.cues and w.removeprefix("و") not in lex.stops
               and not _imperfect(w) and len(w) >= 2 and not w.startswith(("لل", "بال", "كال", "وال"))
               and not w.endswith(("ون", "ين", "ات")) and not (w.endswith("ا") and len(w) < 6)
               for w in folded[2:])


def _title_and_subtitle(words: list[str], lex: Lexicon) -> bool:
    """«“ذاكرة المدينة - صور من قرن مضى”», «“أمن المواقع - تجربة محلية”»: two short noun
    phrases (one to six words each, three words at least in all, neither side nisba adjectives
    only; Arabic words with no punctuation, stop word, reporting verb or imperfect verb) joined
    by one dash standing alone are a title and its subtitle (an exhibition, a paper, a book);
    words said that a dash cuts have a verb or a clause word."""
    cuts = [i for i, w in enumerate(words) if w in ("-", "–", "—")]
    if len(cuts) != 1:
        return False
    parts = (words[:cuts[0]], words[cuts[0] + 1:])
    if not all(1 <= len(p) <= 6 for p in parts) or len(words) < 4:
        return False  # («“جدة – جازان”», «“تي - شيرتات”»: a route, a word cut by a dash)
    if any(all(normalize(w).endswith(("ي", "يه")) for w in p) for p in parts):
        return False  # («“مدني ديمقراطي - علماني”»: nisba adjectives, the writer's label, no title)
    for w in words[:cuts[0]] + words[cuts[0] + 1:]:
        f = normalize(w)
        if any(c in "،,:؛;.!?؟…\"'()" or c.isdigit() for c in w) or not "\u0600" <= f[:1] <= "\u06ff" \
                or f in lex.stops or f.removeprefix("و") in lex.stops or f in lex.cues \
                or f.removeprefix("و") in lex.cues or _imperfect(f):
            return False
    return True


def _listed_work(left: list[str], nw: int) -> bool:
    """«ألفت عددا من المقالات العلمية، منها “…”», «قرأ نصوصا أبرزها “…”»: marked words after
    «منها/أبرزها/من بينها» that follows a plural noun of works are the title of one of them."""
    if len(left) < 2 or nw > 15:
        return False
    if left[0].removeprefix("و") not in _ar_among_them():
        return False
    works = ar_work_plurals()
    return any(_bare(w) in works for w in left[1:4])


def _charge_before(left: list[str], nw: int) -> bool:
    """«بتهمة “…”», «بتهم “…”», «دين بـ“…”»: the name of a charge, not the words of whoever
    brought it (an accusation by a named person, «اتهمه بـ“…”», stays his words)."""
    if not left or nw > 40:
        return False
    charges = _ar_charges()
    if left[0] in charges or left[0].removeprefix("و") in charges:
        return True
    return left[0] == "ب" and len(left) > 1 and left[1].removeprefix("و") in _ar_convicted()


def _case_category(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«تلتها قضايا “…”», «بقضية “…”» (``case_nouns_ar.txt``): the marked words name a category of
    cases only when short (up to eight words) and verbless (no particle of a verb, «لا», «لم», no cue
    or imperfect) and no source phrase follows the marks («يواجه قضية “لا أساس لها” على حد
    تعبيره»: his words)."""
    if not left or left[0].removeprefix("و") not in _ar_case_nouns() or not 1 <= len(words) <= 8:
        return False
    particles = ar_verb_particles()
    for w in words:
        f = normalize(w)
        if f in particles or f.removeprefix("و") in particles or f in lex.cues or _imperfect(f):
            return False
    after: list[str] = []
    for t in toks[k + 1:k + 8]:
        if len(after) == 4 or (t.kind != "w" and t.norm not in ",،"):
            break
        if t.kind == "w":
            after.append(t.norm)
    for src in lex.sources:
        got = after[:len(src)]
        if len(got) == len(src) and got[:-1] == list(src[:-1]) and got[-1].startswith(src[-1]):
            return False  # («على حد تعبيره»: the source phrase's last noun with its pronoun)
    return True


def _legal_division(left: list[str], nw: int) -> bool:
    """«تعديل الفقرة “الرابعة” من المادة “الثامنة”», «البند “السابع”»: one or two marked words
    right after a noun of a legal text's division (``legal_articles_ar.txt``) are that division's
    number or ordinal, its label in the text, not words anyone is reported to say."""
    return bool(left) and nw <= 2 and left[0].removeprefix("و") in ar_legal_articles()


def _after_cue(left: list[str], lex: Lexicon) -> bool:
    """A reporting verb or its complement («أن») among the words just before the marks."""
    comps = _complements()
    return any(w in lex.cues or w.removeprefix("و") in lex.cues or w in comps for w in left)


@cache
def _complements() -> frozenset[str]:
    """Words opening a verb's complement after its subject: «أن» and its forms, «عن», «إلى» …"""
    return ar_that_words() | _ar_complements()


def _body_phrase(words: list[str], lex: Lexicon, after_cue: bool = False) -> bool:
    """«“حزب التقدم والاشتراكية”», «“جمعية الفطرة للتربية”», «“حي برج مولاي عمر”»: the whole
    span is a noun phrase headed by an indefinite body or place noun whose genitive is
    definite or a proper name; speech has a verb or a predicate («“حملة ناجحة”» is an
    indefinite adjective, not a genitive; «“حزب الاستقلال يرفض الميزانية”» has a verb, told
    by its imperfect prefix before a definite word: ي always, ت/ن after a reporting verb)."""
    if not 2 <= len(words) <= 8:
        return False
    folded = [normalize(w) for w in words]
    heads = _ar_body_heads_labels()
    if folded[0].startswith("ال") and folded[0][2:] in ar_body_heads_definite():
        # «“الجمعية المغربية لحقوق الإنسان”»: a definite body noun and its nisba adjective
        return folded[1].startswith("ال") \
            and (folded[1].endswith(("ي", "يه")) or folded[1] in _ar_body_adjectives()) \
            and all(_noun_word(folded, i, lex, after_cue) for i in range(2, len(folded)))
    if folded[0] not in heads:
        return False
    if folded[1].startswith("ال") and not folded[1].endswith(("يه", "ين", "ون")):
        return all(_noun_word(folded, i, lex, after_cue) for i in range(2, len(folded)))
    if _construct_chain(folded, lex, after_cue):
        return True
    if len(folded) == 2 and _name_shaped(words[1:], lex):
        return True  # «“شركة كاف”», «“مجموعة سيمنز”»: the head noun and a foreign name (not «“حملة ناجحة”»)
    if _ruler_genitive(folded, lex, after_cue):
        return True
    # a proper name as genitive: «حي برج مولاي عمر», «مؤسسة محمد السادس» (not an indefinite
    # predicate with its adjective, «ساحة حماية قانونية»)
    return len(folded) >= 3 and all(not w.startswith("ال") or w in ar_name_al()
                                    for w in folded[1:3]) \
        and all(w not in lex.stops and w not in lex.cues and not w.endswith(_adjective_ends())
                for w in folded[1:])


def _construct_chain(folded: list[str], lex: Lexicon, after_cue: bool = False) -> bool:
    """«“جمعية اتحاد الملاك”», «“هيئة حقوق الإنسان”»: after the body noun, a bare noun in
    construct with a definite genitive, then only words a name goes on with (``_noun_word``):
    the body noun's genitive is itself a noun phrase, the name of what the body is for (an
    indefinite predicate, «“حركة تصحيحية”», has no definite word after it)."""
    if len(folded) < 3 or folded[1].startswith(("ال", "لل")) or not folded[2].startswith("ال") \
            or folded[1] in lex.stops or folded[1] in ar_name_links_folded():
        return False  # (not «“مجموعة من الفاسقين”»: a part of a group, a description)
    return all(_noun_word(folded, i, lex, after_cue) for i in range(1, len(folded)))


def _ruler_genitive(folded: list[str], lex: Lexicon, after_cue: bool = False) -> bool:
    """«“مؤسسة محمد السادس للعلماء”», «“معهد عبد الله الثاني للتدريب”»: a body noun whose
    genitive is a ruler's bare name and its ordinal (``regnal_ordinals_ar.txt``), then maybe the
    body's own genitives or adjectives: the ordinal's ال is part of the name, not a predicate,
    and what follows the name is a noun phrase (``_noun_word``), not a verb."""
    ordinals = _ar_regnal_ordinals()
    at = next((i for i in (2, 3) if i < len(folded) and folded[i] in ordinals), None)
    if at is None:
        return False
    name = folded[1:at]  # «محمد», «عبد الله»: bare words or the ال-words of a compound name
    if folded[1].startswith("ال") or len(folded[1]) < 3 \
            or any(w in lex.stops or w in lex.cues for w in name) \
            or any(w.startswith("ال") and w not in ar_name_al() for w in name):
        return False
    return all(_noun_word(folded, i, lex, after_cue) for i in range(at + 1, len(folded)))


@cache
def _adjective_ends() -> tuple[str, ...]:
    """Folded endings of Arabic indefinite adjectives and plurals («خضراء», «قانونية»): a word
    ending so after a head noun is its predicate, not a proper name (adjective_endings_ar.txt)."""
    return tuple(_ar_adjective_endings())


def _noun_word(folded: list[str], i: int, lex: Lexicon, after_cue: bool = False) -> bool:
    """Whether word ``i`` can go on a name's noun phrase: definite, a genitive after لـ/لل, a
    preposition of a name («للدفاع عن حقوق النساء»), or a noun in construct before a definite
    word («حقوق النساء»); not an adverb or a predicate («مدينة النضال بامتياز»)."""
    w = folded[i]
    if w.startswith(("ال", "وال", "لل", "بال")) or w in ar_name_links_folded():
        return True
    construct = i + 1 < len(folded) and folded[i + 1].startswith(("ال", "لل"))
    if construct and len(w) >= 4 and (w[0] == "ي" or (after_cue and w[0] in "تن")):
        return False  # «يرفض الميزانية», «تواصل الإضراب»: an imperfect verb and its object
    return construct and w not in lex.stops and w not in lex.cues and len(w) >= 3


def _explained_after(toks: list[Tok], k: int, nw: int) -> bool:
    """«“التمويل الأصغر” أي قروض صغيرة للأسر», ««أزول» وتعني «سلام»»: a few marked words
    that the next words explain («أي», «يعني», «بمعنى») are a term, not words someone said."""
    if nw > 5 or k + 1 >= len(toks):
        return False
    j = k + 1
    if toks[j].norm in (",", "،", "؛", ";") and j + 1 < len(toks):
        j += 1
    if toks[j].kind != "w" or toks[j].norm not in _ar_explaining():
        return False
    # («وصف الهجوم بأنه “عمل محترف” أي أنه أعد بدقة …»: «أي أن» explains what a source meant: its words)
    return not (j + 1 < len(toks) and toks[j + 1].norm in ar_that_words())


def _edited_word(left: list[str], nw: int) -> bool:
    """«بإضافة “خارجيا”», «حذف “…”»: one or two marked words right after a noun of adding,
    removing or replacing words in a text are those words as such (a term)."""
    if not left or nw > 2:
        return False
    w = left[0].removeprefix("و")
    return w in _ar_word_edits() or w.removeprefix("ب") in _ar_word_edits()


def _named_by_place_noun(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«قرب بركان “إتنا” الثائر», «في جزيرة “صقلية”», «مستوطنة “ايش كودش”»: one to three
    bare words (no ال, no feminine or nisba ending: not «مرحلة “تجريبية”») right after an
    indefinite noun of a place or a facility, with nothing between, are that place's name."""
    if not 1 <= len(words) <= 3 or k == 0 or toks[k - 1].kind != "w":
        return False
    noun = toks[k - 1].norm
    heads = _ar_place_heads()
    for p in ("و", "ب", "ل", "ف"):
        # (a noun whose own first letter is one of them stays whole: «بركان», «وادي», «فندق»)
        if noun not in heads and noun.startswith(p) and len(noun) > 4:
            noun = noun[1:]
            break
    if noun.startswith("ال") or noun not in heads:
        return False
    for w in (normalize(w) for w in words):
        if w.startswith("ال") or w.endswith(("ه", "يه")) or w in lex.stops or w in lex.cues \
                or (w.endswith("ا") and len(w) < 7) or not "\u0600" <= w[:1] <= "\u06ff":
            return False
    return True


def _named_by_body_noun(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«ثلاث خلايا من جماعة “أنصار …” الإرهابية», «أعضاء بجماعة «المجلس الوطني …»», «ينتمي
    إلى حزب “…”»: two to eight marked words right after the bare (indefinite, construct) noun of a
    body (``body_heads_labels_ar.txt``: a party, a group, a firm, a quarter), with nothing
    between, are the body's name, its genitive: nobody's words. A clause in the marks (a clause
    word, a verb first, a preposition first: «جماعة “من المتظاهرين”») is left to the other rules,
    and so is one word (an adjective may follow a bare noun: «جيش “منهك”»)."""
    if not 2 <= len(words) <= 8 or k == 0 or toks[k - 1].kind != "w":
        return False
    heads = _ar_body_heads_labels()
    noun = toks[k - 1].norm
    if noun not in heads and noun[:1] in ("و", "ب", "ل", "ف", "ك") and len(noun) > 4:
        noun = noun[1:]
    if noun not in heads:
        return False
    folded = [normalize(w) for w in words]
    first = folded[0].removeprefix("و")
    # (a foreign name written in Arabic letters has no word with ال, ة or a pronoun ending, and
    # its words may read as an Arabic stop word or a verb: «معهد “سنتر فور …”», Center for; it
    # still may not open on a stop word)
    foreign = len(folded) >= 3 and not any(
        w.removeprefix("و").startswith("ال") or w.endswith(("ه", "ها", "هم", "نا", "كم")) for w in folded)
    return not (any(c in "،,:؛;.!?؟…" for w in words for c in w) or (_imperfect(first) and not foreign)
                or any(((w in lex.stops or w.removeprefix("و") in lex.stops) and not (foreign and n))
                       or w in lex.cues for n, w in enumerate(folded))
                or first in _particles() or (first[:1] in "بلك" and first[1:3] == "ال") or first[:2] == "لل")


def _ensemble_name(left: list[str], words: list[str], lex: Lexicon) -> bool:
    """«أحيا الثنائي "كريم وسلمى" الحفل», «الثلاثي "…"»: one to five marked words right after
    a noun of a duo, trio or band (``ensembles_ar.txt``), none a stop word, reporting verb or
    imperfect verb (but for names joined by «و»), are the members' or the band's names
    (apposition), nobody's words."""
    if not 1 <= len(words) <= 5 or not left \
            or left[0].removeprefix("و") not in _ar_ensembles():
        return False
    folded = [normalize(w).removeprefix("و") for w in words]
    # (names joined by «و» may open like a verb: «“ياسر الشهري ونادر كريم”»)
    joined = any(normalize(w).startswith("و") for w in words[1:])
    return all(len(w) >= 2 and w not in lex.stops and w not in lex.cues and (joined or not _imperfect(w))
               and "\u0600" <= w[:1] <= "\u06ff" for w in folded)


def _place_name(toks: list[Tok], k: int, words: list[str], lex: Lexicon) -> bool:
    """«في "رمات غان"», «إلى "كفر حمرة"»: two or three marked words opening with a word that
    opens a place's name (``toponym_heads_ar.txt``), the others bare (no ال, no stop word or
    reporting verb); or one to three words shaped like a name (``_name_shaped``) right before
    a noun that places them («في "…" بولاية كاليفورنيا», «"…" شمال البلاد»:
    ``place_followers_ar.txt``, bare or with بـ): the name of a place, nobody's words."""
    if not 1 <= len(words) <= 3:
        return False
    folded = [normalize(w) for w in words]
    if len(folded) >= 2 and folded[0] in _ar_toponym_heads() \
            and all(not w.startswith(("ال", "وال")) and w not in lex.stops and w not in lex.cues
                    and "\u0600" <= w[:1] <= "\u06ff" for w in folded[1:]):
        return True
    if k + 1 >= len(toks) or toks[k + 1].kind != "w" or not _name_shaped(words, lex):
        return False
    after = toks[k + 1].norm
    followers = _ar_place_followers()
    return after in followers or (after.startswith("ب") and after[1:] in followers)


def _partner_name(left: list[str], words: list[str], lex: Lexicon) -> bool:
    """«بشراكة مع “جمعية أسيل”», «في اتصال مع “سبق”», «تواصلت مع “كاشف الثغرة”»: one to three
    marked words after «مع» that open with a bare word (no ال: not «التعامل مع “المتلاعبين
    بالأسعار”», a speaker's words about a group) name the partner."""
    if not left or not 1 <= len(words) <= 3 \
            or left[0].removeprefix("و") not in ar_partner():
        return False
    first = normalize(words[0])
    return not first.startswith("ال") and first not in lex.stops and first not in lex.cues \
        and "\u0600" <= first[:1] <= "\u06ff"


def _name_after_body(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«شركة الاتصالات المتنقلة السعودية “زين”», «بالمعهد السعودي للإلكترونيات “سيهاي”»: one or
    two bare words right after a body's description ending in a definite nisba adjective are
    the body's name in apposition (no ال, not feminine: not an adjective of the body)."""
    if not 1 <= len(words) <= 2 or k == 0 or toks[k - 1].kind != "w" or len(left) < 2:
        return False
    if not ar_nisba(left[0]):
        return False
    heads = _ar_body_heads_labels()
    if not any(_bare(w.removeprefix("ب").removeprefix("ل")) in heads
               or w.removeprefix("ب").removeprefix("ل") in heads for w in left[1:4]):
        return False
    return all(not w.startswith("ال") and not w.endswith(("ه", "يه")) and w not in lex.stops
               and w not in lex.cues and "\u0600" <= w[:1] <= "\u06ff"
               for w in (normalize(x) for x in words))


def _name_after_nisba(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«البرلمان الألماني “بوندستاغ”», «المكتب الهولندي “دلتا”»: one or two words shaped like a
    name (``_name_shaped``) right after a definite noun and its definite nisba adjective name
    that thing in apposition. Not when «أن» or a reporting verb opens the phrase («قال إن
    الاقتصاد الوطني “صامد”»: a verdict on it)."""
    if not 1 <= len(words) <= 2 or k == 0 or toks[k - 1].kind != "w" or len(left) < 2:
        return False
    nisba, noun = left[0].removeprefix("و"), left[1].removeprefix("و")
    if not (ar_nisba(nisba, 6) and noun.startswith("ال")):
        return False
    if noun.endswith(("ي", "يه")) or noun in lex.stops:
        return False  # (two adjectives: no noun to name)
    that = _that_words()
    if any(w in that or _cue_form(w, lex) for w in left[2:4]):
        return False
    # (two words may end like a nisba: «رجل الأعمال الماليزي “تان كوتشاي”» is a name too)
    return _name_shaped(words, lex, strict=len(words) == 1)


def _name_before_nisba(toks: list[Tok], k: int, words: list[str]) -> bool:
    """«شركة مملوكة لـ“ديار” القطرية», «لشبكة “كادينا كوبي” الإذاعية»: marked words ending in a
    word without ال, followed right away by a definite nisba adjective, are a proper name (only
    a name is definite without ال; a common noun there would need ال to take that adjective)."""
    if not 1 <= len(words) <= 4 or k + 1 >= len(toks) or toks[k + 1].kind != "w" \
            or "\u064b" in "".join(words):
        return False
    last = normalize(words[-1])
    if last.startswith(("ال", "وال", "بال", "لل")) or last.endswith("ا") or len(last) < 2 \
            or not "\u0600" <= last[:1] <= "\u06ff":
        return False
    adj = toks[k + 1].norm
    return ar_nisba(adj, 6)


def _subject_name(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«أعرب السفير الإيطالي “ماركو بيليني”، عن …», «اعتبرت “نادية الفاسي”، مديرة المهرجان، أن»,
    «دعت “الجمعية المغربية …” إلى»: marked words in the subject's place, right after the verb
    or its role words, and followed by the verb's complement (أن/عن/إلى), a relative pronoun
    or a role in apposition, are who acts, not what is said. Before «عن/إلى» or a role they
    must look like a name («قال الوزير “الوضع مستقر …” عن …» is what he said about something);
    right before «أن» what is said follows, so the marks hold an apposition of any shape
    («أوضح مسؤول “طلب عدم ذكر اسمه” أن …»). Right after a role, two or three name-shaped words
    (``_name_shaped``) ending the sentence are the role holder's name («كما أشار رئيس الهيئة
    “فلان الفلاني”.»): words said there would open a clause."""
    if not 1 <= len(words) <= 8 or not left or k + 1 >= len(toks):
        return False
    before = left[0]
    verb = before in lex.cues or before.removeprefix("و") in lex.cues
    if not (verb or _role_before(left, lex)):
        return False
    j = k + 1
    if verb and toks[j].norm == ":" and len(words) <= 3 and name_like(words, lex):
        return True  # «وأضاف “السهلي”: …»: between the verb and the colon, who speaks
    if not verb and toks[j].norm == "." and 2 <= len(words) <= 3 and _name_shaped(words, lex):
        return True  # «… كما أشار الأمين العام للمنظمة “فلان الفلاني”.»: the role holder's name
    comma = toks[j].norm in (",", "،")
    if comma:
        j += 1
    if j >= len(toks) or toks[j].kind != "w":
        return False
    after = toks[j].norm
    if after in ar_that_words() and not comma:
        return True  # («أكد عضو اللجنة “…” أن»: between the role and أن, an apposition)
    if not name_like(words, lex):
        return False
    if after in _complements():
        return True
    if after in ar_relatives() and comma:
        return len(words) >= 2 and all(not normalize(w).startswith("ال") for w in words)
    return comma and (after in lex.roles or after in lex.people) and len(words) <= 4


def _subject_after_object(left: list[str], words: list[str], lex: Lexicon) -> bool:
    """«وحصل عليها “فلان الفلاني”», «فاز بها “…”», «حصلت عليه “…”»: two or three marked words
    shaped like a name (``_name_shaped``, a nisba ending allowed: «طواشي») right after a verb and
    a preposition carrying the pronoun of its object (``object_pronouns_ar.txt``) stand where
    its subject stands: the object is already said, so the marks hold who did it, not words.
    Not after a reporting or relaying verb («قال له “…”», «نقل عنه “…”»: what was said)."""
    if not 2 <= len(words) <= 3 or len(left) < 2 or not _name_shaped(words, lex, strict=False):
        return False
    if left[0] not in _ar_object_pronouns() or left[0] in ar_demonstratives():
        return False
    verb = left[1].removeprefix("و").removeprefix("ف")
    return len(verb) >= 3 and not verb.startswith("ال") and verb not in lex.stops \
        and not _cue_form(left[1], lex) and verb not in ar_relay_verbs() \
        and verb not in ar_speech_nouns() and not _nominal(verb, lex)


def _definite_apposition(toks: list[Tok], k: int, words: list[str], left: list[str], lex: Lexicon) -> bool:
    """«مقاسات العبوات “الكرتون”», «قطاع الضيافة “الفنادق”», «المدرب “…”»: one to three marked
    words opening with a definite noun, right after a definite noun (nothing between), stand in
    apposition to it: the thing's own name or a gloss of it. A speaker's word after a definite
    noun is its adjective, so the first word must not be shaped as one: no nisba, feminine or
    plural ending, no participle in م, no فاعل/أفعل/فعال/فعيل stem («الموقف “الحازم”», «نهجها
    “الشجاع”», «التقدم “البارز”» stay the speaker's). Not after a role or person noun (the
    name rules read those) nor a reporting verb."""
    if not 1 <= len(words) <= 3 or not left or k == 0 or toks[k - 1].kind != "w":
        return False
    sayings = _ar_sayings()
    if any(w.removeprefix("ال") in sayings or w.removeprefix("وال") in sayings for w in left[:3]):
        return False  # «المقولة الشهيرة “…”»: the saying, someone's words
    for w in _left(toks, k, 6)[1:]:
        if w in _that_words():
            break  # («قال إن أسعار الألواح “…”»: the noun is inside the reported clause)
        if _cue_form(w, lex):
            return False  # «وقال فلان عبر الهاتف “…”»: the noun ends the verb's phrase, the marks its words
    noun = left[0]
    bare = noun[1:] if noun[:1] in "وبلك" and noun[1:3] == "ال" else noun
    if not bare.startswith("ال") or len(bare) <= 4 or _cue_form(noun, lex) \
            or bare in lex.people or bare[2:] in lex.roles or bare in lex.roles:
        return False
    folded = [normalize(w) for w in words]
    first = folded[0]
    stem = first[2:]
    # («العبوات “الكرتون”»: after a plural in ات, a thing's, an adjective agrees in the feminine; a
    # word in ون there is no masculine plural adjective of it but a noun of its own)
    plural_ending = ("ي", "يه", "ه", "ين", "ات", "ا") if bare.endswith("ات") \
        else ("ي", "يه", "ه", "ين", "ون", "ات", "ا")
    if not first.startswith("ال") or len(stem) < 3 \
            or first.endswith(plural_ending) or first.startswith("الم") \
            or _triliteral_adjective(stem) or _adjective_shaped(stem) or _imperfect(stem):
        return False
    return not any(w in lex.stops or w in lex.cues or w.removeprefix("و") in lex.stops for w in folded)


def name_like(words: list[str], lex: Lexicon) -> bool:
    """Whether marked words can be a name: one to four words, none of them a stop word or a
    reporting verb («“الوضع مستقر تماما في المستشفيات”» is a clause someone said), or a body's
    name as ``_body_phrase`` reads it («“الجمعية المغربية لحقوق الإنسان”»)."""
    if _body_phrase(words, lex):
        return True
    if not 1 <= len(words) <= 4:
        return False
    folded = [normalize(w) for w in words]
    return all(w not in lex.stops and w.removeprefix("و") not in lex.stops and w not in lex.cues
               and w.removeprefix("و") not in lex.cues for w in folded)


def _role_before(left: list[str], lex: Lexicon) -> bool:
    """«الرئيس البوسني», «الأمين العام للأمم المتحدة», «سيدة الأعمال», «الأسبوعية الفرنسية»: a
    role or a publication noun, maybe followed by definite adjectives or genitives, right before
    the marks."""
    for w in left:
        if w in lex.roles or w in lex.people or _bare(w) in lex.roles:
            return True
        if w in _ar_name_roles() or _bare(w) in _ar_name_roles():
            return True
        if not w.startswith(("ال", "لل")):
            return False
    return False


def comma_then_complement(toks: list[Tok], j: int, stop: int, lex: Lexicon, words: list[str]) -> bool:
    """«اعتبرت “نادية الفاسي”، مديرة المهرجان، أن»: after the marked name at ``j`` (its inner
    ``words`` shaped like a name), a comma then the verb's complement or a role in apposition
    (before ``stop``): the name is the subject."""
    if j + 2 >= stop or toks[j + 1].norm not in (",", "،") or toks[j + 2].kind != "w" \
            or not name_like(words, lex):
        return False
    after = toks[j + 2].norm
    return after in _complements() or after in lex.roles or after in lex.people
