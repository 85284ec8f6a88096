"""Analyzing a stream of documents, in one process or spread over several.

Output order is input order; results stream as they arrive, and at most a bounded number of
documents is in flight, so memory stays flat however long the archive is.

Why not ``multiprocessing.Pool.imap``: its feeder thread drains the whole input iterator into
the task queue as fast as it can read, so a 10 GB archive would be read into memory ahead of
the workers. Here chunks are submitted only while fewer than ``max_pending`` are unfinished.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TextIO

from prcli import gcpolicy
from prcli.inputs.sources import Document, Failure

if TYPE_CHECKING:
    from concurrent.futures import Future

    from prcli.model import Analysis

#: What the readers yield: a document to analyze, or an input that could not be read.
Item = Document | Failure

#: Documents sent to a worker at once: big enough that inter-process overhead is small next to
#: the analysis, small enough that the first results come quickly.
CHUNK_SIZE = 8
#: A chunk also ends once it holds this many characters, so that in-flight memory stays
#: bounded by size too when the archive holds very long articles.
CHUNK_CHARS = 1_000_000
#: Unfinished chunks per worker: enough to keep every worker busy while the parent writes.
PENDING_PER_WORKER = 3


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory); the message says what to do."""


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


def _work(item: Item, sections: list[str], options: dict[str, Any]) -> Analysis | Failure:
    if isinstance(item, Failure):
        return item
    result = analyze_document(item, sections, options)
    gcpolicy.settle()  # after this process's first document (see prcli.gcpolicy)
    return result


def _work_chunk(chunk: list[Item], sections: list[str], options: dict[str, Any]) -> list[Analysis | Failure]:
    return [_work(item, sections, options) for item in chunk]


def worker_count(jobs: int) -> int:
    """Processes for ``--jobs``: the number given, or with 0 every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def analyze_all(items: Iterable[Item], sections: list[str], options: dict[str, Any], jobs: int = 1, *,
                chunk_size: int = CHUNK_SIZE, max_pending: int | None = None) -> Iterator[Analysis | Failure]:
    """Results in input order. ``jobs`` > 1 uses that many processes (0: all cores).

    At most ``max_pending`` chunks of ``chunk_size`` documents are read ahead of the output
    (default: ``PENDING_PER_WORKER`` per worker). A single document never starts a process pool.
    """
    workers = worker_count(jobs)
    it = iter(items)
    if workers > 1:
        head = list(islice(it, 2))
        it = chain(head, it)
        if len(head) < 2:
            workers = 1
    if workers <= 1:
        for item in it:
            yield _work(item, sections, options)
        return
    yield from _parallel(it, sections, options, workers, chunk_size,
                         max_pending or PENDING_PER_WORKER * workers)


def _chunks(items: Iterator[Item], size: int, max_chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Lists of at most ``size`` items and (beyond their first item) ``max_chars`` characters."""
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Document) else 0
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _ignore_sigint() -> None:
    # Ctrl-C is handled by the parent, which stops the pool; workers must not print tracebacks.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parallel(items: Iterator[Item], sections: list[str], options: dict[str, Any], workers: int,
              chunk_size: int, max_pending: int) -> Iterator[Analysis | Failure]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork starts workers in a few milliseconds and shares the loaded word lists; elsewhere
    # (macOS, Windows) the platform's safe default is used.
    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_ignore_sigint)
    pending: deque[Future[list[Analysis | Failure]]] = deque()
    finished = False
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.submit(_work_chunk, chunk, sections, options))
            # Stream: hand over every finished chunk at the head; block only when the window is full.
            while pending and (len(pending) >= max_pending or pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    except BrokenProcessPool:
        raise WorkerDied("a worker process died (killed, or out of memory?); the documents after "
                         "the last one printed were not analyzed; try --jobs 1 or a smaller --max-bytes"
                         ) from None
    finally:
        pool.shutdown(wait=finished, cancel_futures=True)


BAR_WIDTH = 24


class Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal and the run has
    lasted longer than ``delay`` seconds; never written to stdout.

    ``clear`` removes the line before anything else is written to the same terminal.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, delay: float = 1.0,
                 interval: float = 0.25, total: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"
        self.enabled = enabled
        self.start = time.monotonic()
        self.next_draw = self.start + delay
        self.interval = interval
        self.total = total
        self.done = 0
        self.skipped = 0
        self.shown = False

    def step(self, skipped: bool = False) -> None:
        """Count one document; redraw at most every ``interval`` seconds."""
        self.done += 1
        self.skipped += skipped
        if self.enabled:
            now = time.monotonic()
            if now >= self.next_draw:
                self.next_draw = now + self.interval
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-6)
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        if self.total:
            filled = min(BAR_WIDTH, BAR_WIDTH * self.done // self.total)
            bar = "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "] "
            line = f"prcli: {bar}{self.done}/{self.total} documents, {rate:.0f}/s{skipped}"
        else:
            line = f"prcli: {self.done} documents, {rate:.0f}/s{skipped}"
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line (before an error message, or output to the same terminal)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
