"""Result types shared by every analysis.

All results are frozen dataclasses holding exact character offsets into the decoded text:
``text[start:end] == result.text`` always holds. Renderers turn them into JSON, tables or
terminal views; nothing here knows about output formats.

Why ``__init__`` is written out and ``@_frozen`` rather than ``@dataclass(frozen=True)``: the
dataclass decorator writes six methods per class as source code and compiles them at import,
which cost every ``prcli`` run about 4 ms of its start-up (issue 7) for these seven classes.
Here ``__init__`` is ordinary code (compiled once into the ``.pyc``) and ``_frozen`` adds the
other methods as shared functions; the classes are still dataclasses (``dataclasses.fields``,
``asdict`` and ``replace`` work), compare and hash by their fields, and refuse assignment.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar

_C = TypeVar("_C", bound=type)


def _frozen(cls: _C) -> _C:
    """What ``@dataclass(frozen=True)`` gives, for a class whose ``__init__`` is written out
    (storing each field in ``__dict__``, or with ``object.__setattr__`` as the quotation
    finder's ``Clause`` and ``MarkedSpan`` do, whose fields are read more often than built):
    field registration, ``__repr__``, ``__eq__`` and ``__hash__`` over the fields in order, and
    ``FrozenInstanceError`` on assignment."""
    dataclass(init=False, repr=False, eq=False)(cls)
    names = tuple(f.name for f in fields(cls))
    values = attrgetter(*names)  # every class here has several fields: a tuple of values

    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(names, values(self), strict=True))
        return f"{self.__class__.__qualname__}({inner})"

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(values(self) == values(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(values(self))

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    for fn in (__repr__, __eq__, __hash__, __setattr__, __delattr__):
        fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
        setattr(cls, fn.__name__, fn)
    return cls

#: Kinds of quoted span. Only the first two are speech and are listed by default.
SPEECH_KINDS = ("full", "partial")
QUOTE_KINDS = (*SPEECH_KINDS, "title", "term", "scare")

#: Kinds of figure a ``Stat`` can be.
STAT_KINDS = (
    "count", "money", "percent", "measure", "ordinal", "rank", "year", "date", "time",
    "duration", "age", "score", "other",
)


@_frozen
class Span:
    """A piece of the input: ``text`` is exactly ``source_text[start:end]``."""

    text: str
    start: int
    end: int

    def __init__(self, text: str, start: int, end: int) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"] = text, start, end


@_frozen
class Paragraph(Span):
    """A block of text between line breaks."""

    index: int

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"], d["index"] = text, start, end, index


@_frozen
class Sentence(Span):
    """A sentence with its position; ``boilerplate`` marks outlet lines, trailers and the like."""

    index: int
    paragraph: int
    boilerplate: bool = False

    def __init__(self, text: str, start: int, end: int, index: int, paragraph: int,
                 boilerplate: bool = False) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"], d["index"] = text, start, end, index
        d["paragraph"], d["boilerplate"] = paragraph, boilerplate


@_frozen
class SummarySentence(Span):
    """A sentence chosen for the summary; ``reasons`` explains the choice (for ``--explain``)."""

    index: int
    score: float
    reasons: tuple[str, ...] = ()

    def __init__(self, text: str, start: int, end: int, index: int, score: float,
                 reasons: tuple[str, ...] = ()) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"], d["index"] = text, start, end, index
        d["score"], d["reasons"] = score, reasons

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "index": self.index, "score": round(self.score, 4)}


@_frozen
class Quote(Span):
    """A quoted span: ``text`` is what lies between the marks, verbatim."""

    speaker: str | None
    cue: str | None
    kind: str

    def __init__(self, text: str, start: int, end: int, speaker: str | None, cue: str | None,
                 kind: str) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"] = text, start, end
        d["speaker"], d["cue"], d["kind"] = speaker, cue, kind

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker, "cue": self.cue, "kind": self.kind}


@_frozen
class Stat(Span):
    """A figure: ``value`` after scale words, its ``kind``, ``unit`` and what it ``counts``."""

    value: float | int | None
    kind: str
    unit: str | None = None
    counts: str | None = None

    def __init__(self, text: str, start: int, end: int, value: float | int | None, kind: str,
                 unit: str | None = None, counts: str | None = None) -> None:
        d = self.__dict__
        d["text"], d["start"], d["end"], d["value"] = text, start, end, value
        d["kind"], d["unit"], d["counts"] = kind, unit, counts

    def to_dict(self) -> dict[str, Any]:
        """The fields in order. ``__init__`` stores exactly these, in this order, and assignment
        is refused, so a copy of ``__dict__`` is that dict (a third of the time on 333,000 figures)."""
        return self.__dict__.copy()


@_frozen
class Analysis:
    """Everything prcli found in one document. Absent analyses are ``None``, not empty."""

    source: str
    language: str
    summary: tuple[SummarySentence, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    stats: tuple[Stat, ...] | None = None

    def __init__(self, source: str, language: str, summary: tuple[SummarySentence, ...] | None = None,
                 quotes: tuple[Quote, ...] | None = None, stats: tuple[Stat, ...] | None = None) -> None:
        d = self.__dict__
        d["source"], d["language"] = source, language
        d["summary"], d["quotes"], d["stats"] = summary, quotes, stats

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "language": self.language}
        if self.summary is not None:
            out["summary"] = [s.to_dict() for s in self.summary]
        if self.quotes is not None:
            out["quotes"] = [q.to_dict() for q in self.quotes]
        if self.stats is not None:
            out["stats"] = [s.to_dict() for s in self.stats]
        return out
