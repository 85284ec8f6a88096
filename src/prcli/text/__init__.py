"""Text core: normalization for matching, tokens, paragraphs, sentences and language.

Every function here works on the decoded input and returns exact offsets into it.
"""

from prcli.text.language import detect_language
from prcli.text.normalize import normalize
from prcli.text.segment import split_paragraphs, split_sentences

__all__ = ["detect_language", "normalize", "split_paragraphs", "split_sentences"]
