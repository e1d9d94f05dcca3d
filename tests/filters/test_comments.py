from articleclean.document import Label
from articleclean.filters.comments import drop_comment_text
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


def _doc(lines: list[tuple[str, str | None]]):
    doc = text_to_document("\n".join(text for text, _ in lines))
    for piece, (_, reason) in zip(doc.pieces, lines):
        if reason is not None:
            piece.label, piece.reason, piece.filter = Label.DROPPED, reason, "classify_boilerplate"
    doc.current_filter = "drop_comment_text"
    return doc


def test_text_between_comment_markers_is_dropped():
    doc = _doc([(STORY, None), ("4 Comments", "comment widget"), ("Sort by", None), ("Gary Thompson", "comment widget"),
                ("Should have been done years ago.", None), ("Like", "comment widget"), ("Reply", "comment widget")])
    drop_comment_text(doc)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 6]
    assert doc.pieces[4].reason == "comment widget: text between the thread's markers"


def test_a_long_piece_taken_for_a_comment_is_no_marker():
    long_one = (STORY + " More.", "comment widget: text")
    doc = _doc([("0 Comments", "comment widget"), (STORY, None), long_one, (STORY, None)])
    drop_comment_text(doc)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None, Label.DROPPED, None]
