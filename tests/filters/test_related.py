import pytest

from articleclean.filters.related import find_related, match_related

MARKER_LINES = [
    ("Read this next: Why every phone maker promises seven years of updates",
     "Why every phone maker promises seven years of updates", None),
    ("READ MORE: CIA director meets Zelensky – media", "CIA director meets Zelensky – media", None),
    ("Read more: Why the bank kept rates on hold", "Why the bank kept rates on hold", None),
    ("ALSO READ: Storm Ciara leaves thousands without power", "Storm Ciara leaves thousands without power", None),
    ("ALSO READ Storm Ciara leaves thousands without power", "Storm Ciara leaves thousands without power", None),
    ("Also on rt.com Smartphone sales fall again", "Smartphone sales fall again", None),
    ("RELATED: Rail fares to rise https://example.com/fares", "Rail fares to rise", "https://example.com/fares"),
    ("Lesen Sie auch: Die Bahn erhöht die Preise", "Die Bahn erhöht die Preise", None),
    ("Mirá también: Cuánto aumentan las prepagas en marzo", "Cuánto aumentan las prepagas en marzo", None),
    ("Lies auch: Zwei Jahre 5G in Leipzig", "Zwei Jahre 5G in Leipzig", None),
    ("Читайте также: Новости дня", "Новости дня", None),
    ("Leia mais: O banco central mantém juros", "O banco central mantém juros", None),
    ("Das könnte Sie auch interessieren: Bahn erhöht Preise", "Bahn erhöht Preise", None),
    ("À lire également : Le climat se réchauffe", "Le climat se réchauffe", None),
    ("Przeczytaj również: Ceny prądu rosną", "Ceny prądu rosną", None),
    ("Läs också: Regeringen sänker skatten", "Regeringen sänker skatten", None),
    ("Čtěte také: Vláda schválila rozpočet", "Vláda schválila rozpočet", None),
    ("Baca juga: Harga BBM naik mulai pekan depan", "Harga BBM naik mulai pekan depan", None),
    ("Ayrıca okuyun: Merkez Bankası faizi sabit tuttu", "Merkez Bankası faizi sabit tuttu", None),
    ("Citește și: Guvernul a aprobat bugetul", "Guvernul a aprobat bugetul", None),
    ("Читайте також: Уряд ухвалив бюджет", "Уряд ухвалив бюджет", None),
    ("Lue myös: Hallitus hyväksyi budjetin", "Hallitus hyväksyi budjetin", None),
    ("Llegiu també: El Govern aprova el pressupost", "El Govern aprova el pressupost", None),
    ("Kapcsolódó: Hétfőtől lezárják a Nagykőrösi utcát", "Hétfőtől lezárják a Nagykőrösi utcát", None),
    ("Související: Kraj chce zdvojnásobit počet lůžek", "Kraj chce zdvojnásobit počet lůžek", None),
    ("İlgili Haber: Erzurum'da çığ uyarısı", "Erzurum'da çığ uyarısı", None),  # İ lowercases to i + a dot
    ("Meer over dit onderwerp: Hittekaart van Eindhoven", "Hittekaart van Eindhoven", None),
    ("Διαβάστε επίσης: Η κυβέρνηση ενέκρινε τον προϋπολογισμό", "Η κυβέρνηση ενέκρινε τον προϋπολογισμό", None),
    ("Soma pia: Mvua za masika zasababisha hasara", "Mvua za masika zasababisha hasara", None),
    ("BASAHIN: NFA, maglalabas ng bigas", "NFA, maglalabas ng bigas", None),
    ("อ่านข่าวเพิ่ม : กรมอุตุฯ เตือนภาคเหนือ", "กรมอุตุฯ เตือนภาคเหนือ", None),
    ("यह भी पढ़ें: काशी विश्वनाथ धाम में बुकिंग", "काशी विश्वनाथ धाम में बुकिंग", None),
    ("আরও পড়ুন: পাহাড়ধসের ঝুঁকি", "পাহাড়ধসের ঝুঁকি", None),
    ("بیشتر بخوانید: ورود ۱۰۰ واگن جدید", "ورود ۱۰۰ واگن جدید", None),
    ("یہ بھی پڑھیں: موٹروے بند", "موٹروے بند", None),
    # Slovenian, Latvian and Estonian
    ("Preberite tudi: V Posočju zaprli še eno trgovino", "V Posočju zaprli še eno trgovino", None),
    ("Lasiet arī: Valdība vienojas par algām", "Valdība vienojas par algām", None),
    ("Loe ka: Lõuna-Eesti koolid otsivad õpetajaid", "Lõuna-Eesti koolid otsivad õpetajaid", None),
]


@pytest.mark.parametrize(("line", "title", "url"), MARKER_LINES)
def test_markers(line, title, url):
    assert match_related(line) == (title, url)


@pytest.mark.parametrize(("line", "title", "url"), MARKER_LINES)
def test_every_marker_is_found_in_a_document(run_filter, line, title, url):
    # the filter looks for markers with a cheap scan of line starts first: each marker must pass it
    doc = run_filter(find_related, "Body text.", line, "More body.")
    assert [p.label for p in doc.pieces] == [None, "related", None]
    assert doc.pieces[1].data["title"] == title


@pytest.mark.parametrize(
    "line",
    [
        "“Read more into it than that and you’ll be disappointed,” one analyst said.",
        "Read more books, the minister told pupils at the school on Monday.",
        "Related companies saw their shares fall.",
        "Les mers du Sud sont chaudes.",  # not Norwegian `Les mer`
        "More than 100 people were hurt.",
    ],
)
def test_not_markers(line):
    assert match_related(line) is None


def test_marker_alone_takes_the_next_headline(run_filter):
    doc = run_filter(find_related, "Body text.", "Read more", "Airports brace for a quiet spring", "More body.")
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", None]
    assert doc.pieces[2].data["title"] == "Airports brace for a quiet spring"


def test_html_related_links_keep_their_urls():
    import articleclean

    html = (
        "<html><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>"
        "<p>A storm hit the coast on Monday, flooding hundreds of homes in the region, officials said.</p>"
        "<p>READ MORE: <a href='https://example.com/ciara'>Storm Ciara leaves thousands without power</a></p>"
        "<div class='related'><p>Related</p><p><a href='/rain'>Rain to return at the weekend</a></p></div>"
        "<p>The clean-up is expected to take weeks, the regional authorities said on Tuesday.</p>"
        "</article></body></html>"
    )
    article = articleclean.clean(html)
    assert [(r.title, r.url) for r in article.related] == [
        ("Storm Ciara leaves thousands without power", "https://example.com/ciara"),
        ("Rain to return at the weekend", "/rain"),
    ]
    assert len(article.paragraphs) == 2


def test_a_link_title_cut_at_its_sentence_end_goes_on_with_the_link():
    import articleclean

    page = "\n".join(
        [
            "Court strikes down parking zone | Valley Post",
            "Court strikes down parking zone",
            "",
            "The court struck down the resolution on Tuesday, after a two-year dispute with residents of the district."
            "Czytaj także: Ile kosztuje parkowanie w Olsztynie? Porównaliśmy ceny z innymi miastami",
            "",
            "The council said it would appeal the ruling before the end of the month, the mayor told reporters.",
        ]
    )
    article = articleclean.clean(page)
    titles = [r.title for r in article.related]
    assert titles == ["Ile kosztuje parkowanie w Olsztynie? Porównaliśmy ceny z innymi miastami"]
    assert all("Porównaliśmy" not in p for p in article.paragraphs)


@pytest.mark.parametrize("marker", ["Mehr zum Thema", "Relacionadas", "Zobacz także", "Sur le même sujet"])
def test_a_marker_alone_over_a_box_of_links_takes_them_all(run_filter, marker):
    lines = [
        "Body text of the story, which goes on.",
        marker,
        "Steuerschätzung: Bund muss mit 12 Milliarden weniger planen",
        "Industriestrompreis: Was die Entlastung wirklich bringt",
        "Chipfabrik in Sachsen: Investor verschiebt Baustart",
        "Es war kurz nach sechs Uhr, als die Sitzung endete, und die Abgeordneten gingen.",
    ]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", "related", "related", None]


def test_a_box_headline_may_open_with_a_quoted_name(run_filter):
    lines = ["Текст статьи продолжается.", "По теме", "«Волга-Экспресс» получит шесть новых электропоездов",
             "Проезд в самарском метро подорожает до 40 рублей", "Пассажиры восприняли новость по-разному."]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", "related", None]


def test_a_box_headline_may_end_with_the_quotation_it_closes(run_filter):
    lines = ["Tekst članka ide dalje.", "Pročitajte još:", "• Dubrovnik od svibnja ograničava broj kruzera",
             "• Studenti u Splitu plaćaju 450 eura: „Tražim smještaj od srpnja“", "Teme:"]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", "related", None]


def test_fragments_of_a_paragraph_cut_at_its_links_are_no_box(run_filter):
    lines = ["Read More", "US stock futures were last", "trading slightly positive", "on Tuesday, traders said."]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == ["dropped", "related", None, None]


@pytest.mark.parametrize(
    ("kicker", "title", "button"),
    [
        ("Wasserknappheit", "Erste Gemeinden in Niedersachsen rationieren Trinkwasser", "Lesen"),
        ("Mercado inmobiliario", "La compraventa de viviendas usadas firma su mejor verano", "Leer"),
        ("Entrevista", "Teodoro Malheiro: «Ainda não pintei o céu que queria»", "Ler artigo"),
        ("Сцена", "В Самаре открылся новый театр для подростков", "Читать"),
    ],
)
def test_a_story_card_gives_its_headline_as_a_related_link(run_filter, kicker, title, button):
    before = "Sie fordert verbindliche Obergrenzen für Entnahmen und ein bundesweites Wasserentgelt."
    after = "Und was kann jeder Einzelne tun? Kürzer duschen schadet nicht, sagt sie."
    doc = run_filter(find_related, before, kicker, title, button, after)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", "dropped", None]
    assert doc.pieces[2].data["title"] == title
    assert doc.pieces[3].reason == "story card: its button"


def test_a_read_button_under_a_sentence_is_no_story_card(run_filter):
    lines = ["The very best Black Friday deals and sales.", "Read", "As the year comes to an end, it is time."]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, None, None]


def test_a_crosshead_of_many_words_above_a_card_stays(run_filter):
    lines = ["Die Landwirtschaft muss jetzt endlich umdenken", "Erste Gemeinden rationieren Trinkwasser", "Lesen"]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, "related", "dropped"]


def test_read_more_under_a_headline_is_a_cards_button_and_above_one_a_marker(run_filter):
    card = ["The study was published in the journal on Monday.", "Neil Young's plan suffers a setback", "Read more"]
    doc = run_filter(find_related, *card)
    assert [p.label for p in doc.pieces] == [None, "related", "dropped"]
    marker = ["The study was published in the journal on Monday.", "Read more", "Neil Young's plan suffers a setback"]
    doc = run_filter(find_related, *marker)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related"]
    assert doc.pieces[1].reason == "related-story marker"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Noticia relacionada: La UAG coordinará una red europea", "La UAG coordinará una red europea"),
        ("Lesetipp: Zelten mit Kleinkind", "Zelten mit Kleinkind"),
    ],
)
def test_more_markers(line, title):
    assert match_related(line) == (title, None)


def test_more_on_a_topic_heads_a_box_of_links_and_more_from_a_section_is_no_link(run_filter):
    lines = [
        "Police were called to the property at around 3am, a spokesman said on Friday.",
        "MORE ON CELEB BURGLARIES",
        "Footballer's wife tied up as masked gang raid Alderley Edge home",
        "Soap star's Range Rover stolen from driveway in keyless theft",
        "A spokesperson said officers were keen to speak to anyone who saw a car in the area.",
    ]
    doc = run_filter(find_related, *lines)
    assert [p.label for p in doc.pieces] == [None, "dropped", "related", "related", None]
    assert match_related("MORE FROM TV & SHOWBIZ") is None  # a list's heading: a generic word needs a separator
    assert match_related("More on the plan was said.") is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (">> Đọc thêm: Xâm nhập mặn và bài toán chuyển đổi cây trồng", "Xâm nhập mặn và bài toán chuyển đổi cây trồng"),
        ("相關新聞：高齡照顧需求攀升 長照機構床位缺口逾8000床", "高齡照顧需求攀升 長照機構床位缺口逾8000床"),
        ("延伸閱讀：長照3.0規劃出爐", "長照3.0規劃出爐"),
    ],
)
def test_markers_of_the_thirtieth_round(line, title):
    assert match_related(line) == (title, None)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("READ | Kgorong water tankers stop coming", "Kgorong water tankers stop coming"),
        ("İLGİLİ HABER: Su faturalarında kademeli tarife dönemi", "Su faturalarında kademeli tarife dönemi"),
        ("อ่านข่าวที่เกี่ยวข้อง: จีนเข้มตรวจสารย้อมสี", "จีนเข้มตรวจสารย้อมสี"),
        ("Olvasd el ezt is: Harminc éve nem volt ilyen aszályos nyár", "Harminc éve nem volt ilyen aszályos nyár"),
        ("Ezt is olvasd el: Kiszáradt a Fehér-tó", "Kiszáradt a Fehér-tó"),
    ],
)
def test_markers_of_the_thirty_first_round_and_after(line, title):
    assert match_related(line) == (title, None)

