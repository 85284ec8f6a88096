"""Figures in an article: every number with its value, kind, unit and what it counts.

The text is folded (``prcli.text.normalize.fold``, same length) and lower-cased, then cut into
tokens (digit runs, letter runs, single marks). One left-to-right pass reads, at each token, the
longest figure starting there: an optional currency sign, a number in digits or words (with
scale words, duals and ``و``-joined parts), then a percent, currency, unit or time word. The kind
comes from that unit and from the words around (ages, years, ranks, dates, identifiers), and the
counted noun from the words after (or, for shares and amounts, before) the figure. Spans are
offsets into the original text. Every step looks at a bounded number of tokens, so the pass is
linear in the length of the text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from prcli.figures.base import _DENSE_REACH, _DENSE_VALUES, _INERT_MAX, _Core, _cue_table, _Fig, _plain
from prcli.figures.base import _num_key as _num_key
from prcli.figures.base import _tokenize as _tokenize
from prcli.figures.lexicon import NumberWord, UnitEntry, months, strip_clitics
from prcli.figures.numbers import _Numbers
from prcli.figures.numparse import MAX_DIGITS, parse_raw
from prcli.figures.wordlists import (
    _ARABIC,
    _CLAUSE_END,
    _SCORE_LINKS,
    _SIGNS,
    _age_people_en,
    _age_range_links,
    _ar_oxide,
    _construct_two,
    _determiners,
    _half_determiners,
    _half_not_share_before,
    _he_she,
    _lang_words,
    _many_much,
    _number_labels,
    _ordinal_determiners,
    _ordinal_period_nouns_ar,
    _over_under,
    _place_nouns,
    _place_nouns_en,
    _prefix_money,
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
from prcli.model import Stat


def _guess_lang(text: str, language: str) -> str:
    if language in ("ar", "en", "fr"):
        return language
    sample = text[:4000]
    if len(_ARABIC.findall(sample)) > len(sample) // 10:
        return "ar"
    french = len(re.findall(r"\b(?:le|la|les|des|est|une|du|et)\b", sample.lower()))
    english = len(re.findall(r"\b(?:the|of|and|is|was|to|in)\b", sample.lower()))
    return "fr" if french > english else "en"


def extract_stats(text: str, *, language: str = "und") -> tuple[Stat, ...]:
    """Every figure in article order: counts, money, percents, measures, ranks, ordinals, years,
    dates, times, durations, ages and scores, each with ``text == source[start:end]``."""
    lang = _guess_lang(text, language)
    return _Doc(text, lang).run()


#: ``_Doc.inert`` in use (False only to check that results are the same without it).
_INERT_CHECK = True
#: ``_Doc.dense_count`` in use (False only to check that results are the same without it).
_DENSE_CHECK = True


class _Doc(_Numbers):
    """One article being read: the tokens and the figures found so far."""

    # ----------------------------------------------------------------- main pass
    def run(self) -> tuple[Stat, ...]:
        figs: list[_Fig] = []
        i = 0
        toks, inert, memo = self.toks, self.inert, self._inert
        run_start, run_end = 0, 0  # the run of bare digit tokens around the last number seen
        while i < self.n:
            t = toks[i]
            if _INERT_CHECK and (
                (t.kind == "word" and (memo.get(t.key) or inert(t.key)))
                or (t.kind == "punct" and t.key not in _prefix_money())
            ):
                i += 1  # ``at`` would find nothing here (a mark starts a figure only as a currency sign)
                continue
            if t.kind == "num" and i + 1 < self.n and self.keys[i + 1] == "." and self.list_number(i):
                i += 1  # what ``at`` answers first for a number before a dot: a list marker «1. »
                continue
            if t.kind == "num" and _DENSE_CHECK:
                if i >= run_end:
                    nxt_num = i + 1 < self.n and self.sp[i] and toks[i + 1].kind == "num"
                    run_start, run_end = self.digit_run(i) if nxt_num else (i, i + 1)
                if run_start <= i - _DENSE_REACH and i + _DENSE_REACH < run_end:
                    # the inside of the run in one tight loop (a flattened table: 333,000 numbers)
                    was, stop, dense = i, run_end - _DENSE_REACH, self.dense_count
                    while i < stop and (fig := dense(i)) is not None:
                        figs.append(fig)
                        i += 1
                    if i > was:
                        continue
            got = self.at(i)
            if got is None:
                i += 1
                continue
            new, nxt = got
            figs.extend(new)
            i = max(nxt, i + 1)
        self.link_ranges(figs)
        # Each language's after-pass is imported by the texts that need it (start-up cost).
        if self.lang == "fr":
            from prcli.figures import counts_fr

            self.fr_implicit_money(figs)
            counts_fr.refine(self, figs)
        if self.lang == "ar":
            from prcli.figures import counts_ar

            counts_ar.refine(self, figs)
        elif self.lang == "en":
            from prcli.figures import counts_en

            counts_en.refine(self, figs)
            figs = counts_en.drop_idioms(self, figs)
        out: list[Stat] = []
        add, text, urls = out.append, self.text, self.urls
        # ``_plain`` once per distinct value: equal Decimals (12, 12.0) give the same int or float
        plain: dict[Decimal, float | int] = {}
        for f in figs:
            start = f.start if f.start is not None else toks[f.first].start
            end = f.end if f.end is not None else toks[f.last].end
            if urls and self.in_url(start):
                continue
            unit = self.local_currency(f.unit) if f.kind == "money" else f.unit
            value = f.value
            if value.is_finite():
                number = plain.get(value)
                if number is None:
                    number = plain[value] = _plain(value)
            else:
                number = _plain(value)
            kind = "measure" if unit == "pp" else f.kind  # read as a rate, reported as the points it measures
            add(Stat(text[start:end], start, end, number, kind, unit, f.counts))
        return tuple(out)

    def digit_run(self, i: int) -> tuple[int, int]:
        """The tokens around number ``i`` that are bare digits spaced on one line: (first, end),
        end exclusive; (i, i + 1) at least. Looks back at most ``_DENSE_REACH`` tokens (the
        caller only asks whether ``i`` is that far inside), and forward to the run's end, which the
        caller remembers, so a table of numbers is scanned once."""
        if not self.bare_digits(i):
            return i, i + 1
        a = i
        while a > 0 and i - a < _DENSE_REACH and self.sp[a - 1] and self.bare_digits(a - 1):
            a -= 1
        b = i + 1
        while b < self.n and self.sp[b - 1] and self.bare_digits(b):
            b += 1
        return a, b

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
        if self.lang in ("fr", "ar") and len(key) <= 3 and len(self.keys[i + 1]) == 3:
            return None
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
        if i + 1 < self.n and self.keys[i + 1] in _SCORE_LINKS:
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
                or (self.key(fig.first - 1) in ("of", "de") and self.cue_before("age", fig.first, 2))
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
            or not self.keys[i].isdigit()
            or not self.keys[i + 2].isdigit()
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
        if not (self.key(i - 1).endswith(("نسبه", "نسبته", "نسبتها", "بمعدل")) and self.spaced(i - 1, i)):
            return None
        size, entry = self.match(self.units, i + 3)
        if not (isinstance(entry, UnitEntry) and entry.kind == "percent" and self.spaced(i + 2, i + 3)):
            return None
        fig = _Fig(i, i + 2 + size, value, kind="percent", unit=entry.unit)
        self.find_counts(fig)
        return [fig], fig.last + 1

    def spaced_date(self, i: int) -> tuple[list[_Fig], int] | None:
        """«7 / 11 / 1436هـ», «22 / 8 / 2015م»: a numeric date written with blanks around the
        slashes (wire copy) is one date, whose value is the year. «1434 / 1435هـ» is a fiscal year."""
        if i + 2 >= self.n or self.keys[i + 1] != "/":
            return None  # the common case, answered first
        if (
            i + 2 < self.n
            and self.keys[i + 1] == "/"
            and self.toks[i + 2].kind == "num"
            and len(self.keys[i]) == 4
            and len(self.keys[i + 2]) == 4
            and self.keys[i].isdigit()
            and 1300 <= int(self.keys[i]) <= 2100
            and self.spaced(i, i + 1)
        ):
            return [_Fig(i, i, Decimal(self.keys[i]), kind="year")], i + 1
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
        year = len(key) == 4 and key.isdigit() and 1800 <= int(key) <= 2100
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
            size, _m = self.match(months(), k) if k < self.n else (0, None)
            if size and value <= 31:
                f = _Fig(i, k + size - 1, value, kind="date", words=True)
                self.date_year(f, f.last + 1)
                return [f], f.last + 1
            if self.key(j) == "من" and (self.is_cue("age", self.key(j + 1)) or self.cue_at("age_after", j)):
                return [_Fig(i, last, value, kind="age", words=True)], last + 1  # «في الرابعة عشرة من عمره»
            if value <= 12 and j < self.n and self.keys[j] in _time_suffix() and self.spaced(last, j):
                return [_Fig(i, j, value, kind="time", words=True)], j + 1  # «بمقر الشركة التاسعة صباحا»
            if self.cue_before("rank", i, 1) or self.cue_before("rankverb", i, 1):
                f = _Fig(i, last, value, kind="rank", words=True)
                self.counts_ordinal(f)
                return [f], last + 1
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
            if self.is_cue("superlative", self.key(j)) and self.spaced(last, j) and not definite:
                f = _Fig(i, last, value, kind="rank", words=True)  # «ثاني أكبر اقتصاد»
                f.counts = self.phrase_after(j + 1, 2)
                return [f], last + 1
            if (
                self.cue_before("ordctx", i, 1)
                and (definite or value > 10)
                and self.key(i - 1)
                not in _ordinal_period_nouns_ar()
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
        k = j + 1 if nxt in ("of", "de") else j
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
            or (nxt == "-" and self.key(j + 1) in ("placed", "place", "ranked"))
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
        definite = key.startswith(("ال", "وال", "بال", "لل"))
        if not definite or core.last != core.first or not 20 <= core.value < 100:
            return None
        prev = core.first - 1
        if prev < 0 or self.toks[prev].kind != "word" or not self.spaced(prev, core.first):
            return None
        pkey = self.keys[prev]
        possessed = pkey.endswith(("ها", "ه")) and not pkey.startswith("ال") and len(pkey) >= 5
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
