"""What Arabic figures count when the answer needs the figures around them (issue 6, `counts`).

Every sentence was written for these tests (none comes from the corpus). A row gives, for each
figure checked, its surface and a word the counted phrase must contain (``None``: the figure
must be found, its counted phrase is not checked).
"""

from __future__ import annotations

import pytest

from prcli.figures import extract_stats

Row = tuple[str, list[tuple[str, str | None]]]

CHAINS: list[Row] = [
    # a change, then its result, its comparison, and the next change with a pronoun subject
    (
        "حققت الشركة نموا قويا في الأرباح التشغيلية (قبل الضرائب) بنسبة 12% خلال الربع الثالث لتصل إلى"
        " 310 ملايين ريال سعودي مقارنة بـ 276 مليون ريال سعودي في الفترة نفسها، كما ارتفعت بنسبة 9%"
        " على مستوى التسعة أشهر حيث بلغت 820 مليون ريال سعودي مقابل 752 مليون ريال سعودي.",
        [
            ("12%", "الأرباح"),
            ("310 ملايين ريال سعودي", "الأرباح"),
            ("276 مليون ريال سعودي", "الأرباح"),
            ("9%", "الأرباح"),
            ("820 مليون ريال سعودي", "الأرباح"),
            ("752 مليون ريال سعودي", "الأرباح"),
        ],
    ),
    # a change verb, a time complement, then a result verb: the subject of the change
    (
        "وقد تحسن هامش الربح خلال النصف الأول من هذا العام ليبلغ 31% مقارنة بـ 27% قبل عام.",
        [("31%", "هامش"), ("27%", "هامش")],
    ),
    # SVO with a definite adjective that is also a time word («العام»)
    (
        "- المؤشر العام يتراجع 2.15 في المائة عن الأسبوع الماضي.",
        [("2.15 في المائة", "المؤشر")],
    ),
    # a verb whose subject is a pronoun continues the sentence's first verb
    (
        "سجل مؤشر البورصة اليوم تراجعا للجلسة الرابعة، إذ انخفض بـ 38.6 نقطة بنسبة 0.42% ليغلق"
        " عند مستوى 9120.5 نقطة.",
        [("38.6 نقطة", "مؤشر"), ("0.42%", "مؤشر"), ("9120.5 نقطة", "مؤشر")],
    ),
    # a list sharing one verb: the name before «بنسبة» is the subject left out
    (
        'وقاد "المصرف الأهلي" المكاسب بارتفاع نسبته 7%، كما صعد "العربي" بمقدار 5%،'
        ' ومن ثم "الوطني" بنسبة 3%.',
        [("5%", "العربي"), ("3%", "الوطني")],
    ),
    ("وتراجع سهم الأسمنت 2%، وسهم الحديد بنسبة 1.5%.", [("2%", "الأسمنت"), ("1.5%", "الحديد")]),
    # a level («عند مستوى») measures the subject of the verb that reaches it
    (
        "وفي سوق المعادن أنهى النحاس تعاملات الأسبوع عند مستوى 5210 دولارات للطن.",
        [("5210 دولارات", "النحاس")],
    ),
    # a participle of change after an amount names nothing: the subject of the clause does
    (
        "وبلغت قيمة الصفقات 3.75 مليون دينار كويتي مرتفعة بنسبة 12.5% مقارنة مع الجلسة السابقة.",
        [("3.75 مليون دينار كويتي", "قيمة"), ("12.5%", "قيمة")],
    ),
    # a new subject breaks the chain: each amount keeps its own
    (
        "وارتفعت مبيعات الحديد 6% لتبلغ 90 ألف طن، بينما تراجعت واردات الإسمنت 4%.",
        [("6%", "مبيعات"), ("90 ألف طن", "مبيعات"), ("4%", "واردات")],
    ),
]

VALUES: list[Row] = [
    # «بقيمة»: the noun before it is what the amount is the value of, not the verb after
    (
        "ووقعت الوزارة اتفاقية بقيمة 3.4 مليار درهم تغطي بناء الطرق في الجهة.",
        [("3.4 مليار درهم", "اتفاقية")],
    ),
    # «… مع X بقيمة»: the words after «مع» name the partner; the value is the agreement's
    (
        "وأبرم المكتب عقد صيانة مع مقاولة جهوية للأشغال بقيمة 18 مليون درهم لمدة ثلاث سنوات.",
        [("18 مليون درهم", "عقد صيانة")],
    ),
    # the currency's adjective is part of the amount and counts nothing
    (
        "وبلغت الإيرادات 48 مليون دولار أمريكي مقابل 41 مليون دولار أمريكي قبل عام.",
        [("48 مليون دولار أمريكي", "الإيرادات"), ("41 مليون دولار أمريكي", "الإيرادات")],
    ),
]

ORDINARY: list[Row] = [
    # «اثنان» follows the dual noun it counts
    ("وأكدت اللجنة أن طالبين اثنين فازا بالجائزة الكبرى.", [("اثنين", "طالبين")]),
    ("ولم يصب سوى حارسين اثنين بجروح طفيفة.", [("اثنين", "حارسين")]),
    ("واعتقلت الشرطة مهربين أجنبيين اثنين قرب الحدود.", [("اثنين", "مهربين أجنبيين")]),
    # a partitive after it: what follows is counted
    ("وأفرجت السلطات عن اثنين من الصيادين.", [("اثنين", "الصيادين")]),
    # a counted noun after the number: «الدورة 15 لاعبا» is a count, not the 15th session
    ("وشارك في الدورة 15 لاعبا من سبع دول.", [("15", "لاعبا"), ("سبع", "دول")]),
    ("وانطلقت الجولة 9 من البطولة مساء السبت.", [("9", None)]),
    # «من بين/من أصل»: the first count counts what the second one counts
    ("وتأهل 12 من بين 40 متسابقا إلى الدور النهائي.", [("12", "متسابقا"), ("40", "متسابقا")]),
    ("ونجح 310 من أصل 420 مترشحا في المباراة.", [("310", "مترشحا")]),
    ("وتتنافس اللوائح على مقعدين من أصل 6 مقاعد.", [("مقعدين", "مقعدين")]),
    # a currency named without a number is the subject that changes
    ("وتراجع الجنيه بنسبة 4% أمام العملات الأخرى.", [("4%", "الجنيه")]),
    # a counted noun after the number: «القرار 120 نائبا» counts members, it names no decree
    ("وصوت لصالح القرار 120 نائبا في جلسة الأمس.", [("120", "نائبا")]),
]


def _check(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = {s.text: s for s in extract_stats(text, language="ar")}
    for surface, word in expected:
        assert surface in found, (surface, sorted(found))
        if word is not None:
            counts = found[surface].counts or ""
            assert word in counts, (surface, counts)


@pytest.mark.parametrize(("text", "expected"), CHAINS, ids=[f"chain-{i}" for i in range(len(CHAINS))])
def test_counts_along_a_chain(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), VALUES, ids=[f"value-{i}" for i in range(len(VALUES))])
def test_counts_of_a_value(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ORDINARY, ids=[f"news-{i}" for i in range(len(ORDINARY))])
def test_counts_in_ordinary_news(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


def test_a_two_word_unit_does_not_join_the_next_clause() -> None:
    """«درجة مئوية» is one unit: the clause after it keeps its own counted noun."""
    text = "وتتوقف الطيور عن الغناء عند 35 درجة مئوية وتستهلك كميات من الماء أكثر بنسبة 25 في المئة."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "الماء" in (found["25 في المئة"].counts or "")


def test_numbered_decree_is_not_a_figure() -> None:
    """Without a counted noun after it, a number after «القرار» names the decree."""
    found = [s.text for s in extract_stats("وينص القرار 120 على تنظيم القطاع.", language="ar")]
    assert "120" not in found


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("وقال المتعامل إن سعر القمح يقف عند مستويات الـ 300 دولار للطن.", "الـ 300 دولار", "money"),
        ("وتراجعت مبيعات المكتبات قرابة الـ 15 في المائة هذا الصيف.", "الـ 15 في المائة", "percent"),
        ("واحتفل النادي أمس بذكرى تأسيسه الـ90 في حفل كبير.", "الـ90", "ordinal"),
    ],
)
def test_article_before_an_amount_is_no_ordinal(text: str, surface: str, kind: str) -> None:
    """«الـ» + digits + a currency or percent word is «the 300 dollars», an amount."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found[surface].kind == kind


LEVELS: list[Row] = [
    # a level word is no counted thing: the noun phrase before its preposition stands at that level
    (
        "وقال المتعامل إن القمح يلامس منطقة مقاومة عند مستويات الـ 320 دولارا للطن.",
        [("الـ 320 دولارا", "مقاومة")],
    ),
    ("ويتوقع البنك وصول سعر الفضة إلى حاجز الـ 30 دولارا قبل الصيف.", [("الـ 30 دولارا", "الفضة")]),
    ("وبقي مؤشر الثقة فوق مستوى الخمسين للشهر الرابع.", [("الخمسين", "مؤشر")]),
    ("واستقر النحاس عند مستوى 9000 دولار للطن.", [("9000 دولار", "النحاس")]),
    # a change noun or a verb before the level names no holder: nothing is made up
    ("وأنهى المؤشر تعاملاته على انخفاض عند مستوى 7100 نقطة.", [("7100 نقطة", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS, ids=[f"level-{i}" for i in range(len(LEVELS))])
def test_counts_at_a_level(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


UNITS: list[Row] = [
    # a unit word is never what is counted; a two-word unit is one unit
    (
        "وأقيم سباق للدراجات لمسافة 12 كيلو مترا شارك فيه 80 متسابقا.",
        [("12 كيلو مترا", "سباق"), ("80", "متسابقا")],
    ),
    ("وضرب زلزال بقوة 5.8 درجات المنطقة الجبلية.", [("5.8 درجات", "زلزال")]),
    # a conjunction glued on «من» opens a new clause, no partitive
    ("وتباع الحواسيب بذاكرة تتراوح بين 8 و16 جيجا ومن المنتظر توسيعها.", [("16 جيجا", "الحواسيب")]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS, ids=[f"unit-{i}" for i in range(len(UNITS))])
def test_a_unit_is_not_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


def test_halala_is_money() -> None:
    """«هللة» is the Saudi sub-unit: money, read as written."""
    found = {s.text: s for s in extract_stats("وخفضت الشركة سعر الدقيقة إلى 15 هللة.", language="ar")}
    assert found["15 هللة"].kind == "money"


RELATIVES: list[Row] = [
    # a relative clause with no verb of change describes the subject; the figure is the verb's
    (
        "وهبط مؤشر النشاط الصناعي الذي تعده الغرفة التجارية كل ربع سنة إلى 44.1 من 46.3.",
        [("44.1", "مؤشر"), ("46.3", "مؤشر")],
    ),
    # the verb of the relative clause itself reaches the figure: its antecedent
    ("وارتفعت أسعار الشقق التي يملكها المغتربون بنسبة 6%.", [("6%", "أسعار")]),
    # a prepositional complement after a number: the counted noun is left out, it is the previous one
    (
        "وسلمت البلدية (24) حديقة، منها (16) للأحياء الشعبية و(8) للمدارس.",
        [("16", "حديقة"), ("8", "حديقة")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES, ids=[f"rel-{i}" for i in range(len(RELATIVES))])
def test_counts_across_a_relative_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


VALUED: list[Row] = [
    # «بقيمة» after a quoted title: the title and the noun it names
    (
        "ويمول الصندوق مشروع \"قرى خضراء\" بقيمة 90 مليون درهم (8 ملايين يورو) على خمس سنوات.",
        [("90 مليون درهم", "مشروع"), ("8 ملايين يورو", "مشروع")],
    ),
    # «بقيمة» after a noun and its ordinal adjective
    ("وصرفت الجمعية الدفعة الثانية بقيمة 350 ألف ريال للأسر.", [("350 ألف ريال", "الدفعة")]),
    # «بقيمة» wins over the chain: each amount is the value of its own noun
    (
        "ومنحت الشركة الجمعية حواسيب بقيمة 40 ألف ريال، تلاها الشيك الثاني بقيمة 90 ألف ريال.",
        [("40 ألف ريال", "حواسيب"), ("90 ألف ريال", "الشيك")],
    ),
    # a verb of costing: its subject costs, its object pays
    ("وتعاقد الفريق مع الحارس الدولي، الذي كلفه 4 ملايين دولار.", [("4 ملايين دولار", "الحارس")]),
    ("وأنجزت البلدية أشغال تبليط في الساحة كلفت الميزانية 600 ألف درهم.", [("600 ألف درهم", "أشغال")]),
]


@pytest.mark.parametrize(("text", "expected"), VALUED, ids=[f"valued-{i}" for i in range(len(VALUED))])
def test_counts_of_a_valued_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("ونال الفائز مليون ونصف المليون درهم.", "مليون ونصف المليون درهم", 1_500_000),
        ("وتبلغ كلفة الجسر 4 مليارات ونصف المليار ريال.", "4 مليارات ونصف المليار ريال", 4_500_000_000),
        ("ويزور المعرض مليون ونصف مليون زائر كل عام.", "مليون ونصف مليون", 1_500_000),
    ],
)
def test_half_of_the_scale_is_one_figure(text: str, surface: str, value: int) -> None:
    """«مليون ونصف المليون درهم» is one amount, 1.5 million, not a million and a half-million."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found[surface].value == value


def test_a_definite_time_word_after_a_number_is_no_unit() -> None:
    """«إلى 48.5 الشهر المقبل»: «الشهر» says when; the reading is no duration."""
    text = "ويتوقع البنك صعود المؤشر إلى 48.5 الشهر المقبل."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["48.5"].kind != "duration"
    assert "المؤشر" in (found["48.5"].counts or "")


SYNTAX: list[Row] = [
    # «في الدقيقة 44»: the minute of a match is ordered, like «الجولة 5»
    ("وافتتح المهاجم التسجيل في الدقيقة 12 قبل أن يعادل الضيوف في الدقيقة 80.", [("12", "الدقيقة")]),
    # a share of the people a relative or a demonstrative stands for
    ("وأظهر المسح أن 70 في المائة من الذين استجوبوا يفضلون النقل العام.", [("70 في المائة", "الذين")]),
    ("وتبين أن 20 في المائة من هؤلاء من الشباب.", [("20 في المائة", "هؤلاء")]),
    # a change noun, the amount, then «في» and what changed
    ("وتتوقع الوكالة حدوث تراجع بنحو 40 ألف طن سنويا في واردات القمح.", [("40 ألف طن", "واردات")]),
    # a change noun after «إلى» or «على» (matched folded: «الي», «علي»), then «لـ» and what changed
    ("وأدى القرار إلى تراجع نسبته 4% لمبيعات المصنع.", [("4%", "مبيعات")]),
    ("وعاد المؤشر على تحسن نسبته 2% لأسعار القطن.", [("2%", "أسعار")]),
    # «من الوقت الحالي» after a measure is a time, not a partitive
    (
        "وتتوقع الشركة زيادة في الطلب على الإسمنت بمعدل 3 ملايين طن من الوقت الحالي حتى 2030.",
        [("3 ملايين طن", "الطلب")],
    ),
    # the reading it came from measures the same index
    ("وصعد مؤشر مديري المشتريات إلى 51.4 نقطة من 50.2 نقطة.", [("50.2 نقطة", "مؤشر")]),
    # a range in brackets, then the counted noun
    ("ويجب ألا تتجاوز المقالة (800- 1200) كلمة.", [("800", "كلمة"), ("1200", "كلمة")]),
    # a bare number in brackets after a noun: how many that noun names
    ("وسجل 900 متطوع، معظمهم من الطلبة (640)، في الحملة.", [("640", "الطلبة")]),
    # «مقابل» after an amount: what it pays for; before another amount: a comparison
    ("ودفع الزبون 40 يورو مقابل تذكرة القطار.", [("40 يورو", "تذكرة")]),
    ("وبلغت الخسائر 12 مليون ريال مقابل أرباح بـ5 ملايين ريال.", [("12 مليون ريال", "الخسائر")]),
]


@pytest.mark.parametrize(("text", "expected"), SYNTAX, ids=[f"syntax-{i}" for i in range(len(SYNTAX))])
def test_counts_by_syntax(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


def test_a_change_noun_before_a_level_is_not_the_holder() -> None:
    """«على انخفاض عند مستوى»: the change is no thing standing at the level."""
    text = "وأنهى المؤشر تعاملاته على انخفاض عند مستوى 7100 نقطة."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "انخفاض" not in (found["7100 نقطة"].counts or "")


def test_the_verb_is_not_part_of_what_is_counted() -> None:
    """«المبيعات تنخفض بنسبة 4%», «ستتراوح»: the verb of the figure stays out of the phrase."""
    text = "وتوقع التقرير أن المبيعات تنخفض بنسبة 4% هذا العام."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["4%"].counts == "المبيعات"


def test_a_date_with_min_am_takes_its_year() -> None:
    """«14 مارس من عام 1998» is one date whose value is the year."""
    text = "وافتتح المتحف في 14 مارس من عام 1998 بحضور الوزير."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["14 مارس من عام 1998"].value == 1998
    assert found["14 مارس من عام 1998"].kind == "date"


def test_an_ordinal_after_a_possessed_noun() -> None:
    """«في يومها الرابع»: the day of the event the pronoun names is ordered."""
    text = "وتواصلت فعاليات المهرجان في يومها الرابع بعروض للأطفال."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["الرابع"].kind == "ordinal"
    assert found["الرابع"].counts == "يومها"


def test_a_dual_after_a_preposition() -> None:
    """«لبرنامجين إذاعيين»: two programmes; the preposition is not part of what is counted."""
    text = "وخصصت القناة ساعتين لبرنامجين ثقافيين كل أسبوع."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["لبرنامجين"].value == 2
    assert (found["لبرنامجين"].counts or "").startswith("برنامجين")


def test_a_bare_temperature_is_a_measure() -> None:
    """«درجة الحرارة 44»: degrees with the unit left out, measuring the temperature."""
    text = "وتجاوزت درجة الحرارة 44 في المدينة أمس."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["44"].kind == "measure"
    assert "الحرارة" in (found["44"].counts or "")


FEES: list[Row] = [
    # a fee, a fine, a prize: the noun that names the amount, not the clause before it
    ("وحددت الجامعة رسوم التسجيل في 400 درهم للطالب.", [("400 درهم", "رسوم")]),
    ("وفرضت البلدية غرامة قدرها 5 آلاف ريال على المخالفين.", [("5 آلاف ريال", "غرامة")]),
    ("ونال الروائي جائزة بقيمة 20 ألف دولار.", [("20 ألف دولار", "جائزة")]),
]


@pytest.mark.parametrize(("text", "expected"), FEES, ids=[f"fee-{i}" for i in range(len(FEES))])
def test_counts_of_fees_and_prizes(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وفرضت البلدية غرامة قدرها 5 آلاف ريال على المخالفين.", "5 آلاف ريال"),
        ("ونال الروائي جائزة بقيمة 20 ألف دولار.", "20 ألف دولار"),
    ],
)
def test_the_clause_before_the_noun_is_not_counted(text: str, surface: str) -> None:
    """«البلدية غرامة» is no noun phrase: the subject of the clause is left out."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert len((found[surface].counts or "").split()) == 1


def test_a_measure_after_a_road_is_no_road_number() -> None:
    """«الطريق 12» names a road, but «الطريق على طول 85 كيلومترا» measures it."""
    found = {s.text: s for s in extract_stats("ويمتد الطريق الجديد على طول 85 كيلومترا.", language="ar")}
    assert found["85 كيلومترا"].kind == "measure"
    assert [s.text for s in extract_stats("وأغلقت السلطات الطريق 9 أمام الشاحنات.", language="ar")] == []


CLASSIFIERS: list[Row] = [
    # «حالة» only says things are counted one by one: «عدد X» or the subject before the verb names them
    (
        "وبلغ عدد الإصابات المؤكدة بالحمى 350 حالة بنسبة 12% من مجموع الفحوص.",
        [("350", "الإصابات"), ("12%", "الإصابات")],
    ),
    (
        "وأوضح المدير أن حالات الشفاء بلغت 84 حالة بنسبة 1.9% من إجمالي المرضى.",
        [("84", "الشفاء"), ("1.9%", "الشفاء")],
    ),
    # with no owner before it, the classifier and the noun it governs
    (
        "وسجلت محاكم الجهة 4200 حالة طلاق، وبنسبة 35 في المائة من إجمالي القضايا المعروضة.",
        [("4200", "طلاق"), ("35 في المائة", "طلاق")],
    ),
    # an ordinary tamyiz is kept: «عدد المصوتين ... ناخبا»
    ("وبلغ عدد المصوتين في الإقليم 41 ألفا و200 ناخبا.", [("41 ألفا و200", "ناخبا")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), CLASSIFIERS, ids=[f"classifier-{i}" for i in range(len(CLASSIFIERS))]
)
def test_a_classifier_is_not_what_is_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('وأسرت الجماعة ستة جنود من "اللواء 47" قرب الحدود.', ["ستة"]),
        ("وتشبه السيارة الجديدة طراز «رينو 200» في شكلها.", []),
        ('وقال الوزير: "تجاوز 30" في رده على سؤال.', ["30"]),
    ],
)
def test_a_number_closing_a_quoted_name_is_no_figure(text: str, kept: list[str]) -> None:
    """«"اللواء 47"», «رينو 200»: a bare number at the end of a short quoted name is part of it;
    a quoted clause («"تجاوز 30"») keeps its figure."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


def test_a_short_verb_after_a_classifier_is_not_counted() -> None:
    """«37 حالة قال إن ...»: the word after the classifier is the verb of the next clause."""
    found = {s.text: s for s in extract_stats("وسجل المراقبون 37 حالة قال إنها بسيطة.", language="ar")}
    assert "قال" not in (found["37"].counts or "")


PURPOSES: list[Row] = [
    # the purpose after an amount names what the money pays for, not the spender before it
    ("وخصصت البلدية 12 مليون درهم لتأهيل الأسواق الشعبية.", [("12 مليون درهم", "تأهيل")]),
    ("وصرف النادي 8 ملايين يورو بهدف تدعيم خط الهجوم.", [("8 ملايين يورو", "تدعيم")]),
    ("ورصدت الجهة 40 مليون درهم لإنشاء ملعب جديد.", [("40 مليون درهم", "ملعب")]),
    ("ودفعت الشركة 3 ملايين دولار للحصول على الرخصة.", [("3 ملايين دولار", "الرخصة")]),
    # a verb after «ل» is the result of a change, not a purpose
    ("وارتفعت المداخيل بـ 5 ملايين درهم لتتجاوز 90 مليون درهم.", [("5 ملايين درهم", "المداخيل")]),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSES, ids=[f"purpose-{i}" for i in range(len(PURPOSES))])
def test_counts_of_an_amount_with_a_purpose(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وصدر القرار بموجب المرسوم رقم م/14 الصادر في العام الماضي.", []),
        ("وذلك استنادا إلى الأمر رقم ( ب / 52 ) الصادر عن الديوان.", []),
        ("وللاستفسار يمكن الاتصال بالرقم الأخضر 08 00 22 11 44 طيلة اليوم.", []),
        ("وشاركت الكتيبة 12 في تأمين الحدود إلى جانب 40 جنديا.", ["40"]),
        ("وتقدم الفريق بنتيجة 3 مقابل 1 في الشوط الأول.", ["3", "1", "الأول"]),
    ],
)
def test_references_phones_and_unit_names_are_no_figures(text: str, kept: list[str]) -> None:
    """A decree number after a series letter, the groups of a phone number and a military unit's
    number are names, not figures; a score keeps its numbers."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وتجرى المقابلات بمقر الجمعية العاشرة صباحا.", "العاشرة صباحا"),
        ("ويبدأ حظر التجول من الثامنة مساء.", "الثامنة مساء"),
        ("ويفتح السوق أبوابه من 8 صباحا.", "8 صباحا"),
    ],
)
def test_an_hour_before_a_part_of_the_day_is_a_time(text: str, surface: str) -> None:
    """«العاشرة صباحا», «8 صباحا»: an hour and the part of the day are a clock time, not an
    ordinal or a count (the full stop after it is not part of it)."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found[surface].kind == "time"


def test_a_compared_change_measures_the_earlier_change() -> None:
    """«... بنسبة 7% لتبلغ 900 حافلة مقارنة بزيادة بنسبة 4% في العام السابق»: the compared share is
    the same change a year before, not a «زيادة» of nothing."""
    text = (
        "وارتفع عدد حافلات النقل الحضري بنسبة 7% خلال العام الماضي لتبلغ 900 حافلة"
        " مقارنة بزيادة بنسبة 4% في العام السابق."
    )
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "حافلات" in (found["4%"].counts or "")


VERB_LED: list[Row] = [
    # a verb opening the counted phrase names no thing: the noun after it, or before it
    ("وأطلقت الشركة هاتفا جديدا يبدأ سعره من 300 دولار.", [("300 دولار", "سعره")]),
    ("ويعد المعدل 4% الأدنى منذ عقد.", [("4%", "المعدل")]),
    ("واشترى المتحف المخطوطة التي يرجح أن ثمنها 3 ملايين درهم.", [("3 ملايين درهم", "ثمنها")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_LED, ids=[f"verb-{i}" for i in range(len(VERB_LED))])
def test_a_verb_is_not_what_is_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وبلغت مبيعات الشركة 2,350 مليون ريال في النصف الأول.", "2,350 مليون ريال", 2_350_000_000),
        ("وارتفع عدد المسافرين إلى 1.275 مليون مسافر.", "1.275 مليون", 1_275_000),
        ("وبلغ العجز 4,5 مليار درهم.", "4,5 مليار درهم", 4_500_000_000),
    ],
)
def test_a_latin_comma_before_a_scale_groups_thousands(text: str, surface: str, value: int) -> None:
    """«2,350 مليون ريال» is 2,350 million in Arabic copy; a point («1.275 مليون») or a comma
    before fewer than three digits («4,5 مليار») is a decimal."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found[surface].value == value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وتعمل الحواسيب الجديدة بنظام Linux 6 المعدل.", []),
        ("وأطلقت الشركة هاتف Nova 9 في الأسواق.", []),
        ("وباعت الشركة 300 ألف هاتف Nova في الربع الأول.", ["300 ألف", "الأول"]),
        ("وحمّل المستخدمون تطبيق 360 Security بكثرة.", []),
        ("وتبلغ قدرة المحطة 50 MW وسعة التخزين 64 GB.", ["50", "64"]),
    ],
)
def test_a_number_after_a_latin_name_is_part_of_it(text: str, kept: list[str]) -> None:
    """«Linux 6», «Nova 9» in Arabic copy name a product or a version, not a figure."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


def test_an_ordinal_in_an_idiom_is_no_figure() -> None:
    """«دول العالم الثالث» is the Third World, not a third of anything; «المركز الثالث» ranks."""
    text = "وتتصدر دول العالم الثالث القائمة، واحتل الفريق المركز الثالث."
    found = extract_stats(text, language="ar")
    assert [(s.text, s.kind) for s in found] == [("الثالث", "rank")]
    assert extract_stats("واحتل الفريق المركز الثالث.", language="ar")[0].kind == "rank"


def test_an_ordinal_after_a_unit_word_still_ranks() -> None:
    """«الكتيبة 12» names a unit, but «الفرقة الأولى» of rescuers is the first team to arrive."""
    found = {s.text: s for s in extract_stats("ووصلت الفرقة الأولى من المسعفين بعد دقائق.", language="ar")}
    assert found["الأولى"].kind == "ordinal"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وطرحت الشركة تحديثا لنظام ماكينتوش 12، الذي صدر قبل أسابيع.", []),
        ("ويعمل الجهاز بمعالج من طراز «سناب دراغون 720».", []),
        ("وتراجع مؤشر بورصة لندن 250 البريطاني في التعاملات.", []),
        ("وحصدت الأردن 140 صوتا، وتونس 95، ثم لبنان في المرتبة الأخيرة.", ["140", "95"]),
        ("وأكدت الشرطة أن المسعفين أنقذوا 87، ونقلوا الباقين.", ["87"]),
        ("وانطلقت بطولة خليجي 25 في البصرة.", []),
        ("وأعلنت الشرطة مقتل 4 في حادث سير.", ["4"]),
        ("توزعت الحالات الجديدة على المناطق: الطائف 11، أبها 6، حائل 3.", ["11", "6", "3"]),
        ("وسجلت الرياض 40 إصابة، ثم عسير 17، وفي الجوف 9.", ["40", "17", "9"]),
        ("وقتل 15، وأصيب 26، في الهجوم.", ["15", "26"]),
        ("وتصدر الفريق الترتيب برصيد 52، يليه برشلونة 47.", ["52", "47"]),
        ("وزار الوفد مهرجان صور 14 الذي تنظمه البلدية.", []),  # an edition, a short place name
        ("وتتواصل فعاليات معرض ربيع حمص 9، بمشاركة 40 حرفيا.", ["40"]),
        ("وشارك في مهرجان صور 14 فرقة من 6 دول.", ["14", "6"]),  # an indefinite noun counted
        ("وانطلق ملتقى مكة 1446، بحضور 300 زائر.", ["1446", "300"]),  # a Hijri year: not an edition
        ("وحضر معرض الربيع 300 من العارضين.", ["300"]),  # «من» after it: a count, not an edition
    ],
)
def test_bare_digits_after_a_name_word_end_the_name(text: str, kept: list[str]) -> None:
    """«ماكينتوش 12،», «سناب دراغون 720»: bare digits after a plain name word that close the
    phrase name a version or an index; a list of counts or a verb before the digits keeps them."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وتعرضت هاتين القريتين للقصف أمس.", []),
        ("وزار الوفد قريتين في الجنوب.", ["قريتين"]),
        ("وطالب الأهالي بحلول عاجلة، لافتين إلى أن الطريق مغلق.", []),
        ("ونظم النادي رحلتين إلى الساحل.", ["رحلتين"]),
    ],
)
def test_words_in_tayn_that_count_nothing(text: str, kept: list[str]) -> None:
    """«هاتين» (these two) points back, «، لافتين إلى» is a participle: neither counts two;
    a dual noun («قريتين», «رحلتين») still does."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("واستقبل الملك عبدالله الثاني الوفد في عمان.", []),
        ("وحضرت الملكة إليزابيث الثانية الحفل.", []),
        ("وزار البابا يوحنا بولس الثاني المدينة.", []),
        ("ودشن الأمير المرحلة الأولى من المشروع.", ["الأولى"]),
        ("وافتتح الأمير فيصل المرحلة الثانية من المشروع.", ["الثانية"]),
    ],
)
def test_an_ordinal_after_a_rulers_name_is_part_of_it(text: str, kept: list[str]) -> None:
    """«الملك عبدالله الثاني»: a regnal number names the king; an ordinal after a noun that
    follows the title («الأمير ... المرحلة الثانية») still numbers that noun."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("وتتراوح أعمار المشاركين ما بين 7-12 سنة.", [("7", "age"), ("12 سنة", "age")]),
        ("واستمرت أعمال الترميم 2-3 سنوات.", [("2", "duration"), ("3 سنوات", "duration")]),
        (
            "وتراجعت وفيات الأطفال في المنطقة تحت خمس سنوات إلى أربعة ملايين.",
            [("خمس سنوات", "age"), ("أربعة ملايين", "count")],
        ),
        ("وتوقف المصنع عن العمل دون خمس سنوات من الصيانة.", [("خمس سنوات", "duration")]),
    ],
)
def test_years_that_are_ages(text: str, kinds: list[tuple[str, str]]) -> None:
    """«أعمارهم ما بين 7-12 سنة» and «الأطفال ... تحت خمس سنوات» are ages; the years of a
    job stay a duration, and the count after «إلى» is no age."""
    assert [(s.text, s.kind) for s in extract_stats(text, language="ar")] == kinds


def test_a_list_of_bare_numbers_takes_the_unit_of_its_last() -> None:
    """«بين 5 و 7 و 10 سنوات»: every bare number of the list is a number of years."""
    text = "وتراوحت مدد القروض بين 3 و 6 و 9 سنوات حسب الشريحة."
    assert [(s.text, s.kind) for s in extract_stats(text, language="ar")] == [
        ("3", "duration"),
        ("6", "duration"),
        ("9 سنوات", "duration"),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وارتفعت الأرباح خلال الربعين الأول والثاني من العام.", [("الأول", 1), ("الثاني", 2)]),
        ("وتأهل الفريقان صاحبا المركزين الثالث والرابع.", [("الثالث", 3), ("الرابع", 4)]),
    ],
)
def test_an_ordinal_joined_to_a_listed_one_is_listed(text: str, kept: list[tuple[str, int]]) -> None:
    """«الربعين الأول والثاني»: the second ordinal numbers the same noun as the first (its
    surface without the «و»)."""
    assert [(s.text, s.value) for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وشارك الوزير في اجتماع مجموعة العشرين في باريس.", []),
        ("وتستمر العروض إلى غاية الثلاثين من يوليو.", ["الثلاثين"]),
        ("واحتفلت الجمعية بدورتها الخمسين هذا العام.", ["الخمسين"]),
    ],
)
def test_a_tens_word_after_a_feminine_noun_names_it(text: str, kept: list[str]) -> None:
    """«مجموعة العشرين» is the G20 (the «ة» is no pronoun, unlike «بدورتها الخمسين», her 50th
    session); a day of a month stays listed."""
    assert [s.text for s in extract_stats(text, language="ar")] == kept


def test_seasons_are_a_time_unit() -> None:
    """«لمدة ثلاثة مواسم», «لمدة موسمين»: sports seasons measure a contract's length."""
    text = "ووقع المهاجم عقدا لمدة ثلاثة مواسم، بعد أن لعب لمدة موسمين في الدوري الهولندي."
    assert [(s.text, s.kind, s.value) for s in extract_stats(text, language="ar")] == [
        ("ثلاثة مواسم", "duration", 3),
        ("موسمين", "duration", 2),
    ]


def test_a_day_glued_to_the_dateline_city_is_a_date() -> None:
    """«تبوك14 رمضان 1437 هـ»: the wire glues the day to the city; it is still the date."""
    text = "تبوك14 رمضان 1437 هـ الموافق 19 يونيو 2016 م واس"
    assert [(s.text, s.kind) for s in extract_stats(text, language="ar")] == [
        ("14 رمضان 1437 هـ", "date"),
        ("19 يونيو 2016 م", "date"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("(«الصحيفة» 9- 3-2016) وقالت الوزارة", "9- 3-2016", 2016),
        ("وصدر القرار بتاريخ 12 - 4 - 1437هـ وبدأ العمل به", "12 - 4 - 1437هـ", 1437),
        ("وتستمر المرحلة من 3 – 10 – 1437هـ حتى نهايتها", "3 – 10 – 1437هـ", 1437),
    ],
)
def test_a_dashed_numeric_date_with_blanks_is_one_date(text: str, surface: str, value: int) -> None:
    """«12 - 4 - 1437هـ»: day, month and year joined by dashes with blanks are one date."""
    found = extract_stats(text, language="ar")
    assert [(s.text, s.kind, s.value) for s in found] == [(surface, "date", value)]


def test_spelling_variants_of_device_units() -> None:
    """«جيجاهرتز», «ميلليمتر», «بيكسل»: the spellings tech copy uses for GHz, mm and pixels."""
    text = "ويعمل المعالج بسرعة 2.4 جيجاهرتز، ويبلغ سمك الجهاز 7.1 ميلليمتر بدقة 1440 بيكسل."
    assert [(s.text, s.kind, s.unit) for s in extract_stats(text, language="ar")] == [
        ("2.4 جيجاهرتز", "measure", "GHz"),
        ("7.1 ميلليمتر", "measure", "mm"),
        ("1440 بيكسل", "measure", "px"),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وتنطلق الدورة في الخامس من شهر ذي الحجة المقبل.", [("الخامس من شهر ذي الحجة", "date", 5)]),
        ("وتقام المباراة في الثاني عشر من شهر مارس.", [("الثاني عشر من شهر مارس", "date", 12)]),
        # (no date: an ordinal that numbers the week)
        ("وتحسنت المبيعات في الأسبوع الأول من شهر مارس.", [("الأول", "ordinal", 1)]),
    ],
)
def test_an_ordinal_day_of_the_month_with_shahr(text: str, kept: list[tuple[str, str, int]]) -> None:
    """«الخامس من شهر ذي الحجة» is a date; «الأسبوع الأول من شهر مارس» numbers a week."""
    assert [(s.text, s.kind, s.value) for s in extract_stats(text, language="ar")] == kept


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("وعادت إلى الدراسة وهي في سن الخامسة والثلاثين.", "الخامسة والثلاثين", 35),
        ("وتقاعد المدرب في سن الستين.", "الستين", 60),
    ],
)
def test_a_number_word_after_sinn_is_an_age(text: str, surface: str, value: int) -> None:
    """«في سن الخامسة والثلاثين», «في سن الستين»: the age, not an ordinal or a count."""
    found = extract_stats(text, language="ar")
    assert [(s.text, s.kind, s.value) for s in found] == [(surface, "age", value)]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("وتغلب الفريق على ضيفه في المباراة الودية بنتيجة 3/1 أمس.", ("3/1", 3)),
        ("وخسر الفريق مباراته الودية أمام الوحدة صفر / 2 مساء أمس.", ("صفر / 2", 0)),
    ],
)
def test_a_slashed_score_in_a_match_report(text: str, score: tuple[str, int]) -> None:
    """«بنتيجة 3/1», «صفر / 2»: a match result written with a slash is one score."""
    found = extract_stats(text, language="ar")
    assert [(s.text, s.value) for s in found if s.kind == "score"] == [score]
    assert all(s.kind == "score" for s in found if s.text in ("1", "2"))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("ويشترط أن يكون عمر المتقدم (21) إحدى وعشرين سنة على الأقل.", ["age", "age"]),
        ("ويجب تقديم الاعتراض خلال (15) خمسة عشر يوما من تاريخ الإعلان.", ["duration", "duration"]),
    ],
)
def test_digits_restated_in_words_share_their_kind(text: str, kinds: list[str]) -> None:
    """«(21) إحدى وعشرين سنة»: legal copy writes the number twice; both are the same age or
    duration."""
    assert [s.kind for s in extract_stats(text, language="ar")] == kinds


def test_a_day_and_month_before_a_full_numeric_date_is_one_date() -> None:
    """«من 9 /3 حتى 2 /4 /1437هـ»: the span opens on a date (day 9), not on two numbers."""
    text = "ويستمر التسجيل من 9 /3 حتى 2 /4 /1437هـ في جميع المناطق."
    assert [(s.text, s.kind, s.value) for s in extract_stats(text, language="ar")] == [
        ("9 /3", "date", 9),
        ("2 /4 /1437هـ", "date", 1437),
    ]


def test_a_win_names_the_sports_context_of_a_score() -> None:
    """«بعد فوزه 2/0 على ضيفه»: the win makes the slashed pair a score."""
    text = "وتأهل النادي إلى النهائي بعد فوزه 2/0 على ضيفه."
    assert [(s.text, s.kind, s.value) for s in extract_stats(text, language="ar")] == [("2/0", "score", 2)]


BRACKETS_AND_DIMENSIONS: list[Row] = [
    # a figure opening a bracket after a noun, a hedge or an average between them
    (
        "وتتوقع الحكومة تحسنا في عجز الميزانية وفي الدين العمومي (نحو 65 في المائة) وفي الفقر"
        " (معدل 12 في المائة) خلال السنة المقبلة.",
        [("65 في المائة", "الدين"), ("12 في المائة", "الفقر")],
    ),
    # the measured thing is the indefinite head, not the complement or adjective before «بمساحة»
    (
        "وضم المشروع قاعة عرض فسيحة مجهزة بأحدث التقنيات بمساحة 400 متر مربع، وممشى طويل لممارسة"
        " المشي وركوب الخيل بطول 3 كيلومترات.",
        [("400 متر مربع", "قاعة"), ("3 كيلومترات", "ممشى")],
    ),
    # a place between the head and the dimension; a second dimension joined by «و»
    (
        "وشيدت البلدية جسرا معلقا في المدينة بطول 800 متر وبعرض 20 مترا.",
        [("800 متر", "جسرا"), ("20 مترا", "جسرا")],
    ),
    # a negated verb of bound with its subject after it (VSO): the subject is bounded
    (
        "وينصح الخبراء بوضع الطعام في صحون لا يزيد عمقها عن 5 سنتمترات.",
        [("5 سنتمترات", "عمقها")],
    ),
    # a participle of change («مرتفعا») says how the subject of the clause's verb ended
    (
        "وأنهى مؤشر البورصة الرئيسي تعاملات الأسبوع الأول بعد العطلة مرتفعا 52.3 نقطة بنسبة 0.6%"
        " عند مستوى 8200 نقطة.",
        [("52.3 نقطة", "مؤشر"), ("0.6%", "مؤشر"), ("8200 نقطة", "مؤشر")],
    ),
    # «استهل» records a level like «أنهى»: the whole chain measures its subject
    (
        "واستهل مؤشر البورصة الرئيسي تعاملات الأسبوع مرتفعا 41.2 نقطة بنسبة 0.5% عند مستوى 8100 نقطة.",
        [("41.2 نقطة", "مؤشر"), ("0.5%", "مؤشر"), ("8100 نقطة", "مؤشر")],
    ),
    # before a negated bound, a noun with «ب» glued to it is what is bounded
    (
        "وأعلنت الوزارة منح قروض ميسرة بفوائد لا تتعدى 3 في المائة للشباب.",
        [("3 في المائة", "فوائد")],
    ),
    # a share after a classified count and the place of the things counted
    (
        "وتم علاج 250 حالة في المستشفى الميداني بنسبة 5.2% و120 حالة على قائمة الانتظار بنسبة 2.9%.",
        [("5.2%", "حالة"), ("2.9%", "حالة")],
    ),
    # a share of a whole with nothing before it: the whole and its noun; a count «تحت» a state
    (
        "وأوضح المدير أن البرنامج رصد 2800 حالة بحاجة للنقل، تم قبول 61.5% من إجمالي الحالات"
        " المحولة، و 1100 حالة تحت التصعيد بنسبة بلغت 24.3% .",
        [("61.5%", "الحالات"), ("24.3%", "حالة")],
    ),
    # an amount whose only counted word is a change noun is the change of the amount before it
    (
        "وتتوقع الوزارة وصول 300 ألف من السياح إلى الجزيرة هذا العام بارتفاع عن 120 ألفا"
        " قبل عامين.",
        [("300 ألف", "السياح"), ("120 ألفا", "السياح")],
    ),
    # «على ارتفاع» is a height, not a rise: it does not take the amount before it
    (
        "ويضم البرج مركزا للمؤتمرات بمساحة 900 متر مربع، ومطعما على ارتفاع 620 مترا.",
        [("900 متر مربع", "مركزا"), ("620 مترا", "ارتفاع")],
    ),
    # an aside between two commas («، تسليم أكتوبر ،») does not cut the figure from its verb
    (
        "وارتفعت أسعار الذهب في السوق المحلية ، تسليم أكتوبر ، 12 سنتاً إلى 51 دولاراً.",
        [("12 سنتاً", "أسعار"), ("51 دولاراً", "أسعار")],
    ),
    # a change noun with a pronoun («بعد ارتفاعها») points back to the subject that changed
    (
        "وصعدت أسعار الفضة 9 سنتات إلى 24 دولاراً ، عقب صعودها خلال تداولات يوم الخميس"
        " 7 سنتات إلى 23.91 دولار.",
        [("7 سنتات", "أسعار"), ("23.91 دولار", "أسعار")],
    ),
    # a second clause opened by «وأن» repeats what the first share counts
    (
        "وأظهر الاستطلاع أن 40 في المائة فقط من الاعتداءات يبلغ عنها للشرطة وأن 7 في المائة فقط تسجل رسميا.",
        [("40 في المائة", "الاعتداءات"), ("7 في المائة", "الاعتداءات")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BRACKETS_AND_DIMENSIONS,
    ids=[f"bracket-dimension-{i}" for i in range(len(BRACKETS_AND_DIMENSIONS))],
)
def test_counts_of_a_bracket_or_a_dimension(text: str, expected: list[tuple[str, str | None]]) -> None:
    """What a bracketed figure or a dimension («بطول», «بمساحة») measures: the noun before the
    bracket, the indefinite head of the noun phrase before the dimension."""
    _check(text, expected)


def test_a_length_of_time_after_an_age_verb_is_a_duration() -> None:
    """«تبلغ» often gives an age, but «تبلغ مدة الدراسة سنتين» gives the length of the course."""
    text = "وتبلغ المتسابقة من العمر 19 سنة، بينما تبلغ مدة الدراسة سنتين."
    found = [(s.text, s.kind) for s in extract_stats(text, language="ar")]
    assert found == [("19 سنة", "age"), ("سنتين", "duration")]
    lived = extract_stats("وقضى طوال عمره البالغ 70 عاما في القرية.", language="ar")
    assert [(s.text, s.kind) for s in lived] == [("70 عاما", "age")]


ADJECTIVE_ORDINALS: list[tuple[str, list[tuple[str, str]]]] = [
    # a relational adjective between the noun and its ordinal: the noun is what is ranked
    ("وأعلنت قيادة اللواء البحرية الخامسة عن مناورات جديدة قرب الساحل.", [("الخامسة", "اللواء")]),
    ("ويخوض المنتخب الوطني الأول مباراة ودية أمام ضيفه يوم السبت.", [("الأول", "المنتخب")]),
    # two adjectives: both are passed over
    ("وصلت القافلة الطبية التطوعية الثالثة إلى القرية صباح اليوم.", [("الثالثة", "القافلة")]),
    # a preposition on the word before shows it is no adjective of a noun before it
    ("احتفلت الجمعية بالذكرى العاشرة لتأسيسها.", [("العاشرة", "الذكرى")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ADJECTIVE_ORDINALS, ids=[f"adj-ordinal-{i}" for i in range(len(ADJECTIVE_ORDINALS))]
)
def test_an_ordinal_after_an_adjective_ranks_the_noun(text: str, expected: list[tuple[str, str]]) -> None:
    """«المنطقة العسكرية الرابعة»: the ordinal follows the noun's adjective; the adjective alone
    names nothing, so the noun is taken with it."""
    _check(text, expected)
    if expected[0][1] != "الذكرى":
        counts = {s.text: s.counts for s in extract_stats(text, language="ar")}[expected[0][0]] or ""
        assert len(counts.split()) >= 2, counts


ADJECTIVE_PHRASES: list[Row] = [
    # the counted phrase before an amount opened on the adjective: its noun is put back
    (
        "واستهلكت المصانع من الفحم الحجري المستورد بقيمة 2.7 مليار دولار خلال السنة.",
        [("2.7 مليار دولار", "الفحم")],
    ),
    ("وصدرت المزارع من التمور السكرية الفاخرة بقيمة 600 مليون ريال.", [("600 مليون ريال", "التمور")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ADJECTIVE_PHRASES, ids=[f"adj-phrase-{i}" for i in range(len(ADJECTIVE_PHRASES))]
)
def test_an_adjective_does_not_open_the_phrase(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«الفحم الحجري المستورد بقيمة»: a relational adjective agrees with the noun before it, so the
    counted phrase starts at that noun."""
    _check(text, expected)


def test_a_feminine_plural_object_is_not_a_verb() -> None:
    """«وقدمت الجمعية مساعدات بقيمة»: the subject then a plural in «ات» is subject + object (the
    object is what the amount is), not a noun and a verb ending in «ت»."""
    text = "وقدمت الجمعية الخيرية مساعدات بقيمة 20 مليون ريال لصالح الأسر المحتاجة."
    counts = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert counts["20 مليون ريال"] == "مساعدات"


IDAFA_HEADS: list[Row] = [
    # a share of a bare idafa head («من حجم», «من إجمالي عدد») counts the noun that completes it
    ("وتمثل القروض العقارية 60% من حجم الائتمان المصرفي.", [("60%", "الائتمان")]),
    ("وتستحوذ المدارس الخاصة على 35% من إجمالي عدد الطلاب في المدينة.", [("35%", "الطلاب")]),
    # the subject after the verb and the figure: «عدد» alone names nothing
    ("كما ارتفع إلى 40 عدد المدارس التي افتتحتها الوزارة هذا العام.", [("40", "المدارس")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), IDAFA_HEADS, ids=[f"idafa-{i}" for i in range(len(IDAFA_HEADS))]
)
def test_a_bare_head_takes_its_complement(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«حجم», «مجموع», «عدد» name no thing alone: the definite noun after them does."""
    _check(text, expected)


VERB_COMPLEMENTS: list[Row] = [
    # a prepositional complement of the change verb stands between its subject and the figure
    ("وتراجعت المبيعات بسبب ضعف الطلب بنسبة 5 في المائة.", [("5 في المائة", "المبيعات")]),
    ("وتراجع المؤشر العام للبورصة عند الإغلاق 0.4 في المائة إلى 6100 نقطة.", [("0.4 في المائة", "المؤشر")]),
    ("ثم أغلق المؤشر الرئيسي عند مستوى 11200 نقطة.", [("11200 نقطة", "المؤشر")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), VERB_COMPLEMENTS, ids=[f"verb-complement-{i}" for i in range(len(VERB_COMPLEMENTS))]
)
def test_a_complement_is_not_what_changed(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«بسبب ضعف الطلب», «عند الإغلاق»: the noun after the preposition is a cause or a time; the
    subject of the change verb before it is what changed."""
    _check(text, expected)


def test_a_verb_of_order_after_an_amount_is_not_counted() -> None:
    """«... إلى سعر 2.4 ريال تلاه سهم ...»: «تلاه» opens the next item of the ranking; the amount
    is the price named before it."""
    text = "وأغلق سهم شركة الأسمنت على ارتفاع إلى سعر 2.4 ريال تلاه سهم شركة الكهرباء بنسبة 2 في المائة."
    counts = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert counts["2.4 ريال"] is not None and "تلاه" not in counts["2.4 ريال"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("وتخطط الحكومة لإنفاق 1.2 ترليون ريال.", "1.2 ترليون ريال", 1_200_000_000_000, "SAR"),
        ("وبلغت قيمة الصفقة 40 مليار روبل.", "40 مليار روبل", 40_000_000_000, "RUB"),
        ("وسجلت البورصة تداولات بقيمة 9 ترليونات وون.", "9 ترليونات وون", 9_000_000_000_000, "KRW"),
    ],
)
def test_trillion_spelling_and_more_currencies(text: str, surface: str, value: int, unit: str) -> None:
    """«ترليون» is a common spelling of «تريليون»; the rouble and the won are currencies."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert surface in found, sorted(found)
    assert (found[surface].value, found[surface].kind, found[surface].unit) == (value, "money", unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("وتوفر المحطة الجديدة 50 ميجاواط من الكهرباء.", "50 ميجاواط", "MW"),
        ("ويبلغ الاستهلاك السنوي 310 آلاف جيجاواط في الساعة.", "310 آلاف جيجاواط", "GW"),
        ("وتلتقط الكاميرا الخلفية الصور بدقة 13 ميغابيكسل.", "13 ميغابيكسل", "MP"),
        ("وتتجاوز الحرارة في المنطقة الشرقية 48 مئوية.", "48 مئوية", "°C"),
        ("وضبطت الفرق 120 كيلو جرام من اللحوم الفاسدة.", "120 كيلو جرام", "kg"),
    ],
)
def test_more_unit_spellings_are_measures(text: str, surface: str, unit: str) -> None:
    """«ميجاواط», «جيجاواط», «ميغابيكسل», a bare «مئوية» and «كيلو جرام» are units: the figure
    is a measure, not a count of the unit word."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert surface in found, sorted(found)
    assert (found[surface].kind, found[surface].unit) == ("measure", unit)


def test_the_centenary_is_no_temperature() -> None:
    """«المئوية» (the centenary) is no unit: only a bare «مئوية» right after a number is one."""
    found = extract_stats("وتحيي البلدة هذا العام ذكراها 150 المئوية بمهرجان كبير.", language="ar")
    assert all(s.unit != "°C" for s in found), found


AMOUNT_NOUNS: list[Row] = [
    # «مبلغ» only announces the amount: the subject of «بلغ», or what reaches it, is counted
    (
        "وبلغت خسائر الشركة المتراكمة في نهاية الربع الثالث مبلغ 45 مليون دينار.",
        [("45 مليون دينار", "خسائر")],
    ),
    ("وقد يتحمل المخالف غرامات تصل إلى مبلغ 5 آلاف ريال.", [("5 آلاف ريال", "غرامات")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), AMOUNT_NOUNS, ids=[f"amount-{i}" for i in range(len(AMOUNT_NOUNS))]
)
def test_the_word_amount_is_not_what_is_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«مبلغ 45 مليون دينار»: «an amount of» names nothing; the subject of the verb does."""
    _check(text, expected)


DEFINITE_DURATIONS: list[tuple[str, str, str]] = [
    # a definite cardinal word and the definite plural time noun right after it: a duration
    ("وتتوقع الهيئة أن يتضاعف عدد الرحلات خلال العشرة الأعوام المقبلة.", "العشرة الأعوام", "duration"),
    ("ووضعت البلدية خطة عمل للخمسة الأيام القادمة في الأحياء الشرقية.", "للخمسة الأيام", "duration"),
    ("وسجل المستشفى تحسنا في الخدمات خلال الثلاثة الأشهر الماضية.", "الثلاثة الأشهر", "duration"),
    # a singular definite time word says when; after a definite noun the cardinal is its adjective
    ("وصلت الفرق الأربعة الأسبوع الماضي إلى المدينة.", "الأربعة", "count"),
]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    DEFINITE_DURATIONS,
    ids=[f"definite-duration-{i}" for i in range(len(DEFINITE_DURATIONS))],
)
def test_definite_cardinal_before_definite_time_plural(text: str, surface: str, kind: str) -> None:
    """«خلال العشرة الأعوام المقبلة» is ten years (a duration), not ten of what came before."""
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert surface in found, sorted(found)
    assert found[surface].kind == kind


DEFINITE_AMBIGUOUS: list[tuple[str, str | None]] = [
    # «الخمس», «الست» right after the definite noun they qualify count it
    ("وزار الوفد المدن الخمس التي ضربها الإعصار.", "المدن"),
    ("واجتمع وزراء الخارجية مع ممثلي القوى الست في جنيف.", "القوى"),
    ("وأكمل الطلاب المراحل التسع من البرنامج.", "المراحل"),
]


@pytest.mark.parametrize(
    ("text", "word"),
    DEFINITE_AMBIGUOUS,
    ids=[f"definite-amb-{i}" for i in range(len(DEFINITE_AMBIGUOUS))],
)
def test_definite_five_or_six_after_its_noun(text: str, word: str) -> None:
    """«المدن الخمس»: the cardinal agrees with the noun before it and counts it."""
    found = [s for s in extract_stats(text, language="ar") if s.kind == "count"]
    assert len(found) == 1, found
    assert found[0].counts is not None and word in found[0].counts


@pytest.mark.parametrize(
    "text",
    ["وحضرت الست في الحفل.", "وتعلم الطالب القراءات السبع في المعهد."],
)
def test_lone_or_set_name_is_no_count(text: str) -> None:
    """«الست» with no noun before it is a lady; «القراءات السبع» names a set (left to the gold)."""
    assert [s for s in extract_stats(text, language="ar") if s.kind == "count"] == []


CONJOINED: list[Row] = [
    # two coordinated amounts before one partitive «من»: both count its noun, not the next verbal noun
    (
        "وأسفر الانفجار عن وفاة 6 وإصابة 21 من عمال المصنع.",
        [("6", "عمال"), ("21", "عمال")],
    ),
    (
        "وأعلنت الوزارة استشهاد (4) وإصابة (9) من أفراد الدفاع المدني.",
        [("4", "أفراد"), ("9", "أفراد")],
    ),
    # «و» that belongs to the noun («وحدة», «وظيفة») is no conjunction: the noun is counted
    ("وسلمت الشركة 400 وحدة سكنية و25 وظيفة للشباب.", [("400", "وحدة"), ("25", "وظيفة")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONJOINED, ids=[f"conjoined-{i}" for i in range(len(CONJOINED))]
)
def test_noun_after_conjunction_is_not_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«مقتل 12 وإصابة 40 من المدنيين»: a tamyiz never opens on «و»; the word after it starts the
    next item, and the partitive after the last amount names what both count."""
    _check(text, expected)


def test_noun_after_conjunction_alone_is_left_open() -> None:
    """«توفي منهم 12 وشفي 30»: no partitive to share; the verb after «و» is not what is counted."""
    found = {s.text: s for s in extract_stats("وتوفي منهم 12 وشفي 30 بعد العلاج.", language="ar")}
    assert "12" in found, sorted(found)
    assert found["12"].counts != "شفي"


QUALIFIED: list[Row] = [
    # a definite cardinal right after a definite noun counts that noun, even a unit word or after a verb
    ("وأوضح المدرب أن النقاط الثلاث تمثل خطوة نحو اللقب.", [("الثلاث", "النقاط")]),
    ("وقال الشاهد إن الرجال الأربعة غادروا المبنى مسرعين.", [("الأربعة", "الرجال")]),
    ("وتوزعت العروض بالقاعات الخمس في المركز.", [("الخمس", "القاعات")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUALIFIED, ids=[f"qualified-{i}" for i in range(len(QUALIFIED))]
)
def test_definite_cardinal_counts_the_noun_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«النقاط الثلاث تمثلت»: the cardinal agrees with the definite noun before it (its adjective)."""
    _check(text, expected)


def test_weekday_before_definite_number_is_no_counted_noun() -> None:
    """«يوم الخميس العشرين من الشهر»: a day of a date, not twenty Thursdays."""
    found = [s for s in extract_stats("وتأجلت الجلسة إلى يوم الخميس العشرين من الشهر الجاري.", language="ar")]
    assert all(s.counts != "الخميس" for s in found), found


def test_adverb_after_amount_is_not_counted() -> None:
    """«وصلت قيمة الواردات إلى 80 مليارا تقريبا»: «تقريبا» names nothing; the value before is read."""
    found = {s.text: s for s in extract_stats("ووصلت قيمة الواردات إلى 80 مليارا تقريبا.", language="ar")}
    got = next(s for t, s in found.items() if t.startswith("80"))
    assert got.counts is not None and "الواردات" in got.counts



@pytest.mark.parametrize(
    "text",
    ["وخصصت الجمعية مبلغ 30 ألف ريال للأسر المحتاجة.", "وسدد المستأجر مبلغا قدره 900 ألف دينار."],
)
def test_the_payer_before_an_amount_is_not_counted(text: str) -> None:
    """«خصصت الجمعية مبلغ …»: after a verb that is no verb of reaching, the subject before
    «مبلغ» is who pays; neither it nor «الجمعية مبلغ» is what the amount counts."""
    counts = [s.counts for s in extract_stats(text, language="ar")]
    assert counts and all(c is None or ("مبلغ" not in c and c not in ("الجمعية", "المستأجر")) for c in counts)


ADVERBS: list[Row] = [
    # an adverb after the verb is no subject: the subject of the sentence's first verb is read
    (
        "وانخفض سعر البن 5 دولارات إلى 180 دولارا للكيس قبل أن يصعد مجددا إلى حوالي 186 دولارا.",
        [("186 دولارا", "البن")],
    ),
    # «ربما» stands between the subject and its verb
    ("وقال المحلل إن ديون الشركة ربما تتجاوز 4 مليارات ريال هذا العام.", [("4 مليارات ريال", "ديون")]),
    # a weekly pay: «أسبوعيا» qualifies the noun before it, the payer is not counted
    ("ويتقاضى المدافع الجديد راتبا أسبوعيا يبلغ 90 ألف يورو.", [("90 ألف يورو", "راتبا")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBS, ids=[f"adverb-{i}" for i in range(len(ADVERBS))])
def test_adverbs_are_never_the_counted_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«مجددا», «ربما»: an adverb qualifies the verb; the noun phrase it stands beside is read."""
    _check(text, expected)


def test_respectively_is_not_counted() -> None:
    """«وصل على التوالي إلى 71 و65 في المائة»: «على التوالي» says the order, it names nothing."""
    found = extract_stats("ووصل معدل الحضور في الولايتين على التوالي إلى 71 و 65 في المائة.", language="ar")
    assert found and all(s.counts is None or "التوالي" not in s.counts for s in found), found


AGREEMENT: list[Row] = [
    # «اثنين» after a definite noun is no adjective of it: the indefinite plural after it is counted
    ("واختارت اللجنة بعد الامتحان اثنين مرشحين للمنحة الدراسية.", [("اثنين", "مرشحين")]),
    # an indefinite dual before «اثنين» is its noun
    ("وأوقفت الشرطة مهربين اثنين على الحدود.", [("اثنين", "مهربين")]),
    # a four-letter relational adjective («الودي») between the noun and its ordinal
    ("ويخوض المنتخب اللقاء الودي الثالث له أمام ضيفه يوم الأحد.", [("الثالث", "اللقاء")]),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENT, ids=[f"agree-{i}" for i in range(len(AGREEMENT))])
def test_adjectives_agree_with_their_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    """An Arabic adjective agrees with its noun in the article: «اثنين» and an ordinal qualify the
    noun they agree with, past a short relational adjective («اللقاء الودي الثالث»)."""
    _check(text, expected)


SETTINGS: list[Row] = [
    # a market, a session, a country after «في»: where the figure holds, not what it counts
    ("وقدر التقرير سوق الحوسبة السحابية في المملكة بنحو 9 مليارات ريال.", [("9 مليارات ريال", "الحوسبة")]),
    ("وتراوحت المكاسب في تداولات اليوم ما بين 6.2% إلى 0.8%.", [("6.2%", "المكاسب"), ("0.8%", "المكاسب")]),
]


@pytest.mark.parametrize(("text", "expected"), SETTINGS, ids=[f"setting-{i}" for i in range(len(SETTINGS))])
def test_a_setting_after_fi_is_not_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«في المملكة», «في تداولات اليوم», «في السوق المحلية»: the words before «في» are read."""
    _check(text, expected)


def test_a_market_is_not_what_a_price_counts() -> None:
    """«في حين يشترى في السوق المحلية بـ5 دنانير»: the market is no counted noun."""
    text = "ويبلغ ثمن لتر الزيت في الأسواق الأوروبية 9 يوروهات، في حين يشترى في السوق المحلية بـ5 دنانير."
    found = extract_stats(text, language="ar")
    assert found and all(s.counts is None or "السوق" not in s.counts for s in found), found


AMOUNTING: list[Row] = [
    # «قدره/قدرها» ("amounting to") follows the noun whose amount the figure is
    ("وسجلت الشركة أرباحا قبل الزكاة قدرها 41 مليون ريال في الربع الثاني.", [("41 مليون ريال", "أرباحا")]),
    ("ويعمل المتعاقد براتب مقطوع قدره 4 آلاف ريال شامل السكن.", [("4 آلاف ريال", "راتب")]),
    ("وحصلت البلدية على قرض ميسر قدره 12 مليون دينار من البنك.", [("12 مليون دينار", "قرض")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), AMOUNTING, ids=[f"amounting-{i}" for i in range(len(AMOUNTING))]
)
def test_the_noun_before_amounting_to_is_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«أرباحا قبل الزكاة قدرها», «براتب مقطوع قدره»: the indefinite noun and its adjective."""
    _check(text, expected)


def test_a_change_before_amounting_to_is_left_to_the_change_readers() -> None:
    """«بزيادة قدرها 12%»: the change noun is no counted thing; what rose is read as before."""
    text = "وارتفعت مبيعات السيارات بزيادة قدرها 12% عن العام الماضي."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "مبيعات" in (found["12%"].counts or ""), found


def test_a_total_value_counts_what_was_counted_before_it() -> None:
    """«وسجلت المدينة 120 صفقة بقيمة إجمالية تجاوزت 90 مليون ريال»: «إجمالية» alone names nothing;
    the value is the value of the deals counted right before «بقيمة»."""
    text = "وسجلت المدينة 120 صفقة بقيمة إجمالية تجاوزت 90 مليون ريال."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "صفقة" in (found["90 مليون ريال"].counts or ""), found


SCORES = [
    "وبدأ الفريق جولته الصيفية بالفوز على ضيفه الإيطالي (3 ــ 2) في ملعب المدينة.",
    "وودع النادي المسابقة عقب خسارته أمام منافسه التركي 4-3 في مجموع المباراتين.",
    "وانتزع المنتخب الكأس إثر التفوق 6-5 بركلات الترجيح.",
]


@pytest.mark.parametrize("text", SCORES, ids=[f"score-{i}" for i in range(len(SCORES))])
def test_match_results_are_scores_not_counts(text: str) -> None:
    """«بالفوز على … (3 ــ 2)», «خسارته أمام … 4-3»: a match result is one score, not two counts
    of the team named before it (a dash may be written as a run of tatweel)."""
    found = extract_stats(text, language="ar")
    assert [s.kind for s in found] == ["score"], found


def test_a_currency_named_without_a_number_is_the_noun_of_its_adjective() -> None:
    """«نزول الدينار الكويتي إلى 3.25»: a definite currency word with no number before it is a
    noun; its relational adjective alone is not what the figure counts."""
    text = "ومن نتائج القرار نزول الدينار الكويتي إلى 3.25 مقابل اليورو."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert "الدينار" in (found["3.25"].counts or ""), found


def test_a_list_item_without_its_noun_counts_the_noun_of_the_item_before() -> None:
    """«وسبعة موظفين يعملون … و12 يعملون …»: the second item leaves its noun out and repeats the
    verb; it counts the employees of the item before, not the verb."""
    text = "ويضم القسم سبعة موظفين يعملون في الفترة الصباحية، و12 يعملون في الفترة المسائية."
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert found["12"].counts == "موظفين", found


def test_a_verb_before_a_share_is_not_what_it_counts() -> None:
    """«ويقول 40 في المائة إن …»: the share is the subject of the verb, the verb names nothing."""
    found = extract_stats("وفي الاستطلاع نفسه، يقول 40 في المائة إن الخدمة تحسنت.", language="ar")
    assert found and all(s.counts != "يقول" for s in found), found


def test_an_sms_footer_holds_no_statistics() -> None:
    """«ابعث رسالة نصية بالرمز (37) … إلى 81234 - Stc»: a message code and a short number with
    the operator's name after a dash are identifiers, not figures."""
    text = "لمراسلة فريق التحرير ابعث رسالة نصية بالرمز (37) متبوعا بتعليقك إلى 81234 - Stc"
    assert extract_stats(text, language="ar") == ()


@pytest.mark.parametrize(
    "text",
    ["وتوفي الممثل الشهير الأسبوع الماضي عن 83 عاما.", "وأعلن الحارس الاعتزال عن 41 عاما بعد مسيرة طويلة."],
    ids=["died-at", "retired-at"],
)
def test_years_after_a_life_or_career_end_are_an_age(text: str) -> None:
    """«توفي … عن 83 عاما», «الاعتزال عن 41 عاما»: the age at which it ended, not a duration."""
    found = [s for s in extract_stats(text, language="ar") if s.kind in ("age", "duration")]
    assert [s.kind for s in found] == ["age"], found


def test_years_after_a_death_with_no_an_stay_a_duration() -> None:
    """«توفي بعد معاناة استمرت 10 أعوام»: no «عن» before the years: a duration."""
    found = extract_stats("وتوفي بعد معاناة مع المرض استمرت 10 أعوام.", language="ar")
    assert [s.kind for s in found] == ["duration"], found


SALES: list[Row] = [
    # a price after «بمبلغ/بقيمة» in a clause of selling or buying: the thing sold, not a place
    ("وفي صفقة ثانية بيع منزل صغير قرب شاطئ المدينة بمبلغ 300 ألف يورو.", [("300 ألف يورو", "منزل")]),
    ("وقالت الشركة إن المستثمر اشترى الفندق بقيمة 90 مليون دولار عام 2010.", [("90 مليون دولار", "الفندق")]),
]


@pytest.mark.parametrize(("text", "expected"), SALES, ids=[f"sale-{i}" for i in range(len(SALES))])
def test_a_price_counts_the_thing_sold(text: str, expected: list[tuple[str, str | None]]) -> None:
    """«بيع منزل … بمبلغ», «اشترى الفندق بقيمة»: the object of selling or buying is priced."""
    _check(text, expected)


WINDS: list[Row] = [
    # the subject of «ستكون» before the directions, past a place complement, over a range
    (
        "وتوقعت الهيئة أن هبوب الرياح على الساحل الغربي ستكون جنوبية غربية على الأطراف بسرعة 20-40 كم/ساعة.",
        [("20", "الرياح"), ("40 كم", "الرياح")],
    ),
    # the verb first: its subject after it
    (
        "وفي المرتفعات تكون الرياح الموسمية شمالية إلى شمالية شرقية بسرعة 25 كم/ساعة.",
        [("25 كم", "الرياح")],
    ),
    # an indefinite noun qualified by the directions
    ("وقد تهب اليوم رياح جنوبية شرقية بسرعة 30 كم/ساعة على المرتفعات.", [("30 كم", "رياح")]),
]


@pytest.mark.parametrize(("text", "expected"), WINDS, ids=[f"wind-{i}" for i in range(len(WINDS))])
def test_a_wind_speed_counts_the_wind_not_its_directions(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«الرياح ستكون جنوبية شرقية بسرعة 20-45 كم/ساعة»: compass directions say where a wind
    blows from; the speed is the wind's."""
    _check(text, expected)


INTROS: list[Row] = [
    # «بواقع», «بمقدار» only introduce the figure: the noun phrase before them is counted
    (
        "وطرحت المؤسسة منافسة لشراء كمية من الشعير الأحمر بواقع 300 الف طن موزعة على أربع شحنات.",
        [("300 الف طن", "الشعير")],
    ),
    ("وتقدم سهم شركة النور للملاحة بواقع 12 مليون درهم في آخر الجلسة.", [("12 مليون درهم", "النور")]),
    ("وخلصت الدراسة إلى أن السفر قلل من مستوى التوتر بمقدار 2.1 نقطة.", [("2.1 نقطة", "مستوى")]),
]


@pytest.mark.parametrize(("text", "expected"), INTROS, ids=[f"intro-{i}" for i in range(len(INTROS))])
def test_a_word_introducing_the_figure_is_not_counted(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«القمح الصلب بواقع 495 ألف طن»: «بواقع» closes no noun phrase; the phrase before it counts."""
    _check(text, expected)


def test_a_price_reached_in_a_session_counts_the_commodity_not_the_session() -> None:
    """«بعد أن بلغ في وقت سابق من الجلسة 73.95 دولار»: the session is when, the price is the
    crude's (the amount before it in the sentence), never «الجلسة»."""
    text = (
        "وارتفع سعر خام الشمال عند الإغلاق 48 سنتا إلى 73.42 دولار للبرميل بعد أن بلغ في وقت سابق"
        " من الجلسة 73.95 دولار."
    )
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert "سعر" in (found["73.95 دولار"] or ""), found


OWNED_NUMBERS: list[Row] = [
    # «their number» after a definite participle of reaching or a relative clause: the noun before
    ("وعرضت الجمعية اللوحات البالغ عددها 30 خلال الموسم.", [("30", "اللوحات")]),
    ("ويشمل البرنامج المتطوعين الذين بلغ عددهم 250، وفق اللجنة.", [("250", "المتطوعين")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), OWNED_NUMBERS, ids=[f"owned-{i}" for i in range(len(OWNED_NUMBERS))]
)
def test_their_number_counts_the_noun_the_pronoun_points_to(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«المتقاعدين الذين بلغ عددهم 605 آلاف»: «عددهم» is the number of the noun before the verb."""
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ووزعت في ختام المسابقة الدولية 17 للخط العربي جوائز الفائزين.", [("17", "المسابقة")]),
        ("واختتمت مباريات بطولة صيف الشرقية 36 للكبار أمس.", [("36", "بطولة")]),
    ],
    ids=["competition", "tournament"],
)
def test_a_number_after_a_definite_noun_labels_that_noun(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«المسابقة الدولية 17 للخط العربي»: the number is the edition of the competition; the
    prepositional complement after it («للخط») is not what it counts."""
    _check(text, expected)


ANTECEDENTS: list[Row] = [
    # a verb of reaching right after a relative clause: its subject is the clause's antecedent
    (
        "وذكر التقرير أن نسبة مراكز الاقتراع التي لا يصل إليها المسنون في القرى بلغت 40 في المائة.",
        [("40 في المائة", "نسبة")],
    ),
    ("وأشار إلى أن المساحة التي تغطيها الغابات في الإقليم تصل إلى 300 هكتار.", [("300 هكتار", "المساحة")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ANTECEDENTS, ids=[f"antecedent-{i}" for i in range(len(ANTECEDENTS))]
)
def test_a_verb_after_a_relative_clause_has_its_antecedent_for_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """«المساحة التي تغطيها الغابات في الإقليم تصل إلى 300 هكتار»: the area reaches 300 ha, not
    the forests of the relative clause."""
    _check(text, expected)



def test_earlier_in_the_session_is_not_what_fell() -> None:
    """«بعدما نزل في وقت سابق من التعاملات حتى 69.80 دولار»: «في وقت سابق» (earlier) and the
    session after it name no thing; the price is the crude's, as in the amount before."""
    text = (
        "وانخفض سعر خام الشمال عند الإغلاق 0.4 في المائة إلى 70.15 دولار للبرميل بعدما نزل في وقت"
        " سابق من التعاملات حتى 69.80 دولار."
    )
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert "سعر" in (found["69.80 دولار"] or ""), found


def test_a_closing_level_after_liyuqfil_is_the_index() -> None:
    """«ارتفع مؤشر البورصة … بنسبة 0.3 في المائة ليقفل عند مستوى 4120.6 نقطة»: «ليقفل» (to close)
    is a verb of result like «ليغلق»; the level is the index's."""
    text = "وارتفع مؤشر البورصة المحلية في تعاملات الأمس بنسبة 0.3 في المائة ليقفل عند مستوى 4120.6 نقطة."
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert "مؤشر" in (found["4120.6 نقطة"] or ""), found


def test_a_level_after_the_amount_of_a_change_is_the_recorded_subject() -> None:
    """«أغلق مؤشر السوق اليوم على انخفاض طفيف بلغ 12.4 نقطة عند مستوى 7100.5 نقطة»: the level is
    the index's (the subject of «أغلق»), not the change's."""
    text = "أغلق مؤشر السوق المالية اليوم على انخفاض طفيف بلغ 12.4 نقطة عند مستوى 7100.5 نقطة."
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert "مؤشر" in (found["7100.5 نقطة"] or ""), found


def test_a_participle_after_a_possessed_noun_is_its_adjective() -> None:
    """«تتراوح مساحتها القابلة للتأجير بين 30 و50 ألف متر مربع»: «القابلة» qualifies «مساحتها»,
    which is what is measured."""
    text = "وتضم المدينة مجمعات تتراوح مساحتها القابلة للتأجير بين 30 و50 ألف متر مربع."
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert "مساحتها" in (found["50 ألف متر مربع"] or ""), found


def test_the_first_of_two_labelled_figures_counts_its_own_noun() -> None:
    """«توزعوا بين الذكور 3120 والإناث 2980»: the first figure counts «الذكور» (the word after it
    opens the next item), the second «الإناث»."""
    text = "وتوزع المتطوعون بين الذكور 3120 والإناث 2980."
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert found == {"3120": "الذكور", "2980": "الإناث"}, found


def test_a_word_introducing_the_figure_alone_names_nothing() -> None:
    """«يستنزف التهريب ما مقداره 300 مليون يورو»: «مقداره» (its amount) is not what is counted."""
    found = extract_stats("ويستنزف التهريب سنويا ما مقداره 300 مليون يورو.", language="ar")
    assert [s.counts for s in found if s.kind == "money"] != ["مقداره"], found


def test_a_definite_number_after_a_prepositional_complement_counts_its_noun() -> None:
    """«خطة الشركة للسنوات الخمس المقبلة»: «الخمس» agrees with «السنوات», not with «الشركة»."""
    found = extract_stats("وعرض المدير خطة الشركة للسنوات الخمس المقبلة.", language="ar")
    assert [s.counts for s in found if s.value == 5] == ["للسنوات"], found


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        (
            "وتراجعت الصادرات 4% عن مستوياتها في مارس 2014، البالغة 120 مليار ريال.",
            "120 مليار ريال",
            "مستوياتها",
        ),
        ("وشملت مشروعات المحافظة والبالغة كلفتها 30 مليون ريال إنشاء حدائق.", "30 مليون ريال", "كلفتها"),
    ],
    ids=["noun-before", "own-subject"],
)
def test_a_participle_of_reaching_alone_is_not_counted(text: str, surface: str, word: str) -> None:
    """«البالغة 148 مليار ريال»: the participle qualifies the noun before it (past a comma and a
    time complement), or has a subject of its own («البالغة كلفتها»)."""
    found = {s.text: s.counts for s in extract_stats(text, language="ar")}
    assert word in (found[surface] or ""), found
