"""Run one filter over a small document made of lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from articleclean.document import Document
from articleclean.sources.text import text_to_document


@pytest.fixture
def run_filter() -> Callable[..., Document]:
    def run(f: Callable[[Document], None], *lines: str, doc: Document | None = None) -> Document:
        doc = doc or text_to_document("\n".join(lines))
        doc.current_filter = getattr(f, "__name__", "filter")
        f(doc)
        return doc

    return run
