"""No text of the input disappears: every word is in a field of the Article or in `dropped`.

As a multiset: the word parts (`strings.word_parts`) of the input after the pipeline's own
normalisation are contained in the word parts of the Article's text fields plus
the texts of `dropped`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from testdata import FIXTURES, corpus_or_skip

import articleclean
from articleclean.filters.normalize import normalize_text
from articleclean.strings import word_parts


def article_tokens(article: articleclean.Article) -> Counter[str]:
    texts = [article.title or "", article.subtitle or "", article.site_name or "", *article.authors]
    texts += [f"{c.text} {c.credit or ''}" for c in article.captions]
    texts += [f"{r.title} {r.url or ''}" for r in article.related]
    texts += article.tags
    texts += article.paragraphs
    texts += [d.text for d in article.dropped]
    return Counter(word for text in texts for word in word_parts(text))


def lost_tokens(raw: str, **options) -> Counter[str]:
    expected = Counter(word for line in raw.splitlines() for word in word_parts(normalize_text(line)))
    return expected - article_tokens(articleclean.clean(raw, **options))


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
@pytest.mark.parametrize("quotes", ["ascii", "typographic", "preserve"])
def test_fixture_loses_no_text(path: Path, quotes: str):
    assert lost_tokens(path.read_text(encoding="utf-8"), quotes=quotes) == Counter()


@pytest.mark.parametrize("style", ["lines", "raw"])
def test_corpus_dumps_lose_no_text(style: str):
    corpus = corpus_or_skip()
    failures = {}
    for path in sorted((corpus / "dumps" / style).glob("*.txt")):
        lost = lost_tokens(path.read_text(encoding="utf-8"))
        if lost:
            failures[path.stem[:12]] = dict(lost.most_common(5))
    assert failures == {}


def test_corpus_html_pages_lose_no_text():
    """Every word of every piece of visible page text ends in a field or in `dropped`
    (that the pieces hold all visible text is tested in tests/sources/test_html.py)."""
    import gzip

    from articleclean.sources.html import html_to_document

    corpus = corpus_or_skip()
    failures = {}
    for path in sorted((corpus / "html").glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8")
        pieces = html_to_document(html).pieces
        expected = Counter(word for piece in pieces for word in word_parts(normalize_text(piece.text)))
        lost = expected - article_tokens(articleclean.clean(html))
        if lost:
            failures[path.name[:12]] = dict(lost.most_common(5))
    assert failures == {}
