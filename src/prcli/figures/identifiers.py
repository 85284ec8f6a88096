"""Numbers that name rather than measure, and what else the words around a number decide:
identifiers, chart numbers, references, phone runs, scores, clock times, ages, a count after a
definite article, and the scale a range's first bound takes from the second.
"""

from __future__ import annotations

from decimal import Decimal

from prcli.figures.attach import _Attach
from prcli.figures.base import _Core, _Fig
from prcli.figures.lexicon import UnitEntry, months
from prcli.figures.numparse import Raw, parse_raw
from prcli.figures.wordlists import (
    _AR_DEFINITE,
    _ARABIC,
    _DECADES,
    _LATIN,
    _LATIN_WORD,
    _NOT_NAME_ROLES,
    _QUOTES,
    _SCORE_LINKS,
    _and_words,
    _cents,
    _decade_age_openers_en,
    _event_nouns_ar,
    _is_was,
    _lang_words,
    _named_links,
    _person_subjects_en,
    _prefix_money,
    _scale_abbr,
    _time_prefixes_en,
    _time_suffix,
)
from prcli.text.arabic_shapes import ar_nisba


def _code_shaped(key: str) -> bool:
    """A number token written as a code: «31-07», «2/2019», «2.19.1086» (not «3.5»)."""
    return "-" in key or "/" in key or key.count(".") >= 2


#: Marks that close the phrase of a name ending in a number («ويندوز 10،», «(نوكيا 5190)»).
_NAME_NUMBER_ENDS = frozenset({",", "،", ".", ")", "»", '"', "”", ";", "؛", ":"})


class _Identifiers(_Attach):
    """Identifiers, scores, references and ages read from the context of a number."""

    def range_scale(self, figs: list[_Fig], i: int) -> tuple[int, Decimal]:
        """«4.5-5 ملايين طن», "1-2 billion": the scale word after a range scales both ends.
        Returns the token after the scale (or ``i + 1``) and the factor applied."""
        k = i + 1
        if not self.spaced(i, k):
            return k, Decimal(1)
        key = self.key(k)
        factor: Decimal | None = None
        if key in _scale_abbr(self.lang):
            factor = Decimal(_scale_abbr(self.lang)[key])
        else:
            w = self.word_num(k)
            if w is not None and w[0].type == "scale" and not w[1]:
                factor = Decimal(str(w[0].value))
        if factor is None:
            return k, Decimal(1)
        for f in figs:
            f.value *= factor
        figs[-1].last = k
        return k + 1, factor

    # ----------------------------------------------------------------- context
    def is_identifier(self, i: int, core: _Core) -> bool:
        """Numbers inside names and references: A4P, COVID-19, Boeing 777, القانون رقم 31.13."""
        t = self.toks[i]
        prev = self.toks[i - 1] if i >= 1 else None
        if prev is not None and prev.end == t.start:
            if prev.kind == "word":
                pkey = prev.key
                clitic = pkey in (
                    "و",
                    "ب",
                    "ل",
                    "ف",
                    "ك",
                    "ال",
                    "وال",
                    "بال",
                    "لل",
                    "وب",
                    "ول",
                    "فب",
                    "بنحو",
                    "فل",
                    "وك",
                )
                if not clitic and not self.glued_day_of_month(core):
                    return True
            if (
                prev.key == "-"
                and i >= 2
                and self.toks[i - 2].kind == "word"
                and self.adjacent(i - 2, i - 1)
                and _LATIN.search(self.toks[i - 2].key)
                and not (self.lang == "en" and self.toks[i - 2].key in _time_prefixes_en())
            ):
                return True
        last = self.toks[core.last]
        nxt = self.toks[core.last + 1] if core.last + 1 < self.n else None
        if nxt is not None and nxt.start == last.end and nxt.kind == "word" and not _ARABIC.match(nxt.key):
            word = nxt.key
            ok = (
                word in _lang_words("ordinal_suffixes", self.lang)
                or word in _scale_abbr(self.lang)
                or word in _time_suffix()
                or (word,) in self.units
                or word in ("h", "s", "a", "p", "x", "e", "er", "ème", "km", "kg", "mw", "m")
            ) and not (word == "g" and self.text[nxt.start] == "G")  # "3G" is a name, "150g" a weight
            if not ok:
                return True
        if self.chart_number(i, core):
            return False
        k = i
        while (
            k > i - 3
            and k >= 1
            and self.toks[k - 1].kind == "word"
            and len(self.toks[k - 1].key) <= 3
            and not self.is_cue("ident", self.toks[k - 1].key)
            and self.spaced(k - 1, k)
            and not (self.lang == "en" and self.ident_break(k - 1))
        ):
            k -= 1
        named = (
            self.cue_before("ident", k, 1)
            or (k != i and self.cue_before("ident", i, 1))
            or (self.lang == "ar" and self.cue_before("unitname", i, 1))  # «اللواء 47»
            or (self.lang == "ar" and self.described_reference(i)  # «القانون التنظيمي 31-07»
                and not (core.digits == 4 and 1800 <= core.value <= 2100)  # «القانون المالي 2024»
                and (self.closes_reference(core.last + 1) or _code_shaped(self.keys[i])))
        )
        if (
            named
            and not self.ar_tamyiz(core.last + 1)  # «صوت لصالح القرار 120 نائبا» counts
            and not (self.lang == "ar" and self.amount_unit_after(core.last + 1))  # «الطريق على طول 120 كلم»
        ):
            return True
        if self.second_reference(i):
            return True
        if self.lang == "ar" and self.quoted_name_number(i, core):
            return True
        if self.lang == "ar" and (self.lettered_reference(i) or self.phone_run(i, core)):
            return True
        if self.lang == "ar" and self.latin_name_number(i, core):
            return True
        if self.lang == "ar" and self.bare_name_number(i, core):
            return True
        if self.lang == "ar" and self.latin_name_after(i, core):
            return True
        if (
            self.lang in ("en", "fr")
            and prev is not None
            and prev.kind == "word"
            and self.spaced(i - 1, i)
            and self.text[prev.start].isupper()
            and len(prev.key) > 1
            and not self.starts_sentence(i - 1)
            and not self.match(months(), i - 1, 1)[0]
            and not self.is_cue("year", prev.key)
            and prev.key not in self.stop
            and not self.is_cue("skip", prev.key)
            and prev.key not in _prefix_money()
            and not (self.lang == "en" and self.measure_unit_at(core.last + 1))  # "Olympic 1500m champion"
            and not (self.lang == "en" and self.is_cue("weekday", prev.key))  # "on Thursday 5 May"
        ):
            return True  # a name: Radio 1, Rover 75, Mini Cooper 1.6
        if self.ampersand_name(i):
            return True  # "the S&P 500", "AT&T 3"
        if (
            self.lang in ("en", "fr")
            and nxt is not None
            and nxt.kind == "word"
            and self.spaced(core.last, core.last + 1)
            and self.text[nxt.start].isupper()
            and (nxt.key in _cents() or (nxt.key,) in self.units)
            and self.text[nxt.start + 1 : nxt.end].islower()  # "3.2 GHz" is a unit
            and nxt.start > last.end  # glued, "8Mbps" is a unit
        ):
            return True  # "rapper 50 Cent", "Seven Pounds": a unit word with a capital is a name
        if (
            self.lang == "en"
            and core.digits == 4
            and prev is not None
            and prev.key == "of"
            and i >= 2
            and self.toks[i - 2].kind == "word"
            and self.text[self.toks[i - 2].start].isupper()
            and not self.starts_sentence(i - 2)
            and not self.match(months(), i - 2, 1)[0]
            and not self.is_cue("year", self.toks[i - 2].key)
        ):
            return True  # "won Sound of 2004", "the Class of 1999": a title
        if self.in_titled_quote(i):
            return True
        if nxt is not None and nxt.key == "/" and nxt.start == last.end:
            # «/إيجي إكس 30/», "/EGX 30/": an index or a code between slashes
            k = i - 1
            while k >= 0 and k > i - 5 and self.toks[k].kind == "word":
                k -= 1
            if k >= 0 and k < i - 1 and self.keys[k] == "/":
                return True
        if prev is not None and prev.key == "+" and core.digits >= 6:
            return True
        # a list marker: first on its line, followed by ) or .
        before = self.low[self.toks[i - 1].end : t.start] if i >= 1 else ""
        first_on_line = (
            i == 0
            or "\n" in before
            or (prev is not None and prev.key in (".", ";", ")", ":") and not self.adjacent(i - 1, i))
            or len(before) >= 3  # wire copy whose line breaks became runs of blanks
        )
        if (
            first_on_line
            and nxt is not None
            and nxt.key in (")", ".", "-")
            and self.adjacent(core.last, core.last + 1)
            and core.value < 100
        ):
            after = self.low[nxt.end : nxt.end + 1]
            if after in (" ", "\t", ""):
                return True
        if (
            first_on_line
            and nxt is not None
            and nxt.key == "-"
            and core.value < 100
            and self.spaced(core.last, core.last + 1)
            and core.last + 2 < self.n
            and self.toks[core.last + 2].kind == "word"
        ):
            return True  # «  3 - تعيين ...»: a list marker with a spaced dash
        # «قرار مجلس الوزراء رقم (17 / 9)»
        return prev is not None and prev.key == "(" and i >= 2 and self.cue_before("ident", i - 1, 1)

    def described_reference(self, i: int) -> bool:
        """A reference noun and its nisba adjective before token ``i``: «القانون التنظيمي»,
        «المرسوم الملكي»: the number after them names the text, as after the noun alone."""
        k = i - 1
        if k < 1 or self.toks[k].kind != "word" or not self.spaced(k, i):
            return False
        key = self.keys[k]
        return ar_nisba(key, 6) and self.spaced(k - 1, k) and self.cue_before("ident", k, 1)

    def closes_reference(self, j: int) -> bool:
        """Token ``j`` (after a number) ends the reference the number names: the text ends, a
        mark, or a definite word or relative starting what is said of it («القرار الأممي 1701
        الذي …»); «الرحلة الجوية 3 ساعات» counts hours."""
        if j >= self.n or self.toks[j].kind != "word":
            return True
        key = self.keys[j]
        return key.startswith(_AR_DEFINITE) and not self.match(self.units, j)[0]

    def chart_named_after(self, j: int) -> bool:
        """ "number two in Spotify's chart", "number one at the French box office": the chart or
        table named after a chart place (not a time: "number 3 at the weekend")."""
        named = self.key(j) in _named_links() and self.spaced(j - 1, j)
        return named and not self.period_after(j + 1)

    def chart_number(self, i: int, core: _Core) -> bool:
        """ "reached number 2 in the Billboard chart", "lost to the world number 45": digits after
        "number" before "in"/"on"/"of"/"at", or after "world number", are a place in a chart or a
        table (English), not a reference number."""
        return (
            self.lang == "en"
            and self.key(i - 1) == "number"
            and self.spaced(i - 1, i)
            and (self.key(core.last + 1) in _named_links() or self.key(i - 2) == "world")
            and core.first == core.last
            and 0 < core.value <= 200
        )

    def second_reference(self, i: int) -> bool:
        """«المادتين 26 و28», "articles 12 and 14": a number joined by and/و to a reference number
        is a reference too."""
        link = i - 1
        if link < 1 or self.keys[link] not in _and_words():
            return False
        first = link - 1
        return self.toks[first].kind == "num" and self.cue_before("ident", first, 1)

    def clock_suffix(self, fig: _Fig, core: _Core, j: int) -> int:
        """ «à 18 h», «18 h 30», "1300 GMT": a clock time (returns the next token, or 0)."""
        if core.words or not core.plain or fig.first != core.first:
            return 0
        key = self.key(j)
        if key in ("gmt", "bst", "utc", "cet", "cest") and self.spaced(j - 1, j) and core.digits in (3, 4):
            hour = core.value // 100
            if hour <= 24 and core.value % 100 < 60:
                fig.kind, fig.value, fig.last = "time", hour, j
                return j + 1
        if self.lang == "fr" and key == "h" and core.value <= 24 and self.spaced(j - 1, j):
            # «à 18 h», «depuis 7 h ce matin», «peu avant 22 h»; «pendant 48 h» is a duration
            fig.kind, fig.last = "duration" if self.is_cue("durprep", self.key(fig.first - 1)) else "time", j
            if self.toks[min(j + 1, self.n - 1)].kind == "num" and self.spaced(j, j + 1) and j + 1 < self.n:
                fig.last = j + 1
            return fig.last + 1
        return 0

    def appositive_age(self, fig: _Fig) -> bool:
        """ "said Hendry, 61, in reply to", «Jean Dupont, 47, a déclaré»: a bare number between
        commas right after a name is the person's age."""
        a, b = fig.first, fig.last
        return (
            self.lang in ("en", "fr")
            and a == b
            and 10 <= fig.value <= 110
            and fig.value == int(fig.value)
            and self.key(a - 1) == ","
            and self.key(b + 1) in (",", ")")
            and a >= 2
            and self.toks[a - 2].kind == "word"
            and self.adjacent(a - 2, a - 1)
            and self.toks[min(b + 2, self.n - 1)].kind != "num"
            and not self.match(months(), a - 2, 1)[0]
        )

    def decade_age(self, fig: _Fig) -> bool:
        """ "a man in his 30s", "in their early 20s", "in her mid-40s": a round decade glued to a
        plural "s" after "in" and a possessive (or "early/late/mid") is an age (English)."""
        a, b = fig.first, fig.last
        if self.lang != "en" or a != b or fig.value not in _DECADES:
            return False
        if self.key(b + 1) != "s" or not self.adjacent(b, b + 1):
            return False
        k = a - 1
        seen = 0
        while k > 0 and seen < 3 and self.keys[k] in _decade_age_openers_en():
            k -= 1
            seen += 1
        return seen > 0 and self.keys[k] == "in"

    def copula_age(self, fig: _Fig) -> bool:
        """ "The singer, who is 27, has sold", "she was 19 when she joined": a bare number after
        "who is" or a pronoun and "is/was", closing the clause, is a person's age (English)."""
        a, b = fig.first, fig.last
        if self.lang != "en" or a != b or not (5 <= fig.value <= 110) or fig.value != int(fig.value):
            return False
        if self.key(a - 1) not in _is_was() or self.key(b + 1) not in (",", "when", "."):
            return False
        return self.key(a - 2) in _person_subjects_en()

    def lettered_reference(self, i: int) -> bool:
        """«رقم م/6», «رقم ( أ / 90 )», «الرقم : أ / 267»: a reference number after a series letter
        and a slash, behind a reference cue, numbers a decree or a letter."""
        k = i - 1
        if k < 1 or self.keys[k] != "/":
            return False
        k -= 1
        if self.toks[k].kind != "word" or len(self.keys[k]) > 2:
            return False  # the series letter
        k -= 1
        while k >= 0 and i - k <= 6 and self.keys[k] in ("(", ":", "-"):
            k -= 1
        return k >= 0 and self.toks[k].kind == "word" and self.is_cue("ident", self.keys[k])

    def latin_name_number(self, i: int, core: _Core) -> bool:
        """«Bloons TD 5», «Windows 10», «Pavilion x360» in Arabic copy: a bare number right after a
        Latin word names a product or a version (a currency code or a unit before it, or a counted
        noun after it, keeps the figure)."""
        if i < 1 or self.toks[i - 1].kind != "word" or not self.spaced(i - 1, i):
            return False
        key = self.toks[i - 1].key
        if not _LATIN_WORD.fullmatch(key) or key in _prefix_money() or self.match(self.units, i - 1, 1)[0]:
            return False
        nxt = core.last + 1
        if nxt >= self.n or not self.spaced(core.last, nxt):
            return True
        return not (self.ar_tamyiz(nxt) or self.match(self.units, nxt)[0])

    def glued_day_of_month(self, core: _Core) -> bool:
        """«ينبع26 شوال 1436هـ»: wire copy glues the day of a dateline to the city before it;
        a day (1-31) followed by a month name is a date, not the end of a name."""
        nxt = core.last + 1
        return (
            self.lang == "ar"
            and core.first == core.last
            and 1 <= core.value <= 31
            and self.spaced(core.last, nxt)
            and self.match(months(), nxt)[0] > 0
        )

    def latin_name_after(self, i: int, core: _Core) -> bool:
        """«360 Security», «7 Days» in Arabic copy: bare digits right before a title-case Latin
        word (not a unit, a currency code or a scale) open the name of a product or a title; and
        «88591 - Stc», «635031 - Mobily»: a short code or a phone number with the operator's name
        after a dash."""
        nxt = core.last + 1
        if (
            not core.words
            and core.digits >= 4
            and self.key(nxt) == "-"
            and nxt + 1 < self.n
            and self.toks[nxt + 1].kind == "word"
            and _LATIN_WORD.fullmatch(self.keys[nxt + 1]) is not None
            and not (core.digits == 4 and 1800 <= core.value <= 2100)
        ):
            return True
        if core.words or nxt >= self.n or not self.spaced(core.last, nxt) or self.toks[nxt].kind != "word":
            return False
        key = self.keys[nxt]
        word = self.text[self.toks[nxt].start : self.toks[nxt].end]
        if not _LATIN_WORD.fullmatch(key) or len(word) < 3 or not (word[0].isupper() and word[1:].islower()):
            return False  # «64 GB», «50 MW»: a unit in capitals stays a figure
        if self.match(self.units, nxt)[0] or key in _scale_abbr(self.lang) or key in _prefix_money():
            return False
        return not (core.digits == 4 and 1800 <= core.value <= 2100)

    def bare_name_number(self, i: int, core: _Core) -> bool:
        """«ويندوز 10،», «سناب دراغون 615»», «معرض ينبع 12،», «تايمز 100 البريطاني»: in
        Arabic the counted noun follows its number, so bare digits right after a plain
        (indefinite, unsuffixed) name word and closing the phrase (a comma, a full stop, a closing
        mark, a nisba adjective or «في» after them) name a product, an index or an event, not a
        figure."""
        if core.last != i or core.words:
            return False
        event = core.value < 100 and self.event_name_before(i)
        if not (event or self.name_word_before(i)):
            return False
        if core.digits == 4 and (1800 <= core.value <= 2100 or 1350 <= core.value <= 1500):
            return False  # «مونديال 2022», «مهرجان أبها 1436»: a year still (Gregorian or Hijri)
        if not event and self.list_goes_on(i):
            return False  # «عسير 30، وفي جازان 18»: the first item of a list of counts
        nxt = i + 1
        if nxt >= self.n:
            return True
        nkey = self.keys[nxt]
        if self.toks[nxt].kind != "word":
            return nkey in _NAME_NUMBER_ENDS and not (nkey == ")" and self.key(i - 2) == "(")
        if not self.spaced(i, nxt) or self.match(self.units, nxt)[0]:
            return False
        if event and core.value < 100 and nkey.startswith(_AR_DEFINITE):
            return True  # «مهرجان تطوان 14 الذي»: a counted noun is never definite (not «… 300 من»)
        return ar_nisba(nkey, 6, feminine=False) or nkey == "في"

    def event_name_before(self, i: int) -> bool:
        """Token ``i`` closes the name of a recurring event: one or two indefinite Arabic words
        (a place, a season: a short word or one in «ة» that ``name_word_before`` refuses) right
        after an event noun («مهرجان تطوان 14»، «ملتقى ربيع فاس 9»): its edition number."""
        events = _event_nouns_ar()
        for head in (i - 2, i - 3):
            if head < 0 or not all(self.spaced(k, k + 1) for k in range(head, i)):
                continue
            key = self.keys[head]
            if key not in events and not (key[:1] in "وبل" and key[1:] in events):
                continue
            words = range(head + 1, i)
            return all(
                self.toks[k].kind == "word"
                and _ARABIC.match(self.keys[k]) is not None
                and not self.keys[k].startswith(("ال", "لل"))
                and self.keys[k] not in self.stop
                and self.word_num(k) is None
                and not self.match(months(), k, 1)[0]
                for k in words
            )
        return False

    def name_word_before(self, i: int) -> bool:
        """The word before token ``i`` may end a name: an Arabic word of four letters or more
        (a و clitic aside), with no article, no attached pronoun, no feminine or verbal ending
        (ة, ت, وا, «است», a four-letter «م» verbal noun), no cue role, no number, month or
        unit; and not an item of a list whose item before had a counted noun («الصومال 1844
        صوتا، جيبوتي 1678»)."""
        k = i - 1
        if k < 0 or self.toks[k].kind != "word" or not self.spaced(k, i):
            return False
        key = self.keys[k]
        bare = key[1:] if key.startswith("و") else key
        if not _ARABIC.match(key) or len(bare) < 4 or bare.startswith(("ال", "بال", "لل", "فال", "است")):
            return False
        if self.clause_start(k) or self.after_list_item(k):
            return False  # «: تبوك 12، حائل 7»: an item of a list of counts, each place its own
        if key[0] in "بلك" and len(key) >= 5:
            return False  # «برصيد 40»: a preposition on a common noun, not a name
        if key.startswith("و") and (bare[0], len(bare)) in (("أ", 4), ("ا", 5)):
            return False  # «وأصيب 20», «وانتقل 3»: و and a perfect verb, whose object is counted
        if len(bare) == 4 and bare.startswith("م"):
            return False  # «مقتل 3 في انفجار»: a verbal noun (مَفعَل), not a name
        if key.endswith(("ه", "ها", "هم", "هن", "نا", "ك", "ة", "ت", "وا")):
            return False
        if key in self.stop or self.word_num(k) is not None or self.match(months(), k, 1)[0]:
            return False
        return not (self.match(self.units, k, 1)[0] or any(self.is_cue(role, key) for role in self.cue))

    def clause_start(self, k: int) -> bool:
        """Token ``k`` opens the text, a line, a sentence or a clause («:», «،», «؛» before it)."""
        if k == 0:
            return True
        if "\n" in self.gap(k - 1, k):
            return True
        return self.keys[k - 1] in (":", "،", ",", "؛", ";", ".", "!", "؟", "?")

    def after_list_item(self, k: int) -> bool:
        """The words ending at token ``k`` (up to three) follow «number (word)،»: the next item of
        a list of counts («الصومال 1844 صوتا، جيبوتي 1678», «برصيد 40، يليه ريال مدريد 38»)."""
        j = k
        while j > 0 and k - j < 3 and self.toks[j - 1].kind == "word":
            j -= 1
        if j < 2 or self.keys[j - 1] not in (",", "،"):
            return False
        if self.toks[j - 2].kind == "num":
            return True
        return j >= 3 and self.toks[j - 2].kind == "word" and self.toks[j - 3].kind == "num"

    def list_goes_on(self, i: int) -> bool:
        """Number ``i`` is followed by «، word(s) number»: the first count of a list, not a name."""
        j = i + 1
        if j >= self.n or self.keys[j] not in (",", "،"):
            return False
        j += 1
        words = 0
        while j < self.n and self.toks[j].kind == "word" and words < 3:
            j += 1
            words += 1
        return words > 0 and j < self.n and self.toks[j].kind == "num"

    def phone_run(self, i: int, core: _Core) -> bool:
        """«05 37 71 37 05»: three to six two-digit groups side by side, one space apart, one of
        them with a leading zero and no other number around, make a phone number, not figures
        (a number inside a longer run is a table)."""
        if core.last != i or len(self.toks[i].key) != 2:
            return False
        first = last = i
        while first > 0 and self.toks[first - 1].kind == "num" and i - first < 7:
            first -= 1
        while last + 1 < self.n and self.toks[last + 1].kind == "num" and last - i < 7:
            last += 1
        run = range(first, last + 1)
        if not 3 <= len(run) <= 6 or any(len(self.toks[k].key) != 2 for k in run):
            return False
        if any(self.text[self.toks[k].end : self.toks[k + 1].start] != " " for k in run[:-1]):
            return False
        return any(self.toks[k].key.startswith("0") for k in run)

    def quoted_name_number(self, i: int, core: _Core) -> bool:
        """«"الفرقة 30"», ««بيجو 300»», «"المراسل 24"»: a bare number closing a short quoted span
        that opens on a word is the end of a name (a unit, a brand, a website), not a figure."""
        if core.last + 1 >= self.n or self.keys[core.last + 1] not in _QUOTES:
            return False
        if not self.adjacent(core.last, core.last + 1) or not self.spaced(i - 1, i):
            return False
        k = i - 1
        while k >= 0 and i - k <= 3 and self.toks[k].kind == "word":
            key = self.keys[k]
            if not self._content(k) or any(self.is_cue(role, key) for role in _NOT_NAME_ROLES):
                return False  # «"تجاوز 30"»: a clause quoted, the number its figure
            k -= 1
        return k >= 0 and k < i - 1 and self.keys[k] in _QUOTES and self.adjacent(k, k + 1)

    def in_titled_quote(self, i: int) -> bool:
        """«تحت شعار "40 يوما و 400 مبادرة"», "a campaign titled "5 a day"": a number inside the
        quoted name of a slogan or a title is part of that name."""
        k = i - 1
        while k >= 0 and k > i - 8:
            key = self.keys[k]
            if key in _QUOTES or (key == "(" and self.lang == "ar"):  # «حي (600 دار)» too
                return self.titled_quote(k)
            if key in (".", "!", "?", "\n", ";", ":", "(", ")"):
                return False
            k -= 1
        return False

    def titled_quote(self, k: int) -> bool:
        """The quoted span opening at token ``k`` names something: a title cue before it, or
        before the first of a list of quoted names («موقعي "الصباح" و"النبأ 36"»)."""
        for _ in range(3):
            if k < 1:
                return False
            if self.is_cue("title", self.keys[k - 1]):
                return True
            if k < 2 or self.keys[k - 1] not in ("و", ",", "،") or self.keys[k - 2] not in _QUOTES:
                return False
            m = k - 3  # back over the earlier quoted name to its opening mark
            while m >= 0 and m > k - 10 and self.keys[m] not in _QUOTES:
                m -= 1
            if m < 0 or self.keys[m] not in _QUOTES:
                return False
            k = m
        return False

    def goals(self, j: int) -> Decimal | None:
        """A side of a sports score at token ``j``: a small whole number, or a zero word («صفر», nil)."""
        if not 0 <= j < self.n:
            return None
        t = self.toks[j]
        if t.kind == "word":
            return Decimal(0) if self.is_cue("zero", t.key) else None
        if t.kind != "num":
            return None
        raw = parse_raw(t.key, self.lang, False)
        if raw.kind != "number" or not raw.plain or raw.value is None or raw.value > 150:
            return None
        return raw.value if raw.value == int(raw.value) else None

    def score_pair(self, i: int) -> tuple[list[_Fig], int] | None:
        """«2 - 1», «صفر - 4», «2 - صفر» in a match report: one score, worth its first number
        (a range «3 - 5 أيام» or a day span «3 - 4 مايو» has a unit or a month after it)."""
        if i + 2 >= self.n:
            return None
        slash = self.lang == "ar" and self.toks[i + 1].key == "/" and self.key(i + 3) != "/"
        if not self.score_link(i + 1) and not slash:
            return None  # «صفر / 1»: an Arabic score may take a slash (not «15 / 8 / 1436»)
        if not (self.spaced(i, i + 1) and self.spaced(i + 1, i + 2)):
            return None
        first, second = self.goals(i), self.goals(i + 2)
        if first is None or second is None:
            return None
        zero = self.toks[i].kind == "word" or self.toks[i + 2].kind == "word"
        if not zero and not self.score_context(i):
            return None
        nxt = i + 3
        unit_after = self.match(months(), nxt)[0] or self.match(self.units, nxt)[0]
        if unit_after and self.spaced(i + 2, nxt):
            return None
        return [_Fig(i, i + 2, first, kind="score")], i + 3

    def score_link(self, k: int) -> bool:
        """Token ``k`` joins the two sides of a score: a dash, or a run of two tatweels or more
        («3 ــ 2»), which folds to an empty key."""
        tok = self.toks[k]
        if tok.key in _SCORE_LINKS:
            return True
        run = self.text[tok.start : tok.end]
        return tok.key == "" and len(run) >= 2 and set(run) == {"ـ"}  # («من 1 ـ 3 فوز»: a range)

    def slash_score(self, i: int) -> Decimal | None:
        """«فاز 2/0 على لاتسيو», «(5/3)» in an Arabic match report: two small whole numbers
        joined by a slash are a score (its first side), not a code."""
        if self.lang != "ar" or not self.score_context(i):
            return None
        parts = self.keys[i].split("/")
        if len(parts) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts):
            return None
        if self.key(i + 1) == "/" or self.key(i - 1) == "/" or self.cue_before("ident", i, 2):
            return None
        first, second = int(parts[0]), int(parts[1])
        return Decimal(first) if first <= 15 and second <= 15 else None

    def score_like_time(self, i: int, raw: Raw) -> bool:
        """«3:1» in a match report is a score; «20:30» after «الساعة» stays a clock time."""
        small = raw.value is not None and raw.second is not None and raw.value <= 15 and raw.second <= 15
        padded = ":0" in self.keys[i] and not self.keys[i].endswith(":0")  # «10:05» is a clock
        after = self.key(i + 1)
        clock_after = after in _time_suffix() or after in ("ت", "ص", "م", "بتوقيت", "gmt", "h")
        return small and not padded and not clock_after and not self.cue_before("time", i, 2)

    def score_context(self, i: int) -> bool:
        """A match word a little before (or right after) token ``i``: «بالفوز على بنفيكا (3 ــ 2)،
        ثم فيورنتينا (4 ــ 2)» (the second score of a list is still within reach)."""
        lo = max(0, i - 16)
        return any(self.is_cue("score", self.toks[k].key) for k in range(lo, min(self.n, i + 4)))

    def amount_unit_after(self, j: int) -> bool:
        """«عند مستويات الـ 48 دولارا», «قرابة الـ 30 في المائة»: a currency, percent or measure
        word after «الـ» + digits makes «the 48 dollars», an amount, not an ordinal."""
        if j >= self.n or (not self.spaced(j - 1, j) and self.keys[j] not in ("%", "٪")):
            return False
        size, entry = self.match(self.units, j)
        return bool(size) and isinstance(entry, UnitEntry) and entry.kind in ("money", "percent", "measure")

    def definite_count(self, fig: _Fig, art: int, nxt: int) -> bool:
        """«الجهات الـ12», «انتخاب الـ1503 جماعة»: «الـ» + digits after a definite plural, or
        before an indefinite noun, is «the 12 ...», a count; after a singular («الدورة الـ75») it
        stays an ordinal."""
        prev = art - 1
        if prev >= 0 and self.toks[prev].kind == "word" and self.spaced(prev, art):
            pkey = self.keys[prev]
            bare = pkey[1:] if pkey[:1] in "وبلف" and pkey[1:3] == "ال" else pkey
            stem = bare[2:]
            broken = (len(stem) == 5 and stem[2] == "ا" and stem[0] == "م") or (
                len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا"
            )  # «المقاعد», «المراكز» (mafāʿil), «الأحزاب», «الأطفال» (afʿāl)
            if bare.startswith("ال") and len(bare) >= 5 and (bare.endswith(("ات", "ين", "ون")) or broken):
                fig.kind = "count"
                fig.counts = self._phrase(prev, prev)
                return True
        if (
            prev >= 0
            and self.toks[prev].kind == "word"
            and not self.keys[prev].startswith(("ال", "وال", "بال", "لل", "فال"))
            and not self.keys[prev].endswith(("ه", "ها", "هم", "هن", "نا"))  # «دورته ال17»: his 17th
            and self._content(prev)
            and not self.is_cue("skip", self.keys[prev])
            and nxt < self.n
            and not self.keys[nxt].startswith("ي")  # «... ال17 يقدم»: a verb follows
            and self.toks[nxt].kind == "word"
            and self.spaced(fig.last, nxt)
            and not self.keys[nxt].startswith(("ال", "وال", "بال", "لل", "فال", "ل"))
            and self._content(nxt)
            and not self.is_cue("skip", self.keys[nxt])
        ):
            fig.kind = "count"
            fig.counts = self._phrase(nxt, nxt)
            return True
        return False
