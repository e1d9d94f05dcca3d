"""Pipelines: a list of filters; adding one's own as the README shows; a failing filter is one InputError."""

from __future__ import annotations

import pytest
import regex

import articleclean
from articleclean import DEFAULT_FILTERS, Pipeline

DUMP = (
    "Storm hits the coast of the region\n\n"
    "A storm hit the coast on Monday, flooding hundreds of homes in the region.\n"
    "Sign up for our newsletter and get the news first\n"
    "The clean-up is expected to take weeks, officials said on Tuesday.\n"
)
NEWSLETTER = regex.compile(r"(?i)^sign up for our .*newsletter")


def drop_newsletter_prompts(doc):
    """Drop our site's newsletter prompts (the README's example)."""
    for piece in doc.find(NEWSLETTER):
        doc.drop(piece, "newsletter prompt")


def test_readme_example_of_a_filter_of_ones_own():
    pipeline = Pipeline(DEFAULT_FILTERS).insert_before("classify_boilerplate", drop_newsletter_prompts)
    assert pipeline.names().index("drop_newsletter_prompts") == pipeline.names().index("classify_boilerplate") - 1
    article = pipeline.clean(DUMP)
    assert [(d.text, d.reason, d.filter) for d in article.dropped if d.filter == "drop_newsletter_prompts"] == [
        ("Sign up for our newsletter and get the news first", "newsletter prompt", "drop_newsletter_prompts")
    ]
    assert len(article.paragraphs) == 2


def test_insert_after_and_without():
    pipeline = Pipeline().insert_after("normalize", drop_newsletter_prompts).without("normalize_quotes")
    assert pipeline.names()[1:3] == ["normalize", "drop_newsletter_prompts"]
    assert "normalize_quotes" not in pipeline.names()
    with pytest.raises(KeyError):
        Pipeline().insert_before("no_such_filter", drop_newsletter_prompts)


def test_a_failing_filter_is_one_input_error_naming_it():
    def broken(doc):
        raise RuntimeError("boom")

    with pytest.raises(articleclean.InputError, match="broken failed: RuntimeError: boom"):
        Pipeline([broken]).clean(DUMP)


def test_bad_options_are_input_errors():
    with pytest.raises(articleclean.InputError, match="unknown option: colour"):
        articleclean.clean(DUMP, colour="red")
    with pytest.raises(articleclean.InputError, match="quotes must be"):
        articleclean.clean(DUMP, quotes="fancy")


def test_empty_pipeline_keeps_everything_as_body():
    article = Pipeline([]).clean(DUMP)
    assert len(article.paragraphs) == 4 and article.dropped == []
