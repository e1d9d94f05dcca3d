"""The hand-made fixtures of the seed's shape come out field by field."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from testdata import FIXTURES

import articleclean


def clean(name: str, **options) -> articleclean.Article:
    return articleclean.clean((FIXTURES / name).read_text(encoding="utf-8"), **options)


def test_gmt_dateline_two_captions_also_read():
    article = clean("dateline_gmt_two_captions.txt")
    assert article.title == "Storm Dennis floods hundreds of homes across Wales"
    assert article.subtitle == "Rivers burst their banks overnight as the second storm in a week hit the region"
    assert article.published == datetime(2019, 11, 20, 12, 3, tzinfo=timezone.utc)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Flood water in Pontypridd town centre.", "Reuters/Rebecca Naden"),
        ("Residents are evacuated by boat in Nantgarw.", "PA Images/Ben Birchall"),
    ]
    assert [r.title for r in article.related] == ["Storm Ciara leaves thousands without power"]
    assert len(article.paragraphs) == 4 and article.paragraphs[2].startswith('"We have never seen')


def test_published_prefix_and_caption_without_credit():
    article = clean("published_prefix_caption_no_credit.txt")
    assert article.title == "Central bank holds rates as inflation cools"
    assert article.subtitle is None
    assert article.published == datetime(2019, 11, 19)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The bank's governor at a press conference in the capital", None)
    ]
    assert [r.title for r in article.related] == ["Why the bank kept rates on hold"]
    assert len(article.paragraphs) == 3


def test_iso_dateline_also_on_and_a_quote_that_says_read_more():
    article = clean("iso_dateline_also_on.txt")
    assert article.published == datetime(2019, 11, 20, 5, 47, tzinfo=timezone.utc)
    assert [r.title for r in article.related] == ["Smartphone sales fall for third year in a row"]
    assert article.paragraphs[-1].endswith('"Read more into it than that and you\'ll be disappointed."')


def test_windows_line_endings_and_update_time():
    article = clean("windows_line_endings.txt")
    assert article.title == "Ministers agree new plan for rail network"
    assert article.published == datetime(2019, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert [r.title for r in article.related] == ["Rail fares to rise by 2.7% in January"]
    assert not any("\r" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_mojibake_is_repaired():
    article = clean("mojibake.txt")
    assert article.title == 'Mayor\'s plan for café tax "approved" by council'
    assert article.paragraphs[1] == '"This is a good day for the city," the mayor said after the vote.'


def test_raw_glued_form():
    article = clean("raw_glued.txt")
    assert article.title == "Airline cancels flights as virus spreads"
    assert article.published == datetime(2020, 3, 2, 9, 15)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Passengers at the airport terminal in Frankfurt.", "AFP/John Smith")
    ]
    assert [r.title for r in article.related] == ["Airports brace for a quiet spring"]
    assert not any("READ MORE" in p or "icon" in p for p in article.paragraphs)
    assert article.paragraphs[-1] == "Shares in the company fell 4% in early trading."


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_typographic_quotes_curl_everything_kept(name):
    article = clean(name, quotes="typographic")
    assert not any('"' in p or "'" in p for p in [article.title or "", *article.paragraphs])
