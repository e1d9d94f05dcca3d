import pytest

from articleclean.document import Label
from articleclean.filters.captions import find_captions, split_caption
from articleclean.sources.text import text_to_document

CAPTION_LINES = [
    (
        "Les pompiers sont intervenus au carrefour. Photo Le Courrier bourguignon/Nadia Ferhat",
        "Les pompiers sont intervenus au carrefour.",
        "Le Courrier bourguignon/Nadia Ferhat",
    ),
    ("Photo d'archives Lucie Garnier", "", "Lucie Garnier"),
    (
        "지난 13일 밤 충북 청주시의 한 대학병원 응급실 앞에서 보호자들이 기다리고 있다. /사진=연합뉴스",
        "지난 13일 밤 충북 청주시의 한 대학병원 응급실 앞에서 보호자들이 기다리고 있다.",
        "연합뉴스",
    ),
    ("工人在海曙区西成小区7幢吊装电梯钢结构。陈思远 摄", "工人在海曙区西成小区7幢吊装电梯钢结构。", "陈思远"),
    (
        "改造完成后，西成小区7幢单元入口新增了无障碍坡道。受访者供图",
        "改造完成后，西成小区7幢单元入口新增了无障碍坡道。",
        "受访者供图",
    ),
    ("Flood water in Pontypridd. © Reuters/Rebecca Naden", "Flood water in Pontypridd.", "Reuters/Rebecca Naden"),
    (
        "Residents leave by boat. Photo: PA Images/Ben Birchall",
        "Residents leave by boat.",
        "PA Images/Ben Birchall",
    ),
    (
        "The minister arrives. (Photo by Jane Doe/Getty Images)",
        "The minister arrives.",
        "Jane Doe/Getty Images",  # the credit word is a marker, in brackets as outside them
    ),
    ("El presidente en Madrid (Foto: EFE)", "El presidente en Madrid", "EFE"),
    ("Il ministro alla Camera (foto Ansa)", "Il ministro alla Camera", "Ansa"),
    ("Jane Doe at the county fair in 2019. Courtesy of the Doe family", "Jane Doe at the county fair in 2019.",
     "the Doe family"),
    ("The new clinic on Main Street. Photo courtesy Jane Doe", "The new clinic on Main Street.", "Jane Doe"),
    ("Άδειες πισίνες στην Αττική (ΦΩΤΟ: INTIME NEWS)", "Άδειες πισίνες στην Αττική", "INTIME NEWS"),
    ("Crédit photo : DDT de la Haute-Vézère / Julien Besse", "", "DDT de la Haute-Vézère / Julien Besse"),
    ("Carolyn Mercer/Getty Images", "", "Carolyn Mercer/Getty Images"),  # a US site's credit line, no marker
    ("Nadia Ferris | Getty Images", "", "Nadia Ferris | Getty Images"),
    ("Ο υπουργός στη Βουλή. Φωτ.: EUROKINISSI", "Ο υπουργός στη Βουλή.", "EUROKINISSI"),
    ("Forensic officers outside the home on Wednesday morning Credit: Cavendish Press",
     "Forensic officers outside the home on Wednesday morning", "Cavendish Press"),
    ("Les salariés, lundi soir. (Photo La Vigie/M. Kerjean)", "Les salariés, lundi soir.", "La Vigie/M. Kerjean"),
    ("Il tratto chiuso al traffico (foto di Luca Zanella)", "Il tratto chiuso al traffico", "Luca Zanella"),
    ("L'ancienne directrice arrive au tribunal. (THOMAS LE GALL / AFP)", "L'ancienne directrice arrive au tribunal.",
     "THOMAS LE GALL / AFP"),
    ("The minister arrives. (AP Photo/Jane Doe)", "The minister arrives.", "AP Photo/Jane Doe"),
    ("Esnaf kepenk kapattı. Fotoğraf: AA", "Esnaf kepenk kapattı.", "AA"),
    ("Mielenosoittajat Helsingissä. Kuva: Lehtikuva", "Mielenosoittajat Helsingissä.", "Lehtikuva"),
    ("Úszók a medencében. Fotó: MTI/Farkas Zoltán", "Úszók a medencében.", "MTI/Farkas Zoltán"),
    ("Kapal di Tanjung Perak. (ANTARA FOTO/Rizal Hidayat)", "Kapal di Tanjung Perak.", "ANTARA FOTO/Rizal Hidayat"),
    ("A swan on the road. (Image: Mercury Press)", "A swan on the road.", "Mercury Press"),
    ("Temple tank in Chennai. (Photo | M Venkatesan, EPS)", "Temple tank in Chennai.", "M Venkatesan, EPS"),
    ("Praça com sinal — Foto: Rodrigo Alves/Diário", "Praça com sinal", "Rodrigo Alves/Diário"),
    ("Bomen in Eindhoven. Beeld: Joost de Haas", "Bomen in Eindhoven.", "Joost de Haas"),
    ("Image caption The governor at a press conference", "The governor at a press conference", None),
    ("Die Ministerin in Berlin. Foto: dpa", "Die Ministerin in Berlin.", "dpa"),
    ("A urgência do hospital de Leiria. Fotografia: Ricardo Graça/Lusa", "A urgência do hospital de Leiria.",
     "Ricardo Graça/Lusa"),
    ("Traders at the exchange, November 18, 2019. REUTERS/Brendan McDermid/File Photo",
     "Traders at the exchange, November 18, 2019.", "REUTERS/Brendan McDermid/File Photo"),
    ("Leaders at the summit in Brussels. EPA/OLIVIER HOSLET",
     "Leaders at the summit in Brussels.", "EPA/OLIVIER HOSLET"),
    ("Xe buýt điện tại bến. Ảnh: Phạm Tuấn", "Xe buýt điện tại bến.", "Phạm Tuấn"),
    ("Протестиращи пред парламента. Снимка: БГНЕС", "Протестиращи пред парламента.", "БГНЕС"),
    ("一架物流无人机在测试飞行。图片来源：视觉中国", "一架物流无人机在测试飞行。", "视觉中国"),
    ("승강장에서 시민들이 막차를 기다리고 있다. /연합뉴스", "승강장에서 시민들이 막차를 기다리고 있다.", "연합뉴스"),
    ("右折する車両＝14日午前、横浜市都筑区、北川正樹撮影", "右折する車両＝14日午前、横浜市都筑区", "北川正樹"),
    ("Gedimino prospektas vakare. Jono Jonaičio / BNS nuotr.", "Gedimino prospektas vakare.", "Jono Jonaičio / BNS"),
    ("ورشة بناء محطة التحلية على الساحل (رويترز)", "ورشة بناء محطة التحلية على الساحل", "رويترز"),
    ("Jono Jonaičio / BNS nuotr.", "", "Jono Jonaičio / BNS"),  # a credit line, under its caption
    # Hindi, Urdu, Malay and Tagalog credits at the end of the caption; Swahili, Bengali, Persian, Thai lines
    ("घाट पर सफाई करते कर्मचारी - फोटो : पीटीआई", "घाट पर सफाई करते कर्मचारी", "पीटीआई"),
    ("لاہور کی مال روڈ پر اسموگ — فوٹو: اے پی پی", "لاہور کی مال روڈ پر اسموگ", "اے پی پی"),
    ("Seorang peniaga di Jalan Besar, Kuantan. - Foto NSTP/Farizul Hafiz Awang",
     "Seorang peniaga di Jalan Besar, Kuantan.", "NSTP/Farizul Hafiz Awang"),
    ("Namimili ng bigas sa Quezon City. (Kuha ni Rommel Dizon)", "Namimili ng bigas sa Quezon City.", "Rommel Dizon"),
    ("Picha na Daudi Mkumbo", "", "Daudi Mkumbo"),
    ("Photo by Jason Kempin/Getty Images", "", "Jason Kempin/Getty Images"),
    # a photographer, the agency and the one it sells for
    ("Jordan Pell | Bloomberg | Getty Images", "", "Jordan Pell | Bloomberg | Getty Images"),
    # a Polish caption ends with no full stop before `Fot.`
    ("Szkoła Podstawowa w Zagórzu stoi pusta Fot. Michał Dąbek/Kompas24.pl", "Szkoła Podstawowa w Zagórzu stoi pusta",
     "Michał Dąbek/Kompas24.pl"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        ("চট্টগ্রাম নগরের জলাবদ্ধ সড়কে রিকশায় যাত্রী", "ছবি: সৌরভ দাশ", "সৌরভ দাশ"),
        ("ایستگاه مترو صادقیه در ساعت شلوغی صبح", "عکس: ایرنا", "ایرنا"),
        ("เจ้าหน้าที่ดับไฟป่าเร่งควบคุมเพลิงบนดอยสุเทพ อ.เมือง จ.เชียงใหม่", "ภาพ: ธนากร วงศ์ใหญ่", "ธนากร วงศ์ใหญ่"),
    ],
)
def test_a_credit_line_in_another_script_goes_with_the_caption_above(run_filter, caption, credit_line, credit):
    doc = run_filter(find_captions, "Body text of the story, in one sentence.", caption, credit_line, "More body.")
    assert [p.label for p in doc.pieces] == [None, "caption", "dropped", None]
    assert (doc.pieces[1].data["caption"], doc.pieces[1].data["credit"]) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), CAPTION_LINES)
def test_caption_forms(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), CAPTION_LINES)
def test_every_caption_form_is_found_in_a_document(run_filter, line, caption, credit):
    # the filter looks for captions with a cheap scan for hint words first: each form must pass it
    doc = run_filter(find_captions, "Body text of the story, in one sentence.", line, "More body.")
    assert [p.label for p in doc.pieces] == [None, "caption", None]
    assert (doc.pieces[1].data["caption"], doc.pieces[1].data["credit"]) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "© 2023 Example Media Ltd. All rights reserved.",
        "The photo: a blurry picture of the suspect, police said, was taken in 2019 near the station.",
        "He took the photo himself.",
        "He thanked the officers for the courtesy of the escort.",
        "Jane Doe | John Roe",
        "The deal was reported by the Financial Times. BBC/Reuters coverage followed on Monday morning.",
        "Figures from the agency. Read more at NASA/JPL",  # a slash credit must follow a sentence end
        "Opening hours 9.30 A.M. / 7.00 P.M.",  # a slash after a sentence end: no digits in such a credit
    ],
)
def test_not_captions(line):
    assert split_caption(line) is None


def test_filter_labels_captions_and_drops_copyright(run_filter):
    doc = run_filter(find_captions, "A view of the city. © AFP", "Body.", "© 2020 Example News. All rights reserved.")
    assert doc.pieces[0].label == "caption" and doc.pieces[0].data == {
        "caption": "A view of the city.",
        "credit": "AFP",
    }
    assert doc.pieces[1].label is None
    assert doc.pieces[2].label == "dropped" and doc.pieces[2].reason == "copyright notice"


def test_html_figure_captions_and_their_credit_markup():
    from articleclean.filters.captions import find_captions
    from articleclean.sources.html import html_to_document

    doc = html_to_document(
        "<article><p>Body of the story, in a sentence.</p><figure><img src=x.jpg>"
        "<figcaption>Boats in the harbour. <cite>Jane Doe/AFP</cite></figcaption></figure></article>"
    )
    doc.current_filter = "find_captions"
    find_captions(doc)
    caption = next(p for p in doc.pieces if p.label == "caption")
    assert (caption.data["caption"], caption.data["credit"]) == ("Boats in the harbour.", "Jane Doe/AFP")
    assert next(p for p in doc.pieces if p.text.startswith("Body")).label is None


def test_copyright_line_with_a_year_is_a_notice_not_a_credit(run_filter):
    doc = run_filter(find_captions, "© Example Zeitung 2019", "© Example Media 2005-2019.", "© Sputnik/Alexey Nikolsky")
    assert [(p.label, p.reason) for p in doc.pieces[:2]] == [("dropped", "copyright notice")] * 2
    assert doc.pieces[2].label == "caption" and doc.pieces[2].data["credit"] == "Sputnik/Alexey Nikolsky"


def test_block_glued_to_a_credit_is_cut_off(run_filter):
    doc = run_filter(find_captions, "Prezes urzędu na konferencji. Fot. PAP/Jan NowakZobacz także: Rachunki za gaz")
    assert [(p.text, p.label) for p in doc.pieces] == [
        ("Prezes urzędu na konferencji. Fot. PAP/Jan Nowak", "caption"),
        ("Zobacz także: Rachunki za gaz", None),
    ]
    assert doc.pieces[0].data["credit"] == "PAP/Jan Nowak"


def test_caption_text_on_the_line_above_its_credit_is_the_caption(run_filter):
    doc = run_filter(
        find_captions,
        "Путин провёл совещание с членами правительства в Кремле в понедельник.",
        "Участники совещания в Кремле",
        "Фото: ТАСС",
        "Следующий абзац статьи.",
    )
    assert [p.label for p in doc.pieces] == [None, "caption", "dropped", None]
    assert (doc.pieces[1].data["caption"], doc.pieces[1].data["credit"]) == ("Участники совещания в Кремле", "ТАСС")
    assert doc.pieces[2].reason == "credit of the image caption above"
    assert doc.pieces[2].data["credit_line"]  # the article span may grow across it, as across the caption


def test_a_copyright_line_naming_a_photographer_and_an_agency_takes_the_caption_above(run_filter):
    doc = run_filter(
        find_captions,
        "Des salariés rassemblés devant l'entrée de l'usine, le 12 novembre.",
        "© Guillaume Renaud / Hans Lucas",
        "Confronté à l'effondrement du marché, le fabricant a annoncé un plan social.",
        "© AFP",  # an agency alone under the last paragraph credits the story, not a caption above
    )
    assert [p.label for p in doc.pieces] == ["caption", "dropped", None, "caption"]
    assert doc.pieces[0].data["credit"] == "Guillaume Renaud / Hans Lucas"


def test_each_credit_line_takes_only_an_undecided_line_above(run_filter):
    # two credit lines in a row: the second's line above is the first, a credit, not a caption
    doc = run_filter(
        find_captions,
        "Rescue workers at the site of the collapse",
        "Photo: AFP",
        "Foto: EFE",
        "The minister visited the town on Monday.",
        "Photo: Reuters",
    )
    assert [(p.label, p.data.get("caption"), p.data.get("credit")) for p in doc.pieces] == [
        ("caption", "Rescue workers at the site of the collapse", "AFP"),
        ("dropped", None, None),
        ("caption", "", "EFE"),
        ("caption", "The minister visited the town on Monday.", "Reuters"),
        ("dropped", None, None),
    ]


@pytest.mark.parametrize(
    "credit",
    ["© John Brecher", "Image copyright Getty Images", "Photos: Million-dollar cars for auction"],
)
def test_credit_that_comes_before_its_caption_does_not_take_the_line_above(run_filter, credit):
    # `©` and `Image copyright` lines stand above their caption; `Photos:` names a gallery
    doc = run_filter(find_captions, "A paragraph of the article that ends here.", credit, "Caption below.")
    assert doc.pieces[0].label is None


def test_a_caption_glued_after_a_japanese_paragraph_is_cut_off_it(run_filter):
    # a raw dump writes no space after `。`: what follows the paragraph's last sentence end is the caption
    paragraph = "市交通局の担当者は「人手に頼らない仕組みを今のうちに整えておく必要がある」と話す。" * 4
    doc = run_filter(find_captions, paragraph + "自動運転バスの試験走行で、横浜市都筑区、北川正樹撮影")
    assert [(p.text, p.label) for p in doc.pieces] == [
        (paragraph, None),
        ("自動運転バスの試験走行で、横浜市都筑区、北川正樹撮影", "caption"),
    ]
    assert doc.pieces[1].data["credit"] == "北川正樹"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Christophe Lafforgue ne garde plus que 45 vaches sur 70. Photo Sébastien Lapeyre", "Sébastien Lapeyre"),
        ("Öğrenciler sıraya girdi. (Fotoğraf: Serkan Öztürk / AA)", "Serkan Öztürk / AA"),
        ("Smoke over Parliament Hill. (Jordan Hale/The Canadian Press)", "Jordan Hale/The Canadian Press"),
    ],
)
def test_more_credit_forms_at_the_end_of_a_caption(run_filter, line, credit):
    doc = run_filter(find_captions, line)
    assert doc.pieces[0].label == "caption"
    assert doc.pieces[0].data["credit"] == credit


def test_photo_starting_a_sentence_is_no_credit(run_filter):
    doc = run_filter(find_captions, "The shoot was cancelled. Photo shoots will resume on Monday.")
    assert doc.pieces[0].label is None


def test_copyright_line_in_other_languages_is_a_notice_not_a_credit(run_filter):
    doc = run_filter(
        find_captions,
        "© АО «Издательский дом „Деловой вестник“», 2008–2025. Все права защищены.",
        "© Diario Ejemplo, S.A. Todos los derechos reservados.",
        "© Riproduzione riservata",
    )
    assert [(p.label, p.reason) for p in doc.pieces] == [("dropped", "copyright notice")] * 3


def test_a_raw_dumps_caption_of_two_sentences_is_one_caption(run_filter):
    from articleclean.assemble import build_article
    from articleclean.filters.resegment import split_glued_text

    story = "Shares fell 11% on Thursday, the biggest fall since March 2022, after the board cut the dividend."
    caption = "The mine in the Krasnoyarsk region. The company plans to spend 95bn roubles on it."
    doc = run_filter(split_glued_text, f"{story} {story}{caption}Photo: Igor Savelyev/Business Herald\n{story}")
    doc = run_filter(find_captions, doc=doc)
    assert [p.label for p in doc.pieces] == [None, None, "caption", "caption", "dropped", None]
    [found] = build_article(doc).captions
    assert (found.text, found.credit) == (caption, "Igor Savelyev/Business Herald")


def test_an_agency_alone_under_a_caption_is_its_credit(run_filter):
    story = "The council voted against the car park on Monday, after a long debate in the town hall."
    doc = run_filter(find_captions, story, "Vrijwilligers vullen zandzakken bij sporthal De Bongerd", "ANP", story)
    assert [p.label for p in doc.pieces[1:3]] == [Label.CAPTION, Label.DROPPED]
    assert doc.pieces[1].data["credit"] == "ANP"
    # a paragraph cut at a link to an outlet (`... writes the` | `Associated Press` | `. And ...`) is none
    lines = [story, "In the wake of that outbreak, China improved its detection, writes the", "Associated Press",
             ". And the agency says so."]  # fmt: skip
    assert all(p.label is None for p in run_filter(find_captions, *lines).pieces)
    # nor is a line that ends a sentence: the agency may credit the story above it
    assert all(p.label is None for p in run_filter(find_captions, story, story, "AFP").pieces)


def test_an_outlet_and_photographer_line_under_a_caption_is_its_credit(run_filter):
    story = "The council voted against the car park on Monday, after a long debate in the town hall."
    lines = [story, "L'aula della Camera dei deputati durante una seduta", "Foto Ansa/Giorgio Lanzetta", story]
    doc = run_filter(find_captions, *lines)
    assert [p.label for p in doc.pieces[1:3]] == [Label.CAPTION, Label.DROPPED]
    assert doc.pieces[1].data["credit"] == "Ansa/Giorgio Lanzetta"


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Tom Reyes/The Carrington Dispatch", "", "Tom Reyes/The Carrington Dispatch"),
        ("The minister speaks in Fredericton on Monday. (Jordan Whitlock/CPB)", "The minister speaks in Fredericton"
         " on Monday.", "Jordan Whitlock/CPB"),
        ("The ER in Sussex has closed overnight. (Submitted by Horizon Health Network)",
         "The ER in Sussex has closed overnight.", "Horizon Health Network"),
        ("Un producteur dans ses parcelles. © Photo Bertrand Lasserre / Le Courrier", "Un producteur dans ses"
         " parcelles.", "Bertrand Lasserre / Le Courrier"),
    ],
)
def test_caption_forms_of_the_seventeenth_round(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # Taiwanese: an agency or a source in brackets after the caption's last sentence, or `圖／` alone
        ("照顧人力不足是共同面臨的難題。（華通社）", "照顧人力不足是共同面臨的難題。", "華通社"),
        ("次長林志遠5日在記者會上說明。（中央社記者王飛華攝）", "次長林志遠5日在記者會上說明。", "中央社記者王飛華"),
        ("圖／新北市社會局提供", "", "新北市社會局提供"),
        # Japanese: the agency after `＝`, a source in brackets
        ("説明する経済産業相（18日、霞が関）＝共同", "説明する経済産業相（18日、霞が関）", "共同"),
        ("生成AIの業務利用率（出典：ノースブリッジ総合研究所）", "生成AIの業務利用率", "ノースブリッジ総合研究所"),
        # Indonesian: the outlet and the photographer in capitals
        ("LINTASNUSA.com/DINDA AYU LESTARI", "", "LINTASNUSA.com/DINDA AYU LESTARI"),
        ("ANTARA FOTO/Raisan Al Farisi", "", "ANTARA FOTO/Raisan Al Farisi"),
    ],
)
def test_caption_forms_of_the_thirtieth_round(line, caption, credit):
    assert split_caption(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "衛福部提醒民眾撥打專線。（完）", "他表示會繼續努力。（編輯：張瑞芬）1130305", "首相＝18日"
])
def test_a_paragraphs_end_mark_an_editors_tag_or_a_date_is_no_credit(line):
    assert split_caption(line) is None


def test_a_caption_above_a_taiwanese_credit_line(run_filter):
    doc = run_filter(find_captions, "新北市一處日間照顧中心的長輩在照服員陪同下進行手作活動", "圖／新北市社會局提供")
    assert doc.pieces[0].label == Label.CAPTION and doc.pieces[0].data["credit"] == "新北市社會局提供"
    assert doc.pieces[1].label == Label.DROPPED


def test_the_sites_own_name_in_brackets_credits_a_caption(run_filter):
    doc = text_to_document("ركاب ينتظرون الحافلة داخل إحدى المحطات المكيفة الجديدة (المرفأ)")
    doc.meta.site_name = "المرفأ"
    run_filter(find_captions, doc=doc)
    assert doc.pieces[0].label == Label.CAPTION and doc.pieces[0].data["credit"] == "المرفأ"


def test_a_thai_photo_source():
    assert split_caption("ชาวสวนคัดแยกทุเรียนหมอนทองก่อนส่งล้ง (ภาพจาก: ทีมข่าวภูมิภาค)") == (
        "ชาวสวนคัดแยกทุเรียนหมอนทองก่อนส่งล้ง",
        "ทีมข่าวภูมิภาค",
    )


def test_a_photo_agency_alone_credits_a_caption_that_ends_a_sentence(run_filter):
    doc = run_filter(find_captions, "Members of the association outside Carlisle crown court on Monday.", "PA Media")
    assert doc.pieces[0].label == Label.CAPTION and doc.pieces[0].data["credit"] == "PA Media"
    # a news agency there may credit the story above it: it stays
    doc = run_filter(find_captions, "The council will vote on the plan next month, officials said.", "Reuters")
    assert all(p.label is None for p in doc.pieces)


def test_an_agency_of_two_words_and_its_photographer_after_the_caption():
    assert split_caption("Viajeros esperan en la estación durante la avería. MERIDIANO PRESS/Álvaro Tejedor") == (
        "Viajeros esperan en la estación durante la avería.",
        "MERIDIANO PRESS/Álvaro Tejedor",
    )


def test_credit_forms_of_the_thirty_sixth_round():
    assert split_caption("A robot at the hawker centre on Feb 10. TT PHOTO: LIM YAO HUI") == (
        "A robot at the hawker centre on Feb 10.", "LIM YAO HUI")
    assert split_caption("Apples on the block on Monday. Photo / Jared Lindsay") == (
        "Apples on the block on Monday.", "Jared Lindsay")
    assert split_caption("— Photo by Tanveer Shahzad") == ("", "Tanveer Shahzad")  # (cut from its caption)
    # `FILE PHOTO:` opens a wire caption, it names no photographer; `Foto: 1/12` counts a gallery's photos
    assert split_caption("FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Brendan McDermid") == (
        "FILE PHOTO: Traders work on the floor of the exchange.", "REUTERS/Brendan McDermid")
    assert split_caption("Foto: 1/12") is None


def test_a_french_regional_papers_initials_before_the_photographer():
    assert split_caption("Le pont sera fermé à partir du 5 janvier. Photo CA, Marc Duboscq") == (
        "Le pont sera fermé à partir du 5 janvier.", "CA, Marc Duboscq")
