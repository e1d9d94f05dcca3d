"""Dumps that kept the page's code: `python -m bench.script_dumps [CORPUS_DIR]`.

The corpus's dumps were made with `<script>`, `<style>`, `<noscript>` and `<template>` removed.
Many scrapers do not remove them: `lxml`'s `text_content()` and a regex that strips tags both
dump JSON-LD, analytics snippets, CSS and a framework's state with the page's text. This makes
two such dumps of every page from its HTML and scores articleclean on them with the corpus's
measures, beside the same pipeline without `drop_code` (what articleclean did before it).

- `lxml`: `lxml.html.fromstring(html).text_content()`;
- `regex`: every `<...>` removed, entities unescaped;

each with lines right-stripped and runs of blank lines folded to one, as the corpus's raw dumps.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html

import articleclean
from bench.run import DEFAULT_CORPUS, Corpus
from bench.score import accuracy, day_ok, score_page, summarize, title_ok

_TAG = re.compile(r"<[^>]+>")
_BLANK_RUN = re.compile(r"\n{3,}")


def _fold(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip() + "\n"


def lxml_dump(page: str) -> str:
    """The page as `lxml`'s `text_content()` gives it."""
    page = page.split("?>", 1)[1] if page.lstrip().startswith("<?xml") else page  # lxml refuses a declaration in str
    return _fold(lxml.html.fromstring(page).text_content())


def regex_dump(page: str) -> str:
    """The page with its tags stripped by a regex."""
    return _fold(html.unescape(_TAG.sub("", page)))


DUMPS: dict[str, Callable[[str], str]] = {"lxml": lxml_dump, "regex": regex_dump}
PIPELINES = {"articleclean": articleclean.Pipeline(), "without drop_code": articleclean.Pipeline().without("drop_code")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N page ids (sorted)")
    args = parser.parse_args(argv)
    corpus = Corpus.load(args.corpus, limit=args.limit)
    print("| dump | pipeline | F1 | precision | recall | title acc (n) | day acc (n) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for dump_name, make_dump in DUMPS.items():
        dumps = {pid: make_dump(corpus.read("html", pid)) for pid in corpus.ids}
        for name, pipeline in PIPELINES.items():
            pages, titles, days = [], [], []
            for pid in corpus.ids:
                article = pipeline.clean(dumps[pid])
                pages.append(score_page("\n".join(article.paragraphs), corpus.bodies[pid]))
                if (title := corpus.declared(pid, "title")) is not None:
                    titles.append(title_ok(article.title, title))
                if (day := corpus.declared(pid, "published_day")) is not None:
                    days.append(day_ok(article.published, day))
            body = summarize(pages)
            (title_acc, title_n), (day_acc, day_n) = accuracy(titles), accuracy(days)
            print(
                f"| {dump_name} | {name} | {body.f1:.3f} | {body.precision:.3f} | {body.recall:.3f} "
                f"| {title_acc:.3f} ({title_n}) | {day_acc:.3f} ({day_n}) |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
