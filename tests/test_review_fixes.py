"""Rows for the review's findings on the merged work: each failed before its fix."""
from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.figures.extract import extract_stats
from prcli.quotations import extract_quotes

# (language, text, quoted words, expected speaker or None, is speech)
TABLE = [
    # «marque» is a verb here («cette décision marque …»): the marks hold the minister's words
    ("fr", "Le conseil a voté hier. Cette décision marque « un tournant pour toute la région », "
           "a estimé le ministre Paul Ravel.",
     "un tournant pour toute la région", "Paul Ravel", True),
    # after a determiner «marque» is the noun: the marks hold a name
    ("fr", "Paul Girard a déposé sa demande. Seule la marque « Mon vélo vert » est enregistrée.",
     "Mon vélo vert", None, False),
    # a sentence opening with «وبحسب X» makes X the source a later «وأضاف» goes on with
    ("ar", "قال وزير الصحة سامي العنزي إن \"المستشفيات جاهزة\".\n\nوبحسب الناطق باسم الشرطة العقيد "
           "فهد الدوسري، فقد اعتقل ثلاثة أشخاص. وأضاف أن \"التحقيقات مستمرة حتى الآن\".",
     "التحقيقات مستمرة حتى الآن", "فهد الدوسري", True),
    # a source set off inside its sentence («- بحسب محللين -») is no one who goes on speaking
    ("ar", "قال وزير الصحة سامي العنزي إن \"المستشفيات جاهزة\".\n\nوالأزمة التي هي - بحسب محللين - "
           "نتيجة سياسات خاطئة. وأضاف أن \"التحقيقات مستمرة حتى الآن\".",
     "التحقيقات مستمرة حتى الآن", "سامي العنزي", True),
    # a titled name running on into «عنه» is that name
    ("ar", "افتتح المعرض أمس في الرياض. وتحدث الدكتور تامر نبيل عنه قائلا: \"هذا المعرض فرصة كبيرة للشباب\".",
     "هذا المعرض فرصة كبيرة للشباب", "تامر نبيل", True),
    # without a person brought in after them they stay an intertitle
    ("fr", "Les soignants manifestaient devant l'hôpital ce matin.\n\n« On ne lâchera rien »\n\n"
           "Le ministre a reçu les syndicats dans l'après-midi.",
     "On ne lâchera rien", None, False),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), TABLE)
def test_review_rows(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)


def test_capitals_alone_on_their_line_stay_a_heading() -> None:
    """The bounded line search still finds a line of capitals in marks standing alone."""
    text = ("Le conseil municipal s'est réuni hier soir.\n« ON TIENT BON »\n"
            "Les agents ont voté la grève à une large majorité, a expliqué Paul Ravel.")
    kinds = {q.text: q.kind for q in extract_quotes(text, language="fr")}
    assert kinds.get("ON TIENT BON") == "title"


def test_capitals_on_a_long_line_are_no_heading() -> None:
    """Far from any line break (more than a line's reach), words in capitals are not taken for
    a line of their own."""
    text = ("Le conseil municipal s'est réuni hier soir.\n" + " " * 300 + "« ON TIENT BON »" + " " * 300
            + "\na lancé Paul Ravel aux agents.")
    kinds = {q.text: q.kind for q in extract_quotes(text, language="fr")}
    assert kinds.get("ON TIENT BON") != "title"


def test_personal_words_before_the_person_are_speech() -> None:
    """Personal words alone in their paragraph, then the person who said them: speech, not a heading."""
    text = ("Les soignants manifestaient devant l'hôpital ce matin.\n\n« On ne lâchera rien »\n\n"
            "Marie Dupont, infirmière depuis douze ans, tient une pancarte.")
    speech = {q.text: q.is_speech for q in extract_quotes(text, language="fr")}
    assert speech.get("On ne lâchera rien") is True


def test_name_after_a_glued_and_ending_in_un_is_no_plural_verb() -> None:
    """«ونيلسون»: و + a name ending in -ون; no verb opens with ن- and ends with -ون, so the
    name speaks."""
    text = "وصل المنتخب إلى الدوحة مساء أمس. وأكد ونيلسون ماتوس أن \"الفريق مستعد للمباراة\"."
    speakers = {q.text: q.speaker for q in extract_quotes(text, language="ar")}
    assert (speakers.get("الفريق مستعد للمباراة") or "").endswith("نيلسون ماتوس")


@pytest.mark.parametrize("text", [
    "وقف أبناء الوطن على قلب رجل واحد في مواجهة الأزمة.",
    "صرفت الحكومة المستحقات دفعة واحدة للمقاولين.",
    "الأمن والتنمية وجهان لعملة واحدة كما قال الوزير.",
    "توحدت الأحزاب في جبهة واحدة ضد القرار.",
    "يعيش العمال كأسرة واحدة في المصنع.",
    "نحن نسير في طريق واحد نحو التنمية.",
])
def test_one_in_an_arabic_idiom_counts_nothing(text: str) -> None:
    """«واحد» in an idiom («دفعة واحدة», «على قلب رجل واحد») is no count of one thing."""
    assert [s.text for s in extract_stats(text, language="ar")] == []


def test_one_after_a_noun_still_counts() -> None:
    """Past a noun that makes no idiom, «واحد» counts one of it."""
    assert [s.value for s in extract_stats("توفي شخص واحد في الحادث.", language="ar")] == [1]
