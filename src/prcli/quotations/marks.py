"""Pairing of quotation marks into spans, in one linear pass per paragraph.

Why a hand-written scanner and not a regex: real articles mix curly, guillemet and straight
marks, type them mirrored in right-to-left editors (» … «, ” … “), forget closers, and nest
one kind inside another. A regex either misses those or backtracks; this scanner looks at
each mark once, keeps a small stack of open marks, and never lets an unclosed mark run past
its paragraph (nor past its sentence when the paragraph is long).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Collection

from prcli.model import _frozen

#: Each mark belongs to a family; marks of one family pair with each other.
_FAMILY = {
    "“": "D", "”": "D", "„": "D", "‟": "D", "″": "D",
    "«": "G", "»": "G",
    "‹": "S", "›": "S",
    "‘": "Q", "’": "Q",
    '"': "A",
}
_MARK = re.compile("[" + "".join(_FAMILY) + "]")
_EOL = re.compile(r"[\r\n]")
#: A letter or digit (``str.isalnum``: a word character other than the underscore).
_ALNUM = re.compile(r"[^\W_]")
#: Marks that normally open (left-to-right typing); the others normally close.
_OPENERS = frozenset("“„‟«‹‘")
_CLOSERS = frozenset("”″»›’")
#: Sentence-ending marks: a quotation closing on one ends its sentence (shared by the package).
TERMINATORS = ".!?؟…"
_TERMINATORS = TERMINATORS
#: How far an unclosed quotation may run inside one paragraph before it is cut at a sentence end.
_UNCLOSED_MAX = 400
#: How far into the next paragraph the closer of a quotation left open may come and still make
#: one quotation with it (further, the two paragraphs stay two spans: a stray never reaches far).
_CARRY_MAX = 600
#: The most line breaks, and characters, between the two parts of a quotation so joined: one
#: paragraph break (a blank line or two), not a page of empty lines.
_CARRY_BREAKS = 3
_CARRY_GAP = 40


@_frozen
class MarkedSpan:
    """The inside of a pair of marks: ``[start, end)`` excludes the marks and outer spaces.

    ``open_at``/``close_at`` are the offsets of the marks themselves (``close_at`` is ``end``
    when the closer is missing), ``depth`` is 0 for top-level spans, ``closed`` tells whether a
    real closing mark was found.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int
    closed: bool

    def __init__(self, start: int, end: int, open_at: int, close_at: int, depth: int, closed: bool) -> None:
        # (``object.__setattr__``: see ``prcli.quotations.attribution.base.Clause``)
        put = object.__setattr__
        put(self, "start", start)
        put(self, "end", end)
        put(self, "open_at", open_at)
        put(self, "close_at", close_at)
        put(self, "depth", depth)
        put(self, "closed", closed)


class _Open:
    """An opening mark waiting for its closer (what ``@dataclass(slots=True)`` made of it, written
    out: the decorator compiled its methods at every start-up)."""

    __slots__ = ("char", "family", "mirrored", "pos")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, family: str, char: str, pos: int, mirrored: bool) -> None:
        self.family, self.char, self.pos, self.mirrored = family, char, pos, mirrored

    def __repr__(self) -> str:
        return (f"_Open(family={self.family!r}, char={self.char!r}, pos={self.pos!r}, "
                f"mirrored={self.mirrored!r})")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Open) and other.__class__ is self.__class__:
            return (self.family, self.char, self.pos, self.mirrored) \
                == (other.family, other.char, other.pos, other.mirrored)
        return NotImplemented


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _looks_open(text: str, i: int, lo: int, hi: int) -> bool:
    """Space (or an opening bracket) before and a non-space after: the shape of an opener."""
    if i + 1 >= hi or text[i + 1].isspace():
        return False
    if i <= lo:
        return True
    before = text[i - 1]
    return before.isspace() or before in "([{:،,-–—/"


def _looks_close(text: str, i: int, lo: int, hi: int) -> bool:
    """A non-space before and a space, punctuation or the end after: the shape of a closer."""
    if i <= lo or text[i - 1].isspace():
        return False
    return i + 1 >= hi or not text[i + 1].isalnum()


def _ends_sentence(text: str, lo: int, i: int) -> bool:
    """Whether the text just before ``i`` ends with a terminator (spaces allowed)."""
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j > lo and text[j - 1] in _TERMINATORS


#: A sentence end: a terminator followed by a space.
_SENTENCE_END = re.compile(r"[.!?؟…](?=\s)")


def _only_sentence_end(text: str, lo: int, i: int) -> int:
    """Just after the one sentence end in ``[lo, i)``, or 0 when there is none or more than one:
    «“الصعبة جدا.. ويضيف: “…”»: an unclosed quotation of one sentence ends there when the next
    one opens. With two or more sentences before the next opener («He called it "historic.
    Then he left. Smith said: "…"») the mark was more likely a stray, and is dropped as before.
    (One scan of the words between the two marks, so a run of openers stays linear.)"""
    found = 0
    for m in _SENTENCE_END.finditer(text, lo, i):
        if found:
            return 0
        found = m.end()
    return found


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _unclosed_ends(text: str, starts: list[int], para_end: int) -> list[int]:
    """Where each unclosed quotation (``starts`` ascending) stops: the paragraph end, or the first
    sentence end when the paragraph is long (so a stray mark never swallows the rest of a
    one-line article). One forward scan is shared by all of them, so a deep stack of unclosed
    marks («a «b «c …) stays linear."""
    out: list[int] = []
    found = -1  # the last sentence end found (its terminator), valid for starts up to it
    none_from = para_end + 1  # no sentence end at or after this position
    for start in starts:
        if para_end - start <= _UNCLOSED_MAX:
            out.append(para_end)
            continue
        if found < start and start < none_from:
            found = -1
            for j in range(start, para_end):
                if text[j] in _TERMINATORS and (j + 1 >= para_end or text[j + 1].isspace()):
                    found = j
                    break
            if found < 0:
                none_from = start
        out.append(found + 1 if start < none_from else min(para_end, start + _UNCLOSED_MAX))
    return out


def _has_later(text: str, i: int, hi: int, chars: str, stop: str) -> bool:
    """Whether one of ``chars`` occurs after ``i`` before any of ``stop`` (within the paragraph)."""
    for j in range(i + 1, hi):
        c = text[j]
        if c in chars:
            return True
        if c in stop:
            return False
    return False


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every span between paired marks, top level and nested, in order of opening mark.

    Only the paragraphs holding a mark are scanned (a paragraph without one leaves nothing open
    for the next): a table of 300,000 one-number lines has no paragraph to scan.
    """
    out: list[MarkedSpan] = []
    carry: tuple[str, int] | None = None  # family left open at the end of the previous paragraph,
    # and the index in ``out`` of the quotation it left open
    prev_hi = 0
    n = len(text)
    m = _MARK.search(text)
    while m is not None:
        at = m.start()
        # (every search is bounded by the previous paragraph's end or stops at the first line
        # break: the whole pass stays linear however many paragraphs hold a mark)
        lo = max(text.rfind("\n", prev_hi, at), text.rfind("\r", prev_hi, at), prev_hi - 1) + 1
        eol = _EOL.search(text, at)
        hi = eol.start() if eol is not None else n
        if carry is not None and text[prev_hi:lo].strip("\r\n"):
            carry = None  # a paragraph without marks came between: it closed nothing and left nothing open
        carry = _scan_paragraph(text, lo, hi, carry, out)
        prev_hi = hi
        m = _MARK.search(text, hi)
    out.sort(key=lambda s: (s.open_at, s.depth))
    return out


def _emit(text: str, out: list[MarkedSpan], op: _Open, close_at: int, depth: int, closed: bool) -> None:
    a, b = _trim(text, op.pos + 1, close_at)
    if b > a and _ALNUM.search(text, a, b):
        out.append(MarkedSpan(a, b, op.pos, close_at, depth, closed))


def _joined(text: str, out: list[MarkedSpan], carry: tuple[str, int], lo: int, i: int) -> bool:
    """«وأردفت “… معاً.» then, next paragraph, «أنا … مع ماكرون”.»: a quotation opened in one
    paragraph and never closed there, whose closer is the first mark of the next paragraph (no
    opener before it), is one quotation over both paragraphs. Replaces the open part in ``out``
    and tells whether it did; only when the closer comes within ``_CARRY_MAX`` characters (a
    stray mark further on keeps the two paragraphs apart)."""
    k = carry[1]
    if i - lo > _CARRY_MAX or not 0 <= k < len(out) or out[k].closed:
        return False
    first = out[k]
    if text.count("\n", first.end, lo) > _CARRY_BREAKS or lo - first.end > _CARRY_GAP:
        return False  # a run of blank lines (or more) between the parts: two paragraphs apart
    a, b = _trim(text, first.open_at + 1, i)
    out[k] = MarkedSpan(a, b, first.open_at, i, 0, True)
    return True


def _scan_paragraph(text: str, lo: int, hi: int, carry: tuple[str, int] | None,
                    out: list[MarkedSpan]) -> tuple[str, int] | None:
    stack: list[_Open] = []
    seen_mark = False
    straight_left = text.count('"', lo, hi)  # straight marks from the current one to the paragraph end
    for m in _MARK.finditer(text, lo, hi):  # only the marks: the other characters play no part
        i = m.start()
        c = text[i]
        fam = _FAMILY[c]
        if fam == "A":
            straight_left -= 1
        if fam == "Q":
            # ’ is an apostrophe unless a ‘ is open; ‘ opens only with the shape of an opener
            if c == "‘" and _looks_open(text, i, lo, hi) and not any(o.family == "Q" for o in stack):
                stack.append(_Open(fam, c, i, False))
            elif c == "’" and stack and stack[-1].family == "Q" and _looks_close(text, i, lo, hi):
                op = stack.pop()
                _emit(text, out, op, i, len(stack), True)
            continue
        first = not seen_mark
        seen_mark = True
        idx: int | None = None
        for k in range(len(stack) - 1, -1, -1):  # the open mark of this family nearest the top
            if stack[k].family == fam:
                idx = k
                break
        if idx is not None:
            op = stack[idx]
            if _closes(text, i, lo, hi, op, c):
                del stack[idx + 1:]
                stack.pop()
                _emit(text, out, op, i, len(stack), True)
                continue
            # a second opener while one is open: guillemets nest («… «…» …»); otherwise the
            # first ran to a sentence end, or was a stray
            if fam in ("G", "S") and c == op.char and not op.mirrored \
                    and not _stray_far(text, op.pos, i):
                stack.append(_Open(fam, c, i, False))
                continue
            if fam == "A" and _nested_straight(text, i, hi):
                stack.append(_Open(fam, c, i, False))
                continue
            if fam == "D" and c == op.char and not op.mirrored and _nested_curly(text, i, lo, hi):
                stack.append(_Open(fam, c, i, False))
                continue
            if _ends_sentence(text, op.pos + 1, i):
                del stack[idx:]
                _emit(text, out, op, i, len(stack), False)
            else:
                del stack[idx:]
                cut = _only_sentence_end(text, op.pos + 1, i)
                if cut > 0:
                    _emit(text, out, op, cut, len(stack), False)
            stack.append(_Open(fam, c, i, op.mirrored))
            continue
        if first and carry is not None and carry[0] == fam and _looks_close(text, i, lo, hi) \
                and c not in _OPENERS - {"“"}:
            # the closer of a quotation opened in the previous paragraph
            if not _joined(text, out, carry, lo, i):
                _emit(text, out, _Open(fam, c, lo - 1, False), i, 0, True)
            continue
        if stack and _mixed_close(text, i, lo, hi, stack[-1], c):
            op = stack.pop()  # «قال "… الرصاص».»: opened with one kind of mark, closed with another
            _emit(text, out, op, i, len(stack), True)
            continue
        mirrored = False
        if c in _CLOSERS and not (_arabic_near(text, i, lo, hi) or _looks_open(text, i, lo, hi)):
            continue  # a stray closer in Latin text: drop it
        if c in _CLOSERS and _before_punctuation(text, i, hi, _CLOSING_PUNCTUATION) \
                and not _arabic_near(text, i, lo, hi):
            continue  # «… complet », a déclaré X. « …»: the closer of a quotation whose opener was lost
        if c in _CLOSERS:
            partner = {"D": "“„", "G": "«", "S": "‹"}[fam]
            if not _has_later(text, i, hi, partner + c, "") or not _has_later(text, i, hi, partner, c):
                if (fam == "D" and _has_later(text, i, hi, c, "")) \
                        or (fam == "G" and (_same_glyph(text, i, lo, hi) or _colon_opener(text, i, lo, hi))):
                    mirrored = True  # ” … ” (or »…») typed with one glyph
                else:
                    continue  # a stray closer: drop it
            elif _between_quotes(text, i, lo, hi, partner + c):
                continue  # the closer of a quotation whose opener was lost, not a mirrored opener
            else:
                mirrored = True
        elif fam == "A" and _looks_close(text, i, lo, hi) and not _looks_open(text, i, lo, hi) \
                and not _after_proclitic(text, i, lo, hi) and not _colon_opener(text, i, lo, hi) \
                and not _spaced_opener(text, i, lo, hi, straight_left + 1):
            continue  # a straight closer with nothing open: stray
        elif fam == "A" and _before_punctuation(text, i, hi, _NO_OPEN_AFTER):
            continue  # «… حاليا " ، وعلى …»: a comma after it, so it closed a pair whose opener was lost
        elif fam != "A" and ((i + 1 < hi and text[i + 1] in _NO_OPEN_AFTER)
                             or (i > lo and text[i - 1].isalnum())) and _stray_opener(text, i, lo, hi, fam):
            continue  # (the cheap part of the test first: quote storms stay fast)
        stack.append(_Open(fam, c, i, mirrored))
    left: tuple[str, int] | None = None
    ends = _unclosed_ends(text, [op.pos + 1 for op in stack], hi)
    for k, (op, end) in enumerate(zip(stack, ends, strict=True)):
        emitted = len(out)
        _emit(text, out, op, end, k, False)
        if k == 0 and end == hi:
            left = (op.family, emitted if len(out) > emitted else -1)
    return left


def _nested_straight(text: str, i: int, hi: int) -> bool:
    """«وقال: "نحرص على … ببرنامج "ناسا" المستقبلي … في الماضي".»: a straight mark shaped as an
    opener (after a space, or glued to a proclitic: «ترشيح طاقم ل"السوبر"») while one is open
    nests a short name when the next straight marks of the paragraph
    close it and then close the outer one; between the two, more short pairs may come, opened
    after a space or glued to a proclitic («أنه "سيتم … لـ "أوفيد" التي … من "أوفيد" تنافس …
    متقدم".»: each inner pair nests, the last mark closes the quotation). A stray opener followed
    by a new quotation («"… "…" "…"») has no closer-only mark after its pairs, and does not
    nest. Only the next few straight marks are read (at most ``_NESTED_PAIRS`` pairs)."""
    if not ((_looks_open(text, i, i, hi) and text[i - 1:i] in (" ", "\u00a0"))
            or _after_proclitic(text, i, 0, hi)):
        return False
    at = i
    for _ in range(_NESTED_PAIRS):
        first = text.find('"', at + 1, hi)
        if first < 0 or first - at > 60 or not _looks_close(text, first, at + 1, hi):
            return False
        second = text.find('"', first + 1, hi)
        if second < 0:
            return False
        if _looks_close(text, second, first + 1, hi) and not _looks_open(text, second, first + 1, hi):
            return True
        if not (_looks_open(text, second, first + 1, hi) or _after_proclitic(text, second, first + 1, hi)):
            return False
        at = second
    return False


def _spaced_opener(text: str, i: int, lo: int, hi: int, left: int) -> bool:
    """«… إن" الحكومة تدعم … القضايا".», «… الفرق .." انظر … الفرق " لكن …»: older Arabic copy
    types straight marks with the space inside the pair (after the opener, before the closer),
    so an opener glued to the word or full stop before it has a closer's shape. Such a mark,
    with nothing open, past one space before a word, opens when the next straight mark of the
    paragraph does not open words of its own (it closes this one); a stray closer of a lost opener
    is followed by a new quotation's opener («… صعب" وأضاف أن "…"»), or by none, and is dropped.
    Right after a comma a mark is as often a closer typed after it («… بعد صلاة الفجر،" والثانية
    بعنوان " … " بعد …») as an opener («في تصريح للوكالة،" إن …"»): it opens only when it and
    the straight marks after it in the paragraph (``left`` in all) pair up, an even number."""
    if i + 2 >= hi or not _is_space(text[i + 1]) or not text[i + 2].isalnum():
        return False
    if text[i - 1] in "،,؛;" and left % 2:
        return False
    j = text.find('"', i + 2, hi)  # (it opens words of its own: a space before it, a letter after it)
    return j > 0 and not (_is_space(text[j - 1]) and j + 1 < hi and text[j + 1].isalnum())


def _spaced_closer(text: str, i: int, lo: int, hi: int, opened: int) -> bool:
    """«وحددت " الشركة الزراعية "الصاعد سهمها …»: in copy typed with the space inside the marks,
    a straight mark after a space, glued to the next word, closes a quotation whose opener has a
    space after it, unless another straight mark follows in the paragraph shaped as a closer (then
    this one opens the words up to it: «قال: " إن الحزب "الوطني" …»)."""
    if not _is_space(text[opened + 1]) or not _is_space(text[i - 1]):
        return False
    j = text.find('"', i + 1, hi)
    return j < 0 or not _looks_close(text, j, lo, hi)


#: How many short inner pairs a straight-marked quotation may hold before its closer.
_NESTED_PAIRS = 4


#: The marks of the curly double family, looked ahead to by ``_nested_curly``.
_CURLY = re.compile("[“”„‟″]")


def _nested_curly(text: str, i: int, lo: int, hi: int) -> bool:
    """«قال: “سيكون “الموسم” أفضل”»: a second opening curly mark of the same glyph while one is
    open nests (a title or cited word inside the quotation) when the next two curly marks of the
    paragraph are both closers, the inner one's and then the outer one's; otherwise the first was
    a stray opener (««“… “…” “…”»: a new quotation starts) and is dropped as before.

    Only the next two curly marks are read, so a storm of openers stays linear."""
    if not _looks_open(text, i, lo, hi):
        return False
    j = i
    for _ in range(2):
        m = _CURLY.search(text, j + 1, hi)
        if m is None:
            return False
        j = m.start()
        if not (text[j] in _CLOSERS or (text[j] == text[i] and _looks_close(text, j, lo, hi)
                                        and not _looks_open(text, j, lo, hi))):
            return False
    return True


@functools.cache
def _any_of(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def _between_quotes(text: str, i: int, lo: int, hi: int, marks: str) -> bool:
    """«… بالرائعة” ويضيف: “…”»: a closing-glyph mark with nothing open, shaped as a closer
    (a word before it, a space or punctuation after), whose next mark of its family is an opener
    shaped as one, ends a quotation whose opener was lost. Read as a mirrored opener it would
    make the words between two quotations (a reporting cue and a colon) the quotation and lose
    the real one that follows, so it is dropped instead."""
    if not _looks_close(text, i, lo, hi) or _looks_open(text, i, lo, hi) or text[i - 1] in "([{:":
        return False  # (a colon before it introduces: «قال :” …» opens, mirrored)
    m = _any_of(marks).search(text, i + 1, hi)
    if m is None or text[m.start()] == text[i]:
        return False
    j = m.start()
    # the next one opens words: a space before it and a letter after it («… عام “.» closes)
    return j + 1 < hi and text[j + 1].isalnum() and not _looks_close(text, j, lo, hi)


#: What never follows an opening mark: a comma, a semicolon or a colon.
_NO_OPEN_AFTER = frozenset(";,:،؛")
#: The glyphs of each family of curly marks and guillemets.
_GLYPHS = {"D": "“”„‟″", "G": "«»", "S": "‹›"}


def _stray_opener(text: str, i: int, lo: int, hi: int, fam: str) -> bool:
    """An opening glyph with nothing open that cannot open: followed by a comma, semicolon or
    colon («…», «; »…«), or shaped as a closer (glued to the word before it, a space or
    punctuation after it) when the next mark of its family is shaped as an opener (a space before it, a letter
    after it): it closed a quotation whose opener was lost («… démission«; »Merci«»), and
    opening there would take the words between two quotations as the quotation and shift every
    later pair of the paragraph."""
    if i + 1 < hi and text[i + 1] in _NO_OPEN_AFTER:
        return True
    if i == lo or not text[i - 1].isalnum() or not _looks_close(text, i, lo, hi) \
            or _looks_open(text, i, lo, hi):
        return False  # (after a full stop it opens: paragraphs run together, «… 1.« Nuit »»)
    m = _any_of(_GLYPHS[fam]).search(text, i + 1, hi)
    if m is None:
        return False
    j = m.start()
    return j + 1 < hi and text[j + 1].isalnum() and not _looks_close(text, j, lo, hi)


def _stray_far(text: str, at: int, i: int) -> bool:
    """«أن «مجلس … المتظاهرين وانطلقت … في شعاراتهم «قضية الكهرباء» … أكثر «جرأة» …»: a second
    opening guillemet more than twice ``_UNCLOSED_MAX`` characters after an open one, with no
    sentence end between, does not nest in it: the first was never closed (a quotation that
    long runs over a sentence end), and nesting would make the whole stretch, and every pair in
    it, one quotation. (A long statement typed without full stops may hold a pair some 600
    characters in: «وأضاف البيان «… تشغيل كافة «الشلرات» بالكامل …»».)"""
    return i - at > 2 * _UNCLOSED_MAX and _SENTENCE_END.search(text, at, i) is None


#: What may follow a closing glyph, never an opening one (``_before_punctuation``).
_CLOSING_PUNCTUATION = ",;:.)"


def _before_punctuation(text: str, i: int, hi: int, marks: Collection[str]) -> bool:
    """The mark at ``i`` followed (past a space) by one of ``marks``, punctuation no quotation's
    words open on:
    - a closing glyph before a comma, semicolon, colon, full stop or bracket
      (``_CLOSING_PUNCTUATION``) closed, in Latin text, a quotation whose opener was lost; read as
      a mirrored opener it would take the words up to the next quotation as one;
    - a straight mark before a comma, a semicolon or a colon (``_NO_OPEN_AFTER``) with nothing open
      is a stray or the closer of a lost opener."""
    j = i + 1
    if j < hi and text[j] in " \u00a0\u202f":
        j += 1
    return j < hi and text[j] in marks


def _same_glyph(text: str, i: int, lo: int, hi: int) -> bool:
    """«بـ»الشركة» التي …»: a closing guillemet glued to the word after it opens, typed with the
    closer's glyph, when the next guillemet of the paragraph is the same glyph shaped as a closer
    (a word before it, no letter after it). A closer followed by a space («… نفسها» كما …») does
    not open."""
    if i + 1 >= hi or not text[i + 1].isalnum():
        return False
    j = text.find(text[i], i + 1, hi)
    return j > 0 and _looks_close(text, j, lo, hi) and not (j + 1 < hi and text[j + 1].isalnum())


#: The Arabic definite article, alone or after a proclitic (ال، وال، بال، لل …), as a word of its own.
@functools.cache
def _article_re() -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=\s))(?:[وفبك]?ال|[وف]?لل)$")


def _after_proclitic(text: str, i: int, lo: int, hi: int) -> bool:
    """«وصفته ب" أعظم جمهور "»: a straight mark right after a lone Arabic proclitic (بـ، لـ، كـ،
    وـ، فـ) opens the words it governs, padded with a space or not, when another follows. So does
    one right after a lone definite article: «وتطلب ال"سي في" من كل مرشح» (a foreign word, or an
    acronym, takes the article outside its marks)."""
    if i - 1 < lo:
        return False
    lone = text[i - 1] in "بلكوف" and (i - 2 < lo or _is_space(text[i - 2]))
    if not lone and (text[i - 1] != "ل" or _article_re().search(text, max(lo, i - 5), i) is None):
        return False
    return text.find(text[i], i + 1, hi) > i + 1


def _colon_opener(text: str, i: int, lo: int, hi: int) -> bool:
    """«وقال :" إن تنمية …"», «وأضاف:» إن الجسر …»»: a straight mark or a closing guillemet right
    after a colon (spaces allowed) and before a word (past one space) opens the quotation the
    colon introduces, though a space follows it; a colon never comes right before a closer.
    Only when another mark of its glyph follows in the paragraph to close it."""
    j = i - 1
    while j >= lo and text[j] in " \u00a0":
        j -= 1
    if j < lo or text[j] != ":":
        return False
    k = i + 1
    if k < hi and text[k] in " \u00a0":
        k += 1
    return k < hi and text[k].isalnum() and text.find(text[i], k, hi) > 0


#: For a quotation opened with one kind of mark, the marks of another kind that may close it.
_MIXED_CLOSERS = {"A": "»”", "D": '»"', "G": '"'}


def _mixed_close(text: str, i: int, lo: int, hi: int, op: _Open, c: str) -> bool:
    """«لوكالة الأنباء "دخلوا المنزل … وكسروا الأبواب». واضاف: "…"», «وقال «إن … عقباها".»: a
    closer of another kind than the innermost open mark (nothing of its own kind being open)
    closes that mark when it is shaped as a closer and the open mark's own closer never comes
    in the paragraph: for straight marks, the next one opens a new quotation (or there is none);
    for guillemets and curly marks, none of their kind follows («بحث في “فقه المقاصد"، والثاني
    …»: a curly opener closed by a straight mark, when no other straight mark pairs with it).
    (A mirrored opener, «» …«», is shaped as an opener: a space before it, a word after it.)"""
    if c not in _MIXED_CLOSERS.get(op.family, "") or op.mirrored:
        return False
    if not _looks_close(text, i, lo, hi) or _looks_open(text, i, lo, hi):
        return False
    if op.family == "A":
        j = text.find('"', i + 1, hi)
        return j < 0 or (_looks_open(text, j, i + 1, hi) and not _looks_close(text, j, i + 1, hi))
    if c == '"':
        j = text.find('"', i + 1, hi)
        if j >= 0 and not (_looks_open(text, j, i + 1, hi) and not _looks_close(text, j, i + 1, hi)):
            return False
    return not _has_later(text, i, hi, _GLYPHS[op.family], "")


def _arabic_near(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether an Arabic letter is next to position ``i`` (mirrored marks are an RTL habit)."""
    return any(lo <= j < hi and "\u0600" <= text[j] <= "ۿ" for j in (i - 1, i + 1, i - 2, i + 2))


def _closes(text: str, i: int, lo: int, hi: int, op: _Open, c: str) -> bool:
    """Whether mark ``c`` at ``i`` closes the open mark ``op`` of the same family."""
    if op.family == "A" or c == op.char:
        # same glyph: a closer by shape, or followed by a space or punctuation (« " تحديد … " ، »
        # pads both sides), or anything that is not clearly a new opener
        after = text[i + 1] if i + 1 < hi else ""
        if _looks_close(text, i, lo, hi) or not after.isalnum():
            return True
        if op.family == "A" and _after_proclitic(text, i, lo, hi):
            return False  # «… من فئة "…" و"…" …»: a straight mark glued to و/ب/ل opens the next name
        if op.family == "A" and _spaced_closer(text, i, lo, hi, op.pos):
            return True
        return not _looks_open(text, i, lo, hi)
    if op.mirrored:
        return c in _OPENERS or c == "″"
    return c in _CLOSERS or (op.char == "„" and c == "“")


#: English words in straight single marks: an opening "'" after a space, a bracket, a dash or a
#: double mark (or at the start) and before a letter or a digit; a closing one after a letter, a
#: digit or punctuation and before no letter, digit or other "'". An apostrophe between two
#: letters ("It's", "Kilroy's") stays inside.
@functools.cache
def _en_single_re() -> re.Pattern[str]:
    return re.compile(r"(?<![^\s(\[\"“—–-])'(?=[A-Za-z0-9])((?:[^'\n]|(?<=\w)'(?=\w)){2,400}?)"
                      r"(?<=[\w.,!?%)])'(?![\w'])")


@functools.cache
def _en_single_closer_re() -> re.Pattern[str]:
    return re.compile(r"(?<=[\w.,!?%)])(?<!s)'(?![\w'])")


def english_single_spans(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Spans in straight single marks ('empire', 'I won,' he said) that English writers use as
    quotation marks, beside the double-marked ``spans``: top level when outside every one of them,
    nested (depth 1) when inside one; one that crosses a double-marked span's edge is dropped.
    Only for English: in French the straight mark is the apostrophe of «l'homme»."""
    if "'" not in text:
        return []
    tops = sorted((sp.open_at, sp.close_at) for sp in spans if sp.depth == 0)
    opens = [t[0] for t in tops]
    out: list[MarkedSpan] = []
    pos = 0
    while True:
        m = _en_single_re().search(text, pos)
        if m is None:
            break
        o, c = m.start(), m.end() - 1
        if text[c - 1] == "s" and text[c + 1:c + 2] == " " and text[c + 2:c + 3].islower():
            # 'It's a shakedown, and the fans' anger is real,' he said: a plural possessive is no
            # closer when another closer follows in the paragraph
            later = _en_single_closer_re().search(text, c + 1, min(len(text), o + 400))
            if later is not None and "\n" not in text[c:later.start()]:
                c = later.start()
        pos = c + 1
        at = bisect_right(opens, o)  # the double-marked spans opening after this mark start at ``at``
        inside = at > 0 and tops[at - 1][0] < o < tops[at - 1][1]
        if inside and not c < tops[at - 1][1]:
            continue  # crosses the closing mark of the double-marked span it opens in
        if not inside and at < len(tops) and tops[at][0] < c:
            continue  # holds a double-marked span's opening mark: not a pair of single marks
        a, b = _trim(text, o + 1, c)
        if b > a:
            out.append(MarkedSpan(a, b, o, c, 1 if inside else 0, True))
    return out
