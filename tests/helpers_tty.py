"""Running prcli in real terminals for the right-to-left tests.

Screens come from tmux (a terminal grid that does no BiDi and no shaping), each test on its
own tmux server socket and session name, always killed afterwards. Raw bytes come from a
pseudo-terminal opened here. ``check_rtl.py`` lives in the shared tools beside the clone
(``../shared/tools``) or under ``$PRCLI_SHARED/tools``; tests skip cleanly without it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shlex
import shutil
import struct
import subprocess
import sys
import termios
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: prcli as the tests run it: the interpreter running pytest, so the checkout under test is used.
PRCLI = [sys.executable, "-m", "prcli"]


def shared_dir() -> Path | None:
    """The shared directory: $PRCLI_SHARED, else ../shared beside the repository."""
    env = os.environ.get("PRCLI_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if (cand / "tools" / "check_rtl.py").is_file():
            return cand
    return None


def check_rtl_script() -> Path:
    """check_rtl.py, or skip the test when it (or what it imports) is absent."""
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared tools not found (set PRCLI_SHARED or place shared/ beside the clone)")
    for mod in ("wcwidth", "arabic_reshaper", "bidi"):
        try:
            __import__(mod)
        except ImportError:
            pytest.skip(f"check_rtl.py needs {mod}")
    return shared / "tools" / "check_rtl.py"


def need_tmux() -> str:
    tmux = shutil.which("tmux")
    if tmux is None:
        pytest.skip("tmux is not installed")
    return tmux


def check_rtl(*args: str | Path) -> tuple[int, str]:
    """Run check_rtl.py; (exit status, its report)."""
    script = check_rtl_script()
    proc = subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True,
                          text=True, timeout=120)
    return proc.returncode, proc.stdout + proc.stderr


def _clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "PRCLI_BIDI", "TMUX", "TMUX_PANE", "NO_COLOR")}
    env.update(extra or {})
    return env


class TmuxScreen:
    """One command run in a fresh tmux server of ``width`` x ``height`` cells."""

    def __init__(self, argv: list[str], width: int, height: int = 200, cwd: Path | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.tmux = need_tmux()
        tag = uuid.uuid4().hex[:10]
        self.socket, self.session = f"prcli-test-{tag}", f"prcli-{tag}"
        self.width, self.height, self.argv, self.cwd = width, height, argv, cwd
        self.env = _clean_env(env)
        self.rc: int | None = None

    def _tmux(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run([self.tmux, "-u", "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True, env=self.env, timeout=30, check=check)
        return proc.stdout

    def _settled_screen(self) -> str:
        """The pane once tmux has drawn every byte: two equal captures in a row."""
        last = None
        for _ in range(30):
            screen = self._tmux("capture-pane", "-p", "-t", self.session, "-S", "0",
                                "-E", str(self.height - 1))
            if screen == last:
                return screen
            last = screen
            time.sleep(0.1)
        return last or ""

    def run(self, timeout: float = 60) -> list[str]:
        """Run, wait for the command to end, return the captured screen lines; always kills the
        session and its server."""
        done = Path(os.environ.get("TMPDIR", "/tmp")) / f"{self.session}.rc"
        env_unset = "unset COLUMNS LINES PRCLI_BIDI; "
        shell = (f"{env_unset}{shlex.join(self.argv)}; echo $? > {shlex.quote(str(done))}; sleep 30")
        try:
            self._tmux("new-session", "-d", "-s", self.session, "-x", str(self.width),
                       "-y", str(self.height), "-c", str(self.cwd or ROOT), shell)
            self._tmux("set-option", "-t", self.session, "status", "off", check=False)
            deadline = time.monotonic() + timeout
            while not done.exists() or not done.read_text().strip():
                if time.monotonic() > deadline:
                    raise AssertionError(f"prcli did not finish in {timeout}s in tmux")
                time.sleep(0.1)
            self.rc = int(done.read_text().strip())
            screen = self._settled_screen()
            self.title = self._tmux("display-message", "-p", "-t", self.session, "#{pane_title}")
            self.alternate = self._tmux("display-message", "-p", "-t", self.session, "#{alternate_on}")
        finally:
            socket = self._tmux("display-message", "-p", "#{socket_path}", check=False).strip()
            self._tmux("kill-session", "-t", self.session, check=False)
            self._tmux("kill-server", check=False)
            done.unlink(missing_ok=True)
            if socket.endswith(self.socket):  # tmux leaves its socket file behind
                Path(socket).unlink(missing_ok=True)
        lines = screen.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        return lines


def tmux_screen(argv: list[str], width: int, **kw: object) -> tuple[list[str], TmuxScreen]:
    t = TmuxScreen(argv, width, **kw)  # type: ignore[arg-type]
    return t.run(), t


def pty_output(argv: list[str], width: int = 100, height: int = 50, cwd: Path | None = None,
               timeout: float = 60) -> bytes:
    """Every byte the command writes to a real pseudo-terminal of ``width`` columns."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    env = _clean_env({"TERM": "xterm-256color"})
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd or ROOT, env=env,
                            close_fds=True, start_new_session=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child side is closed
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    return b"".join(chunks)
