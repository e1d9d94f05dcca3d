from articleclean.filters.headline import find_headline, split_site_name


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
