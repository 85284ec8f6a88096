"""Linking figures that belong together: ranges ("5 to 7", "من 5 إلى 7") and paired changes.

Run once, after every figure of the article has been read (``extract._Doc.run``).
"""

from __future__ import annotations

import itertools

from prcli.figures.base import _Fig
from prcli.figures.phrases import _Phrases
from prcli.figures.wordlists import (
    _and_or,
    _articles_en,
    _day_range_links,
    _range_links,
    _same_thing_glue_en,
    _same_thing_links,
    _year_count_links,
)


class _Ranges(_Phrases):
    """Linking figures into ranges and pairs once all are read."""

    def ar_year_pair(self, a: _Fig, b: _Fig) -> bool:
        """«1436-1437 هـ», «العام الدراسي 1436 – 1437»: two consecutive 4-digit years joined by a
        dash name a (school or Hijri) year, not two counts."""
        if self.lang != "ar" or a.kind not in ("count", "year") or b.kind not in ("count", "year"):
            return False
        if b.first - a.last != 2 or self.keys[a.last + 1] not in ("-", "–", "/") or a.first != a.last:
            return False
        if not (self.bare_digits(a.first) and self.bare_digits(b.first) and len(self.keys[a.first]) == 4):
            return False
        return b.value == a.value + 1 and (1300 <= a.value <= 1500 or 1900 <= a.value <= 2100)

    def ar_restated(self, a: _Fig, b: _Fig) -> bool:
        """«"18" ثماني عشرة سنة», «(30) ثلاثين يوما»: legal copy gives a number in digits, in
        marks or brackets, then again in words with its unit; the digits take the words' kind."""
        if self.lang != "ar" or a.kind != "count" or a.unit is not None or a.value != b.value:
            return False
        if not b.words or a.words or b.kind == "count" or a.first != a.last:
            return False
        between = [self.keys[k] for k in range(a.last + 1, b.first)]
        return bool(between) and len(between) <= 2 and all(k in ('"', "»", ")", "”", "]") for k in between)

    def ar_list_bound(self, a: _Fig, b: _Fig) -> bool:
        """«تراوحت الآجال بين 5 و 7 و 10 سنوات»: in a list of bare numbers whose last carries the
        unit, a bare number before one that took the unit (walking back) takes it too."""
        return (
            self.lang == "ar"
            and a.kind == "count"
            and a.unit is None
            and a.first == a.last == b.first - 2 == b.last - 2
            and self.toks[a.first].kind == "num"
            and self.toks[b.first].kind == "num"
            and a.start is None
            and b.start is None
            and b.kind in ("duration", "percent", "measure", "age")
            and b.scale == 1
            and b.factor == 1
            and self.keys[a.last + 1] in _range_links()
        )

    def link_ranges(self, figs: list[_Fig]) -> None:
        """«من 6 إلى 3 بالمائة», "between 2 and 3 million": the first bound takes the second's unit.

        Most passes look at two neighbouring figures with one to six tokens between them: they
        walk ``near``, those pairs only (token indices never change here), so a table of figures
        side by side (333,000 bare numbers) is not walked by every pass."""
        near = [(a, b) for a, b in itertools.pairwise(figs) if 2 <= b.first - a.last <= 7]
        for a, b in near:
            if self.ar_year_pair(a, b):
                a.kind, a.counts, a.counts_after = "year", None, False  # «العام الدراسي 1436-1437 هـ»
                if b.kind == "count":
                    b.kind, b.counts, b.counts_after = "year", None, False
                continue
            if (
                a.kind == "ordinal"
                and b.kind == "date"
                and a.value <= 31
                and b.first - a.last == 2
                and self.keys[a.last + 1] in _day_range_links()
            ):
                a.kind, a.counts = "date", None  # «les 1er et 15 mars»
                continue
            if (
                a.kind == "age"
                and b.kind in ("duration", "count")
                and b.value <= 130  # «دون خمس سنوات إلى ستة ملايين»: no age
                and b.first - a.last == 2
                and self.keys[a.last + 1] in _range_links()
            ):
                b.kind, b.counts, b.counts_after = "age", None, False  # «âgés de 24 et 29 ans»
                continue
            if (
                a.kind == "year"
                and b.kind == "count"
                and b.counts_after
                and self.lang in ("en", "fr")
                and b.first - a.last == 2
                and self.keys[a.last + 1] in _year_count_links()
                and a.value < b.value
                and not self.cue_before("year", a.first, 1)
            ):
                a.kind = "count"  # «de 1500 à 2500 déplacés»: a range of counts, not a year
            if a.kind != "count" or a.unit is not None or a.start is not None or b.start is not None:
                continue
            if b.kind not in ("percent", "money", "measure", "duration", "count", "age", "date"):
                continue
            if b.kind == "date" and not (1 <= a.value <= 31 and self.toks[a.first].kind == "num"):
                continue
            if b.first - a.last != 2 or self.keys[a.last + 1] not in _range_links():
                continue  # one link word between the two, no list built to check it
            if b.kind == "count":
                if a.counts is None:
                    a.counts = b.counts
                if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value * 10:
                    a.value *= b.scale  # «entre 5 et 6 milliards», "between 4 and 7 million people"
                continue
            a.kind, a.unit = b.kind, b.unit
            if b.kind == "date":
                a.counts = None
                continue
            if b.kind == "duration" and self.cue_before("age", a.first, 4):
                a.kind = b.kind = "age"
            if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value * 10:
                a.value *= b.scale
            if b.kind == "money" and b.factor != 1:
                a.value /= b.factor  # «بين 31 و37 سنتا»: both in cents
            a.counts = b.counts or a.counts
            b.counts = b.counts or a.counts
        for a, b in near:
            if self.ar_restated(a, b):  # «عمره "18" ثماني عشرة سنة»: the words repeat the digits
                opening = a.first - 1 if self.key(a.first - 1) in ('"', "«", "(", "“", "[") else a.first
                if b.kind == "duration" and self.cue_before("age", opening, 2):
                    b.kind = "age"
                a.kind, a.unit, a.counts = b.kind, b.unit, b.counts
        for a, b in reversed(near):
            if self.ar_list_bound(a, b):
                a.kind, a.unit, a.counts = b.kind, b.unit, b.counts  # «بين 5 و 7 و 10 سنوات»
        for a, b in near:
            if (
                self.lang == "ar"
                and a.kind == "ordinal"
                and b.kind == "count"
                and b.counts is None
                and b.first - a.last == 2
                and self.keys[a.last + 1] == "و"
                and self.keys[a.first] == "ال"
                and self.toks[b.first].kind == "num"
            ):
                b.kind, b.counts = "ordinal", a.counts  # «السباق الـ7 و8»: the 7th and 8th races
        for a, b in itertools.pairwise(figs):  # the list is not changed here, only its figures
            if a.counts is None and not b.counts_after:
                continue  # neither branch below applies (the common case: 333,000 bare numbers)
            if a.kind != b.kind or a.start is not None or b.start is not None:
                continue
            next_to = b.first - a.last <= 2 and not (self.clause_link(a.last + 1) or self.stop_between(a, b))
            if b.counts_after and next_to and not a.counts_after:
                a.counts = b.counts  # "between 31 and 72 MPs"; not "cut to 31 as 72 MPs rebelled"
            elif (
                (b.counts is None or b.weak)
                and a.counts is not None
                and b.kind in ("percent", "money", "measure")
            ):
                gap = self.low[self.toks[a.last].end : self.toks[b.first].start]
                if b.first - a.last <= 8 and not any(c in gap for c in ".!?\n;"):
                    b.counts = a.counts
        for a, b in reversed(near):
            # "12, 15 and 20 season tickets": a list of bare counts shares the noun after its last
            if (
                self.lang in ("en", "fr")
                and a.kind == b.kind == "count"
                and b.counts is not None
                and not a.counts_after
                and a.start is None
                and b.start is None
                and all(self.keys[m] in _and_or() for m in range(a.last + 1, b.first))
                and 0 < b.first - a.last - 1 <= 2
                and (b.counts_after or b.listed)
            ):
                a.counts, a.listed = b.counts, True
        for a, b in near:
            # "closed down 31 points, or 0.5%, at 6,140", "rose 6p or almost 2% in late trading":
            # a figure glued to the one before by "or", "at", "up from" measures the same thing
            if (
                self.lang == "en"
                and (b.counts is None or b.weak)
                and a.counts is not None
                and not a.weak
                and b.kind in ("percent", "money", "measure", "count")
                and a.kind in ("percent", "money", "measure", "count")
                and 0 < b.first - a.last - 1 <= 4
                and all(self.keys[m] in _same_thing_links() for m in range(a.last + 1, b.first))
                and any(self.keys[m] in _same_thing_glue_en() for m in range(a.last + 1, b.first))
            ):
                b.counts, b.weak = a.counts, False
        for a, b in near:
            # "2.4 million tonnes of copper, up 6% on 2021": a change glued by a comma to the figure
            # before it is that figure's change
            if (
                self.lang == "en"
                and a.counts is not None
                and (b.counts is None or b.weak)
                and b.kind in ("percent", "money", "measure", "count")
                and 0 <= (comma := self.after_comma_change(b.first)) - a.last - 1 <= 3
                and all(self.toks[m].kind == "word" for m in range(a.last + 1, comma))
            ):
                b.counts, b.weak = a.counts, False
        for bi, b in enumerate(figs if self.lang == "en" else ()):
            # "output of 2.4 million tonnes, ... lower than the three million tonnes it had
            # aimed for": a figure compared with "than" measures what the last figure of its kind
            # in the sentence measured
            t = b.first - 1
            if self.key(t) in _articles_en():
                t -= 1
            if self.lang != "en" or self.key(t) != "than" or b.counts_after or b.start is not None:
                continue
            for a in reversed(figs[max(0, bi - 4) : bi]):
                gap = self.low[self.toks[a.last].end : self.toks[b.first].start]
                if b.first - a.last > 20 or any(c in gap for c in ".!?\n;"):
                    break
                if a.kind == b.kind and a.counts is not None and a.start is None:
                    b.counts, b.weak = a.counts, False
                    break
        for a, b in near:
            # "annual profits rose 26% to £310m": the level after a change measures the same thing
            if (
                (b.counts is None or b.weak)
                and a.counts is not None
                and b.kind in ("percent", "money", "measure", "count")
                and b.first == a.last + 2
                and self.keys[a.last + 1] in ("to", "à")
            ):
                b.counts = a.counts
