"""What the long fuzz runs found, kept as quick tests of the default run."""

from __future__ import annotations

import time

import prcli


def test_a_storm_of_titles_is_no_cubic_name() -> None:
    # found by tests/test_fuzz_cli.py: "M." typed 1,737 times in a row before "he added" was read
    # as one name of 1,737 tokens, and indexing every run of its tokens took 33 s for 59 KB
    text = "“We start again tomorrow,” " + "M." * 1_500 + "he added. “It is done,” said Ms Reed."
    start = time.process_time()
    found = prcli.quotes(text, language="en")
    assert time.process_time() - start < 5  # 21 s before
    assert found
    for q in found:
        assert text[q.start:q.end] == q.text
