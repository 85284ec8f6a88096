"""Issue 8 audit: every hostile input through EVERY command and EVERY output format.

``test_hostile_inputs.py`` runs the full-size hostile corpus through ``analyze --format json``
(bounded time, exact offsets). Here the same shapes, generated at test time at a smaller size
(the renderers, not the size, are what differs between formats), go through all four commands
in all seven formats as one batch per command and format: every readable input must give
valid output in that format with exact offsets, every unreadable one exactly one clear line on
stderr, and nothing may print a traceback. Then: the hostile shapes on a real pseudo-terminal
for every command (``--format rich --bidi visual``), the size guard's default, a 1 MB word in
every command, and the escape-stripping regular expressions on their worst inputs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import time
from pathlib import Path

import pytest

from conftest import prcli
from helpers_tty import PRCLI, pty_output
from prcli.inputs.decode import decode_bytes
from prcli.render.safety import clean_line
from test_terminal_safety import SGR, assert_inert

AR = "وقال الوزير إن “المغرب شريك أساسي” في هذا المجال، مضيفا أن 1724 جنديا يشاركون. "
EN = "\"Prices rose 4.5% in May,\" the central bank's governor, Ana Ruiz, said on Tuesday. "
FR = "« Nous avons recruté 1 200 personnes », a déclaré la directrice. "
MARKUP = "[bold red]x[/]"
COMMANDS = ("summarize", "quotes", "stats", "analyze")
FORMATS = ("rich", "text", "json", "jsonl", "tsv", "csv", "md")
SECTIONS = {"summarize": ["summary"], "quotes": ["quotes"], "stats": ["stats"],
            "analyze": ["summary", "quotes", "stats"]}


def _mini_corpus() -> dict[str, bytes]:
    """Every input shape issue 8 lists, a few to a few hundred KB each (full sizes are in
    test_hostile_inputs.py and benchmarks/hostile.py)."""
    rng = random.Random(78)
    return {
        "empty": b"",
        "whitespace-only": b" \n\t \r\n  \x0b\x0c" * 50,
        "giant-line-no-punct": " ".join(["كلمة", "word", "mot"] * 1_500).encode(),
        "one-huge-word": ("ب" * 15_000).encode(),
        "quote-storm": ("“" * 5_000 + "«" * 5_000 + '"' * 5_000 + "„" * 2_000 + "'" * 2_000).encode(),
        "guillemets-never-closed": ("« Il a dit " * 1_000 + "«" * 1_000).encode(),
        "nested-quotes-10000": ("“" * 10_000 + "نص" + "”" * 10_000).encode(),
        "nested-guillemets-10000": ("«" * 10_000 + "texte" + "»" * 10_000).encode(),
        "only-punctuation": ("!?.،؛…:;«»()[]-" * 1_000).encode(),
        "random-binary": bytes(rng.randrange(256) for _ in range(20_000)),
        "nul-inside-text": (AR * 30).encode().replace(b" ", b"\x00", 3),
        "utf16-le-no-bom": (AR * 60).encode("utf-16-le"),
        "utf16-be-no-bom": (EN * 60).encode("utf-16-be"),
        "invalid-utf8-in-arabic": (AR * 40).encode()[:1001] + b"\xff\xfe\xc0\xaf" + (AR * 40).encode(),
        "encoded-surrogates-in-arabic": (AR * 40).encode()[:2001] + b"\xed\xa0\x80\xed\xbf\xbf"
        + (AR * 40).encode(),
        "bidi-override-flood": ("\u202e\u202d\u202b\u202a\u202c" * 1_000 + AR + "\u202e" * 2_000).encode(),
        "isolate-flood": ("\u2066\u2067\u2068\u2069" * 1_500 + AR).encode(),
        "zero-width-flood": (AR.replace(" ", " \u200b\u200c\u200d\u2060\ufeff") * 20
                             + "\u200b" * 5_000).encode(),
        "tatweel-flood": (AR.replace("ا", "ا" + "\u0640" * 100) * 5 + "\u0640" * 5_000).encode(),
        "ansi-osc-markup-in-quotes": (
            f"قال المدير: “\x1b]0;pwned\x07\x1b[2J\x1b[?1049h{MARKUP}\u202e كلام”. " + AR
            + f"\"We are ready \x1b]8;;http://x.invalid/\x1b\\{MARKUP}\x1b]8;;\x1b\\ now,\" he said. " + EN
        ).encode() * 20,
        "hundred-thousand-digits": ("بلغ العدد " + "7" * 100_000 + " شخصا.").encode(),
        "huge-floats": ("The value reached 1e309 and 9.9e9999 units; -1e309 was lost. " * 200).encode(),
        "nines-then-billion": ("بلغت الكلفة " + "9" * 400 + " مليار درهم. ").encode() * 20,
        "comma-separated-digits": ",".join(str(rng.randrange(10)) for _ in range(10_000)).encode(),
        "one-dot-repeated": ("1. " * 5_000).encode(),
        "dal-dot-repeated": ("د. " * 5_000).encode(),
        "arabic-comma-repeated": ("، " * 5_000).encode(),
        "html": ("<html><head><style>p{color:red}</style></head><body><p>" + AR + "</p>"
                 "<script>alert('x')</script><p>&laquo;" + FR + "&raquo;</p></body></html>\n").encode() * 40,
        "cr-only-line-ends": ((AR + "\r" + EN + "\r" + FR + "\r") * 60).encode(),
        "hebrew-chinese-emoji-arabic": ("שלום עולם 你好，世界。🎉🔥👍🏽 " + AR + "‏😀‏ " + EN).encode() * 60,
    }


CORPUS = _mini_corpus()
#: Every bidi control a terminal would act on (test_terminal_safety's list names three of them).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
#: The progress line prcli draws on a terminal stderr during a long batch, and its erasure.
PROGRESS = re.compile(rb"\r\x1b\[K(?:prcli: [^\r\n\x1b]*)?")
#: Inputs that are not text: one clear line each, never output.
UNREADABLE = {"empty", "whitespace-only", "random-binary", "nul-inside-text"}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hostile_mini")
    for name, data in CORPUS.items():
        (d / f"{name}.txt").write_bytes(data)
    return d


def _texts(corpus_dir: Path) -> dict[str, str]:
    """Source path -> the decoded text prcli reports offsets into (its own decoding)."""
    return {str(corpus_dir / f"{n}.txt"): decode_bytes(b) for n, b in CORPUS.items() if n not in UNREADABLE}


def _strict_json(s: str):
    """JSON as other languages read it: NaN and Infinity are not JSON (a value of 1e309 must not
    become one)."""
    def refuse(name: str):
        raise AssertionError(f"{name} is not valid JSON")

    return json.loads(s, parse_constant=refuse)


def _check_spans(doc: dict, texts: dict[str, str], sections: list[str]) -> None:
    text = texts[doc["source"]]
    for sec in sections:
        for item in doc[sec]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"], (doc["source"], sec)


def _check_rows(out: str, delimiter: str, texts: dict[str, str]) -> int:
    """Tabular output: one header, every row as wide as it, every text cell the cleaned span."""
    if delimiter == ",":
        table = list(csv.reader(io.StringIO(out)))
    else:
        table = [line.split("\t") for line in out.split("\n")[:-1]]
    header = table[0]
    for row in table[1:]:
        assert len(row) == len(header), row[:3]
        cell = dict(zip(header, row, strict=True))
        text = texts[cell["source"]]
        start, end = int(cell["start"]), int(cell["end"])
        assert 0 <= start <= end <= len(text)
        assert cell["text"] == clean_line(text[start:end])
    return len(table) - 1


#: The text format's note for a document with nothing to list (not an error).
NOTHING_FOUND = re.compile(r": (no quotations found|no figures found|no sentences to summarize)(;|$)")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_hostile_input_every_command_every_format(corpus_dir: Path, command: str, fmt: str) -> None:
    files = [str(corpus_dir / f"{n}.txt") for n in CORPUS]
    extra = ["--all"] if command in ("quotes", "analyze") else []
    if command in ("summarize", "analyze"):
        extra += ["--sentences", "50"]
    t0 = time.monotonic()
    out = prcli(command, "--format", fmt, *extra, *files, timeout=180)
    elapsed = time.monotonic() - t0
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert out.returncode == 1, out.stderr[-500:]  # the unreadable inputs, and only they, failed
    lines = out.stderr.splitlines()
    errors = [line for line in lines if not NOTHING_FOUND.search(line)]  # notes: exit status unchanged
    if fmt != "text":
        assert errors == lines  # only the text format speaks up about an empty result
    failed = sorted(Path(line.split(": ")[1]).stem for line in errors)
    assert failed == sorted(UNREADABLE), out.stderr
    assert all(line.startswith("prcli: ") and len(line) < 300 for line in errors)
    texts = _texts(corpus_dir)
    sections = SECTIONS[command]
    good = [f for f in files if f in texts]
    if fmt == "json":
        docs = _strict_json(out.stdout)
        assert [d["source"] for d in docs] == good
        for d in docs:
            _check_spans(d, texts, sections)
    elif fmt == "jsonl":
        docs = [_strict_json(line) for line in out.stdout.splitlines()]
        assert [d["source"] for d in docs] == good
        for d in docs:
            _check_spans(d, texts, sections)
    elif fmt in ("csv", "tsv"):
        rows = _check_rows(out.stdout, "," if fmt == "csv" else "\t", texts)
        assert rows > 0
    else:  # text, md, rich: readable lines naming every document, nothing a terminal acts on
        for f in good:
            assert Path(f).name in out.stdout
        assert_inert(out.stdout.encode("utf-8"))
        if command in ("quotes", "analyze") and fmt != "md":
            assert MARKUP in out.stdout  # article markup printed literally, not applied
    if fmt not in ("json", "jsonl"):
        assert "\x1b" not in out.stdout and "\x00" not in out.stdout
        assert not BIDI_CONTROLS.search(out.stdout)
    assert elapsed < 150  # a hang guard only: the whole batch is about 1.5 MB


@pytest.mark.parametrize("command", COMMANDS)
def test_hostile_shapes_on_a_real_terminal_rich_visual(corpus_dir: Path, command: str) -> None:
    """The terminal-facing shapes (escapes, markup, bidi/isolate/zero-width/tatweel floods,
    mixed scripts, HTML) printed with ``--format rich --bidi visual`` to a pseudo-terminal: only
    colour sequences and text arrive; no OSC, screen clear, alternate screen or bidi control."""
    names = ["ansi-osc-markup-in-quotes", "bidi-override-flood", "isolate-flood", "zero-width-flood",
             "tatweel-flood", "hebrew-chinese-emoji-arabic", "html", "cr-only-line-ends"]
    files = [str(corpus_dir / f"{n}.txt") for n in names]
    extra = ["--all"] if command in ("quotes", "analyze") else []
    raw = pty_output([*PRCLI, command, "--format", "rich", "--bidi", "visual", *extra, *files],
                     width=120, timeout=120)
    raw = PROGRESS.sub(b"", raw)  # prcli's own progress line (stderr is the terminal too)
    assert_inert(raw)
    text = SGR.sub(b"", raw).decode("utf-8")
    assert not BIDI_CONTROLS.search(text)
    assert "Traceback" not in text
    assert "ansi-osc-markup-in-quotes" in text
    if command in ("quotes", "analyze"):
        # Latin markup inside an English quote stays in logical order even in visual mode
        assert MARKUP in text


@pytest.mark.parametrize("command", ["summarize", "quotes", "stats"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_command_rich_visual_on_a_pty_is_inert(command: str, lang: str, tmp_path: Path) -> None:
    """test_terminal_safety checks ``analyze``; the other commands render their own views."""
    from test_terminal_safety import HOSTILE_AR, HOSTILE_EN

    f = tmp_path / f"hostile_{lang}.txt"
    f.write_text(HOSTILE_EN if lang == "en" else HOSTILE_AR, encoding="utf-8")
    extra = ["--sentences", "20"] if command == "summarize" else ["--all"] if command == "quotes" else []
    raw = pty_output([*PRCLI, command, "--format", "rich", "--bidi", "visual", *extra, str(f)], width=100)
    assert_inert(raw)
    text = SGR.sub(b"", raw).decode("utf-8")
    assert not BIDI_CONTROLS.search(text)
    if lang == "en" and command != "stats":
        assert MARKUP in text


def test_default_max_bytes_refuses_a_file_over_50_mb_with_one_line(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: nothing written but the size
        fh.truncate(50 * 1024 * 1024 + 1)
    small = tmp_path / "ok.txt"
    small.write_text(EN * 3, encoding="utf-8")
    for command in COMMANDS:
        out = prcli(command, "--format", "jsonl", str(big), str(small), timeout=120)
        assert out.returncode == 1
        (line,) = out.stderr.splitlines()
        assert line.startswith(f"prcli: {big}: ") and "--max-bytes" in line
        assert [json.loads(x)["source"] for x in out.stdout.splitlines()] == [str(small)]


def test_max_bytes_on_stdin_and_bad_values(tmp_path: Path) -> None:
    out = prcli("stats", "--max-bytes", "100", input=AR * 20)
    assert out.returncode == 1 and "--max-bytes" in out.stderr and len(out.stderr.splitlines()) == 1
    ok = prcli("stats", "--format", "json", "--max-bytes", str(len((AR * 20).encode())), input=AR * 20)
    assert ok.returncode == 0, ok.stderr
    for bad in ("0", "-5", "lots"):
        usage = prcli("stats", "--max-bytes", bad, input=AR)
        assert usage.returncode == 2 and "Traceback" not in usage.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_one_megabyte_word_in_every_command(tmp_path: Path, command: str) -> None:
    f = tmp_path / "word.txt"
    word = "ب" * (512 * 1024)  # 1 MiB of UTF-8, no space, no punctuation
    f.write_text(word, encoding="utf-8")
    out = prcli(command, "--format", "json", str(f), timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    doc = json.loads(out.stdout)
    _check_spans(doc, {str(f): word}, SECTIONS[command])


@pytest.mark.parametrize("dirty", [
    "\x1b[" * 200_000,
    "\x1b[" + "0;" * 300_000,
    ("\x1b]" + "a" * 4_000) * 100,
    ("\x1bP" + "\x1b" * 4_000) * 50,
    "\x9b" * 300_000,
    ("\x9d" + "x" * 5_000) * 60,
    "\x1b" * 300_000,
    ("\x1b]8;;" + "\u202e" * 3_000) * 100,
])
def test_escape_stripping_is_linear_on_its_worst_inputs(dirty: str) -> None:
    """The terminal-safety regular expressions on the inputs most likely to backtrack: each
    well under a second here; the bound is only a generous hang guard."""
    from prcli.render.safety import clean_for_terminal, escape_for_terminal

    t0 = time.monotonic()
    cleaned = clean_for_terminal(dirty)
    escaped = escape_for_terminal(dirty)
    assert time.monotonic() - t0 < 20
    assert not re.search("[\x1b\x9b\x9d\u202e]", cleaned)
    assert not re.search("[\x1b\x9b\x9d\u202e]", escaped)


def test_hostile_file_names_and_ids_in_every_format(tmp_path: Path) -> None:
    """Sources come from the outside too (file names, JSON Lines ids): in line formats they are
    cleaned like article text, in JSON kept exactly."""
    bad_id = "id\x1b]0;pwned\x07\u202e\n[bold]x[/]"
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": bad_id, "text": EN * 3}) + "\n", encoding="utf-8")
    for fmt in FORMATS:
        out = prcli("quotes", "--format", fmt, "--input-format", "jsonl", str(archive))
        assert out.returncode == 0, out.stderr
        if fmt in ("json", "jsonl"):
            data = json.loads(out.stdout.splitlines()[0] if fmt == "jsonl" else out.stdout)
            doc = data[0] if isinstance(data, list) else data  # a JSON Lines input is a batch
            assert doc["source"] == bad_id
        else:
            assert "\x1b" not in out.stdout and "\u202e" not in out.stdout and "pwned" not in out.stdout
    if os.name == "posix":
        odd = tmp_path / "name\x1b[2J\u202e.txt"
        odd.write_text(EN * 3, encoding="utf-8")
        raw = pty_output([*PRCLI, "analyze", "--format", "rich", "--bidi", "visual", str(odd), str(odd)])
        assert_inert(raw)
        assert not BIDI_CONTROLS.search(SGR.sub(b"", raw).decode("utf-8"))


@pytest.mark.parametrize("command", COMMANDS)
def test_one_unreadable_file_is_one_line_in_every_command(tmp_path: Path, command: str) -> None:
    """Alone (not in a batch): exit 1, one line naming the file and what to do, no output."""
    for name in sorted(UNREADABLE):
        f = tmp_path / f"{name}.txt"
        f.write_bytes(CORPUS[name])
        out = prcli(command, "--format", "json", str(f))
        assert out.returncode == 1 and out.stdout == ""
        (line,) = out.stderr.splitlines()
        assert line.startswith(f"prcli: {f}: ")


def test_lone_surrogates_from_json_escapes_in_every_format(tmp_path: Path) -> None:
    """JSON may escape lone surrogates (``\\ud800``), which no output encoding can write: they used
    to end the whole batch with a UnicodeEncodeError traceback. Shown as U+FFFD (same length, so
    offsets still point at the same characters); the other records go on."""
    text = "قال الوزير \ud800 إن “المغرب \udfff شريك أساسي” في 1724 \u0000 حالة. " + EN
    archive = tmp_path / "s.jsonl"
    archive.write_text(json.dumps({"id": "a\udc80b", "text": text}) + "\n"
                       + json.dumps({"id": "ok", "text": EN}) + "\n", encoding="utf-8")
    shown = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    for fmt in FORMATS:
        out = prcli("analyze", "--all", "--format", fmt, "--input-format", "jsonl", str(archive))
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-800:]
        if fmt == "jsonl":
            docs = [_strict_json(x) for x in out.stdout.splitlines()]
            assert [d["source"] for d in docs] == ["a\ufffdb", "ok"]
            _check_spans(docs[0], {"a\ufffdb": shown}, SECTIONS["analyze"])
        else:
            assert "ok" in out.stdout


def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    """A file name with a Latin-1 byte (os.fsdecode gives a lone surrogate) is read and shown
    with U+FFFD on a strict UTF-8 output (the tests set PYTHONIOENCODING=utf-8; so does a
    en_US.UTF-8 locale): it used to be a UnicodeEncodeError traceback."""
    d = tmp_path / "names"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), b"caf\xe9.txt"), "wb") as fh:
        fh.write((EN * 2).encode("utf-8"))
    (d / "plain.txt").write_text(FR, encoding="utf-8")
    for fmt in FORMATS:
        out = prcli("stats", "--format", fmt, str(d))
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-800:]
        assert "caf\ufffd.txt" in out.stdout and "plain.txt" in out.stdout
    missing = prcli("quotes", os.fsdecode(os.fsencode(d) + b"/gone\xff.txt"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert len(missing.stderr.splitlines()) == 1


def test_forced_codec_that_makes_lone_surrogates() -> None:
    """``--encoding unicode_escape`` turns the six characters ``\\ud800`` into a lone surrogate."""
    out = prcli("summarize", "--encoding", "unicode_escape", "--format", "json",
                input=b"Sales rose \\ud800 5% in May, the company said on Monday.")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-800:]
    assert "\ufffd" in _strict_json(out.stdout)["summary"][0]["text"]
