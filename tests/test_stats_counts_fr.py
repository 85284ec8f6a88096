"""French figures in ordinary news copy (issue 6): what each figure counts, its kind and its
value, read through French syntax (the noun after the number, the head of «X de Y», the subject of
a change verb, an apposition) as a careful reader following the gold guideline would write them.

Sentences written for these tests (politics, society, sport, culture, economy); each row is
(surface, value, kind, unit or None, a word the `counts` phrase must hold or None).
"""

from __future__ import annotations

import pytest

from helpers_stats import check_figures
from prcli.figures.extract import extract_stats

Row = tuple[str, list[tuple[str, float, str, str | None, str | None]]]

AGES: list[Row] = [
    # an apposition after a first name that closes the sentence or the clause
    ("« On ne lâchera rien », répète Martine, 58 ans.", [("58 ans", 58, "age", None, None)]),
    ("Karim*, 16 ans, distribue des tracts devant le lycée.", [("16 ans", 16, "age", None, None)]),
    ("Jean Morel, par exemple, 71 ans. Il brigue un quatrième mandat.", [("71 ans", 71, "age", None, None)]),
    ("Arrive une étudiante, 19 ans à peine, le drapeau sur l'épaule.", [("19 ans", 19, "age", None, None)]),
    # «avoir» + years, not «il y a»
    ("Il a 92 ans et vote à chaque élection.", [("92 ans", 92, "age", None, None)]),
    ("Il y a 3 ans, la salle était vide.", [("3 ans", 3, "duration", None, None)]),
    # the second bound of an age range after a noun of people
    (
        "Deux cyclistes de 15 et 17 ans ont été renversés.",
        [("15", 15, "age", None, None), ("17 ans", 17, "age", None, None)],
    ),
    (
        "Deux « supporters » de 19 et 23 ans ont été interpellés.",
        [("19", 19, "age", None, None), ("23 ans", 23, "age", None, None)],
    ),
    # years of something are a span of time
    ("Le pays paie trente ans de mauvaise gestion.", [("trente ans", 30, "duration", None, None)]),
    ("De Marseille, 12 ans.", [("12 ans", 12, "duration", None, None)]),
]


SOCIETY: list[Row] = [
    # the subject of a change verb, past a modal and a source aside
    (
        "Les loyers doivent augmenter de 3 % l'an prochain.",
        [("3 %", 3, "percent", "%", "loyers")],
    ),
    (
        "La dette, qui selon Paul Martin pourrait grimper à 120 %, inquiète Bruxelles.",
        [("120 %", 120, "percent", "%", "dette")],
    ),
    (
        "Les familles qui perçoivent moins de 1500 euros seront aidées.",
        [("1500 euros", 1500, "money", "EUR", "familles")],
    ),
    (
        "Le pays souffle. Initialement prévu à 4 %, le chômage devrait finir l'année à 3,5 %.",
        [("4 %", 4, "percent", "%", "chômage")],
    ),
    # a hollow head: the de-complement, or the noun before «dont»
    (
        "La préfecture a évalué à 2500 le nombre de participants au défilé.",
        [("2500", 2500, "count", None, "participants")],
    ),
    (
        "Les bénévoles, dont le nombre a été estimé à 700 par les organisateurs, ont nettoyé la plage.",
        [("700", 700, "count", None, "bénévoles")],
    ),
    # the people a pronoun stands for
    (
        "Les lecteurs aiment le journal: ils sont 64 % à le lire chaque jour.",
        [("64 %", 64, "percent", "%", "lecteurs")],
    ),
    (
        "Des milliers de supporters ont fait le voyage. Environ 3000 d'entre eux avaient un billet.",
        [("3000", 3000, "count", None, "supporters")],
    ),
]


def test_a_press_briefing_is_no_figure() -> None:
    found = extract_stats("Le préfet a tenu un point presse puis un point de situation.", language="fr")
    assert found == ()


def test_a_word_that_names_no_thing_is_not_what_a_figure_counts() -> None:
    found = extract_stats("Les organisateurs espèrent être 5000 minimum dimanche.", language="fr")
    assert [s.text for s in found if s.kind == "count"] == ["5000"]
    assert all(s.counts != "minimum" for s in found)


def test_what_a_figure_counts_never_runs_across_a_line_break() -> None:
    """A title line without a final stop is another sentence, not part of the counted phrase."""
    text = "Grève des transports\n\nLes grévistes étaient 4200 samedi à Nantes."
    found = extract_stats(text, language="fr")
    assert [(s.text, s.counts) for s in found if s.kind == "count"] == [("4200", "Les grévistes")]
    titled = extract_stats("Pour le climat\n\nLes marcheurs étaient 3100 dimanche à Rennes.", language="fr")
    assert [(s.kind, s.counts) for s in titled] == [("count", "Les marcheurs")]  # «climat»: no index here


NEWS: list[Row] = [
    # «nous étions N»: the speakers are named no other way than «nous»
    ("Personne ne nous a vus, car nous étions quatre!", [("quatre", 4, "count", None, "nous")]),
    # the clitic «en» stands for what the count before it counted
    (
        "La police a compté 900 cyclistes au départ. Les organisateurs en ont annoncé 1400 à l'arrivée.",
        [("1400", 1400, "count", None, "cyclistes")],
    ),
    # the relative «qui» + être before a count: its antecedent
    (
        "Pour les «bénévoles» qui étaient encore 300 à trier les dons, la nuit fut longue.",
        [("300", 300, "count", None, "bénévoles")],
    ),
    # nothing names the thing: the nearest noun phrase of the sentence
    (
        "Le canton souffre. Avec un taux de pauvreté encore très élevé, de 14,5 %, rien ne change.",
        [("14,5 %", 14.5, "percent", "%", "taux")],
    ),
    (
        "La rénovation du stade municipal à hauteur de 12 millions d'euros a été votée.",
        [("12 millions d'euros", 12_000_000, "money", "EUR", "rénovation")],
    ),
    # units and clock hours
    ("Les agents ont évacué «40 m3 de déchets» du parc.", [("40 m3", 40, "measure", None, "déchets")]),
    ("La finale se jouera dimanche à 15 heures à Lyon.", [("15 heures", 15, "time", None, None)]),
    # a participle after a comma describes the noun before the comma
    (
        "Le ministre défend les aides promises, chiffrées à environ 3 milliards d'euros.",
        [("3 milliards d'euros", 3_000_000_000, "money", "EUR", "aides")],
    ),
    # a relative word opens the clause: its subject follows («selon laquelle le revenu a reculé»)
    (
        "Une note, selon laquelle le salaire moyen des cadres a reculé de 300 euros, circule.",
        [("300 euros", 300, "money", "EUR", "salaire")],
    ),
    # a rough amount of a currency is money; a reflexive verb of estimating has the subject
    (
        "Les pertes des éleveurs se chiffrent à plusieurs dizaines de milliers de francs, dit le syndicat.",
        [("dizaines de milliers de francs", 10_000, "money", "CHF", "pertes")],
    ),
    # millions with no noun of their own after an amount of money are the same currency
    (
        "Le chantier coûtera 40 millions d'euros, et la rénovation du musée, estimée à 1,5 milliard.",
        [("1,5 milliard", 1_500_000_000, "money", "EUR", "rénovation")],
    ),
    (
        "La région compte 3 millions d'euros de dettes et 2 millions d'habitants.",
        [("2 millions", 2_000_000, "count", None, "habitants")],
    ),
    # «X de N»: the head noun with its adjectives, past a closing quote or a participle
    (
        "Le débat porte sur son traitement annuel brut de 180 000 euros.",
        [("180 000 euros", 180_000, "money", "EUR", "traitement")],
    ),
    (
        "La ville offre une «aide rénovation» majorée de 800 euros aux familles.",
        [("800 euros", 800, "money", "EUR", "aide")],
    ),
    (
        "Le plan prévoit des travaux urgents d'un coût de 6 millions d'euros.",
        [("6 millions d'euros", 6_000_000, "money", "EUR", "travaux")],
    ),
    # «on est N», «nous étions N»: the people named before
    (
        "Les bénévoles se relaient. «On est 400 ce matin», lance une organisatrice.",
        [("400", 400, "count", None, "bénévoles")],
    ),
    # a share followed by its quoted verb is a share of the same people
    (
        "Selon le sondage, 61 % des Suisses approuvent, et 30 % «rejettent» le projet.",
        [("30 %", 30, "percent", "%", "Suisses")],
    ),
    # a share of the GDP measures the noun before it (the debt, the deficit)
    (
        "La dette du canton, à 45 % du PIB régional, reste stable.",
        [("45 %", 45, "percent", "%", "dette")],
    ),
    (
        "Au-delà des réformes, qui coûteront 2 milliards d'euros, le budget tient.",
        [("2 milliards d'euros", 2_000_000_000, "money", "EUR", "réformes")],
    ),
    # an aside between the subject and its verb is skipped («, dans ...,», «, dont ...,»)
    (
        "Or le coût de ces travaux, dans un contexte de crise, représente 8 millions d'euros.",
        [("8 millions d'euros", 8_000_000, "money", "EUR", "coût")],
    ),
    (
        "Ces primes, dont la prime de Noël, vont coûter environ «2 milliards d'euros».",
        [("2 milliards d'euros", 2_000_000_000, "money", "EUR", "primes")],
    ),
    # a change noun, its complement, then «comprise entre» and the bounds
    (
        "Les vignerons redoutent une chute des ventes comprise entre « 15 % et 25 % ».",
        [("15 %", 15, "percent", "%", "ventes"), ("25 %", 25, "percent", "%", "ventes")],
    ),
    # «dont N» + a participle with its complement: part of what the count before counted
    (
        "Après six week-ends de grève, dont quatre marqués par des heurts, le calme revient.",
        [("quatre", 4, "count", None, "week-ends")],
    ),
]


#: readings of ``counts_fr``: rankings, numbered nouns, time units, the amount of a change, who
#: bears a cost, what a sum is paid in, conversions, comparatives, bracketed levels, compared places
STRUCTURE: list[Row] = [
    (
        "Selon le palmarès, la Belgique occupe le 6e rang des pays les plus endettés d'Europe.",
        [("6e", 6, "rank", None, "pays")],
    ),
    (
        "La ville est la troisième commune du pays qui recycle le plus ses déchets.",
        [("troisième", 3, "rank", None, "commune")],
    ),
    (
        "Le cortège a défilé sans heurts. L'épisode 12 a attiré moins de monde.",
        [("12", 12, "ordinal", None, "épisode")],
    ),
    (
        "La grève des routiers entre dans sa troisième semaine.",
        [("troisième", 3, "ordinal", None, "semaine")],
    ),
    (
        "Le plan comprend une revalorisation de 80 euros par mois pour les apprentis.",
        [("80 euros", 80, "money", "EUR", "revalorisation")],
    ),
    (
        "Les trois semaines de blocage ont coûté 4 millions d'euros aux transporteurs, selon la fédération.",
        [("4 millions d'euros", 4e6, "money", "EUR", "transporteurs")],
    ),
    (
        "L'an dernier, les ménages ont versé 12 milliards d'euros en loyers, charges et assurances.",
        [("12 milliards d'euros", 12e9, "money", "EUR", "loyers")],
    ),
    (
        "La perte pour les hôteliers sera « supérieure à 300 millions d'euros "
        "(près de 340 millions de dollars) ».",
        [
            ("300 millions d'euros", 3e8, "money", "EUR", "perte"),
            ("340 millions de dollars", 3.4e8, "money", "USD", "perte"),
        ],
    ),
    (
        "C'est au Portugal que la dette des ménages est la plus lourde (112 %).",
        [("112 %", 112, "percent", "%", "dette")],
    ),
    # a range, and a place shared by the members of a list, tell no member apart
    (
        "Sa cote est passée de 38 % à 45 % dans l'opinion publique.",
        [("38 %", 38, "percent", "%", "cote"), ("45 %", 45, "percent", "%", "cote")],
    ),
    (
        "Le taux d'abstention atteint 48 % par rapport à 41 % en Espagne et 39 % au Danemark.",
        [("41 %", 41, "percent", "%", "Espagne"), ("39 %", 39, "percent", "%", "Danemark")],
    ),
    (
        "Cela a coûté 2 millions d'euros aux communes.",
        [("2 millions d'euros", 2e6, "money", "EUR", "communes")],
    ),
    (
        "Les grèves ont coûté 3 millions d'euros à la région.",
        [("3 millions d'euros", 3e6, "money", "EUR", "grèves")],
    ),
    (
        "L'indice perd deux points à 98 et recule de six points dans le bâtiment et de trois points "
        "dans l'hôtellerie.",
        [("trois points", 3, "measure", "points", "hôtellerie")],
    ),
    # the level of an index is a measure on its scale
    (
        "Le climat des affaires, qui résume l'avis des patrons, s'établit à 98 en mars.",
        [("98", 98, "measure", None, "climat")],
    ),
    (
        "Le moral des ménages recule. L'indice de confiance reste « quasi stable » à 91.",
        [("91", 91, "measure", None, "indice de confiance")],
    ),
    # an aside opened by «, dont» that lists several items with their own commas
    (
        "Ces mesures, dont la prime de 150 euros, la cantine gratuite ou le bon de chauffage, "
        "vont coûter 2 milliards d'euros et alourdir la dette, qui pourrait frôler 3 % du PIB.",
        [("2 milliards d'euros", 2e9, "money", "EUR", "mesures"), ("3 %", 3, "percent", "%", "dette")],
    ),
    # a change noun, its amount and a rate, then what changes
    (
        "Le gouvernement renonce à la hausse de 4 centimes par litre du fioul.",
        [("4 centimes", 0.04, "money", "EUR", "fioul")],
    ),
    # a change verb after its auxiliary: the subject changes
    ("Les locations se sont envolées de 12 % en mai.", [("12 %", 12, "percent", "%", "locations")]),
    (
        "Le chômage recule à 7,1 %. En 2015, ce taux avait atteint un plafond, à 10,5 %.",
        [("10,5 %", 10.5, "percent", "%", "taux")],
    ),
    (
        "Le maire a présenté les travaux prévus. Ceux-ci devraient coûter 5 millions d'euros.",
        [("5 millions d'euros", 5e6, "money", "EUR", "travaux")],
    ),
    (
        "La Banque de France note un indice de confiance favorable à 104 en mars.",
        [("104", 104, "measure", None, "indice")],
    ),
    ("Les loyers sont restés stables à 2 % l'an dernier.", [("2 %", 2, "percent", "%", "loyers")]),
    ("Plus de 300 #Agriculteurs bloquent le périphérique.", [("300", 300, "count", None, "#Agriculteurs")]),
    ("Quelque 2000 ‘’motards en colère’’ ont défilé.", [("2000", 2000, "count", None, "motards")]),
]


ROWS: list[Row] = AGES + SOCIETY + NEWS + STRUCTURE


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"fr-{i}" for i in range(len(ROWS))])
def test_french_figures_and_what_they_count(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="fr"), expected)


def test_an_indefinite_pronoun_is_no_antecedent_of_ils() -> None:
    """«d'autres» stands for people named elsewhere: «ils étaient 40» is left without a noun
    rather than counting «autres»."""
    text = "Certains viennent de Laval, d'autres de Lévis. Ils étaient 40 à midi."
    (fig,) = [s for s in extract_stats(text, language="fr") if s.text == "40"]
    assert fig.counts is None


def test_a_place_shared_by_a_list_tells_no_member_apart() -> None:
    """«de 4 % et 6 % en Belgique»: the place holds for both shares, so it is not what the second
    one counts (a compared list, «48 % contre 41 % en Espagne», is another matter)."""
    text = "Les loyers et les charges ont augmenté respectivement de 4 % et 6 % en Belgique."
    (fig,) = [s for s in extract_stats(text, language="fr") if s.text == "6 %"]
    assert fig.counts == "loyers"  # the shared subject («respectivement» is not read)


REVIEW: list[Row] = [
    # a set phrase after «au» is no recipient: «au total», «au titre de», «au minimum»
    (
        "Le département a débloqué 8 000 euros au titre de l'aide aux sinistrés.",
        [("8 000 euros", 8000, "money", "EUR", "département")],
    ),
    ("Il en coûtera 12 euros au minimum aux abonnés.", [("12 euros", 12, "money", "EUR", "abonnés")]),
    # a stem of allocating inside a noun is no verb; «versé» is one
    (
        "Les petits investisseurs ont perdu 600 millions d'euros dans la débâcle du fonds.",
        [("600 millions d'euros", 6e8, "money", "EUR", "investisseurs")],
    ),
    (
        "La destination a rapporté 80 millions d'euros dans la saison estivale.",
        [("80 millions d'euros", 8e7, "money", "EUR", "destination")],
    ),
    (
        "La préfecture a versé 450 000 euros aux agriculteurs.",
        [("450 000 euros", 450000, "money", "EUR", "agriculteurs")],
    ),
    # a span of time set off by a comma before a named subject leaves that subject
    (
        "En deux mois, la grève a coûté 3 millions d'euros aux transporteurs.",
        [("3 millions d'euros", 3e6, "money", "EUR", "grève")],
    ),
    # a new subject between two figures with places: not one list
    (
        "Le taux de pauvreté atteint 14 % en Italie, et le chômage 9 % en Espagne.",
        [("9 %", 9, "percent", "%", "chômage")],
    ),
    # the clause's verb before a superlative: the superlative is on the object, the ordinal stays
    (
        "Le deuxième concert a réuni les plus grands noms du jazz.",
        [("deuxième", 2, "ordinal", None, "concert")],
    ),
    (
        "La troisième exposition a attiré le plus de curieux.",
        [("troisième", 3, "ordinal", None, "exposition")],
    ),
    ("Le second épisode a été le plus regardé.", [("second", 2, "ordinal", None, "épisode")]),
    ("La troisième ville qui attire le plus de touristes.", [("troisième", 3, "rank", None, "ville")]),
    # an index named in another clause does not make a count a measure
    (
        "Selon le baromètre de la chambre de commerce, les faillites de commerces ont bondi à 1 200 "
        "en avril.",
        [("1 200", 1200, "count", None, "faillites")],
    ),
    # fixed phrases after «en» are nothing a sum is paid in
    (
        "La commune a versé 90 000 euros en cours d'exercice.",
        [("90 000 euros", 90000, "money", "EUR", "commune")],
    ),
    (
        "Le club a dépensé 3 millions d'euros en dessous de son budget.",
        [("3 millions d'euros", 3e6, "money", "EUR", "club")],
    ),
    (
        "Le festival a rapporté 2 millions d'euros en termes de retombées.",
        [("2 millions d'euros", 2e6, "money", "EUR", "festival")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW, ids=[f"review-{i}" for i in range(len(REVIEW))])
def test_review_misreadings_stay_fixed(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="fr"), expected)


def test_a_set_phrase_alone_after_the_amount_names_no_bearer() -> None:
    """«au total» says how much in all: it is not who bears the cost."""
    text = "Cela coûtera 40 millions d'euros au total."
    (fig,) = extract_stats(text, language="fr")
    assert fig.counts != "total"


# Figure classes read from French syntax once every figure is known (figures/classes_fr.py).
CLASSES: list[Row] = [
    # a bare number in a list next to a percent is a percent, and counts what the list counts
    (
        "Les libraires annoncent des reculs de ventes «en moyenne de -15%, avec des creux à -30, -45».",
        [
            ("-15%", -15, "percent", "%", "reculs"),
            ("-30", -30, "percent", "%", "reculs"),
            ("-45", -45, "percent", "%", "reculs"),
        ],
    ),
    # a decimal with no unit measures (whole things are counted)
    ("Selon l'étude, le pays a un coefficient de 0,412.", [("0,412", 0.412, "measure", None, "coefficient")]),
    # points of a place are counted
    (
        "Les gendarmes ont levé trois points de blocage près du péage.",
        [("trois points", 3, "count", None, "blocage")],
    ),
    # «le N du mois» is a day
    ("Il n'a plus rien après le 12 du mois.", [("12", 12, "date", None, None)]),
    # «premier» ranked in a whole, after a determiner, and an ordinal after «du»
    (
        "Le Chili, premier producteur mondial de cuivre, investit.",
        [("premier", 1, "rank", None, "producteur")],
    ),
    ("Pour sa première saison, le club termine sixième.", [("première", 1, "ordinal", None, "saison")]),
    ("Il a été blessé lors du cinquième samedi de grève.", [("cinquième", 5, "ordinal", None, "samedi")]),
    (
        "Les cheminots ont tenu un dimanche de grève, le troisième depuis mars.",
        [("troisième", 3, "ordinal", None, "dimanche")],
    ),
    # a number word after a numbered noun
    ("Lors de l'acte six du mouvement, la police a chargé.", [("six", 6, "ordinal", None, "acte")]),
    # elliptic members of a list of counts, and a pronoun chain
    (
        "Au total, 5000 policiers ont été mobilisés dans la région, 12 000 dans tout le pays.",
        [("12 000", 12000, "count", None, "policiers")],
    ),
    (
        "Près de 8 % des collèges, soit 90 au total, dont 12 fermés, ont été touchés.",
        [("90", 90, "count", None, "collèges")],
    ),
    (
        "«Plusieurs dizaines», voire «une centaine» de «motards» sont attendus.",
        [("dizaines", 10, "count", None, "motards")],
    ),
    # an amount paid per period, or given to someone, with nothing else named
    (
        "Ce retraité vit avec moins de 900 euros par mois depuis son veuvage.",
        [("900 euros", 900, "money", "EUR", "par mois")],
    ),
    (
        "«50 euros de plus pour les stagiaires, c'est une aumône», dit-il.",
        [("50 euros", 50, "money", "EUR", "stagiaires")],
    ),
    # the cost of the sentence's subject, and the thing a price is paid for
    (
        "Les travaux de la gare annoncés par la région, d'un coût de 40 millions d'euros, commencent.",
        [("40 millions d'euros", 40e6, "money", "EUR", "travaux")],
    ),
    (
        "Il roule dans un camping-car blanc acheté 30 000 euros en 2015.",
        [("30 000 euros", 30000, "money", "EUR", "camping-car")],
    ),
    # a four-digit number continuing a list of counts is a count, not a year
    (
        "Moins de 9000 marcheurs dans le pays, dont 1500 seulement à Lille, ont répondu.",
        [("1500", 1500, "count", None, "marcheurs")],
    ),
    # the amount of a change paid per month stays the change's
    (
        "Le gouvernement a annoncé que la prime augmentera de 40 euros par mois en juin.",
        [("40 euros", 40, "money", "EUR", "prime")],
    ),
    # a first visit «en France» is an ordinal, a first place «du monde» a rank
    (
        "Lors de sa première visite en France, il a rencontré les élus.",
        [("première", 1, "ordinal", None, "visite")],
    ),
    (
        "Le Brésil reste le premier exportateur de café du monde.",
        [("premier", 1, "rank", None, "exportateur")],
    ),
    # what money with nothing else named is for
    (
        "«Une fois le loyer payé, il me reste 200 euros pour vivre», dit-elle.",
        [("200 euros", 200, "money", "EUR", "vivre")],
    ),
    # a span of time as the subject of a cost: the dative bears it
    (
        "Six semaines de grève dues au blocage du port ont coûté 3 millions d'euros à la région.",
        [("3 millions d'euros", 3e6, "money", "EUR", "région")],
    ),
    # a count between a place opened by «à» and its noun
    ("À Brest 450 marins ont défilé sur le port.", [("450", 450, "count", None, "marins")]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES, ids=[f"class-{i}" for i in range(len(CLASSES))])
def test_french_figure_classes(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    check_figures(text, extract_stats(text, language="fr"), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Les cyclistes se sont retrouvés sur la 3e Avenue avant le départ.",  # a street's name
        "Ils ont traversé le pont du 25 Avril à pied.",  # a date inside a name
        "Le club espère que 2020 sera une année record.",  # an article before a qualified noun
        "Janvier est « un mois de soldes », rappelle le commerçant.",  # a predicate after «être»
        "Le Premier ministre a reçu les syndicats.",  # a title
        "Dans un premier temps, le maire a refusé.",  # an idiom
        "Elle passe d'un point de contrôle à un autre.",  # a place, not a point of a scale
    ],
)
def test_names_articles_and_idioms_are_no_figures(text: str) -> None:
    found = extract_stats(text, language="fr")
    assert [s.text for s in found if s.kind != "year"] == [], [(s.text, s.kind) for s in found]


def test_an_edition_before_a_capitalised_name_stays_an_ordinal() -> None:
    found = extract_stats("Le réalisateur présentera son film au 58e Festival de la ville.", language="fr")
    assert [(s.text, s.kind) for s in found] == [("58e", "ordinal")]


def test_un_an_stays_a_duration_when_it_is_one() -> None:
    text = (
        "Il a été condamné à un an ferme. Depuis un mois, la grève continue. "
        "Une interdiction jusqu'à un an envers eux."
    )
    got = [(s.text, s.kind) for s in extract_stats(text, language="fr")]
    assert got == [("un an", "duration"), ("un mois", "duration"), ("un an", "duration")]
