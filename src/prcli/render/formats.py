"""Serializers for scripts: json, jsonl, tsv, csv, md and plain text. All logical order.

Each ``Writer`` receives documents one at a time (so output streams), and ``close`` ends
the output (the JSON array bracket, for instance). Nothing here imports Rich.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from prcli.model import Analysis

#: Columns of the tabular formats, per analysis; ``analyze`` uses ITEM_COLUMNS.
# The heading each section has in text and Markdown (the terminal view says "Figures" too)
TITLES = {"summary": "Summary", "quotes": "Quotes", "stats": "Figures"}
COLUMNS = {
    "summary": ["source", "index", "start", "end", "score", "text"],
    "quotes": ["source", "start", "end", "kind", "speaker", "cue", "text"],
    "stats": ["source", "start", "end", "kind", "value", "unit", "counts", "text"],
}
ITEM_COLUMNS = ["source", "item", "start", "end", "kind", "value", "unit", "speaker", "cue", "counts",
                "score", "text"]
_ITEM_NAME = {"summary": "sentence", "quotes": "quote", "stats": "stat"}


def clean_line(text: str) -> str:
    """``prcli.render.safety.clean_line``, imported on first use: JSON output never needs it,
    and its patterns cost a ``prcli ... --format json`` run a noticeable share of its start-up."""
    from prcli.render.safety import clean_line as clean

    return clean(text)


def to_json(obj: Any, indent: int | None = None) -> str:
    """UTF-8 JSON (not \\u-escaped).

    Indented output is what ``json.dumps(obj, ensure_ascii=False, indent=indent)`` writes,
    byte for byte, but the lists of flat records of a document (its stats, quotes, sentences)
    go through the C encoder: Python's own indenting encoder cost ``--format json`` more than
    the analysis on figure-dense input (3.5 s for 333,000 figures, 1.2 s this way)."""
    return "".join(json_pieces(obj, indent))


def json_pieces(obj: Any, indent: int | None = None) -> list[str]:
    """``to_json(obj, indent)`` as pieces to write one after the other. A writer that writes them
    copies none of the big ones again: 333,000 figures make 53 MB of JSON, and each ``a + b``
    of it was one more copy (and fresh memory the system had to map) than the one ``join``."""
    if indent is None or type(obj) is not dict or not obj or not all(type(k) is str for k in obj):
        return [json.dumps(obj, ensure_ascii=False, indent=indent)]
    pad = "\n" + " " * indent
    out = ["{"]
    for n, (key, value) in enumerate(obj.items()):
        out.append(("," if n else "") + pad + json.dumps(key, ensure_ascii=False) + ": ")
        if _flat_records(value):
            out.extend(_records(value, indent))
        else:
            out.append(json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", pad))
    out.append("\n}")
    return out


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _flat_records(value: Any) -> bool:
    """A non-empty list of non-empty dicts whose values are all scalars."""
    return type(value) is list and bool(value) and all(
        type(d) is dict and d and _SCALARS.issuperset(map(type, d.values())) for d in value)


def _records(items: list[dict[str, Any]], indent: int) -> list[str]:
    """``json.dumps(items, indent=indent)`` for flat records one level down in a document, in
    three pieces: one C-encoded line, its field separator already the indented one, whose record
    boundaries are then turned into the indented layout (a record boundary is the only place
    where ``}`` + separator + ``{`` occurs: strings escape line breaks)."""
    outer = "\n" + " " * (2 * indent)
    inner = "\n" + " " * (3 * indent)
    sep = "," + inner
    flat = json.dumps(items, ensure_ascii=False, separators=(sep, ": "))[2:-2]  # without "[{" "}]"
    return ["[" + outer + "{" + inner, flat.replace("}" + sep + "{", outer + "}," + outer + "{" + inner),
            outer + "}\n" + " " * indent + "]"]


def format_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    return str(v)


def rows(doc: dict[str, Any], sections: list[str]) -> list[dict[str, Any]]:
    """Flat rows of one document's results; with several sections each row names its item."""
    out: list[dict[str, Any]] = []
    for sec in sections:
        for item in doc.get(sec, []):
            row = {"source": doc["source"], **item}
            if len(sections) > 1:
                row["item"] = _ITEM_NAME[sec]
            out.append(row)
    if len(sections) > 1:
        out.sort(key=lambda r: (r["start"], r["item"]))
    return out


class Writer:
    """Streams documents to ``out`` in one format."""

    def __init__(self, out: TextIO, sections: list[str]) -> None:
        self.out = out
        self.sections = sections
        self.count = 0
        #: ``--explain``: each summary sentence also carries ``reasons`` (a list of strings)
        self.explain = False

    @property
    def columns(self) -> list[str]:
        return ITEM_COLUMNS if len(self.sections) > 1 else COLUMNS[self.sections[0]]

    def write(self, analysis: Analysis) -> None:
        doc = analysis.to_dict()
        if self.explain and analysis.summary:
            for item, sentence in zip(doc["summary"], analysis.summary, strict=True):
                item["reasons"] = list(sentence.reasons)
        self.emit(doc)
        self.count += 1

    def emit(self, doc: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """End the output (called once, after the last document)."""


#: Characters per ``write`` of a big JSON document.
_WRITE_SLICE = 1 << 20


class JsonWriter(Writer):
    """One document: an object. Several: an array, streamed element by element."""

    def __init__(self, out: TextIO, sections: list[str], many: bool) -> None:
        super().__init__(out, sections)
        self.many = many

    def emit(self, doc: dict[str, Any]) -> None:
        if self.many:
            body = "\n".join("  " + line for line in to_json(doc, indent=2).splitlines())
            self.out.write(("[\n" if self.count == 0 else ",\n") + body)
        else:
            for piece in json_pieces(doc, indent=2):
                # in slices: the stream encodes what it is given at once, and memory that big is
                # fresh pages every time, where a slice's reuses the last one's
                for k in range(0, len(piece), _WRITE_SLICE):
                    self.out.write(piece[k : k + _WRITE_SLICE])
            self.out.write("\n")
        self.out.flush()

    def close(self) -> None:
        if self.many:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")


class JsonlWriter(Writer):
    def emit(self, doc: dict[str, Any]) -> None:
        self.out.write(to_json(doc) + "\n")
        self.out.flush()


class DelimitedWriter(Writer):
    """TSV or CSV with one header line; tabs and line breaks inside cells become spaces."""

    def __init__(self, out: TextIO, sections: list[str], delimiter: str) -> None:
        super().__init__(out, sections)
        self.delimiter = delimiter

    def _line(self, cells: list[str]) -> str:
        if self.delimiter == "\t":
            return "\t".join(clean_line(c) for c in cells) + "\n"
        import csv  # only this format needs it

        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([clean_line(c) for c in cells])
        return buf.getvalue()

    def emit(self, doc: dict[str, Any]) -> None:
        if self.count == 0:
            self.out.write(self._line(self.columns))
        for row in rows(doc, self.sections):
            self.out.write(self._line([format_value(row.get(c)) for c in self.columns]))
        self.out.flush()


class MarkdownWriter(Writer):
    """A heading per document and a table per analysis."""

    def emit(self, doc: dict[str, Any]) -> None:
        out = [f"## {_md(doc['source'])}", "", f"Language: {doc['language']}", ""]
        for sec in self.sections:
            cols = [c for c in COLUMNS[sec] if c != "source"]
            out += [f"### {TITLES[sec]}", "", "| " + " | ".join(cols) + " |",
                    "|" + "---|" * len(cols)]
            for item in doc.get(sec, []):
                out.append("| " + " | ".join(_md(format_value(item.get(c))) for c in cols) + " |")
            out.append("")
        self.out.write(("\n" if self.count else "") + "\n".join(out))
        self.out.flush()


def _md(s: str) -> str:
    return clean_line(s).replace("|", "\\|")


#: What an empty section says: in a titled report under its title, alone on stderr.
_NOTHING = {"summary": "no sentences to summarize", "quotes": "no quotations found",
            "stats": "no figures found"}


class TextWriter(Writer):
    """Plain logical lines. summarize: exactly one summary sentence per line.

    A section with nothing in it is never silent: a titled report (``analyze``) says ``(none)``
    under the title; a single analysis keeps stdout empty (``wc -l`` and ``grep -c`` stay right)
    and says so on ``notes`` (stderr), exit status unchanged.
    """

    def __init__(self, out: TextIO, sections: list[str], many: bool,
                 line_hook: Callable[[str], list[str]] | None = None,
                 notes: TextIO | None = None, listed_all: bool = False) -> None:
        super().__init__(out, sections)
        self.many = many
        self.listed_all = listed_all  # --all given: the hint about it is no help
        self.line_hook = line_hook  # visual mode: wraps and reorders each line for the terminal
        self.notes = notes

    def _put(self, line: str) -> None:
        for part in self.line_hook(line) if self.line_hook else [line]:
            self.out.write(part + "\n")

    def emit(self, doc: dict[str, Any]) -> None:
        if self.many:
            if self.count:
                self.out.write("\n")
            self.out.write(f"==> {clean_line(doc['source'])} <==\n")
        titled = len(self.sections) > 1
        for sec in self.sections:
            if titled:
                self.out.write(TITLES[sec] + ":\n")
            items = doc.get(sec, [])
            for item in items:
                self._put(text_line(sec, item))
            if sec == "summary" and self.explain:
                for item in items:  # as the terminal view: after the sentences, one line each
                    self._put(f"#{item['index']}: " + clean_line("; ".join(item.get("reasons", ()))))
            if not items:
                self._nothing(doc, sec, titled)
            if titled and sec != self.sections[-1]:
                self.out.write("\n")
        self.out.flush()

    def _nothing(self, doc: dict[str, Any], section: str, titled: bool) -> None:
        """Say that ``section`` of ``doc`` is empty (see the class docstring)."""
        if titled:
            self.out.write("(none)\n")
        elif self.notes is not None:
            hint = "; --all also lists titles and names in quotation marks" \
                if section == "quotes" and not self.listed_all else ""
            self.notes.write(f"prcli: {clean_line(doc['source'])}: {_NOTHING[section]}{hint}\n")
            self.notes.flush()


def text_line(section: str, item: dict[str, Any]) -> str:
    """One result as a readable line (logical order)."""
    text = clean_line(str(item["text"]))
    if section == "summary":
        return text
    if section == "quotes":
        who = clean_line(item["speaker"] or "(unattributed)")
        kind = "" if item["kind"] in ("full", "partial") else f" [{item['kind']}]"
        return f"{who}: “{text}”{kind}"
    fields = [text, item["kind"], format_value(item["value"]), item["unit"] or "", item["counts"] or ""]
    return "\t".join(clean_line(f) for f in fields)


FORMATS = ("rich", "text", "json", "jsonl", "tsv", "csv", "md")


def make_writer(fmt: str, out: TextIO, sections: list[str], many: bool,
                line_hook: Callable[[str], list[str]] | None = None,
                notes: TextIO | None = None, listed_all: bool = False, explain: bool = False) -> Writer:
    """The writer for a non-rich format; ``explain`` adds each summary sentence's reasons (json,
    jsonl: a ``reasons`` list; text: a ``#INDEX: reasons`` line per sentence after the summary)."""
    writer: Writer
    if fmt == "json":
        writer = JsonWriter(out, sections, many)
    elif fmt == "jsonl":
        writer = JsonlWriter(out, sections)
    elif fmt == "tsv":
        writer = DelimitedWriter(out, sections, "\t")
    elif fmt == "csv":
        writer = DelimitedWriter(out, sections, ",")
    elif fmt == "md":
        writer = MarkdownWriter(out, sections)
    elif fmt == "text":
        writer = TextWriter(out, sections, many, line_hook, notes, listed_all)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    writer.explain = explain and fmt in ("json", "jsonl", "text")
    return writer
