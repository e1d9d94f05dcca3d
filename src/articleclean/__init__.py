"""articleclean: raw scraped dumps and HTML of news pages in, clean structured articles out.

>>> import articleclean
>>> article = articleclean.clean("Storm hits the coast\\n\\nThe first paragraph of the story.")
>>> article.title, article.paragraphs
('Storm hits the coast', ['The first paragraph of the story.'])
"""

from __future__ import annotations

from typing import Any

from articleclean.article import Article, Caption, Dropped, Origin, Related
from articleclean.document import Document, Hints, Label, Piece
from articleclean.errors import InputError
from articleclean.filters import DEFAULT_FILTERS
from articleclean.pipeline import Filter, Pipeline

__all__ = [
    "DEFAULT_FILTERS",
    "Article",
    "Caption",
    "Document",
    "Dropped",
    "Filter",
    "Hints",
    "InputError",
    "Label",
    "Origin",
    "Piece",
    "Pipeline",
    "Related",
    "clean",
    "clean_html",
]

_DEFAULT_PIPELINE = Pipeline(DEFAULT_FILTERS)


def clean(raw: Any, **options: Any) -> Article:
    """Clean a text dump or HTML page (str, bytes, or a BeautifulSoup object) into an Article.

    Options: `quotes="ascii" | "typographic" | "preserve"`, `profile=` (a path
    to a TOML site profile, or a loaded `Profile`). Raises `InputError` for
    input that is not text; nothing else.
    """
    return _DEFAULT_PIPELINE.clean(raw, **options)


def clean_html(html: Any, **options: Any) -> Article:
    """`clean` for input known to be HTML (also a fragment that does not look like a page)."""
    return _DEFAULT_PIPELINE.clean(html, html=True, **options)
