"""Text core: normalization for matching, tokens, paragraphs, sentences and language.

Every function here works on the decoded input and returns exact offsets into it.

* ``prcli.text.normalize``: ``fold`` (same length, to find things) and ``normalize`` (to
  compare words), with ``normalize_with_map`` when a match must be mapped back.
* ``prcli.text.tokens``: ``tokenize`` (words and numbers with offsets), ``lookup`` (word lists
  through Arabic proclitics), ``light_stem``, ``stopwords``/``is_stopword``, ``terms``.
* ``prcli.text.segment``: ``split_paragraphs``, ``split_sentences`` (with boilerplate flags
  from ``prcli.text.boilerplate``).
* ``prcli.text.pairs``: ``quote_pairs`` (quotation marks paired per paragraph).
* ``prcli.text.wrap``: ``soft_breaks`` (the line breaks of a hard-wrapped text that are wraps
  inside a paragraph) and ``unwrap`` (a same-length copy with those breaks made spaces).
* ``prcli.text.language``: ``detect_language``, ``paragraph_language``, ``paragraph_languages``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Where each public name lives. Imported on first use, so that a command that needs only
#: ``fold`` does not pay for the sentence splitter (start-up time).
_HOME = {
    "detect_language": "language", "paragraph_language": "language", "paragraph_languages": "language",
    "fold": "normalize", "normalize": "normalize", "normalize_with_map": "normalize",
    "quote_pairs": "pairs", "split_paragraphs": "segment", "split_sentences": "segment",
    "Token": "tokens", "is_stopword": "tokens", "light_stem": "tokens", "lookup": "tokens",
    "terms": "tokens", "tokenize": "tokens", "soft_breaks": "wrap", "unwrap": "wrap",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f"prcli.text.{_HOME[name]}"), name)
    raise AttributeError(f"module 'prcli.text' has no attribute {name!r}")


__all__ = [
    "Token",
    "detect_language",
    "fold",
    "is_stopword",
    "light_stem",
    "lookup",
    "normalize",
    "normalize_with_map",
    "paragraph_language",
    "paragraph_languages",
    "quote_pairs",
    "soft_breaks",
    "split_paragraphs",
    "split_sentences",
    "terms",
    "tokenize",
    "unwrap",
]
