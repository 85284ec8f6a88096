"""The linear models stacked on the rules: fitting, scoring and the weights file round trip."""

from __future__ import annotations

from prcli.learning.linear import LinearModel, parse_weights
from prcli.learning.train import fit_binary, fit_ranker, folds


def test_binary_model_learns_a_clue_and_its_opposite() -> None:
    data = [({"cue": 1.0}, True)] * 20 + [({"title_noun": 1.0}, False)] * 20
    m = fit_binary(data)
    assert m.probability({"cue": 1.0}) > 0.9
    assert m.probability({"title_noun": 1.0}) < 0.1


def test_ranker_prefers_the_candidate_with_the_winning_feature() -> None:
    groups = [([{"far": 1.0}, {"near": 1.0, "far": 0.0}], 1)] * 15 + [([{"near": 1.0}, {"far": 1.0}], 0)] * 15
    m = fit_ranker(groups)
    assert m.best([{"far": 1.0}, {"near": 1.0}]) == 1
    assert m.best([]) == -1


def test_weights_file_round_trip_keeps_scores() -> None:
    m = LinearModel({"__bias__": -0.5, "a": 1.25, "b": -2.0, "zero": 0.0})
    text = m.to_tsv("trained on nothing")
    assert text.startswith("# trained on nothing\n") and "zero" not in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    back = parse_weights(rows)
    assert back.score({"a": 1.0, "b": 1.0}) == m.score({"a": 1.0, "b": 1.0})


def test_folds_split_articles_without_overlap() -> None:
    ids = [f"a{i}" for i in range(23)] * 2
    parts = folds(ids, k=5)
    assert sum(len(p) for p in parts) == 23
    assert all(not (p & q) for i, p in enumerate(parts) for q in parts[i + 1:])
