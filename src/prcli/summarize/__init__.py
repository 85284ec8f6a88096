"""Extractive summarization: pick the sentences that carry the story, in article order."""

from __future__ import annotations

import sys
import types
from typing import Any

from prcli.model import SummarySentence
from prcli.summarize.select import summarize

__all__ = ["summarize"]


class _CallablePackage(types.ModuleType):
    """``prcli.summarize`` names both the library function and this package. Importing the
    package makes Python bind the *package* to the ``prcli.summarize`` attribute, hiding the
    function; calling the package therefore does what calling the function does."""

    def __call__(self, text: str, **options: Any) -> tuple[SummarySentence, ...]:
        from prcli.api import summarize as api_summarize

        return api_summarize(text, **options)


sys.modules[__name__].__class__ = _CallablePackage
