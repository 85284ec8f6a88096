"""Archives as JSON Lines: one article per line, text and id taken from named fields.

A bad record (invalid JSON, no text field, empty text) is reported with its line number and
skipped; the rest go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from prcli.inputs.decode import is_text_codec, printable
from prcli.inputs.sources import DEFAULT_MAX_BYTES, STDIN_TWICE, Document, Failure, expand


def _lines(source: str) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    return open(source, "rb")


def _ident(value: object) -> str:
    """The record's id as shown in `source`: strings as they are, anything else as compact JSON
    (an object or list id must read as JSON in the output, not as Python's repr)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _bounded_lines(fh: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of ``fh``; a line longer than ``max_bytes`` is skipped without being held in
    memory and yields None in its place (memory stays flat even on a file with no newline)."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drop the rest of the record
                line = fh.readline(1 << 20)
            yield None
        else:
            yield line


def iter_jsonl(sources: Iterable[str], *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               text_field: str = "text", id_field: str = "id",
               patterns: tuple[str, ...] = ("*.jsonl",)) -> Iterator[Document | Failure]:
    """Documents from JSON Lines files; ``max_bytes`` applies to each record."""
    enc = encoding or "utf-8"
    if not is_text_codec(enc):
        for src in expand(sources, patterns):
            yield Failure(printable(src), f"unknown encoding {enc!r}; try utf-8, utf-16 or cp1256")
        return
    utf16 = enc.lower().replace("_", "-").startswith("utf-16")

    def binary(data: bytes) -> bool:
        return b"\x00" in data and not utf16

    read_stdin = False
    for path in expand(sources, patterns):
        src = printable(path)  # as shown in messages and `source`; `path` is what is opened
        if path == "-":
            if read_stdin:
                yield Failure(src, STDIN_TWICE)
                continue
            read_stdin = True
        try:
            fh = _lines(path)
        except FileNotFoundError:
            yield Failure(src, "no such file; check the path")
            continue
        except IsADirectoryError:
            yield Failure(src, f"no {' or '.join(patterns)} files in this directory; "
                               "pass the files or change --glob")
            continue
        except OSError as e:
            yield Failure(src, f"cannot read: {e.strerror or e}")
            continue
        try:
            peek = getattr(fh, "peek", None)
            if peek is not None and binary(peek(8192)[:8192]):  # say it once, not once per line
                yield Failure(src, "binary content (NUL bytes), not JSON Lines; skipped")
                continue
            records = 0
            for n, raw in enumerate(_bounded_lines(fh, max_bytes), 1):
                where = f"{src}:{n}"
                if raw is None:
                    records += 1
                    yield Failure(where, f"record larger than --max-bytes {max_bytes}; skipped")
                    continue
                if not raw.strip():
                    continue
                records += 1
                if binary(raw):
                    yield Failure(src, "binary content (NUL bytes), not JSON Lines; rest of the file skipped")
                    break
                try:
                    rec = json.loads(raw.decode(enc, errors="replace").lstrip("\ufeff"))
                except json.JSONDecodeError as e:
                    yield Failure(where, f"invalid JSON ({e.msg}); skipped")
                    continue
                if not isinstance(rec, dict):
                    yield Failure(where, "not a JSON object; skipped")
                    continue
                text = rec.get(text_field)
                if not isinstance(text, str):
                    yield Failure(where, f"no text field {text_field!r} (set --text-field); skipped")
                    continue
                if not text.strip():
                    yield Failure(where, "empty text; skipped")
                    continue
                ident = rec.get(id_field)
                # JSON may escape lone surrogates (\\ud800): unprintable, shown as U+FFFD
                yield Document(printable(_ident(ident)) if ident is not None else where, printable(text))
            if not records:
                yield Failure(src, "no records (empty archive); nothing to analyze")
        except OSError as e:
            yield Failure(src, f"cannot read: {e.strerror or e}")
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
