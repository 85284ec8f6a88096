"""Figures in an article: every number with its value, kind, unit and what it counts.

The text is folded (``prcli.text.normalize.fold``, same length) and lower-cased, then cut into
tokens (digit runs, letter runs, single marks). One left-to-right pass reads, at each token, the
longest figure starting there: an optional currency sign, a number in digits or words (with
scale words, duals and ``و``-joined parts), then a percent, currency, unit or time word. The kind
comes from that unit and from the words around (ages, years, ranks, dates, identifiers), and the
counted noun from the words after (or, for shares and amounts, before) the figure. Spans are
offsets into the original text. Every step looks at a bounded number of tokens, so the pass is
linear in the length of the text.

Here: the entry point and the pass (``_Doc.run``). The readers are layered classes, one module
per concern, each using only those below it: ``base`` (state, tokens, token helpers),
``phrases``, ``ranges``, ``attach_ar``, ``attach_fr``, ``attach`` (what a figure counts),
``identifiers``, ``kinds``, ``numbers``, ``specials``, ``scan`` (the figure at a token); the
word lists are in ``wordlists`` and the after-passes per language in ``counts_ar/en/fr``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from prcli.figures.base import _DENSE_REACH, _Fig, _plain
from prcli.figures.base import _num_key as _num_key
from prcli.figures.base import _tokenize as _tokenize
from prcli.figures.scan import _Scan
from prcli.figures.wordlists import _ARABIC, _lang_words, _prefix_money
from prcli.model import Stat


def _guess_lang(text: str, language: str) -> str:
    if language in ("ar", "en", "fr"):
        return language
    sample = text[:4000]
    if len(_ARABIC.findall(sample)) > len(sample) // 10:
        return "ar"
    french = len(_markers("fr").findall(sample.lower()))
    english = len(_markers("en").findall(sample.lower()))
    return "fr" if french > english else "en"


@cache
def _markers(lang: str) -> re.Pattern[str]:
    """The frequent short words of ``lang`` (``data/language_markers_<lang>.txt``) as one regex of
    whole words (the count of matches does not depend on their order)."""
    words = sorted(_lang_words("language_markers", lang))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def extract_stats(text: str, *, language: str = "und") -> tuple[Stat, ...]:
    """Every figure in article order: counts, money, percents, measures, ranks, ordinals, years,
    dates, times, durations, ages and scores, each with ``text == source[start:end]``."""
    lang = _guess_lang(text, language)
    return _Doc(text, lang).run()


#: ``_Doc.inert`` in use (False only to check that results are the same without it).
_INERT_CHECK = True
#: ``_Doc.dense_count`` in use (False only to check that results are the same without it).
_DENSE_CHECK = True


class _Doc(_Scan):
    """One article being read: the tokens and the figures found so far."""

    # ----------------------------------------------------------------- main pass
    def run(self) -> tuple[Stat, ...]:
        figs: list[_Fig] = []
        i, n = 0, self.n
        toks, inert, memo = self.toks, self.inert, self._inert
        # (bound once: read for every token)
        check, money_marks = _INERT_CHECK, _prefix_money()
        run_start, run_end = 0, 0  # the run of bare digit tokens around the last number seen
        while i < n:
            t = toks[i]
            if check and (
                (t.kind == "word" and (memo.get(t.key) or inert(t.key)))
                or (t.kind == "punct" and t.key not in money_marks)
            ):
                i += 1  # ``at`` would find nothing here (a mark starts a figure only as a currency sign)
                continue
            if t.kind == "num" and i + 1 < self.n and self.keys[i + 1] == "." and self.list_number(i):
                i += 1  # what ``at`` answers first for a number before a dot: a list marker «1. »
                continue
            if t.kind == "num" and _DENSE_CHECK:
                if i >= run_end:
                    nxt_num = i + 1 < self.n and toks[i + 1].kind == "num" and self.blank_between(i)
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
