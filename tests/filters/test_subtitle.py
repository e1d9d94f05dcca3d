from articleclean.document import Label
from articleclean.filters.subtitle import find_subtitle
from articleclean.sources.text import text_to_document


def labelled(*lines_labels):
    doc = text_to_document("\n".join(text for text, _ in lines_labels))
    for piece, (_, label) in zip(doc.pieces, lines_labels):
        piece.label = label
    return doc


def test_standfirst_without_full_stop(run_filter):
    doc = labelled(("Headline", Label.TITLE), ("A summary of the story in a dozen words or so", None), ("Body.", None))
    run_filter(find_subtitle, doc=doc)
    assert doc.pieces[1].label == Label.SUBTITLE


def test_standfirst_before_a_caption(run_filter):
    doc = labelled(
        ("Headline", Label.TITLE),
        ("A summary sentence that ends with a full stop.", None),
        ("A caption. © AFP", Label.CAPTION),
        ("Body.", None),
    )
    run_filter(find_subtitle, doc=doc)
    assert doc.pieces[1].label == Label.SUBTITLE


def test_first_body_paragraph_is_not_a_standfirst(run_filter):
    doc = labelled(
        ("Headline", Label.TITLE),
        ("The first paragraph of the story, which ends with a full stop.", None),
        ("The second paragraph.", None),
    )
    run_filter(find_subtitle, doc=doc)
    assert doc.pieces[1].label is None


def test_agency_place_line_opens_the_body_not_a_standfirst(run_filter):
    doc = labelled(
        ("Headline", Label.TITLE),
        ("Madrid, 19 nov (EFE).- El Consejo de Ministros aprobó este martes la reforma de las pensiones.", None),
        ("Por María García", Label.BYLINE),
        ("La ministra explicó la reforma.", None),
    )
    run_filter(find_subtitle, doc=doc)
    assert doc.pieces[1].label is None
