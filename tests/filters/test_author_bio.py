import pytest

from articleclean.document import Label
from articleclean.filters.author_bio import drop_author_bios, is_bio_of
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


def _doc_with_byline(*lines: str, authors: tuple[str, ...] = ("Jane Doe",)):
    doc = text_to_document("\n".join(["By Jane Doe", *lines]))
    doc.pieces[0].label = Label.BYLINE
    doc.meta.authors = list(authors)
    doc.current_filter = "drop_author_bios"
    return doc


def test_bio_below_the_story_is_dropped():
    doc = _doc_with_byline(STORY, "Jane Doe covers politics for The Valley Post since 2015.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, Label.DROPPED]
    assert doc.pieces[2].reason == "author bio: a note about the article's author"


def test_bios_in_other_languages_and_forms():
    lines = [
        "Екатерина Лаптева — корреспондент отдела городских новостей.",
        "Ana Rita Carvalho é jornalista do Correio Atlântico desde 2016.",
        "Katarzyna Wróblewska – dziennikarka Nowin Warmińskich.",
    ]
    lines.append("Η Ελένη Μαυρίδου είναι συντάκτρια του τμήματος Ελλάδας.")  # Greek: an article before the name
    authors = ("Екатерина Лаптева", "Ana Rita Carvalho", "Katarzyna Wróblewska", "Ελένη Μαυρίδου")
    doc = _doc_with_byline(STORY, *lines, authors=authors)
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED] * 4


def test_the_story_naming_others_or_the_author_in_passing_stays():
    doc = _doc_with_byline(STORY, "Jane Doe's plan was rejected.", "John Roe is the mayor of the town.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[1:]] == [None, None, None]


def test_one_word_names_and_pages_without_a_byline_are_left_alone():
    doc = _doc_with_byline(STORY, "Reuters is a news agency.", authors=("Reuters",))
    drop_author_bios(doc)
    assert doc.pieces[2].label is None
    doc = text_to_document("\n".join([STORY, "Jane Doe covers politics."]))
    doc.meta.authors = ["Jane Doe"]
    drop_author_bios(doc)
    assert all(p.label is None for p in doc.pieces)


def test_is_bio_of_needs_a_short_line():
    assert not is_bio_of("Jane Doe " + "wrote " * 100, "Jane Doe")


def test_the_heading_of_a_bio_box_goes_with_it():
    doc = _doc_with_byline(STORY, "Über Jane Doe", "Jane Doe arbeitet seit 2016 als freie Journalistin in Leipzig.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, Label.DROPPED, Label.DROPPED]
    assert doc.pieces[2].reason == "author bio: its heading"


def test_a_bio_box_with_the_name_on_its_own_line_goes_whole():
    doc = _doc_with_byline(STORY, "Jane Doe", "Reporter for the city desk. Since 2016 she covers health and hospitals.")
    doc.pieces[2].label = Label.TAGS  # a list of tags may end just above it
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, Label.DROPPED, Label.DROPPED]
    assert doc.pieces[3].reason == "author bio: a note under the author's name"


def test_the_story_under_names_alone_that_are_the_byline_stays():
    doc = text_to_document("\n".join(["Jane Doe", STORY]))
    doc.pieces[0].label = Label.BYLINE
    doc.meta.authors = ["Jane Doe"]
    drop_author_bios(doc)
    assert doc.pieces[1].label is None


def test_a_bio_line_takes_the_address_and_the_note_under_it():
    lines = [STORY, "정하윤 기자", "hayoon@hannuri.co.kr", "충북도청과 보건·복지 분야를 취재합니다.", STORY]
    doc = _doc_with_byline(*lines, authors=("정하윤",))
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, *[Label.DROPPED] * 3, None]
    assert [p.reason for p in doc.pieces[3:5]] == [
        "author bio: the author's address", "author bio: a note under the author's name"
    ]


def test_without_an_address_the_line_under_a_bio_stays():
    doc = _doc_with_byline(STORY, "Jane Doe covers politics.", "She was born in Leeds in 1980.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED, None]


def test_a_note_under_the_tags_that_names_the_author_is_a_bio():
    note = "Journaliste à l'agence de Roanne depuis 2016, Jane Doe suit l'actualité judiciaire."
    doc = _doc_with_byline(STORY, "Justice", note)
    doc.pieces[2].label = Label.TAGS
    drop_author_bios(doc)
    assert doc.pieces[3].reason == "author bio: a note about the article's author, under its tags"
    doc = _doc_with_byline(STORY, note)  # no tags above it: the story may name its writer
    drop_author_bios(doc)
    assert doc.pieces[2].label is None


@pytest.mark.parametrize("heading", ["ABOUT THE AUTHOR", "O autorke"])
def test_a_heading_alone_goes_with_the_bio(heading):
    doc = _doc_with_byline(STORY, heading, "Jane Doe is a reporter based in Fredericton.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED, Label.DROPPED]


def test_a_bio_that_names_its_author_takes_the_name_line_and_heading_above():
    doc = _doc_with_byline(STORY, "Über die Autorin", "Jane Doe", "Jane Doe ist Bauingenieurin und Energieberaterin.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED] * 3
    assert doc.pieces[3].reason == "author bio: its heading (the author's name)"


def test_a_long_bio_under_the_name_and_a_follow_button():
    bio = ("I have spent two decades inside large organizations, first as an operations manager and later as a"
           " consultant. " * 4).strip()
    doc = _doc_with_byline(STORY, "Jane Doe", "Follow", bio)
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED] * 3


def test_the_heading_above_a_bio_boxs_name_goes_with_it():
    doc = _doc_with_byline(STORY, "Sobre la firma", "Jane Doe", "Periodista y escritora. Vive en Palencia desde 2010.")
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces[2:]] == [Label.DROPPED] * 3


def test_a_bio_box_with_a_heading_the_authors_name_its_reading_and_role_lines():
    doc = _doc_with_byline(
        STORY,
        "この記事を書いた人",
        "佐伯遥（さえき・はるか）",
        "経済部記者",
        "2012年入社。金融庁や日本銀行の担当を経て、2023年から経済産業省を取材している。",
        authors=("佐伯遥",),
    )
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, *[Label.DROPPED] * 4]


def test_a_korean_name_and_role_line_takes_the_note_under_it():
    doc = _doc_with_byline(
        STORY, "이도윤 기자", "대전·충청 지역의 행정과 교통 이야기를 취재합니다.", authors=("이도윤",)
    )
    drop_author_bios(doc)
    assert [p.label for p in doc.pieces] == [Label.BYLINE, None, Label.DROPPED, Label.DROPPED]
