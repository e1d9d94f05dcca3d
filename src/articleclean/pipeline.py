"""A pipeline is a list of filters run in order over one document.

A filter is any callable `filter(doc: Document) -> None` that labels pieces of
the document (`doc.label`, `doc.drop`) and may fill `doc.meta`; its name (the
`name` attribute, else `__name__`) is recorded with each decision it makes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from articleclean.article import Article
from articleclean.assemble import build_article
from articleclean.document import Document, Options
from articleclean.errors import InputError
from articleclean.filters import DEFAULT_FILTERS
from articleclean.sources import to_document

Filter = Callable[[Document], None]


def filter_name(f: Filter) -> str:
    """The name a filter's decisions are recorded under."""
    return str(getattr(f, "name", None) or getattr(f, "__name__", None) or type(f).__name__)


class Pipeline:
    """Filters run in order; `clean` turns raw input into an `Article`.

    >>> from articleclean.filters import DEFAULT_FILTERS
    >>> Pipeline(DEFAULT_FILTERS).names()[:3]
    ['drop_code', 'normalize', 'split_glued_text']
    """

    def __init__(self, filters: Iterable[Filter] = DEFAULT_FILTERS) -> None:
        self.filters: tuple[Filter, ...] = tuple(filters)

    def names(self) -> list[str]:
        return [filter_name(f) for f in self.filters]

    def _index(self, name: str) -> int:
        try:
            return self.names().index(name)
        except ValueError:
            raise KeyError(f"no filter named {name!r} in this pipeline") from None

    def insert_before(self, name: str, *filters: Filter) -> Pipeline:
        """A new pipeline with `filters` run just before the filter called `name`."""
        at = self._index(name)
        return Pipeline((*self.filters[:at], *filters, *self.filters[at:]))

    def insert_after(self, name: str, *filters: Filter) -> Pipeline:
        """A new pipeline with `filters` run just after the filter called `name`."""
        at = self._index(name) + 1
        return Pipeline((*self.filters[:at], *filters, *self.filters[at:]))

    def without(self, *names: str) -> Pipeline:
        """A new pipeline without the filters called `names`."""
        return Pipeline(f for f in self.filters if filter_name(f) not in names)

    def run(self, doc: Document) -> Document:
        """Run every filter over `doc`, in order, and return it."""
        for f in self.filters:
            doc.current_filter = filter_name(f)
            f(doc)
        doc.current_filter = ""
        return doc

    def document(self, raw: Any, *, html: bool | None = None, **options: Any) -> Document:
        """The labelled document of `raw`: what `clean` builds its Article from (and `--explain` shows).

        `html=None` recognises HTML by its markup; `True` reads `raw` as HTML whatever it looks like.
        """
        try:
            chosen = Options(**options)
        except TypeError as error:
            unknown = ", ".join(sorted(set(options) - set(Options.__dataclass_fields__)))
            raise InputError(f"unknown option: {unknown or error}") from error
        except ValueError as error:
            raise InputError(str(error)) from error
        try:
            doc = to_document(raw, html=html)
        except InputError:
            raise
        except RecursionError as error:
            raise InputError("input is nested too deeply to read") from error
        except Exception as error:  # a bug on this input must not stop a batch: report it as one line
            raise InputError(f"could not read this input: {type(error).__name__}: {error}") from error
        doc.options = chosen
        try:
            return self.run(doc)
        except RecursionError as error:
            raise InputError("input is nested too deeply to clean") from error
        except Exception as error:  # a bug on this input must not stop a batch: report it as one line
            where = doc.current_filter or "a filter"
            raise InputError(f"could not clean this input: {where} failed: {type(error).__name__}: {error}") from error

    def clean(self, raw: Any, *, html: bool | None = None, **options: Any) -> Article:
        """Clean `raw` (text or HTML, str or bytes, or a BeautifulSoup object) into an Article.

        Raises `InputError` (a ValueError) for input that is not text (empty,
        binary), for bad options, and, with the filter's name, should a filter
        fail on this input; nothing else escapes.
        """
        doc = self.document(raw, html=html, **options)
        try:
            return build_article(doc)
        except Exception as error:  # see `document`
            raise InputError(f"could not clean this input: assembly failed: {type(error).__name__}: {error}") from error
