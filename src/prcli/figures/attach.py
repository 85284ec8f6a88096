"""What a figure counts (``counts``), read as each figure is found; English and the shared cases.

``find_counts`` dispatches to the Arabic (``attach_ar``) and French (``attach_fr``) readers; the
after-passes over the whole article are ``counts_ar``, ``counts_en`` and ``counts_fr``.
"""

from __future__ import annotations

import re

from prcli.figures.attach_fr import _AttachFr
from prcli.figures.base import _Core, _Fig
from prcli.figures.lexicon import UnitEntry, norm_word
from prcli.figures.wordlists import (
    _AR_DEFINITE,
    _CLAUSE_END,
    _QUOTES,
    _adverbs_ar,
    _ago_words,
    _among_in,
    _articles_en,
    _at_to_on,
    _be_forms_en,
    _change_from_en,
    _determiners,
    _determiners_possessives,
    _fr_rate_to,
    _hollow_nouns,
    _hollow_of,
    _ident_breaks_en,
    _in_at_over,
    _in_of,
    _in_on,
    _indefinite_en,
    _lang_words,
    _level_links_en,
    _money_preps,
    _more_than_over,
    _np_links,
    _of_de_du_des,
    _of_de_marks,
    _per,
    _period_parts,
    _periods,
    _phrase_end,
    _possessives,
    _pp_preps,
    _pronouns,
    _range_links_en,
    _range_openers_en,
    _rate_words,
    _share_preps,
    _still_adverbs_en,
    _they_it,
    _time_adverb_leads_en,
    _to_be,
    _to_modals_en,
    _trend_complements,
)


class _Attach(_AttachFr):
    """What a figure counts, read as it is found (English and shared cases)."""

    def counts_ordinal(self, fig: _Fig) -> None:
        nxt = fig.last + 1
        if self.key(nxt) in _period_parts() and self.spaced(fig.last, nxt):
            fig.counts = self.text[self.toks[nxt].start : self.toks[nxt].end]  # "the third quarter"
            return
        if self.lang == "en" and nxt < self.n and self.spaced(fig.last, nxt) and self.timeish(nxt):
            fig.counts = self._phrase(nxt, nxt)  # "in the 89th minute", "the 20th century"
            return
        if self.lang == "ar" and self.ar_period_before(fig.first):
            fig.counts = self._phrase(fig.first - 1, fig.first - 1)  # «اليوم الثالث», «للعام الحادي عشر»
            return
        if self.lang == "ar":
            fig.counts = self.phrase_before(fig.first, 1)
            if fig.counts is not None and self.ar_nisba_after_noun(fig.first - 1):
                # «المنطقة العسكرية الرابعة»: the ordinal follows the noun's adjective; the noun is the head
                fig.counts = self._phrase(self.ar_adjectives_head(fig.first - 1), fig.first - 1)
            if fig.counts is None and fig.first >= 1 and self.cue_before("ordnoun", fig.first, 1):
                fig.counts = self._phrase(fig.first - 1, fig.first - 1)  # «في الدقيقة 44»: a time noun
            before = self.word_num(fig.first - 1)
            if fig.counts is None and before is not None and before[0].type in ("half", "quarter"):
                fig.counts = self._phrase(fig.first - 1, fig.first - 1)  # «الربع الثالث»: the quarter
        else:
            fig.counts = self.phrase_after(fig.last + 1, 2) or self.phrase_before(fig.first, 1)

    def ar_period_before(self, i: int) -> bool:
        """The word right before ``i`` is a period noun that an ordinal numbers («اليوم», «للعام»,
        «القرن»): the ordinal counts that period, not the subject the phrase reader would find."""
        j = i - 1
        if j < 0 or self.toks[j].kind != "word" or not self.spaced(j, i):
            return False
        return self.cue_before("ordctx", i, 1) and self.is_cue("timeunit_one", self.keys[j])

    def find_counts(self, fig: _Fig) -> None:
        """What the figure counts or measures, as a short verbatim phrase."""
        self._find_counts(fig)
        if self.lang == "fr" and fig.kind in ("count", "money", "percent", "measure"):
            self.fr_repair_counts(fig)

    def _find_counts(self, fig: _Fig) -> None:
        """The general pass of ``find_counts``: the rules tried in order, nearest syntax first
        (a noun right after the figure, then the phrase before it, then the sentence's subject),
        each stopping at the first that names something."""
        if fig.kind not in ("count", "money", "percent", "measure", "rank", "ordinal") or fig.counts:
            return
        j = fig.last + 1
        if self.key(j) == ")" and (
            (self.key(fig.first - 1) == "(" and fig.start is None)
            or (self.lang == "ar" and self.bracketed_range(fig.first))
        ):
            j += 1  # «(12) عطاءً», "(5) projects", «(200- 400) كلمة»: the counted noun follows the bracket
        if (
            self.lang == "ar"
            and fig.words
            and self.keys[fig.first].startswith(("ال", "وال"))
            and fig.first >= 1
            and self.keys[fig.first - 1].startswith(("ال", "وال", "بال", "لل"))
            and self.toks[fig.first - 1].kind == "word"
            and self.spaced(fig.first - 1, fig.first)
        ):
            # «الجهات الإثني عشر للمملكة»: a definite number is an adjective of the noun before it
            got = self.phrase_before(fig.first, 2)
            if got:
                fig.counts = got
                return
        defined = self.word_num(fig.first)
        if (
            self.lang == "ar"
            and fig.words
            and defined is not None
            and defined[1]  # «الثلاث», not «ألفي» (whose alef-lam is its own)
            and fig.first >= 1
            and self.keys[fig.first - 1].endswith(("ه", "ها", "هم", "هن"))
            and not self.keys[fig.first - 1].startswith(_AR_DEFINITE)
            and len(self.keys[fig.first - 1]) >= 5
            and self._content(fig.first - 1)
            and self.spaced(fig.first - 1, fig.first)
        ):
            fig.counts = self._phrase(fig.first - 1, fig.first - 1)  # «زياراته الثلاث»: his three visits
            return
        if self.lang == "ar" and fig.kind in ("money", "percent", "measure"):
            got = self.ar_bracketed(fig) or self.ar_compared(fig)
            if got is None and fig.kind == "money":
                got = self.ar_price(fig)
            if got:
                fig.counts = got
                return
        if fig.kind in ("count", "rank"):
            if self.lang == "en" and self.key(j) == "out" and self.key(j + 1) == "of":
                j += 1  # "two out of five schools": a partitive like "two of the five schools"
            pronoun = self.is_cue("partitive", self.key(j)) and self.key(j + 1) in _pronouns()
            fig.counts = self.hyphen_noun(fig) or self.phrase_after(j, 2, partitive=True)
            fig.counts_after = fig.counts is not None
            if fig.counts is None and fig.kind == "count" and self.lang == "ar":
                said = self.ar_change_subject(fig)
                fig.counts = self.ar_compared(fig)
                bare_change = said is not None and self.is_cue("changenoun", norm_word(said[0].split()[0]))
                if fig.counts is None and said is not None and not bare_change:
                    fig.counts, fig.by_verb = said[0], True  # a bare change noun counts no thing
            if fig.counts is None and fig.kind == "count":
                fig.counts = self.change_noun(fig) or self.trend_of(fig)
            if fig.counts is None and self.lang == "en" and fig.kind == "count":
                fig.counts = self.noun_of(fig.first)  # "a majority of 161", "a crowd of 45,000"
            if fig.counts is None and fig.kind == "count" and self.hollow_of(fig.first):
                if self.inherit_counts(fig):
                    return
                fig.counts = self.sentence_subject(fig.first)  # "The yen fell to a record low of 140"
            if fig.counts is not None and self.fr_participle_after(fig):
                fig.counts = None  # «14 grièvement»: an adverb, the noun is left out
                fig.counts_after = self.fr_inherit(fig)
            if fig.counts is None and fig.kind == "count":
                fig.counts = self.object_before_at(fig.first)  # "estimated the crowd at 15,000"
            if fig.counts is None and fig.kind == "rank":
                fig.counts = self.bare_top(fig)
            if fig.counts is None and not self.inherit_counts(fig) and not self.fr_inherit(fig):
                fig.counts = self.fr_level_subject(fig) or self.phrase_before(fig.first, 2, pronoun)
            return
        got = self.range_partitive(fig) or self.fr_counts(fig) or self.change_noun(fig) or self.trend_of(fig)
        if got:
            fig.counts = got
            return
        k = j
        while self.key(k) in _QUOTES and k < fig.last + 3:
            k += 1
        # "a 14% fall in quarterly sales": a change noun, then what changed
        if self.is_cue("trend", self.key(k)) and self.key(k + 1) in _trend_complements():
            got = self.phrase_after(k + 2, 2)
            if got:
                fig.counts = got
                return
        inside_np = self.key(fig.first - 1) in _determiners() or self.keys[fig.first] in _indefinite_en() or (
            self.key(fig.first - 1) == "s" and self.key(fig.first - 2) in ("'", "’")
        ) or self.premodifier_measure(fig)  # "the £30,000 Jerwood prize", "the bank's 5% stake"
        if self.lang == "en" and (fig.kind in ("money", "percent") or (fig.kind == "measure" and inside_np)):
            # "a 12.4% stake", "free on $2m (£1.6m) bail", "a £4.2m ($5.3m) bid": the noun after
            m = self.past_number_compound(self.skip_conversion(k))
            got = self.ing_noun(fig, m)
            if got:
                fig.counts, fig.counts_after = got, True
                return
            if (
                m < self.n
                and self.toks[m].kind == "word"
                and self.spaced(m - 1, m)
                and self._content(m)
                and not self.timeish(m)
                and self.key(m) not in _phrase_end()
            ):
                lower = self.text[self.toks[m].start].islower()
                if lower and self.is_cue("trend", self.key(m)):
                    if inside_np and self.key(m + 1) not in _in_of():
                        fig.counts, fig.counts_after = self._phrase(m, m), True  # "the 2.1% rise seen"
                        return
                elif (lower or (inside_np and not self.starts_sentence(m))) and not self.verb_like(m):
                    got = self.phrase_after(m, 2 if lower else 3)
                    if got:
                        fig.counts, fig.counts_after = got, True
                        return
        if (
            self.lang == "ar"
            and fig.kind == "money"
            and k < self.n
            and self.toks[k].kind == "word"
            and self.spaced(k - 1, k)
            and self._content(k)
            and not self.keys[k].startswith(("ال", "ب", "ل", "ك", "و", "ف"))
            and not self.keys[k].endswith(("ي", "يا", "ا"))
            and self.keys[k] not in _adverbs_ar()
            and not self.is_cue("skip", self.keys[k])
            and not self.timeish(k)
        ):
            # «500 دينار غرامة», «19 مليار يوان إضافية»: what the amount is, right after it
            fig.counts, fig.counts_after = self._phrase(k, k), True
            return
        if fig.kind in ("money", "percent") and self.lang in ("en", "fr"):
            # "£90m in engine production", "$4.1bn (£3.2bn) in revenue", "£6,500 for the basic version"
            k = self.skip_conversion(k)
            # "10% in France" is a place; "30% for projects" is what the share goes to
            preps: frozenset[str] = _money_preps() if fig.kind == "money" else _share_preps()
            if self.key(k) in _rate_words() \
                    and self.key(k + 1) in _periods():
                k += 2  # "$2m a year on road repairs", "2 millions par an à la protection des eaux"
                preps = preps | _fr_rate_to()
            infinitive = (
                self.lang == "fr"
                and self.key(k) == "pour"
                and self.key(k + 1).endswith(("er", "ir", "re"))
                and self.text[self.toks[min(k + 1, self.n - 1)].start].islower()
            )  # "un plan de 136'000 francs pour nettoyer les rives": a purpose, not the counted thing
            period = self.period_after(k + 1)
            beneficiary = self.key(k) == "for" and self.raised_by(fig)
            usual = not infinitive and not period and not beneficiary
            head = self.noun_of(fig.first) if self.lang == "en" and self.key(k) in preps else None
            if head:
                fig.counts = head  # "a record fine of £14m on the insurer": the head before "of" wins
                return
            if self.key(k) in preps and self.spaced(k - 1, k) and usual:
                got = self.phrase_after(k + 1, 3)
                if got and self.key(k) == "in" and all(w[:1].isupper() for w in got.split()):
                    got = None  # "$18.40 in New York": a place, not what the amount is for
                if got:
                    fig.counts, fig.counts_after = got, True
                    return
            got = self.noun_of(fig.first)
            if got:
                fig.counts = got  # "profits of $3.65bn", «un chiffre d'affaires de 3 millions d'euros»
                return
            got = self.purpose_object(fig, k)
            if got:
                fig.counts, fig.counts_after = got, True  # "pledged £1.5bn to tackle child poverty"
                return
            v = fig.first - 1
            while v > 1 and fig.first - v < 4 and self.is_cue("approx", self.key(v)):
                v -= 1  # "is making about $3.2m an hour"
            if self.key(v) == "to" and self.key(v - 1) == "up":
                v -= 2  # "is earning up to $2m"
            if (
                fig.kind == "money"
                and self.is_cue("moneyverb", self.key(v))
                and (
                    self.key(v - 1) in _be_forms_en()
                    or (
                        self.key(v - 1) in _still_adverbs_en()
                        and self.key(v - 2) in _be_forms_en()
                    )
                )
            ):
                fig.counts = self._phrase(v, v)  # "is earning $1.8m an hour"
                return
            k = j
            while self.key(k) in _QUOTES and k < fig.last + 3:
                k += 1
        if self.lang == "ar":
            said = self.ar_change_subject(fig)
            if said and said[1]:
                fig.counts, fig.by_verb = said[0], True  # «وانخفض المؤشر الرئيسي 1.1%»: the subject
                return
            got = self.head_before(fig.first, fig.kind)
            if got:
                fig.counts = got
                return
            if self.key(k) in _adverbs_ar() and self.is_cue("partitive", self.key(k + 1)):
                k += 1  # «9 في المئة فقط من الشكاوى»: past the adverb to the partitive
            if said and not (self.is_cue("partitive", self.key(k)) and self.spaced(k - 1, k)):
                fig.counts, fig.by_verb = said[0], True  # «التي خسرت 30% من قيمتها»: partitive first
                return
        got = self.object_before_at(fig.first)
        if got:
            fig.counts = got  # "the miner put output for the quarter at 2.4 million tonnes of copper"
            return
        if self.lang == "en" and fig.kind == "measure":
            got = self.noun_of(fig.first) or self.level_noun(fig)
            if got:
                fig.counts = got  # "speeds of up to 8Mbps", "a height of 2.36m", "the 5m barrier"
                return
        if (
            self.is_cue("partitive", self.key(k))
            and self.spaced(k - 1, k)
            and not self.ar_joined(k)
            and not (self.lang == "ar" and k + 1 < self.n and self.ar_filler(k + 1))  # «من الوقت الحالي»
        ):
            got = self.phrase_after(k + 1, 2, partitive=self.lang == "en")  # "60% of the 1,200 people"
            if got:
                fig.counts, fig.counts_after = got, True
                return
        if self.hollow_of(fig.first):
            if self.inherit_counts(fig):
                return  # "has fallen to £4bn from a peak of £20bn": the peak of the same thing
            fig.counts = self.sentence_subject(fig.first)  # "The dollar fell to a record low of $1.36"
            if fig.counts:
                return
        fig.counts = (
            self.worth_noun(fig)
            or self.appositive_noun(fig)
            or self.fronted_partitive(fig)
            or self.phrase_before(fig.first, 2)
            or self.pronoun_antecedent(fig.first)
        )
        if fig.counts is None and not self.inherit_counts(fig) and self.lang in ("en", "fr"):
            fig.counts = self.sentence_subject(fig.first)
            fig.weak = fig.counts is not None

    def purpose_object(self, fig: _Fig, k: int) -> str | None:
        """ "fork out £2,300 to rent a new van", "set aside $420m to settle the claims": an English
        amount followed by "to" and a verb is spent on that verb's object."""
        if self.lang != "en" or fig.kind != "money" or self.key(k) != "to" or not self.spaced(k - 1, k):
            return None
        verb = k + 1
        if (
            verb >= self.n
            or self.toks[verb].kind != "word"
            or not self.text[self.toks[verb].start].islower()
            or self.keys[verb] in _determiners()
            or self.word_num(verb) is not None
            or not self.spaced(verb, verb + 1)
        ):
            return None
        obj = verb + 1
        if self.key(obj) in _articles_en() or self.key(obj) in _possessives():
            obj += 1
        if obj >= self.n or self.toks[obj].kind != "word" or not self._content(obj) or self.timeish(obj):
            return None
        return self.phrase_after(obj, 3)

    def bare_top(self, fig: _Fig) -> str | None:
        """ "made the top 10", "in the top five": a top place with no noun after it counts the
        "top" itself (a chart or list named before it, "the US sales top 10", is found earlier)."""
        top = fig.first - 1
        if self.lang != "en" or self.key(top) != "top" or self.key(top - 1) not in _determiners():
            return None
        return self._phrase(top, top)

    def pronoun_antecedent(self, j: int) -> str | None:
        """ "Shell's annual profits hit a record. They rose 26%": when the subject of the verb
        before a figure is "they" or "it", what it stands for is the noun phrase opening the
        clause before (English; "they" wants a plural head, "it" a singular one)."""
        if self.lang != "en":
            return None
        k = j - 1
        while k > 0 and j - k <= 6 and self.toks[k].kind == "word" and self.keys[k] not in _they_it():
            if not (
                self.is_cue("levelverb", self.keys[k])
                or self.is_cue("approx", self.keys[k])
                or self.is_cue("levelgap", self.keys[k])
                or self.keys[k].endswith("ly")
            ):
                return None
            k -= 1
        if self.key(k) not in _they_it() or k == j - 1:
            return None
        b = k - 1
        while b > 0 and k - b < 8 and self.keys[b] not in (".", "!", "?", ";", ":"):
            opener = self.is_cue("clauseopener", self.keys[b])
            if self.toks[b].kind == "word" and self._content(b) and not opener:
                return None  # the pronoun is not the first word of its clause ("now they are")
            b -= 1
        if b <= 0 or self.keys[b] not in (".", "!", "?", ";", ":"):
            return None
        got = self.clause_subject(b)
        if got is None:
            return None
        head = got.split()[-1].lower()
        plural = head.endswith("s") and not head.endswith("ss")
        if plural != (self.keys[k] == "they"):
            return None
        return got

    def clause_subject(self, end: int) -> str | None:
        """The subject of the clause ending before token ``end``: the subject of its first verb
        ("Five years ago electric car owners made up ..." → "electric car owners",
        "Sales at the bakery chain rose" → "Sales"), else the phrase opening the clause."""
        start = end - 1
        while start > 0 and end - start < 40 and self.keys[start - 1] not in (".", "!", "?", ";", ":", "\n"):
            start -= 1
        for v in range(start + 1, end):
            nxt = v + 1
            if nxt < end and self._content(nxt) and self.text[self.toks[nxt].start].islower():
                continue  # "high speed internet users": "speed" before a noun is no verb
            verb = self.verb_like(v) or self.is_cue("levelverb", self.keys[v])
            if self.toks[v].kind == "word" and self.text[self.toks[v].start].islower() and verb:
                got = self._subject(v)
                if got:
                    words = got.split()
                    while len(words) > 1 and words[0].lower() in _ago_words():
                        words = words[1:]
                    return " ".join(words) if words else None
                break
        return self.sentence_subject(end)

    def hollow_of(self, j: int) -> bool:
        """ "a peak of", "a record low of", "an average of" right before an English figure: the noun
        names a level, not the thing measured."""
        return self.lang == "en" and self.key(j - 1) == "of" and self.key(j - 2) in _hollow_nouns()

    def raised_by(self, fig: _Fig) -> bool:
        """ "raised £3,400 for the hospice": the amount follows a fund-raising verb ("fundverb" cue),
        so "for ..." names who gets it, not what the amount is (English)."""
        v = fig.first - 1
        while v > 0 and fig.first - v < 4 and (
            self.is_cue("approx", self.keys[v]) or self.keys[v] in _more_than_over()
        ):
            v -= 1  # "raised more than £1m"
        return self.lang == "en" and self.is_cue("fundverb", self.key(v))

    def race_of(self, fig: _Fig) -> str | None:
        """What a race time or a sport mark is the result of: "a time of 4:02.17" → "time", "won the
        marathon in 2:08:11" → "marathon" (the object before "in"), "clocked 27:14.80 to win the
        10,000m" → "10,000m", else who ran it ("The Kenyan clocked ...")."""
        got = self.noun_of(fig.first)
        if got:
            return got
        k = fig.first - 1
        while k > 0 and fig.first - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1
        if self.keys[k] == "in" and k >= 2:
            m = k - 1
            while (
                m > 0
                and k - m < 7
                and self.keys[m] not in _CLAUSE_END
                and self.keys[m] not in _in_at_over()
                and not self.verb_like(m)
            ):
                m -= 1
            if m < k - 1 and (self.verb_like(m) or self.keys[m] in _in_at_over()):
                got = self.event_np(m + 1, k)  # "finished second in the 3,000m in 8:50.24"
                if got:
                    return got
        j = fig.last + 1
        if self.key(j) == "in" and self.spaced(j - 1, j) and fig.kind == "duration":
            got = self.event_np(j + 1, min(self.n, j + 7))  # "ran 10.02 seconds in the 100m heats"
            if got:
                return got
        while j < min(self.n, fig.last + 10) and self.keys[j] not in _CLAUSE_END:
            if self.keys[j] == "to" and self.is_cue("winverb", self.key(j + 1)):
                return self.event_np(j + 2, min(self.n, j + 8))  # "at her third attempt to take the title"
            j += 1
        return self.phrase_before(fig.first, 2) or self.sentence_subject(fig.first)

    def bare_race_time(self, fig: _Fig, core: _Core) -> bool:
        """ "clocked 6.57", "was fifth in 6.59": an English number with hundredths and no unit,
        after a timing verb or after "in" that follows a position, is a race time in seconds."""
        if self.lang != "en" or fig.kind != "count" or core.words or fig.first != fig.last:
            return False
        if not re.fullmatch(r"\d{1,3}\.\d\d", self.keys[fig.first]):
            return False
        before = self.key(fig.first - 1)
        if self.is_cue("timeverb", before) or self.personal_best(fig.first):
            return True
        if before != "in":
            return False
        for k in range(fig.first - 2, max(-1, fig.first - 6), -1):
            w = self.word_num(k)
            if (w is not None and w[0].type == "ord") or self.keys[k] in _lang_words(
                "ordinal_suffixes", "en"
            ):
                return True
            if self.is_cue("rankverb", self.keys[k]):
                return True
        return False

    def personal_best(self, k: int) -> bool:
        """ "a personal best of 47.12", "a season's best 6.71": a mark named "best" (or "best of")
        right before a bare number with hundredths is a race time, as after "clocked"."""
        before = self.key(k - 1)
        if before == "of":
            before = self.key(k - 2)
        return before == "best" and self.text[self.toks[k - 1].start].islower()

    def sport_mark(self, fig: _Fig) -> bool:
        """An English distance, height or time in seconds ("jumped 8.21m", "ran 10.02 seconds"): a
        sport result, named by the race or the mark it belongs to (``race_of``)."""
        return (
            self.lang == "en"
            and fig.kind in ("measure", "duration")
            and fig.last > fig.first
            and self.is_cue("markunit", self.keys[fig.last])
        )

    def event_np(self, first: int, stop: int) -> str | None:
        """The event or result named from ``first`` (before ``stop``): "the men's 1500m" → "men's
        1500m", "the 10,000m title" → "10,000m title"; its distance stays in (it names the race)."""
        while first < stop and (self.keys[first] in _determiners() or self.keys[first] in _possessives()):
            first += 1
        last, k = -1, first
        while k < stop and k - first < 5 and (k == first or self.spaced(k - 1, k)):
            t = self.toks[k]
            named = self.word_num(k) is None and (self._content(k) or bool(self.match(self.units, k, 1)[0]))
            if t.kind == "word" and named and not self.verb_like(k):
                last = k
            elif not (t.kind == "num" or self.keys[k] in ("'", "’", "s", "-")):
                break
            k += 1
        if last < first or self.toks[last].kind != "word":
            return None
        return self._phrase(first, last)

    def object_before_at(self, j: int) -> str | None:
        """ "kept its key rate on hold at 3.25%", "put output for the quarter at 2m tonnes",
        "valued the studio at £8m": the object of the verb before "at" is what the level measures
        (English). Without an object ("closed at 7,412") the caller reads the subject instead."""
        if self.lang != "en":
            return None
        k = j - 1
        while k > 0 and j - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1
        if self.keys[k] not in _at_to_on() or k < 2:
            return None
        verb = -1
        for m in range(k - 1, max(-1, k - 9), -1):
            if self.toks[m].kind != "word" and not self.model_number(m):
                return None
            if (self.verb_like(m) or self.is_cue("changeverb", self.keys[m])) and not self._after_article(m):
                if (
                    m == k - 1
                    and m >= 1
                    and self._content(m - 1)
                    and (not self.verb_like(m - 1) or self._after_article(m - 1))
                ):
                    continue  # "raised its growth forecast to 3%": a noun that looks like a verb
                verb = m
                break
        if verb < 0 or verb == k - 1:
            return None
        if self.keys[k] in _level_links_en() and not self.is_cue("changeverb", self.keys[verb]):
            return None  # "cut the price of the console to £104"; "sent troops to 12 towns" is no level
        first = verb + 1
        while first < k and (self.keys[first] in _determiners_possessives() or self.keys[first] == "key"):
            first += 1
        last = first - 1
        while last + 1 < k and self._content(last + 1) and last + 1 - first < 3:
            last += 1  # the object ends at "at"/"to" or at a function word: "growth forecast" is one noun
        if last < first or self.keys[last] in ("'", "’"):
            return None
        if self.keys[last + 1] == "of" and last + 2 < k and k - first <= 7 and self._content(k - 1):
            return self._phrase(first, k - 1)  # "doubled their number of MPs to 62": head and complement
        return self._phrase(first, last)

    def measure_unit_at(self, j: int) -> bool:
        """A measure unit glued to the number or right after it ("1500m", "10 km"): an amount."""
        size, entry = self.match(self.units, j, 1) if j < self.n else (0, None)
        return bool(size) and isinstance(entry, UnitEntry) and entry.kind == "measure"

    def premodifier_measure(self, fig: _Fig) -> bool:
        """ "her former national junior 400m title", "a fresh regional 5km best": an English
        measure between an adjective or a noun and a lowercase noun modifies that noun."""
        if self.lang != "en" or fig.kind != "measure" or fig.first < 1:
            return False
        before, after = fig.first - 1, fig.last + 1
        return (
            after < self.n
            and self.spaced(before, fig.first)
            and self.spaced(fig.last, after)
            and self._content(before)
            and not self.verb_like(before)
            and not self.timeish(before)
            and self.toks[after].kind == "word"
            and self.text[self.toks[after].start].islower()
            and self._content(after)
            and not self.verb_like(after)
        )

    def ampersand_name(self, i: int) -> bool:
        """ "the S&P 500 index": a number after a capital letter glued to "&" ends a name (English)."""
        p = i - 1
        return (
            self.lang == "en"
            and p >= 2
            and self.spaced(p, i)
            and self.toks[p].kind == "word"
            and self.text[self.toks[p].start].isupper()
            and self.keys[p - 1] == "&"
            and self.adjacent(p - 1, p)
        )

    def ident_break(self, k: int) -> bool:
        """ "their number of MPs to 62", "number one in 12 countries": a preposition or a number
        word between a label word and a number ends the label's reach (English)."""
        return self.toks[k].key in _ident_breaks_en() or self.word_num(k) is not None

    def model_number(self, m: int) -> bool:
        """Digits right after a capitalised name ("PlayStation 2", "Windows 98"): part of the name."""
        return (
            self.toks[m].kind == "num"
            and m >= 1
            and self.toks[m - 1].kind == "word"
            and self.text[self.toks[m - 1].start].isupper()
            and self.spaced(m - 1, m)
        )

    def trend_of(self, fig: _Fig) -> str | None:
        """ "a rise of 5% in house prices", "an increase of 20,000 in the number of claimants": a
        change noun before "of" counts nothing; what changed follows "in" (English)."""
        k = fig.first - 1
        while self.lang == "en" and k > 0 and fig.first - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1  # "a fall of about 5% in sales"
        if self.lang != "en" or self.key(k) != "of" or not self.is_cue("trend", self.key(k - 1)):
            return None
        j = self.skip_conversion(fig.last + 1)
        if self.key(j) not in _in_on() or not self.spaced(j - 1, j):
            return None
        j += 1
        while self.key(j) in _determiners():
            j += 1
        if self.key(j) in _hollow_of() and self.key(j + 1) == "of":
            j += 1  # "an increase of 20,000 in the number of people claiming benefits"
        return self.phrase_after(j, 3, partitive=True)

    def worth_noun(self, fig: _Fig) -> str | None:
        """ "the deal, worth £2bn,", "a contract worth about $300m": what is worth the amount is the
        noun before "worth" (English)."""
        if self.lang != "en":
            return None
        k = fig.first - 1
        while k > 0 and fig.first - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1
        if self.keys[k] != "worth" or k < 1:
            return None
        w = k - 1 if self.keys[k - 1] != "," else k - 2
        if w < 0 or not self._content(w) or self.verb_like(w):
            return None
        return self._run_before(w + 1, 2)

    def range_partitive(self, fig: _Fig) -> str | None:
        """ "rise from 22% to 41% of schools", "between 15% and 25% of voters": both ends of a
        range of shares are shares of the noun after the last one, before any changing subject."""
        if self.lang != "en" or fig.kind != "percent":
            return None
        j = fig.last + 1
        link = self.key(fig.first - 1)
        if self.key(j) in _range_links_en() and self.spaced(fig.last, j):
            end = self.percent_at(j + 1)
            if end is None or self.key(fig.first - 1) not in _range_openers_en():
                return None
            j = end + 1
        elif link not in _range_links_en() or self.percent_at(fig.first - 2, back=True) is None:
            return None
        if self.key(j) != "of" or not self.spaced(j - 1, j):
            return None
        return self.phrase_after(j + 1, 2, partitive=True)

    def percent_at(self, j: int, back: bool = False) -> int | None:
        """The last token of a digit percent ("37%", "37 per cent") at ``j`` (or ending at ``j``
        when ``back``), else None."""
        if back:
            if self.key(j) in ("%", "cent") and j >= 1:
                m = j - 1 if self.key(j) == "%" else j - 2
                return j if 0 <= m < self.n and self.toks[m].kind == "num" else None
            return None
        if not (0 <= j < self.n) or self.toks[j].kind != "num":
            return None
        if self.key(j + 1) == "%" and self.adjacent(j, j + 1):
            return j + 1
        if self.key(j + 1) == "per" and self.key(j + 2) == "cent":
            return j + 2
        return None

    def fronted_partitive(self, fig: _Fig) -> str | None:
        """ "Of the 2,000 people polled, 56% said ...": a share after a fronted "Of the ..." phrase
        is a share of that phrase's noun (English)."""
        if self.lang != "en" or self.key(fig.first - 1) != ",":
            return None
        k = fig.first - 2
        while k >= 0 and fig.first - k < 12 and self.keys[k] not in _CLAUSE_END:
            k -= 1
        start = k + 1
        if start == fig.first - 1:
            return None
        if self.keys[start] == "of":
            return self.phrase_after(start + 1, 2, partitive=True)
        if self.keys[start] in _among_in() and fig.kind == "percent":
            return self.fronted_group(start + 1, fig.first - 1, self.keys[start] == "among")
        return None

    def fronted_group(self, first: int, comma: int, among: bool) -> str | None:
        """ "Among Tory voters, 57% ...", "In homes with a garden, 35% said ...": a share after a
        fronted group is a share of that group; after "in" a place ("In Spain, 5% ...") names no
        group, so there the group must open with a lowercase noun. It holds no figure."""
        while first < comma and self.keys[first] in _determiners():
            first += 1
        if (
            first >= comma
            or comma - first > 6
            or not self._content(first)
            or not (among or self.text[self.toks[first].start].islower())
            or any(self.toks[m].kind == "num" for m in range(first, comma))
        ):
            return None
        return self._phrase(first, comma - 1)

    def appositive_noun(self, fig: _Fig) -> str | None:
        """ "that money, over £2bn a year, is used": an amount set off by commas right after a
        noun is that noun's amount (English; the amount must close its insertion with a comma)."""
        if self.lang != "en":
            return None
        k = fig.first - 1
        while k > 0 and fig.first - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1
        if self.keys[k] == "to" and self.key(k - 1) == "up":
            k -= 2
        w = k - 1
        if self.keys[k] != "," or w < 0 or not self._content(w) or self.verb_like(w) or self.timeish(w):
            return None
        if self.text[self.toks[w].start].isupper():
            return None  # "In Spain, 5% ...": a place or a name opening the sentence
        e = fig.last + 1
        if self.key(e) in _per() and self.timeish(e + 1):
            e += 2  # "a year"
        if self.key(e) != ",":
            return None
        return self._run_before(k, 2)

    def ing_noun(self, fig: _Fig, m: int) -> str | None:
        """ "a 6.2% holding in the bank", "its 10% rating": after an article and an amount, a
        word in -ing is a noun (what the amount counts), not a verb."""
        if (
            m >= self.n
            or self.toks[m].kind != "word"
            or not self.keys[m].endswith("ing")
            or len(self.keys[m]) < 6
            or not self.spaced(m - 1, m)
            or not self.text[self.toks[m].start].islower()
            or not (
                self.key(fig.first - 1) in _determiners_possessives()
                or (self.key(fig.first - 1) == "s" and self.key(fig.first - 2) in ("'", "’"))
            )  # "a 5% holding", "the bank's 6.2% holding"
            or self.key(m + 1) in _determiners()
        ):
            return None
        last = m
        if (
            m + 1 < self.n
            and self.spaced(m, m + 1)
            and self._content(m + 1)
            and not self.verb_like(m + 1)
            and self.text[self.toks[m + 1].start].islower()
        ):
            last = m + 1  # "a 5% rating downgrade"
        return self._phrase(m, last)

    def change_noun(self, fig: _Fig) -> str | None:
        """ "cut its debt from $900m to $600m", "the cost of the project had risen from $2bn to
        $3.1bn": both bounds of a change measure the noun the change applies to (the object or
        the subject right before "from"), not the subject of the sentence."""
        if self.lang != "en":
            return None
        frm = fig.first - 1
        if self.key(frm) == "to":
            # the second bound: "from A to B", A being one short figure just before
            m = frm - 1
            change_from = _change_from_en()
            while m >= 0 and frm - m <= 7 and self.key(m) not in change_from:
                if self.toks[m].kind == "word" and self.word_num(m) is None and len(self.keys[m]) > 2:
                    if not self.time_adverb_word(m):
                        return None
                elif frm - m > 5:
                    return None  # only a time adverb reaches further: "fell by 40% last year to 34,000"
                m -= 1
            frm = m
        elif not any(self.key(m) == "to" for m in range(fig.last + 1, min(self.n, fig.last + 4))):
            return None  # "from $5m" alone is an origin, not a change
        if frm < 1 or self.key(frm) not in _change_from_en() or not self.spaced(frm, frm + 1):
            return None  # "rose from A to B", "rose by A to B"
        k = frm - 1
        while k >= 2 and self.timeish(k) and self.key(k - 1) in _time_adverb_leads_en():
            k -= 2  # "cut its debt this year from A to B": past the time adverb
            frm -= 2
        while (
            k >= 0
            and frm - k <= 4
            and self.toks[k].kind == "word"
            and not self._after_article(k)
            and (
                self.verb_like(k)
                or self.is_cue("changeverb", self.keys[k])  # "will be cut from 659 to 646"
                or (
                    self.is_cue("trend", self.keys[k])
                    and self.key(k - 1) in _to_modals_en()
                )  # "to increase from", not the noun of "forecast for growth from 3%"
                or self.keys[k] in _to_be()
                or (self.keys[k].endswith("ly") and self.text[self.toks[k].start].islower())
            )
        ):
            k -= 1
        if k < 0 or not self._content(k) or (self.verb_like(k) and not self._after_article(k)):
            return None
        return self._object_np(k)

    def _object_np(self, last: int) -> str:
        """The noun phrase ending at ``last``: content words joined by "of"/"the", cut after its
        own determiner ("expects the number of stores" → "number of stores") and before a place
        complement ("Attendance at the museum" → "Attendance")."""
        first, m = last, last
        while m >= 0 and last - m < 8:
            if self.toks[m].kind == "word" and self._content(m) and (
                not self.verb_like(m) or self._after_article(m) or self.participle_modifier(m, last)
            ):
                first = m
            elif not (
                (self.keys[m] in _np_links() or (self.keys[m] == "out" and self.key(m + 1) == "of"))
                and self.spaced(m, m + 1)
            ):  # "the number of people out of work"
                break
            m -= 1
        if m >= 1 and self.keys[m] in _pp_preps() and self._content(m - 1) and not self.verb_like(m - 1):
            return self._object_np(m - 1)
        for d in range(last - 1, first, -1):
            if self.keys[d] in _determiners() and self.keys[d - 1] not in _of_de_du_des():
                first = d + 1
                break
            if self.keys[d] == "s" and self.keys[d - 1] in ("'", "’"):
                first = d + 1  # "the company's losses" → "losses"
                break
        while first < last and self.keys[first] in _np_links():
            first += 1
        return self._phrase(first, last)

    def participle_modifier(self, m: int, last: int) -> bool:
        """ "the number of people claiming jobless benefit": an English -ing word between a noun
        and the noun it takes as object belongs to the noun phrase (it is not the verb)."""
        return (
            self.lang == "en"
            and m < last
            and self.keys[m].endswith("ing")
            and self.ing_head(m)
            and self._content(m - 1)
            and self._content(m + 1)
        )

    def level_noun(self, fig: _Fig) -> str | None:
        """ "break the 8m barrier", "Okoro's mark of 2.31m": a measure names the level word
        ("levelnoun" cue) right after it, or right before its "of" (English). After a bare count
        the level belongs to something else ("the index passed the 25,000 mark")."""
        after = fig.last + 1
        if self.is_cue("levelnoun", self.key(after)) and self.spaced(fig.last, after):
            return self._phrase(after, after)
        k = fig.first - 1
        if self.key(k) == "of" and self.is_cue("levelnoun", self.key(k - 1)):
            first = k - 1
            if self.key(first - 1) == "world" or self.key(first - 1) == "personal":
                first -= 1  # "a new national mark of 17.45m"
            return self._phrase(first, k - 1)
        return None

    def noun_of(self, j: int) -> str | None:
        """ "net profit of $1.7bn", «une hausse de 50 euros»: the noun phrase right before
        "of"/«de» that introduces an amount (no verb in it)."""
        if self.lang == "fr":
            got = self.fr_noun_of(j)
            if got:
                return got
        k = j - 1
        while self.lang == "en" and k > 0 and j - k <= 3 and self.is_cue("approx", self.keys[k]):
            k -= 1  # "a figure of around 150,000"
        if self.lang == "en" and self.key(k) == "to" and self.key(k - 1) == "up":
            k -= 2  # "speeds of up to 8Mbps"
        if self.key(k) not in _of_de_marks():
            return None
        if self.lang == "en" and (
            self.key(k - 1) in _hollow_nouns() or self.is_cue("trend", self.key(k - 1))
        ):
            return None  # "rise by an average of 4.5%", "a rise of 8%": the subject says what
        if self.key(k) in ("'", "’"):
            k -= 1
            if self.key(k) != "d":
                return None
        k -= 1
        last = k
        while (
            k >= 0
            and last - k < 2
            and self.toks[k].kind == "word"
            and self._content(k)
            and (not self.verb_like(k) or self._after_article(k))  # "a swing of 1.5%"
        ):
            k -= 1
        if k == last or (k + 1 != last and not self.spaced(k + 1, last)):
            return None
        return self._phrase(k + 1, last)

    def head_before(self, j: int, kind: str) -> str | None:
        """«نسبة الإقبال حتى العصر بلغت 27%», «ويبلغ سعر الغاز في المغرب 3,12 درهما»: a head
        noun of measure earlier in the clause (with its complement) names what the figure measures.
        «بنسبة», «بقيمة» (by a rate of) are not heads: they only introduce the figure."""
        heads = self.cue.get("head", frozenset())
        k = j - 1
        while k >= 0 and j - k <= 14:
            key = self.keys[k]
            if key in (".", "!", "?", "؟", "؛", ":", "،", ",", "\n") or "\n" in self.gap(k, k + 1):
                return None
            if self.toks[k].kind == "word":
                size, entry = self.match(self.units, k, 1)
                if size and isinstance(entry, UnitEntry) and entry.kind == kind:
                    return None  # «سعر الغاز 3,12 درهما (25 سنتا) والكيروسين 2,48 درهما»: that head is taken
                bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
                defin = bare.startswith("ال")
                is_head = (key,) in heads or (bare,) in heads or (defin and (bare[2:],) in heads)
                if (
                    is_head
                    and k + 1 < j
                    and self.spaced(k, k + 1)
                    and self._content(k + 1)
                    and not self.is_cue("skip", self.keys[k + 1])
                ):
                    return self._phrase(k, k + 1)  # «نسبة التصويت»; «نسبة تتراوح» is no head
            k -= 1
        return None
