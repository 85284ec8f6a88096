#!/usr/bin/env python3
"""Arabic word lists read as written whose entries are not folded: entries that can never match.

usage: python benchmarks/unfolded_lists.py [--all]

prcli compares Arabic words folded (``prcli.text.normalize.normalize``: hamza seats, alef forms,
alef maqsura, teh marbuta). A word list read raw (``lazy_words`` without ``convert``,
``lazy_pairs``, ``word_list``, ``table``, ``language_words``) and compared with folded tokens
never matches an entry written «إلى» or «هؤلاء». This script reads the package's source (no
import of its modules), finds every call that loads an Arabic data file (``*_ar.txt``,
``*_ar.tsv``, or ``{lang}`` standing for ``ar``) and lists, for each file some call reads raw,
the entries (first column of a table) that fold to something else, with the reading calls.
A reader that compares with raw text (a surface pattern) is no bug: judge each one listed.
A load inside a function or statement that also calls ``normalize``, ``norm_word``,
``phrase_keys``... counts as folded (a column folded, another kept raw, would need a look). An
entry whose folded form is listed too is marked: it costs nothing.
``--all`` also lists the calls that fold (``folded_words``, ``phrases``, ``convert=...``).
Exit status 1 when some raw-read file holds an unfolded entry.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

from prcli.text.normalize import normalize
from prcli.text.resources import table, word_list

SRC = Path(__file__).resolve().parent.parent / "src" / "prcli"
#: Loaders that return the file's words as written (unless given ``convert``).
RAW = {"lazy_words", "lazy_pairs", "word_list", "table", "language_words", "language_list"}
#: Loaders that fold every entry.
FOLDING = {"folded_words", "phrases", "_norm_set"}
#: Loaders whose first argument is a kind (``<kind>_<lang>.txt``).
BY_KIND = {"language_words", "language_list"}


#: Functions that fold what they are given: a load in the same function or statement is folded.
FOLDERS = {"normalize", "norm_word", "norm_words", "fold", "phrase_key", "phrase_keys"}


def _name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else ""


def _strings(node: ast.expr) -> str | None:
    """A literal string, or an f-string whose ``{lang}`` parts stand for ``ar``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                out.append("ar")
        return "".join(out)
    return None


def _package(path: Path, args: list[ast.expr]) -> str:
    for a in args:
        s = _strings(a)
        if s and s.startswith("prcli."):
            return s
    # folded_words/phrases/language_words of prcli.quotations.lexicon read prcli.quotations
    return "prcli." + path.relative_to(SRC).parts[0]


def calls() -> list[tuple[str, str, str, bool, str]]:
    """(package, file name, function, folded, where) of every load of an Arabic data file."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # the loads a function (or a module-level statement) folds itself
        # («normalize(w) for w in word_list(...)», «phrase_keys(r[0] for r in rows)»)
        folded_here = {id(sub) for stmt in ast.walk(tree)
                       if isinstance(stmt, (ast.FunctionDef, ast.Assign, ast.AnnAssign, ast.Return, ast.Expr))
                       and any(_name(c) in FOLDERS for c in ast.walk(stmt) if isinstance(c, ast.Call))
                       for sub in ast.walk(stmt)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = _name(node)
            if fn not in RAW | FOLDING:
                continue
            folded = fn in FOLDING or id(node) in folded_here \
                or any(k.arg == "convert" for k in node.keywords)
            pkg = _package(path, node.args)
            names = []
            if fn in BY_KIND:
                # language_words(kind, lang); language_list(package, kind, lang)
                rest = node.args[1:] if fn == "language_list" else node.args
                kind = _strings(rest[0]) if rest else None
                lang = _strings(rest[1]) if len(rest) > 1 else None
                if kind and lang in ("ar", None):
                    names.append(f"{kind}_ar.txt")
            else:
                names = [s for a in node.args if (s := _strings(a)) and s.endswith(("_ar.txt", "_ar.tsv"))]
            where = f"{path.relative_to(SRC.parent)}:{node.lineno}"
            for name in names:
                if (SRC / pkg.split(".")[1] / "data" / name).exists():
                    found.append((pkg, name, fn, folded, where))
    return found


def entries(pkg: str, name: str) -> list[str]:
    if name.endswith(".tsv"):
        return sorted({row[0] for row in table(pkg, name) if row})
    return sorted(word_list(pkg, name))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="also list the calls that fold")
    a = ap.parse_args()
    by_file: dict[tuple[str, str], list[tuple[str, bool, str]]] = {}
    for pkg, name, fn, folded, where in calls():
        by_file.setdefault((pkg, name), []).append((fn, folded, where))
    bad = 0
    for (pkg, name), readers in sorted(by_file.items()):
        raw = [r for r in readers if not r[1]]
        if not raw:
            continue
        listed = set(entries(pkg, name))
        unfolded = [(w, normalize(w)) for w in listed if normalize(w) != w]
        unfolded.sort()
        if not unfolded:
            continue
        bad += 1
        print(f"{pkg.split('.')[1]}/data/{name}: {len(unfolded)} unfolded entries")
        for fn, folded, where in readers if a.all else raw:
            print(f"    {'folded' if folded else 'RAW   '} {fn} at {where}")
        for w, f in unfolded:
            print(f"    {w} -> {f}" + ("  (folded form listed too)" if f in listed else ""))
    print(f"RESULT files={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
