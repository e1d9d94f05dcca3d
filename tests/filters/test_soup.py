"""split_glue_soups: a menu glued word to word is cut into its items; prose with camel-case names is not."""

from __future__ import annotations

from collections import Counter

import pytest
from testdata import corpus_or_skip

from articleclean.document import Document, Hints, Piece
from articleclean.filters.soup import soup_items, split_glue_soups
from articleclean.sources.text import text_to_document
from articleclean.strings import word_parts


@pytest.mark.parametrize(
    ("soup", "items"),
    [
        ("HomeNewsSportWeather", ["Home", "News", "Sport", "Weather"]),
        ("Mindset197 SharesBufferSharePinTweetShareEmail Pamela Wilson Your success",
         ["Mindset197 Shares", "Buffer", "Share", "Pin", "Tweet", "Share", "Email Pamela Wilson Your success"]),
        ("ТестыГороскопыСонникКонкурсыРецепты", ["Тесты", "Гороскопы", "Сонник", "Конкурсы", "Рецепты"]),
        ("JobsNewsletterSubscribeAdvertiseSouth Korea’s roadmap to drive down solar costs",
         ["Jobs", "Newsletter", "Subscribe", "Advertise", "South Korea’s roadmap to drive down solar costs"]),
    ],
)  # fmt: skip
def test_a_glue_soup_is_cut_into_its_items(soup, items):
    assert soup_items(soup) == items


@pytest.mark.parametrize(
    "prose",
    [
        "Apple's iPhone and iPad sales on YouTube and PlayStation rose, McDonald's said.",
        "A long paragraph of the article about the McLaren team, with enough words between its names "
        "that the few places where a small letter meets a capital (iOS, eBay, MacBook) stay rare.",
        "Two GlueWords only",  # two glues in one token: below the count
        "Share on FacebookShare on TwitterShare on Pinterest",  # one a token: the classifier reads its words
    ],
)
def test_prose_with_camel_case_names_is_not_a_soup(prose):
    assert soup_items(prose) == [prose]


def test_items_are_new_blocks_of_the_same_line_and_decided_pieces_are_left_alone():
    doc = text_to_document("Headline of it\nHomeNewsSportWeather\nHomeNewsSportWeather")
    doc.pieces[2].label = "dropped"
    split_glue_soups(doc)
    assert [(p.text, p.line, p.data) for p in doc.pieces[:5]] == [
        ("Headline of it", 1, {}),
        ("Home", 2, {}),
        ("News", 2, {"glued": True}),
        ("Sport", 2, {"glued": True}),
        ("Weather", 2, {"glued": True}),
    ]
    assert doc.pieces[5].text == "HomeNewsSportWeather"


def test_html_blocks_are_left_alone():
    doc = Document([Piece("HomeNewsSportWeather", hints=Hints())], source="html")
    split_glue_soups(doc)
    assert len(doc.pieces) == 1


def test_corpus_raw_dumps_keep_their_word_parts():
    corpus = corpus_or_skip()
    for path in sorted((corpus / "dumps" / "raw").glob("*.txt")):
        doc = text_to_document(path.read_text(encoding="utf-8"))
        before = Counter(word for piece in doc.pieces for word in word_parts(piece.text))
        split_glue_soups(doc)
        assert Counter(word for piece in doc.pieces for word in word_parts(piece.text)) == before, path.name
