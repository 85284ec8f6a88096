"""The rich terminal view. The only module that imports Rich's layout machinery.

Every piece of article text goes through ``cell_text``: cleaned of controls and escapes,
never parsed as markup, and, in visual bidi mode, shaped, wrapped at the width Rich gives
it, reordered line by line and right-aligned when right-to-left.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from prcli.model import Analysis
from prcli.render.bidi import base_direction, has_rtl, reshape, visual_line, visual_lines
from prcli.render.formats import format_value
from prcli.render.safety import clean_for_terminal

DATE_KINDS = ("year", "date", "time")
#: A terminal view lists at most this many rows per table; the serial formats have them all.
MAX_ROWS = 1000


class BidiText:
    """Article text laid out for a terminal that does no BiDi: wrapped at the width Rich gives
    it (a table cell, a panel), then each line reordered and RTL lines right-justified."""

    def __init__(self, text: str, style: str | Style = "") -> None:
        self.text = clean_for_terminal(text)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        style = console.get_style(self.style) if self.style else Style()
        for line in visual_lines(self.text, options.max_width):
            yield Segment(line, style)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """Measured on the shaped text (ligatures and removed harakat change the width)."""
        shaped = reshape(self.text)
        longest = max((cell_len(w) for w in shaped.split()), default=1)
        return Measurement(min(longest, options.max_width), min(cell_len(shaped), options.max_width))


class BidiPanel:
    """A Panel whose title is article text: fitted to the panel's width before reordering, and
    right-aligned when right-to-left in visual mode (Rich would cut a reordered title at the
    wrong end)."""

    def __init__(self, renderable: RenderableType, title: str, visual: bool, border_style: str) -> None:
        self.renderable, self.title, self.visual = renderable, clean_for_terminal(title), visual
        self.border_style = border_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = max(0, options.max_width - 6)  # corners, one rule cell each side, title padding
        rtl = self.visual and base_direction(self.title) == "R"
        title = visual_line(self.title, room) if self.visual else self.title
        yield Panel(self.renderable, title=Text(title, style="bold"),
                    title_align="right" if rtl else "left", border_style=self.border_style)


def cell_text(text: str, visual: bool, style: str = "") -> RenderableType:
    """Article text as a safe renderable: BidiText in visual mode when it holds RTL letters,
    otherwise a literal Text (markup never interpreted)."""
    if visual and has_rtl(text):
        return BidiText(text, style)
    return Text(clean_for_terminal(text), style=style)


def _summary_view(a: Analysis, visual: bool) -> RenderableType:
    table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
    table.add_column("#", justify="right", width=3, no_wrap=True)
    table.add_column("sentence", ratio=1)
    table.add_column("score", justify="right", width=6, no_wrap=True)
    for s in a.summary or ():
        table.add_row(str(s.index), cell_text(s.text, visual), f"{s.score:.2f}")
    return Panel(table, title=Text("Summary", style="bold"), title_align="left", border_style="cyan")


def _more(n: int, what: str) -> Text:
    return Text(f"… and {n} more {what} (the json, tsv and text formats list them all)", style="dim")


def _quotes_view(a: Analysis, visual: bool) -> RenderableType:
    groups: dict[str, list[Any]] = {}
    quotes = a.quotes or ()
    for q in quotes[:MAX_ROWS]:
        key = q.speaker or "(unattributed)" if q.is_speech else f"[{q.kind}]"
        groups.setdefault(key, []).append(q)
    parts: list[RenderableType] = []
    for speaker, qs in groups.items():
        table = Table(show_header=False, expand=True, box=None, pad_edge=False)
        with_cue = any(q.cue for q in qs)
        # right-to-left reading: the quote takes the right side, its cue the left
        rtl = visual and any(base_direction(clean_for_terminal(q.text)) == "R" for q in qs)
        if with_cue and rtl:
            table.add_column("cue", width=14)
        table.add_column("quote", ratio=1)
        if with_cue and not rtl:
            table.add_column("cue", width=14)
        for q in qs:
            row = [cell_text("“" + q.text + "”", visual)]
            if with_cue:
                cue = cell_text(q.cue or "", visual, "dim")
                row = [cue, *row] if rtl else [*row, cue]
            table.add_row(*row)
        parts.append(BidiPanel(table, speaker, visual, border_style="green"))
    if len(quotes) > MAX_ROWS:
        parts.append(_more(len(quotes) - MAX_ROWS, "quotations"))
    if not parts:
        parts.append(Text("No quotations found.", style="dim"))
    return Group(*parts)


class StatsTable:
    """The figures table, laid out for the width it gets: with a column per field when wide, and
    on narrow terminals with the unit beside the value and what is counted under the figure,
    so that the Arabic columns keep room for whole words."""

    WIDE = 90

    def __init__(self, items: Iterable[Any], visual: bool, title: str) -> None:
        self.items, self.visual, self.title = list(items), visual, title
        self.hidden = max(0, len(self.items) - MAX_ROWS)
        self.items = self.items[:MAX_ROWS]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        wide = options.max_width >= self.WIDE
        table = Table(title=self.title, title_justify="left", header_style="bold", expand=True)
        table.add_column("figure", ratio=2)
        table.add_column("kind", no_wrap=True)
        table.add_column("value", justify="right", no_wrap=True)
        if wide:
            table.add_column("unit", no_wrap=True)
            table.add_column("counts", ratio=2)
        for s in self.items:
            figure, counts = cell_text(s.text, self.visual), cell_text(s.counts or "", self.visual, "dim")
            value = format_value(s.value)
            if wide:
                table.add_row(figure, s.kind, value, cell_text(s.unit or "", self.visual), counts)
            else:
                unit = clean_for_terminal(s.unit or "")
                table.add_row(Group(figure, counts) if s.counts else figure, s.kind,
                              Text(f"{value} {unit}" if unit else value))
        yield table
        if self.hidden:
            yield _more(self.hidden, "figures")


def _stats_view(a: Analysis, visual: bool) -> RenderableType:
    stats = a.stats or ()
    figures = [s for s in stats if s.kind not in DATE_KINDS]
    dates = [s for s in stats if s.kind in DATE_KINDS]
    parts: list[RenderableType] = []
    if figures:
        parts.append(StatsTable(figures, visual, "Figures"))
    if dates:
        parts.append(StatsTable(dates, visual, "Dates and times"))
    if not parts:
        parts.append(Text("No figures found.", style="dim"))
    return Group(*parts)


def render_analysis(console: Console, a: Analysis, visual: bool, explain: bool = False) -> None:
    """Print one document's results."""
    source = clean_for_terminal(a.source)
    if visual and has_rtl(source):
        source = visual_line(source, max(1, console.width - 8))
    header = Text.assemble(("● ", "bold magenta"), (source, "bold"), (f"  [{a.language}]", "dim"))
    console.print(header)
    if a.summary is not None:
        console.print(_summary_view(a, visual))
        if explain:
            for s in a.summary:
                console.print(cell_text(f"#{s.index}: " + "; ".join(s.reasons), visual, "dim"))
    if a.quotes is not None:
        console.print(Text("Quotes", style="bold green"))
        console.print(_quotes_view(a, visual))
    if a.stats is not None:
        console.print(_stats_view(a, visual))


def make_console(file: Any = None, width: int | None = None, force_terminal: bool | None = None) -> Console:
    """A console that never interprets markup or emoji codes from data and never highlights."""
    return Console(file=file, width=width, markup=False, emoji=False, highlight=False,
                   force_terminal=force_terminal, soft_wrap=False)

