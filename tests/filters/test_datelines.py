from datetime import datetime, timedelta, timezone

from articleclean.document import Label
from articleclean.filters.datelines import choose_dates, drop_teaser_dates, find_datelines
from articleclean.sources.text import text_to_document


def test_datelines_dropped_and_nearest_to_the_headline_wins(run_filter):
    doc = text_to_document(
        "Nov 1, 2019\nTeaser one\nHeadline of the story\nUpdated: 20 November 2019, 10:00 BST\n"
        "12:03 GMT, Nov 20, 2019\nBody text of the story, which goes on."
    )
    run_filter(find_datelines, doc=doc)
    assert [p.label for p in doc.pieces] == ["dropped", None, None, "dropped", "dropped", None]
    doc.pieces[2].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert doc.meta.published == datetime(2019, 11, 20, 12, 3, tzinfo=timezone.utc)
    assert doc.meta.modified == datetime(2019, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_sentence_with_a_date_is_not_a_dateline(run_filter):
    doc = run_filter(find_datelines, "On Nov 20, 2019 the court ruled that the law was void.")
    assert doc.pieces[0].label is None


def test_day_token_gains_the_dateline_time(run_filter):
    doc = text_to_document("17 Jan, 2023 12:10\nHeadline here now")
    doc.meta.published = datetime(2023, 1, 17)
    run_filter(find_datelines, doc=doc)
    doc.pieces[1].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert doc.meta.published == datetime(2023, 1, 17, 12, 10)


def test_date_inside_a_byline_by_the_headline(run_filter):
    doc = text_to_document("Headline of the story\nBy Jane Doe | November 19, 2019 10:00 AM\nBody text.")
    doc.pieces[0].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert doc.meta.published is not None and doc.meta.published.date().isoformat() == "2019-11-19"


def test_one_line_with_publication_and_update_times(run_filter):
    doc = text_to_document(
        "Headline of the story\nPublié le 19 novembre 2019 à 10h30 - Mis à jour le 20 novembre 2019 à 12h00\n"
        "Body text of the story, which goes on."
    )
    run_filter(find_datelines, doc=doc)
    assert doc.pieces[1].reason == "dateline: publication time"
    doc.pieces[0].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert (doc.meta.published, doc.meta.modified) == (datetime(2019, 11, 19, 10, 30), datetime(2019, 11, 20, 12, 0))


def test_an_update_time_without_a_date_under_a_dateline_is_the_same_days(run_filter):
    doc = text_to_document(
        "Headline of the story\nPublicado a 12 de março de 2025, 07:30\nAtualizado às 11:48\nCatarina Lobo\n"
        "Body text of the story, which goes on."
    )
    run_filter(find_datelines, doc=doc)
    assert doc.pieces[2].reason == "dateline: update time"
    assert doc.pieces[2].data["when"] == datetime(2025, 3, 12, 11, 48)
    # alone, with no dateline above it, it dates nothing
    doc = text_to_document("Headline of the story\nAtualizado às 11:48\nBody text of the story, which goes on.")
    run_filter(find_datelines, doc=doc)
    assert doc.pieces[1].label is None


def test_slash_dates_are_day_first_on_pages_not_in_english():
    italian = (
        "Pubblicato il 05/02/2019 alle 10:30\nIl sindaco ha detto che la nuova linea del tram sarà pronta entro l'anno."
    )
    english = "Posted 05/02/2019 at 10:30\nThe mayor said that the new tram line will be ready by the end of the year."
    dates = {}
    for name, text in (("it", italian), ("en", english)):
        doc = text_to_document(text)
        find_datelines(doc)
        dates[name] = doc.pieces[0].data["when"].isoformat()
    assert dates == {"it": "2019-02-05T10:30:00", "en": "2019-05-02T10:30:00"}


def test_a_day_and_month_without_a_year_is_a_teasers_date(run_filter):
    doc = run_filter(
        drop_teaser_dates, "Транспорт, 4 февраля", "Sport · 18 ottobre", "Nov 19, 14:30", "4 killed in March attack"
    )
    assert [p.label for p in doc.pieces] == [Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[0].reason == "dateline of a teaser: a day and month without a year"
    assert "when" not in doc.pieces[0].data  # never the article's date


def test_a_byline_with_the_day_dates_the_story_when_the_only_dateline_is_an_update(run_filter):
    doc = text_to_document(
        "Headline of the story\nVeröffentlicht am 11. Februar 2025 von Jana Kellermann\n"
        "Aktualisiert am 13. Februar 2025\nBody text of the story, which goes on."
    )
    run_filter(find_datelines, doc=doc)
    doc.pieces[0].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert doc.meta.published == datetime(2025, 2, 11)
    assert doc.meta.modified == datetime(2025, 2, 13)


def test_a_first_published_line_wins_over_a_bare_date_nearer_the_headline(run_filter):
    # a broadsheet shows the update time first, bare, and `First published on ...` under it
    doc = text_to_document(
        "Water firm fined after sewage spill\nThu 13 Nov 2025 09.15 GMT\nFirst published on Wed 12 Nov 2025 16.47 GMT\n"
        "The firm was fined on Wednesday, after a spill that killed 20,000 fish, the court heard."
    )
    run_filter(find_datelines, doc=doc)
    doc.pieces[0].label = Label.TITLE
    run_filter(choose_dates, doc=doc)
    assert doc.meta.published is not None and doc.meta.published.day == 12
