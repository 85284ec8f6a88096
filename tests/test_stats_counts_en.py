"""English figures in the five kinds of news copy (issue 6): what each figure counts, its kind and
its value, as a careful reader following the gold guideline would write them.

Sentences written for these tests (sports results, tech, politics, entertainment, business); each
row is (surface, value, kind, unit or None, a word the `counts` phrase must hold or None).
"""

from __future__ import annotations

import pytest

from helpers_stats import check_figures
from prcli.figures.extract import extract_stats

Row = tuple[str, list[tuple[str, float, str, str | None, str | None]]]

SPORT: list[Row] = [
    # positions in a table, ordinals after a possessive
    ("England are fifth in the world rankings.", [("fifth", 5, "rank", None, "England")]),
    ("The 5-1 win lifted them to sixth in the Premiership.", [("sixth", 6, "rank", None, None)]),
    # race times: minutes:seconds.hundredths and hours:minutes:seconds are durations in seconds
    (
        "Kenya's Daniel Kiprop won the men's 1500m in 3:31.42, ahead of the Olympic champion.",
        [("3:31.42", 211.42, "duration", None, "1500m")],
    ),
    (
        "The Scot set a new national record of 4:02.17 in the mile.",
        [("4:02.17", 242.17, "duration", None, "record")],
    ),
    (
        "Her time of 2:24.31 was the fastest in the world this year.",
        [("2:24.31", 144.31, "duration", None, "time")],
    ),
    (
        "The Kenyan clocked 27:14.80 to win the 10,000m title.",
        [("27:14.80", 1634.8, "duration", None, "title")],
    ),
    (
        "Radcliffe won the marathon in 2:17:42, a new world record.",
        [("2:17:42", 8262, "duration", None, "marathon")],
    ),
    ("He ran 10.02 seconds in the 100m heats.", [("10.02 seconds", 10.02, "duration", None, "heats")]),
    ("He holds the world record of 9.78 seconds.", [("9.78 seconds", 9.78, "duration", None, "record")]),
    # heights and distances: the event or the mark they won
    (
        "She cleared 4.85m at her third attempt to take the pole vault title.",
        [("4.85m", 4.85, "measure", "m", "vault")],
    ),
    ("The 24-year-old jumped 8.21m to win gold.", [("8.21m", 8.21, "measure", "m", None)]),
    # positions: who finished where
    (
        "Britain's Laura Hayes finished fifth in the 800m final, while her team-mate came eighth.",
        [("fifth", 5, "rank", None, "Hayes"), ("eighth", 8, "rank", None, "team-mate")],
    ),
    ("Jones came second in the 400m hurdles, with Smith third.", [("third", 3, "rank", None, "Smith")]),
    ("Bloggs was ranked 12th in the world at the end of the season.", [("12th", 12, "rank", None, "Bloggs")]),
    ("Johnson leapt 6.71m in the long jump to finish second.", [("second", 2, "rank", None, "Johnson")]),
    (
        "The defeat left Liverpool in fifth place, 11 points behind Arsenal.",
        [("fifth", 5, "rank", None, "Liverpool")],
    ),
    ("The Olympic champion threw 21.06m in the shot put.", [("21.06m", 21.06, "measure", "m", "champion")]),
    # a capitalised number word after a number starts a name
    (
        "Ireland have won their last eight Six Nations matches against Scotland.",
        [("eight", 8, "count", None, "matches")],
    ),
    (
        "The Eagles lost 27-19 against Georgia in their opening game and are ranked 21st in world rugby.",
        [("21st", 21, "rank", None, "Eagles")],
    ),
    ("Henry scored in the 89th minute to seal a 2-0 win.", [("89th", 89, "ordinal", None, "minute")]),
    (
        "Murray, seeded third, beat the world number 12 in straight sets.",
        [("third", 3, "rank", None, "Murray"), ("12", 12, "rank", None, "world")],
    ),
    # bare race times after a position or a timing verb; "m" after a height is metres
    ("Gardener was fifth in 6.59.", [("6.59", 6.59, "duration", None, "Gardener")]),
    ("Lewis-Francis clocked 6.57 to win his heat.", [("6.57", 6.57, "duration", None, "heat")]),
    (
        "Pavey finished second in the 3,000m in 8:50.24.",
        [("second", 2, "rank", None, "Pavey"), ("8:50.24", 530.24, "duration", None, "3,000m")],
    ),
    ("Her winning height of 2.01m was a personal best.", [("2.01m", 2.01, "measure", "m", "height")]),
    ("They scored 35 points in the second half.", [("35 points", 35, "measure", "points", "points")]),
    (
        "Sotherton ran 2:13.92 in the final event, the 800m, to snatch second place from Ruckstuhl.",
        [("2:13.92", 133.92, "duration", None, "final event"), ("second", 2, "rank", None, "place")],
    ),
    # an ordinal before "place"/"spot" counts that noun, as the gold annotators read "clinched
    # second spot"; a bare ordinal after a position verb counts who holds it
    (
        "Veteran Mark Ellis clinched third spot behind the two Kenyans.",
        [("third", 3, "rank", None, "spot")],
    ),
    ("Alice Munro eased away from the pack and took second.", [("second", 2, "rank", None, "Munro")]),
    # scores, crowds, caps, goals
    (
        "Wales won 24-18 in front of a crowd of 74,000 at the Millennium Stadium.",
        [("74,000", 74000, "count", None, "crowd")],
    ),
    (
        "The striker has scored 14 goals in 22 appearances for the club.",
        [("14", 14, "count", None, "goals"), ("22", 22, "count", None, "appearances")],
    ),
    ("The Welsh team has won 14 of its last 16 matches at home.", [("14", 14, "count", None, "matches")]),
    ("The midfielder has won 45 caps for his country.", [("45", 45, "count", None, "caps")]),
    # who holds a position: the name before the position verb, paired in order by "respectively",
    # a pronoun standing for the runner named before it; a bare mark after "best" is a race time
    (
        "The Welsh pair Ann Price and Megan Lloyd finished fourth and sixth respectively.",
        [("fourth", 4, "rank", None, "Price"), ("sixth", 6, "rank", None, "Lloyd")],
    ),
    (
        "Former champion, Tom Okafor, started slowly and finished down in fifth.",
        [("fifth", 5, "rank", None, "Okafor")],
    ),
    (
        "Peter Wallace's winning streak ended when he came third behind two Americans.",
        [("third", 3, "rank", None, "Wallace")],
    ),
    ("He never thought he would end up with fourth place.", [("fourth", 4, "rank", None, "place")]),
    ("Dean Morris won the 400m in a personal best of 45.61.", [("45.61", 45.61, "duration", None, None)]),
    # a level word after a measure, or before its "of", is what the measure names
    ("The young vaulter hopes to clear the 6m barrier this summer.", [("6m", 6, "measure", "m", "barrier")]),
    ("Her leap of 7.01m beat Smith's mark of 6.98m.", [("6.98m", 6.98, "measure", "m", "mark")]),
    # minutes then seconds: both are durations (a decimal after "minutes" is no year)
    (
        "The Ethiopian won in 13 minutes 2.45 seconds.",
        [("13 minutes", 13, "duration", None, None), ("2.45 seconds", 2.45, "duration", None, None)],
    ),
    ("The Croatian, ranked 14th in the world, lost in three sets.", [("14th", 14, "rank", None, "Croatian")]),
    ("The Swiss star was beaten by the world number 71.", [("71", 71, "rank", None, "world")]),
    # "N-time" counts the title after it, up to the name it precedes
    (
        "The race included three-time European indoor champion Sara Lind.",
        [("three", 3, "count", None, "champion")],
    ),
]

TECH: list[Row] = [
    ("The chip has four times the memory of its rival.", [("four times", 4, "other", None, "memory")]),
    ("Analysts forecast a fall of about 5% in sales.", [("5%", 5, "percent", "%", "sales")]),
    # a bare share later in the sentence repeats what the first share counted
    (
        "Half the villagers now have access to clean water, the study said, and 64% to a clinic.",
        [("Half", 0.5, "other", None, "villagers"), ("64%", 64, "percent", "%", "villagers")],
    ),
    # units glued to the digits, in their own capitals, are units, not names
    ("The chip runs at 3.2GHz and has 512MB of memory.", [("3.2GHz", 3.2, "measure", "GHz", None)]),
    ("BT will offer speeds of up to 8Mbps from next year.", [("8Mbps", 8, "measure", "Mbps", "speeds")]),
    # fractions are shares: a reader writes them as the percentage they are
    (
        "About one in five adults in the UK now uses a broadband connection.",
        [("one in five", 0.2, "other", None, "adults")],
    ),
    (
        "A quarter of all mobile phone users say they have received spam text messages.",
        [("A quarter", 0.25, "other", None, "users")],
    ),
    (
        "Half of the people questioned said they had never downloaded a film.",
        [("Half", 0.5, "other", None, "people")],
    ),
    (
        "One in three households now owns a games console.",
        [("One in three", 0.3333, "other", None, "households")],
    ),
    (
        "About two-thirds of those surveyed said they used their mobile to take pictures.",
        [("two-thirds", 0.6667, "other", None, "surveyed")],
    ),
    ("Only 5% of the PCs had up-to-date virus protection.", [("5%", 5, "percent", "%", "PCs")]),
    (
        "The game sold 1.2 million copies in its first week.",
        [("1.2 million", 1.2e6, "count", None, "copies")],
    ),
    # both ends of a range of shares are shares of the noun after the last one
    (
        "Mobile data is forecast to grow from 12% to 30% of all traffic by 2010.",
        [("12%", 12, "percent", "%", "traffic"), ("30%", 30, "percent", "%", "traffic")],
    ),
    # a share of a whole that has its own count: the noun after that count
    (
        "Nearly 40% of the country's 18 million web users shop online.",
        [("40%", 40, "percent", "%", "users"), ("18 million", 18e6, "count", None, "users")],
    ),
]
POLITICS: list[Row] = [
    (
        "Labour's lead over the Conservatives has narrowed to three points, a new poll suggests.",
        [("three points", 3, "measure", "points", "lead")],
    ),
    (
        "Some 58% of those questioned said it was time for a change, while 31% disagreed.",
        [("58%", 58, "percent", "%", "those questioned"), ("31%", 31, "percent", "%", "those questioned")],
    ),
    # pay per period: the verb of pay names what the amount measures (the gold writes "earns")
    (
        "The Belfast MLA earns up to £18,500 a year from the housing charity.",
        [("£18,500", 18500, "money", "GBP", "earns")],
    ),
    # a participle before a plural noun is an adjective: the noun is still what is counted
    ("He suffered two broken ribs in the crash.", [("two", 2, "count", None, "ribs")]),
    ("They could have gone to Rome with three wins.", [("three", 3, "count", None, "wins")]),
    (
        "The poll put Labour on 36%, the Conservatives on 33% and the Lib Dems on 22%.",
        [("36%", 36, "percent", "%", "Labour"), ("33%", 33, "percent", "%", "Conservatives")],
    ),
    ("The Tories need a swing of 1.5% to win the seat.", [("1.5%", 1.5, "percent", "%", "swing")]),
    ("The number of MPs will be cut from 659 to 646.", [("646", 646, "count", None, "MPs")]),
    (
        "Only 38% of 18 to 24-year-olds voted at the last election.",
        [("18", 18, "age", None, None), ("24-year-olds", 24, "age", None, None)],
    ),
    (
        "Children aged between five and 11 will be tested.",
        [("five", 5, "age", None, None), ("11", 11, "age", None, None)],
    ),
    # a count joined by a hyphen counts that noun; the head noun is kept after two modifiers
    ("The 25-nation bloc has 450 million citizens.", [("25", 25, "count", None, "nation")]),
    ("The 40-strong group of MPs left.", [("40", 40, "count", None, "group")]),
    (
        "Up to 30,000 civil service jobs could be moved out of London.",
        [("30,000", 30000, "count", None, "jobs")],
    ),
    ("Turnout in the by-election was just 26%.", [("26%", 26, "percent", "%", "Turnout")]),
    ("At least 12 people died when the bus overturned.", [("12", 12, "count", None, "people")]),
    ("Of the 2,000 people polled, 56% said they would vote.", [("56%", 56, "percent", "%", "people")]),
    ("Police estimated the crowd at 15,000.", [("15,000", 15000, "count", None, "crowd")]),
    (
        "There are now 3.5 million broadband users in the UK, compared with 1 million two years ago.",
        [("1 million", 1e6, "count", None, "users"), ("two years", 2, "duration", None, None)],
    ),
    (
        "Labour won 355 of the 646 seats, with 35.3% of the vote.",
        [("355", 355, "count", None, "seats"), ("35.3%", 35.3, "percent", "%", "vote")],
    ),
    ("The bill was passed by 282 votes to 271, a majority of 11.", [("11", 11, "count", None, "majority")]),
    ("Three of the five judges backed the appeal.", [("Three", 3, "count", None, "judges")]),
    ("The turnout was 61%, up from 59% at the last election.", [("59%", 59, "percent", "%", "turnout")]),
    # a share after a fronted group ("Among ...", "In <lowercase group>") is a share of that group
    ("Among Green voters, 58% opposed the new runway.", [("58%", 58, "percent", "%", "voters")]),
    (
        "In families with young children, 35% said childcare was their main worry.",
        [("35%", 35, "percent", "%", "families")],
    ),
    # "half of the 1,200 people": a share of a counted whole
    (
        "Half of the 1,200 voters polled said they had not decided.",
        [("Half", 0.5, "other", None, "voters"), ("1,200", 1200, "count", None, "voters")],
    ),
    # a participle clause after the opening noun phrase is no subject of the change verb
    (
        "The number of nurses leaving the health service rose by 6% last year.",
        [("6%", 6, "percent", "%", "nurses")],
    ),
    ("Fees charged by private landlords rose 9%.", [("9%", 9, "percent", "%", "Fees")]),
    ("Ministers said the budget rose 4%.", [("4%", 4, "percent", "%", "budget")]),
]
ENTERTAINMENT: list[Row] = [
    # a number word in a title after a possessive is no figure; the title ranks
    ("Ocean's Twelve fell to second place with $8.4m.", [("second", 2, "rank", None, "place")]),
    # chart places: "number N" of/in a chart, or the object before "at number N"
    ("The ballad was the first number one of the new vinyl chart.", [("one", 1, "rank", None, "chart")]),
    ("The band's album entered the chart at number four.", [("four", 4, "rank", None, "chart")]),
    ("The track reached number 2 in the US Billboard chart.", [("2", 2, "rank", None, None)]),
    (
        "Robbie Williams topped the list, with Coldplay in second place and Keane third.",
        [("second", 2, "rank", None, "Coldplay"), ("third", 3, "rank", None, "Keane")],
    ),
    ("The 22-year-old singer beat 11 other acts to win the title.", [("11", 11, "count", None, "acts")]),
    (
        "The star's second album went straight to the top of the charts.",
        [("second", 2, "ordinal", None, "album")],
    ),
    ("His fourth film, The River, was released in 1998.", [("fourth", 4, "ordinal", None, "film")]),
    ("The film was nominated for 11 Oscars, including best picture.", [("11", 11, "count", None, "Oscars")]),
    ("The novel has been translated into 35 languages.", [("35", 35, "count", None, "languages")]),
    ("The single went straight in at number one in the UK chart.", [("one", 1, "rank", None, "chart")]),
    # a number of things a year is a count of the things; "a second" or "a minute" makes a rate
    ("The carnival draws 90,000 visitors a year.", [("90,000", 90000, "count", None, "visitors")]),
    (
        "The camera records 60 frames a second.",
        [("60 frames a second", 60, "measure", "frames/second", None)],
    ),
    # a chart place "at" a chart names it; a time after it does not
    (
        "The comedy opened at number one at the North American box office.",
        [("one", 1, "rank", None, "box office")],
    ),
    # a top place with no noun after it counts the "top" itself
    ("Three new acts broke into the top 20.", [("20", 20, "rank", None, "top")]),
]
BUSINESS: list[Row] = [
    ("Shares in Marks & Spencer fell 7% after the update.", [("7%", 7, "percent", "%", "Shares")]),
    (
        "Analysts said the deal, worth £2bn, would create the biggest brewer.",
        [("£2bn", 2e9, "money", "GBP", "deal")],
    ),
    ("He signed a contract worth about $300m.", [("$300m", 3e8, "money", "USD", "contract")]),
    ("Ten credits are worth one US dollar.", [("one US dollar", 1, "money", "USD", None)]),
    ("He earned 30 Australian dollars an hour.", [("30 Australian dollars", 30, "money", "AUD", None)]),
    ("Costs for the new stadium have risen to £757m.", [("£757m", 7.57e8, "money", "GBP", "Costs")]),
    ("The firm spent £4m on advertising last year.", [("£4m", 4e6, "money", "GBP", "advertising")]),
    ("The price of a pint rose by 3p.", [("3p", 0.03, "money", "GBP", "price")]),
    # the object of a change verb before "to" or "at" is what the new level measures
    ("Sony cut the price of the PlayStation 2 to £104.", [("£104", 104, "money", "GBP", "price")]),
    ("The bank raised its growth forecast to 3%.", [("3%", 3, "percent", "%", "forecast")]),
    ("The army sent troops to 12 towns.", [("12", 12, "count", None, "towns")]),
    # index levels are measures of the index, even after another figure
    (
        "The FTSE 100 closed up 30 points at 4,820.",
        [("30 points", 30, "measure", "points", "FTSE"), ("4,820", 4820, "measure", None, "FTSE")],
    ),
    # a change noun counts nothing: what changed follows "in"
    ("A rise of 5% in house prices is expected.", [("5%", 5, "percent", "%", "house prices")]),
    (
        "There was an increase of 20,000 in the number of people claiming benefits.",
        [("20,000", 20000, "count", None, "people")],
    ),
    (
        "The company reported a 15% fall in first-half profits.",
        [("15%", 15, "percent", "%", "first-half profits")],
    ),
    (
        "The number of mobile phone users worldwide will reach 2 billion by 2006.",
        [("2 billion", 2e9, "count", None, "users")],
    ),
    (
        "The company's revenues for the period were $1.2bn, up from $900m.",
        [("$1.2bn", 1.2e9, "money", "USD", "revenues"), ("$900m", 9e8, "money", "USD", "revenues")],
    ),
    ("Analysts had expected a figure of around 150,000.", [("150,000", 150000, "count", None, "figure")]),
    (
        "Pre-tax profits for the year to March rose 21% to £640m.",
        [("21%", 21, "percent", "%", "Pre-tax profits"), ("£640m", 6.4e8, "money", "GBP", "profits")],
    ),
    # a number compound after an amount is a modifier; the noun after it is what the amount is
    (
        "The club agreed a £5m three-year deal with the midfielder.",
        [("£5m", 5e6, "money", "GBP", "deal"), ("three-year", 3, "duration", None, None)],
    ),
    (
        "The government will spend £2.1bn on new hospitals over five years.",
        [("£2.1bn", 2.1e9, "money", "GBP", "hospitals")],
    ),
    (
        "The lender cut its deposit rate by a quarter percentage point to 3.5%.",
        [
            ("a quarter percentage point", 0.25, "measure", "pp", "rate"),
            ("3.5%", 3.5, "percent", "%", "rate"),
        ],
    ),
    # pence and cents are hundredths of their currency, as in Arabic and French copy
    ("Shares in the firm jumped 8% to 250p.", [("250p", 2.5, "money", "GBP", "Shares")]),
    ("The board raised the dividend to 8.5 cents a share.", [("8.5 cents", 0.085, "money", "USD", None)]),
    ("The profits of the group fell 12% to £1.4bn.", [("£1.4bn", 1.4e9, "money", "GBP", "profits")]),
    (
        "The price of a barrel of crude oil rose $1.20 to $48.50.",
        [("$48.50", 48.5, "money", "USD", "barrel")],
    ),
    # a capitalised "US" or "UK" is a name, not the pronoun "us"
    (
        "Broadband now reaches 40% of UK households.",
        [("40%", 40, "percent", "%", "households")],
    ),
    # "so far" is no subject; after a fund-raising verb "for" names who gets the money
    ("The sequel has so far earned $80m worldwide.", [("$80m", 80_000_000, "money", "USD", "sequel")]),
    (
        "The gala dinner raised more than £2m for the hospital.",
        [("£2m", 2_000_000, "money", "GBP", "dinner")],
    ),
    # the scale glued to an earlier amount ("$1.2bn") never names what a later one counts
    (
        "Net profit was $2.4bn, or 80 cents a share, compared with $1.9bn a year earlier.",
        [("$1.9bn", 1.9e9, "money", "USD", "profit")],
    ),
    # an amount followed by "to" and a verb is spent on that verb's object
    (
        "The minister promised £800m to repair rural roads.",
        [("£800m", 800_000_000, "money", "GBP", "roads")],
    ),
    ("Fans must now pay £60 to watch a home game.", [("£60", 60, "money", "GBP", "game")]),
    # "they"/"it" before a level verb stands for the subject of the clause before
    (
        "Pre-tax profits at the brewer jumped last year. They rose 14% to £420m.",
        [("14%", 14, "percent", "%", "profits"), ("£420m", 420_000_000, "money", "GBP", "profits")],
    ),
    (
        "Two years ago mobile gamers were a tiny group; now they are nearly 30%.",
        [("30%", 30, "percent", "%", "gamers")],
    ),
    ("Analysts were cautious. They had forecast 2%.", [("2%", 2, "percent", "%", None)]),
    # "a peak of", "a record low of": the level of the thing named before, not the level itself
    (
        "The firm's value has shrunk to $2bn from a peak of $9bn.",
        [("$2bn", 2e9, "money", "USD", "value"), ("$9bn", 9e9, "money", "USD", "value")],
    ),
    ("The yen fell to a record low of 140 against the euro.", [("140", 140, "count", None, "yen")]),
]

# Everyday news syntax (statsen5): the noun a change, a share or a total applies to
SYNTAX: list[Row] = [
    # "bringing/taking X to N": the object of the -ing change verb
    (
        "The council will hire 80 wardens, bringing the total patrol force to 430.",
        [("430", 430, "count", None, "patrol")],
    ),
    ("The win, taking her tally to 12 titles, came in Dubai.", [("12", 12, "count", None, "titles")]),
    # a time adverb between "by A" and "to B" does not break the change
    (
        "The number of burglaries dropped by 15% last year to 61,000.",
        [("15%", 15, "percent", "%", "burglaries"), ("61,000", 61_000, "count", None, "burglaries")],
    ),
    # a price verb after "and" prices the subject, not the first verb's object
    (
        "The new arena will seat 18,000 spectators and cost £420m.",
        [("18,000", 18_000, "count", None, "spectators"), ("£420m", 420_000_000, "money", "GBP", "arena")],
    ),
    # "up from"/"down from": the earlier level of what the figure before counted
    (
        "The zoo welcomed 640,000 guests in 2003, up from 590,000 the year before.",
        [("590,000", 590_000, "count", None, "guests")],
    ),
    (
        "Membership stood at 41,000 members, down from 45,000 a decade earlier.",
        [("45,000", 45_000, "count", None, "members")],
    ),
    # a partitive past "opening"/"previous" and the whole's own count
    (
        "Rangers have drawn four of their opening seven league fixtures.",
        [("four", 4, "count", None, "fixtures")],
    ),
    # an irregular participle is a verb, never the thing a change applies to
    (
        "The fleet has shrunk from 140 to 95 since the merger.",
        [("140", 140, "count", None, "fleet")],
    ),
    # a label word ("number") reaches no number past a preposition; the object keeps its complement
    (
        "The Greens increased their number of councillors to 48.",
        [("48", 48, "count", None, "councillors")],
    ),
    ("The single went to number one in 14 countries.", [("14", 14, "count", None, "countries")]),
    # the word after a modal is a verb: the noun before the modal is priced
    ("The tablet will retail at $350 in Canada.", [("$350", 350, "money", "USD", "tablet")]),
    ("The new scooter will go on sale at £2,400.", [("£2,400", 2400, "money", "GBP", "scooter")]),
    # "an extra £90": the adjective names nothing; the subject is charged
    ("The new levy would cost each driver an extra £90 a year.", [("£90", 90, "money", "GBP", "levy")]),
    # an -ing word between two nouns stays inside the subject of a change
    (
        "The number of households receiving state help rose by 12,000 to 410,000.",
        [("410,000", 410_000, "count", None, "households")],
    ),
    # the head before "of" names an amount before a "on/in" phrase does
    (
        "The regulator imposed a penalty of £9m on the lender.",
        [("£9m", 9_000_000, "money", "GBP", "penalty")],
    ),
    # a change after a comma belongs to the amount before it, past a year between them
    (
        "The chain posted an operating profit of £640m for 2005, up 7% on the previous year.",
        [("7%", 7, "percent", "%", "profit")],
    ),
    # a fraction of a pronoun counts the amount named before it
    (
        "The forum has 80,000 members, a fifth of them outside Europe.",
        [("a fifth", 0.2, "other", None, "members")],
    ),
    # "one" before a lowercase noun counts it
    ("The visitors made two substitutions and one tactical change.", [("one", 1, "count", None, "change")]),
    ("Applicants need only one passport photo.", [("one", 1, "count", None, "photo")]),
    # a comparative share after a comma compares the amount before it; "than in 2003" is a year
    (
        "Some 2,900 cyclists were hurt, 8% fewer than in 2003.",
        [("8%", 8, "percent", "%", "cyclists"), ("2003", 2003, "year", None, None)],
    ),
    # "among": a complement of the head, which is what changed
    ("Truancy among teenagers has climbed to 6%.", [("6%", 6, "percent", "%", "Truancy")]),
    # a subordinator between two numbers: the second one's noun is not the first one's
    (
        "The coalition's lead was cut to 14 as 40 of its deputies abstained.",
        [("14", 14, "count", None, "lead")],
    ),
    # a table position after "sit"/"lie" is a rank of the subject
    ("Rovers sit 14th in the table after the defeat.", [("14th", 14, "rank", None, "Rovers")]),
    (
        "Hull have lost four of their last five games and sit 20th.",
        [("20th", 20, "rank", None, "Hull")],
    ),
    # a place complement of two names still leaves the head as the subject
    ("Tourism in Spain and Portugal grew 9% last summer.", [("9%", 9, "percent", "%", "Tourism")]),
    # "a quarter of a percentage point" is one change in points
    (
        "The central bank lifted its key rate by a quarter of a percentage point to 3.5%.",
        [
            ("a quarter of a percentage point", 0.25, "measure", "pp", "rate"),
            ("3.5%", 3.5, "percent", "%", "rate"),
        ],
    ),
    # a measure between an adjective and a noun modifies that noun; a capital before it is no name
    ("The former European indoor 800m champion retired.", [("800m", 800, "measure", "m", "champion")]),
    ("She broke the Commonwealth 10km record.", [("10km", 10, "measure", "km", "record")]),
]

ROWS = SPORT + TECH + POLITICS + ENTERTAINMENT + BUSINESS + SYNTAX



@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"en-{i}" for i in range(len(ROWS))])
def test_english_figures_and_what_they_count(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="en"), expected)


def test_a_name_with_a_unit_word_is_no_figure() -> None:
    assert extract_stats("The rapper 50 Cent topped the chart.", language="en") == ()


def test_half_of_a_period_is_no_share() -> None:
    text = "Profits rose in the first half of the year, and half of the season was lost."
    assert [s.text for s in extract_stats(text, language="en") if s.kind == "percent"] == []


def test_a_decimal_after_in_without_a_position_is_no_race_time() -> None:
    found = extract_stats("Inflation rose to 3.25 in March.", language="en")
    assert [(s.text, s.kind) for s in found] == [("3.25", "count")]


def test_a_title_number_is_no_count() -> None:
    found = extract_stats("Ocean's Twelve fell to second place with $8.4m.", language="en")
    assert [s.text for s in found] == ["second", "$8.4m"]


def test_a_clock_time_stays_a_time() -> None:
    found = extract_stats("The polls close at 10:30 tonight.", language="en")
    assert [(s.text, s.kind) for s in found] == [("10:30", "time")]


def test_a_decade_of_life_is_an_age() -> None:
    text = "A driver in his 50s and a passenger in her late 20s were hurt; both women were in their mid-30s."
    found = extract_stats(text, language="en")
    ages = [("50", 50, "age"), ("20", 20, "age"), ("30", 30, "age")]
    assert [(s.text, s.value, s.kind) for s in found] == ages


def test_weights_in_grams_and_ounces_are_measures_but_3g_is_a_name() -> None:
    text = "Officers seized 35g of heroin and 9 ounces of resin near a 3G mast."
    found = [(s.text, s.kind, s.unit) for s in extract_stats(text, language="en")]
    assert found == [("35g", "measure", "g"), ("9 ounces", "measure", "oz")]


def test_one_as_a_pronoun_or_an_idiom_is_no_figure() -> None:
    text = (
        "She is one of the best. At one point the one thing left was hope, and every one of them"
        " knew it. The Mini One was launched."
    )
    assert extract_stats(text, language="en") == ()


def test_an_average_of_a_count_is_no_index_level() -> None:
    text = "Crowds at league games fell by 3% this season, to an average of 21,500."
    found = [(s.text, s.kind) for s in extract_stats(text, language="en")]
    assert found == [("3%", "percent"), ("21,500", "count")]


def test_over_or_under_a_number_after_people_is_an_age() -> None:
    text = "The free passes go to anyone over 60, and children under 12 travel with an adult."
    found = [(s.text, s.kind) for s in extract_stats(text, language="en")]
    assert found == [("60", "age"), ("12", "age")]


def test_a_set_score_in_tennis_is_one_score() -> None:
    found = extract_stats("Henin saved two break points to take the set 7-5.", language="en")
    assert [(s.text, s.kind) for s in found] == [("two", "count"), ("7-5", "score")]


def test_an_abbreviated_scale_joins_no_number_through_and() -> None:
    text = "The new group will have revenue of $14bn and 52,000 staff."
    found = [(s.text, s.value, s.kind) for s in extract_stats(text, language="en")]
    assert found == [("$14bn", 14e9, "money"), ("52,000", 52_000, "count")]


def test_a_number_ending_an_ampersand_name_is_no_figure() -> None:
    found = extract_stats("The S&P 500 index closed 0.4% higher.", language="en")
    assert [s.text for s in found] == ["0.4%"]


def test_the_next_sentence_lends_no_noun_to_a_figure() -> None:
    text = "Rates went up by a quarter percentage point. A half-point cut followed in May."
    found = {s.text: s.counts for s in extract_stats(text, language="en")}
    assert found["a quarter percentage point"] == "Rates"


def test_a_playing_position_named_by_a_number_is_no_figure() -> None:
    text = "The flanker moves to number eight for Saturday's game. Her single is number three in the chart."
    found = [(s.text, s.kind) for s in extract_stats(text, language="en")]
    assert found == [("three", "rank")]


def test_a_date_after_a_weekday_is_a_date_not_a_name() -> None:
    found = extract_stats("The count starts on Friday 6 May in most seats.", language="en")
    assert [(s.text, s.kind) for s in found] == [("6 May", "date")]


def test_an_age_named_as_a_level_is_an_age() -> None:
    found = extract_stats("The voting age in the islands was lowered to 16 last year.", language="en")
    assert [(s.text, s.kind, s.counts) for s in found] == [("16", "age", None)]


def test_a_chart_place_before_in_is_no_ratio() -> None:
    found = extract_stats("The single went to number one in 14 countries.", language="en")
    assert [(s.text, s.kind) for s in found] == [("one", "rank"), ("14", "count")]


def test_a_year_after_a_time_prefix_is_a_year_not_a_name() -> None:
    found = extract_stats("The plant will close by mid-2007, unlike the F-16 line.", language="en")
    assert [(s.text, s.kind) for s in found] == [("2007", "year")]
