"""Shapes of folded Arabic words that the quote finder and the figures both test.

Why here: ``prcli.figures`` must not import ``prcli.quotations``, and both read the same shape of
a relative adjective (nisba, ـي/ـية) after a noun: the quote finder to end a speaker's description
(«المتحدث الرسمي»), the figures to tie a number to the noun the adjective qualifies («المنطقة
العسكرية الرابعة»). Words are folded (``prcli.text.normalize``): «ية» reads «يه».
"""

from __future__ import annotations


def ar_nisba(w: str, shortest: int = 5, *, feminine: bool = True, plural: bool = False) -> bool:
    """«الأممي», «العبرية», «الأمريكيين»: the folded ``w`` is shaped as a definite adjective of
    relation (nisba): ال, then ي, or ية (folded يه) unless ``feminine`` is off, or the plural يين/يون
    when ``plural`` is on, and ``shortest`` letters at least (0: any length; a short word such as
    «الذي» ends the same way)."""
    return len(w) >= shortest and w.startswith("ال") \
        and w.endswith(("ي", "يه", "يين", "يون") if plural else ("ي", "يه") if feminine else "ي")


def ar_nisba_ending(w: str, *, accusative: bool = False) -> bool:
    """«عماني», «سنوية» (folded «سنويه»), with ``accusative`` also «ماليا»: the folded ``w`` ends as
    a relative adjective (nisba) does, whatever opens it (the caller has read the article, or
    its absence, already)."""
    return w.endswith(("ي", "يه", "يا") if accusative else ("ي", "يه"))
