from articleclean.document import Label
from articleclean.filters.pull_quotes import drop_pull_quotes

PARAGRAPH = (
    "The ice shelf has been listening to itself for years, Ekholm said. 'The ice doesn't care whether we're paying"
    " attention.' Her team will go back in the spring."
)


def test_a_line_the_story_says_again_in_a_paragraph_is_a_pull_quote(run_filter):
    quote = "“The ice doesn’t care whether we’re paying attention.”"
    other = "A new season of measurements starts in October, the team said."
    doc = run_filter(drop_pull_quotes, PARAGRAPH, quote, other)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]


def test_lines_repeated_alone_are_no_pull_quotes(run_filter):
    # a list or a table repeats its lines: none is in a longer paragraph
    row = "1 Green, 1 Red, 1 Yellow, 1 tsp."
    doc = run_filter(drop_pull_quotes, row, row, PARAGRAPH)
    assert all(p.label is None for p in doc.pieces)
