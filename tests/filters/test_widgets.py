import pytest

from articleclean.document import Label
from articleclean.filters.widgets import drop_widgets, widget_reason
from articleclean.sources.text import text_to_document

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("4 min read", "reading time"),
        ("视频｜直击西成小区加装电梯施工现场（02:16）", "video link"),
        ("【動画】「赤字でも賃上げした企業に報いる」　長谷部財務相が会見（2:14）", "video link"),
        ("[영상] 밤 11시, 아동병원 야간진료실에 불이 꺼지지 않는 이유 (2:48)", "video link"),
        ("Lecture 4 min.", "reading time"),
        ("5 Min. Lesezeit", "reading time"),
        ("Tempo de leitura: 4 min", "reading time"),
        ("Listen to this article", "audio player"),
        ("Artikel anhören • 6 Min", "audio player"),
        ("Poslechněte si článek", "audio player"),
        ("(pvdb)", "sign-off: the writer or agency, in brief"),
        ("(dpa)", "sign-off: the writer or agency, in brief"),
        ("— With files from The Canadian Press", "sign-off: the writer or agency, in brief"),
        ("Galerie photos (8)", "photo gallery link"),
        ("Diaporama (8 photos)", "photo gallery link"),
        ("Bekijk de fotoreeks (9 foto's)", "photo gallery link"),
        ("FOTO GALERİ: Okullarda deprem tatbikatı (15 fotoğraf)", "photo gallery link"),
        ("Already a subscriber? Sign in", "paywall prompt"),
        ("Lesen Sie jetzt weiter mit MERIDIAN+: alle Artikel für 4,99 € im Monat.", "paywall prompt"),
        ("Has leído 3 de los 10 artículos gratuitos de este mes.", "paywall prompt"),
        ("Du har läst en gratis förhandsvisning. Den här artikeln ingår i LT Plus.", "paywall prompt"),
        ("Video: Genoa-Fiorentina 2-1, gol e highlights (2:47)", "video link"),
        ("Wideo: Tak wyglądało przerwanie wału na Wisłoce. Nagranie mieszkańca (1:48)", "video link"),
        ("Watch: FAA chief explains new runway safety rules 2:31", "video link"),
        ("Report a typo", "error report link"),
        ("Fehler melden", "error report link"),
        ("Dieser Beitrag steht unter der Lizenz CC BY 4.0 und darf mit Namensnennung weiterverwendet werden.",
         "licence notice"),
        ("1 / 14", "photo gallery counter"),
        ("Bild 1 von 7", "photo gallery counter"),
        ("Zur Bildergalerie", "photo gallery link"),
        ("Bekijk alle foto's", "photo gallery link"),
        ("Empfohlener redaktioneller Inhalt", "embedded content placeholder"),
        ("Deze inhoud kan niet worden getoond", "embedded content placeholder"),
        ("Instagram content", "embedded content placeholder"),
        ("An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt.",
         "embedded content placeholder"),
        ("Este contenido de YouTube no se muestra porque no has aceptado las cookies de terceros.",
         "embedded content placeholder"),
        ("Tento příspěvek je hostován na platformě X. Pro jeho zobrazení potřebujeme váš souhlas s cookies.",
         "embedded content placeholder"),
        ("Il vous reste 68 % de l’article à lire.", "paywall prompt"),
        ("Weiterlesen mit RL+", "paywall prompt"),
        ("Got a story? Email showbiz@example.co.uk or call us direct. We pay for stories.", "tip line"),
        ("Folgen Sie uns auf WhatsApp", "follow prompt"),
        ("📲 Participe do nosso grupo no WhatsApp e receba uma reflexão toda segunda-feira", "follow prompt"),
        ("Receba as principais notícias de economia no seu WhatsApp.", "follow prompt"),
        ("Haberpusula'yı Google Haberler'de takip edin, gündemi kaçırmayın.", "follow prompt"),
        ("Sigue toda la actualidad en el canal de WhatsApp de Enfoque Diario", "follow prompt"),
        ("Відео: як працює сонячна станція на даху (3:12)", "video link"),
        ("Βίντεο: Ο Μόρνος από ψηλά (2:47)", "video link"),
        ("Pressefoto herunterladen (JPG, 5,1 MB)", "download link"),
        ("Format PDF - 412 Ko - 18/07/2025", "download link"),
        ("– Ende –", "end mark"),
        ("###", "end mark"),
        ("Umfang: 3.941 Zeichen inkl. Leerzeichen", "character count"),
        ("View image in fullscreen", "image viewer link"),
        ("Share on Pinterest", "image viewer link"),
        ("Medically reviewed by Dr. Nadia Rahman, MD", "review note"),
        ("How we reviewed this article:", "review note"),
        ("Was this article helpful?", "feedback widget"),
    ],
)
def test_widget_lines(line, reason):
    assert widget_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        STORY,
        "The gallery reopened on Monday after 8 months of work, the curator said.",
        "… keep reading. I’m about to show you how to become a better writer.",  # a blog's own words
        "(AP) — The council voted on Monday.",
        "Reading is fun",
        "Video footage showed the car leaving the scene at 10:30",
        "Video: the mayor explains the plan",  # no running time: a link the classifier judges
    ],
)
def test_not_widgets(line):
    assert widget_reason(line) is None


def test_paywall_button_and_gallery_title_go_with_their_widget(run_filter):
    paywall = ["Already a subscriber? Sign in", "Subscribe now"]
    gallery = ["Galerie photos (8)", "Les éleveurs face à la sécheresse"]
    lines = [STORY, *paywall, STORY, *gallery, STORY]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 2, None, *[Label.DROPPED] * 2, None]
    assert doc.pieces[2].reason == "paywall prompt: its offer, buttons and lines"
    assert doc.pieces[5].reason == "photo gallery link: the gallery's title"


def test_a_gallery_link_with_its_title_takes_no_line_below(run_filter):
    gallery = "Photo gallery: Wildfire smoke over Ottawa (14 photos)"
    doc = run_filter(drop_widgets, STORY, gallery, "Outdoor workers", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None, None]


def test_runs_after_the_classifier_on_what_it_dropped_but_not_on_other_filters_decisions(run_filter):
    from articleclean.sources.text import text_to_document

    doc = text_to_document("\n".join([STORY, "4 min read", "(dpa)"]))
    doc.pieces[1].label, doc.pieces[1].filter = Label.DROPPED, "classify_boilerplate"
    doc.pieces[2].label, doc.pieces[2].filter = Label.CAPTION, "find_captions"
    run_filter(drop_widgets, doc=doc)
    assert (doc.pieces[1].filter, doc.pieces[1].reason) == ("drop_widgets", "reading time")
    assert doc.pieces[2].label == Label.CAPTION


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Copyright 2025 The Associated Press. All rights reserved.", "copyright notice"),
        ("The views expressed in this article are the author's own.", "opinion disclaimer"),
        ("Do you have an opinion on the issues raised in this article? Email us.", "letters prompt"),
        ("This post may contain affiliate links.", "affiliate disclosure"),
        ("Este post contiene enlaces de afiliado: si reservas a través de ellos, nos llevamos una comisión.",
         "affiliate disclosure"),
        ("Dieser Artikel enthält Affiliate-Links.", "affiliate disclosure"),
        ("Cet article contient des liens affiliés.", "affiliate disclosure"),
        ("责任编辑：周婷", "editor line"),
        ("纠错", "error report link"),
        ("This article appears in the April 2025 print edition with the headline \"Melting.\"", "print edition note"),
        ("Le opinioni espresse in questo articolo sono dell'autrice e non riflettono la linea editoriale.",
         "opinion disclaimer"),
        ("Les tribunes publiées sur ce site n'engagent que leurs auteurs.", "opinion disclaimer"),
        ("Мнение автора может не совпадать с позицией редакции.", "opinion disclaimer"),
        ("Materiał ma charakter informacyjny i nie stanowi rekomendacji inwestycyjnej.", "investment disclaimer"),
        ("This article is for information only and does not constitute investment advice.", "investment disclaimer"),
        ("This audio is generated automatically. Let us know if you have feedback.", "audio player note"),
    ],
)
def test_notes_around_a_story(line, reason):
    assert widget_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "He said the post did not constitute financial advice and that he regretted it.",
        "The audio recordings were played in court on Tuesday.",
        "Le opinioni dei cittadini sono state raccolte in un sondaggio.",
    ],
)
def test_sentences_of_a_story_that_speak_of_the_same_are_no_notes(line):
    assert widget_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "2 / 1",  # a score, not a gallery's counter
        "The file was 2 MB in PDF form.",
        "The end of the war.",
        "Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
        "The council will accept the new content rules once the video is shown to members.",
        "Got a story about the match? It was the best game of the season, fans said.",
    ],
)
def test_lines_like_this_rounds_widgets_are_none(line):
    assert widget_reason(line) is None


def test_a_placeholder_takes_its_buttons_and_consent_lines(run_filter):
    lines = [
        STORY,
        "Empfohlener externer Inhalt",
        "Hier finden Sie einen Beitrag von Facebook, der den Artikel ergänzt. Er wird nach Ihrer Zustimmung geladen.",
        "Inhalt von Facebook laden",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Mehr dazu in unserer Datenschutzerklärung",
        STORY,
    ]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 5, None]
    assert doc.pieces[3].reason == "embedded content placeholder: its button"


def test_a_paywall_takes_its_lines_up_to_its_last_offer_or_button(run_filter):
    lines = [
        STORY,
        "Weiterlesen mit RL+",
        "Alle Artikel aus Ihrer Heimat lesen – auf der Website und in unserer App.",
        "4 Wochen für 0,99 €",
        "Jetzt testen",
        "Schlagwörter",
    ]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]


def test_a_paywall_prompt_at_the_top_takes_no_story_below_it(run_filter):
    doc = run_filter(drop_widgets, "Already a subscriber? Sign in", "City opens new metro line", STORY)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None, None]


def test_the_rest_of_a_widgets_line_goes_with_it(run_filter):
    from articleclean.sources.text import text_to_document

    doc = text_to_document("\n".join([STORY, "Copyright 2025 The Associated Press.", "All rights reserved."]))
    doc.drop(doc.pieces[0], "navigation")  # (under a story the classifier kept, the notice is its last line)
    doc.pieces[2].data["joins_previous"] = True  # a sentence `split_glued_text` cut off the same line
    run_filter(drop_widgets, doc=doc)
    assert [p.reason for p in doc.pieces[1:]] == ["copyright notice", "copyright notice (the rest of its line)"]


def test_a_copyright_notice_the_classifier_kept_under_the_story_stays(run_filter):
    # the corpus's annotators keep a station's or an agency's notice that ends the story in its body
    doc = run_filter(drop_widgets, STORY, "Copyright 2019 Hawaii News Now. All rights reserved.")
    assert [p.label for p in doc.pieces] == [None, None]


def test_a_widget_line_a_raw_dump_cut_into_sentences_is_dropped_whole(run_filter):
    from articleclean.filters.resegment import split_glued_text

    line = "Wideo: Tak wyglądało przerwanie wału na Wisłoce. Nagranie mieszkańca (1:48)"
    doc = run_filter(split_glued_text, f"{STORY} {STORY}{line}\n{STORY}")  # a raw dump's long line: cut
    assert [p.text for p in doc.pieces][2:4] == ["Wideo: Tak wyglądało przerwanie wału na Wisłoce.",
                                                 "Nagranie mieszkańca (1:48)"]  # fmt: skip
    doc = run_filter(drop_widgets, doc=doc)
    assert [(p.label, p.reason) for p in doc.pieces][2:4] == [
        (Label.DROPPED, "video link"), (Label.DROPPED, "video link (the rest of its line)")
    ]  # fmt: skip
    assert doc.pieces[0].label is None and doc.pieces[-1].label is None


@pytest.mark.parametrize(
    "prompt", ["Стежте за нами в Google Новинах", "Читайте «Обрій» у Telegram — головні новини без зайвого шуму"]
)
def test_a_follow_prompt_in_ukrainian_takes_its_button(run_filter, prompt):
    doc = run_filter(drop_widgets, STORY, prompt, "Стежити", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[1].reason == "follow prompt"


def test_a_note_that_the_text_goes_on_below_a_video_takes_the_videos_title(run_filter):
    lines = [STORY, "Dalszy ciąg artykułu pod materiałem wideo", "Pasażerowie uwięzieni w pociągu (1:52)", STORY]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[1].reason == "continuation note"
    assert widget_reason("Story continues below advertisement") == "continuation note"
    assert widget_reason("The story continues to shape the debate in the city council this week.") is None


def test_a_video_label_with_its_running_time_takes_the_title_above(run_filter):
    lines = [STORY, "Zandzakken en lege campings: zo bereidt Noord-Limburg zich voor", "Video · 2:14", STORY]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    assert doc.pieces[1].reason == "video player: the video's title"


@pytest.mark.parametrize(
    "line", ["Veja mais notícias da região no Portal Vértice", "Assista a mais vídeos no Vértice Play",
             "Read more news from The Valley Post"],
)
def test_a_prompt_to_more_of_the_site(line):
    assert widget_reason(line) == "more-from-site prompt"


@pytest.mark.parametrize(
    "line", ["Artykuł jest częścią cyklu „Gmina od środka”, w którym odwiedzamy inną miejscowość.",
             "This article is part of our Future of Work series."],
)
def test_a_note_that_the_article_belongs_to_a_series(line):
    assert widget_reason(line) == "series note"
    assert widget_reason("The bridge is part of a wider plan to ease traffic in the city centre.") is None


def test_a_continuation_note_in_czech():
    assert widget_reason("Článek pokračuje pod reklamou") == "continuation note"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Haberin Devamı", "continuation note"),
        ("Sie haben einen Hinweis? Schreiben Sie uns an dillbach@lahn-echo.de", "tip line"),
        ("Reach Megan Whitlock at mwhitlock@example.com or 740-555-0148.", "contact line"),
        ("Assine o Jornal Meridiano por 1 € no primeiro mês e tenha acesso ilimitado.", "paywall prompt"),
        ("The audio version of this article is generated by text-to-speech, a technology based on AI.",
         "audio player note"),
    ],
)
def test_notes_of_the_sixteenth_and_seventeenth_rounds(line, reason):
    assert widget_reason(line) == reason
    assert widget_reason("Reach for the stars at night, the coach told them.") is None


def test_a_video_title_under_its_label_and_a_running_time_under_its_link(run_filter):
    lines = [STORY, "Zobacz wideo", "Sobczak przed turniejem w Gdańsku (2:48)", STORY]
    assert [p.label for p in run_filter(drop_widgets, *lines).pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    lines = [STORY, "WATCH | Why rural emergency rooms keep going dark at night:", "Duration 2:41", STORY]
    assert [p.label for p in run_filter(drop_widgets, *lines).pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    # a running time under any line is no video's
    assert all(p.label is None for p in run_filter(drop_widgets, STORY, "2:41", STORY).pieces)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Cikkünk frissül.", "update note"),
        ("This is a developing story.", "update note"),
        ("Subscribe now for unlimited access", "paywall prompt"),
        ("ΒΙΝΤΕΟ: Πώς ψωνίζουν οι Αθηναίοι στη λαϊκή χωρίς μετρητά (2:47)", "video link"),
    ],
)
def test_notes_of_the_eighteenth_round(line, reason):
    assert widget_reason(line) == reason


def test_a_continuation_note_takes_a_title_and_a_running_time_on_its_own_line(run_filter):
    lines = [STORY, "Dalszy ciąg artykułu pod materiałem wideo", "Ile naprawdę zarabiają Polacy?", "04:27", STORY]
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Dziękujemy, że przeczytałaś/eś nasz artykuł do końca.", "thanks for reading"),
        ("Thanks for reading!", "thanks for reading"),
        ("Les opinions exprimées n'engagent que leur auteur.", "opinion disclaimer"),
        ("Los artículos de opinión expresan el punto de vista de sus autores y no reflejan la línea del diario.",
         "opinion disclaimer"),
        ("Artikkeli jatkuu mainoksen jälkeen", "continuation note"),
        ("Lesedauer: 4 Min.", "reading time"),
    ],
)
def test_notes_of_the_nineteenth_round(line, reason):
    assert widget_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter", "error report prompt"),
        ("Skaitymo laikas – 4 min.", "reading time"),
        ("Време за четене: 4 мин.", "reading time"),
        ("Слушай статията", "audio player"),
        ("Статията продължава след рекламата", "continuation note"),
        ("Vaizdo įrašas: kaip teisingai užvirinti vandenį (1:52)", "video link"),
        ("Pratite Dnevni Vidik i na Viberu – pridružite se našoj zajednici.", "follow prompt"),
        ("A+", "font size button"),
        # the round of 2019's big English-language sites
        ("Read More", "read more link"),
        ("CLICK HERE TO GET THE UCN NEWS APP", "app prompt"),
        ("Data is a real-time snapshot *Data is delayed at least 15 minutes", "market data notice"),
        ("Top highlight", "highlight label"),
        ("Ashgrove's research is free to read. We rely on donors like you to keep it that way.", "donation prompt"),
        ("Donate", "donation prompt"),
        ("Download our app for the latest First Alert forecast, live radar and closings.", "app prompt"),
        ("Click here for the full list of school and business closings", "list link"),
        ("Gazzetta+: La mappa dei nidi comune per comune, ecco dove mancano i posti", "premium teaser"),
        ("Subscribe to LBN PRO for exclusive insights and analysis.", "paywall prompt"),
        ("A-", "font size button"),
    ],
)
def test_widgets_of_the_twenty_fifth_and_twenty_seventh_rounds(line, reason):
    assert widget_reason(line) == reason


def test_a_weather_warning_takes_its_lines(run_filter):
    lines = [STORY, "Unwetterwarnung", "Schwere Gewitter mit Hagel: Landkreis Rosenheim – Di., 15 bis 22 Uhr",
             "Orkanartige Böen: Allgäu und Bodensee – bis Mi., 6 Uhr", STORY]  # fmt: skip
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]


def test_a_tip_line_in_polish(run_filter):
    assert widget_reason("Masz newsa, zdjęcie lub filmik? Prześlij nam przez Alarm24.") == "tip line"


def test_a_follow_prompt_takes_its_button_and_a_video_link_its_label(run_filter):
    lines = [STORY, "Síguenos en Google Discover", "Seguir", STORY, "Відео", "Відео: як працює станція (3:12)", STORY]
    doc = run_filter(drop_widgets, *lines)
    dropped = Label.DROPPED
    assert [p.label for p in doc.pieces] == [None, dropped, dropped, None, dropped, dropped, None]
    assert (doc.pieces[2].reason, doc.pieces[4].reason) == ("follow prompt: its button", "video link: its label")


@pytest.mark.parametrize("line", ["Folge 112 · 34 Min.", "Planeta B · Episodio 87 · 31 min", "Aflevering 412 · 26 min"])
def test_a_podcast_players_episode_and_running_time(line):
    assert widget_reason(line) == "podcast player: its episode and running time"


def test_a_podcast_player_takes_its_label_title_and_button(run_filter):
    lines = [STORY, "Podcast", "Le Grand Atelier : une peintre sortie de l’oubli", "Épisode 87 · 28 min", "Abspielen",
             STORY]  # fmt: skip
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]
    assert doc.pieces[2].reason == "podcast player: the episode's title"
    # a paragraph above the player is no title of it
    doc = run_filter(drop_widgets, STORY, "Folge 87 · 29 Min.", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]


def test_a_table_of_contents_takes_its_toggle_and_the_entries_naming_crossheads_below(run_filter):
    lines = [STORY, "Spis treści", "Przełącz", "1. Co zadziałało lepiej", "2. Czego nie zrobimy", STORY,
             "Co zadziałało lepiej", STORY, "Czego nie zrobimy", STORY]  # fmt: skip
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, *[None] * 5]
    assert doc.pieces[3].reason == "table of contents: an entry (a crosshead below)"
    # a line under the heading that names no crosshead below is the story's
    doc = run_filter(drop_widgets, STORY, "Inhaltsverzeichnis", "Warum die Stadt spart", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None, None]


def test_a_share_bar_the_classifier_kept(run_filter):
    bar = ["Diesen Beitrag teilen", "Facebook", "LinkedIn", "XING", "E-Mail", "Drucken"]
    doc = run_filter(drop_widgets, STORY, *bar, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(bar), None]
    assert doc.pieces[2].reason == "share bar: a button"
    # two network names are no bar (a story may name them)
    assert all(p.label is None for p in run_filter(drop_widgets, STORY, "Facebook", "Instagram", STORY).pieces)


def test_a_products_free_trial_and_its_button(run_filter):
    lines = [STORY, "Run Lanternfish without managing clusters. Try Lanternfish Cloud free for 14 days.",
             "Start free trial", STORY]  # fmt: skip
    doc = run_filter(drop_widgets, *lines)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_a_widget_line_cut_into_sentences_goes_whole_from_its_start(run_filter):
    lines = [STORY, "Run Lanternfish without managing clusters.", "Try Lanternfish Cloud free for 14 days."]
    doc = text_to_document("\n".join(lines))
    doc.pieces[2].data["joins_previous"] = True  # as `split_glued_text` marks the sentences of one line
    run_filter(drop_widgets, doc=doc)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED]
    assert doc.pieces[1].reason == "paywall prompt (the rest of its line)"


def test_an_app_prompt_glued_to_a_sentence_is_no_prompt():
    # a raw dump glues the prompt to the paragraph after it: the sentence is the story's
    assert widget_reason("CLICK HERE TO GET THE FOX NEWS APPSwift's rep said this was not the whole truth.") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("▶ 影音／衛福部說明長照喘息服務新制（01:48）", "video link"),
        ("Simak Video: Warga Antre Beras Murah Sejak Subuh di Bandung (02:47)", "video link"),
        ("वीडियो: मोतीबाग में टंकी गिरने का सीसीटीवी फुटेज आया सामने (1:47)", "video link"),
        ("この記事は会員限定です。無料会員に登録すると、月10本まで続きをお読みいただけます。", "paywall prompt"),
        ("Lihat Foto", "image viewer link"),
        ("좋아요 34", "reaction button"),
        ("후속기사 원해요 9", "reaction button"),
        ("1/2 ページ", "page navigation"),
        ("Halaman: 1 2 3 Selanjutnya", "page navigation"),
        ("Page 2 of 3", "page navigation"),
    ],
)
def test_widgets_of_the_thirtieth_round(line, reason):
    assert widget_reason(line) == reason


def test_a_page_navigation_takes_the_page_numbers_and_links_beside_it(run_filter):
    doc = run_filter(drop_widgets, STORY, "1/2 ページ", "1", "2", "次のページへ", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]


def test_a_members_only_prompt_takes_its_buttons(run_filter):
    doc = run_filter(
        drop_widgets,
        STORY,
        "この記事は会員限定です。無料会員に登録すると、月10本まで続きをお読みいただけます。",
        "無料会員に登録する",
        "会員の方はこちら（ログイン）",
        STORY,
    )
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sentinel24 is on WhatsApp. Join our channel for breaking news and the day's top stories.", "follow prompt"),
        ("تابعوا آخر أخبار الإمارات لحظة بلحظة عبر قناة \"المرفأ\" على واتساب", "follow prompt"),
        ("برای دریافت فوری اخبار استان اصفهان، کانال سپهر اصفهان را در ایتا و بله دنبال کنید.", "follow prompt"),
        ("ไม่พลาดทุกข่าวสำคัญ เพิ่มเพื่อนไทยวิถีออนไลน์ทาง LINE @thaiwithee", "follow prompt"),
        ("Ikuti saluran WhatsApp rasmi Bintang Harian untuk berita terkini setiap hari", "follow prompt"),
        ("This story is free to read. Get more from Sentinel24 Plus: ad-light reading.", "paywall prompt"),
        ("فيديو: جولة داخل محطات الحافلات المكيفة الجديدة في دبي (2:14)", "video link"),
        ("انتهای پیام", "end mark"),
    ],
)
def test_widgets_of_the_thirty_first_round(line, reason):
    assert widget_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Bekijk de video (1:45)", "video link"),
        ("Diesen Artikel verschenken", "gift article button"),
        ("Als Abonnentin können Sie jeden Monat zehn Artikel verschenken.", "gift article prompt"),
        ("Il Meridiano è anche su WhatsApp: iscriviti al nostro canale.", "follow prompt"),
        ("The Meridian is funded by its readers. If you can, please support us today.", "donation prompt"),
    ],
)
def test_widgets_of_the_thirty_second_round(line, reason):
    assert widget_reason(line) == reason


def test_a_video_button_takes_the_title_above_it_and_an_appeal_its_heading(run_filter):
    title = "Inspecteurs laten zien waar de brug is gescheurd"
    doc = run_filter(drop_widgets, STORY, title, "Bekijk de video (1:45)", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    doc = run_filter(
        drop_widgets,
        STORY,
        "Before you go …",
        "This story took two reporters three months and a lot of cold mornings.",
        "The Meridian is funded by its readers. If you can, please support us today.",
    )
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED]
    offer = "Abbonati per leggere tutti gli articoli senza limiti: 1 € al mese"
    doc = run_filter(drop_widgets, STORY, offer, "Scopri l'offerta")
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zdroj: ČTK", "source line"),
        ("Źródło: PAP", "source line"),
        ("21+. Gambling problem? Call 1-800-GAMBLER.", "betting promo"),
        ("Get Tickets", "tickets button"),
        ("Catch all the latest India News, Delhi News and Weather Updates here.", "app prompt"),
        ("15. FC Kaltenbrück – 21 Punkte", "league table: a row"),
        ("Zur kompletten Tabelle", "standings link"),
        ("Zum Liveticker", "live ticker link"),
        ("Steilpass jetzt auch auf WhatsApp: Abonnieren Sie unseren Kanal.", "follow prompt"),
        ("Notre analyse de la valeur et notre objectif de cours sont réservés aux abonnés.", "paywall prompt"),
    ],
)
def test_widgets_of_the_thirty_third_round(line, reason):
    assert widget_reason(line) == reason


def test_a_league_tables_heading_a_premium_teasers_label_and_a_videos_play_button(run_filter):
    rows = ["14. VfL Sandhorst – 22 Punkte", "15. FC Kaltenbrück – 21 Punkte"]
    doc = run_filter(drop_widgets, STORY, "Tabelle", *rows, STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
    prompt = "Celý článek si přečtete s předplatným Středník Premium."
    title = "Kdo zaplatí vyschlé studny? Majitelé domů bez pomoci"
    doc = run_filter(drop_widgets, STORY, "Premium", title, prompt, STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
    doc = run_filter(drop_widgets, STORY, "Video: Hasiči vozí vodu do obcí na Vysočině (2:47)", "Přehrát video", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


@pytest.mark.parametrize(
    "line", ["Підтримайте нас", "Разовий внесок", "Це можливо лише завдяки читачам, які нас підтримують."]
)
def test_a_ukrainian_donation_box(line):
    assert widget_reason(line) == "donation prompt"


def test_widgets_of_the_thirty_fourth_round():
    assert widget_reason("Jetzt mit Rechenwerk+ lesen") == "paywall prompt"
    notice = "Ce contenu est fourni par X. Pour l'afficher, vous devez accepter l'usage de vos données par X."
    assert widget_reason(notice) == "embedded content placeholder"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Vet du mer? Tipsa Nattposten!", "tip prompt"),
        ("Läs mer med Nattposten Plus", "paywall prompt"),
        ("Lyt til artiklen · 6 min.", "audio player"),
        ("Kuuntele artikkeli (7 min)", "audio player"),
        ("Giv artikel", "gift article button"),
    ],
)
def test_widgets_of_the_thirty_fifth_round(line, reason):
    assert widget_reason(line) == reason


def test_a_tip_prompt_takes_the_line_that_says_how_to_send_a_tip(run_filter):
    contact = "Sms:a eller ring 71 440. Du kan också mejla tips@nattposten.se – vi ersätter publicerade tips."
    doc = run_filter(drop_widgets, STORY, "Vet du mer? Tipsa Nattposten!", contact, STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    # no address nor phone number under it: the line is the story's
    doc = run_filter(drop_widgets, STORY, "Vet du mer? Tipsa Nattposten!", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None]


def test_a_premium_teasers_link_takes_its_label_and_title(run_filter):
    title = "Testet: Vinterdäcken som håller dig kvar på vägen – och de som inte gör det"
    doc = run_filter(drop_widgets, STORY, "PLUS", title, "Läs mer med Nattposten Plus", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]


def test_a_button_under_a_dropped_follow_prompt(run_filter):
    doc = text_to_document("\n".join([STORY, "Urmărește Cronica24 și pe canalul de WhatsApp", "Intră pe canal", STORY]))
    doc.drop(doc.pieces[1], "share/follow prompt (p=0.12)")
    run_filter(drop_widgets, doc=doc)
    assert doc.pieces[2].label == Label.DROPPED and doc.pieces[2].reason == "follow prompt: its button"
    assert doc.pieces[3].label is None


def test_a_word_alone_between_two_dropped_buttons_is_a_button(run_filter):
    doc = text_to_document("\n".join([STORY, "Gem", "Del", "Giv artikel", STORY]))
    doc.drop(doc.pieces[1], "inside the article: short line that is not article text (p=0.08)")
    run_filter(drop_widgets, doc=doc)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]
    # a crosshead between the story's paragraphs stays
    doc = run_filter(drop_widgets, STORY, "Hintergrund", STORY)
    assert all(p.label is None for p in doc.pieces)


def test_a_sponsored_box_a_webinar_and_a_premium_teaser_inside_the_story(run_filter):
    sponsored = ["Sponsored content", "How fleets bridge the grid gap", "Three carriers explain how they did it.",
                 "Download the whitepaper", "Sponsored by Voltaris Energy Systems"]  # fmt: skip
    doc = run_filter(drop_widgets, STORY, *sponsored, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 5, None]
    doc = run_filter(drop_widgets, STORY, "Free webinar", "Charging at scale", "Register now", STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 3, None]
    premium = ["Premium", "Under the nets: growers who saw it coming", "Some covered their trees.", "Read now"]
    doc = run_filter(drop_widgets, STORY, *premium, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]
    # no button within a few lines: a label over the story's own lines is no box
    doc = run_filter(drop_widgets, "Premium", STORY, STORY, STORY)
    assert all(p.label is None for p in doc.pieces[1:])


def test_notes_of_the_thirty_sixth_round(run_filter):
    assert widget_reason("Published in The Capital Ledger, May 27th, 2025") == "print edition note"
    disclaimer = "The Wire is not responsible for the accuracy of news releases posted to The Wire by institutions."
    doc = run_filter(drop_widgets, STORY, "Disclaimer", disclaimer, STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    doc = run_filter(drop_widgets, STORY, "Stay updated on the go", "Join our WhatsApp Channel for the latest news.",
                     "Follow on WhatsApp", STORY)  # fmt: skip
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, Label.DROPPED, None]


def test_what_follows_a_news_releases_end_mark(run_filter):
    about = "About the University: a public research university serving 24,000 students."
    doc = run_filter(drop_widgets, STORY, STORY, "###", about, "Journal: Journal of Arid Zone Biology")
    assert [p.label for p in doc.pieces] == [None, None, *[Label.DROPPED] * 3]
    # a mark at the top of the page ends nothing
    doc = run_filter(drop_widgets, "###", STORY, STORY)
    assert [p.label for p in doc.pieces] == [Label.DROPPED, None, None]


def test_widgets_of_the_thirty_seventh_round(run_filter):
    assert widget_reason("Wetter Steyr: 2 °C, Hochnebel – morgen -1 bis 4 °C") == "weather widget"
    assert widget_reason("Pogoda Jarosław / 3°C") == "weather widget"
    assert widget_reason("The weather was 30 °C on Monday, the driest day of the year.") is None
    assert widget_reason("Zobacz galerię: tak wygląda most na Sanie przed remontem (14 zdjęć)") == "photo gallery link"
    # a subscribers' label over a locked story's headline; a sign-in prompt takes no headline below it
    doc = run_filter(drop_widgets, STORY, "Article réservé aux abonnés", "Aire-sur-l'Adour : la rue peine", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]
    # a premium teaser up to its offer
    plus = ["Plus", "Exklusiv für Abonnentinnen und Abonnenten", "Marode Brücken in Witten: die Liste",
            "Jetzt einen Monat für 0,99 € testen und weiterlesen"]  # fmt: skip
    doc = run_filter(drop_widgets, STORY, *plus, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 4, None]


def test_a_subscribers_badge_in_a_box_of_links_and_an_audio_players_running_time(run_filter):
    box = ["Hallenbad: Gemeinderat legt Projekt vor", "Abo", "Badi-Sanierungen im Aargau"]
    doc = text_to_document("\n".join([STORY, *box, STORY]))
    doc.label(doc.pieces[1], Label.RELATED, "link to a related story", title=doc.pieces[1].text)
    run_filter(drop_widgets, doc=doc)
    assert [p.label for p in doc.pieces] == [None, Label.RELATED, Label.DROPPED, Label.RELATED, None]
    doc = run_filter(drop_widgets, STORY, "Artikel anhören", "5 Min.", STORY)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, Label.DROPPED, None]


def test_widgets_of_the_thirty_eighth_round(run_filter):
    prompt = 'Подписывайтесь на телеграм-канал "Город Онлайн" — там все новости города первыми'
    assert widget_reason(prompt) == "follow prompt"
    box = ["Підтримайте незалежну журналістику Житомира",
           "Ми щодня пишемо про життя міста. Саме ваші внески допомагають нам працювати далі.",
           "Разово", "Щомісяця", "100 грн", "250 грн", "Підтримати"]  # fmt: skip
    doc = run_filter(drop_widgets, STORY, *box, STORY)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * 7, None]
