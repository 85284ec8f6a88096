"""Output formats for scripts: shapes of json/jsonl/tsv/csv/md/text and the JSON contract fields."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest

from conftest import prcli

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
ESCAPES = re.compile("[\x1b\x9b]")


def test_json_contract_fields(ar_example):
    doc = json.loads(prcli("analyze", "--format", "json", "--all", str(ar_example)).stdout)
    assert set(doc) == {"source", "language", "summary", "quotes", "stats"}
    assert all(set(s) == {"text", "start", "end", "index", "score"} for s in doc["summary"])
    assert all(set(q) == {"text", "start", "end", "speaker", "cue", "kind"} for q in doc["quotes"])
    assert all(set(s) == {"text", "start", "end", "value", "kind", "unit", "counts"} for s in doc["stats"])
    assert doc["quotes"] and doc["stats"] and len(doc["summary"]) == 3


def test_json_one_document_is_an_object_several_an_array(ar_example, en_example):
    one = json.loads(prcli("stats", "--format", "json", str(ar_example)).stdout)
    assert isinstance(one, dict)
    many = json.loads(prcli("stats", "--format", "json", str(ar_example), str(en_example)).stdout)
    assert isinstance(many, list) and [d["language"] for d in many] == ["ar", "en"]


def test_jsonl_one_object_per_document_per_line(ar_example, en_example, fr_example):
    out = prcli("quotes", "--format", "jsonl", str(ar_example), str(en_example), str(fr_example)).stdout
    lines = out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["language"] for line in lines] == ["ar", "en", "fr"]


def test_text_summarize_is_exactly_one_sentence_per_line(ar_example):
    text = ar_example.read_text(encoding="utf-8")
    out = prcli("summarize", "--sentences", "4", str(ar_example))
    lines = out.stdout.splitlines()
    assert len(lines) == 4
    assert all(line in text for line in lines)


def test_default_piped_format_is_text(en_example):
    out = prcli("summarize", str(en_example)).stdout
    assert not out.lstrip().startswith("{") and len(out.splitlines()) == 3


def test_tsv_has_header_and_cut_able_columns(en_example):
    out = prcli("stats", "--format", "tsv", str(en_example)).stdout
    header, *rows = out.splitlines()
    cols = header.split("\t")
    assert cols == ["source", "start", "end", "kind", "value", "unit", "counts", "text"]
    assert rows and all(len(r.split("\t")) == len(cols) for r in rows)


def test_csv_parses(fr_example):
    out = prcli("quotes", "--format", "csv", str(fr_example)).stdout
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and all(r["source"] == str(fr_example) for r in table)


def test_analyze_tsv_names_each_item(ar_example):
    out = prcli("analyze", "--format", "tsv", str(ar_example)).stdout
    header, *rows = out.splitlines()
    assert header.split("\t")[1] == "item"
    assert {r.split("\t")[1] for r in rows} == {"sentence", "quote", "stat"}


def test_markdown_has_tables(en_example):
    out = prcli("analyze", "--format", "md", str(en_example)).stdout
    assert out.startswith("## ") and "### Summary" in out and "| text" not in out.splitlines()[0]
    assert "|---|" in out
    # the same section names as the text view (it said "### Stats" where text said "Figures:")
    text = prcli("analyze", "--format", "text", str(en_example)).stdout
    titles = [line[4:] for line in out.splitlines() if line.startswith("### ")]
    assert titles == ["Summary", "Quotes", "Figures"]
    assert [line[:-1] for line in text.splitlines() if line in ("Summary:", "Quotes:", "Figures:")] == titles


@pytest.mark.parametrize("cmd", ["summarize", "quotes", "stats", "analyze"])
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "tsv", "csv", "md", "rich"])
def test_piped_output_is_logical_text(cmd, fmt, ar_example):
    out = prcli(cmd, "--format", fmt, str(ar_example))
    assert out.returncode == 0, out.stderr
    assert not PRESENTATION_FORMS.search(out.stdout)
    assert not ESCAPES.search(out.stdout)


def test_sentences_above_the_count_returns_every_sentence_in_order(ar_example):
    doc = json.loads(prcli("summarize", "--format", "json", "--sentences", "1000", str(ar_example)).stdout)
    idx = [s["index"] for s in doc["summary"]]
    assert idx == sorted(idx) and len(idx) >= 7
    starts = [s["start"] for s in doc["summary"]]
    assert starts == sorted(starts)


def test_word_budget(en_example):
    doc = json.loads(prcli("summarize", "--format", "json", "--words", "45", str(en_example)).stdout)
    assert len(doc["summary"]) >= 1
    # about 45 words as a reader counts them (letters and digits, not a lone dash or comma):
    # the total reaches 45 and only the last sentence taken runs past
    sizes = [len(re.findall(r"\w+(?:[.,]\d+)*", s["text"])) for s in doc["summary"]]
    assert sum(sizes) >= 45 and sum(sizes) - max(sizes) < 45
    tiny = json.loads(prcli("summarize", "--format", "json", "--words", "1", str(en_example)).stdout)
    assert len(tiny["summary"]) == 1  # at least one sentence, whatever the budget


def test_ratio(en_example):
    all_ = json.loads(prcli("summarize", "--format", "json", "--sentences", "999", str(en_example)).stdout)
    half = json.loads(prcli("summarize", "--format", "json", "--ratio", "0.5", str(en_example)).stdout)
    assert len(half["summary"]) == max(1, round(len(all_["summary"]) * 0.5))


def test_kind_filter_is_repeatable(ar_example):
    doc = json.loads(prcli("stats", "--format", "json", "--kind", "percent", "--kind", "year",
                           str(ar_example)).stdout)
    assert doc["stats"] and {s["kind"] for s in doc["stats"]} <= {"percent", "year"}


def test_all_lists_non_speech_quotes(ar_example):
    speech = json.loads(prcli("quotes", "--format", "json", str(ar_example)).stdout)["quotes"]
    everything = json.loads(prcli("quotes", "--format", "json", "--all", str(ar_example)).stdout)["quotes"]
    assert {q["kind"] for q in speech} <= {"full", "partial"}
    assert len(everything) >= len(speech)


def test_library_needs_neither_typer_nor_rich():
    code = ("import sys, prcli; a = prcli.analyze('Le ministre a dit: « Nous gagnerons ». 12 % de plus.'); "
            "print(a.language, len(a.stats)); "
            "print(any(m.startswith(('typer', 'rich')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    lang, flag = out.stdout.split("\n")[:2]
    assert lang.startswith("fr") and flag == "False"


def test_text_with_nothing_found_is_never_silent(tmp_path):
    """An empty result keeps stdout empty for ``wc -l`` but says so on stderr; analyze says (none)."""
    f = tmp_path / "notice.txt"
    f.write_text("The office opens on the ground floor next week, the council said in a short notice.\n",
                 encoding="utf-8")
    quotes = prcli("quotes", "--format", "text", str(f))
    assert quotes.returncode == 0 and quotes.stdout == ""
    hint = "--all also lists titles and names in quotation marks"
    assert quotes.stderr == f"prcli: {f}: no quotations found; {hint}\n"
    listed = prcli("quotes", "--all", "--format", "text", str(f))
    assert listed.stderr == f"prcli: {f}: no quotations found\n"  # --all given: no hint about it
    stats = prcli("stats", "--format", "text", str(f))
    assert stats.returncode == 0 and stats.stdout == ""
    assert stats.stderr == f"prcli: {f}: no figures found\n"
    report = prcli("analyze", "--format", "text", str(f))
    assert report.stdout.split("\n\n")[1:] == ["Quotes:\n(none)", "Figures:\n(none)\n"]
    assert report.stderr == ""
