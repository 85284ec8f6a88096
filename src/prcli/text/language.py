"""Language of a document and of each paragraph, from script share and stop words.

* The script of most letters decides for non-Latin scripts: Arabic script gives "ar" (or "fa"
  / "ur" when letters proper to Persian or Urdu dominate the non-Arabic ones), Hebrew "he",
  Cyrillic "ru", Greek "el", Han/Kana "zh"/"ja", Hangul "ko", Devanagari "hi".
* Latin script is told apart by stop-word hits (``data/stopwords_*.txt``): English and French,
  and Spanish, German, Italian, Portuguese and Dutch from short lists; without enough evidence
  the answer is "und".
* A mixed document gets its dominant language (most letters); ``paragraph_language`` gives a
  paragraph its own language when its script differs (a French quotation in an Arabic
  article), and falls back to the document's language for short or ambiguous paragraphs.

Long documents are sampled (start, middle, end), so detection is bounded in time.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from prcli.model import Paragraph
from prcli.text.resources import word_list

#: Patterns only some texts need (Latin-script words, web addresses) are left to ``re``'s own
#: cache, compiled on first use rather than by every run at start-up.
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
#: Web addresses: their Latin letters say nothing about the language of the text.
_URL = r"(?i)(?:https?://|www\.)\S+"
_SCRIPT_LANG = {"Arab": "ar", "Hebr": "he", "Cyrl": "ru", "Grek": "el", "Hani": "zh", "Kana": "ja",
                "Hang": "ko", "Deva": "hi", "Thai": "th"}
#: Latin-script languages told apart by stop words (``data/stopwords_<code>.txt``).
LATIN_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
#: Characters read per window when sampling a long text.
WINDOW = 20_000
#: Below this many letters a paragraph takes the document's language.
MIN_LETTERS = 12


def script_of(ch: str) -> str:
    """A coarse ISO 15924 script code for one letter ("Latn", "Arab", ...; "Zyyy" if unknown)."""
    o = ord(ch)
    if o < 0x0250:
        return "Latn"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF \
            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "Arab"
    if 0x0590 <= o <= 0x05FF:
        return "Hebr"
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0370 <= o <= 0x03FF:
        return "Grek"
    if 0x0900 <= o <= 0x097F:
        return "Deva"
    if 0x0E00 <= o <= 0x0E7F:
        return "Thai"
    if 0x3040 <= o <= 0x30FF:
        return "Kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
        return "Hang"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return "Hani"
    if 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    return "Zyyy"


def _sample(text: str) -> str:
    """The whole text if short, else three windows (start, middle, end)."""
    if len(text) <= 3 * WINDOW:
        return text
    mid = len(text) // 2
    return "\n".join((text[:WINDOW], text[mid - WINDOW // 2: mid + WINDOW // 2], text[-WINDOW:]))


#: Letters (``str.isalpha`` for all practical purposes), and the two scripts that make up
#: nearly all news text, counted by the regex engine instead of a Python loop per character.
_NON_LETTERS = re.compile(r"[\W\d_]+")  # deleted, leaves the letters: [^\W\d_]
_LATIN_LETTER = re.compile(r"[\u0000-\u024f\u1e00-\u1eff]+")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
#: Letters proper to Persian (پ چ ژ گ) and Urdu (ٹ ڈ ڑ ں ے) among Arabic-script text. The
#: Persian ی and ک are left out: Arabic copy typed on a Persian keyboard is full of them.
_PERSIAN = "پچژگ"
_URDU = "ٹڈڑںے"


def script_counts(text: str, letters: str | None = None) -> Counter[str]:
    """Letters per script in ``text`` (digits, marks and punctuation are not counted);
    ``letters``: ``text`` without its non-letters, when the caller has it already.

    Counted by deleting (one new string per step) rather than by ``findall`` (one string per
    letter): the two scripts are disjoint ranges, so each deletion's length change is a count."""
    if letters is None:
        letters = _letters(text)
    counts: Counter[str] = Counter()
    # The script the letters open with is deleted first: a deletion that finds long runs is
    # quick, while a scan that finds next to nothing (Latin among Arabic letters) is the slow part.
    if _ARABIC_LETTER.match(letters):
        no_arabic = _ARABIC_LETTER.sub("", letters)
        rest = _LATIN_LETTER.sub("", no_arabic)
        arabic = len(letters) - len(no_arabic)
        latin = len(no_arabic) - len(rest)
    else:
        no_latin = _LATIN_LETTER.sub("", letters)
        rest = _ARABIC_LETTER.sub("", no_latin)
        latin = len(letters) - len(no_latin)
        arabic = len(no_latin) - len(rest)
    if latin:
        counts["Latn"] = latin
    if arabic:
        counts["Arab"] = arabic
    if rest:
        counts.update(script_of(ch) for ch in rest if ch.isalpha())
    return counts


def _letters(text: str) -> str:
    """``text`` without its non-letters (``_NON_LETTERS``). The spaces go first, all at once: a
    space between every two words is otherwise one match of the pattern each."""
    return _NON_LETTERS.sub("", text.replace(" ", ""))


def dominant_script(text: str, letters: str | None = None) -> str | None:
    """The script of most letters in (a sample of) the text, or None without letters
    (``letters``: see ``script_counts``; ignored when the text is long enough to be sampled)."""
    sample = _sample(text)
    counts = script_counts(sample, letters if sample is text else None)
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])


def latin_scores(text: str, words: list[str] | None = None) -> dict[str, int]:
    """Stop-word hits per Latin-script language (``LATIN_LANGUAGES``) among the words of
    ``text``: each distinct word is looked up once (``_latin_hits``) and counts as often as it
    occurs. ``words``: ``text``'s words (``_WORD``), when the caller has them already."""
    scores = dict.fromkeys(LATIN_LANGUAGES, 0)
    for word, count in Counter(re.findall(_WORD, text) if words is None else words).items():
        for lang in _latin_hits(word):
            scores[lang] += count
    return scores


@lru_cache(maxsize=65536)
def _latin_hits(word: str) -> tuple[str, ...]:
    """The Latin-script languages whose stop words hold ``word`` (lower-cased, with a French
    elision «l'État», «d'un», «qu'il» read from its first part), remembered per word (bounded)."""
    w = word.lower().replace("’", "'")
    hits = []
    for lang in LATIN_LANGUAGES:
        words = word_list("prcli.text", f"stopwords_{lang}.txt")
        if w in words or ("'" in w and w.split("'", 1)[0] + "'" in words):
            hits.append(lang)
    return tuple(hits)


def latin_language(text: str, words: list[str] | None = None) -> str:
    """The Latin-script language with most stop-word hits (English and French first, then
    Spanish, German, Italian, Portuguese, Dutch), or "und" with fewer than two hits or a tie.
    ``words``: see ``latin_scores`` (ignored when the text is long enough to be sampled)."""
    sample = _sample(text)
    scores = latin_scores(sample, words if sample is text else None)
    best = max(sorted(scores), key=lambda k: scores[k])
    if scores[best] < 2 or list(scores.values()).count(scores[best]) > 1:
        return "und"
    return best


def _arabic_script_language(text: str, letters: int) -> str:
    """``letters``: how many letters ``text`` has."""
    persian = sum(map(text.count, _PERSIAN))  # str.count: no regex to compile at start-up
    urdu = sum(map(text.count, _URDU))
    if letters and max(persian, urdu) / letters > 0.005:
        return "ur" if urdu > persian else "fa"
    return "ar"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the dominant language: "ar", "en", "fr", another code, or "und"."""
    sample = _sample(text)
    if "http" in sample or "www." in sample:
        sample = re.sub(_URL, " ", sample)
    words, letters = _words_and_letters(sample)  # read once for both questions below
    script = dominant_script(sample, letters)
    if script is None:
        return "und"
    if script == "Latn":
        return latin_language(sample, words)
    if script == "Arab":
        return _arabic_script_language(sample, len(letters))
    return _SCRIPT_LANG.get(script, "und")


def _words_and_letters(sample: str) -> tuple[list[str] | None, str]:
    """The words of ``sample`` (``_WORD``), when it looks Latin, and its letters (``_NON_LETTERS``
    deleted). A Latin text's letters are its words joined without their apostrophes (the word
    pattern takes every letter, and an apostrophe is no letter): one scan of the text instead of
    two. A text with an Arabic letter near its start is read the one way it needs (its words are
    not asked for)."""
    if _ARABIC_LETTER.search(sample, 0, _LATIN_PROBE) is None:
        words = re.findall(_WORD, sample)
        return words, "".join(words).replace("'", "").replace("’", "")
    return None, _letters(sample)


#: Characters looked at for an Arabic letter before a text is read as Latin words.
_LATIN_PROBE = 1000


def paragraph_language(text: str, default: str = "und") -> str:
    """The language of one paragraph (or sentence): its own when it has enough letters and a
    clear answer, else ``default`` (the document's language)."""
    letters = sum(ch.isalpha() for ch in text[:MIN_LETTERS * 20])
    if letters < MIN_LETTERS:
        return default
    lang = detect_language(text)
    if lang == "und":
        return default
    # a Latin paragraph in a Latin document keeps the document's language unless clear
    if lang in ("en", "fr") and default in ("en", "fr") and lang != default:
        scores = latin_scores(text)
        if scores[lang] < 2 * scores[default] + 2:
            return default
    return lang


def paragraph_languages(text: str, default: str | None = None) -> list[tuple[Paragraph, str]]:
    """Every paragraph of ``text`` with its language (see ``paragraph_language``)."""
    doc = default if default is not None else detect_language(text)
    from prcli.text.segment import split_paragraphs  # only this function needs the splitter

    return [(p, paragraph_language(p.text, doc)) for p in split_paragraphs(text)]
