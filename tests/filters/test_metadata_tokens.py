from datetime import datetime

from articleclean.filters.metadata_tokens import take_metadata_tokens


def test_date_token_sets_the_day_and_is_dropped(run_filter):
    doc = run_filter(take_metadata_tokens, "date 2023-01-17", "Headline")
    assert doc.meta.published == datetime(2023, 1, 17)
    assert doc.pieces[0].label == "dropped" and "metadata token" in doc.pieces[0].reason
    assert doc.pieces[1].label is None


def test_not_a_token(run_filter):
    doc = run_filter(take_metadata_tokens, "date night ideas for 2023", "date 2023-13-45")
    assert doc.meta.published is None
    assert all(p.label is None for p in doc.pieces)
