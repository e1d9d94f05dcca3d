from articleclean.document import Label
from articleclean.filters.bylines import find_bylines
from articleclean.sources.text import text_to_document


def test_byline_near_the_headline_gives_authors(run_filter):
    doc = text_to_document("Headline of the story\nBy Jane Doe and John Roe\nBy the end of the year, prices doubled.")
    doc.pieces[0].label = Label.TITLE
    run_filter(find_bylines, doc=doc)
    assert doc.pieces[1].label == Label.BYLINE
    assert doc.meta.authors == ["Jane Doe", "John Roe"]
    assert doc.pieces[2].label is None
