"""prcli: what matters in a press release or news article: summary, quotes with speakers, figures.

The library API is a pure function of text, usable without Typer or Rich::

    import prcli
    result = prcli.analyze(text)          # Analysis with summary, quotes and stats
    prcli.summarize(text, sentences=3)    # tuple of SummarySentence
    prcli.quotes(text)                    # tuple of Quote (speech only; include_all=True for all)
    prcli.stats(text, kinds={"money"})    # tuple of Stat

Names are imported lazily so that ``import prcli`` costs nothing until used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from prcli.api import analyze, quotes, stats, summarize
    from prcli.inputs.decode import decode_bytes

__all__ = ["__version__", "analyze", "decode_bytes", "quotes", "stats", "summarize"]


def __getattr__(name: str) -> Any:
    if name in ("analyze", "quotes", "stats", "summarize"):
        from prcli import api

        return getattr(api, name)
    if name == "decode_bytes":
        from prcli.inputs.decode import decode_bytes

        return decode_bytes
    raise AttributeError(f"module 'prcli' has no attribute {name!r}")
