"""Result types shared by every analysis.

All results are frozen dataclasses holding exact character offsets into the decoded text:
``text[start:end] == result.text`` always holds. Renderers turn them into JSON, tables or
terminal views; nothing here knows about output formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Kinds of quoted span. Only the first two are speech and are listed by default.
SPEECH_KINDS = ("full", "partial")
QUOTE_KINDS = (*SPEECH_KINDS, "title", "term", "scare")

#: Kinds of figure a ``Stat`` can be.
STAT_KINDS = (
    "count", "money", "percent", "measure", "ordinal", "rank", "year", "date", "time",
    "duration", "age", "score", "other",
)


@dataclass(frozen=True)
class Span:
    """A piece of the input: ``text`` is exactly ``source_text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Span):
    """A block of text between line breaks."""

    index: int


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence with its position; ``boilerplate`` marks outlet lines, trailers and the like."""

    index: int
    paragraph: int
    boilerplate: bool = False


@dataclass(frozen=True)
class SummarySentence(Span):
    """A sentence chosen for the summary; ``reasons`` explains the choice (for ``--explain``)."""

    index: int
    score: float
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "index": self.index, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Quote(Span):
    """A quoted span: ``text`` is what lies between the marks, verbatim."""

    speaker: str | None
    cue: str | None
    kind: str

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker, "cue": self.cue, "kind": self.kind}


@dataclass(frozen=True)
class Stat(Span):
    """A figure: ``value`` after scale words, its ``kind``, ``unit`` and what it ``counts``."""

    value: float | int | None
    kind: str
    unit: str | None = None
    counts: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "kind": self.kind, "unit": self.unit, "counts": self.counts}


@dataclass(frozen=True)
class Analysis:
    """Everything prcli found in one document. Absent analyses are ``None``, not empty."""

    source: str
    language: str
    summary: tuple[SummarySentence, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    stats: tuple[Stat, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "language": self.language}
        if self.summary is not None:
            out["summary"] = [s.to_dict() for s in self.summary]
        if self.quotes is not None:
            out["quotes"] = [q.to_dict() for q in self.quotes]
        if self.stats is not None:
            out["stats"] = [s.to_dict() for s in self.stats]
        return out
