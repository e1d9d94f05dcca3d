"""The body: what no filter took is article text; lines of one paragraph are joined."""

from __future__ import annotations

from articleclean.document import Document, Label
from articleclean.strings import continues_line, ends_sentence


def keep_body(doc: Document) -> None:
    """Label what is left BODY; drop pieces left empty by normalisation.

    A body piece that continues the previous body piece mid-sentence (a text dump
    cuts a paragraph at each inline link) is marked `joins_previous`.
    """
    previous = None
    for piece in doc.pieces:
        if piece.label is None:
            if not piece.text:
                doc.drop(piece, "empty after normalisation")
                continue
            doc.label(piece, Label.BODY, "article text")
        if piece.label != Label.BODY:
            previous = None if piece.label != Label.DROPPED else previous
            continue
        if previous is not None and not piece.new_block and "joins_previous" not in piece.data:
            piece.data["joins_previous"] = not ends_sentence(previous.text) and continues_line(piece.text)
        previous = piece
