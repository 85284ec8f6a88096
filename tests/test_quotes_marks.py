"""Pairing of quotation marks when marks of one type nest or repeat (issue 5, "Finding quotations").

The words between two quotations («… بالرائعة” ويضيف: “…») must never be taken as the quotation,
and the real quotations around them must not be lost. Every sentence here was written for these
tests (none comes from a real article).
"""

from __future__ import annotations

import textwrap
import time

import pytest

from prcli.quotations import extract_quotes
from prcli.quotations.marks import find_marked_spans


def _top(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_marked_spans(text) if s.depth == 0]


def _speech(text: str, lang: str = "ar") -> list[str]:
    return [q.text for q in extract_quotes(text, language=lang) if q.is_speech]


# (text, the top-level quoted spans expected in order)
PAIRING = [
    # a title in the same curly marks inside a quotation: it nests, the quotation keeps its closer
    ("وقال المدير: “سيكون “الموسم الجديد” أفضل من كل ما سبق”. ويضيف المدير: “نعد الجمهور بمفاجآت”.",
     ["سيكون “الموسم الجديد” أفضل من كل ما سبق", "نعد الجمهور بمفاجآت"]),
    ("He said: “We call it “the blue plan” and it starts today.” Then he added: “It will work.”",
     ["We call it “the blue plan” and it starts today.", "It will work."]),
    # the same glyph at both ends, quote after quote
    ("قال الوزير: “نحن مستعدون للحوار“. وأضاف: “لن نتراجع عن الإصلاح“. وختم: “المستقبل لنا“.",
     ["نحن مستعدون للحوار", "لن نتراجع عن الإصلاح", "المستقبل لنا"]),
    ("قال الوزير: ”نحن مستعدون للحوار”. وأضاف: ”لن نتراجع عن الإصلاح”. وختم: ”المستقبل لنا”.",
     ["نحن مستعدون للحوار", "لن نتراجع عن الإصلاح", "المستقبل لنا"]),
    ("قال الوزير: «نحن مستعدون للحوار«. وأضاف: «لن نتراجع عن الإصلاح«. وختم: «المستقبل لنا«.",
     ["نحن مستعدون للحوار", "لن نتراجع عن الإصلاح", "المستقبل لنا"]),
    # straight and curly marks in one paragraph
    ('قال الوزير: "نحن مستعدون للحوار". وأضاف: “لن نتراجع عن الإصلاح”. وختم: "المستقبل لنا".',
     ["نحن مستعدون للحوار", "لن نتراجع عن الإصلاح", "المستقبل لنا"]),
    # a closer whose opener was lost, then a reporting cue and a colon, then a quotation
    ("وصف المدرب أداء فريقه بالرائع” ويضيف المدرب: “اللاعبون قدموا كل ما لديهم”. وقال القائد: “سنعود أقوى”.",
     ["اللاعبون قدموا كل ما لديهم", "سنعود أقوى"]),
    # a name opened with a closing guillemet glued to it («بـ»الشركة»), then in proper marks
    ("وتعاقدت البلدية مع »الشركة» التي فازت بالصفقة الأولى، ثم جددت العقد مع «الشركة» نفسها.",
     ["الشركة", "الشركة"]),
    ("وأشار إلى أن»العمل سيتواصل في كل الأحياء».وتعمل الفرق في «المنطقة الشرقية» منذ أسبوع.",
     ["العمل سيتواصل في كل الأحياء", "المنطقة الشرقية"]),
    # a closer followed by a space does not open (the quotation it closed lost its opener)
    ("وقال إن النتائج كانت جيدة» كما في العام الماضي» باستثناء «تراجع طفيف في الجنوب».",
     ["تراجع طفيف في الجنوب"]),
    # an opening glyph that closed a quotation whose opener was lost (glued to the word before it,
    # or followed by a semicolon) does not shift the later mirrored pairs of the paragraph
    ("Le refrain dit «Nous irons tous au port», «; »Nous voulons du pain«; »Adieu, adieu«. Un air "
     "repris partout. Le chanteur Paul en est à sa deuxième chanson avec »Les amis du port«.",
     ["Nous irons tous au port", "Nous voulons du pain", "Adieu, adieu", "Les amis du port"]),
    ("وأكد أن التجربة كانت ناجحة“ ويضيف المدرب: “اللاعبون قدموا كل ما لديهم”.",
     ["اللاعبون قدموا كل ما لديهم"]),
    # paragraphs run together: an opener right after a full stop still opens, French spacing inside
    ("Ils étaient venus de loin.« Nous voulons le voir »Pas question de repartir, disaient-ils.",
     ["Nous voulons le voir"]),
    # mirrored marks (right-to-left typing) still pair, also after a colon with spaces inside
    ("قال الوزير ”نحن مستعدون للحوار“ وأضاف ”لن نتراجع عن الإصلاح“.",
     ["نحن مستعدون للحوار", "لن نتراجع عن الإصلاح"]),
    ("وأضاف المهندس :” انتقلنا بعد ذلك إلى مرحلة جديدة من العمل في الورش “.",
     ["انتقلنا بعد ذلك إلى مرحلة جديدة من العمل في الورش"]),
    # a straight mark or a closing guillemet after a colon opens, though a space follows it
    ('وقال مدير الشركة سامي الكردي :" إن المشروع سيكتمل قبل نهاية العام ".',
     ["إن المشروع سيكتمل قبل نهاية العام"]),
    ("وأضاف:» إن الشركة ستوظف مئة شاب في المرحلة الأولى».",
     ["إن الشركة ستوظف مئة شاب في المرحلة الأولى"]),
    # opened with a straight mark, closed with a guillemet (and the other way round)
    ('وقال الحارس "دخلوا المنزل ليلا وكسروا النوافذ. ثم غادروا بسرعة». وأضاف: "لم يصب أحد بأذى".',
     ["دخلوا المنزل ليلا وكسروا النوافذ. ثم غادروا بسرعة", "لم يصب أحد بأذى"]),
    ('وقال رئيس البلدية «إن الأشغال ستنتهي في الصيف المقبل". وتبدأ الدراسة في الخريف.',
     ["إن الأشغال ستنتهي في الصيف المقبل"]),
    # several short names nest in one straight-marked quotation, glued to و/ل or not
    ('وأوضح أنه "سيتم في اللقاء تسليم جائزة "الإبداع" لنادي الشباب، وجائزة "الوفاء" لأقدم عضو".',
     ['سيتم في اللقاء تسليم جائزة "الإبداع" لنادي الشباب، وجائزة "الوفاء" لأقدم عضو']),
    ('وقال: "نرحب ب"سليم فارس" في منصبه الجديد ونتمنى له التوفيق".',
     ['نرحب ب"سليم فارس" في منصبه الجديد ونتمنى له التوفيق']),
    ('وقال: "نعرض في الجناح جهازي "نجم 5" و"نجم 5 بلس" الجديدين لأول مرة".',
     ['نعرض في الجناح جهازي "نجم 5" و"نجم 5 بلس" الجديدين لأول مرة']),
    # a curly opener closed by a straight mark (no curly closer follows): the title ends there
    ('وفاز الطالب بجائزة البحث في “أصول النحو العربي"، والثانية ذهبت إلى طالبة من تونس، وقد شارك '
     'في المسابقة 40 طالبا.', ["أصول النحو العربي"]),
    # a straight mark with a comma after it opens nothing: the later pairs keep their own marks
    ('وتقرر نقل المركز رقم "45 " بالحي الشمالي سابقا " - إلى مدرسة الفجر " الإعدادية حاليا " ، '
     'وعلى الناخبين المسجلين فيه مراجعة المركز " 52 " بمدرسة النور.',
     ["45", "- إلى مدرسة الفجر", "52"]),
    # a guillemet left open with no sentence end for over 800 characters: a second opener does
    # not nest in it, the pairs after it are quotations of their own
    ("وذكر المكتب الإعلامي للوزارة في بيان له أن «الوزارة تعقد غدا اجتماعا طارئا للنظر في مطالب السكان "
     + "وخرج المئات في شوارع المدينة للمطالبة بتحسين الخدمات وتوفير المياه والكهرباء " * 11
     + "ورفع المحتجون شعار «الماء حق للجميع» أمام مبنى المحافظة وطالبوا الوزير بأن يكون أكثر «حزما وجرأة» "
     "في معالجة الأزمة.", ["الماء حق للجميع", "حزما وجرأة"]),
    # older copy types straight marks with the space inside the pair: an opener glued to the word
    # (or the full stops) before it, a closer after a space, glued to the word after it or not
    ('وقال مدير الشركة سليم الناصر إن" الشركة ستوسع نشاطها في العام المقبل". وأضاف أن الأرباح ارتفعت.',
     ["الشركة ستوسع نشاطها في العام المقبل"]),
    ('وكانت الأسعار مرتفعة .." ادخر اليوم تجد غدا " لكن الناس لم يسمعوا النصيحة.', ["ادخر اليوم تجد غدا"]),
    ('وأعلنت " الشركة الوطنية للألبان "الرابحة هذا العام عن توزيع أرباح على المساهمين.',
     ["الشركة الوطنية للألبان"]),
    # (not when the next mark opens a quotation of its own: the glued mark closed a lost opener)
    ('وقال الوزير إن الوضع صعب" وأضاف أن "الأمر يحتاج إلى وقت".', ["الأمر يحتاج إلى وقت"]),
    ('قال: " إن الحزب "الوطني" سيفوز في الانتخابات".', ['إن الحزب "الوطني" سيفوز في الانتخابات']),
    ('وتقام محاضرتان، الأولى بعنوان " آداب الطريق " بعد صلاة الظهر،" والثانية بعنوان " حقوق الجار " '
     'بعد صلاة العشاء.', ["آداب الطريق", "حقوق الجار"]),
    ('وقالت مديرة المعرض في تصريح للإذاعة،" إن الأبواب ستفتح للزوار صباح الغد ". ثم غادرت القاعة.',
     ["إن الأبواب ستفتح للزوار صباح الغد"]),
    # a straight pair glued to a lone definite article nests (a foreign word or an acronym)
    ('وقال المدرب: "كل فريق يرسل أسماء لاعبيه ومعها ال"سي في" لكل لاعب، ثم تختار اللجنة". وانتهى اللقاء.',
     ['كل فريق يرسل أسماء لاعبيه ومعها ال"سي في" لكل لاعب، ثم تختار اللجنة']),
    ('وأكدت المديرة: "سنبث الحفل بال"فيديو" المباشر لكل المشتركين في الموقع". ثم غادرت.',
     ['سنبث الحفل بال"فيديو" المباشر لكل المشتركين في الموقع']),
]


def _wrapped(*paragraphs: str, width: int = 70) -> str:
    """An article hard-wrapped as old newspaper dumps are: a line break every ``width``
    characters or so, a new paragraph opening with a space after its line break."""
    return "\n ".join(textwrap.fill(p, width) for p in paragraphs)


_OPENING = ("أعلن رئيس بلدية المدينة الساحلية منير الحداد أمس أن المجلس البلدي أقر خطة جديدة لتوسيع "
            "المساحات الخضراء في الأحياء الشرقية خلال العامين المقبلين.")
_CLOSING = "وكان سكان الأحياء الشرقية قد طالبوا مرارا بمساحات للعب الأطفال."

# (a hard-wrapped article, the speech quotations expected with each line break read as a space)
WRAPPED = [
    # (a quotation over three lines and more: the line in the middle holds no mark)
    (_wrapped(_OPENING, "وقال الحداد في مؤتمر صحافي عقده مساء أمس إن \"المجلس سيفتتح ثلاث حدائق عامة "
              "جديدة قبل نهاية الصيف المقبل وسيزرع فيها آلاف الأشجار المحلية التي تتحمل الحرارة "
              "والجفاف، وسيجهز كل حديقة بملعب صغير للأطفال\"، مضيفا أن الميزانية اللازمة رصدت بالكامل.",
              _CLOSING),
     ["المجلس سيفتتح ثلاث حدائق عامة جديدة قبل نهاية الصيف المقبل وسيزرع فيها آلاف الأشجار المحلية "
      "التي تتحمل الحرارة والجفاف، وسيجهز كل حديقة بملعب صغير للأطفال"]),
    (_wrapped(_OPENING, "من جهتها أكدت مديرة البيئة في البلدية هالة السعدي أن «الخطة تراعي حاجات السكان "
              "في الأحياء المكتظة وتضع المدارس في مقدمة المستفيدين منها، ثم تنتقل إلى الساحات العامة "
              "والأسواق القديمة في مرحلتها الثانية» وفق تعبيرها.", _CLOSING),
     ["الخطة تراعي حاجات السكان في الأحياء المكتظة وتضع المدارس في مقدمة المستفيدين منها، ثم تنتقل "
      "إلى الساحات العامة والأسواق القديمة في مرحلتها الثانية"]),
    # the marks typed with the space inside, in a wrapped article
    (_wrapped(_OPENING, "وقال نائب رئيس المجلس كمال الزين لـ \"الصباح\" إن\" البلدية ستطلب من السكان "
              "المشاركة في زراعة الأشجار أمام بيوتهم ومدارسهم في الأحياء كلها\". ولم يذكر موعدا لذلك.",
              _CLOSING),
     ["البلدية ستطلب من السكان المشاركة في زراعة الأشجار أمام بيوتهم ومدارسهم في الأحياء كلها"]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_quotation_runs_on_over_a_hard_wrap(text: str, expected: list[str]) -> None:
    quotes = [q for q in extract_quotes(text, language="ar") if q.is_speech]
    assert "\n" in text and [" ".join(q.text.split()) for q in quotes] == expected
    # the quotation's text is the article's own, line breaks and all
    assert all(text[q.start:q.end] == q.text for q in quotes)
    assert any("\n" in q.text for q in quotes)


@pytest.mark.parametrize(("text", "expected"), PAIRING)
def test_pairing(text: str, expected: list[str]) -> None:
    assert _top(text) == expected


def test_words_between_two_quotations_are_not_speech() -> None:
    text = ("وتحدث الممثل عن البرنامج. ويصف الممثل التجربة بـ “الممتعة رغم صعوبتها” ويضيف: "
            "“ألتقي الجمهور مجددا بعد غياب طويل”. وحول الضيوف يقول الممثل: “نعد بحلقات مميزة”.")
    speech = _speech(text)
    assert "ألتقي الجمهور مجددا بعد غياب طويل" in speech
    assert "نعد بحلقات مميزة" in speech
    assert not any("يضيف" in q or "يقول" in q for q in speech)


def test_nested_same_glyph_title_keeps_the_speaker() -> None:
    text = "قال الممثل سامي العلوي: “سيكون “صباح الخير” أقرب برنامج إلى الناس هذا العام”."
    qs = [q for q in extract_quotes(text, language="ar") if q.is_speech]
    assert [q.text for q in qs] == ["سيكون “صباح الخير” أقرب برنامج إلى الناس هذا العام"]
    assert qs[0].speaker == "سامي العلوي"


def test_unclosed_outer_mark_does_not_hide_later_quotations() -> None:
    # the first quotation is never closed; the title and the next quotation are still found
    text = "وقال المدير: “سنطلق “البرنامج الأخضر” قريبا. وأضاف زميله: “الميزانية جاهزة”."
    top = _top(text)
    assert "الميزانية جاهزة" in top
    assert all(len(s) < 60 for s in top)


def test_a_quotation_whose_closer_never_comes_still_ends() -> None:
    # the first quotation is never closed: it ends at its last sentence end before the next opens
    text = "ووصف المدرب المباراة بـ “الصعبة جدا على الجميع.. ويضيف: “نتعلم من كل موسم شيئا جديدا”."
    assert _top(text) == ["الصعبة جدا على الجميع..", "نتعلم من كل موسم شيئا جديدا"]


def test_unbalanced_marks_never_swallow_the_article() -> None:
    body = "وافق المجلس على الميزانية الجديدة للسنة المقبلة. " * 30
    text = "ووصف الرئيس القرار بالتاريخي” ويضيف: “سنبدأ غدا. " + body
    spans = find_marked_spans(text)
    assert spans and all(s.end - s.start < 120 for s in spans)


@pytest.mark.parametrize("unit", ["قال: “أ “ب ", "كلمة” “كلمة ", "“أ “ب” ج” ", "كلمة” كلمة ", "»أ» «ب "])
def test_pairing_stays_linear_on_storms(unit: str) -> None:
    small = unit * 5000
    big = unit * 40000
    t0 = time.process_time()
    find_marked_spans(small)
    t1 = time.process_time()
    find_marked_spans(big)
    t2 = time.process_time()
    # eight times the input may not cost much more than eight times the time (no quadratic work)
    assert t2 - t1 < 20 * max(t1 - t0, 0.002)
