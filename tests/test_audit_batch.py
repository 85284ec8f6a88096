"""Issue 7 audit: batch behaviour users see, where test_batch.py checks it only in the library
or only sometimes.

- streaming through the command line: results printed while the input is still being written
  (JSON Lines on a pipe with --jobs 1 and 2; several FILE arguments where the last one is not
  readable yet);
- flat memory through the command line: the process's peak memory after 3,000 documents is that
  after 300;
- --jobs really spreads documents over worker processes; --jobs 0 is every usable core;
- the progress line: always drawn on a terminal stderr once the run is long (made long by a slow
  writer, not by hoping the machine is slow), erased at the end, never on stdout, not drawn when
  stderr is piped or TERM=dumb, and never breaking the output when both share one terminal;
- JSON Lines details: numeric ids, non-object records, non-string or empty text, each reported
  with its line number; several --glob patterns;
- start-up discipline: no Rich and no analysis a command does not use in any piped format, and no
  data file read at import time.
"""

from __future__ import annotations

import json
import os
import pty
import queue
import re
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import prcli
from prcli.batch import analyze_all, worker_count
from prcli.inputs.sources import Document, Failure
from test_batch_startup import PROBE

ARTICLES = [
    "Casablanca, 2 May 2025 - The port handled 1.2 million containers last year, up 8%. "
    "\"We will open a second terminal in 2027,\" its director, Youssef Bennani, said.",
    "الدار البيضاء، 2 ماي 2025 - عالج الميناء 1,2 مليون حاوية العام الماضي بزيادة 8 في المائة. "
    "وقال مديره يوسف بناني إن \"محطة ثانية ستفتح سنة 2027\".",
    "Marseille, le 2 mai 2025 - Le port a traité 1,2 million de conteneurs l'an dernier, soit 8 % de plus. "
    "« Un second terminal ouvrira en 2027 », a déclaré son directeur.",
]
CMD = [sys.executable, "-m", "prcli"]


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **extra}
    env.pop("PRCLI_BIDI", None)
    return env


def _record(i: int, padding: int = 0) -> str:
    """One JSON Lines record; ``padding`` adds a field prcli does not read (a page's raw HTML)."""
    rec = {"id": f"r{i:05d}", "text": ARTICLES[i % len(ARTICLES)]}
    if padding:
        rec["html"] = "<p>" + "x" * padding + "</p>"
    return json.dumps(rec, ensure_ascii=False) + "\n"


def _line_reader(stream) -> queue.Queue[bytes | None]:
    """Lines of ``stream`` on a queue (None at the end), read by a thread: never blocks the test."""
    q: queue.Queue[bytes | None] = queue.Queue()

    def pump() -> None:
        for line in iter(stream.readline, b""):
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def _take(q: queue.Queue[bytes | None], n: int, timeout: float = 60) -> list[bytes]:
    got: list[bytes] = []
    deadline = time.monotonic() + timeout
    while len(got) < n:
        line = q.get(timeout=max(0.1, deadline - time.monotonic()))
        assert line is not None, f"output ended after {len(got)} lines"
        got.append(line)
    return got


@pytest.mark.parametrize("jobs,written,expected", [("1", 3, 3), ("2", 100, 40)])
def test_results_stream_while_the_archive_is_still_being_written(jobs: str, written: int, expected: int):
    """JSON Lines on a pipe that stays open: results come out before the input ends. With --jobs 2
    documents go in chunks of 8 and at most 6 chunks are in flight, so of 100 records written at
    least 40 must be printed before any more input arrives."""
    proc = subprocess.Popen([*CMD, "stats", "--format", "jsonl", "--input-format", "jsonl", "--jobs", jobs],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    assert proc.stdin is not None and proc.stdout is not None
    try:
        lines = _line_reader(proc.stdout)
        proc.stdin.write("".join(_record(i) for i in range(written)).encode("utf-8"))
        proc.stdin.flush()
        early = _take(lines, expected)  # the input is still open here
        assert proc.poll() is None
        assert [json.loads(x)["source"] for x in early] == [f"r{i:05d}" for i in range(expected)]
        proc.stdin.write("".join(_record(i) for i in range(written, written + 5)).encode("utf-8"))
        proc.stdin.close()
        rest = _take(lines, written + 5 - expected)
        assert _take_end(lines)
        assert proc.wait(timeout=60) == 0
        sources = [json.loads(x)["source"] for x in early + rest]
        assert sources == [f"r{i:05d}" for i in range(written + 5)]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _take_end(q: queue.Queue[bytes | None]) -> bool:
    return q.get(timeout=60) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_several_files_print_each_result_before_reading_the_next(tmp_path: Path):
    """``prcli stats a.txt b.txt fifo``: a and b are printed while the fifo has no writer yet."""
    files = []
    for i, text in enumerate(ARTICLES[:2]):
        f = tmp_path / f"{i}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen([*CMD, "stats", "--format", "jsonl", *files, str(fifo)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    assert proc.stdout is not None
    try:
        lines = _line_reader(proc.stdout)
        early = _take(lines, 2)
        assert [json.loads(x)["source"] for x in early] == files
        assert proc.poll() is None  # still waiting for the third input
        with open(fifo, "w", encoding="utf-8") as w:
            w.write(ARTICLES[2])
        (last,) = _take(lines, 1)
        assert json.loads(last)["source"] == str(fifo)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _bytes_read(pid: int) -> int:
    """Bytes the process has read so far (its ``rchar``: files, pipes and all)."""
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar")


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


PEAK_OF_A_SHORT_RUN = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_memory_stays_flat_over_thousands_of_documents(jobs: str):
    """An archive (22 MB: each record carries 20 KB of HTML prcli does not read) written as fast
    as prcli takes it: after 100 documents prcli has read only about 100 records (plus its
    bounded window and the pipe's buffers), and its peak memory after 100 and after 1,000
    documents stays within a few MiB of a 10-document run's (a reader that ran ahead, or results
    kept, would grow with the count)."""
    argv = [*CMD, "stats", "--format", "jsonl", "--input-format", "jsonl", "--jobs", jobs]
    short = subprocess.run([sys.executable, "-c", PEAK_OF_A_SHORT_RUN, *argv], capture_output=True,
                           input="".join(_record(i, 20_000) for i in range(10)).encode("utf-8"),
                           env=_env(), timeout=60)
    assert short.returncode == 0, short.stderr
    baseline = int(short.stdout)
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=_env())
    assert proc.stdin is not None and proc.stdout is not None
    stdin = proc.stdin

    def feed() -> None:
        try:
            for start in range(0, 1_100, 100):
                stdin.write("".join(_record(i, 20_000) for i in range(start, start + 100)).encode("utf-8"))
            stdin.close()
        except (BrokenPipeError, ValueError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    try:
        lines = _line_reader(proc.stdout)
        _take(lines, 100, timeout=120)
        read = _bytes_read(proc.pid)
        early = _peak_rss_kib(proc.pid)
        _take(lines, 900, timeout=120)
        late = _peak_rss_kib(proc.pid)
        print(f"peak RSS: 10 documents {baseline} KiB, after 100: {early} KiB, after 1000: {late} KiB")
        assert late - early < 8 * 1024, (early, late)
        assert late - baseline < 8 * 1024, (baseline, late)
        record = len(_record(0, 20_000).encode("utf-8"))
        # window: 6 chunks of 8 documents, the reader's line buffer and the pipe's; a reader that ran
        # ahead would have read all 1,100 records (22 MB) by now
        assert read < (100 + 200) * record + (2 << 20), (read, record)
        _take(lines, 100, timeout=120)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_jobs_0_means_every_usable_core():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert worker_count(0) == cores
    assert worker_count(3) == 3


def _pid_of(doc: Document, sections: list[str], options: dict) -> Failure:
    time.sleep(0.02)  # long enough that both workers get documents
    return Failure(doc.source, str(os.getpid()))


def test_jobs_spreads_documents_over_worker_processes(monkeypatch: pytest.MonkeyPatch):
    from prcli import batch

    monkeypatch.setattr(batch, "analyze_document", _pid_of)  # forked workers inherit it
    docs = [Document(f"d{i}", ARTICLES[i % 3]) for i in range(40)]
    got = list(analyze_all(docs, ["stats"], {}, jobs=2, chunk_size=2))
    assert [r.source for r in got] == [d.source for d in docs]
    pids = {int(r.message) for r in got}
    assert os.getpid() not in pids and len(pids) == 2


def test_jobs_0_and_jobs_1_print_the_same_results_and_errors(tmp_path: Path):
    archive = tmp_path / "a.jsonl"
    lines = [_record(i) for i in range(30)]
    lines[7] = '{"id": "cut", "text": "Le port\n'          # line 8: invalid JSON
    lines[20] = json.dumps({"id": "no-text"}) + "\n"       # line 21: no text field
    archive.write_text("".join(lines), encoding="utf-8")
    one = prcli("analyze", "--format", "jsonl", "--input-format", "jsonl", "--jobs", "1", str(archive))
    every = prcli("analyze", "--format", "jsonl", "--input-format", "jsonl", "--jobs", "0", str(archive))
    assert one.returncode == every.returncode == 1
    assert every.stdout == one.stdout and len(one.stdout.splitlines()) == 28
    assert every.stderr == one.stderr
    assert [e.split(": ")[1] for e in every.stderr.splitlines()] == [f"{archive}:8", f"{archive}:21"]


# Progress line ---------------------------------------------------------------------------------

def _slow_run(stderr_tty: bool, stdout_tty: bool, tmp_path: Path, term: str = "xterm",
              records: int = 14, pause: float = 0.15) -> tuple[bytes, bytes, int]:
    """A JSON Lines run made to last ~2 s by a slow writer; returns (terminal bytes, stdout bytes
    when it is a file, exit code)."""
    master, slave = pty.openpty()
    out_path = tmp_path / "stdout.bin"
    with out_path.open("wb") as out_file:
        proc = subprocess.Popen(
            [*CMD, "stats", "--format", "jsonl", "--bidi", "logical", "--input-format", "jsonl"],
            stdin=subprocess.PIPE, stdout=slave if stdout_tty else out_file,
            stderr=slave if stderr_tty else out_file, env=_env(TERM=term), start_new_session=True)
    os.close(slave)
    assert proc.stdin is not None
    seen: list[bytes] = []

    def drain(until: float) -> None:
        while time.monotonic() < until:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    return
                if not data:
                    return
                seen.append(data)

    try:
        for i in range(records):
            proc.stdin.write(_record(i).encode("utf-8"))
            proc.stdin.flush()
            drain(time.monotonic() + pause)
        proc.stdin.close()
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            drain(time.monotonic() + 0.1)
        drain(time.monotonic() + 0.3)
        rc = proc.wait(timeout=10)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return b"".join(seen), out_path.read_bytes(), rc


def test_progress_is_drawn_on_a_terminal_stderr_in_a_long_run_and_never_on_stdout(tmp_path: Path):
    tty, stdout, rc = _slow_run(stderr_tty=True, stdout_tty=False, tmp_path=tmp_path)
    assert rc == 0
    assert b"prcli: " in tty and b" documents, " in tty  # the run lasted > 1 s: the line was drawn
    assert tty.endswith(b"\r\x1b[K")  # and erased at the end
    lines = stdout.decode("utf-8").splitlines()
    assert [json.loads(x)["source"] for x in lines] == [f"r{i:05d}" for i in range(14)]
    assert b"\x1b" not in stdout and b"\r" not in stdout and b"documents" not in stdout


@pytest.mark.parametrize("how", ["stderr-piped", "term-dumb"])
def test_no_progress_when_stderr_is_not_an_interactive_terminal(tmp_path: Path, how: str):
    if how == "stderr-piped":  # stderr goes to the same file as stdout: it must hold JSON only
        tty, stdout, rc = _slow_run(stderr_tty=False, stdout_tty=False, tmp_path=tmp_path)
    else:
        tty, stdout, rc = _slow_run(stderr_tty=True, stdout_tty=False, tmp_path=tmp_path, term="dumb")
        assert tty == b""
    assert rc == 0
    assert [json.loads(x)["source"] for x in stdout.decode("utf-8").splitlines()] == \
        [f"r{i:05d}" for i in range(14)]


def test_progress_and_output_on_one_terminal_do_not_mix(tmp_path: Path):
    tty, _, rc = _slow_run(stderr_tty=True, stdout_tty=True, tmp_path=tmp_path)
    assert rc == 0
    assert b" documents, " in tty
    # Remove the progress line and its erasures: what is left is the output, one record a line.
    rest = re.sub(rb"\r\x1b\[K(?:prcli: [^\r\n\x1b]*)?", b"", tty)
    lines = [x for x in rest.decode("utf-8").split("\r\n") if x]
    assert [json.loads(x)["source"] for x in lines] == [f"r{i:05d}" for i in range(14)]


# JSON Lines details ----------------------------------------------------------------------------

def test_jsonl_every_kind_of_bad_record_is_named_by_line_and_skipped(tmp_path: Path):
    archive = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": 101, "text": ARTICLES[0]}),               # 1: numeric id -> "101"
        "[1, 2, 3]",                                                 # 2: not an object
        json.dumps({"id": "x", "text": 42}),                         # 3: text not a string
        json.dumps({"id": "y", "text": "   \n "}),                   # 4: empty text
        "\ufeff" + json.dumps({"id": "bom", "text": ARTICLES[2]}, ensure_ascii=False),  # 5: BOM: fine
        '{"id": "cut", "text": "Le port a',                          # 6: truncated
        json.dumps({"id": None, "text": ARTICLES[1]}, ensure_ascii=False),  # 7: null id -> place
    ]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = prcli("quotes", "--format", "jsonl", "--input-format", "jsonl", str(archive))
    assert out.returncode == 1
    assert [json.loads(x)["source"] for x in out.stdout.splitlines()] == ["101", "bom", f"{archive}:7"]
    errors = out.stderr.splitlines()
    assert [e.split(": ")[1] for e in errors] == [f"{archive}:{n}" for n in (2, 3, 4, 6)]
    assert "Traceback" not in out.stderr


def test_several_glob_patterns(tmp_path: Path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "x" / "b.text").write_text(ARTICLES[1], encoding="utf-8")
    (tmp_path / "x" / "y" / "c.article").write_text(ARTICLES[2], encoding="utf-8")
    (tmp_path / "x" / "d.md").write_text(ARTICLES[0], encoding="utf-8")
    out = prcli("stats", "--format", "jsonl", "--glob", "*.text", "--glob", "*.article", str(tmp_path))
    assert out.returncode == 0, out.stderr
    names = [Path(json.loads(x)["source"]).name for x in out.stdout.splitlines()]
    assert names == ["b.text", "c.article"]
    default = prcli("stats", "--format", "jsonl", str(tmp_path))
    found = sorted(Path(json.loads(x)["source"]).name for x in default.stdout.splitlines())
    assert found == ["a.txt", "d.md"]


# Start-up discipline ---------------------------------------------------------------------------



@pytest.mark.parametrize("fmt", ["text", "jsonl", "tsv", "csv", "md"])
def test_no_rich_in_any_piped_format(fmt: str, tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLES[1], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", PROBE, "analyze", "--format", fmt, str(f)],
                          capture_output=True, text=True, env=_env(PRCLI_SLOW_EXIT="1"),
                          stdin=subprocess.DEVNULL, timeout=60)
    assert proc.stdout.strip(), proc.stderr
    loaded = set([x for x in proc.stderr.splitlines() if x.startswith("MODULES ")][-1].split()[1:])
    for name in ("rich", "prcli.render.terminal", "prcli.render.bidi", "multiprocessing"):
        assert not any(m == name or m.startswith(name + ".") for m in loaded), name


NO_WORK_AT_IMPORT = """
import builtins, importlib, pkgutil, sys
opened = []
real_open = builtins.open
def spy(file, *a, **k):
    opened.append(str(file))
    return real_open(file, *a, **k)
builtins.open = spy
import prcli
for m in pkgutil.walk_packages(prcli.__path__, "prcli."):
    if m.name != "prcli.__main__":
        importlib.import_module(m.name)
from prcli.text import resources
print(len(sys.modules), resources.word_list.cache_info().currsize, resources.table.cache_info().currsize)
print("\\n".join(p for p in opened if "/data/" in p))
"""


def test_importing_every_module_reads_no_data_file():
    """Word lists are read on first use: importing all of prcli opens no data file."""
    proc = subprocess.run([sys.executable, "-c", NO_WORK_AT_IMPORT], capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert proc.returncode == 0, proc.stderr
    first, *data_files = [x for x in proc.stdout.splitlines() if x]
    assert first.split()[1:] == ["0", "0"]
    assert data_files == []


def test_one_slow_document_draws_no_progress_line(tmp_path: Path):
    """One document has nothing to count: a run that lasts 2 s (a slow writer on stdin) leaves the
    terminal stderr untouched, where a batch that long would show its progress line."""
    master, slave = pty.openpty()
    out_path = tmp_path / "stdout.txt"
    with out_path.open("wb") as out_file:
        proc = subprocess.Popen([*CMD, "stats", "--format", "text"], stdin=subprocess.PIPE,
                                stdout=out_file, stderr=slave, env=_env(TERM="xterm"),
                                start_new_session=True)
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write(b"The council approved 12 new schools on Monday.\n")
    proc.stdin.flush()
    time.sleep(2.0)
    proc.stdin.write(b"It will also hire 300 teachers.\n")
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0
    seen = b""
    while select.select([master], [], [], 0.2)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        seen += data
    os.close(master)
    assert b"documents" not in seen and b"\x1b" not in seen
    assert out_path.read_text(encoding="utf-8").count("\tcount\t") == 2
