"""Attribution: the cue that governs each quotation and the phrase naming its speaker.

Ordered, high-precision sieves (as in Muzny et al.'s quote attribution): a cue right after
the quotation ("…", he said / «…», a-t-il ajouté / «…»، يقول الوزير), then the nearest cue
before it in the same sentence (with its subject, or the subject of the main clause for an
Arabic ḥāl participle), then a colon or dash introduction, then the last speaker. A cue found
after one quotation is not reused for a later one unless that one continues it ("…," he said,
"…"). Pronouns and dropped subjects take the last explicit speaker that agrees in gender.

Here: the public names, re-exported. The attributor is a chain of layered classes in
``prcli.quotations.attribution``, one module per concern, each using only those below it: ``base``,
``cues``, ``phrases``, ``arabic``, ``french``, ``english``, ``clauses``, ``sieves`` (``Attributor``,
the top one).
"""

from __future__ import annotations

from prcli.quotations.attribution.base import Clause as Clause
from prcli.quotations.attribution.french import elided_name as elided_name
from prcli.quotations.attribution.phrases import _ar_label_before as _ar_label_before
from prcli.quotations.attribution.phrases import _fr_du_des as _fr_du_des
from prcli.quotations.attribution.sieves import Attributor as Attributor
from prcli.quotations.people import Person


def pick(people: list[Person], number: str) -> Person | None:
    """The first person agreeing with ``number`` (m/f/p/?)."""
    for p in people:
        if number in ("?",) or p.gender in ("?", number) or (number == "p" and p.gender == "p"):
            return p
    return None
