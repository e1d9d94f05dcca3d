"""Datelines: lines that are a publication or update time (`17 Jan, 2023 12:10`, `Updated: ...`)."""

from __future__ import annotations

from datetime import datetime

import regex

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import open_after_classifier
from articleclean.parse.dates import (
    MAX_DATELINE_LENGTH,
    MAX_DAY_MONTH_LENGTH,
    find_date,
    is_day_month,
    match_datelines,
    update_time_alone,
)

# Every date form has a year, a time, or a day and month in digits; most lines have none of them.
_DATE_HINT = regex.compile(r"\d\d\d\d|\d[:.]\d\d|\d[./]\d")
_DIGIT = regex.compile(r"\d")
_REASONS = {
    "published": "dateline: publication time",
    "updated": "dateline: update time",
    "date": "dateline: the date of the story",
}
# How far from the headline (in pieces) a dateline still belongs to the article, not to a teaser list.
_NEAR_HEADLINE = 12
# Where a date inside a byline-like piece still dates the article: pieces around and below the headline,
# not too long (a raw dump glues the dateline to the byline and the menu).
_BYLINE_BEFORE, _BYLINE_AFTER, _BYLINE_LENGTH = 3, 30, 600
# Slash dates whose order shows (`19/11/2019` is day first, `11/19/2019` month first).
_SLASH_DATE = regex.compile(r"(?<![\d/])(\d\d?)/(\d\d?)/(?:\d\d){1,2}(?![\d/])")
# English function words: a page with few of them is not English, and writes slash dates day first.
_ENGLISH = ("the", "and", "of", "to", "is", "was", "for", "that", "with")
_ENGLISH_SHARE, _LANGUAGE_SAMPLE = 0.04, 5_000


def find_datelines(doc: Document) -> None:
    """Drop lines that are datelines, keeping the time they state in `piece.data["when"]` (and the update
    time of a line that states both, `Publié le ... - Mis à jour le ...`, in `piece.data["updated"]`)."""
    candidates = doc.find(_DATE_HINT, longest=MAX_DATELINE_LENGTH)  # a longer line is no dateline
    day_first = slash_dates_day_first(doc, candidates)
    for piece in candidates:
        found = match_datelines(piece.text, day_first)
        if not found:
            continue
        main = next((d for d in found if d.kind == "published"), found[0])
        doc.drop(piece, _REASONS.get(main.kind, _REASONS["date"]))
        piece.data["when"], piece.data["kind"] = main.when, main.kind
        updated = next((d for d in found if d.kind == "updated" and d is not main), None)
        if updated is not None:
            piece.data["updated"] = updated.when
        _take_update_time_below(doc, piece, main.when)


def _take_update_time_below(doc: Document, dateline: Piece, when: datetime) -> None:
    """An update line with a time and no date right under a dateline (`Atualizado às 11:48`): the same day."""
    at = doc.pieces.index(dateline) + 1
    below = doc.pieces[at] if at < len(doc.pieces) else None
    if below is None or below.label is not None or (time := update_time_alone(below.text)) is None:
        return
    doc.drop(below, _REASONS["updated"])
    below.data["when"] = when.replace(hour=time[0], minute=time[1], second=0, microsecond=0)
    below.data["kind"] = "updated"


def drop_teaser_dates(doc: Document) -> None:
    """Drop a day and month without a year on a line of its own (`Транспорт, 4 февраля`): a teaser's date.

    It runs after the classifier, whose training pages had these lines in its input (read before it, they
    cost 0.004 of cross-validated F1), and takes them whether it kept them or dropped them as furniture.
    """
    for piece in doc.pieces:
        if len(piece.text) <= MAX_DAY_MONTH_LENGTH and open_after_classifier(piece) and _DIGIT.search(piece.text):
            if is_day_month(piece.text):
                doc.drop(piece, "dateline of a teaser: a day and month without a year")


def slash_dates_day_first(doc: Document, dated: list[Piece] | None = None) -> bool:
    """Whether the page writes `05/02/2019` for 5 February: its own slash dates say so when one has a day
    above 12 (looked for in `dated`, the pieces that may hold a date, else all); else its language does
    (the page's declared language, or its share of English function words): English pages are read
    month first (US), all others day first.

    >>> from articleclean.sources.text import text_to_document
    >>> slash_dates_day_first(text_to_document("Pubblicato il 05/02/2019. Il sindaco ha detto che la linea"))
    True
    >>> slash_dates_day_first(text_to_document("Posted 05/02/2019. The mayor said that the line is open"))
    False
    >>> slash_dates_day_first(text_to_document("Posted 05/02/2019, updated 19/02/2019. The mayor said that"))
    True
    """
    pairs = [
        (int(first), int(second))
        for piece in (doc.pieces if dated is None else dated)
        if "/" in piece.text
        for first, second in _SLASH_DATE.findall(piece.text)
    ]
    if all(first > 12 or second > 12 for first, second in pairs):
        return any(first > 12 for first, _ in pairs)  # no slash date is ambiguous (or there is none)
    for first, second in pairs:
        if first > 12 or second > 12:
            return first > 12
    language = doc.meta.language
    if language:
        return not language.lower().startswith("en")
    sample, length = [], 0
    for piece in doc.pieces:
        sample.append(piece.text)
        length += len(piece.text)
        if length >= _LANGUAGE_SAMPLE:
            break
    text = " " + " ".join(" ".join(sample).lower().split()) + " "
    english = sum(text.count(f" {word} ") for word in _ENGLISH)
    return english < _ENGLISH_SHARE * text.count(" ")


def choose_dates(doc: Document) -> None:
    """Set `published` and `modified` from the datelines nearest the headline (runs after `find_headline`).

    A day already known (a metadata token) gains the time of a dateline on the same day.
    """
    dated = [(i, p) for i, p in enumerate(doc.pieces) if "when" in p.data]
    title_at = next((i for i, p in enumerate(doc.pieces) if p.label == Label.TITLE), None)
    if title_at is not None:
        near = [(i, p) for i, p in dated if abs(i - title_at) <= _NEAR_HEADLINE]
        if not near and doc.meta.published is None:
            doc.meta.published = _date_by_headline(doc, title_at)
        dated = sorted(near or dated, key=lambda item: (abs(item[0] - title_at), item[0] < title_at))
    if not dated:
        return
    # a line that says it is the publication (`First published on ...`) over a bare date nearer the headline
    published = _first(dated, ("published",)) or _first(dated, ("date",))
    modified = next((when for _, p in dated if (when := _update_time(p)) is not None), None)
    meta = doc.meta
    if published is not None:
        meta.published = _more_precise(meta.published, published)
    elif modified is not None and meta.published is None:
        # only an update line: the day of a byline that states one (`Veröffentlicht am ... von X`) comes first
        meta.published = (_date_by_headline(doc, title_at) if title_at is not None else None) or modified
    if modified is not None and meta.modified is None:
        meta.modified = modified


def _date_by_headline(doc: Document, title_at: int) -> datetime | None:
    """A date inside a short piece by the headline (`By Jane Doe | Nov 20, 2019`, glued in a raw dump)."""
    day_first = None
    for piece in doc.pieces[max(0, title_at - _BYLINE_BEFORE) : title_at + _BYLINE_AFTER]:
        if piece.data.get("kind") == "updated":
            continue
        if len(piece.text) <= _BYLINE_LENGTH and _DATE_HINT.search(piece.text):
            if day_first is None:
                day_first = slash_dates_day_first(doc)
            found = find_date(piece.text, day_first)
            if found is not None:
                return found.when
    return None


def _first(dated: list[tuple[int, Piece]], kinds: tuple[str, ...]) -> datetime | None:
    return next((p.data["when"] for _, p in dated if p.data["kind"] in kinds), None)


def _update_time(piece: Piece) -> datetime | None:
    """The update time a dateline states: its own if it is an update line, or the second date of a
    `Published ... - Updated ...` line."""
    return piece.data.get("updated") or (piece.data["when"] if piece.data["kind"] == "updated" else None)


def _more_precise(known: datetime | None, found: datetime) -> datetime:
    """What to publish under: a declared day (metadata) wins over a dateline of another day; on the
    same day, the dateline wins when it tells the time (or zone) and the declared value does not."""
    if known is None:
        return found
    if known.date() != found.date():
        return known
    return found if _has_time(found) and not _has_time(known) else known


def _has_time(when: datetime) -> bool:
    return (when.hour, when.minute, when.second) != (0, 0, 0) or when.tzinfo is not None
