"""Analyzing a stream of documents, in one process or spread over several.

Output order is input order; results stream as they arrive, and at most a bounded number of
documents is in flight, so memory stays flat however long the archive is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from prcli.inputs.sources import Document, Failure
from prcli.model import Analysis

_SECTION_TO_ANALYSIS = {"summary": "summary", "quotes": "quotes", "stats": "stats"}


def analyze_document(doc: Document, sections: list[str], options: dict[str, Any]) -> Analysis | Failure:
    """One document through the requested analyses; an unexpected error becomes a Failure."""
    from prcli.api import analyze

    try:
        return analyze(doc.text, source=doc.source, include=sections, **options)
    except RecursionError:
        return Failure(doc.source, "input too deeply nested to analyze; please report this file")
    except MemoryError:
        return Failure(doc.source, "out of memory; try a smaller --max-bytes or split the file")
    except Exception as e:  # a bug must not lose the other documents' results
        return Failure(doc.source, f"internal error ({type(e).__name__}: {e}); please report this file")


def _work(args: tuple[Document | Failure, list[str], dict[str, Any]]) -> Analysis | Failure:
    item, sections, options = args
    return item if isinstance(item, Failure) else analyze_document(item, sections, options)


def analyze_all(items: Iterable[Document | Failure], sections: list[str], options: dict[str, Any],
                jobs: int = 1) -> Iterator[Analysis | Failure]:
    """Results in input order. ``jobs`` > 1 uses that many processes (0: all cores)."""
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1:
        for item in items:
            yield _work((item, sections, options))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_work, ((it, sections, options) for it in items), chunksize=8)
