"""split_glued_text: cut where a raw dump glued blocks, never elsewhere, never changing a word."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from testdata import FIXTURES, corpus_or_skip

import articleclean
from articleclean.document import Document, Hints, Piece
from articleclean.filters import resegment
from articleclean.filters.normalize import normalize
from articleclean.filters.resegment import _is_spaced_one_line, split_glued_text, split_text
from articleclean.sources.text import text_to_document
from articleclean.strings import word_parts


def texts_of(text: str) -> list[str]:
    return [part for part, _ in split_text(text)]


@pytest.mark.parametrize(
    ("glued", "parts"),
    [
        ("said on Monday.The minister left.", ["said on Monday.", "The minister left."]),
        ("Share this article!Follow us on Twitter", ["Share this article!", "Follow us on Twitter"]),
        ("Is it over?It is not.", ["Is it over?", "It is not."]),
        ("he said.”If they want", ["he said.”", "If they want"]),
        ('it was "final."But then', ['it was "final."', "But then"]),
        ("Share this:FacebookTwitter", ["Share this:", "FacebookTwitter"]),
        ("complicated.According to", ["complicated.", "According to"]),
        ("in 2019.The year after", ["in 2019.", "The year after"]),
        ("Let's talk about it.Apple's 16-inch MacBook Pro", ["Let's talk about it.", "Apple's 16-inch MacBook Pro"]),
        ("Die Akte (ePA).Status Quo", ["Die Akte (ePA).", "Status Quo"]),
        # German closes a quote with “; a word in capitals may end the glued piece (a tag list's heading)
        ("sei „nicht notwendig“.Lesen Sie auch: Parken", ["sei „nicht notwendig“.", "Lesen Sie auch: Parken"]),
        ("para los comercios de menor facturación.TEMAS", ["para los comercios de menor facturación.", "TEMAS"]),
        ("»Kahlschlag auf Raten«.Von Katharina Brenner", ["»Kahlschlag auf Raten«.", "Von Katharina Brenner"]),
        # `maj` abbreviates Major, but after a day it is the month that ends the sentence (Swedish, Polish)
        ("senast den 15 maj.Ämnen", ["senast den 15 maj.", "Ämnen"]),
        ("into the weekend.— With files from CP", ["into the weekend.", "— With files from CP"]),
        ("since the outbreak began.READ MORE: Airports", ["since the outbreak began.", "READ MORE: Airports"]),
        # the danda of Hindi and the Urdu full stop end sentences as `.` does
        ("योजना की घोषणा की।यह भी पढ़ें: दिल्ली", ["योजना की घोषणा की।", "यह भी पढ़ें: दिल्ली"]),
        ("کا اعلان کیا۔یہ بھی پڑھیں: کراچی", ["کا اعلان کیا۔", "یہ بھی پڑھیں: کراچی"]),
        # Thai writes `.` in abbreviations only: a cut after one when a label follows it
        ("14:20 น.ผู้เขียน: ปิยะพงษ์ ศรีสุข", ["14:20 น.", "ผู้เขียน: ปิยะพงษ์ ศรีสุข"]),
        # a quotation closed and the next opened, glued (French `»«`, German `“„`)
        ("jusqu'au bout. »« Ce groupe ne lâche jamais", ["jusqu'au bout. »", "« Ce groupe ne lâche jamais"]),
        ("sagte sie. „Wir kommen.“„Nein“, sagte er", ["sagte sie. „Wir kommen.“", "„Nein“, sagte er"]),
        # a closing mark glued to a word with an apostrophe (`C'è`)
        ("«Va giudicata da chi la usa»C'è poi un punto", ["«Va giudicata da chi la usa»", "C'è poi un punto"]),
        # an acronym glued to the next block ends its sentence, though `Mar.` abbreviates March
        ("rozporządzenia MAR.Tagi: GPW", ["rozporządzenia MAR.", "Tagi: GPW"]),
        # a gallery's counter glued after a sentence
        ("en almeja babosa y fina.1 / 14", ["en almeja babosa y fina.", "1 / 14"]),
        ("leaving her co-host in tears.14 Mar 2025", ["leaving her co-host in tears.", "14 Mar 2025"]),
        # an emoji that opens the next block (`📲 Participe ...`)
        ("Hoje eu sei disso.📲 Participe do grupo", ["Hoje eu sei disso.", "📲 Participe do grupo"]),
        # `p.m.` glued to the next block ends the sentence; French spacing before a closing mark
        ("open until 6 p.m., not 5 p.m.Media Contact:", ["open until 6 p.m., not 5 p.m.", "Media Contact:"]),
        # a list's bullet glued to the item before it
        ('"Bilet to dziś luksus"• Ministerstwo Kultury', ['"Bilet to dziś luksus"', "• Ministerstwo Kultury"]),
        # a word of one letter glued to the next block's first word
        ("napisał na platformie X.Tablica odjazdów", ["napisał na platformie X.", "Tablica odjazdów"]),
        ("Fest – TSV Ost e.V.Direkt zum Inhalt", ["Fest – TSV Ost e.V.", "Direkt zum Inhalt"]),
        # a one-letter word before a related-story marker and its colon
        ("conoscere in Serie B.Leggi anche: Torino", ["conoscere in Serie B.", "Leggi anche: Torino"]),
        ("« Je compte sur le civisme de tous. »À lire aussi : Feux", ["« Je compte sur le civisme de tous. »",
                                                                      "À lire aussi : Feux"]),
    ],
)
def test_splits_at_glued_block_boundaries(glued, parts):
    assert texts_of(glued) == parts


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Army said so.",  # initials and abbreviations
        "Wyniki mają opublikować m.in. Domar Retail i Pakmet z Bydgoszczy, podała spółka w komunikacie.",
        "Il a dit « non » et « oui » au ministre.",
        "Great news, said the mayor. 😀 See you at the market tomorrow morning.",  # an emoji after a space
        "Version 2.1 / 3 was released, costs 3.50 euros, see sept.14 in the notes.",
        "Mr.Smith and Dr.Jones met Prof.Brown.",
        "It costs 3.5 dollars, or 4,50 euros.",  # decimals
        "Fruit, e.g.Apples, and z.B.Birnen.",
        "Write to www.DearAbby.com today.",  # URLs, e-mail, paths
        "See https://example.com/Foo.Bar for more.",
        "Mail jane@example.Com now.",
        "Follow us onTrending: now",  # no punctuation: splitting would change the words
        "The meeting starts at 12:30 tomorrow.",
        "NBCNews.COM and Hill.TV are sites.",  # a capital not followed by a lowercase letter
        "John F. Kennedy said it. Then he left.",  # a short paragraph is not cut at its sentences
        "Am 3. Oktober war Feiertag.",
        "เมื่อวันที่ 12 ก.พ. 2567 นายวีระพงษ์ ทองคำ ผู้ว่าราชการจังหวัด ... 30 เม.ย.2567",  # Thai abbreviations
    ],
)
def test_does_not_split(text):
    assert texts_of(text) == [text]


def test_long_glued_line_is_cut_into_sentences_that_continue_their_paragraph():
    soup = "Home News Sport Weather " * 60
    soup += "The minister said on Monday that the law would pass. It will come into force next year. She left."
    doc = text_to_document(soup)
    split_glued_text(doc)
    assert [p.text for p in doc.pieces][-2:] == ["It will come into force next year.", "She left."]
    assert all(p.data.get("joins_previous") for p in doc.pieces[1:])
    assert "joins_previous" not in doc.pieces[0].data


def test_glued_parts_are_marked_as_new_blocks_not_continuations():
    doc = text_to_document("It rained all day.Share this article!Follow us")
    split_glued_text(doc)
    assert [(p.text, p.data) for p in doc.pieces] == [
        ("It rained all day.", {}),
        ("Share this article!", {"glued": True}),
        ("Follow us", {"glued": True}),
    ]
    assert all(p.line == 1 for p in doc.pieces)


def test_decided_pieces_and_html_are_left_alone():
    doc = text_to_document("It rained.Share this!\nAnd then.Nothing")
    doc.pieces[0].label = "dropped"
    split_glued_text(doc)
    assert [p.text for p in doc.pieces] == ["It rained.Share this!", "And then.", "Nothing"]
    html = Document([Piece("It rained.Share this!", hints=Hints())], source="html")
    split_glued_text(html)
    assert len(html.pieces) == 1


def test_article_only_dump_passes_through_untouched():
    seed = (FIXTURES / "seed_rt.txt").read_text(encoding="utf-8")
    before = text_to_document(seed)
    normalize(before)
    after = text_to_document(seed)
    normalize(after)
    split_glued_text(after)
    paragraphs = [p.text for p in before.pieces if len(p.text) > 150]
    assert len(paragraphs) >= 5
    assert all(text in [p.text for p in after.pieces] for text in paragraphs)
    assert not any(p.data.get("joins_previous") for p in after.pieces)


def token_counts(doc: Document) -> Counter[str]:
    return Counter(word for piece in doc.pieces for word in word_parts(piece.text))


# Text made of words, spaces and the punctuation the cuts look at.
_GLUE_TEXT = st.lists(
    st.sampled_from([*'aBcD eF.!?:;”"’)(«»12/@wW.', "Mr.", "U.S.", "www.", "The", "said", " "]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_GLUE_TEXT)
def test_cuts_keep_every_character_but_white_space(text):
    text = text.strip()
    if not text:
        return
    parts = texts_of(text)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert Counter(word_parts(" ".join(parts))) == Counter(word_parts(text))


@pytest.mark.parametrize("run", [".", "…", "!?"])
def test_a_run_of_sentence_punctuation_is_not_cut_inside(run):
    # one regex attempt a character of the run used to rescan the rest: quadratic in its length
    text = "It ended" + run * 2000 + "Then"
    assert texts_of(text) == ["It ended" + run * 2000, "Then"]


def test_a_page_long_word_glued_everywhere_is_cut_at_each_glue():
    # the word before a cut and a URL tail after it are looked for within a bounded reach
    text = "Ab.Cd" * 2000
    assert texts_of(text) == ["Ab."] + ["CdAb."] * 1999 + ["Cd"]


def test_long_pieces_keep_their_words_too(monkeypatch):
    monkeypatch.setattr(resegment, "LONG_PIECE", 20)
    text = "Mr. Smith went home. The U.S. said no.Then 3.5 more! And «Quoted.» Fin"
    assert Counter(word_parts(" ".join(texts_of(text)))) == Counter(word_parts(text))


@pytest.mark.parametrize("style", ["lines", "raw"])
def test_corpus_dumps_keep_their_token_multiset(style):
    corpus = corpus_or_skip()
    failures = []
    for path in sorted((corpus / "dumps" / style).glob("*.txt")):
        doc = text_to_document(path.read_text(encoding="utf-8"))
        normalize(doc)
        expected = token_counts(doc)
        split_glued_text(doc)
        if token_counts(doc) != expected:
            failures.append(path.stem[:12])
    assert failures == []


SPACED_PAGE = (
    "Storm closes schools | Daily Planet Home News Sport Weather "
    + "Schools across the region will stay closed on Tuesday after a storm brought down trees overnight. "
    "The education authority said that about 140 schools had no power on Monday evening. " * 12
    + "Share Facebook Twitter Email Most Read Flood Warnings Issued For Coast Trains Cancelled Across North "
    "Privacy Policy Terms Of Use Contact Us"
)


def test_a_page_dumped_on_one_line_has_its_menus_set_apart(run_filter):
    doc = run_filter(split_glued_text, SPACED_PAGE)
    texts = [p.text for p in doc.pieces]
    footer = "Share Facebook Twitter Email Most Read Flood Warnings Issued For Coast Trains Cancelled Across North"
    assert footer + " Privacy Policy Terms Of Use Contact Us" in texts
    assert "The education authority said that about 140 schools had no power on Monday evening." in texts
    # the page title's zone is left whole, for the headline finder
    assert texts[0].startswith("Storm closes schools | Daily Planet Home News Sport Weather Schools across")


def test_a_raw_dump_on_one_line_is_not_read_as_spaced():
    # a raw dump glues its text nodes (`HomeNewsSport`); its glue cuts are `split_text`'s
    menu = "".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Opinion", "Video", "Podcasts"])
    glued = (menu + "Schools across the region will stay closed on Tuesday.") * 30
    assert _is_spaced_one_line(text_to_document(glued)) is False
    assert _is_spaced_one_line(text_to_document(SPACED_PAGE)) is True


def test_the_headline_of_a_page_dumped_on_one_line_is_set_apart_where_it_starts_and_recurs(run_filter):
    # the <title> starts the dump, the headline over the article repeats it: the start that recurs is the headline
    page = SPACED_PAGE.replace("Weather Schools across", "Weather Storm closes schools By Jane Doe Schools across", 1)
    doc = run_filter(split_glued_text, page)
    texts = [p.text for p in doc.pieces]
    assert texts[0] == "Storm closes schools" and texts.count("Storm closes schools") == 2
    article = articleclean.clean(page)
    assert article.title == "Storm closes schools" and article.authors == ["Jane Doe"]


def test_a_news_releases_end_mark_glued_after_its_last_sentence_is_cut_off():
    text = "The study included five sites, not four.###"
    assert texts_of(text) == ["The study included five sites, not four.", "###"]
    assert texts_of("Use the #hashtag.###x") == ["Use the #hashtag.###x"]  # (no end mark: something follows it)


def test_a_date_with_slashes_glued_to_the_next_block_is_no_url():
    assert texts_of("La date retenue est le 12/01/2026.Tags :") == ["La date retenue est le 12/01/2026.", "Tags :"]
    assert texts_of("See example.com/page.Then") == ["See example.com/page.Then"]
