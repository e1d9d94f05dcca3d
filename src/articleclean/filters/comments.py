"""Reader comments the classifier let through: text between the markers of a comment thread."""

from __future__ import annotations

from articleclean.document import Document, Label, Piece

_COMMENT_REASON = "comment widget"
_MAX_MARK_CHARS = 40
_REACH = 3  # pieces on each side where a comment marker must stand


def drop_comment_text(doc: Document) -> None:
    """Drop a piece the classifier kept when comment-widget pieces (`Reply`, `5h`, `4 Comments`) stand
    within `_REACH` pieces both before and after it: a comment, or the thread's `Sort by` controls.

    It runs after the classifier: the thread is what the classifier's own decisions around it show.
    A piece dropped so marks the thread for its neighbours: one pass down the page, then one up (a
    `Report` button whose next marker is the user name of the comment below).
    """
    pieces = doc.pieces
    marks = [_is_comment_mark(p) for p in pieces]
    if not any(marks):
        return
    for at in [*range(len(pieces)), *reversed(range(len(pieces)))]:
        piece = pieces[at]
        if piece.label is not None:
            continue
        before = any(marks[max(0, at - _REACH) : at])
        after = any(marks[at + 1 : at + 1 + _REACH])
        if before and after:
            doc.drop(piece, "comment widget: text between the thread's markers")
            marks[at] = _is_comment_mark(piece)  # a user name or a time marks the thread for what follows


def _is_comment_mark(piece: Piece) -> bool:
    """A short piece the classifier dropped as part of a comment widget (`Reply`, `5h`, `Gary Thompson`):
    a long one may be a paragraph it took for a comment, no sign of a thread."""
    return (
        piece.label == Label.DROPPED and piece.reason.startswith(_COMMENT_REASON) and len(piece.text) <= _MAX_MARK_CHARS
    )
