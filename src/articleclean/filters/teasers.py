"""Teaser lists with dates: under a `Most read` heading, each teaser is a headline, maybe a blurb, and a date."""

from __future__ import annotations

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import furniture_kind, open_after_classifier
from articleclean.parse.dates import find_date, is_day_month

_MAX_HEADING_CHARS = 40
_MAX_TEASER_CHARS = 300
_MAX_DATE_CHARS = 60
_MAX_STEP = 4  # pieces from one teaser's date to the next (headline, blurb, section, date)
_MIN_TEASERS = 2
_REACH = 60


def is_teaser_date(piece: Piece) -> bool:
    """A date line: one the dateline filter took, or a short line that is a date, with or without a year
    (`Транспорт, 4 февраля`, `Economía · 11 mar 2025`).

    >>> is_teaser_date(Piece("Sport · 18 ottobre")), is_teaser_date(Piece("The council met on 18 March."))
    (True, False)
    """
    if "when" in piece.data:
        return True
    text = piece.text
    if len(text) > _MAX_DATE_CHARS:
        return False
    if is_day_month(text):
        return True
    found = find_date(text)
    return found is not None and len(text) - (found.span[1] - found.span[0]) <= _MAX_HEADING_CHARS


def drop_teaser_lists(doc: Document) -> None:
    """Drop the teasers under a teaser heading (`Most read`, `Самое читаемое`) when a date closes each of
    them, every few lines, at least twice: headlines and blurbs are prose the classifier may keep.

    It runs after the classifier and takes what it kept as well as what it dropped.
    """
    pieces = doc.pieces
    for at, heading in enumerate(pieces):
        if len(heading.text) > _MAX_HEADING_CHARS or not open_after_classifier(heading):
            continue
        if furniture_kind(heading.text) != "related":
            continue
        last = _last_teaser_date(pieces, at)
        if last is None:
            continue
        if heading.label is None:
            doc.drop(heading, "teaser list: its heading")
        for piece in pieces[at + 1 : last + 1]:
            if piece.label is None or (piece.label == Label.DROPPED and piece.filter == "classify_boilerplate"):
                doc.drop(piece, "teaser list: a teaser's headline, blurb or date")


def _last_teaser_date(pieces: list[Piece], heading_at: int) -> int | None:
    """Where the last date of the teasers under the heading stands, if at least `_MIN_TEASERS` dates
    close teasers at most `_MAX_STEP` pieces apart; None otherwise."""
    previous, dates = heading_at, 0
    for i in range(heading_at + 1, min(len(pieces), heading_at + _REACH)):
        piece = pieces[i]
        if i - previous > _MAX_STEP:
            break
        if is_teaser_date(piece):
            previous, dates = i, dates + 1
            continue
        if len(piece.text) > _MAX_TEASER_CHARS or not (open_after_classifier(piece) or piece.label == Label.RELATED):
            break
    return previous if dates >= _MIN_TEASERS else None
