"""The command line: `articleclean [FILE ...]`, a filter on stdin when no file is named. A file or stdin may be
gzip, bzip2 or xz compressed (told by its first bytes).

Exit codes:
  0  every input was cleaned
  1  some input could not be cleaned (empty, binary, not text); the others still came out
  2  usage error (unknown option, bad option value, --explain or --format with --jsonl)
  3  some file could not be read (missing, a directory, no permission, a broken archive); the others still came out
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
import zlib
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from typing import Any, NoReturn, TextIO

from articleclean.article import Article
from articleclean.errors import InputError
from articleclean.explain import explain_document
from articleclean.pipeline import Pipeline
from articleclean.render import to_markdown, to_text

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        self.exit(EXIT_USAGE, f"articleclean: error: {message} (see articleclean --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="articleclean",
        description="Clean raw scraped dumps (text or Markdown) or HTML of news pages into structured articles.",
        epilog="Exit codes: 0 all cleaned; 1 some input was not cleanable text; 2 usage error; "
        "3 some file could not be read.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="dumps, Markdown or HTML pages to clean ('-' or none: stdin)"
    )
    parser.add_argument("--format", choices=("json", "text", "markdown"), default="json", help="output (default json)")
    parser.add_argument(
        "--quotes", choices=("ascii", "typographic", "preserve"), default="ascii", help="quote style (default ascii)"
    )
    parser.add_argument("--profile", metavar="FILE", help="a TOML site profile with extra rules")
    parser.add_argument("--explain", action="store_true", help="show each piece of input, where it went and why")
    parser.add_argument("--html", action="store_true", help="read input as HTML even if it does not look like it")
    batch = parser.add_argument_group("batch (JSON Lines)")
    batch.add_argument(
        "--jsonl", action="store_true", help="input is JSON Lines, one record a line; output one JSON line a record"
    )
    batch.add_argument("--field", default="text", help="the record field holding the dump or page (default text)")
    batch.add_argument("--workers", type=_positive, default=None, help="processes to use (default: every core)")
    batch.add_argument("--shard", default="0/1", metavar="K/N", help="clean only records K, K+N, K+2N... (a cluster)")
    batch.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options: dict[str, Any] = {"quotes": args.quotes}
    if args.profile:
        from articleclean.profiles import load_profile

        try:
            options["profile"] = load_profile(args.profile)
        except (OSError, ValueError) as error:
            _error(f"profile {args.profile}: {error}")
            return EXIT_USAGE
    if args.jsonl and (args.explain or args.format != "json"):
        _error("error: --explain and --format are for single inputs; --jsonl writes JSON Lines (see --help)")
        return EXIT_USAGE
    run = _Run()
    try:
        if args.jsonl:
            _clean_batches(args, {**options, "html": True} if args.html else options, run)
        else:
            _clean_files(args, options, run)
        sys.stdout.flush()
    except BrokenPipeError:  # `articleclean big.txt | head`: the reader left, that is fine
        sys.stderr.close()
    except KeyboardInterrupt:
        return 130
    return run.status


class _Run:
    """The exit status of one run: the worst thing that happened, each said once on stderr."""

    def __init__(self) -> None:
        self.status = EXIT_OK

    def fail(self, code: int, message: str) -> None:
        _error(message)
        self.status = max(self.status, code)

    def inputs(self, files: Sequence[str]) -> Iterator[tuple[str, bytes]]:
        """(name, bytes) of each input that can be read, decompressed if it is gzip, bzip2 or xz; the others
        are reported and skipped."""
        from articleclean.batch import decompressed

        for name in files or ["-"]:
            shown = "<stdin>" if name == "-" else name
            try:
                if name == "-":
                    data = sys.stdin.buffer.read()
                else:
                    with open(name, "rb") as handle:
                        data = handle.read()
                data = decompressed(data)
            except (OSError, EOFError, lzma.LZMAError, zlib.error) as error:
                reason = getattr(error, "strerror", None) or error or type(error).__name__
                self.fail(EXIT_UNREADABLE, f"{shown}: cannot read: {reason}")
                continue
            yield shown, data

    def lines(self, name: str) -> Iterator[str]:
        """The lines of a JSON Lines input, read as they are needed (`batch.read_lines`). A file that
        cannot be read, or breaks off (a truncated or corrupt archive), is reported and ends there:
        the records read before still come out."""
        from articleclean.batch import read_lines

        try:
            with nullcontext(sys.stdin.buffer) if name == "-" else open(name, "rb") as stream:
                yield from read_lines(stream)
        except (OSError, EOFError, lzma.LZMAError, zlib.error) as error:
            reason = getattr(error, "strerror", None) or error or type(error).__name__
            self.fail(EXIT_UNREADABLE, f"{'<stdin>' if name == '-' else name}: cannot read: {reason}")


def _clean_files(args: argparse.Namespace, options: dict[str, Any], run: _Run) -> None:
    pipeline = Pipeline()
    html = args.html or None
    for name, raw in run.inputs(args.files):
        try:
            if args.explain:
                sys.stdout.write(explain_document(pipeline.document(raw, html=html, **options), name))
            else:
                _write(sys.stdout, pipeline.clean(raw, html=html, **options), args.format, len(args.files) > 1)
        except InputError as error:
            run.fail(EXIT_BAD_INPUT, f"{name}: {error}")


def _clean_batches(args: argparse.Namespace, options: dict[str, Any], run: _Run) -> None:
    from articleclean.batch import Shard, clean_lines

    try:
        shard = Shard.parse(args.shard)
    except ValueError as error:
        run.fail(EXIT_USAGE, str(error))
        return
    progress = _progress_bar() if args.progress else None
    try:
        for name in args.files or ["-"]:
            for out_line, failed in clean_lines(run.lines(name), args.field, args.workers, shard, options):
                if failed:
                    run.status = max(run.status, EXIT_BAD_INPUT)  # the record says why, in the output
                sys.stdout.write(out_line + "\n")
                if progress is not None:
                    progress.update(1)
    finally:
        if progress is not None:
            progress.close()


def _progress_bar() -> Any:
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is the `parallel` extra; without it, a plain counter
        return _Counter()
    return tqdm(unit=" records", file=sys.stderr)


class _Counter:
    def __init__(self) -> None:
        self.done = 0

    def update(self, n: int) -> None:
        self.done += n
        if self.done % 1000 == 0:
            print(f"\r{self.done} records", end="", file=sys.stderr)

    def close(self) -> None:
        print(f"\r{self.done} records", file=sys.stderr)


def _write(out: TextIO, article: Article, fmt: str, several: bool) -> None:
    if fmt == "json":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=None if several else 2) + "\n")
    elif fmt == "markdown":
        out.write(to_markdown(article) + "\n")
    else:
        out.write(to_text(article) + "\n")
    if several and fmt != "json":
        out.write("\n")


def _error(message: str) -> None:
    print(f"articleclean: {message}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
