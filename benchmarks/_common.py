"""Helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Children run with the user's environment, minus the switch that disables bytecode caching.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def take_priority() -> None:
    """``--priority``: run this script and what it measures in a session of its own whose
    scheduling group has the highest priority (Linux, root).

    On a machine shared with other sessions, Linux's autogroup scheduler gives each session an
    equal share of the CPUs, so without this ``--jobs 2`` gets no more CPU than ``--jobs 1``
    while others are busy. It slows the other sessions down for the duration of the benchmark.
    """
    try:
        os.setsid()
        with open("/proc/self/autogroup", "w") as fh:
            fh.write("-20")
        print("priority: own session, autogroup nice -20")
    except OSError as e:
        print(f"priority: not available ({e}); measuring at normal priority")


def shared_dir() -> Path:
    """``$PRCLI_SHARED``, else the nearest ``shared`` folder (with a corpus or seeds) beside the
    checkout or above it; the scripts skip cleanly when it does not exist."""
    env = os.environ.get("PRCLI_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for up in here.parents:
        if (up / "shared" / "corpus").is_dir() or (up / "shared" / "seeds").is_dir():
            return up / "shared"
    return here.parents[2] / "shared"


def prcli_command() -> list[str]:
    """The prcli command as a user runs it: $PRCLI, else the one installed beside this Python."""
    if os.environ.get("PRCLI"):
        return shlex.split(os.environ["PRCLI"])
    script = Path(sys.executable).with_name("prcli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "prcli"]


def bulk_archive() -> Path:
    """The 5,000-article Arabic archive of the shared corpus (may not exist)."""
    return shared_dir() / "corpus" / "bulk" / "ar_saudinewsnet5000.jsonl"


def real_arabic_article(size_bytes: int) -> str:
    """Real articles of the bulk archive, one after the other as paragraphs, until ``size_bytes``
    of UTF-8 (the archive is read again from the top when it is shorter)."""
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        with bulk_archive().open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"].strip()
                parts.append(text)
                total += len(text.encode("utf-8")) + 2
                if total >= size_bytes:
                    break
    return "\n\n".join(parts)


def measure(cmd: list[str], out_path: str) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds (user + system, with worker processes), peak RSS in MiB and exit
    code of one whole process; its stderr's end is shown when it fails."""
    with open(out_path, "wb") as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        rc = os.waitstatus_to_exitcode(status)
        if rc != 0:
            err.seek(0)
            sys.stderr.write(err.read().decode("utf-8", "replace")[-2000:])
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, rc
