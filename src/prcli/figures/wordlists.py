"""The word lists and small tables the figures extractor reads, loaded lazily from ``data/``.

Each name is a ``lazy_words`` list (or a cached table) that the readers of ``base`` to ``scan``
consult; nothing is read from disk until a text first needs it.
"""

from __future__ import annotations

import re
from functools import cache

from prcli.figures.lexicon import norm_word
from prcli.text.resources import language_list, lazy_words, table

_URL_START = re.compile(r"https?://|www\.|@|pic\.twitter")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[a-z]")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9]*")
_CLAUSE_END = frozenset('.!?;:()[]«»"“”\n,')
_range_links = lazy_words(
    "prcli.figures",
    "range_links_ar.txt",
    "range_links_en.txt",
    "range_links_fr.txt",
    extra=("-", "–", "—", "/"),
    convert=norm_word,
)


@cache
def _lang_words(kind: str, lang: str) -> frozenset[str]:
    """The word list ``data/<kind>_<lang>.txt`` (number connectors, ordinal suffixes)."""
    return language_list("prcli.figures", kind, lang)


@cache
def _scale_abbr(lang: str) -> dict[str, int]:
    """Scale abbreviations written after digits (16.2bn, £5m, 3 Md€) and their factor, from
    ``data/scale_abbreviations_<lang>.tsv`` (loaded once; empty for a language without one)."""
    try:
        rows = table("prcli.figures", f"scale_abbreviations_{lang}.tsv")
    except FileNotFoundError:
        return {}
    return {row[0]: 10 ** int(row[1]) for row in rows}


@cache
def _prefix_money() -> dict[str, str]:
    """Currency signs and codes before an amount and their ISO code (``data/currency_prefixes.tsv``)."""
    return {row[0]: row[1] for row in table("prcli.figures", "currency_prefixes.tsv")}


_duration_nouns = lazy_words("prcli.figures", "duration_nouns_fr.txt")
#: Words of general stop lists that can still belong to a counted phrase ("new equipment").
_phrase_words = lazy_words(
    "prcli.figures",
    "phrase_words_ar.txt",
    "phrase_words_en.txt",
    "phrase_words_fr.txt",
    convert=norm_word,
)
_clitic_only = lazy_words("prcli.figures", "clitics_ar.txt")
_pp_preps = lazy_words("prcli.figures", "phrase_prepositions_en.txt", "phrase_prepositions_fr.txt")
_periods = lazy_words("prcli.figures", "periods_en.txt", "periods_fr.txt")
#: Other words of a time complement ("in the third quarter", "revenues for the period were").
_period_nouns = lazy_words("prcli.figures", "period_nouns_en.txt", "period_nouns_fr.txt")
#: "last", "this", "the previous": what opens an English time adverb ("by 40% last year to").
#: "last", "opening", "remaining": words before the whole's noun in "three of their last 10 games".
_partitive_skips_en = lazy_words("prcli.figures", "partitive_skips_en.txt")
#: "his", "their early", "her mid-": before a decade of life ("in his 30s").
_decade_age_openers_en = lazy_words("prcli.figures", "decade_age_openers_en.txt")
_DECADES = frozenset(range(10, 100, 10))
#: "mid", "pre", "post": a hyphenated prefix of a year ("mid-2005"), not a name's letters ("F-16").
_time_prefixes_en = lazy_words("prcli.figures", "time_prefixes_en.txt")
#: "of", "to", "in": between a label word ("number") and a later number, the label is not its own.
_ident_breaks_en = lazy_words("prcli.figures", "ident_breaks_en.txt")
#: "thing", "point", "way": "one" before them is an idiom; "the", "every": "one" after them is none.
_one_idioms_en = lazy_words("prcli.figures", "one_idioms_en.txt")
_one_determiners_en = lazy_words("prcli.figures", "one_determiners_en.txt")
#: "as", "while": a clause opens between two numbers ("cut to 31 as 72 MPs rebelled").
_clause_links_en = lazy_words("prcli.figures", "clause_links_en.txt")
#: "someone", "children": before "over/under N" the number is their age.
_age_people_en = lazy_words("prcli.figures", "age_people_en.txt")
_time_openers_en = lazy_words("prcli.figures", "time_openers_en.txt")
# Words that join a head noun to its complement inside one noun phrase: "the number of visitors",
# "le coût de l'énergie", "le budget du département".
_np_links = lazy_words(
    "prcli.figures", "noun_phrase_links_en.txt", "noun_phrase_links_fr.txt", extra=("'", "’")
)
# Prepositions and connectives that end a counted phrase read after the figure ("3,000 jobs along
# the coast" counts "jobs"); kept short and closed-class.
_phrase_end = lazy_words("prcli.figures", "phrase_ends_en.txt", "phrase_ends_fr.txt")
# Words between two figures that make the second one measure the same thing as the first: "down
# 12 points, or 0.2%, at 5,230", "£4bn, up from £3.2bn", "40,000, compared with 35,000".
_same_thing_links = lazy_words("prcli.figures", "same_thing_links_en.txt", extra=(",",))
#: English nouns that take a number after them as their label ("number eight", "level 3").
_numbered_nouns = lazy_words("prcli.figures", "numbered_nouns_en.txt")
_subject_pronouns = lazy_words("prcli.figures", "subject_pronouns_en.txt")
#: English nouns that only frame an amount ("an average of 4.5%", "a total of £5m"): never what it counts.
#: English nouns that only measure the noun after their "of" ("the number of people").
_hollow_of = lazy_words("prcli.figures", "hollow_of_en.txt")
_hollow_nouns = lazy_words("prcli.figures", "hollow_nouns_en.txt")
#: English conjunctions that open a clause: never part of the subject read after them.
_subordinators = lazy_words("prcli.figures", "subordinators_en.txt")
_QUOTES = frozenset("\"«»“”„'‘’")
_determiners = lazy_words("prcli.figures", "determiners_en.txt", "determiners_fr.txt", extra=("'", "’"))
_relatives = lazy_words(
    "prcli.figures",
    "relative_pronouns_ar.txt",
    "relative_pronouns_en.txt",
    "relative_pronouns_fr.txt",
    convert=norm_word,
)
_pronouns = lazy_words(
    "prcli.figures",
    "partitive_pronouns_ar.txt",
    "partitive_pronouns_en.txt",
    "partitive_pronouns_fr.txt",
)
#: «تقريبا», «أيضا», «سنويا»: adverbs, never the counted noun (folded).
_adverbs_ar = lazy_words("prcli.figures", "adverbs_ar.txt", convert=norm_word)
#: «السوق», «الجلسة», «المملكة»: after «في», where or when a figure holds (phrases.ar_setting)
_setting_nouns_ar = lazy_words("prcli.figures", "setting_nouns_ar.txt", convert=norm_word)
_age_heads_ar = lazy_words("prcli.figures", "age_heads_ar.txt", convert=norm_word)
_duration_heads_ar = lazy_words("prcli.figures", "duration_heads_ar.txt", convert=norm_word)
_event_nouns_ar = lazy_words("prcli.figures", "event_nouns_ar.txt", convert=norm_word)
_vague_partitive = lazy_words(
    "prcli.figures",
    "vague_partitive_ar.txt",
    "vague_partitive_en.txt",
    "vague_partitive_fr.txt",
    extra=("'", "’"),
)
#: Words allowed between a number and its time unit: «trois dernières semaines», "two straight years".
_unit_fillers = lazy_words("prcli.figures", "unit_fillers_en.txt", "unit_fillers_fr.txt")
_times = lazy_words("prcli.figures", "times_ar.txt", "times_en.txt", "times_fr.txt", convert=norm_word)
_per = lazy_words("prcli.figures", "per_en.txt", "per_fr.txt")
_SIGNS = frozenset("-+−")
_SCORE_LINKS = frozenset("-–—")
_WORD_TYPES = frozenset(
    {
        "unit",
        "ten",
        "hundred",
        "teen",
        "scale",
        "dual",
        "weakone",
        "amb",
        "onefem",
        "article",
        "half",
        "quarter",
        "vague",
    }
)
_SMALL = frozenset({"unit", "amb", "weakone", "onefem"})
_fr_noun_before = lazy_words("prcli.figures", "noun_before_fr.txt", extra=("'", "’"))
#: French auxiliaries, modals and frequent verbs of news copy (no tagger: a closed list).
_fr_verbs = lazy_words("prcli.figures", "verbs_fr.txt")
#: French clitic subject pronouns: the word after one is a verb («elle gagnait», «ils sont»).
_fr_subject_pronouns = lazy_words("prcli.figures", "subject_pronouns_fr.txt")
#: Possessives and demonstratives before a counted noun ("his", «ses», «son»).
_possessives = lazy_words("prcli.figures", "possessives_en.txt", "possessives_fr.txt")
#: Words allowed between a French verb and the amount it governs («rapporteront à la commune entre 2 et»).
_fr_verb_gap = lazy_words("prcli.figures", "verb_gap_fr.txt")
#: Words after which a French clause (and its subject) begins.
_fr_clause_open = lazy_words(
    "prcli.figures", "clause_openers_fr.txt", extra=(".", "!", "?", ";", ":", ",", "\n")
)
#: «d'autres», «certains»: plural pronouns that are never the antecedent of «ils».
_fr_indefinite = lazy_words("prcli.figures", "indefinite_pronouns_fr.txt")
#: Possessives, demonstratives and articles that open a French noun phrase before its head.
_fr_np_lead = lazy_words("prcli.figures", "noun_phrase_leads_fr.txt")
#: Words right after a bare French count that show its noun was left out («2000 ont été blessées»).
_fr_ellipsis_next = lazy_words("prcli.figures", "ellipsis_next_fr.txt")
#: English nouns that may follow a score ("a 2-1 victory", "won 3-0 away").
_score_nouns = lazy_words("prcli.figures", "score_nouns_en.txt")
#: English words before an ordinal that make it a position in a table ("are fifth in", "to sixth in").
_standing_before = lazy_words("prcli.figures", "standing_before_en.txt")
#: Determiners before an ordinal word that make it an ordinal of the noun after it.
_ordinal_determiners = lazy_words("prcli.figures", "ordinal_determiners_en.txt", "ordinal_determiners_fr.txt")
#: French words before «à N ans» that make it a term (a sentence, a plan), not an age.
_term_words_fr = lazy_words("prcli.figures", "term_words_fr.txt")
#: Endings of plural French demonyms («une majorité de Français», «d'Allemands»; not «de Paris»).
_FR_DEMONYM_ENDS = ("ais", "ois", "ains", "iens", "éens", "ands")
#: Endings of French verb forms and of past participles (no tagger).
_FR_VERB_ENDS = ("e", "ent", "é", "ée", "és", "ées", "i", "it", "u", "ait", "aient", "era", "eront", "er")
_FR_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")
#: Forms of French «être» after a plural subject pronoun («ils étaient 2000», «ils ont été»).
_fr_be = lazy_words("prcli.figures", "be_forms_fr.txt")
#: «اثنين», «اثنتين»: the number that repeats a dual («حزبين اثنين»), folded.
_two_after_dual = lazy_words("prcli.figures", "two_after_dual_ar.txt", convert=norm_word)
#: Time words an age can be given in (folded): years and months.
_age_units = lazy_words(
    "prcli.figures",
    "age_units_ar.txt",
    "age_units_en.txt",
    "age_units_fr.txt",
    convert=norm_word,
)
#: «اثنا/اثني» only exist inside «اثنا عشر»; alone, «أثنى» is a verb (he praised).
_construct_two = lazy_words("prcli.figures", "construct_two_ar.txt")
#: Currency words shared by several countries, none of them a safe default («دينار»): the unit is
#: only given when the article names the country (currency_locale_ar.tsv).
_PLACE_NEEDED = frozenset({"DZD"})
#: Arabic marks that belong to a figure («%», a bracket round a conversion).
_AR_FIGURE_MARKS = frozenset({"%", "٪", "/"})
#: «ارتفاعا من 3%», «إلى 4%»: a bound of a change, not the change itself.
_ar_from_to = lazy_words("prcli.figures", "from_to_ar.txt", convert=norm_word)
#: «إلى صفوفه», «إلى نادي ...»: where a signed player goes.
_ar_team_words = lazy_words("prcli.figures", "team_words_ar.txt")


@cache
def _ar_team_starts() -> tuple[str, ...]:
    """The Arabic team words as a tuple (``str.startswith`` takes no set)."""
    return tuple(sorted(_ar_team_words()))


_AR_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
#: cue roles of words that make a quoted span a clause with a figure, not a name
_NOT_NAME_ROLES = ("skip", "intro", "approx", "change", "result", "record", "compare", "age", "year", "score")
_AR_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", ":"})
_AR_CLAUSE_END = _AR_SENTENCE_END | {"،", ","}
_time_suffix = lazy_words("prcli.figures", "time_suffixes_ar.txt", "time_suffixes_en.txt")
_twice_not_before = lazy_words("prcli.figures", "twice_not_before_en.txt")
_half_not_share_before = lazy_words("prcli.figures", "half_not_share_before_en.txt")
_half_determiners = lazy_words("prcli.figures", "half_determiners_en.txt")
_fr_possessive_determiners = lazy_words("prcli.figures", "possessive_determiners_fr.txt")
_be_forms_en = lazy_words("prcli.figures", "be_forms_en.txt")
_still_adverbs_en = lazy_words("prcli.figures", "still_adverbs_en.txt")
_to_modals_en = lazy_words("prcli.figures", "to_modals_en.txt")
_fr_passive_aux = lazy_words("prcli.figures", "passive_auxiliaries_fr.txt")
_fr_pronoun_subjects = lazy_words("prcli.figures", "pronoun_subjects_fr.txt")
_time_adjectives_en = lazy_words("prcli.figures", "time_adjectives_en.txt")
_period_modifiers_en = lazy_words("prcli.figures", "period_modifiers_en.txt")
_finite_auxiliaries_en = lazy_words("prcli.figures", "finite_auxiliaries_en.txt")
_home_countries = lazy_words("prcli.figures", "home_countries_ar.txt")
_people_after_m = lazy_words("prcli.figures", "people_after_m_en.txt")
_loose_ordinal_nouns_ar = lazy_words("prcli.figures", "loose_ordinal_nouns_ar.txt")
_place_nouns = lazy_words("prcli.figures", "place_nouns_en.txt", "place_nouns_fr.txt")
_place_nouns_en = lazy_words("prcli.figures", "place_nouns_en.txt")
_rank_followers = lazy_words("prcli.figures", "rank_followers_en.txt", "rank_followers_fr.txt")
_standing_after = lazy_words("prcli.figures", "standing_after_en.txt")
_rate_words = lazy_words("prcli.figures", "rate_words_en.txt", "per_fr.txt")
_also_adverbs = lazy_words("prcli.figures", "sentence_adverbs_fr.txt", "sentence_adverbs_en.txt")
#: "family", "supply": English nouns in -ly, not adverbs.
_ly_nouns_en = lazy_words("prcli.figures", "ly_nouns_en.txt")
_number_labels = lazy_words("prcli.figures", "number_labels_en.txt")
_fr_du_des = lazy_words("prcli.figures", "de_articles_fr.txt")
_fr_de = lazy_words("prcli.figures", "de_forms_fr.txt")
_up_down = lazy_words("prcli.figures", "directions_en.txt")
_many_much = lazy_words("prcli.figures", "many_much_en.txt")
_twice_thrice = lazy_words("prcli.figures", "multiplier_adverbs_en.txt")
_fr_years_of_age = lazy_words("prcli.figures", "years_of_age_fr.txt")
_fr_hours = lazy_words("prcli.figures", "hour_nouns_fr.txt")
_fr_demi = lazy_words("prcli.figures", "half_words_fr.txt")
_so_thus = lazy_words("prcli.figures", "so_far_en.txt")
_those_these = lazy_words("prcli.figures", "demonstratives_en.txt")
_they_it = lazy_words("prcli.figures", "body_pronouns_en.txt")
_fr_ils_elles = lazy_words("prcli.figures", "plural_pronouns_fr.txt")
_he_she = lazy_words("prcli.figures", "person_pronouns_en.txt")
_ar_two = lazy_words("prcli.figures", "two_words_ar.txt")
_ar_ten = lazy_words("prcli.figures", "teen_tens_ar.txt")
_ar_multiples = lazy_words("prcli.figures", "multiple_nouns_ar.txt")
_ar_to = lazy_words("prcli.figures", "to_prepositions_ar.txt", convert=norm_word)
_ar_on = lazy_words("prcli.figures", "on_prepositions_ar.txt", convert=norm_word)
_over_under = lazy_words("prcli.figures", "over_under_en.txt")
#: «hauteur» («à hauteur de 12 millions») or a comma before «de» and an amount: set off after its noun.
_fr_set_off_de = lazy_words("prcli.figures", "amount_of_nouns_fr.txt", extra=(",",))
#: French words before a plural noun that make it a noun phrase («les», «des», «d'», «leurs»).
_fr_plural_leads = lazy_words("prcli.figures", "plural_leads_fr.txt", extra=("'", "’"))
#: French object clitics between a relative and its verb («qui les comprennent», «qui en ont»).
_fr_object_clitics = lazy_words("prcli.figures", "object_clitics_fr.txt", extra=("'", "’"))
_figure_openers_en = lazy_words("prcli.figures", "figure_openers_en.txt")
_indefinite_en = lazy_words("prcli.figures", "indefinite_articles_en.txt")
_indefinite_fr = lazy_words("prcli.figures", "indefinite_articles_fr.txt")
_fr_and_but = lazy_words("prcli.figures", "clause_conjunctions_fr.txt")
_ar_oxide = lazy_words("prcli.figures", "oxide_nouns_ar.txt")
_in_since = lazy_words("prcli.figures", "year_prepositions_en.txt")
_range_openers_en = lazy_words("prcli.figures", "range_openers_en.txt")
#: "from", "by" before the bounds of a change ("rose from A to B", "fell by 40% to 34,000").
_change_from_en = lazy_words("prcli.figures", "change_from_en.txt")
#: Words before a time noun in an English time adverb ("this year", "last month", "a year").
_time_adverb_leads_en = lazy_words("prcli.figures", "time_adverb_leads_en.txt")
_fr_definite = lazy_words("prcli.figures", "definite_articles_fr.txt")
#: «de», «d'», «du», «des»: «de» alone, elided or fused with an article.
_fr_de_all = lazy_words("prcli.figures", "de_forms_fr.txt", "de_articles_fr.txt")
#: "to", "and" between two shares of a range ("from 5% to 7%", "between 5% and 7%").
_range_links_en = lazy_words("prcli.figures", "range_second_links_en.txt")
_period_prepositions_en = lazy_words("prcli.figures", "period_prepositions_en.txt")
_superlative_leads = lazy_words("prcli.figures", "superlative_leads_en.txt", "superlative_leads_fr.txt")
_rank_articles = lazy_words("prcli.figures", "articles_before_rank_en.txt", "articles_before_rank_fr.txt")
_possessives_en = lazy_words("prcli.figures", "possessives_en.txt")
_articles_en = lazy_words("prcli.figures", "articles_en.txt")
_all_determiners = lazy_words(
    "prcli.figures", "definite_articles_en.txt", "definite_articles_fr.txt", "all_determiners_ar.txt"
)
_ar_all_determiners = lazy_words("prcli.figures", "all_determiners_ar.txt")
_period_parts = lazy_words("prcli.figures", "period_parts_en.txt", "period_nouns_fr.txt")
_more_than_over = lazy_words("prcli.figures", "hedge_before_verb_en.txt")
_in_at_over = lazy_words("prcli.figures", "time_place_prepositions_en.txt")
_age_range_links = lazy_words("prcli.figures", "age_range_prepositions_en.txt")
_fr_ten_one = lazy_words("prcli.figures", "after_ten_fr.txt")
_ar_year_nouns = lazy_words("prcli.figures", "year_nouns_ar.txt", convert=norm_word)
_rise_links = lazy_words("prcli.figures", "rise_links_en.txt")
_named_links = lazy_words("prcli.figures", "name_links_en.txt")
_person_subjects_en = lazy_words("prcli.figures", "person_subjects_en.txt")
_ago_words = lazy_words("prcli.figures", "time_tail_words_en.txt")
_at_to_on = lazy_words("prcli.figures", "level_prepositions_en.txt")
_fr_relative_que = lazy_words("prcli.figures", "relative_que_fr.txt")
_fr_clause_joins = lazy_words("prcli.figures", "clause_joins_fr.txt")
_fr_part_of_links = lazy_words("prcli.figures", "part_of_links_fr.txt")
_fr_plural_determiners = lazy_words("prcli.figures", "plural_determiners_fr.txt")
_duration_prepositions = lazy_words("prcli.figures", "duration_prepositions_en.txt")
_until_prepositions = lazy_words("prcli.figures", "date_prepositions_en.txt")
_same_thing_glue_en = lazy_words("prcli.figures", "same_thing_glue_en.txt")
# Short words the readers once wrote out inline (what each is for: the header of its file); the
# apostrophes, hyphens and commas of a set stay in code (``extra``), as they are no language's words.
_of_de = lazy_words("prcli.figures", "of_prepositions_en.txt", "of_prepositions_fr.txt")
_of_de_d = lazy_words("prcli.figures", "of_prepositions_en.txt", "de_forms_fr.txt")
_of_de_marks = lazy_words("prcli.figures", "of_prepositions_en.txt", "de_forms_fr.txt", extra=("'", "’"))
_of_de_du_des = lazy_words(
    "prcli.figures", "of_prepositions_en.txt", "of_prepositions_fr.txt", "de_articles_fr.txt",
)
_fr_singular_articles = lazy_words("prcli.figures", "singular_articles_fr.txt")
_fr_singular_articles_marks = lazy_words("prcli.figures", "singular_articles_fr.txt", extra=("'", "’"))
_fr_de_all_marks = lazy_words("prcli.figures", "de_forms_fr.txt", "de_articles_fr.txt", extra=("'", "’"))
_fr_singular_de = lazy_words("prcli.figures", "singular_de_fr.txt")
_fr_agent_prepositions = lazy_words("prcli.figures", "agent_prepositions_fr.txt")
_fr_we = lazy_words("prcli.figures", "we_pronouns_fr.txt")
_fr_plural_articles = lazy_words("prcli.figures", "plural_articles_fr.txt")
_fr_those = lazy_words("prcli.figures", "demonstrative_pronouns_fr.txt")
_and_or = lazy_words("prcli.figures", "conjunctions_en.txt", "conjunctions_fr.txt", extra=(",",))
_and_or_en = lazy_words("prcli.figures", "conjunctions_en.txt")
_and_words = lazy_words(
    "prcli.figures", "number_connectors_ar.txt", "number_connectors_en.txt",
    "number_connectors_fr.txt",
    extra=(",", "،"),
)
_ar_before_after = lazy_words("prcli.figures", "before_after_ar.txt")
_ar_that_an = lazy_words("prcli.figures", "that_an_ar.txt", convert=norm_word)
_ar_to_until = lazy_words("prcli.figures", "to_prepositions_ar.txt", "until_ar.txt", extra=("-",),
                          convert=norm_word)
_ar_number_nouns = lazy_words("prcli.figures", "number_nouns_ar.txt")
_ar_month_nouns = lazy_words("prcli.figures", "month_nouns_ar.txt")
_ar_other = lazy_words("prcli.figures", "other_ar.txt")
_definite_en_ar = lazy_words("prcli.figures", "definite_articles_en.txt", "definite_articles_ar.txt")
_of_min = lazy_words("prcli.figures", "of_prepositions_ar.txt", "of_prepositions_en.txt")
_ar_and_then = lazy_words("prcli.figures", "and_then_ar.txt")
_ar_in_by = lazy_words("prcli.figures", "in_by_ar.txt")
_level_links_en = lazy_words("prcli.figures", "level_links_en.txt")
_in_on = lazy_words("prcli.figures", "in_on_en.txt")
_among_in = lazy_words("prcli.figures", "group_leads_en.txt")
_to_be = lazy_words("prcli.figures", "infinitive_leads_en.txt")
_in_of = lazy_words("prcli.figures", "trend_complements_en.txt")
_an_as = lazy_words("prcli.figures", "not_year_words_en.txt")
_average_leads = lazy_words("prcli.figures", "average_leads_en.txt")
_is_was = lazy_words("prcli.figures", "age_copulas_en.txt")
_cents = lazy_words("prcli.figures", "cents_en.txt")
_placed = lazy_words("prcli.figures", "placed_en.txt")
_determiners_possessives = lazy_words(
    "prcli.figures", "determiners_en.txt", "determiners_fr.txt", "possessives_en.txt",
    extra=("'", "’"),
)
_determiners_of = lazy_words(
    "prcli.figures", "determiners_en.txt", "determiners_fr.txt", "of_prepositions_en.txt",
    "of_prepositions_fr.txt", "de_articles_fr.txt",
    extra=("'", "’"),
)
_trend_complements = lazy_words(
    "prcli.figures", "trend_complements_en.txt", "trend_complements_fr.txt",
    "trend_complements_ar.txt",
)
_money_preps = lazy_words("prcli.figures", "money_prepositions_en.txt", "money_prepositions_fr.txt")
_share_preps = lazy_words("prcli.figures", "share_prepositions_en.txt", "share_prepositions_fr.txt")
_fr_rate_to = lazy_words("prcli.figures", "rate_prepositions_fr.txt")
_fr_figure_links = lazy_words("prcli.figures", "figure_links_fr.txt", extra=(",",))
_ar_by = lazy_words("prcli.figures", "by_ar.txt", extra=("(",), convert=norm_word)
_fr_verb_subjects = lazy_words("prcli.figures", "verb_subjects_fr.txt", extra=("'", "’"))
_after_article_words = lazy_words(
    "prcli.figures", "article_prepositions_en.txt", "possessives_en.txt",
    "second_person_possessives_en.txt",
)
_not_verb_words_en = lazy_words("prcli.figures", "not_verb_words_en.txt")
_day_range_links = lazy_words(
    "prcli.figures", "day_range_links_ar.txt", "day_range_links_en.txt", "day_range_links_fr.txt",
    extra=("-",),
)
_year_count_links = lazy_words(
    "prcli.figures", "year_count_links_en.txt", "year_count_links_fr.txt",
    extra=("-",),
)
_year_leads = lazy_words("prcli.figures", "year_nouns_ar.txt", "year_leads_fr.txt", convert=norm_word)
_ar_object_preps = lazy_words("prcli.figures", "object_prepositions_ar.txt", convert=norm_word)
_ar_sale_verb_stem_words = lazy_words("prcli.figures", "sale_verb_stems_ar.txt")
_ar_rate_noun_words = lazy_words("prcli.figures", "rate_nouns_ar.txt")


@cache
def _ar_sale_verb_stems() -> tuple[str, ...]:
    """``data/sale_verb_stems_ar.txt`` as a tuple (``str.startswith`` takes no set)."""
    return tuple(sorted(_ar_sale_verb_stem_words()))


@cache
def _ar_rate_nouns() -> tuple[str, ...]:
    """``data/rate_nouns_ar.txt`` as a tuple (``str.endswith`` takes no set)."""
    return tuple(sorted(_ar_rate_noun_words()))
