"""Fuzz of the installed command, kept out of the default test run (``-m fuzz``).

    python -m pytest -m fuzz tests/test_fuzz_cli.py -s                    # 300 inputs
    PRCLI_FUZZ_CLI_EXAMPLES=3000 PRCLI_FUZZ_SEED=7 python -m pytest -m fuzz tests/test_fuzz_cli.py -s

Each input is built from random bytes or from hostile pieces (quote marks, bidi controls, escape
sequences, digit storms, invalid UTF-8, NUL, UTF-16, CR-only lines...) glued by a seeded random
generator, written to a file and run through the ``prcli`` command of this environment, one process
per input, rotating commands and formats. Every run must end in time (CPU seconds within a bound
per MB; a wall-clock timeout catches a hang) with exit 0 and
valid output (JSON that parses, every span exactly ``text[start:end]`` of the decoded input) or exit
1 or 2 with one short line on stderr, and never a traceback. A failing input is kept under the
pytest temporary folder and named in the failure, with the seed that rebuilds it.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from prcli.inputs.decode import InputError, decode_bytes

N = int(os.environ.get("PRCLI_FUZZ_CLI_EXAMPLES", "300"))
SEED = int(os.environ.get("PRCLI_FUZZ_SEED", "20261129"))
#: Wall seconds before a run counts as hung (generous: the machine may be busy); the time bound
#: itself is checked on the CPU seconds of the process, which load does not inflate much.
TIMEOUT = float(os.environ.get("PRCLI_FUZZ_CLI_TIMEOUT", "300"))
CPU_BASE, CPU_PER_MB = 3.0, 10.0
MAX_CHARS = 400_000

PIECES = [
    "قال الوزير إن ", "“", "”", "«", "»", '"', "'", "‘", "’", "„", "‹", "›", "« ", " »", ".", "،", "؛", "؟",
    "!", "…", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u202e", "\u202d", "\u2066", "\u2069",
    "\u200b", "\u200f", "\u0640" * 30, "\u064e", "\ufeff", "1724", "٣٤٥", "۴", "7ر12", "43 ر 1", "3.5",
    "1,724", "136'000", "1e309", "9.9e-12", "9" * 400, "7" * 5000, "مليون", "مليار", "درهم", "%",
    "في المائة", "$", "€", "bn", "said", "he added", "a déclaré", "selon", "M.", "Dr.", "د.", "1. ",
    "، ", "\x1b[31m", "\x1b]0;pwned\x07", "\x1b[2J", "\x1b[?1049h", "[bold red]", "[/]", "\x00", "😀",
    "中文", "שלום", "<p>", "</script>", "&amp;", "A4P", "COVID-19", "ثلاثة", "soixante-dix", "-", "—",
    "http://example.com/a?b=1", "x@example.org", "2024", "ماي", "يوليوز", "12 ", "\ud800",
]


def _command() -> list[str]:
    """The ``prcli`` script installed next to this Python, else ``python -m prcli``."""
    script = Path(sys.executable).with_name("prcli")
    found = str(script) if script.exists() else shutil.which("prcli")
    return [found] if found else [sys.executable, "-m", "prcli"]


def _input(rng: random.Random) -> bytes:
    """One fuzz input: random bytes, or hostile pieces (some repeated into storms) encoded in
    UTF-8, sometimes with raw invalid bytes, sometimes as UTF-16 without a BOM."""
    shape = rng.random()
    if shape < 0.15:
        return rng.randbytes(rng.randrange(0, 3000))
    parts: list[str] = []
    for _ in range(rng.randrange(1, 60)):
        piece = rng.choice(PIECES)
        parts.append(piece * (rng.randrange(100, 3000) if rng.random() < 0.08 else 1))
    text = "".join(parts)[:MAX_CHARS]
    data = text.encode("utf-8", errors="surrogatepass")  # a lone surrogate: an encoded surrogate
    if shape < 0.25:
        cut = rng.randrange(len(data) + 1)
        bad = rng.choice([b"\xff", b"\xfe\xed", b"\xed\xa0\x80", b"\xc3", b"\x80\x80"])
        data = data[:cut] + bad + data[cut:]
    elif shape < 0.30:
        data = text.encode("utf-16-le", errors="surrogatepass")
    return data


#: (command, format, extra options), rotated over the inputs.
RUNS = [
    ("analyze", "json", ["--all"]),
    ("analyze", "jsonl", []),
    ("stats", "json", []),
    ("quotes", "json", ["--all"]),
    ("summarize", "json", []),
    ("analyze", "tsv", []),
    ("quotes", "text", []),
    ("analyze", "rich", ["--bidi", "visual"]),
    ("stats", "csv", []),
    ("summarize", "md", []),
]
SECTIONS = {"analyze": ("summary", "quotes", "stats"), "stats": ("stats",), "quotes": ("quotes",),
            "summarize": ("summary",)}
TRIED = {"n": 0, "exit0": 0, "exit1": 0}


def _check_json(doc: dict, command: str, text: str) -> None:
    for sec in SECTIONS[command]:
        for item in doc.get(sec) or []:
            assert 0 <= item["start"] <= item["end"] <= len(text), item
            assert text[item["start"]:item["end"]] == item["text"], item


def _run_one(path: Path, data: bytes, command: str, fmt: str, extra: list[str]) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([*_command(), command, "--format", fmt, *extra, str(path)], capture_output=True,
                          stdin=subprocess.DEVNULL, env=env, timeout=TIMEOUT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    err = proc.stderr.decode("utf-8", "replace")
    where = f"{path} ({command} --format {fmt} {' '.join(extra)}; seed {SEED})"
    assert cpu <= CPU_BASE + CPU_PER_MB * len(data) / 1e6, f"{where}: {cpu:.1f} CPU s for {len(data)} bytes"
    assert "Traceback" not in err, f"{where}\n{err[-2000:]}"
    assert proc.returncode in (0, 1, 2), f"{where}: exit {proc.returncode}\n{err[-500:]}"
    if proc.returncode != 0:
        TRIED["exit1"] += 1
        assert len(err.strip().splitlines()) == 1, f"{where}\n{err[-500:]}"
        return
    TRIED["exit0"] += 1
    out = proc.stdout.decode("utf-8")  # the output itself is always valid UTF-8
    if fmt not in ("json", "jsonl"):
        return
    try:
        text = decode_bytes(data)
    except InputError:
        pytest.fail(f"{where}: exit 0 on input the decoder refuses")
    docs = [json.loads(out)] if fmt == "json" else [json.loads(line) for line in out.splitlines() if line]
    assert docs, where
    for doc in docs:
        _check_json(doc, command, text)


@pytest.mark.fuzz
def test_fuzz_cli(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    for k in range(N):
        data = _input(rng)
        command, fmt, extra = RUNS[k % len(RUNS)]
        path = tmp_path / f"input-{k}.txt"
        path.write_bytes(data)
        _run_one(path, data, command, fmt, extra)
        path.unlink()
        TRIED["n"] += 1
    print(f"\nfuzz cli: {TRIED['n']} inputs run (exit 0: {TRIED['exit0']}, clear error: {TRIED['exit1']}), "
          f"seed {SEED}")
