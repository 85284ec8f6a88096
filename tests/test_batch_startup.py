"""Start-up discipline (issue 7): a piped command loads only what it uses.

Timing is measured by benchmarks/startup.py, not here (too machine-dependent for a test); this
guards the causes: no Rich when the output is not a terminal, no pydantic (typer >= 0.29 would
load it to coerce options), and no analysis module the command does not use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version

import pytest

from conftest import EXAMPLES

PROBE = """
import sys
sys.argv = ["prcli", *sys.argv[1:]]
from prcli.cli import main
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + " ".join(sorted(sys.modules)) + "\\n")
"""


def _typer_below_0_29() -> bool:
    major, minor = (int(x) for x in version("typer").split(".")[:2])
    return (major, minor) < (0, 29)


def _modules_loaded(*args: str) -> set[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PRCLI_SLOW_EXIT": "1"}  # main() returns
    env.pop("PRCLI_BIDI", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=60)
    json.loads(proc.stdout)  # the command did its work
    line = [x for x in proc.stderr.splitlines() if x.startswith("MODULES ")][-1]
    return set(line.split()[1:])


# Analysis packages by name prefix, so that renames (summarize -> summarizer) keep this test valid.
ANALYSES = {"summarize": "prcli.summar", "quotes": "prcli.quot", "stats": "prcli.figures"}


@pytest.mark.parametrize("command", ["stats", "quotes", "summarize"])
def test_piped_command_loads_only_what_it_uses(command):
    loaded = _modules_loaded(command, "--format", "json", str(EXAMPLES / "ar_press_release.txt"))
    assert any(m.startswith(ANALYSES[command]) for m in loaded)
    for other, prefix in ANALYSES.items():
        if other != command:
            assert not any(m.startswith(prefix) for m in loaded), other
    for name in ("rich", "prcli.render.terminal", "multiprocessing"):
        assert not any(m == name or m.startswith(name + ".") for m in loaded), name
    # pyproject pins typer < 0.29; an environment installed without that pin (pip --no-deps)
    # still runs prcli correctly, only slower, so pydantic is checked only where the pin holds.
    if _typer_below_0_29():
        assert "pydantic" not in loaded


def test_fast_exit_keeps_every_line_of_output(tmp_path):
    # main() ends the process with os._exit after flushing: nothing may be lost, on stdout or stderr.
    from conftest import prcli

    files = []
    for i in range(40):
        f = tmp_path / f"{i:02d}.txt"
        f.write_text((EXAMPLES / "en_press_release.txt").read_text(encoding="utf-8"), encoding="utf-8")
        files.append(str(f))
    out = prcli("stats", "--format", "jsonl", *files, str(tmp_path / "missing.txt"))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 40
    assert out.stderr.count("missing.txt") == 1


def test_cli_default_max_bytes_matches_the_readers():
    from prcli import cli
    from prcli.inputs import sources

    assert cli.DEFAULT_MAX_BYTES == sources.DEFAULT_MAX_BYTES


GC_PROBE = """
import gc, sys
sys.argv = ["prcli", *sys.argv[1:]]
import prcli.cli
assert gc.isenabled(), "importing prcli.cli must leave the cycle collector on"
try:
    prcli.cli.main()
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write("\\nGC " + str(gc.isenabled()) + "\\n")
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cycle_collector_runs_again_after_start_up(tmp_path, jobs):
    # The command line pauses the collector while it loads; a long batch must not run without it.
    text = (EXAMPLES / "en_press_release.txt").read_text(encoding="utf-8")
    files = []
    for i in range(3):
        f = tmp_path / f"{i}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PRCLI_SLOW_EXIT": "1"}
    proc = subprocess.run([sys.executable, "-c", GC_PROBE, "stats", "--format", "jsonl", "--jobs", jobs,
                           *files], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)
    assert len(proc.stdout.splitlines()) == 3, proc.stderr
    assert proc.stderr.splitlines()[-1] == "GC True"


def test_worker_after_start_up_resumes_the_collector(monkeypatch):
    import gc

    from prcli import batch, gcpolicy
    from prcli.inputs.sources import Document

    monkeypatch.setattr(gcpolicy, "_settled", False)
    monkeypatch.setattr(gcpolicy, "_start_up_paused", True)
    was = gc.isenabled()
    gc.disable()
    try:
        batch._work(Document("a", "Sales rose 12% to $4 million."), ["stats"], {})
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()
