"""Many documents in one run: JSON Lines archives, directories, --glob, --jobs, progress.

What a user sees: every good record printed in input order whatever --jobs is, every bad record
named on stderr with its line number (and the exit code saying something was skipped), and the
progress line never mixed into the output.
"""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import time
from itertools import count, islice

import pytest

from conftest import prcli
from prcli.batch import Progress, analyze_all
from prcli.inputs.sources import Document, Failure

# Short articles written for these tests (Arabic, English, French), varied so that every
# analysis has something to find.
ARTICLES = [
    "الرباط، 12 مارس 2025 - أعلنت وزارة الفلاحة عن تخصيص 450 مليون درهم لدعم الفلاحين الصغار. "
    "وقال الوزير إن \"البرنامج سيشمل 30 ألف مستفيد\". وأضاف أن نسبة الإنجاز بلغت 65 في المائة.",
    "Nairobi, 4 June 2024 - The water utility said it would replace 120 km of pipes this year. "
    "\"We lose 40% of our water before it reaches a tap,\" said its director, Amina Otieno.",
    "Lyon, le 8 avril 2025 - La métropole investira 25 millions d'euros dans les pistes cyclables. "
    "« Nous voulons doubler le trafic à vélo d'ici 2030 », a déclaré la vice-présidente.",
    "جدة، 3 يناير 2025 - استقبل الميناء 1200 حاوية خلال الأسبوع الماضي، بزيادة 15 في المائة. "
    "وأوضح المدير العام أن \"الطاقة الاستيعابية سترتفع إلى الضعف\" بحلول نهاية العام.",
]


def _records(n: int) -> list[dict[str, str]]:
    return [{"id": f"doc-{i:04d}", "text": ARTICLES[i % len(ARTICLES)]} for i in range(n)]


def _write_jsonl(path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_jsonl_bad_records_reported_with_line_numbers_others_printed(tmp_path):
    archive = tmp_path / "archive.jsonl"
    good = _records(3)
    _write_jsonl(archive, [
        json.dumps(good[0], ensure_ascii=False),
        '{"id": "broken", "text": "no closing brace"',          # line 2: invalid JSON
        json.dumps(good[1], ensure_ascii=False),
        json.dumps({"id": "notext", "title": "only a title"}),  # line 4: no text field
        "",                                                      # blank lines are not records
        json.dumps(good[2], ensure_ascii=False),
    ])
    out = prcli("summarize", "--format", "jsonl", "--input-format", "jsonl", str(archive))
    assert out.returncode == 1
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["source"] for d in docs] == ["doc-0000", "doc-0001", "doc-0002"]
    errors = out.stderr.splitlines()
    assert len(errors) == 2, out.stderr
    assert f"{archive}:2:" in errors[0] and "invalid JSON" in errors[0]
    assert f"{archive}:4:" in errors[1] and "text" in errors[1]
    assert "Traceback" not in out.stderr


def test_jsonl_custom_fields_and_missing_id(tmp_path):
    archive = tmp_path / "custom.jsonl"
    _write_jsonl(archive, [
        json.dumps({"ref": "A-1", "body": ARTICLES[1]}),
        json.dumps({"body": ARTICLES[2]}, ensure_ascii=False),
    ])
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", "--text-field", "body",
                "--id-field", "ref", str(archive))
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert docs[0]["source"] == "A-1"
    assert docs[1]["source"] == f"{archive}:2"  # no id: the record's place stands in
    assert [d["language"] for d in docs] == ["en", "fr"]


def test_jsonl_ids_that_are_not_strings_read_as_json(tmp_path):
    # an object id came out as Python's repr ("{'n': 7}"), which jq and cut cannot match
    archive = tmp_path / "ids.jsonl"
    _write_jsonl(archive, [
        json.dumps({"id": {"desk": "économie", "n": 7}, "text": ARTICLES[1]}, ensure_ascii=False),
        json.dumps({"id": 42, "text": ARTICLES[1]}),
        json.dumps({"id": True, "text": ARTICLES[1]}),
    ])
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", str(archive))
    assert out.returncode == 0, out.stderr
    sources = [json.loads(line)["source"] for line in out.stdout.splitlines()]
    assert sources == ['{"desk":"économie","n":7}', "42", "true"]


def test_jsonl_from_stdin(tmp_path):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(2))
    out = prcli("quotes", "--format", "jsonl", "--input-format", "jsonl", input=data)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["source"] for line in out.stdout.splitlines()] == ["doc-0000", "doc-0001"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "tsv"])
def test_jobs_2_output_identical_to_jobs_1_and_in_input_order(tmp_path, fmt):
    archive = tmp_path / "many.jsonl"
    _write_jsonl(archive, [json.dumps(r, ensure_ascii=False) for r in _records(60)])
    one = prcli("analyze", "--format", fmt, "--input-format", "jsonl", "--jobs", "1", str(archive))
    two = prcli("analyze", "--format", fmt, "--input-format", "jsonl", "--jobs", "2", str(archive))
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    if fmt == "jsonl":
        assert [json.loads(line)["source"] for line in two.stdout.splitlines()] == \
            [f"doc-{i:04d}" for i in range(60)]


def test_jobs_0_uses_all_cores_and_reports_bad_files(tmp_path):
    for i, text in enumerate(ARTICLES):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "2b.txt").write_bytes(b"")  # empty: reported, the others still printed
    out = prcli("stats", "--format", "jsonl", "--jobs", "0", str(tmp_path))
    assert out.returncode == 1
    names = [os.path.basename(json.loads(line)["source"]) for line in out.stdout.splitlines()]
    assert names == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert "2b.txt" in out.stderr and "empty" in out.stderr


def test_glob_chooses_files_in_directories(tmp_path):
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "nested" / "b.news").write_text(ARTICLES[1], encoding="utf-8")
    (tmp_path / "nested" / "deeper" / "c.news").write_text(ARTICLES[2], encoding="utf-8")
    out = prcli("summarize", "--format", "jsonl", "--glob", "*.news", str(tmp_path))
    assert out.returncode == 0, out.stderr
    names = [os.path.basename(json.loads(line)["source"]) for line in out.stdout.splitlines()]
    assert names == ["b.news", "c.news"]
    default = prcli("summarize", "--format", "jsonl", str(tmp_path))
    assert [os.path.basename(json.loads(line)["source"]) for line in default.stdout.splitlines()] == ["a.txt"]


def test_directory_of_jsonl_archives(tmp_path):
    (tmp_path / "2024").mkdir()
    _write_jsonl(tmp_path / "2024" / "jan.jsonl", [json.dumps(r, ensure_ascii=False) for r in _records(2)])
    feb = {"id": "feb-1", "text": ARTICLES[3]}
    _write_jsonl(tmp_path / "feb.jsonl", [json.dumps(feb, ensure_ascii=False)])
    (tmp_path / "notes.txt").write_text("not an archive", encoding="utf-8")
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", str(tmp_path))
    assert out.returncode == 0, out.stderr
    sources = [json.loads(line)["source"] for line in out.stdout.splitlines()]
    assert sources == ["doc-0000", "doc-0001", "feb-1"]


def test_progress_never_on_stdout_even_when_stderr_is_a_terminal(tmp_path):
    archive = tmp_path / "long.jsonl"
    _write_jsonl(archive, [json.dumps(r, ensure_ascii=False) for r in _records(800)])
    main_fd, tty_fd = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "TERM": "xterm"}
    out_path = tmp_path / "stdout.jsonl"
    t0 = time.monotonic()
    with out_path.open("wb") as out:  # a file, not a pipe: nothing to drain while reading the tty
        cmd = [sys.executable, "-m", "prcli", "stats", "--format", "jsonl", "--input-format", "jsonl",
               str(archive)]
        proc = subprocess.Popen(cmd, stdout=out, stderr=tty_fd, stdin=subprocess.DEVNULL, env=env)
    os.close(tty_fd)
    seen = b""
    while True:  # drain the terminal so the child never blocks on it
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    stdout = out_path.read_bytes()
    elapsed = time.monotonic() - t0
    os.close(main_fd)
    assert proc.returncode == 0, seen
    lines = stdout.decode("utf-8").splitlines()
    assert len(lines) == 800
    assert all(line.startswith("{") for line in lines)
    assert b"\x1b" not in stdout and b"\r" not in stdout and b"documents" not in stdout
    if elapsed > 2.5:  # long enough for the progress line to have been drawn on the terminal
        assert b"documents" in seen


def test_progress_drawn_only_on_a_terminal_after_the_delay():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    piped = io.StringIO()
    p = Progress(piped, delay=0.0, interval=0.0)
    p.step()
    assert piped.getvalue() == ""  # not a terminal: nothing, ever
    tty = Tty()
    p = Progress(tty, delay=0.0, interval=0.0, total=3)
    p.step()
    p.step(skipped=True)
    assert "2/3 documents" in tty.getvalue() and "1 skipped" in tty.getvalue()
    p.clear()
    assert tty.getvalue().endswith("\r\x1b[K")
    late = Tty()
    Progress(late, delay=60.0).step()
    assert late.getvalue() == ""  # a short run shows no progress


def _docs(consumed: list[int]):
    for i in count():
        consumed.append(i)
        yield Document(f"d{i}", ARTICLES[i % len(ARTICLES)])


def test_parallel_streams_and_reads_only_a_bounded_window_ahead():
    consumed: list[int] = []
    results = analyze_all(_docs(consumed), ["stats"], {}, jobs=2, chunk_size=4, max_pending=3)
    first = list(islice(results, 10))  # an endless input: only possible if results stream
    results.close()
    assert [r.source for r in first] == [f"d{i}" for i in range(10)]
    # 10 results handed over; at most 3 chunks of 4 read beyond the last chunk handed over
    assert len(consumed) <= 12 + 3 * 4 + 2


def test_failures_keep_their_place_in_parallel_runs():
    items = [Document("a", ARTICLES[0]), Failure("b", "unreadable"), Document("c", ARTICLES[1]),
             Failure("d", "empty"), Document("e", ARTICLES[2])]
    got = list(analyze_all(items, ["summary"], {}, jobs=2, chunk_size=1))
    assert [r.source for r in got] == ["a", "b", "c", "d", "e"]
    assert [isinstance(r, Failure) for r in got] == [False, True, False, True, False]


def test_jsonl_record_over_max_bytes_is_skipped_with_its_line_number(tmp_path):
    archive = tmp_path / "big.jsonl"
    long_record = {"id": "long", "text": " ".join([ARTICLES[1]] * 20)}
    records = [*_records(1), long_record, *_records(2)]
    _write_jsonl(archive, [json.dumps(r, ensure_ascii=False) for r in records])
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", "--max-bytes", "2000", str(archive))
    assert out.returncode == 1
    sources = [json.loads(line)["source"] for line in out.stdout.splitlines()]
    assert sources == ["doc-0000", "doc-0000", "doc-0001"]
    assert f"{archive}:2:" in out.stderr and "--max-bytes" in out.stderr


def test_chunks_are_bounded_by_count_and_by_size():
    from prcli.batch import _chunks

    items = [Document(f"d{i}", "x" * 400) for i in range(10)]
    assert [len(c) for c in _chunks(iter(items), 4, max_chars=10_000)] == [4, 4, 2]
    assert [len(c) for c in _chunks(iter(items), 8, max_chars=1000)] == [3, 3, 3, 1]
    big = [Document("huge", "x" * 5000), Failure("bad", "unreadable"), Document("small", "x")]
    assert [len(c) for c in _chunks(iter(big), 8, max_chars=1000)] == [1, 2]


def test_legacy_arabic_recognised_after_a_long_ascii_header(tmp_path):
    header = "Reference: PR-2025-001; contact: press@example.org\n" * 5000  # > 200 000 characters
    f = tmp_path / "legacy.txt"
    f.write_bytes((header + ARTICLES[0]).encode("cp1256", errors="replace"))
    out = prcli("stats", "--format", "json", str(f))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert any(s["text"].startswith("450") for s in doc["stats"])


def test_jsonl_binary_file_is_one_line_and_the_others_go_on(tmp_path):
    binary = tmp_path / "image.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    good = tmp_path / "good.jsonl"
    _write_jsonl(good, [json.dumps(r, ensure_ascii=False) for r in _records(2)])
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", str(binary), str(good))
    assert out.returncode == 1
    assert [json.loads(line)["source"] for line in out.stdout.splitlines()] == ["doc-0000", "doc-0001"]
    assert "binary" in out.stderr and len(out.stderr.splitlines()) <= 2
    assert "Traceback" not in out.stderr


def test_jsonl_unknown_encoding_is_a_clear_line(tmp_path):
    archive = tmp_path / "a.jsonl"
    _write_jsonl(archive, [json.dumps(r, ensure_ascii=False) for r in _records(1)])
    out = prcli("stats", "--input-format", "jsonl", "--encoding", "klingon", str(archive))
    assert out.returncode == 2  # an unknown option value: a usage error, before any file is read
    (line,) = out.stderr.splitlines()
    assert line.startswith("prcli: unknown --encoding 'klingon'")


def test_a_worker_that_dies_is_reported_not_a_traceback(monkeypatch):
    from prcli import batch

    real = batch.analyze_document

    def fragile(doc, sections, options):
        if doc.source == "boom":
            os._exit(9)  # a worker killed mid-document (forked workers inherit this patch)
        return real(doc, sections, options)

    monkeypatch.setattr(batch, "analyze_document", fragile)
    items = [Document(f"d{i}", ARTICLES[i % 4]) for i in range(6)] + [Document("boom", "x")]
    with pytest.raises(batch.WorkerDied, match="worker process died"):
        list(analyze_all(items, ["stats"], {}, jobs=2, chunk_size=2))


def test_empty_jsonl_archive_is_reported(tmp_path):
    archive = tmp_path / "empty.jsonl"
    archive.write_text("\n\n", encoding="utf-8")
    out = prcli("stats", "--format", "jsonl", "--input-format", "jsonl", str(archive))
    assert out.returncode == 1
    assert out.stdout == ""
    (line,) = out.stderr.splitlines()
    assert str(archive) in line and "empty" in line
