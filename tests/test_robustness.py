"""`clean` returns an Article or raises InputError, whatever it is given; malformed HTML included."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articleclean

FURNITURE = ["READ MORE: x", "© AFP", "By Jane Doe", "17 Jan, 2023 12:10", "<p>", "</div>", "icon shareicon", "\t"]


def clean_or_input_error(raw: object) -> None:
    try:
        article = articleclean.clean(raw)
    except articleclean.InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(article, articleclean.Article)
    article.to_json()


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=80), st.sampled_from(FURNITURE)), max_size=25).map("\n".join))
def test_any_text_gives_an_article_or_an_input_error(text: str) -> None:
    clean_or_input_error(text)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_an_input_error(raw: bytes) -> None:
    clean_or_input_error(raw)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Unclosed <b>bold <i>and italic<div>Text in a div",
        "<!DOCTYPE html><html><head><title>Cut in half</title></head><body><article><p>The story beg",
        "<div>" * 10_000 + "Deep text." + "</div>" * 10_000,
        "<html><body>" + "<p>A paragraph of the story, long enough to count as prose here.</p>" * 20_000,
    ],
    ids=["unclosed", "half-page", "10000-nested-divs", "large-page"],
)
def test_malformed_html(html: str) -> None:
    clean_or_input_error(html)
