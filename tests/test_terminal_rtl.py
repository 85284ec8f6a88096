"""Right-to-left output as users see it in a real terminal (tmux: no BiDi, no shaping).

Each screen is checked with the shared ``check_rtl.py``: ``order`` (the reading order of the
screen is the logical text: no reversed lines, no unreordered text) and ``lint`` (width,
flush-right RTL lines, shaped letters, no marks on the wrong cell, no controls on screen).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_tty import PRCLI, check_rtl, check_rtl_script, need_tmux, tmux_screen

pytestmark = pytest.mark.tty

# A press release written for these tests: dateline, a company name in quotes with a Latin
# acronym in brackets, a sentence starting with digits, harakat, tatweel, figures.
ARTICLE_AR = "\n".join((
    "الدار البيضاء، 4 فبراير 2026 - كشفت شركة \"أطلس للطاقة\" (A4P) عن خطة استثمارية جديدة "
    "بقيمة 250 مليون درهم لبناء محطة شمسية قرب مدينة ورزازات.",
    "1724 أسرة في المنطقة ستستفيد من الكهرباء النظيفة بحلول نهاية السنة المقبلة، حسب بيان الشركة.",
    "وقالت المديرة العامة للشركة سميرة العلوي: \"هذا المشروع يؤكد التزامنا بالأمْن الطاقي للمغرب، "
    "ونحن فخورون بالعمل مع الشركاء المحليين\".",
    "وأوضحت أن المحطة ستنتج 120 ميغاواط سنوياً، أي ما يعادل استهلاك نحو 90 ألف منزل.",
    "وأضاف رئيس المجلس الجهوي يوسف بنكيران أن \"المشروع سيوفر 600 فرصة عمل مباشرة\" خلال مرحلة "
    "البناء، مقارنة بـ 450 فرصة في المشروع السابق.",
    "ومن المنتظر أن تبدأ الأشغال في شهر أبريل، على أن تكتمل المرحلة الأولى قبل صيف 2027 "
    "(حسب الجدول الزمني المعلن).",
)) + "\n"

WIDTHS = (50, 100)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rtl") / "atlas.txt"
    path.write_text(ARTICLE_AR, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _tools() -> None:
    need_tmux()
    check_rtl_script()


def piped(*args: str) -> str:
    """prcli's output through a pipe (logical order)."""
    proc = subprocess.run([*PRCLI, *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def assert_checks(logical: str, screen: list[str], width: int, tmp_path: Path, *extra: str,
                  checks: tuple[str, ...] = ("order", "lint")) -> None:
    lfile, sfile = tmp_path / "logical.txt", tmp_path / f"screen_{width}.txt"
    lfile.write_text(logical, encoding="utf-8")
    sfile.write_text("\n".join(screen) + "\n", encoding="utf-8")
    for check in checks:
        rc, report = check_rtl("tty", lfile, sfile, "--width", str(width), "--check", check, *extra)
        assert rc == 0, f"check {check} failed:\n{report}\nscreen:\n" + "\n".join(screen)


@pytest.mark.parametrize("width", WIDTHS)
def test_summary_text_visual_screen(article: Path, width: int, tmp_path: Path) -> None:
    logical = piped("summarize", "--format", "text", "--sentences", "20", str(article))
    screen, run = tmux_screen([*PRCLI, "summarize", "--format", "text", "--bidi", "visual",
                               "--sentences", "20", str(article)], width)
    assert run.rc == 0
    assert_checks(logical, screen, width, tmp_path, checks=("order", "lint", "exact"))


@pytest.mark.parametrize("width", WIDTHS)
def test_auto_bidi_on_a_terminal_is_visual(article: Path, width: int, tmp_path: Path) -> None:
    """No --bidi and no PRCLI_BIDI: a terminal gets the visual layout, in the text format too."""
    logical = piped("summarize", "--format", "text", str(article))
    screen, run = tmux_screen([*PRCLI, "summarize", "--format", "text", str(article)], width)
    assert run.rc == 0
    assert_checks(logical, screen, width, tmp_path)


def _column(header: str, name: str, right_of: str) -> tuple[int, int]:
    """Cell range of a table column from the header line (names left-aligned)."""
    start = header.index(name)
    end = header.index(right_of)
    return start, end


@pytest.mark.parametrize("width", WIDTHS)
def test_summary_panel_screen(article: Path, width: int, tmp_path: Path) -> None:
    """The rich summary: a panel holding a table; the sentence column is checked."""
    data = json.loads(piped("summarize", "--format", "json", "--sentences", "20", str(article)))
    logical = "\n".join(s["text"] for s in data["summary"]) + "\n"
    screen, run = tmux_screen([*PRCLI, "summarize", "--format", "rich", "--bidi", "visual",
                               "--sentences", "20", str(article)], width)
    assert run.rc == 0
    assert any(line.startswith("╭─ Summary") for line in screen) and screen[-1].startswith("╰"), screen
    assert all(len(line) <= width for line in screen)
    header = next(i for i, line in enumerate(screen) if "sentence" in line and "score" in line)
    assert screen[header - 1].startswith("╭─ Summary")
    # sentence column: from its header to the score column (6 cells, right-justified) minus padding
    a = screen[header].index("sentence")
    b = screen[header].index("score") + len("score") - 6 - 2
    assert_checks(logical, screen[header + 1:-1], b - a, tmp_path, "--cols", f"{a}:{b}",
                  checks=("order", "lint", "exact"))


STATS_SCRIPT = """
import sys
from prcli.model import Analysis, Stat
from prcli.render.terminal import make_console, render_analysis
stats = (
    Stat("250 مليون درهم", 0, 1, 250000000, "money", "MAD", "خطة استثمارية جديدة لبناء محطة شمسية"),
    Stat("1724 أسرة", 0, 1, 1724, "count", None, "أسرة في المنطقة"),
    Stat("120 ميغاواط", 0, 1, 120, "measure", "MW", "إنتاج المحطة سنوياً"),
    Stat("15 في المائة", 0, 1, 15, "percent", "%", "نسبة النمو (الربع الأول)"),
)
console = make_console(width=int(sys.argv[1]))
render_analysis(console, Analysis("بيان.txt", "ar", stats=stats), visual=True)
"""
STATS_FIGURES = ["250 مليون درهم", "1724 أسرة", "120 ميغاواط", "15 في المائة"]
STATS_COUNTS = ["خطة استثمارية جديدة لبناء محطة شمسية", "أسرة في المنطقة", "إنتاج المحطة سنوياً",
                "نسبة النمو (الربع الأول)"]


def _table_columns(screen: list[str]) -> tuple[int, dict[str, tuple[int, int]]]:
    """Header line index and {column: (start, end)} content cells of a heavy-head Rich table."""
    header = next(i for i, line in enumerate(screen) if line.startswith("┃") and "figure" in line)
    line = screen[header]
    bars = [i for i, ch in enumerate(line) if ch == "┃"]
    cols = {}
    for left, right in itertools.pairwise(bars):
        cols[line[left + 1:right].strip()] = (left + 2, right - 1)
    return header, cols


@pytest.mark.parametrize("width", WIDTHS)
def test_stats_table_screen(width: int, tmp_path: Path) -> None:
    """The rich stats table with Arabic figures and counts: each RTL column checked on its own."""
    screen, run = tmux_screen([sys.executable, "-c", STATS_SCRIPT, str(width)], width)
    assert run.rc == 0, screen
    assert all(len(line) <= width for line in screen)
    header, cols = _table_columns(screen)
    body = screen[header + 2:]
    body = body[:next(i for i, line in enumerate(body) if line.startswith("└"))]
    if "counts" in cols:  # wide: a column each
        regions = [("figure", STATS_FIGURES), ("counts", STATS_COUNTS)]
    else:  # narrow: what is counted under each figure
        regions = [("figure", [t for pair in zip(STATS_FIGURES, STATS_COUNTS, strict=True) for t in pair])]
    for name, texts in regions:
        a, b = cols[name]
        sub = tmp_path / name
        sub.mkdir()
        # not "exact": a row is as tall as its tallest cell, so a column has blank lines
        assert_checks("\n".join(texts) + "\n", body, b - a, sub, "--cols", f"{a}:{b}")
    # the header line shows the file name (Arabic) reordered too
    assert "ﻥﺎﻴﺑ" in screen[0]


@pytest.mark.parametrize("width", WIDTHS)
def test_stats_rich_view_of_the_article(article: Path, width: int, tmp_path: Path) -> None:
    """prcli stats --format rich: every figure column that holds Arabic passes the checks."""
    data = json.loads(piped("stats", "--format", "json", str(article)))
    screen, run = tmux_screen([*PRCLI, "stats", "--format", "rich", "--bidi", "visual", str(article)],
                              width)
    assert run.rc == 0
    assert all(len(line) <= width for line in screen)
    date_kinds = ("year", "date", "time")
    tables = [i for i, line in enumerate(screen) if line.startswith("┃") and "figure" in line]
    groups = [[s for s in data["stats"] if s["kind"] not in date_kinds],
              [s for s in data["stats"] if s["kind"] in date_kinds]]
    groups = [g for g in groups if g]
    assert len(tables) == len(groups)
    for n, (top, items) in enumerate(zip(tables, groups, strict=True)):
        _, cols = _table_columns(screen[top:])
        body = screen[top + 2:]
        body = body[:next(i for i, line in enumerate(body) if line.startswith("└"))]
        a, b = cols["figure"]
        # Narrow tables show what is counted under the figure, in the same column.
        texts = [t for s in items for t in (s["text"], s["counts"] if "counts" not in cols else None) if t]
        # check_rtl trims lines without Arabic at both ends of a region: leave out leading and
        # trailing figures made of digits only (each is one short line), check those as they are.
        arabic = [i for i, t in enumerate(texts) if any("\u0600" <= ch <= "\u06ff" for ch in t)]
        head = arabic[0] if arabic else len(texts)
        shown = [line[a:b].strip() for line in body]
        assert shown[:head] == texts[:head]
        if arabic:
            tail = len(texts) - 1 - arabic[-1]
            region = body[head:len(body) - tail]
            assert [x for x in shown[len(body) - tail:]] == texts[len(texts) - tail:]
            sub = tmp_path / f"t{n}"
            sub.mkdir()
            assert_checks("\n".join(texts[head:len(texts) - tail]) + "\n", region, b - a, sub,
                          "--cols", f"{a}:{b}")


QUOTES_SCRIPT = """
import sys
from prcli.model import Analysis, Quote
from prcli.render.terminal import make_console, render_analysis
quotes = tuple(Quote(t, 0, 1, "سميرة العلوي", None, "full") for t in sys.argv[2:])
console = make_console(width=int(sys.argv[1]))
render_analysis(console, Analysis("a.txt", "ar", quotes=quotes), visual=True)
"""
QUOTES = [
    "هذا المشروع يؤكد التزامنا بالأمن الطاقي للمغرب، ونحن فخورون بالعمل مع الشركاء المحليين",
    "سنبدأ الأشغال في أبريل (قبل الموعد المحدد) بفضل دعم الجهة",
]


@pytest.mark.parametrize("width", WIDTHS)
def test_quotes_panel_screen(width: int, tmp_path: Path) -> None:
    """A panel per speaker: the speaker's name as the title, right-aligned and reordered; the
    quotes inside checked with --frame (border and padding stripped)."""
    screen, run = tmux_screen([sys.executable, "-c", QUOTES_SCRIPT, str(width), *QUOTES], width)
    assert run.rc == 0, screen
    top = next(i for i, line in enumerate(screen) if line.startswith("╭"))
    bottom = next(i for i, line in enumerate(screen) if line.startswith("╰"))
    title = screen[top]
    assert len(title) == width and title.endswith(" ─╮")
    from prcli.render.bidi import visual_line

    assert title.endswith(" " + visual_line("سميرة العلوي", width) + " ─╮")
    logical = "".join(f"“{q}”\n" for q in QUOTES)
    assert_checks(logical, screen, width, tmp_path, "--frame", "--start", str(top + 1),
                  "--end", str(bottom + 1), checks=("order", "lint", "exact"))


@pytest.mark.parametrize("width", WIDTHS)
def test_analyze_rich_screen_is_shaped_and_fits(article: Path, width: int) -> None:
    """The whole analyze view: every line within the width, every Arabic letter shaped (nothing
    left in logical order), no bidi controls on screen."""
    screen, run = tmux_screen([*PRCLI, "analyze", "--format", "rich", "--bidi", "visual", str(article)],
                              width)
    assert run.rc == 0
    assert any("Summary" in line for line in screen) and any("Quotes" in line for line in screen)
    import re

    from rich.cells import cell_len

    for line in screen:
        assert cell_len(line) <= width, line
        assert not re.search(r"[\u0620-\u063f\u0641-\u064a]", line), line
        assert not re.search(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", line), line


def test_prcli_bidi_logical_on_a_terminal_keeps_logical_order(article: Path) -> None:
    """For terminals that do BiDi themselves: PRCLI_BIDI=logical prints the logical text (no
    presentation forms, no reordering) even on a terminal."""
    logical = piped("summarize", "--format", "text", str(article))
    screen, run = tmux_screen(["env", "PRCLI_BIDI=logical", *PRCLI, "summarize", "--format", "text",
                               str(article)], 100)
    assert run.rc == 0
    # the terminal wraps long lines itself (anywhere, even inside a word): compare without spaces
    assert "".join("".join(screen).split()) == "".join(logical.split())
