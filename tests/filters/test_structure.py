from articleclean.document import Hints
from articleclean.filters.structure import drop_by_structure, furniture_reason, main_block
from articleclean.sources.html import html_to_document
from articleclean.sources.text import text_to_document

PROSE = "The minister said on Tuesday that the plan would go ahead as agreed, despite the protests."
PAGE = f"""<html><head><title>Plan goes ahead</title></head><body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>
<div class="content"><div class="story"><h1>Plan goes ahead</h1>
<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE} It will cost millions.</p>
<div class="share-tools">Share this story</div></div>
<div class="teasers"><p>Another story you may like, with a sentence of its own here.</p></div></div>
<aside>Most read today</aside><footer>© 2024 Example News</footer></body></html>"""


def labels(doc):
    return {p.text[:30]: (p.label, p.reason) for p in doc.pieces}


def test_landmarks_class_names_and_blocks_outside_the_main_one_are_dropped(run_filter):
    doc = run_filter(drop_by_structure, doc=html_to_document(PAGE))
    got = labels(doc)
    assert got["Home World"] == ("dropped", "inside the page's <header>: masthead and menus")
    assert got["Politics"][1] == "inside <nav>: site navigation"
    assert got["Most read today"][1].startswith("inside <aside>")
    assert got["© 2024 Example News"][1] == "inside <footer>"
    assert got["Share this story"][1] == "furniture by its class name: share"
    assert got["Another story you may like, wi"][1] == "outside the block that holds the article's paragraphs"
    assert got[PROSE[:30]] == (None, "")


def test_text_input_is_left_alone(run_filter):
    doc = run_filter(drop_by_structure, doc=text_to_document("Home\nNews\nA sentence of the story."))
    assert all(p.label is None for p in doc.pieces)


def test_no_main_block_when_prose_is_spread():
    doc = html_to_document(f"<div><p>{PROSE}</p></div><div><p>{PROSE}</p></div><div><p>{PROSE}</p></div>")
    assert main_block(doc.pieces) is None


def test_reasons_need_markup():
    assert furniture_reason(None, "Home") is None


def test_a_block_that_is_one_link_is_a_teaser():
    assert furniture_reason(Hints(tag="h2", heading_level=2, link_density=1.0), "Ten things to do") == (
        "a link to another page: a teaser"
    )
    assert furniture_reason(Hints(tag="p", link_density=1.0), "A whole paragraph that is a link elsewhere") == (
        "a link to another page: a teaser"
    )
    assert furniture_reason(Hints(tag="p", link_density=0.4), "A paragraph with a link in it, and more words") is None
