"""Helpers shared by the benchmark scripts (not part of the package)."""

from __future__ import annotations

import os
import shlex
import sys
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
