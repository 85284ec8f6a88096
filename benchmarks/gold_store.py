"""Keep the team's own gold annotations in the project without copying a word of the corpus.

usage:
  python benchmarks/gold_store.py pack GOLD_DIR NAME [--texts DIR]  # -> benchmarks/gold/NAME.json
  python benchmarks/gold_store.py unpack NAME OUT_DIR  # -> OUT_DIR/manifest.json, ann/, texts/
  python benchmarks/gold_store.py list

Gold files in the shared guideline's format hold verbatim strings of the articles (quotations,
speakers, summary sentences), so they cannot live in the project. Machines are also wiped between
sessions, and a gold set kept outside the project is lost with them. A packed set keeps only
article ids, a hash of each text and character offsets into it (plus labels such as kinds, values
and currency codes); `unpack` reads the texts from the shared corpus at run time and rebuilds files
that `../shared/tools/score_gold.py --gold OUT_DIR --texts OUT_DIR/texts` scores as before. A
string that does not occur in its article as a whole (an annotator's own description of a speaker) is
kept as offsets of its longest runs of the article's words, with the annotator's own words and the
spaces between them as written (sets packed before this keep such strings whole, under "own").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from _common import shared_dir

STORE = Path(__file__).resolve().parent / "gold"

#: Where each corpus source keeps its records (id -> text).
SOURCES = {
    "ahdath": "news/ar_ahdath.jsonl",
    "spa": "news/ar_spa.jsonl",
    "snn200": "news/ar_saudinewsnet200.jsonl",
    "bulk": "bulk/ar_saudinewsnet5000.jsonl",
    "fr": "news/fr_press.jsonl",
    "en": "news/en_bbc40.jsonl",
}


def digest(text: str) -> str:
    """A short hash that tells whether the corpus text is still the one annotated."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def nth(text: str, s: str, k: int) -> int:
    """Offset of the k-th occurrence of s (1-based), -1 when there are fewer."""
    i = -1
    for _ in range(k):
        i = text.find(s, i + 1)
        if i < 0:
            return -1
    return i


def pack_string(text: str, s: str | None, near: int = 0) -> Any:
    """An offset pair for a string of the article (the occurrence nearest `near`), else the string."""
    if s is None or s == "":
        return s
    best = -1
    i = text.find(s)
    while i >= 0:
        if best < 0 or abs(i - near) < abs(best - near):
            best = i
        i = text.find(s, i + 1)
    return [best, best + len(s)] if best >= 0 else {"pieces": pack_pieces(text, s)}


def pack_pieces(text: str, s: str) -> list[Any]:
    """A string the article does not hold as a whole (an annotator's description of a speaker,
    often a few runs of the article's words joined) as offset pairs of its longest runs of whole
    words that the article holds, and the rest (spaces, words of the annotator) as written: even
    a long description keeps no run of corpus words in the project."""
    parts: list[Any] = []
    i = 0
    while i < len(s):
        end = next((j for j in range(len(s), i, -1)
                    if (j == len(s) or s[j] == " ") and s[i:j] in text), None)
        if end is None:
            end = s.find(" ", i)
            end = len(s) if end < 0 else end
            parts.append(s[i:end])
        else:
            k = text.find(s[i:end])
            parts.append([k, k + end - i])
        i = end
        if i < len(s):
            parts.append(" ")
            i += 1
    return parts


def unpack_string(text: str, v: Any) -> Any:
    """Inverse of pack_string."""
    if isinstance(v, list):
        return text[v[0] : v[1]]
    if isinstance(v, dict) and "pieces" in v:
        return "".join(p if isinstance(p, str) else text[p[0] : p[1]] for p in v["pieces"])
    if isinstance(v, dict):
        return v["own"]
    return v


#: Fields of each list that hold article strings; every other field is copied as is.
STRING_FIELDS = {
    "quotes": ("text", "speaker"),
    "not_quotes": ("text",),
    "stats": ("counts",),
    "excluded_numbers": (),
}


def pack_doc(text: str, ann: dict[str, Any]) -> dict[str, Any]:
    """One article's gold as offsets."""
    out: dict[str, Any] = {"id": ann["id"], "lang": ann["lang"]}
    for key, fields in STRING_FIELDS.items():
        rows = []
        for row in ann.get(key, []):
            new = dict(row)
            anchor = 0
            if "surface" in row:
                start = nth(text, row["surface"], int(row.get("occurrence", 1)))
                end = start + len(row["surface"])
                new["surface"] = [start, end] if start >= 0 else {"pieces": pack_pieces(text, row["surface"])}
                anchor = max(start, 0)
            for f in fields:
                if f in row:
                    new[f] = pack_string(text, row[f], anchor)
                    if f == "text" and isinstance(new[f], list):
                        anchor = new[f][0]
            if "aliases" in row:
                new["aliases"] = [pack_string(text, a, anchor) for a in row["aliases"] or []]
            rows.append(new)
        out[key] = rows
    out["summary"] = [pack_string(text, s.strip()) for s in ann.get("summary", [])]
    return out


def unpack_doc(text: str, doc: dict[str, Any]) -> dict[str, Any]:
    """One article's gold in the guideline's format again."""
    ann: dict[str, Any] = {"id": doc["id"], "lang": doc["lang"]}
    for key, fields in STRING_FIELDS.items():
        rows = []
        for row in doc.get(key, []):
            new = dict(row)
            if "surface" in row:
                new["surface"] = unpack_string(text, row["surface"])
            for f in fields:
                if f in row:
                    new[f] = unpack_string(text, row[f])
            if "aliases" in row:
                new["aliases"] = [unpack_string(text, a) for a in row["aliases"]]
            rows.append(new)
        ann[key] = rows
    ann["summary"] = [unpack_string(text, s) for s in doc.get("summary", [])]
    return ann


def easc_id(rec: dict[str, Any]) -> str:
    """The id a gold set gives an EASC article: its topic folder (``easc_topic52``), one article per topic."""
    return "easc_" + str(rec["topic"]).lower()


def corpus_texts(shared: Path, wanted: set[str]) -> dict[str, str]:
    """id -> text for the wanted ids, from the corpus record files and single articles."""
    found: dict[str, str] = {}
    for rel in SOURCES.values():
        path = shared / "corpus" / rel
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in wanted:
                    found[rec["id"]] = rec["text"]
    easc = shared / "corpus" / "easc" / "easc.jsonl"
    if any(i.startswith("easc_") for i in wanted) and easc.exists():
        with easc.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                key = easc_id(rec)
                if key in wanted:
                    found[key] = rec["article"]
    for i in wanted - found.keys():
        path = shared / "corpus" / "articles" / f"{i}.txt"
        if path.exists():
            found[i] = path.read_text(encoding="utf-8")
    return found


def pack(gold: Path, name: str, texts_dir: Path | None = None) -> int:
    manifest = json.loads((gold / "manifest.json").read_text(encoding="utf-8"))
    texts_dir = texts_dir or gold / "texts"
    docs = []
    for m in manifest:
        ann_path = gold / "ann" / (m["file"][:-4] + ".json")
        if not ann_path.exists():
            continue
        text = (texts_dir / m["file"]).read_text(encoding="utf-8")
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        docs.append({"manifest": m, "sha": digest(text), "gold": pack_doc(text, ann)})
        stripped = {**ann, "summary": [s.strip() for s in ann.get("summary", [])]}
        if unpack_doc(text, docs[-1]["gold"]) != stripped:
            print(f"{m['id']}: does not round-trip", file=sys.stderr)
            return 1
    STORE.mkdir(exist_ok=True)
    out = STORE / f"{name}.json"
    out.write_text(json.dumps(docs, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(docs)} articles -> {out}")
    return 0


def unpack(name: str, out: Path) -> int:
    docs = json.loads((STORE / f"{name}.json").read_text(encoding="utf-8"))
    shared = shared_dir()
    texts = corpus_texts(shared, {d["manifest"]["id"] for d in docs})
    (out / "ann").mkdir(parents=True, exist_ok=True)
    (out / "texts").mkdir(exist_ok=True)
    manifest, missing = [], 0
    for d in docs:
        m = d["manifest"]
        text = texts.get(m["id"])
        if text is None or digest(text) != d["sha"]:
            missing += 1
            print(f"{m['id']}: not in the corpus at {shared} (or changed); skipped", file=sys.stderr)
            continue
        (out / "texts" / m["file"]).write_text(text, encoding="utf-8")
        ann = unpack_doc(text, d["gold"])
        (out / "ann" / (m["file"][:-4] + ".json")).write_text(
            json.dumps(ann, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        manifest.append(m)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(manifest)} articles -> {out}" + (f" ({missing} skipped)" if missing else ""))
    return 1 if missing and not manifest else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack")
    p.add_argument("gold", type=Path)
    p.add_argument("name")
    p.add_argument("--texts", type=Path, help="article files (default GOLD_DIR/texts)")
    u = sub.add_parser("unpack")
    u.add_argument("name")
    u.add_argument("out", type=Path)
    sub.add_parser("list")
    a = ap.parse_args()
    if a.cmd == "pack":
        return pack(a.gold, a.name, a.texts)
    if a.cmd == "unpack":
        if not (shared_dir() / "corpus").is_dir():
            print(f"no shared corpus at {shared_dir()}: set PRCLI_SHARED", file=sys.stderr)
            return 0
        return unpack(a.name, a.out)
    for f in sorted(STORE.glob("*.json")):
        docs = json.loads(f.read_text(encoding="utf-8"))
        langs: dict[str, int] = {}
        for d in docs:
            langs[d["gold"]["lang"]] = langs.get(d["gold"]["lang"], 0) + 1
        print(f.stem, len(docs), " ".join(f"{k}:{v}" for k, v in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
