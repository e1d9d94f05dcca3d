import articleclean
from articleclean.filters.headline import _headline_shaped, find_headline, site_beside, split_site_name


def test_repeated_headline_first_is_title_second_dropped(run_filter):
    doc = run_filter(
        find_headline,
        "New meeting with CIA’s Burns ‘possible’ – Russian spy chief",
        "Heads of two countries' intelligence services previously held talks in mid-November",
        "New meeting with CIA's Burns 'possible' – Russian spy chief",
        "Body text.",
    )
    assert doc.pieces[0].label == "title"
    assert doc.pieces[0].text == "New meeting with CIA’s Burns ‘possible’ – Russian spy chief"
    assert doc.pieces[2].label == "dropped" and doc.pieces[2].reason == "repeats the headline"
    assert doc.pieces[1].label is None


def test_page_title_with_site_then_navigation_then_headline(run_filter):
    nav = ["Home", "World", "Business", "Sport", "Video", "Opinion", "More", "Search"]
    doc = run_filter(
        find_headline,
        "Home Depot sales miss, shares plunge | Fox Business",
        *nav,
        "Home Depot sales miss, shares plunge",
        "The home improvement retailer cut its forecast on Tuesday.",
    )
    title = next(p for p in doc.pieces if p.label == "title")
    assert title.text == "Home Depot sales miss, shares plunge"
    assert doc.pieces[0].label == "dropped" and "site" in doc.pieces[0].reason
    assert doc.meta.site_name == "Fox Business"


def test_title_with_site_suffix_alone(run_filter):
    doc = run_filter(find_headline, "Storm hits coast – The Daily Example", "A storm hit the coast on Monday.")
    assert [(p.text, p.label) for p in doc.pieces[:2]] == [
        ("Storm hits coast", "title"),
        ("The Daily Example", "dropped"),
    ]
    assert doc.meta.site_name == "The Daily Example"


def test_sentence_is_not_a_title(run_filter):
    doc = run_filter(find_headline, "This is a sentence of the body, which ends in a full stop.")
    assert doc.pieces[0].label is None


def test_split_site_name_keeps_headline_clauses():
    assert split_site_name("Oil falls - traders wait for OPEC") == ("Oil falls - traders wait for OPEC", None)
    assert split_site_name("Oil falls :: Example.com") == ("Oil falls", "Example.com")


def test_glued_page_title_cut_where_its_repeat_parts(run_filter):
    # A raw dump: the page title glued to the menu, the headline glued to a section name and byline.
    doc = run_filter(
        find_headline,
        "A Man Developed Duvet Lung After Getting New BeddingThe A.V. ClubDeadspinGizmodo",
        "HealthA Man Developed Duvet Lung After Getting New BeddingEd CaraMonday 6:30PM",
        "Duck fluff and feathers are used in duvets.",
    )
    title = next(p for p in doc.pieces if p.label == "title")
    assert title.text == "A Man Developed Duvet Lung After Getting New Bedding"
    repeat = next(p for p in doc.pieces if p.reason == "repeats the headline")
    assert repeat.text == title.text
    # what is around both is left for later filters, not lost
    assert [p.text for p in doc.pieces if p.label is None][:3] == [
        "The A.V. ClubDeadspinGizmodo",
        "Health",
        "Ed CaraMonday 6:30PM",
    ]


def test_glued_title_not_cut_where_a_sentence_only_quotes_it(run_filter):
    doc = run_filter(
        find_headline,
        "Stadia Red Dead Redemption 2 runs at 30fpsGamingWindows 10",
        "In a test the Stadia Red Dead Redemption 2 port runs at 30fps on a Chromecast.",
    )
    title = next(p for p in doc.pieces if p.label == "title")
    assert title.text == "Stadia Red Dead Redemption 2 runs at 30fpsGamingWindows 10"


def test_glued_repeat_kept_whole_when_the_cut_would_split_a_word(run_filter):
    doc = run_filter(
        find_headline,
        "Stadia does not run at a stable 60fps.MenuGaming",
        "Text Input: Stadia does not run at a stable 60fpsby Lewis White",
    )
    assert next(p for p in doc.pieces if p.label == "title").text == "Stadia does not run at a stable 60fps"
    assert "Text Input: Stadia does not run at a stable 60fpsby Lewis White" in [p.text for p in doc.pieces]


def test_headline_glued_below_the_title_is_cut_out_as_a_repeat(run_filter):
    doc = run_filter(
        find_headline,
        "Regierung plant neue Regeln für Mieten | Beispiel Zeitung",
        "StartseitePolitikRegierung plant neue Regeln für MietenDie Mietpreisbremse soll verschärft werden.",
        "A quote: Regierung plant neue Regeln für Mieten is what the paper wrote on Monday.",
    )
    headline = "Regierung plant neue Regeln für Mieten"
    assert next(p for p in doc.pieces if p.label == "title").text == headline
    assert [p.text for p in doc.pieces if p.reason == "repeats the headline"] == [headline]
    assert "StartseitePolitik" in [p.text for p in doc.pieces]
    assert "Die Mietpreisbremse soll verschärft werden." in [p.text for p in doc.pieces]
    # with spaces around it, the headline is part of a sentence: left alone
    assert doc.pieces[-1].text.startswith("A quote: Regierung plant") and doc.pieces[-1].label is None


def test_page_title_and_headline_glued_into_one_piece(run_filter):
    # a raw dump with no break at all: menu, page title, headline and article on one line
    doc = run_filter(
        find_headline,
        "AccueilPolitiqueLe gouvernement présente son plan pour le climat - Exemple Info"
        "Le gouvernement présente son plan pour le climatPublié le 19 novembre 2019",
    )
    assert next(p for p in doc.pieces if p.label == "title").text == "Le gouvernement présente son plan pour le climat"
    assert [p.text for p in doc.pieces if p.reason == "repeats the headline"] == [
        "Le gouvernement présente son plan pour le climat"
    ]
    assert [p.text for p in doc.pieces if p.label is None] == [
        "AccueilPolitique",
        "- Exemple Info",
        "Publié le 19 novembre 2019",
    ]


def test_site_name_that_capitalises_only_its_first_word_is_known_by_its_newspaper_word():
    assert split_site_name("В Екатеринбурге продлят трамвайную линию | Уральские вести") == (
        "В Екатеринбурге продлят трамвайную линию",
        "Уральские вести",
    )
    assert split_site_name("Nowe linie tramwajowe w Krakowie - Dziennik polski") == (
        "Nowe linie tramwajowe w Krakowie",
        "Dziennik polski",
    )


def test_code_left_in_a_dump_is_no_headline():
    # a dump that kept the page's scripts may show code the code filter let through: it is not headline-shaped
    texts = ["ConfigQueue.push(function () {", "Language:consentConfig.language, Initial", "Storm hits the coast"]
    assert _headline_shaped(texts) == [2]
    assert _headline_shaped(['"We will win", says Johnson', "Trump: 'I did nothing wrong' (VIDEO)"]) == [0, 1]


def test_site_name_after_a_page_title_whose_headline_stands_alone_below():
    page = "\n".join(
        [
            "В Барнауле 43 дома остались без отопления — Алтайская неделя",
            "Новости",
            "В Барнауле 43 дома остались без отопления",
            "Жители 43 домов остались без тепла после аварии на теплотрассе, сообщили в мэрии города.",
        ]
    )
    article = articleclean.clean(page)
    assert (article.title, article.site_name) == ("В Барнауле 43 дома остались без отопления", "Алтайская неделя")
    assert site_beside("Storm hits | Opinion | The Guardian", "Storm hits") == "The Guardian"
    assert site_beside("Storm hits - and floods the town.", "Storm hits") is None


def test_a_site_name_that_ends_with_its_legal_form():
    page = "\n".join(
        [
            "Jahreshauptversammlung 2025: Doris Kämmerer übernimmt den Vorsitz – TSV Grünbach 1908 e.V.",
            "Verein",
            "Jahreshauptversammlung 2025: Doris Kämmerer übernimmt den Vorsitz",
            "Die Mitglieder des Vereins wählten am Freitagabend eine neue Vorsitzende, die das Amt seit Jahren kennt.",
        ]
    )
    article = articleclean.clean(page)
    assert article.site_name == "TSV Grünbach 1908 e.V."
    assert article.title == "Jahreshauptversammlung 2025: Doris Kämmerer übernimmt den Vorsitz"


def test_a_quoted_headline_before_the_sites_separator():
    assert split_site_name("« Les villes moyennes ne doivent plus payer » | L'Éclaireur")[1] == "L'Éclaireur"


def test_a_chinese_site_name_glued_after_a_hyphen():
    page = "\n".join(
        [
            "短缺药品保供稳价 全力保障临床用药需求-新华网",
            "新华网",
            "正文",
            "短缺药品保供稳价 全力保障临床用药需求",
            "国家卫生健康委员会17日表示，将进一步做好短缺药品保供稳价工作，全力保障临床用药需求。",
        ]
    )
    article = articleclean.clean(page)
    assert (article.title, article.site_name) == ("短缺药品保供稳价 全力保障临床用药需求", "新华网")
    # a hyphen inside a headline joins two names; after a digit it spans years
    assert split_site_name("中国-东盟博览会开幕") == ("中国-东盟博览会开幕", None)
    assert split_site_name("北京2019-2020年度报告") == ("北京2019-2020年度报告", None)
    # `--` before a section and the name: the section stays with the headline, the name goes
    assert split_site_name("两会特稿--时政--人民网") == ("两会特稿--时政", "人民网")


def test_a_skip_link_glued_to_the_page_title_goes_with_the_menu():
    page = (
        "Floods close the coast road | WIREDSkip to main contentOpen Navigation MenuMenuSearch"
        "Floods close the coast roadThe road along the coast was closed on Monday after the floods."
        " Crews expect to reopen it by Friday, the county said."
    )
    article = articleclean.clean(page)
    assert (article.title, article.site_name) == ("Floods close the coast road", "WIRED")
    assert any(d.text.startswith("Skip to main content") for d in article.dropped)
