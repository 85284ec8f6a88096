"""Text core: normalization for matching, tokens, paragraphs, sentences and language.

Every function here works on the decoded input and returns exact offsets into it.

* ``prcli.text.normalize``: ``fold`` (same length, to find things) and ``normalize`` (to
  compare words), with ``normalize_with_map`` when a match must be mapped back.
* ``prcli.text.tokens``: ``tokenize`` (words and numbers with offsets), ``lookup`` (word lists
  through Arabic proclitics), ``light_stem``, ``stopwords``/``is_stopword``, ``terms``.
* ``prcli.text.segment``: ``split_paragraphs``, ``split_sentences`` (with boilerplate flags
  from ``prcli.text.boilerplate``).
* ``prcli.text.pairs``: ``quote_pairs`` (quotation marks paired per paragraph).
* ``prcli.text.language``: ``detect_language``, ``paragraph_language``, ``paragraph_languages``.
"""

from prcli.text.language import detect_language, paragraph_language, paragraph_languages
from prcli.text.normalize import fold, normalize, normalize_with_map
from prcli.text.pairs import quote_pairs
from prcli.text.segment import split_paragraphs, split_sentences
from prcli.text.tokens import Token, is_stopword, light_stem, lookup, terms, tokenize

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
    "split_paragraphs",
    "split_sentences",
    "terms",
    "tokenize",
]
