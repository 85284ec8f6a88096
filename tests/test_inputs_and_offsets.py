"""Decoding and exact offsets: whatever the encoding and line ends, text[start:end] == reported text."""

from __future__ import annotations

import codecs
import json

import pytest

import prcli as lib
from conftest import prcli

ARTICLE = ("الدار البيضاء، 5 ماي 2025 - قال رئيس الجمعية، كريم العلوي، إن “الموسم كان ناجحا”.\n"
           "وبلغ عدد الزوار 12 ألف زائر، بزيادة 20 في المائة.\n")


def _check_offsets(decoded: str, doc: dict) -> None:
    for section in ("summary", "quotes", "stats"):
        for item in doc.get(section, []):
            assert decoded[item["start"]:item["end"]] == item["text"], (section, item)


@pytest.mark.parametrize("name,encode,decoded", [
    ("utf8", lambda t: t.encode("utf-8"), ARTICLE),
    ("utf8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), ARTICLE),
    ("utf16-le-bom", lambda t: t.encode("utf-16"), ARTICLE),
    ("utf16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), ARTICLE),
    ("cp1256", lambda t: t.replace("“", '"').replace("”", '"').encode("cp1256"),
     ARTICLE.replace("“", '"').replace("”", '"')),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8"), ARTICLE.replace("\n", "\r\n")),
    ("lone-cr", lambda t: t.replace("\n", "\r").encode("utf-8"), ARTICLE.replace("\n", "\r")),
])
def test_encodings_are_recognised_and_offsets_exact(tmp_path, name, encode, decoded):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(encode(ARTICLE))
    out = prcli("analyze", "--format", "json", "--sentences", "100", str(f))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["language"] == "ar"
    assert len(doc["summary"]) == 2
    assert any(s["value"] == 2025 for s in doc["stats"])
    _check_offsets(decoded, doc)


def test_encoding_option_overrides(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Le prix a augmenté de 5 % à Genève.".encode("latin-1"))
    out = prcli("summarize", "--format", "json", "--encoding", "latin-1", str(f))
    assert out.returncode == 0
    assert "Genève" in json.loads(out.stdout)["summary"][0]["text"]


def test_bom_is_removed_and_nothing_else_changes():
    data = codecs.BOM_UTF8 + "\r\nالنص\u00a0هنا.\r\n".encode()
    assert lib.decode_bytes(data) == "\r\nالنص\u00a0هنا.\r\n"


def test_utf16_without_bom_is_recognised():
    assert lib.decode_bytes("Hello world, this is English text.".encode("utf-16-le")).startswith("Hello")


def test_json_is_utf8_not_escaped(ar_example):
    out = prcli("summarize", "--format", "json", str(ar_example))
    assert "\\u06" not in out.stdout
    assert "الرباط" in out.stdout


@pytest.mark.parametrize("example", ["ar_press_release.txt", "en_press_release.txt", "fr_communique.txt"])
def test_offsets_exact_on_examples(example):
    from conftest import EXAMPLES

    path = EXAMPLES / example
    text = path.read_text(encoding="utf-8")
    out = prcli("analyze", "--format", "json", "--all", "--sentences", "1000", str(path))
    assert out.returncode == 0
    _check_offsets(text, json.loads(out.stdout))
