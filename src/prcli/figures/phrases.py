"""Noun phrases around a figure: the phrase after or before it, clause subjects, verbs.

The low-level readers that the ``counts`` attribution of every language uses: where a noun
phrase starts and ends, whether a word is a content word or verb-like, the subject of a clause.
"""

from __future__ import annotations

from prcli.figures.base import _cue_table, _DocBase, _Fig, _same_measure, _waw_stems
from prcli.figures.lexicon import UnitEntry, cues, months
from prcli.figures.wordlists import (
    _ARABIC,
    _CLAUSE_END,
    _FR_VERB_ENDS,
    _QUOTES,
    _after_article_words,
    _all_determiners,
    _also_adverbs,
    _an_as,
    _and_or_en,
    _ar_all_determiners,
    _average_leads,
    _clause_links_en,
    _clitic_only,
    _determiners,
    _determiners_of,
    _duration_prepositions,
    _finite_auxiliaries_en,
    _fr_and_but,
    _fr_noun_before,
    _fr_subject_pronouns,
    _fr_verbs,
    _indefinite_en,
    _lang_words,
    _ly_nouns_en,
    _not_verb_words_en,
    _np_links,
    _numbered_nouns,
    _of_de_d,
    _partitive_skips_en,
    _period_modifiers_en,
    _period_nouns,
    _period_prepositions_en,
    _periods,
    _phrase_end,
    _possessives,
    _possessives_en,
    _pp_preps,
    _prefix_money,
    _relatives,
    _setting_nouns_ar,
    _so_thus,
    _subject_pronouns,
    _subordinators,
    _those_these,
    _time_adjectives_en,
    _time_openers_en,
    _until_prepositions,
    _up_down,
)


class _Phrases(_DocBase):
    """Readers of the noun phrases, subjects and verbs around a figure."""

    def starts_sentence(self, j: int) -> bool:
        """Token ``j`` opens a sentence or a line (so its capital letter says nothing)."""
        before = self.low[max(0, self.toks[j].start - 3) : self.toks[j].start].rstrip(" \"'“«(")
        return j == 0 or before == "" or before[-1:] in ".!?\n:"

    def coordinated_place(self, k: int, first: int) -> bool:
        """ "Sales in France and Germany": a name after "and" whose partner name follows a
        preposition is the second half of one place complement (English)."""
        return (
            self.lang == "en"
            and k >= 3
            and first > k
            and self.keys[k] == "and"
            and self.text[self.toks[first].start].isupper()
            and self.text[self.toks[k - 1].start].isupper()
            and self._content(k - 1)
            and self.keys[k - 2] in _pp_preps()
        )

    def _after_article(self, k: int) -> bool:
        """"its growth", "for growth", "the cost": after a determiner or a preposition, a word
        that may be a verb ("growth", "cost", "rise") is a noun."""
        return self.key(k - 1) in _determiners() or self.key(k - 1) in _after_article_words()

    def noun_before_bracket(self, k: int) -> bool:
        """ "a majority of French people (56%)", «Sérénité (17%)», «بمعدل عائد (1.92%)»: the word
        before the bracket names the figure when it is a noun; after an adjective («son plus bas
        historique (23%)») the sentence subject is a better guess."""
        if self.lang == "ar":
            return True
        w = k - 1
        if w < 0 or self.toks[w].kind != "word" or not self._content(w):
            return False
        if (
            self.lang == "en"
            and not self.verb_like(w)
            and self.key(k + 1) in _prefix_money()
            and self.toks[w - 1].kind != "num"  # "$16.2bn (£8.7bn)": a scale, no noun
        ):
            return True  # "iron ingots ($5)": an English noun before a bracketed price names it
        return (self.text[self.toks[w].start].isupper() and not self.starts_sentence(w)) or self.key(
            w - 1
        ) in _determiners_of()

    def ar_unit_tail(self, k: int) -> bool:
        """The second word of a two-word unit after a number («مليون ريال سعودي», «دولارا
        أمريكيا»): the currency's adjective belongs to the figure, it names nothing counted."""
        return (
            k >= 2
            and self.toks[k].kind == "word"
            and self.toks[k - 1].kind == "word"
            and (self.toks[k - 2].kind == "num" or self.word_num(k - 2) is not None)
            and self.match(self.units, k - 1, 2)[0] == 2
        )

    def _lower(self, k: int) -> bool:
        """Whether token ``k`` is written in lowercase (a common word, not a name)."""
        return self.text[self.toks[k].start].islower()

    def fr_name_after(self, noun: int, k: int) -> bool:
        """«une centaine de manifestantes Karen ...»: a capitalised word (not an acronym) after a
        lowercase noun starts a name, not an adjective."""
        word = self.text[self.toks[k].start : self.toks[k].end]
        return self._lower(noun) and word[:1].isupper() and not word.isupper()

    @staticmethod
    def fr_plural_phrase(phrase: str) -> bool:
        """Whether a counted phrase is in the plural («gilets jaunes», «personnes»; not «rien»)."""
        head = phrase.split()[0].lower() if phrase.split() else ""
        return head.endswith(("s", "x")) and len(head) > 2

    def fr_plural(self, k: int) -> bool:
        """A French word with a plural ending (-s, -x)."""
        return self.keys[k].endswith(("s", "x")) and len(self.keys[k]) > 2

    def opening_span(self, j: int) -> tuple[int, int] | None:
        """The noun phrase opening the sentence, when nothing nearer names what a share or a level
        measures: «La confiance dans le gouvernement est ... à son plus bas (18%)»."""
        k = j - 1
        while k >= 0 and j - k < 40 and self.keys[k] not in (".", "!", "?", "\n", ";", ":"):
            if "\n" in self.gap(k, k + 1):
                break
            k -= 1
        k += 1
        if j - k >= 40:
            return None
        while k < j and (
            self.keys[k] in _fr_and_but() or self.keys[k] in _subordinators() or self.keys[k] in _QUOTES
        ):
            k += 1
        if self.lang == "en" and self.keys[k] == "according" and self.key(k + 1) == "to":
            m = k + 2
            while m < j and self.keys[m] != ",":
                m += 1
            k = m + 1  # "According to the BBC, they intend ...": past the source
        while k < j and self.keys[k] in _determiners():
            k += 1
        first, last = k, -1
        while k < j and k - first < 8:
            if not self.spaced(k - 1, k) and k > first:
                break
            if (
                self.toks[k].kind == "word"
                and self._content(k)
                and not self.verb_like(k)
                and not (self.lang == "en" and k > first and (self.is_cue("changeverb", self.keys[k])
                                                              or self.is_cue("levelverb", self.keys[k])))
            ):  # "The latest poll puts ...", "Shares hit a high of ...": the verb ends the subject
                last = k
            elif not (self.keys[k] in _np_links() and last != -1):
                break
            k += 1
        if last < first or not self._content(first):
            return None
        return first, last

    def sentence_subject(self, j: int) -> str | None:
        """The noun phrase opening the sentence of token ``j`` (see ``opening_span``)."""
        span = self.opening_span(j)
        return self._phrase(*span) if span else None

    def past_number_compound(self, k: int) -> int:
        """Past a compound holding a number after an amount: "a £5m three-year deal" → "deal"."""
        if self.lang != "en" or not (
            self.toks[min(k, self.n - 1)].kind == "num" or self.word_num(k) is not None
        ):
            return k
        m = k
        while (
            m + 2 < self.n
            and self.keys[m + 1] == "-"
            and self.adjacent(m, m + 1)
            and self.adjacent(m + 1, m + 2)
        ):
            m += 2
        return m + 1 if m > k else k

    def skip_conversion(self, k: int) -> int:
        """Past a bracketed conversion after an amount: "$1m (£535,000) bail" → "bail"."""
        if self.key(k) != "(" or not any(
            self.toks[m].kind == "num" for m in range(k + 1, min(self.n, k + 4))
        ):
            return k
        m = k + 1
        while m < self.n and m < k + 8 and self.key(m) != ")":
            m += 1
        return m + 1 if self.key(m) == ")" else k

    def period_after(self, k: int) -> bool:
        """ "in the first three months", "in 2005", "over the past year": the phrase at ``k`` is a
        time, not what an amount is spent on ("on new hospitals over five years" is a thing)."""
        m = k
        adjectives = _time_adjectives_en()
        while m < min(self.n, k + 5) and (
            self.keys[m] in _determiners()
            or self.keys[m] in adjectives
            or self.word_num(m) is not None
        ):
            m += 1
        if m >= self.n:
            return False
        return self.timeish(m) or self.toks[m].kind == "num" or bool(self.match(months(), m, 1)[0])

    def timeish(self, j: int) -> bool:
        """A time word: "last year", "the final three months", «l'an dernier»."""
        key = self.key(j)
        if self.lang == "en" and key in _an_as():
            return False  # the article, not «an» (year)
        if key in _periods() or key.rstrip("s") in _periods() or key in _period_nouns():
            return True
        size, entry = self.match(self.units, j, 1)
        return bool(size) and isinstance(entry, UnitEntry) and entry.kind == "duration"

    def time_adverb_word(self, j: int) -> bool:
        """A word of an English time adverb ("last year", "this month", "the previous quarter"):
        the time word itself or the determiner that opens it."""
        opener = j + 1 < self.n and self.keys[j] in _time_openers_en()
        return self.timeish(j) or (opener and self.timeish(j + 1))

    def index_before(self, j: int) -> bool:
        """An index or indicator is the subject just before (same sentence, 8 tokens)."""
        reach = 13 if self.lang == "en" else 9  # "The Nikkei average finished up 12.47 points, or 0.06%, at"
        for k in range(j - 1, max(-1, j - reach), -1):
            key = self.keys[k]
            if key in (".", "!", "?", "\n") or (self.toks[k].kind == "num" and self.lang != "en"):
                return False  # "The FTSE 100 closed up 30 points at 4,820": English reads past figures
            if "\n" in self.gap(k, k + 1):
                return False  # a title line without a stop is another sentence
            if self.is_cue("indexword", key) and not self.average_of(k):
                return True
        return False

    def stop_between(self, a: _Fig, b: _Fig) -> bool:
        """A sentence ends between two figures ("by a quarter point. A half-point cut"): the second
        one's noun says nothing of the first."""
        return any(c in self.gap(a.last, b.first) for c in ".!?")

    def clause_link(self, k: int) -> bool:
        """ "was cut to 31 as 72 MPs rebelled": an English subordinator between two numbers opens
        another clause; the second number's noun is not the first's."""
        return self.lang == "en" and k < self.n and self.keys[k] in _clause_links_en()

    def unit_after(self, j: int) -> bool:
        """A unit follows ("men over 40 kg", "children under 12 years"): a measure, not an age alone."""
        return j < self.n and bool(self.match(self.units, j, 1)[0])

    def average_of(self, k: int) -> bool:
        """ "to an average of 34,000", "on average": an English average of a count, not a market
        average like the Nikkei's."""
        return self.lang == "en" and self.keys[k] == "average" and (
            self.key(k + 1) == "of" or self.key(k - 1) in _average_leads()
        )

    def inherit_counts(self, fig: _Fig) -> bool:
        """«450 grévistes ... contre 12'000 un mois plus tôt»: a bare count in the same
        sentence repeats what the previous count of the sentence counted."""
        prev = getattr(self, "_last_counted", None)
        if prev is None:
            return False
        other, end_tok = prev
        reach = 24 if self.lang == "en" else 14  # "A third of pupils have ..., the study found, and 64% ..."
        if not _same_measure(other, fig) or fig.first - end_tok > reach:
            return False
        between = self.low[self.toks[end_tok].end : self.toks[fig.first].start]
        if any(c in between for c in ".!?\n"):
            return False
        fig.counts = other.counts
        return True

    def acronym(self, j: int) -> bool:
        """ "US", "UK", "IT" written in capitals inside a sentence are names, not the pronoun or
        word they spell ("two-thirds of US economic activity")."""
        t = self.toks[j]
        surface = self.text[t.start : t.end]
        return (
            self.lang == "en"
            and 2 <= len(surface) <= 4
            and surface.isupper()
            and surface.isalpha()
            and not self.starts_sentence(j)
        )

    def _content(self, j: int) -> bool:
        """Token ``j`` can name what a figure counts. Memoized: the figures of one sentence look
        back over the same words (the subject search asks about each word several times)."""
        found = self._contents.get(j)
        if found is None:
            found = self._contents[j] = self._content_word(j)
        return found

    def _content_word(self, j: int) -> bool:
        t = self.toks[j]
        if t.kind != "word":
            return False
        if len(t.key) < 2 and (_ARABIC.match(t.key) or not self.text[t.start].isupper()):
            return False  # «2010 م», a stray letter
        glued = j >= 1 and self.toks[j - 1].kind == "num" and self.adjacent(j - 1, j)
        if glued and self.lang == "en":
            return False  # the scale or unit glued to a figure ("$1.2bn", "10km") names nothing
        stop = t.key in self.stop or self.is_cue("stop", t.key) or t.key in _clitic_only()
        if stop and not self.acronym(j):
            return False
        if self.is_cue("nophrase", t.key) or self.is_cue("prep", t.key):
            return False  # "lower than ...", "above $40": a comparative or a preposition names nothing
        if (
            self.is_cue("weekday", t.key)
            and not self.ordinal_before(j)
            and not (self.key(j + 1) in _of_de_d() and self.word_num(j - 1) is not None)
        ):  # «après trois dimanches de grève» counts days
            return False  # «contre 12 000 mardi dernier»: a day is when, not what («le 5e mardi» is)
        if self.word_num(j) is not None or self.match(months(), j, 1)[0]:
            return False
        if (
            self.lang == "en"
            and t.key.endswith("ly")
            and len(t.key) > 4
            and (self.text[t.start].islower() or self.starts_sentence(j))
            and t.key not in _ly_nouns_en()  # "family firms", "water supply"
        ):
            return False  # adverbs
        if (
            self.lang == "fr"
            and t.key.endswith("ment")
            and len(t.key) > 6
            and not (j >= 1 and (self.keys[j - 1] in _fr_noun_before() or self.toks[j - 1].kind == "num"))
            and not (j >= 1 and self.keys[j - 1] in _lang_words("ordinal_suffixes", "fr"))
        ):
            return False  # an adverb; «le 16e arrondissement», «du gouvernement» are nouns
        if self.lang == "en" and j >= 1 and self.keys[j - 1] == "the":
            return True  # "the euro rose": a currency or unit word after "the" is a noun, no unit
        return not self.match(self.units, j, 1)[0]

    def before_time_complement(self, k: int, floor: int) -> int:
        """The token before a time complement ending at ``k`` ("for the first half of the year",
        "in the third quarter"), or ``k`` when there is none: the subject's head comes before it."""
        m = k - 1
        modifiers, preps = _period_modifiers_en(), _period_prepositions_en()
        while m > floor and k - m <= 7 and self.keys[m] not in preps:
            key = self.keys[m]
            if not (
                key in _np_links()
                or key in modifiers
                or self.timeish(m)
            ):
                return k
            m -= 1
        if m - 1 > floor and self.keys[m] in preps and self._content(m - 1):
            return m - 1
        return k

    def after_comma_change(self, j: int) -> int:
        """The comma of ", up 10%" or ", a rise of 8%" just before the figure at ``j`` (English),
        else -1: such a change belongs to the figure before the comma."""
        if self.lang != "en":
            return -1
        k = j - 1
        if self.key(k) in _up_down():
            return k - 1 if self.key(k - 1) == "," else -1
        if self.key(k) == "of" and self.is_cue("trend", self.key(k - 1)) \
                and self.key(k - 2) in _indefinite_en():
            return k - 3 if self.key(k - 3) == "," else -1
        return -1

    def infinitive(self, k: int) -> bool:
        """ "hopes to raise £3m", "plan to plant 4,300 trees": a lowercase English word after an
        infinitive "to" (itself after a word) is a verb, never what the amount counts."""
        return (
            self.lang == "en"
            and k >= 2
            and self.keys[k - 1] == "to"
            and self.toks[k - 2].kind == "word"
            and self.text[self.toks[k].start].islower()
            and not self._after_article(k)
            and self.keys[k] not in _numbered_nouns()  # "moves to number eight", "up to level 3"
        )

    def ing_head(self, k: int) -> bool:
        """ "approval rating fell", "the spending rose": an English word in -ing right after a
        noun or a determiner heads a noun phrase (it is no verb of its own)."""
        if self.lang != "en" or not self.keys[k].endswith("ing") or k < 1:
            return False
        p = k - 1
        if self.keys[p] in _determiners() or self.keys[p] in _possessives_en():
            return True
        return (
            self.toks[p].kind == "word"
            and self.spaced(p, k)
            and self._content(p)
            and not self.verb_like(p)
            and not self.keys[p].endswith("ing")
        )

    def gerund_subject(self, j: int) -> bool:
        """ "Spending on health will rise", "Borrowing rose": a word in -ing opening a sentence and
        followed by no object is a noun; "Attaining earnings of $10" is a verb with its object."""
        if not self.starts_sentence(j):
            return False
        nxt = j + 1
        return not (
            nxt < self.n
            and self.toks[nxt].kind == "word"
            and self.text[self.toks[nxt].start].islower()
            and self._content(nxt)
        )

    def ordinal_before(self, j: int) -> bool:
        """An ordinal word or suffix right before ``j`` («neuvième», «9e», "third")."""
        if j < 1:
            return False
        if self.keys[j - 1] in _lang_words("ordinal_suffixes", self.lang):
            return True
        w = self.word_num(j - 1)
        return w is not None and w[0].type == "ord"

    def verb_like(self, j: int) -> bool:
        """A verb or auxiliary in English or French copy (no tagger: word lists and endings).
        Memoized per token, like ``_content``."""
        found = self._verbs.get(j)
        if found is None:
            found = self._verbs[j] = self._verb_like(j)
        return found

    def _verb_like(self, j: int) -> bool:
        k = self.toks[j].key
        if self.is_cue("skip", k) and not self.is_cue("stop", k) and k not in _determiners() and len(k) > 3:
            return k not in _not_verb_words_en()
        if self.is_cue("rankverb", k):
            return True
        if self.lang == "en":
            return (
                k in _finite_auxiliaries_en()
                or (len(k) > 4 and k.endswith("ed"))
                or (len(k) > 4 and k.endswith("ing") and not self.gerund_subject(j))
                or self.is_cue("verb", k)
            )
        return (
            k in _fr_verbs()
            or (len(k) > 5 and k.endswith(("aient", "erait", "eront", "èrent")))
            or (len(k) > 4 and k.endswith("ait") and not k.endswith(("trait", "fait", "hait", "lait")))
            or (j >= 1 and self.keys[j - 1] in _fr_subject_pronouns())  # «qu'elle gagnait»
            or (j >= 1 and self.keys[j - 1] == "qui" and self._lower(j) and k not in _determiners())
            or self.fr_infinitive(j)
            or self.fr_change_verb(j)
        )

    def fr_infinitive(self, j: int) -> bool:
        """«les taxes doivent augmenter de», «le déficit pourrait atteindre»: an infinitive after
        a modal is the verb of the clause, never what an amount counts."""
        k = self.toks[j].key
        return j >= 1 and k.endswith(("er", "ir", "re")) and self.is_cue("modal", self.keys[j - 1])

    def fr_change_verb(self, j: int) -> bool:
        """A finite or past-participle form of a verb of change («augmentent», «a reculé»,
        «progresse»): a known stem with a verb ending. «la baisse», «une hausse» after a
        determiner or a preposition stay nouns."""
        if self.lang != "fr":
            return False
        k = self.toks[j].key
        if not k.endswith(_FR_VERB_ENDS):
            return False
        if not any(k.startswith(stem) for stem in self.change_stems()):
            return False
        prev = self.key(j - 1)
        aux = self.is_cue("be", prev) or self.is_cue("have", prev)  # «se sont envolées», «a été réduit»
        stop = self.is_cue("stop", prev) and not aux
        return not (prev in _determiners() or stop or self.is_cue("nounmark", prev))

    def change_stems(self) -> tuple[str, ...]:
        """The French change-verb stems of cues_fr.tsv, read once per document."""
        got = getattr(self, "_change_stems", None)
        if got is None:
            got = self._change_stems = tuple(k[0] for k in _cue_table("fr", "changestem"))
        return got

    def ar_verb_after_number(self, j: int) -> bool:
        """Token ``j`` right after an Arabic number is a verb, not the counted noun (tamyiz): a verb
        of change or bound («21 تقل أعمارهم عن 30 سنة»), or a plural perfect joined by «و/ف»
        («قطعوا رؤوس أربعة وخطفوا خامسا»): a tamyiz never opens with a conjunction."""
        key = self.keys[j]
        if self.toks[j].kind != "word" or self.word_num(j) is not None:
            return False
        if (key,) in cues(self.lang).get("change", frozenset()):
            return True
        return key[:1] in ("و", "ف") and key.endswith("وا") and len(key) >= 5

    def phrase_after(self, j: int, limit: int, partitive: bool = False) -> str | None:
        if j >= self.n or not self.spaced(j - 1, j):
            return None
        if self.lang == "ar" and self.keys[j] in _ar_all_determiners() and self.spaced(j, j + 1):
            j += 1  # «10 في المائة من أي مصرف محلي»: the quantifier is not the noun
        if partitive and self.is_cue("partitive", self.key(j)):
            j += 1
            if self.key(j) in ("'", "’") and j + 1 < self.n:
                j += 1
            if self.key(j) in _all_determiners() and j + 1 < self.n:
                j += 1
                if self.key(j) in ("'", "’"):
                    j += 1
        if (
            partitive
            and self.lang == "en"
            and self.key(j) in _those_these()
            and j + 1 < self.n
            and self.toks[j + 1].kind == "word"
            and self.spaced(j, j + 1)
            and self.text[self.toks[j + 1].start].islower()
            and (self.key(j + 2) in _CLAUSE_END or (j + 2 < self.n and self.verb_like(j + 2)))
        ):
            return self._phrase(j, j + 1)  # "60% of those questioned said": the people meant
        if (
            self.lang == "en"
            and self.word_num(j) is not None
            and self.key(j + 1) == "-"
            and j + 2 < self.n
            and self.adjacent(j, j + 1)
            and self.adjacent(j + 1, j + 2)
            and self.toks[j + 2].kind == "word"
        ):
            m = j + 2 if self._content(j + 2) else j + 3  # "third-quarter earnings", "first-half profits"
            got = self.phrase_after(m, 2) if m < self.n else None
            return self.text[self.toks[j].start : self.toks[m].start + len(got)] if got else None
        lead = j
        while (
            j + 1 < self.n
            and j - lead < 4  # bounded: a run of bare numbers must not make this quadratic
            and (
                self.key(j) in _determiners()
                or self.key(j) in _QUOTES
                or self.key(j) in _possessives()
                or (self.lang == "en" and self.key(j) == "other")  # "11 other acts"
                or (partitive and (self.toks[j].kind == "num" or self.word_num(j) is not None))
                or (
                    partitive
                    and self.key(j) in _partitive_skips_en()
                )

                or (
                    self.lang in ("en", "fr")
                    and self.is_cue("nophrase", self.key(j))
                    and self._content(j + 1)
                    and not self.verb_like(j + 1)
                )  # "two lower courts", "three more weeks": the comparative is no head, the noun is
            )
            and self.spaced(j, j + 1)
        ):
            j += 1
        if (
            partitive
            and self.lang == "en"
            and self.key(j + 1) in ("'", "’")
            and self.key(j + 2) == "s"
            and j + 3 < self.n
            and (self._content(j + 3) or self.toks[j + 3].kind == "num")
        ):
            j += 3  # "14 of the country's biggest banks": past the possessor
            while j + 1 < self.n and j - lead < 8 and self.spaced(j, j + 1) and (
                self.toks[j].kind == "num" or self.word_num(j) is not None
            ):
                j += 1  # "60% of the UK's 25 million net users": past the whole's own count
        first = j
        last = -1
        if j < self.n and (
            (j >= 1 and self.toks[j - 1].kind == "num" and self.adjacent(j - 1, j))
            or self.key(j) in _phrase_end()
            or (
                self.lang in ("en", "fr")
                and self.toks[j].kind == "word"
                and self.verb_like(j)
                and self.hyphen_end(j) == j  # "phishing-related mail" is a noun phrase
                and not (self.lang == "en" and self._after_article(j))  # "70% of the cost", "on advertising"
                and not (
                    self.key(j).endswith(("ing", "ed", "é", "ée", "és", "ées"))
                    and j + 1 < self.n
                    and self.spaced(j, j + 1)
                    and self._content(j + 1)
                )
            )
        ):
            return None  # «les 1er et 15 mars»: a glued suffix; "five following the": a verb
        if self.lang == "ar" and j < self.n and self.ar_verb_after_number(j):
            return None
        extra = 0  # tokens of hyphen compounds and of a pair of adjectives do not count to the limit
        while j < self.n and j - first - extra < limit:
            if j > first and not self.spaced(j - 1, j):
                break
            end = self.hyphen_end(j)
            if end > j:
                last, extra, j = end, extra + end - j, end + 1  # "set-top boxes", "e-mail users"
                if (
                    j < self.n
                    and self.spaced(end, j)
                    and self._content(j)
                    and not self.verb_like(j)
                    and self.text[self.toks[j].start].islower()
                ):
                    extra += 1  # "a Pop Idol-style search": the compound is a modifier; its noun follows
                continue
            if (
                j == first + 1
                and self.lang == "en"
                and self.key(j) in _and_or_en()
                and self.text[self.toks[first].start].isupper()
                and j + 2 < self.n
                and self.text[self.toks[j + 1].start].isupper()
                and self._content(j + 1)
                and self._content(j + 2)
                and self.spaced(j, j + 1)
                and self.spaced(j + 1, j + 2)
                and not self.starts_sentence(first)
            ):
                extra += 2  # "23 European and Asian countries": two adjectives share the noun
                j += 2
                continue
            if not self._content(j):
                break
            if j > first and self.lang in ("en", "fr") and (
                self.key(j) in _phrase_end() or self.verb_like(j)
            ):
                break  # "12 ministers resigned", "3,000 jobs along the coast"
            if (
                j > first
                and self.lang == "fr"
                and self.fr_plural(first)
                and not self.fr_plural(j)
                and (self.keys[j].endswith(("e", "t", "é")) or self.fr_name_after(first, j))
            ):
                break  # «deux enfants admet»: after a plural noun, a word that does not agree is a verb
                # (an invariable noun keeps its adjective: «1 % du corps électoral»)
            if (
                j > first
                and self.lang == "ar"
                and not (self.keys[first].startswith("ال") and self.keys[j].startswith("ال"))
            ):
                break  # «60 مغربيا شاركوا»: one noun, or a definite noun and its adjective
            last = j
            j += 1
        if last < first:
            return None
        if self.lang == "en" and j == last + 1:
            last = self.head_after(last)  # "30,000 civil service jobs": the head noun too
        return self._phrase(first, last)

    def hyphen_noun(self, fig: _Fig) -> str | None:
        """ "the 25-nation bloc", "a 646-seat parliament", "a 40-strong squad": a count joined by a
        hyphen to a noun counts that noun ("strong" counts the noun after it). English."""
        j = fig.last + 1
        if (
            self.lang != "en"
            or self.key(j) != "-"
            or not self.adjacent(fig.last, j)
            or j + 1 >= self.n
            or not self.adjacent(j, j + 1)
            or self.toks[j + 1].kind != "word"
        ):
            return None
        if self.keys[j + 1] == "strong":
            return self.phrase_after(j + 2, 2)
        if self.keys[j + 1] == "time":
            return self.title_after(j + 2)  # "a two-time Olympic bronze medallist": the title won
        if not self._content(j + 1) or self.key(j + 2) == "-":
            return None
        return self._phrase(j + 1, j + 1)

    def title_after(self, first: int) -> str | None:
        """The title after "two-time": words up to its lowercase head noun, before a name
        ("World 400m relay silver medallist Dana Kowalski" → up to "medallist")."""
        last = -1
        k = first
        while k < self.n and k - first < 7 and (k == first or self.spaced(k - 1, k)):
            t = self.toks[k]
            capital = t.kind == "word" and self.text[t.start].isupper()
            if capital and last >= 0 and self.text[self.toks[last].start].islower():
                break  # the name after the title
            if t.kind == "word" and (self._content(k) or self.is_cue("markunit", self.keys[k])):
                if self.verb_like(k) and not self._after_article(k):
                    break
                last = k
            elif t.kind != "num":
                break
            k += 1
        if last < first:
            return None
        return self._phrase(first, last)

    def head_after(self, last: int) -> int:
        """The last word of an English noun phrase whose first words were cut by a word limit:
        "extra police officers", "civil service jobs" (at most two more lowercase nouns)."""
        j = last + 1
        while (
            j < self.n
            and j - last <= 2
            and self.toks[j].kind == "word"
            and self.spaced(j - 1, j)
            and self.text[self.toks[j].start].islower()
            and self._content(j)
            and not self.verb_like(j)
            and self.key(j) not in _phrase_end()
            and not self.timeish(j)
            and self.hyphen_end(j) == j
        ):
            j += 1
        return j - 1

    def hyphen_start(self, j: int) -> int:
        """The first token of a hyphen compound ending at ``j`` ("team-mate" from "mate",
        "24-year-old" from "old"), or ``j`` itself (English and French): a phrase read backwards
        keeps its compound whole."""
        k = j
        while (
            self.lang in ("en", "fr")
            and j - k < 6
            and k >= 2
            and self.keys[k - 1] == "-"
            and self.adjacent(k - 2, k - 1)
            and self.adjacent(k - 1, k)
            and self.toks[k - 2].kind in ("word", "num")
        ):
            k -= 2
        return k

    def hyphen_end(self, j: int) -> int:
        """The last token of a hyphen compound starting at ``j`` ("set-top", "Idol-style",
        "e-mail"), or ``j`` itself. English and French only; a compound holding a number is not
        a noun (it is read as a figure)."""
        k = j
        while (
            self.lang in ("en", "fr")
            and k - j < 6
            and k + 2 < self.n
            and self.toks[k].kind == "word"
            and self.key(k + 1) == "-"
            and self.adjacent(k, k + 1)
            and self.adjacent(k + 1, k + 2)
            and self.toks[k + 2].kind == "word"
            and self.word_num(k) is None
            and self.word_num(k + 2) is None
        ):
            k += 2
        if k > j and not (self._content(k) or self._content(j)):
            return j
        return k

    def phrase_before(self, j: int, limit: int, cross_comma: bool = False) -> str | None:
        if self.lang in ("en", "fr"):
            # "mortgage rates still stand at a crippling 9.5%": the subject before the verb
            k, content = j - 1, 0
            while (
                k >= 0
                and j - k <= 7
                and (
                    self.toks[k].kind == "word"
                    or (self.keys[k] == "," and k >= 1 and self.is_cue("nophrase", self.keys[k - 1]))
                    or (self.lang == "fr" and self.keys[k] in ("'", "’"))  # «n'étaient qu'une trentaine»
                )  # "would be higher, at between $7-$9"
            ):
                if self.keys[k] in (",", "'", "’"):
                    k -= 1
                    continue
                if self.verb_like(k) or self.infinitive(k):
                    got = self._subject(k) or self._run_before(k, limit, pp=True)
                    if got or self.infinitive(k):
                        return got
                    break
                if self._content(k):
                    content += 1
                    if content > 1:
                        break
                k -= 1
        return self._run_before(j, limit, cross_comma)

    def _subject(self, verb: int) -> str | None:
        """``_noun_subject`` memoized per verb: the figures after one verb share its subject."""
        if verb in self._subjects:
            return self._subjects[verb]
        found = self._subjects[verb] = self._noun_subject(verb)
        return found

    def _noun_subject(self, verb: int) -> str | None:
        """The noun phrase before a verb in English or French copy: "The main share index on the
        exchange closed at" → "The main share index"; "Le moral des ménages, mesuré ..., s'établit à"
        → "Le moral des ménages". Skips auxiliaries and one comma-delimited insertion, keeps "of/de"
        complements, and drops a place complement after the head. Bounded: a dozen tokens back."""
        k = verb - 1
        floor = max(-1, verb - 24)
        while k > floor and (
            self.keys[k] in ("s", "'", "’", "se", "ne", "n", "»", "”", '"')
            or (self.keys[k] == "to" and self.infinitive(k + 1))
            or (self.toks[k].kind == "word" and self.verb_like(k) and not self.ing_head(k))
            or (
                self.keys[k].endswith("ly")
                and self.text[self.toks[k].start].islower()
                and self.keys[k] not in _ly_nouns_en()
            )
            or self.keys[k] in _also_adverbs()
            or (
                self.lang == "en"
                and self.keys[k].endswith(("wide", "ally"))
                and self.is_cue("nophrase", self.keys[k])
            )
            or (self.lang == "en" and self.keys[k] in _so_thus() and self.key(k + 1) == "far")
            or (self.lang == "en" and self.keys[k] == "far" and self.key(k - 1) in _so_thus())
        ):
            k -= 1  # "The number of users worldwide will reach", "the film has so far taken": no head
        if self.lang == "en" and k > floor and self.keys[k] == "and" and k < verb - 1:
            return self.sentence_subject(verb)  # "The States lost ... and are ranked 16th": one subject
        if k > floor and self.keys[k] == ",":
            # an insertion: ", which had slowed in spring," / ", mesuré chaque mois par l'institut,"
            m = k - 1
            while m > floor and self.keys[m] not in (",", ".", "!", "?", "\n", ";", ":"):
                m -= 1
            if m <= floor or self.keys[m] != "," or m == k - 1:
                return None
            k = m - 1
        last = k
        first = -1
        if (
            self.lang == "en"
            and k > floor + 2
            and self.toks[k].kind == "num"
            and self.keys[k - 1] in _duration_prepositions()
        ):
            k -= 2  # "earnings per share for 2005 would be": past a time complement
        if (
            self.lang == "en"
            and k > floor + 2
            and self.keys[k - 1] in _until_prepositions()
            and self.match(months(), k, 1)[0]
        ):
            k -= 2  # "profits for the year to March rose": past the month that ends the period
        if self.lang == "en" and k > floor and self.toks[k].kind == "word" and (
            self.timeish(k) or self.keys[k] == "half"
        ):
            k = self.before_time_complement(k, floor)  # "profits for the first half of the year rose"
        last = k
        while k > floor and last - k < 8:
            t = self.toks[k]
            if t.kind == "word" and self._content(k) and (not self.verb_like(k) or self.ing_head(k)):
                first = k
            elif self.lang == "en" and t.kind == "word" and self.word_num(k) and self.text[t.start].isupper():
                first = k  # "Ocean's Twelve fell to second place": a number word in a title
            elif first == k + 1 and self.hyphen_start(first) < first:
                first = self.hyphen_start(first)  # "Turnout in the by-election was": a compound
                k = first
            elif not (
                (
                    self.keys[k] in _np_links()
                    or (self.lang == "en" and self.keys[k] == "per")
                    or (self.lang == "en" and self.keys[k] in _indefinite_en() and self.key(k - 1) == "of")
                    or (self.lang == "en" and self.keys[k] == "&")  # "Shares in Marks & Spencer fell"
                    or (self.lang == "en" and self.keys[k] == "out" and self.key(k + 1) == "of")
                )
                and first != -1
            ):  # "earnings per share", "the number of people out of work"
                break
            k -= 1
        if first == -1 or last - first > 7:
            return None
        if not self._content(last) and not (
            self.lang == "en" and self.word_num(last) and self.text[self.toks[last].start].isupper()
        ):
            return None  # a title's number word ("Ocean's Twelve") may end the subject
        if self.lang == "en" and first == last and self.key(first - 1) in _subject_pronouns():
            return None  # "they plan to seize": after a pronoun the word is a verb, not a noun
        if self.coordinated_place(k, first):
            k -= 2  # "Sales in France and Germany rose": one place complement of two names
        # "Inflation in Spain": keep the head before a place complement
        if (
            k >= 1
            and self.keys[k] in _pp_preps()
            and self._content(k - 1)
            and (not self.verb_like(k - 1) or self.starts_sentence(k - 1) or self._after_article(k - 1))
        ):  # "Costs for the new stadium have risen": a sentence opens with a noun
            head_last, head_first = k - 1, k - 1
            m = k - 1
            while m > floor and head_last - m < 6:
                if self.toks[m].kind == "word" and self._content(m) and not self.verb_like(m):
                    head_first = m
                elif self.keys[m] not in _np_links():
                    break
                m -= 1
            first, last = head_first, head_last
        for m in range(last - 1, first, -1):
            if self.lang == "en" and self.keys[m] == "s" and self.keys[m - 1] in ("'", "’"):
                first = m + 1  # "the company's annual profits" → "annual profits"
                break
        while first < last and (self.keys[first] in _np_links() or self.keys[first] in _subordinators()):
            first += 1  # "Although mortgage rates still stand at" → "mortgage rates"
        head = self.head_before_participle(first, verb)
        if head is not None:
            return self._phrase(*head)
        return self._phrase(self.hyphen_start(first), last)

    def head_before_participle(self, first: int, verb: int) -> tuple[int, int] | None:
        """ "The number of students applying to university rose", "Sales of cars made in Britain
        rose": when the sentence opens with a noun phrase that a participle clause follows, that
        opening phrase is the subject, not the noun inside the participle's complement (English)."""
        if self.lang != "en":
            return None
        span = self.opening_span(verb)
        if span is None or first <= span[1] + 1:
            return None
        p = span[1] + 1
        after = self.key(p + 1)
        participle = self.text[self.toks[p].start].islower() and (
            (self.keys[p].endswith("ing") and self.verb_like(p))  # "students applying to"
            or (self.verb_like(p) and after == "by")  # "prices charged by energy firms"
            or (self.is_cue("verb", self.keys[p]) and after == "in")  # "cars made in Britain"
        )  # not a main verb with its own clause: "Analysts believe the market will rise"
        if not participle or any(self.keys[m] in _CLAUSE_END for m in range(p, verb)):
            return None
        return span

    def _run_before(self, j: int, limit: int, cross_comma: bool = False, pp: bool = False) -> str | None:
        k = j - 1
        while (
            k >= 0
            and j - k <= 7
            and (
                (
                    self.toks[k].kind == "word"
                    and (
                        self.is_cue("skip", self.toks[k].key)
                        or self.toks[k].key in self.stop
                        or self.toks[k].key in _clitic_only()
                        or self.is_cue("prep", self.toks[k].key)
                        or (self.lang in ("en", "fr") and self.verb_like(k))
                    )
                )
                or (self.toks[k].key == "," and (cross_comma or self.key(k + 1) in _relatives()))
                or (self.toks[k].key == "(" and k == j - 1 and self.noun_before_bracket(k))
            )
        ):
            k -= 1
        last = k
        first = k + 1
        if self.lang == "ar" and k >= 0 and self.ar_unit_tail(k):
            return None  # «... 512 مليون ريال سعودي مقارنة بـ 387»: the word before is the figure's own
        while k >= 0 and last - k < limit and self._content(k):
            if k < last and not self.spaced(k, k + 1):
                break
            first = k
            k -= 1
        if first > last or last < 0:
            return None
        if self.lang == "ar" and first >= 1 and self.keys[first - 1] == "في" and self.ar_setting(first):
            return self.ar_run_before_in(first - 1, limit)
        if self.lang == "en" and first == last and self.key(first - 1) in _subject_pronouns():
            return None  # "they plan to seize": after a pronoun the word is a verb, not a noun
        if pp and self.lang in ("en", "fr"):
            # the subject's head before a place or time complement: "Unemployment in France rose"
            while k >= 0 and k > first - 7 and self.keys[k] in _determiners() and self.spaced(k, k + 1):
                k -= 1
            if k >= 1 and self.keys[k] in _pp_preps() and self.spaced(k, k + 1) and self._content(k - 1):
                head_last = k - 1
                head_first = head_last
                while (
                    head_first - 1 >= 0
                    and head_last - head_first + 1 < limit
                    and self._content(head_first - 1)
                    and self.spaced(head_first - 1, head_first)
                ):
                    head_first -= 1
                return self._phrase(head_first, head_last)
        return self._phrase(self.hyphen_start(first), last)

    def ar_setting(self, k: int) -> bool:
        """Token ``k`` opens a setting, a place or a time (``setting_nouns_ar.txt``: «السوق»,
        «الجلسة», «المملكة»), not a thing that may be counted."""
        key = self.keys[k]
        bare = key[1:] if key[:1] in "وف" and len(key) > 4 else key
        return bare in _setting_nouns_ar()

    def ar_run_before_in(self, prep: int, limit: int) -> str | None:
        """«مبيعات الأجهزة المنزلية في البلاد إلى نحو 18 مليار درهم», «تراوحت المكاسب في
        جلسة الأمس ما بين 2% و5%»: a setting after «في» (token ``prep``) says where or when, not
        what the figure further on counts: the content words right before «في» (None when a verb,
        a particle or the sentence's start stands there)."""
        k = last = prep - 1
        first = prep
        if k >= 0 and self.keys[k].startswith("ي") and len(self.keys[k]) <= 6:
            return None  # «بينما يباع في السوق المحلية»: a verb, its subject is elsewhere
        while k >= 0 and last - k < limit and self._content(k) and self.spaced(k, k + 1):
            first = k
            k -= 1
        return self._phrase(first, last) if first <= last else None

    def _phrase(self, first: int, last: int) -> str:
        """Verbatim text of tokens first..last, without a leading Arabic conjunction or a
        preposition glued to the article (وغرامة → غرامة, بالمرتبة → المرتبة)."""
        start = self.toks[first].start
        key = self.toks[first].key
        if self.lang == "ar" and len(key) >= 5:
            if key[0] in "وف" and key[1:3] == "ال":
                start += 1
                key = key[1:]
            if key[0] in "بلك" and key[1:3] == "ال":
                start += 1
            elif key[0] in "وفبلك" and key[1:3] != "ال" and (
                key[1:] in self.doc_keys() or self.ar_known_noun(key[1:])
            ):
                start += 1  # «بمعدل عائد» → «معدل عائد» when «معدل» also stands alone in the text
            elif key[0] == "و" and not key.startswith(_waw_stems()):
                start += 1  # «ومسافته 2000 متر» → «مسافته»: the conjunction, unless «و» is a root letter
        elif self.lang == "ar" and len(key) == 4 and key[0] == "و" and not key.startswith(_waw_stems()):
            start += 1  # «وسهم» → «سهم»
        phrase = self.text[start : self.toks[last].end]
        if "\n" in phrase:
            # a phrase never runs across a line break («Titre\n\nLes manifestants»): a title or
            # the paragraph before is another sentence; keep the line the phrase ends on
            tail = phrase[phrase.rfind("\n") + 1 :].strip()
            phrase = tail or phrase.strip()
        return phrase

    def ar_known_noun(self, key: str) -> bool:
        """A noun the figure cues know («ارتفاع», «أرباح», «نسبة»): after a clitic, the clitic is
        not part of the noun («بارتفاع» → «ارتفاع», «بأرباح» → «أرباح»)."""
        return any((key,) in self.cue.get(role, frozenset()) for role in ("changenoun", "head", "trend"))

    def doc_keys(self) -> frozenset[str]:
        """Every word of the article (folded), built once: tells a clitic from a first letter."""
        if self._doc_keys is None:
            self._doc_keys = frozenset(self.keys)
        return self._doc_keys
