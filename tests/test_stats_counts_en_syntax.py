"""English figures read through syntax (issue 6): what a figure counts when the noun is missing
or sits in the subject, and the numbers that are no figures or are one figure with the next.

Short news paragraphs written for these tests (business, sport, politics, health, courts, tech,
environment, transport, education); each row is (surface, value, kind, unit or None, a word the
`counts` phrase must hold or None), as in ``test_stats_counts_en``.
"""

from __future__ import annotations

import pytest

from helpers_stats import check_figures
from prcli.figures.extract import extract_stats

Row = tuple[str, list[tuple[str, float, str, str | None, str | None]]]

PARAGRAPHS: list[Row] = [
    (
        "Harlow Foods said on Tuesday that quarterly sales rose 7% to £412m, while operating profit "
        "fell 3% as the cost of packaging climbed. The grocer, which employs 12,500 people across 180 "
        "stores, plans to open 14 new shops next year. Its chief executive, 52-year-old Maria Keane, "
        "said the chain had won 300,000 new loyalty-card members since March.",
        [
            ("7%", 7, "percent", "%", "sales"),
            ("£412m", 412_000_000, "money", "GBP", "sales"),
            ("3%", 3, "percent", "%", "profit"),
            ("12,500", 12_500, "count", None, "people"),
            ("180", 180, "count", None, "stores"),
            ("14", 14, "count", None, "shops"),
            ("52-year-old", 52, "age", None, None),
            ("300,000", 300_000, "count", None, "members"),
        ],
    ),
    (
        "Rovers beat Albion 3-1 on Saturday to move up to third in the table. Striker Tom Ellis, 24, "
        "scored twice in the first half, taking his tally to 17 goals this season. A crowd of 28,400 "
        "watched the match, the club's biggest home attendance in six years.",
        [
            ("3-1", 3, "score", None, None),
            ("third", 3, "rank", None, None),
            ("24", 24, "age", None, None),
            ("17", 17, "count", None, "goals"),
            ("28,400", 28_400, "count", None, "crowd"),
            ("six years", 6, "duration", None, None),
        ],
    ),
    (
        "The city council voted 31 to 12 on Monday to approve a budget of $2.3bn for the coming year. "
        "Spending on schools will grow by 4.5%, and the mayor promised to hire 250 extra police "
        "officers. About 40% of the budget goes to social care, the finance committee said, up from 36% "
        "two years ago.",
        [
            ("31 to 12", 31, "score", None, None),
            ("$2.3bn", 2_300_000_000, "money", "USD", "budget"),
            ("4.5%", 4.5, "percent", "%", "Spending"),
            ("250", 250, "count", None, "officers"),
            ("40%", 40, "percent", "%", "budget"),
            ("36%", 36, "percent", "%", "budget"),
        ],
    ),
    (
        "Hospital admissions for flu jumped 60% in the week to Sunday, health officials said. More than "
        "2,100 patients were treated, and 85 of them needed intensive care. Vaccination rates among the "
        "elderly stand at 71%, below the target of 75%. The outbreak has so far cost the health service "
        "an estimated £45m.",
        [
            ("60%", 60, "percent", "%", "admissions"),
            ("2,100", 2_100, "count", None, "patients"),
            ("85", 85, "count", None, "patients"),
            ("71%", 71, "percent", "%", "Vaccination rates"),
            ("75%", 75, "percent", "%", "target"),
            ("£45m", 45_000_000, "money", "GBP", "outbreak"),
        ],
    ),
    (
        "A former bank manager was jailed for eight years on Friday. The jury heard that 46 victims, "
        "the oldest aged 94, lost their savings over a period of five years. Judge Helen Marsh ordered "
        "him to repay £800,000 within three months.",
        [
            ("eight years", 8, "duration", None, None),
            ("46", 46, "count", None, "victims"),
            ("94", 94, "age", None, None),
            ("five years", 5, "duration", None, None),
            ("£800,000", 800_000, "money", "GBP", "repay"),
            ("three months", 3, "duration", None, None),
        ],
    ),
    (
        "The chipmaker will cut 1,800 jobs, or about 9% of its workforce, after revenue dropped 15% in "
        "the second quarter. Shares fell 6.2% in early trading. The company, founded in 1987, now "
        "expects annual revenue of between $8bn and $8.5bn.",
        [
            ("1,800", 1_800, "count", None, "jobs"),
            ("9%", 9, "percent", "%", "workforce"),
            ("15%", 15, "percent", "%", "revenue"),
            ("second", 2, "ordinal", None, "quarter"),
            ("6.2%", 6.2, "percent", "%", "Shares"),
            ("1987", 1987, "year", None, None),
            ("$8bn", 8_000_000_000, "money", "USD", "revenue"),
            ("$8.5bn", 8_500_000_000, "money", "USD", "revenue"),
        ],
    ),
    (
        "Rainfall this summer was 40% below average, and reservoir levels have fallen to 52% of "
        "capacity. Some 3,000 hectares of pasture have dried out. The government has set aside €90m in "
        "emergency aid for some 6,000 farms.",
        [
            ("40%", 40, "percent", "%", "Rainfall"),
            ("52%", 52, "percent", "%", "capacity"),
            ("3,000 hectares", 3_000, "measure", None, "pasture"),
            ("€90m", 90_000_000, "money", "EUR", "aid"),
            ("6,000", 6_000, "count", None, "farms"),
        ],
    ),
    (
        "Rail fares will rise by an average of 3.9% in January, the transport ministry announced. "
        "Season tickets on some routes will cost more than £5,000 for the first time. Passenger "
        "numbers grew to 1.6 billion journeys last year, while punctuality slipped to 68%.",
        [
            ("3.9%", 3.9, "percent", "%", "fares"),
            ("£5,000", 5_000, "money", "GBP", "Season tickets"),
            ("1.6 billion", 1_600_000_000, "count", None, "journeys"),
            ("68%", 68, "percent", "%", "punctuality"),
        ],
    ),
    (
        "Nearly 28% of pupils achieved the top grades this year, the exam board said, compared with 26% "
        "last year. Some 720,000 students sat the exams in 3,400 schools.",
        [
            ("28%", 28, "percent", "%", "pupils"),
            ("26%", 26, "percent", "%", "pupils"),
            ("720,000", 720_000, "count", None, "students"),
            ("3,400", 3_400, "count", None, "schools"),
        ],
    ),
    (
        "Kenyan runner Grace Wanjiru won the city marathon in 2 hours 17 minutes, breaking the course "
        "record by 41 seconds. The 29-year-old led a field of 35,000 runners.",
        [
            ("2 hours", 2, "duration", None, None),
            ("17 minutes", 17, "duration", None, None),
            ("41 seconds", 41, "duration", None, None),
            ("29-year-old", 29, "age", None, None),
            ("35,000", 35_000, "count", None, "runners"),
        ],
    ),
]

CLASSES: list[Row] = [
    # a bare number closing a verb's object counts what the verb did (the gold names the verb)
    ("The bombing, which killed seven, was the worst this year.", [("seven", 7, "count", None, "killed")]),
    (
        "Troops detained 15, and later released 9.",
        [("15", 15, "count", None, "detained"), ("9", 9, "count", None, "released")],
    ),
    (
        "The landslide, which measured 40 metres across, buried at least 30 and left 900 homeless.",
        [("30", 30, "count", None, "buried")],
    ),
    # ... but a list keeps its noun, and a level verb or an estimate keeps its subject
    (
        "The storm killed 12 people and injured 30.",
        [("12", 12, "count", None, "people"), ("30", 30, "count", None, "people")],
    ),
    (
        "Subscribers numbered 8.2 million at the end of June.",
        [("8.2 million", 8_200_000, "count", None, "Subscribers")],
    ),
    ("The squad has 30 players, including 12 from abroad.", [("12", 12, "count", None, "players")]),
    (
        "Organisers estimated 9,000, while police said 3,500 marched.",
        [("9,000", 9_000, "count", None, "Organisers")],
    ),
    # pay per period: the verb of pay
    ("Junior doctors earn about £22,000 a year.", [("£22,000", 22_000, "money", "GBP", "earn")]),
    ("The striker is paid $2m a season by the club.", [("$2m", 2_000_000, "money", "USD", "paid")]),
    # the subject's head, past a time complement or a quantified complement
    ("Turnover this spring was 12% higher.", [("12%", 12, "percent", "%", "Turnover")]),
    ("Fares on most lines rose 4% in March.", [("4%", 4, "percent", "%", "Fares")]),
    ("Prices in some areas jumped 10% in a year.", [("10%", 10, "percent", "%", "Prices")]),
    (
        "The water bill for an average home will rise by £31 to £412 in April.",
        [("£31", 31, "money", "GBP", "water bill"), ("£412", 412, "money", "GBP", "water bill")],
    ),
    # a word in -ing opening a clause is its subject, not a verb
    (
        "The minister said the economy would grow by 2% next year, and borrowing would fall to £28bn.",
        [("2%", 2, "percent", "%", "economy"), ("£28bn", 28_000_000_000, "money", "GBP", "borrowing")],
    ),
    ("Exports fell 3%, while consumer spending rose 1.5%.", [("1.5%", 1.5, "percent", "%", "spending")]),
    ("Retail figures were weak. Spending rose 0.4% in May.", [("0.4%", 0.4, "percent", "%", "Spending")]),
    # a share of a pronoun counts what the amount before it counted
    (
        "About 30 million people use the service, and 8% of them pay for it.",
        [("8%", 8, "percent", "%", "people")],
    ),
    ("The club has 4,000 members, 30% of whom are women.", [("30%", 30, "percent", "%", "members")]),
    # a bare count before a participle leaves out the noun of the count before it
    (
        "The bank will cut 900 jobs this year, on top of 1,500 lost in 2004.",
        [("900", 900, "count", None, "jobs"), ("1,500", 1_500, "count", None, "jobs")],
    ),
    # the noun after the number stops before its verb (an object opens with "the", "its")
    (
        "About 45 million people use the app every month.",
        [("45 million", 45_000_000, "count", None, "people")],
    ),
    ("The plant builds 80,000 small cars a year.", [("80,000", 80_000, "count", None, "small cars")]),
    ("The plant makes 500 a day.", [("500", 500, "count", None, "plant")]),
    # an amount naming nothing measures what the amount of its kind before it measured
    (
        "The final drew an average audience of 7.2 million, peaking at 9.4 million in the last hour.",
        [("9.4 million", 9_400_000, "count", None, "audience")],
    ),
    # what an amount buys, past an age that modifies it
    ("City paid £19m for the 21-year-old winger.", [("£19m", 19_000_000, "money", "GBP", "winger")]),
    # nouns in -ly are nouns, not adverbs
    ("The group owns 1,200 family farms.", [("1,200", 1_200, "count", None, "family farms")]),
    ("Water supply fell 9% over the summer.", [("9%", 9, "percent", "%", "Water supply")]),
    # a price verb with the one who pays: still the subject's price
    ("The strike cost the airline £40m.", [("£40m", 40_000_000, "money", "GBP", "strike")]),
    # a vote and cricket scores are one score
    ("The motion was passed by 320 to 210 in the chamber.", [("320 to 210", 320, "score", None, None)]),
    # ... not a change then a level in a vote's sentence
    (
        "The government's lead was cut by 40 to 66 in the vote.",
        [("40", 40, "count", None, None), ("66", 66, "count", None, None)],
    ),
    (
        "Kent were 245 for 4 at lunch after the openers had added 90 runs. Patel took five for 43 "
        "as Surrey were all out for 210, and Essex closed on 310-7.",
        [
            ("245 for 4", 245, "score", None, None),
            ("five for 43", 5, "score", None, None),
            ("310-7", 310, "score", None, None),
            ("90", 90, "count", None, "runs"),
        ],
    ),
    # abbreviated durations
    (
        "The flight took 2 hr 20 min.",
        [("2 hr", 2, "duration", None, None), ("20 min", 20, "duration", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS, ids=[f"para-{i}" for i in range(len(PARAGRAPHS))])
def test_own_news_paragraphs(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="en"), expected)


@pytest.mark.parametrize(("text", "expected"), CLASSES, ids=[f"class-{i}" for i in range(len(CLASSES))])
def test_english_syntax_classes(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="en"), expected)


def test_a_number_opening_a_quoted_name_is_no_figure() -> None:
    text = 'He denied calling the treaty a "3rd Grand Alliance" in his speech.'
    assert [s.text for s in extract_stats(text, language="en")] == []


def test_a_saying_with_every_is_no_figure_but_a_ratio_is() -> None:
    text = "There is one answer to every question. There is one nurse for every 40 patients."
    found = [s.text for s in extract_stats(text, language="en")]
    assert found.count("one") == 1
    assert "40" in found


def test_twenty20_is_a_name() -> None:
    text = "The Twenty20 Cup drew 20,000 fans to the ground."
    found = [s.text for s in extract_stats(text, language="en")]
    assert found == ["20,000"]


def test_an_age_group_names_its_age() -> None:
    text = "Flu jabs are free for the over-65s, and sales of energy drinks to under-16s will be banned."
    found = {s.text: (s.value, s.kind) for s in extract_stats(text, language="en")}
    assert found == {"65": (65, "age"), "16": (16, "age")}


def test_two_durations_in_a_row_stay_two() -> None:
    text = "She won the 5,000m in 14 minutes 31.2 seconds."
    found = [s.text for s in extract_stats(text, language="en")]
    assert "14 minutes" in found and "31.2 seconds" in found
