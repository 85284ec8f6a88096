"""Figures read from special words: fractions, multiples ("twice"), halves, shares, ordinals and
ranks, and the raw forms that need their neighbours (``special_raw``).
"""

from __future__ import annotations

from decimal import Decimal

from prcli.figures.base import _Core, _Fig
from prcli.figures.lexicon import NumberWord, UnitEntry, months, norm_word
from prcli.figures.numbers import _Numbers
from prcli.figures.numparse import parse_raw
from prcli.figures.wordlists import (
    _CLAUSE_END,
    _ar_before_after,
    _ar_month_nouns,
    _ar_other,
    _ar_oxide,
    _determiners,
    _duration_heads_ar,
    _half_determiners,
    _half_not_share_before,
    _he_she,
    _lang_words,
    _loose_ordinal_nouns_ar,
    _many_much,
    _of_de,
    _ordinal_determiners,
    _place_nouns,
    _place_nouns_en,
    _placed,
    _rank_articles,
    _rank_followers,
    _rise_links,
    _score_nouns,
    _standing_after,
    _standing_before,
    _superlative_leads,
    _time_suffix,
    _twice_not_before,
    _twice_thrice,
    _two_after_dual,
)
from prcli.text.resources import lazy_words

#: «، لافتين إلى أن»: the prepositions that make a word in -تين after a comma a participle.
_participle_links_ar = lazy_words("prcli.figures", "participle_links_ar.txt", convert=norm_word)
#: «الملك», «البابا»: a title whose holder's name an ordinal may end («عبدالله الثاني»).
_regnal_titles_ar = lazy_words("prcli.figures", "regnal_titles_ar.txt")
#: «سن», «بسن»: the noun of age before an ordinal word that gives the age.
_age_nouns_ar = lazy_words("prcli.figures", "age_nouns_ar.txt")
#: «ساعة», «عقد» (folded): time nouns that say no length alone (``ar_lone_period``).
_lone_period_exceptions_ar = lazy_words("prcli.figures", "lone_period_exceptions_ar.txt")


class _Specials(_Numbers):
    """Fractions, multiples, halves, shares, ordinals and ranks."""

    # ----------------------------------------------------------------- special starts
    def special_word(self, i: int) -> tuple[list[_Fig], int] | None:
        """Figures that start with a word: month-first dates, ordinal words, clock times, duals."""
        t = self.toks[i]
        lang = self.lang
        if t.kind != "word":
            return None
        # "March 24, 2014" / "March 2004"
        size, entry = self.match(months(), i)
        if size and self.month_ok(i, size):
            k = i + size
            if k < self.n and self.toks[k].kind == "num" and self.spaced(k - 1, k):
                raw = parse_raw(self.toks[k].key, lang, False)
                if raw.kind == "number" and raw.plain and raw.value is not None:
                    if raw.digits <= 2 and 1 <= raw.value <= 31 and lang == "en":
                        f = _Fig(i, k, raw.value, kind="date")
                        if self.key(k + 1) in _lang_words("ordinal_suffixes", "en") and self.adjacent(
                            k, k + 1
                        ):
                            f.last = k + 1
                        self.date_year(f, f.last + 1)
                        return [f], f.last + 1
                    if raw.digits == 4:
                        f = _Fig(k, k, raw.value, kind="year")
                        if self.key(k + 1) in ("ه", "م") and self.spaced(k, k + 1):
                            f.last = k + 1
                        return [f], f.last + 1
        if lang == "en" and t.key.endswith("fold") and len(t.key) > 6:
            base = self.nums.get(t.key[:-4])
            if base is not None and base.type in ("unit", "ten", "hundred", "teen"):
                return [_Fig(i, i, Decimal(str(base.value)), kind="other", words=True)], i + 1  # "tenfold"
        if lang == "en" and t.key in _twice_thrice():
            return self.twice(i)
        w = self.word_num(i)
        if lang == "en" and t.key == "a" and i + 1 < self.n:
            got = self.point_fraction(i + 1, self.word_num(i + 1))  # "a quarter of a percentage point"
            if got is not None:
                return got
        got = self.a_fraction(i) or self.point_fraction(i, w)
        if got is not None:
            return got
        if w is not None and w[0].type == "ord":
            return self.ordinal_word(i, w[0], w[1])
        if w is not None and w[0].type in ("half", "quarter"):
            return self.half_of(i) if lang == "en" else self.share_word(i)
        if w is not None and w[0].type == "ordacc":
            if self.cue_before("rankverb", i, 5) or self.ranked_with_score(i + 1):
                f = _Fig(i, i, Decimal(str(w[0].value)), kind="rank", words=True)
                f.counts = self.phrase_before(i, 2)
                return [f], i + 1
            return [], i + 1
        if self.is_cue("time", t.key) and lang == "ar" and i + 1 < self.n:
            k = i + 1
            if self.toks[k].kind == "num":
                raw = parse_raw(self.toks[k].key, lang, False)
                if raw.kind in ("number", "time") and raw.value is not None and raw.value <= 24:
                    return [_Fig(k, k, raw.value, kind="time")], k + 1
            w2 = self.word_num(k)
            if w2 is not None and w2[0].type == "ord":
                last, value = k, Decimal(str(w2[0].value))
                w3 = self.word_num(k + 1)
                if w3 is not None and w3[0].type == "teen" and self.spaced(k, k + 1):
                    last, value = k + 1, value + 10  # «الساعة الثانية عشرة»
                return [_Fig(k, last, value, kind="time", words=True)], last + 1
        if lang == "en" and t.key == "top" and i + 1 < self.n:
            core = self.core(i + 1) if self.spaced(i, i + 1) else None
            if core is not None and core.value >= 2 and not core.vague:
                f = _Fig(i + 1, core.last, core.value, kind="rank", words=core.words)
                self.find_counts(f)
                return [f], core.last + 1
        if lang == "ar" and self.ar_lone_period(i):
            return [_Fig(i, i, Decimal(1), kind="duration", words=True)], i + 1
        size, entry = self.match(self.units, i, 1)
        if size and isinstance(entry, UnitEntry) and entry.kind.startswith("dual-"):
            f = _Fig(i, i, Decimal(2), kind=entry.kind[5:], unit=entry.unit, words=True)
            j = self.add_half(f, i + 1)
            if f.kind == "duration":
                self.age_context(f, j)
            else:
                self.find_counts(f)
            return [f], j
        if lang == "ar" and w is None and self.is_dual_noun(t.key):
            if self.dual_not_two(i):
                return None
            f = _Fig(i, i, Decimal(2), words=True, counts_after=True)
            clitic = 1 if t.key[0] in "وبلفك" and not self.is_dual_noun(t.key, bare=True) else 0
            f.counts = self.text[t.start + clitic : t.end]
            nxt = i + 1
            if (
                nxt < self.n
                and self.spaced(i, nxt)
                and self.key(nxt).endswith(("يين", "تين", "يان", "تان"))
                and not self.key(nxt).startswith("ال")
            ):
                f.counts = (
                    self.text[t.start + clitic : self.toks[nxt].end] if clitic else self._phrase(i, nxt)
                )  # «لبرنامجين إذاعيين»: without the preposition
                nxt += 1
            if nxt < self.n and self.spaced(nxt - 1, nxt) and self.key(nxt) in _two_after_dual():
                f.last = nxt  # «حزبين اثنين»: the number repeats the dual
                nxt += 1
            return [f], nxt
        return None

    def dual_not_two(self, i: int) -> bool:
        """«، لافتين إلى أن», «. لافتين إلى»: a word in -تين opening a clause after a comma and
        followed by a preposition is a plural participle (the speakers pointing out), not two of
        anything."""
        if i < 1 or self.keys[i - 1] not in _CLAUSE_END or not self.spaced(i, i + 1):
            return False
        return self.key(i + 1) in _participle_links_ar()

    def twice(self, i: int) -> tuple[list[_Fig], int] | None:
        """ "the only driver to win the Monaco race twice": how many times it happened (a count of
        what was done); "twice the number of", "twice as many": a multiple (kind ``other``)."""
        nxt = self.key(i + 1)
        if nxt == "-" and self.adjacent(i, i + 1):
            return [], i + 1  # "a twice-weekly paper"
        f = _Fig(i, i, Decimal(2 if self.keys[i] == "twice" else 3), kind="count", words=True)
        if nxt in _twice_not_before() or self.is_cue(
            "compar", nxt
        ):
            f.kind = "other"
            if nxt == "the":
                f.counts = self.phrase_after(i + 2, 3, partitive=True)  # "twice the number of goals"
            elif nxt == "as" and self.key(i + 2) in _many_much():
                f.counts = self.phrase_after(i + 3, 2)  # "twice as many jobs"
            return [f], i + 1
        f.counts = self._run_before(i, 3)
        return [f], i + 1

    def a_fraction(self, i: int) -> tuple[list[_Fig], int] | None:
        """ "nearly a third of shoppers", "a quarter of the staff": a share (kind ``other``) of
        what follows "of"; "a third term" stays an ordinal, "half" alone is too loose to list."""
        if (
            self.lang != "en"
            or i < 1
            or self.keys[i - 1] != "a"
            or not self.spaced(i - 1, i)
            or not (
                (self.key(i + 1) == "of" and self.spaced(i, i + 1))
                or (
                    self.key(i - 2) == "by"
                    and self.key(i + 1) != "-"
                    and not (i + 1 < self.n and self._content(i + 1))
                )  # "shares have fallen by a third this year"; not "by a quarter percentage point"
            )
        ):
            return None
        size, entry = self.match(self.units, i, 1)
        if size and isinstance(entry, UnitEntry) and entry.kind == "fraction":
            value = Decimal(str(entry.factor))
        elif self.keys[i] == "quarter":
            value = Decimal("0.25")
        else:
            return None
        f = _Fig(i - 1, i, value.quantize(Decimal("0.0001")), kind="other", words=True)
        if self.key(i + 1) == "of":
            f.counts = self.phrase_after(i + 1, 3, partitive=True)
        else:
            f.counts = self.phrase_before(i - 1, 2)  # "shares have fallen by a third": the subject
        if f.counts:
            self._last_counted = (f, f.last)
        return [f], i + 1

    def point_fraction(
        self, i: int, w: tuple[NumberWord, bool, bool] | None
    ) -> tuple[list[_Fig], int] | None:
        """ "by a quarter percentage point", "a half-point cut", "quarter point rises": a change of
        rate in percentage points (English), 0.25 or 0.5 of a point."""
        if self.lang != "en" or w is None or w[0].type not in ("half", "quarter"):
            return None
        j = i + 1
        if self.key(j) == "-" and self.adjacent(i, j):
            j += 1
        elif self.key(j) == "of" and self.key(j + 1) == "a":
            j += 2  # "by a quarter of a percentage point"
        size, entry = self.match(self.units, j, 2)
        pp = size and isinstance(entry, UnitEntry) and entry.kind == "pp"
        if not pp and not (self.key(j) == "point" and self.key(j + 1) != "of"):
            return None
        first = i - 1 if self.key(i - 1) == "a" and self.spaced(i - 1, i) else i
        f = _Fig(first, j + (size - 1 if pp else 0), Decimal(str(w[0].value)), kind="percent", words=True)
        f.unit = "pp"
        self.find_counts(f)
        return [f], f.last + 1

    def counted_total(self, j: int) -> bool:
        """A plain count standing before its noun ("the 2,000 respondents"), not a year."""
        if self.toks[j].kind != "num" or not self.spaced(j, j + 1):
            return False
        key = self.keys[j]
        year = len(key) == 4 and key.isdecimal() and 1800 <= int(key) <= 2100
        return not year

    def half_of(self, i: int) -> tuple[list[_Fig], int] | None:
        """ "Half of those questioned", "half the world's population": 50% of what follows
        (English); "the first half", "half an hour", "half of the season" are no share."""
        j = i + 1
        if (
            self.keys[i] != "half"
            or j >= self.n
            or not self.spaced(i, j)
            or self.ordinal_before(i)
            or self.key(i - 1) in _half_not_share_before()
        ):
            return None
        if self.keys[j] == "of":
            k = j + 1
        elif self.keys[j] in _half_determiners() and self.key(i - 1) != "by":
            k = j
        else:
            return None
        head = k + 1 if self.key(k) in _determiners() else k
        if head < self.n and self.counted_total(head):
            head += 1  # "Half of the 2,000 respondents": a share of a counted whole
        if head >= self.n or self.timeish(head) or self.toks[head].kind != "word" or self.key(head) == "way":
            return None  # "half of the year", "half the time", "half the way"
        f = _Fig(i, i, Decimal("0.5"), kind="other", words=True)
        f.counts = self.phrase_after(j, 3, partitive=True)
        if f.counts:
            self._last_counted = (f, f.last)  # "Half the population has a phone, and 77% a mobile"
        return [f], i + 1

    def ordinal_word(self, i: int, entry: NumberWord, definite: bool) -> tuple[list[_Fig], int] | None:
        """Arabic and European ordinal words, listed only where they rank or number an event:
        «الدورة الخامسة والسبعين», «المرتبة الأولى», «الثامن من مارس», "third largest"."""
        lang = self.lang
        value = Decimal(str(entry.value))
        last = i
        j = i + 1
        if lang == "ar":
            w = self.word_num(j)
            if w is not None and w[0].type == "teen" and self.spaced(i, j):
                value += 10
                last, j = j, j + 1
            w = self.word_num(j)
            if w is not None and w[0].type == "ten" and w[2] and self.spaced(last, j):
                value += Decimal(str(w[0].value))
                last, j = j, j + 1
            # «الخامس من أكتوبر العام 2019»: a day
            k = j + 1 if self.key(j) == "من" else j
            month_word = self.key(k) in _ar_month_nouns() and self.spaced(k, k + 1)
            if k > j and month_word and not self.period_before(i):
                k += 1  # «الثالث من شهر ذي القعدة»; not «الأسبوع الأول من شهر يوليو»
            size, _m = self.match(months(), k) if k < self.n else (0, None)
            if size and value <= 31:
                f = _Fig(i, k + size - 1, value, kind="date", words=True)
                self.date_year(f, f.last + 1)
                return [f], f.last + 1
            age_after = self.is_cue("age", self.key(j + 1)) or self.cue_at("age_after", j)
            if self.key(j) == "من" and age_after and not self.ar_period_before(i):
                return [_Fig(i, last, value, kind="age", words=True)], last + 1  # «في الرابعة عشرة من عمره»
            if self.cue_before("age", i, 1) and self.key(i - 1) in _age_nouns_ar():
                return [_Fig(i, last, value, kind="age", words=True)], last + 1  # «في سن الخامسة والأربعين»
            if value <= 12 and j < self.n and self.keys[j] in _time_suffix() and self.spaced(last, j):
                return [_Fig(i, j, value, kind="time", words=True)], j + 1  # «بمقر الشركة التاسعة صباحا»
            if self.cue_before("rank", i, 1) or self.cue_before("rankverb", i, 1):
                f = _Fig(i, last, value, kind="rank", words=True)
                self.counts_ordinal(f)
                return [f], last + 1
            if definite and self.regnal_number(i):
                return [], last + 1
            construct = (
                not definite
                and value >= 2
                and last == i
                and not self.keys[i].endswith("ه")
                and j < self.n
                and self.toks[j].kind == "word"
                and not self.keys[j].startswith(("ال", "وال", "بال", "لل"))
                and self._content(j)
                and not self.keys[i].startswith(("و", "ف"))  # «وثالث توفي»: "and a third (man)"
                and self.key(i - 1) != "ال"  # «آل ثاني» (folded): a family name
                and self.keys[j] not in _ar_oxide()  # «ثاني أكسيد الكربون»
            )  # «ثاني اقتصاد عالمي», «ثالث مدينة»: a construct ordinal ranks the noun after it
            if construct and not self.is_cue("superlative", self.key(j)) and self.spaced(last, j):
                f = _Fig(i, last, value, kind="rank", words=True)
                f.counts = self._phrase(j, j)
                return [f], last + 1
            if self.construct_period(i, j, value, definite) and last == i:
                f = _Fig(i, last, value, kind="ordinal", words=True)  # «سادس أسبوع من الخسائر»
                f.counts = self._phrase(j, j)
                return [f], last + 1
            if self.is_cue("superlative", self.key(j)) and self.spaced(last, j) and not definite:
                f = _Fig(i, last, value, kind="rank", words=True)  # «ثاني أكبر اقتصاد»
                f.counts = self.phrase_after(j + 1, 2)
                return [f], last + 1
            if (
                self.cue_before("ordctx", i, 1)
                and (definite or value > 10)
                and self.key(i - 1) not in _loose_ordinal_nouns_ar()
                and not self.general_adjective(i - 1)
            ):
                f = _Fig(i, last, value, kind="ordinal", words=True)
                self.counts_ordinal(f)
                return [f], last + 1
            if definite and self.after_definite_noun(i):
                f = _Fig(i, last, value, kind="ordinal", words=True)  # «الشيك الثاني», «الترجمة الثالثة»
                self.counts_ordinal(f)
                return [f], last + 1
            if definite and self.after_possessed_noun(i):
                f = _Fig(i, last, value, kind="ordinal", words=True)  # «في يومها العاشر», «دورته الثالثة»
                f.counts = self._phrase(i - 1, i - 1)
                return [f], last + 1
            head = self.coordinated_ordinal_head(i)
            if head is not None:  # «الربعين الأول والثاني»: the second ordinal of the pair too
                kind = "rank" if self.cue_before("rank", head, 1) else "ordinal"
                f = _Fig(i, last, value, kind=kind, words=True, start=self.toks[i].start + 1)
                f.counts = self._phrase(head - 1, head - 1)
                return [f], last + 1
            head = self.series_ordinal_head(i, value) if self.keys[i].startswith(("ال", "وال")) else None
            if head is not None:  # «في المستوى الأول ...، وفي الثاني ...»: the next of a series
                kind = "rank" if self.cue_before("rank", head, 1) else "ordinal"
                clitic = 1 if self.keys[i].startswith("وال") else 0
                f = _Fig(i, last, value, kind=kind, words=True, start=self.toks[i].start + clitic)
                f.counts = self._phrase(head - 1, head - 1)
                return [f], last + 1
            return [], last + 1
        # English / French: «third largest», «troisième plus grand», "the eighth of March"
        nxt = self.key(j)
        if (
            (nxt.endswith("est") and len(nxt) > 4)
            or nxt in _superlative_leads()
            or (nxt == "-" and self.key(j + 1).endswith("est"))
        ):
            f = _Fig(i, i, value, kind="rank", words=True)
            if nxt == "-":
                f.counts = self.phrase_after(j + 2, 2)  # "the country's second-largest carrier"
            self.find_counts(f)
            return [f], i + 1
        k = j + 1 if nxt in _of_de() else j
        size, _m = self.match(months(), k) if k < self.n else (0, None)
        if size and value <= 31 and self.month_ok(k, size):
            f = _Fig(i, k + size - 1, value, kind="date", words=True)
            self.date_year(f, f.last + 1)
            return [f], f.last + 1
        # "came fifth", "at second and ...", "in third place": a rank
        if (
            self.cue_before("rankverb", i, 2)
            or nxt in _place_nouns()
            or (self.is_cue("placeverb", self.key(i - 1)) and self.key(i - 1) not in _standing_before())
            or (nxt == "-" and self.key(j + 1) in _placed())
            or (
                value >= 2
                and self.key(i - 1) not in _rank_articles()
                and (
                    nxt in _CLAUSE_END
                    or nxt in _rank_followers()
                )
            )
            or self.standing(i)
        ):
            f = _Fig(i, i, value, kind="rank", words=True)
            if nxt == "-" and self.key(j + 1) == "placed":
                f.counts = self.phrase_after(j + 2, 3)  # "second-placed folk trio Blue Lantern"
            if f.counts is None:
                f.counts = self.name_placed(i)
            place_noun = self.lang == "en" and nxt in _place_nouns_en() and self.spaced(i, j)
            if f.counts is None and place_noun:
                f.counts = self._phrase(j, j)  # "grabbed second spot", "settle for second place"
            if f.counts is None:
                f.counts = self.finisher(i)
            if (
                f.counts is None
                and self.lang == "en"
                and self.key(i - 2) == "to"
                and self.toks[i - 1].kind == "word"
                and self.text[self.toks[i - 1].start].islower()
                and not self._after_article(i - 1)
            ):
                f.counts = self.sentence_subject(i)  # "leapt 6.71m to finish second": who
            if f.counts is None:
                f.counts = self.phrase_before(i, 2)  # who ranks: "Kaiser Chiefs came fifth"
            if f.counts is None and self.key(i - 2) == "," and (
                self.key(i - 1) == "in" or self.is_cue("rankverb", self.key(i - 1))
            ):
                f.counts = self._run_before(i - 2, 3)  # "MC Kano, in third,"; "Murray, seeded third,"
            return [f], i + 1
        if (
            nxt == "-"
            and self.adjacent(i, j)
            and self.adjacent(j, j + 1)
            and (self.key(j + 1) == "quarter" or (self.key(j + 1) == "half" and value >= 2))
        ):
            f = _Fig(i, i, value, kind="ordinal", words=True)  # "its fourth-quarter dividend"
            f.counts = self.text[self.toks[j + 1].start : self.toks[j + 1].end]
            return [f], i + 1
        # "the fifth annual Bloggies", «la troisième édition»: an ordinal (not the loose "first")
        if (
            value >= 2
            and self.key(i - 1) in _ordinal_determiners()  # "the fifth", «une dixième mort»
            and j < self.n
            and self.toks[j].kind == "word"
            and self.spaced(i, j)
            and not (entry.value == 2 and self.match(self.units, j, 1)[0])
            and nxt not in self.stop
            and not self.is_cue("stop", nxt)
        ):
            f = _Fig(i, i, value, kind="ordinal", words=True)
            self.counts_ordinal(f)
            return [f], i + 1
        return [], i + 1

    def finisher(self, i: int) -> str | None:
        """Who holds the position an English ordinal word names: the name before the position verb
        ("Tomas Berg and Luis Ortega took second and third respectively" → "Luis Ortega" for
        "third"; "Okafor tired late and finished in fourth" → "Okafor"; "as he came fifth"
        → the person "he" stands for). None when no capitalised name is found."""
        if self.lang != "en":
            return None
        first, index = self.ordinal_series(i)
        v = first - 1
        while v > 0 and first - v <= 3 and self.is_cue("racepad", self.keys[v]):
            v -= 1
        if v <= 0 or not (self.is_cue("rankverb", self.keys[v]) or self.is_cue("placeverb", self.keys[v])):
            return None
        names = self.names_before(v)
        if not names and self.key(v - 1) == "and":
            got = self.sentence_subject(v)  # "Mbeki pulled clear of the pack and took second"
            return got if got and got[:1].isupper() else None
        if not names:
            return None
        if len(names) == 1:
            return self._phrase(*names[0])
        if self.respectively(i) and index <= len(names):
            return self._phrase(*names[index - 1])
        return self._phrase(names[0][0], names[-1][1])

    def ordinal_series(self, i: int) -> tuple[int, int]:
        """The first ordinal of a series ending at ``i`` ("seventh and eighth", "fifth, sixth and
        seventh") and the place of ``i`` in it (1 for the first)."""
        first, index = i, 1
        while first >= 2 and self.keys[first - 1] in ("and", ",") and self.is_ordinal_word(first - 2):
            first -= 2
            index += 1
        return first, index

    def is_ordinal_word(self, j: int) -> bool:
        """Token ``j`` is an ordinal number word ("second", «الثالث», «quatrième»)."""
        w = self.word_num(j)
        return w is not None and w[0].type == "ord"

    def respectively(self, i: int) -> bool:
        """ "took second and third respectively": the ordinals pair with the names in order."""
        k = i + 1
        while k < self.n and k <= i + 6 and (self.keys[k] in ("and", ",") or self.is_ordinal_word(k)):
            k += 1
        return self.key(k) == "respectively"

    def names_before(self, verb: int) -> list[tuple[int, int]]:
        """The capitalised names that are the subject of ``verb``, in text order ("Amara Diallo
        and Freya Lindqvist, who finished" → both); a personal pronoun ("he came fifth") stands for
        the nearest earlier name of two words or more."""
        k = verb - 1
        while k > 0 and verb - k <= 4 and self.toks[k].kind == "word" and (
            self.is_cue("raceaside", self.keys[k])
            or (
                self.text[self.toks[k].start].islower()
                and (self.verb_like(k) or self.keys[k].endswith("ly"))
            )
        ):
            k -= 1
        if self.key(k) == ",":
            k -= 1  # "Alleyne Francique, faded": an apposition closes with a comma
        if self.key(k) in _he_she():
            return self.name_for_pronoun(k)
        names: list[tuple[int, int]] = []
        while k >= 0:
            last = k
            while k >= 0 and self.capitalised_name_word(k) and last - k < 4:
                k -= 1
            if k == last:
                break
            names.append((k + 1, last))
            if self.key(k) not in ("and", ",") or not self.capitalised_name_word(k - 1):
                break
            k -= 1
        return names[::-1]

    def capitalised_name_word(self, j: int) -> bool:
        """Token ``j`` is a capitalised content word: a name that can hold a rank or a place."""
        t = self.toks[j] if 0 <= j < self.n else None
        return (
            t is not None
            and t.kind == "word"
            and self.text[t.start].isupper()
            and self._content(j)
            and self.word_num(j) is None
        )

    def name_for_pronoun(self, pronoun: int) -> list[tuple[int, int]]:
        """The nearest earlier name of two capitalised words or more, within about two sentences."""
        k = pronoun - 1
        while k > 0 and pronoun - k < 50:
            if self.capitalised_name_word(k) and self.capitalised_name_word(k - 1):
                last = k
                while k > 0 and self.capitalised_name_word(k - 1) and last - k < 3:
                    k -= 1
                if not self.starts_sentence(k) or last > k:
                    return [(k, last)]
            k -= 1
        return []

    def name_placed(self, i: int) -> str | None:
        """ "The defeat left Liverpool in fifth place", "lifted Arsenal to second": the name right
        before "in"/"to"/"into" the position is who holds it, not the subject of the verb."""
        k = i - 1
        if self.key(k) not in _rise_links() or k < 2:
            return None
        w = k - 1
        if (
            self.toks[w].kind != "word"
            or not self.text[self.toks[w].start].isupper()
            or self.starts_sentence(w)
            or not self._content(w)
        ):
            return None
        first = w
        while first > 0 and w - first < 3 and self.text[self.toks[first - 1].start].isupper():
            if not self._content(first - 1) or self.starts_sentence(first - 1):
                break
            first -= 1
        return self._phrase(first, w)

    def standing(self, i: int) -> bool:
        """ "England are fifth in the world rankings", "lifted them to sixth in the table", "up to
        third on 40 points": an English ordinal after a copula or "to", before "in"/"on"/"overall",
        is a position in a table (a rank), not the ordinal of a noun."""
        return (
            self.lang == "en"
            and self.key(i - 1) in _standing_before()
            and self.key(i + 1) in _standing_after()
            and self.spaced(i, i + 1)
            and not (self.key(i + 1) == "of" and self.key(i - 1) == "to")  # "up to third of the staff"
        )

    def ranked_with_score(self, j: int) -> bool:
        """«ثم حزب الأحرار رابعا بـ30 مقعدا»: an adverbial ordinal followed by «بـ» and a number
        ranks what comes before it, even far from the verb."""
        if self.key(j) != "ب" or j + 1 >= self.n or not self.spaced(j - 1, j):
            return False
        return self.toks[j + 1].kind == "num" or self.word_num(j + 1) is not None

    def definite_number(self, i: int) -> bool:
        """The number word at ``i`` carries the article («الثلاث», «للخمسة»)."""
        w = self.word_num(i)
        return w is not None and w[1]

    def definite_word_number(self, fig: _Fig, core: _Core) -> int | None:
        """Arabic number words that are not counts: «في الخمسين من عمره» is an age; a definite
        tens word after a singular definite noun is an ordinal («الدورة الأربعين», «دورتها
        السبعين»; a broken plural cannot be told apart, so only feminine and known nouns).
        Returns the next token when the figure is settled."""
        j = core.last + 1
        if self.key(j) == "من" and self.is_cue("age", self.key(j + 1)):
            fig.kind = "age"
            return j
        key = self.keys[core.first]
        if key.startswith("ال") and self.key(core.first - 1) in _age_nouns_ar():
            fig.kind = "age"  # «عن سن الثمانين»
            return j
        definite = key.startswith(("ال", "وال", "بال", "لل"))
        if not definite or core.last != core.first or not 20 <= core.value < 100:
            return None
        prev = core.first - 1
        if prev < 0 or self.toks[prev].kind != "word" or not self.spaced(prev, core.first):
            return None
        pkey = self.keys[prev]
        possessed = (
            pkey.endswith(("ها", "ه"))
            and not pkey.startswith("ال")
            and len(pkey) >= 5
            and not self.ends_in_ta_marbuta(prev)  # «مجموعة العشرين» (G20): no pronoun, a name
        )
        singular = self.cue_before("ordctx", core.first, 1) or (
            pkey.endswith("ه") and self.after_definite_noun(core.first)  # «الدورة», not «الدول»
        )
        if not (possessed or singular):
            return None
        if self.match(self.units, j)[0] and self.spaced(core.last, j):
            return None
        fig.kind = "ordinal"
        self.counts_ordinal(fig)
        return j

    def numbered_name(self, core: _Core) -> bool:
        """«مجموعة العشرين» (G20), «بوابة الثلاثين»: a definite tens word right after an
        indefinite feminine noun (final «ة», no article), with nothing counted after it and no
        month, is the number in a name, not a figure (the guideline excludes G20)."""
        if core.first != core.last or not 20 <= core.value < 100 or core.first < 1:
            return False
        key, prev = self.keys[core.first], core.first - 1
        if not key.startswith("ال") or self.toks[prev].kind != "word" or not self.spaced(prev, core.first):
            return False
        pkey = self.keys[prev]
        if not self.ends_in_ta_marbuta(prev) or pkey.startswith(("ال", "وال", "بال", "لل", "ولل", "فال")):
            return False
        j = core.last + 1
        if self.key(j) == "من" or self.match(months(), j)[0]:
            return False  # «إلى غاية الثلاثين من يونيو»: a day
        return not (self.spaced(core.last, j) and (self.ar_tamyiz(j) or self.match(self.units, j)[0]))

    def share_word(self, i: int) -> tuple[list[_Fig], int] | None:
        """«ثلث الأبطال», «ربع السكان»: a fraction word before a definite noun is a share of it
        (kind ``other``); «ربع النهائي» (a quarter-final) is a name (``fracnot`` cues)."""
        w = self.word_num(i)
        if self.lang != "ar" or w is None or w[0].type not in ("half", "quarter") or w[1]:
            return None
        j = i + 1
        if j >= self.n or self.toks[j].kind != "word" or not self.spaced(i, j):
            return None
        key = self.keys[j]
        if not key.startswith("ال") or key in self.stop or self.word_num(j) is not None:
            return None
        if self.is_cue("fracnot", key) or self.match(self.units, j, 1)[0]:
            return None
        f = _Fig(i, i, Decimal(str(w[0].value)), kind="other", words=True)
        if w[2]:
            f.start = self.toks[i].start + 1  # «وربع السكان»: the conjunction is not the figure
        f.counts = self.phrase_after(j, 3)
        return [f], j

    def in_name(self, i: int, last: int) -> bool:
        """«عبد الرحمن بن سبعين», «أبو ثلاثين»: a number word after a kinship link of a name is a
        family name (unless a unit follows: «ابن ثلاثين عاما» is an age)."""
        if self.lang != "ar" or i < 1 or not self.spaced(i - 1, i) or self.toks[i].kind != "word":
            return False
        if not self.is_cue("namelink", self.keys[i - 1]):
            return False
        return not (last + 1 < self.n and self.spaced(last, last + 1) and self.match(self.units, last + 1)[0])

    def period_before(self, i: int) -> bool:
        """A time noun right before the ordinal («الأسبوع الأول», «العشرة أيام الأولى»): the
        ordinal numbers that period, it is no day of the month."""
        size, entry = self.match(self.units, i - 1, 1) if i >= 1 else (0, None)
        return bool(size) and isinstance(entry, UnitEntry) and entry.kind in ("duration", "dual-duration")

    def coordinated_ordinal_head(self, i: int) -> int | None:
        """«الربعين الأول والثاني», «بالمرتبتين الخامسة عشرة والرابعة عشرة»: an ordinal joined
        by «و» right after a listed ordinal (one that numbers the noun before it) numbers that
        noun too. Returns the first ordinal's token, or None."""
        if not self.keys[i].startswith("وال") or i < 2 or not self.spaced(i - 1, i):
            return None
        k = i - 1
        w = self.word_num(k)
        if w is not None and w[0].type == "teen" and k >= 2:
            k -= 1
            w = self.word_num(k)
        if w is None or w[0].type != "ord" or not self.keys[k].startswith("ال"):
            return None
        if k < 1 or self.toks[k - 1].kind != "word" or self.word_num(k - 1) is not None:
            return None
        if self.cue_before("time", k, 1):
            return None  # «بين الساعة الثالثة والخامسة»: clock hours
        listed = (
            self.after_definite_noun(k)
            or self.after_possessed_noun(k)
            or self.cue_before("ordctx", k, 1)
            or self.cue_before("rank", k, 1)
        )
        return k if listed else None

    def feminine_ordinal(self, k: int) -> bool:
        """The ordinal word at ``k`` is feminine («الرابعة», «الأولى»): ordinals of one series
        agree with their noun, so they share it."""
        return self.keys[k].endswith(("ه", "اولي"))

    def construct_period(self, i: int, j: int, value: Decimal, definite: bool) -> bool:
        """«سادس أسبوع», «ثالث يوم»: an indefinite ordinal in construct with a singular time noun
        numbers that period (the first, «أول», is too loose to list)."""
        if definite or value < 2 or j >= self.n or self.toks[j].kind != "word" or not self.spaced(i, j):
            return False
        if self.keys[i].startswith(("و", "ف")) or self.keys[i].endswith("ه"):
            return False  # «وثالث», and «ثانية» (a second of time)
        key = self.keys[j]
        base = key[:-1] if key.endswith("ا") else key
        return not key.startswith("ال") and self.is_cue("timeunit_one", "ال" + base)

    def ar_lone_period(self, i: int) -> bool:
        """«طيلة أسبوع», «لمدة عام», «أسبوعا بعد إصابته»: a singular indefinite time noun says
        one of it when a word of length governs it or when it stands in the accusative before
        «بعد»/«قبل»; not in a construct («طيلة يوم الجمعة», «طوال شهر رمضان») or before a number
        («لمدة عام 2015»)."""
        key = self.keys[i]
        base = key[:-1] if key.endswith("ا") else key
        if key.startswith("ال") or base in _lone_period_exceptions_ar() \
                or not self.is_cue("timeunit_one", "ال" + base):
            return False  # «طوال اليوم»: the whole day; «مدة عقد»: a contract as often as a decade
        nxt = i + 1
        if nxt < self.n and self.spaced(i, nxt):
            after = self.keys[nxt]
            if self.toks[nxt].kind == "num" or after.startswith("ال") or self.match(months(), nxt, 1)[0]:
                return False
            if after == "امس" or (after == "بعد"
                                  and (self.key(nxt + 1) == base or self.key(nxt + 1) in _ar_other())):
                return False  # «طوال يوم أمس»; «يوما بعد يوم»: day after day, no length
            if self.word_num(nxt) is not None or self.match(self.units, nxt, 1)[0]:
                return False  # «عام واحد», «عام ونصف»: read with the number word
        prev = self.key(i - 1)
        governed = i >= 1 and self.spaced(i - 1, i) and (
            prev in _duration_heads_ar() or prev[1:] in _duration_heads_ar()
        )
        adverbial = key.endswith("ا") and self.key(nxt) in _ar_before_after()
        return governed or adverbial

    def series_ordinal_head(self, i: int, value: Decimal) -> int | None:
        """«المرتبة الأولى خليجيا والثانية عربيا», «في المستوى الأول ...، وفي الثاني ...»: Arabic
        drops the noun of the next ordinals of a series, so a definite ordinal with no noun of
        its own numbers the noun of the ordinal just before it in the sentence when it follows
        on from it (value one more). Not after a definite noun of its own («الصف الثاني») or in a
        month name («كانون الثاني»). Returns the earlier ordinal's token, or None."""
        before = i - 1
        if before >= 0 and self.toks[before].kind == "word" and self.spaced(before, i):
            own_noun = self.keys[before].startswith(("ال", "وال", "بال", "لل", "فال"))
            if own_noun or self.match(months(), before, 2)[0] == 2:
                return None
        for k in range(i - 1, max(-1, i - 40), -1):
            if self.keys[k] in _CLAUSE_END and self.keys[k] not in (",", "،"):
                return None  # the sentence ends: no series
            w = self.word_num(k)
            if w is None or w[0].type != "ord" or not self.keys[k].startswith(("ال", "وال")):
                continue
            nxt = self.word_num(k + 1)
            compound = nxt is not None and nxt[0].type in ("teen", "ten")
            if Decimal(str(w[0].value)) != value - 1 or k < 1 or compound:
                return None  # «الحادي عشر»: a compound, or an ordinal that does not lead to this one
            if self.feminine_ordinal(k) != self.feminine_ordinal(i):
                return None  # «المرتبة الرابعة ... محمد الخامس»: no agreement, no series
            listed = (
                self.after_definite_noun(k)
                or self.cue_before("ordctx", k, 1)
                or self.cue_before("rank", k, 1)
            )
            if listed:
                return None if self.regnal_number(k) else k
            return self.series_ordinal_head(k, value - 1)  # «وفي الثالث» after «وفي الثاني»
        return None

    def regnal_number(self, i: int) -> bool:
        """«الملك عبدالله الثاني», «الملكة إليزابيث الثانية», «البابا يوحنا بولس الثاني»: a
        definite ordinal after one to three name words that follow a ruler's title is the regnal
        number of that name, not a figure (the gold excludes «محمد السادس»). The name words carry
        no article (a hamza makes «إليزابيث» a name, not «ال» + noun)."""
        k = i - 1
        while k >= 0 and i - k <= 4 and self.toks[k].kind == "word" and self.spaced(k, k + 1):
            key = self.keys[k]
            bare = "ال" + key[3:] if key.startswith(("وال", "بال")) else key
            bare = "ال" + key[2:] if key.startswith("لل") else bare
            if bare in _regnal_titles_ar() or key in _regnal_titles_ar():
                return k < i - 1
            if self.word_num(k) is not None or key in self.stop:
                return False
            if key.startswith("ال") and self.text[self.toks[k].start] not in "أإ":
                return False  # «الأمير المرحلة الثانية»: an article, a noun; «إليزابيث» is a name
            k -= 1
        return False

    def ends_in_ta_marbuta(self, k: int) -> bool:
        """The word at token ``k`` is written with a final «ة» (folded to «ه»): a feminine
        noun, not a noun with the pronoun «ه» («دورته» his session, «مجموعة» a group)."""
        return self.text[self.toks[k].end - 1] == "ة"

    def after_possessed_noun(self, i: int) -> bool:
        """«يومها», «دورته», «نسختها» right before a definite ordinal word: a noun made definite by
        its pronoun, which the ordinal numbers («في يومها العاشر»)."""
        k = i - 1
        if k < 0 or self.toks[k].kind != "word" or not self.spaced(k, i):
            return False
        key = self.keys[k]
        return (
            key.endswith(("ها", "ه", "هم"))
            and not key.startswith(("ال", "وال", "بال", "لل"))
            and len(key) >= 4
            and self._content(k)
            and not self.is_cue("skip", key)
            and self.word_num(k) is None
        )

    def general_adjective(self, j: int) -> bool:
        """«العام» right after a definite or possessed noun is the adjective "general", not the
        year: «المحامي العام الأول», «اجتماعها العام الثالث» number no year."""
        if self.keys[j] != "العام" or j < 1 or self.toks[j - 1].kind != "word" or not self.spaced(j - 1, j):
            return False
        prev = self.keys[j - 1]
        if prev in self.stop or self.word_num(j - 1) is not None:
            return False
        return prev.startswith("ال") or prev.endswith(("ها", "هم", "هن", "نا"))

    def after_definite_noun(self, i: int) -> bool:
        """A definite ordinal word agreeing with the definite noun before it numbers that thing
        («المرحلة الثانية», «بالشيك الأول»), unless the pair is a title, an idiom or a regnal name
        («الوزير الأول», «للوهلة الأولى», «الحسن الثاني»: the ``ordnot`` cues), or a reference
        («المادة السادسة», like «المادة 6»: the ``ident`` cues)."""
        prev = i - 1
        if prev < 0 or self.toks[prev].kind != "word" or not self.spaced(prev, i):
            return False
        key = self.keys[prev]
        if not key.startswith(("ال", "وال", "بال", "لل", "فال", "كال", "وبال", "ولل")) or len(key) < 5:
            return False
        if key in self.stop or self.word_num(prev) is not None or self.match(months(), prev, 1)[0]:
            return False
        word = self.text[self.toks[i].start : self.toks[i].end]
        if word.endswith("ي") and self.keys[i].endswith("اولي") and not key.endswith("ه"):
            return False  # «التقرير الأولي»: the adjective «أوّلي» (preliminary), not «الأولى»
        return not any(self.is_cue(role, k) for role in ("ordnot", "ident") for k in (key, key[1:]))

    def special_raw(self, core: _Core, i: int) -> tuple[list[_Fig], int] | None:
        """Digit runs that are not one number: clock times, numeric dates, ranges, identifiers."""
        raw = core.raw
        assert raw is not None
        t = self.toks[i]
        if (
            raw.kind == "range"
            and raw.value is not None
            and raw.second is not None
            and raw.value <= 150
            and raw.second <= 150
            and self.score_context(i)
            and not self.match(self.units, i + 1)[0]  # "led by X, it expects 3-5% growth": a range
            and not self.match(months(), i + 1)[0]
            and not (
                self.lang in ("en", "fr")
                and i + 1 < self.n
                and self.spaced(i, i + 1)
                and self._content(i + 1)
                and self.text[self.toks[i + 1].start].islower()
                and not self.is_cue("score", self.keys[i + 1])
                and self.keys[i + 1] not in _score_nouns()
            )  # "10-12 new stores" is a range of counts
        ):
            return [_Fig(i, i, raw.value, kind="score")], i + 1  # "beat Arsenal 2-1": no model number
        if raw.kind == "ident" and (score := self.slash_score(i)) is not None:
            return [_Fig(i, i, score, kind="score")], i + 1
        if raw.kind == "ident" or self.is_identifier(i, core):
            return [], i + 1
        if raw.kind == "time":
            if self.score_context(i) and self.score_like_time(i, raw):
                return [_Fig(i, i, raw.value or Decimal(0), kind="score")], i + 1
            return [_Fig(i, i, raw.value or Decimal(0), kind="time")], i + 1
        if raw.kind == "date":
            return [_Fig(i, i, raw.value or Decimal(0), kind="date")], i + 1
        if raw.kind == "racetime" and raw.value is not None:
            f = _Fig(i, i, raw.value, kind="duration")
            f.counts = self.race_of(f)
            return [f], i + 1
        if raw.kind == "range" and raw.value is not None:
            left_len = t.key.index("-")
            a = _Fig(i, i, raw.value, end=t.start + left_len)
            figs = [a]
            if raw.second is not None:
                b = _Fig(i, i, raw.second, start=t.start + left_len + 1)
                figs.append(b)
            size, _m = self.match(months(), i + 1) if self.spaced(i, i + 1) else (0, None)
            if size and raw.second is not None and 1 <= raw.value <= 31 and 1 <= raw.second <= 31:
                for f in figs:
                    f.kind = "date"  # «(5-8 أكتوبر)», "from 4-6 March"
                figs[-1].last = i + size
                figs[-1].end = None
                return figs, self.date_year(figs[-1], i + size + 1)
            after, scaled = self.range_scale(figs, i)
            fake = _Core(i, after - 1, raw.value, False, scaled)
            j = self.suffix(figs[-1], fake, after)
            if self.lang == "ar" and figs[-1].kind == "duration":
                self.age_context(figs[-1], j)  # «وتتراوح أعمار المشاركات ما بين 5-8 سنوات»: ages
            for f in figs:
                if (
                    raw.plain
                    and 1800 <= f.value <= 2100
                    and f.value == int(f.value)
                    and figs[-1].kind == "count"
                ):
                    f.kind = "year"
                elif f is not figs[-1]:
                    f.kind, f.unit = figs[-1].kind, figs[-1].unit
                    if f.kind == "money":
                        second = raw.second * scaled if raw.second else None
                        if second and figs[-1].value:
                            f.value = f.value / (second / figs[-1].value)
            for f in figs:
                if f.kind in ("count", "percent", "money", "measure"):
                    self.find_counts(f)
            if figs[-1].last > i:
                figs[-1].end = None
            return figs, max(j, i + 1)
        return [], i + 1

    def rank_context(self, fig: _Fig) -> None:
        """«البلدان العشرة الأوائل», "ranked 3rd", «المرتبة الـ5»: a rank, not a count."""
        if fig.kind not in ("count", "ordinal"):
            return
        after = fig.last + 1
        if (
            self.lang == "ar"
            and fig.kind == "count"
            and after < self.n
            and self.is_cue("rank_after", self.key(after))
            and self.toks[fig.first].kind == "word"
            and self.key(fig.first).startswith(("ال", "وال"))
        ):
            fig.kind = "rank"
            if fig.counts is None:
                fig.counts = self.phrase_before(fig.first, 2)
            return
        if fig.kind == "ordinal" and self.cue_before("rank", fig.first, 2):
            fig.kind = "rank"
            if fig.counts is None or self.is_cue("placeverb", self.key(fig.first - 1)):
                fig.counts = self.finisher(fig.first) or fig.counts  # "ranked 11th", "and sit 18th"
