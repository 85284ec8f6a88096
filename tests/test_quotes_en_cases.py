"""English news quotations: speakers a reader resolves (passive reporting verbs, «the company»,
documents) and the kind of a span (a fragment embedded in the writer's sentence or a sentence of
speech).

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

import pytest

from helpers_quotes import check_quote_case
from prcli.model import Quote
from prcli.quotations import extract_quotes

# (text, quoted text, expected kind: full or partial)
KINDS = [
    # words in marks opening in lower case after the writer's words: a fragment, however long
    ('Harlow Mining said it still expected to meet its targets "despite a much harder market".',
     "despite a much harder market", "partial"),
    ('The critic Ivo Marsh said the band were "noisy but oddly tender".',
     "noisy but oddly tender", "partial"),
    ('Ivo Marsh said the new album had "sharp hooks and a real gift for melody in the chorus".',
     "sharp hooks and a real gift for melody in the chorus", "partial"),
    ('The mayor, Rosa Fenn, accused the council of "wilful neglect".', "wilful neglect", "partial"),
    ('Rosa Fenn said the new bridge would open "within the first weeks of the spring".',
     "within the first weeks of the spring", "partial"),
    # a capitalised sentence of speech before its incise is full, also after a figure that ends
    # the sentence before ("£10m.")
    ('Analysts said the strike could cost the firm £10m. "This comes at the worst possible time," '
     'said Nick Webb of Lowe Securities.', "This comes at the worst possible time,", "full"),
]


def _english_quote(text: str, quoted: str) -> Quote:
    """The quotation of ``text`` whose words are ``quoted`` (the test fails when there is none)."""
    found = {q.text: q for q in extract_quotes(text, language="en")}
    assert quoted in found, list(found)
    return found[quoted]


@pytest.mark.parametrize(("text", "quoted", "kind"), KINDS)
def test_english_kind(text: str, quoted: str, kind: str) -> None:
    q = _english_quote(text, quoted)
    assert q.kind == kind, q


# (language, text, quoted text, expected speaker or None, expected speech?)
SPEAKERS: list[tuple[str, str, str, str | None, bool]] = [
    # a passive report after the quotation: its subject speaks, not the last person named
    ("en", 'Critic Tom Reyes praised the show. Analyst Maria Lopez said the deal was fair. '
           '"Nobody saw this coming," Mr Reyes is reported as saying.',
     "Nobody saw this coming,", "Tom Reyes", True),
    ("en", 'Critic Tom Reyes praised the show. Analyst Maria Lopez said the deal was fair. '
           '"Nobody saw this coming at all this year," Mr Reyes was quoted by the Courier as saying.',
     "Nobody saw this coming at all this year,", "Tom Reyes", True),
    # "report" before "said" is the noun of the subject, not the verb
    ("en", 'Harbour Trust published a study on Monday. '
           '"Coastal towns are shrinking fast," the Harbour Trust report said.',
     "Coastal towns are shrinking fast,", "the Harbour Trust report", True),
    # "the report" is the document, not the body a report was once written about
    ("en", 'The panel published a report into the Harbour Trust network on Monday. '
           'The report said the network had seen an "astonishing" rise in visitors.',
     "astonishing", "The report", True),
    # "the company" is the organisation last named as a subject, not a description of its own
    ("en", 'Oil firm Northwind has posted a record loss.\n\nNorthwind said it expected trading to improve. '
           'Its chief executive, Hannah Voss, said the plan was working. '
           '"Profits will return by next spring," the company said.',
     "Profits will return by next spring,", "Northwind", True),
    # a name first written with a possessive is the full name a lone surname later stands for
    ("en", "Jason Marlowe's winning streak stopped on Sunday when he finished fifth. "
           '"Nobody wins every single race," said Marlowe afterwards.',
     "Nobody wins every single race,", "Jason Marlowe", True),
    # a possessive speaker phrase: its owner speaks, without the "'s"
    ("en", "Dana Whitby's legal action, lodged at a district court, also accuses Mr Sable of negligence, "
           'alleging he "pushed, shoved and threatened" her son.',
     "pushed, shoved and threatened", "Dana Whitby", True),
    # an organisation speaking by its acronym has the full name the article spells out
    ("en", 'Harbour Shipping Lines has cut its forecast. HSL said trade was weak. '
           '"We expect a hard winter," HSL said.',
     "We expect a hard winter,", "Harbour Shipping Lines", True),
    ("en", 'The Guild of Coastal Pilots called a strike. "Our members have had enough," GCP said.',
     "Our members have had enough,", "Guild of Coastal Pilots", True),
    # an indefinite description after the quotation: "a" is the article, not the French auxiliary
    ("en", 'Northwind has opened a new terminal. "We are thrilled," a club spokeswoman said.',
     "We are thrilled,", "a club spokeswoman", True),
    ("en", 'Northwind has opened a new terminal. "We are thrilled," a council spokesman told the BBC.',
     "We are thrilled,", "a council spokesman", True),
    # a role word opening the sentence before a name is not part of the name
    ("en", 'Prosecutor James Kent told the court the firm had ignored the alarms. '
           '"The risk was obvious," he said.',
     "The risk was obvious,", "James Kent", True),
    ("en", 'Sprinter Dale Okoro won the 60m in 6.58 seconds. "I felt sharp from the gun," he said.',
     "I felt sharp from the gun,", "Dale Okoro", True),
    # a short sentence of speech ending on a comma before its attribution, with an apposition
    ("en", '"Prices rose in May," the governor, Ana Ruiz, said.', "Prices rose in May,", "Ana Ruiz", True),
    ("en", '"Prices rose in May," Ana Ruiz, the governor, said.', "Prices rose in May,", "Ana Ruiz", True),
    ("en", '"Prices rose in May," Ana Ruiz, 54, told reporters.', "Prices rose in May,", "Ana Ruiz", True),
    # "she" never means a bare plural of people that spoke in between
    ("en", 'Coach Ellen Marsh was pleased with the win. Critics said the club had been "lucky", but Ms Marsh '
           'dismissed that. "Luck had nothing to do with it," she said.',
     "Luck had nothing to do with it,", "Ellen Marsh", True),
    # a body's possessive before a person's name is not part of the name
    ("en", 'Unions were cautious. "We want guarantees on jobs," said Unite\'s Paul Green.',
     "We want guarantees on jobs,", "Paul Green", True),
    # the pronoun means the person introduced after the last quotation's closing mark
    ("en", 'Skyway chief executive Marco Ferri said: "This order secures our growth."\n\n'
           "Airbus's sales director, Claire Duval, welcomed the order. Speaking in Toulouse, she said it "
           'was "a vote of confidence".',
     "a vote of confidence", "Claire Duval", True),
    # an indefinite description brings in someone new, never a spokesman named earlier
    ("en", 'Green Party spokesman Tom Reid said: "The plan is a mess." A Treasury spokesman said the '
           'minister "fully supports" the plan.',
     "fully supports", "A Treasury spokesman", True),
    # a sport position is a role: "the full-back" is the player just named
    ("en", 'Captain Huw Pryce is fit despite a knock. "I am raring to go," the full-back told reporters.',
     "I am raring to go,", "Huw Pryce", True),
    # "the airline" is the organisation named before, whose name ends as a company's does
    ("en", 'Skyline Airways has cancelled 40 flights. Skyline Airways said passengers would get refunds. '
           'The airline said it was "disappointed" by the strike.',
     "disappointed", "Skyline Airways", True),
    # a body whose name has no name tokens (common nouns after "The") is still a body "the company"
    # may mean; it used to end the whole article with an IndexError
    ("en", 'The Holt Group, which owns the estate, said it would appeal.\n'
           '"We are confident that the courts will side with us," the company said in a statement.',
     "We are confident that the courts will side with us,", "The Holt Group", True),
    # a sentence after words in marks closed by a full stop, whose verb goes on with a clause of
    # its own ("that", its own quotation, a long report), is not their attribution
    ("en", 'The Marden Trust said it would appeal. But a spokeswoman added: "We are certain the ruling '
           'will be overturned." The trust pointed out that its farms, which employ 80 people, supply '
           'only local shops.',
     "We are certain the ruling will be overturned.", "a spokeswoman", True),
    ("en", 'Nora Bell, 31, gave up rowing at 16. "I loved it," she said. "But it took every weekend. '
           '"I wanted to try other sports and see my friends more." Mr Hale, who coaches at a club in '
           'Derby, admitted it was "a real worry" for the sport.',
     "I wanted to try other sports and see my friends more.", "Nora Bell", True),
    ("en", 'Dr Amos Reed said: "Waiting lists are far too long. "Patients deserve much better." '
           "Health board chief Lena Ortiz told Radio 5's morning show it was hard for older patients "
           "to travel to the hospital every week.",
     "Patients deserve much better.", "Amos Reed", True),
    # "she" opening the sentence is its subject: a name set off by commas after its object is not
    # someone new the next "she said" means
    ("en", 'Opera singer Carla Nunez won the main prize. Nunez said: "This means the world to me." '
           'She thanked her first teacher, Maria Bosch, for years of patient support. '
           '"You made all of this possible," she said.',
     "You made all of this possible,", "Carla Nunez", True),
    # a role, then a surname the article wrote in full before: the sentence's subject
    ("en", 'Jon Pike won best director. Actress Ada Moss told the crowd: "We never expected this." '
           'Best actor Pike could not attend, but his agent read a short note from him. '
           '"I am truly sorry not to be with you tonight."',
     "I am truly sorry not to be with you tonight.", "Jon Pike", True),
    # the agent of a passive of judging speaks the marked words
    ("en", 'The council backed the scheme. Mayor Ines Vale praised it. But the scheme was dismissed as '
           '"reckless" by Councillor Tom Hale.',
     "reckless", "Tom Hale", True),
    ("en", 'Mayor Ines Vale defended the bid. The bid was branded "absurd and costly" by critics on Monday.',
     "absurd and costly", "critics", True),
    # a subject praised in a passive with no agent is not the one speaking
    ("en", 'Ana Wolff, who has written 30 novels, was hailed for her "quiet daring and wit". '
           "Her latest book is out in May.",
     "quiet daring and wit", None, True),
    # words with a figure opening with an article are words, not a name with a number
    ("en", 'Ms Ruiz said the backlog was shrinking. The agency was making "a 200% effort" to clear it, '
           'Ms Ruiz added.',
     "a 200% effort", "Ms Ruiz", True),
    # "MEP" is a role before the name
    ("en", 'Borders MEP Hamish Grant said: "The vote was far closer than anyone expected."',
     "The vote was far closer than anyone expected.", "Hamish Grant", True),
    # a surname two people share means the one written in full last
    ("en", 'The show is backed by the sister of Lena Varga.\n\nProducer Mia Varga is one of the judges. '
           '"I will be fair to everyone," said Varga, 41. Entries close in May. '
           '"It is very hard to get noticed," said Varga.',
     "It is very hard to get noticed,", "Mia Varga", True),
    ("en", 'The show is backed by the sister of Lena Varga.\n\nProducer Mia Varga is one of the judges. '
           '"I will be fair to everyone," said Varga, 41.',
     "I will be fair to everyone,", "Mia Varga", True),
    # "the Fed": the clipped first word of a body named before
    ("en", 'The US Federal Reserve kept its key rate at 3%. "Growth has slowed since the spring," '
           'the Fed said in a statement.',
     "Growth has slowed since the spring,", "Federal Reserve", True),
    # a document "states that": its marked words are speech; "its" document is the body's
    ("en", 'The Harbour Trust report states that the port is "in steady decline".',
     "in steady decline", "The Harbour Trust report", True),
    ("en", 'Rivals sued the firm. Ardent filed a brief with the court in defence of its partners. It set '
           'out its case in its filing which states that the apps are "tools like any other".',
     "tools like any other", "Ardent", True),
    # words between straight single marks are quoted too (an apostrophe inside a word, or a plural
    # possessive followed by more words, does not close them); inside double marks, a cited phrase
    ("en", 'Rival firms sued on Monday. "We will see them in court," said Lena Ortiz. Her partner, Tom '
           "Vale, was blunter. 'It's a shakedown, and the fans' anger is real,' he said.",
     "It's a shakedown, and the fans' anger is real,", "Tom Vale", True),
    ("en", "Coach Ivo Marsh said his side had shown 'real grit' in the second half.",
     "real grit", "Ivo Marsh", True),
    ("en", 'Ms Kerr said: "My words were: \'the plan will fail\' and I stand by them."',
     "the plan will fail", None, False),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker", "speech"), SPEAKERS)
def test_english_speaker(lang: str, text: str, quoted: str, speaker: str | None, speech: bool) -> None:
    check_quote_case(lang, text, quoted, speaker, speech)


# (text, quoted text, expected cue)
CUES = [
    # "state" before a role noun is a modifier ("state prosecutor"), not the verb "to state"
    ('The claim was rejected. "The maps did not match the land," state prosecutor Ana Ruiz told '
     'Reuters.', "The maps did not match the land,", "told"),
]


@pytest.mark.parametrize(("text", "quoted", "cue"), CUES)
def test_english_cue(text: str, quoted: str, cue: str) -> None:
    q = _english_quote(text, quoted)
    assert q.cue == cue, q
