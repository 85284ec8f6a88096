"""Long fuzz run, kept out of the default test run.

    python -m pytest -m fuzz tests/test_fuzz.py -s          # 20,000 inputs per property by default
    PRCLI_FUZZ_EXAMPLES=100000 python -m pytest -m fuzz tests/test_fuzz.py -s

Hypothesis generates texts from article-like pieces (Arabic, quote marks, numbers, controls) and from
arbitrary Unicode, runs the whole library on each, and checks that nothing raises and every span is
exact. It prints how many inputs it tried.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prcli import api
from test_properties import TEXTS, _exact

N = int(os.environ.get("PRCLI_FUZZ_EXAMPLES", "20000"))
TRIED = {"n": 0}


@pytest.mark.fuzz
@settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.one_of(TEXTS, st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace"))))
def test_fuzz_library(text):
    TRIED["n"] += 1
    result = api.analyze(text, all_quotes=True, sentences=10_000)
    _exact(text, result.summary or ())
    _exact(text, result.quotes or ())
    _exact(text, result.stats or ())


@pytest.mark.fuzz
def test_report_count():
    print(f"\nfuzz: {TRIED['n']} inputs tried")
