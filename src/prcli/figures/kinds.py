"""The kind and unit of a figure from the words right after it: percent, currency, unit and
scale suffixes, halves, dates and years, ages and French clock hours.
"""

from __future__ import annotations

from decimal import Decimal

from prcli.figures.base import _Core, _Fig
from prcli.figures.identifiers import _Identifiers
from prcli.figures.lexicon import UnitEntry, months, norm_word
from prcli.figures.wordlists import (
    _AR_SENTENCE_END,
    _adverbs_ar,
    _age_heads_ar,
    _age_units,
    _ar_year_nouns,
    _definite_en_ar,
    _duration_heads_ar,
    _duration_nouns,
    _fr_de,
    _fr_demi,
    _fr_hours,
    _fr_possessive_determiners,
    _fr_verb_subjects,
    _fr_years_of_age,
    _in_since,
    _lang_words,
    _of_de,
    _of_min,
    _one_determiners_en,
    _one_idioms_en,
    _term_words_fr,
    _time_suffix,
    _unit_fillers,
    _vague_partitive,
    _year_leads,
)
from prcli.text.arabic_shapes import ar_nisba_ending
from prcli.text.resources import lazy_words

#: «توفي», «الاعتزال»: a life or a career ends; «عن N عاما» after it is an age (life_end_at)
_life_end_ar = lazy_words("prcli.figures", "life_end_ar.txt", convert=norm_word)

#: «ال» with the clitics that may precede it («للخمسة», «وبالثلاثة»)
_DEFINITE_AR = ("ال", "لل", "بال", "وال", "فال", "كال", "ولل", "وبال")
#: «الأعوام», «الأيام»: definite plural time nouns, the unit after a definite cardinal word.
_definite_time_plurals_ar = lazy_words("prcli.figures", "definite_time_plurals_ar.txt", convert=norm_word)
#: «الخمس», «الست»: definite cardinals that count only after the definite noun they qualify.
_definite_amb_ar = lazy_words("prcli.figures", "definite_amb_numbers_ar.txt", convert=norm_word)

#: «الأطفال دون خمس سنوات»: people, then under/over, then years: an age.
_age_people_ar = lazy_words("prcli.figures", "age_people_ar.txt")
_over_under_ar = lazy_words("prcli.figures", "over_under_ar.txt")
#: «آن», «صوت», «رقم»: nouns before «واحد» in an idiom (``ar_one_after_noun``).
_one_idioms_ar = lazy_words("prcli.figures", "one_idioms_ar.txt", convert=norm_word)
#: «واحد», «واحدة», «واحدا» (folded): the forms of «one» read as an adjective after its noun.
_one_forms_ar = lazy_words("prcli.figures", "one_forms_ar.txt")
#: the Arabic short vowels and tanween, left off a word's end before its ending is read
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653))


class _Kinds(_Identifiers):
    """Kind and unit from the words after a number; dates, years and ages."""

    # ----------------------------------------------------------------- after the number
    def suffix(self, fig: _Fig, core: _Core, j: int) -> int:
        """Ordinal endings, percent, currency, unit and time words after the number."""
        lang = self.lang
        if (
            any(self.toks[x].key == ")" for x in range(core.first, core.last + 1))
            and self.key(core.first - 1) == "("
        ):
            fig.first = min(fig.first, core.first - 1)
        elif (
            self.key(j) == ")"
            and self.key(core.first - 1) == "("
            and self.spaced(j - 1, j)
            and self.match(self.units, j + 1)[0]
            and self.spaced(j, j + 1)
        ):
            fig.first = min(fig.first, core.first - 1)
            j += 1
        if j < self.n and not core.words and self.adjacent(j - 1, j):
            k = self.toks[j].key
            if k in _lang_words("ordinal_suffixes", lang) and not (
                j + 1 < self.n and self.adjacent(j, j + 1) and self.toks[j + 1].kind == "word"
            ):
                fig.last, fig.kind = j, "ordinal"
                size, _m = self.match(months(), j + 1) if self.spaced(j, j + 1) else (0, None)
                if size and core.value <= 31:
                    fig.kind, fig.last = "date", j + size
                    return self.date_year(fig, fig.last + 1)
                self.counts_ordinal(fig)
                return j + 1
            if lang == "fr" and k == "h" and core.value <= 24:
                fig.last, fig.kind = j, "time"
                if j + 1 < self.n and self.toks[j + 1].kind == "num" and self.adjacent(j, j + 1):
                    fig.last = j + 1
                return fig.last + 1
        if (
            (j < self.n and self.toks[j].key in _time_suffix())
            or (self.key(j) in ("a", "p") and self.key(j + 1) == "." and self.key(j + 2) == "m")
        ) and (core.value <= 24 and lang in ("en", "ar") and self.spaced(j - 1, j)):
            fig.kind = "time"
            fig.last = j + 2 if self.key(j) in ("a", "p") else j
            if lang == "en" and self.key(fig.last + 1) == ".":
                fig.last += 1
            return fig.last + 1
        j = self.half_scale(fig, j)
        # an English adjective: a 10-year plan, a 25-year-old man
        hyphen = lang == "en" and self.key(j) == "-" and self.adjacent(j - 1, j) and self.adjacent(j, j + 1)
        uj = j + 1 if hyphen else j
        if self.key(uj) in _unit_fillers() and self.spaced(uj - 1, uj) and self.spaced(uj, uj + 1):
            size, entry = self.match(self.units, uj + 1)
            if size and isinstance(entry, UnitEntry) and entry.kind == "duration":
                uj += 1
        if core.scale > 1 and self.is_cue("partitive", self.key(j)) and self.spaced(j - 1, j):
            pk = j + 1
            if self.key(pk) in ("'", "’"):
                pk += 1
            if self.key(pk) in _definite_en_ar():
                pk += 1
            size, entry = self.match(self.units, pk) if pk < self.n else (0, None)
            if size and isinstance(entry, UnitEntry) and entry.kind in ("money", "measure"):
                uj = pk
        size, entry = (
            self.match(self.units, uj)
            if uj < self.n and (hyphen or uj != j or self.spaced(uj - 1, uj))
            else (0, None)
        )
        if (
            size
            and isinstance(entry, UnitEntry)
            and entry.kind == "duration"
            and uj + size < self.n
            and self.toks[uj + size].kind == "num"
            and len(self.keys[uj + size]) == 4
            and self.keys[uj + size].isdecimal()  # "27 minutes 5.88 seconds": a race time goes on
            and self.spaced(uj + size - 1, uj + size)
        ):
            size = 0  # «3498 سنة 2011», "1,200 in year 2004": the time word names the year after it
        if (
            size
            and self.lang == "ar"
            and isinstance(entry, UnitEntry)
            and entry.kind == "duration"
            and self.is_cue("weekday", self.key(uj + size))
        ):
            size = 0  # «السباق الـ7 و8 يوم الجمعة»: «يوم» names the day after it
        if (
            size
            and self.lang == "ar"
            and isinstance(entry, UnitEntry)
            and entry.kind == "duration"
            and self.keys[uj].startswith("ال")
            and not self.definite_cardinal(fig, uj)
        ):
            size = 0  # «إلى 51.0 الشهر المقبل»: a definite time word is when, not the unit
        if (
            size
            and isinstance(entry, UnitEntry)
            and entry.kind == "fraction"
            and self.key(uj + size) == "-"
            and self.adjacent(uj + size - 1, uj + size)
        ):
            size = 0  # "one fifth-placed team": an ordinal in a compound, not a share
        if size and isinstance(entry, UnitEntry) and fig.kind != "money":
            e = entry
            kind = e.kind.replace("dual-", "")
            if kind in ("percent", "pp"):
                fig.kind, fig.unit = "percent", e.unit
            elif kind == "money":
                fig.kind, fig.unit = "money", e.unit
                fig.factor = Decimal(str(e.factor))
                fig.value = fig.value / fig.factor
            elif kind == "measure":
                fig.kind, fig.unit = "measure", e.unit
            elif kind == "duration":
                fig.kind = "duration"
            elif kind == "fraction":  # «deux tiers des Français»: a share, 2/3
                fig.kind = "other"
                quantum = Decimal("0.0001")  # every language: "one in six", «deux tiers», «ثلث»
                fig.value = (fig.value * Decimal(str(e.factor))).quantize(quantum)
                fig.counts = self.phrase_after(uj + size, 3, partitive=True)
            fig.last = uj + size - 1
            j = fig.last + 1
            if hyphen and self.key(j) == "-" and self.key(j + 1) in ("old", "olds"):
                fig.kind, fig.last, j = "age", j + 1, j + 2
            j = self.add_half(fig, j)
        return j

    def definite_cardinal(self, fig: _Fig, uj: int) -> bool:
        """«خلال العشرة الأعوام المقبلة», «للخمسة الأيام القادمة»: a cardinal word with the article
        agrees with the definite time noun right after it, which is then its unit (a duration);
        after digits («إلى 51.0 الشهر المقبل») the definite time word says when."""
        return (
            self.lang == "ar"
            and fig.words
            and uj == fig.last + 1
            and fig.first == fig.last
            and 3 <= fig.value <= 10
            and self.keys[fig.first].startswith(_DEFINITE_AR)
            and self.keys[uj] in _definite_time_plurals_ar()
            and self.spaced(fig.last, uj)
            and not (self.key(fig.first - 1).startswith("ال") and self.keys[fig.first].startswith("ال"))
            # «الفرق الأربعة الأيام الماضية»: after a definite noun the cardinal is its adjective
        )

    def vague_tail(self, fig: _Fig) -> None:
        """«centaines de milliers», "hundreds of thousands", «عشرات الآلاف»: one rough amount."""
        j = fig.last + 1
        k = j
        while k < self.n and k - j < 2 and self.key(k) in _vague_partitive():
            k += 1
        w = self.word_num(k)
        if w is not None and w[0].type in ("vague", "scale") and w[0].value >= 1000 and self.spaced(k - 1, k):
            fig.value *= Decimal(str(w[0].value))
            fig.last = k
            self.vague_money(fig)
            return
        size, entry = self.match(self.units, k, 2) if k > j and k < self.n else (0, None)
        if size and isinstance(entry, UnitEntry) and entry.kind in ("duration", "measure"):
            fig.kind, fig.unit, fig.last = entry.kind, entry.unit, k + size - 1  # une quinzaine de minutes
        elif k > j:
            self.vague_money(fig)

    def vague_money(self, fig: _Fig) -> None:
        """«quelques dizaines de milliers de francs», «des milliers de livres»: a rough amount of a
        currency is money (French copy; the currency follows «de»)."""
        if self.lang != "fr":
            return
        k = fig.last + 1
        while k < self.n and k - fig.last <= 2 and self.key(k) in _vague_partitive():
            k += 1
        size, entry = self.match(self.units, k, 2) if k > fig.last + 1 and k < self.n else (0, None)
        if size and isinstance(entry, UnitEntry) and entry.kind == "money" and entry.factor == 1:
            fig.kind, fig.unit, fig.last = "money", entry.unit, k + size - 1

    def half_scale(self, fig: _Fig, j: int) -> int:
        """«مليون ونصف المليون يورو», «3 مليارات ونصف»: half of the scale word is added before the
        currency or unit that follows; returns the token where the unit may start."""
        if self.lang != "ar" or fig.scale <= 1 or j >= self.n or not self.spaced(j - 1, j):
            return j
        if self.keys[j] == "ونصف":
            nxt = j + 1
        elif self.keys[j] == "و" and self.key(j + 1) == "نصف":
            nxt = j + 2
        else:
            return j
        fig.value += Decimal("0.5") * fig.scale
        fig.last = nxt - 1
        scale = self.word_num(nxt) if nxt < self.n else None
        if (
            scale is not None
            and scale[0].type == "scale"
            and Decimal(str(scale[0].value)) == fig.scale
            and self.spaced(nxt - 1, nxt)
        ):
            fig.last = nxt  # «ونصف المليون», «ونصف مليون»: the same scale again
        return fig.last + 1

    def add_half(self, fig: _Fig, j: int) -> int:
        """«ساعتين ونصف», «مترين ونصف المتر», "and a half", «et demie»."""
        k = self.key(j)
        if k in ("ونصف",) and self.spaced(j - 1, j):
            fig.value += Decimal("0.5") * fig.scale
            fig.last = j
            if (
                self.key(j + 1).startswith("ال")
                and self.spaced(j, j + 1)
                and self.match(self.units, j + 1)[0]
            ):
                fig.last = j + 1
            return fig.last + 1
        if k == "و" and self.key(j + 1) == "نصف":
            fig.value += Decimal("0.5") * fig.scale
            fig.last = j + 1
            return j + 2
        if k == "et" and self.key(j + 1) in _fr_demi():
            fig.value += Decimal("0.5") * fig.scale
            fig.last = j + 1
            return j + 2
        return j

    def date_or_year(self, fig: _Fig, core: _Core, j: int) -> int:
        """Day + month [+ year] is a date; a four-digit number with no unit is a year."""
        v = core.value
        if (
            self.lang == "ar"
            and self.key(j) == "م"
            and (self.adjacent(j - 1, j) or self.spaced(j - 1, j))
            and not (core.digits == 4 and 1300 <= v <= 2100)
            and (j + 1 >= self.n or not self.adjacent(j, j + 1) or self.toks[j + 1].kind == "punct")
        ):
            fig.kind, fig.unit, fig.last = "measure", "m", j  # «سباق 800م», «بمساحة 1000 م»
            return j + 1
        if 1 <= v <= 31 and v == int(v):
            end = self.day_of_month(j)
            if end is not None:
                fig.kind = "date"
                if end >= j:
                    fig.last = end
                    return self.date_year(fig, fig.last + 1)
                return j
        if core.digits == 3 and v == int(v) and self.key(j) in ("ه", "هـ") and self.spaced(j - 1, j):
            fig.kind, fig.last = "year", j  # «المزداد في 661 هـ»: an early Hijri year
            return j + 1
        if core.digits == 4 and v == int(v):
            y = int(v)
            hijri = self.key(j) in ("ه", "هـ") and self.spaced(j - 1, j)
            greg = self.key(j) == "م" and self.spaced(j - 1, j)
            if hijri or greg:
                fig.kind, fig.last = "year", j
                return j + 1
            named_event = (
                self.lang in ("en", "fr")
                and self.key(fig.first - 1) in _of_de()
                and fig.first >= 2
                and self.toks[fig.first - 2].kind == "word"
                and (
                    self.text[self.toks[fig.first - 2].start].isupper()
                    or (self._content(fig.first - 2) and not (j < self.n and self._content(j)))
                )
            )  # «la Révolution de 1789», "the Battle of 1066", «les révolutionnaires de 1789 qui»
            if (
                1800 <= y <= 2100
                or (1000 <= y < 1800 and (self.cue_before("year", fig.first, 1) or named_event))
                or (
                    1000 <= y <= 3000
                    and self.ar_year_noun_before(fig.first)
                    and not self.ar_counted_after(j)
                )
            ):
                if self.cue_before("approx", fig.first, 2) and not (
                    self.lang == "en" and self.key(fig.first - 1) in _in_since()
                ):
                    return j  # "fewer than 2000 people"; "fewer than in 2003" is a year
                nxt = self.key(j)
                if (
                    nxt in _of_min()
                    and self.toks[j].kind == "word"
                    and not self.cue_before("year", fig.first)
                    and j + 1 < self.n
                    and self.toks[j + 1].kind == "word"
                ):
                    return j
                if (
                    self.lang == "ar"
                    and j < self.n
                    and self.toks[j].kind == "word"
                    and self.spaced(j - 1, j)
                    and len(nxt) >= 3
                    and nxt.endswith("ا")
                    and not nxt.startswith("ال")
                    and nxt not in _adverbs_ar()
                    and not self.cue_before("year", fig.first, 2)
                ):
                    return j  # «1987 صوتا»: a counted noun in the accusative, not a year
                if (
                    self.lang == "fr"
                    and j < self.n
                    and self.toks[j].kind == "word"
                    and self.spaced(j - 1, j)
                    and len(nxt) > 3
                    and nxt.endswith(("s", "x"))
                    and self.text[self.toks[j].start].islower()
                    and self._content(j)
                    and not self.verb_like(j)
                    and not self.timeish(j)
                    and not self.cue_before("year", fig.first, 2)
                ):
                    return j  # «a dénombré 2000 manifestants»: a plural noun after it, a count
                fig.kind = "year"
        return j

    def ar_year_noun_before(self, i: int) -> bool:
        """«حتى العام الماضي 1435», «رأس السنة الأمازيغية الجديدة 2969»: the year noun and its
        definite adjectives before four digits make them a year of any calendar (a Hijri year
        written without «هـ»)."""
        if self.lang != "ar":
            return False
        k = i - 1
        for _ in range(2):
            if k < 1 or self.toks[k].kind != "word" or not self.keys[k].startswith("ال"):
                return False
            if self.word_num(k) is not None or not self.spaced(k, k + 1):
                return False
            if self.is_cue("year", self.keys[k - 1]) and self.spaced(k - 1, k):
                return True
            k -= 1
        return False

    def ar_counted_after(self, j: int) -> bool:
        """An indefinite noun right after the number at ``j - 1`` is what it counts («1500 زائر»),
        so the number is no year; a preposition, an article or a verb with «ل» may follow a year."""
        if j >= self.n or self.toks[j].kind != "word" or not self.spaced(j - 1, j):
            return False
        key = self.keys[j]
        if key in self.stop or key.startswith(("ال", "ب", "ل", "و", "ف")):
            return False
        return self._content(j)

    def day_of_month(self, j: int) -> int | None:
        """After a day number at ``j - 1``: the last token of the month that makes it a date
        («12 مارس», «12 من شهر مارس», "12 of March"), ``j - 1`` when the month is only referred to
        («25 من الشهر الجاري»: a date, the month not named), else None."""
        k = j
        if self.lang == "ar" and self.key(k) == "من":
            k += 1
            if self.cue_at("monthref", k):
                return j - 1
            if self.is_cue("monthword", self.key(k)) and self.spaced(k, k + 1):
                k += 1
        if not (k < self.n and self.spaced(k - 1, k)):
            return None
        size, entry = self.match(months(), k)
        if size and isinstance(entry, tuple) and self.month_ok(k, size):
            return self.month_alias(k + size - 1)
        return None

    def month_alias(self, end: int) -> int:
        """«تموز/يوليو», «أيار (مايو)»: a second name of the same month after the first one
        belongs to the date (so a year after it does too). Returns the last token of the month."""
        k = end + 1
        if self.key(k) not in ("/", "(") or not self.spaced(end, k):
            return end
        size, _m = self.match(months(), k + 1) if self.spaced(k, k + 1) else (0, None)
        if not size:
            return end
        last = k + size
        if self.key(k) == "(":
            return last + 1 if self.key(last + 1) == ")" else end
        return last

    def date_year(self, fig: _Fig, j: int) -> int:
        """An optional year after a day and month: «25 شوال 1436 هـ», "March 24, 2014"."""
        k = j
        if self.key(k) == ",":
            k += 1
        if self.lang == "ar" and self.key(k) == "من" and self.key(k + 1) in _ar_year_nouns():
            k += 1  # «21 يوليو من عام 1969»
        if self.key(k) in _year_leads():
            k += 1
        if (
            k < self.n
            and self.toks[k].kind == "num"
            and len(self.toks[k].key) == 4
            and self.toks[k].key.isdecimal()
            and self.spaced(k - 1, k)
        ) or (
            k < self.n
            and self.toks[k].kind == "num"
            and self.key(k - 1) == ","
            and len(self.toks[k].key) == 4
            and self.toks[k].key.isdecimal()
        ):
            fig.value = Decimal(self.toks[k].key)
            fig.last = k
            if self.key(k + 1) in ("ه", "م") and self.spaced(k, k + 1):
                fig.last = k + 1
            return fig.last + 1
        return j

    def month_ok(self, k: int, size: int) -> bool:
        """English "may"/"mar"/"dec" and Arabic «آب», «صفر» are months only next to a number
        (already the case here) and, in English, when capitalised."""
        if self.lang == "en":
            return self.text[self.toks[k].start].isupper()
        return True

    def duration_head_before(self, first: int, window: int) -> bool:
        """A length-of-time noun («مدة», «طوال») within ``window`` words before token ``first``
        with no age noun after it («طوال عمره البالغ 70 عاما» is an age)."""
        for k in range(1, window + 1):
            key = self.keys[first - k]
            if key in _age_heads_ar():
                return False
            if key in _duration_heads_ar():
                return True
        return False

    def age_context(self, fig: _Fig, j: int) -> None:
        span = range(fig.first, fig.last + 1)
        if not any(self.keys[k] in _age_units() or self.keys[k][1:] in _age_units() for k in span):
            return  # «قبل أربعة أيام»: days and hours are not ages
        window = 4
        for k in range(1, 5):
            if fig.first - k < 0 or self.toks[fig.first - k].kind == "num":
                window = k - 1
                break
        if self.lang == "ar" and window and self.duration_head_before(fig.first, window):
            return  # «تبلغ مدة الدراسة سنتين»: the length of the course, not an age
        if (window and self.cue_before("age", fig.first, window)) or self.cue_at("age_after", j):
            fig.kind = "age"
            return
        if window and self.lang == "ar" and self.cue_before("age_next", fig.first, 1):
            fig.kind = "age"  # «إنتاج 4 سنوات» in a race card
            return
        if self.ar_people_under(fig.first):
            fig.kind = "age"
            return
        if self.lang == "ar" and self.life_end_at(fig.first):
            fig.kind = "age"  # «رحل قبل عامين عن 64 عاما»
            return
        if (
            self.lang == "fr"
            and self.key(fig.first - 1) == "de"
            and self.keys[fig.last] in _fr_years_of_age()
            and fig.first >= 2
            and self._content(fig.first - 2)
            and self.keys[fig.first - 2] not in _duration_nouns()
            and not self.fr_years_of(j)
        ):
            fig.kind = "age"  # «un intérimaire de 44 ans»; not «le résultat de 40 ans de choix»
            return
        if self.fr_age_phrase(fig, j):
            fig.kind = "age"
            return
        # «Thierry, 51 ans, carrossier», «محمد، 30 عاما،»: an apposition after a name
        f = fig.first
        if (
            self.key(f - 1) == ","
            and f >= 2
            and self.toks[f - 2].kind == "word"
            and (self.key(j) in (",", ")") or (self.lang == "fr" and self.key(j) == "et"))
            and (self.lang == "ar" or self.text[self.toks[f - 2].start].isupper())
        ):
            fig.kind = "age"  # also «Monique, 63 ans et retraitée»
            return
        if (
            self.lang == "fr"
            and self.keys[fig.last] in _fr_years_of_age()
            and self.key(j) not in _fr_de()
            and (
                self.key(f - 1) in _fr_possessive_determiners()
                or (
                    self.key(f - 1) == "à"
                    and (pk := self.key(f - 3 if self.key(f - 2) in ("'", "’") else f - 2))
                    not in _duration_nouns()
                    and pk not in _term_words_fr()
                    and not pk.startswith("condamn")
                )
            )
        ):
            fig.kind = "age"  # «fêter ses 50 ans», «une prothèse à 42 ans»; not «condamné à 3 ans de prison»
            return
        if self.key(fig.first - 1) == "(" and self.key(fig.last + 1) == ")":
            fig.kind = "age"

    def life_end_at(self, first: int) -> bool:
        """«توفي … عن 71 عاما», «قرر الاعتزال عن 40 عاما»: «عن» right before the years and a verb
        or noun ending a life or a career a few words before it: the age it ended at."""
        if first < 2 or self.keys[first - 1] != "عن":
            return False
        for k in range(first - 2, max(-1, first - 7), -1):
            if self.keys[k] in _AR_SENTENCE_END or self.toks[k].kind == "num":
                return False
            if self.keys[k] in _life_end_ar():
                return True
        return False

    def ar_people_under(self, first: int) -> bool:
        """«وفيات الأطفال دون خمس سنوات», «المسنين فوق 65 عاما»: years after people (up to three
        words back) and «دون», «تحت» or «فوق» are their age (children under five), not a duration."""
        if self.lang != "ar" or self.key(first - 1) not in _over_under_ar():
            return False
        if not self.spaced(first - 1, first):
            return False
        for k in range(first - 2, max(first - 5, -1), -1):  # «الأطفال في العالم تحت خمس سنوات»
            if self.toks[k].kind != "word":
                return False
            if self.keys[k] in _age_people_ar():
                return True
        return False

    def fr_clock_hours(self, fig: _Fig, j: int) -> None:
        """«samedi à 16 heures», «jusqu'à 20 heures»: whole hours after «à» are a clock time;
        «condamné à 20 heures de travaux» (hours of something) stays a duration."""
        if (
            self.lang == "fr"
            and fig.kind == "duration"
            and self.keys[fig.last] in _fr_hours()
            and fig.last == fig.first + 1
            and self.toks[fig.first].kind == "num"
            and fig.value == int(fig.value)
            and 0 <= fig.value <= 24
            and self.key(fig.first - 1) == "à"
            and self.key(j) not in _fr_de()
        ):
            fig.kind = "time"

    def fr_implicit_money(self, figs: list[_Fig]) -> None:
        """«coûtera 40 millions d'euros ... les droits, évalués à 2,5 milliards»: millions or
        billions with no noun of their own, shortly after an amount of money, are the same
        currency (French copy drops «d'euros» once it is clear)."""
        last_money: _Fig | None = None
        for f in figs:
            if f.kind == "money" and f.unit:
                last_money = f
                continue
            if (
                last_money is not None
                and f.kind == "count"
                and f.scale >= 1_000_000
                and not f.counts_after
                and f.first - last_money.last <= 80
            ):
                f.kind, f.unit = "money", last_money.unit

    def fr_years_of(self, j: int) -> bool:
        """«40 ans de mauvais choix», «20 ans d'expérience»: years followed by «de» and a common
        noun are a span of time spent on something, not an age («de 30 ans d'origine» is)."""
        if self.key(j) not in _fr_de():
            return False
        k = j + 1 + (self.key(j + 1) in ("'", "’"))
        return k < self.n and self.toks[k].kind == "word" and self._lower(k) and self.key(k) != "origine"

    def apposed_to(self, comma: int) -> int:
        """The word an apposition after ``comma`` describes: «Inès*, 16 ans» (a changed first
        name is starred), «Paul Lemaire, par exemple, 58 ans» (past an aside), else -1."""
        w = comma - 1
        if self.key(w) == "*":
            w -= 1
        if self.key(w) == "exemple" and self.key(w - 1) == "par" and self.key(w - 2) == ",":
            w -= 3
        return w if w >= 0 and self.toks[w].kind == "word" else -1

    def fr_age_phrase(self, fig: _Fig, j: int) -> bool:
        """French ages without «âgé»: «Martine, 66 ans.» (an apposition after a name closing the
        sentence), «une étudiante, 19 ans à peine», «il a 72 ans» / «j'ai 38 ans» (avoir + years,
        not «il y a 2 ans»), «deux passagers de 19 et 23 ans» (the second bound of an age range)."""
        if self.lang != "fr" or self.keys[fig.last] not in _fr_years_of_age() or fig.first < 2:
            return False
        f = fig.first
        if self.fr_years_of(j):
            return False
        if self.key(f - 1) == ",":
            w = self.apposed_to(f - 1)
            closing = self.key(j) in (".", ",", ";", "!", "?", ":", "»", "”") or j >= self.n or (
                self.key(j) == "à" and self.key(j + 1) == "peine"
            )
            place = self.is_cue("stop", self.key(w - 1)) or self.key(w - 1) in ("à", "vers")
            person = w >= 0 and (
                (self.text[self.toks[w].start].isupper() and not place) or self.is_cue("person", self.keys[w])
            )  # not «Depuis Paris, 10 ans.»
            return closing and person and not self.match(months(), w, 1)[0]
        if (
            self.is_cue("have", self.key(f - 1))
            and self.key(f - 2) != "y"
            and self.key(j) not in ("que", "qu")
        ):
            subject = self.key(f - 2) in _fr_verb_subjects()
            return subject or self.text[self.toks[f - 2].start].isupper()
        if self.key(f - 1) == "et" and f >= 3 and self.toks[f - 2].kind == "num" and self.key(f - 3) == "de":
            w = f - 5 if self.key(f - 4) in ("»", "”") else f - 4  # «deux « saisonniers » de 19 et 23 ans»
            noun = self.keys[w] if w >= 0 else ""
            # («des prêts de 15 et 20 ans»: the plural of a duration noun is no person either)
            return w >= 0 and self._content(w) and noun not in _duration_nouns() \
                and noun.removesuffix("s") not in _duration_nouns()
        return False

    def small_word_ok(self, core: _Core, j: int) -> bool:
        """«خمس», "one", «neuf» alone: only when a unit or a plain noun follows."""
        if core.single_type in ("onefem", "article", "half", "quarter"):
            return False
        if core.single_type == "amb" and self.qualifies_definite_noun(core):
            return True  # «زار الوفد المدن الخمس»: the adjective of the noun before it
        if j >= self.n or self.toks[j].kind != "word" or not self.spaced(j - 1, j):
            return False
        key = self.toks[j].key
        if core.single_type == "weakone":
            return self.one_counted(core.first, j)
        if key in self.stop or key.startswith("ال") or self.word_num(j) is not None:
            return False
        return not any(self.is_cue(r, key) for r in ("skip", "stop"))

    def ar_one_after_noun(self, fig: _Fig) -> bool:
        """«مقعد واحد», «ساعة واحدة», «شخصا واحدا»: Arabic puts «واحد» after its noun as an
        adjective, so an indefinite noun right before it that agrees in gender and case is one of
        that thing; a unit makes a measure or a duration («متر واحد», «ساعة واحدة»). Not after a
        verb («تعد واحدة من»: the noun must agree), a definite noun («والهدف واحد»: "the same") or
        in an idiom («في آن واحد», «بصوت واحد»). Sets the figure's start, kind and counts."""
        i, k = fig.first, fig.first - 1
        if self.lang != "ar" or fig.last != i or k < 0:
            return False
        if self.toks[k].kind != "word" or not self.spaced(k, i):
            return False
        key = self.keys[k]
        one_word = self.text[self.toks[i].start : self.toks[i].end].rstrip(_HARAKAT)
        if self.keys[i] not in _one_forms_ar() or not one_word.startswith("واحد"):
            return False  # «عبد الواحد», «بواحد», «وأحد»: a name, a pronoun or «و» + «أحد»
        if key.startswith(_DEFINITE_AR) or self.word_num(k) is not None:
            return False
        if key.endswith(("ها", "هما", "هم", "هن", "نا", "نني")) or key in _adverbs_ar():
            return False  # «جوابها واحد», «أنني واحد من»: a predicate or a pronoun, no noun
        if key in _one_idioms_ar() or key[1:] in _one_idioms_ar():
            return False
        if k >= 1 and self.toks[k - 1].kind == "word" and len(self.keys[k - 1]) >= 3 \
                and self.keys[k - 1] in _one_idioms_ar():
            return False  # «على قلب رجل واحد»: the idiom's noun with its complement
        noun = self.text[self.toks[k].start : self.toks[k].end].rstrip(_HARAKAT)
        one = self.keys[i]
        feminine = noun.endswith("ة")
        if one.endswith("ه") != feminine or (one.endswith("ا") and not noun.endswith("ا")):
            return False  # «وكانت واحدة من», «باعتباره واحدا»: no noun agrees with it
        size, entry = self.match(self.units, k, 1)
        if size and isinstance(entry, UnitEntry) and entry.kind in ("measure", "duration"):
            if len(key) <= 3 and key[0] in "وبلف" and not noun.startswith(entry.unit or key):
                return False  # «وطن واحد» is one homeland, not «و» + «طن»
            fig.first, fig.kind, fig.unit = k, entry.kind, entry.unit
            return True
        if key in self.stop or not self._content(k) or any(self.is_cue(r, key) for r in ("skip", "stop")):
            return False
        if key.startswith(("ك", "وك")):
            return False  # «كفريق واحد»: a simile ("as one team"), no count
        fig.counts = self._phrase(self.ar_indefinite_nisba_head(k), k)
        return True

    def ar_indefinite_nisba_head(self, k: int) -> int:
        """«مصاب عماني واحد», «مقعد برلماني واحد»: an indefinite relational adjective (in -ي, -ية)
        at ``k`` qualifies the noun before it, which is what is counted; else ``k`` itself."""
        h = k - 1
        if not ar_nisba_ending(self.keys[k], accusative=True) or len(self.keys[k]) < 4 or h < 0:
            return k
        if self.toks[h].kind != "word" or not self.spaced(h, k) or self.keys[h].startswith(_DEFINITE_AR):
            return k
        return h if self._content(h) and self.keys[h] not in self.stop else k

    def qualifies_definite_noun(self, core: _Core) -> bool:
        """«الدول الخمس», «المدن الست»: a definite cardinal word right after a definite plural
        noun agrees with it as its adjective; «الخمس» alone may be the fifth part, «الست» a lady."""
        i = core.first
        if self.lang != "ar" or core.last != i or i < 1 or self.keys[i] not in _definite_amb_ar():
            return False
        k = i - 1
        return (
            self.toks[k].kind == "word"
            and self.spaced(k, i)
            and self.keys[k].startswith(_DEFINITE_AR)
            and self._content(k)
            and self.word_num(k) is None
        )

    def one_counted(self, i: int, j: int) -> bool:
        """ "plus one positional switch", "need only get one set of approvals": English "one"
        before a lowercase noun counts it; not a pronoun or an idiom ("the one thing", "every
        one", "at one point", "one of the best", "Mini One")."""
        if self.lang != "en" or not self.text[self.toks[j].start].islower():
            return False
        if self.keys[j] in _one_idioms_en() or not self._content(j) or self.verb_like(j):
            return False
        return not (i >= 1 and (self.keys[i - 1] in _one_determiners_en() or not self.spaced(i - 1, i)))
