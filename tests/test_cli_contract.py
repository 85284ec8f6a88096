"""The command-line contract: commands, options, exit codes and errors, as a user meets them."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from conftest import prcli


def test_version_and_help():
    out = prcli("--version")
    assert out.returncode == 0 and out.stdout.startswith("prcli ")
    help_ = prcli("--help")
    assert help_.returncode == 0
    for cmd in ("summarize", "quotes", "stats", "analyze"):
        assert cmd in help_.stdout


@pytest.mark.parametrize("cmd", ["summarize", "quotes", "stats", "analyze"])
def test_every_command_has_the_common_options(cmd):
    out = prcli(cmd, "--help", env={"COLUMNS": "200"})
    assert out.returncode == 0
    for opt in ("--format", "--bidi", "--encoding"):
        assert opt in out.stdout


def test_python_m_and_console_script_agree(ar_example):
    a = prcli("summarize", "--format", "json", str(ar_example))
    assert a.returncode == 0
    doc = json.loads(a.stdout)
    assert doc["source"] == str(ar_example) and doc["language"] == "ar"


def test_no_file_with_terminal_stdin_is_a_usage_error_and_does_not_wait():
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "prcli", "summarize"], stdin=slave,
                              capture_output=True, timeout=20)
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "no input" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_piped_stdin_is_read_without_file(ar_example):
    text = ar_example.read_text(encoding="utf-8")
    out = prcli("summarize", "--format", "json", input=text)
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert doc["source"] == "-"
    assert doc["summary"][0]["text"] in text


def test_dash_reads_stdin(en_example):
    out = prcli("quotes", "--format", "json", "-", input=en_example.read_text(encoding="utf-8"))
    assert out.returncode == 0 and json.loads(out.stdout)["source"] == "-"


@pytest.mark.parametrize("args", [[], ["--input-format", "jsonl", "--text-field", "body"]])
def test_dash_twice_reads_stdin_once_and_says_why_the_second_is_skipped(args):
    # the second «-» said «empty or whitespace-only input»
    text = "« Le pont rouvrira lundi », a annoncé l'ingénieure Maud Lerouge."
    data = json.dumps({"id": "r1", "body": text}) if args else text
    out = prcli("quotes", *args, "-", "-", input=data)
    assert out.returncode == 1
    assert "Maud Lerouge" in out.stdout
    assert out.stderr == "prcli: -: standard input was read already; give '-' once\n"


def _one_line_error(err: str, name: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert name in lines[0] and "Traceback" not in err


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    out = prcli("stats", str(missing))
    assert out.returncode == 1
    _one_line_error(out.stderr, str(missing))
    assert out.stdout == ""


def test_directory_without_articles_is_an_error(tmp_path):
    out = prcli("stats", str(tmp_path))
    assert out.returncode == 1
    _one_line_error(out.stderr, str(tmp_path))


def test_directory_is_searched_recursively(tmp_path, ar_example, en_example):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(ar_example.read_bytes())
    (tmp_path / "sub" / "b.md").write_bytes(en_example.read_bytes())
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    out = prcli("summarize", "--format", "jsonl", str(tmp_path))
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["language"] for d in docs] == ["ar", "en"]


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_bad_content_is_one_clear_line(tmp_path, content, needle):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = prcli("analyze", str(f))
    assert out.returncode == 1
    _one_line_error(out.stderr, str(f))
    assert needle in out.stderr


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    f = tmp_path / "secret.txt"
    f.write_text("hello world. this is text.")
    f.chmod(0)
    out = prcli("stats", str(f))
    assert out.returncode == 1
    _one_line_error(out.stderr, str(f))


def test_a_bad_file_in_a_batch_does_not_lose_the_others(tmp_path, ar_example, fr_example):
    missing = tmp_path / "missing.txt"
    out = prcli("stats", "--format", "json", str(ar_example), str(missing), str(fr_example))
    assert out.returncode == 1
    docs = json.loads(out.stdout)
    assert [d["source"] for d in docs] == [str(ar_example), str(fr_example)]
    _one_line_error(out.stderr, str(missing))


@pytest.mark.parametrize("args", [
    ["summarize", "--format", "yaml"],
    ["summarize", "--sentences", "-1"],
    ["summarize", "--sentences", "2", "--words", "10"],
    ["summarize", "--ratio", "0"],
    ["stats", "--kind", "weight"],
    ["quotes", "--bogus"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args, ar_example):
    out = prcli(*args, str(ar_example))
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr


def test_bad_prcli_bidi_env_is_a_usage_error(ar_example):
    out = prcli("summarize", str(ar_example), env={"PRCLI_BIDI": "sideways"})
    assert out.returncode == 2 and "PRCLI_BIDI" in out.stderr


def test_closed_pipe_ends_quietly(ar_example, en_example, fr_example):
    cmd = (f"{sys.executable} -m prcli analyze --format text {ar_example} {en_example} {fr_example} "
           f"{ar_example} {en_example} | head -1")
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, timeout=60)
    assert proc.stdout.count(b"\n") == 1
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


@pytest.mark.parametrize("args", ["--help", "quotes --help", "stats -h"])
def test_help_read_by_head_exits_0(args):
    # a script that reads only the help's first line must not see a failure
    cmd = f"set -o pipefail; {sys.executable} -m prcli {args} | head -1"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"\n") == 1 and proc.stderr == b""


def test_unknown_encoding_is_one_clear_line(ar_example):
    # an unknown value of an option is a usage error (README: exit 2), said once
    out = prcli("summarize", "--encoding", "klingon", str(ar_example))
    assert out.returncode == 2
    _one_line_error(out.stderr, "--encoding 'klingon'")
    assert "encoding" in out.stderr


@pytest.mark.parametrize("args", [
    ["quotes", "--encoding", "klingon"],
    ["quotes", "-e", "base64"],             # a bytes codec: was a traceback
    ["stats", "-e", "rot13"],
    ["stats", "--input-format", "jsonl", "-e", "base64"],
    ["analyze", "-e", "hex"],
])
def test_unknown_or_bytes_encoding_is_one_usage_error_for_all_files(args, ar_example, fr_example):
    out = prcli(*args, str(ar_example), str(fr_example))
    assert out.returncode == 2, out.stderr
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("prcli: unknown --encoding "), out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("codec", ["base64", "rot13", "klingon"])
def test_library_decode_bytes_refuses_a_bytes_codec_with_input_error(codec):
    from prcli.inputs.decode import InputError, decode_bytes

    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes("Le maire a parlé.".encode(), codec)


def test_a_real_codec_is_still_accepted(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("« Nous ouvrirons la piscine en juin », a promis la maire Odile Ferrand.".encode("cp1252"))
    out = prcli("quotes", "--encoding", "cp1252", str(f))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "Odile Ferrand: “Nous ouvrirons la piscine en juin”\n"


@pytest.mark.parametrize(("args", "patterns"), [
    ([], "no *.txt or *.md files in this directory"),
    (["--glob", "*.text"], "no *.text files in this directory"),
    (["--input-format", "jsonl"], "no *.jsonl files in this directory"),
])
def test_a_directory_with_no_matching_file_says_so(tmp_path, args, patterns):
    # was «is a directory; pass the files inside it», though directories are searched
    (tmp_path / "notes.json").write_text("{}")
    out = prcli("stats", *args, str(tmp_path))
    assert out.returncode == 1 and out.stdout == ""
    _one_line_error(out.stderr, str(tmp_path))
    assert patterns in out.stderr and "--glob" in out.stderr


def test_kind_is_case_insensitive_like_format(en_example):
    lower = prcli("stats", "--kind", "money", str(en_example))
    upper = prcli("stats", "--kind", "Money", "-k", "PERCENT", str(en_example))
    assert lower.returncode == 0 and upper.returncode == 0, upper.stderr
    assert set(lower.stdout.splitlines()) < set(upper.stdout.splitlines())
    assert {line.split("\t")[1] for line in upper.stdout.splitlines()} == {"money", "percent"}


@pytest.mark.parametrize("cmd", ["summarize", "analyze"])
def test_zero_sentences_is_a_usage_error(cmd, en_example):
    # was exit 0 with «no sentences to summarize», on an article full of sentences
    out = prcli(cmd, "--sentences", "0", str(en_example))
    assert out.returncode == 2 and out.stdout == ""
    assert "--sentences" in out.stderr and len(out.stderr.splitlines()) == 1


def test_explain_in_text_adds_a_reasons_line_per_sentence(en_example):
    plain = prcli("summarize", "-n", "2", str(en_example))
    out = prcli("summarize", "-n", "2", "--explain", str(en_example))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[:2] == plain.stdout.splitlines()
    assert len(lines) == 4 and lines[2].startswith("#0: lede") and lines[3].startswith("#")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_explain_in_json_adds_reasons(fmt, ar_example):
    out = prcli("analyze", "-n", "2", "--explain", "--format", fmt, str(ar_example))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["summary"]) == 2
    assert all(isinstance(s["reasons"], list) and s["reasons"] for s in doc["summary"])
    assert all(isinstance(r, str) for s in doc["summary"] for r in s["reasons"])
    without = json.loads(prcli("analyze", "-n", "2", "--format", fmt, str(ar_example)).stdout)
    assert all("reasons" not in s for s in without["summary"])


@pytest.mark.parametrize("fmt", ["tsv", "csv", "md"])
def test_explain_where_it_cannot_show_is_a_usage_error(fmt, en_example):
    # was silently ignored
    out = prcli("summarize", "--explain", "--format", fmt, str(en_example))
    assert out.returncode == 2 and out.stdout == ""
    assert "--explain" in out.stderr and len(out.stderr.splitlines()) == 1


@pytest.mark.parametrize("limit", ["9999999999999", "99999999999999999999"])
@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_huge_max_bytes_reads_the_article(limit, from_stdin, en_example):
    # read(limit + 1) set terabytes aside: a MemoryError (or OverflowError past 2**63) traceback
    args = ["stats", "--max-bytes", limit] + (["-"] if from_stdin else [str(en_example)])
    out = prcli(*args, input=en_example.read_text(encoding="utf-8") if from_stdin else None)
    assert out.returncode == 0, out.stderr
    assert out.stdout == prcli("stats", str(en_example)).stdout and out.stdout
    assert out.stderr == ""


@pytest.mark.parametrize(("size", "limit"), [("2000", 2000), ("2K", 2048), ("2kb", 2048), ("1M", 1024 ** 2),
                                             ("1 MiB", 1024 ** 2), ("1G", 1024 ** 3)])
def test_max_bytes_takes_a_size_with_a_suffix(size, limit, en_example):
    # "10MB" was click's "not a valid int range"; K, M and G are binary, as head -c reads them
    big = en_example.stat().st_size
    out = prcli("stats", "--max-bytes", size, str(en_example))
    if limit >= big:
        assert out.returncode == 0 and out.stderr == "" and out.stdout
    else:
        assert out.returncode == 1 and f"larger than --max-bytes {limit};" in out.stderr


@pytest.mark.parametrize("size", ["lots", "1.5M", "0K", "-5", "", "٥M", "12Q"])
def test_a_size_that_is_not_one_is_a_usage_error(size, en_example):
    out = prcli("stats", "--max-bytes", size, str(en_example))
    assert out.returncode == 2 and out.stdout == "" and "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and "'--max-bytes'" in lines[0] and "64K, 10M, 2G" in lines[0]


@pytest.mark.parametrize("ratio", ["0", "1.5", "nan", "inf", "-0.2"])
def test_a_ratio_outside_zero_to_one_is_a_usage_error(ratio, en_example):
    out = prcli("summarize", "--ratio", ratio, str(en_example))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("prcli: --ratio must be above 0 and at most 1")


@pytest.mark.parametrize("pattern", ["", "/tmp/*.txt"])
def test_a_glob_that_is_not_relative_is_a_usage_error(pattern, tmp_path, en_example):
    # an absolute pattern was a NotImplementedError traceback from pathlib, an empty one «no  files»
    (tmp_path / "a.txt").write_bytes(en_example.read_bytes())
    out = prcli("quotes", "--glob", pattern, str(tmp_path))
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("prcli: --glob ") and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["quotes", "--json"], "No such option: --json"),
        (["stats", "--format", "xml"], "'xml' is not one of"),
        (["stats", "--max-bytes", "lots"], "--max-bytes"),
        (["nosuch"], "No such command 'nosuch'"),
    ],
)
def test_usage_errors_are_one_line_with_where_to_look(args: list[str], said: str) -> None:
    """A mistyped option is bad input too: one line on stderr (no framed box), exit code 2,
    and the help to read next."""
    out = prcli(*args, input="")
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("prcli: ") and said in lines[0], out.stderr
    assert "-h'" in lines[0] and "Traceback" not in out.stderr


def test_bare_prcli_prints_the_help_once() -> None:
    out = prcli(input="")
    assert out.returncode == 2 and out.stdout.count("Usage:") == 1, out.stdout
    assert "summarize" in out.stdout and "Traceback" not in out.stderr
