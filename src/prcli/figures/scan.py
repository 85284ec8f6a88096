"""Recognising the figure that starts at a token (``at``): the entry of every reader, plus the
shortcuts for runs of bare numbers and list markers.
"""

from __future__ import annotations

from decimal import Decimal

from prcli.figures.base import _DENSE_REACH, _DENSE_VALUES, _INERT_MAX, _cue_table, _Fig
from prcli.figures.lexicon import UnitEntry, months, strip_clitics
from prcli.figures.numparse import MAX_DIGITS
from prcli.figures.specials import _Specials
from prcli.figures.wordlists import (
    _SCORE_LINKS,
    _SIGNS,
    _age_people_en,
    _age_range_links,
    _ar_rate_nouns,
    _ar_to_until,
    _construct_two,
    _number_labels,
    _of_de,
    _over_under,
    _prefix_money,
)


class _Scan(_Specials):
    """The figure starting at a token, and the shortcuts over runs of bare numbers."""

    def digit_run(self, i: int) -> tuple[int, int]:
        """The tokens around number ``i`` that are bare digits with only blanks between: (first, end),
        end exclusive; (i, i + 1) at least. Looks back at most ``_DENSE_REACH`` tokens (the
        caller only asks whether ``i`` is that far inside), and forward to the run's end, which the
        caller remembers, so a table of numbers is scanned once."""
        if not self.bare_digits(i):
            return i, i + 1
        a = i
        while a > 0 and i - a < _DENSE_REACH and self.blank_between(a - 1) and self.bare_digits(a - 1):
            a -= 1
        b = i + 1
        while b < self.n and self.blank_between(b - 1) and self.bare_digits(b):
            b += 1
        return a, b

    def blank_between(self, k: int) -> bool:
        """Only blanks or line breaks between token ``k`` and the next: a column of numbers one
        per line («120\\n85\\n97») is as far from any word as a row of them."""
        if self.sp[k]:
            return True
        return k + 1 < self.n and not self.low[self.toks[k].end:self.toks[k + 1].start].strip()

    def dense_count(self, i: int) -> _Fig | None:
        """A bare number deep inside a run of bare numbers ("12 7 31 12 ...", a table flattened
        to one line), read without the context machinery of ``at``: with only digits for
        ``_DENSE_REACH`` tokens on each side no cue, unit, month, counted noun, quote, sign or list
        mark is within reach of any look-up of ``at``, whose answer is then a plain count that
        counts nothing (or what the previous count of the sentence counted). None (ask ``at``) for
        the numbers whose reading still depends on the digits themselves: four digits (a year?),
        a leading zero (a code), too long, or a French/Arabic group of three after it («1 724»).
        test_stats checks that results are the same with and without this path."""
        key = self.keys[i]
        if len(key) == 4 or len(key) > MAX_DIGITS or (key[0] == "0" and len(key) > 1):
            return None
        if self.lang in ("fr", "ar") and len(key) <= 3 and len(self.keys[i + 1]) == 3 and self.sp[i]:
            return None  # («1 724» on one line may be one number; a line break ends it)
        value = _DENSE_VALUES.get(key)
        if value is None:
            if len(_DENSE_VALUES) >= _INERT_MAX:
                _DENSE_VALUES.clear()
            value = _DENSE_VALUES[key] = Decimal(key)
        fig = _Fig(i, i, value)
        prev = self._last_counted
        if prev is not None and i - prev[1] <= 14:  # else ``inherit_counts`` is False: too far
            self.inherit_counts(fig)
        if fig.counts:
            self._last_counted = (fig, fig.last)
        return fig

    def exponent_end(self, i: int) -> int:
        """After number ``i`` written in scientific notation ("1e309", "9.9e-12", "2.5E+8"): the
        index of the token after the exponent, else 0. Such a number is a formula or a code, never
        a press-release figure (and 1e309 overflows a float): it is skipped whole, where its
        mantissa used to be read as a count and its exponent looked up as a number of its own."""
        j = i + 1
        if j + 1 >= self.n or self.keys[j] != "e" or self.toks[j].start != self.toks[i].end:
            return 0
        k = j + 1
        if self.keys[k] in _SIGNS and k + 1 < self.n and self.toks[k].start == self.toks[j].end:
            k += 1
        if self.toks[k].kind != "num" or self.toks[k].start != self.toks[k - 1].end:
            return 0
        return k + 1

    def list_number(self, i: int) -> bool:
        """«1. », "12. " first on its line: a list marker, answered before reading the number
        (``is_identifier`` would say so after ``core``; "1. " repeated used to cost 5 s/MB).
        The same conditions as the list-marker test of ``is_identifier`` for a number of one
        or two bare digits, which ``core`` reads as that token alone."""
        if i + 1 >= self.n or self.keys[i + 1] != ".":
            return False
        key = self.keys[i]
        t, nxt = self.toks[i], self.toks[i + 1]
        if not (len(key) <= 2 and key.isascii() and key.isdigit() and nxt.start == t.end):
            return False
        if self.low[nxt.end : nxt.end + 1] not in (" ", "\t", ""):
            return False
        if i == 0:
            return True
        prev = self.toks[i - 1]
        before = self.low[prev.end : t.start]
        after_mark = prev.key in (".", ";", ")", ":") and prev.end != t.start
        return "\n" in before or len(before) >= 3 or after_mark

    def at(self, i: int) -> tuple[list[_Fig], int] | None:
        t = self.toks[i]
        # (the cheap tests first: every token comes here; a tatweel dash folds to an empty key)
        after = self.keys[i + 1] if i + 1 < self.n else None
        if after is not None and (
            after in _SCORE_LINKS or after == "/" or (after == "" and self.score_link(i + 1))
        ):
            score = self.score_pair(i)
            if score is not None:
                return score
        if t.kind == "punct" or t.kind == "word":
            special = self.special_word(i)
            if special is not None:
                return special
        if t.kind == "num":
            if self.list_number(i):
                return [], i + 1
            exponent_end = self.exponent_end(i)
            if exponent_end:
                return [], exponent_end
            spaced_date = self.spaced_date(i)
            if spaced_date is not None:
                return spaced_date
            comma_decimal = self.comma_decimal(i)
            if comma_decimal is not None:
                return comma_decimal
        start = i
        prefix_unit: str | None = None
        # currency sign or code before the number: $3.2 billion, € 40, USD 5m
        if (
            t.key in _prefix_money()
            and i + 1 < self.n
            and self.toks[i + 1].kind == "num"
            and self.spaced(i, i + 1)
            and (t.kind == "punct" or self.text[t.start : t.end].isupper() or t.key in ("us$", "c$"))
        ):
            prefix_unit = _prefix_money()[t.key]
            i += 1
        sign = 1
        core = self.core(i)
        if core is None:
            return None
        first = start
        if core.raw is not None and core.raw.kind != "number":
            return self.special_raw(core, i)
        # sign directly before the digits: -3,2 % or +4.5%
        if (
            first == i
            and i >= 1
            and self.toks[i - 1].key in _SIGNS
            and self.adjacent(i - 1, i)
            and (i < 2 or not self.adjacent(i - 2, i - 1))
            and not core.words
        ):
            sign = -1 if self.toks[i - 1].key != "+" else 1
            first = i - 1
        if not core.words and self.is_identifier(i, core):
            nxt = core.last + 1
            while (
                self.key(nxt) == "/"
                and nxt + 1 < self.n
                and self.toks[nxt + 1].kind == "num"
                and self.spaced(nxt - 1, nxt)
                and self.spaced(nxt, nxt + 1)
            ):
                nxt += 2  # «رقم (84 / 44)»: every part of the reference
            return [], nxt
        if (
            core.words
            and self.lang in ("en", "fr")
            and self.text[self.toks[i].start].isupper()
            and not self.starts_sentence(i)
            and core.last + 1 < self.n
            and self.toks[core.last + 1].kind == "word"
            and self.text[self.toks[core.last + 1].start].isupper()
        ):
            return [], core.last + 1  # "the Six Nations", «les Trois Glorieuses»: a name
        if (
            core.words
            and self.lang in ("en", "fr")
            and self.text[self.toks[i].start].isupper()
            and i >= 1
            and self.toks[i - 1].kind == "word"
            and self.spaced(i - 1, i)
            and self.text[self.toks[i - 1].start].isupper()
            and not self.starts_sentence(i)
            and not self.match(months(), i - 1, 1)[0]
        ):
            return [], core.last + 1  # "League Two", "BBC Three", «France Deux»: a name
        if (
            core.words
            and self.lang == "en"
            and self.text[self.toks[i].start].isupper()
            and i >= 3
            and self.keys[i - 1] == "s"
            and self.keys[i - 2] in ("'", "’")
            and self.text[self.toks[i - 3].start].isupper()
            and not self.starts_sentence(i)
        ):
            return [], core.last + 1  # "Ocean's Twelve": a title
        nxt_key = self.key(core.last + 1)
        if core.words and self.is_cue("idiom", nxt_key) and self.spaced(core.last, core.last + 1):
            return [], core.last + 2  # «à deux pas de la gare centrale», "in two minds": an idiom
        size = self.match(_cue_table(self.lang, "idiom"), core.last + 1)[0] if core.words else 0
        if size > 1 and self.spaced(core.last, core.last + 1):
            return [], core.last + 1 + size  # «un point presse», «un point de situation»: a briefing
        if (
            core.words
            and self.lang == "ar"
            and core.last == i
            and any(k in _construct_two() for k in (self.keys[i], *strip_clitics(self.keys[i])))
        ):
            return None  # «أثنى على»: a verb; the construct «اثنا/اثني» only lives in «اثنا عشر»
        if core.words and self.in_name(i, core.last):
            return [], core.last + 1
        fig = _Fig(first, core.last, core.value * sign, scale=core.scale, words=core.words)
        if (
            core.words
            and self.lang == "ar"
            and first == i
            and self.keys[i].startswith("و")
            and self.keys[i] not in self.nums
        ):
            fig.start = self.toks[i].start + 1  # «وثلاثمائة»: the conjunction is not the figure
        if core.vague:
            self.vague_tail(fig)
        elif core.words and self.lang == "ar" and i >= 1 and self.spaced(i - 1, i):
            # «السنوات الثلاث»: a definite time noun, then the number
            size, entry = self.match(self.units, i - 1, 1)
            if (
                size
                and isinstance(entry, UnitEntry)
                and entry.kind == "duration"
                and self.key(i - 1).startswith("ال")
                and self.word_num(i - 1) is None  # «المرتبة الثانية بخمسة مقاعد»: not a second
                and self.definite_number(i)  # «انتشلت اليوم سبعة جثث»: «اليوم» is today
            ):
                fig.first, fig.kind = i - 1, "duration"
                return [fig], core.last + 1
        if core.words and self.lang == "ar" and not core.vague:
            if self.numbered_name(core):
                return [], core.last + 1
            settled = self.definite_word_number(fig, core)
            if settled is not None:
                return [fig], settled
        if prefix_unit:
            fig.kind, fig.unit = "money", prefix_unit
        if (
            not core.words
            and i >= 1
            and self.toks[i - 1].key == "ال"
            and self.spaced(i - 1, i)
            and first == i
            and self.amount_unit_after(core.last + 1)
        ):
            fig.first = i - 1  # «الـ 48 دولارا»: the article belongs to the amount
        # "الـ75": the article glued before the digits makes an ordinal
        if (
            not core.words
            and i >= 1
            and self.toks[i - 1].key in ("ال",)
            and self.spaced(i - 1, i)
            and first == i
            and fig.first == i
        ):
            fig.first = i - 1
            fig.kind = "ordinal"
            end = self.day_of_month(core.last + 1) if 1 <= core.value <= 31 else None
            if end is not None:  # «الـ15 من أبريل»: a day of the month
                fig.kind = "date"
                fig.last = max(end, fig.last)
                return [fig], self.date_year(fig, fig.last + 1)
            size, entry = (
                self.match(self.units, i - 2, 1) if i >= 2 and self.spaced(i - 2, i - 1) else (0, None)
            )
            if (
                size
                and isinstance(entry, UnitEntry)
                and entry.kind == "duration"
                and self.key(i - 2).startswith("ال")
                and not self.is_cue("timeunit_one", self.key(i - 2))  # «الأسبوع الـ133»: the 133rd week
            ):
                fig.first, fig.kind = i - 2, "duration"  # «السنوات الـ15 المقبلة»
                return [fig], core.last + 1
            size, entry = self.match(self.units, core.last + 1, 1)
            if (
                size
                and isinstance(entry, UnitEntry)
                and entry.kind == "duration"
                and self.spaced(core.last, core.last + 1)
                and not self.is_cue("weekday", self.key(core.last + 2))  # «السباق الـ7 يوم الجمعة»
            ):
                fig.kind, fig.last = "duration", core.last + 1  # «فترة الـ8 سنوات الماضية»
                return [fig], core.last + 2
            if self.definite_count(fig, i - 1, core.last + 1):
                return [fig], core.last + 1
            if i >= 2 and self.is_cue("timeunit_one", self.key(i - 2)) and self.spaced(i - 2, i - 1):
                fig.counts = self._phrase(i - 2, i - 2)  # «الأسبوع الـ133»: the week is what is ordered
                return [fig], core.last + 1
            self.counts_ordinal(fig)
            self.rank_context(fig)
            return [fig], core.last + 1
        j = core.last + 1
        clock = self.clock_suffix(fig, core, j)
        if clock:
            return [fig], clock
        j = self.suffix(fig, core, j)
        if fig.kind == "percent" and not core.words and core.first == core.last and abs(fig.value) >= 1000:
            digits = self.keys[core.first]
            if sum(digits.count(c) for c in ".,٫٬") == 1:
                fig.value = Decimal(digits.translate(str.maketrans(",٫٬", "...")))  # «12.920%» is 12.92
        if fig.kind == "count" and core.plain and not core.words:
            j = self.date_or_year(fig, core, j)
        if (
            fig.kind == "count"
            and not core.words
            and self.cue_before("ordnoun", fig.first, 1)
            and core.value == int(core.value)
            and core.value < 1000
            and not self.ar_tamyiz(j)
        ):
            fig.kind = "ordinal"  # «l'acte 9», "season 3", «الجولة 5»
            self.counts_ordinal(fig)
            return [fig], j
        if fig.kind in ("duration",):
            self.age_context(fig, j)
            self.fr_clock_hours(fig, j)
        if fig.kind == "count" and core.single_type in (
            "weakone",
            "amb",
            "onefem",
            "article",
            "half",
            "quarter",
        ):
            j2 = self.ratio_times_rate(fig, j)
            if fig.kind in ("other", "percent"):  # "one in six" (a share), "once a week"
                return [fig], j2
            if self.lang == "en" and self.key(i - 1) == "number" and core.single_type == "weakone":
                fig.kind = "rank"  # "went straight in at number one"
                if self.key(fig.first - 2) == "world":
                    fig.counts = self._phrase(fig.first - 2, fig.first - 2)  # "the world number one"
                elif self.chart_named_after(j):
                    fig.counts = self.phrase_after(j + 1, 3)
                else:
                    fig.counts = self.object_before_at(fig.first - 1)
                return [fig], j
            if core.single_type == "weakone" and self.ar_one_after_noun(fig):
                return [fig], j
            if not self.small_word_ok(core, j):
                return None
        if (
            fig.kind == "count"
            and not core.words
            and core.plain
            and core.digits >= 2
            and self.text[self.toks[i].start] == "0"
        ):
            return [], j  # 05, 0522...: codes and phone pieces
        if fig.kind == "count":
            j = self.ratio_times_rate(fig, j)
        if (
            fig.kind == "count"
            and (not core.words or self.lang == "en")  # "children aged five"
            and 0 < fig.value <= 120
            and fig.value == int(fig.value)
            and (
                (self.cue_before("age", fig.first, 1) and not self.is_cue("skip", self.key(fig.first - 1)))
                or (self.key(fig.first - 1) in _of_de() and self.cue_before("age", fig.first, 2))
                or (
                    self.lang == "en"
                    and self.key(fig.first - 1) in _age_range_links()
                    and self.cue_before("age", fig.first - 1, 1)
                )  # "children aged between five and 11"
                or (
                    self.lang == "en"
                    and self.key(fig.first - 1) in _over_under()
                    and self.key(fig.first - 2) in _age_people_en()
                    and not self.unit_after(fig.last + 1)
                )  # "someone over 65", "children under 16"
            )
        ):
            fig.kind = "age"  # "over the age of 10", "children aged 10"
            return [fig], max(j, fig.last + 1)
        if fig.kind == "count" and not core.words and (self.appositive_age(fig) or self.copula_age(fig)):
            fig.kind = "age"
            return [fig], max(j, fig.last + 1)
        if fig.kind == "count" and not core.words and self.decade_age(fig):
            fig.kind = "age"
            return [fig], max(j, fig.last + 2)  # past the plural "s" of "30s"
        if (
            fig.kind == "count"
            and (core.words or self.chart_number(fig.first, core))
            and self.lang == "en"
            and self.key(fig.first - 1) in _number_labels()
            and fig.value <= 100
        ):
            fig.kind = "rank"  # "is currently number four in the chart"
            if self.key(fig.first - 2) == "world":
                fig.counts = self._phrase(fig.first - 2, fig.first - 2)  # "beat the world number 12"
            elif self.chart_named_after(j):
                fig.counts = self.phrase_after(j + 1, 3)
            else:
                fig.counts = self.object_before_at(fig.first - 1)  # "entered the chart at number four"
        if self.bare_race_time(fig, core):
            fig.kind = "duration"  # "Gardener was fifth in 6.59", "clocked 6.57"
            fig.counts = self.race_of(fig)
            return [fig], max(j, fig.last + 1)
        self.rank_context(fig)
        self.find_counts(fig)
        if fig.counts is None and self.sport_mark(fig):
            fig.counts = self.race_of(fig)
        if fig.counts is None and fig.kind == "measure" and self.lang == "en" and fig.unit == "points":
            fig.counts = self._phrase(fig.last, fig.last)  # "They scored 35 points": the points
        if fig.kind == "count" and not fig.counts_after and self.index_before(fig.first):
            fig.kind = "measure"  # «l'indicateur s'établit à 102», "the index stood at 104"
            if fig.counts is None and self.lang == "en":
                fig.counts = self.sentence_subject(fig.first)  # "The FTSE 100 closed ... at 4,820"
        if fig.counts:
            self._last_counted = (fig, fig.last)
        return [fig], max(j, fig.last + 1)

    def comma_decimal(self, i: int) -> tuple[list[_Fig], int] | None:
        """«بنسبة 24، 6 في المائة», «3، 7 مليون مسافر»: some wire copy (MAP) writes a decimal with
        an Arabic comma and a blank, fractional part first as in the agency form «7ر12» (12.7):
        before a percent word after a rate word, or before a scale word, it is one number, 13.37
        and 2.5 million (the article's own counts bear the order out)."""
        if (
            self.lang != "ar"
            or i + 3 >= self.n
            or self.keys[i + 1] not in ("،", ",")
            or self.text[self.toks[i + 1].start] != "،"
            or self.toks[i + 2].kind != "num"
            or not self.keys[i].isdecimal()
            or not self.keys[i + 2].isdecimal()
            or len(self.keys[i + 2]) > 2
            or not self.adjacent(i, i + 1)
            or not self.spaced(i + 1, i + 2)
        ):
            return None
        value = Decimal(f"{self.keys[i + 2]}.{self.keys[i]}")
        scale = self.nums.get(self.keys[i + 3])
        if scale is not None and scale.type == "scale" and len(self.keys[i]) <= 2 and self.sp[i + 2]:
            fig = _Fig(i, i + 3, value * Decimal(int(scale.value)), scale=Decimal(int(scale.value)))
            size, entry = self.match(self.units, i + 4)
            if isinstance(entry, UnitEntry) and entry.kind == "money" and self.spaced(i + 3, i + 4):
                fig.kind, fig.unit, fig.last = "money", entry.unit, i + 3 + size
            self.find_counts(fig)
            return [fig], fig.last + 1
        if not (self.key(i - 1).endswith(_ar_rate_nouns()) and self.spaced(i - 1, i)):
            return None
        size, entry = self.match(self.units, i + 3)
        if not (isinstance(entry, UnitEntry) and entry.kind == "percent" and self.spaced(i + 2, i + 3)):
            return None
        fig = _Fig(i, i + 2 + size, value, kind="percent", unit=entry.unit)
        self.find_counts(fig)
        return [fig], fig.last + 1

    def dashed_date(self, i: int) -> tuple[list[_Fig], int] | None:
        """«4- 8-2015», «12 -7- 2015»: a day, a month and a four-digit year joined by dashes with
        stray blanks (Arabic wire copy) are one date, whose value is the year."""
        if self.lang != "ar" or not self.spaced(i, i + 1) or not self.spaced(i + 1, i + 2):
            return None
        parts = [self.keys[i]]
        last = i + 2
        tail = self.keys[last].split("-")
        if len(tail) == 2:
            parts += tail  # «8-2015» read as one token
        elif (
            self.key(last + 1) in ("-", "–")
            and self.spaced(last, last + 1)
            and self.spaced(last + 1, last + 2)
        ):
            parts += [self.keys[last], self.key(last + 2)]
            last += 2
        if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
            return None
        day, month, year = (int(p) for p in parts)
        if not (1 <= day <= 31 and 1 <= month <= 12 and len(parts[2]) == 4 and 1300 <= year <= 2100):
            return None
        if self.gap(i, i + 1) == "" and self.gap(last - 1, last) == "":
            return None  # «4-8-2015» reads as one token; the gapless case is the tokenizer's
        if self.key(last + 1) in ("ه", "هـ", "م") and self.spaced(last, last + 1):
            last += 1
        return [_Fig(i, last, Decimal(year), kind="date")], last + 1

    def day_month_before_date(self, i: int) -> tuple[list[_Fig], int] | None:
        """«من 7 /11 الى 1 /12 /1436هـ»: a day and a month alone, then «إلى» or «حتى» and a full
        numeric date, is the first day of that span (value: the day)."""
        if self.lang != "ar" or i + 4 >= self.n or self.toks[i + 2].kind != "num":
            return None
        if not (self.spaced(i, i + 1) and self.spaced(i + 1, i + 2) and self.spaced(i + 2, i + 3)):
            return None
        if self.keys[i + 3] not in _ar_to_until():
            return None
        k = i + 4
        if not (self.toks[k].kind == "num" and self.key(k + 1) == "/" and self.key(k + 3) == "/"):
            return None
        try:
            day, month = int(self.keys[i]), int(self.keys[i + 2])
        except ValueError:
            return None
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        return [_Fig(i, i + 2, Decimal(day), kind="date")], i + 3

    def spaced_date(self, i: int) -> tuple[list[_Fig], int] | None:
        """«7 / 11 / 1436هـ», «22 / 8 / 2015م»: a numeric date written with blanks around the
        slashes (wire copy) is one date, whose value is the year. «1434 / 1435هـ» is a fiscal year."""
        if i + 2 >= self.n or self.keys[i + 1] not in ("/", "-", "–"):
            return None  # the common case, answered first
        if self.keys[i + 1] in ("-", "–"):
            return self.dashed_date(i)
        if (
            i + 2 < self.n
            and self.keys[i + 1] == "/"
            and self.toks[i + 2].kind == "num"
            and len(self.keys[i]) == 4
            and len(self.keys[i + 2]) == 4
            and self.keys[i].isdecimal()
            and 1300 <= int(self.keys[i]) <= 2100
            and self.spaced(i, i + 1)
        ):
            return [_Fig(i, i, Decimal(self.keys[i]), kind="year")], i + 1
        short = self.day_month_before_date(i)
        if short is not None:
            return short
        if i + 4 >= self.n or not all(self.spaced(k, k + 1) for k in range(i, i + 4)):
            return None
        if self.keys[i + 1] != "/" or self.keys[i + 3] != "/":
            return None
        if any(self.toks[k].kind != "num" for k in (i, i + 2, i + 4)):
            return None

        try:
            day, month, year = (int(self.keys[k]) for k in (i, i + 2, i + 4))
        except ValueError:
            return None
        if not (1 <= day <= 31 and 1 <= month <= 12 and len(self.keys[i + 4]) in (2, 4)):
            return None
        last = i + 4
        if self.key(last + 1) in ("ه", "هـ", "م") and self.spaced(last, last + 1):
            last += 1
        return [_Fig(i, last, Decimal(year), kind="date")], last + 1
