"""Hostile and broken input through the installed command: bounded time, valid output or one clear error.

The hostile corpus is generated at test time (nothing big is committed). Every case must end within
its timeout with exit 0 (valid JSON, exact offsets) or exit 1/2 with a short message and no traceback.
"""

from __future__ import annotations

import json
import random

import pytest

from conftest import prcli

AR = "وقال الوزير إن “المغرب شريك أساسي” في هذا المجال، مضيفا أن 1724 جنديا يشاركون. "
RNG = random.Random(20261129)


def _cases() -> dict[str, bytes]:
    big_word = "ب" * 300_000
    c = {
        "empty": b"",
        "whitespace": b" \n\t \r\n" * 100,
        "giant-line-no-punct": (" ".join(["كلمة"] * 150_000)).encode(),
        "one-huge-word": big_word.encode(),
        "quote-storm": ("“" * 50_000 + "«" * 50_000 + '"' * 50_000).encode(),
        "unclosed-guillemets": ("« Il a dit " * 30_000).encode(),
        "nested-quotes": ("“" * 10_000 + "نص" + "”" * 10_000).encode(),
        "only-punctuation": ("!?.،؛…" * 50_000).encode(),
        "random-binary": bytes(RNG.randrange(256) for _ in range(200_000)),
        "nul-inside-text": (AR * 50).encode().replace(b" ", b"\x00", 3),
        "utf16-no-bom": (AR * 200).encode("utf-16-le"),
        "invalid-utf8-in-arabic": (AR * 100).encode()[:3001] + b"\xff\xfe\xed\xa0\x80" + (AR * 100).encode(),
        "bidi-and-zero-width-flood": ("\u202e\u2066\u200b\u200f\u0640" * 40_000 + AR).encode(),
        "ansi-osc-markup-in-quotes": ("قال: “\x1b]0;pwned\x07\x1b[2J\x1b[?1049h[bold red]x[/]\u202e” " + AR)
        .encode(),
        "hundred-thousand-digits": ("بلغ العدد " + "7" * 100_000 + " شخصا.").encode(),
        "huge-float": b"The value reached 1e309 and 9.9e9999 units.",
        "nines-then-billion": ("9" * 400 + " مليار درهم").encode(),
        "comma-digits": ",".join(str(RNG.randrange(10)) for _ in range(300_000)).encode(),
        "one-dot-repeated": ("1. " * 200_000).encode(),
        "dal-dot-repeated": ("د. " * 200_000).encode(),
        "arabic-comma-repeated": ("، " * 200_000).encode(),
        "html": ("<html><body><p>" + AR + "</p><script>alert('x')</script></body></html>").encode() * 200,
        "cr-only": (AR.replace(". ", ".\r") * 300).encode(),
        "mixed-scripts": ("שלום עולם 你好世界 🎉🔥 " + AR) .encode() * 300,
        # shapes that used to cost quadratic time (minutes at 100 KB); linear now
        "glued-guillemets-never-closed": ("«Il a dit " * 15_000).encode(),
        "spaced-straight-quotes-one-sentence": (' " a ' * 30_000).encode(),
        "colon-quotes-one-sentence": ("Le ministre : « " * 10_000).encode(),
        "short-lines": ("a\n" * 100_000).encode(),
        "short-paragraphs": ("a.\n\n" * 50_000).encode(),
    }
    return c


CASES = _cases()


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("cmd", ["analyze"])
def test_hostile_input_ends_cleanly(tmp_path, name, cmd):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(CASES[name])
    out = prcli(cmd, "--format", "json", "--all", str(f), timeout=60)
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert out.returncode in (0, 1, 2), (out.returncode, out.stderr[-500:])
    if out.returncode == 0:
        doc = json.loads(out.stdout)
        text = CASES[name].decode("utf-8", errors="strict") if _is_utf8(CASES[name]) else None
        if text is not None:
            for sec in ("summary", "quotes", "stats"):
                spans = doc[sec]
                for item in spans:
                    assert 0 <= item["start"] <= item["end"] <= len(text)
                    assert text[item["start"]:item["end"]] == item["text"]
    else:
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr[-500:]


def _is_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return b"\x00" not in b
    except UnicodeDecodeError:
        return False


@pytest.mark.parametrize("cmd", ["summarize", "quotes", "stats"])
@pytest.mark.parametrize("name", ["quote-storm", "one-dot-repeated", "hundred-thousand-digits",
                                  "mixed-scripts"])
def test_each_command_survives(tmp_path, cmd, name):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(CASES[name])
    for fmt in ("text", "tsv", "rich"):
        out = prcli(cmd, "--format", fmt, str(f), timeout=60)
        assert out.returncode in (0, 1), out.stderr[-500:]
        assert "Traceback" not in out.stderr


def test_size_guard(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(AR.encode() * 1000)
    out = prcli("stats", "--max-bytes", "1000", str(f))
    assert out.returncode == 1 and "--max-bytes" in out.stderr


def test_big_document_leaves_the_cycle_collector_as_it_was():
    """The library pauses Python's cycle collector while it analyzes a very big document."""
    import gc

    from prcli.api import analyze

    assert gc.isenabled()
    doc = analyze(AR * 7_000)  # over half a million characters
    assert gc.isenabled() and doc.stats
    gc.disable()
    try:
        analyze(AR * 7_000)
        assert not gc.isenabled()
    finally:
        gc.enable()


#: Words that change how a neighbouring number reads (units, cues, months, marks), per language.
_CONTEXT = {
    "en": ["people", "of", "the", "to", "from", "May", "aged", "season", "%", "$", "m", "bn", "and", "(",
           ")", ",", "-", "/", "GMT", "years", "times", "per", "million", "\n", ".", "“", "number"],
    "fr": ["personnes", "de", "la", "à", "mai", "h", "%", "€", "et", "millions", "ans", "fois", "(", ")",
           ",", "-", "\n", ".", "«", "»"],
    "ar": ["شخصا", "من", "إلى", "مايو", "في", "المائة", "درهم", "و", "مليون", "سنة", "م", "هـ", "الـ",
           "(", ")", "،", "-", "\n", ".", "“", "رقم"],
}


def _number_table(rng: random.Random, lang: str) -> str:
    """Runs of bare numbers (a flattened table) with a few context words between them."""
    def num() -> str:
        r = rng.random()
        if r < 0.5:
            return str(rng.randrange(1, 100))
        if r < 0.65:
            return str(rng.randrange(100, 1000))  # a French/Arabic thousands group
        if r < 0.75:
            return str(rng.randrange(1000, 2100))  # a year?
        if r < 0.85:
            return rng.choice(["0", "05", "١٢", "1" * 20])
        return rng.choice(["1,5", "3.2", "12:30", str(rng.randrange(10**5, 10**9))])

    parts: list[str] = []
    for _ in range(rng.randrange(40, 160)):
        parts.append(rng.choice(_CONTEXT[lang]) if rng.random() < 0.02 else num())
        parts.append(rng.choice([" "] * 10 + ["  ", "   ", "\n", "\n", " \n", "\n\n"]))  # rows and columns
    return "".join(parts)


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_number_tables_read_the_same_with_the_dense_shortcut(language, monkeypatch):
    """A number deep inside a run of bare numbers skips the context look-ups (``dense_count``:
    "12 " repeated used to cost 20 s/MB); the figures must be those of the full path."""
    from prcli.figures import extract as fx

    rng = random.Random(f"dense-{language}")
    texts = [_number_table(rng, language) for _ in range(40)]
    texts.append("He listed 5 people: " + "12 " * 40 + "and then 7 more.")
    fast = [fx.extract_stats(t, language=language) for t in texts]
    monkeypatch.setattr(fx, "_DENSE_CHECK", False)
    slow = [fx.extract_stats(t, language=language) for t in texts]
    assert fast == slow
    assert sum(len(f) for f in fast) > 1000


def test_indented_json_is_the_standard_layout():
    """``--format json`` writes lists of flat records through the C encoder (figure-dense input
    made Python's indenting encoder the slowest step); the bytes are those of ``json.dumps``."""
    from prcli.render.formats import to_json

    tricky = ['a", "b": {', "}, {", "\x00\x01", "\u202e«»", "line\nbreak", "", "🎉 ,\\"]
    rng = random.Random(7)
    for _ in range(300):
        doc = {
            "source": rng.choice(tricky),
            "summary": [],
            "quotes": [{"text": rng.choice(tricky), "start": rng.randrange(9), "speaker": None,
                        "score": rng.random(), "closed": rng.random() < 0.5}
                       for _ in range(rng.randrange(4))],
            "stats": [{"text": rng.choice(tricky), "value": rng.choice([12, 1.5, 10**20, float("inf")]),
                       "unit": rng.choice([None, "USD"])} for _ in range(rng.randrange(4))],
            "nested": [{"a": [1, {"b": rng.choice(tricky)}]}] if rng.random() < 0.3 else {"x": []},
        }
        for indent in (None, 2, 4):
            assert to_json(doc, indent) == json.dumps(doc, ensure_ascii=False, indent=indent)


def test_an_article_that_raises_leaves_no_per_document_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A French quotation split at an uninverted incise is remembered per document (``_WHOLE``):
    an article that raises midway (a batch goes on to the next one) must leave nothing of it."""
    from prcli.quotations import extract as qx

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("tokenizer failed")

    text = ("Le lavoir de Sarnac a rouvert samedi. « Les anciens reviennent, raconte Lucie Ferrand, "
            "la bibliothécaire du village. La place revit enfin. »")
    assert len(qx._split_remembered(text, qx.find_marked_spans(text)[0])) == 2  # (the incise splits it)
    qx._WHOLE.clear()
    monkeypatch.setattr(qx, "tokenize", fail)
    with pytest.raises(RuntimeError):
        qx.extract_quotes(text, language="fr")
    assert not qx._WHOLE
