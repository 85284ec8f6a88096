"""Quotations settled by their own words (a short expression marked again and again) skip the
attribution loop: the results must be those of the full reading, quotation for quotation.

Every sentence here was written for these tests (none comes from a real article).
"""

from __future__ import annotations

from typing import Any

import pytest

import prcli.quotations.extract as extract
from prcli.quotations import extract_quotes

TEXTS = [
    ("fr", "Les « gilets jaunes » ont défilé samedi. « Nous resterons mobilisés », a déclaré Paul Martin, "
           "porte-parole du collectif. Les « gilets jaunes » reviendront la semaine prochaine, selon lui. "
           "Le ministre annonce que les hausses sont « suspendues ». Les hausses resteront "
           "« suspendues ».\n\n"
           "Lire aussi : « Les gilets jaunes »\n\nAu cri de « Macron démission ! », 300 manifestants ont "
           "défilé. « Macron démission ! » criaient-ils encore le soir."),
    ("fr", "« Il a dit « Il a dit « Il a dit « Il a dit"),
    ("fr", "La maire, Anne Leroy, a parlé d'une « Belle réussite ». « Belle réussite », titre le quotidien. "
           "« Nous avons tenu bon », a-t-elle ajouté."),
    ("ar", "وأطلقت الوزارة مبادرة “مدن خضراء” في عشر مدن. وقال الوزير كريم بنعلي إن “مدن خضراء” "
           "ستتوسع، مضيفا أن “المشروع سيخلق فرصا كثيرة للشباب”. وأكد أن “مدن خضراء” مشروع وطني."),
    ("ar", "قال “ قال “ قال “ قال “ قال “ "),
    ("en", 'The "green deal" was signed on Monday. "We will not raise taxes," said Finance Minister Laura '
           'Benton. Critics called the "green deal" a gamble. "Not this year," she added.'),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_settled_quotations_read_as_the_full_loop_reads_them(lang: str, text: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    settled = extract._settled
    seen: list[int] = []

    def counted(*args: Any) -> set[int]:
        got: set[int] = settled(*args)
        seen.append(len(got))
        return got

    monkeypatch.setattr(extract, "_settled", counted)
    fast = extract_quotes(text, language=lang)
    assert seen and seen[0] > 0  # the text does hold settled quotations
    monkeypatch.setattr(extract, "_settled", lambda *args: set())  # nothing settled: read every quotation
    slow = extract_quotes(text, language=lang)
    assert fast == slow


def test_a_page_of_one_repeated_quotation_is_all_terms() -> None:
    text = "« Il a dit " * 200
    found = extract_quotes(text, language="fr")
    assert len(found) >= 100
    assert {q.kind for q in found} == {"term"}
    assert {q.speaker for q in found} == {None}
    assert all(text[q.start:q.end] == q.text for q in found)
