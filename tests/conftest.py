"""Shared fixtures: run the installed command as a user would, and locate the examples."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def prcli(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None,
          timeout: float = 60, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m prcli ARGS`` with stdout piped (not a terminal), returning text output."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    if not env or "PRCLI_BIDI" not in env:
        full_env.pop("PRCLI_BIDI", None)
    data = input.encode("utf-8") if isinstance(input, str) else input
    if data is not None:
        stdin = None
    elif stdin is None:
        stdin = subprocess.DEVNULL
    proc = subprocess.run([sys.executable, "-m", "prcli", *args], input=data, stdin=stdin,
                          capture_output=True, env=full_env, timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))



@pytest.fixture
def ar_example() -> Path:
    return EXAMPLES / "ar_press_release.txt"


@pytest.fixture
def en_example() -> Path:
    return EXAMPLES / "en_press_release.txt"


@pytest.fixture
def fr_example() -> Path:
    return EXAMPLES / "fr_communique.txt"
