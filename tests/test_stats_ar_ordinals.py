"""Arabic figures read from words: ordinals of periods, an implied «one», money sub-units (issue 6).

Every sentence was written for these tests (none comes from the corpus). A row gives a sentence,
the surface of one figure, its value, its kind and the word its counted phrase must hold (``None``:
not checked); a row with value ``None`` says the surface is no figure at all.
"""

from __future__ import annotations

import pytest

from prcli.figures import extract_stats

Row = tuple[str, str, str | None, str | None, str | None]

PERIOD_ORDINALS: list[Row] = [
    # a definite period noun numbered by the ordinal after it
    ("وتختتم الأمسيات الشعرية في اليوم الرابع من الملتقى.", "الرابع", "4", "ordinal", "اليوم"),
    ("ويعود الطلاب إلى الفصول في الأسبوع الثاني من الشهر.", "الثاني", "2", "ordinal", "الأسبوع"),
    ("وتنظم البلدية السوق الشعبي للعام السابع على التوالي.", "السابع", "7", "ordinal", "للعام"),
    ("وشيد المسجد الكبير في القرن الثاني عشر الميلادي.", "الثاني عشر", "12", "ordinal", "القرن"),
    ("ويواجه العالم في القرن الحادي والعشرين تحديات جديدة.", "الحادي والعشرين", "21", "ordinal", "القرن"),
    # an indefinite ordinal in construct with a singular time noun
    ("وسجل المؤشر رابع أسبوع من المكاسب على التوالي.", "رابع", "4", "ordinal", "أسبوع"),
    # «العام» after a definite or possessed noun is "general": no year is numbered
    ("وقرر النائب العام الأول إحالة الملف إلى القضاء.", "الأول", None, None, None),
    ("وعقدت الجمعية اجتماعها العام الثاني في العاصمة.", "الثاني", None, None, None),
]



@pytest.mark.parametrize("text,surface,value,kind,counts", PERIOD_ORDINALS)
def test_period_ordinals(
    text: str, surface: str, value: str | None, kind: str | None, counts: str | None
) -> None:
    found = [s for s in extract_stats(text, language="ar") if s.text == surface]
    if value is None:
        assert not found, found
        return
    assert found, [s.text for s in extract_stats(text, language="ar")]
    stat = found[0]
    assert stat.value == pytest.approx(float(value))
    assert stat.kind == kind
    if counts is not None:
        assert stat.counts is not None and counts in stat.counts


SUB_UNITS: list[tuple[str, str, str, str]] = [
    # a sub-unit of money is valued in its main unit
    ("وتكلف الرسالة الواحدة 15 يوروسنت فقط.", "15 يوروسنت", "0.15", "EUR"),
    ("وزاد سعر لتر البنزين 8 سنتات أوروبية هذا الشهر.", "8 سنتات أوروبية", "0.08", "EUR"),
    ("وأغلق السهم عند 70 سنت يورو.", "70 سنت يورو", "0.7", "EUR"),
]


@pytest.mark.parametrize("text,surface,value,unit", SUB_UNITS)
def test_money_sub_units(text: str, surface: str, value: str, unit: str) -> None:
    found = {s.text: s for s in extract_stats(text, language="ar")}
    assert surface in found, list(found)
    assert found[surface].kind == "money"
    assert found[surface].value == pytest.approx(float(value))
    assert found[surface].unit == unit


IMPLIED_ONE: list[Row] = [
    # «واحد» after the noun it agrees with: one of that thing, a unit makes a measure or a duration
    ("وفاز حزب الخضر بمقعد واحد في الدائرة الشمالية.", "واحد", "1", "count", "مقعد"),
    ("ولم تبق في المستشفى سوى حالة واحدة تتلقى العلاج.", "واحدة", "1", "count", "حالة"),
    ("وأوقفت الشرطة مشجعا واحدا بعد المباراة.", "واحدا", "1", "count", "مشجعا"),
    ("ويصل القطار إلى المدينة في أقل من ساعة واحدة.", "ساعة واحدة", "1", "duration", None),
    ("وارتفع منسوب النهر مترا واحدا خلال الليل.", "مترا واحدا", "1", "measure", None),
    ("ونقل مصاب سوداني واحد إلى العناية المركزة.", "واحد", "1", "count", "مصاب سوداني"),
    # no noun agrees with it, a definite noun, a verb, an idiom or a name: no figure
    ("وتعد المدينة واحدة من أجمل مدن الساحل.", "واحدة", None, None, None),
    ("وقال إن الهدف واحد لا يتغير.", "واحد", None, None, None),
    ("ووقف الجمهور في آن واحد للتصفيق.", "واحد", None, None, None),
    ("وهتف المشجعون بصوت واحد للفريق.", "واحد", None, None, None),
    ("واستقبل الوزير عبد الواحد العلمي الوفد.", "الواحد", None, None, None),
    ("وأكد أنه زار المعرض مرة واحدة فقط.", "واحدة", None, None, None),
]


@pytest.mark.parametrize("text,surface,value,kind,counts", IMPLIED_ONE)
def test_implied_one(
    text: str, surface: str, value: str | None, kind: str | None, counts: str | None
) -> None:
    test_period_ordinals(text, surface, value, kind, counts)


SERIES_ORDINALS: list[Row] = [
    # the next ordinals of a series drop their noun: they number the noun of the first one
    ("وحل النادي في المركز الأول محليا والثاني قاريا هذا الموسم.", "الثاني", "2", "rank", "المركز"),
    (
        "وقسمت الفرق إلى مستويات: في المستوى الأول فريقان، وفي الثاني ثلاثة فرق، وفي الثالث فريق.",
        "الثالث",
        "3",
        "ordinal",
        "المستوى",
    ),
    # a month name or a noun of its own: no series
    ("وأجلت القمة من يناير إلى شهر كانون الثاني المقبل.", "الثاني", None, None, None),
]


@pytest.mark.parametrize("text,surface,value,kind,counts", SERIES_ORDINALS)
def test_series_ordinals(
    text: str, surface: str, value: str | None, kind: str | None, counts: str | None
) -> None:
    test_period_ordinals(text, surface, value, kind, counts)


LONE_PERIODS: list[Row] = [
    # a singular time noun governed by a word of length, or accusative before «بعد»: one of it
    ("وأغلقت البلدية المحل لمدة أسبوع بسبب المخالفات.", "أسبوع", "1", "duration", None),
    ("وظل الطريق مغلقا طيلة شهر كامل.", "شهر", "1", "duration", None),
    ("وعاد اللاعب إلى التدريبات أسبوعا بعد العملية.", "أسبوعا", "1", "duration", None),
    ("وتم تمديد العقد لمدة عام واحد.", "عام واحد", "1", "duration", None),
    # the whole named day, a definite period, or «day after day»: no length
    ("وظلت المحلات مغلقة طوال يوم الجمعة.", "يوم", None, None, None),
    ("وتستمر العروض طوال العام في الحديقة.", "العام", None, None, None),
    ("وتزداد أعداد الزوار يوما بعد يوم.", "يوما", None, None, None),
]


@pytest.mark.parametrize("text,surface,value,kind,counts", LONE_PERIODS)
def test_lone_periods(
    text: str, surface: str, value: str | None, kind: str | None, counts: str | None
) -> None:
    test_period_ordinals(text, surface, value, kind, counts)
