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


def test_article_glued_to_the_bylines_date_is_cut_off(run_filter):
    doc = text_to_document(
        "Headline of the story\n"
        "Von Anna Müller19.11.2019, 10:30 UhrDie Bundesregierung will die Regeln für Mieten in Großstädten verschärfen."
    )
    doc.pieces[0].label = Label.TITLE
    run_filter(find_bylines, doc=doc)
    assert [(p.text, p.label) for p in doc.pieces[1:]] == [
        ("Von Anna Müller19.11.2019, 10:30 Uhr", Label.BYLINE),
        ("Die Bundesregierung will die Regeln für Mieten in Großstädten verschärfen.", None),
    ]
    assert doc.meta.authors == ["Anna Müller"]
