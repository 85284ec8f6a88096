"""Article text is data: nothing in it reaches a terminal raw, and markup shows literally.

Hostile articles carry an OSC window-title sequence, a screen clear (ESC[2J), a switch to the
alternate screen (ESC[?1049h), a C1 CSI, a hyperlink, U+202E and Rich markup. They are printed
through a real pseudo-terminal and in tmux; the bytes and the terminal's state are inspected.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from helpers_tty import PRCLI, TmuxScreen, check_rtl, pty_output
from prcli.render.safety import SafeStream, clean_for_terminal, escape_for_terminal

HOSTILE_EN = (
    "RABAT, March 3 - The port authority said on Monday \x1b]0;pwned-title\x07that container traffic "
    "rose by a tenth in the first quarter.\x1b[2J\n"
    "\"We are ready [bold red]x[/] for the new season,\" the director, Karim Alaoui, said.\x1b[?1049h\n"
    "The figures \u202eelbat eht\u202c were published in the annual report \x9b2J of the agency "
    "\x1b]8;;https://example.invalid/\x1b\\here\x1b]8;;\x1b\\ on Tuesday.\n"
)
HOSTILE_AR = (
    "طنجة، 3 مارس - أعلنت سلطة الميناء \x1b]2;pwned-title\x1b\\ أن حركة الحاويات ارتفعت "
    "خلال الربع الأول.\x1b[2J\n"
    "وقال المدير كريم العلوي: \"نحن مستعدون [bold red]x[/] للموسم الجديد\".\x1b[?1049h\n"
    "ونُشرت الأرقام \u202eفي التقرير\u202c السنوي \u2066للوكالة\u2069 يوم الثلاثاء.\n"
)
FORBIDDEN = [b"\x1b]", b"\x1b[2J", b"\x1b[?1049h", b"\x1bP", b"\xc2\x9b", b"\xc2\x9d",
             "\u202e".encode(), "\u202c".encode(), "\u2066".encode(), b"\x07", b"pwned"]
SGR = re.compile(rb"\x1b\[[0-9;]*m")
#: prcli's own progress line on stderr (a batch that lasts over a second, as on a loaded machine)
#: starts and ends with "erase the line": harmless, and not from the input.
ERASE_LINE = re.compile(rb"\r\x1b\[K")
FORMATS = ("rich", "text", "json", "jsonl", "tsv", "csv", "md")
COMMANDS = ("summarize", "quotes", "stats", "analyze")


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    out = {}
    for name, text in (("en", HOSTILE_EN), ("ar", HOSTILE_AR)):
        out[name] = d / f"hostile_{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def assert_inert(raw: bytes, data: bool = False) -> None:
    """Only colour/style sequences (SGR) and none of the hostile bytes (in JSON, the payload of an
    escape sequence is data: it stays, escaped)."""
    for bad in FORBIDDEN[:-1] if data else FORBIDDEN:
        assert bad not in raw, f"{bad!r} reached the terminal"
    rest = ERASE_LINE.sub(b"", SGR.sub(b"", raw))
    assert b"\x1b" not in rest, rest[rest.index(b"\x1b") - 20: rest.index(b"\x1b") + 20]
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", rest)


@pytest.mark.parametrize("bidi", ["visual", "logical"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_rich_output_on_a_pty_is_inert_and_markup_literal(articles: dict[str, Path], lang: str,
                                                          bidi: str) -> None:
    raw = pty_output([*PRCLI, "analyze", "--sentences", "20", "--format", "rich", "--bidi", bidi,
                      str(articles[lang])], width=100)
    assert_inert(raw)
    text = SGR.sub(b"", raw).decode("utf-8")
    assert "Summary" in text
    if lang == "en" or bidi == "logical":
        assert "[bold red]x[/]" in text  # markup shown, not applied
    else:  # reordered right to left: read back in logical order, the markup is there literally
        from bidi.algorithm import get_display

        logical = [get_display(line.strip(), base_dir="R") for line in text.splitlines()]
        assert any("[bold red]x[/]" in line for line in logical)


@pytest.mark.parametrize("fmt", FORMATS[1:])
@pytest.mark.parametrize("bidi", ["visual", "logical"])
def test_every_format_on_a_pty_is_inert(articles: dict[str, Path], fmt: str, bidi: str) -> None:
    for lang in ("en", "ar"):
        raw = pty_output([*PRCLI, "analyze", "--sentences", "20", "--format", fmt, "--bidi", bidi,
                          str(articles[lang])], width=100)
        assert_inert(raw, data=fmt in ("json", "jsonl"))


def test_json_on_a_terminal_keeps_the_data_as_visible_escapes(articles: dict[str, Path]) -> None:
    raw = pty_output([*PRCLI, "summarize", "--sentences", "20", "--format", "json", "--bidi", "logical",
                      str(articles["en"])], width=200)
    assert_inert(raw, data=True)
    data = json.loads(raw.decode("utf-8").replace("\r\n", "\n"))
    assert any("\u202e" in s["text"] for s in data["summary"])  # \u202e written as text, read back


def test_error_line_with_a_hostile_file_name_is_inert(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]0;pwned\x07\u202e.txt"
    raw = pty_output([*PRCLI, "summarize", str(missing)], width=100)
    assert_inert(raw)
    assert b"gone" in raw and b"Traceback" not in raw


def test_hostile_article_changes_nothing_in_a_real_terminal(articles: dict[str, Path]) -> None:
    """In tmux: the window title is not set, the screen is not cleared, no alternate screen,
    the markup is on the screen literally."""
    run = TmuxScreen([*PRCLI, "analyze", "--sentences", "20", "--format", "rich", "--bidi", "visual",
                      str(articles["en"])], 100, height=80)
    screen = run.run()
    assert run.rc == 0
    assert "pwned" not in run.title
    assert run.alternate.strip() == "0"
    assert screen[0].startswith("● ")  # nothing cleared the top of the screen
    assert any("[bold red]x[/]" in line for line in screen)
    assert not any("\u202e" in line for line in screen)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", FORMATS[1:])
def test_piped_output_is_logical_and_clean(articles: dict[str, Path], command: str, fmt: str) -> None:
    """Piped: no Arabic presentation forms, no escape sequences, whatever the format."""
    for lang in ("en", "ar"):
        proc = subprocess.run([*PRCLI, command, "--format", fmt, str(articles[lang])], capture_output=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        out = proc.stdout.decode("utf-8")
        assert not re.search(r"[\ufb50-\ufdff\ufe70-\ufefc]", out)
        if fmt != "json" and fmt != "jsonl":  # JSON escapes ESC as \u001b
            assert "\x1b" not in out and "\u202e" not in out
        else:
            assert "\x1b" not in out


def test_piped_summary_passes_check_rtl_pipe(tmp_path: Path) -> None:
    from test_terminal_rtl import ARTICLE_AR

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_AR, encoding="utf-8")
    data = json.loads(subprocess.run([*PRCLI, "summarize", "-n", "20", "--format", "json", str(src)],
                                     capture_output=True, text=True, timeout=120, check=True).stdout)
    logical = tmp_path / "logical.txt"
    logical.write_text("".join(s["text"] + "\n" for s in data["summary"]), encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text(subprocess.run([*PRCLI, "summarize", "-n", "20", "--format", "text", str(src)],
                                  capture_output=True, text=True, timeout=120, check=True).stdout,
                   encoding="utf-8")
    rc, report = check_rtl("pipe", logical, out)
    assert rc == 0, report


def test_clean_for_terminal_removes_what_a_terminal_acts_on() -> None:
    dirty = ("a\x1b]0;title\x07b\x1b[2Jc\x1b[?1049hd\u202ee\u2066f\u2069g\x9b31mh\x1bPq\x1b\\i"
             "\x00j\x7fk\u200fl\tm\nn\u2028o")
    assert clean_for_terminal(dirty) == "abcdefghij" + "kl m n o"
    assert clean_for_terminal("[bold red]x[/]") == "[bold red]x[/]"
    assert clean_for_terminal("قال: «نعم»") == "قال: «نعم»"


def test_escape_for_terminal_keeps_json_equal() -> None:
    doc = {"text": "a\u202eb\x9bc\u2067d"}
    line = json.dumps(doc, ensure_ascii=False)
    shown = escape_for_terminal(line)
    assert not re.search(r"[\u202e\x9b\u2067]", shown)
    assert json.loads(shown) == doc


def test_safe_stream() -> None:
    import io

    buf = io.StringIO()
    SafeStream(buf).write("x\u202ey\tz\n")
    assert buf.getvalue() == "x\\u202ey\tz\n"
