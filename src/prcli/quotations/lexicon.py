"""Language data for quotations, read from ``data/`` once and folded for matching.

Why data files: the reporting verbs, source phrases, title words and honorifics grow with
every article read; keeping them out of the code lets them grow without touching logic.
"""

from __future__ import annotations

from functools import cache

from prcli.model import _frozen
from prcli.text.normalize import normalize
from prcli.text.resources import language_list, lazy_pairs, lazy_words, read_data_unimported, table, word_list

_PKG = "prcli.quotations"

# Word sets that several quotation modules test: one constant each, read on first use.
#: «de», «du», «des»: the French «of» with and without its article.
fr_de = lazy_words("prcli.quotations", "de_particles_fr.txt")
#: «de», «du», «des», «d'»: the same and the elided «d'» as a token of its own.
fr_de_forms = lazy_words("prcli.quotations", "de_forms_fr.txt")
#: «de», «du»: the same before a singular or uncounted noun (no plural «des»).
fr_de_singular = lazy_words("prcli.quotations", "de_singular_fr.txt")
#: «le», «la», «l'»: the French definite articles before a singular noun.
fr_definite = lazy_words("prcli.quotations", "definite_articles_fr.txt")
#: «le», «la»: the French singular definite articles written in full.
fr_le_la = lazy_words("prcli.quotations", "singular_definite_articles_fr.txt")
#: «le», «la», «les»: the French definite articles written in full.
fr_definite_words = lazy_words("prcli.quotations", "definite_article_words_fr.txt")
#: «un», «une»: the French indefinite articles.
fr_indefinite = lazy_words("prcli.quotations", "indefinite_articles_fr.txt")
#: «la», «une», «cette»: the French feminine singular determiners.
fr_feminine_determiners = lazy_words("prcli.quotations", "feminine_determiners_fr.txt")
#: «et», «ou»: the French conjunctions that join two words or phrases.
fr_conjunctions = lazy_words("prcli.quotations", "conjunctions_fr.txt")
#: "of": the English preposition before a complement.
en_of = lazy_words("prcli.quotations", "of_prepositions_en.txt")
# Word sets that were read under a second name in another module (review19): one constant each,
# imported by every module that tests them (under the module's old name where it has one).
#: Arabic heads of bodies (not persons): a phrase headed by one does not end in a personal name.
ar_body_heads = lazy_words("prcli.quotations", "body_heads_ar.txt")
#: Arabic nouns of an official statement (folded, without ال): a statement speaks for its body.
ar_statement_nouns = lazy_words("prcli.quotations", "statement_nouns_ar.txt")
#: «من جانبه», «من جهته»: "for his part" opens a speaker's turn; the pronoun refers back.
ar_side_nouns = lazy_words("prcli.quotations", "side_nouns_ar.txt")
#: «حسب», «وفق», «طبقا»: "according to", folded.
ar_according = lazy_words("prcli.quotations", "according_ar.txt")
#: «أحد», «إحدى» (one of), folded: with a definite plural after it, a complete noun phrase.
ar_one_of = lazy_words("prcli.quotations", "one_of_ar.txt")
#: Masculine titles written with ة (folded ه): «الداعية», «العلامة».
ar_masculine_titles_in_teh = lazy_words("prcli.quotations", "masculine_titles_in_teh_ar.txt")
#: Arabic relative pronouns (folded): marked words opening with one are a relative clause, not a name.
ar_clause_relatives = lazy_words("prcli.quotations", "clause_relatives_ar.txt", convert=normalize)
#: «نقلت الوكالة عن فلان»: verbs that relay whoever follows عن, with the relaying body's gender.
ar_relay_an_verbs = lazy_pairs("prcli.quotations", "relay_an_verbs_ar.tsv")
# Word sets a module kept as a constant and others read again through folded_words (review21):
# one constant each, imported under the owner's old name.
#: «داخل», «خلال»: nouns used as prepositions of place and time (folded), no one's name.
ar_adverbial_heads = lazy_words("prcli.quotations", "adverbial_heads_ar.txt")
#: Courtesy titles (folded): a lone word with ال after one is a family name («السيد الوادي»); after
#: a role-like title («المدرب», «الفنان») it is an adjective («المدرب الروسي»).
ar_courtesy_titles = lazy_words("prcli.quotations", "courtesy_titles_ar.txt")
#: Titles that prose also writes as common nouns («دولة», «الفريق», «الحاجة»; folded): a lone
#: word after one is no name.
ar_common_noun_titles = lazy_words("prcli.quotations", "common_noun_titles_ar.txt", convert=normalize)
#: «هذه», «هذا», «هؤلاء», «تلك», «ذلك»: after a marked noun, a demonstrative of its genitive.
ar_demonstratives = lazy_words("prcli.quotations", "demonstratives_ar.txt", convert=normalize)
#: «طالب», «تعهد», «وعد»: verbs whose object is glued to «بـ» (folded): a word with «بـ» after one
#: (and after its subject) is what was asked for or promised, no word of the subject's name.
ar_bi_object_verbs = lazy_words("prcli.quotations", "bi_object_verbs_ar.txt", convert=normalize)
#: «المعنية», «المكلفة»: adjectives of a description taking «بـ» themselves (folded).
ar_bi_adjectives = lazy_words("prcli.quotations", "bi_adjectives_ar.txt")
#: «مخاطبا», «مخاطبة»: participles of speaking to someone; whom they name is addressed, never the speaker.
ar_addressing_participles = lazy_words("prcli.quotations", "addressing_participles_ar.txt")
#: «بدوره», «أما»: words opening a sentence before a subject written ahead of its verb (folded).
ar_fronted_openers = lazy_words("prcli.quotations", "fronted_openers_ar.txt")
#: The verb كان and its forms, taking a subject before «قد» and the main verb (folded).
ar_kana = lazy_words("prcli.quotations", "kana_ar.txt")
#: «المادة», «الفقرة»: nouns of legal text divisions, which quote a text, not a person (folded).
ar_legal_articles = lazy_words("prcli.quotations", "legal_articles_ar.txt")
#: Arabic tokens that may start with ال inside a personal name.
ar_name_al = lazy_words("prcli.quotations", "name_al_ar.txt")
#: Particles inside Arabic personal names («بن», «أبو», «عبد»): a name goes on through them.
ar_name_glue = lazy_words("prcli.quotations", "name_glue_ar.txt")
#: «عبد», «أبو», «بن»: words that link a name to the next word.
ar_name_links = lazy_words("prcli.quotations", "name_links_ar.txt")
#: The same words folded, for body names in marks (arabic_labels): «على» folds to «علي», which in a
#: person's name is the given name, so the attribution keeps the list as written.
ar_name_links_folded = lazy_words("prcli.quotations", "name_links_ar.txt", convert=normalize)
#: «رافضا ذكر اسمه»: a name or an identity is what is given, not words.
ar_name_objects = lazy_words("prcli.quotations", "name_objects_ar.txt")
#: «بن», «أبو», «عبد»: after a role word they start a name, not a genitive (folded).
ar_name_openers = lazy_words("prcli.quotations", "name_openers_ar.txt")
#: «السابق», «الحالي»: adjectives of a past or present office, right before the holder's name.
ar_office_time_adjectives = lazy_words("prcli.quotations", "office_time_adjectives_ar.txt")
#: «لصحيفة"…», «لموقع"…»: the noun of an outlet spoken to, glued to لـ (folded).
ar_outlet_nouns = lazy_words("prcli.quotations", "outlet_nouns_ar.txt")
#: Particles after an Arabic name («أن», «في», «الذي»): the name has ended.
ar_particles = lazy_words("prcli.quotations", "particles_ar.txt", convert=normalize)
#: Arabic prepositions (and comparative heads): a cue word after one («من حديثه») is a noun.
ar_prepositions = lazy_words("prcli.quotations", "prepositions_ar.txt", convert=normalize)
#: «عدد من», «بعض»: quantifiers opening a vague plural source (folded).
#: (a demonstrative too: «أوضح ذلك رئيس النادي», the subject comes after the object)
ar_quantifiers = lazy_words("prcli.quotations", "quantifiers_ar.txt")
#: Verbs of relaying a report (folded): what they name at the end of a clause is an outlet.
ar_relay_verbs = lazy_words("prcli.quotations", "relay_verbs_ar.txt")
#: Words completing a role before its complement («أمين عام الغرفة», «رئيس تنفيذي»).
ar_role_tail = lazy_words("prcli.quotations", "role_tail_ar.txt")
#: «أن» and its forms and «قائلا»: they link a reporting verb to the quote that follows.
ar_that_particles_extract = lazy_words("prcli.quotations", "that_particles_extract_ar.txt", convert=normalize)
#: Definite words of time («الآن», «اليوم»; folded) that may follow a predicate in marks as an adverb.
ar_time_words = lazy_words("prcli.quotations", "time_words_ar.txt", convert=normalize)
#: Adjectives of fame or age between a title and a name (folded): «المغني المصري الشهير حسام فاروق».
ar_title_adjectives = lazy_words("prcli.quotations", "title_adjectives_ar.txt")
#: Arabic heads of vague sources, never followed directly by a personal name (folded).
ar_vague_heads = lazy_words("prcli.quotations", "vague_heads_ar.txt", convert=normalize)
#: «عن», «من» after an issued document's participle («بيان صادر عن …»): its issuer follows.
ar_issuer_prepositions = lazy_words("prcli.quotations", "issuer_prepositions_ar.txt")
#: Arabic place words (folded): a name word that is one names a place, not a person.
ar_places = lazy_words("prcli.quotations", "places_ar.txt", convert=normalize)
#: French auxiliaries and pronominal forms before a past participle («a déclaré», «s'est dit»).
fr_auxiliaries = lazy_words("prcli.quotations", "auxiliaries_fr.txt")
#: «a», «ont», «avait», «avaient»: auxiliaries before a past participle of speaking or calling.
fr_incise_auxiliaries = lazy_words("prcli.quotations", "incise_auxiliaries_fr.txt")
#: Stressed pronouns after «selon», «d'après», with their gender: the source is already in the story.
fr_stressed_pronouns = lazy_pairs("prcli.quotations", "stressed_pronouns_fr.tsv")
#: Forms of "be" before the participle of a passive report ("X was quoted as saying").
en_be_forms = lazy_words("prcli.quotations", "be_forms_en.txt")
#: Words ending the speaker phrase right of an English verb ("said X yesterday", "told reporters").
en_after_verb_stops = lazy_words("prcli.quotations", "after_verb_stops_en.txt")
#: Nouns of documents ("the report said"): a definite one speaks for itself.
en_documents = lazy_words("prcli.quotations", "documents_en.txt")
#: Lower-case particles inside personal names in Latin script («de Gaulle», "van Gogh").
fr_name_particles = lazy_words("prcli.quotations", "name_particles_fr.txt")
#: French determiners and possessives before a noun: a cue word after one is a noun («sa déclaration»).
fr_noun_determiners = lazy_words("prcli.quotations", "noun_determiners_fr.txt")
#: French object clitics before a verb («lui a dit», «l'y a dit»): stepped over to reach the verb.
fr_object_clitics = lazy_words("prcli.quotations", "object_clitics_fr.txt")
#: French determiners and quantifiers that open a subject noun phrase («les manifestants»).
fr_subject_determiners = lazy_words("prcli.quotations", "subject_determiners_fr.txt")
#: «qui», «dont»: relatives that open a clause about the noun before them.
fr_subject_relatives = lazy_words("prcli.quotations", "subject_relatives_fr.txt")
#: French nouns of a stretch of time («cette semaine», «la veille»): a time adverbial, never who speaks.
fr_time_nouns = lazy_words("prcli.quotations", "time_nouns_fr.txt")
# French and English pronouns, articles, auxiliaries and prepositions (what each is for: the
# header of its file).
third_person_subjects = lazy_words(
    "prcli.quotations", "third_person_subjects_en.txt", "third_person_subjects_fr.txt"
)
en_coordinators = lazy_words("prcli.quotations", "coordinators_en.txt")
fr_demonstratives = lazy_words("prcli.quotations", "demonstratives_fr.txt")
fr_singular_demonstratives = lazy_words("prcli.quotations", "singular_demonstratives_fr.txt")
definite_articles = lazy_words("prcli.quotations", "definite_articles_en.txt", "definite_articles_fr.txt")
fr_definite_all = lazy_words("prcli.quotations", "definite_articles_fr.txt", "definite_article_words_fr.txt")
en_name_end_auxiliaries = lazy_words("prcli.quotations", "name_end_auxiliaries_en.txt")
en_name_verb_auxiliaries = lazy_words("prcli.quotations", "name_verb_auxiliaries_en.txt")
indefinite_articles = lazy_words(
    "prcli.quotations", "indefinite_articles_en.txt", "indefinite_articles_fr.txt"
)
age_units = lazy_words("prcli.quotations", "age_units_en.txt", "age_units_fr.txt")
abbreviated_titles = lazy_words("prcli.quotations", "abbreviated_titles_en.txt", "abbreviated_titles_fr.txt")
before_place_names = lazy_words("prcli.quotations", "before_place_names_en.txt", "before_place_names_fr.txt")
fr_addressee_prepositions = lazy_words("prcli.quotations", "addressee_prepositions_fr.txt")
_fr_impersonal_subjects = lazy_words("prcli.quotations", "impersonal_subjects_fr.txt")


def fr_impersonal_subject(w: str) -> bool:
    """«on», «l'on», «qu'on» (``impersonal_subjects_fr.txt``, maybe after an elided «l'»/«qu'»):
    the impersonal subject, no one in the article."""
    return w.removeprefix("l'").removeprefix("qu'") in _fr_impersonal_subjects()


fr_clause_subject_pronouns = lazy_words(
    "prcli.quotations", "third_person_subjects_fr.txt", "impersonal_subjects_fr.txt"
)
role_place_links = lazy_words("prcli.quotations", "role_place_links_en.txt", "role_place_links_fr.txt")
fr_name_place_links = lazy_words("prcli.quotations", "name_place_links_fr.txt")
fr_topic_links = lazy_words("prcli.quotations", "topic_links_fr.txt")
fr_judged_links = lazy_words("prcli.quotations", "judged_links_fr.txt")
fr_share_de = lazy_words("prcli.quotations", "share_de_fr.txt")
fr_time_keep = lazy_words("prcli.quotations", "time_phrase_words_fr.txt")
fr_que_qui = lazy_words("prcli.quotations", "que_qui_fr.txt")
fr_role_attachments = lazy_words("prcli.quotations", "role_attachments_fr.txt", "role_purpose_fr.txt")
role_list_links = lazy_words(
    "prcli.quotations", "role_attachments_fr.txt", "role_list_links_fr.txt",
    "role_list_links_en.txt",
)
cue_complements = lazy_words("prcli.quotations", "cue_complements_en.txt", "cue_complements_fr.txt")
#: «que», «qu'» after a French cue or clause: what was said follows.
fr_cue_complements = lazy_words("prcli.quotations", "cue_complements_fr.txt")
incise_ends = lazy_words("prcli.quotations", "incise_ends_en.txt", "incise_ends_fr.txt")
of_de = lazy_words("prcli.quotations", "of_prepositions_en.txt", "de_word_fr.txt")
fr_de_elided = lazy_words("prcli.quotations", "de_elided_fr.txt")
of_de_elided = lazy_words("prcli.quotations", "of_prepositions_en.txt", "de_elided_fr.txt")
of_de_du_elided = lazy_words(
    "prcli.quotations", "of_prepositions_en.txt", "de_elided_fr.txt", "de_singular_fr.txt",
)
fr_beside = lazy_words("prcli.quotations", "beside_fr.txt")
fr_chant_leads = lazy_words("prcli.quotations", "chant_leads_fr.txt")
fr_as_said_clitics = lazy_words("prcli.quotations", "as_said_clitics_fr.txt")
fr_as_said_objects = lazy_words("prcli.quotations", "as_said_objects_fr.txt")
fr_agent_par_de = lazy_words("prcli.quotations", "agent_par_de_fr.txt")
en_clause_joins = lazy_words("prcli.quotations", "clause_joins_en.txt")
fr_cue_noun_determiners = lazy_words("prcli.quotations", "cue_noun_determiners_fr.txt")
fr_body_articles = lazy_words("prcli.quotations", "body_articles_fr.txt")
fr_gender_determiners = lazy_words(
    "prcli.quotations", "gender_determiners_masculine_fr.txt", "gender_determiners_feminine_fr.txt",
)
fr_feminine_gender_determiners = lazy_words("prcli.quotations", "gender_determiners_feminine_fr.txt")
en_singular_openers = lazy_words("prcli.quotations", "singular_openers_en.txt")
name_complement_leads = lazy_words("prcli.quotations", "of_prepositions_en.txt", "given_name_leads_fr.txt")
le_la_the = lazy_words("prcli.quotations", "singular_definite_articles_fr.txt", "definite_articles_en.txt")
fr_latter_adjectives = lazy_words("prcli.quotations", "latter_adjectives_fr.txt")
fr_these = lazy_words("prcli.quotations", "demonstratives_before_latter_fr.txt")
fr_them = lazy_words("prcli.quotations", "them_fr.txt")
not_speaker_pronouns = lazy_words(
    "prcli.quotations", "not_speaker_pronouns_en.txt", "not_speaker_pronouns_fr.txt",
)
fr_place_openers = lazy_words("prcli.quotations", "place_openers_fr.txt")
fr_feminine_articles = lazy_words("prcli.quotations", "feminine_articles_fr.txt")
fr_masculine_articles = lazy_words("prcli.quotations", "masculine_articles_fr.txt")
one_of = lazy_words("prcli.quotations", "one_of_fr.txt", "one_of_en.txt")
fr_of_them = lazy_words("prcli.quotations", "of_them_fr.txt")
en_works_for = lazy_words("prcli.quotations", "works_for_en.txt")
fr_agent_prepositions = lazy_words("prcli.quotations", "agent_prepositions_fr.txt")
fr_du_des = lazy_words("prcli.quotations", "de_contractions_fr.txt")
fr_then_links = lazy_words("prcli.quotations", "then_links_fr.txt")
fr_clause_relatives = lazy_words("prcli.quotations", "clause_relative_pronouns_fr.txt")
fr_plural_auxiliaries = lazy_words("prcli.quotations", "plural_auxiliaries_fr.txt")
en_labelling_verbs = lazy_words("prcli.quotations", "labelling_verbs_en.txt")
fr_cue_auxiliaries = lazy_words("prcli.quotations", "cue_auxiliaries_fr.txt")
fr_quantity_nouns = lazy_words("prcli.quotations", "quantity_nouns_fr.txt")
fr_reporting_to = lazy_words("prcli.quotations", "reporting_to_fr.txt")
fr_masculine_singular = lazy_words("prcli.quotations", "masculine_singular_determiners_fr.txt")
fr_plural_description = lazy_words("prcli.quotations", "plural_description_determiners_fr.txt")
fr_object_before_verb = lazy_words("prcli.quotations", "object_before_verb_fr.txt")
fr_since = lazy_words("prcli.quotations", "since_fr.txt")
fr_singular_determiners_all = lazy_words(
    "prcli.quotations", "indefinite_articles_fr.txt", "singular_definite_articles_fr.txt",
    "singular_demonstratives_fr.txt",
)
en_for_of_at = lazy_words("prcli.quotations", "works_for_en.txt", "of_prepositions_en.txt")
fr_date_leads = lazy_words("prcli.quotations", "date_leads_fr.txt")
fr_description_breaks = lazy_words("prcli.quotations", "description_breaks_fr.txt")
person_relatives = lazy_words("prcli.quotations", "person_relatives_en.txt", "person_relatives_fr.txt")
fr_approximations = lazy_words("prcli.quotations", "approximation_words_fr.txt")
fr_among = lazy_words("prcli.quotations", "among_fr.txt")
fr_president = lazy_words("prcli.quotations", "president_fr.txt")
# Arabic particles and short words (folded as tokens are; see each file's header for what it is).
ar_relatives = lazy_words("prcli.quotations", "relatives_ar.txt", convert=normalize)
ar_to_in = lazy_words("prcli.quotations", "to_in_ar.txt")
ar_issuer_places = lazy_words("prcli.quotations", "issuer_places_ar.txt", convert=normalize)
ar_talk_objects = lazy_words("prcli.quotations", "talk_objects_ar.txt", extra=(",", "،", ":"),
                             convert=normalize)
ar_outlet_lam = lazy_words("prcli.quotations", "outlet_lam_words_ar.txt")
ar_in_by = lazy_words("prcli.quotations", "in_by_ar.txt")
ar_for_body = lazy_words("prcli.quotations", "for_body_ar.txt", convert=normalize)
ar_for_about = lazy_words("prcli.quotations", "for_body_ar.txt", "about_ar.txt", convert=normalize)
ar_under = lazy_words("prcli.quotations", "under_ar.txt")
ar_that_particles = lazy_words("prcli.quotations", "that_particles_ar.txt", convert=normalize)
ar_nasab = lazy_words("prcli.quotations", "nasab_words_ar.txt")
ar_came_in = lazy_words("prcli.quotations", "came_in_verbs_ar.txt")
ar_and_he_she = lazy_words("prcli.quotations", "and_he_she_ar.txt")
ar_amma = lazy_words("prcli.quotations", "amma_ar.txt")
ar_in_turn = lazy_words("prcli.quotations", "in_turn_ar.txt")
ar_as_also = lazy_words("prcli.quotations", "as_also_ar.txt")
ar_that_an = lazy_words("prcli.quotations", "that_an_ar.txt")
ar_that_hamza = lazy_words("prcli.quotations", "that_hamza_ar.txt", convert=normalize)
ar_written_from = lazy_words("prcli.quotations", "written_from_prepositions_ar.txt")
ar_where_when = lazy_words("prcli.quotations", "where_when_ar.txt")
ar_linked_openers = lazy_words("prcli.quotations", "linked_openers_ar.txt")
ar_ma = lazy_words("prcli.quotations", "ma_ar.txt")
ar_ma_forms = lazy_words("prcli.quotations", "ma_forms_ar.txt")
ar_before_after = lazy_words("prcli.quotations", "before_after_ar.txt")
ar_before_an = lazy_words("prcli.quotations", "before_an_ar.txt")
ar_talk_prepositions = lazy_words("prcli.quotations", "talk_prepositions_ar.txt", convert=normalize)
ar_in_it = lazy_words("prcli.quotations", "in_it_ar.txt")
ar_part_prepositions = lazy_words("prcli.quotations", "part_prepositions_ar.txt")
ar_in_forms = lazy_words("prcli.quotations", "in_forms_ar.txt")
ar_object_prepositions = lazy_words("prcli.quotations", "object_heads_prepositions_ar.txt", convert=normalize)
ar_verb_particles = lazy_words("prcli.quotations", "verb_particles_ar.txt")
ar_qad = lazy_words("prcli.quotations", "qad_ar.txt")
ar_attributed_verbs = lazy_words("prcli.quotations", "attributed_verbs_ar.txt")
ar_expressed_verbs = lazy_words("prcli.quotations", "expressed_verbs_ar.txt")
ar_mention_passives = lazy_words("prcli.quotations", "mention_passives_ar.txt")
ar_mention_links = lazy_words("prcli.quotations", "mention_links_ar.txt", convert=normalize)
ar_went_verbs = lazy_words("prcli.quotations", "went_verbs_ar.txt")
ar_qawl_forms = lazy_words("prcli.quotations", "qawl_forms_ar.txt")
ar_his_her_saying = lazy_words("prcli.quotations", "his_her_saying_ar.txt")
ar_ungendered_titles = lazy_words("prcli.quotations", "ungendered_titles_ar.txt")
ar_according_to = lazy_words("prcli.quotations", "according_to_ar.txt")
ar_before_al_name = lazy_words("prcli.quotations", "before_al_name_ar.txt")
ar_mister = lazy_words("prcli.quotations", "mister_ar.txt")
ar_source_place_prepositions = lazy_words("prcli.quotations", "source_place_prepositions_ar.txt")
ar_latter = lazy_words("prcli.quotations", "latter_words_ar.txt")
# Arabic word lists that functions of several modules read through folded_words (review22): one
# constant each, folded as tokens are.
ar_according_lam = lazy_words("prcli.quotations", "according_lam_ar.txt", convert=normalize)
ar_addressing = lazy_words("prcli.quotations", "addressing_ar.txt", convert=normalize)
ar_attached_pronouns = lazy_words("prcli.quotations", "attached_pronouns_ar.txt", convert=normalize)
ar_auxiliaries = lazy_words("prcli.quotations", "auxiliaries_ar.txt", convert=normalize)
ar_bare_that = lazy_words("prcli.quotations", "bare_that_ar.txt", convert=normalize)
ar_body_heads_definite = lazy_words("prcli.quotations", "body_heads_definite_ar.txt", convert=normalize)
ar_description_owners = lazy_words("prcli.quotations", "description_owners_ar.txt", convert=normalize)
ar_documents = lazy_words("prcli.quotations", "documents_ar.txt", convert=normalize)
ar_hearers = lazy_words("prcli.quotations", "hearers_ar.txt", convert=normalize)
ar_inscribed_verbs = lazy_words("prcli.quotations", "inscribed_verbs_ar.txt", convert=normalize)
ar_kunya = lazy_words("prcli.quotations", "kunya_ar.txt", convert=normalize)
ar_manner = lazy_words("prcli.quotations", "manner_ar.txt", convert=normalize)
ar_name_ranks = lazy_words("prcli.quotations", "name_ranks_ar.txt", convert=normalize)
ar_name_tail_complements = lazy_words("prcli.quotations", "name_tail_complements_ar.txt", convert=normalize)
ar_not_names = lazy_words("prcli.quotations", "not_names_ar.txt", convert=normalize)
ar_not_nouns = lazy_words("prcli.quotations", "not_nouns_ar.txt", convert=normalize)
ar_not_speaker_words = lazy_words("prcli.quotations", "not_speaker_words_ar.txt", convert=normalize)
ar_on_it = lazy_words("prcli.quotations", "on_it_ar.txt", convert=normalize)
#: «مكتب», «ديوان»: the office of a role holder; a speaker phrase it heads is that office, no person.
ar_office_heads = lazy_words("prcli.quotations", "office_heads_ar.txt", convert=normalize)
ar_openers = lazy_words("prcli.quotations", "openers_ar.txt", convert=normalize)
ar_origin_nouns = lazy_words("prcli.quotations", "origin_nouns_ar.txt", convert=normalize)
ar_origin_tails = lazy_words("prcli.quotations", "origin_tails_ar.txt", convert=normalize)
ar_partner = lazy_words("prcli.quotations", "partner_ar.txt", convert=normalize)
ar_place_nouns = lazy_words("prcli.quotations", "place_nouns_ar.txt", convert=normalize)
ar_pronoun_prepositions = lazy_words("prcli.quotations", "pronoun_prepositions_ar.txt", convert=normalize)
ar_said_nouns = lazy_words("prcli.quotations", "said_nouns_ar.txt", convert=normalize)
ar_speech_nouns = lazy_words("prcli.quotations", "speech_nouns_ar.txt", convert=normalize)
ar_vague = lazy_words("prcli.quotations", "vague_ar.txt", convert=normalize)
ar_weekdays = lazy_words("prcli.quotations", "weekdays_ar.txt", convert=normalize)
#: «يسمى», «يعرف باسم»: words of naming; read by extract and resolve.
ar_naming_words = lazy_words("prcli.quotations", "naming_ar.txt", convert=normalize)
#: «نائب», «مساعد», «وكيل»: heads of another office than the role noun after them.
ar_deputy_heads = lazy_words("prcli.quotations", "deputy_heads_ar.txt", convert=normalize)
#: «صحيفة», «مجلة»: nouns of a paper; read by arabic_labels and attribution.arabic.
ar_paper_nouns = lazy_words("prcli.quotations", "paper_nouns_ar.txt", convert=normalize)
#: «نفسه», «أن», «ذلك»: words after a reporting verb that are never its subject, nor a family
#: name after a given name; read by attribution.arabic and resolve.
ar_not_subjects = lazy_words("prcli.quotations", "not_subjects_ar.txt")
#: «les», «des», «ces»: French plural determiners; read by resolve and attribution.sieves.
fr_plural_determiners = lazy_words("prcli.quotations", "plural_determiners_fr.txt")
#: «الذي», «التي», «الذين» …: relative pronouns; read by attribution.arabic and attribution.cues.
ar_relative_pronouns = lazy_words("prcli.quotations", "relative_pronouns_ar.txt")
#: «رد», «أجاب»: verbs of replying; «فرد عليه» is one only before «عليه» (``ar_glued_replying_verb``).
ar_replying_verbs = lazy_words("prcli.quotations", "replying_verbs_ar.txt", convert=normalize)
#: «العام», «الخاص», «الأول»: definite adjectives of a role (no nisba ending); read by resolve and
#: attribution.clauses.
ar_description_adjectives = lazy_words("prcli.quotations", "description_adjectives_ar.txt", convert=normalize)
ar_work_plurals = lazy_words("prcli.quotations", "work_plurals_ar.txt", convert=normalize)
# Arabic word lists that extract, people and arabic_labels (and resolve) read through folded_words
# inside functions (review24): one constant each, folded as tokens are. stops, roles, kinship and
# people (Arabic) are also the lexicon's own sets (no entry holds the ’ that _norm_set replaces).
ar_clause_words = lazy_words("prcli.quotations", "clause_words_ar.txt", convert=normalize)
ar_event_titles = lazy_words("prcli.quotations", "event_titles_ar.txt", convert=normalize)
ar_kind_nouns = lazy_words("prcli.quotations", "kind_nouns_ar.txt", convert=normalize)
ar_kinship = lazy_words("prcli.quotations", "kinship_ar.txt", convert=normalize)
ar_name_quantities = lazy_words("prcli.quotations", "name_quantities_ar.txt", convert=normalize)
ar_people = lazy_words("prcli.quotations", "people_ar.txt", convert=normalize)
ar_roles = lazy_words("prcli.quotations", "roles_ar.txt", convert=normalize)
ar_stops = lazy_words("prcli.quotations", "stops_ar.txt", convert=normalize)
ar_that_words = lazy_words("prcli.quotations", "that_ar.txt", convert=normalize)
ar_works = lazy_words("prcli.quotations", "works_ar.txt", convert=normalize)


@_frozen
class Lexicon:
    """Everything one language needs, in normalized (folded, lower-case) form.

    ``cues`` maps a verb form to ``(kind, number)``: kind is ``past``, ``pres``, ``hal``
    (Arabic circumstantial participle) or ``pp`` (French past participle); number is ``m``,
    ``f``, ``p`` or ``?``.
    """

    lang: str
    cues: dict[str, tuple[str, str]]
    sources: tuple[tuple[str, ...], ...]
    titles: frozenset[str]
    scare: tuple[tuple[str, ...], ...]
    honorifics: frozenset[str]
    people: frozenset[str]
    stops: frozenset[str]
    roles: frozenset[str]
    #: adverbial phrases that may stand between a verb and its subject («de son côté»)
    adverbials: tuple[tuple[str, ...], ...] = ()

    def __init__(self, lang: str, cues: dict[str, tuple[str, str]], sources: tuple[tuple[str, ...], ...],
                 titles: frozenset[str], scare: tuple[tuple[str, ...], ...], honorifics: frozenset[str],
                 people: frozenset[str], stops: frozenset[str], roles: frozenset[str],
                 adverbials: tuple[tuple[str, ...], ...] = ()) -> None:
        # (``object.__setattr__``: see ``prcli.quotations.attribution.base.Clause``)
        put = object.__setattr__
        for name, value in (("lang", lang), ("cues", cues), ("sources", sources), ("titles", titles),
                            ("scare", scare), ("honorifics", honorifics), ("people", people),
                            ("stops", stops), ("roles", roles), ("adverbials", adverbials)):
            put(self, name, value)


@cache
def language_words(kind: str, lang: str) -> frozenset[str]:
    """The word list ``data/<kind>_<lang>.txt`` (connectors, places, scene roles...)."""
    return language_list(_PKG, kind, lang)


@cache
def folded_words(name: str) -> frozenset[str]:
    """A word list of the package folded as tokens are (``normalize``), loaded once."""
    return frozenset(normalize(w) for w in word_list(_PKG, name))


#: الذي/التي/الذين and the gender or number of their antecedent.
ar_antecedent_relatives = lazy_pairs("prcli.quotations", "antecedent_relatives_ar.tsv")
#: «نصه/نصها» (its text): after «بما/ما/الذي» the words of a document follow; never a name word.
ar_its_text = lazy_words("prcli.quotations", "its_text_ar.txt", convert=normalize)
ar_before_its_text = lazy_words("prcli.quotations", "before_its_text_ar.txt", convert=normalize)
_ar_issued_documents = lazy_words("prcli.quotations", "issued_documents_ar.txt", convert=normalize)
_ar_text_owner_nouns = lazy_words("prcli.quotations", "text_owner_nouns_ar.txt", convert=normalize)


@cache
def ar_document_nouns() -> frozenset[str]:
    """Nouns of writings issued by someone («بيان», «تقرير», «خطاب», «قرار»; folded): whoever issued
    one is the source of the words it holds."""
    return ar_documents() | _ar_issued_documents()


@cache
def ar_text_owner_nouns() -> frozenset[str]:
    """The document nouns and the nouns of a stated opinion («رأي», «إقرار»; folded) whose words
    are quoted after «بما نصه» or «على النحو التالي»."""
    return ar_document_nouns() | _ar_text_owner_nouns()


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word phrases as token tuples, longest first (so the longest match wins); built once
    per file (callers ask for them for every quotation)."""
    rows = {tuple(normalize(w).replace("’", "'").split()) for w in word_list(_PKG, name)}
    return tuple(sorted((r for r in rows if r), key=len, reverse=True))


def _norm_set(name: str) -> frozenset[str]:
    return frozenset(normalize(w).replace("’", "'") for w in word_list(_PKG, name))


def _fr_imperfect(plural: str) -> tuple[tuple[str, str], ...]:
    """«prédisait», «scandaient»: the imperfect narrates speech as often as the present; it is
    built on the stem of the present plural («prédis-ent»)."""
    if not plural.endswith("ent") or len(plural) < 5:
        return ()
    stem = plural[:-3]
    if stem.endswith("g"):
        stem += "e"  # «fustigent» → «fustigeait»
    elif stem.endswith("c"):
        stem = stem[:-1] + "ç"  # «annoncent» → «annonçait»
    return ((stem + "ait", "s"), (stem + "aient", "p"))


def _cues(lang: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    if lang == "ar":
        for form, kind, num in table(_PKG, "cues_ar.tsv"):
            out[normalize(form)] = (kind, num)
    elif lang == "fr":
        for pp, sg, pl in table(_PKG, "cues_fr.tsv"):
            out.setdefault(normalize(pp), ("pp", "?"))
            if sg != "-":  # (no singular present where it is spelled like a common noun, «chiffre»)
                out.setdefault(normalize(sg), ("pres", "s"))
            out.setdefault(normalize(pl), ("pres", "p"))
            for form, num in _fr_imperfect(pl):
                out.setdefault(normalize(form), ("pres", num))
        for form in word_list(_PKG, "participles_fr.txt"):
            out[normalize(form)] = ("hal", "?")
    else:
        for row in word_list(_PKG, "cues_en.txt"):
            for i, form in enumerate(row.split()):
                out.setdefault(form.lower(), ("pres" if i == 0 or form.endswith("s") else "past", "?"))
    return out


@cache
def fr_present_cues() -> frozenset[str]:
    """The present forms of the French reporting verbs (``cues_fr.tsv``, singular and plural),
    also those spelled like their participle («dit», «écrit», «craint»), which ``cues`` reads
    as participles."""
    return frozenset(normalize(w) for _pp, sg, pl in table(_PKG, "cues_fr.tsv") for w in (sg, pl) if w != "-")


def _honorifics(lang: str) -> frozenset[str]:
    """The titles before a name; in Arabic each definite masculine title also in its feminine
    form with ة (folded ه): «القاضي» → «القاضية», «المدرب» → «المدربة» (the list need not
    spell both)."""
    base = frozenset(w.rstrip(".") for w in _norm_set(f"honorifics_{lang}.txt"))
    if lang != "ar":
        return base
    return base | {w + "ه" for w in base if w.startswith("ال") and not w.endswith("ه") and len(w) > 4}


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` (ar, en, fr); any other language uses English."""
    lang = lang if lang in ("ar", "en", "fr") else "en"
    empty: frozenset[str] = frozenset()
    return Lexicon(
        lang=lang,
        cues=_cues(lang),
        sources=phrases(f"sources_{lang}.txt"),
        titles=_norm_set(f"titles_{lang}.txt"),
        scare=phrases(f"scare_{lang}.txt"),
        honorifics=_honorifics(lang),
        people=ar_people() if lang == "ar" else _norm_set(f"people_{lang}.txt"),
        stops=ar_stops() if lang == "ar" else empty,
        roles=ar_roles() | ar_kinship() if lang == "ar" else empty,
        adverbials=phrases(f"adverbials_{lang}.txt") if lang != "ar" else (),
    )


#: Possessive suffixes a kinship noun may carry («زوجته», «شقيقها», «والدي»), longest first.
_KIN_SUFFIXES = ("هما", "هم", "ها", "نا", "كم", "ه", "ي")


#: «الناجية», «القادم»: participles of where one came from (folded); with ال, a person's description.
ar_from_persons = lazy_words("prcli.quotations", "from_persons_ar.txt", convert=normalize)


def ar_person_head(w: str, lex: Lexicon, *, titles: bool = True, vague: bool = False, kin_forms: bool = False,
                   origins: bool = False, bodies: bool = True) -> bool:
    """The folded word ``w`` heads the description of a person: a role or kinship noun (``roles``)
    or a person noun (``people``), bare or with ال, or a title before a name (``honorifics``).
    What the callers add or leave out is a flag (a word class added later goes here, once):
    ``titles`` off: no title; ``vague``: also a vague source («مصدر», «مصادر»;
    ``vague_heads_ar.txt``); ``kin_forms``: also a kinship noun with و/ف or a possessive suffix
    (``ar_kin_word``: «وشقيقه», «زوجته»); ``origins``: also, with ال, a participle of where one
    came from (``from_persons_ar.txt``: «الناجية»); ``bodies`` off: never a word in ية (folded
    يه), a body's noun («المديرية», «البلدية»)."""
    bare = w[2:] if w.startswith("ال") else w
    if not bodies and bare.endswith("يه"):
        return False
    return w in lex.roles or bare in lex.roles or w in lex.people or bare in lex.people \
        or (titles and w in lex.honorifics) or (vague and w in ar_vague_heads()) \
        or (kin_forms and ar_kin_word(w)) or (origins and bare != w and bare in ar_from_persons())


def ar_kin_word(w: str) -> bool:
    """«والد», «وشقيقة», «زوجته», «والدتها», «والدي»: a kinship noun (``kinship_ar.txt``), with or
    without و/ف glued on and a possessive suffix (its ة written ت before one). ``w`` is a token's
    folded form (``normalize``): «شقيقه» reads «his brother» as well as «sister».

    One lookup among every such form (``_ar_kin_words``): asked of each word a name may run
    over, where the tests written out (``_ar_kin_word_tested``) cost a dozen string steps."""
    return w in _ar_kin_words()


@cache
def _ar_kin_words() -> frozenset[str]:
    """Every word ``_ar_kin_word_tested`` holds true: a kinship noun, or its stem (with ت for a
    final ه) of three letters or more and a suffix (``_ar_kin_stem``), after و/ف when that
    makes more than four letters (``_ar_kin_forms``)."""
    kin = ar_kinship()
    stems = [w for w in (*kin, *(k[:-1] + "ت" for k in kin if k.endswith("ه"))) if len(w) >= 3]
    forms = {*kin, *(st + x for st in stems for x in _KIN_SUFFIXES)}
    return frozenset({*forms, *(p + f for p in "وف" for f in forms if len(f) > 3)})


def _ar_kin_word_tested(w: str) -> bool:
    """``ar_kin_word`` written out (what ``_ar_kin_words`` lists)."""
    return any(_ar_kin_stem(form) for form in _ar_kin_forms(w))


def _ar_kin_forms(w: str) -> tuple[str, ...]:
    """``w`` as it is and without a glued و/ف («والد» opens with و of its own)."""
    return (w, w[1:]) if w[:1] in "وف" and len(w) > 4 else (w,)


def _ar_kin_stem(w: str) -> bool:
    kin = ar_kinship()
    if w in kin:
        return True
    for suffix in _KIN_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[:-len(suffix)]
            if stem in kin or (stem[-1:] == "ت" and stem[:-1] + "ه" in kin):
                return True
    return False


def ar_kin_owned(raw: str) -> bool:
    """«زوجته», «شقيقها», «والدي» as written (not folded): a kinship noun with a possessive
    suffix, which closes it (no genitive follows: «شقيقه كمال» is his brother Kamal, where
    «شقيقة كمال» is Kamal's sister)."""
    w = normalize(raw)
    if raw.endswith("ة") or not ar_kin_word(w):
        return False
    kin = ar_kinship()
    return raw.endswith("ه") or not any(form in kin for form in _ar_kin_forms(w))


_ar_speaker_opening_verbs = lazy_words("prcli.quotations", "speaker_opening_verbs_ar.txt", convert=normalize)


def ar_cue_verb_word(w: str) -> bool:
    """«سيستدرك», «ويقول», «تضيف»: a present reporting verb (``lexicon("ar").cues``, ي/ت-…), maybe
    with the future «س» or و/ف glued on, or a listed finite verb (``speaker_opening_verbs_ar.txt``):
    no person's name is such a word, so a speaker phrase opened or closed by one is a piece of a
    clause. ``w`` is folded (``normalize``); cues under four letters («رد», «نص») are left out.
    One lookup among every such form (``_ar_cue_verb_words``; the tests written out:
    ``_ar_cue_verb_word_tested``)."""
    return w in _ar_cue_verb_words()


@cache
def _ar_cue_verb_words() -> frozenset[str]:
    """Every word ``_ar_cue_verb_word_tested`` holds true: a listed finite verb, bare or after
    و/ف, and a present cue of four letters or more, bare or after و, ف, س, وس or فس."""
    verbs = _ar_speaker_opening_verbs()
    present = [c for c in lexicon("ar").cues if len(c) >= 4 and c[:1] in "يت"]
    return frozenset({*verbs, *(p + v for p in "وف" for v in verbs),
                      *(p + c for p in ("", "و", "ف", "س", "وس", "فس") for c in present)})


def _ar_cue_verb_word_tested(w: str) -> bool:
    """``ar_cue_verb_word`` written out (what ``_ar_cue_verb_words`` lists)."""
    verbs = _ar_speaker_opening_verbs()
    if w in verbs or (w[:1] in "وف" and w[1:] in verbs):
        return True
    cues = lexicon("ar").cues
    for form in (w, w[1:] if w[:1] in "وفس" else "", w[2:] if w[:2] in ("وس", "فس") else ""):
        if len(form) >= 4 and form[:1] in "يت" and form in cues:
            return True
    return False


#: «المشاركون», «المجتمعون»: the people taking part in a gathering, many, never one named person
#: (read by the clause reader and by resolve).
ar_gathering_participants = lazy_words("prcli.quotations", "gathering_participants_ar.txt", convert=normalize)
_fr_participle_ending_words = lazy_words("prcli.quotations", "participle_endings_fr.txt")


@cache
def fr_participle_endings() -> tuple[str, ...]:
    """The endings of French past participles (``participle_endings_fr.txt``) as a tuple
    (``str.endswith`` takes no set)."""
    return tuple(sorted(_fr_participle_ending_words()))


@cache
def ar_number_words(*types: str) -> frozenset[str]:
    """The Arabic number words (folded) of the given types of figures/data/numbers_ar.tsv
    («ord», «unit», «ten», …; the rows ``prcli.figures.lexicon.number_words("ar")`` reads): one
    list for figures and quotations, read without importing prcli.figures."""
    rows = (line.split("\t") for line in read_data_unimported("prcli.figures", "numbers_ar.tsv").splitlines()
            if (s := line.strip()) and s[0] != "#")
    return frozenset(normalize(r[0].strip()) for r in rows if len(r) >= 3 and r[2].strip() in types)


def ar_glued_replying_verb(w: str) -> bool:
    """The folded ``w`` is a verb of replying (``replying_verbs_ar.txt``) with و/ف glued on: «فرد»,
    «وأجاب» (a cue before «عليه», or with the one replied to as a glued pronoun)."""
    return w[:1] in "وف" and w[1:] in ar_replying_verbs()
