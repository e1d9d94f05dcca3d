import pytest

import articleclean
from articleclean.document import Label
from articleclean.filters.tags import find_tags, is_tag, split_tags

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


def test_inline_list_becomes_tags(run_filter):
    doc = run_filter(find_tags, STORY, "Tags : SNCB, Ligne 162, Mobilité", "Facebook")
    tags = doc.pieces[1]
    assert tags.label == Label.TAGS
    assert tags.data["tags"] == ["SNCB", "Ligne 162", "Mobilité"]
    assert tags.data["marker"] == "Tags :"


@pytest.mark.parametrize(
    "heading",
    ["Themen", "TEMAS", "Tópicos", "Argomenti", "Теги", "Related Topics:", "Tagi", "Temas relacionados:", "Assuntos",
     "Thèmes associés", "Kategorie:", "Ämnen i artikeln", "Ετικέτες:", "Мітки:", "In This Article:", "标签：",
     "関連キーワード", "태그", "More On", "Thématiques", "Tudo sobre", "Sujets associés",
     "Mehr lesen über", "Teme:", "Étiquettes :", "Subjects:", "Tagovi:", "Témy:", "Temos:", "Tēmas:", "Teemad:",
     "Тагове:"],
)
def test_heading_alone_takes_the_short_lines_below(run_filter, heading):
    doc = run_filter(find_tags, STORY, heading, "Spittal an der Drau", "Gemeinderat", "Verkehr", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.TAGS, Label.TAGS, Label.TAGS, None]
    assert [p.data["tags"] for p in doc.pieces[2:5]] == [["Spittal an der Drau"], ["Gemeinderat"], ["Verkehr"]]


@pytest.mark.parametrize(
    "line",
    ["Publié dans Balades, Savoir-faire", "Posted in Vegetables, Garden", "Geplaatst in Reisverslagen, Fietsen",
     "Categorie: Libri, Passeggiate"],
)
def test_a_wordpress_category_line(run_filter, line):
    doc = run_filter(find_tags, STORY, line, "Facebook")
    assert doc.pieces[1].label == Label.TAGS


def test_list_stops_at_furniture_and_bylines(run_filter):
    lines = ["Topics", "Amazon", "PCs", "Most Popular", "By", "Jason Cipriani"]
    doc = run_filter(find_tags, STORY, *lines)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.TAGS, Label.TAGS, None, None, None]


def test_lone_commas_between_tags_are_dropped(run_filter):
    doc = run_filter(find_tags, STORY, "Topics:", "MacBook Pro,", ",", "Mac,", "Review")
    assert [p.data.get("tags") for p in doc.pieces[2:]] == [["MacBook Pro"], None, ["Mac"], ["Review"]]
    assert doc.pieces[3].reason == "separator between tags"


def test_a_menu_section_far_from_the_story_is_no_tag_list(run_filter):
    # no text the classifier kept stands above it: a `Topics` section of the menu
    doc = run_filter(find_tags, "Topics", "Festivals", "Pride", "Grammys")
    assert all(p.label is None for p in doc.pieces)


def test_a_heading_over_one_line_or_a_sentence_is_no_tag_list(run_filter):
    doc = run_filter(find_tags, STORY, "Topics", "The talks are about trade and were held in Geneva.")
    assert all(p.label is None for p in doc.pieces)
    doc = run_filter(find_tags, STORY, "Tags: the council met on Monday, and it voted.")
    assert all(p.label is None for p in doc.pieces)


def test_topic_word_starting_a_sentence_is_no_heading(run_filter):
    doc = run_filter(find_tags, STORY, "Themen wie Verkehr, Wohnen", "Spittal", "Verkehr")
    assert all(p.label is None for p in doc.pieces)


@pytest.mark.parametrize("text", ["Video", "#Sensex", "Asia Pacific", "lexus lc 500"])
def test_tags(text):
    assert is_tag(text)


@pytest.mark.parametrize("text", ["Show more", "See all", "terms:", "©", "x", "A whole sentence ends here."])
def test_not_tags(text):
    assert not is_tag(text)


def test_split_tags_needs_two():
    assert split_tags("Mobilité") is None
    assert split_tags("a | Politics · Europe") is None  # `a` is no tag
    assert split_tags("Politics | Europe · Trade") == ["Politics", "Europe", "Trade"]


def test_clean_fills_article_tags_and_keeps_them_out_of_the_body():
    page = "\n".join(
        [
            "Council stops car park | Valley Post",
            "Council stops car park",
            "By Jane Doe",
            STORY,
            "The mayor said the plan would return in the spring, with a smaller budget and fewer places.",
            "Tags",
            "Car parks",
            "Town council",
            "Share",
            "Facebook",
        ]
    )
    article = articleclean.clean(page)
    assert article.tags == ["Car parks", "Town council"]
    assert all("Car parks" not in p for p in article.paragraphs)
    assert any(d.text == "Tags" for d in article.dropped)


@pytest.mark.parametrize(
    "heading",
    ["相關主題", "टैग्स", "Từ khóa:", "Les mer om", "Läs mer om:", "Læs mere om", "Dowiedz się więcej na temat:"],
)
def test_headings_of_the_thirtieth_round_and_after(run_filter, heading):
    doc = run_filter(find_tags, STORY, heading, "Spittal an der Drau", "Gemeinderat", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.TAGS, Label.TAGS, None]


def test_hashtags_one_a_line_with_no_heading(run_filter):
    doc = run_filter(find_tags, STORY, "#자율주행버스", "#심야버스", "#대전시", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.TAGS, Label.TAGS, Label.TAGS, None]
    assert doc.pieces[1].data["tags"] == ["#자율주행버스"]
    doc = run_filter(find_tags, STORY, "#MeToo", STORY)  # one alone is no list
    assert all(p.label is None for p in doc.pieces)


def test_a_french_broadcasters_topics_heading(run_filter):
    doc = run_filter(find_tags, STORY, "Voir plus sur ces sujets", "Tempêtes", "Bretagne", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.TAGS, Label.TAGS, None]

