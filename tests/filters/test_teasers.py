import pytest

from articleclean.document import Label
from articleclean.filters.related import RELATED_MARKER
from articleclean.filters.teasers import drop_teaser_lists
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


def _teasers(closers: list[str]) -> list[str]:
    lines = []
    for n, closer in enumerate(closers):
        lines += [f"Teaser headline number {n} about the city", f"A blurb of teaser {n}, in a sentence.", closer]
    return lines


def test_teasers_closed_by_dates_under_a_heading_are_dropped(run_filter):
    lines = [STORY, "Самое читаемое", *_teasers(["Транспорт, 4 февраля", "ЖКХ, 3 февраля"]), STORY]
    doc = run_filter(drop_teaser_lists, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 7, None]


def test_teasers_closed_by_section_names_need_three(run_filter):
    doc = run_filter(drop_teaser_lists, STORY, "Most read", *_teasers(["News", "Sport", "Money"]), STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 10, None]
    doc = run_filter(drop_teaser_lists, STORY, "Most read", *_teasers(["News", "Sport"]), STORY)
    assert all(p.label is None for p in doc.pieces)


def test_unlike_blocks_are_no_teaser_list(run_filter):
    # a `Related` heading over a link and the story's own short lines: the blocks differ
    lines = [STORY, "Related", "European Space Agency website", "Crew", "Challenges include it.", "Its", "End"]
    doc = run_filter(drop_teaser_lists, *lines)
    assert all(p.label is None for p in doc.pieces)


def test_no_heading_no_teaser_list(run_filter):
    doc = run_filter(drop_teaser_lists, STORY, *_teasers(["Транспорт, 4 февраля", "ЖКХ, 3 февраля"]))
    assert all(p.label is None for p in doc.pieces)


def test_a_sponsored_teaser_and_kickers_do_not_end_the_list(run_filter):
    def teaser(kicker: str, n: int, closer: str) -> list[str]:
        return [kicker, f"Teaser headline number {n} about the city", f"A blurb of teaser {n}, in a sentence.", closer]

    lines = [
        STORY,
        "MORE FROM TV & SHOWBIZ",
        *teaser("SPLIT SHOCK", 1, "14 Mar 2025"),
        *teaser("BABY JOY", 2, "14 Mar 2025"),
        "Sponsored",
        *teaser("SPRING SAVINGS", 3, "Gardenly"),
        *teaser("COURT", 4, "13 Mar 2025"),
        STORY,
    ]
    doc = run_filter(drop_teaser_lists, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 18, None]


def test_teasers_of_a_japanese_page_closed_by_a_day_and_month(run_filter):
    teasers = [
        "最低賃金、全国平均1100円台へ 審議会が議論開始",
        "厚生労働省の審議会は改定に向けた議論を始めた。",
        "3月3日 19:40",
        "日銀総裁「賃金と物価の好循環、地方にも」",
        "日本銀行の総裁は名古屋市で講演した。",
        "3月3日 15:12",
    ]
    doc = run_filter(drop_teaser_lists, STORY, "あわせて読みたい", *teasers, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 7, None]


def test_a_box_of_headlines_inside_the_article_is_dropped(run_filter):
    heads = ["Schools announce early dismissal as snow moves in", "Man rescued from icy pond, firefighters say"]
    doc = run_filter(drop_teaser_lists, STORY, "Trending Stories", *heads, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    assert doc.pieces[2].reason == "teaser box: a teaser's headline or blurb, inside the article"
    # one headline is no box, and without the story going on below, the box is left to the classifier
    for lines in ([STORY, "Trending Stories", heads[0], STORY], [STORY, "Trending Stories", *heads]):
        assert all(p.label is None for p in run_filter(drop_teaser_lists, *lines).pieces)


def test_a_box_of_teasers_with_blurbs_under_a_related_marker_is_dropped(run_filter):
    lines = [STORY, "Te puede interesar", "Alquileres en la Ciudad: cuánto cuesta hoy un dos ambientes",
             "Un relevamiento muestra que la oferta creció.", "Tarifa social de luz y gas: cómo anotarse hoy",
             "El trámite se hace online y pide el CUIL.", STORY]  # fmt: skip
    doc = text_to_document("\n".join(lines))
    doc.pieces[1].label, doc.pieces[1].reason = Label.DROPPED, RELATED_MARKER  # as `find_related` leaves them
    doc.pieces[2].label = Label.RELATED
    run_filter(drop_teaser_lists, doc=doc)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.RELATED, *[Label.DROPPED] * 3, None]


def test_a_paragraph_cut_at_a_quotation_is_no_box_of_headlines(run_filter):
    lines = [STORY, "Trending Stories", "Tornando al remake, il titolo provvisorio è “", "Knights of the Zodiac Saint",
             "” e la prima stagione dovrebbe essere di dodici episodi, che conterranno tutto il periodo"
             " della saga."]  # fmt: skip
    doc = run_filter(drop_teaser_lists, *lines)
    assert all(p.label is None for p in doc.pieces[2:])


def test_a_box_headline_may_end_with_the_quotation_it_closes(run_filter):
    heads = ["SJ höjer priserna på sommarbiljetter – så mycket dyrare", "Skulden växer: ”Vi hinner inte ikapp”"]
    doc = run_filter(drop_teaser_lists, STORY, "Trending", *heads, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


def test_a_box_named_for_a_place_and_one_card_with_its_blurb(run_filter):
    heads = ["Weihnachtsmarkt zieht erstmals auf den Schlossplatz", "Bäckerei Hofmann schließt nach 112 Jahren"]
    doc = run_filter(drop_teaser_lists, STORY, "Mehr aus Dillbach", *heads, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    card = ["Así operan las bandas que roban tráileres en el Arco Norte", "Una investigación documentó cómo operan."]
    doc = run_filter(drop_teaser_lists, STORY, "Recommended", *card, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    # one headline alone under the heading is no box
    assert all(p.label is None for p in run_filter(drop_teaser_lists, STORY, "Recommended", card[0], STORY).pieces)


@pytest.mark.parametrize(
    "heading", ["Más sobre la variante de Lucena", "Więcej na ten temat", "More on the budget fight", "Editors' Pick"]
)
def test_a_box_named_for_the_storys_topic(run_filter, heading):
    heads = ["Los vecinos cortan el tráfico para exigir la variante", "Fomento aprueba el proyecto de trazado"]
    doc = run_filter(drop_teaser_lists, STORY, heading, *heads, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


def test_the_crosshead_under_a_box_stays(run_filter):
    heads = ["Greve na CP obriga a suprimir mais de 300 comboios", "IPMA coloca Lisboa sob aviso amarelo"]
    doc = run_filter(drop_teaser_lists, STORY, "Mais lidas", *heads, "Moradores pedem garantias", STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None, None]


def test_a_sponsors_card_but_not_an_advert_labels(run_filter):
    card = ["How Central West growers are cutting diesel bills", "A Dubbo installer says payback periods have halved."]
    doc = run_filter(drop_teaser_lists, STORY, "Sponsored content", *card, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    # under an advert's label, a crosshead and a one-sentence paragraph are the story's
    assert all(p.label is None for p in run_filter(drop_teaser_lists, STORY, "Pubblicità", *card, STORY).pieces)


@pytest.mark.parametrize("numbered", ["alone", "inline"])
def test_a_numbered_most_read_list_inside_the_article(run_filter, numbered):
    heads = ["La Aemet activa el aviso rojo por lluvias", "Hacienda devolverá de oficio el IRPF",
             "Detenido en Málaga un falso cirujano"]
    items = [x for n, h in enumerate(heads, 1) for x in (str(n), h)] if numbered == "alone" else [
        f"{n}. {h}" for n, h in enumerate(heads, 1)
    ]
    doc = run_filter(drop_teaser_lists, STORY, "Lo más leído", *items, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * (len(items) + 1), None]
    # numbers out of order are no list
    doc = run_filter(drop_teaser_lists, STORY, "Lo más leído", "2", heads[0], "1", heads[1], STORY)
    assert doc.pieces[2].label is None


def test_a_box_of_chinese_headlines_inside_the_story(run_filter):
    # headlines with no spaces, one closing a quotation (`「不被理解」`); under them the story goes on
    paragraph = "民間團體對新制雖表歡迎，但也憂心人力跟不上政策，盼政府同步提高夜間服務加給並建立照服員的職涯晉升制度。"
    lines = [
        paragraph,
        "你可能也會喜歡",
        "照顧失智父親8年 她說最怕的是「不被理解」",
        "居家照服員夜班難尋 業者：時薪再高也請不到人",
        "長照2.0上路7年 使用人數突破50萬人",
        "鄭雅文指出，各縣市居家服務單位普遍面臨照服員流動率高的問題，夜班人力更是一位難求，盼政府正視。",
    ]
    doc = run_filter(drop_teaser_lists, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]


def test_a_box_of_hindi_headlines_ending_with_vowel_signs(run_filter):
    lines = [
        "नगर निगम ने बताया कि टंकी की मरम्मत के लिए टेंडर जारी किया जा चुका था, लेकिन काम शुरू नहीं हो सका।",
        "आपको ये भी पसंद आ सकता है",
        "कानपुर में गंगा बैराज पर 15 दिन तक आवाजाही बंद, जानिए वैकल्पिक रूट",
        "UP Weather: पश्चिमी यूपी में कोहरे की दस्तक, अगले तीन दिन और गिरेगा पारा",
        "यूपी में 4,200 पदों की भर्ती के लिए आवेदन की आखिरी तारीख बढ़ी",
        "टंकी गिरने के बाद करीब 15 मोहल्लों में पानी की आपूर्ति ठप हो गई है और लोग टैंकरों के भरोसे हैं। जल संस्थान ने"
        " बताया कि वैकल्पिक व्यवस्था की जा रही है।",
    ]
    doc = run_filter(drop_teaser_lists, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]
