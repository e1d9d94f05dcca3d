"""Metadata tokens a scraper writes into its dump (`date 2023-01-17`)."""

from __future__ import annotations

from datetime import datetime
from itertools import islice

import regex

from articleclean.document import Document

_DATE_TOKEN = regex.compile(r"^date\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})$", regex.I)
_HEAD = 5  # scrapers write their tokens at the top of the dump


def parse_date_token(text: str) -> datetime | None:
    """The day of a `date YYYY-MM-DD` token, or None.

    >>> parse_date_token("date 2023-01-17")
    datetime.datetime(2023, 1, 17, 0, 0)
    >>> parse_date_token("date night in 2023") is None
    True
    """
    match = _DATE_TOKEN.match(text)
    if match is None:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def take_metadata_tokens(doc: Document) -> None:
    """Take `date YYYY-MM-DD` tokens at the top of a dump: the day goes to `published`, the token to dropped."""
    for piece in islice(doc.undecided(), _HEAD):
        day = parse_date_token(piece.text)
        if day is None:
            continue
        doc.drop(piece, "metadata token: publication day written by the scraper")
        if doc.meta.published is None:
            doc.meta.published = day
