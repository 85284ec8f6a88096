"""Composing a number: digits with group separators, number words with scale words, duals and
``و``-joined parts, into one value (``core``, ``compose``).
"""

from __future__ import annotations

from decimal import Decimal

from prcli.figures.base import _Core, _Fig, _scale_of
from prcli.figures.kinds import _Kinds
from prcli.figures.lexicon import UnitEntry
from prcli.figures.numparse import parse_raw
from prcli.figures.wordlists import (
    _SMALL,
    _WORD_TYPES,
    _ar_multiples,
    _fr_ten_one,
    _lang_words,
    _many_much,
    _numbered_nouns,
    _people_after_m,
    _per,
    _periods,
    _prefix_money,
    _scale_abbr,
    _times,
)


class _Numbers(_Kinds):
    """Composing the value of a number from digits and number words."""

    def ratio_times_rate(self, fig: _Fig, j: int) -> int:
        """ "one in six" (a ratio), "four times" (a multiple), "30 frames a second" (a rate)."""
        lang = self.lang
        link = j + 1  # "two out of five schools" is two counts of schools, not a ratio
        labelled = fig.first >= 1 and self.keys[fig.first - 1] in _numbered_nouns()
        if (
            self.key(j) in _lang_words("ratio_prepositions", lang)
            and self.spaced(j - 1, j)
            and not labelled  # "went to number one in 12 countries": a label, then a count
        ):
            core = self.core(link) if link < self.n and self.spaced(link - 1, link) else None
            year_like = (
                core is not None and not core.words and core.digits == 4 and 1800 <= core.value <= 2100
            )  # "on top of 2,000 in 2003": a count and a year, no ratio
            if (
                core is not None
                and core.raw is None
                and core.value > fig.value > 0
                and not core.vague
                and not year_like
            ):
                fig.kind, fig.last, num = "other", core.last, fig.value
                fig.value = (num / core.value).quantize(Decimal("0.0001"))  # "one in six": 0.1667
                fig.counts = self.phrase_after(core.last + 1, 2)
                return core.last + 1
        if self.key(j) in _times() and self.spaced(j - 1, j):
            if self.multiple(fig, j):
                fig.kind, fig.last = "other", j
                if self.key(j + 1) == "as" and self.key(j + 2) in _many_much():
                    fig.counts = self.phrase_after(j + 3, 2)  # "three times as many tourists"
                elif lang == "en" and self.key(j + 1) == "the":
                    fig.counts = self.phrase_after(j + 2, 3, partitive=True)  # "ten times the number of"
                return j + 1
            fig.counts = self.text[self.toks[j].start : self.toks[j].end]
            return j  # «relayée 17'000 fois», "six times a year": how many times it happened
        if lang in ("en", "fr") and j + 2 < self.n and self._content(j) and self.key(j + 1) in _per():
            size, entry = self.match(self.units, j + 2, 1)
            calendar = lang == "en" and self.keys[j + 2] in _periods()  # "150,000 visitors a year": a count
            if size and isinstance(entry, UnitEntry) and entry.kind == "duration" and not calendar:
                fig.kind = "measure"  # "30 frames a second", "200 words a minute": a rate
                fig.unit = f"{self.toks[j].key}/{self.toks[j + 2].key}"
                fig.last = j + 2
                return j + 3
        return j

    def loose_after_scale(self, j: int) -> bool:
        """ "1 million two years ago": after an English scale word, a number word joins the number
        only when a "hundred" or a scale follows it ("two million five hundred thousand")."""
        if self.lang != "en":
            return False
        k = j
        while k < self.n and k - j < 6:
            w = self.word_num(k)
            if w is None and self.keys[k] not in ("-", "and"):
                return True
            if w is not None and w[0].type in ("hundred", "scale"):
                return False
            k += 1
        return True

    def name_word(self, j: int) -> bool:
        """An English number word in capitals after a lowercase one is part of a name ("Six
        Nations", "Big Ten"), not the next part of a number."""
        return (
            self.lang == "en"
            and self.text[self.toks[j].start].isupper()
            and j >= 1
            and self.toks[j - 1].kind == "word"
            and self.text[self.toks[j - 1].start].islower()
        )

    def joins_parts(self, typ: str, nxt: int) -> bool:
        """Whether «و» / "and" / «et» after a number part of type ``typ`` joins the next part into
        the same number: «خمسة وعشرون», "two hundred and five", «vingt et un», «mille et une»;
        «trois et deux jours», "three and two days" are two numbers."""
        if typ in ("scale", "dual"):
            return self.lang != "en" or self.spelled_scale_and(nxt)
        if self.lang == "ar":
            return self.toks[nxt].kind == "word"
        if self.lang == "fr":
            return typ == "ten" and self.key(nxt) in _fr_ten_one()
        return typ == "hundred"

    def spelled_scale_and(self, nxt: int) -> bool:
        """ "two million and five", "a thousand and one": in English only a spelled-out scale joins
        a part under a thousand through "and"; "sales of £9bn and 40,000 employees" are two figures."""
        scale = nxt - 2
        if scale < 0 or self.toks[scale].kind != "word" or self.adjacent(scale - 1, scale):
            return False  # "9bn", "5m": an abbreviation glued to its digits
        if self.toks[nxt].kind == "word":
            return True
        raw = parse_raw(self.keys[nxt], self.lang, False)
        return raw.value is not None and raw.value < 1000

    def multiple(self, fig: _Fig, j: int) -> bool:
        """ "four times as many", «trois fois plus», «أضعاف», «يفوق ... بأربع مرات»: a multiple
        (kind ``other``), not a number of occurrences."""
        if self.key(j) in _ar_multiples():
            return True
        if self.lang == "ar" and self.toks[fig.first].kind == "word" and self.keys[fig.first].startswith("ب"):
            return True
        return j + 1 < self.n and self.spaced(j, j + 1) and self.is_cue("compar", self.keys[j + 1])

    # ----------------------------------------------------------------- numbers
    def core(self, i: int) -> _Core | None:
        """The longest number starting at token ``i`` (digits and/or words, with scales)."""
        t = self.toks[i]
        if t.kind == "num":
            raw = parse_raw(t.key, self.lang, self.scale_follows(i))
            if raw.kind != "number" or raw.value is None:
                return _Core(
                    i,
                    i,
                    raw.value or Decimal(0),
                    False,
                    Decimal(1),
                    raw=raw,
                    plain=raw.plain,
                    digits=raw.digits,
                )
            if self.lang in ("fr", "ar") and raw.plain and raw.digits <= 3:
                i2, value = self.space_groups(i, raw.value)
                if i2 != i:
                    return self.compose(i, i2, value)
            core = self.compose(i, i, raw.value)
            if core is not None:
                core.plain, core.digits = raw.plain and core.last == i, raw.digits
            return core
        w = self.word_num(i)
        if w is None or w[0].type not in _WORD_TYPES:
            return None
        return self.compose(i, None, None)

    def space_groups(self, i: int, value: Decimal) -> tuple[int, Decimal]:
        """«1 724», «3 000 000»: groups of three digits after a space are thousands."""
        j, digits = i, self.toks[i].key
        while (
            j + 1 < self.n
            and self.toks[j + 1].kind == "num"
            and len(self.toks[j + 1].key) == 3
            and self.toks[j + 1].key.isdecimal()
            and self.gap(j, j + 1) == " "
        ):
            nxt = self.toks[j + 2] if j + 2 < self.n else None
            if nxt is not None and nxt.kind == "num" and self.gap(j + 1, j + 2) == " " and len(nxt.key) != 3:
                break
            j += 1
            digits += self.toks[j].key
        if j == i:
            return i, value
        return j, Decimal(digits)

    def money_around(self, i: int, j: int) -> bool:
        """Whether "m" after digits means million: a currency sign before, or people after."""
        if self.key(i - 1) in _prefix_money():
            return True
        nxt = self.key(j + 1)
        if self.sign_after(j):
            return True
        if self.is_cue("metres_after", nxt):
            return False  # "the 60m hurdles": an event in metres
        if nxt in _people_after_m():
            return True
        # "5m users"; not "a height of 2.01m was", "1.5m is": a plural noun, not a verb
        return nxt.endswith("s") and j + 1 < self.n and self._content(j + 1) and not self.verb_like(j + 1)

    def sign_after(self, j: int) -> bool:
        """A currency sign glued after the scale letter: «500 M$», «4 M€»."""
        return self.key(j + 1) in ("€", "$", "£") and self.adjacent(j, j + 1)

    def scale_follows(self, j: int) -> bool:
        k = j + 1
        if k >= self.n:
            return False
        if self.toks[k].key in _scale_abbr(self.lang) and self.spaced(j, k):
            return True
        w = self.word_num(k)
        return w is not None and w[0].type in ("scale",) and self.spaced(j, k)

    def compose(self, i: int, digits_end: int | None, digits_value: Decimal | None) -> _Core | None:
        """Fold number parts into one value: «مليارين و500 مليون» = 2.5e9, «خمسة وعشرون» = 25,
        «quatre-vingt-dix-neuf» = 99, «two hundred and five thousand» = 205000."""
        lang = self.lang
        total = Decimal(0)
        cur: Decimal | None = None
        last_scale: Decimal | None = None
        last_type: str | None = None
        last_val = Decimal(0)
        words = False
        good_end = -1
        good_state: tuple[Decimal, Decimal | None, Decimal | None] | None = None
        seg_snapshot: tuple[int, Decimal, Decimal | None, Decimal | None] | None = None
        single_type: str | None = None
        parts = 0
        j = i
        connector = False
        vague = False
        abbr_scale = False  # "£5m": nothing is added after a glued scale ("a £5m three-year deal")
        while j < self.n:
            t = self.toks[j]
            typ: str
            part_words = False
            if t.kind == "num":
                if digits_end is not None and j == i:
                    v = digits_value if digits_value is not None else Decimal(0)
                    nj = digits_end + 1
                else:
                    raw = parse_raw(t.key, lang, self.scale_follows(j))
                    if raw.kind != "number" or raw.value is None:
                        break
                    v = raw.value
                    nj = j + 1
                typ = "num"
            elif t.kind == "word":
                w = self.word_num(j)
                if w is None or w[0].type not in _WORD_TYPES:
                    # scale abbreviation glued to digits: 16.2bn, £5m
                    abbr = _scale_abbr(lang).get(t.key)
                    if abbr and t.key == "m" and not self.money_around(i, j):
                        abbr = None  # "200m champion": metres, read as a unit below
                    if (
                        abbr
                        and last_type == "num"
                        and (
                            self.adjacent(j - 1, j)
                            or (t.key in ("bn", "mn", "md", "mds") and self.spaced(j - 1, j))
                            or (t.key == "m" and self.spaced(j - 1, j) and self.sign_after(j))  # «4 M€»
                        )
                    ):
                        if not (
                            j + 1 < self.n and self.toks[j + 1].kind == "word" and self.adjacent(j, j + 1)
                        ):
                            v, typ, nj = Decimal(abbr), "scale", j + 1
                            abbr_scale = True
                        else:
                            break
                    else:
                        break
                else:
                    entry, _definite, joined = w
                    if joined and parts == 0 and lang == "ar" and entry.type in ("ten", "teen"):
                        break
                    if parts > 0 and self.name_word(j):
                        break  # "their last eight Six Nations matches": a capital starts a name
                    if joined and parts > 0:
                        connector = True
                    v, typ, nj = Decimal(str(entry.value)), entry.type, j + 1
                    part_words = True
            else:
                break
            # --- accept the part?
            accepted = True
            if parts == 0:
                if typ in ("scale",) and lang != "ar" and not (lang == "fr" and t.key == "mille"):
                    accepted = False  # «mille manifestants» is a number alone; "million" needs one
                elif typ == "dual":
                    total, last_scale, cur = v, v / 2, None
                elif typ == "scale":
                    total, last_scale, cur = v, v, None
                elif typ == "vague":
                    vague = True
                    cur = v
                else:
                    cur = v
            elif vague:
                accepted = typ in ("vague", "scale") and last_type == "vague" and v >= 1000
                if accepted:
                    cur = (cur or Decimal(1)) * v
            elif typ in ("scale", "dual"):
                base = v / 2 if typ == "dual" else v
                if typ == "dual" and cur is not None:
                    accepted = False
                elif last_scale is not None and base >= last_scale:
                    accepted = False
                    if seg_snapshot is not None:
                        good_end, total, cur, last_scale = seg_snapshot
                        good_state = (total, cur, last_scale)
                        seg_snapshot = None
                    break
                elif cur is None and last_type not in ("half", "quarter", "article"):
                    accepted = typ == "dual"
                    if accepted:
                        total += v
                        last_scale = base
                else:
                    mult = cur if cur is not None else Decimal(1)
                    total += mult * v
                    cur = None
                    last_scale = base
            elif typ == "num":
                accepted = (
                    cur is None and total > 0 and connector and last_scale is not None and v < last_scale
                )
                if accepted:
                    cur = v
            elif typ in ("half", "quarter") or typ == "article":
                accepted = False
            elif cur is None:
                # after a scale: ثلاثة ملايين وخمسمائة ألف, two million five hundred thousand
                accepted = total > 0 and last_scale is not None and v < last_scale and typ != "vague"
                accepted = accepted and not abbr_scale and not self.loose_after_scale(j)
                if accepted:
                    cur = v
            elif last_type == "num":
                accepted = False
            elif typ == "teen" and last_type in _SMALL and not connector:
                cur = cur + Decimal(10)
            elif typ == "hundred" and v == 100 and last_type in _SMALL and not connector and cur < 10:
                cur = cur * 100
            elif lang == "fr" and v == 20 and last_val == 4 and not connector:
                cur = cur - 4 + 80
                v = Decimal(80)
            elif lang == "en" and typ == "hundred" and not connector and cur < 100:
                cur = cur * 100
            elif v < last_val or (lang == "ar" and connector and typ == "ten" and last_val < 10):
                if lang == "ar" and not connector and typ != "teen":
                    accepted = False
                else:
                    cur = cur + v
            else:
                accepted = False
            if not accepted:
                break
            words = words or part_words  # «en 2050 une majorité»: a rejected word does not count
            parts += 1
            single_type = typ if parts == 1 else None
            last_type, last_val = typ, v
            good_end = nj - 1
            good_state = (total, cur, last_scale)
            if typ in ("scale", "dual"):
                seg_snapshot = (good_end, total, cur, last_scale)
            j = nj
            # a connector between parts: و / and / et / a hyphen inside French or English words
            connector = False
            if (
                typ == "num"
                and parts == 1
                and self.key(j) == ")"
                and self.key(i - 1) == "("
                and self.spaced(j - 1, j)
                and self.spaced(j, j + 1)
            ):
                w2 = self.word_num(j + 1)
                if w2 is not None and w2[0].type == "scale":
                    j += 1  # «(300) ألف ريال»: the wire style brackets the digits
            if j < self.n and self.spaced(j - 1, j):
                k = self.toks[j].key
                nxt = j + 1
                if (
                    k in _lang_words("number_connectors", lang)
                    and nxt < self.n
                    and self.spaced(j, nxt)
                    and (self.toks[nxt].kind == "num" or self.word_num(nxt) is not None)
                ):
                    if self.joins_parts(typ, nxt):
                        connector = True
                        j = nxt
                elif (
                    k == "-"
                    and lang in ("en", "fr")
                    and words
                    and self.adjacent(j - 1, j)
                    and self.adjacent(j, nxt)
                    and self.word_num(nxt) is not None
                ):
                    j = nxt
        if good_end < i or good_state is None:
            return None
        total, cur, _ls = good_state
        value = total + (cur if cur is not None else Decimal(0))
        if single_type in ("half", "quarter", "article"):
            return None
        return _Core(
            i,
            good_end,
            value,
            words,
            _scale_of(value, total),
            vague=vague,
            single_type=single_type,
            plain=False,
        )
