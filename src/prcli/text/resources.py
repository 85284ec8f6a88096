"""Loading of the language data files shipped inside the package (loaded once, on first use)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import import_module
from typing import Any, TypeVar

_T = TypeVar("_T")

_lru_cache_wrapper: Any
_CacheInfo: Any
try:  # (CPython's own, which ``functools.cache`` calls: see ``_remembered``)
    from functools import _CacheInfo, _lru_cache_wrapper
except ImportError:  # pragma: no cover
    _lru_cache_wrapper = None


def read_data(package: str, name: str) -> str:
    """The text of ``package/data/name``.

    Read straight from the package's folder when it is one on disk (the usual install): going
    through ``importlib.resources`` costs about 0.6 ms per file against 20 us for ``open``, and
    a ``prcli stats`` run reads eight files (start-up time, issue 7). Packages loaded some other
    way (a zip archive) are read through ``importlib.resources``.
    """
    module = sys.modules.get(package) or import_module(package)
    where = getattr(module, "__file__", None)
    if where:
        folder = os.path.join(os.path.dirname(where), "data")
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                return fh.read()
        except FileNotFoundError:
            if os.path.isdir(folder):
                # the package's data folder is on disk and has no such list (a language without
                # one): say so at once; importing importlib.resources to ask again costs ~1 ms
                raise
        except OSError:
            pass
    from importlib import resources

    return resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")


def read_data_unimported(package: str, name: str) -> str:
    """``read_data`` of a package that need not be imported for it: when it is not loaded yet,
    its folder is found with ``importlib.util.find_spec`` (which imports only its parents), so
    one analysis reads another's list without loading it (the quotes command loads no module of
    prcli.figures: tests/test_batch_startup.py)."""
    if package not in sys.modules:
        from importlib.util import find_spec

        spec = find_spec(package)
        if spec is not None and spec.origin:
            try:
                with open(os.path.join(os.path.dirname(spec.origin), "data", name), encoding="utf-8") as fh:
                    return fh.read()
            except OSError:
                pass  # (not a folder on disk: ``read_data`` imports the package and asks it)
    return read_data(package, name)


@cache
def word_list(package: str, name: str) -> frozenset[str]:
    """Read ``package/data/name`` as a set of lines, ignoring blanks and ``#`` comments."""
    raw = read_data(package, name)
    return frozenset(s for line in raw.splitlines() if (s := line.strip()) and s[0] != "#")


@cache
def table(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Read ``package/data/name`` as tab-separated rows, ignoring blanks and ``#`` comments."""
    raw = read_data(package, name)
    strip = str.strip
    return tuple(tuple(map(strip, line.split("\t"))) for line in raw.splitlines()
                 if (s := line.strip()) and s[0] != "#")


def language_list(package: str, kind: str, lang: str) -> frozenset[str]:
    """The word list ``data/<kind>_<lang>.txt`` of ``package`` (loaded once, as ``word_list``),
    empty for a language that has none (Arabic writes no ordinal suffix)."""
    try:
        return word_list(package, f"{kind}_{lang}.txt")
    except FileNotFoundError:
        return frozenset()


def lazy_words(
    package: str, *names: str, extra: Iterable[str] = (), convert: Callable[[str], str] | None = None
) -> Callable[[], frozenset[str]]:
    """A function returning the union of the word lists ``names`` of ``package`` and of ``extra``
    (marks that belong to the same set, kept in code as they are no language's words), each
    passed through ``convert`` when given, read on its first call and kept.

    Why: a module keeps each word set as a one-line constant (``_vague = lazy_words(...)``, used
    as ``w in _vague()``) that reads nothing at import (start-up time is measured) and costs one
    cached call when used; one list per language and purpose lives in ``data/``.
    """
    marks = tuple(extra)

    def load() -> frozenset[str]:
        words: frozenset[str] = frozenset(marks).union(*(word_list(package, name) for name in names))
        return words if convert is None else frozenset(map(convert, words))

    return _remembered(load)


def lazy_pairs(package: str, *names: str) -> Callable[[], dict[str, str]]:
    """A function returning ``{first column: second column}`` of the tables ``names`` of
    ``package`` (a pronoun and its gender, a sign and its currency), read on its first call and
    kept, for the same reasons as ``lazy_words``. The dict is shared: callers only read it."""

    def load() -> dict[str, str]:
        return {row[0]: row[1] for name in names for row in table(package, name)}

    return _remembered(load)


def _remembered(load: Callable[[], _T]) -> Callable[[], _T]:
    """``functools.cache(load)`` without copying ``load``'s name and docstring onto the wrapper
    (``functools.update_wrapper``): that copy was most of the cost of a ``lazy_words`` line, and
    a ``prcli stats`` run executes about 230 of them at import (start-up time, issue 7). The same
    C wrapper ``cache`` makes (``cache_clear`` and ``__wrapped__`` work); plain ``cache`` where
    the interpreter has no ``functools._lru_cache_wrapper``."""
    if _lru_cache_wrapper is None:
        return cache(load)
    wrapper = _lru_cache_wrapper(load, None, False, _CacheInfo)
    wrapper.__wrapped__ = load
    return wrapper  # type: ignore[no-any-return]
