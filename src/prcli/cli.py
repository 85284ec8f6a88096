"""The command line: a thin layer over ``prcli.api`` and the renderers.

Exit codes: 0 success, 1 a runtime or input error (any input that failed), 2 a usage error,
130 interrupted. Errors are one line on stderr, ``prcli: SOURCE: what happened; what to do``.

Start-up matters (issue 7: a whole ``prcli stats`` run within 1.25x of ``import typer``), so:
only the invoked command is turned into a click command (``build_app``), every module that a
command may not need (inputs, analyses, renderers, Rich) is imported inside the function that
uses it, nothing is computed at import time, and ``main`` ends the process without the
interpreter's teardown once the output is flushed. Annotations are evaluated when the module
is defined (no ``from __future__ import annotations``): Typer reads the command's parameter
types with ``typing.get_type_hints``, which would otherwise compile every annotation string on
each run (about a tenth of a ``prcli stats`` run's own work).
"""

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

from prcli import gcpolicy

# The cycle collector is off while this module loads (restored at its end for library users
# and tests) and, from ``main``, until the first document is analyzed: see prcli.gcpolicy.
_GC_PAUSED_FOR_LOADING = gcpolicy.pause()

import typer  # noqa: E402

from prcli import __version__  # noqa: E402

if TYPE_CHECKING:
    from prcli.inputs.sources import Document, Failure

#: Same as ``prcli.inputs.sources.DEFAULT_MAX_BYTES`` (50 MB), repeated so that parsing the
#: command line does not import the input modules.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: Size suffixes --max-bytes takes (binary multiples, as ``head -c`` and ``split -b`` read K, M, G).
_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}


def parse_size(value: str | int) -> int:
    """Bytes from ``1000``, ``64K``, ``10MB``, ``2GiB`` (case-insensitive); at least 1. A
    mistyped size is a usage error naming the option, never click's "not a valid integer"."""
    if isinstance(value, int):
        return value
    text = value.strip().upper().replace(" ", "")
    for tail in ("IB", "B"):
        if text.endswith(tail) and text[:-len(tail)][-1:] in ("K", "M", "G", "T"):
            text = text[:-len(tail)]
            break
    unit = text[-1:] if text[-1:] in _SIZE_UNITS else ""
    digits = text[:-1] if unit else text
    if not digits.isdigit() or not digits.isascii() or int(digits) * _SIZE_UNITS[unit] < 1:
        raise typer.BadParameter(f"{value!r} is not a size: give bytes (1000000) or a number with K, M "
                                 "or G (64K, 10M, 2G), at least 1", param_hint="'--max-bytes'")
    return int(digits) * _SIZE_UNITS[unit]


#: The commands, in help order; ``build_app`` registers them with Typer.
COMMANDS: dict[str, Callable[..., None]] = {}


def command(fn: Callable[..., None]) -> Callable[..., None]:
    """Record a command function (registered with Typer only when it is the one invoked)."""
    COMMANDS[fn.__name__] = fn
    return fn


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app; with ``only``, just that command (Typer inspects every registered
    command's signature on each run, which costs milliseconds per command)."""
    app = typer.Typer(
        name="prcli",
        help="What matters in a press release or news article: summary, quotes with speakers, figures. "
             "Arabic, English and French.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_main)
    for name, fn in COMMANDS.items():
        if only is None or name == only:
            app.command(name)(fn)
    return app


def __getattr__(name: str) -> Any:
    # ``prcli.cli.app``: the full app, built on demand (for tools that look for a Typer app).
    if name == "app":
        return build_app()
    raise AttributeError(f"module 'prcli.cli' has no attribute {name!r}")


class Format(str, Enum):
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    tsv = "tsv"
    csv = "csv"
    md = "md"


class Bidi(str, Enum):
    auto = "auto"
    visual = "visual"
    logical = "logical"


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def usage_error(message: str) -> typer.Exit:
    sys.stderr.write(f"prcli: {message}\n")
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"prcli {__version__}\n")
        raise typer.Exit(0)


def _main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """prcli: summaries, quotes and figures from news articles."""


# Options shared by every command -------------------------------------------------------------

FilesArg = Annotated[list[str] | None, typer.Argument(
    help="Article files or directories; '-' reads standard input. With none, piped stdin is read.",
    show_default=False)]
FormatOpt = Annotated[Format | None, typer.Option(
    "--format", "-f", help="Output format. Default: rich on a terminal, text when piped.",
    case_sensitive=False, show_default=False)]
BidiOpt = Annotated[Bidi | None, typer.Option(
    "--bidi", help="Right-to-left display: visual reorders for terminals without BiDi, logical leaves "
                   "text as is. Default: $PRCLI_BIDI, else auto (visual on a terminal, logical when piped).",
    case_sensitive=False, show_default=False)]
EncodingOpt = Annotated[str | None, typer.Option(
    "--encoding", "-e", help="Input encoding (default: recognised: UTF-8, UTF-16, Windows-1256 Arabic, "
                             "else Windows-1252).",
    show_default=False)]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", help="Refuse inputs larger than this: bytes, or with a suffix K, M or G (binary: "
                        "50M = 50 MiB, the default).", parser=lambda v: parse_size(v), metavar="SIZE",
    show_default=False)]
InputFormatOpt = Annotated[InputFormat, typer.Option(
    "--input-format", help="text: each file is one article; jsonl: one JSON object per line.",
    case_sensitive=False)]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSON Lines field holding the article.")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSON Lines field copied to 'source'.")]
GlobOpt = Annotated[list[str] | None, typer.Option(
    "--glob", help="File patterns searched in directories, relative to each (repeatable). Default: *.txt "
                   "and *.md; *.jsonl with --input-format jsonl.",
    show_default=False)]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = all cores).", min=0)]
SentencesOpt = Annotated[int | None, typer.Option(
    "--sentences", "-n", help="Number of summary sentences (default 3).", min=1, show_default=False)]
WordsOpt = Annotated[int | None, typer.Option(
    "--words", "-w", help="About N words: best sentences until the total reaches N (the last may pass N).",
    min=1, show_default=False)]
RatioOpt = Annotated[float | None, typer.Option(
    "--ratio", "-r", help="Share of the article's sentences to keep (0 < R <= 1).", metavar="R",
    show_default=False)]
ExplainOpt = Annotated[bool, typer.Option(
    "--explain", help="Show why each summary sentence was chosen (terminal view, text, json and jsonl: "
                      "a 'reasons' list).")]
AllOpt = Annotated[bool, typer.Option(
    "--all", "-a", help="Also list quoted spans that are not speech (titles, terms, scare quotes).")]
KindOpt = Annotated[list[str] | None, typer.Option(
    "--kind", "-k", help="Only figures of this kind (repeatable): count, money, percent, measure, ordinal, "
                         "rank, year, date, time, duration, age, score, other.", show_default=False)]


def _sources(files: list[str] | None) -> list[str]:
    if files:
        return files
    if sys.stdin is None or sys.stdin.isatty():
        raise usage_error("no input: give FILE arguments, '-' or pipe an article on stdin "
                          "(see 'prcli --help')")
    return ["-"]


def _visual(bidi: Bidi | None) -> bool:
    choice = bidi.value if bidi else os.environ.get("PRCLI_BIDI", "auto").strip().lower() or "auto"
    if choice not in ("auto", "visual", "logical"):
        raise usage_error(f"PRCLI_BIDI must be auto, visual or logical, not {choice!r}")
    if choice == "auto":
        return sys.stdout.isatty()
    return choice == "visual"


def _documents(sources: list[str], input_format: InputFormat, encoding: str | None, max_bytes: int,
               text_field: str, id_field: str, globs: list[str] | None) -> Iterator["Document | Failure"]:
    """Every input as documents, in order; directories searched with ``--glob`` (default:
    ``*.txt`` and ``*.md`` for articles, ``*.jsonl`` for JSON Lines archives)."""
    if input_format is InputFormat.jsonl:
        from prcli.inputs.jsonl import iter_jsonl

        return iter_jsonl(sources, encoding=encoding, max_bytes=max_bytes, text_field=text_field,
                          id_field=id_field, patterns=tuple(globs) if globs else ("*.jsonl",))
    from prcli.inputs.sources import iter_documents

    return iter_documents(sources, encoding=encoding, max_bytes=max_bytes,
                          patterns=tuple(globs) if globs else ("*.txt", "*.md"))


def run(files: list[str] | None, fmt: Format | None, bidi: Bidi | None, encoding: str | None, max_bytes: int,
        sections: list[str], options: dict[str, Any], *, explain: bool = False,
        input_format: InputFormat = InputFormat.text, text_field: str = "text", id_field: str = "id",
        globs: list[str] | None = None, jobs: int = 1) -> None:
    """Read every input, analyze, and print in the chosen format; exit 1 if any input failed.

    Documents stream through: each result is printed as soon as it (and every one before it)
    is ready, and a bad input is reported on stderr while the others go on.
    """
    sources = _sources(files)
    fmt_name = fmt.value if fmt else ("rich" if sys.stdout.isatty() else "text")
    visual = _visual(bidi)
    if explain and fmt_name in ("tsv", "csv", "md"):
        raise usage_error(f"--explain is shown by the terminal view and by --format text, json or jsonl, "
                          f"not by {fmt_name}")
    for pattern in globs or ():
        if not pattern or os.path.isabs(pattern):  # pathlib's rglob: a traceback or no match
            raise usage_error(f"--glob {pattern!r}: give a file pattern relative to each directory, "
                              "such as '*.txt' or 'news/*.md'")
    if encoding:
        from prcli.inputs.decode import is_text_codec

        if not is_text_codec(encoding):
            raise usage_error(f"unknown --encoding {encoding!r}; try utf-8, utf-16, cp1256 or cp1252")
    kinds = options.get("kinds")
    if kinds:
        from prcli.model import STAT_KINDS

        # case as for --format and --bidi: «-k Money» is money
        kinds = options["kinds"] = [k.lower() for k in kinds]
        bad = [k for k in kinds if k not in STAT_KINDS]
        if bad:
            raise usage_error(f"unknown --kind {bad[0]!r}; choose from {', '.join(STAT_KINDS)}")
    many = input_format is InputFormat.jsonl or len(sources) > 1 or any(os.path.isdir(s) for s in sources)
    total = None
    if input_format is InputFormat.text and many:
        # Known up front for files and directories (paths only, no content): a progress bar.
        from prcli.inputs.sources import expand

        sources = list(expand(sources, tuple(globs) if globs else ("*.txt", "*.md")))
        total = len(sources)
    docs = _documents(sources, input_format, encoding, max_bytes, text_field, id_field, globs)
    emit = _emitter(fmt_name, sections, many, visual, explain, bool(options.get("all_quotes")))
    from prcli.batch import Progress, WorkerDied, analyze_all
    from prcli.inputs.sources import Failure

    # One document has nothing to count: no progress line, however long it takes.
    progress = Progress(total=total, enabled=None if many else False)
    # Output to the same terminal as the progress line: erase the line before each document.
    share_tty = progress.enabled and sys.stdout.isatty()
    failed = False
    try:
        for result in analyze_all(docs, sections, options, jobs=jobs):
            gcpolicy.start_up_over()  # the first result is in (worker processes resume their own)
            if isinstance(result, Failure):
                failed = True
                progress.clear()
                sys.stdout.flush()
                from prcli.render.safety import clean_line

                sys.stderr.write(f"prcli: {clean_line(result.source)}: {clean_line(result.message)}\n")
                sys.stderr.flush()
                progress.step(skipped=True)
            else:
                if share_tty:
                    progress.clear()
                emit(result)
                progress.step()
        progress.clear()
        emit(None)
    except KeyboardInterrupt:
        progress.clear()
        sys.stderr.write("prcli: interrupted\n")
        raise typer.Exit(130) from None
    except WorkerDied as e:
        progress.clear()
        sys.stdout.flush()
        sys.stderr.write(f"prcli: {e}\n")
        raise typer.Exit(1) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        raise typer.Exit(1)


def _emitter(fmt_name: str, sections: list[str], many: bool, visual: bool,
             explain: bool, listed_all: bool = False) -> Callable[[Any], None]:
    """A function printing one Analysis (or finishing the output when given None)."""
    width = shutil.get_terminal_size((100, 24)).columns
    if fmt_name == "rich":
        from prcli.render.terminal import make_console, render_analysis

        console = make_console(width=width if visual else None)

        def emit_rich(a: Any) -> None:
            if a is not None:
                render_analysis(console, a, visual, explain)

        return emit_rich
    from prcli.render.formats import make_writer

    out: Any = sys.stdout
    # Only a terminal needs the bidi layout (which loads Rich's cell widths) or escape filtering.
    if visual:
        from prcli.render.bidi import VisualStream

        out = VisualStream(sys.stdout, width)
    elif sys.stdout.isatty():
        from prcli.render.safety import SafeStream

        out = SafeStream(sys.stdout)
    writer = make_writer(fmt_name, out, sections, many, notes=sys.stderr, listed_all=listed_all,
                         explain=explain)

    def emit(a: Any) -> None:
        if a is None:
            writer.close()
        else:
            writer.write(a)
        out.flush()

    return emit


# Commands ------------------------------------------------------------------------------------

@command
def summarize(files: FilesArg = None, sentences: SentencesOpt = None, words: WordsOpt = None,
              ratio: RatioOpt = None, explain: ExplainOpt = False, fmt: FormatOpt = None,
              bidi: BidiOpt = None, encoding: EncodingOpt = None,
              max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, input_format: InputFormatOpt = InputFormat.text,
              text_field: TextFieldOpt = "text", id_field: IdFieldOpt = "id", glob: GlobOpt = None,
              jobs: JobsOpt = 1) -> None:
    """The few sentences that carry the story, in the article's own words and order."""
    _check_length(sentences, words, ratio)
    run(files, fmt, bidi, encoding, max_bytes, ["summary"],
        {"sentences": sentences, "words": words, "ratio": ratio}, explain=explain,
        input_format=input_format, text_field=text_field, id_field=id_field, globs=glob, jobs=jobs)


@command
def quotes(files: FilesArg = None, all_: AllOpt = False, fmt: FormatOpt = None, bidi: BidiOpt = None,
           encoding: EncodingOpt = None, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
           input_format: InputFormatOpt = InputFormat.text, text_field: TextFieldOpt = "text",
           id_field: IdFieldOpt = "id", glob: GlobOpt = None, jobs: JobsOpt = 1) -> None:
    """Every direct quotation with who said it."""
    run(files, fmt, bidi, encoding, max_bytes, ["quotes"], {"all_quotes": all_},
        input_format=input_format, text_field=text_field, id_field=id_field, globs=glob, jobs=jobs)


@command
def stats(files: FilesArg = None, kind: KindOpt = None, fmt: FormatOpt = None, bidi: BidiOpt = None,
          encoding: EncodingOpt = None, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
          input_format: InputFormatOpt = InputFormat.text, text_field: TextFieldOpt = "text",
          id_field: IdFieldOpt = "id", glob: GlobOpt = None, jobs: JobsOpt = 1) -> None:
    """Every figure: its words, value, kind, unit and what it counts."""
    run(files, fmt, bidi, encoding, max_bytes, ["stats"], {"kinds": kind},
        input_format=input_format, text_field=text_field, id_field=id_field, globs=glob, jobs=jobs)


@command
def analyze(files: FilesArg = None, sentences: SentencesOpt = None, words: WordsOpt = None,
            ratio: RatioOpt = None, explain: ExplainOpt = False, all_: AllOpt = False,
            kind: KindOpt = None, fmt: FormatOpt = None, bidi: BidiOpt = None,
            encoding: EncodingOpt = None, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
            input_format: InputFormatOpt = InputFormat.text, text_field: TextFieldOpt = "text",
            id_field: IdFieldOpt = "id", glob: GlobOpt = None, jobs: JobsOpt = 1) -> None:
    """Summary, quotes and figures at once."""
    _check_length(sentences, words, ratio)
    run(files, fmt, bidi, encoding, max_bytes, ["summary", "quotes", "stats"],
        {"sentences": sentences, "words": words, "ratio": ratio, "all_quotes": all_, "kinds": kind},
        explain=explain, input_format=input_format, text_field=text_field, id_field=id_field,
        globs=glob, jobs=jobs)


def _check_length(sentences: int | None, words: int | None, ratio: float | None) -> None:
    if ratio is not None and not 0 < ratio <= 1:  # NaN too
        raise usage_error(f"--ratio must be above 0 and at most 1, not {ratio:g} "
                          "(for instance 0.2 for a fifth of the sentences)")
    if sum(x is not None for x in (sentences, words, ratio)) > 1:
        raise usage_error("give only one of --sentences, --words and --ratio")


def main() -> None:
    """Console entry point: runs the app and turns interrupts and closed pipes into quiet exits.

    Ends the process itself once the output is flushed (see ``_exit``): this is the command
    line's entry point, not a function to call from other Python code.
    """
    argv = sys.argv[1:]
    only = argv[0] if argv and argv[0] in COMMANDS else None
    gcpolicy.pause_start_up()  # until the first document is analyzed (see prcli.gcpolicy)
    code: int | str | None = 0
    try:
        result = build_app(only)(prog_name="prcli", standalone_mode=False)
        code = result if isinstance(result, int) else 0  # ``--help``, ``Exit(n)``: click returns n
    except KeyboardInterrupt:
        sys.stderr.write("prcli: interrupted\n")
        code = 130
    except BrokenPipeError:
        _quiet_broken_pipe()
    except SystemExit as e:
        if _closed_pipe_exit(e, argv):
            _quiet_broken_pipe()
        code = e.code
    except Exception as e:  # click's own errors; anything else goes on as before
        handled = _click_error(e, only)
        if handled is None:
            raise
        code = handled
    _exit(code)


def _closed_pipe_exit(exit_: SystemExit, argv: list[str]) -> bool:
    """True when the run ended with code 1 because stdout was closed while the help was written
    (``prcli --help | head -1``).

    Rich (Typer's help) and click both turn a broken pipe into exit code 1; prcli's own output
    treats a reader that stopped early as success, so the help must too. Writing the help can
    fail no other way, and click wraps the streams in ``PacifyFlushWrapper`` when it was the one.
    """
    if exit_.code != 1:
        return False
    asked_help = any(a in ("--help", "-h") for a in argv)
    return asked_help or type(sys.stdout).__name__ == "PacifyFlushWrapper"


def _click_error(error: Exception, command: str | None) -> int | None:
    """The exit code after one line on stderr for a usage error (unknown option, bad value), as
    for bad input; None for an error that is not click's.

    Click would draw a framed box of several lines; scripts and ``2>&1 | head -1`` read one.
    Click's classes are recognised by name: Typer 0.28 ships its own copy of click, older
    releases use click itself, and the pyproject range allows both. ``Abort`` is what click
    makes of an end of input or an interrupt met while it reads from the terminal.
    """
    kind = type(error).__name__
    if kind == "Abort":
        interrupted = isinstance(error.__cause__, KeyboardInterrupt)
        sys.stderr.write("prcli: interrupted\n" if interrupted else "prcli: aborted\n")
        return 130 if interrupted else 1
    exit_code = getattr(error, "exit_code", None)
    describe = getattr(error, "format_message", None)
    if not isinstance(exit_code, int) or describe is None:
        return None
    if kind == "NoArgsIsHelpError":
        # bare ``prcli``: click printed the help while making this error (Rich's, on a
        # terminal), and its message is the plain help otherwise
        sys.stdout.write(str(describe()))
        return exit_code
    where = f"prcli {command}" if command else "prcli"
    message = " ".join(str(describe()).split()).rstrip(".")
    hint = f"; see '{where} -h'" if exit_code == 2 else ""
    sys.stderr.write(f"prcli: {message}{hint}\n")
    return exit_code


def _exit(code: int | str | None) -> None:
    """Flush the output and end the process without tearing the interpreter down.

    Freeing every module and object at exit costs a short run about as much as its analysis
    (measured: 14 ms of a 100 ms ``prcli stats``); nothing prcli does needs that teardown. The
    normal exit is kept when worker processes were used (their pool cleans up at exit), when
    ``PRCLI_SLOW_EXIT`` is set (for tools that rely on exit hooks, such as coverage), and for
    non-integer codes.
    """
    if not isinstance(code, int) or "concurrent.futures.process" in sys.modules \
            or os.environ.get("PRCLI_SLOW_EXIT"):
        sys.exit(code)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (OSError, ValueError):
        pass  # stdout closed or unusable: nothing more can be written anyway
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def _quiet_broken_pipe() -> NoReturn:
    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


gcpolicy.restore(_GC_PAUSED_FOR_LOADING)  # paused only while this module loaded (see the top)
