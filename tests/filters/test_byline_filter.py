import pytest

import articleclean
from articleclean.document import Label
from articleclean.filters.bylines import find_bylines
from articleclean.sources.text import text_to_document


def test_byline_near_the_headline_gives_authors(run_filter):
    doc = text_to_document("Headline of the story\nBy Jane Doe and John Roe\nBy the end of the year, prices doubled.")
    doc.pieces[0].label = Label.TITLE
    run_filter(find_bylines, doc=doc)
    assert doc.pieces[1].label == Label.BYLINE
    assert doc.meta.authors == ["Jane Doe", "John Roe"]
    assert doc.pieces[2].label is None


def test_article_glued_to_the_bylines_date_is_cut_off(run_filter):
    doc = text_to_document(
        "Headline of the story\n"
        "Von Anna Müller19.11.2019, 10:30 UhrDie Bundesregierung will die Regeln für Mieten in Großstädten verschärfen."
    )
    doc.pieces[0].label = Label.TITLE
    run_filter(find_bylines, doc=doc)
    assert [(p.text, p.label) for p in doc.pieces[1:]] == [
        ("Von Anna Müller19.11.2019, 10:30 Uhr", Label.BYLINE),
        ("Die Bundesregierung will die Regeln für Mieten in Großstädten verschärfen.", None),
    ]
    assert doc.meta.authors == ["Anna Müller"]


def test_names_alone_between_the_headline_and_the_dateline_are_the_byline():
    doc = articleclean.Pipeline().document(
        "Menu\nNews\nSport\nCity opens new metro line\nElif Demir\n8 May 2021, 10:30\n"
        "The city opened its new metro line on Saturday, the mayor said at the opening ceremony.\n"
        "Updated\nThe line has eleven stations and links the two largest districts of the city."
    )
    assert doc.meta.authors == ["Elif Demir"]
    assert [p.text for p in doc.pieces if p.label == "byline"] == ["Elif Demir"]


def test_a_word_between_the_headline_and_the_dateline_is_no_byline():
    doc = articleclean.Pipeline().document(
        "City opens new metro line\nUpdated\n8 May 2021, 10:30\n"
        "The city opened its new metro line on Saturday, the mayor said at the opening ceremony."
    )
    assert doc.meta.authors == []


def test_names_just_after_the_headlines_datelines_are_the_byline():
    # Arabic papers put the byline, place first, under the datelines: `الرباط - سعيد الإدريسي`
    doc = articleclean.Pipeline().document(
        "أخبار\nرياضة\nالمغرب يطلق أشغال أكبر محطة لتحلية مياه البحر\nنُشر في: الإثنين 14 أكتوبر 2024 - 09:40\n"
        "آخر تحديث: 14 أكتوبر 2024 - 13:05\nالرباط - سعيد الإدريسي\n"
        "أعلنت الحكومة المغربية، يوم الإثنين، إطلاق الأشغال في محطة جديدة لتحلية مياه البحر جنوب الدار البيضاء.\n"
    )
    assert doc.meta.authors == ["سعيد الإدريسي"]
    assert doc.meta.published is not None and doc.meta.published.hour == 9


def test_a_label_after_the_dateline_is_no_byline():
    doc = articleclean.Pipeline().document(
        "City opens new metro line\n8 May 2021, 10:30\nFiled Under:\nTransport\n"
        "The city opened its new metro line on Saturday, the mayor said at the opening ceremony.\n"
    )
    assert doc.meta.authors == []


def test_names_just_before_the_dateline_past_a_player_are_the_byline():
    doc = articleclean.Pipeline().document(
        "Menú\nEconomía\nLas claves del recargo a las viviendas vacías\nEscuchar artículo\n00:00\n06:42\n"
        "Lucía Ferrández y Javier Montesinos Rey, Madrid\nPublicado el jueves, 16 de octubre de 2025, 06:30 h\n"
        "Los ayuntamientos podrán cobrar un recargo de hasta el 150% en el IBI a los pisos vacíos, según la ley.\n"
    )
    assert doc.meta.authors == ["Lucía Ferrández", "Javier Montesinos Rey"]
    reasons = [p.reason for p in doc.pieces if p.label == "byline"]
    assert reasons == ["byline: names just before the headline's dateline"]


def test_a_section_name_before_the_dateline_is_no_byline():
    doc = articleclean.Pipeline().document(
        "Menú\nLas claves del recargo a las viviendas vacías\nEscuchar artículo\n00:00\nReforma fiscal\n"
        "Publicado el jueves, 16 de octubre de 2025, 06:30 h\n"
        "Los ayuntamientos podrán cobrar un recargo de hasta el 150% en el IBI a los pisos vacíos, según la ley.\n"
    )
    assert doc.meta.authors == []


@pytest.mark.parametrize(
    "under",
    [["Amanda Holt, Derek Osei", "3 Min Read"], ["Renata Colvin", "Contributor"],
     ["Maren Holloway", "Follow", "Nov 18, 2019 · 7 min read"]],
)
def test_bare_names_under_the_headline_with_a_reading_time_role_or_follow_button(under):
    story = "The committee approved the bill on Tuesday, sending it to the full Senate for a vote next month."
    page = ["Menu", "News", "Senate panel backs insulin bill", *under, story]
    doc = articleclean.Pipeline().document("\n".join(page))
    assert doc.meta.authors == [name.strip() for name in under[0].split(",")]


def test_names_after_the_datelines_under_a_comment_count():
    story = "Mieszkańcy gminy od tygodnia nie mają wody w kranach, a beczkowozy przyjeżdżają dwa razy dziennie."
    page = ["Menu", "Susza w Wielkopolsce. W gminie nie ma wody", "Komentarze (148)",
            "Opublikowano: środa, 26 czerwca 2019, 12:47", "Marta Kowalczyk, Poznań", "Drukuj", story]  # fmt: skip
    doc = articleclean.Pipeline().document("\n".join(page))
    assert doc.meta.authors == ["Marta Kowalczyk"]


def test_a_chinese_wire_dateline_names_the_reporters():
    page = [
        "衛福部擴大長照喘息服務｜華通社",
        "首頁",
        "衛福部擴大長照喘息服務",
        "（華通社記者林怡君、陳冠宇台北5日電）為減輕家庭照顧者的負擔，衛生福利部今天宣布擴大喘息服務，失智家庭每年最多42天。",
        "衛福部次長林志遠上午在記者會中表示，國內失智症人口已突破35萬人，許多家庭照顧者長期身心俱疲。",
    ]
    article = articleclean.clean("\n".join(page))
    assert article.authors == ["林怡君", "陳冠宇"]
    assert (article.origin.place, article.origin.agency) == ("台北", "華通社")
    assert article.paragraphs[0].startswith("（華通社記者林怡君")  # the dateline stays in its paragraph


def test_names_signing_the_story_at_its_end_are_its_byline():
    story = [
        "Nước mặn vào sâu 90 km, nhà vườn Bến Tre chạy đua cứu sầu riêng - Báo Sài Thành",
        "Thời sự",
        "Nước mặn vào sâu 90 km, nhà vườn Bến Tre chạy đua cứu sầu riêng",
        "Độ mặn 4‰ đã lấn sâu vào các huyện ven biển của Bến Tre, khiến nhiều nhà vườn phải mua nước ngọt để tưới.",
        "Theo ông Thịnh, mùa khô năm nay mặn có thể kéo dài đến tháng 5, nên người dân cần trữ nước từ bây giờ.",
        "Hoàng Nam - Thạch Thảo",
        "Chia sẻ",
        "Facebook",
        "Zalo",
    ]
    article = articleclean.clean("\n".join(story))
    assert article.authors == ["Hoàng Nam", "Thạch Thảo"]
    assert "Hoàng Nam - Thạch Thảo" not in article.paragraphs


def test_a_byline_marker_alone_takes_the_names_on_the_line_under_it():
    page = [
        "Man pleads guilty to threatening congresswoman",
        "Nov. 19, 2019, 8:41 AM UTC",
        "By",
        "Phil Helsel",
        "A New York man pleaded guilty Monday to threatening to kill a member of Congress, prosecutors said.",
        "He faces up to 10 years in prison when he is sentenced in February, the U.S. attorney's office said.",
    ]
    article = articleclean.clean("\n".join(page))
    assert article.authors == ["Phil Helsel"]
    assert article.paragraphs[0].startswith("A New York man")


def test_no_closing_byline_in_a_script_without_capitals():
    story = [
        "«طرق دبي» تشغّل 40 محطة حافلات مكيفة | المرفأ",
        "محليات",
        "«طرق دبي» تشغّل 40 محطة حافلات مكيفة",
        "بدأت هيئة الطرق والمواصلات في دبي، أمس، التشغيل التجريبي لأربعين محطة حافلات مكيفة تعمل بالطاقة الشمسية.",
        "وتأتي الخطوة ضمن خطة الهيئة لرفع حصة النقل الجماعي في الإمارة خلال السنوات المقبلة.",
        "شارك الخبر",
        "فيسبوك",
    ]
    assert articleclean.clean("\n".join(story)).authors == []  # `شارك الخبر`: share the story


def test_a_name_the_page_repeats_as_lines_signs_no_story():
    # a column's name over each of its teasers after the story, the last of them kept: no signature
    story = [
        "Opening Bell: 11.18.19 - Dealbreaker",
        "Markets",
        "Opening Bell: 11.18.19",
        "Stocks rose on Monday as investors weighed the latest trade talks between Washington and Beijing.",
        "Bond yields slipped after the report, and the dollar weakened against the euro and the yen.",
        "Opening Bell",
        "Opening Bell 10.29.19",
        "Beyond beef. It's what's for dinner.",
        "Opening Bell",
        "Opening Bell 6.7.19",
        "Fake beef. It's what's for dinner.",
        "Opening Bell",
    ]
    assert articleclean.clean("\n".join(story)).authors == []
