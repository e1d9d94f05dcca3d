"""classify_boilerplate: page furniture dropped with a reason, article text left for the body."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from testdata import FIXTURES

import articleclean
from articleclean.document import Label, Piece
from articleclean.filters import boilerplate as bp
from articleclean.filters.boilerplate import classify_boilerplate, make_units
from articleclean.filters.related import RELATED_MARKER
from articleclean.sources.text import text_to_document

MENU = ["Home", "News", "World", "Business", "Sport", "Weather", "Contact us"]
SHARE = ["Share this article", "Share on Facebook", "Share on Twitter", "Share by email", "Follow us on Twitter"]
BODY = [
    "Schools across the region will stay closed on Tuesday after a storm brought down trees and power lines "
    "overnight, the education authority said.",
    "The authority said that about 140 schools had no power on Monday evening and that engineers were working "
    "to restore it before the end of the week.",
    '"We will not take any risks with the safety of children," said its director.',
    "Parents were asked to share the news with others who may not have seen the announcement and to subscribe "
    "to text alerts for updates on reopening.",
    "Forecasters expect calmer weather from Wednesday, although more rain is likely over the weekend in the "
    "north of the region.",
]
FOOTER = [
    "Sign up for our newsletter",
    "Most read",
    "Minister resigns over budget row",
    "Council approves new bus lanes",
    "© 2024 Example News. All rights reserved.",
    "Privacy policy",
    "Cookie settings",
]
PAGE = "\n".join(
    [
        "Storm closes schools across the region | Example News",
        *MENU,
        "Storm closes schools across the region",
        "By Jane Doe",
        "12 March 2024",
        *BODY,
        *SHARE,
        *FOOTER,
    ]
)


@pytest.fixture(scope="module")
def page() -> articleclean.Document:
    return articleclean.Pipeline().document(PAGE)


def pieces_with(doc: articleclean.Document, texts: list[str]) -> list[articleclean.Piece]:
    return [p for p in doc.pieces if p.text in texts]


def test_body_is_kept_whole(page):
    body = [p.text for p in page.pieces if p.label == Label.BODY]
    assert body == BODY


def test_short_quote_between_body_paragraphs_is_kept(page):
    (quote,) = pieces_with(page, [BODY[2]])
    assert quote.label == Label.BODY


def test_body_sentence_saying_share_and_subscribe_is_kept(page):
    (sentence,) = pieces_with(page, [BODY[3]])
    assert sentence.label == Label.BODY


def test_menu_is_dropped_as_navigation(page):
    menu = pieces_with(page, MENU)
    assert len(menu) == len(MENU)
    assert all(p.label == Label.DROPPED and p.reason.startswith("navigation") for p in menu)
    assert all(p.filter == "classify_boilerplate" for p in menu)


def test_share_prompts_are_dropped_as_such(page):
    prompts = pieces_with(page, SHARE)
    # (`drop_widgets` names the last more precisely)
    assert [p.reason.split(" (")[0] for p in prompts] == ["share/follow prompt"] * (len(SHARE) - 1) + ["follow prompt"]


def test_footer_is_dropped_with_specific_reasons(page):
    reasons = {p.text: p.reason.split(" (")[0] for p in pieces_with(page, FOOTER)}
    assert all(p.label == Label.DROPPED for p in pieces_with(page, FOOTER))
    assert reasons["Sign up for our newsletter"] == "newsletter/sign-in prompt"
    assert reasons["Most read"] == "teaser list"
    assert reasons["Cookie settings"] == "cookie notice"
    assert reasons["Privacy policy"] == "legal notice"


def test_every_drop_says_why_and_how_sure(page):
    mine = [p for p in page.pieces if p.filter == "classify_boilerplate"]
    assert mine
    assert all(p.reason and "p=" in p.reason for p in mine if p.reason != "repeats an earlier paragraph")
    assert all(0.0 <= p.data["boilerplate_p"] <= 1.0 for p in mine)


def test_pieces_other_filters_decided_are_left_alone(page):
    assert [p.text for p in page.pieces if p.label == Label.TITLE] == ["Storm closes schools across the region"]
    assert all(p.filter != "classify_boilerplate" for p in page.pieces if p.label not in (None, Label.DROPPED, "body"))


def test_article_only_dump_keeps_all_its_paragraphs():
    seed = articleclean.clean((FIXTURES / "seed_rt.txt").read_text(encoding="utf-8"))
    assert len(seed.paragraphs) == 7
    assert seed.paragraphs[-1].startswith("In his interview with TASS on Tuesday")
    assert not [d for d in seed.dropped if "p=" in d.reason]  # the classifier dropped nothing


def test_article_only_dump_without_its_header_keeps_all_its_paragraphs():
    lines = (FIXTURES / "seed_rt.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines[1:] if len(line) > 100]  # the first line is the icon labels
    article = articleclean.clean("\n\n".join(paragraphs))
    assert len(paragraphs) == 7
    assert article.paragraphs == [p.replace("’", "'").replace("“", '"').replace("”", '"') for p in paragraphs]


def test_paragraph_fragments_are_one_unit():
    doc = text_to_document(
        "Menu\nAfter a three-year silence, there is news on the fourth film in the\nStar Trek\n"
        "series: Noah Hawley, known for\nFargo\n, is in talks to direct it."
    )
    units = make_units(doc)
    assert [u.text for u in units] == [
        "Menu",
        "After a three-year silence, there is news on the fourth film in the Star Trek series: Noah Hawley, "
        "known for Fargo , is in talks to direct it.",
    ]


def test_run_of_tiny_lines_is_one_block_unit():
    units = make_units(text_to_document("\n".join([*MENU, BODY[0]])))
    assert [u.block for u in units] == [True, False]
    assert units[0].text == " ".join(MENU)


def test_without_weights_nothing_is_decided(monkeypatch):
    monkeypatch.setattr(bp, "load_models", lambda: {})
    doc = text_to_document(PAGE)
    classify_boilerplate(doc)
    assert all(p.label is None for p in doc.pieces)


def test_shipped_weights_match_the_features():
    spec = json.loads(resources.files("articleclean.models").joinpath(bp.MODEL_FILE).read_text(encoding="utf-8"))
    text = spec["models"]["text"]
    assert text["stage1"]["features"] == list(bp.features_for("text"))
    assert text["stage2"]["features"] == list(bp.STAGE2_FEATURES)
    assert all(text[key]["features"] == list(bp.BOUNDARY_FEATURES) for key in bp.BOUNDARY_MODELS)
    assert "text" in bp.load_models()


def test_empty_and_decided_documents_are_fine():
    doc = text_to_document("Only a headline")
    doc.pieces[0].label = Label.TITLE
    classify_boilerplate(doc)
    assert doc.pieces[0].label == Label.TITLE


def test_article_span_does_not_cross_a_long_run_of_furniture():
    # a good start, a likely end, twelve units of furniture, then a slightly likelier end (teasers)
    probs = [0.9] * 6 + [0.05] * 12 + [0.8] * 6
    chars = [100] * len(probs)
    starts = [0.99] + [0.01] * (len(probs) - 1)
    ends = [0.01] * 5 + [0.9] + [0.01] * 17 + [0.95]
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0}
    assert bp.article_span(probs, chars, starts, ends, decode) == (0, 23)
    assert bp.article_span(probs, chars, starts, ends, {**decode, "gap": 12, "gap_p": 0.2}) == (0, 5)
    # decided units (a dateline, a caption) are not furniture of the run
    opened = [True] * 6 + [True, False] * 6 + [True] * 6
    assert bp.article_span(probs, chars, starts, ends, {**decode, "gap": 12, "gap_p": 0.2}, opened) == (0, 23)


def test_last_paragraph_after_an_inline_read_more_link_is_kept():
    page = (
        "Wiadomości\nKraj\nCeny prądu wzrosną od stycznia\n"
        "Ceny prądu dla gospodarstw domowych wzrosną od stycznia średnio o kilkanaście procent, zapowiedział prezes.\n"
        "Zobacz także: Rachunki za gaz też pójdą w górę\n"
        "Rząd zapowiada, że przygotuje rekompensaty dla najuboższych odbiorców energii elektrycznej w przyszłym roku.\n"
        "Czytaj też: Jak oszczędzać energię w domu\n"
        "Eksperci przypominają, że ceny energii na rynkach hurtowych rosną od kilkunastu miesięcy w całej Europie.\n"
        "Źródło: PAP\n"
    )
    article = articleclean.clean(page)
    assert article.paragraphs[-1].startswith("Eksperci przypominają")
    assert [r.title for r in article.related] == ["Rachunki za gaz też pójdą w górę", "Jak oszczędzać energię w domu"]


def test_furniture_word_glued_to_the_next_block_is_still_read():
    units = [bp.Unit([], text, True) for text in ("CompartirAviso legal", "Compartir", "The minister left on Monday.")]
    bp.local_features(units)
    assert [u.kind for u in units] == ["share", "share", None]


def test_quotation_marks_and_joining_dots_are_no_separators():
    texts = ["Accueil » Politique » Région", "« Rien ne change », dit-il.", "Kim Jong·un", "News · Sport"]
    rows = bp.local_features([bp.Unit([], text, True) for text in texts])
    at = bp.LOCAL_FEATURES.index("separator")
    assert [row[at] for row in rows] == [1.0, 0.0, 0.0, 1.0]


def test_a_colon_and_a_headline_after_a_comment_word_is_no_comment_heading():
    texts = ["Kommentare (12)", "Kommentar: Die Stadt hat das Wachstum zu lange unterschätzt"]
    rows = bp.local_features([bp.Unit([], text, True) for text in texts])
    at = bp.LOCAL_FEATURES.index("comment_heading")
    assert [row[at] for row in rows] == [1.0, 0.0]


def test_a_block_with_furniture_words_inside_the_article_needs_more_than_low():
    texts = ["A first paragraph of the story, long enough to be one.", "Copyright Tags Home News", "More story here."]
    units = [bp.Unit([], text, True) for text in texts]
    units[1].kind, units[1].block = "legal", True
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    for row in rows:
        row[bp._I_PARA] = 1.0  # a block's words together make it as long as a paragraph
    rows[1][bp.LOCAL_FEATURES.index("tiny_block")] = 1.0
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0, "rescue": 0.7, "low": 0.02, "high": 0.9,
              "low_furniture": 0.7}  # fmt: skip
    keep = bp.decide_with(units, rows, [0.9, 0.3, 0.9], [0.9, 0.01, 0.01], [0.01, 0.01, 0.9], decode)
    assert keep == [True, False, True]


def test_a_fact_box_inside_the_article_is_kept_however_unlike_prose():
    texts = ["A first paragraph of the story, long enough to be one.", "Em números", "Habitações: 640",
             "Investimento: 118 milhões de euros", "More of the story here, as long as the first."]  # fmt: skip
    units = [bp.Unit([articleclean.Piece(text)], text, True) for text in texts]
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    rows[0][bp._I_PARA] = rows[-1][bp._I_PARA] = 1.0
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0, "rescue": 0.7, "low": 0.02, "high": 0.9}
    probs, starts, ends = [0.9, 0.01, 0.01, 0.01, 0.9], [0.9, 0.01, 0.01, 0.01, 0.01], [0.01] * 4 + [0.9]
    assert bp.decide_with(units, rows, probs, starts, ends, decode) == [True] * 5


def test_short_furniture_line_inside_the_article_needs_more_than_low():
    texts = ["A first paragraph of the story, long enough.", "Share this article", "The story goes on here."]
    units = [bp.Unit([], text, True) for text in texts]
    units[1].kind = "share"
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    for i in (0, 2):
        rows[i][bp._I_PARA] = 1.0
    rows[1][bp.LOCAL_FEATURES.index("kind_share")] = 1.0
    probs, starts, ends = [0.9, 0.5, 0.9], [0.99, 0.01, 0.01], [0.01, 0.01, 0.99]
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0, "rescue": 0.7, "low": 0.02, "high": 0.9}
    assert bp.decide_with(units, rows, probs, starts, ends, decode) == [True, True, True]
    assert bp.decide_with(units, rows, probs, starts, ends, {**decode, "low_furniture": 0.7}) == [True, False, True]
    # never below `low`: a lower bar for furniture than for other lines would make no sense
    assert bp.decide_with(
        units, rows, [0.9, 0.05, 0.9], starts, ends, {**decode, "low": 0.1, "low_furniture": 0.02}
    ) == [
        True,
        False,
        True,
    ]


def test_pieces_of_a_long_menu_block_are_named_navigation_not_prose():
    menu = [
        f"Section {name}" for name in "Politics Economy Culture Science Sport Travel Food Health Opinion".split()
    ] * 5
    doc = articleclean.Pipeline().document("\n".join(["Storm closes schools | Example News", *menu, *BODY, *FOOTER]))
    reasons = {p.reason.split(" (")[0] for p in doc.pieces if p.text in menu}
    assert len(" ".join(menu)) > 300  # as long together as a paragraph
    assert reasons == {"navigation: run of short link-like lines before the article"}


def paragraphs_around(decided: articleclean.Piece) -> tuple[list[bp.Unit], list[list[float]]]:
    """Units and feature rows of a paragraph, a piece another filter decided, and a paragraph."""
    units = [
        bp.Unit([articleclean.Piece("First paragraph.")], "First paragraph.", True),
        bp.Unit([decided], decided.text, False),
        bp.Unit([articleclean.Piece("Last paragraph.")], "Last paragraph.", True),
    ]
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    rows[0][bp._I_PARA] = rows[2][bp._I_PARA] = 1.0
    return units, rows


@pytest.mark.parametrize(
    "inline",
    [
        articleclean.Piece("Read more: Rail fares to rise", label=Label.RELATED),
        articleclean.Piece("Boats in the harbour", label=Label.CAPTION),
        articleclean.Piece("Photo: AFP", label=Label.DROPPED, data={"credit_line": True}),  # a caption's credit
    ],
)
def test_span_grows_across_inline_links_and_captions_to_a_fairly_likely_paragraph(inline):
    units, rows = paragraphs_around(inline)
    probs = [0.9, 0.0, 0.3]
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7) == (0, 0)
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7, rescue_related=0.2) == (0, 2)


def test_a_crosshead_over_the_paragraph_after_a_related_link_keeps_the_lower_bar():
    units, rows = paragraphs_around(articleclean.Piece("Read also: Car park opens in March", label=Label.RELATED))
    units.insert(2, bp.Unit([articleclean.Piece("Price and availability")], "Price and availability", True))
    rows.insert(2, [0.0] * len(bp.features_for("text")))
    assert bp.extend_span(units, rows, [0.9, 0.0, 0.2, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 3)
    units[2] = bp.Unit([articleclean.Piece("Share this")], "Share this", True, kind="share")  # no crosshead
    assert bp.extend_span(units, rows, [0.9, 0.0, 0.2, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 0)


def test_span_grows_across_a_related_marker_alone_and_its_link():
    marker = articleclean.Piece("Te puede interesar", label=Label.DROPPED, reason=RELATED_MARKER)
    units, rows = paragraphs_around(marker)
    link = articleclean.Piece("Alquileres en la Ciudad: cuánto cuesta hoy", label=Label.RELATED)
    units.insert(2, bp.Unit([link], link.text, False))
    rows.insert(2, [0.0] * len(bp.features_for("text")))
    assert bp.extend_span(units, rows, [0.9, 0.0, 0.0, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 3)


def test_span_grows_back_across_a_newsletter_box_and_the_crosshead_of_its_first_paragraph():
    box = [("Sign up to our free weekly newsletter for the essential stories", "subscribe"),
           ("Enter your email address", "share"), ("Sign up", "subscribe"), ("A postcode lottery", None)]  # fmt: skip
    units, rows = open_units_between(*box)
    # from the last paragraph back: the crosshead heads it, the box's field sits beside its prompt and button
    assert bp.extend_span(units, rows, [0.8, 0.1, 0.1, 0.1, 0.3, 0.9], 5, 5, rescue=0.7, rescue_related=0.2) == (0, 5)
    # a line that is no part of the box is a gap: with the crosshead, too long a one
    units[2] = bp.Unit([articleclean.Piece("x")], "Wind and rain battered the coast again " * 3, True)
    assert bp.extend_span(units, rows, [0.8, 0.1, 0.1, 0.1, 0.3, 0.9], 5, 5, rescue=0.7, rescue_related=0.2) == (5, 5)


def test_span_does_not_grow_across_a_copyright_notice():
    notice = articleclean.Piece("© 2024 Example News", label=Label.DROPPED, filter="find_captions")
    units, rows = paragraphs_around(notice)
    assert bp.extend_span(units, rows, [0.9, 0.0, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 0)


def test_the_paragraphs_that_continue_a_paragraph_reached_across_a_caption_are_kept_at_the_same_bar():
    # an article's last paragraphs after a caption, one after the other (`...Photo: AFP`, p 0.26, 0.27):
    # the second continues the first, which the span reached across the caption
    caption = articleclean.Piece("Boats in the harbour", label=Label.CAPTION)
    units, rows = paragraphs_around(caption)
    units.append(bp.Unit([articleclean.Piece("Another paragraph.")], "Another paragraph.", True))
    units.append(bp.Unit([articleclean.Piece("Share")], "Share", True))
    rows += [[0.0] * len(bp.features_for("text")) for _ in range(2)]
    rows[3][bp._I_PARA] = 1.0
    probs = [0.9, 0.0, 0.3, 0.25, 0.05]
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7, rescue_related=0.2) == (0, 3)
    # without the caption between, a paragraph that likely needs the rescue bar
    units[1] = bp.Unit([articleclean.Piece("Middle paragraph.")], "Middle paragraph.", True)
    assert bp.extend_span(units, rows, [0.9, 0.1, 0.3, 0.25, 0.05], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 0)


def test_a_raw_dumps_paragraph_cut_into_sentences_is_reached_across_a_related_link():
    # `Read also: ...` then a paragraph whose first sentence is short (`"Saturday is our day."`), which a raw
    # dump's line cut into sentence units: the sentences of that line count as a paragraph
    related = articleclean.Piece("Read also: Car park opens in March", label=Label.RELATED)
    units, rows = paragraphs_around(related)
    rows[2][bp._I_PARA] = 0.0
    rows[2][bp._I_ENDS] = 1.0
    units.append(bp.Unit([articleclean.Piece("If customers cannot drive in, many stay at home, he said.",
                                             data={"joins_previous": True})], "If customers...", True))  # fmt: skip
    rows.append([0.0] * len(bp.features_for("text")))
    rows[3][bp._I_ENDS] = 1.0
    probs = [0.9, 0.0, 0.3, 0.35]
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7, rescue_related=0.1) == (0, 3)
    units[3].pieces[0].data.clear()  # a short sentence alone on its line is no paragraph
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7, rescue_related=0.1) == (0, 0)


def open_units_between(*middle: tuple[str, str | None]) -> tuple[list[bp.Unit], list[list[float]]]:
    """A paragraph, open units (text, kind) the classifier is unsure of, and a paragraph."""
    units = [bp.Unit([articleclean.Piece("First paragraph.")], "First paragraph.", True)]
    units += [bp.Unit([articleclean.Piece(text)], text, True, kind=kind) for text, kind in middle]
    units.append(bp.Unit([articleclean.Piece("Last paragraph.")], "Last paragraph.", True))
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    rows[0][bp._I_PARA] = rows[-1][bp._I_PARA] = 1.0
    return units, rows


def test_span_grows_across_an_advert_label_as_across_a_related_link():
    units, rows = open_units_between(("Advertisement", "ad"))
    assert bp.extend_span(units, rows, [0.9, 0.3, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 2)
    units, rows = open_units_between(("Advertising revenue", "ad"))  # no label alone: no inline item
    assert bp.extend_span(units, rows, [0.9, 0.3, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 0)


def test_span_grows_across_a_fact_box_as_across_a_related_link():
    box = [("Il tabellino", None), ("Marcatori: 23' Moreau (F), 67' Sako (G)", None), ("Arbitro: Paolo Gerardi", None),
           ("Spettatori: 31.482", None)]  # fmt: skip
    units, rows = open_units_between(*box)
    assert bp.fact_box_units(units) == [False, True, True, True, True, False]
    assert bp.extend_span(units, rows, [0.9, 0.3, 0.2, 0.1, 0.1, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 5)
    # one line of `Label: value` is no box; a heading that ends a sentence heads none
    units, rows = open_units_between(("Il tabellino", None), ("Arbitro: Paolo Gerardi", None), ("Ciao.", None))
    assert bp.fact_box_units(units) == [False] * 5
    units, rows = open_units_between(("Il tabellino.", None), *box[1:])
    assert bp.fact_box_units(units) == [False] * 6


def test_span_grows_across_a_fact_box_of_figures():
    box = [("Key findings", None), ("28 roosts monitored over 112 nights in 2018", None),
           ("Emergence delayed by up to 40 minutes", None), ("Foraging time cut by 22 percent", None)]
    units, rows = open_units_between(*box)
    assert bp.fact_box_units(units) == [False, True, True, True, True, False]
    # two lines with figures are no box (a box of `Label: value` lines needs two, of figures three)
    units, rows = open_units_between(*box[:3])
    assert bp.fact_box_units(units) == [False] * 5


def test_span_grows_across_a_numbered_teaser_list():
    items = [("Lo más leído", "related"), ("1", None), ("La Aemet activa el aviso rojo", None), ("2", None),
             ("Hacienda devolverá de oficio el IRPF", None), ("3", None), ("Detenido en Málaga un cirujano", None)]
    units, rows = open_units_between(*items)
    assert bp.numbered_list_units(units) == [False, *[True] * 7, False]
    probs = [0.9, 0.4, 0.4, 0.3, 0.4, 0.3, 0.4, 0.3, 0.9]
    box = bp.numbered_list_units(units)
    assert bp.extend_span(units, rows, probs, 0, 0, rescue=0.7, rescue_related=0.2, box=box) == (0, 8)
    # two items are no list, nor are numbers out of order
    units, rows = open_units_between(*items[:5])
    assert not any(bp.numbered_list_units(units))
    units, rows = open_units_between(items[0], items[1], items[2], items[5], items[6], items[3], items[4])
    assert not any(bp.numbered_list_units(units))


def test_span_grows_across_a_newsletter_box_to_a_likely_paragraph_only():
    box = [
        ("Get the Courts newsletter in your inbox every weekday morning.", "subscribe"),
        ("Email address", "share"),
        ("Sign up", "subscribe"),
    ]
    units, rows = open_units_between(*box)
    # three units, more than a small gap; the box's prompt and button count for none
    assert bp.extend_span(units, rows, [0.9, 0.5, 0.3, 0.4, 0.8], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 4)
    # and no lower bar beyond them, as beyond a related link
    assert bp.extend_span(units, rows, [0.9, 0.5, 0.3, 0.4, 0.3], 0, 0, rescue=0.7, rescue_related=0.2) == (0, 0)


def test_a_menu_block_neither_starts_nor_ends_the_article():
    # the boundary models like the menu block right under the title (nothing likely before it) as a start;
    # a block of tiny lines that reads as furniture is no article's first or last unit
    texts = ["Home World Business Sport Culture", "The minister resigned on Monday after a week of protests.",
             "She will stay in office until a successor is named, her party said."]  # fmt: skip
    units = [bp.Unit([], text, True, block=(i == 0)) for i, text in enumerate(texts)]
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    rows[0][bp._I_TINY] = 1.0
    for i in (1, 2):
        rows[i][bp._I_PARA] = 1.0
    probs, starts, ends = [0.1, 0.9, 0.9], [0.9, 0.5, 0.01], [0.01, 0.01, 0.9]
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0, "rescue": 0.7, "low": 0.02, "high": 0.9}
    assert bp.decide_with(units, rows, probs, starts, ends, decode) == [False, True, True]
    # a block the model reads as text (a list of scores in a results story) may start it
    assert bp.decide_with(units, rows, [0.6, 0.9, 0.9], starts, ends, decode) == [True, True, True]


def test_an_article_starts_after_its_headline_rather_than_on_the_teasers_above_it():
    # teasers with blurbs above the headline look like a start to the start model; after the headline
    # (`find_headline`'s TITLE), a start is ten times likelier than the model says before it, and the span
    # does not grow back across the headline
    menus = ["Home World Sport Culture"] * 9  # a page of a dozen units: too small a one trusts each unit's odds
    texts = [*menus, "Teaser blurb of another story, in a sentence.", "Headline", "The story's first paragraph."]
    head = len(menus) + 1
    units = [bp.Unit([Piece(text)], text, i != head, block=(i < len(menus))) for i, text in enumerate(texts)]
    units[head].pieces[0].label = Label.TITLE
    rows = [[0.0] * len(bp.features_for("text")) for _ in units]
    for i in range(len(menus)):
        rows[i][bp._I_TINY] = 1.0
    for i in (head - 1, head + 1):
        rows[i][bp._I_PARA] = 1.0
    probs = [0.05] * len(menus) + [0.9, 1.0, 0.9]
    starts = [0.01] * len(menus) + [0.5, 0.0, 0.2]
    ends = [0.01] * len(menus) + [0.01, 0.0, 0.9]
    decode = {"theta": 0.2, "alpha": 0.5, "weight": 0.0, "boundary": 1.0, "rescue": 0.7, "low": 0.02, "high": 0.95}
    assert bp.decide_with(units, rows, probs, starts, ends, decode)[-3:] == [False, True, True]
    # without a headline, the teaser's likelier start wins
    units[head].pieces[0].label = None
    assert bp.decide_with(units, rows, probs, starts, ends, decode)[-3:] == [True, True, True]


@pytest.mark.parametrize(
    "label", ["Advertisement", "- Anzeige -", "PUBBLICITÀ", "Reklama", "Oglas", "Реклама", "Reklāma", "Reklaam"]
)
def test_ad_labels_of_many_languages(label):
    assert bp.is_ad_label(label)
    assert not bp.is_ad_label(f"{label} revenue fell by a third last year.")


def test_a_box_that_names_itself_one_takes_short_lines_of_any_form():
    box = [("The order at a glance", None), ("Repair the three pump stations within 60 days", None),
           ("File a progress report with the court every 30 days", None)]
    units, rows = open_units_between(*box)
    assert bp.fact_box_units(units) == [False, True, True, True, False]
    # a line that ends a sentence is no line of the box; an unnamed heading over such lines heads none
    units, rows = open_units_between(box[0], ("The council will appeal.", None))
    assert bp.fact_box_units(units) == [False] * 4
    units, rows = open_units_between(("What councils can do", None), *box[1:])
    assert bp.fact_box_units(units) == [False] * 5


@pytest.mark.parametrize("line", ["Udskriv", "Skriv ut", "Tulosta", "Tekststørrelse", "Tekstin koko"])
def test_nordic_toolbar_words_are_share_furniture(line):
    assert bp.furniture_kind(line) == "share"
