"""The standfirst: the sentence under the headline that sums the story up."""

from __future__ import annotations

from articleclean.document import Document, Label, Piece
from articleclean.filters.origin import match_origin
from articleclean.strings import ends_sentence

_MIN_WORDS, _MAX_WORDS = 5, 60


def find_subtitle(doc: Document) -> None:
    """Label SUBTITLE the piece right under the headline when it reads as a standfirst.

    It does when it is set apart from the body: no final full stop, or
    followed by the furniture that opens an article (a repeated headline, an
    image caption, a byline or a dateline) before the body starts.
    """
    if doc.meta.subtitle is not None:
        return
    title_at = next((i for i, p in enumerate(doc.pieces) if p.label == Label.TITLE), None)
    if title_at is None:
        return
    following = doc.pieces[title_at + 1 :]
    candidate_at = next((i for i, p in enumerate(following) if p.label is None), None)
    if candidate_at is None:
        return
    candidate = following[candidate_at]
    if not _MIN_WORDS <= len(candidate.text.split()) <= _MAX_WORDS:
        return
    between_is_furniture = all(p.label is not None for p in following[:candidate_at])
    if not between_is_furniture or match_origin(candidate.text) is not None:
        return  # a place line (`MADRID (EFE).-`) opens the story's first paragraph, not a summary
    after = following[candidate_at + 1 : candidate_at + 2]
    if not ends_sentence(candidate.text) or (after and _opens_article(after[0])):
        doc.label(candidate, Label.SUBTITLE, "standfirst: the summary under the headline")


def _opens_article(piece: Piece) -> bool:
    return piece.label in (Label.CAPTION, Label.BYLINE, Label.DROPPED)
