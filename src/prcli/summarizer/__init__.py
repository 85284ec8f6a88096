"""Extractive summarization: pick the sentences that carry the story, in article order."""

from prcli.summarizer.select import summarize

__all__ = ["summarize"]
