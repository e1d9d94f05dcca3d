import pytest

import articleclean
from articleclean.document import Label
from articleclean.filters.cookies import drop_cookie_notices
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to improve your experience on our website.",
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.",
        "Ce site utilise des cookies pour vous offrir une meilleure expérience.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.",
        "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
        "当サイトでは、アクセス解析のためにCookie（クッキー）を使用しています。",
        # the consent framework's banner and its withdrawal line
        "Wir und unsere 214 Partner speichern und verarbeiten Informationen auf Ihrem Gerät, etwa Cookies.",
        "We and our partners store and/or access information on a device, such as cookies.",
        "Ihre Einwilligung können Sie jederzeit über den Link „Datenschutz-Einstellungen“ widerrufen.",
    ],
)
def test_the_sites_own_cookie_notice_is_dropped(run_filter, notice):
    doc = run_filter(drop_cookie_notices, notice, STORY)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None]
    assert doc.pieces[0].reason == "cookie notice"


def test_a_story_about_cookies_is_kept(run_filter):
    doc = run_filter(drop_cookie_notices, "The court said sites must ask readers before they use cookies.", STORY)
    assert all(p.label is None for p in doc.pieces)


def test_a_banner_above_the_menu_is_no_start_of_the_article():
    banner = ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die "
              "Zugriffe auf unsere Website zu analysieren.")  # fmt: skip
    page = "\n".join([banner, "Alle akzeptieren", "Startseite", "Politik", "Sport", "Kultur", "Ratgeber", STORY])
    article = articleclean.clean(page)
    assert banner not in article.paragraphs
    assert "cookie notice" in {d.reason for d in article.dropped}


def test_the_rest_of_a_raw_dumps_line_goes_with_the_notice(run_filter):
    lines = ["Ihre Einwilligung können Sie jederzeit widerrufen.", "Alternativ lesen Sie uns für 3,99 Euro.", STORY]
    doc = text_to_document("\n".join(lines))
    doc.pieces[1].data["joins_previous"] = True  # the second sentence of the same line, cut by `split_glued_text`
    doc = run_filter(drop_cookie_notices, doc=doc)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[1].reason == "cookie notice (the rest of its line)"
