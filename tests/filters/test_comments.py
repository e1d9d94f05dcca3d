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


def test_a_button_whose_next_marker_is_the_next_comments_user_name_is_dropped():
    # `Reply`, `Report` (kept), then the next comment's user name, time and text: the name and the time,
    # dropped in the pass down the page, mark the thread for `Report` in the pass up
    doc = _doc([(STORY, None), ("23 comments", "comment widget"), ("Sergey K.", "comment widget"),
                ("Why is everyone surprised?", None), ("Reply", "comment widget"), ("Report", None),
                ("Marina_N", None), ("3 hours ago", None), ("They have been building it for five years.", None),
                ("Reply", "comment widget")])  # fmt: skip
    drop_comment_text(doc)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 9]
