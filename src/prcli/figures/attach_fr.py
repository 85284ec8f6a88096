"""What a French figure counts: the noun after ``de``, the subject of a change verb, antecedents of
``qui``/``dont``/``en`` and pronouns, participles in apposition.
"""

from __future__ import annotations

from prcli.figures.attach_ar import _AttachAr
from prcli.figures.base import _Fig
from prcli.figures.lexicon import norm_word
from prcli.figures.wordlists import (
    _CLAUSE_END,
    _FR_DEMONYM_ENDS,
    _FR_PARTICIPLE_ENDS,
    _QUOTES,
    _determiners,
    _fr_agent_prepositions,
    _fr_be,
    _fr_clause_joins,
    _fr_clause_open,
    _fr_de,
    _fr_de_all,
    _fr_de_all_marks,
    _fr_definite,
    _fr_du_des,
    _fr_ellipsis_next,
    _fr_ils_elles,
    _fr_indefinite,
    _fr_np_lead,
    _fr_object_clitics,
    _fr_part_of_links,
    _fr_passive_aux,
    _fr_plural_articles,
    _fr_plural_determiners,
    _fr_plural_leads,
    _fr_pronoun_subjects,
    _fr_relative_que,
    _fr_set_off_de,
    _fr_singular_articles,
    _fr_singular_articles_marks,
    _fr_singular_de,
    _fr_those,
    _fr_verb_gap,
    _fr_we,
    _indefinite_fr,
    _per,
)


class _AttachFr(_AttachAr):
    """What a French figure counts."""

    def fr_repair_counts(self, fig: _Fig) -> None:
        """French readings that override or complete the generic ones: a hollow head («le nombre
        de grévistes», «dont le nombre a été estimé à»), a word that names no thing («10 000
        minimum», «rien qu'à Paris»), and, when nothing was found, the people a pronoun stands for
        («ils sont 58 % à», «4 700 d'entre eux»)."""
        got = self.fr_hollow_counts(fig) or self.fr_en_clitic(fig)
        if got:
            fig.counts = got
            return
        head = norm_word(fig.counts.split()[0].lower()) if fig.counts else ""
        if fig.counts and (self.is_cue("notcounted", head) or self.is_cue("be", head)):
            fig.counts = None  # «10 000 minimum», «nous étions trois»: no noun
        if fig.counts and fig.kind == "percent" and self.is_cue("ratiobase", head):
            fig.counts = self.fr_nearest_np(fig) or fig.counts  # «la dette, à 130 % du PIB» → dette
        if fig.counts and " " not in fig.counts:
            apposed = self.fr_apposed_participle(fig, fig.counts) or self.fr_dont_participle(fig)
            fig.counts = apposed or fig.counts
        if fig.counts is None:
            fig.counts = self.fr_pronoun_counts(fig)
        if fig.counts is None and self.key(fig.first - 1) == "de" \
                and self.key(fig.first - 2) in _fr_set_off_de():
            # «un taux de pauvreté encore très élevé, de 14,5 %», «la rénovation … à hauteur de
            # 12 millions»: a complement set off after its noun, or an amount put to it. (No
            # "nearest noun phrase" guess elsewhere: measured on the French press it was wrong
            # about two times in three; an empty ``counts`` tells the reader nothing false.)
            fig.counts = self.fr_nearest_np(fig)

    def fr_apposed_participle(self, fig: _Fig, word: str) -> str | None:
        """«les travaux prévus, estimés à 4 millions», «les droits d'entrée, évalués
        à 2,5 millions», «depuis 2015, atteignant un taux de 12 %»: a participle after a comma
        describes the noun before the comma, which is what the amount measures."""
        for k in range(fig.first - 1, max(0, fig.first - 7), -1):
            if self.text[self.toks[k].start : self.toks[k].end] != word:
                continue
            c = k - 3 if self.key(k - 1) in ("'", "’") and self.key(k - 2) == "s" else k - 1  # «, s'ajoutant»
            if self.key(c) != "," or not self.keys[k].endswith((*_FR_PARTICIPLE_ENDS, "ant")):
                return None
            prev = getattr(self, "_last_counted", None)
            near = prev is not None and bool(prev[0].counts) and fig.first - prev[1] < 30
            if fig.kind == "count" and fig.scale == 1 and prev is not None and near:
                counted: str = prev[0].counts
                return counted  # «62 personnes ... ont été déférées, s'ajoutant aux 163»
            return self.fr_antecedent(c + 1)
        return None

    def fr_noun_of(self, j: int) -> str | None:
        """«sa pension annuelle nette de 9 240 euros» → «pension annuelle nette», «une «aide
        ponctuelle» de 300 euros» (past the quote), «une bourse majorée de 800 $» (past
        the participle), «des travaux routiers d'un coût de 3 millions» → «travaux routiers»: the
        head noun after its article, with its adjectives, before the «de» of the amount."""
        k = j - 1
        if self.key(k) in ("'", "’"):
            k -= 1
        if self.key(k) not in _fr_de():
            return None
        last = k - 1
        for _ in range(3):
            if self.key(last) in ("»", "”"):
                last -= 1
            elif self.fr_bare_participle(last):
                last -= 1  # «bonifiée de»: the participle describes the noun before it
            else:
                break
        first = last
        while first >= 0 and last - first < 4 and self.toks[first].kind == "word" and self._content(first):
            if self.verb_like(first) or not self._lower(first):
                return None
            if self.is_cue("article", self.key(first - 1)) or self.key(first - 1) in ("«", "“"):
                if self.is_cue("costhead", self.keys[first]) and last == first:
                    return self.fr_cost_owner(first)
                return self._phrase(first, last) if last - first >= 1 or last < k - 1 else None
            first -= 1
        return None

    def fr_bare_participle(self, k: int) -> bool:
        """A lowercase past participle not opened by an article («bonifiée», «prévue»)."""
        return (
            k >= 1
            and self.toks[k].kind == "word"
            and self.keys[k].endswith(_FR_PARTICIPLE_ENDS)
            and len(self.keys[k]) > 4
            and self._lower(k)
            and not self.is_cue("article", self.key(k - 1))
        )

    def fr_cost_owner(self, head: int) -> str | None:
        """«des travaux routiers d'un coût de 3 millions»: what has the cost, before «d'un»."""
        art = head - 1
        elided = self.key(art - 1) in ("'", "’") and self.key(art - 2) == "d"
        if self.key(art) not in _indefinite_fr() or not elided:
            return None
        return self.fr_antecedent(art - 2)

    def fr_dont_participle(self, fig: _Fig) -> str | None:
        """«après trois dimanches de grève, dont deux marqués par des heurts»: a count after
        «dont» followed by a participle is part of what the count before it counted."""
        prev = getattr(self, "_last_counted", None)
        if (
            prev is None
            or fig.kind != "count"
            or self.key(fig.first - 1) != "dont"
            or not fig.counts_after
            or not self.fr_bare_participle(fig.last + 1)
            or self.key(fig.last + 2) not in _fr_agent_prepositions()  # «12 placés en détention» stays
            or not prev[0].counts
            or fig.first - prev[1] > 30
        ):
            return None
        counted: str = prev[0].counts
        return counted

    def fr_en_clitic(self, fig: _Fig) -> str | None:
        """«La préfecture en avait recensé 4 200», «on en comptait 300»: the clitic «en» stands
        for what the count before it counted (not the subject of the verb)."""
        prev = getattr(self, "_last_counted", None)
        if prev is None or fig.kind != "count" or prev[0].kind != "count" or not prev[0].counts:
            return None
        if fig.counts_after or fig.first - prev[1] > 60:  # «en ont recruté six autres»
            return None
        for k in range(fig.first - 1, max(-1, fig.first - 5), -1):
            if self.keys[k] == "en" and k + 1 < fig.first and self.verb_like(k + 1):
                counted: str = prev[0].counts
                return counted
            if self.keys[k] in _CLAUSE_END:
                break
        return None

    def fr_nearest_np(self, fig: _Fig) -> str | None:
        """For a percent of a base («à 130 % du PIB»): the nearest noun phrase with an article in
        the same sentence, before the figure, else after it («un taux de chômage très élevé, de
        9,2 %» → «taux de chômage»)."""
        complement = None
        for k in range(fig.first - 1, max(-1, fig.first - 25), -1):
            if self.keys[k] in (".", "!", "?", ";") or "\n" in self.gap(k, k + 1):
                break
            got = self.fr_np_at(k)
            if got and self.keys[k] in _fr_du_des() and k >= 1 and self._content(k - 1):
                complement = complement or got  # «la recapitalisation du géant»: its governor first
                continue
            if got:
                return got
        if complement:
            return complement
        for k in range(fig.last + 1, min(self.n, fig.last + 15)):
            if self.keys[k] in (".", "!", "?", ";") or "\n" in self.gap(k - 1, k):
                break
            got = self.fr_np_at(k)
            if got:
                return got
        return None

    def fr_np_at(self, k: int) -> str | None:
        """The noun phrase opened by an article at ``k`` («le taux de chômage»), when its head is a
        lowercase common noun (no verb, no time word)."""
        if not self.is_cue("article", self.keys[k]) or k + 1 >= self.n:
            return None
        h = k + 1
        if self.keys[h] in ("'", "’"):
            h += 1
        word = self.text[self.toks[h].start : self.toks[h].end] if h < self.n else ""
        if (
            h >= self.n
            or self.toks[h].kind != "word"
            or not (self._lower(h) or (word.isupper() and len(word) > 2))  # «le SMIC»
            or not self._content(h)
            or self.verb_like(h)
            or self.timeish(h)
            or self.is_cue("weekday", self.keys[h])
            or self.is_cue("notcounted", self.keys[h])
        ):
            return None
        return self.fr_np(h)

    def fr_hollow_counts(self, fig: _Fig) -> str | None:
        """«a évalué à 1200 le nombre de grévistes», «porte à six le nombre de disparus»: the
        de-complement of a hollow noun (nombre, total, montant) after the figure; «les
        grévistes, dont le nombre a été estimé à 2 300»: the noun before «dont»."""
        k = self.fr_next(fig)
        if self.key(k) in _fr_singular_articles_marks() and self.is_cue("hollow", self.key(k + 1)):
            m = k + 2
            if self.key(m) in _fr_de_all():
                m += 1
                while self.key(m) in ("'", "’", "la", "l"):
                    m += 1
                got = self.fr_np(m)
                if got:
                    return got
        for d in range(fig.first - 1, max(-1, fig.first - 12), -1):
            key = self.keys[d]
            if key in (".", "!", "?", ";", ":"):
                break
            hollow = self.key(d + 1) in _fr_singular_articles() and self.is_cue("hollow", self.key(d + 2))
            if key == "dont" and hollow:
                return self.fr_antecedent(d)
        return None

    def fr_pronoun_counts(self, fig: _Fig) -> str | None:
        """«ils sont 58 % à soutenir», «Ils étaient 9 000 mardi», «4 700 d'entre eux»: the
        plural noun the pronoun stands for, the nearest one named with an article before it
        (in the same or the previous sentence)."""
        j = fig.first
        k = self.fr_next(fig)
        partitive = self.key(k) in ("d", "de") and self.key(k + 1) in ("'", "’", "entre") and "entre" in (
            self.key(k + 1),
            self.key(k + 2),
        )
        pronoun = -1
        for m in range(j - 1, max(-1, j - 8), -1):
            be = any(self.is_cue("be", self.keys[v]) for v in range(m + 1, j))
            if self.keys[m] in _fr_ils_elles() or (self.keys[m] in _fr_we() and be):
                pronoun = m  # «ils pourraient être «quelques dizaines»», «« On est 3 000 »»
                break
            if self.keys[m] == "qui" and any(self.keys[v] in _fr_be() for v in range(m + 1, j)):
                return self.fr_antecedent(m)  # «les saisonniers qui étaient encore 12 000 à»
            if self.keys[m] in _CLAUSE_END and self.keys[m] not in _QUOTES:
                break
        if not partitive and pronoun < 0:
            return None
        if pronoun >= 0 and self.keys[pronoun] == "nous":
            return self._phrase(pronoun, pronoun)  # «nous étions trois»: the speakers, named no other way
        start = pronoun if pronoun >= 0 else j
        return self.fr_plural_before(start)

    def fr_plural_before(self, j: int) -> str | None:
        """The nearest plural noun before ``j`` introduced by an article or «de» («des Français»,
        «les retraités», «de manifestants»), within the sentence and the one before."""
        stops = 0
        for k in range(j - 1, max(-1, j - 45), -1):
            key = self.keys[k]
            if key in (".", "!", "?") or "\n" in self.gap(k, k + 1):
                stops += 1
                if stops > 1:
                    return None
                continue
            if (
                self.toks[k].kind == "word"
                and self.fr_plural(k)
                and self._content(k)
                and key not in _fr_indefinite()
                and not self.verb_like(k)
                and not self.timeish(k)
                and not self.is_cue("weekday", key[:-1])  # «samedis»
                and self.key(k - 1) in _fr_plural_leads()
                and (self._lower(k) or self.key(k - 1) in _fr_plural_articles()
                     or key.endswith(_FR_DEMONYM_ENDS))
            ):
                last = k + 1 if self.fr_agrees(k, k + 1) and self.fr_plural(k + 1) else k
                return self._phrase(k, last)
        return None

    # French: what an amount measures, read from the clause around it ---------------------------

    def fr_counts(self, fig: _Fig) -> str | None:
        """French constructions that name what an amount measures away from the amount itself:
        the complement of a change noun, the object of a verb of estimating, the subject of a
        cost or change verb, the noun before a bracket. Tried before the generic readings."""
        if self.lang != "fr" or fig.kind not in ("money", "percent", "measure"):
            return None
        if fig.kind == "percent" and (self.fr_inherit(fig) or self.fr_level_again(fig)):
            return fig.counts  # «62 % des salariés souhaitent ... et 27 % disent accepter»
        return (
            self.fr_change_complement(fig)
            or self.fr_change_between(fig)
            or self.fr_estimated_object(fig)
            or self.fr_verb_subject(fig)
            or self.fr_fronted_participle(fig)
            or self.fr_bracket_noun(fig)
        )

    def fr_opens_sentence(self, k: int) -> bool:
        """Whether the word at ``k`` opens its sentence, past one adverb («Initialement prévu»)."""
        if k >= 1 and self.keys[k - 1].endswith("ment") and self.toks[k - 1].kind == "word":
            k -= 1
        return k == 0 or self.keys[k - 1] in (".", "!", "?", ";", ":", "»") or "\n" in self.gap(k - 1, k)

    def fr_fronted_participle(self, fig: _Fig) -> str | None:
        """«D'abord annoncé à 3,4 % pour 2021, le déficit ...», «Estimé à 10 milliards, le coût
        ...»: a participle opening the sentence before the amount describes the subject after the
        comma that closes it."""
        part = -1
        for k in range(fig.first - 1, max(-1, fig.first - 5), -1):
            key = self.keys[k]
            if key in (".", "!", "?", "\n", ";", ":"):
                break
            if self.toks[k].kind == "word" and key.endswith(_FR_PARTICIPLE_ENDS) and len(key) > 4:
                part = k
                break
        if part < 0 or not self.fr_opens_sentence(part):
            return None
        for k in range(fig.last + 1, min(self.n, fig.last + 7)):
            if self.keys[k] == ",":
                return self.fr_np(k + 1)
            if self.keys[k] in (".", "!", "?", ";", ":"):
                return None
        return None

    def fr_next(self, fig: _Fig) -> int:
        """The token after an amount, past closing quotes, a bracketed conversion and a rate:
        «100 euros (150 $CAN) par mois du ...» → «du»."""
        k = fig.last + 1
        while self.key(k) in _QUOTES and k < fig.last + 3:
            k += 1
        k = self.skip_conversion(k)
        if self.key(k) in _per() and self.timeish(k + 1):
            k += 2
        return k

    def fr_change_complement(self, fig: _Fig) -> str | None:
        """«l'augmentation de 40 euros du loyer», «une hausse de 15 euros des frais d'inscription»,
        «la baisse prévue de 30 euros du forfait mensuel»: after a change noun and its amount,
        the de-complement says what changes."""
        de = fig.first - 1
        if self.key(de) not in _fr_de() or (self.key(de) == "de" and not self.spaced(de, fig.first)):
            return None
        noun = de - 1
        if noun >= 1 and not self.is_cue("changeof", self.key(noun)) and self._lower(noun):
            noun -= 1  # «la hausse prévue de»: one adjective between the noun and its amount
        if noun < 0 or not self.is_cue("changeof", self.key(noun)):
            return None
        k = self.fr_next(fig)
        if self.key(k) in _fr_du_des() or (self.key(k) == "de" and self.key(k + 1) in ("la", "l")):
            return self.phrase_after(k + 1, 2)
        return None

    def fr_change_between(self, fig: _Fig) -> str | None:
        """«une baisse de la fréquentation comprise entre « 15 % et 25 % »»: a change noun, its
        de-complement, then «comprise entre» and the bounds: the complement is what changes."""
        k = fig.first - 1
        while k > 0 and fig.first - k < 6 and self.keys[k] != "entre":
            k -= 1
        if self.keys[k] != "entre" or not self.key(k - 1).startswith("compris"):
            return None
        for m in range(k - 2, max(-1, k - 9), -1):
            if self.is_cue("changeof", self.keys[m]):
                d = m + 1
                if self.key(d) in _fr_du_des() or (self.key(d) == "de" and self.key(d + 1) in ("la", "l")):
                    return self.fr_np(d + 1, k - 1)
                return None
            if self.keys[m] in _CLAUSE_END:
                return None
        return None

    def fr_estimated_object(self, fig: _Fig) -> str | None:
        """«a évalué entre 6 et 7 millions d'euros le coût des travaux», «ramener à 20 % la
        part des camions», «chiffre à 47 le nombre de sinistrés»: after a verb of estimating, the
        noun phrase following the amount is what it measures."""
        verb = self.fr_verb_before(fig.first, "estimverb")
        if verb < 0:
            return None
        k = self.fr_next(fig)
        if self.key(k) not in _fr_definite() or not self.spaced(k - 1, k):
            return None
        return self.fr_np(k)

    def fr_verb_subject(self, fig: _Fig) -> str | None:
        """«les annonces coûteront à l'Etat 10 milliards», «le coût des mesures est évalué à
        10 milliards», «les réservations ont chuté de 10 %»: the subject of a cost or change verb,
        or of a verb of estimating in the passive, is what the amount after it measures."""
        verb = self.fr_verb_before(fig.first, "costverb")
        if verb < 0:
            verb = self.fr_verb_before(fig.first, "changestem")
        if verb < 0:
            verb = self.fr_verb_before(fig.first, "estimverb")
            passive = self.key(verb - 1) in _fr_passive_aux()
            elided = self.key(verb - 1) in ("'", "’") and self.key(verb - 2) == "s"
            reflexive = self.key(verb - 1) == "se" or elided
            if verb < 0 or not (passive or reflexive):  # «les dégâts se chiffrent à»
                return None
        return self.fr_clause_subject(verb)

    def fr_level_subject(self, fig: _Fig) -> str | None:
        """«Le moral des ménages reste «quasi inchangé» à 97»: a bare level after «à» and a verb
        of standing measures the subject of that verb."""
        if self.lang != "fr" or self.key(fig.first - 1) != "à":
            return None
        verb = self.fr_verb_before(fig.first, "levelverb")
        return self.fr_clause_subject(verb) if verb >= 0 else None

    def fr_verb_before(self, j: int, role: str) -> int:
        """The index of a verb of ``role`` shortly before the amount at ``j`` in the same clause,
        past approximations, quotes, «entre», «à», «de» and one indirect object («à l'Etat»),
        else -1."""
        others, quoted = 0, False
        aside = self.fr_source_aside(j)
        for k in range(j - 1, max(-1, j - 13), -1):
            if aside[0] <= k <= aside[1]:
                continue  # «qui selon Claire Vidal pourrait monter à»: the source is an aside
            key = self.keys[k]
            if key in ("»", "”"):
                quoted = True  # «reste «quasi inchangé» à 97»: a quoted qualifier is skipped
            elif key in ("«", "“"):
                quoted = False
            if quoted:
                continue
            if self.is_cue(role, key) or (role == "changestem" and self.fr_change_verb(k)):
                return k
            if key in _CLAUSE_END and key not in _QUOTES:
                return -1
            if self.toks[k].kind != "word":
                continue  # a quote mark, an apostrophe
            if key in _fr_verb_gap() or self.is_cue("approx", key):
                continue
            if self.is_cue("skip", key) or self.timeish(k) or self.is_cue("weekday", key) or key == "soir":
                continue  # «a évalué jeudi matin entre»
            others += 1
            if others > 1 or self.verb_like(k):
                return -1
        return -1

    def fr_source_aside(self, j: int) -> tuple[int, int]:
        """The tokens of «selon» and a capitalised name shortly before ``j`` («qui selon Claire
        Dubois pourrait»), which sit between a subject and its verb; else an empty range."""
        for k in range(j - 2, max(-1, j - 10), -1):
            if self.keys[k] in _CLAUSE_END:
                break
            if self.keys[k] == "selon":
                m = k + 1
                while m < j and self.toks[m].kind == "word" and not self._lower(m):
                    m += 1
                return (k, m - 1) if m > k + 1 else (0, -1)
        return (0, -1)

    def fr_clause_subject(self, verb: int) -> str | None:
        """The noun phrase opening the clause of ``verb`` («Or, le coût des mesures ... est»,
        «que les promesses faites par le maire coûteront»): its head noun and de-complement.
        None when the clause opens on a relative or a pronoun, or is too long to trust."""
        k, incise = verb - 1, False
        while True:
            while k > 0 and verb - k < 40 and not self.fr_clause_open(k):
                if "\n" in self.gap(k, k + 1):
                    break
                k -= 1
            first = k + 1 if k >= 0 and self.fr_clause_open(k) else k
            empty = all(not self._content(m) or self.verb_like(m) for m in range(first, verb))
            if empty and self.keys[k] == "," and not incise:
                k -= 1  # the comma closes an aside: find where it opens
                continue
            closed = any(self.keys[m] == "," for m in range(k + 1, verb))
            if self.keys[k] == "dont" and self.key(k - 1) == "," and closed and not incise:
                k, incise = k - 2, True  # «Ces aides, dont la prime de 150 euros, vont coûter»
                continue
            aside = self.is_cue("incise", self.key(first)) or self.fr_bare_participle(first)
            if self.keys[k] == "," and aside and not incise:
                k, incise = k - 1, True  # «le prix de ces travaux, dans une période (...), représente»
                continue
            if not incise and self.keys[k] == "," and closed and self.fr_verb_after_aside(verb):
                opening = self.fr_dont_before(k)
                if opening > 0:
                    return self.fr_clause_subject(opening)  # «Celles-ci, dont A, B ou C, vont coûter»
            if verb - k >= (40 if incise else 16):
                return None
            break
        if self.key(first) in ("'", "’"):
            first += 1
        while first < verb and self.is_cue("conj", self.key(first)):
            first += 1  # «Or le coût de ces travaux ... représente»
        if self.key(first) == "qui":
            return self.fr_antecedent(first)  # «le chômage, qui pourrait monter à 8,1 %»
        if self.key(first) in _fr_those() and self.key(first + 1) in ("-", "‑") \
                and self.key(first + 2) == "ci":
            return self.fr_plural_before(first)  # «Les mesures ... Celles-ci vont coûter»
        if self.key(first) == "ce" and first + 1 < verb and self._lower(first + 1) \
                and not self.verb_like(first + 1) and self._content(first + 1):
            return self.fr_np(first, verb)  # «ce taux avait atteint»: a determiner, not «c'»
        if self.key(first) in _fr_pronoun_subjects():
            return None
        return self.fr_np(first, verb)

    def fr_verb_after_aside(self, verb: int) -> bool:
        """Whether only the verb group («vont», «ont») stands between the comma that closes an
        aside and ``verb`` (not a relative clause: «la dette, qui devrait atteindre»)."""
        k = verb - 1
        while k > 0 and self.keys[k] != "," and verb - k < 4:
            key = self.keys[k]
            if key in _fr_relative_que() or self.fr_clause_open(k):
                return False
            k -= 1
        return self.keys[k] == ","

    def fr_dont_before(self, comma: int) -> int:
        """The comma of «, dont» opening an aside that runs, over a list with its own commas, up
        to the comma at ``comma`` before a verb («Ces mesures, dont la hausse ..., la prime ... ou
        l'exemption ..., vont coûter»); -1 when there is none in the sentence."""
        for k in range(comma - 1, max(0, comma - 70), -1):
            key = self.keys[k]
            if key in (".", "!", "?", ";", ":") or "\n" in self.gap(k, k + 1):
                return -1
            if key == "dont" and self.keys[k - 1] == ",":
                return k - 1
        return -1

    def fr_clause_open(self, k: int) -> bool:
        """Whether token ``k`` opens a clause: punctuation, «que», or a relative word («selon
        laquelle le revenu a reculé», «où les ventes ont chuté»)."""
        return self.keys[k] in _fr_clause_open() or self.is_cue("clauseopen", self.keys[k])

    def fr_antecedent(self, qui: int) -> str | None:
        """The noun a relative «qui» at ``qui`` stands for: «les ménages qui perçoivent»,
        «le chômage, qui devrait atteindre»: the content words just before it (past a comma)."""
        k = qui - 1
        if self.key(k) in (",", "»", "”"):
            k -= 1  # «les «gilets jaunes» qui»
        if k < 0 or self.toks[k].kind != "word" or not self._content(k) or self.verb_like(k):
            return None
        gov = k - 2
        if (
            self.key(k - 1) in _fr_du_des()
            and gov >= 1
            and self.toks[gov].kind == "word"
            and self._lower(gov)
            and self._content(gov)
            and not self.verb_like(gov)
            and self.key(gov - 1) not in ("-", "‑")  # not «Au-delà des mesures»
        ):
            if self.fr_bare_participle(gov) and self._content(gov - 1) and self.toks[gov - 1].kind == "word":
                gov -= 1  # «les ventes prévues des billets, estimées à»
            return self._phrase(gov, k)  # «la rénovation du musée, estimée à»
        return self._run_before(k + 1, 2)

    def fr_np(self, first: int, stop: int | None = None) -> str | None:
        """The noun phrase starting at ``first`` (before ``stop``): past determiners and a number,
        its head (a hyphen compound counts as one word), one agreeing adjective, and one
        de-complement noun: «les trois mois de grève» → «mois de grève»."""
        end = self.n if stop is None else stop
        k = first
        while k < end and (
            self.keys[k] in _determiners()
            or self.keys[k] in _fr_np_lead()
            or self.is_cue("article", self.keys[k])
            or self.toks[k].kind == "num"
            or self.word_num(k) is not None
        ):
            k += 1
        after_det = k > first or self.key(k - 1) in _fr_de_all_marks()
        if k >= end or not self._content(k) or (self.verb_like(k) and not after_det):
            return None  # «le chiffre d'affaires»: after a determiner a verb-like word is a noun
        head = k
        last = self.hyphen_end(k)
        if last + 1 < end and self.fr_agrees(head, last + 1):
            last += 1
        m = last + 1
        if m + 1 < end and self.keys[m] in _fr_de_all() and self.spaced(last, m):
            n = m + 1
            while n < end and (self.keys[n] in ("la", "l", "'", "’") or self.is_cue("article", self.keys[n])):
                n += 1  # «le coût de ces mesures»
            if n < end and self._content(n) and not self.verb_like(n):
                last = self.hyphen_end(n)
        return self._phrase(head, last)

    def fr_agrees(self, noun: int, k: int) -> bool:
        """Whether the lowercase word at ``k`` can be an adjective of the noun at ``noun``: a
        content word, no verb, plural when the noun is («personnes interpellées», not «enfants
        admet»)."""
        if (
            k >= self.n
            or not self.spaced(k - 1, k)
            or not self._content(k)
            or self.verb_like(k)
            or not self.text[self.toks[k].start].islower()
        ):
            return False
        return not (self.fr_plural(noun) and not self.fr_plural(k))

    def fr_bracket_noun(self, fig: _Fig) -> str | None:
        """«sa retraite (2 150 euros net par mois)», «sa cote (de 41 % à 47 %)»: an amount
        opening a bracket measures the noun just before the bracket."""
        k = fig.first - 1
        if self.key(k) == "de":
            k -= 1
        if self.key(k) != "(" or k < 2:
            return None
        noun = k - 1
        if not self._content(noun) or self.verb_like(noun) or not self.text[self.toks[noun].start].islower():
            return None
        det = noun - 1
        if self.keys[det] not in _fr_np_lead() and self.keys[det] not in _determiners() \
                and self.keys[det] not in _fr_du_des():
            return None
        return self._phrase(noun, noun)

    def fr_level_again(self, fig: _Fig) -> bool:
        """«à 44 % d'avis positifs après s'être approché des 35 %», «plus proche des 25 %»:
        a share after «des»/«aux»/«les» with no noun of its own refers back to the level before it,
        in the same or the previous sentence."""
        prev = getattr(self, "_last_counted", None)
        if prev is None or self.key(fig.first - 1) not in _fr_plural_determiners():
            return False
        other, end_tok = prev
        between = self.low[self.toks[end_tok].end : self.toks[fig.first].start]
        if other.kind != fig.kind or fig.first - end_tok > 30 or sum(between.count(c) for c in ".!?") > 1:
            return False
        k = self.fr_next(fig)
        if self.key(k) in _fr_singular_de() and self.spaced(k - 1, k):
            return False  # «aux 99 % de la France»: the share names its own whole
        fig.counts = other.counts
        return True

    def fr_pronoun_be(self, j: int) -> bool:
        """«ils n'étaient plus que 7 500», «ils n'ont été qu'une trentaine», «Ils étaient 900 à
        Colmar»: a count after a subject pronoun and «être» counts the people the pronoun
        stands for, named by the counts before it."""
        for k in range(j - 1, max(-1, j - 10), -1):
            key = self.keys[k]
            if key in _fr_ils_elles():
                return any(self.keys[m] in _fr_be() for m in range(k + 1, j))
            if key in _CLAUSE_END and key not in ("'", "’"):
                return False
        return False

    def fr_share_ellipsis(self, fig: _Fig, other: _Fig) -> bool:
        """«62 % des salariés souhaitent ... et 27 % disent»: a share coordinated to the one before
        and followed by its verb is a share of the same people, in the same sentence."""
        between = self.low[self.toks[max(0, fig.first - 1)].start : self.toks[fig.first].start]
        nxt = fig.last + 1
        if self.key(nxt) in _QUOTES and self.lang == "fr":
            nxt += 1  # «78 % «condamnent» les violences»
        if self.lang == "fr" and self.key(nxt) == "qui" and self.key(fig.first - 1) == "contre":
            nxt += 1  # «contre 38 % qui les comprennent»
            while self.key(nxt) in _fr_object_clitics() or self.key(nxt) in _QUOTES:
                nxt += 1
        if (
            self.key(fig.first - 1) not in _fr_clause_joins()
            or any(c in between for c in ".!?")
            or nxt >= self.n
            or self.toks[nxt].kind != "word"
            or not self.text[self.toks[nxt].start].islower()
            or not (self.verb_like(nxt) or self.keys[nxt].endswith(("ent", "ont")))
        ):
            return False
        fig.counts = other.counts
        return True

    def fr_participle_after(self, fig: _Fig) -> bool:
        """«250 blessés, 9 légèrement»: a bare count followed by an adverb names no noun of its
        own («12 placés en détention» keeps its participle: it says what the 12 are)."""
        k = fig.last + 1
        if self.lang != "fr" or k >= self.n or self.toks[k].kind != "word" or not self.spaced(k - 1, k):
            return False
        key = self.keys[k]
        if not self.text[self.toks[k].start].islower():
            return False
        return key.endswith("ement") and len(key) > 7

    def fr_inherit(self, fig: _Fig) -> bool:
        """«Quatre personnes sont mortes ... et plus de 300 ont été évacuées», «12 000 agents de
        la SNCF ..., dont 1 500 à Lyon», «Parmi eux, 27 ont été hospitalisés»: a bare count
        with no noun of its own repeats what the last count counted, within the same or the next
        sentence (French copy leaves the noun out when it is clear)."""
        prev = getattr(self, "_last_counted", None)
        if self.lang != "fr" or prev is None or fig.kind not in ("count", "percent"):
            return False
        other, end_tok = prev
        pronoun = (
            fig.kind == "count"
            and self.fr_pronoun_be(fig.first)
            and bool(prev[0].counts)
            and self.fr_plural_phrase(prev[0].counts or "")
        )  # «ils» stands for people or things named in the plural
        if other.kind != fig.kind or fig.first - end_tok > (60 if pronoun else 40):
            return False
        between = self.low[self.toks[end_tok].end : self.toks[fig.first].start]
        if sum(between.count(c) for c in ".!?") > (2 if pronoun else 1) or "\n" in between:
            return False
        nxt = fig.last + 1
        if fig.kind == "percent":
            return self.fr_share_ellipsis(fig, other)
        if not (
            pronoun
            or self.key(fig.first - 1) in _fr_part_of_links()
            or self.key(nxt) in _fr_ellipsis_next()
            or (nxt < self.n and self.toks[nxt].kind == "word" and self.verb_like(nxt))
        ):
            return False
        fig.counts = other.counts
        return True
