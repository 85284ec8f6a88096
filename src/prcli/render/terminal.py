"""The rich terminal view. The only module that imports Rich's layout machinery.

Every piece of article text goes through ``cell_text``: cleaned of controls and escapes,
never parsed as markup, and, in visual bidi mode, shaped, wrapped at the width Rich gives
it, reordered line by line and right-aligned when right-to-left.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from prcli.model import Analysis
from prcli.render.bidi import base_direction, has_rtl, reshape, visual_lines
from prcli.render.formats import format_value
from prcli.render.safety import clean_for_terminal

DATE_KINDS = ("year", "date", "time")


class BidiText:
    """Article text laid out for a terminal that does no BiDi: wrapped at the width it is
    given, then each line reordered and RTL lines right-aligned."""

    def __init__(self, text: str, style: str | Style = "") -> None:
        self.text = clean_for_terminal(text)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        style = console.get_style(self.style) if self.style else Style()
        width = options.max_width
        for line in visual_lines(self.text, width):
            yield Segment(line, style)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        shaped = reshape(self.text)
        words = shaped.split()
        longest = max((Text(w).cell_len for w in words), default=1)
        return Measurement(min(longest, options.max_width), min(Text(shaped).cell_len, options.max_width))


def cell_text(text: str, visual: bool, style: str = "") -> RenderableType:
    """Article text as a safe renderable: BidiText in visual mode when it holds RTL letters,
    otherwise a literal Text (markup never interpreted)."""
    if visual and has_rtl(text):
        return BidiText(text, style)
    clean = clean_for_terminal(text)
    if visual and base_direction(clean) == "R":
        return Text(clean, style=style, justify="right")
    return Text(clean, style=style)


def _summary_view(a: Analysis, visual: bool) -> RenderableType:
    table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
    table.add_column("#", justify="right", width=3, no_wrap=True)
    table.add_column("sentence", ratio=1)
    table.add_column("score", justify="right", width=6, no_wrap=True)
    for s in a.summary or ():
        table.add_row(str(s.index), cell_text(s.text, visual), f"{s.score:.2f}")
    return Panel(table, title=Text("Summary", style="bold"), title_align="left", border_style="cyan")


def _quotes_view(a: Analysis, visual: bool) -> RenderableType:
    groups: dict[str, list[Any]] = {}
    for q in a.quotes or ():
        key = q.speaker or "(unattributed)" if q.is_speech else f"[{q.kind}]"
        groups.setdefault(key, []).append(q)
    parts: list[RenderableType] = []
    for speaker, qs in groups.items():
        table = Table(show_header=False, expand=True, box=None, pad_edge=False)
        table.add_column("quote", ratio=1)
        table.add_column("cue", width=14, no_wrap=False)
        for q in qs:
            table.add_row(cell_text("“" + q.text + "”", visual), cell_text(q.cue or "", visual, "dim"))
        parts.append(Panel(table, title=_title(speaker, visual), title_align="left", border_style="green"))
    if not parts:
        parts.append(Text("No quotations found.", style="dim"))
    return Group(*parts)


def _title(s: str, visual: bool) -> Text:
    clean = clean_for_terminal(s)
    if visual and has_rtl(clean):
        lines = visual_lines(clean, 10_000, align=False)
        clean = lines[0] if lines else ""
    return Text(clean, style="bold")


def _stats_table(items: Iterable[Any], visual: bool, title: str) -> RenderableType:
    table = Table(title=title, title_justify="left", header_style="bold", expand=True)
    table.add_column("figure", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("unit", no_wrap=True)
    table.add_column("counts", ratio=2)
    for s in items:
        table.add_row(cell_text(s.text, visual), s.kind, format_value(s.value), s.unit or "",
                      cell_text(s.counts or "", visual))
    return table


def _stats_view(a: Analysis, visual: bool) -> RenderableType:
    stats = a.stats or ()
    figures = [s for s in stats if s.kind not in DATE_KINDS]
    dates = [s for s in stats if s.kind in DATE_KINDS]
    parts: list[RenderableType] = []
    if figures:
        parts.append(_stats_table(figures, visual, "Figures"))
    if dates:
        parts.append(_stats_table(dates, visual, "Dates and times"))
    if not parts:
        parts.append(Text("No figures found.", style="dim"))
    return Group(*parts)


def render_analysis(console: Console, a: Analysis, visual: bool, explain: bool = False) -> None:
    """Print one document's results."""
    header = Text.assemble(("● ", "bold magenta"), (clean_for_terminal(a.source), "bold"),
                           (f"  [{a.language}]", "dim"))
    console.print(header)
    if a.summary is not None:
        console.print(_summary_view(a, visual))
        if explain:
            for s in a.summary:
                console.print(Text(f"  #{s.index}: " + "; ".join(s.reasons), style="dim"))
    if a.quotes is not None:
        console.print(Text("Quotes", style="bold green"))
        console.print(_quotes_view(a, visual))
    if a.stats is not None:
        console.print(_stats_view(a, visual))


def make_console(file: Any = None, width: int | None = None, force_terminal: bool | None = None) -> Console:
    """A console that never interprets markup or emoji codes from data and never highlights."""
    return Console(file=file, width=width, markup=False, emoji=False, highlight=False,
                   force_terminal=force_terminal, soft_wrap=False)


def error_line(console: Console, message: str) -> None:
    console.print(Text(clean_for_terminal(message), style="red"))
