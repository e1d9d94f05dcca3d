"""Other dump styles: `python -m bench.dump_styles [CORPUS_DIR]`.

The corpus ships two text dumps of each page, made with BeautifulSoup after removing `<script>`,
`<style>`, `<noscript>` and `<template>`. Scrapers write others. This makes four more dumps of
every page from its HTML and scores articleclean on them with the corpus's measures, each beside
what articleclean did before it read that style:

- `lxml`: `lxml.html.fromstring(html).text_content()`, which keeps the page's scripts and styles;
- `regex`: every `<...>` removed by a regex, entities unescaped: scripts and styles kept too;
- `markdown`: `html2text` with no line wrapping (links, headings and lists in Markdown);
- `spaced`: BeautifulSoup's `get_text(" ", strip=True)`, the whole page on one line.

`lxml` and `regex` dumps have their lines right-stripped and runs of blank lines folded to one, as
the corpus's raw dumps. Beside `lxml` and `regex`: the pipeline without `drop_code`; beside
`markdown`: the dump read as plain text (`html=False`).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

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


def markdown_dump(page: str) -> str:
    """The page as `html2text` writes it (the `bench` extra)."""
    import html2text  # only this dump needs it

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(page)


def spaced_dump(page: str) -> str:
    """The page's text on one line, its text nodes joined by spaces."""
    soup = BeautifulSoup(page, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return soup.get_text(" ", strip=True)


Cleaner = Callable[[str], articleclean.Article]
_WITHOUT_DROP_CODE = articleclean.Pipeline().without("drop_code")
STYLES: dict[str, tuple[Callable[[str], str], dict[str, Cleaner]]] = {
    "lxml": (lxml_dump, {"articleclean": articleclean.clean, "without drop_code": _WITHOUT_DROP_CODE.clean}),
    "regex": (regex_dump, {"articleclean": articleclean.clean, "without drop_code": _WITHOUT_DROP_CODE.clean}),
    "markdown": (
        markdown_dump,
        {"articleclean": articleclean.clean, "read as text": lambda text: articleclean.clean(text, html=False)},
    ),
    "spaced": (spaced_dump, {"articleclean": articleclean.clean}),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N page ids (sorted)")
    parser.add_argument("--styles", default=",".join(STYLES), help="comma-separated dump styles")
    args = parser.parse_args(argv)
    corpus = Corpus.load(args.corpus, limit=args.limit)
    print("| dump | reader | F1 | precision | recall | title acc (n) | day acc (n) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for style in args.styles.split(","):
        make_dump, cleaners = STYLES[style]
        dumps = {pid: make_dump(corpus.read("html", pid)) for pid in corpus.ids}
        for name, clean in cleaners.items():
            pages, titles, days = [], [], []
            for pid in corpus.ids:
                article = clean(dumps[pid])
                pages.append(score_page("\n".join(article.paragraphs), corpus.bodies[pid]))
                if (title := corpus.declared(pid, "title")) is not None:
                    titles.append(title_ok(article.title, title))
                if (day := corpus.declared(pid, "published_day")) is not None:
                    days.append(day_ok(article.published, day))
            body = summarize(pages)
            (title_acc, title_n), (day_acc, day_n) = accuracy(titles), accuracy(days)
            print(
                f"| {style} | {name} | {body.f1:.3f} | {body.precision:.3f} | {body.recall:.3f} "
                f"| {title_acc:.3f} ({title_n}) | {day_acc:.3f} ({day_n}) |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
