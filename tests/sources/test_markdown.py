from collections import Counter

import pytest

import articleclean
from articleclean.sources import to_document
from articleclean.sources.markdown import looks_like_markdown, markdown_to_document
from articleclean.strings import word_parts

PAGE = """[Daily Planet](/)

  * [News](/news)
  * [Sport](/sport)
  * [Weather](/weather)

# Storm closes schools across the region

By Lois Lane | November 19, 2019

Schools across the region will stay closed on Tuesday after a storm brought down trees overnight.

The education authority said that about 140 schools had no power on *Monday evening*.

Read more: [Power cuts hit 40,000 homes](https://example.com/power-cuts)

Forecasters expect calmer weather from Wednesday, although more rain is likely at the weekend.

  * [Share on Facebook](https://facebook.com/share)
  * [Share on X](https://x.com/share)

© 2019 Daily Planet. All rights reserved.
"""


def test_markdown_is_recognised():
    assert looks_like_markdown(PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "Home\nNews\nStorm closes schools\nSchools will stay closed on Tuesday.",
        "The report [1] cites (2) and [3](a) sources; see [the annex].",
        "# not a heading without links\nJust text.",
    ],
)
def test_plain_text_is_not_markdown(text):
    assert not looks_like_markdown(text)


def test_markdown_is_read_through_html():
    doc = to_document(PAGE)
    assert doc.source == "html"
    assert ("Storm closes schools across the region", "h1") in [(p.text, p.hints.tag) for p in doc.pieces]
    assert to_document(PAGE, html=False).source == "text"


def test_clean_markdown_dump():
    article = articleclean.clean(PAGE)
    assert article.title == "Storm closes schools across the region"
    assert article.authors == ["Lois Lane"]
    assert article.published is not None and article.published.date().isoformat() == "2019-11-19"
    assert [(r.title, r.url) for r in article.related] == [
        ("Power cuts hit 40,000 homes", "https://example.com/power-cuts")
    ]
    assert article.paragraphs == [
        "Schools across the region will stay closed on Tuesday after a storm brought down trees overnight.",
        "The education authority said that about 140 schools had no power on Monday evening.",
        "Forecasters expect calmer weather from Wednesday, although more rain is likely at the weekend.",
    ]


def test_no_text_markdown_shows_is_lost():
    # link targets and the marks of the syntax are markup; every word Markdown shows is in the Article
    shown = Counter(word for piece in markdown_to_document(PAGE).pieces for word in word_parts(piece.text))
    article = articleclean.clean(PAGE)
    texts = [article.title or "", *article.authors, *article.paragraphs, *(d.text for d in article.dropped)]
    texts += [r.title for r in article.related]
    assert shown - Counter(word for text in texts for word in word_parts(text)) == Counter()
