from articleclean.document import Label
from articleclean.filters.boxes import drop_boxes
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


def test_a_video_player_goes_up_to_its_last_running_time(run_filter):
    player = ["Video", "Now playing", "Treasury chief's warning on the debt limit", "02:41", "Up next",
              "What would happen if the US defaulted? Explained", "03:15"]  # fmt: skip
    doc = run_filter(drop_boxes, STORY, *player, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(player), None]
    assert doc.pieces[1].reason == "video player: its labels, titles and running times"


def test_a_player_label_may_name_the_playlist(run_filter):
    player = ["VÍDEOS: mais assistidos do Portal Vértice", "Temporal com granizo derruba árvores", "1:58",
              "Carreta tomba e espalha laranjas na rodovia", "0:54"]  # fmt: skip
    doc = run_filter(drop_boxes, STORY, *player, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(player), None]


def test_a_player_label_may_end_with_its_video_word(run_filter):
    doc = run_filter(drop_boxes, STORY, "Highlights im Video", "03:41", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_stock_quote_goes_from_the_shares_name_to_its_button(run_filter):
    quote = ["Valmeyer Antriebstechnik AG", "23,84 €", "-11,62 %", "Xetra, 14:35 Uhr", "Zur Aktie"]
    doc = run_filter(drop_boxes, STORY, *quote, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(quote), None]
    assert doc.pieces[2].reason == "stock quote: a share's name, price and change"
    # a price alone with no change under it is no quote
    assert all(p.label is None for p in run_filter(drop_boxes, STORY, "23,84 €", STORY).pieces)


def test_a_label_with_no_running_time_is_no_player(run_filter):
    doc = run_filter(drop_boxes, STORY, "Video", "Transport", STORY)
    assert all(p.label is None for p in doc.pieces)


def test_a_product_box_takes_its_name_details_prices_and_buttons(run_filter):
    box = ["Harbor Lights, 'Low Tide Radio (Anniversary Edition)'", "2xLP, translucent blue vinyl", "$34.98 at Amazon",
           "Buy Now", "$36.99 at Urban Outfitters", "Check Price", "Shop at Walmart"]  # fmt: skip
    doc = run_filter(drop_boxes, STORY, *box, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(box), None]


def test_a_paragraph_above_a_price_line_stays(run_filter):
    doc = run_filter(drop_boxes, STORY, "$329.99 at Best Buy", "Check price", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_list_of_sources_and_a_raw_dumps_citation_cut_into_sentences(run_filter):
    lines = [STORY, "Sources", "Marsh E, et al. (2025).", "Early versus late meals and blood pressure.",
             "American Heart Association. (2024). High blood pressure.", STORY]  # fmt: skip
    doc = text_to_document("\n".join(lines))
    doc.pieces[3].data["joins_previous"] = True  # a raw dump cut the first citation into two sentences
    run_filter(drop_boxes, doc=doc)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]
    assert doc.pieces[1].reason == "list of sources"


def test_a_sources_heading_over_prose_is_no_list(run_filter):
    doc = run_filter(drop_boxes, STORY, "Sources", "Officials declined to say more on Tuesday.")
    assert all(p.label is None for p in doc.pieces)


def test_a_price_in_a_fact_box_is_no_product_box(run_filter):
    lines = [STORY, "Las claves", "Ayuda por hogar", "20 € en total para cada familia", STORY]
    doc = run_filter(drop_boxes, *lines)
    assert all(p.label is None for p in doc.pieces)


def test_a_list_of_sources_may_open_with_a_line_about_them(run_filter):
    sources = ["Sources", "Kindred Health relies on peer-reviewed studies to support the facts in our articles.",
               "Raman P, Holloway J, et al. Tart cherry juice and sleep. J Sleep. 2025;14(3):211-223."]  # fmt: skip
    doc = run_filter(drop_boxes, STORY, *sources, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


def test_a_table_of_contents_entry_over_the_story_is_no_list(run_filter):
    # `Sources` as the last entry of a `Jump to:` list, the story's first paragraph under it
    doc = run_filter(drop_boxes, "Sources", "A nightly glass of tart cherry juice has become a favorite sleep hack.",
                     "Now a randomized trial has put it to the test.")  # fmt: skip
    assert all(p.label is None for p in doc.pieces)


def test_a_player_label_with_its_running_time_takes_the_title_below(run_filter):
    lines = [STORY, "VIDEO 3:45 03:45", "Corvane CEO on data-center demand and the outlook for 2020", STORY]
    doc = run_filter(drop_boxes, *lines)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_strip_of_tickers_and_their_changes(run_filter):
    strip = ["CRVN", "+9.34%", "HLDM", "+3.41%", "OSTV", "+3.07%"]
    doc = run_filter(drop_boxes, STORY, *strip, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 6, None]
    # two tickers are no strip
    assert all(p.label is None for p in run_filter(drop_boxes, STORY, *strip[:4], STORY).pieces)


def test_a_fact_checks_sources_under_our_sources(run_filter):
    sources = ["Our Sources", "Curtis Hallam, remarks at a town hall meeting in Saginaw, Oct. 3, 2019",
               "U.S. Bureau of Labor Statistics, State and Metro Area Employment, accessed Oct. 10, 2019"]
    doc = run_filter(drop_boxes, STORY, *sources)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3]


def test_a_stock_quote_box_inside_a_business_story(run_filter):
    story = "Sorevia a publié jeudi des résultats annuels en recul, mais relève son dividende de 10 %."
    box = ["Cours de l'action", "Ouverture 50,10 €", "Plus haut 50,44 €", "Volume 1 248 310", "Voir la fiche valeur"]
    doc = run_filter(drop_boxes, story, *box, story)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 5, None]
    doc = run_filter(drop_boxes, story, "Cours de l'action", story)  # a heading with no figures under it
    assert all(p.label is None for p in doc.pieces)


def test_a_quote_box_goes_on_past_its_time_and_a_video_box_under_a_french_label(run_filter):
    story = "Aldaris compra la alemana Nordmaut por 2.400 millones y se hunde un 6% en bolsa, según la compañía."
    box = ["Cotización", "Aldaris (ALD)", "18,42 €", "Apertura: 19,55", "11/03/2025 17:35",
           "Datos con 15 minutos de retraso", "Ver ficha de la empresa"]  # fmt: skip
    doc = text_to_document("\n".join([story, *box, story]))
    doc.pieces[5].data["when"] = "2025-03-11T17:35"  # as `find_datelines` marks a dateline
    doc.pieces[5].label = Label.DROPPED
    run_filter(drop_boxes, doc=doc)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 7, None]
    doc = run_filter(drop_boxes, STORY, "À regarder", "VIDÉO. Les vagues géantes à Penmarc'h", "02:14", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
