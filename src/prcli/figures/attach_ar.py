"""What an Arabic figure counts: the noun phrase after it (tamyiz), the subject of a change,
prices, comparisons and bracketed figures.
"""

from __future__ import annotations

from prcli.figures.base import _ar_prep_words, _cue_singles, _Fig
from prcli.figures.lexicon import UnitEntry, months
from prcli.figures.ranges import _Ranges
from prcli.figures.wordlists import (
    _AR_CLAUSE_END,
    _AR_DEFINITE,
    _AR_FIGURE_MARKS,
    _AR_SENTENCE_END,
    _adverbs_ar,
    _ar_from_to,
    _ar_in_by,
    _ar_on,
    _ar_team_starts,
    _ar_to,
)
from prcli.text.arabic_shapes import ar_nisba


class _AttachAr(_Ranges):
    """What an Arabic figure counts."""

    # ----------------------------------------------------------------- Arabic counts by syntax
    def bracketed_range(self, i: int) -> bool:
        """The number at ``i`` closes a range in brackets («(200- 400)», «(3 - 5)»): only numbers
        and a dash between it and the opening bracket."""
        k = i - 1
        while k >= 0 and i - k <= 4 and (self.toks[k].kind == "num" or self.keys[k] in ("-", "–")):
            k -= 1
        return k >= 0 and k < i - 1 and self.keys[k] == "(" and self.keys[k + 1] not in ("-", "–")

    def ar_joined(self, k: int) -> bool:
        """An Arabic word with a conjunction glued on («ومن», «فمن») opens a new clause: after a
        figure it is no partitive («64 جيجا ومن الممكن زيادتها»)."""
        key = self.keys[k]
        return self.lang == "ar" and key.startswith(("و", "ف")) and key not in _cue_singles("ar", "partitive")

    def ar_figure_part(self, k: int) -> bool:
        """A token of a figure already read («1.1», «في المئة», «مليار», «دولار», «ديسمبر», «%»):
        looking back from a later figure of the clause, it is stepped over."""
        t = self.toks[k]
        if t.kind == "num":
            return True
        if t.kind != "word":
            return t.key in _AR_FIGURE_MARKS
        if self.word_num(k) is not None:
            return True
        after_number = k >= 1 and (self.toks[k - 1].kind == "num" or self.word_num(k - 1) is not None)
        return after_number and (self.match(self.units, k, 1)[0] > 0 or self.match(months(), k, 1)[0] > 0)

    def ar_tamyiz(self, j: int) -> bool:
        """«شارك في الدورة 15 لاعبا»: an indefinite accusative noun right after the number is
        what it counts (a tamyiz), so the noun before does not make the number an ordinal."""
        if self.lang != "ar" or j >= self.n or self.toks[j].kind != "word" or not self.spaced(j - 1, j):
            return False
        key = self.keys[j]
        return (
            len(key) >= 4
            and key.endswith("ا")
            and not key.startswith(_AR_DEFINITE)
            and self._content(j)
            and not self.is_cue("skip", key)
        )

    def ar_filler(self, k: int) -> bool:
        """A preposition or a time word inside the clause between a verb's subject and its figure
        («في المعاملات الفورية», «خلال الربع الثاني», «في نهاية عام 2014»): stepped over."""
        key = self.keys[k]
        return (
            self.is_cue("npprep", key)
            or self.is_cue("year", key)
            or self.timeish(k)
            or self.match(months(), k, 1)[0] > 0
        )

    def ar_np_word(self, k: int, nouns: bool = False) -> bool:
        """A word that may belong to a noun phrase (subject or complement), not a verb cue nor an
        adverb («قبل أن يرتفع مجددا إلى 57 دولارا»: «مجددا» qualifies the verb, names nothing); with
        ``nouns``, a change noun counts as a noun («انخفاض طفيف بلغ 8 نقاط»)."""
        key = self.keys[k]
        return (
            self.toks[k].kind == "word"
            and (self._content(k) or self.ar_bare_unit(k))
            and key not in _adverbs_ar()
            and not self.is_cue("skip", key)
            and not self.is_cue("change", key)
            and (nouns or not self.is_cue("changenoun", key))
            and not self.is_cue("record", key)
            and not self.is_cue("compare", key)
        )

    def ar_bare_unit(self, k: int) -> bool:
        """A unit word with no number before it is a plain noun («عقود برنت»: futures contracts,
        not decades; «أطنان من القمح»)."""
        size, entry = self.match(self.units, k, 1)
        return (
            size == 1
            and isinstance(entry, UnitEntry)
            and (entry.kind == "measure" or (entry.kind == "duration" and not self.keys[k].startswith("ال")))
            and k >= 1
            and self.toks[k - 1].kind == "word"
            and self.word_num(k - 1) is None
            and self.keys[k] not in self.stop
            and not self.is_cue("stop", self.keys[k])
            and not self.is_cue("year", self.keys[k])
        )

    def ar_nisba_after_noun(self, k: int) -> bool:
        """Token ``k`` is a definite relational adjective («العسكرية», «الكروي») right after a
        definite noun: in «المنطقة العسكرية الرابعة» a figure after it describes that noun, and the
        adjective alone names nothing."""
        if k < 1 or self.toks[k].kind != "word" or self.toks[k - 1].kind != "word":
            return False
        key, noun = self.keys[k], self.keys[k - 1]
        return (
            # ال: an adjective carries no preposition of its own («بالذكرى»); five letters at
            # least: «الودي», «الفني» (four after the article; «الذي» is shorter)
            ar_nisba(key, 5)
            and self.text[self.toks[k].end - 1] != "ى"  # «المستوى»: a noun
            and noun.startswith(_AR_DEFINITE)
            and (self._content(k - 1) or self.ar_definite_unit(k - 1))
            and self.spaced(k - 1, k)
            and self.word_num(k - 1) is None
        )

    def ar_definite_unit(self, k: int) -> bool:
        """«الفرنك السويسري», «الدولار الأمريكي»: a definite currency or unit word with no number
        before it names the currency itself, a noun an adjective may qualify."""
        return (
            self.keys[k].startswith("ال")
            and self.match(self.units, k, 1)[0] == 1
            and (k == 0 or self.toks[k - 1].kind != "num")
        )

    def ar_adjectives_head(self, k: int) -> int:
        """The noun that the relational adjective at ``k`` (``ar_nisba_after_noun``) qualifies,
        past a second adjective before it («الطائرة الإغاثية السعودية»)."""
        return k - 2 if self.ar_nisba_after_noun(k - 1) else k - 1

    def ar_np(self, first: int) -> str:
        """The head of a noun phrase and the word it governs or that qualifies it («المؤشر الرئيسي»,
        «سعر الذهب», «صافي الخسائر»); a prepositional complement («للسوق») is left out."""
        last = first
        nxt = first + 1
        if (
            self.key(nxt) in ("«", '"', "“")
            and self.key(nxt + 2) in ("»", '"', "”")
            and self.spaced(first, nxt)
            and self.toks[nxt + 1].kind == "word"
        ):
            return self._phrase(first, nxt + 2)  # «قطاع «البتروكيماويات»»: a head and the name it takes
        if (
            nxt < self.n
            and self.spaced(first, nxt)
            and self.ar_np_word(nxt)
            and not self.ar_figure_part(nxt)
            and (
                not self.keys[nxt].startswith(("بال", "لل", "كال", "وال", "فال"))
                or (self.keys[nxt].startswith("لل") and not self.keys[first].startswith("ال"))
            )  # «مجفف للشعر», but «المؤشر الرئيسي» and not «المؤشر للسوق»
            and not self.ar_np_start(nxt)  # «البلاتينيوم تداولات»: a definite word governs no noun
        ):
            last = nxt
            third = nxt + 1
            if (
                not self.keys[first].startswith(_AR_DEFINITE)
                and not self.keys[nxt].startswith(_AR_DEFINITE)
                and third < self.n
                and self.spaced(nxt, third)
                and self.keys[third].startswith("ال")
                and self.ar_np_word(third)
            ):
                last = third  # an idafa chain closes on its first definite word: «متوسط سعر الفائدة»
        return self._phrase(first, last)

    def ar_subject_before(self, verb: int, size: int = 7) -> str | None:
        """SVO and relative clauses: «سهم داماك ارتفع 0.8%», «القروض الاستهلاكية التي زادت بنسبة
        8.8%», «فإن خطر الإصابة بسرطان الرحم يقل بنحو 25%»: the noun phrase before the verb (or
        before its relative pronoun) is what changes; its head is the first word of the run."""
        k = verb - 1  # ``size``: words back; a longer run reaches into the clause before
        if k >= 1 and self.ar_verb_adverb(k):
            k -= 1  # «المطلوبات المتداولة ربما تتجاوز»: an adverb of the verb stands before it
        if k >= 1 and self.is_cue("negation", self.keys[k]):
            k -= 1  # «بغرامة لا تقل عن 3 آلاف ريال»: the noun right before the negated bound
            size = 2
        if k >= 0 and self.is_cue("relative", self.keys[k]):
            k -= 1
            size = 3  # the antecedent ends right before the relative pronoun
        first = -1
        floor = max(-1, k - size)
        while k > floor:
            if first == k + 1 and (self.ar_np_start(first) or self.ar_with_noun(first)):
                break  # «البلدية حافلة جديدة», «المخالفين بغرامة»: the phrase opens at the noun
            if self.ar_np_word(k, nouns=True) and not self.ar_figure_part(k):
                first = k
                if self.is_cue("changenoun", self.keys[k]):
                    # «على تراجع محدود بلغ 14 نقطة»: the change itself reaches the amount, with the
                    # head that governs it («معدلات نمو تتجاوز 2%»)
                    head = k - 1 if k >= 1 and self.spaced(k - 1, k) else k
                    if head < k and self.is_cue("head", self.keys[head].rstrip("ت")):
                        return self._phrase(head, k)
                    break
            elif not (first != -1 and self.is_cue("npprep", self.keys[k])):
                break
            if k > 0 and not self.spaced(k - 1, k) and self.keys[k - 1] != "-":
                break
            k -= 1
        return self.ar_np(first) if first != -1 else None

    def ar_verb_adverb(self, k: int) -> bool:
        """Token ``k`` is an adverb that qualifies a verb («ربما», «مثلا», «سابقا»): not a
        conjunction opening a clause («بعدما», «عندما»), nor a period word, which is as often the
        adjective of the noun before it («راتبا أسبوعيا»)."""
        key = self.keys[k]
        return (
            key in _adverbs_ar()
            and key.endswith("ا")
            and (not key.endswith("ما") or key == "ربما")
            and not self.is_cue("period", key)
        )

    def ar_earlier_subject(self, k: int) -> str | None:
        """The subject a pronoun at ``k`` («لكنه») points back to: the noun right after the
        nearest change verb before it in the sentence («وتراجع المؤشر في بداية الجلسة لكنه»)."""
        floor = max(-1, k - 15)
        v = k - 1
        while v > floor and self.keys[v] not in _AR_SENTENCE_END and "\n" not in self.gap(v, v + 1):
            if self.toks[v].kind == "word" and self.is_cue("change", self.keys[v]):
                if v + 1 < k and self.ar_np_word(v + 1) and not self.ar_prepositional(v + 1):
                    return self.ar_np(v + 1)
                return self.ar_subject_before(v)
            v -= 1
        return None

    def ar_superlative_before(self, k: int) -> bool:
        """«الأكثر انخفاضا»: a definite superlative before a change noun; what changed is the
        noun before the superlative."""
        return (
            k >= 2
            and self.keys[k - 1].startswith("ال")
            and self.is_cue("superlative", self.keys[k - 1])
            and self.spaced(k - 1, k)
        )

    def ar_owned_measure(self, k: int) -> bool:
        """«يبلغ طوله», «تتعدى مسافته»: a measure noun owned by a pronoun, right after a verb of
        reaching, that no other rule reads (a skip word is read where skip words are)."""
        key = self.keys[k]
        return (
            k >= 1
            and self.is_cue("owned", key)
            and not self.is_cue("skip", key)
            and self.is_cue("change", self.keys[k - 1])
        )

    def ar_change_subject(self, fig: _Fig) -> tuple[str, bool] | None:
        """``_ar_change_subject``, or the subject a pronoun before the figure points back to."""
        said = self._ar_change_subject(fig)
        if said is not None and said[1]:
            return said
        k = fig.first - 1
        while k > max(-1, fig.first - 8) and self.keys[k] not in _AR_SENTENCE_END:
            if self.toks[k].kind == "word" and self.is_cue("pronsubj", self.keys[k]):
                got = self.ar_earlier_subject(k)
                return (got, True) if got else said  # «لكنه تعافى لاحقا ليغلق مرتفعا 0.8%»
            k -= 1
        return said

    def _ar_change_subject(self, fig: _Fig) -> tuple[str, bool] | None:
        """What changes or reaches the figure, read from the verb of its clause (Arabic syntax):
        «وانخفض المؤشر الرئيسي للسوق 1.1% إلى 8561 نقطة» → the subject after the verb (VSO), for
        the change and for the level after «إلى»; «ارتفاع القروض بنسبة 5.6%» → the genitive of a
        change noun; «سجلت الصادرات نموا بنسبة 5%» → the subject of «سجل» whose object is a change;
        «التي زادت بنسبة 8% لتبلغ 313 مليار ريال» → the noun before the verb (SVO, relative), for
        both figures. Steps back over introducers, other figures, prepositions and time words;
        stops at the clause's end. Returns the phrase and whether it followed its verb (VSO)."""
        k = fig.first - 1
        floor = max(-1, fig.first - 20)
        np_first = -1
        masdar = -1
        before_masdar: str | None = None
        while k > floor:
            key = self.keys[k]
            if key in _AR_CLAUSE_END or "\n" in self.gap(k, k + 1) or self.is_cue("opener", key):
                break
            word = self.toks[k].kind == "word"
            if word and self.is_cue("result", key):
                if (
                    np_first != -1
                    and self.ar_follows(k, np_first)
                    and not self.ar_prepositional(np_first)
                    and not self.is_cue("levelword", self.keys[np_first])
                ):
                    return self.ar_np(np_first), True  # «ليرتفع حجم الاستثمار من 120 إلى 380 مليون»
                np_first = -1  # «... لتبلغ X»: the level of the change before
            elif word and masdar == -1 and self.is_cue("change", key) and not self.ar_masdar_after_prep(k):
                if np_first != -1 and self.ar_follows(k, np_first) and not self.ar_prepositional(np_first):
                    return self.ar_np(np_first), True
                got = self.ar_subject_before(k)
                if got is None and k >= 1 and self.is_cue("changenoun", self.keys[k - 1]):
                    k -= 1  # «بزيادة تتجاوز 16%»: the verb qualifies a change noun; read that noun
                    continue
                if got and self.is_cue("changenoun", got.split()[0]):
                    got = self.ar_change_in(fig) or got
                return (got, False) if got else None
            elif word and masdar == -1 and (self.is_cue("changenoun", key) or self.is_cue("changepart", key)):
                accusative = key.endswith("ا")  # «نموا», «تراجعا»: an object, it governs no noun
                after = self.key(k + 1)
                adjective = accusative and np_first == k + 1 and after[-1:] == "ا" and after[-2:] != "ها"
                # «تراجعا حادا» is an adjective; «ارتفاعا تصدرها قطاع التأمين» is not
                in_noun = np_first == k + 2 and self.keys[k + 1] == "في" and not self.ar_filler(np_first)
                genitive = (np_first == k + 1 or in_noun) and not self.ar_prepositional(np_first)
                # the genitive is adjacent («ارتفاع القروض»); «في» names what changed («الزيادة في الكلفة»)
                if np_first != -1 and not adjective and (genitive or accusative):
                    return self.ar_np(np_first), not accusative  # «ارتفاع القروض بنسبة 5%»
                masdar, np_first = k, -1  # «نموا بنسبة 5%», «بارتفاع نسبته 9%»: look for «سجل»
                if self.ar_superlative_before(k):
                    before_masdar = self.ar_subject_before(k - 1)  # «وكانت أسهم البنوك الأكثر انخفاضا»
                elif k >= 1 and self.ar_np_word(k - 1, nouns=True) and self.spaced(k - 1, k):
                    before_masdar = self.ar_subject_before(k)  # «وقطاع الأسمنت بتراجع بنسبة 3%»
            elif word and masdar != -1 and self.is_cue("record", key):
                changed = self.ar_change_in(fig) if self.ar_direct(masdar, fig) else None
                if changed:
                    return changed, True  # «سجلت الشركة زيادة 43% في صافي ربحها»
                if np_first != -1:
                    return self.ar_np(np_first), True  # «سجلت الصادرات نموا بنسبة 5%»
                break
            elif word and self.ar_ordinal_of(k):
                pass  # «خلال الربع الثاني»: an ordinal qualifying a time noun
            elif self.ar_figure_part(k):
                if np_first != -1 and masdar == -1:
                    return self.ar_coordinated(fig, k, np_first)
            elif word and np_first == -1 and self.is_cue("intro", key):
                pass
            elif word and np_first == -1 and self.ar_owned_measure(k):
                # «محيط القاعدة، الذي يبلغ طوله 23 كيلومترا»: its length is the length of the noun
                # before its verb (a noun of its own when none is found)
                got = self.ar_subject_before(k - 1, size=3)
                return (got, True) if got else (self._phrase(k, k), False)
            elif word and self.ar_np_word(k):
                np_first = k
            elif word and (self.is_cue("skip", key) or self.ar_filler(k)):
                if np_first == -1 and self.is_cue("owned", key) and self.is_cue("change", self.key(k - 1)):
                    # «مجفف للشعر تبلغ قيمته 499 يورو»: «its value» is the value of the noun before
                    got = self.ar_subject_before(k - 1, size=3) or self._phrase(k, k)
                    return got, False
            elif (
                word
                and masdar == -1
                and (self.is_cue("prep", key) or self.is_cue("compare", key))
                and k >= 1
                and self.toks[k - 1].kind == "word"  # «(قبل الضرائب)»: an aside, not the verb's
            ):
                np_first = -1  # «تراجعت المبيعات بسبب ضعف الطلب بنسبة 5%»: a complement of the verb
            elif key not in ("(", ")", "-", "«", "»", '"', "“", "”"):
                break
            k -= 1
        if masdar != -1:
            direct = self.ar_direct(masdar, fig)
            changed = (self.ar_change_in(fig) or self.ar_change_for(fig)) if direct else None
            plain = self.ar_direct(masdar, fig) and not self.is_cue("changepart", self.keys[masdar])
            own = self._phrase(masdar, masdar) if plain else None  # «على صعود إلى مستوى X» names no X
            got = before_masdar or changed or own  # a participle («منخفضا») names no change itself
            if got is None:
                return None
            return got, False  # «أي بارتفاع نسبته 9%»: a rise
        return None

    def ar_direct(self, masdar: int, fig: _Fig) -> bool:
        """The change noun sizes the figure itself («زيادة 32%», «انخفاضا بلغ 13%»), not one of its
        bounds («ارتفاعا من 3%»)."""
        return all(self.keys[m] not in _ar_from_to() for m in range(masdar + 1, fig.first))

    def ar_change_in(self, fig: _Fig) -> str | None:
        """«سجلت الشركة هبوطا بلغ 96% في صافي ربح الربع»: after a change noun's figure, «في» and a
        noun phrase name what changed."""
        k = fig.last + 1
        if self.key(k) != "في" or not self.spaced(fig.last, k) or k + 1 >= self.n:
            return None
        if not (self.spaced(k, k + 1) and self.ar_np_word(k + 1) and not self.timeish(k + 1)):
            return None
        if self.is_cue("year", self.keys[k + 1]) or self.match(months(), k + 1, 1)[0]:
            return None
        return self.ar_np(k + 1)

    def ar_masdar_after_prep(self, k: int) -> bool:
        """«عن تراجع نسبته 0.3%»: a word that is both a verb and a change noun («تراجع», «تحسن»)
        is the noun after a preposition."""
        return k >= 1 and self.keys[k - 1] in _ar_prep_words() and self.is_cue("changenoun", self.keys[k])

    def ar_change_for(self, fig: _Fig) -> str | None:
        """«عن تراجع نسبته 0.3% لأرباح الشركات»: after a change noun's figure, a noun joined by
        «ل» names what changed (reported without the clitic)."""
        k = fig.last + 1
        if k >= self.n or not self.spaced(fig.last, k) or self.toks[k].kind != "word":
            return None
        key = self.keys[k]
        if not key.startswith("ل") or key.startswith("لل") or len(key) < 4 or not self.ar_known_noun(key[1:]):
            return None
        got = self.ar_np(k)
        tok = self.toks[k]
        if got and got.startswith(self.text[tok.start : tok.end]):
            got = got[1:]  # the phrase opens on the clitic: report the noun
        return got or None

    def ar_np_start(self, k: int) -> bool:
        """An indefinite noun right after a definite word opens a new phrase: a definite word
        neither governs a following noun nor is qualified by an indefinite one («الشركة أرباحا»,
        «البلدية حافلة»); a complement opened by a preposition («الممنوح لأغراض») does not."""
        if k < 1 or not self.keys[k - 1].startswith(_AR_DEFINITE) or self.keys[k].startswith(_AR_DEFINITE):
            return False
        return not self.keys[k].startswith(("ل", "ب", "ك")) and self.toks[k].kind == "word"

    def ar_with_noun(self, k: int) -> bool:
        """«بغرامة», «بارتفاع»: «ب» glued to a noun of amount opens a phrase of its own."""
        key = self.keys[k]
        return key[:1] == "ب" and key[1:3] != "ال" and self.ar_known_noun(key[1:])

    def ar_prepositional(self, k: int) -> bool:
        """«للإنسان», «بالسوق»: a preposition glued to the article opens a complement, never a
        subject or a genitive."""
        return self.keys[k].startswith(("لل", "بال", "كال", "ولل", "وبال", "فبال", "فلل"))

    def ar_follows(self, verb: int, first: int) -> bool:
        """The noun phrase at ``first`` is the verb's subject: it comes right after the verb (an
        adverb aside), not after a complement («انخفض في الفترة ذاتها بنسبة 7%» has none)."""
        m = verb + 1
        while m < first and self.is_cue("skip", self.keys[m]) and not self.ar_filler(m):
            m += 1
        return m == first

    def ar_coordinated(self, fig: _Fig, fig_end: int, first: int) -> tuple[str, bool] | None:
        """«ارتفع سهم A 2% وسهم B 3%»: after a figure whose subject a verb gave, a phrase opened by
        «و» is the subject of the same (elided) verb."""
        prev: tuple[_Fig, int] | None = getattr(self, "_last_counted", None)
        if (
            prev is not None
            and prev[1] == fig_end
            and prev[0].kind == "percent"
            and self.key(fig_end + 1) == "في"
            and self.key(fig.first - 1) in _ar_to()
        ):
            return prev[0].counts or "", True  # «زيادة 43% في صافي الربح ... إلى 412 مليون درهم»
        if (
            prev is not None
            and prev[0].by_verb
            and prev[1] == fig_end
            and first == fig_end + 1
            and self.keys[first].startswith("و")
        ):
            return self.ar_np(first), True
        return None

    def ar_ordinal_of(self, k: int) -> bool:
        """A definite number word after a noun («الربع الثاني», «النصف الأول»): it orders that noun,
        it is no other figure of the clause."""
        got = self.word_num(k)
        if got is not None and got[1] and got[0].type in ("half", "quarter"):
            nxt = self.word_num(k + 1)
            # «الربع الأخير», «النصف الأول»: a period of the year, not a share
            return (nxt is not None and nxt[1]) or self.is_cue("npprep", self.key(k + 1))
        return (
            got is not None
            and got[1]
            and k >= 1
            and self.toks[k - 1].kind == "word"
            and self.word_num(k - 1) is None
            and self.keys[k - 1] not in _ar_in_by()
        )

    def ar_intro(self, k: int) -> bool:
        """A word that only introduces the figure after it («بنحو», «قدره», «إلى»)."""
        key = self.keys[k]
        return self.is_cue("intro", key) or (self.is_cue("skip", key) and not self.is_cue("compare", key))

    def back_over_intros(self, first: int, limit: int, stop_role: str) -> int:
        """The token before the figure at ``first`` once the words only introducing it («بنحو»,
        «قدره») are passed, at most ``limit`` back, stopping on a word of ``stop_role``; -1 at
        the start of the text."""
        k = first - 1
        while (
            k >= 0
            and first - k <= limit
            and self.toks[k].kind == "word"
            and self.ar_intro(k)
            and not self.is_cue(stop_role, self.keys[k])
        ):
            k -= 1
        return k

    def ar_compared(self, fig: _Fig) -> str | None:
        """«... 688 ألف مسافر، مقابل 607 آلاف في الفترة ذاتها», «مقارنة بنحو 296 مليار ريال»: an amount
        compared with an earlier one of the sentence counts the same thing."""
        k = self.back_over_intros(fig.first, 4, "valuelink")
        if k < 0 or self.toks[k].kind != "word":
            return None
        value = self.is_cue("valuelink", self.keys[k])  # «601 مشروع، بقيمة 10 ملايين ريال»
        if not value and not self.is_cue("compare", self.keys[k]):
            return None
        prev: tuple[_Fig, int] | None = getattr(self, "_last_counted", None)
        if prev is None:
            return None
        other, end_tok = prev
        if value:
            if other.kind != "count" or not other.counts_after or k - end_tok > 3:
                return None
        elif other.kind != fig.kind or fig.first - end_tok > 40:
            return None
        between = self.low[self.toks[end_tok].end : self.toks[fig.first].start]
        if any(c in between for c in ".!?\n؟"):
            return None
        return other.counts

    def ar_price(self, fig: _Fig) -> str | None:
        """An amount paid for something: «ضم X إلى صفوفه مقابل 32 مليون يورو» → X (the name before
        «إلى»), «إمكانية شرائه مقابل 30 مليون» → «شرائه», «انضم X إلى النادي مقابل» → X (the subject
        of the joining verb), «دفع 28 مليون يورو للحصول على توقيعه» → what is obtained."""
        after = fig.last + 1
        if (
            self.is_cue("purpose", self.key(after))
            and self.key(after + 1) in _ar_on()
            and after + 2 < self.n
            and self.ar_np_word(after + 2)
        ):
            return self.ar_np(after + 2)
        k = fig.first - 1
        while k >= 0 and fig.first - k <= 4 and self.toks[k].kind == "word" and self.ar_intro(k):
            k -= 1
        if k < 1 or self.keys[k] != "مقابل":
            return None
        link = k
        m = k - 1
        while m >= 0 and link - m <= 14:
            key = self.keys[m]
            if key in _AR_CLAUSE_END or "\n" in self.gap(m, m + 1):
                return None
            if self.toks[m].kind == "word" and self.is_cue("join", key):
                if self.key(m - 1) == "(":
                    return self.phrase_before(m - 1, 2)  # «اردا توران (انتقل إلى برشلونة مقابل 34 مليون)»
                return self.ar_subject_before(m, size=2)
            if self.toks[m].kind == "word" and self.is_cue("acquire", key):
                for x in range(m + 1, link):
                    if self.keys[x] in _ar_to() and self.key(x + 1).startswith(_ar_team_starts()):
                        return self.phrase_before(x, 2)  # «ضم X إلى صفوفه مقابل»: the name before «إلى»
                if key.endswith(("ه", "ها")) and len(key) > 3:
                    return self._phrase(m, m)  # «شرائه»: the pronoun names the thing bought
                return self.ar_np(m + 1) if m + 1 < link and self.ar_np_word(m + 1) else None
            m -= 1
        return None

    def ar_bracketed(self, fig: _Fig) -> str | None:
        """«32.5 مليون جنيه (46.8 مليون يورو)»: a conversion in brackets counts what the amount before
        counts; «كريم بنعلي (23 مليون يورو من ليون)»: an amount opening a bracket after a
        noun measures that noun (not what follows «من» inside)."""
        o = fig.first - 1
        if self.key(o) == "مقابل" and self.key(o - 3) == "(" and self.key(o - 2) == "من":
            o -= 3  # «سامي الحداد (من الوداد مقابل 640 ألف يورو)»
        if self.key(o) != "(" or o < 1:
            return None
        prev: tuple[_Fig, int] | None = getattr(self, "_last_counted", None)
        if prev is not None and prev[1] == o - 1 and prev[0].kind == fig.kind:
            return prev[0].counts
        if self.toks[o - 1].kind == "word" and self._content(o - 1) and not self.ar_figure_part(o - 1):
            return self.phrase_before(fig.first, 2)
        return None
