"""English speakers: the antecedent of a relative («…, who said») and subjects before a verb."""

from __future__ import annotations

from prcli.quotations.attribution.base import Clause, _en_det, _fr_det, _fr_prep
from prcli.quotations.attribution.french import _French
from prcli.quotations.attribution.phrases import _name_glue
from prcli.quotations.people import latin_cap, stopwords
from prcli.text.resources import lazy_words

_subject_relatives = lazy_words("prcli.quotations", "subject_relatives_en.txt", "subject_relatives_fr.txt")


class _English(_French):
    """English subject and speaker readers."""

    def _relative_antecedent(self, i: int, floor: int) -> tuple[int, int] | None:
        """"X, who was there, said" / "X, 46, chief of Y, said": the name before the commas."""
        toks = self.toks
        segs: list[tuple[int, int]] = []
        right = i
        k = i
        while k > floor and i - k < 24:
            t = toks[k - 1]
            if t.norm == ",":
                segs.append((k, right))
                right = k - 1
            elif t.kind != "w" and t.norm not in (".", "'", "(", ")"):
                break
            k -= 1
        segs.append((k, right))
        if len(segs) < 2:
            return None
        descriptive = 0
        near = [x for x in toks[segs[0][0]:segs[0][1]] if x.kind == "w"]
        if len(near) >= 3 and not latin_cap(self.text, near[0]) and latin_cap(self.text, near[-1]) \
                and latin_cap(self.text, near[-2]):
            return None  # «À Toulon, le maire Hubert Falcone a dénoncé»: the subject is next to the verb
        if near and "'" in near[0].norm[:3] and near[0].end - near[0].start > 2 \
                and self.text[near[0].start + 2].isupper():
            return None  # «Enfin, l'Insee signale»: the phrase next to the verb is the subject
        for a, b in segs[:5]:
            words = [x for x in toks[a:b] if x.kind == "w"]
            if not words:
                continue
            first = words[0]
            if descriptive and latin_cap(self.text, first) and not self._prepositional(first):
                # the name closing the segment before the description
                m = b
                while m > a and (latin_cap(self.text, toks[m - 1])
                                 or toks[m - 1].norm.rstrip(".") in self.lex.honorifics
                                 or (toks[m - 1].norm in _name_glue() and m - 1 > a
                                     and latin_cap(self.text, toks[m - 2]))):
                    m -= 1
                if b - m == 1 and self.reg.by_name((toks[m].norm,)) is None \
                        and not self._first_name_apposition(m, a, segs):
                    return None  # a lone capitalised word («Enfin,») is not a name we know
                if m == b and (first.norm in _en_det() or first.norm in _fr_det()) and any(
                        x.norm in self.lex.people or x.norm.rstrip("s") in self.lex.people
                        for x in words[:3]):
                    return (a, b)  # "A spokesman for the Forum (WF), which is meeting …, told"
                return (m, b) if m < b else None
            if first.norm in _subject_relatives() or first.norm[:1].isdigit() \
                    or not latin_cap(self.text, first):
                descriptive += 1
                continue
            return None
        return None

    def _first_name_apposition(self, m: int, a: int, segs: list[tuple[int, int]]) -> bool:
        """«Gaëtan, porte-voix malgré lui, dit»: a first name opening the clause, then an
        apposition with a person word or an age, is someone the article introduces."""
        t = self.toks[m]
        if m != a or t.norm in stopwords(self.lang) or self._prepositional(t) \
                or t.norm in self.reg.lowercase_words(self.text, self.toks):
            return False
        if self.lang == "fr" and self._fr_opening_participle(m):
            return False  # «Furieux, le syndicat a dénoncé»: an opening adjective, not a first name
        inner = [x for x0, x1 in segs[:-1] for x in self.toks[x0:x1] if x.kind == "w"]
        return any(x.norm in self.lex.people or x.norm.rstrip("s") in self.lex.people
                   or x.norm[:1].isdigit() for x in inner)

    def _relative_source(self, i: int, end: int, number: str) -> Clause | None:
        """«les autorités, selon lesquelles « … »», «le message de X, selon lequel « … »»: the
        antecedent before the source word speaks, never the relative pronoun."""
        j = i - 1 if i > 0 and self.toks[i - 1].norm == "," else i
        np = self._left_np(j, self._clause_floor(j))
        if np is None:
            return Clause(i, end + 1, None, number, "unparsed")
        if self.lang == "fr" and np[0] > 0 and self.toks[np[0] - 1].norm in _fr_prep():
            # «Julien, 41 ans, cuisinier à l'hôpital de Rennes, pour qui …»: the phrase after «à» is
            # where the person works; the person named before it is the antecedent
            np = self._fr_aged_name(self._recent_start(np[0]), np[0]) \
                or self._fr_full_name_before(np[0], self._near_sentence_start(np[0], 40)) or np
        words = [t.norm.removeprefix("l'") for t in self.toks[np[0]:np[1]]]
        if not any(latin_cap(self.text, t) for t in self.toks[np[0]:np[1]]) \
                and not any(w in self.lex.people or w.rstrip("s") in self.lex.people for w in words):
            return None  # «l'idée selon laquelle « … »», «la rumeur selon laquelle»: no one speaks
        np = self._apposition_left(np)
        if self.lang == "fr":
            np = self.fr_words_owner(np) or np  # «le message de X, selon lequel « … »»: X
        return Clause(i, end + 1, np, number, "relative-source")

    def _past_opening(self, floor: int, j: int) -> int:
        """«Pour sortir de l'impasse, Mme X …»: the token after an opening adverbial phrase set off by
        a comma (one that starts with a preposition or a connector), else ``floor``."""
        toks = self.toks
        if floor >= j or not (self._prepositional(toks[floor]) or toks[floor].norm in stopwords(self.lang)):
            return floor
        for m in range(floor + 1, min(j, floor + 10)):
            if toks[m].norm == ",":
                return m + 1
            if toks[m].kind != "w":
                break
        return floor
