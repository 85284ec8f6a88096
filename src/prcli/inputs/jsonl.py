"""Archives as JSON Lines: one article per line, text and id taken from named fields.

A bad record (invalid JSON, no text field, empty text) is reported with its line number and
skipped; the rest go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from prcli.inputs.decode import InputError
from prcli.inputs.sources import DEFAULT_MAX_BYTES, Document, Failure, expand


def _lines(source: str) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    return open(source, "rb")


def iter_jsonl(sources: Iterable[str], *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               text_field: str = "text", id_field: str = "id",
               patterns: tuple[str, ...] = ("*.jsonl",)) -> Iterator[Document | Failure]:
    """Documents from JSON Lines files; ``max_bytes`` applies to each record."""
    enc = encoding or "utf-8"
    for src in expand(sources, patterns):
        try:
            fh = _lines(src)
        except FileNotFoundError:
            yield Failure(src, "no such file; check the path")
            continue
        except IsADirectoryError:
            yield Failure(src, "is a directory with no matching files")
            continue
        except OSError as e:
            yield Failure(src, f"cannot read: {e.strerror or e}")
            continue
        try:
            for n, raw in enumerate(fh, 1):
                where = f"{src}:{n}"
                if not raw.strip():
                    continue
                if len(raw) > max_bytes:
                    yield Failure(where, f"record larger than --max-bytes {max_bytes}; skipped")
                    continue
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
                yield Document(str(ident) if ident is not None else where, text)
        except InputError as e:
            yield Failure(src, str(e))
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
