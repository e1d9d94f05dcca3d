"""Bylines: `By Jane Doe`, `Author: ...`, `Von ...`; the names go to `authors`."""

from __future__ import annotations

from articleclean.document import Document, Label
from articleclean.parse.bylines import match_byline

# A byline stands by the headline; further away, `By ...` lines belong to teaser lists.
_NEAR_HEADLINE = 15


def find_bylines(doc: Document) -> None:
    """Label bylines near the headline (anywhere when there is none) BYLINE, with their names."""
    title_at = next((i for i, p in enumerate(doc.pieces) if p.label == Label.TITLE), None)
    near = doc.pieces if title_at is None else doc.pieces[max(0, title_at - _NEAR_HEADLINE) : title_at + _NEAR_HEADLINE]
    for piece in near:
        if piece.label is not None:
            continue
        names = match_byline(piece.text)
        if names is None:
            continue
        doc.label(piece, Label.BYLINE, "byline", authors=names)
        for name in names:
            if name not in doc.meta.authors:
                doc.meta.authors.append(name)
