"""Inputs to documents: files, ``-`` for stdin, and directories (searched recursively).

Each input yields either a ``Document`` or a ``Failure``; a bad file never stops the others.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from prcli.inputs.decode import InputError, decode_bytes, printable

#: What a second ``-`` among the inputs says.
STDIN_TWICE = "standard input was read already; give '-' once"

#: Files larger than this are refused unless --max-bytes says otherwise (50 MB).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


# Document and Failure are NamedTuples rather than frozen dataclasses: just as immutable, they
# pickle cheaply to worker processes, and defining them costs ~0.1 ms instead of ~1 ms each at
# start-up (issue 7 counts every millisecond of a `prcli stats` run).


class Document(NamedTuple("Document", [("source", str), ("text", str)])):
    """One article to analyze: where it came from and its decoded text. (The functional
    ``NamedTuple``: the class syntax compiles each string annotation at import.)"""

    __slots__ = ()


class Failure(NamedTuple("Failure", [("source", str), ("message", str)])):
    """An input that could not be read; ``message`` is one line for stderr."""

    __slots__ = ()


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a path or of stdin (``-``), refusing more than ``max_bytes``."""
    if source == "-":
        data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError("no such file; check the path")
        if path.is_dir():
            raise InputError("is a directory; pass the files inside it")
        try:
            with path.open("rb") as fh:
                data = _read_at_most(fh, max_bytes + 1)
        except PermissionError:
            raise InputError("permission denied; check the file's permissions") from None
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes {max_bytes}; raise --max-bytes to analyze it")
    return data


#: Bytes asked for per read: ``read(n)`` sets n bytes aside before reading, so a --max-bytes of
#: terabytes must not be asked for at once (a MemoryError, or an OverflowError past 2**63).
_READ_CHUNK = 1 << 26


def _read_at_most(fh: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``fh``, in reads of at most ``_READ_CHUNK`` bytes (one read, and
    no copy, for any article under 64 MB)."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = fh.read(min(limit - total, _READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def to_document(source: str, data: bytes, encoding: str | None = None) -> Document:
    """Decode and check that there is something to analyze."""
    text = decode_bytes(data, encoding)
    if not text.strip():
        raise InputError("empty or whitespace-only input; nothing to analyze")
    return Document(source, text)


def expand(sources: Iterable[str], patterns: tuple[str, ...] = ("*.txt", "*.md")) -> Iterator[str]:
    """Files as given; directories replaced by their matching files, recursively, sorted."""
    for src in sources:
        if src != "-" and os.path.isdir(src):
            found = sorted({p for pat in patterns for p in Path(src).rglob(pat) if p.is_file()})
            if not found:
                yield src  # reported as a directory with nothing to read
            for p in found:
                yield str(p)
        else:
            yield src


def iter_documents(sources: Iterable[str], *, encoding: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES,
                   patterns: tuple[str, ...] = ("*.txt", "*.md")) -> Iterator[Document | Failure]:
    """Read every input in order, yielding a Document or a Failure for each."""
    read_stdin = False
    for src in expand(sources, patterns):
        if src == "-":
            if read_stdin:  # a second read finds nothing: not an «empty input» to report
                yield Failure(src, STDIN_TWICE)
                continue
            read_stdin = True
        elif os.path.isdir(src):  # what expand yields for a folder with no match
            yield Failure(printable(src), f"no {' or '.join(patterns)} files in this directory; "
                                          "pass the files or change --glob")
            continue
        try:
            yield to_document(printable(src), read_bytes(src, max_bytes), encoding)
        except InputError as e:
            yield Failure(printable(src), str(e))
