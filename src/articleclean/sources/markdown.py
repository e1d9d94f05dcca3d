"""Markdown dumps (`html2text`, `markdownify`, a crawler's "page as Markdown"), read through their HTML.

A Markdown dump keeps what a text dump loses: headings (`# Headline`), links (`[text](url)`),
lists and quotes. `markdown-it-py` (a CommonMark parser) turns it into HTML, and the HTML source
reads that as it reads a page: one piece a block, with its tag, heading level and link density as
hints, the headline from the first `<h1>`, related links with their URL. Read as plain text, the
link targets and list marks would be read as words of the page.

Link targets, image addresses and the marks of the syntax are markup, as a page's tags and
attributes are: what must not get lost is the text Markdown shows.
"""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt

from articleclean.document import Document
from articleclean.sources.html import html_to_document

# `[text](target)` and `![alt](src)` (a target holds no bracket: a run of `](` without `)` is then
# given up at the next bracket, not at the end of the text); a heading `# Title`.
_LINK = regex.compile(r"\]\((?:[a-z][\w+.-]*:|/|#|\.{0,2}/|www\.)[^()\[\]\s]*(?:\s+\"[^\"]*\")?\)", regex.I)
_HEADING = regex.compile(r"(?m)^#{1,6}[ \t]+\S")
_MIN_LINKS = 3
_MIN_MARKED_SHARE = 0.05  # of the non-blank lines: links and headings, what a Markdown page is made of
_RENDERER = MarkdownIt("commonmark").enable("table")


def looks_like_markdown(text: str) -> bool:
    """True for text written in Markdown: links in its syntax, on enough of its lines, or a heading with links.

    >>> looks_like_markdown("[Home](/)\\n\\n# Man flies\\n\\n* [News](/news)\\n* [Sport](/sport)\\n\\nHe flew.")
    True
    >>> looks_like_markdown("Home\\nNews\\nMan flies\\nHe flew. See [1] and (2).")
    False
    """
    links = len(_LINK.findall(text)) if "](" in text else 0
    if links == 0:
        return False
    headings = len(_HEADING.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    marked = links + headings
    return (links >= _MIN_LINKS or headings > 0) and marked >= _MIN_MARKED_SHARE * lines


def markdown_to_document(text: str) -> Document:
    """A Document of a Markdown dump, read through the HTML it stands for (`source="html"`,
    `dump_format="markdown"`).

    >>> doc = markdown_to_document("[Home](/)\\n\\n# Man flies\\n\\nHe *did*, [they say](/a).")
    >>> [(p.text, p.hints.tag) for p in doc.pieces]
    [('Home', 'p'), ('Man flies', 'h1'), ('He did, they say.', 'p')]
    """
    doc = html_to_document(_RENDERER.render(text))
    doc.dump_format = "markdown"
    return doc
